"""The Doc's text, words and entities, read once."""

from __future__ import annotations

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from stream.nlp.doctext import entities_kept, entities_of


def test_entities_kept_read_once_within_and_dropped_after() -> None:
    doc = Doc(
        Vocab(), words=["Ana", "met", "Bo", "in", "Lima"], ents=["B-PERSON", "O", "O", "O", "B-GPE"]
    )

    with entities_kept(doc):
        kept = entities_of(doc)
        assert entities_of(doc) is kept  # the same Spans, not built anew
        assert [(ent.text, ent.label_) for ent in kept] == [("Ana", "PERSON"), ("Lima", "GPE")]

    # Outside, the Doc's own entities as they are now; no Span left behind in its user data.
    doc.ents = [Span(doc, 2, 3, label="PERSON")]
    assert [ent.text for ent in entities_of(doc)] == ["Bo"]
    assert doc.to_bytes() and doc.copy().ents[0].text == "Bo"
