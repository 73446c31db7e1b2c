"""Records and superlatives ("the first visit since"), and words that name an earlier event
or no event at all.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from stream.nlp.doctext import all_children, subtree_of
from stream.nlp.entities.matchers import PLACE_LABELS
from stream.nlp.events.dates import told_when
from stream.nlp.events.doings import remote
from stream.nlp.events.mention import AFTER_PREPS, RESTATING_DEPS, WHILE_PREPS, Mention
from stream.nlp.events.status import cancels
from stream.nlp.events.stays import only_invited
from stream.nlp.events.undone import counted_since, expects_a_doing, undone_under_root_noun
from stream.nlp.lexicon import cue_words, role_words
from stream.nlp.pipeline import TRIGGERS_KEY
from stream.nlp.roles.actors import is_force
from stream.nlp.roles.companions import is_the_couple, is_the_party_of_office
from stream.nlp.roles.guests import meal_guests
from stream.nlp.roles.met_parties import attendees, gathering_guests, members_named, seen_in_company
from stream.nlp.roles.owners import trip_owners
from stream.nlp.roles.syntax import RELATIVE_PRONOUNS, children, prep_objects

# Entity labels of a time told: "on Friday", "on the morning of May 5".
TIME_LABELS = frozenset({"DATE", "TIME"})


def not_an_event(
    event_type: str,
    trigger: Token,
    cue: tuple[str, int] | None,
    earlier: list[Mention],
    families: Collection[int] = (),
) -> bool:
    """Negated, an invitation only, a call, a thing hosted, or a trip told before ("During the
    trip, ..."). `families`: where a family name is told in the plural ("the Brenners")."""
    return (
        (cue is not None and cue[0] == "negated")
        or only_invited(event_type, trigger)
        or (event_type == "meeting" and (remote(trigger) or _met_a_thing(trigger)))
        or (event_type == "meeting" and _spoke_to_an_audience(trigger))
        or (event_type == "meeting" and _calls_on_to_act(trigger))
        or (event_type == "meeting" and _seen_as_or_off(trigger))
        or _condition_only(trigger)
        or (event_type == "meeting" and seen_in_company(trigger))
        or cancels(trigger)  # "the talks were called off on Monday" calls on nobody
        or undone_under_root_noun(trigger)
        or _leads(trigger)
        or first_since(trigger)
        or (event_type == "visit" and _record_holder_travels(trigger))
        or counted_since(trigger)
        or _record_restated(trigger)
        or (event_type == "visit" and _people_of_a_nation_travel(trigger, families))
        or _comes_to_a_state(trigger)
        or expects_a_doing(trigger)
        or _refers_to_told_event(event_type, trigger, earlier)
    )


def _comes_to_a_state(trigger: Token) -> bool:
    """ "Came to power in 1971", "came under fire in May": "come" toward something that is no
    place tells a change, not a trip ("he came in 1971", "came to Vadum in 1971" are trips)."""
    if trigger.lemma_ != "come":
        return False
    # "Came ashore to a royal salute": a landing, whatever it came to.
    if any(word.lower_ == "ashore" for word in children(trigger, "advmod")):
        return False
    toward = [
        obj
        for prep in children(trigger, "prep")
        if prep.lower_ in ("to", "into", "under")
        for obj in children(prep, "pobj")
    ]
    # "Came to Lorn in 1961, two years into her term": a place reached is a trip, whatever
    # span of time is told beside it.
    places = [obj for obj in toward if obj.ent_type_ in PLACE_LABELS]
    return len(places) < len(toward) and not places


def _spoke_to_an_audience(trigger: Token) -> bool:
    """ "X and Y spoke to reporters", "spoke at a rally", "spoke out": speaking with no one
    named to speak with is talks only when told of a place, not of an audience or occasion."""
    if trigger.pos_ != "VERB" or trigger.lemma_ not in ("speak", "talk"):
        return False
    if any(prep_objects(trigger, "with")):
        return False
    occasions = [o for o in prep_objects(trigger, "at") if not _names_a_place(o)]
    # "Before the speech, the two men talked": a "before" put ahead of the verb is a time.
    audiences = prep_objects(trigger, "before")
    # "Talked for hours on Friday": "on" a day tells when, not a topic spoken on.
    topics = [o for o in prep_objects(trigger, "on") if o.ent_type_ not in TIME_LABELS]
    addressed = any(prep_objects(trigger, "to")) or bool(topics)
    addressed = addressed or any(o.i > trigger.i for o in audiences)
    return addressed or bool(occasions) or any(c.dep_ == "prt" for c in all_children(trigger))


def _names_a_place(word: Token) -> bool:
    return word.ent_type_ in ("GPE", "FAC", "LOC") or word.lemma_.lower() in cue_words("facility")


def _seen_as_or_off(trigger: Token) -> bool:
    """ "Sees X as a partner", "saw X off at the airport", "saw X win": "see" tells meeting
    someone only when it takes the person alone ("flew to Kel to see X"); seeing them as
    something, off on their way or doing something is no talks with them."""
    if trigger.lemma_ != "see":
        return False
    told = [c for c in all_children(trigger) if c.dep_ in ("oprd", "ccomp", "xcomp")]
    off = any(
        c.lower_ == "off" for c in all_children(trigger) if c.dep_ in ("prt", "advmod", "prep")
    )
    return bool(told) or off or any(prep_objects(trigger, "as"))


def _met_a_thing(trigger: Token) -> bool:
    """ "Offered to host a trade fair", "welcomed the decision": a verb of hosting whose
    objects are things, not parties, is no meeting. ("Meet" and "discuss" take people and
    topics too freely to tell.)"""
    if trigger.pos_ != "VERB" or trigger.lemma_ not in cue_words("hosting"):
        return False
    objects = list(children(trigger, "dobj"))
    # "Hosted a dinner for X" meets X: the meal is a thing, its guest is not; so does a
    # summit hosted for the leaders named as attending it.
    guests = meal_guests(trigger) or attendees(trigger) or members_named(trigger)
    guests = guests or gathering_guests(trigger)
    # "Welcomed the couple at the air base": a couple or a travelling party told before is
    # people, the guests, though the word names no one itself. Received at a palace or a
    # square, the couple are met at a ceremony whose other parties (the spouses) the word
    # does not give; only a welcome where they arrive is read from it.
    if not _told_at_a_venue(trigger):
        guests = guests or [word for word in objects if _travellers_told_before(word)]
    # "To receive the Order of Ruritania, the country's highest award": a name set off as a
    # thing is one.
    things = _named_thing if not _handed_over(trigger, objects) else _names_no_one
    return bool(objects) and not guests and all(things(word) for word in objects)


def _travellers_told_before(word: Token) -> bool:
    return is_the_couple(word) or is_the_party_of_office(word)


def _told_at_a_venue(trigger: Token) -> bool:
    """Whether a verb is told at or on a building or a named place that is no site of arrival:
    "at the Royal Palace", "with honours on the Place Royale" (not "at the air base"); the
    parse may hang the place on the verb's object or on what it is done with."""
    words = [trigger, *children(trigger, "dobj"), *prep_objects(trigger, "with")]
    places = [place for word in words for place in prep_objects(word, "at", "on")]
    return any(
        (place.ent_type_ in ("FAC", "LOC") or place.lemma_.lower() in cue_words("facility"))
        and place.lemma_.lower() not in cue_words("arrival_site")
        for place in places
    )


def _handed_over(trigger: Token, objects: list[Token]) -> bool:
    """ "Received the rotating presidency of the Union from X": what is received from someone
    is handed over, and a guest is not; an office held in turn may bear a body's name."""
    return any(True for word in [trigger, *objects] for _ in prep_objects(word, "from"))


def _names_no_one(word: Token) -> bool:
    people = role_words() | cue_words("person_noun") | cue_words("group_noun")
    return word.pos_ == "NOUN" and not word.ent_type_ and word.lemma_.lower() not in people


def _named_thing(word: Token) -> bool:
    appositions = list(children(word, "appos"))
    # "Received the President at the palace for talks on trade, the state of the roads and
    # ...": the parser may hang a list of topics on a title; a title names someone still.
    set_off = bool(appositions) and not _names_someone(word)
    return _is_a_thing(word) or (set_off and all(map(_is_a_thing, appositions)))


def _names_someone(word: Token) -> bool:
    """A person's name or a title: "X", "the President", "the Pope"."""
    return word.ent_type_ == "PERSON" or word.lemma_.lower() in role_words()


def _condition_only(trigger: Token) -> bool:
    """ "Oslo would respond if Ruritania moved troops to the border": a condition of what
    someone else would do tells no event, planned or rumoured."""
    if trigger.pos_ != "VERB" or trigger.dep_ != "advcl":
        return False
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in all_children(trigger))


