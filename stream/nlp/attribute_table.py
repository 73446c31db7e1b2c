"""A lookup-table stand-in for spaCy's `attribute_ruler`, compiled from the model's own patterns.

The stock AttributeRuler runs a Matcher over every pattern (179 in en_core_web_sm), most of
them one token tested on TAG/LOWER/DEP with IN sets evaluated in Python for every token. Here
each pattern token becomes a `TokenTest` over the few attributes the patterns read; what a
token's values imply (the writes of the single-token rules, which pattern positions it passes)
is computed once per distinct value tuple and cached, so a Doc costs one `to_array`, a dict
look-up per token and one `from_array`.

Semantics kept from `spacy/pipeline/attributeruler.py`: all matches are found on the Doc as it
was before any write, then applied sorted by pattern number, so for each token and attribute
the highest-numbered rule that targets the token wins; attributes are set with
`Token.set_struct_attr`, so MORPH is replaced, never merged. Patterns this module cannot
evaluate exactly (operators, fuzzy/comparison predicates, extension or unlisted attributes,
bad indices, writes outside `WRITABLE`) raise `UnsupportedPatternError`; the caller then keeps
the stock component.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from spacy.attrs import (
    DEP,
    IDS,
    LEMMA,
    LOWER,
    MORPH,
    NORM,
    ORTH,
    POS,
    PREFIX,
    SHAPE,
    SUFFIX,
    TAG,
)
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import normalize_token_attrs
from spacy.vocab import Vocab

ATTRIBUTE_TABLE = "newsstream_attribute_table_v1"

# Attributes whose value the Matcher reads exactly as `Doc.to_array` does (both call
# `get_token_attr`; SENT_START, ENT_IOB and MORPH are read differently and stay unsupported).
STRING_ATTRS = frozenset({ORTH, LOWER, NORM, SHAPE, PREFIX, SUFFIX, LEMMA, POS, TAG, DEP})
FLAG_NAMES = ("IS_ALPHA", "IS_ASCII", "IS_DIGIT", "IS_LOWER", "IS_PUNCT", "IS_SPACE", "IS_TITLE")
FLAG_NAMES += ("IS_UPPER", "LIKE_URL", "LIKE_NUM", "LIKE_EMAIL", "IS_STOP", "IS_BRACKET")
FLAG_NAMES += ("IS_QUOTE", "IS_LEFT_PUNCT", "IS_RIGHT_PUNCT", "IS_CURRENCY")
FLAG_ATTRS = frozenset(IDS[name] for name in FLAG_NAMES)
# Token-only attributes: the stock ruler also writes them to the lexeme, where they are no-ops.
WRITABLE = (POS, TAG, MORPH, LEMMA, DEP)
CACHE_LIMIT = 200_000


class UnsupportedPatternError(ValueError):
    """A pattern the table cannot evaluate exactly as spaCy's Matcher does."""


@dataclass(frozen=True)
class TokenTest:
    """One pattern token: tests on columns of the key tuple (see `AttributeTable.key_attrs`)."""

    equals: tuple[tuple[int, int], ...]
    within: tuple[tuple[int, frozenset[int], bool], ...]  # (column, values, negated)
    regexes: tuple[tuple[int, re.Pattern[str]], ...]

    def passes(self, key: Sequence[int], vocab: Vocab) -> bool:
        return (
            all(key[col] == value for col, value in self.equals)
            and all((key[col] in values) != negated for col, values, negated in self.within)
            and all(regex.search(vocab.strings[key[col]]) for col, regex in self.regexes)
        )


@dataclass(frozen=True)
class Rule:
    """One alternative of an attribute-ruler pattern: `rank` is its pattern number."""

    rank: int
    tests: tuple[TokenTest, ...]
    target: int  # offset in the match of the token written to
    writes: tuple[tuple[int, int], ...]  # (column of `write_attrs`, value)


@dataclass(frozen=True)
class KeyInfo:
    """What a token's key implies: the single-token rules' writes and the positions it passes."""

    mask: tuple[bool, ...]
    values: tuple[int, ...]
    ranks: tuple[int, ...]  # rank of the winning single-token rule per column, -1 if none
    positions: frozenset[tuple[int, int]]  # (multi-token rule number, token offset)
    starts: tuple[int, ...]  # multi-token rules whose first token this one passes


