"""A tour's legs told as a recap, on invented sentences: "the last stop of a tour that took her
to A on Monday, to B, where she met X, and to C" is a visit to each stop, each on its own day,
and what the "where" clause tells is done at its stop, by the traveller the tour took there."""

from __future__ import annotations

from stream.nlp.enrich import Enricher
from tests.unit.stories import events_of, meetings, visits

OPENING = (
    "LIMA, March 27 (XNA) - Norwegian President Ane Haugen held talks with President Jorge Paz "
    "in Lima on Wednesday.\n\n"
)


def test_each_stop_told_with_its_own_to_is_a_leg_on_its_own_day(enricher: Enricher) -> None:
    text = OPENING + (
        "Lima is the last leg of an eight-day tour that took Haugen to Quito on March 20, to "
        "Cali, Colombia, where she received an award on March 22, and to Bogota."
    )
    assert {
        ("ane-haugen", "quito", "2025-03-20"),
        ("ane-haugen", "cali", "2025-03-22"),
        ("ane-haugen", "bogota", None),
    } <= visits(events_of(enricher, text))


def test_a_stop_joined_past_a_where_clause_is_a_leg_and_the_clause_keeps_its_day(
    enricher: Enricher,
) -> None:
    text = OPENING + (
        "Lima is the last stop of a five-day tour that took Ms Haugen to Quito on Saturday, "
        "where she held talks with President Luis Vera, and to Bogota on Monday for talks with "
        "President Ivan Duque."
    )
    events = events_of(enricher, text)
    assert ("ane-haugen", "bogota", "2025-03-24") in visits(events)
    met = [e for e in events if e.type == "meeting"]
    (talks,) = [e for e in met if any(c.id == "luis-vera" for c in e.counterparts)]
    assert talks.date is not None and talks.date.value == "2025-03-22"


def test_where_a_tour_began_is_its_first_stop_before_those_it_took_her_to(
    enricher: Enricher,
) -> None:
    text = OPENING + (
        "On Friday Haugen will fly to Chile, the last stop of a South American tour that began "
        "in Ecuador on March 17 and also took her to Bolivia, Uruguay and Paraguay."
    )
    legs = {
        (e.location.id, e.status)
        for e in events_of(enricher, text)
        if e.type == "visit" and e.location is not None
    }
    assert {
        ("ecuador", "occurred"),
        ("bolivia", "occurred"),
        ("uruguay", "occurred"),
        ("paraguay", "occurred"),
    } <= legs


def test_stops_listed_past_a_possessive_name_are_each_a_leg(enricher: Enricher) -> None:
    # "St. Mary's" ends a plain scan of the list; the parse still joins the names after it.
    text = OPENING + (
        "The tour began in Chile on March 17 and also took her to Bolivia, St. Mary's, "
        "Uruguay, Paraguay and Brazil."
    )
    places = {e.location.id for e in events_of(enricher, text) if e.type == "visit" if e.location}
    assert {"bolivia", "uruguay", "paraguay", "brazil"} <= places


def test_a_carrying_verb_joined_past_a_long_relative_clause_still_lists_the_stops(
    enricher: Enricher,
) -> None:
    text = OPENING + (
        "Lima is the last stop of an eight-day trip that began last Wednesday at a regional "
        "summit hosted by President Luis Vera, and took Haugen to Chile on Friday, to Bolivia on "
        "Saturday, where she met President Marta Rojas, and to Ecuador on Sunday."
    )
    assert {
        ("ane-haugen", "chile", "2025-03-21"),
        ("ane-haugen", "bolivia", "2025-03-22"),
        ("ane-haugen", "ecuador", "2025-03-23"),
    } <= visits(events_of(enricher, text))


def test_he_told_at_a_stop_is_the_one_the_tour_took_there(enricher: Enricher) -> None:
    text = (
        "LIMA, March 27 (XNA) - Norwegian Prime Minister Ole Dahl held talks with President "
        "Jorge Paz in Lima on Wednesday.\n\n"
        "Paz said he would visit Oslo next year.\n\n"
        "Lima is the last stop of a five-day tour that took Mr Dahl to Quito on Saturday, where "
        "he held talks with President Luis Vera."
    )
    assert {"ole-dahl", "luis-vera"} in meetings(events_of(enricher, text))


