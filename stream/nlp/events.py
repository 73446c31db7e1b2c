"""Events: one mention per trigger word, its status, date and sources, then merged per article.

Triggers come from the pipeline (`doc.spans["newsstream_triggers"]`), roles from `roles.py`;
the words that signal status, reports and anaphoric dates are in `patterns/cues.jsonl`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise, takewhile

from spacy.attrs import LEMMA, LOWER, POS
from spacy.parts_of_speech import VERB
from spacy.tokens import Doc, Span, Token

from stream.contracts import DatePrecision, EventDate, EventStatus
from stream.nlp import gazetteer, groups, roles
from stream.nlp.dates import count_of, resolve_date, shifted_by_days
from stream.nlp.doctext import indices_where, text_of
from stream.nlp.entities import (
    PLACE_LABELS,
    PRONOUNS,
    EntityTable,
    Referent,
    holds_office,
    styled_as_spouse,
)
from stream.nlp.lexicon import CueKind, cue_words, fold, rank_words, role_words
from stream.nlp.pipeline import TRIGGERS_KEY

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
ONWARD_WORDS = roles.ONWARD
TIME_MARKS = frozenset({"when", "after", "before", "once", "while", "until", "as"})
SEQUENCE_MARKS = frozenset({"after", "before", "until"})
PARAGRAPH_BREAK = "\n\n"
_WORDS = re.compile(r"[\w']+")
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
HOSTING = frozenset({"receive", "host"})
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
# "From Lorn overnight, where", "stop in Lorn on Monday, where": places a "where" may follow
# past a time.
WHERE_PREPS = frozenset({"from", "in", "to"})


@dataclass
class Mention:
    """One trigger word read as an event, before mentions of the same event are merged."""

    type: str
    trigger: Token
    actor: roles.Role
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


def extract_mentions(
    doc: Doc,
    table: EntityTable,
    published: dt.date,
    dateline_end: int = 0,
    here: Referent | None = None,
) -> list[Mention]:
    """Every event mention of the Doc, in text order; negated and role-less ones are left out."""
    spans = doc.spans.get(TRIGGERS_KEY, [])
    types = {span.start: span.label_ for span in spans}
    # "on Friday morning" is a TIME to the model; `Doc.ents` is read once.
    found = [_short_of_verb(ent) for ent in doc.ents if ent.label_ in ("DATE", "TIME")]
    dates = tuple(sorted([*found, *_unlabelled_days(doc)], key=lambda ent: ent.start))
    reading = Reading(
        table, published, dateline_end, frozenset(types), types, text_of(doc), dates, here
    )
    mentions: list[Mention] = []
    stays: list[Mention] = []  # told last: no welcome or arrival pass is to take them for trips
    sources: dict[int, list[tuple[Token, list[Referent]]]] = {}
    for span in spans:
        trigger = span.root
        if (
            trigger.idx < dateline_end
            or _is_heading(trigger.sent, reading.text)
            or _links_another_story(trigger, reading.text)
        ):
            continue
        elided = _elided_chains(trigger, reading.triggers, span.label_)
        for chain in [roles.clause_chain(trigger), *elided]:
            mention = _read_mention(span.label_, trigger, chain, reading, mentions)
            if (
                mention is None
                or _goes_home(mention, mentions)
                or _leaves_for_home(mention, reading)
                or _only_wished_for(mention)
                or _talks_only_agreed_on(mention)
            ):
                continue
            if trigger.sent.start not in sources:
                sources[trigger.sent.start] = sentence_sources(trigger.sent, table)
            mention.attributed_to = attribution(trigger, sources[trigger.sent.start])
            if mention.type == "visit" and mention.location is None:
                mention.scene = _scene_before(trigger, reading)
            mention.during = _happened_during(chain, reading, mention, mentions)
            if mention.during is None:
                _date_by_stay_told_first(mention, reading, mentions)
                _date_of_arrival_also_told(mention, chain, mentions)
            else:
                _date_of_occasion_told(mention, mentions)
            mention, *gapped = _gapped_meetings(mention, reading)
            repeats = [*_made_again(mention, chain, reading), *_trips_of_dates(mention, reading)]
            for trip in _trips_listed(mention, reading) or [mention, *repeats]:
                for leg in _legs(trip, chain[0], reading):
                    mentions += (
                        apart for one in _per_actor(leg) for apart in _met_apart(one, table)
                    )
            mentions += _guests_welcomed_to(mention, reading)
            mentions += _stop_of_the_trip(mention, chain, reading)
            stays += _stay_abroad(mention, chain, reading, doc)
            stays += _guests_received_abroad(mention, chain, reading, doc)
            mentions += _leg_left_from(mention, chain, reading, mentions)
            mentions += _stop_come_from(mention, reading)
            mentions += gapped
            stays += (stay for met in gapped for stay in _stay_abroad(met, chain, reading, doc))
    mentions += _trips_since_a_record(doc, reading, mentions)
    stays += _doings_abroad(doc, reading, mentions)
    mentions = _welcomes_on_arrival(_calls_joined(mentions), reading) + stays
    for mention in mentions:
        _date_of_gathering_told_before(mention, doc, reading)
    mentions = _presence_listed(mentions, doc, reading)
    return _goers_seated(_stand_ins_seated(mentions, doc, reading), doc, reading)


def _date_of_gathering_told_before(mention: Mention, doc: Doc, reading: Reading) -> None:
    """ "The leaders of the region sat down together on Thursday. ... X hosted the meeting at
    Y": the gathering a host is told holding, as "the" one, is the one the sentence before
    told a group of people holding, on its day."""
    trigger = mention.trigger
    if mention.type != "meeting" or mention.date is not None or trigger.sent.start == 0:
        return
    if trigger.lemma_ not in cue_words("hosting") | cue_words("chairing"):
        return
    held = [
        word
        for word in roles.children(trigger, "dobj")
        if word.lemma_ in cue_words("gathering")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in word.children)
    ]
    before = doc[trigger.sent.start - 1].sent
    group = [s for s in roles.children(before.root, "nsubj") if roles.is_group_of_people(s)]
    if not held or not group or mention.status is not EventStatus.OCCURRED:
        return
    date = _own_date(roles.clause_chain(before.root), None, reading, future=False)
    if _is_day(date):
        mention.date, mention.date_is_own = date, False


def _presence_listed(mentions: list[Mention], doc: Doc, reading: Reading) -> list[Mention]:
    """ "X welcomed the delegations. Among those present were A, B and C", "Taking part were A
    and B", "The leaders are attending, among them A and B": a sentence that only lists who
    is at the gathering told just before names its parties. Once its members are named, the
    group the host was told receiving ("the leaders of the member states") is no party."""
    for sentence in doc.sents:
        listed = roles.presence_list(sentence)
        if not listed:
            continue
        gathering = _gathering_told_before(sentence.root, mentions, reading, parties=0)
        if gathering is None or not _hosts_a_gathering(gathering.trigger):
            continue
        people = [r for r in roles.referents(listed, reading.table) if r.label == "PERSON"]
        for told in _told_with(gathering, mentions):
            if roles.receives_a_group(told.trigger):
                told.counterparts = [r for r in told.counterparts if r.label == "PERSON"]
            known = {ref.key for ref in told.counterparts} | {told.actor.referent.key}
            told.counterparts += [ref for ref in people if ref.key not in known]
    return mentions


def _told_with(gathering: Mention, mentions: list[Mention]) -> list[Mention]:
    """The meetings one sentence tells of one host: "to co-host the meeting" is hosting and
    meeting at once."""
    return [
        mention
        for mention in mentions
        if mention.type == "meeting"
        and mention.sentence.start == gathering.sentence.start
        and mention.actor.referent.key == gathering.actor.referent.key
    ]


def _hosts_a_gathering(trigger: Token) -> bool:
    """A meeting told as a gathering: its host or chair receiving, or the gathering's noun."""
    hosting = cue_words("hosting") | cue_words("chairing")
    return trigger.lemma_ in hosting or trigger.lemma_.lower() in cue_words("gathering")


def _stand_ins_seated(mentions: list[Mention], doc: Doc, reading: Reading) -> list[Mention]:
    """ "X stayed at home and sent his foreign minister, Y, in his place": the one sent in a
    leader's place sits at the gathering told just before, among its parties."""
    for verb in (doc[i] for i in indices_where(doc, LEMMA, cue_words("sending"))):
        place = _in_someones_place(verb)
        if place is None:
            continue
        # Between the sending and the place phrase, however the parse hangs the name.
        sent = [word for word in doc[verb.i + 1 : place.i] if roles.is_name_head(word)]
        people = [ref for ref in roles.referents(sent, reading.table) if ref.label == "PERSON"]
        gathering = _gathering_told_before(verb, mentions, reading)
        if gathering is None or not people:
            continue
        for told in _told_with(gathering, mentions):
            known = {ref.key for ref in told.counterparts} | {told.actor.referent.key}
            told.counterparts += [ref for ref in people if ref.key not in known]
    return mentions


def _goers_seated(mentions: list[Mention], doc: Doc, reading: Reading) -> list[Mention]:
    """ "X attended a meeting hosted by Y. A and B had also travelled to Kel for the talks":
    those told coming for "the" gathering the sentence before hosted are among its parties."""
    for verb in (doc[i] for i in indices_where(doc, LEMMA, cue_words("motion") | {"be"})):
        coming = verb.pos_ == "VERB" and verb.lemma_ != "be"
        if not (coming or _due_in(verb)) or not any(map(_the_gathering, _coming_for(verb))):
            continue
        named = [w for s in roles.children(verb, "nsubj") for w in s.subtree]
        found = roles.referents([w for w in named if roles.is_name_head(w)], reading.table)
        people = [ref for ref in found if ref.label == "PERSON"]
        # Stays abroad are appended after the rest: the search wants the story's order.
        in_order = sorted(mentions, key=lambda mention: mention.trigger.i)
        gathering = _gathering_told_before(verb, in_order, reading, parties=1)
        if gathering is None or not people or not _hosts_a_gathering(gathering.trigger):
            continue
        for told in _told_with(gathering, mentions):
            known = {ref.key for ref in told.counterparts} | {told.actor.referent.key}
            told.counterparts += [ref for ref in people if ref.key not in known]
    return mentions


def _due_in(verb: Token) -> bool:
    """ "X is due in Kel": told coming there, as "X travelled to Kel" is."""
    return verb.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.lower_ == "due" for c in verb.children
    )


def _coming_for(verb: Token) -> list[Token]:
    """What one comes "for": "travelled to Kel for the talks", "is due in Kel for the talks",
    where the parse may hang the "for" on the place."""
    places = roles.prep_objects(verb, "in", "to")
    return [
        *roles.prep_objects(verb, "for"),
        *(w for p in places for w in roles.prep_objects(p, "for")),
    ]


def _the_gathering(noun: Token) -> bool:
    """ "For the talks": a gathering told before, not one of its own ("for a summit")."""
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    gatherings = cue_words("gathering")
    return definite and (noun.lemma_.lower() in gatherings or noun.lower_ in gatherings)


def _in_someones_place(verb: Token) -> Token | None:
    """ "In his place", "in her stead": the phrase of standing in for someone, after the verb
    of sending, on it or on the verb it is joined to ("stayed at home and sent X in his
    place")."""
    holders = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    found = (
        prep
        for holder in holders
        for prep in roles.children(holder, "prep")
        if prep.lower_ == "in" and prep.i > verb.i
        for noun in roles.children(prep, "pobj")
        if noun.lemma_ in ("place", "stead") and any(c.dep_ == "poss" for c in noun.children)
    )
    return next(found, None)


def _gathering_told_before(
    word: Token, mentions: list[Mention], reading: Reading, parties: int = 2
) -> Mention | None:
    """The latest meeting, of at least so many counterparts, told before the word's sentence
    in its paragraph or the one before."""
    since = _previous_paragraph_start(word, reading.text)
    for mention in reversed(mentions):
        if mention.trigger.i >= word.sent.start:
            continue
        if mention.trigger.idx <= since:
            return None
        if mention.type == "meeting":
            return mention if len(mention.counterparts) >= parties else None
    return None


def _scene_before(trigger: Token, reading: Reading) -> Referent | None:
    """The place last told as where things happen ("at the palace in X", "talks in X"), in
    the trigger's paragraph or the one before: where an arrival that names none is."""
    since = max(_previous_paragraph_start(trigger, reading.text), reading.dateline_end)
    for word in reversed(trigger.doc[: trigger.i]):
        if word.idx < since:
            return None
        if word.dep_ != "pobj" or word.head.lower_ not in ("in", "at"):
            continue
        found = reading.table.at(word)
        if found is not None and found.label in PLACE_LABELS:
            return found
    return None


def _short_of_verb(ent: Span) -> Span:
    """ "X and Y yesterday ended months of feud": the model may run a date into the finite verb
    after it; the date ends before the verb."""
    verb = next((w.i for w in ent if w.tag_ in FINITE_TAGS and w.i > ent.start), None)
    return ent if verb is None else Span(ent.doc, ent.start, verb, label=ent.label_)


def _unlabelled_days(doc: Doc) -> list[Span]:
    """ "Today X flies to Oslo", "Later today X will leave", "This morning X held talks": the
    model may miss a day word that opens a sentence; it still dates the clause it modifies."""
    days = _unlabelled_parts_of_day(doc)
    for word in (doc[i] for i in indices_where(doc, LOWER, DEICTIC_DAYS)):
        if word.ent_type_ or word.dep_ != "npadvmod":
            continue
        start = word.i
        if (
            start > 0
            and doc[start - 1].lower_ in ("later", "earlier")
            and doc[start - 1].head == word
        ):
            start -= 1
        days.append(Span(doc, start, word.i + 1, label="DATE"))
    return days


def _unlabelled_parts_of_day(doc: Doc) -> list[Span]:
    """ "This morning King X welcomed ...", "Last night the two leaders dined": a part of the day
    led by "this" or "last", modifying a verb, which the model left unlabelled."""
    found = []
    for word in (doc[i] for i in indices_where(doc, LOWER, PARTS_OF_DAY)):
        if word.ent_type_ or word.dep_ != "npadvmod" or word.i == 0:
            continue
        lead = doc[word.i - 1]
        if lead.head == word and lead.lower_ in ("this", "last") and not lead.ent_type_:
            found.append(Span(doc, lead.i, word.i + 1, label="TIME"))
    return found


def _calls_joined(mentions: list[Mention]) -> list[Mention]:
    """ "Will call on Prime Minister A and meet Foreign Minister B": meeting verbs joined under
    one subject, at one time and place, are one round of talks with everyone they name."""
    kept: list[Mention] = []
    for mention in mentions:
        joined = _joined_to(mention, kept)
        if joined is None:
            kept.append(mention)
            continue
        known = {ref.key for ref in joined.counterparts} | {joined.actor.referent.key}
        added = [ref for ref in mention.counterparts if ref.key not in known]
        joined.counterparts = [*joined.counterparts, *added]
    return kept


def _joined_to(mention: Mention, earlier: list[Mention]) -> Mention | None:
    """The meeting whose verb this one's is joined to, with the same actor and no other time or
    place; "met A on Monday and then met B" and "A met B and C met D" stay apart."""
    trigger = mention.trigger
    if mention.type != "meeting" or trigger.dep_ != "conj" or trigger.pos_ != "VERB":
        return None
    own_words = {c.lower_ for c in trigger.children} | {c.dep_ for c in trigger.children}
    if not own_words.isdisjoint(SEQUEL_WORDS | roles.SUBJECTS):
        return None
    head = next((m for m in earlier if m.trigger.i == trigger.head.i), None)
    if head is None or head.type != "meeting" or not (head.counterparts and mention.counterparts):
        return None
    same_time = mention.date is None or head.date is None or mention.date == head.date
    places = {place.key for place in (mention.location, head.location) if place is not None}
    same_place = len(places) < 2
    same_actor = head.actor.referent.key == mention.actor.referent.key
    return head if same_time and same_place and same_actor else None


def _met_apart(mention: Mention, table: EntityTable) -> list[Mention]:
    """ "Will hold bilateral meetings with X and Y", "will meet separately with X", "in a series
    of consultations": one meeting with each party; "both ministers met X separately": one
    meeting of X with each minister."""
    trigger = mention.trigger
    if mention.type != "meeting" or len(mention.counterparts) < 2:
        return [mention]
    said = [
        c
        for c in trigger.children
        if c.dep_ == "advmod" or (c.dep_ == "amod" and trigger.tag_ == "NNS")
    ]
    # "in a series of consultations", "in separate meetings"
    said += (word for held in roles.prep_objects(trigger, "in") for word in (held, *held.children))
    # "talks with A and then separately with B", the second "with" maybe read as a conjunct
    said += (
        word
        for prep in roles.children(trigger, "prep", "conj")
        if prep.lower_ == "with"
        for word in roles.children(prep, "advmod")
    )
    one_by_one = roles.met_one_by_one(trigger) is not None
    if not one_by_one and all(word.lemma_.lower() not in cue_words("apart") for word in said):
        return [mention]
    met = {ref.key for ref in roles.referents(_met_words(trigger), table)}
    parties = [mention.actor.referent, *mention.counterparts]
    members = [party for party in parties if party.key not in met]
    hosts = [party for party in parties if party.key in met]
    if roles.group_word(trigger) is not None and hosts and len(members) > 1:
        return [
            replace(mention, actor=roles.Role(member, from_parse=False), counterparts=hosts)
            for member in members
        ]
    return [replace(mention, counterparts=[party]) for party in mention.counterparts]


# Prepositions a place of talks is told after: "in Vik", "at his residence outside Ulm".
_SEGMENT_PLACE_PREPS = frozenset({"in", "at", "outside", "near", "inside"})


def _gapped_meetings(mention: Mention, reading: Reading) -> list[Mention]:
    """ "Met A in Vik on Sunday and B at his residence outside Ulm on Monday": with the verb
    left out before B, each party met is a meeting of its own, at the place and on the day
    told with it; the first meeting keeps what is told before the second party, or else the
    place of the clause when no later party was met there. A party told with neither place nor
    day of its own stays where the parser put it, unless hung on the first day or told as met
    after the one before ("and then B", "then separately with B"). Returns the mention first,
    then the meetings gapped after it."""
    trigger = mention.trigger
    verb = _verb_of_talks(trigger)
    objects = list(roles.children(trigger, "dobj")) if verb is trigger else [trigger]
    if mention.type != "meeting" or verb is None or len(objects) != 1:
        return [mention]
    candidates = _gapped_parties(trigger, verb, reading.table)
    starts = [objects[0].i, *(word.i for word, _ in candidates)]
    ends = [*starts[1:], _end_of_clause(verb, starts[-1])]
    future = mention.status is not EventStatus.OCCURRED
    told = [
        _told_in(trigger.doc[start:end], reading, future=future)
        for start, end in zip(starts, ends, strict=True)
    ]
    first_told = told[0] != (None, None)
    kept = [
        i
        for i, (word, _) in enumerate(candidates, start=1)
        if (first_told and told[i] != (None, None))
        or word.head.ent_type_ in ("DATE", "TIME")
        or _met_after(word)
    ]
    # "Is to meet A, the party's leader, and Premier B at X": with no place or day told for the
    # first party, one told after a later one is of the one meeting with them all.
    shared = [i for i in range(1, len(told)) if i not in kept and told[i] != (None, None)]
    if shared and not first_told:
        mention = _met_together(mention, [candidates[i - 1][1] for i in shared], told[shared[0]])
    if not kept:
        return [mention]
    parties = [candidates[i - 1][1] for i in kept]
    if mention.actor.referent.key in {party.key for party in parties}:
        # The parser took a party met for the one meeting them: no actor to trust.
        return [mention]
    told = [told[0], *(told[i] for i in kept)]
    placed = any(place is not None for place, _ in told)
    later_places = {place.key for place, _ in told[1:] if place is not None}
    if told[0][0] is None and mention.location and mention.location.key not in later_places:
        told[0] = (mention.location, told[0][1])
    gapped = {party.key for party in parties}
    first = [party for party in mention.counterparts if party.key not in gapped]
    met = [first, *([party] for party in parties)]
    return [
        replace(
            mention,
            counterparts=counterparts,
            location=place if placed else mention.location,
            date=date or mention.date,
        )
        for counterparts, (place, date) in zip(met, told, strict=True)
    ]


def _met_together(
    mention: Mention, parties: list[Referent], told: tuple[Referent | None, EventDate | None]
) -> Mention:
    """The meeting with the parties added, at the place and on the day told with them."""
    known = {party.key for party in mention.counterparts}
    added = [party for party in parties if party.key not in known]
    place, date = told
    return replace(
        mention,
        counterparts=[*mention.counterparts, *added],
        location=place or mention.location,
        date=date or mention.date,
    )


def _end_of_clause(verb: Token, start: int) -> int:
    """Where a verb's own words end after `start`: at a verb joined to it ("meet A at X, and
    deliver a speech at Y"), else at the end of the sentence."""
    joined = [word.left_edge.i for word in roles.children(verb, "conj") if word.pos_ == "VERB"]
    return min([i for i in joined if i > start] or [verb.sent.end])


def _verb_of_talks(trigger: Token) -> Token | None:
    """The verb a meeting is told with: "met", or "held" of "held talks"."""
    if trigger.pos_ == "VERB":
        return trigger
    if trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB":
        return trigger.head
    return None


def _gapped_parties(
    trigger: Token, verb: Token, table: EntityTable
) -> list[tuple[Token, Referent]]:
    """The parties met after the first with the verb left out, in text order, wherever the
    parser hangs them: on the first day or place told ("met A on Sunday and B at ..."), on the
    meeting verb or a verb it depends on ("was due to meet A at X and then B at Y"), or in a
    second "with" ("held talks with A on Monday and with B on Tuesday")."""
    preps = [prep for head in {verb, trigger} for prep in roles.children(head, "prep")]
    preps += (prep for obj in roles.children(verb, "dobj") for prep in roles.children(obj, "prep"))
    told = [
        word
        for prep in preps
        for word in roles.children(prep, "pobj")
        if word.ent_type_ in ("DATE", "TIME") or prep.lower_ in _SEGMENT_PLACE_PREPS
    ]
    verbs = [verb]
    while verbs[-1].dep_ in ("xcomp", "acomp") and verbs[-1].head.i != verbs[-1].i:
        verbs.append(verbs[-1].head)
    # A second place is no party: only a person is met after the first place told.
    words = [
        *(
            word
            for head in told
            for word in head.conjuncts
            if word.i > head.i
            and (head.ent_type_ in ("DATE", "TIME") or word.ent_type_ == "PERSON")
        ),
        *(word for governor in verbs for word in _joined_nouns(governor)),
        *(
            word
            for prep in preps
            for second in prep.conjuncts
            if second.lower_ == "with"
            for word in roles.children(second, "pobj")
        ),
        # "Will meet A and then B", "held talks with A and then separately with B".
        *(
            word
            for word in [
                *(word for prep in preps if prep.lower_ == "with" for word in prep.children),
                *(word for obj in roles.children(verb, "dobj") for word in obj.conjuncts),
            ]
            if _met_after(word)
        ),
    ]
    found = {
        word.i: (word, party)
        for word in words
        if word.i > trigger.i
        and (party := table.at(word)) is not None
        and party.label in ("PERSON", "ORG")
    }
    return [found[i] for i in sorted(found)]


def _met_after(party: Token) -> bool:
    """ "A and then B", "with A and then separately with B": a party told as met after, or
    apart from, the one before it. In a longer list ("A, B and then C at X") "then" only orders
    one round of calls."""
    words = [party, party.head] if party.dep_ == "pobj" else [party]
    cues = {
        word.lemma_.lower()
        for told in words
        for word in told.children
        if word.dep_ == "advmod" and word.i < party.i
    }
    listed = party.dep_ == "conj" and len(party.head.conjuncts) > 1
    return bool(cues & cue_words("apart")) or bool(cues & SEQUEL_WORDS and not listed)


def _joined_nouns(verb: Token) -> list[Token]:
    """Nouns the parser joins to a verb after an "and": as a conjunct, or loosely ("dep")."""
    return [
        word
        for word in roles.children(verb, "conj", "dep")
        if word.pos_ in roles.NOUN_POS
        and word.left_edge.i > 0
        and word.doc[word.left_edge.i - 1].dep_ == "cc"
    ]


def _told_in(
    stretch: Span, reading: Reading, *, future: bool
) -> tuple[Referent | None, EventDate | None]:
    """The first place told after a preposition of place, and the first date, in a stretch of
    a sentence."""
    places = (
        found
        for word in stretch
        if word.dep_ == "pobj"
        and word.head.lower_ in _SEGMENT_PLACE_PREPS
        and (found := reading.table.at(word)) is not None
        and found.label in PLACE_LABELS
    )
    dates = [ent for ent in reading.dates if stretch.start <= ent.start < stretch.end]
    date = resolve_date(dates[0].text, reading.published, future=future) if dates else None
    return next(places, None), date


def _met_words(trigger: Token) -> list[Token]:
    """Who a meeting's own clause names as met: "met X", "held talks with X"."""
    objects = list(roles.children(trigger, "dobj"))
    held_with = (word for talks in objects for word in roles.prep_objects(talks, "with"))
    return [*objects, *roles.prep_objects(trigger, "with"), *held_with]


def _guests_welcomed_to(welcome: Mention, reading: Reading) -> list[Mention]:
    """ "Moen will welcome Queen Ingrid to the White House": the guest comes to the place,
    a visit whose counterpart is the host (the talks are a meeting of their own)."""
    trigger = welcome.trigger
    if welcome.type != "meeting" or trigger.lemma_ not in cue_words("reception"):
        return []
    if welcome.location is None or not any(roles.prep_objects(trigger, "to")):
        return []
    host = welcome.actor.referent
    # "X welcomed him to Y": the object pronoun is someone other than the host.
    objects = list(roles.children(trigger, "dobj"))
    guests = roles.referents(objects, reading.table, excluding=host.key)
    return [
        replace(
            welcome,
            type="visit",
            actor=roles.Role(guest, from_parse=True),
            counterparts=[host],
            co_actors=[],
        )
        for guest in guests
        if guest.label == "PERSON" and guest.key != host.key
    ]


def _stop_of_the_trip(meeting: Mention, chain: list[Token], reading: Reading) -> list[Mention]:
    """ "Will hold talks with X in Y as part of a regional tour", "met X in Y during her
    trip": talks somewhere told as part of the actor's trip are a stop of it, a visit there."""
    if meeting.type != "meeting" or meeting.location is None:
        return []
    framing = [
        trip
        for word in chain
        for trip in [*roles.prep_objects(word, "during", "on"), *_part_of(word)]
        if reading.trigger_types.get(trip.i) == "visit"
    ]
    travellers = (roles.actor(trip, reading.table) for trip in framing)
    if all(
        traveller is None or traveller.referent.key != meeting.actor.referent.key
        for traveller in travellers
    ):
        return []
    return [replace(meeting, type="visit", counterparts=[], co_actors=[], visitors=frozenset())]


def _stay_abroad(meeting: Mention, chain: list[Token], reading: Reading, doc: Doc) -> list[Mention]:
    """ "In Quito, Premier Lind of Norway met X", "she met X in Quito on Saturday": talks a
    person held abroad tell a stay there, a visit on the talks' day, unless a trip told in
    the story holds them (see `merge`). Talks only hoped for or invited to tell no trip."""
    if meeting.type != "meeting":
        return []
    # "The two ministers held talks in Lorn": each of the two is in Lorn, abroad or at home.
    holders = [meeting, *(_as_actor(meeting, party) for party in meeting.fellows)]
    return [stay for one in holders for stay in _stay_there(one, chain, reading, doc)]


def _as_actor(mention: Mention, party: Referent) -> Mention:
    actor = roles.Role(party, from_parse=mention.actor.from_parse)
    return replace(mention, actor=actor, fellows=[], grouped=True)


def _guests_received_abroad(
    meeting: Mention, chain: list[Token], reading: Reading, doc: Doc
) -> list[Mention]:
    """ "Lorvian Premier Lind was received by President Marek in Tarnow": a guest told being
    received abroad is there, a stay on that day as talks of their own would tell, unless a
    trip told in the story holds it (see `merge`)."""
    trigger = meeting.trigger
    if meeting.type != "meeting" or trigger.pos_ != "VERB" or trigger.lemma_ not in HOSTING:
        return []
    host = meeting.actor.referent
    # Only the guest the clause is about: "X received Y" is the host's news, whose guest came
    # on a trip the story tells in its own words, or not at all.
    guests = roles.referents(list(roles.children(trigger, "nsubjpass")), reading.table)
    stays: list[Mention] = []
    for guest in guests:
        if guest.label != "PERSON" or guest.key == host.key:
            continue
        told = replace(meeting, actor=roles.Role(guest, from_parse=True), counterparts=[host])
        stays += _stay_there(told, chain, reading, doc)
    return stays


def _doings_abroad(doc: Doc, reading: Reading, earlier: list[Mention]) -> list[Mention]:
    """ "In Quito, the Norwegian premier laid a wreath", "celebrated Mass at the cathedral
    of Quito": what a person can only do where they are (a rite, a speech, a walk) tells a
    stay there, on its day, as talks do."""
    stays: list[Mention] = []
    # Only a verb tells a doing: its part of speech is read as one array, not a Token a word.
    verbs = (doc[i] for i, pos in enumerate(doc.to_array(POS).tolist()) if pos == VERB)
    for verb in (word for word in verbs if _told_doing(word, reading)):
        place = _place_of_doing(verb, reading)
        if place is None:
            continue
        chain = roles.clause_chain(verb)
        before = [m for m in earlier if m.trigger.i < verb.i]
        mention = _read_mention("visit", verb, chain, reading, before)
        # A thing done at no time the story tells is what the person does, not a stop.
        if mention is None or mention.date is None or not _stop_of_its_day(mention, place, before):
            continue
        place = place if place.place is not None else _town_of_the_trip(place, mention, before)
        if place is None:
            continue
        if not _pronoun_of_another(verb, mention, reading):
            mention.location, mention.done_there = place, True
            doers = _per_actor(mention)
            abroad = [stay for one in doers for stay in _stay_there(one, chain, reading, doc)]
            stays += abroad + (_hosts_gone_along(doers) if abroad else [])
    return stays


def _hosts_gone_along(doers: list[Mention]) -> list[Mention]:
    """ "Premier Lind of Norway and her Peruvian host Rosa Quispe opened a port in Callao":
    a host doing a thing beside a guest abroad in a town of the host's own country has gone
    there with the guest, a trip of the host's own; the capital is where a host is at
    home."""
    hosts: list[Mention] = []
    for doer in doers:
        town = doer.location.place if doer.location is not None else None
        person = doer.actor.referent
        if town is None or town.kind == "country" or person.label != "PERSON":
            continue
        if town.country_code not in roles.nationality(person, named_country=True):
            continue
        if not gazetteer.is_capital(town):
            hosts.append(replace(doer, done_there=False))
    return hosts


def _stop_of_its_day(doing: Mention, place: Referent, before: list[Mention]) -> bool:
    """ "Lind flew to Lorvia on Monday ... tonight he addresses the assembly in Kell": a doing
    still ahead on a told day, in a town the gazetteer knows, is a stop of the programme of a
    trip the story told; one with no trip, no day or no known town is only an intention."""
    if doing.status is EventStatus.OCCURRED:
        return True
    return (
        doing.status is EventStatus.PLANNED
        and _is_day(doing.date)
        and place.place is not None
        and any(_trip_of(doing.actor.referent, told) for told in before)
    )


def _trip_of(traveller: Referent, told: Mention) -> bool:
    return told.type == "visit" and told.actor.referent.key == traveller.key


def _told_doing(verb: Token, reading: Reading) -> bool:
    """A verb of the story's body, no trigger of its own, telling a thing done in person."""
    return (
        verb.pos_ == "VERB"
        and verb.i not in reading.triggers
        and _done_in_person(verb)
        and verb.idx >= reading.dateline_end
        and not _is_heading(verb.sent, reading.text)
        and not _done_remotely(verb)
    )


def _done_in_person(verb: Token) -> bool:
    """A rite, a speech, a walk: "celebrated Mass", "addressed the assembly", "took part"."""
    if verb.lemma_ == "take":
        return any(part.lower_ == "part" for part in roles.children(verb, "dobj"))
    return verb.lemma_ in cue_words("doing_there")


def _pronoun_of_another(verb: Token, mention: Mention, reading: Reading) -> bool:
    """ "Lind last set foot in Kell in 2015, when he addressed the assembly": a pronoun read
    as someone other than the person its own sentence names before it is read past that
    person, and no stay is told of anyone."""
    if not any(s.lower_ in PRONOUNS for s in roles.children(verb, "nsubj")):
        return False
    # "She and President Marek opened the port": a co-subject is named beside the pronoun.
    doers = {mention.actor.referent.key, *(party.key for party in mention.co_actors)}
    named = (reading.table.at(word) for word in verb.sent if word.i < verb.i)
    return any(ref is not None and ref.label == "PERSON" and ref.key not in doers for ref in named)


DOING_PREPS = ("in", "at", "around", "inside")
STAY_AFTER_DAYS = 3
BESIDE_DOING = ("before", "for", "among", "with", "to")


def _place_of_doing(verb: Token, reading: Reading) -> Referent | None:
    """Where a thing is done: the first place a gazetteer knows in the "in/at" phrase of the
    verb or of what it is done to ("laid a wreath at the shrine of Kell", "addressed the
    assembly in Kell")."""
    # "Celebrated Mass before thousands of faithful in Kell", "presented the plan to the
    # assembly in Kell": the place may hang on whom it was done before, for or to.
    held = [verb, *roles.children(verb, "dobj")]
    held += [o for word in held for o in roles.prep_objects(word, *BESIDE_DOING)]
    places: list[Referent] = []
    for word in (w for doer in held for w in roles.prep_objects(doer, *DOING_PREPS)):
        for part in word.subtree:
            found = reading.table.at(part)
            # A building the gazetteer lacks says no town; the town is told with it, or not.
            if found is None or found.label not in PLACE_LABELS or _told_by_clause(part, word):
                continue
            if found.place is None and found.label == "FAC":
                continue
            if not _names_other_than_place(part, found, reading):
                places.append(found)
    return next((place for place in places if place.place is not None), next(iter(places), None))


def _told_by_clause(part: Token, site: Token) -> bool:
    """ "Laid a wreath at a monument commemorating the defenders of Kell": a place told in a
    clause on the site says what the site is about, not where it stands."""
    while part.i != site.i and part.head.i != part.i:
        if part.dep_ in ("acl", "relcl"):
            return True
        part = part.head
    return False


