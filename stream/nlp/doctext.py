"""A Doc's text, built once: `Doc.text` joins every token anew at each access, and the rules
that look at lines and paragraphs ask for it once a mention. The words with a given
attribute, found from one array rather than a Token made for every word. The Doc's
entities, and its words as Tokens, read once for the whole of a reading."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from spacy.attrs import DEP, HEAD, LOWER, ORTH, SPACY
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

_TEXT_KEY = "newsstream_text"
_LOWER_KEY = "newsstream_words_by_lower"
_ENTS_KEY = "newsstream_ents"
_ANSWERS_KEY = "newsstream_answers"
_WORDS_KEY = "newsstream_words"


def text_of(doc: Doc) -> str:
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = _joined_text(doc)
    return text


def _joined_text(doc: Doc) -> str:
    """`Doc.text`, joined from the form and trailing-space arrays: `Doc.text` makes a Token
    for every word to ask its `text_with_ws`."""
    if not len(doc):
        return ""
    orth, spaces = doc.to_array([ORTH, SPACY]).T.tolist()
    strings = doc.vocab.strings
    # Each distinct form looked up once: a story repeats most of its words.
    forms = {value: strings[value] for value in set(orth)}
    return "".join(
        forms[value] + " " if space else forms[value]
        for value, space in zip(orth, spaces, strict=True)
    )


def indices_where(doc: Doc, attr: int, values: frozenset[str]) -> list[int]:
    """Where a word's `attr` (LOWER, LEMMA, DEP, ENT_TYPE) is one of `values`, in order.

    A scan of the whole Doc for a few words makes a Token per word, which costs more than
    the test itself: the attribute's string hashes are read as one array instead."""
    wanted = _hashes(values)
    if attr == LOWER:
        # No component changes a word's form: the Doc's words are indexed by it once.
        by_lower = _words_by_lower(doc)
        return sorted(i for value in wanted for i in by_lower.get(value, ()))
    return [i for i, value in enumerate(doc.to_array(attr).tolist()) if value in wanted]


def _words_by_lower(doc: Doc) -> dict[int, list[int]]:
    """Where each lowercase form is in the Doc, kept on the Doc (its own, read many times)."""
    by_lower: dict[int, list[int]] | None = doc.user_data.get(_LOWER_KEY)
    if by_lower is None:
        by_lower = doc.user_data[_LOWER_KEY] = {}
        for i, value in enumerate(doc.to_array(LOWER).tolist()):
            by_lower.setdefault(value, []).append(i)
    return by_lower


@lru_cache(maxsize=256)
def _hashes(values: frozenset[str]) -> frozenset[int]:
    # As the StringStore has them: a label such as "conj" or "GPE" is a symbol, not a hash.
    return frozenset(get_string_id(value) for value in values)


@contextmanager
def entities_kept(doc: Doc) -> Iterator[None]:
    """Within, `entities_of(doc)` gives the entities read once on entry.

    `Doc.ents` builds a Span of every entity anew on each call, and the reading of one story
    asks for them a few times; the entities are final once the pipeline has run. They are
    dropped on leaving: Spans kept in `user_data` would stop the Doc from being copied,
    pickled or serialised."""
    doc.user_data[_ENTS_KEY] = doc.ents
    try:
        yield
    finally:
        doc.user_data.pop(_ENTS_KEY, None)


def entities_of(doc: Doc) -> tuple[Span, ...]:
    """The Doc's entities: those kept by `entities_kept`, else read now."""
    kept: tuple[Span, ...] | None = doc.user_data.get(_ENTS_KEY)
    return doc.ents if kept is None else kept


@contextmanager
def words_kept(doc: Doc) -> Iterator[None]:
    """Within, `words_of` and `words_in` give Tokens made once for the whole reading.

    `doc[i]`, iterating a Span and `Span.text` make a new Token for each word at each access,
    and the rules read the same words over and over: some eight million Tokens were made for
    220 stories of tuning gold. The words are final once the pipeline has run. They are
    dropped on leaving, as the entities are: Tokens kept in `user_data` would stop the Doc
    from being copied, pickled or serialised."""
    doc.user_data[_WORDS_KEY] = list(doc)
    try:
        yield
    finally:
        doc.user_data.pop(_WORDS_KEY, None)


def words_of(doc: Doc) -> Sequence[Token]:
    """The Doc's words, indexed as the Doc is: those kept by `words_kept`, else the Doc, whose
    every index makes a Token anew."""
    kept: list[Token] | None = doc.user_data.get(_WORDS_KEY)
    return doc if kept is None else kept  # type: ignore[return-value]


def words_in(span: Span) -> Sequence[Token]:
    """A Span's words, from those kept for its Doc (a list slice, no Token made)."""
    kept: list[Token] | None = span.doc.user_data.get(_WORDS_KEY)
    return span if kept is None else kept[span.start : span.end]  # type: ignore[return-value]


def span_text(span: Span) -> str:
    """`Span.text`, cut from the Doc's text: `Span.text` makes a Token for every word."""
    return text_of(span.doc)[span.start_char : span.end_char] if len(span) else ""


@contextmanager
def answers_kept(doc: Doc) -> Iterator[None]:
    """Within, `kept_answers` gives the rules a place to keep what they read off the parse.

    Some questions are asked of the same words again and again in one reading (the office
    printed before a name, the subjects of a trigger's clause: two to four times each in the
    bench stories), and their answers are final once the pipeline has run. They are dropped
    on leaving, as the entities are."""
    doc.user_data[_ANSWERS_KEY] = {}
    try:
        yield
    finally:
        doc.user_data.pop(_ANSWERS_KEY, None)


