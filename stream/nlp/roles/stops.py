"""`destinations` and `location`: the stops of a trip told on a verb, onward stages, places
restating a trip, and the places of what is visited.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from stream.nlp import gazetteer
from stream.nlp.doctext import all_children, ancestors_of, conjuncts_of, subtree_of
from stream.nlp.entities.matchers import PLACE_LABELS
from stream.nlp.entities.owners import SETTLEMENT_NOUNS, entity_span
from stream.nlp.entities.table import EntityTable, Referent
from stream.nlp.lexicon import cue_words
from stream.nlp.roles.actors import _carrying_verb
from stream.nlp.roles.companions import compound_head, tells_a_meal
from stream.nlp.roles.guests import guests_told_by, is_meal
from stream.nlp.roles.syntax import (
    ABOUT_PREPS,
    NOUN_POS,
    OTHER_CLAUSES,
    OTHER_TIME_PREPS,
    RELATIVE_PRONOUNS,
    SEQUENCE_PREPS,
    children,
    prep_objects,
)
from stream.nlp.roles.venues import (
    FROM_THE_STOP_BEFORE,
    is_macro_region,
    listed_after,
    place_at,
    stop_told_onward,
    town_by_its_noun,
    town_known_misread,
)


def location(
    trigger: Token, table: EntityTable, event_type: str, dateline_end: int
) -> Referent | None:
    """Where it happens: a "to/in/at" place, a visited place, or the place "where" refers to."""
    first = _first_destination(trigger, table, event_type, dateline_end)
    return first[1] if first is not None else None


def destinations(
    trigger: Token, table: EntityTable, event_type: str, dateline_end: int
) -> list[Referent]:
    """The place of the event, and for a visit every place coordinated with it: "will travel
    to Kenya and Tanzania" is two visits. A country after its own city ("Perth, Australia")
    names where the city is, not another leg."""
    first = _first_destination(trigger, table, event_type, dateline_end)
    if first is None:
        return []
    token, found = first
    places = [found]
    # The word that names the place: "tour of Australia, ..." finds it below the trigger.
    named = next((w for w in subtree_of(token) if table.at(w) is found), token)
    legs = _place_conjuncts(named) if event_type == "visit" and named.pos_ in NOUN_POS else []
    told_as_object = compound_head(named).dep_ in ("pobj", "dobj")
    # "is due in Quito on Saturday and in Bogota on Sunday": the next stop hangs on the copula.
    carried = carrying_verb(trigger) or (trigger.head if trigger.dep_ == "acomp" else trigger)
    further = _next_legs(carried) if event_type == "visit" and told_as_object else []
    further += _stops_listed_on(carried, named) if event_type == "visit" else []
    # "Began in A and also took him to B, C's and D": the places the parse lists with a
    # further stop are stops too, past a name that stops a plain scan of the list.
    legs += [
        *further,
        *(c for leg in further if leg.pos_ in NOUN_POS for c in _place_conjuncts(leg)),
    ]
    legs = sorted(dict.fromkeys(legs), key=lambda word: word.i)
    if event_type == "visit":
        last_told = max([named, *legs], key=lambda word: word.i)
        legs += listed_after(last_told) or stop_told_onward(last_told)
    last = named
    for leg in legs:
        place = town_by_its_noun(leg, table) or _listed_town_misread(leg, table)
        if place is None or place in places or _contains(place, places[-1]):
            continue
        if not _country_set_off(last, leg, place, places[-1]):
            places.append(place)
        last = leg
    return places


def _listed_town_misread(leg: Token, table: EntityTable) -> Referent | None:
    """ "Took him to Kell, Vik and Lorn": the model may read the last name of a list of stops
    as a firm; joined to the list by "and" (or led by a "to" that is), it is a stop when the
    gazetteer knows the town. A name set beside a stop ("Kell, the Temple of X") describes it."""
    listed = leg.dep_ == "conj" or (leg.dep_ == "pobj" and leg.head.dep_ == "conj")
    return town_known_misread(leg, table) if listed else None


def _first_destination(
    trigger: Token, table: EntityTable, event_type: str, dateline_end: int
) -> tuple[Token, Referent] | None:
    """The first place word of the event that names a place, and the place. A visit to a
    world region goes to the region only when it names no stop in it."""
    # "sent a destroyer to the Middle East": a force goes to a region as it is.
    regions = event_type == "deployment"
    region: tuple[Token, Referent] | None = None
    for token in _place_words(trigger, event_type):
        if token.idx < dateline_end:
            continue
        named = table.at(token)
        if not regions and named is not None and is_macro_region(named):
            # "returns to Asia for the summit in Vell": the stop is the visit; "might go back
            # to Asia in the autumn" names none, and the region is where the trip goes.
            region = region or (token, named)
            continue
        token = _place_it_locates(token, table) or token
        found = _country_of_its_ground(token, table) if regions else None
        found = found or place_at(
            token,
            table,
            site=token is not trigger,
            own=token is trigger,
            regions=regions,
            venues=event_type != "visit",
        )
        if found is None and event_type == "visit" and _heads_a_list_of_stops(token):
            # "To San Telmo, the mill town of Vado and Porto Alto": a town the model read as
            # a company still heads the list of stops told after it.
            found = town_known_misread(token, table)
        if found is None:
            continue
        if event_type != "visit":
            found = _venue_beside_town(token, found, table) or found
        return token, found
    if event_type in VENUE_HELD_TYPES:
        return _venue_told_in_clause(trigger, table, dateline_end)
    return region if event_type == "visit" else None


# Events held at a building: a trip goes to the town, forces to the country, and an
# invitation's place is where the guest is asked to go.
VENUE_HELD_TYPES = frozenset({"meeting", "agreement", "statement"})


def _venue_told_in_clause(
    trigger: Token, table: EntityTable, dateline_end: int
) -> tuple[Token, Referent] | None:
    """ "Had a quiet talk of twenty minutes at the Orla Palace", "received X on Tuesday
    morning at the Orla Palace", "held talks lasting an hour at the Orla Palace": the parse
    hangs the venue on a noun or a participle of the event's own clause, not on its verb, yet
    a building told "at" or "in" there is where the event is held. A town so told may be what
    the event is about ("talks on the crisis in Vik"); a building rarely is."""
    clause = next((w for w in [trigger, *ancestors_of(trigger)] if w.pos_ in ("VERB", "AUX")), None)
    if clause is None:
        return None
    for word in subtree_of(clause):
        preposition = word.head
        if word.dep_ != "pobj" or preposition.lower_ not in ("at", "in") or word.idx < dateline_end:
            continue
        if not _hung_in_clause(word, clause, trigger):
            continue
        found = place_at(word, table, site=True, venues=True)
        if found is not None and found.label == "FAC":
            return word, found
    return None


def _hung_in_clause(word: Token, clause: Token, trigger: Token) -> bool:
    """Whether a word hangs in the clause's own stretch, or below the trigger itself: not in
    a clause of its own ("after Y hosted X at ..."), nor told of an event before or after
    ("after talks at ..."); a bare participle ("talks lasting an hour at ...") still describes
    the clause's own noun."""
    while word.i not in (clause.i, trigger.i):
        if word.dep_ == "prep" and word.lower_ in OTHER_TIME_PREPS:
            return False
        own_clause = any(c.dep_ in ("nsubj", "nsubjpass") for c in all_children(word))
        participle = word.dep_ == "acl" and word.tag_ in ("VBG", "VBN") and not own_clause
        if word.dep_ in OTHER_CLAUSES and word.pos_ in ("VERB", "AUX") and not participle:
            return False
        if word.head.i == word.i:
            return False
        word = word.head
    return True


