"""Names told after an office or a title ("the Foreign Minister of X, Y"), and the words
(dates, places, sources) the model joins to them by mistake.
"""

from __future__ import annotations

from spacy.attrs import ENT_TYPE, LOWER
from spacy.tokens import Doc, Span, Token

from stream.nlp import gazetteer
from stream.nlp.dates import MONTHS, WEEKDAYS
from stream.nlp.doctext import indices_where
from stream.nlp.entities.extents import after_compound_title, extend_name
from stream.nlp.entities.matchers import (
    GPE,
    LEADER_OFFICE_WORDS,
    LEADER_OFFICES,
    OFFICE_LINKS,
    REGNAL_NUMERALS,
)
from stream.nlp.entities.owners import bare_name_word, title_word
from stream.nlp.lexicon import (
    alias_index,
    cue_words,
    fold,
    honorific_words,
    role_words,
    style_phrases_by_word,
    title_words,
)

_HEAD = frozenset({"head"})


def _titled_names(doc: Doc) -> list[Span]:
    """Names the model missed after a title: "King Harald", "Minister Mbeki", "Head of State
    Keita", "Mr Ngo Van Lam"."""
    found = []
    roles = role_words()  # once per Doc, not once per word
    styles = honorific_words()
    # Only a role word, a form of address or "head" opens a title: found in the Doc's index of
    # lowercase forms, not by a Token made for every word.
    opening = {
        *indices_where(doc, LOWER, roles),
        *indices_where(doc, LOWER, styles),
        *indices_where(doc, LOWER, _HEAD),
    }
    for title in (doc[i] for i in sorted(opening) if i < len(doc) - 1):
        if not title.is_title:  # before the slice: a Span for every word costs more than this
            continue
        # A form of address alone may stand before a capital of no name ("Mr Speaker"): only
        # a given name and a surname after it make a name. "His Majesty X" is a sovereign's
        # style, which the offices read with its holder.
        shortest = 2 if title.lower_ in styles and title.lower_ not in roles else 1
        if shortest == 2 and title.i > 0 and doc[title.i - 1].tag_ == "PRP$":
            continue
        if title.lower_ in roles or shortest == 2:
            start = after_compound_title(doc, title.i + 1)
        elif title.lower_ == "head" and heads_a_state(
            office := doc[title.i : title.i + LEADER_OFFICE_WORDS]
        ):
            start = office.end  # "Head of Government X"
        else:
            continue
        # "Empress Emerita Michiko", "Secretary General Ana Lind": more title words may follow.
        while start < len(doc) - 1 and doc[start].is_title and title_word(doc[start]):
            start += 1
        start += style_phrase_at(doc, start, len(doc))
        set_off = start < len(doc) - 1 and doc[start].text == ","
        start += int(set_off)
        end = start
        while end < len(doc) and end - start < 3 and bare_name_word(doc[end]):
            end += 1
        # "the Maharaja, Vikram Tavi Orlo II,": a regnal number closes a ruler's name.
        end += int(end > start and end < len(doc) and _regnal_number(doc[end]))
        # "Lorvia's Foreign Minister, Ivo Marek.": a name set off after the office is a given
        # name and a surname closed by a stop, not a stray capital after a comma.
        closed = end < len(doc) and doc[end].text in (",", ".", ";")
        if end - start >= shortest and (not set_off or (end - start > 1 and closed)):
            found.append(extend_name(Span(doc, start, end, label="PERSON")))
    return found


def _regnal_number(word: Token) -> bool:
    return word.tag_ == "NNP" and word.is_upper and set(word.text) <= REGNAL_NUMERALS


def names_after_office_of(doc: Doc) -> list[Span]:
    """Names the model missed after an office of a country, as state agencies print them:
    "President of the Republic of Ruritania Ivan Petrov"."""
    found = []
    countries = (doc[i] for i in indices_where(doc, ENT_TYPE, GPE) if i + 1 < len(doc))
    for country, name in ((country, doc[country.i + 1]) for country in countries):
        if not bare_name_word(name) or office_of(country) is None:
            continue
        end = name.i
        while end < len(doc) and end - name.i < 3 and bare_name_word(doc[end]):
            end += 1
        if end - name.i > 1:  # a given name and a surname, not a stray capital
            found.append(Span(doc, name.i, end, label="PERSON"))
    return found


