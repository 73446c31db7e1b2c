"""Legs told by verbs of going by road and of stopping over, on invented sentences: a town
driven to from a stop, or stopped in on the way, is a visit of its own; a town landed in and
left by road that day is only the trip's airport."""

from __future__ import annotations

import pytest

from stream.nlp.enrich import Enricher
from tests.unit.stories import events_of, told, visits


def test_a_town_driven_to_from_a_stop_is_a_leg_of_its_own(enricher: Enricher) -> None:
    text = (
        "LIMA, March 27 (XNA) - Norwegian Foreign Minister Ane Haugen arrived in Lima on "
        "Tuesday for talks with Foreign Minister Jorge Paz.\n\n"
        "From Lima, the two ministers drove to Callao on Wednesday to see the new port."
    )
    assert ("ane-haugen", "callao", "2025-03-26") in visits(events_of(enricher, text))


def test_a_stop_over_on_the_way_home_is_a_leg_with_its_own_date(enricher: Enricher) -> None:
    text = (
        "OSLO, March 27 (XNA) - Norwegian Foreign Minister Ane Haugen left for Lima on Thursday "
        "for talks with Foreign Minister Jorge Paz.\n\n"
        "On the way home, she will stop over in Quito on Saturday before returning to Oslo."
    )
    assert ("ane-haugen", "quito", "2025-03-29") in visits(events_of(enricher, text))


def test_a_town_stopped_in_on_the_way_is_a_visit(enricher: Enricher) -> None:
    text = (
        "OSLO, March 27 (XNA) - Norwegian Foreign Minister Ane Haugen last travelled to South "
        "America in May 2023, stopping in Quito on her way to Lima."
    )
    assert ("ane-haugen", "quito", "2023-05") in visits(events_of(enricher, text))


def test_a_stop_told_of_no_journey_is_no_visit(enricher: Enricher) -> None:
    text = (
        "OSLO, March 27 (XNA) - Norwegian Foreign Minister Ane Haugen urged the rebels to stop "
        "in Cuenca and hand over their weapons."
    )
    assert not any(place == "cuenca" for _, place, _ in visits(events_of(enricher, text)))


def test_a_town_landed_in_and_left_by_road_is_the_trips_airport(enricher: Enricher) -> None:
    text = (
        "LIMA, March 27 (XNA) - Norwegian Foreign Minister Ane Haugen arrived at Juliaca on "
        "Tuesday, where she was received at the airport by Foreign Minister Jorge Paz.\n\n"
        "She then drove to Arequipa."
    )
    assert visits(events_of(enricher, text)) == {("ane-haugen", "arequipa", "2025-03-25")}


def test_a_landing_at_the_towns_airport_then_a_drive_in_is_one_visit(enricher: Enricher) -> None:
    """Landed at the town's own airport and driven into it: the landing and the drive are one
    visit to the town, read as one event, which folding the drive into its landing must not
    empty (each of a couple, each traveller alone)."""
    couple = (
        "VIENNA, March 27 (XNA) - President Ivo Marek and his wife Ana Marek landed at Vienna "
        "airport on Wednesday afternoon, where President Tia Rell received them.\n\n"
        "They then drove to Vienna along a road lined with flags."
    )
    assert told(events_of(enricher, couple), "visit") == {
        ("ivo-marek", ("tia-rell",), "vienna"),
        ("ana-marek", ("tia-rell",), "vienna"),
    }
    alone = couple.replace(" and his wife Ana Marek", "").replace("them", "him")
    alone = alone.replace("They", "He")
    assert visits(events_of(enricher, alone)) == {("ivo-marek", "vienna", "2025-03-26")}


def test_who_drives_others_to_a_town_makes_no_trip(enricher: Enricher) -> None:
    text = (
        "LIMA, March 27 (XNA) - Peruvian Foreign Minister Jorge Paz drove the Norwegian "
        "delegation to Trujillo on Wednesday."
    )
    assert not any(actor == "jorge-paz" for actor, _, _ in visits(events_of(enricher, text)))


def test_a_distance_driven_is_no_one_carried(enricher: Enricher) -> None:
    text = (
        "LIMA, March 27 (XNA) - Norwegian Foreign Minister Ane Haugen drove the 60 kilometres "
        "to Huacho in an open jeep on Wednesday, past fields of cotton."
    )
    assert ("ane-haugen", "huacho", "2025-03-26") in visits(events_of(enricher, text))


def test_the_way_driven_up_is_no_one_carried(enricher: Enricher) -> None:
    text = (
        "LIMA, March 27 (XNA) - Norwegian Foreign Minister Ane Haugen held talks in Lima on "
        "Tuesday, and on Wednesday she drove up the valley to Huacho, where the mayor greeted her."
    )
    assert ("ane-haugen", "huacho", "2025-03-26") in visits(events_of(enricher, text))


