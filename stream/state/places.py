"""Per-place rows and profiles: pure functions behind the place tables.

A resolved event with a place becomes a row in that place's table and, when the place lies
in a country, in the country's too: a visit to Pyongyang shows under North Korea. Rows are
replaced whole by the event's newer state, as the actors' are (`stream.state.activity.upsert`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict

from stream.api import PlaceSummary
from stream.constants import PLACE_TYPES_PLURAL
from stream.contracts import (
    EntityLabel,
    PlaceActivity,
    PlaceRef,
    PlaceRowChange,
    ResolvedEvent,
)
from stream.nlp.lexicon import fold, slug
from stream.state.activity import name_match_score, upsert


class PlaceProfile(BaseModel):
    """What the tables know about one place."""

    model_config = ConfigDict(frozen=True)

    place: PlaceRef
    counts: dict[str, int]  # event type -> events held there: counts, never a list of events
    first_seen: dt.datetime
    last_seen: dt.datetime

    def summary(self) -> dict[str, Any]:
        return PlaceSummary(
            **self.place.model_dump(),
            event_count=sum(self.counts.values()),
            counts_by_type={kind: self.counts.get(kind, 0) for kind in PLACE_TYPES_PLURAL},
            first_seen=self.first_seen.isoformat(),
            last_seen=self.last_seen.isoformat(),
        ).model_dump(mode="json")


class PlaceEntry(BaseModel):
    """A place's whole table value: its profile and its latest rows of each type.

    One table for places, not one per type as for actors: a worker opens every table's store
    for each partition it is given while it rebalances, in its event loop; four more tables
    made that stall outlast the session timeout on a busy machine and drop the worker from
    its group. A place's rows are few next to an actor's (three types), so one value holds
    them all.
    """

    model_config = ConfigDict(frozen=True)

    profile: PlaceProfile
    rows: dict[str, list[PlaceActivity]]  # the type in the plural -> rows, newest first


def record_place(entry: PlaceEntry | None, change: PlaceRowChange, limit: int) -> PlaceEntry:
    """The place's entry with one more row change: the row replaced, the profile counted."""
    plural = PLACE_TYPES_PLURAL[change.row.type.value]
    profile = update_place_profile(entry.profile if entry else None, change)
    rows = entry.rows if entry else {}
    return PlaceEntry(
        profile=profile,
        rows={**rows, plural: upsert(rows.get(plural, []), change.row, limit)},
    )


def place_rows_for(event: ResolvedEvent) -> list[PlaceActivity]:
    """The event's row in the table of its place and of the country that place lies in, for
    the types places have tables of."""
    if event.location is None or event.type.value not in PLACE_TYPES_PLURAL:
        return []
    places = [event.location, country_of(event.location)]
    unique = {place.id: place for place in places if place is not None}
    return [PlaceActivity(**dict(event), place=place) for place in unique.values()]


def country_of(place: PlaceRef) -> PlaceRef | None:
    """The country a place lies in, as a place of its own (its id a slug, as the NLP's)."""
    if place.country is None or place.country_code is None:
        return None
    return PlaceRef(
        id=slug(fold(place.country)),
        name=place.country,
        label=EntityLabel.GPE,
        country_code=place.country_code,
        country=place.country,
    )


def update_place_profile(profile: PlaceProfile | None, change: PlaceRowChange) -> PlaceProfile:
    """A new event held there counts once under its type; later reports only move last_seen."""
    row = change.row
    counts = dict(profile.counts) if profile else {}
    if change.was is None:
        counts[row.type.value] = counts.get(row.type.value, 0) + 1
    if profile is None:
        return PlaceProfile(
            place=row.place, counts=counts, first_seen=row.first_seen, last_seen=row.last_seen
        )
    return profile.model_copy(
        update={
            "counts": counts,
            "first_seen": min(profile.first_seen, row.first_seen),
            "last_seen": max(profile.last_seen, row.last_seen),
        }
    )


def place_search_score(profile: PlaceProfile, query: str) -> int:
    """How well a name query matches a place: see `name_match_score`."""
    return name_match_score([profile.place.id, profile.place.name], query, fold)