def _town_of_the_trip(town: Referent, doing: Mention, before: list[Mention]) -> Referent | None:
    """ "Arrived in Lorvia on Monday ... on Tuesday she laid a wreath in Kell": a place the
    gazetteer lacks, where a traveller does something in the days after a trip told to a
    country, is a town of that country; after a trip told to a city, a site of that city
    ("arrived in Lorn ... laid a wreath at the memorial in Kell")."""
    countries = [
        m.location.place
        for m in before
        if m.type == "visit"
        and not m.abroad
        and m.actor.referent.key == doing.actor.referent.key
        and m.status is EventStatus.OCCURRED
        and m.location is not None
        and m.location.place is not None
        and _days_after(m.date, doing.date)
    ]
    if not countries:
        return None
    where = countries[-1]
    if where.kind == "city":
        return replace(town, place=gazetteer.site_in(town.name, where))
    return replace(
        town, place=gazetteer.Place(town.name, "city", where.country_code, where.country)
    )


def _days_after(trip: EventDate | None, day: EventDate | None) -> bool:
    if trip is None or day is None or not _is_day(trip):
        return False
    return 0 <= (day.start - trip.start).days <= STAY_AFTER_DAYS


def _names_other_than_place(word: Token, place: Referent, reading: Reading) -> bool:
    """ "A summit of the Kell Nine": a place that only begins another name is no place of
    what is done."""
    head = word.head
    return word.dep_ == "compound" and head.pos_ == "PROPN" and reading.table.at(head) != place


def _done_remotely(verb: Token) -> bool:
    """ "Took part in the summit by video", "inaugurated, virtually, the plant in Kell"."""
    if _remote(verb):
        return True
    told = (word for word in verb.subtree if word.dep_ in ("pobj", "advmod", "compound", "amod"))
    return any(word.lemma_.lower() in cue_words("remote") for word in told)


def _stay_there(told: Mention, chain: list[Token], reading: Reading, doc: Doc) -> list[Mention]:
    """The stay abroad that talks or a thing done there tell, marked for `merge` to drop when a
    trip told in the story holds it."""
    if told.status is EventStatus.SPECULATED:
        return []
    if any(_only_invited("visit", word) for word in chain) or _restated(told.trigger, reading):
        return []
    if not _abroad(told) or _left_home(told, doc, reading):
        return []
    stay = replace(told, type="visit", counterparts=[], co_actors=[], visitors=frozenset())
    stay.abroad = True
    return [stay]


def _restated(trigger: Token, reading: Reading) -> bool:
    """ "Met X in Lorn, the first such meeting since 1990": a noun that restates the talks
    its verb told, often with a record's date rather than the talks' own."""
    return trigger.pos_ in roles.NOUN_POS and reading.trigger_types.get(trigger.head.i) == "meeting"


def _abroad(meeting: Mention) -> bool:
    """ "In Quito, Premier Lind of Norway met X", "met X in Quito": talks held outside the
    country the person's title makes them a national of. Whether a person whose title names
    no country travelled is told by the rest of the story (see `merge`)."""
    place, party, trigger = meeting.location, meeting.actor.referent, meeting.trigger
    if place is None or place.place is None or party.label != "PERSON":
        return False
    if _predecessor_aside(trigger):
        return False
    # "Briefed him on the results of the Lorn summit": talks named only in passing are told
    # for what came of them, often by someone who was not there; talks held, gone to or sat
    # at ("will report to the assembly in Lorn") are not.
    held = trigger.dep_ == "dobj" or (
        trigger.dep_ == "pobj" and trigger.head.lower_ in ("to", "at")
    )
    # "The summit in Lorn opened on Monday", not "after the summit in Lorn ended".
    held = held or (trigger.dep_ in roles.SUBJECTS and trigger.head.dep_ in ("ROOT", "conj"))
    if (trigger.pos_ in roles.NOUN_POS and not held) or _recalled(trigger):
        return False
    return place.place.country_code not in roles.nationality(party, named_country=True)


def _predecessor_aside(trigger: Token) -> bool:
    """ "The second leader to hold talks there, after X, who met the president on Tuesday":
    an aside on someone named as coming before, in a record the story's own trip sets."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    person = verb.head
    if verb.dep_ != "relcl" or person.ent_type_ != "PERSON" or person.dep_ != "pobj":
        return False
    return person.head.lower_ in roles.OTHER_TIME_PREPS


def _recalled(trigger: Token) -> bool:
    """ "The two leaders last met in Lorn", "had met X in Lorn in March": talks recalled to set
    the scene tell how the parties know each other, not a trip the story reports."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    perfect = verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in verb.children
    )
    said = {c.lower_ for c in verb.children if c.dep_ == "advmod"}
    return perfect or not said.isdisjoint(cue_words("recalled"))


def _left_home(meeting: Mention, doc: Doc, reading: Reading) -> bool:
    """ "Talks in Lorn with X ... Y finally left Norland late on Saturday": the country a
    person is told leaving is where they were at home, not abroad."""
    place, party = meeting.location, meeting.actor.referent
    if place is None or place.place is None:
        return False
    for verb in (doc[i] for i in indices_where(doc, LEMMA, cue_words("departure"))):
        if verb.pos_ != "VERB":
            continue
        left = (reading.table.at(word) for word in roles.children(verb, "dobj"))
        if not any(
            ref is not None
            and ref.place is not None
            and ref.place.kind == "country"
            and ref.place.country_code == place.place.country_code
            for ref in left
        ):
            continue
        leaver = roles.actor(verb, reading.table)
        if leaver is not None and leaver.referent.key == party.key:
            return True
    return False


def _leg_left_from(
    meeting: Mention, chain: list[Token], reading: Reading, earlier: list[Mention]
) -> list[Mention]:
    """ "Flew into Tarvia from Lima, where he had held talks with X": the place a traveller
    came from, where talks were held, is an earlier leg of the trip, a visit there on the
    talks' day. "Came from Lorvia, where X received him in Kell": the traveller is the one
    received, and the leg is to the town of the talks when it lies in the place left."""
    if meeting.type != "meeting":
        return []
    origin = next((word for word in map(_named_before_where, chain) if word is not None), None)
    # "From Lorn, Vestmark, where ...": the town, not the country told after it.
    origin = origin.head if origin is not None and origin.dep_ == "appos" else origin
    if origin is None or origin.dep_ != "pobj" or origin.head.lower_ != "from":
        return []
    trip = _trip_left_from(origin.head, reading)
    left = _place_named(origin, reading)
    if trip is None or left is None:
        return []
    traveller = _traveller_left(trip, meeting, reading, earlier)
    if traveller is None:
        return []
    if meeting.date is None and _part_of_day_told([verb for verb in chain if verb.i > origin.i]):
        # "Arrived last night from Lorn, where he had held talks in the morning": that day's.
        meeting.date = next((m.date for m in earlier if m.trigger.i == trip.i), None)
    town = meeting.location
    inside = town is not None and town.place is not None and _same_ground(left, town)
    leg = replace(
        meeting,
        type="visit",
        actor=traveller,
        location=town if inside else left,
        counterparts=[],
        co_actors=[],
        visitors=frozenset(),
    )
    leg.left_from = True
    return [leg]


def _part_of_day_told(chain: list[Token]) -> bool:
    """Whether the clause times what it tells by a part of a day alone ("in the morning")."""
    return any(
        word.ent_type_ == "TIME" or word.lower_ in cue_words("day_part")
        for verb in chain
        for child in verb.children
        if child.dep_ in ("prep", "npadvmod")
        for word in child.subtree
    )


def _traveller_left(
    trip: Token, meeting: Mention, reading: Reading, earlier: list[Mention]
) -> roles.Role | None:
    """Who of the talks' parties made the trip: its mention's actor when it was read, else the
    subject of its verb; one the story leaves unnamed is taken to be the talks' actor."""
    told = next((m.actor for m in earlier if m.trigger.i == trip.i and m.type == "visit"), None)
    traveller = told or roles.actor(trip, reading.table)
    if traveller is None:
        return meeting.actor
    parties = [meeting.actor.referent, *meeting.counterparts]
    return traveller if any(p.key == traveller.referent.key for p in parties) else None


def _place_named(word: Token, reading: Reading) -> Referent | None:
    """The place a word names: the table's, or a town the model read as something else."""
    found = reading.table.at(word)
    if found is not None and found.label in PLACE_LABELS:
        return found
    return _town_misread(word, reading)


def _arrival_from_only(trigger: Token) -> bool:
    """ "Had arrived on Thursday night from Lorn", told under another town's dateline: an
    arrival that names only where it came from is to the town the story is filed from."""
    # "Who flew in from Lorn" may tell an arrival elsewhere than the story is filed from.
    if trigger.lemma_ != "arrive" or trigger.pos_ != "VERB" or trigger.dep_ == "relcl":
        return False
    froms = [w for w in trigger.subtree if w.lower_ == "from" and w.dep_ == "prep"]
    return any(_verb_over_word(w) == trigger.i for w in froms)


def _verb_over_word(word: Token) -> int:
    return next((above.i for above in word.ancestors if above.pos_ == "VERB"), -1)


def _stop_come_from(visit: Mention, reading: Reading) -> list[Mention]:
    """ "Flew into Tarvia on Thursday night from Lorn": a traveller who comes in from a place
    abroad was there, an earlier stop of the trip, on a day the sentence does not tell."""
    trigger, arrived_in = visit.trigger, visit.location
    if visit.type != "visit" or trigger.lemma_ not in cue_words("coming_in") or arrived_in is None:
        return []
    # "Arrived by train from Lorn": a way over land may only have passed through it.
    if any(roles.prep_objects(trigger, "by")):
        return []
    stops = []
    for word in roles.prep_objects(trigger, "from"):
        origin = reading.table.at(word)
        if origin is None or origin.label != "GPE" or origin.place is None:
            continue
        if _home_of(visit.actor.referent, origin) or _same_ground(origin, arrived_in):
            continue
        stop = replace(visit, location=origin, date=None, date_is_own=False, counterparts=[])
        stop.left_from = True
        stops.append(stop)
    return stops


def _home_of(traveller: Referent, place: Referent) -> bool:
    """Whether a place is, or lies in, the traveller's own country; a person of no told
    country may be coming home, so is taken to be."""
    if place.place is None or traveller.key == place.key:
        return True
    if traveller.label == "PERSON":
        codes = roles.nationality(traveller, named_country=True)
        return not codes or place.place.country_code in codes
    home = traveller.place
    return home is None or home.country_code == place.place.country_code


def _same_ground(origin: Referent, arrived_in: Referent) -> bool:
    """ "Arrived in Tarvia from Lorn", Lorn being a city of Tarvia: no stop of its own."""
    if origin.key == arrived_in.key:
        return True
    if origin.place is None or arrived_in.place is None:
        return False
    return gazetteer.contains(origin.place, arrived_in.place) or gazetteer.contains(
        arrived_in.place, origin.place
    )


def _named_before_where(verb: Token) -> Token | None:
    """The word right before the "where" that opens the verb's clause (past a comma)."""
    where = next((c for c in verb.children if c.lower_ == "where" and c.i < verb.i), None)
    if where is None or where.i < 2:
        return None
    before = where.doc[where.i - 1]
    return where.doc[before.i - 1] if before.text == "," else before


def _trip_left_from(source: Token, reading: Reading) -> Token | None:
    """The trip a "from" tells the start of: "arrived from", "arrived at the ceremony from",
    "came from" (a coming told with no place gone to is no trigger of its own)."""
    for word in [source.head, *source.head.ancestors][:3]:
        if reading.trigger_types.get(word.i) == "visit" or word.lemma_ in cue_words("come_from"):
            return word
    return None


def _part_of(word: Token) -> list[Token]:
    """What "as part of" a word names: "as part of a three-nation tour"."""
    parts = [part for part in roles.prep_objects(word, "as") if part.lemma_ == "part"]
    return [whole for part in parts for whole in roles.prep_objects(part, "of")]


def _welcomes_on_arrival(mentions: list[Mention], reading: Reading) -> list[Mention]:
    """ "Arrived in Dunedin and was received at the airport by President X": a host who
    welcomes a visitor on arrival is the visit's counterpart, not a party to talks."""
    kept: list[Mention] = []
    greetings: list[Mention] = []
    hosts_arriving = {id(m) for m in _hosts_told_arriving(mentions)}
    for mention in mentions:
        if id(mention) in hosts_arriving or _greeting_retold(mention, greetings):
            continue
        co_hosts = frozenset(ref.key for ref in roles.co_hosts(mention.trigger, reading.table))
        visits = _visits_welcomed(mention, kept, co_hosts)
        visits = visits or _arrival_it_waited_for(mention, mentions)
        visits = visits or _arrival_awaited_there(mention, kept)
        visits = _guests_carried(mention, visits, kept, reading)
        visits = _in_the_welcomes_town(mention, visits, kept)
        visits += _guests_arriving_beside(mention, visits, kept, reading)
        if visits:
            greetings.append(mention)
        if not visits and (_welcomed_at_arrival_site(mention) or _received_where_left(mention)):
            # "X was received at Braga airport by Y", with no arrival told before.
            kept += _arrival_told_by_its_welcome(mention, reading, mentions)
        elif not visits and not _greeters_only(mention, reading) and not _waiting(mention):
            kept.append(mention)
        for visit in visits:
            for host in _hosts_of(mention, reading):
                if host.key != visit.actor.referent.key and host not in visit.counterparts:
                    visit.counterparts = [*visit.counterparts, host]
    return kept


def _in_the_welcomes_town(
    welcome: Mention, visits: list[Mention], kept: list[Mention]
) -> list[Mention]:
    """ "Landed in Brenn and was met by X ... In Vadum, he was greeted at the airport by Y": a
    welcome whose sentence names its town greets the guest's latest trip there, never an
    arrival told in another town."""
    town = _town_told_with(welcome)
    if town is None:
        return visits
    elsewhere = [v for v in visits if v.location is not None and not _same_town(v.location, town)]
    if not elsewhere:
        return visits
    guests = {visit.actor.referent.key for visit in visits}
    there = [
        m
        for m in kept
        if m.type == "visit"
        and m.actor.referent.key in guests
        and m.location is not None
        and _same_town(m.location, town)
        and m.trigger.i < welcome.trigger.i
    ]
    return there[-1:]


def _town_told_with(welcome: Mention) -> Referent | None:
    """The town a welcome's own sentence names as its place ("In Vadum, X was greeted"), not
    one that only names an airport ("at the Vadum airport")."""
    town = welcome.location
    if town is None or town.place is None or town.place.kind != "city":
        return None
    told = any(
        mention.sent == welcome.sentence
        and mention.root.dep_ == "pobj"
        and mention.root.head.lower_ == "in"
        for mention in town.mentions
    )
    return town if told else None


def _same_town(place: Referent, town: Referent) -> bool:
    """Whether a visit's place is the town or a site in it."""
    inside = place.place is not None and gazetteer.contains(town.place, place.place)
    return place.key == town.key or inside


def _guests_carried(
    welcome: Mention, visits: list[Mention], kept: list[Mention], reading: Reading
) -> list[Mention]:
    """ "Air Force One landed at Kel, where the President was met by X": a craft told landing
    is no traveller; the people its welcome greets are, each on an arrival of their own (which
    takes the craft's place among the mentions kept)."""
    guests = [ref for ref in _guests_of(welcome, reading) if ref.label == "PERSON"]
    if not guests or not all(map(_craft_landing, visits)):
        return visits
    carried: list[Mention] = []
    for craft in visits:
        arrivals = [
            replace(craft, actor=roles.Role(guest, from_parse=True), co_actors=[])
            for guest in guests
        ]
        at = next(i for i, kept_one in enumerate(kept) if kept_one is craft)
        kept[at : at + 1] = arrivals
        carried += arrivals
    return carried


def _guests_arriving_beside(
    welcome: Mention, visits: list[Mention], kept: list[Mention], reading: Reading
) -> list[Mention]:
    """ "X welcomed the president and his wife, B, at Y airport": a guest welcomed at the site
    of arrival beside one whose trip was told arrives on that trip too (the arrival told by
    the welcome, which names them, taking its place among the mentions kept)."""
    if not visits or not _at_arrival_site(_welcome_clause(welcome.trigger)):
        return []
    travelling = {visit.actor.referent.key for visit in visits}
    trip = visits[-1]
    beside = [
        replace(
            trip, trigger=welcome.trigger, actor=roles.Role(guest, from_parse=True), co_actors=[]
        )
        for guest in _guests_of(welcome, reading)
        if guest.label == "PERSON" and guest.key not in travelling and _named_in(guest, welcome)
    ]
    kept += beside
    return beside


def _named_in(party: Referent, mention: Mention) -> bool:
    """Whether the mention's own sentence names the party ("they" or "the couple" may stand
    for others than those who travelled)."""
    return any(named.sent == mention.sentence for named in party.mentions)


def _hosts_of(welcome: Mention, reading: Reading) -> list[Referent]:
    """Who welcomes: the actor, and those greeting beside it ("was met by X and his wife,
    Y"), who are hosts too, not guests."""
    return [welcome.actor.referent, *roles.co_hosts(welcome.trigger, reading.table)]


def _greeting_retold(mention: Mention, greetings: list[Mention]) -> bool:
    """ "X met him on the tarmac and warmly embraced him": a second verb of welcome by
    the same host to the same guest, in the same sentence and with no place of its own, tells
    the same greeting again."""
    trigger = mention.trigger
    if mention.type != "meeting" or trigger.lemma_ not in cue_words("reception"):
        return False
    if any(roles.prep_objects(trigger, "at", "in", "on")):
        return False
    guests = {ref.key for ref in mention.counterparts}
    return any(
        greeting.trigger.sent == trigger.sent
        and greeting.actor.referent.key == mention.actor.referent.key
        and guests <= {ref.key for ref in greeting.counterparts}
        for greeting in greetings
    )


def _greeters_only(welcome: Mention, reading: Reading) -> bool:
    """ "The heir arrived ... and was met by X and Y", the heir unresolved: the greeters stand
    side by side as hosts and meet no one but the guest, so without a guest there is no event."""
    reception = welcome.type == "meeting" and welcome.trigger.lemma_ in cue_words("reception")
    passive = roles.names_its_agent(_welcome_clause(welcome.trigger))
    return reception and passive and not _guests_of(welcome, reading)


def _guests_of(welcome: Mention, reading: Reading) -> list[Referent]:
    hosts = {ref.key for ref in _hosts_of(welcome, reading)}
    return [ref for ref in welcome.counterparts if ref.key not in hosts]


def _visits_welcomed(
    welcome: Mention, earlier: list[Mention], co_hosts: frozenset[str] = frozenset()
) -> list[Mention]:
    """The visit a welcome greets: the arrival it is told with in the passive ("arrived ...
    and was greeted by"; "traveled to X and met with Y" are talks), else the latest arrival
    of the welcomed, told in this sentence or the one before, when the welcome is at an
    airport or a station."""
    if welcome.type != "meeting" or welcome.trigger.lemma_ not in cue_words("reception"):
        return []
    trigger = _welcome_clause(welcome.trigger)
    if _received_at_a_venue(trigger):
        return []
    passive = any(c.dep_ in ("auxpass", "agent") for c in trigger.children)
    arrived = _arrival_in_its_sentence(trigger, earlier)
    if arrived is not None and (
        passive or _greets_on_arrival(welcome, arrived) or _greets_where_it_went(welcome, arrived)
    ):
        return _fellow_arrivals(welcome, arrived, earlier)
    visits = [
        m for m in earlier if m.type == "visit" and m.status is welcome.status and not m.left_from
    ]
    if trigger.dep_ == "conj" and passive:
        told_with = [m for m in visits if m.trigger.i == trigger.head.i]
        if told_with:
            return told_with
    welcomed = {ref.key for ref in welcome.counterparts} - set(co_hosts)
    since = _previous_sentence_start(trigger)
    # "A and B arrived ... and X received them": "them" may be read as one of the travellers
    # only, so an active welcome of a group takes every arrival told since.
    anyone = not welcomed or (not passive and _greets_a_group(trigger))
    recent = [
        m for m in visits if m.trigger.i >= since and (anyone or m.actor.referent.key in welcomed)
    ]
    at_arrival = _at_arrival_site(trigger) or _on_arrival(trigger)
    if at_arrival and all(map(_craft_landing, recent)):
        # "Air Force One landed at noon. The President was met at the steps by X": the craft
        # just told landing carries the guests (see `_guests_carried`).
        recent = [m for m in visits if m.trigger.i >= since and _craft_landing(m)]
    greets_arrival = passive and (
        _greets_travellers_arrived(trigger, welcomed, recent)
        or _greets_the_one_just_arrived(trigger, welcomed, recent)
        or _greeted_there(trigger)
    )
    if not (at_arrival or greets_arrival):
        return []
    # A photo caption or a background paragraph may stand between the arrival and its
    # welcome: a named guest's own latest arrival is the one welcomed, however far back.
    arrivals = [
        m
        for m in visits
        if m.actor.referent.key in welcomed and m.trigger.lemma_ in cue_words("arrival")
    ]
    # "Shortly after his arrival, when he was received by X": the arrival noun names no place;
    # the trip it belongs to is the latest one that does.
    located = [m for m in recent if m.location is not None]
    # "Arrived in Oslo from Rome on a tour that also took him to Bergen. He was welcomed at
    # the airport": an airport welcome greets the arrival, not another stop told beside it.
    landed = [m for m in located if m.trigger.lemma_ in cue_words("arrival")]
    greeted = landed[-1:] or located[-1:] or recent[-1:] or arrivals[-1:]
    if greeted and _greets_a_group(trigger):
        # "A and B arrived ... They were met by X": each co-traveller's arrival is greeted.
        return [m for m in recent if m.trigger.i == greeted[0].trigger.i]
    return greeted


def _welcome_clause(trigger: Token) -> Token:
    """ "Was accorded a warm welcome at X by Y": a welcome given is told by the verb giving
    it, which says where and by whom."""
    given = trigger.pos_ in roles.NOUN_POS and trigger.dep_ == "dobj"
    return trigger.head if given else trigger


def _fellow_arrivals(welcome: Mention, arrived: Mention, earlier: list[Mention]) -> list[Mention]:
    """ "A and his wife B landed at Y and were greeted by X": the welcome greets each co-traveller
    of the arrival, unless it names the one it greets ("A and B arrived, and A was met by X")."""
    place = arrived.location.key if arrived.location else None
    told = [
        m
        for m in earlier
        if m.type == "visit"
        and m.trigger.i == arrived.trigger.i
        and (m.location.key if m.location else None) == place
        and not m.left_from
    ] or [arrived]
    guests = {ref.key for ref in welcome.counterparts}
    return [m for m in told if m.actor.referent.key in guests] or told


def _received_at_a_venue(trigger: Token) -> bool:
    """ "Arrived in Tokyo and was received by the Emperor at the Imperial Palace": a reception
    at a place other than where one arrives is an audience, talks of their own."""
    places = list(roles.prep_objects(trigger, "at"))
    return bool(places) and not _at_arrival_site(trigger)


def _greets_on_arrival(welcome: Mention, arrival: Mention) -> bool:
    """ "Landed at Y at the invitation of the King, who greeted him at the foot of the plane":
    an active welcome of the one who arrived, at the site of arrival, greets that arrival."""
    guests = {ref.key for ref in welcome.counterparts}
    clause = _welcome_clause(welcome.trigger)
    at_arrival = _at_arrival_site(clause) or _on_arrival(clause)
    return at_arrival and arrival.actor.referent.key in guests


def _greets_where_it_went(welcome: Mention, trip: Mention) -> bool:
    """ "Flies to Vadum, where President X will welcome him": an active greeting of the
    traveller, told of the place the trip goes to, greets them there."""
    guests = {ref.key for ref in welcome.counterparts}
    clause = _welcome_clause(welcome.trigger)
    return trip.actor.referent.key in guests and _welcome_at_destination(clause, trip)


def _greets_travellers_arrived(welcome: Token, welcomed: set[str], recent: list[Mention]) -> bool:
    """ "A and B arrived at Y airport. They were welcomed by X": a welcome of the very group
    whose arrival was just told greets that arrival."""
    arrived = {m.actor.referent.key for m in recent if m.trigger.lemma_ in cue_words("arrival")}
    return _greets_a_group(welcome) and len(welcomed) > 1 and welcomed == arrived


def _greets_the_one_just_arrived(welcome: Token, welcomed: set[str], recent: list[Mention]) -> bool:
    """ "X arrived at Y air base on Sunday. He was greeted by Z": a welcome with no place of
    its own, of the one guest whose arrival the sentence before told, greets that arrival."""
    if len(welcomed) != 1 or any(roles.prep_objects(welcome, "at", "in", "on")):
        return False
    before = [m for m in recent if m.trigger.sent.start < welcome.sent.start]
    arrived = {m.actor.referent.key for m in before if m.trigger.lemma_ in cue_words("arrival")}
    return arrived == welcomed


def _craft_landing(visit: Mention) -> bool:
    """A visit told arriving whose subject is no person: a craft told landing, though it may
    stand for the traveller told before it ("Sky Falcon One landed in the afternoon")."""
    if visit.trigger.lemma_ not in cue_words("arrival"):
        return False
    subjects = roles.children(visit.trigger, "nsubj")
    return visit.actor.referent.label != "PERSON" or any(map(roles.craft_told_flying, subjects))


def _greeted_there(welcome: Token) -> bool:
    """ "He travelled on to Kell. In the afternoon he was greeted there by X": a welcome told
    "there", at the place a trip just went to, greets that trip ("was received there" may
    tell an audience)."""
    there = any(word.lower_ == "there" for word in roles.children(welcome, "advmod"))
    return there and welcome.lemma_ not in HOSTING


def _greets_a_group(welcome: Token) -> bool:
    """ "They were met", "the couple were greeted", "X received them": a welcome of several
    guests at once."""
    guests = [*roles.children(welcome, "nsubjpass"), *roles.children(welcome, "dobj")]
    return any(
        word.lower_ in ("they", "them") or word.tag_ == "NNS" or word.lemma_ == "couple"
        for word in guests
    )


def _arrival_it_waited_for(welcome: Mention, mentions: list[Mention]) -> list[Mention]:
    """ "She was greeted by X when her plane landed at Y": a passive welcome whose clause of
    time tells an arrival greets that arrival; "X greeted A and B as they arrived" greets the
    arrival of each guest."""
    trigger = welcome.trigger
    if welcome.type != "meeting" or trigger.lemma_ not in cue_words("reception"):
        return []
    arrivals = _arrivals_told_in_time_clause(trigger, mentions)
    if any(c.dep_ in ("auxpass", "agent") for c in trigger.children):
        return arrivals[:1]
    guests = {ref.key for ref in welcome.counterparts}
    return [m for m in arrivals if m.actor.referent.key in guests]


def _waiting(mention: Mention) -> bool:
    """One told waiting meets no one unless a traveller arrives there."""
    return mention.type == "meeting" and mention.trigger.lemma_ in cue_words("awaiting")


def _arrival_awaited_there(welcome: Mention, earlier: list[Mention]) -> list[Mention]:
    """ "Landed at Y airport, where X was waiting on the tarmac": one told waiting where a
    traveller arrives greets each who arrived."""
    if not _waiting(welcome):
        return []
    arrived = _arrival_in_its_sentence(welcome.trigger, earlier) or _arrival_just_told(
        welcome.trigger, earlier
    )
    return _fellow_arrivals(welcome, arrived, earlier) if arrived is not None else []


def _arrival_just_told(waiting: Token, earlier: list[Mention]) -> Mention | None:
    """ "A and B arrived at Y airport. X was waiting at the bottom of the steps": one told
    waiting at the plane or the airport, in the sentence after an arrival, waits for it."""
    if not _at_arrival_site(waiting):
        return None
    since = _previous_sentence_start(waiting)
    arrivals = [
        m
        for m in earlier
        if m.type == "visit"
        and since <= m.trigger.i < waiting.i
        and m.trigger.lemma_ in cue_words("arrival")
        and not m.left_from
    ]
    return arrivals[-1] if arrivals else None


def _arrivals_told_in_time_clause(trigger: Token, mentions: list[Mention]) -> list[Mention]:
    return [
        m
        for m in mentions
        if m.type == "visit"
        and (_time_clause_of(m.trigger, trigger) or _time_phrase_of(m.trigger, trigger))
    ]


def _time_clause_of(arrival: Token, welcome: Token) -> bool:
    """ "Greeted X when he landed", "as they arrived"; "received X hours after he arrived"
    tells a later reception, not a welcome on arrival."""
    told = arrival.head.i == welcome.i and arrival.dep_ == "advcl"
    marks = {c.lower_ for c in arrival.children if c.dep_ == "mark"}
    later = not marks.isdisjoint(SEQUENCE_MARKS)
    return told and not later and arrival.lemma_ in cue_words("arrival")


def _time_phrase_of(arrival: Token, welcome: Token) -> bool:
    """ "Was welcomed on arrival by X", "upon her arrival": the arrival is the welcome's time."""
    prep = arrival.head
    on = prep.lower_ in ("on", "upon") and prep.dep_ == "prep" and prep.head.i == welcome.i
    return on and arrival.dep_ == "pobj" and arrival.lemma_ in cue_words("arrival_noun")


def _hosts_told_arriving(mentions: list[Mention]) -> list[Mention]:
    """ "X greeted A and B as they arrived": "they" are the guests, never the host who
    greets them."""
    hosts = []
    for welcome in mentions:
        trigger = welcome.trigger
        active = not any(c.dep_ in ("auxpass", "agent") for c in trigger.children)
        if welcome.type != "meeting" or trigger.lemma_ not in cue_words("reception"):
            continue
        if not (active and welcome.counterparts):
            continue
        host = welcome.actor.referent.key
        hosts += [
            m
            for m in _arrivals_told_in_time_clause(trigger, mentions)
            if m.actor.referent.key == host
        ]
    return hosts


def _arrival_in_its_sentence(trigger: Token, earlier: list[Mention]) -> Mention | None:
    """ "Landed at Tamarind Bay, where he was met by X", "arrived in Y and was embraced by X":
    a passive welcome in a clause of its own after an arrival told in the same sentence
    greets that arrival, wherever the parse hangs the clause ("visited Y, when he was
    received by X" tells talks)."""
    if _told_of_place_left(trigger):
        return None
    if trigger.dep_ not in ("relcl", "conj", "advcl"):
        return _arrival_hung_on_welcome(trigger, earlier)
    arrivals = [
        m
        for m in earlier
        if m.type == "visit"
        and m.trigger.sent == trigger.sent
        and m.trigger.i < trigger.i
        and (m.trigger.lemma_ in cue_words("arrival") or _welcome_at_destination(trigger, m))
        and not m.left_from
    ]
    return arrivals[-1] if arrivals else None


def _arrival_hung_on_welcome(welcome: Token, earlier: list[Mention]) -> Mention | None:
    """ "X landed at Y from Z, the last stop of his tour, and was met by W": the parser may
    take the noun set off after the arrival for the welcome's subject and hang the arrival on
    the welcome as a clause of its own; the passive welcome still greets that arrival."""
    passive = any(c.dep_ == "auxpass" for c in welcome.children)
    arrivals = [
        m
        for m in earlier
        if m.type == "visit"
        and m.trigger.dep_ == "ccomp"
        and m.trigger.head.i == welcome.i
        and m.trigger.i < welcome.i
        and m.trigger.lemma_ in cue_words("arrival")
        and not m.left_from
    ]
    return arrivals[-1] if passive and arrivals else None


def _welcome_at_destination(welcome: Token, trip: Mention) -> bool:
    """ "Leaves for Vadum, where he will be received by X", "where X will greet him": a
    welcome told of the place a trip goes to greets the traveller there."""
    place = welcome.head
    passive = any(c.dep_ in ("auxpass", "agent") for c in welcome.children)
    where = any(c.lower_ == "where" for c in roles.children(welcome, "advmod"))
    # "Flies to Y, where X will welcome him": told actively, a greeting that "where" ties to
    # the place greets the traveller too; "where X will receive him" is an audience.
    greeting = where and welcome.lemma_ in cue_words("greeting")
    if not (passive or greeting) or trip.location is None:
        return False
    if welcome.dep_ == "advcl":
        # "Flies to Y later today, where he will be welcomed by X", hung on the trip's verb.
        return where and place == trip.trigger
    named = place.pos_ == "PROPN" and any(
        place.i in range(m.start, m.end) for m in trip.location.mentions
    )
    return welcome.dep_ == "relcl" and (named or _time_of(place) == trip.trigger)


def _time_of(word: Token) -> Token | None:
    """The verb a time word tells the time of ("flies to Y later today, where ..."), whose
    place a "where" hung on the time tells of."""
    if word.ent_type_ not in ("TIME", "DATE"):
        return None
    return word.head.head if word.dep_ == "pobj" else word.head


def _told_of_place_left(clause: Token) -> bool:
    """ "Arrived in Y from X, where he spent three days and was received by Z": a clause on
    the place the traveller came from tells of the stay there, not of the arrival."""
    while clause.dep_ == "conj":
        clause = clause.head
    place = clause.head
    return clause.dep_ == "relcl" and place.dep_ == "pobj" and place.head.lower_ == "from"


def _received_where_left(welcome: Mention) -> bool:
    """ "Arrived from Kell, where X received him on Tuesday": a welcome told of the place the
    traveller came from, with no place of its own, greets the traveller's stop there ("where
    X met him" tells talks)."""
    trigger = welcome.trigger
    # "From Ghana, where he was received by X in Accra": a place of its own tells talks there.
    own_place = any(word.ent_type_ in ("GPE", "FAC", "LOC") for word in trigger.subtree)
    told_of_leg = welcome.type == "meeting" and roles.is_welcome(trigger)
    return told_of_leg and _told_of_place_left(trigger) and not own_place


def _welcomed_at_arrival_site(mention: Mention) -> bool:
    reception = mention.type == "meeting" and mention.trigger.lemma_ in cue_words("reception")
    return reception and _at_arrival_site(mention.trigger)


