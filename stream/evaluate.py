"""Scoring the enricher against a gold-annotated dev set (`tests/data/dev/*.json`).

Each file holds `{"article": {...}, "gold": {"entities": [...], "events": [...]}}`, with
gold names written out in full; they are folded exactly as the enricher folds its own
(`stream.nlp.lexicon`), so "Kim Jong Un" in gold is the enricher's `kim-jong-un`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol

from stream.contracts import Article, EnrichedArticle, Event
from stream.nlp.entities import PLACE_LABELS
from stream.nlp.gazetteer import place
from stream.nlp.lexicon import alias_index, fold, slug
from stream.sources import parse_record

SYMMETRIC_TYPES = frozenset({"meeting", "agreement"})
HEADLINE_TYPES = ("visit", "meeting")


class Enriches(Protocol):
    def enrich_many(self, articles: Iterable[Article]) -> Iterable[EnrichedArticle]: ...


@dataclass(frozen=True)
class GoldEvent:
    type: str
    actor: str
    counterparts: frozenset[str]
    location: str | None
    date: str | None
    status: str


@dataclass(frozen=True)
class Gold:
    entities: frozenset[tuple[str, str]]
    events: tuple[GoldEvent, ...]


@dataclass
class Counts:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 0.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def add(self, other: Counts) -> None:
        self.true_positives += other.true_positives
        self.false_positives += other.false_positives
        self.false_negatives += other.false_negatives


@dataclass
class EvaluationReport:
    """Event P/R/F1 per type, accuracies on matched events, entity P/R/F1."""

    articles: int = 0
    events: dict[str, Counts] = field(default_factory=dict)
    entities: Counts = field(default_factory=Counts)
    matched: int = 0
    status_correct: int = 0
    date_correct: int = 0
    location_correct: int = 0

    def overall(self, types: Iterable[str] | None = None) -> Counts:
        total = Counts()
        for event_type, counts in self.events.items():
            if types is None or event_type in types:
                total.add(counts)
        return total

    def accuracy(self, correct: int) -> float:
        return correct / self.matched if self.matched else 0.0

    @property
    def status_accuracy(self) -> float:
        return self.accuracy(self.status_correct)

    @property
    def date_accuracy(self) -> float:
        return self.accuracy(self.date_correct)

    @property
    def location_accuracy(self) -> float:
        return self.accuracy(self.location_correct)

    def format(self) -> str:
        rows = [f"{'':22}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}"]
        named = [
            *sorted(self.events.items()),
            ("visits+meetings", self.overall(HEADLINE_TYPES)),
            ("all events", self.overall()),
            ("entities", self.entities),
        ]
        rows += [
            f"{name:22}{c.precision:7.3f}{c.recall:7.3f}{c.f1:7.3f}"
            f"{c.true_positives:6}{c.false_positives:6}{c.false_negatives:6}"
            for name, c in named
        ]
        rows.append(
            f"on {self.matched} matched events: status {self.status_accuracy:.3f}, "
            f"date {self.date_accuracy:.3f}, location {self.location_accuracy:.3f} "
            f"({self.articles} articles)"
        )
        return "\n".join(rows)

    def to_dict(self) -> dict[str, Any]:
        def scores(c: Counts) -> dict[str, Any]:
            return {**asdict(c), "precision": c.precision, "recall": c.recall, "f1": c.f1}

        return {
            "articles": self.articles,
            "events": {name: scores(c) for name, c in sorted(self.events.items())},
            "visits_meetings": scores(self.overall(HEADLINE_TYPES)),
            "all_events": scores(self.overall()),
            "entities": scores(self.entities),
            "matched": self.matched,
            "status_accuracy": self.status_accuracy,
            "date_accuracy": self.date_accuracy,
            "location_accuracy": self.location_accuracy,
        }


def evaluate(enricher: Enriches, dev_dir: Path) -> EvaluationReport:
    """Enrich every dev article and score it against its gold.

    Matching rule: a predicted event matches a gold event when they have the same type and
    the same actor id after folding (for meetings and agreements, which have no direction,
    each one's actor may be any participant of the other), and their counterparts are
    compatible (they share an id, or either side has none). Each gold event matches at most
    one prediction; among candidates, the one sharing more counterparts, then place, then
    date wins. Location, date value and status are not part of matching: they are scored as
    accuracies over the matched pairs.
    """
    paths = sorted(dev_dir.glob("*.json"))
    records = [json.loads(path.read_text(encoding="utf-8")) for path in paths]
    articles = [parse_record(record["article"]) for record in records]
    golds = [read_gold(record["gold"]) for record in records]
    return score(list(enricher.enrich_many(articles)), golds)


def canonical_id(name: str, label: str | None = None) -> str:
    """The id the enricher gives a name: its alias-table entry's, else its gazetteer entry's
    (a place's, or a country's when the label is not known to be a place's), else the slug
    of its fold."""
    folded = fold(name)
    known = alias_index().get(folded)
    if known is not None:
        return slug(fold(known.name))
    where = place(name) if label in (*PLACE_LABELS, "ORG", None) else None
    if where is not None and (label in PLACE_LABELS or where.kind == "country"):
        return slug(fold(where.name))
    return slug(folded)


def read_gold(gold: dict[str, Any]) -> Gold:
    labels = {e["name"]: e["label"] for e in gold["entities"]}
    entities = frozenset(
        (e["label"], canonical_id(e["name"], e["label"]))
        for e in gold["entities"] if e["label"] != "DATE"
    )
    events = tuple(
        GoldEvent(
            type=e["type"],
            actor=canonical_id(e["actor"], labels.get(e["actor"])),
            counterparts=frozenset(
                canonical_id(name, labels.get(name)) for name in e["counterparts"]
            ),
            location=(
                canonical_id(e["location"], labels.get(e["location"], "GPE"))
                if e.get("location") else None
            ),
            date=e["date"]["value"] if e.get("date") else None,
            status=e["status"],
        )
        for e in gold["events"]
    )
    return Gold(entities=entities, events=events)


def score(predictions: list[EnrichedArticle], golds: list[Gold]) -> EvaluationReport:
    report = EvaluationReport(articles=len(golds))
    for predicted, gold in zip(predictions, golds, strict=True):
        _score_entities(report, predicted, gold)
        _score_events(report, predicted.events, gold.events)
    return report


def _score_entities(report: EvaluationReport, predicted: EnrichedArticle, gold: Gold) -> None:
    found = {(e.label.value, e.entity_id) for e in predicted.entities if e.label.value != "DATE"}
    report.entities.add(
        Counts(
            true_positives=len(found & gold.entities),
            false_positives=len(found - gold.entities),
            false_negatives=len(gold.entities - found),
        )
    )


def _score_events(
    report: EvaluationReport, predicted: list[Event], gold: tuple[GoldEvent, ...]
) -> None:
    pairs = sorted(
        (-_agreement(p, g), i, j)
        for i, p in enumerate(predicted)
        for j, g in enumerate(gold)
        if _matches(p, g)
    )
    used_predicted: set[int] = set()
    used_gold: set[int] = set()
    for _, i, j in pairs:
        if i in used_predicted or j in used_gold:
            continue
        used_predicted.add(i)
        used_gold.add(j)
        p, g = predicted[i], gold[j]
        report.matched += 1
        report.status_correct += p.status.value == g.status
        report.date_correct += (p.date.value if p.date else None) == g.date
        report.location_correct += (p.location.id if p.location else None) == g.location
        report.events.setdefault(g.type, Counts()).true_positives += 1
    for i, p in enumerate(predicted):
        if i not in used_predicted:
            report.events.setdefault(p.type.value, Counts()).false_positives += 1
    for j, g in enumerate(gold):
        if j not in used_gold:
            report.events.setdefault(g.type, Counts()).false_negatives += 1


def _matches(predicted: Event, gold: GoldEvent) -> bool:
    if predicted.type.value != gold.type:
        return False
    counterparts = {c.id for c in predicted.counterparts}
    if gold.type in SYMMETRIC_TYPES:
        mine = {predicted.actor.id, *counterparts}
        theirs = {gold.actor, *gold.counterparts}
        return predicted.actor.id in theirs and gold.actor in mine and (
            len(mine) == 1 or len(theirs) == 1 or len(mine & theirs) >= 2
        )
    if predicted.actor.id != gold.actor:
        return False
    return not counterparts or not gold.counterparts or bool(counterparts & gold.counterparts)


def _agreement(predicted: Event, gold: GoldEvent) -> int:
    """Shared counterparts count most, then the same place, then the same date."""
    shared = len({c.id for c in predicted.counterparts} & gold.counterparts)
    same_place = (predicted.location.id if predicted.location else None) == gold.location
    same_date = (predicted.date.value if predicted.date else None) == gold.date
    return 4 * shared + 2 * same_place + same_date