def _country_of_its_ground(word: Token, table: EntityTable) -> Referent | None:
    """ "Frigates sent to Lorvian waters", "troops on Lorvian soil": forces sent to a
    nation's waters, soil or airspace go to that nation, which only its nationality names."""
    if not _is_national_ground(word):
        return None
    for told in children(word, "amod", "compound"):
        found = table.at(told)
        name = found.name if found is not None and found.label == "NORP" else told.text
        country = gazetteer.country_of_demonym(name)
        if country is not None:
            return table.place(country)
    return None


def _is_national_ground(word: Token) -> bool:
    return word.lower_ in cue_words("national_ground")


def _heads_a_list_of_stops(word: Token) -> bool:
    """ "Will travel to A, the port of B and C": a place gone "to" with more listed after it.
    A lone name is left to the trip's own fallback, and a name told "in" or "for" may be a
    site or a home ("a plant in X", "leaves for X")."""
    gone_to = word.dep_ == "pobj" and word.head.lower_ == "to"
    return gone_to and any(c.dep_ in ("conj", "appos") for c in all_children(word))


def _venue_beside_town(token: Token, town: Referent, table: EntityTable) -> Referent | None:
    """ "In Vik, X met Y at the Orla Palace", "in Vik, X gave a dinner for Y at the Orla
    Palace": a venue the same verb holds "at" is a more precise place than the town it holds
    "in", whichever the sentence tells first; the parse may hang it on the party beside it."""
    if town.label == "FAC" or token.dep_ != "pobj" or token.head.lower_ != "in":
        return None
    for word in venues_held_at(token.head.head):
        venue = place_at(word, table, site=True, venues=True)
        if venue is not None and venue.label == "FAC":
            return venue
    return None


def venues_held_at(verb: Token) -> list[Token]:
    """The "at" objects of a verb, and of the parties it governs: "gave a dinner for Y at X",
    "fed the ducks at X"."""
    parties = [*children(verb, "dobj"), *prep_objects(verb, "for", "with")]
    return [
        *prep_objects(verb, "at"),
        *(o for party in parties for o in prep_objects(party, "at")),
        *(o for held in children(verb, "dobj") for o in venues_hung_on_topic(held)),
    ]


def _venues_of_what_is_held(trigger: Token, event_type: str) -> Iterator[Token]:
    """The venue hung on the topic of talks or a deal, told by the trigger or its object; a
    trip's topic ("a visit on trade") is no place it goes."""
    if event_type in ("meeting", "agreement"):
        for held in [trigger, *children(trigger, "dobj")]:
            yield from venues_hung_on_topic(held)


def venues_hung_on_topic(held: Token) -> Iterator[Token]:
    """ "Signed a treaty on fishing rights at the Orla House", "held talks on trade between
    the two countries at the Orla Palace": the parse hangs the venue on the last noun of what
    the deal or talks are about, but a named building there is where they are held."""
    for about in children(held, "prep"):
        if about.lower_ not in (*ABOUT_PREPS, "between"):
            continue
        for word in subtree_of(about):
            if word.dep_ == "pobj" and word.head.lower_ == "at" and word.ent_type_ == "FAC":
                yield word


def _ships_of_talks(trigger: Token, event_type: str) -> Iterator[Token]:
    """ "A dinner aboard the royal yacht Orla": a ship is where talks are held, not where a
    trip goes ("flew in aboard the frigate Orla")."""
    if event_type == "visit":
        return
    yield from _ships_boarded(trigger)
    if trigger.dep_ == "dobj":
        yield from _ships_boarded(trigger.head)


def _port_of_ship_left(trigger: Token, event_type: str) -> Iterator[Token]:
    """ "Came ashore from the liner Orla at Vik": the parse hangs the port on the ship the
    party left, but it is where the party landed, not a place of the ship's own."""
    if event_type != "visit":
        return
    for ship in prep_objects(trigger, "from"):
        if _names_vessel(ship):
            yield from prep_objects(ship, "at", "in")


def _ships_boarded(verb: Token) -> Iterator[Token]:
    """ "Met X aboard the frigate Orla", "on the royal yacht Orla": a named ship the parties
    are on is the venue of their talks; "aboard a helicopter", naming none, places nothing."""
    for word in [*prep_objects(verb, "aboard"), *prep_objects(verb, "on")]:
        boarded = word.head.lower_ == "aboard"
        kinds = [word, *(c for c in word.lefts if c.dep_ in ("compound", "amod"))]
        told_as_ship = any(_names_vessel(kind) for kind in kinds)
        # "aboard the royal yacht Orla": the parse may set the name beside the kind.
        name = next((a for a in children(word, "appos") if a.pos_ == "PROPN"), word)
        if name.pos_ == "PROPN" and name.ent_type_ == "FAC" and (boarded or told_as_ship):
            yield name


def _names_vessel(word: Token) -> bool:
    return word.lemma_.lower() in cue_words("vessel") or word.lower_ in cue_words("vessel_prefix")


