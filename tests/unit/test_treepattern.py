"""The trigger patterns' matcher: `>` trees over a parsed Doc, as spaCy's DependencyMatcher."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from stream.nlp.lexicon import TRIGGER_NODE, trigger_patterns
from stream.nlp.treepattern import TreeMatcher, compile_pattern

HOLD_TALKS = [
    {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": ["hold", "have"]}, "POS": "VERB"}},
    {
        "LEFT_ID": "verb",
        "REL_OP": ">",
        "RIGHT_ID": "trigger",
        "RIGHT_ATTRS": {"DEP": "dobj", "LEMMA": "talk"},
    },
]


def _doc() -> Doc:
    # "Leaders held talks and had talks."
    return Doc(
        Vocab(),
        words=["Leaders", "held", "talks", "and", "had", "talks", "."],
        heads=[1, 1, 1, 1, 1, 4, 1],
        deps=["nsubj", "ROOT", "dobj", "cc", "conj", "dobj", "punct"],
        pos=["NOUN", "VERB", "NOUN", "CCONJ", "VERB", "NOUN", "PUNCT"],
        lemmas=["leader", "hold", "talk", "and", "have", "talk", "."],
    )


def test_treepattern_every_trigger_pattern_compiles() -> None:
    for pattern in trigger_patterns():
        compile_pattern(pattern.pattern, TRIGGER_NODE)


def test_treepattern_trigger_is_the_child_under_its_own_verb() -> None:
    matcher = TreeMatcher([compile_pattern(HOLD_TALKS, "trigger")])
    assert sorted(matcher(_doc())) == [(0, 2), (0, 5)]


def test_treepattern_child_must_pass_its_tests() -> None:
    pattern = [dict(HOLD_TALKS[0]), {**HOLD_TALKS[1], "RIGHT_ATTRS": {"DEP": "nsubj"}}]
    matcher = TreeMatcher([compile_pattern(pattern, "trigger")])
    assert list(matcher(_doc())) == [(0, 0)]


@pytest.mark.parametrize(
    "node",
    [
        {"LEFT_ID": "verb", "REL_OP": ">>", "RIGHT_ID": "trigger", "RIGHT_ATTRS": {}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "trigger", "RIGHT_ATTRS": {"TAG": "NN"}},
        {
            "LEFT_ID": "verb",
            "REL_OP": ">",
            "RIGHT_ID": "trigger",
            "RIGHT_ATTRS": {"LEMMA": {"NOT_IN": ["x"]}},
        },
    ],
)
def test_treepattern_refuses_what_it_cannot_match(node: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        compile_pattern([HOLD_TALKS[0], node], "trigger")
