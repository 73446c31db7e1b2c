"""Visits and one-to-one meetings whose parties or place the plain reading loses, on invented
sentences: fellow greeters, "the two presidents" after a welcome, arrivals that name no place,
a pronoun after a name a copula ends in, and a surname the model read as a small town."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from stream.nlp.enrich import Enricher
from stream.nlp.entities.unlabelled import surnames_as_people
from tests.unit.stories import events_of, told


def test_each_who_meets_an_arrival_at_the_airport_is_the_visits_host(enricher: Enricher) -> None:
    text = (
        "President Amara Tolu arrived in Lome late on Monday and was met at the airport by "
        "President Koffi Mensah and Foreign Minister Afi Dogbe."
    )
    assert told(events_of(enricher, text), "visit") == {
        ("amara-tolu", ("afi-dogbe", "koffi-mensah"), "lome")
    }


def test_officials_beside_a_greeter_add_no_host(enricher: Enricher) -> None:
    text = (
        "President Amara Tolu arrived in Lome on Monday. He was received at the airport by "
        "Foreign Minister Afi Dogbe and officials of the Ministry of Foreign Affairs."
    )
    assert told(events_of(enricher, text), "visit") == {("amara-tolu", ("afi-dogbe",), "lome")}


def test_the_two_presidents_are_the_two_printed_with_the_office(enricher: Enricher) -> None:
    text = (
        "President Amara Tolu arrived in Lome late on Monday and was met at the airport by "
        "President Koffi Mensah and First Lady Esi Mensah.\n\n"
        "On Tuesday the two presidents held talks at the State House."
    )
    meetings = told(events_of(enricher, text), "meeting")
    assert {(actor, parties) for actor, parties, _ in meetings} == {
        ("koffi-mensah", ("amara-tolu",))
    } or {(actor, parties) for actor, parties, _ in meetings} == {("amara-tolu", ("koffi-mensah",))}


def test_an_arrival_naming_no_place_is_at_the_scene_told_before(enricher: Enricher) -> None:
    text = (
        "Prime Minister Ola Berg hosted President Koffi Mensah in Bergen on Monday for talks "
        "on fisheries.\n\nPresident Amara Tolu arrived on Monday night."
    )
    visits = told(events_of(enricher, text), "visit")
    assert ("amara-tolu", (), "bergen") in visits


def test_an_arrival_with_a_place_told_but_not_named_is_not_guessed(enricher: Enricher) -> None:
    text = (
        "Prime Minister Ola Berg hosted President Koffi Mensah in Bergen on Monday for talks "
        "on fisheries.\n\nPresident Amara Tolu arrived in the region on Monday night."
    )
    visits = told(events_of(enricher, text), "visit")
    assert not any(actor == "amara-tolu" for actor, _, _ in visits)


def test_he_after_a_name_a_copula_ends_in_is_that_name(enricher: Enricher) -> None:
    text = (
        "Koffi Mensah, whose predecessor, Ola Berg, quarrelled with the region, stayed at "
        "home.\n\nThe real engine of the thaw is Jonas Lindqvist. Last week he made a state visit "
        "to Accra."
    )
    visits = told(events_of(enricher, text), "visit")
    assert ("jonas-lindqvist", (), "accra") in visits
    assert not any(actor == "ola-berg" for actor, _, _ in visits)


def test_a_town_that_ends_a_persons_name_is_that_person_told_by_surname() -> None:
    doc = Doc(
        spacy.blank("en").vocab,
        words=[
            "Premier",
            "Jon",
            "Whitby",
            "met",
            "Ana",
            "Hamilton",
            ".",
            "Whitby",
            "left",
            ",",
            "and",
            "Hamilton",
            "stayed",
            ".",
        ],
    )
    doc.ents = [
        Span(doc, 1, 3, label="PERSON"),
        Span(doc, 4, 6, label="PERSON"),
        Span(doc, 7, 8, label="GPE"),
        Span(doc, 11, 12, label="GPE"),
    ]
    labels = [(span.text, span.label_) for span in surnames_as_people(list(doc.ents))]
    # Whitby is a town few know; Hamilton a city better known as the place.
    assert labels[2:] == [("Whitby", "PERSON"), ("Hamilton", "GPE")]


def test_an_object_told_after_the_day_is_the_one_received(enricher: Enricher) -> None:
    text = (
        "President Koffi Mensah received at the State House on Friday Foreign Minister Afi "
        "Dogbe and her delegation."
    )
    meetings = told(events_of(enricher, text), "meeting")
    assert {(actor, parties) for actor, parties, _ in meetings} == {
        ("koffi-mensah", ("afi-dogbe",))
    }


def test_a_guest_driven_to_a_city_visits_it(enricher: Enricher) -> None:
    text = (
        "Pope Amadeus III arrived in Norway on Monday. He was then driven to Trondheim, where "
        "he met Prime Minister Ola Berg."
    )
    visits = told(events_of(enricher, text), "visit")
    assert ("amadeus-iii", (), "trondheim") in visits


def test_an_audience_with_a_monarch_is_a_meeting(enricher: Enricher) -> None:
    text = (
        "Prime Minister Ola Berg met President Koffi Mensah in Accra on Monday, followed by an "
        "audience with King Otumfuo Osei at the Manhyia Palace."
    )
    meetings = told(events_of(enricher, text), "meeting")
    assert ("ola-berg", ("otumfuo-osei",)) in {(actor, parties) for actor, parties, _ in meetings}


def test_delegations_led_by_two_heads_are_each_heads_visit(enricher: Enricher) -> None:
    text = (
        "The two delegations, led by Foreign Minister Afi Dogbe and General Koffi Mensah, "
        "arrived in Pretoria on Monday."
    )
    visits = told(events_of(enricher, text), "visit")
    assert {actor for actor, _, _ in visits} == {"afi-dogbe", "koffi-mensah"}


def test_an_arrival_naming_no_place_is_where_the_text_set_the_scene(enricher: Enricher) -> None:
    text = (
        "The leaders sat down together at the palace in Bergen, with no outside power "
        "presiding.\n\nPresident Amara Tolu flew in on Wednesday evening."
    )
    visits = told(events_of(enricher, text), "visit")
    assert ("amara-tolu", (), "bergen") in visits


def test_a_welcome_told_of_the_place_left_is_talks_there(enricher: Enricher) -> None:
    text = (
        "President Amara Tolu arrived in Oslo on Friday from Ghana, where he spent three days "
        "and was received by President Koffi Mensah in Accra on Wednesday."
    )
    found = events_of(enricher, text)
    assert ("amara-tolu", (), "oslo") in told(found, "visit")
    meetings = {(actor, parties) for actor, parties, _ in told(found, "meeting")}
    assert meetings == {("koffi-mensah", ("amara-tolu",))}
