"""`_location` and the places it reads: places told before, filed-from cities, places of
welcomes, talks and hosted gatherings, and "said there".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from stream.contracts import EventDate
from stream.nlp import gazetteer
from stream.nlp.doctext import all_children, ancestors_of, conjuncts_of, subtree_of
from stream.nlp.entities.matchers import PLACE_LABELS
from stream.nlp.entities.table import EntityTable, Referent, where_opening
from stream.nlp.events.gatherings import own_date, previous_paragraph_start
from stream.nlp.events.mention import (
    ADVERBS_OF_TIME,
    CLAUSE_PLACED,
    PLACE_NOUNS,
    STAY_TYPES,
    WHERE_PREPS,
    Mention,
    Reading,
    opened_by_where,
)
from stream.nlp.lexicon import cue_words, fold
from stream.nlp.roles.companions import compound_head, country_of_referent, place_hung_on_guest
from stream.nlp.roles.home_places import (
    arrival_city,
    capital_told_last,
    clause_place,
    framing_place,
    is_arrival_site,
    the_capital_told,
    told_in_clause,
)
from stream.nlp.roles.met_parties import gone_to_hold, verb_going_to_gathering
from stream.nlp.roles.reference import nationality, referent
from stream.nlp.roles.stops import location
from stream.nlp.roles.syntax import (
    NOUN_POS,
    children,
    prep_objects,
    span_holding,
)
from stream.nlp.roles.venues import is_proper_name, name_start, place_at, town_known_misread


def place_named(word: Token, reading: Reading) -> Referent | None:
    """The place a word names: the table's, or a town the model read as something else."""
    found = reading.table.at(word)
    if found is not None and found.label in PLACE_LABELS:
        return found
    return town_misread(word, reading)


def place_of_hosting(clause: Token, reading: Reading) -> Referent | None:
    """ "The summit, which X hosted at the Orla Centre": where the clause hosting a gathering
    holds it."""
    held = (place_named(word, reading) for word in prep_objects(clause, "at", "in"))
    return next(filter(None, held), None)


def _location(
    chain: list[Token], reading: Reading, event_type: str, earlier: list[Mention]
) -> Referent | None:
    """The place the parse gives, else the dateline's when the text says "here", else the
    place of the event told just before when it says "there"."""
    found = location(chain[0], reading.table, event_type, reading.dateline_end)
    if event_type == "invitation":
        # "At Kel, X invited Y to visit Oslo": where Y is asked to go, not where X asked.
        found = _place_invited_to(chain[0], reading) or found
    if event_type == "meeting":
        gone = None if _venue_of_the_talks(found) else _place_gone_to(chain[0], reading)
        found = gone or _place_of_talks_told(chain[0], found, reading)
    if found is None and event_type in CLAUSE_PLACED:
        found = clause_place(chain, reading.table, reading.dateline_end)
        found = found or _place_left_after(chain, reading)
    if found is None and event_type == "statement":
        voiced = _voicing_verbs(chain[-1])
        found = next(filter(None, (_where_said(verb, reading) for verb in voiced)), None)
        found = found or next(
            filter(None, (_said_there(verb, reading, earlier) for verb in voiced)), None
        )
    if found is None and event_type == "meeting":
        found = town_arrived_in(chain[0], reading) or place_hung_on_guest(chain[0], reading.table)
    if found is None and event_type in CLAUSE_PLACED:
        found = _place_of_trip_for_it(chain, reading)
    if found is None and event_type == "visit":
        found = _place_of_unnamed_gathering(chain[0], reading)
        found = found or _place_of_gathering_come_for(chain[0], reading)
    if event_type in ("meeting", "visit") and (found is None or _names_gathering(found)):
        # "Flew in from Lorn, where he attended the summit": the gathering is held in Lorn.
        found = _place_before_where(chain, reading, sites=event_type == "meeting") or found
    if found is None and event_type == "meeting":
        found = _place_of_hosted_gathering(chain[0], reading) or _sidelines_place(chain, reading)
    if found is None:
        found = framing_place(chain, reading.table, reading.dateline_end)
    found = found or _country_in_scope(event_type, chain, reading)
    if found is not None and event_type == "visit" and _arrived_at_site(found, chain[0]):
        # "landed at Northfield Airport": the visit is to the city the airport serves.
        found = (
            _big_city_served(arrival_city(found, reading.table), chain[0], reading)
            or _capital_of_greeters_abroad(found, chain[0], reading)
            or filed_from_city(reading)
            or _sole_city_told_before(chain[0], reading)
            or _host_country_of_story(chain[0], reading)
            or found
        )
    elif found is not None and event_type == "visit" and _town_of_airport(found, chain[0]):
        found = _big_city_served(found, chain[0], reading)
    return found if found is not None else _place_pointed_at(chain, reading, earlier)


