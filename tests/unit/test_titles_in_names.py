"""Titles, ranks and the words of an office told around a name are no part of it: the party
is the person named, not "Field Marshal" or "Ministers Ivo Marek"."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from stream.contracts import Article
from stream.nlp.enrich import Enricher
from stream.nlp.entities.canonical import canonical_entities
from stream.nlp.entities.repair import repaired_entities
from tests.unit.stories import PUBLISHED, events_of, meetings, told


def people(enricher: Enricher, text: str) -> set[str]:
    article = Article(id="t", published=PUBLISHED, text=text)
    entities = enricher.enrich(article).entities
    return {entity.entity_id for entity in entities if entity.label.value == "PERSON"}


def test_events_a_rank_of_several_words_set_before_the_name_is_no_visitor(
    enricher: Enricher,
) -> None:
    text = (
        "The President of the Republic, Field Marshal Omar Salim Haddad, returned home on "
        "Monday after attending a summit in Vadum."
    )
    assert "field-marshal" not in people(enricher, text)
    assert {event.actor.id for event in events_of(enricher, text)} <= {"omar-salim-haddad"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The commanders, Field Marshal Tomas Brekke and General Ivo Lund, met in Vadum.",
            {"tomas-brekke", "ivo-lund"},
        ),
        ("He held talks with Captain Amadou Sissoko in Vadum.", {"amadou-sissoko"}),
        ("Professor Ivo Marek said the talks in Vadum went well.", {"ivo-marek"}),
        ("Prime Ministers Ivo Marek and Ana Lind met in Vadum.", {"ivo-marek", "ana-lind"}),
        ("Legislative Councillors Ana Lind and Bo Renn went to Vadum.", {"ana-lind", "bo-renn"}),
        ("The envoy was met at the airport by Maj-Gen Ivo Lund.", {"ivo-lund"}),
        ("The delegation was greeted in Vadum by Lt-Gen Amadou Sissoko.", {"amadou-sissoko"}),
    ],
)
def test_canonical_a_rank_or_a_plural_title_is_no_part_of_the_name(
    enricher: Enricher, text: str, names: set[str]
) -> None:
    assert people(enricher, text) == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The invitation was carried to Vadum by Ivo Brandt, then Chairman of the Norlund "
            "Council, in 1992.",
            "ivo-brandt",
        ),
        (
            "In Vadum, where Lothar Brenn, the Minister-President of Norlund, showed them a plant.",
            "lothar-brenn",
        ),
    ],
)
def test_canonical_a_name_its_office_is_set_off_after_is_a_person(
    enricher: Enricher, text: str, name: str
) -> None:
    assert name in people(enricher, text)


def test_canonical_a_peerage_after_the_outvotes_its_title_read_as_a_body(
    enricher: Enricher,
) -> None:
    text = (
        "The Queen and the Duke of Belmark arrived in Vadum on Monday. The Duke toured the "
        "port. The Duke met the mayor. On Tuesday the Duke flew home. The Duke later said he "
        "enjoyed it."
    )
    assert "duke-of-belmark" in people(enricher, text)


@pytest.mark.parametrize("style", ["Mallam", "Sardar", "Samdech", "Monsignor"])
def test_canonical_a_style_of_address_is_no_part_of_the_name(
    enricher: Enricher, style: str
) -> None:
    assert people(enricher, f"Later he met {style} Ivo Oduya in Vadum.") == {"ivo-oduya"}


def test_events_a_rank_cut_from_its_name_by_a_bracket_is_no_greeter(enricher: Enricher) -> None:
    text = (
        "Prime Minister Tolu arrived at the Lome International Airport late on Tuesday night, "
        "where he was welcomed by President Mensah, Prime Minister Brigadier (Ret'd) Kofi Dogbe "
        "and members of the Cabinet, before being escorted into the city."
    )
    assert told(events_of(enricher, text), "visit") == {("tolu", ("kofi-dogbe", "mensah"), "lome")}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Queen Mother Ilse Varn received President Tomas Varga at the palace in Tarnow.",
            {"ilse-varn", "tomas-varga"},
        ),
        (
            "The Vatican spokesman, Father Mateo Ruiz, said Pope Leo would rest in Lima. "
            "Fr Ruiz added that the Pope was well.",
            {"mateo-ruiz", "leo"},
        ),
        ("Reverend Ivo Marek led the prayers in Vadum.", {"ivo-marek"}),
    ],
)
def test_canonical_a_style_of_address_the_model_began_the_name_inside_is_no_part_of_it(
    enricher: Enricher, text: str, names: set[str]
) -> None:
    assert people(enricher, text) == names


def test_events_a_ruler_told_by_a_style_of_several_words_is_the_person_named_after_it(
    enricher: Enricher,
) -> None:
    # The model reads "Pertuan Agong" out of the style as a person, and the bare "the Agong"
    # as that person: both are the sultan who holds the throne.
    text = (
        "On Monday the Yang di-Pertuan Agong Sultan Ibrahim Ismail welcomed President Tomas "
        "Varga at Istana Melawati in Kuala Lumpur. In the evening the Agong hosted a state "
        "banquet in honour of the President."
    )
    assert people(enricher, text) == {"ibrahim-ismail", "tomas-varga"}
    assert {"ibrahim-ismail", "tomas-varga"} in meetings(events_of(enricher, text))


def test_events_a_plural_title_before_two_names_leaves_both_named(enricher: Enricher) -> None:
    text = "Prime Ministers Ivo Marek and Ana Lind met in Vadum on Monday."
    assert told(events_of(enricher, text), "meeting") == {("ivo-marek", ("ana-lind",), "vadum")}


def test_canonical_a_counselor_told_by_the_title_is_the_person_named_with_it(
    enricher: Enricher,
) -> None:
    text = (
        "State Counselor Daw Mya Thida met President Ivo Renn in Vadum on Friday. Renn later "
        "held talks with the State Counselor at the palace."
    )
    assert people(enricher, text) == {"daw-mya-thida", "ivo-renn"}


def test_canonical_a_headline_verb_after_a_name_is_no_part_of_it(enricher: Enricher) -> None:
    text = (
        "President Haddad Returns Home after Talks in Vadum\n\n"
        "President Omar Haddad returned home on Monday after two days of talks in Vadum."
    )
    assert people(enricher, text) == {"omar-haddad"}


def test_canonical_what_an_office_is_of_ends_before_the_name(enricher: Enricher) -> None:
    text = (
        "Leader of the Nation Ivo Marek and President Ana Lind hold talks in Velden\n\n"
        "Ivo Marek and Ana Lind held talks in Velden on Monday."
    )
    assert people(enricher, text) == {"ivo-marek", "ana-lind"}


def parsed(nlp: Language, text: str, name: str, compounds: str) -> Doc:
    """`text` with the model's reading pinned: each word of `compounds` a proper noun
    compounded onto the name's last word, and the name a PERSON."""
    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    heads = [token.i for token in doc]
    deps = ["dep"] * len(doc)
    tags = ["NN"] * len(doc)
    for token in doc:
        if token.is_title:
            tags[token.i] = "NNPS" if token.text.endswith("s") else "NNP"
        if token.text in compounds.split() and token.i < span.end - 1:
            heads[token.i], deps[token.i] = span.end - 1, "compound"
    pinned = Doc(
        doc.vocab,
        words=[t.text for t in doc],
        spaces=[bool(t.whitespace_) for t in doc],
        tags=tags,
        lemmas=[t.text.lower() for t in doc],
        deps=deps,
        heads=heads,
    )
    pinned.ents = [Span(pinned, span.start, span.end, label="PERSON")]
    return pinned


