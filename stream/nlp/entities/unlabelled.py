"""Words the model left unlabelled or mislabelled as people or places: bare place words,
surnames told alone, names extended leftwards over a title or portfolio.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from spacy.attrs import LOWER, POS
from spacy.tokens import Doc, Span, Token

from stream.nlp import gazetteer
from stream.nlp.doctext import indices_where
from stream.nlp.entities.extents import MAX_PLACE_WORDS, _range
from stream.nlp.entities.matchers import (
    LEADER_OFFICE_WORDS,
    OFFICE_LINKS,
    PERSON_MISREADINGS,
    PLACE_LABELS,
    REGNAL_NUMERALS,
)
from stream.nlp.entities.office_names import heads_a_state_words, style_phrase_end
from stream.nlp.entities.owners import (
    after_line_break,
    bare_name_word,
    names_a_body,
    title_word,
)
from stream.nlp.entities.sites import after_a_title, gone_to_or_stayed_in
from stream.nlp.lexicon import (
    alias_index,
    clergy_words,
    cue_words,
    fold,
    honorific_words,
    role_words,
    title_lists,
    title_words,
)


def person_words(spans: Iterable[Span]) -> dict[str, frozenset[int]]:
    """Words of the names the model gave people in more than one word ("Abraham Lincoln"),
    each with where those names begin."""
    found: dict[str, set[int]] = {}
    for span in spans:
        if span.label_ == "PERSON" and len(span) > 1:
            for word in span:
                found.setdefault(word.lower_, set()).add(span.start)
    return {word: frozenset(starts) for word, starts in found.items()}


def two_people_paired(ent: Span, people: Mapping[str, frozenset[int]]) -> bool:
    """ "The Lund-Berg summit": two surnames the story gives two different people, joined by
    a hyphen, name a pairing, not a third person whom "Mr Berg" would then resolve to."""
    if ent.label_ != "PERSON" or len(ent) != 3 or ent[1].text not in ("-", "\u2013"):
        return False
    first = people.get(ent[0].lower_, frozenset()) - {ent.start}
    second = people.get(ent[2].lower_, frozenset()) - {ent.start}
    return bool(first) and bool(second) and first.isdisjoint(second)


def person_and_body(ent: Span, people: Mapping[str, frozenset[int]]) -> list[Span]:
    """ "With Lund and European Commission President X" read as one body "Lund and European
    Commission": a name the story gives a person, then "and", is that person and a body."""
    if ent.label_ == "PERSON":
        return [ent]
    cut = next((word.i for word in ent[1:-1] if word.lower_ == "and"), None)
    if cut is None or not all(word.lower_ in people for word in ent.doc[ent.start : cut]):
        return [ent]
    doc = ent.doc
    person = Span(doc, ent.start, cut, label="PERSON")
    return [person, Span(doc, cut + 1, ent.end, label=ent.label_)]


def unlabelled_places(doc: Doc, people: Mapping[str, frozenset[int]]) -> list[Span]:
    """Runs of proper nouns the model left unlabelled where a place goes: "arrived in Apia",
    "the regional forum in Hoi An", "send soldiers to Kigoma"."""
    found = []
    # Only a proper noun begins a place: found in one pass over the Doc.
    proper = set(indices_where(doc, POS, frozenset({"PROPN"})))
    start = 0
    while start < len(doc):
        if start not in proper:
            start += 1
            continue
        end = start
        while end < len(doc) and end - start < MAX_PLACE_WORDS and _bare_place_word(doc[end]):
            end += 1
        if end > start:
            span = Span(doc, start, end, label="GPE")
            if gone_to_or_stayed_in(span, people):
                found.append(span)
        start = max(end, start + 1)
    return found


def _bare_place_word(word: Token) -> bool:
    return (
        word.is_title
        and word.pos_ == "PROPN"
        and not word.ent_type_
        and word.lower_ not in title_words()
        and not after_line_break(word)
    )


