"""Merging the mentions of one event, and turning merged events into `Event` records.

Two mentions are one event when they have the same type and participants, and their places
and dates are compatible (equal, one unknown, or one inside the other: Pyongyang is in North
Korea, the Kremlin in Moscow, March 22 is in the week of March 17).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from stream.contracts import (
    Article,
    DatePrecision,
    Event,
    EventDate,
    EventStatus,
    Evidence,
    PlaceRef,
)
from stream.nlp import gazetteer, roles
from stream.nlp.entities import Referent, in_caption
from stream.nlp.events import PARAGRAPH_BREAK, SEQUEL_WORDS, Mention, where_of
from stream.nlp.lexicon import cue_words, fold, slug

CERTAINTY = (EventStatus.OCCURRED, EventStatus.PLANNED, EventStatus.SPECULATED)
PRECISION_RANK = {"year": 0, "month": 1, "week": 2, "day": 3}
# Visits and deployments need a place, the others a second party, to say anything at all.
NEEDS_PLACE = frozenset({"visit"})
NEEDS_COUNTERPART = frozenset({"meeting", "invitation", "agreement", "statement"})
VISIT_UNDER_WAY_DAYS = 3
# Events whose parties may be states, met on an occasion by their people.
STATE_PARTY_TYPES = frozenset({"statement", "agreement"})
PAST_TRIP_DAYS = 31  # a trip made this long before the news is not one still ahead
# Events a dateline places when nothing else does, and how far from the filing day they may be.
FILED_TYPES = frozenset({"meeting", "agreement", "statement"})
FILED_DAYS = 3
# Events with no time of their own that are told as done at the talks told before them.
TOLD_AT_TALKS = frozenset({"statement", "invitation"})
# The events another happens on, and so lends its place and date to.
OCCASIONS: dict[str, frozenset[str]] = {
    "meeting": frozenset({"visit"}),
    "statement": frozenset({"visit", "meeting"}),
    "agreement": frozenset({"visit", "meeting"}),
    "invitation": frozenset({"visit", "meeting"}),
}


# How far apart a welcome and the arrival it greets may be told.
WELCOME_DAYS = 3
STAY_DAYS = 7  # a state visit's sites lie within about a week of the arrival


@dataclass
class MergedEvent:
    mentions: list[Mention]
    location: Referent | None = None
    date: EventDate | None = field(default=None)

    @property
    def first(self) -> Mention:
        return self.mentions[0]

    @property
    def principal(self) -> Mention:
        """The mention that names the parties: "met the prime minister" may come before "met
        Prime Minister X", and only the second says who."""
        return next((m for m in self.mentions if m.counterparts), self.first)

    @property
    def status(self) -> EventStatus:
        """The most certain status a verb gives ("will arrive", "arrived"); a bare noun ("the
        deployment to Latvia") has no tense of its own and speaks only when no verb does."""
        told = [m for m in self.mentions if m.trigger.pos_ not in ("NOUN", "PROPN")]
        return min((m.status for m in told or self.mentions), key=CERTAINTY.index)


def merge_mentions(
    mentions: list[Mention],
    published: dt.date,
    here: Referent | None = None,
    headline_end: int = 0,
) -> list[MergedEvent]:
    """Group the mentions of each event, in order of first mention, and settle place and date.

    A headline ends at `headline_end`: it tells in brief what the story tells, so its mentions
    join the story's events and make none of their own ("Okoro heads to Lisbon" over a story
    of a trip planned for the next day). A photo caption likewise shows what the story tells."""
    events: list[MergedEvent] = []
    for mention in mentions:
        joins = [
            e
            for e in events
            if _same_event(e, mention) and not _past_and_ahead(e, mention, published)
        ]
        same = next((e for e in joins if _placed_alike(e, mention)), None)
        same = same or next(iter(joins), None)
        if same is None:
            events.append(MergedEvent([mention], location=mention.location))
        else:
            same.location = _place_joined(same, mention)
            same.mentions.append(mention)
    for event in events:
        event.date = _settled_date(event)
    # A stay read only off talks abroad is no occasion that lends other events its place.
    told_order = {id(event): position for position, event in enumerate(events)}
    stays = [event for event in events if all(m.abroad for m in event.mentions)]
    events = [event for event in events if not all(m.abroad for m in event.mentions)]
    undated = [event for event in events if _taken_up(event)]
    events = _welcomes_joined_to_their_trip(events)
    _borrow_from_enclosing(events)
    _voiced_at_talks(events)
    events = _landings_driven_on_from(events)
    _visits_to_their_city(events, here, published)
    _sites_of_the_stay(events)
    events = [event for event in events if event.mentions]
    _place_on_occasions(events, published)
    _placed_where_filed(events, published, here)
    for event in undated:
        event.date = None
    _venues_in_their_city(events, published, here)
    _arrivals_at_the_scene(events, here)
    kept = [s for s in stays if not _stay_told_as_trip(s, [*events, *_stays_told_before(s, stays)])]
    for stay in stays:
        if stay not in kept and stay.first.done_there:
            _fold_into_trip(stay, events)
    events += kept
    events = _one_stay_told_twice(events)
    return [
        event
        for event in sorted(events, key=lambda event: told_order[id(event)])
        if _says_enough(event)
        and any(_told_in_story(m, headline_end) for m in event.mentions)
        and not _host_at_home(event, events)
        and not _retells_a_told_trip(event, events, published)
        and not _names_a_told_stay(event, events)
    ]


def _one_stay_told_twice(events: list[MergedEvent]) -> list[MergedEvent]:
    """ "Landed in Kell on Friday ... held talks in Kell on Saturday": two visits of one
    traveller, each told at one place, a day or two apart and with no other stop of theirs
    between, are one stay told twice; the one told first takes the other's mentions."""
    visits = [e for e in events if e.mentions and e.first.type == "visit"]
    for later in visits:
        told = (e for e in visits if _same_stay(e, later) and not _stop_between(e, later, visits))
        earlier = next(told, None)
        if earlier is None:
            continue
        earlier.mentions = sorted([*earlier.mentions, *later.mentions], key=lambda m: m.trigger.i)
        earlier.date = _day_told_most(earlier, [earlier.date, later.date])
        later.mentions = []
    return [event for event in events if event.mentions]


def _day_told_most(event: MergedEvent, days: list[EventDate | None]) -> EventDate | None:
    """The day more of the stay's mentions tell, else the earlier: "landed on Friday", "flew
    in on Friday" outweigh "held talks there on Saturday"."""
    told = [m.date.start for m in event.mentions if m.date is not None]
    dated = [day for day in days if day is not None]
    return min(dated, key=lambda day: (-told.count(day.start), day.start), default=None)


def _same_stay(first: MergedEvent, second: MergedEvent) -> bool:
    if first is second or not first.mentions or first.first.trigger.i > second.first.trigger.i:
        return False
    if first.first.actor.referent.key != second.first.actor.referent.key:
        return False
    # Told there by a mention of its own, not placed there by a stop told beside it.
    place = first.location.key if first.location is not None else None
    if place is None or not (_said_there(first, place) and _said_there(second, place)):
        return False
    # "Arrived in Kell on Monday" and "will fly to Kell on Wednesday" are two trips told apart.
    return (
        first.date is not None
        and second.date is not None
        and first.status is second.status
        and _days_apart(first.date, second.date) <= 2
    )


def _said_there(event: MergedEvent, place: str) -> bool:
    if event.location is None or event.location.key != place:
        return False
    return any(m.location is not None and m.location.key == place for m in event.mentions)


def _stop_between(first: MergedEvent, second: MergedEvent, visits: list[MergedEvent]) -> bool:
    """ "Arrived in Kell on Monday, flew to Lorn on Tuesday and returned to Kell": a stop
    elsewhere between the two makes them two stays."""
    if first.date is None or second.date is None:
        return False
    low, high = sorted((first.date.start, second.date.start))
    traveller = first.first.actor.referent.key
    return any(
        other.first.actor.referent.key == traveller
        and other.date is not None
        and low < other.date.start < high
        and not _places_compatible(other.location, first.location)
        for other in visits
        if other.mentions and other not in (first, second)
    )


def _retells_a_told_trip(visit: MergedEvent, events: list[MergedEvent], published: dt.date) -> bool:
    """ "It is the King's first visit to Lorn": a trip named in a copula's attribute is the
    story's trip told again, not a trip of its own, when the story tells a current trip of the
    same traveller there, made or ahead alike ("it will be her first visit to Lorn")."""
    if visit.first.type != "visit" or not all(map(_named_by_copula, visit.mentions)):
        return False
    traveller = visit.first.actor.referent.key
    recent = published - dt.timedelta(days=PAST_TRIP_DAYS)
    return any(
        trip is not visit
        and trip.first.type == "visit"
        and trip.first.actor.referent.key == traveller
        and not all(map(_named_by_copula, trip.mentions))
        and trip.status is visit.status
        and (trip.date is None or trip.date.end >= recent)
        and _may_be_in_country_of(trip.location, visit.location)
        for trip in events
    )


