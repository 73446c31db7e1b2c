"""One sentence, several legs of a trip, on invented sentences: each leg is a visit of its own,
with its own place and date."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from stream.nlp.enrich import Enricher
from stream.nlp.entities.table import where_opening
from stream.nlp.entities.unlabelled import unlabelled_places
from stream.nlp.events.dates_told_before import carries_another
from tests.unit.stories import events_of, told, visits


def _legs(enricher: Enricher, text: str) -> dict[str, tuple[str | None, str]]:
    """Each visit's place id, with its date and status."""
    return {
        e.location.id: (e.date.value if e.date else None, e.status)
        for e in events_of(enricher, text)
        if e.type == "visit" and e.location is not None
    }


def test_a_stop_told_due_after_a_first_one_is_a_leg_of_its_own(enricher: Enricher) -> None:
    text = (
        "Oslo, March 27 (XNA) - Foreign Minister Ane Haugen will be in Lima, Peru, today and "
        "is due in Quito on Saturday."
    )
    assert told(events_of(enricher, text), "visit") == {
        ("ane-haugen", (), "lima"),
        ("ane-haugen", (), "quito"),
    }
    assert _legs(enricher, text)["quito"] == ("2025-03-29", "planned")


def test_each_stop_a_due_clause_lists_takes_its_own_date(enricher: Enricher) -> None:
    text = (
        "Oslo, March 27 (XNA) - Foreign Minister Ane Haugen leaves for Lima today, and is due "
        "in Quito on Saturday and in Bogota on Sunday."
    )
    legs = _legs(enricher, text)
    assert legs["quito"] == ("2025-03-29", "planned")
    assert legs["bogota"] == ("2025-03-30", "planned")


def test_a_place_abroad_a_traveller_comes_in_from_is_an_earlier_stop(enricher: Enricher) -> None:
    text = (
        "Oslo, March 27 (XNA) - Norwegian Foreign Minister Ane Haugen, who flew into Lima on "
        "Thursday night from Quito, welcomed the agreement."
    )
    assert told(events_of(enricher, text), "visit") == {
        ("ane-haugen", (), "lima"),
        ("ane-haugen", (), "quito"),
    }
    assert _legs(enricher, text)["quito"] == (None, "occurred")


def test_coming_in_from_home_is_no_stop(enricher: Enricher) -> None:
    text = (
        "Oslo, March 27 (XNA) - Norwegian Foreign Minister Ane Haugen arrived in Lima on "
        "Thursday from Bergen."
    )
    assert told(events_of(enricher, text), "visit") == {("ane-haugen", (), "lima")}


def test_the_place_come_in_from_that_a_stop_restates_is_a_stop(enricher: Enricher) -> None:
    # No country is told of the traveller: only "the last stop" says Lima was not home.
    text = (
        "Quito, March 27 (XNA) - Foreign Minister Ane Haugen arrived in Quito on Thursday "
        "night from Lima, the last stop of her tour."
    )
    assert ("ane-haugen", (), "lima") in told(events_of(enricher, text), "visit")


def test_an_arrival_told_only_by_where_it_came_from_is_to_the_town_filed_from(
    enricher: Enricher,
) -> None:
    text = (
        "Quito, March 27 (XNA) - Norwegian Foreign Minister Ane Haugen had arrived on Thursday "
        "night from Lima, the last stop of a tour that took her this week to Santiago, and was "
        "received at the airport by Foreign Minister Jorge Paz."
    )
    visits = told(events_of(enricher, text), "visit")
    assert ("ane-haugen", ("jorge-paz",), "quito") in visits
    assert ("ane-haugen", ("jorge-paz",), "santiago") not in visits


def test_the_welcome_on_arrival_greets_the_arrival_not_the_stop_before(
    enricher: Enricher,
) -> None:
    text = (
        "Oslo, March 27 (XNA) - Norwegian Foreign Minister Ane Haugen arrived in Lima on "
        "Sunday from Quito, where she had attended a regional summit, and was welcomed at the "
        "airport by Foreign Minister Jorge Paz."
    )
    visits = told(events_of(enricher, text), "visit")
    assert ("ane-haugen", ("jorge-paz",), "lima") in visits
    assert ("ane-haugen", (), "quito") in visits


def test_a_stop_come_in_from_took_nobody_on_from_the_talks(enricher: Enricher) -> None:
    text = (
        "LIMA, March 27 (XNA) - Norwegian Prime Minister Ane Haugen held talks here on Thursday "
        "with Peruvian Prime Minister Jorge Paz on fisheries.\n\n"
        "Haugen arrived in Lima late on Wednesday from Quito.\n\n"
        "Haugen invited her Peruvian counterpart to visit Oslo, and Paz accepted."
    )
    (invitation,) = [e for e in events_of(enricher, text) if e.type == "invitation"]
    assert invitation.date is not None and invitation.date.value == "2025-03-27"


def _visits_dated(enricher: Enricher, text: str) -> set[tuple[str | None, str | None]]:
    return {
        (e.location.id if e.location else None, e.date.value if e.date else None)
        for e in events_of(enricher, text)
        if e.type == "visit"
    }