def test_a_town_crossed_into_is_a_visit(enricher: Enricher) -> None:
    text = (
        "LIMA, March 27 (XNA) - Chilean President Rosa Vidal crossed into Tacna on Tuesday "
        "morning to open a new bridge."
    )
    assert ("rosa-vidal", "tacna", "2025-03-25") in visits(events_of(enricher, text))


def test_a_country_crossed_into_is_only_the_way_to_its_first_town(enricher: Enricher) -> None:
    text = (
        "OSLO, March 27 (XNA) - Norwegian Prime Minister Ane Haugen crossed into Sweden by train "
        "on Wednesday night.\n\n"
        "On Thursday morning she arrived in Stockholm for talks with Prime Minister Lars Berg."
    )
    assert visits(events_of(enricher, text)) == {("ane-haugen", "stockholm", "2025-03-27")}


def test_a_water_sailed_into_is_an_arrival_at_the_town_filed_from(enricher: Enricher) -> None:
    # A welcome at the quay greets the arrival by sea: a visit, with the host its counterpart.
    text = (
        "By Jo Smith in Bergen\n\n"
        "King Olav and his wife, Queen Ella, sailed into Tarn Bay aboard the royal yacht on "
        "Monday morning and were welcomed at the quayside by Prime Minister Jon Lund."
    )
    events = events_of(enricher, text)
    assert told(events, "visit") == {
        ("olav", ("jon-lund",), "bergen"),
        ("ella", ("jon-lund",), "bergen"),
    }
    assert not told(events, "meeting")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ane Haugen reached Lima on Tuesday.", ("lima", "2025-03-25", "occurred")),
        ("Ane Haugen will reach Quito on Saturday.", ("quito", "2025-03-29", "planned")),
    ],
)
def test_a_town_reached_is_a_leg_with_its_own_day(
    enricher: Enricher, sentence: str, expected: tuple[str, str, str]
) -> None:
    text = f"OSLO, March 27 (XNA) - Norwegian Foreign Minister {sentence}"
    legs = {
        (e.location.id, e.date.value if e.date else None, e.status)
        for e in events_of(enricher, text)
        if e.type == "visit" and e.location is not None and e.actor.id == "ane-haugen"
    }
    assert expected in legs


def test_reaching_what_is_no_place_is_no_leg(enricher: Enricher) -> None:
    text = (
        "OSLO, March 27 (XNA) - Norwegian Foreign Minister Ane Haugen reached an agreement with "
        "Peru on Tuesday, and said the talks had reached a critical stage."
    )
    assert not told(events_of(enricher, text), "visit")


def test_one_waiting_at_the_station_greets_the_travellers_who_reached_the_town(
    enricher: Enricher,
) -> None:
    # Reaching a town is an arrival: one told waiting at its station just after greets it.
    text = (
        "OSLO, March 27 (XNA) - Ivo Varga and Ana Varga came ashore at Bergen on Wednesday. "
        "They reached Oslo the same afternoon. Prime Minister Kari Moe himself waited on the "
        "platform at Central Station, where a crowd had gathered."
    )
    assert {
        (actor, counterparts)
        for actor, counterparts, place in told(events_of(enricher, text), "visit")
        if place == "oslo"
    } == {("ivo-varga", ("kari-moe",)), ("ana-varga", ("kari-moe",))}


@pytest.mark.parametrize(
    "sentence",
    [
        "From the airport the minister drove straight up to Cusco on Wednesday.",
        "On Wednesday the minister drove up to Cusco, where she opened a school.",
    ],
)
def test_a_town_driven_up_to_is_a_leg_of_its_own(enricher: Enricher, sentence: str) -> None:
    # "Up" takes "to Cusco" in the parse; hung back on the verb, it tells the leg as "drove to".
    text = (
        "LIMA, March 27 (XNA) - Norwegian Foreign Minister Ane Haugen arrived in Lima on "
        f"Tuesday for talks with Foreign Minister Jorge Paz.\n\n{sentence}"
    )
    assert ("ane-haugen", "cusco", "2025-03-26") in visits(events_of(enricher, text))


def test_a_delegation_led_to_a_town_is_a_trip_of_who_leads_it(enricher: Enricher) -> None:
    text = (
        "OSLO, March 27 (XNA) - Norwegian Trade Minister Ane Haugen will lead a business "
        "delegation to Lima in May, her ministry said."
    )
    assert ("ane-haugen", "lima", "2025-05") in visits(events_of(enricher, text))
