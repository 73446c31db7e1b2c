"""The Doc's text, words and entities, read once."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from stream.nlp.doctext import (
    all_children,
    answers_kept,
    entities_kept,
    entities_of,
    kept_answers,
    span_text,
    subtree_of,
    words_in,
    words_kept,
    words_of,
)
from stream.nlp.entities import canonical, offices, table
from stream.nlp.entities.families import Title
from stream.nlp.roles import met_parties, owners


def test_entities_kept_read_once_within_and_dropped_after() -> None:
    doc = Doc(
        Vocab(), words=["Ana", "met", "Bo", "in", "Lima"], ents=["B-PERSON", "O", "O", "O", "B-GPE"]
    )

    with entities_kept(doc):
        kept = entities_of(doc)
        assert entities_of(doc) is kept  # the same Spans, not built anew
        assert [(ent.text, ent.label_) for ent in kept] == [("Ana", "PERSON"), ("Lima", "GPE")]

    # Outside, the Doc's own entities as they are now; no Span left behind in its user data.
    doc.ents = [Span(doc, 2, 3, label="PERSON")]
    assert [ent.text for ent in entities_of(doc)] == ["Bo"]
    assert doc.to_bytes() and doc.copy().ents[0].text == "Bo"


def test_words_kept_made_once_within_and_dropped_after() -> None:
    doc = Doc(
        Vocab(), words=["Ana", "Vell", "met", "Bo", "."], spaces=[True, True, True, False, False]
    )

    with words_kept(doc):
        assert words_of(doc)[3] is words_of(doc)[3]  # one Token a word, not one an access
        assert [word.i for word in words_of(doc)] == [0, 1, 2, 3, 4]
        assert words_in(doc[1:4])[0] is words_of(doc)[1]
        assert [word.text for word in words_in(doc[1:4])] == ["Vell", "met", "Bo"]

    # Outside, the Doc and Span themselves; no Token left behind in its user data.
    assert words_of(doc) is doc
    assert [word.text for word in words_in(doc[3:5])] == ["Bo", "."]
    assert "newsstream_words" not in doc.user_data
    assert doc.to_bytes() and doc.copy()[0].text == "Ana"


def test_subtree_and_children_kept_as_spacy_gives_them() -> None:
    # "Ana Vell, the envoy who flew in, met Bo and Cy at the old port ." with a parse whose
    # subtrees nest left and right of their heads (and one arc that crosses another).
    words = ["Ana", "Vell", ",", "the", "envoy", "who", "flew", "in", ",", "met", "Bo", "and"]
    words += ["Cy", "at", "the", "old", "port", "."]
    heads = [1, 9, 1, 4, 1, 6, 4, 6, 1, 9, 9, 10, 10, 9, 16, 16, 13, 9]
    deps = ["compound", "nsubj", "punct", "det", "appos", "nsubj", "relcl", "prt", "punct"]
    deps += ["ROOT", "dobj", "cc", "conj", "prep", "det", "amod", "pobj", "punct"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    crossed = Doc(Vocab(), words=["a", "b", "c", "d"], heads=[2, 3, 2, 2], deps=["x"] * 4)

    for each in (doc, crossed):
        with words_kept(each):
            for word in words_of(each):
                assert [w.i for w in subtree_of(word)] == [w.i for w in word.subtree]
                assert [w.i for w in all_children(word)] == [w.i for w in word.children]
                assert subtree_of(word)[0] is words_of(each)[word.left_edge.i]
            given = each[1]  # a Token made anew: the subtree holds it, as spaCy's does
            assert any(w is given for w in subtree_of(given))
        # Outside a reading, spaCy's own answer (the parse may still change).
        assert [w.i for w in subtree_of(each[1])] == [w.i for w in each[1].subtree]


def test_span_text_is_the_spans_own() -> None:
    doc = Doc(
        Vocab(), words=["Ana", "Vell", "met", "Bo", "."], spaces=[True, True, True, False, False]
    )
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            assert span_text(doc[start:end]) == doc[start:end].text


def test_answers_kept_only_within_and_dropped_after() -> None:
    doc = Doc(Vocab(), words=["Ana", "met", "Bo"])
    assert kept_answers(doc, "question") is None  # in the pipeline the Doc may still change
    with answers_kept(doc):
        answers = kept_answers(doc, "question")
        assert answers == {}
        assert kept_answers(doc, "question") is answers
        assert kept_answers(doc, "other") is not answers
    assert kept_answers(doc, "question") is None
    assert not doc.user_data


def test_office_and_subjects_read_once_a_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = Doc(Vocab(), words=["President", "Ana", "Vell", "met", "Bo"])
    read: list[str] = []
    title = Title("ruritania", frozenset({"president"}))

    def office(span: Span) -> Title:
        read.append("office")
        return title

    def subjects(trigger: object) -> list[object]:
        read.append("subjects")
        return [doc[1]]

    monkeypatch.setattr(offices, "_title_of", office)
    monkeypatch.setattr(met_parties, "_subjects_read", subjects)
    with answers_kept(doc):
        assert offices.title_of(doc[1:3]) is offices.title_of(doc[1:3]) is title
        first = met_parties._subjects(doc[3])
        first.append(doc[4])  # a caller's own list: the kept answer stays as read
        assert met_parties._subjects(doc[3]) == [doc[1]]
        assert read == ["office", "subjects"]
    offices.title_of(doc[1:3])  # outside a reading, read each time
    assert read == ["office", "subjects", "office"]


def test_answers_read_off_words_kept_for_their_own_doc_alone() -> None:
    """Two stories read at once, with their names at the same places: each keeps the answers
    read off its own words (the sex a style marks, the word a name is set off after, a
    spouse's style), never the other's."""
    vocab = English().vocab  # lowercase forms, as the rules read them
    her = Doc(vocab, words=["Mrs", "Ana", "Vell", "met", "his", "wife", ",", "Eva", "Lund"])
    him = Doc(vocab, words=["Mr", "Ana", "Vell", "met", "his", "son", ",", "Eva", "Lund"])
    wed = Doc(vocab, words=["First", "Lady", "Eva", "Lund", "met", "Bo"])
    led = Doc(vocab, words=["Prime", "Minister", "Eva", "Lund", "met", "Bo"])
    with answers_kept(her), answers_kept(him), answers_kept(wed), answers_kept(led):
        for _ in range(2):  # the second time from what was kept
            assert table._marked_with(her[1:3], table._female_cues())
            assert not table._marked_with(him[1:3], table._female_cues())
            assert table._marked_with(him[1:3], table._male_cues())
            assert owners._word_before_name(her[7:9]).text == "wife"
            assert owners._word_before_name(him[7:9]).text == "son"
            assert canonical._spouse_style_before(wed[2:4])
            assert not canonical._spouse_style_before(led[2:4])
    assert not any(doc.user_data for doc in (her, him, wed, led))
