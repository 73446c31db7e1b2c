"""What a traveller does during a stay: things done in person or remotely, headlines, and
the place a doing is told in.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from stream.contracts import EventDate, EventStatus
from stream.nlp import gazetteer
from stream.nlp.doctext import all_children, conjuncts_of, subtree_of
from stream.nlp.entities.matchers import PLACE_LABELS, PRONOUNS
from stream.nlp.entities.table import Referent
from stream.nlp.events.gatherings import is_day
from stream.nlp.events.mention import Mention, Reading
from stream.nlp.lexicon import cue_words, role_words
from stream.nlp.roles.owners import is_courtesy_call
from stream.nlp.roles.reference import nationality
from stream.nlp.roles.syntax import NOUN_POS, SEQUENCE_PREPS, children, prep_objects


def hosts_gone_along(doers: list[Mention]) -> list[Mention]:
    """ "Premier Lind of Norway and her Peruvian host Rosa Quispe opened a port in Callao":
    a host doing a thing beside a guest abroad in a town of the host's own country has gone
    there with the guest, a trip of the host's own; the capital is where a host is at
    home."""
    hosts: list[Mention] = []
    for doer in doers:
        town = doer.location.place if doer.location is not None else None
        person = doer.actor.referent
        if town is None or town.kind == "country" or person.label != "PERSON":
            continue
        if town.country_code not in nationality(person, named_country=True):
            continue
        if not gazetteer.is_capital(town):
            hosts.append(replace(doer, done_there=False))
    return hosts


def stop_of_its_day(doing: Mention, place: Referent, before: list[Mention]) -> bool:
    """ "Lind flew to Lorvia on Monday ... tonight he addresses the assembly in Kell": a doing
    still ahead on a told day, in a town the gazetteer knows, is a stop of the programme of a
    trip the story told; one with no trip, no day or no known town is only an intention."""
    if doing.status is EventStatus.OCCURRED:
        return True
    return (
        doing.status is EventStatus.PLANNED
        and is_day(doing.date)
        and place.place is not None
        and any(_trip_of(doing.actor.referent, told) for told in before)
    )


def _trip_of(traveller: Referent, told: Mention) -> bool:
    return told.type == "visit" and told.actor.referent.key == traveller.key


def told_doing(verb: Token, reading: Reading) -> bool:
    """A verb of the story's body, no trigger of its own, telling a thing done in person."""
    return (
        verb.pos_ == "VERB"
        and verb.i not in reading.triggers
        and _done_in_person(verb)
        and verb.idx >= reading.dateline_end
        and not is_heading(verb.sent, reading.text)
        and not _done_remotely(verb)
    )


def _done_in_person(verb: Token) -> bool:
    """A rite, a speech, a walk: "celebrated Mass", "addressed the assembly", "took part"."""
    if verb.lemma_ == "take":
        return any(part.lower_ == "part" for part in children(verb, "dobj"))
    if verb.lemma_ in cue_words("rite_verb"):
        # "Performed the pilgrimage", "offered prayers at the shrine": a rite is done where it
        # is told; "offered aid" or "performed well" is not done anywhere.
        return any(_rite(obj) for obj in children(verb, "dobj"))
    if verb.lemma_ == "spend":
        # "From Kell, where he spent Wednesday": time spent in a place the clause stands for
        # is a stay; money spent ("$3bn") is not, and "spent Saturday at the estate" is read
        # by the trigger patterns, whose place must be one the model tags.
        where = any(c.lower_ == "where" and c.i < verb.i for c in all_children(verb))
        # "spent a week's holiday": the time may be told inside what was spent.
        spent = (word for told in children(verb, *TIME_SPENT) for word in subtree_of(told))
        timed = any(word.ent_type_ in ("DATE", "TIME") for word in spent)
        return where and timed
    return verb.lemma_ in cue_words("doing_there")


def _rite(word: Token) -> bool:
    return word.lemma_.lower() in cue_words("rite") or word.lower_ in cue_words("rite")