# Nouns by which a story points at a country it has named: "in the country", "the islands".
COUNTRY_NOUNS = frozenset({"country", "republic", "island"})


def _country_in_scope(event_type: str, chain: list[Token], reading: Reading) -> Referent | None:
    """ "Lorvia ... Norland keeps 900 troops in the country": forces held in "the country",
    "the republic" or "the islands" are in the country the story told most before the
    sentence, not the one the sentence names as theirs."""
    # "keeps 900 troops in the country": the parse may hang the place on the forces held.
    holders = [*chain, *(forces for verb in chain for forces in children(verb, "dobj"))]
    pointed = any(
        word.lemma_ in COUNTRY_NOUNS and any(c.lower_ == "the" for c in all_children(word))
        for holder in holders
        for word in prep_objects(holder, "in", "at", "to", "into")
    )
    if event_type != "deployment" or not pointed:
        return None
    sentence = chain[0].sent
    whose = (word for word in sentence if not _told_as_where(word))
    own = {country.country_code for country in _countries_told(whose, reading)}
    before = _countries_told(chain[0].doc[: sentence.start], reading, places_only=True)
    told = Counter(country for country in before if country.country_code not in own)
    filed_from = _country_filed_from(reading)
    if filed_from is not None and filed_from in told:
        # "ORLA - ... the mission keeps 900 troops in the country": the country a story is
        # filed from is the one it calls "the country", however often it names its guests'.
        return reading.table.place(filed_from)
    # "Held talks in Vik on the situation in Brenn": the country the story is about is the
    # one it names most; a tie goes to the one it came to last.
    ranked = sorted(reversed(told), key=told.__getitem__, reverse=True)
    return reading.table.place(ranked[0]) if ranked else None


def _countries_told(
    words: Iterable[Token], reading: Reading, places_only: bool = False
) -> Iterator[gazetteer.Place]:
    """The countries words name, as places or, unless `places_only`, as nationalities too:
    "American aid" says whose, not where anything is."""
    for word in words:
        found = reading.table.at(word)
        if found is None or (places_only and found.label not in PLACE_LABELS):
            continue
        country = country_of_referent(found)
        if country is not None:
            yield country


def _told_as_where(word: Token) -> bool:
    """ "The UN Mission in Lorvia": a country named after "in" tells where a body is, not
    whose its forces are."""
    named = compound_head(word)
    return named.dep_ == "pobj" and named.head.lower_ == "in"


def _country_filed_from(reading: Reading) -> gazetteer.Place | None:
    return country_of_referent(reading.here) if reading.here is not None else None


def town_arrived_in(trigger: Token, reading: Reading) -> Referent | None:
    """ "Received the guest on his arrival in Vik": the town the welcome's time phrase names."""
    arrivals = [
        word
        for word in prep_objects(trigger, "on", "upon")
        if word.lemma_.lower() in cue_words("arrival_noun")
    ]
    towns = [place_named(town, reading) for word in arrivals for town in prep_objects(word, "in")]
    return next(filter(None, towns), None)


def _arrived_at_site(place: Referent, trigger: Token) -> bool:
    """An airport or a station, or a water the gazetteer cannot place sailed into ("sailed
    into Vik Bay"): a ship comes in at the port of the town it sails for."""
    sailed_in = trigger.lemma_ in cue_words("sailing") and place.label == "LOC"
    # "Landed at Orvik": a name landed at that the gazetteer knows as no town is the airfield.
    landed = trigger.lemma_ == "land" and _landed_at(place, trigger)
    return is_arrival_site(place) or ((sailed_in or landed) and place.place is None)


def _place_pointed_at(
    chain: list[Token], reading: Reading, earlier: list[Mention]
) -> Referent | None:
    """A place the clause points at without naming it: the dateline's when the text says
    "here", the capital in view for "the capital", the place of the event told just before
    for "there"."""
    said = {c.lower_ for t in chain for c in all_children(t) if c.dep_ == "advmod"}
    if "here" in said or _here_in_clause(chain[-1]):
        return reading.here
    capital = the_capital_told(chain[0])
    if capital is not None:
        return capital_told_last(capital, reading.table) or _capital_filed_from(reading)
    there = "there" in said or _at_the_same_place(chain)
    return _place_told_before(chain[0], reading, earlier) if there else None


