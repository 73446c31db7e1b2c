"""Forces a state keeps or leads abroad are a deployment of its own.

Invented sentences with real-style names, read with the real model.
"""

from __future__ import annotations

from stream.nlp.enrich import Enricher
from tests.unit.stories import events_of, told


def test_a_battlegroup_a_state_leads_abroad_is_its_deployment(enricher: Enricher) -> None:
    events = events_of(
        enricher, "Norway has led the multinational battlegroup in Estonia since 2019."
    )
    assert told(events, "deployment") == {("norway", ("estonia",), "estonia")}


def test_troops_a_state_has_had_abroad_are_its_deployment(enricher: Enricher) -> None:
    events = events_of(enricher, "Chile has had troops in Haiti since March 2004.")
    assert told(events, "deployment") == {("chile", ("haiti",), "haiti")}


def test_soldiers_a_state_has_deployed_abroad_are_its_own(enricher: Enricher) -> None:
    events = events_of(enricher, "Portugal has around 900 soldiers deployed in Mali.")
    assert told(events, "deployment") == {("portugal", ("mali",), "mali")}


def test_soldiers_a_leader_met_are_not_deployed_by_the_leader(enricher: Enricher) -> None:
    events = events_of(
        enricher, "President Ana Lindqvist on Monday met Chilean soldiers deployed in Haiti."
    )
    assert "ana-lindqvist" not in {actor for actor, _, _ in told(events, "deployment")}


def test_troops_told_as_stationed_abroad_are_their_countrys_deployment(
    enricher: Enricher,
) -> None:
    events = events_of(enricher, "Chilean soldiers, stationed in Haiti since 2004, left on Monday.")
    assert told(events, "deployment") == {("chile", ("haiti",), "haiti")}


def test_troops_of_a_country_told_by_whose_are_its_deployment(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "The accord does not mention Peru, whose soldiers are deployed in Haiti.",
    )
    assert told(events, "deployment") == {("peru", ("haiti",), "haiti")}


def test_peacekeepers_of_a_body_deployed_abroad_are_its_deployment(enricher: Enricher) -> None:
    events = events_of(enricher, "About 4,000 UN peacekeepers are deployed in Haiti.")
    assert told(events, "deployment") == {("united-nations", ("haiti",), "haiti")}


def test_troops_that_remain_abroad_are_their_countrys_deployment(enricher: Enricher) -> None:
    events = events_of(
        enricher, "Chilean troops remain in Haiti with the mission, President Ana Lindqvist said."
    )
    assert told(events, "deployment") == {("chile", ("haiti",), "haiti")}


def test_troops_serving_abroad_are_their_countrys_deployment(enricher: Enricher) -> None:
    events = events_of(enricher, "Some 700 Peruvian soldiers still serve in Haiti.")
    assert told(events, "deployment") == {("peru", ("haiti",), "haiti")}


def test_the_place_forces_serve_in_is_not_whose_they_are(enricher: Enricher) -> None:
    events = events_of(enricher, "Ana Lindqvist praised the Peruvian soldiers serving in Haiti.")
    assert told(events, "deployment") == {("peru", ("haiti",), "haiti")}


def test_gendarmes_told_as_stationed_abroad_are_their_countrys_deployment(
    enricher: Enricher,
) -> None:
    events = events_of(enricher, "Several hundred Chilean gendarmes are stationed in Haiti.")
    assert told(events, "deployment") == {("chile", ("haiti",), "haiti")}


def test_servicemen_a_state_keeps_abroad_are_its_deployment(enricher: Enricher) -> None:
    events = events_of(
        enricher, "Portugal has kept about 3,500 servicemen in Peru since the ceasefire in April."
    )
    assert told(events, "deployment") == {("portugal", ("peru",), "peru")}


def test_troops_a_state_keeps_in_the_country_are_in_the_country_told_before(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "President Ana Lindqvist of Chile arrived in Haiti on Monday.\n\n"
        "Chile keeps about 2,000 troops in the country.",
    )
    assert told(events, "deployment") == {("chile", ("haiti",), "haiti")}


