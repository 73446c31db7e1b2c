"""Earlier trips a mention recalls: predecessors, the date and place of an earlier trip, and
travellers counting their trips.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from stream.contracts import EventDate, EventStatus
from stream.nlp import gazetteer
from stream.nlp.dates import resolve_date
from stream.nlp.doctext import all_children, text_of
from stream.nlp.entities.table import EntityTable, Referent
from stream.nlp.events.arrival_sites import at_arrival_site
from stream.nlp.events.dates import told_when
from stream.nlp.events.mention import Mention, Reading
from stream.nlp.events.records import earlier_traveller, may_be_person, record_measured
from stream.nlp.events.status import explicit_date, status_cue
from stream.nlp.events.stays import paying_verb
from stream.nlp.events.undone import place_of_record
from stream.nlp.lexicon import cue_words
from stream.nlp.roles import actors
from stream.nlp.roles.actors import sequence_governor, speech_verb
from stream.nlp.roles.guests import is_welcome
from stream.nlp.roles.reference import referent
from stream.nlp.roles.stops import carrying_clause
from stream.nlp.roles.syntax import Role, children, clause_chain, prep_objects


def talked_on_at_told_talks(trigger: Token, reading: Reading) -> bool:
    """ "The summit began in the castle. The two leaders talked for three hours": talking with
    no one named to talk with, beside talks just told, tells how those talks went, not another
    round. A welcome is no such talks, however near: "X welcomed them at the Kremlin, where
    the two then talked" tells the talks that followed it."""
    talking = trigger.pos_ == "VERB" and trigger.lemma_ in ("speak", "talk", "confer", "chat")
    if not talking or any(prep_objects(trigger, "with")):
        return False
    told = (i for i, kind in reading.trigger_types.items() if kind == "meeting" and i != trigger.i)
    talks = (trigger.doc[i] for i in told if not _a_greeting(trigger.doc[i]))
    return any(_same_or_next_sentence(word, trigger) for word in talks)


def _a_greeting(word: Token) -> bool:
    """ "Welcomed them", "were met at the airport by X": a guest's welcome, not talks."""
    return is_welcome(word) or at_arrival_site(word)


def _same_or_next_sentence(first: Token, then: Token) -> bool:
    """Told in one sentence, or in the one just before within the paragraph."""
    start = then.sent.start
    before = then.doc[start - 1].sent.start if start > 0 else start
    span = text_of(then.doc)[first.sent.start_char : then.sent.start_char]
    return first.sent.start in (start, before) and "\n" not in span


def time_clause(trigger: Token, chain: list[Token]) -> list[Token]:
    """The words that tell when and whether it happens. "Landed on Monday at the start of a
    tour that will bring her to X on Friday": the stops a relative clause tells are in its
    tense and on its dates, not on those of the clause the trip is mentioned in. A trip that
    names its own place ("a stay in X that will bring her to Y") is of that clause's time."""
    clause = carrying_clause(trigger)
    own_place = any(prep_objects(trigger, "to", "in", "of"))
    return [clause] if clause is not None and not own_place else chain


def sequence_cue(trigger: Token) -> tuple[str, int] | None:
    """ "Will fly to X on Monday before driving on to Y": a clause of time behind "before" or
    "after" is told in the tense of the clause it hangs from."""
    governor = sequence_governor(trigger)
    found = status_cue(clause_chain(governor)) if governor is not None else None
    return (found[0], 1) if found is not None and found[0] != "negated" else None


def actor_told(
    event_type: str, trigger: Token, reading: Reading
) -> tuple[Role | None, Token | None]:
    """Who a verb apart from the trigger names as its actor, and that verb: a stance's speaker
    ("X said Norway backs Y"), a record's holder ("the last to visit was X")."""
    if event_type == "statement":
        speaker = actors.speaker(trigger, reading.table)
        return speaker, speech_verb(trigger) if speaker is not None else None
    record = _last_to_make_it(trigger) if event_type == "visit" else None
    record = record or (_made_by(trigger) if event_type == "visit" else None)
    holder = _predecessor(record, trigger, reading.table) if record is not None else None
    return (Role(holder, from_parse=True) if holder else None), record


