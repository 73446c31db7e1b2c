"""`read_mention`: turning one trigger into a `Mention`, with its status given a date and
the ground a traveller left.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.attrs import POS
from spacy.parts_of_speech import AUX, VERB
from spacy.tokens import Doc, Token

from stream.contracts import DatePrecision, EventDate, EventStatus
from stream.nlp import gazetteer, groups
from stream.nlp.dates import resolve_date
from stream.nlp.doctext import all_children, ancestors_of, conjuncts_of, subtree_of
from stream.nlp.entities.matchers import PLACE_LABELS
from stream.nlp.entities.table import Referent, where_opening
from stream.nlp.events.arrival_sites import (
    gathering_place,
    place_received_as_group,
    signatory_states,
    visit_place_told_elsewhere,
)
from stream.nlp.events.dates import invited_by, invited_to
from stream.nlp.events.dates_told_before import (
    _visitors,
    carries_another,
    date_told_around,
    day_before_the_day_told,
    destination_misread,
    place_trip_was_to,
    story_day,
    weekday_of_the_day_after,
)
from stream.nlp.events.doings import (
    hosts_gone_along,
    other_stops_listed,
    place_of_doing,
    pronoun_of_another,
    stop_of_its_day,
    told_doing,
    town_of_the_trip,
)
from stream.nlp.events.earlier_trips import (
    actor_told,
    date_told_of_holder,
    earlier_traveller_named,
    place_of_an_earlier_trip,
    place_of_earlier_trip,
    sequence_cue,
    talked_on_at_told_talks,
    time_clause,
    timed_as_earlier_trip,
    traveller_counting_trips,
)
from stream.nlp.events.gatherings import date_of_hosting
from stream.nlp.events.greetings import group_parties, guests_told_as_a_group, is_audience
from stream.nlp.events.mention import SHARED_TYPES, Mention, Reading, _within
from stream.nlp.events.pairs import (
    host_of_invitation_accepted,
    hosting_attended_by_a_group,
    hosts_of_gathering_met_at,
    inviter_of_trip_taken_up,
    parties_named,
    state_giving_invitation,
    stood_for_by_state,
    travellers_of_craft,
)
from stream.nlp.events.places import (
    _location,
    date_of_gathering_come_for,
    date_of_unnamed_gathering,
    place_named,
    place_of_hosting,
)
from stream.nlp.events.records import is_definite, not_an_event
from stream.nlp.events.status import _anchor, status_cue
from stream.nlp.events.stays import stay_there
from stream.nlp.events.trip_parties import (
    call_paid_on_a_person,
    capitals_as_states,
    cue_of_going,
    date_of_acceptance,
    date_of_going,
    going_taking_up,
    hosts_no_guest,
    meal_attended_by,
    month_of_leg_before,
    place_of_the_pair,
    purpose_of_deployment,
    receiver_named_in_clause,
    receiver_told_before,
    sender_of_forces,
    traveller_named_by_of,
    traveller_of_the_trip,
    trip_reacted_to,
    visits_no_one,
)
from stream.nlp.events.trips import (
    as_taken_up,
    date_read_here,
    fellow_doers,
    scheduled_present,
    status_told,
    stop_of_the_trip_told,
    timed_as_its_trip,
    timed_by_part_of_day_alone,
)
from stream.nlp.events.undone import (
    arrival_from_only,
    arrival_greeted,
    border_passage,
    clause_status,
    per_actor,
    place_of_last_time,
)
from stream.nlp.events.visit_places import (
    date_of_trip_held_on,
    leg_for_talks,
    most_precise_visit_place,
    place_of_companion_trip,
    place_of_trip_held_on,
)
from stream.nlp.lexicon import cue_words
from stream.nlp.roles import actors
from stream.nlp.roles.actors import names_its_agent
from stream.nlp.roles.companions import (
    fellow_travellers,
    forces_subject,
    receiving_state,
    spouses_told_with_group,
    visitor_called_visiting,
)
from stream.nlp.roles.guests import guests_told_by, hosts_whose_guest, is_welcome
from stream.nlp.roles.met_parties import (
    clause_hosting_gathering,
    is_gathering,
    meets_someone_unnamed,
)
from stream.nlp.roles.owners import is_generic_body, is_town_or_region
from stream.nlp.roles.reference import nationality, referent
from stream.nlp.roles.syntax import (
    Role,
    children,
    clause_chain,
    craft_travelling,
    prep_objects,
)


def doings_abroad(doc: Doc, reading: Reading, earlier: list[Mention]) -> list[Mention]:
    """ "In Quito, the Norwegian premier laid a wreath", "celebrated Mass at the cathedral
    of Quito": what a person can only do where they are (a rite, a speech, a walk) tells a
    stay there, on its day, as talks do."""
    stays: list[Mention] = []
    # Only a verb tells a doing: its part of speech is read as one array, not a Token a word.
    # "Been" of "where he had been the guest of X" is an auxiliary to the tagger.
    verbs = (doc[i] for i, pos in enumerate(doc.to_array(POS).tolist()) if pos in (VERB, AUX))
    for verb in verbs:
        doing = told_doing(verb, reading)
        if not doing and not _guest_stay(verb, reading):
            continue
        chain = clause_chain(verb)
        left = _place_left_before_where(chain, reading)
        if left is None and not doing:
            continue  # a stay as a guest is read here only where a trip came from
        place = place_of_doing(verb, reading) or left
        if place is None:
            continue
        before = [m for m in earlier if m.trigger.i < verb.i]
        mention = read_mention("visit", verb, chain, reading, before)
        # A thing done at no time the story tells is what the person does, not a stop; one
        # told where a trip came from ("from Kell, where they spent a holiday") is a stop.
        undated = mention is not None and mention.date is None and left is None
        if mention is None or undated or not stop_of_its_day(mention, place, before):
            continue
        place = place if place.place is not None else town_of_the_trip(place, mention, before)
        if place is None:
            continue
        # "From Kell, where she spent a day": the pronoun is a traveller's, whom the clause of
        # a place left is kept to (`stranger_where_left`), whoever else was named before.
        if left is None and pronoun_of_another(verb, mention, reading):
            continue
        if left is not None and place.key == left.key:
            stays += map(_leg_before_arrival, per_actor(replace(mention, location=left)))
            continue
        for stop in [place, *other_stops_listed(verb, reading, place)]:
            doers = per_actor(replace(mention, location=stop, done_there=True))
            abroad = [stay for one in doers for stay in stay_there(one, chain, reading, doc)]
            stays += abroad + (hosts_gone_along(doers) if abroad else [])
    return stays


def leg_left_from(
    meeting: Mention, chain: list[Token], reading: Reading, earlier: list[Mention]
) -> list[Mention]:
    """ "Flew into Tarvia from Lima, where he had held talks with X": the place a traveller
    came from, where talks were held, is an earlier leg of the trip, a visit there on the
    talks' day. "Came from Lorvia, where X received him in Kell": the traveller is the one
    received, and the leg is to the town of the talks when it lies in the place left. So is
    one where the traveller signed a pact ("from Lima, where he signed a treaty with X")."""
    if meeting.type not in ("meeting", "agreement"):
        return []
    origin = next((word for word in map(_named_before_where, chain) if word is not None), None)
    # "From Lorn, Vestmark, where ...": the town, not the country told after it.
    origin = origin.head if origin is not None and origin.dep_ == "appos" else origin
    if origin is None or origin.dep_ != "pobj" or origin.head.lower_ != "from":
        return []
    trip = _trip_left_from(origin.head, reading)
    left = place_named(origin, reading)
    if trip is None or left is None:
        return []
    traveller = _traveller_left(trip, meeting, reading, earlier)
    if traveller is None:
        return []
    told_there = [verb for verb in chain if verb.i > origin.i]
    # "Arrived last night from Lorn, where he had held talks in the morning": that day's, also
    # when the story around had dated the talks to the day it has reached.
    if (meeting.date is None and _part_of_day_told(told_there)) or timed_by_part_of_day_alone(
        told_there, reading
    ):
        meeting.date = next((m.date for m in earlier if m.trigger.i == trip.i), meeting.date)
    town = meeting.location
    inside = town is not None and town.place is not None and same_ground(left, town)
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


def guest_stay_where_left(verb: Token, reading: Reading) -> bool:
    """ "Flew in from Kell, where he had been the guest of X": a stay as a guest told of a place
    a trip came from, read here as the leg before the arrival, whatever trigger it has."""
    if not guests_told_by(verb) or not _guest_stay(verb, reading):
        return False
    return _place_left_before_where(clause_chain(verb), reading) is not None


def _guest_stay(verb: Token, reading: Reading) -> bool:
    """ "From Kell, where he had been the guest of President X": a "where" clause telling
    whose guest the traveller was, which no trigger but its copula reads."""
    return (
        (verb.i not in reading.triggers or bool(guests_told_by(verb)))
        and verb.idx >= reading.dateline_end
        and where_opening(verb) is not None
        and bool(hosts_whose_guest(verb))
    )


def _leg_before_arrival(doing: Mention) -> Mention:
    """ "Flew in from Kell, where he had celebrated Mass": a thing done where the traveller
    came from is an earlier leg of the trip, as talks held there are. A host whose guest the
    traveller was there ("where he had been the guest of X") received the traveller."""
    hosted = bool(hosts_whose_guest(doing.trigger))
    hosts = doing.counterparts if hosted else []
    leg = replace(doing, type="visit", counterparts=hosts, co_actors=[], visitors=frozenset())
    leg.left_from = True
    return leg


def _place_left_before_where(chain: list[Token], reading: Reading) -> Referent | None:
    """ "Flew in from Kell, where he had celebrated Mass on Thursday": the place a trip came
    from, which a "where" clause tells a doing at."""
    origin = next((word for word in map(_named_before_where, chain) if word is not None), None)
    origin = origin.head if origin is not None and origin.dep_ == "appos" else origin
    if origin is None or origin.dep_ != "pobj" or origin.head.lower_ != "from":
        return None
    return place_named(origin, reading) if _trip_left_from(origin.head, reading) else None


def stranger_where_left(visit: Mention, reading: Reading, mentions: list[Mention]) -> bool:
    """ "Flew in from Kell, where he had attended a summit hosted by X": what the "where"
    clause of a place left tells is a leg of the trip, made by who made it; a visit there of
    anyone else (the host, a "they" read as another) was not told. "The guests flew in from
    Kell, where X had attended ...": when the trip's travellers were not read, the one the
    clause tells there is; when no one is, no one is told apart."""
    if visit.type != "visit":
        return False
    verb = next((w for w in [visit.trigger, *ancestors_of(visit.trigger)] if _where_of(w)), None)
    origin = _named_before_where(verb) if verb is not None else None
    origin = origin.head if origin is not None and origin.dep_ == "appos" else origin
    if origin is None or origin.dep_ != "pobj" or origin.head.lower_ != "from":
        return False
    trip = _trip_left_from(origin.head, reading)
    if trip is None:
        return False
    travellers = {
        m.actor.referent.key for m in mentions if m.type == "visit" and m.trigger.i == trip.i
    }
    travellers = travellers or _subjects_there(verb, reading)
    return bool(travellers) and visit.actor.referent.key not in travellers


def _date_hosted_on(
    event_type: str, trigger: Token, hosting: Token | None, reading: Reading, future: bool
) -> EventDate | None:
    """The day the clause hosting the gathering tells: "which X hosted on Monday", or, for a
    gathering a group attends, "both leaders will attend the summit hosted by X on Monday"."""
    if hosting is None and event_type == "meeting":
        hosting = hosting_attended_by_a_group(trigger)
    if hosting is None and event_type == "visit":
        hosting = _hosting_of_gathering_attended(trigger)
    return date_of_hosting(hosting, reading, future=future) if hosting is not None else None


def _hosting_of_gathering_attended(attend: Token) -> Token | None:
    """ "Y attended the first summit, which X hosted in Lorn in April 2008": one attending a
    gathering is there on the days its hosting clause holds it, not on a day told around."""
    if attend.lemma_ in cue_words("attendance"):
        attended = list(children(attend, "dobj"))
    elif attend.lemma_ == "be":
        attended = list(prep_objects(attend, "at"))  # "was among the delegates at the summit"
    else:
        return None
    hosted = (clause_hosting_gathering(word) for word in attended)
    return next(filter(None, hosted), None)


def _subjects_there(verb: Token, reading: Reading) -> set[str]:
    """Who an active "where" clause names as its subject ("where X had held talks")."""
    if any(c.dep_ == "auxpass" for c in all_children(verb)):
        return set()
    # "Where the Queen and the Duke spent the weekend": each subject joined is one of them.
    subjects = [
        word for subject in children(verb, "nsubj") for word in (subject, *conjuncts_of(subject))
    ]
    found = (referent(word, reading.table) for word in subjects)
    return {ref.key for ref in found if ref is not None and ref.label == "PERSON"}


def _where_of(verb: Token) -> bool:
    """Whether a "where" opens the word's own clause."""
    return where_opening(verb) is not None


