"""Events told in passing, on invented sentences: earlier trips and talks recalled beside the
story's own, each on its own date and status, and kept apart from the story's trip."""

from __future__ import annotations

import pytest

from stream.contracts import Event
from stream.nlp.enrich import Enricher
from stream.nlp.entities.canonical import canonical_entities
from stream.nlp.events.extraction import extract_mentions
from tests.unit.stories import PUBLISHED, events_of, told, visits

Dated = tuple[str, tuple[str, ...], str | None, str | None, str]


def dated(events: list[Event], event_type: str) -> set[Dated]:
    """Each event of the type as actor, counterparts, place, date and status."""
    return {
        (
            e.actor.id,
            tuple(sorted(c.id for c in e.counterparts)),
            e.location.id if e.location else None,
            e.date.value if e.date else None,
            e.status.value,
        )
        for e in events
        if e.type == event_type
    }


def test_talks_a_past_trip_was_made_for_are_on_its_day(enricher: Enricher) -> None:
    text = "Lorvian President Arno Vell flew to Accra on Monday to meet Prime Minister Kofi Mensah."
    assert dated(events_of(enricher, text), "meeting") == {
        ("arno-vell", ("kofi-mensah",), "accra", "2025-03-24", "occurred")
    }


def test_talks_a_planned_trip_is_made_for_stay_planned(enricher: Enricher) -> None:
    text = "Lorvian President Arno Vell will fly to Accra on Monday to meet Premier Kofi Mensah."
    assert dated(events_of(enricher, text), "meeting") == {
        ("arno-vell", ("kofi-mensah",), "accra", "2025-03-31", "planned")
    }


def test_travellers_who_went_somewhere_to_meet_met_each_other(enricher: Enricher) -> None:
    text = (
        "Norwegian Prime Minister Ane Haugen arrived in Accra on Monday.\n\n"
        "The city has seen nothing like it since October 1986, when Lorvian President Arno Vell "
        "and Osterlich leader Karl Brenn travelled to Accra to meet at the Castle."
    )
    meetings = dated(events_of(enricher, text), "meeting")
    assert meetings == {("arno-vell", ("karl-brenn",), "castle", "1986-10", "occurred")}


def test_a_past_trip_told_by_its_copula_has_the_copulas_date(enricher: Enricher) -> None:
    text = (
        "Lorvian President Arno Vell arrived in Accra on Monday.\n\n"
        "His previous state visit to Ghana was in November 2016, when he met Prime Minister "
        "Kofi Mensah."
    )
    assert dated(events_of(enricher, text), "visit") == {
        ("arno-vell", (), "accra", "2025-03-24", "occurred"),
        ("arno-vell", (), "ghana", "2016-11", "occurred"),
    }


def test_an_owned_first_visit_since_a_time_when_its_owner_acted_tells_that_trip(
    enricher: Enricher,
) -> None:
    text = (
        "Lorvian President Arno Vell arrived in Oslo on Monday.\n\n"
        "It was his first visit to Norway since May 2009, when he held talks with Premier Ole "
        "Lund in Bergen."
    )
    assert dated(events_of(enricher, text), "visit") == {
        ("arno-vell", (), "oslo", "2025-03-24", "occurred"),
        ("arno-vell", (), "bergen", "2009-05", "occurred"),
    }


def test_an_owned_first_visit_since_a_time_others_filled_tells_no_trip(
    enricher: Enricher,
) -> None:
    text = (
        "Lorvian President Arno Vell arrived in Oslo on Monday.\n\n"
        "It was his first visit to Norway since May 2009, when the two countries broke off "
        "talks on fishing."
    )
    assert dated(events_of(enricher, text), "visit") == {
        ("arno-vell", (), "oslo", "2025-03-24", "occurred")
    }


def test_a_record_restated_by_a_copula_names_who_came_in_the_when_clause_on_it(
    enricher: Enricher,
) -> None:
    text = (
        "Lorvian President Arno Vell arrived in Oslo on Monday.\n\n"
        "The visit was the first by a Lorvian president since May 2009, when Karl Brenn held "
        "talks with Premier Ole Lund in Bergen."
    )
    assert dated(events_of(enricher, text), "visit") == {
        ("arno-vell", (), "oslo", "2025-03-24", "occurred"),
        ("karl-brenn", (), "bergen", "2009-05", "occurred"),
    }


def test_a_pronoun_beside_a_party_in_a_when_clause_is_the_traveller_not_another(
    enricher: Enricher,
) -> None:
    text = (
        "Lorvian President Arno Vell arrived in Oslo on Monday.\n\n"
        "Tonight King Harald will host a banquet in honour of the president at the palace.\n\n"
        "Vell last visited Norway in November 2017, when he and Premier Ole Lund fed swans at "
        "Bergen Castle and held talks on fishing."
    )
    earlier = [
        (actor, parties)
        for actor, parties, _, date, _ in dated(events_of(enricher, text), "meeting")
        if date == "2017-11"
    ]
    assert earlier == [("arno-vell", ("ole-lund",))]


def test_a_where_clause_opened_before_its_time_tells_the_stop_left(enricher: Enricher) -> None:
    text = (
        "Lorvian President Arno Vell flew into Oslo on Thursday night.\n\n"
        "He came from Bergen, where earlier in the week he attended the fisheries summit hosted "
        "by Premier Ole Lund."
    )
    events = events_of(enricher, text)
    assert ("arno-vell", (), "bergen") in told(events, "visit")
    assert told(events, "meeting") == {("ole-lund", ("arno-vell",), "bergen")}


def test_an_upcoming_trip_spoken_of_keeps_no_date_of_the_speech(enricher: Enricher) -> None:
    text = "On Monday Lorvian President Arno Vell spoke about his upcoming visit to Ghana."
    assert dated(events_of(enricher, text), "visit") == {
        ("arno-vell", (), "ghana", None, "planned")
    }


def test_a_pair_recalled_meeting_is_the_storys_pair(enricher: Enricher) -> None:
    text = (
        "Lorvian President Arno Vell and Prime Minister Kofi Mensah held talks in Accra on "
        "Friday.\n\nIn the afternoon Vell met briefly with opposition leader Ama Owusu.\n\n"
        "The two leaders last met in Lome in January, at a regional summit."
    )
    recalled = {m for m in dated(events_of(enricher, text), "meeting") if m[2] == "lome"}
    assert recalled == {("arno-vell", ("kofi-mensah",), "lome", "2025-01", "occurred")}


