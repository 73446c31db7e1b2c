"""The attribute table sets exactly what the stock attribute ruler sets, or is not used."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from stream.nlp.attribute_table import ATTRIBUTE_TABLE, AttributeTable, UnsupportedPatternError
from stream.nlp.pipeline import DEFAULT_MODEL, use_attribute_table

Row = tuple[str, str, str, str, str, str]

SENTENCES = [
    "I told them I was gonna go, and it is what it is.",
    "Let's see: there are two ships, and y'all ain't got ta wait.",
    "She said it to me; does he have it? He did, and had been there once.",
    "Which one, that one?  The ministers  \n\n met at 9 a.m. in Kuala Lumpur.",
    "C'mon, nothin' wrong with 'em, they're doin' well; we'll get them ourselves.",
    "He gets what he wants, got it, and can't, won't or shan't say so.",
]


def rows(doc: Doc) -> list[Row]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def both(ruler: AttributeRuler, doc: Doc) -> tuple[list[Row], list[Row]]:
    """The doc after the stock ruler and after the table compiled from its patterns."""
    table = AttributeTable(ruler.vocab, "table", ruler.patterns)
    return rows(ruler(doc.copy())), rows(table(doc.copy()))


@pytest.fixture(scope="module")
def model() -> Language:
    return spacy.load(DEFAULT_MODEL, exclude=["senter"])


def test_same_attributes_as_the_model_ruler(model: Language) -> None:
    ruler = model.get_pipe("attribute_ruler")
    before_ruler = ["attribute_ruler", "lemmatizer", "ner"]
    for doc in model.pipe(SENTENCES, disable=before_ruler):
        stock, table = both(ruler, doc)
        assert table == stock


def invented_doc() -> Doc:
    vocab = spacy.blank("en").vocab
    words = ["I", "gon", "na", "win", "  ", "it", "."]
    tags = ["PRP", "VBG", "TO", "VB", "_SP", "PRP", "."]
    deps = ["nsubj", "aux", "aux", "ROOT", "dep", "dobj", "punct"]
    heads = [3, 3, 3, 3, 3, 3, 3]
    return Doc(vocab, words=words, tags=tags, deps=deps, heads=heads)


def invented_ruler(doc: Doc, patterns: list[dict[str, Any]]) -> AttributeRuler:
    ruler = AttributeRuler(doc.vocab)
    ruler.add_patterns(patterns)
    return ruler


# A tag map, then exceptions that overwrite it: later patterns win, MORPH is replaced.
OVERLAPPING = [
    {"patterns": [[{"TAG": "PRP"}]], "attrs": {"POS": "PRON", "MORPH": "PronType=Prs"}},
    {"patterns": [[{"TAG": {"IN": ["VBG", "VB"]}}]], "attrs": {"POS": "VERB"}},
    {"patterns": [[{"TAG": "TO"}], [{"TAG": "."}]], "attrs": {"POS": "PART"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE", "MORPH": "_"}},
    {"patterns": [[{"LOWER": "i", "DEP": "nsubj"}]], "attrs": {"MORPH": "Case=Nom|Person=1"}},
    {"patterns": [[{"LOWER": {"REGEX": "^g"}}, {"LOWER": "na"}]], "attrs": {"LEMMA": "go"}},
    {"patterns": [[{"LOWER": "gon"}, {}]], "attrs": {"LEMMA": "to"}, "index": -1},
    {"patterns": [[{"DEP": {"NOT_IN": ["dobj", ""]}, "TAG": "VBG"}]], "attrs": {"POS": "AUX"}},
    {"patterns": [[{"TAG": "."}]], "attrs": {"POS": "PUNCT", "LEMMA": "."}},
    {"patterns": [[{"LOWER": "gon"}]], "attrs": {"LEMMA": "gonna"}},  # beats the pair's "go"
]


def test_later_patterns_overwrite_earlier_ones() -> None:
    doc = invented_doc()
    stock, table = both(invented_ruler(doc, OVERLAPPING), doc)
    assert table == stock
    assert [pos for _, _, pos, _, _, _ in table] == [
        "PRON", "AUX", "PART", "VERB", "SPACE", "PRON", "PUNCT"
    ]  # fmt: skip
    assert table[0][3] == "Case=Nom|Person=1"  # replaced, not merged with PronType=Prs
    assert [lemma for *_, lemma, _ in table][1:3] == ["gonna", "to"]


def test_reversed_order_gives_the_other_winner() -> None:
    doc = invented_doc()
    stock, table = both(invented_ruler(doc, OVERLAPPING[::-1]), doc)
    assert table == stock
    assert table[0][3] == "PronType=Prs"
    assert table[1][2] == "VERB"
    assert table[1][4] == "go"  # the two-token pattern now comes later


def test_the_model_ruler_is_replaced_in_place(model: Language) -> None:
    nlp = spacy.load(DEFAULT_MODEL, exclude=["senter"])
    names = list(nlp.pipe_names)
    assert use_attribute_table(nlp)
    assert nlp.pipe_names == names
    assert nlp.get_pipe_meta("attribute_ruler").factory == ATTRIBUTE_TABLE


def test_an_unsupported_pattern_keeps_the_stock_ruler() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"TAG": "NNP"}]], {"POS": "PROPN"})
    ruler.add([[{"LOWER": "new"}, {"IS_TITLE": True, "OP": "+"}]], {"POS": "PROPN"})
    with pytest.raises(UnsupportedPatternError):
        AttributeTable(nlp.vocab, "table", ruler.patterns)
    assert not use_attribute_table(nlp)
    assert nlp.get_pipe_meta("attribute_ruler").factory == "attribute_ruler"


def test_a_plain_two_token_pattern_is_compiled() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "new"}, {"LOWER": "york"}]], {"POS": "PROPN"}, index=1)
    assert use_attribute_table(nlp)
    assert [t.pos_ for t in nlp("New York and York")] == ["", "PROPN", "", ""]
