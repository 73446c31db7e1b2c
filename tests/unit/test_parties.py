"""Who the parties of an event are, on small invented stories read with the real model."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from stream.contracts import EntityLabel
from stream.nlp.enrich import Enricher
from stream.nlp.entities import extents, names, office_names, owners, repair, short_names
from stream.nlp.entities.canonical import canonical_entities
from stream.nlp.lexicon import AliasEntry, fold
from tests.unit.stories import events_of, meetings
from tests.unit.test_entities import built as built_with


def test_pronoun_after_a_photo_caption_means_the_story_traveller(enricher: Enricher) -> None:
    text = (
        "President Tomas Varga arrived in Lorvia on Sunday for a three-day visit.\n\n"
        "Varga will call on Prime Minister Elin Saro at her office on Monday.\n\n"
        "Photo caption: Prime Minister Ivo Brandt talks to reporters at the airport on Sunday.\n\n"
        "He will then fly to Tokyo on Wednesday."
    )
    tokyo = [e for e in events_of(enricher, text) if e.location and e.location.id == "tokyo"]
    assert [e.actor.id for e in tokyo] == ["tomas-varga"]


def test_the_two_sides_of_a_signing_are_the_states_of_the_pair(enricher: Enricher) -> None:
    text = (
        "Chilean Foreign Minister Ana Lindqvist held talks with Peruvian Foreign Minister "
        "Bo Tamayo in Lima on Monday.\n\n"
        "The two sides then signed three trade accords."
    )
    (deal,) = [e for e in events_of(enricher, text) if e.type == "agreement"]
    assert {deal.actor.id, *(c.id for c in deal.counterparts)} == {"chile", "peru"}


def test_an_arrival_told_under_a_passive_welcome_is_the_guests(enricher: Enricher) -> None:
    text = (
        "President Ahmed Lind arrived in Quito on Sunday for a two-day visit.\n\n"
        "Mr Lind was welcomed on arrival at the Presidential Airport by Sheikh Bo bin Tamm, "
        "Vice President and Deputy Prime Minister."
    )
    visits = [e for e in events_of(enricher, text) if e.type == "visit"]
    assert visits and {e.actor.id for e in visits} == {"ahmed-lind"}


def test_a_host_at_an_air_base_greets_the_visit(enricher: Enricher) -> None:
    text = (
        "Dr Varga, who arrived in Lima on Sunday afternoon on a two-day official visit, was "
        "received at Callao air base by Peruvian Foreign Minister Ivo Brandt."
    )
    events = events_of(enricher, text)
    assert [(e.type, [c.id for c in e.counterparts]) for e in events] == [("visit", ["ivo-brandt"])]


def built(text: str, ents: list[tuple[str, str]]) -> Doc:
    """A blank Doc of `text` whose entities are the first occurrences of each (surface, label),
    every capitalised word tagged a proper noun."""
    doc = built_with(spacy.blank("en"), text, ents)
    for token in doc:
        token.pos_ = "PROPN" if token.text[:1].isupper() else "X"
    return doc


def test_a_surname_the_model_reads_as_a_work_is_the_person() -> None:
    doc = built(
        "Rui Tamayo flew to Lima. Officials met Tamayo there.",
        [("Rui Tamayo", "PERSON"), ("Lima", "GPE"), ("Tamayo", "WORK_OF_ART")],
    )
    found = canonical_entities(doc).at(doc[8])
    assert found is not None and found.key == "rui tamayo"


def test_a_short_name_in_the_storys_spelling_is_the_person(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    entry = AliasEntry(name="Ahmed bin Rashid", label=EntityLabel.PERSON)
    for module in (extents, names, office_names, owners, repair, short_names):
        monkeypatch.setattr(module, "alias_index", lambda: {fold("Ahmad bin Rashid"): entry})
    doc = built(
        "Sheikh Ahmad bin Rashid flew to Lima. Sheikh Ahmad met officials.",
        [("Ahmad bin Rashid", "PERSON"), ("Lima", "GPE"), ("Ahmad", "PERSON")],
    )
    people = [ref for ref in canonical_entities(doc).referents if ref.label == "PERSON"]
    # The table's id, the story's spelling.
    assert [(ref.key, ref.name, len(ref.mentions)) for ref in people] == [
        ("ahmed bin rashid", "Ahmad bin Rashid", 2)
    ]


def test_both_ministers_who_met_the_host_apart_are_the_pair_told_before(
    enricher: Enricher,
) -> None:
    text = (
        "Foreign Minister Ana Lindqvist hosted her Chilean and Peruvian counterparts, Bo "
        "Tamayo and Rui Salas, in Lima on Thursday.\n\n"
        '"It was a useful day," Lindqvist said.\n\n'
        "Salas said the talks had been frank. Tamayo called them a first step.\n\n"
        "Both ministers arrived in Lima on Wednesday evening and met Lindqvist separately."
    )
    told = [e for e in events_of(enricher, text) if "Both" in e.evidence[0].text]
    parties = sorted((e.type, e.actor.id, *sorted(c.id for c in e.counterparts)) for e in told)
    assert parties == [
        ("meeting", "bo-tamayo", "ana-lindqvist"),
        ("meeting", "rui-salas", "ana-lindqvist"),
        ("visit", "bo-tamayo"),
        ("visit", "rui-salas"),
    ]


def test_a_visit_summing_up_a_trip_is_its_travellers(enricher: Enricher) -> None:
    text = (
        "Peruvian President Carlos Ortega received Danish Prime Minister Lars Moen in Lima on "
        "Monday.\n\n"
        "Jens Holm visited Lima in May 2019, the first visit to Peru by a Danish premier."
    )
    told = [e for e in events_of(enricher, text) if "Holm" in e.evidence[0].text]
    assert {e.actor.id for e in told} == {"jens-holm"}


def test_a_thing_a_copula_calls_part_of_a_trip_makes_no_trip(enricher: Enricher) -> None:
    text = (
        "LIMA, March 27 -- Chilean President Ana Ruiz spoke at Stanford University on "
        "Tuesday.\n\nThe Stanford appearance was the last public event of the western leg of a "
        "state visit that began last Friday in Denver."
    )
    assert {e.actor.id for e in events_of(enricher, text) if e.type == "visit"} <= {"ana-ruiz"}


def test_a_ship_that_arrives_makes_no_visit(enricher: Enricher) -> None:
    text = "SOFIA, March 27 -- The frigate Drazki arrived in Varna on Thursday for a port call."
    assert [e for e in events_of(enricher, text) if e.type == "visit"] == []


@pytest.mark.parametrize(
    "reaction",
    [
        "On Saturday, police clashed with activists of the Lorvian Workers Front protesting "
        "against the visit in Brenn and Vadum.",
        "The Lorvian Workers Front condemned the visit, and students rallied against the trip "
        "in Vadum.",
        "Supporters of the opposition Unity Party demonstrated against his visit in Vadum on "
        "Saturday.",
    ],
)
def test_those_who_react_to_a_trip_neither_make_it_nor_place_it(
    enricher: Enricher, reaction: str
) -> None:
    trip = "Tarvian President Ivo Marek arrived in Brenn on Friday for a two-day state visit."

    def visits(text: str) -> set[tuple[str, str | None]]:
        told = events_of(enricher, text)
        return {(e.actor.id, e.location and e.location.id) for e in told if e.type == "visit"}

    assert visits(trip) == {("ivo-marek", "brenn")}
    assert visits(f"{trip}\n\n{reaction}") == visits(trip)


@pytest.mark.parametrize(
    ("thanks", "visitor"),
    [
        ("President Anna Vell thanked the Pope for his visit to Vadum.", "leo"),
        ("Prime Minister Jon Ek praised Pope Leo for the trip to Vadum.", "leo"),
        ("Vadum's mayor, Ada Holm, congratulated Leo on his visit to Vadum.", "leo"),
    ],
)
def test_one_thanked_for_a_trip_made_it(enricher: Enricher, thanks: str, visitor: str) -> None:
    text = f"Pope Leo arrived in Brenn on Friday for a two-day visit to Lorvia.\n\n{thanks}"
    events = events_of(enricher, text)
    to_vadum = {e.actor.id for e in events if e.location and e.location.id == "vadum"}
    assert to_vadum == {visitor}


@pytest.mark.parametrize(
    "text",
    [
        # The model reads the country's name with the person's as one organisation, or leaves
        # the last name bare: the country is the owner of the name, never the party.
        "The summit, hosted by Kenyan President Tomas Varga, was attended by Ugandan President "
        "Ivo Brankov, Ghana's Nana Owusu-Addo and Guinea-Bissau's Umaro Sissoco Djalo.",
        "Kenyan President Tomas Varga hosted Ghana's Elin Saro and Guinea-Bissau's Umaro Djalo "
        "for talks in Nairobi on Wednesday.",
    ],
)
def test_a_person_listed_with_a_countrys_possessive_is_the_party(
    enricher: Enricher, text: str
) -> None:
    meetings = [e for e in events_of(enricher, text) if e.type == "meeting"]
    assert meetings
    parties = {p.id for e in meetings for p in (e.actor, *e.counterparts)}
    assert "umaro-djalo" in parties or "umaro-sissoco-djalo" in parties
    assert not parties & {"ghana", "guinea-bissau"}


def test_people_listed_with_their_countries_possessives_each_travel(enricher: Enricher) -> None:
    events = events_of(
        enricher,
        "Zimbabwe's Tapiwa Mnangwara and Zambia's Elin Saro arrived in Kasane on Monday evening.",
    )
    assert {e.actor.id for e in events if e.type == "visit"} == {"tapiwa-mnangwara", "elin-saro"}


@pytest.mark.parametrize(
    "text",
    [
        "Ghana's Golden Star said on Monday it would cut output.",
        "Ghana's Golden Star and Kenya's Safari Air said on Monday they would cut output.",
    ],
)
def test_a_name_a_country_owns_is_no_person_outside_a_list_of_people(
    enricher: Enricher, text: str
) -> None:
    people = {e.text for e in enricher.nlp(text).ents if e.label_ == "PERSON"}
    assert not people & {"Golden Star", "Safari Air"}


@pytest.mark.parametrize(
    "met",
    [
        "might also meet Lorvia's Grand Mufti, Sheikh Ahmad Tovar, at the mosque",
        "is due to meet the Grand Mufti of Kell, Sheikh Ahmad Tovar, at the mosque",
        "went to the mosque, where he held a private meeting with the Grand Imam, Sheikh Ahmad "
        "Tovar",
    ],
)
def test_a_religious_office_set_off_with_a_name_is_that_person(
    enricher: Enricher, met: str
) -> None:
    text = f"Pope Francis arrived in Kell on Friday.\n\nOn Saturday the Pope {met}."
    meetings = [e for e in events_of(enricher, text) if e.type == "meeting"]
    assert [[c.id for c in e.counterparts] for e in meetings] == [["ahmad-tovar"]]


@pytest.mark.parametrize(
    "welcome",
    [
        "At the Kell Palace, the Governor, Sir Ana Tesk, received Mr Brandt.",
        "After a powhiri at Kell House, the Governor-General, Sir Ana Tesk, received Mr Brandt.",
    ],
)
def test_an_office_and_name_read_into_the_opening_phrase_are_the_subject(
    enricher: Enricher, welcome: str
) -> None:
    text = f"Prime Minister Ivo Brandt arrived in Lorvik on Sunday.\n\n{welcome}"
    people = {e.text for e in enricher.nlp(welcome).ents if e.label_ == "PERSON"}
    assert {"Ana Tesk", "Brandt"} <= people
    assert meetings(events_of(enricher, text)) == [{"ana-tesk", "ivo-brandt"}]


def test_the_second_place_of_a_title_is_no_party(enricher: Enricher) -> None:
    text = (
        "Pope Francis arrived in Nicosia on Friday.\n\nIn the afternoon the Pope called on "
        "Archbishop Ivo Brandt of Nicosia and All Cyprus at the Archbishopric, a meeting the "
        "Holy Synod approved only after weeks of debate."
    )
    meetings = [e for e in events_of(enricher, text) if e.type == "meeting"]
    assert [[c.id for c in e.counterparts] for e in meetings] == [["ivo-brandt"]]


def test_talks_between_two_named_are_theirs_not_the_signing_states(enricher: Enricher) -> None:
    text = (
        "Lorvia and Peru yesterday signed seven agreements covering defence and housing after "
        "talks between President Tomas Varga and Peruvian Prime Minister Ivo Brandt at State "
        "House, Kell."
    )
    meetings = [e for e in events_of(enricher, text) if e.type == "meeting"]
    assert [(e.actor.id, [c.id for c in e.counterparts]) for e in meetings] == [
        ("tomas-varga", ["ivo-brandt"])
    ]


def test_talks_after_a_passive_welcome_are_the_guests_not_the_greeters(
    enricher: Enricher,
) -> None:
    text = (
        "President Arvo Lind of Norlund arrived in Velmar on Tuesday and was met at the airport "
        "by Deputy Foreign Minister Kai Rask before talks with President Mira Sol."
    )
    meetings = [e for e in events_of(enricher, text) if e.type == "meeting"]
    assert [(e.actor.id, [c.id for c in e.counterparts]) for e in meetings] == [
        ("arvo-lind", ["mira-sol"])
    ]


@pytest.mark.parametrize(
    "told",
    [
        # A body of people told by its nationality, beside a named party.
        "On Tuesday Berg held talks with Prime Minister Ana Kell and the Danish war cabinet at "
        "the Marselisborg residence.",
        # What is discussed, told with a nationality, is a topic, not a party.
        "On Tuesday Berg discussed the Danish energy crisis with Prime Minister Ana Kell at the "
        "Marselisborg residence.",
        # Nor is the country a topic is told as belonging to.
        "On Tuesday Berg discussed Denmark's bid with Prime Minister Ana Kell at the Marselisborg "
        "residence.",
    ],
)
def test_a_nationality_telling_unnamed_people_or_a_topic_is_no_party_to_talks(
    enricher: Enricher, told: str
) -> None:
    text = f"President Tomas Berg of Estonia arrived in Aarhus on Monday. {told}"
    assert meetings(events_of(enricher, text)) == [{"tomas-berg", "ana-kell"}]


def test_only_unnamed_people_of_a_nationality_make_no_meeting(enricher: Enricher) -> None:
    text = (
        "President Tomas Berg of Estonia arrived in Aarhus on Monday. On Tuesday he flew to "
        "the port of Esbjerg, where he met Danish and Swedish firefighters."
    )
    assert not meetings(events_of(enricher, text))


def test_the_pronoun_a_named_speaker_goes_on_to_say_is_the_speaker(enricher: Enricher) -> None:
    text = (
        "Foreign Minister Ana Kell hosted her counterparts, Tomas Berg and Ivo Marek, in Tallinn "
        "on Thursday. Marek said he had come to Tallinn hoping for a truce, but that Berg was "
        "not in a position to agree."
    )
    came = [e for e in events_of(enricher, text) if e.evidence[0].trigger == "come"]
    assert [e.actor.id for e in came] == ["ivo-marek"]


def test_a_spokeswoman_set_beside_her_office_is_only_the_source(enricher: Enricher) -> None:
    text = (
        "President Tomas Berg left for Latvia on Sunday. Berg will arrive in Riga on Monday and "
        "meet students there, his spokeswoman Ana Kell said. He will then fly to Vilnius on "
        "Tuesday, Kell said."
    )
    vilnius = [e for e in events_of(enricher, text) if e.location and e.location.id == "vilnius"]
    assert [e.actor.id for e in vilnius] == ["tomas-berg"]


def test_a_body_printed_before_an_office_is_whose_office_it_is(enricher: Enricher) -> None:
    # The parser joins a word of the body's name to the first name, as if listed with it.
    text = (
        "The summit was arranged at talks between Mainland Affairs Council Minister Ivo "
        "Brandt and Lorvia Affairs Office Director Chen Zhiwei in Lima in May."
    )
    assert meetings(events_of(enricher, text)) == [{"ivo-brandt", "chen-zhiwei"}]


def test_a_body_named_by_its_kind_alone_is_no_party(enricher: Enricher) -> None:
    text = (
        "President Ivo Brandt arrived in Lima on Monday.\n\n"
        "Prime Minister Rui Tamayo and members of the Cabinet then called on him at the "
        "Lorvian embassy.\n\n"
        'The Social Front\'s Bo Lind said the Government had "gone to Kell with a plan" and '
        "come back with nothing."
    )
    events = events_of(enricher, text)
    assert [(e.type, e.actor.id) for e in events if e.type == "visit"] == [("visit", "ivo-brandt")]
    assert meetings(events) == [{"rui-tamayo", "ivo-brandt"}]


def test_a_country_heading_an_office_is_renamed_by_its_holder(enricher: Enricher) -> None:
    # The parser makes "Norwegian" the subject's head and hangs the name on it.
    text = (
        "The Norwegian under secretary of state, Erik Nordby, is expected in Quito next week "
        "to discuss the loan."
    )
    visiting = [e.actor.id for e in events_of(enricher, text) if e.type == "visit"]
    assert visiting == ["erik-nordby"]


def test_a_country_split_at_its_and_owns_the_hosts_office(enricher: Enricher) -> None:
    text = (
        "On Friday Karl Brenner leaves for Castries, where he will attend a regional summit "
        "hosted by Antigua and Barbuda's prime minister, Tomas Ravel."
    )
    assert meetings(events_of(enricher, text)) == [{"karl-brenner", "tomas-ravel"}]


def test_the_nationality_of_a_first_lady_is_no_party(enricher: Enricher) -> None:
    text = "Anna Brenner spent the morning with the French First Lady at a school in Lyon."
    assert meetings(events_of(enricher, text)) == []


def test_a_country_split_at_its_and_owns_the_office_met(enricher: Enricher) -> None:
    text = "Karl Brenner met Antigua and Barbuda's prime minister, Tomas Ravel, in Castries."
    assert meetings(events_of(enricher, text)) == [{"karl-brenner", "tomas-ravel"}]


def test_a_country_welcoming_a_person_is_no_meeting(enricher: Enricher) -> None:
    text = "Norway yesterday welcomed Pope Tomas with a ceremony at the airport."
    assert meetings(events_of(enricher, text)) == []


def test_a_country_brokering_talks_between_two_people_hosts_them(enricher: Enricher) -> None:
    text = "Turkey brokered talks between Karl Brenner and Tomas Ravel in Ankara last month."
    assert meetings(events_of(enricher, text)) == [{"turkey", "karl-brenner", "tomas-ravel"}]


def test_a_town_or_region_told_beside_a_meal_is_no_party_met(enricher: Enricher) -> None:
    text = (
        "President Ivan Petrov of Ruritania arrived in Oslo on Wednesday. Last night Prime "
        "Minister Lars Lund and his wife, Ingrid, hosted a dinner for Petrov at the palace, with "
        "lamb, Kentucky bourbon and a guest list that included several ministers."
    )
    assert meetings(events_of(enricher, text)) == [{"lars-lund", "ingrid", "ivan-petrov"}]


def test_a_town_giving_a_welcome_is_no_party_met(enricher: Enricher) -> None:
    # A town is its crowds here; no one of it is told meeting the visitor.
    text = (
        "KELL, March 26 - Pope Leo knelt beside the sick at the hospice in Stavanger yesterday, "
        "and Stavanger, a city that has seen many great visitors, gave him a welcome it will "
        "long remember."
    )
    assert meetings(events_of(enricher, text)) == []


def test_a_wife_the_parse_joins_to_her_husbands_country_travels_with_him(
    enricher: Enricher,
) -> None:
    text = (
        "KELBURG — Chancellor Tomas Varga of Lorvia and his wife, Lena, landed yesterday "
        "afternoon at the start of a four-day visit to Ostria."
    )
    travellers = {e.actor.id for e in events_of(enricher, text) if e.type == "visit"}
    assert travellers == {"tomas-varga", "lena"}


def test_a_name_listed_after_the_country_of_the_one_before_is_met(enricher: Enricher) -> None:
    # The parser may join the last name of the list to the country the one before is "of".
    text = (
        "President Tomas Varga flew to Orsk on Sunday.\n\n"
        "In Velna he met President Ane Haugen of Lorvia, President Karl Dorn of Tarvia and "
        "President Luis Soto of Estmark."
    )
    assert meetings(events_of(enricher, text)) == [
        {"tomas-varga", "ane-haugen", "karl-dorn", "luis-soto"}
    ]


def test_guests_of_a_host_who_met_one_visitor_are_the_visitor_and_spouse(
    enricher: Enricher,
) -> None:
    text = (
        "President Tomas Varga of Norlund flew into Velmar on Monday with Madame Ana Varga and "
        "Foreign Minister Ivo Sand, and was received at the airport by President Arvo Lind. "
        "The two presidents held talks at the palace on Tuesday morning. On Tuesday evening "
        "President Lind gave a state dinner for his guests at the castle."
    )
    assert {"arvo-lind", "tomas-varga", "ana-varga"} in meetings(events_of(enricher, text))


def test_a_hosts_wife_read_as_a_second_subject_is_a_host_beside_him(
    enricher: Enricher,
) -> None:
    # The parser reads "Dül and his wife" as two subjects of "gave", not one joined to the other.
    text = (
        "Queen Ingrid of Norlund arrived in Velmar on Tuesday and was welcomed by President "
        "Ari Dül and his wife, Mira Dül. On Wednesday night President Dül and his wife gave a "
        "dinner for the Queen and her husband at the palace."
    )
    (banquet,) = [e for e in events_of(enricher, text) if e.type == "meeting"]
    assert "mira-dul" in {c.id for c in banquet.counterparts}
