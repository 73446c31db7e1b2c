"""Who received the visitor, on invented sentences: an airfield told by its name, a greeter
whose office has an "in" phrase, and a welcome whose greeter goes unread, which never makes
one guest the other's host."""

from __future__ import annotations

import pytest

from stream.contracts import Event
from stream.nlp.enrich import Enricher
from stream.nlp.events import stays
from stream.nlp.lexicon import cue_words
from tests.unit.stories import Told, events_of, told


def test_hosts_meeting_a_guest_at_a_named_field_are_the_visits_counterparts(
    enricher: Enricher,
) -> None:
    text = (
        "On Tuesday President Amara Tolu flew to Lome, where the Governor, Sir Kofi Dede, and "
        "Prime Minister Ivo Bran met him at Tokoin Field."
    )
    events = events_of(enricher, text)
    assert told(events, "visit") == {("amara-tolu", ("ivo-bran", "kofi-dede"), "lome")}
    assert told(events, "meeting") == set()


def test_a_greeter_titled_commander_in_chief_is_the_host(enricher: Enricher) -> None:
    text = (
        "President Amara Tolu and his wife, Ena Tolu, arrived in Lome on Wednesday and were "
        "welcomed at the airport by Commander in Chief Kofi Dede."
    )
    assert told(events_of(enricher, text), "visit") == {
        ("amara-tolu", ("kofi-dede",), "lome"),
        ("ena-tolu", ("kofi-dede",), "lome"),
    }


def test_a_guest_is_not_the_host_of_the_one_arriving_beside_him(enricher: Enricher) -> None:
    text = (
        "President Amara Tolu and his wife, Ena Tolu, arrived in Lome on Wednesday and were "
        "welcomed at the airport by the mayor."
    )
    assert told(events_of(enricher, text), "visit") == {
        ("amara-tolu", (), "lome"),
        ("ena-tolu", (), "lome"),
    }


def test_a_prince_told_by_his_territory_alone_is_the_greeter(enricher: Enricher) -> None:
    text = (
        "President Amara Tolu and his wife, Ena Tolu, flew into Lome on Monday evening and were "
        "met at the aircraft by the Prince of Belmark, who escorted them to their hotel."
    )
    hosts = {counterparts for _, counterparts, _ in told(events_of(enricher, text), "visit")}
    assert hosts == {("prince-of-belmark",)}, hosts


def test_a_prince_told_by_his_territory_is_not_a_crown_prince_named_elsewhere(
    enricher: Enricher,
) -> None:
    text = (
        "President Amara Tolu and his wife, Ena Tolu, flew into Lome on Monday evening and were "
        "met at the aircraft by the Prince of Belmark, who escorted them to their hotel.\n\n"
        "On Friday they go to Kell to see the college where their son, Crown Prince Ado Tolu, "
        "studied."
    )
    hosts = {counterparts for _, counterparts, _ in told(events_of(enricher, text), "visit")}
    assert ("prince-of-belmark",) in hosts, hosts


def test_the_trip_a_guest_is_received_on_a_day_of_is_the_guests(enricher: Enricher) -> None:
    text = (
        "OSLO, Norway — Pope Leo was received in audience by King Harald and Queen Sonja at the "
        "Skaugum Residence yesterday, on the first full day of the first papal visit to Norway "
        "in 35 years.\n\nThe audience lasted about 20 minutes."
    )
    travellers = {actor for actor, _, _ in told(events_of(enricher, text), "visit")}
    assert "harald" not in travellers


def test_a_host_receiving_a_guest_at_his_own_seat_makes_no_trip(enricher: Enricher) -> None:
    text = (
        "Pope Leo, the Peruvian pontiff, flew to Lorn this morning and celebrated Mass.\n\n"
        "The visit was arranged after Ms Amara Tolu was received by the Pope at the Vatican in "
        "June 2015, when she renewed the invitation."
    )
    places_of_the_pope = {
        place for actor, _, place in told(events_of(enricher, text), "visit") if actor == "leo"
    }
    assert "vatican" not in places_of_the_pope


def test_a_welcome_at_the_steps_of_a_craft_told_by_name_greets_the_arrival(
    enricher: Enricher,
) -> None:
    text = (
        "President Ado Kell and his wife, Ena Kell, landed at Vadum airport shortly before nine "
        "yesterday morning. Foreign Minister Ivo Brand met them at the foot of the steps of Sky "
        "Falcon One, and a motorcade took them into the city."
    )
    events = events_of(enricher, text)
    assert {(actor, hosts) for actor, hosts, _ in told(events, "visit")} == {
        ("ado-kell", ("ivo-brand",)),
        ("ena-kell", ("ivo-brand",)),
    }
    assert told(events, "meeting") == set()


