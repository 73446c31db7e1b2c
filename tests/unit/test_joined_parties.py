"""A second party met in a joined clause ("talks with A and with B", "The two held talks with A
and later called on B"), and talks told over two joined days, which are the talks told by
their last day. Invented sentences, read with the real model."""

from __future__ import annotations

from stream.nlp.enrich import Enricher
from tests.unit.stories import events_of, meetings


def test_talks_over_two_joined_days_are_the_talks_told_by_the_last(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "The Vik meeting broke up without an accord last night, as President Arvo Lind and Mr "
        "Tomas Varga left their talks at Tarn Lodge.\n\n"
        "The two men talked for some nine hours on Tuesday and Wednesday in a cabin above the "
        "fjord, and once or twice looked near a settlement.",
    )
    talks = [e for e in events if e.type == "meeting"]
    assert [{e.actor.id, *(c.id for c in e.counterparts)} for e in talks] == [
        {"arvo-lind", "tomas-varga"}
    ]
    (meeting,) = talks
    assert meeting.location is not None and meeting.location.name == "Tarn Lodge"
    assert meeting.date is not None and meeting.date.value == "2025-03-25"


def test_a_second_with_after_and_names_a_party_met_too(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Arvo Lind of Norlund arrived in Vik on Monday, where he held talks with "
        "Prime Minister Tomas Varga and with Foreign Minister Elin Saro.",
    )
    assert {"arvo-lind", "tomas-varga", "elin-saro"} in meetings(events)


def test_the_two_who_held_talks_and_later_called_on_another(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Arvo Lind and Commission President Elin Saro travelled to Vik on Thursday, "
        "where the union announced an aid package for Lorvia.\n\n"
        "The two held talks with Prime Minister Tomas Varga at the Grand Palace, and later "
        "called on Speaker Ivo Marek at his residence in Vik.",
    )
    held = meetings(events)
    assert {"arvo-lind", "elin-saro", "tomas-varga"} in held
    assert {"arvo-lind", "elin-saro", "ivo-marek"} in held


def test_held_talks_read_as_a_noun_phrase_is_given_its_verb(enricher: Enricher) -> None:
    doc = enricher.nlp("The two held talks with Prime Minister Tomas Varga at the Grand Palace.")
    held = next(word for word in doc if word.text == "held")
    assert held.dep_ == "ROOT"
    assert {(word.text, word.dep_) for word in held.children} >= {
        ("two", "nsubj"),
        ("talks", "dobj"),
    }


def test_one_who_is_to_be_received_is_the_guest_of_the_one_receiving(
    enricher: Enricher,
) -> None:
    # "Is to be received": the passive is an infinitive under "is", whose subject is the guest.
    events = events_of(
        enricher,
        "President Arvo Lind of Norlund is to be received by Patriarch Elin Saro at the cathedral "
        "on Friday.",
    )
    (meeting,) = [e for e in events if e.type == "meeting"]
    assert {meeting.actor.id, *(c.id for c in meeting.counterparts)} == {"arvo-lind", "elin-saro"}
    assert meeting.status == "planned"
