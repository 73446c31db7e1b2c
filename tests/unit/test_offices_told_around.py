"""Role phrases whose holder is told around them, on invented sentences: an office told in a
relative clause on a name."""

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


def test_an_office_told_in_a_relative_clause_is_the_names(enricher: Enricher) -> None:
    visits = told(events_of(enricher, RELATIVE), "visit")
    assert ("markus-halden", (), "port-orla") in visits
    assert not any(actor == "tomas-brandt" for actor, _, _ in visits)