def pronoun_of_another(verb: Token, mention: Mention, reading: Reading) -> bool:
    """ "Lind last set foot in Kell in 2015, when he addressed the assembly": a pronoun read
    as someone other than the person its own sentence names before it is read past that
    person, and no stay is told of anyone."""
    if not any(s.lower_ in PRONOUNS for s in children(verb, "nsubj")):
        return False
    # "She and President Marek opened the port": a co-subject is named beside the pronoun.
    doers = {mention.actor.referent.key, *(party.key for party in mention.co_actors)}
    named = (reading.table.at(word) for word in verb.sent if word.i < verb.i)
    return any(ref is not None and ref.label == "PERSON" and ref.key not in doers for ref in named)


DOING_PREPS = ("in", "at", "around", "inside")
TIME_SPENT = ("dobj", "npadvmod")
STAY_AFTER_DAYS = 3
BESIDE_DOING = ("before", "for", "among", "with", "to")


def place_of_doing(verb: Token, reading: Reading) -> Referent | None:
    """Where a thing is done: the first place a gazetteer knows in the "in/at" phrase of the
    verb or of what it is done to ("laid a wreath at the shrine of Kell", "addressed the
    assembly in Kell")."""
    places = [found for _, found in _places_told_on(verb, reading)]
    return next((place for place in places if place.place is not None), next(iter(places), None))


def other_stops_listed(verb: Token, reading: Reading, place: Referent) -> list[Referent]:
    """ "Celebrated Mass in Kell, Lorn and Tarv": each town listed beside the place of a
    doing is a stop of its own; only towns the gazetteer knows, as a list of sites names
    one place's sites."""
    told = _places_told_on(verb, reading)
    words = [word for word, found in told if found.key == place.key]
    listed = {part.i for word in words for part in conjuncts_of(word)}
    return [
        found
        for word, found in told
        if word.i in listed and found.place is not None and found.key != place.key
    ]


def _places_told_on(verb: Token, reading: Reading) -> list[tuple[Token, Referent]]:
    """Each place told in the "in/at" phrases of a doing, with the word that names it."""
    # "Celebrated Mass before thousands of faithful in Kell", "presented the plan to the
    # assembly in Kell": the place may hang on whom it was done before, for or to.
    held = [verb, *children(verb, "dobj")]
    held += [o for word in held for o in prep_objects(word, *BESIDE_DOING)]
    places: list[tuple[Token, Referent]] = []
    for word in (w for doer in held for w in prep_objects(doer, *DOING_PREPS)):
        for part in subtree_of(word):
            found = reading.table.at(part)
            # A building the gazetteer lacks says no town; the town is told with it, or not.
            if found is None or found.label not in PLACE_LABELS or _told_by_clause(part, word):
                continue
            if found.place is None and found.label == "FAC":
                continue
            if not _names_other_than_place(part, found, reading):
                places.append((part, found))
    return places


def _told_by_clause(part: Token, site: Token) -> bool:
    """ "Laid a wreath at a monument commemorating the defenders of Kell": a place told in a
    clause on the site says what the site is about, not where it stands."""
    while part.i != site.i and part.head.i != part.i:
        if part.dep_ in ("acl", "relcl"):
            return True
        part = part.head
    return False


def town_of_the_trip(town: Referent, doing: Mention, before: list[Mention]) -> Referent | None:
    """ "Arrived in Lorvia on Monday ... on Tuesday she laid a wreath in Kell": a place the
    gazetteer lacks, where a traveller does something in the days after a trip told to a
    country, is a town of that country; after a trip told to a city, a site of that city
    ("arrived in Lorn ... laid a wreath at the memorial in Kell")."""
    countries = [
        m.location.place
        for m in before
        if m.type == "visit"
        and not m.abroad
        and m.actor.referent.key == doing.actor.referent.key
        and m.status is EventStatus.OCCURRED
        and m.location is not None
        and m.location.place is not None
        and _days_after(m.date, doing.date)
    ]
    if not countries:
        return None
    where = countries[-1]
    if where.kind == "city":
        return replace(town, place=gazetteer.site_in(town.name, where))
    return replace(
        town, place=gazetteer.Place(town.name, "city", where.country_code, where.country)
    )


def _days_after(trip: EventDate | None, day: EventDate | None) -> bool:
    if trip is None or day is None or not is_day(trip):
        return False
    return 0 <= (day.start - trip.start).days <= STAY_AFTER_DAYS


