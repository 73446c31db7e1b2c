"""Invented stories for the extractor's unit tests: one dateline and what the events tell."""

from __future__ import annotations

import datetime as dt

from stream.contracts import Article, Event
from stream.nlp.enrich import Enricher

# A Thursday, so that weekday arithmetic in the tests can be checked by eye.
PUBLISHED = dt.date(2025, 3, 27)

Told = tuple[str, tuple[str, ...], str | None]


def events_of(enricher: Enricher, text: str) -> list[Event]:
    return enricher.enrich(Article(id="t", published=PUBLISHED, text=text)).events


def told(events: list[Event], event_type: str) -> set[Told]:
    """Each event of the type as actor id, sorted counterpart ids and place id."""
    return {
        (
            e.actor.id,
            tuple(sorted(c.id for c in e.counterparts)),
            e.location.id if e.location else None,
        )
        for e in events
        if e.type == event_type
    }


def meetings(events: list[Event]) -> list[set[str]]:
    """Each meeting as the set of its parties' ids, whoever is the actor."""
    return [{e.actor.id, *(c.id for c in e.counterparts)} for e in events if e.type == "meeting"]


def visits(events: list[Event]) -> set[tuple[str, str | None, str | None]]:
    """Each visit as actor id, place id and date."""
    return {
        (e.actor.id, e.location.id if e.location else None, e.date.value if e.date else None)
        for e in events
        if e.type == "visit"
    }