def _names_a_told_stay(visit: MergedEvent, events: list[MergedEvent]) -> bool:
    """ "Landed in Vell on Monday for the first state visit to Orsk": a trip noun naming a
    country or region the gazetteer cannot tell holds the stay told with it, on its days, is
    that stay named, not a trip of its own."""
    if visit.first.type != "visit" or not _named_wide(visit):
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
        and not _named_wide(stay)
        # "short visits to Vell and Orsk" are two trips, not one trip and its name
        and triggers.isdisjoint(m.trigger.i for m in stay.mentions)
        and any(_names_place(sent, stay.location) for sent in sentences)
        and _dates_compatible(stay.date, visit.date)
        and _may_be_in_country_of(stay.location, visit.location)
        for stay in events
    )


def _names_place(sentence: Span, place: Referent) -> bool:
    """Whether the sentence names the place, also inside a wider name ("in west Vell")."""
    inside = any(sentence.start <= w.start and w.end <= sentence.end for w in place.mentions)
    return inside or place.name in sentence.text


def _named_wide(visit: MergedEvent) -> bool:
    """A visit placed only by trip nouns ("the state visit to Orsk"), at a place wider than a
    city or one the gazetteer lacks."""
    place = visit.location
    if place is None or (place.place is not None and place.place.kind not in ("country", "region")):
        return False
    placed = [m for m in visit.mentions if m.location is not None]
    return bool(placed) and all(m.trigger.pos_ in ("NOUN", "PROPN") for m in placed)


def _named_by_copula(mention: Mention) -> bool:
    """ "It is his first trip to Lorn", "this was the second visit to Lorn": the trip noun is
    what a pronoun is said to be, a trip named rather than told happening."""
    trigger = mention.trigger
    if (
        trigger.pos_ not in ("NOUN", "PROPN")
        or trigger.dep_ != "attr"
        or trigger.head.lemma_ != "be"
    ):
        return False
    subjects = roles.children(trigger.head, "nsubj")
    return any(subject.pos_ in ("PRON", "DET") for subject in subjects)


def _may_be_in_country_of(place: Referent | None, told: Referent | None) -> bool:
    """Whether a trip's place is in the country a retelling names, or may be: a place the
    gazetteer cannot place ("Lorn Bay airport", an island's short name) rules nothing out."""
    if place is None or told is None:
        return False
    if place.place is None or told.place is None:
        return True
    return _country(place) == _country(told)


def _told_in_story(mention: Mention, headline_end: int) -> bool:
    """Whether the story's body tells the mention: not its headline, nor a photo's caption
    ("PHOTO: X receives Y at the palace" pictures the talks the story told)."""
    return mention.trigger.idx >= headline_end and not in_caption(mention.trigger)


def _host_at_home(visit: MergedEvent, events: list[MergedEvent]) -> bool:
    """ "X welcomed Y in Lorn ... the two presidents attended the ceremony": the host of a
    visit is at home where they received it and in its country, and going about there beside
    the guest is no visit of their own. A host's trip on to another town of the country
    ("the two leaders flew on to Kel") is one."""
    if visit.first.type != "visit" or visit.location is None:
        return False
    if any(_bare_arrival(m) and any(roles.prep_objects(m.trigger, "from")) for m in visit.mentions):
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
    return _is_country(place) and place.place is not None and place.place.country_code == country


def _stay_told_as_trip(stay: MergedEvent, events: list[MergedEvent]) -> bool:
    """ "Arrived in Lima on Sunday ... met X at the palace on Monday": talks abroad make a visit
    of their own only when no trip told of the traveller, there and then, holds them."""
    traveller = stay.first.actor.referent.key
    if _hosted_there(traveller, stay, events):
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
    if not (told_there or hosted) and not roles.nationality(
        stay.first.actor.referent, named_country=True
    ):
        return True
    # "Began a state visit to Lorvia ... laid a wreath in Kell": a thing done in a town is a
    # stop of its own beside a trip told only to the whole country.
    holders = [trip for trip in trips if not (stay.first.done_there and _is_country(trip.location))]
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


def _elsewhere_in_the_country(trip: Referent | None, town: Referent | None) -> bool:
    """A town or site the gazetteer knows, of the country, that neither holds nor lies in the
    other."""
    if trip is None or trip.place is None or _is_country(trip):
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


def _stays_told_before(stay: MergedEvent, stays: list[MergedEvent]) -> list[MergedEvent]:
    """ "Held talks in Kell on Monday ... on Tuesday she will open a school in Kell": a thing
    done where a stay told before has the traveller is that stay told again."""
    if not stay.first.done_there:
        return []
    start = stay.first.trigger.i
    return [other for other in stays if other is not stay and other.first.trigger.i < start]


def _fold_into_trip(stay: MergedEvent, events: list[MergedEvent]) -> None:
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
            and not _is_country(trip.location)
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
        country in roles.nationality(party, named_country=True)
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
    if _dates_compatible(trip.date, stay.date) or _days_into(trip, stay):
        return True
    return trip.status is stay.status and _days_apart(trip.date, stay.date) <= STAY_DAYS


def _ahead(status: EventStatus) -> bool:
    return status is not EventStatus.OCCURRED


def _arrivals_at_the_scene(events: list[MergedEvent], here: Referent | None) -> None:
    """ "Sir Anil arrived on Thursday night", "X, who flew in on Wednesday": an arrival that
    names no place is at the scene the story tells, the place of the latest visit or talks
    told before it, else the place the text last set a scene in, else where the story is
    filed. A visit that names nothing visited ("the first since X visited in 1997") is held
    up against the story's own trip: it is to the country of the first trip told as made to a
    city or a country, and with no such trip it has no place."""
    for event in events:
        if event.location is not None or not any(map(_bare_arrival, event.mentions)):
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
            and other.status is not EventStatus.SPECULATED
            and any(m.trigger.i < start for m in other.mentions)
            # "Began their tour in Kel on May 2 ... Among those who flew in yesterday": a place
            # told days before the arrival is one the story went back to, not its scene.
            and (visited or _days_apart(other.date, event.date) <= VISIT_UNDER_WAY_DAYS)
        ]
        told = next((m.scene for m in event.mentions if m.scene is not None), None) or here
        pick = min if visited else max
        event.location = pick(told_before, key=lambda item: item[0])[1] if told_before else told
        if visited and event.location is not None:
            event.location = _country_told(event.location, events)


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


def _town_of(place: Referent | None, events: list[MergedEvent]) -> Referent | None:
    """The city a place is, or the city a site stands in ("talks at Linden Palace in Vaduz"),
    as the story's events name it, else as the gazetteer does."""
    where = place.place if place is not None else None
    if where is None or where.city is None or where.kind not in ("city", "site"):
        return None
    if where.kind == "city":
        return place
    named = (
        ref
        for event in events
        for mention in event.mentions
        for ref in (mention.location, *mention.counterparts)
        if ref is not None
        and ref.place is not None
        and ref.place.kind == "city"
        and ref.key == fold(where.city)
    )
    city = gazetteer.place(where.city, [where.country_code])
    if city is None or city.kind != "city":
        return next(named, None)
    return next(named, None) or Referent(
        key=fold(city.name), label="GPE", name=city.name, place=city
    )


def _trip_made_to_a_town(event: MergedEvent) -> bool:
    """A trip made, to a city or a country: a site's place the gazetteer may only guess."""
    where = event.location.place if event.location is not None else None
    made = event.first.type == "visit" and event.status is EventStatus.OCCURRED
    return made and where is not None and where.kind in ("city", "country")


def _told_at(event: MergedEvent, start: int, *, first: bool) -> int:
    """Where an event told before `start` was told: its first mention, or its latest."""
    told = [m.trigger.i for m in event.mentions if m.trigger.i < start]
    return min(told) if first else max(told)


def _bare_arrival(mention: Mention) -> bool:
    """An arrival verb with nowhere to go: "arrived on Monday", "flew in late on Sunday"."""
    trigger = mention.trigger
    if mention.type != "visit" or mention.location is not None or trigger.pos_ != "VERB":
        return False
    flew_in = trigger.lemma_ == "fly" and any(
        c.lower_ == "in" and (c.dep_ in ("prt", "advmod") or _stranded(c)) for c in trigger.children
    )
    came = flew_in or _came_from_elsewhere(trigger)
    if not (came or _visited_bare(trigger) or trigger.lemma_ in cue_words("arrival")):
        return False
    # "Arrived in the country", "landed at a military base": a place told but not named. An
    # "in" with no object is the particle of "flew in", which the parser may read as a prep.
    return not any(
        c.dep_ == "prep" and c.lower_ in ("in", "at", "to", "into") and not _times(c)
        for c in trigger.children
        if not _stranded(c)
    )


