"""Welcomes and greetings on arrival, and the parties of a mention set up from them and
from groups told again.
"""

from __future__ import annotations

from spacy.tokens import Token

from stream.contracts import EventStatus
from stream.nlp import gazetteer
from stream.nlp.doctext import all_children, ancestors_of, conjuncts_of, words_in
from stream.nlp.entities.canonical import holds_office, known_as_spouse
from stream.nlp.entities.matchers import PLACE_LABELS
from stream.nlp.entities.table import EntityTable, Referent
from stream.nlp.events.arrival_sites import (
    at_a_threshold,
    at_arrival_site,
    flown_in,
    reaches_arrival_site,
)
from stream.nlp.events.gatherings import previous_paragraph_start
from stream.nlp.events.mention import (
    GROUP_SOURCES,
    HOSTING,
    PARAGRAPH_BREAK,
    Mention,
    Reading,
    told_where_left,
)
from stream.nlp.events.pairs import (
    GROUP_SIZES,
    PLURAL_GUEST_PRONOUNS,
    companions_of_travellers,
    company_going_on,
    group_named_before,
    group_size,
    married,
    named_in_clause,
    office_of_group,
    pair_set_together_just_before,
    parties_told_with,
    traveller_and_host_named_before,
    travellers_counted,
    unlike_office,
)
from stream.nlp.events.places import big_city_near
from stream.nlp.events.status import looks_ahead
from stream.nlp.events.stays import _recalled
from stream.nlp.events.trip_parties import welcomed_at_arrival_site
from stream.nlp.lexicon import cue_words, role_words
from stream.nlp.roles import actors
from stream.nlp.roles.appositions import referents
from stream.nlp.roles.companions import (
    group_agent,
    group_word,
    is_the_party_of_office,
    is_the_visiting_company,
)
from stream.nlp.roles.guests import meal_guests
from stream.nlp.roles.owners import spouse_named_of, state_of_person
from stream.nlp.roles.reference import referent
from stream.nlp.roles.syntax import (
    NOUN_POS,
    children,
    craft_of_known_travellers,
    craft_told_flying,
    prep_objects,
)
from stream.nlp.roles.venues import leaders_as_a_group


def hosts_of(welcome: Mention, reading: Reading) -> list[Referent]:
    """Who welcomes: the actor, and those greeting beside it ("was met by X and his wife,
    Y"), who are hosts too, not guests."""
    hosts = [welcome.actor.referent, *actors.co_hosts(welcome.trigger, reading.table)]
    return [*hosts, *_husbands_told_by_office(welcome, hosts, reading.table)]


def _husbands_told_by_office(
    welcome: Mention, hosts: list[Referent], table: EntityTable
) -> list[Referent]:
    """ "Were welcomed by President and Mrs. A": an office told bare, joined to a wife's style
    and name, is her husband's; he greets beside her, the one person whose spouse she is."""
    agents = actors.passive_agents(welcome.trigger) or list(children(welcome.trigger, "nsubj"))
    words = [word for agent in agents for word in (agent, *conjuncts_of(agent))]
    if not any(word.lemma_.lower() in role_words() and table.at(word) is None for word in words):
        return []
    styled = [word for word in words if _told_by_a_wifes_style(word)]
    wives = {ref.key for word in styled if (ref := table.at(word)) is not None}
    husbands = [
        ref
        for ref in table.referents
        if ref.label == "PERSON"
        and ref.key not in wives
        and (wife := spouse_named_of(ref, table)) is not None
        and wife.key in wives
    ]
    known = {ref.key for ref in hosts}
    return [ref for ref in husbands if ref.key not in known] if len(husbands) == 1 else []


def _told_by_a_wifes_style(name: Token) -> bool:
    return any(c.lower_ in cue_words("wife_style") for c in children(name, "compound"))


def is_reception(mention: Mention) -> bool:
    """Talks told by a word of welcome ("received", "greeted"): only these welcome a visit."""
    return mention.type == "meeting" and mention.trigger.lemma_ in cue_words("reception")


def visits_welcomed(
    welcome: Mention, earlier: list[Mention], co_hosts: frozenset[str] = frozenset()
) -> list[Mention]:
    """The visit a welcome greets: the arrival it is told with in the passive ("arrived ...
    and was greeted by"; "traveled to X and met with Y" are talks), else the latest arrival
    of the welcomed, told in this sentence or the one before, when the welcome is at an
    airport or a station."""
    if not is_reception(welcome):
        return []
    trigger = welcome_clause(welcome.trigger)
    at_airfield = arrival_met_at_an_airfield(trigger, earlier)
    if at_airfield is not None:
        return fellow_arrivals(welcome, at_airfield, earlier)
    if is_audience(welcome.trigger):
        return []
    passive = any(c.dep_ in ("auxpass", "agent") for c in all_children(trigger))
    arrived = arrival_in_its_sentence(trigger, earlier)
    if arrived is not None and (
        passive or _greets_on_arrival(welcome, arrived) or _greets_where_it_went(welcome, arrived)
    ):
        return fellow_arrivals(welcome, arrived, earlier)
    # "Flew in from Kell, where they had attended a summit. At the airport they were met by
    # X": a stay told where the trip came from is behind the guest, no arrival to greet,
    # unless the welcome is told there too ("from Kell, where he had arrived and was met").
    left_behind = not told_where_left(trigger)
    visits = [
        m
        for m in earlier
        if m.type == "visit"
        and _in_the_welcomes_time(m, welcome, trigger)
        and not m.left_from
        and not (left_behind and told_where_left(m.trigger))
    ]
    if trigger.dep_ == "conj" and passive and _joined_to_talks(trigger, earlier):
        return []
    if trigger.dep_ == "conj" and passive:
        # "Visited the Vatican and was received by the Pope": only an arrival's reception is
        # a welcome; after a trip told by any other verb it is an audience, talks.
        told_with = [
            m
            for m in visits
            if m.trigger.i == trigger.head.i
            and (_told_as_arrival(m.trigger) or _greeted_on_going(trigger, m.trigger))
        ]
        if told_with:
            return told_with
    welcomed = {ref.key for ref in welcome.counterparts} - set(co_hosts)
    since = previous_sentence_start(trigger)
    if not welcomed:
        since = _welcome_window_start(trigger, visits)
    # "A and B arrived ... and X received them": "them" may be read as one of the travellers
    # only, so an active welcome of a group takes every arrival told since.
    anyone = not welcomed or (not passive and _greets_a_group(trigger))
    recent = [
        m for m in visits if m.trigger.i >= since and (anyone or m.actor.referent.key in welcomed)
    ]
    at_arrival = at_arrival_site(trigger) or _on_arrival(trigger) or _went_to_the_site(trigger)
    if at_arrival and all(map(craft_landing, recent)):
        # "Air Force One landed at noon. The President was met at the steps by X": the craft
        # just told landing carries the guests (see `_guests_carried`).
        recent = [m for m in visits if m.trigger.i >= since and craft_landing(m)]
    gone_to = _trips_to_the_place_greeted(trigger, welcomed, recent) if passive else []
    if gone_to:
        return gone_to[-1:]
    greets_arrival = passive and (
        _greets_travellers_arrived(trigger, welcomed, recent)
        or _greets_the_one_just_arrived(trigger, welcomed, recent)
        or _greeted_there(trigger)
    )
    if not (at_arrival or greets_arrival):
        # "Drove to the palace, where X greeted him on the steps": greets the trip its own
        # sentence tells, never one told before it.
        told_with = [m for m in recent if m.trigger.sent == trigger.sent]
        return told_with[-1:] if _greeted_at_the_door(trigger) else []
    # A photo caption or a background paragraph may stand between the arrival and its
    # welcome: a named guest's own latest arrival is the one welcomed, however far back.
    arrivals = [
        m
        for m in visits
        if m.actor.referent.key in welcomed and m.trigger.lemma_ in cue_words("arrival")
    ]
    # "Shortly after his arrival, when he was received by X": the arrival noun names no place;
    # the trip it belongs to is the latest one that does.
    located = [m for m in recent if m.location is not None]
    # "Arrived in Oslo from Rome on a tour that also took him to Bergen. He was welcomed at
    # the airport": an airport welcome greets the arrival, not another stop told beside it.
    landed = [m for m in located if m.trigger.lemma_ in cue_words("arrival")]
    greeted = landed[-1:] or located[-1:] or recent[-1:] or arrivals[-1:]
    if greeted and _greets_a_group(trigger):
        # "A and B arrived ... They were met by X": each co-traveller's arrival is greeted,
        # the one told however far back (when none was just told) as well.
        return [m for m in recent or arrivals if m.trigger.i == greeted[0].trigger.i]
    return greeted


