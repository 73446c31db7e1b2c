"""Legs to a town the model did not read as a place, on invented sentences: the proper name a
traveller goes to is a town, a leg of its own, and is not folded into the stay."""

from __future__ import annotations

from spacy.tokens import Doc

from stream.nlp.enrich import Enricher
from stream.nlp.pipeline import EVENT_TRIGGERS
from stream.nlp.roles.venues import is_proper_name
from tests.unit.stories import events_of, visits


def test_a_town_read_as_a_company_is_still_a_leg(enricher: Enricher) -> None:
    text = (
        "ALGIERS, March 27 (XNA) - Norwegian Prime Minister Ane Haugen arrived in Algiers on "
        "Wednesday. On Thursday she is to address parliament, before travelling to Tebessa, in "
        "the east of the country, where she will open a gas terminal."
    )
    assert visits(events_of(enricher, text)) == {
        ("ane-haugen", "algiers", "2025-03-26"),
        ("ane-haugen", "tebessa", "2025-03-27"),
    }


def test_a_town_no_gazetteer_knows_and_the_model_left_unread_is_a_leg(
    enricher: Enricher,
) -> None:
    text = (
        "RIGA, March 27 (XNA) - Norwegian Prime Minister Ane Haugen, who arrived in Riga on "
        "Wednesday, held talks with Latvian Prime Minister Janis Ozols over breakfast before "
        "the two leaders travelled to Vikbyn together."
    )
    places = {(actor, place) for actor, place, _ in visits(events_of(enricher, text))}
    assert {("ane-haugen", "vikbyn"), ("janis-ozols", "vikbyn")} <= places


def test_an_organisation_travelled_to_is_no_town(enricher: Enricher) -> None:
    text = (
        "OSLO, March 27 (XNA) - Norwegian Foreign Minister Ane Haugen will travel to Brussels "
        "on Monday and will then go to NATO for talks with allies."
    )
    places = {place for _, place, _ in visits(events_of(enricher, text))}
    assert "nato" not in places


def test_a_town_landed_in_read_as_a_thing_is_where_the_traveller_is(enricher: Enricher) -> None:
    text = (
        "OSLO, March 27 (XNA) - Swedish Foreign Minister Ane Lind landed in Bodo on Thursday "
        "afternoon and was received at the airport by the mayor."
    )
    places = {place for _, place, _ in visits(events_of(enricher, text))}
    assert places == {"bod"}


def test_a_town_of_a_name_after_a_further_stop_is_a_leg(enricher: Enricher) -> None:
    text = (
        "LIMA, March 27 (XNA) - Swedish Prime Minister Ane Lind flew to Cusco on Wednesday and "
        "went on to the old mountain town of Quillabamba, where she opened a school."
    )
    places = {place for _, place, _ in visits(events_of(enricher, text))}
    assert {"cusco", "quillabamba"} <= places


def test_a_town_of_a_name_told_after_a_day_is_a_leg(enricher: Enricher) -> None:
    text = (
        "OSLO, March 27 (XNA) - Latvian Prime Minister Janis Ozols visited Stavanger and, on "
        "Thursday, the fishing town of Vikbyn."
    )
    places = {place for _, place, _ in visits(events_of(enricher, text))}
    assert {"stavanger", "vikbyn"} <= places


def test_a_second_place_with_a_to_of_its_own_is_a_leg(enricher: Enricher) -> None:
    text = (
        "OSLO, March 27 (XNA) - Swedish Prime Minister Ane Lind came to Bergen and to Tromso "
        "last week."
    )
    places = {place for _, place, _ in visits(events_of(enricher, text))}
    assert {"bergen", "troms"} <= places


def _driven_to(enricher: Enricher, town: str) -> Doc:
    """ "The two presidents drove together to Pelkov .", the town tagged a verb as the model
    tags some names ending like one; the parse is given by hand, as no invented name is sure
    to be misread so."""
    words = f"The two presidents drove together to {town} ."
    return Doc(
        enricher.nlp.vocab,
        words=words.split(),
        heads=[3, 3, 3, 3, 3, 3, 5, 3],
        deps=["det", "nummod", "nsubj", "ROOT", "advmod", "prep", "pobj", "punct"],
        pos=["DET", "NUM", "NOUN", "VERB", "ADV", "ADP", "VERB", "PUNCT"],
        lemmas=words.replace("drove", "drive").lower().split(),
    )


def test_a_town_tagged_a_verb_is_still_a_road_leg(enricher: Enricher) -> None:
    doc = _driven_to(enricher, "Pelkov")
    found = enricher.nlp.get_pipe(EVENT_TRIGGERS).match(doc)
    assert (3, "visit.driven_to_name_read_as_verb") in found
    assert is_proper_name(doc[6])


def test_a_lower_case_verb_after_to_is_no_name(enricher: Enricher) -> None:
    assert not is_proper_name(_driven_to(enricher, "stay")[6])


def test_a_town_flown_on_to_read_as_a_company_is_a_leg(enricher: Enricher) -> None:
    text = (
        "OSLO, March 27 (XNA) - Norwegian Prime Minister Ane Haugen arrived in Bergen on "
        "Saturday morning.\n\nShe flew on to Vell on Saturday evening."
    )
    places = {place for _, place, _ in visits(events_of(enricher, text))}
    assert "vell" in places


def test_a_town_reached_that_the_model_left_unread_is_a_leg(enricher: Enricher) -> None:
    # "Reached X", like "visited X", has the place gone to as its object.
    text = (
        "OSLO, March 27 (XNA) - Mr. Ivo Varga and Lady Ana Varga reached Stavanger on Sunday "
        "from Bergen, where they had opened a bridge."
    )
    assert {("ivo-varga", "stavanger", "2025-03-23"), ("ana-varga", "stavanger", "2025-03-23")} <= (
        visits(events_of(enricher, text))
    )
