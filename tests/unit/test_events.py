"""Event roles and status on small sentences, read with the real model."""

from __future__ import annotations

import datetime as dt

import pytest

from stream.contracts import Article, Event
from stream.nlp.enrich import Enricher

PUBLISHED = dt.date(2025, 3, 27)


def events_of(enricher: Enricher, text: str) -> list[Event]:
    return enricher.enrich(Article(id="t", published=PUBLISHED, text=text)).events


def only(enricher: Enricher, text: str) -> Event:
    (event,) = events_of(enricher, text)
    return event


def test_events_passive_agent_is_actor(enricher: Enricher) -> None:
    event = only(enricher, "Kim Jong-un was received by Vladimir Putin in Moscow on Monday.")
    assert (event.type, event.actor.id) == ("meeting", "vladimir-putin")
    assert [c.id for c in event.counterparts] == ["kim-jong-un"]
    assert event.location is not None and event.location.id == "moscow"
    assert event.date is not None and event.date.value == "2025-03-24"


def test_events_coordinated_subjects_first_actor_rest_counterparts(enricher: Enricher) -> None:
    event = only(enricher, "Chinese President Xi Jinping and Vladimir Putin met in Beijing.")
    assert (event.actor.id, [c.id for c in event.counterparts]) == (
        "xi-jinping", ["vladimir-putin"]
    )


def test_events_coordinated_objects_all_counterparts(enricher: Enricher) -> None:
    event = only(enricher, "Putin met Xi Jinping and Narendra Modi in Kazan, TASS reported.")
    assert [c.id for c in event.counterparts] == ["xi-jinping", "narendra-modi"]
    assert [a.id for a in event.attributed_to] == ["tass"]


def test_events_possessive_noun_trigger_owner_is_actor(enricher: Enricher) -> None:
    event = only(enricher, "Narendra Modi's visit to Japan last month strengthened ties.")
    assert (event.type, event.actor.id, event.location.id if event.location else None) == (
        "visit", "narendra-modi", "japan"
    )
    assert event.date is not None and event.date.value == "2025-02"


def test_events_light_verb_noun_subject_is_actor(enricher: Enricher) -> None:
    event = only(enricher, "Erdogan held talks with Putin in Sochi, according to Anadolu.")
    assert (event.type, event.actor.id) == ("meeting", "recep-tayyip-erdogan")
    assert [a.id for a in event.attributed_to] == ["anadolu"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Indian Prime Minister Narendra Modi will visit Japan next month.", "planned"),
        ("Modi is planning to visit Tokyo.", "planned"),
        ("Modi could visit Tokyo in May, officials said.", "speculated"),
        ("Modi is expected to travel to Tokyo in May.", "speculated"),
        ("Speculation grew about Modi's potential visit to Tokyo.", "speculated"),
        ("Modi visited Tokyo on Monday.", "occurred"),
    ],
)
def test_events_status_cue_sets_status(enricher: Enricher, text: str, status: str) -> None:
    assert only(enricher, text).status == status


@pytest.mark.parametrize(
    "text",
    [
        "Putin did not meet Xi Jinping in Beijing.",
        "Modi never visited Tokyo.",
    ],
)
def test_events_negated_event_not_emitted(enricher: Enricher, text: str) -> None:
    assert events_of(enricher, text) == []


def test_events_troops_nationality_is_deployment_actor(enricher: Enricher) -> None:
    event = only(enricher, "The deployment of North Korean troops to Russia alarmed Seoul.")
    assert (event.type, event.actor.id) == ("deployment", "north-korea")
    assert event.location is not None and event.location.id == "russia"


def test_events_repeated_mentions_merged_with_more_precise_date(enricher: Enricher) -> None:
    text = (
        "Putin met Kim Jong-un in Pyongyang last week. "
        "Putin and Kim Jong-un met on March 19, KCNA said."
    )
    meetings = [e for e in events_of(enricher, text) if e.type == "meeting"]
    assert len(meetings) == 1
    assert meetings[0].mention_count == 2
    assert meetings[0].date is not None and meetings[0].date.value == "2025-03-19"


def test_events_event_id_same_event_two_articles_equal(enricher: Enricher) -> None:
    first = only(enricher, "Vladimir Putin visited Pyongyang in June 2024.")
    second = only(enricher, "Putin traveled to North Korea in June 2024, TASS said.")
    assert first.event_id == second.event_id