def _last_to_make_it(trigger: Token) -> Token | None:
    """ "The last Ruritanian monarch to visit Lome was Arno Vell, in 1911", "Arno Vell was the
    last Ruritanian monarch to visit Lome": the verb that names who made the trip the record
    tells of, and when."""
    # "The last leader to pay a state visit to Lome": the visit paid is the infinitive's.
    trigger = paying_verb(trigger)
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in all_children(trigger))
    if trigger.dep_ == "csubj" and trigger.head.lemma_ == "be":
        # "The last Secretary of State to visit Lome was X": the parser may make the ranked
        # noun the infinitive's subject and the infinitive the copula's.
        nouns = children(trigger, "nsubj")
        last = any(_ranked_last(noun) for noun in nouns)
        return trigger.head if to and last else None
    noun = trigger.head
    infinitive = trigger.dep_ in ("relcl", "acl") and to
    told = noun.dep_ in ("nsubj", "attr") and noun.head.lemma_ == "be"
    return noun.head if infinitive and _ranked_last(noun) and told else None


def _ranked_last(noun: Token) -> bool:
    """ "The last president", "the last sitting president": "last" before the ranked noun,
    on it or on a word that qualifies it (the parser may hang it on "sitting")."""
    return any(word.lower_ == "last" for word in noun.doc[noun.left_edge.i : noun.i])


def _made_by(trigger: Token) -> Token | None:
    """ "The last state visit by a Ruritanian king to Lome was made by Arno Vell": a trip made
    or paid by someone named after the verb is theirs, not the role phrase's."""
    verb = trigger.head
    made = trigger.dep_ == "nsubjpass" and verb.lemma_ in ("make", "pay")
    return verb if made and any(prep_objects(verb, "by")) else None


def _predecessor(verb: Token, trigger: Token, table: EntityTable) -> Referent | None:
    """Who the record's verb names, other than the record's own noun."""
    found = (referent(word, table) for word in _holder_words(verb, trigger))
    return next((ref for ref in found if ref is not None and ref.label == "PERSON"), None)


def _holder_words(verb: Token, trigger: Token) -> list[Token]:
    words = [*children(verb, "attr", "nsubj"), *prep_objects(verb, "by")]
    return [word for word in words if word != trigger.head]


def date_told_of_holder(verb: Token, trigger: Token, reading: Reading) -> EventDate | None:
    """ "The last Lorvian leader to visit Kell was Jan Olt, who addressed its parliament in
    June 2016": a record that dates no trip of its own is dated by what is told of its
    holder."""
    for word in _holder_words(verb, trigger):
        found = _date_of_earlier_trip(word, reading) if may_be_person(word) else None
        if found is not None:
            return found
    return None


def earlier_traveller_named(
    event_type: str, trigger: Token, table: EntityTable
) -> tuple[Token | None, Role | None]:
    """The word naming whose earlier trip a record measures itself against, and that person,
    None when the table knows no person by it."""
    traveller = earlier_traveller(trigger) if event_type == "visit" else None
    found = referent(traveller, table) if traveller is not None else None
    person = found is not None and found.label == "PERSON"
    return traveller, (Role(found, from_parse=True) if person else None)


def timed_as_earlier_trip(
    traveller: Token | None, reading: Reading, status: EventStatus, date: EventDate | None
) -> tuple[EventStatus, EventDate | None]:
    """The trip a record is measured against was made before it, on a date of its own; any
    other mention keeps its status and date."""
    if traveller is None:
        return status, date
    return EventStatus.OCCURRED, _date_of_earlier_trip(traveller, reading)


def place_of_earlier_trip(
    traveller: Token | None, trigger: Token, table: EntityTable, earlier: list[Mention]
) -> Referent | None:
    """Where an earlier trip its own phrase does not place went: to the record's place, else
    to the country of the story's trip the record is set by."""
    if traveller is None:
        return None
    record = record_measured(trigger)
    found = place_of_record(record, table) if record is not None else None
    return found or _country_of_first_trip(table, earlier)


def _date_of_earlier_trip(traveller: Token, reading: Reading) -> EventDate | None:
    """The date told with the earlier traveller: within the phrase that names them ("that of X,
    who was received in Lorn in July 2015", "X in 2000") or right after it ("since that of X
    in December 2007"); the record's own "since 1995" is not it."""
    if traveller.dep_ in ("nsubj", "nsubjpass") and told_when(traveller.head):
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
            return resolve_date(explicit_date(ent, reading.dates), reading.published)
    return None


