"""Legs told by verbs of going by road, on invented sentences: a town driven to from a stop
is a visit of its own; a town landed in and left by road that day is only the trip's airport."""

from __future__ import annotations

from stream.nlp.enrich import Enricher
from tests.unit.stories import events_of, visits


def test_a_town_driven_to_from_a_stop_is_a_leg_of_its_own(enricher: Enricher) -> None:
    text = (
        "LIMA, March 27 (XNA) - Norwegian Foreign Minister Ane Haugen arrived in Lima on "
        "Tuesday for talks with Foreign Minister Jorge Paz.\n\n"
        "From Lima, the two ministers drove to Callao on Wednesday to see the new port."
    )
    assert ("ane-haugen", "callao", "2025-03-26") in visits(events_of(enricher, text))


def test_a_town_landed_in_and_left_by_road_is_the_trips_airport(enricher: Enricher) -> None:
    text = (
        "LIMA, March 27 (XNA) - Norwegian Foreign Minister Ane Haugen arrived at Juliaca on "
        "Tuesday, where she was received at the airport by Foreign Minister Jorge Paz.\n\n"
        "She then drove to Arequipa."
    )
    assert visits(events_of(enricher, text)) == {("ane-haugen", "arequipa", "2025-03-25")}


def test_who_drives_others_to_a_town_makes_no_trip(enricher: Enricher) -> None:
    text = (
        "LIMA, March 27 (XNA) - Peruvian Foreign Minister Jorge Paz drove the Norwegian "
        "delegation to Trujillo on Wednesday."
    )
    assert not any(actor == "jorge-paz" for actor, _, _ in visits(events_of(enricher, text)))
