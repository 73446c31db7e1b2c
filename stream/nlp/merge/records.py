"""`merge_mentions`, `event_id`, `confidence` and `to_record`: merging one article's
mentions and turning them into `Event` records, with the filing city rules they need.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json

from spacy.tokens import Token

from stream.contracts import (
    Article,
    DatePrecision,
    Event,
    EventDate,
    EventStatus,
    Evidence,
    PlaceRef,
)
from stream.nlp import gazetteer
from stream.nlp.entities.canonical import holds_office
from stream.nlp.entities.table import Referent
from stream.nlp.events.mention import POPE, Mention
from stream.nlp.lexicon import cue_words, fold, slug
from stream.nlp.merge.compatible import (
    FILED_DAYS,
    FILED_TYPES,
    NEEDS_COUNTERPART,
    NEEDS_PLACE,
    MergedEvent,
    _country,
    _places_compatible,
    one_stay_told_twice,
    retells_a_told_trip,
)
from stream.nlp.merge.onward import (
    landings_driven_on_from,
    place_on_occasions,
    sites_of_the_stay,
    venues_of_their_talks,
    venues_of_what_they_follow,
    venues_told_before,
)
from stream.nlp.merge.precision import (
    borrow_from_enclosing,
    countries_of,
    in_perfect,
    settled_date,
    told_as_before,
    visits_to_their_city,
    voiced_at_talks,
)
from stream.nlp.merge.programmes import timed_by_programme
from stream.nlp.merge.same_event import (
    _participants,
    _taken_up,
    ahead_later_in_the_span,
    background_after_the_news,
    past_and_ahead,
    place_joined,
    placed_alike,
    same_event,
    welcomes_joined_to_their_trip,
)
from stream.nlp.merge.stays import (
    _dates_compatible,
    arrivals_at_the_scene,
    days_into,
    fold_into_trip,
    host_at_home,
    is_country,
    names_a_told_stay,
    stay_told_as_trip,
    stays_told_before,
    told_in_story,
)
from stream.nlp.roles.reference import nationality


def merge_mentions(
    mentions: list[Mention],
    published: dt.date,
    here: Referent | None = None,
    headline_end: int = 0,
    places: list[Referent] | None = None,
) -> list[MergedEvent]:
    """Group the mentions of each event, in order of first mention, and settle place and date.

    A headline ends at `headline_end`: it tells in brief what the story tells, so its mentions
    join the story's events and make none of their own ("Okoro heads to Lisbon" over a story
    of a trip planned for the next day). A photo caption likewise shows what the story tells.
    `places` are the story's places, whether or not an event was read at them."""
    events: list[MergedEvent] = []
    for mention in mentions:
        joins = [
            e
            for e in events
            if same_event(e, mention)
            and not past_and_ahead(e, mention, published)
            and not background_after_the_news(e, mention, published)
            and not ahead_later_in_the_span(e, mention)
        ]
        same = next((e for e in joins if placed_alike(e, mention)), None)
        same = same or next(iter(joins), None)
        if same is None:
            events.append(MergedEvent([mention], location=mention.location))
        else:
            same.location = place_joined(same, mention)
            same.mentions.append(mention)
    for event in events:
        event.date = settled_date(event)
    # A stay read only off talks abroad is no occasion that lends other events its place.
    told_order = {id(event): position for position, event in enumerate(events)}
    stays = [event for event in events if all(m.abroad for m in event.mentions)]
    events = [event for event in events if not all(m.abroad for m in event.mentions)]
    undated = [event for event in events if _taken_up(event)]
    events = welcomes_joined_to_their_trip(events)
    borrow_from_enclosing(events)
    voiced_at_talks(events)
    events = landings_driven_on_from(events)
    visits_to_their_city(events, here, published)
    sites_of_the_stay(events)
    events = [event for event in events if event.mentions]
    place_on_occasions(events, published)
    _placed_where_filed(events, published, here)
    for event in undated:
        event.date = None
    _venues_in_their_city(events, published, here)
    venues_of_their_talks(events, published)
    venues_told_before(events, places or [])
    venues_of_what_they_follow(events)
    arrivals_at_the_scene(events, here)
    _companions_placed_with_their_traveller(events)
    kept = [s for s in stays if not stay_told_as_trip(s, [*events, *stays_told_before(s, stays)])]
    for stay in stays:
        if stay not in kept and stay.first.done_there:
            fold_into_trip(stay, events)
    events += kept
    events = one_stay_told_twice(events)
    for event in events:
        event.date = event.date or _day_reached(event)
    timed_by_programme(events, published)
    return [
        event
        for event in sorted(events, key=lambda event: told_order[id(event)])
        if _says_enough(event)
        and any(told_in_story(m, headline_end) for m in event.mentions)
        and not host_at_home(event, events)
        and not retells_a_told_trip(event, events, published)
        and not names_a_told_stay(event, events)
    ]


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
    """The city of the stay told nearest among each party's latest stay by the event's day:
    a trip that has moved on is no longer where it was ("arrived in Orla on Tuesday ... had
    held talks in Vell on Monday ... on Tuesday, a dinner at the palace" is in Orla)."""
    parties = _participants(event.principal)
    start = event.first.trigger.i
    stays = [
        visit
        for visit in events
        if visit.first.type == "visit"
        and visit.location is not None
        and visit.location.place is not None
        and visit.location.place.kind == "city"
        and visit.first.actor.referent.key in parties
        and _dated_within(visit, event)
    ]
    current = [visit for visit in stays if not _moved_on(visit, stays)]
    nearest = min(current, key=lambda visit: abs(start - visit.first.trigger.i), default=None)
    return nearest.location.place if nearest and nearest.location else None


