"""What the agents do with a record, as plain functions: decode, enrich, resolve, route.

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

from stream.codec import codec_for
from stream.config import Settings
from stream.contracts import (
    ActorRowChange,
    Article,
    DeadLetter,
    EnrichedArticle,
    EventReport,
    PlaceRowChange,
    ResolvedEvent,
)
from stream.errors import EnrichmentError, InternalError
from stream.state.activity import rows_for
from stream.state.places import place_rows_for
from stream.state.resolver import Resolution, Rules, blocking_key, mention_id, resolve
from stream.worker.enrichment import Outcome
from stream.worker.handlers import ErrorHandler
from stream.worker.intake import RawMessage, dead_letter, parse_article
from stream.worker.metrics import METRICS

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


Record = Callable[[Sequence[ActorRowChange]], None]
"""Merges reports into the actor tables (`stream.worker.tables.record`)."""


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


def decode_activity(message: RawMessage, on_error: ErrorHandler) -> ActorRowChange | None:
    return _decode(ActorRowChange, message, on_error)


def decode_place_row(message: RawMessage, on_error: ErrorHandler) -> PlaceRowChange | None:
    return _decode(PlaceRowChange, message, on_error)


def decode_report(message: RawMessage, on_error: ErrorHandler) -> EventReport | None:
    return _decode(EventReport, message, on_error)


KnownEvents = Callable[[str], list[ResolvedEvent]]


@dataclass(frozen=True)
class Resolved:
    """A batch of reports resolved: the blocks' events to store, and the records to send."""

    known: dict[str, list[ResolvedEvent]]
    outgoing: list[Outgoing]


def resolve_reports(
    reports: Sequence[EventReport], known_of: KnownEvents, settings: Settings
) -> Resolved:
    """Resolve reports in order; each block's events are read once and stored once."""
    rules = resolution_rules(settings)
    known: dict[str, list[ResolvedEvent]] = {}
    outgoing: list[Outgoing] = []
    for report in reports:
        key = report_key(report)
        resolution = resolve(known[key] if key in known else known_of(key), report, rules)
        known[key] = resolution.known
        outgoing += resolved_records(report, resolution, settings)
    return Resolved(known, outgoing)


def resolution_rules(settings: Settings) -> Rules:
    return Rules(
        undated_window=dt.timedelta(days=settings.undated_window_days),
        retention=dt.timedelta(days=settings.resolver_retention_days),
    )


def resolved_records(
    report: EventReport, resolution: Resolution, settings: Settings
) -> list[Outgoing]:
    """The article's event under its resolved id, keyed by its actor; the resolved event's
    row for each participant, keyed by the participant, and for its place and country."""
    resolved, was = resolution.event, resolution.was
    event = report.event.model_copy(update={"event_id": resolved.event_id})
    return [
        Outgoing(settings.topic_events, event.actor.id, event),
        *(
            Outgoing(settings.topic_activity, row.actor_id, ActorRowChange(row=row, was=was))
            for row in rows_for(resolved)
        ),
        *(
            Outgoing(settings.topic_places, row.place.id, PlaceRowChange(row=row, was=was))
            for row in place_rows_for(resolved)
        ),
    ]


def report_key(report: EventReport) -> str:
    event = report.event
    return blocking_key(event.type.value, [p.id for p in event.participants])


def record_activities(
    changes: Sequence[tuple[RawMessage, ActorRowChange]],
    record: Record,
    settings: Settings,
    on_error: ErrorHandler,
) -> list[Outgoing]:
    """Merge the row changes into the tables; dead letters for those whose merge raised (a bug).

    After a failure each change is merged again alone, to find the one that fails: `record`
    writes nothing when it raises, so no change counts twice in a profile.
    """
    try:
        record([change for _, change in changes])
        return []
    except Exception:  # redo one by one to find the change that fails
        pass
    dead: list[Outgoing] = []
    for message, change in changes:
        try:
            record([change])
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
        result.topic,
        result.partition,
        result.offset,
        result.error_type,
        result.reason,
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
    """The article, each canonical entity, and each event as a report to resolve, keyed by
    its blocking key: the resolver publishes it on the events topic once it knows its id."""
    return [
        Outgoing(settings.topic_enriched, enriched.article_id, enriched),
        *(Outgoing(settings.topic_entities, e.entity_id, e) for e in enriched.entities),
        *(
            Outgoing(settings.topic_reports, report_key(report), report)
            for report in reports_of(enriched, seen_at)
        ),
    ]


def reports_of(enriched: EnrichedArticle, seen_at: dt.datetime) -> list[EventReport]:
    return [
        EventReport(
            event=event.model_copy(update={"mention_id": mention_id(enriched.article_id, index)}),
            seen_at=seen_at,
        )
        for index, event in enumerate(enriched.events)
    ]


def _decode(model: type[Model], message: RawMessage, on_error: ErrorHandler) -> Model | None:
    try:
        return codec_for(model).loads(message.value or b"")
    except ValidationError as exc:
        if not on_error(exc, message):
            raise
        return None
