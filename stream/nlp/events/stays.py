"""Stays abroad and at home: guests welcomed to a place, stops of a trip, trips gone ahead
or left, and acceptances of an invitation.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Span, Token

from stream.contracts import DatePrecision, EventStatus
from stream.nlp import gazetteer
from stream.nlp.doctext import all_children, conjuncts_of, indices_where, subtree_of
from stream.nlp.entities.canonical import holds_office
from stream.nlp.entities.matchers import PLACE_LABELS
from stream.nlp.entities.table import EntityTable, Referent
from stream.nlp.events.mention import HOSTING, POPE, Mention, Reading
from stream.nlp.events.status import looks_ahead
from stream.nlp.lexicon import cue_words, fold
from stream.nlp.roles import actors
from stream.nlp.roles.appositions import referents
from stream.nlp.roles.companions import travelled_with
from stream.nlp.roles.guests import is_meal, meal_guests
from stream.nlp.roles.reference import nationality
from stream.nlp.roles.syntax import (
    ABOUT_PREPS,
    NOUN_POS,
    OTHER_TIME_PREPS,
    SUBJECTS,
    Role,
    children,
    prep_objects,
)

# Where a visitor receives guests abroad on their own country's ground.
OWN_MISSIONS = frozenset({"embassy", "consulate", "legation"})
# "Would go", "may return": the modals of a going told ahead that takes an invitation up.
GOING_MODALS = frozenset({"will", "would", "may", "might", "could"})
# What links a trip to the verb an invitation asks for: "to become the first to visit Lorn"
# (a relative clause on the verb's attribute), "to return for a visit" (a prepositional object).
ASKED_FOR_LINKS = frozenset({"xcomp", "relcl", "acl", "attr", "pobj", "prep"})
INVITATION_STEPS = 4
# "To return for a visit", "to come on a state visit": a trip so told is what is asked for.
ASKED_FOR_PREPS = frozenset({"for", "on"})


def guests_welcomed_to(welcome: Mention, reading: Reading) -> list[Mention]:
    """ "Moen will welcome Queen Ingrid to the White House": the guest comes to the place,
    a visit whose counterpart is the host (the talks are a meeting of their own)."""
    trigger = welcome.trigger
    if welcome.type != "meeting" or trigger.lemma_ not in cue_words("reception"):
        return []
    if welcome.location is None or not any(
        _names_place(word, reading.table) for word in prep_objects(trigger, "to")
    ):
        return []
    # "X, who is travelling with the President, met Y to ...": a host whose place is only
    # borrowed from the trip they go along on welcomes no one to it.
    if _placed_by_trip_along(welcome, reading):
        return []
    host = welcome.actor.referent
    # "X welcomed him to Y": the object pronoun is someone other than the host.
    objects = list(children(trigger, "dobj"))
    guests = referents(objects, reading.table, excluding=host.key)
    return [
        replace(
            welcome,
            type="visit",
            actor=Role(guest, from_parse=True),
            counterparts=[host],
            co_actors=[],
        )
        for guest in guests
        if guest.label == "PERSON" and guest.key != host.key
    ]


def _names_place(word: Token, table: EntityTable) -> bool:
    """ "Welcomed X to Vik", "to the Orla Palace": the guest comes to a place; "welcomed X to
    the alliance", "to the talks" tells what the guest joins, no place gone to."""
    found = table.at(word)
    if found is not None and found.label in PLACE_LABELS:
        return True
    return gazetteer.place(found.name if found is not None else word.text) is not None


def received_where_no_host_is_named(meeting: Mention, reading: Reading) -> list[Mention]:
    """ "X was received at the Capitol", "was received in audience at the Vatican": a guest
    received at a place with no host named came there, a visit; the talks are the holder's
    of the place only where the story names one the code knows to hold it (a pope, at his
    see). The meeting so read has no counterpart, and makes no event of its own."""
    trigger = meeting.trigger
    if meeting.type != "meeting" or meeting.counterparts or meeting.location is None:
        return []
    # "Could be received at X before the year is out": like talks only spoken of (see
    # `stay_there`), a reception only thought possible tells no trip.
    if meeting.status is EventStatus.SPECULATED:
        return []
    if trigger.pos_ != "VERB" or trigger.lemma_ not in HOSTING or actors.passive_agents(trigger):
        return []
    guest = meeting.actor.referent
    received = referents(list(children(trigger, "nsubjpass")), reading.table)
    if guest.label != "PERSON" or guest.key not in {ref.key for ref in received}:
        return []
    # "Arrived in Vik and was received at the airport": an arrival's welcome is read with the
    # arrival (see `events/arrivals.py`), not as a trip of its own.
    if any(reading.trigger_types.get(word.i) == "visit" for word in trigger.sent):
        return []
    visit = replace(meeting, type="visit", co_actors=[], visitors=frozenset())
    holder = _holder_of_the_see(meeting.location, reading.table)
    if holder is None:
        return [visit]
    if holder.key == guest.key or holds_office(guest, POPE):
        return []  # a pope received at his see is at home
    audience = replace(meeting, actor=Role(holder, from_parse=False), counterparts=[guest])
    return [visit, audience]


