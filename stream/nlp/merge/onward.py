"""Travel onward from a stop: landings, drives, visits under way and occasions a place is
told for.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from stream.contracts import DatePrecision, EventDate, EventStatus
from stream.nlp import gazetteer
from stream.nlp.doctext import all_children, ancestors_of, entities_of, text_of
from stream.nlp.entities.table import Referent
from stream.nlp.events.mention import SEQUEL_WORDS, Mention, opened_by_where
from stream.nlp.lexicon import cue_words
from stream.nlp.merge.compatible import (
    OCCASIONS,
    STATE_PARTY_TYPES,
    STAY_DAYS,
    VISIT_UNDER_WAY_DAYS,
    MergedEvent,
    _inside,
    _places_compatible,
)
from stream.nlp.merge.precision import (
    countries_of,
    has_own_date,
    last_told_before,
    said_at_an_occasion,
    shares_parties,
    told_as_before,
)
from stream.nlp.merge.same_event import _paragraph_start, _participants, _taken_up
from stream.nlp.merge.stays import _dates_compatible, days_into
from stream.nlp.roles.home_places import told_onward
from stream.nlp.roles.stops import ONWARD
from stream.nlp.roles.syntax import prep_objects

# What is done where the story has set its parties: not a trip, which goes somewhere.
VENUE_CARRIED_TYPES = frozenset({"meeting", "statement", "agreement"})


def landings_driven_on_from(events: list[MergedEvent]) -> list[MergedEvent]:
    """ "Arrived at Kell, where she was received at the airport ... She then drove to Vik": a
    town told only as the one landed in, left by road that day, is the trip's airport, and the
    drive its arrival at the town the trip is to: one visit, there. A leg driven from a town
    the trip stopped in ("from Kell, they drove to Vik") is a visit of its own."""
    for drive in events:
        road = [m for m in drive.mentions if m.trigger.lemma_ in cue_words("road_leg")]
        if not road or drive.first.type != "visit" or _driven_from_a_stop(road[0]):
            continue
        landing = _landing_just_before(road[0], events)
        # "Landed at Vik airport ... then drove to Vik": a landing already merged with the
        # drive, at one town, is that one visit; folding it into itself would empty it.
        if landing is None or landing is drive or not _dates_compatible(landing.date, drive.date):
            continue
        landing.mentions = sorted([*landing.mentions, *drive.mentions], key=lambda m: m.trigger.i)
        landing.location, drive.mentions = drive.location, []
    return [event for event in events if event.mentions]


def _driven_from_a_stop(drive: Mention) -> bool:
    """ "From Kell, they drove to Vik": the town left is named, a stop of its own."""
    return any(True for _ in prep_objects(drive.trigger, "from"))


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


def sites_of_the_stay(events: list[MergedEvent]) -> None:
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
        if stay is not None and _journey_of_its_own_on_a_later_day(site_visit, stay):
            stay = None
        if stay is not None:
            told = [*stay.mentions, *site_visit.mentions]
            stay.mentions = sorted(told, key=lambda m: m.trigger.i)
            site_visit.mentions = []


def _journey_of_its_own_on_a_later_day(site_visit: MergedEvent, stay: MergedEvent) -> bool:
    """ "Flew to Lorn on Wednesday ... on Thursday they drive to the old abbey", "on Sunday they
    go on to the shrine": a site told as a journey of its own, by its conveyance or as going
    on, on a day after the stay began, is a leg of its own, not a sight of the stay (unlike
    "on Thursday he went to the palace for talks")."""
    if site_visit.date is None or stay.date is None:
        return False
    return site_visit.date.start > stay.date.end and all(
        map(_told_as_a_journey, site_visit.mentions)
    )


def _told_as_a_journey(mention: Mention) -> bool:
    trigger = mention.trigger
    return trigger.lemma_ in cue_words("conveyance") or any(
        child.lower_ in ONWARD and child.dep_ in ("prt", "advmod")
        for child in all_children(trigger)
    )


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
    return next((a for a in ancestors_of(word) if a.pos_ in ("VERB", "AUX")), None)


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
        # "Drove to Vik, where she toured the mill": a site told in a "where" clause on a town
        # is in that town; it is seen on a stay there or on none of the traveller's.
        town = _town_told_around(site_visit)
        if town is not None:
            stays = [stay for stay in stays if _in_town(stay.location, town)]
            if not stays:
                return None
        # A site the gazetteer cannot place is in the city the traveller was last told in, of
        # those whose stay its day falls in ("arrived in Lorn on Monday from Vell": not Vell).
        held = [stay for stay in stays if _within_stay(site_visit.date, stay.date)]
        stays = [max(held or stays, key=lambda stay: last_told_before(stay, start) or -1)]
    if site_visit.date is None and stays:
        return max(stays, key=lambda stay: last_told_before(stay, start) or -1)
    return next((stay for stay in stays if _within_stay(site_visit.date, stay.date)), None)


def _town_told_around(site_visit: MergedEvent) -> gazetteer.Place | None:
    """The town whose "where" clause tells every mention of a site visit ("drove to Vik, where
    she toured the mill": Vik), if one town does."""
    towns = {_town_of_where_clause(mention.trigger) for mention in site_visit.mentions}
    return towns.pop() if len(towns) == 1 else None


def _town_of_where_clause(trigger: Token) -> gazetteer.Place | None:
    """The city a "where" clause over the trigger hangs on, as the gazetteer knows it (a
    country or island it hangs on may hold the stay's city)."""
    opened = next((w for w in [trigger, *ancestors_of(trigger)] if opened_by_where(w)), None)
    word = opened.head if opened is not None else None
    name = next((ent for ent in entities_of(trigger.doc) if word is not None and word in ent), None)
    town = gazetteer.place(name.text) if name is not None and name.label_ == "GPE" else None
    return town if town is not None and town.kind == "city" else None


def _in_town(place: Referent | None, town: gazetteer.Place) -> bool:
    return (
        place is not None
        and place.place is not None
        and (place.place == town or gazetteer.contains(town, place.place))
    )


def _within_stay(site: EventDate | None, stay: EventDate | None) -> bool:
    if site is None or stay is None or stay.precision.value != "day":
        return False
    return 0 <= (site.start - stay.start).days <= STAY_DAYS


def place_on_occasions(events: list[MergedEvent], published: dt.date) -> None:
    """An event that lacks a place or date takes them from the occasion it happens on: a
    participant's latest visit told before it ("Lund arrived in Oslo on Thursday ... Haugen
    held talks with Lund at his office"), and for a statement, agreement or invitation also
    the latest meeting's place ("met Lund at the White House ... They reaffirmed their
    support"); a statement told later may be from another day, so it keeps its own date."""
    for event in events:
        kinds = None if _taken_up(event) else OCCASIONS.get(event.first.type)
        if kinds is None or (event.location and event.date):
            continue
        if any(map(said_at_an_occasion, event.mentions)):
            kinds = frozenset({"visit"})  # in the city of the trip, not at the talks' venue
        parties = _participants(event.principal)
        start = event.first.trigger.i
        told = [
            (position, occasion)
            for occasion in events
            if occasion.first.type in kinds
            and occasion.location is not None
            and shares_parties(event, occasion, parties)
            and (event.first.type != "meeting" or _travels_on(occasion, parties))
            and (position := last_told_before(occasion, start)) is not None
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
        elif event.first.type in ("meeting", "agreement"):
            event.location = event.location or _city_hosting_that_day(event, events)


def venues_of_their_talks(events: list[MergedEvent], published: dt.date) -> None:
    """ "Met Lund at the Orla Palace on Tuesday ... The two leaders signed a treaty": a deal or
    stance of the talks' parties and day, placed only in the city or country the talks' venue
    lies in, was done at that venue, the most specific place the text gives for it. A city
    its own sentence names ("will sign the treaty in Vik") is the place the text gives."""
    for event in events:
        if event.first.type not in STATE_PARTY_TYPES or not _broad(event.location):
            continue
        if any(map(_names_its_city, event.mentions)):
            continue
        parties = _participants(event.principal)
        start = event.first.trigger.i
        told = [
            (position, talks)
            for talks in events
            if talks.first.type == "meeting"
            and talks.location is not None
            and _inside(talks.location, event.location)
            and shares_parties(event, talks, parties)
            and (position := last_told_before(talks, start)) is not None
            and _on_occasion(talks, event, published)
        ]
        if told:
            event.location = max(told, key=lambda item: item[0])[1].location


def _broad(place: Referent | None) -> bool:
    return place is not None and place.place is not None and place.place.kind != "site"


def _names_its_city(mention: Mention) -> bool:
    place, sentence = mention.location, mention.sentence
    if place is None or place.place is None or place.place.kind != "city":
        return False
    return any(sentence.start <= span.start < sentence.end for span in place.mentions)


def _city_hosting_that_day(meeting: MergedEvent, events: list[MergedEvent]) -> Referent | None:
    """ "Haugen arrived in Vik on Monday ... On Tuesday, Norwegian Foreign Minister Lund met
    Zembian Minister X": talks between two states that no sentence places, held on a day
    the story has guests staying in one city of a party's country, are in that city. Talks of
    no fixed day, of many states, or on a day with guests in two cities stay unplaced."""
    if meeting.date is None or meeting.date.precision is not DatePrecision.DAY:
        return None
    countries = countries_of(meeting.principal)
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
        and (_dates_compatible(visit.date, meeting.date) or days_into(visit, meeting))
    }
    return next(iter(cities.values())) if len(cities) == 1 else None


def _travels_on(occasion: MergedEvent, parties: frozenset[str]) -> bool:
    """ "Y will visit Oslo, hosted by Lund ... Lund will also meet Z next month": talks are
    on a trip that one of their parties makes, not on every trip their host receives."""
    return occasion.first.type != "visit" or occasion.first.actor.referent.key in parties


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
        and not all(map(told_as_before, other.mentions))
        and not _ended_before(other.date, visit.date)
        and not _places_compatible(other.location, visit.location)
        and not travellers.isdisjoint(_participants(other.principal))
        and position < (last_told_before(other, start) or -1)
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
    words = list(all_children(trigger))
    after = (trigger.dep_ == "pcomp" and trigger.head.lower_ == "before") or any(
        w.dep_ == "mark" and w.lower_ == "before" for w in words
    )
    onward = any(w.dep_ in ("prt", "advmod") and w.lower_ in ONWARD for w in words)
    sequel = any(w.dep_ == "advmod" and w.lower_ in SEQUEL_WORDS for w in words)
    to_come = mention.status is not EventStatus.OCCURRED
    return after or (to_come and (onward or sequel or _named_onward(mention)))


def _named_onward(mention: Mention) -> bool:
    """The leg's place told as a further stage: "and then on to Brenn"."""
    place, sentence = mention.location, mention.sentence
    spans = place.mentions if place is not None else []
    return any(
        told_onward(span.root) for span in spans if sentence.start <= span.start < sentence.end
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
        begun = [visit for visit in visits if days_into(visit, meeting)]
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
        and last_told_before(occasion, start) is not None
    ]
    if not talks:
        return []
    latest = max(talks, key=lambda occasion: last_told_before(occasion, start) or -1)
    guests = _participants(latest.principal) - {speaker}
    return [
        (-abs(visit.first.trigger.i - start), visit)
        for visit in events
        if visit.first.type == "visit"
        and visit.status is EventStatus.OCCURRED
        and visit.location is not None
        and visit.first.actor.referent.key in guests
        and (_dates_compatible(visit.date, latest.date) or days_into(visit, latest))
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
        (has_own_date(event) and not has_own_date(occasion))
        or _dates_compatible(occasion.date, event.date)
        or days_into(occasion, event)
    )


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


def venues_told_before(events: list[MergedEvent], told: list[Referent]) -> None:
    """ "Lind received Haugen at the Hallan Palace on Monday. Haugen said Sweden backs Norlund":
    talks, a deal or a stance its own sentence does not place happen at the building the
    paragraph last set one of its parties at, while the story stays there: with no one moving
    off, and no other place, occasion or day told since. `told` are the story's places."""
    held = [
        (place, e)
        for e in events
        for place in {m.location.key: m.location for m in e.mentions if m.location}.values()
        if _a_building(place)
    ]
    buildings = [place for place in told if _a_building(place)]
    for event in events:
        if event.first.type not in VENUE_CARRIED_TYPES or _names_its_place(event.first):
            continue
        venue = _venue_holding(event, held, buildings)
        if venue is None or (event.location is not None and event.location.key == venue.key):
            continue
        if (
            event.location is None
            or _inside(venue, event.location)
            or _told_earlier(event.location, venue, event.first.trigger)
        ):
            event.location = venue


def _venue_holding(
    event: MergedEvent, held: list[tuple[Referent, MergedEvent]], buildings: list[Referent]
) -> Referent | None:
    """The building told last in the event's paragraph before its sentence, where an event
    of one of its parties was held or whose sentence names one of them, unless the story has
    since left it or turned to another day."""
    start = event.first.trigger
    doc, paragraph = start.doc, _paragraph_start(start)
    text, sentence_start = text_of(doc), start.sent.start_char
    told = [
        (at, at + len(name), place)
        for place in [*(place for place, _ in held), *buildings]
        for name in _names_of(place)
        if (at := text.rfind(name, paragraph + 1, sentence_start)) >= 0
    ]
    if not told:
        return None
    # The building told last: of the names read at that spot, the one an event was held at.
    last = max(at for at, _, _ in told)
    here = [(end, venue) for at, end, venue in told if at == last]
    held_here = [(end, venue) for end, venue in here if _held_for(event, venue, held)]
    end, venue = (held_here or here)[0]
    sentence = doc.char_span(last, end, alignment_mode="expand").sent
    if sentence.root.lemma_ in cue_words("reporting"):
        return None  # "X told reporters at the Y Guesthouse": where it was told, not done
    if not held_here and not (
        event.status is EventStatus.OCCURRED and _party_told_there(event, sentence)
    ):
        return None
    since = doc.char_span(end, start.sent.end_char, alignment_mode="expand")
    moved = any(w.pos_ == "VERB" and w.lemma_ in cue_words("motion") for w in since)
    elsewhere = any(
        w.pos_ == "PROPN" and w.dep_ == "pobj" and w.head.lower_ in ("at", "in")
        for w in since
        if w.head.idx > end
    )
    # "At a joint news conference, X said": an occasion told since is a scene of its own.
    scene = any(w.lower_ == "at" and w.dep_ == "prep" for w in since)
    dated = any(w.ent_type_ == "DATE" for w in since)
    return None if moved or elsewhere or scene or dated else venue


def venues_of_what_they_follow(events: list[MergedEvent]) -> None:
    """ "Lind and Haugen held talks at the Hallan Palace. Afterwards their ministers signed a
    treaty", "at the news conference that followed, Haugen said ...": talks, a deal or a
    stance whose own clause names no place, told as following on the event of their parties
    told just before, are held where it was, when that is a building: the most specific
    place the text gives. A city or country of the event before lends nothing here; the
    scene's own place, named in its clause, is kept. Events are taken in story order, so
    talks placed this way lend their venue on to a deal signed after them."""
    placed: list[MergedEvent] = []
    for event in sorted(events, key=lambda e: e.first.trigger.i):
        if event.first.type not in VENUE_CARRIED_TYPES or any(
            map(_names_its_place, event.mentions)
        ):
            continue
        # A headline ("X and Y sign five deals") may be told first; the body tells the scene.
        sequel = next((m for m in event.mentions if follows_on(m.trigger)), None)
        if sequel is None or _building_of_its_own(sequel.trigger) or _timed(sequel.trigger):
            continue
        before = _event_just_before(event, sequel.trigger, events)
        if before is None or before.location is None or not _a_building(before.location):
            continue
        # The venue told for the event before, not one it was itself lent from elsewhere.
        if any(map(_names_its_place, before.mentions)) or any(e is before for e in placed):
            event.location = before.location
            placed.append(event)


def _timed(trigger: Token) -> bool:
    """ "Then on Wednesday, X met Y": a clause that tells its own time is a scene of its own."""
    return any(word.ent_type_ == "DATE" for word in _clauses_telling(trigger))


def _building_of_its_own(trigger: Token) -> bool:
    """ "Later, X held talks with Y at his office", "then called on Mr Y at the Orla House": a
    building or place the clause's verb or party is told at, named or not, is the scene's own
    place, not the one before. A place a deal or stance is about ("on fishing in the Kel Sea") is
    told off another noun, not the verb or the trigger."""
    buildings = cue_words("facility")
    return any(
        word.dep_ == "pobj"
        and word.head.lower_ in ("at", "in")
        and (word.head.head.pos_ in ("VERB", "AUX", "PROPN") or word.head.head is trigger)
        and (
            word.lemma_ in buildings
            or word.pos_ == "PROPN"
            or word.ent_type_ in ("FAC", "GPE", "LOC")
        )
        for word in _clauses_telling(trigger)
    )


def follows_on(trigger: Token) -> bool:
    """Whether the clause of the trigger tells it as coming after what was told before:
    "afterwards", "then", "minutes later", "after the talks", "following their meeting", "at
    the end of the session", "at the news conference that followed". The words are data."""
    words = cue_words("follow_on")
    occasions = cue_words("follow_on_occasion")
    for word in _clauses_telling(trigger):
        if word.dep_ == "advmod" and word.lower_ in words:
            return True
        after = word.dep_ == "prep" and word.lower_ in ("after", "following")
        if after and any(o.lemma_ in occasions for o in all_children(word) if o.dep_ == "pobj"):
            return True
        if word.lower_ in ("end", "close") and word.dep_ == "pobj" and word.head.lower_ == "at":
            ofs = (o for p in all_children(word) if p.lower_ == "of" for o in all_children(p))
            if any(o.lemma_ in occasions for o in ofs):
                return True
        if word.dep_ == "relcl" and word.lemma_ == "follow":
            return True
    return False


def _clauses_telling(trigger: Token) -> list[Token]:
    """The words of the trigger's clause and of the clauses it is told in: "at the news
    conference that followed, X said Norland would back Y" tells the backing at the news
    conference."""
    clause = trigger
    while clause.dep_ not in ("ROOT", "conj") and clause.head is not clause:
        clause = clause.head
    words = _own_clause(clause)
    # "X met Y, and Z then signed a deal": a clause joined on tells its own sequel words.
    return words if clause is trigger else [*words, *_own_clause(trigger)]


def _own_clause(verb: Token) -> list[Token]:
    """The words of the verb's clause and its phrases, leaving out clauses of their own
    joined to it or told as what is said."""
    own: list[Token] = []
    stack = [verb]
    while stack:
        word = stack.pop()
        own.append(word)
        stack.extend(
            child
            for child in all_children(word)
            if child.dep_ not in ("conj", "ccomp", "parataxis", "xcomp")
        )
    return own


def _event_just_before(
    event: MergedEvent, start: Token, events: list[MergedEvent]
) -> MergedEvent | None:
    """The event told last before the telling at `start`, in its sentence or the two before,
    of its parties (or their states) and as sure; None when the last told is another's. A
    visit is the trip the scene is on, not an event it follows."""
    sentences = list(start.doc.sents)
    here = next(n for n, s in enumerate(sentences) if s.start <= start.i < s.end)
    since = sentences[max(0, here - 2)].start
    told = [
        (position, other)
        for other in events
        if other is not event
        and other.first.type != "visit"
        and (position := last_told_before(other, start.i)) is not None
        and position >= since
    ]
    if not told:
        return None
    position, latest = max(told, key=lambda item: item[0])
    parties = _participants(event.principal)
    # A stance's tense is what it says ("would back"), not when it was voiced.
    as_sure = event.first.type == "statement" or latest.status is event.status
    # A dinner the night before is not the scene a deal signed the next day follows on; one
    # told in the deal's own sentence ("held talks at X, and afterwards signed") is, whatever
    # day either was read as.
    same_sentence = position >= sentences[here].start
    if not as_sure or not (same_sentence or _dates_compatible(latest.date, event.date)):
        return None
    if not shares_parties(event, latest, parties):
        return None
    return latest


def _held_for(
    event: MergedEvent, venue: Referent, held: list[tuple[Referent, MergedEvent]]
) -> bool:
    """Whether an event of a party of the event, of its day and as sure, was held there."""
    parties = _participants(event.principal)
    return any(
        place.key == venue.key
        and not parties.isdisjoint(_participants(occasion.principal))
        and _dates_compatible(event.date, occasion.date)
        and occasion.status is event.status
        for place, occasion in held
    )


def _party_told_there(event: MergedEvent, sentence: Span) -> bool:
    """Whether the sentence that sets the building names a party of the event."""
    mention = event.principal
    parties = [mention.actor.referent, *mention.counterparts, *mention.co_actors]
    return any(
        sentence.start <= span.start < sentence.end for ref in parties for span in ref.mentions
    )


def _names_of(place: Referent) -> set[str]:
    """How the text names a place: each of its mentions, whether or not the model read the
    name there as the same place."""
    return {place.name, *(span.text for span in place.mentions)}


def _told_earlier(place: Referent, venue: Referent, before: Token) -> bool:
    """A building of an earlier scene: its last telling comes before the venue's."""

    def last(ref: Referent) -> int:
        return max(text_of(before.doc).rfind(name, 0, before.idx) for name in _names_of(ref))

    return _a_building(place) and last(place) < last(venue)


def _a_building(place: Referent) -> bool:
    if place.place is not None:
        return place.place.kind == "site"
    return place.label == "FAC"


def _names_its_place(mention: Mention) -> bool:
    place, sentence = mention.location, mention.sentence
    if place is None:
        return False
    return any(sentence.start <= span.start < sentence.end for span in place.mentions)