def _place_left_after(chain: list[Token], reading: Reading) -> Referent | None:
    """ "Met X before leaving Vik for Ulm", "held talks before she departed Vik": the place
    the parties leave once the talks are over is where they were held."""
    for word in chain:
        befores = [c for c in children(word, "prep") if c.lower_ == "before"]
        departures = [
            *(verb for before in befores for verb in children(before, "pcomp")),
            *(
                clause
                for clause in children(word, "advcl")
                if any(c.dep_ == "mark" and c.lower_ == "before" for c in all_children(clause))
            ),
        ]
        for verb in departures:
            if verb.lemma_ not in cue_words("departure"):
                continue
            for left in children(verb, "dobj"):
                found = reading.table.at(left)
                if found is not None and found.label in PLACE_LABELS:
                    return found
    return None


def _at_the_same_place(chain: list[Token]) -> bool:
    """ "Held talks with Y at the same venue": like "there", the place of the event told last."""
    return any(
        place.lemma_ in PLACE_NOUNS and any(c.lower_ == "same" for c in all_children(place))
        for word in chain
        for place in prep_objects(word, "at", "in")
    )


def _venue_of_the_talks(found: Referent | None) -> bool:
    """ "Drove to Kell for talks with X at Alder House": a building the parse hangs on the
    talks themselves is where they are held, more precise than the town gone to for them,
    whether or not the gazetteer can place it."""
    if found is None:
        return False
    if found.place is not None:
        return found.place.kind == "site"
    return found.label in ("FAC", "ORG")


def _place_gone_to(trigger: Token, reading: Reading) -> Referent | None:
    """ "Retired to the library for talks": talks are held where the parties went to hold them,
    which the parse hangs on the verb of moving, not on the talks."""
    held = span_holding(trigger)
    if not gone_to_hold(held):
        return None
    gone_to = prep_objects(held.head.head, "to")
    places = (place_at(word, reading.table, site=True, venues=True) for word in gone_to)
    return next(filter(None, places), None)


def _place_of_talks_told(
    trigger: Token, found: Referent | None, reading: Reading
) -> Referent | None:
    if found is None:
        return _place_of_welcome_before(trigger, reading)
    return _place_of_named_gathering(trigger, found, reading) or found


def _place_of_welcome_before(trigger: Token, reading: Reading) -> Referent | None:
    """ "Held talks after a welcome ceremony at the palace": talks that follow the
    ceremony welcoming the guest are held where it was."""
    verb = trigger.head if trigger.pos_ in NOUN_POS and trigger.dep_ == "dobj" else trigger
    ceremonies = [
        word
        for word in prep_objects(verb, "after", "following")
        if word.lemma_ == "welcome" or (word.lemma_ == "ceremony" and _told_as_welcome(word))
    ]
    held = (
        referent(place, reading.table, places=True)
        for ceremony in ceremonies
        for place in prep_objects(ceremony, "at", "in")
    )
    return next((ref for ref in held if ref is not None and ref.label in PLACE_LABELS), None)


def _told_as_welcome(ceremony: Token) -> bool:
    """ "A welcome ceremony", "a welcoming ceremony", "an official reception ceremony"."""
    kinds = children(ceremony, "amod", "compound")
    return any(kind.lemma_ in cue_words("reception") | {"reception"} for kind in kinds)


def _place_of_named_gathering(noun: Token, own: Referent, reading: Reading) -> Referent | None:
    """ "Opened the Atlantic Islands Leaders Forum in the city of Ponta Delgada": a place in a
    gathering's name tells whose gathering it is; where it is held is the place the verb
    that opens or hosts it gives."""
    if noun.dep_ != "dobj" or noun.pos_ not in NOUN_POS:
        return None
    named = [w for c in all_children(noun) if c.dep_ == "compound" for w in subtree_of(c)]
    if not any(reading.table.at(word) is own for word in named):
        return None
    held = (
        referent(place, reading.table, places=True) for place in prep_objects(noun.head, "in", "at")
    )
    return next((ref for ref in held if ref is not None and ref.label in PLACE_LABELS), None)


def _place_of_hosted_gathering(trigger: Token, reading: Reading) -> Referent | None:
    """ "At a summit in Lorn, hosted by X and attended by Y": the gathering a hosting or
    attending participle hangs on is placed by its own "in/at", before any trip its host
    was told making earlier."""
    if trigger.dep_ not in ("acl", "relcl") or trigger.head.lemma_ not in cue_words("gathering"):
        return None
    return _own_place(trigger.head, reading) or _place_gone_to_for_it(trigger, reading)


def _place_gone_to_for_it(trigger: Token, reading: Reading) -> Referent | None:
    """ "Leaders gathered at the Palace of Forums for a summit chaired by X": a gathering that
    names no place of its own is held where its goers went for it."""
    verb = verb_going_to_gathering(trigger)
    if verb is None:
        return None
    held = (place_named(place, reading) for place in prep_objects(verb, "at", "in"))
    return next((ref for ref in held if ref is not None), None)