def test_a_trip_the_copula_calls_the_first_since_a_date_is_a_visit_then(
    enricher: Enricher,
) -> None:
    text = (
        "LIMA, March 27 (XNA) - Norwegian President Ane Haugen arrived in Lima on Wednesday for "
        "talks with President Jorge Paz.\n\n"
        "The visit was Haugen's first to Lima since May 2009, when talks on fisheries failed."
    )
    assert _visits_dated(enricher, text) == {("lima", "2025-03-26"), ("lima", "2009-05")}


def test_a_past_trip_the_copula_dates_is_a_visit_of_its_own(enricher: Enricher) -> None:
    text = (
        "LIMA, March 27 (XNA) - Norwegian President Ane Haugen arrived in Lima on Wednesday for "
        "talks with President Jorge Paz.\n\n"
        "Haugen's last trip to Colombia was in June 2014."
    )
    assert _visits_dated(enricher, text) == {("lima", "2025-03-26"), ("colombia", "2014-06")}


def test_a_stay_told_going_on_is_the_trip_of_the_arrival_the_day_before(
    enricher: Enricher,
) -> None:
    text = (
        "LIMA, March 27 (XNA) - Norwegian President Ane Haugen, who is in Peru on a state visit, "
        "held talks with President Jorge Paz at the palace today.\n\n"
        "Haugen arrived in Lima on Wednesday evening and was met at the airport by Paz."
    )
    assert _visits_dated(enricher, text) == {("lima", "2025-03-26")}


def test_a_record_the_traveller_then_became_is_a_further_visit(enricher: Enricher) -> None:
    text = (
        "OSLO, March 27 (XNA) - Norwegian Prime Minister Ane Haugen visited Lima in March 2011 "
        "and then became the first Norwegian premier to visit Quito."
    )
    legs = _legs(enricher, text)
    assert legs == {"lima": ("2011-03", "occurred"), "quito": ("2011-03", "occurred")}


def test_a_record_set_by_becoming_it_happened(enricher: Enricher) -> None:
    text = (
        "OSLO, March 27 (XNA) - Norwegian Prime Minister Ane Haugen became the first Norwegian "
        "leader to visit Quito on Monday."
    )
    assert _legs(enricher, text) == {"quito": ("2025-03-24", "occurred")}


def _signed_in_a_town(country: str) -> Doc:
    """ "Her trip was to <country>, when she signed agreements in Musoma", as the parser reads
    it, with the town left unlabelled."""
    words = ["Her", "trip", "was", "to", country, ",", "when", "she", "signed", "agreements"]
    words += ["in", "Musoma", "."]
    heads = [1, 2, 2, 2, 3, 2, 8, 8, 2, 8, 9, 10, 2]
    deps = ["poss", "nsubj", "ROOT", "prep", "pobj", "punct", "advmod", "nsubj", "advcl", "dobj"]
    deps += ["prep", "pobj", "punct"]
    pos = ["PRON", "NOUN", "AUX", "ADP", "PROPN", "PUNCT", "SCONJ", "PRON", "VERB", "NOUN"]
    pos += ["ADP", "PROPN", "PUNCT"]
    ents = ["O"] * 4 + ["B-GPE"] + ["O"] * 8
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)


def test_a_small_town_of_the_country_its_sentence_names_is_a_place() -> None:
    found = unlabelled_places(_signed_in_a_town("Tanzania"), {})
    assert [span.text for span in found] == ["Musoma"]


def test_a_small_town_of_another_country_is_left_unread() -> None:
    assert unlabelled_places(_signed_in_a_town("Kenya"), {}) == []


def test_a_traveller_whose_office_holds_an_of_still_has_a_country(enricher: Enricher) -> None:
    text = (
        "Oslo, March 27 (XNA) - Norwegian Minister of Foreign Affairs Erik Solberg flew into Lima "
        "on Thursday night from Quito."
    )
    assert ("erik-solberg", (), "quito") in told(events_of(enricher, text), "visit")


def test_a_trip_a_host_thanks_a_guest_for_is_the_guests(enricher: Enricher) -> None:
    text = (
        "Oslo, March 27 (XNA) - Norwegian Foreign Minister Ane Haugen arrived in Lima on "
        "Monday.\n\nPresident Jorge Paz thanked Haugen for her visit and said the talks had gone "
        "well.\n\nThe journey began in Quito on March 20."
    )
    assert told(events_of(enricher, text), "visit") == {
        ("ane-haugen", (), "lima"),
        ("ane-haugen", (), "quito"),
    }
    assert _legs(enricher, text)["quito"] == ("2025-03-20", "occurred")


def test_where_a_trip_told_by_a_relative_clause_began_is_a_stop(enricher: Enricher) -> None:
    text = (
        "Oslo, March 27 (XNA) - Norwegian Foreign Minister Ane Haugen arrived in Lima on "
        "Monday.\n\nLima is the last stop of the tour, which began in Quito on Saturday."
    )
    assert told(events_of(enricher, text), "visit") == {
        ("ane-haugen", (), "lima"),
        ("ane-haugen", (), "quito"),
    }
    assert _legs(enricher, text)["quito"] == ("2025-03-22", "occurred")


