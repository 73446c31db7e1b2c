"""Who the traveller of a trip is, and the guests, hosts and senders a mention's parties
may be.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from stream.contracts import DatePrecision, EventDate, EventStatus
from stream.nlp import gazetteer
from stream.nlp.doctext import all_children, ancestors_of, subtree_of
from stream.nlp.entities.canonical import known_as_spouse
from stream.nlp.entities.table import EntityTable, Referent
from stream.nlp.events.arrival_sites import at_arrival_site
from stream.nlp.events.dates import event_date
from stream.nlp.events.dates_told_before import _participants
from stream.nlp.events.mention import (
    REPEAT_WORDS,
    SHARED_TYPES,
    TRIP_NOUNS,
    Mention,
    Reading,
    _within,
)
from stream.nlp.events.records import is_definite
from stream.nlp.events.status import _anchor, looks_ahead, resolve_told, status_cue
from stream.nlp.events.stays import acceptance, accepted, going_ahead, paying_verb
from stream.nlp.lexicon import cue_words, role_words
from stream.nlp.roles.actors import is_passive, reaction_to, sequence_governor, thanked_for_it
from stream.nlp.roles.companions import (
    clause_subjects,
    country_of_referent,
    forces_described,
    forces_subject,
    group_word,
    open_water_or_region,
    sending_country,
    tells_a_meal,
)
from stream.nlp.roles.guests import is_welcome, meal_guests, told_of_most
from stream.nlp.roles.met_parties import gathering_goers, governing_subjects
from stream.nlp.roles.owners import is_courtesy_call, person_of_trip
from stream.nlp.roles.reference import referent
from stream.nlp.roles.stops import STOP_NOUNS
from stream.nlp.roles.syntax import (
    NOUN_POS,
    Role,
    children,
    clause_chain,
    prep_objects,
    with_conjuncts,
    words_short_of,
)


def welcomed_at_arrival_site(mention: Mention) -> bool:
    reception = mention.type == "meeting" and mention.trigger.lemma_ in cue_words("reception")
    trigger = mention.trigger
    return reception and at_arrival_site(trigger) and not _met_each_other(trigger)


def _met_each_other(verb: Token) -> bool:
    """ "A and B met at Vadum airport for two hours": a meeting both sides are told doing, with
    no one met, welcomes neither; it is talks held at the airport."""
    if verb.pos_ != "VERB" or is_welcome(verb) or is_passive(verb) or any(children(verb, "dobj")):
        return False
    subjects = [word for subject in clause_subjects(verb) for word in with_conjuncts(subject)]
    return len(subjects) > 1 or group_word(verb) is not None


def capitals_as_states(
    event_type: str, actor: Role, counterparts: list[Referent], table: EntityTable
) -> tuple[Role, list[Referent]]:
    """ "Lima and Santiago signed 14 agreements": a deal binds states, and a capital named as
    its party stands for its state, as "the two sides" do for theirs; so does a capital that
    sends forces ("Lima has sent 600 troops to Haiti")."""
    if event_type not in ("agreement", "deployment"):
        return actor, counterparts
    signer = Role(_state_for_capital(actor.referent, table), actor.from_parse)
    return signer, [_state_for_capital(party, table) for party in counterparts]


def _state_for_capital(party: Referent, table: EntityTable) -> Referent:
    place = party.place
    if party.label != "GPE" or place is None or not gazetteer.is_capital(place):
        return party
    return table.place(gazetteer.country_of(place))


def sender_of_forces(
    event_type: str, trigger: Token, actor: Role | None, reading: Reading, earlier: list[Mention]
) -> tuple[str, Role | None]:
    """The type and actor of a clause about forces. "U.S. paratroopers will arrive in
    Latvia": forces that arrive are deployed, by the country named with them, else by the one
    that sent the forces told before. "Chilean soldiers, stationed in Haiti since 2004": forces
    told as stationed or deployed are sent so too, when no holder of them is told."""
    if event_type in ("visit", "deployment") and forces_subject(trigger):
        return "deployment", _sender(trigger, reading, earlier)
    if event_type == "deployment" and actor is None and forces_described(trigger):
        return event_type, _sender(trigger, reading, earlier)
    return event_type, actor


def _sender(trigger: Token, reading: Reading, earlier: list[Mention]) -> Role | None:
    sender = sending_country(trigger, reading.table)
    if sender is not None:
        return Role(sender, from_parse=True)
    told = next((m for m in reversed(earlier) if m.type == "deployment"), None)
    return Role(told.actor.referent, from_parse=False) if told is not None else None


def receiver_told_before(
    event_type: str,
    sender: Referent,
    location: Referent | None,
    counterparts: list[Referent],
    earlier: list[Mention],
) -> tuple[Referent, list[Referent]] | None:
    """ "Portugal will send troops to Lorvia ... Brenn will also send soldiers": forces sent to
    no place and no receiver the sentence names go where the story's last deployment went,
    unless that is the sender's own country. The place and the receiver are then that
    country."""
    if event_type != "deployment" or location is not None or counterparts:
        return None
    told = next((m for m in reversed(earlier) if m.type == "deployment" and m.counterparts), None)
    if told is None or told.counterparts[0].key == sender.key:
        return None
    return told.counterparts[0], [told.counterparts[0]]


# Prepositions that tell where forces go or whose mission they serve: "to Kell", "into
# Kell", "under the mission in Brenn", "against Vell", "at the request of Brenn".
DESTINATION_PREPOSITIONS = frozenset({"to", "into", "in", "inside", "at", "on", "under", "against"})
# Verbs of what forces are sent to do for a receiver: "to help Lorvia", "to patrol the coast
# of Lorvia", "to advise Lorvian troops", "if the Lorvian government requests it".
AID_VERBS = frozenset(
    {"help", "assist", "support", "advise", "train", "patrol", "protect", "defend", "secure"}
    | {"reinforce", "join", "work", "request", "ask"}
)
# Clauses within a phrase that tell something else than where the forces go.
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "appos"})


def receiver_named_in_clause(
    event_type: str,
    trigger: Token,
    sender: Referent,
    location: Referent | None,
    counterparts: list[Referent],
    table: EntityTable,
) -> tuple[Referent, list[Referent]] | None:
    """ "Will send shells to Lorvia", "deployed troops to Kell under the mission in Brenn",
    "sent aircraft to help Lorvia patrol its coast": forces whose place gives no receiving
    country (no place is told, or the gazetteer cannot place it) go to the one foreign
    country told where they go or what they are sent to do for. Not where they come from
    ("from its base in Vell"), nor the far side of the sender's own border ("to its border
    with Brenn"); a sea or a world region lies in no country. With no place told, the
    receiver is the place too."""
    if event_type != "deployment" or counterparts:
        return None
    if location is not None and (
        country_of_referent(location) is not None or open_water_or_region(location)
    ):
        return None
    own = country_of_referent(sender)
    told: dict[str, gazetteer.Place] = {}
    for word in _where_forces_go(trigger):
        found = table.at(word)
        country = country_of_referent(found) if found is not None else None
        if country is None or (own is not None and country.country_code == own.country_code):
            continue
        if not _beyond_origin_or_frontier(word, trigger):
            told[country.country_code] = country
    if len(told) != 1:
        return None
    receiver = table.place(next(iter(told.values())))
    return location or receiver, [receiver]


def _where_forces_go(trigger: Token) -> list[Token]:
    """The words of the trigger's (or its forces') destination phrases and of the clauses
    telling what the forces are sent to do for someone."""
    forces = [c for c in all_children(trigger) if c.dep_ in ("dobj", "nsubjpass")]
    words = [
        word
        for holder in (trigger, *forces)
        for prep in all_children(holder)
        if prep.dep_ == "prep" and prep.lower_ in DESTINATION_PREPOSITIONS
        for word in words_short_of(prep, CLAUSE_DEPS)
    ]
    aims = [
        c for c in all_children(trigger) if c.dep_ in ("xcomp", "advcl") and c.lemma_ in AID_VERBS
    ]
    return words + [word for aim in aims for word in subtree_of(aim)]


def _beyond_origin_or_frontier(word: Token, trigger: Token) -> bool:
    """Whether the word is told as where forces come from ("from Vell") or as what lies
    across a border ("its border with Brenn"), between it and the trigger."""
    for above in ancestors_of(word):
        if above == trigger:
            return False
        if above.lower_ == "from" and above.dep_ == "prep":
            return True
        if above.lower_ == "with" and above.head.lemma_.lower() in cue_words("frontier"):
            return True
    return False


def traveller_named_by_of(event_type: str, trigger: Token, reading: Reading) -> Role | None:
    """ "The visit of X" is X's own trip; "a meeting of X and Y" is one hosted for them."""
    if event_type != "visit" or trigger.pos_ not in NOUN_POS:
        return None
    return person_of_trip(trigger, reading.table)