def _calls_on_to_act(trigger: Token) -> bool:
    """ "Called on Ruritania to withdraw its troops": a call on someone to act is an appeal,
    not a call paid in person. The parser may hang the act as a clause of purpose ("called on
    Ruritania to 'walk with us'"), but nobody pays a call on a country in person."""
    if trigger.lemma_ != "call" or trigger.pos_ != "VERB":
        return False
    on_a_country = any(w.ent_type_ == "GPE" for w in prep_objects(trigger, "on"))
    acts = ("xcomp", "advcl") if on_a_country else ("xcomp",)
    return any(
        v.dep_ in acts and any(a.dep_ == "aux" and a.lower_ == "to" for a in all_children(v))
        for v in all_children(trigger)
    )


def _is_a_thing(word: Token) -> bool:
    """A common noun that names no one: no entity, title, group of people or body."""
    people = role_words() | cue_words("person_noun") | cue_words("group_noun")
    parties = people | cue_words("body_noun") | cue_words("force_noun")
    return word.pos_ == "NOUN" and not word.ent_type_ and word.lemma_.lower() not in parties


def first_since(trigger: Token) -> bool:
    """ "She is the first Chilean leader to visit Oslo since 1998", "the first Chilean leader
    to visit Oslo in 20 years", "the only leader to visit both": a record the trip told in the
    story sets, not another trip (in 1998, now or to come)."""
    infinitive = (trigger.dep_ in ("relcl", "acl", "xcomp") or _record_become(trigger)) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in all_children(trigger)
    )
    if earlier_traveller(trigger) is not None:
        return False  # "... after Jan Olt in 2000": the trip told is Olt's
    # "The fourth pope to visit": a count of those who made such a trip ranks as "first" does.
    return infinitive and any(
        c.lower_ in cue_words("record_rank") or c.ent_type_ == "ORDINAL"
        for noun in _record_holders(trigger)
        for c in all_children(noun)
    )