def test_a_stage_still_ahead_in_a_relative_clause_takes_no_past_date(
    enricher: Enricher,
) -> None:
    text = (
        "Oslo, March 27 (XNA) - Norwegian Foreign Minister Ane Haugen arrived in Lima on "
        "Monday.\n\nLima is the last stop but one of the journey, which will end in Quito on "
        "Sunday."
    )
    visits = told(events_of(enricher, text), "visit")
    assert {actor for actor, _, _ in visits} == {"ane-haugen"}
    assert ("quito", ("2025-03-23", "occurred")) not in _legs(enricher, text).items()


def test_a_stop_a_past_tour_also_took_in_keeps_the_month_of_the_trip(
    enricher: Enricher,
) -> None:
    text = (
        "Oslo, March 27 (XNA) - Norwegian Foreign Minister Ane Haugen toured Peru in June 2011 "
        "as part of a tour that also took her to Quito.\n\n"
        "Haugen arrived in Lima on March 3 for a tour that took her to Bogota."
    )
    legs = _legs(enricher, text)
    assert legs["quito"] == ("2011-06", "occurred")
    assert legs["bogota"] == (None, "occurred")


@pytest.mark.parametrize(
    ("leg", "day"),
    [
        ("From Lima, the two prime ministers sailed to Callao, the main port.", "2025-03-26"),
        ("From Lima, the two prime ministers crossed to Callao by boat.", "2025-03-26"),
        ("On Friday the two leaders will sail to Callao together.", "2025-03-28"),
    ],
)
def test_a_leg_sailed_or_crossed_is_a_visit_of_each_traveller(
    enricher: Enricher, leg: str, day: str
) -> None:
    text = (
        "LIMA, March 27 (XNA) - Norwegian Prime Minister Ane Haugen arrived in Lima on Wednesday "
        f"for talks with her Peruvian counterpart Jorge Paz. {leg}"
    )
    events = events_of(enricher, text)
    assert {("ane-haugen", (), "callao"), ("jorge-paz", (), "callao")} <= told(events, "visit")
    assert {e.date.value for e in events if e.location and e.location.id == "callao"} == {day}


def test_a_stretch_crossed_is_a_leg(enricher: Enricher) -> None:
    text = (
        "LIMA, March 27 (XNA) - Norwegian Prime Minister Ane Haugen arrived in Lima on Wednesday. "
        "In the afternoon she crossed to Cusco by ferry to lead a prayer."
    )
    assert ("ane-haugen", (), "cusco") in told(events_of(enricher, text), "visit")


@pytest.mark.parametrize(
    "carried",
    [
        "who later flew the delegation to Cusco",
        "who sailed his guests to Callao on Monday",
    ],
)
def test_who_takes_another_somewhere_makes_no_trip(enricher: Enricher, carried: str) -> None:
    text = (
        "LIMA, March 27 (XNA) - Norwegian Prime Minister Ane Haugen arrived in Lima on Sunday and "
        f"was received at the airport by President Jorge Paz, {carried}."
    )
    assert not [v for v in told(events_of(enricher, text), "visit") if v[0] == "jorge-paz"]


@pytest.mark.parametrize(
    "leg",
    [
        "After the talks, Haugen travelled to Qorvallo, some 100 kilometres west of Lima, to meet "
        "engineers.",
        "On Thursday she flew to Qorvallo, 40 km south of the capital.",
        "Today, Haugen is scheduled to travel to Qorvallo, a model village in the Andes, where she "
        "will open a school.",
    ],
)
def test_a_town_too_small_for_the_gazetteer_told_as_a_place_is_a_leg(
    enricher: Enricher, leg: str
) -> None:
    text = (
        "Oslo, March 27 (XNA) - Norwegian Foreign Minister Ane Haugen arrived in Lima on "
        f"Wednesday and held talks with President Jorge Paz. {leg}"
    )
    assert ("ane-haugen", (), "qorvallo") in told(events_of(enricher, text), "visit")


def test_a_name_gone_to_that_no_words_tell_is_a_place_stays_unread(enricher: Enricher) -> None:
    text = (
        "Oslo, March 27 (XNA) - Norwegian Foreign Minister Ane Haugen arrived in Lima on "
        "Wednesday. On Thursday she travelled to Qorvallo to meet engineers."
    )
    assert told(events_of(enricher, text), "visit") == {("ane-haugen", (), "lima")}


def test_a_small_town_told_as_a_place_once_is_one_where_the_model_reads_a_body(
    enricher: Enricher,
) -> None:
    text = (
        "Oslo, March 27 (XNA) - Norwegian Foreign Minister Ane Haugen arrived in Lima on "
        "Wednesday. On Thursday she travelled to Qorvallo, some 100 kilometres west of Lima, to "
        "meet engineers.\n\nNorway has led the mining project at Qorvallo since 2017, and the "
        "Qorvallo mine employs 400 people."
    )
    assert ("ane-haugen", (), "qorvallo") in told(events_of(enricher, text), "visit")


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a region of the city's own country, set off by a comma, says where the city is
        ("Prime Minister Taro Sato arrived in Chengdu, Sichuan, on Sunday.", {"chengdu"}),
        # regions coordinated with "and" are legs of their own
        (
            "Prime Minister Taro Sato will visit Texas and Colorado next week.",
            {"texas", "colorado"},
        ),
    ],
)
def test_a_region_set_off_after_its_city_is_no_leg(
    enricher: Enricher, text: str, places: set[str]
) -> None:
    assert set(_legs(enricher, text)) == places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the host received the traveller, in a town of the country left
        (
            "President Ivo Dran flew into Oslo on Saturday from Germany, where Chancellor Erik "
            "Berg received him in Munich on Friday.",
            "munich",
        ),
        # the talks' clause also names a square: the leg is to the town left
        (
            "President Ivo Dran came to Oslo from Lima, where he had addressed a crowd in Plaza "
            "Mayor on Friday and met President Ana Rojas.",
            "lima",
        ),
        # a coming that names no destination, from a town told with its country
        (
            "President Ivo Dran came from Mainz, Germany, where he had held talks with Chancellor "
            "Erik Berg on Friday.",
            "mainz",
        ),
    ],
)
def test_talks_where_a_traveller_came_from_are_a_leg_of_the_traveller(
    enricher: Enricher, text: str, place: str
) -> None:
    assert ("ivo-dran", (), place) in told(events_of(enricher, text), "visit")
    assert _legs(enricher, text)[place] == ("2025-03-21", "occurred")


