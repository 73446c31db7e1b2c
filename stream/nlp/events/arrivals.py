"""Arrivals told by their welcome, awaited or told in a time clause, and the guests carried
or greeted with them.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from stream.contracts import DatePrecision, EventDate
from stream.nlp import gazetteer
from stream.nlp.doctext import all_children, subtree_of
from stream.nlp.entities.names import in_caption
from stream.nlp.entities.table import Referent
from stream.nlp.events.arrival_sites import at_arrival_site, flown_in, reaches_arrival_site
from stream.nlp.events.greetings import (
    arrival_in_its_sentence,
    arrival_met_at_an_airfield,
    craft_landing,
    fellow_arrivals,
    hosts_of,
    is_reception,
    past_a_look_back,
    told_of_place_left,
    visits_welcomed,
    welcome_clause,
)
from stream.nlp.events.mention import SEQUENCE_MARKS, Mention, Reading
from stream.nlp.events.places import filed_from_city, town_arrived_in
from stream.nlp.events.reading import same_ground
from stream.nlp.events.trip_parties import welcomed_at_arrival_site
from stream.nlp.lexicon import cue_words
from stream.nlp.roles import actors
from stream.nlp.roles.actors import names_its_agent
from stream.nlp.roles.guests import is_welcome
from stream.nlp.roles.home_places import arrival_city
from stream.nlp.roles.reference import nationality
from stream.nlp.roles.syntax import Role, prep_objects


def stop_come_from(visit: Mention, reading: Reading) -> list[Mention]:
    """ "Flew into Tarvia on Thursday night from Lorn": a traveller who comes in from a place
    abroad was there, an earlier stop of the trip, on a day the sentence does not tell."""
    trigger, arrived_in = visit.trigger, visit.location
    if visit.type != "visit" or trigger.lemma_ not in cue_words("coming_in") or arrived_in is None:
        return []
    # "Arrived by train from Lorn": a way over land may only have passed through it.
    if any(prep_objects(trigger, "by")):
        return []
    stops = []
    for word in prep_objects(trigger, "from"):
        origin = reading.table.at(word)
        if origin is None or origin.label != "GPE" or origin.place is None:
            continue
        if home_of(visit.actor.referent, origin) or same_ground(origin, arrived_in):
            continue
        stop = replace(visit, location=origin, date=None, date_is_own=False, counterparts=[])
        stop.left_from = True
        stops.append(stop)
    return stops


def stop_left_on_the_way_back(visit: Mention, reading: Reading) -> list[Mention]:
    """ "Stopped in Vik on his way back from the summit in Lorn": a traveller heading back
    from a place was there, an earlier stop of the trip, on a day the sentence does not tell
    but in the month or year it does. "Home from Vik" may be from a town of the traveller's
    own country, so one of no told country is taken to be at home there, as in
    `stop_come_from`. "On his way from Lorn" alone may name the traveller's start: no stop."""
    if visit.type != "visit" or visit.location is None:
        return []
    stops = []
    for origin in _places_headed_back_from(visit.trigger, reading):
        if home_of(visit.actor.referent, origin) or same_ground(origin, visit.location):
            continue
        # The stop before lies in the month told ("in May, on his way back from Lorn"), but
        # not on the day of the stop after it.
        date = visit.date if coarser_than_a_day(visit.date) else None
        stop = replace(visit, location=origin, date=date, date_is_own=False, counterparts=[])
        stop.left_from = True
        stops.append(stop)
    return stops


def _places_headed_back_from(trigger: Token, reading: Reading) -> list[Referent]:
    """The places of "on his way back from Lorn", "on her way home from the summit in Lorn"
    hung on the verb; the parser hangs the "from" on "back" or on "way"."""
    found = []
    for way in prep_objects(trigger, "on"):
        backs = [c for c in all_children(way) if c.lower_ in cue_words("way_back")]
        if way.lemma_ != "way" or not backs:
            continue
        for word in (w for head in [way, *backs] for w in prep_objects(head, "from")):
            origin = _place_left(word, reading)
            if origin is not None:
                found.append(origin)
    return found


