"""Legs told in sequence in one sentence, on invented sentences: a leg told as coming before
or after another, or as going on from it, does not take the other leg's date."""

from __future__ import annotations

from stream.contracts import Event
from stream.nlp.enrich import Enricher
from tests.unit.stories import events_of, visits


def _dated_visits(enricher: Enricher, text: str) -> dict[str, str | None]:
    """Each visit's place id with its date value."""
    return {
        e.location.id: e.date.value if e.date else None
        for e in events_of(enricher, text)
        if e.type == "visit" and e.location is not None
    }


def test_a_leg_told_before_heading_on_keeps_its_day_the_next_leg_none(
    enricher: Enricher,
) -> None:
    text = (
        "OSLO, March 27 (XNA) - President Ane Haugen will travel to Bergen today to visit a "
        "shipyard, before heading to Lima and Quito, where she will meet business leaders."
    )
    assert _dated_visits(enricher, text) == {
        "bergen": "2025-03-27",
        "lima": None,
        "quito": None,
    }


def test_a_leg_told_going_on_from_a_dated_one_has_no_date_of_its_own(
    enricher: Enricher,
) -> None:
    text = (
        "OSLO, March 27 (XNA) - Prime Minister Ane Haugen left for Bergen on Thursday.\n\n"
        "She will then travel to Lima for a regional summit on Monday and Tuesday and go on to "
        "Quito for a state visit."
    )
    legs = _dated_visits(enricher, text)
    assert legs["lima"] == "2025-03-31"
    assert legs["quito"] is None


def test_the_day_of_a_return_told_after_before_is_not_the_earlier_legs(
    enricher: Enricher,
) -> None:
    text = (
        "OSLO, March 27 (XNA) - President Ane Haugen flew to Lima to brief President Jorge Paz "
        "on the talks, before returning to Quito on Saturday for the final round."
    )
    assert _dated_visits(enricher, text)["lima"] is None


def test_a_leg_told_before_travelling_on_from_a_stay_is_the_travellers(
    enricher: Enricher,
) -> None:
    # The parser hangs "before travelling" on the stay, a noun: the leaver travels on.
    text = (
        "OSLO, March 27 (XNA) - Prime Minister Ane Haugen will leave for Tallinn on Friday for a "
        "two-day stay before travelling to Riga next week to attend a forum on energy."
    )
    legs = visits(events_of(enricher, text))
    assert ("ane-haugen", "tallinn", "2025-03-28") in legs
    assert ("ane-haugen", "riga", "2025-03-31") in legs


def test_talks_a_day_before_dated_talks_fall_on_the_day_before(enricher: Enricher) -> None:
    text = (
        "OSLO, March 27 (XNA) - Foreign Minister Ane Haugen held talks with Premier Juri Tamm in "
        "Tallinn on Wednesday, a day after meeting President Rui Costa in Lisbon."
    )
    dated = {
        tuple(sorted(c.id for c in e.counterparts)): e.date.value if e.date else None
        for e in events_of(enricher, text)
        if e.type == "meeting"
    }
    assert dated == {("juri-tamm",): "2025-03-26", ("rui-costa",): "2025-03-25"}


def test_a_further_leg_told_in_the_present_is_still_ahead(enricher: Enricher) -> None:
    text = (
        "OSLO, March 27 (XNA) - President Ane Haugen arrived in Lima on Wednesday for talks with "
        "President Jorge Paz.\n\n"
        "She then flies on to Quito for a regional summit, and goes on to Bogota afterwards."
    )
    status = _statuses_of_visits(events_of(enricher, text))
    assert status == {"lima": "occurred", "quito": "planned", "bogota": "planned"}


def test_a_further_leg_told_in_the_past_was_made(enricher: Enricher) -> None:
    text = (
        "OSLO, March 27 (XNA) - President Ane Haugen arrived in Lima on Monday for talks with "
        "President Jorge Paz.\n\n"
        "She then flew on to Quito for a regional summit."
    )
    status = _statuses_of_visits(events_of(enricher, text))
    assert status == {"lima": "occurred", "quito": "occurred"}


def _statuses_of_visits(events: list[Event]) -> dict[str, str]:
    return {e.location.id: e.status.value for e in events if e.type == "visit" and e.location}


AWAY = (
    "TUMBES, March 27 (XNA) - Norwegian Foreign Minister Sondre Brekke held talks with the "
    "regional governor in Tumbes on Wednesday.\n\n"
)


def test_a_leg_told_after_a_later_day_with_its_verb_left_out_is_on_that_day(
    enricher: Enricher,
) -> None:
    text = (
        AWAY + "On Monday he flies to Chiclayo for talks with the mayor, and on Tuesday to Piura."
    )
    dated = _dated_visits(enricher, text)
    assert dated["chiclayo"] == "2025-03-31" and dated["piura"] == "2025-04-01"