def _record_holder_travels(trigger: Token) -> bool:
    """ "The last Lorvian leader to visit Ghana, Jan Olt, came to Vadum in 1993": the record's
    infinitive tells the trip its holder makes as the subject of a trip verb to a place."""
    noun = trigger.head
    infinitive = trigger.dep_ in ("relcl", "acl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in all_children(trigger)
    )
    if not infinitive or noun.dep_ != "nsubj" or not _ranked(noun):
        return False
    verb = noun.head
    # A town the model leaves untagged is a place too: "flew to Vadum".
    places = (
        w
        for w in prep_objects(verb, "to", "in", "at")
        if w.ent_type_ in PLACE_LABELS or (w.pos_ == "PROPN" and not w.ent_type_)
    )
    return is_trigger(verb) and any(places)


def _record_holders(trigger: Token) -> list[Token]:
    """The noun a record's infinitive tells of: "the first leader to visit", "the first head
    of state to visit" (past its "of"), ", becoming the first leader to visit" (the verb's
    attribute)."""
    head = trigger.head
    if trigger.dep_ == "xcomp" or _record_become(trigger):
        # "Visited Lima, becoming the first leader to visit Peru": the trip is the clause's;
        # "became the first leader to visit Peru on Monday" alone is the trip itself.
        nouns = [c for c in all_children(head) if c.dep_ == "attr"] if head.dep_ == "advcl" else []
    elif becomes(head):
        # "... and then became the first premier to visit Korvo", however the parse hangs the
        # infinitive: a record set by the subject's own clause is that trip, as above.
        nouns = []
    else:
        nouns = [head]
    nouns += [n.head.head for n in nouns if n.dep_ == "pobj" and n.head.lower_ == "of"]
    return nouns