def traveller_of_the_trip(trigger: Token, reading: Reading, earlier: list[Mention]) -> Role | None:
    """ "The trip started with a stop in London": a definite trip that names no traveller is
    the trip told before, and its traveller makes the stop. So is "a tour" that a definite
    stage is of ("the last stop of a tour that began in Kell"). A stop or a tour so told is
    the story's own journey, never a trip it recalls."""
    stages = _stage_it_is_of(trigger)
    words = [trigger, *governing_subjects(trigger), *stages]
    # "The trip started with a stop in London to meet X": the subject of the clause it is in.
    verb = next((a for a in ancestors_of(trigger) if a.pos_ in ("VERB", "AUX")), None)
    words += children(verb, "nsubj") if verb is not None else []
    # "The last stage of a journey": a stage noun that is no trip word of its own still
    # makes the journey the story's.
    definite = [
        word
        for word in words
        if _definite_trip(word, reading) or (word in stages and _definite_stage(word))
    ]
    journey = any(word.lemma_ in JOURNEY_NOUNS for word in [trigger, *definite])
    # "The trip came days after ...": a trip told as past is one made, not one only planned.
    made = verb is not None and verb.tag_ == "VBD"
    told = next(
        (
            m
            for m in reversed(earlier)
            if m.type == "visit"
            and not (made and m.status != EventStatus.OCCURRED)
            and not (journey and _recalled(m, reading))
        ),
        None,
    )
    if not definite or told is None:
        return None
    return Role(told.actor.referent, from_parse=False)