def _holder_of_the_see(place: Referent, table: EntityTable) -> Referent | None:
    """The one pope the story prints with his title, where the place is a papal see."""
    if fold(place.name) not in cue_words("papal_seat"):
        return None
    # `person_refs` holds one entry per mention: the same pope told twice is still one.
    popes = {ref.key: ref for ref in table.person_refs if holds_office(ref, POPE)}
    return next(iter(popes.values())) if len(popes) == 1 else None


def stop_of_the_trip(meeting: Mention, chain: list[Token], reading: Reading) -> list[Mention]:
    """ "Will hold talks with X in Y as part of a regional tour", "met X in Y during her
    trip": talks somewhere told as part of the actor's trip are a stop of it, a visit there."""
    if meeting.type != "meeting" or meeting.location is None:
        return []
    # "Will brief Y on the Vik talks during a visit to Ulm": talks told as what is spoken of
    # were held before, not on the trip the speaking is done on.
    trigger = meeting.trigger
    if trigger.dep_ == "pobj" and trigger.head.lower_ in ABOUT_PREPS:
        return []
    framing = [
        trip
        for word in chain
        for trip in [*prep_objects(word, "during", "on"), *_part_of(word)]
        if reading.trigger_types.get(trip.i) == "visit"
    ]
    travellers = (actors.actor(trip, reading.table) for trip in framing)
    if all(
        traveller is None or traveller.referent.key != meeting.actor.referent.key
        for traveller in travellers
    ):
        return []
    return [replace(meeting, type="visit", counterparts=[], co_actors=[], visitors=frozenset())]


def stay_abroad(meeting: Mention, chain: list[Token], reading: Reading, doc: Doc) -> list[Mention]:
    """ "In Quito, Premier Lind of Norway met X", "she met X in Quito on Saturday": talks a
    person held abroad tell a stay there, a visit on the talks' day, unless a trip told in
    the story holds them (see `merge`). Talks only hoped for or invited to tell no trip."""
    if meeting.type != "meeting" or _host_of_a_reception(meeting):
        return []
    # "The two ministers held talks in Lorn": each of the two is in Lorn, abroad or at home.
    holders = [meeting, *(_as_actor(meeting, party) for party in meeting.fellows)]
    return [stay for one in holders for stay in stay_there(one, chain, reading, doc)]


def _host_of_a_reception(meeting: Mention) -> bool:
    """ "Lind was received by the Pope at the Vatican", "X hosted Y in Lorn", "X gave a dinner
    for Y in Lorn": who receives a guest is at home there, whatever country their title names;
    the guest's stay is the one told (see `guests_received_abroad`). Their country's embassy is
    the exception: a host receiving there is abroad."""
    trigger = meeting.trigger
    hosting = (trigger.pos_ == "VERB" and trigger.lemma_ in HOSTING) or (
        _gives_a_meal(trigger) and _in_a_capital(meeting.location)
    )
    return hosting and not any(word.lower_ in OWN_MISSIONS for word in trigger.sent)


def _gives_a_meal(trigger: Token) -> bool:
    """ "Gave a state dinner for her at the palace", "gives a banquet in honour of his guest":
    who gives a meal for a guest hosts it, as one who receives the guest does."""
    given = trigger.dep_ == "dobj" and is_meal(trigger)
    giving = any(is_meal(word) for word in children(trigger, "dobj"))
    return (given or giving) and bool(meal_guests(trigger))


def _in_a_capital(place: Referent | None) -> bool:
    """A capital or a site in one: where a host who gives a meal is at home. Elsewhere in the
    country ("drove with his guest into Kell, where he gave a lunch") the host may have
    travelled with the guest, a trip of their own."""
    if place is None or place.place is None:
        return False
    capital = gazetteer.capital_of(place.place.country_code)
    return capital is not None and (
        place.place == capital or gazetteer.contains(capital, place.place)
    )