def _record_become(trigger: Token) -> bool:
    """ "Signed a deal as X became the first leader to visit Y": the parser may hang the
    record's infinitive on a "became" told beside another clause as a clause of its own
    rather than as its complement; it is the same record, set by the trip told elsewhere."""
    head = trigger.head
    return trigger.dep_ == "advcl" and head.lemma_ == "become" and head.dep_ == "advcl"


def becomes(noun: Token) -> bool:
    """Whether the noun is what a verb of its own clause says its subject became."""
    verb = noun.head
    return noun.dep_ == "attr" and verb.lemma_ == "become" and verb.dep_ != "advcl"


def _people_of_a_nation_travel(trigger: Token, families: Collection[int]) -> bool:
    """ "Visas on arrival for Ruritanians travelling to Lima", "the settlers who landed in
    1820": a nation's people, or people told by a plain plural noun, who travel are no
    party's trip. A family told in the plural ("the Brenners fly to Kel") is the couple the
    story names, though the model may tag it as a nation's people. Forces that travel ("the
    first units of the Lorvian force landed", "Lorvian Marines came ashore") are sent: a
    deployment, read as such by their sender."""
    subjects = [c for c in all_children(trigger) if c.dep_ in ("nsubj", "nsubjpass")]
    if trigger.dep_ == "relcl":
        # The relative pronoun stands for the noun the clause hangs from.
        subjects = [trigger.head if s.lower_ in RELATIVE_PRONOUNS else s for s in subjects]
    return any(
        not is_force(s)
        and (
            (s.ent_type_ == "NORP" and s.tag_ in ("NNPS", "NNS") and s.i not in families)
            or (s.tag_ == "NNS" and _is_a_thing(s) and not _group_of_people(s))
        )
        for s in subjects
    )


def _group_of_people(word: Token) -> bool:
    """ "The two couples will fly to Kel": a group told before, not a plain plural of people."""
    return word.lemma_.lower() in cue_words("group_of_people")


def _record_restated(trigger: Token) -> bool:
    """ "It is the first state visit to Lima by a Ruritanian leader since 1998": a record
    held by whoever fits "a Ruritanian leader" names again the trip the story tells; its
    "since" dates no trip of anyone named. ("His first trip there since 2019" tells his trip
    of 2019, and "will make his first visit since 2019" the trip itself.)"""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    # "Met in Lima on Monday, the highest-level meeting ... since 1998": the parser may take
    # the restating noun for the verb's object, though nobody meets a meeting.
    restating = trigger.dep_ == "dobj" and is_trigger(trigger.head)
    if trigger.dep_ not in RESTATING_DEPS and not restating:
        return False
    ranked = any(
        c.lower_ in cue_words("record_rank") for c in all_children(trigger)
    ) or _superlative(trigger)
    owned = any(c.dep_ == "poss" for c in all_children(trigger))
    since = list(prep_objects(trigger, "since"))
    # "... since 2018, when he held talks there": the clause tells that earlier trip.
    told = any(word.pos_ in ("VERB", "AUX") for obj in since for word in subtree_of(obj))
    earlier = earlier_traveller(trigger) is not None
    return ranked and not owned and bool(since) and not told and not earlier


