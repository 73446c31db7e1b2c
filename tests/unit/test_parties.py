"""Who the parties of an event are, on small invented stories read with the real model."""

from __future__ import annotations

import datetime as dt

from stream.contracts import Article, Event
from stream.nlp.enrich import Enricher

PUBLISHED = dt.date(2025, 3, 27)


def events_of(enricher: Enricher, text: str) -> list[Event]:
    return enricher.enrich(Article(id="t", published=PUBLISHED, text=text)).events


def test_pronoun_after_a_photo_caption_means_the_story_traveller(enricher: Enricher) -> None:
    text = (
        "President Tomas Varga arrived in Lorvia on Sunday for a three-day visit.\n\n"
        "Varga will call on Prime Minister Elin Saro at her office on Monday.\n\n"
        "Photo caption: Prime Minister Ivo Brandt talks to reporters at the airport on Sunday.\n\n"
        "He will then fly to Tokyo on Wednesday."
    )
    tokyo = [e for e in events_of(enricher, text) if e.location and e.location.id == "tokyo"]
    assert [e.actor.id for e in tokyo] == ["tomas-varga"]


def test_the_two_sides_of_a_signing_are_the_states_of_the_pair(enricher: Enricher) -> None:
    text = (
        "Chilean Foreign Minister Ana Lindqvist held talks with Peruvian Foreign Minister "
        "Bo Tamayo in Lima on Monday.\n\n"
        "The two sides then signed three trade accords."
    )
    (deal,) = [e for e in events_of(enricher, text) if e.type == "agreement"]
    assert {deal.actor.id, *(c.id for c in deal.counterparts)} == {"chile", "peru"}


def test_an_arrival_told_under_a_passive_welcome_is_the_guests(enricher: Enricher) -> None:
    text = (
        "President Ahmed Lind arrived in Quito on Sunday for a two-day visit.\n\n"
        "Mr Lind was welcomed on arrival at the Presidential Airport by Sheikh Bo bin Tamm, "
        "Vice President and Deputy Prime Minister."
    )
    visits = [e for e in events_of(enricher, text) if e.type == "visit"]
    assert visits and {e.actor.id for e in visits} == {"ahmed-lind"}


def test_a_host_at_an_air_base_greets_the_visit(enricher: Enricher) -> None:
    text = (
        "Dr Varga, who arrived in Lima on Sunday afternoon on a two-day official visit, was "
        "received at Callao air base by Peruvian Foreign Minister Ivo Brandt."
    )
    events = events_of(enricher, text)
    assert [(e.type, [c.id for c in e.counterparts]) for e in events] == [("visit", ["ivo-brandt"])]