def arrival_met_at_an_airfield(welcome: Token, earlier: list[Mention]) -> Mention | None:
    """ "Arrived on Tuesday and was received at Tarnby by X", "flew to Vadum and was met at
    Kestrel by X": a passive welcome joined to the arrival its own sentence tells, at a name
    that is no town the gazetteer knows, nor a building, is at the airfield the guest came in
    by; so is one at a small town beside the big city flown to, whose airport it names.
    Talks told in the sentence make it talks."""
    passive = any(c.dep_ in ("auxpass", "agent") for c in all_children(welcome))
    if not passive or welcome.dep_ != "conj" or _talks_told(welcome):
        return None
    places = prep_objects(welcome, "at")
    arrivals = (
        m
        for m in earlier
        if m.type == "visit"
        and m.trigger.i == welcome.head.i
        and m.location is not None
        and not m.left_from
        and _told_arriving_or_going(m.trigger)
        and any(_names_an_airfield(word, m.location) for word in places)
    )
    return next(arrivals, None)


def _told_arriving_or_going(trip: Token) -> bool:
    """ "Arrived", "landed", "flew to Vadum", "flew into Vadum": a trip told as its arrival
    or as going there ("visited Vadum and was received at X" is an audience)."""
    going = trip.pos_ == "VERB" and any(prep_objects(trip, "to"))
    return trip.lemma_ in cue_words("arrival") or going or flown_in(trip)


def _names_an_airfield(word: Token, arrived_in: Referent) -> bool:
    """Whether a proper name a guest is met at, just after arriving in a town, names the
    airfield: the gazetteer cannot place it, or places it as a small town in the country of
    the big city arrived in (a suburb one lands *at*); a name of a building ("Vadum Palace",
    "Kell House") is a venue of talks."""
    if word.pos_ != "PROPN":
        return False
    if any(word.i in range(m.start, m.end) for m in arrived_in.mentions):
        return False
    name = [*children(word, "compound"), word]
    if any(part.lemma_.lower() in cue_words("facility") for part in name):
        return False
    found = gazetteer.place(" ".join(part.text for part in sorted(name, key=lambda w: w.i)))
    if found is not None:
        return big_city_near(found, arrived_in)
    # The model may read a town it does not know for a person; one is met at a place.
    return word.ent_type_ not in ("PERSON", "NORP", "DATE", "TIME")


def _talks_told(welcome: Token) -> bool:
    return any(word.lower_ in cue_words("talk_noun") for word in welcome.sent)


def _welcome_window_start(welcome: Token, visits: list[Mention]) -> int:
    """Where the arrivals a welcome of guests it does not name may greet are looked for: from
    the sentence before, or from the one before that when the sentence between only tells the
    guests' craft landing, read as no trip of its own ("A and B arrived in Vik. The couple's
    aircraft landed at noon. X received them at the steps": the landing is the arrival told
    again). So is one when the sentence between looks back to before the arrival ("A landed
    in Vik. She had paused in Kel overnight for fuel. X stood at the runway to greet them"). A named
    guest's own arrival is looked for however far back (below)."""
    since = past_a_look_back(welcome)
    between = welcome.doc[since : welcome.sent.start]
    told_there = any(since <= m.trigger.i < welcome.sent.start for m in visits)
    if len(between) and not told_there and any(map(_craft_told_landing, between)):
        return previous_sentence_start(between[0])
    return since


def past_a_look_back(welcome: Token) -> int:
    """The start of the sentence before a welcome, or of the one before that when the sentence
    between looks back to before the arrival ("She had paused in Kel overnight for fuel"): a told
    past of the story's past is no step of the trip the welcome greets."""
    since = previous_sentence_start(welcome)
    if since < welcome.sent.start and _told_in_the_pluperfect(welcome.doc[since].sent.root):
        return previous_sentence_start(welcome.doc[since])
    return since


def _told_in_the_pluperfect(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ == "had" for c in all_children(verb)
    )


def _craft_told_landing(word: Token) -> bool:
    """A craft, whoever's it is, as the subject of landing: "the couple's aircraft landed"
    (`craft_told_flying` takes an owned craft for its owner's, told arriving itself)."""
    landing = word.head.lemma_ == "land"
    return word.dep_ == "nsubj" and landing and word.lemma_.lower() in cue_words("vehicle")


def _joined_to_talks(welcome: Token, earlier: list[Mention]) -> bool:
    """ "Held talks with A and was received by B", "is to meet A and be received by B": a
    reception joined to talks the guest holds is a second meeting, an audience, and no
    welcome of the arrival told before."""
    verb = welcome.head
    return any(
        m.type == "meeting" and (m.trigger.i == verb.i or m.trigger.head.i == verb.i)
        for m in earlier
    )


def _told_as_arrival(trip: Token) -> bool:
    return trip.lemma_ in cue_words("arrival") or reaches_arrival_site(trip)


def _greeted_on_going(welcome: Token, trip: Token) -> bool:
    """ "Flew to Kell and was welcomed by X": a greeting told with the verb of going there
    greets the arrival it ends in ("visited Kell and was received by X" is an audience)."""
    going = trip.pos_ == "VERB" and any(prep_objects(trip, "to"))
    return going and welcome.lemma_ in cue_words("greeting")


def welcome_clause(trigger: Token) -> Token:
    """ "Was accorded a warm welcome at X by Y": a welcome given is told by the verb giving
    it, which says where and by whom."""
    given = trigger.pos_ in NOUN_POS and trigger.dep_ == "dobj"
    return trigger.head if given else trigger


def fellow_arrivals(welcome: Mention, arrived: Mention, earlier: list[Mention]) -> list[Mention]:
    """ "A and his wife B landed at Y and were greeted by X": the welcome greets each co-traveller
    of the arrival, unless it names the one it greets ("A and B arrived, and A was met by X")."""
    place = arrived.location.key if arrived.location else None
    told = [
        m
        for m in earlier
        if m.type == "visit"
        and m.trigger.i == arrived.trigger.i
        and (m.location.key if m.location else None) == place
        and not m.left_from
    ] or [arrived]
    if not _names_its_guests(welcome_clause(welcome.trigger)):
        # "The couple, together with X, landed and were greeted by Y": a welcome that shares
        # the arrival's subject greets all who arrived, those told "together with" too.
        return told
    guests = {ref.key for ref in welcome.counterparts}
    return [m for m in told if m.actor.referent.key in guests] or told


