"""Forces and military assets a state sends abroad, and where the parse hangs their place.

Invented sentences with real-style names, read with the real model.
"""

from __future__ import annotations

import pytest

from stream.nlp.enrich import Enricher
from tests.unit.stories import events_of, told

SENT_TO_PERU = {("portugal", ("peru",), "peru")}


@pytest.mark.parametrize(
    "text",
    [
        "Portugal will send the corvette Vela Norte to Peru in April.",
        "Portugal has sent army trainers to Peru, its defence ministry said.",
        "Portugal will send twelve howitzers to Peru before winter, Arvo Lind said.",
    ],
)
def test_a_ship_or_advisers_sent_abroad_are_a_deployment(enricher: Enricher, text: str) -> None:
    assert told(events_of(enricher, text), "deployment") == SENT_TO_PERU


@pytest.mark.parametrize(
    "text",
    [
        "Portugal sent 800 soldiers to fight in Peru beside Bolivian units.",
        "Portugal has sent three frigates to guard Peru's ports.",
        "Portugal will send 400 soldiers to the European Union mission in Peru.",
        "Portugal has sent the supply vessel Rio Sado and 500 marines to Peru.",
        "Portugal has sent Peru some 60 tanks since the spring.",
    ],
)
def test_where_forces_are_sent_is_read_past_the_verb(enricher: Enricher, text: str) -> None:
    assert told(events_of(enricher, text), "deployment") == SENT_TO_PERU


def test_a_letter_sent_to_a_leader_is_no_deployment(enricher: Enricher) -> None:
    events = events_of(enricher, "Portugal sent Bolivia's president a letter.")
    assert told(events, "deployment") == set()


def test_forces_sent_to_no_named_place_join_the_deployment_told_before(
    enricher: Enricher,
) -> None:
    text = (
        "Portugal will send 400 soldiers to Peru next month, the defence minister said.\n\n"
        "Chile will also send troops, the minister added."
    )
    sent = told(events_of(enricher, text), "deployment")
    assert ("chile", ("peru",), "peru") in sent


@pytest.mark.parametrize(
    "text",
    [
        "Portugal will send two frigates to Peruvian waters next month.",
        "Portugal will deploy fighter jets to Peruvian airspace in April.",
        "Portugal will send two warships to patrol Peruvian waters.",
        "Portugal has stationed 3,000 troops on Peruvian soil.",
    ],
)
def test_forces_sent_to_a_nations_waters_or_soil_go_to_that_nation(
    enricher: Enricher, text: str
) -> None:
    assert told(events_of(enricher, text), "deployment") == SENT_TO_PERU


@pytest.mark.parametrize(
    "text",
    [
        "Portugal will deliver fresh mortar shells and field guns to Peru.",
        "Portugal has sent Peru dozens of tanks and fighting vehicles, the ministry said.",
        "Portuguese troops were rushed to Peru in July.",
    ],
)
def test_weapons_delivered_and_forces_rushed_abroad_are_a_deployment(
    enricher: Enricher, text: str
) -> None:
    assert told(events_of(enricher, text), "deployment") == SENT_TO_PERU


@pytest.mark.parametrize(
    "text",
    ["Portugal delivered a message to Peru.", "Portugal will provide Peru with training."],
)
def test_what_is_delivered_or_provided_is_no_force(enricher: Enricher, text: str) -> None:
    assert told(events_of(enricher, text), "deployment") == set()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Portuguese troops crossed into Peru in December to secure the border towns.", "peru"),
        ("Lead elements of a Portuguese battalion had landed at Lima by Friday.", "lima"),
        ("Portuguese Marines came ashore at Lima on December 9.", "lima"),
        ("Portuguese commandos flew to Lima late on May 8 to guard the embassy.", "lima"),
    ],
)
def test_forces_that_cross_land_or_fly_abroad_are_sent_there(
    enricher: Enricher, text: str, place: str
) -> None:
    assert told(events_of(enricher, text), "deployment") == {("portugal", ("peru",), place)}


def test_a_traveller_crossing_into_a_country_is_still_no_deployment(enricher: Enricher) -> None:
    events = events_of(enricher, "Ana Lindqvist crossed into Peru by train on Monday.")
    assert told(events, "deployment") == set()


def test_forces_crossing_told_only_to_date_a_span_are_no_deployment(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "It was the first contact between Lima and Quito since Peruvian troops crossed into "
        "Ecuador on Feb. 24.",
    )
    assert told(events, "deployment") == set()


def test_a_capital_that_sends_forces_stands_for_its_state(enricher: Enricher) -> None:
    events = events_of(enricher, "Lisbon has deployed 1,600 troops to Peru since December.")
    assert told(events, "deployment") == SENT_TO_PERU


@pytest.mark.parametrize(
    "text",
    [
        "Portugal will send two frigates to help Peru guard its northern coast.",
        "Portugal has sent army trainers to help rebuild Peru's border posts.",
        "Portugal has deployed 300 engineers to Valdoria to support the Peruvian army.",
        "Portugal will send a warship from its base in Lisbon to help Peru watch its coast.",
    ],
)
def test_the_country_forces_are_sent_to_serve_receives_them_where_no_place_tells_it(
    enricher: Enricher, text: str
) -> None:
    assert told(events_of(enricher, text), "deployment") == SENT_TO_PERU