@pytest.mark.parametrize(
    ("text", "name", "compounds", "wanted"),
    [
        (
            "It was said by Foreign Ministry Spokeswoman Irina Volkova on Monday.",
            "Spokeswoman Irina Volkova",
            "Foreign Ministry Spokeswoman Irina",
            "Irina Volkova",
        ),
        (
            "He was met by the Minister in the Presidency Thandiwe Mokoena.",
            "Thandiwe Mokoena",
            "Presidency Thandiwe",
            "Thandiwe Mokoena",
        ),
        (
            "He was met by the Minister of State for External Affairs Ravi Mohan Rao.",
            "Mohan Rao",
            "External Affairs Ravi Mohan",
            "Ravi Mohan Rao",
        ),
    ],
)
def test_repair_the_words_of_an_office_before_a_name_are_no_given_names(
    text: str, name: str, compounds: str, wanted: str
) -> None:
    doc = parsed(spacy.blank("en"), text, name, compounds)
    people = [span.text for span in repaired_entities(doc, [], []) if span.label_ == "PERSON"]
    assert people == [wanted]


def test_canonical_a_high_representative_is_no_part_of_the_name(enricher: Enricher) -> None:
    text = (
        "The ceremony in Vadum was attended by Lorvian Foreign Minister Tomas Brekke, EU High "
        "Representative Javier Moreno and Sudland Foreign Minister Ana Lind."
    )
    assert "javier-moreno" in people(enricher, text)