def _arrival_told_by_its_welcome(
    welcome: Mention, reading: Reading, mentions: list[Mention]
) -> list[Mention]:
    """A welcome at an airport is no meeting; when no arrival was told before, a dated one
    tells the arrival: a visit of the guest to the city the airport serves, the host its
    counterpart. An undated one is left out (it would join any earlier trip to that city),
    unless its sentence names a town where the guest was told, dated, before ("met Y in
    Vadum on Wednesday ... In Vadum, X was greeted at the airport"): the arrival of that day."""
    guests = [ref for ref in _guests_of(welcome, reading) if ref.label == "PERSON"]
    if len(guests) != 1:
        return []
    date = welcome.date or _day_told_in_town(welcome, guests[0], mentions)
    if date is None:
        return []
    site = welcome.location
    # "Received X at the airport": an airport left unnamed serves the city filed from.
    city = (
        roles.arrival_city(site, reading.table) if site is not None else _filed_from_city(reading)
    )
    return [
        replace(
            welcome,
            type="visit",
            actor=roles.Role(guests[0], from_parse=welcome.actor.from_parse),
            counterparts=_hosts_of(welcome, reading),
            location=city or site,
            date=date,
            date_is_own=welcome.date is not None,
        )
    ]


def _day_told_in_town(
    welcome: Mention, guest: Referent, mentions: list[Mention]
) -> EventDate | None:
    town = _town_told_with(welcome)
    if town is None:
        return None
    told = [
        m
        for m in mentions
        if m.trigger.i < welcome.trigger.i
        and m.date is not None
        and m.location is not None
        and _same_town(m.location, town)
        and guest.key in {m.actor.referent.key, *(ref.key for ref in m.counterparts)}
    ]
    return told[-1].date if told else None


def _at_arrival_site(trigger: Token) -> bool:
    """ "at Tamarind Bay International Airport", "on the tarmac", "at the station", "at the
    foot of the plane" (one is met at the vehicle one arrived in), "at the foot of the aircraft
    steps", "at the steps of the plane" (or at a part of it)."""
    places = [
        *roles.prep_objects(trigger, "at", "on"),
        *_where_it_hangs(trigger),
        *_hung_on_the_guest(trigger),
    ]
    if any(_site_word(place) in cue_words("arrival_site") for place in places):
        return True
    parts = [word for place in places for word in roles.prep_objects(place, "of")]
    return any(_of_a_vehicle(word) for word in [*places, *parts])


def _hung_on_the_guest(trigger: Token) -> list[Token]:
    """ "X welcomed the premier and her party at Y Airport": the parse may hang the
    place of a welcome on the guest welcomed, or on the last of the guests."""
    if trigger.pos_ != "VERB":
        return []
    guests = [
        word for guest in roles.children(trigger, "dobj") for word in (guest, *guest.conjuncts)
    ]
    return [place for guest in guests for place in roles.prep_objects(guest, "at", "on")]


def _of_a_vehicle(word: Token) -> bool:
    """The vehicle itself, or a part of it: "the aircraft steps", "the plane's door", "the steps
    of his jet" (a "plane factory" is no part of a plane). Steps with no owner named ("at the
    foot of the stairs") are those a guest comes down from the plane by; a door may be any."""
    if word.lemma_.lower() in cue_words("vehicle"):
        return True
    if word.lower_ not in cue_words("vehicle_part"):
        return False
    owners = [*roles.children(word, "compound", "poss"), *roles.prep_objects(word, "of")]
    if not owners:
        return word.lower_ in cue_words("boarding_steps")
    return any(owner.lemma_.lower() in cue_words("vehicle") for owner in owners)


def _where_it_hangs(clause: Token) -> list[Token]:
    """What a relative clause tells of: "landed at X Airport, where Y greeted him". Hung on a
    time ("landed at X Airport at 9am, where ..."), a "where" tells of the place of the verb
    the time belongs to."""
    if clause.dep_ != "relcl":
        return []
    told = clause.head
    where = any(c.lower_ == "where" for c in roles.children(clause, "advmod"))
    if not where or told.ent_type_ not in ("TIME", "DATE", "CARDINAL"):
        return [told]
    verb = told.head.head if told.dep_ == "pobj" else told.head
    return [told, *roles.prep_objects(verb, "at", "on")]


def _site_word(place: Token) -> str:
    """The kind of site a place word names, a spaced compound spelled solid: "air base" is an
    airbase, "air field" an airfield."""
    word = place.lemma_.lower()
    before = place.doc[place.i - 1] if place.i > 0 else None
    if before is not None and before.dep_ == "compound" and before.head.i == place.i:
        spelled_solid = before.lower_ + word
        if spelled_solid in cue_words("arrival_site"):
            return spelled_solid
    return word


def _on_arrival(trigger: Token) -> bool:
    """ "Upon arrival, she was greeted by X", "shortly after his arrival, when he was received by
    X": a welcome told at the moment of arriving."""
    arrivals = [*roles.prep_objects(trigger, "on", "upon", "after")]
    # "Plans to greet him in person on arrival": the parse may hang the time on the manner.
    manners = roles.prep_objects(trigger, "in")
    arrivals += (word for manner in manners for word in roles.prep_objects(manner, "on", "upon"))
    if trigger.dep_ == "relcl":
        arrivals.append(trigger.head)
    return any(word.lemma_.lower() == "arrival" for word in arrivals)


def _arrival_greeted(trigger: Token) -> bool:
    """ "X plans to greet him on arrival": the arrival is the guest's, not the greeter's, and
    the guest's trip is told by its own verb."""
    prep = trigger.head
    # "greet him in person on arrival": the welcome is the verb the phrase hangs under.
    welcome = next((word for word in prep.ancestors if word.pos_ == "VERB"), prep)
    return (
        trigger.lemma_ == "arrival"
        and trigger.dep_ == "pobj"
        and prep.lower_ in ("on", "upon")
        and roles.is_welcome(welcome)
        and not any(c.dep_ in ("auxpass", "agent") for c in welcome.children)
    )


def _previous_sentence_start(token: Token) -> int:
    start = token.sent.start
    return token.doc[start - 1].sent.start if start > 0 else 0


def _last_time_told(trigger: Token) -> Token | None:
    """ "Had not visited Kell since May, when he met X", "had not met since a visit by X to Kell
    in May, when they signed Y": a "not ... since" whose time a "when" clause tells is the
    last time it happened, then; the word after "since" is that time. ("Has not visited Kell
    since 2019" says only that it has not happened again, and no "never" tells a last time.)"""
    if not any(c.dep_ == "neg" and c.lower_ in ("not", "n't") for c in trigger.children):
        return None
    for since in roles.prep_objects(trigger, "since"):
        clauses = [c for c in since.children if c.dep_ in ("relcl", "acl", "advcl")]
        if any(_told_when(clause) for clause in clauses):
            return since
    return None


def _clause_status(
    trigger: Token, chain: list[Token], timed: list[Token], reading: Reading
) -> tuple[str, int] | None:
    undone = _called_off(chain, reading) or _purpose_of_undone_trip(chain, reading)
    cue = ("negated", 0) if undone else _clause_cue(timed)
    if cue is not None and cue[0] == "negated" and _last_time_told(trigger) is not None:
        return None
    return cue


def _purpose_of_undone_trip(chain: list[Token], reading: Reading) -> bool:
    """ "Denied a report that X would fly to Oslo to meet Y", "did not travel to Oslo to hold
    talks": what a trip is made for happens only on it, so a trip denied, negated or called
    off takes its purpose with it."""
    clause, trip = chain[-1], chain[-1].head
    if reading.trigger_types.get(trip.i) != "visit" or not _purpose_of(clause, trip):
        return False
    trip_chain = roles.clause_chain(trip)
    found = status_cue(trip_chain)
    return (found is not None and found[0] == "negated") or _called_off(trip_chain, reading)


def _place_of_last_time(trigger: Token, table: EntityTable) -> Referent | None:
    """ "Had not met since a visit by X to Kell": they met on that trip, in Kell."""
    last_time = _last_time_told(trigger)
    return _place_of_record(last_time, table) if last_time is not None else None


def _told_when(clause: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children)


def _not_an_event(
    event_type: str, trigger: Token, cue: tuple[str, int] | None, earlier: list[Mention]
) -> bool:
    """Negated, an invitation only, a call, a thing hosted, or a trip told before ("During the
    trip, ...")."""
    return (
        (cue is not None and cue[0] == "negated")
        or _only_invited(event_type, trigger)
        or (event_type == "meeting" and (_remote(trigger) or _met_a_thing(trigger)))
        or (event_type == "meeting" and _spoke_to_an_audience(trigger))
        or (event_type == "meeting" and _calls_on_to_act(trigger))
        or _condition_only(trigger)
        or (event_type == "meeting" and roles.seen_in_company(trigger))
        or _cancels(trigger)  # "the talks were called off on Monday" calls on nobody
        or _undone_under_root_noun(trigger)
        or _leads(trigger)
        or _first_since(trigger)
        or _counted_since(trigger)
        or _record_restated(trigger)
        or (event_type == "visit" and _people_of_a_nation_travel(trigger))
        or _comes_to_a_state(trigger)
        or _expects_a_doing(trigger)
        or _refers_to_told_event(event_type, trigger, earlier)
    )


def _undone_under_root_noun(trigger: Token) -> bool:
    """ "Kell's first visit to Lorvia as President had been postponed twice": the parser may
    take the noun for the sentence's root and hang the verb that undoes it under it, where
    no governing word tells the undoing."""
    return trigger.dep_ == "ROOT" and any(
        _cancels(verb) and any(c.dep_ == "auxpass" for c in verb.children)
        for verb in roles.children(trigger, "advcl", "relcl", "acl")
    )


def _expects_a_doing(trigger: Token) -> bool:
    """ "In Kell, the assembly is expected to vote today": a place set before the expecting is
    the scene of the doing expected; "is expected in Kell (to attend ...)" is a stay there."""
    places = [prep for prep in roles.children(trigger, "prep") if prep.lower_ in ("in", "at")]
    return trigger.lemma_ == "expect" and all(prep.i < trigger.i for prep in places)


def _counted_since(verb: Token) -> bool:
    """ "Have met several times since 2017", "have visited Vadum twice since May": doings counted
    since a time tell how often, not one of them (coordinated dates, "twice, in 2004 and 2009",
    date each)."""
    # "... twice since May, most recently in June" tells the latest of them.
    if verb.pos_ != "VERB" or not _told_as_several(verb) or _most_recently(verb) is not None:
        return False
    clauses = [c for c in verb.children if c.dep_ == "advcl"]
    marks = [m for clause in clauses for m in clause.children if m.dep_ == "mark"]
    return any(word.lower_ == "since" for word in [*roles.children(verb, "prep"), *marks])


def _comes_to_a_state(trigger: Token) -> bool:
    """ "Came to power in 1971", "came under fire in May": "come" toward something that is no
    place tells a change, not a trip ("he came in 1971", "came to Vadum in 1971" are trips)."""
    if trigger.lemma_ != "come":
        return False
    toward = [
        obj
        for prep in roles.children(trigger, "prep")
        if prep.lower_ in ("to", "into", "under")
        for obj in roles.children(prep, "pobj")
    ]
    # "Came to Lorn in 1961, two years into her term": a place reached is a trip, whatever
    # span of time is told beside it.
    places = [obj for obj in toward if obj.ent_type_ in PLACE_LABELS]
    return len(places) < len(toward) and not places


def _spoke_to_an_audience(trigger: Token) -> bool:
    """ "X and Y spoke to reporters", "spoke at a rally", "spoke out": speaking with no one
    named to speak with is talks only when told of a place, not of an audience or occasion."""
    if trigger.pos_ != "VERB" or trigger.lemma_ not in ("speak", "talk"):
        return False
    if any(roles.prep_objects(trigger, "with")):
        return False
    occasions = [o for o in roles.prep_objects(trigger, "at") if not _names_a_place(o)]
    addressed = any(roles.prep_objects(trigger, "to", "before", "on"))
    return addressed or bool(occasions) or any(c.dep_ == "prt" for c in trigger.children)


def _talked_on_at_told_talks(trigger: Token, reading: Reading) -> bool:
    """ "The summit began in the castle. The two leaders talked for three hours": talking with
    no one named to talk with, beside talks just told, tells how those talks went, not another
    round. A welcome told a paragraph before is no such talks."""
    talking = trigger.pos_ == "VERB" and trigger.lemma_ in ("speak", "talk", "confer", "chat")
    if not talking or any(roles.prep_objects(trigger, "with")):
        return False
    told = (i for i, kind in reading.trigger_types.items() if kind == "meeting" and i != trigger.i)
    return any(_same_or_next_sentence(trigger.doc[i], trigger) for i in told)


def _same_or_next_sentence(first: Token, then: Token) -> bool:
    """Told in one sentence, or in the one just before within the paragraph."""
    start = then.sent.start
    before = then.doc[start - 1].sent.start if start > 0 else start
    span = then.doc.text[first.sent.start_char : then.sent.start_char]
    return first.sent.start in (start, before) and "\n" not in span


def _names_a_place(word: Token) -> bool:
    return word.ent_type_ in ("GPE", "FAC", "LOC") or word.lemma_.lower() in cue_words("facility")


def _met_a_thing(trigger: Token) -> bool:
    """ "Offered to host a trade fair", "welcomed the decision": a verb of hosting whose
    objects are things, not parties, is no meeting. ("Meet" and "discuss" take people and
    topics too freely to tell.)"""
    if trigger.pos_ != "VERB" or trigger.lemma_ not in cue_words("hosting"):
        return False
    objects = list(roles.children(trigger, "dobj"))
    # "Hosted a dinner for X" meets X: the meal is a thing, its guest is not; so does a
    # summit hosted for the leaders named as attending it.
    guests = roles.meal_guests(trigger) or roles.attendees(trigger) or roles.members_named(trigger)
    guests = guests or roles.gathering_guests(trigger)
    # "To receive the Order of Ruritania, the country's highest award": a name set off as a
    # thing is one.
    things = _named_thing if not _handed_over(trigger, objects) else _names_no_one
    return bool(objects) and not guests and all(things(word) for word in objects)


def _handed_over(trigger: Token, objects: list[Token]) -> bool:
    """ "Received the rotating presidency of the Union from X": what is received from someone
    is handed over, and a guest is not; an office held in turn may bear a body's name."""
    return any(True for word in [trigger, *objects] for _ in roles.prep_objects(word, "from"))


def _names_no_one(word: Token) -> bool:
    people = role_words() | cue_words("person_noun") | cue_words("group_noun")
    return word.pos_ == "NOUN" and not word.ent_type_ and word.lemma_.lower() not in people


def _named_thing(word: Token) -> bool:
    appositions = list(roles.children(word, "appos"))
    return _is_a_thing(word) or (bool(appositions) and all(map(_is_a_thing, appositions)))


def _condition_only(trigger: Token) -> bool:
    """ "Oslo would respond if Ruritania moved troops to the border": a condition of what
    someone else would do tells no event, planned or rumoured."""
    if trigger.pos_ != "VERB" or trigger.dep_ != "advcl":
        return False
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in trigger.children)


def _calls_on_to_act(trigger: Token) -> bool:
    """ "Called on Ruritania to withdraw its troops": a call on someone to act is an appeal,
    not a call paid in person. The parser may hang the act as a clause of purpose ("called on
    Ruritania to 'walk with us'"), but nobody pays a call on a country in person."""
    if trigger.lemma_ != "call" or trigger.pos_ != "VERB":
        return False
    on_a_country = any(w.ent_type_ == "GPE" for w in roles.prep_objects(trigger, "on"))
    acts = ("xcomp", "advcl") if on_a_country else ("xcomp",)
    return any(
        v.dep_ in acts and any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)
        for v in trigger.children
    )


def _is_a_thing(word: Token) -> bool:
    """A common noun that names no one: no entity, title, group of people or body."""
    people = role_words() | cue_words("person_noun") | cue_words("group_noun")
    parties = people | cue_words("body_noun") | cue_words("force_noun")
    return word.pos_ == "NOUN" and not word.ent_type_ and word.lemma_.lower() not in parties


def _time_clause(trigger: Token, chain: list[Token]) -> list[Token]:
    """The words that tell when and whether it happens. "Landed on Monday at the start of a
    tour that will bring her to X on Friday": the stops a relative clause tells are in its
    tense and on its dates, not on those of the clause the trip is mentioned in. A trip that
    names its own place ("a stay in X that will bring her to Y") is of that clause's time."""
    clause = roles.carrying_clause(trigger)
    own_place = any(roles.prep_objects(trigger, "to", "in", "of"))
    return [clause] if clause is not None and not own_place else chain


def _sequence_cue(trigger: Token) -> tuple[str, int] | None:
    """ "Will fly to X on Monday before driving on to Y": a clause of time behind "before" or
    "after" is told in the tense of the clause it hangs from."""
    governor = roles.sequence_governor(trigger)
    found = status_cue(roles.clause_chain(governor)) if governor is not None else None
    return (found[0], 1) if found is not None and found[0] != "negated" else None


def _clause_cue(chain: list[Token]) -> tuple[str, int] | None:
    return status_cue(chain) or _main_clause_cue(chain[-1])


def _first_since(trigger: Token) -> bool:
    """ "She is the first Chilean leader to visit Oslo since 1998", "the first Chilean leader
    to visit Oslo in 20 years", "the only leader to visit both": a record the trip told in the
    story sets, not another trip (in 1998, now or to come)."""
    infinitive = (trigger.dep_ in ("relcl", "acl", "xcomp") or _record_become(trigger)) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children
    )
    if _earlier_traveller(trigger) is not None:
        return False  # "... after Jan Olt in 2000": the trip told is Olt's
    # "The fourth pope to visit": a count of those who made such a trip ranks as "first" does.
    return infinitive and any(
        c.lower_ in cue_words("record_rank") or c.ent_type_ == "ORDINAL"
        for noun in _record_holders(trigger)
        for c in noun.children
    )


def _record_holders(trigger: Token) -> list[Token]:
    """The noun a record's infinitive tells of: "the first leader to visit", "the first head
    of state to visit" (past its "of"), ", becoming the first leader to visit" (the verb's
    attribute)."""
    head = trigger.head
    if trigger.dep_ == "xcomp" or _record_become(trigger):
        # "Visited Lima, becoming the first leader to visit Peru": the trip is the clause's;
        # "became the first leader to visit Peru on Monday" alone is the trip itself.
        nouns = [c for c in head.children if c.dep_ == "attr"] if head.dep_ == "advcl" else []
    elif _becomes(head):
        # "... and then became the first premier to visit Korvo", however the parse hangs the
        # infinitive: a record set by the subject's own clause is that trip, as above.
        nouns = []
    else:
        nouns = [head]
    nouns += [n.head.head for n in nouns if n.dep_ == "pobj" and n.head.lower_ == "of"]
    return nouns


def _record_become(trigger: Token) -> bool:
    """ "Signed a deal as X became the first leader to visit Y": the parser may hang the
    record's infinitive on a "became" told beside another clause as a clause of its own
    rather than as its complement; it is the same record, set by the trip told elsewhere."""
    head = trigger.head
    return trigger.dep_ == "advcl" and head.lemma_ == "become" and head.dep_ == "advcl"


def _becomes(noun: Token) -> bool:
    """Whether the noun is what a verb of its own clause says its subject became."""
    verb = noun.head
    return noun.dep_ == "attr" and verb.lemma_ == "become" and verb.dep_ != "advcl"


def _record_set_by(trigger: Token) -> Token | None:
    """ "Became the first leader to visit Quito": the verb that tells the record set, and so
    when the trip its infinitive names was made."""
    head = trigger.head
    if trigger.dep_ == "xcomp" and head.lemma_ == "become":
        return head
    return head.head if trigger.dep_ in ("acl", "relcl") and _becomes(head) else None


def _people_of_a_nation_travel(trigger: Token) -> bool:
    """ "Visas on arrival for Ruritanians travelling to Lima", "the settlers who landed in
    1820": a nation's people, or people told by a plain plural noun, who travel are no
    party's trip."""
    subjects = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    if trigger.dep_ == "relcl":
        # The relative pronoun stands for the noun the clause hangs from.
        subjects = [trigger.head if s.lower_ in roles.RELATIVE_PRONOUNS else s for s in subjects]
    return any(
        (s.ent_type_ == "NORP" and s.tag_ in ("NNPS", "NNS"))
        or (s.tag_ == "NNS" and _is_a_thing(s) and not _group_of_people(s))
        for s in subjects
    )


def _group_of_people(word: Token) -> bool:
    """ "The two couples will fly to Kel": a group told before, not a plain plural of people."""
    return word.lemma_.lower() in cue_words("group_of_people")


def _record_restated(trigger: Token) -> bool:
    """ "It is the first state visit to Lima by a Ruritanian leader since 1998": a record
    held by whoever fits "a Ruritanian leader" names again the trip the story tells; its
    "since" dates no trip of anyone named. ("His first trip there since 2019" tells his trip
    of 2019, and "will make his first visit since 2019" the trip itself.)"""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    # "Met in Lima on Monday, the highest-level meeting ... since 1998": the parser may take
    # the restating noun for the verb's object, though nobody meets a meeting.
    restating = trigger.dep_ == "dobj" and _is_trigger(trigger.head)
    if trigger.dep_ not in RESTATING_DEPS and not restating:
        return False
    ranked = any(c.lower_ in cue_words("record_rank") for c in trigger.children) or _superlative(
        trigger
    )
    owned = any(c.dep_ == "poss" for c in trigger.children)
    since = list(roles.prep_objects(trigger, "since"))
    # "... since 2018, when he held talks there": the clause tells that earlier trip.
    told = any(word.pos_ in ("VERB", "AUX") for obj in since for word in obj.subtree)
    earlier = _earlier_traveller(trigger) is not None
    return ranked and not owned and bool(since) and not told and not earlier


def _superlative(noun: Token) -> bool:
    """ "The highest-level meeting", "the largest visit": a superlative ranks it as a record,
    as "first" does, on the noun or on a word compounded with it."""
    words = [noun, *roles.children(noun, "compound")]
    return any(c.tag_ == "JJS" and c.dep_ == "amod" for word in words for c in word.children)


def _is_trigger(word: Token) -> bool:
    return any(span.root.i == word.i for span in word.doc.spans.get(TRIGGERS_KEY, []))


def _actor_told(
    event_type: str, trigger: Token, reading: Reading
) -> tuple[roles.Role | None, Token | None]:
    """Who a verb apart from the trigger names as its actor, and that verb: a stance's speaker
    ("X said Norway backs Y"), a record's holder ("the last to visit was X")."""
    if event_type == "statement":
        speaker = roles.speaker(trigger, reading.table)
        return speaker, roles.speech_verb(trigger) if speaker is not None else None
    record = _last_to_make_it(trigger) if event_type == "visit" else None
    record = record or (_made_by(trigger) if event_type == "visit" else None)
    holder = _predecessor(record, trigger, reading.table) if record is not None else None
    return (roles.Role(holder, from_parse=True) if holder else None), record


def _trips_since_a_record(doc: Doc, reading: Reading, earlier: list[Mention]) -> list[Mention]:
    """ "The first Lorvian leader to visit Kell since Jan Olt addressed its parliament in
    2003": what the one named after "since" did there then was done on a trip of their own to
    the record's place, on that date."""
    trips: list[Mention] = []
    records = (doc[i] for i, kind in reading.trigger_types.items() if kind == "visit")
    for record in (word for word in records if word.pos_ == "VERB"):
        place = roles.location(record, reading.table, "visit", reading.dateline_end)
        if place is None or _record_measured(record) is None:
            continue
        # The parser may hang the clause on the copula the record is told by ("X is the first
        # leader to visit Kell since ...").
        clauses = (c for word in [record, *record.ancestors] for c in roles.children(word, "advcl"))
        for clause in clauses:
            if not any(c.dep_ == "mark" and c.lower_ == "since" for c in clause.children):
                continue
            before = [m for m in earlier if m.trigger.i < clause.i]
            told = _read_mention("visit", clause, roles.clause_chain(clause), reading, before)
            if told is None or told.date is None or told.actor.referent.label != "PERSON":
                continue
            told.location, told.status = place, EventStatus.OCCURRED
            trips.append(told)
    return trips


def _last_to_make_it(trigger: Token) -> Token | None:
    """ "The last Ruritanian monarch to visit Lome was Arno Vell, in 1911", "Arno Vell was the
    last Ruritanian monarch to visit Lome": the verb that names who made the trip the record
    tells of, and when."""
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
    if trigger.dep_ == "csubj" and trigger.head.lemma_ == "be":
        # "The last Secretary of State to visit Lome was X": the parser may make the ranked
        # noun the infinitive's subject and the infinitive the copula's.
        nouns = roles.children(trigger, "nsubj")
        last = any(c.lower_ == "last" for noun in nouns for c in noun.children)
        return trigger.head if to and last else None
    noun = trigger.head
    infinitive = trigger.dep_ in ("relcl", "acl") and to
    last = any(c.lower_ == "last" for c in noun.children)
    told = noun.dep_ in ("nsubj", "attr") and noun.head.lemma_ == "be"
    return noun.head if infinitive and last and told else None


def _made_by(trigger: Token) -> Token | None:
    """ "The last state visit by a Ruritanian king to Lome was made by Arno Vell": a trip made
    or paid by someone named after the verb is theirs, not the role phrase's."""
    verb = trigger.head
    made = trigger.dep_ == "nsubjpass" and verb.lemma_ in ("make", "pay")
    return verb if made and any(roles.prep_objects(verb, "by")) else None


def _predecessor(verb: Token, trigger: Token, table: EntityTable) -> Referent | None:
    """Who the record's verb names, other than the record's own noun."""
    found = (roles.referent(word, table) for word in _holder_words(verb, trigger))
    return next((ref for ref in found if ref is not None and ref.label == "PERSON"), None)


def _holder_words(verb: Token, trigger: Token) -> list[Token]:
    words = [*roles.children(verb, "attr", "nsubj"), *roles.prep_objects(verb, "by")]
    return [word for word in words if word != trigger.head]


def _date_told_of_holder(verb: Token, trigger: Token, reading: Reading) -> EventDate | None:
    """ "The last Lorvian leader to visit Kell was Jan Olt, who addressed its parliament in
    June 2016": a record that dates no trip of its own is dated by what is told of its
    holder."""
    for word in _holder_words(verb, trigger):
        found = _date_of_earlier_trip(word, reading) if _may_be_person(word) else None
        if found is not None:
            return found
    return None


def _earlier_traveller(trigger: Token) -> Token | None:
    """Whose trip a record is measured against, named after "since" or "after" or as "that of"
    a person: "the first visit by a Lorvian leader since that of Jan Olt in 2007", "the last
    visit of a Lorvian leader to Ghana was that of Jan Olt", "the third Lorvian president to
    visit Ghana, after Jan Olt in 2000", "the first ... to Ghana since Jan Olt's trip in 2002".
    The mention is then that person's earlier trip, not the record the story's trip sets."""
    record = _record_measured(trigger)
    if record is None:
        return None
    if trigger.dep_ == "pobj":
        # "Since Jan Olt's trip": the trip noun is the earlier trip, its owner the traveller.
        return next(filter(_may_be_person, roles.children(trigger, "poss")), None)
    compared = [*roles.prep_objects(trigger, "since", "after")]
    if trigger.dep_ in ("relcl", "acl"):
        # The parser hangs "after X" on the verb the ranked noun is said of.
        compared += roles.prep_objects(record.head, "after")
    if trigger.dep_ == "nsubj" and trigger.head.lemma_ == "be":
        compared += roles.children(trigger.head, "attr")
    compared += _doers_at_the_time_since(trigger)
    named = (_person_standing_for_trip(word) for word in compared)
    return next(filter(None, named), None)


def _doers_at_the_time_since(record: Token) -> list[Token]:
    """ "The first visit by a Lorvian leader to Ghana since May 2018, when Jan Olt met X": the
    one a "when" clause on the time after "since" names is who made the trip then. The parse
    hangs the clause on the time or on the record."""
    times = [w for w in roles.prep_objects(record, "since") if w.ent_type_ == "DATE"]
    clauses = [c for word in [*times, record] if times for c in word.children]
    return [
        subject
        for clause in clauses
        if clause.dep_ in ("relcl", "advcl") and _told_when(clause)
        for subject in roles.children(clause, "nsubj")
    ]


def _earlier_traveller_named(
    event_type: str, trigger: Token, table: EntityTable
) -> tuple[Token | None, roles.Role | None]:
    """The word naming whose earlier trip a record measures itself against, and that person,
    None when the table knows no person by it."""
    traveller = _earlier_traveller(trigger) if event_type == "visit" else None
    found = roles.referent(traveller, table) if traveller is not None else None
    person = found is not None and found.label == "PERSON"
    return traveller, (roles.Role(found, from_parse=True) if person else None)


def _timed_as_earlier_trip(
    traveller: Token | None, reading: Reading, status: EventStatus, date: EventDate | None
) -> tuple[EventStatus, EventDate | None]:
    """The trip a record is measured against was made before it, on a date of its own; any
    other mention keeps its status and date."""
    if traveller is None:
        return status, date
    return EventStatus.OCCURRED, _date_of_earlier_trip(traveller, reading)


def _place_of_earlier_trip(
    traveller: Token | None, trigger: Token, table: EntityTable, earlier: list[Mention]
) -> Referent | None:
    """Where an earlier trip its own phrase does not place went: to the record's place, else
    to the country of the story's trip the record is set by."""
    if traveller is None:
        return None
    record = _record_measured(trigger)
    found = _place_of_record(record, table) if record is not None else None
    return found or _country_of_first_trip(table, earlier)


def _record_measured(trigger: Token) -> Token | None:
    """The ranked word of a record a trip is told in: the trip noun itself ("the first visit",
    "the last visit"), the noun a ranked infinitive tells of ("the third president to visit"),
    or the record a trip named after "since" or "after" is compared with ("the first ... since
    X's trip")."""
    if trigger.dep_ == "pobj" and trigger.head.lower_ in ("since", "after"):
        record = trigger.head.head
        # "The visit was the first ... since X's trip": the parser may hang "since" on the
        # copula rather than on the record it says the visit was.
        if record.lemma_ == "be":
            record = next(iter(roles.children(record, "attr")), record)
    elif trigger.dep_ in ("relcl", "acl") and any(c.lower_ == "to" for c in trigger.children):
        record = trigger.head
    else:
        record = trigger
    return record if _ranked(record) else None


def _ranked(word: Token) -> bool:
    """ "First", "last", "third", "only" or a superlative, on the word or as the word."""
    words = [word, *roles.children(word, "amod")]
    ranks = cue_words("record_rank") | {"last"}
    return _superlative(word) or any(w.lower_ in ranks or w.ent_type_ == "ORDINAL" for w in words)


def _person_standing_for_trip(word: Token) -> Token | None:
    """A person named where the record's trip is compared: "that of X" stands for X's trip;
    "after X in 2000" names X in the trip's place."""
    if word.lower_ == "that":
        return next(filter(_may_be_person, roles.prep_objects(word, "of")), None)
    return word if _may_be_person(word) else None


def _may_be_person(word: Token) -> bool:
    """A name the model tags as a person's or leaves untagged: the entity table tells."""
    return word.pos_ == "PROPN" and word.ent_type_ in ("PERSON", "")


def _date_of_earlier_trip(traveller: Token, reading: Reading) -> EventDate | None:
    """The date told with the earlier traveller: within the phrase that names them ("that of X,
    who was received in Lorn in July 2015", "X in 2000") or right after it ("since that of X
    in December 2007"); the record's own "since 1995" is not it."""
    if traveller.dep_ == "nsubj" and _told_when(traveller.head):
        # "... since May 2018, when Jan Olt met X": the time "since" names.
        return _date_since(_record_of_clause(traveller.head), reading)
    # "Since Jan Olt's trip in April 2002": the owner's trip is the phrase that names them.
    phrase = traveller.head if traveller.dep_ == "poss" else traveller
    end = phrase.right_edge.i + 1
    for ent in reading.dates:
        inside = phrase.i < ent.start < end
        right_after = end <= ent.start <= end + 1 and all(
            w.lower_ in ("in", "on") for w in traveller.doc[end : ent.start]
        )
        if inside or right_after:
            return resolve_date(_explicit_date(ent, reading.dates), reading.published)
    return None


def _record_of_clause(clause: Token) -> Token:
    """The record a "when" clause is told of, hung on it or on the time after its "since"."""
    told = clause.head
    return told.head.head if told.dep_ == "pobj" and told.head.lower_ == "since" else told


def _date_since(record: Token, reading: Reading) -> EventDate | None:
    times = {w.i for w in roles.prep_objects(record, "since")}
    for ent in reading.dates:
        if any(word.i in times for word in ent):
            return resolve_date(_explicit_date(ent, reading.dates), reading.published)
    return None


def _place_of_record(record: Token, table: EntityTable) -> Referent | None:
    """The place a record is set in: "the first by a Lorvian leader to Ghana"."""
    found = (roles.referent(word, table) for word in roles.prep_objects(record, "to"))
    return next((ref for ref in found if ref is not None and ref.label in PLACE_LABELS), None)


def _country_of_first_trip(table: EntityTable, earlier: list[Mention]) -> Referent | None:
    """A record that names no place ("the first state visit since that of X") is set in the
    country of the story's own trip, the first told as made to a known place."""
    trips = (
        m.location.place
        for m in earlier
        if m.type == "visit" and m.status is EventStatus.OCCURRED and m.location is not None
    )
    place = next((found for found in trips if found is not None), None)
    return table.place(gazetteer.country_of(place)) if place is not None else None


def _place_of_an_earlier_trip(
    event_type: str, trigger: Token, dated: bool, reading: Reading, earlier: list[Mention]
) -> Referent | None:
    """ "His previous visit in March 2013", "the trip is her second to the country, after a
    state visit in 2016": a trip told as one before the story's own, with a date of its own
    and naming no place, was made to the country of the story's trip."""
    if event_type != "visit" or not dated or not _told_as_earlier_trip(trigger):
        return None
    # "Her only previous trip abroad" was to anywhere but home, not to the story's country.
    if any(c.lower_ == "abroad" for c in trigger.children):
        return None
    return _country_of_first_trip(reading.table, earlier)


def _told_as_earlier_trip(trigger: Token) -> bool:
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    marks = cue_words("earlier_trip")
    if any(c.dep_ == "amod" and c.lower_ in marks for c in trigger.children):
        return True
    return _ordinal_counting_in(trigger) is not None


