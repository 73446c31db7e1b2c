"""`extract_mentions`, the entry point, with reports and sources (`reports_on`,
`attribution`) and occasions told on the sidelines.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span, Token

from stream.contracts import DatePrecision, EventStatus
from stream.nlp import gazetteer
from stream.nlp.doctext import (
    all_children,
    ancestors_of,
    conjuncts_of,
    entities_of,
    subtree_of,
    text_of,
    words_in,
)
from stream.nlp.entities.matchers import PLACE_LABELS
from stream.nlp.entities.table import EntityTable, Referent
from stream.nlp.events.arrivals import (
    coarser_than_a_day,
    home_of,
    stop_come_from,
    stop_left_on_the_way_back,
    welcomes_on_arrival,
)
from stream.nlp.events.dates_told_before import _participants, _under_past_perfect, same_noun
from stream.nlp.events.doings import is_heading
from stream.nlp.events.earlier_trips import trips_listed_after_a_record
from stream.nlp.events.gatherings import (
    date_of_gathering_told_before,
    goers_seated,
    joiners_seated,
    presence_listed,
    scene_before,
    short_of_verb,
    stand_ins_seated,
)
from stream.nlp.events.legs import (
    _legs,
    leaves_for_home,
    links_another_story,
    made_again,
    trips_listed,
    trips_of_dates,
    trips_since_a_record,
)
from stream.nlp.events.meetings import calls_joined, gapped_meetings, met_apart, unlabelled_days
from stream.nlp.events.mention import (
    AFTER_PREPS,
    SHIFTING_PARTS,
    STATE_TYPES,
    STAY_TYPES,
    WHILE_PREPS,
    Mention,
    Reading,
)
from stream.nlp.events.pairs import lone_guests_seated, visiting_groups_seated
from stream.nlp.events.reading import (
    doings_abroad,
    guest_stay_where_left,
    leg_left_from,
    read_mention,
    stranger_where_left,
)
from stream.nlp.events.records import is_definite
from stream.nlp.events.stays import (
    guests_received_abroad,
    guests_welcomed_to,
    received_where_no_host_is_named,
    stay_abroad,
    stop_of_the_trip,
)
from stream.nlp.events.trip_parties import place_of_invitation_taken_up, trips_invited_to
from stream.nlp.events.undone import per_actor
from stream.nlp.lexicon import cue_words
from stream.nlp.pipeline import TRIGGERS_KEY
from stream.nlp.roles.actors import speech_verb
from stream.nlp.roles.appositions import referents
from stream.nlp.roles.companions import tells_a_meal
from stream.nlp.roles.guests import guest_at_a_meal, guests_told_by, is_meal
from stream.nlp.roles.home_places import signing_witnesses
from stream.nlp.roles.syntax import (
    ABOUT_PREPS,
    NOUN_POS,
    SEQUENCE_PREPS,
    SUBJECTS,
    children,
    clause_chain,
    prep_objects,
)
from stream.nlp.roles.venues import is_macro_region


def extract_mentions(
    doc: Doc,
    table: EntityTable,
    published: dt.date,
    dateline_end: int = 0,
    here: Referent | None = None,
) -> list[Mention]:
    """Every event mention of the Doc, in text order; negated and role-less ones are left out."""
    spans = doc.spans.get(TRIGGERS_KEY, [])
    types = {span.start: span.label_ for span in spans}
    # "on Friday morning" is a TIME to the model.
    found = [short_of_verb(ent) for ent in entities_of(doc) if ent.label_ in ("DATE", "TIME")]
    dates = tuple(sorted([*found, *unlabelled_days(doc)], key=lambda ent: ent.start))
    reading = Reading(
        table, published, dateline_end, frozenset(types), types, text_of(doc), dates, here
    )
    mentions: list[Mention] = []
    stays: list[Mention] = []  # told last: no welcome or arrival pass is to take them for trips
    sources: dict[int, list[tuple[Token, list[Referent]]]] = {}
    for span in spans:
        trigger = span.root
        if (
            trigger.idx < dateline_end
            or is_heading(trigger.sent, reading.text)
            or links_another_story(trigger, reading.text)
        ):
            continue
        elided = _elided_chains(trigger, reading.triggers, span.label_)
        for chain in [clause_chain(trigger), *elided]:
            mention = read_mention(span.label_, trigger, chain, reading, mentions)
            if (
                mention is None
                or _goes_home(mention, mentions)
                or leaves_for_home(mention, reading, mentions)
                or _only_wished_for(mention)
                or _plan_given_up(mention.trigger)
                or _stayed_away_from(mention)
                or _country_going_nowhere(mention)
                or _country_meeting_a_person(mention)
                or _town_told_as_a_party(mention)
                or _trip_named_in_a_call(mention)
                or _voice_from_the_crowd(mention)
                or _stance_from_the_crowd(mention)
                or _talks_only_agreed_on(mention)
                or _attended_a_meal_given(mention)
                or _guest_stay_told_apart(mention, reading)
                or _met_only_within_a_family(mention, reading.table)
                or _met_a_thing(mention)
                or _talks_spoken_of(mention)
            ):
                continue
            if _region_framing_stops(mention):
                mention.location = None  # still the trip its stops are told of
            if trigger.sent.start not in sources:
                sources[trigger.sent.start] = sentence_sources(trigger.sent, table)
            mention.attributed_to = attribution(trigger, sources[trigger.sent.start])
            if mention.type == "visit" and mention.location is None:
                mention.location = place_of_invitation_taken_up(mention, reading, mentions)
                mention.invited_to = mention.location is not None
            if mention.type == "visit" and mention.location is None:
                mention.scene = scene_before(trigger, reading)
            mention.during = _happened_during(chain, reading, mention, mentions)
            if mention.during is None:
                _date_by_stay_told_first(mention, reading, mentions)
                _date_of_arrival_also_told(mention, chain, mentions)
            else:
                _date_of_occasion_told(mention, mentions)
            mention, *gapped = gapped_meetings(mention, reading)
            repeats = [*made_again(mention, chain, reading), *trips_of_dates(mention, reading)]
            repeats += trips_listed_after_a_record(mention, reading)
            for trip in trips_listed(mention, reading) or [mention, *repeats]:
                for leg in _legs(trip, chain[0], reading):
                    mentions += (apart for one in per_actor(leg) for apart in met_apart(one, table))
            mentions += guests_welcomed_to(mention, reading)
            mentions += trips_invited_to(mention, reading)
            mentions += received_where_no_host_is_named(mention, reading)
            mentions += stop_of_the_trip(mention, chain, reading)
            stays += stay_abroad(mention, chain, reading, doc)
            stays += guests_received_abroad(mention, chain, reading, doc)
            mentions += leg_left_from(mention, chain, reading, mentions)
            mentions += stop_come_from(mention, reading)
            mentions += stop_left_on_the_way_back(mention, reading)
            mentions += gapped
            stays += (stay for met in gapped for stay in stay_abroad(met, chain, reading, doc))
    mentions += trips_since_a_record(doc, reading, mentions)
    stays += doings_abroad(doc, reading, mentions)
    mentions = welcomes_on_arrival(calls_joined(mentions), reading) + stays
    mentions = [m for m in mentions if not stranger_where_left(m, reading, mentions)]
    for mention in mentions:
        date_of_gathering_told_before(mention, doc, reading)
    mentions = presence_listed(mentions, doc, reading)
    mentions = goers_seated(stand_ins_seated(mentions, doc, reading), doc, reading)
    mentions = joiners_seated(mentions, doc, reading)
    return lone_guests_seated(visiting_groups_seated(mentions), reading.table)


def _elided_chains(trigger: Token, triggers: frozenset[int], event_type: str) -> list[list[Token]]:
    """ "his visits to A in 2019 and B in 2023": B is a second visit with the verb left out."""
    if event_type != "visit" or trigger.pos_ not in NOUN_POS:
        return []
    return [
        [conjunct, *clause_chain(trigger)[1:]]
        for conjunct in conjuncts_of(trigger)
        if conjunct.i > trigger.i and conjunct.i not in triggers and conjunct.pos_ in NOUN_POS
    ]


def _only_wished_for(mention: Mention) -> bool:
    """ "Said he hoped to meet X at the earliest opportunity", "would like to travel to Y": a
    wish that names no time is no plan, and no event ("wants to meet X next week" is one)."""
    trigger = mention.trigger
    if _wish_given_up(trigger):
        return True
    # The list holds forms as well as lemmas: the model lemmatises "hoped" as "hop".
    wished = {trigger.head.lemma_, trigger.head.lower_} & cue_words("wish")
    return mention.date is None and trigger.dep_ == "xcomp" and bool(wished)


def _plan_given_up(trigger: Token) -> bool:
    """ "X had been due to fly on to Kell", "had been scheduled to meet Y", "had been due in
    Kell for talks": a programme told in the past perfect is one overtaken by what happened
    instead; the trip, and what it was for, did not take place as planned. A forecast so told
    ("had been expected to visit Kell") stays the speculation it was."""
    word = trigger
    for _ in range(PLAN_STEPS):
        told = [word, *children(word, "acomp")]
        planned = any(w.lemma_.lower() in cue_words("plan_given_up") for w in told)
        if planned and _had_on_its_verb(word):
            return True
        if word.dep_ not in PLAN_LINKS or word.head.i == word.i:
            return False
        word = word.head
    return False


# How far, and by which links, an event's words hang below the plan that tells them.
PLAN_STEPS = 5
PLAN_LINKS = frozenset({"xcomp", "acomp", "prep", "pobj", "advcl"})


def _had_on_its_verb(word: Token) -> bool:
    """ "Had planned", "had been expected", "had been due" (the "had" on the copula). Unlike
    the dates' past perfect, which looks up to the verb a word hangs from, only the word
    itself, or the copula of a complement, is asked."""
    told = [word, word.head] if word.dep_ == "acomp" else [word]
    return any(c.dep_ == "aux" and c.lower_ == "had" for w in told for c in all_children(w))


def _stayed_away_from(mention: Mention) -> bool:
    """ "Skipped the summit in Kell", "will boycott the talks with X": an occasion its party
    stays away from is neither their meeting nor a stay where it is held; those who went
    tell the occasion by their own mentions."""
    occasion = mention.trigger
    while occasion.dep_ == "conj" and occasion.head.i != occasion.i:
        occasion = occasion.head  # "skipped the summit and the dinner that followed"
    return occasion.dep_ == "dobj" and _absence_verb(occasion.head)


def _absence_verb(verb: Token) -> bool:
    """ "Skip", "boycott", or a phrase of a particle: "sat out"."""
    absence = cue_words("absence")
    particles = (c.lower_ for c in all_children(verb) if c.dep_ == "prt")
    lemma = verb.lemma_.lower()
    return lemma in absence or any(f"{lemma} {particle}" in absence for particle in particles)


def _wish_given_up(trigger: Token) -> bool:
    """ "X, who had hoped to fly to Kell to greet Y": a wish told in the past perfect is one
    that did not come true; the trip, and what it was for, did not happen."""
    word = trigger
    while word.dep_ in ("xcomp", "advcl") and word.head.i != word.i:
        word = word.head
        wished = {word.lemma_, word.lower_} & cue_words("wish")
        if wished and any(c.dep_ == "aux" and c.lower_ == "had" for c in all_children(word)):
            return True
    return False


def _region_framing_stops(mention: Mention) -> bool:
    """ "A three-country swing through Asia", "her maiden trip to Scandinavia": a trip made or
    set to a world region is told by its stops, and they are the visits; only a trip still
    spoken of as possible ("might head to East Asia in the autumn") has no stop to tell."""
    location = mention.location
    return (
        mention.type == "visit"
        and location is not None
        and is_macro_region(location)
        and mention.status is not EventStatus.SPECULATED
    )


def _country_going_nowhere(mention: Mention) -> bool:
    """ "India is arriving late to the party": a country told travelling, to no place its
    clause names and on no day of its own, is a figure of speech; a people's trip names where
    it goes ("Japan sent a team to Pyongyang")."""
    traveller = mention.actor.referent.place
    if mention.type != "visit" or traveller is None or traveller.kind != "country":
        return False
    trigger = mention.trigger
    destinations = [*prep_objects(trigger, "to", "in", "at"), *children(trigger, "dobj")]
    named = any(word.ent_type_ in PLACE_LABELS for word in destinations)
    return not named and not mention.date_is_own


def _country_meeting_a_person(mention: Mention) -> bool:
    """ "Lorvia yesterday welcomed the Pope", "Lorvia has yet to set a date for a summit with
    the Brenn leader": a country told meeting a person is its people or its government at
    large, a figure of speech; whoever of it met the person is told by name, if at all. A
    country brokering talks "between A and B" does host them."""
    host = mention.actor.referent.place
    if mention.type != "meeting" or host is None or host.kind != "country":
        return False
    if any(prep_objects(mention.trigger, "between")):
        return False
    return any(ref.label == "PERSON" for ref in mention.counterparts)


def _town_told_as_a_party(mention: Mention) -> bool:
    """ "Kell gave him a welcome", "to report on the Lorn talks during a visit": a town,
    region or site neither travels nor meets; what it stands for is its crowds or the talks
    held there, and whoever travelled or met is told by name, if at all. (A capital may stand
    for its state, "Lima and Quito held talks", as a country may.)"""
    party = mention.actor.referent
    if mention.type not in ("visit", "meeting") or party.label == "PERSON":
        return False
    # "The Lorn talks": the parser may take a town naming talks for an organisation; the
    # name, read as it stands, still names the town.
    place = party.place or gazetteer.place(party.name)
    if place is None or place.name != party.name or place.kind == "country":
        return False
    return not gazetteer.is_capital(place)


def _trip_named_in_a_call(mention: Mention) -> bool:
    """ "Telephoned X on the eve of the Kell visit", "talked by telephone about the arrangements
    for the Kell visit": a trip named only as what a call was about or timed by is not the
    caller's to make; whoever makes it is told where the trip itself is."""
    trip = mention.trigger
    if mention.type != "visit" or trip.pos_ not in NOUN_POS or trip.dep_ != "pobj":
        return False
    prep = trip.head
    if prep.lower_ not in ("of", "for") or prep.head.pos_ not in NOUN_POS:
        return False
    call = next((word for word in ancestors_of(trip) if word.pos_ == "VERB"), None)
    return call is not None and _told_by_phone(call)


