"""Sentence starts: one sentence per line, after the dateline, never after an abbreviation."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from stream.nlp.sentences import sentences_indexed


@pytest.fixture(scope="module")
def nlp(enricher) -> Language:  # type: ignore[no-untyped-def]
    return enricher.nlp


def sentences(nlp: Language, text: str) -> list[str]:
    return [sent.text.strip() for sent in nlp(text).sents]


def test_sentences_furniture_lines_are_sentences_of_their_own(nlp: Language) -> None:
    text = "Media Note\nOffice of the Spokesman\nThe minister will travel to Lima."

    assert sentences(nlp, text) == [
        "Media Note",
        "Office of the Spokesman",
        "The minister will travel to Lima.",
    ]


def test_sentences_dateline_ends_before_the_story(nlp: Language) -> None:
    text = "LIMA, May 9 - Peru's president met the envoy."

    assert sentences(nlp, text)[-1] == "Peru's president met the envoy."


@pytest.mark.parametrize(
    "text",
    [
        "She met Lt. Gen. Ronald Smith at the base on Monday.",
        "The envoy will arrive on Oct. 9 and leave the next day.",
        "The talks brought U.S. Secretary of State Marco Rubio to Panama.",
        "Joseph R. Biden, Jr. met the king today.",
    ],
)
def test_sentences_abbreviation_does_not_end_a_sentence(nlp: Language, text: str) -> None:
    assert sentences(nlp, text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Chile agreed on Wednesday to speed up work on a road corridor linking the "
        "ports of southern Peru with the mines of northern Chile, during a visit to Lima by "
        "Chilean Foreign Minister Ana Rojas.",
        "Kenya and Ethiopia signed a pact on Monday that could pave the way for joint patrols "
        "along their shared border.",
    ],
)
def test_sentences_never_end_between_two_words_of_a_line(nlp: Language, text: str) -> None:
    assert sentences(nlp, f"LIMA, May 9 - {text}")[-1] == text


def test_indexed_sentences_answer_as_spacy_does_and_go_on_leaving() -> None:
    # The looked-up sentence of every word and span is the one spaCy's own scan finds.
    words = ["Ana", "met", "Bo", ".", "They", "talked", ".", "Then", "Cy", "left", "."]
    starts = [True, False, False, False, True, False, False, True, False, False, False]
    doc = Doc(Vocab(), words=words, sent_starts=starts)
    spans = [doc[i:j] for i in range(len(doc)) for j in range(i, len(doc) + 1)]
    scanned = [(t.sent.start, t.sent.end) for t in doc], [(s.sent.start, s.sent.end) for s in spans]

    with sentences_indexed(doc):
        assert "sent" in doc.user_token_hooks
        looked_up = (
            [(t.sent.start, t.sent.end) for t in doc],
            [(s.sent.start, s.sent.end) for s in spans],
        )
        assert doc[5].sent is doc[4].sent  # each sentence's Span made once

    assert looked_up == scanned
    assert "sent" not in doc.user_token_hooks and "sent" not in doc.user_span_hooks
