"""Where sentences start, decided before the parser runs: line breaks and the dateline do end a
sentence; an abbreviation ("Lt. Gen.", "Oct. 9", "U.S. Secretary") does not.

Wire copy and government releases put furniture on lines of their own ("Media Note", "Office of
the Spokesperson", "March 3, 2019") and never break a sentence across lines, so every line is a
sentence of its own. The parser keeps the starts and non-starts set here.
"""

from __future__ import annotations

from itertools import pairwise

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc, Token

from stream.nlp.lexicon import cue_words

# Tags of words that go on a sentence after an abbreviation: "Lt. Gen. Erik Moen", "Oct. 9".
_CONTINUING_TAGS = frozenset({"NNP", "NNPS", "CD"})


def _line_start(previous_text: str, previous_ws: str, token: Token) -> bool:
    """The first word of a line (not the blank of a blank line)."""
    return not token.is_space and ("\n" in previous_text or "\n" in previous_ws)


def _mid_line(previous: Token, previous_ws: str) -> bool:
    """A word right after a word on the same line: a sentence ends on punctuation or a line
    break, never between two words ("OSLO, May 4 - Norway and Iceland agreed" is one)."""
    return (previous.is_alpha or previous.is_digit) and not previous_ws.strip(" ")


def _after_abbreviation(
    previous: Token, previous_text: str, previous_ws: str, token: Token
) -> bool:
    """A word that carries on the sentence of the abbreviation before it: a title or month
    abbreviation is always followed by its name or day; "U.S." by the noun it qualifies."""
    if not previous_text.endswith(".") or "\n" in previous_ws:
        return False
    word = previous.lower_
    if word in cue_words("abbreviation"):
        return True
    return word in cue_words("qualifying_abbreviation") and token.tag_ in _CONTINUING_TAGS


def _story_start(doc: Doc, story_start: int) -> Token | None:
    """The first word of the story after its dateline (not the dash that may follow it)."""
    if not story_start:
        return None
    story = next((t for t in doc if t.idx >= story_start and t.is_alpha), None)
    return story if story is not None and story.i > 0 else None


def set_sentence_starts(doc: Doc, story_start: int) -> Doc:
    # Decided in one pass over the Doc (spaCy builds a Token object on each access), a line
    # start winning over the continuations; then written in one go: the Token.is_sent_start
    # setter scans the whole Doc for a parse on each call, quadratic.
    starts: dict[int, int] = {}
    # pairwise, not doc[token.i - 1]: spaCy builds a new Token object on each access.
    for previous, token in pairwise(doc):
        text, ws = previous.text, previous.whitespace_
        if _line_start(text, ws, token):
            starts[token.i] = 1
        elif _mid_line(previous, ws) or _after_abbreviation(previous, text, ws, token):
            starts[token.i] = -1
    story = _story_start(doc, story_start)
    if story is not None:
        starts[story.i] = 1
    values = doc.to_array([SENT_START])  # uint64, as from_array wants it; -1 wrapped round
    signed = values.view(numpy.int64)
    for i, start in starts.items():
        signed[i] = start
    return doc.from_array([SENT_START], values)