def _told_by_phone(verb: Token) -> bool:
    """ "Telephoned", "talked by telephone": the verb, or the means it tells, is a call."""
    means = [o for prep in children(verb, "prep") for o in children(prep, "pobj")]
    return any(word.lemma_.lower() in cue_words("remote") for word in [verb, *means])


def _voice_from_the_crowd(mention: Mention) -> bool:
    """'"It was worth it," said Ana Lind, 58, who travelled from Kell', "Among the crowd was
    Ana Lind, 58, who came down from Kell": someone quoted from the crowd or told among it,
    set off by an age alone, came to watch; their trip is colour, not the story's."""
    trigger = mention.trigger
    person = trigger.head
    if trigger.dep_ != "relcl" or person.ent_type_ != "PERSON" or person.dep_ != "nsubj":
        return False
    aged = any(c.dep_ == "appos" and c.like_num for c in all_children(person))
    quoted = person.head.lemma_ in cue_words("reporting") and any(children(person.head, "ccomp"))
    among = any(prep.lower_ == "among" for prep in children(person.head, "prep"))
    return aged and (quoted or among)


def _stance_from_the_crowd(mention: Mention) -> bool:
    """'"Lorvia is a true friend," said Ana Lind, 58': words of someone from the crowd, set
    off by an age alone, are colour, no party's public stance."""
    speech = speech_verb(mention.trigger) if mention.type == "statement" else None
    speakers = children(speech, "nsubj") if speech is not None else []
    return any(
        person.ent_type_ == "PERSON"
        and any(c.dep_ == "appos" and c.like_num for c in all_children(person))
        for person in speakers
    )