def test_a_pair_recalled_with_a_date_is_not_their_undated_talks(enricher: Enricher) -> None:
    text = (
        "Lorvian President Arno Vell held talks with Prime Minister Kofi Mensah at Osu "
        "Castle.\n\nThe talks covered trade and fishing rights.\n\n"
        "Vell and Mensah first met in October 2023 at a border ceremony."
    )
    meetings = dated(events_of(enricher, text), "meeting")
    assert ("arno-vell", ("kofi-mensah",), None, "2023-10", "occurred") in {
        (actor, parties, None, date, status) for actor, parties, _, date, status in meetings
    }
    assert len(meetings) == 2


def test_talks_ahead_are_not_the_pairs_talks_held(enricher: Enricher) -> None:
    text = (
        "Lorvian President Arno Vell held a short meeting with Prime Minister Kofi Mensah at a "
        "banquet on Monday.\n\nVell may go to Kumasi for talks with Mensah in the months ahead."
    )
    statuses = {status for *_, status in dated(events_of(enricher, text), "meeting")}
    assert statuses == {"occurred", "speculated"}


def test_a_pair_recalled_is_not_whom_the_guest_met_on_his_arrival_day(
    enricher: Enricher,
) -> None:
    text = (
        "Lorvian President Arno Vell and Prime Minister Kofi Mensah held talks in Kumasi on "
        "Friday.\n\nVell landed in Kumasi on Thursday evening and was greeted by Governor Ama "
        "Owusu, before calling on her at her lodge.\n\nLater that evening Vell met briefly with "
        "opposition leader Kwame Badu.\n\n"
        "The two leaders last met in Lome in January, at a regional summit."
    )
    recalled = {m for m in dated(events_of(enricher, text), "meeting") if m[2] == "lome"}
    assert recalled == {("arno-vell", ("kofi-mensah",), "lome", "2025-01", "occurred")}


def test_a_pair_meeting_now_is_the_pair_told_last(enricher: Enricher) -> None:
    text = (
        "Lorvian President Arno Vell and Prime Minister Kofi Mensah held talks in Accra on "
        "Friday.\n\nOn Saturday Vell met opposition leader Ama Owusu.\n\n"
        "The two leaders met in Kumasi on Sunday."
    )
    sunday = {m for m in dated(events_of(enricher, text), "meeting") if m[2] == "kumasi"}
    assert sunday == {("arno-vell", ("ama-owusu",), "kumasi", "2025-03-23", "occurred")}


def test_a_trip_made_to_a_place_the_parser_hangs_on_the_verb_goes_there(
    enricher: Enricher,
) -> None:
    text = (
        "Lorvian President Arno Vell arrived in Accra on Monday.\n\n"
        "Vell made his first trip abroad as president to Lome on June 10, and saw Prime "
        "Minister Ola Berg while there."
    )
    visits = dated(events_of(enricher, text), "visit")
    assert ("arno-vell", (), "lome", "2024-06-10", "occurred") in visits


def test_a_past_visit_naming_no_place_is_to_the_country_of_the_scene(enricher: Enricher) -> None:
    text = (
        "Lorvian President Arno Vell arrived in Accra on Monday for a state visit.\n\n"
        "The last Lorvian head of state to visit was Jan Olt, in June 2003."
    )
    assert dated(events_of(enricher, text), "visit") == {
        ("arno-vell", (), "accra", "2025-03-24", "occurred"),
        ("jan-olt", (), "ghana", "2003-06", "occurred"),
    }


def test_the_last_holder_of_a_titled_office_to_visit_made_the_trip(enricher: Enricher) -> None:
    # The parser may make "Minister" the infinitive's subject and the infinitive the copula's.
    text = (
        "Lorvian Foreign Minister Arno Vell arrived in Accra on Monday.\n\n"
        "The last Minister of Justice to visit Togo was Karl Brenn, in 1964."
    )
    visits = dated(events_of(enricher, text), "visit")
    assert ("karl-brenn", (), "togo", "1964", "occurred") in visits


def test_the_countries_a_traveller_will_visit_are_no_visit_to_the_scene(
    enricher: Enricher,
) -> None:
    text = (
        "Lorvian President Arno Vell arrived in Accra on Monday for a state visit.\n\n"
        "He will leave Accra on March 30 for Lome, the first of three countries he will visit "
        "through April 4, and the visiting president will then return home."
    )
    visits = dated(events_of(enricher, text), "visit")
    assert {place for _, _, place, _, _ in visits} == {"accra", "lome"}


def test_a_gathering_attended_when_talks_were_held_somewhere_is_a_visit_there(
    enricher: Enricher,
) -> None:
    text = (
        "Lorvian President Arno Vell arrived in Accra on Monday for talks with President Kofi "
        "Mensah.\n\nVell last met Mensah in Lome in October, when he attended a regional forum "
        "as the only Lorvian leader present."
    )
    visits = dated(events_of(enricher, text), "visit")
    assert ("arno-vell", (), "lome", "2024-10", "occurred") in visits


def test_a_past_visit_naming_no_place_is_to_where_the_first_trip_went(enricher: Enricher) -> None:
    text = (
        "Norwegian Speaker Ane Haugen arrived in Lome late on Tuesday.\n\n"
        "On Wednesday she travelled on to Accra.\n\nHer predecessor Jon Dahl visited in 1997."
    )
    visits = dated(events_of(enricher, text), "visit")
    assert ("jon-dahl", (), "togo", "1997", "occurred") in visits


def test_a_trip_made_again_on_a_later_date_is_a_visit_of_its_own(enricher: Enricher) -> None:
    text = (
        "Lorvian President Arno Vell arrived in Accra on Monday.\n\n"
        "The last Lorvian leader to visit Ghana was Jan Olt, who came to Kumasi in June 1971 and "
        "again in July 1976."
    )
    visits = dated(events_of(enricher, text), "visit")
    assert ("jan-olt", (), "kumasi", "1971-06", "occurred") in visits
    assert ("jan-olt", (), "kumasi", "1976-07", "occurred") in visits


def test_a_trip_planned_once_more_is_a_further_planned_visit(enricher: Enricher) -> None:
    text = "Lorvian President Arno Vell will travel to Accra on Monday and once more on April 20."
    assert dated(events_of(enricher, text), "visit") == {
        ("arno-vell", (), "accra", "2025-03-31", "planned"),
        ("arno-vell", (), "accra", "2025-04-20", "planned"),
    }


def test_trips_told_again_lend_no_date_to_a_verb_joined_after(enricher: Enricher) -> None:
    text = (
        "Lorvian President Arno Vell arrived in Accra on Monday.\n\n"
        "Karl Brenn came to Lome in 1971 and again in 1976, and Ane Haugen visited Lome in April "
        "1983."
    )
    visits = dated(events_of(enricher, text), "visit")
    assert {date for actor, _, _, date, _ in visits if actor == "karl-brenn"} == {"1971", "1976"}
    assert {date for actor, _, _, date, _ in visits if actor == "ane-haugen"} == {"1983-04"}