def _as_actor(mention: Mention, party: Referent) -> Mention:
    actor = Role(party, from_parse=mention.actor.from_parse)
    return replace(mention, actor=actor, fellows=[], grouped=True)


def guests_received_abroad(
    meeting: Mention, chain: list[Token], reading: Reading, doc: Doc
) -> list[Mention]:
    """ "Lorvian Premier Lind was received by President Marek in Tarnow", "Marek hosted Lind in
    Tarnow": a guest told being received abroad is there, a stay on that day as talks of their
    own would tell, unless a trip told in the story holds it (see `merge`)."""
    trigger = meeting.trigger
    if meeting.type != "meeting" or trigger.pos_ != "VERB" or trigger.lemma_ not in HOSTING:
        return []
    host = meeting.actor.referent
    guests = referents(list(children(trigger, "nsubjpass")), reading.table)
    if _in_a_town(meeting.location, trigger.sent, reading.table):
        guests += referents(list(children(trigger, "dobj")), reading.table)
    stays: list[Mention] = []
    for guest in guests:
        if guest.label != "PERSON" or guest.key == host.key:
            continue
        told = replace(meeting, actor=Role(guest, from_parse=True), counterparts=[host])
        stays += stay_there(told, chain, reading, doc)
    return stays


def _in_a_town(place: Referent | None, sentence: Span, table: EntityTable) -> bool:
    """ "X hosted Y in Lorn in May", "received Y at the Orla Palace in Lorn": the host's news
    tells the guest's stay when it names the town the guest came to, or a venue with the town
    it stands in. Received only at a palace or in a region, the guest is on a trip the story
    tells in its own words (or not at all), and the stay is the host's setting."""
    if place is None or place.place is None:
        return False
    if place.place.kind == "city":
        return True
    return place.place.kind == "site" and _town_told(place.place.city, sentence, table)


def _town_told(town: str | None, sentence: Span, table: EntityTable) -> bool:
    """Whether the sentence names the town itself, not only a venue the story knows it holds."""
    found = (table.at(word) for word in sentence)
    return any(
        ref is not None
        and ref.place is not None
        and ref.place.kind == "city"
        and ref.place.name == town
        for ref in found
    )


def stay_there(told: Mention, chain: list[Token], reading: Reading, doc: Doc) -> list[Mention]:
    """The stay abroad that talks or a thing done there tell, marked for `merge` to drop when a
    trip told in the story holds it."""
    if told.status is EventStatus.SPECULATED:
        return []
    if any(only_invited("visit", word) for word in chain) or _restated(told.trigger, reading):
        return []
    if not _abroad(told) or _left_home(told, doc, reading) or _placed_by_trip_along(told, reading):
        return []
    stay = replace(told, type="visit", counterparts=[], co_actors=[], visitors=frozenset())
    stay.abroad = True
    return [stay]


def _placed_by_trip_along(told: Mention, reading: Reading) -> bool:
    """ "The foreign minister, who is travelling with the President, held talks with X": talks
    whose sentence names no place, placed only by the trip the talker goes along on, tell no
    stay of the talker's own; that trip, told before, holds them. Nor, the place being
    another's stop, do they tell a guest coming to it."""
    place, sentence = told.location, told.trigger.sent
    if place is None or any(span.sent == sentence for span in place.mentions):
        return False
    return travelled_with(told.actor.referent, sentence, reading.table) is not None


def _restated(trigger: Token, reading: Reading) -> bool:
    """ "Met X in Lorn, the first such meeting since 1990": a noun that restates the talks
    its verb told, often with a record's date rather than the talks' own."""
    return trigger.pos_ in NOUN_POS and reading.trigger_types.get(trigger.head.i) == "meeting"


def _abroad(meeting: Mention) -> bool:
    """ "In Quito, Premier Lind of Norway met X", "met X in Quito": talks held outside the
    country the person's title makes them a national of. Whether a person whose title names
    no country travelled is told by the rest of the story (see `merge`)."""
    place, party, trigger = meeting.location, meeting.actor.referent, meeting.trigger
    if place is None or place.place is None or party.label != "PERSON":
        return False
    if _predecessor_aside(trigger):
        return False
    # "Briefed him on the results of the Lorn summit": talks named only in passing are told
    # for what came of them, often by someone who was not there; talks held, gone to or sat
    # at ("will report to the assembly in Lorn") are not.
    held = trigger.dep_ == "dobj" or (
        trigger.dep_ == "pobj" and trigger.head.lower_ in ("to", "at")
    )
    # "The summit in Lorn opened on Monday", not "after the summit in Lorn ended".
    held = held or (trigger.dep_ in SUBJECTS and trigger.head.dep_ in ("ROOT", "conj"))
    if trigger.pos_ in NOUN_POS and not held:
        return False
    if _recalled(trigger) and not _to_meet_again(meeting):
        return False
    return place.place.country_code not in nationality(party, named_country=True)


