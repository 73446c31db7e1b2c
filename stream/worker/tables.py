"""The tables: the resolver's known events, the per-actor and per-place tables.

All are changelog-backed, each written by one agent only and co-partitioned with its input:
the resolver's (`resolve_events`) keyed by blocking key like the event reports; the actors'
(`record_activity`) by actor id like the activity records; the places' (`record_places`) by
place id like the place records. Actors have one table of rows per event type (latest
`table_row_limit`, newest first) and one of profiles; places one table of both
(`places.PlaceEntry` says why). The views read them on the worker that owns the key's
partition.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import partial, reduce
from typing import Any, Generic, TypeVar

import faust
from pydantic import TypeAdapter

from stream import constants
from stream.constants import ACTIVITY_TYPES_PLURAL
from stream.contracts import (
    ActorActivity,
    ActorRowChange,
    EventType,
    PlaceRowChange,
    ResolvedEvent,
)
from stream.state.activity import Profile, update_profile, upsert
from stream.state.places import PlaceEntry, PlaceProfile, record_place
from stream.workarounds import transactions
from stream.worker.app import app, settings

STORE_OPTIONS = {
    "write_buffer_size": 256 << 10,
    "max_write_buffer_number": 2,
    "block_cache_size": 256 << 10,
}
"""RocksDB sizes for each store. faust opens a database per table and partition (54 with six
partitions), each by default with three 64 MiB write buffers and a 2 GiB block cache: the
worker's memory grew by every row written (an actor's row is rewritten whole at each of its
events) until each database had filled 64 MiB, gigabytes in all. `make soak` saw the main
process grow 13 MiB a minute, its write-ahead logs holding as much; with 1 MiB buffers and a
2 MiB cache each it still grew 3 MiB a minute after 20 minutes. These hold under 1 MiB a
database, 40 MiB at most."""

Key = TypeVar("Key")
Report = TypeVar("Report")


def _table(name: str, help_text: str) -> faust.Table:
    return app.Table(
        name,
        # faust encodes the changelog keys by the key type (JSON), whatever this schema says;
        # the rows are in the partition of their input records, keyed raw (`InputKeyRouter`).
        # Values are JSON bytes that pydantic writes and reads (`_Json`): faust's "json"
        # serializer encoded each value twice, for the store and for the changelog, from
        # dicts each model was dumped to first, and every read validated dicts back.
        schema=faust.Schema(key_type=str, key_serializer="raw", value_serializer="raw"),
        value_type=bytes,  # faust takes the value serializer from this type, not the schema
        partitions=settings.partitions,
        default=None,
        options=dict(STORE_OPTIONS),  # faust's store pops keys off the dict it is given
        help=help_text,
    )


known_events = _table(
    constants.TABLE_EVENT_RESOLVER, "The events known in each block (type and participants)."
)
transactions.write_changelogs_from(settings.topic_reports, [known_events.changelog_topic_name])

rows_by_type: dict[EventType, faust.Table] = {
    EventType(kind): _table(
        constants.TABLE_ACTOR_ROWS_PREFIX + plural, f"Latest {plural} of each actor, newest first."
    )
    for kind, plural in ACTIVITY_TYPES_PLURAL.items()
}
profiles = _table(constants.TABLE_ACTOR_PROFILES, "Name, aliases and event counts of each actor.")
# Only `record_activity` writes them, reading the activity topic: their changelog records
# belong to the transactions of its partitions.
transactions.write_changelogs_from(
    settings.topic_activity,
    [table.changelog_topic_name for table in [*rows_by_type.values(), profiles]],
)


places = _table(constants.TABLE_PLACES, "Profile and latest rows of each place.")
transactions.write_changelogs_from(settings.topic_places, [places.changelog_topic_name])


Value = TypeVar("Value")


class _Json(Generic[Value]):
    """A table value as the JSON bytes stored (and in the changelog), and back."""

    def __init__(self, kind: Any) -> None:
        self._adapter = TypeAdapter(kind)

    def load(self, stored: bytes | None) -> Value | None:
        return self._adapter.validate_json(stored) if stored else None

    def dump(self, value: Value) -> bytes:
        return self._adapter.dump_json(value)


_EVENTS: _Json[list[ResolvedEvent]] = _Json(list[ResolvedEvent])
_ROWS: _Json[list[ActorActivity]] = _Json(list[ActorActivity])
_PROFILE: _Json[Profile] = _Json(Profile)
_PLACE: _Json[PlaceEntry] = _Json(PlaceEntry)


def known_events_of(key: str) -> list[ResolvedEvent]:
    return _EVENTS.load(known_events.get(key)) or []


def store_known_events(known: dict[str, list[ResolvedEvent]]) -> None:
    for key, events in known.items():
        known_events[key] = _EVENTS.dump(events)


def record(changes: Sequence[ActorRowChange]) -> None:
    """Merge reports into the rows and profiles of their actors, writing each key once.

    A write stores and logs an actor's whole row list, and a busy actor has many reports in a
    batch: one write per report made the changelog ~5 times bigger on the bench corpus.
    Folding the reports in their order leaves the same tables as writing after each one.
    """
    upsert_report = partial(upsert, limit=settings.table_row_limit)
    reports = [change.row for change in changes]
    by_actor_and_type = _grouped(reports, lambda report: (report.actor_id, report.type))
    # Everything is computed before anything is written: a change that raises leaves the
    # tables as they were, and `flow.record_activities` can merge the others again alone.
    rows = {
        (actor_id, kind): reduce(upsert_report, group, rows_of(actor_id, kind))
        for (actor_id, kind), group in by_actor_and_type.items()
    }
    updated = {
        actor_id: reduce(update_profile, group, profile_of(actor_id))
        for actor_id, group in _grouped(changes, lambda change: change.row.actor_id).items()
    }
    for (actor_id, kind), kept in rows.items():
        rows_by_type[kind][actor_id] = _ROWS.dump(kept)
    for actor_id, profile in updated.items():
        if profile is not None:
            profiles[actor_id] = _PROFILE.dump(profile)


def record_places(changes: Sequence[PlaceRowChange]) -> None:
    """Merge row changes into the entries of their places, writing each key once."""
    fold = partial(record_place, limit=settings.table_row_limit)
    for place_id, group in _grouped(changes, lambda change: change.row.place.id).items():
        entry = reduce(fold, group, place_entry_of(place_id))
        if entry is not None:
            places[place_id] = _PLACE.dump(entry)


def rows_of(actor_id: str, kind: EventType) -> list[ActorActivity]:
    return _ROWS.load(rows_by_type[kind].get(actor_id)) or []


def profile_of(actor_id: str) -> Profile | None:
    return _PROFILE.load(profiles.get(actor_id))


def place_entry_of(place_id: str) -> PlaceEntry | None:
    return _PLACE.load(places.get(place_id))


def _grouped(reports: Sequence[Report], key: Callable[[Report], Key]) -> dict[Key, list[Report]]:
    groups: dict[Key, list[Report]] = {}
    for report in reports:
        groups.setdefault(key(report), []).append(report)
    return groups


def local_profiles() -> Iterator[Profile]:
    """The profiles of the partitions this worker holds."""
    for stored in profiles.values():
        profile = _PROFILE.load(stored)
        if profile is not None:
            yield profile


def local_place_profiles() -> Iterator[PlaceProfile]:
    """The place profiles of the partitions this worker holds."""
    for stored in places.values():
        entry = _PLACE.load(stored)
        if entry is not None:
            yield entry.profile