def _place_of_gathering_come_for(trip: Token, reading: Reading) -> Referent | None:
    """ "Flew in for the opening of the summit, hosted by X at the Orla Hotel": a trip that
    names no place goes where the clause hosting or holding the gathering it is made for
    puts it."""
    held = (
        referent(place, reading.table, places=True)
        for clause in _holding_of_gathering_come_for(trip)
        for place in prep_objects(clause, "at", "in")
    )
    return next((ref for ref in held if ref is not None and ref.label in PLACE_LABELS), None)


def date_of_gathering_come_for(trip: Token, reading: Reading, *, future: bool) -> EventDate | None:
    """ "Flew in for the opening of the summit, hosted by X on Wednesday": a trip made for a
    gathering's opening comes on its day (one made for the whole gathering may come before)."""
    if reading.trigger_types.get(trip.i) != "visit":
        return None
    clauses = _holding_of_gathering_come_for(trip, moments_only=True)
    return own_date(clauses[:1], None, reading, future=future) if clauses else None


def _holding_of_gathering_come_for(trip: Token, *, moments_only: bool = False) -> list[Token]:
    """The clauses that host or hold the gathering a trip is made "for"."""
    holding = cue_words("chairing") | cue_words("gathering_held")
    for noun in prep_objects(trip, "for"):
        # "For the opening of the summit": a moment of the gathering.
        moment = noun.lemma_.lower() in cue_words("gathering_moment")
        if moments_only and not moment:
            continue
        told = [noun, *prep_objects(noun, "of")] if moment else [noun]
        gathering = next((w for w in told if w.lemma_.lower() in cue_words("gathering")), None)
        clauses = [] if gathering is None else list(children(gathering, "acl", "relcl"))
        held = [clause for clause in clauses if clause.lemma_ in holding]
        if held:
            return held
    return []


def _place_of_unnamed_gathering(attend: Token, reading: Reading) -> Referent | None:
    """ "Y invited X to the summit in Lorn in May. X is expected to attend", "the next summit
    is in Lorn; X will attend it": attending that names nothing attended goes to the
    gathering told last, where that gathering is told."""
    gathering = _unnamed_gathering_attended(attend, reading)
    if gathering is None:
        return None
    return _own_place(gathering, reading) or _place_said_of(gathering, reading)


def date_of_unnamed_gathering(attend: Token, reading: Reading) -> EventDate | None:
    """ "... to the summit in Lorn in May. X is expected to attend": on the gathering's date."""
    gathering = _unnamed_gathering_attended(attend, reading)
    if gathering is None:
        return None
    # "The next summit is in Lorn in July": the copula carries the date.
    told = [gathering, gathering.head] if gathering.dep_ == "nsubj" else [gathering]
    return own_date(told, None, reading, future=True)


def _unnamed_gathering_attended(attend: Token, reading: Reading) -> Token | None:
    """The gathering that attending which names nothing attended goes to: the one told last,
    in its sentence or the one before."""
    if attend.lemma_ not in cue_words("attendance") or attend.pos_ != "VERB":
        return None
    # "The summit, attended by X", "the summit, which X is to attend": the clause hangs on
    # what is attended, named there.
    clause = [attend, *ancestors_of(attend)][:3]
    if attend.dep_ in ("acl", "amod") or any(word.dep_ == "relcl" for word in clause):
        return None
    if any(children(attend, "agent")):
        return None
    # A word before the verb the parser took for its object ("said that X would attend").
    named = [c for c in children(attend, "dobj") if c.i > attend.i and c.lower_ != "it"]
    if named or any(prep_objects(attend, "in", "at")):
        return None
    sentence = attend.sent
    before = attend.doc[sentence.start - 1].sent if sentence.start > 0 else sentence
    for word in reversed(attend.doc[before.start : attend.i]):
        if word.idx < reading.dateline_end:
            return None
        if word.pos_ in NOUN_POS and word.lemma_.lower() in cue_words("gathering"):
            return word
    return None


def _place_said_of(noun: Token, reading: Reading) -> Referent | None:
    """ "The next summit is in Lorn": the place a sentence says its subject is in."""
    if noun.dep_ != "nsubj" or noun.head.lemma_ != "be":
        return None
    for word in prep_objects(noun.head, "in"):
        found = reading.table.at(word)
        if found is not None and found.label in PLACE_LABELS:
            return found
    return None


def _own_place(noun: Token, reading: Reading) -> Referent | None:
    """The place a gathering's name carries ("the summit in Lorn"), headlines included."""
    for word in prep_objects(noun, "in", "at"):
        found = reading.table.at(word)
        if found is not None and found.label in PLACE_LABELS:
            return found
    return None