def _part_of_day_told(chain: list[Token]) -> bool:
    """Whether the clause times what it tells by a part of a day alone ("in the morning")."""
    return any(
        word.ent_type_ == "TIME" or word.lower_ in cue_words("day_part")
        for verb in chain
        for child in all_children(verb)
        if child.dep_ in ("prep", "npadvmod")
        for word in subtree_of(child)
    )


def _traveller_left(
    trip: Token, meeting: Mention, reading: Reading, earlier: list[Mention]
) -> Role | None:
    """Who of the talks' parties made the trip: its mention's actor when it was read, else the
    subject of its verb; one the story leaves unnamed is taken to be the talks' actor."""
    told = next((m.actor for m in earlier if m.trigger.i == trip.i and m.type == "visit"), None)
    traveller = told or actors.actor(trip, reading.table)
    if traveller is None:
        return meeting.actor
    parties = [meeting.actor.referent, *meeting.counterparts]
    return traveller if any(p.key == traveller.referent.key for p in parties) else None


def same_ground(origin: Referent, arrived_in: Referent) -> bool:
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
    where = where_opening(verb)
    if where is None or where.i < 2:
        return None
    before = where.doc[where.i - 1]
    return where.doc[before.i - 1] if before.text == "," else before


def _trip_left_from(source: Token, reading: Reading) -> Token | None:
    """The trip a "from" tells the start of: "arrived from", "arrived at the ceremony from",
    "came from" (a coming told with no place gone to is no trigger of its own)."""
    for word in [source.head, *ancestors_of(source.head)][:3]:
        if reading.trigger_types.get(word.i) == "visit" or word.lemma_ in cue_words("come_from"):
            return word
    return None