def _names_its_guests(clause: Token) -> bool:
    """Whether a welcome clause has a subject or object of its own, not the arrival's."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in all_children(clause))


def _greeted_at_the_door(welcome: Token) -> bool:
    """ "X greeted him on the steps of the palace": a welcome at the way into a building greets
    the guest coming in; "greeted him at the door, and the two then held talks" tells the talks
    it opens, which a welcome may not take away."""
    talks = any(word.lower_ in cue_words("talk_noun") for word in words_in(welcome.sent))
    return at_a_threshold(welcome) and not talks


def is_audience(welcome: Token) -> bool:
    """A reception at a venue, not at the door of an arrival nor as a programme's welcome:
    talks of their own rather than the greeting of a visit (see `visits_welcomed`)."""
    trigger = welcome_clause(welcome)
    return _received_at_a_venue(trigger) and not _reception_arranged(trigger)


def _received_at_a_venue(trigger: Token) -> bool:
    """ "Arrived in Tokyo and was received by the Emperor at the Imperial Palace": a reception
    at a place other than where one arrives is an audience, talks of their own. A welcome
    there ("flew to Oslo and was welcomed at the stadium by X") still greets the arrival."""
    places = list(prep_objects(trigger, "at"))
    at_the_door = at_arrival_site(trigger) or _greeted_at_the_door(trigger)
    return trigger.lemma_ in HOSTING and bool(places) and not at_the_door


def _greets_on_arrival(welcome: Mention, arrival: Mention) -> bool:
    """ "Landed at Y at the invitation of the King, who greeted him at the foot of the plane":
    an active welcome of the one who arrived, at the site of arrival, greets that arrival."""
    guests = {ref.key for ref in welcome.counterparts}
    clause = welcome_clause(welcome.trigger)
    at_arrival = at_arrival_site(clause) or _on_arrival(clause) or _greeted_at_the_door(clause)
    return at_arrival and arrival.actor.referent.key in guests


def _greets_where_it_went(welcome: Mention, trip: Mention) -> bool:
    """ "Flies to Vadum, where President X will welcome him": an active greeting of the
    traveller, told of the place the trip goes to, greets them there. "The couple fly to
    Vadum, where X is to receive them": a group greeted by a pronoun that stands for no one
    named is those who go there."""
    guests = {ref.key for ref in welcome.counterparts}
    clause = welcome_clause(welcome.trigger)
    host = welcome.actor.referent.key != trip.actor.referent.key
    greeted = trip.actor.referent.key in guests or (not guests and host and _greets_them(clause))
    return greeted and _welcome_at_destination(clause, trip)


def _greets_them(welcome: Token) -> bool:
    """ "X is to receive them", "they will be met by X": guests told only by a plural pronoun
    ("where she is to receive the chiefs" greets others, not those who went there)."""
    guests = [*children(welcome, "nsubjpass"), *children(welcome, "dobj")]
    return any(word.lower_ in ("they", "them") for word in guests)


def _greets_travellers_arrived(welcome: Token, welcomed: set[str], recent: list[Mention]) -> bool:
    """ "A and B arrived at Y airport. They were welcomed by X": a welcome of the very group
    whose arrival was just told greets that arrival."""
    arrived = {m.actor.referent.key for m in recent if m.trigger.lemma_ in cue_words("arrival")}
    return _greets_a_group(welcome) and len(welcomed) > 1 and welcomed == arrived


def _greets_the_one_just_arrived(welcome: Token, welcomed: set[str], recent: list[Mention]) -> bool:
    """ "X arrived at Y air base on Sunday. He was greeted by Z": a welcome with no place of
    its own, of the one guest whose arrival the sentence before told, greets that arrival."""
    if len(welcomed) != 1 or any(prep_objects(welcome, "at", "in", "on")):
        return False
    before = [m for m in recent if m.trigger.sent.start < welcome.sent.start]
    arrived = {m.actor.referent.key for m in before if m.trigger.lemma_ in cue_words("arrival")}
    return arrived == welcomed


def _trips_to_the_place_greeted(
    welcome: Token, welcomed: set[str], recent: list[Mention]
) -> list[Mention]:
    """ "Flew to Kell on Monday. At Kell he was met by X": a passive welcome of the one guest,
    told at the very town that guest's trip just went to, greets that trip; "was received
    there" may tell an audience, so a reception does not."""
    if len(welcomed) != 1 or welcome.lemma_ in HOSTING:
        return []
    places = [word.i for word in prep_objects(welcome, "at", "in")]
    return [
        m
        for m in recent
        if m.actor.referent.key in welcomed
        and m.location is not None
        and any(span.start <= i < span.end for span in m.location.mentions for i in places)
    ]


def craft_landing(visit: Mention) -> bool:
    """A visit told arriving whose subject is no person: a craft told landing, though it may
    stand for the traveller told before it ("Sky Falcon One landed in the afternoon"). A craft
    that tells whom it carries ("the papal aircraft", "the couple's jet") is their arrival."""
    if visit.trigger.lemma_ not in cue_words("arrival"):
        return False
    subjects = list(children(visit.trigger, "nsubj"))
    if any(map(craft_of_known_travellers, subjects)):
        return False
    return visit.actor.referent.label != "PERSON" or any(map(craft_told_flying, subjects))


def _greeted_there(welcome: Token) -> bool:
    """ "He travelled on to Kell. In the afternoon he was greeted there by X": a welcome told
    "there", at the place a trip just went to, greets that trip ("was received there" may
    tell an audience)."""
    there = any(word.lower_ == "there" for word in children(welcome, "advmod"))
    return there and welcome.lemma_ not in HOSTING


def _greets_a_group(welcome: Token) -> bool:
    """ "They were met", "the couple were greeted", "X received them", "X received the party":
    a welcome of several guests at once."""
    guests = [*children(welcome, "nsubjpass"), *children(welcome, "dobj")]
    return any(
        word.lower_ in ("they", "them")
        or word.tag_ == "NNS"
        or word.lemma_ == "couple"
        or is_the_party_of_office(word)
        for word in guests
    )


def arrival_in_its_sentence(trigger: Token, earlier: list[Mention]) -> Mention | None:
    """ "Landed at Tamarind Bay, where he was met by X", "arrived in Y and was embraced by X":
    a passive welcome in a clause of its own after an arrival told in the same sentence
    greets that arrival, wherever the parse hangs the clause ("visited Y, when he was
    received by X" tells talks)."""
    if told_of_place_left(trigger):
        return None
    if clause_of(trigger).dep_ not in ("relcl", "conj", "advcl"):
        return _arrival_hung_on_welcome(trigger, earlier)
    arrivals = [
        m
        for m in earlier
        if m.type == "visit"
        and m.trigger.sent == trigger.sent
        and m.trigger.i < trigger.i
        and (m.trigger.lemma_ in cue_words("arrival") or _welcome_at_destination(trigger, m))
        and not m.left_from
    ]
    return arrivals[-1] if arrivals else None


def _arrival_hung_on_welcome(welcome: Token, earlier: list[Mention]) -> Mention | None:
    """ "X landed at Y from Z, the last stop of his tour, and was met by W": the parser may
    take the noun set off after the arrival for the welcome's subject and hang the arrival on
    the welcome as a clause of its own; the passive welcome still greets that arrival."""
    passive = any(c.dep_ == "auxpass" for c in all_children(welcome))
    arrivals = [
        m
        for m in earlier
        if m.type == "visit"
        and m.trigger.dep_ == "ccomp"
        and m.trigger.head.i == welcome.i
        and m.trigger.i < welcome.i
        and m.trigger.lemma_ in cue_words("arrival")
        and not m.left_from
    ]
    return arrivals[-1] if passive and arrivals else None


