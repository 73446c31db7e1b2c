"""Bytes per table row as reports of one event pile up: the resolver's block, an actor's row and
profile, a place's row and profile, after 1, 10, 100, 1,000 and 10,000 reports.

Pure functions only (the ones the agents call), no Kafka: prints figures, asserts nothing.
`tests/unit/test_bounded_state.py` asserts the bound.
"""

from __future__ import annotations

import datetime as dt

from stream.config import Settings
from stream.contracts import (
    ActorActivity,
    ActorRowChange,
    DatePrecision,
    EntityRef,
    Event,
    EventDate,
    EventReport,
    EventType,
    Evidence,
    PlaceActivity,
    PlaceRef,
    PlaceRowChange,
    ResolvedEvent,
)
from stream.state.activity import Profile, update_profile, upsert
from stream.state.places import PlaceProfile, update_place_profile
from stream.state.resolver import mention_id
from stream.worker.flow import report_key, resolve_reports

CHECKPOINTS = (1, 10, 100, 1_000, 10_000)
ACTOR = EntityRef(id="sergei-shoigu", name="Sergei Shoigu", label="PERSON")
HOST = EntityRef(id="kim-jong-un", name="Kim Jong-un", label="PERSON")
PLACE = PlaceRef(
    id="pyongyang", name="Pyongyang", label="GPE", country_code="KP", country="North Korea",
    city="Pyongyang",
)  # fmt: skip
SENTENCE = "Russian Defence Minister Sergei Shoigu met Kim Jong-un in Pyongyang on Monday."


def report(i: int) -> EventReport:
    monday = dt.date(2025, 3, 17)
    event = Event(
        event_id="article-level",
        mention_id=mention_id(f"article-{i:05}", 0),
        article_id=f"article-{i:05}",
        published=monday + dt.timedelta(days=1 + i % 10),
        source="Yonhap",
        type=EventType.MEETING,
        actor=ACTOR,
        counterparts=[HOST],
        location=PLACE,
        date=EventDate(
            value=monday.isoformat(), precision=DatePrecision.DAY, start=monday, end=monday,
            text="on Monday",
        ),
        status="occurred",
        mention_count=2,
        evidence=[Evidence(text=SENTENCE, start=0, end=len(SENTENCE), trigger="met")],
        confidence=0.9,
    )  # fmt: skip
    seen = dt.datetime(2025, 3, 18, tzinfo=dt.UTC) + dt.timedelta(seconds=i)
    return EventReport(event=event, seen_at=seen)


def size(value: object) -> int:
    if isinstance(value, list):
        return sum(size(item) for item in value) + len(value) + 1
    assert isinstance(value, ResolvedEvent | Profile | PlaceProfile)
    return len(value.model_dump_json())


def main() -> None:
    settings = Settings()
    known: dict[str, list[ResolvedEvent]] = {}
    rows: list[ActorActivity] = []
    place_rows: list[PlaceActivity] = []
    profile: Profile | None = None
    place_profile: PlaceProfile | None = None
    print(f"{'reports':>8} {'resolver block':>15} {'actor row':>10} {'profile':>8} "
          f"{'place row':>10} {'place profile':>14}  (bytes)")  # fmt: skip
    for i in range(1, CHECKPOINTS[-1] + 1):
        each = report(i)
        resolved = resolve_reports([each], lambda key: known.get(key, []), settings)
        known.update(resolved.known)
        for change in (outgoing.value for outgoing in resolved.outgoing):
            if isinstance(change, ActorRowChange) and change.row.actor_id == ACTOR.id:
                rows = upsert(rows, change.row, settings.table_row_limit)
                profile = update_profile(profile, change)
            elif isinstance(change, PlaceRowChange) and change.row.place.id == PLACE.id:
                place_rows = upsert(place_rows, change.row, settings.table_row_limit)
                place_profile = update_place_profile(place_profile, change)
        if i in CHECKPOINTS:
            print(
                f"{i:>8} {size(known[report_key(each)]):>15} {size(rows):>10} "
                f"{size(profile):>8} {size(place_rows):>10} {size(place_profile):>14}"
            )


if __name__ == "__main__":
    main()