def test_a_town_come_from_that_the_model_misreads_is_the_leg_of_the_talks(
    enricher: Enricher,
) -> None:
    text = (
        "President Ivo Dran arrived at Oslo airport last night, shortly before 10 pm, from São "
        "Paulo, where he had held talks with President Ana Rojas in the morning."
    )
    events = events_of(enricher, text)
    assert ("ivo-dran", ("ana-rojas",), "sao-paulo") in told(events, "meeting")
    assert ("ivo-dran", (), "sao-paulo") in told(events, "visit")
    # "in the morning" of the day of the arrival
    assert _legs(enricher, text)["sao-paulo"] == ("2025-03-26", "occurred")


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Ane Haugen had flown in from Singapore overnight, where she attended "
        "the East Asia Summit on Thursday.",
        "Prime Minister Ane Haugen is expected to fly in from Singapore later today, where she "
        "attended the Pacific Rim Summit.",
    ],
)
def test_a_summit_attended_where_a_traveller_came_from_is_held_there(
    enricher: Enricher, text: str
) -> None:
    assert ("ane-haugen", (), "singapore") in told(events_of(enricher, text), "visit")


def test_a_town_stopped_in_for_talks_is_a_leg(enricher: Enricher) -> None:
    text = (
        "On Friday evening President Ivo Dran stopped in Bergen for talks with Prime Minister "
        "Ane Haugen at the Royal Palace."
    )
    assert _legs(enricher, text)["bergen"] == ("2025-03-21", "occurred")


def test_a_where_past_the_time_of_a_leg_is_the_town_of_the_leg(enricher: Enricher) -> None:
    text = (
        "Oslo, March 27 (XNA) - Foreign Minister Ane Haugen will fly to Lima on Tuesday for "
        "talks with President Rui Morales, before heading to Quito later this week, where she "
        "is expected to meet President Jorge Paz."
    )
    assert ("ane-haugen", ("jorge-paz",), "quito") in told(events_of(enricher, text), "meeting")


@pytest.mark.parametrize(
    "text",
    [
        "From Lima, Pope Leo flies on Tuesday afternoon to Ottawa, where Prime Minister Erik "
        "Berg plans to greet him.",
        "From Lima, Pope Leo flies on Tuesday afternoon to Ottawa, where Prime Minister Erik "
        "Berg plans to greet him in person on arrival.",
    ],
)
def test_a_host_greeting_a_guest_at_home_makes_no_trip(enricher: Enricher, text: str) -> None:
    travellers = {actor for actor, _, _ in told(events_of(enricher, text), "visit")}
    assert travellers == {"leo"}


def test_a_day_told_after_the_and_is_the_next_stops(enricher: Enricher) -> None:
    text = (
        "OSLO, March 27 (XNA) - Latvian Prime Minister Janis Ozols flew to Bergen on Monday "
        "and, on Tuesday, to Tromso."
    )
    assert visits(events_of(enricher, text)) >= {
        ("janis-ozols", "bergen", "2025-03-24"),
        ("janis-ozols", "troms", "2025-03-25"),
    }


def test_a_departure_for_a_country_is_the_stay_in_the_first_town_it_reaches(
    enricher: Enricher,
) -> None:
    text = (
        "OSLO, March 27 (XNA) - Prime Minister Ane Haugen will leave for Peru tonight.\n\n"
        "She will arrive in Lima on Friday for talks with President Jorge Paz, and on Monday she "
        "will fly to Arequipa to open a copper mine."
    )
    trips = visits(events_of(enricher, text))
    assert trips == {
        ("ane-haugen", "lima", "2025-03-28"),
        ("ane-haugen", "arequipa", "2025-03-31"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Kell is the final stop of a six-day tour that took President Tala Odum to Lima on "
        "Monday, where she held talks with President Ana Vera, and to Quito on Wednesday for "
        "talks with President Rui Matos.",
        "From Kell, President Tala Odum will travel to Lima, where she will meet President Ana "
        "Vera on March 31, and then to Quito on April 2-3 for talks with President Rui Matos.",
    ],
)
def test_talks_a_leg_is_for_are_its_travellers_at_its_stop(enricher: Enricher, text: str) -> None:
    assert ("tala-odum", ("rui-matos",), "quito") in told(events_of(enricher, text), "meeting")


