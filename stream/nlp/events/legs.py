"""`_legs`: the legs of an itinerary, trips listed or made again, link lines to other
stories, and the dates of each leg.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import chain, pairwise

from spacy.tokens import Doc, Span, Token

from stream.contracts import DatePrecision, EventDate, EventStatus
from stream.nlp import gazetteer
from stream.nlp.dates import period_around, resolve_date, unit_named_by_article
from stream.nlp.doctext import all_children, ancestors_of, conjuncts_of, subtree_of, words_of
from stream.nlp.entities.canonical import holds_office
from stream.nlp.entities.matchers import PLACE_LABELS
from stream.nlp.entities.table import EntityTable, Referent
from stream.nlp.events.dates import told_as_several
from stream.nlp.events.mention import POPE, REPEAT_WORDS, Mention, Reading, _within
from stream.nlp.events.reading import read_mention
from stream.nlp.events.records import record_measured
from stream.nlp.events.status import _anchor
from stream.nlp.lexicon import cue_words, fold
from stream.nlp.roles import stops
from stream.nlp.roles.companions import compound_head
from stream.nlp.roles.home_places import home_state, told_onward
from stream.nlp.roles.reference import country_for_nationality, referent
from stream.nlp.roles.stops import carrying_verb, destinations
from stream.nlp.roles.syntax import SUBJECTS, children, clause_chain, prep_objects


def trips_since_a_record(doc: Doc, reading: Reading, earlier: list[Mention]) -> list[Mention]:
    """ "The first Lorvian leader to visit Kell since Jan Olt addressed its parliament in
    2003": what the one named after "since" did there then was done on a trip of their own to
    the record's place, on that date."""
    trips: list[Mention] = []
    records = (doc[i] for i, kind in reading.trigger_types.items() if kind == "visit")
    for record in (word for word in records if word.pos_ == "VERB"):
        place = stops.location(record, reading.table, "visit", reading.dateline_end)
        if place is None or record_measured(record) is None:
            continue
        # The parser may hang the clause on the copula the record is told by ("X is the first
        # leader to visit Kell since ...").
        clauses = (c for word in [record, *ancestors_of(record)] for c in children(word, "advcl"))
        for clause in clauses:
            if not any(c.dep_ == "mark" and c.lower_ == "since" for c in all_children(clause)):
                continue
            if _trip_of_its_own(clause, reading):
                continue  # "since X came to Vadum in 2016": read as that trip, to Vadum
            before = [m for m in earlier if m.trigger.i < clause.i]
            told = read_mention("visit", clause, clause_chain(clause), reading, before)
            if told is None or told.date is None or told.actor.referent.label != "PERSON":
                continue
            told.location, told.status = place, EventStatus.OCCURRED
            trips.append(told)
    return trips


def _trip_of_its_own(clause: Token, reading: Reading) -> bool:
    """A clause that is itself a trip to a place it names, which the gazetteer may not know
    to lie in the record's country."""
    if reading.trigger_types.get(clause.i) != "visit":
        return False
    return stops.location(clause, reading.table, "visit", reading.dateline_end) is not None


def leaves_for_home(mention: Mention, reading: Reading, earlier: list[Mention]) -> bool:
    """ "Left for Brenn at the end of the tour": a leader who leaves for their home state (as
    their title or the story tells it, see `roles.home_state`, or as the story's record trip
    does, see `_record_travellers_state`), or its capital, is going home, which is no visit;
    so too for another of its cities, unless the departure tells what they will do there
    ("left for Vadum, where he opened ...", "left for Vadum to open ...": a stop at home)."""
    actor, location = mention.actor.referent, mention.location
    if mention.type != "visit":
        return False
    departure = _departure_of(mention.trigger)
    if departure is None:
        return False
    if location is None or location.place is None:
        return False
    if actor.label != "PERSON":
        return False
    if holds_office(actor, POPE) and fold(location.name) in cue_words("papal_seat"):
        return True  # "leaves Brenn for Rome": a pope's see is his home
    state = home_state(actor, reading.table) or _record_travellers_state(mention, reading, earlier)
    if state is None or state.place is None:
        return False
    code = state.place.country_code
    capital = gazetteer.capital_of(code)
    if location.place in (capital, state.place) or gazetteer.names_capital_of(location.name, code):
        return True
    at_home = location.place.country_code == state.place.country_code
    return at_home and not _business_told_there(departure)


