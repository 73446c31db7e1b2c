"""Legs told as a list after a heading or a described stop, on invented sentences: "will travel
south to A, the mining town of B and C" is a planned visit to each of the three."""

from __future__ import annotations

from spacy.tokens import Doc

from stream.nlp.enrich import Enricher
from stream.nlp.roles.stops import headed_to
from tests.unit.stories import events_of, visits

OPENING = (
    "LIMA, March 27 (XNA) - Norwegian President Ane Haugen held talks with President Jorge Paz "
    "in Lima on Wednesday.\n\n"
)


def test_places_listed_past_a_town_described_are_legs(enricher: Enricher) -> None:
    text = OPENING + (
        "Today Haugen flies north to Trujillo. Later in the month she is to travel south to "
        "Arequipa, the mining town of Puno and Cusco."
    )
    places = {place for actor, place, _ in visits(events_of(enricher, text))}
    assert {"arequipa", "puno", "cusco"} <= places


def test_a_place_hung_on_the_heading_is_where_the_trip_goes(enricher: Enricher) -> None:
    # The parse the model gives when it hangs "to" on the heading, built by hand.
    words = ["She", "will", "travel", "south", "to", "Arequipa", "."]
    heads = [2, 2, 2, 2, 3, 4, 2]
    deps = ["nsubj", "aux", "ROOT", "advmod", "prep", "pobj", "punct"]
    pos = ["PRON", "AUX", "VERB", "ADV", "ADP", "PROPN", "PUNCT"]
    doc = Doc(enricher.nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert [word.text for word in headed_to(doc[2])] == ["Arequipa"]


def test_a_firm_listed_after_a_place_is_no_stop(enricher: Enricher) -> None:
    text = OPENING + (
        "Haugen will travel south to Arequipa to sign a deal with Puno and Cusco firms."
    )
    places = {place for actor, place, _ in visits(events_of(enricher, text))}
    assert "puno" not in places and "cusco" not in places


def test_a_list_headed_by_a_town_read_as_a_product_goes_on(enricher: Enricher) -> None:
    # The model reads "Fortaleza" as a product; the gazetteer knows it as a town.
    text = OPENING + (
        "Today Haugen flies to Manaus. Later in the month she is to travel north to "
        "Fortaleza, the old port of Natal and Belém."
    )
    places = {place for actor, place, _ in visits(events_of(enricher, text))}
    assert {"fortaleza", "natal", "belem"} <= places
