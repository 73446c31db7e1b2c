"""Which real event an article's report is: cross-article event resolution, as pure functions.

The NLP reads one article at a time; its `event_id` hashes type, participants, country and
year, so two visits of one actor to one country in one year would share it. Here reports are
blocked by type and participants (`blocking_key`), and within a block a report joins a known
event when the two are compatible:

- dates: their intervals overlap or touch (a week's reading and a day's of one visit);
- places: equal, or one inside the other (a city in its country, a site in its city);
- an undated report: the most recent event within `Rules.undated_window` of its publication;

else it starts a new event. The event keeps its first id; a more precise date or place
refines it; its status is the most certain one reported, with when each was first reported.
Status is not part of identity: a planned visit later reported as made is one event.

Each block's events are one table value, so its state is bounded: an event lists its latest
sources and counts all, and events not reported for `Rules.retention` are forgotten.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass

from stream.contracts import (
    ROW_SOURCES_LISTED,
    EventDate,
    EventReport,
    EventStatus,
    PlaceRef,
    ResolvedEvent,
    SourceRef,
    StatusChange,
)

CERTAINTY = (EventStatus.SPECULATED, EventStatus.PLANNED, EventStatus.OCCURRED)
PRECISION_RANK = {"year": 0, "month": 1, "week": 2, "day": 3}
TOUCHING = dt.timedelta(days=1)


@dataclass(frozen=True)
class Rules:
    undated_window: dt.timedelta = dt.timedelta(days=30)
    retention: dt.timedelta = dt.timedelta(days=365)
    sources_listed: int = ROW_SOURCES_LISTED


@dataclass(frozen=True)
class Resolution:
    event: ResolvedEvent  # the event the report is, with the report folded in
    was: EventStatus | None  # its status before the report; None when the report starts it
    known: list[ResolvedEvent]  # the block's events now, to store


def blocking_key(event_type: str, participant_ids: Sequence[str]) -> str:
    """Only reports of one type among the same parties can be one event: "A met B" and
    "B met A" too. Entity ids are slugs, so the separators cannot occur inside one."""
    return f"{event_type}:{'+'.join(sorted(set(participant_ids)))}"


def mention_id(article_id: str, index: int) -> str:
    """The `index`-th event of an article: unique, and the same when the article is replayed."""
    return _digest(["mention", article_id, index])


def resolve(known: Sequence[ResolvedEvent], report: EventReport, rules: Rules) -> Resolution:
    """Fold one report into its block's known events."""
    kept = [event for event in known if report.seen_at - event.last_seen <= rules.retention]
    match = best_match(kept, report, rules)
    resolved = fold(match, report, rules) if match else first_report(report)
    others = [event for event in kept if event is not match]
    return Resolution(resolved, match.status if match else None, [*others, resolved])


def best_match(
    known: Sequence[ResolvedEvent], report: EventReport, rules: Rules
) -> ResolvedEvent | None:
    """The most recent known event the report is compatible with, if any."""
    compatible = [
        event
        for event in known
        if places_compatible(event.location, report.event.location)
        and dates_compatible(event, report, rules.undated_window)
    ]
    return max(compatible, key=_recency, default=None)


def dates_compatible(event: ResolvedEvent, report: EventReport, window: dt.timedelta) -> bool:
    date = report.event.date
    if date is not None and event.date is not None:
        return touching(event.date, date)
    # Undated on one side: the report must be near when the other was dated or reported.
    if event.date is not None:
        return _distance(report.event.published, event.date.start, event.date.end) <= window
    latest = _latest_published(event)
    if date is not None:
        return _distance(latest, date.start, date.end) <= window
    return abs(report.event.published - latest) <= window


def touching(a: EventDate, b: EventDate) -> bool:
    """The intervals overlap or meet: "last week" and "on Monday" of the week after."""
    return a.start <= b.end + TOUCHING and b.start <= a.end + TOUCHING


def places_compatible(a: PlaceRef | None, b: PlaceRef | None) -> bool:
    if a is None or b is None or a.id == b.id:
        return True
    return contains(a, b) or contains(b, a)


