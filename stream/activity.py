"""Per-actor rows and profiles: pure functions behind the actor tables.

An `Event` becomes one `ActorActivity` per participant. A table row is keyed by `event_id`,
so the same event reported again (the same article re-published, or another article) merges
into its row instead of adding one. Merging is idempotent: each reporting article counts its
mentions once, however often it is replayed, so at-least-once delivery gives the same tables.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from pydantic import BaseModel, ConfigDict

from stream.api import ActorSummary
from stream.contracts import (
    ROW_SOURCES_LISTED,
    ActorActivity,
    EntityRef,
    Event,
    EventStatus,
    EventType,
    SourceRef,
)


class StoredRow(BaseModel):
    """A table row: the activity plus the mentions each reporting article contributed."""

    model_config = ConfigDict(frozen=True)

    activity: ActorActivity
    mentions_by_article: dict[str, int]


class Profile(BaseModel):
    """What the tables know about one actor."""

    model_config = ConfigDict(frozen=True)

    id: str
    name: str
    label: str
    aliases: list[str]
    events: dict[str, str]  # event_id -> "type/status": counts stay exact when statuses change
    first_seen: dt.datetime
    last_seen: dt.datetime

    def summary(self) -> dict[str, Any]:
        """The profile as the HTTP API shows it."""
        types = Counter(kind.split("/")[0] for kind in self.events.values())
        statuses = Counter(kind.split("/")[1] for kind in self.events.values())
        return ActorSummary(
            id=self.id,
            name=self.name,
            label=self.label,
            aliases=self.aliases,
            event_count=len(self.events),
            counts_by_type={t.value: types.get(t.value, 0) for t in EventType},
            counts_by_status={s.value: statuses.get(s.value, 0) for s in EventStatus},
            first_seen=self.first_seen.isoformat(),
            last_seen=self.last_seen.isoformat(),
        ).model_dump(mode="json")


def activities_for(event: Event, seen_at: dt.datetime) -> list[ActorActivity]:
    """One row per participant: a meeting shows in the table of everyone who met."""
    source = SourceRef(article_id=event.article_id, published=event.published, source=event.source)
    rows: dict[str, ActorActivity] = {}
    for role, ref in [("actor", event.actor), *(("counterpart", c) for c in event.counterparts)]:
        rows.setdefault(
            ref.id,
            ActorActivity(
                actor_id=ref.id,
                role=role,
                event_id=event.event_id,
                type=event.type,
                status=event.status,
                actor=event.actor,
                counterparts=event.counterparts,
                location=event.location,
                date=event.date,
                mention_count=event.mention_count,
                sources=[source],
                evidence=event.evidence[0].text,
                first_seen=seen_at,
                last_seen=seen_at,
            ),
        )
    return list(rows.values())


def merge_row(row: StoredRow | None, report: ActorActivity) -> StoredRow:
    """Fold one article's report of an event into its row.

    The newest report (by publication date) decides status, date and place: a visit once
    planned and later reported as made is shown as made. Counterparts accumulate.
    """
    mentions = {source.article_id: report.mention_count for source in report.sources}
    if row is None:
        return StoredRow(activity=report, mentions_by_article=mentions)
    old = row.activity
    by_article = {**row.mentions_by_article, **mentions}
    sources = {s.article_id: s for s in [*old.sources, *report.sources]}
    newest = report if _latest(report.sources) >= _latest(old.sources) else old
    merged = newest.model_copy(
        update={
            "role": "actor" if "actor" in (old.role, report.role) else "counterpart",
            "counterparts": _union(old.counterparts, report.counterparts),
            "mention_count": sum(by_article.values()),
            "source_count": len(by_article),
            "sources": sorted(sources.values(), key=_publication)[-ROW_SOURCES_LISTED:],
            "first_seen": min(old.first_seen, report.first_seen),
            "last_seen": max(old.last_seen, report.last_seen),
        }
    )
    return StoredRow(activity=merged, mentions_by_article=by_article)


def upsert(rows: list[StoredRow], report: ActorActivity, limit: int) -> list[StoredRow]:
    """The rows with `report` merged in, newest first, bounded to the latest `limit`."""
    existing = next((r for r in rows if r.activity.event_id == report.event_id), None)
    others = [r for r in rows if r.activity.event_id != report.event_id]
    merged = sorted([*others, merge_row(existing, report)], key=recency, reverse=True)
    return merged[:limit]


def recency(row: StoredRow) -> tuple[bool, dt.date, dt.date, dt.datetime, str]:
    """Sort key, used in reverse: dated before undated, later dates first, then later first-seen."""
    activity = row.activity
    date = activity.date
    start, end = (date.start, date.end) if date else (dt.date.min, dt.date.min)
    return (date is not None, start, end, activity.first_seen, activity.event_id)


def update_profile(profile: Profile | None, report: ActorActivity) -> Profile:
    """Add what one report says about its actor: name forms, the event, when it was seen."""
    ref = _ref_of(report)
    kind = f"{report.type.value}/{report.status.value}"
    if profile is None:
        return Profile(
            id=report.actor_id,
            name=ref.name,
            label=ref.label.value,
            aliases=[],
            events={report.event_id: kind},
            first_seen=report.first_seen,
            last_seen=report.last_seen,
        )
    names = {profile.name, *profile.aliases, ref.name}
    name = max(names, key=lambda n: (len(n), n == profile.name, n))  # the fullest form seen
    return profile.model_copy(
        update={
            "name": name,
            "aliases": sorted(names - {name}),
            "events": {**profile.events, report.event_id: kind},
            "first_seen": min(profile.first_seen, report.first_seen),
            "last_seen": max(profile.last_seen, report.last_seen),
        }
    )


def search_score(profile: Profile, query: str) -> int:
    """How well a name query matches: 3 exact, 2 prefix, 1 substring, 0 no match."""
    needle = _fold(query)
    best = 0
    for name in [profile.id, profile.name, *profile.aliases]:
        folded = _fold(name)
        if folded == needle:
            return 3
        if folded.startswith(needle):
            best = max(best, 2)
        elif needle in folded:
            best = max(best, 1)
    return best


def _fold(name: str) -> str:
    return " ".join(name.casefold().replace("-", " ").split())


def _publication(source: SourceRef) -> tuple[dt.date, str]:
    return source.published, source.article_id


def _latest(sources: list[SourceRef]) -> dt.date:
    return max(source.published for source in sources)


def _union(first: list[EntityRef], second: list[EntityRef]) -> list[EntityRef]:
    return list({ref.id: ref for ref in [*first, *second]}.values())


def _ref_of(report: ActorActivity) -> EntityRef:
    participants = [report.actor, *report.counterparts]
    return next(ref for ref in participants if ref.id == report.actor_id)