def test_a_stop_joined_after_the_purpose_of_the_one_before_is_a_leg_of_its_own(
    enricher: Enricher,
) -> None:
    # The parser hangs ", and to Quito" on "to open", not on the verb that travels.
    text = (
        "Oslo, March 27 (XNA) - Foreign Minister Ane Haugen flew to Lima on Monday to open an "
        "embassy, and to Quito on Wednesday."
    )
    legs = _legs(enricher, text)
    assert legs["lima"] == ("2025-03-24", "occurred")
    assert legs["quito"] == ("2025-03-26", "occurred")


def test_stops_listed_after_the_purpose_of_a_planned_leg_are_legs(enricher: Enricher) -> None:
    text = (
        "Oslo, March 27 (XNA) - Foreign Minister Ane Haugen flies to Lima on Saturday to see "
        "the old harbour, and to Quito and Cusco next week."
    )
    legs = _legs(enricher, text)
    assert set(legs) == {"lima", "quito", "cusco"}
    assert legs["quito"] == legs["cusco"] == ("2025-03-31", "planned")


@pytest.mark.parametrize(
    "arrival",
    [
        "had flown in from Vienna overnight, where he attended a conference on energy on Thursday",
        "is expected to fly in from Vienna later today, where he attended a conference on energy",
    ],
)
def test_flying_in_from_a_stay_is_an_arrival_at_the_scene_apart_from_it(
    enricher: Enricher, arrival: str
) -> None:
    # No dateline: the scene is the town the story told a trip to before.
    text = (
        "Talks on fishing open in Bergen\n\nGerman Chancellor Anna Weber landed in Bergen on "
        "Friday morning for two days of talks on fishing rights.\n\nPrime Minister Lars Holt "
        f"of Denmark {arrival}."
    )
    assert {("lars-holt", (), "bergen"), ("lars-holt", (), "vienna")} <= told(
        events_of(enricher, text), "visit"
    )


def test_two_stops_joined_by_and_share_the_day_told_after_them(enricher: Enricher) -> None:
    text = (
        "Oslo, March 27 (XNA) - Foreign Minister Ane Haugen travels to Lima on Saturday and to "
        "Quito and Cusco on Tuesday."
    )
    legs = _legs(enricher, text)
    assert legs["quito"] == ("2025-04-01", "planned")
    assert legs["cusco"] == ("2025-04-01", "planned")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Oslo, March 27 (XNA) - Norwegian Foreign Minister Ane Haugen will fly to Texas on "
            "Friday, where she is due to open a consulate in Houston.",
            "houston",
        ),
        (
            "Oslo, March 27 (XNA) - Norwegian Foreign Minister Ane Haugen will leave Lima this "
            "evening for Tucson, Arizona, where she is to attend a memorial ceremony.",
            "tucson",
        ),
    ],
)
def test_a_doing_told_where_a_leg_goes_is_that_stop(
    enricher: Enricher, text: str, town: str
) -> None:
    """A "where" clause on a leg's region tells what is done at that stop: one stay, in the
    town the sentence names, though the gazetteer cannot place the town in the region."""
    legs = _legs(enricher, text)
    assert town in legs
    assert {"texas", "arizona"}.isdisjoint(legs)


@pytest.mark.parametrize(
    ("text", "stops"),
    [
        (
            "Oslo, March 27 (XNA) - Norwegian Foreign Minister Ane Haugen will fly to Lima on "
            "Friday, where she is due to tour a copper mine in Arequipa.",
            {"lima", "arequipa"},
        ),
        (
            "Oslo, March 27 (XNA) - Norwegian Foreign Minister Ane Haugen has been in the United "
            "States this week, where she addressed a conference in Boston on Monday and visited "
            "Vermont the following day.",
            {"boston", "vermont"},
        ),
    ],
)
def test_another_place_told_where_a_leg_goes_is_a_stop_of_its_own(
    enricher: Enricher, text: str, stops: set[str]
) -> None:
    assert stops <= set(_legs(enricher, text))


def test_a_doing_of_the_day_is_no_stop_a_tour_will_also_take_her_to(enricher: Enricher) -> None:
    """An unplaced doing of the day is done where the traveller is, not at a stop a "tour that
    will also take her to" clause tells ahead; that stop is the leg told later, on its day."""
    text = (
        "Oslo, March 27 (XNA) - Norwegian Foreign Minister Ane Haugen arrived in Lima on "
        "Thursday on the first leg of a South American tour that will also take her to Chile. "
        "Haugen is due to attend the opening of a trade fair this afternoon. On Saturday she "
        "will travel to Santiago for talks with her Chilean counterpart."
    )
    stays = [
        (e.location.id, e.date.value if e.date else None)
        for e in events_of(enricher, text)
        if e.type == "visit" and e.location is not None and e.location.id != "lima"
    ]
    assert stays == [("santiago", "2025-03-29")]


def test_a_later_stop_named_as_a_saints_building_is_that_building(enricher: Enricher) -> None:
    """ "St Olav's Cathedral": the model reads the saint as a person, yet the later stop is
    the building named after him, as the first stop would be."""
    text = (
        "Oslo, March 27 (XNA) - Archbishop Tomas Vega of Oslo will travel to Quito on Monday "
        "and then to St Olav's Cathedral in Cuenca on Wednesday."
    )
    assert set(_legs(enricher, text)) == {"quito", "st-olav-s-cathedral"}