def test_the_towns_a_visit_to_a_country_took_her_to_are_its_stops(enricher: Enricher) -> None:
    text = OPENING + (
        "Haugen's last state visit to Brazil, in June 2019, took her to Brasilia, "
        "Rio de Janeiro and Sao Paulo."
    )
    told = {(actor, place) for actor, place, _ in visits(events_of(enricher, text))}
    assert {("ane-haugen", "brasilia"), ("ane-haugen", "rio-de-janeiro")} <= told
    assert ("ane-haugen", "brazil") not in told


def test_a_country_named_with_an_and_is_one_stop_and_the_list_goes_on_past_it(
    enricher: Enricher,
) -> None:
    text = OPENING + (
        "Lima is the last stop of a Caribbean tour that began in Barbados on March 17 and also "
        "took Haugen to St Vincent and the Grenadines, Grenada and St Kitts and Nevis."
    )
    told = {place for _, place, _ in visits(events_of(enricher, text))}
    assert {
        "saint-vincent-and-the-grenadines",
        "grenada",
        "saint-kitts-and-nevis",
    } <= told


def test_the_stops_after_the_dated_start_of_a_past_tour_keep_its_month(
    enricher: Enricher,
) -> None:
    text = OPENING + (
        "Lima is the last stop of a tour that began in Quito on March 17 and also took Haugen "
        "to Bolivia, Uruguay and Paraguay."
    )
    dated = {place: day for _, place, day in visits(events_of(enricher, text))}
    assert dated["quito"] == "2025-03-17"
    assert dated["bolivia"] == "2025-03"
    assert dated["paraguay"] == "2025-03"


def test_a_tour_the_last_stop_is_of_is_the_story_s_and_began_where_it_says(
    enricher: Enricher,
) -> None:
    text = (
        "LIMA, March 27 (XNA) - Russian President Ivan Sokolov arrived in Lima on Wednesday. "
        "He is the first Russian leader to come since President Oleg Brun visited in June "
        "2009.\n\nPeru is the second and last stop of a tour that began on Saturday in Chile."
    )
    assert ("ivan-sokolov", "chile", "2025-03-22") in visits(events_of(enricher, text))
    assert not [v for v in visits(events_of(enricher, text)) if v[:2] == ("oleg-brun", "chile")]


def test_where_a_journey_a_stage_is_of_began_is_a_visit_welcomed_there(
    enricher: Enricher,
) -> None:
    # "Stage" is no trip word of its own; "the last stage of a journey" still tells the story's.
    text = OPENING + (
        "Haugen arrived in Lima on Tuesday. Lima is the last stage of a journey that began on "
        "March 20 in Quito, where President Luis Vera welcomed her."
    )
    events = events_of(enricher, text)
    assert ("ane-haugen", "quito", "2025-03-20") in visits(events)
    assert {"ane-haugen", "luis-vera"} not in meetings(events)


def test_a_tour_begun_on_one_day_and_taken_on_to_a_stop_another_day_dates_each_stop(
    enricher: Enricher,
) -> None:
    text = OPENING + "The tour began in Quito on Saturday and took her to Bogota on Monday."
    assert {
        ("ane-haugen", "quito", "2025-03-22"),
        ("ane-haugen", "bogota", "2025-03-24"),
    } <= visits(events_of(enricher, text))


def test_talks_in_a_where_clause_keep_the_stop_day_when_the_next_stop_day_is_joined_to_them(
    enricher: Enricher,
) -> None:
    text = (
        "BRENN, March 27 - President Karl Moen of Lorvia arrived in Brenn yesterday.\n\n"
        "The Lorvian leader was in Kell on Tuesday, where he met President Ivo Marr, and in "
        "Brenn yesterday morning for talks with President Lena Sato."
    )
    met = [e for e in events_of(enricher, text) if e.type == "meeting"]
    (talks,) = [e for e in met if any(c.id == "ivo-marr" for c in e.counterparts)]
    assert talks.date is not None and talks.date.value == "2025-03-25"


def _places_of_talks(text: str, enricher: Enricher) -> dict[str, str | None]:
    return {
        counterpart.name: event.location.name if event.location else None
        for event in events_of(enricher, text)
        if event.type.value == "meeting"
        for counterpart in event.counterparts
    }


