"""`same_event`: whether two mentions are one event, by welcome, participants, place and
time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Token

from stream.contracts import DatePrecision, EventDate, EventStatus
from stream.nlp.doctext import all_children, ancestors_of, subtree_of, text_of
from stream.nlp.entities.table import Referent
from stream.nlp.events.dates import where_of
from stream.nlp.events.mention import PARAGRAPH_BREAK, Mention, _joined_going_on
from stream.nlp.events.records import is_definite
from stream.nlp.lexicon import cue_words
from stream.nlp.merge.compatible import (
    PAST_TRIP_DAYS,
    STAY_DAYS,
    VISIT_UNDER_WAY_DAYS,
    WELCOME_DAYS,
    MergedEvent,
    _inside,
    _places_compatible,
    days_apart,
    judged_as,
)
from stream.nlp.merge.stays import _dates_compatible, bare_arrival
from stream.nlp.roles.companions import tells_a_meal, tells_a_state_meal
from stream.nlp.roles.stops import carrying_clause
from stream.nlp.roles.syntax import NOUN_POS, children, prep_objects


def _taken_up(event: MergedEvent) -> bool:
    """An invitation told only as taken up was made at a time and place the text omits."""
    return all(m.taken_up for m in event.mentions)


def placed_alike(event: MergedEvent, mention: Mention) -> bool:
    """ "Held talks with Y on Thursday ... agreed to hold a summit with Z in Ulm next month
    ... is expected to travel to Ulm for the summit": a mention that names a place joins the
    event told at that place before one that names none, whichever was told first."""
    return (
        event.location is not None
        and mention.location is not None
        and _places_compatible(event.location, mention.location)
    )


def welcomes_joined_to_their_trip(events: list[MergedEvent]) -> list[MergedEvent]:
    """ "X welcomed him to Lima" told beside "he arrived in Lima on Tuesday": the welcome names
    the host of the one trip, whose date is the arrival's (the guide's one trip, several
    mentions), when the two fall within a few days of each other."""
    kept: list[MergedEvent] = []
    for event in events:
        trip = _trip_welcomed(event, events) if _is_welcome_visit(event) else None
        if trip is None:
            kept.append(event)
        else:
            trip.mentions = [*event.mentions, *trip.mentions]
    return kept


def _is_welcome_visit(event: MergedEvent) -> bool:
    return event.first.type == "visit" and all(
        m.trigger.lemma_ in cue_words("reception") for m in event.mentions
    )


def _trip_welcomed(welcome: MergedEvent, events: list[MergedEvent]) -> MergedEvent | None:
    place = welcome.location
    trips = [
        e
        for e in events
        if e is not welcome
        and e.first.type == "visit"
        and not _is_welcome_visit(e)
        and not e.principal.counterparts
        and e.first.actor.referent.key == welcome.first.actor.referent.key
        and e.location is not None
        and place is not None
        and e.location.key == place.key
        and e.status is welcome.status
        and days_apart(e.date, welcome.date) <= WELCOME_DAYS
    ]
    return trips[0] if len(trips) == 1 else None


def _participants(mention: Mention) -> frozenset[str]:
    return frozenset([mention.actor.referent.key, *(ref.key for ref in mention.counterparts)])


def same_event(event: MergedEvent, mention: Mention) -> bool:
    first = event.principal
    if first.type != mention.type:
        return False
    same_parties = _participants(first) == _participants(mention) or (
        first.actor.referent.key == mention.actor.referent.key
        and not (first.counterparts and mention.counterparts)
        and not _named_and_unnamed(event, mention)
    )
    # A mention that names no place joins only an event it agrees with on status: "he last
    # visited the country in 2019" is not the visit he "will" make.
    # A trip named to be judged ("her stop at Kell was seen as a nod") is a trip told at its
    # place; it lends that place to no unplaced trip.
    placed_judged = event.location is None and judged_as(mention)
    unplaced_agrees = (mention.location is not None and not placed_judged) or (
        _statuses_agree(event, mention) and not _only_stops_ahead(event)
    )
    at_stop = _done_at_the_stop(event, mention)
    return (
        same_parties
        and unplaced_agrees
        and (at_stop or all(m.abroad == mention.abroad for m in event.mentions))
        and (at_stop or _places_compatible(event.location, mention.location))
        and all(
            _dates_compatible(m.date, mention.date)
            or _arrived_the_eve(_placed(m, event), mention)
            or _ended_after(_placed(m, event), mention)
            for m in event.mentions
        )
        and not _meal_apart_from_talks(event, mention)
        and not _invited_the_other_way(first, mention)
        and not _made_and_ahead(event, mention)
        and not _stay_where_it_came_from(event, mention)
        and not _stage_after_a_trip_made(event, mention)
    )


def _invited_the_other_way(first: Mention, mention: Mention) -> bool:
    """ "Y came at X's invitation ... Y invited X to visit Kell": an invitation returned is
    another invitation, though its two parties are the same."""
    inviter, other = first.actor.referent.key, mention.actor.referent.key
    return (
        mention.type == "invitation"
        and inviter != other
        and inviter in {ref.key for ref in mention.counterparts}
        and other in {ref.key for ref in first.counterparts}
    )


def _made_and_ahead(event: MergedEvent, mention: Mention) -> bool:
    """ "Held a short meeting at a banquet ... may go to Kell for talks with him in the months
    ahead": talks told as held and talks still ahead, told in sentences of their own, are two
    occasions of one pair."""
    made = event.status is EventStatus.OCCURRED
    return (
        mention.type == "meeting"
        and made != (mention.status is EventStatus.OCCURRED)
        and _told_apart(event, mention)
    )


def _told_apart(event: MergedEvent, mention: Mention) -> bool:
    """Whether the mention is told in a sentence of its own, none of the event's."""
    return all(m.trigger.sent != mention.trigger.sent for m in event.mentions)


