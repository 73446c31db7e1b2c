"""How precise a date or place is, and refining one mention by another: ranks, settled
dates, towns gone on to, stays folded together.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span

from stream.contracts import DatePrecision, EventDate, EventStatus
from stream.nlp import gazetteer
from stream.nlp.doctext import all_children, text_of
from stream.nlp.entities.table import Referent
from stream.nlp.events.mention import Mention
from stream.nlp.events.status import JOINED_DAYS
from stream.nlp.lexicon import cue_words, fold
from stream.nlp.merge.compatible import (
    FILED_DAYS,
    PRECISION_RANK,
    STATE_PARTY_TYPES,
    TOLD_AT_TALKS,
    MergedEvent,
    _inside,
    _places_compatible,
)
from stream.nlp.merge.same_event import (
    _participants,
    arrival_before_stay,
    places_left,
    told_ending,
)
from stream.nlp.merge.stays import _dates_compatible, days_into, is_country
from stream.nlp.roles.actors import speech_verb
from stream.nlp.roles.home_places import is_arrival_site
from stream.nlp.roles.reference import nationality
from stream.nlp.roles.syntax import prep_objects


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


def settled_date(event: MergedEvent) -> EventDate | None:
    """The most precise date among the mentions that carry the event's status, a date read in a
    mention itself before one carried over from an earlier event."""
    dated = [m for m in event.mentions if m.date is not None]
    # "Ended a three-day visit on Friday" dates the trip's last day: it speaks for the trip
    # only when no other mention dates it ("arrived on Wednesday").
    dated = [m for m in dated if not told_ending(m)] or dated
    for preferred in (
        [m for m in dated if m.status is event.status and m.date_is_own],
        [m for m in dated if m.date_is_own],
        [m for m in dated if m.status is event.status],
        dated,
    ):
        if preferred:
            told = [m.date for m in preferred if m.date is not None]
            settled = _first_of_joined_days(max(told, key=_sharpness), told)
            return arrival_before_stay(event, settled) or settled
    return None


def _first_of_joined_days(settled: EventDate, told: list[EventDate]) -> EventDate:
    """ "Talked on Saturday and Sunday ... broke off their talks last night": a day told alone
    within days told one by one is part of what was done over them, which began on the first."""
    joined = (
        date
        for date in told
        if date.precision == DatePrecision.DAY
        and date.start < date.end
        and JOINED_DAYS in date.text
        and date.start < settled.start <= settled.end <= date.end
    )
    return next(joined, settled)


def _sharpness(date: EventDate) -> tuple[int, int]:
    """Finer precision first; at one precision, the shorter span: a leg's "July 22-24" over
    the whole trip's "July 20-27"."""
    return _rank(date), -(date.end - date.start).days


def borrow_from_enclosing(events: list[MergedEvent]) -> None:
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
        lends_date = not _still_to_come_after(event, enclosing)
        if lends_date and (
            _refines(enclosing.date, event.date)
            or (enclosing.date is not None and not has_own_date(event))
        ):
            event.date = enclosing.date
        event.location = event.location or enclosing.location


def _still_to_come_after(event: MergedEvent, enclosing: MergedEvent) -> bool:
    """ "During Tuesday's talks, X invited Y to visit Oslo": the parse hangs the talks on the
    trip as well, but a trip still to come was only asked for at talks that happened; it is
    not held on their day, which the text leaves open."""
    return event.status is not EventStatus.OCCURRED and enclosing.status is EventStatus.OCCURRED