ONWARD = frozenset({"on", "onward", "onwards"})
# Words that tell a stop as one more beside the trip's own place: "also took her to Lund".
FURTHER_STOP_WORDS = frozenset({"also", "then", "later", "further"})
# Nouns for one place a trip stops at: "Lorn, the last stop of her tour".
STOP_NOUNS = frozenset({"stop", "stopover", "leg", "stage"})


def _next_legs(trigger: Token) -> list[Token]:
    """ "Will travel to Quito on May 12 and then to Arequipa on May 14": the parser joins
    the next leg's preposition to the verb's or the date's, somewhere below the trigger."""
    # "will visit Oslo from May 4 to 6 and then Bergen on May 7": the next stop
    # is parsed as the verb's own conjunct, its verb left out.
    # "Is due to visit Oslo next month and Bergen in June": the parser may join that stop to
    # the verb the trip's verb is the complement of.
    governors = [trigger]
    while governors[-1].dep_ in ("xcomp", "acomp") and governors[-1].head.i != governors[-1].i:
        governors.append(governors[-1].head)
    elided = [
        word
        for verb in governors
        for word in children(verb, "conj")
        if word.pos_ == "PROPN" and word.i > trigger.i
    ]
    # "will fly to Oslo and then on to Sweden": the next leg hangs on a conjoined "on".
    onward = [
        place
        for word in subtree_of(trigger)
        if word.dep_ == "conj" and word.lower_ in ONWARD
        for place in prep_objects(word, "to")
    ]
    joined = [
        word
        for word in subtree_of(trigger)
        if word.dep_ == "conj"
        and (
            in_own_clause(word, trigger)
            or _joined_to_where_clause(word, trigger)
            or _joined_to_purpose_clause(word, trigger)
        )
    ]
    return (
        [
            place
            for word in joined
            if word.pos_ == "ADP" and word.lower_ in ("to", "in")
            for place in children(word, "pobj")
        ]
        + [place for word in joined if _tells_a_day(word) for place in _stop_told_before(word)]
        + onward
        + elided
        + _stops_after_dates(trigger)
        + _stops_hung_on_a_later_day(trigger)
    )


def _onward_destinations(trigger: Token) -> Iterator[Token]:
    """ "Flies on to Kell", "drove from there to Vik": the parser may hang the leg's "to" on the
    particle "on" or on the "from" of the stop before, not on the verb; the place is the leg's
    all the same."""
    for lead in children(trigger, "prep", "prt", "advmod"):
        if lead.lower_ in ONWARD or _from_the_stop_before(lead):
            yield from _gone_to(lead)


def _places_of_a_deed_gone_on_to(trigger: Token) -> Iterator[Token]:
    """ "Went on to open a school in Vik": a next stop told by what the traveller did there;
    the place is hung on the deed or on what it was done to."""
    if not any(c.dep_ == "prt" and c.lower_ in ONWARD for c in all_children(trigger)):
        return
    for deed in children(trigger, "advcl", "xcomp"):
        if deed.pos_ == "VERB" and any(c.lower_ == "to" for c in children(deed, "aux")):
            yield from prep_objects(deed, "in", "at")
            for thing in children(deed, "dobj"):
                yield from prep_objects(thing, "in", "at")


def _from_the_stop_before(lead: Token) -> bool:
    """ "From there", "from here": a leg that starts where the one before ended."""
    word, places = FROM_THE_STOP_BEFORE
    return lead.lower_ == word and any(c.lower_ in places for c in all_children(lead))


def _stop_told_before(day: Token) -> list[Token]:
    """ "Was in Kell on Monday, where she met X, and in Vik yesterday morning": the parser may
    make the next stop's day the conjunct and hang the stop's own "in" or "to" on it."""
    return [
        place
        for prep in children(day, "prep")
        if prep.i < day.i and prep.lower_ in ("to", "in")
        for place in children(prep, "pobj")
    ]


def _stops_listed_on(verb: Token, first: Token) -> list[Token]:
    """ "Took him to Lisbon on May 31, to Aachen on June 2, where he met X, and to Berlin": when
    the first stop hangs on the verb itself, so does each further "to" on it, and a "to" the
    parser hung past the verb's last word. A trip that names its own place ("a visit to Norway
    that will also bring him to Bergen") tells a later stop in another tense."""
    prep = compound_head(first).head
    # "A tour that began in Kell and took him to Brno": the first stop is where it began.
    verbs = {verb.i, verb.head.i} if verb.dep_ == "conj" else {verb.i}
    if verb.pos_ != "VERB" or prep.dep_ != "prep" or prep.head.i not in verbs:
        return []
    return [*prep_objects(verb, "to"), *_stops_hung_past(verb)]


def _stops_hung_past(verb: Token) -> list[Token]:
    """ "Took him to Maputo, where he met X, and to Pretoria on Friday": past a clause told of
    one stop, the parser may hang the next "to" on the sentence's main verb; it still goes on
    the list the verb began, right after its last word."""
    doc, stops = verb.doc, []
    end = verb.right_edge.i + 1
    while end - 1 > verb.i and doc[end - 1].lower_ in (",", "and"):
        end -= 1  # the verb may own the "and" that joins its own last stop
    while end < len(doc):
        glue = end
        while glue < len(doc) and doc[glue].lower_ in (",", "and"):
            glue += 1
        word = doc[glue] if glue < len(doc) else None
        if glue == end or word is None or word.lower_ != "to" or word.pos_ != "ADP":
            break
        place = next((w for w in children(word, "pobj") if w.ent_type_ in PLACE_LABELS), None)
        if place is None:
            break
        stops.append(place)
        end = word.right_edge.i + 1
    return stops


def _stops_after_dates(trigger: Token) -> list[Token]:
    """ "To X on Thursday and Y on Saturday": the parser joins the next stop to the date.
    "Visit X on Monday, Y on Tuesday and Z on Wednesday": it may set the middle stop beside
    the day before as an apposition, and leave the last one's name unread (a town the
    gazetteer knows is still a stop, see `_listed_town_misread`)."""
    return [
        word
        for word in subtree_of(trigger)
        if word.dep_ in ("conj", "appos")
        and word.pos_ == "PROPN"
        and word.head.ent_type_ in ("DATE", "TIME")
        and (
            (word.dep_ == "conj" and word.ent_type_ in PLACE_LABELS)
            or _day_of_its_own_follows(word)
        )
        and in_own_clause(word, trigger)
    ]


