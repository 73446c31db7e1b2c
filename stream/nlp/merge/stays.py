"""Stays and trips told twice: dates compatible, hosts at home, stays folded into trips."""

from __future__ import annotations

from spacy.tokens import Token

from stream.contracts import EventDate, EventStatus
from stream.nlp import gazetteer
from stream.nlp.doctext import all_children
from stream.nlp.entities.canonical import holds_office
from stream.nlp.entities.names import in_caption
from stream.nlp.entities.table import Referent
from stream.nlp.events.mention import POPE, Mention, told_where_left
from stream.nlp.lexicon import cue_words, fold
from stream.nlp.merge.compatible import (
    STAY_DAYS,
    VISIT_UNDER_WAY_DAYS,
    MergedEvent,
    _country,
    _places_compatible,
    days_apart,
    may_be_in_country_of,
    named_wide,
    names_place,
)
from stream.nlp.roles.guests import is_welcome
from stream.nlp.roles.reference import nationality
from stream.nlp.roles.syntax import children, prep_objects


def names_a_told_stay(visit: MergedEvent, events: list[MergedEvent]) -> bool:
    """ "Landed in Vell on Monday for the first state visit to Orsk": a trip noun naming a
    country or region the gazetteer cannot tell holds the stay told with it, on its days, is
    that stay named, not a trip of its own."""
    if visit.first.type != "visit" or not named_wide(visit):
        return False
    traveller = visit.first.actor.referent.key
    sentences = [m.sentence for m in visit.mentions]
    triggers = {m.trigger.i for m in visit.mentions}
    return any(
        stay is not visit
        and stay.first.type == "visit"
        and stay.first.actor.referent.key == traveller
        and stay.status is visit.status
        and stay.location is not None
        and not named_wide(stay)
        # "short visits to Vell and Orsk" are two trips, not one trip and its name
        and triggers.isdisjoint(m.trigger.i for m in stay.mentions)
        and any(names_place(sent, stay.location) for sent in sentences)
        and _dates_compatible(stay.date, visit.date)
        and may_be_in_country_of(stay.location, visit.location)
        for stay in events
    )


def told_in_story(mention: Mention, headline_end: int) -> bool:
    """Whether the story's body tells the mention: not its headline, nor a photo's caption
    ("PHOTO: X receives Y at the palace" pictures the talks the story told)."""
    return mention.trigger.idx >= headline_end and not in_caption(mention.trigger)


def host_at_home(visit: MergedEvent, events: list[MergedEvent]) -> bool:
    """ "X welcomed Y in Lorn ... the two presidents attended the ceremony": the host of a
    visit is at home where they received it and in its country, and going about there beside
    the guest is no visit of their own. A host's trip on to another town of the country
    ("the two leaders flew on to Kel") is one."""
    if visit.first.type != "visit" or visit.location is None:
        return False
    if any(bare_arrival(m) and any(prep_objects(m.trigger, "from")) for m in visit.mentions):
        # "Welcomed by X, who had flown in from Kell": a host told coming from elsewhere came.
        return False
    host = visit.first.actor.referent.key
    return any(
        _at_home_in(visit.location, hosted.location)
        for hosted in events
        if hosted.first.type == "visit"
        and hosted.location is not None
        and hosted.first.actor.referent.key != host
        and host in {party.key for party in hosted.principal.counterparts}
    )


def _at_home_in(place: Referent, hosted_in: Referent) -> bool:
    if place.key == hosted_in.key:
        return True
    country = hosted_in.place.country_code if hosted_in.place is not None else None
    return is_country(place) and place.place is not None and place.place.country_code == country


