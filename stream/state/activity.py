"""Per-actor rows and profiles: pure functions behind the actor tables.

A resolved event (`stream.state.resolver`) becomes one `ActorActivity` per participant. A table row
is keyed by the resolved `event_id` and holds the event's whole state, so every later report
of the event replaces its row instead of adding one; writing a row again changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict

from stream.api import ActorSummary
from stream.contracts import (
    ActorActivity,
    ActorRowChange,
    EntityRef,
    EventStatus,
    EventType,
    ResolvedEvent,
)

Row = TypeVar("Row", bound=ResolvedEvent)


class Profile(BaseModel):
    """What the tables know about one actor."""

    model_config = ConfigDict(frozen=True)

    id: str
    name: str
    label: str
    aliases: list[str]
    counts: dict[str, int]  # "type/status" -> events: a count per kind, never a list of events
    first_seen: dt.datetime
    last_seen: dt.datetime

    def summary(self) -> dict[str, Any]:
        """The profile as the HTTP API shows it."""
        types: Counter[str] = Counter()
        statuses: Counter[str] = Counter()
        for kind, count in self.counts.items():
            kind_type, status = kind.split("/")
            types[kind_type] += count
            statuses[status] += count
        return ActorSummary(
            id=self.id,
            name=self.name,
            label=self.label,
            aliases=self.aliases,
            event_count=sum(self.counts.values()),
            counts_by_type={t.value: types.get(t.value, 0) for t in EventType},
            counts_by_status={s.value: statuses.get(s.value, 0) for s in EventStatus},
            first_seen=self.first_seen.isoformat(),
            last_seen=self.last_seen.isoformat(),
        ).model_dump(mode="json")


def rows_for(event: ResolvedEvent) -> list[ActorActivity]:
    """One row per participant: a meeting shows in the table of everyone who met."""
    rows: dict[str, ActorActivity] = {}
    for role, ref in [("actor", event.actor), *(("counterpart", c) for c in event.counterparts)]:
        rows.setdefault(ref.id, ActorActivity(**dict(event), actor_id=ref.id, role=role))
    return list(rows.values())


def upsert(rows: list[Row], row: Row, limit: int) -> list[Row]:
    """The rows with `row` in place of its event's older state, newest first, bounded to the
    latest `limit`. The resolver sends an event's whole state, so the newer replaces. For the
    rows of actors and of places alike."""
    others = [r for r in rows if r.event_id != row.event_id]
    return sorted([*others, row], key=recency, reverse=True)[:limit]


def recency(row: ResolvedEvent) -> tuple[bool, dt.date, dt.date, dt.datetime, str]:
    """Sort key, used in reverse: dated before undated, later dates first, then later first-seen."""
    date = row.date
    start, end = (date.start, date.end) if date else (dt.date.min, dt.date.min)
    return (date is not None, start, end, row.first_seen, row.event_id)


def update_profile(profile: Profile | None, change: ActorRowChange) -> Profile:
    """Add what one report says about its actor: name forms, the event, when it was seen.

    A new event counts once more under its type and status; a status change moves it; a
    report that changes neither (another source, the same article again) counts nothing.
    """
    report = change.row
    ref = _ref_of(report)
    counts = recount(profile.counts if profile else {}, report, change.was)
    if profile is None:
        return Profile(
            id=report.actor_id,
            name=ref.name,
            label=ref.label.value,
            aliases=[],
            counts=counts,
            first_seen=report.first_seen,
            last_seen=report.last_seen,
        )
    names = {profile.name, *profile.aliases, ref.name}
    name = max(names, key=lambda n: (len(n), n == profile.name, n))  # the fullest form seen
    return profile.model_copy(
        update={
            "name": name,
            "aliases": sorted(names - {name}),
            "counts": counts,
            "first_seen": min(profile.first_seen, report.first_seen),
            "last_seen": max(profile.last_seen, report.last_seen),
        }
    )


def recount(counts: dict[str, int], row: ResolvedEvent, was: EventStatus | None) -> dict[str, int]:
    """The counts by "type/status" once `row`'s event, counted under `was` before, is counted
    under its status now (`was` None: a new event)."""
    now, before = f"{row.type.value}/{row.status.value}", f"{row.type.value}/{was}"
    if was is not None and now == before:
        return counts
    changed = {**counts, now: counts.get(now, 0) + 1}
    if was is not None:
        changed[before] -= 1
    return {kind: count for kind, count in changed.items() if count > 0}


def search_score(profile: Profile, query: str) -> int:
    """How well a name query matches an actor: see `name_match_score`."""
    return name_match_score([profile.id, profile.name, *profile.aliases], query, _fold)


def name_match_score(names: Iterable[str], query: str, fold: Callable[[str], str]) -> int:
    """How well a name query matches any of `names`, both folded by `fold`: 3 exact, 2 prefix,
    1 substring, 0 no match (also for a query of words that fold away, such as "the")."""
    needle = fold(query)
    if not needle:
        return 0
    best = 0
    for folded in map(fold, names):
        if folded == needle:
            return 3
        if folded.startswith(needle):
            best = max(best, 2)
        elif needle in folded:
            best = max(best, 1)
    return best


def _fold(name: str) -> str:
    return " ".join(name.casefold().replace("-", " ").split())


def _ref_of(report: ActorActivity) -> EntityRef:
    participants = [report.actor, *report.counterparts]
    return next(ref for ref in participants if ref.id == report.actor_id)