def test_a_past_coming_naming_no_place_is_to_the_country_of_the_scene(
    enricher: Enricher,
) -> None:
    text = (
        "Lorvian President Arno Vell arrived in Accra on Monday for a state visit.\n\n"
        "Karl Brenn came in 1971 and again in 1976, and Ane Haugen visited in April 1983."
    )
    assert dated(events_of(enricher, text), "visit") == {
        ("arno-vell", (), "accra", "2025-03-24", "occurred"),
        ("karl-brenn", (), "ghana", "1971", "occurred"),
        ("karl-brenn", (), "ghana", "1976", "occurred"),
        ("ane-haugen", (), "ghana", "1983-04", "occurred"),
    }


def test_coming_to_power_or_under_fire_is_no_trip(enricher: Enricher) -> None:
    text = (
        "Lorvian President Arno Vell arrived in Accra on Monday for a state visit.\n\n"
        "Karl Brenn came to power in 1971.\n\nBrenn came under fire in May."
    )
    assert {e.actor.id for e in events_of(enricher, text) if e.type == "visit"} == {"arno-vell"}


def test_coming_ashore_to_a_salute_is_a_landing(enricher: Enricher) -> None:
    text = (
        "King Olav Brenn came ashore at Oslo on Saturday to a royal salute from the harbour guns."
    )
    assert ("olav-brenn", (), "oslo", "2025-03-22", "occurred") in dated(
        events_of(enricher, text), "visit"
    )


def test_a_place_come_to_beside_a_span_of_time_is_a_trip(enricher: Enricher) -> None:
    text = (
        "ADELAIDE - Queen Ana Lind of Norden landed at Adelaide Airport yesterday afternoon and "
        "was greeted by Premier Tomas Orlo. The Queen first came to Adelaide in May 1962, three "
        "years into her reign."
    )
    assert ("ana-lind", (), "adelaide", "1962-05", "occurred") in dated(
        events_of(enricher, text), "visit"
    )


@pytest.mark.parametrize(
    ("arrival", "retelling", "place"),
    [
        # A site the gazetteer cannot place may well be in the country the copula names.
        ("landed at Brenn Field airport", "It is his first visit to Peru.", "brenn-field"),
        ("arrived in Lima", "It is the second papal visit to Lornia.", "lima"),
        ("arrived in Lima", "This was his third trip to Lornia since taking office.", "lima"),
    ],
)
def test_a_trip_a_copula_names_is_the_trip_the_story_tells(
    enricher: Enricher, arrival: str, retelling: str, place: str
) -> None:
    text = f"Lorvian President Arno Vell {arrival} on Monday.\n\n{retelling}"
    assert dated(events_of(enricher, text), "visit") == {
        ("arno-vell", (), place, "2025-03-24", "occurred")
    }


def test_a_trip_ahead_a_copula_names_is_the_planned_trip(enricher: Enricher) -> None:
    text = (
        "Lorvian President Arno Vell will land at Brenn Field airport on Monday.\n\n"
        "It will be his first visit to Peru."
    )
    assert dated(events_of(enricher, text), "visit") == {
        ("arno-vell", (), "brenn-field", "2025-03-31", "planned")
    }


def test_a_copula_naming_a_trip_to_another_country_tells_that_trip(enricher: Enricher) -> None:
    text = (
        "Lorvian President Arno Vell arrived in Lima on Monday.\n\nIt is his first visit to Kenya."
    )
    places = {visit[2] for visit in dated(events_of(enricher, text), "visit")}
    assert places == {"lima", "kenya"}


@pytest.mark.parametrize(
    "record",
    [
        "It is his first trip to Peru since 2019, when he attended a conference in Cusco.",
        "It is the Lorvian president's first visit to Peru since 2019, when he came to Cusco.",
    ],
)
def test_a_when_clause_after_since_tells_the_trip_of_that_year(
    enricher: Enricher, record: str
) -> None:
    text = f"Lorvian President Arno Vell arrived in Lima on Monday.\n\n{record}"
    assert dated(events_of(enricher, text), "visit") == {
        ("arno-vell", (), "lima", "2025-03-24", "occurred"),
        ("arno-vell", (), "cusco", "2019", "occurred"),
    }


@pytest.mark.parametrize(
    ("told", "event_type"),
    [
        ("Vell met Prime Minister Rosa Quispe", "meeting"),
        ("Vell pledged his country's support for Peru", "statement"),
    ],
)
def test_a_trip_of_years_before_moves_no_one_on_from_the_story_s_trip(
    enricher: Enricher, told: str, event_type: str
) -> None:
    text = (
        "Lorvian President Arno Vell arrived in Lima on Monday.\n\n"
        "It is his first trip to Peru since 2019, when he attended a conference in Cusco.\n\n"
        f"On Tuesday, {told}."
    )
    places = {place for _, _, place, _, _ in dated(events_of(enricher, text), event_type)}
    assert places == {"lima"}


@pytest.mark.parametrize(
    "record",
    [
        "It is the first state visit by a Lorvian head of state since that of President Jan Olt in "
        "June 2003.",
        "The visit was the first by a Lorvian leader to Ghana since President Jan Olt's trip in "
        "June 2003.",
        "Vell is the second Lorvian president to visit Ghana, after Jan Olt in June 2003.",
    ],
)
def test_the_trip_a_record_is_measured_against_is_the_earlier_travellers(
    enricher: Enricher, record: str
) -> None:
    text = f"Lorvian President Arno Vell arrived in Accra on Monday for a state visit.\n\n{record}"
    assert dated(events_of(enricher, text), "visit") == {
        ("arno-vell", (), "accra", "2025-03-24", "occurred"),
        ("jan-olt", (), "ghana", "2003-06", "occurred"),
    }


@pytest.mark.parametrize(
    "record",
    [
        "Ms Sand is the fourth Norwegian Prime Minister to visit Chile, after Ola Berg in "
        "April 1994, Erik Dahl in March 2004 and Jens Holm in October 2012.",
        "Sand is the fourth Norwegian prime minister to visit Chile since the two countries "
        "restored ties in 1990, after Ola Berg in April 1994, Erik Dahl in March 2004 and "
        "Jens Holm in October 2012.",
    ],
)
def test_each_earlier_traveller_a_record_lists_made_a_trip_on_their_date(
    enricher: Enricher, record: str
) -> None:
    text = f"Norwegian Prime Minister Ida Sand landed in Santiago on Monday.\n\n{record}"
    assert dated(events_of(enricher, text), "visit") == {
        ("ida-sand", (), "santiago", "2025-03-24", "occurred"),
        ("ola-berg", (), "chile", "1994-04", "occurred"),
        ("erik-dahl", (), "chile", "2004-03", "occurred"),
        ("jens-holm", (), "chile", "2012-10", "occurred"),
    }