def _attended_a_meal_given(mention: Mention) -> bool:
    """ "Hosted a banquet in honour of X at the Amber Palace, which was attended by members of
    the Cabinet": those who attend a meal a host gives are the host's company at home, not
    travellers to its venue."""
    attend = mention.trigger
    if mention.type != "visit" or attend.lemma_ not in cue_words("attendance"):
        return False
    if attend.dep_ != "relcl" or not children(attend, "agent"):
        return False
    told = attend.head
    verb = next((word for word in [told, *ancestors_of(told)] if word.pos_ == "VERB"), None)
    return is_meal(told) or (verb is not None and tells_a_meal(verb))


def _guest_stay_told_apart(mention: Mention, reading: Reading) -> bool:
    """A guest's stay at a meal is the meal's meeting; one where a trip came from is the leg
    `doings_abroad` reads before the arrival."""
    copula = mention.trigger
    if mention.type != "visit" or not guests_told_by(copula):
        return False
    return guest_at_a_meal(copula) or guest_stay_where_left(copula, reading)


def _met_only_within_a_family(mention: Mention, table: EntityTable) -> bool:
    """ "The Lunds will give a dinner for their guests": a family told in the plural hosts
    together; its members meet nobody in each other when the guests are not named."""
    if mention.type != "meeting" or not mention.counterparts:
        return False
    parties = {mention.actor.referent.key, *(ref.key for ref in mention.counterparts)}
    families = ({ref.key for ref in members} for members in table.families.values())
    return any(parties <= family for family in families)