def test_a_day_told_before_a_pair_of_stops_is_both_stops(enricher: Enricher) -> None:
    text = AWAY + (
        "On Saturday he will fly to Chiclayo and Piura, and on Sunday to Huaraz and Cajamarca."
    )
    dated = _dated_visits(enricher, text)
    assert [dated.get(p) for p in ("chiclayo", "piura", "huaraz", "cajamarca")] == [
        "2025-03-29",
        "2025-03-29",
        "2025-03-30",
        "2025-03-30",
    ]


def test_a_day_told_in_a_clause_of_its_own_is_not_the_last_stops(enricher: Enricher) -> None:
    text = AWAY + (
        "Tomorrow he visits Chiclayo and Piura, and on Monday he leaves for Tacna for a regional "
        "summit."
    )
    dated = _dated_visits(enricher, text)
    assert dated["piura"] == "2025-03-28" and dated["tacna"] == "2025-03-31"


def test_each_stop_of_a_list_told_with_its_own_day_is_a_leg_on_that_day(
    enricher: Enricher,
) -> None:
    # The parser sets the middle stop beside Monday as an apposition and leaves the last
    # stop's name unread, joined to Tuesday.
    text = (
        "OSLO, March 27 (XNA) - Prime Minister Ane Haugen is then to visit Lima on Monday, "
        "Cusco on Tuesday and Arequipa on Wednesday, before stopping in Quito on her way home."
    )
    assert {
        ("ane-haugen", "lima", "2025-03-31"),
        ("ane-haugen", "cusco", "2025-04-01"),
        ("ane-haugen", "arequipa", "2025-04-02"),
    } <= visits(events_of(enricher, text))


def test_a_stop_hung_on_its_own_day_past_a_where_clause_is_a_leg_on_that_day(
    enricher: Enricher,
) -> None:
    # The parser makes "morning" the conjunct of "met" and hangs "in Tacna" on it.
    text = (
        "OSLO, March 27 (XNA) - The Norwegian leader Jan Olt was in Piura on Monday, where "
        "he met President Jorge Paz, and in Tacna yesterday morning for talks with "
        "President Rui Costa."
    )
    assert {
        ("jan-olt", "piura", "2025-03-24"),
        ("jan-olt", "tacna", "2025-03-26"),
    } <= visits(events_of(enricher, text))


def test_a_leg_told_as_from_there_to_a_town_is_a_leg_of_its_own(enricher: Enricher) -> None:
    text = (
        "ACCRA, March 27 (XNA) - Foreign Minister Kofi Dede travelled by road to Lome on "
        "Tuesday, and from there to Cotonou."
    )
    places = {place for _, place, _ in visits(events_of(enricher, text))}
    assert places == {"lome", "cotonou"}


def test_a_leg_led_by_its_own_day_after_a_comma_is_a_leg_on_that_day(
    enricher: Enricher,
) -> None:
    # The parser hangs "to Cotonou" on "on Saturday", which no "and" leads.
    text = (
        "ACCRA, March 27 (XNA) - Foreign Minister Kofi Dede opened a trade fair in Accra on "
        "Wednesday.\n\nOn Friday the minister moves on to Lome, on Saturday to Cotonou, and on "
        "Sunday to Niamey."
    )
    legs = _dated_visits(enricher, text)
    assert {town: legs.get(town) for town in ("lome", "cotonou", "niamey")} == {
        "lome": "2025-03-28",
        "cotonou": "2025-03-29",
        "niamey": "2025-03-30",
    }


def test_legs_told_going_on_by_particle_from_there_or_by_a_deed_are_visits(
    enricher: Enricher,
) -> None:
    # The parser hangs "to" on the particle "on" or on "from there", not on the verb; a leg
    # told by what the traveller went on to do is where it was done.
    text = (
        "OSLO, March 27 (XNA) - Prime Minister Ane Haugen arrived in Oslo on Monday for talks. "
        "Tomorrow Mrs Haugen flies on to Bergen, where Mayor Per Lund is to receive her.\n\n"
        "On Saturday the prime minister will sail from there to Stavanger.\n\n"
        "Her deputy, Ola Brekke, visited Oslo on Monday. Brekke went on to open a school in "
        "Trondheim on Tuesday."
    )
    legs = visits(events_of(enricher, text))
    assert ("ane-haugen", "bergen", "2025-03-28") in legs
    assert ("ane-haugen", "stavanger", "2025-03-29") in legs
    assert ("ola-brekke", "trondheim", "2025-03-25") in legs
