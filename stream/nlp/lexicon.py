"""newsstream's linguistic data: the schemas of `patterns/*.jsonl` and their cached loaders.

Every rule that names words (triggers, cues, titles, aliases) lives in those files, so that
tuning the extractor means editing data, and `tests/unit/test_patterns.py` checks each line
against the models below.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from stream.contracts import EntityLabel, EventType

PATTERNS_DIR = Path(__file__).parent / "patterns"
TRIGGER_NODE = "trigger"

CueKind = Literal[
    "planned",
    "frontier",
    "follow_on",
    "follow_on_occasion",
    "meal_verb",
    "speculated",
    "negated",
    "reporting",
    "reported_intent",
    "anaphoric_date",
    "facility",
    "facility_first",
    "landmark",
    "vessel",
    "vessel_prefix",
    "open_site",
    "landform",
    "street",
    "region",
    "place_kind",
    "national_ground",
    "country_kind",
    "motion",
    "name_particle",
    "group_noun",
    "group_quantifier",
    "stance_noun",
    "praise_noun",
    "demand_verb",
    "stance_speech",
    "abbreviation",
    "qualifying_abbreviation",
    "person_noun",
    "remote",
    "macro_region",
    "open_water",
    "carrier",
    "trip_stage",
    "trip_end",
    "trip_part",
    "stop_noun",
    "force_noun",
    "day_after",
    "day_before",
    "time_adjective",
    "hedge",
    "timing_verb",
    "schedule_noun",
    "reception",
    "greeting",
    "awaiting",
    "hosting",
    "papal_seat",
    "division",
    "meal",
    "sequel_adverb",
    "grounds",
    "room",
    "lodging",
    "palace_name",
    "vehicle",
    "conveyance",
    "way_adverb",
    "vehicle_part",
    "boarding_steps",
    "arrival_site",
    "arrival_site_name",
    "threshold",
    "body_noun",
    "departure",
    "border_crossing",
    "setting_off",
    "road_leg",
    "way_along",
    "witness",
    "deal_text",
    "signing_officials",
    "signing_sides",
    "holding_forces",
    "prime_minister",
    "joining",
    "discussion",
    "group_of_people",
    "apart",
    "arrival",
    "arrival_noun",
    "landing_phrase",
    "coming_in",
    "come_from",
    "way_back",
    "travelled_from",
    "toward_the_scene",
    "going_on",
    "heading",
    "day_part",
    "trip_verb",
    "visit_paid",
    "report_noun",
    "denial",
    "direction",
    "homeward",
    "direct_way",
    "record_rank",
    "acceptance",
    "acceptance_by_going",
    "group_of_states",
    "attendance",
    "absence",
    "meal",
    "chairing",
    "gathering",
    "occasion",
    "sidelines",
    "gathering_held",
    "gathering_moment",
    "other_edition",
    "sending",
    "crowd",
    "recalled",
    "earlier_trip",
    "guest",
    "met_role",
    "office_invited",
    "handing_over",
    "leader_noun",
    "reaction",
    "wish",
    "peerage",
    "peer_rank",
    "travelling_party",
    "body_of_many",
    "travelling_company",
    "party_of_office",
    "membership",
    "heading",
    "commemoration",
    "governing",
    "doing_there",
    "rite_verb",
    "rite",
    "name_given",
    "female_office",
    "male_office",
    "spouse_noun",
    "kin_noun",
    "forebear_noun",
    "plan_given_up",
    "male_style",
    "female_style",
    "male_rank",
    "female_kin",
    "male_kin",
    "wife_style",
    "mediating",
    "taking_part_noun",
    "gathering_seat",
    "gathering_stay",
    "span_of_talks",
    "moving_to_talk",
    "sitting_to_talk",
    "sailing",
    "judging",
    "taking_office",
    "thing_met",
    "plan_noun",
    "giving_up",
    "talk_noun",
    "meal_fare",
    "trip_invited_to",
    "state_body",
    "invitation_made",
    "invitation_reason",
]
PlaceKind = Literal["country", "city", "region", "site"]


class PatternLine(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class TriggerPattern(PatternLine):
    """A dependency pattern (spaCy DependencyMatcher syntax, `>` only: see treepattern.py); the
    node named `trigger` is the event's head word."""

    id: str = Field(pattern=r"^[a-z]+\.[a-z_]+$")
    type: EventType
    pattern: list[dict[str, Any]] = Field(min_length=1)

    @field_validator("pattern")
    @classmethod
    def _names_trigger(cls, pattern: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if not any(node.get("RIGHT_ID") == TRIGGER_NODE for node in pattern):
            raise ValueError(f"a trigger pattern needs a node with RIGHT_ID {TRIGGER_NODE!r}")
        return pattern


class CueList(PatternLine):
    """Words (lemmas, or lowercase phrases) that signal a status, a report or a date."""

    id: str = Field(pattern=r"^[a-z]+\.[a-z_]+$")
    kind: CueKind
    words: list[str] = Field(min_length=1)


class TitleList(PatternLine):
    """Lowercase words of titles and honorifics that come before a person's name."""

    id: str = Field(pattern=r"^title\.[a-z_]+$")
    words: list[str] = Field(min_length=1)


class AliasEntry(PatternLine):
    """A known person, organisation or outlet with its spelling variants (places are the
    gazetteer's)."""

    name: str = Field(min_length=1)
    label: EntityLabel
    aliases: list[str] = Field(default_factory=list)
    outlet: bool = False


class PlaceEntry(PatternLine):
    """What the packaged gazetteers lack (see `stream/nlp/gazetteer.py`): a country's common
    short names, demonym variants and familiar name where the package's is formal, or a city,
    region or well-known site with its other names; a site names the city it stands in."""

    kind: PlaceKind
    country_code: str = Field(pattern=r"^[A-Z]{2}$")
    name: str | None = Field(default=None, min_length=1)
    names: list[str] = Field(default_factory=list)
    demonyms: list[str] = Field(default_factory=list)
    city: str | None = None

    @model_validator(mode="after")
    def _fits_kind(self) -> PlaceEntry:
        if self.kind != "country" and (self.name is None or self.demonyms):
            raise ValueError("only a country has demonyms; any other place needs a name")
        if (self.kind == "site") != (self.city is not None):
            raise ValueError("a site, and only a site, names its city")
        return self


class FormerStateEntry(PatternLine):
    """A state gone from the map, which neither packaged gazetteer lists: its name as stories
    and annotators give it ("Soviet Union"), its other names and its demonyms, and `seat`, the
    ISO code of the country that holds its seat today. Its demonym ("Soviet troops") names
    the former state as a party; its leaders were at home in the seat's country."""

    name: str = Field(min_length=1)
    names: list[str] = Field(default_factory=list)
    demonyms: list[str] = Field(default_factory=list)
    seat: str = Field(pattern=r"^[A-Z]{2}$")


def read_lines(filename: str) -> list[dict[str, Any]]:
    with (PATTERNS_DIR / filename).open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


@cache
def trigger_patterns() -> tuple[TriggerPattern, ...]:
    return tuple(TriggerPattern.model_validate(line) for line in read_lines("triggers.jsonl"))


@cache  # the rules ask at nearly every word they test: one cached call, no look-up behind it
def cue_words(kind: CueKind) -> frozenset[str]:
    return _cue_words_by_kind().get(kind, frozenset())


@cache
def _cue_words_by_kind() -> dict[str, frozenset[str]]:
    """Every kind's words, from one reading of cues.jsonl: cached per kind, the file was read
    and every line validated again for each of the ninety-odd kinds first asked for."""
    words: dict[str, set[str]] = {}
    for line in read_lines("cues.jsonl"):
        cues = CueList.model_validate(line)
        words.setdefault(cues.kind, set()).update(cues.words)
    return {kind: frozenset(kind_words) for kind, kind_words in words.items()}


@cache
def title_lists() -> dict[str, frozenset[str]]:
    lists = (TitleList.model_validate(line) for line in read_lines("titles.jsonl"))
    return {titles.id: frozenset(titles.words) for titles in lists}


@cache
def title_words() -> frozenset[str]:
    return frozenset().union(*title_lists().values())


def honorific_words() -> frozenset[str]:
    """Forms of address that may stand between an office and a name: "Qatar's emir, Sheikh X"."""
    return title_lists()["title.honorific"]


@cache
def style_phrases() -> tuple[tuple[str, ...], ...]:
    """Forms of address of several words ("Tan Sri", "Datuk Seri"), as their words, longest
    first: whose words alone may be a name ("Tan") or part of a place ("Seri"). A hyphen is a
    word of its own, as the tokenizer splits it ("di - pertuan")."""
    phrases = (tuple(form.replace("-", " - ").split()) for form in honorific_words() if " " in form)
    return tuple(sorted(phrases, key=lambda words: (-len(words), words)))


@cache
def style_phrases_by_word() -> dict[str, tuple[tuple[tuple[str, ...], int], ...]]:
    """Each word of a style of several words, with the styles it is in and where: a name's
    first word is looked up, not matched against every style."""
    places: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for phrase in style_phrases():
        for position, word in enumerate(phrase):
            places.setdefault(word, []).append((phrase, position))
    return {word: tuple(found) for word, found in places.items()}


def role_words() -> frozenset[str]:
    """The nouns a role phrase ends in: "the Secretary", "the Norwegian leader"."""
    return title_lists()["title.role"]


def rank_words() -> frozenset[str]:
    """Words that make another office of a role: a deputy secretary is not the secretary."""
    return title_lists()["title.rank"]


@cache
def office_styles() -> dict[str, str]:
    """Other names of an office, as lowercase phrases, and the office each names: "the Holy
    Father" is the pope, "His Majesty" and "the monarch" a monarch, whatever their crown,
    "the heir to the throne" an heir, "the Second Gentleman" a leader's spouse."""
    offices = {
        "title.pope": "pope",
        "title.monarch": "monarch",
        "title.heir": "heir",
        "title.spouse": "spouse",
        "title.highness": "highness",
        "title.shah": "shah",
    }
    lists = title_lists()
    return {style: office for key, office in offices.items() for style in lists[key]}


@cache
def offices_of_kind() -> dict[str, frozenset[str]]:
    """The offices a kind of office may be held as: a "monarch" is a king, a sultan or an
    emir; an "heir" a prince, a princess or a crown prince."""
    lists = title_lists()
    return {
        "monarch": lists["title.monarch_offices"],
        "heir": lists["title.heir_offices"],
        "highness": lists["title.highness_offices"],
        # "The Shahanshah" is the monarch told by an emperor's style, never another king: no
        # "shah", which is a surname too.
        "shah": lists["title.shah_offices"],
    }


def head_offices() -> frozenset[str]:
    """Words of a head of state's or government's office that tell no sex: "the President",
    "the Prime Minister", "the Chancellor"."""
    return title_lists()["title.head_of_government"]


def leader_words() -> frozenset[str]:
    """Offices a "leader" may hold: head of state or of government."""
    return title_lists()["title.head_of_state"] | {"prime"}


def clergy_words() -> frozenset[str]:
    """Offices of a faith ("Grand Mufti", "Patriarch"): a "grand" fits a leader's word, but a
    country's leader is who holds its state's office."""
    return title_lists()["title.clergy"]


@cache
def alias_entries() -> tuple[AliasEntry, ...]:
    return tuple(AliasEntry.model_validate(line) for line in read_lines("aliases.jsonl"))


@cache
def place_entries() -> tuple[PlaceEntry, ...]:
    return tuple(PlaceEntry.model_validate(line) for line in read_lines("places.jsonl"))


@cache
def former_state_entries() -> tuple[FormerStateEntry, ...]:
    return tuple(
        FormerStateEntry.model_validate(line) for line in read_lines("former_states.jsonl")
    )


@cache
def alias_index() -> dict[str, AliasEntry]:
    """Folded surface form (name or alias) -> the entry it names."""
    index: dict[str, AliasEntry] = {}
    for entry in alias_entries():
        for form in (entry.name, *entry.aliases):
            index[fold(form)] = entry
    return index


_POSSESSIVE = re.compile("(?:'s|\u2019s|'|\u2019)$")
_LEADING_THE = re.compile(r"^the\s+")
_NON_WORD = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)
def fold(surface: str) -> str:
    """The spelling-insensitive key of a name: no diacritics, case, possessive, hyphens, "the".

    "Ri Yong-chol's", "Ri Yong Chol" and "RI YONG CHOL" all fold to "ri yong chol".
    """
    plain = surface.strip()
    if not plain.isascii():  # the gazetteer folds 200k names at start-up: skip what it can
        decomposed = unicodedata.normalize("NFKD", plain)
        plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    lowered = _POSSESSIVE.sub("", plain.lower().replace(".", ""))
    return _NON_WORD.sub(" ", _LEADING_THE.sub("", lowered)).strip()


def slug(folded: str) -> str:
    return folded.replace(" ", "-") or "unknown"