def office_of(country: Token) -> Token | None:
    """The office whose country this is: "Minister" of "Minister of (the Republic of) X".
    Read off the words, not the parse, which hangs such strings of names every which way."""
    doc, start = country.doc, country.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    start -= int(start > 0 and doc[start - 1].lower_ == "the")
    if start < 2 or doc[start - 1].lower_ != "of":
        return None
    office = doc[start - 2]
    return office if office.lower_ in role_words() else None


def style_phrase_at(doc: Doc, start: int, end: int) -> int:
    """How many words a style of several words takes at `start`, short of the name's end:
    "Tan Sri" in "Tan Sri Amir Hamzah", where "Tan" alone may be a surname."""
    style_end = style_phrase_end(doc, start)
    return style_end - start if style_end is not None and style_end < end else 0


def style_phrase_end(doc: Doc, start: int) -> int | None:
    """Where the style of several words that `start` stands in ends. The model may begin a
    name inside the style ("Queen [Mother Ana Lind]", "Yang di-[Pertuan Agong]"): its words
    before `start` count too."""
    for phrase, before in style_phrases_by_word().get(doc[start].lower_, ()):
        if before > start:
            continue
        words = tuple(word.lower_ for word in doc[start - before : start - before + len(phrase)])
        if words == phrase:
            return start - before + len(phrase)
    return None


def date_then_name(ent: Span) -> list[Span]:
    """ "Earlier this month Ms Kell travelled": the model may run a time phrase on into the
    subject's name. The name starts at an honorific, or at the first proper noun of a
    subject that names no month or day ("Independence Day" stays a date)."""
    if ent.label_ != "DATE" or len(ent) < 2:
        return [ent]
    doc = ent.doc
    cut = next((w.i for w in ent[1:] if w.is_title and w.tag_ in ("NNP", "NNPS")), None)
    if cut is None:
        return [ent]
    name = doc[cut : ent.end]
    honoured = doc[cut].lower_ in honorific_words() and len(name) > 1
    subject = name.root.dep_ in ("nsubj", "nsubjpass") and not any(map(_date_word, name))
    if not (honoured or subject) or not all(word.is_title for word in name):
        return [ent]
    return [Span(doc, ent.start, cut, label="DATE"), Span(doc, cut, ent.end, label="PERSON")]


def _date_word(word: Token) -> bool:
    return word.lower_.rstrip(".") in MONTHS or word.lower_ in WEEKDAYS


def place_then_name(ent: Span) -> list[Span]:
    """ "Prime Minister of the Republic of Ruritania Ivan Petrov" read as one GPE: the place
    the gazetteer knows, then the name after it."""
    if ent.label_ != "GPE" or len(ent) < 3:
        return [ent]
    doc = ent.doc
    for cut in range(ent.end - 2, ent.start, -1):
        name = doc[cut : ent.end]
        if not all(word.is_title and word.tag_ == "NNP" for word in name):
            return [ent]
        if gazetteer.place(doc[ent.start : cut].text) is not None:
            return [Span(doc, ent.start, cut, label="GPE"), Span(doc, cut, ent.end, label="PERSON")]
    return [ent]


def office_object_then_name(ent: Span) -> list[Span]:
    """ "President of Ruritania Ivo Marek", "Minister for Maritime Affairs Ivo Marek" read as
    one name (or one organisation): the country or portfolio the office is of ends before the
    name."""
    doc = ent.doc
    if ent.label_ not in ("PERSON", "ORG", "NORP") or not _after_office_link(ent):
        return [ent]
    # "chairman of the Ruritania Labour Party": a name that ends in a body's noun is the body.
    if doc[ent.end - 1].lower_ in cue_words("body_noun"):
        return [ent]
    for cut in range(ent.end - 2, ent.start, -1):
        if _in_hyphened_word(doc[cut]):  # "Ivo-Jan Marek" is not cut inside "Ivo-Jan"
            continue
        if not all(_name_part(word) for word in doc[cut : ent.end]):
            return [ent]
        served = doc[ent.start : cut]
        if gazetteer.place(served.text) is not None:
            return [Span(doc, ent.start, cut, label="GPE"), Span(doc, cut, ent.end, label="PERSON")]
        if served[-1].tag_ == "NNPS":  # "Affairs", "Relations": a portfolio, not a name
            return [Span(doc, cut, ent.end, label="PERSON")]
        if served[-1].lower_ in cue_words("body_noun"):  # "the Tarn Commission Ivo Marek"
            return [Span(doc, ent.start, cut, label="ORG"), Span(doc, cut, ent.end, label="PERSON")]
        if _object_apart_from_name(served[-1], doc[cut : ent.end]):
            return [Span(doc, cut, ent.end, label="PERSON")]
    return [ent]


