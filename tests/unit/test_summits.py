"""Leaders met as a group or one at a time, told without their names: "received each of his
guests", "met each leader separately". Invented stories read with the real model."""

from __future__ import annotations

import pytest

from stream.nlp.enrich import Enricher
from tests.unit.stories import events_of, meetings, told, visits


def test_each_guest_received_separately_is_a_meeting_with_each_traveller(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "President Tomas Varga arrived in Maseru on Tuesday night. Prime Minister Ivo Brankov "
        "landed on Wednesday morning.\n\n"
        "Ahead of the joint session on Wednesday, President Jorge Mendes received each of his "
        "guests separately.",
    )
    # Received where they travelled, though the sentence names no place.
    met = told(events, "meeting")
    assert ("jorge-mendes", ("tomas-varga",), "maseru") in met
    assert ("jorge-mendes", ("ivo-brankov",), "maseru") in met


def test_each_of_them_received_separately_is_a_meeting_with_each_traveller(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "Prime Minister Tomas Varga and President Ivo Brankov flew into Maseru on Monday for "
        "the forum.\n\n"
        "On Tuesday, President Jorge Mendes received each of them separately at the palace.",
    )
    met = {(actor, met) for actor, met, _ in told(events, "meeting")}
    assert ("jorge-mendes", ("tomas-varga",)) in met
    assert ("jorge-mendes", ("ivo-brankov",)) in met


def test_guests_received_one_at_a_time_are_met_where_the_group_was_received(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "Prime Minister Tomas Varga and President Ivo Brankov flew into Maseru on Monday for "
        "the forum.\n\n"
        "On Tuesday, President Jorge Mendes received the visiting leaders at the Lorvia Palace. "
        "Mendes received each of them separately.",
    )
    places = {place for actor, met, place in told(events, "meeting") if len(met) == 1}
    assert places == {"lorvia-palace"}


def test_each_leader_met_is_each_leader_told_travelling(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Tomas Varga arrived in Ohrid on Saturday. Prime Minister Ivo Brankov flew "
        "in the same morning.\n\n"
        "The bloc's envoy Anna Lindqvist first met each leader separately, before lunch.",
    )
    met = {(actor, met) for actor, met, _ in told(events, "meeting")}
    assert ("anna-lindqvist", ("tomas-varga",)) in met
    assert ("anna-lindqvist", ("ivo-brankov",)) in met


def test_each_guest_with_one_traveller_told_is_no_meeting(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Tomas Varga arrived in Maseru on Tuesday night.\n\n"
        "On Wednesday, President Jorge Mendes received each of his guests separately.",
    )
    assert told(events, "meeting") == set()


def test_a_statesman_of_a_country_is_its_leader_named(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Ugandan President Tomas Varga arrived in Accra on Tuesday night. Kenyan Prime "
        "Minister Ivo Brankov landed on Wednesday morning. The summit was convened by Ghanaian "
        "President Jorge Mendes.\n\n"
        "On Wednesday the Ghanaian statesman received each of his guests separately.",
    )
    actors = {actor for actor, _, _ in told(events, "meeting")}
    assert actors == {"jorge-mendes"}


def test_the_heads_of_state_are_the_leaders_of_the_welcome_not_the_spouse(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "President Tomas Varga flew into Yerevan on Monday for a short working visit.\n\n"
        "He was welcomed at the airport by President Ivo Brankov and First Lady Mira Brankova."
        "\n\n"
        "Once the honour guard had been inspected, the heads of state held private talks.",
    )
    met = {tuple(sorted((actor, *met))) for actor, met, _ in told(events, "meeting")}
    assert met == {("ivo-brankov", "tomas-varga")}


def test_the_leaders_with_one_leader_told_make_no_meeting(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Tomas Varga flew into Yerevan on Monday for a short working visit.\n\n"
        "He was welcomed at the airport by Foreign Minister Ivo Brankov and his wife Mira "
        "Brankova.\n\n"
        "Once the honour guard had been inspected, the leaders held talks.",
    )
    assert told(events, "meeting") == set()


def test_a_day_told_in_the_past_perfect_is_not_the_day_the_story_reached(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "President Tomas Varga flew into Yerevan on Monday for a short working visit.\n\n"
        "He was welcomed at the airport by President Ivo Brankov and First Lady Mira Brankova. "
        "The two presidents had agreed the agenda in a phone call on Sunday.\n\n"
        "Once the honour guard had been inspected, the heads of state held private talks.",
    )
    (meeting,) = [e for e in events if e.type == "meeting"]
    assert meeting.date is not None and meeting.date.value == "2025-03-24"


