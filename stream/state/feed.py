"""What the front page shows: the latest events and the most active actors (pure functions).

Each worker answers for the partitions it holds and the worker asked merges the answers, as
search does. The latest events are found through the profiles: an actor's rows were all seen
no later than its profile's `last_seen`, so walking profiles from the most recently seen down
can stop once the events found are newer than every profile left.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from stream.api import ActorSummary
from stream.contracts import ActorActivity
from stream.state.activity import Profile


def latest_events(
    profiles: Iterable[Profile], rows_of: Callable[[str], list[ActorActivity]], limit: int
) -> list[ActorActivity]:
    """The `limit` events seen last, newest first, each once (as one participant's row)."""
    found: dict[str, ActorActivity] = {}
    for profile in sorted(profiles, key=lambda p: p.last_seen, reverse=True):
        newest = newest_first(found.values())[:limit]
        if len(newest) == limit and newest[-1].last_seen >= profile.last_seen:
            break
        for row in rows_of(profile.id):
            found.setdefault(row.event_id, row)
    return newest_first(found.values())[:limit]


def merge_latest(answers: Iterable[ActorActivity], limit: int) -> list[ActorActivity]:
    """Several workers' latest events as one list: an event shared by actors on two workers
    comes back from both, as two participants' rows."""
    unique = {row.event_id: row for row in answers}
    return newest_first(unique.values())[:limit]


def newest_first(rows: Iterable[ActorActivity]) -> list[ActorActivity]:
    return sorted(rows, key=lambda row: (row.last_seen, row.event_id), reverse=True)


def most_active(summaries: Iterable[ActorSummary], limit: int) -> list[ActorSummary]:
    """The actors with the most events first; ties go to the latest seen, then by name."""
    unique = {summary.id: summary for summary in summaries}
    by_name = sorted(unique.values(), key=lambda s: s.name)
    return sorted(by_name, key=lambda s: (s.event_count, s.last_seen), reverse=True)[:limit]
