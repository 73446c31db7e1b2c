"""Dates and places an event takes from what is told around it: the scene set the sentence
before, the gathering a bare "on the sidelines" is the edge of, the stay a return ends, and
the city a venue's apposition names. Invented sentences, read with the real model."""

from __future__ import annotations

import pytest

from stream.contracts import Event
from stream.nlp.dateline import find_dateline
from stream.nlp.enrich import Enricher
from stream.nlp.entities.canonical import canonical_entities
from stream.nlp.events.dates import event_date
from stream.nlp.events.extraction import extract_mentions
from stream.nlp.pipeline import TRIGGERS_KEY
from stream.nlp.roles.syntax import clause_chain
from tests.unit.stories import PUBLISHED, events_of


def _of_type(events: list[Event], event_type: str) -> list[Event]:
    return [event for event in events if event.type.value == event_type]


def test_scene_dated_the_sentence_before_dates_the_undated_event(enricher: Enricher) -> None:
    text = (
        "On Tuesday the Icelandic government reacted within hours. Foreign Minister Einar "
        "Thorsson accused Norway of an unfriendly act and said Reykjavik would respond."
    )
    (stance,) = _of_type(events_of(enricher, text), "statement")
    assert stance.date is not None and stance.date.value == "2025-03-25"


def test_a_programme_dated_the_sentence_before_dates_the_talks_planned_next(
    enricher: Enricher,
) -> None:
    text = (
        "Foreign Minister Einar Thorsson arrived in Oslo on Wednesday for a three-day visit.\n\n"
        "On Friday, Thorsson is scheduled to address the Storting. He will also hold talks "
        "with Prime Minister Jonas Lund."
    )
    (talks,) = _of_type(events_of(enricher, text), "meeting")
    assert talks.date is not None and talks.date.value == "2025-03-28"


@pytest.mark.parametrize(
    ("before", "met", "day"),
    [
        # A plan ending the paragraph before sets no scene for what happened.
        (
            "The delegation will stay in the capital until Sunday.",
            "Prime Minister Anna Berg received Moen at her office.",
            "2025-03-25",
        ),
        # A day told in the past goes on into the next paragraph.
        (
            "On Wednesday morning Moen laid a wreath at the war memorial.",
            "King Olav welcomed his guest at the palace at midday.",
            "2025-03-26",
        ),
    ],
)
def test_across_a_paragraph_break_only_a_day_told_in_the_past_sets_the_scene(
    enricher: Enricher, before: str, met: str, day: str
) -> None:
    text = (
        f"President Karl Moen arrived in Vadum on Tuesday for a state visit.\n\n{before}\n\n{met}"
    )
    (meeting,) = _of_type(events_of(enricher, text), "meeting")
    assert meeting.date is not None and meeting.date.value == day


def test_a_trip_named_after_an_unrelated_dated_sentence_keeps_no_date(enricher: Enricher) -> None:
    text = (
        "Foreign Minister Einar Thorsson arrived in Oslo on Thursday.\n\n"
        "Critics in Reykjavik warned last week that the talks would fail. It is Thorsson's "
        "first trip to Norway since he took office."
    )
    visits = _of_type(events_of(enricher, text), "visit")
    assert all(visit.date is None or visit.date.value == "2025-03-27" for visit in visits)


def test_bare_sidelines_are_those_of_the_gathering_told_before(enricher: Enricher) -> None:
    text = (
        "Prime Minister Jonas Lund held talks with Swedish Prime Minister Ulf Berg and Finnish "
        "President Aino Virtanen in Bergen on Tuesday.\n\n"
        "Trade and fisheries were discussed at length.\n\n"
        "On the sidelines, Lund also held a separate meeting with Virtanen."
    )
    meetings = _of_type(events_of(enricher, text), "meeting")
    (aside,) = [m for m in meetings if len(m.counterparts) == 1]
    assert aside.date is not None and aside.date.value == "2025-03-25"
    assert aside.location is not None and aside.location.name == "Bergen"


def test_a_stay_returned_from_began_as_many_days_before_as_it_lasted(
    enricher: Enricher,
) -> None:
    text = (
        "President Ane Haugen returned to Oslo on Wednesday morning from a one-day visit to "
        "Stockholm, where she held talks with Prime Minister Ulf Berg."
    )
    events = events_of(enricher, text)
    (visit,) = _of_type(events, "visit")
    (talks,) = _of_type(events, "meeting")
    assert visit.location is not None and visit.location.name == "Stockholm"
    assert visit.date is not None and visit.date.value == "2025-03-25"
    assert talks.date is not None and talks.date.value == "2025-03-25"


def test_a_venue_stands_in_the_city_its_apposition_names(enricher: Enricher) -> None:
    text = (
        "Prime Minister Jonas Lund hosted the summit at the Orla, his official residence in "
        "Bergen, with Swedish Prime Minister Ulf Berg."
    )
    (talks,) = _of_type(events_of(enricher, text), "meeting")
    assert talks.location is not None and talks.location.name == "Orla"
    assert talks.location.city == "Bergen"


def test_talks_before_an_occasion_dated_earlier_are_of_its_day(enricher: Enricher) -> None:
    text = (
        "Prime Minister Jonas Lund told students at the University of Bergen on Tuesday that "
        "Norway would double its research budget, in a speech marking the university's "
        "centenary.\n\n"
        '"Knowledge is our oil now," he said.\n\n'
        "Before the speech, Lund held talks with Swedish Prime Minister Ulf Berg."
    )
    (talks,) = _of_type(events_of(enricher, text), "meeting")
    assert talks.date is not None and talks.date.value == "2025-03-25"


def test_a_trip_after_the_talks_told_paragraphs_before_is_of_their_day(
    enricher: Enricher,
) -> None:
    text = (
        "Oslo, March 27 (XNA) - Norwegian Foreign Minister Ane Haugen arrived in Lima on "
        "Wednesday and held talks with President Jorge Paz at the palace.\n\n"
        "Norway has funded the Cusco mine since 2017.\n\n"
        "After the talks, Haugen travelled to Cusco to meet Norwegian engineers."
    )
    (leg,) = [e for e in _of_type(events_of(enricher, text), "visit") if _placed_in(e, "cusco")]
    assert leg.date is not None and leg.date.value == "2025-03-26"


