"""Rows per participant, replacing, ordering and bounding the per-actor rows; profiles."""

import datetime as dt

from stream.contracts import (
    ActorActivity,
    ActorRowChange,
    DatePrecision,
    EntityRef,
    Event,
    EventDate,
    EventReport,
    EventStatus,
    EventType,
    Evidence,
    PlaceRef,
)
from stream.state.activity import Profile, rows_for, search_score, update_profile, upsert
from stream.state.resolver import first_report

SHOIGU = EntityRef(id="sergei-shoigu", name="Sergei Shoigu", label="PERSON")
KIM = EntityRef(id="kim-jong-un", name="Kim Jong-un", label="PERSON")
KIM_SHORT = EntityRef(id="kim-jong-un", name="Kim Jong Un", label="PERSON")
PYONGYANG = PlaceRef(
    id="pyongyang",
    name="Pyongyang",
    label="GPE",
    country_code="KP",
    country="North Korea",
    city="Pyongyang",
)
SEEN = dt.datetime(2025, 3, 27, 12, tzinfo=dt.UTC)


def make_event(
    event_id: str = "meeting-1",
    *,
    article_id: str = "a1",
    published: dt.date = dt.date(2025, 3, 27),
    status: EventStatus = EventStatus.OCCURRED,
    day: dt.date | None = dt.date(2025, 3, 22),
    mentions: int = 1,
    counterparts: tuple[EntityRef, ...] = (KIM,),
) -> Event:
    date = (
        EventDate(value=day.isoformat(), precision=DatePrecision.DAY, start=day, end=day, text="x")
        if day
        else None
    )
    return Event(
        event_id=event_id,
        article_id=article_id,
        published=published,
        type=EventType.MEETING,
        actor=SHOIGU,
        counterparts=list(counterparts),
        location=PYONGYANG,
        date=date,
        status=status,
        mention_count=mentions,
        evidence=[Evidence(text="met", start=0, end=3, trigger="met")],
        confidence=0.9,
    )


def activities_for(event: Event, seen: dt.datetime) -> list[ActorActivity]:
    """The rows of `event` as its only report, under the event's own id (readable in tests)."""
    resolved = first_report(EventReport(event=event, seen_at=seen))
    return rows_for(resolved.model_copy(update={"event_id": event.event_id}))


def shoigu_row(event: Event, seen: dt.datetime = SEEN) -> ActorActivity:
    return next(a for a in activities_for(event, seen) if a.actor_id == SHOIGU.id)


def test_rows_for_meeting_gives_one_row_per_participant():
    rows = activities_for(make_event(), SEEN)
    assert [(r.actor_id, r.role) for r in rows] == [
        ("sergei-shoigu", "actor"),
        ("kim-jong-un", "counterpart"),
    ]


def test_rows_for_participant_listed_twice_gives_one_row():
    rows = activities_for(make_event(counterparts=(KIM, KIM_SHORT, SHOIGU)), SEEN)
    assert [r.actor_id for r in rows] == ["sergei-shoigu", "kim-jong-un"]


def test_upsert_replaces_the_older_state_of_an_event_and_a_replay_changes_nothing():
    older = shoigu_row(make_event(status=EventStatus.PLANNED))
    newer = older.model_copy(update={"status": EventStatus.OCCURRED, "source_count": 2})
    rows = upsert(upsert([], older, limit=50), newer, limit=50)
    assert rows == [newer]
    assert upsert(rows, newer, limit=50) == rows


def test_upsert_orders_by_event_date_then_first_seen_undated_last():
    rows = []
    for event_id, day, seen_hours in [
        ("old", dt.date(2019, 4, 25), 0),
        ("undated", None, 5),
        ("new", dt.date(2025, 3, 22), 0),
        ("new-later-seen", dt.date(2025, 3, 22), 1),
    ]:
        report = shoigu_row(make_event(event_id, day=day), SEEN + dt.timedelta(hours=seen_hours))
        rows = upsert(rows, report, limit=50)
    assert [r.event_id for r in rows] == ["new-later-seen", "new", "old", "undated"]


def test_upsert_bounds_rows_to_the_latest_limit():
    rows = []
    for day in range(1, 11):
        report = shoigu_row(make_event(f"e{day}", day=dt.date(2025, 3, day)))
        rows = upsert(rows, report, limit=3)
    assert [r.event_id for r in rows] == ["e10", "e9", "e8"]


def test_update_profile_counts_events_once_and_follows_status_changes():
    profile: Profile | None = None
    planned = shoigu_row(make_event(status=EventStatus.PLANNED, published=dt.date(2025, 3, 1)))
    occurred = shoigu_row(make_event(article_id="a2"))
    for change in [
        ActorRowChange(row=planned, was=None),  # a new event
        ActorRowChange(row=planned, was=EventStatus.PLANNED),  # the same article again
        ActorRowChange(row=occurred, was=EventStatus.PLANNED),  # reported as made
        ActorRowChange(row=shoigu_row(make_event("meeting-2")), was=None),
    ]:
        profile = update_profile(profile, change)
    summary = profile.summary()
    assert summary["event_count"] == 2
    assert summary["counts_by_type"]["meeting"] == 2
    assert summary["counts_by_status"] == {"occurred": 2, "planned": 0, "speculated": 0}
    assert profile.counts == {"meeting/occurred": 2}, "counts, not a list of events"


def test_update_profile_keeps_fullest_name_and_other_forms_as_aliases():
    profile = None
    for ref in [EntityRef(id="kim-jong-un", name="Kim", label="PERSON"), KIM, KIM_SHORT]:
        rows = activities_for(make_event(counterparts=(ref,)), SEEN)
        row = next(r for r in rows if r.actor_id == ref.id)
        profile = update_profile(profile, ActorRowChange(row=row, was=profile and row.status))
    assert profile.name in {"Kim Jong-un", "Kim Jong Un"}
    assert set(profile.aliases) == {"Kim", "Kim Jong-un", "Kim Jong Un"} - {profile.name}


def test_search_score_exact_beats_prefix_beats_substring():
    profile = update_profile(None, ActorRowChange(row=shoigu_row(make_event())))
    assert search_score(profile, "sergei shoigu") == 3
    assert search_score(profile, "Sergei") == 2
    assert search_score(profile, "shoigu") == 1
    assert search_score(profile, "lavrov") == 0


def test_search_score_matches_nothing_for_a_query_that_folds_to_nothing():
    profile = update_profile(None, ActorRowChange(row=shoigu_row(make_event())))
    assert search_score(profile, " - ") == 0


def test_a_profile_stays_the_same_size_however_many_events_its_actor_has():
    profile, sizes = None, []
    for i in range(1, 1001):
        row = shoigu_row(make_event(f"meeting-{i}", day=None))
        profile = update_profile(profile, ActorRowChange(row=row, was=None))
        if i in (10, 1000):
            sizes.append(len(profile.model_dump_json()))
    assert profile.summary()["event_count"] == 1000
    assert sizes[1] - sizes[0] <= 2, f"{sizes}: only the count's digits may grow"