def _ordinal_counting_in(trigger: Token) -> Token | None:
    """ "Her second trip, after a visit in 2016": the ordinal that counts the trip named after
    "after" among the traveller's trips."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "pobj":
        return None
    if trigger.head.lower_ != "after":
        return None
    compared = trigger.head.head
    near = [compared, *compared.children]
    near += [c for word in near if word.dep_ == "attr" for c in word.children]
    return next((w for w in near if w.ent_type_ == "ORDINAL" and w.i < trigger.i), None)


def _traveller_counting_trips(trigger: Token, table: EntityTable) -> roles.Role | None:
    """ "The trip is Lund's second to Ghana, after a visit in 2016": the one whose trips the
    ordinal counts made the earlier one, not whoever the sentence before told of."""
    ordinal = _ordinal_counting_in(trigger)
    if ordinal is None:
        return None
    owners = [*roles.children(ordinal, "poss"), *roles.children(ordinal.head, "poss")]
    found = (roles.referent(owner, table) for owner in owners)
    person = next((ref for ref in found if ref is not None and ref.label == "PERSON"), None)
    return roles.Role(person, from_parse=True) if person is not None else None


def _leads(trigger: Token) -> bool:
    """ "A delegation headed by the minister", "she heads the ministry": "head" travels only
    towards somewhere ("headed to Oslo", "heads home")."""
    if trigger.lemma_ != "head":
        return False
    return all(c.lower_ not in cue_words("direction") for c in trigger.children)


def _main_clause_cue(clause: Token) -> tuple[str, int] | None:
    """ "Will sign 12 agreements when they meet in Coimbra": a clause of time told in the
    present has the time of the clause it hangs from."""
    marks = {c.lower_ for c in clause.children if c.dep_ in ("mark", "advmod")}
    present = clause.tag_ in ("VBP", "VBZ")  # "when they held talks" keeps its own past
    if clause.dep_ != "advcl" or not present or marks.isdisjoint(TIME_MARKS):
        return None
    found = status_cue(roles.clause_chain(clause.head))
    return (found[0], 1) if found is not None and found[0] != "negated" else None


def _location(
    chain: list[Token], reading: Reading, event_type: str, earlier: list[Mention]
) -> Referent | None:
    """The place the parse gives, else the dateline's when the text says "here", else the
    place of the event told just before when it says "there"."""
    found = roles.location(chain[0], reading.table, event_type, reading.dateline_end)
    if event_type == "meeting":
        found = _place_of_talks_told(chain[0], found, reading)
    if found is None and event_type in CLAUSE_PLACED:
        found = roles.clause_place(chain, reading.table, reading.dateline_end)
        found = found or _place_left_after(chain, reading)
    if found is None and event_type == "statement":
        voiced = _voicing_verbs(chain[-1])
        found = next(filter(None, (_where_said(verb, reading) for verb in voiced)), None)
        found = found or next(
            filter(None, (_said_there(verb, reading, earlier) for verb in voiced)), None
        )
    if found is None and event_type == "meeting":
        found = roles.place_hung_on_guest(chain[0], reading.table)
    if found is None and event_type == "invitation":
        found = _place_invited_to(chain[0], reading)
    if found is None and event_type in CLAUSE_PLACED:
        found = _place_of_trip_for_it(chain, reading)
    if found is None and event_type == "visit":
        found = _place_of_unnamed_gathering(chain[0], reading)
    if event_type in ("meeting", "visit") and (found is None or _names_gathering(found)):
        # "Flew in from Lorn, where he attended the summit": the gathering is held in Lorn.
        found = _place_before_where(chain, reading) or found
    if found is None and event_type == "meeting":
        found = _place_of_hosted_gathering(chain[0], reading) or _sidelines_place(chain, reading)
    if found is None:
        found = roles.framing_place(chain, reading.table, reading.dateline_end)
    if found is not None and event_type == "visit" and roles.is_arrival_site(found):
        # "landed at Northfield Airport": the visit is to the city the airport serves.
        found = (
            _big_city_served(roles.arrival_city(found, reading.table), reading)
            or _filed_from_city(reading)
            or _sole_city_told_before(chain[0], reading)
            or found
        )
    return found if found is not None else _place_pointed_at(chain, reading, earlier)


def _place_pointed_at(
    chain: list[Token], reading: Reading, earlier: list[Mention]
) -> Referent | None:
    """A place the clause points at without naming it: the dateline's when the text says
    "here", the capital in view for "the capital", the place of the event told just before
    for "there"."""
    said = {c.lower_ for t in chain for c in t.children if c.dep_ == "advmod"}
    if "here" in said or _here_in_clause(chain[-1]):
        return reading.here
    capital = roles.the_capital_told(chain[0])
    if capital is not None:
        return roles.capital_told_last(capital, reading.table) or _capital_filed_from(reading)
    there = "there" in said or _at_the_same_place(chain)
    return _place_told_before(chain[0], reading, earlier) if there else None


def _place_left_after(chain: list[Token], reading: Reading) -> Referent | None:
    """ "Met X before leaving Vik for Ulm", "held talks before she departed Vik": the place
    the parties leave once the talks are over is where they were held."""
    for word in chain:
        befores = [c for c in roles.children(word, "prep") if c.lower_ == "before"]
        departures = [
            *(verb for before in befores for verb in roles.children(before, "pcomp")),
            *(
                clause
                for clause in roles.children(word, "advcl")
                if any(c.dep_ == "mark" and c.lower_ == "before" for c in clause.children)
            ),
        ]
        for verb in departures:
            if verb.lemma_ not in cue_words("departure"):
                continue
            for left in roles.children(verb, "dobj"):
                found = reading.table.at(left)
                if found is not None and found.label in PLACE_LABELS:
                    return found
    return None


def _at_the_same_place(chain: list[Token]) -> bool:
    """ "Held talks with Y at the same venue": like "there", the place of the event told last."""
    return any(
        place.lemma_ in PLACE_NOUNS and any(c.lower_ == "same" for c in place.children)
        for word in chain
        for place in roles.prep_objects(word, "at", "in")
    )


def _place_of_talks_told(
    trigger: Token, found: Referent | None, reading: Reading
) -> Referent | None:
    if found is None:
        return _place_of_welcome_before(trigger, reading)
    return _place_of_named_gathering(trigger, found, reading) or found


def _place_of_welcome_before(trigger: Token, reading: Reading) -> Referent | None:
    """ "Held talks after a welcome ceremony at the palace": talks that follow the
    ceremony welcoming the guest are held where it was."""
    verb = trigger.head if trigger.pos_ in roles.NOUN_POS and trigger.dep_ == "dobj" else trigger
    ceremonies = [
        word
        for word in roles.prep_objects(verb, "after", "following")
        if word.lemma_ == "welcome" or (word.lemma_ == "ceremony" and _told_as_welcome(word))
    ]
    held = (
        roles.referent(place, reading.table, places=True)
        for ceremony in ceremonies
        for place in roles.prep_objects(ceremony, "at", "in")
    )
    return next((ref for ref in held if ref is not None and ref.label in PLACE_LABELS), None)


def _told_as_welcome(ceremony: Token) -> bool:
    """ "A welcome ceremony", "a welcoming ceremony", "an official reception ceremony"."""
    kinds = roles.children(ceremony, "amod", "compound")
    return any(kind.lemma_ in cue_words("reception") | {"reception"} for kind in kinds)


def _place_of_named_gathering(noun: Token, own: Referent, reading: Reading) -> Referent | None:
    """ "Opened the Atlantic Islands Leaders Forum in the city of Ponta Delgada": a place in a
    gathering's name tells whose gathering it is; where it is held is the place the verb
    that opens or hosts it gives."""
    if noun.dep_ != "dobj" or noun.pos_ not in roles.NOUN_POS:
        return None
    named = [w for c in noun.children if c.dep_ == "compound" for w in c.subtree]
    if not any(reading.table.at(word) is own for word in named):
        return None
    held = (
        roles.referent(place, reading.table, places=True)
        for place in roles.prep_objects(noun.head, "in", "at")
    )
    return next((ref for ref in held if ref is not None and ref.label in PLACE_LABELS), None)


def _most_precise_visit_place(
    event_type: str,
    location: Referent | None,
    trigger: Token,
    chain: list[Token],
    actor: roles.Role,
    reading: Reading,
) -> Referent | None:
    if event_type != "visit" or location is None or _own_country(actor, location):
        return location
    if trigger.lemma_ == "return":
        return location  # "returned to X" is told apart from going home by the X it names
    found = _city_of_the_country_visited(location, chain[0], reading)
    return found or _site_in_the_region_visited(location, trigger, reading) or location


def _site_in_the_region_visited(
    region: Referent, trigger: Token, reading: Reading
) -> Referent | None:
    """ "Will visit the holy site of Vik Dol in Lorn", "flew to the naval base at Vik, in the
    province of Lorn", "attended the summit at Schloss Vik in Lorn": the named site or town
    a trip goes to, told as lying in a region, is the visit's place, not the whole region.
    The model often reads such a name as a person's or a day's."""
    told_at = _region_told_at(region, trigger.sent)
    if told_at is None:
        return None
    names = [
        word
        for word in trigger.sent
        if trigger.i < word.i < told_at
        and word.pos_ == "PROPN"
        and word.dep_ == "pobj"
        and word.head.lower_ in ("of", "at")
        and word.head.head.pos_ == "NOUN"
    ]
    if not names:
        return None
    word = names[-1]
    found = reading.table.at(word)
    if found is not None and found.label in PLACE_LABELS:
        return found
    name = trigger.doc[_name_start(word) : word.i + 1]
    if word.ent_type_ not in (*MISREAD_PLACE_LABELS, "DATE") or not all(w.is_title for w in name):
        return None
    return Referent(key=fold(name.text), label="GPE", name=name.text, mentions=[name])


def _region_told_at(region: Referent, sentence: Span) -> int | None:
    """Where the sentence names the place as a region: one the gazetteer knows as such, or
    one told with a region's word ("Lorn county", "the province of Lorn")."""
    known = region.place is not None and region.place.kind == "region"
    regions = cue_words("region") | cue_words("division")
    for span in region.mentions:
        if not (sentence.start <= span.start < sentence.end):
            continue
        root = span.root
        said = root.head if root.dep_ == "compound" else root.head.head
        if known or root.lower_ in regions or said.lower_ in regions:
            return span.start
    return None


def _city_of_the_country_visited(
    country: Referent, trigger: Token, reading: Reading
) -> Referent | None:
    """ "Began a state visit to Norway, welcomed at Oslo International Airport", "on a visit
    to Norway, called on the king at the Royal Palace, Oslo": the one city of the visited
    country its sentence names as a place of the stay is the more precise place. A city the
    trip came from ("flew in from Bergen") is not one, unless a "where" says the stay was
    there ("from Bergen, where he paid a visit to Norway")."""
    if country.place is None or country.place.kind != "country":
        return None
    cities: dict[str, Referent] = {}
    for word in trigger.sent:
        found = reading.table.at(word)
        if found is None or found.label not in PLACE_LABELS or word.idx < reading.dateline_end:
            continue
        if roles.is_arrival_site(found):
            found = roles.arrival_city(found, reading.table)
        inside = found is not None and found.place is not None and found.place.kind == "city"
        if inside and gazetteer.contains(country.place, found.place) and _stayed_at(word):
            cities[found.key] = found
    return next(iter(cities.values())) if len(cities) == 1 else None


def _stayed_at(word: Token) -> bool:
    """Whether a place word tells where a traveller was ("in/at/to X", "at the palace, X"),
    not where they came from nor who acts ("with X eager to ...")."""
    if word.dep_ in ("appos", "npadvmod", "conj", "compound"):
        word = word.head
    if word.dep_ != "pobj":
        return False
    if word.head.lower_ in ("from", "via"):
        return any(w.lower_ == "where" for w in word.doc[word.i + 1 : word.i + 3])
    return word.head.lower_ in ("in", "at", "to", "into", "inside")


def _own_country(actor: roles.Role, place: Referent) -> bool:
    """A visit placed in the traveller's own country is no visit abroad (dropped later); it
    is not to be made one by naming a city of it."""
    party = actor.referent
    if place.place is None or place.place.kind != "country" or party.key == place.key:
        return party.key == place.key
    return party.label == "PERSON" and place.place.country_code in roles.nationality(party)


def _place_of_hosted_gathering(trigger: Token, reading: Reading) -> Referent | None:
    """ "At a summit in Lorn, hosted by X and attended by Y": the gathering a hosting or
    attending participle hangs on is placed by its own "in/at", before any trip its host
    was told making earlier."""
    if trigger.dep_ not in ("acl", "relcl") or trigger.head.lemma_ not in cue_words("gathering"):
        return None
    return _own_place(trigger.head, reading)


def _place_of_unnamed_gathering(attend: Token, reading: Reading) -> Referent | None:
    """ "Y invited X to the summit in Lorn in May. X is expected to attend", "the next summit
    is in Lorn; X will attend it": attending that names nothing attended goes to the
    gathering told last, where that gathering is told."""
    gathering = _unnamed_gathering_attended(attend, reading)
    if gathering is None:
        return None
    return _own_place(gathering, reading) or _place_said_of(gathering, reading)


def _date_of_unnamed_gathering(attend: Token, reading: Reading) -> EventDate | None:
    """ "... to the summit in Lorn in May. X is expected to attend": on the gathering's date."""
    gathering = _unnamed_gathering_attended(attend, reading)
    if gathering is None:
        return None
    # "The next summit is in Lorn in July": the copula carries the date.
    told = [gathering, gathering.head] if gathering.dep_ == "nsubj" else [gathering]
    return _own_date(told, None, reading, future=True)


def _unnamed_gathering_attended(attend: Token, reading: Reading) -> Token | None:
    """The gathering that attending which names nothing attended goes to: the one told last,
    in its sentence or the one before."""
    if attend.lemma_ not in cue_words("attendance") or attend.pos_ != "VERB":
        return None
    # "The summit, attended by X", "the summit, which X is to attend": the clause hangs on
    # what is attended, named there.
    clause = [attend, *attend.ancestors][:3]
    if attend.dep_ in ("acl", "amod") or any(word.dep_ == "relcl" for word in clause):
        return None
    if any(roles.children(attend, "agent")):
        return None
    # A word before the verb the parser took for its object ("said that X would attend").
    named = [c for c in roles.children(attend, "dobj") if c.i > attend.i and c.lower_ != "it"]
    if named or any(roles.prep_objects(attend, "in", "at")):
        return None
    sentence = attend.sent
    before = attend.doc[sentence.start - 1].sent if sentence.start > 0 else sentence
    for word in reversed(attend.doc[before.start : attend.i]):
        if word.idx < reading.dateline_end:
            return None
        if word.pos_ in roles.NOUN_POS and word.lemma_.lower() in cue_words("gathering"):
            return word
    return None


def _place_said_of(noun: Token, reading: Reading) -> Referent | None:
    """ "The next summit is in Lorn": the place a sentence says its subject is in."""
    if noun.dep_ != "nsubj" or noun.head.lemma_ != "be":
        return None
    for word in roles.prep_objects(noun.head, "in"):
        found = reading.table.at(word)
        if found is not None and found.label in PLACE_LABELS:
            return found
    return None


def _own_place(noun: Token, reading: Reading) -> Referent | None:
    """The place a gathering's name carries ("the summit in Lorn"), headlines included."""
    for word in roles.prep_objects(noun, "in", "at"):
        found = reading.table.at(word)
        if found is not None and found.label in PLACE_LABELS:
            return found
    return None


def _sidelines_place(chain: list[Token], reading: Reading) -> Referent | None:
    """ "Met Y on the sidelines of the summit", "on the margins": the talks are where that
    gathering is, told before by its own "in/at" (the nearest gathering of the same name, or
    of any name when the sidelines name none), or by the trip made to attend it."""
    edge = next(
        (
            word
            for verb in chain
            for word in roles.prep_objects(verb, "on", "at")
            if word.lower_ in cue_words("sidelines")
        ),
        None,
    )
    if edge is None:
        return None
    named = {word.lemma_.lower() for word in roles.prep_objects(edge, "of")}
    wanted = named & cue_words("gathering") if named else cue_words("gathering")
    if not wanted:
        return None
    own = {word.i for word in chain}
    for word in reversed(edge.doc[: edge.i]):
        if word.lemma_.lower() not in wanted or word.i in own:
            continue
        found = (
            _own_place(word, reading)
            or _place_of_trip_to_attend(word, reading)
            or _city_held_in(word, reading)
        )
        if found is not None:
            return found
    return None


def _city_held_in(gathering: Token, reading: Reading) -> Referent | None:
    """ "The summit opened at the Orla Centre in Lorn", "the forum, held in Lorn", "flew to
    Lorn, where he will join leaders at the summit": the city a clause tells the gathering
    held in. Talks on its edge are in that city, not in the hall the plenary sits in. "The
    first such summit was held in Lorn", "the next summit": another edition says nothing of
    where this one is."""
    if any(w.lower_ in cue_words("other_edition") for w in roles.children(gathering, "amod")):
        return None
    held = [*roles.children(gathering, "acl", "relcl")]
    if gathering.dep_ in ("nsubj", "nsubjpass"):
        held.append(gathering.head)
    places = [
        place
        for verb in held
        if verb.lemma_ in cue_words("gathering_held")
        for word in roles.prep_objects(verb, "in", "at")
        for place in (word, *roles.prep_objects(word, "in"))
    ]
    joined = gathering.head.head
    if gathering.dep_ == "pobj" and _opened_by_where(joined):
        places.append(joined.head)  # "Lorn, where he will join leaders at the summit"
    cities = (reading.table.at(place) for place in places)
    return next((city for city in cities if city is not None and city.label == "GPE"), None)


def _place_of_trip_to_attend(gathering: Token, reading: Reading) -> Referent | None:
    """ "Travelling to Lorn next week to attend the assembly", "arrived in Lorn for the
    summit": where the trip made for the gathering goes."""
    while gathering.dep_ == "conj" and gathering.head.i != gathering.i:
        gathering = gathering.head  # "for a state visit and the summit"
    head = gathering.head
    if gathering.dep_ == "dobj" and head.lemma_ in cue_words("attendance"):
        trip = head.head if head.dep_ in ("xcomp", "advcl") else None
    elif gathering.dep_ == "pobj" and head.lower_ == "for":
        trip = head.head
    else:
        trip = None
    if trip is None or reading.trigger_types.get(trip.i) != "visit":
        return None
    return roles.location(trip, reading.table, "visit", reading.dateline_end)


def _place_invited_to(invite: Token, reading: Reading) -> Referent | None:
    """ "Invited Y to make a state visit to Oslo", "the summit in Oslo, to which X invited Y":
    the place of the trip or gathering the invitation is to, not of the stay it is made on."""
    gathering = invite.head if invite.dep_ == "relcl" else None
    if gathering is not None and reading.trigger_types.get(gathering.i) in STAY_TYPES:
        return roles.location(gathering, reading.table, "meeting", reading.dateline_end)
    for verb in roles.children(invite, "xcomp"):
        trips = [verb, *roles.children(verb, "dobj")]
        for trip in trips:
            if reading.trigger_types.get(trip.i) != "visit":
                continue
            found = roles.location(trip, reading.table, "visit", reading.dateline_end)
            if found is not None:
                return found
    return None


def _leaves_for_home(mention: Mention, reading: Reading) -> bool:
    """ "Left for Brenn at the end of the tour": a leader who leaves for their home state (as
    their title or the story tells it, see `roles.home_state`), or its capital, is going home,
    which is no visit; so too for another of its cities, unless the departure tells what they
    will do there ("left for Vadum, where he opened ...", "left for Vadum to open ...": a stop
    at home)."""
    actor, location = mention.actor.referent, mention.location
    if mention.type != "visit" or mention.trigger.lemma_ not in cue_words("departure"):
        return False
    if location is None or location.place is None:
        return False
    if actor.label != "PERSON":
        return False
    if holds_office(actor, POPE) and fold(location.name) in cue_words("papal_seat"):
        return True  # "leaves Brenn for Rome": a pope's see is his home
    state = roles.home_state(actor, reading.table)
    if state is None or state.place is None:
        return False
    capital = gazetteer.capital_of(state.place.country_code)
    if location.place in (capital, state.place):
        return True
    at_home = location.place.country_code == state.place.country_code
    return at_home and not _business_told_there(mention.trigger)


def _business_told_there(departure: Token) -> bool:
    return any(word.pos_ == "VERB" for word in departure.subtree if word.i > departure.i)


def _big_city_served(town: Referent | None, reading: Reading) -> Referent | None:
    """ "BRENN - X landed at Vik International Airport": an airport named for a small town of
    the country the story is filed from, in its capital or a big city, serves that city."""
    here = _filed_from_city(reading)
    if town is None or town.place is None or here is None or here.place is None:
        return town
    small = town.place.kind == "city" and not gazetteer.prominent_city(town.place)
    same_country = town.place.country_code == here.place.country_code
    big = here.place.kind == "city" and gazetteer.prominent_city(here.place)
    return here if small and same_country and big else town


def _filed_from_city(reading: Reading) -> Referent | None:
    """ "BRENN - X landed at Vik airport": an airport the gazetteer cannot place serves the
    city the story is filed from, the likeliest city of an arrival it reports."""
    here = reading.here  # a city, or a city state ("SINGAPORE -")
    known = here is not None and here.place is not None
    return here if known and here.place.kind in ("city", "country") else None


def _capital_filed_from(reading: Reading) -> Referent | None:
    """ "ISLAMABAD - ... had all arrived in the capital": with no capital in view, "the capital"
    is the one the story is filed from."""
    here = _filed_from_city(reading)
    if here is None or here.place is None:
        return None
    return here if gazetteer.is_capital(here.place) else None


def _sole_city_told_before(trigger: Token, reading: Reading) -> Referent | None:
    """ "Hosted X at the palace in Brenn ... X had landed at Y International Airport": when the
    story has named one city only before an arrival at an airport the gazetteer cannot place,
    and not as a place left ("from Brenn"), that city is where the airport is."""
    cities: dict[str, Referent] = {}
    for word in trigger.doc[: trigger.sent.start]:
        found = reading.table.at(word)
        if found is not None and found.place is not None and found.place.kind == "city":
            cities[found.key] = found
            if word.head.lower_ == "from":
                return None
    return next(iter(cities.values())) if len(cities) == 1 else None


def _here_in_clause(verb: Token) -> bool:
    """ "Called on X at the palace here today": the parser may hang "here" on a place or a
    party below the verb; it still tells where the verb's own clause happens."""
    return any(
        word.lower_ == "here" and word.dep_ == "advmod" and roles.told_in_clause(word, verb)
        for word in verb.subtree
    )