def _welcome_at_destination(welcome: Token, trip: Mention) -> bool:
    """ "Leaves for Vadum, where he will be received by X", "where X will greet him", "where
    X was waiting": a welcome told of the place a trip goes to greets the traveller there."""
    passive = any(c.dep_ in ("auxpass", "agent") for c in all_children(welcome))
    # The word of greeting itself, before its clause is taken: in "where X is to welcome
    # him" the clause is headed by "is", which greets no one. One told waiting there ("flew
    # to Vadum, where X was waiting at the airport") is there to greet the traveller.
    greets = welcome.lemma_ in cue_words("greeting") | cue_words("awaiting")
    # "Drove to Vadum, where X met them": those met, told only by a plural pronoun, are the
    # ones who went there; talks would name whom they are with.
    greets = greets or (welcome.lemma_ == "meet" and _greets_them(welcome))
    told = welcome
    welcome = clause_of(welcome)
    place = welcome.head
    # The parser hangs the "where" on the clause's head or on the word of greeting.
    where = _opened_by_where(welcome, told)
    # "Flies to Y, where X will welcome him": told actively, a greeting that "where" ties to
    # the place greets the traveller too; "where X will receive him" is an audience, but
    # "where X is to receive him" tells the reception arranged for the arrival.
    greeting = where and (greets or _reception_arranged(told))
    if not (passive or greeting) or trip.location is None:
        return False
    if welcome.dep_ == "advcl":
        # "Flies to Y later today, where he will be welcomed by X", hung on the trip's verb.
        return where and place == trip.trigger
    named = place.pos_ == "PROPN" and any(
        place.i in range(m.start, m.end) for m in trip.location.mentions
    )
    return welcome.dep_ == "relcl" and (named or _time_of(place) in _verbs_of_trip(trip.trigger))


def _reception_arranged(welcome: Token) -> bool:
    """ "Where X is to receive him (at his palace)": a reception told as what is arranged, by
    "is to", is the programme's welcome of the traveller there, not talks of its own."""
    head = welcome.head
    arranged = welcome.dep_ == "xcomp" and head.lemma_ == "be" and head.dep_ == "relcl"
    # The parser hangs the "where" on either verb.
    return welcome.lemma_ == "receive" and arranged and _opened_by_where(head, welcome)


def _opened_by_where(*verbs: Token) -> bool:
    """Whether a "where" opens the clause of any of these verbs."""
    return any(c.lower_ == "where" for verb in verbs for c in children(verb, "advmod"))


def clause_of(verb: Token) -> Token:
    """ "Where he is to be received by X", "where she is due to be met by X": a welcome told
    through what is planned hangs on the verb of planning, which heads its clause."""
    while verb.dep_ in ("xcomp", "acomp") and verb.head.pos_ in ("AUX", "VERB", "ADJ"):
        verb = verb.head
    return verb


def _verbs_of_trip(trip: Token) -> list[Token]:
    """The words a trip is told by: its own, and for a trip noun the verb it is the object or
    the subject of ("began their tour in Y on Monday, where X welcomed them", "the tour began in
    Y on Monday, where he was received by X": the time is the beginning's)."""
    made = trip.pos_ in NOUN_POS and trip.dep_ in ("dobj", "nsubj")
    return [trip, trip.head] if made else [trip]


def _time_of(word: Token) -> Token | None:
    """The verb a time word tells the time of ("flies to Y later today, where ..."), whose
    place a "where" hung on the time tells of."""
    if word.ent_type_ not in ("TIME", "DATE"):
        return None
    return word.head.head if word.dep_ == "pobj" else word.head


def told_of_place_left(clause: Token) -> bool:
    """ "Arrived in Y from X, where he spent three days and was received by Z": a clause on
    the place the traveller came from tells of the stay there, not of the arrival."""
    while clause.dep_ == "conj":
        clause = clause.head
    place = clause.head
    return clause.dep_ == "relcl" and place.dep_ == "pobj" and place.head.lower_ == "from"


def _on_arrival(trigger: Token) -> bool:
    """ "Upon arrival, she was greeted by X", "shortly after his arrival, when he was received by
    X": a welcome told at the moment of arriving."""
    arrivals = [*prep_objects(trigger, "on", "upon", "after")]
    # "Plans to greet him in person on arrival": the parse may hang the time on the manner.
    manners = prep_objects(trigger, "in")
    arrivals += (word for manner in manners for word in prep_objects(manner, "on", "upon"))
    if trigger.dep_ == "relcl":
        arrivals.append(trigger.head)
    return any(word.lemma_.lower() == "arrival" for word in arrivals)


def _went_to_the_site(trigger: Token) -> bool:
    """ "X was waiting on the tarmac and greeted his guest", "X drove to the airport to receive
    them": the site of a welcome may be told by the verb it is joined to, of waiting there or
    of going there to greet."""
    if trigger.dep_ == "conj":
        return at_arrival_site(trigger.head)
    return _going_to_greet(trigger) is not None


def _going_to_greet(trigger: Token) -> Token | None:
    """The going a welcome is the purpose of: "drove to the airport to receive them"."""
    going = trigger.head
    purpose = trigger.dep_ in ("advcl", "xcomp") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in all_children(trigger)
    )
    at_site = reaches_arrival_site(going) or at_arrival_site(going)
    return going if purpose and at_site else None


def _in_the_welcomes_time(visit: Mention, welcome: Mention, trigger: Token) -> bool:
    """A welcome greets a trip told in its own time; one told as the purpose of going is
    timed by the going, not by its "to"."""
    going = _going_to_greet(trigger)
    if going is None:
        return visit.status is welcome.status
    # The greeters' own going is no arrival of the guests.
    guests_trip = visit.trigger.i != going.i
    return guests_trip and (visit.status is not EventStatus.OCCURRED) == looks_ahead(going)


def previous_sentence_start(token: Token) -> int:
    start = token.sent.start
    return token.doc[start - 1].sent.start if start > 0 else 0


def group_parties(
    trigger: Token, reading: Reading, earlier: list[Mention], event_type: str = ""
) -> list[Referent]:
    """The parties "the two leaders", "they" or "the heads of state" stand for: the joint
    subjects of the clause a "they" hangs from, else those of the latest meeting, agreement or
    invitation told in this paragraph or the one before (only its leaders, for a group told
    without a count)."""
    anaphor = group_word(trigger)
    # A passive signing whose "by" names a counted group: the signers are the passive's agent, and
    # stand for the pair set up before as the active's subject would.
    signers = group_agent(trigger) if event_type == "agreement" else None
    anaphor = anaphor if anaphor is not None else signers
    word = anaphor if anaphor is not None else _leaders_met(trigger, event_type)
    if word is None:
        return []
    if is_the_visiting_company(word):
        # "The visitors" are the travellers told, or no one: not the pair of the latest talks.
        return parties_told_with(trigger, word, None, reading.table, earlier)
    parties = _parties_of_group(trigger, word, anaphor, reading, earlier, event_type)
    return [] if _met_though_told_not_yet(trigger, parties, earlier) else parties


def _met_though_told_not_yet(
    trigger: Token, parties: list[Referent], earlier: list[Mention]
) -> bool:
    """ "A spoke to him by phone, but the two have not yet met; they could meet in May": a
    group whose own sentence tells that it never met is no pair the story told meeting (who
    it is, the story tells only by a pronoun)."""
    # "Had not met since a visit to Kel" tells that they met then: no denial.
    unmet = any(
        word.lemma_ == "meet"
        and any(child.dep_ == "neg" for child in all_children(word))
        and not any(child.lower_ == "since" for child in all_children(word))
        for word in trigger.sent
    )
    keys = {party.key for party in parties}
    return (
        unmet
        and len(keys) > 1
        and any(
            mention.type == "meeting"
            and mention.status is EventStatus.OCCURRED
            and keys <= {party.key for party in _parties_of(mention)}
            for mention in earlier
        )
    )


