"""Stops told by what a traveller does at a place, on invented sentences: a rite, a speech, a
walk or a summit abroad tells a visit there on its day, unless a trip the story tells to that
town already holds it, the thing was done at home or from afar, or it is still ahead with no
trip told."""

from __future__ import annotations

import pytest

from stream.nlp.enrich import Enricher
from tests.unit.stories import events_of, visits


@pytest.mark.parametrize(
    "text",
    [
        "Norwegian Prime Minister Ane Haugen arrived in Peru on Monday. "
        "On Tuesday, she laid a wreath in Cusco.",
        "Norwegian Prime Minister Ane Haugen arrived in Peru on Monday. "
        "In Cusco, she prayed for the victims of the floods on Tuesday.",
        "Norwegian Prime Minister Ane Haugen arrived in Peru on Monday. On Tuesday, she "
        "addressed students before thousands of people in the city of Cusco.",
        "Norwegian Prime Minister Ane Haugen arrived in Peru on Monday. "
        "On Tuesday, she opened a school in Cusco.",
        "Norwegian Prime Minister Ane Haugen arrived in Peru on Monday. "
        "On Tuesday, she spoke at a university in Cusco.",
        "Norwegian Prime Minister Ane Haugen arrived in Peru on Monday. "
        "On Tuesday, she presented the plan to the regional assembly in Cusco.",
    ],
)
def test_a_thing_done_in_a_town_abroad_is_a_stop_there(enricher: Enricher, text: str) -> None:
    told = visits(events_of(enricher, text))
    assert ("ane-haugen", "cusco", "2025-03-25") in told
    assert ("ane-haugen", "peru", "2025-03-24") in told


def test_a_thing_done_in_a_town_already_visited_is_that_visit(enricher: Enricher) -> None:
    text = (
        "Norwegian Prime Minister Ane Haugen arrived in Cusco on Monday. "
        "On Tuesday, she laid a wreath in Cusco."
    )
    assert visits(events_of(enricher, text)) == {("ane-haugen", "cusco", "2025-03-24")}


def test_a_town_come_from_takes_the_day_of_what_was_done_there(enricher: Enricher) -> None:
    text = (
        "Norwegian Prime Minister Ane Haugen arrived in Lima on Monday night from Cusco. "
        "On Monday, she took part in the Andean summit in Cusco."
    )
    told = visits(events_of(enricher, text))
    assert ("ane-haugen", "cusco", "2025-03-24") in told
    assert [place for _, place, _ in told].count("cusco") == 1


def test_each_of_those_who_take_part_stops_there(enricher: Enricher) -> None:
    text = (
        "On Tuesday, Norwegian Prime Minister Ane Haugen and Danish Prime Minister Lars Holm "
        "took part in the Andean summit in Quito."
    )
    assert visits(events_of(enricher, text)) >= {
        ("ane-haugen", "quito", "2025-03-25"),
        ("lars-holm", "quito", "2025-03-25"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Norwegian Prime Minister Ane Haugen laid a wreath in Bergen on Tuesday.",
        "Norwegian Prime Minister Ane Haugen took part in the Andean summit in Quito by video "
        "on Tuesday.",
        "Norwegian Prime Minister Ane Haugen will lay a wreath in Cusco on Friday.",
    ],
)
def test_a_thing_done_at_home_from_afar_or_ahead_tells_no_stop(
    enricher: Enricher, text: str
) -> None:
    assert visits(events_of(enricher, text)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Norwegian Prime Minister Ane Haugen arrived in Peru on Monday. "
        "On Friday, she will lay a wreath in Cusco.",
        "Norwegian Prime Minister Ane Haugen arrived in Peru on Monday. "
        "Tomorrow she addresses the regional assembly at the convention centre in Cusco.",
    ],
)
def test_a_thing_ahead_on_a_day_of_a_told_trip_is_a_stop_there(
    enricher: Enricher, text: str
) -> None:
    told = visits(events_of(enricher, text))
    assert ("ane-haugen", "cusco", "2025-03-28") in told
    assert ("ane-haugen", "peru", "2025-03-24") in told


def test_a_town_the_gazetteer_lacks_lies_where_the_trip_is(enricher: Enricher) -> None:
    country = (
        "Norwegian Prime Minister Ane Haugen arrived in Peru on Monday. "
        "On Tuesday, she spoke at a rally in Santa Rufina."
    )
    assert ("ane-haugen", "santa-rufina", "2025-03-25") in visits(events_of(enricher, country))
    city = (
        "Norwegian Prime Minister Ane Haugen arrived in Lima on Monday. "
        "On Tuesday, she spoke at a rally in Santa Rufina."
    )
    assert visits(events_of(enricher, city)) == {("ane-haugen", "lima", "2025-03-24")}


