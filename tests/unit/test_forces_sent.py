"""Forces and military assets a state sends abroad, and where the parse hangs their place.

Invented sentences with real-style names, read with the real model.
"""

from __future__ import annotations

import pytest

from stream.nlp.enrich import Enricher
from tests.unit.stories import events_of, told

SENT_TO_HAITI = {("norway", ("haiti",), "haiti")}


@pytest.mark.parametrize(
    "text",
    [
        "Norway will send the frigate Kell Star to Haiti next month.",
        "Norway has sent military advisers to Haiti at the request of its government.",
        "Norway would send six more self-propelled howitzers to Haiti, Arvo Lind said.",
    ],
)
def test_a_ship_or_advisers_sent_abroad_are_a_deployment(enricher: Enricher, text: str) -> None:
    assert told(events_of(enricher, text), "deployment") == SENT_TO_HAITI


@pytest.mark.parametrize(
    "text",
    [
        "Norway sent 3,000 troops to fight alongside Chilean forces in Haiti.",
        "Norway has sent two navy ships to patrol off Haiti's coast this month.",
        "Norway will send another battalion to the United Nations mission in Haiti next year.",
        "Norway has sent the amphibious ship KNM Lind and 1,000 personnel to Haiti.",
        "Norway has sent Haiti more than 200 tanks since February.",
    ],
)
def test_where_forces_are_sent_is_read_past_the_verb(enricher: Enricher, text: str) -> None:
    assert told(events_of(enricher, text), "deployment") == SENT_TO_HAITI


def test_a_letter_sent_to_a_leader_is_no_deployment(enricher: Enricher) -> None:
    events = events_of(enricher, "Norway sent Chile's president a letter.")
    assert told(events, "deployment") == set()