def _statuses_agree(event: MergedEvent, mention: Mention) -> bool:
    """ "Accepted an invitation to visit Kell ... the visit could take place next year": the
    trip told again by "the visit" is the one planned, though told as only likely; both are
    still ahead. A trip made, or one told afresh ("a tour next year"), is another."""
    if event.status is mention.status:
        return True
    ahead = EventStatus.OCCURRED not in (event.status, mention.status)
    trip = mention.trigger
    return ahead and trip.pos_ in NOUN_POS and is_definite(trip)


def _stage_after_a_trip_made(event: MergedEvent, mention: Mention) -> bool:
    """ "On the second day of a visit ... He leaves on Thursday for Kell and will go on to
    Vik": a stage joined to a leg ahead and going on from it is a later trip, not the one the
    traveller is on, which names no place; it lends that trip no place."""
    return (
        mention.type == "visit"
        and mention.status is not EventStatus.OCCURRED
        and _joined_going_on(mention.trigger)
        and event.status is EventStatus.OCCURRED
        and event.location is None
    )


def _stay_where_it_came_from(event: MergedEvent, mention: Mention) -> bool:
    """ "Had flown in from Kell overnight, where he attended a summit": an arrival that names
    only where it came from is not the stay in that place; it arrived at the scene."""
    told = [*event.mentions, mention]
    places = [m.location for m in told if m.location is not None]
    return any(
        _came_from_place(arrival, place)
        for arrival in told
        if bare_arrival(arrival)
        for place in places
    )


def _came_from_place(arrival: Mention, place: Referent) -> bool:
    left = places_left(arrival.trigger)
    return any(span.start <= word.i < span.end for word in left for span in place.mentions)


def _only_stops_ahead(event: MergedEvent) -> bool:
    """ "Arrived in Lorn on a tour that will also take him to Vell. He is due to attend a
    ceremony this afternoon": stops a relative clause tells ahead, undated, are not where an
    unplaced doing of the day is done; it is done where the traveller is."""
    return all(m.date is None and carrying_clause(m.trigger) is not None for m in event.mentions)