def _record_of_clause(clause: Token) -> Token:
    """The record a "when" clause is told of, hung on it or on the time after its "since"."""
    told = clause.head
    if told.lemma_ == "be":
        # "The visit was the first since 2009, when X ...": the record is what the copula says.
        return next(iter(children(told, "attr")), told)
    return told.head.head if told.dep_ == "pobj" and told.head.lower_ == "since" else told


def _date_since(record: Token, reading: Reading) -> EventDate | None:
    times = {w.i for w in prep_objects(record, "since")}
    for ent in reading.dates:
        if any(word.i in times for word in ent):
            return resolve_date(explicit_date(ent, reading.dates), reading.published)
    return None


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


def place_of_an_earlier_trip(
    event_type: str, trigger: Token, dated: bool, reading: Reading, earlier: list[Mention]
) -> Referent | None:
    """ "His previous visit in March 2013", "the trip is her second to the country, after a
    state visit in 2016": a trip told as one before the story's own, with a date of its own
    and naming no place, was made to the country of the story's trip."""
    if event_type != "visit" or not dated or not _told_as_earlier_trip(trigger):
        return None
    # "Her only previous trip abroad" was to anywhere but home, not to the story's country.
    if any(c.lower_ == "abroad" for c in all_children(trigger)):
        return None
    return _country_of_first_trip(reading.table, earlier)


def _told_as_earlier_trip(trigger: Token) -> bool:
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    marks = cue_words("earlier_trip")
    if any(c.dep_ == "amod" and c.lower_ in marks for c in all_children(trigger)):
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
    near = [compared, *all_children(compared)]
    near += [c for word in near if word.dep_ == "attr" for c in all_children(word)]
    return next((w for w in near if w.ent_type_ == "ORDINAL" and w.i < trigger.i), None)


def traveller_counting_trips(trigger: Token, table: EntityTable) -> Role | None:
    """ "The trip is Lund's second to Ghana, after a visit in 2016": the one whose trips the
    ordinal counts made the earlier one, not whoever the sentence before told of."""
    ordinal = _ordinal_counting_in(trigger)
    if ordinal is None:
        return None
    owners = [*children(ordinal, "poss"), *children(ordinal.head, "poss")]
    found = (referent(owner, table) for owner in owners)
    person = next((ref for ref in found if ref is not None and ref.label == "PERSON"), None)
    return Role(person, from_parse=True) if person is not None else None


def trips_listed_after_a_record(mention: Mention, reading: Reading) -> list[Mention]:
    """ "The third Lorvian president to visit Ghana, after Jan Olt in 2003 and Piet Roos in
    2011": each person listed with a date beside the first earlier traveller made a trip of
    their own there, on that date (the parser hangs the list on the date or on the verb)."""
    traveller = earlier_traveller(mention.trigger) if mention.type == "visit" else None
    if traveller is None or not mention.date_is_own:
        return []
    trips = []
    for person, date in _dated_people_listed_after(traveller, reading):
        found = referent(person, reading.table)
        others = found is not None and found.key != mention.actor.referent.key
        if found is not None and found.label == "PERSON" and others:
            trips.append(replace(mention, actor=Role(found, from_parse=True), date=date))
    return trips


def _dated_people_listed_after(first: Token, reading: Reading) -> list[tuple[Token, EventDate]]:
    """The people of a list "A in 2003, B in 2007 and C in 2011" after its first, A, each with
    the date told right after them; the list ends at the first word that is none of these."""
    listed: list[tuple[Token, EventDate]] = []
    person: Token | None = None
    for word in first.doc[first.i + 1 : first.sent.end]:
        date = _date_starting_at(word, reading)
        if date is not None and person is not None:
            listed.append((person, date))
            person = None
        elif may_be_person(word):
            person = word  # the last word of the name, its head
        elif not (word.ent_type_ == "DATE" or word.lower_ in _LIST_WORDS):
            break
    return listed


# What may stand between the people and dates of a list: "A in 2003, and B in 2007".
_LIST_WORDS = frozenset({",", "and", "in", "on"})


def _date_starting_at(word: Token, reading: Reading) -> EventDate | None:
    ent: Span | None = next((ent for ent in reading.dates if ent.start == word.i), None)
    if ent is None:
        return None
    return resolve_date(explicit_date(ent, reading.dates), reading.published)
