"""The seed article yields every event the annotation guide lists for it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from stream.contracts import EnrichedArticle, Event
from stream.nlp.enrich import Enricher
from stream.sources import read_file

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_98d7fe5aeb08b17c.txt"

# (guide number, type, actor, counterparts, location, date value, status)
GUIDE_EVENTS: list[tuple[int, str, str, list[str], str | None, str | None, str]] = [
    (1, "visit", "kim-jong-un", [], "russia", "2025", "planned"),
    (2, "visit", "sergey-lavrov", [], "pyongyang", None, "planned"),
    (3, "visit", "vladimir-putin", [], "pyongyang", "2024-06", "occurred"),
    (4, "invitation", "vladimir-putin", ["kim-jong-un"], "moscow", "2024-06", "occurred"),
    (5, "visit", "andrey-rudenko", [], "pyongyang", "2025-03", "occurred"),
    (
        6,
        "meeting",
        "andrey-rudenko",
        ["choe-son-hui", "kim-jong-gyu"],
        "pyongyang",
        "2025-03",
        "occurred",
    ),
    (7, "visit", "sergei-shoigu", [], "pyongyang", "2025-03-17", "occurred"),
    (8, "meeting", "sergei-shoigu", ["kim-jong-un"], "pyongyang", "2025-03-22", "occurred"),
    (9, "agreement", "kim-jong-un", ["vladimir-putin"], "pyongyang", "2024-06", "occurred"),
    (10, "deployment", "north-korea", ["russia"], "russia", None, "occurred"),
    (11, "visit", "kim-jong-un", [], "vladivostok", "2019", "occurred"),
    (12, "visit", "kim-jong-un", [], "vostochny-cosmodrome", "2023", "occurred"),
    (13, "statement", "kim-jong-un", ["russia"], "pyongyang", "2025-03-22", "occurred"),
]


@pytest.fixture(scope="module")
def seed(enricher: Enricher) -> EnrichedArticle:
    article = next(read_file(SEED))
    return enricher.enrich(article)


def find(seed: EnrichedArticle, event_type: str, actor: str, location: str | None) -> list[Event]:
    return [
        event
        for event in seed.events
        if event.type == event_type
        and event.actor.id == actor
        and (event.location.id if event.location else None) == location
    ]


@pytest.mark.parametrize(
    ("number", "event_type", "actor", "counterparts", "location", "date", "status"),
    GUIDE_EVENTS,
    ids=[f"guide-{event[0]}-{event[1]}-{event[2]}" for event in GUIDE_EVENTS],
)
def test_seed_guide_event_extracted_once_with_its_roles(
    seed: EnrichedArticle,
    number: int,
    event_type: str,
    actor: str,
    counterparts: list[str],
    location: str | None,
    date: str | None,
    status: str,
) -> None:
    matches = find(seed, event_type, actor, location)
    assert len(matches) == 1, f"guide event {number}: {[e.model_dump() for e in matches]}"
    event = matches[0]
    assert sorted(c.id for c in event.counterparts) == counterparts
    assert (event.date.value if event.date else None) == date
    assert event.status == status


def test_seed_kim_planned_visit_mentions_merged_with_sources(seed: EnrichedArticle) -> None:
    (visit,) = find(seed, "visit", "kim-jong-un", "russia")
    assert visit.mention_count >= 3
    assert {"andrey-rudenko", "tass", "ria-novosti"} <= {a.id for a in visit.attributed_to}


def test_seed_shoigu_meeting_mentions_merged_into_one_event(seed: EnrichedArticle) -> None:
    (meeting,) = find(seed, "meeting", "sergei-shoigu", "pyongyang")
    assert meeting.mention_count == 2
    assert meeting.date is not None and meeting.date.precision == "day"


def test_seed_met_with_kim_resolves_to_kim_jong_un_never_kim_jong_gyu(
    seed: EnrichedArticle,
) -> None:
    shoigu_meetings = [e for e in seed.events if e.type == "meeting" and "shoigu" in e.actor.id]
    assert [c.id for e in shoigu_meetings for c in e.counterparts] == ["kim-jong-un"]
    kim = next(entity for entity in seed.entities if entity.entity_id == "kim-jong-un")
    assert "Kim" in kim.aliases


def test_seed_entities_repaired_and_canonical(seed: EnrichedArticle) -> None:
    by_id: dict[str, Any] = {entity.entity_id: entity for entity in seed.entities}
    assert by_id["kim-jong-gyu"].name == "Kim Jong-gyu"
    assert by_id["yonhap"].label == "ORG"
    assert by_id["vladimir-putin"].mention_count >= 5


def test_seed_enrichment_output_byte_identical_on_repeat(
    enricher: Enricher, seed: EnrichedArticle
) -> None:
    again = enricher.enrich(next(read_file(SEED)))
    assert again.model_dump_json() == seed.model_dump_json()