def _definite_trip(word: Token, reading: Reading) -> bool:
    return reading.trigger_types.get(word.i) == "visit" and is_definite(word)


def _definite_stage(word: Token) -> bool:
    return word.lemma_ in STOP_NOUNS and is_definite(word)


# How far before the story a trip's date may lie and the trip still be the one it tells.
DAYS_OF_A_TRIP = 31
# Nouns of a journey or a stage of it: "the last stop", "the tour".
JOURNEY_NOUNS = TRIP_NOUNS | STOP_NOUNS


def traveller_of_trips_told_before(
    trigger: Token, host: str, reading: Reading, earlier: list[Mention]
) -> Referent | None:
    """A flight into a town, and later an office that hosts "his guest" in some building: a guest
    told only as such is the traveller of the trip the story is telling at that point: of the trips
    told before (none recalled from long ago), the traveller it tells of most; never the host, nor
    one told only as a spouse (who comes with the guest). None when no trip is told, or on a tie
    (two visitors, each on a trip of their own)."""
    trips = [
        m
        for m in earlier
        if m.type == "visit" and m.trigger.i < trigger.i and not _recalled(m, reading)
    ]
    people = {
        party.key: party
        for trip in trips
        for party in (trip.actor.referent, *trip.co_actors)
        if party.label == "PERSON" and party.key != host and not known_as_spouse(party)
    }
    return told_of_most(list(people.values()))


def _recalled(trip: Mention, reading: Reading) -> bool:
    """ "The first since John Paul II came in May 1988": a trip dated long before the story is
    one recalled, not the trip the story is on."""
    return trip.date is not None and (reading.published - trip.date.end).days > DAYS_OF_A_TRIP


def _stage_it_is_of(trip: Token) -> list[Token]:
    """ "The last stop of a tour that began in Kell": a trip told as the one a stage of the
    story belongs to is that story's trip, though the stage names it "a" tour."""
    if trip.dep_ != "pobj" or trip.head.lower_ != "of":
        return []
    return [trip.head.head]


def purpose_of_deployment(event_type: str, trigger: Token, reading: Reading) -> bool:
    """ "Will dispatch a frigate to Bergen for a goodwill visit": the visit is what the ship
    is sent for, told by the deployment, not a trip of the one who sends it."""
    if event_type != "visit" or trigger.pos_ not in NOUN_POS or trigger.dep_ != "pobj":
        return False
    verb = trigger.head.head
    return trigger.head.lower_ == "for" and reading.trigger_types.get(verb.i) == "deployment"