def test_a_welcome_after_the_guests_craft_is_told_landing_greets_their_arrival(
    enricher: Enricher,
) -> None:
    text = (
        "President Ado Kell and his wife, Ena Kell, arrived in Vadum yesterday for a three-day "
        "state visit.\n\nThe couple's aircraft landed at the airport at noon. The Foreign "
        "Minister, Ivo Brand, received them at the foot of the steps."
    )
    assert told(events_of(enricher, text), "visit") == {
        ("ado-kell", ("ivo-brand",), "vadum"),
        ("ena-kell", ("ivo-brand",), "vadum"),
    }


def test_a_greeting_told_as_what_is_to_be_done_there_greets_the_traveller(
    enricher: Enricher,
) -> None:
    # "Is to welcome him": the clause is headed by "is", but the greeting is the welcome's.
    text = (
        "In the evening President Amara Tolu goes on to Lome, where Patriarch Kofi Dede is to "
        "welcome him."
    )
    events = events_of(enricher, text)
    assert told(events, "visit") == {("amara-tolu", ("kofi-dede",), "lome")}
    assert told(events, "meeting") == set()


@pytest.mark.parametrize(
    "told",
    [
        "In the evening President Amara Tolu flies to Lome, where King Kofi Dede is to receive "
        "him.",
        "President Amara Tolu will fly to Lome this afternoon, where President Kofi Dede is to "
        "receive him at Kara.",
    ],
)
def test_a_reception_arranged_where_the_trip_goes_is_its_welcome(
    enricher: Enricher, told: str
) -> None:
    events = events_of(enricher, told)
    assert told_of(events) == ({("amara-tolu", ("kofi-dede",), "lome")}, set())


@pytest.mark.parametrize(
    "greeted",
    [
        "On Thursday Queen Ada Vane and Prince Osric will fly to Lorn, where Sultan Kofi Dede "
        "is to receive them at his palace.",
        "On Thursday Queen Ada Vane and Prince Osric will fly to Lorn, where Sultan Kofi Dede "
        "will welcome them.",
    ],
)
def test_a_couple_greeted_as_them_where_their_trip_goes_both_have_the_greeter_as_host(
    enricher: Enricher, greeted: str
) -> None:
    # "Them" is read as no one named: the group greeted is the company the trip carries.
    events = events_of(enricher, greeted)
    assert told_of(events) == (
        {("ada-vane", ("kofi-dede",), "lorn"), ("osric", ("kofi-dede",), "lorn")},
        set(),
    )


def test_a_reception_told_as_what_will_happen_there_is_still_an_audience(
    enricher: Enricher,
) -> None:
    text = (
        "In the evening President Amara Tolu flies to Lome, where King Kofi Dede will receive him."
    )
    assert told(events_of(enricher, text), "meeting") == {("kofi-dede", ("amara-tolu",), "lome")}


def told_of(events: list[Event]) -> tuple[set[Told], set[Told]]:
    return told(events, "visit"), told(events, "meeting")


def test_a_greeter_beside_the_host_of_a_planned_welcome_is_a_host_not_a_guest(
    enricher: Enricher,
) -> None:
    # "Are to meet them": the greeters are the subject of the "are" the welcome is planned by.
    text = (
        "Queen Ada Vane and Prince Osric arrived in Vadum on Monday for a state visit.\n\n"
        "Early this afternoon the couple will fly to Lorn, where President Ivo K. Brand and the "
        "First Lady, Ena Brand, are to meet them at National Airport."
    )
    visits = told(events_of(enricher, text), "visit")
    assert "ena-brand" not in {actor for actor, _, _ in visits}
    assert ("ada-vane", ("ena-brand", "ivo-k-brand"), "lorn") in visits


@pytest.mark.parametrize(
    "received",
    [
        "President Amara Tolu was received at the Lorn Palace in May 2019.",
        "President Amara Tolu was received in audience at the Lorn Palace in May 2019.",
        "Talks on trade began a year after President Amara Tolu was received at the Lorn "
        "Palace in May 2019.",
    ],
)
def test_a_guest_received_at_a_place_with_no_host_named_visits_it(
    enricher: Enricher, received: str
) -> None:
    events = events_of(enricher, received)
    assert told_of(events) == ({("amara-tolu", (), "lorn-palace")}, set())


