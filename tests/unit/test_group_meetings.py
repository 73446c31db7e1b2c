"""Meetings of several leaders at one gathering, on small invented stories read with the real
model: who the gathering's parties are when the text names them around its host."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.contracts import Article, Event
from stream.nlp.enrich import Enricher

PUBLISHED = dt.date(2025, 3, 27)


def meetings_of(enricher: Enricher, text: str) -> list[Event]:
    article = Article(id="t", published=PUBLISHED, text=text)
    return [e for e in enricher.enrich(article).events if e.type == "meeting"]


def parties(event: Event) -> set[str]:
    return {event.actor.id, *(c.id for c in event.counterparts)}


def test_a_summit_hosted_by_one_and_attended_by_others(enricher: Enricher) -> None:
    text = (
        "The extraordinary summit of the Southern Lakes Community, hosted by Lorvian President "
        "Ivo Marek, was attended by Ruritanian President Tomas Varga, Osterlich's Elin Saro and "
        "Moldavian President Pierre Ndayishimiye."
    )
    (meeting,) = meetings_of(enricher, text)
    assert meeting.actor.id == "ivo-marek"
    assert parties(meeting) == {"ivo-marek", "tomas-varga", "elin-saro", "pierre-ndayishimiye"}


def test_a_chair_told_with_two_offices_chairs_the_session(enricher: Enricher) -> None:
    text = (
        "The ministers met in an extraordinary session in Doha chaired by Qatar's Prime Minister "
        "and Foreign Minister Sheikh Ahmed bin Salim Al Tamimi and attended by Foreign Minister "
        "Ivo Brandt and Foreign Minister Tomas Varga."
    )
    (meeting,) = meetings_of(enricher, text)
    assert meeting.actor.id == "ahmed-bin-salim-al-tamimi"
    assert {c.id for c in meeting.counterparts} == {"ivo-brandt", "tomas-varga"}


def test_guests_around_the_hosts_table_and_a_stand_in(enricher: Enricher) -> None:
    text = (
        "Kenya's President Ivo Marek hosted the informal meeting at the State Lodge, his "
        "residence in Nakuru, with Uganda's Tomas Varga, Rwanda's Elin Saro and Burundi's Pierre "
        "Ndayishimiye around the table. Tanzania's President Anton Pavic stayed at home and sent "
        "the speaker of parliament, Mira Kovac, in his place."
    )
    (meeting,) = meetings_of(enricher, text)
    assert parties(meeting) == {
        "ivo-marek",
        "tomas-varga",
        "elin-saro",
        "pierre-ndayishimiye",
        "mira-kovac",
    }


def test_leaders_joined_by_others_for_a_wider_meeting(enricher: Enricher) -> None:
    text = (
        "Chancellor Hans Vogel arrived in Riga on Monday and held talks with President Tomas "
        "Varga at the castle before the two leaders were joined by Estonian Prime Minister Elin "
        "Saro and Finnish Prime Minister Mira Kovac for a four-way meeting."
    )
    found = [parties(meeting) for meeting in meetings_of(enricher, text)]
    assert {"hans-vogel", "tomas-varga"} in found
    assert {"hans-vogel", "tomas-varga", "elin-saro", "mira-kovac"} in found


@pytest.mark.parametrize(
    "told",
    [
        "joined by Foreign Minister Elin Saro and Defence Minister Ivo Brandt",
        "with Foreign Minister Elin Saro and Defence Minister Ivo Brandt sitting in",
        "with Foreign Minister Elin Saro and Defence Minister Ivo Brandt present",
    ],
)
def test_ministers_joining_or_sitting_in_on_talks_are_at_them(
    enricher: Enricher, told: str
) -> None:
    text = (
        "President Tomas Varga arrived in Brenn on Sunday for a three-day visit.\n\n"
        f"He and Prime Minister Hans Vogel then held talks for two hours at the palace, {told}."
    )
    (meeting,) = meetings_of(enricher, text)
    assert parties(meeting) == {"tomas-varga", "hans-vogel", "elin-saro", "ivo-brandt"}


def test_an_aide_present_for_part_of_the_talks_is_no_party(enricher: Enricher) -> None:
    text = (
        "President Ivo Marek of Lorvia arrived in Kel on Sunday for talks with President Arvo "
        "Lind. The two presidents talked for an hour at the Blue Palace yesterday "
        "evening, with the Lorvian Ambassador, Tomas Varga, and Norlundian ministers present "
        "for part of the time."
    )
    found = [parties(meeting) for meeting in meetings_of(enricher, text)]
    assert found and all("tomas-varga" not in told for told in found)


def test_aides_present_at_hours_of_talks_are_at_them(enricher: Enricher) -> None:
    text = (
        "President Tomas Varga arrived in Brenn on Sunday for talks with Prime Minister Hans "
        "Vogel.\n\nLast night Mr Vogel and Mr Varga held two hours of talks at the palace, with "
        "Marshal Elin Saro and Mr Ivo Brandt present."
    )
    found = [parties(meeting) for meeting in meetings_of(enricher, text)]
    assert {"tomas-varga", "hans-vogel", "elin-saro", "ivo-brandt"} in found


@pytest.mark.parametrize(
    "told",
    [
        "After lunch, Foreign Minister Elin Saro and Defence Minister Ivo Brandt joined the talks.",
        "The two ministers, Elin Saro and Ivo Brandt, then joined them.",
        "Foreign Minister Elin Saro and Defence Minister Ivo Brandt sat in on the session.",
    ],
)
def test_ministers_told_joining_the_talks_in_a_sentence_of_their_own_are_at_them(
    enricher: Enricher, told: str
) -> None:
    text = (
        "President Tomas Varga arrived in Brenn on Sunday for a three-day visit.\n\n"
        f"He and Prime Minister Hans Vogel then held talks for two hours at the palace. {told}"
    )
    (meeting,) = meetings_of(enricher, text)
    assert parties(meeting) == {"tomas-varga", "hans-vogel", "elin-saro", "ivo-brandt"}


def test_one_joining_talks_a_clause_tells_apart_is_not_at_the_talks_told_before(
    enricher: Enricher,
) -> None:
    text = (
        "President Tomas Varga arrived in Brenn on Sunday for a three-day visit.\n\n"
        "He and Prime Minister Hans Vogel then held talks for two hours at the palace. Foreign "
        "Minister Elin Saro, who flew in with Varga, joined the talks that followed in Kell."
    )
    assert all("elin-saro" not in parties(m) for m in meetings_of(enricher, text))


def test_those_present_at_the_welcome_are_its_guests(enricher: Enricher) -> None:
    text = (
        "Swiss President Ivo Marek welcomed the delegations on the terrace of the hotel in "
        "Lucerne on Saturday. Among those present were Ukrainian President Tomas Varga, German "
        "Chancellor Hans Vogel and Italian Prime Minister Elin Saro."
    )
    (meeting,) = meetings_of(enricher, text)
    assert parties(meeting) == {"ivo-marek", "tomas-varga", "hans-vogel", "elin-saro"}


def test_named_participants_replace_the_group_hosted(enricher: Enricher) -> None:
    text = (
        "Prime Minister Ivo Marek hosted the leaders of the EU member states and the Balkan "
        "partners at the Boyana Residence in Sofia on Thursday.\n\n"
        "Taking part were European Council President Tomas Varga, Serbian President Elin Saro "
        "and Albanian Prime Minister Pierre Ndayishimiye, among others."
    )
    (meeting,) = meetings_of(enricher, text)
    assert parties(meeting) == {"ivo-marek", "tomas-varga", "elin-saro", "pierre-ndayishimiye"}
    assert meeting.location is not None and meeting.location.id == "boyana-residence"


def test_leaders_attending_among_them_join_the_opened_meeting(enricher: Enricher) -> None:
    text = (
        "Prime Minister Ivo Marek on Friday opened the third Pacific Leaders Meeting in the city "
        "of Iwaki. The leaders of 18 countries are attending, among them Palau President Tomas "
        "Varga, Fijian Prime Minister Elin Saro and Tongan Prime Minister Pierre Ndayishimiye."
    )
    (meeting,) = meetings_of(enricher, text)
    assert parties(meeting) == {"ivo-marek", "tomas-varga", "elin-saro", "pierre-ndayishimiye"}


def test_among_them_in_a_sentence_about_something_else_adds_no_one(enricher: Enricher) -> None:
    text = (
        "President Ivo Marek welcomed the delegations at the resort on Saturday. Several "
        "leaders, among them President Tomas Varga, have said they doubt a deal is near."
    )
    assert all("tomas-varga" not in parties(m) for m in meetings_of(enricher, text))


def test_the_meeting_hosted_is_on_the_day_the_leaders_were_told_meeting(
    enricher: Enricher,
) -> None:
    text = (
        "The leaders of the Great Lakes sat down together on Tuesday without any outside "
        "mediator.\n\n"
        "Kenya's President Ivo Marek hosted the informal meeting at the State Lodge with "
        "Uganda's Tomas Varga and Rwanda's Elin Saro."
    )
    (meeting,) = meetings_of(enricher, text)
    assert meeting.date is not None and meeting.date.value == "2025-03-25"


def test_a_name_the_parse_sets_off_after_another_is_a_guest_of_its_own(
    enricher: Enricher,
) -> None:
    text = (
        "The presidents of Lorvia and Osterlich, Jorge Morales and Rafael Quintero, shook hands "
        "yesterday at the close of the summit in Lisbon. President Ivo Marek hosted Morales, "
        "Quintero, Venezuelan President Anton Berg, Nicaraguan President Mira Lund and more than "
        "a dozen other heads of state and government at the summit, held at a resort outside "
        "the city."
    )
    found = [parties(meeting) for meeting in meetings_of(enricher, text)]
    assert {"ivo-marek", "jorge-morales", "rafael-quintero", "anton-berg", "mira-lund"} in found


@pytest.mark.parametrize(
    "text",
    [
        "Chilean Foreign Minister Ana Lindqvist and Peruvian envoy Bo Tamayo held indirect talks "
        "in Lima on Saturday, mediated by Uruguayan Foreign Minister Rui Salas.",
        "President Bo Tamayo and his Tarvian counterpart Ana Lindqvist met on Tuesday in "
        "Quito, under the mediation of Ecuadorian President Rui Salas, and agreed on a truce.",
    ],
)
def test_the_mediator_of_talks_sits_at_them(enricher: Enricher, text: str) -> None:
    (meeting,) = meetings_of(enricher, text)
    assert parties(meeting) == {"ana-lindqvist", "bo-tamayo", "rui-salas"}


def test_those_told_taking_part_in_a_meeting_are_its_parties(enricher: Enricher) -> None:
    text = (
        "President Ivo Marek of Lorvia will travel to Peru next month. Marek is expected to meet "
        "Chilean President Ana Lindqvist in Lima on May 5, with the participation of Peruvian "
        "President Bo Tamayo, Bolivian President Tomas Varga and Ecuadorian President Elin Saro."
    )
    assert [parties(m) for m in meetings_of(enricher, text)] == [
        {"ivo-marek", "ana-lindqvist", "bo-tamayo", "tomas-varga", "elin-saro"}
    ]


def test_a_leader_mediating_talks_between_states_is_no_side_of_them(
    enricher: Enricher,
) -> None:
    text = (
        "Chile and Peru agreed on Monday to end their border dispute after talks in Lima "
        "mediated by President Rui Salas."
    )
    assert [parties(m) for m in meetings_of(enricher, text)] == [{"chile", "peru"}]


def test_a_third_states_leader_present_at_talks_sits_at_them(enricher: Enricher) -> None:
    text = (
        "Chilean President Ana Lindqvist and Peruvian President Bo Tamayo met in Quito on "
        "Tuesday, in the presence of Trinidad and Tobago Prime Minister Rui Salas."
    )
    assert [parties(m) for m in meetings_of(enricher, text)] == [
        {"ana-lindqvist", "bo-tamayo", "rui-salas"}
    ]


def test_a_sides_own_ambassador_present_at_talks_is_no_party(enricher: Enricher) -> None:
    text = (
        "Chilean President Ana Lindqvist received Peruvian Foreign Minister Bo Tamayo in "
        "Santiago on Tuesday, in the presence of Peruvian Ambassador Rui Salas."
    )
    assert [parties(m) for m in meetings_of(enricher, text)] == [{"ana-lindqvist", "bo-tamayo"}]


def test_those_seated_at_the_table_replace_the_body_whose_leaders_gathered(
    enricher: Enricher,
) -> None:
    text = (
        "Leaders of the Southern Lakes Community gathered at the Tamar Hall on Tuesday for a "
        "summit chaired by President Ivo Marek.\n\n"
        "Around the table sat Lorvian President Tomas Varga, Ruritanian Prime Minister Elin Saro "
        "and Osterlich President Pierre Ndayishimiye, who is standing in for President Jan Holm."
    )
    (meeting,) = meetings_of(enricher, text)
    assert meeting.actor.id == "ivo-marek"
    # Not the body, nor the one a seated leader stands in for.
    assert parties(meeting) == {"ivo-marek", "tomas-varga", "elin-saro", "pierre-ndayishimiye"}
    # Held where its goers gathered for it.
    assert meeting.location is not None and meeting.location.id == "tamar-hall"


def test_a_table_told_of_no_gathering_seats_no_one(enricher: Enricher) -> None:
    text = (
        "President Ivo Marek flew to Vadum on Tuesday.\n\n"
        "Around the table sat Lorvian President Tomas Varga and Ruritanian Prime Minister Elin "
        "Saro."
    )
    assert meetings_of(enricher, text) == []


def test_a_group_met_in_a_clause_of_its_own_is_no_party_of_the_first_meeting(
    enricher: Enricher,
) -> None:
    text = (
        "BEIRUT, Sept. 15 — Pope Leo Vell arrived in Beirut on Friday. The pontiff then met "
        "separately with Speaker Ivo Marek and with Prime Minister Tom Ardal in the palace's "
        "library, before sitting down with Muslim spiritual leaders, among them Grand Mufti Omar "
        "Haddad, Sheikh Ali Nasser and Sheikh Karim Salem."
    )
    met = sorted(sorted(c.id for c in e.counterparts) for e in meetings_of(enricher, text))
    assert met == [["ali-nasser", "karim-salem", "omar-haddad"], ["ivo-marek"], ["tom-ardal"]]


def test_guests_received_in_turn_are_each_a_meeting_of_their_own(enricher: Enricher) -> None:
    # "In turn", like "separately", tells one audience after another, not one meeting of all.
    text = (
        "President Ane Haugen, President Karl Dorn and President Luis Soto flew in for the "
        "funeral this morning.\n\n"
        "After the burial, King Osric received Mrs. Haugen, Mr. Dorn and President Soto in turn "
        "at the Royal Palace."
    )
    met = sorted(sorted(c.id for c in e.counterparts) for e in meetings_of(enricher, text))
    assert met == [["ane-haugen"], ["karl-dorn"], ["luis-soto"]]


def test_talks_then_separately_with_a_second_party_are_two_meetings(enricher: Enricher) -> None:
    # The parser hangs the second "with", and the "then, separately" before it, on the verb.
    text = (
        "President Tomas Varga arrived in Brenn on Sunday for a three-day visit.\n\n"
        "On Monday, Varga held talks with Prime Minister Elin Saro at the palace and then, "
        "separately, with Foreign Minister Ivo Brandt."
    )
    assert sorted(map(sorted, map(parties, meetings_of(enricher, text)))) == [
        ["elin-saro", "tomas-varga"],
        ["ivo-brandt", "tomas-varga"],
    ]


def test_the_two_presidents_are_no_pair_holding_a_wife(enricher: Enricher) -> None:
    """A greeting of the guest's wife is no talks of two presidents: "the two presidents" are
    the guest and the host, not the host and the wife he greeted."""
    text = (
        "President Arvo Lind of Norlund arrived in Accra on Monday with his wife, Mira Lind.\n\n"
        "President Kofi Mensah of Vellia greeted Mira Lind at the airport with flowers.\n\n"
        "The two presidents held talks for two hours at the palace."
    )
    met = [parties(event) for event in meetings_of(enricher, text)]
    assert {"kofi-mensah", "mira-lind"} not in met
    assert {"kofi-mensah", "arvo-lind"} in met


def test_the_two_presidents_are_no_fellow_traveller_of_the_guest(enricher: Enricher) -> None:
    """A minister who flew in beside the guest is on the guest's side of any talks: "the two
    presidents" are the guest and whoever welcomed them, not the guest and his minister."""
    text = (
        "President Arvo Lind of Norlund and his Foreign Minister, Tomas Varga, arrived in Lima "
        "on Monday and were welcomed at the airport by Jonas Ekdal, who rode with his guest into "
        "the capital.\n\n"
        "The two presidents held talks at the Hallan Palace on Monday afternoon."
    )
    met = [parties(event) for event in meetings_of(enricher, text)]
    assert {"jonas-ekdal", "arvo-lind"} in met
    assert {"jonas-ekdal", "tomas-varga"} not in met