def test_events_a_bare_title_is_the_protagonist_not_a_president_of_the_republic_of_elsewhere(
    enricher: Enricher,
) -> None:
    # The guest's office is told with its country's long form, "the Republic of Ghana": it is
    # his, so "the Ghanaian President" is him and a later bare "the President" is the host.
    text = (
        "President Marek Returns Home after Summit in Vadum\n\n"
        "TARNOW, June 15 - The President of the Republic, Ivo Marek, returned home on Monday "
        "after the summit in Vadum. President Marek arrived in Vadum on Saturday. On the "
        "sidelines of the summit on Sunday, the President held separate meetings with the "
        "President of the Republic of Ghana, Kofi Mensah Boateng. The talks with the Ghanaian "
        "President dealt with trade. The President is scheduled to travel to Lorvia in September."
    )
    visits = told(events_of(enricher, text), "visit")
    assert {actor for actor, _, place in visits if place == "lorvia"} == {"marek"}


@pytest.mark.parametrize(
    ("text", "full_name", "read_as_org", "other_name"),
    [
        pytest.param(
            "Amadou Sissoko spoke. On Friday General Sissoko and General Motors opened a plant.",
            "Amadou Sissoko",
            "General Sissoko",
            "General Motors",
            id="rank",
        ),
        pytest.param(
            "Ivo Tolu spoke. On Monday Dr Tolu and Dr Pepper signed a sponsorship deal.",
            "Ivo Tolu",
            "Dr Tolu",
            "Dr Pepper",
            id="form-of-address",
        ),
    ],
)
def test_canonical_a_title_before_a_surname_read_as_an_organisation_is_the_person(
    text: str, full_name: str, read_as_org: str, other_name: str
) -> None:
    doc = parsed(spacy.blank("en"), text, full_name, full_name.split()[0])
    read = [(full_name, "PERSON"), (read_as_org, "ORG"), (other_name, "ORG")]
    at = text.index
    doc.ents = [doc.char_span(at(name), at(name) + len(name), label=label) for name, label in read]
    table = canonical_entities(doc)
    surname, other_word = full_name.split()[-1], other_name.split()[-1]
    (addressed,) = [word for word in doc if word.text == surname and word.i > 3]
    (other_token,) = [word for word in doc if word.text == other_word]
    person, other = table.at(addressed), table.at(other_token)
    assert person is not None and person.key == full_name.lower()
    assert other is not None and other.label == "ORG"


def test_canonical_a_body_an_office_is_of_is_no_place_and_person(enricher: Enricher) -> None:
    text = (
        "Mr Tomas Varga, the former chairman of the Malta Socialist Party, arrived in Vadum "
        "on Tuesday."
    )
    article = Article(id="t", published=PUBLISHED, text=text)
    names = {(e.name, e.label.value) for e in enricher.enrich(article).entities}
    assert ("Malta Socialist Party", "ORG") in names
    assert people(enricher, text) == {"tomas-varga"}


def test_events_who_after_an_office_of_a_body_stands_for_the_person_named(
    enricher: Enricher,
) -> None:
    events = events_of(
        enricher,
        "Mr Tomas Varga, the former chairman of the Malta Socialist Party, who met President "
        "Elin Saro in Vadum on Tuesday, said the talks had gone well.",
    )
    assert {(actor, met) for actor, met, _ in told(events, "meeting")} == {
        ("tomas-varga", ("elin-saro",))
    }