def stay_told_as_trip(stay: MergedEvent, events: list[MergedEvent]) -> bool:
    """ "Arrived in Lima on Sunday ... met X at the palace on Monday": talks abroad make a visit
    of their own only when no trip told of the traveller, there and then, holds them."""
    traveller = stay.first.actor.referent.key
    if _hosted_there(traveller, stay, events) or _received_there(traveller, stay, events):
        return True
    if _host_of_the_guest_met(stay, events):
        return True
    trips = [
        trip
        for trip in events
        if trip.first.type == "visit"
        and trip.first.actor.referent.key == traveller
        and trip.location is not None
    ]
    # "The two ministers met X in Lorn": a group's member the story tells no trip of is one
    # it mentions beside its travellers, whose own trip it does not report. Nor does a trip
    # only ahead of a member ("invited him to visit Kell") put him abroad at talks held.
    if stay.first.grouped and not any(_ahead(trip.status) == _ahead(stay.status) for trip in trips):
        return True
    # "Arrived in Peru on Monday ... President X held talks in Cusco": a person of no stated
    # country is abroad where the story tells them travelling to, or, in a story of their
    # travels, where they met a host of that country ("met Peruvian President Y in Lima").
    told_there = [trip for trip in trips if _country(trip.location) == _country(stay.location)]
    hosted = bool(trips) and _met_a_host(stay, events)
    # The leg told beside the talks is looked for only when neither settles it: it reads the
    # parse of every mention of every trip.
    if not (
        told_there
        or hosted
        or _leg_told_beside(stay, trips)
        or (not trips and _guest_from_home(stay, events))
    ) and not nationality(stay.first.actor.referent, named_country=True):
        return True
    # "Began a state visit to Lorvia ... laid a wreath in Kell": a thing done in a town is a
    # stop of its own beside a trip told only to the whole country.
    holders = [trip for trip in trips if not (stay.first.done_there and is_country(trip.location))]
    # A trip to another town of the country, told over the days a thing was done, holds talks
    # there ("in Lorn that week ... met X in Kell"), not the thing done in a town of its own.
    spanning = [
        trip
        for trip in told_there
        if not (stay.first.done_there and _elsewhere_in_the_country(trip.location, stay.location))
    ]
    return any(
        _places_compatible(trip.location, stay.location) and _then(trip, stay) for trip in holders
    ) or any(_spans(m.date, stay.date) for trip in spanning for m in trip.mentions)


def _leg_told_beside(stay: MergedEvent, trips: list[MergedEvent]) -> bool:
    """ "Stopped in Vell on Monday and met X in Kell": talks told in one sentence after a leg
    of the person's trip to another country are the journey's next stop, abroad whatever
    country their title names. Not the town the leg came from ("flew in from Kell, where he
    met X"), which may be home, nor talks told before the leg ("skipped the summit in Kell
    and instead flew to Vell")."""
    talks = stay.first.trigger
    if told_where_left(talks):
        return False
    return any(
        trip.status is stay.status
        and _country(trip.location) != _country(stay.location)
        and any(
            m.sentence.start == talks.sent.start and m.trigger.i < talks.i for m in trip.mentions
        )
        for trip in trips
    )


def _guest_from_home(stay: MergedEvent, events: list[MergedEvent]) -> bool:
    """ "X welcomed the visiting premier in Lorn ... X himself was received by President Y at
    the palace in Vell in 2019": a person of no stated country whose trips the story does not
    tell, but who hosts a visit it tells or invites a guest to their country, is at home
    there; talks they held in another country with a host at home in it tell a stay abroad,
    as a title naming their country would. Only talks held: those still ahead are no trip."""
    where = stay.location
    if stay.status is not EventStatus.OCCURRED or where is None or where.place is None:
        return False
    homes = _countries_hosted_in(stay.first.actor.referent.key, events)
    return bool(homes) and _country(where) not in homes and _met_at_their_home(stay, events)


def _countries_hosted_in(person: str, events: list[MergedEvent]) -> set[str]:
    """The countries of the visits the story tells a person hosting or receiving the guest of
    ("welcomed him at the palace"), and of the places they invite guests to."""
    hosted = {
        _country(visit.location)
        for visit in events
        if visit.first.type == "visit"
        and visit.location is not None
        and any(party.key == person for m in visit.mentions for party in m.counterparts)
    }
    invited_to = {
        _country(invitation.location)
        for invitation in events
        if invitation.first.type == "invitation"
        and invitation.location is not None
        and invitation.first.actor.referent.key == person
    }
    return hosted | _countries_received_in(person, events) | invited_to