def _done_at_the_stop(event: MergedEvent, mention: Mention) -> bool:
    """ "Will fly to Lorvia on Tuesday, where she is to open a clinic in Kell", "leaves for
    Kell, Brenn, where he will attend a ceremony": a doing told in a "where" clause hung on
    the place of a leg is done at that stop, one stay in the town, when one of the two places
    is the town and the other a region or country no gazetteer says holds it."""
    if mention.type != "visit" or mention.location is None:
        return False
    stop = next((m for m in event.mentions if where_of(mention.trigger, m.trigger)), None)
    if stop is None or stop.type != "visit" or stop.location is not event.location:
        return False
    if _places_compatible(stop.location, mention.location):
        return False
    if _town(mention.location):
        return _wide(stop.location)
    # "Has been in Lorvia, where she visited Brenn": a region the clause itself names is a
    # stop of its own; one set beside the town the clause hangs on ("Kell, Brenn,") is not.
    wide_beside = _wide(mention.location) and not _named_in_where_clause(mention)
    return wide_beside and _town(stop.location)


def _town(place: Referent | None) -> bool:
    return place is not None and place.place is not None and place.place.kind == "city"


def _wide(place: Referent | None) -> bool:
    """A country or region, as the gazetteer knows it or as its name says ("Lorn Province")."""
    if place is None:
        return False
    if place.place is not None:
        return place.place.kind in ("country", "region")
    regions = cue_words("region") | cue_words("division")
    return any(span[-1].lower_ in regions for span in place.mentions)


def _named_in_where_clause(mention: Mention) -> bool:
    """Whether the mention's place is named inside the "where" clause that tells it."""
    trigger, place = mention.trigger, mention.location
    clause = next(
        (
            w
            for w in [trigger, *ancestors_of(trigger)]
            if any(c.lower_ == "where" for c in all_children(w))
        ),
        None,
    )
    if clause is None or place is None:
        return False
    inside = {w.i for w in subtree_of(clause)}
    return any(span.start in inside for span in place.mentions)


def place_joined(event: MergedEvent, mention: Mention) -> Referent | None:
    """The place of an event a mention joins: the more precise of the two; for a doing at a
    stop, the town of the two."""
    if _done_at_the_stop(event, mention):
        return mention.location if _town(mention.location) else event.location
    return _more_precise_place(event.location, mention.location)


def _meal_apart_from_talks(event: MergedEvent, mention: Mention) -> bool:
    """ "The two leaders held talks at the palace. // In the evening, Lund hosted a dinner in
    honour of Moe": a meal a host gives, told in a paragraph of its own, is an occasion of its
    own, not more of the talks. Told beside them ("held talks. Lund later hosted a dinner at the
    same venue"), or after a reception ("Lund received Moe at the palace. // Lund hosted a lunch
    in his honour"), it is part of them. A reception told with talks ("received Moe for three
    hours of talks") is the day's talks, and a meal in a paragraph of its own is apart from
    them too."""
    if mention.type != "meeting":
        return False
    if _state_meal_of_its_own(event, mention):
        return True
    meal = tells_a_meal(mention.trigger)
    talks = any(_told_with_talks(m) for m in event.mentions)
    if any(tells_a_meal(m.trigger) == meal or (_receives(m) and not talks) for m in event.mentions):
        return False
    if meal is False and _receives(mention):
        return False
    paragraph = _paragraph_start(mention.trigger)
    return all(_paragraph_start(m.trigger) != paragraph for m in event.mentions)


def _state_meal_of_its_own(event: MergedEvent, mention: Mention) -> bool:
    """ "The Queen welcomed her guests at the palace, where she gave a private lunch. // Last
    night the Queen gave a state banquet in their honour": a state banquet is an occasion of
    its own beside a welcome or a lesser meal told in another paragraph. Told beside them, or
    told again ("at the state banquet, the Queen said"), it is the one occasion. A welcome
    told as a ceremony ("was accorded a ceremonial welcome") is no meeting of its own: the
    state banquet of that visit is the occasion it opens."""
    if not tells_a_state_meal(mention.trigger):
        return False
    if all(map(_welcome_ceremony, event.mentions)):
        return False
    paragraph = _paragraph_start(mention.trigger)
    return not any(
        tells_a_state_meal(m.trigger) or _paragraph_start(m.trigger) == paragraph
        for m in event.mentions
    )


WELCOME_CEREMONY_WORDS = frozenset({"ceremony", "ceremonial", "ceremonies"})


