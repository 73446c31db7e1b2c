"""Names owned by a country or a body ("Ruritania's President X"), and the span of an entity
once its owner is cut off. The model often folds owner and name into one span; these rules
split them.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from stream.nlp import gazetteer
from stream.nlp.doctext import all_children, indices_where, words_of
from stream.nlp.entities.matchers import (
    CONJOINED_MISREAD_LABELS,
    LIST_JOINS,
    MAX_OWNED_NAME_WORDS,
    POSSESSIVES,
    STYLE_LINKS,
    STYLE_OWNER_LABELS,
    _name_word,
    joins_name,
    overlap,
)
from stream.nlp.lexicon import alias_index, cue_words, fold, role_words, title_words


def people_owned_by_countries(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "Attended by Ruritania's Ada Holm and Sudland's Leo Berg": the model reads a country's
    name with a person's after it as an organisation ("Sudland's Leo Berg" ORG) or leaves the
    name bare. A name a country owns, in a list with a person's, is a person; the country stays
    the owner, never the party. Alone, or listed only with its like ("Sudland's Ada Holm and
    Lorvia's Leo Berg said"), it may as well be a firm. The parse of such lists is often torn,
    so the list is read from the words around the names."""
    # Only a word before a possessive can own a name: found in one pass over the Doc.
    owners = [doc[i - 1] for i in indices_where(doc, LOWER, POSSESSIVES) if i > 0]
    owned = [run for run in map(_name_owned_by_country, owners) if run is not None]
    phrases = [doc[_owner_start(doc[run.start - 2]) : run.end] for run in owned]
    people = {word.i for ent in ents if ent.label_ == "PERSON" for word in ent}
    beside = [
        *(ent for ent in ents if ent.label_ == "PERSON"),
        *(phrase for run, phrase in zip(owned, phrases, strict=True) if run.root.i in people),
    ]
    listed: list[Span] = []
    # A list joins names one by one: each owned name next to a person's is one, and so on.
    while found := [
        run
        for run, phrase in zip(owned, phrases, strict=True)
        if run not in listed and _listed_beside(phrase, beside)
    ]:
        listed.extend(found)
        beside.extend(phrase for run, phrase in zip(owned, phrases, strict=True) if run in found)
    kept = [
        ent
        for ent in ents
        if ent.label_ == "PERSON" or not any(overlap(ent, run) for run in listed)
    ]
    return non_overlapping(kept, [Span(doc, r.start, r.end, label="PERSON") for r in listed])


def joined_to_person(word: Token, people: set[int]) -> bool:
    """Whether the parse makes this word a conjunct of a person's, either way round."""
    partners = [child for child in all_children(word) if child.dep_ == "conj"]
    if word.dep_ == "conj":
        partners.append(word.head)
    return any(_stands_for_person(partner, people) for partner in partners)


def _stands_for_person(word: Token, people: set[int]) -> bool:
    """A person's name, or the office a name is set beside: the parse of "adviser Ivo Marek
    and Sudland's minister Ada Holm" joins the name to "minister", not to "Ada Holm"."""
    if word.i in people:
        return True
    return word.lower_ in title_words() and any(
        child.dep_ in ("appos", "compound") and child.i in people for child in all_children(word)
    )


def full_name_at(word: Token, ents: list[Span]) -> Span | None:
    """The name whose last word this is, if it reads as a person's: two to four capitalised
    proper nouns, not a known place, alias or body."""
    doc = word.doc
    held = next((ent for ent in ents if ent.start <= word.i < ent.end), None)
    if held is not None and (held.label_ not in CONJOINED_MISREAD_LABELS or held.end != word.i + 1):
        return None
    start = held.start if held is not None else word.i
    while held is None and start > 0 and bare_name_word(doc[start - 1]):
        start -= 1
    name = doc[start : word.i + 1]
    if not 2 <= len(name) <= MAX_OWNED_NAME_WORDS or not all(map(_name_word, name)):
        return None
    if name[-1].tag_ == "NNPS":  # "Vell Holdings": a surname is never a plural
        return None
    if names_a_body(name) or fold(name.text) in alias_index():
        return None
    # The parse may join a list of people to the site they were received at.
    if any(w.lower_ in cue_words("facility") or w.lower_ in PLACE_KIND_NOUNS for w in name):
        return None
    if gazetteer.place(name.text) is not None or any(country_or_region(w.text) for w in name):
        return None
    return Span(doc, name.start, name.end, label="PERSON")


