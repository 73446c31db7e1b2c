"""The front page's feeds: latest events through the profiles, most active actors."""

import datetime as dt

from stream.api import ActorSummary
from stream.contracts import ActorActivity, ActorRowChange, EntityRef
from stream.state.activity import Profile, update_profile
from stream.state.feed import latest_events, merge_latest, most_active
from tests.unit.test_activity import KIM, SEEN, activities_for, make_event

LAVROV = EntityRef(id="sergey-lavrov", name="Sergey Lavrov", label="PERSON")


def tables_of(reports: list[ActorActivity]) -> tuple[list[Profile], dict[str, list[ActorActivity]]]:
    """Profiles and rows as the tables would hold them after these reports."""
    profiles: dict[str, Profile] = {}
    rows: dict[str, list[ActorActivity]] = {}
    for report in reports:
        change = ActorRowChange(row=report)
        profiles[report.actor_id] = update_profile(profiles.get(report.actor_id), change)
        rows.setdefault(report.actor_id, []).append(report)
    return list(profiles.values()), rows


def seen(minutes: int) -> dt.datetime:
    return SEEN + dt.timedelta(minutes=minutes)


def test_latest_events_are_newest_first_and_each_once():
    reports = [
        *activities_for(make_event("m1"), seen(1)),
        *activities_for(make_event("m2", counterparts=(LAVROV,)), seen(3)),
        *activities_for(make_event("m3"), seen(2)),
    ]
    profiles, rows = tables_of(reports)
    latest = latest_events(profiles, lambda actor: rows.get(actor, []), limit=10)
    assert [row.event_id for row in latest] == ["m2", "m3", "m1"]


def test_latest_events_stop_reading_actors_seen_before_the_newest_found():
    recent = activities_for(make_event("m2", counterparts=(LAVROV,)), seen(5))
    old = activities_for(make_event("m1", counterparts=(KIM,)), seen(1))
    profiles, rows = tables_of([*old, *recent])
    read: list[str] = []

    def rows_of(actor: str) -> list[ActorActivity]:
        read.append(actor)
        return rows.get(actor, [])

    assert [row.event_id for row in latest_events(profiles, rows_of, limit=1)] == ["m2"]
    assert "kim-jong-un" not in read


def test_merge_latest_keeps_one_row_of_an_event_two_workers_answer():
    shoigu_row, kim_row = activities_for(make_event("m1"), seen(1))
    (lavrov_row, *_) = activities_for(make_event("m2", counterparts=(LAVROV,)), seen(2))
    merged = merge_latest([shoigu_row, lavrov_row, kim_row], limit=5)
    assert [row.event_id for row in merged] == ["m2", "m1"]


def summary(actor: str, events: int, last_seen: str) -> ActorSummary:
    return ActorSummary(
        id=actor, name=actor.title(), label="PERSON", aliases=[], event_count=events,
        counts_by_type={}, counts_by_status={}, first_seen=last_seen, last_seen=last_seen,
    )  # fmt: skip


def test_most_active_ranks_by_events_then_latest_seen_and_bounds():
    ranked = most_active(
        [
            summary("a", 1, "2025-03-01T00:00:00"),
            summary("b", 5, "2025-03-01T00:00:00"),
            summary("c", 1, "2025-03-02T00:00:00"),
            summary("b", 5, "2025-03-01T00:00:00"),
        ],
        limit=2,
    )
    assert [s.id for s in ranked] == ["b", "c"]