def _countries_received_in(person: str, events: list[MergedEvent]) -> set[str]:
    """The countries where the person receives a guest the story tells travelling there. The
    talks' place is read as merged: a venue lies in the city of the guest's stay."""
    trips = {
        (visit.first.actor.referent.key, _country(visit.location))
        for visit in events
        if visit.first.type == "visit" and visit.location is not None
    }
    return {
        _country(talks.location)
        for talks in events
        if talks.location is not None
        for m in talks.mentions
        if m.type == "meeting"
        and m.actor.referent.key == person
        and _receives_a_guest(m.trigger)
        and any((guest.key, _country(talks.location)) in trips for guest in m.counterparts)
    }


def _met_at_their_home(stay: MergedEvent, events: list[MergedEvent]) -> bool:
    """Whether the talks a stay is read off were with a host at home at their place: a national
    of its country by title, or a pope at his see. Talks at a summit or a third country's
    town have no such host."""
    where = stay.location
    if where is None or where.place is None:
        return False
    triggers = {m.trigger.i for m in stay.mentions}
    hosts = [
        party
        for talks in events
        for m in talks.mentions
        if m.type == "meeting" and m.trigger.i in triggers
        for party in (m.actor.referent, *m.counterparts)
        if party.label == "PERSON" and party.key != stay.first.actor.referent.key
    ]
    see = fold(where.name) in cue_words("papal_seat")
    return any(
        (see and holds_office(host, POPE))
        or where.place.country_code in nationality(host, named_country=True)
        for host in hosts
    )


def _elsewhere_in_the_country(trip: Referent | None, town: Referent | None) -> bool:
    """A town or site the gazetteer knows, of the country, that neither holds nor lies in the
    other."""
    if trip is None or trip.place is None or is_country(trip):
        return False
    return not _places_compatible(trip, town)


def _hosted_there(person: str, stay: MergedEvent, events: list[MergedEvent]) -> bool:
    """ "A landed in Kell and was welcomed by President B ... B gave a banquet at the palace":
    a host is at home in the country they received a guest in, though the story tells them
    travelling on with the guest to another of its towns."""
    country = _country(stay.location) if stay.location is not None else None
    return country is not None and any(
        visit.first.type == "visit"
        and visit.location is not None
        and _country(visit.location) == country
        and any(party.key == person for m in visit.mentions for party in m.counterparts)
        for visit in events
    )


def _received_there(person: str, stay: MergedEvent, events: list[MergedEvent]) -> bool:
    """ "Arrived in Kell ... President B welcomed her at the palace, where the two held talks":
    who receives a guest told travelling to that country is the visit's host, at home where
    they receive them whatever country their title names; the talks tell no stay of theirs."""
    country = _country(stay.location) if stay.location is not None else None
    if _travelled_to(person, country, events):
        return False  # "flew in to Kell ... received X at the embassy": a guest receives too
    receptions = [
        event
        for event in events
        if any(
            mention.type == "meeting"
            and mention.actor.referent.key == person
            and _places_compatible(mention.location, stay.location)
            and _receives_a_guest(mention.trigger)
            for mention in event.mentions
        )
    ]
    # The guest may be told only by the talks the welcome is merged with ("... and then held
    # talks with him").
    guests = {party.key for event in receptions for m in event.mentions for party in m.counterparts}
    return country is not None and any(
        visit.first.type == "visit"
        and visit.first.actor.referent.key in guests
        and visit.location is not None
        and _country(visit.location) == country
        for visit in events
    )


def _host_of_the_guest_met(stay: MergedEvent, events: list[MergedEvent]) -> bool:
    """ "A arrived in Kell on Monday ... A and B held talks at the Orla Palace": of two who meet
    in a country the story tells one of them travelling to, the other, of no stated country and
    told going about that country only beside the guest ("B and his guest flew to Vell"), is
    the guest's host, at home there; the talks tell no stay of theirs."""
    where, person = stay.location, stay.first.actor.referent
    if where is None or where.place is None or nationality(person, named_country=True):
        return False
    country = _country(where)
    triggers = {m.trigger.i for m in stay.mentions}
    met = {
        party
        for talks in events
        for m in talks.mentions
        if m.type == "meeting" and m.trigger.i in triggers
        for party in (m.actor.referent.key, *(ref.key for ref in m.counterparts))
    } - {person.key}
    guests_there = {trip.location.key for trip in _trips_to(met, country, events)}
    if not guests_there:
        return False
    own = _trips_to({person.key}, country, events)
    return all(trip.location.key in guests_there for trip in own)