def _predecessor_aside(trigger: Token) -> bool:
    """ "The second leader to hold talks there, after X, who met the president on Tuesday":
    an aside on someone named as coming before, in a record the story's own trip sets."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    person = verb.head
    if verb.dep_ != "relcl" or person.ent_type_ != "PERSON" or person.dep_ != "pobj":
        return False
    return person.head.lower_ in OTHER_TIME_PREPS


def _recalled(trigger: Token) -> bool:
    """ "The two leaders last met in Lorn", "had met X in Lorn in March": talks recalled to set
    the scene tell how the parties know each other, not a trip the story reports."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    perfect = verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in all_children(verb)
    )
    said = {c.lower_ for c in all_children(verb) if c.dep_ == "advmod"}
    return perfect or not said.isdisjoint(cue_words("recalled"))


def _to_meet_again(meeting: Mention) -> bool:
    """ "The two leaders will meet again in Lorn in July": "again" on talks still to come
    looks ahead to the next round, held where the parties must travel to, not back to talks
    that set the scene. Any other recall word ("last", "first") keeps them recalled."""
    if meeting.status is not EventStatus.PLANNED or not _set_for_a_month(meeting):
        return False
    trigger = meeting.trigger
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    said = {c.lower_ for c in all_children(verb) if c.dep_ == "advmod"}
    return said & cue_words("recalled") == {"again"}


def _set_for_a_month(meeting: Mention) -> bool:
    """ "Will meet again in Lorn in July": a next round set for a month or a day is arranged,
    a trip to be made; one hoped for "next year" or "in the autumn" is only an aim."""
    date = meeting.date
    return date is not None and date.precision is not DatePrecision.YEAR


def _left_home(meeting: Mention, doc: Doc, reading: Reading) -> bool:
    """ "Talks in Lorn with X ... Y finally left Norland late on Saturday": the country a
    person is told leaving is where they were at home, not abroad."""
    place, party = meeting.location, meeting.actor.referent
    if place is None or place.place is None:
        return False
    for verb in (doc[i] for i in indices_where(doc, LEMMA, cue_words("departure"))):
        if verb.pos_ != "VERB":
            continue
        left = (reading.table.at(word) for word in children(verb, "dobj"))
        if not any(
            ref is not None
            and ref.place is not None
            and ref.place.kind == "country"
            and ref.place.country_code == place.place.country_code
            for ref in left
        ):
            continue
        leaver = actors.actor(verb, reading.table)
        if leaver is not None and leaver.referent.key == party.key:
            return True
    return False


def _part_of(word: Token) -> list[Token]:
    """What "as part of" a word names: "as part of a three-nation tour"."""
    parts = [part for part in prep_objects(word, "as") if part.lemma_ == "part"]
    return [whole for part in parts for whole in prep_objects(part, "of")]


def only_invited(event_type: str, trigger: Token) -> bool:
    """ "Lund invited Adebayo to visit Oslo": an invitation, not yet a trip of the invitee;
    "..., and Adebayo accepted" makes it a trip the invitee plans."""
    if event_type != "visit":
        return False
    trigger = paying_verb(trigger)
    invite = trigger.head
    if trigger.dep_ == "xcomp" and invite.lemma_ == "invite":
        return not accepted(invite)
    # "sent invitations to X to visit Oslo": the trip is the aim of sending the invitations.
    if trigger.dep_ == "advcl" and any(
        word.lemma_ == "invitation" for word in children(invite, "dobj")
    ):
        return not accepted(invite)
    # "conveyed an invitation to Y to visit Oslo": the trip hangs on the noun, and is the
    # invitee's, not yet made; "Y accepted an invitation to visit Oslo" makes it a plan.
    if trigger.dep_ == "acl" and invite.lemma_ == "invitation":
        carrier = invite.head if invite.dep_ in ("dobj", "nsubjpass") else invite
        # "..., which Y accepted" hangs inside the invitation's own phrase.
        accepting = [carrier, *conjuncts_of(carrier), *subtree_of(invite)]
        return not any(word.lemma_ in cue_words("acceptance") for word in accepting)
    asked = _invitation_above(trigger)
    return asked is not None and not accepted(asked)