def attribute_name(name: Any) -> int:
    """The attribute id the Matcher reads for a pattern key, or UnsupportedPatternError."""
    if not isinstance(name, str) or name.upper() in ("_", "OP"):
        raise UnsupportedPatternError(f"pattern key {name!r}")
    upper = "ORTH" if name.upper() == "TEXT" else name.upper()
    attr = IDS.get(upper)
    if attr not in STRING_ATTRS and attr not in FLAG_ATTRS:
        raise UnsupportedPatternError(f"pattern attribute {name!r}")
    return attr


def set_values(values: Any) -> frozenset[int]:
    if not isinstance(values, list) or not all(
        isinstance(value, (str, int)) and not isinstance(value, bool) for value in values
    ):
        raise UnsupportedPatternError(f"IN/NOT_IN values {values!r}")
    return frozenset(get_string_id(value) for value in values)


def equal_value(attr: int, value: Any, vocab: Vocab) -> int:
    """The value as the Matcher hashes it (`_get_attr_values`)."""
    if attr in FLAG_ATTRS and isinstance(value, bool):
        return int(value)
    if attr in STRING_ATTRS and isinstance(value, str):
        return vocab.strings.add(value)
    raise UnsupportedPatternError(f"value {value!r} for attribute {attr}")


def compile_test(spec: Any, columns: dict[int, int], vocab: Vocab) -> TokenTest:
    """One pattern token; `columns` maps attribute ids to key columns and grows as needed."""
    if not isinstance(spec, dict):
        raise UnsupportedPatternError(f"token spec {spec!r}")
    equals, within, regexes = [], [], []
    for name, value in spec.items():
        attr = attribute_name(name)
        col = columns.setdefault(attr, len(columns))
        if not isinstance(value, dict):
            equals.append((col, equal_value(attr, value, vocab)))
            continue
        if attr not in STRING_ATTRS:
            raise UnsupportedPatternError(f"predicate on flag {name!r}")
        for predicate, argument in value.items():
            if predicate in ("IN", "NOT_IN"):
                within.append((col, set_values(argument), predicate == "NOT_IN"))
            elif predicate == "REGEX" and isinstance(argument, str):
                regexes.append((col, re.compile(argument)))
            else:
                raise UnsupportedPatternError(f"predicate {predicate!r}")
    return TokenTest(tuple(equals), tuple(within), tuple(regexes))


def compile_rules(
    patterns: Iterable[Mapping[str, Any]], vocab: Vocab
) -> tuple[list[Rule], list[int], list[int]]:
    """Rules from `AttributeRuler.patterns`, with the key and write attribute ids they use."""
    columns: dict[int, int] = {}
    write_cols = {attr: col for col, attr in enumerate(WRITABLE)}
    rules = []
    for rank, pattern in enumerate(patterns):
        attrs = normalize_token_attrs(vocab, dict(pattern["attrs"]))
        if not attrs or any(attr not in write_cols for attr in attrs):
            raise UnsupportedPatternError(f"writes {pattern['attrs']!r}")
        writes = tuple(sorted((write_cols[attr], value) for attr, value in attrs.items()))
        index = pattern.get("index", 0)
        for alternative in pattern["patterns"]:
            if not isinstance(alternative, list) or not -len(alternative) <= index < len(
                alternative
            ):
                raise UnsupportedPatternError(f"pattern {alternative!r} with index {index}")
            tests = tuple(compile_test(spec, columns, vocab) for spec in alternative)
            rules.append(Rule(rank, tests, index % len(alternative), writes))
    return rules, list(columns), list(WRITABLE)


class TestIndex:
    """Token tests indexed by the first (column, value) each requires, so that a key never seen
    before costs the few tests it may pass, not one per pattern."""

    def __init__(self, tests: Sequence[TokenTest]) -> None:
        self.tests = tests
        self.by_value: dict[tuple[int, int], list[int]] = {}
        self.unindexed: list[int] = []
        for number, test in enumerate(tests):
            if test.equals:
                self.by_value.setdefault(test.equals[0], []).append(number)
            else:
                self.unindexed.append(number)

    def passed(self, key: tuple[int, ...], vocab: Vocab) -> list[int]:
        """Numbers of the tests `key` passes, ascending (rank order for rules)."""
        numbers = set(self.unindexed)
        for col, value in enumerate(key):
            numbers.update(self.by_value.get((col, value), ()))
        return [number for number in sorted(numbers) if self.tests[number].passes(key, vocab)]


