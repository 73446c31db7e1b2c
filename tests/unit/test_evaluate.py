"""The scorer's match rules on tiny hand-made gold folders and predictions (no spaCy)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

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
    TextSpan,
)
from stream.errors import GoldError
from stream.evaluation.evaluate import Names, fold, place_right, score
from stream.evaluation.goldsets import GoldDate, read_gold_folder
from stream.evaluation.report import Report

PUBLISHED = dt.date(2025, 3, 24)
ARRIVAL = "Kim Jong Un arrived in Moscow on Monday."
TALKS = "He met Vladimir Putin at the Kremlin."
AIDE = "Putin's aide said the talks had gone well and would go on in May."
TEXT = f"{ARRIVAL} {TALKS}\n\n{AIDE}"


def ref(name: str, label: str = "PERSON") -> EntityRef:
    return EntityRef(id=fold(name).replace(" ", "-"), name=name, label=EntityLabel(label))


def place(name: str, label: str = "GPE") -> PlaceRef:
    return PlaceRef(id=fold(name).replace(" ", "-"), name=name, label=EntityLabel(label))


def predicted(
    event_type: str,
    actor: str,
    counterparts: tuple[str, ...] = (),
    *,
    sentence: str = ARRIVAL,
    location: str | None = None,
    date: str | None = None,
    status: str = "occurred",
) -> Event:
    start = TEXT.index(sentence)
    return Event(
        event_id=f"{event_type}-{actor}-{start}",
        article_id="a1",
        published=PUBLISHED,
        type=event_type,
        actor=ref(actor),
        counterparts=[ref(c) for c in counterparts],
        location=place(location) if location else None,
        date=EventDate(value=date, precision="day", start=PUBLISHED, end=PUBLISHED, text=date)
        if date
        else None,
        status=status,
        mention_count=1,
        confidence=1.0,
        evidence=[Evidence(text=sentence, start=start, end=start + len(sentence), trigger="t")],
    )


def enriched(events: list[Event], entities: list[Entity] | None = None) -> EnrichedArticle:
    return EnrichedArticle(
        article_id="a1",
        published=PUBLISHED,
        events=events,
        entities=entities or [],
        model=ModelInfo(name="m", version="1"),
        extractor_version="0",
    )


def entity(name: str, label: str, *printed: str) -> Entity:
    mentions = [TextSpan(text=p, start=TEXT.index(p), end=TEXT.index(p) + len(p)) for p in printed]
    return Entity(
        entity_id=fold(name).replace(" ", "-"),
        article_id="a1",
        label=EntityLabel(label),
        name=name,
        mention_count=max(1, len(mentions)),
        mentions=mentions,
    )


def gold(event_type: str, actor: str, counterparts: list[str], **fields: Any) -> dict[str, Any]:
    return {
        "type": event_type,
        "actor": actor,
        "counterparts": counterparts,
        "location": None,
        "date": None,
        "status": "occurred",
        **fields,
    }


def realdev_folder(
    root: Path,
    events: list[dict[str, Any]],
    entities: dict[str, list[str]] | None = None,
    text: str = TEXT,
) -> Path:
    for sub in ("articles", "gold"):
        (root / sub).mkdir()
    article = {
        "id": "a1",
        "source_url": "u",
        "origin": "o",
        "published": str(PUBLISHED),
        "title": "t",
        "text": text,
    }
    (root / "articles" / "a1.json").write_text(json.dumps(article))
    gold_record = {"events": events, "entities": entities or {"PERSON": [], "GPE": []}}
    (root / "gold" / "a1.json").write_text(json.dumps(gold_record))
    return root


def scored(
    tmp_path: Path,
    events: list[Event],
    gold_events: list[dict[str, Any]],
    entities: list[Entity] | None = None,
    gold_entities: dict[str, list[str]] | None = None,
) -> Report:
    golds = read_gold_folder(realdev_folder(tmp_path, gold_events, gold_entities))
    return score(golds, [enriched(events, entities)], "test")


def counts(report: Report, event_type: str) -> tuple[int, int, int]:
    c = report.events[event_type]
    return c.true_positives, c.false_positives, c.false_negatives


def test_fold_ignores_case_diacritics_punctuation_hyphens_the_and_possessive() -> None:
    assert fold("The Kremlin's") == fold("kremlin")
    assert fold("Kim Jong-un") == fold("KIM JONG UN")
    assert fold("Recep Tayyip Erdoğan") == fold("Recep Tayyip Erdogan")
    assert fold("U.S.") == fold("US")
    assert fold("Joseph R. Biden, Jr.") == fold("Joseph R. Biden")
    assert fold("Abdullah II") != fold("Abdullah")


def test_evaluate_same_type_parties_and_sentence_matched(tmp_path: Path) -> None:
    report = scored(
        tmp_path,
        [predicted("visit", "Kim Jong Un", location="Moscow", date="2025-03-24")],
        [gold("visit", "Kim Jong-un", [], location="Moscow", date="2025-03-24", evidence=ARRIVAL)],
    )
    assert counts(report, "visit") == (1, 0, 0)
    assert [report.accuracy(name).rate for name in ("status", "date", "place")] == [1, 1, 1]


def test_evaluate_prediction_from_another_sentence_not_matched(tmp_path: Path) -> None:
    report = scored(
        tmp_path,
        [predicted("meeting", "Kim Jong Un", ("Vladimir Putin",), sentence=AIDE)],
        [gold("meeting", "Kim Jong Un", ["Vladimir Putin"], evidence=TALKS)],
    )
    assert counts(report, "meeting") == (0, 1, 1)
    assert report.details[0].fates[0].failed == ("sentence",)


def test_evaluate_alt_evidence_sentence_accepted(tmp_path: Path) -> None:
    report = scored(
        tmp_path,
        [predicted("meeting", "Kim Jong Un", ("Vladimir Putin",), sentence=AIDE)],
        [gold("meeting", "Kim Jong Un", ["Vladimir Putin"], evidence=TALKS, alt_evidence=[AIDE])],
    )
    assert counts(report, "meeting") == (1, 0, 0)


def test_evaluate_meeting_direction_ignored_visit_direction_kept(tmp_path: Path) -> None:
    report = scored(
        tmp_path,
        [
            predicted("meeting", "Vladimir Putin", ("Kim Jong Un",), sentence=TALKS),
            predicted("visit", "Vladimir Putin", ("Kim Jong Un",)),
        ],
        [
            gold("meeting", "Kim Jong Un", ["Vladimir Putin"], evidence=TALKS),
            gold("visit", "Kim Jong Un", ["Vladimir Putin"], evidence=ARRIVAL),
        ],
    )
    assert counts(report, "meeting") == (1, 0, 0)
    assert counts(report, "visit") == (0, 1, 1)


def test_evaluate_missing_or_extra_counterpart_fails_parties(tmp_path: Path) -> None:
    report = scored(
        tmp_path,
        [
            predicted("meeting", "Kim Jong Un", ("Vladimir Putin",), sentence=TALKS),
            predicted("visit", "Kim Jong Un", ("Vladimir Putin",)),
        ],
        [
            gold("meeting", "Kim Jong Un", ["Vladimir Putin", "Sergei Lavrov"], evidence=TALKS),
            gold("visit", "Kim Jong Un", [], evidence=ARRIVAL),
        ],
    )
    assert (counts(report, "meeting"), counts(report, "visit")) == ((0, 1, 1), (0, 1, 1))
    assert {fate.failed for fate in report.details[0].fates} == {("parties",)}


def test_evaluate_names_compared_without_alias_table(tmp_path: Path) -> None:
    """The enricher's canonical "North Korea" does not name gold "DPRK" unless it is printed."""
    report = scored(
        tmp_path,
        [predicted("visit", "North Korea")],
        [gold("visit", "DPRK", [], evidence=ARRIVAL)],
    )
    assert counts(report, "visit") == (0, 1, 1)