def _names_other_than_place(word: Token, place: Referent, reading: Reading) -> bool:
    """ "A summit of the Kell Nine": a place that only begins another name is no place of
    what is done."""
    head = word.head
    return word.dep_ == "compound" and head.pos_ == "PROPN" and reading.table.at(head) != place


def _done_remotely(verb: Token) -> bool:
    """ "Took part in the summit by video", "inaugurated, virtually, the plant in Kell"."""
    if remote(verb):
        return True
    told = (
        word for word in subtree_of(verb) if word.dep_ in ("pobj", "advmod", "compound", "amod")
    )
    return any(word.lemma_.lower() in cue_words("remote") for word in told)


def is_heading(sentence: Span, text: str) -> bool:
    """A line with no verb and no full stop: a sub-heading ("Troop deployments") names a topic,
    not an event."""
    said = text[sentence.start_char : sentence.end_char].rstrip()
    ended = said.endswith((".", "!", "?", '"', "\u201d"))
    return not ended and (
        not any(token.pos_ in ("VERB", "AUX") for token in sentence) or _is_headline(sentence)
    )


def _is_headline(sentence: Span) -> bool:
    """ "Norway and Ecuador Hold Joint Fisheries Commission Meeting": a line in title case is the
    story's headline, which the story itself tells."""
    words = [token for token in sentence if token.is_alpha and len(token) > 3]
    return len(words) >= 3 and all(word.is_title or word.is_upper for word in words)


def remote(trigger: Token) -> bool:
    """Talks "by phone", "a video conference", "held a telephone conversation": in person only
    is a meeting."""
    # "Called on King Harald" and "paid a courtesy call on X" are visits in person; "a phone
    # call" or "held a call" is not.
    own_word = trigger.pos_ in NOUN_POS and not _call_on_someone(trigger)
    words = [*all_children(trigger), *([trigger] if own_word else [])]
    # The parser may read "spoken by phone" as a passive's agent. A clause after a
    # preposition is no means of talking: "greeted by X before calling on her" met X.
    # "Held a meeting with X by video link": the means may hang on the verb that holds the noun.
    holds = trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB" and own_word
    holders = [trigger, *([trigger.head] if holds else [])]
    # "Held talks before the call on the Regent": a call told before or after the talks is
    # another event in time, not the means of these.
    means = [
        o
        for holder in holders
        for prep in all_children(holder)
        if prep.dep_ in ("prep", "agent") and prep.lower_ not in SEQUENCE_PREPS
        for o in all_children(prep)
        if o.dep_ != "pcomp"
    ]
    # "Received X for a courtesy call": a courtesy call is paid in person, whatever it hangs on.
    means = [o for o in means if not is_courtesy_call(o)]
    # "By video link", "via satellite phone": the kind of link is told before its noun.
    words += [
        *means,
        *(m for o in means for m in all_children(o) if m.dep_ in ("compound", "amod")),
    ]
    if any(word.lemma_.lower() in cue_words("remote") for word in words):
        return True
    return _purpose_of_a_call(trigger)


def _purpose_of_a_call(trigger: Token) -> bool:
    """ "Telephoned X at his hotel to welcome him", "spoke by phone with X to congratulate
    him": what a call is made to do is done on the call, not in person."""
    if trigger.dep_ not in ("advcl", "xcomp") or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in all_children(trigger)
    ):
        return False
    call = trigger.head
    # "Called on X to ..." and "called at the palace to ..." are visits in person.
    phoned = call.lemma_.lower() in cue_words("remote") and call.lemma_.lower() != "call"
    means = [o for o in prep_objects(call, "by", "via", "over") if o.dep_ != "pcomp"]
    by_link = any(o.lemma_.lower() in cue_words("remote") for o in means)
    return call.pos_ == "VERB" and (phoned or by_link)


def _call_on_someone(noun: Token) -> bool:
    """ "A courtesy call on X" or "on President X" (the title read as the object); a courtesy
    call is made in person whatever the parser takes for its object."""
    if is_courtesy_call(noun):
        return True
    return any(
        person.ent_type_ == "PERSON" or person.lower_ in role_words()
        for person in prep_objects(noun, "on")
    )