def test_a_trip_after_other_talks_takes_none_of_their_day(enricher: Enricher) -> None:
    text = (
        "Oslo, March 27 (XNA) - Norwegian Foreign Minister Ane Haugen arrived in Lima on "
        "Wednesday and had dinner with President Jorge Paz at the palace.\n\n"
        "Norway has funded the Cusco mine since 2017.\n\n"
        "After the talks, Haugen travelled to Cusco to meet Norwegian engineers."
    )
    (leg,) = [e for e in _of_type(events_of(enricher, text), "visit") if _placed_in(e, "cusco")]
    assert leg.date is None or leg.date.value != "2025-03-26"


def _placed_in(event: Event, place_id: str) -> bool:
    return event.location is not None and event.location.id == place_id


@pytest.mark.parametrize(
    ("trip", "day"),
    [
        (
            "From Quito, Haugen will fly tonight to Lima, where she is scheduled to hold talks "
            "with Peruvian President Ana Rojas on Wednesday.",
            "2025-04-02",
        ),
        (
            "Haugen is leaving Quito this evening for Lima, where she will take part in a "
            "regional forum tomorrow.",
            "2025-03-28",
        ),
        (
            "Haugen will today travel to Quito, where she will address a business forum, before "
            "flying to Lima for talks with President Ana Rojas on Tuesday.",
            "2025-04-01",
        ),
    ],
)
def test_a_trip_set_off_on_is_dated_by_the_day_of_the_stay(
    enricher: Enricher, trip: str, day: str
) -> None:
    events = events_of(enricher, f"Oslo, March 27 (XNA) - Foreign Minister Ane {trip}")
    lima = [e for e in _of_type(events, "visit") if e.location and e.location.name == "Lima"]
    assert [visit.date.value if visit.date else None for visit in lima] == [day]


@pytest.mark.parametrize(
    ("trip", "day"),
    [
        (
            "flew on Wednesday evening to Lima, where President Ana Rojas received her on "
            "Thursday at her residence.",
            "2025-03-26",
        ),
        (
            "left Quito last night for Lima, where she is to meet President Ana Rojas today.",
            "2025-03-26",
        ),
    ],
)
def test_a_departure_made_keeps_the_day_told_on_its_own_verb(
    enricher: Enricher, trip: str, day: str
) -> None:
    events = events_of(enricher, f"Oslo, March 27 (XNA) - Foreign Minister Ane Haugen {trip}")
    lima = [e for e in _of_type(events, "visit") if e.location and e.location.name == "Lima"]
    assert [visit.date.value if visit.date else None for visit in lima] == [day]


def test_an_arrival_keeps_its_own_day_before_what_is_done_there(enricher: Enricher) -> None:
    text = (
        "Oslo, March 27 (XNA) - Foreign Minister Ane Haugen arrived in Lima on Monday, where "
        "she will open a trade fair on Wednesday."
    )
    (visit,) = _of_type(events_of(enricher, text), "visit")
    assert visit.date is not None and visit.date.value == "2025-03-24"


_STAY_THEN_EVE = (
    "Prime Minister Jonas Lund held talks with President Ane Haugen in Oslo on Wednesday.\n\n"
    "Lund {arrival} in Oslo on Tuesday {part}, and was met at the airport by Foreign Minister "
    "Kari Dahl.\n\n"
)


@pytest.mark.parametrize("arrival", ["arrived", "had arrived", "landed"])
@pytest.mark.parametrize("part", ["evening", "night"])
@pytest.mark.parametrize(
    "after",
    [
        "In the evening, Haugen hosted a state dinner for Lund at the Royal Palace.",
        "In the afternoon, Lund met Crown Prince Olav Berg at the Royal Palace.",
        "Later in the day, Haugen received Lund at the Royal Palace.",
    ],
)
def test_a_part_of_the_day_told_after_the_eve_is_of_the_storys_day(
    enricher: Enricher, arrival: str, part: str, after: str
) -> None:
    text = _STAY_THEN_EVE.format(arrival=arrival, part=part) + after
    palace = [
        m
        for m in _of_type(events_of(enricher, text), "meeting")
        if m.location is not None and m.location.name == "Royal Palace"
    ]
    assert palace
    assert all(m.date is not None and m.date.value == "2025-03-26" for m in palace)


@pytest.mark.parametrize(
    "after",
    [
        "That evening, Haugen hosted a dinner for Lund at the Royal Palace.",
        "Earlier in the day, Lund met Crown Prince Olav Berg at the Royal Palace.",
    ],
)
def test_that_evening_or_earlier_that_day_keeps_the_eve(enricher: Enricher, after: str) -> None:
    text = _STAY_THEN_EVE.format(arrival="arrived", part="evening") + after
    palace = [
        m
        for m in _of_type(events_of(enricher, text), "meeting")
        if m.location is not None and m.location.name == "Royal Palace"
    ]
    assert palace
    assert all(m.date is not None and m.date.value == "2025-03-25" for m in palace)


def test_an_evening_the_story_opens_with_is_no_eve(enricher: Enricher) -> None:
    text = (
        "Prime Minister Jonas Lund and President Ane Haugen signed a trade pact in Oslo on "
        "Wednesday evening.\n\n"
        "Earlier in the day, Haugen received Lund at the Royal Palace."
    )
    (talks,) = [m for m in _of_type(events_of(enricher, text), "meeting") if m.location]
    assert talks.date is not None and talks.date.value == "2025-03-26"


_LANDED_ON_SUNDAY = "Icelandic President Einar Thorsson landed in Oslo on Sunday evening.\n\n"


def test_a_part_of_the_day_the_model_leaves_unlabelled_dates_its_clause(enricher: Enricher) -> None:
    text = _LANDED_ON_SUNDAY + (
        "This morning King Haakon and the president held talks at the Royal Palace."
    )
    (talks,) = _of_type(events_of(enricher, text), "meeting")
    assert talks.date is not None and talks.date.value == "2025-03-27"


def test_a_day_word_run_into_the_subjects_name_dates_the_trip(enricher: Enricher) -> None:
    text = _LANDED_ON_SUNDAY + "Tomorrow Mr Thorsson flies to Bergen."
    (trip,) = [e for e in _of_type(events_of(enricher, text), "visit") if e.location.id == "bergen"]
    assert trip.date is not None and trip.date.value == "2025-03-28"
    assert trip.status.value == "planned"