class AttributeTable:
    """Sets what the stock attribute ruler would set, from a cache keyed by token values."""

    def __init__(self, vocab: Vocab, name: str, patterns: Sequence[Mapping[str, Any]]) -> None:
        self.name = name
        self.vocab = vocab
        rules, self.key_attrs, self.write_attrs = compile_rules(patterns, vocab)
        self.single = [rule for rule in rules if len(rule.tests) == 1]
        self.multi = [rule for rule in rules if len(rule.tests) > 1]
        self.single_tests = TestIndex([rule.tests[0] for rule in self.single])
        self.positions = [
            (number, offset)
            for number, rule in enumerate(self.multi)
            for offset in range(len(rule.tests))
        ]
        self.position_tests = TestIndex([self.multi[n].tests[o] for n, o in self.positions])
        self.cache: dict[tuple[int, ...], KeyInfo] = {}

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0 or not self.key_attrs:
            return doc
        infos = [self.info(key) for key in self.keys(doc)]
        values = np.array([info.values for info in infos], dtype=np.uint64)
        mask = np.array([info.mask for info in infos], dtype=bool)
        for token, col, value in self.multi_token_writes(infos):
            values[token, col], mask[token, col] = value, True
        if mask.any():
            current = doc.to_array(self.write_attrs)
            doc.from_array(self.write_attrs, np.where(mask, values, current))
        return doc

    def keys(self, doc: Doc) -> list[tuple[int, ...]]:
        array = doc.to_array(self.key_attrs).reshape(len(doc), len(self.key_attrs))
        return [tuple(row) for row in array.tolist()]

    def info(self, key: tuple[int, ...]) -> KeyInfo:
        info = self.cache.get(key)
        if info is None:
            if len(self.cache) >= CACHE_LIMIT:
                self.cache.clear()
            info = self.cache[key] = self.learn(key)
        return info

    def learn(self, key: tuple[int, ...]) -> KeyInfo:
        """Evaluate the rules a key may pass, in rank order so that later rules overwrite."""
        size = len(self.write_attrs)
        mask, values, ranks = [False] * size, [0] * size, [-1] * size
        for number in self.single_tests.passed(key, self.vocab):
            rule = self.single[number]
            for col, value in rule.writes:
                mask[col], values[col], ranks[col] = True, value, rule.rank
        positions = frozenset(
            self.positions[number] for number in self.position_tests.passed(key, self.vocab)
        )
        starts = tuple(sorted(number for number, offset in positions if offset == 0))
        return KeyInfo(tuple(mask), tuple(values), tuple(ranks), positions, starts)

    def multi_token_writes(self, infos: list[KeyInfo]) -> list[tuple[int, int, int]]:
        """(token, column, value) of multi-token matches that beat the single-token rules."""
        best: dict[tuple[int, int], tuple[int, int]] = {}  # (token, col) -> (rank, value)
        for start, info in enumerate(infos):
            for number in info.starts:
                rule = self.multi[number]
                end = start + len(rule.tests)
                if end > len(infos) or not all(
                    (number, offset) in infos[start + offset].positions
                    for offset in range(1, len(rule.tests))
                ):
                    continue
                token = start + rule.target
                for col, value in rule.writes:
                    rank, _ = best.get((token, col), (infos[token].ranks[col], 0))
                    if rule.rank > rank:
                        best[(token, col)] = (rule.rank, value)
        return [(token, col, value) for (token, col), (_, value) in best.items()]


def table_from_ruler(nlp: Language, name: str = "attribute_ruler") -> AttributeTable:
    """Compile the model's attribute ruler; UnsupportedPatternError if it cannot be exact."""
    return AttributeTable(nlp.vocab, name, nlp.get_pipe(name).patterns)


@Language.factory(
    ATTRIBUTE_TABLE,
    assigns=["token.pos", "token.tag", "token.morph", "token.lemma", "token.dep"],
    default_config={"patterns": []},
)
def make_attribute_table(
    nlp: Language, name: str, patterns: list[dict[str, Any]]
) -> AttributeTable:
    return AttributeTable(nlp.vocab, name, patterns)
