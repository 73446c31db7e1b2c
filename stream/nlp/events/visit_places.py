"""The most precise place of a visit, and trips held on or timed by an occasion."""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Span, Token

from stream.contracts import EventDate
from stream.nlp import gazetteer
from stream.nlp.doctext import all_children, subtree_of
from stream.nlp.entities.matchers import PLACE_LABELS
from stream.nlp.entities.owners import SETTLEMENT_NOUNS
from stream.nlp.entities.table import Referent
from stream.nlp.events.dates import told_when
from stream.nlp.events.mention import Mention, Reading
from stream.nlp.events.places import place_named
from stream.nlp.lexicon import cue_words, fold
from stream.nlp.roles import actors
from stream.nlp.roles import stops as roles_stops
from stream.nlp.roles.companions import going_with, travelled_with
from stream.nlp.roles.home_places import arrival_city, is_arrival_site
from stream.nlp.roles.reference import nationality
from stream.nlp.roles.syntax import Role, children, prep_objects
from stream.nlp.roles.venues import MISREAD_PLACE_LABELS, name_start

# Events a companion of a traveller does on the traveller's trip, where it has got to.
COMPANION_PLACED = frozenset({"meeting", "agreement", "statement"})


def most_precise_visit_place(
    event_type: str,
    location: Referent | None,
    trigger: Token,
    chain: list[Token],
    actor: Role,
    reading: Reading,
) -> Referent | None:
    if event_type == "meeting" and location is not None:
        # "From Vik, where he held talks with X during a stop in Lorvia": talks are as
        # precisely placed as a stay the sentence tells.
        return _city_of_the_country_visited(location, chain[0], reading) or location
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
    name = trigger.doc[name_start(word) : word.i + 1]
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
        if is_arrival_site(found):
            found = arrival_city(found, reading.table)
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
    # "Signed it in the city of Vik": where the town noun is; a "to the city of Vik" may be
    # the goal of another trip the sentence tells ("following his visit to the city of Vik").
    town = word.head.head
    if word.head.lower_ == "of" and town.lemma_.lower() in SETTLEMENT_NOUNS:
        return town.dep_ == "pobj" and town.head.lower_ in ("in", "at")
    if word.head.lower_ in ("from", "via"):
        return any(w.lower_ == "where" for w in word.doc[word.i + 1 : word.i + 3])
    return word.head.lower_ in ("in", "at", "to", "into", "inside")


def _own_country(actor: Role, place: Referent) -> bool:
    """A visit placed in the traveller's own country is no visit abroad (dropped later); it
    is not to be made one by naming a city of it."""
    party = actor.referent
    if place.place is None or place.place.kind != "country" or party.key == place.key:
        return party.key == place.key
    return party.label == "PERSON" and place.place.country_code in nationality(party)