def _invitation_above(trigger: Token) -> Token | None:
    """ "Invited X to become the first monarch to visit Lorn", "invited X to return to Lorn for
    a pastoral visit": a trip told deeper in what an invitation asks for is asked for too, not
    yet made."""
    word = trigger
    for _ in range(INVITATION_STEPS):
        if word.dep_ == "xcomp" and word.head.lemma_ == "invite":
            return word.head
        if word.dep_ not in ASKED_FOR_LINKS or word.head.i == word.i:
            return None
        if word.dep_ == "pobj" and word.head.lower_ not in ASKED_FOR_PREPS:
            return None  # "invited them to return during his visit": the visit is a time
        word = word.head
    return None


def paying_verb(trigger: Token) -> Token:
    """ "Invited the King to pay a state visit to Lorn": a visit noun made or paid is asked
    for by what governs that verb, as the verb "visit" itself would be."""
    if trigger.dep_ == "dobj" and trigger.head.lemma_ in cue_words("visit_paid"):
        return trigger.head
    return trigger


def accepted(invite: Token) -> bool:
    """ "Invited Y to visit Oslo, and Y accepted", "... and that Y had accepted", "an
    invitation the ministry said Y had accepted": the acceptance may hang anywhere in what
    follows the invitation in its own clause, but not negated ("Y has not accepted")."""
    following = [word for word in subtree_of(invite) if word.i > invite.i]
    return (
        acceptance(invite) is not None
        or any(_set_to_take_place(word) for word in following)
        or _accepted_next(invite)
    )


def _set_to_take_place(verb: Token) -> bool:
    """ "Invited Y to make a visit to Oslo, which officials said would take place in May": the
    trip told as one that will happen is planned, not only asked for."""
    return (
        verb.lemma_ == "take"
        and any(c.dep_ == "aux" and c.lower_ in ("will", "would") for c in all_children(verb))
        and any(c.dep_ == "dobj" and c.lemma_ == "place" for c in all_children(verb))
        and not _negated_verb(verb)
    )


def _accepted_next(invite: Token) -> bool:
    """ "Invited Y to visit Oslo. The invitation was accepted": taken up in the next sentence,
    but not asked about ("... said nothing on whether the invitation was accepted")."""
    doc, end = invite.doc, invite.sent.end
    if end >= len(doc):
        return False
    return any(
        verb.lemma_ in cue_words("acceptance")
        and not _negated_verb(verb)
        and any(c.dep_ == "nsubjpass" and c.lemma_ == "invitation" for c in all_children(verb))
        and not any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in all_children(verb))
        for verb in doc[end].sent
    )


def acceptance(invite: Token) -> Token | None:
    """The verb that takes the invitation up: "accepted", or a going told ahead ("..., and Y
    said he would go early next year")."""
    following = [*conjuncts_of(invite), *(w for w in subtree_of(invite) if w.i > invite.i)]
    following += split_conjuncts(invite)
    return next(
        (
            verb
            for verb in following
            if (verb.lemma_ in cue_words("acceptance") or going_ahead(verb))
            and not _negated_verb(verb)
        ),
        None,
    )


def split_conjuncts(verb: Token) -> list[Token]:
    """ "X invited Y to visit Oslo, and Y accepted, the ministry said": the parser may hang the
    clause after "and" beside the first on the reporting verb, not join it as a conjunct; the
    "and" left on the first verb with no conjunct marks the split."""
    joined = any(c.dep_ == "cc" for c in all_children(verb)) and not conjuncts_of(verb)
    if not joined or verb.head is verb:
        return []
    return [w for w in all_children(verb.head) if w.i > verb.i and w.dep_ == verb.dep_]


def going_ahead(verb: Token) -> bool:
    """ "Would go", "will come", "is expected to go", "hoped to go", "may return": a going told
    ahead, after an invitation, is the trip invited to (the words looking ahead tell whether
    it is planned or only expected)."""
    if verb.lemma_ not in cue_words("acceptance_by_going"):
        return False
    modal = any(c.dep_ == "aux" and c.lower_ in GOING_MODALS for c in all_children(verb))
    return modal or (verb.dep_ == "xcomp" and _looking_ahead(verb.head))


def _looking_ahead(verb: Token) -> bool:
    """ "Is expected to", "hoped to", "plans to": a verb whose complement is still ahead."""
    # The model lemmatises "hoped" as "hop": the printed form is read as well.
    return bool({verb.lemma_, verb.lower_} & cue_words("wish")) or looks_ahead(verb)


def _negated_verb(verb: Token) -> bool:
    return any(child.dep_ == "neg" for child in all_children(verb))