def test_heads_of_state_of_named_states_are_the_leaders_told_of_each(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "President Ivo Marek hosted the heads of state of Zambia and Namibia at a summit in "
        "Kasane on Tuesday.\n\n"
        "Zambian President Edgar Brankov and Namibian President Hage Solberg arrived on Monday "
        "evening.",
    )
    assert ("ivo-marek", ("edgar-brankov", "hage-solberg"), "kasane") in told(events, "meeting")


def test_a_state_whose_leader_the_story_never_names_leaves_the_group_unknown(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "President Ivo Marek hosted the presidents of Zambia, Namibia and Malawi at a summit in "
        "Kasane on Tuesday.\n\n"
        "Zambian President Edgar Brankov and Namibian President Hage Solberg arrived on Monday "
        "evening.",
    )
    met = told(events, "meeting")
    assert all(met_ids != ("edgar-brankov", "hage-solberg") for _, met_ids, _ in met)


def test_a_summit_co_hosted_is_no_party_to_meet(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Last week, Ghana co-hosted the second Summit for Regional Trade, which was held "
        "largely online.",
    )
    assert told(events, "meeting") == set()


def test_a_dialogue_chaired_by_two_leaders_is_none_of_its_parties(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Tomas Varga arrived in Accra on Tuesday.\n\n"
        "On Thursday, Varga and President Jorge Mendes are due to co-chair a Ghana-Africa "
        "Leaders' Roundtable Dialogue in Accra.",
    )
    parties = {party for event in told(events, "meeting") for party in (event[0], *event[1])}
    assert not any("dialogue" in party for party in parties)


@pytest.mark.parametrize(
    "among",
    [
        "she was among the twelve SADC leaders who came to Windhoek for the jubilee",
        "she was one of the EU ministers who flew to Windhoek for the jubilee",
    ],
)
def test_leaders_of_a_bloc_told_by_a_noun_are_not_the_bloc(enricher: Enricher, among: str) -> None:
    events = events_of(
        enricher, f"Queen Ama Sefa was last in Namibia for its silver jubilee, when {among}."
    )
    travellers = {actor for actor, _, _ in told(events, "visit")}
    assert travellers == {"ama-sefa"}


@pytest.mark.parametrize(
    "text",
    [
        "President Tomas Varga was in Nairobi in December for the Lorvia-Africa Leaders Summit "
        "hosted by President Ivo Marek.",
        "President Tomas Varga landed in Accra on Friday. In the afternoon he will fly to Lusaka "
        "for a summit with regional leaders on Saturday hosted by Prime Minister Ivo Marek.",
        "In December, President Tomas Varga was among the African leaders who travelled to "
        "Nairobi for the Lorvia-Africa Leaders Summit hosted by President Ivo Marek.",
        # The parse hangs the host's clause on the leaders, not on the summit.
        "On Wednesday President Tomas Varga was in Oslo for a summit with the leaders of the "
        "five Nordic countries, hosted by Norwegian Prime Minister Ivo Marek.",
        # Attending, not travelling: the summit is the verb's object.
        "President Tomas Varga arrived in Accra on Monday. Today he will attend the "
        "Lorvia-Africa Summit chaired by Prime Minister Ivo Marek at the Convention Centre.",
        "President Tomas Varga will fly on to Lusaka tonight, where he will attend the Great "
        "Lakes Summit hosted by Zambian President Ivo Marek on Saturday.",
        # An infinitive's goer is the subject of the verb it hangs from.
        "In Lusaka, President Tomas Varga is to attend the Great Lakes Summit hosted by "
        "President Ivo Marek.",
        "President Tomas Varga is due to take part in the regional summit hosted by President "
        "Ivo Marek on Friday.",
    ],
)
def test_who_goes_to_a_summit_meets_its_host(enricher: Enricher, text: str) -> None:
    met = {(actor, met) for actor, met, _ in told(events_of(enricher, text), "meeting")}
    assert ("ivo-marek", ("tomas-varga",)) in met


@pytest.mark.parametrize(
    "text",
    [
        "President Tomas Varga criticised the summit hosted by President Ivo Marek in Nairobi.",
        "President Tomas Varga spoke to reporters before the summit hosted by President Ivo "
        "Marek in Nairobi.",
    ],
)
def test_who_only_speaks_of_a_summit_does_not_meet_its_host(enricher: Enricher, text: str) -> None:
    assert told(events_of(enricher, text), "meeting") == set()


