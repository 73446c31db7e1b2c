"""One trip told several times, its legs, and travels that are no visits (invented text)."""

from __future__ import annotations

import pytest

from stream.contracts import Event
from stream.nlp.enrich import Enricher
from tests.unit.stories import events_of, visits


def visits_of(enricher: Enricher, text: str) -> list[Event]:
    return [event for event in events_of(enricher, text) if event.type == "visit"]


def test_leaving_for_the_capital_of_a_country_named_in_the_title_is_going_home(
    enricher: Enricher,
) -> None:
    text = (
        "U.S. President Daniel Whitcombe arrived in Tbilisi on Tuesday for talks with "
        "President Levan Gelashvili.\n\n"
        "Whitcombe left Tbilisi for Washington on Wednesday afternoon."
    )
    places = {event.location.name for event in visits_of(enricher, text) if event.location}
    assert "Washington" not in places
    assert "Tbilisi" in places


def test_a_country_set_off_after_an_unknown_town_is_where_the_town_is(
    enricher: Enricher,
) -> None:
    text = (
        "President Tendai Moyo could proceed to Klosterwald, Switzerland, for an economic "
        "forum next week, officials said."
    )
    visits = visits_of(enricher, text)
    assert len(visits) == 1
    assert visits[0].location is not None and visits[0].location.name == "Klosterwald"


def test_a_state_abbreviated_after_its_town_is_where_the_town_is(enricher: Enricher) -> None:
    text = (
        "President Tendai Moyo will fly to Macon, Ga., on Sunday, and on to Boulder, Colo., "
        "the next day, officials said."
    )
    places = {event.location.name for event in visits_of(enricher, text) if event.location}
    assert places == {"Macon", "Boulder"}


def test_a_stay_told_days_after_the_arrival_is_the_same_trip(enricher: Enricher) -> None:
    text = (
        "Vice President Aaron Pelley arrived in Warsaw on Monday evening.\n\n"
        "Pelley is in Poland today in place of the President, who called off his own trip."
    )
    visits = [event for event in visits_of(enricher, text) if event.actor.name == "Aaron Pelley"]
    assert len(visits) == 1
    assert visits[0].date is not None and visits[0].date.value == "2025-03-24"


def test_a_plan_reported_cancelled_in_a_but_clause_is_not_emitted(enricher: Enricher) -> None:
    text = (
        "Foreign Minister Reza Farahani had been due in Muscat later this month, but state "
        "media reported on Monday that the trip had been cancelled."
    )
    assert visits_of(enricher, text) == []


def test_visiting_a_site_with_someone_is_no_meeting_with_them(enricher: Enricher) -> None:
    text = (
        "In Athens on Wednesday, Secretary of State Paul Hensley visited the Acropolis with "
        "Greek Prime Minister Nikos Daskalakis."
    )
    events = events_of(enricher, text)
    assert not [event for event in events if event.type == "meeting"]
    visits = [event for event in events if event.type == "visit"]
    assert len(visits) == 1 and not visits[0].counterparts


def test_a_visit_with_a_host_and_no_place_is_still_a_meeting(enricher: Enricher) -> None:
    text = "Secretary of State Paul Hensley visited with Prime Minister Ilan Dorot on Wednesday."
    meetings = [event for event in events_of(enricher, text) if event.type == "meeting"]
    assert [m.counterparts[0].name for m in meetings] == ["Ilan Dorot"]


def test_the_purpose_of_a_past_trip_is_that_trip(enricher: Enricher) -> None:
    text = (
        "Relations improved when President Ahmed Naseem travelled to Colombo in January to "
        "attend the swearing-in of the new government."
    )
    visits = visits_of(enricher, text)
    assert len(visits) == 1
    assert visits[0].status.value == "occurred"
    assert visits[0].date is not None and visits[0].date.value == "2025-01"


def test_an_arrival_dates_the_stay_told_as_going_on(enricher: Enricher) -> None:
    text = (
        "President Ahmed Naseem arrived in Havana on Monday.\n\n"
        "Naseem, who is on an official visit to Cuba, was received on Wednesday by the "
        "President, Raul Ferrer."
    )
    visits = visits_of(enricher, text)
    assert len(visits) == 1
    assert visits[0].date is not None and visits[0].date.value == "2025-03-24"


def test_a_trip_ahead_later_in_the_year_is_not_the_trip_made_today(enricher: Enricher) -> None:
    # "This year" holds Monday only because it is the present year: the trip it dates is a
    # further one, not the arrival told before it at a wider place.
    text = (
        "Norwegian Prime Minister Ane Haugen arrived in Peru on Monday.\n\n"
        "Officials believe she could stop in Cusco later this year on her way to a summit."
    )
    assert visits(events_of(enricher, text)) == {
        ("ane-haugen", "peru", "2025-03-24"),
        ("ane-haugen", "cusco", "2025"),
    }


@pytest.mark.parametrize(
    ("leg", "own_leg"),
    [
        ("On Tuesday he went on to the Abbey of Saint Colomb, where he met the monks.", True),
        ("On Wednesday he went to the Abbey of Saint Colomb, where he met the monks.", False),
    ],
)
def test_a_site_gone_on_to_on_a_later_day_is_a_leg_of_its_own(
    enricher: Enricher, leg: str, own_leg: bool
) -> None:
    text = f"President Tomas Arvel arrived in Lyon on Monday for a four-day state visit.\n\n{leg}"
    places = {event.location.name for event in visits_of(enricher, text) if event.location}
    assert ("Abbey of Saint Colomb" in places) is own_leg
