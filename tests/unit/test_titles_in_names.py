"""Titles, ranks and the words of an office told around a name are no part of it: the party
is the person named, not "Field Marshal" or "Ministers Ivo Marek"."""

from __future__ import annotations

import pytest

from stream.contracts import Article
from stream.nlp.enrich import Enricher
from tests.unit.stories import PUBLISHED, events_of, told


def people(enricher: Enricher, text: str) -> set[str]:
    article = Article(id="t", published=PUBLISHED, text=text)
    entities = enricher.enrich(article).entities
    return {entity.entity_id for entity in entities if entity.label.value == "PERSON"}


def test_events_a_rank_of_several_words_set_before_the_name_is_no_visitor(
    enricher: Enricher,
) -> None:
    text = (
        "The President of the Republic, Field Marshal Omar Salim Haddad, returned home on "
        "Monday after attending a summit in Vadum."
    )
    assert "field-marshal" not in people(enricher, text)
    assert {event.actor.id for event in events_of(enricher, text)} <= {"omar-salim-haddad"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The commanders, Field Marshal Tomas Brekke and General Ivo Lund, met in Vadum.",
            {"tomas-brekke", "ivo-lund"},
        ),
        ("He held talks with Captain Amadou Sissoko in Vadum.", {"amadou-sissoko"}),
        ("Professor Ivo Marek said the talks in Vadum went well.", {"ivo-marek"}),
        ("Prime Ministers Ivo Marek and Ana Lind met in Vadum.", {"ivo-marek", "ana-lind"}),
        ("Legislative Councillors Ana Lind and Bo Renn went to Vadum.", {"ana-lind", "bo-renn"}),
    ],
)
def test_canonical_a_rank_or_a_plural_title_is_no_part_of_the_name(
    enricher: Enricher, text: str, names: set[str]
) -> None:
    assert people(enricher, text) == names


def test_events_a_plural_title_before_two_names_leaves_both_named(enricher: Enricher) -> None:
    text = "Prime Ministers Ivo Marek and Ana Lind met in Vadum on Monday."
    assert told(events_of(enricher, text), "meeting") == {("ivo-marek", ("ana-lind",), "vadum")}


def test_canonical_a_counselor_told_by_the_title_is_the_person_named_with_it(
    enricher: Enricher,
) -> None:
    text = (
        "State Counselor Daw Mya Thida met President Ivo Renn in Vadum on Friday. Renn later "
        "held talks with the State Counselor at the palace."
    )
    assert people(enricher, text) == {"daw-mya-thida", "ivo-renn"}


def test_canonical_a_headline_verb_after_a_name_is_no_part_of_it(enricher: Enricher) -> None:
    text = (
        "President Haddad Returns Home after Talks in Vadum\n\n"
        "President Omar Haddad returned home on Monday after two days of talks in Vadum."
    )
    assert people(enricher, text) == {"omar-haddad"}


def test_canonical_what_an_office_is_of_ends_before_the_name(enricher: Enricher) -> None:
    text = (
        "Leader of the Nation Ivo Marek and President Ana Lind hold talks in Velden\n\n"
        "Ivo Marek and Ana Lind held talks in Velden on Monday."
    )
    assert people(enricher, text) == {"ivo-marek", "ana-lind"}