def _name_owned_by_country(owner: Token) -> Span | None:
    """The proper name printed after "<country>'s", up to the first word that is no name's."""
    doc = owner.doc
    marker = owner.i + 1
    if marker >= len(doc) or doc[marker].lower_ not in POSSESSIVES:
        return None
    if not country_or_region(_owner_name(owner)):
        return None
    end = marker + 1
    while end < len(doc) and (_name_word(doc[end]) or joins_name(doc, end)):
        end += 1
    name = doc[marker + 1 : end]
    words = [word for word in name if _name_word(word)]
    if not 2 <= len(words) <= MAX_OWNED_NAME_WORDS or not _name_word(name[-1]):
        return None
    if end < len(doc) and doc[end].lower_ in POSSESSIVES:
        return None
    return None if names_a_body(name) else name


def _owner_name(owner: Token) -> str:
    """The owner's whole name: its entity, else the hyphened words it ends ("Guinea-Bissau")."""
    named = entity_span(owner)
    return named.text if named is not None else owner.doc[_owner_start(owner) : owner.i + 1].text


def _owner_start(owner: Token) -> int:
    named = entity_span(owner)
    if named is not None:
        return named.start
    start = owner.i
    while start >= 2 and joins_name(owner.doc, start - 1):
        start -= 2
    return start


def _listed_beside(phrase: Span, others: list[Span]) -> bool:
    """ "A, Ruritania's B and C": the owner and name next to another name in a list, across a
    comma or an "and", a person's or one owned by a country."""
    doc = phrase.doc
    after = phrase.end
    while after < len(doc) and doc[after].lower_ in LIST_JOINS:
        after += 1
    before = phrase.start - 1
    while before >= 0 and doc[before].lower_ in LIST_JOINS:
        before -= 1
    joined_after = after > phrase.end
    joined_before = before < phrase.start - 1
    return any(
        (joined_after and other.start >= after and _styles_only(doc[after : other.start]))
        or (joined_before and other.end - 1 == before)
        for other in others
        if other != phrase
    )


def _styles_only(words: Span) -> bool:
    """ "Ugandan President", "Sudland President and bloc chair" before a name: the style of
    the next in the list, its country's or body's name and offices, no other name."""
    return all(
        w.ent_type_ in STYLE_OWNER_LABELS
        or w.lower_ in title_words()
        or w.lower_ in STYLE_LINKS
        or country_or_region(w.text)
        for w in words
    )


def country_or_region(name: str) -> bool:
    known = gazetteer.place(name)
    return (known is not None and known.kind == "country") or fold(name) in cue_words(
        "macro_region"
    )


def bare_name_word(word: Token) -> bool:
    return (
        word.is_title
        and word.tag_ in ("NNP", "NNPS")
        and not word.ent_type_
        and not title_word(word)
        and not style_of_a_woman(word)
        and not after_line_break(word)
    )


def style_of_a_woman(word: Token) -> bool:
    """ "Miss Vell": a form of address no title list holds, for "miss" is mostly a verb; set
    capitalised before a name, it is no part of the name."""
    return word.is_title and word.lower_ in cue_words("female_style")


def title_word(word: Token) -> bool:
    """A title, or one in the plural: "Prime Ministers Ivo Marek and Ana Lind" is told before
    a name, but the model reads the plural as a proper noun that begins it."""
    return word.lower_ in title_words() or _plural_role(word)


def _plural_role(word: Token) -> bool:
    plural = word.lower_.endswith("s") and word.tag_ in ("NNP", "NNPS")
    return plural and word.lower_[:-1] in role_words()


# Whose object is a city: "the cities of X and Y", "the port of X".
SETTLEMENT_NOUNS = frozenset({"city", "town", "port", "village", "capital"})
# What an appositive may say a small place is: "travelled to X, a model village".
PLACE_KIND_NOUNS = SETTLEMENT_NOUNS | frozenset(
    {"base", "airbase", "island", "hamlet", "settlement", "resort", "garrison"}
)


def non_overlapping(chosen: list[Span], candidates: Iterable[Span]) -> list[Span]:
    taken = {i for span in chosen for i in range(span.start, span.end)}
    result = list(chosen)
    for span in sorted(candidates, key=lambda s: (s.start, -len(s))):
        if taken.isdisjoint(range(span.start, span.end)):
            result.append(span)
            taken.update(range(span.start, span.end))
    return result


def after_line_break(token: Token) -> bool:
    previous = token.doc[token.i - 1]
    return "\n" in previous.whitespace_ or (token.is_space and "\n" in token.text)


def names_a_body(ent: Span) -> bool:
    """ "Ministry", "Council", "Party": words that name an organisation, not a person."""
    return any(word.lower_ in cue_words("body_noun") for word in ent)


def entity_span(token: Token) -> Span | None:
    """The entity a token stands in, read from its IOB tags (`Doc.ents` rebuilds every span of
    the Doc on each call)."""
    if not token.ent_type_:
        return None
    doc, start, end = token.doc, token.i, token.i + 1
    words = words_of(doc)
    while words[start].ent_iob_ == "I" and start > 0:
        start -= 1
    while end < len(words) and words[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)
