"""Memory and disk per actor stay bounded however often one event is reported: 10,000 reports
of one visit leave the resolver's block, the actor's row, the place's row and both profiles
the size they had after 1,000 (but for the counters' extra digit)."""

import datetime as dt
from collections.abc import Iterator

from pydantic import BaseModel

from stream.config import Settings
from stream.contracts import (
    ActorActivity,
    ActorRowChange,
    EventReport,
    PlaceActivity,
    PlaceRowChange,
    ResolvedEvent,
)
from stream.state.activity import Profile, update_profile, upsert
from stream.state.places import PlaceProfile, update_place_profile
from stream.worker.flow import report_key, resolve_reports
from tests.unit.test_resolver import PYONGYANG, day, report

SETTINGS = Settings()
REPORTS = 10_000
CHECKPOINT = 1_000
COUNTERS_DIGIT = 2  # mention_count and source_count each gain a digit from 1,000 to 10,000


def reports_of_one_visit() -> Iterator[EventReport]:
    """One visit told by 10,000 articles over ten days, each a minute after the other."""
    for i in range(REPORTS):
        seen = dt.datetime(2025, 3, 18, tzinfo=dt.UTC) + dt.timedelta(minutes=i)
        yield report(
            f"article-{i:05}",
            published=dt.date(2025, 3, 18) + dt.timedelta(days=i * 10 // REPORTS),
            date=day(dt.date(2025, 3, 17)),
            place=PYONGYANG,
            seen_at=seen,
        )


def stored_size(value: BaseModel | list[ResolvedEvent]) -> int:
    """Bytes of the JSON a table stores and its changelog carries."""
    if isinstance(value, list):
        return sum(len(event.model_dump_json()) for event in value) + len(value) + 1
    return len(value.model_dump_json())


def test_ten_thousand_reports_of_one_event_leave_state_of_constant_size():
    known: dict[str, list[ResolvedEvent]] = {}
    rows: list[ActorActivity] = []
    place_rows: list[PlaceActivity] = []
    profile: Profile | None = None
    place_profile: PlaceProfile | None = None
    sizes: dict[int, dict[str, int]] = {}
    for count, each in enumerate(reports_of_one_visit(), start=1):
        resolved = resolve_reports([each], lambda key: known.get(key, []), SETTINGS)
        known.update(resolved.known)
        for change in (outgoing.value for outgoing in resolved.outgoing):
            if isinstance(change, ActorRowChange):
                rows = upsert(rows, change.row, SETTINGS.table_row_limit)
                profile = update_profile(profile, change)
            elif isinstance(change, PlaceRowChange) and change.row.place.id == PYONGYANG.id:
                place_rows = upsert(place_rows, change.row, SETTINGS.table_row_limit)
                place_profile = update_place_profile(place_profile, change)
        if count in (CHECKPOINT, REPORTS):
            assert profile is not None and place_profile is not None
            sizes[count] = {
                "resolver block": stored_size(known[report_key(each)]),
                "actor row list": stored_size(rows[0]) + 2,
                "actor profile": stored_size(profile),
                "place row list": stored_size(place_rows[0]) + 2,
                "place profile": stored_size(place_profile),
            }
    (row,) = rows
    assert (row.source_count, row.mention_count, len(row.sources)) == (REPORTS, REPORTS, 10)
    print("\nbytes per row after", {count: sizes[count] for count in sizes})
    for name, size in sizes[REPORTS].items():
        assert size - sizes[CHECKPOINT][name] <= COUNTERS_DIGIT, (
            f"{name}: {sizes[CHECKPOINT][name]} bytes after {CHECKPOINT} reports, "
            f"{size} after {REPORTS}"
        )
