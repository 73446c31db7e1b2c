"""Repairs of the parser's slips that hide who does what.

"On Friday Ada Lund and Erik Moen held talks": the small model reads "Friday Ada Lund" as one
noun phrase, the name as the object of "On" with the day as its modifier, and leaves the verb
without a subject; every reading of the sentence then loses both parties. Only a sentence's
opening preposition is looked at, so the repair costs a few words a sentence.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc, Span, Token

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
TIME_LABELS = frozenset({"DATE", "TIME"})


def restore_subjects_read_as_dates(doc: Doc) -> Doc:
    """Give back its subject to each sentence that opens with "On <day> <name>" misread."""
    for sentence in doc.sents:
        _restore_subject(sentence)
    return doc


def _restore_subject(sentence: Span) -> None:
    opening = sentence[0]
    verb = opening.head
    if opening.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX"):
        return
    if any(child.dep_ in SUBJECTS for child in verb.children):
        return
    person = next((c for c in opening.children if c.dep_ == "pobj"), None)
    if person is None or person.ent_type_ != "PERSON":
        return
    days = _days_set_before(person, opening)
    if not days:
        return
    # The day closes the preposition's phrase; the name heads the verb's subject.
    *earlier, day = days
    day.head, day.dep_ = opening, "pobj"
    for word in earlier:
        word.head, word.dep_ = day, "compound"
    person.head, person.dep_ = verb, "nsubj"


def _days_set_before(person: Token, opening: Token) -> list[Token]:
    """The time words hung on a name as its modifiers, right after the opening preposition:
    "Friday" in "On Friday Ada Lund"; [] when they do not follow it at once."""
    days = [
        child
        for child in person.lefts
        if child.dep_ in ("compound", "nmod") and child.ent_type_ in TIME_LABELS
    ]
    follows = bool(days) and days[0].i == opening.i + 1
    contiguous = all(b.i == a.i + 1 for a, b in pairwise(days))
    return days if follows and contiguous else []