def _met_a_thing(mention: Mention) -> bool:
    """ "Met the demands of the unions", "the plan met with resistance from X", "the kindness
    they met in Kel": "meet" told of a demand, a resistance or a kindness meets no one, though
    a person may be named on the thing met; no talks are held."""
    trigger = mention.trigger
    if mention.type != "meeting" or trigger.lemma_ != "meet" or trigger.pos_ != "VERB":
        return False
    return any(word.lemma_.lower() in cue_words("thing_met") for word in _what_is_met(trigger))


def _what_is_met(verb: Token) -> list[Token]:
    """The object of "meet", or the "with" object of "met with"; in a relative clause with
    neither ("the kindness they met"), the noun the clause is told of."""
    met = [*children(verb, "dobj"), *prep_objects(verb, "with")]
    if not met and verb.dep_ == "relcl" and verb.head.pos_ == "NOUN":
        met.append(verb.head)
    return met


def _talks_spoken_of(mention: Mention) -> bool:
    """ "Had raised the country's debt negotiations with the Fund", "talks on scholarships and
    the negotiations with the government": talks named by their owner and their subject
    matter are a process under way, and talks listed among the subjects of other talks are
    spoken of there; neither is talks held on a day the story tells."""
    trigger = mention.trigger
    if mention.type != "meeting" or trigger.pos_ not in NOUN_POS:
        return False
    owned = any(c.dep_ == "poss" for c in all_children(trigger))
    subject_matter = any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in all_children(trigger))
    if owned and subject_matter:
        return True
    listed = trigger
    while listed.dep_ == "conj" and listed.head.i != listed.i:
        listed = listed.head
    # "Over" is left out: "talks over dinner" are held at the dinner.
    about = listed.head.lower_ in ABOUT_PREPS and listed.head.lower_ != "over"
    return listed is not trigger and listed.dep_ == "pobj" and about


