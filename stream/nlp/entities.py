"""Entities: repairing the model's spans, then folding mentions into canonical entities.

Repair runs inside the pipeline (`newsstream_entity_repair_v1`); canonicalisation is a pure
function over the repaired Doc. Names, outlets and spelling variants come from
`patterns/aliases.jsonl`, places from the gazetteer, titles from `patterns/titles.jsonl`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import takewhile

from spacy.attrs import DEP, ENT_TYPE, LOWER, POS
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from stream.contracts import Entity, EntityLabel, EntityRef, TextSpan
from stream.nlp import gazetteer
from stream.nlp.dateline import find_dateline
from stream.nlp.dates import MONTHS, WEEKDAYS
from stream.nlp.doctext import indices_where, text_of
from stream.nlp.gazetteer import Place, well_known_names
from stream.nlp.lexicon import (
    AliasEntry,
    alias_entries,
    alias_index,
    cue_words,
    fold,
    honorific_words,
    leader_words,
    office_styles,
    offices_of_kind,
    rank_words,
    role_words,
    slug,
    style_phrases,
    title_lists,
    title_words,
)

TITLES_KEY = "newsstream_titles"
# What a "head of" heads when the phrase stands for a leader.
LEADER_OFFICES = frozenset({"state", "government"})
_LEADER_OFFICE_WORDS = 3  # "head of state"
KEPT_LABELS = frozenset(label.value for label in EntityLabel) - {EntityLabel.DATE.value}
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Names of places and of the bodies housed in buildings: none runs on into a date.
NAMED_SITES = PLACE_LABELS | {"ORG"}
# Labels the model gives a bare surname it fails to see as a person ("met Dragičević" read as
# a title of a work), none of which the table keeps.
MISREAD_NAME_LABELS = frozenset({"", "WORK_OF_ART", "PRODUCT", "LAW", "LANGUAGE"})
# What a hyphen adds to a title before the name: "President-elect X".
TITLE_SUFFIXES = frozenset({"elect", "designate"})
PRONOUNS = frozenset({"he", "she", "his", "her", "him"})
# "he" and "his" refer back to the last person who was the subject of a clause.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
NATIONALITY_LABELS = ("NORP", "GPE")
# How far left of a name its office may reach: "Assistant Secretary of Defense for
# International Security Affairs Erik Nordby".
MAX_TITLE_WORDS = 10
OFFICE_LINKS = frozenset({"of", "for"})
GENERATION_SUFFIXES = frozenset({"jr.", "sr.", "jr", "sr"})
POSSESSIVES = frozenset({"'s", "\u2019s", "'", "\u2019"})
REGNAL_NUMERALS = frozenset("IVXL")
COUNTERPART_OWNERS = frozenset({"his", "her", "their"})
COUNTERPART_WORDS = frozenset({"counterpart", "counterparts"})
# The most words a short name in brackets after a full name may have.
MAX_SHORT_NAME_WORDS = 3
# The most words of a person's name printed after a country's possessive ("Ruritania's A B").
MAX_OWNED_NAME_WORDS = 4
# What stands between the names of a list.
LIST_JOINS = frozenset({",", "and", "&"})
CONJUNCT = frozenset({"conj"})
GPE = frozenset({"GPE"})
INDEFINITE_ARTICLES = frozenset({"a", "an"})
# Whose office a style before a name tells: "Ugandan President", "Union chairperson".
STYLE_OWNER_LABELS = frozenset({"NORP", "GPE", "ORG"})
# "son of", "daughter of": a name that runs on through one of these names the father as part
# of the person's own name ("Karim Idris ibni Sultan Yusuf").
PATRONYMIC_WORDS = frozenset({"bin", "ibn", "ibni", "binti", "bint"})
# "Dasho", "Lyonpo": an untranslated title runs to a word or two.
MAX_UNKNOWN_TITLE_WORDS = 2
# A ceremonial style before a name: "the Keeper of the Seven Seals King X".
MAX_STYLE_WORDS = 8
STYLE_LINKS = frozenset({"of", "the", "and"})
# What the model reads a listed person's name as: a site, a body, a country or a people.
CONJOINED_MISREAD_LABELS = frozenset({"FAC", "ORG", "GPE", "NORP"})


# --- repair (inside the pipeline) -------------------------------------------------------------


def alias_matcher(vocab: Vocab) -> PhraseMatcher:
    """Known names by exact spelling; the match id is the entry's index in `known_names()`."""
    matcher = PhraseMatcher(vocab)
    for number, entry in enumerate(known_names()):
        forms = sorted({entry.name, *entry.aliases})
        matcher.add(str(number), [Doc(vocab, words=form.split()) for form in forms])
    return matcher


def title_matcher(vocab: Vocab) -> TitleMatcher:
    """Role phrases that stand for a person: "the Russian President", "the Secretary",
    "Pakistan's prime minister"."""
    head = {"LOWER": {"IN": sorted(role_words())}, "ENT_TYPE": ""}
    modifier = {"LOWER": {"IN": sorted(title_words() - role_words())}, "OP": "*"}
    nationality = {"ENT_TYPE": {"IN": list(NATIONALITY_LABELS)}, "OP": "*"}
    # "The Latvian Prime Minister": a demonym the model read as an organisation, or as nothing.
    demonym = {"LOWER": {"IN": sorted(gazetteer.load().demonyms)}}
    owner = [{"ENT_TYPE": "GPE", "OP": "+"}, {"LOWER": {"IN": sorted(POSSESSIVES)}}]
    visiting = {"LOWER": "visiting", "OP": "?"}  # "the visiting premier": the guest
    hyphen = {"ORTH": "-", "OP": "?"}  # "the Peruvian vice-president": one office, hyphenated
    # "the head of state", "the Latvian head of government": a leader told by a phrase.
    leader = [{"LOWER": "head"}, {"LOWER": "of"}, {"LOWER": {"IN": sorted(LEADER_OFFICES)}}]
    # "The General", capitalised: an officer told by rank, as a later mention of the holder.
    rank = {"LOWER": {"IN": sorted(title_lists()["title.military_rank"])}, "IS_TITLE": True}
    roles = [
        [{"LOWER": "the"}, visiting, nationality, modifier, hyphen, head],
        [{"LOWER": "the"}, {**rank, "ENT_TYPE": ""}],
        [{"LOWER": "the"}, visiting, demonym, modifier, hyphen, head],
        [*owner, modifier, hyphen, head],
        [{"LOWER": "the"}, visiting, nationality, *leader],
        [{"LOWER": "the"}, visiting, demonym, *leader],
    ]
    # "The Holy Father", "His Majesty": a style that stands for the holder of an office.
    # "The heir to the Lorvian throne": a nationality may stand before the style's last word.
    styles = [
        [
            {"LOWER": "the", "OP": "?"},
            *({"LOWER": word, "ENT_TYPE": ""} for word in style.split()[:-1]),
            nationality,
            {"LOWER": style.split()[-1], "ENT_TYPE": ""},
        ]
        for style in office_styles()
        if " " in style
    ]
    # "his Togolese counterpart": whoever of that country holds a like office.
    owners = {"LOWER": {"IN": sorted(COUNTERPART_OWNERS)}}
    counterpart = {"LOWER": {"IN": sorted(COUNTERPART_WORDS)}}
    counterparts = [
        [owners, {"ENT_TYPE": {"IN": list(NATIONALITY_LABELS)}, "OP": "+"}, counterpart],
        [owners, demonym, counterpart],
    ]
    keyed = {"ROLE": roles, "STYLE": styles, "COUNTERPART": counterparts}
    # A style matches only where all its words stand, a counterpart phrase only at its word.
    rare_words = [style.split() for style in office_styles() if " " in style]
    rare_words += [[word] for word in COUNTERPART_WORDS]
    return TitleMatcher(vocab, keyed, rare_words)


class TitleMatcher:
    """The role-phrase Matcher, run without its rare keys on a doc that lacks their words.

    The style and counterpart patterns take most of the matching time yet seldom can match.
    Each key's matches are filtered on their own and a key without matches adds nothing,
    so leaving out keys that cannot match gives the very same matches in the same order."""

    def __init__(
        self, vocab: Vocab, keyed: Mapping[str, list[list[dict]]], rare: list[list[str]]
    ) -> None:
        self.full = Matcher(vocab)
        self.roles = Matcher(vocab)
        for key, patterns in keyed.items():
            self.full.add(key, patterns, greedy="LONGEST")
        self.roles.add("ROLE", keyed["ROLE"], greedy="LONGEST")
        self.rare = [frozenset(vocab.strings.add(word) for word in words) for words in rare]

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        lowers = set(doc.to_array(LOWER).tolist())
        rare_may_match = any(words <= lowers for words in self.rare)
        return (self.full if rare_may_match else self.roles)(doc)


def facility_matcher(vocab: Vocab) -> Matcher:
    """Named sites the model misses: "Kedrovy Cosmodrome", "Tamarind International Airport"."""
    matcher = Matcher(vocab)
    # "Presidential Palace", "Grand Palace": an adjective may begin the name.
    name = {"IS_TITLE": True, "ENT_TYPE": "", "POS": {"IN": ["PROPN", "ADJ"]}, "OP": "+"}
    site = {"LOWER": {"IN": sorted(cue_words("facility"))}, "IS_TITLE": True, "ENT_TYPE": ""}
    # "Korvo airbase": a proper name, then its kind in small letters.
    proper = {**name, "POS": "PROPN"}
    kind = {"LOWER": {"IN": sorted(cue_words("facility"))}, "IS_LOWER": True, "POS": "NOUN"}
    matcher.add("FAC", [[name, site], [proper, kind]], greedy="LONGEST")
    return matcher


@cache
def known_names() -> tuple[AliasEntry, ...]:
    """The alias table, then the gazetteer's best-known places: the model reads "Kyiv" as a
    person and "DPRK" as an organisation often enough to need telling."""
    places = (AliasEntry(name=name, label=EntityLabel.GPE) for name in well_known_names())
    return (*alias_entries(), *places)


def match_known_names(doc: Doc, matcher: PhraseMatcher) -> list[tuple[Span, AliasEntry]]:
    entries = known_names()
    return [
        (
            Span(doc, start, end, label=entries[int(doc.vocab.strings[key])].label.value),
            entries[int(doc.vocab.strings[key])],
        )
        for key, start, end in matcher(doc)
    ]


def repaired_entities(
    doc: Doc, known: Sequence[tuple[Span, AliasEntry]], sites: Sequence[Span]
) -> list[Span]:
    """The model's entities with their slips fixed, plus the outlets, names and sites it missed.

    Outlets from the alias table win over whatever the model said ("Yonhap" as NORP), and so
    do known names the model cut up ("Ryu Chol" + "Min"); a known name inside a longer
    entity ("US" in "US Senate") only fills a gap.
    """
    named = (
        _extend_name(_person_extended_left(_titled_person(_person_by_role(_division(ent)))))
        for ent in doc.ents
    )
    split = (part for ent in named for part in _date_then_name(ent))
    split = (part for ent in split for part in _place_then_name(ent))
    split = [part for ent in split for part in _office_object_then_name(ent)]
    split = [part for ent in split for part in _place_with_name(ent)]
    split = [part for ent in split for part in _source_then_name(ent)]
    named_people = _person_words(split)
    sited = (_site_named_before_its_kind(span, named_people) for span in map(_trim, split) if span)
    trimmed = [
        _named_street(
            _with_its_kind(
                _venue_named_in_full(_place_and_its_building(_site_read_as_person(span)))
            )
        )
        for span in sited
    ]
    fixed = [part for span in trimmed for part in _site_and_city(span)]
    # "Sheikh Tamim" known inside "the Emir Sheikh Tamim bin Hamad": the style trimmed off the
    # model's name leaves the known form half outside it, but it names no one else.
    whole = [*fixed, *(span for span in split if span.label_ == "PERSON")]
    first = [
        span
        for span, entry in known
        if entry.outlet or not (_inside_any(span, whole) or _name_goes_past(span, whole))
    ]
    chosen = _non_overlapping([], first)
    people = _person_words(fixed)
    fixed = [part for span in fixed for part in _body_then_place(span)]
    fixed = [part for span in fixed for part in _person_and_body(span, people)]
    fixed = [
        span
        for span in fixed
        if not _two_people_paired(span, people)
        and not _an_office(span)
        and not _offices_joined(span)
    ]
    relabelled = [Span(doc, span.start, span.end, label=_label(span, people)) for span in fixed]
    chosen = _non_overlapping(chosen, relabelled)
    chosen = _non_overlapping(chosen, _unlabelled_places(doc, people))
    chosen = _non_overlapping(chosen, [Span(doc, s.start, s.end, label="FAC") for s in sites])
    chosen = _non_overlapping(chosen, [*_titled_names(doc), *_names_after_office_of(doc)])
    chosen = _non_overlapping(chosen, _names_told_again(doc, chosen))
    chosen = _with_peers(doc, chosen)
    chosen = _names_joined_to_people(doc, chosen)
    chosen = _first_names_of_couples(doc, chosen)
    chosen = _people_owned_by_countries(doc, chosen)
    final = sorted(_headline_names_cut(_surnames_as_people(chosen)), key=lambda span: span.start)
    final = _countries_named_with_and(doc, _place_halves_joined(final))
    return [span for span in final if not _pair_of_places(span)]


