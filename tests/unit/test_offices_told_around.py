"""Role phrases whose holder is told around them, on invented sentences: an office told in a
relative clause on a name, and a lede that names its party only in the next sentence."""

from __future__ import annotations

from stream.nlp.enrich import Enricher
from tests.unit.stories import events_of, told

RELATIVE = (
    "Lorvian vice chancellor Markus Halden met President Ilse Darrow at State House in Zembla "
    "City yesterday.\n\n"
    "Halden, who is also the Lorvian minister for trade, arrived in Zembla City on Sunday.\n\n"
    "Earlier Halden held talks with fisheries minister Tomas Brandt.\n\n"
    "The Lorvian minister is scheduled to fly to Port Orla today."
)

LEDE = (
    "Lorvia to sign fishing pact with Zembla, minister says\n\n"
    "ZEMBLA CITY: Lorvia's trade minister arrived in Zembla City on Tuesday for talks on "
    "fishing rights.\n\n"
    "Markus Halden was received at the airport by Deputy Minister Tomas Brandt.\n\n"
    "On Thursday the trade minister travelled to Port Orla."
)


def test_an_office_told_in_a_relative_clause_is_the_names(enricher: Enricher) -> None:
    visits = told(events_of(enricher, RELATIVE), "visit")
    assert ("markus-halden", (), "port-orla") in visits
    assert not any(actor == "tomas-brandt" for actor, _, _ in visits)


def test_a_lede_office_is_the_party_named_next(enricher: Enricher) -> None:
    visits = told(events_of(enricher, LEDE), "visit")
    assert {actor for actor, _, _ in visits} == {"markus-halden"}
    assert any(place == "port-orla" for _, _, place in visits)


def test_a_lede_office_is_no_one_already_told(enricher: Enricher) -> None:
    text = (
        "Markus Halden met Tomas Brandt in Zembla City. Lorvia's trade minister will travel "
        "to Port Orla on Friday.\n\nBrandt said the talks went well."
    )
    visits = told(events_of(enricher, text), "visit")
    assert not any(actor == "tomas-brandt" for actor, _, _ in visits)


def test_an_indefinite_office_in_a_lede_is_the_party_named_next(enricher: Enricher) -> None:
    text = (
        "ZEMBLA CITY - Zembla and Lorvia will sign a fishing pact on Monday, during the first "
        "visit to Zembla by a Lorvian trade minister.\n\n"
        "Markus Halden arrived in Zembla City on Thursday and held talks with President Ilse "
        "Darrow.\n\n"
        "After Zembla City, the Lorvian minister will travel to Port Orla on Friday."
    )
    visits = told(events_of(enricher, text), "visit")
    assert ("markus-halden", (), "port-orla") in visits