def test_talks_told_just_after_a_dated_welcome_are_of_its_day(enricher: Enricher) -> None:
    text = _LANDED_ON_SUNDAY + (
        "This morning King Haakon and Queen Sonja welcomed the Icelandic couple with military "
        "honours on the palace square before the King and Thorsson held talks at the Royal Palace."
    )
    (talks,) = _of_type(events_of(enricher, text), "meeting")
    assert talks.date is not None and talks.date.value == "2025-03-27"


def test_what_a_programme_has_someone_doing_lies_ahead(enricher: Enricher) -> None:
    text = (
        "Icelandic President Einar Thorsson arrived in Oslo on Wednesday. On Saturday the "
        "programme has him meeting Prime Minister Jonas Lund at the Storting."
    )
    (talks,) = _of_type(events_of(enricher, text), "meeting")
    assert talks.status.value == "planned"
    assert talks.date is not None and talks.date.value == "2025-03-29"


def test_a_trip_told_also_to_the_same_place_takes_the_date_of_the_one_before(
    enricher: Enricher,
) -> None:
    text = (
        "Prime Minister Ane Haugen will arrive in Tallinn on Friday for the Baltic forum. "
        "Foreign Minister Jon Lund is also due in the city for the talks."
    )
    dated = {
        e.actor.id: e.date.value if e.date else None
        for e in _of_type(events_of(enricher, text), "visit")
    }
    assert dated == {"ane-haugen": "2025-03-28", "jon-lund": "2025-03-28"}


def test_a_scene_dated_just_before_dates_talks_told_later_that_day(enricher: Enricher) -> None:
    text = (
        "Foreign Minister Einar Thorsson flew to Oslo on Tuesday and landed late that night.\n\n"
        "On Wednesday morning he laid a wreath at the war memorial. Prime Minister Jonas Lund "
        "welcomed him at midday, and the two ministers then held talks at the foreign ministry."
    )
    (talks,) = _of_type(events_of(enricher, text), "meeting")
    assert talks.date is not None and talks.date.value == "2025-03-26"


def test_talks_told_after_the_guests_flew_in_the_night_before_are_of_the_summit_day(
    enricher: Enricher,
) -> None:
    text = (
        "VADUM, Norland — President Karl Moen flew into this northern port on Thursday and "
        "joined the leaders of Ostria and Lurvia in signing a pact.\n\n"
        "Prime Minister Anna Berg had flown up from Lorn on Wednesday to receive her guests. "
        "Ostrian President Jan Holt and Lurvian President Piet Dahl flew in on Wednesday night."
        "\n\nThe four leaders met for nearly five hours at the Harbour House."
    )
    (talks,) = _of_type(events_of(enricher, text), "meeting")
    assert talks.date is not None and talks.date.value == "2025-03-27"


def test_a_part_of_the_day_told_after_a_day_in_its_sentence_is_of_that_day(
    enricher: Enricher,
) -> None:
    # The day the story opens on (Wednesday) is not the day "earlier in the day" refers to.
    text = (
        "Vice President Arno Vell on Wednesday became the first Lorvian leader to address the "
        "Storting.\n\n"
        "Vell landed at Kell Airport on Tuesday night and drove up to Bergen, arriving from "
        "Oslo, where he had met King Tomas Brandt earlier in the day."
    )
    (talks,) = _of_type(events_of(enricher, text), "meeting")
    assert talks.date is not None and talks.date.value == "2025-03-25"


def test_talks_told_next_are_of_the_day_told_not_of_the_stay_it_is_counted_in(
    enricher: Enricher,
) -> None:
    # The stay began the day before ("the second day of a visit"); the story is at Saturday.
    text = (
        "President Arno Vell held talks with King Tomas Brandt at the palace on Saturday "
        "morning, on the second day of a visit to Norway.\n\n"
        "Vell then met separately with Prime Minister Jonas Lund in the palace library."
    )
    meetings = _of_type(events_of(enricher, text), "meeting")
    (aside,) = [m for m in meetings if m.counterparts[0].name == "Jonas Lund"]
    assert aside.date is not None and aside.date.value == "2025-03-22"


def test_a_scene_whose_event_word_made_no_event_dates_the_talks_told_next(
    enricher: Enricher,
) -> None:
    text = (
        "President Karl Moen arrived in Vadum on Tuesday for a state visit.\n\n"
        "On Wednesday morning the royal couple received their guest at the palace. Moen met "
        "Prime Minister Anna Berg at her office."
    )
    (talks,) = _of_type(events_of(enricher, text), "meeting")
    assert talks.date is not None and talks.date.value == "2025-03-26"


def test_the_day_a_lead_without_an_event_tells_dates_what_happened_after_it(
    enricher: Enricher,
) -> None:
    # Read before any merge; the sentence between the lead and the landing sets no scene.
    text = (
        "BERGEN -- Under a grey sky, Foreign Minister Einar Thorsson stood yesterday at the "
        "harbour memorial and spoke of the two nations' shared past.\n\n"
        "It was the first visit by a foreign minister of Iceland in ten years. Thorsson "
        "landed at Bergen airport shortly after noon and was greeted by Mayor Kari Dahl.\n\n"
        "He had arrived in Norway on Monday evening."
    )
    doc = enricher.nlp(text)
    dateline = find_dateline(text)
    assert dateline is not None
    table = canonical_entities(doc, dateline.end)
    mentions = extract_mentions(doc, table, PUBLISHED, dateline.end, None)
    (landed,) = [m for m in mentions if m.trigger.lower_ == "landed"]
    assert landed.date is not None and landed.date.value == "2025-03-26"


def test_a_statement_told_in_the_lead_still_lets_its_day_date_a_welcome_after_it(
    enricher: Enricher,
) -> None:
    # The lead's stance is of the lead's own day: it must not keep that day from the welcome
    # two paragraphs on, which a welcome at an airport needs to tell the arrival.
    text = (
        "VADUM -- Beneath low cloud, President Tor Lindqvist addressed a crowd of veterans "
        "yesterday at the old fortress and urged the people of Norland to honour the fallen.\n\n"
        "The president, who is seventy, spoke briefly. Several veterans wept.\n\n"
        "Lindqvist came in on Tuesday evening, a year after an earlier trip was cancelled. He "
        "was welcomed at Vadum airport by Governor Ana Rask and Bishop Jon Aas."
    )
    events = events_of(enricher, text)
    assert [e.actor.id for e in _of_type(events, "statement")] == ["tor-lindqvist"]
    (visit,) = _of_type(events, "visit")
    assert visit.actor.id == "tor-lindqvist"
    assert {c.id for c in visit.counterparts} == {"ana-rask", "jon-aas"}