def _trips_to(people: set[str], country: str, events: list[MergedEvent]) -> list[MergedEvent]:
    """The trips the story tells any of the people making to places of the country."""
    return [
        trip
        for trip in events
        if trip.first.type == "visit"
        and trip.first.actor.referent.key in people
        and trip.location is not None
        and _country(trip.location) == country
    ]


def _travelled_to(person: str, country: str | None, events: list[MergedEvent]) -> bool:
    """Whether the story tells the person's own trip to the country, made."""
    return country is not None and any(
        trip.first.type == "visit"
        and trip.first.actor.referent.key == person
        and trip.status is EventStatus.OCCURRED
        and trip.location is not None
        and _country(trip.location) == country
        for trip in events
    )


def _receives_a_guest(verb: Token) -> bool:
    """ "B welcomed him", not "was welcomed by B" (whose subject is the guest)."""
    return (
        verb.pos_ == "VERB"
        and is_welcome(verb)
        and any(children(verb, "dobj"))
        and not any(children(verb, "nsubjpass", "auxpass"))
    )


def stays_told_before(stay: MergedEvent, stays: list[MergedEvent]) -> list[MergedEvent]:
    """ "Held talks in Kell on Monday ... on Tuesday she will open a school in Kell": a thing
    done where a stay told before has the traveller is that stay told again."""
    if not stay.first.done_there:
        return []
    start = stay.first.trigger.i
    return [other for other in stays if other is not stay and other.first.trigger.i < start]


def fold_into_trip(stay: MergedEvent, events: list[MergedEvent]) -> None:
    """ "Arrived in Kell from Lorn ... on Monday she took part in the summit in Lorn": a thing
    done at a place a told trip of the traveller holds is that trip told again; the trip
    keeps its own date, and takes the day the thing was done on only when it has none."""
    traveller = stay.first.actor.referent.key
    holder = next(
        (
            trip
            for trip in events
            if trip.first.type == "visit"
            and trip.first.actor.referent.key == traveller
            and trip.location is not None
            and not is_country(trip.location)
            and trip.status is stay.status
            and _places_compatible(trip.location, stay.location)
            and _then(trip, stay)
        ),
        None,
    )
    if holder is None:
        return
    holder.mentions = sorted([*holder.mentions, *stay.mentions], key=lambda m: m.trigger.i)
    holder.date = holder.date or stay.date


def _met_a_host(stay: MergedEvent, events: list[MergedEvent]) -> bool:
    """Whether the talks a stay is read off were with a national of the stay's country."""
    if stay.location is None or stay.location.place is None:
        return False
    country = stay.location.place.country_code
    triggers = {m.trigger.i for m in stay.mentions}
    return any(
        country in nationality(party, named_country=True)
        for talks in events
        for m in talks.mentions
        if m.type == "meeting" and m.trigger.i in triggers
        for party in m.counterparts
        if party.label == "PERSON"
    )


def _spans(trip: EventDate | None, day: EventDate | None) -> bool:
    """ "A state visit to Norway from May 3 to 6": a trip told with its days holds whatever
    the traveller does in the country on them, in whichever of its cities."""
    return (
        trip is not None
        and day is not None
        and trip.start < trip.end
        and trip.start <= day.start <= trip.end
    )


def _then(trip: MergedEvent, stay: MergedEvent) -> bool:
    """A trip holds talks told with it ("his visit to Lorn in May, when he held talks with
    X"), undated talks there, and talks within a stay's days of it, told alike."""
    told_with = {m.sentence.start for m in trip.mentions} & {
        m.sentence.start for m in stay.mentions
    }
    if stay.date is None or told_with:
        return True
    if trip.date is None:
        # "Agreed to hold a summit in Lorn next month ... X is expected to travel to Lorn": a
        # trip still ahead holds talks ahead, whether planned or only expected.
        return _ahead(trip.status) == _ahead(stay.status)
    if _dates_compatible(trip.date, stay.date) or days_into(trip, stay):
        return True
    return trip.status is stay.status and days_apart(trip.date, stay.date) <= STAY_DAYS


