"""Agreements and statements of support told in the ways wire copy tells them.

Invented sentences with real-style names, read with the real model.
"""

from __future__ import annotations

from stream.nlp.enrich import Enricher
from tests.unit.stories import events_of, told

TALKS = (
    "Chilean President Ana Lindqvist held talks with Peruvian President Bo Tamayo in Lima "
    "on Monday.\n\n"
)


def test_a_named_declaration_signed_is_an_agreement_of_the_pair(enricher: Enricher) -> None:
    events = events_of(enricher, TALKS + "Later the two leaders signed the Lima Declaration.")
    assert told(events, "agreement") == {("ana-lindqvist", ("bo-tamayo",), "lima")}


def test_a_named_treaty_signed_by_the_pair_is_no_party_to_itself(enricher: Enricher) -> None:
    events = events_of(
        enricher, TALKS + "The Treaty of Callao was signed at the palace by Lindqvist and Tamayo."
    )
    (deal,) = [e for e in events if e.type == "agreement"]
    assert (deal.actor.id, [c.id for c in deal.counterparts]) == ("ana-lindqvist", ["bo-tamayo"])


def test_a_joint_statement_adopted_is_an_agreement(enricher: Enricher) -> None:
    events = events_of(enricher, "Chile and Peru adopted a joint statement on fisheries on Monday.")
    assert told(events, "agreement") == {("chile", ("peru",), None)}


def test_a_statement_issued_alone_is_no_agreement(enricher: Enricher) -> None:
    events = events_of(enricher, "The Chilean foreign ministry issued a statement on Monday.")
    assert not [e for e in events if e.type == "agreement"]


def test_a_memorandum_signed_between_two_firms_binds_the_firms(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "A memorandum on gas supply was signed between Norgaz and Baltic Energy Group in the "
        "presence of the two ministers.",
    )
    (deal,) = [e for e in events if e.type == "agreement"]
    assert {deal.actor.name, *(c.name for c in deal.counterparts)} == {
        "Norgaz",
        "Baltic Energy Group",
    }


def test_a_state_said_to_stand_by_another_is_backed_by_the_speaker(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Addressing the ceremony, President Ana Lindqvist said Chile would always stand by Peru.",
    )
    assert told(events, "statement") == {("ana-lindqvist", ("peru",), None)}


def test_capitals_that_sign_a_deal_stand_for_their_states(enricher: Enricher) -> None:
    events = events_of(enricher, "Lima and Santiago signed 14 agreements on trade on Monday.")
    assert told(events, "agreement") == {("peru", ("chile",), None)}


def test_a_package_of_measures_signed_is_an_agreement(enricher: Enricher) -> None:
    events = events_of(
        enricher, "Foreign Minister Ana Lindqvist and Bo Tamayo signed a package of measures."
    )
    assert [e.type for e in events] == ["agreement"]