def test_talks_told_in_a_where_clause_after_a_day_and_its_part_are_of_that_day(
    enricher: Enricher,
) -> None:
    text = (
        "President Karl Moen arrived in Vadum on Monday for a state visit.\n\n"
        "On Tuesday morning Moen and Prime Minister Anna Berg flew by helicopter to Skarnes "
        "Lodge in Dalby County, where they played golf and held informal talks over lunch."
    )
    (talks,) = _of_type(events_of(enricher, text), "meeting")
    assert talks.date is not None and talks.date.value == "2025-03-25"


def test_a_scene_told_in_the_past_perfect_does_not_date_what_is_told_next(
    enricher: Enricher,
) -> None:
    # Read before any merge: the landing is not on the day of the debate behind the news.
    text = (
        "Crowds gathered in Vadum on Wednesday for the start of the festival.\n\n"
        "On Monday night the cabinet had debated the border dispute until late. While "
        "President Karl Moen was landing in Vadum, protesters were marching in the capital."
    )
    doc = enricher.nlp(text)
    mentions = extract_mentions(doc, canonical_entities(doc, 0), PUBLISHED, 0, None)
    (landing,) = [m for m in mentions if m.trigger.lower_ == "landing"]
    assert landing.date is None or landing.date.value != "2025-03-24"


def test_talks_told_past_a_look_back_weeks_before_the_story_go_on_from_its_day(
    enricher: Enricher,
) -> None:
    text = (
        "President Karl Moen arrived in Vadum on March 24 for a state visit and was welcomed "
        "by Foreign Minister Lars Dahl.\n\n"
        "The border treaty was signed in Kell on January 10 by Foreign Ministers Lars Dahl and "
        "Otto Brenner, who had flown there for the last round of negotiations.\n\n"
        "Moen held talks with Prime Minister Anna Berg."
    )
    (talks,) = _of_type(events_of(enricher, text), "meeting")
    assert talks.date is not None and talks.date.value == "2025-03-24"


def test_weekdays_dated_by_their_day_of_the_month_keep_the_story_week(enricher: Enricher) -> None:
    """Filed on Thursday the 27th about the week before: "Tuesday the 18th" is that Tuesday,
    not the 25th, and a later bare "on Wednesday night" is the Wednesday the story dated."""
    text = (
        "For three days last week, Norway had a visitor of note.\n\n"
        "On Tuesday the 18th Prime Minister Jonas Lund received President Aino Virtanen at "
        "his office for two hours of talks.\n\n"
        "On Wednesday the 19th Virtanen flew to Bergen.\n\n"
        "Virtanen left Bergen on Wednesday night for Stockholm, where she was received by "
        "Prime Minister Ulf Berg."
    )
    events = events_of(enricher, text)
    dated = {
        (event.type.value, event.location.name if event.location else None): (
            event.date.value if event.date else None
        )
        for event in events
    }
    assert dated.get(("visit", "Bergen")) == "2025-03-19"
    assert dated.get(("visit", "Stockholm")) == "2025-03-19"
    (talks,) = [e for e in _of_type(events, "meeting") if "Lund" in e.actor.name]
    assert talks.date is not None and talks.date.value == "2025-03-18"


def test_an_onward_stage_timed_by_a_part_of_the_day_is_of_the_day_reached(
    enricher: Enricher,
) -> None:
    text = (
        "Prime Minister Jonas Lund arrived in Bergen on Tuesday morning and toured the harbour "
        "with the mayor.\n\n"
        "In the afternoon he flew on to Tromso, where he spoke to a crowd of fishermen."
    )
    visits = _of_type(events_of(enricher, text), "visit")
    (onward,) = [v for v in visits if v.location is not None and v.location.name != "Bergen"]
    assert onward.date is not None and onward.date.value == "2025-03-25"


def test_a_trip_told_in_the_early_evening_is_of_the_day_reached(enricher: Enricher) -> None:
    text = (
        "President Ane Haugen arrived in Bergen on Tuesday morning.\n\n"
        "The two leaders signed a fisheries accord at about 6 p.m.\n\n"
        "Lund's wife, Kari Lund, arrived in Bergen in the early evening."
    )
    visits = _of_type(events_of(enricher, text), "visit")
    (late,) = [v for v in visits if v.actor.name == "Kari Lund"]
    assert late.date is not None and late.date.value == "2025-03-25"


def test_talks_timed_by_the_clock_past_quiet_paragraphs_are_of_the_day_reached(
    enricher: Enricher,
) -> None:
    text = (
        "Thorsson in Oslo: the first day of a visit\n\n"
        "The Icelandic leader is received with the honours due to a head of state\n\n"
        "For the first time in a decade, the man who leads Iceland set foot on Norwegian soil as "
        "an official guest. Mr Einar Thorsson landed at Gardermoen shortly after noon yesterday, "
        "and was greeted at the foot of the steps by the Prime Minister, Mr Per Dahl.\n\n"
        "The Icelandic leader is accompanied by Mr Ari Olafsson, the foreign minister, and by a "
        "delegation of some forty officials. His wife did not make the journey.\n\n"
        "The motorcade followed the usual route into Oslo, along avenues lined with police more "
        "than with spectators. At the Royal Palace, President Ane Haugen received Mr Thorsson at "
        "four o'clock for a first round of talks, which lasted nearly two hours."
    )
    (talks,) = _of_type(events_of(enricher, text), "meeting")
    assert talks.date is not None and talks.date.value == "2025-03-26"


def test_a_part_of_the_day_is_of_the_storys_day_whatever_else_its_sentence_says(
    enricher: Enricher,
) -> None:
    """ "that" in "a song that moved the guests" points at no time told before."""
    text = _STAY_THEN_EVE.format(arrival="arrived", part="evening") + (
        "In the evening, Haugen hosted a state dinner for Lund at the Royal Palace, where a "
        "choir sang a song that moved the guests."
    )
    palace = [
        m
        for m in _of_type(events_of(enricher, text), "meeting")
        if m.location is not None and m.location.name == "Royal Palace"
    ]
    assert palace
    assert all(m.date is not None and m.date.value == "2025-03-26" for m in palace)