def _sidelines_place(chain: list[Token], reading: Reading) -> Referent | None:
    """ "Met Y on the sidelines of the summit", "on the margins": the talks are where that
    gathering is, told before by its own "in/at" (the nearest gathering of the same name, or
    of any name when the sidelines name none), or by the trip made to attend it."""
    edge = next(
        (
            word
            for verb in chain
            for word in prep_objects(verb, "on", "at")
            if word.lower_ in cue_words("sidelines")
        ),
        None,
    )
    if edge is None:
        return None
    named = {word.lemma_.lower() for word in prep_objects(edge, "of")}
    wanted = named & cue_words("gathering") if named else cue_words("gathering")
    if not wanted:
        return None
    own = {word.i for word in chain}
    for word in reversed(edge.doc[: edge.i]):
        if word.lemma_.lower() not in wanted or word.i in own:
            continue
        found = (
            _own_place(word, reading)
            or _place_of_trip_to_attend(word, reading)
            or _city_held_in(word, reading)
        )
        if found is not None:
            return found
    return None


def _city_held_in(gathering: Token, reading: Reading) -> Referent | None:
    """ "The summit opened at the Orla Centre in Lorn", "the forum, held in Lorn", "flew to
    Lorn, where he will join leaders at the summit": the city a clause tells the gathering
    held in. Talks on its edge are in that city, not in the hall the plenary sits in. "The
    first such summit was held in Lorn", "the next summit": another edition says nothing of
    where this one is."""
    if any(w.lower_ in cue_words("other_edition") for w in children(gathering, "amod")):
        return None
    held = [*children(gathering, "acl", "relcl")]
    if gathering.dep_ in ("nsubj", "nsubjpass"):
        held.append(gathering.head)
    places = [
        place
        for verb in held
        if verb.lemma_ in cue_words("gathering_held")
        for word in prep_objects(verb, "in", "at")
        for place in (word, *prep_objects(word, "in"))
    ]
    joined = gathering.head.head
    if gathering.dep_ == "pobj" and opened_by_where(joined):
        places.append(joined.head)  # "Lorn, where he will join leaders at the summit"
    cities = (reading.table.at(place) for place in places)
    return next((city for city in cities if city is not None and city.label == "GPE"), None)


def _place_of_trip_to_attend(gathering: Token, reading: Reading) -> Referent | None:
    """ "Travelling to Lorn next week to attend the assembly", "arrived in Lorn for the
    summit": where the trip made for the gathering goes."""
    while gathering.dep_ == "conj" and gathering.head.i != gathering.i:
        gathering = gathering.head  # "for a state visit and the summit"
    head = gathering.head
    if gathering.dep_ == "dobj" and head.lemma_ in cue_words("attendance"):
        trip = head.head if head.dep_ in ("xcomp", "advcl") else None
    elif gathering.dep_ == "pobj" and head.lower_ == "for":
        trip = head.head
    else:
        trip = None
    if trip is None or reading.trigger_types.get(trip.i) != "visit":
        return None
    return location(trip, reading.table, "visit", reading.dateline_end)


def _place_invited_to(invite: Token, reading: Reading) -> Referent | None:
    """ "Invited Y to make a state visit to Oslo", "the summit in Oslo, to which X invited Y":
    the place of the trip or gathering the invitation is to, not of the stay it is made on."""
    gathering = invite.head if invite.dep_ == "relcl" else None
    if gathering is not None and reading.trigger_types.get(gathering.i) in STAY_TYPES:
        return location(gathering, reading.table, "meeting", reading.dateline_end)
    for verb in children(invite, "xcomp", "acl"):
        trips = [verb, *children(verb, "dobj")]
        for trip in trips:
            if reading.trigger_types.get(trip.i) != "visit":
                continue
            found = location(trip, reading.table, "visit", reading.dateline_end)
            if found is not None:
                return found
    return None


def _town_of_airport(place: Referent, trigger: Token) -> bool:
    """ "Landed at Vik airport": a town the model read apart from the airport named for it;
    or "landed at Vik": one lands *in* a city, so a town one lands *at* names its airport."""
    if place.label != "GPE" or place.place is None or place.place.kind != "city":
        return False
    after = (m.doc[m.end] for m in place.mentions if m.end < len(m.doc))
    return any(word.lower_ in cue_words("arrival_site") for word in after) or _landed_at(
        place, trigger
    )


def _landed_at(place: Referent, trigger: Token) -> bool:
    """ "Landed at Vik on Wednesday": the town is the object of "at" on the arrival verb."""
    if trigger.lemma_ not in cue_words("arrival") or trigger.pos_ != "VERB":
        return False
    told_at = prep_objects(trigger, "at")
    return any(word.i in range(m.start, m.end) for word in told_at for m in place.mentions)