def test_a_couple_calling_at_countries_before_a_leg_visits_each(enricher: Enricher) -> None:
    text = (
        "Oslo, March 27 (XNA) - King Harald and Queen Sonja arrived in Lima on Wednesday. On "
        "Saturday they fly on to Quito, where President Noboa will give a dinner in their "
        "honour, before calling at Bolivia, Chile and Argentina."
    )
    visited = told(events_of(enricher, text), "visit")
    assert {
        (actor, (), place)
        for actor in ("harald", "sonja")
        for place in ("bolivia", "chile", "argentina")
    } <= visited


def test_a_ruler_of_a_state_set_after_the_name_leaving_for_its_capital_goes_home(
    enricher: Enricher,
) -> None:
    text = (
        "Oslo, March 27 (XNA) - Emperor Haruto of Japan and Empress Aiko arrived in Lima on "
        "Wednesday. They travel on to Quito on Friday before leaving for Tokyo on Saturday."
    )
    assert "tokyo" not in {place for _, _, place in told(events_of(enricher, text), "visit")}


def test_a_leader_flying_home_to_his_own_capital_makes_no_visit(enricher: Enricher) -> None:
    text = (
        "Kenyan President Daniel Mwangi arrived in Lima on Wednesday for talks with President "
        "Rosa Quispe.\n\nOn his way home he had been due to stop in Quito, but he will instead "
        "fly straight to Nairobi."
    )
    assert "nairobi" not in {place for _, place, _ in visits(events_of(enricher, text))}


def test_the_host_of_a_summit_where_travellers_came_from_makes_no_visit(
    enricher: Enricher,
) -> None:
    text = (
        "LIMA, March 27 - The guests flew in from Quito, where Lorvian President Jan Olt had "
        "taken part in the G20 summit hosted by Jorge Vela on Thursday and Friday."
    )
    visitors = {actor for actor, _, _ in told(events_of(enricher, text), "visit")}
    assert not visitors & {"jorge-vela", "g20"}


def test_a_leg_joined_to_the_purpose_of_a_planned_flight_lies_ahead(enricher: Enricher) -> None:
    text = (
        "Oslo, March 27 (XNA) - Trade Minister Eva Lund arrived in Lima on Wednesday. After the "
        "talks she will fly to Quito on Saturday evening to see President Jorge Vela, and go on "
        "to Bogota on Sunday, where President Luis Mora has invited her to lunch."
    )
    assert _legs(enricher, text)["bogota"] == ("2025-03-30", "planned")


def test_a_leg_joined_to_the_purpose_of_a_flight_made_was_made(enricher: Enricher) -> None:
    text = (
        "Oslo, March 27 (XNA) - Trade Minister Eva Lund arrived in Lima on Wednesday. After the "
        "talks she flew to Quito on Saturday evening to see President Jorge Vela, and went on "
        "to Bogota on Sunday."
    )
    assert _legs(enricher, text)["bogota"] == ("2025-03-23", "occurred")


def test_a_stop_joined_to_a_leg_gone_on_to_in_the_present_lies_ahead(enricher: Enricher) -> None:
    text = (
        "Oslo, March 27 (XNA) - Trade Minister Eva Lund arrived in Lima on Wednesday. She goes "
        "on to Quito on Saturday for talks with President Jorge Vela and makes a brief stop at "
        "Bogota on Sunday."
    )
    assert _legs(enricher, text)["bogota"] == ("2025-03-30", "planned")


@pytest.mark.parametrize(
    ("text", "travellers", "place", "date"),
    [
        (
            "President Ivo Dran landed in Lorn on Thursday from Adelaide, where he spent "
            "Wednesday.",
            {"ivo-dran"},
            "adelaide",
            "2025-03-26",
        ),
        # no day told: the time spent there is still a stop of the trip
        (
            "Prime Minister Ane Haugen and her husband Tor Lie flew into Lorn late on Monday "
            "from Lisbon, where they had spent two days.",
            {"ane-haugen", "tor-lie"},
            "lisbon",
            None,
        ),
        # the time told inside what was spent
        (
            "Prime Minister Ane Haugen and her husband Tor Lie flew into Lorn late on Monday "
            "from Lisbon, where they had spent a week's holiday.",
            {"ane-haugen", "tor-lie"},
            "lisbon",
            None,
        ),
        # a craft's trip: the clause's joined subjects, titles alone, are its travellers
        (
            "King Harald of Lorvia and Queen Sonja are on a state visit to Austria. The royal "
            "yacht reached Salzburg on Monday from Linz, where the King and the Queen had spent "
            "the weekend.",
            {"harald", "sonja"},
            "linz",
            "2025-03-22",
        ),
    ],
)
def test_time_spent_where_a_traveller_came_from_is_a_leg_there(
    enricher: Enricher, text: str, travellers: set[str], place: str, date: str | None
) -> None:
    found = visits(events_of(enricher, text))
    legs = {(actor, day) for actor, where, day in found if where == place}
    assert legs == {(traveller, date) for traveller in travellers}