def test_a_trip_timed_by_a_part_of_the_day_is_not_on_the_day_of_talks_there(
    enricher: Enricher,
) -> None:
    text = (
        "President Ane Haugen arrived in Bergen on Tuesday morning and held talks with Prime "
        "Minister Jonas Lund at the city hall.\n\n"
        "In the evening Haugen flies to Tromso, where she will hold talks with Mayor Kari Dahl "
        "on Thursday."
    )
    visits = _of_type(events_of(enricher, text), "visit")
    (onward,) = [v for v in visits if v.location is not None and v.location.name != "Bergen"]
    assert onward.date is not None and onward.date.value == "2025-03-25"


def test_talks_where_the_trip_came_from_timed_by_a_part_of_the_day_are_of_the_trip_s_day(
    enricher: Enricher,
) -> None:
    text = (
        "Prime Minister Jonas Lund held talks with President Ane Haugen in Oslo today.\n\n"
        "Lund had arrived in Oslo last night from Bergen, where he had held talks with Mayor "
        "Kari Dahl in the morning."
    )
    talks = _of_type(events_of(enricher, text), "meeting")
    (there,) = [t for t in talks if t.location is not None and t.location.name == "Bergen"]
    assert there.date is not None and there.date.value == "2025-03-26"


def test_a_date_closing_a_where_clause_after_a_named_aside_is_the_clause_s_day(
    enricher: Enricher,
) -> None:
    # The parser hangs the closing day on "landed", past the governor's name set off by commas.
    text = (
        "Trade Minister Sigrid Moe landed in Tromso from Bergen, where she had conferred with "
        "the regional governor, Ola Brekke, on Tuesday."
    )
    talks = _of_type(events_of(enricher, text), "meeting")
    (there,) = [t for t in talks if t.location is not None and t.location.name == "Bergen"]
    assert there.date is not None and there.date.value == "2025-03-25"


@pytest.mark.parametrize(
    ("text", "event_type", "place", "day"),
    [
        # "Later that evening" is of the arrival told last, not of the lead's "today".
        (
            "VIKBY, March 27 - Prime Minister Jonas Lund held talks with President Anna Berg at "
            "the Blue Palace today, the second day of his visit to Lorvia.\n\n"
            "Lund arrived in Vikby on Tuesday evening. At the airport he was welcomed by Foreign "
            "Minister Per Holm.\n\n"
            "Later that evening, Berg hosted Lund for an informal dinner at the Sea House.",
            "meeting",
            "Sea House",
            "2025-03-25",
        ),
        # "The next day, Tuesday" counts from the day told last, not back from publication.
        (
            "No Norwegian premier had set foot in Lorvia until Monday, March 17, when Jonas Lund "
            "landed at Vikby. That evening Lund called on President Anna Berg at the Blue "
            "Palace.\n\n"
            "The next day, Tuesday, Lund drove out to Kellby, where he met Governor Per Holm.",
            "visit",
            "Kellby",
            "2025-03-18",
        ),
    ],
)
def test_an_opening_later_or_next_day_counts_from_the_day_told_last(
    enricher: Enricher, text: str, event_type: str, place: str, day: str
) -> None:
    events = _of_type(events_of(enricher, text), event_type)
    (event,) = [e for e in events if e.location is not None and e.location.name == place]
    assert event.date is not None and event.date.value == day


STORY_OF_YESTERDAY = (
    "Foreign Minister Einar Thorsson arrived in Oslo yesterday for talks with his Norwegian "
    "counterpart, Jonas Lund.\n\n"
    "The visit had been planned since the autumn. Fishing quotas in the northern waters have "
    "strained relations for a decade.\n\n"
    "Crowds lined the road from the airport, and the city hall flew both flags.\n\n"
)


@pytest.mark.parametrize(
    ("told", "event_type", "day"),
    [
        # The story's day carries on past paragraphs that tell no day of their own.
        ("Thorsson and Lund signed a memorandum on fisheries.", "agreement", "2025-03-26"),
        # A reaction by someone the story has not shown taking part has a time of its own.
        ("Opposition leader Kari Dahl accused Lund of weakness.", "statement", None),
    ],
)
def test_an_undated_event_past_quiet_paragraphs_is_of_the_day_the_story_reached(
    enricher: Enricher, told: str, event_type: str, day: str | None
) -> None:
    (event,) = _of_type(events_of(enricher, STORY_OF_YESTERDAY + told), event_type)
    assert (event.date.value if event.date is not None else None) == day


@pytest.mark.parametrize(
    "told",
    [
        # A day told in a past perfect clause hung on where the trip came from.
        "Foreign Minister Einar Thorsson arrived in Oslo yesterday morning, coming from "
        "Sweden, where on Tuesday he had visited Uppsala with Prime Minister Eva Strand.\n\n"
        "That evening Prime Minister Jonas Lund gave a dinner for his guest.",
        # A stay elsewhere told in the past perfect, past a paragraph break.
        "Foreign Minister Einar Thorsson flew in to Oslo yesterday morning. He had been in "
        "Stockholm on Tuesday, where he met Prime Minister Eva Strand.\n\n"
        "Crowds lined the road from the airport.\n\n"
        "He then spent an hour with Prime Minister Jonas Lund at his office.",
    ],
)
def test_a_day_told_in_the_past_perfect_before_the_storys_day_is_a_look_back(
    enricher: Enricher, told: str
) -> None:
    meetings = _of_type(events_of(enricher, told), "meeting")
    (talks,) = [m for m in meetings if "Jonas Lund" in {p.name for p in m.participants}]
    assert talks.date is not None and talks.date.value == "2025-03-26"


@pytest.mark.parametrize(
    ("said", "year"),
    [
        (
            "Foreign Minister Einar Thorsson could travel to Oslo in the autumn, officials said.",
            "2025",
        ),
        ("Foreign Minister Einar Thorsson said he would try to go to Oslo in the fall.", "2025"),
    ],
)
def test_a_season_the_model_leaves_unlabelled_dates_its_clause(
    enricher: Enricher, said: str, year: str
) -> None:
    (visit,) = _of_type(events_of(enricher, said), "visit")
    assert visit.date is not None and visit.date.value == year


def test_a_plan_with_no_time_of_its_own_takes_the_programme_told_just_before(
    enricher: Enricher,
) -> None:
    text = (
        "Foreign Minister Einar Thorsson will fly to Oslo on Friday for talks with Prime "
        "Minister Jonas Lund. He may also meet King Eirik at the palace."
    )
    meetings = _of_type(events_of(enricher, text), "meeting")
    (audience,) = [m for m in meetings if any(c.name == "Eirik" for c in m.counterparts)]
    assert audience.date is not None and audience.date.value == "2025-03-28"