def _big_city_served(town: Referent | None, trigger: Token, reading: Reading) -> Referent | None:
    """ "BRENN - X landed at Vik International Airport": an airport named for a small town of
    the country the story is filed from, in its capital or a big city, serves that city; so
    does one named for a small town of the country of the one city the story told before
    ("the summit in Brenn ... landed at Vik airport")."""
    here = filed_from_city(reading) or _sole_city_told_before(trigger, reading)
    if town is None or town.place is None:
        return town
    if here is None or not big_city_near(town.place, here):
        # "Arrived in Oslo on Monday, and Bergen expects him on Friday ... landed at Vik
        # airport": a big city of its country told before the landing is the one served.
        here = _big_city_told_last(town.place, trigger, reading)
    return here if here is not None and big_city_near(town.place, here) else town


def big_city_near(town: gazetteer.Place, city: Referent) -> bool:
    """A small town of the country of a capital or a big city: likely its airport's site."""
    if city.place is None or city.place.kind != "city" or town.kind != "city":
        return False
    small = not gazetteer.prominent_city(town)
    big = gazetteer.prominent_city(city.place)
    return small and big and town.country_code == city.place.country_code


def _big_city_told_last(town: gazetteer.Place, trigger: Token, reading: Reading) -> Referent | None:
    """The capital of the town's country the story names before the sentence, else the last
    big city of it named so; not one told as a place left ("from Oslo")."""
    told: dict[str, Referent] = {}  # by key, in the order last told
    for word in trigger.doc[: trigger.sent.start]:
        found = reading.table.at(word)
        if found is not None and found.place is not None and big_city_near(town, found):
            told.pop(found.key, None)
            told[found.key] = found
            if word.head.lower_ == "from":
                return None
    capitals = [city for city in told.values() if city.place and gazetteer.is_capital(city.place)]
    return capitals[0] if capitals else next(reversed(told.values()), None)


def _capital_of_greeters_abroad(
    site: Referent, trigger: Token, reading: Reading
) -> Referent | None:
    """ "Landed at Vik International Airport and was welcomed by Lorvia's Vice-President X":
    an airport the gazetteer cannot place, where officials of one country greet the guest,
    lies in that country, and a guest of state lands at its capital; unless the story is filed
    from a city of that country, the likelier one. A site told "in" a part of the land ("an
    air base in southern Vellmark") is no capital's: it stays the place."""
    if any(next(prep_objects(span.root, "in"), None) for span in site.mentions):
        return None
    codes = {
        code
        for agent in trigger.sent
        if agent.dep_ == "agent"
        for word in children(agent, "pobj")
        for greeter in [word, *conjuncts_of(word)]
        if (person := reading.table.at(greeter)) is not None and person.label == "PERSON"
        for code in nationality(person)
    }
    if len(codes) != 1:
        return None
    capital = gazetteer.capital_of(next(iter(codes)))
    filed = filed_from_city(reading)
    if capital is None or (filed is not None and filed.place.country_code in codes):
        return None
    return reading.table.place(capital)


def filed_from_city(reading: Reading) -> Referent | None:
    """ "BRENN - X landed at Vik airport": an airport the gazetteer cannot place serves the
    city the story is filed from, the likeliest city of an arrival it reports."""
    here = reading.here  # a city, or a city state ("SINGAPORE -")
    known = here is not None and here.place is not None
    return here if known and here.place.kind in ("city", "country") else None


def _capital_filed_from(reading: Reading) -> Referent | None:
    """ "ISLAMABAD - ... had all arrived in the capital": with no capital in view, "the capital"
    is the one the story is filed from."""
    here = filed_from_city(reading)
    if here is None or here.place is None:
        return None
    return here if gazetteer.is_capital(here.place) else None


def _sole_city_told_before(trigger: Token, reading: Reading) -> Referent | None:
    """ "Hosted X at the palace in Brenn ... X had landed at Y International Airport": when the
    story has named one city only before an arrival at an airport the gazetteer cannot place,
    and not as a place left ("from Brenn"), that city is where the airport is."""
    cities: dict[str, Referent] = {}
    for word in trigger.doc[: trigger.sent.start]:
        found = reading.table.at(word)
        if found is not None and found.place is not None and found.place.kind == "city":
            cities[found.key] = found
            if word.head.lower_ == "from":
                return None
    return next(iter(cities.values())) if len(cities) == 1 else None