def _told_since(verb: Token) -> bool:
    """ "Since X crossed into Y": a clause that only marks when a span of time began."""
    marked = any(word.lower_ == "since" for word in children(verb, "mark"))
    return marked or (verb.dep_ == "pcomp" and verb.head.lower_ == "since")


def _without(parties: list[Referent], keys: set[str]) -> list[Referent]:
    return [ref for ref in parties if ref.key not in keys] if keys else parties


def read_mention(
    event_type: str, trigger: Token, chain: list[Token], reading: Reading, earlier: list[Mention]
) -> Mention | None:
    """Read one mention; `chain[0]` is the trigger, or the place word of an elided conjunct."""
    timed = time_clause(trigger, chain)
    cue = clause_status(trigger, chain, timed, reading) or sequence_cue(trigger)
    speaker, speech = actor_told(event_type, trigger, reading)
    traveller, before = earlier_traveller_named(event_type, trigger, reading.table)
    if (
        (traveller is not None and before is None)  # unresolvable: no event, no wrong party
        or not_an_event(event_type, trigger, cue, earlier, reading.table.families)
        or hosts_no_guest(trigger, reading)
        or (event_type == "meeting" and visits_no_one(trigger, reading))
        or (event_type == "meeting" and talked_on_at_told_talks(trigger, reading))
        or purpose_of_deployment(event_type, trigger, reading)
        or call_paid_on_a_person(event_type, trigger, reading)
        or trip_reacted_to(trigger, reading)
        or (event_type == "visit" and carries_another(trigger))
        or (event_type == "visit" and meal_attended_by(trigger))
        or (event_type == "visit" and arrival_greeted(trigger))
        # Forces that cross into a country are sent there, not passing through; "since
        # Lorvian troops crossed into Brenn" dates something else by a war told as background.
        or (
            event_type == "visit"
            and border_passage(trigger, reading.table)
            and (not forces_subject(trigger) or _told_since(trigger))
        )
        or (event_type == "visit" and speech is not None and speaker is None)
        or (speech is not None and _speech_denied(speech))
        # "Lorvia is a true friend" is praise only as someone's words, not as the story's.
        or (event_type == "statement" and trigger.lemma_ in ("be", "remain") and speaker is None)
    ):
        return None
    actor = speaker or before or visitor_called_visiting(trigger, reading.table)
    actor = actor or traveller_counting_trips(trigger, reading.table)
    actor = actor or traveller_named_by_of(event_type, trigger, reading)
    actor = actor or state_giving_invitation(trigger, reading.table, earlier)
    actor = actor or inviter_of_trip_taken_up(trigger, reading.table, earlier)
    actor = actor or actors.actor(trigger, reading.table)
    states = signatory_states(trigger, reading, earlier) if event_type == "agreement" else []
    actor = Role(states[0], from_parse=True) if states else actor
    event_type, actor = sender_of_forces(event_type, trigger, actor, reading, earlier)
    # The states a signing names are its parties, not "the two leaders" who watched it.
    # "The delegation arrived": the members the story names, before any pair told earlier.
    # "The papal aircraft touched down": a craft carries the trip's travellers.
    craft = craft_travelling(trigger) if event_type == "visit" else None
    carried = travellers_of_craft(trigger, craft, reading.table, earlier) if craft else []
    group = (
        []
        if states or traveller is not None
        else carried
        or groups.members_standing_for(trigger, reading.table)
        or group_parties(trigger, reading, earlier, event_type)
    )
    # "They were met by X": the group is who was met; the agent named stays the actor.
    kept = actor is not None and names_its_agent(trigger)
    if group and not kept and (actor is None or actor.referent.key not in {r.key for r in group}):
        actor = Role(group[0], from_parse=False)
    actor = actor or traveller_of_the_trip(trigger, reading, earlier)
    # "The trip came after the Lorn Summit Conference, which X hosted at the palace on Monday":
    # the host holds the gathering, where and when the hosting clause says; whoever else was
    # read as its party is a guest at it.
    hosting = clause_hosting_gathering(trigger) if event_type == "meeting" else None
    host = _host_named(hosting, reading) if hosting is not None else None
    actor, guest = _host_before_guest(host, actor)
    leg = leg_for_talks(event_type, trigger, earlier) if actor is None else None
    actor = Role(leg.actor.referent, from_parse=False) if leg is not None else actor
    # "The Ministers' Meeting with X": a gathering's own name is what happens, not who does it
    # nor whom it is done with (counterparts are people, countries or bodies). "The frigate
    # HMS Kell arrived in Vell": a ship, a building or a region makes no visit.
    sites = ("FAC", "LOC") if event_type == "visit" else ()
    if (
        actor is None
        or actor.referent.label in ("EVENT", *sites)
        or is_generic_body(actor.referent)
    ):
        return None
    if speech is not None:
        # "Lammy said Britain would support Kenya": the stance is taken by saying it.
        cue = status_cue(clause_chain(speech))
    going = going_taking_up(trigger)
    cue = cue_of_going(going) or cue
    # "X said Norway would go on backing Y": a stance is taken when it is voiced.
    status = status_told(cue, speech, trigger)
    future = status is not EventStatus.OCCURRED or scheduled_present(trigger, event_type)
    hosted_on = _date_hosted_on(event_type, trigger, hosting if host else None, reading, future)
    date = (
        hosted_on
        or date_of_going(going, reading)
        or (date_of_acceptance(trigger, reading) if event_type == "visit" else None)
        or date_read_here(event_type, trigger, timed, chain, speech, reading, future=future)
        or day_before_the_day_told(trigger, reading, earlier, status)
    )
    date = date or month_of_leg_before(trigger, reading, future=future)
    date = date or date_of_unnamed_gathering(trigger, reading)
    date = date or date_of_gathering_come_for(trigger, reading, future=future)
    come_for = _gathering_come_for(trigger, reading, earlier) if event_type == "visit" else None
    date = date or (come_for.date if come_for is not None else None)
    status, date = timed_as_earlier_trip(traveller, reading, status, date)
    if date is None and event_type == "visit" and speech is not None:
        date = date_told_of_holder(speech, trigger, reading)
    date = _not_a_time_invited_to(event_type, status, date, trigger, reading)
    date = weekday_of_the_day_after(trigger, reading, earlier, date, status)
    date_is_own = date is not None
    day_reached = None
    # "During the talks, X invited Y to visit Oslo": the scene told around is the inviting's.
    if date is None and not invited_to(trigger):
        told_at = cue is None and status is EventStatus.OCCURRED and not future
        date, day_reached = _dated_around(
            event_type, trigger, actor, reading, earlier, status, told_at
        )
    status = _status_given_date(status, cue, date, reading.published, scheduled=future)
    named = parties_named(event_type, trigger, actor, reading, earlier, status)
    named = named or guests_told_as_a_group(event_type, trigger, actor.referent, reading, earlier)
    named += [guest.referent] if guest is not None else []
    named += hosts_of_gathering_met_at(event_type, trigger, actor, reading.table)
    beside = [*group, *fellow_doers(trigger, reading.table, event_type)]
    beside += _receiving_beside_the_host(event_type, trigger, actor.referent, named, reading)
    named, beside = _parties_beside_one_side(event_type, trigger, named, beside, reading)
    # A government read as its state is that state, not a co-inviter beside it.
    beside = _without(beside, stood_for_by_state(trigger, actor, reading.table))
    if event_type == "visit":
        beside += fellow_travellers(trigger, reading.table)
        beside += spouses_told_with_group(trigger, group, reading.table)
    # "The two ministers met X in Lorn": each of the group is there. Named co-subjects are
    # left to the actor alone: stories name them beside the one whose trip they tell.
    fellows = [ref for ref in group if ref.key != actor.referent.key]
    if event_type in SHARED_TYPES:
        named, beside = [*named, *beside], []
    co_actors = list({ref.key: ref for ref in beside if ref.key != actor.referent.key}.values())
    hosted_at = place_of_hosting(hosting, reading) if host is not None else None
    location = hosted_at or _location(chain, reading, event_type, earlier)
    location = _place_not_spoken_of(event_type, location, named)
    own_place = location
    location = most_precise_visit_place(event_type, location, trigger, chain, actor, reading)
    location = location or _place_of_gathering(come_for, reading)
    location = location or place_of_earlier_trip(traveller, trigger, reading.table, earlier)
    location = location or place_of_last_time(trigger, reading.table)
    if location is None and event_type == "visit":
        location = destination_misread(chain[0], reading) or place_trip_was_to(trigger, reading)
    if location is None and event_type == "visit":
        location = visit_place_told_elsewhere(trigger, reading, earlier)
        location = location or (reading.here if arrival_from_only(trigger) else None)
    location = location or place_of_an_earlier_trip(
        event_type, trigger, date_is_own, reading, earlier
    )
    if event_type == "deployment" and location is not None:
        received = receiving_state(actor.referent, location, reading.table, reading.here)
        named = [*named, *filter(None, [received])]
    found = {
        ref.key: ref
        for ref in named
        if ref not in co_actors
        and ref.label != "EVENT"
        and not is_generic_body(ref)
        and not (event_type in ("visit", "meeting") and is_town_or_region(ref))
        and not (event_type == "statement" and _speakers_own_country(actor, ref))
    }
    counterparts = [ref for key, ref in found.items() if key != actor.referent.key]
    received = receiver_named_in_clause(
        event_type, trigger, actor.referent, location, counterparts, reading.table
    ) or receiver_told_before(event_type, actor.referent, location, counterparts, earlier)
    location, counterparts = received or (location, counterparts)
    parties = [actor.referent, *counterparts]
    location = place_received_as_group(trigger, parties, own_place, reading, earlier) or location
    location = location or place_of_trip_held_on(event_type, chain, parties, reading, earlier)
    carried = date_of_trip_held_on(event_type, chain, parties, reading, earlier)
    date = date if date_is_own else carried or date
    location = location or gathering_place(trigger, parties, earlier)
    location = location or place_of_the_pair(event_type, group, date, earlier)
    location = location or place_of_companion_trip(
        event_type, trigger, parties, date, reading, earlier
    )
    if leg is not None:
        # Talks a leg is for are held when the leg is made, and as surely.
        date, status = leg.date or date, leg.status
    counterparts, co_actors = (states[1:], []) if states else (counterparts, co_actors)
    actor, counterparts = capitals_as_states(event_type, actor, counterparts, reading.table)
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
        story_day=day_reached,
    )
    mention = host_of_invitation_accepted(timed_as_its_trip(mention, earlier), earlier)
    return as_taken_up(stop_of_the_trip_told(mention, reading), reading, earlier)