def test_a_stage_at_another_place_keeps_no_time_from_the_programme_before(
    enricher: Enricher,
) -> None:
    text = (
        "Foreign Minister Einar Thorsson will fly to Oslo on Friday for talks with Prime "
        "Minister Jonas Lund. He is expected to end his tour in Vadum."
    )
    visits = {
        v.location.name: v for v in _of_type(events_of(enricher, text), "visit") if v.location
    }
    assert visits["Oslo"].date is not None and visits["Oslo"].date.value == "2025-03-28"
    assert "Vadum" not in visits or visits["Vadum"].date is None


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        # Counted from the day told before it in the sentence, not from the news.
        (
            "Foreign Minister Anna Berg landed in Oslo on the afternoon of March 20, flying in "
            "from Bergen, where she had addressed a forum of mayors the previous day.",
            "bergen",
            "2025-03-19",
        ),
        # With no day before it in the sentence, counted from the day the story has reached.
        (
            "Foreign Minister Anna Berg landed in Oslo on Monday afternoon and was greeted by "
            "Jon Ek.\n\nShe flew in from Bergen, where she had attended a summit hosted by Prime "
            "Minister Erik Lund the day before.",
            "bergen",
            "2025-03-23",
        ),
    ],
)
def test_a_day_before_is_counted_from_the_day_told_not_from_the_news(
    enricher: Enricher, text: str, place: str, day: str
) -> None:
    visits = _of_type(events_of(enricher, text), "visit")
    dated = {v.location.id: v.date and v.date.value for v in visits if v.location is not None}
    assert dated[place] == day


def test_a_day_after_the_model_reads_no_date_in_is_counted_from_the_joined_verbs_day(
    enricher: Enricher,
) -> None:
    doc = enricher.nlp(
        "Anna Berg has been in Norway this week, where she addressed the Storting in Oslo on "
        "Monday and visited Bergen the following day."
    )
    triggers = frozenset(span.root.i for span in doc.spans[TRIGGERS_KEY])
    # The model may tag no date in "the following day"; the measure on the verb still tells it.
    dates = tuple(ent for ent in doc.ents if ent.label_ == "DATE" and "following" not in ent.text)
    visited = next(token for token in doc if token.text == "visited")
    found = event_date(clause_chain(visited), PUBLISHED, triggers, dates, future=False)
    assert found is not None and found.value == "2025-03-25"


def test_a_part_of_the_day_is_never_before_the_day_told_last(enricher: Enricher) -> None:
    text = (
        "President Ane Haugen flew in from Stockholm yesterday afternoon and was received at "
        "the airport by Prime Minister Jonas Lund.\n\n"
        "The two leaders were together for nearly three hours this morning, with only two aides "
        "in the room. No statement was issued, but aides said the talks ranged over fishing "
        "rights and energy.\n\n"
        '"Tomorrow will be a day for the history books," Lund told reporters.\n\n'
        "In the afternoon Haugen called on King Rolf at the Royal Palace."
    )
    (call,) = [m for m in _of_type(events_of(enricher, text), "meeting") if m.location]
    assert call.date is not None and call.date.value == "2025-03-27"


def test_a_part_of_the_day_is_never_put_on_a_day_still_ahead_of_the_news(
    enricher: Enricher,
) -> None:
    # The host's trip "on April 11" is the last day told, but a plan: the story has not
    # reached it, so the afternoon is of the day the talks were told on.
    text = (
        "President Ane Haugen arrived in Oslo on Tuesday for a three-day state visit.\n\n"
        "On Wednesday she held talks with Prime Minister Jonas Lund, who will visit Stockholm "
        "on April 11.\n\n"
        "In the afternoon Haugen held talks with King Rolf at the Royal Palace."
    )
    meetings = _of_type(events_of(enricher, text), "meeting")
    (call,) = [m for m in meetings if m.location and m.location.id == "royal-palace"]
    assert call.date is not None and call.date.value == "2025-03-26"


def test_a_part_of_the_day_still_to_come_is_not_on_a_day_gone_by(enricher: Enricher) -> None:
    # The talks (Wednesday) are the traveller's last dated event and "yesterday" the last day
    # told, but a plan timed by a part of the day is of the day the news is on.
    text = (
        "President Ane Haugen arrived in Oslo on Tuesday on a state visit of three days and met "
        "Prime Minister Jonas Lund on Wednesday.\n\n"
        "Today she will open a new library. Opposition leader Per Dahl said "
        "yesterday that the visit was overdue.\n\n"
        "In the afternoon Haugen will fly to Bergen for a tour of the harbour."
    )
    visits = _of_type(events_of(enricher, text), "visit")
    (trip,) = [v for v in visits if v.location and v.location.id == "bergen"]
    assert trip.date is not None and trip.date.value == "2025-03-27"


def test_then_goes_on_from_a_later_day_told_whoever_it_tells_of(enricher: Enricher) -> None:
    text = (
        "President Ane Haugen landed in Oslo on Tuesday and was welcomed by Prime Minister "
        "Jonas Lund.\n\n"
        "On Wednesday morning King Osric Vane and Queen Mira received their guest at the Royal "
        "Palace. Haugen then held talks with Speaker Kari Dahl."
    )
    (talks,) = [
        m
        for m in _of_type(events_of(enricher, text), "meeting")
        if "Kari Dahl" in {c.name for c in m.counterparts}
    ]
    assert talks.date is not None and talks.date.value == "2025-03-26"


@pytest.mark.parametrize(
    ("told", "value"),
    [("later in the year", "2025"), ("later in the month", "2025-03")],
)
def test_a_trip_told_later_in_the_period_of_the_story_is_dated_to_it(
    enricher: Enricher, told: str, value: str
) -> None:
    text = f"Prime Minister Jonas Lund may visit Reykjavik {told}, officials said."
    (visit,) = _of_type(events_of(enricher, text), "visit")
    assert visit.date is not None and visit.date.value == value


