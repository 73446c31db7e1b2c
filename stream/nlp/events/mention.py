"""The `Mention` and `Reading` types and the word and link lists every event rule shares,
with the small leg-sequence helpers that need nothing else.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import takewhile

from spacy.tokens import Span, Token

from stream.contracts import EventDate, EventStatus
from stream.nlp.dates import count_of, shifted_by_days
from stream.nlp.doctext import all_children, ancestors_of
from stream.nlp.entities.table import EntityTable, Referent
from stream.nlp.lexicon import CueKind, cue_words
from stream.nlp.roles.stops import ONWARD
from stream.nlp.roles.syntax import NOUN_POS, Role, children

# Words that qualify the trigger itself ("potential visit", "will not meet"), and the fewer that
# qualify a governing word without drifting to a neighbouring phrase ("potentially as ...").
TRIGGER_MODIFIERS = frozenset({"aux", "auxpass", "neg", "advmod", "amod", "mark", "nsubj", "acomp"})
GOVERNOR_MODIFIERS = frozenset({"aux", "auxpass", "neg", "mark", "nsubj", "nsubjpass"})
WHILE_PREPS = ("during", "at", "on")
# Prepositions that set a scene ("at the airport", "on the sidelines") rather than a time.
SETTINGS = frozenset({"at", "on", "in"})
# "After their talks, both premiers looked on as aides signed": a deal or stance told as following
# talks is of their day.
AFTER_PREPS = ("after", "following")
STATE_TYPES = frozenset({"agreement", "statement"})
# Parts of an occasion that fall on another day than the occasion itself.
SHIFTING_PARTS = frozenset({"eve", "anniversary", "run-up", "aftermath"})
# Spans of time short enough to be counted in whole days from a dated event.
MEASURED_SPANS = frozenset({"minute", "hour", "moment", "day"})
POPE = frozenset({"pope"})
SEQUEL_WORDS = frozenset({"then", "later", "afterwards", "subsequently", "next"})
# "The second day of a state visit": how far into a stay a day is.
ORDINAL_DAYS: dict[str, int] = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
ONWARD_WORDS = ONWARD
TIME_MARKS = frozenset({"when", "after", "before", "once", "while", "until", "as"})
SEQUENCE_MARKS = frozenset({"after", "before", "until"})
PARAGRAPH_BREAK = "\n\n"
WORDS = re.compile(r"[\w']+")
NAME_LINKS = frozenset({"nsubj", "nsubjpass", "conj", "appos", "compound", "dep"})
# Links down from a trigger into the phrase it leads into, whose date it then shares.
DEPENDENT_LINKS = frozenset({"xcomp", "advcl", "prep", "pobj", "dobj", "pcomp"})
# Links from a place up to the verb it is the place of: "visit Oslo", "travel to Oslo".
PLACE_LINKS = frozenset({"dobj", "pobj", "prep", "appos", "conj", "compound"})
# Events whose parties a later "the two leaders" or "they" can stand for.
GROUP_SOURCES = frozenset({"meeting", "agreement", "invitation"})
# Events whose place any "in"/"at" of their own clause may give, when the parse links none.
CLAUSE_PLACED = frozenset({"meeting", "agreement"})
# Events the parties do together: co-subjects are parties to one event, not each their own.
SHARED_TYPES = frozenset({"meeting", "agreement"})
# Verbs whose guest comes to the host: "was received", "was hosted" (not "was met").
HOSTING = frozenset({"receive", "host", "entertain"})
# Words that name a day relative to the news, which the model now and then leaves unlabelled.
DEICTIC_DAYS = frozenset({"today", "tonight", "tomorrow", "yesterday"})
PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night"})
# The model tags these as times only now and then.
ADVERBS_OF_TIME = DEICTIC_DAYS | {"overnight"}
# Nouns that name a whole journey, whose stops a sentence may list.
TRIP_NOUNS = frozenset({"trip", "tour", "itinerary", "journey"})
# What a traveller does during a stay: "In Bergen she will meet X and visit Y".
STAY_TYPES = frozenset({"visit", "meeting"})
# Where a noun restates a trip told beside it: "it is the first visit to X by a Y leader".
RESTATING_DEPS = frozenset({"attr", "appos", "npadvmod"})
# Words that tell a trip made once more: "came in 1971 and again in 1976".
REPEAT_WORDS = frozenset({"again", "more"})
# Words counting a trip told once as made several times: "has visited Vadum twice".
SEVERAL_TIMES = frozenset({"twice", "thrice"})
# Nouns that name a place only by what the text told before: "at the same venue".
PLACE_NOUNS = frozenset({"venue", "place", "location", "site", "spot"})
# The tags of a verb in the past or present tense, which no date phrase holds.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Links by which a clause of its own, with its own tense, hangs from another.
OTHER_CLAUSE_LINKS = frozenset({"relcl", "conj", "ccomp", "advcl", "parataxis"})
# "From Lorn overnight, where", "stop in Lorn on Monday, where", "leaves for Lorn today,
# where": places a "where" may follow past a time.
WHERE_PREPS = frozenset({"from", "in", "to", "for"})


@dataclass
class Mention:
    """One trigger word read as an event, before mentions of the same event are merged."""

    type: str
    trigger: Token
    actor: Role
    counterparts: list[Referent]
    location: Referent | None
    date: EventDate | None
    status: EventStatus
    attributed_to: list[Referent]
    during: int | None = field(default=None)
    """The trigger index of an event this one happened during ("signed ... during X's visit")."""
    date_is_own: bool = field(default=True)
    """False when the date was carried over from an earlier mention rather than read here."""
    co_actors: list[Referent] = field(default_factory=list)
    """Who does the same beside the actor: "X and Y will travel to Z", "they condemned Z"."""
    visitors: frozenset[str] = field(default_factory=frozenset)
    """Parties the sentence tells on a trip: "held talks with visiting Turkish President X",
    "X, who is accompanying the King, met Y"."""
    taken_up: bool = field(default=False)
    """An invitation told only as accepted or travelled on: made, at a time the text omits."""
    left_from: bool = field(default=False)
    """A leg told as where the traveller came from: no welcome on arrival greets it."""
    invited_to: bool = field(default=False)
    """A planned trip placed only by the invitation it takes up ("Y accepted, and said he would
    make the trip next year"): a someday, not a leg the traveller is on now."""
    scene: Referent | None = field(default=None)
    """For a visit that names no place: the place the text last set a scene in."""
    abroad: bool = field(default=False)
    """A visit read only off talks held abroad: it stands when no told trip holds them."""
    fellows: list[Referent] = field(default_factory=list)
    """Who else a group word on the actor's side stands for: "the two ministers met X". Each
    is as much at the talks' place as the actor."""
    grouped: bool = field(default=False)
    """Talks read as one of a group's ("the two ministers met X"), not as the actor's own."""
    done_there: bool = field(default=False)
    """Such a visit read off a thing done at a place ("laid a wreath in Kell"): a stop of its
    own, which only a trip to that town or site holds, not one to its whole country."""
    story_day: EventDate | None = field(default=None)
    """For an event that happened and that no sentence dates: the day the story had reached
    when it was told. It dates the event only if no other mention of it does."""

    @property
    def sentence(self) -> Span:
        return self.trigger.sent


@dataclass(frozen=True)
class Reading:
    """What every mention of one article is read against."""

    table: EntityTable
    published: dt.date
    dateline_end: int
    triggers: frozenset[int]
    trigger_types: dict[int, str]
    text: str  # `Doc.text` joins every token again on each call
    dates: tuple[Span, ...]  # `Doc.ents` rebuilds every span on each call
    here: Referent | None  # the dateline's place, where "here" is


def goes_on(verb: Token) -> bool:
    return any(c.dep_ in ("prt", "advmod") and c.lower_ in ONWARD_WORDS for c in all_children(verb))


def short_of_next_leg(chain: list[Token], reading: Reading) -> list[Token]:
    """ "Will fly to Lorn today, before heading to Vadum", "flew to Lorn on Friday and went on
    to Vadum": a leg told as coming before or after another leg, or as going on from it, is
    not on that leg's date; its chain stops short of the other leg's verb."""
    if reading.trigger_types.get(chain[0].i) != "visit":
        return chain
    for position, word in enumerate(chain[:-1]):
        if _leg_in_sequence(chain, position, reading) or _joined_going_on(word):
            # "..., before travelling to Kell later in the week": a time told after the
            # sequence word may be the leg's own, whatever the parser hung it on.
            told_after = any(ent.start > word.i for ent in _within(reading.dates, word.sent))
            return chain if told_after else chain[: position + 1]
    return chain


def _leg_in_sequence(chain: list[Token], position: int, reading: Reading) -> bool:
    """A gerund after "before"/"after" hung on another leg's verb: "travel to Lorn to visit a
    shipyard, before heading to Vadum" (the parser's link, not a purpose clause, tells it)."""
    if position + 2 >= len(chain):
        return False
    mark, governor = chain[position + 1], chain[position + 2]
    return (
        chain[position].dep_ == "pcomp"
        and mark.dep_ == "prep"
        and mark.lower_ in SEQUENCE_MARKS
        and reading.trigger_types.get(governor.i) == "visit"
    )


def _joined_going_on(word: Token) -> bool:
    return word.dep_ == "conj" and word.pos_ == "VERB" and goes_on(word)


def stay_returned_from(date: EventDate, path: list[Token], anchor: Token) -> EventDate:
    """ "Returned home on Tuesday from a one-day visit to Oslo": the return ends the stay, which
    began as many days before as it lasted; a stay of no told length keeps the return's day."""
    if anchor.lemma_ != "return":
        return date
    for word in takewhile(lambda word: word.i != anchor.i, path):
        if word.dep_ == "pobj" and word.head.lower_ == "from" and word.head.head.i == anchor.i:
            days = _days_lasting(word)
            if days is not None:
                return shifted_by_days(date, -days, date.text)
    return date


_LASTING = re.compile(r"^(\w+)-day$")


def _days_lasting(stay: Token) -> int | None:
    """The length a stay is told with: "a one-day visit", "a two-day trip"."""
    for word in all_children(stay):
        if word.dep_ not in ("amod", "compound", "nummod"):
            continue
        joined = _LASTING.match(word.lower_)
        if joined is not None:
            return count_of(joined.group(1))
        counts = [count_of(c.lower_) for c in all_children(word) if c.dep_ == "nummod"]
        if word.lemma_ == "day" and counts and counts[0] is not None:
            return counts[0]
    return None


def short_of_origin(chain: list[Token]) -> list[Token]:
    """ "Arrived in Suva on Sunday from Apia, where he held talks": a "where" clause on the
    place a traveller came from tells what was done there before, not on the arrival's day;
    its chain stops at the place."""
    for position, word in enumerate(chain[:-1]):
        place = word.head
        if opened_by_where(word) and place.dep_ == "pobj" and place.head.lower_ == "from":
            return chain[: position + 1]
    return chain


def setting_verb(anchor: Token, chain: list[Token], triggers: frozenset[int]) -> Token:
    """ "On the sidelines on Thursday, X held talks", "met Y at the airport on Monday": a day
    hung on the setting of the event's own verb, a noun that is no event of its own, is the
    verb's day. (A time noun, "since his inauguration in May", keeps its own day.)"""
    prep = anchor.head
    setting = anchor.dep_ == "pobj" and anchor.pos_ in NOUN_POS and prep.lower_ in SETTINGS
    own_verb = prep.dep_ == "prep" and prep.head in chain[:2] and prep.head.pos_ in ("VERB", "AUX")
    if setting and own_verb and anchor not in chain and anchor.i not in triggers:
        return prep.head
    return anchor


def is_day_after(ent: Span) -> bool:
    return _told_as(ent, "day_after")


def is_day_before(ent: Span) -> bool:
    """ "The day before", "the previous day": the day before a day told, not before the news."""
    return _told_as(ent, "day_before")


def _told_as(ent: Span, kind: CueKind) -> bool:
    # The model may leave the article out of the phrase: "the [following day]".
    words = " ".join(WORDS.findall(ent.text.lower()))
    return " " in words and any(
        words.endswith(phrase) or phrase.endswith(f" {words}") for phrase in cue_words(kind)
    )


def is_same_day(ent: Span) -> bool:
    """ "Earlier in the day", "that evening", "the same day": a part of a day told before, no
    day of its own ("at the time", "then" may be any time told before). The model may leave
    the words before "day" out of the phrase: "earlier in the [day]"."""
    lead = ent.doc[max(ent.start - 3, ent.sent.start) : ent.end].text
    words = " ".join(WORDS.findall(lead.lower()))
    parts = {"day", *cue_words("day_part")}
    return any(
        words.endswith(phrase) and parts & set(phrase.split())
        for phrase in cue_words("anaphoric_date")
    )


def _within(dates: Sequence[Span], sentence: Span) -> list[Span]:
    return [ent for ent in dates if sentence.start <= ent.start < sentence.end]


def opened_by_where(word: Token) -> bool:
    # The label first: it is one test, and most words fail it.
    clause = word.dep_ in ("relcl", "advcl")
    return clause and any(c.lower_ == "where" for c in children(word, "advmod"))


def told_where_left(word: Token) -> bool:
    """ "Arrived from Lorn, where he had held talks with X": a "where" clause on the place a
    trip came from tells what was done there before it, not at the trip's scene."""
    opened = next((w for w in [word, *ancestors_of(word)] if opened_by_where(w)), None)
    if opened is None:
        return False
    place = opened.head
    return place.dep_ == "pobj" and place.head.lower_ == "from"
