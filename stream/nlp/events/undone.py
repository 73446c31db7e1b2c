"""Trips called off or denied, the status of a clause, last times told, and trips counted
several times ("has visited twice").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from stream.nlp.doctext import all_children, ancestors_of, subtree_of
from stream.nlp.entities.matchers import PLACE_LABELS
from stream.nlp.entities.table import EntityTable, Referent
from stream.nlp.events.dates import most_recently, purpose_of, told_as_several, told_when
from stream.nlp.events.mention import STAY_TYPES, TIME_MARKS, Mention, Reading
from stream.nlp.events.status import cancels, denied, status_cue
from stream.nlp.lexicon import cue_words
from stream.nlp.roles.guests import is_welcome
from stream.nlp.roles.reference import referent
from stream.nlp.roles.syntax import Role, children, clause_chain, prep_objects


def arrival_from_only(trigger: Token) -> bool:
    """ "Had arrived on Thursday night from Lorn", told under another town's dateline: an
    arrival that names only where it came from is to the town the story is filed from."""
    # "Who flew in from Lorn" may tell an arrival elsewhere than the story is filed from.
    if trigger.lemma_ != "arrive" or trigger.pos_ != "VERB" or trigger.dep_ == "relcl":
        return False
    froms = [w for w in subtree_of(trigger) if w.lower_ == "from" and w.dep_ == "prep"]
    return any(_verb_over_word(w) == trigger.i for w in froms)


def border_passage(trigger: Token, table: EntityTable) -> bool:
    """ "Crossed into Vestmark by train": a country crossed into tells the passage of its
    border, the stay there being told by the town reached; a town crossed into is the stop."""
    if trigger.lemma_ not in cue_words("border_crossing"):
        return False
    crossed = (table.at(word) for word in prep_objects(trigger, "into"))
    return any(p is not None and p.place is not None and p.place.kind == "country" for p in crossed)


def _verb_over_word(word: Token) -> int:
    return next((above.i for above in ancestors_of(word) if above.pos_ == "VERB"), -1)


def arrival_greeted(trigger: Token) -> bool:
    """ "X plans to greet him on arrival": the arrival is the guest's, not the greeter's, and
    the guest's trip is told by its own verb."""
    prep = trigger.head
    # "greet him in person on arrival": the welcome is the verb the phrase hangs under.
    welcome = next((word for word in ancestors_of(prep) if word.pos_ == "VERB"), prep)
    return (
        trigger.lemma_ == "arrival"
        and trigger.dep_ == "pobj"
        and prep.lower_ in ("on", "upon")
        and is_welcome(welcome)
        and not any(c.dep_ in ("auxpass", "agent") for c in all_children(welcome))
    )


def _last_time_told(trigger: Token) -> Token | None:
    """ "Had not visited Kell since May, when he met X", "had not met since a visit by X to Kell
    in May, when they signed Y": a "not ... since" whose time a "when" clause tells is the
    last time it happened, then; the word after "since" is that time. ("Has not visited Kell
    since 2019" says only that it has not happened again, and no "never" tells a last time.)"""
    if not any(c.dep_ == "neg" and c.lower_ in ("not", "n't") for c in all_children(trigger)):
        return None
    for since in prep_objects(trigger, "since"):
        clauses = [c for c in all_children(since) if c.dep_ in ("relcl", "acl", "advcl")]
        if any(told_when(clause) for clause in clauses):
            return since
    return None


def clause_status(
    trigger: Token, chain: list[Token], timed: list[Token], reading: Reading
) -> tuple[str, int] | None:
    undone = _called_off(chain, reading) or _purpose_of_undone_trip(chain, reading)
    undone = undone or _planned_for_a_stop_dropped(chain, reading)
    cue = ("negated", 0) if undone else _clause_cue(timed)
    if cue is not None and cue[0] == "negated" and _last_time_told(trigger) is not None:
        return None
    return cue


def _purpose_of_undone_trip(chain: list[Token], reading: Reading) -> bool:
    """ "Denied a report that X would fly to Oslo to meet Y", "did not travel to Oslo to hold
    talks": what a trip is made for happens only on it, so a trip denied, negated or called
    off takes its purpose with it."""
    clause, trip = chain[-1], chain[-1].head
    if not purpose_of(clause, trip):
        return False
    trip_chain = clause_chain(trip)
    # "Denied a report that X would break off the tour to visit Kell": all a denied report
    # tells is denied, what its doings are for with them.
    if denied(trip_chain):
        return True
    if reading.trigger_types.get(trip.i) != "visit":
        return False
    found = status_cue(trip_chain)
    return (found is not None and found[0] == "negated") or _called_off(trip_chain, reading)