def _moved_on(visit: MergedEvent, stays: list[MergedEvent]) -> bool:
    """Whether the same traveller arrived somewhere later, on a later day."""
    assert visit.date is not None  # _dated_within holds only dated stays
    traveller = visit.first.actor.referent.key
    return any(
        other.date is not None
        and other.first.actor.referent.key == traveller
        and other.date.start > visit.date.start
        for other in stays
    )


def _dated_within(visit: MergedEvent, event: MergedEvent) -> bool:
    """Both dated, and the event falls on the stay: an undated trip holds no venue, nor does
    a trip still ahead hold what has happened."""
    if visit.date is None or event.date is None:
        return False
    if event.status is EventStatus.OCCURRED and visit.status is not EventStatus.OCCURRED:
        return False
    return _dates_compatible(visit.date, event.date) or days_into(visit, event)


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
    if where.country_code in countries_of(event.principal):
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


def _background(mention: Mention) -> bool:
    return told_as_before(mention) or in_perfect(mention)


def _speaks_for(mention: Mention, where: gazetteer.Place) -> bool:
    """The speaker is not told of another state than the place's: a state, or a person whose
    title gives a country."""
    speaker = mention.actor.referent
    if speaker.place is not None:
        return gazetteer.country_of(speaker.place).country_code == where.country_code
    codes = nationality(speaker) if speaker.label == "PERSON" else []
    return not codes or where.country_code in codes


def _companions_placed_with_their_traveller(events: list[MergedEvent]) -> None:
    """ "X and his wife, Y, flew in on Sunday", "X and Foreign Minister Z flew in": the
    companions told with a traveller make the trip the traveller makes. When only one of them
    is placed (the traveller's trip joined one told before, "X arrived in Kel ... X and Z
    flew in"), the others are where that one is, on that day, not nowhere."""
    for event in events:
        if event.first.type != "visit" or event.location is not None:
            continue
        fellow = next((other for other in events if _travel_together(other, event)), None)
        if fellow is not None:
            event.location = fellow.location
            event.date = event.date or fellow.date


def _travel_together(placed: MergedEvent, unplaced: MergedEvent) -> bool:
    """A placed visit read off the same word as the unplaced one, one's traveller told as
    the other's companion."""
    if placed is unplaced or placed.first.type != "visit" or placed.location is None:
        return False
    return any(
        mine.trigger.i == theirs.trigger.i
        and _told_on_the_move(mine.trigger)
        and _companion_of(mine, theirs)
        for mine in unplaced.mentions
        for theirs in placed.mentions
    )