def _place_of_trip_for_it(chain: list[Token], reading: Reading) -> Referent | None:
    """ "The trip began with a stop in Oslo to meet Prime Minister X": talks that are the
    purpose of a stop or a trip are held where it goes."""
    verb = next((t for t in chain if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.dep_ not in ("acl", "advcl", "xcomp"):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    trip = verb.head
    if trip.pos_ not in roles.NOUN_POS or reading.trigger_types.get(trip.i) != "visit":
        return None
    return roles.location(trip, reading.table, "visit", reading.dateline_end)


def _place_of_trip_held_on(
    event_type: str,
    chain: list[Token],
    parties: list[Referent],
    reading: Reading,
    earlier: list[Mention],
) -> Referent | None:
    """ "Flies to Kel on Friday for the forum, where he will meet X", "for a stop of a few hours
    in Kel, during which he will meet X", "will visit Kel for talks with X", "last met in May,
    when X travelled to Kel": talks told as held on a trip one of their parties makes are held
    where that trip goes."""
    leg = _leg_for_talks(event_type, chain[0], earlier)
    if leg is not None:
        return leg.location
    trip = _trip_held_on(event_type, chain, parties, reading)
    if trip is None:
        return None
    if trip.i not in reading.triggers:
        return _place_named(trip, reading)
    keys = {party.key for party in parties}
    traveller = roles.actor(trip, reading.table)
    if traveller is not None and traveller.referent.key not in keys:
        return None
    # The trip as read, each leg at its most precise place: "will visit Korea", told in Seoul.
    read = [
        m.location
        for m in earlier
        if m.trigger.i == trip.i and m.type == "visit" and m.actor.referent.key in keys
    ]
    stop = _stop_told_last(trip, chain, reading)
    if stop is not None and (stop in read or not read):
        return stop
    goes_to = roles.location(trip, reading.table, "visit", reading.dateline_end)
    return read[0] if read else goes_to


def _leg_for_talks(event_type: str, talks: Token, earlier: list[Mention]) -> Mention | None:
    """ "A tour that took him to Kel on Monday, and to Vik on Tuesday for talks with X": talks
    a leg of a trip is for are held by its traveller, at its stop."""
    if event_type != "meeting" or talks.dep_ != "pobj" or talks.head.lower_ != "for":
        return None
    leg = talks.head.head
    while leg.ent_type_ == "DATE" or leg.lower_ == "on":
        leg = leg.head  # "to Vik on Tuesday for talks": the time told of the leg
    if leg.lower_ != "to" or leg.dep_ not in ("prep", "conj"):
        return None
    stops = {t.i for t in roles.children(leg, "pobj")}
    return next(
        (
            m
            for m in reversed(earlier)
            if m.type == "visit"
            and m.trigger.sent == talks.sent
            and m.location is not None
            and any(span.start in stops or span.root.i in stops for span in m.location.mentions)
        ),
        None,
    )


def _trip_held_on(
    event_type: str, chain: list[Token], parties: list[Referent], reading: Reading
) -> Token | None:
    if event_type != "meeting" or len(parties) < 2 or _welcomed(chain[0]):
        # "arrived in Kel, where he was received by X": the arrival's welcome; a gathering
        # that names no one met is left to whoever hosts it.
        return None
    return _trip_holding(chain, reading) or _trip_timing(chain, reading)


def _date_of_trip_held_on(
    event_type: str,
    chain: list[Token],
    parties: list[Referent],
    reading: Reading,
    earlier: list[Mention],
) -> EventDate | None:
    """ "Followed a trip to Kel by X in May, when he met Y": talks with no time of their own,
    told on a trip, are of its time (as the trip was read)."""
    trip = _trip_held_on(event_type, chain, parties, reading)
    dates = (m.date for m in earlier if trip is not None and m.trigger.i == trip.i)
    return next(filter(None, dates), None)


def _stop_told_last(trip: Token, chain: list[Token], reading: Reading) -> Referent | None:
    """ "Visited Kel in May, and again Vik in July, where he met X": a clause opened after
    the trip tells of the stop named last before it (not of a town left from)."""
    opened = next((word for word in chain if _opens_occasion(word)), None)
    if opened is None:
        return None
    told = [
        word
        for word in trip.subtree
        if word.i < opened.left_edge.i
        and word.dep_ == "pobj"
        and word.head.lower_ in ("to", "in", "at")
    ]
    places = (_place_named(word, reading) for word in reversed(told))
    return next(filter(None, places), None)


def _welcomed(trigger: Token) -> bool:
    """ "Was received", "was greeted": a guest's welcome, which the arrival passes read."""
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in trigger.children)
    return passive and trigger.lemma_ in cue_words("reception")


def _trip_holding(chain: list[Token], reading: Reading) -> Token | None:
    """The trip (or the stop of it) the talks' clause is told on: up from a clause opened by
    "where", "when" or "during which", or from talks that are what the trip is for."""
    held = False
    # An adverbial clause ends the chain: "followed a visit to Kel, when he met X".
    steps = [*chain, chain[-1].head] if _opens_occasion(chain[-1]) else chain
    for below, word in pairwise(steps):
        if below.dep_ == "pobj" and word.lower_ == "from":
            return None  # "came from Kel, where ...": the stay left, told apart
        held = held or _opens_occasion(below) or (below is chain[0] and word.lower_ == "for")
        if not held and reading.trigger_types.get(word.i) == "visit":
            return None  # "when he travelled to Kel and held talks": that trip's own stay
        if not held:
            continue
        if reading.trigger_types.get(word.i) == "visit":
            return word
        if _opens_occasion(below) and _place_named(word, reading) is not None:
            return word  # "to Kel on Friday for a stop, during which": the stop's town
        if word.pos_ in ("VERB", "AUX"):
            return _trip_timed_by(word, steps, reading)
    return None


def _trip_timed_by(verb: Token, steps: list[Token], reading: Reading) -> Token | None:
    """ "Paid a visit to Kel in May, when he met X": a "when" clause on the time the verb
    gives tells of the trip the verb takes as object (a "where" there tells of no place)."""
    opened = next((word for word in steps if _opens_occasion(word)), None)
    if opened is None or opened.left_edge.lower_ != "when":
        return None
    made = roles.children(verb, "dobj")
    return next((w for w in made if reading.trigger_types.get(w.i) == "visit"), None)


def _opens_occasion(clause: Token) -> bool:
    """A relative or adverbial clause opened by "where", "when" or "during which"."""
    if clause.dep_ not in ("relcl", "advcl"):
        return False
    # The opener may hang on a verb the clause's own verb governs: "where he is expected to
    # hold talks".
    opener = clause.left_edge
    if opener.lower_ == "during":
        return opener.i + 1 < clause.i and opener.nbor().lower_ == "which"
    return opener.lower_ in ("where", "when")


def _trip_timing(chain: list[Token], reading: Reading) -> Token | None:
    """ "The two leaders last met in May, when X travelled to Kel": a trip told as the time of
    the talks, hung on their verb or on the time it names."""
    times = [
        time
        for word in chain
        for time in [*roles.prep_objects(word, "in", "on"), *roles.children(word, "npadvmod")]
        if time.ent_type_ == "DATE"
    ]
    clauses = [
        *(clause for word in chain for clause in roles.children(word, "advcl")),
        *(clause for time in times for clause in roles.children(time, "relcl")),
    ]
    return next(
        (
            clause
            for clause in clauses
            if _told_when(clause) and reading.trigger_types.get(clause.i) == "visit"
        ),
        None,
    )


def _names_gathering(place: Referent) -> bool:
    """ "The East Asia Summit" read as a place: a gathering's name, held somewhere."""
    return place.label == "EVENT" or any(
        span.root.lemma_.lower() in cue_words("gathering") for span in place.mentions
    )


def _place_before_where(chain: list[Token], reading: Reading) -> Referent | None:
    """ "Flew in from Lima where he had talks with X": a clause opened by "where" happens at
    the place named right before it ("from Lima overnight, where"), however the parse hangs
    the clause."""
    for verb in chain:
        where = next((c for c in verb.children if c.lower_ == "where" and c.i < verb.i), None)
        if where is None or where.i == 0:
            continue
        before = _word_before_where(where)
        found = _place_named(before, reading)
        if found is not None and before.idx >= reading.dateline_end:
            return _city_told_inside(found, where, reading.table) or found
    return None


def _word_before_where(where: Token) -> Token:
    """The word "where" follows, past a comma; past a time told of the trip too when a place
    left comes before it ("from Lorn later today, where", "flew in from Lima overnight, where")."""
    before = where.doc[where.i - 1]
    before = before.doc[before.i - 1] if before.text == "," and before.i > 0 else before
    left = before
    while left.i > left.sent.start and (
        left.text == "," or left.ent_type_ in ("DATE", "TIME") or _tells_time(left)
    ):
        left = left.doc[left.i - 1]
    return left if left.dep_ == "pobj" and left.head.lower_ in WHERE_PREPS else before


def _tells_time(word: Token) -> bool:
    """A time told as an adverb: "overnight", "yesterday", "last night"."""
    dated = word.ent_type_ in ("DATE", "TIME") or word.lower_ in ADVERBS_OF_TIME
    return dated and word.dep_ in ("npadvmod", "advmod", "amod")


def _place_of_gathering_attended(attend: Token, reading: Reading) -> Referent | None:
    """ "The summit in Lorn, which she is due to attend": the gathering a relative clause of
    attending hangs on is where the attendee goes, placed by its own "in/at" or by the place
    the parser hangs the clause on."""
    if attend.lemma_ not in cue_words("attendance") or any(roles.children(attend, "dobj")):
        return None
    clause = next((w for w in [attend, *attend.ancestors][:3] if w.dep_ == "relcl"), None)
    if clause is None or not any(c.lower_ in ("which", "that") for c in clause.children):
        return None
    told = reading.table.at(clause.head)
    if told is not None and told.label in PLACE_LABELS:
        return told
    return (
        _own_place(clause.head, reading) if clause.head.lemma_ in cue_words("gathering") else None
    )


def _city_told_inside(country: Referent, where: Token, table: EntityTable) -> Referent | None:
    """ "Flew to Lima to show solidarity with Peru, where ...": a city of the country, named
    before it in the sentence, is the more precise place."""
    if country.place is None or country.place.kind != "country":
        return None
    told = (table.at(word) for word in where.sent if word.i < where.i)
    inside = [
        ref
        for ref in told
        if ref is not None
        and ref.place is not None
        and ref.place.kind == "city"
        and gazetteer.contains(country.place, ref.place)
    ]
    return inside[-1] if inside else None


def _where_said(verb: Token, reading: Reading) -> Referent | None:
    """Where a stance was voiced: "condemned X, telling reporters in Graz", "in a speech in
    Linz, X criticised Y" - a place of the participle of saying beside the verb, or of the
    occasion the verb is told at; not a place of what the stance is about."""
    told = [
        *(c for c in roles.children(verb, "advcl") if c.tag_ == "VBG"),
        *roles.prep_objects(verb, "in", "at"),
    ]
    for word in told:
        for place in roles.prep_objects(word, "in", "at"):
            found = reading.table.at(place)
            if found is not None and found.label in PLACE_LABELS:
                return found
            # "at a news conference at the ministry in Lorn": a building that is no place
            # of its own stands where its "in" says.
            for inside in roles.prep_objects(place, "in"):
                found = reading.table.at(inside)
                if found is not None and found.label in PLACE_LABELS:
                    return found
    return None


def _voicing_verbs(clause: Token) -> list[Token]:
    """The stance's own verb, and the verb of saying it is reported by: "At a news conference
    in Lorn, X said Norway backed Y" voices the backing at the conference."""
    head = clause.head
    said = clause.dep_ in ("ccomp", "parataxis") and head.lemma_ in cue_words("reporting")
    return [clause, head] if said else [clause]


def _said_there(verb: Token, reading: Reading, earlier: list[Mention]) -> Referent | None:
    """ "At a joint press conference there on 17 March, X said ...": the occasion a stance is
    voiced at is "there", at the place of the event told just before."""
    occasions = roles.prep_objects(verb, "at", "in")
    if any(c.lower_ == "there" for word in occasions for c in word.children):
        return _place_told_before(verb, reading, earlier)
    return None


def _place_told_before(trigger: Token, reading: Reading, earlier: list[Mention]) -> Referent | None:
    """ "X visited Quito in May and met Y there", "... who held talks with Z at the palace, and
    W, who met him there on Tuesday": "there" is the place of the latest event told before it,
    in this paragraph or the one before."""
    since = _previous_paragraph_start(trigger, reading.text)
    told = (
        m.location
        for m in reversed(earlier)
        if m.location is not None and since < m.trigger.idx and m.trigger.i < trigger.i
    )
    return next(told, None)


def _arrived_where_told(
    trigger: Token, reading: Reading, earlier: list[Mention]
) -> Referent | None:
    """ "X arrived in the capital on Tuesday. ... Y arrived late the same day": an arrival that
    names no place is at the place of the arrival told just before, else where the story is
    filed."""
    if trigger.lemma_ not in cue_words("arrival") or trigger.pos_ != "VERB":
        return None
    if any(roles.prep_objects(trigger, "from", "to", "in", "at", "for")):
        return None  # "arrived from Plovdiv": it names a place, only not the one arrived at
    since = _previous_paragraph_start(trigger, reading.text)
    told = (
        m
        for m in reversed(earlier)
        if m.type == "visit"
        and m.trigger.idx > since
        and m.trigger.lemma_ in cue_words("arrival")
        and m.location is not None
    )
    found = next(told, None)
    return found.location if found is not None else reading.here


def _trip_told_before(trigger: Token, reading: Reading) -> Referent | None:
    """ "Lund invited Arnason to visit Oslo, and the Icelandic leader is expected to make
    the trip": a definite trip that names no place goes where the sentence said before."""
    # "to prepare the trip" is about a trip, not one made: only "make/take the trip" goes.
    made = trigger.dep_ == "dobj" and trigger.head.lemma_ in cue_words("trip_verb")
    if not (made and _is_definite(trigger)):
        return None
    told = [
        word
        for word in trigger.sent
        if word.i < trigger.i and reading.trigger_types.get(word.i) == "visit"
    ]
    places = (
        roles.location(word, reading.table, "visit", reading.dateline_end)
        for word in reversed(told)
    )
    return next(filter(None, places), None)


def _visitors(sentence: Span, reading: Reading) -> frozenset[str]:
    """Who the sentence tells on a trip: called visiting, or accompanied by a party of it."""
    said = reading.text[sentence.start_char : sentence.end_char].lower()
    visiting = (
        roles.visiting_parties(sentence, reading.table) if "visiting" in said else frozenset()
    )
    accompanied = (
        roles.accompanied_parties(sentence, reading.table) if "accompan" in said else frozenset()
    )
    return visiting | accompanied


def _is_heading(sentence: Span, text: str) -> bool:
    """A line with no verb and no full stop: a sub-heading ("Troop deployments") names a topic,
    not an event."""
    said = text[sentence.start_char : sentence.end_char].rstrip()
    ended = said.endswith((".", "!", "?", '"', "\u201d"))
    return not ended and (
        not any(token.pos_ in ("VERB", "AUX") for token in sentence) or _is_headline(sentence)
    )


# A line that points the reader to another story: "Related:", "Read more:", "Also read:".
_LINK_LINE = re.compile(
    r"(?:related(?:\s+(?:articles?|stories|topics))?|(?:also\s+)?read(?:\s+(?:more|also))?"
    r"|see\s+also)\s*:",
    re.IGNORECASE,
)


def _links_another_story(word: Token, text: str) -> bool:
    """Whether a word stands on a link to another story: its headline tells that story's
    news, which this story does not report ("Related: Lorvia and Tarvia sign a pact")."""
    line_start = text.rfind("\n", 0, word.idx) + 1
    return _LINK_LINE.match(text, line_start) is not None


def _is_headline(sentence: Span) -> bool:
    """ "Norway and Ecuador Hold Joint Fisheries Commission Meeting": a line in title case is the
    story's headline, which the story itself tells."""
    words = [token for token in sentence if token.is_alpha and len(token) > 3]
    return len(words) >= 3 and all(word.is_title or word.is_upper for word in words)


def _made_again(mention: Mention, chain: list[Token], reading: Reading) -> list[Mention]:
    """ "Came to Vadum in June 1971 and again in July 1976": a trip told as made once more, on
    a date of its own hung on the same verb, is a visit of its own on that date."""
    if mention.type != "visit" or mention.date is None or not mention.date_is_own:
        return []
    future = mention.status is not EventStatus.OCCURRED
    again = []
    for ent in _within(reading.dates, mention.trigger.sent):
        if not _told_again(ent) or _anchor(ent) not in _own_clause(chain):
            continue
        date = resolve_date(ent.text, reading.published, future=future)
        place = _place_told_again(ent, reading)
        if place is not None and mention.location == place:
            mention.location = _place_before_again(mention.trigger, ent, reading)
        if date is not None and (date != mention.date or place is not None):
            again.append(replace(mention, date=date, location=place or mention.location))
    return again


def _place_told_again(ent: Span, reading: Reading) -> Referent | None:
    """ "Visited Vadum in May, and again in Kell in July": the place between the repetition
    word and its date is where that trip went."""
    again = _repeat_word(ent)
    return None if again is None else _first_place(ent.doc[again.i + 1 : ent.start], reading)


def _place_before_again(trigger: Token, ent: Span, reading: Reading) -> Referent | None:
    """The place of the trip told first, before the repetition word."""
    again = _repeat_word(ent)
    return None if again is None else _first_place(ent.doc[trigger.i + 1 : again.i], reading)


def _trips_of_dates(mention: Mention, reading: Reading) -> list[Mention]:
    """ "Her previous visits to Vadum were in 1998 and 2003", "has visited Vadum twice, in 1998
    and 2003": trips told as several, dated by coordinated dates, are one trip per date (a
    single trip "on May 3 and 4" is one stay)."""
    if mention.type != "visit" or not _told_as_several(mention.trigger) or not mention.date_is_own:
        return []
    told = mention.date
    dates = _within(reading.dates, mention.trigger.sent)
    first = next((ent for ent in dates if told is not None and ent.text == told.text), None)
    if first is None:
        return []
    future = mention.status is not EventStatus.OCCURRED
    trips = []
    for word in first.root.conjuncts:
        ent = next((ent for ent in dates if ent.start <= word.i < ent.end), None)
        date = None if ent is None else resolve_date(ent.text, reading.published, future=future)
        if date is not None and date != told:
            trips.append(replace(mention, date=date))
    return trips


def _told_as_several(trigger: Token) -> bool:
    """A plural trip word, or a trip verb counted ("twice", "three times")."""
    if trigger.tag_ == "NNS":
        return True
    counts = [w for w in trigger.children if w.dep_ in ("advmod", "npadvmod")]
    return any(w.lower_ in SEVERAL_TIMES or _counted_times(w) for w in counts)


def _counted_times(word: Token) -> bool:
    return word.lemma_ == "time" and any(c.dep_ in ("nummod", "amod") for c in word.children)


def _trips_listed(mention: Mention, reading: Reading) -> list[Mention]:
    """ "Made two trips to Lorvia this year, to Vadum in May and to the port of Kell in June": a
    plural trip word followed by places, each with its date, tells one trip per place."""
    trigger = mention.trigger
    if mention.type != "visit" or trigger.tag_ != "NNS":
        return []
    sent = trigger.sent
    tos = [w for w in sent if w.i > trigger.i and w.lower_ == "to" and w.pos_ == "ADP"]
    # Only places hung on the clause the trip word is told in: "visits were discussed; he flew
    # to Vadum in May" lists nothing of the visits.
    tos = [w for w in tos if w.head.i != trigger.i and _verb_over(w) == _verb_over(trigger)]
    ends = [w.i for w in tos[1:]] + [sent.end] if tos else []
    future = mention.status is not EventStatus.OCCURRED
    trips = []
    for to, end in zip(tos, ends, strict=True):
        dated = [ent for ent in _within(reading.dates, sent) if to.i < ent.start < end]
        stop = dated[0].start if dated else end
        place = _first_place(trigger.doc[to.i + 1 : stop], reading)
        date = resolve_date(dated[0].text, reading.published, future=future) if dated else None
        if place is not None and date is not None:
            trips.append(replace(mention, location=place, date=date))
    return trips if len(trips) > 1 else []


def _verb_over(word: Token) -> int:
    """The nearest verb above a word (a purpose "to meet" counts as none: the place after it
    may be read under it)."""
    for above in word.ancestors:
        if above.pos_ in ("VERB", "AUX") and above.dep_ not in ("xcomp", "advcl", "acl"):
            return above.i
    return -1


def _first_place(words: Span, reading: Reading) -> Referent | None:
    found = (roles.referent(w, reading.table, places=True) for w in words if w.ent_type_)
    return next((ref for ref in found if ref is not None and ref.label in PLACE_LABELS), None)


def _own_clause(chain: list[Token]) -> list[Token]:
    """The trigger up to its own verb: a verb joined after it ("A came in 1971 and again in 1976,
    and B visited in 1983") does not lend B the dates of A's trips."""
    verb = next((i for i, word in enumerate(chain) if word.pos_ in ("VERB", "AUX")), len(chain))
    return chain[: verb + 1]


def _told_again(ent: Span) -> bool:
    """ "... and again in 1976", "and once more on Friday": the date of a repetition."""
    return _repeat_word(ent) is not None


def _repeat_word(ent: Span) -> Token | None:
    """The repetition word a date follows, directly or past the place of the repeated trip
    ("and again in Kell in July")."""
    for word in reversed(ent.doc[max(ent.start - 3, ent.sent.start) : ent.start]):
        if word.lower_ in REPEAT_WORDS:
            return word
    before = ent.doc[max(ent.start - 7, ent.sent.start) : ent.start]
    for i, word in enumerate(before):
        rest = before[i + 1 :]
        if word.lower_ in REPEAT_WORDS and all(_part_of_place_phrase(w) for w in rest):
            return word if any(w.ent_type_ in PLACE_LABELS for w in rest) else None
    return None


def _part_of_place_phrase(word: Token) -> bool:
    return word.pos_ in ("ADP", "DET") or bool(word.ent_type_) or word.pos_ == "PROPN"


def _per_actor(mention: Mention) -> list[Mention]:
    """Co-subjects of a visit, statement, invitation or deployment each do it themselves."""
    return [
        mention,
        *(
            replace(
                mention, actor=roles.Role(party, from_parse=mention.actor.from_parse), co_actors=[]
            )
            for party in mention.co_actors
        ),
    ]


def _legs(mention: Mention, place_word: Token, reading: Reading) -> list[Mention]:
    """One visit per destination of an itinerary: "will visit Bergen, Oslo and Tromsø"."""
    if mention.type != "visit":
        return [mention]
    places = roles.destinations(place_word, reading.table, mention.type, reading.dateline_end)
    own = _leg_dates(places, mention, reading)
    if own is not None:
        return [replace(mention, location=p, date=d) for p, d in zip(places, own, strict=True)]
    later = (
        _month_of_a_done_trip(mention)
        if _dated_first_leg_only(places, mention.trigger.sent, reading)
        else _later_leg_date(mention.date)
    )
    return [mention, *(replace(mention, location=p, date=later) for p in places[1:])]


def _dated_first_leg_only(places: list[Referent], sentence: Span, reading: Reading) -> bool:
    """ "Will fly to Oslo tomorrow and then on to Bergen": a date told before the next stop
    dates the stops before it; when a stop told as a further stage follows is not told."""
    starts = [_named_at(place, sentence, reading.table) for place in places[:2]]
    if len(places) < 2 or starts[0] is None or starts[1] is None or starts[1] < starts[0]:
        return False
    dates = _within(reading.dates, sentence)
    if any(e.start > starts[1] for e in dates):
        return False
    between = any(starts[0] < e.start < starts[1] for e in dates)
    return between or roles.told_onward(sentence.doc[starts[1]])


def _leg_dates(
    places: list[Referent], mention: Mention, reading: Reading
) -> list[EventDate | None] | None:
    """ "To Quito on May 12 and then to Arequipa on May 14": when each stop is followed by a
    date of its own before the next stop is named, that date is the stop's. "Took him to Lima on
    May 3, to Cali, and to Bogota on May 6": a stop told with a "to" of its own and no date
    of its own is on no date known, when other stops have theirs."""
    sentence = mention.trigger.sent
    starts = [_named_at(place, sentence, reading.table) for place in places]
    if len(places) < 2 or None in starts:
        return None
    told = _words_of_the_legs(mention.trigger, starts, sentence)
    future = mention.status is not EventStatus.OCCURRED
    dates: list[EventDate | None] = []
    leads = [
        starts[0],
        *(_joined_at(sentence.doc[a:b]) if a < b else b for a, b in pairwise(starts)),
    ]
    for start, lead, end in zip(starts, leads, [*leads[1:], sentence.end], strict=True):
        dated = (e for e in _within(reading.dates, sentence) if lead < e.start < end)
        found = next((e for e in dated if e.root.i in told), None)
        resolved = resolve_date(found.text, reading.published, future=future) if found else None
        if resolved is None and not _own_preposition(sentence.doc[start]):
            return None
        dates.append(resolved)
    dates = _shared_with_conjunct(dates, starts, sentence.doc)
    known = [date for date in dates if date is not None]
    return dates if dates[0] is not None and len(known) > 1 else None


def _shared_with_conjunct(
    dates: list[EventDate | None], starts: list[int], doc: Doc
) -> list[EventDate | None]:
    """ "To Lima on Friday, and to Kell and Vik next week": a stop joined to the next by a bare
    "and" is told on the day told after the pair, when another stop has a day of its own. With
    no other ("to Kell and Vik from May 4 to 9") the days are the whole trip's."""
    shared = list(dates)
    for i in reversed(range(len(starts) - 1)):
        joined = doc[starts[i + 1]].dep_ == "conj" and doc[starts[i + 1]].head.i == starts[i]
        others = [*dates[:i], *dates[i + 2 :]]
        if shared[i] is None and joined and any(others):
            shared[i] = shared[i + 1]
    return shared


def _joined_at(stretch: Span) -> int:
    """Where the next stop's own words begin: "flew to Kell on Friday and, on Sunday, to Vik"
    tells Vik's day after the "and" that leads to it."""
    joins = [word.i for word in stretch if word.lower_ == "and"]
    return joins[-1] if joins else stretch.end


def _words_of_the_legs(trigger: Token, starts: list[int], sentence: Span) -> set[int]:
    """The words a list of stops is told in: the verb that takes the traveller on and each
    stop's own phrase; "before his summit in Moscow on June 3" tells another occasion's day."""
    # "Is due in Samoa on Saturday and in Fiji on Sunday": the copula carries the stops.
    carrier = roles.carrying_verb(trigger) or (trigger.head if trigger.dep_ == "acomp" else trigger)
    phrases = [carrier, *(_leg_phrase(sentence.doc[start]) for start in starts)]
    return {word.i for phrase in phrases for word in phrase.subtree}


def _leg_phrase(place: Token) -> Token:
    while place.dep_ in ("compound", "conj", "appos") and place.head.i != place.i:
        place = place.head
    return place.head if place.dep_ == "pobj" else place


def _own_preposition(place: Token) -> bool:
    """ "..., to Cali, and to Bogota": a stop named right after a "to" or "in" of its own."""
    return place.i > 0 and place.doc[place.i - 1].lower_ in ("to", "in")


def _named_at(place: Referent, sentence: Span, table: EntityTable) -> int | None:
    return next((word.i for word in sentence if table.at(word) is place), None)


def _later_leg_date(date: EventDate | None) -> EventDate | None:
    """A trip's dates ("May 20-24") begin with its first stop; a later stop is only known to
    fall within them, so it keeps the month."""
    if date is None or date.start == date.end:
        return date
    return _month_of(date)


def _month_of_a_done_trip(mention: Mention) -> EventDate | None:
    """ "A tour that began in Kell on March 17 and also took him to Vik": the day is the first
    stop's; a later stop of a trip told done falls in its month. One still ahead may yet
    move ("will fly to Kell tomorrow and then on to Vik")."""
    if mention.status is not EventStatus.OCCURRED or mention.date is None:
        return None
    return _month_of(mention.date)


def _month_of(date: EventDate) -> EventDate:
    if date.precision is not DatePrecision.DAY:
        return date
    return date.model_copy(
        update={"value": date.start.strftime("%Y-%m"), "precision": DatePrecision.MONTH}
    )


def _elided_chains(trigger: Token, triggers: frozenset[int], event_type: str) -> list[list[Token]]:
    """ "his visits to A in 2019 and B in 2023": B is a second visit with the verb left out."""
    if event_type != "visit" or trigger.pos_ not in roles.NOUN_POS:
        return []
    return [
        [conjunct, *roles.clause_chain(trigger)[1:]]
        for conjunct in trigger.conjuncts
        if conjunct.i > trigger.i and conjunct.i not in triggers and conjunct.pos_ in roles.NOUN_POS
    ]


def _carries_another(trigger: Token) -> bool:
    """ "X flew the wounded to Y", "sailed his guests to Z": a verb of conveyance with
    an object carries that object; its subject, often the host, makes no trip of their own
    ("flew her own plane to Y" still does, and so does "drove the 40 kilometres to Y", whose
    object is how far, not what)."""
    if trigger.lemma_ not in cue_words("conveyance"):
        return False
    carried = roles.children(trigger, "dobj")
    return any(
        word.lemma_ not in cue_words("vehicle") and word.ent_type_ != "QUANTITY" for word in carried
    )


def _read_mention(
    event_type: str, trigger: Token, chain: list[Token], reading: Reading, earlier: list[Mention]
) -> Mention | None:
    """Read one mention; `chain[0]` is the trigger, or the place word of an elided conjunct."""
    timed = _time_clause(trigger, chain)
    cue = _clause_status(trigger, chain, timed, reading) or _sequence_cue(trigger)
    speaker, speech = _actor_told(event_type, trigger, reading)
    traveller, before = _earlier_traveller_named(event_type, trigger, reading.table)
    if (
        (traveller is not None and before is None)  # unresolvable: no event, no wrong party
        or _not_an_event(event_type, trigger, cue, earlier)
        or _hosts_no_guest(trigger, reading)
        or (event_type == "meeting" and _visits_no_one(trigger, reading))
        or (event_type == "meeting" and _talked_on_at_told_talks(trigger, reading))
        or _purpose_of_deployment(event_type, trigger, reading)
        or _call_paid_on_a_person(event_type, trigger, reading)
        or _trip_reacted_to(trigger, reading)
        or (event_type == "visit" and _carries_another(trigger))
        or (event_type == "visit" and _meal_attended_by(trigger))
        or (event_type == "visit" and _arrival_greeted(trigger))
        or (event_type == "visit" and speech is not None and speaker is None)
    ):
        return None
    actor = speaker or before or roles.visitor_called_visiting(trigger, reading.table)
    actor = actor or _traveller_counting_trips(trigger, reading.table)
    actor = actor or _traveller_named_by_of(event_type, trigger, reading)
    actor = actor or roles.actor(trigger, reading.table)
    states = _signatory_states(trigger, reading, earlier) if event_type == "agreement" else []
    actor = roles.Role(states[0], from_parse=True) if states else actor
    if event_type in ("visit", "deployment") and roles.forces_subject(trigger):
        # "U.S. paratroopers will arrive in Latvia": forces that arrive are deployed, by the
        # country named with them, else by the one that sent the forces told before.
        event_type, actor = "deployment", _sender(trigger, reading, earlier)
    # The states a signing names are its parties, not "the two leaders" who watched it.
    # "The delegation arrived": the members the story names, before any pair told earlier.
    group = (
        []
        if states or traveller is not None
        else groups.members_standing_for(trigger, reading.table)
        or _group_parties(trigger, reading, earlier, event_type)
    )
    # "They were met by X": the group is who was met; the agent named stays the actor.
    kept = actor is not None and roles.names_its_agent(trigger)
    if group and not kept and (actor is None or actor.referent.key not in {r.key for r in group}):
        actor = roles.Role(group[0], from_parse=False)
    actor = actor or _traveller_of_the_trip(trigger, reading, earlier)
    leg = _leg_for_talks(event_type, trigger, earlier) if actor is None else None
    actor = roles.Role(leg.actor.referent, from_parse=False) if leg is not None else actor
    # "The Ministers' Meeting with X": a gathering's own name is what happens, not who does it
    # nor whom it is done with (counterparts are people, countries or bodies).
    if actor is None or actor.referent.label == "EVENT":
        return None
    if speech is not None:
        # "Lammy said Britain would support Kenya": the stance is taken by saying it.
        cue = status_cue(roles.clause_chain(speech))
    going = _going_taking_up(trigger)
    cue = _cue_of_going(going) or cue
    # "X said Norway would go on backing Y": a stance is taken when it is voiced.
    status = _status_told(cue, speech, trigger)
    future = status is not EventStatus.OCCURRED or _scheduled_present(trigger, event_type)
    date = _date_of_going(going, reading) or _date_read_here(
        event_type, trigger, timed, chain, speech, reading, future=future
    )
    date = date or _month_of_leg_before(trigger, reading, future=future)
    date = date or _date_of_unnamed_gathering(trigger, reading)
    status, date = _timed_as_earlier_trip(traveller, reading, status, date)
    if date is None and event_type == "visit" and speech is not None:
        date = _date_told_of_holder(speech, trigger, reading)
    date_is_own = date is not None
    if date is None:
        told_at = cue is None and status is EventStatus.OCCURRED and not future
        date = _date_told_around(event_type, trigger, actor, reading, earlier, status, told_at)
    status = _status_given_date(status, cue, date, reading.published, scheduled=future)
    named = _parties_named(event_type, trigger, actor, reading, earlier)
    beside = [*group, *_fellow_doers(trigger, reading.table, event_type)]
    if event_type == "visit":
        beside += roles.fellow_travellers(trigger, reading.table)
    # "The two ministers met X in Lorn": each of the group is there. Named co-subjects are
    # left to the actor alone: stories name them beside the one whose trip they tell.
    fellows = [ref for ref in group if ref.key != actor.referent.key]
    if event_type in SHARED_TYPES:
        named, beside = [*named, *beside], []
    co_actors = list({ref.key: ref for ref in beside if ref.key != actor.referent.key}.values())
    location = _location(chain, reading, event_type, earlier)
    own_place = location
    location = _most_precise_visit_place(event_type, location, trigger, chain, actor, reading)
    location = location or _place_of_earlier_trip(traveller, trigger, reading.table, earlier)
    location = location or _place_of_last_time(trigger, reading.table)
    if location is None and event_type == "visit":
        location = _destination_misread(chain[0], reading) or _place_trip_was_to(trigger, reading)
    if location is None and event_type == "visit":
        location = _visit_place_told_elsewhere(trigger, reading, earlier)
        location = location or (reading.here if _arrival_from_only(trigger) else None)
    location = location or _place_of_an_earlier_trip(
        event_type, trigger, date_is_own, reading, earlier
    )
    if event_type == "deployment" and location is not None:
        named = [*named, *filter(None, [roles.receiving_country(location, reading.table)])]
    found = {ref.key: ref for ref in named if ref not in co_actors and ref.label != "EVENT"}
    counterparts = [ref for key, ref in found.items() if key != actor.referent.key]
    parties = [actor.referent, *counterparts]
    location = _place_received_as_group(trigger, parties, own_place, reading, earlier) or location
    location = location or _place_of_trip_held_on(event_type, chain, parties, reading, earlier)
    carried = _date_of_trip_held_on(event_type, chain, parties, reading, earlier)
    date = date if date_is_own else carried or date
    location = location or _gathering_place(trigger, parties, earlier)
    location = location or _place_of_the_pair(event_type, group, date, earlier)
    counterparts, co_actors = (states[1:], []) if states else (counterparts, co_actors)
    actor, counterparts = _capitals_as_states(event_type, actor, counterparts, reading.table)
    mention = Mention(
        type=event_type,
        trigger=trigger,
        actor=actor,
        counterparts=counterparts,
        location=location,
        date=date,
        status=status,
        attributed_to=[],
        date_is_own=date_is_own,
        co_actors=co_actors,
        visitors=_visitors(trigger.sent, reading),
        fellows=fellows if event_type == "meeting" and not kept else [],
    )
    mention = _timed_as_its_trip(mention, earlier)
    return _as_taken_up(_stop_of_the_trip_told(mention, reading), reading, earlier)


def _place_trip_was_to(trip: Token, reading: Reading) -> Referent | None:
    """ "Her only trip abroad was to Kel": a trip noun told as being to a place went there,
    also where the parser hangs the "was" on the trip ("... since her coronation was to Kel")."""
    if trip.pos_ not in roles.NOUN_POS:
        return None
    copulas = [trip.head] if trip.dep_ == "nsubj" else []
    copulas += (child for child in trip.children if child.dep_ in ("advcl", "relcl", "acl"))
    for copula in (verb for verb in copulas if verb.lemma_ == "be"):
        for word in roles.prep_objects(copula, "to"):
            found = roles.referent(word, reading.table, places=True)
            if found is not None and found.label in roles.PLACE_LABELS:
                return found
    return None


# What the model may read a town's name as; only a name it left unread is a town unknown.
MISREAD_PLACE_LABELS = ("", "ORG", "PERSON", "PRODUCT")


def _destination_misread(trigger: Token, reading: Reading) -> Referent | None:
    """ "Will fly to Kell, Lorvia" read as a company, "travelled to Vikby" read as nothing:
    the proper name a traveller goes to is a place the model missed. The gazetteer's town or
    region when it knows one; a name it lacks, left unread by the model, is a town of its own
    (a town folded into the stay would lose its leg)."""
    if trigger.pos_ != "VERB":
        return None
    # "Landed in Kell" read as a person: where one arrives is as much the leg's town.
    arrived = trigger.lemma_ in cue_words("arrival")
    places = roles.prep_objects(trigger, "to", *(("in", "at") if arrived else ()))
    return next(filter(None, (_town_misread(word, reading) for word in places)), None)


def _town_misread(word: Token, reading: Reading) -> Referent | None:
    """The town a proper name the model misread stands for, if the gazetteer knows it or the
    model left it unread."""
    if word.pos_ != "PROPN" or word.ent_type_ not in MISREAD_PLACE_LABELS:
        return None
    name = word.doc[_name_start(word) : word.i + 1]
    known = gazetteer.place(name.text)
    if known is not None and known.kind in ("city", "region"):
        # The table may hold the name as the company the model read it as, or not at all.
        town = reading.table.place(known)
        told = town.mentions if name in town.mentions else [*town.mentions, name]
        return replace(town, label="GPE", place=known, mentions=told)
    if known is None and not word.ent_type_ and all(w.is_title for w in name):
        return Referent(key=fold(name.text), label="GPE", name=name.text, mentions=[name])
    return None


def _name_start(word: Token) -> int:
    """Where the proper name ending at `word` begins: "Port Vila" from "Vila"."""
    parts = [c.i for c in word.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return min([word.i, *parts])


def _date_told_around(
    event_type: str,
    trigger: Token,
    actor: roles.Role,
    reading: Reading,
    earlier: list[Mention],
    status: EventStatus,
    happened: bool,
) -> EventDate | None:
    """The date of an event its own sentence does not date: "the next day", "at the time",
    the scene set before it, or, for what `happened`, the day the story has reached."""
    date = None
    if _refers_back_in_time(trigger.sent, reading.text, "day_after"):
        date = _next_day(trigger, actor, earlier)
    if date is not None or _onward_stage(event_type, trigger):
        return date
    if _refers_back_in_time(trigger.sent, reading.text, "anaphoric_date"):
        since = _previous_paragraph_start(trigger, reading.text)
        told = earlier if _points_at_a_time_told(trigger.sent) else _past_the_eve(earlier)
        date = _date_referred_back_to(actor, told, since=since)
    if date is None and happened:
        date = _date_told_before(event_type, trigger, actor, reading, earlier)
    if date is None and status is EventStatus.PLANNED:
        date = _date_of_scene_set_before(trigger, reading, future=True)
    return date


def _goes_on(verb: Token) -> bool:
    return any(c.dep_ in ("prt", "advmod") and c.lower_ in ONWARD_WORDS for c in verb.children)


def _status_told(cue: tuple[str, int] | None, speech: Token | None, trigger: Token) -> EventStatus:
    """The status a cue word gives, else the one the leg or the verb's form tells."""
    if cue is not None:
        return EventStatus(cue[0])
    if speech is None and _on_a_leg_gone_on_to(trigger):
        return EventStatus.PLANNED
    return _status_from_form(speech or trigger)


def _on_a_leg_gone_on_to(trigger: Token) -> bool:
    """ "He then flies on to Vik for the summit hosted by X", "... and goes on to Kel
    afterwards": a further leg told in the simple present is the next item of the trip's
    schedule, still ahead, and so is what it is made for (a bare present otherwise tells a
    trip made)."""
    chain = roles.clause_chain(trigger)
    leg = next((w for w in chain if w.tag_ in FINITE_TAGS), None)
    if leg is None or any(w.dep_ in OTHER_CLAUSE_LINKS for w in chain[: chain.index(leg)]):
        return False
    going_on = any(
        c.dep_ in ("prt", "advmod") and c.lower_ in cue_words("going_on") for c in leg.children
    )
    return going_on and leg.lemma_ in cue_words("motion") and _scheduled_present(leg, "visit")


def _onward_stage(event_type: str, trigger: Token) -> bool:
    """ "Will fly to Lorn on Monday and go on to Vadum": a trip told as going on from a stop
    is a later stage, at a time the text does not tell, not the time told before it ("go on
    to Vadum for a state visit": the visit is of that stage too)."""
    verb = next((w for w in roles.clause_chain(trigger) if w.pos_ == "VERB"), None)
    if event_type != "visit" or verb is None:
        return False
    return _goes_on(verb)


def _fellow_doers(trigger: Token, table: EntityTable, event_type: str) -> list[Referent]:
    """Those coordinated with the actor, who do it beside them. Not at a welcome: those who
    welcome together, or are welcomed together, are one side of it ("was greeted by A and B",
    "A and B were welcomed at the palace"), never each other's counterparts."""
    if event_type == "meeting" and roles.is_welcome(trigger):
        return []
    return roles.co_subjects(trigger, table, event_type)


def _only_wished_for(mention: Mention) -> bool:
    """ "Said he hoped to meet X at the earliest opportunity", "would like to travel to Y": a
    wish that names no time is no plan, and no event ("wants to meet X next week" is one)."""
    trigger = mention.trigger
    # The list holds forms as well as lemmas: the model lemmatises "hoped" as "hop".
    wished = {trigger.head.lemma_, trigger.head.lower_} & cue_words("wish")
    return mention.date is None and trigger.dep_ == "xcomp" and bool(wished)


def _talks_only_agreed_on(mention: Mention) -> bool:
    """ "The two sides agreed to resume negotiations on trade", "agreed in 2019 to hold the
    talks every year": talks the parties agree to hold, at no place the clause names, are a
    process agreed on, not a meeting planned ("agreed to meet in Vell next month" is one)."""
    if mention.type != "meeting" or mention.location is not None:
        return False
    trigger = mention.trigger
    verb = trigger.head if trigger.dep_ == "dobj" else trigger
    return verb.dep_ == "xcomp" and verb.head.lemma_ == "agree"


def _date_read_here(
    event_type: str,
    trigger: Token,
    timed: list[Token],
    chain: list[Token],
    speech: Token | None,
    reading: Reading,
    *,
    future: bool,
) -> EventDate | None:
    """The date the mention's own sentence gives it: its clause's, the trip's it carries on, or
    the day of what the traveller does at the place."""
    stay = _date_told_where(event_type, trigger, reading, future=future)
    date = _first_day_of_stay(trigger, _own_date(timed, speech, reading, future=future))
    # "Will fly tonight to Lima, where she holds talks on Wednesday": the day set off on is
    # not the day of the stay, which the day told for what is done there gives.
    if _is_day(stay) and trigger.lemma_ in cue_words("setting_off"):
        return stay
    return date or _date_of_trip_carried_on(timed, chain, reading, future=future) or stay


def _date_of_trip_carried_on(
    timed: list[Token], chain: list[Token], reading: Reading, *, future: bool
) -> EventDate | None:
    """ "Toured Lorvia in June 2011 as part of a tour that also took them to Kell": a stop a
    past relative clause tells without a date of its own falls within the trip's month or year,
    told by the clause the trip is mentioned in. A day told there is another stop's, not this
    one's ("arrived in Vadum on Friday on a tour that also took him to Kell")."""
    carried = timed is not chain and timed[0].dep_ == "relcl" and timed[0].tag_ == "VBD"
    if not carried:
        return None
    date = _own_date(chain, None, reading, future=future)
    return date if date is not None and date.precision is not DatePrecision.DAY else None


def _timed_as_its_trip(mention: Mention, earlier: list[Mention]) -> Mention:
    """ "Travelled to Delhi in June to attend the swearing-in", "flew to Lima on Monday to meet
    X": a trip's purpose is no event still ahead of the trip; it is told at the trip's time and
    status. Talks that name nobody met ("A and B travelled to Lima to meet") are among the
    trip's travellers."""
    trigger = mention.trigger
    if mention.type not in STAY_TYPES or trigger.dep_ not in ("advcl", "xcomp"):
        return mention
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return mention
    trip = next(
        (
            m
            for m in reversed(earlier)
            if m.type == "visit"
            and m.trigger.i == trigger.head.i
            and m.actor.referent.key == mention.actor.referent.key
        ),
        None,
    )
    if trip is None:
        return mention
    date = trip.date or mention.date
    own = trip.date_is_own if trip.date is not None else mention.date_is_own
    timed = replace(mention, status=trip.status, date=date, date_is_own=own)
    if mention.type == "meeting" and not mention.counterparts:
        own_key = mention.actor.referent.key
        timed.counterparts = [ref for ref in trip.co_actors if ref.key != own_key]
    return timed


def _stop_of_the_trip_told(mention: Mention, reading: Reading) -> Mention:
    """ "X's trip also includes stops in Oslo and Bergen", "the trip took the minister to Oslo
    and Bergen": the stops of the trip the story is about, told with no day of their own,
    fall within it, and it is of the story's month."""
    if mention.type != "visit" or mention.date is not None or mention.location is None:
        return mention
    trip = _trip_of_the_story(mention.trigger)
    if trip is None:
        return mention
    published = reading.published
    start = published.replace(day=1)
    end = (start + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
    month = EventDate(
        value=start.strftime("%Y-%m"),
        precision=DatePrecision.MONTH,
        start=start,
        end=end,
        text=trip.doc[trip.left_edge.i : trip.i + 1].text,
    )
    return replace(mention, date=month, date_is_own=False)


def _trip_of_the_story(trigger: Token) -> Token | None:
    """The trip, told as the story's own (definite or someone's), whose stops the trigger
    names: the trip itself as subject, or the stops it includes."""
    trip = trigger
    if trigger.dep_ == "dobj" and trigger.head.lemma_ == "include":
        trip = next((c for c in trigger.head.children if c.dep_ == "nsubj"), trigger)
    told = trip.dep_ in ("nsubj", "nsubjpass") and trip.lemma_ in TRIP_NOUNS
    owned = any(c.dep_ == "poss" for c in trip.children)
    return trip if told and (owned or _is_definite(trip)) else None


def _as_taken_up(mention: Mention, reading: Reading, earlier: list[Mention]) -> Mention:
    """ "Arrived on Sunday at the invitation of X", "will visit Oslo at the invitation of X":
    the day is the trip's, not the asking's, which has happened; the place is where the
    invitee is asked to go."""
    if mention.type != "invitation" or not _invitation_taken_up(mention.trigger):
        return mention
    location = mention.location or _place_of_trip_taken(mention.trigger, reading)
    location = location or _place_of_invitees_trip(mention, earlier)
    return replace(
        mention,
        date=None,
        date_is_own=False,
        status=EventStatus.OCCURRED,
        location=location,
        taken_up=True,
    )


def _place_of_trip_taken(invitation: Token, reading: Reading) -> Referent | None:
    """ "Will pay a visit to Oslo at the invitation of X": the trip the phrase hangs on."""
    carrier = invitation.head.head
    trips = [carrier, *(c for c in carrier.children if c.dep_ == "dobj")]
    places = (
        roles.location(trip, reading.table, "visit", reading.dateline_end)
        for trip in trips
        if reading.trigger_types.get(trip.i) == "visit"
    )
    return next(filter(None, places), None)


def _place_of_invitees_trip(invitation: Mention, earlier: list[Mention]) -> Referent | None:
    """ "X arrived in Oslo on Monday. He came at the invitation of Y": a trip taken up that
    names no place of its own is the invitee's trip told before."""
    invitees = {party.key for party in invitation.counterparts}
    told = (
        m.location
        for m in reversed(earlier)
        if m.type == "visit" and m.location is not None and m.actor.referent.key in invitees
    )
    return next(told, None)


def _gathering_place(
    trigger: Token, parties: list[Referent], earlier: list[Mention]
) -> Referent | None:
    """ "Arrived on Sunday to attend the summit. ... The summit was opened by X and attended by
    Y", "X received each of his guests": a gathering its own sentence does not place is where
    its parties were told going."""
    if not roles.attendees(trigger) and roles.met_one_by_one(trigger) is None:
        return None
    keys = {party.key for party in parties}
    told = (
        m.location
        for m in reversed(earlier)
        if m.type == "visit" and m.location is not None and m.actor.referent.key in keys
    )
    return next(told, None)


def _place_received_as_group(
    trigger: Token,
    parties: list[Referent],
    own_place: Referent | None,
    reading: Reading,
    earlier: list[Mention],
) -> Referent | None:
    """ "X received the leaders at the hotel. ... X received each of them separately": guests
    met one at a time, at no place of their own clause, are met where their host received the
    group just before (whose members a later sentence may name), not only in the town of their
    trip."""
    if own_place is not None or roles.met_one_by_one(trigger) is None:
        return None
    host, guests = parties[0].key, {party.key for party in parties[1:]}
    since = _previous_paragraph_start(trigger, reading.text)
    received = (
        m.location
        for m in reversed(earlier)
        if m.type == "meeting"
        and m.trigger.idx > since
        and m.location is not None
        and m.actor.referent.key == host
        and (not m.counterparts or guests <= {ref.key for ref in m.counterparts})
    )
    return next(received, None)


def _visit_place_told_elsewhere(
    trigger: Token, reading: Reading, earlier: list[Mention]
) -> Referent | None:
    """Where a visit its own clause does not place goes: where the arrival was told, the trip
    told before, the gathering attended, else, for "arrived at the airbase" with a name the
    gazetteer cannot place, the city the story is filed from."""
    found = _arrived_where_told(trigger, reading, earlier) or _trip_told_before(trigger, reading)
    found = found or _place_of_gathering_attended(trigger, reading)
    if found is None and _at_arrival_site(trigger):
        found = _filed_from_city(reading)
    return found


def _own_date(
    chain: list[Token], speech: Token | None, reading: Reading, *, future: bool
) -> EventDate | None:
    """The date the mention's own clause gives, else, for a stance, that of its saying: "X said
    on Tuesday that Y backs Z" is a stance taken on Tuesday."""
    chain = _short_of_next_leg(chain, reading)
    chains = [chain, roles.clause_chain(speech)] if speech is not None else [chain]
    found = (
        event_date(told, reading.published, reading.triggers, reading.dates, future=future)
        for told in chains
    )
    return next((date for date in found if date is not None), None)


def _short_of_next_leg(chain: list[Token], reading: Reading) -> list[Token]:
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
    return word.dep_ == "conj" and word.pos_ == "VERB" and _goes_on(word)


_ORDINAL_DAYS: dict[str, int] = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}


def _first_day_of_stay(trigger: Token, date: EventDate | None) -> EventDate | None:
    """ "Held talks on Wednesday, the second day of a state visit": the day told is that far
    into the stay, which began that many days before. ("The first full day" is left alone.)"""
    day = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" else None
    if date is None or day is None or day.lemma_ != "day":
        return date
    ordinals = [c.lower_ for c in day.children if c.dep_ == "amod"]
    if len(ordinals) != 1 or ordinals[0] not in _ORDINAL_DAYS:
        return date
    return shifted_by_days(date, 1 - _ORDINAL_DAYS[ordinals[0]], date.text)


def _date_told_where(
    event_type: str, trigger: Token, reading: Reading, *, future: bool
) -> EventDate | None:
    """ "A state visit to Ruritania, where she opened a bridge on May 4", "flew to Lima for
    talks on Tuesday": what the traveller did at the place of the trip, or the day of what
    they went there for, dates the stay there. ("For the 2019 summit" names the summit.)"""
    if event_type != "visit":
        return None
    gone_for = {word.i for word in roles.prep_objects(trigger, "for")}
    # "Left Quito for Lima, where ...": a place gone for is where the stay is; an occasion gone
    # for ("for the forum, where he spoke last year") is no place of the stay.
    places = [
        *roles.prep_objects(trigger, "to", "in"),
        *(word for word in roles.prep_objects(trigger, "for") if _names_place(word, reading)),
        *roles.children(trigger, "dobj"),
    ]
    done_there = {
        clause.i
        for place in places
        for clause in roles.children(place, "relcl")
        if any(c.lower_ == "where" for c in clause.children if c.dep_ == "advmod")
    }
    told = _within(reading.dates, trigger.sent)
    for ent in told:
        clause = _clause_of(_anchor(ent)).i
        if clause not in done_there | gone_for:
            continue
        resolved = _resolve_told(ent, told, reading.dates, reading.published, future=future)
        if (clause in done_there and resolved is not None) or _is_day(resolved):
            return resolved
    return None


def _names_place(word: Token, reading: Reading) -> bool:
    found = reading.table.at(word)
    return found is not None and found.label in PLACE_LABELS


def _clause_of(word: Token) -> Token:
    """The clause a verb's complement belongs to: "where she is scheduled to hold talks" is
    the clause of "scheduled"."""
    while word.dep_ == "xcomp" and word.head.i != word.i:
        word = word.head
    return word


def _signatory_states(trigger: Token, reading: Reading, earlier: list[Mention]) -> list[Referent]:
    """ "The two leaders witnessed the signing of ...": officials sign in the leaders' presence,
    so the leaders' states are the parties, when the text says whose each leader is."""
    named = roles.deal_parties(trigger, reading.table)
    if len(named) > 1:
        return named
    states: list[Referent] = []
    for word in roles.signing_witnesses(trigger):
        group = roles.group_word(word.head)
        if group is not None and group.i == word.i:
            # "the two leaders" are those of the talks told last, however far back.
            talks = [m for m in earlier if m.type == "meeting" and m.counterparts]
            people = [talks[-1].actor.referent, *talks[-1].counterparts] if talks else []
            found = [roles.state_of_person(person, reading.table) for person in people]
        else:
            found = [roles.state_of(word, reading.table)]
        states += [state for state in found if state is not None and state not in states]
    return states if len(states) > 1 else []


def _capitals_as_states(
    event_type: str, actor: roles.Role, counterparts: list[Referent], table: EntityTable
) -> tuple[roles.Role, list[Referent]]:
    """ "Lima and Santiago signed 14 agreements": a deal binds states, and a capital named as
    its party stands for its state, as "the two sides" do for theirs."""
    if event_type != "agreement":
        return actor, counterparts
    signer = roles.Role(_state_for_capital(actor.referent, table), actor.from_parse)
    return signer, [_state_for_capital(party, table) for party in counterparts]


def _state_for_capital(party: Referent, table: EntityTable) -> Referent:
    place = party.place
    if party.label != "GPE" or place is None or not gazetteer.is_capital(place):
        return party
    return table.place(gazetteer.country_of(place))


def _sender(trigger: Token, reading: Reading, earlier: list[Mention]) -> roles.Role | None:
    sender = roles.sending_country(trigger, reading.table)
    if sender is not None:
        return roles.Role(sender, from_parse=True)
    told = next((m for m in reversed(earlier) if m.type == "deployment"), None)
    return roles.Role(told.actor.referent, from_parse=False) if told is not None else None


def _refers_to_told_event(event_type: str, trigger: Token, earlier: list[Mention]) -> bool:
    # "Following the talks, ...": the talks told before, not another round.
    frames = (*WHILE_PREPS, *AFTER_PREPS, "before")
    framing = trigger.dep_ == "pobj" and trigger.head.lower_ in frames
    told = any(m.type == event_type for m in earlier)
    return framing and _is_definite(trigger) and told and not _names_its_own_traveller(trigger)


def _traveller_named_by_of(event_type: str, trigger: Token, reading: Reading) -> roles.Role | None:
    """ "The visit of X" is X's own trip; "a meeting of X and Y" is one hosted for them."""
    if event_type != "visit" or trigger.pos_ not in roles.NOUN_POS:
        return None
    return roles.person_of_trip(trigger, reading.table)


def _names_its_own_traveller(trigger: Token) -> bool:
    """ "After the visit of X", "since the visit to Lorn by X": a trip told with a person of
    its own is that person's, not the one the story told before."""
    doers = [*roles.trip_owners(trigger), *roles.prep_objects(trigger, "by")]
    return any(word.ent_type_ == "PERSON" for word in doers)


def _traveller_of_the_trip(
    trigger: Token, reading: Reading, earlier: list[Mention]
) -> roles.Role | None:
    """ "The trip started with a stop in London": a definite trip that names no traveller is
    the trip told before, and its traveller makes the stop."""
    words = [trigger, *roles.governing_subjects(trigger)]
    # "The trip started with a stop in London to meet X": the subject of the clause it is in.
    verb = next((a for a in trigger.ancestors if a.pos_ in ("VERB", "AUX")), None)
    words += roles.children(verb, "nsubj") if verb is not None else []
    definite_trip = any(
        reading.trigger_types.get(word.i) == "visit" and _is_definite(word) for word in words
    )
    # "The trip came days after ...": a trip told as past is one made, not one only planned.
    made = verb is not None and verb.tag_ == "VBD"
    told = next(
        (
            m
            for m in reversed(earlier)
            if m.type == "visit" and not (made and m.status != EventStatus.OCCURRED)
        ),
        None,
    )
    if not definite_trip or told is None:
        return None
    return roles.Role(told.actor.referent, from_parse=False)


def _purpose_of_deployment(event_type: str, trigger: Token, reading: Reading) -> bool:
    """ "Will dispatch a frigate to Bergen for a goodwill visit": the visit is what the ship
    is sent for, told by the deployment, not a trip of the one who sends it."""
    if event_type != "visit" or trigger.pos_ not in roles.NOUN_POS or trigger.dep_ != "pobj":
        return False
    verb = trigger.head.head
    return trigger.head.lower_ == "for" and reading.trigger_types.get(verb.i) == "deployment"


def _trip_reacted_to(trigger: Token, reading: Reading) -> bool:
    """ "Activists protested against the visit in Vadum": a trip that others react to is one the
    story tells elsewhere; neither the ones reacting nor where they do are the trip's. Unless
    the reaction names its traveller: "thanked the Pope for his visit"."""
    reaction = roles.reaction_to(trigger) if trigger.pos_ in roles.NOUN_POS else None
    return reaction is not None and roles.thanked_for_it(reaction, reading.table) is None


def _hosts_no_guest(trigger: Token, reading: Reading) -> bool:
    """ "A bid to host the Games", "the port hosts 200 foreign firms": what is hosted is a
    thing, not a guest, so no one is met. Guests are people, named or by office, or the
    talks held ("hosted the summit"); a host "for" someone has a guest too."""
    if trigger.lemma_ != "host" or any(roles.prep_objects(trigger, "for")):
        return False
    # "the summit, which X hosted": who is told going to it is the guest.
    if roles.meal_guests(trigger) or roles.gathering_goers(trigger):
        return False
    hosted = list(roles.children(trigger, "dobj"))
    return bool(hosted) and not any(_may_be_guest(word, reading) for word in hosted)


def _visits_no_one(trigger: Token, reading: Reading) -> bool:
    """ "Visited Al-Azhar", "visited the Omar Ali Mosque": the model may tag a site or a body
    as a person, so a visit meets someone only when the one visited is told as a person: by
    an office ("visited President X", "the former leader, X") or doing things elsewhere in
    the story. "Visit with X" is talks whatever is visited."""
    if (
        trigger.lemma_ != "visit"
        or trigger.pos_ != "VERB"
        or any(roles.prep_objects(trigger, "with"))
    ):
        return False
    for obj in roles.children(trigger, "dobj"):
        office = any(word.lower_ in role_words() for word in [*obj.lefts, obj])
        for word in [obj, *roles.children(obj, "appos")]:
            ref = roles.referent(word, reading.table)
            if (
                ref is not None
                and ref.label == "PERSON"
                and (office or ref in reading.table.person_refs)
            ):
                return False
    return True


def _meal_attended_by(trigger: Token) -> bool:
    """ "X hosted a dinner for Y at the palace, attended by the first lady": who attends a meal
    given at home is told at it, not travelling there, and its host goes nowhere."""
    agents = any(child.dep_ == "agent" for child in trigger.children)
    return trigger.lemma_ in cue_words("attendance") and agents and roles.tells_a_meal(trigger.head)


def _may_be_guest(word: Token, reading: Reading) -> bool:
    found = roles.referent(word, reading.table, names_only=True)
    people = role_words() | cue_words("person_noun") | cue_words("group_of_people")
    return (
        word.i in reading.triggers
        or word.lemma_.lower() in people
        or (found is not None and found.label == "PERSON")
    )


def _remote(trigger: Token) -> bool:
    """Talks "by phone", "a video conference", "held a telephone conversation": in person only
    is a meeting."""
    # "Called on King Harald" and "paid a courtesy call on X" are visits in person; "a phone
    # call" or "held a call" is not.
    own_word = trigger.pos_ in roles.NOUN_POS and not _call_on_someone(trigger)
    words = [*trigger.children, *([trigger] if own_word else [])]
    # The parser may read "spoken by phone" as a passive's agent. A clause after a
    # preposition is no means of talking: "greeted by X before calling on her" met X.
    # "Held a meeting with X by video link": the means may hang on the verb that holds the noun.
    holds = trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB" and own_word
    holders = [trigger, *([trigger.head] if holds else [])]
    means = [
        o
        for holder in holders
        for prep in holder.children
        if prep.dep_ in ("prep", "agent")
        for o in prep.children
        if o.dep_ != "pcomp"
    ]
    # "By video link", "via satellite phone": the kind of link is told before its noun.
    words += [*means, *(m for o in means for m in o.children if m.dep_ in ("compound", "amod"))]
    return any(word.lemma_.lower() in cue_words("remote") for word in words)


def _call_paid_on_a_person(event_type: str, trigger: Token, reading: Reading) -> bool:
    """ "Paid a courtesy visit to President X": talks with X, not a trip to a place; the trip
    is told by its own words ("was driven to Y, where ...")."""
    if event_type != "visit" or not roles.is_courtesy_call(trigger):
        return False
    called_on = (roles.referent(word, reading.table) for word in roles.prep_objects(trigger, "to"))
    return any(ref is not None and ref.label == "PERSON" for ref in called_on)


def _call_on_someone(noun: Token) -> bool:
    """ "A courtesy call on X" or "on President X" (the title read as the object); a courtesy
    call is made in person whatever the parser takes for its object."""
    if roles.is_courtesy_call(noun):
        return True
    return any(
        person.ent_type_ == "PERSON" or person.lower_ in role_words()
        for person in roles.prep_objects(noun, "on")
    )


def _only_invited(event_type: str, trigger: Token) -> bool:
    """ "Lund invited Adebayo to visit Oslo": an invitation, not yet a trip of the invitee;
    "..., and Adebayo accepted" makes it a trip the invitee plans."""
    invite = trigger.head
    if event_type != "visit":
        return False
    if trigger.dep_ == "xcomp" and invite.lemma_ == "invite":
        return not _accepted(invite)
    # "conveyed an invitation to Y to visit Oslo": the trip hangs on the noun, and is the
    # invitee's, not yet made; "Y accepted an invitation to visit Oslo" makes it a plan.
    if trigger.dep_ == "acl" and invite.lemma_ == "invitation":
        carrier = invite.head if invite.dep_ in ("dobj", "nsubjpass") else invite
        # "..., which Y accepted" hangs inside the invitation's own phrase.
        accepting = [carrier, *carrier.conjuncts, *invite.subtree]
        return not any(word.lemma_ in cue_words("acceptance") for word in accepting)
    return False


def _invitation_taken_up(trigger: Token) -> bool:
    """ "At the invitation of X", "Y has accepted X's invitation": the invitation was made
    before, when the text does not say; "Y accepted an invitation" at dated talks was made
    there."""
    if trigger.lemma_ != "invitation" or trigger.pos_ != "NOUN":
        return False
    head = trigger.head
    return (trigger.dep_ == "pobj" and head.lower_ == "at") or (
        trigger.dep_ == "dobj" and head.lemma_ in cue_words("acceptance") and _perfect(head)
    )


def _accepted(invite: Token) -> bool:
    """ "Invited Y to visit Oslo, and Y accepted", "... and that Y had accepted", "an
    invitation the ministry said Y had accepted": the acceptance may hang anywhere in what
    follows the invitation in its own clause, but not negated ("Y has not accepted")."""
    return _acceptance(invite) is not None


def _acceptance(invite: Token) -> Token | None:
    """The verb that takes the invitation up: "accepted", or a going told ahead ("..., and Y
    said he would go early next year")."""
    following = [*invite.conjuncts, *(w for w in invite.subtree if w.i > invite.i)]
    return next(
        (
            verb
            for verb in following
            if (verb.lemma_ in cue_words("acceptance") or _going_ahead(verb))
            and not _negated_verb(verb)
        ),
        None,
    )


def _month_of_leg_before(trigger: Token, reading: Reading, *, future: bool) -> EventDate | None:
    """ "Went to Kel in October 2015 before coming to Vik": a leg told behind "before" or
    "after", with no time of its own, falls in the month or year the leg it follows is told
    in (not on its day, which the leg before may have taken alone)."""
    governor = roles.sequence_governor(trigger)
    if governor is None:
        return None
    chain = roles.clause_chain(governor)
    told = event_date(chain, reading.published, reading.triggers, reading.dates, future=future)
    broad = told is not None and told.precision in (DatePrecision.MONTH, DatePrecision.YEAR)
    return told if broad else None


def _going_taking_up(trigger: Token) -> Token | None:
    """ "X invited Y to visit Oslo, and Y said he would go early next year": the going that
    takes up the trip invited to, which tells when and whether it is made."""
    invite = trigger.head
    if trigger.dep_ != "xcomp" or invite.lemma_ != "invite":
        return None
    going = _acceptance(invite)
    return going if going is not None and _going_ahead(going) else None


def _cue_of_going(going: Token | None) -> tuple[str, int] | None:
    """ "..., and Y said he would come if it were safe": the going tells whether it is made."""
    return status_cue(roles.clause_chain(going)) if going is not None else None


def _date_of_going(going: Token | None, reading: Reading) -> EventDate | None:
    if going is None:
        return None
    chain = roles.clause_chain(going)
    return event_date(chain, reading.published, reading.triggers, reading.dates, future=True)


def _going_ahead(verb: Token) -> bool:
    """ "Would go", "will come": a going told ahead, after an invitation, is the trip invited
    to."""
    modal = any(c.dep_ == "aux" and c.lower_ in ("will", "would") for c in verb.children)
    return modal and verb.lemma_ in cue_words("acceptance_by_going")


def _negated_verb(verb: Token) -> bool:
    return any(child.dep_ == "neg" for child in verb.children)


def _place_of_the_pair(
    event_type: str, group: list[Referent], date: EventDate | None, earlier: list[Mention]
) -> Referent | None:
    """ "A and B signed the treaty at the Y residence. ... The two presidents held talks": talks
    of the pair, told with no place, are where the pair signed or met that day."""
    if event_type != "meeting" or not group or date is None:
        return None
    pair = {party.key for party in group}
    told = (
        m.location
        for m in reversed(earlier)
        if m.type in SHARED_TYPES
        and m.location is not None
        and m.date == date
        and not _welcomed_at_arrival_site(m)
        and _participants(m) == pair
    )
    return next(told, None)


def _parties_named(
    event_type: str, trigger: Token, actor: roles.Role, reading: Reading, earlier: list[Mention]
) -> list[Referent]:
    """The other parties the trigger's clause names; a group met one at a time ("received
    each of his guests") is the guests told before."""
    if event_type == "meeting" and roles.met_one_by_one(trigger) is not None:
        return _guests_told_before(trigger, actor, reading, earlier)
    named = roles.counterparts(trigger, reading.table, event_type, actor.referent.key)
    return [*named, *_couple_met(event_type, trigger, actor, reading, earlier)]


def _couple_met(
    event_type: str, trigger: Token, actor: roles.Role, reading: Reading, earlier: list[Mention]
) -> list[Referent]:
    """ "A banquet in honour of the imperial couple", "talks with the couple": a couple met
    are the two told travelling together before, not the host."""
    if event_type != "meeting":
        return []
    words = [*_met_words(trigger), *roles.meal_guests(trigger)]
    if not any(roles.is_the_couple(word) for word in words):
        return []
    couple = _couple_told_before(trigger, reading.table, earlier)
    return [party for party in couple if party.key != actor.referent.key]


def _guests_told_before(
    trigger: Token, actor: roles.Role, reading: Reading, earlier: list[Mention]
) -> list[Referent]:
    """ "X received each of his guests", "met each leader separately": the guests are the
    people told travelling there in this paragraph or the one before, when there are several;
    else nobody is known to have been met."""
    since = _previous_paragraph_start(trigger, reading.text)
    travellers = [
        party
        for mention in earlier
        if mention.type == "visit" and mention.trigger.idx > since
        for party in (mention.actor.referent, *mention.co_actors)
        if party.label == "PERSON" and party.key != actor.referent.key
    ]
    guests = list({party.key: party for party in travellers}.values())
    return guests if len(guests) > 1 else []


def _group_parties(
    trigger: Token, reading: Reading, earlier: list[Mention], event_type: str = ""
) -> list[Referent]:
    """The parties "the two leaders", "they" or "the heads of state" stand for: the joint
    subjects of the clause a "they" hangs from, else those of the latest meeting, agreement or
    invitation told in this paragraph or the one before (only its leaders, for a group told
    without a count)."""
    anaphor = roles.group_word(trigger)
    word = anaphor if anaphor is not None else _leaders_met(trigger, event_type)
    if word is None:
        return []
    # "The two met X": a number told alone counts people.
    counted = _GROUP_SIZES.get(word.lower_) if word.pos_ == "NUM" else None
    joint = _parties_told_with(trigger, word, counted, reading.table, earlier)
    if joint:
        return joint
    # "The two leaders" are people: a country that brokered their talks is not one of them.
    people = (
        counted is not None or word.lemma_.lower() in cue_words("group_of_people") | role_words()
    )
    # "The two governments" are the states of the people who met, or nobody told.
    states = word.lemma_.lower() in cue_words("group_of_states")
    # "The two sides signed seven accords": a deal binds the sides' states, not the envoys.
    states = states or (event_type == "agreement" and word.lemma_.lower() == "side")
    since = _previous_paragraph_start(trigger, reading.text)
    # "The two ministers" after paragraphs of quotes and background: the last pair of people
    # to meet, however far back; "they" and "both sides" only within the paragraph before.
    size = counted or _group_size(word)
    pair = people and size == 2
    office = _office_of_group(word)
    # Talks on a leg the traveller came from are background to the stay now told.
    legs_left = {mention.trigger.i for mention in earlier if mention.left_from}
    # "Both ministers arrived and met X": X, named in the clause, is none of the two.
    named = {ref.key for ref in roles.referents(_named_in_clause(trigger), reading.table)}
    sources = _candidate_sources(trigger, reading, earlier, pair=pair)
    if pair and office is not None and "leader" not in office:
        # "The two prime ministers", after one of them met a boy told with no office: the
        # latest pair who both hold it, before any pair that one of them made since.
        sources.sort(key=lambda mention: not _all_hold(_parties_of(mention), office))
    for mention in sources:
        if mention.trigger.idx <= since and not pair:
            break
        if mention.trigger.i in legs_left:
            continue
        parties = _group_told_again(mention) if word.lower_ == "they" else []
        parties = parties or _parties_set_up(mention, reading, earlier)
        parties = [party for party in parties if party.key not in named]
        if people:
            parties = [party for party in parties if party.label == "PERSON"]
        elsewhere = _met_in_another_country(mention, trigger, reading.table, earlier)
        if pair and (_unlike_office(parties, office) or elsewhere):
            continue
        if pair and len(parties) > 2 and office is not None:
            # "The two presidents", after a president arrived with his wife and was met by
            # another and his: the two who hold the office.
            parties = [party for party in parties if holds_office(party, office)]
        if states:
            parties = _states_of(parties, reading.table)
        if not _sets_up_group(mention):
            continue
        if _fits_group(parties, size, pair):
            return parties if anaphor is not None else _leaders_among(parties, office)
    named_before = _group_named_before(trigger, office, size, reading.table, people=people)
    return named_before or (_travellers_counted(trigger, size, earlier) if people else [])


def _met_in_another_country(
    mention: Mention, trigger: Token, table: EntityTable, earlier: list[Mention]
) -> bool:
    """ "X held talks with A in Kel. ... In Vik, the two leaders met": talks in another
    country than the one the group is told in are not its pair's when one of their parties is
    told going there and the other never is. A pair who meet in several towns of one country,
    or who "will meet again in New York", with neither told going, stays the pair."""
    here = _country_code_told_in(trigger, table)
    there = _country_code(mention.location)
    if here is None or there is None or here == there:
        return False
    gone = {
        party.key
        for visit in earlier
        if visit.type == "visit" and _country_code(visit.location) == here
        for party in (visit.actor.referent, *visit.co_actors)
    }
    told_there = [party.key in gone for party in _parties_of(mention)]
    return any(told_there) and not all(told_there)


def _country_code_told_in(trigger: Token, table: EntityTable) -> str | None:
    """The country of the town a trigger is told "in": "In Vik, the two leaders met"."""
    found = (roles.referent(word, table) for word in roles.prep_objects(trigger, "in"))
    codes = (_country_code(ref) for ref in found if ref is not None and ref.label == "GPE")
    return next((code for code in codes if code is not None), None)


def _country_code(place: Referent | None) -> str | None:
    if place is None or place.label not in PLACE_LABELS:
        return None
    where = place.place or gazetteer.place(place.name)
    return where.country_code if where is not None else None


def _travellers_counted(trigger: Token, size: int | None, earlier: list[Mention]) -> list[Referent]:
    """ "A landed in Kel on Saturday; B and C had flown in the night before. The three leaders
    then drove to Vik": a group of three or more, with no event of theirs told, is the people
    told travelling so far, when they are exactly as many."""
    if size is None or size < 3:
        return []
    travellers = [
        party
        for mention in earlier
        if mention.type == "visit" and mention.trigger.i < trigger.i
        for party in (mention.actor.referent, *mention.co_actors)
        if party.label == "PERSON"
    ]
    told = list({party.key: party for party in travellers}.values())
    return told if len(told) == size else []


def _parties_told_with(
    trigger: Token, word: Token, counted: int | None, table: EntityTable, earlier: list[Mention]
) -> list[Referent]:
    """Who a group word is by what it is told with: a couple or a party by the trip told
    before, a counted group by the trigger's own sentence."""
    if roles.is_the_party_of_office(word):
        return _party_told_travelling(earlier)
    if word.lemma_.lower() == "couple":
        couple = _couple_told_before(trigger, table, earlier)
        return couple if word.tag_ != "NNS" else _two_couples(trigger, word, table, couple)
    return _parties_told_jointly(trigger, word, counted, table)


def _two_couples(
    trigger: Token, word: Token, table: EntityTable, couple: list[Referent]
) -> list[Referent]:
    """ "A and his wife B arrived ... C and her husband D gave a banquet in their honour. The
    two couples will fly to Vik": the couple told travelling and the pair told together since
    as the joint subject of a clause, their hosts."""
    counted = any(_GROUP_SIZES.get(child.lower_) == 2 for child in word.children)
    if not counted or len(couple) != 2:
        return []
    hosts = _pair_told_together_before(trigger, None, table, {party.key for party in couple})
    return [*couple, *hosts] if len(hosts) == 2 else []


def _parties_told_jointly(
    trigger: Token, word: Token, counted: int | None, table: EntityTable
) -> list[Referent]:
    """Who "they" or "the two" are by the trigger's own sentence: the joint subjects or objects
    of a clause it hangs from, or the pair it tells."""
    if word.lower_ != "they" and counted is None:
        return _counted_group_governing(trigger, word, table)
    joint = roles.subjects_governing(trigger, table) or roles.objects_governing(trigger, table)
    return joint or roles.pair_governing(trigger, table)


def _counted_group_governing(trigger: Token, word: Token, table: EntityTable) -> list[Referent]:
    """ "A and B spent Saturday in Lorn, where the two presidents held talks": a counted group
    of people is the joint subjects of the clause its own hangs from, when they are as many."""
    size = _group_size(word)
    if size is None or word.lemma_.lower() not in cue_words("group_of_people") | role_words():
        return []
    joint = roles.subjects_governing(trigger, table)
    people = [party for party in joint if party.label == "PERSON"]
    fits = len(people) == len(joint) == size
    return people if fits and not _unlike_office(people, _office_of_group(word)) else []


def _couple_told_before(
    trigger: Token, table: EntityTable, earlier: list[Mention]
) -> list[Referent]:
    """ "A and Empress B arrived in Kel ... The couple will fly to Vik": a couple are two people
    told travelling together, not whoever one of them met since; else the latest two told as
    the joint subject of a clause. Neither is one the trigger's clause names as its guest:
    "the royal couple gave a banquet in honour of A and B" are the hosts."""
    guests = roles.referents([*_named_in_clause(trigger), *roles.meal_guests(trigger)], table)
    others = {guest.key for guest in guests}
    for mention in reversed(earlier):
        travellers = [mention.actor.referent, *mention.co_actors]
        people = all(party.label == "PERSON" for party in travellers)
        apart = others.isdisjoint(party.key for party in travellers)
        if mention.type == "visit" and len(travellers) == 2 and people and apart:
            return travellers
    return _pair_told_together_before(trigger, None, table, others)


def _party_told_travelling(earlier: list[Mention]) -> list[Referent]:
    """ "X and his wife landed in Kel and were met by Y. ... The presidential party flew to Vik":
    the party is the traveller told last and those told travelling with them, not the host."""
    visits = [mention for mention in earlier if mention.type == "visit"]
    if not visits or visits[-1].actor.referent.label != "PERSON":
        return []
    # Each traveller of a shared trip is a mention of their own on the one trigger.
    trip = [mention for mention in visits if mention.trigger.i == visits[-1].trigger.i]
    travellers = [
        party for mention in trip for party in (mention.actor.referent, *mention.co_actors)
    ]
    people = [party for party in travellers if party.label == "PERSON"]
    return list({party.key: party for party in people}.values())


def _group_named_before(
    trigger: Token,
    office: frozenset[str] | None,
    size: int | None,
    table: EntityTable,
    *,
    people: bool,
) -> list[Referent]:
    """The group, when no event told before sets it up: those named with its office, a pair
    told together, or as many people as the sentence before names."""
    # "The two leaders", "the two heads of state" hold any of several offices, and the people
    # named with one of those are many: only the events told before say which they are.
    vague = office is not None and "leader" in office
    holders = _holders_named_before(trigger, None if vague else office, size, table)
    if not holders and people and size == 2:
        holders = _pair_told_together_before(trigger, office, table)
    return holders or (_people_named_just_before(trigger, size, table) if people else [])


def _fits_group(parties: list[Referent], size: int | None, pair: bool) -> bool:
    """Whether an event's parties can be the group: "the four heads of state" are not the three
    who signed; an uncounted group is any two or more, "the two leaders" exactly two."""
    if size is not None and size > 2:
        return len(parties) == size
    return len(parties) == 2 or (len(parties) > 2 and not pair)


def _leaders_met(trigger: Token, event_type: str) -> Token | None:
    """ "The heads of state held talks": told without a count, only the leaders of a meeting."""
    return roles.leaders_as_a_group(trigger) if event_type == "meeting" else None


def _leaders_among(parties: list[Referent], office: frozenset[str] | None) -> list[Referent]:
    """ "The heads of state", after a president was greeted by another and his wife: those
    printed with the office, when they are several; else the group is not known."""
    if office is None:
        return []
    holders = [party for party in parties if holds_office(party, office)]
    return holders if len(holders) > 1 else []


def _candidate_sources(
    trigger: Token, reading: Reading, earlier: list[Mention], *, pair: bool
) -> list[Mention]:
    """The mentions a group word may stand for the parties of, likeliest first: the latest,
    but for a pair whose talks are only recalled ("the two leaders last met in Lima in
    January"), the first: recalled talks tell how the story's own pair know each other, not
    whom one of them met in passing since. A pair stands for a guest's talks, not for
    whoever greeted him on arrival."""
    if not pair:
        return earlier[::-1]
    if not _recalled(trigger):
        told = earlier[::-1]
    elif _named_in_clause(trigger):
        told = earlier  # "The two leaders had met X in Kel": two who went to X together
    else:
        # "X and his wife landed ... The two leaders first met in July": two who met each
        # other before, not two who travel together.
        told = [mention for mention in earlier if not _travelled_together(mention)]
    return [_talks_of_the_greeted(mention, reading, earlier) or mention for mention in told]


def _travelled_together(mention: Mention) -> bool:
    return mention.type == "visit" and bool(mention.co_actors) and not mention.counterparts


# How many a quantified group word counts: "both leaders", "the three presidents".
_GROUP_SIZES = {"both": 2, "two": 2, "three": 3, "four": 4}


def _group_size(word: Token) -> int | None:
    if word.lemma_.lower() == "couple":
        return 2
    sizes = (_GROUP_SIZES.get(child.lower_) for child in word.children)
    return next((size for size in sizes if size is not None), None)


def _office_of_group(word: Token) -> frozenset[str] | None:
    """The office a plural role names, with the rank that makes it another office: "the two
    prime ministers" are no ministers; "the two heads of state" are leaders."""
    lemma = word.lemma_.lower()
    governed = {of.lower_ for of in roles.prep_objects(word, "of")}
    if lemma == "head" and not governed.isdisjoint(("state", "government")):
        return frozenset({"leader"})
    if lemma not in role_words():
        return None
    ranks = (c.lower_ for c in word.children if c.dep_ in ("amod", "compound"))
    return frozenset({lemma, *(rank for rank in ranks if rank in rank_words())})


def _all_hold(parties: list[Referent], office: frozenset[str]) -> bool:
    people = [party for party in parties if party.label == "PERSON"]
    return len(people) > 1 and all(holds_office(party, office) for party in people)


def _holders_named_before(
    trigger: Token, office: frozenset[str] | None, size: int | None, table: EntityTable
) -> list[Referent]:
    """ "Premier A welcomed Prime Minister B in the capital on Monday. ... On Tuesday the two
    prime ministers held talks": with no meeting of theirs told before, the group is the
    people named so far printed with the office, when they are as many as it counts."""
    if office is None or size is None:
        return []
    first_told = {
        ref.key: min(span.start for span in ref.mentions)
        for ref in table.referents
        if ref.label == "PERSON" and ref.mentions
    }
    named = (ref for ref in table.referents if first_told.get(ref.key, trigger.i) < trigger.i)
    holders = sorted(
        (ref for ref in named if holds_office(ref, office)), key=lambda ref: first_told[ref.key]
    )
    return holders if len(holders) == size else []


def _pair_told_together_before(
    trigger: Token,
    office: frozenset[str] | None,
    table: EntityTable,
    others: frozenset[str] | set[str] = frozenset(),
) -> list[Referent]:
    """ "A and his counterpart B opened a bridge. ... The two presidents held talks": with
    no talks of theirs told, a pair is the latest two people told as the joint subject of a
    clause before, whatever that clause did."""
    doc = trigger.doc
    for word in reversed(doc[: trigger.sent.start]):
        if word.dep_ not in ("nsubj", "nsubjpass") or not word.conjuncts:
            continue
        found = roles.referents([word], table)
        # "A and First Lady B landed": a pair unlike the office leaves an earlier one to find.
        people = len(found) == 2 and all(ref.label == "PERSON" for ref in found)
        apart = others.isdisjoint(ref.key for ref in found)
        if people and apart and not _unlike_office(found, office):
            return found
    return []


def _people_named_just_before(
    trigger: Token, size: int | None, table: EntityTable
) -> list[Referent]:
    """ "The treaty was signed by A, B, C and their host D. The four heads of state met": a
    group of three or more people, with no talks of theirs told, is the people the sentence
    before names, when they are exactly as many (a pair is too often two named in passing)."""
    if size is None or size < 3 or trigger.sent.start == 0:
        return []
    before = trigger.doc[trigger.sent.start - 1].sent
    named = [
        ref
        for ref in table.referents
        if ref.label == "PERSON"
        and any(before.start <= span.start < before.end for span in ref.mentions)
    ]
    return named if len(named) == size else []


def _group_told_again(mention: Mention) -> list[Referent]:
    """ "The couple will fly to Kel, where they are to call on X. On Thursday they will visit
    Vik": a "they" after a mention told of a group means that group again, not whom it met."""
    if roles.group_word(mention.trigger) is None:
        return []
    return [mention.actor.referent, *mention.co_actors, *mention.fellows]


def _parties_set_up(mention: Mention, reading: Reading, earlier: list[Mention]) -> list[Referent]:
    """The parties a mention sets up for a later "the two leaders": a welcome on arrival sets
    up the guest and the host who greets them, not the host and those beside the host."""
    told = [mention.actor.referent, *mention.co_actors, *mention.counterparts]
    if not _welcomed_at_arrival_site(mention):
        return told
    before = [m for m in earlier if m.trigger.i < mention.trigger.i]
    co_hosts = frozenset(ref.key for ref in roles.co_hosts(mention.trigger, reading.table))
    guests = [visit.actor.referent for visit in _visits_welcomed(mention, before, co_hosts)]
    # Two leaders who "met at the airport" greet no arrival: they are the pair.
    return [*guests, mention.actor.referent] if guests else told


def _talks_of_the_greeted(
    welcome: Mention, reading: Reading, earlier: list[Mention]
) -> Mention | None:
    """ "Vell landed in Oskar and was met at the airport by the deputy speaker, before talks
    with President Marn": the pair a later "the two presidents" means is the guest and whom
    he held talks with on that stay, not the official who only greeted him."""
    if welcome.type != "meeting" or welcome.trigger.lemma_ not in cue_words("reception"):
        return None
    greeters = {ref.key for ref in _hosts_of(welcome, reading)}
    guests = {ref.key for ref in _parties_set_up(welcome, reading, earlier)} - greeters
    talks = (
        mention
        for mention in earlier
        if mention is not welcome
        and mention.type in GROUP_SOURCES
        and not mention.taken_up
        and not guests.isdisjoint(ref.key for ref in _parties_of(mention))
        and greeters.isdisjoint(ref.key for ref in _parties_of(mention))
        and _on_the_same_stay(mention, welcome)
    )
    return next(talks, None) if guests and _greets_arrival(welcome, earlier) else None


def _greets_arrival(welcome: Mention, earlier: list[Mention]) -> bool:
    before = [m for m in earlier if m.trigger.i < welcome.trigger.i]
    return _welcomed_at_arrival_site(welcome) or bool(_visits_welcomed(welcome, before))


def _parties_of(mention: Mention) -> list[Referent]:
    return [mention.actor.referent, *mention.co_actors, *mention.counterparts]


def _on_the_same_stay(talks: Mention, welcome: Mention) -> bool:
    """Talks told with the welcome, or on its day, are of the stay it opened; talks on
    another day may be of another trip."""
    if talks.sentence.start == welcome.sentence.start:
        return True
    day, other = talks.date, welcome.date
    if day is None or other is None or "day" not in (day.precision, other.precision):
        return False
    return (day.precision, day.value) == (other.precision, other.value)


def _named_in_clause(trigger: Token) -> list[Token]:
    """Who the trigger's clause, or a clause joined to it, names as met or visited."""
    verbs = [trigger, *(c for c in trigger.conjuncts if c.pos_ == "VERB")]
    return [word for verb in verbs for word in _met_words(verb)]


def _sets_up_group(mention: Mention) -> bool:
    """A visit with its host named, or made by co-travellers, sets up the pair a later "the
    two leaders" means, as a meeting does; an invitation told only as taken up ("arrived at the
    invitation of X") does not: those who travel on it are not with the one who asked them."""
    if mention.type in GROUP_SOURCES:
        return not mention.taken_up
    return mention.type == "visit" and bool(mention.counterparts or mention.co_actors)


def _unlike_office(parties: list[Referent], office: frozenset[str] | None) -> bool:
    """ "The two ministers" are not a minister and the president she met since."""
    if office is None:
        return False
    # "The two leaders" after "X and First Lady Y landed": a spouse holds no office.
    return any(holds_office(party, office) is False or styled_as_spouse(party) for party in parties)


def _states_of(parties: list[Referent], table: EntityTable) -> list[Referent]:
    """The state of each party, or none at all when one of them has no known state."""
    found = [_state_of(party, table) for party in parties]
    return [state for state in found if state is not None] if None not in found else []


def _state_of(party: Referent, table: EntityTable) -> Referent | None:
    if party.label == "GPE":
        return party
    return roles.state_of_person(party, table) if party.label == "PERSON" else None


def _previous_paragraph_start(token: Token, text: str) -> int:
    """Where the paragraph before the token's begins (-1 when it is the first)."""
    paragraph_start = max(text.rfind(PARAGRAPH_BREAK, 0, token.idx), 0)
    return text.rfind(PARAGRAPH_BREAK, 0, paragraph_start)


def status_cue(chain: list[Token]) -> tuple[str, int] | None:
    """The cue along the clause chain: a negation anywhere ("denied that X would visit"), else
    the nearest of speculation or plan ("potential visit", "preparing for", "will meet").

    The trigger's own lemma is not a cue ("invited" is an invitation that happened), but the
    words governing it are ("invited to visit" is a planned visit). Returns the cue's kind
    and its position on the chain (0: the trigger's own modifier).
    """
    chain = _own_tense(chain)
    words = [
        _cue_words(
            token,
            position,
            governs_subject=bool(position) and chain[position - 1].dep_ in ("nsubj", "nsubjpass"),
        )
        for position, token in enumerate(chain)
    ]
    if _gives_a_meal(chain):
        words[1] = words[1] - {chain[1].lemma_.lower()}
    if _held_by_a_schedule(chain[-1]):
        words[-1] = words[-1] | {"schedule"}
    # "Agreed on Monday to build a road, during a visit by X": the visit frames the agreeing,
    # which is past; what was agreed on lies ahead, the visit does not. So does a visit the
    # agreeing followed ("after X's visit") or a clause that dates it ("in May, when X visited").
    if len(chain) > 1 and _frames_in_time(chain):
        words = [
            found - {token.lemma_.lower()} if position > 1 and token.tag_ == "VBD" else found
            for position, (token, found) in enumerate(zip(chain, words, strict=True))
        ]
    scope = words[: _negation_reach(chain)]
    denied = _denied_report(chain) or _denied_as_told(chain)
    if any(not found.isdisjoint(cue_words("negated")) for found in scope) or denied:
        return "negated", 0
    for position, found in enumerate(words[: _tense_reach(chain)]):
        for kind in ("speculated", "planned"):
            if not found.isdisjoint(cue_words(kind)):
                return _reported_intent(kind, found, chain[position]), position
    return None


def _tense_reach(chain: list[Token]) -> int:
    """How far up the chain a cue still times the event: a relative clause in a tense of its
    own ("X, who went to Kel in 2015 before coming to Vik, will not ...") is not timed by the
    clause it is told in."""
    for position, token in enumerate(chain[:-1]):
        if token.dep_ == "relcl" and token.tag_ in FINITE_TAGS:
            return position + 1
    return len(chain)


def _gives_a_meal(chain: list[Token]) -> bool:
    """ "The Queen offered a luncheon in his honour": the verb a meal is the object of gives
    it, as "hosted" does; it offers nothing still to come ("will offer" is told by its "will")."""
    meal = chain[0]
    return (
        len(chain) > 1
        and meal.dep_ == "dobj"
        and meal.head.i == chain[1].i
        and meal.lemma_.lower() in cue_words("meal")
    )


def _negation_reach(chain: list[Token]) -> int:
    """How far up the chain a "not" still denies the event: "X, who has been in Peru since
    May, did not comment" and "had not met since a visit by X to Lima" deny the comment and
    the meeting; the stay in a relative clause and the visit that times the meeting happened."""
    for position, token in enumerate(chain[:-1]):
        if token.dep_ == "relcl" and token.pos_ in ("VERB", "AUX"):
            return position + 1
        if token.dep_ == "pobj" and token.head.lower_ in roles.OTHER_TIME_PREPS:
            return position + 1
    return len(chain)


def _copula_cue_words(kids: list[Token]) -> set[str]:
    """ "Is due in Oslo for talks", "is to stay on for talks": the copula's complement tells
    the time of what the clause is for, as an auxiliary would ("is to" is "will")."""
    words = {c.lemma_.lower() for c in kids if c.dep_ == "acomp"}
    to_infinitive = any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in kids
    )
    return words | ({"will"} if to_infinitive else set())


def _frames_in_time(chain: list[Token]) -> bool:
    """The event is told as the time of what governs it: "during"/"after" it, or "when" it."""
    if chain[1].lower_ in ("during", "after", "following"):
        return True
    return chain[0].dep_ in ("relcl", "advcl") and any(
        c.dep_ == "advmod" and c.lower_ == "when" for c in chain[0].children
    )


def _denied_report(chain: list[Token]) -> bool:
    """ "Reports that the minister would visit Oslo were denied", "the ministry dismissed
    reports that ...": a denial of the report the event is told in denies the event, whether
    the report is the denying verb's subject or its object."""
    report = next((t for t in chain[1:] if t.lemma_.lower() in cue_words("report_noun")), None)
    if report is None:
        return False
    verbs = [report.head] if report.dep_ in ("nsubj", "nsubjpass", "dobj") else []
    # The parser may hang "were dismissed" under the report noun itself.
    verbs += roles.children(report, "advcl", "relcl")
    return any(verb.lemma_.lower() in cue_words("denial") for verb in verbs)


def _denied_as_told(chain: list[Token]) -> bool:
    """ "A spokesman denied that the minister would meet X": what a denial says is not so
    (the clause is the denying verb's content, which the chain does not climb past)."""
    clause = chain[-1]
    # What is denied follows the denying; "accused X of Y, a charge X rejects" is said.
    told_after = clause.i > clause.head.i
    return (
        clause.dep_ == "ccomp" and told_after and clause.head.lemma_.lower() in cue_words("denial")
    )


def _called_off(chain: list[Token], reading: Reading) -> bool:
    """ "Was due to fly to Oslo on Friday, but the trip was called off": a plan that a clause
    joined by "but" cancels, when that clause's subject is the event told again or "it". So
    does "but the hosts called off the summit": a stay for talks ends with the talks. So does
    "but no trip has been planned", which leaves no plan at all, and "had been planned for
    May, before it was postponed"."""
    clause = chain[-1].head if chain[-1].dep_ == "acomp" else chain[-1]  # "had been due to"
    event_type = reading.trigger_types.get(chain[0].i)
    kin = STAY_TYPES if event_type in STAY_TYPES else {event_type}
    # "X said she hoped to meet Y, but ...": the "but" may join the clause that tells it.
    telling = [clause]
    while telling[-1].dep_ == "ccomp" and telling[-1].head.i != telling[-1].i:
        telling.append(telling[-1].head)
    for verb in (undoing for told in telling for undoing in _undoing_clauses(told)):
        subjects = roles.children(verb, "nsubj", "nsubjpass")
        # "... and a stop in Lorn, but the Lorvian leg was called off": a leg of the trip
        # called off takes the stops told with it.
        told_again = any(
            s.lower_ == "it"
            or reading.trigger_types.get(s.i) == event_type
            or s.lemma_.lower() in cue_words("trip_part")
            for s in subjects
        ) or any(reading.trigger_types.get(o.i) in kin for o in roles.children(verb, "dobj"))
        if (told_again and _cancels(verb)) or _denies_plans(verb, kin, reading):
            return True
    return False


def _undoing_clauses(clause: Token) -> list[Token]:
    """The clauses that may undo a plan: a conjunct after "but" ("but the trip was called
    off"), also as reported ("but media reported that ..."), and a clause of what came before
    it happened ("had been planned for May, before it was postponed")."""
    before = [
        verb
        for verb in roles.children(clause, "advcl")
        if any(c.dep_ == "mark" and c.lower_ in ("before", "until") for c in verb.children)
    ]
    if not any(c.dep_ == "cc" and c.lower_ == "but" for c in clause.children):
        return before
    # "... but media reported that the trip had been cancelled": the cancelling is reported.
    return before + [
        told
        for verb in roles.children(clause, "conj")
        for told in [verb, *roles.children(verb, "ccomp")]
        if told is verb or verb.lemma_ in cue_words("reporting")
    ]


def _denies_plans(verb: Token, kin: frozenset[str] | set[str], reading: Reading) -> bool:
    """ "But no trip has been planned", "but officials said there were no plans for such a
    trip": a clause that denies any plan, or any event of the kind, undoes the one told."""
    told = roles.children(verb, "nsubj", "nsubjpass", "attr", "dobj")
    return any(
        any(c.dep_ == "det" and c.lower_ == "no" for c in word.children)
        and (word.lemma_.lower() == "plan" or reading.trigger_types.get(word.i) in kin)
        for word in told
    )


def _cancels(verb: Token) -> bool:
    """ "Cancelled", "called off", "postponed": the verb, with its particle, is a negation."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    said = {verb.lemma_.lower(), *(f"{verb.lemma_.lower()} {p}" for p in particles)}
    return not said.isdisjoint(cue_words("negated"))


def _own_tense(chain: list[Token]) -> list[Token]:
    """A conjunct with an auxiliary of its own keeps its own tense: in "would be represented
    and Solberg had received an invitation" the invitation is no conditional. An infinitive's
    "to" is no tense: "is expected to visit X and to leave for Y" leaves as expected."""
    for position, token in enumerate(chain):
        own = any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in token.children)
        if token.dep_ == "conj" and own:
            return chain[: position + 1]
    return chain


def _reported_intent(kind: str, found: set[str], clause: Token) -> str:
    """ "Solberg said he would travel to Quito": a reported "would" is the future of the
    past, a plan, not a conditional."""
    modals = found & cue_words("speculated")
    if kind != "speculated" or not modals <= cue_words("reported_intent"):
        return kind
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    reported = clause.dep_ == "ccomp" and clause.head.lemma_ in cue_words("reporting")
    return "planned" if reported else kind


def _cue_words(token: Token, position: int, *, governs_subject: bool = False) -> set[str]:
    """The cue words on one word of the chain. A verb the event is the subject of says what
    the event did, not whether it happens: "the trip was aimed at ties" is no plan; its
    auxiliaries still tell the tense ("the trip will take him to X")."""
    deps = GOVERNOR_MODIFIERS if position else TRIGGER_MODIFIERS
    kids = list(token.children)  # read five times below; `Token.children` builds them anew
    words = {child.lemma_.lower() for child in kids if child.dep_ in deps}
    hedging = token.lemma_.lower() in cue_words("speculated")
    if not position and hedging and any(child.dep_ == "auxpass" for child in kids):
        # "Is expected in Oslo on Sunday": a stay told by a passive hedge is hedged by it.
        words.add(token.lemma_.lower())
    # "reportedly plans to visit": a hedge on a governing word hedges what it governs.
    words |= {
        child.lower_
        for child in kids
        if child.dep_ == "advmod" and child.lower_ in cue_words("hedge")
    }
    words |= {child.lower_ for child in kids if child.dep_ == "neg"}
    # "has no plans to travel": a governing noun denied by its determiner.
    words |= {c.lower_ for c in kids if c.dep_ == "det" and c.lower_ == "no"}
    words |= {
        mark.lower_
        for clause in kids
        if clause.dep_ == "advcl"
        for mark in clause.children
        if mark.dep_ == "mark"
    }
    if position and not governs_subject and token.lemma_ == "be":
        words |= _copula_cue_words(kids)
    # A verb the event is the subject of still undoes it: "the visit was postponed". A time
    # is no cue by its name: "in May, when X met Y" is no "may".
    if position and (not governs_subject or _cancels(token)) and token.ent_type_ != "DATE":
        words.add(token.lemma_.lower())
        # "called off his trip": the verb with its particle is the cue.
        words |= {f"{token.lemma_.lower()} {c.lower_}" for c in kids if c.dep_ == "prt"}
    return words


def _held_by_a_schedule(clause: Token) -> bool:
    """ "The programme has him meeting X on Saturday": what a schedule holds lies ahead."""
    holder = clause.head
    return (
        clause.dep_ == "ccomp"
        and holder.lemma_ == "have"
        and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in cue_words("schedule_noun")
            for c in holder.children
        )
    )


def _status_given_date(
    status: EventStatus,
    cue: tuple[str, int] | None,
    date: EventDate | None,
    published: dt.date,
    *,
    scheduled: bool = False,
) -> EventStatus:
    """A date settles what tense leaves open: a future date is planned, and so is the day of
    publication for what is told on the schedule ("leaves for Y this Saturday"); a past one
    makes a governing cue moot ("would mark his third trip, following his visit in 2019")."""
    if date is None:
        return status
    ahead = date.start > published or (scheduled and date.start == published)
    if status is EventStatus.OCCURRED and ahead:
        return EventStatus.PLANNED
    if cue is not None and cue[1] > 0 and date.end < published.replace(day=1):
        return EventStatus.OCCURRED
    return status


def _status_from_form(trigger: Token) -> EventStatus:
    """Without a cue word, an infinitive ("to visit") looks ahead; anything else happened. A
    stance taken by pledging or vowing ("pledged to support X") is taken already."""
    infinitive = any(c.lower_ == "to" and c.dep_ == "aux" for c in trigger.children)
    if _listed_in_an_itinerary(trigger):
        return EventStatus.PLANNED
    becoming = _record_set_by(trigger)
    if becoming is not None:
        return _status_from_form(becoming)
    if trigger.tag_ != "VB" or not infinitive:
        return EventStatus.OCCURRED
    stance_taken = trigger.dep_ == "xcomp" and trigger.head.lemma_ in cue_words("stance_speech")
    return _status_from_form(trigger.head) if stance_taken else EventStatus.PLANNED


def _listed_in_an_itinerary(trigger: Token) -> bool:
    """ "Her itinerary also includes a visit to X", "the trip includes stops in X": a trip and
    the stops a schedule lists in the present are still to come."""
    verb = trigger.head
    listed = trigger.pos_ in roles.NOUN_POS and trigger.dep_ in ("dobj", "nsubj")
    return listed and verb.lemma_ == "include" and verb.tag_ in ("VBZ", "VBP")


def event_date(
    chain: list[Token],
    published: dt.date,
    triggers: frozenset[int],
    dates: Sequence[Span],
    *,
    future: bool,
) -> EventDate | None:
    """The date phrase attached nearest to the trigger along its clause chain, resolved.

    Failing that, a date on a word that governs the clause ("exchanged a fist bump on Friday
    as he arrived"), unless that word is a reporting verb ("said on Friday that ...") or
    another event's trigger, whose date it is.
    """
    sentence = chain[0].sent
    latest = _latest_of_count(chain[0], dates)
    if latest is not None:
        return resolve_date(latest.text, published, future=future)
    dates = [ent for ent in dates if not _start_of_count(ent, chain[0])]
    told_after = [*_copula_hung_on_trip(chain[0]), *roles.stays_restating_trip(chain[0])]
    chain = [*_short_of_origin(chain), *told_after]
    # "his upcoming trip", "her last visit": a trip placed in time by its own adjective is not
    # on the date of the clause that mentions it ("spoke on Monday about his upcoming trip").
    placed = _placed_in_time(chain[0]) and not _timed_by_copula(chain[0])
    if placed:
        chain = list(takewhile(lambda token: token.pos_ not in ("VERB", "AUX"), chain))
    ancestors = [] if placed else list(chain[-1].ancestors)
    ranked = []
    told = _within(dates, sentence)
    for ent in told:
        if _dates_the_report(ent, chain[-1]) or _last_time_before(ent, chain[0]):
            continue
        if _told_of_a_later_stop(ent, chain):
            continue
        anchor = _setting_verb(_anchor(ent), chain, triggers)
        if anchor in chain:
            ranked.append((chain.index(anchor), abs(ent.start - chain[0].i), anchor, ent))
        elif anchor in ancestors and (
            _may_lend_date(anchor, triggers, chain[-1]) or _after_reported_verb(ent, chain[-1])
        ):
            rank = len(chain) + ancestors.index(anchor)
            ranked.append((rank, abs(ent.start - chain[0].i), anchor, ent))
    for rank, _, anchor, ent in sorted(ranked, key=lambda found: found[:2]):
        if rank >= len(chain):
            # "plans to fly on Saturday to attend talks": the governor's time is its own tense's.
            ahead = future or _looks_ahead(anchor)
            resolved = _resolve_told(ent, told, dates, published, future=ahead)
            if resolved is not None:
                resolved = _stay_returned_from(resolved, [*chain, *ancestors], anchor)
                return _relative_to_governor(resolved, chain[-1])
            continue
        resolved = _resolve_told(ent, told, dates, published, future=future)
        if resolved is not None:
            resolved = _measured_on_the_way(resolved, chain, anchor)
            return _stay_returned_from(resolved, chain, anchor)
    if placed:
        return None  # "his upcoming trip ... in a speech Thursday": the speech's day, not its
    shared = _date_of_joined_verb(chain, told, dates, published, future=future)
    return shared or _dependent_date(chain[0], published, dates, future=future)


def _stay_returned_from(date: EventDate, path: list[Token], anchor: Token) -> EventDate:
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
    for word in stay.children:
        if word.dep_ not in ("amod", "compound", "nummod"):
            continue
        joined = _LASTING.match(word.lower_)
        if joined is not None:
            return count_of(joined.group(1))
        counts = [count_of(c.lower_) for c in word.children if c.dep_ == "nummod"]
        if word.lemma_ == "day" and counts and counts[0] is not None:
            return counts[0]
    return None


def _short_of_origin(chain: list[Token]) -> list[Token]:
    """ "Arrived in Suva on Sunday from Apia, where he held talks": a "where" clause on the
    place a traveller came from tells what was done there before, not on the arrival's day;
    its chain stops at the place."""
    for position, word in enumerate(chain[:-1]):
        place = word.head
        if _opened_by_where(word) and place.dep_ == "pobj" and place.head.lower_ == "from":
            return chain[: position + 1]
    return chain


def _setting_verb(anchor: Token, chain: list[Token], triggers: frozenset[int]) -> Token:
    """ "On the sidelines on Thursday, X held talks", "met Y at the airport on Monday": a day
    hung on the setting of the event's own verb, a noun that is no event of its own, is the
    verb's day. (A time noun, "since his inauguration in May", keeps its own day.)"""
    prep = anchor.head
    setting = anchor.dep_ == "pobj" and anchor.pos_ in roles.NOUN_POS and prep.lower_ in SETTINGS
    own_verb = prep.dep_ == "prep" and prep.head in chain[:2] and prep.head.pos_ in ("VERB", "AUX")
    if setting and own_verb and anchor not in chain and anchor.i not in triggers:
        return prep.head
    return anchor


def _date_of_joined_verb(
    chain: list[Token],
    told: list[Span],
    dates: Sequence[Span],
    published: dt.date,
    *,
    future: bool,
) -> EventDate | None:
    """ "Flew to Oslo and met Lund at the palace on Friday": a date told once at the end of
    verbs joined under one subject times them all, unless the later verb has a subject or a
    tense of its own ("arrived ... and will meet Lund on Friday") or follows on ("then")."""
    verb = next((word for word in chain if word.pos_ == "VERB"), None)
    if verb is None:
        return None
    for joined in roles.children(verb, "conj"):
        own_words = any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in joined.children)
        sequel = any(c.lower_ in SEQUEL_WORDS for c in joined.children)
        if own_words or sequel or joined.pos_ != "VERB" or joined.tag_ != verb.tag_:
            continue
        for ent in told:
            if _anchor(ent).i == joined.i:
                resolved = _resolve_told(ent, told, dates, published, future=future)
                if resolved is not None:
                    return resolved
    return None


def _resolve_told(
    ent: Span, told: list[Span], dates: Sequence[Span], published: dt.date, *, future: bool
) -> EventDate | None:
    """A date phrase resolved; "the next day" is the day after the date told before it in the
    sentence: "will hold talks on May 9 and call on X the following day" -> May 10."""
    resolved = resolve_date(_explicit_date(ent, dates), published, future=future)
    if resolved is not None or not _is_day_after(ent):
        return resolved
    for earlier in reversed([e for e in told if e.end <= ent.start and not _is_day_after(e)]):
        found = resolve_date(_explicit_date(earlier, dates), published, future=future)
        if found is not None:
            return shifted_by_days(found, 1, ent.text)
    return None


def _is_day_after(ent: Span) -> bool:
    # The model may leave the article out of the phrase: "the [following day]".
    words = " ".join(_WORDS.findall(ent.text.lower()))
    return " " in words and any(
        words.endswith(phrase) or phrase.endswith(f" {words}") for phrase in cue_words("day_after")
    )


def _scheduled_present(trigger: Token, event_type: str) -> bool:
    """ "He flies to Oslo on Sunday", "meets Lund on Monday": a trip or talks told in the
    simple present are on the schedule, so their weekday lies ahead. Not in a caption, whose
    present tells the picture ("PHOTO: X welcomes Y on Tuesday")."""
    # The parser may cut "PHOTO:" off as a sentence of its own.
    start = max(trigger.sent.start - 1, 0)
    labelled = any(t.text == ":" for t in trigger.doc[start : trigger.i])
    # "The tour takes him to Oslo on Friday": the verb that carries a trip tells its time.
    trigger = roles.carrying_verb(trigger) or _trip_made_for(trigger) or trigger
    return (
        event_type in ("visit", "meeting")
        and trigger.pos_ == "VERB"
        and trigger.tag_ in ("VBZ", "VBP")
        and not any(c.dep_ in ("aux", "auxpass") for c in trigger.children)
        and not labelled
    )


def _trip_made_for(noun: Token) -> Token | None:
    """ "Flies to Kell on Tuesday for a two-day visit", "travels to Kell for a summit": the
    trip a visit or gathering told after "for" is made for, whose tense is the noun's."""
    if noun.pos_ not in roles.NOUN_POS or noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    verb = noun.head.head
    return verb if verb.pos_ == "VERB" and _is_trigger(verb) else None


def _looks_ahead(verb: Token) -> bool:
    """A governing clause told as planned or expected ("plans to fly", "will travel")."""
    cue = status_cue(roles.clause_chain(verb))
    return cue is not None and cue[0] in ("planned", "speculated")


def _since_parts(trigger: Token) -> list[Token]:
    """The "since" phrase or clause hung on a trigger or on its count ("three times since
    2016"), or a "since" clause: "since she took office"."""
    counts = [c for c in trigger.children if c.dep_ in ("advmod", "npadvmod")]
    # "Have held three meetings since 2013": the count is the object of the verb told since.
    governor = [trigger.head] if trigger.dep_ == "dobj" else []
    heads = [trigger, *counts, *governor]
    phrases = [c for head in heads for c in roles.children(head, "prep") if c.lower_ == "since"]
    clauses = [
        c
        for c in roles.children(trigger, "advcl")
        if any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)
    ]
    return [*phrases, *clauses]