def test_troops_stationed_in_the_republic_are_not_in_their_own_country(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "The president of Chile visited Peru on Monday.\n\n"
        "A Chilean battalion has been stationed in the republic for a decade.",
    )
    assert told(events, "deployment") == {("chile", ("peru",), "peru")}


def test_troops_a_state_keeps_on_foreign_soil_are_its_deployment(enricher: Enricher) -> None:
    events = events_of(enricher, "Norway maintains about 650 soldiers on Estonian soil.")
    assert told(events, "deployment") == {("norway", ("estonia",), "estonia")}


def test_soldiers_a_state_keeps_at_a_base_abroad_are_its_deployment(enricher: Enricher) -> None:
    events = events_of(
        enricher, "Chile has 450 troops at the Tocumen air base in Panama under a defence pact."
    )
    assert told(events, "deployment") == {("chile", ("panama",), "tocumen")}


def test_troops_a_state_keeps_on_an_island_are_held_there(enricher: Enricher) -> None:
    events = events_of(enricher, "Chile keeps some 900 soldiers on Malta under a treaty.")
    assert told(events, "deployment") == {("chile", ("malta",), "malta")}


def test_a_camp_no_gazetteer_knows_lies_in_the_country_the_story_is_filed_from(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "TALLINN, March 26 - Norway maintains 450 soldiers at Camp Orlen under a defence pact.",
    )
    assert told(events, "deployment") == {("norway", ("estonia",), "camp-orlen")}


def test_forces_sent_to_a_sea_are_received_by_no_country(enricher: Enricher) -> None:
    events = events_of(enricher, "OSLO, March 26 - Chile has sent 300 soldiers to the Orla Sea.")
    assert told(events, "deployment") == {("chile", (), "orla-sea")}


def test_peacekeepers_kept_in_the_country_are_in_the_country_the_story_is_in(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "Minister Ana Lund arrived in Lima on Monday. The United Nations has 4,300 peacekeepers "
        "in the country under a mandate renewed in May.",
    )
    assert told(events, "deployment") == {("united-nations", ("peru",), "peru")}


def test_the_country_a_mission_keeps_troops_in_is_the_one_the_story_is_filed_from(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "TALLINN, May 4 - Norwegian Foreign Minister Ana Lund arrived in Estonia on Monday for "
        "two days of talks. Lund said Norway would open a trade office, and that Norwegian and "
        "Swedish firms were ready to invest. Norway is the largest donor, and the United States "
        "and Norway fund the new port.\n\n"
        "The United Nations Mission in Estonia, which has kept about 900 soldiers in the country "
        "since 2004, guarded the talks.",
    )
    assert told(events, "deployment") == {("united-nations-mission", ("estonia",), "estonia")}


def test_a_region_told_as_a_countrys_own_lies_in_that_country(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "OSLO, March 26 - Chile has sent 300 soldiers to Peru's Vask Valley, officials said.",
    )
    assert told(events, "deployment") == {("chile", ("peru",), "vask-valley")}


def test_a_detachment_told_as_stationed_abroad_is_its_countrys_deployment(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "Mayor Ilse Varga toured the Chilean naval detachment stationed at Lima airport on Monday.",
    )
    assert told(events, "deployment") == {("chile", ("peru",), "lima")}


def test_troops_of_a_state_gone_from_the_map_are_its_deployment(enricher: Enricher) -> None:
    # "Soviet" names no state of today's map: the party is the former state, as it was named.
    events = events_of(enricher, "Some 1,500 Soviet soldiers are still stationed in Laos.")
    assert told(events, "deployment") == {("soviet-union", ("laos",), "laos")}


def test_a_body_named_for_its_country_deployed_at_home_goes_to_no_other_state(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "OSLO, May 4 - Officers of the Norway Police Service were deployed in Bergen on Monday "
        "to guard the summit.",
    )
    assert told(events, "deployment") == {("norway-police-service", (), "bergen")}
