"""Where sentences start, decided before the parser runs: line breaks and the dateline do end a
sentence; an abbreviation ("Lt. Gen.", "Oct. 9", "U.S. Secretary") does not.

Wire copy and government releases put furniture on lines of their own ("Media Note", "Office of
the Spokesperson", "March 3, 2019") and never break a sentence across lines, so every line is a
sentence of its own. The parser keeps the starts and non-starts set here.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc, Token

from stream.nlp.lexicon import cue_words

# Tags of words that go on a sentence after an abbreviation: "Lt. Gen. Erik Moen", "Oct. 9".
_CONTINUING_TAGS = frozenset({"NNP", "NNPS", "CD"})


def sentence_starts(doc: Doc, story_start: int) -> Iterator[Token]:
    """The first word of each line, and the first word of the story after its dateline (not
    the dash that may follow it)."""
    # pairwise, not doc[token.i - 1]: spaCy builds a new Token object on each access.
    for previous, token in pairwise(doc):
        if not token.is_space and "\n" in previous.text_with_ws:
            yield token
    if story_start:
        story = next((t for t in doc if t.idx >= story_start and t.is_alpha), None)
        if story is not None and story.i > 0:
            yield story


def abbreviation_continuations(doc: Doc) -> Iterator[Token]:
    """Words that carry on the sentence of the abbreviation before them: a title or month
    abbreviation is always followed by its name or day; "U.S." by the noun it qualifies."""
    always, qualifying = cue_words("abbreviation"), cue_words("qualifying_abbreviation")
    for previous, token in pairwise(doc):
        if not previous.text.endswith(".") or "\n" in previous.whitespace_:
            continue
        word = previous.lower_
        if word in always or (word in qualifying and token.tag_ in _CONTINUING_TAGS):
            yield token


def mid_line_continuations(doc: Doc) -> Iterator[Token]:
    """Words right after a word on the same line: a sentence ends on punctuation or a line
    break, never between two words ("OSLO, May 4 - Norway and Iceland agreed" is one)."""
    for previous, token in pairwise(doc):
        if (previous.is_alpha or previous.is_digit) and not previous.whitespace_.strip(" "):
            yield token


def set_sentence_starts(doc: Doc, story_start: int) -> Doc:
    # Collected (a later rule overrides an earlier one), then written in one go: the
    # Token.is_sent_start setter scans the whole Doc for a parse on each call, quadratic.
    starts: dict[int, int] = {}
    for token in mid_line_continuations(doc):
        starts[token.i] = -1
    for token in abbreviation_continuations(doc):
        starts[token.i] = -1
    for token in sentence_starts(doc, story_start):
        starts[token.i] = 1
    values = doc.to_array([SENT_START])  # uint64, as from_array wants it; -1 wrapped round
    signed = values.view(numpy.int64)
    for i, start in starts.items():
        signed[i] = start
    return doc.from_array([SENT_START], values)