def _speech_denied(speech: Token) -> bool:
    """ "X did not say Norway would back Y": what a denied speech tells was not voiced."""
    cue = status_cue(clause_chain(speech))
    return cue is not None and cue[0] == "negated"


def _dated_around(
    event_type: str,
    trigger: Token,
    actor: Role,
    reading: Reading,
    earlier: list[Mention],
    status: EventStatus,
    happened: bool,
) -> tuple[EventDate | None, EventDate | None]:
    """The date told around an event its own sentence does not date; failing that, for what
    happened, the day the story had reached, kept apart to date the event only if no other
    mention of it does."""
    date = date_told_around(event_type, trigger, actor, reading, earlier, status, happened)
    if date is not None or not happened:
        return date, None
    return None, story_day(event_type, trigger, actor, reading, earlier)


def _receiving_beside_the_host(
    event_type: str, trigger: Token, host: Referent, named: list[Referent], reading: Reading
) -> list[Referent]:
    """ "Was received by A and B at the palace", "A and his wife received X at the palace":
    who receives beside the host at an audience takes part in its talks with the guest. At the
    door of an arrival they only greet the visit; with no guest named, they stand side by side,
    meeting no one (see `fellow_doers`)."""
    if event_type != "meeting" or not is_welcome(trigger) or not is_audience(trigger):
        return []
    if all(ref.key == host.key for ref in named):
        return []
    return actors.co_hosts(trigger, reading.table)