def test_an_earlier_trip_told_as_that_of_someone_keeps_its_clauses_place_and_date(
    enricher: Enricher,
) -> None:
    text = (
        "Lorvian President Arno Vell arrived in Accra on Monday for a state visit.\n\n"
        "The last visit of a Lorvian head of state to Ghana was that of Jan Olt, who was "
        "received by President Kofi Mensah in Kumasi in July 2015."
    )
    visits = dated(events_of(enricher, text), "visit")
    assert ("jan-olt", (), "kumasi", "2015-07", "occurred") in visits


@pytest.mark.parametrize(
    "record",
    [
        "It is the first state visit to Ghana by a Lorvian leader since 1998.",
        "It is the first visit to Ghana by a Lorvian leader since Jan Olt took office in 2010.",
        "The trip is his first since his election in 2019.",
        "It is the first visit since that of the trade delegation in 2003.",
    ],
)
def test_a_record_naming_no_earlier_traveller_tells_no_earlier_trip(
    enricher: Enricher, record: str
) -> None:
    text = f"Lorvian President Arno Vell arrived in Accra on Monday for a state visit.\n\n{record}"
    assert {e.actor.id for e in events_of(enricher, text) if e.type == "visit"} == {"arno-vell"}


@pytest.mark.parametrize(
    "sentence",
    [
        "landed in Kestrel on Monday, hours before the start of the first state visit to the "
        "Republic of Orsk by a Lorvian leader.",
        "flew to Kestrel on Monday, at the start of his first state visit to the Republic of Orsk.",
    ],
)
def test_a_trip_noun_naming_the_country_of_a_told_stay_is_that_stay(
    enricher: Enricher, sentence: str
) -> None:
    # The gazetteer cannot tell that Kestrel is in Orsk; the sentence tells one trip.
    text = f"Lorvian President Arno Vell {sentence}"
    assert dated(events_of(enricher, text), "visit") == {
        ("arno-vell", (), "kestrel", "2025-03-24", "occurred")
    }


def test_places_one_trip_noun_lists_are_trips_of_their_own(enricher: Enricher) -> None:
    text = (
        "On Monday, Lorvian President Arno Vell paid short visits to Kestrel and the Republic "
        "of Orsk."
    )
    places = {visit[2] for visit in dated(events_of(enricher, text), "visit")}
    assert places == {"kestrel", "republic-of-orsk"}


def test_not_since_a_time_a_when_clause_tells_is_the_last_trip_then(enricher: Enricher) -> None:
    text = (
        "Lorvian President Arno Vell arrived in Accra on Monday.\n\n"
        "Vell had not visited Kumasi since February, when he met Togolese President Eyadema "
        "Faure."
    )
    events = events_of(enricher, text)
    assert ("arno-vell", (), "kumasi", "2025-02", "occurred") in dated(events, "visit")
    assert dated(events, "meeting") == {
        ("arno-vell", ("eyadema-faure",), "kumasi", "2025-02", "occurred")
    }


def test_not_met_since_a_trip_is_a_meeting_on_that_trip(enricher: Enricher) -> None:
    text = (
        "Lorvian President Arno Vell and Prime Minister Kofi Mensah held talks in Accra on "
        "Monday.\n\nThey had not met since a visit by the Lorvian president to Kumasi in "
        "November 2018, when they signed a fisheries pact."
    )
    recalled = {m for m in dated(events_of(enricher, text), "meeting") if m[3] == "2018-11"}
    assert recalled == {("arno-vell", ("kofi-mensah",), "kumasi", "2018-11", "occurred")}


@pytest.mark.parametrize(
    "denial",
    [
        "Vell has not visited Kumasi since 2019.",
        "Vell has never visited Kumasi.",
        "Vell has not visited Kumasi since taking office, when he promised to.",
    ],
)
def test_not_since_with_no_time_told_is_no_trip(enricher: Enricher, denial: str) -> None:
    text = f"Lorvian President Arno Vell arrived in Accra on Monday.\n\n{denial}"
    places = {visit[2] for visit in dated(events_of(enricher, text), "visit")}
    assert places == {"accra"}


def test_a_past_when_clause_times_the_inviting_not_the_trip(enricher: Enricher) -> None:
    text = (
        "Lorvian President Arno Vell invited Kofi Mensah to visit Kumasi when the two leaders "
        "held talks in Accra in January, and Mensah accepted."
    )
    assert dated(events_of(enricher, text), "visit") == {
        ("kofi-mensah", (), "kumasi", None, "planned")
    }


def test_the_one_a_when_clause_names_after_since_made_the_earlier_trip(
    enricher: Enricher,
) -> None:
    text = (
        "Lorvian President Arno Vell arrived in Accra on Monday.\n\n"
        "It was the first visit of a Lorvian president to Ghana since July 2018, when Jan Olt "
        "opened a clinic in Kumasi."
    )
    visits = dated(events_of(enricher, text), "visit")
    assert {v[0]: v[3:] for v in visits} == {
        "arno-vell": ("2025-03-24", "occurred"),
        "jan-olt": ("2018-07", "occurred"),
    }


def test_the_one_welcomed_in_a_when_clause_after_since_made_the_earlier_trip(
    enricher: Enricher,
) -> None:
    text = (
        "Brennish President Tala Odum arrived in Lima on Tuesday.\n\n"
        "It was the first visit of a Brennish leader to Peru since August 2011, when Piet Roos "
        "was welcomed by President Ana Vera in Cusco."
    )
    visits = dated(events_of(enricher, text), "visit")
    assert ("piet-roos", "2011-08", "occurred") in {(v[0], v[3], v[4]) for v in visits}


def test_a_trip_said_by_its_copula_to_be_the_first_since_a_time_tells_the_earlier_trip(
    enricher: Enricher,
) -> None:
    text = (
        "Brennish President Tala Odum arrived in Lima on Tuesday.\n\n"
        "The trip is the first by a Brennish head of state since May 2009, when Piet Roos "
        "opened a new port in Callao."
    )
    visits = dated(events_of(enricher, text), "visit")
    assert ("piet-roos", "2009-05", "occurred") in {(v[0], v[3], v[4]) for v in visits}


def test_a_when_clause_after_since_naming_no_one_tells_no_earlier_trip(
    enricher: Enricher,
) -> None:
    text = (
        "Lorvian President Arno Vell arrived in Accra on Monday.\n\n"
        "It was the first visit of a Lorvian president to Ghana since July 2018, when the "
        "border treaty was signed."
    )
    assert {v[0] for v in dated(events_of(enricher, text), "visit")} == {"arno-vell"}