def _ahead(status: EventStatus) -> bool:
    return status is not EventStatus.OCCURRED


def arrivals_at_the_scene(events: list[MergedEvent], here: Referent | None) -> None:
    """ "Sir Anil arrived on Thursday night", "X, who flew in on Wednesday": an arrival that
    names no place is at the scene the story tells, the place of the latest visit or talks
    told before it, else the place the text last set a scene in, else where the story is
    filed. A visit that names nothing visited ("the first since X visited in 1997") is held
    up against the story's own trip: it is to the country of the first trip told as made to a
    city or a country, and with no such trip it has no place."""
    for event in events:
        if event.location is not None or not any(map(bare_arrival, event.mentions)):
            continue
        start = event.first.trigger.i
        visited = any(_visited_bare(m.trigger) for m in event.mentions)
        told_before = [
            (_told_at(other, start, first=visited), other.location)
            for other in events
            if (
                _trip_made_to_a_town(other) if visited else other.first.type in ("visit", "meeting")
            )
            and other.location is not None
            and _may_set_the_scene(other.status, event.status)
            and any(m.trigger.i < start for m in other.mentions)
            and not all(_told_as_left(m) for m in other.mentions)
            # "Began their tour in Kel on May 2 ... Among those who flew in yesterday": a place
            # told days before the arrival is one the story went back to, not its scene.
            and (visited or days_apart(other.date, event.date) <= VISIT_UNDER_WAY_DAYS)
        ]
        told = next((m.scene for m in event.mentions if m.scene is not None), None) or here
        pick = min if visited else max
        event.location = pick(told_before, key=lambda item: item[0])[1] if told_before else told
        if visited and event.location is not None:
            event.location = _country_told(event.location, events)


def _may_set_the_scene(told: EventStatus, arrival: EventStatus) -> bool:
    """ "Is due in Lorn in February ... Among those who came up from Kell for the welcome": an
    arrival that happened came to where the story is, not to where a trip is still headed; a
    trip only spoken of sets no scene at all."""
    if told is EventStatus.SPECULATED:
        return False
    return arrival is not EventStatus.OCCURRED or told is EventStatus.OCCURRED


def _country_told(place: Referent, events: list[MergedEvent]) -> Referent:
    """The country a place lies in, as the story's events name it, else as the gazetteer does:
    "the last of its leaders to visit" came to the country, not to the venue of this trip."""
    if place.place is None:
        return place
    country = gazetteer.country_of(place.place)
    named = (
        ref
        for event in events
        for mention in event.mentions
        for ref in (mention.location, mention.actor.referent, *mention.counterparts)
        if ref is not None and ref.key == fold(country.name)
    )
    return next(named, None) or Referent(
        key=fold(country.name), label="GPE", name=country.name, place=country
    )


def _trip_made_to_a_town(event: MergedEvent) -> bool:
    """A trip made, to a city or a country: a site's place the gazetteer may only guess."""
    where = event.location.place if event.location is not None else None
    made = event.first.type == "visit" and event.status is EventStatus.OCCURRED
    return made and where is not None and where.kind in ("city", "country")


def _told_as_left(mention: Mention) -> bool:
    """ "Arrived in Kel from Lorn, where he had held talks with X": the place a trip came
    from, and what was done there, are behind the traveller, not the story's scene."""
    return mention.left_from or told_where_left(mention.trigger)


def _told_at(event: MergedEvent, start: int, *, first: bool) -> int:
    """Where an event told before `start` was told: its first mention, or its latest."""
    told = [m.trigger.i for m in event.mentions if m.trigger.i < start]
    return min(told) if first else max(told)