def _stranded(prep: Token) -> bool:
    """ "Flew in yesterday": the parser may take the particle for a preposition with no object."""
    return prep.dep_ == "prep" and not any(c.dep_ in ("pobj", "pcomp") for c in prep.children)


def _came_from_elsewhere(verb: Token) -> bool:
    """ "X, who had flown from Kell at dawn, greeted him": a party told in passing as having
    travelled from a place, with nowhere else to go, came to the scene."""
    told_of_party = verb.dep_ == "relcl" and verb.head.ent_type_ == "PERSON"
    travelled = verb.lemma_ in cue_words("travelled_from")
    return told_of_party and travelled and any(roles.prep_objects(verb, "from"))


def _visited_bare(verb: Token) -> bool:
    """ "The last of its leaders to visit was X, in 2003", "Y visited in April 2010": a visit
    with nothing visited is to the scene, as an arrival is. The noun a relative clause with
    its own subject hangs from is what is visited ("the countries he will visit"), and "the
    visiting minister" tells a visitor, not a visit. "X came in 1971" is such a visit too."""
    if verb.lemma_ not in ("visit", "come") or verb.tag_ == "VBG":
        return False
    objects = ("dobj", *(("nsubj",) if verb.dep_ == "relcl" else ()))
    return not any(c.dep_ in objects for c in verb.children)


def _times(prep: Token) -> bool:
    """ "Visited in April 2010", "flew in at dawn": a time is no place told."""
    return any(
        word.ent_type_ in ("DATE", "TIME") or word.lower_ in cue_words("day_part")
        for word in roles.children(prep, "pobj")
    )


def _taken_up(event: MergedEvent) -> bool:
    """An invitation told only as taken up was made at a time and place the text omits."""
    return all(m.taken_up for m in event.mentions)


def _placed_alike(event: MergedEvent, mention: Mention) -> bool:
    """ "Held talks with Y on Thursday ... agreed to hold a summit with Z in Ulm next month
    ... is expected to travel to Ulm for the summit": a mention that names a place joins the
    event told at that place before one that names none, whichever was told first."""
    return (
        event.location is not None
        and mention.location is not None
        and _places_compatible(event.location, mention.location)
    )


def _welcomes_joined_to_their_trip(events: list[MergedEvent]) -> list[MergedEvent]:
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
        and _days_apart(e.date, welcome.date) <= WELCOME_DAYS
    ]
    return trips[0] if len(trips) == 1 else None


def _days_apart(a: EventDate | None, b: EventDate | None) -> int:
    if a is None or b is None:
        return 0
    return abs((a.start - b.start).days)


def _participants(mention: Mention) -> frozenset[str]:
    return frozenset([mention.actor.referent.key, *(ref.key for ref in mention.counterparts)])


def _same_event(event: MergedEvent, mention: Mention) -> bool:
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
    unplaced_agrees = mention.location is not None or (
        event.status is mention.status and not _only_stops_ahead(event)
    )
    at_stop = _done_at_the_stop(event, mention)
    return (
        same_parties
        and unplaced_agrees
        and (at_stop or all(m.abroad == mention.abroad for m in event.mentions))
        and (at_stop or _places_compatible(event.location, mention.location))
        and all(
            _dates_compatible(m.date, mention.date) or _arrived_the_eve(_placed(m, event), mention)
            for m in event.mentions
        )
        and not _meal_apart_from_talks(event, mention)
        and not _stay_where_it_came_from(event, mention)
    )


def _stay_where_it_came_from(event: MergedEvent, mention: Mention) -> bool:
    """ "Had flown in from Kell overnight, where he attended a summit": an arrival that names
    only where it came from is not the stay in that place; it arrived at the scene."""
    told = [*event.mentions, mention]
    places = [m.location for m in told if m.location is not None]
    return any(
        _came_from_place(arrival, place)
        for arrival in told
        if _bare_arrival(arrival)
        for place in places
    )


def _came_from_place(arrival: Mention, place: Referent) -> bool:
    left = _places_left(arrival.trigger)
    return any(span.start <= word.i < span.end for word in left for span in place.mentions)


def _only_stops_ahead(event: MergedEvent) -> bool:
    """ "Arrived in Lorn on a tour that will also take him to Vell. He is due to attend a
    ceremony this afternoon": stops a relative clause tells ahead, undated, are not where an
    unplaced doing of the day is done; it is done where the traveller is."""
    return all(
        m.date is None and roles.carrying_clause(m.trigger) is not None for m in event.mentions
    )


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
        (w for w in [trigger, *trigger.ancestors] if any(c.lower_ == "where" for c in w.children)),
        None,
    )
    if clause is None or place is None:
        return False
    inside = {w.i for w in clause.subtree}
    return any(span.start in inside for span in place.mentions)


def _place_joined(event: MergedEvent, mention: Mention) -> Referent | None:
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
    in his honour"), it is part of them."""
    if mention.type != "meeting":
        return False
    meal = roles.tells_a_meal(mention.trigger)
    if any(roles.tells_a_meal(m.trigger) == meal or _receives(m) for m in event.mentions):
        return False
    if meal is False and _receives(mention):
        return False
    paragraph = _paragraph_start(mention.trigger)
    return all(_paragraph_start(m.trigger) != paragraph for m in event.mentions)


def _receives(mention: Mention) -> bool:
    trigger = mention.trigger
    return trigger.lemma_ in cue_words("hosting") and not roles.tells_a_meal(trigger)


def _paragraph_start(word: Token) -> int:
    return word.doc.text.rfind(PARAGRAPH_BREAK, 0, word.idx)


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
    met = [*roles.prep_objects(trigger, "with"), *roles.children(trigger, "dobj")]
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


def _arrival_before_stay(event: MergedEvent, settled: EventDate | None) -> EventDate | None:
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


def _past_and_ahead(event: MergedEvent, mention: Mention, published: dt.date) -> bool:
    """ "visited the capital in January" and "is expected to travel to the capital": a trip
    made months before the news is not the one still ahead."""
    told = [m for m in [*event.mentions, mention] if m.status is EventStatus.OCCURRED]
    ahead = [m for m in [*event.mentions, mention] if m.status is not EventStatus.OCCURRED]
    long_ago = published - dt.timedelta(days=PAST_TRIP_DAYS)
    return bool(ahead) and any(m.date is not None and m.date.end < long_ago for m in told)


def _country(place: Referent) -> str:
    """The id of the country a known place lies in, else the place's own id."""
    if place.place is None:
        return slug(place.key)
    return slug(fold(gazetteer.country_of(place.place).name))


def _inside(inner: Referent, outer: Referent) -> bool:
    """A city or site in its country, a site in its city; a place the gazetteer lacks is in
    nothing and holds nothing."""
    return (
        inner.place is not None
        and outer.place is not None
        and gazetteer.contains(outer.place, inner.place)
    )


def _places_compatible(a: Referent | None, b: Referent | None) -> bool:
    if a is None or b is None or a.key == b.key:
        return True
    return _inside(a, b) or _inside(b, a)


def _more_precise_place(a: Referent | None, b: Referent | None) -> Referent | None:
    if a is None or b is None:
        return a or b
    return b if _inside(b, a) else a


def _dates_compatible(a: EventDate | None, b: EventDate | None) -> bool:
    return a is None or b is None or (a.start <= b.end and b.start <= a.end)


def _settled_date(event: MergedEvent) -> EventDate | None:
    """The most precise date among the mentions that carry the event's status, a date read in a
    mention itself before one carried over from an earlier event."""
    dated = [m for m in event.mentions if m.date is not None]
    for preferred in (
        [m for m in dated if m.status is event.status and m.date_is_own],
        [m for m in dated if m.date_is_own],
        [m for m in dated if m.status is event.status],
        dated,
    ):
        if preferred:
            settled = max((m.date for m in preferred if m.date is not None), key=_sharpness)
            return _arrival_before_stay(event, settled) or settled
    return None


def _sharpness(date: EventDate) -> tuple[int, int]:
    """Finer precision first; at one precision, the shorter span: a leg's "July 22-24" over
    the whole trip's "July 20-27"."""
    return _rank(date), -(date.end - date.start).days


