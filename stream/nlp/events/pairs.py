"""Pairs, couples and counted groups told before, which a later "the two" or "the couple"
stands for.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from stream.contracts import EventStatus
from stream.nlp import gazetteer
from stream.nlp.doctext import all_children, ancestors_of, conjuncts_of, subtree_of
from stream.nlp.entities.canonical import holds_office, known_as_spouse, styled_as_spouse
from stream.nlp.entities.offices import title_of
from stream.nlp.entities.table import EntityTable, Referent
from stream.nlp.events.arrival_sites import at_arrival_site
from stream.nlp.events.gatherings import previous_paragraph_start
from stream.nlp.events.meetings import met_words
from stream.nlp.events.mention import PARAGRAPH_BREAK, Mention, Reading
from stream.nlp.events.records import is_definite
from stream.nlp.events.trip_parties import traveller_of_trips_told_before
from stream.nlp.gazetteer import Place, country_of_demonym
from stream.nlp.lexicon import cue_words, rank_words, role_words, title_lists, title_words
from stream.nlp.roles.actors import acceptor, co_hosts
from stream.nlp.roles.appositions import names_set_off, referents
from stream.nlp.roles.companions import (
    is_the_couple,
    is_the_party_of_office,
    is_the_visiting_company,
    tells_a_meal,
)
from stream.nlp.roles.guests import is_welcome, meal_guests, visitor_other_than
from stream.nlp.roles.met_parties import (
    counterparts,
    governing_subjects,
    invitees,
    made_or_handed,
    reason_of_a_trip,
)
from stream.nlp.roles.owners import spouse_named_of
from stream.nlp.roles.reference import nationality, referent
from stream.nlp.roles.syntax import (
    NOUN_POS,
    TITLE_WORDS,
    Role,
    children,
    office_of_style,
    passengers_carried,
    prep_objects,
    with_conjuncts,
)
from stream.nlp.roles.venues import (
    met_one_by_one,
    objects_governing,
    pair_governing,
    subjects_governing,
)

# The styles of a party that travels with a crown: its royals, not the president who hosts them.
ROYAL_STYLES = frozenset({"royal", "imperial"})


def parties_named(
    event_type: str,
    trigger: Token,
    actor: Role,
    reading: Reading,
    earlier: list[Mention],
    status: EventStatus,
) -> list[Referent]:
    """The other parties the trigger's clause names; a group met one at a time ("received
    each of his guests") is the guests told before."""
    if event_type == "meeting" and met_one_by_one(trigger) is not None:
        return _guests_told_before(trigger, actor, reading, earlier)
    named = counterparts(trigger, reading.table, event_type, actor.referent.key)
    if event_type == "meeting":
        named = _guest_as_the_traveller(trigger, actor, named, reading, earlier)
    if event_type == "invitation":
        state_bodies = stood_for_by_state(trigger, actor, reading.table)
        named = [ref for ref in named if ref.key not in state_bodies]
        named = _invited_by_role(trigger, actor, named, reading.table, earlier)
        named = named or _traveller_of_the_trip_told(trigger, actor, earlier)
        named = named or _traveller_of_the_trip_taken_up(trigger, actor, reading, earlier)
        # The clause's subject, read among the parties, is the inviter, never one invited.
        if all(ref.key == actor.referent.key for ref in named):
            named = _invitee_left_unsaid(trigger, actor, reading.table, earlier) or named
    couple = _couple_met(event_type, trigger, actor, reading, earlier)
    wives = _wives_styled_among_guests(event_type, trigger, reading.table)
    wives = [wife for wife in wives if wife not in named and wife not in couple]
    wives += _couple_told_by_title(event_type, trigger, actor, reading.table)
    wives += _husbands_styled_beside_wives(event_type, trigger, reading.table)
    wives = list({party.key: party for party in wives if party not in named + couple}.values())
    wives += _guest_told_by_the_hosts_office(event_type, trigger, actor, reading.table)
    counted = _counted_guests_met(event_type, trigger, actor, earlier)
    counted = counted or _visiting_group_met(event_type, trigger, actor, named, earlier)
    guest_named = _guest_named(trigger, named, reading.table)
    if not (couple or counted or guest_named):
        counted = _guests_the_host_met_before(event_type, trigger, actor, reading.table, earlier)
    if not (couple or counted or guest_named):
        counted = _guests_told_as_them(event_type, trigger, actor, status, reading, earlier)
    if not (couple or counted or guest_named):
        counted = _head_of_the_delegation(event_type, trigger, actor, reading.table)
    return [*named, *couple, *wives, *counted]


def _guest_as_the_traveller(
    trigger: Token, actor: Role, named: list[Referent], reading: Reading, earlier: list[Mention]
) -> list[Referent]:
    """ "The President received his guest", "X and the visitor held talks", "a dinner for the
    visiting premier": one guest told only by that role is the traveller of the trip the story
    is telling there, not whom the words alone might be read as (a greeter, a spouse, the
    person told of most in the whole story). Before any trip is told, the story's visitor;
    when neither is known, the guest is no one."""
    # A welcome where the visitor steps off the plane is read from the arrival itself, with those
    # greeting beside the host (see `greetings`).
    if is_welcome(trigger) and at_arrival_site(trigger):
        return named
    host = actor.referent.key
    guests = [word for word in _words_met(trigger) if _one_guest_by_role(word)]
    read_as = {ref.key for word in guests if (ref := referent(word, reading.table)) is not None}
    # "The visitor met X": a guest word read as the actor is the traveller meeting, no guest.
    if not guests or host in read_as:
        return named
    traveller = traveller_of_trips_told_before(trigger, host, reading, earlier)
    # No trip told yet (a lead that opens on the talks): the story's visitor, told of most.
    traveller = traveller or visitor_other_than(host, reading.table)
    kept = [ref for ref in named if ref.key not in read_as]
    if traveller is None or any(ref.key == traveller.key for ref in kept):
        return kept
    # The guest keeps the place its words were read at (the first party met is the guest).
    first = next((k for k, ref in enumerate(named) if ref.key in read_as), 0)
    at = sum(ref.key not in read_as for ref in named[:first])
    return [*kept[:at], traveller, *kept[at:]]


def _words_met(trigger: Token) -> list[Token]:
    """Who a meeting's clause meets, and who meets beside its subject ("X and his guest held
    talks", "his guest was received by X")."""
    # "X and his guest held talks": the talks are the trigger, the verb holding them has
    # the subjects.
    verb = trigger.head if trigger.dep_ == "dobj" else trigger
    # An office joined by "and" to the guest it hosts: the parser may make both subjects of the
    # verb.
    subjects = list(children(verb, "nsubj"))
    beside = [*subjects, *(c for subject in subjects for c in conjuncts_of(subject))]
    return [*met_words(trigger), *meal_guests(trigger), *beside, *children(verb, "nsubjpass")]


def _one_guest_by_role(word: Token) -> bool:
    """ "His guest", "the visitor", "the visiting premier": one person told only as the guest,
    with no name, nationality or style beside the role."""
    if word.tag_ != "NN":
        return False
    visiting = [child for child in all_children(word) if child.lower_ == "visiting"]
    lemma = word.lemma_.lower()
    role = lemma in cue_words("guest") or (bool(visiting) and lemma in role_words())
    told = [child for child in all_children(word) if child.dep_ in ("det", "poss")]
    rest = [
        c for c in all_children(word) if c not in told and c not in visiting and c.dep_ != "prep"
    ]
    definite = any(d.dep_ == "poss" or d.lower_ == "the" for d in told)
    return role and definite and not rest


def host_of_invitation_accepted(mention: Mention, earlier: list[Mention]) -> Mention:
    """ "Y accepted an invitation to visit Lorvia": an invitation told only as taken up, naming
    no one who made it, was made by the one of Lorvia whom Y was last told meeting; the one
    who accepts is the guest, never the inviter."""
    trigger = mention.trigger
    taken = trigger.dep_ == "dobj" and trigger.head.lemma_ in cue_words("acceptance")
    giver = [*children(trigger, "poss"), *prep_objects(trigger, "from", "of")]
    place = mention.location.place if mention.location is not None else None
    if (
        mention.type != "invitation"
        or trigger.pos_ not in NOUN_POS
        or not taken
        or giver
        or mention.counterparts
        or place is None
    ):
        return mention
    guest = mention.actor.referent
    before = [m for m in earlier if m.type in ("meeting", "visit") and m.trigger.i < trigger.i]
    hosts = (
        party
        for others in _others_met_by(guest.key, reversed(before))
        for party in others
        if place.country_code in nationality(party, named_country=True)
    )
    host = next(hosts, None)
    if host is None:
        return mention
    return replace(mention, actor=Role(host, from_parse=False), counterparts=[guest])


def _invited_by_role(
    trigger: Token, actor: Role, named: list[Referent], table: EntityTable, earlier: list[Mention]
) -> list[Referent]:
    """ "Over dinner X invited his host to visit Oslo", "invited his two counterparts to Kel":
    an invitee told only by the role the inviter's talks gave them is whom the inviter was last
    told meeting or visiting (of the nationality told, "his Lorvian counterpart"), whatever a
    story-wide reading of the role found."""
    invited = invitees(trigger) if trigger.pos_ in NOUN_POS else list(children(trigger, "dobj"))
    roles = [word for word in invited if _told_by_role(word)]
    # "Invited the Vellish premier to visit Bergen", "invited the Prime Minister to visit": an
    # office the story's names do not answer to is held by the one the inviter was meeting.
    roles += [
        word
        for word in invited
        if _told_by_office(word) and not referents([word], table, excluding=actor.referent.key)
    ]
    demonyms = {c.lower_ for word in roles for c in _demonyms_of(word)}
    places = (country_of_demonym(name) for name in demonyms)
    countries = {place.country_code for place in places if place is not None}
    met = _met_last_by(actor.referent.key, trigger, earlier, countries) if roles else []
    plural = any(word.tag_ == "NNS" for word in roles)
    counted = next((size for word in roles if (size := group_size(word)) is not None), None)
    fits = len(met) == counted if counted else (len(met) > 1 if plural else len(met) == 1)
    if roles and not fits and trigger.pos_ == "VERB":
        # "Invited the Kellish leader to Tarsk, and Marshal Oda accepted": one who takes the
        # invitation up names whom the role stands for.
        taker = acceptor(trigger, table)
        met = [taker] if taker is not None and taker.key != actor.referent.key else []
        fits = bool(met) and not plural and not counted
    if not fits:
        return named
    read = referents(roles, table, excluding=actor.referent.key)
    return [*(ref for ref in named if ref not in read and ref not in met), *met]