def test_the_two_leaders_are_never_the_host_and_the_guests_wife(enricher: Enricher) -> None:
    """A wife told arriving beside the guest is on the guest's side of any talks: "the two
    leaders" who confer are never the host and her, however she is styled."""
    text = (
        "Vice-President Arvo Lind of Norway left Kel on Sunday for Vadum, the third stop of his "
        "tour.\n\n"
        "Mr. Lind and his wife, Lady Mira Lind, reached Vadum airport at noon and were met by "
        "President Tomas Varga.\n\n"
        "The next day the two leaders conferred for two hours at the Sorn Palace."
    )
    met = [parties(event) for event in meetings_of(enricher, text)]
    assert {"mira-lind", "tomas-varga"} not in met


def test_the_two_presidents_are_the_pair_of_the_stay_told_not_the_next_one(
    enricher: Enricher,
) -> None:
    """In a story filed from nowhere told, the lead's talks on the next leg of a tour are not
    the talks of "the two presidents" told after the guest's arrival and welcome here."""
    text = (
        "President Arvo Lind of Norlund, who spent two days in Peru this week, arrived in "
        "Quito yesterday for talks with President Tomas Varga.\n\n"
        "Lind arrived in Lima on Monday and was welcomed at the airport by Jonas Ekdal, who "
        "rode with his guest into the capital.\n\n"
        "The two presidents held talks at the Hallan Palace on Monday afternoon."
    )
    met = [parties(event) for event in meetings_of(enricher, text)]
    assert {"jonas-ekdal", "arvo-lind"} in met


