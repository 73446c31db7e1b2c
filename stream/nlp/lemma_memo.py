"""A memo in front of spaCy's rule lemmatizer: each (form, POS, morphology) lemmatized once.

The stock `Lemmatizer` makes a Token of every word, and for a word in its base form (most
singular nouns, infinitives, positive adjectives) it reads `Token.morph.to_dict()` anew each
time, since it caches only the forms its rules change. Its rules read nothing but a word's
form, POS and morphology, so their answer is kept per triple here, and a Doc costs one
`to_array`, a dict look-up per word and one `from_array`. As in the stock component with
`overwrite` off, a word given a lemma already (by the attribute ruler) keeps it.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc, Token

LEMMA_MEMO = "newsstream_lemma_memo_v1"
# Forms of words are endless in a worker's life: the memo starts afresh past this many.
LEMMAS_KEPT = 200_000


class LemmaMemo:
    """Sets the lemmas the stock rule lemmatizer would set, each triple asked of it once."""

    def __init__(self, name: str, lemmatizer: Lemmatizer) -> None:
        self.name = name
        self.lemmatizer = lemmatizer
        self.memo: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        unset = np.flatnonzero(rows[:, 3] == 0).tolist()
        if not unset:
            return doc
        lemmas = rows[:, 3].copy()
        for i, (orth, pos, morph) in zip(unset, rows[unset, :3].tolist(), strict=True):
            lemmas[i] = self._lemma(doc, i, (orth, pos, morph))
        return doc.from_array([LEMMA], lemmas)

    def rule_lemmatize(self, token: Token) -> list[str]:
        """The stock rules, for components that lemmatize a word of their own making."""
        return self.lemmatizer.rule_lemmatize(token)

    def _lemma(self, doc: Doc, i: int, key: tuple[int, int, int]) -> int:
        lemma = self.memo.get(key)
        if lemma is None:
            if len(self.memo) >= LEMMAS_KEPT:
                self.memo.clear()
            form = self.lemmatizer.rule_lemmatize(doc[i])[0]
            lemma = self.memo[key] = doc.vocab.strings.add(form)
        return lemma


def use_lemma_memo(nlp: Language, name: str = "lemmatizer") -> bool:
    """Put the memo in place of the model's rule lemmatizer, under the same name, in place.

    A lemmatizer in another mode, or one that overwrites lemmas, stays as it is. Returns
    whether the swap was made."""
    stock = nlp.get_pipe(name) if name in nlp.pipe_names else None
    if not isinstance(stock, Lemmatizer) or stock.mode != "rule" or stock.overwrite:
        return False
    nlp.add_pipe(LEMMA_MEMO, after=name, config={"lemmatizer": name})
    nlp.remove_pipe(name)
    nlp.rename_pipe(LEMMA_MEMO, name)
    return True


@Language.factory(
    LEMMA_MEMO,
    assigns=["token.lemma"],
    requires=["token.pos", "token.morph"],
    default_config={"lemmatizer": "lemmatizer"},
)
def make_lemma_memo(nlp: Language, name: str, lemmatizer: str) -> LemmaMemo:
    return LemmaMemo(name, nlp.get_pipe(lemmatizer))
