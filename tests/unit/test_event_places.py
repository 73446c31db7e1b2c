"""Where events happen: places a clause is set in, and venues the model does not name.

Names, places and venues here are invented (or generic), never taken from the gold sets.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from stream.contracts import Event
from stream.nlp.enrich import Enricher
from stream.nlp.entities.extents import name_then_place, place_halves_joined
from stream.nlp.events.meetings import _met_after, _parties_hung_loose
from tests.unit.stories import events_of, meetings, told, visits


def place_of(events: list[Event], event_type: str) -> str | None:
    (event,) = [e for e in events if e.type == event_type]
    return event.location.name if event.location is not None else None


def test_talks_in_a_where_clause_up_the_chain_are_at_its_place(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Prime Minister Ane Haugen arrived in Bergen on Tuesday and was driven to Alder House, "
        "where she held talks with President Jon Lund on Wednesday morning.",
    )
    assert place_of(events, "meeting") == "Alder House"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("President Ane Haugen travelled to Norway, where she met Prime Minister Jon Lund in "
         "Bergen on Friday.", "Bergen"),
        ("President Ane Haugen will fly to Norway, where she is to hold talks with Prime "
         "Minister Jon Lund in Bergen.", "Bergen"),
        ("President Ane Haugen travelled to Norway, where she met Prime Minister Jon Lund on "
         "Friday.", "Norway"),
    ],
)  # fmt: skip
def test_a_place_the_where_clause_tells_for_its_party_is_the_more_precise(
    enricher: Enricher, text: str, place: str
) -> None:
    assert place_of(events_of(enricher, text), "meeting") == place


def test_talks_a_trip_is_due_for_are_where_it_leaves_for(enricher: Enricher) -> None:
    # "Where" hangs on the "is" of "is due to meet", after a place taken "for" and a time.
    events = events_of(
        enricher,
        "Lund in Tarvik\n\n"
        "TARVIK - Foreign Minister Jon Lund arrived in Tarvik on Saturday evening.\n\n"
        "Mr Lund leaves for Vardo today, where he is due to meet President Ane Haugen, and will "
        "go on to Brenn tomorrow.\n\n"
        "Mr Lund also spoke by telephone on Saturday with President Haugen about the next round "
        "of the Lorvia talks, the official said.",
    )
    assert place_of(events, "meeting") == "Vardo"


def test_the_country_a_stance_is_toward_is_not_where_it_is_said(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Lund arrives in Bergen\n\n"
        "BERGEN - President Jon Lund of Lorvia arrived in Bergen yesterday for a five-day state "
        "visit.\n\n"
        "In a short speech at the airport, Lund pledged his country's firm support to Norway in "
        "building its economy.",
    )
    assert place_of(events, "statement") == "Bergen"


@pytest.mark.parametrize(
    "text",
    [
        "President Ane Haugen arrived in Lorvia on Wednesday. She had flown in from Bergen, where "
        "she held talks with Prime Minister Jon Lund earlier in the day during an unannounced "
        "stop in Norway.",
        "President Ane Haugen's tour continues in Norway, where she is scheduled to arrive in "
        "Bergen on Thursday evening and hold talks with Prime Minister Jon Lund on Friday.",
    ],
)
def test_talks_in_a_country_are_in_the_city_of_it_the_sentence_stays_in(
    enricher: Enricher, text: str
) -> None:
    assert place_of(events_of(enricher, text), "meeting") == "Bergen"


@pytest.mark.parametrize(
    "signing",
    [
        "In the presence of the two leaders, Foreign Ministers Ivo Marek and Tor Dahl then signed "
        "a memorandum of understanding on trade.",
        "Afterwards, Foreign Ministers Ivo Marek and Tor Dahl signed agreements on trade and "
        "tourism.",
        "Foreign Ministers Ivo Marek and Tor Dahl signed an agreement on trade while the two "
        "leaders looked on.",
        # Set against the talks told: signed where they were held, whoever signs.
        "Before the talks, Foreign Ministers Ivo Marek and Tor Dahl signed an agreement on trade.",
        "At the end of the talks, Foreign Ministers Ivo Marek and Tor Dahl signed an agreement "
        "on trade.",
        "The two leaders then watched as Foreign Ministers Ivo Marek and Tor Dahl signed an "
        "agreement on trade.",
    ],
)
def test_a_deal_signed_before_the_leaders_is_signed_at_their_talks(
    enricher: Enricher, signing: str
) -> None:
    events = events_of(
        enricher,
        "President Ane Haugen held talks with President Jon Lund at the Vellar Palace on Monday. "
        + signing,
    )
    assert place_of(events, "agreement") == "Vellar Palace"


def test_a_deal_signed_in_the_capital_is_in_the_capital_reached_not_left(
    enricher: Enricher,
) -> None:
    # "In the capital" hangs on the deal, with a clause after it; Stockholm was left.
    events = events_of(
        enricher,
        "President Jon Lund arrived in Oslo yesterday afternoon with ministers and aides who "
        "travelled with him from Stockholm.\n\n"
        "Earlier yesterday, before the President's aircraft landed, Foreign Minister Ivo Marek "
        "and the Norwegian Ambassador, Tor Dahl, signed an agreement in the capital under which "
        "Norway will help to equip a new technical school.",
    )
    assert place_of(events, "agreement") == "Oslo"


def test_a_building_named_with_its_owner_is_named_in_full(enricher: Enricher) -> None:
    # The model reads only "House" as a name, and leaves "the Governor's" out of it.
    events = events_of(
        enricher,
        "The declaration was signed at the Governor's House after two hours of talks between "
        "Ane Haugen and Jon Lund.",
    )
    assert place_of(events, "meeting") == "Governor's House"


def test_a_place_that_opens_the_sentence_frames_its_main_clause(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Prime Minister Ane Haugen will visit Norway and Sweden next week. In Bergen, Haugen is "
        "scheduled to hold talks with Prime Minister Jon Lund.",
    )
    assert place_of(events, "meeting") == "Bergen"


def test_a_venue_the_model_leaves_unlabelled_is_the_place(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "On Tuesday, Haugen held talks with President Jon Lund at the Ostra Diwan, the "
        "ministry said.",
    )
    assert place_of(events, "meeting") == "Ostra Diwan"


def test_a_name_told_once_after_at_is_a_venue_not_a_person(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Prime Minister Ane Haugen held talks with President Jon Lund at Velmar Haus on Wednesday.",
    )
    assert place_of(events, "meeting") == "Velmar Haus"


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("President Jon Lund received Prime Minister Ane Haugen at Vellabhavan on Tuesday.",
         "Vellabhavan"),
        ("Prime Minister Ane Haugen called on King Olav at Kongshuset yesterday.", "Kongshuset"),
        ("Prime Minister Ane Haugen will hold talks with President Jon Lund at Parliament "
         "tomorrow.", "Parliament"),
    ],
)  # fmt: skip
def test_a_one_word_name_told_once_after_at_is_a_venue(
    enricher: Enricher, text: str, venue: str
) -> None:
    assert place_of(events_of(enricher, text), "meeting") == venue


def test_an_organisation_named_again_is_no_venue_for_talks_at_it(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Prime Minister Ane Haugen held talks with President Jon Lund at Nordcorp on Monday. "
        "Nordcorp said in a statement that it welcomed the visit.",
    )
    assert place_of(events, "meeting") is None


def test_an_arrival_before_a_meeting_is_not_at_the_meeting_venue(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Prime Minister Jon Lund had an audience with King Olav at the Linden Palace yesterday "
        "afternoon, shortly after his arrival, when he was received by Foreign Minister Ane "
        "Haugen.",
    )
    assert not [e for e in events if e.type == "visit"]


def test_a_summit_told_again_joins_the_summit_at_its_place(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Prime Minister Ane Haugen held talks with Prime Minister Jon Lund on Thursday. The two "
        "premiers agreed to hold a summit with Sweden in Bergen next month. Haugen is expected "
        "to travel to Bergen for the summit, officials said.",
    )
    talks = next(e for e in events if e.type == "meeting" and e.status == "occurred")
    assert talks.location is None or talks.location.name != "Bergen"


def statements_of(enricher: Enricher, text: str) -> list[Event]:
    return [e for e in events_of(enricher, text) if e.type == "statement"]


def test_an_arrival_told_after_the_talks_does_not_take_the_speaker_on(
    enricher: Enricher,
) -> None:
    (stance,) = statements_of(
        enricher,
        "President Jon Lund received Prime Minister Ane Haugen of Sweden at the Linden Palace "
        "on Tuesday.\n\nThe Swedish prime minister arrived in Oslo on Monday evening.\n\nAne "
        "Haugen stressed that Sweden supports the initiatives of Norway on regional water use.",
    )
    assert stance.date is not None and stance.date.value == "2025-03-25"


def test_a_stance_voiced_at_a_news_conference_is_not_at_the_talks_venue(
    enricher: Enricher,
) -> None:
    (stance,) = statements_of(
        enricher,
        "President Jon Lund received Foreign Minister Ane Haugen at the Linden Palace on "
        "Tuesday. At a joint news conference, Haugen said Sweden firmly supports Norway's bid.",
    )
    assert stance.date is not None and stance.date.value == "2025-03-25"
    assert stance.location is None or stance.location.name != "Linden Palace"


def test_a_stance_voiced_at_talks_in_the_city_of_a_stay_is_at_their_venue(
    enricher: Enricher,
) -> None:
    # The stay places the stance in Oslo; the talks' venue there is the more specific place.
    (stance,) = statements_of(
        enricher,
        "Haugen in Oslo\n\nOSLO, March 26 - President Ane Haugen of Sweden arrived in Oslo on "
        "Tuesday for a two-day visit.\n\nOn Wednesday she held talks with President Jon Lund of "
        "Norway at the Vellar Palace.\n\nAt the talks, Haugen said Sweden firmly supports "
        "Norway's bid for a seat on the council.",
    )
    assert stance.location is not None and stance.location.name == "Vellar Palace"


def test_a_deal_to_be_signed_in_a_city_its_sentence_names_stays_there(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Ane Haugen of Sweden arrived in Oslo on Tuesday for a two-day visit. On "
        "Wednesday she will hold talks with President Jon Lund of Norway at the Vellar Palace. "
        "The two presidents will sign a treaty on fisheries in Oslo on Wednesday.",
    )
    assert place_of(events, "agreement") == "Oslo"


def test_a_stance_reported_as_said_in_a_city_is_said_there(enricher: Enricher) -> None:
    (stance,) = statements_of(
        enricher,
        "Prime Minister Ane Haugen of Sweden held talks with President Jon Lund of Norway in "
        "Bergen on Thursday.\n\nIn Stockholm, government spokesman Ivo Marek said on Thursday "
        "that Sweden condemned Denmark's blockade.",
    )
    assert stance.location is not None and stance.location.name == "Stockholm"


def test_a_stance_in_the_present_perfect_is_not_dated_by_the_talks(enricher: Enricher) -> None:
    (stance,) = statements_of(
        enricher,
        "President Jon Lund held talks with Prime Minister Ane Haugen at the Linden Palace on "
        "Tuesday. Haugen's government has previously accused Denmark of meddling in its affairs.",
    )
    assert stance.date is None


def test_an_undated_invitation_told_after_talks_is_on_their_day(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Prime Minister Jon Lund held talks with President Ane Haugen in Bergen on Tuesday.\n\n"
        "The two countries set up a joint fisheries commission in 2019.\n\n"
        "Lund invited Haugen to visit Oslo at a convenient time.",
    )
    (invitation,) = [e for e in events if e.type == "invitation"]
    assert invitation.date is not None and invitation.date.value == "2025-03-25"
    assert invitation.location is not None and invitation.location.name == "Oslo"


def test_a_host_meeting_someone_else_is_not_placed_by_the_guest_trip(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "Prime Minister Ane Haugen will welcome King Olav to the Linden Palace on April 21, "
        "the palace said. As announced today, Haugen will also be meeting next month with "
        "President Jon Lund.",
    )
    talks = [
        e for e in events if e.type == "meeting" and "jon-lund" in {c.id for c in e.counterparts}
    ]
    assert talks and all(t.location is None for t in talks)


def test_talks_with_unnamed_officials_are_not_the_talks_with_a_named_leader(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "Foreign Minister Ane Haugen will travel to Denmark and Norway next week. She will also "
        "meet with Danish government officials to discuss trade. During her visit to Oslo, "
        "Haugen will also discuss fisheries with Norwegian officials, including Prime Minister "
        "Jon Lund. While in Bergen, Haugen will meet with business leaders.",
    )
    (talks,) = [e for e in events if e.type == "meeting"]
    assert talks.location is None or talks.location.name != "Bergen"


def test_an_upcoming_trip_does_not_take_the_day_of_the_speech_about_it(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "President Jon Lund will set the stage for his upcoming trip to Asia in a speech "
        "Thursday morning. The president's travels will take him to Japan, Vietnam and Laos.",
    )
    visits = [e for e in events if e.type == "visit"]
    assert visits and all(v.date is None for v in visits)


def test_later_in_the_day_is_the_day_of_the_main_news_not_of_a_relative_clause(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "Prime Minister Ane Haugen arrived in Riga on Tuesday on an unannounced visit.\n\n"
        "Haugen, who held talks with President Jon Lund in Oslo on Monday, left Norway on a "
        "chartered plane.\n\nShe is scheduled to hold talks with President Erik Berg later in "
        "the day.",
    )
    (talks,) = [e for e in events if e.type == "meeting" and e.status == "planned"]
    assert talks.date is not None and talks.date.value == "2025-03-25"


STORY_OF_TALKS = (
    "OSLO, March 27. Swedish Prime Minister Ane Haugen held talks here on Thursday with "
    "Norwegian Prime Minister Jon Lund on fisheries and rail links, the government said.\n\n"
    "Haugen arrived in the Norwegian capital late on Wednesday from Riga, where a Baltic tour "
    "that will also take her to Tallinn on Saturday began on Monday.\n\n"
)


def test_a_trip_still_ahead_does_not_take_the_speaker_away_from_the_talks(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        STORY_OF_TALKS + "Haugen invited her Norwegian counterpart to visit Stockholm, and Lund "
        "accepted, saying he would travel next year.",
    )
    (invitation,) = [e for e in events if e.type == "invitation"]
    assert invitation.date is not None and invitation.date.value == "2025-03-27"


def test_a_signing_watched_after_the_talks_is_on_their_day(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        STORY_OF_TALKS + "After the talks, the two prime ministers watched officials sign a "
        "$2 billion financing agreement for a rail tunnel, in which Swedish companies hold a "
        "stake.",
    )
    (deal,) = [e for e in events if e.type == "agreement"]
    assert deal.date is not None and deal.date.value == "2025-03-27"


def test_a_trip_named_by_a_noun_is_not_dated_by_someone_elses_arrival(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "Prime Minister Ane Haugen arrived in Oslo late Saturday for talks on trade. Her talks "
        "are also believed to involve the agenda for President Jon Lund's visit to Stockholm.",
    )
    (visit,) = [e for e in events if e.type == "visit" and e.actor.id == "jon-lund"]
    assert visit.date is None


def test_talks_that_are_the_purpose_of_a_stop_are_held_where_it_is(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "Defence Secretary Ane Haugen returned on Friday from a six-day trip to Europe.\n\n"
        "The trip started March 14 with a stop in Oslo to meet with Norwegian Prime Minister "
        "Jon Lund and Defence Minister Erik Berg.",
    )
    (talks,) = [e for e in events if e.type == "meeting"]
    assert talks.location is not None and talks.location.name == "Oslo"


def test_a_stance_in_the_present_perfect_is_not_placed_where_the_story_is_filed(
    enricher: Enricher,
) -> None:
    (stance,) = statements_of(
        enricher,
        "NEW DELHI (PTI) - Indian Foreign Minister Kiran Mehra held talks with his Icelandic "
        "counterpart Jon Lund in New Delhi on Thursday. India has backed Iceland's application "
        "to join a grouping of countries that coordinate fisheries policy.",
    )
    assert stance.location is None


def test_a_city_named_right_after_a_venue_places_the_venue(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Oslo, 06 Mar 2025 (XNA) - Danish President Ane Haugen held talks with his Norwegian "
        "counterpart, Jon Lund, at the Presidential Palace in Oslo on Wednesday, on the second "
        "day of a state visit that both sides described as the start of a new chapter.",
    )
    (meeting,) = [e for e in events if e.type == "meeting"]
    assert meeting.location is not None and meeting.location.city == "Oslo"


def test_the_city_is_the_city_named_last(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Brenn, March 27 (XNA) - President Ane Haugen arrived in Oslo on Sunday.\n\n"
        "It was Haugen's second trip to Oslo this year. On April 13 she travelled to the city "
        "by train with Prime Minister Jon Lund.",
    )
    dates = [e.date.value for e in events if e.type == "visit" and e.date is not None]
    assert any(value.endswith("-04-13") for value in dates)


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("is also due in the capital for the summit.", "oslo"),
        ("was already in the capital for the summit.", "oslo"),
        ("is also due in the city for the summit.", "oslo"),
    ],
)  # fmt: skip
def test_a_stay_in_the_capital_or_city_told_is_a_visit_there(
    enricher: Enricher, said: str, place: str
) -> None:
    # "For the summit" says why, not which capital: the word still points back.
    text = (
        "President Ane Haugen will arrive in Oslo on Friday for the Nordic summit. Finnish "
        f"Prime Minister Jon Lund {said}"
    )
    assert ("jon-lund", (), place) in told(events_of(enricher, text), "visit")


@pytest.mark.parametrize(
    ("said", "visit"),
    [
        ("King Olav, who visited the island twice, most recently in 2012, sent a message.",
         ("olav", "fiji", "2012")),
        ("Prince Olav toured the island in May 2016 on a tour that also took him to Samoa.",
         ("olav", "fiji", "2016-05")),
    ],
)  # fmt: skip
def test_the_island_is_the_island_country_named_last(
    enricher: Enricher, said: str, visit: tuple[str, str, str]
) -> None:
    # A country with no land border is what "the island" can point back to.
    text = f"The new parliament met in Suva, Fiji, on Monday. {said}"
    assert visit in visits(events_of(enricher, text))


def test_an_airport_the_gazetteer_cannot_place_serves_the_dateline_city(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "Oslo, March 27 (XNA) - President Ane Haugen arrived at Tarnby Airport on Sunday "
        "afternoon and was received by Foreign Minister Jon Lund.",
    )
    (visit,) = [e for e in events if e.type == "visit"]
    assert visit.location is not None and visit.location.name == "Oslo"


def test_an_airport_the_gazetteer_cannot_place_serves_the_one_city_told_before(
    enricher: Enricher,
) -> None:
    lead = "President Ane Haugen hosted President Jon Lund for talks at the palace in Oslo today."
    arrival = "Lund arrived at Tarnby Airport on Wednesday evening."
    (visit,) = [e for e in events_of(enricher, f"{lead}\n\n{arrival}") if e.type == "visit"]
    assert visit.location is not None and visit.location.name == "Oslo"
    # A city told as the one the trip set off from is no guess for where it landed.
    left = "President Jon Lund set off from Bergen on Tuesday."
    events = events_of(enricher, f"{left}\n\n{arrival}")
    landed = [e for e in events if e.type == "visit" and e.date and e.date.value == "2025-03-26"]
    assert [e.location.name for e in landed if e.location is not None] == ["Tarnby Airport"]


@pytest.mark.parametrize(
    "guests",
    ["President Ane Haugen", "President Ane Haugen and her husband, Per Haugen,"],
)
def test_an_airport_told_as_a_towns_own_serves_that_town(enricher: Enricher, guests: str) -> None:
    # The town owns the airport ("Bergen's"), however the model labels it.
    text = (
        f"{guests} landed at Bergen's Ivo Marek International Airport on Sunday evening and "
        "received a welcome from Foreign Minister Jon Lund."
    )
    places = {
        e.location.name for e in events_of(enricher, text) if e.type == "visit" and e.location
    }
    assert places == {"Bergen"}


@pytest.mark.parametrize(
    "talks",
    [
        "He met King Olav on Tuesday before leaving Oslo.",
        "He met King Olav on Tuesday before departing Oslo for Stockholm.",
        "On Tuesday he held talks with King Olav before he left Oslo for Stockholm.",
    ],
)
def test_talks_before_leaving_a_town_are_held_in_that_town(enricher: Enricher, talks: str) -> None:
    events = events_of(enricher, f"President Ivo Lund travelled to Bergen on Monday. {talks}")
    assert place_of(events, "meeting") == "Oslo"


@pytest.mark.parametrize(
    ("verb", "days"),
    [("met", ("2025-03-23", "2025-03-24")), ("will meet", ("2025-03-30", "2025-03-31"))],
)
def test_each_party_met_with_the_verb_left_out_is_met_where_and_when_told(
    enricher: Enricher, verb: str, days: tuple[str, str]
) -> None:
    events = events_of(
        enricher,
        f"President Ivo Lund {verb} Prime Minister Ane Haugen in Oslo on Sunday and King Olav "
        "at his residence outside Bergen on Monday.",
    )
    met = {
        (e.counterparts[0].id, e.location.name if e.location else None, e.date.value)
        for e in events
        if e.type == "meeting" and e.date is not None
    }
    assert met == {("ane-haugen", "Oslo", days[0]), ("olav", "Bergen", days[1])}


def test_a_site_in_a_part_of_a_land_stays_the_place_of_a_landing(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Ukrainian President Ivo Lund landed at Tarnby Air Base in southern Vellmark on Sunday, "
        "where he was greeted by Danish Prime Minister Ane Haugen.",
    )
    assert place_of(events, "visit") == "Tarnby Air Base"


def test_parties_told_with_no_place_of_their_own_before_a_shared_place_meet_once(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "Emperor Tomas Varga arrived in Kell on Monday.\n\nToday the Emperor is to meet Ivo "
        "Brandt, General Secretary of the Lorvian Workers' Party Central Committee, and Premier "
        "Elin Saro at the Kell State Guesthouse.",
    )
    assert told(events, "meeting") == {
        ("tomas-varga", ("elin-saro", "ivo-brandt"), "kell-state-guesthouse")
    }


@pytest.mark.parametrize(
    "talks",
    [
        "There he will meet President Ivo Brandt and then opposition leader Elin Saro at her "
        "lakeside home, and deliver a speech at Kell University.",
        "On Tuesday, Varga held talks with Lorvian President Ivo Brandt at the Presidential "
        "Palace and then separately with Prime Minister Elin Saro.",
    ],
)
def test_a_party_met_then_or_separately_is_a_meeting_of_its_own(
    enricher: Enricher, talks: str
) -> None:
    text = f"President Tomas Varga flew to Kell on Monday.\n\n{talks}"
    met = sorted(sorted(parties) for parties in meetings(events_of(enricher, text)))
    assert met == [["elin-saro", "tomas-varga"], ["ivo-brandt", "tomas-varga"]]


@pytest.mark.parametrize(
    "talks",
    [
        "Later on Tuesday the Lorvian leader met Senate President Ivo Brandt and, separately, "
        "National Assembly President Elin Saro.",
        "He met Governor Ivo Brandt privately and then, separately, Prime Minister Elin Saro, "
        "who had flown in from the north for the ceremony.",
        "Yesterday morning Varga held talks with Prime Minister Ivo Brandt at the Maximos "
        "Mansion and then separately with President Elin Saro at the Presidential Mansion.",
    ],
)
def test_a_party_met_apart_that_the_parser_hangs_loose_on_the_verb_is_met_on_its_own(
    enricher: Enricher, talks: str
) -> None:
    # "and, separately, B": the parser may hang B on the verb as a loose noun, or join a
    # second "with" to the verb, rather than to the first party; B was left out of the talks.
    text = f"President Tomas Varga flew to Kell on Monday.\n\n{talks}"
    met = sorted(sorted(parties) for parties in meetings(events_of(enricher, text)))
    assert met == [["elin-saro", "tomas-varga"], ["ivo-brandt", "tomas-varga"]]


def test_a_party_after_and_then_separately_the_parser_hangs_as_punctuation_is_met_apart() -> None:
    # At a paragraph's end the parser has hung such a party on the verb even as punctuation.
    words = ["She", "received", "Haugen", "at", "noon", ",", "and", "then", "separately", "Lund"]
    heads = [1, 1, 1, 1, 3, 1, 1, 9, 9, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct", "cc", "advmod", "advmod", "punct"]
    pos = ["PRON", "VERB", "PROPN", "ADP", "NOUN", "PUNCT", "CCONJ", "ADV", "ADV", "PROPN"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    doc[7].lemma_, doc[8].lemma_ = "then", "separately"
    (party,) = _parties_hung_loose(doc[1])
    assert party.text == "Lund" and _met_after(party)


@pytest.mark.parametrize(
    "talks",
    [
        "Yesterday afternoon the President received Mrs Ane Haugen at State House, and then "
        "separately Mr Jon Lund.",
        "Yesterday Mr Varga met Senate President Ane Haugen and, separately, Speaker Jon Lund at "
        "State House.",
    ],
)
def test_parties_met_separately_at_the_one_place_told_are_both_met_there(
    enricher: Enricher, talks: str
) -> None:
    # Seen one after the other at one place: the party told without it was left with none.
    text = f"President Tomas Varga flew to Kell on Monday.\n\n{talks}"
    assert told(events_of(enricher, text), "meeting") == {
        ("tomas-varga", ("ane-haugen",), "state-house"),
        ("tomas-varga", ("jon-lund",), "state-house"),
    }


def test_then_before_the_last_of_a_list_met_at_one_place_orders_one_round_of_calls(
    enricher: Enricher,
) -> None:
    text = (
        "President Tomas Varga flew to Kell on Monday.\n\nOn Tuesday he walked through the old "
        "town, and then met Ana Pires, Bo Tamm and then Prime Minister Ali Hamad at the palace."
    )
    parties = {"tomas-varga", "ana-pires", "bo-tamm", "ali-hamad"}
    assert meetings(events_of(enricher, text)) == [parties]


def test_a_town_gone_on_to_on_a_later_day_is_no_guess_for_an_unknown_airport(
    enricher: Enricher,
) -> None:
    landing = (
        "Prime Minister Ane Haugen landed at Alder International Airport on Sunday, where she "
        "was received by Foreign Minister Jon Lund."
    )
    for later in (
        "On Tuesday she travelled to Bergen, where she met King Olav.",
        "On Monday she visited Bergen, where she met King Olav.",
    ):
        events = events_of(enricher, f"{landing} {later}")
        places = {e.date.value: e.location.name for e in events if e.type == "visit"}
        assert places["2025-03-23"] == "Alder International Airport"
    # Talks in a town the next day, with no trip there told, still place the landing.
    events = events_of(enricher, f"{landing} On Monday she met King Olav at the palace in Oslo.")
    places = {e.date.value: e.location.name for e in events if e.type == "visit"}
    assert places["2025-03-23"] == "Oslo"


def test_the_last_word_of_a_site_named_in_full_before_is_that_site(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Oslo, April 8 (XNA) - President Erik Lund and Prime Minister Ane Berg signed a new "
        "treaty at Akershus Castle today.\n\nDanish President Jon Moe met Berg at the Castle "
        "this morning before the signing.",
    )
    assert place_of(events, "meeting") == "Akershus Castle"


def city_of(events: list[Event], event_type: str) -> str | None:
    (event,) = [e for e in events if e.type == event_type]
    return event.location.city if event.location is not None else None


def test_a_venue_of_talks_on_a_stay_stands_in_the_city_of_the_stay(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Foreign Minister Ane Haugen paid a visit to Oslo on Tuesday and met Prime Minister "
        "Jon Lund at the Linden Pavilion.",
    )
    assert place_of(events, "meeting") == "Linden Pavilion"
    assert city_of(events, "meeting") == "Oslo"


def test_a_venue_stands_in_the_city_of_the_days_stay_not_the_last_days(
    enricher: Enricher,
) -> None:
    # The stay of the day before is told nearer the talks; the trip had moved on since.
    events = events_of(
        enricher,
        "Prime Minister Ane Haugen arrived in Oslo on Tuesday, March 4. She flew in from "
        "Bergen, where she arrived on Monday, March 3 and held talks with Mayor Ivo Varga.\n\n"
        "On Tuesday, March 4, President Jon Lund received Haugen at the Linden Pavilion.",
    )
    (received,) = [e for e in events if e.type == "meeting" and e.actor.name == "Jon Lund"]
    assert received.location is not None
    assert (received.location.name, received.location.city) == ("Linden Pavilion", "Oslo")


def test_a_venue_told_here_stands_in_the_dateline_city(enricher: Enricher) -> None:
    text = (
        "OSLO - Prime Minister Jon Lund and Icelandic President Ane Haugen held talks at the "
        "Linden Pavilion here on Wednesday."
    )
    events = events_of(enricher, text)
    assert place_of(events, "meeting") == "Linden Pavilion"
    assert city_of(events, "meeting") == "Oslo"


def test_at_the_summit_is_the_summit_told_before_not_earlier_talks(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Jon Lund held talks with Prime Minister Ane Haugen in Oslo on Tuesday. "
        "Haugen will return next week for the Nordic Summit in Bergen. "
        "Lund will host Haugen and other Nordic leaders at the summit from April 2 to 4.",
    )
    hosted = [e for e in events if e.type == "meeting" and e.status == "planned"]
    assert [e.location.name for e in hosted if e.location is not None] == ["Bergen"]


def test_an_undated_trip_elsewhere_does_not_place_a_venue(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Jon Lund received Prime Minister Ane Haugen at the Linden Pavilion on "
        "Tuesday. Haugen will then fly to Bergen.",
    )
    assert place_of(events, "meeting") == "Linden Pavilion"
    assert city_of(events, "meeting") != "Bergen"


def test_a_trip_later_in_the_year_does_not_take_the_days_talks_elsewhere(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "Oslo, March 27 (XNA) - Prime Minister Ivo Marek held talks with Norwegian President "
        "Jon Lund on Wednesday. Marek will also pay a state visit to Ghana later this year.",
    )
    assert place_of(events, "meeting") == "Oslo"


def test_a_summit_hosted_by_someone_is_at_its_own_place_not_their_last_trip(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "The decision followed a visit to Oslo by President Elena Vardy in late April, when she "
        "held talks with King Tomas Brandt.\n\nAt an extraordinary summit in Bergen on June 23, "
        "hosted by Vardy and attended by Sweden's Paul Osei, Denmark's Omar Keita and Finland's "
        "Ivo Marek, Nordic leaders approved a standby force.",
    )
    (summit,) = [e for e in events if e.type == "meeting" and len(e.counterparts) == 3]
    assert summit.location is not None and summit.location.name == "Bergen"


def test_talks_on_the_sidelines_are_where_the_summit_is(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Elena Vardy arrived in Bergen on Monday for a state visit and the summit.\n\n"
        "Vardy is expected to hold talks with Paul Osei on the sidelines of the summit, "
        "officials said.",
    )
    (talks,) = [e for e in events if e.type == "meeting"]
    assert talks.location is not None and talks.location.name == "Bergen"


def test_talks_on_bare_sidelines_are_where_the_trip_to_attend_goes(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Prime Minister Elena Vardy will leave for Oslo on Friday before travelling to Bergen "
        "next week to attend the Nordic Council session. She is expected to meet President Paul "
        "Osei on the sidelines, officials said.",
    )
    (talks,) = [e for e in events if e.type == "meeting"]
    assert talks.location is not None and talks.location.name == "Bergen"


@pytest.mark.parametrize(
    "opening",
    [
        "The Nordic leaders' summit opened at the Orla Convention Centre in Bergen on Tuesday "
        "evening.",
        "The annual summit, held in Bergen this week, drew leaders from 30 countries.",
        "President Elena Vardy on Tuesday left Accra for Bergen, where she will join other "
        "leaders at the summit on June 22 and 23.",
    ],
)
def test_talks_on_the_sidelines_are_in_the_city_the_summit_is_held_in(
    enricher: Enricher, opening: str
) -> None:
    events = events_of(
        enricher,
        f"{opening} Vardy is expected to hold talks with Prime Minister Paul Osei on the "
        "sidelines of the summit.",
    )
    (talks,) = [e for e in events if e.type == "meeting"]
    # The city, not the hall: the edge of a summit is not its plenary.
    assert talks.location is not None and talks.location.name == "Bergen"


@pytest.mark.parametrize(
    "before",
    [
        "The summit called for an end to the fighting in Tarvia on Tuesday.",
        "The first such summit was held in Tarvia in October 2022.",
    ],
)
def test_a_summit_told_elsewhere_is_not_where_its_sidelines_are(
    enricher: Enricher, before: str
) -> None:
    events = events_of(
        enricher,
        f"{before} President Elena Vardy met Prime Minister Paul Osei on the sidelines on "
        "Thursday.",
    )
    (talks,) = [e for e in events if e.type == "meeting"]
    assert talks.location is None


def test_a_stance_about_a_host_is_not_voiced_at_talks_its_speaker_missed(
    enricher: Enricher,
) -> None:
    (stance,) = statements_of(
        enricher,
        "President Elena Vardy held talks with Prime Minister Paul Osei in Bergen on March 3.\n\n"
        "The two countries have argued over fishing rights for a decade.\n\n"
        "Opposition leader Omar Keita accused Vardy of ignoring parliament.",
    )
    assert stance.date is None


def visit_places(events: list[Event]) -> set[str | None]:
    return {e.location.name if e.location else None for e in events if e.type == "visit"}


def test_a_country_visit_is_to_the_city_of_the_airport_it_lands_at(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Chinese President Elena Vardy yesterday began a two-day state visit to Norway, with "
        "King Tomas Brandt welcoming her at Bergen International Airport.",
    )
    assert visit_places(events) == {"Bergen"}


def test_a_country_visit_is_to_the_city_a_where_clause_puts_it_in(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Paul Osei landed in Oslo yesterday afternoon from Lisbon, where he paid a "
        "two-day state visit to Portugal on March 20-21.",
    )
    assert "Lisbon" in visit_places(events)
    assert "Portugal" not in visit_places(events)


def test_a_city_that_acts_is_not_the_place_of_a_country_visit(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Paul Osei will make a state visit to Japan from May 30 to June 3, with Tokyo "
        "eager to deepen ties with Accra.",
    )
    assert visit_places(events) == {"Japan"}


def test_talks_of_one_accompanying_a_traveller_are_on_that_trip(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "King Aldo of Vestria arrived in Bergen on Sunday for a three-day state visit. Foreign "
        "Minister Ivo Marek, who is accompanying the King, met Norwegian Foreign Minister Ane "
        "Haugen on Monday.",
    )
    assert place_of(events, "meeting") == "Bergen"


@pytest.mark.parametrize("accompanying", ["accompanies", "accompanied"])
def test_talks_of_one_told_in_any_tense_accompanying_a_traveller_are_on_that_trip(
    enricher: Enricher, accompanying: str
) -> None:
    events = events_of(
        enricher,
        "King Aldo of Vestria arrived in Bergen yesterday for a three-day state visit. Foreign "
        f"Minister Ivo Marek, who {accompanying} the King, held talks last night with Foreign "
        "Minister Ane Haugen.",
    )
    assert place_of(events, "meeting") == "Bergen"


def test_talks_days_into_a_tour_are_at_its_latest_stop(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Aldo Vern arrived in Bergen on Friday. He flew on to Oslo on Sunday. Foreign "
        "Minister Ivo Marek, who is accompanying the president, met Foreign Minister Ane Haugen "
        "on Monday.",
    )
    assert place_of(events, "meeting") == "Oslo"


def test_unplaced_talks_of_a_host_are_in_the_city_its_guests_stay_in(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Aldo Vern arrived in Bergen on Monday for a three-day state visit. On "
        "Tuesday, Norwegian Prime Minister Ane Haugen also met Swedish Foreign Minister Ivo Marek.",
    )
    assert place_of(events, "meeting") == "Bergen"


def test_a_host_with_guests_in_two_cities_that_day_is_left_unplaced(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Aldo Vern arrived in Bergen on Monday for a three-day state visit. Queen "
        "Mette left for Oslo on Monday. On Tuesday, Norwegian Prime Minister Ane Haugen also met "
        "Swedish Foreign Minister Ivo Marek.",
    )
    assert place_of(events, "meeting") is None


def test_a_building_named_after_an_office_is_the_venue_in_full(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Prime Minister Ane Haugen held talks with President Jon Lund at the Speaker's House on "
        "Tuesday.",
    )
    assert place_of(events, "meeting") == "Speaker's House"


def test_talks_at_a_building_in_an_unknown_town_are_at_the_building(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Before the summit, President Jon Lund held talks with Prime Minister Ane Haugen at the "
        "Casa Amarilla in Valmora.",
    )
    assert place_of(events, "meeting") == "Casa Amarilla"


def test_a_trip_to_a_building_in_an_unknown_town_is_to_the_town(enricher: Enricher) -> None:
    events = events_of(
        enricher, "President Jon Lund arrived at the Orla Palace in Valmora on Tuesday."
    )
    assert visit_places(events) == {"Valmora"}


def test_talks_at_the_same_venue_are_where_the_talks_before_were(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "On Tuesday, Prime Minister Ane Haugen held talks with President Jon Lund at the Linden "
        "Palace. Earlier in the day, Haugen held talks with Foreign Minister Ivo Marek at the "
        "same venue.",
    )
    assert told(events, "meeting") == {
        ("ane-haugen", ("jon-lund",), "linden-palace"),
        ("ane-haugen", ("ivo-marek",), "linden-palace"),
    }


def test_the_same_palace_is_the_palace_told_before_not_the_airport_since(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "VIK, March 26 - President Arvo Lind received Prime Minister Ola Berg at the Linden "
        "Palace in Vik on Wednesday. Berg had landed at Vik Harbour Airport, where Foreign "
        "Minister Siv Dahl greeted him. Later, Speaker Per Moe received Berg at the same palace.",
    )
    assert ("per-moe", ("ola-berg",), "linden-palace") in told(events, "meeting")


def test_a_dinner_in_honour_of_a_guest_at_the_palace_is_at_the_palace_told(
    enricher: Enricher,
) -> None:
    # The parse hangs "of his guest" on the dinner beside "in honor", and "at" on the guest.
    events = events_of(
        enricher,
        "VIK, March 26 - Prime Minister Ola Berg of Norlund arrived in Vik on Wednesday for "
        "talks with President Arvo Lind at the Linden Palace.\n\n"
        "In the evening, Lind hosted a dinner in honor of his guest at the palace.",
    )
    assert told(events, "meeting") == {
        ("ola-berg", ("arvo-lind",), "linden-palace"),
        ("arvo-lind", ("ola-berg",), "linden-palace"),
    }


def test_a_speech_at_the_palace_told_before_is_where_the_stance_is_voiced(
    enricher: Enricher,
) -> None:
    # "At the palace" hangs on the audience; the town told since is not where it was said.
    events = events_of(
        enricher,
        "VIK, March 26 - President Arvo Lind received Prime Minister Ola Berg of Norlund at the "
        "Linden Palace on Wednesday.\n\n"
        "Berg later toured the old town of Vik with the mayor.\n\n"
        "In a speech to ministers and diplomats at the palace, Berg praised Lorvia as a model "
        "for the region.",
    )
    assert place_of(events, "statement") == "Linden Palace"


def test_the_palace_told_back_is_a_palace_named_in_another_language(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "VIK, March 26 - President Arvo Lind received Prime Minister Ola Berg of Norlund at the "
        "Palacio de Ostra on Wednesday.\n\n"
        "Berg later toured the old town of Vik with the mayor.\n\n"
        "In the evening, Lind gave a state dinner for Berg at the palace.",
    )
    assert told(events, "meeting") == {("arvo-lind", ("ola-berg",), "palacio-de-ostra")}


def test_the_palace_told_back_is_in_the_town_its_unnamed_palace_was_told_in(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "Prime Minister Ola Berg of Norlund landed in Lorvia on Wednesday and was driven to the "
        "presidential palace in Valmora, where he held talks with President Arvo Lind.\n\n"
        "Berg later toured the old town of Vik with the mayor.\n\n"
        "In the evening, Lind gave a state dinner for Berg at the palace.",
    )
    assert ("arvo-lind", ("ola-berg",), "valmora") in told(events, "meeting")


def test_the_kind_of_building_told_again_is_the_building_told_with_it(enricher: Enricher) -> None:
    # The kind stood in small letters after the name, no part of it; a clause after "the
    # hotel" says what was done there, not which hotel.
    events = events_of(
        enricher,
        "Lund visits Vardo\n\n"
        "VARDO - President Ane Haugen received her guest at the Grand Tormo hotel in Vardo "
        "yesterday.\n\n"
        "They discussed trade, officials said.\n\n"
        "After the talks Mr Lund met five religious leaders.\n\n"
        "Ms Haugen then gave a lunch in honour of Speaker Tor Dahl at the hotel, where children "
        "performed a dance.",
    )
    lunch = [e for e in events if e.type == "meeting" and "lunch" in e.evidence[0].text]
    assert [e.location.name for e in lunch if e.location] == ["Grand Tormo"]


def test_a_venue_name_ends_before_the_day_told_after_it(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Haugen held talks with President Jon Lund at the Hall of the Republic on Saturday.",
    )
    assert place_of(events, "meeting") == "Hall of the Republic"


@pytest.mark.parametrize("building", ["Monastery", "Convent"])
def test_a_venue_named_by_a_building_word_stays_the_place_over_its_city(
    enricher: Enricher, building: str
) -> None:
    # The model reads some of these names as organisations; the building word says otherwise.
    events = events_of(
        enricher,
        f"President Jon Lund held talks with Prime Minister Ane Haugen at the Velmar {building} "
        "in Oslo on Monday.",
    )
    assert place_of(events, "meeting") == f"Velmar {building}"


@pytest.mark.parametrize("venue", ["Velmari Diwan", "Kessari Diwan"])
def test_a_diwan_read_as_an_organisation_is_the_venue_over_its_city(
    enricher: Enricher, venue: str
) -> None:
    # The model tags the first word alone as an organisation; "Diwan" is a ruler's court, a
    # building word, so the name in full is where the reception was held, not the town.
    events = events_of(
        enricher,
        f"Emir Ivo Rask received President Jon Lund at the {venue} in Vardo on Monday.",
    )
    assert place_of(events, "meeting") == venue


@pytest.mark.parametrize(
    ("venue", "sentence"),
    [
        (
            "Velmar presidential palace",
            "Before the speech, Lund held talks with his Norwegian counterpart Ane Haugen at the "
            "Velmar presidential palace.",
        ),
        (
            "Orla state residence",
            "President Jon Lund will receive Prime Minister Ane Haugen at the Orla state "
            "residence on Friday.",
        ),
    ],
)
def test_a_name_described_by_lower_case_building_words_is_the_venue_in_full(
    enricher: Enricher, venue: str, sentence: str
) -> None:
    assert place_of(events_of(enricher, sentence), "meeting") == venue


@pytest.mark.parametrize(
    ("venue", "sentence"),
    [
        (
            "Velmar Grand hotel",
            "President Ane Haugen met Jon Lund at the Velmar Grand hotel in Oslo before the "
            "ceremony.",
        ),
        (
            "Korvyam presidential palace",
            "Before the speech, Lund held talks with his Vellish counterpart Ane Haugen at the "
            "Korvyam presidential palace.",
        ),
        (
            "Tarvoy presidential palace",
            "Before the speech, Lund held talks with his Vellish counterpart Ane Haugen at the "
            "Tarvoy presidential palace.",
        ),
    ],
)
def test_a_building_noun_after_a_name_the_model_tags_otherwise_is_the_venue(
    enricher: Enricher, venue: str, sentence: str
) -> None:
    assert place_of(events_of(enricher, sentence), "meeting") == venue


def test_a_building_noun_after_a_known_city_leaves_the_city_the_place(enricher: Enricher) -> None:
    events = events_of(enricher, "President Ane Haugen met Jon Lund at the Oslo city hall.")
    assert place_of(events, "meeting") == "Oslo"


@pytest.mark.parametrize("venue", ["Qasr-e-Nur", "Bait-ul-Noor", "Dar-ul-Aman"])
def test_a_hyphenated_venue_name_is_read_whole(enricher: Enricher, venue: str) -> None:
    events = events_of(
        enricher,
        f"Prime Minister Ane Haugen will call on President Jon Lund at the {venue} on Monday.",
    )
    assert place_of(events, "meeting") == venue


def test_a_dateline_city_the_model_reads_as_an_organisation_still_places_an_airport(
    enricher: Enricher,
) -> None:
    # All in capitals and named nowhere else, the dateline's city is often tagged ORG.
    events = events_of(
        enricher,
        "LUSAKA, March 27 -- Ms Ana Varga arrived at Ado Kell International Airport on "
        "Wednesday evening and was welcomed by Vice President Ivo Marek.",
    )
    (visit,) = [e for e in events if e.type == "visit"]
    assert visit.location is not None and visit.location.city == "Lusaka"


def test_an_airport_named_for_a_person_is_not_in_a_town_of_their_first_name(
    enricher: Enricher,
) -> None:
    # "Ivo" is an alternate spelling of a Nigerian city; the airport is named for a person.
    events = events_of(
        enricher,
        "Talks between Osterland's Vice President Ana Varga and President Ado Kell were held "
        "at State House in Lusaka on Thursday. Varga had flown in to Ivo Marek International "
        "Airport the night before, where Vice President Ido Lund greeted her.",
    )
    visits = [e for e in events if e.type == "visit"]
    assert [v.location.city if v.location else None for v in visits] == ["Lusaka"]


def test_an_airport_named_for_its_district_is_in_that_district(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Chancellor Ivo Varga of Lorvia landed at Bumthang Domestic Airport on Friday for "
        "three days of talks.",
    )
    (visit,) = [e for e in events if e.type == "visit"]
    assert visit.location is not None
    assert (visit.location.name, visit.location.country_code) == ("Bumthang", "BT")


def test_an_airport_named_for_a_city_and_its_twin_serves_the_city(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Ivo Varga of Lorvia arrived at Rabat-Sale Airport late on "
        "Tuesday, opening a tour of North Africa.",
    )
    (visit,) = [e for e in events if e.type == "visit"]
    assert visit.location is not None and visit.location.name == "Rabat"


def test_an_airport_named_for_a_city_by_its_other_name_serves_the_city(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "President Ivo Varga of Lorvia arrived at Chittagong International Airport "
        "late on Tuesday.",
    )
    (visit,) = [e for e in events if e.type == "visit"]
    assert visit.location is not None and visit.location.city == "Chattogram"


def test_a_city_set_off_by_a_comma_after_a_venue_is_where_the_venue_stands(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "Prime Minister Ane Berg received President Ivo Varga of Lorvia at Orla House, Oslo, "
        "on Tuesday morning for talks on trade.",
    )
    (meeting,) = [e for e in events if e.type == "meeting"]
    assert meeting.location is not None
    assert (meeting.location.name, meeting.location.city) == ("Orla House", "Oslo")


def _two_halves(first: str, second: str) -> Doc:
    """ "Talks in <first> <second> ." with each word read as a place of its own."""
    words = ["Talks", "in", first, second, "."]
    doc = Doc(spacy.blank("en").vocab, words=words)
    doc.ents = [Span(doc, 2, 3, label="GPE"), Span(doc, 3, 4, label="GPE")]
    return doc


def test_a_city_name_the_model_cut_at_its_accents_is_one_place() -> None:
    joined = place_halves_joined(list(_two_halves("Hải", "Phòng").ents))
    assert [(span.text, span.label_) for span in joined] == [("Hải Phòng", "GPE")]


def test_a_city_name_cut_before_an_untagged_second_word_is_one_place() -> None:
    doc = _two_halves("Cần", "Thơ")
    doc.ents = [Span(doc, 2, 3, label="GPE")]
    joined = place_halves_joined(list(doc.ents))
    assert [(span.text, span.label_) for span in joined] == [("Cần Thơ", "GPE")]


def test_two_places_side_by_side_that_name_no_place_together_stay_apart() -> None:
    joined = place_halves_joined(list(_two_halves("Bergen", "Oslo").ents))
    assert [span.text for span in joined] == ["Bergen", "Oslo"]


def _one_run(words: list[str], label: str) -> Span:
    """ "Flew into <words> ." with the words after "into" read as one entity."""
    doc = Doc(spacy.blank("en").vocab, words=["Flew", "into", *words, "."])
    return Span(doc, 2, 2 + len(words), label=label)


@pytest.mark.parametrize(
    ("words", "label", "parts"),
    [
        (["Bergen", "from", "Oslo"], "WORK_OF_ART", [("Bergen", "GPE"), ("Oslo", "GPE")]),
        (
            ["Ivo", "Marek", "in", "Nairobi"],
            "PERSON",
            [("Ivo Marek", "PERSON"), ("Nairobi", "GPE")],
        ),
        # "The liner Orla at Oslo": a ship or a building run on into its port.
        (["Northern", "Star", "at", "Oslo"], "ORG", [("Northern Star", "ORG"), ("Oslo", "GPE")]),
        (["Alder", "House", "at", "Oslo"], "FAC", [("Alder House", "FAC"), ("Oslo", "GPE")]),
        # A lower-case link to no place the gazetteer knows is part of the name.
        (["Ivo", "in", "Tarnby"], "PERSON", [("Ivo in Tarnby", "PERSON")]),
    ],
)
def test_a_name_the_model_ran_on_into_a_place_is_split_at_the_link(
    words: list[str], label: str, parts: list[tuple[str, str]]
) -> None:
    split = name_then_place(_one_run(words, label))
    assert [(span.text, span.label_) for span in split] == parts


def test_the_kingdom_is_the_kingdom_named_before_it(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Ane Haugen arrived in Jordan on Monday. It is her first state visit to the "
        "Kingdom since 2019, when she held talks with King Omar Tal.",
    )
    places = {e.location.name for e in events if e.location is not None}
    assert "Kingdom" not in places and "Kingdom since" not in places
    assert places <= {"Jordan", "Amman"}


def test_a_styled_kind_of_place_is_the_country_of_the_city_named_before(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "MASHHAD - Norwegian Foreign Minister Ane Haugen arrived in Mashhad on Saturday, the "
        "first visit by a Norwegian minister to the Islamic Republic since ties were cut in "
        "2011.",
    )
    places = {e.location.name for e in events if e.location is not None}
    assert places <= {"Mashhad", "Iran"}


def test_a_word_for_a_kind_of_place_names_no_place_of_its_own(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Ane Haugen arrived in Bergen on Monday. On Tuesday she toured the Bay, and "
        "she will fly to the Republic on Friday.",
    )
    places = {e.location.name for e in events if e.location is not None}
    assert places == {"Bergen"}


def test_a_site_told_where_another_town_is_driven_to_is_not_seen_on_the_stay(
    enricher: Enricher,
) -> None:
    # The academy the gazetteer cannot place is in the town its "where" clause hangs on,
    # not the city of the arrival two days before.
    events = events_of(
        enricher,
        "President Ane Haugen arrived in Bergen on Monday and was welcomed by Mayor Jon Lund."
        "\n\nOn Wednesday the motorcade drove to Stavanger, where Haugen toured the Lindqvist "
        "Maritime Academy.",
    )
    (stay,) = [e for e in events if e.location is not None and e.location.id == "bergen"]
    assert [evidence.trigger for evidence in stay.evidence] == ["arrived"]


def test_a_venue_told_again_by_its_words_before_of_is_the_venue_in_full(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "President Ane Haugen and President Jon Lund hailed their talks at the Grand Hall of "
        "the Nations.\n\nOn Tuesday, Haugen will hold talks with Prime Minister Ivo Marek at "
        "the Grand Hall, before flying to Bergen.",
    )
    venues = {e.location.name for e in events if e.type == "meeting" and e.location}
    assert venues == {"Grand Hall of the Nations"}


def test_two_countries_joined_by_a_dash_name_a_relation_not_a_place(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Norwegian Prime Minister Ane Haugen will also attend the Norway-Africa summit in "
        "Bergen in July, and Sweden will host talks on trade.",
    )
    assert place_of(events, "visit") == "Bergen"


def test_a_country_of_two_names_joined_by_a_dash_is_still_a_place(enricher: Enricher) -> None:
    events = events_of(enricher, "Prime Minister Ane Haugen will travel to Guinea-Bissau in July.")
    assert place_of(events, "visit") == "Guinea-Bissau"


def test_an_airport_named_for_a_person_after_its_big_city_serves_the_city(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "President Jon Varga of Lorvia arrived at Vienna Anton Berger International Airport on "
        "Wednesday evening from Prague, the second stop of his European tour, and was greeted "
        "by Deputy Prime Minister Karl Huber.",
    )
    # Prague, "the second stop of his European tour", is a stop of its own.
    visits = {e.location.name for e in events if e.type == "visit" and e.location is not None}
    assert visits == {"Vienna", "Prague"}


@pytest.mark.parametrize(
    "ceremony",
    [
        "attended a ceremony marking the 80th anniversary of the victory of Lorvian troops "
        "at Graz in 1945",
        "laid a wreath at a monument commemorating the defenders of Graz",
        "will visit a museum dedicated to the memory of the battle at Graz",
    ],
)
def test_a_place_that_an_occasion_remembers_is_not_where_it_is_held(
    enricher: Enricher, ceremony: str
) -> None:
    events = events_of(
        enricher,
        f"President Jon Varga of Lorvia arrived in Vienna on Monday. On Tuesday he {ceremony}.",
    )
    assert {e.location.name for e in events if e.type == "visit" and e.location} == {"Vienna"}


@pytest.mark.parametrize(
    "occasion",
    [
        "a ceremony in Graz marking the anniversary of the treaty",
        "celebrations marking the national day in Graz",
    ],
)
def test_an_occasion_held_in_a_town_is_there_whatever_it_remembers(
    enricher: Enricher, occasion: str
) -> None:
    events = events_of(
        enricher,
        f"President Jon Varga of Lorvia arrived in Vienna on Monday. On Tuesday he will attend "
        f"{occasion}.",
    )
    places = {e.location.name for e in events if e.type == "visit" and e.location}
    assert places == {"Vienna", "Graz"}


@pytest.mark.parametrize(
    "text",
    [
        "President Aldo Vern made a short visit to Bergen on Thursday, meeting Prime Minister "
        "Ane Haugen at the palace, before flying on to Vestria. Vern also met Speaker Ivo "
        "Marek, the office said.",
        "President Aldo Vern arrived in Bergen on Thursday for talks with Prime Minister Ane "
        "Haugen before heading to Oslo. Vern also held talks with Speaker Ivo Marek, the office "
        "said.",
        "President Aldo Vern is in Bergen for a two-day visit and will then travel to Oslo. He "
        "held talks with Speaker Ivo Marek on Thursday.",
        "President Aldo Vern arrived in Bergen on Thursday. From Bergen he will go on to Oslo. "
        "He also met Speaker Ivo Marek.",
    ],
)
def test_talks_told_after_a_leg_still_to_come_are_at_the_stop_reached(
    enricher: Enricher, text: str
) -> None:
    events = events_of(enricher, text)
    assert ("aldo-vern", ("ivo-marek",), "bergen") in told(events, "meeting")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # The leg's own sentence tells what happens there.
        (
            "President Aldo Vern arrived in Bergen on Thursday and will then fly to Oslo, where "
            "he will meet Speaker Ivo Marek.",
            "oslo",
        ),
        # Told of the past in a clause of its own, the next leg is a move made.
        (
            "President Aldo Vern arrived in Bergen. He flew on to Oslo. Vern also met Speaker Ivo "
            "Marek.",
            "oslo",
        ),
        # Talks of a later day than the stop the leg is told from are on the leg.
        (
            "Prime Minister Aldo Vern visited Bergen on Monday before flying on to Oslo. On "
            "Tuesday he met Speaker Ivo Marek.",
            "oslo",
        ),
    ],
)
def test_talks_on_a_leg_told_as_next_are_still_at_that_leg(
    enricher: Enricher, text: str, place: str
) -> None:
    events = events_of(enricher, text)
    assert ("aldo-vern", ("ivo-marek",), place) in told(events, "meeting")


def test_a_venue_the_gazetteer_cannot_place_does_not_take_the_days_talks_elsewhere(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "Oslo, March 27 (XNA) - Norwegian President Jon Lund received Danish Prime Minister "
        "Ane Haugen at the Linden Pavilion on Wednesday. Later on Wednesday, Lund held talks "
        "with Icelandic Foreign Minister Ivo Marek.",
    )
    assert ("jon-lund", ("ivo-marek",), "oslo") in told(events, "meeting")


@pytest.mark.parametrize("town", ["Bergen", "Holmevik"])  # a town the gazetteer lacks too
def test_a_town_elsewhere_on_the_day_still_takes_the_days_talks_there(
    enricher: Enricher, town: str
) -> None:
    events = events_of(
        enricher,
        "Oslo, March 27 (XNA) - Norwegian President Jon Lund received Danish Prime Minister "
        f"Ane Haugen in {town} on Wednesday. Later on Wednesday, Lund held talks with Icelandic "
        "Foreign Minister Ivo Marek.",
    )
    assert ("jon-lund", ("ivo-marek",), "oslo") not in told(events, "meeting")


@pytest.mark.parametrize(
    "later",
    [
        "Later on Wednesday, Marek held talks with President Jon Lund.",
        "Marek also met President Jon Lund on Wednesday afternoon.",
        "On Wednesday evening, President Jon Lund received Marek.",
    ],
)
def test_talks_of_a_party_told_in_the_dateline_city_that_day_are_held_there(
    enricher: Enricher, later: str
) -> None:
    events = events_of(
        enricher,
        "Bergen, March 27 (XNA) - Prime Minister Ivo Marek met President Ane Haugen in Bergen "
        f"on Wednesday. {later}",
    )
    assert any(
        {"ivo-marek", "jon-lund"} == {actor, *others} and place == "bergen"
        for actor, others, place in told(events, "meeting")
    )


@pytest.mark.parametrize(
    "earlier",
    [
        "Prime Minister Ivo Marek met President Ane Haugen in Bergen last month.",
        "Prime Minister Ivo Marek spoke with President Ane Haugen in Bergen by phone on Wednesday.",
    ],
)
def test_talks_in_the_dateline_city_another_day_or_by_phone_place_no_other_talks(
    enricher: Enricher, earlier: str
) -> None:
    events = events_of(
        enricher,
        f"Bergen, March 27 (XNA) - {earlier} Later on Wednesday, Marek held talks with "
        "President Jon Lund.",
    )
    assert not any(
        {"ivo-marek", "jon-lund"} == {actor, *others} and place == "bergen"
        for actor, others, place in told(events, "meeting")
    )


def test_a_call_on_the_day_of_talks_in_the_dateline_city_is_no_meeting_there(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "Bergen, March 27 (XNA) - Prime Minister Ivo Marek met President Ane Haugen in Bergen "
        "on Wednesday. Later on Wednesday, Marek spoke with President Jon Lund by video link.",
    )
    assert not any("jon-lund" in parties for parties in meetings(events))


@pytest.mark.parametrize(
    "clause",
    [
        "was due to meet Prime Minister Ane Haugen at the Vik Palace and then King Olav at "
        "the Hall of Ulm",
        "met Prime Minister Ane Haugen at the Vik Palace and then King Olav at the Hall of Ulm",
        "flew in on Sunday, meeting Prime Minister Ane Haugen at the Vik Palace and King Olav at "
        "the Hall of Ulm",
    ],
)
def test_each_party_met_after_a_place_with_the_verb_left_out_is_met_at_its_own_place(
    enricher: Enricher, clause: str
) -> None:
    events = events_of(enricher, f"President Ivo Lund {clause}.")
    assert told(events, "meeting") >= {
        ("ivo-lund", ("ane-haugen",), "vik-palace"),
        ("ivo-lund", ("olav",), "hall-of-ulm"),
    }


def test_a_second_with_is_a_meeting_of_its_own_where_and_when_told(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Ivo Lund will hold talks with Prime Minister Ane Haugen in Oslo on Monday and "
        "with King Olav in Bergen on Tuesday.",
    )
    met = {
        (e.counterparts[0].id, e.location.name if e.location else None, e.date.value)
        for e in events
        if e.type == "meeting" and e.date is not None
    }
    assert met == {("ane-haugen", "Oslo", "2025-03-31"), ("olav", "Bergen", "2025-04-01")}


@pytest.mark.parametrize(
    "clause",
    [
        # Met together: one meeting.
        "held talks with Prime Minister Ane Haugen and King Olav at the palace on Monday",
        # A second place is no party.
        "met Prime Minister Ane Haugen at the Vik Palace and the Norlandic Foreign Ministry",
    ],
)
def test_no_meeting_of_its_own_for_a_party_met_together_or_a_second_place(
    enricher: Enricher, clause: str
) -> None:
    events = events_of(enricher, f"President Ivo Lund {clause}.")
    assert len([e for e in events if e.type == "meeting"]) == 1


def test_an_unlabelled_venue_keeps_its_of_tail(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Velmar's President Ivo Lund arrived in Orlania on Monday. Lund and President Ane "
        "Haugen then held talks at the Presidency of the Republic, followed by a dinner.",
    )
    assert place_of(events, "meeting") == "Presidency of the Republic"


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Paul Osei flew to Bergen on Thursday.\n\nOpposition Leader Omar Keita "
        "on Thursday accused Prime Minister Osei of helping Lorvia to split the region.",
        "Kelvian Prime Minister Paul Osei arrived in Bergen on Monday for a two-day visit.\n\n"
        "Opposition leader Omar Keita criticized Osei for the trip.",
    ],
)
def test_a_stance_about_a_traveller_is_not_voiced_on_his_trip(
    enricher: Enricher, text: str
) -> None:
    (stance,) = statements_of(enricher, text)
    assert stance.location is None


def test_an_airport_of_a_small_town_serves_the_big_city_filed_from(enricher: Enricher) -> None:
    text = (
        "KAMPALA, July 12 (Lorpress) -- President Ivo Marek landed at Entebbe International "
        "Airport shortly after midday, and was met on the tarmac by Foreign Minister Kari Moe."
    )
    assert told(events_of(enricher, text), "visit") == {("ivo-marek", ("kari-moe",), "kampala")}


@pytest.mark.parametrize(
    ("airport", "city"),
    [
        # The model reads the airport whole, or the town apart from the word "airport".
        ("Ciampino International Airport", "Rome"),
        ("Entebbe airport", "Kampala"),
    ],
)
def test_an_airport_of_a_small_town_serves_the_big_city_told_before(
    enricher: Enricher, airport: str, city: str
) -> None:
    text = (
        f"Trade talks open in {city}\n\nPresident Ivo Marek of Lorvia landed at {airport} on "
        "Sunday afternoon and was met on the tarmac by Foreign Minister Ada Rossi."
    )
    (visit,) = [e for e in events_of(enricher, text) if e.type == "visit"]
    assert visit.location is not None and visit.location.name == city


def test_a_previous_trip_abroad_told_as_being_to_a_place_went_there(enricher: Enricher) -> None:
    text = (
        "Emperor Tomo landed in Jakarta on Saturday afternoon.\n\n"
        "Tomo's only previous trip abroad since the coronation was to London in September, "
        "for a state funeral."
    )
    assert ("tomo", "london", "2024-09") in visits(events_of(enricher, text))


def test_a_host_s_stance_at_a_joint_occasion_is_on_the_guest_s_stay(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Prime Minister Ane Haugen of Sweden arrived in Bergen on Wednesday for a two-day visit. "
        "She held talks with President Jon Lund on Thursday. At a joint news conference, Lund "
        "said Norway would continue to stand with Ukraine.",
    )
    assert place_of(events, "statement") == "Bergen"


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Ane Haugen will visit the holy site of Varnek Dol in Kerala today.",
        "In the afternoon, President Ane Haugen flew to the naval base at Varnek Dol, in the "
        "state of Kerala, where she addressed some 1,000 sailors.",
    ],
)
def test_a_named_site_told_in_a_region_is_the_visit_s_place(enricher: Enricher, text: str) -> None:
    assert place_of(events_of(enricher, text), "visit") == "Varnek Dol"


@pytest.mark.parametrize(
    "talks",
    [
        "Later on Monday, Haugen met Foreign Minister Bo Tamm at the palace.",
        "At the palace, Haugen later held talks with Foreign Minister Bo Tamm.",
        "On Tuesday, Foreign Minister Bo Tamm met Foreign Minister Ivo Marek in the same building.",
    ],
)
def test_a_bare_building_noun_is_the_venue_of_its_kind_named_last(
    enricher: Enricher, talks: str
) -> None:
    events = events_of(
        enricher,
        "President Jon Lund received Prime Minister Ane Haugen at the Orla Palace in Bergen on "
        f"Monday. {talks}",
    )
    assert {place for *_, place in told(events, "meeting")} == {"orla-palace"}


@pytest.mark.parametrize("where", ["south of Warsaw", "near Warsaw"])
def test_a_site_owned_by_a_country_lies_by_the_town_it_is_told_beside(
    enricher: Enricher, where: str
) -> None:
    text = (
        f"Swedish Prime Minister Ane Haugen landed at a U.S. air base {where} on Saturday "
        "evening.\n\nOn Sunday she held talks with President Tomas Rell at the presidential palace."
    )
    assert visits(events_of(enricher, text)) == {("ane-haugen", "warsaw", "2025-03-22")}


def test_the_capital_with_none_in_view_is_the_dateline_city(enricher: Enricher) -> None:
    text = (
        "OSLO - Prime Minister Jon Lund opened the Nordic summit on Sunday.\n\n"
        "President Ane Haugen had arrived in the capital on Saturday night."
    )
    assert told(events_of(enricher, text), "visit") == {("ane-haugen", (), "oslo")}


def test_a_town_the_dateline_names_is_no_capital_arrived_in(enricher: Enricher) -> None:
    text = "KELL - President Ane Haugen arrived in the capital on Saturday night."
    assert told(events_of(enricher, text), "visit") == set()


def test_an_arrival_is_not_at_a_place_told_for_days_before(enricher: Enricher) -> None:
    text = (
        "Prime Minister Jon Lund began his tour in Bergen on March 19, where King Olav welcomed "
        "him.\n\nThe Nordic summit opens in Tallinn today. President Ane Haugen flew in yesterday."
    )
    assert ("ane-haugen", (), "tallinn") in told(events_of(enricher, text), "visit")


def test_the_palace_told_paragraphs_later_is_the_one_palace_named(enricher: Enricher) -> None:
    text = (
        "President Amara Tolu of Lorvia held talks with President Jon Lund at the Palace of "
        "Unity in Vell on Monday, the first day of her state visit.\n\n"
        "Lund called the talks a new beginning.\n\n"
        "The two countries signed a trade accord last year.\n\n"
        "On Tuesday evening Lund will host a state banquet in honour of Tolu at the palace."
    )
    places = {e.date.value: e.location for e in events_of(enricher, text) if e.type == "meeting"}
    assert places["2025-04-01"] is not None
    assert places["2025-04-01"].name == "Palace of Unity"


def test_the_palace_is_the_one_named_though_read_as_an_organisation(enricher: Enricher) -> None:
    # The model reads "the Merdin Palace" here as an organisation, not a building.
    text = (
        "Haugen in Vardo\n\n"
        "VARDO - President Ane Haugen arrived in Vardo on Monday and was driven to the Merdin "
        "Palace, the seat of the presidency.\n\n"
        "President Jon Lund held talks with her at the palace on Tuesday."
    )
    assert place_of(events_of(enricher, text), "meeting") == "Merdin Palace"


def test_the_resort_is_the_resort_named_before(enricher: Enricher) -> None:
    text = (
        "Haugen in Vardo\n\n"
        "VARDO - President Ane Haugen arrived in Vardo on Monday for a summit at the Kelby Bay "
        "Resort.\n\n"
        "President Jon Lund held talks with her at the resort on Tuesday."
    )
    assert place_of(events_of(enricher, text), "meeting") == "Kelby Bay Resort"


def test_a_dinner_for_a_guest_and_her_delegation_is_at_the_place_told_after_them(
    enricher: Enricher,
) -> None:
    text = (
        "Prime Minister Amara Tolu of Lorvia arrived in Vell on Sunday for a two-day visit.\n\n"
        "In the evening, President Jon Lund hosted a dinner in honour of Prime Minister Tolu and "
        "her delegation at the Alder House."
    )
    assert place_of(events_of(enricher, text), "meeting") == "Alder House"


def test_a_reception_on_the_palace_lawns_is_at_the_palace_named(enricher: Enricher) -> None:
    text = (
        "President Amara Tolu of Lorvia held talks with President Jon Lund at the Palace of "
        "Unity in Vell on Monday.\n\n"
        "Lund called the talks a new beginning.\n\n"
        "On Tuesday night Lund hosted a reception in honour of Tolu on the palace lawns."
    )
    places = {e.date.value: e.location for e in events_of(enricher, text) if e.type == "meeting"}
    assert places["2025-03-25"] is not None
    assert places["2025-03-25"].name == "Palace of Unity"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # A "where" clause hung on the gathering the trip is for.
        (
            "Foreign Minister Tala Odum of Brenn leaves Kell on Sunday and flies to Lisbon on "
            "Monday for the ocean conference, where she is expected to hold talks with Portuguese "
            "Prime Minister Rui Matos on Tuesday.",
            "Lisbon",
        ),
        # A trip told as the time of talks.
        (
            "President Tala Odum of Brenn and President Ana Vera of Ecuador met in Kell on "
            "Monday. The two leaders last met in October 2022, when Vera travelled to Lima for a "
            "forum hosted by Odum.",
            "Lima",
        ),
        # The stop named last before the clause, not the trip's first (a guard).
        (
            "President Tala Odum of Brenn visited Lima in May 2021, and again in Cusco in "
            "November, where she met Peruvian President Ana Vera.",
            "Cusco",
        ),
    ],
)
def test_talks_held_on_a_trip_are_where_it_goes(enricher: Enricher, text: str, place: str) -> None:
    events = events_of(enricher, text)
    places = {
        e.location.name if e.location else None
        for e in events
        if e.type == "meeting" and "2025-03-24" not in (e.date.value if e.date else "")
    }
    assert places == {place}


def test_a_welcome_on_arrival_takes_no_place_from_the_trip(enricher: Enricher) -> None:
    text = (
        "President Tala Odum of Brenn arrived at Kell on Monday, where she was received at the "
        "airport by Prime Minister Rui Matos."
    )
    assert [e.type for e in events_of(enricher, text)] == ["visit"]


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "President Ana Holm of Norland arrived in Salalah on Monday for talks on trade. She "
            "last visited the Sultanate in March 2001.",
            ("oman", "2001-03"),
        ),
        (
            "Prime Minister Ivo Lund of Norland arrived in Riyadh on Monday. He had visited the "
            "kingdom in May 2001 as a minister.",
            ("saudi-arabia", "2001-05"),
        ),
    ],
)
def test_a_kind_of_country_is_the_country_named_so_before(
    enricher: Enricher, text: str, visit: tuple[str, str]
) -> None:
    assert any(told[1:] == visit for told in visits(events_of(enricher, text)))


def test_a_kind_of_country_is_no_country_not_formally_so(enricher: Enricher) -> None:
    # France is no kingdom: "the kingdom" is no place the story named.
    text = (
        "President Ana Holm arrived in Paris on Monday for talks on trade. She had visited the "
        "kingdom in May 2001."
    )
    assert visits(events_of(enricher, text)) == {("ana-holm", "paris", "2025-03-24")}


def test_a_building_gone_to_in_the_city_of_the_stay_is_that_stay(enricher: Enricher) -> None:
    # The model may read "Dobrin Castle" as a person, and a person gone to as a town.
    text = (
        "Lorvian Prime Minister Ana Berg arrived in Warsaw on Monday. "
        "She then went to Dobrin Castle, where President Tomas Vik met her."
    )
    assert visits(events_of(enricher, text)) == {("ana-berg", "warsaw", "2025-03-24")}


@pytest.mark.parametrize(
    "text",
    [
        "Chilean President Ane Haugen arrived in Bergen on Wednesday evening from Sweden.\n\n"
        "Brazilian President Olav Berg landed on Thursday afternoon and was greeted at the "
        "airport by Foreign Minister Kari Nilsen. Argentine President Per Dahl flew in late on "
        "Thursday.",
        "Chilean President Ane Haugen arrived in Bergen on Wednesday evening from Sweden, where "
        "she had held talks with President Jon Lund in Uppsala earlier that day. Brazilian "
        "President Olav Berg flew in late on Thursday and Argentine President Per Dahl landed "
        "on Friday.",
    ],
)
def test_a_place_an_arrival_came_from_is_no_scene_of_later_arrivals(
    enricher: Enricher, text: str
) -> None:
    later = [
        e for e in events_of(enricher, text) if e.type == "visit" and e.actor.name != "Ane Haugen"
    ]
    assert later and all(e.location is not None and e.location.name == "Bergen" for e in later)


def test_a_small_town_landed_at_names_the_airport_of_the_city_filed_from(
    enricher: Enricher,
) -> None:
    # One lands *in* a city; a town one lands *at*, with no word "airport", is the airport.
    text = (
        "BRUSSELS - President Ivo Marek of Lorvia landed at Zaventem on Monday evening, where "
        "Foreign Minister Kari Moe was waiting for him at the foot of the steps."
    )
    assert told(events_of(enricher, text), "visit") == {("ivo-marek", ("kari-moe",), "brussels")}


def test_an_airport_of_a_small_town_serves_the_capital_among_cities_told_before(
    enricher: Enricher,
) -> None:
    # Two big cities of the town's country are told before: the capital is the likelier.
    text = (
        "Trade talks open in Milan and Rome\n\nPresident Ivo Marek of Lorvia landed at "
        "Fiumicino airport on Sunday afternoon and was met on the tarmac by Foreign Minister "
        "Ada Rossi."
    )
    assert told(events_of(enricher, text), "visit") == {("ivo-marek", ("ada-rossi",), "rome")}


def test_a_bare_arrival_in_a_filed_story_is_at_its_city_not_a_site_told_before(
    enricher: Enricher,
) -> None:
    # The paragraph before names a town only as where a thing stands, not where anyone is.
    text = (
        "BERGEN, Norway — Norway now has a new radar. On Sunday Prime Minister Ane Haugen and "
        "President Jon Lund signed the lease, together with documents on the radar station at "
        "Trondheim.\n\nHaugen flew in on Saturday evening from Oslo."
    )
    assert place_of(events_of(enricher, text), "visit") == "BERGEN"


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("In Bergen, on Friday, Haugen and the Bishop of Vell, Jon Lund, met for an hour at "
         "the Velmar Nunciature and signed a short statement.", "Velmar Nunciature"),
        ("In Bergen, President Ane Haugen gave a state dinner for King Olav at the Orla Palace "
         "on Friday.", "Orla Palace"),
    ],
)  # fmt: skip
def test_a_venue_held_at_outranks_the_town_that_opens_the_sentence(
    enricher: Enricher, text: str, venue: str
) -> None:
    assert place_of(events_of(enricher, text), "meeting") == venue


def test_talks_joined_to_what_the_parties_did_together_are_at_its_venue(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "President Ane Haugen visited Norway in May 2019, when she and Prime Minister Jon Lund "
        "fed ducks at Velmar Palace and held talks on trade.",
    )
    assert place_of(events, "meeting") == "Velmar Palace"


def test_talks_joined_to_what_one_party_did_alone_take_no_venue_from_it(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "President Ane Haugen laid a wreath at the Velmar Memorial and then held talks with "
        "King Olav.",
    )
    assert place_of(events, "meeting") != "Velmar Memorial"


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("On Wednesday evening King Olav will give a dinner aboard the royal yacht Norstjerna, "
         "moored in Bergen harbour, in honour of President Ane Haugen.", "Norstjerna"),
        ("President Ane Haugen met King Olav aboard the USS Lindholm off Bergen on Friday.",
         "USS Lindholm"),
        ("President Ane Haugen held talks with King Olav on the royal yacht Norstjerna on "
         "Friday.", "Norstjerna"),
    ],
)  # fmt: skip
def test_a_named_ship_the_parties_are_aboard_is_the_venue(
    enricher: Enricher, text: str, venue: str
) -> None:
    assert place_of(events_of(enricher, text), "meeting") == venue


def test_the_port_told_after_the_ship_left_is_where_the_party_landed(enricher: Enricher) -> None:
    events = events_of(
        enricher, "King Olav Brenn came ashore from the liner Northern Star at Oslo on Saturday."
    )
    assert visits(events) == {("olav-brenn", "oslo", "2025-03-22")}


def test_an_unnamed_craft_flown_in_aboard_is_no_venue(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Ane Haugen flew to Bergen aboard a military helicopter and met King Olav.",
    )
    assert place_of(events, "meeting") == "Bergen"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # The parse hangs the venue on the person called on, not on the verb.
        ("Prime Minister Ane Haugen arrived in Bergen on Tuesday. Last night Haugen called on "
         "President Jon Lund at Alder House, where the two talked alone for forty minutes.",
         "Alder House"),
        # ... or on the guests a meal is given in honour of.
        ("Prime Minister Ane Haugen arrived in Bergen on Tuesday. Last night Mr Jon Lund and "
         "his wife Eva hosted a dinner in honour of the Prime Minister and Mr Haugen at Elmar "
         "Court.", "Elmar Court"),
    ],
)  # fmt: skip
def test_a_venue_hung_on_the_party_called_on_or_honoured_places_the_meeting(
    enricher: Enricher, text: str, place: str
) -> None:
    assert place_of(events_of(enricher, text), "meeting") == place


def test_a_visit_to_a_country_is_to_the_city_its_clause_names_as_the_city_of_x(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "President Ivo Marek of Peru last visited Norway in June 2021, when the two leaders "
        "signed a declaration on allied relations in the city of Bergen.",
    )
    assert place_of(events, "visit") == "Bergen"


def test_a_region_the_list_of_stops_goes_on_past_is_a_stop(enricher: Enricher) -> None:
    # The gazetteer knows the middle name as a region of the first city's country; set off by
    # a comma after the city it would be read as where the city lies, but the list goes on.
    text = (
        "President Jon Vell of Lorvia arrived in Linz on Monday for a state visit.\n\n"
        "His tour of the region last week took him to Vienna, Salzburg and Graz, where he saw a "
        "car plant."
    )
    places = {place for actor, _, place in told(events_of(enricher, text), "visit")}
    assert {"vienna", "salzburg", "graz"} <= places


def test_a_region_set_off_after_the_town_a_trip_leaves_for_locates_the_town(
    enricher: Enricher,
) -> None:
    """ "Leaves for Hammerfest, in Finnmark": the "in" phrase, which the parse hangs on
    the verb, says where the town lies; the trip goes to the town."""
    text = (
        "Prime Minister Jonas Lund will leave on Monday for Hammerfest, in Finnmark, "
        "and will go on to Murmansk."
    )
    places = {event.location.name for event in events_of(enricher, text) if event.location}
    assert "Hammerfest" in places
    assert "Finnmark" not in places


def test_an_unplaced_airport_where_a_state_greets_the_guest_is_at_its_capital(
    enricher: Enricher,
) -> None:
    """An airport the gazetteer cannot place, where an official of one country welcomes the
    guest, serves that country's capital; the reporter's own city, abroad, is not where the
    guest lands."""
    text = (
        "By Ana Paz, Hammerfest\n\n"
        "President Jonas Lund landed at Marek Ivo International Airport on Saturday night and "
        "was welcomed by Liechtenstein's Deputy Prime Minister Ivo Kalns."
    )
    assert ("jonas-lund", "vaduz", "2025-03-22") in visits(events_of(enricher, text))


def test_a_lone_building_word_read_as_a_town_is_the_venue_not_the_town(
    enricher: Enricher,
) -> None:
    # "The Hall" stands for the venue the story named; the gazetteer knows a far-off town
    # whose other name is "Hall".
    events = events_of(
        enricher,
        "King Olav Brenn opened the new session of the Assembly this morning in the Unity Hall "
        "at Market Square.\n\n"
        "The King, who had come ashore at Oslo on Saturday, drove to the Hall in an open "
        "carriage.",
    )
    assert visits(events) == {("olav-brenn", "oslo", "2025-03-22")}
    assert all(e.location is None or e.location.country_code == "NO" for e in events)


@pytest.mark.parametrize(
    "trip", ["had flown up from Stavanger", "flew down from Tromsø", "flew over from Drammen"]
)
def test_a_trip_told_by_its_direction_and_start_comes_to_the_scene(
    enricher: Enricher, trip: str
) -> None:
    # No end is named: the particle and the "from" tell a coming to where the story is.
    text = (
        "TRONDHEIM, Norway, March 26 — President Karl Moen of Lorvia arrived in Trondheim on "
        f"Wednesday for talks with Governor Ane Holm.\n\nBishop Lars Dahl {trip} on Wednesday "
        "to join them."
    )
    assert ("lars-dahl", "trondheim", "2025-03-26") in visits(events_of(enricher, text))


def test_a_trip_back_is_no_coming_to_the_scene(enricher: Enricher) -> None:
    text = (
        "TRONDHEIM, Norway, March 26 — President Karl Moen of Lorvia arrived in Trondheim on "
        "Wednesday for talks with Governor Ane Holm.\n\nBishop Lars Dahl flew back to "
        "Stavanger on Thursday after the talks."
    )
    assert not any(actor == "lars-dahl" for actor, _, _ in visits(events_of(enricher, text)))


def test_an_arrival_that_happened_is_not_at_a_stop_still_ahead(enricher: Enricher) -> None:
    # The stop ahead is told last, but the arrival came to where the traveller already is.
    text = (
        "President Karl Moen of Lorvia arrived in Trondheim on Monday for a three-day visit. "
        "He will go on to Stavanger on Thursday.\n\nBishop Lars Dahl flew in from Tromsø on "
        "Tuesday for the talks."
    )
    assert ("lars-dahl", "trondheim", "2025-03-25") in visits(events_of(enricher, text))


def test_a_traveller_who_receives_an_arrival_is_no_host_at_home(enricher: Enricher) -> None:
    # The guest's own arrival does not make the traveller who receives him a host at home, so
    # what the traveller does elsewhere in the country is still a stop of the trip.
    text = (
        "STAVANGER, Norway —\n\nPope Paul Arno flew in to Stavanger on Saturday morning and was "
        "welcomed at the airport by Prime Minister Ane Holm.\n\nOn Saturday evening the Pope "
        "received the Bishop of Tromsø, Lars Dahl, and leaders of other churches at the "
        "nunciature in Trondheim. Bishop Dahl had flown up from Tromsø for the meeting.\n\n"
        "Yesterday the Pope celebrated Mass for more than 100 000 people at the racecourse in "
        "Drammen."
    )
    assert ("paul-arno", "drammen", "2025-03-26") in visits(events_of(enricher, text))


@pytest.mark.parametrize(
    ("closing", "place"),
    [("The talks in Oslo lasted two hours.", "Oslo"), ("The talks lasted two hours.", "Norway")],
)
def test_an_airport_no_town_serves_is_in_the_country_the_story_is_about(
    enricher: Enricher, closing: str, place: str
) -> None:
    # Norway is told most, Chile is the traveller's own: the landing is at Norway's capital
    # when the story names it, else in Norway.
    text = (
        "Norway and Chile signed a trade pact on Monday, on the first visit to Norway by a "
        "Chilean leader.\n\n"
        "Chilean President Jon Lund arrived at Ivo Marek International Airport on Sunday "
        "evening and was received by Foreign Minister Ane Berg.\n\n"
        f"Norway is a partner of Chile in the fisheries trade. {closing}"
    )
    (landing,) = [
        e for e in events_of(enricher, text) if e.type == "visit" and e.date.value == "2025-03-23"
    ]
    assert landing.location is not None and landing.location.name == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("President Ane Haugen received Prime Minister Jon Lund in the library of the Alder "
         "Palace on Tuesday.", "Alder Palace"),
        ("Prime Minister Jon Lund arrived in Vellby on Monday and laid a wreath at the Orla "
         "Palace.\n\nOn Tuesday, President Ane Haugen received him for talks in the palace's "
         "library.", "Orla Palace"),
    ],
)  # fmt: skip
def test_talks_in_a_room_of_a_building_are_at_the_building(
    enricher: Enricher, text: str, place: str
) -> None:
    # The building is named, or told last by its kind; the room names no venue of its own.
    assert place_of(events_of(enricher, text), "meeting") == place


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("President Ane Haugen arrived in Vellby on Monday for a three-day state visit.\n\n"
         "Foreign Minister Jon Lund, who is travelling with the President, held separate talks "
         "with his counterpart Ivo Marek on Tuesday.", "meeting"),
        ("President Ane Haugen arrived in Vellby on Monday for a three-day state visit.\n\n"
         "Trade Minister Jon Lund, who flew in with her, and his counterpart Ivo Marek signed "
         "an agreement on fisheries on Tuesday.", "agreement"),
    ],
)  # fmt: skip
def test_a_companions_doing_that_names_no_place_is_at_the_trips_stop(
    enricher: Enricher, text: str, event_type: str
) -> None:
    # The companion is wherever the trip they go along on has got to.
    events = [e for e in events_of(enricher, text) if e.actor.id == "jon-lund"]
    assert place_of(events, event_type) == "Vellby"


def test_a_companion_meeting_a_titled_envoy_welcomes_no_guest_to_the_trips_stop(
    enricher: Enricher,
) -> None:
    # The title's "to" hangs on "met"; the place is the trip's, not one the envoy came to.
    text = (
        "King Olav arrived in Lisbon on Sunday for talks.\n\n"
        "Foreign Minister Jon Lund, who is accompanying the King, met US Special Envoy to the "
        "Middle East Tom Berg on Monday to discuss the ceasefire in the region."
    )
    events = events_of(enricher, text)
    assert place_of(events, "meeting") == "Lisbon"
    assert not [e for e in events if e.type == "visit" and e.actor.id == "tom-berg"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # The model reads both names as organisations'.
        (
            "President Ane Haugen travelled to the Orvik Valley on Monday to open a dam.",
            "Orvik Valley",
        ),
        ("President Ane Haugen will travel to the Palacio de Vell on Monday.", "Palacio de Vell"),
    ],
)
def test_a_site_gone_to_whose_name_tells_its_kind_places_the_visit(
    enricher: Enricher, text: str, place: str
) -> None:
    assert place_of(events_of(enricher, text), "visit") == place


@pytest.mark.parametrize(
    ("text", "event_type", "place"),
    [
        ("President Arvo Lind and President Ola Brenn signed a treaty on fishing rights at "
         "Varn Dae yesterday, pledging to end the rivalry.", "agreement", "Varn Dae"),
        ("Later in the day Dr. Tor Sand and the Norlund Ambassador, Sir Ivo Rask, signed an "
         "agreement on student grants between the two states at the Palace of the "
         "Varnes.", "agreement", "Palace of the Varnes"),
        # The venue is more precise than the town the sentence opens with.
        ("In Kessel, President Arvo Lind and President Ola Brenn signed a treaty on fishing "
         "rights at Varn Dae yesterday.", "agreement", "Varn Dae"),
    ],
)  # fmt: skip
def test_a_venue_the_parse_hangs_on_the_topic_is_where_the_deal_is_signed(
    enricher: Enricher, text: str, event_type: str, place: str
) -> None:
    assert place_of(events_of(enricher, text), event_type) == place


def test_a_name_landed_at_that_is_no_known_town_is_the_airfield_of_the_city(
    enricher: Enricher,
) -> None:
    text = (
        "OSLO - President Arvo Lind of Norlund landed at Gardermo on Tuesday morning, where he "
        "was welcomed by Prime Minister Jonas Berg."
    )
    assert place_of(events_of(enricher, text), "visit") == "Oslo"


def test_a_meal_given_for_a_guest_is_at_the_venue_hung_on_the_guest(enricher: Enricher) -> None:
    # The parse hangs "at the Orsk Redoute" on the guest the dinner is given "for".
    text = (
        "President Arvo Lind of Norlund arrived in Velmar on Monday. The two presidents held "
        "talks the same afternoon.\n\n"
        "In the evening President Mira Sol gave a dinner for her guest at the Orsk Redoute."
    )
    assert place_of(events_of(enricher, text), "meeting") == "Orsk Redoute"


def test_a_name_told_again_and_again_only_as_where_things_happen_is_a_venue(
    enricher: Enricher,
) -> None:
    # "Ilven Court", told twice and only after "at", is a building, not a party.
    text = (
        "President Arvo Lind of Norlund arrived in Velmar on Monday and held talks at Ilven Court "
        "with Prime Minister Mira Sol the same afternoon.\n\n"
        "On Tuesday Ms Sol and her husband Jon gave a lunch for the President and Mrs Lind at "
        "Ilven Court."
    )
    places = {e.location.name for e in events_of(enricher, text) if e.type == "meeting"}
    assert places == {"Ilven Court"}


def test_a_meal_given_in_a_room_of_a_building_is_at_that_building(enricher: Enricher) -> None:
    # The parse hangs "in the domed hall" on the guest the banquet honours.
    text = (
        "President Arvo Lind of Norlund arrived in Velmar on Monday. The two presidents held "
        "talks the same afternoon.\n\n"
        "Last night President Mira Sol gave a state banquet in honour of President Lind and his "
        "wife in the domed hall of the Orsk Palace."
    )
    assert place_of(events_of(enricher, text), "meeting") == "Orsk Palace"


SCENES = (
    "Prime Minister Ane Haugen of Sweden held talks with President Arvo Lind of Norlund at the "
    "Hallan Palace on Monday.\n\nOn Monday evening Lind received Haugen at the Vessby House."
    "\n\nAt the Hallan Palace, Lind welcomed Sweden as a partner."
)
STANCE = "said Sweden firmly supports Norlund's bid for a seat on the council."


@pytest.mark.parametrize(
    ("story", "at_the_palace"),
    [
        # Told next in the paragraph, with no one moving off: the stance is voiced there.
        (f"{SCENES} Haugen, for her part, {STANCE}", True),
        # A new paragraph, a party moving on or an occasion of its own leaves the building.
        (f"{SCENES}\n\nHaugen, for her part, {STANCE}", False),
        (f"{SCENES} Haugen then drove to the harbour and {STANCE}", False),
        (f"{SCENES} At a news conference, Haugen {STANCE}", False),
    ],
)
def test_a_stance_told_after_a_building_its_party_was_at_is_voiced_there(
    enricher: Enricher, story: str, at_the_palace: bool
) -> None:
    (stance,) = statements_of(enricher, story)
    placed = stance.location.name if stance.location is not None else None
    assert (placed == "Hallan Palace") is at_the_palace


@pytest.mark.parametrize(
    "text",
    [
        "President Arvo Lind of Norlund arrived in Oslo on Friday. On Saturday Lind went to the "
        "Orla Palace in Bergen, where he held talks with King Jon Berg.",
        "President Arvo Lind of Norlund arrived in Oslo on Friday. From the airport the motorcade "
        "drove to Orla Palace, the prime minister's residence, where Lind held talks with Prime "
        "Minister Jon Berg.",
    ],
)
def test_talks_where_a_building_is_told_before_the_where_are_at_the_building(
    enricher: Enricher, text: str
) -> None:
    assert place_of(events_of(enricher, text), "meeting") == "Orla Palace"


def test_a_deal_of_ministers_on_a_day_of_a_state_visit_is_in_the_city_visited(
    enricher: Enricher,
) -> None:
    text = (
        "Norlund's President Arvo Lind arrived in Lima on Monday for a state visit to Peru. On "
        "Tuesday Norlund's Foreign Minister Kofi Dede and Peru's Foreign Minister Ana Ruiz "
        "signed an agreement on fisheries."
    )
    assert place_of(events_of(enricher, text), "agreement") == "Lima"


def test_a_building_named_after_its_owner_is_the_talks_place(enricher: Enricher) -> None:
    # The model reads the saint alone and leaves "'s Cathedral" apart.
    events = events_of(
        enricher,
        "President Ane Haugen held talks with Prime Minister Jon Lund at St Orvald's Cathedral "
        "on Tuesday.",
    )
    assert place_of(events, "meeting") == "St Orvald's Cathedral"


@pytest.mark.parametrize(
    "companion",
    [
        "Foreign Minister Jon Lund travelled with her.",
        "Foreign Minister Jon Lund and his wife, Ana Lund, will travel with the President.",
    ],
)
def test_a_trip_made_with_another_goes_where_their_trip_has_got_to(
    enricher: Enricher, companion: str
) -> None:
    # The companion's trip names no place of its own; it is the stop the leader has reached.
    text = "President Ane Haugen arrived in Vellby on Monday for a three-day state visit.\n\n"
    events = [e for e in events_of(enricher, text + companion) if e.actor.id == "jon-lund"]
    assert place_of(events, "visit") == "Vellby"


@pytest.mark.parametrize(
    "text",
    [
        "BRENN - In the morning President Arvo Lind and Prime Minister Ane Haugen had a quiet "
        "talk of about twenty minutes at the Orla Palace.",
        "BRENN - President Arvo Lind and Prime Minister Ane Haugen held talks lasting two hours "
        "at the Orla Palace.",
    ],
)
def test_a_venue_hung_on_a_noun_of_the_talks_clause_is_their_place(
    enricher: Enricher, text: str
) -> None:
    # The parse hangs "at the Orla Palace" on "minutes" or "lasting", not on "held".
    assert place_of(events_of(enricher, text), "meeting") == "Orla Palace"


def test_a_venue_of_talks_told_after_is_not_the_place_of_the_deal(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Arvo Lind and Prime Minister Ane Haugen signed a treaty on Tuesday, a day "
        "after Lind hosted Haugen for a dinner at the Orla Palace.",
    )
    assert place_of(events, "agreement") is None


@pytest.mark.parametrize(
    ("sentence", "venue"),
    [
        (
            "On Monday President Jon Lund hosted Prime Minister Ane Haugen at the Casa del "
            "Torvo Brenn in Oslo for an hour of talks.",
            "Casa del Torvo Brenn",
        ),
        (
            "President Jon Lund then welcomed Prime Minister Ane Haugen at his new official "
            "palace, the sprawling Velmarhof beside the river, for talks on fishing.",
            "Velmarhof",
        ),
    ],
)
def test_a_building_told_by_its_full_name_is_the_place_of_talks_there(
    enricher: Enricher, sentence: str, venue: str
) -> None:
    # A name opened by a building word, or set beside "the palace", names the building the
    # talks are held in, not the town its "in" names nor the town of the trip.
    assert place_of(events_of(enricher, sentence), "meeting") == venue


def test_a_building_named_on_the_talks_is_more_precise_than_the_town_gone_to(
    enricher: Enricher,
) -> None:
    text = (
        "Chancellor Ana Berg drove to Bergen on Monday for talks with Governor Tomas Vik at "
        "Alder House."
    )
    assert place_of(events_of(enricher, text), "meeting") == "Alder House"


def test_a_town_the_party_lands_in_before_going_on_is_not_the_place_of_talks(
    enricher: Enricher,
) -> None:
    # "Before landing in Y" tells the next leg; the talks are where the stop is made.
    text = (
        "On its way home the royal jet will stop in Bergen on Monday, where Queen Ane Haugen "
        "is to meet Governor Jon Lund, before landing in Tromsø on Tuesday."
    )
    assert place_of(events_of(enricher, text), "meeting") == "Bergen"