def test_evaluate_name_printed_at_the_entitys_mentions_accepted(tmp_path: Path) -> None:
    report = scored(
        tmp_path,
        [predicted("visit", "Kim Jong-un Chairman")],
        [gold("visit", "Kim Jong Un", [], evidence=ARRIVAL)],
        entities=[entity("Kim Jong-un Chairman", "PERSON", "Kim Jong Un")],
    )
    assert counts(report, "visit") == (1, 0, 0)


@pytest.mark.parametrize(
    ("printed", "gold_name", "matched"),
    [
        ("Putin", "Vladimir Putin", True),
        ("Vladimir V. Putin", "Vladimir Putin", True),
        ("Putin Vladimir", "Vladimir Putin", True),
        ("Abdullah", "Abdullah II", True),
        ("Vladimir", "Vladimir Putin", False),
        ("Raheel Sharif", "Nawaz Sharif", False),
    ],
)
def test_evaluate_person_short_or_reordered_name_names_the_gold_person(
    tmp_path: Path, printed: str, gold_name: str, matched: bool
) -> None:
    report = scored(
        tmp_path,
        [predicted("meeting", "Kim Jong Un", (printed,), sentence=TALKS)],
        [gold("meeting", "Kim Jong Un", [gold_name], evidence=TALKS)],
    )
    assert counts(report, "meeting") == ((1, 0, 0) if matched else (0, 1, 1))