def test_money_spent_where_a_traveller_came_from_is_no_stay(enricher: Enricher) -> None:
    text = "President Ivo Dran flew to Lorn from Lisbon, where his government spent $3 billion."
    assert not [place for _, place, _ in visits(events_of(enricher, text)) if place == "lisbon"]


def test_a_titled_couple_of_a_state_leaving_for_its_capital_goes_home(enricher: Enricher) -> None:
    # "of Norway" hangs on the second name only; it is the state of both titled names.
    text = (
        "NAIROBI, March 27 - King Lars Berg and Queen Ane Berg of Norway arrived in Nairobi on "
        "Tuesday. The couple leave for Oslo on Friday."
    )
    assert told(events_of(enricher, text), "visit") == {
        ("lars-berg", (), "nairobi"),
        ("ane-berg", (), "nairobi"),
    }


def test_a_leader_of_a_state_gone_from_the_map_leaving_for_its_capital_goes_home(
    enricher: Enricher,
) -> None:
    # "Soviet" names no country of today's map; its leaders were at home in Moscow.
    text = (
        "NEW DELHI, Nov. 27 - Mr Ivan Petrov arrived in New Delhi on Tuesday for talks with "
        "Prime Minister Ravi Rao.\n\nOn Thursday the Soviet leader addressed Parliament.\n\n"
        "Mr Petrov leaves for Moscow on Friday morning."
    )
    places = {place for _, _, place in told(events_of(enricher, text), "visit")}
    assert "new-delhi" in places
    assert "moscow" not in places


def test_a_stop_made_on_the_way_home_is_a_leg_on_the_day_of_the_flight(
    enricher: Enricher,
) -> None:
    # "Stopping at X" hangs on the flight home: the stop, not the flight, is the visit.
    text = (
        "LIMA, March 27 (XNA) - Norwegian President Ane Haugen held talks with President Jorge "
        "Paz in Lima on Wednesday. She is to fly home on Friday, stopping at Quito, where she "
        "will meet President Luis Vera."
    )
    assert _legs(enricher, text)["quito"] == ("2025-03-28", "planned")


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday Haugen stopped in Cusco, Peru, where she met Governor Luis Vera.",
        "Haugen will fly home on Friday, stopping in Cusco, Peru, where she will meet "
        "Governor Luis Vera.",
    ],
)
def test_a_where_told_after_the_region_of_a_town_stopped_in_is_in_the_town(
    enricher: Enricher, text: str
) -> None:
    opening = (
        "LIMA, March 27 (XNA) - Norwegian President Ane Haugen held talks with President Jorge "
        "Paz in Lima on Wednesday.\n\n"
    )
    events = events_of(enricher, opening + text)
    assert ("ane-haugen", ("luis-vera",), "cusco") in told(events, "meeting")
    assert "peru" not in {place for _, _, place in told(events, "visit")}


def test_a_town_printed_with_its_country_is_the_town(enricher: Enricher) -> None:
    # The model may read "Apia, Samoa" as one organisation; the town is where he stops.
    text = (
        "WELLINGTON, March 26 (NZPA) - Chancellor Hans Brandt is to fly home tomorrow, stopping "
        "at Apia, Samoa, where he will meet the Prime Minister, Tui Lefau."
    )
    places = {event.location.name for event in events_of(enricher, text) if event.location}
    assert places == {"Apia"}, places