def _borrow_from_enclosing(events: list[MergedEvent]) -> None:
    """ "signed a treaty during Lund's visit": the treaty takes the visit's date and place.
    Talks that also tell a stay ("flew home from Oslo, where he held talks") enclose as the
    talks: the stay may have begun days before them."""
    talks_last = sorted(events, key=lambda event: event.first.type != "visit")
    by_trigger = {m.trigger.i: event for event in talks_last for m in event.mentions}
    for event in events:
        enclosing = next(
            (by_trigger[m.during] for m in event.mentions if m.during in by_trigger), None
        )
        if enclosing is None or enclosing is event:
            continue
        if _refines(enclosing.date, event.date) or (
            enclosing.date is not None and not _has_own_date(event)
        ):
            event.date = enclosing.date
        event.location = event.location or enclosing.location


def _voiced_at_talks(events: list[MergedEvent]) -> None:
    """ "X held talks with Y on Tuesday. ... X said Norway firmly backs Chile": a stance with no
    time of its own, told after talks one of its parties held, was voiced at those talks, on
    their day and at their place, rather than on the day the story had reached. So was an
    invitation ("X invited Y to visit Oslo"), on their day; its place is where Y is asked."""
    for event in events:
        if event.first.type not in TOLD_AT_TALKS or event.status is not EventStatus.OCCURRED:
            continue
        stance = event.first.type == "statement"
        if _has_own_date(event) or any(m.during is not None for m in event.mentions):
            continue
        if any(map(_told_as_before, event.mentions)) or any(map(_in_perfect, event.mentions)):
            continue  # "had accused", "has long accused": what led up to the story
        parties = _participants(event.principal)
        start = event.first.trigger.i
        talks = [
            (position, occasion)
            for occasion in events
            if occasion.first.type == "meeting"
            and occasion.status is EventStatus.OCCURRED
            and occasion.date is not None
            # "Flew in from Oslo, where he had met X on Thursday": talks that led up to the
            # story are not where what it tells was said.
            and not all(map(_told_as_before, occasion.mentions))
            and _shares_parties(event, occasion, parties)
            and (not stance or _places_compatible(occasion.location, event.location))
            and (not stance or _speaker_at(event, occasion))
            and (position := _last_told_before(occasion, start)) is not None
        ]
        if not talks:
            continue
        position, latest = max(talks, key=lambda item: item[0])
        if not _travelled_on(event.principal.actor.referent.key, latest, position, start, events):
            event.date = latest.date
            if stance and not any(map(_said_at_an_occasion, event.mentions)):
                event.location = event.location or latest.location


def _speaker_at(stance: MergedEvent, talks: MergedEvent) -> bool:
    """ "Y accused X of ...", told after talks X held: a stance is voiced at talks its speaker
    took part in (in person, as the state of one who did, or told in the talks' own sentence),
    not at talks of whom it is about."""
    speaker = stance.principal.actor.referent
    told_with = {m.sentence.start for m in talks.mentions}
    if speaker.key in _participants(talks.principal) or stance.first.sentence.start in told_with:
        return True
    return speaker.place is not None and speaker.place.country_code in _countries_of(
        talks.principal
    )


def _said_at_an_occasion(mention: Mention) -> bool:
    """ "At a joint news conference, X said ...": a stance voiced at an occasion the text names
    on its own is there, not at the talks before it, though on their day."""
    speech = roles.speech_verb(mention.trigger)
    verbs = [mention.trigger, *([speech] if speech is not None else [])]
    return any(
        word.pos_ == "NOUN" for verb in verbs for word in roles.prep_objects(verb, "at", "during")
    )


def _travelled_on(
    speaker: str, talks: MergedEvent, position: int, start: int, events: list[MergedEvent]
) -> bool:
    """ "Held talks in Oslo on Tuesday ... had gone to Bergen on Monday. In a speech, he
    criticised ...": a speaker told travelling elsewhere since the talks (or anywhere, when the
    talks have no place) may have spoken there."""
    return any(
        other.first.type == "visit"
        and other.first.actor.referent.key == speaker
        and (talks.location is None or not _places_compatible(other.location, talks.location))
        and position < (_last_told_before(other, start) or -1)
        and other.status is EventStatus.OCCURRED  # a trip still ahead took nobody anywhere
        and not _came_before(other, talks)
        for other in events
    )


def _came_before(visit: MergedEvent, talks: MergedEvent) -> bool:
    """ "Received X on Tuesday ... X arrived in Ulm on Monday evening", "received X, who is
    on an official visit": a trip told after the talks that began before them, or told with
    them, brought the speaker to the talks; it did not take him on from them. Nor did a stop
    the speaker is told coming in from ("arrived from Lorn")."""
    sentences = {m.sentence.start for m in talks.mentions}
    if any(m.sentence.start in sentences or m.left_from for m in visit.mentions):
        return True
    return visit.date is not None and talks.date is not None and visit.date.end < talks.date.start


def _has_own_date(event: MergedEvent) -> bool:
    """A date carried over from the story so far yields to that of the event it happened in."""
    return any(m.date is not None and m.date_is_own for m in event.mentions)


def _visits_to_their_city(
    events: list[MergedEvent], here: Referent | None = None, published: dt.date | None = None
) -> None:
    """ "Arrived in Norway on Friday ... met King Olav VI in Bergen": a visit to a country
    is to the one city of it where the traveller is told doing things at the time."""
    landings: list[tuple[MergedEvent, list[MergedEvent]]] = []
    departures: list[tuple[MergedEvent, list[MergedEvent]]] = []
    for visit in events:
        country = visit.location
        if visit.first.type != "visit" or country is None:
            continue
        # "landed at Tamarind International Airport ... hosted at Linden Palace in Vaduz": a visit
        # told only by its airport is to the city where the traveller is told at the time.
        site = roles.is_arrival_site(country) and country.place is None
        if not (_is_country(country) or site):
            continue
        traveller = visit.first.actor.referent.key
        onward = _towns_gone_on_to(visit, events) if site else frozenset()
        there = [
            (other, town)
            for other in events
            if other is not visit
            and (town := _town_of(other.location, events)) is not None
            and (site or _inside(town, country))
            and town.key not in onward
            and not _came_from(visit, town)
            and traveller in _participants(other.principal)
            and other.status is visit.status
            and (_dates_compatible(other.date, visit.date) or _days_into(visit, other))
        ]
        cities = {town.key: town for _, town in there}
        set_off = _set_off_for(visit)
        if len(cities) > 1 and set_off:
            # "Leaves for Brazil tonight ... in Rio on Sunday, in Recife on Tuesday": a trip
            # set off on reaches the country at the first town it is told in there.
            cities = _first_reached(there)
        elif len(cities) > 1:
            # "arrived in the country on Friday ... met X in its capital; on Saturday in a
            # second city": the city of the arrival's own day.
            cities = {
                town.key: town
                for other, town in there
                if visit.date is not None
                and other.date is not None
                and other.date.start == visit.date.start
            }
        if len(cities) == 1:
            visit.location = next(iter(cities.values()))
            doings = [other for other, _ in there]
            visit.date = _date_of_first_doings(visit, doings)
            landings += [(visit, doings)] if site else []
            departures += [(visit, doings)] if set_off else []
        elif not cities and _filed_from_its_city(visit, country, here, published):
            visit.location = here
        if visit.location is not country:
            _narrow_told_with(visit, country, events)
    for landing, there in landings:
        _fold_into_stay(landing, there)
    for departure, there in departures:
        _fold_into_first_stay(departure, there)


def _set_off_for(visit: MergedEvent) -> bool:
    """A visit told only as a departure for its place: "leaves for Brazil tonight"."""
    return all(
        m.trigger.lemma_ in cue_words("departure") and any(roles.prep_objects(m.trigger, "for"))
        for m in visit.mentions
    )


def _fold_into_first_stay(departure: MergedEvent, there: list[MergedEvent]) -> None:
    """ "Will leave for Peru tonight. She arrives in Lima on Friday": the departure and the stay
    in the town it reaches are one visit, on the stay's date."""
    town = departure.location.key if departure.location is not None else None
    stay = next(
        (
            other
            for other in there
            if other.mentions
            and other.first.type == "visit"
            and other.location is not None
            and other.location.key == town
            and other.status is departure.status
        ),
        None,
    )
    if stay is None:
        return
    stay.mentions = sorted([*stay.mentions, *departure.mentions], key=lambda m: m.trigger.i)
    departure.mentions = []


def _first_reached(there: list[tuple[MergedEvent, Referent]]) -> dict[str, Referent]:
    dated = [(other.date.start, town) for other, town in there if other.date is not None]
    first = min(dated, key=lambda found: found[0], default=None)
    return {first[1].key: first[1]} if first is not None else {}