def test_a_guest_doing_a_thing_beside_her_host_is_still_there(enricher: Enricher) -> None:
    text = (
        "Norwegian Prime Minister Ane Haugen arrived in Peru on Monday. "
        "On Tuesday, she and Peruvian President Rosa Quispe laid a wreath in Cusco."
    )
    assert ("ane-haugen", "cusco", "2025-03-25") in visits(events_of(enricher, text))


def test_a_host_doing_a_thing_beside_a_guest_in_another_town_went_there(
    enricher: Enricher,
) -> None:
    text = (
        "Norwegian Prime Minister Ane Haugen and Peruvian President Rosa Quispe "
        "opened a port terminal in Callao on Tuesday."
    )
    assert visits(events_of(enricher, text)) == {
        ("ane-haugen", "callao", "2025-03-25"),
        ("rosa-quispe", "callao", "2025-03-25"),
    }


@pytest.mark.parametrize(
    "text",
    [
        # The capital is where a host is at home.
        "Norwegian Prime Minister Ane Haugen and Peruvian President Rosa Quispe "
        "opened a port terminal in Lima on Tuesday.",
        # With no guest abroad beside them, a person at home in their own country goes nowhere.
        "Peruvian President Rosa Quispe and Peruvian Premier Luis Mamani "
        "opened a port terminal in Callao on Tuesday.",
    ],
)
def test_a_host_in_the_capital_or_with_no_guest_abroad_makes_no_trip(
    enricher: Enricher, text: str
) -> None:
    assert {actor for actor, _, _ in visits(events_of(enricher, text))} <= {"ane-haugen"}


def test_a_thing_done_in_another_town_during_a_trip_is_a_stop_of_its_own(
    enricher: Enricher,
) -> None:
    text = (
        "Norwegian Prime Minister Ane Haugen made a trip to Lima in March, when she met "
        "President Rosa Quispe and laid a wreath at a memorial in Cusco."
    )
    assert visits(events_of(enricher, text)) >= {
        ("ane-haugen", "lima", "2025-03"),
        ("ane-haugen", "cusco", "2025-03"),
    }


def test_each_town_listed_where_a_thing_was_done_is_a_stop(enricher: Enricher) -> None:
    text = (
        "Norwegian Prime Minister Ane Haugen arrived in Peru on Monday. "
        "On Tuesday, she laid wreaths in Cusco, Piura and Tacna."
    )
    assert visits(events_of(enricher, text)) >= {
        ("ane-haugen", "cusco", "2025-03-25"),
        ("ane-haugen", "piura", "2025-03-25"),
        ("ane-haugen", "tacna", "2025-03-25"),
    }


def test_a_when_clause_set_off_after_a_date_is_of_that_date(enricher: Enricher) -> None:
    # The parser hangs the "when" clause on "is", not on the earlier trip it tells of.
    text = (
        "Norwegian Prime Minister Ane Haugen arrived in Lima on Monday. She is on her second "
        "visit to Peru, after her first in May 2011, when she opened schools in Cusco and Piura."
    )
    assert visits(events_of(enricher, text)) >= {
        ("ane-haugen", "cusco", "2011-05"),
        ("ane-haugen", "piura", "2011-05"),
    }


@pytest.mark.parametrize(
    ("text", "stop"),
    [
        (
            "Norwegian Prime Minister Ane Haugen arrived in Lima on Saturday. "
            "On Monday she performed the pilgrimage in Cusco.",
            ("ane-haugen", "cusco", "2025-03-24"),
        ),
        (
            "Norwegian Prime Minister Ane Haugen arrived in Lima on Saturday. "
            "On Tuesday she offered prayers at the old shrine in Arequipa.",
            ("ane-haugen", "arequipa", "2025-03-25"),
        ),
        (
            "Norwegian Prime Minister Ane Haugen arrived in Lima on Saturday. Later this "
            "evening she is scheduled to offer prayers at the old shrine in Arequipa.",
            ("ane-haugen", "arequipa", "2025-03-27"),
        ),
    ],
)
def test_a_rite_performed_or_offered_in_another_town_is_a_stop_there(
    enricher: Enricher, text: str, stop: tuple[str, str, str]
) -> None:
    assert stop in visits(events_of(enricher, text))


def test_something_offered_that_is_no_rite_tells_no_stop(enricher: Enricher) -> None:
    text = (
        "Norwegian Prime Minister Ane Haugen arrived in Lima on Saturday. "
        "On Tuesday she offered aid to the flood victims in Arequipa."
    )
    assert visits(events_of(enricher, text)) == {("ane-haugen", "lima", "2025-03-22")}
