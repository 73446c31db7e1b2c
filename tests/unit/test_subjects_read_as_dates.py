"""Sentences that open "On Friday Mrs A and Mr B ...", which the small model misreads as one
noun phrase ("Friday A" the object of "On") and so leaves the verb without a subject: the
parse repair gives the names back to the verb. Invented sentences, read with the real model."""

from __future__ import annotations

from stream.nlp.enrich import Enricher
from tests.unit.stories import events_of, meetings, visits


def test_talks_of_two_named_after_the_day_are_theirs(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Ada Lund arrived in Oslo on Wednesday.\n\n"
        "On Friday Mrs Lund and Mr Haugen held talks for an hour at the residence.",
    )
    assert {"ada-lund", "haugen"} in meetings(events)


def test_a_trip_of_two_named_after_the_day_is_each_ones(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Ada Lund met Erik Moen in Oslo on Wednesday.\n\n"
        "On Friday Lund and Moen flew together to Bergen.",
    )
    assert {("ada-lund", "bergen", "2025-03-21"), ("erik-moen", "bergen", "2025-03-21")} <= (
        visits(events)
    )


def test_a_subject_read_right_is_kept(enricher: Enricher) -> None:
    doc = enricher.nlp("On Saturday President Olav Berg flew to Bergen.")
    (berg,) = [word for word in doc if word.text == "Berg"]
    assert berg.dep_ == "nsubj" and berg.head.text == "flew"
