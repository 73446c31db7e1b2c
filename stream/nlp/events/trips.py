"""Trips of the story: status from the verb's form, invitations taken up, the first day of
a stay, and the stop or place of a trip taken.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Token

from stream.contracts import DatePrecision, EventDate, EventStatus
from stream.nlp.dates import resolve_date, shifted_by_days
from stream.nlp.doctext import all_children, words_of
from stream.nlp.entities.matchers import PLACE_LABELS
from stream.nlp.entities.table import EntityTable, Referent
from stream.nlp.events.dates_told_before import _perfect
from stream.nlp.events.gatherings import is_day, own_date
from stream.nlp.events.mention import (
    FINITE_TAGS,
    ORDINAL_DAYS,
    OTHER_CLAUSE_LINKS,
    STAY_TYPES,
    TRIP_NOUNS,
    Mention,
    Reading,
    _within,
)
from stream.nlp.events.records import becomes, is_definite, is_trigger
from stream.nlp.events.status import _anchor, resolve_told, status_cue
from stream.nlp.lexicon import cue_words
from stream.nlp.roles import stops
from stream.nlp.roles.appositions import referents
from stream.nlp.roles.companions import co_subjects
from stream.nlp.roles.guests import is_welcome
from stream.nlp.roles.met_parties import invitees, reason_of_a_trip
from stream.nlp.roles.stops import carrying_verb
from stream.nlp.roles.syntax import NOUN_POS, children, clause_chain, prep_objects


def _record_set_by(trigger: Token) -> Token | None:
    """ "Became the first leader to visit Quito": the verb that tells the record set, and so
    when the trip its infinitive names was made."""
    head = trigger.head
    if trigger.dep_ == "xcomp" and head.lemma_ == "become":
        return head
    return head.head if trigger.dep_ in ("acl", "relcl") and becomes(head) else None


def status_told(cue: tuple[str, int] | None, speech: Token | None, trigger: Token) -> EventStatus:
    """The status a cue word gives, else the one the leg or the verb's form tells."""
    if cue is not None:
        return EventStatus(cue[0])
    if speech is None and _on_a_leg_gone_on_to(trigger):
        return EventStatus.PLANNED
    trip = _trip_a_purpose_goes_on_from(trigger) if speech is None else None
    if trip is not None:
        return status_told(status_cue(clause_chain(trip)), None, trip)
    return _status_from_form(speech or trigger)


def _trip_a_purpose_goes_on_from(trigger: Token) -> Token | None:
    """ "Will fly to Kell to see X, and go on to Vik on Sunday": the parser may join the next
    leg to the purpose ("to see") rather than to the trip; the bare verb shares the purpose's
    "to", and so is timed as the trip the purpose is of ("will fly"), not told done."""
    purpose = trigger.head
    joined = trigger.dep_ == "conj" and trigger.tag_ == "VB" and purpose.tag_ == "VB"
    if not joined or purpose.dep_ != "advcl" or purpose.head.i == purpose.i:
        return None
    told_as_purpose = any(c.dep_ == "aux" and c.lower_ == "to" for c in all_children(purpose))
    return purpose.head if told_as_purpose and purpose.head.pos_ == "VERB" else None


def _on_a_leg_gone_on_to(trigger: Token) -> bool:
    """ "He then flies on to Vik for the summit hosted by X", "... and goes on to Kel
    afterwards": a further leg told in the simple present is the next item of the trip's
    schedule, still ahead, and so is what it is made for (a bare present otherwise tells a
    trip made)."""
    chain = clause_chain(trigger)
    # "The royal couple go on to Kell": the parser may tag a plural present as the base form.
    leg = next((w for w in chain if w.tag_ in FINITE_TAGS or _present_read_as_base(w)), None)
    if leg is None or any(w.dep_ in OTHER_CLAUSE_LINKS for w in chain[: chain.index(leg)]):
        return False
    # "Goes on to Kell on Tuesday and makes a brief stop at Vik": a present verb joined to the
    # leg gone on to is the next item of the same schedule.
    if leg.dep_ == "conj" and leg.head.tag_ == leg.tag_ and scheduled_present(leg, "visit"):
        leg = leg.head
    going_on = any(
        c.dep_ in ("prt", "advmod") and c.lower_ in cue_words("going_on") for c in all_children(leg)
    )
    return going_on and leg.lemma_ in cue_words("motion") and scheduled_present(leg, "visit")