def _day_of_its_own_follows(stop: Token) -> bool:
    """ "Y on Tuesday": a stop hung on the day before is one of a list of stops each told with
    its day only when a day of its own follows it; "on Monday, Jan Olt" sets a name beside
    the day for no such reason."""
    name = entity_span(stop)
    after = stop.doc[name.end if name is not None else stop.i + 1 : stop.sent.end]
    return len(after) >= 2 and after[0].lower_ in ("on", "in") and _tells_a_day(after[1])


def _stops_hung_on_a_later_day(trigger: Token) -> list[Token]:
    """ "Flies to Kell on Monday, and on Tuesday to Vik", "and in the evening to Lorn": the next
    leg's verb is left out, and the parser hangs its "to" on the day told after the "and", or
    on the day's own preposition. In a list of legs each led by its day ("goes on to Kell on
    Monday, on Tuesday to Vik, and on Wednesday to Lorn") a comma leads the middle one."""
    preps = [p for p in children(trigger, "prep") if p.lower_ in ("on", "in")]
    days = [*(d for p in preps for d in children(p, "pobj")), *children(trigger, "npadvmod")]
    later = [day for day in days if _tells_a_day(day) and _leads_a_leg(_phrase_of(day), trigger)]
    phrases = (word for day in later for word in dict.fromkeys((day, _phrase_of(day))))
    return [place for word in phrases for place in _gone_to(word)]


def _phrase_of(day: Token) -> Token:
    """The phrase a day is told in: "on Tuesday" for "Tuesday", "tomorrow" alone."""
    return day.head if day.dep_ == "pobj" else day


def _gone_to(word: Token) -> list[Token]:
    """The objects of a "to" hung right on a word; `prep_objects` would also take those of a
    "to" repeated further on."""
    return [
        place
        for to in children(word, "prep")
        if to.lower_ == "to"
        for place in children(to, "pobj")
    ]


def _after_and(phrase: Token) -> bool:
    """Whether a phrase follows right after an "and": "..., and on Tuesday"."""
    start = phrase.left_edge.i
    return start > 0 and phrase.doc[start - 1].lower_ == "and"


def _leads_a_leg(phrase: Token, trigger: Token) -> bool:
    """Whether a day phrase starts a leg told after the trip's verb: right after an "and", or
    after a comma that closes the stop before ("to Kell, on Tuesday to Vik"); a day told
    before the verb ("On Monday, she flew to Kell") is the verb's own."""
    start = phrase.left_edge.i
    after_comma = start > trigger.i and phrase.doc[start - 1].lower_ == ","
    return _after_and(phrase) or after_comma


def _tells_a_day(word: Token) -> bool:
    return word.ent_type_ in ("DATE", "TIME") or word.lower_ in cue_words("day_part")


def _joined_to_where_clause(word: Token, trigger: Token) -> bool:
    """ "Took him to Quito, where he met X, and to Bogota": the parser joins the next stop to the
    "where" clause told of the stop before, though it goes on the list of the trip's own."""
    clause = word.head
    told_where = any(child.lower_ == "where" for child in all_children(clause))
    return clause.dep_ == "relcl" and told_where and in_own_clause(clause.head, trigger)


def _joined_to_purpose_clause(word: Token, trigger: Token) -> bool:
    """ "Goes on to Quito to see the old town, and to Cusco next week": the parser joins the
    next stop to the purpose told of the stop before ("to see"), though the trip goes on to it."""
    purpose = word.head
    infinitive = any(
        child.dep_ == "aux" and child.lower_ == "to" for child in all_children(purpose)
    )
    return (
        purpose.dep_ == "advcl"
        and purpose.pos_ == "VERB"
        and infinitive
        and in_own_clause(purpose.head, trigger)
    )


def in_own_clause(word: Token, trigger: Token) -> bool:
    """Whether a word below the trigger is told in the trigger's clause, or in the clause that
    carries its trip on: "landed at the start of a tour that will bring her to X" does not
    land in X."""
    carrier = carrying_clause(trigger)
    while word.i != trigger.i and word.head.i != word.i:
        clause = word.dep_ in OTHER_CLAUSES and word.pos_ in ("VERB", "AUX")
        if clause and (carrier is None or word.i != carrier.i):
            return False
        word = word.head
    return True


def headed_to(trigger: Token) -> Iterator[Token]:
    """ "Flies north to Kell", "will travel south to Vik": the parser may hang the "to" on the
    heading rather than on the verb; the place is the trip's all the same."""
    for heading in children(trigger, "advmod"):
        if heading.lower_ in cue_words("heading"):
            yield from prep_objects(heading, "to")


def _place_conjuncts(token: Token) -> list[Token]:
    """Places listed with a place name, wherever the parser hung the "and": in "the Republic
    of Korea and Japan" it joins "Korea", not "Republic"; in "Australia, New Zealand and
    Malaysia" the second is an apposition (a country after its own city, "Perth,
    Australia", is left out by the caller)."""
    listed: list[Token] = []
    todo = [token]
    while todo:
        name = _name_tokens(todo.pop())
        for word in name:
            for other in [*conjuncts_of(word), *children(word, "appos"), *_listed_in_a_town(word)]:
                if other.i > name[-1].i and other not in listed:
                    listed.append(other)
                    todo.append(other)
    return sorted(listed, key=lambda word: word.i)


def _listed_in_a_town(word: Token) -> list[Token]:
    """ "To Kell, the port of Vik and Lorn": past a stop set off by its own description, the
    parser joins the next places to the town the description names; they go on the list."""
    if word.pos_ not in NOUN_POS or word.lemma_.lower() not in SETTLEMENT_NOUNS:
        return []
    return [c for town in prep_objects(word, "of") for c in conjuncts_of(town) if c.i > town.i]


def _name_tokens(token: Token) -> list[Token]:
    name = entity_span(token)
    return list(name) if name is not None else [token]


def _country_set_off(before: Token, word: Token, place: Referent, last: Referent) -> bool:
    """ "Proceed to Ravello, Italy", "landed in Nagpur, Maharashtra": a country, or a region of
    the place's own country, set off by a comma right after a place that is no country says
    where that place is, though the gazetteer does not know it."""
    if last.place is not None and last.place.kind in ("country", "region"):
        return False
    if _list_goes_on_after(word):
        return False  # "took him to Vienna, Salzburg and Graz": a region the list goes on past
    wider = place.place is not None and (
        place.place.kind == "country"
        or (
            place.place.kind == "region"
            and (last.place is None or last.place.country_code == place.place.country_code)
        )
    )
    if not (wider or _state_abbreviation(place)):
        return False
    name = entity_span(before)
    end = name.end if name is not None else before.i + 1
    start = (entity_span(word) or word.doc[word.i : word.i + 1]).start
    return [w.text for w in word.doc[end:start]] == [","]