def _place_left(word: Token, reading: Reading) -> Referent | None:
    """The country or town of "from Lorn", or of "from the summit in Lorn"."""
    for each in [word, *prep_objects(word, "in", "at")]:
        origin = reading.table.at(each)
        if origin is not None and origin.label == "GPE" and origin.place is not None:
            return origin
    return None


def coarser_than_a_day(date: EventDate | None) -> bool:
    return date is not None and date.precision in (DatePrecision.MONTH, DatePrecision.YEAR)


def home_of(traveller: Referent, place: Referent, untold_is_home: bool = True) -> bool:
    """Whether a place is, or lies in, the traveller's own country; a person of no told
    country may be coming home, so is taken to be unless the caller knows better."""
    if place.place is None or traveller.key == place.key:
        return True
    if traveller.label == "PERSON":
        codes = nationality(traveller, named_country=True)
        capital = any(gazetteer.names_capital_of(place.name, code) for code in codes)
        return (not codes and untold_is_home) or place.place.country_code in codes or capital
    home = traveller.place
    return (home is None and untold_is_home) or (
        home is not None and home.country_code == place.place.country_code
    )


def welcomes_on_arrival(mentions: list[Mention], reading: Reading) -> list[Mention]:
    """ "Arrived in Dunedin and was received at the airport by President X": a host who
    welcomes a visitor on arrival is the visit's counterpart, not a party to talks."""
    kept: list[Mention] = []
    greetings: list[Mention] = []
    hosts_arriving = {id(m) for m in _hosts_told_arriving(mentions)}
    for mention in mentions:
        if id(mention) in hosts_arriving or _greeting_retold(mention, greetings, reading):
            continue
        if _caption_of_a_welcome_told(mention, kept):
            continue
        # Who welcomes beside the host matters only to a welcome (see `visits_welcomed`).
        beside = actors.co_hosts(mention.trigger, reading.table) if is_reception(mention) else []
        visits = visits_welcomed(mention, kept, frozenset(ref.key for ref in beside))
        _place_at_the_airfield(mention, visits)
        visits = visits or _arrival_it_waited_for(mention, mentions)
        visits = visits or _arrival_awaited_there(mention, kept)
        visits = _guests_carried(mention, visits, kept, reading)
        visits = _in_the_welcomes_town(mention, visits, kept)
        visits += _guests_arriving_beside(mention, visits, kept, reading)
        if visits:
            greetings.append(mention)
        told_of_site = welcomed_at_arrival_site(mention) and not _met_by_the_one_arrived(
            mention, kept
        )
        told_of_town = _welcomed_on_arrival_in_town(mention, reading)
        if not visits and (told_of_site or told_of_town or _received_where_left(mention)):
            # "X was received at Braga airport by Y", with no arrival told before.
            kept += _arrival_told_by_its_welcome(mention, reading, mentions)
        elif not visits and not _greeters_only(mention, reading) and not _waiting(mention):
            kept.append(mention)
        for visit in visits:
            for host in hosts_of(mention, reading):
                if host.key != visit.actor.referent.key and host not in visit.counterparts:
                    visit.counterparts = [*visit.counterparts, host]
    return kept


def _place_at_the_airfield(welcome: Mention, visits: list[Mention]) -> None:
    """ "Arrived on Tuesday and was received at Tarnby by X": an arrival that names no place
    of its own is at the airfield its welcome names, when the gazetteer cannot place it (one
    at a small town beside the city flown to is a visit to the city)."""
    site = welcome.location
    if site is None or site.place is not None:
        return
    for visit in visits:
        arrival = arrival_met_at_an_airfield(welcome_clause(welcome.trigger), [visit])
        told_there = any(prep_objects(visit.trigger, "to", "in", "into", "at"))
        if arrival is not None and not told_there:
            visit.location = site