def fellow_doers(trigger: Token, table: EntityTable, event_type: str) -> list[Referent]:
    """Those coordinated with the actor, who do it beside them. Not at a welcome: those who
    welcome together, or are welcomed together, are one side of it ("was greeted by A and B",
    "A and B were welcomed at the palace"), never each other's counterparts."""
    if event_type == "meeting" and is_welcome(trigger):
        return []
    if event_type == "invitation" and trigger.pos_ in NOUN_POS:
        # "At the invitation of A and of B", "an invitation from A and B": each asked. One
        # read as the traveller asked ("the Head of State" a pope is too) asks no one.
        asked = {ref.key for ref in referents(invitees(trigger), table)}
        givers = referents(list(prep_objects(trigger, "from", "of")), table)
        return [ref for ref in givers if ref.key not in asked]
    return co_subjects(trigger, table, event_type)


def date_read_here(
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
    # "In the afternoon she flies to Lorn, where she opens a fair on Thursday", "flew on to
    # Vik in the afternoon, for a summit on Friday": a trip timed by a part of the day alone
    # is made on the day the story has reached, which the story around tells; a day told in
    # the sentence is that of what is done at the place.
    if (
        event_type == "visit"
        and _main_clause(chain[-1])
        and timed_by_part_of_day_alone(chain, reading)
    ):
        return None
    stay = _date_told_where(event_type, trigger, reading, future=future)
    date = _first_day_of_stay(trigger, own_date(timed, speech, reading, future=future))
    # "Will fly tonight to Lima, where she holds talks on Wednesday": the day set off on is
    # not the day of the stay, which the day told for what is done there gives. A departure
    # already made is told by its own day ("flew on Thursday to Vik, where Y received him on
    # Friday"): the day the parse hangs on its verb, not the one of the "where" clause.
    made = not future and trigger.tag_ in ("VBD", "VBN")
    if is_day(stay) and not made and trigger.lemma_ in cue_words("setting_off"):
        return stay
    return date or _date_of_trip_carried_on(timed, chain, reading, future=future) or stay


def _main_clause(verb: Token) -> bool:
    """A clause hung on no other (nor a verb joined to one): "X, who arrived in the afternoon"
    is hung on the clause whose day it shares."""
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def timed_by_part_of_day_alone(chain: list[Token], reading: Reading) -> bool:
    """ "In the afternoon he flew on", "that evening they drove to Lorn": the clause is timed
    by a part of a day ("afternoon", "midday") in a phrase of its own verb, and no date
    phrase of the clause names a day ("on Tuesday afternoon" does)."""
    parts = cue_words("day_part")
    timing = [
        word
        for verb in chain
        for child in all_children(verb)
        for word in ([child] if child.dep_ == "npadvmod" else children(child, "pobj"))
        if child.dep_ in ("npadvmod", "prep") and word.lower_ in parts
    ]
    if not timing:
        return False
    told = _within(reading.dates, chain[0].sent)
    return not any(
        _anchor(ent) in chain and resolve_date(ent.text, reading.published) is not None
        for ent in told
    )


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
    date = own_date(chain, None, reading, future=future)
    return date if date is not None and date.precision is not DatePrecision.DAY else None


def timed_as_its_trip(mention: Mention, earlier: list[Mention]) -> Mention:
    """ "Travelled to Delhi in June to attend the swearing-in", "flew to Lima on Monday to meet
    X": a trip's purpose is no event still ahead of the trip; it is told at the trip's time and
    status. Talks that name nobody met ("A and B travelled to Lima to meet") are among the
    trip's travellers."""
    trigger = mention.trigger
    if mention.type not in STAY_TYPES or trigger.dep_ not in ("advcl", "xcomp"):
        return mention
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in all_children(trigger)):
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