def _list_goes_on_after(word: Token) -> bool:
    """ "To Vienna, Salzburg and Graz": a name with a further place joined after it is an item of a
    list of stops, not where the name before it lies ("landed in Nagpur, Maharashtra")."""
    return any(child.dep_ == "conj" and child.i > word.i for child in all_children(word))


def _state_abbreviation(place: Referent) -> bool:
    """ "Flew to Westport, Conn.": a short name cut off by a period, which the gazetteer does not
    know, is the wire style's abbreviation of a state."""
    return place.place is None and place.name.endswith(".") and len(place.name) <= 6


def _contains(outer: Referent, inner: Referent) -> bool:
    return (
        outer.place is not None
        and inner.place is not None
        and gazetteer.contains(outer.place, inner.place)
    )


def carrying_clause(noun: Token) -> Token | None:
    """The relative clause that takes a trip's traveller on: "a tour that will bring her to X"
    tells the later stops, in its own tense."""
    carrier = _carrying_verb(noun) if noun.pos_ in NOUN_POS else None
    joined = carrier is not None and carrier.dep_ == "conj" and carrier.head.dep_ == "relcl"
    return carrier if carrier is not None and (carrier.dep_ == "relcl" or joined) else None


def carrying_verb(trigger: Token) -> Token | None:
    """The verb that takes a trip's traveller somewhere, for a trip told by a noun."""
    return _carrying_verb(trigger) if trigger.pos_ in NOUN_POS else None


def stage_told(noun: Token) -> Token | None:
    """The verb a trip is the subject of when it says where the trip goes on: "the tour
    began in Accra", "the tour will continue in Togo", "the last stop of a trip which began in
    Vadum"."""
    if noun.pos_ not in NOUN_POS:
        return None
    verbs = [noun.head] if noun.dep_ == "nsubj" else []
    verbs += [verb for verb in children(noun, "relcl") if _stage_made(verb)]
    return next((verb for verb in verbs if verb.lemma_ in cue_words("trip_stage")), None)


def _stage_made(verb: Token) -> bool:
    """ "The trip, which began in Vadum": a relative clause that tells what the trip itself
    did. Only a stage told past is read: the trip's own clause, whose time the stop takes, does
    not tell a stage still ahead ("which will end in Kell")."""
    relative = any(subject.lower_ in RELATIVE_PRONOUNS for subject in children(verb, "nsubj"))
    return relative and verb.tag_ == "VBD"


# What a trip restated by its length is: "his first trip to Africa, a day in Accra".
STAY_LENGTHS = frozenset({"day", "night", "week", "hour", "afternoon", "morning", "evening"})
# Verbs of picking a trip's destination: "chose Vadum for her first visit abroad".
CHOOSING_VERBS = frozenset({"choose", "pick", "select"})


def _town_set_off(word: Token) -> Token:
    """ "Stopped in Vik, Lorvia, where he met X": the parse hangs a "where" clause on the
    region set off after its town, but the clause happens in the town."""
    named_town = word.head.ent_type_ in PLACE_LABELS and word.head.dep_ == "pobj"
    return word.head if word.dep_ == "appos" and named_town else word


def _place_before_the_day_where(trigger: Token, event_type: str) -> Iterator[Token]:
    """ "Took him to Lorn, ... and to Brenn on Wednesday, where he held talks with X", "goes
    on to Lorn on Tuesday and stops at Vik on Friday, where she is to meet Y": the parse hangs
    the "where" clause on the day told right after the place, but the talks are at the place.
    Only a leg of several the sentence lists: with one place told, the talks are on the stay
    there, which places them with what else the story tells of it."""
    if event_type != "meeting":
        return
    chain = [trigger]
    while chain[-1].dep_ in ("xcomp", "dobj") and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)  # "held talks", "is expected to meet"
    clause = chain[-1]
    day = clause.head
    where = any(c.dep_ == "advmod" and c.lower_ == "where" for w in chain for c in all_children(w))
    if clause.dep_ != "relcl" or not where or day.ent_type_ not in ("DATE", "TIME"):
        return
    preposition = day.head if day.dep_ == "pobj" else None
    if preposition is None or preposition.i == 0:
        return
    place = compound_head(day.doc[preposition.i - 1])
    told_at = place.dep_ == "pobj" and place.head.lower_ in ("to", "in", "at")
    if place.ent_type_ not in PLACE_LABELS or not told_at:
        return
    named = entity_span(place)
    start = named.start if named is not None else place.i
    told_before = place.doc[place.sent.start : start]
    if any(word.ent_type_ in PLACE_LABELS for word in told_before):
        yield place


def _place_it_locates(word: Token, table: EntityTable) -> Token | None:
    """ "Leaves on Monday for Vik, in Lorvia": a region told "in" right after a town, set off
    by a comma, says where the town lies; the parse hangs it on the verb, but the trip goes to
    the town. The town's word, when the region's follows a place told as an object."""
    preposition = word.head
    if word.dep_ != "pobj" or preposition.lower_ != "in" or preposition.i < 2:
        return None
    doc = word.doc
    comma, before = doc[preposition.i - 1], doc[preposition.i - 2]
    if comma.text != "," or before.ent_type_ not in PLACE_LABELS:
        return None
    town = table.at(before)
    region = table.at(word)
    if town is None or region is None or town.key == region.key:
        return None
    head = compound_head(before)
    return head if head.dep_ == "pobj" and head.head.i != preposition.i else None


def _island_stopped_on(trigger: Token) -> Iterator[Token]:
    """ "An overnight stop on Malta", "stopped on Malta": an island is stopped on, as a town
    is stopped in (a day told with "on" is no place)."""
    if trigger.lemma_.lower() in cue_words("stop_noun"):
        yield from (o for o in prep_objects(trigger, "on") if o.ent_type_ in PLACE_LABELS)