def test_evaluate_place_short_form_does_not_name_a_longer_place(tmp_path: Path) -> None:
    event = predicted("visit", "Kim Jong Un").model_copy(update={"location": place("Korea")})
    report = scored(
        tmp_path,
        [event],
        [gold("visit", "Kim Jong Un", [], evidence=ARRIVAL, location="South Korea")],
    )
    assert report.accuracy("place").right == 0


def test_evaluate_alt_status_and_alt_dates_accepted(tmp_path: Path) -> None:
    report = scored(
        tmp_path,
        [predicted("visit", "Kim Jong Un", status="planned", date="2025-03-24")],
        [
            gold(
                "visit",
                "Kim Jong Un",
                [],
                evidence=ARRIVAL,
                status="occurred",
                date="2025-03-23",
                alt_status=["planned"],
                alt_dates=["2025-03-24"],
            )
        ],
    )
    assert (report.accuracy("status").rate, report.accuracy("date").rate) == (1.0, 1.0)


@pytest.mark.parametrize(
    ("predicted_date", "gold_date", "right"),
    [
        ("2025-03-24", "2025-03", True),
        ("2025-03", "2025-03-24", False),
        ("2025-03-24", "2025-03-25", False),
        (None, None, True),
        ("2025-03-24", None, False),
    ],
)
def test_evaluate_date_compared_at_gold_precision(
    tmp_path: Path, predicted_date: str | None, gold_date: str | None, right: bool
) -> None:
    report = scored(
        tmp_path,
        [predicted("visit", "Kim Jong Un", date=predicted_date)],
        [gold("visit", "Kim Jong Un", [], evidence=ARRIVAL, date=gold_date)],
    )
    assert report.accuracy("date").rate == float(right)


def test_evaluate_week_gold_accepts_any_day_of_that_week(tmp_path: Path) -> None:
    dev = tmp_path / "dev"
    dev.mkdir()
    week = {"value": "2025-03-24", "precision": "week", "text": "this week"}
    record = {
        "article": {"id": "a1", "published": str(PUBLISHED), "text": TEXT},
        "gold": {"entities": [], "events": [gold("visit", "Kim Jong Un", [], date=week)]},
    }
    (dev / "001.json").write_text(json.dumps(record))
    report = score(
        read_gold_folder(dev),
        [enriched([predicted("visit", "Kim Jong Un", date="2025-03-27")])],
        "dev",
    )
    assert report.accuracy("date").rate == 1.0


def test_evaluate_each_gold_matches_one_prediction_best_place_first(tmp_path: Path) -> None:
    report = scored(
        tmp_path,
        [
            predicted("visit", "Kim Jong Un", location="Russia"),
            predicted("visit", "Kim Jong Un", location="Moscow"),
        ],
        [gold("visit", "Kim Jong Un", [], evidence=ARRIVAL, location="Moscow")],
    )
    assert counts(report, "visit") == (1, 1, 0)
    assert report.accuracy("place").rate == 1.0
    assert report.details[0].extra[0].location == place("Russia")


def test_evaluate_one_prediction_matches_one_gold(tmp_path: Path) -> None:
    report = scored(
        tmp_path,
        [predicted("visit", "Kim Jong Un", location="Moscow")],
        [
            gold("visit", "Kim Jong Un", [], evidence=ARRIVAL, location="Moscow"),
            gold("visit", "Kim Jong Un", [], evidence=ARRIVAL, location="Kazan"),
        ],
    )
    assert counts(report, "visit") == (1, 0, 1)
    assert report.details[0].fates[1].failed == ("matched another gold event",)