def guests_told_as_a_group(
    event_type: str, trigger: Token, host: Referent, reading: Reading, earlier: list[Mention]
) -> list[Referent]:
    """ "X gave a dinner in honour of the two leaders": a meal's guests told only as a counted
    group of leaders are the group the story set up before (the pair that held talks), the
    host none of them."""
    if event_type != "meeting":
        return []
    guests = (word for word in meal_guests(trigger) if _leaders_told_as_guests(word))
    word = next(guests, None)
    if word is None:
        return []
    parties = _parties_of_group(trigger, word, word, reading, earlier, "meeting", host.key)
    return [party for party in parties if party.key != host.key]


def _leaders_told_as_guests(word: Token) -> bool:
    """ "The two leaders", "both heads of state": a counted plural of leaders. (Uncounted, "the
    visiting leaders" of a summit are more than the latest talks told.)"""
    return word.tag_ == "NNS" and office_of_group(word) is not None and group_size(word) is not None


def _parties_of_group(
    trigger: Token,
    word: Token,
    anaphor: Token | None,
    reading: Reading,
    earlier: list[Mention],
    event_type: str,
    host: str | None = None,
) -> list[Referent]:
    """The parties a group word stands for (see `group_parties`); a `host` whose meal the
    group is the guests of is none of them."""
    earlier = [m for m in earlier if not _given_in_their_honour(m, anaphor)]
    # "The two met X": a number told alone counts people.
    counted = GROUP_SIZES.get(word.lower_) if word.pos_ == "NUM" else None
    joint = parties_told_with(trigger, word, counted, reading.table, earlier)
    # "The two leaders" are people: a country that brokered their talks is not one of them.
    people = (
        counted is not None or word.lemma_.lower() in cue_words("group_of_people") | role_words()
    )
    # "The two governments" are the states of the people who met, or nobody told.
    states = word.lemma_.lower() in cue_words("group_of_states")
    # "The two sides signed seven accords": a deal binds the sides' states, not the envoys.
    states = states or (event_type == "agreement" and word.lemma_.lower() == "side")
    since = previous_paragraph_start(trigger, reading.text)
    # "The two ministers" after paragraphs of quotes and background: the last pair of people
    # to meet, however far back; "they" and "both sides" only within the paragraph before.
    size = counted or group_size(word)
    pair = people and size == 2
    office = office_of_group(word)
    # Talks on a leg the traveller came from are background to the stay now told.
    legs_left = {mention.trigger.i for mention in earlier if mention.left_from}
    # "Both ministers arrived and met X": X, named in the clause, is none of the two.
    # ("A received B, and the two men talked": B, met in a clause of A's, may be one of them.)
    named = {ref.key for ref in referents(named_in_clause(trigger, word), reading.table)}
    # "X gave a dinner for the two leaders": the host is none of its guests.
    named |= {host} if host is not None else set()
    just_before = _set_together_just_before(trigger, anaphor, pair, office, reading, earlier)
    apart = named.isdisjoint(party.key for party in just_before)
    sources = _candidate_sources(trigger, reading, earlier, pair=pair)
    going_on = _travellers_going_on(event_type, sources, size, since, reading.table)
    going_on = going_on if people and named.isdisjoint(p.key for p in going_on) else []
    party = _party_travelling_on(event_type, word, sources, since)
    party = party if named.isdisjoint(p.key for p in party) else []
    joint = joint or (just_before if apart else []) or going_on or party
    if joint:
        return joint
    travellers_beside = _travellers_told_beside(trigger, earlier)
    home = _office_of_venue(trigger)
    # Two who hold talks with each other or sign are one of each side; two who travel on, or
    # who meet someone named ("the two held talks with X"), may be one party.
    talks = event_type != "visit" and not named
    if pair and office is not None and "leader" not in office:
        # "The two prime ministers", after one of them met a boy told with no office: the
        # latest pair who both hold it, before any pair that one of them made since.
        sources.sort(key=lambda mention: not _all_hold(_parties_of(mention), office))
    for mention in sources:
        if mention.trigger.idx <= since and not pair:
            break
        if mention.trigger.i in legs_left:
            continue
        parties = _group_told_again(mention) if word.lower_ == "they" else []
        parties = parties or _parties_set_up(mention, reading, earlier)
        parties = [party for party in parties if party.key not in named]
        # "X arrived and was welcomed by Y", with Y's long title split and X read as his own
        # host: one person set up twice is a misread welcome, no group to stand for.
        twice = len({party.key for party in parties}) < len(parties)
        if people:
            parties = [party for party in parties if party.label == "PERSON"]
        parties = _without_fellow_travellers(parties, office, earlier) if pair else parties
        elsewhere = _met_in_another_country(mention, trigger, reading, earlier)
        if pair and (unlike_office(parties, office) or elsewhere):
            continue
        # "X and his wife arrived ... The two sides held talks": one side of the talks, not two
        # ("They were greeted by Y" may well be the couple); nor are a couple and the host who
        # welcomed them, counted one by one, the two sides.
        one_side = word.lemma_.lower() == "side" and _a_couple(parties, reading.table)
        if pair and len(parties) > 2 and office is not None:
            # "The two presidents", after a president arrived with his wife and was met by
            # another and his: the two who hold the office.
            parties = [party for party in parties if holds_office(party, office)]
        misread = _another_pair(parties, word, travellers_beside, reading.table)
        misread = misread or (talks and _holds_a_companion(parties, earlier, reading.table))
        not_the_pair = pair and (_not_a_pair_at(mention, parties, reading, home) or misread)
        if states:
            parties = _states_of(parties, reading.table)
        if not _sets_up_group(mention) or not_the_pair or one_side or twice:
            continue
        if _fits_group(parties, size, pair):
            return parties if anaphor is not None else _leaders_among(parties, office)
    named_before = _named_before(
        trigger, word, size, home, reading, earlier, people=people, talks=pair and talks
    )
    if pair and _another_pair(named_before, word, travellers_beside, reading.table):
        return []
    found = named_before or (travellers_counted(trigger, size, earlier) if people else [])
    signers = event_type == "agreement" and size == 2
    found = found or (
        _signers_of_talks_just_before(trigger, since, earlier, reading, states) if signers else []
    )
    # "A and B landed in Kel ... On Thursday they fly to Vik": "they" who go somewhere, with no
    # group told nearer, are the company told travelling last, however far back.
    going = event_type == "visit" and word.lower_ == "they" and anaphor is not None
    return found or (company_going_on(trigger, earlier, royal=False) if going else [])


def _signers_of_talks_just_before(
    trigger: Token,
    since: int,
    earlier: list[Mention],
    reading: Reading,
    states: bool,
) -> list[Referent]:
    """Talks of A with B, and later a pact that a counted pair of ministers put their names to: a
    signing whose signers are told only as a counted pair, when the ranking of pairs finds none (an
    office told another way, talks held in another country than the story's), is by the two whose
    talks were told last in its paragraph or the one before; their states for "the two governments".
    Talks of more than two, or none told that near, leave the signers unknown."""
    talks = next(
        (m for m in reversed(earlier) if m.type == "meeting" and m.trigger.idx > since), None
    )
    if talks is None or talks.trigger.i > trigger.i:
        return []
    parties = list({party.key: party for party in _parties_of(talks)}.values())
    if len(parties) != 2:
        return []
    if states:
        return _states_of(parties, reading.table)
    return parties if all(party.label == "PERSON" for party in parties) else []