def body_then_place(ent: Span) -> list[Span]:
    """ "Lusaka for Harare", "the Regional Energy Forum in Chile" read as
    one organisation: the place after "for", "in" or "to", as far as a comma, is a place the
    gazetteer knows; so may be what comes before it."""
    if ent.label_ != "ORG" or len(ent) < 3:
        return [ent]
    doc = ent.doc
    for cut in ent[1:-1]:
        if cut.lower_ not in ("in", "for", "to"):
            continue
        end = next((w.i for w in doc[cut.i + 1 : ent.end] if w.is_punct), ent.end)
        tail = doc[cut.i + 1 : end]
        known = gazetteer.place(tail.text) if len(tail) else None
        if known is None or known.kind not in ("city", "country"):
            continue
        if known.kind == "city" and not gazetteer.prominent_city(known):
            continue
        head = doc[ent.start : cut.i]
        before = gazetteer.place(head.text)
        label = "GPE" if before is not None and before.kind in ("city", "country") else "ORG"
        return [
            Span(doc, ent.start, cut.i, label=label),
            Span(doc, tail.start, tail.end, label="GPE"),
        ]
    return [ent]


def name_goes_past(span: Span, others: Iterable[Span]) -> bool:
    """ "President Ivo" known in "President Ivo Marek", which the model read as "Ivo Marek":
    the known form, a title and a given name, is cut short of the name the model found."""
    return span.label_ == "PERSON" and any(
        other.label_ == "PERSON"
        and span.start < other.start < span.end < other.end
        and all(word.lower_ in title_words() for word in span.doc[span.start : other.start])
        for other in others
    )


def inside_any(span: Span, others: Iterable[Span]) -> bool:
    return any(o.start <= span.start and span.end <= o.end and len(o) > len(span) for o in others)


def person_extended_left(ent: Span) -> Span:
    return _extend_left(ent) if ent.label_ == "PERSON" else ent


def _extend_left(ent: Span) -> Span:
    """A person's given names the model left out: "counterpart Amina Akinyi Odera" read as
    "Odera"."""
    doc, start = ent.doc, ent.start
    # "Ministry Spokeswoman Ivo Marek": the words before a title the model kept are the
    # office's, not given names.
    if title_word(doc[start]):
        return ent
    while start > 0 and bare_name_word(doc[start - 1]) and doc[start - 1].dep_ == "compound":
        start -= 1
    if start < ent.start and _in_portfolio(doc[start]):
        start = _after_portfolio(doc[start : ent.start])
    return ent if start == ent.start else Span(doc, start, ent.end, label=ent.label_)


def _after_portfolio(words: Span) -> int:
    """Where given names begin after a portfolio: "Affairs", "Relations" end one, as a
    plural no given name takes; without such a word, nothing tells where it ends."""
    plurals = [word.i for word in words if word.tag_ == "NNPS"]
    return plurals[-1] + 1 if plurals else words.end


def _in_portfolio(word: Token) -> bool:
    """ "Commissioner for Fisheries and Oceans Ivo Varko", "Minister of State for Maritime
    Affairs Ivo Varko", "Minister in the Presidency Ivo Varko": capitalised words after an
    office's "for", "of" or "in (the)" name its portfolio, not the holder's given names."""
    doc, before = word.doc, word.i - 1
    while before > 0 and (doc[before].is_title or doc[before].lower_ in ("and", "&")):
        if doc[before].lower_ in title_words():
            return False
        before -= 1
    before -= int(before > 0 and doc[before].lower_ == "the")
    if doc[before].lower_ not in OFFICE_LINKS | {"in"}:
        return False
    return any(map(office_word, doc[max(0, before - LEADER_OFFICE_WORDS) : before]))


def surnames_as_people(spans: list[Span]) -> list[Span]:
    """ "Carvalhal arrived in Quito": a one-word GPE the gazetteer does not know, or knows only
    as a small town ("Whitby", "Ferreira"), that ends a person's full name in the same story
    is that person, told by surname. So is a name the story gives a person alone after a
    title ("President Tolu ... Tolu's first visit")."""
    surnames = _story_surnames(spans)
    taken = {i for span in spans for i in _range(span)}
    return [_surname_as_person(span, surnames, taken) for span in spans]


