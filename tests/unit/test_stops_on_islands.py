"""Legs told by a stop made on an island, on invented sentences: a visit of its own, with its
own place and date."""

from __future__ import annotations

from stream.nlp.enrich import Enricher
from tests.unit.stories import events_of, visits


def test_an_overnight_stop_on_an_island_is_a_leg_with_its_own_day(enricher: Enricher) -> None:
    text = (
        "President Paul Brenner and his wife, Laura Brenner, landed in Lima on Monday.\n\n"
        "The Brenners left Oslo last Thursday and spent three days in Quito before an "
        "overnight stop on Malta on Sunday."
    )
    told = visits(events_of(enricher, text))
    stops = {(traveller, "malta", "2025-03-23") for traveller in ("paul-brenner", "laura-brenner")}
    assert stops <= told