def _traveller_of_the_trip_told(
    trigger: Token, actor: Role, earlier: list[Mention]
) -> list[Referent]:
    """ "X arrived in Oslo on Monday. The visit is being made at the invitation of Y": a trip
    told only as "the visit" is the story's trip, the first told, so its traveller (never the
    inviter, who hosts it) is the one invited; a trip told since is most often another's."""
    if trigger.pos_ not in NOUN_POS:
        return []
    # "The visit is at the invitation of Y", "the visit follows an invitation from Y".
    told = [*invitees(trigger), *governing_subjects(trigger)]
    trips = [word for word in told if word.lemma_ in cue_words("trip_invited_to")]
    if not any(is_definite(trip) for trip in trips):
        return []
    # A person: "Lorvia welcomed the Pope" tells a trip whose traveller is not the country.
    travellers = (
        mention.actor.referent
        for mention in earlier
        if mention.type == "visit"
        and mention.trigger.i < trigger.i
        and mention.actor.referent.key != actor.referent.key
        and mention.actor.referent.label == "PERSON"
    )
    traveller = next(travellers, None)
    return [traveller] if traveller is not None else []


def _traveller_of_the_trip_taken_up(
    trigger: Token, actor: Role, reading: Reading, earlier: list[Mention]
) -> list[Referent]:
    """ "The guests flew in at Y's invitation", "landed for a visit Y had invited them to
    make": the traveller of the clause an invitation is the reason of is the one
    invited; told by a role or office no name answers to, it is the traveller of the trip the
    phrase hangs on (read before as a visit), else of the trip the story is telling."""
    if trigger.pos_ not in NOUN_POS or not reason_of_a_trip(trigger):
        return []
    above = {word.i for word in ancestors_of(trigger)}
    # "Made a visit ... at Y's invitation": the visit is the verb's object.
    carried = (
        mention.actor.referent
        for mention in reversed(earlier)
        if mention.type == "visit"
        and (mention.trigger.i in above or mention.trigger.head.i in above)
        and mention.trigger.sent == trigger.sent
        and mention.actor.referent.key != actor.referent.key
        and mention.actor.referent.label == "PERSON"
    )
    traveller = next(carried, None)
    traveller = traveller or traveller_of_trips_told_before(
        trigger, actor.referent.key, reading, earlier
    )
    if traveller is not None:
        return [traveller]
    # No trip told yet ("X held talks with the Chancellor. The Chancellor came at X's
    # invitation"): the guest is the one person the inviter was last told meeting.
    met = [
        ref for ref in _met_last_by(actor.referent.key, trigger, earlier) if ref.label == "PERSON"
    ]
    return met if len(met) == 1 else []


def inviter_of_trip_taken_up(
    trigger: Token, table: EntityTable, earlier: list[Mention]
) -> Role | None:
    """ "He came at the prime minister's invitation", "is visiting at the invitation of his
    host", "flew in at the President's invitation": the invitation a trip is made at is
    given by the one told with it, never by the clause's traveller, who is the one invited.
    An office is the person the story prints with it; a role ("his host", "his counterpart"),
    or an office the story's reading gives the traveller, is whom the traveller was last told
    meeting or visiting. None when the giver is named (read as usual) or no one fits."""
    if trigger.pos_ not in NOUN_POS or not reason_of_a_trip(trigger):
        return None
    owners = [word for word in children(trigger, "poss") if word.pos_ != "PRON"]
    givers = [*owners, *prep_objects(trigger, "of", "from")]
    travellers = {ref.key for ref in referents(invitees(trigger), table)}
    named = [referent(word, table, names_only=True) for word in givers]
    # A giver read as the traveller ("the Head of State" a pope is too) is no inviter.
    if not givers or any(ref is not None and ref.key not in travellers for ref in named):
        return None
    giver = givers[0]
    if _told_by_office(giver):
        found = referent(giver, table)
        if found is not None and found.label == "PERSON" and found.key not in travellers:
            return Role(found, from_parse=True)
    elif not _told_by_role(giver):
        return None
    hosts = [
        host
        for key in travellers
        for host in _met_last_by(key, trigger, earlier)
        if host.label == "PERSON" and host.key not in travellers
    ]
    return Role(hosts[0], from_parse=False) if len(hosts) == 1 else None


def state_giving_invitation(
    trigger: Token, table: EntityTable, earlier: list[Mention]
) -> Role | None:
    """An invitation given in the name of a country's government ("of the Government of Lorvia", "of
    the Lorvian Government"), or of a church body joined with it: a government is no person; the
    guide makes a body standing for a state its country, so the inviter is the state it names, else
    the country the story's trip goes to (before any co-inviter beside it, a church or a society,
    which does not stand for the state). None, when no state is told."""
    bodies = governments_giving(trigger)
    if not bodies or any(table.at(owner) for owner in children(bodies[0], "poss")):
        return None  # "X's government": the owner named is read as usual
    state = _state_named_with(bodies[0], table) or _state_travelled_to(trigger, table, earlier)
    return Role(state, from_parse=True) if state is not None else None


def governments_giving(trigger: Token) -> list[Token]:
    """The government words an invitation noun is told as given by: "the invitation of the
    Government", "an invitation from the Lorvian Government"."""
    if trigger.lemma_ != "invitation" or trigger.pos_ not in NOUN_POS:
        return []
    givers = [*children(trigger, "poss"), *prep_objects(trigger, "from", "of")]
    return [word for word in givers if word.lemma_.lower() in cue_words("state_body")]


def stood_for_by_state(trigger: Token, actor: Role, table: EntityTable) -> set[str]:
    """An invitation read as a state's (`state_giving_invitation`): the government words that
    stand for the state, and who makes or hands over its invitation (X handing on to him
    what the Government offered, carrying it for the state), are neither co-inviters nor
    invited."""
    governments = governments_giving(trigger) if actor.referent.label == "GPE" else []
    made = made_or_handed(trigger) if governments else None
    carriers = list(children(made, "nsubj")) if made is not None else []
    return {ref.key for word in governments + carriers if (ref := referent(word, table))}


def _state_named_with(body: Token, table: EntityTable) -> Referent | None:
    """The country a government's own words name: "of Lorvia", "Lorvian"."""
    for part in [*prep_objects(body, "of"), *children(body, "amod", "compound")]:
        name = " ".join(w.text for w in subtree_of(part) if w is part or w.dep_ == "compound")
        where = country_of_demonym(name) or gazetteer.place(name)
        if where is not None and where.kind == "country":
            return _state_told(where, table)
    return None


def _state_told(country: Place, table: EntityTable) -> Referent:
    """The story's own referent for a country ("the Soviet Union" for "Soviet"), else one new."""
    told = (
        ref
        for ref in table.referents
        if ref.label == "GPE"
        and ref.place is not None
        and ref.place.kind == "country"
        and ref.place.country_code == country.country_code
    )
    return next(told, None) or table.place(country)


def _state_travelled_to(
    trigger: Token, table: EntityTable, earlier: list[Mention]
) -> Referent | None:
    """The country of the story's trip, the first told with a place before the invitation: a
    government named by its kind alone ("the Government") is the host state's."""
    trips = (
        mention.location.place
        for mention in earlier
        if mention.type == "visit"
        and mention.trigger.i < trigger.i
        and mention.location is not None
        and mention.location.place is not None
    )
    where = next(trips, None)
    return _state_told(gazetteer.country_of(where), table) if where is not None else None


def _invitee_left_unsaid(
    trigger: Token, actor: Role, table: EntityTable, earlier: list[Mention]
) -> list[Referent]:
    """ "X renewed his invitation", "the invitation was extended by X in March", "Z delivered
    an invitation from X to the summit": an invitation told as made or carried, to no one the
    sentence names, is to the one whom the story is about meeting its maker. One carried by an
    envoy is to whom the envoy was last told meeting; one its maker made is to the story's
    traveller, the first told, or else to whom the maker was last told meeting."""
    if trigger.lemma_ != "invitation" or trigger.pos_ not in NOUN_POS:
        return []
    made = made_or_handed(trigger)
    if made is None or any(_names_someone(word) for word in invitees(trigger)):
        return []
    key = actor.referent.key
    envoys = [ref for ref in referents(list(children(made, "nsubj")), table) if ref.key != key]
    if envoys:
        return [ref for ref in _met_last_by(envoys[0].key, trigger, earlier) if ref.key != key]
    travellers = (
        mention.actor.referent
        for mention in earlier
        if mention.type == "visit"
        and mention.trigger.i < trigger.i
        and mention.actor.referent.key != key
        and mention.actor.referent.label == "PERSON"
    )
    traveller = next(travellers, None)
    return [traveller] if traveller is not None else _met_last_by(key, trigger, earlier)


def _names_someone(word: Token) -> bool:
    """ "To the summit" names no one invited; "to Y", "to him", "to his host" do."""
    return bool(word.ent_type_) or word.pos_ in ("PRON", "PROPN") or _told_by_role(word)


