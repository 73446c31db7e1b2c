"""The word lists and spaCy matchers the entity repair starts from: known names and
aliases, titles, facilities, and the labels the model may misread. Kept apart so every repair
rule reads the same vocabulary.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from spacy.attrs import ENT_TYPE, IS_ALPHA, IS_TITLE, LOWER, POS
from spacy.matcher import Matcher, PhraseMatcher
from spacy.strings import get_string_id
from spacy.symbols import ADJ, PROPN
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from stream.contracts import EntityLabel
from stream.nlp import gazetteer
from stream.nlp.doctext import indices_where
from stream.nlp.gazetteer import well_known_names
from stream.nlp.lexicon import (
    AliasEntry,
    alias_entries,
    cue_words,
    office_styles,
    role_words,
    title_lists,
    title_words,
)

TITLES_KEY = "newsstream_titles"
# What a "head of" heads when the phrase stands for a leader.
LEADER_OFFICES = frozenset({"state", "government"})
LEADER_OFFICE_WORDS = 3  # "head of state"
KEPT_LABELS = frozenset(label.value for label in EntityLabel) - {EntityLabel.DATE.value}
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Names of places and of the bodies housed in buildings: none runs on into a date.
NAMED_SITES = PLACE_LABELS | {"ORG"}
# Labels the model gives a bare surname it fails to see as a person ("met Dragičević" read as
# a title of a work), none of which the table keeps.
MISREAD_NAME_LABELS = frozenset({"", "WORK_OF_ART", "PRODUCT", "LAW", "LANGUAGE"})
# Labels the model gives a person's name it does not know: a body's, a place's, a people's, a
# product's or a work's.
PERSON_MISREADINGS = frozenset(
    {"ORG", "GPE", "LOC", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"}
)
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
    # "The general toured the fair": in small letters too, once the story has named its
    # General ("the general public" is told apart later, as a word describing a noun).
    small_rank = {**rank, "IS_TITLE": False, "IS_LOWER": True}
    # "The 68-year-old pontiff": an age told before the office still names its holder.
    age = [{"LIKE_NUM": True}, {"ORTH": "-"}, {"LOWER": "year"}, {"ORTH": "-"}, {"LOWER": "old"}]
    roles = [
        [{"LOWER": "the"}, visiting, nationality, modifier, hyphen, head],
        [{"LOWER": "the"}, *age, nationality, modifier, hyphen, head],
        [{"LOWER": "the"}, *age, demonym, modifier, hyphen, head],
        [{"LOWER": "the"}, {**rank, "ENT_TYPE": ""}],
        [{"LOWER": "the"}, {**small_rank, "ENT_TYPE": ""}],
        [{"LOWER": "the"}, visiting, demonym, modifier, hyphen, head],
        [*owner, modifier, hyphen, head],
        [{"LOWER": "the"}, visiting, nationality, *leader],
        [{"LOWER": "the"}, visiting, demonym, *leader],
    ]
    # "The Holy Father", "His Majesty": a style that stands for the holder of an office.
    # "The heir to the Lorvian throne": a nationality may stand before the style's last word.
    # The model reads the "First" of "the First Lady" as a rank in a count; a count is never
    # part of a name, so it still opens the style.
    unnamed = {"ENT_TYPE": {"IN": ["", "ORDINAL"]}}
    styles = [
        [
            {"LOWER": "the", "OP": "?"},
            *({"LOWER": word, **unnamed} for word in style.split()[:-1]),
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


def facility_matcher(vocab: Vocab) -> SiteMatcher:
    """Named sites the model misses: "Kedrovy Cosmodrome", "Tamarind International Airport"."""
    matcher = Matcher(vocab)
    # "Presidential Palace", "Grand Palace": an adjective may begin the name.
    name = {"IS_TITLE": True, "ENT_TYPE": "", "POS": {"IN": ["PROPN", "ADJ"]}, "OP": "+"}
    site = {"LOWER": {"IN": sorted(cue_words("facility"))}, "IS_TITLE": True, "ENT_TYPE": ""}
    # "Korvo airbase": a proper name, then its kind in small letters.
    proper = {**name, "POS": "PROPN"}
    kind = {"LOWER": {"IN": sorted(cue_words("facility"))}, "IS_LOWER": True, "POS": "NOUN"}
    # "Istana Melati", "Palacio de Oro", "Schloss Arnholm": in many tongues the kind comes
    # first, and the name after it, maybe past a small-letter "de" or "al".
    first = {"LOWER": {"IN": sorted(cue_words("facility_first"))}, "IS_TITLE": True, "ENT_TYPE": ""}
    joining = {"LOWER": {"IN": sorted(cue_words("name_particle"))}, "OP": "*"}
    patterns = [[name, site], [proper, kind], [first, joining, proper]]
    matcher.add("FAC", patterns, greedy="LONGEST")
    kinds = cue_words("facility") | cue_words("facility_first")
    return SiteMatcher(matcher, kinds, cue_words("name_particle"))


class SiteMatcher:
    """The site Matcher, run only over the stretches of words a site's name can take.

    spaCy's Matcher makes two Token objects of every word of what it is given. Every site
    pattern holds a word for a kind of site ("palace", "Istana"), with only capitalised
    unlabelled names before it, or particles and proper nouns after it; a stretch of such
    words around each kind word holds every match that word is in. Stretches that overlap or
    touch are run as one, so matches that overlap are filtered together, and the kept ones
    are put back in the Matcher's own order (longest first, then leftmost): the very same
    matches in the same order as a run over the whole Doc."""

    def __init__(self, matcher: Matcher, kinds: frozenset[str], particles: frozenset[str]) -> None:
        self.matcher = matcher
        self.kinds = frozenset(get_string_id(word) for word in kinds)
        self.particles = frozenset(get_string_id(word) for word in particles)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        found = [
            (key, start + match_start, start + match_end)
            for start, end in self._stretches(doc)
            for key, match_start, match_end in self.matcher(doc[start:end])
        ]
        return sorted(found, key=lambda match: (match[1] - match[2], match[1]))

    def _stretches(self, doc: Doc) -> list[tuple[int, int]]:
        """(start, end) of the stretches around the kind words, in order, apart."""
        if not len(doc):
            return []
        lower, title, ent_type, pos = doc.to_array([LOWER, IS_TITLE, ENT_TYPE, POS]).T.tolist()
        # Any word that may stand before a kind word in a match: a capitalised unlabelled
        # proper noun or adjective; and after one: a particle or such a proper noun.
        before = [
            t and not e and p in (PROPN, ADJ) for t, e, p in zip(title, ent_type, pos, strict=True)
        ]
        after = [
            word in self.particles or (ok and p == PROPN)
            for word, ok, p in zip(lower, before, pos, strict=True)
        ]
        stretches: list[tuple[int, int]] = []
        for kind in (i for i, word in enumerate(lower) if word in self.kinds):
            start, end = kind, kind + 1
            while start > 0 and before[start - 1]:
                start -= 1
            while end < len(lower) and after[end]:
                end += 1
            if stretches and start <= stretches[-1][1]:
                stretches[-1] = (stretches[-1][0], max(end, stretches[-1][1]))
            else:
                stretches.append((start, end))
        return stretches


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


def countries_named_with_and(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "St Vincent and the Grenadines", "St Kitts and Nevis": a country whose name joins two
    by "and" is one place however the model cut it; apart, its halves read as a town, a
    person or nothing, and a list of stops breaks at its "and"."""
    # Only an "and" can be inside such a name: found in one pass over the Doc.
    ands = (doc[i] for i in indices_where(doc, LOWER, frozenset({"and"})))
    shapes = _word_shapes(doc)
    countries = [span for w in ands if (span := _country_around_and(w, shapes)) is not None]
    kept = [ent for ent in ents if not any(overlap(ent, country) for country in countries)]
    return sorted([*kept, *countries], key=lambda span: span.start)