def trip_reacted_to(trigger: Token, reading: Reading) -> bool:
    """ "Activists protested against the visit in Vadum": a trip that others react to is one the
    story tells elsewhere; neither the ones reacting nor where they do are the trip's. Unless
    the reaction names its traveller: "thanked the Pope for his visit"."""
    reaction = reaction_to(trigger) if trigger.pos_ in NOUN_POS else None
    return reaction is not None and thanked_for_it(reaction, reading.table) is None


def hosts_no_guest(trigger: Token, reading: Reading) -> bool:
    """ "A bid to host the Games", "the port hosts 200 foreign firms": what is hosted is a
    thing, not a guest, so no one is met. Guests are people, named or by office, or the
    talks held ("hosted the summit"); a host "for" someone has a guest too."""
    if trigger.lemma_ != "host" or any(prep_objects(trigger, "for")):
        return False
    # "the summit, which X hosted": who is told going to it is the guest.
    if meal_guests(trigger) or gathering_goers(trigger):
        return False
    hosted = list(children(trigger, "dobj"))
    return bool(hosted) and not any(_may_be_guest(word, reading) for word in hosted)


def visits_no_one(trigger: Token, reading: Reading) -> bool:
    """ "Visited Al-Azhar", "visited the Omar Ali Mosque": the model may tag a site or a body
    as a person, so a visit meets someone only when the one visited is told as a person: by
    an office ("visited President X", "the former leader, X") or doing things elsewhere in
    the story. "Visit with X" is talks whatever is visited."""
    if trigger.lemma_ != "visit" or trigger.pos_ != "VERB" or any(prep_objects(trigger, "with")):
        return False
    for obj in children(trigger, "dobj"):
        office = any(word.lower_ in role_words() for word in [*obj.lefts, obj])
        for word in [obj, *children(obj, "appos")]:
            ref = referent(word, reading.table)
            if (
                ref is not None
                and ref.label == "PERSON"
                and (office or ref in reading.table.person_refs)
            ):
                return False
    return True


def meal_attended_by(trigger: Token) -> bool:
    """ "X hosted a dinner for Y at the palace, attended by the first lady": who attends a meal
    given at home is told at it, not travelling there, and its host goes nowhere."""
    agents = any(child.dep_ == "agent" for child in all_children(trigger))
    return trigger.lemma_ in cue_words("attendance") and agents and tells_a_meal(trigger.head)


def _may_be_guest(word: Token, reading: Reading) -> bool:
    found = referent(word, reading.table, names_only=True)
    people = role_words() | cue_words("person_noun") | cue_words("group_of_people")
    return (
        word.i in reading.triggers
        or word.lemma_.lower() in people
        or (found is not None and found.label == "PERSON")
        # "Hosted the Brenners": a family told in the plural is the couple, whatever label
        # the model gave the word.
        or bool(reading.table.family_at(word))
    )


def call_paid_on_a_person(event_type: str, trigger: Token, reading: Reading) -> bool:
    """ "Paid a courtesy visit to President X", "called on X": talks with X, not a trip to a
    place; the trip is told by its own words ("was driven to Y, where ...")."""
    if event_type == "visit" and trigger.lemma_ == "call" and trigger.pos_ == "VERB":
        # "Called on X at Kel": the call is on X; Kel is where they met, no stop of a trip.
        return any(c.lower_ == "on" for c in all_children(trigger) if c.dep_ in ("prep", "prt"))
    if event_type != "visit" or not is_courtesy_call(trigger):
        return False
    called_on = (referent(word, reading.table) for word in prep_objects(trigger, "to"))
    return any(ref is not None and ref.label == "PERSON" for ref in called_on)


def month_of_leg_before(trigger: Token, reading: Reading, *, future: bool) -> EventDate | None:
    """ "Went to Kel in October 2015 before coming to Vik": a leg told behind "before" or
    "after", with no time of its own, falls in the month or year the leg it follows is told
    in (not on its day, which the leg before may have taken alone)."""
    governor = sequence_governor(trigger)
    if governor is None:
        return None
    chain = clause_chain(governor)
    told = event_date(chain, reading.published, reading.triggers, reading.dates, future=future)
    broad = told is not None and told.precision in (DatePrecision.MONTH, DatePrecision.YEAR)
    return told if broad else None