def _told_by_role(word: Token) -> bool:
    """ "His host", "the visitor", "his two Lorvian counterparts": a role owned or made definite,
    with no name set off beside it."""
    determined = any(c.dep_ == "poss" or c.lower_ == "the" for c in all_children(word))
    named = any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in all_children(word))
    role = word.lemma_.lower() in cue_words("met_role")
    return role and determined and not named and not conjuncts_of(word)


def _demonyms_of(word: Token) -> list[Token]:
    """ "His Lorvian counterpart", "the Uruguayan leader": the nationality told on a role, which
    the parser may hang as a modifier or as a name compounded with it."""
    return [c for c in children(word, "amod", "compound") if c.ent_type_]


def _told_by_office(word: Token) -> bool:
    """ "The new King", "the Uruguayan leader", "the Prime Minister": an office made definite,
    with no name set off beside it (the office's own words, and a nationality, are no name)."""
    determined = any(c.lower_ == "the" for c in all_children(word))
    named = any(
        c.dep_ in ("appos", "compound")
        and c.pos_ == "PROPN"
        and c.lower_ not in title_words()
        and c.ent_type_ != "NORP"
        for c in all_children(word)
    )
    office = word.lemma_.lower() in role_words() | cue_words("office_invited")
    return office and determined and not named and not conjuncts_of(word)


def _met_last_by(
    key: str, trigger: Token, earlier: list[Mention], countries: set[str] | None = None
) -> list[Referent]:
    """The people other than `key` in the last meeting or visit told before the trigger that
    `key` took part in. A spouse told beside them, or one who travelled in `key`'s own party
    ("X and his foreign minister flew in"), is no one met; with `countries` ("his Lorvian
    counterpart"), only people of those countries count, so a later side meeting with
    someone else does not hide them."""
    before = [
        mention
        for mention in earlier
        if mention.type in ("meeting", "visit") and mention.trigger.i < trigger.i
    ]
    fellows = _fellow_travellers(key, before)
    for others in _others_met_by(key, reversed(before)):
        met = [
            party
            for party in others
            if not known_as_spouse(party)
            and party.key not in fellows
            and (not countries or countries & set(nationality(party, named_country=True)))
        ]
        if met:
            return list({party.key: party for party in met}.values())
    return []


def _fellow_travellers(key: str, mentions: list[Mention]) -> set[str]:
    """Those told making the same journey as `key`, in one clause ("X and Y landed in Kel")."""
    journeys = {
        mention.trigger.i
        for mention in mentions
        if mention.type == "visit" and mention.actor.referent.key == key
    }
    return {
        mention.actor.referent.key
        for mention in mentions
        if mention.type == "visit" and mention.trigger.i in journeys
    } - {key}


def _others_met_by(key: str, mentions: Iterable[Mention]) -> Iterator[list[Referent]]:
    """For each of `mentions` that `key` took part in, in their order, the other people in it."""
    for mention in mentions:
        parties = [mention.actor.referent, *mention.counterparts]
        if key in {party.key for party in parties}:
            yield [party for party in parties if party.key != key and party.label == "PERSON"]


def _head_of_the_delegation(
    event_type: str, trigger: Token, actor: Role, table: EntityTable
) -> list[Referent]:
    """ "Hosted a luncheon for the delegation", "a banquet for the Lorvian delegation": a
    delegation a meal is given for, told by no name, is led by the story's visitor."""
    if event_type != "meeting":
        return []
    told = [word for word in meal_guests(trigger) if _a_delegation(word)]
    guest = visitor_other_than(actor.referent.key, table) if told else None
    return [guest] if guest is not None else []


def _a_delegation(word: Token) -> bool:
    """ "The delegation", "the Lorvian delegation": one delegation, uncounted and alone."""
    determined = any(child.dep_ in ("det", "poss") for child in all_children(word))
    alone = not conjuncts_of(word) and word.tag_ == "NN"
    return word.lemma_.lower() == "delegation" and determined and alone


def hosts_of_gathering_met_at(
    event_type: str, trigger: Token, actor: Role, table: EntityTable
) -> list[Referent]:
    """ "The two leaders last met in Kel, at the summit hosted by X", "both leaders will attend
    the summit hosted by X": whoever hosted the gathering the talks are told at, or that a
    group attends, took part in them, though the clause names only the pair."""
    if event_type != "meeting":
        return []
    told_at = [trigger] if _attended_by_a_group(trigger) else []
    gatherings = [
        venue
        for venue in (*told_at, *prep_objects(trigger, "at"))
        if venue.lemma_.lower() in cue_words("gathering")
    ]
    hosting = [
        verb
        for gathering in gatherings
        for verb in children(gathering, "acl")
        if verb.lemma_ in cue_words("hosting") and verb.tag_ == "VBN"
    ]
    hosts = referents([by for verb in hosting for by in prep_objects(verb, "by")], table)
    return [host for host in hosts if host.label == "PERSON" and host != actor.referent]


def hosting_attended_by_a_group(trigger: Token) -> Token | None:
    """ "Both leaders are to attend the summit hosted by X in Vik on Monday": the participle
    that tells who hosts the gathering a group attends, and when."""
    if not _attended_by_a_group(trigger) or trigger.lemma_.lower() not in cue_words("gathering"):
        return None
    hosting = (verb for verb in children(trigger, "acl") if verb.lemma_ in cue_words("hosting"))
    return next((verb for verb in hosting if verb.tag_ == "VBN"), None)


def _attended_by_a_group(gathering: Token) -> bool:
    """ "A and B will both attend the summit", "both leaders are to attend it": a gathering
    attended by several, whose talks are then theirs with its host. (One attendee's talks with
    the host are told by the hosting itself.)"""
    verb = gathering.head
    if gathering.dep_ != "dobj" or verb.lemma_ not in cue_words("attendance"):
        return False
    while verb.dep_ in ("xcomp", "acomp") and not any(children(verb, "nsubj")):
        verb = verb.head
    subjects = list(children(verb, "nsubj"))
    return any(conjuncts_of(word) or word.tag_ in ("NNS", "NNPS") for word in subjects)


def _guest_named(trigger: Token, named: list[Referent], table: EntityTable) -> bool:
    """Whether the trigger names a guest: "the President and Dona Y gave a banquet in honour of
    the royal visitors" names only a co-host beside the host; a meal's guests are whom it is
    given for, and here they are told by no name."""
    guests = meal_guests(trigger)
    if not guests:
        return bool(named)
    return any(ref.label == "PERSON" for ref in referents(guests, table))


def _guests_the_host_met_before(
    event_type: str, trigger: Token, actor: Role, table: EntityTable, earlier: list[Mention]
) -> list[Referent]:
    """ "X welcomed A at the palace for talks ... Afterwards X hosted a lunch for the
    visitors": guests told only in the plural, uncounted, are the people the host was last told
    meeting, not the host. "X gave a banquet in honour of his guest", when no name tells who the
    guest is, is the one person the host was last told meeting, unless that is one told as a
    spouse (a host's own, or a guest's read alone from a welcome of the couple)."""
    if event_type != "meeting":
        return []
    guests = [w for w in meal_guests(trigger) if w.lemma_.lower() in cue_words("guest")]
    plural = [word for word in guests if word.tag_ == "NNS"]
    if any(group_size(word) is not None for word in plural):
        return []
    if not plural and not any(_one_guest_told_by_the_host(word) for word in guests):
        return []
    host = actor.referent.key
    for mention in reversed(earlier):
        parties = [mention.actor.referent, *mention.counterparts]
        if mention.type != "meeting" or mention.trigger.i >= trigger.i:
            continue
        if host in {party.key for party in parties}:
            beside = _greeting_beside(mention, table)
            met = [
                party
                for party in parties
                if party.key not in {host, *beside} and party.label == "PERSON"
            ]
            if beside and not met:
                # The welcome's guests were joined to their trips: "his guests" are the
                # travellers told, read from the trips (`_guests_told_as_them`).
                return []
            if not plural:
                one = len(met) == 1 and not known_as_spouse(met[0])
                return met if one else []
            if len(met) > 1:
                return met
            # "A and his wife B flew in ... X gave a dinner for his guests": guests told in the
            # plural are the one met and those travelling with them, a spouse the story names
            # among them even where no trip was read shared.
            company = _with_fellow_travellers(met, trigger, host, earlier)
            return _with_their_spouses(company, table) if len(company) == 1 else company
    return []


def _greeting_beside(mention: Mention, table: EntityTable) -> set[str]:
    """ "Were met by X and Y", "X and Y were waiting on the tarmac, together with Z": those
    told welcoming beside the host greet the guests with the host; the host did not meet them.
    One told waiting meets no one by it, so all told with the host wait beside the host."""
    trigger = mention.trigger
    if trigger.lemma_ in cue_words("awaiting"):
        return {party.key for party in mention.counterparts}
    if trigger.lemma_ not in cue_words("reception"):
        return set()
    return {party.key for party in co_hosts(trigger, table)}


def _one_guest_told_by_the_host(word: Token) -> bool:
    """ "In honour of his guest", "for their guest", "of the guest": one guest, told by the
    host's possessive or the article alone, stands for whom the host is receiving; "a guest"
    or "the Lorvian guest" is left to the readings that know whom it picks."""
    determiners = [child for child in all_children(word) if child.dep_ in ("det", "poss")]
    rest = [
        child for child in all_children(word) if child.dep_ not in ("det", "poss", "prep", "cc")
    ]
    told = any(d.dep_ == "poss" or d.lower_ == "the" for d in determiners)
    return word.tag_ == "NN" and told and not rest


# Plural pronouns a meal's guests may be told by: "a reception for them", "in their honour".
PLURAL_GUEST_PRONOUNS = frozenset({"them", "their"})


