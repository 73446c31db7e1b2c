"""Visits and meetings told by constructions beyond the plain verbs, on invented sentences."""

from __future__ import annotations

import datetime as dt

from stream.contracts import Article, Event
from stream.nlp.enrich import Enricher

PUBLISHED = dt.date(2025, 3, 27)


def events_of(enricher: Enricher, text: str) -> list[Event]:
    return enricher.enrich(Article(id="t", published=PUBLISHED, text=text)).events


def visits(events: list[Event]) -> list[tuple[str, str | None, str]]:
    return [
        (e.actor.name, e.location.name if e.location else None, e.status.value)
        for e in events
        if e.type == "visit"
    ]


def test_due_in_a_place_is_a_planned_visit(enricher: Enricher) -> None:
    events = events_of(enricher, "Prime Minister Ola Berg is due in Veldoria next week.")
    assert visits(events) == [("Ola Berg", "Veldoria", "planned")]


def test_a_stop_told_as_then_on_to_is_a_further_leg_its_date_untold(enricher: Enricher) -> None:
    events = events_of(
        enricher, "Prime Minister Ana Roda will fly to Ghana tomorrow and then on to Togo."
    )
    found = {
        (e.location.name if e.location else None, e.date.value if e.date else None)
        for e in events
        if e.type == "visit"
    }
    assert found == {("Ghana", "2025-03-28"), ("Togo", None)}


def test_a_trip_told_as_subject_is_where_its_verb_places_it(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Prime Minister Ana Roda of Veldoria arrived in Oslo on Friday. Her tour began in "
        "Ghana last month. The tour will continue in Togo and Benin.",
    )
    assert {place for _, place, _ in visits(events)} == {"Oslo", "Ghana", "Togo", "Benin"}


def test_sat_down_with_is_a_meeting(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Prime Minister Ana Roda of Veldoria arrived in Oslo on Friday. Roda sat down with "
        "President Kofi Mensah in Accra on Monday.",
    )
    meetings = [
        (e.actor.name, [c.name for c in e.counterparts]) for e in events if e.type == "meeting"
    ]
    assert meetings == [("Ana Roda", ["Kofi Mensah"])]


def test_time_spent_in_a_place_is_a_visit(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Prime Minister Ana Roda of Veldoria arrived in Oslo on Friday. She spent Monday in "
        "Accra, where a planned trip was called off.",
    )
    assert ("Ana Roda", "Accra", "occurred") in visits(events)


def test_left_on_a_day_for_a_place_is_a_visit_there(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Prime Minister Ana Roda of Veldoria arrived in Oslo on Friday. Roda left Oslo on "
        "Monday evening for Ghana, where she opened a fair.",
    )
    assert ("Ana Roda", "Ghana", "occurred") in visits(events)