def test_a_stop_later_in_the_week_is_in_the_week_of_the_stop_before(enricher: Enricher) -> None:
    text = (
        "Prime Minister Jonas Lund will fly to Oslo on Monday and to Reykjavik later in the "
        "week, his office said."
    )
    dated = {e.location.name: e.date.value for e in _of_type(events_of(enricher, text), "visit")}
    # Monday is 2025-03-31: its week, not the week of the news (2025-03-24).
    assert sorted(dated.values()) == ["2025-03-31", "2025-03-31"]


def test_talks_later_in_the_week_are_in_the_week_of_the_day_told_before(
    enricher: Enricher,
) -> None:
    text = (
        "Prime Minister Jonas Lund will hold talks in Oslo on Monday and may meet President "
        "Ana Berg later in the week, his office said."
    )
    (meeting,) = _of_type(events_of(enricher, text), "meeting")
    assert meeting.date is not None and meeting.date.value == "2025-03-31"


@pytest.mark.parametrize(
    ("text", "place", "when"),
    [
        (
            "President Arvo Lind was last in Norway in October 2019, when he met King Harald in "
            "Oslo. King Harald had come to Finland in February of that year.",
            "finland",
            "2019-02",
        ),
        (
            "President Arvo Lind flew to Oslo in January 2019 and returned to Norway that "
            "December.",
            "norway",
            "2019-12",
        ),
    ],
)
def test_a_month_of_that_year_is_in_the_year_told_before(
    enricher: Enricher, text: str, place: str, when: str
) -> None:
    (trip,) = [e for e in _of_type(events_of(enricher, text), "visit") if e.location.id == place]
    assert trip.date is not None and trip.date.value == when


@pytest.mark.parametrize(
    "invited",
    [
        "Moen told reporters he had invited Berg to visit Vadum.",
        "Berg said she had accepted an invitation from Moen to visit Vadum.",
    ],
)
def test_an_invitation_told_in_the_past_perfect_takes_no_day_of_the_story(
    enricher: Enricher, invited: str
) -> None:
    text = (
        "President Karl Moen of Norlund held talks with Prime Minister Anna Berg of Lorvia in "
        f"Kell on Tuesday. {invited}"
    )
    (invitation,) = _of_type(events_of(enricher, text), "invitation")
    assert invitation.date is None


def test_a_day_told_aside_in_a_who_clause_does_not_carry_past_the_story_day(
    enricher: Enricher,
) -> None:
    text = (
        "President Karl Moen of Norlund spent three hours in Kell yesterday, holding talks with "
        "Prime Minister Anna Berg of Lorvia.\n\n"
        "Berg, who flew in from Vadum on Monday, received her guest at the Grand Hotel.\n\n"
        "Moen told her that Norlund wanted closer ties.\n\n"
        "Foreign Minister Einar Thorsson and his Lorvian counterpart Jan Olt signed an "
        "agreement on fisheries."
    )
    (deal,) = _of_type(events_of(enricher, text), "agreement")
    assert deal.date is not None and deal.date.value == "2025-03-26"


@pytest.mark.parametrize(
    "linked",
    [
        "Speaking after the signing, King Arvo Lind pledged Norlund's support for Vessia.",
        "Addressing reporters after the signing, King Arvo Lind pledged Norlund's support for "
        "Vessia.",
    ],
)
def test_a_stance_tied_to_an_occasion_told_before_is_of_its_day(
    enricher: Enricher, linked: str
) -> None:
    text = (
        "Norlund and Vessia signed nine agreements on Tuesday, on the second day of King Arvo "
        "Lind's visit to Vessia.\n\n"
        "The king arrived at Vessa airport on Monday afternoon, where he was received by "
        "President Ida Mork.\n\n"
        f"{linked}"
    )
    (stance,) = _of_type(events_of(enricher, text), "statement")
    assert stance.date is not None and stance.date.value == "2025-03-25"


def test_what_happened_is_not_tied_to_a_meeting_still_on_the_programme(
    enricher: Enricher,
) -> None:
    text = (
        "King Arvo Lind of Norlund held talks with President Ida Mork of Vessia on Wednesday.\n\n"
        "On Friday, the king is scheduled to meet Vessian students in Vessa.\n\n"
        "At the end of the meeting, Mork invited the king to return to Vessia next year."
    )
    (invitation,) = _of_type(events_of(enricher, text), "invitation")
    assert invitation.date is None or invitation.date.value != "2025-03-28"


def test_talks_had_where_the_traveller_came_from_take_no_day_of_the_story(
    enricher: Enricher,
) -> None:
    text = (
        "Prime Minister Jonas Lund held talks with President Ane Haugen in Oslo yesterday.\n\n"
        "Lund arrived in Oslo on Tuesday from Bergen, where he had held talks with Mayor Arvo "
        "Lind."
    )
    events = events_of(enricher, text)
    there = [e for e in events if e.location is not None and e.location.name == "Bergen"]
    assert {e.type.value for e in there} == {"visit", "meeting"}
    assert all(e.date is None for e in there)


def test_a_day_told_under_the_past_perfect_does_not_carry_to_the_talks_told_next(
    enricher: Enricher,
) -> None:
    text = (
        "Foreign Minister Arvo Lind of Norlund arrived in Oslo on Wednesday.\n\n"
        "Lind had flown in from Bergen, where he attended a summit on Tuesday. Lind met "
        "President Ane Haugen at the Blue Palace."
    )
    (talks,) = _of_type(events_of(enricher, text), "meeting")
    assert talks.date is not None and talks.date.value == "2025-03-26"


def test_a_day_told_where_the_trip_came_from_does_not_carry_on(enricher: Enricher) -> None:
    text = (
        "Prime Minister Arvo Lind of Norlund arrived in Kelmar on Tuesday afternoon on the "
        "second leg of his tour. He flew in from Tarsk, where on Monday he held talks with "
        "President Ilse Varga.\n\n"
        "In Kelmar, Lind was received by President Oskar Brann at the presidential palace for "
        "talks on trade."
    )
    met = [e for e in _of_type(events_of(enricher, text), "meeting") if e.location is not None]
    (received,) = [e for e in met if e.location.name == "Kelmar"]
    assert received.date is not None and received.date.value == "2025-03-25"


def test_a_signing_after_talks_told_without_an_event_is_of_their_day(
    enricher: Enricher,
) -> None:
    text = (
        "President Arvo Lind of Norlund arrived in Kelmar on Saturday for a three-day state "
        "visit.\n\n"
        "That evening President Oskar Brann hosted a private dinner for Lind at his residence.\n\n"
        "The formal talks opened at the Marren Palace on Monday morning. The two leaders "
        "spent two hours on trade and fisheries.\n\n"
        "After the talks, Norlund and Kelmar signed agreements on fisheries and on shipping."
    )
    (signing,) = _of_type(events_of(enricher, text), "agreement")
    assert signing.date is not None and signing.date.value == "2025-03-24"