def _parties_beside_one_side(
    event_type: str, trigger: Token, named: list[Referent], beside: list[Referent], reading: Reading
) -> tuple[list[Referent], list[Referent]]:
    """The parties named and those beside the actor, or none when they are only the actor's
    fellow subjects while whom the trigger tells them meeting is people named by no one (see
    `meets_someone_unnamed`): "A and B met students at the university" makes A and B one side
    of that meeting, never each other's counterparts."""
    fellows = {ref.key for ref in beside}
    one_side = (
        event_type == "meeting"
        and all(ref.key in fellows for ref in named)
        and meets_someone_unnamed(trigger, reading.table)
    )
    return ([], []) if one_side else (named, beside)


def _gathering_come_for(trip: Token, reading: Reading, earlier: list[Mention]) -> Mention | None:
    """ "The Lorn Summit, which X hosted on Monday. ... Among those who flew in for the meeting
    were A and B": a trip made for "the" gathering, told by its bare noun, is made for the
    gathering told hosted before, and comes on its days to its place."""
    nouns = [noun for noun in prep_objects(trip, "for") if is_gathering(noun)]
    if not nouns or not all(is_definite(noun) and not any(noun.rights) for noun in nouns):
        return None
    hosted = (
        m
        for m in reversed(earlier)
        if m.type == "meeting"
        and m.trigger.sent.start < trip.sent.start
        and m.date_is_own
        and clause_hosting_gathering(m.trigger) is not None
    )
    return next(hosted, None)