def contains(outer: PlaceRef, inner: PlaceRef) -> bool:
    """A city or site in its country, a site in its city, by what the gazetteer wrote on the
    references. A place without a city is taken for its country: a region holds its
    country's cities. A place the gazetteer lacks holds nothing and is in nothing."""
    if outer.country_code is None or outer.country_code != inner.country_code:
        return False
    if _level(inner) <= _level(outer):
        return False
    return outer.city is None or _fold(outer.city) == _fold(inner.city or "")


def first_report(report: EventReport) -> ResolvedEvent:
    event = report.event
    return ResolvedEvent(
        event_id=_digest(["event", event.mention_id or event.article_id]),
        type=event.type,
        status=event.status,
        status_history=[_status_change(report)],
        actor=event.actor,
        counterparts=event.counterparts,
        location=event.location,
        date=event.date,
        mention_count=event.mention_count,
        source_count=1,
        sources=[_source(report)],
        evidence=event.evidence[0].text,
        first_seen=report.seen_at,
        last_seen=report.seen_at,
    )


def fold(known: ResolvedEvent, report: EventReport, rules: Rules) -> ResolvedEvent:
    """The known event with one more report. An article already listed among its sources
    (re-published, or replayed) only moves `last_seen`."""
    seen = {
        "first_seen": min(known.first_seen, report.seen_at),
        "last_seen": max(known.last_seen, report.seen_at),
    }
    event = report.event
    if any(source.article_id == event.article_id for source in known.sources):
        return known.model_copy(update=seen)
    history = _with_status(known.status_history, _status_change(report))
    latest_first = event.published >= _latest_published(known)
    return known.model_copy(
        update={
            **seen,
            "status": max((change.status for change in history), key=CERTAINTY.index),
            "status_history": history,
            "location": _finer_place(known.location, event.location),
            "date": _finer_date(known.date, event.date),
            "mention_count": known.mention_count + event.mention_count,
            "source_count": known.source_count + 1,
            "sources": sorted([*known.sources, _source(report)], key=_publication)[
                -rules.sources_listed :
            ],
            "evidence": event.evidence[0].text if latest_first else known.evidence,
        }
    )


def _finer_place(known: PlaceRef | None, reported: PlaceRef | None) -> PlaceRef | None:
    if known is None or reported is None:
        return known or reported
    return reported if contains(known, reported) else known


def _finer_date(known: EventDate | None, reported: EventDate | None) -> EventDate | None:
    if known is None or reported is None:
        return known or reported
    return reported if _sharpness(reported) > _sharpness(known) else known


def _sharpness(date: EventDate) -> tuple[int, int]:
    """Finer precision first; at one precision, the shorter span."""
    return PRECISION_RANK[date.precision.value], -(date.end - date.start).days


def _with_status(history: list[StatusChange], change: StatusChange) -> list[StatusChange]:
    """Each status with its first report: an earlier report arriving late takes its place."""
    firsts = {entry.status: entry for entry in history}
    current = firsts.get(change.status)
    if current is None or _when(change) < _when(current):
        firsts[change.status] = change
    return sorted(firsts.values(), key=_when)


def _when(change: StatusChange) -> tuple[dt.date, int, str]:
    return change.reported, CERTAINTY.index(change.status), change.article_id


def _status_change(report: EventReport) -> StatusChange:
    event = report.event
    return StatusChange(status=event.status, reported=event.published, article_id=event.article_id)


def _source(report: EventReport) -> SourceRef:
    event = report.event
    return SourceRef(article_id=event.article_id, published=event.published, source=event.source)


def _publication(source: SourceRef) -> tuple[dt.date, str]:
    return source.published, source.article_id


def _latest_published(event: ResolvedEvent) -> dt.date:
    return max(source.published for source in event.sources)


def _recency(event: ResolvedEvent) -> tuple[dt.date, dt.date, dt.datetime]:
    end = event.date.end if event.date else dt.date.min
    return end, _latest_published(event), event.last_seen


def _distance(day: dt.date, start: dt.date, end: dt.date) -> dt.timedelta:
    if day < start:
        return start - day
    return max(day - end, dt.timedelta(0))


def _level(place: PlaceRef) -> int:
    """0 a country (or a region), 1 a city (names itself as its city), 2 a site in a city."""
    if place.city is None:
        return 0
    return 1 if _fold(place.city) == _fold(place.name) else 2


def _fold(name: str) -> str:
    return " ".join(name.casefold().split())


def _digest(parts: list[object]) -> str:
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()[:16]