def _landings_driven_on_from(events: list[MergedEvent]) -> list[MergedEvent]:
    """ "Arrived at Kell, where she was received at the airport ... She then drove to Vik": a
    town told only as the one landed in, left by road that day, is the trip's airport, and the
    drive its arrival at the town the trip is to: one visit, there. A leg driven from a town
    the trip stopped in ("from Kell, they drove to Vik") is a visit of its own."""
    for drive in events:
        road = [m for m in drive.mentions if m.trigger.lemma_ in cue_words("road_leg")]
        if not road or drive.first.type != "visit" or _driven_from_a_stop(road[0]):
            continue
        landing = _landing_just_before(road[0], events)
        if landing is None or not _dates_compatible(landing.date, drive.date):
            continue
        landing.mentions = sorted([*landing.mentions, *drive.mentions], key=lambda m: m.trigger.i)
        landing.location, drive.mentions = drive.location, []
    return [event for event in events if event.mentions]


def _driven_from_a_stop(drive: Mention) -> bool:
    """ "From Kell, they drove to Vik": the town left is named, a stop of its own."""
    return any(True for _ in roles.prep_objects(drive.trigger, "from"))


def _landing_just_before(drive: Mention, events: list[MergedEvent]) -> MergedEvent | None:
    """The visit of the same traveller told in the sentence before the drive, by its landing
    alone at a town whose airport the sentence tells."""
    doc = drive.trigger.doc
    last = next((w for w in reversed(doc[: drive.sentence.start]) if not w.is_space), None)
    if last is None:
        return None
    for landing in events:
        told = [m for m in landing.mentions if m.sentence.start == last.sent.start]
        if (
            told
            and landing.first.type == "visit"
            and landing.first.actor.referent.key == drive.actor.referent.key
            and all(_landed_at_its_airport(m, landing.location) for m in told)
            and not any(m.trigger.i > drive.trigger.i for m in landing.mentions)
        ):
            return landing
    return None


def _landed_at_its_airport(arrival: Mention, town: Referent | None) -> bool:
    """ "Arrived at Kell, where he was received at the airport": an arrival at the town itself,
    in a sentence that tells its airport."""
    return (
        arrival.trigger.lemma_ in cue_words("arrival")
        and town is not None
        and arrival.location is not None
        and arrival.location.key == town.key
        and any(word.lower_ in cue_words("arrival_site") for word in arrival.sentence)
    )


def _towns_gone_on_to(landing: MergedEvent, events: list[MergedEvent]) -> frozenset[str]:
    """ "Landed at Alder International Airport on Sunday ... on Tuesday she travelled to Brenn":
    a town the traveller is told going to on a later day is a leg after the landing, never
    the town landed in, nor is what she does there."""
    traveller = landing.first.actor.referent.key
    landed = landing.date
    return frozenset(
        town.key
        for other in events
        if other is not landing
        and other.first.type == "visit"
        and other.first.actor.referent.key == traveller
        and landed is not None
        and other.date is not None
        and other.date.start > landed.end
        and (town := _town_of(other.location, events)) is not None
    )


def _came_from(visit: MergedEvent, city: Referent) -> bool:
    """ "Landed at X airport from Y, where their tour had ended": the city a traveller
    arrives from is not the city of the arrival."""
    left = (w for m in visit.mentions for w in _places_left(m.trigger))
    return any(span.start <= word.i < span.end for word in left for span in city.mentions)


def _places_left(trip: Token) -> list[Token]:
    """What a trip's "from" names, hung on the trip or on a word of its clause ("arrived last
    night, shortly before 10 pm, from Lorn")."""
    froms = [w for w in trip.subtree if w.lower_ == "from" and w.dep_ == "prep"]
    return [
        place
        for word in froms
        if trip in [word.head, *word.head.ancestors][:3]
        for place in roles.children(word, "pobj")
    ]


def _sites_of_the_stay(events: list[MergedEvent]) -> None:
    """ "Arrived in Lima on Wednesday ... on Friday he will visit Unity Stadium": a site seen
    during a stay in a city is that visit told again, not a trip of its own; a site placed in
    another town is a trip of its own. An institution visited ("toured the university") is a
    site like a building. The stay keeps its place and date."""
    visits = [e for e in events if e.mentions and e.first.type == "visit" and e.location]
    for site_visit in visits:
        if not site_visit.mentions or site_visit.location is None:
            continue
        if not _a_site(site_visit, site_visit.location):
            continue
        stay = _stay_holding(site_visit, visits)
        if stay is not None and site_visit.location.label in ("GPE", "LOC"):
            stay = None if _told_as_another_stop(site_visit, stay) else stay
        if stay is not None:
            told = [*stay.mentions, *site_visit.mentions]
            stay.mentions = sorted(told, key=lambda m: m.trigger.i)
            site_visit.mentions = []


def _a_site(visit: MergedEvent, place: Referent) -> bool:
    """A building or institution, or a thing seen in a town no gazetteer knows ("will visit a
    school in Kell", "toured the Kell clinic"): what is seen is a site, and an unknown town
    that only places it lies where the traveller's stay of those days is."""
    if place.label in ("FAC", "ORG"):
        return True
    return place.label in ("GPE", "LOC") and place.place is None and _seen_as_a_thing(visit)


def _seen_as_a_thing(visit: MergedEvent) -> bool:
    """Whether the visit is told only of a thing seen, a common noun, not of a town."""
    return all(
        any(child.dep_ == "dobj" and child.pos_ == "NOUN" for child in m.trigger.children)
        for m in visit.mentions
    )


def _told_as_another_stop(site_visit: MergedEvent, stay: MergedEvent) -> bool:
    """ "Will hold talks in Lorn and visit the old mine at Kell": an unknown town told in one
    series of doings with the stay's city is a stop of its own, unlike one told in a clause
    hung on the city ("Lorn, where he will visit a base in Kell")."""
    place = stay.location
    return place is not None and any(
        _coordinated(_verb_over(span.root), m.trigger)
        for m in site_visit.mentions
        for span in place.mentions
        if span.sent.start == m.sentence.start
    )