def _host_country_of_story(trigger: Token, reading: Reading) -> Referent | None:
    """ "Lorvian President X landed at Ivo Marek International Airport", in a story about
    Norland that names no town the airport serves: an airport named after a person lies in
    the country the story names most, the traveller's own aside. A guest lands at its capital
    when that is the one town of it the story names; with no town of it named, the visit is
    to the country; with other towns of it named, which one the airport serves is unknown."""
    own = _traveller_countries(trigger, reading)
    if not own:
        return None  # the traveller's own country may be the one told most
    told: Counter[str] = Counter()
    countries: dict[str, Referent] = {}
    for ref in reading.table.referents:
        if ref.place is not None and ref.place.kind == "country":
            countries.setdefault(ref.place.country_code, ref)
            told[ref.place.country_code] += sum(
                m.start_char >= reading.dateline_end for m in ref.mentions
            )
    ranked = [(code, count) for code, count in told.most_common() if code not in own and count]
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    host = ranked[0][0]
    towns = [
        ref
        for ref in reading.table.referents
        if ref.place is not None and ref.place.kind == "city" and ref.place.country_code == host
    ]
    if not towns:
        return countries[host]
    capital = towns[0] if len(towns) == 1 and towns[0].place else None
    return capital if capital is not None and gazetteer.is_capital(capital.place) else None


def _traveller_countries(trigger: Token, reading: Reading) -> set[str]:
    """The countries the titles of the trigger's subjects give ("U.S. President X")."""
    return {
        code
        for subject in children(trigger, "nsubj", "nsubjpass")
        # "The Lorvian prime minister, X, landed": the name may stand in apposition.
        for word in [subject, *conjuncts_of(subject), *children(subject, "appos")]
        if (person := reading.table.at(word)) is not None and person.label == "PERSON"
        for code in nationality(person, named_country=True)
    }


def _here_in_clause(verb: Token) -> bool:
    """ "Called on X at the palace here today": the parser may hang "here" on a place or a
    party below the verb; it still tells where the verb's own clause happens."""
    return any(
        word.lower_ == "here" and word.dep_ == "advmod" and told_in_clause(word, verb)
        for word in subtree_of(verb)
    )


