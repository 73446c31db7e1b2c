"""What the agents do with a record, as plain functions: decode, enrich, route to actors.

Each function takes decoded-or-not records and returns the records to send (`Outgoing`), so
that the agents only iterate, call one of these and send; these are tested without Kafka.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from pydantic import BaseModel, ValidationError

from stream.activity import activities_for
from stream.codec import codec_for
from stream.config import Settings
from stream.contracts import ActorActivity, Article, DeadLetter, EnrichedArticle
from stream.enrichment import Outcome
from stream.errors import EnrichmentError, InternalError
from stream.handlers import ErrorHandler
from stream.intake import RawMessage, dead_letter, parse_article
from stream.metrics import METRICS

log = logging.getLogger(__name__)

Model = TypeVar("Model", bound=BaseModel)

TRACEBACK_LINES_KEPT = 6
"""Of a bug's traceback, in its dead letter: the innermost frames and the error."""


@dataclass(frozen=True)
class Outgoing:
    topic: str
    key: str | None
    value: BaseModel

    def encode(self) -> tuple[bytes | None, bytes]:
        key = self.key.encode() if self.key is not None else None
        return key, codec_for(type(self.value)).dumps(self.value)


class Enrich(Protocol):
    async def enrich(self, articles: Sequence[Article]) -> list[Outcome]: ...


Record = Callable[[Sequence[ActorActivity]], None]
"""Merges reports into the actor tables (`stream.tables.record`)."""


async def enrich_messages(
    messages: Sequence[RawMessage], pool: Enrich, settings: Settings, on_error: ErrorHandler
) -> list[Outgoing]:
    """Raw messages in; enriched records, entities, events and dead letters out, in order."""
    parsed = [(message, _parse(message, settings)) for message in messages]
    valid = [(message, item) for message, item in parsed if isinstance(item, Article)]
    METRICS.batch_size.observe(len(messages))
    started = time.perf_counter()
    outcomes = iter(await pool.enrich([article for _, article in valid]) if valid else [])
    if valid:
        METRICS.enrichment_seconds.observe(time.perf_counter() - started)
    outgoing: list[Outgoing] = []
    for message, item in parsed:
        result = next(outcomes) if isinstance(item, Article) else item
        outgoing.extend(_outputs(message, result, settings, on_error))
    return outgoing


def decode_activity(message: RawMessage, on_error: ErrorHandler) -> ActorActivity | None:
    return _decode(ActorActivity, message, on_error)


def record_activities(
    reports: Sequence[tuple[RawMessage, ActorActivity]],
    record: Record,
    settings: Settings,
    on_error: ErrorHandler,
) -> list[Outgoing]:
    """Merge the reports into the tables; dead letters for those whose merge raised (a bug).

    After a failure each report is merged again alone, to find the one that fails: merging a
    report twice leaves its rows as they were.
    """
    try:
        record([report for _, report in reports])
        return []
    except Exception:  # redo one by one to find the report that fails
        pass
    dead: list[Outgoing] = []
    for message, report in reports:
        try:
            record([report])
        except Exception as bug:
            dead += _outputs(message, InternalError.of(bug), settings, on_error)
    return dead


def _parse(message: RawMessage, settings: Settings) -> Article | DeadLetter | InternalError:
    try:
        return parse_article(message, settings)
    except Exception as bug:  # bad input is a DeadLetter already: this is ours
        return InternalError.of(bug)


def _outputs(
    message: RawMessage,
    result: Outcome | DeadLetter | InternalError,
    settings: Settings,
    on_error: ErrorHandler,
) -> list[Outgoing]:
    if isinstance(result, EnrichedArticle):
        # Seen when its article reached Kafka: a replayed article gives identical rows.
        seen_at = message.timestamp or dt.datetime.now(dt.UTC)
        try:
            return enriched_records(result, settings, seen_at)
        except Exception as bug:
            result = InternalError.of(bug)
    if isinstance(result, EnrichmentError | InternalError):
        if not on_error(result, message):
            raise result
        result = _dead_letter_of(message, result)
    log.warning(
        "dead letter %s[%d]@%d: %s: %s",
        result.topic, result.partition, result.offset, result.error_type, result.reason,
    )
    METRICS.dead_letters[result.error_type] += 1
    key = message.key.decode("utf-8", "replace") if message.key is not None else None
    return [Outgoing(settings.topic_dlq, key, result)]


def _dead_letter_of(message: RawMessage, error: EnrichmentError | InternalError) -> DeadLetter:
    if isinstance(error, InternalError):
        return dead_letter(message, "InternalError", error.last_lines(TRACEBACK_LINES_KEPT))
    return dead_letter(message, "EnrichmentError", str(error))


def enriched_records(
    enriched: EnrichedArticle, settings: Settings, seen_at: dt.datetime
) -> list[Outgoing]:
    """The article, each canonical entity, each event keyed by its actor, and each event's
    activity of every participant, keyed by the participant: a table row in the making."""
    return [
        Outgoing(settings.topic_enriched, enriched.article_id, enriched),
        *(Outgoing(settings.topic_entities, e.entity_id, e) for e in enriched.entities),
        *(Outgoing(settings.topic_events, e.actor.id, e) for e in enriched.events),
        *(
            Outgoing(settings.topic_activity, activity.actor_id, activity)
            for event in enriched.events
            for activity in activities_for(event, seen_at)
        ),
    ]


def _decode(model: type[Model], message: RawMessage, on_error: ErrorHandler) -> Model | None:
    try:
        return codec_for(model).loads(message.value or b"")
    except ValidationError as exc:
        if not on_error(exc, message):
            raise
        return None