def _verb_over(word: Token) -> Token | None:
    return next((a for a in word.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _coordinated(verb: Token | None, trigger: Token) -> bool:
    """Whether two verbs are one, or told as a series: "hold talks in Lorn and visit Kell"."""
    if verb is None:
        return False
    return verb == trigger or any(
        a.dep_ == "conj" and b == a.head for a, b in ((trigger, verb), (verb, trigger))
    )


def _stay_holding(site_visit: MergedEvent, visits: list[MergedEvent]) -> MergedEvent | None:
    """The city stay, told before, that the site visit falls within: by its days, or, for a
    site told with no day of its own ("during his stay he also visited X"), the stay told last
    before it."""
    site, start = site_visit.location, site_visit.first.trigger.i
    traveller = site_visit.first.actor.referent.key
    stays = [
        stay
        for stay in visits
        if stay is not site_visit
        and stay.mentions
        and stay.location is not None
        and stay.location.place is not None
        and stay.location.place.kind == "city"
        and stay.first.actor.referent.key == traveller
        and stay.first.trigger.i < start
    ]
    if site is None or not stays:
        return None
    if site.place is not None:
        stays = [
            stay for stay in stays if stay.location is not None and _inside(site, stay.location)
        ]
    else:
        # A site the gazetteer cannot place is in the city the traveller was last told in, of
        # those whose stay its day falls in ("arrived in Lorn on Monday from Vell": not Vell).
        held = [stay for stay in stays if _within_stay(site_visit.date, stay.date)]
        stays = [max(held or stays, key=lambda stay: _last_told_before(stay, start) or -1)]
    if site_visit.date is None and stays:
        return max(stays, key=lambda stay: _last_told_before(stay, start) or -1)
    return next((stay for stay in stays if _within_stay(site_visit.date, stay.date)), None)


def _within_stay(site: EventDate | None, stay: EventDate | None) -> bool:
    if site is None or stay is None or stay.precision.value != "day":
        return False
    return 0 <= (site.start - stay.start).days <= STAY_DAYS


def _fold_into_stay(landing: MergedEvent, there: list[MergedEvent]) -> None:
    """ "Landed at Tamarind Bay airport and was welcomed by X. The Vaduz visit is his first":
    a landing found to be in the city of the stay told beside it is that stay. The stay takes
    the landing's mentions; the landing is left empty, to be dropped."""
    parties = _participants(landing.principal)
    for stay in there:
        same = (
            bool(stay.mentions)
            and stay.first.type == "visit"
            and stay.location is landing.location
            and stay.status is landing.status
            and _dates_compatible(stay.date, landing.date)
            and (not stay.principal.counterparts or _participants(stay.principal) == parties)
        )
        if same:
            stay.mentions = sorted([*stay.mentions, *landing.mentions], key=lambda m: m.trigger.i)
            stay.date = _settled_date(stay)
            landing.mentions = []
            return


def _narrow_told_with(visit: MergedEvent, country: Referent, events: list[MergedEvent]) -> None:
    """ "Arrived in Israel on Thursday, pledging support ...": what the traveller did there,
    placed only by the visit's country, is in the city the visit was found to be to."""
    traveller = visit.first.actor.referent.key
    sentences = {m.sentence.start for m in visit.mentions}
    for other in events:
        if other is visit or other.location is None or other.location.key != country.key:
            continue
        told_with = any(m.sentence.start in sentences for m in other.mentions)
        if told_with and traveller in _participants(other.principal):
            other.location = visit.location


def _date_of_first_doings(visit: MergedEvent, there: list[MergedEvent]) -> EventDate | None:
    """ "Will travel to Chile in May ... In Valparaiso (May 3-5) he will meet X": a visit dated
    only by its month is dated by the first day the traveller is told doing things in its
    city."""
    dated = sorted(
        (other.date for other in there if _refines(other.date, visit.date)),
        key=lambda date: date.start,
    )
    return dated[0] if dated else visit.date


def _filed_from_its_city(
    visit: MergedEvent, country: Referent, here: Referent | None, published: dt.date | None
) -> bool:
    """ "OSLO, Sept. 19 - X arrived in Norway on Tuesday": a visit of the days the story is
    filed, to the country of its dateline's city, is to that city."""
    if here is None or published is None or visit.date is None or not _is_country(country):
        return False
    where = here.place or gazetteer.place(here.name)
    return (
        where is not None
        and where.kind == "city"
        and country.place is not None
        and where.country_code == country.place.country_code
        and abs((visit.date.start - published).days) <= FILED_DAYS
    )


def _is_country(place: Referent) -> bool:
    return place.place is not None and place.place.kind == "country"


def _place_on_occasions(events: list[MergedEvent], published: dt.date) -> None:
    """An event that lacks a place or date takes them from the occasion it happens on: a
    participant's latest visit told before it ("Lund arrived in Oslo on Thursday ... Haugen
    held talks with Lund at his office"), and for a statement, agreement or invitation also
    the latest meeting's place ("met Lund at the White House ... They reaffirmed their
    support"); a statement told later may be from another day, so it keeps its own date."""
    for event in events:
        kinds = None if _taken_up(event) else OCCASIONS.get(event.first.type)
        if kinds is None or (event.location and event.date):
            continue
        if any(map(_said_at_an_occasion, event.mentions)):
            kinds = frozenset({"visit"})  # in the city of the trip, not at the talks' venue
        parties = _participants(event.principal)
        start = event.first.trigger.i
        told = [
            (position, occasion)
            for occasion in events
            if occasion.first.type in kinds
            and occasion.location is not None
            and _shares_parties(event, occasion, parties)
            and (event.first.type != "meeting" or _travels_on(occasion, parties))
            and (position := _last_told_before(occasion, start)) is not None
            and _on_occasion(occasion, event, published)
            and _places_compatible(occasion.location, event.location)
        ]
        told = [
            (position, occasion)
            for position, occasion in told
            if not _moved_on(occasion, position, event, events)
        ]
        told = _without_legs_ahead(told, event)
        told = told or _visits_of_visitors(event, events)
        told = told or _stays_of_talks_partners(event, events, start)
        if told:
            latest = max(told, key=lambda item: item[0])[1]
            event.location = event.location or latest.location
            if event.first.type == "meeting":
                event.date = event.date or latest.date
        elif event.first.type == "meeting":
            event.location = event.location or _city_hosting_that_day(event, events)


def _city_hosting_that_day(meeting: MergedEvent, events: list[MergedEvent]) -> Referent | None:
    """ "Haugen arrived in Vik on Monday ... On Tuesday, Norwegian Foreign Minister Lund met
    Zembian Minister X": talks between two states that no sentence places, held on a day
    the story has guests staying in one city of a party's country, are in that city. Talks of
    no fixed day, of many states, or on a day with guests in two cities stay unplaced."""
    if meeting.date is None or meeting.date.precision is not DatePrecision.DAY:
        return None
    countries = _countries_of(meeting.principal)
    if len(countries) > 2:
        return None
    cities = {
        visit.location.key: visit.location
        for visit in events
        if visit.first.type == "visit"
        and visit.status is meeting.status
        and visit.location is not None
        and visit.location.place is not None
        and visit.location.place.kind == "city"
        and visit.location.place.country_code in countries
        and visit.date is not None
        and visit.date.precision in (DatePrecision.DAY, DatePrecision.WEEK)
        and (_dates_compatible(visit.date, meeting.date) or _days_into(visit, meeting))
    }
    return next(iter(cities.values())) if len(cities) == 1 else None


def _venues_in_their_city(
    events: list[MergedEvent], published: dt.date, here: Referent | None
) -> None:
    """ "Arrived in Vaduz on Monday and met X at the Linden Palace", "held talks at the Orla
    House here": a venue the gazetteer cannot place stands in the city of the stay it is
    visited on, else in the dateline's city when the text says "here" or the event is of the
    days and parties the story is filed with. The event keeps the venue as its place."""
    for event in events:
        venue = event.location
        if venue is None or venue.place is not None or venue.label not in ("FAC", "ORG"):
            continue
        city = _city_of_the_stay(event, events) or _filed_city(event, events, published, here)
        if city is not None:
            venue.place = gazetteer.site_in(venue.name, city)


def _city_of_the_stay(event: MergedEvent, events: list[MergedEvent]) -> gazetteer.Place | None:
    parties = _participants(event.principal)
    start = event.first.trigger.i
    stays = [
        (abs(start - visit.first.trigger.i), visit.location.place)
        for visit in events
        if visit.first.type == "visit"
        and visit.location is not None
        and visit.location.place is not None
        and visit.location.place.kind == "city"
        and visit.first.actor.referent.key in parties
        and _dated_within(visit, event)
    ]
    return min(stays, key=lambda item: item[0])[1] if stays else None


def _dated_within(visit: MergedEvent, event: MergedEvent) -> bool:
    """Both dated, and the event falls on the stay: an undated trip holds no venue, nor does
    a trip still ahead hold what has happened."""
    if visit.date is None or event.date is None:
        return False
    if event.status is EventStatus.OCCURRED and visit.status is not EventStatus.OCCURRED:
        return False
    return _dates_compatible(visit.date, event.date) or _days_into(visit, event)


def _filed_city(
    event: MergedEvent, events: list[MergedEvent], published: dt.date, here: Referent | None
) -> gazetteer.Place | None:
    where = here and (here.place or gazetteer.place(here.name))
    if here is None or where is None or where.kind != "city":
        return None
    if any(map(_venue_here, event.mentions)):
        return where
    date = event.date
    recent = date is not None and abs((date.start - published).days) <= FILED_DAYS
    return where if recent and _party_there(event, events, here, where, published) else None


def _venue_here(mention: Mention) -> bool:
    """ "Talks at the Orla House here": "here" told right after the venue or on the verb."""
    return any(word.lower_ == "here" and _says_here_of(word, mention) for word in mention.sentence)


def _says_here_of(word: Token, mention: Mention) -> bool:
    after_venue = word.i > 0 and word.doc[word.i - 1].ent_type_ == "FAC"
    return after_venue or (word.dep_ == "advmod" and word.head.i == mention.trigger.i)


def _travels_on(occasion: MergedEvent, parties: frozenset[str]) -> bool:
    """ "Y will visit Oslo, hosted by Lund ... Lund will also meet Z next month": talks are
    on a trip that one of their parties makes, not on every trip their host receives."""
    return occasion.first.type != "visit" or occasion.first.actor.referent.key in parties


def _placed_where_filed(
    events: list[MergedEvent], published: dt.date, here: Referent | None
) -> None:
    """ "BERGEN: X and Y held talks on Wednesday": talks, a deal or a stance of the days the
    story is filed, that nothing else places, are where the dateline says. Only what the
    story itself places tells who is there: an event placed here by this rule places no other."""
    where = here and (here.place or gazetteer.place(here.name))
    if here is None or where is None or where.kind == "country":
        return
    filed: list[MergedEvent] = []
    for event in events:
        if event.first.type not in FILED_TYPES or event.location is not None:
            continue
        if event.status is EventStatus.SPECULATED:
            continue  # "could meet, possibly in ...": a place still open
        if event.first.type == "statement" and not _speaks_for(event.principal, where):
            continue  # "X accused a neighbour": said where the story is filed only by its own
        if _told_elsewhere(event, events, here) or all(map(_background, event.mentions)):
            continue
        if not _party_there(event, events, here, where, published):
            continue
        date = event.date
        if date is None or (
            abs((date.start - published).days) <= FILED_DAYS
            and abs((date.end - published).days) <= FILED_DAYS
        ):
            filed.append(event)
    for event in filed:
        event.location = here


def _told_elsewhere(event: MergedEvent, events: list[MergedEvent], here: Referent) -> bool:
    """ "On October 14 X met Y in the capital ... On October 14 X met Z": a party told somewhere
    else on the same day is there, not where the story is filed. A trip "later this year" pins
    no day: it says nothing of where the party is on the day of the talks. Nor does a site the
    gazetteer cannot place (a palace, a sea talked about): it may lie in the city filed from."""
    parties = _participants(event.principal)
    return any(
        other.location is not None
        and not _unplaced_site(other.location)
        and not _places_compatible(other.location, here)
        and other.date is not None
        and event.date is not None
        and _dates_compatible(other.date, event.date)
        and other.date.precision in (DatePrecision.DAY, DatePrecision.WEEK)
        and not parties.isdisjoint(_participants(other.principal))
        for other in events
        if other is not event
    )


def _unplaced_site(place: Referent) -> bool:
    """A venue or a stretch of land or sea the gazetteer lacks; a town it lacks is still a town
    of its own, not the city the story is filed from."""
    return place.place is None and place.label != "GPE"


def _party_there(
    event: MergedEvent,
    events: list[MergedEvent],
    here: Referent,
    where: gazetteer.Place,
    published: dt.date,
) -> bool:
    """A party is of the place's country, told visiting the place, or told doing something
    else there in the days the story is filed ("IWAKI - X opened the forum on Friday ...
    Ahead of the session, X held talks with Y")."""
    parties = _participants(event.principal)
    if where.country_code in _countries_of(event.principal):
        return True
    return any(
        other.location is not None
        and _places_compatible(other.location, here)
        and not parties.isdisjoint(_participants(other.principal))
        and (other.first.type == "visit" or _of_filing_days(other, published))
        for other in events
        if other is not event
    )


def _of_filing_days(event: MergedEvent, published: dt.date) -> bool:
    date = event.date
    return (
        date is not None
        and date.precision in (DatePrecision.DAY, DatePrecision.WEEK)
        and abs((date.start - published).days) <= FILED_DAYS
    )


def _told_as_before(mention: Mention) -> bool:
    """ "X had accused a neighbour on Saturday": the past perfect tells what led up to the
    story, not what happened where it is filed."""
    verb = mention.trigger if mention.trigger.pos_ in ("VERB", "AUX") else mention.trigger.head
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in verb.children
    )


def _background(mention: Mention) -> bool:
    return _told_as_before(mention) or _in_perfect(mention)


def _in_perfect(mention: Mention) -> bool:
    """ "X has previously accused a neighbour": the present perfect tells that it was said, not
    when, so not that it was said at the day's talks."""
    verb = mention.trigger if mention.trigger.pos_ in ("VERB", "AUX") else mention.trigger.head
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children
    )


