"""One stay in a town told twice, on invented sentences: two visits of one traveller to one
town a day or two apart are one visit, unless another stop of theirs lies between."""

from __future__ import annotations

import pytest

from stream.nlp.enrich import Enricher
from tests.unit.stories import events_of


def _stays(enricher: Enricher, text: str) -> list[tuple[str, str | None, str]]:
    """Each visit's place id, date and status, in the order told."""
    return [
        (e.location.id, e.date.value if e.date else None, e.status)
        for e in events_of(enricher, text)
        if e.type == "visit" and e.location is not None
    ]


def test_an_arrival_and_a_thing_done_two_days_on_are_one_stay(enricher: Enricher) -> None:
    text = (
        "Oslo, March 27 (XNA) - Norwegian Prime Minister Ane Haugen, who arrived in Cusco on "
        "Monday at the start of a five-day official visit to Peru, attended the opening of the "
        "Andean Games in Cusco on Wednesday."
    )
    assert _stays(enricher, text) == [("cusco", "2025-03-24", "occurred")]


def test_a_stop_told_in_a_list_and_again_with_its_day_is_one_stop(enricher: Enricher) -> None:
    text = (
        "Oslo, March 27 (XNA) - Norwegian Prime Minister Ane Haugen will also visit Cusco and "
        "Arequipa before returning home on Saturday. On Friday, Haugen will travel to Cusco to "
        "visit the Inca ruins."
    )
    stays = _stays(enricher, text)
    assert [stay for stay in stays if stay[0] == "cusco"] == [("cusco", "2025-03-28", "planned")]


def test_a_return_after_another_stop_is_a_visit_of_its_own(enricher: Enricher) -> None:
    text = (
        "Oslo, March 27 (XNA) - Norwegian Prime Minister Ane Haugen arrived in Cusco on Monday, "
        "flew to Arequipa on Tuesday and returned to Cusco on Wednesday."
    )
    towns = [place for place, _, _ in _stays(enricher, text)]
    assert towns.count("cusco") == 2


@pytest.mark.parametrize(
    "ended",
    [
        "ended a three-day visit to Ecuador on Wednesday",
        "concluded a state visit to Ecuador on Wednesday",
        "wrapped up her tour of Ecuador on Wednesday",
    ],
)
def test_a_trip_told_by_its_last_day_is_the_trip_told_arriving(
    enricher: Enricher, ended: str
) -> None:
    text = (
        f"Lorvian President Ana Berg {ended}. Berg arrived in Quito on Monday and met "
        "President Tomas Vik on Tuesday."
    )
    assert _stays(enricher, text) == [("quito", "2025-03-24", "occurred")]


def test_a_trip_told_ending_yields_its_date_to_the_arrival_told_after(enricher: Enricher) -> None:
    text = (
        "Quito, March 27 (XNA) - Lorvian Foreign Minister Tomas Vik concluded a three-day visit "
        "to Ecuador on Thursday. Vik, who flew into Quito on Tuesday, held talks with President "
        "Ana Berg on trade."
    )
    assert _stays(enricher, text) == [("quito", "2025-03-25", "occurred")]


def test_a_stay_told_twice_takes_the_day_its_verb_tells_over_a_bare_nouns(
    enricher: Enricher,
) -> None:
    # The noun's day is the announcement's, not the trip's; the verb reads the stay's own day.
    text = (
        "Quito, March 27 (XNA) - Lorvian President Ana Berg's visit to Quito was announced on "
        "Wednesday. Berg flew into Quito this morning for talks with President Tomas Vik."
    )
    assert _stays(enricher, text) == [("quito", "2025-03-27", "occurred")]
