"""Reading raw messages: a valid `Article`, or a `DeadLetter` saying what is wrong.

Anything can arrive on the raw topic. Nothing here raises on bad input: every message comes
out as an article or as a dead letter with the reason, the message kept whole (base64) and
its topic, partition and offset, so that nothing is lost and the agent never stops on input.

What counts as malformed, by `DeadLetter.error_type`:

- `MissingValue`: no value (a tombstone) or only whitespace.
- `TooLarge`: over `Settings.max_article_bytes`; checked before anything is decoded.
- `UndecodableBytes`: not UTF-8.
- `NotJson`: not JSON, including JSON nested too deeply to read and lone surrogates.
- `NotAnObject`: JSON, but an array, string, number or null.
- `EmptyText`, `SchemaViolation`: an object that is not an `Article` (missing or mistyped
  fields, an id over 256 characters, a date that does not parse).
- `ControlCharacters`: a text field holds a control character other than tab, line feed or
  carriage return (NUL and the like break consumers downstream, and are never news).
- `UnsupportedLanguage`: `language` is not English; the pipeline reads English only. Text
  that is not English but is not labelled so is enriched, and finds little.
- `FutureDate`: published more than a day after the record was written (its Kafka timestamp,
  or now when it has none). A day allows for time zones; later is a publisher's error, and
  relative dates ("next week") would resolve against it. Comparing with the record's own
  timestamp keeps the verdict the same when the topic is replayed.

Not malformed: a duplicate id (a correction, or a replay) is enriched again; its events get
the same deterministic ids, so the tables count them once. Markup in the text is text.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
from dataclasses import dataclass

from pydantic import ValidationError

from stream.codec import codec_for
from stream.config import Settings
from stream.contracts import Article, DeadLetter

PREVIEW_CHARS = 500
KEPT_VALUE_MAX_BYTES = 256_000
"""Larger values are not copied into the dead letter: base64 would push it past the broker's
message size limit, and the original stays on the raw topic at the offset given."""
FUTURE_SLACK = dt.timedelta(days=1)
CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
ENGLISH = re.compile(r"^en([-_][A-Za-z0-9]+)*$", re.IGNORECASE)


@dataclass(frozen=True)
class RawMessage:
    """A Kafka record as it arrived, before any decoding."""

    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    timestamp: dt.datetime | None = None


def parse_article(message: RawMessage, settings: Settings) -> Article | DeadLetter:
    value = message.value
    if value is None or not value.strip():
        return dead_letter(message, "MissingValue", "the message has a key but no value")
    if len(value) > settings.max_article_bytes:
        return dead_letter(
            message,
            "TooLarge",
            f"the value is {len(value)} bytes, over the {settings.max_article_bytes} byte limit",
        )
    try:
        text = value.decode("utf-8")
    except UnicodeDecodeError as exc:
        return dead_letter(message, "UndecodableBytes", f"the value is not UTF-8: {exc}")
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        return dead_letter(message, "NotJson", f"the value is not JSON: {exc}")
    except RecursionError:
        return dead_letter(message, "NotJson", "the value is JSON nested too deeply to read")
    if not isinstance(document, dict):
        kind = type(document).__name__
        return dead_letter(message, "NotAnObject", f"expected a JSON object, got {kind}")
    try:
        article = codec_for(Article).loads(value)
    except ValidationError as exc:
        return dead_letter(message, _validation_kind(exc), describe(exc))
    problem = content_problem(article, message.timestamp or dt.datetime.now(dt.UTC))
    return article if problem is None else dead_letter(message, *problem)


def content_problem(article: Article, written: dt.datetime) -> tuple[str, str] | None:
    """(error type, reason) when a well-typed article is still not one to enrich."""
    for field in ("id", "text", "title", "url", "source"):
        found = CONTROL_CHARACTER.search(getattr(article, field) or "")
        if found:
            return "ControlCharacters", f"{field}: control character {found.group()!r}"
    if not ENGLISH.match(article.language):
        return "UnsupportedLanguage", f"language {article.language!r}: only English is read"
    written_on = written.astimezone(dt.UTC).date()
    # A difference, not `written_on + FUTURE_SLACK`: that overflows for a year-9999 timestamp.
    if article.published_date - written_on > FUTURE_SLACK:
        return (
            "FutureDate",
            f"published {article.published_date}, more than a day after the record "
            f"was written ({written_on})",
        )
    return None


def dead_letter(message: RawMessage, error_type: str, reason: str) -> DeadLetter:
    return DeadLetter(
        topic=message.topic,
        partition=message.partition,
        offset=message.offset,
        key=_base64(message.key),
        value=_base64(message.value) if len(message.value or b"") <= KEPT_VALUE_MAX_BYTES else None,
        value_text=_preview(message.value),
        error_type=error_type,
        reason=reason,
        failed_at=dt.datetime.now(dt.UTC),
    )


def describe(error: ValidationError) -> str:
    """`field: problem; field: problem`, short enough for a log line."""
    return "; ".join(
        f"{'.'.join(str(part) for part in item['loc']) or 'record'}: {item['msg']}"
        for item in error.errors(include_url=False)
    )


def _validation_kind(error: ValidationError) -> str:
    items = error.errors()
    # pydantic's own JSON reader is stricter than `json` (lone surrogates, nesting depth).
    if any(item["type"] == "json_invalid" for item in items):
        return "NotJson"
    # Empty text is the most common way an article is useless; name it so it can be counted.
    if any(item["loc"] == ("text",) and item["type"] == "value_error" for item in items):
        return "EmptyText"
    return "SchemaViolation"


def _base64(data: bytes | None) -> str | None:
    return None if data is None else base64.b64encode(data).decode("ascii")


def _preview(data: bytes | None) -> str | None:
    if data is None:
        return None
    try:
        return data.decode("utf-8")[:PREVIEW_CHARS]
    except UnicodeDecodeError:
        return None