def _place_of_trip_for_it(chain: list[Token], reading: Reading) -> Referent | None:
    """ "The trip began with a stop in Oslo to meet Prime Minister X": talks that are the
    purpose of a stop or a trip are held where it goes."""
    verb = next((t for t in chain if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.dep_ not in ("acl", "advcl", "xcomp"):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in all_children(verb)):
        return None
    trip = verb.head
    if trip.pos_ not in NOUN_POS or reading.trigger_types.get(trip.i) != "visit":
        return None
    return location(trip, reading.table, "visit", reading.dateline_end)


def _names_gathering(place: Referent) -> bool:
    """ "The East Asia Summit" read as a place: a gathering's name, held somewhere."""
    return place.label == "EVENT" or any(
        span.root.lemma_.lower() in cue_words("gathering") for span in place.mentions
    )


def _place_before_where(
    chain: list[Token], reading: Reading, *, sites: bool = False
) -> Referent | None:
    """ "Flew in from Lima where he had talks with X": a clause opened by "where" happens at
    the place named right before it ("from Lima overnight, where"), however the parse hangs
    the clause. With `sites` (talks), a building told there is the place, not its town."""
    for verb in _with_copulas(chain):
        where = where_opening(verb)
        if where is None or where.i == 0:
            continue
        before = _word_before_where(where)
        found = place_named(before, reading)
        if sites:
            found = _site_described(before, reading) or found
            if found is not None:
                found = _site_told_in(before, found, reading) or found
        if found is not None and before.idx >= reading.dateline_end:
            return _city_told_inside(found, where, reading.table) or found
    return None


def _site_told_in(word: Token, town: Referent, reading: Reading) -> Referent | None:
    """ "Called on X at the Orla Palace in Bergen, where they held talks": the town only says
    where the building stands; the clause happens at the building."""
    prep = word.head
    if word.dep_ != "pobj" or prep.lower_ not in ("in", "at") or prep.i == 0:
        return None
    # The parser may hang "in Bergen" on the verb rather than the building right before it.
    site = place_at(word.doc[prep.i - 1], reading.table, site=True, venues=True)
    if site is None or site is town or site.label == "GPE" or is_arrival_site(site):
        return None
    return site


def _site_described(word: Token, reading: Reading) -> Referent | None:
    """ "Drove to Alder House, the prime minister's residence, where", "to Alder House, the
    official residence of X, where": the description stands in apposition to the site."""
    while word.dep_ in ("pobj", "prep", "poss", "compound") and word.head.i != word.i:
        word = word.head
    if word.dep_ != "appos":
        return None
    site = place_at(word.head, reading.table, site=True, venues=True)
    return site if site is not None and site.label != "GPE" else None


def _with_copulas(chain: list[Token]) -> list[Token]:
    """The chain, and the "is" of each word it holds as the complement of one: "Vik, where he
    is due to meet X" hangs its "where" on the "is", not on "due"."""
    return [*chain, *(word.head for word in chain if word.dep_ == "acomp")]


def _word_before_where(where: Token) -> Token:
    """The word "where" follows, past a comma; past a time told of the trip too when a place
    left comes before it ("from Lorn later today, where", "flew in from Lima overnight, where")."""
    before = where.doc[where.i - 1]
    before = before.doc[before.i - 1] if before.text == "," and before.i > 0 else before
    left = before
    while left.i > left.sent.start and (
        left.text == "," or left.ent_type_ in ("DATE", "TIME") or _tells_time(left)
    ):
        left = left.doc[left.i - 1]
    return left if left.dep_ == "pobj" and left.head.lower_ in WHERE_PREPS else before


def _tells_time(word: Token) -> bool:
    """A time told as an adverb: "overnight", "yesterday", "last night"."""
    dated = word.ent_type_ in ("DATE", "TIME") or word.lower_ in ADVERBS_OF_TIME
    return dated and word.dep_ in ("npadvmod", "advmod", "amod")


def _city_told_inside(country: Referent, where: Token, table: EntityTable) -> Referent | None:
    """ "Flew to Lima to show solidarity with Peru, where ...": a city of the country, named
    before it in the sentence, is the more precise place."""
    if country.place is None or country.place.kind != "country":
        return None
    told = (table.at(word) for word in where.sent if word.i < where.i)
    inside = [
        ref
        for ref in told
        if ref is not None
        and ref.place is not None
        and ref.place.kind == "city"
        and gazetteer.contains(country.place, ref.place)
    ]
    return inside[-1] if inside else None


def _where_said(verb: Token, reading: Reading) -> Referent | None:
    """Where a stance was voiced: "condemned X, telling reporters in Graz", "in a speech in
    Linz, X criticised Y" - a place of the participle of saying beside the verb, or of the
    occasion the verb is told at; not a place of what the stance is about."""
    told = [
        *(c for c in children(verb, "advcl") if c.tag_ == "VBG"),
        *prep_objects(verb, "in", "at"),
    ]
    # "In Lorn, the spokesman said Norway condemned ...": the verb of saying is done where its
    # own "in" puts it; the stance's own verb may name only what it is about.
    saying = verb.lemma_ in cue_words("reporting")
    for word in told:
        # "In a speech to diplomats at the palace": the parse may hang the place on the
        # audience spoken to.
        audiences = prep_objects(word, "to")
        places = [
            *([word] if saying and word.head.head.i == verb.i else []),
            *prep_objects(word, "in", "at"),
            *(p for a in audiences for p in prep_objects(a, "at")),
        ]
        for place in places:
            # "In an address at the palace": a building told before by its kind is a place.
            found = place_at(place, reading.table, site=True, venues=True)
            if found is not None and found.label in PLACE_LABELS:
                return found
            # "at a news conference at the ministry in Lorn": a building that is no place
            # of its own stands where its "in" says.
            for inside in prep_objects(place, "in"):
                found = reading.table.at(inside)
                if found is not None and found.label in PLACE_LABELS:
                    return found
    return None


def _voicing_verbs(clause: Token) -> list[Token]:
    """The stance's own verb, and the verb of saying it is reported by: "At a news conference
    in Lorn, X said Norway backed Y" voices the backing at the conference."""
    head = clause.head
    said = clause.dep_ in ("ccomp", "parataxis") and head.lemma_ in cue_words("reporting")
    return [clause, head] if said else [clause]


def _said_there(verb: Token, reading: Reading, earlier: list[Mention]) -> Referent | None:
    """ "At a joint press conference there on 17 March, X said ...": the occasion a stance is
    voiced at is "there", at the place of the event told just before."""
    occasions = prep_objects(verb, "at", "in")
    if any(c.lower_ == "there" for word in occasions for c in all_children(word)):
        return _place_told_before(verb, reading, earlier)
    return None


def _place_told_before(trigger: Token, reading: Reading, earlier: list[Mention]) -> Referent | None:
    """ "X visited Quito in May and met Y there", "... who held talks with Z at the palace, and
    W, who met him there on Tuesday": "there" is the place of the latest event told before it,
    in this paragraph or the one before."""
    since = previous_paragraph_start(trigger, reading.text)
    told = (
        m.location
        for m in reversed(earlier)
        if m.location is not None and since < m.trigger.idx and m.trigger.i < trigger.i
    )
    return next(told, None)


def town_misread(word: Token, reading: Reading) -> Referent | None:
    """The town a proper name the model misread stands for, if the gazetteer knows it or the
    model left it unread."""
    known = town_known_misread(word, reading.table)
    if known is not None or not is_proper_name(word) or word.ent_type_:
        return known
    name = word.doc[name_start(word) : word.i + 1]
    if gazetteer.place(name.text) is None and all(w.is_title for w in name):
        return Referent(key=fold(name.text), label="GPE", name=name.text, mentions=[name])
    return None