def test_place_right_counts_the_normalised_city_of_a_site() -> None:
    kremlin = PlaceRef(id="kremlin", name="Kremlin", label=EntityLabel.FAC, city="Moscow")
    assert place_right(kremlin, "Moscow", Names({}))
    assert not place_right(place("Kremlin", "FAC"), "Moscow", Names({}))


def test_evaluate_gold_without_evidence_matched_on_parties_and_said_so(tmp_path: Path) -> None:
    report = scored(
        tmp_path,
        [predicted("meeting", "Kim Jong Un", ("Vladimir Putin",), sentence=AIDE)],
        [gold("meeting", "Kim Jong Un", ["Vladimir Putin"])],
    )
    assert counts(report, "meeting") == (1, 0, 0)
    assert "type and parties only" in report.format()


def test_evaluate_entities_scored_per_gold_label_only(tmp_path: Path) -> None:
    report = scored(
        tmp_path,
        [],
        [],
        entities=[
            entity("Kim Jong Un", "PERSON"),
            entity("Moscow", "GPE"),
            entity("Russian", "NORP"),
        ],
        gold_entities={"PERSON": ["Kim Jong-un", "Vladimir Putin"], "GPE": ["Moscow"]},
    )
    person, place = report.entities["PERSON"], report.entities["GPE"]
    assert (person.true_positives, person.false_positives, person.false_negatives) == (1, 0, 1)
    assert place.f1 == 1.0
    assert "NORP" not in report.entities


def test_goldsets_evidence_not_in_text_is_an_error(tmp_path: Path) -> None:
    folder = realdev_folder(tmp_path, [gold("visit", "Kim Jong Un", [], evidence="Not there.")])
    with pytest.raises(GoldError, match="evidence not found"):
        read_gold_folder(folder)


@pytest.mark.parametrize(
    ("value", "precision"), [("2025-06-01", "month"), ("2025-01-01", "year"), ("2025-06", "day")]
)
def test_goldsets_date_longer_or_shorter_than_its_precision_is_an_error(
    tmp_path: Path, value: str, precision: str
) -> None:
    date = {"value": value, "precision": precision, "text": "in June"}
    folder = realdev_folder(tmp_path, [gold("visit", "Kim Jong Un", [], date=date)])
    with pytest.raises(GoldError, match="not written as its precision"):
        read_gold_folder(folder)


def test_goldsets_date_written_at_its_precision_is_read(tmp_path: Path) -> None:
    date = {"value": "2025-06", "precision": "month", "text": "in June"}
    folder = realdev_folder(tmp_path, [gold("visit", "Kim Jong Un", [], date=date)])
    assert read_gold_folder(folder)[0].events[0].dates == (GoldDate("2025-06", "month"),)


def test_goldsets_evidence_found_across_a_different_line_break(tmp_path: Path) -> None:
    across = gold("visit", "Kim Jong Un", [], evidence=f"{TALKS} {AIDE}")
    folder = realdev_folder(tmp_path, [across])
    start = TEXT.index(TALKS)
    assert read_gold_folder(folder)[0].events[0].evidence == ((start, len(TEXT)),)


def test_goldsets_folder_without_gold_articles_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match="no gold articles"):
        read_gold_folder(tmp_path)


def test_goldsets_realdev_origin_is_the_article_source(tmp_path: Path) -> None:
    article = read_gold_folder(realdev_folder(tmp_path, []))[0].article
    assert (article.source, article.url, article.published) == ("o", "u", PUBLISHED)


def test_report_details_and_json_carry_the_figures(tmp_path: Path) -> None:
    report = scored(
        tmp_path,
        [predicted("visit", "Kim Jong Un"), predicted("statement", "Kim Jong Un")],
        [
            gold("visit", "Kim Jong Un", [], evidence=ARRIVAL),
            gold("meeting", "Kim Jong Un", ["Vladimir Putin"], evidence=TALKS),
        ],
    )
    text = report.format(details=True)
    assert "MATCH  visit Kim Jong Un" in text
    assert "MISS   meeting Kim Jong Un -> Vladimir Putin" in text
    assert "fails: type, parties, sentence" in text
    assert "EXTRA  statement Kim Jong Un" in text
    figures = report.to_dict()
    assert figures["visits_meetings"]["true_positives"] == 1
    assert figures["all_events"]["false_positives"] == 1
    assert figures["accuracy"]["status"]["rate"] == 1.0