def _place_of_gathering(gathering: Mention | None, reading: Reading) -> Referent | None:
    """Where a gathering told before is held: its own place, else the city its printed name
    carries ("the Lorn Summit Conference")."""
    if gathering is None or gathering.location is not None:
        return None if gathering is None else gathering.location
    name = gathering.trigger
    while name.dep_ == "compound" and is_gathering(name.head):
        name = name.head
    words = [w for w in subtree_of(name) if w.dep_ == "compound" and w.pos_ == "PROPN"]
    towns = (gazetteer.place(word.text) for word in words)
    town = next((t for t in towns if t is not None and t.kind == "city"), None)
    return reading.table.place(town) if town is not None else None


def _host_before_guest(
    host: Referent | None, actor: Role | None
) -> tuple[Role | None, Role | None]:
    """The actor of a gathering told hosted, and the guest it leaves: whoever was read as the
    actor before the host was found is a party at the host's gathering."""
    if host is None:
        return actor, None
    guest = actor if actor is not None and actor.referent.key != host.key else None
    return Role(host, from_parse=True), guest


def _host_named(clause: Token, reading: Reading) -> Referent | None:
    """The person a clause hosting a gathering names as its host: "which X hosted"."""
    hosts = (referent(word, reading.table) for word in children(clause, "nsubj"))
    return next((ref for ref in hosts if ref is not None and ref.label == "PERSON"), None)