def _departure_of(trigger: Token) -> Token | None:
    """The departure a trip is told by: its own verb ("left for Brenn"), or the one whose
    destination a relative clause tells the arrival at ("left Vik for Brenn, where he arrived
    this morning": the same journey home, told to its end)."""
    if trigger.lemma_ in cue_words("departure"):
        return trigger
    place = trigger.head
    if trigger.dep_ != "relcl" or place.dep_ != "pobj" or place.head.lower_ not in ("for", "to"):
        return None
    verb = place.head.head
    return verb if verb.lemma_ in cue_words("departure") else None


def _record_travellers_state(
    departure: Mention, reading: Reading, earlier: list[Mention]
) -> Referent | None:
    """ "The first visit by a Lorvian monarch since 1961": a story that ranks its trip as one
    made by someone of a nation tells that nation of its traveller, who is abroad before the
    departure told (a host who leaves for that nation later is no traveller of the record)."""
    states = {
        state.key: state
        for i, kind in reading.trigger_types.items()
        if kind == "visit" and record_measured(trip := departure.trigger.doc[i]) is not None
        for state in _nations_travelling(trip, reading.table)
    }
    if len(states) != 1:
        return None
    state = next(iter(states.values()))
    code = state.place.country_code if state.place is not None else None
    # A place no gazetteer knows ("landed at Vik airport") is taken to be abroad too.
    abroad = (
        told.location.place is None or told.location.place.country_code != code
        for told in earlier
        if told.type == "visit"
        and told.actor.referent.key == departure.actor.referent.key
        and told.location is not None
    )
    return state if any(abroad) else None


def _nations_travelling(trip: Token, table: EntityTable) -> list[Referent]:
    """The states of whoever a trip noun says made it: "a visit by a Lorvian leader"."""
    nations = []
    for traveller in prep_objects(trip, "by"):
        for word in children(traveller, "amod", "compound"):
            found = table.at(word)
            state = country_for_nationality(found, table) if found is not None else None
            if found is not None and found.label == "NORP" and state is not None:
                nations.append(state)
    return nations


def _business_told_there(departure: Token) -> bool:
    return any(word.pos_ == "VERB" for word in subtree_of(departure) if word.i > departure.i)


# A line that points the reader to another story: "Related:", "Read more:", "Also read:".
_LINK_LINE = re.compile(
    r"(?:related(?:\s+(?:articles?|stories|topics))?|(?:also\s+)?read(?:\s+(?:more|also))?"
    r"|see\s+also)\s*:",
    re.IGNORECASE,
)


def links_another_story(word: Token, text: str) -> bool:
    """Whether a word stands on a link to another story: its headline tells that story's
    news, which this story does not report ("Related: Lorvia and Tarvia sign a pact")."""
    line_start = text.rfind("\n", 0, word.idx) + 1
    return _LINK_LINE.match(text, line_start) is not None


def made_again(mention: Mention, chain: list[Token], reading: Reading) -> list[Mention]:
    """ "Came to Vadum in June 1971 and again in July 1976": a trip told as made once more, on
    a date of its own hung on the same verb, is a visit of its own on that date."""
    if mention.type != "visit" or mention.date is None or not mention.date_is_own:
        return []
    future = mention.status is not EventStatus.OCCURRED
    again = []
    for ent in _within(reading.dates, mention.trigger.sent):
        if not _told_again(ent) or _anchor(ent) not in _own_clause(chain):
            continue
        date = resolve_date(ent.text, reading.published, future=future)
        place = _place_told_again(ent, reading)
        if place is not None and mention.location == place:
            mention.location = _place_before_again(mention.trigger, ent, reading)
        if date is not None and (date != mention.date or place is not None):
            again.append(replace(mention, date=date, location=place or mention.location))
    return again