def _guests_told_as_them(
    event_type: str,
    trigger: Token,
    actor: Role,
    status: EventStatus,
    reading: Reading,
    earlier: list[Mention],
) -> list[Referent]:
    """ "A and B flew into Kel ... That evening X gave a reception for them", "will give a
    luncheon in their honour", "a dinner in honour of the guests": guests told only by a plural
    pronoun, or as guests uncounted, are the people told
    travelling, as the meal is told (done or to come), in this paragraph or the one before;
    older trips, or a return visit spoken of, are other people's. Nor is anyone told
    welcoming them a guest (a "they" may have been misread as them)."""
    if event_type != "meeting":
        return []
    if not any(_guests_told_in_the_plural(word) for word in meal_guests(trigger)):
        return []
    since = previous_paragraph_start(trigger, reading.text)
    told = [m for m in earlier if since < m.trigger.idx < trigger.idx]
    hosts = {m.actor.referent.key for m in told if m.type == "meeting" and is_welcome(m.trigger)}
    hosts |= {party.key for m in told if m.type == "visit" for party in m.counterparts}
    hosts.add(actor.referent.key)
    travellers = [
        party
        for m in told
        if m.type == "visit" and m.status is status
        for party in (m.actor.referent, *m.co_actors)
        if party.label == "PERSON" and party.key not in hosts
    ]
    if not travellers and _guests_told_as_guests(trigger):
        travellers = _visitors_of_the_story(trigger, hosts, reading, earlier)
    # "A and her husband, B, arrived": a spouse told only beside the traveller came too.
    guests = _with_their_spouses(travellers, reading.table)
    return [party for party in guests if party.label == "PERSON" and party.key not in hosts]


def _guests_told_as_guests(trigger: Token) -> bool:
    """ "A banquet in honour of his guests", "of the guests": a plain plural of "guest", unlike
    a pronoun, needs no antecedent close by; it stands for the story's visitors. A styled one
    ("the royal guests") or "the visitors" is left to the readings that know whom it picks."""
    return any(
        _guests_told_in_the_plural(word)
        and word.lemma_.lower() == "guest"
        and all(child.dep_ in ("det", "poss") for child in all_children(word))
        for word in meal_guests(trigger)
    )


def _visitors_of_the_story(
    trigger: Token, hosts: set[str], reading: Reading, earlier: list[Mention]
) -> list[Referent]:
    """ "A and his wife B landed in Kel ... (talks, a signing) ... Last night X gave a banquet
    in honour of his guests": guests told paragraphs after the trip are the party told
    travelling last, each with their spouse, none of them a host met on the way."""
    before = [m for m in earlier if m.trigger.i < trigger.i]
    hosts = hosts | {party.key for m in before if m.type == "visit" for party in m.counterparts}
    party = _with_their_spouses(_party_told_travelling(before), reading.table)
    return [ref for ref in party if ref.label == "PERSON" and ref.key not in hosts]


def _guests_told_in_the_plural(word: Token) -> bool:
    """ "A reception for them", "in honour of the guests", "a banquet for their visitors": a
    plural pronoun, or an uncounted plural of guests, names no one; a counted one ("his two
    guests") is read by its count."""
    if word.lower_ in PLURAL_GUEST_PRONOUNS:
        return True
    guests = word.tag_ == "NNS" and word.lemma_.lower() in cue_words("guest")
    return guests and group_size(word) is None


def _with_fellow_travellers(
    guests: list[Referent], trigger: Token, host: str, earlier: list[Mention]
) -> list[Referent]:
    """ "A and her husband B flew in ... A and X held talks ... X gave a banquet for the
    visitors": guests told in the plural, when the host met only one, are that one and those
    told making a trip with them (the latest trip told in company)."""
    if len(guests) != 1:
        return guests
    for trip in reversed([m for m in earlier if m.type == "visit" and m.trigger.i < trigger.i]):
        shared = [mention for mention in earlier if mention.trigger.i == trip.trigger.i]
        people = {p.key: p for p in _travellers(shared) if p.label == "PERSON" and p.key != host}
        if guests[0].key in people and len(people) > 1:
            return [guests[0], *(p for p in people.values() if p.key != guests[0].key)]
    return guests


def _wives_styled_among_guests(
    event_type: str, trigger: Token, table: EntityTable
) -> list[Referent]:
    """ "The Lorvian leader landed with his wife, B ... a dinner in honour of President and Mrs
    A": a wife told only by her first name beside a role leaves "Mrs A" read as A himself; the
    couple a meal honours is then he and the spouse the story tells beside him."""
    if event_type != "meeting":
        return []
    styled = [
        word
        for guest in meal_guests(trigger)
        for word in subtree_of(guest)
        if word.i > 0 and word.doc[word.i - 1].lower_ in cue_words("wife_style")
    ]
    wives: list[Referent] = []
    for word in styled:
        bearer = table.at(word)
        wife = spouse_named_of(bearer, table) if bearer and bearer.label == "PERSON" else None
        if wife is not None and wife.key != bearer.key and wife not in wives:
            wives.append(wife)
    return wives


def _husbands_styled_beside_wives(
    event_type: str, trigger: Token, table: EntityTable
) -> list[Referent]:
    """ "A dinner for Mr. and Mrs. A": the name after the wife's style reads as the wife the
    story names; the couple the meal honours is she and the man she is told the spouse of."""
    if event_type != "meeting":
        return []
    husbands: list[Referent] = []
    for word in (w for guest in meal_guests(trigger) for w in subtree_of(guest)):
        if not _styled_as_a_couple(word):
            continue
        wife = table.at(word)
        husband = _partner_of(wife, table) if wife and wife.label == "PERSON" else None
        if husband is not None and husband not in husbands:
            husbands.append(husband)
    return husbands


def _styled_as_a_couple(word: Token) -> bool:
    """ "Mr. and Mrs. A", "Mr and Mme A": both styles told before the one name."""
    if word.i < 3:
        return False
    mister, joined, style = word.doc[word.i - 3 : word.i]
    wife_styles = cue_words("wife_style")
    return mister.lower_ in ("mr", "mr.") and joined.lower_ == "and" and style.lower_ in wife_styles


def _couple_told_by_title(
    event_type: str, trigger: Token, actor: Role, table: EntityTable
) -> list[Referent]:
    """ "X will host a banquet in honour of the President and Mrs B": a bare title told beside
    a wife's style resolves to the host, who holds the same title; the guests are the couple,
    the one styled and their spouse."""
    if event_type != "meeting":
        return []
    host = actor.referent.key
    for guest in meal_guests(trigger):
        titles = [word for word in [guest, *conjuncts_of(guest)] if _bare_title(word)]
        if not any((ref := table.at(word)) is None or ref.key == host for word in titles):
            continue
        styled = [
            table.at(word)
            for word in [guest, *conjuncts_of(guest)]
            if word.i > 0 and word.doc[word.i - 1].lower_ in cue_words("wife_style")
        ]
        for bearer in styled:
            if bearer is None or bearer.label != "PERSON" or bearer.key == host:
                continue
            partner = spouse_named_of(bearer, table) or _partner_of(bearer, table)
            if partner is not None and partner.key != host:
                return [bearer, partner]
    return []


def _bare_title(word: Token) -> bool:
    """ "The President": an office told with "the" and no name."""
    determined = any(child.lower_ == "the" for child in children(word, "det"))
    return determined and word.lemma_.lower() in role_words() and not word.ent_type_


def _guest_told_by_the_hosts_office(
    event_type: str, trigger: Token, actor: Role, table: EntityTable
) -> list[Referent]:
    """ "X and his wife gave a luncheon for the Premier": an office the host holds too ("the
    Prime Minister", "the Premier") may have been read as the host; no one dines as their own
    guest, so the guest so told is the story's visitor, as "his guest" is."""
    if event_type != "meeting":
        return []
    host = actor.referent.key
    as_host = [
        word
        for word in meal_guests(trigger)
        if _bare_title(word) and (ref := table.at(word)) is not None and ref.key == host
    ]
    guest = visitor_other_than(host, table) if as_host else None
    if guest is None:
        return []
    # "For the President and his wife": the spouse told beside the office is the guest's.
    spouse = spouse_named_of(guest, table) if any(map(_spouse_beside, as_host)) else None
    return [guest] if spouse is None or spouse.key == guest.key else [guest, spouse]


def _spouse_beside(word: Token) -> bool:
    """ "The President and his wife": a spouse told by a possessive, joined to the word."""
    return any(
        conjunct.lemma_.lower() in cue_words("spouse_noun") and any(children(conjunct, "poss"))
        for conjunct in conjuncts_of(word)
    )


def _partner_of(spouse: Referent, table: EntityTable) -> Referent | None:
    """The one person whose spouse the story tells `spouse` to be."""
    partners = [
        ref
        for ref in table.referents
        if ref.label == "PERSON"
        and ref.key != spouse.key
        and (found := spouse_named_of(ref, table)) is not None
        and found.key == spouse.key
    ]
    return partners[0] if len(partners) == 1 else None


def _couple_met(
    event_type: str, trigger: Token, actor: Role, reading: Reading, earlier: list[Mention]
) -> list[Referent]:
    """ "A banquet in honour of the imperial couple", "talks with the couple": a couple met
    are the two told travelling together before, not the host."""
    if event_type != "meeting":
        return []
    words = [*met_words(trigger), *meal_guests(trigger)]
    told = [word for word in words if is_the_couple(word)]
    if not told:
        return []
    couple = _couple_told_before(trigger, told[0], reading.table, earlier)
    return [party for party in couple if party.key != actor.referent.key]