@pytest.mark.parametrize(
    "done_then",
    [
        "Jon Berg addressed the National Assembly in June 2016",
        "Jon Berg attended a trade fair there in June 2016",
    ],
)
def test_what_the_one_named_after_a_records_since_did_then_was_a_trip_there(
    enricher: Enricher, done_then: str
) -> None:
    text = (
        "Lorvian President Arno Vell arrived in Accra on Monday.\n\n"
        f"He is the first Lorvian president to come to Accra since {done_then}."
    )
    berg = {v[2:] for v in dated(events_of(enricher, text), "visit") if v[0] == "jon-berg"}
    assert berg == {("accra", "2016-06", "occurred")}


@pytest.mark.parametrize("town", ["Vadum", "Kumasi"])
def test_the_last_holder_of_a_record_travelling_somewhere_made_that_trip_only(
    enricher: Enricher, town: str
) -> None:
    text = (
        "Lorvian President Arno Vell arrived in Accra on Monday.\n\n"
        f"The last Lorvian president to visit Ghana, Jon Berg, flew to {town} for a trade fair "
        "in June 2016."
    )
    berg = {v[2:] for v in dated(events_of(enricher, text), "visit") if v[0] == "jon-berg"}
    assert berg == {(town.lower(), "2016-06", "occurred")}


def test_a_trip_told_after_a_records_since_goes_only_where_it_names(
    enricher: Enricher,
) -> None:
    # The gazetteer cannot tell that Vadum is in Ghana: the trip told is one, to Vadum.
    text = (
        "Lorvian President Arno Vell arrived in Accra on Monday.\n\n"
        "He is the first Lorvian president to visit Ghana since Jon Berg came to Vadum in "
        "June 2016."
    )
    berg = {v[2:] for v in dated(events_of(enricher, text), "visit") if v[0] == "jon-berg"}
    assert berg == {("vadum", "2016-06", "occurred")}


@pytest.mark.parametrize(
    ("told_of_holder", "month"),
    [
        ("who addressed its parliament in June 2016", "2016-06"),
        ("who was received by President Kofi Mensah in Kumasi in July 2015", "2015-07"),
    ],
)
def test_a_record_holders_trip_is_dated_by_what_is_told_of_the_holder(
    enricher: Enricher, told_of_holder: str, month: str
) -> None:
    text = (
        "Lorvian President Arno Vell arrived in Accra on Monday.\n\n"
        f"The last Lorvian president to visit Ghana was Jan Olt, {told_of_holder}."
    )
    olt = {v[3:] for v in dated(events_of(enricher, text), "visit") if v[0] == "jan-olt"}
    assert olt == {(month, "occurred")}


def test_a_previous_visit_naming_no_place_went_where_the_storys_trip_went(
    enricher: Enricher,
) -> None:
    text = (
        "Lorvian President Arno Vell arrived in Accra on Monday for talks with Prime Minister "
        "Kofi Mensah.\n\nVell said he was glad to be back, two years after his previous visit "
        "in March 2013."
    )
    visits = dated(events_of(enricher, text), "visit")
    assert ("arno-vell", (), "ghana", "2013-03", "occurred") in visits


def test_the_trip_an_ordinal_counts_in_is_of_the_one_whose_trips_it_counts(
    enricher: Enricher,
) -> None:
    text = (
        "Lorvian President Arno Vell arrived in Accra on Monday for talks with Prime Minister "
        "Kofi Mensah.\n\nOsterlich leader Karl Brenn also arrived on Monday.\n\n"
        "The trip is Vell's second to the country, after a state visit in January 2016."
    )
    visits = dated(events_of(enricher, text), "visit")
    assert ("arno-vell", (), "ghana", "2016-01", "occurred") in visits
    assert not any(visit[3] == "2016-01" for visit in visits if visit[0] != "arno-vell")


def test_a_previous_visit_that_took_place_then_is_dated_by_it(enricher: Enricher) -> None:
    text = (
        "Lorvian President Arno Vell arrived in Accra on Monday for talks with Prime Minister "
        "Kofi Mensah.\n\nVell's earlier visit took place in June 2019."
    )
    visits = dated(events_of(enricher, text), "visit")
    assert ("arno-vell", (), "ghana", "2019-06", "occurred") in visits


def test_a_time_set_off_after_a_previous_visit_is_its_own(enricher: Enricher) -> None:
    text = (
        "Lorvian President Arno Vell arrived in Accra on Monday for talks with Prime Minister "
        "Kofi Mensah.\n\nVell's previous visit, in December 2017, was overshadowed by a row "
        "over fishing rights."
    )
    visits = dated(events_of(enricher, text), "visit")
    assert ("arno-vell", (), "ghana", "2017-12", "occurred") in visits


def test_a_copula_the_parse_hangs_on_a_previous_trip_dates_it(enricher: Enricher) -> None:
    text = (
        "Lorvian President Arno Vell arrived in Accra on Monday for talks with Prime Minister "
        "Kofi Mensah.\n\nVell's previous visits to Ghana as president were in 2004 and 2009."
    )
    visits = dated(events_of(enricher, text), "visit")
    assert ("arno-vell", (), "ghana", "2004", "occurred") in visits


def test_a_plural_trip_word_with_coordinated_dates_is_one_visit_per_date(
    enricher: Enricher,
) -> None:
    text = (
        "Lorvian President Arno Vell arrived in Oslo on Monday.\n\n"
        "Vell's previous visits to Ghana as president were in 2004 and 2009."
    )
    visits = dated(events_of(enricher, text), "visit")
    assert ("arno-vell", (), "ghana", "2004", "occurred") in visits
    assert ("arno-vell", (), "ghana", "2009", "occurred") in visits


def test_trips_listed_each_with_a_place_and_date_are_visits_of_their_own(
    enricher: Enricher,
) -> None:
    text = (
        "Lorvian President Arno Vell arrived in Oslo on Monday.\n\n"
        "He had made two trips to Ghana this year, to Accra in January and to the port city of "
        "Takoradi in February."
    )
    visits = dated(events_of(enricher, text), "visit")
    assert ("arno-vell", (), "accra", "2025-01", "occurred") in visits
    assert ("arno-vell", (), "takoradi", "2025-02", "occurred") in visits


def test_a_trip_made_again_to_another_place_keeps_the_first_place_its_date(
    enricher: Enricher,
) -> None:
    text = (
        "Lorvian President Arno Vell arrived in Oslo on Monday.\n\n"
        "Vell visited Accra in February last year, and again in Kumasi in July, where he met "
        "Jan Olt."
    )
    visits = dated(events_of(enricher, text), "visit")
    assert ("arno-vell", (), "accra", "2024-02", "occurred") in visits
    assert ("arno-vell", (), "kumasi", "2024-07", "occurred") in visits