def _named_before(
    trigger: Token,
    word: Token,
    size: int | None,
    home: frozenset[str] | None,
    reading: Reading,
    earlier: list[Mention],
    *,
    people: bool,
    talks: bool = False,
) -> list[Referent]:
    """The group as the people named before set it up, when no event told before does."""
    office = office_of_group(word)
    found = group_named_before(trigger, office, size, reading.table, earlier, people=people)
    # A couple named together last ("the President and Elin Varga gave a dinner") is no pair of
    # leaders: the traveller and the host are, when they are told.
    couple = size == 2 and _a_spouse_among(found, word, reading.table)
    couple = couple or (talks and _holds_a_companion(found, earlier, reading.table))
    if couple:
        found = []
        # "The two men", told where a couple stood beside them, are leaders all the same.
        office = office or frozenset({"leader"})
    if not found and people and size == 2:
        found = traveller_and_host_named_before(trigger, office, home, reading, earlier)
    return found


def _another_pair(
    parties: list[Referent], word: Token, travellers: set[str], table: EntityTable
) -> bool:
    """Whether a pair found for "the two leaders" is plainly not theirs: it leaves out a
    traveller the group's own sentence tells, or holds a spouse."""
    return _leaves_out(parties, travellers) or _a_spouse_among(parties, word, table)


def _holds_a_companion(parties: list[Referent], earlier: list[Mention], table: EntityTable) -> bool:
    """Whether a pair found for two who hold talks holds someone told only arriving beside
    another traveller ("A and his wife B landed", "A and his foreign minister B flew in"): the
    companion is on the traveller's side, so the pair is one side of the visit, or a companion
    standing in for the traveller, not the traveller and the host."""
    companions = companions_of_travellers(earlier, table)
    return any(party.key in companions for party in parties)


def _travellers_told_beside(trigger: Token, earlier: list[Mention]) -> set[str]:
    """The people the group's own sentence names travelling before it: "A went to Kel in May,
    when the two leaders signed a treaty" names A as one of the two. ("The visit returns one A
    made": the visit's traveller, told elsewhere, may have been read as anyone.)"""
    start = trigger.sent.start
    travellers = (
        mention.actor.referent
        for mention in earlier
        if mention.type == "visit" and mention.trigger.sent == trigger.sent
    )
    return {
        person.key
        for person in travellers
        if person.label == "PERSON"
        and any(start <= span.start < trigger.i for span in person.mentions)
    }


def _a_spouse_among(parties: list[Referent], word: Token, table: EntityTable) -> bool:
    """ "The two leaders", "the two men" are never a leader and the wife told beside him or
    beside the other: a pair holding one is a misread couple or greeting."""
    leaders = word.lemma_.lower() == "man" or office_of_group(word) is not None
    spouse = any(map(known_as_spouse, parties)) or married(parties, table)
    return leaders and (spouse or _one_family_name(parties))


def _one_family_name(parties: list[Referent]) -> bool:
    """ "The President and Elin Varga gave a dinner": two people of one family name are a
    couple or kin, never the two leaders who hold talks with each other."""
    names = [party.name.split() for party in parties if party.label == "PERSON"]
    full = [name for name in names if len(name) > 1]
    return len(full) == 2 and full[0][-1] == full[1][-1]


def _leaves_out(parties: list[Referent], travellers: set[str]) -> bool:
    """Whether a pair leaves out a traveller its sentence tells: then it is another pair."""
    return bool(parties) and not travellers <= {party.key for party in parties}


def _travellers_going_on(
    event_type: str, sources: list[Mention], size: int | None, since: int, table: EntityTable
) -> list[Referent]:
    """ "A and her foreign minister B left for Kel. From there the two leaders go on to Vik": a
    group told travelling on is the people told travelling together last, in this paragraph or
    the one before, whatever office each holds; not the host one of them held talks with
    before (hosts stay home)."""
    if event_type != "visit" or size is None:
        return []
    latest = next((mention for mention in sources if _sets_up_group(mention)), None)
    if latest is None or latest.trigger.idx <= since or not _travelled_together(latest):
        return []
    travellers = [latest.actor.referent, *latest.co_actors]
    people = all(party.label == "PERSON" for party in travellers)
    fits = len(travellers) == size and not _a_couple(travellers, table)
    return travellers if people and fits else []


def _set_together_just_before(
    trigger: Token,
    anaphor: Token | None,
    pair: bool,
    office: frozenset[str] | None,
    reading: Reading,
    earlier: list[Mention],
) -> list[Referent]:
    """ "The two men" after a sentence setting two people together: that pair (see
    `pair_set_together_just_before`), unless the group's own sentence tells an event before
    it, whose parties it then means ("A and B held talks, and the two ministers will meet
    again")."""
    if anaphor is None or not pair or any(m.trigger.sent == trigger.sent for m in earlier):
        return []
    found = pair_set_together_just_before(trigger, office, reading.table, reading.text)
    # "Talks at the Prime Minister's Residence" are not two of whom neither holds the office.
    at_home = not _none_at_home(found, _office_of_venue(trigger))
    return found if len(found) == 2 and at_home else []


def _met_in_another_country(
    mention: Mention, trigger: Token, reading: Reading, earlier: list[Mention]
) -> bool:
    """ "X held talks with A in Kel. ... In Vik, the two leaders met": talks in another
    country than the one the group is told in are not its pair's when one of their parties is
    told going there and the other never is. A pair who meet in several towns of one country,
    or who "will meet again in New York", with neither told going, stays the pair. A group
    told in no town is where the story is filed ("VIK - X landed, coming from Kel, where he
    had held talks with A. The two presidents then met at the palace")."""
    if mention.sentence == trigger.sent:
        # "A was received by B in Kel in 2013, when the two discussed X": its own sentence's.
        return False
    here = (
        _country_code_told_in(trigger, reading.table)
        or _country_code(reading.here)
        or _country_of_the_stay(trigger, reading, earlier)
    )
    there = _country_code(mention.location)
    if here is None or there is None or here == there:
        return False
    gone = {
        party.key
        for visit in earlier
        if visit.type == "visit" and _country_code(visit.location) == here
        for party in (visit.actor.referent, *visit.co_actors)
    }
    told_there = [party.key in gone for party in _parties_of(mention)]
    return any(told_there) and not all(told_there)


def _without_fellow_travellers(
    parties: list[Referent], office: frozenset[str] | None, earlier: list[Mention]
) -> list[Referent]:
    """ "A and his foreign minister B arrived and were welcomed by C. The two presidents held
    talks": who travels beside a party holding another office is on that party's side, not
    one of a pair who meet. (Two leaders who travel together, "the two Soviet leaders", may
    be the pair.)"""
    if len(parties) < 3 or office is None:
        return parties
    keys = {party.key for party in parties}
    fellows = {
        fellow.key
        for mention in earlier
        if mention.type == "visit" and mention.actor.referent.key in keys
        for fellow in mention.co_actors
        if holds_office(fellow, office) is False
    }
    kept = [party for party in parties if party.key not in fellows]
    return kept if len(kept) > 1 else parties


def _country_of_the_stay(trigger: Token, reading: Reading, earlier: list[Mention]) -> str | None:
    """ "X arrived in Kel on Monday and was met by A. The two presidents held talks": in a
    story filed from nowhere told, a group is where the latest arrival told in its paragraph
    or the one before took the traveller, not where the lead says the tour goes next."""
    since = previous_paragraph_start(trigger, reading.text)
    arrivals = [
        mention
        for mention in earlier
        if mention.type == "visit"
        and since < mention.trigger.idx < trigger.idx
        and mention.status is EventStatus.OCCURRED
        and not mention.left_from
        and not _told_in_the_past_perfect(mention.trigger)
    ]
    trips = {mention.trigger.i for mention in arrivals}
    arrivals = [mention for mention in arrivals if not _leg_set_beside(mention.trigger, trips)]
    return _country_code(arrivals[-1].location) if arrivals else None


