"""The figures of one scored gold folder, as a readable report or as JSON."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from stream.contracts import Event
from stream.evaluation.goldsets import GoldEvent

HEADLINE_TYPES = ("visit", "meeting")
ACCURACIES = ("status", "date", "place", "attribution")
SENTENCE_SHOWN_CHARS = 90


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

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass
class Tally:
    right: int = 0
    total: int = 0

    @property
    def rate(self) -> float:
        return self.right / self.total if self.total else 0.0

    def add(self, right: bool) -> None:
        self.right += right
        self.total += 1


@dataclass(frozen=True)
class Fate:
    """What became of one gold event: its match and what the match got wrong, or its nearest
    prediction and the match conditions that prediction fails."""

    gold: GoldEvent
    predicted: Event | None
    wrong: tuple[str, ...] = ()
    failed: tuple[str, ...] = ()

    @property
    def matched(self) -> bool:
        return self.predicted is not None and not self.failed


@dataclass(frozen=True)
class ArticleFates:
    article_id: str
    text: str
    fates: list[Fate]
    extra: list[Event]


@dataclass
class Report:
    """Event P/R/F1 per type, accuracies on matched events, entity P/R/F1 per label."""

    title: str
    articles: int = 0
    gold_events: int = 0
    gold_with_evidence: int = 0
    events: dict[str, Counts] = field(default_factory=dict)
    accuracies: dict[str, Tally] = field(default_factory=dict)
    entities: dict[str, Counts] = field(default_factory=dict)
    details: list[ArticleFates] = field(default_factory=list)

    def overall(self, types: Iterable[str] | None = None) -> Counts:
        total = Counts()
        for event_type, counts in self.events.items():
            if types is None or event_type in types:
                total.add(counts)
        return total

    def accuracy(self, name: str) -> Tally:
        return self.accuracies.setdefault(name, Tally())

    @property
    def matching_rule(self) -> str:
        if self.gold_with_evidence == 0:
            return "matched on type and parties only: this gold gives no evidence sentences"
        rule = "matched on type, parties and evidence sentence"
        unchecked = self.gold_events - self.gold_with_evidence
        if unchecked:
            rule += f"; {unchecked} gold events without evidence on type and parties only"
        return rule

    def format(self, details: bool = False) -> str:
        lines = [
            f"== {self.title} ==",
            f"{self.articles} articles, {self.gold_events} gold events; {self.matching_rule}",
            _table(
                "events",
                [
                    *sorted(self.events.items()),
                    ("visits+meetings", self.overall(HEADLINE_TYPES)),
                    ("all events", self.overall()),
                ],
            ),
            self._accuracy_line(),
            _table(
                "entities", [*sorted(self.entities.items()), ("all entities", self._entities())]
            ),
        ]
        if details:
            lines += [_article_details(article) for article in self.details]
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "articles": self.articles,
            "gold_events": self.gold_events,
            "gold_events_with_evidence": self.gold_with_evidence,
            "events": {name: c.to_dict() for name, c in sorted(self.events.items())},
            "visits_meetings": self.overall(HEADLINE_TYPES).to_dict(),
            "all_events": self.overall().to_dict(),
            "accuracy": {
                name: {**asdict(self.accuracy(name)), "rate": self.accuracy(name).rate}
                for name in ACCURACIES
            },
            "entities": {name: c.to_dict() for name, c in sorted(self.entities.items())},
            "all_entities": self._entities().to_dict(),
        }

    def add_article(
        self, article_id: str, text: str, fates: list[Fate], extra: list[Event]
    ) -> None:
        self.details.append(ArticleFates(article_id, text, fates, extra))

    def _entities(self) -> Counts:
        total = Counts()
        for counts in self.entities.values():
            total.add(counts)
        return total

    def _accuracy_line(self) -> str:
        matched = self.overall().true_positives
        figures = [
            f"{name} {tally.rate:.3f} ({tally.right}/{tally.total})"
            if (tally := self.accuracy(name)).total
            else f"{name} -"
            for name in ACCURACIES
        ]
        return f"on {matched} matched events: " + ", ".join(figures)


def _table(heading: str, rows: list[tuple[str, Counts]]) -> str:
    lines = [f"{heading:22}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}"]
    lines += [
        f"  {name:20}{c.precision:7.3f}{c.recall:7.3f}{c.f1:7.3f}"
        f"{c.true_positives:6}{c.false_positives:6}{c.false_negatives:6}"
        for name, c in rows
    ]
    return "\n".join(lines)


def _article_details(article: ArticleFates) -> str:
    matched = sum(fate.matched for fate in article.fates)
    lines = [
        f"-- {article.article_id}: {len(article.fates)} gold, "
        f"{matched + len(article.extra)} predicted, {matched} matched"
    ]
    for fate in article.fates:
        lines += _fate_lines(fate, article.text)
    lines += [f"  EXTRA  {describe_predicted(event)}" for event in article.extra]
    return "\n".join(lines)


def _fate_lines(fate: Fate, text: str) -> list[str]:
    gold = describe_gold(fate.gold)
    if fate.matched:
        wrong = f"  [wrong: {', '.join(fate.wrong)}]" if fate.wrong else ""
        lines = [f"  MATCH  {gold}{wrong}"]
        if fate.wrong and fate.predicted is not None:
            lines.append(f"         predicted: {describe_predicted(fate.predicted)}")
        return lines
    lines = [f"  MISS   {gold}", f"         gold sentence: {_gold_sentence(fate.gold, text)}"]
    if fate.predicted is None:
        return [*lines, "         no prediction in this article"]
    return [
        *lines,
        f"         nearest: {describe_predicted(fate.predicted)}",
        f"         fails: {', '.join(fate.failed)}",
    ]


def describe_gold(event: GoldEvent) -> str:
    date = event.dates[0].value if event.dates[0] else "-"
    alternatives = [d.value for d in event.dates[1:] if d] + list(event.statuses[1:])
    also = f" (alt {', '.join(alternatives)})" if alternatives else ""
    return (
        _describe(
            event.type, event.actor, event.counterparts, event.location, date, event.statuses[0]
        )
        + also
    )


def describe_predicted(event: Event) -> str:
    sentence = _shorten(event.evidence[0].text)
    return (
        _describe(
            event.type.value,
            event.actor.name,
            [c.name for c in event.counterparts],
            event.location.name if event.location else None,
            event.date.value if event.date else "-",
            event.status.value,
        )
        + f' | "{sentence}"'
    )


def _describe(
    event_type: str,
    actor: str,
    counterparts: Iterable[str],
    place: str | None,
    date: str,
    status: str,
) -> str:
    toward = ", ".join(counterparts)
    described = f"{event_type} {actor}{' -> ' + toward if toward else ''} @ {place or '-'}"
    return f"{' '.join(described.split())} {date} {status}"


def _gold_sentence(event: GoldEvent, text: str) -> str:
    spans = event.evidence or event.alt_evidence
    if not spans:
        return "(gold gives none)"
    start, end = spans[0]
    return f'"{_shorten(text[start:end])}"'


def _shorten(sentence: str) -> str:
    flat = " ".join(sentence.split())
    return flat if len(flat) <= SENTENCE_SHOWN_CHARS else flat[: SENTENCE_SHOWN_CHARS - 3] + "..."