def _not_a_time_invited_to(
    event_type: str, status: EventStatus, date: EventDate | None, trigger: Token, reading: Reading
) -> EventDate | None:
    """ "Invited Lund to open the fair in Oslo next summer": a time ahead, read off the trip
    invited to, is that trip's; an invitation told done was extended by the time it is told.
    So is a month or a season told with the trip ("invited Y to the summit in October"), which
    an invitation told done would otherwise read back to the October before."""
    if event_type != "invitation" or status is not EventStatus.OCCURRED or date is None:
        return date
    if date.start > reading.published or _told_with_trip_invited_to(trigger, date, reading):
        return None
    return date


def _told_with_trip_invited_to(trigger: Token, date: EventDate, reading: Reading) -> bool:
    """A month or season that may lie ahead, told inside what the inviting verb asks for ("to
    attend the summit in October", "to his ranch in the autumn") or hung on the verb after it
    ("invited Y to the parade in May": the parser may hang the month on the verb), times the
    trip asked for. A day names the inviting too often ("invited X on Monday to visit Oslo"),
    and a time told past ("in 2016", "last month"), by a means ("in a letter in May") or by a
    clause ("when they met in May") is the inviting's."""
    if date.precision is DatePrecision.DAY:
        return False
    # Read ahead, a month or season unlike a year or "last month" names another time.
    if resolve_date(date.text, reading.published, future=True) == date:
        return False
    asked = [c for c in all_children(trigger) if invited_by(c, trigger) or _invited_to_place(c)]
    ends = [max(w.i for w in subtree_of(what)) for what in asked]
    for ent in _within(reading.dates, trigger.sent):
        if date.text not in ent.text:
            continue
        anchor = _anchor(ent)
        if anchor.i == trigger.i and any(ent.start > end for end in ends):
            return True
        if any(anchor in subtree_of(what) for what in asked) and _asked_for(anchor, trigger):
            return True
    return False