def test_the_two_leaders_are_the_pair_told_before_the_guests_couple(enricher: Enricher) -> None:
    """A guest and his wife told landing together are one side of any talks: "the two
    leaders" are the pair told together before them, not no one."""
    text = (
        "Vadum — Arvo Lind and Tomas Vell stood side by side over the fishing quotas on "
        "Wednesday, the opening day of the Norlund president's visit to Kelland.\n\n"
        "Arvo Lind and his wife, Mira Lind, touched down in Vadum early on Wednesday and "
        "were greeted at Sorn Hall by Governor General Ode Ranna.\n\n"
        "In the Senate building the two leaders held talks for roughly an hour ahead of a "
        "news conference."
    )
    met = [parties(event) for event in meetings_of(enricher, text)]
    assert {"arvo-lind", "tomas-vell"} in met


def test_talking_on_a_day_is_talks_not_a_topic_spoken_on(enricher: Enricher) -> None:
    """ "Talked on Friday": "on" a day tells when the leaders talked, not what about."""
    text = (
        "President Arvo Lind of Norlund reached Vadum on Thursday and was greeted by Prime "
        "Minister Tomas Vell.\n\n"
        "The two leaders talked for close to three hours on Friday at the Sorn Palace."
    )
    dates = {event.date.value for event in meetings_of(enricher, text) if event.date is not None}
    assert "2025-03-21" in dates