def _place_told_again(ent: Span, reading: Reading) -> Referent | None:
    """ "Visited Vadum in May, and again in Kell in July": the place between the repetition
    word and its date is where that trip went."""
    again = _repeat_word(ent)
    return None if again is None else _first_place(ent.doc[again.i + 1 : ent.start], reading)


def _place_before_again(trigger: Token, ent: Span, reading: Reading) -> Referent | None:
    """The place of the trip told first, before the repetition word."""
    again = _repeat_word(ent)
    return None if again is None else _first_place(ent.doc[trigger.i + 1 : again.i], reading)


def trips_of_dates(mention: Mention, reading: Reading) -> list[Mention]:
    """ "Her previous visits to Vadum were in 1998 and 2003", "has visited Vadum twice, in 1998
    and 2003": trips told as several, dated by coordinated dates, are one trip per date (a
    single trip "on May 3 and 4" is one stay)."""
    if mention.type != "visit" or not told_as_several(mention.trigger) or not mention.date_is_own:
        return []
    told = mention.date
    dates = _within(reading.dates, mention.trigger.sent)
    first = next((ent for ent in dates if told is not None and ent.text == told.text), None)
    if first is None:
        return []
    future = mention.status is not EventStatus.OCCURRED
    trips = []
    for word in conjuncts_of(first.root):
        ent = next((ent for ent in dates if ent.start <= word.i < ent.end), None)
        date = None if ent is None else resolve_date(ent.text, reading.published, future=future)
        if date is not None and date != told:
            trips.append(replace(mention, date=date))
    return trips


def trips_listed(mention: Mention, reading: Reading) -> list[Mention]:
    """ "Made two trips to Lorvia this year, to Vadum in May and to the port of Kell in June": a
    plural trip word followed by places, each with its date, tells one trip per place."""
    trigger = mention.trigger
    if mention.type != "visit" or trigger.tag_ != "NNS":
        return []
    sent = trigger.sent
    tos = [w for w in sent if w.i > trigger.i and w.lower_ == "to" and w.pos_ == "ADP"]
    # Only places hung on the clause the trip word is told in: "visits were discussed; he flew
    # to Vadum in May" lists nothing of the visits.
    tos = [w for w in tos if w.head.i != trigger.i and _verb_over(w) == _verb_over(trigger)]
    ends = [w.i for w in tos[1:]] + [sent.end] if tos else []
    future = mention.status is not EventStatus.OCCURRED
    trips = []
    for to, end in zip(tos, ends, strict=True):
        dated = [ent for ent in _within(reading.dates, sent) if to.i < ent.start < end]
        stop = dated[0].start if dated else end
        place = _first_place(trigger.doc[to.i + 1 : stop], reading)
        date = resolve_date(dated[0].text, reading.published, future=future) if dated else None
        if place is not None and date is not None:
            trips.append(replace(mention, location=place, date=date))
    return trips if len(trips) > 1 else []


def _verb_over(word: Token) -> int:
    """The nearest verb above a word (a purpose "to meet" counts as none: the place after it
    may be read under it)."""
    for above in ancestors_of(word):
        if above.pos_ in ("VERB", "AUX") and above.dep_ not in ("xcomp", "advcl", "acl"):
            return above.i
    return -1


def _first_place(words: Span, reading: Reading) -> Referent | None:
    found = (referent(w, reading.table, places=True) for w in words if w.ent_type_)
    return next((ref for ref in found if ref is not None and ref.label in PLACE_LABELS), None)