def _welcomed_on_arrival_in_town(welcome: Mention, reading: Reading) -> bool:
    """ "X received Y on his arrival in Vik": a welcome that names the town arrived in tells
    the arrival there, even when an arrival in another town was told before."""
    reception = welcome.type == "meeting" and welcome.trigger.lemma_ in cue_words("reception")
    return reception and town_arrived_in(welcome.trigger, reading) is not None


def _met_by_the_one_arrived(mention: Mention, earlier: list[Mention]) -> bool:
    """ "Flew to Kell, where he met X at the airport": one told arriving who meets someone at
    the airport holds talks there, and is no host welcoming a guest."""
    trigger = mention.trigger
    if any(c.dep_ in ("auxpass", "agent") for c in all_children(trigger)):
        return False
    traveller = mention.actor.referent.key
    return any(
        m.type == "visit"
        and m.trigger.sent == trigger.sent
        and m.trigger.i < trigger.i
        and m.actor.referent.key == traveller
        and not m.left_from
        for m in earlier
    )


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
    # Only a welcome of a craft's landing carries guests: who it greets (a walk of its hosts
    # over the parse) is read only then, not for every mention the welcome pass weighs.
    if not visits or not all(map(craft_landing, visits)):
        return visits
    guests = [ref for ref in _guests_of(welcome, reading) if ref.label == "PERSON"]
    if not guests:
        return visits
    carried: list[Mention] = []
    for craft in visits:
        arrivals = [
            replace(craft, actor=Role(guest, from_parse=True), co_actors=[]) for guest in guests
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
    if not visits or not at_arrival_site(welcome_clause(welcome.trigger)):
        return []
    travelling = {visit.actor.referent.key for visit in visits}
    trip = visits[-1]
    beside = [
        replace(trip, trigger=welcome.trigger, actor=Role(guest, from_parse=True), co_actors=[])
        for guest in _guests_of(welcome, reading)
        if guest.label == "PERSON" and guest.key not in travelling and _named_in(guest, welcome)
    ]
    kept += beside
    return beside


def _named_in(party: Referent, mention: Mention) -> bool:
    """Whether the mention's own sentence names the party ("they" or "the couple" may stand
    for others than those who travelled)."""
    return any(named.sent == mention.sentence for named in party.mentions)


def _caption_of_a_welcome_told(mention: Mention, kept: list[Mention]) -> bool:
    """ "PHOTO: X greets Y at the airport": a caption of a welcome on arrival the story told,
    whose host already stands beside each guest's trip, greets no other arrival of theirs. (One
    "at the palace" shows a reception, talks, which it may place.)"""
    trigger = mention.trigger
    reception = mention.type == "meeting" and trigger.lemma_ in cue_words("reception")
    if not reception or not at_arrival_site(trigger):
        return False
    guests = {ref.key for ref in mention.counterparts}
    host = mention.actor.referent.key
    welcomed = {
        visit.actor.referent.key
        for visit in kept
        if visit.type == "visit" and host in {ref.key for ref in visit.counterparts}
    }
    return in_caption(trigger) and bool(guests) and guests <= welcomed


def _greeting_retold(mention: Mention, greetings: list[Mention], reading: Reading) -> bool:
    """ "X met him on the tarmac and warmly embraced him": a second verb of welcome by
    the same host to the same guest, in the same sentence and with no place of its own, tells
    the same greeting again. A fellow host the parse swept into the second verb ("received by
    X, who greeted him with a hug, and Y") is no guest of it."""
    trigger = mention.trigger
    if mention.type != "meeting" or trigger.lemma_ not in cue_words("reception"):
        return False
    if any(prep_objects(trigger, "at", "in", "on")):
        return False
    guests = {ref.key for ref in mention.counterparts}
    return any(
        greeting.trigger.sent == trigger.sent
        and greeting.actor.referent.key == mention.actor.referent.key
        and guests - {ref.key for ref in hosts_of(greeting, reading)}
        <= {ref.key for ref in greeting.counterparts}
        for greeting in greetings
    )


def _greeters_only(welcome: Mention, reading: Reading) -> bool:
    """ "The heir arrived ... and was met by X and Y", the heir unresolved: the greeters stand
    side by side as hosts and meet no one but the guest, so without a guest there is no event."""
    reception = welcome.type == "meeting" and welcome.trigger.lemma_ in cue_words("reception")
    passive = names_its_agent(welcome_clause(welcome.trigger))
    return reception and passive and not _guests_of(welcome, reading)


def _guests_of(welcome: Mention, reading: Reading) -> list[Referent]:
    hosts = {ref.key for ref in hosts_of(welcome, reading)}
    return [ref for ref in welcome.counterparts if ref.key not in hosts]


def _arrival_it_waited_for(welcome: Mention, mentions: list[Mention]) -> list[Mention]:
    """ "She was greeted by X when her plane landed at Y": a passive welcome whose clause of
    time tells an arrival greets that arrival; "X greeted A and B as they arrived" greets the
    arrival of each guest."""
    trigger = welcome.trigger
    if welcome.type != "meeting" or trigger.lemma_ not in cue_words("reception"):
        return []
    arrivals = _arrivals_told_in_time_clause(trigger, mentions)
    if any(c.dep_ in ("auxpass", "agent") for c in all_children(trigger)):
        return arrivals[:1]
    guests = {ref.key for ref in welcome.counterparts}
    return [m for m in arrivals if m.actor.referent.key in guests]


def _waiting(mention: Mention) -> bool:
    """One told waiting meets no one unless a traveller arrives there."""
    return mention.type == "meeting" and mention.trigger.lemma_ in cue_words("awaiting")


def _arrival_awaited_there(welcome: Mention, earlier: list[Mention]) -> list[Mention]:
    """ "Landed at Y airport, where X was waiting on the tarmac": one told waiting where a
    traveller arrives greets each who arrived."""
    if not _waiting(welcome) or welcome.actor.referent.label != "PERSON":
        # "Flies to Kell, where the royal yacht is waiting": a craft waits for no guest.
        return []
    arrived = arrival_in_its_sentence(welcome.trigger, earlier) or _arrival_just_told(
        welcome.trigger, earlier
    )
    return fellow_arrivals(welcome, arrived, earlier) if arrived is not None else []


def _arrival_just_told(waiting: Token, earlier: list[Mention]) -> Mention | None:
    """ "A and B arrived at Y airport. X was waiting at the bottom of the steps": one told
    waiting at the plane or the airport, in the sentence after an arrival, waits for it. "A
    flew into Y. X was waiting at the foot of the steps": a flight told ending there is an
    arrival too."""
    if not at_arrival_site(waiting):
        return None
    since = past_a_look_back(waiting)
    arrivals = [
        m
        for m in earlier
        if m.type == "visit"
        and since <= m.trigger.i < waiting.i
        and _told_arriving(m.trigger)
        and not m.left_from
    ]
    return arrivals[-1] if arrivals else None


def _told_arriving(trip: Token) -> bool:
    return trip.lemma_ in cue_words("arrival") or reaches_arrival_site(trip) or flown_in(trip)


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
    marks = {c.lower_ for c in all_children(arrival) if c.dep_ == "mark"}
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
        active = not any(c.dep_ in ("auxpass", "agent") for c in all_children(trigger))
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


def _received_where_left(welcome: Mention) -> bool:
    """ "Arrived from Kell, where X received him on Tuesday": a welcome told of the place the
    traveller came from, with no place of its own, greets the traveller's stop there ("where
    X met him" tells talks)."""
    trigger = welcome.trigger
    # "From Ghana, where he was received by X in Accra": a place of its own tells talks there.
    own_place = any(word.ent_type_ in ("GPE", "FAC", "LOC") for word in subtree_of(trigger))
    told_of_leg = welcome.type == "meeting" and is_welcome(trigger)
    return told_of_leg and told_of_place_left(trigger) and not own_place


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
    city = arrival_city(site, reading.table) if site is not None else filed_from_city(reading)
    return [
        replace(
            welcome,
            type="visit",
            actor=Role(guests[0], from_parse=welcome.actor.from_parse),
            counterparts=hosts_of(welcome, reading),
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