def test_a_place_chosen_for_a_first_trip_is_where_that_trip_went(enricher: Enricher) -> None:
    text = (
        "Lorvian President Arno Vell arrived in Oslo on Monday.\n\n"
        "It is Vell's third visit to Norway. He chose Norway for his first foreign visit in June "
        "2014, weeks after taking office, and visited again in August 2019."
    )
    visits = dated(events_of(enricher, text), "visit")
    assert ("arno-vell", (), "norway", "2014-06", "occurred") in visits
    assert ("arno-vell", (), "norway", "2019-08", "occurred") in visits


def test_a_trip_counted_twice_with_coordinated_dates_is_one_visit_per_date(
    enricher: Enricher,
) -> None:
    text = (
        "Lorvian President Arno Vell arrived in Oslo on Monday.\n\n"
        "Vell has visited Ghana twice, in 2004 and 2009."
    )
    visits = dated(events_of(enricher, text), "visit")
    assert ("arno-vell", (), "ghana", "2004", "occurred") in visits
    assert ("arno-vell", (), "ghana", "2009", "occurred") in visits


def test_a_purpose_told_beside_a_listed_trip_is_no_leg_of_its_own(enricher: Enricher) -> None:
    text = (
        "Lorvian President Arno Vell arrived in Oslo on Monday.\n\n"
        "He had made two trips to Ghana, to Accra to meet Jan Olt in January and to Kumasi in "
        "February."
    )
    visits = dated(events_of(enricher, text), "visit")
    assert ("arno-vell", (), "accra", "2025-01", "occurred") in visits
    assert ("arno-vell", (), "kumasi", "2025-02", "occurred") in visits


def test_places_hung_on_another_clause_list_no_trips_of_a_plural_trip_word(
    enricher: Enricher,
) -> None:
    doc = enricher.nlp(
        "Lorvian President Arno Vell arrived in Oslo on Monday. The visits were discussed at "
        "length, and he flew to Accra in May and to Kumasi in June."
    )
    mentions = extract_mentions(doc, canonical_entities(doc), PUBLISHED, 0, None)
    told = [m for m in mentions if m.trigger.lower_ == "visits"]
    assert told and all(m.location is None or m.location.name != "Accra" for m in told)


@pytest.mark.parametrize("count", ["several times", "twice"])
def test_meetings_counted_since_a_time_are_no_meeting(enricher: Enricher, count: str) -> None:
    text = (
        "President Arno Vell arrived in Accra on Monday.\n\n"
        f"Vell and Prime Minister Kofi Mensah have met {count} since Vell visited Kumasi in "
        "April 2017, a trip widely praised."
    )
    assert dated(events_of(enricher, text), "meeting") == set()


def test_having_been_in_a_town_for_a_summit_is_a_visit_and_meets_its_host(
    enricher: Enricher,
) -> None:
    text = (
        "Ghanaian President Kofi Mensah hosted the emperor on Monday. The visit comes after "
        "Mensah was in Osaka last month for the summit hosted by Prime Minister Taro Sato."
    )
    events = events_of(enricher, text)
    assert ("kofi-mensah", (), "osaka", "2025-02", "occurred") in dated(events, "visit")
    assert dated(events, "meeting") == {
        ("taro-sato", ("kofi-mensah",), "osaka", "2025-02", "occurred")
    }


def test_returning_to_a_town_abroad_is_a_trip_not_going_home(enricher: Enricher) -> None:
    text = "Ghanaian President Kofi Mensah is expected to return to Tokyo in December."
    assert dated(events_of(enricher, text), "visit") == {
        ("kofi-mensah", (), "tokyo", "2025-12", "speculated")
    }


def test_a_return_of_no_told_home_put_off_to_a_later_month_is_a_trip(
    enricher: Enricher,
) -> None:
    text = (
        "Envoy Arvo Lind held talks in Lima yesterday. Officials said Mr Lind could return to "
        "Geneva next year."
    )
    assert ("arvo-lind", (), "geneva", "2026", "speculated") in dated(
        events_of(enricher, text), "visit"
    )


def test_a_return_told_after_the_last_stop_is_still_the_way_home(enricher: Enricher) -> None:
    text = (
        "Envoy Arvo Lind held talks in Lima yesterday. He flies on to Quito this month "
        "before returning to Geneva."
    )
    assert "geneva" not in {place for _, place, _ in visits(events_of(enricher, text))}


def test_a_trip_whose_copula_the_parse_hangs_on_it_goes_where_the_copula_says(
    enricher: Enricher,
) -> None:
    text = (
        "Ghanaian President Kofi Mensah arrived in Oslo on Monday. His only previous trip "
        "abroad since the election was to London in September."
    )
    assert ("kofi-mensah", (), "london", "2024-09", "occurred") in dated(
        events_of(enricher, text), "visit"
    )


def test_a_trip_joined_to_a_clause_goes_where_the_copula_after_it_says(
    enricher: Enricher,
) -> None:
    text = (
        "Ghanaian President Kofi Mensah arrived in Oslo on Monday. As president he has met "
        "Sato only at summits, and his first trip to Asia as president was to Tokyo in 2019."
    )
    assert ("kofi-mensah", (), "tokyo", "2019", "occurred") in dated(
        events_of(enricher, text), "visit"
    )


def test_talks_in_a_when_clause_on_a_month_named_may_are_no_maybe(enricher: Enricher) -> None:
    text = (
        "Ghanaian President Kofi Mensah was in Oslo in May, when Prime Minister Ane Haugen "
        "received him."
    )
    assert dated(events_of(enricher, text), "meeting") == {
        ("ane-haugen", ("kofi-mensah",), "oslo", "2024-05", "occurred")
    }


def test_a_relative_clause_in_the_past_is_not_timed_by_the_clause_it_is_told_in(
    enricher: Enricher,
) -> None:
    text = (
        "Unlike President Kofi Mensah, who went to Kano in October 2015 before coming to Abuja, "
        "Premier Ane Haugen will not visit the north."
    )
    statuses = {
        (place, status) for _, _, place, _, status in dated(events_of(enricher, text), "visit")
    }
    assert statuses == {("kano", "occurred"), ("abuja", "occurred")}


def test_a_leg_told_before_another_falls_in_the_month_of_the_leg_it_follows(
    enricher: Enricher,
) -> None:
    text = (
        "Unlike President Kofi Mensah, who went to Kano in October 2015 before coming to Abuja, "
        "Premier Ane Haugen will not visit the north."
    )
    assert dated(events_of(enricher, text), "visit") == {
        ("kofi-mensah", (), "kano", "2015-10", "occurred"),
        ("kofi-mensah", (), "abuja", "2015-10", "occurred"),
    }