def _talks_only_agreed_on(mention: Mention) -> bool:
    """ "The two sides agreed to resume negotiations on trade", "agreed in 2019 to hold the
    talks every year": talks the parties agree to hold, at no place the clause names, are a
    process agreed on, not a meeting planned ("agreed to meet in Vell next month" is one)."""
    if mention.type != "meeting" or mention.location is not None:
        return False
    trigger = mention.trigger
    verb = trigger.head if trigger.dep_ == "dobj" else trigger
    return verb.dep_ == "xcomp" and verb.head.lemma_ == "agree"


def _date_of_occasion_told(mention: Mention, earlier: list[Mention]) -> None:
    """ "Following the talks, the leaders witnessed the signing": what happened during an
    occasion dated already is of its day, so that what is told after it carries that day on
    (merging settles the occasion's date again)."""
    if mention.date is not None or mention.during == mention.trigger.i:
        return
    occasion = next((m for m in earlier if m.trigger.i == mention.during), None)
    if occasion is not None and occasion.date is not None and occasion.status is mention.status:
        mention.date = occasion.date
        mention.date_is_own = False


def _goes_home(mention: Mention, earlier: list[Mention]) -> bool:
    """ "Returned to X": a traveller goes back home, unless X is where the story already took
    them ("flew to Quito on Thursday ... returned to Quito on Monday" is a second trip)."""
    trigger, location = mention.trigger, mention.location
    if mention.type != "visit":
        return False
    # "Flying home to X" says it outright; "flew back to X", "due back in X" as "returned" does.
    bound = {c.lower_ for c in all_children(trigger) if c.dep_ in ("advmod", "npadvmod", "prt")}
    if "home" in bound:
        return True
    # "Is returning directly to X": a return that makes no stop on the way is the way home,
    # wherever the traveller was last told to be.
    if _returns_directly(trigger):
        return location is None or not any(
            _went_there_before(told, mention.actor.referent.key, location) for told in earlier
        )
    if trigger.lemma_ == "return":
        if not any(prep_objects(trigger, "to")):
            return False
    elif "back" not in bound:
        return False
    if location is not None and is_macro_region(location):
        # "Might go back to Asia in the autumn": a world region is no one's home town; a return
        # there ends the trip told only when it follows its last stop.
        return _told_after_a_stop(trigger)
    if location is None or location.place is None:
        return True
    # "Could return to Vik next year": a return told by its month or year, and not as what
    # follows a stop ("before returning to Vik"), is a later trip; the way home ends the trip
    # told, so only a told home country makes it one.
    untold_is_home = not coarser_than_a_day(mention.date) or _told_after_a_stop(trigger)
    if not home_of(mention.actor.referent, location, untold_is_home):
        return False  # "the Lorvian president returns to Tokyo in May": abroad, no home
    return not any(
        _went_there_before(told, mention.actor.referent.key, location) for told in earlier
    )


def _told_after_a_stop(trigger: Token) -> bool:
    """ "Flies to Vik before returning to Lorn": the parser hangs the return on "before"."""
    return trigger.dep_ == "pcomp" and trigger.head.lower_ in SEQUENCE_PREPS


def _returns_directly(trigger: Token) -> bool:
    """ "Is returning directly to X", "returned straight to X": the parser hangs the adverb on
    the verb or on its "to"."""
    if trigger.lemma_ != "return":
        return False
    ways = [c for c in all_children(trigger) if c.dep_ == "prep" and c.lower_ == "to"]
    if not ways:
        return False
    adverbs = {
        c.lower_ for word in (trigger, *ways) for c in all_children(word) if c.dep_ == "advmod"
    }
    return not adverbs.isdisjoint(cue_words("direct_way"))


def _went_there_before(told: Mention, traveller: str, place: Referent) -> bool:
    there = told.location
    if told.type != "visit" or told.actor.referent.key != traveller or there is None:
        return False
    if there.key == place.key:
        return True
    return (
        place.place is not None
        and there.place is not None
        and gazetteer.contains(place.place, there.place)
    )


