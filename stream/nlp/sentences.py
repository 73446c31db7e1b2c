"""Where sentences start, decided before the parser runs: line breaks and the dateline do end a
sentence; an abbreviation ("Lt. Gen.", "Oct. 9", "U.S. Secretary") does not.

Wire copy and government releases put furniture on lines of their own ("Media Note", "Office of
the Spokesperson", "March 3, 2019") and never break a sentence across lines, so every line is a
sentence of its own. The parser keeps the starts and non-starts set here.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import numpy
from spacy.attrs import IDX, IS_ALPHA, IS_DIGIT, IS_SPACE, LOWER, ORTH, SENT_START, TAG
from spacy.tokens import Doc, Span

from stream.nlp.lexicon import cue_words

# Tags of words that go on a sentence after an abbreviation: "Lt. Gen. Erik Moen", "Oct. 9".
_CONTINUING_TAGS = frozenset({"NNP", "NNPS", "CD"})

# A word's attributes as one array each, in this order: a Token object for every word costs
# more than the tests themselves.
_ATTRS = [ORTH, LOWER, TAG, IS_ALPHA, IS_DIGIT, IS_SPACE, IDX]


class _Words:
    """The attributes the sentence starts are decided on, one list each, indexed by word."""

    def __init__(self, doc: Doc) -> None:
        columns = doc.to_array(_ATTRS).T.tolist() if len(doc) else [[] for _ in _ATTRS]
        orth, lower, tag, self.alpha, self.digit, self.space, self.idx = columns
        strings = doc.vocab.strings
        # Each distinct form looked up once: a story repeats most of its words.
        forms = {value: strings[value] for value in {*orth, *lower, *tag}}
        self.text = [forms[value] for value in orth]
        self.lower = [forms[value] for value in lower]
        self.tag = [forms[value] for value in tag]


def _line_start(words: _Words, previous: int, token: int) -> bool:
    """The first word of a line (not the blank of a blank line). A word's own trailing
    whitespace is one space or none: a line break is a word of its own."""
    return not words.space[token] and "\n" in words.text[previous]


def _mid_line(words: _Words, previous: int) -> bool:
    """A word right after a word on the same line: a sentence ends on punctuation or a line
    break, never between two words ("OSLO, May 4 - Norway and Iceland agreed" is one)."""
    return bool(words.alpha[previous] or words.digit[previous])


def _after_abbreviation(words: _Words, previous: int, token: int) -> bool:
    """A word that carries on the sentence of the abbreviation before it: a title or month
    abbreviation is always followed by its name or day; "U.S." by the noun it qualifies."""
    if not words.text[previous].endswith("."):
        return False
    word = words.lower[previous]
    if word in cue_words("abbreviation"):
        return True
    return word in cue_words("qualifying_abbreviation") and words.tag[token] in _CONTINUING_TAGS


def _story_start(words: _Words, story_start: int) -> int | None:
    """The first word of the story after its dateline (not the dash that may follow it)."""
    if not story_start:
        return None
    story = next(
        (i for i, idx in enumerate(words.idx) if idx >= story_start and words.alpha[i]), None
    )
    return story if story is not None and story > 0 else None


def set_sentence_starts(doc: Doc, story_start: int) -> Doc:
    # Decided in one pass over the Doc's attribute arrays, a line start winning over the
    # continuations; then written in one go: the Token.is_sent_start setter scans the whole
    # Doc for a parse on each call, quadratic.
    words = _Words(doc)
    starts: dict[int, int] = {}
    for token in range(1, len(doc)):
        previous = token - 1
        if _line_start(words, previous, token):
            starts[token] = 1
        elif _mid_line(words, previous) or _after_abbreviation(words, previous, token):
            starts[token] = -1
    story = _story_start(words, story_start)
    if story is not None:
        starts[story] = 1
    values = doc.to_array([SENT_START])  # uint64, as from_array wants it; -1 wrapped round
    signed = values.view(numpy.int64)
    for i, start in starts.items():
        signed[i] = start
    return doc.from_array([SENT_START], values)


@contextmanager
def sentences_indexed(doc: Doc) -> Iterator[None]:
    """Within, `Token.sent` and `Span.sent` of a parsed Doc look their sentence up.

    spaCy finds a word's sentence anew on every call: a slice of the Doc, a scan of it for
    any sentence start, walks back and forth to the nearest, and a new Span (some 9 µs); the
    rules ask some seventy times an article, mostly for a few sentences. The starts are final
    once the Doc is parsed, so they are read once from the array, and each sentence's Span is
    made once, when first asked for. A span's sentence is its first word's, as in spaCy: from
    the nearest start at or before the word to the next start after it. The hooks go on
    leaving: a Doc copied or changed afterwards would otherwise answer with these sentences."""
    if not len(doc) or not doc.has_annotation("SENT_START"):
        yield  # nothing to index; spaCy's own rule answers (or raises)
        return
    sentences = _Sentences(doc)
    doc.user_token_hooks["sent"] = lambda token: sentences.of(token.i)
    doc.user_span_hooks["sent"] = lambda span: sentences.of(span.start)
    try:
        yield
    finally:
        doc.user_token_hooks.pop("sent", None)
        doc.user_span_hooks.pop("sent", None)


class _Sentences:
    """The sentence of each word of a Doc, each sentence's Span made on first use."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        signed = doc.to_array(SENT_START).view(numpy.int64).tolist()
        self.bounds: list[tuple[int, int]] = []
        start = 0
        for i in range(1, len(doc) + 1):
            if i == len(doc) or signed[i] == 1:
                self.bounds.extend([(start, i)] * (i - start))
                start = i
        self.spans: dict[int, Span] = {}

    def of(self, word: int) -> Span:
        # An empty span at the Doc's end asks for the word past the last: the last sentence.
        start, end = self.bounds[min(word, len(self.bounds) - 1)]
        span = self.spans.get(start)
        if span is None:
            span = self.spans[start] = self.doc[start:end]
        return span