def _leg_set_beside(trip: Token, trips: set[int]) -> bool:
    """ "The Kel stop follows his visit to Vik, where he met A": a trip told as the object of a
    verb whose subject is another trip is the leg that one is set beside, not the stay told."""
    if trip.dep_ != "dobj":
        return False
    return any(subject.i in trips for subject in children(trip.head, "nsubj"))


def _told_in_the_past_perfect(trigger: Token) -> bool:
    """ "Coming from Vik, where he had visited the camp": a leg before the one told."""
    return trigger.tag_ == "VBN" and any(
        child.dep_ == "aux" and child.lemma_ == "have" for child in all_children(trigger)
    )


def _country_code_told_in(trigger: Token, table: EntityTable) -> str | None:
    """The country of the town a trigger is told "in": "In Vik, the two leaders met"; talks
    told as the subject of a verb are where the verb says ("talks began in Vik")."""
    words = prep_objects(trigger, "in")
    if trigger.dep_ in ("nsubj", "nsubjpass") and trigger.pos_ in NOUN_POS:
        words = [*words, *prep_objects(trigger.head, "in")]
    found = (referent(word, table) for word in words)
    codes = (_country_code(ref) for ref in found if ref is not None and ref.label == "GPE")
    return next((code for code in codes if code is not None), None)


def _country_code(place: Referent | None) -> str | None:
    if place is None or place.label not in PLACE_LABELS:
        return None
    where = place.place or gazetteer.place(place.name)
    return where.country_code if where is not None else None


def _not_a_pair_at(
    mention: Mention, parties: list[Referent], reading: Reading, home: frozenset[str] | None
) -> bool:
    """Whether a mention's parties cannot be "the two leaders" who hold talks: a couple, two
    who greeted a guest together, or none holding the office whose residence is the venue."""
    return (
        _a_couple(parties, reading.table)
        or _greeters_only(mention, parties, reading)
        or _none_at_home(parties, home)
    )


def _a_couple(parties: list[Referent], table: EntityTable) -> bool:
    """ "X and his wife Y arrived ... The two leaders held talks": a man and his wife who
    travel together are not the pair who hold talks."""
    spouses = (spouse_named_of(party, table) for party in parties if party.label == "PERSON")
    keys = {party.key for party in parties}
    return any(spouse is not None and spouse.key in keys for spouse in spouses)


def _greeters_only(mention: Mention, parties: list[Referent], reading: Reading) -> bool:
    """ "The guest was met at the airport by A and B": A and B greet together, on one side of
    the welcome; they are not a pair who hold talks with each other."""
    if mention.type != "meeting" or mention.trigger.lemma_ not in cue_words("reception"):
        return False
    greeters = {ref.key for ref in hosts_of(mention, reading)}
    return len(greeters) > 1 and all(party.key in greeters for party in parties)


def _office_of_venue(trigger: Token) -> frozenset[str] | None:
    """ "Talks at the Prime Minister's Residence": the office whose holder's house or office
    the talks are told at."""
    clause = [trigger, *(word for word in ancestors_of(trigger) if word.pos_ in NOUN_POS)]
    clause += [word.head for word in clause[-1:] if word.dep_ == "dobj"]
    venues = (venue for word in clause for venue in prep_objects(word, "at"))
    holders = (owner for venue in venues for owner in children(venue, "poss"))
    offices = (office_of_group(owner) for owner in holders)
    return next((office for office in offices if office is not None), None)


def _none_at_home(parties: list[Referent], office: frozenset[str] | None) -> bool:
    """Whether talks told at an office's residence have no party told holding the office:
    "the two leaders held talks at the Prime Minister's Residence" are not the president and
    his guest, however lately they met."""
    return office is not None and all(holds_office(party, office) is False for party in parties)


def _fits_group(parties: list[Referent], size: int | None, pair: bool) -> bool:
    """Whether an event's parties can be the group: "the four heads of state" are not the three
    who signed; an uncounted group is any two or more, "the two leaders" exactly two."""
    if size is not None and size > 2:
        return len(parties) == size
    return len(parties) == 2 or (len(parties) > 2 and not pair)


def _leaders_met(trigger: Token, event_type: str) -> Token | None:
    """ "The heads of state held talks": told without a count, only the leaders of a meeting."""
    return leaders_as_a_group(trigger) if event_type == "meeting" else None


def _leaders_among(parties: list[Referent], office: frozenset[str] | None) -> list[Referent]:
    """ "The heads of state", after a president was greeted by another and his wife: those
    printed with the office, when they are several; else the group is not known."""
    if office is None:
        return []
    holders = [party for party in parties if holds_office(party, office)]
    return holders if len(holders) > 1 else []


def _given_in_their_honour(mention: Mention, anaphor: Token | None) -> bool:
    """ "They fly on to Vik, where X will give a banquet in their honour, before calling at
    Kel": a meal told after "they" for "them" has its guests from "they", and its host is none
    of them."""
    if anaphor is None:
        return False
    after = mention.trigger.i > anaphor.i and mention.trigger.sent == anaphor.sent
    guests = meal_guests(mention.trigger) if after and mention.type == "meeting" else []
    return any(word.lower_ in PLURAL_GUEST_PRONOUNS for word in guests)


def _candidate_sources(
    trigger: Token, reading: Reading, earlier: list[Mention], *, pair: bool
) -> list[Mention]:
    """The mentions a group word may stand for the parties of, likeliest first: the latest,
    but for a pair whose talks are only recalled ("the two leaders last met in Lima in
    January"), the first: recalled talks tell how the story's own pair know each other, not
    whom one of them met in passing since. A pair stands for a guest's talks, not for
    whoever greeted him on arrival."""
    if not pair:
        return earlier[::-1]
    # A welcome stands for the guest's talks before pairs are ranked, and each event counts
    # once: ranked as the welcome, talks on the day of arrival would take the weight of the
    # greeting and its call ("greeted by A, before calling on her") and outrank the story's
    # own talks.
    talks = [_talks_of_the_greeted(mention, reading, earlier) or mention for mention in earlier]
    told_once = list({id(mention): mention for mention in talks}.values())
    if not _recalled(trigger):
        return talks[::-1]
    if named_in_clause(trigger):
        return talks  # "The two leaders had met X in Kel": two who went to X together
    # "X and his wife landed ... The two leaders first met in July": two who met each other
    # before, not two who travel together.
    told = [mention for mention in talks if not _travelled_together(mention)]
    # "X met A at the cathedral. ... X held talks with B, and B hosted a dinner for him. The
    # two presidents first met in May": the pair the story tells meeting most often.
    told.sort(key=lambda mention: -_times_told_together(mention, told_once))
    just_before = _talks_told_just_before(trigger, reading, earlier)
    return [_talks_of_the_greeted(m, reading, earlier) or m for m in just_before] + told


def _talks_told_just_before(
    trigger: Token, reading: Reading, earlier: list[Mention]
) -> list[Mention]:
    """ "X was at the palace for his first talks with B. The two men first met in 1985": talks
    told earlier in the recall's own paragraph are those of the two just named."""
    start = reading.text.rfind(PARAGRAPH_BREAK, 0, trigger.idx)
    told = [mention for mention in earlier if start < mention.trigger.idx < trigger.idx]
    # "B will welcome him at the palace for talks": talks told naming one side only are the
    # welcome's, and the welcome names the pair.
    talks = [mention for mention in told if mention.type == "meeting" and _names_two(mention)]
    if not talks:
        return []
    # "A held talks with B in 2005. In May C travelled to Vik. The two men met again": a trip
    # of another told since leaves B's talks behind.
    parties = {party.key for party in _parties_of(talks[-1])}
    since = told[told.index(talks[-1]) :]
    return talks[-1:] if all(m.actor.referent.key in parties for m in since) else []