def _happened_during(
    chain: list[Token], reading: Reading, mention: Mention, earlier: list[Mention]
) -> int | None:
    """The trigger of the event this one happened during: "signed ... during Lund's visit".
    "During the talks" with no parties of its own is the latest talks told before that one of
    this mention's parties took part in."""
    by_states = mention.type in STATE_TYPES
    preps = (*WHILE_PREPS, *AFTER_PREPS) if by_states else WHILE_PREPS
    scene = _scene_reached(mention, reading, earlier)
    # "invited Y to visit X during the talks": the parser may hang the time on the visit.
    invited = list(children(chain[0], "xcomp")) if mention.type == "invitation" else []
    # "After the talks, the two leaders watched officials sign ...": the signing is when its
    # witnesses watch it.
    watched = [w.head for w in signing_witnesses(chain[0])][:1]
    for token in [*chain, *invited, *watched]:
        for obj in prep_objects(token, *preps):
            if obj.lower_ == "which" and token.dep_ == "relcl":
                obj = token.head  # "held talks ..., after which the two leaders witnessed"
            if mention.status is EventStatus.OCCURRED:
                obj = _occasion_of_part(obj, reading)
            told_before = earlier if _names_its_occasion(obj) else scene
            if _bare_sidelines(obj):
                gathering = _gathering_told_last(obj, mention, told_before)
                if gathering is not None:
                    return gathering
            if obj.i not in reading.triggers:
                continue
            if not is_definite(obj):
                return obj.i
            # "During the talks" read as a mention of its own still refers back to talks told
            # before, which carry the date; the phrase itself has none.
            # "Talks ... the summit in Oslo ... will host Y at the summit": the phrase names
            # the occasion by its noun, so an earlier mention by that noun wins over talks.
            parties = _participants(mention)
            told = [
                (same_noun(m.trigger, obj), len(_participants(m) & parties), m.trigger.i)
                for m in told_before
                if m.type == reading.trigger_types[obj.i]
                and m.trigger.i < obj.i
                and not _participants(m).isdisjoint(parties)
            ]
            if not told and by_states:
                # States sign at their leaders' talks: the latest talks told.
                told = [
                    (same_noun(m.trigger, obj), 0, m.trigger.i)
                    for m in told_before
                    if m.type == reading.trigger_types[obj.i] and m.trigger.i < obj.i
                ]
            if not told:
                # "On the margins of the summit, X met Y": the summit told before, whoever
                # held it, is the one a definite phrase refers back to.
                told = [
                    (same_noun(m.trigger, obj), 0, m.trigger.i)
                    for m in told_before
                    if m.type == reading.trigger_types[obj.i]
                    and m.trigger.sent.start < obj.sent.start
                ]
            # The talks shared by most of the parties, then the latest.
            if not told:
                return obj.i
            named, _, latest = max(told)
            return latest if named or not _told_by_noun_since(obj, latest) else obj.i
    return None


def _scene_reached(mention: Mention, reading: Reading, earlier: list[Mention]) -> list[Mention]:
    """ "Had flown in from Vell, where he held talks with X. After the talks with Y, ...": an
    occasion of a sentence before, told as the story's background, is not the one a later
    "after the talks" points back to; that is the scene the story has reached, or its day. A
    mention told in the past perfect itself goes on with the background."""
    if _under_past_perfect(mention.trigger):
        return earlier
    start = mention.trigger.sent.start
    return [
        m for m in earlier if m.trigger.i >= start or not _told_as_background(m, reading.published)
    ]


def _names_its_occasion(phrase: Token) -> bool:
    """ "After the Beijing talks", "at Monday's summit", "during that visit": a phrase that
    names the place or day of its occasion, or points at it, refers back to it, background or
    not."""
    return any(
        (c.ent_type_ and c.dep_ in ("compound", "poss", "nmod"))
        or (c.dep_ == "det" and c.lower_ in ("that", "those"))
        for c in all_children(phrase)
    )


def _told_as_background(told: Mention, published: dt.date) -> bool:
    """ "Had held talks with X", "flew in from Vell, where he held talks", "visited Vell in May,
    when he held talks": told in the past perfect, or in a clause hung on a stop already left
    or on a past told by its month or year."""
    trigger = told.trigger
    if _under_past_perfect(trigger):
        return True
    clause = next((w for w in (trigger, *ancestors_of(trigger)) if _where_or_when_clause(w)), None)
    if clause is None:
        return False
    stop = clause.head
    if stop.dep_ == "pobj" and stop.head.lower_ == "from":
        return True
    date = told.date
    return date is not None and date.precision is not DatePrecision.DAY and date.end < published


