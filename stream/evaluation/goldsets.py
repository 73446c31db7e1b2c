"""Gold-annotated article folders, read into one shape whatever their format.

Two formats are read:

- the dev format (`tests/data/dev`, `tests/data/frozen`): one `NNN_name.json` per article,
  `{"article": {...}, "gold": {"entities": [{"name", "label"}], "events": [...]}}`, dates
  written `{"value", "precision", "text"}`;
- the realdev format (`shared/realdev`): `articles/rNN.json` `{id, source_url, origin,
  published, title, text}` beside `gold/rNN.json` `{"events": [...], "entities": {label:
  [names]}}`, dates written as bare `YYYY`, `YYYY-MM` or `YYYY-MM-DD` strings.

Gold events may carry `evidence` (the sentence they were read from) and `alt_evidence`,
`alt_dates`, `alt_status` (other mentions of the same event); each evidence string is found in
the article text, so that the scorer compares character spans, not strings.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from stream.contracts import Article, EntityLabel
from stream.errors import GoldError
from stream.sources import parse_record

PRECISION_BY_LENGTH = {4: "year", 7: "month", 10: "day"}
# A value longer than its precision ("2020-06-01" for June) can never equal a prediction cut to
# that precision, so it would score every such date wrong without a word: refuse it instead.
VALUE_PATTERN = {
    "year": re.compile(r"\d{4}"),
    "month": re.compile(r"\d{4}-\d{2}"),
    "week": re.compile(r"\d{4}-\d{2}-\d{2}"),
    "day": re.compile(r"\d{4}-\d{2}-\d{2}"),
}
DEV_ENTITY_LABELS = frozenset(label.value for label in EntityLabel if label != EntityLabel.DATE)

Span = tuple[int, int]


@dataclass(frozen=True)
class GoldDate:
    value: str
    precision: str


@dataclass(frozen=True)
class GoldEvent:
    type: str
    actor: str
    counterparts: tuple[str, ...]
    location: str | None
    dates: tuple[GoldDate | None, ...]
    """The annotated date first, then any `alt_dates`."""
    statuses: tuple[str, ...]
    """The annotated status first, then any `alt_status`."""
    evidence: tuple[Span, ...]
    """Where the evidence sentence is printed in the text; empty when gold gives none."""
    alt_evidence: tuple[Span, ...]
    """Where the other mentions of the same event are printed."""
    attributed_to: tuple[str, ...] | None
    """None when the gold does not annotate attribution."""


@dataclass(frozen=True)
class GoldArticle:
    article: Article
    events: tuple[GoldEvent, ...]
    entities: frozenset[tuple[str, str]]
    """(label, name) pairs."""
    entity_labels: frozenset[str]
    """The labels the gold annotates: entities of other labels are not scored."""


def read_gold_folder(folder: Path) -> list[GoldArticle]:
    """Every gold article of `folder`, in file-name order, whichever format it holds."""
    if (folder / "articles").is_dir() and (folder / "gold").is_dir():
        articles = [
            _read_realdev(path, folder / "gold" / path.name)
            for path in sorted((folder / "articles").glob("*.json"))
        ]
    else:
        articles = [_read_dev(path) for path in sorted(folder.glob("*.json"))]
    if not articles:
        raise GoldError(f"{folder}: no gold articles (*.json, or articles/ beside gold/)")
    return articles


def _read_dev(path: Path) -> GoldArticle:
    record = _load(path)
    article = parse_record(record["article"])
    gold = record["gold"]
    entities = frozenset(
        (entity["label"], entity["name"])
        for entity in gold["entities"]
        if entity["label"] != "DATE"
    )
    return _gold_article(article, gold["events"], entities, DEV_ENTITY_LABELS, path)


def _read_realdev(article_path: Path, gold_path: Path) -> GoldArticle:
    raw = _load(article_path)
    article = parse_record(
        {
            "id": raw["id"],
            "published": raw["published"],
            "title": raw.get("title"),
            "text": raw["text"],
            "url": raw.get("source_url"),
            "source": raw.get("origin"),
        }
    )
    gold = _load(gold_path)
    entities = frozenset(
        (label, name) for label, names in gold["entities"].items() for name in names
    )
    return _gold_article(article, gold["events"], entities, frozenset(gold["entities"]), gold_path)


def _gold_article(
    article: Article,
    events: list[dict[str, Any]],
    entities: frozenset[tuple[str, str]],
    labels: frozenset[str],
    path: Path,
) -> GoldArticle:
    return GoldArticle(
        article=article,
        events=tuple(_gold_event(event, article.text, path) for event in events),
        entities=entities,
        entity_labels=labels,
    )


def _gold_event(event: dict[str, Any], text: str, path: Path) -> GoldEvent:
    evidence = [event["evidence"]] if event.get("evidence") else []
    attributed = event.get("attributed_to")
    return GoldEvent(
        type=event["type"],
        actor=event["actor"],
        counterparts=tuple(event["counterparts"]),
        location=event.get("location"),
        dates=tuple(
            _gold_date(date, path) for date in [event.get("date"), *event.get("alt_dates", [])]
        ),
        statuses=(event["status"], *event.get("alt_status", [])),
        evidence=_spans(evidence, text, path),
        alt_evidence=_spans(event.get("alt_evidence", []), text, path),
        attributed_to=tuple(attributed) if attributed is not None else None,
    )


def _gold_date(raw: str | dict[str, Any] | None, path: Path) -> GoldDate | None:
    if raw is None:
        return None
    if isinstance(raw, dict):
        value, precision = raw["value"], raw["precision"]
    else:
        value, precision = raw, PRECISION_BY_LENGTH.get(len(raw), "")
    pattern = VALUE_PATTERN.get(precision)
    if pattern is None or not pattern.fullmatch(value):
        raise GoldError(f"{path}: date {value!r} is not written as its precision {precision!r}")
    return GoldDate(value=value, precision=precision)


def _spans(sentences: list[str], text: str, path: Path) -> tuple[Span, ...]:
    return tuple(span for sentence in sentences for span in _find(sentence, text, path))


def _find(sentence: str, text: str, path: Path) -> list[Span]:
    """Every place the sentence is printed; runs of whitespace may differ from the text's."""
    pattern = r"\s+".join(map(re.escape, sentence.split()))
    spans = [match.span() for match in re.finditer(pattern, text)]
    if not spans:
        raise GoldError(f"{path}: evidence not found in the article text: {sentence[:80]!r}")
    return spans


def _load(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise GoldError(f"{path}: {exc}") from exc