def _place_words(trigger: Token, event_type: str) -> Iterator[Token]:
    yield from _own_place_word(trigger, event_type)
    yield from _stop_told_after_trip(trigger, event_type)
    yield from prep_objects(trigger, "to", "in", "at", "into", "inside", "near")
    yield from (_onward_destinations(trigger) if event_type == "visit" else ())
    yield from (_places_of_a_deed_gone_on_to(trigger) if event_type == "visit" else ())
    yield from _way_back_to(trigger)
    yield from _where_forces_go(trigger, event_type)
    yield from _venues_of_what_is_held(trigger, event_type)
    yield from headed_to(trigger)
    yield from _ships_of_talks(trigger, event_type)
    yield from _port_of_ship_left(trigger, event_type)
    yield from (o for o in prep_objects(trigger, "on") if o.lemma_.lower() in cue_words("grounds"))
    yield from _island_stopped_on(trigger)
    if trigger.pos_ in NOUN_POS and event_type == "visit":
        yield from prep_objects(trigger, "of")  # "a three-nation tour of Australia, ..."
    if trigger.lemma_ in cue_words("motion"):
        yield from _bound_for(trigger)
    if event_type == "visit":
        yield from _places_told_by_copula(trigger)
    if trigger.lemma_ == "return":
        yield from prep_objects(trigger, "from")  # "returned from Beijing": a visit made
    if trigger.pos_ in NOUN_POS:
        yield from _destinations_on_verb(trigger, event_type)
    stage = stage_told(trigger) if event_type == "visit" else None
    if stage is not None:
        yield from prep_objects(stage, "to", "in", "at")
    if trigger.pos_ not in NOUN_POS and event_type == "visit":
        yield from children(trigger, "dobj")
    # "went to Vell, where she met Y in Brenn": the clause's own place, hung on its party,
    # is more precise than the place "where" stands for.
    own_party_places = list(_party_places(trigger, trigger))
    yield from own_party_places if trigger.dep_ == "relcl" else ()
    if trigger.dep_ == "relcl" and any(c.lower_ == "where" for c in all_children(trigger)):
        yield _town_set_off(trigger.head)
    yield from _place_before_the_day_where(trigger, event_type)
    yield from _places_of_what_is_visited(trigger, event_type)
    yield from own_party_places  # its own parties before its head's places
    yield from _governing_places(trigger)
    # "met Lund during the Nordic summit in Bergen", "on the sidelines of the summit in Bergen"; but
    # "talks on trade and the situation in Ukraine" are about that place, not in it.
    occasions = [
        *prep_objects(trigger, "during"),
        *(o for on in prep_objects(trigger, "on") for o in prep_objects(on, "of")),
    ]
    for occasion in occasions:
        yield from (w for w in subtree_of(occasion) if w.dep_ == "pobj" and w.head.lower_ == "in")
    if trigger.dep_ == "dobj":
        yield from _party_places(trigger.head, trigger)  # "held talks with Y in X"
    if event_type == "invitation":
        # "invited Y to visit X", "an invitation to visit X": where Y is invited.
        for visit in children(trigger, "xcomp", "acl"):
            yield from _place_words(visit, "visit")


def _where_forces_go(trigger: Token, event_type: str) -> Iterator[Token]:
    """Where forces are sent when the verb itself holds no place: the parse hangs it on the
    body they join ("to the UN mission in Vell"), on what they are sent to do ("to fight
    in Vell beside X", "to guard Vell's ports"), on the last of the forces listed
    ("the frigate X and 300 troops to Vell") or on a clause about them ("troops, who serve
    in Vell"); a country told as the indirect object receives them."""
    if event_type != "deployment":
        return
    for joined in prep_objects(trigger, "to"):
        yield from prep_objects(joined, "in")
    for purpose in children(trigger, "advcl", "xcomp"):
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in all_children(purpose)):
            yield from prep_objects(purpose, "in", "to", "into")
            # "to patrol Lorvian waters": the ground they are sent to hold.
            yield from filter(_is_national_ground, children(purpose, "dobj"))
            yield from (owner for o in children(purpose, "dobj") for owner in children(o, "poss"))
    objects = list(children(trigger, "dative", "dobj"))
    # "troops on Lorvian soil", "keeps troops on Vell": ground or an island is held "on",
    # where "on" elsewhere tells a day.
    held_on = (o for w in (trigger, *objects) for o in prep_objects(w, "on"))
    yield from (o for o in held_on if _is_national_ground(o) or o.ent_type_ in ("GPE", "LOC"))
    if len(objects) > 1:
        yield objects[0]  # "has sent Vell 200 tanks": the first of two objects receives them
    for sent in objects:
        # "the ship Vela Norte and 300 troops": the list may go on from the ship's name.
        listed = (c for w in (sent, *children(sent, "appos")) for c in children(w, "conj"))
        yield from (o for c in listed for o in prep_objects(c, "to"))
        yield from (o for c in children(sent, "relcl") for o in prep_objects(c, "in", "at"))


def _own_place_word(trigger: Token, event_type: str) -> Iterator[Token]:
    """ "The Quito visit", or the place word of an elided conjunct; but "U.S. support", "the
    support of Lorvia": the name a stance is told with is who holds it, not where."""
    if not (event_type == "statement" and trigger.lemma_ in cue_words("stance_noun")):
        yield trigger


def _destinations_on_verb(noun: Token, event_type: str) -> Iterator[Token]:
    """Where a trip told by a noun goes, when the parser hangs "to X" on a verb instead."""
    carrier = _carrying_verb(noun)
    begun = carrier is not None and carrier.dep_ == "conj"
    if begun and carrier.head.lemma_ in cue_words("trip_stage"):
        # "A tour that began in Kell and took him to Brno": where it began is its first stop.
        yield from prep_objects(carrier.head, "in", "at")
    if carrier is not None:
        yield from prep_objects(carrier, "to")
    if noun.dep_ == "dobj" and event_type == "visit":
        # "made his first trip abroad as premier to Tokyo": the verb the trip is made or paid
        # with.
        yield from prep_objects(noun.head, "to")
    chooser = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("for", "as") else None
    if chooser is not None and chooser.lemma_ in CHOOSING_VERBS and event_type == "visit":
        yield from children(chooser, "dobj")  # "chose Vadum for her first trip abroad"


def told_by_copula(noun: Token) -> bool:
    """ "The visit was her first to Quito", "his last trip was in 2019": a trip that is the
    subject of "be" has its place and time told in the copula's predicate."""
    return (
        noun.pos_ in NOUN_POS
        and noun.dep_ == "nsubj"
        and noun.head.lemma_ == "be"
        and noun.head.pos_ == "AUX"
    )