def _welcome_ceremony(mention: Mention) -> bool:
    """Whether the mention's sentence tells its welcome as a ceremony: "welcomed the King at
    an official ceremony"; only that sentence is read."""
    return any(word.lower_ in WELCOME_CEREMONY_WORDS for word in mention.trigger.sent)


def _told_with_talks(mention: Mention) -> bool:
    """Whether the mention's sentence tells talks: "welcomed his guest at a ceremony, after
    which the two presidents held talks"; only that sentence is read."""
    return any(word.lower_ in cue_words("talk_noun") for word in mention.trigger.sent)


def _receives(mention: Mention) -> bool:
    trigger = mention.trigger
    return trigger.lemma_ in cue_words("hosting") and not tells_a_meal(trigger)


def _paragraph_start(word: Token) -> int:
    return text_of(word.doc).rfind(PARAGRAPH_BREAK, 0, word.idx)


def _placed(mention: Mention, event: MergedEvent) -> Mention:
    """ "Who is in Tarvia on a state visit": a mention that names no place is where the event
    it was told with is."""
    return mention if mention.location is not None else replace(mention, location=event.location)


def _named_and_unnamed(event: MergedEvent, mention: Mention) -> bool:
    """ "Will meet with Kenyan officials" and "will discuss security with Prime Minister X":
    talks with a group the text leaves unnamed are not the talks with a named party (unlike
    "met the prime minister", which may name no one yet)."""
    told = [*event.mentions, mention]
    named = [m for m in told if m.counterparts]
    return bool(named) and any(map(_meets_unnamed_group, (m for m in told if not m.counterparts)))


def _meets_unnamed_group(mention: Mention) -> bool:
    trigger = mention.trigger
    met = [*prep_objects(trigger, "with"), *children(trigger, "dobj")]
    return mention.type == "meeting" and any(
        word.pos_ == "NOUN" and word.tag_ == "NNS" and word.i != trigger.i for word in met
    )


def _arrived_the_eve(a: Mention, b: Mention) -> bool:
    """ "Landed late Monday" and "began a state visit on Tuesday": an arrival the day before
    the stay begins is the same trip."""
    arrival, stay = (a, b) if _is_arrival(a) else (b, a)
    if a.type != "visit" or not _is_arrival(arrival) or _is_arrival(stay):
        return False
    if arrival.date is None or stay.date is None or arrival.date.start != arrival.date.end:
        return False
    # Told at one known place: not "landed at an airport" the gazetteer cannot place.
    if None in (arrival.location, stay.location) or not _places_compatible(
        arrival.location, stay.location
    ):
        return False
    days = (stay.date.start - arrival.date.start).days
    # "Arrived in Oslo on Saturday ... is in Norway in place of Y": a stay told by its being
    # there ("is in", "the visit") goes on for the days after the arrival, not only the next.
    return days == 1 or (_told_as_lasting(stay) and 0 < days <= VISIT_UNDER_WAY_DAYS)


def _ended_after(a: Mention, b: Mention) -> bool:
    """ "Concluded a three-day visit to Lorvia on Friday" and "arrived in Kell on Wednesday": a
    stay told by the day it ended is the one trip whose arrival there, or another day of it,
    the story tells in the days before."""
    ended, other = (a, b) if told_ending(a) else (b, a)
    if a.type != "visit" or not told_ending(ended) or told_ending(other):
        return False
    if ended.date is None or other.date is None:
        return False
    return 0 < (ended.date.start - other.date.end).days <= STAY_DAYS


def told_ending(stay: Mention) -> bool:
    """ "Concluded a state visit", "wraps up a four-nation tour", "ending a three-day visit":
    a trip noun whose verb tells it ending is dated by its last day, not its first."""
    trigger = stay.trigger
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    verb = trigger.head.head if trigger.dep_ == "pobj" else trigger.head
    return verb.lemma_ in cue_words("trip_end")


