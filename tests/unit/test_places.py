"""Place rows and profiles: a city's events show under its country too."""

import datetime as dt

from stream.contracts import EventReport, PlaceRef, PlaceRowChange
from stream.state.places import (
    country_of,
    place_rows_for,
    place_search_score,
    record_place,
    update_place_profile,
)
from stream.state.resolver import first_report
from tests.unit.test_activity import SEEN, make_event
from tests.unit.test_resolver import CHINA, KUMSUSAN, PYONGYANG


def resolved_at(place: PlaceRef | None, event_id: str = "m1", seen: dt.datetime = SEEN):
    event = make_event(event_id).model_copy(update={"location": place})
    resolved = first_report(EventReport(event=event, seen_at=seen))
    return resolved.model_copy(update={"event_id": event_id})


def test_an_event_in_a_city_is_a_row_of_the_city_and_of_its_country():
    rows = place_rows_for(resolved_at(PYONGYANG))
    assert [row.place.id for row in rows] == ["pyongyang", "north-korea"]
    assert rows[1].place == country_of(PYONGYANG)
    assert (rows[1].place.name, rows[1].place.city) == ("North Korea", None)


def test_a_site_shows_under_its_country_and_a_country_once():
    assert [row.place.id for row in place_rows_for(resolved_at(KUMSUSAN))] == [
        "kumsusan-palace",
        "north-korea",
    ]
    assert [row.place.id for row in place_rows_for(resolved_at(CHINA))] == ["china"]


def test_an_event_without_a_place_has_no_row_and_one_without_a_country_its_own():
    assert place_rows_for(resolved_at(None)) == []
    unknown = PlaceRef(id="porto-da-praia", name="Porto da Praia", label="FAC")
    assert [row.place.id for row in place_rows_for(resolved_at(unknown))] == ["porto-da-praia"]


def test_a_place_profile_counts_each_event_once_by_type():
    profile = None
    for event_id, hours, was in [("m1", 0, None), ("m1", 1, "occurred"), ("m2", 2, None)]:
        seen = SEEN + dt.timedelta(hours=hours)
        (row, _) = place_rows_for(resolved_at(PYONGYANG, event_id, seen))
        profile = update_place_profile(profile, PlaceRowChange(row=row, was=was))
    summary = profile.summary()
    assert (summary["id"], summary["country_code"]) == ("pyongyang", "KP")
    assert summary["event_count"] == 2
    assert summary["counts_by_type"]["meeting"] == 2
    assert summary["last_seen"] == (SEEN + dt.timedelta(hours=2)).isoformat()


def test_place_search_scores_names_and_ignores_words_that_fold_away():
    (_, row) = place_rows_for(resolved_at(PYONGYANG))
    profile = update_place_profile(None, PlaceRowChange(row=row))
    assert place_search_score(profile, "north korea") == 3
    assert place_search_score(profile, "North") == 2
    assert place_search_score(profile, "korea") == 1
    assert place_search_score(profile, "the") == 0


def test_a_place_entry_keeps_the_latest_rows_of_each_type_and_counts_every_event():
    entry = None
    for i in range(1, 6):
        (row, _) = place_rows_for(resolved_at(PYONGYANG, f"m{i}", SEEN + dt.timedelta(hours=i)))
        entry = record_place(entry, PlaceRowChange(row=row), limit=3)
    assert list(entry.rows) == ["meetings"]
    assert [row.event_id for row in entry.rows["meetings"]] == ["m5", "m4", "m3"]
    assert entry.profile.summary()["counts_by_type"] == {"visit": 0, "meeting": 5, "agreement": 0}