def kept_answers(doc: Doc, question: str) -> dict[Any, Any] | None:
    """The answers to `question` kept for the Doc within `answers_kept`; None outside it,
    where the Doc may still change (in the pipeline) and nothing is kept."""
    answers: dict[str, dict[Any, Any]] | None = doc.user_data.get(_ANSWERS_KEY)
    return None if answers is None else answers.setdefault(question, {})


_CHILDREN_KEY = "newsstream_children"


def all_children(token: Token) -> list[Token]:
    """`Token.children`, from the words kept for the reading: `Token.children` makes a Token
    of every child at each call. Outside a reading the parse may still change: read anew."""
    words = words_of(token.doc)
    if words is token.doc:
        return list(token.children)
    return [words[i] for i, _, _ in _children_of(token.doc)[token.i]]


def _children_of(doc: Doc) -> list[list[tuple[int, str, str]]]:
    """Each word's children, in text order, with their dependency labels and lowercase forms,
    kept on the Doc.

    `Token.children` makes a Token of every child for a test of its label, and the roles ask
    for the same words' children again and again; the parse is final by the time they do
    (the one head a component moves after the parser, in parse_repair.py, is moved before
    any role is read), so it is read once from the arrays."""
    found: list[list[tuple[int, str, str]]] | None = doc.user_data.get(_CHILDREN_KEY)
    if found is None:
        found = doc.user_data[_CHILDREN_KEY] = [[] for _ in range(len(doc))]
        if len(doc):
            labels = doc.to_array(DEP).tolist()
            forms = doc.to_array(LOWER).tolist()
            strings = doc.vocab.strings
            rows = zip(_heads_of(doc), labels, forms, strict=True)
            for i, (head, label, form) in enumerate(rows):
                if head != i:
                    found[head].append((i, strings[label], strings[form]))
    return found


_HEADS_KEY = "newsstream_heads"


def head_of(token: Token) -> Token:
    """`Token.head`, from the words kept for the reading: `Token.head` makes a Token at each
    call. Outside a reading the parse may still change: read anew."""
    words = words_of(token.doc)
    if words is token.doc:
        return token.head
    return words[_heads_of(token.doc)[token.i]]


def ancestors_of(token: Token) -> list[Token]:
    """`Token.ancestors`, from the words kept for the reading: `Token.ancestors` makes a Token
    of every head up the tree at each call. Outside a reading the parse may still change."""
    doc = token.doc
    words = words_of(doc)
    if words is doc:
        return list(token.ancestors)
    heads = _heads_of(doc)
    found: list[Token] = []
    i = token.i
    # As spaCy guards: no word has more heads above it than the Doc has words.
    while heads[i] != i and len(found) < len(doc):
        i = heads[i]
        found.append(words[i])
    return found


def conjuncts_of(token: Token) -> list[Token]:
    """`Token.conjuncts`, from the words kept for the reading: the first of the list and every
    right "conj" child down from it, the token left out. `Token.conjuncts` makes a Token of
    every head and child it tests. Outside a reading the parse may still change."""
    doc = token.doc
    words = words_of(doc)
    if words is doc:
        return list(token.conjuncts)
    heads, children = _heads_of(doc), _children_of(doc)
    start = token.i
    while heads[start] != start and words[start].dep_ == "conj":
        start = heads[start]
    found = [start]
    for i in found:
        found.extend(c for c, dep, _ in children[i] if c > i and dep == "conj")
    return [words[i] for i in found if i != token.i]


def _heads_of(doc: Doc) -> list[int]:
    """Each word's head, by index, kept on the Doc as its children are (see `_children_of`)."""
    heads: list[int] | None = doc.user_data.get(_HEADS_KEY)
    if heads is None:
        # A head is stored as an offset, unsigned: the cast brings back the signs.
        offsets = doc.to_array(HEAD).astype("int64").tolist() if len(doc) else []
        heads = doc.user_data[_HEADS_KEY] = [i + offset for i, offset in enumerate(offsets)]
    return heads


_SUBTREES_KEY = "newsstream_subtrees"


def subtree_of(token: Token) -> Sequence[Token]:
    """`Token.subtree`, from the words kept for the reading: `Token.subtree` walks the tree in
    nested generators and makes a Token of every word under the token at each call, and the
    rules ask for the same clauses' words again and again. Built as spaCy builds it (the
    left children's subtrees, the word, the right children's), from the children kept on the
    Doc. Outside a reading the parse may still change: read anew."""
    doc = token.doc
    words = words_of(doc)
    if words is doc:
        return list(token.subtree)
    # The token itself as given, as `Token.subtree` yields it: a caller may test `w is token`.
    root = token.i
    return [token if i == root else words[i] for i in _subtree_indices(doc, root)]


def _subtree_indices(doc: Doc, root: int) -> list[int]:
    found: dict[int, list[int]] | None = doc.user_data.get(_SUBTREES_KEY)
    if found is None:
        found = doc.user_data[_SUBTREES_KEY] = {}
    kept = found.get(root)
    if kept is not None:
        return kept
    children = _children_of(doc)
    # Iterative, children before parents: a long list sentence is deeper than the recursion
    # limit allows for.
    pending = [(root, False)]
    while pending:
        i, ready = pending.pop()
        if i in found:
            continue
        if not ready:
            pending.append((i, True))
            pending.extend((c, False) for c, _, _ in children[i] if c not in found)
            continue
        indices: list[int] = []
        placed = False
        for c, _, _ in children[i]:
            if c > i and not placed:
                indices.append(i)
                placed = True
            indices.extend(found[c])
        if not placed:
            indices.append(i)
        found[i] = indices
    return found[root]
