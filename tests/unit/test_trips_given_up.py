"""Trips told only as plans given up or reports denied: no visit is told by them."""

from __future__ import annotations

import pytest

from stream.nlp.enrich import Enricher
from tests.unit.stories import events_of

ARRIVAL = (
    "OSLO, March 26 (Reuters) - President Ivan Sokolov arrived in Oslo on Wednesday for talks "
    "with Prime Minister Jonas Berg. "
)


def _places_visited(enricher: Enricher, text: str) -> set[str | None]:
    return {
        e.location.id if e.location else None
        for e in events_of(enricher, text)
        if e.type == "visit"
    }


@pytest.mark.parametrize(
    "text",
    [
        # The parser hangs the infinitive on "plans" as a relative clause.
        ARRIVAL + "The Kremlin said there were no plans for the President to travel to Trondheim "
        "for the trade talks in Tromso.",
        ARRIVAL + "Mr. Sokolov, meanwhile, has abandoned plans to stop in Trondheim on his way "
        "home, an official said.",
        ARRIVAL + "Hopes in Trondheim that Mr. Sokolov would visit the city on his way home were "
        "dashed on Monday.",
        "President Ivan Sokolov has abandoned plans to visit Trondheim.",
    ],
)
def test_a_plan_given_up_or_denied_is_no_visit(enricher: Enricher, text: str) -> None:
    assert "trondheim" not in _places_visited(enricher, text)


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman denied a report that President Ivan Sokolov would cut short his tour to "
        "visit Trondheim.",
        "OSLO, March 26 (Reuters) - Queen Ana Holm arrived in Oslo on Wednesday for a state "
        "visit. A palace spokesman denied a report in a Trondheim newspaper that the Queen would "
        "break off the tour to visit the Lorvian community in Tromso.",
    ],
)
def test_what_a_denied_report_says_a_trip_is_for_is_denied(enricher: Enricher, text: str) -> None:
    assert _places_visited(enricher, text) <= {"oslo"}


def test_a_trip_made_in_a_dash_is_still_told(enricher: Enricher) -> None:
    # "Dashed" gives up no plan or hope: the meeting it was for still lies ahead.
    text = "President Ivan Sokolov dashed to Trondheim on Monday to meet Prime Minister Jonas Berg."
    assert [e.type for e in events_of(enricher, text) if e.type == "meeting"] == ["meeting"]
