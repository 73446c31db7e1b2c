"""The lemma memo sets exactly the lemmas of the stock rule lemmatizer, each form asked once."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from stream.nlp.enrich import Enricher
from stream.nlp.lemma_memo import LemmaMemo

TEXT = (
    "The ministers were singing older songs. She has visited the leaders of three states, "
    "and the leaders visited her; better talks are planned."
)


def _before_lemmas(nlp: Language, text: str) -> Doc:
    """The Doc as the lemmatizer receives it."""
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name == "lemmatizer":
            return doc
        doc = component(doc)
    raise AssertionError("no lemmatizer in the pipeline")


def test_the_memo_stands_for_the_rule_lemmatizer(enricher: Enricher) -> None:
    assert isinstance(enricher.nlp.get_pipe("lemmatizer"), LemmaMemo)


def test_memo_lemmas_are_the_stock_lemmas(enricher: Enricher) -> None:
    memo = enricher.nlp.get_pipe("lemmatizer")
    assert isinstance(memo, LemmaMemo)
    by_memo = memo(_before_lemmas(enricher.nlp, TEXT))
    by_stock = memo.lemmatizer(_before_lemmas(enricher.nlp, TEXT))
    assert [t.lemma_ for t in by_memo] == [t.lemma_ for t in by_stock]
    assert [t.lemma_ for t in by_memo if t.lower_ in ("singing", "leaders", "visited")] == [
        "sing",
        "visit",
        "leader",
        "leader",
        "visit",
    ]


def test_each_form_is_lemmatized_once(enricher: Enricher, monkeypatch: pytest.MonkeyPatch) -> None:
    stock = enricher.nlp.get_pipe("lemmatizer").lemmatizer
    memo = LemmaMemo("lemmatizer", stock)
    asked: list[str] = []
    rules = stock.rule_lemmatize

    def counted(token: Token) -> list[str]:
        asked.append(token.text)
        return rules(token)

    monkeypatch.setattr(stock, "rule_lemmatize", counted)
    memo(_before_lemmas(enricher.nlp, TEXT))
    memo(_before_lemmas(enricher.nlp, TEXT))
    assert asked.count("leaders") == 1, asked