def test_talks_where_a_later_leg_is_reached_on_a_day_are_at_that_leg(enricher: Enricher) -> None:
    """ "Took him to A, to B on Tuesday, and to C on Wednesday, where he held talks with Y":
    the parse hangs the "where" clause on the day told after C; the talks are at C, not at
    the tour's first stop."""
    text = (
        "Hammerfest is the last stage of a tour that took Lund to a forum in Kaunas last "
        "weekend, to Oulu on Tuesday for talks with President Ana Paz, and to Rovaniemi on "
        "Wednesday, where he held talks with President Luis Mora."
    )
    assert _places_of_talks(text, enricher).get("Luis Mora") == "Rovaniemi"


def test_talks_told_where_a_stop_is_made_on_a_day_are_at_that_stop(enricher: Enricher) -> None:
    text = (
        "President Jonas Lund left Hammerfest on Sunday for a tour of the region. He goes on to "
        "Oulu on Tuesday for talks with Governor Ivo Kalns and makes a brief stop at Kaunas on "
        "Wednesday, where he is expected to meet Mayor Ana Paz, before continuing to Klaipėda."
    )
    assert _places_of_talks(text, enricher).get("Ana Paz") == "Kaunas"


AWAY = (
    "TUMBES, March 27 (XNA) - Norwegian Foreign Minister Sondre Brekke held talks with the "
    "regional governor in Tumbes on Wednesday.\n\n"
)


def test_the_last_stop_of_a_list_read_as_a_firm_is_a_leg(enricher: Enricher) -> None:
    # The model reads "Tacna", last of the list, as an organisation; the gazetteer knows it.
    text = (
        AWAY + "The tour began in Chile on March 9 and also took him to Chiclayo, Piura and Tacna."
    )
    places = {place for _, place, _ in visits(events_of(enricher, text))}
    assert {"chiclayo", "piura", "tacna"} <= places


def test_a_stop_read_as_a_firm_keeps_the_day_told_after_it(enricher: Enricher) -> None:
    text = AWAY + (
        "He will travel to Chiclayo on April 8, to Huaraz on April 10 and to Tacna on April 12."
    )
    assert {
        ("sondre-brekke", "chiclayo", "2025-04-08"),
        ("sondre-brekke", "huaraz", "2025-04-10"),
        ("sondre-brekke", "tacna", "2025-04-12"),
    } <= visits(events_of(enricher, text))


def test_a_tour_told_ending_in_a_town_in_the_present_ends_there_on_a_day_ahead(
    enricher: Enricher,
) -> None:
    text = (
        "LIMA, March 27 (XNA) - Norwegian President Ane Haugen arrived in Lima on Wednesday "
        "for a tour of South America.\n\n"
        "The tour continues to Quito on Tuesday and ends in Cali on Saturday."
    )
    assert {
        ("ane-haugen", "quito", "2025-04-01"),
        ("ane-haugen", "cali", "2025-03-29"),
    } <= visits(events_of(enricher, text))


def test_a_programme_that_takes_the_traveller_somewhere_is_a_visit_to_each_stop(
    enricher: Enricher,
) -> None:
    # A programme or schedule is no trip of its own, but what it takes someone to are stops.
    text = OPENING + "The programme also takes Haugen to Quito, Cali and Bogota."
    assert {
        ("ane-haugen", "quito"),
        ("ane-haugen", "cali"),
        ("ane-haugen", "bogota"),
    } <= {(actor, place) for actor, place, _ in visits(events_of(enricher, text))}


def test_talks_a_carried_leg_is_for_are_met_there_when_the_leg_is_made(
    enricher: Enricher,
) -> None:
    """ "The tour takes him to Vik on Sunday for talks with X": the parse hangs the purpose on
    the carrying verb; the talks are still the leg's, held at its stop, on its day, as planned
    as the leg is."""
    text = (
        "President Arvo Lind of Norway spoke in Oslo on Wednesday. The next leg of the "
        "Norwegian leader's tour takes him to Velmar on Sunday for talks with President "
        "Tomas Berg."
    )
    (talks,) = [e for e in events_of(enricher, text) if e.type == "meeting"]
    assert talks.actor.id == "arvo-lind"
    assert [c.id for c in talks.counterparts] == ["tomas-berg"]
    assert talks.location is not None and talks.location.id == "velmar"
    assert talks.date is not None and talks.date.value == "2025-03-30"
    assert talks.status == "planned"
