"""Dependency patterns of triggers.jsonl, matched by walking each candidate word's children.

The patterns use spaCy's DependencyMatcher syntax, restricted to what triggers.jsonl needs:
every node but the first hangs under an earlier node by `>` (is its direct child), and a
node's RIGHT_ATTRS test LEMMA, LOWER, POS, DEP or ENT_TYPE against a string or {"IN": [...]}.
spaCy's DependencyMatcher runs a token Matcher with every node over every word and climbs
to the sentence root for each hit; it cost more than all the rest of our reading. Here
the first node's LEMMA or LOWER (or, for a pattern that names neither, its POS) picks, by
dictionary look-up, the few patterns worth trying at a word, so a word that cannot start a
pattern costs three look-ups. Values are compared as the Doc stores them, string hashes and
symbols: a Token's string attributes are looked up in the StringStore at each read.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from spacy.attrs import LEMMA, LOWER, POS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

# A pattern attribute and the Token attribute that holds its value's hash or symbol.
TOKEN_ATTRS = {
    "LEMMA": "lemma",
    "LOWER": "lower",
    "POS": "pos",
    "DEP": "dep",
    "ENT_TYPE": "ent_type",
}
INDEX_ATTRS = ("LEMMA", "LOWER", "POS")


@dataclass(frozen=True)
class Node:
    parent: int  # index of the node this one is a child of; -1 for the first node
    tests: tuple[tuple[str, frozenset[int]], ...]  # (Token attribute, accepted values' ids)

    def accepts(self, token: Token) -> bool:
        return all(getattr(token, attr) in values for attr, values in self.tests)


@dataclass(frozen=True)
class TreePattern:
    nodes: tuple[Node, ...]
    trigger: int  # index of the node whose word is the match's trigger

    def triggers_at(self, token: Token) -> Iterator[int]:
        """Trigger word index of every match whose first node is `token` (repeats possible)."""
        if self.nodes[0].accepts(token):
            for words in self._assign([token.i], token.doc):
                yield words[self.trigger]

    def _assign(self, words: list[int], doc: Doc) -> Iterator[list[int]]:
        """Complete `words` (the words of the first nodes) in every way the pattern allows."""
        if len(words) == len(self.nodes):
            yield words
            return
        node = self.nodes[len(words)]
        for child in doc[words[node.parent]].children:
            if node.accepts(child):
                yield from self._assign([*words, child.i], doc)


def compile_pattern(pattern: list[dict[str, Any]], trigger_id: str) -> TreePattern:
    """A TreePattern from DependencyMatcher nodes; ValueError for what it cannot match."""
    positions: dict[str, int] = {}
    nodes: list[Node] = []
    for index, spec in enumerate(pattern):
        parent = -1
        if index > 0:
            if spec.get("REL_OP") != ">" or spec.get("LEFT_ID") not in positions:
                raise ValueError(f"only '>' from an earlier node is supported: {spec}")
            parent = positions[spec["LEFT_ID"]]
        positions[spec["RIGHT_ID"]] = index
        nodes.append(
            Node(
                parent,
                tuple(_test(key, value) for key, value in spec.get("RIGHT_ATTRS", {}).items()),
            )
        )
    return TreePattern(tuple(nodes), positions[trigger_id])


def _test(key: str, value: Any) -> tuple[str, frozenset[int]]:
    if key not in TOKEN_ATTRS:
        raise ValueError(f"unsupported token attribute {key!r}")
    if isinstance(value, str):
        return TOKEN_ATTRS[key], frozenset([get_string_id(value)])
    if isinstance(value, dict) and list(value) == ["IN"]:
        return TOKEN_ATTRS[key], frozenset(get_string_id(each) for each in value["IN"])
    raise ValueError(f"unsupported value for {key}: {value!r}")


class TreeMatcher:
    """Patterns, in order, with the first node's LEMMA, LOWER or POS values as an index."""

    def __init__(self, patterns: list[TreePattern]) -> None:
        self.patterns = patterns
        self.index: dict[str, dict[int, list[int]]] = {
            TOKEN_ATTRS[attr]: defaultdict(list) for attr in INDEX_ATTRS
        }
        self.unindexed: list[int] = []
        for number, pattern in enumerate(patterns):
            tests = dict(pattern.nodes[0].tests)
            attr = next((TOKEN_ATTRS[a] for a in INDEX_ATTRS if TOKEN_ATTRS[a] in tests), None)
            if attr is None:
                self.unindexed.append(number)
                continue
            for value in tests[attr]:
                self.index[attr][value].append(number)
        # By the values Doc.to_array gives: a word that can start no pattern is passed over
        # without building its Token.
        self.lemma_ids = self.index["lemma"]
        self.lower_ids = self.index["lower"]
        self.pos_ids = self.index["pos"]

    def __call__(self, doc: Doc) -> Iterator[tuple[int, int]]:
        """(pattern number, trigger word index) of every match, repeats possible."""
        keys = doc.to_array([LEMMA, LOWER, POS]).tolist() if len(doc) else []
        for i, (lemma, lower, pos) in enumerate(keys):
            candidates = {
                *self.lemma_ids.get(lemma, ()),
                *self.lower_ids.get(lower, ()),
                *self.pos_ids.get(pos, ()),
            }
            if not candidates and not self.unindexed:
                continue
            token = doc[i]
            for number in candidates.union(self.unindexed):
                for trigger in self.patterns[number].triggers_at(token):
                    yield number, trigger