def _counted_guests_met(
    event_type: str, trigger: Token, actor: Role, earlier: list[Mention]
) -> list[Referent]:
    """ "Gave a dinner in honour of his two guests": a counted plural of guests names no one;
    they are the people told travelling before, other than the host, when exactly as many."""
    if event_type != "meeting":
        return []
    words = [*met_words(trigger), *meal_guests(trigger)]
    sizes = [group_size(word) for word in words if word.tag_ == "NNS" and _told_as_guests(word)]
    # "Gave a dinner for both presidents": whom a meal is given for are its guests, so an
    # office counted there counts the guests, as "visiting" does elsewhere.
    sizes += [group_size(word) for word in meal_guests(trigger) if _office_counted(word)]
    size = next((size for size in sizes if size is not None and size > 1), None)
    if size is None:
        return []
    told = [
        party
        for party in _people_told_travelling_before(trigger, earlier)
        if party.key != actor.referent.key
    ]
    return told if len(told) == size else []


def _visiting_group_met(
    event_type: str, trigger: Token, actor: Role, named: list[Referent], earlier: list[Mention]
) -> list[Referent]:
    """ "X gave a dinner for the visiting leaders", "in honour of the visiting heads of state":
    an uncounted group of office holders told visiting names no one; they are the people the
    story has shown travelling by then who may hold the office (not the host, whoever greeted
    them, nor a spouse or a prince), when there are several. With fewer, the group is left to
    the host's gathering (`visiting_groups_seated`), or is no one."""
    if event_type != "meeting":
        return []
    group = visiting_group_met(trigger)
    if group is None:
        return []
    others = {actor.referent.key, *(party.key for party in named)}
    travellers = _visitors_holding(office_of_group(group), trigger, others, earlier)
    return travellers if len(travellers) > 1 else []


def visiting_group_met(trigger: Token) -> Token | None:
    """The uncounted group of office holders told visiting that a meeting's clause meets or a
    meal is given for: "the visiting leaders", "the visiting heads of state"."""
    words = [*met_words(trigger), *meal_guests(trigger)]
    return next((word for word in words if _told_as_a_visiting_group(word)), None)


def _told_as_a_visiting_group(word: Token) -> bool:
    visiting = any(child.lower_ == "visiting" for child in all_children(word))
    plural = word.tag_ == "NNS" and group_size(word) is None
    return visiting and plural and office_of_group(word) is not None


def _visitors_holding(
    office: frozenset[str] | None, trigger: Token, others: set[str], earlier: list[Mention]
) -> list[Referent]:
    """The people told travelling before the trigger, on trips not over before another told
    began, none of `others` nor anyone who greeted them, who may hold the office: a spouse
    holds none, and a prince is no head of state."""
    told = [m for m in earlier if m.type == "visit" and m.trigger.i < trigger.i]
    trips = [m for m in told if not _recalled_after(m, told)]
    greeters = {party.key for m in trips for party in m.counterparts}
    travellers = [
        party
        for party in _travellers(trips)
        if party.label == "PERSON" and party.key not in others | greeters
    ]
    fitting = [
        party
        for party in travellers
        if not (known_as_spouse(party) or _told_as_an_heir(party) or unlike_office([party], office))
    ]
    return list({party.key: party for party in fitting}.values())


def _told_as_an_heir(person: Referent) -> bool:
    """Whether every office a person is printed with is a royal heir's: "Prince X"."""
    titles = [title for span in person.mentions if (title := title_of(span)) is not None]
    heirs = title_lists()["title.heir_offices"]
    return bool(titles) and all(title.words and title.words <= heirs for title in titles)


def visiting_groups_seated(mentions: list[Mention]) -> list[Mention]:
    """ "X welcomed the heads of state to the summit. Among those at the table were A, B and C.
    ... X gave a dinner for the visiting leaders": a visiting group no trip told names is the
    people the host was last told meeting several at once, once the lists of those present
    have seated them."""
    for mention in mentions:
        if mention.type != "meeting" or visiting_group_met(mention.trigger) is None:
            continue
        if any(party.label == "PERSON" for party in mention.counterparts):
            continue
        mention.counterparts += _group_the_host_met_last(mention, mentions)
    return mentions


def _group_the_host_met_last(meal: Mention, mentions: list[Mention]) -> list[Referent]:
    host = meal.actor.referent.key
    before = sorted(
        (m for m in mentions if m.type == "meeting" and m.trigger.i < meal.trigger.i),
        key=lambda mention: mention.trigger.i,
    )
    for met in _others_met_by(host, reversed(before)):
        if len(met) > 1:
            return list({party.key: party for party in met}.values())
    return []


def lone_guests_seated(mentions: list[Mention], table: EntityTable) -> list[Mention]:
    """ "A landed in Kel and was met by X ... In the evening X gave a dinner in honour of his
    guest": one guest told only by the host's word, whom no name or earlier talks told, is the
    one traveller whose trip the host received, and those told hosting beside the host receive
    the guest too. Greetings are joined to trips only once every mention is read
    (`welcomes_on_arrival`), so this is read last; no traveller, or several, is no one. A
    guest the clause's reading already found still has the hosts beside the host."""
    for mention in mentions:
        if mention.type != "meeting":
            continue
        if not any(_one_guest_told_by_the_host(word) for word in _guests_told(mention.trigger)):
            continue
        host = mention.actor.referent
        found = _met_a_person_outside_the_family(mention)
        guest = None if found else _one_traveller_received(host.key, mentions)
        if guest is None and not found:
            continue
        seated = [*mention.counterparts, *([guest] if guest else [])]
        seated += _hosts_beside(mention.trigger, host, table)
        mention.counterparts = list({party.key: party for party in seated}.values())
    return mentions


def _met_a_person_outside_the_family(meeting: Mention) -> bool:
    """ "X and Mrs X gave a dinner for their guest": a spouse read as the party met leaves the
    guest untold."""
    return any(p.label == "PERSON" and not known_as_spouse(p) for p in meeting.counterparts)


def _guests_told(trigger: Token) -> list[Token]:
    """The words a meeting's clause tells its guest by: whom a meal is given for, whom the host
    meets or receives ("received his guest"), or who is told beside the host ("X and the visitor
    held talks")."""
    told = [*meal_guests(trigger), *met_words(trigger), *_told_beside_the_host(trigger)]
    return [word for word in told if word.lemma_.lower() in cue_words("guest")]


def _one_traveller_received(host: str, mentions: list[Mention]) -> Referent | None:
    """The one person told on a trip the host received (greeted, hosted), not one told only
    travelling with another (a spouse, an aide), nor a spouse."""
    received = [m for m in mentions if m.type == "visit" and host in _keys(m.counterparts)]
    told_at = {m.trigger.i for m in received}
    companions = {
        party.key
        for m in mentions
        if m.type == "visit" and m.trigger.i in told_at
        for party in m.co_actors
    }
    guests = {
        m.actor.referent.key: m.actor.referent
        for m in received
        if m.actor.referent.label == "PERSON"
        and m.actor.referent.key not in companions | {host}
        and not known_as_spouse(m.actor.referent)
    }
    return next(iter(guests.values())) if len(guests) == 1 else None


def _hosts_beside(trigger: Token, host: Referent, table: EntityTable) -> list[Referent]:
    """ "The King and Queen received their guest", "X and Mrs X gave a dinner for their guest":
    the people told beside the host as the clause's subject; a wife's style read as the host
    is the host's spouse."""
    found = []
    for word in _told_beside_the_host(trigger):
        party = table.at(word)
        if party is not None and party.key == host.key and _styled_as_wife(word):
            party = spouse_named_of(host, table)
        if party is not None and party.label == "PERSON" and party.key != host.key:
            found.append(party)
    return found


def _told_beside_the_host(trigger: Token) -> list[Token]:
    """The words joined to the subject of the meeting's clause ("X and the visitor held talks",
    "the King and Queen received"), the verb being the one a meal noun is given by."""
    verb = trigger.head if trigger.dep_ == "dobj" else trigger
    return [word for subject in children(verb, "nsubj") for word in conjuncts_of(subject)]


def _styled_as_wife(word: Token) -> bool:
    """ "Mrs X": the name told after a wife's style."""
    return word.i > 0 and word.doc[word.i - 1].lower_ in cue_words("wife_style")


def _keys(parties: list[Referent]) -> set[str]:
    return {party.key for party in parties}


def _office_counted(word: Token) -> bool:
    """ "Both presidents", "the three premiers": a counted plural of an office."""
    return word.tag_ == "NNS" and word.lemma_.lower() in role_words()


def _told_as_guests(word: Token) -> bool:
    """ "His two guests", "the three visiting presidents": a plural of guests, or of an office
    its holders are told visiting in."""
    if word.lemma_.lower() in cue_words("guest"):
        return True
    visiting = any(child.lower_ == "visiting" for child in all_children(word))
    return visiting and word.lemma_.lower() in role_words()


def _guests_told_before(
    trigger: Token, actor: Role, reading: Reading, earlier: list[Mention]
) -> list[Referent]:
    """ "X received each of his guests", "met each leader separately": the guests are the
    people told travelling there in this paragraph or the one before, when there are several;
    else nobody is known to have been met."""
    since = previous_paragraph_start(trigger, reading.text)
    travellers = [
        party
        for mention in earlier
        if mention.type == "visit" and mention.trigger.idx > since
        for party in (mention.actor.referent, *mention.co_actors)
        if party.label == "PERSON" and party.key != actor.referent.key
    ]
    guests = list({party.key: party for party in travellers}.values())
    return guests if len(guests) > 1 else []


def travellers_counted(trigger: Token, size: int | None, earlier: list[Mention]) -> list[Referent]:
    """ "A landed in Kel on Saturday; B and C had flown in the night before. The three leaders
    then drove to Vik": a group of three or more, with no event of theirs told, is the people
    told travelling so far, when they are exactly as many."""
    if size is None or size < 3:
        return []
    told = _people_told_travelling_before(trigger, earlier)
    return told if len(told) == size else []