def test_those_told_coming_for_the_talks_sit_at_the_hosted_meeting(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "In Oslo on Friday, Secretary Ana Lund attended a meeting of Nordic foreign ministers "
        "hosted by Norway's Foreign Minister Ivo Marek. Finland's Foreign Minister Tomas Varga "
        "and Sweden's Foreign Minister Lars Holm had also travelled to the Norwegian capital for "
        "the talks, which covered trade.",
    )
    assert {"ivo-marek", "ana-lund", "tomas-varga", "lars-holm"} in meetings(events)


def test_those_coming_for_a_gathering_of_their_own_do_not_join_the_one_before(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "In Oslo on Friday, Secretary Ana Lund attended a meeting of Nordic foreign ministers "
        "hosted by Norway's Foreign Minister Ivo Marek. Finland's Foreign Minister Tomas Varga "
        "travelled to Bergen for a summit of his own.",
    )
    assert {"ivo-marek", "ana-lund"} in meetings(events)
    assert all("tomas-varga" not in parties for parties in meetings(events))


@pytest.mark.parametrize(
    "text",
    [
        # The model reads "North Sea Summit" as a region.
        "Prime Minister Ana Lund had flown in from Oslo overnight, where she attended the North "
        "Sea Summit on Thursday.",
        "Prime Minister Ana Lund had flown in from Oslo overnight, where she attended the "
        "Western Balkans Summit on Thursday.",
    ],
)
def test_a_summit_attended_where_the_traveller_came_from_is_in_that_town(
    enricher: Enricher, text: str
) -> None:
    assert told(events_of(enricher, text), "visit") == {("ana-lund", (), "oslo")}


@pytest.mark.parametrize(
    ("text", "met"),
    [
        # A summit printed in its own name meets its chair and attendees.
        (
            "In the afternoon, Prime Minister Ivo Marek chaired the Lorvia-Brenn Summit, "
            "attended by President Tomas Varga and Chancellor Anna Berg.",
            {"ivo-marek", "tomas-varga", "anna-berg"},
        ),
        # Co-chairs of a forum printed in its own name meet.
        (
            "On Thursday, President Tomas Varga and Prime Minister Ivo Marek will co-chair the "
            "Lorvia-Brenn Business Forum in Kel.",
            {"tomas-varga", "ivo-marek"},
        ),
        # A chair meets those the summit is held with, though "with" hangs on the venue.
        (
            "On Friday morning, Prime Minister Ivo Marek chaired the Gulf summit at the Lorvia "
            "Conference Center with President Tomas Varga.",
            {"ivo-marek", "tomas-varga"},
        ),
    ],
)
def test_a_chair_meets_those_the_gathering_names(
    enricher: Enricher, text: str, met: set[str]
) -> None:
    assert met in meetings(events_of(enricher, text))


def test_he_who_chairs_is_none_of_the_attendees_his_clause_names(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Chancellor Anna Berg and President Tomas Varga had arrived in Kel on Thursday for the "
        "gatherings.\n\n"
        "In the afternoon he chaired the Lorvia-Brenn Summit, attended by Varga and Berg.",
    )
    chairs = {actor for actor, _, _ in told(events, "meeting")}
    assert not chairs & {"anna-berg", "tomas-varga"}


def test_who_joins_a_summit_a_relative_clause_gives_hosts_meets_both_hosts(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "President Tomas Varga then joined the summit of the Baltic Initiative, which President "
        "Ivo Marek co-hosted with Latvian President Anna Berg at the castle.",
    )
    # The summit joined, and the body it is of, are no one met.
    assert meetings(events) == [{"ivo-marek", "anna-berg", "tomas-varga"}]


@pytest.mark.parametrize(
    ("host", "met"),
    [
        ("President Ivo Marek", [{"ivo-marek", "tomas-varga"}]),
        # A country hosting tells where the summit is held, not whom one meets there.
        ("Lorvia", []),
    ],
)
def test_who_flies_in_for_a_summit_a_relative_clause_gives_a_host_meets_the_host(
    enricher: Enricher, host: str, met: list[set[str]]
) -> None:
    events = events_of(
        enricher,
        f"Prime Minister Tomas Varga will fly to Kel on Friday for the summit that {host} will "
        "host.",
    )
    assert meetings(events) == met