def voiced_at_talks(events: list[MergedEvent]) -> None:
    """ "X held talks with Y on Tuesday. ... X said Norway firmly backs Chile": a stance with no
    time of its own, told after talks one of its parties held, was voiced at those talks, on
    their day and at their place, rather than on the day the story had reached. So was an
    invitation ("X invited Y to visit Oslo"), on their day; its place is where Y is asked."""
    for event in events:
        if event.first.type not in TOLD_AT_TALKS or event.status is not EventStatus.OCCURRED:
            continue
        stance = event.first.type == "statement"
        if has_own_date(event) or any(m.during is not None for m in event.mentions):
            continue
        if any(map(told_as_before, event.mentions)) or any(map(in_perfect, event.mentions)):
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
            and not all(map(told_as_before, occasion.mentions))
            and shares_parties(event, occasion, parties)
            and (not stance or _places_compatible(occasion.location, event.location))
            and (not stance or _speaker_at(event, occasion))
            and (position := last_told_before(occasion, start)) is not None
        ]
        if not talks:
            continue
        position, latest = max(talks, key=lambda item: item[0])
        if not _travelled_on(event.principal.actor.referent.key, latest, position, start, events):
            event.date = latest.date
            if stance and not any(map(said_at_an_occasion, event.mentions)):
                event.location = event.location or latest.location


def _speaker_at(stance: MergedEvent, talks: MergedEvent) -> bool:
    """ "Y accused X of ...", told after talks X held: a stance is voiced at talks its speaker
    took part in (in person, as the state of one who did, or told in the talks' own sentence),
    not at talks of whom it is about."""
    speaker = stance.principal.actor.referent
    told_with = {m.sentence.start for m in talks.mentions}
    if speaker.key in _participants(talks.principal) or stance.first.sentence.start in told_with:
        return True
    return speaker.place is not None and speaker.place.country_code in countries_of(talks.principal)


def said_at_an_occasion(mention: Mention) -> bool:
    """ "At a joint news conference, X said ...": a stance voiced at an occasion the text names
    on its own is there, not at the talks before it, though on their day. "At the end of the
    talks", "at their close" name a moment of the occasion told, no occasion of its own."""
    speech = speech_verb(mention.trigger)
    verbs = [mention.trigger, *([speech] if speech is not None else [])]
    return any(
        word.pos_ == "NOUN" and word.lemma_.lower() not in cue_words("gathering_moment")
        for verb in verbs
        for word in prep_objects(verb, "at", "during")
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
        and position < (last_told_before(other, start) or -1)
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


def has_own_date(event: MergedEvent) -> bool:
    """A date carried over from the story so far yields to that of the event it happened in."""
    return any(m.date is not None and m.date_is_own for m in event.mentions)


def visits_to_their_city(
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
        site = is_arrival_site(country) and country.place is None
        if not (is_country(country) or site):
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
            and (_dates_compatible(other.date, visit.date) or days_into(visit, other))
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
        m.trigger.lemma_ in cue_words("departure") and any(prep_objects(m.trigger, "for"))
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
    left = (w for m in visit.mentions for w in places_left(m.trigger))
    return any(span.start <= word.i < span.end for word in left for span in city.mentions)


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
            stay.date = settled_date(stay)
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
    if here is None or published is None or visit.date is None or not is_country(country):
        return False
    where = here.place or gazetteer.place(here.name)
    return (
        where is not None
        and where.kind == "city"
        and country.place is not None
        and where.country_code == country.place.country_code
        and abs((visit.date.start - published).days) <= FILED_DAYS
    )


def told_as_before(mention: Mention) -> bool:
    """ "X had accused a neighbour on Saturday": the past perfect tells what led up to the
    story, not what happened where it is filed."""
    verb = mention.trigger if mention.trigger.pos_ in ("VERB", "AUX") else mention.trigger.head
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in all_children(verb)
    )


def in_perfect(mention: Mention) -> bool:
    """ "X has previously accused a neighbour": the present perfect tells that it was said, not
    when, so not that it was said at the day's talks."""
    verb = mention.trigger if mention.trigger.pos_ in ("VERB", "AUX") else mention.trigger.head
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP")
        for c in all_children(verb)
    )


def shares_parties(event: MergedEvent, occasion: MergedEvent, parties: frozenset[str]) -> bool:
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
    if occasion.first.type == "meeting" and _signed_before_others(event.first):
        return True
    if occasion.first.type == "meeting" and any(
        _signed_after_in_sentence(occasion, m) for m in event.mentions
    ):
        return True
    if (
        occasion.first.type == "meeting"
        and _deal_by_the_occasion(event.first)
        and _told_just_before(occasion, event.first)
    ):
        return True
    if event.first.type not in STATE_PARTY_TYPES:
        return False
    states = _states_of_stance(event.principal) if stance else countries_of(event.principal)
    return bool(states) and states <= countries_of(occasion.principal)