def _people_told_travelling_before(trigger: Token, earlier: list[Mention]) -> list[Referent]:
    travellers = [
        party
        for mention in earlier
        if mention.type == "visit" and mention.trigger.i < trigger.i
        for party in (mention.actor.referent, *mention.co_actors)
        if party.label == "PERSON"
    ]
    return list({party.key: party for party in travellers}.values())


def parties_told_with(
    trigger: Token, word: Token, counted: int | None, table: EntityTable, earlier: list[Mention]
) -> list[Referent]:
    """Who a group word is by what it is told with: a couple or a party by the trip told
    before, a counted group by the trigger's own sentence."""
    if is_the_visiting_company(word):
        return _with_their_spouses(company_going_on(trigger, earlier, _royal_style(word)), table)
    if is_the_party_of_office(word):
        return _with_their_spouses(_party_told_travelling(earlier, _royal_style(word)), table)
    if word.lemma_.lower() == "couple":
        couple = _couple_told_before(trigger, word, table, earlier)
        return couple if word.tag_ != "NNS" else _two_couples(trigger, word, table, couple)
    return _parties_told_jointly(trigger, word, counted, table)


def travellers_of_craft(
    trigger: Token, craft: Token, table: EntityTable, earlier: list[Mention]
) -> list[Referent]:
    """ "The couple's aircraft touched down", "the papal jet landed", "Sky Falcon One landed":
    a craft is no traveller. Those it is told carrying are; else its owner ("his jet", the
    couple's); else, for a craft told by an office's style, the one holder of that office the
    story told before; else the party told travelling before. A motorcade driving on is a leg
    inside the stay, no trip of its own."""
    carried = [
        found
        for word in passengers_carried(craft)
        for found in referents(with_conjuncts(word), table)
        if found.label == "PERSON"
    ]
    if carried:
        return carried
    owner = next(children(craft, "poss"), None)
    if owner is not None:
        if is_the_couple(owner) or is_the_party_of_office(owner):
            return parties_told_with(trigger, owner, None, table, earlier)
        found = referent(owner, table)
        return [found] if found is not None and found.label == "PERSON" else []
    office = office_of_style(craft)
    if office is not None:
        return _holder_told_travelling(craft, office, table, earlier)
    # "The first relief aircraft landed": a craft told by its errand carries no one told.
    errand = any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in all_children(craft))
    if errand or trigger.lemma_ in cue_words("road_leg"):
        return []
    return _party_told_travelling(earlier, _royal_style(craft))


def _holder_told_travelling(
    craft: Token, office: frozenset[str], table: EntityTable, earlier: list[Mention]
) -> list[Referent]:
    """ "The papal aircraft": the pope told before it; of two presidents, the one told
    travelling, not the host."""
    holders = [
        ref
        for ref in table.referents
        if ref.label == "PERSON" and ref.mentions[0].start < craft.i and holds_office(ref, office)
    ]
    travelling = {party.key for party in _travellers([m for m in earlier if m.type == "visit"])}
    if len(holders) > 1:
        holders = [ref for ref in holders if ref.key in travelling]
    return holders if len(holders) == 1 else []


def _two_couples(
    trigger: Token, word: Token, table: EntityTable, couple: list[Referent]
) -> list[Referent]:
    """ "A and his wife B arrived ... C and her husband D gave a banquet in their honour. The
    two couples will fly to Vik": the couple told travelling and the pair told together since
    as the joint subject of a clause, their hosts."""
    counted = any(GROUP_SIZES.get(child.lower_) == 2 for child in all_children(word))
    if not counted or len(couple) != 2:
        return []
    hosts = _pair_told_together_before(trigger, None, table, {party.key for party in couple})
    return [*couple, *hosts] if len(hosts) == 2 else []


def _parties_told_jointly(
    trigger: Token, word: Token, counted: int | None, table: EntityTable
) -> list[Referent]:
    """Who "they" or "the two" are by the trigger's own sentence: the names set off after the
    group, the joint subjects or objects of a clause it hangs from, or the pair it tells."""
    spelled = _names_spelling_out(word, table)
    if spelled:
        return spelled
    if word.lower_ != "they" and counted is None:
        return _counted_group_governing(trigger, word, table)
    joint = subjects_governing(trigger, table) or objects_governing(trigger, table)
    return joint or pair_governing(trigger, table)


def _names_spelling_out(word: Token, table: EntityTable) -> list[Referent]:
    """ "The two foreign ministers, A and B, signed the treaty": names set off after a counted
    group of people are that group, before any pair the story told meeting (a spouse who
    travelled beside one of them is none of it)."""
    size = group_size(word)
    names = names_set_off(word, table) if size is not None else []
    return names if len(names) == size else []


def _counted_group_governing(trigger: Token, word: Token, table: EntityTable) -> list[Referent]:
    """ "A and B spent Saturday in Lorn, where the two presidents held talks": a counted group
    of people is the joint subjects of the clause its own hangs from, when they are as many."""
    size = group_size(word)
    if size is None or word.lemma_.lower() not in cue_words("group_of_people") | role_words():
        return []
    joint = subjects_governing(trigger, table)
    people = [party for party in joint if party.label == "PERSON"]
    fits = len(people) == len(joint) == size
    return people if fits and not unlike_office(people, office_of_group(word)) else []


def _couple_told_before(
    trigger: Token, word: Token, table: EntityTable, earlier: list[Mention]
) -> list[Referent]:
    """ "A and his wife B arrived in Kel ... The couple will fly to Vik": a couple are a
    traveller and their spouse, else two people told travelling together, not whoever one of
    them met since nor those told greeting the couple; else the latest two told married as
    the joint subject of a clause. Neither is one the trigger's clause names as its guest:
    "the royal couple gave a banquet in honour of A and B" are the hosts. A style ("the
    royal couple", "the Lorvian couple") must fit the pair."""
    guests = referents([*named_in_clause(trigger), *meal_guests(trigger)], table)
    others = {guest.key for guest in guests}
    # "C and D welcomed the couple": whoever greeted the couple is not the couple, unless
    # the guests are named beside it and only the hosts are left.
    greeters = others | _greeters_of_the_couple(word, table)
    # Two told together who are not told married nor fit the style are no couple: "A and
    # his counterpart B signed the pact".
    joint = _pair_told_together_before(trigger, None, table, others)
    styled = any(_style_words(word)) and _styled_as(word, joint)
    pairs = [
        *_married_pairs_told_travelling(earlier, table, greeters),
        *_pairs_told_travelling(earlier, greeters),
        joint if married(joint, table) or styled else [],
        *_pairs_told_as_guests(earlier, greeters),
    ]
    # "The royal couple": a style told is one of the pair's, or the couple is no one told.
    return next((pair for pair in pairs if pair and _styled_as(word, pair)), [])


def _greeters_of_the_couple(couple: Token, table: EntityTable) -> set[str]:
    """ "C and D welcomed the couple", "the couple were met by C and D", up to this couple:
    the people told greeting a couple."""
    found: list[Referent] = []
    for word in couple.doc[: couple.i + 1]:
        if not is_the_couple(word):
            continue
        if word.dep_ == "dobj":
            found += referents(list(children(word.head, "nsubj")), table)
        elif word.dep_ == "nsubjpass":
            agents = [obj for agent in children(word.head, "agent") for obj in children(agent)]
            found += referents(agents, table)
    return {party.key for party in found if party.label == "PERSON"}


def _styled_as(word: Token, pair: list[Referent]) -> bool:
    """ "The royal couple", "the Lorvian couple": a style the word is told with is one of the
    pair's, a crown's rank or a nationality printed with either of them."""
    for style in _style_words(word):
        if style.lower_ in ROYAL_STYLES and not any(map(_told_as_royal, pair)):
            return False
        if style.ent_type_ == "NORP" and not any(_told_with(style, party) for party in pair):
            return False
    return True


def _style_words(word: Token) -> list[Token]:
    """The words that style a couple by a crown or a nation: "royal", "Lorvian"."""
    styles = [child for child in all_children(word) if child.dep_ in ("amod", "compound")]
    return [style for style in styles if style.lower_ in ROYAL_STYLES or style.ent_type_ == "NORP"]


def _told_with(style: Token, person: Referent) -> bool:
    """Whether a nationality may be a person's: printed before their name ("Lorvian President
    A"), or a country whose people it names when the story gives them none or that one."""
    before = (span.doc[max(span.start - TITLE_WORDS, 0) : span.start] for span in person.mentions)
    if any(word.lower_ == style.lower_ for words in before for word in words):
        return True
    country = country_of_demonym(style.text)
    codes = nationality(person)
    return country is not None and (not codes or country.country_code in codes)


def _married_pairs_told_travelling(
    earlier: list[Mention], table: EntityTable, others: set[str]
) -> list[list[Referent]]:
    """ "A and his wife B landed in Kel; ministers C and D are travelling with him. ... A
    dinner in honour of the couple": a couple is a traveller and their spouse, before any
    other pair told travelling since; the latest such told first."""
    pairs: list[list[Referent]] = []
    for mention in reversed(earlier):
        if mention.type != "visit":
            continue
        for party in (mention.actor.referent, *mention.co_actors):
            spouse = spouse_named_of(party, table) if party.label == "PERSON" else None
            pair = [party, spouse] if spouse is not None and spouse.key != party.key else []
            if pair and others.isdisjoint(ref.key for ref in pair):
                pairs.append(pair)
    return pairs


