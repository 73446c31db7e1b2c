"""Per-place rows and profiles: pure functions behind the place tables.

A resolved event with a place becomes a row in that place's table and, when the place lies
in a country, in the country's too: a visit to Pyongyang shows under North Korea. Rows are
replaced whole by the event's newer state, as the actors' are (`stream.activity.upsert`).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from pydantic import BaseModel, ConfigDict

from stream.api import PlaceSummary
from stream.contracts import EntityLabel, EventType, PlaceActivity, PlaceRef, ResolvedEvent
from stream.nlp.lexicon import fold, slug


class PlaceProfile(BaseModel):
    """What the tables know about one place."""

    model_config = ConfigDict(frozen=True)

    place: PlaceRef
    events: dict[str, str]  # event_id -> type, as `activity.Profile` keeps them
    first_seen: dt.datetime
    last_seen: dt.datetime

    def summary(self) -> dict[str, Any]:
        types = Counter(self.events.values())
        return PlaceSummary(
            **self.place.model_dump(),
            event_count=len(self.events),
            counts_by_type={t.value: types.get(t.value, 0) for t in EventType},
            first_seen=self.first_seen.isoformat(),
            last_seen=self.last_seen.isoformat(),
        ).model_dump(mode="json")


def place_rows_for(event: ResolvedEvent) -> list[PlaceActivity]:
    """The event's row in the table of its place and of the country that place lies in."""
    places = [event.location, country_of(event.location)] if event.location else []
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


def update_place_profile(profile: PlaceProfile | None, row: PlaceActivity) -> PlaceProfile:
    if profile is None:
        return PlaceProfile(
            place=row.place,
            events={row.event_id: row.type.value},
            first_seen=row.first_seen,
            last_seen=row.last_seen,
        )
    return profile.model_copy(
        update={
            "events": {**profile.events, row.event_id: row.type.value},
            "first_seen": min(profile.first_seen, row.first_seen),
            "last_seen": max(profile.last_seen, row.last_seen),
        }
    )


def place_search_score(profile: PlaceProfile, query: str) -> int:
    """How well a name query matches: 3 exact, 2 prefix, 1 substring, 0 no match."""
    needle = fold(query)
    if not needle:  # a query of words that fold away ("the")
        return 0
    best = 0
    for name in [profile.place.id, profile.place.name]:
        folded = fold(name)
        if folded == needle:
            return 3
        if folded.startswith(needle):
            best = max(best, 2)
        elif needle in folded:
            best = max(best, 1)
    return best
