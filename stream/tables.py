"""The per-actor tables: changelog-backed, keyed by actor id, co-partitioned with activity.

One table of rows per event type (latest `table_row_limit`, newest first) and one of
profiles. Only the `record_activity` agent writes them (concurrency 1); the views read them
on the worker that owns the actor's partition.
"""

from __future__ import annotations

from collections.abc import Iterator

import faust

from stream import constants, transactions
from stream.activity import Profile, StoredRow, update_profile, upsert
from stream.app import app, settings
from stream.constants import ACTIVITY_TYPES_PLURAL
from stream.contracts import ActorActivity, EventType


def _table(name: str, help_text: str) -> faust.Table:
    return app.Table(
        name,
        # Raw keys: the same bytes as the activity topic's keys, so the same partition.
        schema=faust.Schema(key_type=str, key_serializer="raw", value_serializer="json"),
        partitions=settings.partitions,
        default=None,
        help=help_text,
    )


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


def record(report: ActorActivity) -> None:
    """Merge one participant's view of an event into its rows and its profile."""
    table = rows_by_type[report.type]
    rows = upsert(rows_of(report.actor_id, report.type), report, settings.table_row_limit)
    table[report.actor_id] = [row.model_dump(mode="json") for row in rows]
    profile = update_profile(profile_of(report.actor_id), report)
    profiles[report.actor_id] = profile.model_dump(mode="json")


def rows_of(actor_id: str, kind: EventType) -> list[StoredRow]:
    return [StoredRow.model_validate(row) for row in rows_by_type[kind].get(actor_id) or []]


def profile_of(actor_id: str) -> Profile | None:
    stored = profiles.get(actor_id)
    return Profile.model_validate(stored) if stored else None


def local_profiles() -> Iterator[Profile]:
    """The profiles of the partitions this worker holds."""
    for stored in profiles.values():
        if stored:
            yield Profile.model_validate(stored)