def test_a_guest_received_at_a_papal_see_meets_the_pope_the_story_names(
    enricher: Enricher, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The see is an invented palace, so that no real one is named here.
    seats = {"papal_seat": frozenset({"lorn palace"})}
    monkeypatch.setattr(stays, "cue_words", lambda kind: seats.get(kind) or cue_words(kind))
    text = (
        "Pope Osric Vane blessed the crowd on Sunday.\n\n"
        "President Amara Tolu was received in audience at the Lorn Palace in May 2019."
    )
    assert told_of(events_of(enricher, text)) == (
        {("amara-tolu", (), "lorn-palace")},
        {("osric-vane", ("amara-tolu",), "lorn-palace")},
    )


def test_a_reception_only_thought_possible_makes_no_trip(enricher: Enricher) -> None:
    text = "Officials said President Amara Tolu could be received at the Lorn Palace next year."
    assert told_of(events_of(enricher, text)) == (set(), set())


def test_the_pope_received_at_his_own_see_makes_no_trip_there(
    enricher: Enricher, monkeypatch: pytest.MonkeyPatch
) -> None:
    seats = {"papal_seat": frozenset({"lorn palace"})}
    monkeypatch.setattr(stays, "cue_words", lambda kind: seats.get(kind) or cue_words(kind))
    text = "Pope Osric Vane was received at the Lorn Palace in May 2019."
    assert told_of(events_of(enricher, text)) == (set(), set())


def test_travellers_greeted_as_them_after_their_arrival_elsewhere_are_the_greeters_guests(
    enricher: Enricher,
) -> None:
    # "Them" stands for no one named: the greeting is of those the trip takes there, not of
    # the stay told before. (A trip told alone: see the couple greeted as "them" above.)
    text = (
        "King Olav Brann and Queen Sofi arrived in Lorn on Monday for a state visit.\n\n"
        "On Thursday the royal couple will fly to Vadum, where Governor Ivo Kell is to receive "
        "them at his palace."
    )
    visits = {visit for visit in told(events_of(enricher, text), "visit") if visit[2] == "vadum"}
    assert visits == {("olav-brann", ("ivo-kell",), "vadum"), ("sofi", ("ivo-kell",), "vadum")}


def test_greeters_where_a_tour_began_on_a_day_welcome_its_travellers(enricher: Enricher) -> None:
    # The "where" hangs on the day the tour began, which the verb beginning it tells.
    text = (
        "King Olav Brann and Queen Sofi arrived in Lorn on Monday.\n\n"
        "The royal couple began their tour in Vadum on Monday, where Prime Minister Ivo Kell "
        "and Governor Ada Renn welcomed them."
    )
    hosts = ("ada-renn", "ivo-kell")
    visits = {visit for visit in told(events_of(enricher, text), "visit") if visit[2] == "vadum"}
    assert visits == {("olav-brann", hosts, "vadum"), ("sofi", hosts, "vadum")}


def test_a_greeter_where_a_tour_told_as_subject_began_on_a_day_welcomes_it(
    enricher: Enricher,
) -> None:
    # "The tour began in Y on a day, where": the "where" hangs on the day, which the verb the
    # tour is the subject of tells.
    text = (
        "President Arvo Lind of Norlund is on a ten-day tour of Africa.\n\n"
        "His tour began in Lusaka on May 9, where he was received by President Mara "
        "Tolve."
    )
    visits = told(events_of(enricher, text), "visit")
    assert visits == {("arvo-lind", ("mara-tolve",), "lusaka")}


def test_a_traveller_receiving_others_where_she_goes_has_no_greeter(enricher: Enricher) -> None:
    text = (
        "On Thursday Queen Sofi and Prince Osric will fly to Vadum, where the Queen is to receive "
        "the chiefs at the temple."
    )
    assert told(events_of(enricher, text), "visit") == {
        ("sofi", (), "vadum"),
        ("osric", (), "vadum"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Mr Varo leaves today for Kell, where he is to hold talks with Prime Minister Lia Dosen "
        "on Thursday and be received by King Orin Tal on Friday.",
        "Mr Varo arrived in Kell on Sunday. On Monday he held talks with Prime Minister Lia "
        "Dosen and was received by King Orin Tal.",
    ],
)
def test_a_reception_joined_to_talks_is_a_second_meeting(enricher: Enricher, text: str) -> None:
    met = {(actor, parties) for actor, parties, _ in told(events_of(enricher, text), "meeting")}
    assert met == {("varo", ("lia-dosen",)), ("orin-tal", ("varo",))}


def test_a_reception_joined_to_planned_talks_keeps_its_own_day(enricher: Enricher) -> None:
    text = (
        "Mr Varo leaves today for Kell, where he is to hold talks with Prime Minister Lia Dosen "
        "on Thursday and be received by King Orin Tal on Friday."
    )
    (received,) = [e for e in events_of(enricher, text) if e.actor.id == "orin-tal"]
    assert received.status == "planned"
    assert received.date is not None and received.date.value == "2025-03-28"