def _own_clause(chain: list[Token]) -> list[Token]:
    """The trigger up to its own verb: a verb joined after it ("A came in 1971 and again in 1976,
    and B visited in 1983") does not lend B the dates of A's trips."""
    verb = next((i for i, word in enumerate(chain) if word.pos_ in ("VERB", "AUX")), len(chain))
    return chain[: verb + 1]


def _told_again(ent: Span) -> bool:
    """ "... and again in 1976", "and once more on Friday": the date of a repetition."""
    return _repeat_word(ent) is not None


def _repeat_word(ent: Span) -> Token | None:
    """The repetition word a date follows, directly or past the place of the repeated trip
    ("and again in Kell in July")."""
    words = words_of(ent.doc)
    for word in reversed(words[max(ent.start - 3, ent.sent.start) : ent.start]):
        if word.lower_ in REPEAT_WORDS:
            return word
    before = words[max(ent.start - 7, ent.sent.start) : ent.start]
    for i, word in enumerate(before):
        rest = before[i + 1 :]
        if word.lower_ in REPEAT_WORDS and all(_part_of_place_phrase(w) for w in rest):
            return word if any(w.ent_type_ in PLACE_LABELS for w in rest) else None
    return None


def _part_of_place_phrase(word: Token) -> bool:
    return word.pos_ in ("ADP", "DET") or bool(word.ent_type_) or word.pos_ == "PROPN"


def _legs(mention: Mention, place_word: Token, reading: Reading) -> list[Mention]:
    """One visit per destination of an itinerary: "will visit Bergen, Oslo and Tromsø"."""
    if mention.type != "visit":
        return [mention]
    places = destinations(place_word, reading.table, mention.type, reading.dateline_end)
    own = _leg_dates(places, mention, reading)
    if own is not None:
        return [replace(mention, location=p, date=d) for p, d in zip(places, own, strict=True)]
    later = (
        _month_of_a_done_trip(mention)
        if _dated_first_leg_only(places, mention.trigger.sent, reading)
        else _later_leg_date(mention.date)
    )
    return [mention, *(replace(mention, location=p, date=later) for p in places[1:])]


def _dated_first_leg_only(places: list[Referent], sentence: Span, reading: Reading) -> bool:
    """ "Will fly to Oslo tomorrow and then on to Bergen": a date told before the next stop
    dates the stops before it; when a stop told as a further stage follows is not told."""
    starts = [_named_at(place, sentence, reading.table) for place in places[:2]]
    if len(places) < 2 or starts[0] is None or starts[1] is None or starts[1] < starts[0]:
        return False
    dates = _within(reading.dates, sentence)
    if any(e.start > starts[1] for e in dates):
        return False
    # "Visited Kell and, on Sunday, the town of Vik": a day told past the "and" is Vik's.
    lead = _joined_at(sentence.doc[starts[0] : starts[1]])
    between = any(starts[0] < e.start < lead for e in dates)
    return between or told_onward(sentence.doc[starts[1]])


def _leg_dates(
    places: list[Referent], mention: Mention, reading: Reading
) -> list[EventDate | None] | None:
    """ "To Quito on May 12 and then to Arequipa on May 14": when each stop is followed by a
    date of its own before the next stop is named, that date is the stop's. "Took him to Lima on
    May 3, to Cali, and to Bogota on May 6": a stop told with a "to" of its own and no date
    of its own is on no date known, when other stops have theirs."""
    sentence = mention.trigger.sent
    starts = [_named_at(place, sentence, reading.table) for place in places]
    if len(places) < 2 or None in starts:
        return None
    told = _words_of_the_legs(mention.trigger, starts, sentence)
    future = mention.status is not EventStatus.OCCURRED
    dates: list[EventDate | None] = []
    leads = [
        starts[0],
        *(_joined_at(sentence.doc[a:b]) if a < b else b for a, b in pairwise(starts)),
    ]
    befores = [None, *starts[:-1]]
    for start, before, lead, end in zip(
        starts, befores, leads, [*leads[1:], sentence.end], strict=True
    ):
        dated = (e for e in _within(reading.dates, sentence) if lead < e.start < end)
        found = next((e for e in dated if e.root.i in told), None)
        place = sentence.doc[start]
        if found is None and before is None:
            found = _day_told_before(place, _carrier(mention.trigger), reading)
        resolved = resolve_date(found.text, reading.published, future=future) if found else None
        resolved = _in_period_of_leg_before(found, resolved, dates)
        # "On Friday to Kell and Vik": a stop joined to the one before may share its day.
        listed = before is not None and _joined_by_and(place, sentence.doc[before])
        if resolved is None and not (_own_preposition(place) or listed):
            return None
        dates.append(resolved)
    dates = _shared_with_conjunct(dates, starts, sentence.doc)
    known = [date for date in dates if date is not None]
    return dates if dates[0] is not None and len(known) > 1 else None