def _names_two(mention: Mention) -> bool:
    return len({party.key for party in _parties_of(mention)}) > 1


def _times_told_together(mention: Mention, earlier: list[Mention]) -> int:
    """How many mentions tell the two or more parties of this one together."""
    parties = {party.key for party in _parties_of(mention)}
    if len(parties) < 2:
        return 0
    return sum(parties <= {party.key for party in _parties_of(other)} for other in earlier)


def _party_travelling_on(
    event_type: str, word: Token, sources: list[Mention], since: int
) -> list[Referent]:
    """ "A and B go to Kel, where A has lunch with C. Next day they fly to Vik":
    "they" who go on are the party told travelling together in this paragraph or the one
    before, when all told since is what one of them did there; whom one of them met there
    stays home."""
    if event_type != "visit" or word.lower_ != "they":
        return []
    recent = [mention for mention in sources if mention.trigger.idx > since]
    trip = next((mention for mention in recent if _travelled_together(mention)), None)
    if trip is None:
        return []
    travellers = [trip.actor.referent, *trip.co_actors]
    keys = {party.key for party in travellers}
    # With nothing told since, the trip itself is the latest group, read as any other.
    since_trip = recent[: recent.index(trip)]
    theirs = all(keys & {party.key for party in _parties_of(m)} for m in since_trip)
    people = all(party.label == "PERSON" for party in travellers)
    return travellers if since_trip and theirs and people else []


def _travelled_together(mention: Mention) -> bool:
    return mention.type == "visit" and bool(mention.co_actors) and not mention.counterparts


def _all_hold(parties: list[Referent], office: frozenset[str]) -> bool:
    people = [party for party in parties if party.label == "PERSON"]
    return len(people) > 1 and all(holds_office(party, office) for party in people)


def _group_told_again(mention: Mention) -> list[Referent]:
    """ "The couple will fly to Kel, where they are to call on X. On Thursday they will visit
    Vik": a "they" after a mention told of a group means that group again, not whom it met."""
    if group_word(mention.trigger) is None:
        return []
    return [mention.actor.referent, *mention.co_actors, *mention.fellows]


def _parties_set_up(mention: Mention, reading: Reading, earlier: list[Mention]) -> list[Referent]:
    """The parties a mention sets up for a later "the two leaders": a welcome on arrival sets
    up the guest and the host who greets them, not the host and those beside the host."""
    told = [mention.actor.referent, *mention.co_actors, *mention.counterparts]
    co_hosts = _meal_co_hosts(mention, reading)
    if co_hosts:
        # "A and B gave a banquet in honour of C": the meal sets up its host and guest; who
        # hosts beside the host is on the host's side, not one of a pair who met.
        return [party for party in told if party.key not in co_hosts]
    before = [m for m in earlier if m.trigger.i < mention.trigger.i]
    awaited = _guests_awaited_on_landing(mention, before)
    if awaited:
        return [*awaited, mention.actor.referent]
    if not welcomed_at_arrival_site(mention):
        return told
    co_hosts = frozenset(ref.key for ref in actors.co_hosts(mention.trigger, reading.table))
    guests = [visit.actor.referent for visit in visits_welcomed(mention, before, co_hosts)]
    # Two leaders who "met at the airport" greet no arrival: they are the pair.
    return [*guests, mention.actor.referent] if guests else told


def _guests_awaited_on_landing(waiting: Mention, before: list[Mention]) -> list[Referent]:
    """ "A landed at Kel, where President B and Prime Minister C were waiting": those told
    waiting where a guest lands greet him together, so the pair a later "the two heads of
    state" means is the guest and the host who leads the greeting, not the two greeters."""
    if waiting.type != "meeting" or waiting.trigger.lemma_ not in cue_words("awaiting"):
        return []
    arrived = arrival_in_its_sentence(waiting.trigger, before)
    if arrived is None:
        return []
    return [visit.actor.referent for visit in fellow_arrivals(waiting, arrived, before)]


def _meal_co_hosts(meal: Mention, reading: Reading) -> frozenset[str]:
    """Who gives a meal in a guest's honour beside its host: the parse hangs them on the verb
    that gives the meal ("A and B gave a banquet for C")."""
    trigger = meal.trigger
    if meal.type != "meeting" or not meal_guests(trigger):
        return frozenset()
    giver = trigger.head if trigger.dep_ == "dobj" else trigger
    found = actors.co_hosts(giver, reading.table)
    return frozenset(ref.key for ref in found if ref.key != meal.actor.referent.key)


def _talks_of_the_greeted(
    welcome: Mention, reading: Reading, earlier: list[Mention]
) -> Mention | None:
    """ "Vell landed in Oskar and was met at the airport by the deputy speaker, before talks
    with President Marn": the pair a later "the two presidents" means is the guest and whom
    he held talks with on that stay, not the official who only greeted him."""
    if welcome.type != "meeting" or welcome.trigger.lemma_ not in cue_words("reception"):
        return None
    greeters = {ref.key for ref in hosts_of(welcome, reading)}
    guests = {ref.key for ref in _parties_set_up(welcome, reading, earlier)} - greeters
    # "X arrived from Kel, where he held talks with A, and was met by B": talks on the leg the
    # guest came from are of the stay before, not the one the welcome opens.
    legs_left = {mention.trigger.i for mention in earlier if mention.left_from}
    talks = (
        mention
        for mention in earlier
        if mention is not welcome
        and mention.type in GROUP_SOURCES
        and not mention.taken_up
        and mention.trigger.i not in legs_left
        and not guests.isdisjoint(ref.key for ref in _parties_of(mention))
        and greeters.isdisjoint(ref.key for ref in _parties_of(mention))
        and _on_the_same_stay(mention, welcome)
    )
    return next(talks, None) if guests and _greets_arrival(welcome, earlier) else None


def _greets_arrival(welcome: Mention, earlier: list[Mention]) -> bool:
    before = [m for m in earlier if m.trigger.i < welcome.trigger.i]
    return welcomed_at_arrival_site(welcome) or bool(visits_welcomed(welcome, before))


def _parties_of(mention: Mention) -> list[Referent]:
    return [mention.actor.referent, *mention.co_actors, *mention.counterparts]


def _on_the_same_stay(talks: Mention, welcome: Mention) -> bool:
    """Talks told with the welcome, or on its day, are of the stay it opened; talks on
    another day may be of another trip."""
    if talks.sentence.start == welcome.sentence.start:
        return True
    day, other = talks.date, welcome.date
    if day is None or other is None or "day" not in (day.precision, other.precision):
        return False
    return (day.precision, day.value) == (other.precision, other.value)


def _sets_up_group(mention: Mention) -> bool:
    """A visit with its host named, or made by co-travellers, sets up the pair a later "the
    two leaders" means, as a meeting does; an invitation told only as taken up ("arrived at the
    invitation of X") does not: those who travel on it are not with the one who asked them."""
    if mention.type in GROUP_SOURCES:
        return not mention.taken_up
    return mention.type == "visit" and bool(mention.counterparts or mention.co_actors)


def _states_of(parties: list[Referent], table: EntityTable) -> list[Referent]:
    """The state of each party, or none at all when one of them has no known state."""
    found = [_state_of(party, table) for party in parties]
    return [state for state in found if state is not None] if None not in found else []


def _state_of(party: Referent, table: EntityTable) -> Referent | None:
    if party.label == "GPE":
        return party
    return state_of_person(party, table) if party.label == "PERSON" else None