def place_with_name(ent: Span) -> list[Span]:
    """ "Held talks at the Palace of the Nation with Prince Ivo Marek" read as one building: a
    place or body runs on no "with"; the titled name after it is a person of its own."""
    doc = ent.doc
    if ent.label_ == "PERSON":
        return [ent]
    link = next((word.i for word in ent[1:-1] if word.lower_ == "with"), None)
    if link is None:
        return [ent]
    start = link + 1
    while start < ent.end and doc[start].lower_ in title_words() | honorific_words():
        start += 1
    name = doc[start : ent.end]
    if start == link + 1 or not name or not all(_name_part(word) for word in name):
        return [ent]
    return [Span(doc, ent.start, link, label=ent.label_), Span(doc, start, ent.end, label="PERSON")]


def _object_apart_from_name(served: Token, name: Span) -> bool:
    """ "Leader of the Nation Ivo Marek": the parse ends what the office is of at the object
    of its "of", and hangs none of the name's words on that object."""
    linked = served.dep_ == "pobj" and served.head.lower_ in OFFICE_LINKS
    return linked and all(word.head.i != served.i for word in name)


def _after_office_link(ent: Span) -> bool:
    """Whether `ent` begins what an office is of: "President of (the) Ruritania ...",
    "Presidents of Ruritania and Osterlich Ivo Marek and ..." (past the other countries),
    "Minister of Foreign Affairs Ivo Marek" (past the portfolio's words the model left out)."""
    doc = ent.doc
    link = ent.start - 1
    while link > 0 and _portfolio_word(doc[link]):
        link -= 1
    link -= int(link > 0 and doc[link].lower_ == "the")
    while link > 0 and (doc[link].lower_ in ("and", ",") or doc[link].ent_type_ == "GPE"):
        link -= 1
    if link < 1 or doc[link].lower_ not in OFFICE_LINKS:
        return False
    return doc[link - 1].lemma_.lower() in role_words()


def _portfolio_word(word: Token) -> bool:
    """ "Foreign" of "Minister of Foreign Affairs Ivo Marek", left out of the name read."""
    capitalised = word.is_title and word.tag_ in ("NNP", "JJ")
    return capitalised and not word.ent_type_ and bool(word.whitespace_)


def _name_part(word: Token) -> bool:
    return (word.is_title and word.tag_ == "NNP") or _joins_hyphened_word(word)


def _joins_hyphened_word(word: Token) -> bool:
    """The hyphen inside "Ivo-Jan", printed without spaces."""
    doc = word.doc
    inside = 0 < word.i < len(doc) - 1 and not doc[word.i - 1].whitespace_
    return word.text == "-" and inside and not word.whitespace_


def _in_hyphened_word(word: Token) -> bool:
    before = word.doc[word.i - 1] if word.i > 0 else None
    return _joins_hyphened_word(word) or (before is not None and _joins_hyphened_word(before))


def source_then_name(ent: Span) -> list[Span]:
    """ "According to Tarn Radio, Lund will travel ..." read as one name across the comma:
    a name holds no comma, and the outlet before it is the report's source, not a party."""
    doc = ent.doc
    comma = next((word.i for word in ent[1:-1] if word.text == ","), None)
    if ent.label_ not in ("PERSON", "ORG") or comma is None:
        return [ent]
    source, name = doc[ent.start : comma], doc[comma + 1 : ent.end]
    known = alias_index().get(fold(source.text))
    cited = ent.start > 1 and doc[ent.start - 2 : ent.start].text.lower() == "according to"
    named = all(word.is_title and word.lower_ not in title_words() for word in name)
    if not (named and (cited or (known is not None and known.outlet))):
        return [ent]
    return [
        Span(doc, source.start, source.end, label="ORG"),
        Span(doc, name.start, name.end, label="PERSON"),
    ]


def heads_a_state(phrase: Span) -> bool:
    return heads_a_state_words([token.lower_ for token in phrase])


def heads_a_state_words(lowered: list[str]) -> bool:
    """`heads_a_state` on words already lowercased: "head of government"."""
    return len(lowered) >= 3 and lowered[-3:-1] == ["head", "of"] and lowered[-1] in LEADER_OFFICES