def _in_period_of_leg_before(
    found: Span | None, resolved: EventDate | None, before: list[EventDate | None]
) -> EventDate | None:
    """ "To Tokyo on Monday and to Seoul later in the week": a stop told in a period named by
    its article alone is in the period of the day of the stop before, not the news's."""
    unit = unit_named_by_article(found.text) if found is not None else None
    day = next((date for date in reversed(before) if date is not None), None)
    if unit is None or day is None:
        return resolved
    return period_around(day, unit, found.text) or resolved


def _shared_with_conjunct(
    dates: list[EventDate | None], starts: list[int], doc: Doc
) -> list[EventDate | None]:
    """ "To Lima on Friday, and to Kell and Vik next week": a stop joined to the next by a bare
    "and" is told on the day told after the pair, when another stop has a day of its own. With
    no other ("to Kell and Vik from May 4 to 9") the days are the whole trip's. "On Friday to
    Kell and Vik, and on Sunday to Lorn": a day told before the pair is both stops'."""
    shared = list(dates)
    joined = [_joined_by_and(doc[b], doc[a]) for a, b in pairwise(starts)]
    for i in reversed(range(len(starts) - 1)):
        others = [*dates[:i], *dates[i + 2 :]]
        if shared[i] is None and joined[i] and any(others):
            shared[i] = shared[i + 1]
    for i in range(len(starts) - 1):
        if shared[i + 1] is None and joined[i] and shared[i] is not None:
            shared[i + 1] = shared[i]
    return shared


def _joined_by_and(stop: Token, before: Token) -> bool:
    """Whether the parse joins a stop to the stop before it: "to Kell and Port Vik"."""
    stop, before = compound_head(stop), compound_head(before)
    return stop.dep_ == "conj" and stop.head.i == before.i


def _day_told_before(first: Token, carrier: Token, reading: Reading) -> Span | None:
    """ "On Monday she flies to Kell, and on Tuesday to Vik": the first stop's day may be told
    before it, on the verb that carries the trip (through its preposition or alone)."""
    before = (e for e in _within(reading.dates, first.sent) if e.end <= first.i)
    on_verb = (e for e in before if carrier.i in (e.root.head.i, e.root.head.head.i))
    return next(on_verb, None)


def _joined_at(stretch: Span) -> int:
    """Where the next stop's own words begin: "flew to Kell on Friday and, on Sunday, to Vik"
    tells Vik's day after the "and" that leads to it; "goes to Kell on Friday, on Saturday to
    Vik" after the comma that leads a day of its own."""
    joins = [word.i for word in stretch if word.lower_ == "and"]
    joins = joins or [word.i for word in stretch if word.lower_ == "," and _day_leads(word)]
    return joins[-1] if joins else stretch.end


def _day_leads(comma: Token) -> bool:
    """Whether a day phrase follows right after a comma: ", on Saturday", ", tomorrow"."""
    after = comma.doc[comma.i + 1 : comma.i + 4]
    day = next((w for w in after if w.lower_ not in ("on", "in", "the")), None)
    return day is not None and _tells_a_day(day)