def _pairs_told_travelling(earlier: list[Mention], others: set[str]) -> list[list[Referent]]:
    """Two people told travelling together, the latest first."""
    pairs: list[list[Referent]] = []
    for mention in reversed(earlier):
        travellers = [mention.actor.referent, *mention.co_actors]
        people = all(party.label == "PERSON" for party in travellers)
        apart = others.isdisjoint(party.key for party in travellers)
        if mention.type == "visit" and len(travellers) == 2 and people and apart:
            pairs.append(travellers)
    return pairs


def _pairs_told_as_guests(earlier: list[Mention], others: set[str]) -> list[list[Referent]]:
    """ "X welcomed A and B at the airport ... The couple fly on to Vik": with no trip of
    theirs told together, a couple is two people told as the guests of a welcome or a meal,
    the latest first; their host, who may have met them alone since, is never one of them."""
    pairs: list[list[Referent]] = []
    for mention in reversed(earlier):
        hosting = is_welcome(mention.trigger) or tells_a_meal(mention.trigger)
        guests = [party for party in mention.counterparts if party.label == "PERSON"]
        apart = others.isdisjoint(party.key for party in guests)
        if mention.type == "meeting" and hosting and len(guests) == 2 and apart:
            pairs.append(guests)
    return pairs


def _party_told_travelling(earlier: list[Mention], royal: bool = False) -> list[Referent]:
    """ "X and his wife landed in Kel and were met by Y. ... The presidential party flew to Vik":
    the party is the traveller told last and those told travelling with them, not the host."""
    told = [mention for mention in earlier if mention.type == "visit"]
    visits = [mention for mention in told if not _recalled_after(mention, told)]
    # "Y, who is travelling with X ... Y said he would make the trip next year": a trip told
    # going nowhere is a companion or a plan, no leg the party is on; the latest trip to a
    # place is, when one is told. A trip placed only by the invitation it takes up is such a
    # plan: the party is told going somewhere now, not someday.
    going = [mention for mention in visits if mention.location is not None]
    visits = [mention for mention in going if not mention.invited_to] or visits
    if not visits:
        return _guests_welcomed_last(earlier)
    last = (_last_trip_of_a_royal(visits) or _last_trip_of_a_royal(told)) if royal else None
    # A trip told by a verb and its noun ("arrived for a state visit") is one sentence's on one
    # day: a noun whose traveller was misread as a country leaves the people the verb tells.
    trip = [mention for mention in told if _same_trip(mention, last)] if last else []
    trip = trip or [mention for mention in visits if _same_trip(mention, visits[-1])]
    people = [party for party in _travellers(trip) if party.label == "PERSON"]
    return list({party.key: party for party in people}.values())


def company_going_on(trigger: Token, earlier: list[Mention], royal: bool) -> list[Referent]:
    """ "A and B landed in Kel ... The visitors will fly to Vik" (or "they will"): the visitors
    are a company, the latest trip told of several people (not one host's trip, nor one read
    off a bare "the visit"). "The guests flew in from Vik" tells only where the arrival told
    before came from: no new trip."""
    if any(prep_objects(trigger, "from")) and not any(prep_objects(trigger, "to")):
        return []
    trips = [m for m in earlier if m.type == "visit" and len(_travellers([m])) > 1]
    return _party_told_travelling(trips, royal) if trips else []


def _royal_style(party: Token) -> bool:
    """ "The royal party", "the imperial party": a party told by a crown's style."""
    styles = {child.lower_ for child in all_children(party) if child.dep_ in ("amod", "compound")}
    return not styles.isdisjoint(ROYAL_STYLES)


def _last_trip_of_a_royal(visits: list[Mention]) -> Mention | None:
    """ "The Queen and her husband landed in Kel ... the President flew up from Vik to greet
    his guests ... The royal party leaves for Lorn": a royal party is the royals told
    travelling last, not a host whose own trip was told since."""
    royal = [mention for mention in visits if any(map(_told_as_royal, _travellers([mention])))]
    return royal[-1] if royal else None


def _told_as_royal(person: Referent) -> bool:
    """Whether a person is ever printed with a crown's rank: "Queen A", "the King", "Prince B"."""
    ranks = title_lists()["title.monarch_offices"] | title_lists()["title.heir_offices"]
    for span in person.mentions:
        before = span.doc[span.start - 1 : span.start] if span.start > 0 else []
        if any(word.lower_ in ranks for word in [*before, *span]):
            return True
    return False


def _travellers(trip: list[Mention]) -> list[Referent]:
    """Each traveller of a shared trip is a mention of their own on the one trigger."""
    return [party for mention in trip for party in (mention.actor.referent, *mention.co_actors)]


def _same_trip(mention: Mention, last: Mention) -> bool:
    """Told in the trip's sentence and on its day ("landed in Kel, where A left for Vik in
    1850" tells another's trip)."""
    day = mention.date.value if mention.date else None
    return mention.sentence == last.sentence and day == (last.date.value if last.date else None)


def _recalled_after(mention: Mention, visits: list[Mention]) -> bool:
    """ "A arrived in Kel yesterday, received by B. ... B paid a state visit to Lorn in 1990.
    ... The royal party flies to Vik": a trip told after another but over before that one
    began is recalled, and its traveller (often the host) is not the party travelling now."""
    if mention.date is None:
        return False
    return any(
        other.trigger.i < mention.trigger.i
        and other.date is not None
        and mention.date.end < other.date.start
        for other in visits
    )


def _guests_welcomed_last(earlier: list[Mention]) -> list[Referent]:
    """ "A and her husband B sailed into the bay and were welcomed by X. ... The royal party
    flies to Vik": with no trip told, the party is whom the latest welcome greeted, not its
    host."""
    welcomes = [
        mention
        for mention in earlier
        if mention.type == "meeting" and mention.trigger.lemma_ in cue_words("reception")
    ]
    guests = welcomes[-1].counterparts if welcomes else []
    return [guest for guest in guests if guest.label == "PERSON"]


def _with_their_spouses(travellers: list[Referent], table: EntityTable) -> list[Referent]:
    """ "A and her husband B landed in Kel ... A toured Vik. The royal party flew to Lorn": the
    last trip told may be one traveller's alone, but the party is each with their spouse."""
    spouses = (spouse_named_of(party, table) for party in travellers)
    found = [*travellers, *(spouse for spouse in spouses if spouse is not None)]
    return list({party.key: party for party in found}.values())


def group_named_before(
    trigger: Token,
    office: frozenset[str] | None,
    size: int | None,
    table: EntityTable,
    earlier: list[Mention],
    *,
    people: bool,
) -> list[Referent]:
    """The group, when no event told before sets it up: those named with its office, a pair
    told together, or as many people as the sentence before names."""
    # "The two leaders", "the two heads of state" hold any of several offices, and the people
    # named with one of those are many: only the events told before say which of them a larger
    # group is. A pair is told so only when exactly two such leaders are named so far ("A
    # landed and was met by the chief minister; B flew in. The two leaders held talks").
    vague = office is not None and "leader" in office
    told_by_office = None if vague and size != 2 else office
    holders = _holders_named_before(trigger, told_by_office, size, table)
    if vague and _greeted_a_guest_together(holders, earlier):
        holders = []
    if not holders and people and size == 2:
        # "A and his wife B landed": a couple travels as one side of any talks; the pair is
        # the latest two told together before them ("A and B set out a common front").
        holders = _pair_told_together_before(trigger, office, table, unmarried=True)
    return holders or (_people_named_just_before(trigger, size, table) if people else [])


# How many a quantified group word counts: "both leaders", "the three presidents".
GROUP_SIZES = {"both": 2, "two": 2, "three": 3, "four": 4}


def group_size(word: Token) -> int | None:
    if word.lemma_.lower() == "couple":
        return 2
    sizes = (GROUP_SIZES.get(child.lower_) for child in all_children(word))
    return next((size for size in sizes if size is not None), None)


def office_of_group(word: Token) -> frozenset[str] | None:
    """The office a plural role names, with the rank that makes it another office: "the two
    prime ministers" are no ministers; "the two heads of state" are leaders."""
    lemma = word.lemma_.lower()
    governed = {of.lower_ for of in prep_objects(word, "of")}
    if lemma == "head" and not governed.isdisjoint(("state", "government")):
        return frozenset({"leader"})
    if lemma not in role_words():
        return None
    ranks = (c.lower_ for c in all_children(word) if c.dep_ in ("amod", "compound"))
    return frozenset({lemma, *(rank for rank in ranks if rank in rank_words())})


def _greeted_a_guest_together(pair: list[Referent], earlier: list[Mention]) -> bool:
    """ "A landed and was met by President B and Prime Minister C. ... The two leaders held
    talks": two who greeted a guest together are the guest's hosts, and the talks are likely
    the guest's with one of them, not theirs with each other."""
    keys = {party.key for party in pair}
    if len(keys) != 2:
        return False
    for mention in earlier:
        if mention.type != "meeting":
            continue
        parties = {mention.actor.referent.key, *(ref.key for ref in mention.counterparts)}
        parties.update(ref.key for ref in mention.co_actors)
        if keys < parties:
            return True
    return False


def _holders_named_before(
    trigger: Token, office: frozenset[str] | None, size: int | None, table: EntityTable
) -> list[Referent]:
    """ "Premier A welcomed Prime Minister B in the capital on Monday. ... On Tuesday the two
    prime ministers held talks": with no meeting of theirs told before, the group is the
    people named so far printed with the office, when they are as many as it counts."""
    if office is None or size is None:
        return []
    first_told = {
        ref.key: min(span.start for span in ref.mentions)
        for ref in table.referents
        if ref.label == "PERSON" and ref.mentions
    }
    named = (ref for ref in table.referents if first_told.get(ref.key, trigger.i) < trigger.i)
    holders = sorted(
        (ref for ref in named if holds_office(ref, office)), key=lambda ref: first_told[ref.key]
    )
    return holders if len(holders) == size else []