def _word_shapes(doc: Doc) -> list[list[int]]:
    """Which words are capitalised and which are all letters (1 or 0), one row each, read as
    arrays: testing the ends of every stretch around an "and" made a Span and two Tokens."""
    return doc.to_array([IS_TITLE, IS_ALPHA]).T.tolist()


def _country_around_and(word: Token, shapes: list[list[int]]) -> Span | None:
    """The longest country name the gazetteer knows that has this "and" inside it."""
    if word.lower_ != "and":
        return None
    doc = word.doc
    titled, alpha = shapes
    # Docs read without a parser have no sentences; a name then stays within the doc.
    sentence = word.sent if doc.has_annotation("SENT_START") else doc[:]
    for start in range(max(word.i - 3, sentence.start), word.i):
        for end in range(min(word.i + 4, sentence.end), word.i + 1, -1):
            # "Nevis." is the name and a stop: only a capitalised stretch ending in a word is
            # looked up, tested on the arrays before a Span is made.
            if not (titled[start] and alpha[end - 1]):
                continue
            known = gazetteer.place(doc[start:end].text)
            if known is not None and known.kind == "country":
                return Span(doc, start, end, label="GPE")
    return None


def _name_word(word: Token) -> bool:
    return word.is_title and word.tag_ in ("NNP", "NNPS") and word.lower_ not in title_words()


def joins_name(doc: Doc, at: int) -> bool:
    """The hyphen inside a name ("Akufo-Addo")."""
    return doc[at].text in ("-", "\u2013") and not doc[at - 1].whitespace_


def overlap(first: Span, second: Span) -> bool:
    return first.start < second.end and second.start < first.end