def _most_recently(trigger: Token) -> Token | None:
    """The "most recently" or "the most recent" told after a trigger in its sentence."""
    sentence = trigger.sent
    for word in sentence[trigger.i - sentence.start + 1 :]:
        if word.lower_ in ("recently", "recent") and word.doc[word.i - 1].lower_ == "most":
            return word
    return None


def _counted(trigger: Token) -> bool:
    """ "Three times since 2016", or "twice since 2016" with the count hung on "since"."""
    counts = [c for part in _since_parts(trigger) for c in part.children if c.dep_ == "advmod"]
    return _told_as_several(trigger) or any(c.lower_ in SEVERAL_TIMES for c in counts)


def _start_of_count(ent: Span, trigger: Token) -> bool:
    """ "Has been to Kell three times since her party took office in 2016": the time in the
    "since" part starts the count of trips; it is not when any of them was."""
    if not _counted(trigger):
        return False
    recently = _most_recently(trigger)
    if recently is not None and ent.start > recently.i:
        return False
    return any(part.left_edge.i <= ent.start <= part.right_edge.i for part in _since_parts(trigger))


def _latest_of_count(trigger: Token, dates: Sequence[Span]) -> Span | None:
    """ "Has been to Kell three times since 2016, most recently in April": a count of trips
    whose latest is dated tells that latest trip, on its date."""
    recently = _most_recently(trigger)
    if recently is None or not _counted(trigger):
        return None
    after = [ent for ent in _within(dates, trigger.sent) if ent.start > recently.i]
    return after[0] if after else None