def copula_hung_on_trip(noun: Token) -> Token | None:
    """ "His only trip abroad since the election was to Kell in May", "... and his first trip
    as minister was to Kell": the parse may hang the copula that tells the trip on the trip
    left as the root ("since the election was"), or on the verb the trip is joined to, right
    after it. Either copula tells where and when the trip was."""
    if noun.pos_ not in NOUN_POS:
        return None
    hung = [c for c in children(noun, "advcl") if c.lemma_ == "be"] if noun.dep_ == "ROOT" else []
    if noun.dep_ == "conj":
        hung = [
            c
            for c in children(noun.head, "advcl")
            if c.lemma_ == "be" and c.left_edge.i == noun.right_edge.i + 1
        ]
    return hung[0] if hung else None


def _stop_told_after_trip(trip: Token, event_type: str) -> Iterator[Token]:
    """ "His first trip to Africa ... was to Accra", "his first trip to Africa, a day in Accra":
    the copula, or an apposition telling the stay's length, names the stop itself, before the
    region the trip is told to."""
    if event_type != "visit" or trip.pos_ not in NOUN_POS:
        return
    hung = copula_hung_on_trip(trip)
    if hung is not None:
        yield from _told_after_copula(hung)
    for stay in stays_restating_trip(trip):
        yield from prep_objects(stay, "in", "at")
    yield from _stops_the_trip_took_in(trip)
    yield from _place_a_stop_restates(trip)


def _place_a_stop_restates(stop: Token) -> Iterator[Token]:
    """ "Arrived on Thursday from Lorn, the last stop of a tour ...": a stop told beside the
    place a traveller went to or came from is a stop there. The parser may hang it on the
    sentence's subject; it still follows the place, past a comma. A stop told after a list
    ("drew attention from Kell and Vik, the first stop") restates none of it."""
    if stop.dep_ not in ("appos", "npadvmod") or stop.lemma_ not in STOP_NOUNS:
        return
    comma = stop.doc[stop.left_edge.i - 1] if stop.left_edge.i > 0 else None
    place = stop.doc[comma.i - 1] if comma is not None and comma.text == "," else None
    if place is not None and stop.head.i in (place.i, *(w.i for w in ancestors_of(place))):
        place = place if _travelled_to_or_from(place) else None
    elif place is not None and stop.head.ent_type_ in PLACE_LABELS:
        place = None  # hung on another place than the one it follows
    if place is not None and place.ent_type_ in PLACE_LABELS and _travelled_to_or_from(place):
        yield place


def _travelled_to_or_from(place: Token) -> bool:
    """ "Came from Lorn", "flew to Lorn": a place a verb of motion has as its own object."""
    # "arrived on Thursday night from Lorn": the "from" may hang on the time told before it.
    verb = next((word for word in ancestors_of(place) if word.pos_ == "VERB"), None)
    return place.dep_ == "pobj" and verb is not None and verb.lemma_ in cue_words("motion")


def _stops_the_trip_took_in(trip: Token) -> Iterator[Token]:
    """ "Her state visit to Norway took her to Oslo, Bergen and Tromsø": the trip's own verb
    names its stops, more precisely than the country it was to. A stop told "also" ("a visit
    to Norway that also took her to Lund") is a further leg, read as one of its own."""
    carrier = _carrying_verb(trip)
    if carrier is None or trip.dep_ != "nsubj" or carrier.i != trip.head.i:
        return
    if any(word.lower_ in FURTHER_STOP_WORDS for word in all_children(carrier)):
        return
    yield from prep_objects(carrier, "to")


def stays_restating_trip(trip: Token) -> list[Token]:
    """ "His first trip to Africa, a day in Accra in 2009": an apposition that tells the trip
    by the length of its stay, which says where and when it was."""
    return [stay for stay in children(trip, "appos") if stay.lemma_ in STAY_LENGTHS]


def _places_told_by_copula(trigger: Token) -> Iterator[Token]:
    if told_by_copula(trigger):
        yield from _told_after_copula(trigger.head)
    # "Had been X's guest in Kel": the stay's place hangs on the guest noun.
    yield from (o for noun in guests_told_by(trigger) for o in prep_objects(noun, "in", "at"))


def _told_after_copula(copula: Token) -> Iterator[Token]:
    """Where the predicate of "the visit was ..." takes the trip: "was to Quito", "was her first
    to Quito", wherever the parse hangs the "to". A region ("her second to the Tarvian lakelands")
    sums up stops told as places of their own."""
    words = [copula, *children(copula, "attr")]
    words += [word for attr in words[1:] for word in children(attr, "amod")]
    for word in words:
        yield from (
            place for place in prep_objects(word, "to") if place.ent_type_ in ("GPE", "FAC")
        )


def _way_back_to(trigger: Token) -> Iterator[Token]:
    """ "Came back to Lorn", "could be back in Vik": the parser hangs the place on "back"
    (whether going back is going home is settled where the mention is read)."""
    for back in children(trigger, "advmod"):
        if back.lower_ == "back":
            yield from prep_objects(back, "to", "in")


def _bound_for(trigger: Token) -> Iterator[Token]:
    """ "Left for Beijing", "flew out for Tokyo"; "left Quito on Monday evening for Lima",
    where the parse hangs "for" on the time, and "left Quito for Lima", where it hangs it on
    the place left."""
    yield from prep_objects(trigger, "for")
    for time in prep_objects(trigger, "on", "in", "at"):
        if time.ent_type_ in ("DATE", "TIME"):
            yield from prep_objects(time, "for")
    for origin in children(trigger, "dobj"):
        if origin.ent_type_ in ("GPE", "FAC", "LOC"):
            yield from prep_objects(origin, "for")


def _places_of_what_is_visited(trigger: Token, event_type: str) -> Iterator[Token]:
    """Where the thing visited or attended is, before any place of the clause the verb is
    joined to: "will visit the brigade's base in Rukla", "visit troops training near Rukla",
    "will participate in the forum of the region in Bergen"."""
    if trigger.pos_ == "VERB" and event_type == "visit":
        for visited in children(trigger, "dobj"):
            yield from (
                w
                for w in subtree_of(visited)
                if w.dep_ == "pobj"
                and w.head.lower_ in ("in", "near", "at")
                and w.head.head.i != trigger.i
                and not _topic_of(w, visited)
            )
    if trigger.lemma_ in cue_words("attendance"):
        for occasion in [*children(trigger, "dobj"), *prep_objects(trigger, "in")]:
            yield from (
                w
                for w in subtree_of(occasion)
                if w.dep_ == "pobj" and w.head.lower_ == "in" and not _topic_of(w, occasion)
            )