def _speaks_for(mention: Mention, where: gazetteer.Place) -> bool:
    """The speaker is not told of another state than the place's: a state, or a person whose
    title gives a country."""
    speaker = mention.actor.referent
    if speaker.place is not None:
        return gazetteer.country_of(speaker.place).country_code == where.country_code
    codes = roles.nationality(speaker) if speaker.label == "PERSON" else []
    return not codes or where.country_code in codes


def _shares_parties(event: MergedEvent, occasion: MergedEvent, parties: frozenset[str]) -> bool:
    """A party of both, or for a stance or a deal between states, states whose people meet:
    "Prime Minister X of Kenya held talks with Indonesian President Y. Kenya and Indonesia
    signed ..." is signed at those talks."""
    stance = event.first.type == "statement"
    if stance:
        # "The opposition leader accused X of ...": the trip of the one a stance is about is
        # no stage of its speaker, nor is a state the one spoken of through its traveller.
        parties = frozenset([event.principal.actor.referent.key])
    if not parties.isdisjoint(_participants(occasion.principal)):
        return True
    if event.first.type not in STATE_PARTY_TYPES:
        return False
    states = _states_of_stance(event.principal) if stance else _countries_of(event.principal)
    return bool(states) and states <= _countries_of(occasion.principal)


def _states_of_stance(stance: Mention) -> frozenset[str]:
    """The speaker's country and the states a stance names, not the nationality of a person it
    is about."""
    named = [ref for ref in stance.counterparts if ref.place is not None]
    return _countries_of_parties([stance.actor.referent, *named])


def _countries_of(mention: Mention) -> frozenset[str]:
    """The countries of a mention's parties: a state itself, or a person's nationality."""
    return _countries_of_parties([mention.actor.referent, *mention.counterparts])


def _countries_of_parties(parties: list[Referent]) -> frozenset[str]:
    codes: set[str] = set()
    for party in parties:
        if party.place is not None and party.place.kind == "country":
            codes.add(party.place.country_code)
        elif party.label == "PERSON":
            codes.update(roles.nationality(party))
    return frozenset(codes)


def _moved_on(
    visit: MergedEvent, position: int, event: MergedEvent, events: list[MergedEvent]
) -> bool:
    """ "Then traveled to Paris. He met Y on Monday": a traveller told going on elsewhere
    since a visit is no longer on it, though the next leg's date is unknown. A trip told in the
    past perfect ("had flown to Oslo first"), or dated before the visit ("his first trip
    since 2015, when he attended a forum in Y"), came before it, and moved no one on; nor did
    a leg told as still to come while the visit holds the event's day."""
    travellers = _participants(visit.principal)
    start = event.first.trigger.i
    holds_the_day = _dates_compatible(visit.date, event.date)
    return visit.first.type == "visit" and any(
        other.first.type == "visit"
        and other.location is not None
        and not all(map(_told_as_before, other.mentions))
        and not _ended_before(other.date, visit.date)
        and not _places_compatible(other.location, visit.location)
        and not travellers.isdisjoint(_participants(other.principal))
        and position < (_last_told_before(other, start) or -1)
        and not (holds_the_day and _told_ahead_only(other, event))
        for other in events
    )


def _without_legs_ahead(
    told: list[tuple[int, MergedEvent]], event: MergedEvent
) -> list[tuple[int, MergedEvent]]:
    """ "Visited Vaduz, meeting Lund, before flying on to Brenn ... She also met X": a leg
    told as still to come is not where the stop it is told from goes on, so it lends no place
    while a stop reached holds the event's day; with no such stop, it still may."""
    reached = [
        (position, occasion) for position, occasion in told if not _told_ahead_only(occasion, event)
    ]
    holding = any(_dates_compatible(occasion.date, event.date) for _, occasion in reached)
    return reached if holding else told


def _told_ahead_only(leg: MergedEvent, event: MergedEvent) -> bool:
    """Every mention of a visit told before the event tells it as a leg still to come. A leg
    told in the event's own sentence is its occasion: "will then fly to Brenn, where she is to
    meet X"."""
    start, sentence = event.first.trigger.i, event.first.sentence.start
    told = [m for m in leg.mentions if m.trigger.i < start]
    return (
        leg.first.type == "visit"
        and bool(told)
        and all(m.sentence.start != sentence and _told_ahead(m) for m in told)
    )


def _told_ahead(mention: Mention) -> bool:
    """ "... before flying on to Brenn", "from Vaduz she goes on to Brenn", "will then travel
    to Brenn", "will fly to Vaduz and then on to Brenn": a leg told as coming after the stop
    its sentence tells. Told of the past in a clause of its own, a next leg is a move made
    ("then flew to Brenn", "flew on to Brenn"); only "before" keeps it after the stop."""
    trigger = mention.trigger
    words = list(trigger.children)
    after = (trigger.dep_ == "pcomp" and trigger.head.lower_ == "before") or any(
        w.dep_ == "mark" and w.lower_ == "before" for w in words
    )
    onward = any(w.dep_ in ("prt", "advmod") and w.lower_ in roles.ONWARD for w in words)
    sequel = any(w.dep_ == "advmod" and w.lower_ in SEQUEL_WORDS for w in words)
    to_come = mention.status is not EventStatus.OCCURRED
    return after or (to_come and (onward or sequel or _named_onward(mention)))


def _named_onward(mention: Mention) -> bool:
    """The leg's place told as a further stage: "and then on to Brenn"."""
    place, sentence = mention.location, mention.sentence
    spans = place.mentions if place is not None else []
    return any(
        roles.told_onward(span.root)
        for span in spans
        if sentence.start <= span.start < sentence.end
    )


def _ended_before(earlier: EventDate | None, later: EventDate | None) -> bool:
    return earlier is not None and later is not None and earlier.end < later.start


