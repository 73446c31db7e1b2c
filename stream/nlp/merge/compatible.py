"""`MergedEvent` and the tests of whether two mentions' places and stays are compatible."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Span

from stream.contracts import EventDate, EventStatus
from stream.nlp import gazetteer
from stream.nlp.doctext import all_children
from stream.nlp.entities.table import Referent
from stream.nlp.events.mention import Mention
from stream.nlp.events.records import earlier_traveller
from stream.nlp.lexicon import fold, slug
from stream.nlp.roles.syntax import children

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


def one_stay_told_twice(events: list[MergedEvent]) -> list[MergedEvent]:
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
    told = [m.date.start for m in _best_told(event.mentions) if m.date is not None]
    dated = [day for day in days if day is not None]
    return min(dated, key=lambda day: (-told.count(day.start), day.start), default=None)


def _best_told(mentions: list[Mention]) -> list[Mention]:
    """The dated mentions whose day is best founded: a day read in the mention's own words
    over one carried from the story's running day, and a verb's over a bare trip noun's ("flew
    to Kell this morning" over "the visit", which may be timed by the whole tour)."""
    dated = [m for m in mentions if m.date is not None]
    own = [m for m in dated if m.date_is_own]
    verbs = [m for m in own if m.trigger.pos_ not in ("NOUN", "PROPN")]
    return verbs or own or dated


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
        and days_apart(first.date, second.date) <= 2
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


def retells_a_told_trip(visit: MergedEvent, events: list[MergedEvent], published: dt.date) -> bool:
    """ "It is the King's first visit to Lorn": a trip named in a copula's attribute is the
    story's trip told again, not a trip of its own, when the story tells a current trip of the
    same traveller there, made or ahead alike ("it will be her first visit to Lorn")."""
    if visit.first.type != "visit" or not all(map(_named_not_told, visit.mentions)):
        return False
    traveller = visit.first.actor.referent.key
    recent = published - dt.timedelta(days=PAST_TRIP_DAYS)
    # "It was her first visit to Lorn since May 2009, when she opened a port": a trip named
    # with the earlier traveller a "when" clause tells is that earlier trip.
    if any(earlier_traveller(m.trigger) is not None for m in visit.mentions):
        return False
    return any(
        trip is not visit
        and trip.first.type == "visit"
        and trip.first.actor.referent.key == traveller
        and not all(map(_named_not_told, trip.mentions))
        and trip.status is visit.status
        and (trip.date is None or trip.date.end >= recent)
        and may_be_in_country_of(trip.location, visit.location)
        for trip in events
    )


def names_place(sentence: Span, place: Referent) -> bool:
    """Whether the sentence names the place, also inside a wider name ("in west Vell")."""
    inside = any(sentence.start <= w.start and w.end <= sentence.end for w in place.mentions)
    return inside or place.name in sentence.text


def named_wide(visit: MergedEvent) -> bool:
    """A visit placed only by trip nouns ("the state visit to Orsk"), at a place wider than a
    city or one the gazetteer lacks."""
    place = visit.location
    if place is None or (place.place is not None and place.place.kind not in ("country", "region")):
        return False
    placed = [m for m in visit.mentions if m.location is not None]
    return bool(placed) and all(m.trigger.pos_ in ("NOUN", "PROPN") for m in placed)


# Verbs that judge what a trip meant: "her stop at Kell was seen as a nod to its miners".
JUDGING_VERBS = frozenset({"see", "regard", "view", "read"})


def _named_not_told(mention: Mention) -> bool:
    return _named_by_copula(mention) or judged_as(mention)


def judged_as(mention: Mention) -> bool:
    """ "Her stop at Kell was seen as a nod": a trip noun whose meaning is judged names a trip
    told elsewhere; it tells no trip of its own."""
    trigger = mention.trigger
    verb = trigger.head
    return (
        trigger.pos_ in ("NOUN", "PROPN")
        and trigger.dep_ == "nsubjpass"
        and verb.lemma_ in JUDGING_VERBS
        and any(child.lower_ == "as" for child in all_children(verb))
    )


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
    subjects = children(trigger.head, "nsubj")
    return any(subject.pos_ in ("PRON", "DET") for subject in subjects)


def may_be_in_country_of(place: Referent | None, told: Referent | None) -> bool:
    """Whether a trip's place is in the country a retelling names, or may be: a place the
    gazetteer cannot place ("Lorn Bay airport", an island's short name) rules nothing out."""
    if place is None or told is None:
        return False
    if place.place is None or told.place is None:
        return True
    # A state gone from the map may be told for a trip to a city of its seat's country.
    if gazetteer.gone_from_the_map(place.place) or gazetteer.gone_from_the_map(told.place):
        return True
    return _country(place) == _country(told)


def days_apart(a: EventDate | None, b: EventDate | None) -> int:
    if a is None or b is None:
        return 0
    return abs((a.start - b.start).days)


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