def _words_of_the_legs(trigger: Token, starts: list[int], sentence: Span) -> set[int]:
    """The words a list of stops is told in: the verb that takes the traveller on and each
    stop's own phrase; "before his summit in Moscow on June 3" tells another occasion's day."""
    carrier = _carrier(trigger)
    phrases = [_leg_phrase(sentence.doc[start]) for start in starts]
    phrases += [day for start in starts for day in _days_on_the_stop_verb(sentence.doc[start])]
    told = {word.i for phrase in phrases for word in subtree_of(phrase)}
    return told | _own_clause_words(carrier)


def _own_clause_words(carrier: Token) -> set[int]:
    """The words below the carrying verb, less a clause joined to it with a subject of its own:
    "visits Kell and Vik tomorrow, and on Monday he leaves for Lorn" tells Lorn's day."""
    clauses = [
        clause
        for clause in children(carrier, "conj")
        if clause.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECTS for c in all_children(clause))
    ]
    others = {word.i for clause in clauses for word in subtree_of(clause)}
    return {word.i for word in subtree_of(carrier)} - others


def _carrier(trigger: Token) -> Token:
    """The word that takes the traveller on: the trip's verb, or the trigger itself."""
    # "Is due in Samoa on Saturday and in Fiji on Sunday": the copula carries the stops.
    return carrying_verb(trigger) or (trigger.head if trigger.dep_ == "acomp" else trigger)


def _days_on_the_stop_verb(place: Token) -> list[Token]:
    """ "The tour began in Kell on Monday and took him to Vik on Friday": a stop hung on a verb
    of its own is told its day by a day phrase hung on that same verb ("on Monday"); the stretch
    up to the next stop keeps the day to its stop."""
    phrase = _leg_phrase(place)
    verb = phrase.head
    if phrase.dep_ != "prep" or verb.pos_ != "VERB":
        return []
    preps = children(verb, "prep")
    return [prep for prep in preps if any(map(_tells_a_day, children(prep, "pobj")))]


def _tells_a_day(word: Token) -> bool:
    return word.ent_type_ == "DATE" or word.lower_ in cue_words("day_part")


def _leg_phrase(place: Token) -> Token:
    while place.dep_ in ("compound", "conj", "appos") and place.head.i != place.i:
        place = place.head
    return place.head if place.dep_ == "pobj" else place


def _own_preposition(place: Token) -> bool:
    """ "..., to Cali, and to Bogota": a stop named right after a "to" or "in" of its own."""
    return place.i > 0 and place.doc[place.i - 1].lower_ in ("to", "in")


def _named_at(place: Referent, sentence: Span, table: EntityTable) -> int | None:
    told = (word.i for word in sentence if table.at(word) is place)
    # A town the model misread ("and to Kell", Kell read as a firm) is told by its mentions.
    misread = (m.start for m in place.mentions if sentence.start <= m.start < sentence.end)
    return next(chain(told, misread), None)


def _later_leg_date(date: EventDate | None) -> EventDate | None:
    """A trip's dates ("May 20-24") begin with its first stop; a later stop is only known to
    fall within them, so it keeps the month."""
    if date is None or date.start == date.end:
        return date
    return _month_of(date)


def _month_of_a_done_trip(mention: Mention) -> EventDate | None:
    """ "A tour that began in Kell on March 17 and also took him to Vik": the day is the first
    stop's; a later stop of a trip told done falls in its month. One still ahead may yet
    move ("will fly to Kell tomorrow and then on to Vik")."""
    if mention.status is not EventStatus.OCCURRED or mention.date is None:
        return None
    return _month_of(mention.date)


def _month_of(date: EventDate) -> EventDate:
    if date.precision is not DatePrecision.DAY:
        return date
    return date.model_copy(
        update={"value": date.start.strftime("%Y-%m"), "precision": DatePrecision.MONTH}
    )