def _planned_for_a_stop_dropped(chain: list[Token], reading: Reading) -> bool:
    """ "A stop in Kell, which the embassy had pencilled in for talks with X, was dropped": what
    a stop or leg is planned for happens only there, so a stop dropped takes it along."""
    # "A stop in Kell, where X had been pencilled in to visit Y, was dropped": the parser may
    # hang the infinitive of purpose on the planning verb as an adverbial clause, which ends
    # the clause chain; the planning verb's own chain leads on to the stop.
    if purpose_of(chain[-1], chain[-1].head):
        chain = [*chain, *clause_chain(chain[-1].head)]
    at = next((n for n, word in enumerate(chain) if word.dep_ in ("relcl", "acl")), None)
    if at is None or at < 1:
        return False
    # "Pencilled in for talks": the purpose, not a past told of the place ("where he went").
    clause, below = chain[at], chain[at - 1]
    if not (below.dep_ == "prep" and below.lower_ == "for") and not purpose_of(below, clause):
        return False
    stop = clause.head
    # "A stop in Kell, which ...": the parser may hang the clause on the stop's place.
    while stop.dep_ == "pobj" and stop.head.dep_ == "prep":
        stop = stop.head.head
    is_stop = reading.trigger_types.get(stop.i) == "visit"
    is_stop = is_stop or stop.lemma_.lower() in cue_words("trip_part")
    return is_stop and stop.dep_ in ("nsubj", "nsubjpass") and cancels(stop.head)


def place_of_last_time(trigger: Token, table: EntityTable) -> Referent | None:
    """ "Had not met since a visit by X to Kell": they met on that trip, in Kell."""
    last_time = _last_time_told(trigger)
    return place_of_record(last_time, table) if last_time is not None else None


def undone_under_root_noun(trigger: Token) -> bool:
    """ "Kell's first visit to Lorvia as President had been postponed twice": the parser may
    take the noun for the sentence's root and hang the verb that undoes it under it, where
    no governing word tells the undoing."""
    return trigger.dep_ == "ROOT" and any(
        cancels(verb) and any(c.dep_ == "auxpass" for c in all_children(verb))
        for verb in children(trigger, "advcl", "relcl", "acl")
    )


def expects_a_doing(trigger: Token) -> bool:
    """ "In Kell, the assembly is expected to vote today": a place set before the expecting is
    the scene of the doing expected; "is expected in Kell (to attend ...)" is a stay there."""
    places = [prep for prep in children(trigger, "prep") if prep.lower_ in ("in", "at")]
    return trigger.lemma_ == "expect" and all(prep.i < trigger.i for prep in places)


def counted_since(trigger: Token) -> bool:
    """ "Have met several times since 2017", "have visited Vadum twice since May", "has made
    eleven trips to Vadum since May": doings counted since a time tell how often, not one of
    them (coordinated dates, "twice, in 2004 and 2009", date each)."""
    # "... twice since May, most recently in June" tells the latest of them.
    if not told_as_several(trigger) or most_recently(trigger) is not None:
        return False
    if trigger.pos_ == "VERB":
        verb = trigger
    elif _trips_counted(trigger):
        verb = trigger.head
    else:
        return False
    clauses = [c for c in all_children(verb) if c.dep_ == "advcl"]
    marks = [m for clause in clauses for m in all_children(clause) if m.dep_ == "mark"]
    # "Several times since 2010": the parser may hang the "since" on the count.
    counts = children(trigger, "advmod", "npadvmod")
    preps = [*children(verb, "prep"), *(p for count in counts for p in children(count, "prep"))]
    return any(word.lower_ == "since" for word in [*preps, *marks])


def _trips_counted(trips: Token) -> bool:
    """ "Has made eleven trips to Vadum": trips a number counts, made by the verb they are the
    object of. ("Has held talks since May" counts none.)"""
    return trips.dep_ == "dobj" and any(c.dep_ == "nummod" for c in all_children(trips))


def _clause_cue(chain: list[Token]) -> tuple[str, int] | None:
    return status_cue(chain) or _main_clause_cue(chain[-1])


