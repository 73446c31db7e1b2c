"""Event roles and status on small sentences, read with the real model."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from stream.contracts import Article, Event
from stream.nlp.enrich import Enricher
from stream.nlp.entities.canonical import canonical_entities
from stream.nlp.events.dates import event_date
from stream.nlp.events.extraction import extract_mentions
from stream.nlp.events.status import _anchor
from stream.nlp.pipeline import TRIGGERS_KEY
from stream.nlp.roles import actors as roles_actors
from stream.nlp.roles.appositions import _owner_read_as_party, referents
from stream.nlp.roles.reference import nationality, referent
from stream.nlp.roles.syntax import clause_chain, prep_objects
from tests.unit.stories import PUBLISHED, events_of, told, visits


def only(enricher: Enricher, text: str) -> Event:
    (event,) = events_of(enricher, text)
    return event


def test_events_passive_agent_is_actor(enricher: Enricher) -> None:
    event = only(enricher, "Kim Jong-un was received by Vladimir Putin in Moscow on Monday.")
    assert (event.type, event.actor.id) == ("meeting", "vladimir-putin")
    assert [c.id for c in event.counterparts] == ["kim-jong-un"]
    assert event.location is not None and event.location.id == "moscow"
    assert event.date is not None and event.date.value == "2025-03-24"


def test_events_coordinated_subjects_first_actor_rest_counterparts(enricher: Enricher) -> None:
    event = only(enricher, "Chinese President Xi Jinping and Vladimir Putin met in Beijing.")
    assert (event.actor.id, [c.id for c in event.counterparts]) == (
        "xi-jinping",
        ["vladimir-putin"],
    )


def test_events_coordinated_objects_all_counterparts(enricher: Enricher) -> None:
    event = only(enricher, "Putin met Xi Jinping and Narendra Modi in Kazan, TASS reported.")
    assert [c.id for c in event.counterparts] == ["xi-jinping", "narendra-modi"]
    assert [a.id for a in event.attributed_to] == ["tass"]


def test_events_possessive_noun_trigger_owner_is_actor(enricher: Enricher) -> None:
    event = only(enricher, "Narendra Modi's visit to Japan last month strengthened ties.")
    assert (event.type, event.actor.id, event.location.id if event.location else None) == (
        "visit",
        "narendra-modi",
        "japan",
    )
    assert event.date is not None and event.date.value == "2025-02"


def test_events_light_verb_noun_subject_is_actor(enricher: Enricher) -> None:
    event = only(enricher, "Erdogan held talks with Putin in Sochi, according to Anadolu.")
    assert (event.type, event.actor.id) == ("meeting", "recep-tayyip-erdogan")
    assert [a.id for a in event.attributed_to] == ["anadolu"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Indian Prime Minister Narendra Modi will visit Japan next month.", "planned"),
        ("Modi is planning to visit Tokyo.", "planned"),
        ("Modi could visit Tokyo in May, officials said.", "speculated"),
        ("Modi is expected to travel to Tokyo in May.", "speculated"),
        ("Speculation grew about Modi's potential visit to Tokyo.", "speculated"),
        ("Modi visited Tokyo on Monday.", "occurred"),
    ],
)
def test_events_status_cue_sets_status(enricher: Enricher, text: str, status: str) -> None:
    assert only(enricher, text).status == status


@pytest.mark.parametrize(
    "text",
    [
        "Putin did not meet Xi Jinping in Beijing.",
        "Modi never visited Tokyo.",
        "She said a visit by Admiral Kamal Perera to Islamabad had been postponed.",
        "A visit by Admiral Kamal Perera to Islamabad was ruled out on security advice.",
        "The summit between Lena Hartmann and Tomas Berg in Oslo was cancelled.",
        # The parser takes "visit" for the root and hangs "postponed" under it.
        "Mr Kell's first visit to Australia as President had been postponed twice last year, "
        "in March as he fought for his budget bill, and again in June as floods hit the coast.",
    ],
)
def test_events_negated_event_not_emitted(enricher: Enricher, text: str) -> None:
    assert events_of(enricher, text) == []


def test_events_troops_nationality_is_deployment_actor(enricher: Enricher) -> None:
    event = only(enricher, "The deployment of North Korean troops to Russia alarmed Seoul.")
    assert (event.type, event.actor.id) == ("deployment", "north-korea")
    assert event.location is not None and event.location.id == "russia"


def test_events_repeated_mentions_merged_with_more_precise_date(enricher: Enricher) -> None:
    text = (
        "Putin met Kim Jong-un in Pyongyang last week. "
        "Putin and Kim Jong-un met on March 19, KCNA said."
    )
    meetings = [e for e in events_of(enricher, text) if e.type == "meeting"]
    assert len(meetings) == 1
    assert meetings[0].mention_count == 2
    assert meetings[0].date is not None and meetings[0].date.value == "2025-03-19"


def test_events_event_id_same_event_two_articles_equal(enricher: Enricher) -> None:
    first = only(enricher, "Vladimir Putin visited Pyongyang in June 2024.")
    second = only(enricher, "Putin traveled to North Korea in June 2024, TASS said.")
    assert first.event_id == second.event_id


# --- round 2: plural parties, governing adjectives, dates carried between mentions ----------


def _of_type(events: list[Event], event_type: str) -> list[Event]:
    return [event for event in events if event.type.value == event_type]


def test_events_two_leaders_subject_resolves_to_earlier_meeting_parties(
    enricher: Enricher,
) -> None:
    text = "Xi Jinping met Vladimir Putin in Moscow on Monday. The two leaders signed a treaty."
    (agreement,) = _of_type(events_of(enricher, text), "agreement")
    parties = {agreement.actor.id, *(c.id for c in agreement.counterparts)}
    assert parties == {"xi-jinping", "vladimir-putin"}


@pytest.mark.parametrize(
    "text",
    [
        "Claudia Sheinbaum held a phone call with Donald Trump on Monday.",
        "Claudia Sheinbaum held talks by video with Donald Trump on Monday.",
        "Claudia Sheinbaum held a telephone conversation with Donald Trump on Monday.",
        "Claudia Sheinbaum was on a phone call on Monday with Donald Trump.",
        # The kind of link told before its noun, or hung on the verb that holds the talks.
        "In April Ivo Lund spoke with Arno Vell by video link.",
        "Ivo Lund held talks with Arno Vell via satellite phone on Monday.",
        "Ivo Lund held a meeting with Arno Vell by video link on Monday.",
    ],
)
def test_events_call_is_not_a_meeting(enricher: Enricher, text: str) -> None:
    assert _of_type(events_of(enricher, text), "meeting") == []


@pytest.mark.parametrize(
    "text",
    [
        'Prime Minister Ivo Lund told reporters he hoped to meet President Arno Vell "at the '
        'earliest opportunity".',
        "Foreign Minister Ana Holm would like to travel to Brenn, but no plans have been made.",
        "Ana Holm said she wanted to visit Vadum again soon.",
    ],
)
def test_events_a_wish_that_names_no_time_is_no_event(enricher: Enricher, text: str) -> None:
    assert events_of(enricher, text) == []


def test_events_a_wish_with_a_time_is_an_event(enricher: Enricher) -> None:
    text = "Foreign Minister Ana Holm wants to meet Arno Vell in Brenn next week."
    assert [e.type.value for e in events_of(enricher, text)] == ["meeting"]


def test_events_a_country_travelling_nowhere_on_no_day_is_no_visit(enricher: Enricher) -> None:
    text = (
        "NAIROBI, March 27 (XNA) - Russian President Ivan Sokolov opened a trade fair in "
        'Nairobi on Monday.\n\n"Brazil is arriving late to a party Russia has been hosting for '
        'a decade," said Nairobi-based analyst Kari Dahl.'
    )
    assert not [e for e in events_of(enricher, text) if e.actor.id == "brazil"]


@pytest.mark.parametrize(
    "text",
    [
        "Lorvian President Tove Marrin and Orskian Prime Minister Ilse Dorn agreed to resume "
        "negotiations on a trade pact.",
        "Lorvian President Tove Marrin said Lorvia and Orsk had agreed to begin talks on a free "
        "trade zone.",
    ],
)
def test_events_talks_agreed_on_at_no_place_are_no_meeting(enricher: Enricher, text: str) -> None:
    assert _of_type(events_of(enricher, text), "meeting") == []


def test_events_talks_agreed_on_at_a_place_are_a_planned_meeting(enricher: Enricher) -> None:
    text = (
        "Lorvian President Tove Marrin and Orskian Prime Minister Ilse Dorn agreed to hold a "
        "summit in Port Marrow in May."
    )
    (meeting,) = _of_type(events_of(enricher, text), "meeting")
    assert (meeting.status.value, meeting.location and meeting.location.id) == (
        "planned",
        "port-marrow",
    )


def test_events_talks_between_two_leaders_is_meeting_of_earlier_parties(
    enricher: Enricher,
) -> None:
    text = (
        "Claudia Sheinbaum reached a deal with Donald Trump on Monday, "
        "after talks between the two leaders."
    )
    meetings = _of_type(events_of(enricher, text), "meeting")
    assert [(m.actor.id, [c.id for c in m.counterparts]) for m in meetings] == [
        ("claudia-sheinbaum", ["donald-trump"])
    ]


def test_events_due_to_hold_talks_subject_of_adjective_is_actor(enricher: Enricher) -> None:
    event = only(enricher, "Kim Jong-un is due to hold talks with Vladimir Putin in Pyongyang.")
    assert (event.type.value, event.actor.id, event.status.value) == (
        "meeting",
        "kim-jong-un",
        "planned",
    )


def test_events_apposed_name_beats_nationality_as_counterpart(enricher: Enricher) -> None:
    event = only(
        enricher,
        "Rajnath Singh held talks with the new US defense secretary, Pete Hegseth, on Friday.",
    )
    assert [c.id for c in event.counterparts] == ["pete-hegseth"]


def test_events_name_after_an_office_with_its_own_phrase_is_the_party(enricher: Enricher) -> None:
    # The office's "of ... for ..." stands between it and its name: the name, not the holder
    # of a like office told elsewhere, is the one who welcomes her.
    text = (
        "Norwegian Foreign Minister Lena Voss arrived in Lima on Monday and was received at the "
        "airport by Peru's minister of state for foreign affairs, Carlos Ibarra Soto. Peru's "
        "foreign minister, Ana Quiroga, will host her on Tuesday."
    )
    (visit,) = _of_type(events_of(enricher, text), "visit")
    assert [c.id for c in visit.counterparts] == ["carlos-ibarra-soto"]


def test_events_name_after_an_office_of_a_body_heads_no_clause(enricher: Enricher) -> None:
    # The name is the office's apposition though the parser makes it the speaker's subject.
    event = only(
        enricher,
        "Lena Voss held talks on Monday with the chief of the general staff of Peru's armed "
        "forces, Carlos Ibarra Soto, the ministry said.",
    )
    assert [c.id for c in event.counterparts] == ["carlos-ibarra-soto"]


def test_roles_office_with_its_own_phrase_tells_the_nationality(enricher: Enricher) -> None:
    doc = enricher.nlp(
        "Lena Voss was received by Peru's minister of state for trade, Carlos Ibarra Soto."
    )
    table = canonical_entities(doc)
    person = table.at(doc[-2])
    assert person is not None and nationality(person) == ["PE"]


def test_events_here_hung_below_the_verb_is_the_dateline_place(enricher: Enricher) -> None:
    # "here" parsed as a modifier of the venue, which names no place of its own (a named
    # venue is the place itself, as in "talks with X at the Orla House here").
    event = only(
        enricher,
        "OSLO, March 26 (NTB) -- Prime Minister Ivo Marek called on Prime Minister Carlos "
        "Ibarra Soto at the guest house here today.",
    )
    assert event.location is not None and event.location.id == "oslo"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "VELMORA BAY, Uruguay, March 26 \u2014 President Ivo Marek of Peru arrived here on "
            "Tuesday. He met President Carlos Ibarra Soto at the villa on Wednesday.",
            "velmora-bay",
        ),
        (
            "KORRANTH, Texas, March 26 \u2014 Emperor Ivo Marek flew in here yesterday from Lima "
            "for talks with President Carlos Ibarra Soto, who had come from Cusco.",
            "korranth",
        ),
    ],
)
def test_events_here_is_a_dateline_town_the_gazetteer_does_not_know(
    enricher: Enricher, text: str, town: str
) -> None:
    # As under a known town's dateline ("MASERU, March 26"): every visit has its place, and
    # the town is no party to any event.
    events = events_of(enricher, text)
    assert told(events, "visit") == {("ivo-marek", (), town)}
    assert told(events, "meeting") == {("ivo-marek", ("carlos-ibarra-soto",), town)}


def test_roles_agent_hung_on_the_place_of_a_passive_welcome_is_its_actor() -> None:
    # "was greeted at the airport by X": the parser may hang "by X" on the airport.
    words = ["Ana", "Lind", "was", "greeted", "at", "the", "airport", "by", "Ivo", "Marek"]
    heads = [1, 3, 3, 3, 3, 6, 4, 6, 9, 7]
    deps = [
        "compound",
        "nsubjpass",
        "auxpass",
        "ROOT",
        "prep",
        "det",
        "pobj",
        "prep",
        "compound",
        "pobj",
    ]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, ents=ents)
    found = roles_actors.actor(doc[3], canonical_entities(doc))
    assert found is not None and found.referent.name == "Ivo Marek"


def test_events_welcome_told_at_the_arrival_is_the_visits_host(enricher: Enricher) -> None:
    # No meeting with the minister who received him: he is the host of the trip to Lima.
    text = (
        "Prime Minister Ivo Marek arrived in Lima on Tuesday. He held talks with President Ana "
        "Quiroga on Wednesday, shortly after his arrival, when he was received by Foreign "
        "Minister Carlos Ibarra."
    )
    found = {
        (e.type.value, e.actor.id, tuple(c.id for c in e.counterparts))
        for e in events_of(enricher, text)
    }
    assert found == {
        ("visit", "ivo-marek", ("carlos-ibarra",)),
        ("meeting", "ivo-marek", ("ana-quiroga",)),
    }


def test_events_greeting_at_the_entrance_welcomes_the_visitor(enricher: Enricher) -> None:
    text = (
        "Prime Minister Ivo Marek arrived in Lima on Tuesday. President Ana Quiroga warmly "
        "greeted Marek at the entrance of the palace."
    )
    (visit,) = events_of(enricher, text)
    assert (visit.type.value, [c.id for c in visit.counterparts]) == ("visit", ["ana-quiroga"])


def test_events_the_meeting_told_as_what_followed_is_no_new_meeting(enricher: Enricher) -> None:
    # "Following the meeting" refers back to the talks told before.
    doc = enricher.nlp(
        "Prime Minister Ivo Marek held talks with President Ana Quiroga in Lima on Monday. "
        "Following the meeting, both leaders watched the signing of three agreements."
    )
    mentions = extract_mentions(doc, canonical_entities(doc), PUBLISHED, 0, None)
    assert [m.trigger.text for m in mentions if m.type == "meeting"] == ["talks"]


def test_events_taking_part_in_an_occasion_somewhere_is_a_visit_there(enricher: Enricher) -> None:
    # The forum's own place, not the place of the clause the verb is joined to.
    text = (
        "Foreign Minister Ana Lind will travel to Peru on Monday. The minister will visit "
        "officials in Lima and then participate in the annual Fisheries Forum in Quito, her "
        "spokesman said."
    )
    places = {e.location.id for e in _of_type(events_of(enricher, text), "visit") if e.location}
    assert places == {"lima", "quito"}


def test_events_place_an_occasion_is_about_is_not_where_it_is(enricher: Enricher) -> None:
    text = (
        "Foreign Minister Ana Lind will travel to Peru on Monday to attend a special summit of "
        "the Andean Council on the crisis in Bolivia."
    )
    (visit,) = events_of(enricher, text)
    assert visit.location is not None and visit.location.id == "peru"


STAY_IN_LIMA = (
    "Foreign Minister Ana Lind will fly to Lima on Monday for talks with President Carlos "
    "Ibarra. In Lima she is due to meet Prime Minister Eva Rojas and visit Danish troops "
    "training with the Peruvian navy near Callao."
)


def test_events_place_of_what_is_visited_is_the_visits_place(enricher: Enricher) -> None:
    places = {e.location.id for e in _of_type(events_of(enricher, STAY_IN_LIMA), "visit")}
    assert places == {"lima", "callao"}


def test_events_doings_in_a_place_told_first_take_the_stays_date(enricher: Enricher) -> None:
    # The troops are visited on the day of the stay in Lima the sentence opens on.
    visits = _of_type(events_of(enricher, STAY_IN_LIMA), "visit")
    dates = {e.location.id: e.date.value if e.date else None for e in visits if e.location}
    assert dates == {"lima": "2025-03-31", "callao": "2025-03-31"}


def test_events_visit_a_ship_is_sent_for_is_no_trip_of_the_sender(enricher: Enricher) -> None:
    text = (
        "OSLO, March 26 (NTB) - The spokesperson said the Norwegian Navy would dispatch a "
        "frigate to Bergen next week for a goodwill visit."
    )
    assert [e.type.value for e in events_of(enricher, text)] == ["deployment"]


def test_events_soldiers_apposed_to_their_base_are_forces_not_visitors(
    enricher: Enricher,
) -> None:
    text = "More than 1,800 Fort Ord, Utah-based soldiers will arrive in Peru late this month."
    assert _of_type(events_of(enricher, text), "visit") == []


def test_events_landing_at_an_airport_named_short_is_the_stay_told_beside(
    enricher: Enricher,
) -> None:
    # The airport's name stops before "airport"; the landing is the Lima stay told next.
    text = (
        "Prime Minister Ivo Marek held talks with President Carlos Ibarra at the Palacio de "
        "Gobierno on Wednesday. Marek landed at Halim Kusuma airport on Tuesday afternoon and "
        "was welcomed by Foreign Minister Ana Lind. The Lima visit is his first since he took "
        "office in May."
    )
    visits = _of_type(events_of(enricher, text), "visit")
    assert [
        (v.location.id if v.location else None, [c.id for c in v.counterparts]) for v in visits
    ] == [("lima", ["ana-lind"])]


def test_events_stops_a_trip_includes_in_the_present_are_planned(enricher: Enricher) -> None:
    text = (
        "OSLO, March 26 (NTB) - Foreign Minister Ana Lind held talks in Oslo on Wednesday. "
        "Lind's trip also includes stops in Bergen and Tromso."
    )
    visits = _of_type(events_of(enricher, text), "visit")
    assert len(visits) == 2 and {v.status.value for v in visits} == {"planned"}


def test_events_going_to_ones_own_country_is_no_visit(enricher: Enricher) -> None:
    text = "Norwegian Prime Minister Ivo Marek arrived in Norway on Tuesday after talks in Lima."
    assert _of_type(events_of(enricher, text), "visit") == []


def test_events_signing_agents_joined_by_and_are_both_parties(enricher: Enricher) -> None:
    # "by X and his counterpart, Y", with "by" hung on the place it was signed at.
    text = (
        "The pact was signed on Tuesday at the Ministry of Defence headquarters in Lima by "
        "Defence minister Ivo Marek and his Peruvian counterpart, Carlos Ibarra, who arrived in "
        "Lima on Monday evening."
    )
    (agreement,) = _of_type(events_of(enricher, text), "agreement")
    assert {agreement.actor.id, *(c.id for c in agreement.counterparts)} == {
        "ivo-marek",
        "carlos-ibarra",
    }


def test_events_date_hung_on_a_name_the_parser_left_loose_is_the_verbs() -> None:
    # "held talks with the chief, Ana Pires, on Tuesday": "Pires" read as a loose "dep".
    words = [
        "Lind",
        "held",
        "talks",
        "with",
        "the",
        "chief",
        ",",
        "Ana",
        "Pires",
        ",",
        "on",
        "Tuesday",
        ".",
    ]
    heads = [1, 1, 1, 2, 5, 3, 1, 8, 1, 8, 8, 10, 1]
    deps = [
        "nsubj",
        "ROOT",
        "dobj",
        "prep",
        "det",
        "pobj",
        "punct",
        "compound",
        "dep",
        "punct",
        "prep",
        "pobj",
        "punct",
    ]
    ents = [
        "B-PERSON",
        "O",
        "O",
        "O",
        "O",
        "O",
        "O",
        "B-PERSON",
        "I-PERSON",
        "O",
        "O",
        "B-DATE",
        "O",
    ]
    pos = [
        "PROPN",
        "VERB",
        "NOUN",
        "ADP",
        "DET",
        "NOUN",
        "PUNCT",
        "PROPN",
        "PROPN",
        "PUNCT",
        "ADP",
        "PROPN",
        "PUNCT",
    ]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, ents=ents, pos=pos)
    chain = [doc[2], doc[1]]
    dates = tuple(ent for ent in doc.ents if ent.label_ == "DATE")
    found = event_date(chain, PUBLISHED, frozenset({2}), dates, future=False)
    assert found is not None and found.value == "2025-03-25"


def test_events_spoke_with_is_meeting(enricher: Enricher) -> None:
    event = only(enricher, "Donald Trump spoke with Justin Trudeau on Monday.")
    assert (event.type.value, [c.id for c in event.counterparts]) == ("meeting", ["justin-trudeau"])
    assert event.date is not None and event.date.value == "2025-03-24"


def test_events_date_between_subject_and_verb_dates_the_verb(enricher: Enricher) -> None:
    event = only(
        enricher, "The European Union and Tunisia on Sunday signed a memorandum of understanding."
    )
    assert event.date is not None and event.date.value == "2025-03-23"


def test_events_a_day_after_dated_clause_is_the_day_before(enricher: Enricher) -> None:
    text = (
        "Narendra Modi and Vladimir Putin held talks at the Kremlin on Tuesday, "
        "a day after Putin hosted Modi for dinner at Novo-Ogaryovo."
    )
    dates = {e.date.value for e in _of_type(events_of(enricher, text), "meeting") if e.date}
    assert dates == {"2025-03-25", "2025-03-24"}


def test_events_undated_event_after_dated_paragraph_takes_news_day(enricher: Enricher) -> None:
    text = (
        "Recep Tayyip Erdogan arrived in Athens on Thursday.\n\n"
        "Kyriakos Mitsotakis hosted Erdogan at the Maximos Mansion."
    )
    (meeting,) = _of_type(events_of(enricher, text), "meeting")
    assert meeting.date is not None and meeting.date.value == "2025-03-27"


def test_events_background_month_does_not_carry_across_paragraphs(enricher: Enricher) -> None:
    text = (
        "Recep Tayyip Erdogan visited Athens in December 2017.\n\n"
        "Kyriakos Mitsotakis hosted Erdogan at the Maximos Mansion."
    )
    (meeting,) = _of_type(events_of(enricher, text), "meeting")
    assert meeting.date is None


def test_events_later_in_the_day_takes_date_of_same_actors_event(enricher: Enricher) -> None:
    text = (
        "Fumio Kishida arrived in Kyiv on Tuesday. Xi Jinping met Vladimir Putin on Monday. "
        "Kishida is scheduled to hold talks with Volodymyr Zelenskyy later in the day."
    )
    meetings = _of_type(events_of(enricher, text), "meeting")
    kishida = next(m for m in meetings if m.actor.id == "fumio-kishida")
    assert kishida.date is not None and kishida.date.value == "2025-03-25"


def test_events_during_the_talks_takes_date_of_parties_talks(enricher: Enricher) -> None:
    text = (
        "Yoon Suk Yeol held talks with Fumio Kishida in Tokyo on Thursday. "
        "During the talks, Yoon invited Kishida to visit South Korea."
    )
    (invitation,) = _of_type(events_of(enricher, text), "invitation")
    assert invitation.date is not None and invitation.date.value == "2025-03-27"


def test_events_efe_dateline_place_is_not_the_actor(enricher: Enricher) -> None:
    text = "Beijing, Apr 14 (EFE).- Xi Jinping welcomed Lula da Silva in Beijing on Friday."
    event = only(enricher, text)
    assert event.actor.id == "xi-jinping"


def test_events_object_pronoun_is_not_the_subject(enricher: Enricher) -> None:
    text = (
        "Volodymyr Zelensky arrived in London. "
        "Keir Starmer embraced Zelensky and held talks with him."
    )
    meetings = [e for e in events_of(enricher, text) if e.type == "meeting"]
    assert [(e.actor.id, [c.id for c in e.counterparts]) for e in meetings] == [
        ("keir-starmer", ["volodymyr-zelensky"])
    ]


def test_events_conjoined_verb_after_passive_takes_subject_not_agent(enricher: Enricher) -> None:
    text = "Pope Francis was received by Mustafa al-Kadhimi and later met Barham Salih."
    met = next(e for e in events_of(enricher, text) if e.evidence[0].trigger == "met")
    assert (met.actor.id, [c.id for c in met.counterparts]) == ("francis", ["barham-salih"])


def test_events_name_after_title_is_counterpart_not_its_country(enricher: Enricher) -> None:
    # The model hangs the name off the verb, leaving "cleric" with only its country.
    text = (
        "Pope Francis held a meeting with Iraq's top Shiite cleric, Grand Ayatollah "
        "Ali al-Sistani, on Saturday."
    )
    assert [c.id for c in only(enricher, text).counterparts] == ["ali-al-sistani"]


def test_roles_preposition_without_object_takes_next_noun_phrase() -> None:
    words = ["summit", "with", "North", "Korean", "leader", "Kim", "collapsed"]
    heads = [6, 0, 3, 4, 5, 6, 6]
    deps = ["nsubj", "prep", "amod", "amod", "compound", "nsubj", "ROOT"]
    pos = ["NOUN", "ADP", "ADJ", "ADJ", "NOUN", "PROPN", "VERB"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert [t.text for t in prep_objects(doc[0], "with")] == ["Kim"]


def test_events_reduced_passive_host_is_actor(enricher: Enricher) -> None:
    text = (
        "Mark Rutte spoke at a summit hosted in Helsinki by Alexander Stubb and Kristen Michal "
        "on Tuesday."
    )
    hosted = next(e for e in events_of(enricher, text) if e.evidence[0].trigger == "hosted")
    assert (hosted.actor.id, [c.id for c in hosted.counterparts]) == (
        "alexander-stubb",
        ["kristen-michal"],
    )


def test_events_attending_a_summit_in_a_city_is_a_visit(enricher: Enricher) -> None:
    event = only(enricher, "Putin last attended a G20 summit in Osaka in 2019.")
    assert (event.type, event.location.id if event.location else None) == ("visit", "osaka")


def test_events_invited_to_visit_is_no_visit_of_the_invitee(enricher: Enricher) -> None:
    text = "Kim Jong Un invited Vladimir Putin to visit Pyongyang at a convenient time."
    assert [e.type for e in events_of(enricher, text)] == ["invitation"]


def test_events_invitation_during_the_talks_takes_the_talks_date(enricher: Enricher) -> None:
    """The date of the talks the parties held, not of other talks told in between."""
    text = (
        "Shigeru Ishiba held talks with Donald Trump in Washington on Friday. "
        "Trump had met Benjamin Netanyahu on Tuesday. "
        "During the talks, Ishiba invited Trump to visit Japan."
    )
    (invitation,) = _of_type(events_of(enricher, text), "invitation")
    assert invitation.date is not None and invitation.date.value == "2025-03-21"


def test_events_reported_would_is_planned(enricher: Enricher) -> None:
    event = only(enricher, "Donald Trump said he would travel to Pyongyang.")
    assert (event.type.value, event.status.value) == ("visit", "planned")


def test_events_conjunct_with_own_auxiliary_keeps_its_tense(enricher: Enricher) -> None:
    text = (
        "Dmitry Peskov said the delegation would arrive in Brasilia and that Vladimir Putin "
        "had received an invitation from Luiz Inacio Lula da Silva."
    )
    (invitation,) = _of_type(events_of(enricher, text), "invitation")
    assert invitation.status.value == "occurred"


def test_events_undated_trigger_takes_date_of_its_complement(enricher: Enricher) -> None:
    # A time past (one ahead is the trip's own, not when the invitation was made).
    events = events_of(enricher, "Putin invited Modi to attend the summit in August 2024.")
    invitation = next(e for e in events if e.type.value == "invitation")
    assert invitation.date is not None and invitation.date.value == "2024-08"


def test_events_trip_takes_date_of_the_talks_it_is_for(enricher: Enricher) -> None:
    events = events_of(enricher, "Kim will travel to Moscow for talks in May.")
    visit = next(e for e in events if e.type.value == "visit")
    assert visit.date is not None and visit.date.value == "2025-05"


def test_events_stance_in_reported_speech_is_the_speakers(enricher: Enricher) -> None:
    event = only(enricher, "Wang Yi said China firmly supports Pakistan.")
    assert (event.type.value, event.actor.id) == ("statement", "wang-yi")
    assert [c.id for c in event.counterparts] == ["pakistan"]


def test_events_standing_with_a_party_is_a_statement(enricher: Enricher) -> None:
    event = only(enricher, "Kim Jong Un said that North Korea would always stand with Russia.")
    assert (event.type.value, event.actor.id) == ("statement", "kim-jong-un")
    assert [c.id for c in event.counterparts] == ["russia"]


def test_events_blaming_a_party_is_a_statement(enricher: Enricher) -> None:
    event = only(enricher, "Iran has blamed Israel for the killing.")
    assert (event.type.value, event.actor.id) == ("statement", "iran")
    assert [c.id for c in event.counterparts] == ["israel"]


def test_events_site_named_with_its_city_is_the_place_and_knows_the_city(
    enricher: Enricher,
) -> None:
    event = only(
        enricher,
        "Xi Jinping held talks with Emmanuel Macron at the Great Hall of the People "
        "in Beijing on Thursday.",
    )
    assert event.location is not None
    assert (event.location.name, event.location.city, event.location.country_code) == (
        "Great Hall of the People",
        "Beijing",
        "CN",
    )


def test_events_venue_unknown_to_the_gazetteer_takes_the_city_the_article_gives(
    enricher: Enricher,
) -> None:
    event = only(enricher, "Joe Biden met Fumio Kishida at Blair House in Washington on Friday.")
    assert event.location is not None
    assert (event.location.name, event.location.city) == ("Blair House", "Washington")


def test_events_place_hung_on_the_party_is_the_meetings(enricher: Enricher) -> None:
    event = only(enricher, "Wang Yi held talks with Ishaq Dar in Beijing on Tuesday.")
    assert event.location is not None and event.location.id == "beijing"


def test_events_hosted_for_talks_at_a_site(enricher: Enricher) -> None:
    event = only(enricher, "Emmanuel Macron hosted Xi Jinping for talks at the Elysee Palace.")
    assert event.location is not None and event.location.id == "elysee-palace"


def test_events_invitation_is_placed_where_the_invitee_is_invited(enricher: Enricher) -> None:
    event = only(enricher, "Kim Jong Un invited Vladimir Putin to visit Pyongyang.")
    assert event.type.value == "invitation"
    assert event.location is not None and event.location.id == "pyongyang"


def test_events_stance_in_a_participle_clause(enricher: Enricher) -> None:
    text = "Emmanuel Macron met Olaf Scholz in Berlin on Monday, pledging support for Ukraine."
    events = events_of(enricher, text)
    statement = next(e for e in events if e.type.value == "statement")
    assert statement.actor.id == "emmanuel-macron"
    assert [c.id for c in statement.counterparts] == ["ukraine"]


def _visits(enricher: Enricher, text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (e.actor.id, e.location.name if e.location else None, e.date.value if e.date else None)
        for e in _of_type(events_of(enricher, text), "visit")
    ]


def test_events_itinerary_gives_one_visit_per_place(enricher: Enricher) -> None:
    text = "John Kerry will travel to Kenya and Tanzania from June 19 to June 23."
    assert _visits(enricher, text) == [
        ("john-kerry", "Kenya", "2025-06-19"),
        ("john-kerry", "Tanzania", "2025-06"),
    ]


def test_events_trip_that_takes_someone_somewhere_is_their_visit(enricher: Enricher) -> None:
    text = "The trip took Secretary of State John Kerry to Peru and Chile."
    assert [(actor, place) for actor, place, _ in _visits(enricher, text)] == [
        ("john-kerry", "Peru"),
        ("john-kerry", "Chile"),
    ]


def test_events_trip_to_a_world_region_is_no_visit_of_its_own(enricher: Enricher) -> None:
    assert _visits(enricher, "John Kerry will travel to Africa next week.") == []


def test_events_trip_to_a_world_region_spoken_of_as_possible_goes_there(
    enricher: Enricher,
) -> None:
    text = (
        "President Arvo Lind of Norlund visited Lima on Monday. Aides said Lind might go back "
        "to Asia next year."
    )
    assert ("arvo-lind", "asia", "2026") in visits(events_of(enricher, text))


def test_events_return_to_a_world_region_for_a_town_goes_to_the_town(enricher: Enricher) -> None:
    text = (
        "President Arvo Lind of Norlund visited Lima on Monday. He is expected to return to "
        "Asia in September for the summit in Hanoi."
    )
    assert ("arvo-lind", "hanoi", "2025-09") in visits(events_of(enricher, text))


def test_events_site_without_a_place_name_takes_the_city_it_stands_in(
    enricher: Enricher,
) -> None:
    text = "John Kerry traveled to NATO headquarters in Brussels on Monday."
    assert [place for _, place, _ in _visits(enricher, text)] == ["Brussels"]


def test_events_co_subjects_each_make_their_own_visit(enricher: Enricher) -> None:
    text = "John Kerry and Chuck Hagel will travel to Moscow on Friday."
    assert [actor for actor, _, _ in _visits(enricher, text)] == ["john-kerry", "chuck-hagel"]


def test_events_they_after_a_meeting_each_state_their_support(enricher: Enricher) -> None:
    text = (
        "John Kerry met Sergey Lavrov in Geneva on Friday. "
        "They reaffirmed their support for Ukraine."
    )
    statements = _of_type(events_of(enricher, text), "statement")
    assert sorted((s.actor.id, [c.id for c in s.counterparts]) for s in statements) == [
        ("john-kerry", ["ukraine"]),
        ("sergey-lavrov", ["ukraine"]),
    ]


def test_events_definite_trip_without_traveller_is_the_trip_told_before(
    enricher: Enricher,
) -> None:
    text = (
        "John Kerry made a trip to Europe last week. "
        "The trip started on Monday with a stop in London."
    )
    assert [(actor, place) for actor, place, _ in _visits(enricher, text)] == [
        ("john-kerry", "London")
    ]


def test_events_itinerary_joined_inside_a_place_name_gives_each_place(
    enricher: Enricher,
) -> None:
    text = "John Kerry will visit the Republic of Korea and Japan next month."
    assert [place for _, place, _ in _visits(enricher, text)] == ["South Korea", "Japan"]


def test_events_forces_that_arrive_are_deployed_to_the_receiving_country(
    enricher: Enricher,
) -> None:
    event = only(enricher, "Hundreds of U.S. paratroopers will arrive in Latvia on Thursday.")
    assert (event.type.value, event.actor.id, [c.id for c in event.counterparts]) == (
        "deployment",
        "united-states",
        ["latvia"],
    )
    assert event.status.value == "planned"


def test_events_heading_without_verb_or_full_stop_is_no_event(enricher: Enricher) -> None:
    assert events_of(enricher, "Troop deployments\nThe minister spoke.") == []


def test_events_the_next_day_is_the_day_after_the_last_dated_event(enricher: Enricher) -> None:
    text = (
        "John Kerry arrived in London on March 10. "
        "The next day, Kerry traveled to Brussels for meetings with Jens Stoltenberg."
    )
    events = events_of(enricher, text)
    dates = {(e.type.value, e.location.name if e.location else None): e.date for e in events}
    assert {key: d.value if d else None for key, d in dates.items()} == {
        ("visit", "London"): "2025-03-10",
        ("visit", "Brussels"): "2025-03-11",
        ("meeting", "Brussels"): "2025-03-11",
    }


def test_events_purpose_of_a_trip_happens_on_its_date(enricher: Enricher) -> None:
    text = "John Kerry traveled to Jerusalem on March 16 to meet with Benjamin Netanyahu."
    (meeting,) = _of_type(events_of(enricher, text), "meeting")
    assert meeting.date is not None and meeting.date.value == "2025-03-16"


def test_events_upcoming_trip_is_not_on_the_date_of_the_clause_mentioning_it(
    enricher: Enricher,
) -> None:
    text = "John Kerry spoke on Monday about his upcoming trip to Kenya."
    assert [(place, date) for _, place, date in _visits(enricher, text)] == [("Kenya", None)]


def test_events_destination_hung_on_a_companion_is_the_travellers(enricher: Enricher) -> None:
    text = (
        "John Kerry will travel to Egypt and will then travel with General David Petraeus "
        "to Ethiopia and Kenya."
    )
    assert [place for _, place, _ in _visits(enricher, text)] == ["Egypt", "Ethiopia", "Kenya"]


@pytest.mark.parametrize(
    ("text", "kind", "party"),
    [
        (
            "Pope Francis granted an audience to Javier Milei at the Vatican on Monday.",
            "meeting",
            "javier-milei",
        ),
        (
            "Fumio Kishida called on Joe Biden at the White House on Wednesday.",
            "meeting",
            "joe-biden",
        ),
        (
            "Joe Biden held a meeting at the presidential palace with Fumio Kishida on Friday.",
            "meeting",
            "fumio-kishida",
        ),
        ("Kenya sent 400 police officers to Haiti last year.", "deployment", "haiti"),
    ],
)
def test_events_wire_idioms_name_their_parties(
    enricher: Enricher, text: str, kind: str, party: str
) -> None:
    (event,) = _of_type(events_of(enricher, text), kind)
    assert party in [c.id for c in event.counterparts]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Olaf Scholz will be in Madrid from May 4 to 6.", "Madrid"),
        ("Lula da Silva flew out for Beijing on Tuesday.", "Beijing"),
        ("Pham Minh Chinh left Hanoi on a special flight to visit Canada.", "Canada"),
    ],
)
def test_events_wire_idioms_of_travel_are_visits(enricher: Enricher, text: str, place: str) -> None:
    assert [p for _, p, _ in _visits(enricher, text)] == [place]


def test_events_agreeing_to_work_together_is_no_agreement(enricher: Enricher) -> None:
    text = "William Ruto and Samia Suluhu Hassan agreed to build a road on Friday."
    assert _of_type(events_of(enricher, text), "agreement") == []


def test_events_tour_of_several_countries_is_a_visit_to_each(enricher: Enricher) -> None:
    text = "Li Qiang is on a three-nation tour of Australia, New Zealand and Malaysia."
    assert [p for _, p, _ in _visits(enricher, text)] == ["Australia", "New Zealand", "Malaysia"]


def test_events_date_between_said_and_the_reported_subject_dates_the_report(
    enricher: Enricher,
) -> None:
    text = "Ferdinand Marcos said on Monday he would travel to Japan in July."
    assert [(p, d) for _, p, d in _visits(enricher, text)] == [("Japan", "2025-07")]


def test_events_planned_talks_take_the_place_of_a_visit_under_way(enricher: Enricher) -> None:
    text = (
        "Sergei Lavrov arrived in Pyongyang on Tuesday for a two-day visit. "
        "He will hold talks with Choe Son Hui."
    )
    (meeting,) = _of_type(events_of(enricher, text), "meeting")
    assert meeting.location is not None and meeting.location.name == "Pyongyang"


def test_events_together_with_makes_fellow_travellers_but_an_escort_no_visit(
    enricher: Enricher,
) -> None:
    together = "Giorgia Meloni travelled to Tunis together with Mark Rutte on Sunday."
    escorted = "Giorgia Meloni travelled to Tunis with General Mark Milley on Sunday."
    assert [a for a, _, _ in _visits(enricher, together)] == ["giorgia-meloni", "mark-rutte"]
    assert [a for a, _, _ in _visits(enricher, escorted)] == ["giorgia-meloni"]


def test_events_meeting_on_the_sidelines_of_a_summit_is_in_its_city(enricher: Enricher) -> None:
    text = "Narendra Modi met Xi Jinping on the sidelines of the BRICS summit in Kazan."
    (meeting,) = _of_type(events_of(enricher, text), "meeting")
    assert meeting.location is not None and meeting.location.name == "Kazan"


def test_events_place_named_in_capitals_by_the_dateline_is_named_as_the_story_prints_it(
    enricher: Enricher,
) -> None:
    text = "RIYADH (Reuters) - Mohammed bin Salman received Emmanuel Macron in Riyadh on Monday."
    (meeting,) = _of_type(events_of(enricher, text), "meeting")
    assert meeting.location is not None and meeting.location.name == "Riyadh"


def test_events_bracketed_date_after_a_weekday_is_the_date_meant(enricher: Enricher) -> None:
    text = "William Ruto will meet Xi Jinping in Beijing on Friday (April 4)."
    (meeting,) = _of_type(events_of(enricher, text), "meeting")
    assert meeting.date is not None and meeting.date.value == "2025-04-04"


def test_events_during_the_trip_refers_to_the_trip_told_before(enricher: Enricher) -> None:
    text = (
        "Narendra Modi will visit the United States in September. "
        "During the trip, Modi is expected to meet Joe Biden."
    )
    events = events_of(enricher, text)
    assert len(_of_type(events, "visit")) == 1
    (meeting,) = _of_type(events, "meeting")
    assert meeting.location is not None and meeting.location.name == "United States"


def test_events_talks_with_a_visiting_leader_are_on_that_leaders_visit(
    enricher: Enricher,
) -> None:
    text = (
        "Shavkat Mirziyoyev held talks with visiting Turkish President Recep Tayyip Erdogan. "
        "Erdogan arrived in Tashkent on Wednesday."
    )
    (meeting,) = _of_type(events_of(enricher, text), "meeting")
    assert meeting.location is not None and meeting.location.name == "Tashkent"
    assert meeting.date is not None and meeting.date.value == "2025-03-26"


def test_events_role_only_one_person_can_fill_may_come_before_the_name(
    enricher: Enricher,
) -> None:
    text = (
        "The former prime minister met Volodymyr Zelensky. "
        "Former Prime Minister Boris Johnson arrived in Kyiv on Saturday."
    )
    (meeting,) = _of_type(events_of(enricher, text), "meeting")
    assert meeting.actor.id == "boris-johnson"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Emmanuel Macron reportedly plans to visit Algeria in June.", "speculated"),
        ("Emmanuel Macron is scheduled to visit Hanoi on May 25.", "planned"),
        ("Emmanuel Macron pledged to support Moldova on Monday.", "occurred"),
    ],
)
def test_events_status_follows_the_guides_cues(enricher: Enricher, text: str, status: str) -> None:
    (event,) = events_of(enricher, text)
    assert event.status.value == status


def test_events_counterpart_of_a_country_is_the_holder_named_for_it(enricher: Enricher) -> None:
    text = (
        "Ghanaian President John Mahama will travel to Lome on Thursday for talks with his "
        "Togolese counterpart. Togo's president, Faure Gnassingbe, will host the visit."
    )
    (meeting,) = _of_type(events_of(enricher, text), "meeting")
    assert [c.id for c in meeting.counterparts] == ["faure-gnassingbe"]


def test_events_here_is_the_datelines_place(enricher: Enricher) -> None:
    text = (
        "HANOI, March 24 (VNA) - Prime Minister Pham Minh Chinh received visiting Lao Deputy "
        "Prime Minister Saleumxay Kommasith here on Monday."
    )
    events = events_of(enricher, text)
    (meeting,) = _of_type(events, "meeting")
    assert meeting.location is not None and meeting.location.name == "Hanoi"
    assert [c.id for c in meeting.counterparts] == ["saleumxay-kommasith"]
    assert [(a, p) for a, p, _ in _visits(enricher, text)] == [("saleumxay-kommasith", "Hanoi")]


def test_events_clause_of_time_in_the_present_has_the_main_clauses_time(
    enricher: Enricher,
) -> None:
    text = "Gabriel Boric and Narendra Modi will sign 12 agreements when they meet in New Delhi."
    (meeting,) = _of_type(events_of(enricher, text), "meeting")
    assert meeting.status.value == "planned"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("William Ruto, on a visit to Beijing, said Kenya wanted more trade.", "Beijing"),
        ("William Ruto returned from Beijing on Sunday.", "Beijing"),
    ],
)
def test_events_trips_told_in_passing_are_visits(enricher: Enricher, text: str, place: str) -> None:
    assert [(a, p) for a, p, _ in _visits(enricher, text)] == [("william-ruto", place)]


def test_events_dining_with_someone_is_meeting_them(enricher: Enricher) -> None:
    text = "William Ruto held talks with Fumio Kishida and later dined with Emperor Naruhito."
    meetings = _of_type(events_of(enricher, text), "meeting")
    assert sorted(c.id for m in meetings for c in m.counterparts) == ["fumio-kishida", "naruhito"]


def test_events_relative_clause_that_times_the_trip_dates_it(enricher: Enricher) -> None:
    text = "William Ruto's visit to Tokyo, which begins on May 4, will focus on trade."
    assert [(p, d) for _, p, d in _visits(enricher, text)] == [("Tokyo", "2025-05-04")]


def test_events_trip_aimed_at_something_that_took_someone_places_is_their_visits(
    enricher: Enricher,
) -> None:
    text = (
        "The trip was aimed at strengthening ties throughout Asia and took Secretary of State "
        "John Kerry to Australia, Indonesia and India."
    )
    visits = _visits(enricher, text)
    assert [p for _, p, _ in visits] == ["Australia", "Indonesia", "India"]
    assert {e.status.value for e in _of_type(events_of(enricher, text), "visit")} == {"occurred"}


def test_events_stance_in_reported_speech_is_taken_by_saying_it(enricher: Enricher) -> None:
    text = "David Lammy said on Tuesday that Britain would support Kenya."
    (statement,) = _of_type(events_of(enricher, text), "statement")
    assert (statement.actor.id, statement.status.value) == ("david-lammy", "occurred")


def test_events_place_hung_on_the_last_of_listed_titles_places_the_talks(
    enricher: Enricher,
) -> None:
    event = only(
        enricher,
        "Foreign Minister Anna Kowalski held talks with Deputy Prime Minister and Foreign Minister "
        "Tomas Varga in Budapest on Monday.",
    )
    assert event.location is not None and event.location.id == "budapest"


def test_events_meeting_days_into_a_visit_takes_its_place(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Prime Minister Ahmad Rahman arrived in Seoul on Monday. He met President Lee Min-jun "
        "on Tuesday.",
    )
    (meeting,) = _of_type(events, "meeting")
    assert meeting.location is not None and meeting.location.id == "seoul"


def test_events_traveller_gone_on_elsewhere_is_no_longer_on_the_first_visit(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "Foreign Minister Anna Kowalski traveled to Lisbon on Sunday, March 23. Kowalski then "
        "traveled to Madrid. She met Spanish Foreign Minister Jose Ortiz on Monday.",
    )
    (meeting,) = _of_type(events, "meeting")
    assert meeting.location is not None and meeting.location.id == "madrid"


@pytest.mark.parametrize(
    "text",
    [
        "President Ana Kowalski arrived in Nairobi on Tuesday and was received at the airport by "
        "Kenyan President Daniel Mwangi.",
        "President Ana Kowalski arrived in Nairobi on Tuesday. She was welcomed at Jomo Kenyatta "
        "International Airport by Kenyan President Daniel Mwangi.",
    ],
)
def test_events_welcome_on_arrival_is_the_visits_host_not_a_meeting(
    enricher: Enricher, text: str
) -> None:
    event = only(enricher, text)
    assert (event.type, event.actor.id) == ("visit", "ana-kowalski")
    assert [c.id for c in event.counterparts] == ["daniel-mwangi"]


def test_events_a_reception_hours_after_the_arrival_is_a_meeting(enricher: Enricher) -> None:
    text = (
        "Leader of the Revolution Ayatollah Seyyed Hassan Rezaei received visiting Lorvian "
        "President Ivan Petrov in Tehran on Monday, hours after the Lorvian leader landed in "
        "the Iranian capital for a summit."
    )
    events = events_of(enricher, text)
    (talks,) = _of_type(events, "meeting")
    assert (talks.actor.name, [c.id for c in talks.counterparts]) == (
        "Hassan Rezaei",
        ["ivan-petrov"],
    )
    assert [(v.actor.id, v.counterparts) for v in _of_type(events, "visit")] == [
        ("ivan-petrov", [])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Anna Kowalski arrived in the Uzbek capital on Wednesday.",
        "Anna Kowalski arrived in Uzbekistan's capital on Wednesday.",
    ],
)
def test_events_capital_of_a_country_is_its_capital_city(enricher: Enricher, text: str) -> None:
    event = only(enricher, text)
    assert event.location is not None and event.location.id == "tashkent"


def test_events_leaving_for_a_place_is_a_visit_there(enricher: Enricher) -> None:
    event = only(
        enricher, "Foreign Minister Anna Kowalski leaves for Apia tomorrow on a five-day trip."
    )
    assert (event.type, event.status) == ("visit", "planned")
    assert event.location is not None and event.location.id == "apia"
    assert event.date is not None and event.date.value == "2025-03-28"


def test_events_leaving_on_the_day_of_the_story_in_the_present_is_planned(
    enricher: Enricher,
) -> None:
    event = only(enricher, "Anna Kowalski leaves Suva this Thursday (27) for Apia.")
    assert (event.type, event.status) == ("visit", "planned")
    assert event.date is not None and event.date.value == "2025-03-27"


def test_events_a_welcome_told_right_after_an_arrival_greets_it(enricher: Enricher) -> None:
    event = only(
        enricher,
        "Prime Minister Taro Sato arrived at Vell Air Base on Sunday afternoon for a two-day "
        "visit. He was greeted by Foreign Minister Ana Kowalski.",
    )
    assert (event.type, event.actor.id) == ("visit", "taro-sato")
    assert [c.id for c in event.counterparts] == ["ana-kowalski"]


def test_events_a_welcome_where_a_trip_goes_greets_the_traveller(enricher: Enricher) -> None:
    event = only(
        enricher,
        "Anna Kowalski leaves Suva on Friday for Apia, where she will be received by the Prime "
        "Minister of Samoa, Tui Leota.",
    )
    assert (event.type, event.actor.id, event.status) == ("visit", "anna-kowalski", "planned")
    assert [c.id for c in event.counterparts] == ["tui-leota"]


def test_events_sentence_opening_visiting_guest_is_the_actor(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Visiting Japanese Foreign Minister Kenji Sato met with Indonesian President Budi "
        "Santoso at the presidential palace in Jakarta on Monday.",
    )
    (event,) = _of_type(events, "meeting")
    assert event.actor.id == "kenji-sato"
    assert [c.id for c in event.counterparts] == ["budi-santoso"]
    # The guest's talks abroad tell his stay there.
    assert [e.actor.id for e in _of_type(events, "visit")] == ["kenji-sato"]


def test_events_role_noun_with_a_relative_clause_is_its_holder(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "The Turkish president, who arrived in Baku on Monday, held talks with Azerbaijani "
        "President Elchin Aliyev on Tuesday. Turkish President Mehmet Demir is on a two-day "
        "visit to Azerbaijan.",
    )
    baku = [e for e in _of_type(events, "visit") if e.location and e.location.id == "baku"]
    assert [e.actor.id for e in baku] == ["mehmet-demir"]


def test_events_a_trip_told_behind_before_is_the_subjects(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Foreign Minister Anna Kowalski will travel to Warsaw on Monday for talks, before flying "
        "on to Vilnius on Tuesday.",
    )
    legs = {(e.location.id if e.location else None, e.actor.id) for e in _of_type(events, "visit")}
    assert legs == {("warsaw", "anna-kowalski"), ("vilnius", "anna-kowalski")}


def test_events_named_venue_of_talks_is_their_place(enricher: Enricher) -> None:
    event = only(
        enricher,
        "Prime Minister Anna Kowalski held talks with President Jan Nowak at the Presidential "
        "Palace on Monday.",
    )
    assert event.location is not None and event.location.name == "Presidential Palace"


def test_events_visit_to_a_country_is_to_the_city_of_the_talks(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Foreign Minister Anna Kowalski arrived in Jordan on Tuesday. She held talks with King "
        "Faisal in Amman on Wednesday.",
    )
    (visit,) = _of_type(events, "visit")
    assert visit.location is not None and visit.location.id == "amman"


def test_events_each_stop_of_an_itinerary_takes_the_date_told_after_it(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "Foreign Minister Anna Kowalski will travel to Santiago on March 31 and then to Brasilia "
        "on April 2.",
    )
    legs = {
        (e.location.id if e.location else None, e.date.value if e.date else None)
        for e in _of_type(events, "visit")
    }
    assert legs == {("santiago", "2025-03-31"), ("brasilia", "2025-04-02")}


def test_events_he_after_a_report_is_the_doer_not_the_source(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Ganbold Tserendorj will hold talks with Prime Minister Ken Sato in Tokyo on "
        "Friday, spokesperson Hiroko Amamiya told reporters. He will also meet Crown Prince "
        "Akio Hiro at the Imperial Palace.",
    )
    actors = {e.actor.id for e in _of_type(events, "meeting")}
    assert "hiroko-amamiya" not in actors


def test_events_stance_voiced_for_a_country_is_the_speakers(enricher: Enricher) -> None:
    event = only(
        enricher, "President Omar Farouk expressed Egypt's full support for Kuwait on Monday."
    )
    assert (event.type, event.actor.id) == ("statement", "omar-farouk")
    assert [c.id for c in event.counterparts] == ["kuwait"]


def test_events_troops_sent_to_a_city_the_model_reads_as_a_person(enricher: Enricher) -> None:
    event = only(enricher, "Fiji will send 60 soldiers to Honiara next week.")
    assert (event.type, event.actor.id) == ("deployment", "fiji")
    assert event.location is not None and event.location.id == "honiara"
    assert [c.id for c in event.counterparts] == ["solomon-islands"]


def test_events_talks_before_a_signing_are_a_meeting_of_the_signers(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Prime Minister Omar Haddad and his Iraqi counterpart, Ali Kareem, signed five "
        "agreements on Thursday after talks in Amman.",
    )
    (meeting,) = _of_type(events, "meeting")
    parties = {meeting.actor.id, *(c.id for c in meeting.counterparts)}
    assert parties == {"omar-haddad", "ali-kareem"}


def test_events_place_hung_on_the_name_beside_a_role_places_the_talks(
    enricher: Enricher,
) -> None:
    event = only(
        enricher,
        "Foreign Minister Anna Kowalski held talks with her Polish counterpart Jan Nowak in "
        "Warsaw on Monday.",
    )
    assert event.location is not None and event.location.id == "warsaw"


def test_events_after_meeting_x_the_speaker_met_x(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "After meeting Chinese President Li Ming in Beijing on Monday, Kenyan President Samuel "
        "Otieno said ties were strong.",
    )
    (event,) = _of_type(events, "meeting")
    assert event.actor.id == "samuel-otieno"
    assert [c.id for c in event.counterparts] == ["li-ming"]


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Kenyan President Samuel Otieno and Chinese President Li Ming in Beijing "
        "on Monday focused on trade.",
        "Samuel Otieno told Li Ming during a meeting in Beijing on Monday that ties were strong.",
    ],
)
def test_events_talks_between_or_during_name_their_parties(enricher: Enricher, text: str) -> None:
    (event,) = _of_type(events_of(enricher, text), "meeting")
    assert event.actor.id == "samuel-otieno"
    assert [c.id for c in event.counterparts] == ["li-ming"]
    assert event.location is not None and event.location.id == "beijing"


def test_events_visit_starting_a_weekday_is_dated_by_it(enricher: Enricher) -> None:
    event = only(
        enricher,
        "President Luis Benitez will make a two-day official visit to Uruguay starting Monday, "
        "his office said.",
    )
    assert event.date is not None and event.date.value == "2025-03-31"


def test_events_signing_a_plan_of_cooperation_is_an_agreement(enricher: Enricher) -> None:
    event = only(enricher, "Anna Kowalski and Jan Nowak signed a plan of cooperation on Monday.")
    assert (event.type, event.actor.id) == ("agreement", "anna-kowalski")


def test_events_no_plans_to_travel_is_no_trip(enricher: Enricher) -> None:
    assert not events_of(
        enricher, "President Ivan Sokolov has no plans to travel to the summit in Rio de Janeiro."
    )


def test_events_a_plan_that_never_was_is_no_meeting(enricher: Enricher) -> None:
    # The parser hangs "for Lund to meet" on "plan" as an adverbial clause; the plan's clause
    # ("there was never") still denies it.
    found = events_of(
        enricher,
        "A spokesman said there was never a plan for Lund to meet Governor Ane Berg in Tromso.",
    )
    assert [e for e in found if e.type in ("visit", "meeting")] == []


def test_events_the_resort_of_a_city_is_the_city(enricher: Enricher) -> None:
    event = only(
        enricher,
        "President Mehmet Demir and President Ivan Sokolov met in the Black Sea resort of Sochi "
        "on Monday.",
    )
    assert event.location is not None and event.location.id == "sochi"


# --- recall on real text (issue #10): mechanisms, each on an invented sentence ---------------


def _summary(events: list[Event]) -> set[tuple[str, str, tuple[str, ...], str | None]]:
    return {
        (
            e.type,
            e.actor.id,
            tuple(sorted(c.id for c in e.counterparts)),
            e.location.id if e.location else None,
        )
        for e in events
    }


def test_events_joined_parties_meet_too(enricher: Enricher) -> None:
    text = "Mark Esper joined Mike Pompeo in meeting with Narendra Modi in New Delhi."
    meeting = next(e for e in events_of(enricher, text) if e.type == "meeting")
    parties = {meeting.actor.id, *(c.id for c in meeting.counterparts)}
    assert parties == {"mark-esper", "mike-pompeo", "narendra-modi"}


def test_events_discussed_with_one_named_among_officials(enricher: Enricher) -> None:
    text = (
        "Mike Pompeo will also discuss trade issues with Indian officials, including "
        "Prime Minister Narendra Modi."
    )
    assert ("meeting", "mike-pompeo", ("narendra-modi",), None) in _summary(
        events_of(enricher, text)
    )


def test_events_guest_welcomed_to_a_place_visits_it(enricher: Enricher) -> None:
    text = (
        "President Barack Obama will welcome King Mohammed VI of Morocco to the White "
        "House on November 22."
    )
    visits = [e for e in events_of(enricher, text) if e.type == "visit"]
    assert [(v.actor.name, [c.id for c in v.counterparts]) for v in visits] == [
        ("Mohammed VI", ["barack-obama"])
    ]


def test_events_going_on_to_a_place_is_a_visit(enricher: Enricher) -> None:
    text = "Emmanuel Macron will travel to Hanoi on Monday and will go on to Jakarta on Tuesday."
    places = {e.location.id for e in events_of(enricher, text) if e.type == "visit" and e.location}
    assert places == {"hanoi", "jakarta"}


def test_events_visit_with_a_host_is_a_meeting_and_names_the_host(enricher: Enricher) -> None:
    text = "Mike Pompeo will travel to Sydney for a visit with Foreign Minister Marise Payne."
    found = _summary(events_of(enricher, text))
    assert ("meeting", "mike-pompeo", ("marise-payne",), "sydney") in found
    assert ("visit", "mike-pompeo", ("marise-payne",), "sydney") in found


def test_events_a_visit_to_a_place_with_someone_goes_in_their_company(enricher: Enricher) -> None:
    text = "King Olaf made a state visit to Indonesia with Queen Sonja in October 1991."
    found = _summary(events_of(enricher, text))
    assert found == {("visit", "olaf", (), "indonesia")}


def test_events_meetings_told_apart_are_one_per_party(enricher: Enricher) -> None:
    text = (
        "Barack Obama will hold bilateral meetings with his counterparts: President Park "
        "Geun-hye of South Korea and Prime Minister Shinzo Abe of Japan."
    )
    meetings = [e for e in events_of(enricher, text) if e.type == "meeting"]
    assert sorted(tuple(c.id for c in m.counterparts) for m in meetings) == [
        ("park-geun-hye",),
        ("shinzo-abe",),
    ]


def test_events_a_question_asserts_no_visit(enricher: Enricher) -> None:
    text = "Dmitry Peskov was asked whether Vladimir Putin would go to Brazil in November."
    assert [e for e in events_of(enricher, text) if e.type == "visit"] == []


def test_events_the_two_leaders_are_people_not_the_broker(enricher: Enricher) -> None:
    text = (
        "Turkey brokered talks between Ilham Aliyev and Nikol Pashinyan in Ankara in May."
        "\n\nThe two leaders are expected to travel together to Tbilisi on Friday."
    )
    actors = {e.actor.id for e in events_of(enricher, text) if e.type == "visit"}
    assert actors == {"ilham-aliyev", "nikol-pashinyan"}


def test_events_the_visiting_premier_is_the_traveller(enricher: Enricher) -> None:
    text = (
        "Thai Prime Minister Srettha Thavisin will arrive here on Monday, Indian Prime "
        "Minister Narendra Modi said.\n\nThe visiting premier will hold talks with Modi on "
        "Tuesday."
    )
    meeting = next(e for e in events_of(enricher, text) if e.type == "meeting")
    assert {meeting.actor.id, *(c.id for c in meeting.counterparts)} == {
        "srettha-thavisin",
        "narendra-modi",
    }


def test_events_a_trip_months_ago_is_not_the_one_ahead(enricher: Enricher) -> None:
    text = (
        "Olaf Scholz visited Warsaw in January. Scholz is expected to travel to Warsaw "
        "again for the summit."
    )
    visits = [e for e in events_of(enricher, text) if e.type == "visit"]
    assert sorted(v.status.value for v in visits) == ["occurred", "speculated"]


def test_events_the_premier_is_the_prime_minister(enricher: Enricher) -> None:
    text = (
        "Malaysian Prime Minister Anwar Ibrahim held talks in Jakarta on Monday. The "
        "Malaysian premier flew to Surabaya on Tuesday."
    )
    assert ("visit", "anwar-ibrahim", (), "surabaya") in _summary(events_of(enricher, text))


def test_events_trip_told_before_lends_its_traveller(enricher: Enricher) -> None:
    text = (
        "Lloyd Austin left Washington on Sunday for a week-long trip. The trip started "
        "with a stop in London to meet with Prime Minister Rishi Sunak."
    )
    meetings = [e for e in events_of(enricher, text) if e.type == "meeting"]
    assert [(m.actor.id, [c.id for c in m.counterparts]) for m in meetings] == [
        ("lloyd-austin", ["rishi-sunak"])
    ]


def test_events_past_tense_hung_on_a_name_is_its_verb(enricher: Enricher) -> None:
    text = (
        "Lt. Gen. Charles Flynn, who heads U.S. Army Pacific, called on Gen. Manoj Pande "
        "at South Block, the Indian Army said in a statement."
    )
    meeting = only(enricher, text)
    assert (meeting.actor.id, [c.id for c in meeting.counterparts]) == (
        "charles-flynn",
        ["manoj-pande"],
    )


def test_roles_a_country_before_its_leader_s_name_is_no_party() -> None:
    # "met Peña and Uruguay's Lacalle Pou", with "Uruguay" read as the third of the list.
    words = ["met", "Peña", "and", "Uruguay", "'s", "Pou"]
    heads = [0, 0, 1, 1, 3, 1]
    deps = ["ROOT", "dobj", "cc", "conj", "case", "conj"]
    tags = ["VBD", "NNP", "CC", "NNP", "POS", "NNP"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert _owner_read_as_party(doc[3])
    assert not _owner_read_as_party(doc[5])


def test_events_an_arrival_naming_no_place_is_where_the_last_one_was(enricher: Enricher) -> None:
    text = "Xi Jinping arrived in Johannesburg on Monday. Narendra Modi arrived on Tuesday."
    found = _summary(events_of(enricher, text))
    assert found == {
        ("visit", "xi-jinping", (), "johannesburg"),
        ("visit", "narendra-modi", (), "johannesburg"),
    }


def test_events_making_the_trip_goes_where_the_invitation_said(enricher: Enricher) -> None:
    text = (
        "Italian Prime Minister Giorgia Meloni met Olaf Scholz in Rome on Monday. Scholz "
        "invited Meloni to visit Berlin, and the Italian premier is expected to make the trip "
        "in May."
    )
    visits = [e for e in events_of(enricher, text) if e.type == "visit"]
    assert [(v.location.id if v.location else None, v.status.value) for v in visits] == [
        ("berlin", "speculated")
    ]


def test_events_talks_nothing_places_are_where_the_dateline_is(enricher: Enricher) -> None:
    (event,) = _of_type(
        events_of(
            enricher,
            "OSLO, March 26 (Reuters) - Norwegian Prime Minister Aino Lehtonen held talks with "
            "Chilean President Rodrigo Fuentes on Wednesday on fisheries and trade.",
        ),
        "meeting",
    )
    assert event.location is not None and event.location.id == "oslo"


def test_events_dateline_does_not_place_talks_of_a_party_told_elsewhere_that_day(
    enricher: Enricher,
) -> None:
    meetings = _of_type(
        events_of(
            enricher,
            "OSLO, March 26 (Reuters) - On Wednesday, Norwegian Prime Minister Aino Lehtonen met "
            "Prime Minister Rodrigo Fuentes in Santiago. On Wednesday, Lehtonen also met "
            "Foreign Minister Ana Rojas.",
        ),
        "meeting",
    )
    assert [m.location.id if m.location else None for m in meetings] == ["santiago", None]


def test_events_dateline_does_not_place_what_had_happened_before(enricher: Enricher) -> None:
    (event,) = _of_type(
        events_of(
            enricher,
            "OSLO, March 26 (Reuters) - Norwegian Prime Minister Aino Lehtonen had held talks with "
            "Chilean President Rodrigo Fuentes on Tuesday.",
        ),
        "meeting",
    )
    assert event.location is None


def test_events_dateline_does_not_place_talks_of_parties_not_told_there(
    enricher: Enricher,
) -> None:
    (event,) = _of_type(
        events_of(
            enricher,
            "OSLO, March 26 (Reuters) - Finnish President Aino Lehtonen held talks with "
            "Chilean President Rodrigo Fuentes on Wednesday.",
        ),
        "meeting",
    )
    assert event.location is None


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "President Nurlan Amirov held talks with Finnish President Aino Lehtonen at the "
            "Akorda on Wednesday.",
            "akorda",
        ),
        (
            "Foreign Minister Rashid Al Hinai received Iranian Deputy Foreign Minister Ali Karimi "
            "at the Diwan of Foreign Affairs on Tuesday.",
            "diwan-of-foreign-affairs",
        ),
        (
            "Norwegian Prime Minister Aino Lehtonen met Chilean President Rodrigo Fuentes at his "
            "Tingvoll House office on Monday.",
            "tingvoll-house",
        ),
        (
            "Fuentes is also scheduled to meet King Harald at his Bygdoy Kongsgard estate on "
            "Sunday.",
            "bygdoy-kongsgard",
        ),
    ],
)
def test_events_name_after_at_the_is_the_venue_of_the_talks(
    enricher: Enricher, text: str, venue: str
) -> None:
    (event,) = _of_type(events_of(enricher, text), "meeting")
    assert event.location is not None and event.location.id == venue
    assert event.location.label == "FAC"


def test_events_visit_to_the_country_of_the_dateline_city_is_to_that_city(
    enricher: Enricher,
) -> None:
    (visit,) = _of_type(
        events_of(
            enricher,
            "OSLO, March 26 (Reuters) - Chilean President Rodrigo Fuentes arrived in Norway on "
            "Tuesday for a three-day state visit.",
        ),
        "visit",
    )
    assert visit.location is not None and visit.location.id == "oslo"


@pytest.mark.parametrize(
    "text",
    [
        # The speaker's own doings told in the subject's clause are not the report.
        "Jonas Berg, who visited Oslo last month, told reporters the deal was close.",
        # An aside beside the event reports nothing about it.
        "Jonas Berg held talks with Erik Lund in Oslo on Monday, with Berg saying he hoped for "
        "a deal.",
        # A stance is its speaker's own word, not a report by the speaker.
        "Prime Minister Jonas Berg said Norway firmly supports Chile in the dispute.",
    ],
)
def test_events_speaker_is_no_source_of_what_the_report_does_not_hold(
    enricher: Enricher, text: str
) -> None:
    assert all(not event.attributed_to for event in events_of(enricher, text))


def test_events_closing_report_after_comma_sources_the_whole_sentence(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Jonas Berg will travel to Oslo on Monday for talks with Erik Lund, before flying on to "
        "Riga on Tuesday, the Foreign Office said on Thursday.",
    )
    assert events and all([a.name for a in e.attributed_to] == ["Foreign Office"] for e in events)


TALKS = (
    "Norwegian Foreign Minister Anna Berg held talks with Danish Foreign Minister Erik Lund in "
    "Bergen on Monday.\n\n"
)
STANCE = "\n\nBerg said Norway firmly supports Chile in the dispute."


@pytest.mark.parametrize(
    ("between", "place", "day"),
    [
        # A guest's arrival told in between does not date what was said at the talks.
        ("Lund arrived in Bergen on Sunday for a three-day visit.", "bergen", "2025-03-24"),
        # A speaker told travelling on since the talks may have spoken there.
        ("On Tuesday Berg travelled to Oslo and spoke to students.", "oslo", "2025-03-25"),
    ],
)
def test_events_undated_stance_is_voiced_at_its_speakers_talks(
    enricher: Enricher, between: str, place: str, day: str
) -> None:
    (stance,) = _of_type(events_of(enricher, TALKS + between + STANCE), "statement")
    assert stance.location is not None and stance.location.id == place
    assert stance.date is not None and stance.date.value == day


def test_events_there_is_the_place_of_the_event_told_before(enricher: Enricher) -> None:
    text = (
        "Jon Ek held talks with Erik Lund at the Akershus Fortress on Monday. Anna Berg met "
        "Lund there on Tuesday."
    )
    meetings = _of_type(events_of(enricher, text), "meeting")
    assert [m.location.id if m.location else None for m in meetings] == ["akershus-fortress"] * 2


def test_events_trip_dated_only_by_the_story_so_far_hosts_dated_talks(enricher: Enricher) -> None:
    text = (
        "Anna Berg met Jon Ek in Bergen on March 10.\n\nBerg then travelled to Oslo. She met "
        "Erik Lund on Monday, March 24."
    )
    talks = _of_type(events_of(enricher, text), "meeting")
    assert [(m.date and m.date.value, m.location and m.location.id) for m in talks] == [
        ("2025-03-10", "bergen"),
        ("2025-03-24", "oslo"),
    ]


@pytest.mark.parametrize(
    ("text", "event_type", "day"),
    [
        # A trip told in the simple present is on the schedule (published on a Thursday).
        ("Anna Berg flies to Oslo on Sunday and will sign a grant there.", "visit", "2025-03-30"),
        # The visit a scheduled trip is made for is that trip, on its day ahead.
        (
            "Pope Francis flies to Malta on Tuesday for a two-day visit that ends the pilgrimage.",
            "visit",
            "2025-04-01",
        ),
        # Talks told as the purpose of a planned trip share its day, ahead.
        (
            "Anna Berg plans to fly on to Oslo on Saturday to attend a meeting with Erik Lund.",
            "meeting",
            "2025-03-29",
        ),
        # Talks held are told in the tense of the verb that holds them.
        ("Anna Berg holds talks with Erik Lund in Oslo on Tuesday.", "meeting", "2025-04-01"),
        # A plural present the parser tags as the base form is on the schedule too.
        (
            "The next legs of Anna Berg's tour take her to Oslo on Tuesday.",
            "visit",
            "2025-04-01",
        ),
        # A trip that is the subject of a stage told in the present is on the schedule.
        ("Anna Berg's tour ends in Oslo on Tuesday.", "visit", "2025-04-01"),
        # A gathering's participle has no tense; the verb that attends it has.
        (
            "Anna Berg attends a summit hosted by Erik Lund in Oslo on Tuesday.",
            "meeting",
            "2025-04-01",
        ),
        (
            "Anna Berg travels to Oslo on Tuesday for a summit hosted by Erik Lund.",
            "meeting",
            "2025-04-01",
        ),
        # A caption's present tells the picture, not the schedule.
        (
            "Anna Berg held talks with Erik Lund in Oslo.\n\n"
            "PHOTO: Anna Berg meets Erik Lund in Oslo on Tuesday.",
            "meeting",
            "2025-03-25",
        ),
    ],
)
def test_events_weekday_of_a_scheduled_event_lies_ahead(
    enricher: Enricher, text: str, event_type: str, day: str
) -> None:
    (event,) = _of_type(events_of(enricher, text), event_type)
    assert event.date is not None and event.date.value == day


def test_events_leg_moved_on_to_after_a_scheduled_trip_lies_ahead(enricher: Enricher) -> None:
    # A gerund has no tense of its own: "before moving on" is timed as the trip it follows.
    text = "Anna Berg flies to Oslo tomorrow, before moving on to Bergen on Monday."
    visits = _of_type(events_of(enricher, text), "visit")
    assert {(v.location and v.location.id, v.date and v.date.value) for v in visits} == {
        ("oslo", "2025-03-28"),
        ("bergen", "2025-03-31"),
    }


def test_events_the_following_day_is_the_day_after_the_date_told_before(
    enricher: Enricher,
) -> None:
    text = (
        "Anna Berg will hold talks with Jon Ek on April 9 and call on Prime Minister Erik Lund "
        "the following day."
    )
    meetings = _of_type(events_of(enricher, text), "meeting")
    assert [(m.counterparts[0].id, m.date and m.date.value) for m in meetings] == [
        ("jon-ek", "2025-04-09"),
        ("erik-lund", "2025-04-10"),
    ]


def test_events_stance_told_with_a_country_visit_is_in_the_visits_city(
    enricher: Enricher,
) -> None:
    text = (
        "Swedish Foreign Minister Anna Berg arrived in Norway on Monday with a message of "
        "solidarity, pledging that Sweden would always stand with Norway.\n\nBerg held talks "
        "with Norwegian Foreign Minister Erik Lund in Oslo on Monday."
    )
    events = events_of(enricher, text)
    assert {e.type: e.location and e.location.id for e in events} == {
        "visit": "oslo",
        "statement": "oslo",
        "meeting": "oslo",
    }


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # A place in the talks' topic is what they were about, not where they were.
        (
            "Anna Berg held talks with her counterpart Erik Lund on trade, energy and the "
            "situation in Ukraine.",
            None,
        ),
        ("Anna Berg met Erik Lund on the sidelines of the summit in Kazan on Tuesday.", "kazan"),
    ],
)
def test_events_talks_on_a_topic_are_not_in_its_place(
    enricher: Enricher, text: str, place: str | None
) -> None:
    (meeting,) = _of_type(events_of(enricher, text), "meeting")
    assert (meeting.location and meeting.location.id) == place


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg said on Monday that Norway firmly supports Chile in the dispute.",
        "The Norwegian Foreign Ministry said on Monday that the plan was a serious violation and "
        "accused Sweden of playing with fire.",
    ],
)
def test_events_stance_is_taken_on_the_day_it_is_said(enricher: Enricher, text: str) -> None:
    (stance,) = _of_type(events_of(enricher, text), "statement")
    assert stance.date is not None and stance.date.value == "2025-03-24"


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        (
            "Anna Berg will fly to Oslo on Friday, a source in the ministry told Interfax.",
            ["interfax"],
        ),
        (
            "Norway will send 40 troops to Latvia next month, Defence Minister Ola Berg told "
            "Parliament on Wednesday.",
            ["ola-berg"],
        ),
    ],
)
def test_events_outlet_told_by_an_unnamed_source_is_the_channel(
    enricher: Enricher, text: str, sources: list[str]
) -> None:
    (event,) = events_of(enricher, text)
    assert [a.id for a in event.attributed_to] == sources


def test_events_stance_told_as_a_participle_beside_an_arrival_shares_its_day(
    enricher: Enricher,
) -> None:
    text = (
        "Swedish Foreign Minister Anna Berg arrived in Norway on Monday with a message of "
        "solidarity, pledging that Sweden would always stand with Norway."
    )
    (stance,) = _of_type(events_of(enricher, text), "statement")
    assert stance.date is not None and stance.date.value == "2025-03-24"


def test_events_an_invitation_to_visit_is_placed_where_it_invites(enricher: Enricher) -> None:
    text = (
        "Norwegian Prime Minister Anna Berg met Danish Prime Minister Erik Lund in Copenhagen on "
        "Monday. Lund accepted an invitation from the Norwegian leader to visit Oslo."
    )
    (invitation,) = _of_type(events_of(enricher, text), "invitation")
    assert invitation.location is not None and invitation.location.id == "oslo"


def test_events_a_force_sent_to_a_world_region_is_placed_there(enricher: Enricher) -> None:
    (deployment,) = events_of(enricher, "Norway deployed two frigates to the Caribbean in May.")
    assert deployment.location is not None and deployment.location.id == "caribbean"
    assert not events_of(enricher, "Anna Berg will travel to Africa next week.")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Anna Berg condemned Belarus for the executions, telling reporters in Berlin that "
            "the verdicts were unfair.",
            "berlin",
        ),
        ("In a speech in Shanghai, Anna Berg criticised China for its subsidies.", "shanghai"),
    ],
)
def test_events_stance_is_placed_where_it_was_voiced(
    enricher: Enricher, text: str, place: str
) -> None:
    (stance,) = _of_type(events_of(enricher, text), "statement")
    assert stance.location is not None and stance.location.id == place


def test_events_meeting_verbs_joined_under_one_subject_are_one_meeting(enricher: Enricher) -> None:
    text = (
        "In Lusaka, Maria Ortega will call on President Daniel Mwale and meet Foreign "
        "Minister Grace Banda."
    )
    meetings = [e for e in events_of(enricher, text) if e.type == "meeting"]
    assert [sorted(c.id for c in m.counterparts) for m in meetings] == [
        ["daniel-mwale", "grace-banda"]
    ]


def test_events_meeting_verbs_told_in_sequence_stay_apart(enricher: Enricher) -> None:
    text = (
        "Maria Ortega met President Daniel Mwale on Monday and then met Foreign Minister "
        "Grace Banda on Tuesday."
    )
    meetings = [e for e in events_of(enricher, text) if e.type == "meeting"]
    assert sorted(tuple(c.id for c in m.counterparts) for m in meetings) == [
        ("daniel-mwale",),
        ("grace-banda",),
    ]


@pytest.mark.parametrize(
    ("text", "first_place"),
    [
        # The verb left out after "then".
        (
            "Maria Ortega will meet President Daniel Mwale in Lima on Monday, then Foreign "
            "Minister Grace Banda in Quito on Tuesday.",
            "Lima",
        ),
        # A time told between the "and" and the second party.
        (
            "Maria Ortega met President Daniel Mwale on Monday and, later in the week, Foreign "
            "Minister Grace Banda in Quito.",
            None,
        ),
    ],
)
def test_events_a_party_met_with_the_verb_left_out_is_a_meeting_of_its_own(
    enricher: Enricher, text: str, first_place: str | None
) -> None:
    meetings = [e for e in events_of(enricher, text) if e.type == "meeting"]
    found = [
        (tuple(c.id for c in m.counterparts), m.location.name if m.location else None)
        for m in meetings
    ]
    assert found == [(("daniel-mwale",), first_place), (("grace-banda",), "Quito")]


def test_events_stops_a_tour_will_take_in_are_planned_on_their_own_days(
    enricher: Enricher,
) -> None:
    text = (
        "Polish President Anna Kowalski landed in Lusaka on Tuesday at the start of a regional "
        "tour that will bring her to Harare on Thursday and Maputo on Saturday."
    )
    visits = _of_type(events_of(enricher, text), "visit")
    found = [
        (v.location.name if v.location else None, v.date.value if v.date else None, v.status.value)
        for v in visits
    ]
    assert found == [
        ("Lusaka", "2025-03-25", "occurred"),
        ("Harare", "2025-03-27", "planned"),
        ("Maputo", "2025-03-29", "planned"),
    ]


def test_events_a_trip_with_its_own_place_keeps_its_clause_tense(enricher: Enricher) -> None:
    text = (
        "Kenyan President Daniel Mwale landed in Oslo on Tuesday for a state visit to Norway "
        "that will also bring him to Bergen."
    )
    (visit,) = _of_type(events_of(enricher, text), "visit")
    assert visit.status.value == "occurred"
    assert visit.date is not None and visit.date.value == "2025-03-25"


def test_events_a_name_folded_into_the_next_title_is_a_counterpart(enricher: Enricher) -> None:
    text = (
        "Maria Ortega will hold a meeting with Zambian Trade Minister Grace Banda-Phiri and "
        "Finance Minister Peter Mwale."
    )
    (meeting,) = _of_type(events_of(enricher, text), "meeting")
    assert sorted(c.id for c in meeting.counterparts) == ["grace-banda-phiri", "peter-mwale"]


def test_events_hosting_a_thing_is_no_meeting_to_merge_with(enricher: Enricher) -> None:
    text = (
        "Maria Ortega will hold talks with Foreign Minister Grace Banda in Lusaka.\n\nOn "
        "Wednesday, Ortega met Defence Minister Peter Mwale and welcomed Zambia's offer to host "
        "a film festival."
    )
    meetings = _of_type(events_of(enricher, text), "meeting")
    talks = next(m for m in meetings if [c.id for c in m.counterparts] == ["grace-banda"])
    assert talks.date is None


def test_events_talks_told_as_part_of_a_trip_are_a_stop_of_it(enricher: Enricher) -> None:
    text = (
        "Maria Ortega will hold talks with Trade Minister Grace Banda in Ndola, Zambia, as part "
        "of a regional tour which also brings her to Kenya and Ghana."
    )
    assert [(actor, place) for actor, place, _ in _visits(enricher, text)] == [
        ("maria-ortega", "Ndola"),
        ("maria-ortega", "Kenya"),
        ("maria-ortega", "Ghana"),
    ]


def test_events_talks_during_another_partys_trip_are_no_stop_of_the_host(
    enricher: Enricher,
) -> None:
    text = "President Daniel Mwale met Maria Ortega in Lusaka during Ortega's visit to Zambia."
    assert [actor for actor, _, _ in _visits(enricher, text)] == ["maria-ortega"]


def test_events_a_visit_dated_by_month_takes_the_first_day_told_in_its_city(
    enricher: Enricher,
) -> None:
    text = (
        "Secretary of State Maria Ortega will travel to Zambia and Kenya in July. In Lusaka, "
        "Zambia (July 14-16), Secretary Ortega will meet with President Daniel Mwale."
    )
    assert _visits(enricher, text) == [
        ("maria-ortega", "Lusaka", "2025-07-14"),
        ("maria-ortega", "Kenya", "2025-07"),
    ]


def test_events_flying_on_before_a_report_is_the_travellers_next_leg(enricher: Enricher) -> None:
    text = (
        "Trade Minister Anna Kowalski will travel to Lusaka on Monday for talks with her "
        "Zambian counterpart, Grace Banda, before flying on to Nairobi on Tuesday, the Trade "
        "Office said on Thursday."
    )
    *_, leg = _of_type(events_of(enricher, text), "visit")
    assert leg.location is not None and leg.date is not None
    assert (leg.location.name, leg.date.value, leg.status.value) == (
        "Nairobi",
        "2025-04-01",
        "planned",
    )


def test_events_being_due_somewhere_is_planned(enricher: Enricher) -> None:
    text = (
        "Anna Kowalski will travel to Kenya next week.\n\nIn Nairobi, Kowalski is due to sign "
        "a trade pact with Peter Mwale."
    )
    (visit,) = _of_type(events_of(enricher, text), "visit")
    assert visit.status.value == "planned"


def test_events_a_site_visited_near_a_town_is_a_visit_there(enricher: Enricher) -> None:
    text = (
        "Kenyan Defence Minister Peter Mwale arrived in Lusaka on Thursday. He will visit "
        "troops near Kabwe on Friday."
    )
    assert _visits(enricher, text) == [
        ("peter-mwale", "Lusaka", "2025-03-27"),
        ("peter-mwale", "Kabwe", "2025-03-28"),
    ]


def test_events_the_first_to_visit_since_a_year_is_the_trip_under_way(enricher: Enricher) -> None:
    text = (
        "Polish President Anna Kowalski arrived in Lusaka on Tuesday for a three-day visit.\n\n"
        "Kowalski is the first Polish president to go to Zambia since 2004."
    )
    assert _visits(enricher, text) == [("anna-kowalski", "Lusaka", "2025-03-25")]


def test_events_the_city_described_by_a_sea_is_the_city_named_before(enricher: Enricher) -> None:
    text = (
        "Kenyan President Daniel Mwale arrived in Mombasa on Friday. Mwale, who travelled on "
        "from Nairobi to the Indian Ocean city, later met Governor Peter Banda."
    )
    assert _summary(events_of(enricher, text)) == {
        ("visit", "daniel-mwale", (), "mombasa"),
        ("meeting", "daniel-mwale", ("peter-banda",), "mombasa"),
    }


def test_events_an_infinitive_joined_to_an_expected_visit_is_expected_too(
    enricher: Enricher,
) -> None:
    text = "Maria Ortega is expected to tour Kabwe on Friday and to fly to Lusaka afterwards."
    visits = _of_type(events_of(enricher, text), "visit")
    assert [(v.location.name if v.location else None, v.status.value) for v in visits] == [
        ("Kabwe", "speculated"),
        ("Lusaka", "speculated"),
    ]


# --- long wire copy: denials, cancellations and things hosted ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Reports in local media that Chilean President Rodrigo Fuentes was planning to visit "
        "Oslo before the end of the year were dismissed by a Chilean official.",
        "Reports in regional media that Norwegian frigates would be stationed in Chile were "
        "denied by the Norwegian ministry.",
    ],
)
def test_events_denied_report_is_no_event(enricher: Enricher, text: str) -> None:
    found = events_of(enricher, text)
    assert [e for e in found if e.type in ("visit", "deployment")] == []


@pytest.mark.parametrize(
    "text",
    [
        "The Ghanaian ministry dismissed reports that President Peter Mensah would make a "
        "stopover in Oslo on his way home.",
        "Officials denied that President Peter Mensah would travel to Oslo next week.",
    ],
)
def test_events_report_dismissed_or_claim_denied_is_no_visit(enricher: Enricher, text: str) -> None:
    assert [e for e in events_of(enricher, text) if e.type == "visit"] == []


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman denied a report that President Peter Mensah would travel to Oslo next week "
        "to meet Prime Minister Jonas Berg.",
        "President Peter Mensah did not travel to Oslo to meet Prime Minister Jonas Berg.",
        "Officials denied that President Peter Mensah would meet Prime Minister Jonas Berg in "
        "Oslo next week.",
    ],
)
def test_events_meeting_a_denied_trip_is_for_is_no_meeting(enricher: Enricher, text: str) -> None:
    assert [e for e in events_of(enricher, text) if e.type == "meeting"] == []


def test_events_meeting_a_planned_trip_is_for_is_kept(enricher: Enricher) -> None:
    text = "President Peter Mensah will travel to Oslo next week to meet Prime Minister Jonas Berg."
    assert [e.status for e in events_of(enricher, text) if e.type == "meeting"] == ["planned"]


def test_events_a_charge_denied_after_it_is_told_is_still_made(enricher: Enricher) -> None:
    text = "Lorvia has accused Ghana of backing the rebels, a charge Accra denies."
    assert [e.type for e in events_of(enricher, text)] == ["statement"]


def test_events_plan_called_off_in_a_but_clause_is_no_visit(enricher: Enricher) -> None:
    text = (
        "Aino Lehtonen had been due to fly on to Tallinn on Friday, but the trip was called "
        "off on Thursday morning."
    )
    assert events_of(enricher, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A planned visit by Aino Lehtonen to a dairy farm in Harju County was dropped from "
        "the schedule on Monday.",
        "A plan for Ms Lehtonen to visit the Temple of the Winds in Tartu was dropped on "
        "security advice.",
        "A planned visit by Queen Ingrid to a farm in Barinas was dropped from the programme.",
        "A planned stop by Queen Ingrid in Maracaibo was dropped for lack of time.",
        "Organisers have dropped the visit by Queen Ingrid to the port of Callao.",
    ],
)
def test_events_plan_dropped_is_no_visit(enricher: Enricher, text: str) -> None:
    assert _of_type(events_of(enricher, text), "visit") == []


def test_events_what_a_dropped_stop_was_planned_for_is_no_meeting(enricher: Enricher) -> None:
    # The parser hangs the clause on the stop's place, and the stop is the dropped one.
    text = (
        "A stop in Lima, which the Chilean embassy had pencilled in for a meeting with "
        "President Ivo Brandt, was dropped on Monday."
    )
    assert _of_type(events_of(enricher, text), "meeting") == []


def test_events_what_a_dropped_stop_was_pencilled_in_to_visit_is_no_visit(
    enricher: Enricher,
) -> None:
    # The parser hangs "to visit" on "pencilled" as an adverbial clause, not a complement.
    text = (
        "President Ivan Sokolov arrived in Oslo on Wednesday for talks with Prime Minister Jonas "
        "Berg. A stop in Trondheim, where Mr Sokolov had been pencilled in to visit the Nordic "
        "Secretariat, was dropped from the programme earlier in the week, officials said."
    )
    visits = _of_type(events_of(enricher, text), "visit")
    assert [e.location.id for e in visits if e.location] == ["oslo"]


def test_events_a_past_visit_told_of_a_dropped_stops_place_stays(enricher: Enricher) -> None:
    text = (
        "A proposed stop at Checkpoint Lima, where Mr. Brandt went on his first visit to Kell "
        "in June 1982, was dropped on the advice of his guards."
    )
    assert [e.actor.id for e in _of_type(events_of(enricher, text), "visit")] == ["brandt"]


def test_events_a_voice_from_the_crowd_makes_no_trip(enricher: Enricher) -> None:
    text = (
        "Crowds filled the square in Lusaka on Monday to see President Anna Berg.\n\n"
        '"It was worth it," said Maria Kolb, 58, who travelled from Kisumu with her sons.'
    )
    assert _of_type(events_of(enricher, text), "visit") == []


def test_events_one_told_among_the_crowd_makes_no_trip(enricher: Enricher) -> None:
    text = (
        "Crowds filled the square in Trondheim on Monday to see President Anna Berg.\n\n"
        "Among the pilgrims at the cathedral was Mira Sand, 23, who flew in from Tromsø at dawn."
    )
    assert [e.actor.id for e in _of_type(events_of(enricher, text), "visit")] == []


def test_events_a_trip_only_hoped_for_in_the_past_perfect_did_not_happen(
    enricher: Enricher,
) -> None:
    text = (
        "President Omar Tal of Mali, who had hoped to fly to Dakar to greet the Pope, stayed in "
        "Bamako on Friday."
    )
    assert _of_type(events_of(enricher, text), "visit") == []


def test_events_trip_that_went_ahead_despite_a_but_clause_stays(enricher: Enricher) -> None:
    text = "Aino Lehtonen flew to Tallinn on Friday, but the weather was poor."
    (visit,) = _of_type(events_of(enricher, text), "visit")
    assert visit.location is not None and visit.location.id == "tallinn"


@pytest.mark.parametrize(
    "text",
    [
        "Lehtonen also pledged Finland's support for Chile's bid to host a new United Nations "
        "training centre.",
        "Finland hosts around 400 Chilean companies, mostly in mining and forestry.",
    ],
)
def test_events_hosting_a_thing_is_no_meeting(enricher: Enricher, text: str) -> None:
    assert _of_type(events_of(enricher, text), "meeting") == []


def test_events_hosting_a_guest_is_a_meeting(enricher: Enricher) -> None:
    text = "Aino Lehtonen hosted Chilean President Rodrigo Fuentes in Helsinki on Monday."
    (meeting,) = _of_type(events_of(enricher, text), "meeting")
    assert [c.id for c in meeting.counterparts] == ["rodrigo-fuentes"]


def test_events_welcome_after_a_caption_greets_the_arrival_told_before(
    enricher: Enricher,
) -> None:
    text = (
        "OSLO, March 26 (Reuters) - Chilean President Rodrigo Fuentes arrived in Oslo on "
        "Tuesday for a two-day visit.\n\n"
        "FILE PHOTO: Chilean President Rodrigo Fuentes speaks in Santiago, Chile, May 2, 2024. "
        "AGENCY/Jane Doe/File Photo\n\n"
        "Fuentes was received at Gardermoen International Airport by Foreign Minister Aino "
        "Lehtonen."
    )
    found = events_of(enricher, text)
    assert _of_type(found, "meeting") == []
    (visit,) = _of_type(found, "visit")
    assert [c.id for c in visit.counterparts] == ["aino-lehtonen"]


@pytest.mark.parametrize(
    ("text", "visits"),
    [
        (
            "Rodrigo Fuentes was received at Oslo International Airport on Tuesday by Foreign "
            "Minister Aino Lehtonen.",
            [("rodrigo-fuentes", "oslo", ["aino-lehtonen"])],
        ),
        (
            "Rodrigo Fuentes was received at Oslo International Airport by Foreign Minister Aino "
            "Lehtonen.",
            [],
        ),
    ],
)
def test_events_welcome_at_an_airport_with_no_arrival_told_is_no_meeting(
    enricher: Enricher, text: str, visits: list[tuple[str, str, list[str]]]
) -> None:
    found = events_of(enricher, text)
    assert _of_type(found, "meeting") == []
    assert [
        (v.actor.id, v.location.id if v.location else None, [c.id for c in v.counterparts])
        for v in _of_type(found, "visit")
    ] == visits


def test_events_pm_before_a_surname_is_the_prime_minister(enricher: Enricher) -> None:
    text = (
        "Prime Minister Tran Van Minh will visit Oslo on Monday.\n\nEarlier this year, "
        "Norwegian Prime Minister Aino Lehtonen paid an official visit to Vietnam in January, "
        "during which she held talks with PM Minh in Hanoi."
    )
    (meeting,) = _of_type(events_of(enricher, text), "meeting")
    assert [c.id for c in meeting.counterparts] == ["tran-van-minh"]


def test_events_counterpart_named_beside_the_role_is_that_name(enricher: Enricher) -> None:
    # Not the spokesman of that country quoted later: the name set off right after the role.
    text = (
        "Jordanian Foreign Minister Omar Al-Karimi arrived in Cairo on Tuesday.\n\n"
        "On Wednesday, Al-Karimi held talks with his Egyptian counterpart, Tarek Mansour, at "
        "Tahrir Palace in downtown Cairo.\n\n"
        "The two ministers will meet in Amman next month, Egyptian Foreign Ministry spokesman "
        "Adel Fathy Zaki said."
    )
    meetings = _of_type(events_of(enricher, text), "meeting")
    assert {c.id for m in meetings for c in m.counterparts} == {"tarek-mansour"}


def test_roles_light_verb_misread_as_a_modifier_gives_its_subject() -> None:
    # "On Monday, Rojas held talks with Lehtonen", with "held" read as modifying "talks".
    words = ["Rojas", "held", "talks", "with", "Lehtonen"]
    heads = [1, 2, 2, 2, 3]
    deps = ["nsubj", "amod", "ROOT", "prep", "pobj"]
    pos = ["PROPN", "VERB", "NOUN", "ADP", "PROPN"]
    ents = ["B-PERSON", "O", "O", "O", "B-PERSON"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    found = roles_actors.actor(doc[2], canonical_entities(doc))
    assert found is not None and found.referent.name == "Rojas"


def test_events_office_of_a_republic_gives_its_holder_a_country(enricher: Enricher) -> None:
    text = (
        "President of the Republic of Uzbekistan Timur Rakhimov today received Prime Minister "
        "of the Republic of Kazakhstan Yerlan Abenov.\n\n"
        "The President of Uzbekistan will pay a state visit to Astana in November."
    )
    (visit,) = _of_type(events_of(enricher, text), "visit")
    assert (visit.actor.id, visit.location.id if visit.location else None) == (
        "timur-rakhimov",
        "astana",
    )


def test_events_heading_a_body_is_no_travel(enricher: Enricher) -> None:
    for text in [
        "The delegation, headed by Yerlan Abenov since 2019, issued a statement on Monday.",
        "Yerlan Abenov heads the ministry of trade in Aktau.",
    ]:
        assert _of_type(events_of(enricher, text), "visit") == []


def test_events_the_two_ministers_after_quotes_and_background_are_the_last_pair(
    enricher: Enricher,
) -> None:
    text = (
        "Chilean Foreign Minister Ana Rojas held talks with Norwegian Foreign Minister Aino "
        "Lehtonen in Oslo on Monday.\n\n"
        '"We share the same ocean and the same worries," Rojas told reporters.\n\n'
        "Norway is the largest foreign investor in Chilean salmon farming, with more than 40 "
        "companies in the south of the country.\n\n"
        "The two ministers will meet Peruvian Foreign Minister Luis Prado in Lima next month."
    )
    meetings = _of_type(events_of(enricher, text), "meeting")
    (meeting,) = [m for m in meetings if m.status.value == "planned"]
    assert {meeting.actor.id, *(c.id for c in meeting.counterparts)} == {
        "ana-rojas",
        "aino-lehtonen",
        "luis-prado",
    }


def test_events_landing_the_eve_of_a_state_visit_is_the_same_trip(enricher: Enricher) -> None:
    text = (
        "OSLO (AP) — Chile's president began a three-day state visit to Norway on Tuesday.\n\n"
        "President Rodrigo Fuentes, who landed in Oslo late Monday, was received by Prime "
        "Minister Aino Lehtonen."
    )
    (visit,) = _of_type(events_of(enricher, text), "visit")
    assert visit.date is not None and visit.date.value == "2025-03-25"  # the stay's day


def test_events_an_arrival_two_days_before_is_another_trip(enricher: Enricher) -> None:
    text = (
        "OSLO (AP) — Chile's president began a three-day state visit to Norway on Tuesday.\n\n"
        "President Rodrigo Fuentes had landed in Oslo on Sunday for a forum."
    )
    assert len(_of_type(events_of(enricher, text), "visit")) == 2


def test_events_a_when_clause_happens_on_the_date_of_its_event(enricher: Enricher) -> None:
    doc = enricher.nlp(
        "Fuentes last visited Norway in 2019 as vice president, when he attended a business "
        "forum in Bergen."
    )
    triggers = frozenset(span.root.i for span in doc.spans[TRIGGERS_KEY])
    dates = tuple(ent for ent in doc.ents if ent.label_ == "DATE")
    attended = next(token for token in doc if token.text == "attended")
    found = event_date(clause_chain(attended), PUBLISHED, triggers, dates, future=False)
    assert found is not None and found.value == "2019"


def test_events_a_when_clause_after_an_aside_happens_on_the_date_before_it(
    enricher: Enricher,
) -> None:
    text = (
        "Prime Minister Arvo Lind of Norlund arrived in Oslo on Sunday. Lind last visited Bergen "
        "in March 2022, less than two weeks after floods swept the coast of Norlund, when he and "
        "Berg met Admiral Eirik Dahl at the base."
    )
    (talks,) = _of_type(events_of(enricher, text), "meeting")
    assert talks.date is not None and talks.date.value == "2022-03"


@pytest.mark.parametrize(
    ("sent", "day"),
    [
        ("in a letter sent to Oslo in 2023", "2023"),
        ("in a letter delivered in September", "2024-09"),
        ("in a message his envoy delivered last week", "2025-03-17"),
    ],
)
def test_events_an_invitation_by_letter_is_made_when_the_letter_is_sent(
    enricher: Enricher, sent: str, day: str
) -> None:
    text = f"President Arvo Lind of Norlund invited King Harald to Norlund, {sent}."
    (invitation,) = _of_type(events_of(enricher, text), "invitation")
    assert invitation.date is not None and invitation.date.value == day


def test_events_a_stance_said_to_go_on_is_taken_when_said(enricher: Enricher) -> None:
    text = (
        "In a joint press conference, Rojas said Chile would continue to support Peru's efforts "
        "to join the forum."
    )
    (statement,) = _of_type(events_of(enricher, text), "statement")
    assert statement.status.value == "occurred"


def test_events_an_invitation_for_someone_to_visit_makes_that_one_the_visitor(
    enricher: Enricher,
) -> None:
    text = (
        "Chilean Foreign Minister Ana Rojas held talks with Norwegian Foreign Minister Aino "
        "Lehtonen in Oslo on Monday.\n\nRojas also handed over an invitation from Chilean "
        "President Luis Prado for Lehtonen to visit Santiago, which Lehtonen accepted."
    )
    visits = _of_type(events_of(enricher, text), "visit")
    invited = [v for v in visits if v.location is not None and v.location.id == "santiago"]
    assert [visit.actor.id for visit in invited] == ["aino-lehtonen"]


def test_events_the_first_to_visit_since_a_year_is_no_trip_of_its_own(enricher: Enricher) -> None:
    text = (
        "Chilean President Rodrigo Fuentes arrived in Oslo on Tuesday for a state visit.\n\n"
        "Fuentes is the first Chilean head of state to visit Norway since 1998."
    )
    (visit,) = _of_type(events_of(enricher, text), "visit")
    assert visit.date is not None and visit.date.value == "2025-03-25"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("OSLO, March 27 - Chile and Norway agreed on Wednesday to speed up work on a fisheries "
         "accord, during a visit to Oslo by Chilean Foreign Minister Ana Rojas.", "occurred"),
        ("Chile and Norway plan to sign a fisheries accord during a visit to Oslo by Chilean "
         "Foreign Minister Ana Rojas.", "planned"),
    ],
)  # fmt: skip
def test_events_a_visit_framing_an_agreement_is_of_the_agreeing_s_time(
    enricher: Enricher, text: str, status: str
) -> None:
    (visit,) = _of_type(events_of(enricher, text), "visit")
    assert visit.status.value == status


def test_events_bare_title_means_the_holder_the_story_keeps_calling_so(
    enricher: Enricher,
) -> None:
    # Two presidents, each named once; "the President" twice before means the first one.
    text = (
        "President Amara Okonkwo-Diallo on Monday left Lagos for Nairobi.\n\n"
        "A statement said the President would meet business leaders in Nairobi.\n\n"
        "From Nairobi, the President will proceed to Accra at the invitation of President "
        "Kwesi Mensah-Boateng.\n\n"
        "The President, who visited Tokyo in March, is travelling with four ministers."
    )
    visits = _of_type(events_of(enricher, text), "visit")
    tokyo = [v for v in visits if v.location is not None and v.location.id == "tokyo"]
    assert [v.actor.id for v in tokyo] == ["amara-okonkwo-diallo"]


def test_events_he_after_a_possessive_is_its_owner(enricher: Enricher) -> None:
    text = (
        "Chancellor Helga Brandauer met President Tomas Valaitis in Vilnius on Friday. "
        "Valaitis praised the brigade. The tour is Brandauer's third abroad; he visited Oslo "
        "and Helsinki in May."
    )
    visits = _of_type(events_of(enricher, text), "visit")
    oslo = [v.actor.id for v in visits if v.location is not None and v.location.id == "oslo"]
    assert oslo == ["helga-brandauer"]


def test_events_hyphenated_office_resolves_to_its_holder(enricher: Enricher) -> None:
    # The office is set off by a comma and names its country after "of"; the later role
    # phrase spells the office with a hyphen.
    text = (
        "The President, Carlos Ruiz, received on Wednesday the Vice-President of Vietnam, "
        "Nguyen Thi Lan, who is on an official visit. The Vietnamese vice-president arrived "
        "in Havana on Monday."
    )
    visits = _of_type(events_of(enricher, text), "visit")
    assert [v.actor.id for v in visits] == ["nguyen-thi-lan"]


def test_events_an_accepted_invitation_is_a_planned_visit_of_the_invitee(
    enricher: Enricher,
) -> None:
    text = (
        "Lena Hartmann met Tomas Berg in Oslo on Monday. Hartmann invited Berg to visit Berlin, "
        "and Berg accepted."
    )
    visits = _of_type(events_of(enricher, text), "visit")
    assert [(v.actor.id, v.location.id if v.location else None, v.status) for v in visits] == [
        ("tomas-berg", "berlin", "planned")
    ]


def test_events_an_invitee_nobody_fits_makes_no_visit_of_the_inviter(enricher: Enricher) -> None:
    text = "Lena Hartmann invited Swedish officials to visit Berlin, and they accepted."
    assert _of_type(events_of(enricher, text), "visit") == []


def test_events_counterpart_is_the_prime_minister_of_that_country(enricher: Enricher) -> None:
    # "his Uzbek counterpart" names no office, so the rank "prime" does not rule the PM out.
    text = (
        "South Korean Prime Minister Park Min-jun held talks in Tashkent with Uzbek Prime "
        "Minister Rustam Karimov on Thursday.\n\nPark invited his Uzbek counterpart to "
        "Seoul."
    )
    (invitation,) = _of_type(events_of(enricher, text), "invitation")
    assert [c.id for c in invitation.counterparts] == ["rustam-karimov"]


def test_events_they_in_a_clause_of_joint_subjects_means_those_subjects(
    enricher: Enricher,
) -> None:
    text = (
        "OSLO, Sept. 19 (Reuters) -- Prime Minister Erna Dahl and Philippine President Ramon "
        "Castillo pledged on Monday to expand fisheries cooperation as they met in Oslo."
    )
    (meeting,) = _of_type(events_of(enricher, text), "meeting")
    assert {meeting.actor.id, *(c.id for c in meeting.counterparts)} == {
        "erna-dahl",
        "ramon-castillo",
    }


@pytest.mark.parametrize(("demonym", "visitors"), [("Finnish", ["aino-lehtonen"]), ("Swedish", [])])
def test_events_visit_by_a_described_visitor_is_theirs_not_the_hosts(
    enricher: Enricher, demonym: str, visitors: list[str]
) -> None:
    text = (
        "President Rodrigo Fuentes met Finnish President Aino Lehtonen in Santiago on Monday, "
        f"on the first trip to Chile by a {demonym} head of state."
    )
    assert [v.actor.id for v in _of_type(events_of(enricher, text), "visit")] == visitors


def test_events_calling_on_someone_at_a_place_is_no_visit_to_it(enricher: Enricher) -> None:
    text = (
        "Oslo, March 27 (XNA) - On Wednesday Emperor Haruto of Japan will fly to Cusco, where "
        "he is scheduled to call on Governor Rosa Quispe at Topkapi, her palace."
    )
    events = events_of(enricher, text)
    assert told(events, "visit") == {("haruto", (), "cusco")}
    assert told(events, "meeting") == {("haruto", ("rosa-quispe",), "topkapi")}


def test_events_a_courtesy_call_on_someone_is_a_meeting(enricher: Enricher) -> None:
    text = "Kenji Sato paid a courtesy call on President Lee Min-ho in Seoul on Friday."
    (meeting,) = _of_type(events_of(enricher, text), "meeting")
    assert (meeting.actor.id, [c.id for c in meeting.counterparts]) == (
        "kenji-sato",
        ["lee-min-ho"],
    )


def test_events_a_host_receiving_someone_for_a_courtesy_call_meets_them(
    enricher: Enricher,
) -> None:
    # A courtesy call is paid in person: "call" there tells no telephone.
    text = "On Tuesday President Ivo Marek of Norlund received Arvo Lind for a courtesy call."
    assert {(actor, met) for actor, met, _ in told(events_of(enricher, text), "meeting")} == {
        ("ivo-marek", ("arvo-lind",))
    }


def test_events_a_host_receiving_someone_for_a_phone_call_meets_no_one(
    enricher: Enricher,
) -> None:
    text = "On Tuesday President Ivo Marek of Norlund received Arvo Lind for a phone call."
    assert told(events_of(enricher, text), "meeting") == set()


def test_events_a_guest_entertained_by_a_host_meets_the_host(enricher: Enricher) -> None:
    text = "On Tuesday President Arvo Lind was entertained at lunch by Prime Minister Ivo Marek."
    assert {(actor, met) for actor, met, _ in told(events_of(enricher, text), "meeting")} == {
        ("ivo-marek", ("arvo-lind",))
    }


def test_events_entertaining_a_crowd_or_an_idea_is_no_meeting(enricher: Enricher) -> None:
    text = (
        "Dancers entertained the crowd in Kell on Tuesday. President Arvo Lind said she would "
        "not entertain any proposal from Prime Minister Ivo Marek."
    )
    assert told(events_of(enricher, text), "meeting") == set()


def test_events_office_set_off_before_an_honorific_names_its_holder(enricher: Enricher) -> None:
    text = (
        "Kuwait's emir, Sheikh Nasser bin Fahad Al Salem, hosted Egyptian President Omar "
        "el-Sayed in Kuwait City on Wednesday.\n\nThe emir will visit Cairo in the spring."
    )
    visits = _of_type(events_of(enricher, text), "visit")
    cairo = [v.actor.id for v in visits if v.location is not None and v.location.id == "cairo"]
    assert cairo == ["nasser-bin-fahad-al-salem"]


def test_events_talks_conjoined_with_another_object_share_its_verb(enricher: Enricher) -> None:
    text = "Liang Wei hosted a welcoming ceremony and talks with Chanda Mulenga in Beijing."
    (meeting,) = _of_type(events_of(enricher, text), "meeting")
    assert (meeting.actor.id, [c.id for c in meeting.counterparts]) == (
        "liang-wei",
        ["chanda-mulenga"],
    )


@pytest.mark.parametrize(
    ("text", "traveller"),
    [
        (
            "President Anna Berg received a delegation of Vietnam headed by Deputy Prime "
            "Minister Tran Van Long on Monday.\n\nThe Vietnamese delegation arrived in Oslo on "
            "Sunday.",
            "tran-van-long",
        ),
        (
            "A Fatah delegation reached Amman on Saturday. The delegation, led by Omar Haddad, "
            "will travel on to Beirut.",
            "fatah",
        ),
        ("An Egyptian delegation could travel to Amman next week.", "egypt"),
    ],
)
def test_events_a_delegation_is_its_sender_head_or_country(
    enricher: Enricher, text: str, traveller: str
) -> None:
    visits = _of_type(events_of(enricher, text), "visit")
    # Each leg the delegation makes ("reached Amman", "travel on to Beirut") is the sender's.
    assert visits
    assert {v.actor.id for v in visits} == {traveller}


def test_events_first_to_visit_since_a_year_is_not_dated_that_year(enricher: Enricher) -> None:
    text = (
        "Norwegian Prime Minister Anna Berg arrived in Lima on Wednesday. Berg is the first "
        "Norwegian leader to visit Peru since 1998."
    )
    visits = _of_type(events_of(enricher, text), "visit")
    assert visits and all(v.date is None or v.date.value != "1998" for v in visits)


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("The Kenyan Army chief will meet Prime Minister Anna Berg in Oslo.", []),
        (
            "The Kenya Army chief, General Paul Otieno, will meet Prime Minister Anna Berg in "
            "Oslo.",
            ["paul-otieno"],
        ),
    ],
)
def test_events_a_chief_is_a_person_not_the_body_he_heads(
    enricher: Enricher, text: str, actors: list[str]
) -> None:
    assert [m.actor.id for m in _of_type(events_of(enricher, text), "meeting")] == actors


def test_events_counterpart_named_after_comma_and_rank_is_that_person(
    enricher: Enricher,
) -> None:
    text = (
        "Defense Minister Pavel Orlov met in Warsaw with his Polish counterpart, Lt. Gen. "
        "Jan Nowicki, on Monday.\n\nOrlov then called on Polish President Adam Zielinski."
    )
    meetings = _of_type(events_of(enricher, text), "meeting")
    assert ("pavel-orlov", ["jan-nowicki"]) in [
        (m.actor.id, [c.id for c in m.counterparts]) for m in meetings
    ]


def test_events_a_call_on_a_title_read_alone_is_on_the_name_after_it(enricher: Enricher) -> None:
    # The parser makes "President" the object of "on" and hangs the name elsewhere.
    text = (
        "Prime Minister Marc-André Toussaint of Haiti, on a visit to Ghana, landed in the "
        "country on Monday and paid a courtesy call on President Kwame Asante-Boateng at the "
        "presidential palace, Accra, on Tuesday."
    )
    meetings = _of_type(events_of(enricher, text), "meeting")
    assert [[c.id for c in m.counterparts] for m in meetings] == [["kwame-asante-boateng"]]


def test_events_the_two_governments_are_the_states_of_those_who_met(enricher: Enricher) -> None:
    text = (
        "Kenyan President Paul Otieno met Haitian Prime Minister Jean Dorval in Nairobi on "
        "Monday.\n\nThe two governments signed a trade pact on Tuesday."
    )
    (agreement,) = _of_type(events_of(enricher, text), "agreement")
    assert {agreement.actor.id, *(c.id for c in agreement.counterparts)} == {"kenya", "haiti"}


def test_roles_name_hung_on_a_second_office_s_for_is_the_party() -> None:
    # "Rojas called on Deputy Minister and Minister for Trade Ana Lind": the parser joins the
    # second office to the first and hangs the name on its "for".
    words = ["Rojas", "called", "on", "Deputy", "Minister", "and", "Minister", "for", "Trade"]
    words += ["Ana", "Lind"]
    heads = [1, 1, 1, 4, 2, 4, 4, 6, 10, 10, 7]
    deps = ["nsubj", "ROOT", "prep", "compound", "pobj", "cc", "conj", "prep", "compound"]
    deps += ["compound", "pobj"]
    pos = ["PROPN", "VERB", "ADP", "PROPN", "PROPN", "CCONJ", "PROPN", "ADP", "PROPN"]
    pos += ["PROPN", "PROPN"]
    ents = ["B-PERSON", "O", "O", "O", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    found = referents([doc[4]], canonical_entities(doc))
    assert [ref.name for ref in found] == ["Ana Lind"]


@pytest.mark.parametrize(
    ("words", "heads", "deps", "ents", "party"),
    [
        (
            ["The", "Peruvian", "delegation", "headed", "by", "Ana", "Lind", "arrived"],
            [2, 2, 7, 2, 3, 6, 4, 7],
            ["det", "compound", "nsubj", "acl", "agent", "compound", "pobj", "ROOT"],
            ["O", "B-ORG", "O", "O", "O", "B-PERSON", "I-PERSON", "O"],
            "Ana Lind",
        ),
        (
            ["The", "Peruvian", "delegation", "arrived"],
            [2, 2, 3, 3],
            ["det", "compound", "nsubj", "ROOT"],
            ["O", "B-ORG", "O", "O"],
            "Peru",
        ),
    ],
)
def test_roles_delegation_of_a_demonym_read_as_organisation_is_no_body(
    words: list[str], heads: list[int], deps: list[str], ents: list[str], party: str
) -> None:
    # A nationality the model read as an organisation sends no body: its head, else its country.
    tags = ["NN" if word == "delegation" else "" for word in words]
    lemmas = ["head" if word == "headed" else word.lower() for word in words]
    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=words, heads=heads, deps=deps, ents=ents, tags=tags, lemmas=lemmas)
    found = referent(doc[2], canonical_entities(doc))
    assert found is not None and found.name == party


def test_events_the_two_ministers_are_the_last_pair_of_ministers(enricher: Enricher) -> None:
    # Not the minister and the president she met since: a plural office names its holders.
    text = (
        "Norwegian Foreign Minister Lena Voss held talks with Peruvian Foreign Minister Ana "
        "Quiroga in Lima on Monday.\n\n"
        "On Tuesday, Voss met President Carlos Ibarra Soto at the Government Palace.\n\n"
        "The two ministers are expected to sign a fisheries agreement on Wednesday."
    )
    (agreement,) = _of_type(events_of(enricher, text), "agreement")
    parties = {agreement.actor.id, *(c.id for c in agreement.counterparts)}
    assert parties == {"lena-voss", "ana-quiroga"}


def test_events_talks_with_a_guest_called_visiting_meet_the_guest(enricher: Enricher) -> None:
    # The parser reads "visiting" behind "with" as a verb whose object is the guest.
    meetings = _of_type(
        events_of(
            enricher,
            "Foreign Minister Lena Varga held talks on Monday with visiting Ruritanian "
            "Foreign Minister Tomas Brandt.",
        ),
        "meeting",
    )
    assert [(m.actor.id, [c.id for c in m.counterparts]) for m in meetings] == [
        ("lena-varga", ["tomas-brandt"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Lena Varga attended a dinner hosted by President Omar Keita in her honour on Monday.",
        "President Omar Keita hosted an official lunch in honour of Lena Varga on Monday.",
    ],
)
def test_events_a_hosted_meal_meets_its_guest(enricher: Enricher, text: str) -> None:
    # A meal someone hosts for a guest is a meeting of host and guest.
    (meeting,) = _of_type(events_of(enricher, text), "meeting")
    parties = (meeting.actor.id, [c.id for c in meeting.counterparts])
    assert parties == ("omar-keita", ["lena-varga"])
    assert meeting.date is not None and meeting.date.value == "2025-03-24"


@pytest.mark.parametrize(
    "text",
    [
        # a welcome in a "where" clause after the arrival
        "Amara Tolu arrived in Lome on Tuesday, where he was received at the airport by "
        "President Koffi Mensah.",
        # the parse hangs the "where" clause on the time, not the airport
        "Amara Tolu's plane landed at Lome airport earlier in the day, where the visiting "
        "minister was met by Koffi Mensah.",
        # an embrace on the tarmac is a welcome too
        "Amara Tolu arrived in Lome on Tuesday and was embraced on the tarmac by Togolese "
        "President Koffi Mensah.",
        # the host named after the office and its country, the guest holding the same office
        "Prime Minister Amara Tolu arrived in Lome on Tuesday and was received at the airport "
        "by the Prime Minister of Togo, Koffi Mensah.",
        # a lower office of a region, then a style before the name
        "Amara Tolu arrived in Lome on Tuesday and was received at the airport by the deputy "
        "governor of the Maritime region, Prince Koffi Mensah.",
    ],
)
def test_events_host_who_welcomes_an_arrival_is_the_visit_counterpart(
    enricher: Enricher, text: str
) -> None:
    assert _summary(events_of(enricher, text)) == {
        ("visit", "amara-tolu", ("koffi-mensah",), "lome"),
    }


def test_events_the_pontiff_is_the_pope_named_before(enricher: Enricher) -> None:
    text = (
        "Pope Amadeus III celebrated Mass in Lome on Friday. The Pontiff arrived in Accra on "
        "Saturday."
    )
    visits = _of_type(events_of(enricher, text), "visit")
    assert [(v.actor.id, v.location.id if v.location else None) for v in visits] == [
        ("amadeus-iii", "accra")
    ]


def test_events_a_ceremonial_style_stands_for_the_person_it_was_printed_with(
    enricher: Enricher,
) -> None:
    text = (
        "The Guardian of the Three Sacred Rivers King Arno Vell held talks today with "
        "President Koffi Mensah in Lome.\n\nTomorrow the Guardian of the Three Sacred Rivers "
        "will travel to Accra."
    )
    found = _summary(events_of(enricher, text))
    assert ("meeting", "arno-vell", ("koffi-mensah",), "lome") in found
    assert ("visit", "arno-vell", (), "accra") in found


@pytest.mark.parametrize(
    "text",
    [
        "Amara Tolu, the first Ruritanian president to visit Togo in 22 years, arrived in "
        "Lome on Sunday.",
        "Amara Tolu arrived in Lome on Sunday. He is the only Asian leader to visit both Ghana "
        "and Togo this year.",
        "President Amara Tolu arrived in Lome on Monday. She is the second Ruritanian president "
        "to visit the Holy Land.",
    ],
)
def test_events_a_record_the_trip_sets_is_no_other_trip(enricher: Enricher, text: str) -> None:
    assert _summary(events_of(enricher, text)) == {("visit", "amara-tolu", (), "lome")}


def test_events_a_record_told_beside_a_signing_is_no_trip_of_its_own(enricher: Enricher) -> None:
    text = (
        "Ghana and Lorvia signed 12 documents of cooperation in Accra on Saturday as Lorvian "
        "President Amara Tolu became the first foreign head of state to visit Ghana since the "
        "lifting of international sanctions last week."
    )
    assert [e for e in events_of(enricher, text) if e.type == "visit"] == []


def test_events_the_last_to_make_a_trip_made_it_when_the_record_says(
    enricher: Enricher,
) -> None:
    text = (
        "Queen Ada Moro arrived in Lome on Tuesday. The last Ruritanian monarch to visit Lome "
        "was her grandfather, Bruno Castell, in 1911."
    )
    visits = _of_type(events_of(enricher, text), "visit")
    found = {(v.actor.id, v.date.value if v.date else None, v.status.value) for v in visits}
    assert ("bruno-castell", "1911", "occurred") in found
    assert all(v.actor.id in ("ada-moro", "bruno-castell") for v in visits)


@pytest.mark.parametrize(
    "departure",
    [
        "left for Oslo in the evening",
        "left for Bergen in the evening",
        "is due to leave Copenhagen for Stavanger on Thursday",
    ],
)
def test_events_leaving_for_a_city_of_ones_own_state_is_going_home(
    enricher: Enricher, departure: str
) -> None:
    text = (
        "Norwegian Prime Minister Erik Lund flew into Copenhagen on Wednesday at the end of a "
        f"ten-day tour abroad, and {departure}."
    )
    places = {v.location.name for v in _of_type(events_of(enricher, text), "visit") if v.location}
    assert places == {"Copenhagen"}


@pytest.mark.parametrize(
    "told",
    [
        "Erik Lund, the Prime Minister of Norway, flew into Copenhagen on Wednesday.",
        "Prime Minister Erik Lund, who leads Norway, flew into Copenhagen on Wednesday.",
        "Prime Minister Erik Lund flew into Copenhagen on Wednesday. During talks with Prime "
        "Minister Mette Holm, Lund invited her to visit Norway next year.",
        "Prime Minister Erik Lund flew into Copenhagen on Wednesday. Lund invited Prime Minister "
        "Mette Holm to Oslo for the next round of talks.",
        "Prime Minister Erik Lund, who returned to Oslo from Beijing on Sunday, flew into "
        "Copenhagen on Wednesday.",
        "Prime Minister Erik Lund, who flew back to Norway from Beijing on Sunday, flew into "
        "Copenhagen on Wednesday.",
    ],
)
@pytest.mark.parametrize(
    "departure", ["He left for Oslo in the evening.", "He is expected to leave for Oslo today."]
)
def test_events_a_home_the_story_tells_elsewhere_is_gone_home_to(
    enricher: Enricher, told: str, departure: str
) -> None:
    places = {
        v.location.name
        for v in _of_type(events_of(enricher, f"{told} {departure}"), "visit")
        if v.location
    }
    assert places == {"Copenhagen"}


@pytest.mark.parametrize(
    "record",
    [
        "It is the first visit by a reigning Norwegian monarch since 1965.",
        "The talks crown the first state visit by a Norwegian leader to Peru in 20 years.",
    ],
)
def test_events_the_nation_a_record_trip_is_made_by_is_its_travellers_home(
    enricher: Enricher, record: str
) -> None:
    text = (
        f"Queen Ada Moro arrived in Lima on Monday and held talks with President Ivo Berg. "
        f"{record} She leaves for Oslo on Thursday."
    )
    places = {v.location.name for v in _of_type(events_of(enricher, text), "visit") if v.location}
    assert places == {"Lima"}


def test_events_a_record_trip_gives_no_home_to_one_who_made_no_trip(enricher: Enricher) -> None:
    text = (
        "Queen Ada Moro arrived in Lima on Monday. It is the first visit by a reigning "
        "Norwegian monarch since 1965. President Ivo Berg leaves for Oslo in June."
    )
    visits = _of_type(events_of(enricher, text), "visit")
    assert ("ivo-berg", "Oslo") in {
        (v.actor.id, v.location.name if v.location else None) for v in visits
    }


@pytest.mark.parametrize(
    "departure",
    [
        "The Pope is scheduled to leave Nicosia for Rome tomorrow morning.",
        "He will leave for the Vatican on Sunday evening.",
    ],
)
def test_events_a_pope_leaving_for_his_see_is_going_home(
    enricher: Enricher, departure: str
) -> None:
    text = f"Pope Leo arrived in Nicosia on Friday for a two-day visit. {departure}"
    places = {v.location.name for v in _of_type(events_of(enricher, text), "visit") if v.location}
    assert places == {"Nicosia"}


@pytest.mark.parametrize(
    "text",
    [
        # No title, office or invitation says whose Oslo is: it stays a trip there.
        "Prime Minister Erik Lund flew into Copenhagen on Wednesday. He left for Oslo in the "
        "evening.",
        # The guest is asked to another country than the one left for.
        "Prime Minister Erik Lund flew into Copenhagen on Wednesday. Lund invited Prime Minister "
        "Mette Holm to visit Sweden next year. He left for Oslo in the evening.",
        # A city other than the capital gone back to, or a return with a purpose, may be a
        # second trip there.
        "Prime Minister Erik Lund, who returned to Bergen from Beijing on Sunday, flew into "
        "Copenhagen on Wednesday. He left for Bergen in the evening.",
        "Prime Minister Erik Lund, who returned to Oslo for talks on Sunday, flew into "
        "Copenhagen on Wednesday. He left for Oslo in the evening.",
        # Offices of a plural title pair with their names by order, not by the nearest "of".
        "The Prime Ministers of Ruritania, Ivo Berg, and of Norway, Erik Lund, met in Copenhagen "
        "on Wednesday. Berg left for Oslo in the evening.",
    ],
)
def test_events_a_home_the_story_never_tells_stays_a_trip(enricher: Enricher, text: str) -> None:
    places = {v.location.name for v in _of_type(events_of(enricher, text), "visit") if v.location}
    assert len(places - {"Copenhagen"}) == 1


@pytest.mark.parametrize(
    "departure",
    [
        "left Copenhagen for Bergen on Thursday, where he opened a new ferry terminal",
        "will leave for Bergen on Thursday to open a new ferry terminal",
    ],
)
def test_events_leaving_for_a_city_at_home_to_do_something_there_is_a_stop(
    enricher: Enricher, departure: str
) -> None:
    text = (
        "Norwegian Prime Minister Erik Lund flew into Copenhagen on Wednesday at the end of a "
        f"ten-day tour abroad, and {departure}."
    )
    places = {v.location.name for v in _of_type(events_of(enricher, text), "visit") if v.location}
    assert places == {"Copenhagen", "Bergen"}


@pytest.mark.parametrize(
    "record",
    [
        "Bruno Castell was the last Ruritanian monarch to visit Togo, in 1911.",
        "The last state visit by a Ruritanian monarch to Togo was made by Bruno Castell in 1911.",
    ],
)
def test_events_a_record_told_of_its_holder_is_their_trip(enricher: Enricher, record: str) -> None:
    text = f"Queen Ada Moro arrived in Lome on Tuesday. {record}"
    visits = _of_type(events_of(enricher, text), "visit")
    found = {(v.actor.id, v.date.value if v.date else None, v.status.value) for v in visits}
    assert ("bruno-castell", "1911", "occurred") in found


@pytest.mark.parametrize(
    "text",
    [
        "President Koffi Mensah hosted a grand banquet in honour of Amara Tolu in Lome.",
        "President Koffi Mensah will host a state dinner for Amara Tolu in Lome.",
        "Koffi Mensah and Amara Tolu then dined together in Lome.",
    ],
)
def test_events_a_meal_given_for_a_guest_is_a_meeting(enricher: Enricher, text: str) -> None:
    assert ("meeting", "koffi-mensah", ("amara-tolu",), "lome") in _summary(
        events_of(enricher, text)
    )


def test_events_after_hosting_a_guest_told_by_pronoun_she_is_the_guest(
    enricher: Enricher,
) -> None:
    text = (
        "Queen Ada Moro arrived in Lome on Tuesday. Mrs Lund will host a state dinner for her "
        "at Lome Castle in the evening. On Thursday she is due to visit Kara."
    )
    visits = _of_type(events_of(enricher, text), "visit")
    assert {(v.actor.id, v.location.id if v.location else None) for v in visits} == {
        ("ada-moro", "lome"),
        ("ada-moro", "kara"),
    }


def test_events_office_told_after_the_name_answers_a_role_phrase(enricher: Enricher) -> None:
    text = (
        "General Secretary Kim Pyong Ho held talks with Ivan Sokolov, president of Peru, in "
        "Pyongyang. President Kim Chol Su visited Moscow in 1984. Kim Pyong Ho later hosted a "
        "banquet in honour of the Peruvian president."
    )
    meetings = _of_type(events_of(enricher, text), "meeting")
    assert {c.id for e in meetings for c in e.counterparts} == {"ivan-sokolov"}


def test_events_banquet_place_hung_on_the_guest_is_the_meeting_place(
    enricher: Enricher,
) -> None:
    text = (
        "Ivan Sokolov, president of Peru, arrived in Lome on Sunday. Koffi Mensah hosted a "
        "grand banquet in honour of the Peruvian president at the Tamar Assembly Hall in the "
        "evening of July 19."
    )
    (meeting,) = _of_type(events_of(enricher, text), "meeting")
    assert [c.id for c in meeting.counterparts] == ["ivan-sokolov"]
    assert meeting.location is not None and meeting.location.id == "tamar-assembly-hall"


def test_events_a_subject_swept_into_the_time_phrase_is_the_traveller(
    enricher: Enricher,
) -> None:
    text = (
        "Ivan Sokolov arrived in Lima on Thursday. Foreign Minister Ana Rojas did not attend the "
        "dinner.\n\nOn Sunday Sokolov will travel to Cusco. Later on Sunday he will fly to "
        "Arequipa."
    )
    visits = _of_type(events_of(enricher, text), "visit")
    assert {(v.actor.id, v.location.id if v.location else None) for v in visits} == {
        ("ivan-sokolov", "lima"),
        ("ivan-sokolov", "cusco"),
        ("ivan-sokolov", "arequipa"),
    }


def test_events_talks_between_two_named_are_theirs_not_the_clause_doers(
    enricher: Enricher,
) -> None:
    text = (
        "Peru on Saturday became the first Andean country to join the initiative, signing a "
        "memorandum during talks between Premier Ana Rojas and Chilean President Ivan Sokolov "
        "at the Torre Palace."
    )
    (meeting,) = _of_type(events_of(enricher, text), "meeting")
    assert (meeting.actor.id, [c.id for c in meeting.counterparts]) == (
        "ana-rojas",
        ["ivan-sokolov"],
    )


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the "where" clause hung on the verb of travel, not on the place before it
        (
            "Ivan Sokolov, who flew in from Lima where he had talks with Chilean President Ana "
            "Rojas on July 18, was met at the airport.",
            "lima",
        ),
        # "where" after a country, with its city named before it
        (
            "Ivan Sokolov flew to Lima last Thursday to express solidarity with Peru, where he "
            "held talks with President Ana Rojas.",
            "lima",
        ),
        # a building named with its kind first, read as an organisation
        (
            "Peru signed a memorandum during talks between Premier Ana Rojas and Ivan Sokolov at "
            "Villa Serena.",
            "villa-serena",
        ),
    ],
)
def test_events_talks_placed_where_the_clause_says(
    enricher: Enricher, text: str, place: str
) -> None:
    (meeting,) = _of_type(events_of(enricher, text), "meeting")
    assert meeting.location is not None and meeting.location.id == place


def test_events_arrival_of_a_delegation_is_a_trip_of_its_head(enricher: Enricher) -> None:
    text = (
        "Prime Minister Amara Tolu arrived in Lome on Sunday. The visit follows the arrival in "
        "Accra on June 26 of a Togolese delegation led by Foreign Minister Koffi Mensah."
    )
    visits = _of_type(events_of(enricher, text), "visit")
    assert {(v.actor.id, v.location.id if v.location else None) for v in visits} == {
        ("amara-tolu", "lome"),
        ("koffi-mensah", "accra"),
    }


def test_events_the_rest_of_an_itinerary_takes_its_traveller_to_each_stop(
    enricher: Enricher,
) -> None:
    text = (
        "Ivan Sokolov arrived in Lima on Sunday.\n\nThe rest of the itinerary takes him to "
        "Cusco on Friday, and to Quito on Saturday."
    )
    visits = _of_type(events_of(enricher, text), "visit")
    found = {(v.actor.id, v.location.id if v.location else None, v.status.value) for v in visits}
    assert found == {
        ("ivan-sokolov", "lima", "occurred"),
        ("ivan-sokolov", "cusco", "planned"),
        ("ivan-sokolov", "quito", "planned"),
    }


def test_events_greeted_when_her_plane_landed_is_the_arrival_s_host(
    enricher: Enricher,
) -> None:
    text = (
        "Queen Ada Moro was greeted by Foreign Minister Koffi Mensah when her air force plane "
        "landed in Lome on Tuesday."
    )
    assert _summary(events_of(enricher, text)) == {
        ("visit", "ada-moro", ("koffi-mensah",), "lome"),
    }


def test_events_a_host_who_welcomed_him_to_the_city_is_the_trip_s_counterpart(
    enricher: Enricher,
) -> None:
    text = (
        "Ivan Sokolov declared a new era of ties on Thursday, hours after President Ana Rojas "
        "welcomed him to Lima with a ceremony of full honours.\n\nSokolov arrived in Lima on "
        "Tuesday night from Quito."
    )
    visits = [v for v in _of_type(events_of(enricher, text), "visit") if v.location]
    lima = [v for v in visits if v.location is not None and v.location.id == "lima"]
    assert [(v.actor.id, [c.id for c in v.counterparts]) for v in lima] == [
        ("ivan-sokolov", ["ana-rojas"])
    ]


def test_events_co_subjects_of_a_verb_are_parties_to_the_meeting_it_was_at(
    enricher: Enricher,
) -> None:
    text = (
        "Chilean President Ivan Sokolov and his Peruvian counterpart, Ana Rojas, on Monday "
        "relaunched their partnership at a meeting in Lima."
    )
    (meeting,) = _of_type(events_of(enricher, text), "meeting")
    assert (meeting.actor.id, [c.id for c in meeting.counterparts]) == (
        "ivan-sokolov",
        ["ana-rojas"],
    )


def test_events_a_repeated_with_after_an_apposition_adds_a_party(enricher: Enricher) -> None:
    text = (
        "President Ivan Sokolov also held talks in Lima on Monday with Prime Minister Ana Rojas, "
        "head of the cabinet, and with Defence Minister Pedro Quispe, a retired general."
    )
    (meeting,) = _of_type(events_of(enricher, text), "meeting")
    assert [c.id for c in meeting.counterparts] == ["ana-rojas", "pedro-quispe"]


def test_events_a_name_after_an_and_the_parser_left_hanging_is_a_party(
    enricher: Enricher,
) -> None:
    text = (
        "Earlier in the day, the minister Ivan Sokolov held talks with Sheikh Omar Dalen, "
        "Vice-President of Ruritania, and Sheikh Ivo Marr, Crown Prince of Oston, state news "
        "agency TNA reported."
    )
    (meeting,) = _of_type(events_of(enricher, text), "meeting")
    assert [c.id for c in meeting.counterparts] == ["omar-dalen", "ivo-marr"]


def test_events_a_with_repeated_after_a_title_list_adds_a_party(enricher: Enricher) -> None:
    text = (
        "President Ivan Sokolov held talks today with Crown Prince Omar bin Naif bin Tarek, "
        "Deputy Premier and Minister of Interior, and with Deputy Crown Prince Ali bin Salman "
        "bin Tarek, Second Deputy Premier."
    )
    (meeting,) = _of_type(events_of(enricher, text), "meeting")
    assert [c.id for c in meeting.counterparts] == [
        "omar-bin-naif-bin-tarek",
        "ali-bin-salman-bin-tarek",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ivan Sokolov conveyed an invitation to President Ana Rojas to visit Peru at an early "
        "date.",
        "President Ana Rojas on Monday renewed an invitation to Ivan Sokolov to attend the summit "
        "in Lima.",
    ],
)
def test_events_a_trip_an_invitation_noun_offers_is_no_trip_yet(
    enricher: Enricher, text: str
) -> None:
    assert _of_type(events_of(enricher, text), "visit") == []


def test_events_an_accepted_invitation_noun_is_the_acceptor_s_planned_trip(
    enricher: Enricher,
) -> None:
    text = "President Ana Rojas accepted an invitation to visit Russia next year."
    (visit,) = _of_type(events_of(enricher, text), "visit")
    assert (visit.actor.id, visit.status.value) == ("ana-rojas", "planned")


def test_events_an_invitation_extended_to_someone_invites_them(enricher: Enricher) -> None:
    text = (
        "Nordby in Accra\n\n"
        "Foreign Minister Erik Nordby of Norway held talks with President Amara Tolu in Accra on "
        "Monday. Nordby extended an invitation to Tolu to visit Oslo next year."
    )
    (invitation,) = _of_type(events_of(enricher, text), "invitation")
    assert [c.id for c in invitation.counterparts] == ["amara-tolu"]


def test_events_an_invitation_noun_accepted_in_a_relative_clause_keeps_the_trip(
    enricher: Enricher,
) -> None:
    text = (
        "Sokolov handed over an invitation from President Ana Rojas for Li Wei to visit Lima, "
        "which Li Wei accepted."
    )
    visits = _of_type(events_of(enricher, text), "visit")
    assert [(v.actor.id, v.location.id if v.location else None) for v in visits] == [
        ("li-wei", "lima")
    ]


def test_events_the_head_of_state_is_the_leader_not_the_other_party_of_the_verb(
    enricher: Enricher,
) -> None:
    text = (
        "President Ivan Sokolov of Peru held talks with Chinese President Li Wei in Lima on "
        "Monday. Sokolov called the talks fruitful. Pope Francis arrived in Lima on Tuesday. "
        "On Tuesday, the Head of State met the Pontiff at the palace."
    )
    meetings = _of_type(events_of(enricher, text), "meeting")
    assert ("ivan-sokolov", ["francis"]) in [
        (m.actor.id, [c.id for c in m.counterparts]) for m in meetings
    ]


def test_events_sites_seen_during_a_city_stay_are_that_visit(enricher: Enricher) -> None:
    text = (
        "Ivan Sokolov arrived in Lima on Wednesday for a four-day state visit. On Friday he will "
        "visit Unity Stadium, and on Sunday he will close the visit with a speech in Liberty "
        "Square in Lima before leaving for Quito."
    )
    visits = _of_type(events_of(enricher, text), "visit")
    assert [(v.location.id if v.location else None) for v in visits] == ["lima", "quito"]
    assert visits[0].date is not None and visits[0].date.value == "2025-03-26"


def test_events_a_site_seen_is_in_the_stay_its_day_falls_in_not_the_town_come_from(
    enricher: Enricher,
) -> None:
    text = (
        "Ivan Sokolov arrived in Lima on Wednesday from Quito, where he had attended a forum. "
        "On Friday he will visit Unity Stadium."
    )
    visits = _of_type(events_of(enricher, text), "visit")
    assert sorted(v.location.id for v in visits if v.location) == ["lima", "quito"]


@pytest.mark.parametrize(
    "site",
    [
        "On Friday he is to visit the National Agrarian University, where he will meet students.",
        "He is also expected to tour the Pacific Trade Centre.",
    ],
)
def test_events_an_institution_seen_during_a_city_stay_is_that_visit(
    enricher: Enricher, site: str
) -> None:
    # An institution visited is a site like a building, dated by the stay when told with no
    # day of its own.
    text = f"Ivan Sokolov arrived in Lima on Wednesday for a four-day state visit. {site}"
    visits = _of_type(events_of(enricher, text), "visit")
    assert [(v.location.id if v.location else None) for v in visits] == ["lima"]


@pytest.mark.parametrize(
    ("site", "places"),
    [
        (
            "On Friday he is scheduled to visit a donkey sanctuary in Karvela, while his wife "
            "will meet students at a school in Lima.",
            ["lima"],
        ),
        (
            "On Friday he will travel to Cusco, where he is expected to visit a navy base in "
            "Mirandel.",
            ["lima", "cusco"],
        ),
        (
            "On Friday he is due to hold talks with President Ana Ruiz in Lima and to visit the "
            "old silver mine at Karvela before travelling on to Quito.",
            ["lima", "karvela", "quito"],
        ),
    ],
)
def test_events_a_thing_seen_in_an_unknown_town_is_a_site_of_the_stay(
    enricher: Enricher, site: str, places: list[str]
) -> None:
    # A town no gazetteer knows, told only as where a thing seen is, lies in the city of the
    # stay; named in one series of doings with that city, it is a stop of its own.
    text = f"Ivan Sokolov arrived in Lima on Wednesday for a four-day state visit. {site}"
    visits = _of_type(events_of(enricher, text), "visit")
    assert [(v.location.id if v.location else None) for v in visits] == places


def test_events_returning_to_a_city_told_as_a_destination_is_a_second_trip(
    enricher: Enricher,
) -> None:
    text = (
        "Peruvian Prime Minister Ivan Sokolov flew to Quito last Thursday for talks. He returned "
        "to the Ecuadorian capital on Monday for the emergency summit."
    )
    visits = _of_type(events_of(enricher, text), "visit")
    assert [
        (v.location.id if v.location else None, v.date.value if v.date else None) for v in visits
    ] == [
        ("quito", "2025-03-20"),
        ("quito", "2025-03-24"),
    ]


def test_events_returning_home_is_no_trip(enricher: Enricher) -> None:
    text = (
        "Peruvian Prime Minister Ivan Sokolov flew to Quito last Thursday. He returned to Lima "
        "on Monday."
    )
    visits = _of_type(events_of(enricher, text), "visit")
    assert [v.location.id if v.location else None for v in visits] == ["quito"]


@pytest.mark.parametrize(
    "told",
    [
        "She is returning directly to Quito, her spokesman said.",
        "She then returned straight to Quito.",
    ],
)
def test_events_returning_directly_is_the_way_home(enricher: Enricher, told: str) -> None:
    # No stop on the way: the return ends the trip, whatever home the story gives her.
    text = f"Norwegian Prime Minister Ane Haugen left Lima on Monday. {told}"
    assert [e for e in _of_type(events_of(enricher, text), "visit")] == []


def test_events_returning_directly_to_a_town_of_the_trip_is_a_second_stay(
    enricher: Enricher,
) -> None:
    text = (
        "Norwegian Prime Minister Ane Haugen flew to Quito on Monday and on to Lima on Tuesday. "
        "On Wednesday she returned directly to Quito."
    )
    visits = _of_type(events_of(enricher, text), "visit")
    assert [v.location.id if v.location else None for v in visits].count("quito") == 2


def test_events_an_object_the_parser_read_as_a_second_subject_is_met(enricher: Enricher) -> None:
    text = (
        "Peruvian President Ivan Sokolov held talks with Chinese President Xi Jinping in Beijing "
        "on Thursday. On Thursday, Sokolov met Premier Li Keqiang, who told him China was ready."
    )
    meetings = _of_type(events_of(enricher, text), "meeting")
    assert [[c.id for c in m.counterparts] for m in meetings] == [["xi-jinping"], ["li-keqiang"]]


@pytest.mark.parametrize(
    "text",
    [
        # The parser reads two subjects of "held", the "and" left on the first.
        "Mongolian President Bat-Erdene Ganbold and French President Marc Lefevre held talks "
        "at the State Palace on Monday.",
        # The parser folds the first name into the second one's title, keeping the "and".
        "Kazakh President Nurlan-Bek Abenov and German Chancellor Anna Vogel held talks in "
        "narrow and expanded formats at the residence on Nov. 1.",
    ],
)
def test_events_co_subjects_lost_by_the_parser_are_met(enricher: Enricher, text: str) -> None:
    event = only(enricher, text)
    parties = {event.actor.id, *(c.id for c in event.counterparts)}
    assert event.type.value == "meeting" and len(parties) == 2


def test_events_guests_greeted_as_they_arrived_visit_with_host(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Ivan Petrov personally greeted Ana Lindqvist, Olaf Bergman and Mira "
        "Holmgren as they arrived at Oslo City Hall on Monday.",
    )
    assert {e.type.value for e in events} == {"visit"}
    assert len(events) == 3
    assert all([c.id for c in e.counterparts] == ["ivan-petrov"] for e in events)


def test_events_holder_of_two_offices_is_the_host(enricher: Enricher) -> None:
    event = only(
        enricher,
        "Ana Lindqvist arrived in Oslo on Monday and was received by First Deputy Prime "
        "Minister and Foreign Minister Olaf Bergman.",
    )
    assert event.type.value == "visit"
    assert [c.id for c in event.counterparts] == ["olaf-bergman"]


def test_events_welcome_at_unnamed_airport_is_a_visit_to_the_city_filed_from(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "OSLO, March 25 (NTB) -- King Olav received Sheikh Hamid at the airport upon his "
        "arrival in the country earlier on Tuesday. Hamid last visited Oslo in 2019.",
    )
    welcomed = [e for e in events if e.counterparts]
    assert [(e.type.value, e.location.id if e.location else None) for e in welcomed] == [
        ("visit", "oslo")
    ]
    assert [c.id for c in welcomed[0].counterparts] == ["olav"]


def test_events_courtesy_call_on_a_party_leader_is_a_meeting_with_the_leader(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "Ivan Petrov arrived in Vientiane on Monday. Today, Petrov is scheduled to pay separate "
        "courtesy calls on Communist Party of Laos General Secretary Somsak Phommachanh and "
        "President Boualy Keomany before returning home in the afternoon.",
    )
    met = [c.id for e in events if e.type.value == "meeting" for c in e.counterparts]
    assert "somsak-phommachanh" in met


def test_events_arrival_at_an_unplaced_airbase_is_a_visit_to_the_city_filed_from(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "CANBERRA, March 26 (AAP) - Ivan Petrov arrived at Wattlebrook airbase on Wednesday "
        "afternoon and was welcomed by Assistant Minister Marc Lefevre. Petrov will hold talks "
        "with officials in Canberra on Thursday.",
    )
    visits = [e for e in events if e.type.value == "visit"]
    assert [
        (v.location.id if v.location else None, [c.id for c in v.counterparts]) for v in visits
    ] == [("canberra", ["marc-lefevre"])]


def test_events_record_that_names_a_trip_again_is_no_trip_of_its_own(
    enricher: Enricher,
) -> None:
    # Its "since" dates the trip before, which the record does not tell.
    text = (
        "Vell arrived in Lima on Tuesday. It is the first state visit to Peru by an Estonian "
        "president since 2001."
    )
    visits = _of_type(events_of(enricher, text), "visit")
    assert [(v.location.id if v.location else None) for v in visits] == ["lima"]


def test_events_host_who_greets_guests_as_they_arrive_is_each_visits_counterpart(
    enricher: Enricher,
) -> None:
    text = (
        "President of Estonia Alar Tamm greeted Andrzej Nowak and Gitanas Petraitis as they "
        "arrived at Kadriorg Palace in Tallinn on Monday."
    )
    found = events_of(enricher, text)
    assert _of_type(found, "meeting") == []
    assert sorted((v.actor.id, [c.id for c in v.counterparts]) for v in found) == [
        ("andrzej-nowak", ["alar-tamm"]),
        ("gitanas-petraitis", ["alar-tamm"]),
    ]


def test_events_welcome_at_an_airbase_is_no_meeting(enricher: Enricher) -> None:
    text = (
        "Nowak was received at Amari airbase on Monday by Minister for Maritime Affairs Kalle Tamm."
    )
    assert _of_type(events_of(enricher, text), "meeting") == []


def test_events_invitation_to_make_a_trip_is_placed_where_the_trip_goes(
    enricher: Enricher,
) -> None:
    text = (
        "President Hanna Lund arrived in Algiers on Monday for a state visit. Lund also invited "
        "President Karim Belkacem to make a state visit to Norway, an invitation which he "
        "accepted."
    )
    (invitation,) = _of_type(events_of(enricher, text), "invitation")
    assert invitation.location is not None and invitation.location.id == "norway"


def test_events_trip_a_governing_verb_calls_off_is_not_emitted(enricher: Enricher) -> None:
    text = "President Ana Lind called off her visit to Oslo on Monday."
    assert _of_type(events_of(enricher, text), "visit") == []


def test_events_stop_told_with_a_leg_called_off_is_no_visit(enricher: Enricher) -> None:
    text = (
        "King Ado Marek of Lorvia arrived in Berlin on Wednesday for a state visit. The King had "
        "been due to begin in Paris on Sunday, with a banquet at Versailles and a stop in "
        "Bordeaux, but the French leg was called off last Friday because of strikes."
    )
    visits = _of_type(events_of(enricher, text), "visit")
    assert [e.location.id for e in visits if e.location] == ["berlin"]


def test_events_stop_dropped_for_what_the_traveller_does_instead_is_no_visit(
    enricher: Enricher,
) -> None:
    text = (
        "Chancellor Jan Dvorak arrived in Lisbon on Monday. Mr Dvorak, who had been due to "
        "stop in Madrid on the way back, will instead return directly to Prague, aides said."
    )
    visits = _of_type(events_of(enricher, text), "visit")
    assert "madrid" not in {e.location.id for e in visits if e.location}


def test_events_talks_spoken_by_phone_are_no_meeting(enricher: Enricher) -> None:
    # The parser may hang "by phone" on the verb as a passive's agent.
    text = (
        "Spokeswoman Thea Berg said President Ana Lind had also spoken by phone with Japanese "
        "Prime Minister Yoshi Tanaka on Tuesday."
    )
    assert _of_type(events_of(enricher, text), "meeting") == []


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Odd Rask, who was away in Narvik, telephoned Chancellor Mira Holt at her hotel "
        "to welcome her to the city, his office said.",
        "Prime Minister Ilse Dorn spoke by telephone with President Tove Marrin on Sunday to "
        "welcome her back from the summit.",
    ],
)
def test_events_a_welcome_made_on_a_call_is_no_meeting(enricher: Enricher, text: str) -> None:
    assert _of_type(events_of(enricher, text), "meeting") == []


def test_events_record_set_by_a_trip_told_in_the_clause_is_no_second_trip(
    enricher: Enricher,
) -> None:
    text = (
        "President Ivo Marek visited Lima in September last year, becoming the first Estonian "
        "head of state to visit Peru."
    )
    visits = _of_type(events_of(enricher, text), "visit")
    assert [(v.location.id if v.location else None) for v in visits] == ["lima"]


def test_events_a_nations_people_travelling_are_no_partys_trip(enricher: Enricher) -> None:
    text = (
        "President Ana Lind arrived in Suva on Monday. Lind announced visas on arrival for "
        "Fijians travelling to Norway."
    )
    visits = _of_type(events_of(enricher, text), "visit")
    assert [v.actor.id for v in visits] == ["ana-lind"]


def test_an_invitation_a_trip_is_made_at_has_no_day_and_goes_where_the_trip_does(
    enricher: Enricher,
) -> None:
    text = (
        "Prime Minister Ane Haugen held talks with President Jon Lund in Oslo on Tuesday. "
        "Haugen will pay an official visit to Iceland next month at the invitation of "
        "President Olaf Berg."
    )
    (invitation,) = _of_type(events_of(enricher, text), "invitation")
    assert invitation.status.value == "occurred"
    assert invitation.date is None
    assert invitation.location is not None and invitation.location.name == "Iceland"


def test_an_invitation_told_as_accepted_in_the_perfect_has_no_day(enricher: Enricher) -> None:
    text = (
        "Prime Minister Ane Haugen held talks with President Jon Lund in Oslo on Tuesday. "
        "Lund has accepted Haugen's invitation to visit Iceland later this year."
    )
    (invitation,) = _of_type(events_of(enricher, text), "invitation")
    assert invitation.date is None


def test_stops_a_trip_includes_are_of_the_story_month(enricher: Enricher) -> None:
    text = (
        "Foreign Minister Ane Haugen is set to meet Prime Minister Jon Lund in Oslo on Monday. "
        "Haugen's trip also includes stops in Sweden and Finland."
    )
    visits = _of_type(events_of(enricher, text), "visit")
    dated = {e.location.name: e.date.value for e in visits if e.location and e.date}
    assert dated.get("Sweden") == "2025-03"
    assert dated.get("Finland") == "2025-03"


def test_stops_the_trip_took_the_traveller_to_are_of_the_story_month(enricher: Enricher) -> None:
    text = (
        "Defence Minister Ane Haugen spoke warmly of a week-long tour. "
        "The trip was aimed at closer ties and took the minister to Sweden and Finland."
    )
    visits = _of_type(events_of(enricher, text), "visit")
    dated = {e.location.name: e.date.value for e in visits if e.location and e.date}
    assert dated.get("Sweden") == "2025-03"


def test_a_where_clause_on_the_place_of_a_trip_is_on_the_trip_day(enricher: Enricher) -> None:
    text = (
        "Prime Minister Ane Haugen will visit Telemark County on Friday, where she is due to "
        "tour a shipyard in Bergen, before returning to Oslo."
    )
    visits = _of_type(events_of(enricher, text), "visit")
    dated = {e.location.name: e.date.value for e in visits if e.location and e.date}
    assert dated.get("Bergen") == "2025-03-28"


def test_a_day_word_opening_the_sentence_dates_the_trip(enricher: Enricher) -> None:
    text = "Later today Ane Haugen will leave for Bergen, where she will pay a state visit."
    visits = _of_type(events_of(enricher, text), "visit")
    assert [e.date.value for e in visits if e.date] == ["2025-03-27"]


@pytest.mark.parametrize(
    "text",
    [
        "President Ivo Dran flew into Tarvia on Saturday from Lima, where he had held talks "
        "with President Ana Rojas on Friday.",
        "President Ivo Dran arrived at the ceremony from Lima, where he held talks on Friday "
        "with President Ana Rojas.",
    ],
)
def test_events_talks_where_the_traveller_came_from_are_an_earlier_leg(
    enricher: Enricher, text: str
) -> None:
    visits = _of_type(events_of(enricher, text), "visit")
    legs = [v for v in visits if v.location is not None and v.location.id == "lima"]
    assert [(v.actor.id, v.date.value if v.date else None) for v in legs] == [
        ("ivo-dran", "2025-03-21")
    ]
    assert all(not v.counterparts for v in legs)


@pytest.mark.parametrize(
    ("text", "left", "day"),
    [
        (
            "Chancellor Ivo Brandt flew into Sofia on Wednesday from Varna, where he had laid a "
            "wreath at the war memorial on Tuesday.",
            "varna",
            "2025-03-25",
        ),
        (
            "Archbishop Ado Vell arrived in Lima on Sunday from Quito, where he celebrated Mass "
            "on Saturday, at the end of a tour of the region.",
            "quito",
            "2025-03-22",
        ),
    ],
)
def test_events_a_doing_where_the_traveller_came_from_is_an_earlier_leg(
    enricher: Enricher, text: str, left: str, day: str
) -> None:
    visits = _of_type(events_of(enricher, text), "visit")
    legs = [v for v in visits if v.location is not None and v.location.id == left]
    assert [v.date.value if v.date else None for v in legs] == [day]


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Dran chaired the summit, attended by Premier Ana Rojas, Prime Minister Jon Lund "
        "and President Erik Berg, as well as ministers of 51 countries.",
        "The summit was opened on Monday by President Ivo Dran and attended by Prime Minister "
        "Ana Rojas, President Jon Lund and President Erik Berg.",
        "Leaders met in Tarvia on Friday for a summit of the Council of Heads of State chaired "
        "by President Ivo Dran and attended by Prime Minister Ana Rojas, President Jon Lund and "
        "President Erik Berg.",
        "On Tuesday Ivo Dran will host the seventh summit of the Union of Northern States, which "
        "President Ana Rojas, President Jon Lund and President Erik Berg are scheduled to attend.",
    ],
)
def test_events_a_chaired_summit_meets_everyone_named_attending(
    enricher: Enricher, text: str
) -> None:
    (meeting,) = _of_type(events_of(enricher, text), "meeting")
    assert (meeting.actor.id, sorted(c.id for c in meeting.counterparts)) == (
        "ivo-dran",
        ["ana-rojas", "erik-berg", "jon-lund"],
    )


def test_events_a_chaired_meeting_of_a_body_has_no_party(enricher: Enricher) -> None:
    text = "Ivo Dran chaired a meeting of the Northern Development Council in Tarvia on Monday."
    assert not _of_type(events_of(enricher, text), "meeting")


def test_events_a_chaired_summit_not_placed_is_where_its_parties_went(
    enricher: Enricher,
) -> None:
    text = (
        "Ivo Dran arrived in Tarvia on Sunday to attend the summit.\n\nThe summit was opened on "
        "Monday by President Ivo Dran and attended by Prime Minister Ana Rojas and President "
        "Jon Lund."
    )
    (meeting,) = _of_type(events_of(enricher, text), "meeting")
    assert meeting.location is not None and meeting.location.id == "tarvia"


@pytest.mark.parametrize(
    "text",
    [
        "Later in the day Ivo Dran hosted a meeting of leaders of 14 island countries, including "
        "Samoa's prime minister Ana Rojas and Kiribati's president Jon Lund, and announced a fund.",
        "Ivo Dran will meet leaders of the front-line states, including Zimbabwe's President Ana "
        "Rojas and Angola's President Jon Lund, in Lusaka on Friday.",
        "Tonight, Ivo Dran will host a dinner for leaders of 11 Central and East European NATO "
        "member countries at the residence of the U.S. ambassador in Prague, among them Polish "
        "Prime Minister Ana Rojas and Lithuanian President Jon Lund.",
    ],
)
def test_events_leaders_met_are_those_named_as_included(enricher: Enricher, text: str) -> None:
    (meeting,) = _of_type(events_of(enricher, text), "meeting")
    assert (meeting.actor.id, sorted(c.id for c in meeting.counterparts)) == (
        "ivo-dran",
        ["ana-rojas", "jon-lund"],
    )


def test_a_date_hung_on_a_name_read_as_a_verb_dates_the_reported_talks() -> None:
    # The parse of "Jose dos Reis" the model gives: "dos" a verb of its own under "said", with
    # "in Tarvia on Friday" hung on the name.
    sentence = (
        "The party said Ivo Dran would meet Ana Rojas and Jose dos Reis , in Tarvia on Friday ."
    )
    words = sentence.split()
    heads = [1, 2, 2, 4, 6, 6, 2, 8, 6, 8, 8, 2, 11, 12, 12, 14, 12, 16, 2]
    deps = "det nsubj ROOT compound nsubj aux ccomp compound dobj cc conj ccomp dobj punct prep"
    deps += " pobj prep pobj punct"
    pos = "DET NOUN VERB PROPN PROPN AUX VERB PROPN PROPN CCONJ PROPN VERB PROPN PUNCT ADP"
    pos += " PROPN ADP PROPN PUNCT"
    lemmas = [word.lower() for word in words]
    lemmas[2] = "say"
    ents = ["O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "I-PERSON", "O"]
    ents += ["B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "B-GPE", "O", "B-DATE", "O"]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=heads,
        deps=deps.split(),
        pos=pos.split(),
        lemmas=lemmas,
        ents=ents,
    )
    dates = tuple(ent for ent in doc.ents if ent.label_ == "DATE")
    found = event_date(clause_chain(doc[6]), PUBLISHED, frozenset({6}), dates, future=True)
    assert found is not None and found.value == "2025-03-28"


def test_names_the_parser_hung_on_the_last_of_a_list_are_listed_too() -> None:
    # The parse the model gives of a list of bare surnames: the first hung on the last name's
    # title as a modifier, the rest its conjuncts.
    sentence = "Dran met Rahmani , Tokarev and President Serdar Berdiyev ."
    heads = [1, 1, 6, 2, 2, 4, 8, 8, 1, 1]
    deps = ["nsubj", "ROOT", "nmod", "punct", "conj", "cc", "compound", "compound", "dobj", "punct"]
    pos = ["PROPN", "VERB", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "PROPN", "PROPN", "PUNCT"]
    ents = ["B-PERSON", "O", "B-PERSON", "O", "B-PERSON", "O", "O", "B-PERSON", "I-PERSON", "O"]
    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=sentence.split(), heads=heads, deps=deps, pos=pos, ents=ents)
    table = canonical_entities(doc, 0)
    found = [ref.key for ref in referents([doc[8]], table)]
    assert found == ["serdar berdiyev", "rahmani", "tokarev"]


def test_events_he_in_capitals_before_an_office_is_a_style_not_a_pronoun(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "Prime Minister Jan Tolu arrived in Oslo on Sunday. HE the Prime Minister and Minister "
        "of Foreign Affairs Sheikh Omar bin Rashid visited Beirut on Monday.",
    )
    (visit,) = [
        e for e in events if e.type == "visit" and e.location and e.location.name == "Beirut"
    ]
    assert visit.actor.name == "Omar bin Rashid"


def test_events_a_date_told_at_the_end_of_joined_verbs_times_them_all(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Norwegian Prime Minister Lars Lund flew to Oslo and met Chilean President Carlos "
        "Haugen at the palace on Friday.",
    )
    (visit,) = [e for e in events if e.type == "visit"]
    assert visit.date is not None and visit.date.value == "2025-03-21"


def test_events_a_later_verb_with_a_tense_of_its_own_keeps_its_date_to_itself(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher, "Lars Lund arrived in Lima last year and will meet Carlos Haugen on Friday."
    )
    (visit,) = [e for e in events if e.type == "visit"]
    assert visit.date is not None and visit.date.value == "2024"


def test_events_talks_hours_before_a_dated_meeting_are_on_its_day(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Estonian Foreign Minister Ivo Marten was received by Chilean President Carlos Haugen "
        "on Wednesday, hours after he held talks with Chilean Foreign Minister Pedro Alvarez.",
    )
    (talks,) = [e for e in events if [c.name for c in e.counterparts] == ["Pedro Alvarez"]]
    assert talks.date is not None and talks.date.value == "2025-03-26"


def test_events_a_trip_told_as_before_a_stay_does_not_end_it(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Chilean President Carlos Haugen arrived in Oslo on Tuesday for a two-day visit.\n\n"
        "Haugen had flown to Stockholm first. Sweden and Chile signed a trade pact there.\n\n"
        '"We have achieved a great deal," Haugen told reporters.\n\n'
        "In the Norwegian capital, the Chilean president held talks with Norwegian Prime "
        "Minister Lars Lund.",
    )
    (talks,) = [e for e in events if e.type == "meeting"]
    assert talks.date is not None and talks.date.value == "2025-03-25"


def test_events_talks_on_the_margins_of_the_summit_told_before_take_its_date(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "Prime Minister Lars Lund hosted the leaders of the Nordic states in Bergen on Tuesday.\n\n"
        "Chilean President Carlos Haugen arrived in Bergen on Monday. On the margins of the "
        "summit, Haugen held talks with Peruvian President Pedro Alvarez.",
    )
    (talks,) = [e for e in events if e.type == "meeting" and e.actor.name == "Carlos Haugen"]
    assert talks.date is not None and talks.date.value == "2025-03-25"


def test_events_office_set_off_by_commas_before_its_name_is_that_name(
    enricher: Enricher,
) -> None:
    # The hyphened office is parsed in pieces; the Vice-President told later is someone else.
    events = events_of(
        enricher,
        "The Vice-President of Ruritania, Anna Kovac, today held talks with President Ivo "
        "Marek in Zagreb. Ms Kovac arrived in Zagreb on Sunday and was received at the airport "
        "by the Vice-President, Dr Petar Horvat.",
    )
    (talks,) = [e for e in events if e.type == "meeting"]
    assert talks.actor.id == "anna-kovac"
    assert [c.id for c in talks.counterparts] == ["ivo-marek"]


def test_events_two_leaders_are_the_visitor_and_host_not_talks_on_an_earlier_leg(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "President Ivo Marek yesterday began a state visit to Tarvia, with President Lena "
        "Horn welcoming him at the airport.\n\nMarek arrived from Lima, where he held talks "
        "with President Omar Ruiz on Saturday.\n\nThe two leaders held talks at the palace "
        "yesterday evening.",
    )
    talks = [e for e in events if e.type == "meeting" and "evening" in e.evidence[0].text]
    (meeting,) = talks
    parties = {meeting.actor.id, *(c.id for c in meeting.counterparts)}
    assert parties == {"ivo-marek", "lena-horn"}


def test_events_bare_surname_is_the_full_name_told_before_it(enricher: Enricher) -> None:
    # Marta Dorn is told more often, but only after the bare "Dorn", when Ivo Dorn was known.
    events = events_of(
        enricher,
        "Troops detained President Ivo Dorn on Tuesday. Minister Ana Pires will meet Dorn in "
        "Velia on Friday, officials said. Reports that his wife, Marta Dorn, had fled were "
        "denied. Marta Dorn was last seen in Lima. Critics said Marta Dorn ran the party.",
    )
    (meeting,) = [e for e in events if e.type == "meeting"]
    assert [c.id for c in meeting.counterparts] == ["ivo-dorn"]


def test_name_after_an_office_and_a_spelled_out_rank_is_the_office_holder() -> None:
    # The model's parse of such a list: the name hung on the office's body as its apposition.
    sentence = "Pires met Okoro and the commander of the Tarvia Defence Forces , General Ivo Marek"
    sentence += " ."
    heads = [1, 1, 1, 2, 5, 2, 5, 10, 9, 10, 6, 10, 14, 14, 10, 1]
    deps = ["nsubj", "ROOT", "dobj", "cc", "det", "conj", "prep", "det", "compound"]
    deps += ["compound", "pobj", "punct", "compound", "compound", "appos", "punct"]
    pos = ["PROPN", "VERB", "PROPN", "CCONJ", "DET", "NOUN", "ADP", "DET", "PROPN", "PROPN"]
    pos += ["PROPN", "PUNCT", "PROPN", "PROPN", "PROPN", "PUNCT"]
    lemmas = [word.lower() for word in sentence.split()]
    ents = ["B-PERSON", "O", "B-PERSON", "O", "O", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG"]
    ents += ["O", "O", "B-PERSON", "I-PERSON", "O"]
    vocab = spacy.blank("en").vocab
    words = sentence.split()
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents)
    table = canonical_entities(doc, 0)
    found = referent(doc[5], table)
    assert found is not None and found.key == "ivo marek"


def test_events_hyphened_first_surname_alone_is_the_full_name(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "President Tomás Ruiz-Toledo Vidal arrived in Lima on Sunday. That afternoon "
        "Ruiz-Toledo held talks with President Ivo Marek.",
    )
    (meeting,) = [e for e in events if e.type == "meeting"]
    assert meeting.actor.id == "tomas-ruiz-toledo-vidal"


def test_events_country_printed_before_an_office_is_no_party_of_its_own(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "The tour began in Lima on Thursday, where Wang met Marshall Islands Prime Minister "
        "Ivo Marek and signed deals. Wang Yi is China's foreign minister.",
    )
    (meeting,) = [e for e in events if e.type == "meeting"]
    assert [c.id for c in meeting.counterparts] == ["ivo-marek"]


def test_events_visit_dated_by_what_was_done_where_it_went(enricher: Enricher) -> None:
    text = (
        "The talks came weeks after Marta Lindqvist's visit to Chile, where she was received "
        "by President Tomas Ferrer at La Moneda on February 20 and spoke to students the "
        "following day."
    )
    (visit,) = _of_type(events_of(enricher, text), "visit")
    assert visit.date is not None and visit.date.value == "2025-02-20"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Chile agreed to host the forum after Marta Lindqvist's visit to Santiago on May 2.",
            "2024-05-02",
        ),
        (
            "Tomas Ferrer praised a loan package agreed in October, when Marta Lindqvist "
            "visited Santiago for an investment forum.",
            "2024-10",
        ),
    ],
)
def test_events_visit_that_timed_a_past_agreement_is_past(
    enricher: Enricher, text: str, value: str
) -> None:
    (visit,) = _of_type(events_of(enricher, text), "visit")
    assert visit.status == "occurred"
    assert visit.date is not None and visit.date.value == value


@pytest.mark.parametrize(
    "text",
    [
        "Marta Lindqvist is due in Santiago on Monday for talks with Tomas Ferrer.",
        "Marta Lindqvist is to stay in Santiago on Monday for talks with Tomas Ferrer.",
    ],
)
def test_events_talks_a_copula_is_due_for_lie_ahead(enricher: Enricher, text: str) -> None:
    (meeting,) = _of_type(events_of(enricher, text), "meeting")
    assert meeting.status == "planned"
    assert meeting.date is not None and meeting.date.value == "2025-03-31"


def test_events_day_hung_on_the_setting_dates_the_talks(enricher: Enricher) -> None:
    text = "On the sidelines on Thursday, Marta Lindqvist held talks with Tomas Ferrer."
    (meeting,) = _of_type(events_of(enricher, text), "meeting")
    assert meeting.date is not None and meeting.date.value == "2025-03-27"


def test_events_talks_a_dated_signing_followed_on_are_of_its_day(enricher: Enricher) -> None:
    text = (
        "Chile and Peru on Monday signed a trade agreement, after Tomas Ferrer held talks "
        "with Marta Lindqvist at the palace."
    )
    (meeting,) = _of_type(events_of(enricher, text), "meeting")
    assert meeting.date is not None and meeting.date.value == "2025-03-24"


def test_events_second_day_of_a_visit_dates_it_a_day_earlier(enricher: Enricher) -> None:
    text = (
        "Chile and Peru signed 17 agreements on Friday, on the second day of "
        "Marta Lindqvist's first visit to Lima."
    )
    (visit,) = _of_type(events_of(enricher, text), "visit")
    assert visit.date is not None and visit.date.value == "2025-03-20"


def test_events_headline_joins_the_story_and_makes_no_event_of_its_own(
    enricher: Enricher,
) -> None:
    text = (
        "Lund signs fisheries pact, heads to Bergen\n\n"
        "Prime Minister Ivo Lund met President Arno Vell in Oslo on Monday."
    )
    article = Article(
        id="t", published=PUBLISHED, text=text, title="Lund signs fisheries pact, heads to Bergen"
    )
    events = enricher.enrich(article).events
    assert [event.type.value for event in events] == ["meeting"]


@pytest.mark.parametrize(
    "link",
    [
        "Related: Tarvian President Jon Ek visits Lorvia",
        "Read more: Lund visits Tarvia, signs grain deal",
        "ALSO READ: Arno Vell to travel to Lima next week",
        "See also: Vell meets Lund in Bergen",
    ],
)
def test_events_a_link_to_another_story_tells_no_event(enricher: Enricher, link: str) -> None:
    text = f"Prime Minister Ivo Lund met President Arno Vell in Oslo on Monday.\n\n{link}"
    events = events_of(enricher, text)
    assert [(e.type.value, e.actor.id) for e in events] == [("meeting", "ivo-lund")]


@pytest.mark.parametrize(
    "caption",
    [
        "PHOTO: President Arno Vell receives Prime Minister Ivo Lund at the palace yesterday.",
        "Picture: Ivo Lund meets Jon Ek in Oslo on Monday.",
        "Photo: Ivo Lund is welcomed by Arno Vell in Oslo. (Reuters)",
        # Unlabelled: a credit after the last full stop, and the present of a picture.
        "President Arno Vell receives Prime Minister Ivo Lund at the palace on Monday. (LNA)",
        "Ivo Lund meets Jon Ek in Oslo on Monday. (Kari Moe/Pool photo)",
    ],
)
def test_events_a_caption_shows_the_storys_events_and_tells_none_of_its_own(
    enricher: Enricher, caption: str
) -> None:
    text = (
        "Prime Minister Ivo Lund arrived in Oslo on Sunday for a two-day visit to Norway.\n\n"
        f"Lund will travel to Bergen on Tuesday.\n\n{caption}"
    )
    events = events_of(enricher, text)
    assert {(e.type.value, e.actor.id) for e in events} == {("visit", "ivo-lund")}
    assert "meeting" not in {e.type.value for e in events}


def test_events_a_paragraph_signed_off_by_its_agency_tells_its_event(enricher: Enricher) -> None:
    text = (
        "Prime Minister Ivo Lund arrived in Oslo on Sunday for a two-day visit to Norway.\n\n"
        "On Monday Lund met Foreign Minister Jon Ek at the ministry. (END)"
    )
    events = events_of(enricher, text)
    assert ("meeting", "ivo-lund") in {(e.type.value, e.actor.id) for e in events}


def test_events_a_gathering_hosted_is_no_party_its_with_object_is(enricher: Enricher) -> None:
    event = only(
        enricher, "Ivo Lund co-hosted the Nordic Ministers' Meeting with Arno Vell in Oslo."
    )
    assert event.type.value == "meeting"
    assert {ref.name for ref in [event.actor, *event.counterparts]} == {"Ivo Lund", "Arno Vell"}


@pytest.mark.parametrize(
    ("airport", "city"),
    [("Bergen-Flesland International Airport", "bergen"), ("Norway International Airport", "oslo")],
)
def test_events_arrival_at_an_airport_is_a_visit_to_the_city_its_name_gives(
    enricher: Enricher, airport: str, city: str
) -> None:
    text = f"Ivan Petrov arrived at {airport} on Friday morning."
    visits = _of_type(events_of(enricher, text), "visit")
    assert [v.location.id if v.location else None for v in visits] == [city]


def test_events_airport_welcome_greets_the_arrival_not_an_earlier_stop(
    enricher: Enricher,
) -> None:
    text = (
        "Ivan Petrov arrived in Oslo on Friday evening from Rome on the last leg of a tour that "
        "also took him to Madrid. He was welcomed at Gardermoen Airport by Foreign Minister "
        "Jon Moe."
    )
    visits = _of_type(events_of(enricher, text), "visit")
    welcomed = {v.location.id: [c.id for c in v.counterparts] for v in visits if v.location}
    assert welcomed == {"oslo": ["jon-moe"], "madrid": []}


def test_events_talks_where_the_traveller_came_from_are_not_of_the_return_day(
    enricher: Enricher,
) -> None:
    text = (
        "Ivan Petrov returned to Sofia on Thursday from Stockholm, where he held talks with "
        "Prime Minister Jon Moe."
    )
    (talks,) = _of_type(events_of(enricher, text), "meeting")
    assert talks.location is not None and talks.location.id == "stockholm"
    assert talks.date is None


def test_events_a_day_the_parser_ran_into_the_subject_still_dates_its_verb(
    enricher: Enricher,
) -> None:
    doc = enricher.nlp(
        "The minister arrived in Suva from Apia, where on Saturday Samoa and China signed an "
        "agreement."
    )
    (day,) = [ent for ent in doc.ents if ent.label_ == "DATE"]
    if day.root.dep_ != "compound":
        pytest.skip("the model parsed the day as its own phrase")
    assert _anchor(day).lemma_ == "sign"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Ivan Petrov travelled to Oslo on Monday and met Prime Minister Jon Moe. At a joint "
            "press conference there on Monday, Moe said Norway backed Bulgaria's bid.",
            "oslo",
        ),
        (
            "At a news conference at the foreign ministry in Bergen on Monday, Ivan Petrov said "
            "Bulgaria supported Norway.",
            "bergen",
        ),
    ],
)
def test_events_stance_reported_from_an_occasion_is_placed_where_the_occasion_is(
    enricher: Enricher, text: str, place: str
) -> None:
    (stance,) = _of_type(events_of(enricher, text), "statement")
    assert stance.location is not None and stance.location.id == place


def test_events_plan_whose_talks_the_hosts_called_off_is_no_visit(enricher: Enricher) -> None:
    text = (
        "Aino Lehtonen had been due to fly on to Tallinn for a summit with Estonian Prime "
        "Minister Kaja Vaher, but Estonia called off the meeting after the storm."
    )
    found = events_of(enricher, text)
    assert [e for e in found if e.type in ("visit", "meeting")] == []


@pytest.mark.parametrize(
    "text",
    [
        # a "but" clause that denies any trip, joined to the clause that reports the wish
        'Lorvian President Tove Marrin said she expected to meet Prime Minister Ilse Dorn "soon", '
        "but no trip has been planned.",
        # ... or denies any plan, as reported
        "Lorvian Foreign Minister Tove Marrin said he hoped Ilse Dorn would visit Port Marrow "
        "before the end of the year, but Dorn's office said there were no plans for such a trip.",
        # a plan told as overtaken before it happened
        "The journey of Lorvian President Tove Marrin had been planned for July last year, with a "
        "stop in Kestrel, before it was postponed because of the floods.",
    ],
)
def test_events_plan_the_sentence_denies_or_puts_off_is_no_event(
    enricher: Enricher, text: str
) -> None:
    found = events_of(enricher, text)
    assert [e for e in found if e.type in ("visit", "meeting")] == []


def test_events_clause_of_what_follows_a_trip_undoes_nothing(enricher: Enricher) -> None:
    text = (
        "Foreign Minister Tove Marrin will fly to Port Marrow on Monday, before it is closed "
        "for the winter."
    )
    (visit,) = _of_type(events_of(enricher, text), "visit")
    assert visit.status == "planned"


def test_events_record_restated_by_a_superlative_is_one_meeting(enricher: Enricher) -> None:
    text = (
        "Aino Lehtonen and Kaja Vaher met at the Kadriorg Palace in Tallinn on Wednesday, the "
        "highest-level meeting between Finnish and Estonian leaders since 1991."
    )
    (meeting,) = _of_type(events_of(enricher, text), "meeting")
    assert meeting.date is not None and meeting.date.value != "1991"


def test_events_nameless_people_who_arrived_make_no_visit(enricher: Enricher) -> None:
    text = (
        "Lehtonen announced that residence permits would be extended to the descendants of "
        "the settlers who arrived from 1850."
    )
    assert _of_type(events_of(enricher, text), "visit") == []


@pytest.mark.parametrize(
    "text",
    [
        "Lehtonen welcomed the deal on Wednesday and called on Estonia to withdraw its objections.",
        # The quoted act is parsed as a clause of purpose; nobody calls on a country in person.
        'In his opening address Mr Lehtonen called on India to "walk with us towards a just '
        'settlement of the border", a line the Estonian delegation chose not to answer.',
        "After the talks, Lehtonen travelled to Tapa to meet Finnish troops of the battalion.",
        "Lehtonen will call on President Kaja Vaher on Monday, where she is to receive the "
        "Order of the Cross, the country's highest civil award.",
    ],
)
def test_events_appeals_troops_and_awards_are_no_parties(enricher: Enricher, text: str) -> None:
    meetings = _of_type(events_of(enricher, text), "meeting")
    assert all(
        m.counterparts and all(p.label == "PERSON" for p in m.counterparts) for m in meetings
    )


def test_events_a_title_received_for_talks_on_a_list_of_topics_is_met(
    enricher: Enricher,
) -> None:
    # The parser hangs the list of topics on "the President" as appositions.
    text = (
        "President Ivo Saro arrived in Tarnow on Friday. That evening King Piet received the "
        "President at the Summer Palace for talks on trade, the position of farmers in the "
        "region and the refugees from Lorn."
    )
    meetings = _of_type(events_of(enricher, text), "meeting")
    assert any(
        {m.actor.id, *(p.id for p in m.counterparts)} == {"piet", "ivo-saro"} for m in meetings
    )


def test_events_condition_of_a_response_is_no_event(enricher: Enricher) -> None:
    text = (
        "Finnish Prime Minister Aino Lehtonen said Helsinki would respond if Ruritania "
        "deployed troops to the border."
    )
    assert _of_type(events_of(enricher, text), "deployment") == []


def test_events_two_leaders_are_the_guest_and_who_he_signed_with_not_his_greeter(
    enricher: Enricher,
) -> None:
    # The speaker who met the plane only greeted the guest; the talks are with the president.
    text = (
        "Prime Minister Tomas Brell and President Ivo Sarn signed a joint declaration in Dorva "
        "on Tuesday.\n\nBrell arrived at Dorva airport on Tuesday morning and was met by Kal "
        "Venn, the speaker of parliament.\n\nThe two leaders then held talks at the Lime Palace."
    )
    assert told(events_of(enricher, text), "meeting") == {
        ("tomas-brell", ("ivo-sarn",), "lime-palace")
    }


def test_events_two_leaders_told_together_before_a_leader_landed_with_his_spouse(
    enricher: Enricher,
) -> None:
    # The couple who landed hold no two offices: the pair is the one told unveiling the pact.
    text = (
        "President Ada Rusk said on Friday that the two countries had grown closer, as she and "
        "Premier Olav Tenn unveiled a trade pact.\n\nRusk and First Lady Mira Rusk landed at "
        "Kelby airport on Thursday evening.\n\nOn Friday morning, the two leaders held talks at "
        "the Stone Hall."
    )
    assert told(events_of(enricher, text), "meeting") == {
        ("ada-rusk", ("olav-tenn",), "stone-hall")
    }


@pytest.mark.parametrize(
    ("text", "visited"),
    [
        ("Chancellor Ana Holm visited President Ivo Lund in Tarvik on Monday.", "ivo-lund"),
        # The one visited named after the office they hold.
        (
            "Ana Holm reached Brenn on Sunday. On Monday she visited the former leader, Arno "
            "Vell, at his home.",
            "arno-vell",
        ),
        # Named bare, as someone the story tells doing things.
        (
            "Ivo Lund flew to Tarvik on Friday. Ana Holm had visited Lund at his villa in Tarvik "
            "in May.",
            "ivo-lund",
        ),
    ],
)
def test_events_a_person_visited_is_met(enricher: Enricher, text: str, visited: str) -> None:
    assert {
        (e.actor.id, tuple(c.id for c in e.counterparts))
        for e in _of_type(events_of(enricher, text), "meeting")
    } == {("ana-holm", (visited,))}


@pytest.mark.parametrize(
    "text",
    [
        # A site the model tags as a person is no one met.
        "Queen Ana Holm arrived in Brenn on Monday. On Tuesday she visited Dar Al Hikma.",
        "President Ivo Lund arrived in Vadum on Friday. On Saturday he visited Sidi Mahrez.",
    ],
)
def test_events_a_site_visited_is_no_meeting(enricher: Enricher, text: str) -> None:
    assert _of_type(events_of(enricher, text), "meeting") == []


def test_a_trip_invited_to_during_talks_is_not_dated_by_them(enricher: Enricher) -> None:
    """The talks time the inviting; the trip invited to has no date of its own yet."""
    text = (
        "Lena Hartmann held talks with Tomas Berg in Oslo on Monday. During Monday's talks, "
        "Hartmann invited Berg to visit Germany again, and Berg accepted."
    )
    events = events_of(enricher, text)
    (invitation,) = _of_type(events, "invitation")
    (visit,) = _of_type(events, "visit")
    assert invitation.date is not None and invitation.date.value == "2025-03-24"
    assert (visit.status.value, visit.date) == ("planned", None)


@pytest.mark.parametrize(
    "text",
    [
        "KELL, March 26 - Prime Minister Ana Holm telephoned President Ivan Sokolov on the eve "
        "of the Podgorica visit to compare arrangements, officials said.",
        "KELL, March 26 - Governor Ana Holm said she had talked by telephone with President "
        "Ivan Sokolov on Tuesday about the arrangements for the Podgorica visit, which went off "
        "without trouble.",
    ],
)
def test_events_a_trip_named_only_in_a_call_is_not_the_callers(
    enricher: Enricher, text: str
) -> None:
    assert [e for e in events_of(enricher, text) if e.type == "visit"] == []


def test_events_a_call_made_during_ones_own_visit_keeps_the_visit(enricher: Enricher) -> None:
    text = (
        "KELL, March 26 - Prime Minister Ana Holm telephoned President Ivan Sokolov during her "
        "visit to Podgorica on Tuesday."
    )
    assert [
        (e.actor.id, e.location.id if e.location else None)
        for e in events_of(enricher, text)
        if e.type == "visit"
    ] == [("ana-holm", "podgorica")]


@pytest.mark.parametrize(
    ("opening", "met"),
    [
        # The model reads "afternoon" as a modifier of "Lind", the name as the object of "of".
        ("In the middle of the afternoon Arvo Lind and Kai Berg", "kai-berg"),
        # Here it hangs the names on "summit" as its apposition.
        ("On the margins of the forum Kessa and Dorvo Lind", "dorvo-lind"),
        # And here as the name the summit modifies.
        ("During a break in the forum Kessa and Ivo Marek", "ivo-marek"),
    ],
)
def test_events_names_glued_to_an_opening_time_are_the_subject(
    enricher: Enricher, opening: str, met: str
) -> None:
    # Without a subject the verb's talks have no parties at all.
    events = events_of(enricher, f"{opening} held private talks about a rail link.")
    assert [others for _, others, _ in told(events, "meeting")] == [(met,)]