def stop_of_the_trip_told(mention: Mention, reading: Reading) -> Mention:
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
        trip = next((c for c in all_children(trigger.head) if c.dep_ == "nsubj"), trigger)
    told = trip.dep_ in ("nsubj", "nsubjpass") and trip.lemma_ in TRIP_NOUNS
    owned = any(c.dep_ == "poss" for c in all_children(trip))
    return trip if told and (owned or is_definite(trip)) else None


def as_taken_up(mention: Mention, reading: Reading, earlier: list[Mention]) -> Mention:
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
    trips = [carrier, *(c for c in all_children(carrier) if c.dep_ == "dobj")]
    places = (
        stops.location(trip, reading.table, "visit", reading.dateline_end)
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


def _first_day_of_stay(trigger: Token, date: EventDate | None) -> EventDate | None:
    """ "Held talks on Wednesday, the second day of a state visit": the day told is that far
    into the stay, which began that many days before. ("The first full day" is left alone.)"""
    day = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" else None
    if date is None or day is None or day.lemma_ != "day":
        return date
    ordinals = [c.lower_ for c in all_children(day) if c.dep_ == "amod"]
    if len(ordinals) != 1 or ordinals[0] not in ORDINAL_DAYS:
        return date
    return shifted_by_days(date, 1 - ORDINAL_DAYS[ordinals[0]], date.text)


def _date_told_where(
    event_type: str, trigger: Token, reading: Reading, *, future: bool
) -> EventDate | None:
    """ "A state visit to Ruritania, where she opened a bridge on May 4", "flew to Lima for
    talks on Tuesday": what the traveller did at the place of the trip, or the day of what
    they went there for, dates the stay there. ("For the 2019 summit" names the summit.)"""
    if event_type != "visit":
        return None
    gone_for = {word.i for word in prep_objects(trigger, "for")}
    # "Left Quito for Lima, where ...": a place gone for is where the stay is; an occasion gone
    # for ("for the forum, where he spoke last year") is no place of the stay.
    places = [
        *prep_objects(trigger, "to", "in"),
        *(word for word in prep_objects(trigger, "for") if names_place(word, reading)),
        *children(trigger, "dobj"),
    ]
    done_there = {
        clause.i
        for place in places
        for clause in children(place, "relcl")
        if any(c.lower_ == "where" for c in all_children(clause) if c.dep_ == "advmod")
    }
    told = _within(reading.dates, trigger.sent)
    for ent in told:
        clause = _clause_of(_anchor(ent)).i
        if clause not in done_there | gone_for:
            continue
        resolved = resolve_told(ent, told, reading.dates, reading.published, future=future)
        if (clause in done_there and resolved is not None) or is_day(resolved):
            return resolved
    return None


def names_place(word: Token, reading: Reading) -> bool:
    found = reading.table.at(word)
    return found is not None and found.label in PLACE_LABELS


def _clause_of(word: Token) -> Token:
    """The clause a verb's complement belongs to: "where she is scheduled to hold talks" is
    the clause of "scheduled"."""
    while word.dep_ == "xcomp" and word.head.i != word.i:
        word = word.head
    return word


def _invitation_taken_up(trigger: Token) -> bool:
    """ "At the invitation of X", "Y has accepted X's invitation": the invitation was made
    before, when the text does not say; "Y accepted an invitation" at dated talks was made
    there."""
    if trigger.lemma_ != "invitation" or trigger.pos_ != "NOUN":
        return False
    head = trigger.head
    return reason_of_a_trip(trigger) or (
        trigger.dep_ == "dobj" and head.lemma_ in cue_words("acceptance") and _perfect(head)
    )


def _status_from_form(trigger: Token) -> EventStatus:
    """Without a cue word, an infinitive ("to visit") looks ahead; anything else happened. A
    stance taken by pledging or vowing ("pledged to support X") is taken already."""
    infinitive = any(c.lower_ == "to" and c.dep_ == "aux" for c in all_children(trigger))
    if _listed_in_an_itinerary(trigger) or _told_due(trigger):
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
    listed = trigger.pos_ in NOUN_POS and trigger.dep_ in ("dobj", "nsubj")
    return listed and verb.lemma_ == "include" and verb.tag_ in ("VBZ", "VBP")


def _told_due(trigger: Token) -> bool:
    """ "Is due in Kell today", "was due in Vik on Tuesday": one told due somewhere is
    expected there, not yet arrived, whatever the tense of the copula."""
    return trigger.lemma_.lower() == "due" and trigger.dep_ == "acomp"


def scheduled_present(trigger: Token, event_type: str) -> bool:
    """ "He flies to Oslo on Sunday", "meets Lund on Monday": a trip or talks told in the
    simple present are on the schedule, so their weekday lies ahead. Not in a caption, whose
    present tells the picture ("PHOTO: X welcomes Y on Tuesday")."""
    # The parser may cut "PHOTO:" off as a sentence of its own.
    start = max(trigger.sent.start - 1, 0)
    labelled = any(t.text == ":" for t in words_of(trigger.doc)[start : trigger.i])
    # "The tour takes him to Oslo on Friday": the verb that carries a trip tells its time.
    trigger = _gathering_of_participle(trigger) or trigger
    trigger = (
        carrying_verb(trigger)
        or stops.stage_told(trigger)
        or _trip_made_for(trigger)
        or _verb_told_in(trigger)
    )
    return (
        event_type in ("visit", "meeting")
        and trigger.pos_ == "VERB"
        and (trigger.tag_ in ("VBZ", "VBP") or _present_read_as_base(trigger))
        and not any(c.dep_ in ("aux", "auxpass") for c in all_children(trigger))
        and not labelled
    )


def _gathering_of_participle(trigger: Token) -> Token | None:
    """ "Travels to Kell for a summit hosted by X", "attends talks hosted by X": a participle
    hung on the gathering it tells of has no tense of its own; the gathering's is its tense."""
    if trigger.dep_ != "acl" or trigger.tag_ != "VBN" or trigger.head.pos_ not in NOUN_POS:
        return None
    return trigger.head


def _present_read_as_base(verb: Token) -> bool:
    """ "The next legs of the tour take him to Kell on Sunday": the parser may tag a plural
    present as the base form; with a subject of its own and no auxiliary it is still finite."""
    return verb.tag_ == "VB" and any(c.dep_ == "nsubj" for c in all_children(verb))


def _verb_told_in(trigger: Token) -> Token:
    """The verb whose tense a trigger without one of its own is told in: "holds talks with Lund
    on Thursday", "ends his tour in Vik on Friday" (talks or a trip as a verb's object), and
    "flies to Kell tomorrow before moving on to Vik on Friday" (a gerund hung on the verb)."""
    governor = trigger.head.head if trigger.dep_ == "pcomp" else trigger.head
    # Not "the visit follows the talks of June 26": what a verb of sequence takes is another
    # event, at a time of its own.
    held = trigger.pos_ in NOUN_POS and trigger.dep_ == "dobj" and _does(governor)
    gerund = trigger.tag_ == "VBG" and trigger.dep_ in ("pcomp", "advcl")
    if (held or gerund) and governor.pos_ == "VERB" and not any(children(trigger, "aux")):
        return governor
    return trigger


def _does(verb: Token) -> bool:
    """A verb that holds, pays, begins, ends or attends what its object names: "holds talks",
    "has talks", "pays a visit", "ends his tour", "attends a summit"."""
    doing = cue_words("gathering_held") | cue_words("visit_paid") | cue_words("trip_stage")
    doing |= cue_words("attendance")
    return verb.lemma_ in doing or verb.lemma_ == "have"


def _trip_made_for(noun: Token) -> Token | None:
    """ "Flies to Kell on Tuesday for a two-day visit", "travels to Kell for a summit": the
    trip a visit or gathering told after "for" is made for, whose tense is the noun's."""
    if noun.pos_ not in NOUN_POS or noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    verb = noun.head.head
    return verb if verb.pos_ == "VERB" and is_trigger(verb) else None