def _told_as_lasting(stay: Mention) -> bool:
    """ "Is in Poland", "who is on an official visit": a stay told as going on, not one told
    beginning ("began a state visit on Tuesday") or made ("made a visit to the port")."""
    trigger = stay.trigger
    if trigger.lemma_ == "be":
        return True
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    verb = trigger.head.head if trigger.dep_ == "pobj" else trigger.head
    begun = cue_words("trip_stage") | cue_words("trip_verb")
    return verb.lemma_ not in begun


def arrival_before_stay(event: MergedEvent, settled: EventDate | None) -> EventDate | None:
    """ "Arrived in Havana on Monday ... who is on a visit to Cuba" (told on Wednesday): a trip
    is dated by its arrival, not by a day of the stay told as going on."""
    if event.first.type != "visit" or settled is None:
        return None
    # "Landed late Monday" yields to "began a state visit on Tuesday", a stay told beginning;
    # not to "is in Tarvia" told on Tuesday, a day of a stay already going on.
    lasting = any(_told_as_lasting(m) and m.date == settled for m in event.mentions)
    eve = 0 if lasting else 1
    arrivals = [
        m.date
        for m in event.mentions
        if _is_arrival(m)
        and m.date is not None
        and m.date.precision is DatePrecision.DAY
        and eve < (settled.start - m.date.start).days <= VISIT_UNDER_WAY_DAYS
    ]
    return min(arrivals, key=lambda date: date.start, default=None)


def _is_arrival(mention: Mention) -> bool:
    return mention.trigger.lemma_ in cue_words("arrival")


def past_and_ahead(event: MergedEvent, mention: Mention, published: dt.date) -> bool:
    """ "visited the capital in January" and "is expected to travel to the capital": a trip
    made months before the news is not the one still ahead."""
    told = [m for m in [*event.mentions, mention] if m.status is EventStatus.OCCURRED]
    ahead = [m for m in [*event.mentions, mention] if m.status is not EventStatus.OCCURRED]
    long_ago = published - dt.timedelta(days=PAST_TRIP_DAYS)
    return bool(ahead) and any(m.date is not None and m.date.end < long_ago for m in told)


def background_after_the_news(event: MergedEvent, mention: Mention, published: dt.date) -> bool:
    """ "Held talks with Y at the palace ... Y had visited X in Kell in May last year": an
    occasion told with a date long before the news, after an event told with none, is an
    earlier occasion the story gives as background, not the news told again. The news needs
    no date of its own; told in the one sentence, the two are one telling."""
    long_ago = published - dt.timedelta(days=PAST_TRIP_DAYS)
    return (
        mention.type == "meeting"
        and mention.date is not None
        and mention.date.end < long_ago
        and all(m.date is None for m in event.mentions)
        and _told_apart(event, mention)
    )


# Dates that name only a stretch of time: a trip ahead "later this year" or "this month".
WIDE_PRECISIONS = frozenset({DatePrecision.YEAR, DatePrecision.MONTH})


def ahead_later_in_the_span(event: MergedEvent, mention: Mention) -> bool:
    """ "Arrived in Peru on Monday ... could travel to Cusco later this year": a trip still
    ahead, dated only by the month or year that holds the day of a trip told as made, is a
    further trip; the span holds that day only because it is the present one."""
    told = [*event.mentions, mention]
    made_on_a_day = [
        m
        for m in told
        if m.status is EventStatus.OCCURRED
        and m.date is not None
        and m.date.precision is DatePrecision.DAY
    ]
    ahead_in_a_span = [
        m
        for m in told
        if m.status is not EventStatus.OCCURRED
        and m.date is not None
        and m.date.precision in WIDE_PRECISIONS
    ]
    return bool(made_on_a_day) and bool(ahead_in_a_span)


def _more_precise_place(a: Referent | None, b: Referent | None) -> Referent | None:
    if a is None or b is None:
        return a or b
    return b if _inside(b, a) else a


def places_left(trip: Token) -> list[Token]:
    """What a trip's "from" names, hung on the trip or on a word of its clause ("arrived last
    night, shortly before 10 pm, from Lorn")."""
    froms = [w for w in subtree_of(trip) if w.lower_ == "from" and w.dep_ == "prep"]
    return [
        place
        for word in froms
        if trip in [word.head, *ancestors_of(word.head)][:3]
        for place in children(word, "pobj")
    ]