def place_of_record(record: Token, table: EntityTable) -> Referent | None:
    """The place a record is set in: "the first by a Lorvian leader to Ghana"."""
    found = (referent(word, table) for word in prep_objects(record, "to"))
    return next((ref for ref in found if ref is not None and ref.label in PLACE_LABELS), None)


def _main_clause_cue(clause: Token) -> tuple[str, int] | None:
    """ "Will sign 12 agreements when they meet in Coimbra": a clause of time told in the
    present has the time of the clause it hangs from."""
    marks = {c.lower_ for c in all_children(clause) if c.dep_ in ("mark", "advmod")}
    present = clause.tag_ in ("VBP", "VBZ")  # "when they held talks" keeps its own past
    if clause.dep_ != "advcl" or not present or marks.isdisjoint(TIME_MARKS):
        return None
    found = status_cue(clause_chain(clause.head))
    return (found[0], 1) if found is not None and found[0] != "negated" else None


def per_actor(mention: Mention) -> list[Mention]:
    """Co-subjects of a visit, statement, invitation or deployment each do it themselves."""
    return [
        mention,
        *(
            replace(mention, actor=Role(party, from_parse=mention.actor.from_parse), co_actors=[])
            for party in mention.co_actors
        ),
    ]


def _called_off(chain: list[Token], reading: Reading) -> bool:
    """ "Was due to fly to Oslo on Friday, but the trip was called off": a plan that a clause
    joined by "but" cancels, when that clause's subject is the event told again or "it". So
    does "but the hosts called off the summit": a stay for talks ends with the talks. So does
    "but no trip has been planned", which leaves no plan at all, and "had been planned for
    May, before it was postponed"."""
    clause = chain[-1].head if chain[-1].dep_ == "acomp" else chain[-1]  # "had been due to"
    if _done_instead(clause):
        return True
    event_type = reading.trigger_types.get(chain[0].i)
    kin = STAY_TYPES if event_type in STAY_TYPES else {event_type}
    # "X said she hoped to meet Y, but ...": the "but" may join the clause that tells it.
    telling = [clause]
    while telling[-1].dep_ == "ccomp" and telling[-1].head.i != telling[-1].i:
        telling.append(telling[-1].head)
    for verb in (undoing for told in telling for undoing in _undoing_clauses(told)):
        subjects = children(verb, "nsubj", "nsubjpass")
        # "... and a stop in Lorn, but the Lorvian leg was called off": a leg of the trip
        # called off takes the stops told with it.
        told_again = any(
            s.lower_ == "it"
            or reading.trigger_types.get(s.i) == event_type
            or s.lemma_.lower() in cue_words("trip_part")
            for s in subjects
        ) or any(reading.trigger_types.get(o.i) in kin for o in children(verb, "dobj"))
        if (told_again and cancels(verb)) or _denies_plans(verb, kin, reading):
            return True
    return False


def _done_instead(clause: Token) -> bool:
    """ "X, who had been due to stop in Lorn, will instead fly home": a plan told of someone
    whose own clause does something "instead" was dropped for it."""
    if clause.dep_ != "relcl" or clause.head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return any(c.dep_ == "advmod" and c.lower_ == "instead" for c in all_children(clause.head.head))


def _undoing_clauses(clause: Token) -> list[Token]:
    """The clauses that may undo a plan: a conjunct after "but" ("but the trip was called
    off"), also as reported ("but media reported that ..."), and a clause of what came before
    it happened ("had been planned for May, before it was postponed")."""
    before = [
        verb
        for verb in children(clause, "advcl")
        if any(c.dep_ == "mark" and c.lower_ in ("before", "until") for c in all_children(verb))
    ]
    if not any(c.dep_ == "cc" and c.lower_ == "but" for c in all_children(clause)):
        return before
    # "... but media reported that the trip had been cancelled": the cancelling is reported.
    return before + [
        told
        for verb in children(clause, "conj")
        for told in [verb, *children(verb, "ccomp")]
        if told is verb or verb.lemma_ in cue_words("reporting")
    ]


def _denies_plans(verb: Token, kin: frozenset[str] | set[str], reading: Reading) -> bool:
    """ "But no trip has been planned", "but officials said there were no plans for such a
    trip": a clause that denies any plan, or any event of the kind, undoes the one told."""
    told = children(verb, "nsubj", "nsubjpass", "attr", "dobj")
    return any(
        any(c.dep_ == "det" and c.lower_ == "no" for c in all_children(word))
        and (word.lemma_.lower() == "plan" or reading.trigger_types.get(word.i) in kin)
        for word in told
    )