def _where_or_when_clause(word: Token) -> bool:
    """ "Vell, where he held talks", "visited Vell in May, when he held talks": the parser
    hangs the clause on the place or date, or on the verb."""
    return word.dep_ in ("relcl", "advcl") and any(
        c.lower_ in ("where", "when") for c in children(word, "advmod")
    )


def _told_by_noun_since(phrase: Token, latest: int) -> bool:
    """ "Varga hosted a dinner. The formal talks opened on Monday. After the talks, the
    two signed ...": an occasion told as the subject of its own clause by the phrase's noun,
    after the latest event read, is that telling, not the event before it, though no event
    was read from it ("told reporters after the meeting" only names one told before)."""
    told = phrase.doc[latest + 1 : phrase.sent.start]
    return any(same_noun(word, phrase) and word.dep_ in SUBJECTS for word in told)


def _bare_sidelines(word: Token) -> bool:
    """ "On the sidelines, X met Y": the edge of a gathering the phrase does not name."""
    named = any(c.dep_ == "prep" and c.lower_ == "of" for c in all_children(word))
    return word.lower_ in cue_words("sidelines") and is_definite(word) and not named


def _gathering_told_last(edge: Token, mention: Mention, earlier: list[Mention]) -> int | None:
    """The gathering a bare "on the sidelines" is the edge of, when its sentence names none:
    the latest talks told alike in an earlier sentence among several parties or named as a
    gathering, one the mention's own parties took part in when any did."""
    sentence = mention.trigger.sent
    told_first = sentence.doc[sentence.start : edge.i]
    if any(word.lemma_.lower() in cue_words("gathering") for word in told_first):
        return None  # "will attend the summit and could meet Y on the sidelines"
    start = sentence.start
    gatherings = [
        m
        for m in earlier
        if m.type == "meeting"
        and m.trigger.i < start
        and m.status is mention.status
        and (len(m.counterparts) >= 2 or m.trigger.lemma_.lower() in cue_words("gathering"))
    ]
    parties = _participants(mention)
    shared = [m for m in gatherings if not _participants(m).isdisjoint(parties)]
    told = shared or gatherings
    return told[-1].trigger.i if told else None


def _occasion_of_part(word: Token, reading: Reading) -> Token:
    """ "On the sidelines of the summit", "during the second day of the visit": a part of an
    occasion happened during the occasion (one still expected may fall on any of its days);
    but "on the eve of" it is the day before."""
    if word.i in reading.triggers or word.lemma_ in SHIFTING_PARTS:
        return word
    occasions = [o for o in prep_objects(word, "of") if o.i in reading.triggers]
    return occasions[0] if occasions else word


def _date_by_stay_told_first(mention: Mention, reading: Reading, earlier: list[Mention]) -> None:
    """ "In Bergen she will meet X and visit Y": an undated doing of a sentence that opens on
    a place happens during the actor's dated stay there told before, on its date."""
    sentence = mention.trigger.sent
    opener = sentence[0]
    if mention.date is not None or opener.lower_ != "in" or mention.type not in STAY_TYPES:
        return
    places = (reading.table.at(word) for word in children(opener, "pobj"))
    place = next((p for p in places if p is not None and p.label in PLACE_LABELS), None)
    if place is None:
        return
    stays = [
        m
        for m in earlier
        if m.type == "visit"
        and m.date is not None
        and m.location is not None
        and m.location.key == place.key
        and m.actor.referent.key == mention.actor.referent.key
        and m.trigger.i < sentence.start
    ]
    if stays:
        mention.date = stays[-1].date
        mention.location = mention.location or place


def _date_of_arrival_also_told(
    mention: Mention, chain: list[Token], earlier: list[Mention]
) -> None:
    """ "Y will arrive in Vik on Monday. Z is also due in the city": an undated trip told
    "also" joins the dated trip to the same place told just before, on its date."""
    if mention.date is not None or mention.type != "visit" or mention.location is None:
        return
    said = [*chain, chain[-1].head]
    if not any(c.lower_ == "also" for word in said for c in children(word, "advmod")):
        return
    told = [m for m in earlier if m.type == "visit" and m.trigger.i < mention.trigger.i]
    last = told[-1] if told else None
    if last is None or last.location is None or last.date is None:
        return
    if last.location.key == mention.location.key:
        mention.date = last.date


def sentence_sources(sentence: Span, table: EntityTable) -> list[tuple[Token, list[Referent]]]:
    """Each reporting word of the sentence with who it names as the source: "TASS reported",
    "according to Yonhap", "quoting X"."""
    found: list[tuple[Token, list[Referent]]] = []
    for token in words_in(sentence):
        if token.lemma_ not in cue_words("reporting") or token.pos_ not in ("VERB", "NOUN"):
            continue
        if token.lemma_ == "accord":
            words = list(prep_objects(token, "to"))
        else:
            words = list(children(token, "nsubj"))
            if token.lemma_ in ("quote", "cite"):
                words += children(token, "dobj")
        refs = referents(words, table, names_only=True)
        named = [ref for ref in refs if ref.label in ("ORG", "PERSON", "GPE")]
        if token.lemma_ == "tell" and not named:
            # "a source told Interfax": told by no one named, the organisation told is the
            # report's channel ("the minister told Parliament" is the minister's).
            told = referents(list(children(token, "dobj", "dative")), table)
            named = [ref for ref in told if ref.label == "ORG"]
        if named:
            found.append((token, named))
    return found