def test_talks_held_before_a_call_are_held_in_person(enricher: Enricher) -> None:
    """ "Held talks ... before the call on the Regent": a call told after "before" is
    another event in time, not the means of the talks."""
    text = (
        "Prime Minister Arvo Lind of Norlund flew into Vadum on Monday, where Premier Tomas Vell "
        "met him off the plane.\n\n"
        "The premiers met at the Sorn Palace on Tuesday and once more yesterday before the call "
        "on the Regent."
    )
    places = {event.location.name for event in meetings_of(enricher, text) if event.location}
    assert "Sorn Palace" in places


def test_talks_told_after_a_welcome_at_the_steps_are_talks(enricher: Enricher) -> None:
    """A welcome at the aircraft steps is no talks that a later "the two talked" tells more
    of: the talks are a meeting of their own."""
    text = (
        "Chancellor Arvo Lind of Norlund arrived in Vadum on Saturday evening and was met at "
        "the airport by Foreign Minister Ode Ranna. On Sunday morning he and President Tomas "
        "Vell talked for two hours at the Marn Palace."
    )
    met = [parties(event) for event in meetings_of(enricher, text)]
    assert {"arvo-lind", "tomas-vell"} in met


@pytest.mark.parametrize(
    "sentence",
    [
        # Staying at a gathering is going to it.
        "President Arvo Lind of Norlund spent three days at the energy forum hosted by Prime "
        "Minister Osku Varga in Kell.",
        # A trip told in a time phrase is the subject's of the verb the phrase hangs on.
        "President Arvo Lind of Norlund will open a fair in Vik on Friday before heading to Kell "
        "for the energy forum hosted by Prime Minister Osku Varga.",
        # A gathering convened by someone is one its convener holds.
        "President Arvo Lind of Norlund will go to Kell on Sunday for a summit of coastal states "
        "convened by Prime Minister Osku Varga.",
        # "Which X will chair" names the chair as "which X will host" names the host.
        "President Arvo Lind of Norlund is going to Kell for a fisheries conference, which Prime "
        "Minister Osku Varga will chair.",
    ],
)
def test_who_goes_to_a_gathering_meets_its_host(enricher: Enricher, sentence: str) -> None:
    assert {"arvo-lind", "osku-varga"} in [parties(e) for e in meetings_of(enricher, sentence)]


def test_who_only_speaks_at_a_gathering_does_not_meet_its_host(enricher: Enricher) -> None:
    text = (
        "President Arvo Lind of Norlund spoke by video at the trade summit hosted by Prime "
        "Minister Osku Varga."
    )
    assert not meetings_of(enricher, text)


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        (
            "Prime Minister Ilse Rooth met the island mayors, led by Oskar Lund, at her office "
            "on Wednesday.",
            {"ilse-rooth", "oskar-lund"},
        ),
        # A head told by office stands for the group when the name is set beside it.
        (
            "Prime Minister Ilse Rooth met judges of the Norlund Supreme Court, led by its "
            "president, Petra Hollis, on Wednesday.",
            {"ilse-rooth", "norlund-supreme-court", "petra-hollis"},
        ),
    ],
)
def test_a_group_met_stands_for_the_one_told_leading_it(
    enricher: Enricher, sentence: str, told: set[str]
) -> None:
    assert told in [parties(e) for e in meetings_of(enricher, f"KESSBY, March 26 - {sentence}")]