def surnames_left_unlabelled(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Mr Lindqvist flew on to Orsa": a surname of the story's people the model left
    unlabelled, standing alone rather than in a longer name, is that person."""
    surnames = _story_surnames(spans)
    return [
        Span(doc, word.i, word.i + 1, label="PERSON")
        for word in (doc[i] for i in indices_where(doc, LOWER, frozenset(surnames)))
        if bare_name_word(word) and _stands_alone(word)
    ]


def _stands_alone(word: Token) -> bool:
    """Not a word of a longer name: "the Lindqvist Prize", "Lindqvist-Berg" or "Dar-e Lindqvist"
    name other things."""
    doc = word.doc
    before = doc[word.i - 1] if word.i > 0 else None
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    return (
        (before is None or (before.whitespace_ and before.pos_ != "DET" and not _in_a_name(before)))
        and (after is None or not (bare_name_word(after) or after.text == "-"))
        and word.dep_ != "compound"
    )


def _in_a_name(word: Token) -> bool:
    """A given name, or a particle a longer name runs through ("Maidan-e", "al", "von")."""
    return bare_name_word(word) or (word.pos_ == "PROPN" and word.is_lower)


def _story_surnames(spans: list[Span]) -> set[str]:
    people = [span for span in spans if span.label_ == "PERSON"]
    surnames = {span[-1].lower_ for span in people if len(span) > 1 or after_a_title(span)}
    return surnames | _family_names_first(people, spans)


def _family_names_first(people: list[Span], spans: list[Span]) -> set[str]:
    """ "President Park Min-ho ... Park said": a story that prints a full name's first word
    alone and never its last one shortens it to the first, as with a family name told first
    or a leader known by a given name; the last word then names no one by itself."""
    alone = {span[0].lower_ for span in spans if len(span) == 1}
    return {
        span[0].lower_
        for span in people
        if len(span) > 1 and span[0].is_title and span[-1].lower_ not in alone
    }


def _surname_as_person(span: Span, surnames: set[str], taken: set[int]) -> Span:
    """ "Ivo Varga and the First Lady, Ana Varga, landed": the model may read the companion's
    surname alone as an organisation and leave her given names out; with them it names a
    person of her own, whom no short form of "Ivo Varga" would reach. Told alone, a surname
    the model read as a body no alias names is the person's ("Lindqvist said")."""
    if len(span) != 1 or span[0].lower_ not in surnames:
        return span
    if _obscure_place(span[0]) or _surname_read_as_a_thing(span[0]):
        return Span(span.doc, span.start, span.end, label="PERSON")
    named = _extend_left(span)
    if span.label_ in PLACE_LABELS or taken.intersection(range(named.start, span.start)):
        return span
    if named.start == span.start:
        return _unknown_body_as_person(span)
    return Span(span.doc, named.start, span.end, "PERSON")


def _unknown_body_as_person(span: Span) -> Span:
    if span.label_ != "ORG" or alias_index().get(fold(span.text)) is not None:
        return span
    return Span(span.doc, span.start, span.end, label="PERSON")


def _obscure_place(word: Token) -> bool:
    """A GPE word no reader would take for a place before a person of that surname: one the
    gazetteer does not know, or a town that is neither a capital nor a big city."""
    return word.ent_type_ == "GPE" and _unknown_or_small_town(word.text)


def _unknown_or_small_town(name: str) -> bool:
    known = gazetteer.place(name)
    return known is None or (known.kind == "city" and not gazetteer.prominent_city(known))


def _surname_read_as_a_thing(word: Token) -> bool:
    """A surname the model read as a people, a region, a product or a work ("Lind" read as a
    nationality), which the gazetteer knows as no more than a small town and which names no
    nationality ("Swedish" stays one). A body's name is left to the words before it."""
    if word.ent_type_ not in PERSON_MISREADINGS - {"ORG", "GPE"}:
        return False
    return _unknown_or_small_town(word.text) and gazetteer.country_of_demonym(word.text) is None


# What the model may read a regnal name as: a date ("Ingrid II", the numeral taken for a
# day's), a body or a people. An event ("World War II") or a place ("Vell II Park") keeps its
# label, and so does a name of it.
REGNAL_MISREADINGS = frozenset({"DATE", "ORG", "NORP", "PRODUCT", "WORK_OF_ART"})


def regnal_person(ent: Span) -> Span:
    """ "Queen Alda II of Vell", "Alaric VI made a state visit": given names and a regnal number
    are a monarch's or a pope's name, however the model labels them."""
    if ent.label_ not in REGNAL_MISREADINGS or not regnal_name(list(ent)):
        return ent
    return Span(ent.doc, ent.start, ent.end, label="PERSON")


def titled_person(ent: Span) -> Span:
    """A role word or forms of address and a name read as an organisation: "Administrator
    Power", "Head of Government Ivo Marek" and "H.E. Mr. Ivo Marek" are people."""
    if ent.label_ == "PERSON":  # before the words: a Token for each costs more than the test
        return ent
    # "The Rev Ivo Marek": the model may take the article into what it reads as a body.
    titled = ent[1:] if len(ent) > 1 and ent[0].lower_ == "the" else ent
    words = list(titled)
    lowered = [word.lower_ for word in words]  # once, for the two tests below
    addressed = _forms_of_address(titled)
    if addressed:
        office = addressed
    elif heads_a_state_words(lowered[:LEADER_OFFICE_WORDS]):
        office = LEADER_OFFICE_WORDS
    elif lowered[0] in role_words() | clergy_words() or _rank_before_a_name(words):
        office = 1
    else:
        return _name_after_qualified_role(ent)
    name = words[office:]
    # "The King Omar Hotel": a site named after a titled person is the site.
    if not name or name[-1].lower_ in cue_words("facility") | cue_words("landmark"):
        return ent
    if proper_name(name) or regnal_name(name):
        return Span(ent.doc, ent.start, ent.end, label="PERSON")
    return ent


def _rank_before_a_name(words: list[Token]) -> bool:
    """ "General de Lind", "Admiral Ivo Lind": a military rank before a name of two words or
    more. One capitalised word after a rank may name a firm ("General Motors"), and a word for
    a body names one ("General Assembly")."""
    if len(words) < 3 or words[0].lower_ not in title_lists()["title.military_rank"]:
        return False
    return not any(word.lower_ in cue_words("body_noun") for word in words)


def proper_name(name: list[Token]) -> bool:
    """ "Ivo Marek", and "Ana de Lind" or "Omar al-Vell": capitalised words that are no title,
    with the particles and joining hyphens a name holds between them. After a title the
    surname alone may open with its particle: "General de Lind"."""
    particles = cue_words("name_particle")
    if not (name[0].is_title or name[0].text in particles) or not name[-1].is_alpha:
        return False
    if name[-1].text in particles:
        return False
    return all(
        (word.is_title and word.lower_ not in title_words())
        or (at < len(name) - 1 and word.text in particles)
        or _joined_by_hyphen(word)
        for at, word in enumerate(name)
    )


def _joined_by_hyphen(word: Token) -> bool:
    """The hyphen of "Lind-Orrego" or "al-Vell", or the word it joins on: one word of a name."""
    doc, at = word.doc, word.i
    if word.text == "-":
        return 0 < at < len(doc) - 1 and not word.whitespace_ and not doc[at - 1].whitespace_
    return at > 0 and doc[at - 1].text == "-" and not doc[at - 1].whitespace_ and word.is_alpha


def _forms_of_address(ent: Span) -> int:
    """How many words of forms of address begin the span: "H.E. Mr.", or a style of several
    words such as "Imperial Majesty" (the model leaves its "His" outside)."""
    at = ent.start
    while at < ent.end:
        if ent.doc[at].lower_ in honorific_words():
            at += 1
        elif (style_end := style_phrase_end(ent.doc, at)) is not None and style_end <= ent.end:
            at = style_end
        else:
            break
    return at - ent.start


def _name_after_qualified_role(ent: Span) -> Span:
    """ "The Ecumenical Patriarch X and", "Grand Mufti X": a role with a word before it, then
    a name, read as an organisation or a thing (with whatever the model swept in around it) is that
    name, a person."""
    words = [word for word in ent if word.lower_ != "the"]
    while words and (words[-1].is_punct or words[-1].dep_ == "cc"):
        words.pop()
    # "Crown Prince X" read as a product: a place ("Grand Duke Y" may be a town's) keeps its label.
    if ent.label_ not in PERSON_MISREADINGS - PLACE_LABELS or len(words) < 3:
        return ent
    if not words[0].is_title or words[1].lower_ not in role_words():
        return ent
    name = words[2:]
    if names_a_body(ent) or name[-1].lower_ in cue_words("facility"):
        return ent  # "the Royal Prince Vell Hospital" is a place
    if not all(w.is_title and w.tag_ == "NNP" and w.lower_ not in title_words() for w in name):
        return ent
    return Span(ent.doc, name[0].i, name[-1].i + 1, label="PERSON")


def regnal_name(name: list[Token]) -> bool:
    """ "King Harald V", "Pope Leo XIV": a name and the monarch's regnal number."""
    *given, number = name
    regnal = number.is_upper and set(number.text) <= REGNAL_NUMERALS
    return bool(given) and regnal and all(w.is_title for w in given)


def office_word(word: Token) -> bool:
    return word.is_title and word.tag_ == "NNP" and word.lemma_.lower() in role_words()