def _within(dates: Sequence[Span], sentence: Span) -> list[Span]:
    return [ent for ent in dates if sentence.start <= ent.start < sentence.end]


def _dependent_date(
    trigger: Token, published: dt.date, dates: Sequence[Span], *, future: bool
) -> EventDate | None:
    """An undated trigger shares the date of the phrase it leads into: "invited Lund to attend
    the meeting in August", "will travel to Moscow for talks in May". Only complements and
    prepositional objects carry it; a relative or reported clause has its own time."""
    found = []
    for ent in _within(dates, trigger.sent):
        depth = _dependent_depth(_anchor(ent), trigger)
        if depth is not None and not (future and _in_past_when_clause(_anchor(ent), trigger)):
            found.append((depth, ent.start, ent.text))
    for _, _, text in sorted(found):
        resolved = resolve_date(text, published, future=future)
        if resolved is not None:
            return resolved
    return None


def _in_past_when_clause(anchor: Token, trigger: Token) -> bool:
    """ "Invited Lund to visit Oslo when they held talks in May, and Lund accepted": a "when"
    clause told in the past times the inviting, not the trip still to come."""
    while anchor.i != trigger.i and anchor.head.i != anchor.i:
        if anchor.dep_ == "advcl" and anchor.tag_ == "VBD" and _told_when(anchor):
            return True
        anchor = anchor.head
    return False


def _dependent_depth(anchor: Token, trigger: Token) -> int | None:
    """How many links down from the trigger the anchor sits, if every link is a complement."""
    depth = 0
    while anchor.i != trigger.i:
        # "the visit, which begins on May 4": a relative clause that only times the event.
        timing = anchor.dep_ == "relcl" and anchor.lemma_ in cue_words("timing_verb")
        if (anchor.dep_ not in DEPENDENT_LINKS and not timing) or anchor.head.i == anchor.i:
            return None
        if _sequence_link(anchor):
            return None
        anchor = anchor.head
        depth += 1
    return depth or None


def _sequence_link(word: Token) -> bool:
    """ "Flew to Lorn to brief X, before returning to Vadum on Saturday": what is told as
    coming before or after is another moment, whose date is its own."""
    if word.dep_ == "prep":
        return word.lower_ in SEQUENCE_MARKS
    return word.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in SEQUENCE_MARKS for c in word.children
    )


