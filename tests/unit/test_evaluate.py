"""The evaluator's matching and scoring on tiny hand-made predictions."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.contracts import (
    EnrichedArticle,
    Entity,
    EntityLabel,
    EntityRef,
    Event,
    EventDate,
    Evidence,
    ModelInfo,
    PlaceRef,
)
from stream.evaluate import EvaluationReport, canonical_id, read_gold, score

DAY = dt.date(2025, 3, 22)


def ref(entity_id: str, label: str = "PERSON") -> EntityRef:
    return EntityRef(id=entity_id, name=entity_id, label=EntityLabel(label))


def event(
    event_type: str, actor: str, counterparts: tuple[str, ...] = (), location: str | None = None,
    date: str | None = None, status: str = "occurred",
) -> Event:
    return Event(
        event_id="x", article_id="a", published=DAY, type=event_type, actor=ref(actor),
        counterparts=[ref(c) for c in counterparts],
        location=PlaceRef(id=location, name=location, label="GPE") if location else None,
        date=EventDate(value=date, precision="day", start=DAY, end=DAY, text=date)
        if date else None,
        status=status, mention_count=1,
        evidence=[Evidence(text="t", start=0, end=1, trigger="t")], confidence=1.0,
    )


def article(events: list[Event], entities: tuple[tuple[str, str], ...] = ()) -> EnrichedArticle:
    return EnrichedArticle(
        article_id="a", published=DAY, events=events, model=ModelInfo(name="m", version="1"),
        extractor_version="0",
        entities=[
            Entity(entity_id=i, article_id="a", label=EntityLabel(label), name=i, mention_count=1)
            for label, i in entities
        ],
    )


def gold_event(event_type: str, actor: str, counterparts: list[str], **extra: object) -> dict:
    return {"type": event_type, "actor": actor, "counterparts": counterparts,
            "location": extra.get("location"), "date": extra.get("date"),
            "status": extra.get("status", "occurred"), "attributed_to": []}


def scored(predicted: list[Event], gold: list[dict]) -> EvaluationReport:
    return score([article(predicted)], [read_gold({"entities": [], "events": gold})])


def test_canonical_id_gold_spelling_folds_to_enricher_id() -> None:
    assert canonical_id("Kim Jong Un") == "kim-jong-un"
    assert canonical_id("Sergey Shoygu") == "sergei-shoigu"
    assert canonical_id("DPRK") == "north-korea"


def test_evaluate_same_type_and_actor_matched() -> None:
    report = scored(
        [event("visit", "kim-jong-un", location="russia", date="2025-03-22")],
        [gold_event("visit", "Kim Jong Un", [], location="Russia",
                    date={"value": "2025-03-22", "precision": "day", "text": "x"})],
    )
    assert report.events["visit"].f1 == 1.0
    assert (report.status_accuracy, report.date_accuracy, report.location_accuracy) == (1, 1, 1)


def test_evaluate_meeting_direction_ignored() -> None:
    report = scored(
        [event("meeting", "sergei-shoigu", ("kim-jong-un",))],
        [gold_event("meeting", "Kim Jong-un", ["Sergei Shoigu"])],
    )
    assert report.events["meeting"].true_positives == 1


def test_evaluate_visit_other_actor_false_positive_and_negative() -> None:
    report = scored([event("visit", "vladimir-putin")], [gold_event("visit", "Kim Jong-un", [])])
    counts = report.events["visit"]
    assert (counts.true_positives, counts.false_positives, counts.false_negatives) == (0, 1, 1)


def test_evaluate_disjoint_counterparts_not_matched() -> None:
    report = scored(
        [event("invitation", "vladimir-putin", ("xi-jinping",))],
        [gold_event("invitation", "Vladimir Putin", ["Kim Jong-un"])],
    )
    assert report.events["invitation"].true_positives == 0


def test_evaluate_one_gold_matches_one_prediction() -> None:
    report = scored(
        [event("visit", "kim-jong-un", location="russia"), event("visit", "kim-jong-un")],
        [gold_event("visit", "Kim Jong-un", [], location="Russia")],
    )
    counts = report.events["visit"]
    assert (counts.true_positives, counts.false_positives) == (1, 1)
    assert report.location_accuracy == 1.0


def test_evaluate_wrong_status_and_date_lower_accuracies_only() -> None:
    report = scored(
        [event("visit", "kim-jong-un", status="planned")],
        [gold_event("visit", "Kim Jong-un", [], status="occurred",
                    date={"value": "2025", "precision": "year", "text": "this year"})],
    )
    assert report.events["visit"].f1 == 1.0
    assert (report.status_accuracy, report.date_accuracy) == (0.0, 0.0)


def test_evaluate_entities_scored_on_label_and_folded_id_without_dates() -> None:
    gold = read_gold({
        "entities": [{"name": "Kim Jong Un", "label": "PERSON"}, {"name": "2025", "label": "DATE"},
                     {"name": "TASS", "label": "ORG"}],
        "events": [],
    })
    report = score([article([], (("PERSON", "kim-jong-un"), ("GPE", "tass")))], [gold])
    assert report.entities.true_positives == 1
    assert report.entities.f1 == pytest.approx(0.5)
    assert "entities" in report.format() and report.to_dict()["entities"]["f1"] == 0.5
