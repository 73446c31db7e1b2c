"""Travelling parties told as one, on invented stories: "the delegation", "the mission", "the
leaders" stand for the members the story names, and for nobody when it names none."""

from __future__ import annotations

import pytest

from stream.nlp.enrich import Enricher
from tests.unit.stories import events_of, meetings, told

MISSION = (
    "President Tomas Varga and a group of Lorvian leaders met Prime Minister Ivo Osei in "
    "Bergholm this afternoon.\n\n"
    "The delegation arrived in Bergholm by overnight train this morning.\n\n"
    "The mission includes Norden's Anton Lund, Ulvia's Mira Falk and President Jon Berg.\n\n"
    "The delegation is scheduled to fly to Tarsa tonight, and will meet President Ola Strand "
    "tomorrow."
)
MEMBERS = {"tomas-varga", "anton-lund", "mira-falk", "jon-berg"}


def test_a_group_meeting_a_host_is_each_member_the_story_names(enricher: Enricher) -> None:
    met = meetings(events_of(enricher, MISSION))
    assert MEMBERS | {"ivo-osei"} in met
    assert MEMBERS | {"ola-strand"} in met


def test_the_delegation_arriving_is_a_visit_of_each_member(enricher: Enricher) -> None:
    visits = {(actor, place) for actor, _, place in told(events_of(enricher, MISSION), "visit")}
    assert {(member, "bergholm") for member in MEMBERS} <= visits


def test_the_mission_flying_on_is_a_planned_visit_each(enricher: Enricher) -> None:
    planned = {
        e.actor.id
        for e in events_of(enricher, MISSION)
        if e.type == "visit" and e.location and e.location.id == "tarsa"
    }
    assert planned == MEMBERS


@pytest.mark.parametrize(
    "party",
    [
        "A Lorvian delegation composed of Foreign Minister Anton Lund and Trade Minister Jon Berg",
        "A Lorvian delegation made up of Foreign Minister Anton Lund and Trade Minister Jon Berg",
        "A Lorvian delegation including Foreign Minister Anton Lund and Trade Minister Jon Berg",
    ],
)
def test_a_party_told_with_its_members_travels_as_each(enricher: Enricher, party: str) -> None:
    events = events_of(enricher, f"{party} is due to fly to Bergholm on Friday.")
    assert {actor for actor, _, _ in told(events, "visit")} == {"anton-lund", "jon-berg"}


def test_a_party_that_met_someone_is_its_members_not_the_last_one_listed(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "The visit follows a trip in June by a Lorvian delegation composed of Foreign Minister "
        "Anton Lund and Presidential Adviser Jon Berg, which met Prime Minister Ivo Osei and "
        "handed over a letter.",
    )
    assert meetings(events) == [{"ivo-osei", "anton-lund", "jon-berg"}]


def test_a_party_whose_members_are_never_named_makes_no_visit(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "A Lorvian delegation held talks on trade in Tarsa last week.\n\n"
        "The delegation arrived in Bergholm by train this morning.",
    )
    assert not any(place == "bergholm" for _, _, place in told(events, "visit"))


def test_two_parties_with_members_leave_the_delegation_unknown(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "The Lorvian mission includes Anton Lund and Jon Berg. The Ulvian team comprises "
        "Foreign Minister Mira Falk and Trade Minister Petra Novak.\n\n"
        "The delegation arrived in Bergholm by train this morning.",
    )
    assert not any(place == "bergholm" for _, _, place in told(events, "visit"))


def test_a_delegation_accompanying_a_leader_is_the_leaders_company(enricher: Enricher) -> None:
    # Ministers listed as a president's company travel with him, as staff do: no visits.
    events = events_of(
        enricher,
        "President Tomas Varga arrived in Tarsa on Sunday on an official visit.\n\n"
        "President Ola Strand greeted Varga and the delegation accompanying him on the "
        "tarmac.\n\n"
        "The delegation flew on to Bergholm on Monday.\n\n"
        "The Lorvian delegation includes Foreign Minister Anton Lund and Trade Minister Jon Berg.",
    )
    travellers = {actor for actor, _, _ in told(events, "visit")}
    assert travellers.isdisjoint({"anton-lund", "jon-berg"})


def test_a_party_told_with_a_after_the_listed_one_is_another_party(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "The Lorvian mission includes Anton Lund and Jon Berg.\n\n"
        "On Monday, an Ulvian delegation arrived in Bergholm by train.",
    )
    assert not any(place == "bergholm" for _, _, place in told(events, "visit"))


def test_the_leaders_of_the_one_party_listed_fly_on_as_each_member(enricher: Enricher) -> None:
    text = MISSION.replace("The delegation is scheduled", "The leaders are scheduled")
    planned = {
        e.actor.id
        for e in events_of(enricher, text)
        if e.type == "visit" and e.location and e.location.id == "tarsa"
    }
    assert planned == MEMBERS


def test_the_leaders_with_no_party_listed_are_nobody_known(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Tomas Varga met Prime Minister Ivo Osei in Bergholm on Monday.\n\n"
        "The leaders of the region are scheduled to fly to Tarsa tonight.",
    )
    assert not any(place == "tarsa" for _, _, place in told(events, "visit"))


def test_a_group_meeting_during_one_members_own_trip_did_not_make_it_with_them(
    enricher: Enricher,
) -> None:
    text = (
        "Lorvian President Arno Vell arrived in Oslo on Monday for talks with Norwegian Prime "
        "Minister Ole Lund.\n\n"
        "The two leaders first met in Kell in May 2019, during Lund's visit to Lorvia."
    )
    visits = told(events_of(enricher, text), "visit")
    assert {actor for actor, _, place in visits if place == "lorvia"} == {"ole-lund"}