def _topic_of(word: Token, occasion: Token) -> bool:
    """Whether a word below an occasion tells what it is about: "a summit on the crisis in X",
    or what it remembers: "a ceremony marking the anniversary of the battle at X" is held
    wherever the text says, not on the old battlefield."""
    while word.i != occasion.i and word.head.i != word.i:
        if word.dep_ == "pobj" and word.head.lower_ in ABOUT_PREPS:
            return True
        if _remembered(word):
            return True
        word = word.head
    return False


def _remembered(word: Token) -> bool:
    """Whether a word tells what a word of commemoration remembers: "the anniversary of X",
    "in memory of X". "Celebrations marking the national day in Kel" may be parsed with the
    place on what is marked, so only the "of" phrase, which names the thing, counts."""
    told = word.dep_ == "prep" and word.lower_ == "of"
    return told and word.head.lemma_.lower() in cue_words("commemoration")


def _governing_places(trigger: Token) -> Iterator[Token]:
    """Places told on the word a trigger hangs from."""
    head = trigger.head
    if trigger.dep_ in ("conj", "advcl") and head.pos_ == "VERB":
        # "arrived in X and visited ...", "will lead a delegation in X to attend ..."
        yield from prep_objects(head, "to", "in", "at")
        for party in children(head, "dobj"):
            yield from prep_objects(party, "in", "at")
    # "had an audience at the palace shortly after his arrival": what came before or after
    # the governing event happened elsewhere, or at least not there.
    after_it = head.lower_ in (*SEQUENCE_PREPS, "following")
    if trigger.dep_ == "pobj" and head.head.pos_ == "VERB" and not after_it:
        # "arrived in X for talks", "leaves for X on a five-day trip"
        leaving = head.head.lemma_ in cue_words("motion")
        yield from prep_objects(head.head, "to", "in", "at", *(("for",) if leaving else ()))
    # "The visit was criticized in X": where a trip is judged is where its critics are.
    judged = head.lemma_ in cue_words("judging")
    if trigger.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX") and not judged:
        yield from prep_objects(head, "in", "at")  # "held talks in X", "granted ... at X"
    timed = _verb_of_time_told(trigger)
    if timed is not None:
        # "Met X in Lima in October, when he attended the forum": the parser hangs the "when"
        # clause on the time, which the clause shares with the verb told at that time.
        yield from prep_objects(timed, "to", "in", "at")


def _verb_of_time_told(clause: Token) -> Token | None:
    """The verb a "when" clause's time is told on: "met X in Lima in October, when ..."."""
    time = clause.head
    when = any(c.dep_ == "advmod" and c.lower_ == "when" for c in all_children(clause))
    if clause.dep_ != "relcl" or not when or time.ent_type_ not in ("DATE", "TIME"):
        return None
    verb = time.head.head if time.dep_ == "pobj" else time.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _party_places(verb: Token, trigger: Token) -> Iterator[Token]:
    """The parser hangs a place on the party next to it: "hosted Y in X", "talks with Y in X",
    "received by Y at X", and "hosted Y for talks at X". The trigger is no party of its own:
    "expressed support for Y's war in X" places nothing."""
    parties = [*children(verb, "dobj"), *prep_objects(verb, "with", "by", "between")]
    if verb.lemma_ == "call":
        parties += prep_objects(verb, "on")  # "called on Y at X"
    # "will travel with General X to Ethiopia": the destination hangs on the companion.
    moving = verb.lemma_ in cue_words("motion")
    # "talks with the Deputy Prime Minister and Foreign Minister X in Beijing": on the last;
    # "talks with her Czech counterpart X in Brno": on the name beside the role.
    named = [
        word
        for p in parties
        if p.i != trigger.i
        for word in [*conjuncts_of(p), *children(p, "appos")]
        if word.pos_ == "PROPN"
    ]
    for party in (p for p in [*parties, *named] if p.i != trigger.i):
        yield from prep_objects(party, "in", "at", *(("to",) if moving else ()))
        for purpose in prep_objects(party, "for"):
            yield from prep_objects(purpose, "in", "at")
    # "Gave a dinner in honour of Y at X": the meal may be the trigger, so its guest is looked
    # at apart. Only "at": "in honour of the ambassador in Vik" says where the guest serves.
    giving = [verb, *children(verb, "dobj")]
    for guest in _honoured(giving):
        yield from prep_objects(guest, "at")
    # "Gave a banquet in honour of Y in the great hall of the X": a room is never where a
    # guest serves, so the room the meal is told "in", on the verb or the guest, is its venue.
    for word in [*giving, *_honoured(giving)] if any(map(tells_a_meal, giving)) else []:
        yield from (o for o in prep_objects(word, "in") if _names_a_room(o))


def _names_a_room(word: Token) -> bool:
    """ "The domed hall", "the state dining room": a room or the grounds of a building."""
    kinds = cue_words("room") | cue_words("grounds")
    return word.pos_ == "NOUN" and not word.is_title and word.lemma_.lower() in kinds


def _honoured(giving: list[Token]) -> list[Token]:
    """ "Gave a dinner in honour of the President and Mrs Y", "a dinner for his guest", "a
    lunch in Y's honour": the guests a meal is given for, and the honour itself, where the
    parse may hang the venue of the meal. `giving` is the verb and the meal it gives, either
    of which the parse may hang the "in honour", the "of" or the "for" on."""
    honours = [
        word
        for meal in giving
        for word in prep_objects(meal, "in")
        if word.lemma_ in ("honour", "honor")
    ]
    owners = [*honours, *giving] if honours else []
    guests = [guest for owner in owners for guest in prep_objects(owner, "of")]
    if any(map(tells_a_meal, giving)):
        # "Gave a dinner for Y", not "hosted Y for dinner".
        given_for = (guest for meal in giving for guest in prep_objects(meal, "for"))
        guests += (guest for guest in given_for if not is_meal(guest))
    return [*honours, *(word for guest in guests for word in (guest, *conjuncts_of(guest)))]