def _countries_named_with_and(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "St Vincent and the Grenadines", "St Kitts and Nevis": a country whose name joins two
    by "and" is one place however the model cut it; apart, its halves read as a town, a
    person or nothing, and a list of stops breaks at its "and"."""
    # Only an "and" can be inside such a name: found in one pass over the Doc.
    ands = (doc[i] for i in indices_where(doc, LOWER, frozenset({"and"})))
    countries = [span for span in map(_country_around_and, ands) if span is not None]
    kept = [ent for ent in ents if not any(_overlap(ent, country) for country in countries)]
    return sorted([*kept, *countries], key=lambda span: span.start)


def _country_around_and(word: Token) -> Span | None:
    """The longest country name the gazetteer knows that has this "and" inside it."""
    if word.lower_ != "and":
        return None
    doc = word.doc
    # Docs read without a parser have no sentences; a name then stays within the doc.
    sentence = word.sent if doc.has_annotation("SENT_START") else doc[:]
    for start in range(max(word.i - 3, sentence.start), word.i):
        for end in range(min(word.i + 4, sentence.end), word.i + 1, -1):
            name = word.doc[start:end]
            whole = name[0].is_title and name[-1].is_alpha  # "Nevis." is the name and a stop
            known = gazetteer.place(name.text) if whole else None
            if known is not None and known.kind == "country":
                return Span(word.doc, start, end, label="GPE")
    return None


def _people_owned_by_countries(doc: Doc, ents: list[Span]) -> list[Span]:
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
        if ent.label_ == "PERSON" or not any(_overlap(ent, run) for run in listed)
    ]
    return _non_overlapping(kept, [Span(doc, r.start, r.end, label="PERSON") for r in listed])


def _names_joined_to_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "Envoys Ada Holm and Leo Berg", "Ada Holm, Leo Berg and Ivo Marek": the model may read
    one name of a list of people as a site or a body, or pass it by. A proper name of a given
    name and a surname that the parse joins by "and" or a comma to a person's is a person too,
    unless it names a body or a place."""
    people = {word.i for ent in ents if ent.label_ == "PERSON" for word in ent}
    # Only a conjunct or the head of one has a partner: spares most words their children.
    conjoined = {i for j in indices_where(doc, DEP, CONJUNCT) for i in (j, doc[j].head.i)}
    found = [
        name
        for word in (doc[i] for i in sorted(conjoined))
        if word.i not in people
        and _joined_to_person(word, people)
        and (name := _full_name_at(word, ents)) is not None
    ]
    if not found:
        return ents
    taken = {i for name in found for i in _range(name)}
    return [*(ent for ent in ents if taken.isdisjoint(_range(ent))), *found]


def _first_names_of_couples(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "Anders and Mette Holm landed": the model often reads the lone first name before "and"
    as a common noun. A capitalised word of no entity that the parse joins to a person's full
    name printed right after "and" is a person, the first of a couple sharing the surname."""
    taken = {i for ent in ents for i in _range(ent)}
    starts = {ent.start: ent for ent in ents if ent.label_ == "PERSON" and len(ent) > 1}
    # Only a word before an "and" can be the first: found in one pass over the Doc.
    ands = indices_where(doc, LOWER, frozenset({"and"}))
    found = [
        Span(doc, word.i, word.i + 1, label="PERSON")
        for word in (doc[i - 1] for i in ands if 0 < i < len(doc) - 1)
        if word.i not in taken
        and (partner := starts.get(word.i + 2)) is not None
        and partner.root.dep_ == "conj"
        and partner.root.head.i == word.i
        and _could_be_first_name(word)
    ]
    return sorted([*ents, *found], key=lambda span: span.start) if found else ents


def _could_be_first_name(word: Token) -> bool:
    """A capitalised word that is no title, known name, body or place."""
    if not (word.is_alpha and _capitalised(word)) or word.lower_ in title_words():
        return False
    if fold(word.text) in alias_index() or gazetteer.place(word.text) is not None:
        return False
    return word.lower_ not in cue_words("body_noun")


def _joined_to_person(word: Token, people: set[int]) -> bool:
    """Whether the parse makes this word a conjunct of a person's, either way round."""
    partners = [child for child in word.children if child.dep_ == "conj"]
    if word.dep_ == "conj":
        partners.append(word.head)
    return any(_stands_for_person(partner, people) for partner in partners)


def _stands_for_person(word: Token, people: set[int]) -> bool:
    """A person's name, or the office a name is set beside: the parse of "adviser Ivo Marek
    and Sudland's minister Ada Holm" joins the name to "minister", not to "Ada Holm"."""
    if word.i in people:
        return True
    return word.lower_ in title_words() and any(
        child.dep_ in ("appos", "compound") and child.i in people for child in word.children
    )


def _full_name_at(word: Token, ents: list[Span]) -> Span | None:
    """The name whose last word this is, if it reads as a person's: two to four capitalised
    proper nouns, not a known place, alias or body."""
    doc = word.doc
    held = next((ent for ent in ents if ent.start <= word.i < ent.end), None)
    if held is not None and (held.label_ not in CONJOINED_MISREAD_LABELS or held.end != word.i + 1):
        return None
    start = held.start if held is not None else word.i
    while held is None and start > 0 and _bare_name_word(doc[start - 1]):
        start -= 1
    name = doc[start : word.i + 1]
    if not 2 <= len(name) <= MAX_OWNED_NAME_WORDS or not all(map(_name_word, name)):
        return None
    if name[-1].tag_ == "NNPS":  # "Vell Holdings": a surname is never a plural
        return None
    if _names_a_body(name) or fold(name.text) in alias_index():
        return None
    # The parse may join a list of people to the site they were received at.
    if any(w.lower_ in cue_words("facility") or w.lower_ in PLACE_KIND_NOUNS for w in name):
        return None
    if gazetteer.place(name.text) is not None or any(_country_or_region(w.text) for w in name):
        return None
    return Span(doc, name.start, name.end, label="PERSON")


def _name_owned_by_country(owner: Token) -> Span | None:
    """The proper name printed after "<country>'s", up to the first word that is no name's."""
    doc = owner.doc
    marker = owner.i + 1
    if marker >= len(doc) or doc[marker].lower_ not in POSSESSIVES:
        return None
    if not _country_or_region(_owner_name(owner)):
        return None
    end = marker + 1
    while end < len(doc) and (_name_word(doc[end]) or _joins_name(doc, end)):
        end += 1
    name = doc[marker + 1 : end]
    words = [word for word in name if _name_word(word)]
    if not 2 <= len(words) <= MAX_OWNED_NAME_WORDS or not _name_word(name[-1]):
        return None
    if end < len(doc) and doc[end].lower_ in POSSESSIVES:
        return None
    return None if _names_a_body(name) else name


def _name_word(word: Token) -> bool:
    return word.is_title and word.tag_ in ("NNP", "NNPS") and word.lower_ not in title_words()


def _joins_name(doc: Doc, at: int) -> bool:
    """The hyphen inside a name ("Akufo-Addo")."""
    return doc[at].text in ("-", "\u2013") and not doc[at - 1].whitespace_


def _owner_name(owner: Token) -> str:
    """The owner's whole name: its entity, else the hyphened words it ends ("Guinea-Bissau")."""
    named = entity_span(owner)
    return named.text if named is not None else owner.doc[_owner_start(owner) : owner.i + 1].text


def _owner_start(owner: Token) -> int:
    named = entity_span(owner)
    if named is not None:
        return named.start
    start = owner.i
    while start >= 2 and _joins_name(owner.doc, start - 1):
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
        or _country_or_region(w.text)
        for w in words
    )


def _overlap(first: Span, second: Span) -> bool:
    return first.start < second.end and second.start < first.end


def _place_halves_joined(ents: list[Span]) -> list[Span]:
    """The model cuts a place name printed with its accents at a word ("Hải" + "Phòng"): two
    places side by side whose joined name the gazetteer knows are that one place. Apart, a
    half can match a far-off place by a stray alternate spelling."""
    joined: list[Span] = []
    for ent in ents:
        last = joined[-1] if joined else None
        if last is not None and _halves_of_one_place(last, ent):
            joined[-1] = Span(ent.doc, last.start, ent.end, label="GPE")
        else:
            joined.append(ent)
    return joined


def _pair_of_places(span: Span) -> bool:
    """ "The Norway-Africa summit", "Zembia-Ruritania talks": two countries or regions joined
    by a dash name a relation between them, no place (the summit's own "in X" says where).
    A country of two names ("Guinea-Bissau") is one the gazetteer knows whole."""
    if span.label_ not in ("GPE", "LOC"):
        return False
    halves = re.split(r"\s*[-\u2013]\s*", span.text)
    if len(halves) != 2 or gazetteer.place(span.text) is not None:
        return False
    return all(_country_or_region(half) for half in halves)


def _country_or_region(name: str) -> bool:
    known = gazetteer.place(name)
    return (known is not None and known.kind == "country") or fold(name) in cue_words(
        "macro_region"
    )


def _halves_of_one_place(first: Span, second: Span) -> bool:
    if first.end != second.start or not {first.label_, second.label_} <= PLACE_LABELS:
        return False
    if first[-1].whitespace_ != " ":
        return False
    known = gazetteer.place(first.doc[first.start : second.end].text)
    return known is not None and known.kind in ("city", "country")


def _with_peers(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "He and the Duchess of Belmark toured the island": a peer told by the title alone is a
    person, whatever the model read the title or its territory as. Two peers told under one
    territory ("the Duke and Duchess of Belmark") are left alone: neither is named apart."""
    titles = (doc[i] for i in indices_where(doc, LOWER, cue_words("peerage")))
    peers = [peer for word in titles if (peer := _peer_at(word)) is not None]
    if not peers:
        return spans
    taken = {i for peer in peers for i in _range(peer)}
    return [*(span for span in spans if taken.isdisjoint(_range(span))), *peers]


def _peer_at(title: Token) -> Span | None:
    """ "Duchess of Belmark" after "the", its territory in capitalised words, no name after."""
    # The title first: it turns down almost every word without reaching for a neighbour.
    if not title.is_title or title.lower_ not in cue_words("peerage"):
        return None
    doc, start = title.doc, title.i
    if start == 0 or doc[start - 1].lower_ != "the":
        return None
    end = _peerage_end(title)
    if end is None or (end < len(doc) and doc[end].text == ","):
        return None  # "the Duke of Belmark, Prince Ado": the name set beside it is the party
    return Span(doc, start, end, label="PERSON")


def _peerage_end(title: Token) -> int | None:
    """Where "Duke of Belmark" ends: "of", then its territory in capitalised words."""
    doc, start = title.doc, title.i
    if start + 2 >= len(doc) or doc[start + 1].lower_ != "of":
        return None
    end = start + 2
    while end < len(doc) and end - start < MAX_PLACE_WORDS + 2 and doc[end].is_title:
        end += 1
    return end if end > start + 2 else None


def _headline_names_cut(spans: list[Span]) -> list[Span]:
    """ "Okoro Tells Harbour Square Crowd ...", "Mendes Visits Disputed Island": in a title-case
    headline every word is capitalised, so the model runs a name on into its verb and object.
    The story tells the same people again in sentence case: a headline name ends at the first
    word after a told one that no name in the story has."""
    people = [span for span in spans if span.label_ == "PERSON"]
    if not people:
        return spans
    text = text_of(people[0].doc)
    headlines = [span for span in people if _on_headline(span, text)]
    if not headlines:
        return spans
    told = {word.lower_ for span in people if span not in headlines for word in span}
    cut: dict[int, Span] = {}
    for span in headlines:
        start = _past_headline_verbs(span, told)
        end = next(
            (
                word.i
                for word in span.doc[start + 1 : span.end]
                if word.lower_ not in told
                and any(earlier.lower_ in told for earlier in span.doc[start : word.i])
            ),
            span.end,
        )
        if (start, end) != (span.start, span.end):
            cut[span.start] = Span(span.doc, start, end, label="PERSON")
    return [cut.get(span.start, span) if span.label_ == "PERSON" else span for span in spans]


def _past_headline_verbs(span: Span, told: set[str]) -> int:
    """ "Lind Lands in Vadum, Meets Renn": a headline's verb, capitalised and in its "-s"
    form, may open the name the model reads after it. Where the name starts past such words,
    which no name in the story has, when a word the story names someone by follows them."""
    start = span.start
    while (
        start < span.end - 1
        and span.doc[start].lower_ not in told
        and span.doc[start].lower_.endswith("s")
    ):
        start += 1
    return start if span.doc[start].lower_ in told else span.start


def _on_headline(span: Span, text: str) -> bool:
    """Whether a span stands on a line of the Doc's text set in title case or capitals: a
    headline or a slug."""
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    words = [word for word in re.findall(r"[^\W\d_]+", line) if len(word) > 3]
    # "Ivo Marek Returns Home after Talks in Lima": title case leaves its small words in
    # lower case, some of them longer than three letters.
    vocab = span.doc.vocab
    words = [word for word in words if not (word.islower() and vocab[word].is_stop)]
    return len(words) >= 3 and all(word[0].isupper() for word in words)


def _titled_names(doc: Doc) -> list[Span]:
    """Names the model missed after a title: "King Harald", "Minister Mbeki", "Head of State
    Keita"."""
    found = []
    roles = role_words()  # once per Doc, not once per word
    for title in doc[:-1]:
        if not title.is_title:  # before the slice: a Span for every word costs more than this
            continue
        if title.lower_ in roles:
            start = _after_compound_title(doc, title.i + 1)
        elif title.lower_ == "head" and _heads_a_state(
            office := doc[title.i : title.i + _LEADER_OFFICE_WORDS]
        ):
            start = office.end  # "Head of Government X"
        else:
            continue
        # "Empress Emerita Michiko", "Secretary General Ana Lind": more title words may follow.
        while start < len(doc) - 1 and doc[start].is_title and _title_word(doc[start]):
            start += 1
        set_off = start < len(doc) - 1 and doc[start].text == ","
        start += int(set_off)
        end = start
        while end < len(doc) and end - start < 3 and _bare_name_word(doc[end]):
            end += 1
        # "Lorvia's Foreign Minister, Ivo Marek.": a name set off after the office is a given
        # name and a surname closed by a stop, not a stray capital after a comma.
        closed = end < len(doc) and doc[end].text in (",", ".", ";")
        if end > start and (not set_off or (end - start > 1 and closed)):
            found.append(_extend_name(Span(doc, start, end, label="PERSON")))
    return found


def _after_compound_title(doc: Doc, start: int) -> int:
    """Where the name begins after the rest of a joined title: "Secretary-General X",
    "President-elect X"."""
    joined = start + 1 < len(doc) and doc[start].text == "-"
    rest = doc[start + 1].lower_ if joined else ""
    return start + 2 if rest in title_words() or rest in TITLE_SUFFIXES else start


def _names_after_office_of(doc: Doc) -> list[Span]:
    """Names the model missed after an office of a country, as state agencies print them:
    "President of the Republic of Ruritania Ivan Petrov"."""
    found = []
    countries = (doc[i] for i in indices_where(doc, ENT_TYPE, GPE) if i + 1 < len(doc))
    for country, name in ((country, doc[country.i + 1]) for country in countries):
        if not _bare_name_word(name) or _office_of(country) is None:
            continue
        end = name.i
        while end < len(doc) and end - name.i < 3 and _bare_name_word(doc[end]):
            end += 1
        if end - name.i > 1:  # a given name and a surname, not a stray capital
            found.append(Span(doc, name.i, end, label="PERSON"))
    return found


def _office_of(country: Token) -> Token | None:
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


def _date_then_name(ent: Span) -> list[Span]:
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


def _place_then_name(ent: Span) -> list[Span]:
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


def _office_object_then_name(ent: Span) -> list[Span]:
    """ "President of Ruritania Ivo Marek", "Minister for Maritime Affairs Ivo Marek" read as
    one name (or one organisation): the country or portfolio the office is of ends before the
    name."""
    doc = ent.doc
    if ent.label_ not in ("PERSON", "ORG", "NORP") or not _after_office_link(ent):
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


def _place_with_name(ent: Span) -> list[Span]:
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


def _source_then_name(ent: Span) -> list[Span]:
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


def _names_told_again(doc: Doc, spans: list[Span]) -> list[Span]:
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


def _bare_name_word(word: Token) -> bool:
    return (
        word.is_title
        and word.tag_ in ("NNP", "NNPS")
        and not word.ent_type_
        and not _title_word(word)
        and not _after_line_break(word)
    )


def _title_word(word: Token) -> bool:
    """A title, or one in the plural: "Prime Ministers Ivo Marek and Ana Lind" is told before
    a name, but the model reads the plural as a proper noun that begins it."""
    return word.lower_ in title_words() or _plural_role(word)


def _plural_role(word: Token) -> bool:
    plural = word.lower_.endswith("s") and word.tag_ in ("NNP", "NNPS")
    return plural and word.lower_[:-1] in role_words()


def _site_and_city(ent: Span) -> list[Span]:
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
    if ent.label_ not in ("ORG", "NORP") or _names_a_body(ent) or start < 2:
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
    titled = ent.label_ == "PERSON" and _after_a_title(ent)
    if ent.label_ in ("PERSON", "NORP") and root.dep_ == "pobj" and (towards or leaving_for):
        return ent.label_ if titled else "GPE"
    if ent.label_ == "ORG" and root.dep_ == "pobj" and (towards or leaving_for):
        # "will travel to X": a body is gone to only by the name of a city or a country, or
        # by a name too small for the gazetteer that its sentence tells is a place.
        known = gazetteer.place(ent.text)
        town = known is not None and known.kind in ("city", "country")
        return "GPE" if town or (known is None and _told_as_a_place(ent)) else ent.label_
    if ent.label_ == "PERSON" and root.dep_ == "pobj" and root.head.lower_ in ("to", "in"):
        # "send soldiers to Vaduz": a city or country the gazetteer knows, where one goes.
        known = gazetteer.place(ent.text)
        return "GPE" if known is not None and known.kind in ("city", "country") else ent.label_
    if ent.label_ in ("PERSON", "ORG", "NORP") and _gone_to_or_stayed_in(ent, people or {}):
        return "GPE"
    if ent.label_ in ("ORG", "PERSON") and _named_building_where(ent):
        return "FAC"
    return ent.label_


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
# Whose object is a city: "the cities of X and Y", "the port of X".
SETTLEMENT_NOUNS = frozenset({"city", "town", "port", "village", "capital"})
# Verbs that send someone or something to a place, beyond the motion cues: "send troops to X".
SENDING = frozenset({"send", "deploy", "dispatch"})
# Nouns of a trip or a gathering whose place follows: "a visit to X", "a summit in X".
GATHERINGS = frozenset({"visit", "trip", "tour", "summit", "talks", "meeting", "conference"})
# The last word of a city's name that says what it is: "the New Federal Capital".
DESCRIBED_CITIES = frozenset({"capital", "city"})
# What an appositive may say a small place is: "travelled to X, a model village".
PLACE_KIND_NOUNS = SETTLEMENT_NOUNS | frozenset(
    {"base", "airbase", "island", "hamlet", "settlement", "resort", "garrison"}
)
# A place told by its distance and bearing from another: "X, some 100 kilometres west of Y".
BEARINGS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)
DISTANCE_UNITS = frozenset({"kilometre", "kilometer", "km", "mile"})
# The longest run of unlabelled proper nouns read as one place name: "Bandar Seri Begawan".
MAX_PLACE_WORDS = 4


def _gone_to_or_stayed_in(span: Span, people: Mapping[str, frozenset[int]]) -> bool:
    """A name the model read as a body or a person, or missed, where the parse says a place
    goes: "visited Tirana", "travel to Kigoma", "will be in Apia", "a summit in Cusco", "the
    port of Mersin". After a movement or a gathering ("a summit in X", "a visit to X") any
    city or region the gazetteer knows will do (its 34k cities all have over 15,000 people);
    elsewhere after "in" only a country, a capital or a big city, since many surnames and
    words are also towns ("Hamilton", "Deal"). A name the story also gives a person
    ("Lincoln" of "Abraham Lincoln") stays a person."""
    told_as_person = (people.get(word.lower_, frozenset()) - {span.start} for word in span)
    if any(told_as_person) or not span[0].is_title:
        return False
    root = _first_conjunct(span.root)
    moved = root.dep_ == "dobj" and root.head.lemma_ == "visit"
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
    if known is None and moved and _told_as_a_place(span):
        return True  # a village or a base too small for the gazetteer, told as one
    if known is None or known.kind not in ("city", "country", "region"):
        return False
    if moved or named:
        return known.kind != "region" or not named
    prominent = known.kind == "country" or gazetteer.prominent_city(known)
    return stayed and (prominent or _town_of_country_named_with(span, known))


def _told_as_a_place(span: Span) -> bool:
    """ "Flew to X, a former airbase", "travelled to X, some 100 kilometres west of Y": the
    sentence says what kind of place the name is, or how far it lies from another."""
    root = span.root
    if any(c.dep_ == "appos" and c.lemma_.lower() in PLACE_KIND_NOUNS for c in root.children):
        return True
    after = span.end + 1
    if after >= len(span.doc) or span.doc[span.end].lower_ != ",":
        return False
    return any(
        word.lower_ in BEARINGS
        and word.left_edge.i == after
        and any(c.lemma_.lower() in DISTANCE_UNITS for c in word.children)
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


def _person_words(spans: Iterable[Span]) -> dict[str, frozenset[int]]:
    """Words of the names the model gave people in more than one word ("Abraham Lincoln"),
    each with where those names begin."""
    found: dict[str, set[int]] = {}
    for span in spans:
        if span.label_ == "PERSON" and len(span) > 1:
            for word in span:
                found.setdefault(word.lower_, set()).add(span.start)
    return {word: frozenset(starts) for word, starts in found.items()}


def _two_people_paired(ent: Span, people: Mapping[str, frozenset[int]]) -> bool:
    """ "The Lund-Berg summit": two surnames the story gives two different people, joined by
    a hyphen, name a pairing, not a third person whom "Mr Berg" would then resolve to."""
    if ent.label_ != "PERSON" or len(ent) != 3 or ent[1].text not in ("-", "\u2013"):
        return False
    first = people.get(ent[0].lower_, frozenset()) - {ent.start}
    second = people.get(ent[2].lower_, frozenset()) - {ent.start}
    return bool(first) and bool(second) and first.isdisjoint(second)


def _person_and_body(ent: Span, people: Mapping[str, frozenset[int]]) -> list[Span]:
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


def _unlabelled_places(doc: Doc, people: Mapping[str, frozenset[int]]) -> list[Span]:
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
            if _gone_to_or_stayed_in(span, people):
                found.append(span)
        start = max(end, start + 1)
    return found


def _bare_place_word(word: Token) -> bool:
    return (
        word.is_title
        and word.pos_ == "PROPN"
        and not word.ent_type_
        and word.lower_ not in title_words()
        and not _after_line_break(word)
    )


def _body_then_place(ent: Span) -> list[Span]:
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


def _name_goes_past(span: Span, others: Iterable[Span]) -> bool:
    """ "President Ivo" known in "President Ivo Marek", which the model read as "Ivo Marek":
    the known form, a title and a given name, is cut short of the name the model found."""
    return span.label_ == "PERSON" and any(
        other.label_ == "PERSON"
        and span.start < other.start < span.end < other.end
        and all(word.lower_ in title_words() for word in span.doc[span.start : other.start])
        for other in others
    )


def _inside_any(span: Span, others: Iterable[Span]) -> bool:
    return any(o.start <= span.start and span.end <= o.end and len(o) > len(span) for o in others)


def _non_overlapping(chosen: list[Span], candidates: Iterable[Span]) -> list[Span]:
    taken = {i for span in chosen for i in range(span.start, span.end)}
    result = list(chosen)
    for span in sorted(candidates, key=lambda s: (s.start, -len(s))):
        if taken.isdisjoint(range(span.start, span.end)):
            result.append(span)
            taken.update(range(span.start, span.end))
    return result


def _person_extended_left(ent: Span) -> Span:
    return _extend_left(ent) if ent.label_ == "PERSON" else ent


def _extend_left(ent: Span) -> Span:
    """A person's given names the model left out: "counterpart Amina Akinyi Odera" read as
    "Odera"."""
    doc, start = ent.doc, ent.start
    # "Ministry Spokeswoman Ivo Marek": the words before a title the model kept are the
    # office's, not given names.
    if _title_word(doc[start]):
        return ent
    while start > 0 and _bare_name_word(doc[start - 1]) and doc[start - 1].dep_ == "compound":
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
    return any(map(_office_word, doc[max(0, before - _LEADER_OFFICE_WORDS) : before]))


def _extend_name(ent: Span) -> Span:
    """Extend a name the model cut short: across intra-word hyphens (PERSON `Ri Yong-` ->
    `Ri Yong-chol`) and, for people, across particles (`Greta von` -> `Greta von der Aue`)."""
    doc, end = ent.doc, ent.end
    while end < len(doc):
        last = doc[end - 1]
        if last.text == "-" and not last.whitespace_ and doc[end].is_alpha:
            end += 1
        elif (
            not last.whitespace_
            and end + 1 < len(doc)
            and doc[end].text == "-"
            and not doc[end].whitespace_
            and doc[end + 1].is_alpha
        ):
            end += 2
        elif ent.label_ == "PERSON" and _name_goes_on(last, doc[end]):
            end += 1
        elif ent.label_ == "PERSON" and (particles := _particles_then_name(doc, end)):
            end += particles
        elif ent.label_ == "PERSON" and (suffix := _generation_suffix(doc, end)):
            end += suffix
        elif ent.label_ == "PERSON" and _regnal_number(doc[end]):
            end += 1
        else:
            break
    return ent if end == ent.end else Span(doc, ent.start, end, label=ent.label_)


def _name_goes_on(last: Token, word: Token) -> bool:
    """The parse joins the next word into the name the model cut short: "Dao Quang" + "Khoa",
    "Idrissa Bakary" + "Diallo-Keita" (the model reads a hyphenated surname as an ORG)."""
    return (
        last.dep_ == "compound"
        and last.head.i >= word.i
        and word.is_title
        and word.tag_ == "NNP"
        and (word.ent_type_ in ("", "PERSON", "ORG") or _unknown_place(word))
        and word.lower_ not in title_words()
        and not _after_line_break(word)
    )


def _unknown_place(word: Token) -> bool:
    """A surname the model read as a place ("Paulo Mendes" + GPE "Carvalhal"): a GPE
    word the gazetteer does not know."""
    return word.ent_type_ == "GPE" and gazetteer.place(word.text) is None


def _surnames_as_people(spans: list[Span]) -> list[Span]:
    """ "Carvalhal arrived in Quito": a one-word GPE the gazetteer does not know, or knows only
    as a small town ("Whitby", "Ferreira"), that ends a person's full name in the same story
    is that person, told by surname."""
    surnames = {span[-1].lower_ for span in spans if span.label_ == "PERSON" and len(span) > 1}
    taken = {i for span in spans for i in _range(span)}
    return [_surname_as_person(span, surnames, taken) for span in spans]


def _surname_as_person(span: Span, surnames: set[str], taken: set[int]) -> Span:
    """ "Ivo Varga and the First Lady, Ana Varga, landed": the model may read the companion's
    surname alone as an organisation and leave her given names out; with them it names a
    person of her own, whom no short form of "Ivo Varga" would reach."""
    if len(span) != 1 or span[0].lower_ not in surnames:
        return span
    if _obscure_place(span[0]):
        return Span(span.doc, span.start, span.end, label="PERSON")
    named = _extend_left(span)
    if span.label_ in PLACE_LABELS or taken.intersection(range(named.start, span.start)):
        return span
    return span if named.start == span.start else Span(span.doc, named.start, span.end, "PERSON")


def _obscure_place(word: Token) -> bool:
    """A GPE word no reader would take for a place before a person of that surname: one the
    gazetteer does not know, or a town that is neither a capital nor a big city."""
    if word.ent_type_ != "GPE":
        return False
    known = gazetteer.place(word.text)
    return known is None or (known.kind == "city" and not gazetteer.prominent_city(known))


def _generation_suffix(doc: Doc, start: int) -> int:
    """How many tokens ", Jr." or "Sr." add after a name."""
    comma = int(start < len(doc) and doc[start].text == ",")
    word = doc[start + comma] if start + comma < len(doc) else None
    return comma + 1 if word is not None and word.lower_ in GENERATION_SUFFIXES else 0


def _particles_then_name(doc: Doc, start: int) -> int:
    """How many tokens "von der Aue" adds after a name: particles, then a capitalised word."""
    end = start
    while end < len(doc) and doc[end].text in cue_words("name_particle"):
        end += 1
        # "al-Thani", "el-Sayed": a particle joined to the name by a hyphen.
        joined = end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
        end += int(joined and not doc[end].whitespace_)
    has_name = end > start and end < len(doc) and doc[end].is_title
    return end - start + 1 if has_name else 0


def _after_line_break(token: Token) -> bool:
    previous = token.doc[token.i - 1]
    return "\n" in previous.whitespace_ or (token.is_space and "\n" in token.text)


def _titled_person(ent: Span) -> Span:
    """A role word or forms of address and a name read as an organisation: "Administrator
    Power", "Head of Government Ivo Marek" and "H.E. Mr. Ivo Marek" are people."""
    words = list(ent)
    if ent.label_ == "PERSON":
        return ent
    addressed = len(list(takewhile(lambda word: word.lower_ in honorific_words(), words)))
    if addressed:
        office = addressed
    elif _heads_a_state(ent[:_LEADER_OFFICE_WORDS]):
        office = _LEADER_OFFICE_WORDS
    elif words[0].lower_ in role_words():
        office = 1
    else:
        return _name_after_qualified_role(ent)
    name = words[office:]
    if not name:
        return ent
    if all(w.is_title and w.lower_ not in title_words() for w in name) or _regnal_name(name):
        return Span(ent.doc, ent.start, ent.end, label="PERSON")
    return ent


def _name_after_qualified_role(ent: Span) -> Span:
    """ "The Ecumenical Patriarch X and", "Grand Mufti X": a role with a word before it, then
    a name, read as an organisation (with whatever the model swept in around it) is that
    name, a person."""
    words = [word for word in ent if word.lower_ != "the"]
    while words and (words[-1].is_punct or words[-1].dep_ == "cc"):
        words.pop()
    if ent.label_ != "ORG" or len(words) < 3 or not words[0].is_title:
        return ent
    if words[1].lower_ not in role_words():
        return ent
    name = words[2:]
    if _names_a_body(ent) or name[-1].lower_ in cue_words("facility"):
        return ent  # "the Royal Prince Vell Hospital" is a place
    if not all(w.is_title and w.tag_ == "NNP" and w.lower_ not in title_words() for w in name):
        return ent
    return Span(ent.doc, name[0].i, name[-1].i + 1, label="PERSON")


def _regnal_number(word: Token) -> bool:
    """ "King Haakon VII", "Rama X": a monarch's number the model left out of the name. A
    lone "I" is more often the pronoun than a first of the name."""
    numeral = word.is_upper and set(word.text) <= REGNAL_NUMERALS and word.text != "I"
    return numeral and not _after_line_break(word)


def _regnal_name(name: list[Token]) -> bool:
    """ "King Harald V", "Pope Leo XIV": a name and the monarch's regnal number."""
    *given, number = name
    regnal = number.is_upper and set(number.text) <= REGNAL_NUMERALS
    return bool(given) and regnal and all(w.is_title for w in given)


def _division(ent: Span) -> Span:
    """ "Vell District", "Orlo County": a name ending in a word for a division of a
    country is a place, though the model reads it as an organisation."""
    words = [word for word in ent if not word.is_punct]
    if ent.label_ != "ORG" or len(words) < 2 or not all(w.is_title for w in words):
        return ent
    if words[-1].lower_ not in cue_words("division") or _names_a_body(ent):
        return ent
    return Span(ent.doc, ent.start, ent.end, label="GPE")


def _person_by_role(ent: Span) -> Span:
    """A name read as an organisation or a country but told as someone's role: "his
    Argentine counterpart, Tomás Ortega" and "Foreign Minister Brekke" are people, and so is
    the name after "a courtesy visit to President", where the model expects a destination."""
    if ent.label_ not in ("ORG", "GPE") or not all(w.is_title for w in ent if w.is_alpha):
        return ent
    if fold(ent.text) in alias_index() or _names_a_body(ent):
        return ent
    root = ent.root
    people = role_words() | cue_words("person_noun")
    apposed = ent.label_ == "ORG" and root.dep_ == "appos" and root.head.lemma_.lower() in people
    # A known place after a title is the office's country: "President Ghana" is no name.
    titled = _after_a_title(ent) and (ent.label_ == "ORG" or gazetteer.place(ent.text) is None)
    if apposed or titled:
        return Span(ent.doc, ent.start, ent.end, label="PERSON")
    return ent


def _an_office(ent: Span) -> bool:
    """An office or its portfolio read as an organisation: "Minister of Maritime Affairs",
    or "Maritime Affairs" alone in "the Minister of Maritime Affairs, Ivo Marek". The office
    names its holder; the portfolio names no body ("Ministry", "Council" would)."""
    if ent.label_ != "ORG" or fold(ent.text) in alias_index() or _names_a_body(ent):
        return False
    doc, start = ent.doc, ent.start
    words = [word for word in ent if word.lower_ != "the"]
    if len(words) > 2 and words[1].lower_ in OFFICE_LINKS and _office_word(words[0]):
        start = words[2].i
    elif not (start > 1 and doc[start - 1].lower_ in OFFICE_LINKS and _office_word(doc[start - 2])):
        return False
    portfolio = doc[start : ent.end]
    return all(word.is_title or word.lower_ in ("and", "&") for word in portfolio) and not any(
        word.is_upper and len(word) > 1 for word in portfolio
    )


def _offices_joined(ent: Span) -> bool:
    """ "The Queen and the Duke of Kell landed": two offices joined by "and", read as the
    title of a work or a body, each stand for a holder of their own."""
    if ent.label_ == "PERSON":
        return False
    offices = role_words() | cue_words("peerage")
    words = [word for word in ent if word.lower_ != "the"]
    return any(
        word.lower_ in ("and", "&")
        and 0 < at < len(words) - 1
        and all(w.is_title and w.lower_ in offices for w in (words[at - 1], words[at + 1]))
        for at, word in enumerate(words)
    )


def _office_word(word: Token) -> bool:
    return word.is_title and word.tag_ == "NNP" and word.lemma_.lower() in role_words()


def _names_a_body(ent: Span) -> bool:
    """ "Ministry", "Council", "Party": words that name an organisation, not a person."""
    return any(word.lower_ in cue_words("body_noun") for word in ent)


def _trim(ent: Span) -> Span | None:
    """Drop a leading article, a person's titles and a trailing possessive."""
    start, end = ent.start, ent.end
    doc = ent.doc
    # "on a Middle East tour": the model may take the article into the name.
    while start < end - 1:
        person = ent.label_ == "PERSON"
        style = _style_phrase_at(doc, start, end) if person else 0
        if style:
            start += style
        elif (
            person
            and end - start > _LEADER_OFFICE_WORDS
            and _heads_a_state(doc[start : start + _LEADER_OFFICE_WORDS])
        ):
            start += _LEADER_OFFICE_WORDS
        elif doc[start].lower_ in ("the", "a", "an") or (
            person
            and (_title_word(doc[start]) or _joins_ranks(doc[start]))
            and not _hyphened_name(doc[start])
        ):
            start += 1
        else:
            break
    # "Ruler of Dubai HH Sheikh X": a style before a name the model glued to what precedes.
    while end - start > 1 and _style_before_name(doc[end - 1]):
        end -= 1
    start, label = _name_past_place_and_office(ent, start, end)
    # A name never runs across a line break ("Abd al-Wahid\n\nOffice of the Spokesperson"),
    # nor into the short name a bracket gives after it ("Amara Tolu (Amtolu").
    end = next((t.i for t in doc[start + 1 : end] if _after_line_break(t) or t.text == "("), end)
    if ent.label_ == "PERSON":
        # "Halvorsen's Meeting With" in a headline: the name ends at its possessive.
        end = next((t.i for t in doc[start + 1 : end] if t.tag_ == "POS"), end)
    # "Ivo Marek Arrives in Lima" in a title-case headline: the name ends at its own verb.
    end = next((t.i for t in doc[start + 1 : end] if _verb_of_the_name(t, start)), end)
    if ent.label_ in NAMED_SITES:
        # "the Hall of the Republic on Saturday": a place's name never runs on into its date.
        end = next((t.i for t in doc[start + 1 : end - 1] if _dates_what_follows(t)), end)
    if end - start > 1 and doc[end - 1].tag_ == "POS":
        end -= 1
    # "Sultan of" cut from "the Sultan of Ruritania", "the Kingdom since" or "the Hall of
    # Unity on": no name ends in a function word, and a bare title left alone names no one.
    while end - start > 1 and _function_word(doc[end - 1]):
        end -= 1
    if _names_no_one(doc[start:end]) or (label == "PERSON" and _only_a_rank(doc[start:end])):
        return None
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(doc, start, end, label=label)


def _kind_of_place_only(span: Span) -> bool:
    """ "The Kingdom", "the Bay", "the Alliance": a word for a kind of place, capitalised as
    the story's stand-in for a name it gave, is no place of its own (the gazetteer would find a
    far-off town or province of that name), unless the curated places list it."""
    words = [word for word in span if not word.is_punct]
    if span.label_ not in PLACE_LABELS or len(words) != 1:
        return False
    if fold(span.text) not in cue_words("place_kind"):
        return False
    return not gazetteer.curated_name(span.text)


def _styled_kind_of_place(span: Span) -> bool:
    """ "The Islamic Republic", "the Hashemite Kingdom": a kind of place with its style, which
    stands for a country the story named when that country's formal name carries both."""
    words = [word for word in span if not word.is_punct]
    return (
        span.label_ in PLACE_LABELS
        and len(words) == 2
        and all(word.is_title for word in words)
        and fold(words[-1].text) in cue_words("place_kind")
    )


def _country_styled_before(ent: Span, ents: Sequence[Span]) -> Place | None:
    """The country "the Kingdom" or "the Republic" stands for: the last one named before it
    whose formal name carries the word ("the Kingdom of Ruritania"). None names no place."""
    named = (gazetteer.place(other.text) for other in reversed(ents) if other.end <= ent.start)
    # "Arrived in Brenn, the first visit to the Islamic Republic": a city's country too.
    before = (gazetteer.country_of(where) for where in named if where is not None)
    word = fold(" ".join(word.text for word in ent if not word.is_punct))
    return next((where for where in before if gazetteer.styled_as(where, word)), None)


def _function_word(word: Token) -> bool:
    return word.lower_ in ("of", "for", "the", "and") or (
        word.is_lower and word.tag_ in ("IN", "CC", "DT", "TO")
    )


def _only_a_rank(words: Span) -> bool:
    """ "Prime Minister Brigadier (Ret'd) Ivo Renn": a bracket cuts the rank from the name it
    goes with; what is left before the bracket, titles only, names no one."""
    doc = words.doc
    bracketed = words.end < len(doc) and doc[words.end].text == "("
    return bracketed and all(word.lower_ in title_words() for word in words)


def _names_no_one(words: Span) -> bool:
    """Whether what is left of a name is only a title, a form of address or a style."""
    doc, start, end = words.doc, words.start, words.end
    if doc[end - 1].text == "-" or (end - start == 1 and doc[start].lower_ in role_words()):
        return True
    # "of State" left of "French Head of State": an office's own phrase, cut from its office.
    if doc[start].lower_ in OFFICE_LINKS:
        return True
    # "The Pontiff", "the Emir", "His Majesty" read as an organisation: a role phrase or
    # a form of address, no name.
    if all(word.lower_ in title_words() for word in words) and (
        doc[end - 1].lower_ in role_words() | honorific_words()
    ):
        return True
    # "Field Marshal" cut from the name after it: a rank of several words, no name.
    if " ".join(word.lower_ for word in words) in honorific_words():
        return True
    # "The Holy Father" read as an organisation, "Holiness" cut from "His Holiness": another
    # name of an office, no name.
    return _office_style(doc, start, end)


def _office_style(doc: Doc, start: int, end: int) -> bool:
    """Whether the words are a style of an office, or end one the word before begins."""
    words = " ".join(word.lower_ for word in doc[start:end])
    before = doc[start - 1].lower_ if start > 0 else ""
    return words in office_styles() or f"{before} {words}" in office_styles()


def _dates_what_follows(word: Token) -> bool:
    """ "on" in "on Saturday", "in" in "in May": a preposition before a day or month name."""
    after = word.nbor(1)
    calendar = after.lower_ in WEEKDAYS or (after.lower_ in MONTHS and after.is_title)
    return word.is_lower and word.pos_ == "ADP" and calendar


def _style_before_name(word: Token) -> bool:
    """A form of address set apart by spaces and followed by a capitalised word: "HH" in "Ruler
    of Dubai HH Sheikh X", not "Sheikh" ending "Sharm el-Sheikh"."""
    doc = word.doc
    apart = bool(doc[word.i - 1].whitespace_) and word.i + 1 < len(doc)
    return apart and word.lower_ in honorific_words() and doc[word.i + 1].is_title


def _hyphened_name(word: Token) -> bool:
    """ "Amir-Abdollahian": a title word joined by a hyphen to a word no title has begins a
    name ("Vice-President" is one title)."""
    doc, after = word.doc, word.i + 2
    joined = after < len(doc) and not word.whitespace_ and doc[word.i + 1].text == "-"
    return joined and doc[after].lower_ not in title_words() | TITLE_SUFFIXES


def _joins_ranks(word: Token) -> bool:
    """The hyphen of "Lt-Gen" or "Maj-Gen": one rank printed as two title words, which the
    tokenizer splits, and the model may begin a name at."""
    doc = word.doc
    inside = 0 < word.i < len(doc) - 1 and word.text == "-"
    if not inside or doc[word.i - 1].whitespace_ or word.whitespace_:
        return False
    return _title_word(doc[word.i - 1]) and _title_word(doc[word.i + 1])


def _style_phrase_at(doc: Doc, start: int, end: int) -> int:
    """How many words a style of several words takes at `start`, short of the name's end:
    "Tan Sri" in "Tan Sri Amir Hamzah", where "Tan" alone may be a surname."""
    for phrase in style_phrases():
        size = len(phrase)
        words = tuple(word.lower_ for word in doc[start : start + size])
        if start + size < end and words == phrase:
            return size
    return 0


def _name_past_place_and_office(ent: Span, start: int, end: int) -> tuple[int, str]:
    """Where the name begins and what it names, once a place and the office it gives are cut
    off ("Ruritania Crown Prince Ivo Marek" is a person) ..."""
    doc, label = ent.doc, ent.label_
    if label != "PERSON" and (label != "ORG" or _names_a_body(ent)):
        return start, label
    named = _past_place_and_office(doc, start, end)
    if named == start:
        return start, label
    # ... unless a kind of site heads it: "the Orlan National Museum" is a building.
    return (start, "FAC") if _headed_by_site(doc[start:end]) else (named, "PERSON")


def _past_place_and_office(doc: Doc, start: int, end: int) -> int:
    """Where the name begins in "Ruritania Crown Prince Ivo Marek" read as one person: a place
    and the office it gives are no part of the name."""
    offices = [
        t.i
        for t in doc[start : end - 1]
        if t.is_title and t.lower_ in title_words() and not _hyphened_name(t)
    ]
    if not offices or offices[0] == start:
        return start
    place = doc[start : offices[0]].text
    where = gazetteer.place(place)
    nationality = gazetteer.country_of_demonym(place) is not None
    # "Leader of the Revolution Ayatollah X": what an office told before is of.
    owned = _after_office_of(doc, start)
    if where is None and not nationality and not owned:
        return start
    last = offices[0]
    while last + 2 < end and doc[last + 1].is_title and doc[last + 1].lower_ in title_words():
        last += 1
    # A town gives an office, never a style: in "Salem Sheikh Adan" the town's name is a first
    # name and "Sheikh" part of the person's. A country ends the office before it ("Ambassador
    # to Ruritania Cde X").
    country = nationality or (where is not None and where.kind == "country")
    roles = role_words()
    if not (country or owned) and all(w.lower_ not in roles for w in doc[offices[0] : last + 1]):
        return start
    return last + 1


def _after_office_of(doc: Doc, start: int) -> bool:
    """Whether `start` follows "of" or "of the" after an office: "Leader of the ..."."""
    before = start - 2 if start >= 2 and doc[start - 1].lower_ == "the" else start - 1
    return before >= 1 and doc[before].lower_ == "of" and doc[before - 1].lower_ in role_words()


def _venue_named_in_full(ent: Span) -> Span:
    """ "Talks at the Prime Minister House", "at the Vell State Guest House", "at the Orla
    Palace of Culture": the model may keep only the kind of building, or its last words, as a
    person, a body or a site, and leave out the capitalised words before it, which name whose
    house it is, and an "of" tail that names it further. After "the", the whole run of
    capitalised words is the building's name."""
    doc = ent.doc
    if not ent[-1].is_title or ent[-1].lower_ not in cue_words("facility"):
        return ent
    start, end = _venue_name_start(ent), of_name_end(doc, ent.end)
    if start == ent.start and end == ent.end:
        return ent
    # A tail alone leaves a body a body: "the Chancellery of the President said".
    return Span(doc, start, end, label="FAC" if start < ent.start else ent.label_)


def _site_read_as_person(ent: Span) -> Span:
    """ "Visited the Orla Grand Mosque", "a wreath at the Velmar Cenotaph": the model reads a
    site named after someone as that person. A name headed by a capitalised kind of building
    or landmark, printed after "the" (which no person's name takes), is the site, named from
    the first capitalised word after "the"."""
    if ent.label_ != "PERSON":
        return ent
    site = ent.doc[_venue_name_start(ent) : ent.end]
    return Span(ent.doc, site.start, site.end, label="FAC") if _headed_by_site(site) else ent


def _site_named_before_its_kind(ent: Span, people: Mapping[str, frozenset[int]]) -> Span:
    """ "Toured the Velmar temple", "walked through the Orla forest": a name the model reads as
    a person, a body or a people, printed after "the" and before a plain word for the kind of
    site it names, is that site. A body's own building ("the Union headquarters") and a house
    named for a person of the story ("the Berg family estate") keep their owner."""
    if (
        ent.label_ not in ("PERSON", "ORG", "NORP")
        or ent.start == 0
        or _names_an_owner(ent, people)
    ):
        return ent
    doc, kind = ent.doc, ent.root.head
    before_kind = ent.root.dep_ == "compound" and kind.i >= ent.end and _kind_of_site(ent, kind)
    plain = not kind.is_title and all(word.is_lower for word in doc[ent.end : kind.i])
    after_the = doc[ent.start - 1].lower_ == "the"
    return (
        Span(doc, ent.start, ent.end, label="FAC") if before_kind and plain and after_the else ent
    )


def _kind_of_site(name: Span, kind: Token) -> bool:
    """Ruins, camps and forests lie at the town they are named for ("the Velmar pyramids"); a
    building is named for what it is: as a place its name alone would be read as the town of
    that name ("the Hermitage museum"), and arrivals at airports and bases are told apart."""
    if kind.lower_ in cue_words("open_site"):
        return True
    building = kind.lower_ in (cue_words("facility") | cue_words("landmark"))
    arrival = kind.lower_ in cue_words("arrival_site")
    return building and not arrival and gazetteer.place(name.text) is None


def _names_an_owner(ent: Span, people: Mapping[str, frozenset[int]]) -> bool:
    """Whether the name is a body's (by its words or the alias table) or a story's person's."""
    known = alias_index().get(fold(ent.text))
    known_body = known is not None and known.label.value == "ORG"
    return known_body or _names_a_body(ent) or any(word.lower_ in people for word in ent)


def _headed_by_site(name: Span) -> bool:
    """Whether a capitalised kind of building or landmark heads the name, printed after "the"."""
    head, doc = name.root, name.doc
    sites = cue_words("facility") | cue_words("landmark")
    after_the = name.start > 0 and doc[name.start - 1].lower_ == "the"
    return after_the and head.is_title and head.lower_ in sites


def _venue_name_start(ent: Span) -> int:
    """Where a building's name begins: at the first of the untagged capitalised words before
    it, when "the" opens them (no name runs on from a sentence's first word)."""
    doc, start = ent.doc, ent.start
    while start > 0 and doc[start - 1].is_title and not doc[start - 1].ent_type_:
        start -= 1
    if start == ent.start or start == 0 or doc[start - 1].lower_ != "the":
        return ent.start
    return ent.start if doc[start].is_sent_start else start


def of_name_end(doc: Doc, end: int) -> int:
    """Where a building's name that reaches `end` ends: past an "of" and the untagged
    capitalised words it takes, "of Culture", "of the Republic". A word the model tagged (a
    country, a person, a date) is no part of the name, "the Palace of Vell" is in Vell."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return end
    word = end + 1 + (doc[end + 1].lower_ == "the")
    name_end = word
    while name_end < len(doc) and doc[name_end].is_title and not doc[name_end].ent_type_:
        name_end += 1
    return name_end if name_end > word else end


def _place_and_its_building(ent: Span) -> Span:
    """ "To tour the Vell Coast Castle", "at Orla Station": a place's name, then a capitalised
    kind of building the model left out, is the building named after the place."""
    doc, end = ent.doc, ent.end
    if ent.label_ not in ("GPE", "LOC") or end >= len(doc):
        return ent
    known = gazetteer.place(ent.text)
    if known is not None and known.kind == "country":
        return ent  # "U.S. House Speaker": a country's house is its chamber, no building
    building = doc[end]
    if not building.is_title or building.ent_type_ or building.lower_ not in cue_words("facility"):
        return ent
    return Span(doc, ent.start, end + 1, label="FAC")


def _with_its_kind(ent: Span) -> Span:
    """ "Landed at Korvo airbase", "talks at the Belvan guesthouse": a name the gazetteer does
    not know as a place of its own, then a small-letter kind of building, is that building,
    whatever the model took the bare name for. A known city keeps its name ("Oslo airport"
    is told as the city)."""
    doc, end = ent.doc, ent.end
    kinds = cue_words("facility")
    if ent.label_ not in ("PERSON", "ORG", "GPE", "LOC", "FAC") or not ent[-1].is_title:
        return ent
    if ent.label_ == "FAC" and len(ent.text.split()) > 1:
        # A site the model named in more than a word is named in full; a hyphened name
        # ("Bel-Air") is one word, whatever tokens it splits into.
        return ent
    if ent[-1].lower_ in kinds:
        return ent  # "Tamar House office": the site is named in full already
    if ent.start > 0 and doc[ent.start - 1].tag_ == "PRP$":
        return ent  # "at his Tarn estate": whose estate it is, the name is the estate's own
    # "air base", "state residence": one small-letter noun may stand before the kind.
    for size in (1, 2):
        words = doc[end : end + size]
        if len(words) < size or not all(map(_small_noun, words)):
            return ent
        if words[-1].lower_ in kinds:
            known = gazetteer.place(ent.text)
            if known is not None and known.kind != "site":
                return ent
            return Span(doc, ent.start, end + size, label="FAC")
    return ent


def _named_street(ent: Span) -> Span:
    """ "George Kamau Street", "Nelson Mandela Avenue": a street or square named after someone
    is a place, not the person."""
    if ent.label_ != "PERSON" or len(ent) < 2 or ent[-1].lower_ not in cue_words("street"):
        return ent
    return Span(ent.doc, ent.start, ent.end, label="FAC")


def _small_noun(word: Token) -> bool:
    return word.is_lower and word.is_alpha and word.pos_ == "NOUN" and not word.ent_type_


def _verb_of_the_name(word: Token, start: int) -> bool:
    """A finite verb whose subject is the words before it: no name runs on into its verb."""
    finite = word.pos_ == "VERB" and word.tag_ in ("VBZ", "VBD")
    return finite and any(
        child.dep_ in ("nsubj", "nsubjpass") and start <= child.i < word.i
        for child in word.children
    )


def title_spans(doc: Doc, matcher: TitleMatcher) -> list[Span]:
    """Role phrases not followed by a name: in "Slovene President Lajos Halász" it is a title.
    A possessive owner ("Pakistan's prime minister") stays the country's mention."""
    spans = [_after_owner(doc[start:end]) for _, start, end in matcher(doc)]
    spans += [joined for span in spans for joined in _roles_joined_to(span)]
    return [span for span in spans if not _names_follow(span) and not _describes_a_noun(span)]


def _roles_joined_to(span: Span) -> list[Span]:
    """ "The Emperor and Empress": a bare role word joined to a role phrase shares its "the"
    and stands for a holder of its own."""
    roles = role_words()
    return [
        span.doc[word.i : word.i + 1]
        for word in span.root.conjuncts
        if word.i > span.root.i
        and word.lower_ in roles
        and not word.ent_type_
        and not any(c.dep_ in ("det", "poss", "compound", "amod") for c in word.children)
    ]


def _describes_a_noun(span: Span) -> bool:
    """ "Under the sovereign authority of X": a role word read as an adjective of the noun
    after it names no holder of the role."""
    return span[-1].dep_ == "amod" and span[-1].head.i > span[-1].i


def _after_owner(span: Span) -> Span:
    owner_end = next((t.i for t in span if t.lower_ in POSSESSIVES), None)
    return span if owner_end is None else span.doc[owner_end + 1 : span.end]


def after_office(office: Token, end: int) -> int:
    """Where an office's name may begin, past the office's own "of"/"for" phrase ending in a
    comma: in "the minister of state for trade, Ana Pires" it is after the comma. Without such
    a phrase, or when the name after the comma speaks ("the minister for trade, Pires said"),
    it is `end`."""
    doc = office.doc
    if end >= len(doc) or doc[end].lower_ not in ("of", "for") or doc[end].head.i != office.i:
        return end
    word = end
    while word < office.sent.end and doc[word].text != ",":
        if not office.is_ancestor(doc[word]):
            return end
        word += 1
    if word + 1 >= office.sent.end or doc[word].text != ",":
        return end
    return end if _speaks(doc[word + 1]) else word + 1


def office_set_off(doc: Doc, start: int) -> Token | None:
    """The office whose own phrase a comma closes just before the name at `start`: "the
    minister of state for trade" in "the minister of state for trade, Ana Pires"."""
    address = honorific_words() | role_words()
    comma = start - 1
    while comma > 0 and doc[comma].lower_ in address:
        comma -= 1
    if comma < 1 or doc[comma].text != ",":
        return None
    offices = [doc[comma - 1], *doc[comma - 1].ancestors]
    return next(
        (
            word
            for word in offices
            if word.i < comma
            and word.lemma_.lower() in role_words() | cue_words("person_noun")
            and after_office(word, word.i + 1) == comma + 1
        ),
        None,
    )


def _speaks(first: Token) -> bool:
    """Whether the name starting at `first` is the subject of the verb right after it."""
    name = first
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    after = name.i + 1
    verb = after < len(name.doc) and name.doc[after].i == name.head.i
    return name.dep_ in ("nsubj", "nsubjpass") and verb


def _names_follow(span: Span) -> bool:
    """Whether a name comes right after the phrase, maybe set off by a comma and a form of
    address: "his Belarusian counterpart, Lt. Gen. X" names X; so does "the minister of state
    for trade, Ana Pires" past the office's own phrase."""
    doc, end = span.doc, span.end
    address = honorific_words()
    past = after_office(span.root, end)
    if past > end:
        # "the Sultan of Ruritania, Sultan Omar X": a title may open the name after an office.
        end, address = past, address | role_words()
    elif end < len(doc) and doc[end].text == ",":
        end += 1
    while end < len(doc) and (doc[end].lower_ in address or doc[end].text == "."):
        end += 1
    return end < len(doc) and doc[end].ent_type_ == "PERSON"


# --- canonicalisation (after the pipeline) ----------------------------------------------------


@dataclass
class Referent:
    """One canonical entity being collected: its mentions and surface forms."""

    key: str
    label: str
    name: str
    mentions: list[Span] = field(default_factory=list)
    place: Place | None = None  # where a place referent lies, when the gazetteer knows it

    @property
    def ref(self) -> EntityRef:
        return EntityRef(id=slug(self.key), name=self.name, label=EntityLabel(self.label))


@dataclass
class EntityTable:
    """Every canonical entity of one Doc, and which referent each token belongs to."""

    referents: list[Referent]
    by_token: dict[int, Referent]
    person_starts: list[int]
    person_refs: list[Referent]
    # Whether each of those subjects is told in its sentence's own clause, not a relative one.
    person_main: list[bool] = field(default_factory=list)
    # Where a family name is told in the plural ("the Brenners") -> the people it stands for.
    families: dict[int, list[Referent]] = field(default_factory=dict)

    def at(self, token: Token) -> Referent | None:
        return self.by_token.get(token.i)

    def family_at(self, token: Token) -> list[Referent]:
        """The people a family name in the plural stands for; [] for any other word."""
        return self.families.get(token.i, [])

    def person_before(self, token: Token, excluding: str | None = None) -> Referent | None:
        """The last person who was a subject before `token`: what "he" or "his" likely means.

        An object pronoun never means its own clause's subject ("Solberg held talks with him"),
        so the caller can pass that person's key as `excluding`.
        """
        found = self.subject_before(token, excluding)
        return found[1] if found is not None else None

    def subject_before(
        self, token: Token, excluding: str | None = None
    ) -> tuple[int, Referent] | None:
        """Where the last person who was a subject before `token` is told, and who."""
        position = bisect_left(self.person_starts, token.i)
        main = self.person_main or [True] * len(self.person_starts)
        told = zip(self.person_starts, self.person_refs, main, strict=True)
        earlier = [e for e in reversed(list(told)[:position]) if e[1].key != excluding]
        if not earlier:
            return None
        start, ref, own = earlier[0]
        sentence = token.doc[start].sent
        if own or sentence.start <= token.i < sentence.end:
            return start, ref
        # "X held talks with Y, whose predecessor Z had feuded with him. He ...": a sentence
        # before the pronoun's tells of the subject of its own clause, not of a relative one.
        same = (e for e in earlier if sentence.start <= e[0] < sentence.end and e[2])
        found = next(same, None)
        if found is None and (pronoun := _pronoun_subject(sentence)) is not None:
            # "He spoke in Durban, where a young Z was thrown off a train. Then he met Y": the
            # sentence's own subject is a pronoun, which goes on telling of its antecedent.
            return self.subject_before(pronoun, excluding)
        start, ref, _ = found or earlier[0]
        return start, ref

    def place(self, place: Place) -> Referent:
        """The article's referent for a known place, or a new one it never names outright
        ("North Korean troops" name no "North Korea")."""
        key = fold(place.name)
        found = next((ref for ref in self.referents if ref.key == key), None)
        return found or Referent(key=key, label="GPE", name=place.name, place=place)

    def entities(self, article_id: str) -> list[Entity]:
        return [_entity(referent, article_id) for referent in self.referents]


def canonical_entities(doc: Doc, dateline_end: int = 0) -> EntityTable:
    """Fold the Doc's mentions into one referent per real-world entity.

    A one-word person mention ("Ri", "Halász") resolves to the most salient full name sharing
    that word as first or last name (most mentions, then first mention); a role phrase ("the
    Russian President") resolves to the person last introduced with that role and nationality.
    """
    ents = [ent for ent in doc.ents if ent.label_ in KEPT_LABELS]
    patronymics = _patronymics([ent for ent in ents if ent.label_ == "PERSON"])
    fathers = {i for run in patronymics.values() for i in _range(run)}
    ents = [ent for ent in ents if fathers.isdisjoint(_range(ent))]
    referents: dict[str, Referent] = {}
    # Fuller names first, so that "von der Aue" and "Ri" find the names they shorten.
    people = _past_unknown_titles([e for e in ents if e.label_ == "PERSON"])
    people = sorted(people, key=lambda e: _told_length(e, people))
    short_names = _short_names(doc, people)
    own_people = _surnames_of_their_own(people)
    for ent in people:
        owner = short_names.get(fold(ent.text), ent)
        key = _key_and_name(ent) if fold(ent.text) in own_people else None
        key = key or _given_name_of_couple(ent, people, referents)
        _add(referents, key or _person_key(owner, referents), ent, ent.label_)
    known_as = {
        short: referents[_person_key(owner, referents)[0]] for short, owner in short_names.items()
    }
    for ent in ents:
        if ent.label_ == "PERSON":
            continue
        person = (
            known_as.get(fold(ent.text))
            or _one_word_person(ent, referents)
            or _person_named(ent, referents)
        )
        mention = ent
        if person is None and (titled := _person_after_title_or_rank(ent, referents)):
            person, mention = titled
        if person is not None:  # "Halász" read as NORP after "Lajos Halász" was read as a person
            person.mentions.append(Span(doc, mention.start, mention.end, label="PERSON"))
        elif _kind_of_place_only(ent):
            if (country := _country_styled_before(ent, ents)) is not None:
                _add(referents, (fold(country.name), country.name), ent, "GPE")
        elif _styled_kind_of_place(ent) and (country := _country_styled_before(ent, ents)):
            _add(referents, (fold(country.name), country.name), ent, "GPE")
        else:
            _add(referents, _key_and_name(_venue_in_full(ent, ents)), ent, _known_label(ent))
    _add_name_echoes(doc, referents, known_as)
    _add_names_known_as(doc, referents)
    _add_peerages_set_beside(doc, referents)
    for ref in referents.values():
        ref.mentions.extend(
            patronymics[mention.start]
            for mention in list(ref.mentions)
            if mention.start in patronymics
        )
    for referent in referents.values():
        _name_as_printed(referent)
    _add_styles(doc, referents)
    for referent in referents.values():
        referent.label = _voted_label(referent, dateline_end)
    _locate_places(referents.values())
    _give_wives_their_style(doc, referents)
    families = _families_in_plural(doc, list(referents.values()))
    for key in _only_told_as_a_family(referents.values(), families):
        del referents[key]
    # The dateline's place is where the story was filed, never a party to its events.
    by_token = {
        i: ref
        for ref in referents.values()
        for span in ref.mentions
        if span.start_char >= dateline_end
        for i in _range(span)
        if i not in families
    }
    _resolve_titles(doc, referents, by_token)
    ordered = sorted(referents.values(), key=lambda ref: (_first_start(ref), ref.key))
    subjects = [
        (span, ref)
        for ref in ordered
        if ref.label == "PERSON"
        for span in ref.mentions
        if _is_subject(span.root) and span.start not in families
    ]
    people = sorted(
        (span.start, ref)
        for span, ref in subjects
        if not _only_the_source(span, subjects) and not in_caption(span.root)
    )
    # "The Brenners fly to Kel. On Monday he flies on": a "he" after a family told as the
    # subject is the member the story told of first, the one whose trip it follows.
    people = sorted(people + _families_as_subjects(doc, families), key=lambda told: told[0])
    return EntityTable(
        referents=ordered,
        by_token=by_token,
        person_starts=[start for start, _ in people],
        person_refs=[ref for _, ref in people],
        person_main=[_in_own_clause(doc[start]) for start, _ in people],
        families=families,
    )


def _give_wives_their_style(doc: Doc, referents: dict[str, Referent]) -> None:
    """ "A and his wife, B, landed ... a banquet for Mr and Mrs A": a bare surname after a
    wife's style stands for the wife the story names beside its bearer, not for him; a bare
    title joined to it ("Mr and", "President and") stands for him."""
    owners = {i: ref for ref in referents.values() for span in ref.mentions for i in _range(span)}
    for husband in [ref for ref in referents.values() if ref.label == "PERSON"]:
        styled = [m for m in husband.mentions if _wife_styled(m)]
        # "Mrs Ana Lund ... Mrs Lund": one printed in full after the style is the wife herself.
        surnames = [m for m in styled if len(_unstyled(m)) < len(husband.key.split())]
        wife = _wife_of(husband, doc, owners, referents) if surnames == styled else None
        if wife is None:
            continue
        for mention in surnames:
            husband.mentions.remove(mention)
            wife.mentions.append(mention)
            husband.mentions += (doc[word.i : word.i + 1] for word in _bare_titles_joined(mention))


def _unstyled(mention: Span) -> list[Token]:
    return [word for word in mention if word.lower_ not in cue_words("wife_style")]


def _wife_styled(mention: Span) -> bool:
    before = mention.doc[mention.start - 1] if mention.start > 0 else None
    words = [mention[0], *([before] if before is not None else [])]
    return any(word.lower_ in cue_words("wife_style") for word in words)


def _wife_of(
    husband: Referent, doc: Doc, owners: Mapping[int, Referent], referents: dict[str, Referent]
) -> Referent | None:
    """The one the story names as the husband's wife: "A and his wife, B" (B told right after
    a spouse noun joined to him), or his sole namesake printed as a spouse ("Mrs B A")."""
    for mention in husband.mentions:
        for spouse in mention.root.conjuncts:
            if not _his_spouse(spouse):
                continue
            after = [word for word in doc[spouse.i + 1 : spouse.i + 3] if word.text != ","]
            wife = owners.get(after[0].i) if after else None
            if wife is not None and wife.label == "PERSON" and wife is not husband:
                return wife
    return sole_namesake(
        husband,
        referents.values(),
        lambda ref: any(_wife_styled(span) or _told_as_his_spouse(span) for span in ref.mentions),
    )


def _his_spouse(word: Token) -> bool:
    """ "His wife": a spouse noun a man's; "her husband, B" tells of no wife."""
    his = any(child.dep_ == "poss" and child.lower_ == "his" for child in word.children)
    return his and word.lemma_.lower() in cue_words("spouse_noun")


def _told_as_his_spouse(name: Span) -> bool:
    before = _word_set_off_before(name)
    return before is not None and _his_spouse(before)


def _after_spouse_noun(name: Span) -> bool:
    before = _word_set_off_before(name)
    return before is not None and before.lemma_.lower() in cue_words("spouse_noun")


def _word_set_off_before(name: Span) -> Token | None:
    """The word a name is set off after, past a comma: "his wife, B" -> "wife"."""
    before = [word for word in name.doc[max(0, name.start - 2) : name.start] if word.text != ","]
    return before[-1] if before else None


def _bare_titles_joined(mention: Span) -> list[Token]:
    """ "Mr and Mrs A", "President and Mrs A": the bare style or title the parse joins to the
    wife's name, whatever way round."""
    root = mention.root
    joined = [*root.conjuncts, *([root.head] if root.dep_ == "conj" else [])]
    return [word for word in joined if word.lower_ in title_words() | honorific_words()]


def _families_in_plural(doc: Doc, referents: list[Referent]) -> dict[int, list[Referent]]:
    """ "The Brenners flew to Kel", "X received the Fosses": a family name told in the plural
    stands for each person the story names with it (the couple it tells of), not for a
    person of its own."""
    surnames: dict[str, list[Referent]] = {}
    for ref in sorted(referents, key=_first_start):
        if ref.label == "PERSON" and len(ref.key.split()) > 1:
            surnames.setdefault(ref.key.split()[-1], []).append(ref)
    families = {}
    # Only a word after "the" is told as a family: found in one pass over the Doc.
    the = indices_where(doc, LOWER, frozenset({"the"}))
    for word in (doc[i + 1] for i in the if i + 1 < len(doc)):
        members = next((surnames[s] for s in _singulars(word) if s in surnames), None)
        if members and _told_as_a_family(word):
            families[word.i] = members
    return families


def _families_as_subjects(
    doc: Doc, families: Mapping[int, list[Referent]]
) -> list[tuple[int, Referent]]:
    return [(i, members[0]) for i, members in families.items() if _is_subject(doc[i])]


def _singulars(word: Token) -> list[str]:
    """The surnames a word may be the plural of: "Brenners" of Brenner, "Fosses" of Foss."""
    folded = fold(word.text)
    if not folded.endswith("s") or " " in folded:
        return []
    return [folded[:-1], folded[:-2]] if folded.endswith("es") else [folded[:-1]]


def _told_as_a_family(word: Token) -> bool:
    """A capitalised plural told with "the": "the Brenners", "the Fosses'"."""
    the = word.i > 0 and word.doc[word.i - 1].lower_ == "the"
    return the and _capitalised(word) and word.tag_ in ("NNP", "NNPS")


def _only_told_as_a_family(
    referents: Iterable[Referent], families: Mapping[int, list[Referent]]
) -> list[str]:
    """The keys of the person referents the model made of a family told in the plural."""
    return [
        ref.key
        for ref in referents
        if ref.mentions and all(set(_range(span)) <= families.keys() for span in ref.mentions)
    ]


def _venue_in_full(ent: Span, ents: Sequence[Span]) -> Span:
    """ "The Grand Hall" after "the Grand Hall of the Nations", "the Villa" after "the State
    Villa": a venue told again by the words before its "of", or by its last words, is the one
    venue the story named so in full."""
    if ent.label_ != "FAC":
        return ent
    short = fold(ent.text)
    fuller = {
        fold(other.text): other
        for other in ents
        if other.label_ == "FAC"
        and (fold(other.text).startswith(short + " of ") or fold(other.text).endswith(" " + short))
    }
    return next(iter(fuller.values())) if len(fuller) == 1 else ent


def _patronymics(people: Iterable[Span]) -> dict[int, Span]:
    """ "Sultan Karim Idris Nasir ibni Al-Marhum Sultan Yusuf": the words after a person's name
    that run on through a patronymic are the rest of that name, its father no other party
    (the model reads them as people and bodies of their own). Where each such name starts ->
    the words after it, as a mention of the person that gives no label and no printed name."""
    runs: dict[int, Span] = {}
    owned: set[int] = set()
    for person in people:
        if person.start in owned:
            continue
        doc, end = person.doc, person.end
        # Before the patronymic, only more of the name: no title opens another person's.
        while end < len(doc) and _name_runs_on(doc[end]) and not _patronymic_or_title(doc[end]):
            end += 1
        if end >= len(doc) or doc[end].lower_ not in PATRONYMIC_WORDS:
            continue
        while end < len(doc) and (_name_runs_on(doc[end]) or doc[end].text == "'"):
            end += 1
        runs[person.start] = Span(doc, person.end, end)
        owned.update(range(person.end, end))
    return runs


def _patronymic_or_title(word: Token) -> bool:
    return word.lower_ in PATRONYMIC_WORDS or word.lower_ in title_words()


def _name_runs_on(word: Token) -> bool:
    """A capitalised word, a particle or a hyphen of the same name, in the same sentence."""
    name_word = _capitalised(word) or word.lower_ in PATRONYMIC_WORDS | cue_words("name_particle")
    joined = word.text == "-" and not word.whitespace_
    return (name_word or joined) and not word.is_sent_start and not _after_line_break(word)


def _name_as_printed(referent: Referent) -> None:
    """A person the alias table knows is named as the story prints them: "S. Okonjo" in a
    story that never prints the table's "Samuel Okonjo" (the id stays the table's, one per
    person). The fullest printed form wins, the first told of equals; a form opened by a title
    ("President Okonjo") is the table's alias, not the person's name."""
    if referent.label != "PERSON":
        return
    printed = [
        mention
        for mention in referent.mentions
        if mention.label_ == "PERSON" and mention[0].lower_ not in title_words()
    ]
    if not printed or fold(referent.name) in {fold(mention.text) for mention in printed}:
        return
    fullest = max(printed, key=lambda mention: (len(fold(mention.text).split()), -mention.start))
    if len(fold(fullest.text).split()) > 1:
        referent.name = fullest.text


def _surnames_of_their_own(people: Sequence[Span]) -> frozenset[str]:
    """ "President Okafor ... First Lady Ada Nwosu-Okafor": a surname the story introduces
    with an office, before any full name that holds it is told, names a person of its own,
    unless one of those full names is printed with a like office. The relative the story
    names later in full shares the surname, not the office."""
    full = [(fold(ent.text).split(), ent) for ent in people if len(fold(ent.text).split()) > 1]
    found = set()
    for ent in people:
        words = fold(ent.text).split()
        office = _title_of(ent) if len(words) == 1 else None
        if office is None:
            continue
        holders = [name for folded, name in full if _shortens(words, folded)]
        if holders and all(
            name.start > ent.start and not _holds_like_office(name, office) for name in holders
        ):
            found.add(words[0])
    return frozenset(found)


def _holds_like_office(name: Span, office: Title) -> bool:
    held = _title_of(name)
    return held is not None and (held.fits(office) or office.fits(held))


def _pronoun_subject(sentence: Span) -> Token | None:
    """A "he" or "she" that is the subject of its sentence's own clause."""
    return next(
        (
            word
            for word in sentence
            if word.lower_ in ("he", "she") and word.dep_ in SUBJECT_DEPS and _in_own_clause(word)
        ),
        None,
    )


def _in_own_clause(word: Token) -> bool:
    """Whether a name is told in its sentence's own clause, not in a relative clause or one
    that modifies a noun ("Y, whose predecessor Z had feuded with him"), nor in a clause
    subordinated by a conjunction ("the first visit since his father Z came in 1964"): such
    a clause tells background, not who the story goes on about."""
    return not any(
        step.dep_ in ("relcl", "acl") or _subordinated(step) for step in [word, *word.ancestors]
    )


def _subordinated(clause: Token) -> bool:
    return clause.dep_ == "advcl" and any(child.dep_ == "mark" for child in clause.children)


def _is_subject(word: Token) -> bool:
    """ "the President's special envoy X travelled": a name set beside its subject title is
    the subject too, whom a later "him" may mean. So is the owner of what a clause is about:
    in "the tour is Weber's third abroad; he went to Oslo in May" "he" is Weber. A name the
    parse sets beside a pronoun ("he stopped to shake hands with the party's president, Mr
    X") is no apposition: a pronoun takes none, and X is only the one he met."""
    return (
        word.dep_ in SUBJECT_DEPS
        or _named_by_copula(word)
        or word.dep_ == "poss"
        or (
            word.dep_ == "appos" and word.head.dep_ in SUBJECT_DEPS and not _bare_pronoun(word.head)
        )
        or subject_swept_into_time(word)
        or _named_by_copula(word)
    )


def _bare_pronoun(word: Token) -> bool:
    """ "he", not the "HE" agency copy writes for "His Excellency" before a name it styles."""
    return word.lower_ in PRONOUNS and not word.is_upper


def _named_by_copula(word: Token) -> bool:
    """ "The driving force of the talks is Ortiz. Last week he flew to Lima": a name a main
    clause's copula ends in is who the clause is about."""
    verb = word.head
    return word.dep_ == "attr" and verb.lemma_ == "be" and verb.dep_ == "ROOT"


def subject_swept_into_time(word: Token) -> bool:
    """ "On Sunday Tolu will travel to Lome": the parse may sweep a subject into the phrase of
    time before its verb ("Sunday Tolu"), leaving the verb with none."""
    prep = next((a for a in word.ancestors if a.dep_ == "prep"), None)
    if prep is None or prep.right_edge.i != word.i or word.dep_ not in ("pobj", "compound"):
        return False
    verb = prep.head
    if verb.dep_ != "ROOT" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    first = min([verb.i, *(c.i for c in verb.children if c.dep_ in ("aux", "neg"))])
    timed = any(w.ent_type_ in ("DATE", "TIME") for w in prep.subtree)
    return word.i + 1 == first and timed


# A line that labels a picture: "Photo:", "PHOTO CAPTION:", "File photo:", "Pic caption:".
_CAPTION_LINE = re.compile(
    r"(?:file\s+)?(?:photo|picture|pic|image|caption|pictured)(?:\s+caption)?\s*:", re.IGNORECASE
)


# A credit set after a line's last full stop: "... at the palace on Monday. (Photo: X/Y)".
_CREDIT_AFTER_STOP = re.compile(r"[.!?\"\u201d]\s*\(([^()\n]{2,80})\)\s*$")
_PICTURE_CREDIT = re.compile(r"\b(?:photo|picture|pool)\b", re.IGNORECASE)


def in_caption(word: Token) -> bool:
    """Whether a word stands in a photo caption: the caption tells the picture, not the story,
    so the person it shows is no antecedent of the story's next "he" ("PHOTO: A greets B. /
    He then flies on ..." goes on telling of the story's traveller)."""
    text = text_of(word.doc)
    line_start = text.rfind("\n", 0, word.idx) + 1
    return _CAPTION_LINE.match(text, line_start) is not None or _credited_picture(word, text)


def _credited_picture(word: Token, text: str) -> bool:
    """ "A welcomes B at the palace on Monday. (Photo: Lorn News)", "A receives B at the
    palace. (LNA)": a line with a credit after its last full stop is a caption when the credit
    names a picture or the line tells, in the present as captions do, what the picture shows.
    A story's sign-off ("... signed the accord on Friday. (END)") tells in the past."""
    start = text.rfind("\n", 0, word.idx) + 1
    end = text.find("\n", word.idx)
    line = text[start : len(text) if end < 0 else end]
    credit = _CREDIT_AFTER_STOP.search(line.rstrip())
    sentence = word.sent
    # One sentence and its credit: a story's paragraph tells more than one thing.
    if credit is None or sentence.start_char > start + len(line) - len(line.lstrip()):
        return False
    if sentence.end_char < start + credit.start():
        return False
    root = sentence.root
    shown = root.tag_ in ("VBZ", "VBP") and root.lemma_ not in ("be", "have")
    return shown or _PICTURE_CREDIT.search(credit.group(1)) is not None


def _only_the_source(span: Span, subjects: list[tuple[Span, Referent]]) -> bool:
    """ "X will hold talks with Y, Z told a press conference. He will also ...": the one who
    reports the news is not who the next "he" is, when the sentence has a doer of its own."""
    if not _reports(span):
        return False
    sentence = span.root.sent
    return any(other.root.sent == sentence and not _reports(other) for other, _ in subjects)


def _reports(span: Span) -> bool:
    """Whether a subject name is told as the subject of a verb of reporting, also when set
    beside its office ("his spokeswoman, Z, said")."""
    word = span.root
    while word.dep_ == "appos":
        word = word.head
    return word.head.lemma_ in cue_words("reporting")


def _first_start(referent: Referent) -> int:
    return min(mention.start for mention in referent.mentions)


def _range(span: Span) -> range:
    return range(span.start, span.end)


def _key_and_name(ent: Span) -> tuple[str, str]:
    known = None if ent.label_ == "NORP" else alias_index().get(fold(ent.text))
    if known is not None:
        return fold(known.name), known.name
    where = gazetteer.place(ent.text) if ent.label_ in (*PLACE_LABELS, "ORG") else None
    # The model reads some countries as organisations: "the Democratic People's Republic..."
    if where is not None and (ent.label_ in PLACE_LABELS or where.kind == "country"):
        return fold(where.name), where.name
    return fold(ent.text), ent.text


def _locate_places(referents: Iterable[Referent]) -> None:
    """Find each place in the gazetteer; a city of a country the article names wins over the
    most populous one of that name ("London" in a story about Canada), but no minor town over
    a capital or a big city."""
    places = [ref for ref in referents if ref.label in PLACE_LABELS]
    named = (gazetteer.place(ref.name) for ref in places)
    countries = {where.country_code for where in named if where and where.kind == "country"}
    for ref in places:
        ref.place = gazetteer.place_in_story(ref.name, countries)


def _person_key(ent: Span, referents: dict[str, Referent]) -> tuple[str, str]:
    words = fold(ent.text).split()
    candidates = [
        ref
        for ref in referents.values()
        if ref.label == "PERSON" and any(_shortens(words, full) for full in _spellings(ref))
    ]
    if candidates:
        best = _likeliest_bearer(candidates, ent.start)
        return best.key, best.name
    return _key_and_name(ent)


def _given_name_of_couple(
    ent: Span, people: Sequence[Span], referents: dict[str, Referent]
) -> tuple[str, str] | None:
    """ "Tomas and Ilona Varga landed": a lone first name joined by "and" to a full name shares
    its surname, so "Tomas" is Tomas Varga, not a person of his own, and a later bare "Varga"
    can be him."""
    surname = _couple_surname(ent, people)
    if surname is None:
        return None
    joined = [fold(ent.text), fold(surname.text)]
    known = alias_index().get(" ".join(joined))
    if known is not None:
        return fold(known.name), known.name
    bearers = [
        ref
        for ref in referents.values()
        if ref.label == "PERSON"
        and any(joined == full or _shortens(joined, full) for full in _spellings(ref))
    ]
    if bearers:
        best = _likeliest_bearer(bearers, ent.start)
        return best.key, best.name
    return " ".join(joined), f"{ent.text} {surname.text}"


def _told_length(ent: Span, people: Sequence[Span]) -> tuple[int, bool]:
    """Longest names first, by the name as the story tells it: "Tomas" of "Tomas and Ilona
    Varga" is as long as "Tomas Varga", so finds its bearer before any bare "Varga" does, but
    after a "Tomas Varga" printed in full."""
    surname = _couple_surname(ent, people)
    told = ent.text if surname is None else f"{ent.text} {surname.text}"
    return -len(fold(told)), surname is not None


def _couple_surname(ent: Span, people: Sequence[Span]) -> Token | None:
    """The surname "Varga" that "Tomas" of "Tomas and Ilona Varga" shares: the last word of a
    full name right after "and", of two or more capitalised words and no title ("Xi and Madame
    Peng" is no couple sharing one). A word the story prints alone elsewhere ("Li and Mei
    Ling" after "Li held talks") is a name the person is known by, not a first name waiting
    for its surname."""
    doc = ent.doc
    if len(ent) != 1 or ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "and":
        return None
    if ent[0].lower_ in title_words() or not _capitalised(ent[0]):
        return None
    partner = next((p for p in people if p.start == ent.end + 1), None)
    if partner is None or len(partner) < 2:
        return None
    if not all(_capitalised(word) and word.lower_ not in title_words() for word in partner):
        return None
    surname = partner[-1]
    if surname.lower_ == ent[0].lower_ or _printed_alone_elsewhere(ent[0], surname):
        return None
    return surname


def _printed_alone_elsewhere(name: Token, surname: Token) -> bool:
    """Whether the story prints the name anywhere but here and before this surname."""
    doc = name.doc
    return any(
        word.text == name.text
        and word.i != name.i
        and (word.i + 1 >= len(doc) or doc[word.i + 1].text != surname.text)
        for word in doc
    )


def _people_of(doc: Doc) -> list[Span]:
    return [ent for ent in doc.ents if ent.label_ == "PERSON"]


def _spellings(referent: Referent) -> list[list[str]]:
    """The person's name as the alias table spells it and as the story printed it: a short
    form keeps the story's spelling ("Sheikh Ahmad" after "Ahmad bin Rashid", whom the table
    files as "Ahmed bin Rashid")."""
    printed = (fold(mention.text).split() for mention in referent.mentions)
    return [referent.key.split(), *printed]


def _likeliest_bearer(people: list[Referent], start: int) -> Referent:
    """Whom a shorter name at `start` stands for: one told in the story itself, not only in a
    headline or byline ("By staff reporter Li Ming" is no party the story goes on about); a
    reader knows only the full names told before it, so one of those, then the most
    mentioned, then the first told."""
    return max(
        people,
        key=lambda ref: (
            _named_in_story(ref),
            _full_name_start(ref) < start,
            len(ref.mentions),
            -_first_start(ref),
        ),
    )


def _named_in_story(referent: Referent) -> bool:
    """Whether a mention stands in the story's text; a Doc of no sentences is all story."""
    mentions = referent.mentions
    return any(not m.doc.has_annotation("SENT_START") or _in_story(m) for m in mentions)


def _full_name_start(referent: Referent) -> int:
    """Where the full name is first told: an earlier short mention does not introduce it."""
    size = len(referent.key.split())
    # "Tomas and Ilona Varga" tells Tomas Varga's full name as much as hers.
    full = [
        m.start
        for m in referent.mentions
        if len(fold(m.text).split()) >= size or _couple_surname(m, _people_of(m.doc))
    ]
    return min(full, default=_first_start(referent))


def _voted_label(referent: Referent, dateline_end: int) -> str:
    """The alias table's label (a country's is GPE), else the label most mentions carry; the
    dateline votes only when nothing else does (the model often reads "TARTU" as an ORG)."""
    known = alias_index().get(referent.key)
    if known is not None and fold(known.name) == referent.key:
        return known.label.value
    if _names_country(referent.name) and any(m.label_ != "PERSON" for m in referent.mentions):
        return EntityLabel.GPE.value  # not a person named Chad
    if any(m.label_ == "GPE" and _told_as_a_place(m) for m in referent.mentions):
        # "Travelled to X, some 100 kilometres west of Y": the name its sentence tells is a
        # place is one wherever else the model read it as a body.
        return EntityLabel.GPE.value
    if any(_after_spouse_noun(m) for m in referent.mentions):
        return EntityLabel.PERSON.value  # "his wife, Raisa": whatever the model read her as
    labelled = [mention for mention in referent.mentions if mention.label_]
    told = [m for m in labelled if m.start_char >= dateline_end]
    if not told and _names_a_town(referent.name):
        return EntityLabel.GPE.value  # "TARTU, May 2 -": named only where the story is filed
    voters = told or labelled
    # "Crossed the Darien": a name printed after "the" is no person's, whatever the model says.
    voters = [m for m in voters if not _person_after_article(m)] or voters
    votes = Counter(mention.label_ for mention in voters)
    # A tie between a place and a person, for a name the gazetteer knows as a city or a
    # country (a city named after a person, read once each way), goes to the place.
    placed = _names_a_town(referent.name)
    label = max(
        votes,
        key=lambda label: (votes[label], placed and label == "GPE", label == referent.label),
    )
    if label == "GPE" and _unknown_acronym(referent.name):
        return EntityLabel.ORG.value  # "BRICS", "ASEAN": blocs the model reads as places
    return label


def _names_a_town(name: str) -> bool:
    known = gazetteer.place(name)
    return known is not None and known.kind in ("city", "country")


def _person_after_article(mention: Span) -> bool:
    before = mention.doc[mention.start - 1] if mention.start > 0 else None
    return mention.label_ == "PERSON" and before is not None and before.lower_ == "the"


def _unknown_acronym(name: str) -> bool:
    return name.isupper() and len(name) <= 6 and gazetteer.place(name) is None


def _names_country(name: str) -> bool:
    where = gazetteer.place(name)
    return where is not None and where.kind == "country" and fold(where.name) == fold(name)


def _known_label(ent: Span) -> str:
    known = None if ent.label_ == "NORP" else alias_index().get(fold(ent.text))
    return known.label.value if known is not None else ent.label_


def _person_named(ent: Span, referents: dict[str, Referent]) -> Referent | None:
    """The person a shorter name ("Halász", "Diallo-Keita", "Ortega Vidal") stands for,
    unless the alias table or the gazetteer knows it as something else."""
    words = fold(ent.text).split()
    if not all(_capitalised(w) for w in ent if w.is_alpha) or fold(ent.text) in alias_index():
        return None
    if ent.label_ in PLACE_LABELS and _known_as_place(ent.text):
        return None
    people = [
        ref
        for ref in referents.values()
        if ref.label == "PERSON" and _shortens(words, ref.key.split())
    ]
    return _likeliest_bearer(people, ent.start) if people else None


def _person_after_unknown_title(
    ent: Span, referents: dict[str, Referent]
) -> tuple[Referent, Span] | None:
    """ "Dasho Ado Kell arrived", read as an organisation, in a story that prints "Ado Kell"
    as a person: capitalised words before a person's full name, which the story prints
    without them, are a title the packaged data does not know (an untranslated one). The
    mention is that person, told by the name after the title. A place keeps its name: "Port"
    or "Fort" before a person's name makes a town named after them."""
    if ent.label_ in PLACE_LABELS or ent.label_ == "PERSON":
        return None
    bearers = [ref for ref in referents.values() if ref.label == "PERSON"]
    for name in _names_after_lead(ent):
        words = fold(name.text).split()
        printed = [ref for ref in bearers if words in _printed_person_names(ref)]
        if printed:
            return _likeliest_bearer(printed, ent.start), name
    return None


def _person_after_title_or_rank(
    ent: Span, referents: dict[str, Referent]
) -> tuple[Referent, Span] | None:
    return _person_after_unknown_title(ent, referents) or _person_after_rank(ent, referents)


def _person_after_rank(ent: Span, referents: dict[str, Referent]) -> tuple[Referent, Span] | None:
    """ "General Tolu" read as an organisation, in a story that names "Ado Tolu": a military
    rank before a name a person of the story bears is that person addressed by rank ("General
    Motors" stays a company: no one in the story is called Motors)."""
    rank = ent[0].is_title and ent[0].lower_ in title_lists()["title.military_rank"]
    if not rank or len(ent) < 2 or ent.label_ in PLACE_LABELS or ent.label_ == "PERSON":
        return None
    name = ent[1:]
    person = _person_named(name, referents)
    return (person, name) if person is not None else None


def _past_unknown_titles(people: list[Span]) -> list[Span]:
    """ "Prime Minister Ado Kell ... Lyonpo Ado Kell met": capitalised words before a full
    name the story told earlier without them are a title the packaged data does not know,
    not a first name: a story gives a person's first names when it introduces them."""
    return [_past_unknown_title(ent, people) for ent in people]


def _past_unknown_title(ent: Span, people: list[Span]) -> Span:
    earlier = {fold(other.text) for other in people if other.start < ent.start}
    name = next((name for name in _names_after_lead(ent) if fold(name.text) in earlier), None)
    return ent if name is None else Span(ent.doc, name.start, name.end, label=ent.label_)


def _names_after_lead(ent: Span) -> list[Span]:
    """What a mention leaves after one or two leading capitalised words, while that is still a
    name of two words or more: the full names an untranslated title may stand before."""
    return [
        ent[lead:]
        for lead in range(1, MAX_UNKNOWN_TITLE_WORDS + 1)
        if all(_capitalised(word) for word in ent[: lead + 1]) and _full_name(ent[lead:])
    ]


def _full_name(words: Span) -> bool:
    """Two words or more once folded: "Okafor's" is one word, "Bello-Okafor" two."""
    return len(fold(words.text).split()) >= 2


def _printed_person_names(referent: Referent) -> list[list[str]]:
    """The full names a person's mentions print as a person (not the one-word forms)."""
    return [
        fold(mention.text).split()
        for mention in referent.mentions
        if mention.label_ == "PERSON" and _full_name(mention)
    ]


def _known_as_place(name: str) -> bool:
    """Whether a name is better known as a place than as the surname of a person the story
    names in full: "Halden" after "Ruth Halden" is the person, though a small town in Norway
    bears the name; a country, a capital, a big city or a region stays a place."""
    found = gazetteer.place(name)
    return found is not None and not gazetteer.minor_town(found)


def _short_names(doc: Doc, people: Iterable[Span]) -> dict[str, Span]:
    """ "Minister Amara Tolu (Amtolu) arrived ... Amtolu said": a name in brackets right after
    a person's full name is what the story calls that person from then on. A place or an
    outlet in brackets ("(Ruritania)", "(AP)") is no name."""
    found: dict[str, Span] = {}
    for ent in people:
        opening = ent.end
        if len(ent) < 2 or opening >= len(doc) or doc[opening].text != "(":
            continue
        inner = doc[opening + 1 : opening + 2 + MAX_SHORT_NAME_WORDS]
        close = next((t.i for t in inner if t.text == ")"), None)
        if close is None or close == opening + 1:
            continue
        short = doc[opening + 1 : close]
        if _could_be_short_name(short):
            found.setdefault(fold(short.text), ent)
    return found


def _could_be_short_name(short: Span) -> bool:
    return (
        all(word.is_alpha and word.is_title for word in short)
        and len(short.text) > 2
        and fold(short.text) not in alias_index()
        and gazetteer.place(short.text) is None
    )


def _capitalised(word: Token) -> bool:
    """ "Moen", and "McAlister" or "DeLuca", which `is_title` refuses."""
    return word.text[:1].isupper() and not word.is_upper


def _add_name_echoes(
    doc: Doc, referents: dict[str, Referent], known_as: Mapping[str, Referent]
) -> None:
    """A capitalised word outside any entity that repeats a person's surname, or the short
    name the story gave them, is that person: the model often misses the bare "Ryu" after
    "Ryu Chol Min"."""
    people = [ref for ref in referents.values() if ref.label == "PERSON"]
    # The key is folded ("dragicevic"), the text keeps its diacritics ("Dragičević").
    names = {w for ref in people for w in (*ref.key.split(), *ref.name.lower().split())}
    wanted = {doc.vocab.strings.add(name) for name in (*names, *known_as)}
    # Read the lower-case forms as one array: making a Token per word costs more than the rest.
    found = [i for i, lower in enumerate(doc.to_array(LOWER).tolist()) if lower in wanted]
    for token in (doc[i] for i in found):
        # The tagger reads some names with diacritics as nouns: "Dragičević will pay".
        misread = token.ent_type_ in MISREAD_NAME_LABELS
        # An initial run on ("Ts.Elbegdorj") may be tagged a number.
        initialled = token.pos_ == "NUM" and "." in token.text and token.text[-1].isalpha()
        if (token.pos_ in ("PROPN", "NOUN") or initialled) and misread and _capitalised(token):
            word = token.doc[token.i : token.i + 1]
            other = _another_bearer(word, names)
            if other is not None:
                _add(referents, _key_and_name(other), other, "PERSON")
                continue
            person = (
                known_as.get(token.lower_)
                or _one_word_person(word, referents)
                or _person_named(word, referents)
            )
            if person is not None:
                person.mentions.append(Span(doc, token.i, token.i + 1, label="PERSON"))


def _add_names_known_as(doc: Doc, referents: dict[str, Referent]) -> None:
    """ "Kell, widely known as Adokel, told him ... Adokel was in Tarsa": the name a
    person is said to be known by is that person wherever the story uses it, whatever the
    model read it as."""
    owners = _person_owners(referents)
    for words in (tuple(phrase.split()) for phrase in cue_words("name_given")):
        size = len(words)
        for start in indices_where(doc, LOWER, frozenset({words[0]})):
            if tuple(word.lower_ for word in doc[start : start + size]) != words:
                continue
            person = owners.get(_named_before_comma(doc, start))
            name = _name_at(doc, start + size)
            if person is not None and name is not None:
                _take_name(referents, person, name)


def _add_peerages_set_beside(doc: Doc, referents: dict[str, Referent]) -> None:
    """ "Prince Ado, the Duke of Belmark, arrived ... a banquet for the Duke of Belmark": a
    peerage set beside a person's name by commas is that person wherever the story tells it
    again, either side of the name."""
    owners = _person_owners(referents)
    for title in (doc[i] for i in indices_where(doc, LOWER, cue_words("peerage"))):
        end = _peerage_end(title) if title.is_title else None
        if end is None:
            continue
        start = title.i - int(title.i > 0 and doc[title.i - 1].lower_ == "the")
        before = owners.get(start - 2) if start > 1 and doc[start - 1].text == "," else None
        after = owners.get(_past_titles(doc, end + 1)) if doc[end : end + 1].text == "," else None
        person = before or after
        if person is not None:
            _take_name(referents, person, Span(doc, title.i, end, label="PERSON"))


def _past_titles(doc: Doc, start: int) -> int:
    while start < len(doc) - 1 and doc[start].is_title and doc[start].lower_ in title_words():
        start += 1
    return start


def _person_owners(referents: Mapping[str, Referent]) -> dict[int, Referent]:
    """Which person each word of a person's mention tells of."""
    return {
        i: ref
        for ref in referents.values()
        if ref.label == "PERSON"
        for span in ref.mentions
        for i in _range(span)
    }


def _named_before_comma(doc: Doc, start: int) -> int:
    """Where the name set off by a comma before "(widely) known as" ends, or -1."""
    before = start - 1
    while before > 0 and doc[before].pos_ == "ADV" and doc[before].is_lower:
        before -= 1
    return before - 1 if before > 0 and doc[before].text == "," else -1


def _name_at(doc: Doc, start: int) -> Span | None:
    """The capitalised name of a word or a few at `start`, no title among them."""
    end = start
    while (
        end < len(doc)
        and end - start < MAX_SHORT_NAME_WORDS
        and _capitalised(doc[end])
        and doc[end].lower_ not in title_words()
    ):
        end += 1
    ended = end == len(doc) or not _capitalised(doc[end])
    return Span(doc, start, end, label="PERSON") if end > start and ended else None


def _take_name(referents: dict[str, Referent], person: Referent, name: Span) -> None:
    """Fold the name, as the story tells it anywhere, into the person it is another name of:
    the referent the model made of it, and the words it left unlabelled."""
    key = fold(name.text)
    other = referents.get(key)
    if other is not None and other is not person:
        person.mentions.extend(Span(m.doc, m.start, m.end, label="PERSON") for m in other.mentions)
        del referents[key]
    taken = {i for ref in referents.values() for span in ref.mentions for i in _range(span)}
    doc, size = name.doc, len(name)
    wanted = [word.text for word in name]
    for start in indices_where(doc, LOWER, frozenset({name[0].lower_})):
        told = [word.text for word in doc[start : start + size]] == wanted
        if told and taken.isdisjoint(range(start, start + size)):
            person.mentions.append(Span(doc, start, start + size, label="PERSON"))


def _another_bearer(word: Span, names: set[str]) -> Span | None:
    """ "Ambassador Hari Bahadur Thapa" in a story about Ram Thapa: given names the model left
    untagged before the surname, none of them a name of anyone the story tells, make the full
    name of another person."""
    doc = word.doc
    start = word.start
    while start > 0 and _given_name_word(doc[start - 1]):
        start -= 1
    given = doc[start : word.start]
    if not given or any(fold(w.text) in names or w.lower_ in names for w in given):
        return None
    # "Lena Vik Holm" after "Lena Holm": the word echoed must end the name, and the name
    # must follow an office (a palace or an air base named for someone names no one).
    ends = word.end >= len(doc) or not _given_name_word(doc[word.end])
    if not ends or not _after_an_office(doc, start):
        return None
    full = Span(word.doc, start, word.end, label="PERSON")
    # In a title-case headline the words before a surname may be anything: "Tolu Greets Renn".
    return None if _on_headline(full, text_of(word.doc)) else full


def _after_an_office(doc: Doc, start: int) -> bool:
    """ "Ambassador Hari Thapa", "Ambassador to the United States Hari Thapa"."""
    before = start - 1
    if before >= 0 and doc[before].ent_type_ in PLACE_LABELS:
        while before > 0 and doc[before - 1].ent_type_ == doc[before].ent_type_:
            before -= 1
        before -= 2 if before >= 2 and doc[before - 1].lower_ == "the" else 1
        if before < 1 or doc[before].lower_ not in ("to", "of", "for", "in"):
            return False
        before -= 1
    return before >= 0 and doc[before].lower_ in title_words()


def _given_name_word(word: Token) -> bool:
    untagged = word.ent_type_ in MISREAD_NAME_LABELS and word.pos_ == "PROPN"
    return untagged and _capitalised(word) and word.lower_ not in title_words()


def _one_word_person(word: Span, referents: dict[str, Referent]) -> Referent | None:
    """A person the story names by one word only ("Dr Tolu" told as "Tolu" once an honorific
    is cut off) comes back as that same word, which no shorter form can match. Only a name
    once told after a title: a word the model alone calls a person may be a thing or a people."""
    found = referents.get(fold(word.text))
    if found is None or found.label != "PERSON" or fold(word.text) in alias_index():
        return None
    return found if any(map(_after_a_title, found.mentions)) else None


def _after_a_title(span: Span) -> bool:
    """ "Foreign Minister Brekke", "Dr Tolu": a name told right after a title word."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.lower_ in title_words()


def _add_styles(doc: Doc, referents: dict[str, Referent]) -> None:
    """ "The Keeper of the Seven Seals King Arno Vell held talks ... the Keeper of the Seven
    Seals said": a capitalised style printed once before a person's name stands for them,
    there (the parse may hang the name on the style) and where it comes back alone."""
    styles: dict[tuple[str, ...], Referent] = {}
    for ref in referents.values():
        for span in ref.mentions if ref.label == "PERSON" else ():
            words = _style_before(span)
            if words is not None:
                styles.setdefault(words, ref)
    if not styles:
        return
    taken = {i for ref in referents.values() for span in ref.mentions for i in _range(span)}
    lowered = [word.lower_ for word in doc]
    for words, ref in styles.items():
        size = len(words)
        for start in range(len(doc) - size + 1):
            if tuple(lowered[start : start + size]) != words or not doc[start].is_title:
                continue
            if taken.isdisjoint(range(start, start + size)):
                ref.mentions.append(Span(doc, start, start + size, label="PERSON"))


def _style_before(span: Span) -> tuple[str, ...] | None:
    """The words of "the Keeper of the Seven Seals" before "King Arno Vell": capitalised
    words and links, opened by "the", with no office word among them (offices are titles)."""
    doc, end = span.doc, span.start
    while end > 0 and doc[end - 1].is_title and doc[end - 1].lower_ in title_words():
        end -= 1
    start = end
    while (
        start > 0
        and end - start < MAX_STYLE_WORDS
        and (doc[start - 1].is_title or doc[start - 1].lower_ in STYLE_LINKS)
        and doc[start - 1].ent_type_ in ("", "CARDINAL", "ORDINAL")
        and not _after_line_break(doc[start])
    ):
        start -= 1
    opening = next((word.i for word in doc[start:end] if word.lower_ == "the"), None)
    if opening is None:
        return None
    style = doc[opening + 1 : end]
    if len(style) < 2 or not (style[0].is_title and style[-1].is_title):
        return None
    if any(word.lower_ in title_words() for word in style):
        return None
    return tuple(word.lower_ for word in style)


def _shortens(words: list[str], full: list[str]) -> bool:
    """ "Ri" shortens "Ri Yong Chol", "von der Aue" shortens "Greta von der Aue", and a
    first surname the whole double one: "Ortega" shortens "Tomás Ortega Vidal", and so does a
    hyphened one, folded to two words: "Ruiz-Toledo" shortens "Ana Ruiz-Toledo Vidal"."""
    if full[1:2] == ["of"] and full[0] in cue_words("peerage"):
        return False  # "Duke" or "Belmark" is no short name of "the Duke of Belmark"
    size = len(words)
    middle = full[1:-1]
    first_surname = size == 1 and len(full) >= 3 and words[0] in middle
    first_surname = first_surname or (1 < size < len(middle) + 1 and words == middle[:size])
    # "Tade Kell" shortens "Tade Ado Kell": a story may drop the middle names, never the
    # first or the last, so "Ana Kell" stays another person.
    middle_dropped = size == 2 and len(full) >= 3 and words == [full[0], full[-1]]
    return 0 < size < len(full) and (
        words in (full[:size], full[-size:]) or first_surname or middle_dropped
    )


def _add(
    referents: dict[str, Referent], key_and_name: tuple[str, str], span: Span, label: str
) -> None:
    key, name = key_and_name
    referent = referents.get(key)
    if referent is None:
        referents[key] = Referent(key=key, label=label, name=name, mentions=[span])
        return
    referent.mentions.append(span)
    fuller = len(fold(name)) > len(fold(referent.name))
    # "Bergen" in the story names the place better than the dateline's "BERGEN", and "Ivo
    # Marek" the person better than a lede's "IVO Marek".
    as_printed = len(fold(name)) == len(fold(referent.name))
    if (fuller or (as_printed and _shouted(name) < _shouted(referent.name))) and fold(name) == key:
        referent.name = name


def _shouted(name: str) -> int:
    """How many words of a name are set in capitals: a dateline's, or a lede's first."""
    return sum(word.isupper() and len(word) > 1 for word in name.split())


@dataclass(frozen=True)
class Title:
    """An office: the title words that name it, and the country it serves, when printed."""

    nationality: str | None
    words: frozenset[str]
    # Told only by likeness ("his Thai counterpart, Y" holds the host's office): it answers a
    # role phrase that names the country, never a bare "the minister".
    by_likeness: bool = False
    # Printed with the body it serves: "European Commission President X".
    of_body: bool = False

    def fits(self, wanted: Title) -> bool:
        """Whether a role phrase ("the Secretary") can stand for the holder of this office:
        every word of the phrase is in the office, and so is every rank word of the office
        ("the Secretary" is not the Deputy Secretary). A "leader" heads a state or government."""
        if None not in (wanted.nationality, self.nationality) and (
            wanted.nationality != self.nationality
        ):
            return False
        if self.by_likeness and wanted.nationality is None:
            return False
        words, ranks = wanted.words, self.words & rank_words()
        if not words:
            # "his Norwegian counterpart" names no office: any rank of it may be the counterpart.
            ranks = frozenset()
        if "leader" in words and not self.words.isdisjoint(leader_words()):
            # "the Norwegian leader" is Prime Minister X: "prime" makes no other office here.
            words, ranks = words - {"leader"}, ranks - leader_words()
        for kind, offices in offices_of_kind().items():
            if kind in words and not self.words.isdisjoint(offices):
                # "His Majesty" is King X or Sultan Y, "the heir to the throne" Crown Prince Z.
                words, ranks = words - {kind}, ranks - offices
        return words <= self.words and ranks <= words


def _agrees_in_gender(
    phrase: Span, holder: Referent, titled: list[tuple[int, Title, Referent]]
) -> bool:
    """ "His Majesty" is no queen and "Her Majesty" no king: a style's pronoun agrees with
    every office its holder was printed with, not only the bare style they were last told by."""
    pronoun = phrase[0].lower_
    if pronoun not in ("his", "her"):
        return True
    other = cue_words("female_office") if pronoun == "his" else cue_words("male_office")
    return all(title.words.isdisjoint(other) for _, title, ref in titled if ref.key == holder.key)


def _resolve_titles(
    doc: Doc, referents: dict[str, Referent], by_token: dict[int, Referent]
) -> None:
    titled = sorted(
        (span.start, title, ref)
        for ref in referents.values()
        if ref.label == "PERSON"
        for span in ref.mentions
        if (title := _title_of(span)) is not None
    )
    salience = {ref.key: _salience(ref) for ref in referents.values()}
    countries: dict[str, str] = {}
    for _, title, ref in titled:
        if title.nationality is not None:
            countries.setdefault(ref.key, title.nationality)
    # "European Commission President X" is the Commission's; "President Y" a state's.
    of_bodies = {ref.key for _, title, ref in titled if title.of_body} - {
        ref.key for _, title, ref in titled if not title.of_body
    }
    _hold_indefinite_offices(doc, referents, titled, countries)
    visitors = travellers(referents.values())
    for phrase in doc.spans.get(TITLES_KEY, []):
        named = _named_beside(phrase, by_token)
        if named is not None:
            # The office set beside a name is that name, however the parser hung the two.
            by_token.update({i: named for i in _range(phrase) if i not in by_token})
            continue
        wanted = Title(_nationality(phrase) or _head_of_party(phrase), _title_words(phrase))
        fitting = [
            (start, ref)
            for start, title, ref in titled
            if title.fits(wanted) and _agrees_in_gender(phrase, ref, titled)
        ]
        if wanted.nationality is not None:
            fitting = _of_country(fitting, wanted.nationality, countries)
            fitting = [
                f for f in fitting if not _told_coming_to(f[1], wanted.nationality, phrase.start)
            ]
        taken = _told_beside(phrase, doc.spans.get(TITLES_KEY, []), titled, by_token)
        fitting = [f for f in fitting if f[1].key not in taken] or fitting
        # A holder printed with the wanted country beats one printed without any, and a bare
        # "the President" is the one never printed with a country ("Tanzania President X" is
        # the visitor's). A counterpart is named by its country alone.
        # A reader knows only the holders told before the phrase: one printed without a
        # country later on ("then President X" in background) is not the bare "the President",
        # even when only that one is ever told travelling.
        fitting = [f for f in fitting if f[0] < phrase.start] or fitting
        travelling = wanted.nationality is None and _told_travelling(phrase)
        if any(word.lower_ == "visiting" for word in phrase) or travelling:
            fitting = [f for f in fitting if f[1].key in visitors] or fitting
        if wanted.nationality is None and not _names_a_body(phrase):
            # A bare "the president" is a state's, before a body's printed as such.
            fitting = [f for f in fitting if f[1].key not in of_bodies] or fitting
        exact = [f for f in fitting if countries.get(f[1].key) == wanted.nationality]
        if not exact and wanted.nationality is None and "leader" in wanted.words:
            # "TARNOW (LPA) - ... Later the Head of State opened a bridge": a bare head of
            # state told by the outlet of the country it files from is that country's.
            home = _filed_from(doc)
            exact = [f for f in fitting if countries.get(f[1].key) == home]
        chosen = exact if _is_counterpart(phrase) else exact or fitting
        candidates = [(salience[ref.key], start, ref) for start, ref in chosen]
        unique = len({ref.key for _, _, ref in candidates}) == 1
        holder = _likely_holder(
            candidates, phrase.start, named=wanted.nationality is not None or unique
        )
        if holder is None and (holder := _introduced_next(phrase, referents, titled)):
            # Told by the office it holds from then on: "the Lorvian minister" later is them.
            salience[holder.key] += 1
        holder = holder or _spouse_of_named(phrase, referents, by_token)
        if holder is not None:
            holder.mentions.append(phrase)
            by_token.update(dict.fromkeys(_range(phrase), holder))
            # Each role phrase read as a holder is one more mention of them: a story that keeps
            # calling its protagonist "the President" makes them the President a later bare
            # "the President" means, though another president was named in between.
            salience[holder.key] += 1
            # A reader now knows them by that office: a later bare "the President" may mean
            # them, though their name was printed with the office only further on.
            titled.append((phrase.start, wanted, holder))
            # "Peru's president" read as President X tells X's country to a later "the
            # Peruvian leader", where a prime minister of no printed country fits as well.
            if wanted.nationality is not None:
                countries.setdefault(holder.key, wanted.nationality)


def _introduced_next(
    phrase: Span, referents: dict[str, Referent], titled: list[tuple[int, Title, Referent]]
) -> Referent | None:
    """ "Lorvia's trade minister arrived in Kell on Monday. Arno Vell was met at the airport":
    a lede may tell a party by office first and name them only in the next sentence. The
    first person named there, as a subject and with no office printed, holds it."""
    doc = phrase.doc
    if not doc.has_annotation("SENT_START"):
        return None
    following = _next_sentence(doc, phrase.sent.end)
    if following is None:
        return None
    named = sorted(
        (span.start, span, ref)
        for ref in referents.values()
        if ref.label == "PERSON"
        for span in ref.mentions
        if span.start < following.end and span.end > phrase.sent.start
    )
    if not named or named[0][0] < following.start:
        return None  # the phrase's own sentence names someone: the office may be theirs
    _, first, ref = named[0]
    offices = {holder.key for _, _, holder in titled}
    known = any(m.start < phrase.start and _in_story(m) for m in ref.mentions)
    return ref if ref.key not in offices and not known and _is_subject(first.root) else None


def _spouse_of_named(
    phrase: Span, referents: dict[str, Referent], by_token: dict[int, Referent]
) -> Referent | None:
    """ "The Lorvian president and his wife, Ana Marek, landed": an office printed with no one
    is held by the one person told before it who shares the surname of the spouse it is
    joined to."""
    spouses = (
        word
        for word in phrase.root.conjuncts
        if word.i > phrase.root.i and word.lemma_.lower() in cue_words("spouse_noun")
    )
    spouse = next(
        (
            by_token.get(name.i)
            for word in spouses
            for name in word.children
            if name.dep_ == "appos"
        ),
        None,
    )
    if spouse is None:
        return None
    return sole_namesake(
        spouse,
        referents.values(),
        lambda ref: any(span.start < phrase.start for span in ref.mentions),
    )


def sole_namesake(
    person: Referent, people: Iterable[Referent], fits: Callable[[Referent], bool]
) -> Referent | None:
    """The one other person of the story who bears `person`'s surname and `fits`: a spouse's
    partner or a partner's spouse. None when several do, since a family may travel together."""
    if person.label != "PERSON" or len(person.name.split()) < 2:
        return None
    surname = person.name.split()[-1]
    found = [
        ref
        for ref in people
        if ref.label == "PERSON"
        and ref.key != person.key
        and ref.name.split()[-1] == surname
        and fits(ref)
    ]
    return found[0] if len(found) == 1 else None


def _in_story(span: Span) -> bool:
    """Whether a mention stands in a sentence of the story, not in a headline or standfirst,
    which end with no full stop: a party named only there is still to be introduced."""
    words = [word for word in span.sent if not word.is_space]
    return bool(words) and words[-1].text in (".", "!", "?", '"', "”", "'")


def _hold_indefinite_offices(
    doc: Doc,
    referents: dict[str, Referent],
    titled: list[tuple[int, Title, Referent]],
    countries: dict[str, str],
) -> None:
    """ "The first visit to Zembla by a Lorvian trade minister. Ada Quell arrived ...": the
    office is Quell's, so a later "the Lorvian minister" is her."""
    for office, country in _indefinite_offices(doc):
        holder = _introduced_next(office, referents, titled)
        if holder is not None:
            titled.append((office.start, Title(country, _title_words(office)), holder))
            countries.setdefault(holder.key, country)


def _indefinite_offices(doc: Doc) -> list[tuple[Span, str]]:
    """Offices told of a party still to be named ("a Lorvian trade minister"), each with the
    country it serves."""
    found = []
    for word in (doc[i] for i in indices_where(doc, LOWER, INDEFINITE_ARTICLES)):
        end = word.i + 1
        while end < len(doc) and end - word.i <= MAX_TITLE_WORDS:
            if not _relative_office_word(doc[end]):
                break
            end += 1
        office = doc[word.i + 1 : end]
        country = _nationality(office) if office else None
        if country is not None and not _title_words(office).isdisjoint(role_words()):
            found.append((office, country))
    return found


def _next_sentence(doc: Doc, start: int) -> Span | None:
    """The sentence after a word, past blank lines."""
    while start < len(doc):
        sentence = doc[start].sent
        if any(word.is_alpha for word in sentence):
            return sentence
        start = sentence.end
    return None


def _head_of_party(phrase: Span) -> str | None:
    """ "The Lorvian delegation headed by the Prime Minister": the office heading a party
    told with its country is of that country."""
    root = phrase.root
    if root.dep_ != "pobj" or root.head.dep_ != "agent":
        return None
    verb = root.head.head
    if verb.dep_ != "acl" or verb.lemma_ not in ("head", "lead"):
        return None
    owners = (w for w in verb.head.children if w.dep_ in ("amod", "compound", "poss"))
    found = (_nationality(verb.doc[w.i : w.i + 1]) for w in owners)
    return next((country for country in found if country is not None), None)


def _filed_from(doc: Doc) -> str | None:
    """The folded country of the dateline's place, when there is one the gazetteer knows."""
    dateline = find_dateline(text_of(doc))
    where = gazetteer.place(dateline.place) if dateline and dateline.place else None
    return fold(gazetteer.country_of(where).name) if where is not None else None


def _of_country(
    fitting: list[tuple[int, Referent]], country: str, countries: dict[str, str]
) -> list[tuple[int, Referent]]:
    """The holders a role naming its country may be: "the Lorvian minister" is never one the
    story prints as another country's, though no holder is printed as Lorvian. Someone of that
    country, or nobody."""
    return [(start, ref) for start, ref in fitting if countries.get(ref.key) in (None, country)]


def _told_coming_to(person: Referent, country: str, before: int) -> bool:
    """ "X flew to Vadum": whoever the story has told travelling into a country is its
    visitor, never the holder "the Lorvian leader" means, though printed with no country (one
    who returns there, or will go on there, may be going home)."""
    return any(
        span.start < before
        and span.root.dep_ == "nsubj"
        and span.root.head.lemma_ in cue_words("motion") - {"return"}
        and span.root.head.tag_ == "VBD"
        and any(_in_country(place, country) for place in _destinations(span.root.head))
        for span in person.mentions
    )


def _destinations(verb: Token) -> Iterable[Token]:
    return (
        word
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in ("to", "in", "at")
        for word in prep.children
        if word.dep_ == "pobj"
    )


def _in_country(word: Token, country: str) -> bool:
    span = entity_span(word)
    where = gazetteer.place(span.text) if span is not None else None
    return where is not None and fold(gazetteer.country_of(where).name) == country


def _told_beside(
    phrase: Span,
    phrases: Iterable[Span],
    titled: list[tuple[int, Title, Referent]],
    by_token: dict[int, Referent],
) -> set[str]:
    """Who the other party of the phrase's verb is: "the head of state met the Pontiff" tells
    two people, so the one only "the Pontiff" fits is not the head of state."""
    verb = phrase.root.head
    if phrase.root.dep_ not in ("nsubj", "nsubjpass", "dobj") or verb.pos_ != "VERB":
        return set()
    others = [w for w in verb.children if w.dep_ in ("nsubj", "nsubjpass", "dobj")]
    others = [w for w in others if w.i not in range(phrase.start, phrase.end)]
    taken = {by_token[w.i].key for w in others if w.i in by_token}
    for other in phrases:
        if other.root in others:
            wanted = Title(_nationality(other), _title_words(other))
            keys = {ref.key for _, title, ref in titled if title.fits(wanted)}
            taken |= keys if len(keys) == 1 else set()
    return taken


def holds_office(person: Referent, office: frozenset[str]) -> bool | None:
    """Whether an office a person is printed with is the one a plural role names ("the two
    ministers" are no prime minister, "the two premiers" are prime ministers); None when the
    article prints none."""
    found = (_title_of(span) or _title_within(span) for span in person.mentions)
    titles = [title for title in found if title is not None and not title.by_likeness]
    if not titles:
        return None
    # "Premier X" and "Prime Minister Y" hold one office under two names.
    wanted = Title(None, _office_named(office))
    return any(title.fits(wanted) for title in titles)


def styled_as_spouse(person: Referent) -> bool:
    """Whether a name is printed after a spouse's style: "First Lady X"."""
    for span in person.mentions:
        doc, end = span.doc, span.start
        start = max(0, end - MAX_TITLE_WORDS)
        words = [word.lower_ for word in doc[start:end]]
        if any(
            words[-len(style.split()) :] == style.split()
            for style, office in office_styles().items()
            if office == "spouse"
        ):
            return True
    return False


def _title_within(span: Span) -> Title | None:
    """The office a name was printed with inside its own span: "President Xi" read whole as
    the person. "Amir-Ravan" is a name: a title is printed apart from the name it styles."""
    leading = list(takewhile(lambda token: _printed_apart_title(token), span))
    words = _title_words(span[: len(leading)]) if leading else frozenset()
    return Title(None, words) if not words.isdisjoint(role_words()) else None


def _printed_apart_title(token: Token) -> bool:
    return token.lower_ in title_words() and bool(token.whitespace_)


def _named_beside(phrase: Span, by_token: dict[int, Referent]) -> Referent | None:
    """ "His Norwegian counterpart, Ane Haugen": a role phrase with a name right after it stands
    for that name, not for a holder of the office told elsewhere ("... the minister, Haugen
    said" is a speaker, not the name)."""
    doc = phrase.doc
    after = _past_office_of(phrase)
    if after < len(doc) and doc[after].text == "," and _listed_bare(phrase[-1]):
        return None
    after += int(after < len(doc) and doc[after].text == ",")
    # "..., Prince Ali Hamad", "..., Lt-Gen Ali Hamad": a title or style before the name is
    # no part of it.
    while after < len(doc) - 1 and (
        (doc[after].is_title and doc[after].lower_ in title_words()) or _joins_ranks(doc[after])
    ):
        after += 1
    if after >= len(doc):
        return None
    found = by_token.get(after)
    name = doc[after]
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    # "..., Kamala X, today held talks": a name closed by a second comma is set off beside
    # the office, though the parser made it the verb's subject.
    closed = name.i + 1 < len(doc) and doc[name.i + 1].text == ","
    speaking = after > phrase.end and name.dep_ in ("nsubj", "nsubjpass") and not closed
    return found if found is not None and found.label == "PERSON" and not speaking else None


def _listed_bare(office: Token) -> bool:
    """ "President, Lund sign pact": a bare office opening a headline, then a comma, is the
    first of the parties it lists, not set off before the name of its holder, which a
    determiner or an owner would introduce ("the President, X", "Togo's president, X")."""
    return bool(office.is_sent_start)


def _past_office_of(phrase: Span) -> int:
    """Where a role phrase's office ends: "the Prime Minister of Ruritania, X" names X after
    the country the office serves."""
    doc, end = phrase.doc, phrase.end
    # A hyphened office ("Vice-President") may be parsed in pieces, "of" hung on its last.
    if end < len(doc) and doc[end].lower_ == "of" and doc[end].head.i in _range(phrase):
        return max(end, *(word.i for word in doc[end].subtree)) + 1
    return end


def travellers(referents: Iterable[Referent]) -> frozenset[str]:
    """People told as the subject of a verb of travel ("X will arrive here on Thursday"): who
    "the visiting premier" may be."""
    return frozenset(
        ref.key
        for ref in referents
        if ref.label == "PERSON"
        for span in ref.mentions
        if span.root.dep_ == "nsubj" and span.root.head.lemma_ in cue_words("motion")
    )


def _told_travelling(phrase: Span) -> bool:
    """ "The Vice-President will travel to X": a bare office told travelling on is the
    article's traveller who holds it, not a holder who only stayed at home to receive them."""
    verb = phrase.root.head
    return phrase.root.dep_ == "nsubj" and verb.lemma_ in cue_words("motion")


def _likely_holder(
    candidates: list[tuple[int, int, Referent]], phrase_start: int, *, named: bool
) -> Referent | None:
    """The most salient holder introduced before the phrase, then the most recent; a phrase
    that names its country ("Pakistan's prime minister" in a lede), or that only one person of
    the article can fill ("The Secretary met ..." before "Secretary of State X arrived"),
    may also look ahead."""
    earlier = [c for c in candidates if c[1] < phrase_start]
    if earlier:
        return max(earlier, key=lambda c: c[:2])[2]
    later = [c for c in candidates if c[1] > phrase_start]
    return min(later, key=lambda c: c[1])[2] if named and later else None


def _salience(referent: Referent) -> int:
    """Mentions that are not a source speaking: "Varga said" names who reports the story, and
    a spokesman quoted five times is still not what "the secretary" refers to."""
    return sum(
        1
        for m in referent.mentions
        if not (m.root.dep_ == "nsubj" and m.root.head.lemma_ in cue_words("reporting"))
    )


def _is_counterpart(phrase: Span) -> bool:
    return phrase[-1].lower_ in ("counterpart", "counterparts")


def _title_words(phrase: Span) -> frozenset[str]:
    office = _styled_office(phrase)
    if office is not None:
        return frozenset({office})
    words = frozenset(token.lower_ for token in phrase if token.lower_ in title_words())
    # "The head of state" names no office word of its own: it is the country's leader.
    if _heads_a_state(phrase):
        words = words - {"head", *LEADER_OFFICES} | {"leader"}
    return _office_named(words)


def _styled_office(phrase: Span) -> str | None:
    """The office a style names: "the heir to the Lorvian throne" names an heir."""
    words = [t.lower_ for t in phrase if t.ent_type_ not in NATIONALITY_LABELS]
    return _styles_without_articles().get(_without_articles(words))


@cache
def _styles_without_articles() -> dict[str, str]:
    """The office each style names, the style keyed without its articles: built once, not
    once a title read."""
    return {_without_articles(style.split()): office for style, office in office_styles().items()}


def _without_articles(words: Iterable[str]) -> str:
    return " ".join(word for word in words if word != "the")


def _office_named(words: frozenset[str]) -> frozenset[str]:
    """An office by its one name among several."""
    # "The Slovene premier" is Slovene Prime Minister X: one office, two names.
    if not words.isdisjoint(cue_words("prime_minister")):
        words = words - cue_words("prime_minister") | {"prime", "minister"}
    # "The Angolan statesman" is the country's leader, whatever office X holds.
    if not words.isdisjoint(cue_words("leader_noun")):
        words = words - cue_words("leader_noun") | {"leader"}
    # "The Pontiff" is the Pope told by another name.
    if not words.isdisjoint(title_lists()["title.pope"]):
        words = words - title_lists()["title.pope"] | {"pope"}
    return words


def _heads_a_state(phrase: Span) -> bool:
    lowered = [token.lower_ for token in phrase]
    return len(lowered) >= 3 and lowered[-3:-1] == ["head", "of"] and lowered[-1] in LEADER_OFFICES


def _title_of(span: Span) -> Title | None:
    """The office printed before a name: "Russia's Foreign Minister X", "U.S. Secretary of
    State X", "Assistant Secretary of Defense for International Security Affairs X", "Togo's
    president, X"."""
    doc, end = span.doc, span.start
    # "Qatar's emir, Sheikh X", "the army chief, Lt-Gen X": a form of address is no office.
    while end > 0 and (doc[end - 1].lower_ in honorific_words() or _joins_ranks(doc[end - 1])):
        end -= 1
    counterpart = _counterpart_title(doc, end)
    if counterpart is not None:
        return counterpart
    # "Norway's defence minister, Eirik Dahl": the office set off by a comma.
    set_off_office = end >= 2 and doc[end - 1].text == "," and _office_ends_at(doc[end - 2])
    if set_off_office and not _listed_bare(doc[end - 2]):
        end -= 1
    # "Norway's minister of state for trade, Eirik Dahl": an office with its own phrase.
    set_off = office_set_off(doc, span.start) if end >= 2 and doc[end - 1].text == "," else None
    end = set_off.i + 1 if set_off is not None else end
    # "Prime Minister of the Republic of Estonia X": the office, then its country.
    office = _office_of(doc[end - 1]) if end > 0 and doc[end - 1].ent_type_ == "GPE" else None
    country = country_of(doc[end - 1]) if office is not None else None
    end = office.i + 1 if office is not None else end
    start = end
    while start > 0 and end - start < MAX_TITLE_WORDS and _in_office(doc[start - 1]):
        start -= 1
        if doc[start].tag_ == "POS" or (
            doc[start].ent_type_ in NATIONALITY_LABELS and not _served_country(doc[start])
        ):
            break
    words = _title_words(doc[start:end])
    # "General X": a rank names an office a later "the General" stands for.
    if words.isdisjoint(role_words() | title_lists()["title.military_rank"]):
        return _title_after(span)
    body = any(word.ent_type_ == "ORG" for word in doc[start:end])
    return Title(country or _nationality(doc[start:end]), words, of_body=body)


def _title_after(span: Span) -> Title | None:
    """ "Arno Vell, president of the Republic of Ruritania, arrived": the office told after
    the name, with the country it serves (a company's president serves no country)."""
    doc, start = span.doc, span.end + 1
    if start >= len(doc) or doc[start - 1].text != ",":
        return None
    relative = _office_in_relative(doc, start)
    if relative is not None:
        return relative
    end = start
    while end < len(doc) and end - start < MAX_TITLE_WORDS and doc[end].lower_ in title_words():
        end += 1
    words = _title_words(doc[start:end])
    if words.isdisjoint(role_words()) or end >= len(doc) or doc[end].lower_ != "of":
        return None
    served = next((w for w in doc[end + 1 : end + 4] if w.ent_type_ == "GPE"), None)
    return Title(country_of(served), words) if served is not None else None


# Words between "who is" and an office told of a name: "who is also", "who is now".
RELATIVE_ADVERBS = frozenset({"also", "now", "currently"})


def _office_in_relative(doc: Doc, start: int) -> Title | None:
    """ "Arno Vell, who is also Lorvia's minister of trade, arrived": an office told in a
    relative clause on the name is the name's, with the country that owns it, so a later "the
    Lorvian minister" is Vell and not a minister of the host printed with no country."""
    at = start
    if at + 2 >= len(doc) or doc[at].lower_ != "who" or doc[at + 1].lemma_ != "be":
        return None
    at += 2 + int(doc[at + 2].lower_ in RELATIVE_ADVERBS)
    at += int(at < len(doc) and doc[at].lower_ == "the")
    owner = entity_span(doc[at]) if at < len(doc) else None
    if owner is not None and owner.end < len(doc) and doc[owner.end].tag_ == "POS":
        at = owner.end + 1  # the owner is read by `_nationality` through the possessive
    end = at
    while end < len(doc) and end - at < MAX_TITLE_WORDS and _relative_office_word(doc[end]):
        end += 1
    words = _title_words(doc[at:end])
    if end == at or words.isdisjoint(role_words()):
        return None
    return Title(_nationality(doc[at:end]), words)


def _relative_office_word(word: Token) -> bool:
    return word.lower_ in title_words() or _is_nationality(word)


def _counterpart_title(doc: Doc, end: int) -> Title | None:
    """ "Prime Minister X received his Thai counterpart(,) Y": Y holds the office of the
    person the pronoun stands for (the last one named before it in the sentence), for the
    country the phrase names."""
    last = end - 1 - int(end > 0 and doc[end - 1].text == ",")
    if last < 2 or doc[last].lower_ not in COUNTERPART_WORDS:
        return None
    start = last
    while start > 0 and _is_nationality(doc[start - 1]):
        start -= 1
    country = _nationality(doc[start:last]) if start < last else None
    if country is None or doc[start - 1].lower_ not in COUNTERPART_OWNERS:
        return None
    floor = doc[start].sent.start if doc.has_annotation("SENT_START") else 0
    host = next(
        (doc[i] for i in range(start - 2, floor - 1, -1) if doc[i].ent_type_ == "PERSON"), None
    )
    office = _title_of(entity_span(host)) if host is not None else None  # type: ignore[arg-type]
    return Title(country, office.words, by_likeness=True) if office is not None else None


def _is_nationality(word: Token) -> bool:
    return word.ent_type_ in NATIONALITY_LABELS or _demonym_country(word) is not None


def _demonym_country(word: Token) -> str | None:
    """The folded country a demonym names, whatever label the model gave it ("Latvian" read
    as an organisation)."""
    if word.ent_type_ == "PERSON" or not word.is_alpha:
        return None
    where = gazetteer.country_of_demonym(word.text)
    return fold(where.name) if where is not None else None


def _office_ends_at(word: Token) -> bool:
    """Whether an office ends at this word: "the defence minister" or "the Vice-President of
    Peru", "the Head of State"."""
    head_of_state = word.i >= 2 and _heads_a_state(word.doc[word.i - 2 : word.i + 1])
    return word.lower_ in role_words() or _served_country(word) or head_of_state


def _served_country(word: Token) -> bool:
    """Whether a country or body comes after its office: "President of Peru", "Minister of
    Foreign Affairs", not "Peru's"."""
    served = entity_span(word)
    if served is None:
        return False
    # "President of the Republic of Lorvia": the country's long form takes an article.
    link = served.start - 1 - int(served.start > 0 and word.doc[served.start - 1].lower_ == "the")
    if link < 1:
        return False
    office = word.doc[link - 1]
    return word.doc[link].lower_ in OFFICE_LINKS and office.lower_ in role_words()


def _in_office(word: Token) -> bool:
    if word.lower_ in title_words() or word.ent_type_ in (*NATIONALITY_LABELS, "ORG"):
        return True
    if word.text == "-":  # "Vice-President X": the hyphen joins two words of one office
        return word.i > 0 and word.doc[word.i - 1].lower_ in title_words()
    if word.lower_ in OFFICE_LINKS:
        return word.i > 0 and word.doc[word.i - 1].is_title
    # "Minister of Foreign Affairs X": a portfolio's plural is part of the office.
    return word.is_title and word.tag_ in ("NNP", "NNPS") and not word.is_sent_start


def _nationality(phrase: Span) -> str | None:
    doc = phrase.doc
    possessive = phrase.start >= 2 and doc[phrase.start - 1].tag_ == "POS"
    owner = [doc[phrase.start - 2]] if possessive else []
    for token in owner + list(phrase):
        if token.ent_type_ in NATIONALITY_LABELS:
            return country_of(token)
        demonym = _demonym_country(token)
        if demonym is not None:
            return demonym
    return None


def entity_span(token: Token) -> Span | None:
    """The entity a token stands in, read from its IOB tags (`Doc.ents` rebuilds every span of
    the Doc on each call)."""
    if not token.ent_type_:
        return None
    doc, start, end = token.doc, token.i, token.i + 1
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


def country_of(token: Token) -> str:
    """The folded country a NORP or GPE token names: "Russian" and "Russia's" -> "russia"."""
    ent = entity_span(token) or token.doc[token.i : token.i + 1]
    if ent.label_ == "NORP":
        where = gazetteer.country_of_demonym(ent.text) or gazetteer.place(ent.text)
    else:
        where = gazetteer.place(ent.text)
    return fold(where.name) if where is not None else fold(ent.text)


def _entity(referent: Referent, article_id: str) -> Entity:
    surfaces = {mention.text for mention in referent.mentions if mention.label_}
    where = referent.place
    return Entity(
        entity_id=slug(referent.key),
        article_id=article_id,
        label=EntityLabel(referent.label),
        name=referent.name,
        aliases=sorted(surfaces - {referent.name}),
        mention_count=len(referent.mentions),
        mentions=[
            TextSpan(text=m.text, start=m.start_char, end=m.end_char)
            for m in sorted(referent.mentions, key=lambda m: m.start)
        ],
        country_code=where.country_code if where else None,
        country=where.country if where else None,
        city=where.city if where else None,
    )