def _superlative(noun: Token) -> bool:
    """ "The highest-level meeting", "the largest visit": a superlative ranks it as a record,
    as "first" does, on the noun or on a word compounded with it."""
    words = [noun, *children(noun, "compound")]
    return any(c.tag_ == "JJS" and c.dep_ == "amod" for w in words for c in all_children(w))


def is_trigger(word: Token) -> bool:
    return any(span.root.i == word.i for span in word.doc.spans.get(TRIGGERS_KEY, []))


def earlier_traveller(trigger: Token) -> Token | None:
    """Whose trip a record is measured against, named after "since" or "after" or as "that of"
    a person: "the first visit by a Lorvian leader since that of Jan Olt in 2007", "the last
    visit of a Lorvian leader to Ghana was that of Jan Olt", "the third Lorvian president to
    visit Ghana, after Jan Olt in 2000", "the first ... to Ghana since Jan Olt's trip in 2002".
    The mention is then that person's earlier trip, not the record the story's trip sets."""
    measured = record_measured(trigger)
    said_to_be = _record_the_trip_is(trigger) if measured is None else None
    record = measured or said_to_be
    if record is None:
        return None
    if trigger.dep_ == "pobj":
        # "Since Jan Olt's trip": the trip noun is the earlier trip, its owner the traveller.
        return next(filter(may_be_person, children(trigger, "poss")), None)
    compared = [*prep_objects(trigger, "since", "after")]
    if trigger.dep_ in ("relcl", "acl") or _infinitive_of_copula(trigger):
        # The parser hangs "after X" on the verb the ranked noun is said of, or on a clause
        # of time hung there ("... since the two countries made peace in 1995, after X").
        said_of = [record.head, *children(record.head, "advcl")]
        compared += (word for verb in said_of for word in prep_objects(verb, "after"))
    if trigger.dep_ == "nsubj" and trigger.head.lemma_ == "be":
        compared += children(trigger.head, "attr")
    doers = _doers_at_the_time_since(said_to_be or trigger)
    compared += doers
    named = (_person_standing_for_trip(word) for word in compared)
    return next(filter(None, named), None) or _owner_recalled(trigger, doers)


def _owner_recalled(trigger: Token, doers: list[Token]) -> Token | None:
    """ "It was Olt's first visit to Kell since May 2009, when he held talks there": a "when"
    clause that tells the owner of a restated record doing something at the time "since"
    names tells the owner's own trip then. ("His first visit since 2009, when war broke
    out" tells no trip of his.)"""
    if trigger.dep_ != "attr" or trigger.head.lemma_ != "be":
        return None
    owner = next(iter(children(trigger, "poss")), None)
    if owner is None:
        return None
    same = (word.lower_ in ("he", "she") or word.lower_ == owner.lower_ for word in doers)
    return owner if any(same) else None


def _record_the_trip_is(trigger: Token) -> Token | None:
    """ "The visit is the first by a Lorvian leader since 2006": the copula's ranked noun is
    the record the trip is measured by. "The visit was Olt's first" counts Olt's own trips."""
    if trigger.dep_ != "nsubj" or trigger.head.lemma_ != "be":
        return None
    ranked = (noun for noun in children(trigger.head, "attr") if _ranked(noun))
    return next((noun for noun in ranked if not may_be_person(noun)), None)


def _doers_at_the_time_since(record: Token) -> list[Token]:
    """ "The first visit by a Lorvian leader to Ghana since May 2018, when Jan Olt met X": the
    one a "when" clause on the time after "since" names is who made the trip then. The parse
    hangs the clause on the time or on the record."""
    times = [w for w in prep_objects(record, "since") if w.ent_type_ == "DATE"]
    # "The visit was the first by a Lorvian leader since 2009, when X ...": the parser may
    # hang the clause on the copula that says what the record is.
    copula = [record.head] if record.dep_ == "attr" and record.head.lemma_ == "be" else []
    clauses = [c for word in [*times, record, *copula] if times for c in all_children(word)]
    # "When Jan Olt was received by X": who is received or welcomed is who made the trip.
    return [
        subject
        for clause in clauses
        if clause.dep_ in ("relcl", "advcl") and told_when(clause)
        for subject in children(clause, "nsubj", "nsubjpass")
    ]