def going_taking_up(trigger: Token) -> Token | None:
    """ "X invited Y to visit Oslo, and Y said he would go early next year": the going that
    takes up the trip invited to, which tells when and whether it is made."""
    invite = trigger.head
    if trigger.dep_ != "xcomp" or invite.lemma_ != "invite":
        return None
    going = acceptance(invite)
    return going if going is not None and going_ahead(going) else None


def cue_of_going(going: Token | None) -> tuple[str, int] | None:
    """ "..., and Y said he would come if it were safe": the going tells whether it is made."""
    return status_cue(clause_chain(going)) if going is not None else None


def date_of_going(going: Token | None, reading: Reading) -> EventDate | None:
    if going is None:
        return None
    chain = clause_chain(going)
    return event_date(chain, reading.published, reading.triggers, reading.dates, future=True)


def date_of_acceptance(trigger: Token, reading: Reading) -> EventDate | None:
    """ "X invited Y to visit Oslo, and Y accepted, saying he hoped to go early next year",
    "... and Y accepted for next year": a time still ahead, told in the clause that takes the
    invitation up, is when the trip invited to is made. A time past there is the accepting's."""
    trigger = paying_verb(trigger)  # "invited Y to pay a state visit to Oslo"
    invite = trigger.head
    if trigger.dep_ != "xcomp" or invite.lemma_ != "invite":
        return None
    return _date_taken_up(invite, reading)


def _date_taken_up(invite: Token, reading: Reading) -> EventDate | None:
    """The time still ahead that the clause taking the invitation up tells (see
    `date_of_acceptance`)."""
    accepted = acceptance(invite)
    if accepted is None:
        return None
    # "..., and Y accepted; officials said he will go next year": the parser may hang a going
    # told after the semicolon on the reporting verb, out of the accepting clause.
    goings = [w for w in invite.sent if w.i > accepted.i and going_ahead(w)]
    told = _within(reading.dates, invite.sent)
    for ent in told:
        anchor = _anchor(ent)
        taken_up = (accepted, *goings)
        if ent.start < accepted.i or not any(
            w in taken_up for w in (anchor, *ancestors_of(anchor))
        ):
            continue
        # "Y accepted on Friday", "accepted, telling reporters on Friday ...": a time of the
        # accepting is read as past, and so left out; "saying he would go in May" looks ahead.
        ahead = anchor.i != accepted.i and (going_ahead(anchor) or looks_ahead(anchor))
        found = resolve_told(ent, told, reading.dates, reading.published, future=ahead)
        if found is not None and found.end >= reading.published:
            return found
    return None


def trips_invited_to(invitation: Mention, reading: Reading) -> list[Mention]:
    """ "X invited Y to Oslo, and Y accepted", "... to the summit in Oslo in May, which Y
    accepted", "..., and Y said he would come": an invitation to a place, taken up, is each
    invitee's trip there, planned (or as the going told says), at the time still ahead that
    the taking-up or the place invited to tells. "Invited Y to visit Oslo" is left to the
    trip word "visit" itself (see `only_invited`)."""
    invite = invitation.trigger
    if invitation.type != "invitation" or invite.lemma_ != "invite" or invite.pos_ != "VERB":
        return []
    # "Said he would invite Y to Oslo, and that he would go to Vik": an invitation still to be
    # made is taken up by no one.
    if invitation.status is not EventStatus.OCCURRED:
        return []
    if invitation.location is None or any(children(invite, "xcomp")) or not accepted(invite):
        return []
    going = acceptance(invite)
    cue = cue_of_going(going if going is not None and going_ahead(going) else None)
    # "..., and Y said he might come": a going only thought possible is speculated.
    speculated = cue is not None and cue[0] == EventStatus.SPECULATED.value
    date = _date_taken_up(invite, reading) or _date_of_place_invited_to(invite, reading)
    return [
        replace(
            invitation,
            type="visit",
            actor=Role(invitee, from_parse=True),
            counterparts=[],
            co_actors=[],
            date=date,
            date_is_own=date is not None,
            status=EventStatus.SPECULATED if speculated else EventStatus.PLANNED,
        )
        for invitee in invitation.counterparts
        if invitee.label == "PERSON"
    ]