def _told_on_the_move(trigger: Token) -> bool:
    """ "Flew in", "landed", "travelled": a verb of going or coming takes each of its subjects
    along. What they do together once there ("attended a ceremony", "visited a school") may
    be done by a host at home beside the guest."""
    moving = cue_words("setting_off") | cue_words("arrival")
    return trigger.pos_ == "VERB" and trigger.lemma_ in moving


def _companion_of(one: Mention, other: Mention) -> bool:
    """One's traveller is among the other's companions, or the other way round; never one
    told meeting the other ("X and his wife arrived" read as the wife received by X)."""
    one_key, other_key = one.actor.referent.key, other.actor.referent.key
    told_with = one_key in _keys(other.co_actors) or other_key in _keys(one.co_actors)
    met = other_key in _keys(one.counterparts) or one_key in _keys(other.counterparts)
    return told_with and not met


def _keys(parties: list[Referent]) -> set[str]:
    return {party.key for party in parties}


def _says_enough(event: MergedEvent) -> bool:
    if event.first.type == "visit" and (
        _goes_to_itself(event) or _building_as_traveller(event) or _home_country(event)
    ):
        return False
    if event.first.type in NEEDS_PLACE:
        return event.location is not None
    if event.first.type in NEEDS_COUNTERPART:
        return bool(event.principal.counterparts)
    return True


def _goes_to_itself(visit: MergedEvent) -> bool:
    """ "Kell, AP - The premier arrived in Kell": a place read as the traveller (a dateline
    city taken for the subject) never travels to itself. Dropped only here, at the end, so that
    the day the mention tells has already been lent to the story's other events."""
    place = visit.location
    return place is not None and visit.first.actor.referent.key == place.key


def _building_as_traveller(visit: MergedEvent) -> bool:
    """ "The Palace added the stop to the tour": an office named by its building (a site of a
    city in the gazetteer) speaks for its people and never travels itself; only a person or a
    body such as a state or a movement is told as the traveller."""
    traveller = visit.first.actor.referent
    if traveller.label == "PERSON":
        return False
    where = traveller.place or gazetteer.place(traveller.name)
    return where is not None and where.kind == "site"


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
    codes = nationality(traveller) if traveller.label == "PERSON" else []
    if not is_country(place):
        # "Attended the talks in Hanoi" of a Vietnamese leader, placed only by the talks: a
        # capital lent by another event, the traveller's own, is where they were at home.
        lent = all(mention.location is None for mention in visit.mentions)
        own_capital = len(codes) == 1 and (
            place.place == gazetteer.capital_of(codes[0])
            or gazetteer.names_capital_of(place.name, codes[0])
        )
        # "On his way home the Pope landed in Rome": a pope's see is his home city.
        see = holds_office(traveller, POPE) and fold(place.name) in cue_words("papal_seat")
        # "On his way home, he will fly straight to Brenn" of the Lorvian leader: a trip to
        # one's own capital told as going home ends the trip; it is no visit.
        return (own_capital or see) and (lent or any(_homeward(m) for m in visit.mentions))
    return traveller.key == place.key or codes == [place.place.country_code]


def _homeward(mention: Mention) -> bool:
    """The mention's sentence tells a way home: "home", "back", "return"."""
    homeward = cue_words("homeward")
    return any(word.lemma_.lower() in homeward for word in mention.trigger.sent)


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


def _day_reached(event: MergedEvent) -> EventDate | None:
    """An event no mention dates is of the day the story had reached when it was first told.
    Given only once the mentions are joined and placed, so that a day the story reached joins
    no mention to another event, nor places one, that its own mentions would not."""
    if event.status is not EventStatus.OCCURRED:
        return None  # "will continue his visit to X": a trip still ahead is not of that day
    return next((m.story_day for m in event.mentions if m.story_day is not None), None)