def test_a_welcome_at_the_airport_greets_the_arrival_not_the_stay_left(
    enricher: Enricher,
) -> None:
    text = (
        "Arvo Lind, the Norlund president, arrived in Kelmar on Tuesday for his first visit to "
        "the country.\n\n"
        "Lind and Tomas Berg, his foreign minister, flew in from Tarsk, where they had attended "
        "the regional summit on Monday. At the airport they were received by Ilse Varga, the "
        "minister of foreign affairs."
    )
    visits = _of_type(events_of(enricher, text), "visit")
    greeted = [e for e in visits if "Ilse Varga" in {c.name for c in e.counterparts}]
    assert greeted
    assert all(e.date is not None and e.date.value == "2025-03-25" for e in greeted)
    assert all(e.location is not None and e.location.name == "Kelmar" for e in greeted)


def test_what_is_done_before_a_dated_departure_is_of_its_day(enricher: Enricher) -> None:
    text = (
        "Foreign Minister Tomas Berg of Norlund arrived in Kelmar on Monday for talks with "
        "Foreign Minister Ilse Varga.\n\n"
        "That evening Varga gave a dinner in honour of her guest.\n\n"
        "Before leaving Kelmar yesterday morning, Berg and Varga signed an agreement on "
        "fisheries."
    )
    (signing,) = _of_type(events_of(enricher, text), "agreement")
    assert signing.date is not None and signing.date.value == "2025-03-26"


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Jonas Lund of Norlund held talks with President Ane Haugen in Oslo "
        "today.\n\n"
        "Lund arrived in Oslo late last night and was met at the airport by Foreign Minister "
        "Einar Thorsson. A small crowd waved flags at the terminal.\n\n"
        "Later Lund met opposition leader Kari Moen at his hotel.",
        # A landing after midday is as much the eve as one at night.
        "President Arvo Lind of Norlund held talks with President Mira Sol in Velmar today.\n\n"
        "Lind arrived in Velmar yesterday afternoon and was greeted at the airport by Foreign "
        "Minister Tove Rask.\n\n"
        "Later Lind met opposition leader Kari Moen at his hotel.",
    ],
)
def test_what_is_told_later_after_an_eve_arrival_is_of_the_leads_day(
    enricher: Enricher, text: str
) -> None:
    (later,) = [
        m for m in _of_type(events_of(enricher, text), "meeting") if "kari-moen" in _parties(m)
    ]
    assert later.date is not None and later.date.value == "2025-03-27"


def _parties(event: Event) -> set[str]:
    return {event.actor.id, *(c.id for c in event.counterparts)}


def test_talks_after_an_occasion_told_with_its_day_are_of_that_day(enricher: Enricher) -> None:
    text = (
        "President Arvo Lind landed in Vadum on Tuesday evening for a three-day state visit.\n\n"
        "After a wreath-laying at the war memorial on Wednesday morning, Lind and President "
        "Karl Moen held talks at the palace."
    )
    (talks,) = _of_type(events_of(enricher, text), "meeting")
    assert talks.date is not None and talks.date.value == "2025-03-26"


@pytest.mark.parametrize(
    ("opening", "background", "after", "event_type"),
    [
        # A past trip told by its month, in a "when" clause hung on it.
        (
            "was received by Vice-President Oskar Brann.",
            "President Ilse Varga of Kelmar visited Norlund in January, when she held talks "
            "with Lind.",
            "During the talks Lind invited Brann to visit Norlund next year.",
            "invitation",
        ),
        # A stop already left, told in the past perfect.
        (
            "held talks with Vice-President Oskar Brann.",
            "Lind had flown in from Tarsk, where he held talks with Prime Minister Edda Moen "
            "on Monday.",
            "After the talks, Norlund and Kelmar signed an agreement on fisheries.",
            "agreement",
        ),
    ],
)
def test_talks_told_as_background_do_not_date_what_follows_the_talks(
    enricher: Enricher, opening: str, background: str, after: str, event_type: str
) -> None:
    text = (
        "President Arvo Lind of Norlund arrived in Kelmar on Tuesday for a state visit and "
        f"{opening}\n\n{background}\n\n{after}"
    )
    (event,) = _of_type(events_of(enricher, text), event_type)
    assert event.date is not None and event.date.value == "2025-03-25"


def test_a_phrase_naming_the_stop_left_points_back_to_its_talks(enricher: Enricher) -> None:
    text = (
        "President Arvo Lind of Norlund arrived in Kelmar on Tuesday from Tarsk, where he held "
        "talks with Prime Minister Edda Moen on Monday.\n\n"
        "Norlund and Tarsk issued a joint statement after the Tarsk talks."
    )
    (joint,) = _of_type(events_of(enricher, text), "agreement")
    assert joint.date is not None and joint.date.value == "2025-03-24"


def test_an_invitation_by_the_traveller_goes_on_with_the_day_told(enricher: Enricher) -> None:
    text = (
        "Prime Minister Tor Halvik of Norlund arrived in Vessa on Monday to begin a two-day visit."
        "\n\n"
        "Soldiers of the guard stood along the airport road, and schoolchildren waved flags.\n\n"
        "The two delegations discussed fisheries, energy and a new ferry link.\n\n"
        "Halvik invited President Ida Sorn to visit Norlund, and she accepted."
    )
    (invitation,) = _of_type(events_of(enricher, text), "invitation")
    assert invitation.date is not None and invitation.date.value == "2025-03-24"


def test_a_day_hung_on_due_dates_the_dinner_of_its_clause(enricher: Enricher) -> None:
    # "Is due on <day> for a dinner": the day hangs on the predicate adjective, and times the
    # copula's clause, not the earlier verb the trip is joined to ("tomorrow").
    text = (
        "Prime Minister Arvid Moen will address farmers in Tromso tomorrow, then fly north to "
        "Bodo, where Moen is due on Sunday for a working dinner with Governor Nils Aune."
    )
    (dinner,) = _of_type(events_of(enricher, text), "meeting")
    assert dinner.date is not None and dinner.date.value == "2025-03-30"