def attribution(trigger: Token, sources: list[tuple[Token, list[Referent]]]) -> list[Referent]:
    """The sources whose report holds the trigger: not a speaker whose own doings are only told
    beside the report ("Moen, who visited Oslo, told reporters ...")."""
    found: list[Referent] = []
    for report, refs in sources:
        if reports_on(report, trigger):
            found += (ref for ref in refs if ref not in found)
    return found


# How a reporting word reaches what it reports: "said (that) X visited", "reported the visit",
# "X visited Oslo, TASS said" parsed either way round.
REPORTED_LINKS = frozenset({"ccomp", "xcomp", "parataxis", "dobj", "dep"})
REPORT_ATTACHMENTS = frozenset({"ccomp", "parataxis", "dep", "conj"})


def reports_on(report: Token, trigger: Token) -> bool:
    """Whether the reporting word's report holds the trigger. The report's own circumstances are
    not its content: its subject and the subject's clauses ("Moen, who met Jones last week,
    said ..."), its prepositions ("said after talks with Jones"), a participle beside it
    ("Speaking after meeting Jones, Moen said")."""
    if report.lemma_ == "accord" or report.i == trigger.i:
        return True
    step = _child_towards(report, trigger)
    if step is not None and _told_clause_hung_on_closing_report(step, report, trigger):
        return True
    if step is not None:
        if step.dep_ == "advcl":
            # A finite clause hung as a modifier is a misparsed "said (that) ...".
            return any(c.dep_ in ("nsubj", "nsubjpass") for c in all_children(step))
        return step.dep_ in REPORTED_LINKS
    # The report hangs below the trigger's clause ("X visited Oslo, TASS said"), unless it is
    # told as an aside of the event ("held talks, with Lund saying he hoped ...").
    if _closes_sentence(report, trigger):
        return True
    word = report
    while word.head.i != word.i and not _dominates(word.head, trigger):
        if not _attaches_report(word):
            return False
        word = word.head
    return _attaches_report(word)


def _told_clause_hung_on_closing_report(step: Token, report: Token, trigger: Token) -> bool:
    """ "X will fly to Oslo, before flying on to Brno, the ministry said": the parser may hang
    the clause after the first comma on the report that closes the sentence; it is told by
    the report like the rest. A clause opening the sentence is the report's own
    circumstance ("After meeting Jones, Moen said ...")."""
    if step.dep_ != "prep" or step.left_edge.i == report.sent.start:
        return False
    branch = set(subtree_of(step))
    words = [word for word in subtree_of(report) if word not in branch and not word.is_punct]
    first = words[0]
    rest = report.doc[words[-1].i + 1 : report.sent.end]
    return (
        step.i < first.i
        and report.doc[first.i - 1].text == ","
        and all(token.is_punct or token.is_space for token in rest)
    )


def _attaches_report(word: Token) -> bool:
    if word.dep_ == "advcl":
        # "X will travel to Oslo, the ministry said": a finite clause of its own, not an
        # aside of the event ("after Moen said ...").
        has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in all_children(word))
        return has_subject and not any(c.dep_ == "mark" for c in all_children(word))
    return word.dep_ in REPORT_ATTACHMENTS


def _closes_sentence(report: Token, trigger: Token) -> bool:
    """ "..., Home Affairs Minister X announced on Thursday.": a report set off by a comma at
    the end of the sentence tells the whole sentence, wherever the parser hangs it."""
    words = list(subtree_of(report))
    first, last = words[0], words[-1]
    sentence = report.sent
    rest = report.doc[last.i + 1 : sentence.end]
    return (
        trigger.i < first.i
        and first.i > sentence.start
        and report.doc[first.i - 1].text == ","
        and all(token.is_punct or token.is_space for token in rest)
    )


def _child_towards(head: Token, word: Token) -> Token | None:
    """The child of `head` whose subtree holds `word`, or None when `head` does not govern it."""
    for ancestor in [word, *ancestors_of(word)]:
        if ancestor.head.i == head.i and ancestor.i != head.i:
            return ancestor
    return None


def _dominates(head: Token, word: Token) -> bool:
    return head.i == word.i or any(a.i == head.i for a in ancestors_of(word))