def _asked_for(word: Token, trigger: Token) -> bool:
    """Whether the word is reached from the inviting verb through what it asks for alone: its
    objects and places, the clause of doing, not a means or a time of its own."""
    while word.i != trigger.i:
        means = (
            word.dep_ == "pobj" and word.head.lower_ != "to" and word.ent_type_ not in PLACE_LABELS
        )
        if word.dep_ in ("advcl", "relcl") or means:
            return False
        word = word.head
    return True


def _invited_to_place(word: Token) -> bool:
    return word.dep_ == "prep" and word.lower_ == "to" and word.head.lemma_ == "invite"


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


def _speakers_own_country(actor: Role, ref: Referent) -> bool:
    """'"Lorvia is a true friend of Brenn," said Brenn's president X': a stance is taken
    toward another party, never toward the speaker's own country, which the speaker's title
    tells."""
    if actor.referent is None or ref.place is None or ref.place.kind != "country":
        return False
    return ref.place.country_code in nationality(actor.referent, named_country=True)


def _place_not_spoken_of(
    event_type: str, place: Referent | None, parties: list[Referent]
) -> Referent | None:
    """ "Pledged support to Lorvia": the country a stance is toward is what it speaks of, not
    where it is said; the story's other cues place it."""
    if event_type == "statement" and place is not None:
        return None if any(party.key == place.key for party in parties) else place
    return place