def test_a_trip_restated_by_the_length_of_its_stay_goes_where_that_stay_was(
    enricher: Enricher,
) -> None:
    text = (
        "Ghanaian President Kofi Mensah arrived in Oslo on Monday. His first trip to Europe, a "
        "day in Paris in 2019, pointedly skipped Oslo."
    )
    assert ("kofi-mensah", (), "paris", "2019", "occurred") in dated(
        events_of(enricher, text), "visit"
    )


def test_a_past_trip_told_by_its_of_is_that_persons(enricher: Enricher) -> None:
    text = (
        "Lorvian President Arno Vell arrived in Accra on Monday.\n\n"
        "The trip comes three years after the visit to Kumasi of then Foreign Minister "
        "Karl Brenn in April 2022."
    )
    assert ("karl-brenn", (), "kumasi", "2022-04", "occurred") in dated(
        events_of(enricher, text), "visit"
    )


@pytest.mark.parametrize(
    ("text", "traveller"),
    [
        (
            "Brennish President Tala Odum arrived in Kell on Tuesday. The accord followed a visit "
            "to Maseru by Odum in early June last year, when she held talks with Prime Minister "
            "Rui Matos.",
            "tala-odum",
        ),
        # The one the trip is "by", not the subject told before.
        (
            "Brennish President Tala Odum arrived in Kell on Tuesday. The accord followed a visit "
            "to Maseru by Brennish Foreign Minister Ana Vera in early June last year, when she "
            "held talks with Prime Minister Rui Matos.",
            "ana-vera",
        ),
    ],
)
def test_talks_told_when_of_a_recalled_trip_are_its_travellers_at_its_place_and_time(
    enricher: Enricher, text: str, traveller: str
) -> None:
    met = dated(events_of(enricher, text), "meeting")
    assert (traveller, ("rui-matos",), "maseru", "2024-06", "occurred") in met


def test_a_trip_told_by_has_been_to_is_a_visit(enricher: Enricher) -> None:
    text = "Osterlich Chancellor Karl Brenn has been to Montevideo before."
    assert visits(events_of(enricher, text)) == {("karl-brenn", "montevideo", None)}


def test_trips_counted_since_a_time_are_dated_by_the_latest(enricher: Enricher) -> None:
    text = (
        "Osterlich Chancellor Karl Brenn has been to Montevideo four times since his coalition "
        "won the election in 2018, most recently for a trade fair in October last year."
    )
    assert visits(events_of(enricher, text)) == {("karl-brenn", "montevideo", "2024-10")}


def test_the_time_a_count_of_trips_starts_dates_none_of_them(enricher: Enricher) -> None:
    text = "Osterlich Chancellor Karl Brenn has been to Montevideo twice since 2018."
    assert visits(events_of(enricher, text)) == {("karl-brenn", "montevideo", None)}


def test_meetings_counted_by_a_noun_are_dated_by_the_most_recent(enricher: Enricher) -> None:
    text = (
        "Osterlich Chancellor Karl Brenn has held four meetings with Prime Minister Kofi Mensah "
        "since 2020, the most recent at a forum in Montevideo in November."
    )
    assert [e.date.value if e.date else None for e in events_of(enricher, text)] == ["2024-11"]


def test_a_visit_counted_since_a_time_with_its_latest_dated_is_kept(enricher: Enricher) -> None:
    text = (
        "Osterlich Chancellor Karl Brenn has visited Montevideo twice since 2019, most recently "
        "in July."
    )
    assert visits(events_of(enricher, text)) == {("karl-brenn", "montevideo", "2024-07")}


def test_the_trip_a_visit_returns_is_its_hosts_earlier_visit(enricher: Enricher) -> None:
    text = (
        "Osterlich Chancellor Karl Brenn arrived in Prague on Monday.\n\n"
        "The visit returns the one President Vell paid to the Czech Republic in June, when the "
        "two leaders met at Lany."
    )
    assert ("vell", "czechia", "2024-06") in visits(events_of(enricher, text))


def test_a_stop_judged_lends_its_place_to_no_unplaced_tour_ahead(enricher: Enricher) -> None:
    # "The tour ends next month" names no place: the stop judged later is not on that date.
    text = (
        "Lorvian President Arno Vell arrived in Chile on Monday.\n\n"
        "The tour ends late next month.\n\n"
        "Vell's stop at Cusco was seen as a nod to Peru's growers."
    )
    visits = dated(events_of(enricher, text), "visit")
    assert ("arno-vell", (), "chile", "2025-03-24", "occurred") in visits
    assert not any(visit[2] == "cusco" and visit[3] == "2025-04" for visit in visits)


def test_a_trip_judged_somewhere_is_not_made_there(enricher: Enricher) -> None:
    text = (
        "Norwegian Prime Minister Ane Haugen arrived in Accra on Monday.\n\n"
        "The visit has been criticized in Lima."
    )
    assert {visit[1] for visit in visits(events_of(enricher, text))} == {"accra"}


def test_talks_spoken_of_on_a_later_trip_are_no_stop_of_it(enricher: Enricher) -> None:
    text = (
        "ACCRA - Norwegian Prime Minister Ane Haugen and President Kofi Mensah held talks in "
        "Accra on Monday.\n\n"
        "Ms Haugen is expected to inform the Norwegian parliament about the Accra talks during "
        "a visit to Lima next month."
    )
    ahead = {v for v in visits(events_of(enricher, text)) if v[2] == "2025-04"}
    assert ahead == {("ane-haugen", "lima", "2025-04")}


@pytest.mark.parametrize("office", ["Lorvian President", "US Secretary"])
def test_a_rank_hung_on_a_word_before_the_office_still_makes_a_record(
    enricher: Enricher, office: str
) -> None:
    text = (
        f"President Ivo Marek arrived in Accra on Monday. He is the first sitting {office} to "
        "visit Ghana since Tomas Berg in 1982."
    )
    assert dated(events_of(enricher, text), "visit") == {
        ("ivo-marek", (), "accra", "2025-03-24", "occurred"),
        ("tomas-berg", (), "ghana", "1982", "occurred"),
    }


def test_a_place_headed_back_from_in_a_recalled_trip_is_a_stop_of_its_month(
    enricher: Enricher,
) -> None:
    text = (
        "Norwegian Prime Minister Ane Haugen arrived in Accra on Monday.\n\n"
        "The two leaders last met in May 2019, when Ghanaian President Kofi Mensah stopped in "
        "Oslo on his way back from the trade summit in Dakar."
    )
    assert ("kofi-mensah", "dakar", "2019-05") in visits(events_of(enricher, text))