def _visits_of_visitors(
    meeting: MergedEvent, events: list[MergedEvent]
) -> list[tuple[int, MergedEvent]]:
    """ "Held talks with visiting Slovene President X. X arrived in Bergen yesterday": the
    visit of a party called visiting, or one the talks' party travels with, is the talks'
    occasion, told before or after them. Talks of no day its visits share are on the stay
    begun last before them ("arrived in Oslo on Sunday", after a stop in Bergen on Friday)."""
    visitors = frozenset().union(*(m.visitors for m in meeting.mentions))
    visits = [
        visit
        for visit in events
        if visit.first.type == "visit"
        and visit.location is not None
        and visit.first.actor.referent.key in visitors
    ]
    held = [visit for visit in visits if _dates_compatible(visit.date, meeting.date)]
    if not held:
        begun = [visit for visit in visits if _days_into(visit, meeting)]
        last = max((visit.date.start for visit in begun if visit.date is not None), default=None)
        held = [visit for visit in begun if visit.date is not None and visit.date.start == last]
    return [(-abs(visit.first.trigger.i - meeting.first.trigger.i), visit) for visit in held]


def _stays_of_talks_partners(
    stance: MergedEvent, events: list[MergedEvent], start: int
) -> list[tuple[int, MergedEvent]]:
    """ "Haugen arrived in Bergen ... held talks with Lund. At a joint news conference, Lund
    said ...": a host who made no trip voices a stance on the stay of the guest the host
    held talks with just before."""
    if stance.first.type != "statement":
        return []
    speaker = stance.principal.actor.referent.key
    talks = [
        occasion
        for occasion in events
        if occasion.first.type == "meeting"
        and occasion.status is EventStatus.OCCURRED
        and speaker in _participants(occasion.principal)
        and _last_told_before(occasion, start) is not None
    ]
    if not talks:
        return []
    latest = max(talks, key=lambda occasion: _last_told_before(occasion, start) or -1)
    guests = _participants(latest.principal) - {speaker}
    return [
        (-abs(visit.first.trigger.i - start), visit)
        for visit in events
        if visit.first.type == "visit"
        and visit.status is EventStatus.OCCURRED
        and visit.location is not None
        and visit.first.actor.referent.key in guests
        and (_dates_compatible(visit.date, latest.date) or _days_into(visit, latest))
    ]


def _on_occasion(occasion: MergedEvent, event: MergedEvent, published: dt.date) -> bool:
    """Told alike and at compatible dates, or during a visit still under way: "arrived on
    Sunday ... will hold talks today"."""
    if _under_way(occasion, event, published):
        begun = occasion.date.start if occasion.date else published
        return event.date is None or 0 <= (event.date.start - begun).days <= VISIT_UNDER_WAY_DAYS
    told_alike = occasion.status is event.status
    # "Then traveled to Paris. He met X on Monday": a trip dated only by the story told before
    # it ("then") has no day of its own to rule out talks that have one.
    return told_alike and (
        (_has_own_date(event) and not _has_own_date(occasion))
        or _dates_compatible(occasion.date, event.date)
        or _days_into(occasion, event)
    )


def _days_into(visit: MergedEvent, event: MergedEvent) -> bool:
    """A visit is dated by its arrival, and it lasts: "arrived in Quito on Monday ... met
    President X on Tuesday" is a meeting on that visit."""
    if visit.first.type != "visit" or visit.date is None or event.date is None:
        return False
    return 0 <= (event.date.start - visit.date.end).days <= VISIT_UNDER_WAY_DAYS


def _under_way(occasion: MergedEvent, event: MergedEvent, published: dt.date) -> bool:
    """A visit begun in the last days is still going on: "arrived in Oslo on Friday for a
    two-day visit ... He will hold talks with Ane Haugen" are talks on that visit."""
    begun = occasion.date
    return (
        occasion.status is EventStatus.OCCURRED
        and event.status is EventStatus.PLANNED
        and begun is not None
        and 0 <= (published - begun.start).days <= VISIT_UNDER_WAY_DAYS
    )


def _last_told_before(event: MergedEvent, start: int) -> int | None:
    return max((_story_position(m) for m in event.mentions if m.trigger.i < start), default=None)


def _story_position(mention: Mention) -> int:
    """Where a mention stands in the story; a stop a traveller is told coming from ("arrived
    from Lorn, where ...") came before all its sentence tells."""
    return mention.sentence.start if mention.left_from else mention.trigger.i


def _refines(candidate: EventDate | None, current: EventDate | None) -> bool:
    if candidate is None or not _dates_compatible(candidate, current):
        return False
    return current is None or _rank(candidate) > _rank(current)


def _rank(date: EventDate) -> int:
    return PRECISION_RANK[date.precision.value]


def _says_enough(event: MergedEvent) -> bool:
    if event.first.type == "visit" and _home_country(event):
        return False
    if event.first.type in NEEDS_PLACE:
        return event.location is not None
    if event.first.type in NEEDS_COUNTERPART:
        return bool(event.principal.counterparts)
    return True


def _home_country(visit: MergedEvent) -> bool:
    """ "The Ruritanian premier" placed in Ruritania: no one visits their own country."""
    place, traveller = visit.location, visit.first.actor.referent
    if place is None or place.place is None:
        return False
    home = traveller.place
    if (
        home is not None
        and home.kind == "country"
        and home.country_code == place.place.country_code
    ):
        # "A Norland government team will travel to Kell", a town of Norland: a country read
        # as the traveller (for the team it sends) is never abroad in a town of its own.
        return True
    codes = roles.nationality(traveller) if traveller.label == "PERSON" else []
    if not _is_country(place):
        # "Attended the talks in Hanoi" of a Vietnamese leader, placed only by the talks: a
        # capital lent by another event, the traveller's own, is where they were at home.
        lent = all(mention.location is None for mention in visit.mentions)
        capital = gazetteer.capital_of(place.place.country_code)
        return lent and codes == [place.place.country_code] and place.place == capital
    return traveller.key == place.key or codes == [place.place.country_code]


def event_id(event_type: str, participants: list[str], location: Referent | None, year: int) -> str:
    """Deterministic, so that the same real event gets the same id in every article.

    It hashes what two reports of one event share: the type, the participants (sorted, so
    "A met B" and "B met A" agree), the country of the place (one report says Quito,
    another Ecuador) and the year (the publication year when undated: a visit reported
    without a date is most likely recent). Finer dates are left out because reports differ
    in precision ("last week" vs "on March 22").
    """
    place = _country(location) if location is not None else ""
    key = json.dumps([event_type, sorted(participants), place, year])
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def confidence(event: MergedEvent) -> float:
    """A simple score: 0.4, +0.3 if the parse named the actor (not a pronoun or a shared
    subject), +0.1 each for a second party or place, for a date, and for a repeated mention."""
    score = 0.4
    score += 0.3 if event.first.actor.from_parse else 0.0
    score += 0.1 if event.principal.counterparts or event.location else 0.0
    score += 0.1 if event.date else 0.0
    score += 0.1 if len(event.mentions) > 1 else 0.0
    return round(min(score, 1.0), 2)


def to_record(event: MergedEvent, article: Article, published: dt.date) -> Event:
    first = event.principal
    participants = [first.actor.referent, *first.counterparts]
    year = event.date.start.year if event.date else published.year
    attributed: dict[str, Referent] = {}
    for mention in event.mentions:
        for ref in mention.attributed_to:
            attributed.setdefault(ref.key, ref)
    if first.type == "statement":
        # A stance is its speaker's own word: "Moen said Norway backs Malta" is not a report
        # of Moen's stance by Moen.
        attributed.pop(first.actor.referent.key, None)
    return Event(
        event_id=event_id(first.type, [slug(p.key) for p in participants], event.location, year),
        article_id=article.id,
        published=published,
        source=article.source,
        type=first.type,
        actor=first.actor.referent.ref,
        counterparts=[ref.ref for ref in first.counterparts],
        location=_place_ref(event.location) if event.location else None,
        date=event.date,
        status=event.status,
        attributed_to=[ref.ref for ref in attributed.values()],
        mention_count=len(event.mentions),
        evidence=_evidence(event, article.text),
        confidence=confidence(event),
    )


def _place_ref(location: Referent) -> PlaceRef:
    where = location.place
    return PlaceRef(
        **location.ref.model_dump(),
        country_code=where.country_code if where else None,
        country=where.country if where else None,
        city=where.city if where else None,
    )


def _evidence(event: MergedEvent, text: str) -> list[Evidence]:
    """Each sentence the event was read from, cut from the article text (`Span.text` joins its
    tokens again on each call)."""
    seen: dict[int, Evidence] = {}
    for mention in event.mentions:
        sentence = mention.sentence
        raw = text[sentence.start_char : sentence.end_char]
        said = raw.strip()
        start = sentence.start_char + len(raw) - len(raw.lstrip())
        if start not in seen:
            seen[start] = Evidence(
                text=said, start=start, end=start + len(said), trigger=mention.trigger.text
            )
    return list(seen.values())
