"""A Doc's text, built once: `Doc.text` joins every token anew at each access, and the rules
that look at lines and paragraphs ask for it once a mention."""

from __future__ import annotations

from spacy.tokens import Doc

_TEXT_KEY = "newsstream_text"


def text_of(doc: Doc) -> str:
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text