@pytest.mark.parametrize("style", ["Imperial Majesty", "Royal Highness", "Serene Highness"])
def test_repair_a_style_of_several_words_read_as_a_body_with_the_name_is_the_person(
    enricher: Enricher, style: str
) -> None:
    # The model may read "[Imperial Majesty Gebre] Kassa I" as an organisation: the style is
    # a form of address, and the person is the name printed after it.
    doc = enricher.nlp(
        f"The guests were received at Vadum airport by His {style} Gebre Kassa I, and were "
        "greeted by Prime Minister Ado Marek."
    )
    start = next(word.i for word in doc if word.text == style.split()[0])
    doc.ents = [Span(doc, start, start + 3, label="ORG")]
    people = [span.text for span in repaired_entities(doc, [], []) if span.label_ == "PERSON"]
    assert people[0].startswith("Gebre Kassa")


TRIP = (
    "ZEMBLA CITY - Lorvian President Ado Marek arrived in Zembla City on Wednesday. On Saturday "
    "he flies to Orvik, where the {title}, {name}, is to meet him at the airport."
)


@pytest.mark.parametrize(
    ("title", "name"), [("Sultan", "Vell Tavi Orlo II"), ("Maharaja", "Vikram Tavi Orlo II")]
)
def test_events_a_title_set_before_an_apposed_regnal_name_is_that_ruler(
    enricher: Enricher, title: str, name: str
) -> None:
    text = TRIP.format(title=title, name=name)
    host = name.lower().replace(" ", "-")
    assert ("ado-marek", (host,), "orvik") in told(events_of(enricher, text), "visit")


def test_repair_an_apposed_name_the_model_labelled_only_in_part_is_the_whole_name(
    enricher: Enricher,
) -> None:
    # The model may read the first word of the name as a place and leave the rest unlabelled.
    doc = enricher.nlp(TRIP.format(title="Maharaja", name="Vikram Tavi Orlo II"))
    first = next(word.i for word in doc if word.text == "Vikram")
    doc.ents = [Span(doc, first, first + 1, label="GPE")]
    people = [span.text for span in repaired_entities(doc, [], []) if span.label_ == "PERSON"]
    assert "Vikram Tavi Orlo II" in people


def _read_as(enricher: Enricher, text: str, labels: dict[str, str]) -> list[str]:
    """The people the repair finds once the model read the given words as the given labels."""
    doc = enricher.nlp(text)
    words = {word.text: word.i for word in doc}
    doc.ents = [Span(doc, words[w], words[w] + 1, label=label) for w, label in labels.items()]
    return [span.text for span in repaired_entities(doc, [], []) if span.label_ == "PERSON"]


@pytest.mark.parametrize("label", ["NORP", "PRODUCT", "WORK_OF_ART", "LOC"])
def test_repair_a_name_after_a_title_read_as_a_people_or_a_thing_is_the_person(
    enricher: Enricher, label: str
) -> None:
    text = "Premier Varkolin paid an official visit to Norlund in May, when Lind received him."
    assert "Varkolin" in _read_as(enricher, text, {"Varkolin": label})


@pytest.mark.parametrize("label", ["GPE", "NORP", "PRODUCT"])
def test_repair_a_name_set_off_after_an_office_or_a_spouse_is_the_person_whatever_its_label(
    enricher: Enricher, label: str
) -> None:
    text = "President Ado Marek and his wife, Tuvalina, landed in Vadum on Monday."
    assert "Tuvalina" in _read_as(enricher, text, {"Tuvalina": label})


def test_repair_a_surname_read_as_a_people_is_the_person_the_story_names_in_full(
    enricher: Enricher,
) -> None:
    text = "President Ivo Varkolin arrived in Vadum on Monday. Later Varkolin met the mayor."
    doc = enricher.nlp(text)
    last = [word.i for word in doc if word.text == "Varkolin"][-1]
    doc.ents = [Span(doc, 1, 3, label="PERSON"), Span(doc, last, last + 1, label="NORP")]
    people = [(s.start, s.label_) for s in repaired_entities(doc, [], [])]
    assert (last, "PERSON") in people


def test_repair_a_nationality_after_a_title_stays_a_people(enricher: Enricher) -> None:
    # "Swedish" names a nationality, and a plural after a title ("Senate Liberals") no one.
    text = "The three Senate Liberals met Foreign Minister Swedish officials in Vadum."
    found = _read_as(enricher, text, {"Liberals": "NORP", "Swedish": "NORP"})
    assert "Liberals" not in found and "Swedish" not in found