def traveller_and_host_named_before(
    trigger: Token,
    office: frozenset[str] | None,
    home: frozenset[str] | None,
    reading: Reading,
    earlier: list[Mention],
) -> list[Referent]:
    """ "A landed in Kel and was met by the foreign minister ... The two leaders held talks":
    with no talks of theirs told and not just two leaders named, a pair of leaders is the
    latest traveller who may hold the office and the one other person named so far who does
    (at "the Prime Minister's Residence", the one who holds that office)."""
    if office is None:
        return []
    # Ministers flown in with the guest hold no leader's office: the traveller is before them.
    # Nor does a spouse, printed with no office.
    # "A and his wife B landed" is read as a visit of each too: the traveller is A, not B.
    companions = companions_of_travellers(earlier, reading.table)
    travellers = [
        mention.actor.referent
        for mention in earlier
        if mention.type == "visit"
        and mention.trigger.i < trigger.i
        and mention.actor.referent.label == "PERSON"
        and holds_office(mention.actor.referent, office) is not False
        and not known_as_spouse(mention.actor.referent)
        and mention.actor.referent.key not in companions
    ]
    if not travellers:
        return []
    traveller = travellers[-1]
    named = _people_named_before(trigger, reading.table)
    party = _travelling_with(traveller, earlier, reading.table)
    named = [ref for ref in named if ref.key not in party]
    hosts = [ref for ref in named if holds_office(ref, home or office)]
    if not hosts and home is None:
        # "A toured Lorn ... a day after his Lornish counterpart B pressed him": B holds A's
        # office in his own country, though printed with none.
        hosts = [ref for ref in named if _told_as_a_counterpart(ref)]
    if len(hosts) > 1:
        # "A arrived at the invitation of B. ... C has sent ships, Prime Minister D said":
        # of several who hold the office, the host is the one told inviting, greeting or
        # meeting the traveller, not one only quoted since.
        met = _parties_beside(traveller, earlier)
        hosts = [ref for ref in hosts if ref.key in met]
    return [traveller, hosts[0]] if len(hosts) == 1 else []


def companions_of_travellers(earlier: list[Mention], table: EntityTable) -> set[str]:
    """The keys of everyone told arriving beside a traveller as one of the traveller's own
    party ("A and his wife B landed", "A and his foreign minister B flew in"): a spouse, or
    one of the traveller's own country. (A host who flies on with the guest is of another.)"""
    return {
        fellow.key
        for mention in earlier
        if mention.type == "visit"
        for fellow in mention.co_actors
        if fellow.key != mention.actor.referent.key
        and _of_one_party(mention.actor.referent, fellow, table)
    }


def _of_one_party(traveller: Referent, fellow: Referent, table: EntityTable) -> bool:
    if fellow.label != "PERSON" or traveller.label != "PERSON":
        return False
    spouses = (spouse_named_of(traveller, table), spouse_named_of(fellow, table))
    if known_as_spouse(fellow) or fellow.key in {ref.key for ref in spouses if ref}:
        return True
    home = nationality(traveller)
    return len(home) == 1 and nationality(fellow) == home


def _parties_beside(person: Referent, earlier: list[Mention]) -> set[str]:
    """The keys of everyone an event told before has as a party beside the person."""
    told = ([m.actor.referent, *m.co_actors, *m.counterparts] for m in earlier)
    parties = [{ref.key for ref in refs} for refs in told]
    return {key for keys in parties if person.key in keys for key in keys} - {person.key}


def _travelling_with(traveller: Referent, earlier: list[Mention], table: EntityTable) -> set[str]:
    """The keys of the traveller, the traveller's spouse and whoever arrives beside them: one
    side of any talks, never the other leader ("A and his wife B arrived ... the two
    presidents held talks" are no talks of A with B)."""
    # A couple's one arrival is read as a visit of each, told by the same word.
    legs = {
        mention.trigger.i
        for mention in earlier
        if mention.type == "visit" and mention.actor.referent.key == traveller.key
    }
    party = {traveller.key}
    for mention in earlier:
        if mention.type == "visit" and mention.trigger.i in legs:
            party.add(mention.actor.referent.key)
            party.update(fellow.key for fellow in mention.co_actors)
    people = (ref for ref in table.referents if ref.label == "PERSON")
    spouses = {ref.key: spouse_named_of(ref, table) for ref in people}
    party.update(key for key, spouse in spouses.items() if spouse and spouse.key in party)
    party.update(spouse.key for key, spouse in spouses.items() if spouse and key in party)
    return party


def _told_as_a_counterpart(person: Referent) -> bool:
    """Whether a person is ever printed as someone's counterpart: "his Lornish counterpart B"."""
    titles = (title_of(span) for span in person.mentions)
    return any(title is not None and title.by_likeness for title in titles)


def _people_named_before(trigger: Token, table: EntityTable) -> list[Referent]:
    """The people the story names before the trigger."""
    return [
        ref
        for ref in table.referents
        if ref.label == "PERSON" and any(span.start < trigger.i for span in ref.mentions)
    ]


def _pair_told_together_before(
    trigger: Token,
    office: frozenset[str] | None,
    table: EntityTable,
    others: frozenset[str] | set[str] = frozenset(),
    *,
    unmarried: bool = False,
) -> list[Referent]:
    """ "A and his counterpart B opened a bridge. ... The two presidents held talks": with
    no talks of theirs told, a pair is the latest two people told as the joint subject of a
    clause before, whatever that clause did; `unmarried`, a couple is passed over."""
    doc = trigger.doc
    for word in reversed(doc[: trigger.sent.start]):
        if word.dep_ not in ("nsubj", "nsubjpass") or not conjuncts_of(word):
            continue
        found = referents([word], table)
        # "A and First Lady B landed": a pair unlike the office leaves an earlier one to find.
        people = len(found) == 2 and all(ref.label == "PERSON" for ref in found)
        apart = others.isdisjoint(ref.key for ref in found)
        couple = unmarried and married(found, table)
        if people and apart and not couple and not unlike_office(found, office):
            return found
    return []


def married(pair: list[Referent], table: EntityTable) -> bool:
    """Whether one of a pair is told as the other's spouse."""
    spouses = (spouse_named_of(party, table) for party in pair)
    keys = {party.key for party in pair}
    return any(spouse is not None and spouse.key in keys for spouse in spouses)


def _people_named_just_before(
    trigger: Token, size: int | None, table: EntityTable
) -> list[Referent]:
    """ "The treaty was signed by A, B, C and their host D. The four heads of state met": a
    group of three or more people, with no talks of theirs told, is the people the sentence
    before names, when they are exactly as many (a pair is too often two named in passing)."""
    if size is None or size < 3 or trigger.sent.start == 0:
        return []
    before = trigger.doc[trigger.sent.start - 1].sent
    named = [
        ref
        for ref in table.referents
        if ref.label == "PERSON"
        and any(before.start <= span.start < before.end for span in ref.mentions)
    ]
    return named if len(named) == size else []


def named_in_clause(trigger: Token, group: Token | None = None) -> list[Token]:
    """Who the trigger's clause, or a clause joined to it, names as met or visited; for a
    `group` told as the subject, only the clauses it is the subject of ("both ministers arrived
    and met X"), not one joined with a subject of its own ("A met B at the airport, and the two
    held talks": B is one of the two)."""
    verbs = [trigger, *(c for c in conjuncts_of(trigger) if c.pos_ == "VERB")]
    if group is not None:
        verbs = [verb for verb in verbs if verb == trigger or not _subject_other_than(verb, group)]
    return [word for verb in verbs for word in met_words(verb)]


def _subject_other_than(verb: Token, group: Token) -> bool:
    return any(subject.i != group.i for subject in children(verb, "nsubj", "nsubjpass"))


def unlike_office(parties: list[Referent], office: frozenset[str] | None) -> bool:
    """ "The two ministers" are not a minister and the president she met since."""
    if office is None:
        return False
    # "The two leaders" after "X and First Lady Y landed": a spouse holds no office.
    return any(holds_office(party, office) is False or styled_as_spouse(party) for party in parties)


def pair_set_together_just_before(
    trigger: Token, office: frozenset[str] | None, table: EntityTable, text: str
) -> list[Referent]:
    """ "A, who flew in from Vik, joined B at the gate. The two men talked": a pair of people
    is the two the sentence just before, in its own paragraph, sets together as its joint
    subjects, as subjects of its clauses or as the subject and object of its main verb, when
    it names no one else; older talks are another pair's."""
    start = trigger.sent.start
    if start == 0:
        return []
    before = trigger.doc[start - 1].sent
    if text.rfind(PARAGRAPH_BREAK, 0, trigger.idx) >= before.start_char:
        return []
    found = referents(_subjects_and_object(before), table)
    named = {ref.key for ref in table.referents if ref.label == "PERSON" and _named_in(ref, before)}
    pair = list({ref.key: ref for ref in found}.values())
    alone = named <= {ref.key for ref in pair}
    people = all(party.label == "PERSON" for party in pair)
    fits = len(pair) == 2 and people and alone and not married(pair, table)
    return pair if fits and not unlike_office(pair, office) else []


def _subjects_and_object(sentence: Span) -> list[Token]:
    """The subjects of a sentence's own clauses (not of what it reports someone said), and
    the object of its main verb."""
    told = [
        word
        for word in sentence
        if word.dep_ in ("nsubj", "nsubjpass")
        and word.lower_ not in ("who", "that", "which")
        and not any(verb.dep_ == "ccomp" for verb in ancestors_of(word))
    ]
    return [*told, *children(sentence.root, "dobj")]


def _named_in(ref: Referent, sentence: Span) -> bool:
    return any(sentence.start <= span.start < sentence.end for span in ref.mentions)