def place_of_invitation_taken_up(
    trip: Mention, reading: Reading, earlier: list[Mention]
) -> Referent | None:
    """ "X invited Y to visit Oslo. Y accepted, and said he would make the trip next year": a
    planned trip with no place, told by the one who accepts an invitation told in its sentence
    or the one before, is the trip invited to, at the invitation's place. One asked to be
    made again ("invited Y to come again") goes where the traveller's trip told before went."""
    if trip.type != "visit" or trip.location is not None or trip.status is not EventStatus.PLANNED:
        return None
    sentence = trip.trigger.sent
    if not _accepted_by(sentence, trip.actor.referent, reading.table):
        return None
    told_before = sentence.start - 1 if sentence.start > 0 else sentence.start
    invitation = next(
        (
            m
            for m in reversed(earlier)
            if m.type == "invitation"
            and m.trigger.pos_ == "VERB"
            and m.trigger.sent.start in (sentence.start, sentence.doc[told_before].sent.start)
        ),
        None,
    )
    if invitation is None:
        return None
    if invitation.location is not None:
        return invitation.location
    return _place_gone_before(trip, earlier) if _asked_again(invitation.trigger) else None


def _accepted_by(sentence: Span, traveller: Referent, table: EntityTable) -> bool:
    """Whether the traveller is told accepting in the sentence ("Y accepted, and said ...")."""
    return any(
        word.lemma_ in cue_words("acceptance")
        and word.pos_ == "VERB"
        and not any(child.dep_ == "neg" for child in all_children(word))
        and any(
            (found := table.at(subject)) is not None and found.key == traveller.key
            for subject in children(word, "nsubj")
        )
        for word in sentence
    )


def _asked_again(invite: Token) -> bool:
    """ "Invited Y to come again": the trip asked for is one made once more."""
    return any(
        child.lower_ in REPEAT_WORDS
        for verb in children(invite, "xcomp")
        for child in all_children(verb)
    )


def _place_gone_before(trip: Mention, earlier: list[Mention]) -> Referent | None:
    """The place of the traveller's latest trip told before, made already."""
    gone = (
        m.location
        for m in reversed(earlier)
        if m.type == "visit"
        and m.location is not None
        and m.status is EventStatus.OCCURRED
        and m.actor.referent.key == trip.actor.referent.key
    )
    return next(gone, None)


def _date_of_place_invited_to(invite: Token, reading: Reading) -> EventDate | None:
    """ "Invited Y to the summit in Oslo next year", "to Oslo for the meeting in May": a time
    still ahead told within the phrase of the place or occasion invited to. (A time told
    elsewhere in the clause, "during Monday's talks", is the inviting's.)"""
    phrases = [prep for prep in children(invite, "prep") if prep.lower_ in ("to", "for")]
    phrase = {word.i for prep in phrases for word in subtree_of(prep)}
    told = _within(reading.dates, invite.sent)
    for ent in told:
        hung_after = _hung_on_invite_after(ent, invite, phrases)
        if _anchor(ent).i not in phrase and not hung_after:
            continue
        found = resolve_told(ent, told, reading.dates, reading.published, future=True)
        if found is None or found.end < reading.published:
            continue
        # A day hung on the verb names the inviting too often ("invited Y to Oslo on Monday").
        if hung_after and found.precision is DatePrecision.DAY:
            continue
        return found
    return None


def _hung_on_invite_after(ent: Span, invite: Token, phrases: list[Token]) -> bool:
    """ "Invited Y to Oslo next year", "to the parade in Vik in May": the parser may hang a
    time told right after the place invited to on the inviting verb; a month, season or year
    still ahead there times the trip asked for, as the invitation's own date already leaves
    it to the trip (`_told_with_trip_invited_to`)."""
    if _anchor(ent).i != invite.i:
        return False
    doc = ent.doc
    # Only its preposition may stand between: "to Oslo in May", "to Oslo next year".
    between = (doc[prep.right_edge.i + 1 : ent.start] for prep in phrases)
    return any(all(w.dep_ == "prep" for w in words) and len(words) <= 1 for words in between)


def place_of_the_pair(
    event_type: str, group: list[Referent], date: EventDate | None, earlier: list[Mention]
) -> Referent | None:
    """ "A and B signed the treaty at the Y residence. ... The two presidents held talks": talks
    of the pair, told with no place, are where the pair signed or met that day."""
    if event_type != "meeting" or not group or date is None:
        return None
    pair = {party.key for party in group}
    told = (
        m.location
        for m in reversed(earlier)
        if m.type in SHARED_TYPES
        and m.location is not None
        and m.date == date
        and not welcomed_at_arrival_site(m)
        and _participants(m) == pair
    )
    return next(told, None)