def place_of_trip_held_on(
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
    leg = leg_for_talks(event_type, chain[0], earlier)
    if leg is not None:
        return leg.location
    trip = _trip_held_on(event_type, chain, parties, reading)
    if trip is None:
        return None
    if trip.i not in reading.triggers:
        return place_named(trip, reading)
    keys = {party.key for party in parties}
    traveller = actors.actor(trip, reading.table)
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
    goes_to = roles_stops.location(trip, reading.table, "visit", reading.dateline_end)
    return read[0] if read else goes_to


def place_of_companion_trip(
    event_type: str,
    trigger: Token,
    parties: list[Referent],
    date: EventDate | None,
    reading: Reading,
    earlier: list[Mention],
) -> Referent | None:
    """ "The foreign minister, who is travelling with the President, held separate talks with
    X", "Y and Z, who flew in with the King, signed a protocol": one travelling with another
    is where the other's trip has got to; talks or a deal of theirs that name no place are
    held at the stop that trip had reached by their day."""
    if event_type == "visit":
        return _trip_gone_along(trigger, parties[0], date, reading, earlier)
    if event_type not in COMPANION_PLACED:
        return None
    keys = {party.key for party in parties}
    for party in parties:
        leader = travelled_with(party, trigger.sent, reading.table)
        if leader is not None and leader.key not in keys:
            return _stop_reached(leader, trigger, date, earlier)
    return None


def _trip_gone_along(
    trigger: Token,
    traveller: Referent,
    date: EventDate | None,
    reading: Reading,
    earlier: list[Mention],
) -> Referent | None:
    """ "His wife, Ana, travelled with him": a subject told travelling with another, in a clause
    of its own, goes where the other's trip had got to, when it names no place. One set off
    in a clause on a name ("X, who is travelling with the President, met Y") is an escort the
    guide makes no traveller; a stop lent only by the dateline is left to the merge, which may
    know the venue the leader was received at."""
    if trigger.dep_ in COMPANION_CLAUSES:
        return None
    leader = going_with(trigger, reading.table, excluding=traveller.key)
    stop = None if leader is None else _stop_reached(leader, trigger, date, earlier)
    return None if stop is None or stop == reading.here else stop


# Clauses that set a companion off on a name rather than tell their own going.
COMPANION_CLAUSES = frozenset({"relcl", "acl", "advcl"})


def _stop_reached(
    traveller: Referent, trigger: Token, date: EventDate | None, earlier: list[Mention]
) -> Referent | None:
    """The place of the traveller's visit told before the trigger that the trip had reached by
    the trigger's date: the latest dated no later than it ("arrived in Kel on Sunday from Vik,
    where he had landed on Friday ... his minister met X on Monday" is in Kel), else the
    latest told. For a visit told only as to a country ("his first visit to Lorvia"), the city
    of it told as a stop before."""
    visits = [
        m
        for m in reversed(earlier)
        if m.type == "visit"
        and m.trigger.i < trigger.i
        and m.location is not None
        and traveller.key in {m.actor.referent.key, *(ref.key for ref in m.co_actors)}
    ]
    if not visits:
        return None
    reached = [
        m for m in visits if date is not None and m.date is not None and m.date.value <= date.value
    ]
    latest = max(reached, key=lambda m: m.date.value) if reached else visits[0]
    stops = [m.location for m in visits]
    place = latest.location
    if place.place is None or place.place.kind != "country":
        return place
    cities = (
        stop
        for stop in stops
        if stop.place is not None
        and stop.place.kind == "city"
        and gazetteer.contains(place.place, stop.place)
    )
    return next(cities, place)


def leg_for_talks(event_type: str, talks: Token, earlier: list[Mention]) -> Mention | None:
    """ "A tour that took him to Kel on Monday, and to Vik on Tuesday for talks with X": talks
    a leg of a trip is for are held by its traveller, at its stop."""
    if event_type != "meeting" or talks.dep_ != "pobj" or talks.head.lower_ != "for":
        return None
    leg = talks.head.head
    while leg.ent_type_ == "DATE" or leg.lower_ == "on":
        leg = leg.head  # "to Vik on Tuesday for talks": the time told of the leg
    leg = _stop_of_the_carrying_verb(leg, talks)
    if leg.lower_ != "to" or leg.dep_ not in ("prep", "conj"):
        return None
    stops = {t.i for t in children(leg, "pobj")}
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


def _stop_of_the_carrying_verb(word: Token, talks: Token) -> Token:
    """ "The tour takes him to Vik on Sunday for talks with X": the parser hangs the purpose on
    the verb, beside its one stop; the talks are held there, as with "to Vik for talks". Only
    talks with someone named: "flies to Vik for the summit" is a gathering told on its own."""
    if word.pos_ not in ("VERB", "AUX") or not any(
        w.lower_ == "with" for w in children(talks, "prep")
    ):
        return word
    stops = [child for child in all_children(word) if child.dep_ == "prep" and child.lower_ == "to"]
    return stops[0] if len(stops) == 1 else word


def _trip_held_on(
    event_type: str, chain: list[Token], parties: list[Referent], reading: Reading
) -> Token | None:
    if event_type != "meeting" or len(parties) < 2 or _welcomed(chain[0]):
        # "arrived in Kel, where he was received by X": the arrival's welcome; a gathering
        # that names no one met is left to whoever hosts it.
        return None
    return _trip_holding(chain, reading) or _trip_timing(chain, reading)


def date_of_trip_held_on(
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
        for word in subtree_of(trip)
        if word.i < opened.left_edge.i
        and word.dep_ == "pobj"
        and word.head.lower_ in ("to", "in", "at")
    ]
    places = (place_named(word, reading) for word in reversed(told))
    return next(filter(None, places), None)


def _welcomed(trigger: Token) -> bool:
    """ "Was received", "was greeted": a guest's welcome, which the arrival passes read."""
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in all_children(trigger))
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
        if _opens_occasion(below) and place_named(word, reading) is not None:
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
    made = children(verb, "dobj")
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
        for time in [*prep_objects(word, "in", "on"), *children(word, "npadvmod")]
        if time.ent_type_ == "DATE"
    ]
    clauses = [
        *(clause for word in chain for clause in children(word, "advcl")),
        *(clause for time in times for clause in children(time, "relcl")),
    ]
    return next(
        (
            clause
            for clause in clauses
            if told_when(clause) and reading.trigger_types.get(clause.i) == "visit"
        ),
        None,
    )