def _signed_before_others(deal: Mention) -> bool:
    """ "Signed the accord in the presence of the two presidents", "while the two leaders looked
    on", "the two leaders watched as the ministers signed", "afterwards, the ministers
    signed": a deal told as signed before others, or right after their talks, is signed at
    those talks, whoever its signers are."""
    if deal.type != "agreement":
        return False
    sentence = deal.sentence
    looked_on = any(
        word.lemma_ == "look" and any(c.lower_ == "on" for c in all_children(word))
        for word in sentence
    )
    first = next((word for word in sentence if not word.is_punct), None)
    afterwards = first is not None and first.lower_ == "afterwards"
    watched = deal.trigger.head.lemma_ in cue_words("witness") and deal.trigger.dep_ == "advcl"
    return looked_on or afterwards or watched or any(word.lower_ == "presence" for word in sentence)


def _signed_after_in_sentence(talks: MergedEvent, deal: Mention) -> bool:
    """ "Held talks at the Orla Palace, after which the two states signed ...", "met X at the
    villa, and the two watched ministers sign ...": a deal told in the very sentence of the
    talks, after them, is signed at those talks, whoever its signers are (states, ministers)."""
    if deal.type != "agreement":
        return False
    return any(
        m.sentence.start == deal.sentence.start and m.trigger.i < deal.trigger.i
        for m in talks.mentions
    )


# The prepositions that set a thing done beside an occasion: "after the talks", "before the
# banquet", "following the ceremony".
BESIDE_AN_OCCASION = frozenset({"after", "before", "following"})


def _deal_by_the_occasion(deal: Mention) -> bool:
    return deal.type == "agreement" and _told_by_the_occasion(deal.sentence)


def _told_by_the_occasion(sentence: Span) -> bool:
    """ "Before the banquet, the foreign ministers signed ...", "at the end of the session",
    "at their close": a sentence that opens by setting its deal against an occasion the story
    has told ("the", "their": told already) is signed where that occasion was."""
    words = [word for word in sentence if not word.is_punct][:5]
    if len(words) < 3:
        return False
    told = ("the", "their")
    lead, article = words[0].lower_, words[1].lower_
    if lead in BESIDE_AN_OCCASION:
        return article in told
    moment = words[2].lemma_.lower() in cue_words("gathering_moment")
    return lead == "at" and article in told and moment


def _told_just_before(occasion: MergedEvent, deal: Mention) -> bool:
    """Whether the occasion is told before the deal in its paragraph or the one before: "the
    talks" refers back to talks just told, not to any the story told paragraphs earlier."""
    text = text_of(deal.trigger.doc)
    paragraph = max(text.rfind("\n\n", 0, deal.trigger.idx), 0)
    since = text.rfind("\n\n", 0, paragraph)
    return any(since < m.trigger.idx < deal.trigger.idx for m in occasion.mentions)


def _states_of_stance(stance: Mention) -> frozenset[str]:
    """The speaker's country and the states a stance names, not the nationality of a person it
    is about."""
    named = [ref for ref in stance.counterparts if ref.place is not None]
    return _countries_of_parties([stance.actor.referent, *named])


def countries_of(mention: Mention) -> frozenset[str]:
    """The countries of a mention's parties: a state itself, or a person's nationality."""
    return _countries_of_parties([mention.actor.referent, *mention.counterparts])


def _countries_of_parties(parties: list[Referent]) -> frozenset[str]:
    codes: set[str] = set()
    for party in parties:
        if party.place is not None and party.place.kind == "country":
            codes.add(party.place.country_code)
        elif party.label == "PERSON":
            codes.update(nationality(party))
    return frozenset(codes)


def last_told_before(event: MergedEvent, start: int) -> int | None:
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