def _relative_to_governor(date: EventDate, clause: Token) -> EventDate:
    """A clause "a day after"/"two days before" the dated one is that many days off its date:
    "held talks on Tuesday, a day after Lund hosted Haugen" -> Monday."""
    marks = [c.lower_ for c in clause.children if c.dep_ in ("mark", "prep")]
    direction = -1 if "after" in marks else 1 if "before" in marks else 0
    for measure in roles.children(clause, "npadvmod"):
        shifted = _shifted_by_measure(date, measure, direction)
        if shifted is not None:
            return shifted
    return date


def _measured_on_the_way(date: EventDate, chain: list[Token], anchor: Token) -> EventDate:
    """ "Held talks in Vik on Thursday, a day after meeting X in Kel": the parser hangs the
    gerund's "after" on the measure, which hangs on the dated verb or on the date itself; the
    gerund's event is that many days off that date."""
    for prep in chain[: chain.index(anchor)]:
        measure = prep.head
        if prep.dep_ != "prep" or measure.dep_ not in ("npadvmod", "appos"):
            continue
        direction = -1 if prep.lower_ == "after" else 1 if prep.lower_ == "before" else 0
        shifted = _shifted_by_measure(date, measure, direction)
        if shifted is not None:
            return shifted
    return date


def _shifted_by_measure(date: EventDate, measure: Token, direction: int) -> EventDate | None:
    counts = [count_of(c.lower_) for c in measure.children if c.dep_ in ("det", "nummod")]
    if measure.lemma_ != "day" or not direction or not counts or counts[0] is None:
        return None
    phrase = " ".join(t.text for t in measure.subtree if t.i <= measure.i)
    text = f"{phrase} {'after' if direction < 0 else 'before'}"
    return shifted_by_days(date, direction * counts[0], text)


def _next_day(trigger: Token, actor: roles.Role, earlier: list[Mention]) -> EventDate | None:
    """ "The next day, Moen traveled to Graz for meetings": the day after the latest event
    dated in an earlier sentence, which every event of this sentence shares."""
    start = trigger.sent.start
    same_sentence = [m for m in earlier if m.trigger.i >= start and m.date is not None]
    if same_sentence:
        return same_sentence[-1].date
    told = _date_referred_back_to(actor, [m for m in earlier if m.trigger.i < start])
    return shifted_by_days(told, 1, "the next day") if told is not None else None


def _date_referred_back_to(
    actor: roles.Role, earlier: list[Mention], *, since: int = -1
) -> EventDate | None:
    """ "at the time", "later in the day": the date of the latest dated event of the same actor
    told after `since`, else of the latest dated event."""
    dated = [m for m in reversed(earlier) if m.date is not None]
    # "X, who held talks in Lima on Monday, arrived in Quito on Tuesday. He will meet Y later
    # in the day": the day the story is at is told in a main clause, not in a relative one.
    told = [m for m in dated if not _told_aside(m)] or dated
    # "On Wednesday the guest will tour the port. The host gives a dinner in the evening": the
    # host's talks told paragraphs back are not the day the story is at.
    own = [m for m in told if actor.referent.key in _participants(m) and m.trigger.idx > since]
    return next((m.date for m in own or told), None)


_EVE = re.compile(r"\b(?:evening|night)\b")


def _past_the_eve(earlier: list[Mention]) -> list[Mention]:
    """ "Held talks on Monday ... He had arrived on Sunday evening": what is told at the close of
    the day before a day the story has told already is its eve, after which the story's day
    begins again; the events told next with no day of their own are not of the eve."""
    return [m for m in earlier if not _on_the_eve(m, earlier)]


def _on_the_eve(mention: Mention, earlier: list[Mention]) -> bool:
    date = mention.date
    if date is None or not _at_the_close_of_day(mention):
        return False
    day_after = date.start + dt.timedelta(days=1)
    return any(
        m.trigger.i < mention.trigger.i and _is_day(m.date) and m.date.start == day_after
        for m in earlier
    )


def _at_the_close_of_day(mention: Mention) -> bool:
    """ "On Sunday evening", "on Sunday night": the parser may read the part of the day as a
    time of its own, outside the date phrase."""
    text = mention.date.text if mention.date else ""
    told = re.search(rf"{re.escape(text)}(?:\s+\w+)?", mention.trigger.sent.text)
    return _EVE.search((told.group() if told else text).lower()) is not None


def _points_at_a_time_told(sentence: Span) -> bool:
    """ "That evening", "the same day", "at the time", "earlier in the day": the very time told
    before or a part of its day, eve or not; "in the evening" or "later in the day" name only
    the part of the day the story has reached."""
    words = set(_WORDS.findall(sentence.text.lower()))
    return bool(words & {"that", "same", "time", "then", "earlier"})


def _told_aside(mention: Mention) -> bool:
    return any(word.dep_ == "relcl" for word in roles.clause_chain(mention.trigger))


def _named_trip(trigger: Token, event_type: str) -> bool:
    return event_type == "visit" and trigger.pos_ in roles.NOUN_POS


def _doings_of(actor: roles.Role, earlier: list[Mention]) -> list[Mention]:
    """ "Rice arrived late Saturday ... talks believed to involve Sharif's visit to Washington":
    a trip named by a bare noun is dated by the story so far only as its own traveller's."""
    return [m for m in earlier if actor.referent.key in _participants(m)]


def _date_of_story_so_far(trigger: Token, text: str, earlier: list[Mention]) -> EventDate | None:
    """An undated event that happened, told after a dated one in an earlier sentence of the same
    paragraph or the one before, most likely happened then: "Lund arrived on Sunday. He held talks
    with Haugen". Within one sentence the parse has already said whose date is whose."""
    since = _previous_paragraph_start(trigger, text)
    paragraph_start = text.rfind(PARAGRAPH_BREAK, 0, trigger.idx)
    sentence_start = trigger.sent.start
    for mention in reversed(earlier):
        if mention.trigger.idx <= since:
            return None
        dated = mention.date is not None and mention.status is EventStatus.OCCURRED
        dated = dated and not _past_perfect(mention.trigger) and not _on_the_eve(mention, earlier)
        # Across a paragraph break only the day of the news carries on, not a background date.
        carries = mention.trigger.idx > paragraph_start or _is_day(mention.date)
        if dated and carries and mention.trigger.i < sentence_start:
            return mention.date
    return None


def _date_told_before(
    event_type: str, trigger: Token, actor: roles.Role, reading: Reading, earlier: list[Mention]
) -> EventDate | None:
    """The day an undated event that happened is told on: the scene set just before it, else
    the day the story has reached. Neither dates "has sent" (it tells that, not when) nor
    "the tour continues in X" (a schedule told in the present)."""
    if _perfect(trigger) or _subject_of_present(trigger):
        return None
    told = _doings_of(actor, earlier) if _named_trip(trigger, event_type) else earlier
    return (
        _date_of_scene_set_before(trigger, reading)
        or _date_of_occasion_named_before(trigger, reading)
        or _date_of_own_talks_before(trigger, actor, reading, earlier)
        or _date_of_story_so_far(trigger, reading.text, told)
    )


def _date_of_own_talks_before(
    trigger: Token, actor: roles.Role, reading: Reading, earlier: list[Mention]
) -> EventDate | None:
    """ "After the talks, X travelled to Y": what a party did after the talks it held, told
    before by that noun and dated to the day, is of that day, however far back the story told
    them (a dinner the night before is other talks)."""
    chain = roles.clause_chain(trigger)
    verb = next((word for word in chain if word.pos_ in ("VERB", "AUX")), trigger)
    for occasion in roles.prep_objects(verb, *AFTER_PREPS):
        if occasion.i not in reading.triggers or not _is_definite(occasion):
            continue
        held = [
            m.date
            for m in earlier
            if m.type == reading.trigger_types[occasion.i]
            and m.trigger.i < occasion.i
            and _same_noun(m.trigger, occasion)
            and actor.referent.key in _participants(m)
            and _is_day(m.date)
        ]
        if held:
            return held[-1]
    return None


def _date_of_occasion_named_before(trigger: Token, reading: Reading) -> EventDate | None:
    """ "Told students on Tuesday, in a speech ... Before the speech, X held talks with Y":
    what is told just before or after an occasion the story named and dated earlier, with no
    span between them, is of the occasion's day."""
    chain = roles.clause_chain(trigger)
    verb = next((word for word in chain if word.pos_ in ("VERB", "AUX")), trigger)
    for occasion in roles.prep_objects(verb, *AFTER_PREPS, "before"):
        if occasion.i in reading.triggers or not _is_definite(occasion):
            continue
        if occasion.pos_ != "NOUN" or occasion.head.head.i != verb.i:
            continue
        named = (
            word
            for word in occasion.doc[: trigger.sent.start]
            if word.lemma_ == occasion.lemma_ and word.idx >= reading.dateline_end
        )
        first = next(named, None)
        if first is None:
            continue
        # The parser may hang the occasion on a reported clause: "told X on Tuesday that ...,
        # in a speech" is still the telling's day.
        held = {first.i, *(word.i for word in first.ancestors)}
        for ent in _within(reading.dates, first.sent):
            if _anchor(ent).i in held:
                found = resolve_date(
                    _explicit_date(ent, reading.dates), reading.published, future=False
                )
                if _is_day(found):
                    return found
    return None


def _subject_of_present(trigger: Token) -> bool:
    verb = trigger.head
    return trigger.dep_ == "nsubj" and verb.tag_ in ("VBZ", "VBP") and verb.lemma_ != "be"


def _date_of_scene_set_before(
    trigger: Token, reading: Reading, *, future: bool = False
) -> EventDate | None:
    """ "On Tuesday the ministry reacted within hours. Its spokesman accused X of ...": a
    sentence of the same paragraph that tells no event of its own but dates its main verb
    sets the scene for the undated event told right after it. So does a programme: "Today, X
    is to address parliament. He will also hold talks with Y"."""
    sentence = trigger.sent
    held = trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB"  # "will hold talks"
    if sentence.start == 0 or not (trigger.pos_ == "VERB" or (future and held)):
        return None  # "It is X's first trip since ...": a trip named, not told happening
    before = trigger.doc[sentence.start - 1].sent
    if before.root.lemma_ in cue_words("reporting") or any(roles.children(before.root, "ccomp")):
        return None  # "Y vowed last week that ...": what was said, not a scene
    between = reading.text[before.start_char : sentence.start_char]
    if PARAGRAPH_BREAK in between.rstrip() or before.start_char < reading.dateline_end:
        return None
    if any(word.i in reading.triggers for word in before):
        return None
    for ent in _within(reading.dates, before):
        if _anchor(ent).i != before.root.i or before.root.pos_ not in ("VERB", "AUX"):
            continue
        resolved = resolve_date(
            _explicit_date(ent, reading.dates), reading.published, future=future
        )
        if _is_day(resolved):
            return resolved
    return None


def _date_of_occasion_told(mention: Mention, earlier: list[Mention]) -> None:
    """ "Following the talks, the leaders witnessed the signing": what happened during an
    occasion dated already is of its day, so that what is told after it carries that day on
    (merging settles the occasion's date again)."""
    if mention.date is not None or mention.during == mention.trigger.i:
        return
    occasion = next((m for m in earlier if m.trigger.i == mention.during), None)
    if occasion is not None and occasion.date is not None and occasion.status is mention.status:
        mention.date = occasion.date
        mention.date_is_own = False


def _perfect(trigger: Token) -> bool:
    """ "North Korea has sent troops to Russia": the perfect tells that it happened, not when,
    so it does not take the day the story has reached."""
    auxiliaries = roles.children(trigger, "aux")
    return trigger.tag_ == "VBN" and any(
        c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in auxiliaries
    )


def _past_perfect(trigger: Token) -> bool:
    """ "The two had spoken by phone on Sunday": the past perfect sets the scene
    behind the news; its day is not the one the story has reached."""
    verbs = (word for word in (trigger, *trigger.ancestors) if word.pos_ in ("VERB", "AUX"))
    verb = next(verbs, None)
    return (
        verb is not None
        and verb.tag_ == "VBN"
        and any(c.lower_ == "had" for c in roles.children(verb, "aux"))
    )


def _is_day(date: EventDate | None) -> bool:
    return date is not None and date.precision is DatePrecision.DAY


def _told_of_a_later_stop(ent: Span, chain: list[Token]) -> bool:
    """ "Took him to Rome on Saturday, where he met X, and to Tirana on Sunday": the parser may
    join the next stop to the "where" clause told of the stop before; a date told past that stop
    is its day, not that of what was done where the clause says."""
    verb = next((word for word in chain if word.pos_ == "VERB"), None)
    if verb is None or verb.dep_ != "relcl":
        return False
    told_where = any(child.lower_ == "where" for child in verb.children)
    later = (
        child
        for child in verb.children
        if child.dep_ == "conj" and child.pos_ == "ADP" and child.lower_ in ("to", "in")
    )
    return told_where and any(stop.i < ent.start for stop in later)


def _anchor(ent: Span) -> Token:
    """The word a date phrase modifies: "visit ... on May 9" -> visit, skipping the preposition,
    its adverb ("late on Wednesday") and the rest of the phrase ("on Sunday afternoon")."""
    head = ent.root.head
    if head.pos_ == "PROPN" and head.dep_ == "pobj" and ent.root.dep_ == "compound":
        # "where on Saturday Samoa and China signed": the parser ran the day into the names
        # after it, as the object of its preposition; the day still hangs on the verb.
        head = head.head
    # A verb read as a preposition ("a visit starting Wednesday") is one too.
    while head.head.i != head.i and (
        head.pos_ in ("ADP", "ADV") or head.dep_ == "prep" or head.ent_type_ in ("DATE", "TIME")
    ):
        head = head.head
    # A name takes no date: "X and Y on Sunday signed" dates the verb the names are subjects of;
    # nor does a word of a name the parser read as a verb of its own ("dos" in "Jose dos Santos").
    while head.head.i != head.i and (
        (head.pos_ == "PROPN" and head.dep_ in NAME_LINKS) or head.ent_type_ == "PERSON"
    ):
        head = head.head
    return head


def _explicit_date(ent: Span, dates: Sequence[Span]) -> str:
    """ "on Friday (April 26)": the date in brackets after a weekday is the one meant."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is None or after.text != "(":
        return ent.text
    bracketed = next((e for e in dates if e.start == ent.end + 1 and e.label_ == "DATE"), None)
    return bracketed.text if bracketed is not None else ent.text


def _last_time_before(ent: Span, trigger: Token) -> bool:
    """ "She is the first Chilean president to go to X since 2004": the year after "since" is
    when one last went, not when this visit is. ("Her first trip to X since 2010" names the
    earlier trip itself, and keeps the year, as does a "when" clause that tells it.)"""
    doc = ent.doc
    since = ent.start > 0 and doc[ent.start - 1].lower_ == "since"
    first = any(word.lower_ == "first" for word in doc[ent.sent.start : trigger.i])
    return since and first and trigger.pos_ == "VERB" and not _when_told_after(ent, trigger)


def _when_told_after(ent: Span, trigger: Token) -> bool:
    """ "Her first trip to X since 2015, when she attended a forum in Y": a "when" clause told
    after the year is what happened then, on that year."""
    said_when = any(c.lower_ == "when" and c.dep_ == "advmod" for c in trigger.children)
    return said_when and ent.end <= trigger.i


def _dates_the_report(ent: Span, clause: Token) -> bool:
    """ "Lund said on Monday he would travel to Norway in July": a date between the reporting
    verb and the reported clause's subject dates the report, wherever the parser hangs it."""
    report = clause.head
    if clause.dep_ != "ccomp" or report.lemma_ not in cue_words("reporting"):
        return False
    subjects = [c.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and report.i < ent.start < min(subjects)


def _goes_home(mention: Mention, earlier: list[Mention]) -> bool:
    """ "Returned to X": a traveller goes back home, unless X is where the story already took
    them ("flew to Quito on Thursday ... returned to Quito on Monday" is a second trip)."""
    trigger, location = mention.trigger, mention.location
    if mention.type != "visit":
        return False
    # "Flying home to X" says it outright; "flew back to X", "due back in X" as "returned" does.
    bound = {c.lower_ for c in trigger.children if c.dep_ in ("advmod", "npadvmod", "prt")}
    if "home" in bound:
        return True
    if trigger.lemma_ == "return":
        if not any(roles.prep_objects(trigger, "to")):
            return False
    elif "back" not in bound:
        return False
    if location is None or location.place is None:
        return True
    if not _home_of(mention.actor.referent, location):
        return False  # "the Lorvian president returns to Tokyo in May": abroad, no home
    return not any(
        _went_there_before(told, mention.actor.referent.key, location) for told in earlier
    )


def _went_there_before(told: Mention, traveller: str, place: Referent) -> bool:
    there = told.location
    if told.type != "visit" or told.actor.referent.key != traveller or there is None:
        return False
    if there.key == place.key:
        return True
    return (
        place.place is not None
        and there.place is not None
        and gazetteer.contains(place.place, there.place)
    )


def _placed_in_time(trigger: Token) -> bool:
    if roles.told_by_copula(trigger) and any(
        word.ent_type_ == "DATE" for word in roles.prep_objects(trigger.head, "in", "on")
    ):
        return False  # "her last visit was in 2019": the copula tells when that trip was
    return trigger.pos_ in roles.NOUN_POS and any(
        c.dep_ == "amod" and c.lower_ in cue_words("time_adjective") for c in trigger.children
    )


def _timed_by_copula(trigger: Token) -> bool:
    """ "His previous visit to Lima was in November 2016", "... took place in June 2019": a
    trip that is the subject of "be" or "take place" is told its own time by it, whatever its
    adjective places it before or after; so is one with a time set off right after it ("her
    previous visit, in May 2017, was cut short")."""
    verb = trigger.head
    takes_place = verb.lemma_ == "take" and any(c.lower_ == "place" for c in verb.children)
    told = trigger.dep_ == "nsubj" and (verb.lemma_ == "be" or takes_place)
    return told or _time_set_off_after(trigger) or bool(_copula_hung_on_trip(trigger))


def _copula_hung_on_trip(trigger: Token) -> list[Token]:
    """ "Her previous visits to Kell as minister were in 2004 and 2009": the parse may hang the
    copula that tells the trip's time on the trip itself, or on the verb the trip is joined to."""
    copula = roles.copula_hung_on_trip(trigger)
    return [copula] if copula is not None else []


def _time_set_off_after(trigger: Token) -> bool:
    doc = trigger.doc
    after = trigger.right_edge.i + 1
    if after + 2 >= len(doc) or doc[after].text != "," or doc[after + 1].lower_ not in ("in", "on"):
        return False
    return doc[after + 2].ent_type_ == "DATE" and doc[after + 1].head.i == trigger.head.i


def _after_reported_verb(ent: Span, clause: Token) -> bool:
    """ "X said Y would meet A and B, in Lima on Friday": a date the parser hangs on the
    reporting verb, told after the reported clause's verb, is that clause's."""
    report = clause.head
    reported = clause.dep_ == "ccomp" and report.lemma_ in cue_words("reporting")
    return reported and report.i < clause.i < ent.start


def _may_lend_date(governor: Token, triggers: frozenset[int], clause: Token) -> bool:
    """A governing word lends its date unless it reports ("said on Friday that ...") or is
    another event, whose date it is; but an event told as the purpose of another happens on
    it: "traveled to Oslo on Sunday to meet Lund"."""
    if governor.lemma_ in cue_words("reporting"):
        # "said on Tuesday that ... and accused X": an act coordinated with the saying is its
        # speaker's own, at the same time; a reported clause has its own.
        return clause.dep_ == "conj" and clause.head.i == governor.i
    # "will be in Galway on March 18 and will then travel to Cork": what follows is later.
    if clause.dep_ == "conj" and any(c.lower_ in SEQUEL_WORDS for c in clause.children):
        return False
    return (
        governor.i not in triggers
        or _purpose_of(clause, governor)
        or _when_of(clause, governor)
        or _measured_from(clause, governor)
        or _followed_on(clause, governor)
        or where_of(clause, governor)
        or (clause.i in triggers and _told_alongside(clause, governor))
    )


def where_of(clause: Token, governor: Token) -> bool:
    """ "Will visit Oslo on Friday, where he is due to tour a port": a "where" clause on the
    place of an event tells what is done there on that occasion, on its date."""
    opened = next((w for w in [clause, *clause.ancestors] if _opened_by_where(w)), None)
    if opened is None:
        return False
    word = opened.head
    while word.i != governor.i and word.dep_ in PLACE_LINKS and word.head.i != word.i:
        if word.dep_ == "pobj" and word.head.lower_ == "from":
            # "arrived in Suva on Sunday from Apia, where ...": what was done where the
            # traveller came from was done before the arrival, not on its day.
            return False
        word = word.head
    return word.i == governor.i


def _opened_by_where(word: Token) -> bool:
    where = any(c.lower_ == "where" and c.dep_ == "advmod" for c in word.children)
    return where and word.dep_ in ("relcl", "advcl")


def _measured_from(clause: Token, governor: Token) -> bool:
    """ "Was received on Wednesday, hours after he held talks with X", "a day after": a clause
    set a measured time before or after a dated event is timed from that event's date."""
    if clause.dep_ != "advcl" or clause.head.i != governor.i:
        return False
    marked = any(c.dep_ == "mark" and c.lower_ in ("after", "before") for c in clause.children)
    measures = roles.children(clause, "npadvmod")
    return marked and any(m.lemma_ in MEASURED_SPANS for m in measures)


def _followed_on(clause: Token, governor: Token) -> bool:
    """ "Signed a deal on Monday, after X held talks with Y", "welcomed him this morning before
    the two held talks": what a dated event followed on or led into, told in the simple past
    with no span between them, is of its day ("had held" is earlier)."""
    if clause.dep_ != "advcl" or clause.head.i != governor.i or clause.tag_ != "VBD":
        return False
    own = [c for c in clause.children if c.dep_ in ("mark", "aux", "npadvmod")]
    return [c.lower_ for c in own] in (["after"], ["before"])


def _when_of(clause: Token, governor: Token) -> bool:
    """ "Visited Norway in 2014, when he attended a forum in Narvik": a "when" clause tells
    what happened on the occasion of the event it hangs from, on its date."""
    said_when = any(c.lower_ == "when" and c.dep_ == "advmod" for c in clause.children)
    return said_when and clause.dep_ == "advcl" and clause.head.i == governor.i


def _told_alongside(clause: Token, governor: Token) -> bool:
    """ "arrived in Oslo on Thursday, pledging support for Norway": an event told as a bare
    participle beside another happens with it (not "after meeting X", which has a word of its
    own, nor "resulting in the deployment", whose event is not the participle)."""
    own_words = any(c.dep_ in ("mark", "nsubj", "nsubjpass", "aux") for c in clause.children)
    return (
        clause.head.i == governor.i
        and clause.dep_ == "advcl"
        and clause.tag_ == "VBG"
        and not own_words
    )


def _purpose_of(clause: Token, governor: Token) -> bool:
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    return clause.head.i == governor.i and clause.dep_ in ("advcl", "xcomp", "acl") and infinitive


def _refers_back_in_time(sentence: Span, article: str, kind: CueKind) -> bool:
    said = article[sentence.start_char : sentence.end_char].lower()
    text = f" {' '.join(_WORDS.findall(said))} "
    return any(f" {phrase} " in text for phrase in cue_words(kind))


def _happened_during(
    chain: list[Token], reading: Reading, mention: Mention, earlier: list[Mention]
) -> int | None:
    """The trigger of the event this one happened during: "signed ... during Lund's visit".
    "During the talks" with no parties of its own is the latest talks told before that one of
    this mention's parties took part in."""
    by_states = mention.type in STATE_TYPES
    preps = (*WHILE_PREPS, *AFTER_PREPS) if by_states else WHILE_PREPS
    # "invited Y to visit X during the talks": the parser may hang the time on the visit.
    invited = list(roles.children(chain[0], "xcomp")) if mention.type == "invitation" else []
    # "After the talks, the two leaders watched officials sign ...": the signing is when its
    # witnesses watch it.
    watched = [w.head for w in roles.signing_witnesses(chain[0])][:1]
    for token in [*chain, *invited, *watched]:
        for obj in roles.prep_objects(token, *preps):
            if obj.lower_ == "which" and token.dep_ == "relcl":
                obj = token.head  # "held talks ..., after which the two leaders witnessed"
            if mention.status is EventStatus.OCCURRED:
                obj = _occasion_of_part(obj, reading)
            if _bare_sidelines(obj):
                gathering = _gathering_told_last(obj, mention, earlier)
                if gathering is not None:
                    return gathering
            if obj.i not in reading.triggers:
                continue
            if not _is_definite(obj):
                return obj.i
            # "During the talks" read as a mention of its own still refers back to talks told
            # before, which carry the date; the phrase itself has none.
            # "Talks ... the summit in Oslo ... will host Y at the summit": the phrase names
            # the occasion by its noun, so an earlier mention by that noun wins over talks.
            parties = _participants(mention)
            told = [
                (_same_noun(m.trigger, obj), len(_participants(m) & parties), m.trigger.i)
                for m in earlier
                if m.type == reading.trigger_types[obj.i]
                and m.trigger.i < obj.i
                and not _participants(m).isdisjoint(parties)
            ]
            if not told and by_states:
                # States sign at their leaders' talks: the latest talks told.
                told = [
                    (_same_noun(m.trigger, obj), 0, m.trigger.i)
                    for m in earlier
                    if m.type == reading.trigger_types[obj.i] and m.trigger.i < obj.i
                ]
            if not told:
                # "On the margins of the summit, X met Y": the summit told before, whoever
                # held it, is the one a definite phrase refers back to.
                told = [
                    (_same_noun(m.trigger, obj), 0, m.trigger.i)
                    for m in earlier
                    if m.type == reading.trigger_types[obj.i]
                    and m.trigger.sent.start < obj.sent.start
                ]
            # The talks shared by most of the parties, then the latest.
            return max(told)[2] if told else obj.i
    return None


def _bare_sidelines(word: Token) -> bool:
    """ "On the sidelines, X met Y": the edge of a gathering the phrase does not name."""
    named = any(c.dep_ == "prep" and c.lower_ == "of" for c in word.children)
    return word.lower_ in cue_words("sidelines") and _is_definite(word) and not named


def _gathering_told_last(edge: Token, mention: Mention, earlier: list[Mention]) -> int | None:
    """The gathering a bare "on the sidelines" is the edge of, when its sentence names none:
    the latest talks told alike in an earlier sentence among several parties or named as a
    gathering, one the mention's own parties took part in when any did."""
    sentence = mention.trigger.sent
    told_first = sentence.doc[sentence.start : edge.i]
    if any(word.lemma_.lower() in cue_words("gathering") for word in told_first):
        return None  # "will attend the summit and could meet Y on the sidelines"
    start = sentence.start
    gatherings = [
        m
        for m in earlier
        if m.type == "meeting"
        and m.trigger.i < start
        and m.status is mention.status
        and (len(m.counterparts) >= 2 or m.trigger.lemma_.lower() in cue_words("gathering"))
    ]
    parties = _participants(mention)
    shared = [m for m in gatherings if not _participants(m).isdisjoint(parties)]
    told = shared or gatherings
    return told[-1].trigger.i if told else None


def _occasion_of_part(word: Token, reading: Reading) -> Token:
    """ "On the sidelines of the summit", "during the second day of the visit": a part of an
    occasion happened during the occasion (one still expected may fall on any of its days);
    but "on the eve of" it is the day before."""
    if word.i in reading.triggers or word.lemma_ in SHIFTING_PARTS:
        return word
    occasions = [o for o in roles.prep_objects(word, "of") if o.i in reading.triggers]
    return occasions[0] if occasions else word


def _same_noun(trigger: Token, phrase: Token) -> bool:
    return trigger.lemma_.lower() == phrase.lemma_.lower()


def _date_by_stay_told_first(mention: Mention, reading: Reading, earlier: list[Mention]) -> None:
    """ "In Bergen she will meet X and visit Y": an undated doing of a sentence that opens on
    a place happens during the actor's dated stay there told before, on its date."""
    sentence = mention.trigger.sent
    opener = sentence[0]
    if mention.date is not None or opener.lower_ != "in" or mention.type not in STAY_TYPES:
        return
    places = (reading.table.at(word) for word in roles.children(opener, "pobj"))
    place = next((p for p in places if p is not None and p.label in PLACE_LABELS), None)
    if place is None:
        return
    stays = [
        m
        for m in earlier
        if m.type == "visit"
        and m.date is not None
        and m.location is not None
        and m.location.key == place.key
        and m.actor.referent.key == mention.actor.referent.key
        and m.trigger.i < sentence.start
    ]
    if stays:
        mention.date = stays[-1].date
        mention.location = mention.location or place


def _date_of_arrival_also_told(
    mention: Mention, chain: list[Token], earlier: list[Mention]
) -> None:
    """ "Y will arrive in Vik on Monday. Z is also due in the city": an undated trip told
    "also" joins the dated trip to the same place told just before, on its date."""
    if mention.date is not None or mention.type != "visit" or mention.location is None:
        return
    said = [*chain, chain[-1].head]
    if not any(c.lower_ == "also" for word in said for c in roles.children(word, "advmod")):
        return
    told = [m for m in earlier if m.type == "visit" and m.trigger.i < mention.trigger.i]
    last = told[-1] if told else None
    if last is None or last.location is None or last.date is None:
        return
    if last.location.key == mention.location.key:
        mention.date = last.date


def _participants(mention: Mention) -> frozenset[str]:
    return frozenset([mention.actor.referent.key, *(ref.key for ref in mention.counterparts)])


def _is_definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in noun.children)


def sentence_sources(sentence: Span, table: EntityTable) -> list[tuple[Token, list[Referent]]]:
    """Each reporting word of the sentence with who it names as the source: "TASS reported",
    "according to Yonhap", "quoting X"."""
    found: list[tuple[Token, list[Referent]]] = []
    for token in sentence:
        if token.lemma_ not in cue_words("reporting") or token.pos_ not in ("VERB", "NOUN"):
            continue
        if token.lemma_ == "accord":
            words = list(roles.prep_objects(token, "to"))
        else:
            words = list(roles.children(token, "nsubj"))
            if token.lemma_ in ("quote", "cite"):
                words += roles.children(token, "dobj")
        refs = roles.referents(words, table, names_only=True)
        named = [ref for ref in refs if ref.label in ("ORG", "PERSON", "GPE")]
        if token.lemma_ == "tell" and not named:
            # "a source told Interfax": told by no one named, the organisation told is the
            # report's channel ("the minister told Parliament" is the minister's).
            told = roles.referents(list(roles.children(token, "dobj", "dative")), table)
            named = [ref for ref in told if ref.label == "ORG"]
        if named:
            found.append((token, named))
    return found


def attribution(trigger: Token, sources: list[tuple[Token, list[Referent]]]) -> list[Referent]:
    """The sources whose report holds the trigger: not a speaker whose own doings are only told
    beside the report ("Moen, who visited Oslo, told reporters ...")."""
    found: list[Referent] = []
    for report, refs in sources:
        if reports_on(report, trigger):
            found += (ref for ref in refs if ref not in found)
    return found


# How a reporting word reaches what it reports: "said (that) X visited", "reported the visit",
# "X visited Oslo, TASS said" parsed either way round.
REPORTED_LINKS = frozenset({"ccomp", "xcomp", "parataxis", "dobj", "dep"})
REPORT_ATTACHMENTS = frozenset({"ccomp", "parataxis", "dep", "conj"})


def reports_on(report: Token, trigger: Token) -> bool:
    """Whether the reporting word's report holds the trigger. The report's own circumstances are
    not its content: its subject and the subject's clauses ("Moen, who met Jones last week,
    said ..."), its prepositions ("said after talks with Jones"), a participle beside it
    ("Speaking after meeting Jones, Moen said")."""
    if report.lemma_ == "accord" or report.i == trigger.i:
        return True
    step = _child_towards(report, trigger)
    if step is not None and _told_clause_hung_on_closing_report(step, report, trigger):
        return True
    if step is not None:
        if step.dep_ == "advcl":
            # A finite clause hung as a modifier is a misparsed "said (that) ...".
            return any(c.dep_ in ("nsubj", "nsubjpass") for c in step.children)
        return step.dep_ in REPORTED_LINKS
    # The report hangs below the trigger's clause ("X visited Oslo, TASS said"), unless it is
    # told as an aside of the event ("held talks, with Lund saying he hoped ...").
    if _closes_sentence(report, trigger):
        return True
    word = report
    while word.head.i != word.i and not _dominates(word.head, trigger):
        if not _attaches_report(word):
            return False
        word = word.head
    return _attaches_report(word)


def _told_clause_hung_on_closing_report(step: Token, report: Token, trigger: Token) -> bool:
    """ "X will fly to Oslo, before flying on to Brno, the ministry said": the parser may hang
    the clause after the first comma on the report that closes the sentence; it is told by
    the report like the rest. A clause opening the sentence is the report's own
    circumstance ("After meeting Jones, Moen said ...")."""
    if step.dep_ != "prep" or step.left_edge.i == report.sent.start:
        return False
    branch = set(step.subtree)
    words = [word for word in report.subtree if word not in branch and not word.is_punct]
    first = words[0]
    rest = report.doc[words[-1].i + 1 : report.sent.end]
    return (
        step.i < first.i
        and report.doc[first.i - 1].text == ","
        and all(token.is_punct or token.is_space for token in rest)
    )


def _attaches_report(word: Token) -> bool:
    if word.dep_ == "advcl":
        # "X will travel to Oslo, the ministry said": a finite clause of its own, not an
        # aside of the event ("after Moen said ...").
        has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children)
        return has_subject and not any(c.dep_ == "mark" for c in word.children)
    return word.dep_ in REPORT_ATTACHMENTS


def _closes_sentence(report: Token, trigger: Token) -> bool:
    """ "..., Home Affairs Minister X announced on Thursday.": a report set off by a comma at
    the end of the sentence tells the whole sentence, wherever the parser hangs it."""
    words = list(report.subtree)
    first, last = words[0], words[-1]
    sentence = report.sent
    rest = report.doc[last.i + 1 : sentence.end]
    return (
        trigger.i < first.i
        and first.i > sentence.start
        and report.doc[first.i - 1].text == ","
        and all(token.is_punct or token.is_space for token in rest)
    )


def _child_towards(head: Token, word: Token) -> Token | None:
    """The child of `head` whose subtree holds `word`, or None when `head` does not govern it."""
    for ancestor in [word, *word.ancestors]:
        if ancestor.head.i == head.i and ancestor.i != head.i:
            return ancestor
    return None


def _dominates(head: Token, word: Token) -> bool:
    return head.i == word.i or any(a.i == head.i for a in word.ancestors)