def record_measured(trigger: Token) -> Token | None:
    """The ranked word of a record a trip is told in: the trip noun itself ("the first visit",
    "the last visit"), the noun a ranked infinitive tells of ("the third president to visit"),
    or the record a trip named after "since" or "after" is compared with ("the first ... since
    X's trip")."""
    if trigger.dep_ == "pobj" and trigger.head.lower_ in ("since", "after"):
        record = trigger.head.head
        # "The visit was the first ... since X's trip": the parser may hang "since" on the
        # copula rather than on the record it says the visit was.
        if record.lemma_ == "be":
            record = next(iter(children(record, "attr")), record)
    elif trigger.dep_ in ("relcl", "acl") and any(c.lower_ == "to" for c in all_children(trigger)):
        record = trigger.head
    elif _infinitive_of_copula(trigger):
        # "X is the third president to visit Ghana": the parser may hang the infinitive on
        # the copula rather than on the ranked noun it says X is.
        record = next(iter(children(trigger.head, "attr")), trigger)
    else:
        record = trigger
    return record if _ranked(record) else None


def _infinitive_of_copula(trigger: Token) -> bool:
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in all_children(trigger))
    return trigger.dep_ == "xcomp" and trigger.head.lemma_ == "be" and to


def _ranked(word: Token) -> bool:
    """ "First", "last", "third", "only" or a superlative, on the word or as the word."""
    described = list(children(word, "amod"))
    # "The first sitting president": the parser hangs the rank on the word it stands before.
    hung = (rank for w in described for rank in all_children(w) if rank.dep_ in ("advmod", "amod"))
    words = [word, *described, *hung]
    ranks = cue_words("record_rank") | {"last"}
    return _superlative(word) or any(w.lower_ in ranks or w.ent_type_ == "ORDINAL" for w in words)


def _person_standing_for_trip(word: Token) -> Token | None:
    """A person named where the record's trip is compared: "that of X" stands for X's trip;
    "after X in 2000" names X in the trip's place."""
    if word.lower_ == "that":
        return next(filter(may_be_person, prep_objects(word, "of")), None)
    return word if may_be_person(word) else None


def may_be_person(word: Token) -> bool:
    """A name the model tags as a person's or leaves untagged: the entity table tells."""
    return word.pos_ == "PROPN" and word.ent_type_ in ("PERSON", "")


def _leads(trigger: Token) -> bool:
    """ "A delegation headed by the minister", "she heads the ministry": "head" travels only
    towards somewhere ("headed to Oslo", "heads home")."""
    if trigger.lemma_ != "head":
        return False
    return all(c.lower_ not in cue_words("direction") for c in all_children(trigger))


def _refers_to_told_event(event_type: str, trigger: Token, earlier: list[Mention]) -> bool:
    # "Following the talks, ...": the talks told before, not another round.
    frames = (*WHILE_PREPS, *AFTER_PREPS, "before")
    framing = trigger.dep_ == "pobj" and trigger.head.lower_ in frames
    told = any(m.type == event_type for m in earlier)
    return framing and is_definite(trigger) and told and not _names_its_own_traveller(trigger)


def _names_its_own_traveller(trigger: Token) -> bool:
    """ "After the visit of X", "since the visit to Lorn by X": a trip told with a person of
    its own is that person's, not the one the story told before."""
    doers = [*trip_owners(trigger), *prep_objects(trigger, "by")]
    return any(word.ent_type_ == "PERSON" for word in doers)


def is_definite(noun: Token) -> bool:
    # "The third and last stop": the parser may hang the article on the first adjective.
    adjectives = [word for word in noun.lefts if word.dep_ == "amod"]
    articles = [c for word in [noun, *adjectives] for c in all_children(word) if c.dep_ == "det"]
    return any(article.lower_ in ("the", "that", "this") for article in articles)