def test_a_name_set_off_after_the_leg_is_not_what_is_flown(enricher: Enricher) -> None:
    # The parse the model gives when it hangs the apposition to "the Emir of Kell" on the verb,
    # built by hand: the traveller still flies there; "flew the envoy to Kell" carries the envoy.
    words = ["He", "will", "fly", "to", "Vell", "for", "talks", "with", "the", "Emir", ","]
    words += ["Sheikh", "Omar", ",", "aides", "said", "."]
    heads = [2, 2, 15, 2, 3, 2, 5, 6, 9, 7, 2, 12, 2, 15, 15, 15, 15]
    deps = ["nsubj", "aux", "ccomp", "prep", "pobj", "prep", "pobj", "prep", "det", "pobj"]
    deps += ["punct", "compound", "dobj", "punct", "nsubj", "ROOT", "punct"]
    pos = ["PRON", "AUX", "VERB", "ADP", "PROPN", "ADP", "NOUN", "ADP", "DET", "PROPN", "PUNCT"]
    pos += ["PROPN", "PROPN", "PUNCT", "NOUN", "VERB", "PUNCT"]
    lemmas = [word.lower() for word in words]
    doc = Doc(enricher.nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert not carries_another(doc[2])
    words = ["He", "flew", "the", "envoy", "to", "Vell", "."]
    heads = [1, 1, 3, 1, 1, 4, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"]
    pos = ["PRON", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"]
    lemmas = ["he", "fly", "the", "envoy", "to", "Vell", "."]
    doc = Doc(enricher.nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert carries_another(doc[1])


@pytest.mark.parametrize(
    ("closing", "expected"),
    [("could not be confirmed.", {"chile"}), ("were denied.", set())],
)
def test_a_stop_told_in_a_report_is_speculated_until_denied(
    enricher: Enricher, closing: str, expected: set[str]
) -> None:
    text = (
        "Norwegian Prime Minister Ane Haugen arrived in Lima on Monday. Reports in Quito that "
        f"Mr Haugen might stop in Chile early next month {closing}"
    )
    events = events_of(enricher, text)
    assert {place for _, place, _ in visits(events)} - {"lima"} == expected
    assert all(e.status == "speculated" for e in events if e.location and e.location.id == "chile")


def test_an_arrival_told_at_the_end_of_a_departure_for_home_is_no_visit(
    enricher: Enricher,
) -> None:
    text = (
        "OSLO, Aug. 31 — U.S. President Tom Ardal held talks in Oslo yesterday. Ardal left Oslo "
        "at 8:15 p.m. for Washington, where he arrived early this morning."
    )
    assert "washington" not in {place for _, place, _ in visits(events_of(enricher, text))}


def test_an_arrival_told_at_the_end_of_a_departure_for_elsewhere_is_a_visit(
    enricher: Enricher,
) -> None:
    text = "President Tom Ardal left Oslo on Monday for Bergen, where he arrived in the evening."
    assert ("tom-ardal", "bergen", "2025-03-24") in visits(events_of(enricher, text))


def test_a_leg_flown_at_a_time_told_as_the_verbs_object_is_a_visit(enricher: Enricher) -> None:
    # The parser takes "the same evening" for what is flown; it is when the leg is made.
    text = (
        "Oslo, March 27 (XNA) - Early tomorrow Mr. Jon Berg leaves for Lima, where he will hold "
        "talks with President Ana Ruiz. From Lima he flies the same evening to Quito, where he "
        "will be received at the airport by President Pablo Sosa."
    )
    assert told(events_of(enricher, text), "visit") == {
        ("jon-berg", (), "lima"),
        ("jon-berg", ("pablo-sosa",), "quito"),
    }


ROYAL_ARRIVAL = (
    "Oslo, March 27 (XNA) - King Harald Lund and Queen Sonja Lund arrived in Lima on Saturday "
    "for a tour of South America. "
)


def test_a_leg_gone_on_to_in_a_plural_present_read_as_base_form_lies_ahead(
    enricher: Enricher,
) -> None:
    text = ROYAL_ARRIVAL + "From the coast the presidential couple go on to Quito and Bogota."
    legs = _legs(enricher, text)
    assert legs["quito"][1] == "planned" and legs["bogota"][1] == "planned"


@pytest.mark.parametrize("copula", ["is", "was"])
def test_one_told_due_somewhere_is_expected_there_not_yet_come(
    enricher: Enricher, copula: str
) -> None:
    text = f"Chancellor Olaf Berg {copula} due in Madrid today for a conference on trade."
    assert _legs(enricher, text)["madrid"] == ("2025-03-27", "planned")


def test_a_where_hung_on_a_time_phrase_before_the_verb_opens_its_clause() -> None:
    # "He flew in from Vik, where on Thursday he had taken part": the parser may hang the
    # "where" on the "on" of the time put before the verb.
    words = ["He", "flew", "in", "from", "Vik", ",", "where", "on", "Thursday", "he", "had"]
    words += ["taken", "part", "."]
    heads = [1, 1, 1, 1, 3, 4, 7, 11, 7, 11, 11, 4, 11, 1]
    deps = ["nsubj", "ROOT", "advmod", "prep", "pobj", "punct", "advmod", "prep", "pobj"]
    deps += ["nsubj", "aux", "relcl", "dobj", "punct"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    where = where_opening(doc[11])
    assert where is not None and where.i == 6


def test_a_treaty_signed_where_the_trip_came_from_is_a_leg(enricher: Enricher) -> None:
    text = (
        "President Amara Tolu had flown into Oslo from Bergen, where he signed a partnership "
        "treaty with Governor Erik Lund on Wednesday."
    )
    assert ("amara-tolu", "bergen", "2025-03-26") in visits(events_of(enricher, text))


def test_a_leader_leaving_for_a_capital_another_country_has_a_town_of_goes_home(
    enricher: Enricher,
) -> None:
    # A story naming Canada may read "London" as the Canadian town; to a Briton leaving for it,
    # it is still the capital.
    text = (
        "CANCUN, March 27 - Among those who flew in yesterday were the British Prime Minister, "
        "Ruth Fenwick, and the Prime Minister of Canada, Paul Tremblay.\n\n"
        "Tremblay flies back to Ottawa on Saturday, and Fenwick leaves for London the same day."
    )
    assert "london" not in {place for _, _, place in told(events_of(enricher, text), "visit")}


def test_a_pope_landing_in_rome_on_his_way_home_makes_no_visit(enricher: Enricher) -> None:
    text = (
        "Pope Leo arrived in Lima on Monday for a week-long visit. On his way home the Pope broke "
        "his journey in Quito on Saturday evening, and he landed in Rome the next morning."
    )
    places = {place for _, place, _ in visits(events_of(enricher, text))}
    assert "quito" in places
    assert "rome" not in places


def test_a_second_stop_told_with_the_verb_left_out_after_due_to_visit_is_a_leg(
    enricher: Enricher,
) -> None:
    text = "Foreign Minister Ane Haugen is due to visit Peru next month and Chile in June."
    legs = _legs(enricher, text)
    assert legs["peru"][0] == "2025-04"
    assert legs["chile"][0] == "2025-06"