def test_who_is_due_in_the_capital_for_the_talks_sits_at_them(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Foreign Minister Tomas Varga will arrive in Kel today for the regional dialogue, which "
        "Ivo Marek will host on Saturday. Foreign Minister Anna Berg is also due in the capital "
        "for the talks.",
    )
    assert meetings(events) == [{"ivo-marek", "tomas-varga", "anna-berg"}]


def test_who_flies_in_for_a_summits_opening_is_where_and_when_its_host_holds_it(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "Among those who flew in for the opening of the summit, hosted by King Harald at the "
        "Oscarshall Palace on Tuesday, were Iceland's Ola Sveinsson and Finnish President "
        "Aino Virta.",
    )
    assert visits(events) == {
        ("ola-sveinsson", "oscarshall-palace", "2025-03-25"),
        ("aino-virta", "oscarshall-palace", "2025-03-25"),
    }
    assert meetings(events) == [{"harald", "ola-sveinsson", "aino-virta"}]


# A trip told first, the summit told after it as an aside.
FLIGHT_TO_THE_BASE = (
    "President Tomas Varga made a surprise flight to the naval base at Vesna Bay in Kell "
    "yesterday, spending two and a half hours with troops of the war he has come to Asia "
    "to explain.\n\n"
)


def test_a_summit_named_in_a_trips_aside_is_its_hosts_where_and_when_he_hosted_it(
    enricher: Enricher,
) -> None:
    # "Summit" is a word of the conference's name; the trip the sentence tells is no party's
    # doing at it, and its day is not the summit's.
    events = events_of(
        enricher,
        f"{FLIGHT_TO_THE_BASE}"
        "The trip came hours after the close of the five-nation Lorn Summit Conference, which "
        "Mr. Ivo Brankov hosted at the Orla Hotel on Monday and Tuesday.",
    )
    summit = [e for e in events if e.type == "meeting" and e.evidence[0].trigger == "Summit"]
    assert [(e.actor.id, e.date.value if e.date else None) for e in summit] == [
        ("ivo-brankov", "2025-03-24")
    ]
    assert {c.id for c in summit[0].counterparts} == {"tomas-varga"}
    assert summit[0].location is not None and summit[0].location.id == "orla-hotel"


def test_who_flew_in_for_the_meeting_came_when_and_where_its_host_held_it(
    enricher: Enricher,
) -> None:
    # The day told just before is the signing's, not the trip's; the conference is held in
    # the city its name carries.
    events = events_of(
        enricher,
        f"{FLIGHT_TO_THE_BASE}"
        "The trip came hours after the close of the five-nation Manila Summit Conference, which "
        "Mr. Ivo Brankov hosted at the Congress building on Monday and Tuesday. The leaders "
        "signed a joint communique on Tuesday.\n\n"
        "Among those who flew in for the meeting were Prime Minister Jorge Mendes of Tarvia, "
        "Prime Minister Hage Solberg of Brenn, and President Anna Lindqvist of Vadum.",
    )
    assert {visit for visit in visits(events) if visit[0] != "tomas-varga"} == {
        ("jorge-mendes", "manila", "2025-03-24"),
        ("hage-solberg", "manila", "2025-03-24"),
        ("anna-lindqvist", "manila", "2025-03-24"),
    }


def test_whoever_hosted_the_summit_two_leaders_met_at_took_part_in_their_talks(
    enricher: Enricher,
) -> None:
    # The clause names only the pair; the summit's host, told in a participle, met them too.
    events = events_of(
        enricher,
        "President Tomas Varga flew into Maseru on Friday for talks with Prime Minister Ivo "
        "Brankov.\n\n"
        "The two leaders last met in January in Vadum, at the Northern Leaders' Summit hosted "
        "by President Jorge Mendes.",
    )
    assert {"tomas-varga", "ivo-brankov", "jorge-mendes"} in meetings(events)


@pytest.mark.parametrize(
    "told",
    [
        "Both leaders are to attend the regional summit hosted by Prime Minister Jorge Mendes "
        "in Vadum on Tuesday.",
        "Varga and Brankov will both attend the regional summit hosted by Prime Minister Jorge "
        "Mendes in Vadum on Tuesday.",
    ],
)
def test_a_summit_a_pair_attends_is_their_meeting_with_its_host(
    enricher: Enricher, told: str
) -> None:
    # The clause names only the attendees; the host told in a participle meets them there.
    events = events_of(
        enricher,
        "President Tomas Varga flew into Maseru on Friday for talks with Prime Minister Ivo "
        f"Brankov. {told}",
    )
    assert {"tomas-varga", "ivo-brankov", "jorge-mendes"} in meetings(events)