def test_a_place_headed_home_from_is_a_stop_on_no_day_told(enricher: Enricher) -> None:
    text = (
        "Norwegian Prime Minister Ane Haugen stopped in Accra on Monday on her way home from Dakar."
    )
    assert visits(events_of(enricher, text)) == {
        ("ane-haugen", "accra", "2025-03-24"),
        ("ane-haugen", "dakar", None),
    }


@pytest.mark.parametrize("way", ["on her way from Dakar", "on her way back from Bergen"])
def test_a_start_or_a_home_town_headed_back_from_is_no_stop(enricher: Enricher, way: str) -> None:
    text = f"Norwegian Prime Minister Ane Haugen stopped in Accra on Monday {way}."
    assert visits(events_of(enricher, text)) == {("ane-haugen", "accra", "2025-03-24")}


@pytest.mark.parametrize("stop", ["stopped in Accra", "stopped on Malta"])
def test_a_stop_told_after_since_with_a_when_clause_is_the_earlier_trip(
    enricher: Enricher, stop: str
) -> None:
    text = (
        "Norwegian Prime Minister Ane Haugen arrived in Accra on Monday.\n\n"
        f"The region has not seen a visitor of such rank since President Karl Brenn {stop} "
        "in June 1988, when he met Ghanaian leaders."
    )
    place = "accra" if "Accra" in stop else "malta"
    assert ("karl-brenn", place, "1988-06") in visits(events_of(enricher, text))


def test_a_stop_told_after_since_of_no_one_travelling_is_no_trip(enricher: Enricher) -> None:
    text = (
        "Norwegian Prime Minister Ane Haugen arrived in Accra on Monday.\n\n"
        "Trade has grown since the talks stopped in Accra in June 1988."
    )
    assert visits(events_of(enricher, text)) == {("ane-haugen", "accra", "2025-03-24")}


@pytest.mark.parametrize(
    "text",
    [
        # The parser hangs the "since" on the count, not on the verb.
        "Ana Holm had visited Podgorica several times since 2010.",
        "They were accompanied by Foreign Minister Ana Holm, who has made eleven trips to "
        "Le Havre since November.",
    ],
)
def test_trips_counted_since_a_time_tell_no_one_of_them(enricher: Enricher, text: str) -> None:
    assert visits(events_of(enricher, text)) == set()


def test_trips_counted_by_a_noun_with_the_latest_dated_are_kept(enricher: Enricher) -> None:
    text = (
        "Foreign Minister Ana Holm has made eleven trips to Le Havre since November, most "
        "recently in February."
    )
    assert visits(events_of(enricher, text)) == {("ana-holm", "le-havre", "2025-02")}


@pytest.mark.parametrize(
    ("record", "place"),
    [
        ("The last Lorvian leader to pay an official visit to Ghana", "ghana"),
        ("The last sitting Lorvian president to come to Accra", "accra"),
    ],
)
def test_the_holder_of_a_last_trip_paid_or_ranked_through_a_qualifier_made_it(
    enricher: Enricher, record: str, place: str
) -> None:
    # A visit paid hangs on "pay", and "last" may hang on "sitting": still the record's trip.
    text = (
        "Lorvian President Arno Vell arrived in Accra on Monday.\n\n"
        f"{record} was Jan Olt, who came in June 1964."
    )
    olt = {v[2:] for v in dated(events_of(enricher, text), "visit") if v[0] == "jan-olt"}
    assert olt == {(place, "1964-06", "occurred")}


@pytest.mark.parametrize(
    ("record", "place"),
    [
        ("The last pope to come", "ghana"),
        ("The last Lorvian president to speak in Accra", "accra"),
    ],
)
def test_the_holder_of_a_last_coming_or_speech_there_made_a_trip(
    enricher: Enricher, record: str, place: str
) -> None:
    # Coming with no place named, or speaking in a town, is being there: the record's trip.
    text = (
        "Lorvian President Arno Vell arrived in Accra on Monday.\n\n"
        f"{record} was Karl Brenn, who came for a summit in April 1993."
    )
    brenn = {v[2:] for v in dated(events_of(enricher, text), "visit") if v[0] == "karl-brenn"}
    assert brenn == {(place, "1993-04", "occurred")}


def test_talks_in_a_when_clause_set_off_after_a_date_are_of_that_date(enricher: Enricher) -> None:
    # The parser hangs the "when" clause on the one who paid the call, beside the call's own
    # verb that the date hangs on.
    text = (
        "Norwegian Prime Minister Ole Lund held talks with Lorvian President Arno Vell in Oslo "
        "yesterday.\n\n"
        "The visit returns the one Premier Ole Lund paid to Lorvia last October, when he held "
        "talks with Vell at the palace in Kell."
    )
    dates = {date for _, _, _, date, _ in dated(events_of(enricher, text), "meeting")}
    assert dates == {"2025-03-26", "2024-10"}


def test_a_pair_recalled_beside_a_trip_is_the_traveller_and_another(enricher: Enricher) -> None:
    """ "Mensah travelled to Norlund in May, when the two leaders signed": the traveller the
    sentence names is one of the two, not the premier met in passing since."""
    text = (
        "Prime Minister Arvo Lind of Norlund and President Kofi Mensah of Vellia signed a trade "
        "pact in Lorn on Monday.\n\n"
        "The two leaders held talks at the palace before the signing.\n\n"
        "Later that day Lind met Harbour Province Premier Tomas Brand at the harbour.\n\n"
        "Mensah travelled to Norlund in May, when the two leaders signed a customs treaty."
    )
    signed = told(events_of(enricher, text), "agreement")
    pairs = {frozenset({actor, *others}) for actor, others, _ in signed}
    assert frozenset({"tomas-brand", "arvo-lind"}) not in pairs
    assert frozenset({"kofi-mensah", "arvo-lind"}) in pairs


def test_a_pair_met_again_is_not_one_left_behind_by_a_trip_told_since(
    enricher: Enricher,
) -> None:
    """ "A held talks with B in 2015. C travelled to Lorn. The two men met again": the talks
    with B, recalled before C's trip, are not the pair's; the story's own talks are."""
    text = (
        "President Arvo Lind of Norlund held talks with Prime Minister Kofi Mensah of Vellia in "
        "Accra on Monday.\n\n"
        "It is Lind's first visit to Vellia since 2015, when he held talks with then Prime "
        "Minister Tomas Brand in Accra. Mensah travelled to Lorn in May. The two men met again "
        "in September in Kumasi."
    )
    met = told(events_of(enricher, text), "meeting")
    assert ("arvo-lind", ("tomas-brand",), "kumasi") not in met
    assert ("arvo-lind", ("kofi-mensah",), "kumasi") in met
