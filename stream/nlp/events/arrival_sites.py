"""Places of arrival and gatherings attended: airports and sites, guests received as a
group, signatory states.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from stream.contracts import EventStatus
from stream.nlp import gazetteer
from stream.nlp.doctext import all_children, ancestors_of, conjuncts_of
from stream.nlp.entities.matchers import PLACE_LABELS
from stream.nlp.entities.table import Referent
from stream.nlp.events.gatherings import previous_paragraph_start
from stream.nlp.events.mention import Mention, Reading
from stream.nlp.events.places import _own_place, filed_from_city
from stream.nlp.events.records import is_definite
from stream.nlp.lexicon import cue_words
from stream.nlp.roles.companions import group_word
from stream.nlp.roles.home_places import (
    deal_between,
    deal_parties,
    home_state,
    is_signing_side,
    signing_officials,
    signing_witnesses,
    state_of,
)
from stream.nlp.roles.met_parties import attendees
from stream.nlp.roles.owners import state_of_person
from stream.nlp.roles.reference import country_for_nationality
from stream.nlp.roles.stops import location
from stream.nlp.roles.syntax import children, names_a_vehicle, prep_objects
from stream.nlp.roles.venues import met_one_by_one


def at_arrival_site(trigger: Token) -> bool:
    """ "at Tamarind Bay International Airport", "on the tarmac", "at the station", "at the
    border post" (where one comes in by road), "at the foot of the plane" (one is met at the
    vehicle one arrived in), "at the foot of the aircraft steps", "at the steps of the plane"
    (or at a part of it)."""
    places = [
        *prep_objects(trigger, "at", "on"),
        *_where_it_hangs(trigger),
        *_hung_on_the_guest(trigger),
    ]
    if any(_site_word(place) in cue_words("arrival_site") for place in places):
        return True
    parts = [word for place in places for word in prep_objects(place, "of")]
    return any(_of_a_vehicle(word) for word in [*places, *parts])


def at_a_threshold(trigger: Token) -> bool:
    """ "On the steps of the town hall", "at the cathedral door", "at the foot of the marble
    steps": a host at the way into a building meets a guest coming in, as at the steps of a
    plane, and talks are told inside it. Unlike an airport, a door tells no arrival of its
    own: only one just told is greeted there."""
    places = [*prep_objects(trigger, "at", "on"), *_hung_on_the_guest(trigger)]
    parts = [word for place in places for word in prep_objects(place, "of")]
    return any(word.lemma_.lower() in cue_words("threshold") for word in [*places, *parts])


def reaches_arrival_site(trip: Token) -> bool:
    """ "Flew into Vadum International Airport", "arrived at the air base": a trip told as
    reaching an airport, a station or a base is an arrival."""
    places = prep_objects(trip, "into", "to", "at", "in")
    return any(_site_word(place) in cue_words("arrival_site") for place in places)


def flown_in(trip: Token) -> bool:
    """ "Flew into Vadum on Monday", "flew in from Kel": a trip told going into a town, or
    told with "in" and no place, ends in an arrival there as "arrived" does."""
    if trip.pos_ != "VERB":
        return False
    into = any(prep_objects(trip, "into"))
    came_in = any(c.lower_ == "in" and c.dep_ in ("prt", "advmod") for c in all_children(trip))
    return into or came_in


def _hung_on_the_guest(trigger: Token) -> list[Token]:
    """ "X welcomed the premier and her party at Y Airport": the parse may hang the
    place of a welcome on the guest welcomed, or on the last of the guests."""
    if trigger.pos_ != "VERB":
        return []
    guests = [word for guest in children(trigger, "dobj") for word in (guest, *conjuncts_of(guest))]
    return [place for guest in guests for place in prep_objects(guest, "at", "on")]


def _of_a_vehicle(word: Token) -> bool:
    """The vehicle itself, or a part of it: "the aircraft steps", "the plane's door", "the steps
    of his jet", "the steps of Sky Falcon One", a craft told by its own name (a "plane factory"
    is no part of a plane). Steps with no owner named ("at the foot of the stairs") are those a
    guest comes down from the plane by; a door may be any."""
    if word.lemma_.lower() in cue_words("vehicle"):
        return True
    if word.lower_ not in cue_words("vehicle_part"):
        return False
    owners = [*children(word, "compound", "poss"), *prep_objects(word, "of")]
    if not owners:
        return word.lower_ in cue_words("boarding_steps")
    return any(
        owner.lemma_.lower() in cue_words("vehicle") or names_a_vehicle(owner) for owner in owners
    )


def _where_it_hangs(clause: Token) -> list[Token]:
    """What a relative clause tells of: "landed at X Airport, where Y greeted him". Hung on a
    time ("landed at X Airport at 9am, where ..."), a "where" tells of the place of the verb
    the time belongs to, or of the place passed through ("passed through the border post
    shortly after 10am, where he was met by Y": a border post is where one arrives by road)."""
    if clause.dep_ != "relcl":
        return []
    told = clause.head
    where = any(c.lower_ == "where" for c in children(clause, "advmod"))
    if not where or told.ent_type_ not in ("TIME", "DATE", "CARDINAL"):
        return [told]
    verb = told.head.head if told.dep_ == "pobj" else told.head
    return [told, *prep_objects(verb, "at", "on", "through")]


def _site_word(place: Token) -> str:
    """The kind of site a place word names, a spaced compound spelled solid: "air base" is an
    airbase, "air field" an airfield."""
    word = place.lemma_.lower()
    # "At Tamarind Field": an airfield is often named so; "on the field" is a pitch or a farm.
    if word in cue_words("arrival_site_name") and _in_a_name(place):
        return "airfield"
    before = place.doc[place.i - 1] if place.i > 0 else None
    if before is not None and before.dep_ == "compound" and before.head.i == place.i:
        spelled_solid = before.lower_ + word
        if spelled_solid in cue_words("arrival_site"):
            return spelled_solid
    return word


def _in_a_name(word: Token) -> bool:
    """Whether a word heads a proper name: capitalised, after a name word of its own."""
    before = word.doc[word.i - 1] if word.i > 0 else None
    named_before = before is not None and before.pos_ == "PROPN" and before.head.i == word.i
    return word.text[:1].isupper() and named_before


def _place_of_gathering_attended(attend: Token, reading: Reading) -> Referent | None:
    """ "The summit in Lorn, which she is due to attend": the gathering a relative clause of
    attending hangs on is where the attendee goes, placed by its own "in/at" or by the place
    the parser hangs the clause on."""
    if attend.lemma_ not in cue_words("attendance") or any(children(attend, "dobj")):
        return None
    clause = next((w for w in [attend, *ancestors_of(attend)][:3] if w.dep_ == "relcl"), None)
    if clause is None or not any(c.lower_ in ("which", "that") for c in all_children(clause)):
        return None
    told = reading.table.at(clause.head)
    if told is not None and told.label in PLACE_LABELS:
        return told
    return (
        _own_place(clause.head, reading) if clause.head.lemma_ in cue_words("gathering") else None
    )


def _arrived_where_told(
    trigger: Token, reading: Reading, earlier: list[Mention]
) -> Referent | None:
    """ "X arrived in the capital on Tuesday. ... Y arrived late the same day": an arrival that
    names no place is at the place of the arrival told just before (not of a place it came
    from), else where the story is filed."""
    if trigger.lemma_ not in cue_words("arrival") or trigger.pos_ != "VERB":
        return None
    if any(prep_objects(trigger, "from", "to", "in", "at", "for")):
        return None  # "arrived from Plovdiv": it names a place, only not the one arrived at
    since = previous_paragraph_start(trigger, reading.text)
    told = (
        m
        for m in reversed(earlier)
        if m.type == "visit"
        and m.trigger.idx > since
        and m.trigger.lemma_ in cue_words("arrival")
        and m.location is not None
        # "Arrived in Kel from Lorn": the leg from Lorn is behind the traveller, not the scene.
        and not m.left_from
    )
    found = next(told, None)
    return found.location if found is not None else reading.here


def _trip_told_before(trigger: Token, reading: Reading) -> Referent | None:
    """ "Lund invited Arnason to visit Oslo, and the Icelandic leader is expected to make
    the trip": a definite trip that names no place goes where the sentence said before."""
    # "to prepare the trip" is about a trip, not one made: only "make/take the trip" goes.
    made = trigger.dep_ == "dobj" and trigger.head.lemma_ in cue_words("trip_verb")
    if not (made and is_definite(trigger)):
        return None
    told = [
        word
        for word in trigger.sent
        if word.i < trigger.i and reading.trigger_types.get(word.i) == "visit"
    ]
    places = (
        location(word, reading.table, "visit", reading.dateline_end) for word in reversed(told)
    )
    return next(filter(None, places), None)


def gathering_place(
    trigger: Token, parties: list[Referent], earlier: list[Mention]
) -> Referent | None:
    """ "Arrived on Sunday to attend the summit. ... The summit was opened by X and attended by
    Y", "X received each of his guests": a gathering its own sentence does not place is where
    its parties were told going."""
    if not attendees(trigger) and met_one_by_one(trigger) is None:
        return None
    keys = {party.key for party in parties}
    told = (
        m.location
        for m in reversed(earlier)
        if m.type == "visit" and m.location is not None and m.actor.referent.key in keys
    )
    return next(told, None)


def place_received_as_group(
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
    if own_place is not None or met_one_by_one(trigger) is None:
        return None
    host, guests = parties[0].key, {party.key for party in parties[1:]}
    since = previous_paragraph_start(trigger, reading.text)
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


def visit_place_told_elsewhere(
    trigger: Token, reading: Reading, earlier: list[Mention]
) -> Referent | None:
    """Where a visit its own clause does not place goes: where the arrival was told, the trip
    told before, the gathering attended, else, for "arrived at the airbase" with a name the
    gazetteer cannot place, the city the story is filed from."""
    found = _arrived_where_told(trigger, reading, earlier) or _trip_told_before(trigger, reading)
    found = found or _place_of_gathering_attended(trigger, reading)
    if found is None and at_arrival_site(trigger):
        found = filed_from_city(reading)
    return found


def signatory_states(trigger: Token, reading: Reading, earlier: list[Mention]) -> list[Referent]:
    """ "The two leaders witnessed the signing of ...": officials sign in the leaders' presence,
    so the leaders' states are the parties, when the text says whose each leader is."""
    named = deal_parties(trigger, reading.table)
    if len(named) > 1:
        return named
    if len(deal_between(trigger)) > 1:
        # "The agreement between A and the enemy, signed by the two sides": the text tells its
        # own parties, one of them by no name; the talks told last are not its signing.
        return []
    states: list[Referent] = []
    for word in signing_witnesses(trigger):
        group = group_word(word.head)
        if group is not None and group.i == word.i:
            found = _states_of_talks_told_last(trigger, earlier, reading)
        else:
            found = [state_of(word, reading.table)]
        states += [state for state in found if state is not None and state not in states]
    for word in signing_officials(trigger):
        # "Officials of the two governments signed": the states of the talks told last.
        found = (
            _states_of_talks_told_last(trigger, earlier, reading) if is_signing_side(word) else []
        )
        found = [*found, _state_named(word, reading)]
        states += [state for state in found if state is not None and state not in states]
    if not states and _signed_by_no_one_told(trigger):
        # "A second agreement was also signed": by the states whose talks were told last.
        found = _states_of_talks_told_last(trigger, earlier, reading)
        states = [state for state in found if state is not None and state not in states]
    return states if len(states) > 1 else []


def _signed_by_no_one_told(trigger: Token) -> bool:
    """A signing told done in the passive with no agent: "agreements were signed" (not "when
    the contracts are signed", nor "could be adopted")."""
    passive = any(aux.tag_ == "VBD" for aux in children(trigger, "auxpass"))
    return passive and next(children(trigger, "agent"), None) is None


def _states_of_talks_told_last(
    trigger: Token, earlier: list[Mention], reading: Reading
) -> list[Referent | None]:
    """ "The two leaders", "the two countries": those of the talks told last, however far back,
    or of a visit told after them (the visitor's state and the one visited)."""
    done = _told_done(trigger)
    told = [
        m
        for m in earlier
        if (m.type == "meeting" and m.counterparts)
        or (_visit_with_place(m) and _leg_signed_on(m, done=done))
    ]
    if not told:
        return []
    if told[-1].type == "visit":
        return [_state_of_party(told[-1].actor.referent, reading), _country_of(told[-1], reading)]
    talks = told[-1]
    parties = [talks.actor.referent, *talks.counterparts]
    states = [_state_of_party(party, reading) for party in parties]
    held_in = _country_of(talks, reading) or _country_of_trip_for(talks, earlier, reading)
    return _host_at_home(states, held_in)


def _leg_signed_on(visit: Mention, *, done: bool) -> bool:
    """A leg a signing may be told on: not one the traveller came from ("arrived in Kell from
    Vell", "from Vell, where she attended a summit"), nor, for a signing told done, one still
    to come."""
    trigger = visit.trigger
    came_from = trigger.dep_ == "relcl" and trigger.head.dep_ == "pobj"
    came_from = came_from and trigger.head.head.lower_ == "from"
    return not (visit.left_from or came_from) and not (
        done and visit.status is not EventStatus.OCCURRED
    )


def _told_done(trigger: Token) -> bool:
    """ "Signed", "watched officials sign", "witnessed the signing": told in the past tense."""
    verb = trigger.head if trigger.dep_ in ("dobj", "ccomp", "xcomp") else trigger
    return verb.tag_ == "VBD"


def _country_of_trip_for(
    talks: Mention, earlier: list[Mention], reading: Reading
) -> Referent | None:
    """A venue the gazetteer cannot place is where the trip the talks are held on went: of a
    party's trips told before them, the last begun by the talks' day. Text order does not tell
    it: "arrived in Kell on Sunday from Vell, where he had attended a summit on Saturday"."""
    keys = {party.key for party in [talks.actor.referent, *talks.counterparts]}
    # Only a trip the gazetteer can place tells a country: "arrived at the palace" does not.
    placed = [
        m
        for m in earlier[: earlier.index(talks)]
        if _visit_with_place(m)
        and not m.left_from
        and m.actor.referent.key in keys
        and _country_of(m, reading) is not None
    ]
    if not placed:
        return None
    by_then = [
        m
        for m in placed
        if talks.date is not None and m.date is not None and m.date.start <= talks.date.start
    ]
    # max() keeps the first of equals: reversed, of trips begun the same day the one told last.
    trip = max(reversed(by_then), key=_start_of, default=None)
    if trip is None and len({_country_of(m, reading).key for m in placed}) == 1:
        # Talks told with no day, or before the stop the story opens on: a trip to one country
        # only is where they were held.
        trip = placed[-1]
    return _country_of(trip, reading) if trip is not None else None


def _start_of(mention: Mention) -> dt.date:
    return mention.date.start if mention.date is not None else dt.date.min


def _host_at_home(states: list[Referent | None], held_in: Referent | None) -> list[Referent | None]:
    """ "Varga held talks with Prime Minister Orvan in Kell": of two parties, the one whose state
    the story never tells hosts talks held in a country that is not the other's."""
    known = {state.key for state in states if state is not None}
    # Spouses and aides told among the parties add no state of their own: one state known
    # besides the unknown ones is still a pair.
    if len(states) < 2 or len(known) != 1 or held_in is None or held_in.key in known:
        return states
    filled = [state or held_in for state in states]
    return [state for n, state in enumerate(filled) if state.key not in {s.key for s in filled[:n]}]


def _visit_with_place(mention: Mention) -> bool:
    return mention.type == "visit" and mention.location is not None


def _country_of(visit: Mention, reading: Reading) -> Referent | None:
    place = visit.location.place if visit.location is not None else None
    if place is None or place.country_code not in gazetteer.load().countries:
        return None
    return reading.table.place(gazetteer.country_of(place))


def _state_of_party(party: Referent, reading: Reading) -> Referent | None:
    if party.place is not None and party.place.kind == "country":
        return party
    return state_of_person(party, reading.table) or home_state(party, reading.table)


def _state_named(word: Token, reading: Reading) -> Referent | None:
    """The state a word names: "Lorvia", "Lorvian" (officials), "the Lorvian president"."""
    found = reading.table.at(word)
    if found is not None and found.label == "NORP":
        return country_for_nationality(found, reading.table)
    return state_of(word, reading.table)
