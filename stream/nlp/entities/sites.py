"""Places told by what is done there: sites beside their city, buildings named after a
person, towns of a country named with it, and where someone went or stayed. Used to repair
places the model labelled as something else.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from stream.nlp import gazetteer
from stream.nlp.doctext import all_children, indices_where
from stream.nlp.entities.owners import PLACE_KIND_NOUNS, SETTLEMENT_NOUNS, names_a_body
from stream.nlp.gazetteer import Place
from stream.nlp.lexicon import cue_words, fold, office_styles, role_words, title_words


def names_told_again(doc: Doc, spans: list[Span]) -> list[Span]:
    """A full name the model found once and missed elsewhere in the story: the same words,
    unlabelled, are the same person."""
    names: dict[str, list[tuple[str, ...]]] = {}
    for span in spans:
        if span.label_ == "PERSON" and len(span) > 1:
            names.setdefault(span[0].lower_, []).append(tuple(w.lower_ for w in span))
    found = []
    for word in (doc[i] for i in indices_where(doc, LOWER, frozenset(names))):
        for name in names[word.lower_] if not word.ent_type_ else ():
            end = word.i + len(name)
            if end <= len(doc) and tuple(w.lower_ for w in doc[word.i : end]) == name:
                found.append(Span(doc, word.i, end, label="PERSON"))
    return found


def places_read_as_people(spans: list[Span], people: Mapping[str, frozenset[int]]) -> list[Span]:
    """ "Crossed into Orlo in the morning ... Orlo was the last stop": the model reads a town's
    name as a person where its sentence gives no cue, though elsewhere in the story it reads
    the same name as a place. The story's own place reading wins when the gazetteer knows the
    name as a town, a region or a country and no person of the story bears it in a longer name
    ("Lincoln" of "Abraham Lincoln")."""
    places = {fold(span.text) for span in spans if span.label_ == "GPE"}
    return [
        Span(span.doc, span.start, span.end, label="GPE")
        if (span.label_ == "PERSON" and _a_place_of_the_story(span, places, people))
        or (span.label_ == "PERSON" and _home_of_the_one_named_before(span, people))
        or (span.label_ == "ORG" and _town_gone_to(span))
        else span
        for span in spans
    ]


def _home_of_the_one_named_before(span: Span, people: Mapping[str, frozenset[int]]) -> bool:
    """ "President Arvo Lind of Norlund": the model may read a country the gazetteer does not
    know as a person; a lone word told by "of" right after a person's name is where that
    person is from, unless a person of the story bears it in a longer name."""
    of = span.root.head
    name = of.head
    return (
        len(span) == 1
        and span.root.dep_ == "pobj"
        and of.lower_ == "of"
        and of.i == span.start - 1
        and name.i == of.i - 1
        and name.ent_type_ == "PERSON"
        and span[0].lower_ not in people
    )


def _town_gone_to(span: Span) -> bool:
    """ "Drove 60 miles south to Orlo": the model may read a town as a body; a name a trip is
    told going to or into, that the gazetteer knows as a place, is the place reached."""
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.lower_ not in ("to", "into"):
        return False
    verb = prep.head
    while verb.dep_ in ("advmod", "npadvmod") and verb.head.i != verb.i:
        verb = verb.head  # "south to Orlo", "60 miles to Orlo"
    known = gazetteer.place(span.text)
    motion = verb.pos_ == "VERB" and verb.lemma_ in cue_words("motion")
    return motion and known is not None and known.kind in ("city", "country", "region")


def _a_place_of_the_story(
    span: Span, places: set[str], people: Mapping[str, frozenset[int]]
) -> bool:
    if fold(span.text) not in places or any(word.lower_ in people for word in span):
        return False
    known = gazetteer.place(span.text)
    return known is not None and known.kind in ("city", "country", "region")


def site_and_city(ent: Span) -> list[Span]:
    """The model reads "the Great Hall of the People in Beijing" as one site; the guide lists
    the site and the city it stands in as two places."""
    if ent.label_ != "FAC":
        return [ent]
    cut = next((t.i for t in ent[1:-1] if t.lower_ == "in" and t.dep_ == "prep"), None)
    if cut is None or not ent.doc[cut + 1].is_title:
        return [ent]
    doc = ent.doc
    return [Span(doc, ent.start, cut, label="FAC"), Span(doc, cut + 1, ent.end, label="GPE")]


def _label(ent: Span, people: Mapping[str, frozenset[int]]) -> str:
    if _named_after_title(ent):
        return "PERSON"
    label = _place_label(ent, people)
    if label == "ORG" and _names_an_occasion(ent):
        return "EVENT"
    # "The East Asia Summit": the model reads the region in it as a place. A retreat may be a
    # place; a summit so named never is.
    return "EVENT" if label in ("LOC", "FAC") and ent.root.lower_ == "summit" else label


def _named_after_title(ent: Span) -> bool:
    """ "The King and the Queen Consort, Ana, landed": a name set off by commas right after a
    title names its holder, whatever body the model took it for."""
    doc, start = ent.doc, ent.start
    if ent.label_ in ("PERSON", "GPE", "FAC") or names_a_body(ent) or start < 2:
        return False
    closed = ent.end < len(doc) and doc[ent.end].text == ","
    if doc[start - 1].text != "," or not closed or not all(word.is_title for word in ent):
        return False
    title = doc[start - 2]
    before = " ".join(word.lower_ for word in doc[max(0, start - 4) : start - 1])
    styled = any(before.endswith(style) for style in office_styles())
    return styled or (title.is_title and title.lower_ in role_words())


def _names_an_occasion(ent: Span) -> bool:
    """ "The Leaders' Roundtable Dialogue", "the Summit for Trade": a name headed by a word for
    an occasion names what happens, never a body that could meet or travel. Words that also
    name standing bodies ("Forum", "Assembly", "Conference") are left to the model."""
    return ent.root.lower_ in cue_words("occasion")


def _place_label(ent: Span, people: Mapping[str, frozenset[int]] | None = None) -> str:
    """Places the model mislabels: a "person" before "region" ("the Tver region") and the
    destination of a movement ("traveled to Tartu", "flew to Oran", "leaves for Hobart")."""
    following = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if ent.label_ in ("GPE", "PERSON") and _nationality_word(ent):
        return "NORP"
    if ent.label_ == "PERSON" and following is not None and following.lower_ in cue_words("region"):
        return "LOC"
    root = ent.root
    verb = root.head.head
    # "Flew to X", and "the tour takes him to X".
    moving = cue_words("motion") | cue_words("carrier")
    towards = root.head.lower_ in ("to", "into") and verb.lemma_ in moving
    leaving_for = root.head.lower_ == "for" and verb.lemma_ in cue_words("departure")
    # "A courtesy visit to President Tolu" goes to a person.
    titled = ent.label_ == "PERSON" and after_a_title(ent)
    if ent.label_ in ("PERSON", "NORP") and root.dep_ == "pobj" and (towards or leaving_for):
        return ent.label_ if titled else _town_or_building(ent)
    if ent.label_ == "ORG" and root.dep_ == "pobj" and (towards or leaving_for):
        # "will travel to X": a body is gone to only by the name of a city or a country, or
        # by a name too small for the gazetteer that its sentence tells is a place.
        known = gazetteer.place(ent.text)
        town = known is not None and known.kind in ("city", "country")
        return "GPE" if town or (known is None and told_as_a_place(ent)) else ent.label_
    if ent.label_ == "PERSON" and root.dep_ == "pobj" and root.head.lower_ in ("to", "in"):
        # "send soldiers to Vaduz": a city or country the gazetteer knows, where one goes.
        known = gazetteer.place(ent.text)
        return "GPE" if known is not None and known.kind in ("city", "country") else ent.label_
    if ent.label_ in ("PERSON", "ORG", "NORP") and gone_to_or_stayed_in(ent, people or {}):
        return "GPE"
    if ent.label_ in ("ORG", "PERSON") and _named_building_where(ent):
        return "FAC"
    return ent.label_


def _town_or_building(ent: Span) -> str:
    """ "Were driven to Velmar Palace", "flew to Orla Airport": a place gone to, named by a
    capitalised kind of building, is that building unless the gazetteer knows the name as a
    town; a surname such as "Hall" is never gone to."""
    head = ent.root
    building = head.i == ent.end - 1 and head.is_title and head.lower_ in cue_words("facility")
    return "FAC" if building and gazetteer.place(ent.text) is None else "GPE"


def _nationality_word(ent: Span) -> bool:
    """ "His Zembian counterpart", "the Zembian capital": a demonym the model read as a place
    or a person names a nationality; as either it would hide the country it names."""
    return (
        len(ent) == 1
        and gazetteer.country_of_demonym(ent.text) is not None
        and gazetteer.place(ent.text) is None
    )


def _named_building_where(ent: Span) -> bool:
    """ "A banquet at the Tamar Assembly Hall", "talks at Villa Serena", "received him at Qasr
    Al Marjan": a name that begins or ends with a kind of building, where something is held,
    is the building (a body or a person is met with or joined, not held at)."""
    root = ent.root
    at = root.dep_ == "pobj" and root.head.lower_ == "at"
    kinds = [word for word in (ent[0], ent[-1]) if word.is_title and len(ent) > 1]
    return at and any(word.lower_ in cue_words("facility") for word in kinds)


# Where a movement or a stay names its place: "flew to X", "arrived in X", "landed at X".
MOVEMENT_PREPOSITIONS = frozenset({"to", "into", "in", "at"})
# Verbs that send someone or something to a place, beyond the motion cues: "send troops to X".
SENDING = frozenset({"send", "deploy", "dispatch"})
# Nouns of a trip or a gathering whose place follows: "a visit to X", "a summit in X".
GATHERINGS = frozenset({"visit", "trip", "tour", "summit", "talks", "meeting", "conference"})
# Verbs whose object is the place gone to: "visited Tirana", "reached Cape Town".
GONE_TO_AS_OBJECT = frozenset({"visit", "reach"})
# The last word of a city's name that says what it is: "the New Federal Capital".
DESCRIBED_CITIES = frozenset({"capital", "city"})
# A place told by its distance and bearing from another: "X, some 100 kilometres west of Y".
BEARINGS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)
DISTANCE_UNITS = frozenset({"kilometre", "kilometer", "km", "mile"})


def gone_to_or_stayed_in(span: Span, people: Mapping[str, frozenset[int]]) -> bool:
    """A name the model read as a body or a person, or missed, where the parse says a place
    goes: "visited Tirana", "reached Durban", "travel to Kigoma", "will be in Apia", "a summit
    in Cusco", "the port of Mersin". After a movement or a gathering ("a summit in X", "a visit
    to X") any city or region the gazetteer knows will do (its 34k cities all have over 15,000
    people); elsewhere after "in" only a country, a capital or a big city, since many surnames
    and words are also towns ("Hamilton", "Deal"). A name the story also gives a person
    ("Lincoln" of "Abraham Lincoln") stays a person."""
    told_as_person = (people.get(word.lower_, frozenset()) - {span.start} for word in span)
    if any(told_as_person) or not span[0].is_title:
        return False
    root = _first_conjunct(span.root)
    moved = root.dep_ == "dobj" and root.head.lemma_ in GONE_TO_AS_OBJECT
    named = (
        root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and root.head.head.lemma_.lower() in SETTLEMENT_NOUNS
    )
    stayed = False
    if root.dep_ == "pobj" and root.head.lower_ in MOVEMENT_PREPOSITIONS:
        governor = root.head.head  # "travel to X", "a summit in X"
        going = cue_words("motion") | SENDING | GATHERINGS
        moved = moved or governor.lemma_.lower() in going
        stayed = root.head.lower_ == "in"
    if root.dep_ == "pobj" and root.head.lower_ == "for":
        moved = moved or root.head.head.lemma_ in cue_words("departure")
    if not (moved or named or stayed):
        return False  # most proper nouns: no gazetteer lookup
    known = gazetteer.place(span.text)
    if known is None and moved and len(span) > 1 and span[-1].lower_ in DESCRIBED_CITIES:
        return True  # "visit the New Federal Capital": a city named by what it is
    if known is None and moved and told_as_a_place(span):
        return True  # a village or a base too small for the gazetteer, told as one
    if known is None or known.kind not in ("city", "country", "region"):
        return False
    if moved or named:
        return known.kind != "region" or not named
    prominent = known.kind == "country" or gazetteer.prominent_city(known)
    return stayed and (prominent or _town_of_country_named_with(span, known))


def told_as_a_place(span: Span) -> bool:
    """ "Flew to X, a former airbase", "travelled to X, some 100 kilometres west of Y": the
    sentence says what kind of place the name is, or how far it lies from another."""
    root = span.root
    if any(c.dep_ == "appos" and c.lemma_.lower() in PLACE_KIND_NOUNS for c in all_children(root)):
        return True
    after = span.end + 1
    if after >= len(span.doc) or span.doc[span.end].lower_ != ",":
        return False
    return any(
        word.lower_ in BEARINGS
        and word.left_edge.i == after
        and any(c.lemma_.lower() in DISTANCE_UNITS for c in all_children(word))
        for word in span.doc[after : span.sent.end]
    )


def _town_of_country_named_with(span: Span, town: Place) -> bool:
    """ "Her trip was to Zembia, when she signed agreements in Kolo": a town the gazetteer
    places in a country its sentence names is that town, not a word or a surname."""
    if town.kind != "city":
        return False
    countries = (gazetteer.place(ent.text) for ent in span.sent.ents if ent.label_ == "GPE")
    return any(
        country is not None
        and country.kind == "country"
        and country.country_code == town.country_code
        for country in countries
    )


def _first_conjunct(word: Token) -> Token:
    """ "the cities of X and Y": Y stands where X does. When X is a hyphenated name
    ("Rostov-on-Don") the parse may hang Y on its last word; the name's first speaks."""
    if word.dep_ != "conj":
        return word
    while word.dep_ == "conj" and word.head != word:
        word = word.head
    doc = word.doc
    while word.i > 0 and doc[word.i - 1].text == "-" and not doc[word.i - 1].whitespace_:
        word = word.head
    return word


def after_a_title(span: Span) -> bool:
    """ "Foreign Minister Brekke", "Dr Tolu": a name told right after a title word."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.lower_ in title_words()