def bare_arrival(mention: Mention) -> bool:
    """An arrival verb with nowhere to go: "arrived on Monday", "flew in late on Sunday"."""
    trigger = mention.trigger
    if mention.type != "visit" or mention.location is not None or trigger.pos_ != "VERB":
        return False
    flew_in = trigger.lemma_ == "fly" and any(
        c.lower_ == "in" and (c.dep_ in ("prt", "advmod") or _stranded(c) or _time_of_day(c))
        for c in all_children(trigger)
    )
    came = flew_in or _came_from_elsewhere(trigger) or _came_over_from(trigger)
    if not (came or _visited_bare(trigger) or trigger.lemma_ in cue_words("arrival")):
        return False
    # "Arrived in the country", "landed at a military base": a place told but not named. An
    # "in" with no object is the particle of "flew in", which the parser may read as a prep.
    return not any(
        c.dep_ == "prep" and c.lower_ in ("in", "at", "to", "into") and not _times(c)
        for c in all_children(trigger)
        if not _stranded(c)
    )


def _stranded(prep: Token) -> bool:
    """ "Flew in yesterday": the parser may take the particle for a preposition with no object."""
    return prep.dep_ == "prep" and not any(c.dep_ in ("pobj", "pcomp") for c in all_children(prep))


def _came_from_elsewhere(verb: Token) -> bool:
    """ "X, who had flown from Kell at dawn, greeted him": a party told in passing as having
    travelled from a place, with nowhere else to go, came to the scene."""
    told_of_party = verb.dep_ == "relcl" and verb.head.ent_type_ == "PERSON"
    travelled = verb.lemma_ in cue_words("travelled_from")
    return told_of_party and travelled and any(prep_objects(verb, "from"))


def _came_over_from(verb: Token) -> bool:
    """ "Had flown up from Kell for the talks", "flew down from the capital with them": a trip
    told by its direction and its start, with no end named, comes to the scene as "flew in"
    does. "Flew back from Kell" and "flew home" go the other way, so only the particles of a
    way toward the scene count."""
    turned = any(
        c.dep_ in ("prt", "advmod") and c.lower_ in cue_words("toward_the_scene")
        for c in all_children(verb)
    )
    travelled = verb.lemma_ in cue_words("travelled_from")
    return turned and travelled and any(prep_objects(verb, "from"))


def _visited_bare(verb: Token) -> bool:
    """ "The last of its leaders to visit was X, in 2003", "Y visited in April 2010": a visit
    with nothing visited is to the scene, as an arrival is. The noun a relative clause with
    its own subject hangs from is what is visited ("the countries he will visit"), and "the
    visiting minister" tells a visitor, not a visit. "X came in 1971" is such a visit too."""
    if verb.lemma_ not in ("visit", "come") or verb.tag_ == "VBG":
        return False
    objects = ("dobj", *(("nsubj",) if verb.dep_ == "relcl" else ()))
    return not any(c.dep_ in objects for c in all_children(verb))


def _time_of_day(prep: Token) -> bool:
    """ "Are due to fly in this morning": the parser may take the particle for a preposition
    governing the time of day after it ("flew in April" may tell when a trip anywhere was)."""
    return prep.dep_ == "prep" and any(
        word.ent_type_ == "TIME" or word.lower_ in cue_words("day_part")
        for word in children(prep, "pobj")
    )


def _times(prep: Token) -> bool:
    """ "Visited in April 2010", "flew in at dawn": a time is no place told."""
    return any(
        word.ent_type_ in ("DATE", "TIME") or word.lower_ in cue_words("day_part")
        for word in children(prep, "pobj")
    )


def _dates_compatible(a: EventDate | None, b: EventDate | None) -> bool:
    return a is None or b is None or (a.start <= b.end and b.start <= a.end)


def is_country(place: Referent) -> bool:
    return place.place is not None and place.place.kind == "country"


def days_into(visit: MergedEvent, event: MergedEvent) -> bool:
    """A visit is dated by its arrival, and it lasts: "arrived in Quito on Monday ... met
    President X on Tuesday" is a meeting on that visit."""
    if visit.first.type != "visit" or visit.date is None or event.date is None:
        return False
    return 0 <= (event.date.start - visit.date.end).days <= VISIT_UNDER_WAY_DAYS
