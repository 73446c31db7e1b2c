"""Gatherings and who is seated at them: dates of gatherings told before, stand-ins, and the
scene a gathering sets.
"""

from __future__ import annotations

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Span, Token

from stream.contracts import DatePrecision, EventDate, EventStatus
from stream.nlp.doctext import all_children, indices_where, subtree_of
from stream.nlp.entities.matchers import PLACE_LABELS
from stream.nlp.entities.table import Referent
from stream.nlp.events.dates import event_date
from stream.nlp.events.mention import (
    FINITE_TAGS,
    PARAGRAPH_BREAK,
    Mention,
    Reading,
    short_of_next_leg,
)
from stream.nlp.lexicon import cue_words
from stream.nlp.roles.appositions import referents
from stream.nlp.roles.companions import (
    is_group_of_people,
    lists_guests,
    presence_list,
    receives_a_group,
)
from stream.nlp.roles.guests import is_meal
from stream.nlp.roles.met_parties import gathering_goers
from stream.nlp.roles.syntax import children, clause_chain, is_name_head, prep_objects


def date_of_gathering_told_before(mention: Mention, doc: Doc, reading: Reading) -> None:
    """ "The leaders of the region sat down together on Thursday. ... X hosted the meeting at
    Y": the gathering a host is told holding, as "the" one, is the one the sentence before
    told a group of people holding, on its day."""
    trigger = mention.trigger
    if mention.type != "meeting" or mention.date is not None or trigger.sent.start == 0:
        return
    if trigger.lemma_ not in cue_words("hosting") | cue_words("chairing"):
        return
    held = [
        word
        for word in children(trigger, "dobj")
        if word.lemma_ in cue_words("gathering")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in all_children(word))
    ]
    before = doc[trigger.sent.start - 1].sent
    group = [s for s in children(before.root, "nsubj") if is_group_of_people(s)]
    if not held or not group or mention.status is not EventStatus.OCCURRED:
        return
    date = own_date(clause_chain(before.root), None, reading, future=False)
    if is_day(date):
        mention.date, mention.date_is_own = date, False


def presence_listed(mentions: list[Mention], doc: Doc, reading: Reading) -> list[Mention]:
    """ "X welcomed the delegations. Among those present were A, B and C", "Taking part were A
    and B", "The leaders are attending, among them A and B": a sentence that only lists who
    is at the gathering told just before names its parties. Once its members are named, the
    group the host was told receiving ("the leaders of the member states"), or told going to
    the gathering ("leaders of the Union gathered for a summit chaired by X"), is no party."""
    for sentence in doc.sents:
        listed = presence_list(sentence)
        if not listed:
            continue
        gathering = _gathering_told_before(sentence.root, mentions, reading, parties=0)
        if gathering is None or not (
            _hosts_a_gathering(gathering.trigger) or _guests_of_a_meal(gathering, sentence)
        ):
            continue
        people = [r for r in referents(listed, reading.table) if r.label == "PERSON"]
        for told in _told_with(gathering, mentions):
            if receives_a_group(told.trigger) or _goers_told_as_a_group(told.trigger):
                told.counterparts = [r for r in told.counterparts if r.label == "PERSON"]
            known = {ref.key for ref in told.counterparts} | {told.actor.referent.key}
            told.counterparts += [ref for ref in people if ref.key not in known]
    return mentions


def _guests_of_a_meal(meal: Mention, sentence: Span) -> bool:
    """ "X gave a dinner for Y. Among the guests was Z": a meal given is hosted too, and a list
    of its guests, told as such, names more of them. "Among those at the table" after a meal
    may be at another table."""
    return is_meal(meal.trigger) and lists_guests(sentence)


def _goers_told_as_a_group(trigger: Token) -> bool:
    """ "Leaders of the Union gathered for a summit chaired by X": those going to the summit
    are told as a group of people, whom the parse reads as the body they lead."""
    goers = gathering_goers(trigger)
    return bool(goers) and all(is_group_of_people(word) for word in goers)


def _told_with(gathering: Mention, mentions: list[Mention]) -> list[Mention]:
    """The meetings one sentence tells of one host: "to co-host the meeting" is hosting and
    meeting at once."""
    return [
        mention
        for mention in mentions
        if mention.type == "meeting"
        and mention.sentence.start == gathering.sentence.start
        and mention.actor.referent.key == gathering.actor.referent.key
    ]


def _hosts_a_gathering(trigger: Token) -> bool:
    """A meeting told as a gathering: its host or chair receiving, or the gathering's noun."""
    hosting = cue_words("hosting") | cue_words("chairing")
    return trigger.lemma_ in hosting or trigger.lemma_.lower() in cue_words("gathering")


def stand_ins_seated(mentions: list[Mention], doc: Doc, reading: Reading) -> list[Mention]:
    """ "X stayed at home and sent his foreign minister, Y, in his place": the one sent in a
    leader's place sits at the gathering told just before, among its parties."""
    for verb in (doc[i] for i in indices_where(doc, LEMMA, cue_words("sending"))):
        place = _in_someones_place(verb)
        if place is None:
            continue
        # Between the sending and the place phrase, however the parse hangs the name.
        sent = [word for word in doc[verb.i + 1 : place.i] if is_name_head(word)]
        people = [ref for ref in referents(sent, reading.table) if ref.label == "PERSON"]
        gathering = _gathering_told_before(verb, mentions, reading)
        if gathering is None or not people:
            continue
        _seat(people, gathering, mentions)
    return mentions


def goers_seated(mentions: list[Mention], doc: Doc, reading: Reading) -> list[Mention]:
    """ "X attended a meeting hosted by Y. A and B had also travelled to Kel for the talks":
    those told coming for "the" gathering the sentence before hosted are among its parties."""
    for verb in (doc[i] for i in indices_where(doc, LEMMA, cue_words("motion") | {"be"})):
        coming = verb.pos_ == "VERB" and verb.lemma_ != "be"
        if not (coming or _due_in(verb)) or not any(map(_the_gathering, _coming_for(verb))):
            continue
        named = [w for s in children(verb, "nsubj") for w in subtree_of(s)]
        found = referents([w for w in named if is_name_head(w)], reading.table)
        people = [ref for ref in found if ref.label == "PERSON"]
        # Stays abroad are appended after the rest: the search wants the story's order.
        in_order = sorted(mentions, key=lambda mention: mention.trigger.i)
        gathering = _gathering_told_before(verb, in_order, reading, parties=1)
        if gathering is None or not people or not _hosts_a_gathering(gathering.trigger):
            continue
        _seat(people, gathering, mentions)
    return mentions


def joiners_seated(mentions: list[Mention], doc: Doc, reading: Reading) -> list[Mention]:
    """ "X and Y talked for hours. After lunch, A and B joined the talks", "... then joined
    them", "A and B sat in on the session": a sentence that tells only of people joining the
    talks just told, or sitting in on them, seats them among the talks' parties."""
    in_order = sorted(mentions, key=lambda mention: mention.trigger.i)
    for sentence in doc.sents:
        verb = sentence.root
        if not _joins_the_talks(verb) and not _sits_in_on_the_talks(verb):
            continue
        named = [w for s in children(verb, "nsubj") for w in subtree_of(s) if is_name_head(w)]
        people = [ref for ref in referents(named, reading.table) if ref.label == "PERSON"]
        gathering = _gathering_told_before(verb, in_order, reading, parties=1)
        if gathering is None or not people:
            continue
        _seat(people, gathering, mentions)
    return mentions


def _seat(people: list[Referent], gathering: Mention, mentions: list[Mention]) -> None:
    """Adds the people to the parties of the gathering and of every mention told with it."""
    for told in _told_with(gathering, mentions):
        known = {ref.key for ref in told.counterparts} | {told.actor.referent.key}
        told.counterparts += [ref for ref in people if ref.key not in known]


def _joins_the_talks(verb: Token) -> bool:
    """ "Joined the talks", "joined them": the talks told before, or those holding them."""
    joining = verb.lemma_ in cue_words("joining")
    return joining and any(map(_the_talks_told_before, children(verb, "dobj")))


def _the_talks_told_before(word: Token) -> bool:
    """ "Them", those holding the talks, or "the talks", unless a clause tells of them as new
    ones ("joined the talks that followed at the palace")."""
    if word.lower_ == "them":
        return True
    told_apart = any(c.dep_ in ("relcl", "acl") for c in all_children(word))
    return _the_gathering(word) and not told_apart


def _sits_in_on_the_talks(verb: Token) -> bool:
    """ "Sat in on the session": sitting in on the gathering told before."""
    sits_in = verb.lemma_ == "sit" and any(c.lower_ == "in" for c in children(verb, "prt"))
    return sits_in and any(map(_the_gathering, prep_objects(verb, "on")))


def _due_in(verb: Token) -> bool:
    """ "X is due in Kel": told coming there, as "X travelled to Kel" is."""
    return verb.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.lower_ == "due" for c in all_children(verb)
    )


def _coming_for(verb: Token) -> list[Token]:
    """What one comes "for": "travelled to Kel for the talks", "is due in Kel for the talks",
    where the parse may hang the "for" on the place."""
    places = prep_objects(verb, "in", "to")
    return [
        *prep_objects(verb, "for"),
        *(w for p in places for w in prep_objects(p, "for")),
    ]


def _the_gathering(noun: Token) -> bool:
    """ "For the talks": a gathering told before, not one of its own ("for a summit", "for
    the Kell Forum", whose name tells which)."""
    if noun.pos_ == "PROPN":
        return False
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in all_children(noun))
    gatherings = cue_words("gathering")
    return definite and (noun.lemma_.lower() in gatherings or noun.lower_ in gatherings)


def _in_someones_place(verb: Token) -> Token | None:
    """ "In his place", "in her stead": the phrase of standing in for someone, after the verb
    of sending, on it or on the verb it is joined to ("stayed at home and sent X in his
    place")."""
    holders = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    found = (
        prep
        for holder in holders
        for prep in children(holder, "prep")
        if prep.lower_ == "in" and prep.i > verb.i
        for noun in children(prep, "pobj")
        if noun.lemma_ in ("place", "stead") and any(c.dep_ == "poss" for c in all_children(noun))
    )
    return next(found, None)


def _gathering_told_before(
    word: Token, mentions: list[Mention], reading: Reading, parties: int = 2
) -> Mention | None:
    """The latest meeting, of at least so many counterparts, told before the word's sentence
    in its paragraph or the one before."""
    since = previous_paragraph_start(word, reading.text)
    for mention in reversed(mentions):
        if mention.trigger.i >= word.sent.start:
            continue
        if mention.trigger.idx <= since:
            return None
        if mention.type == "meeting":
            return mention if len(mention.counterparts) >= parties else None
    return None


def scene_before(trigger: Token, reading: Reading) -> Referent | None:
    """The place last told as where things happen ("at the palace in X", "talks in X"), in
    the trigger's paragraph or the one before: where an arrival that names none is. A story
    filed from a city tells the scene of its paragraphs there: a place the paragraph before
    names ("the station at Vik") yields to the dateline's city."""
    own_paragraph = max(reading.text.rfind(PARAGRAPH_BREAK, 0, trigger.idx), 0)
    since = max(previous_paragraph_start(trigger, reading.text), reading.dateline_end)
    for word in reversed(trigger.doc[: trigger.i]):
        if word.idx < since:
            return None
        if word.dep_ != "pobj" or word.head.lower_ not in ("in", "at"):
            continue
        found = reading.table.at(word)
        if found is not None and found.label in PLACE_LABELS:
            told_before = word.idx < own_paragraph and reading.here is not None
            return reading.here if told_before else found
    return None


def short_of_verb(ent: Span) -> Span:
    """ "X and Y yesterday ended months of feud": the model may run a date into the finite verb
    after it; the date ends before the verb."""
    verb = next((w.i for w in ent if w.tag_ in FINITE_TAGS and w.i > ent.start), None)
    return ent if verb is None else Span(ent.doc, ent.start, verb, label=ent.label_)


def own_date(
    chain: list[Token], speech: Token | None, reading: Reading, *, future: bool
) -> EventDate | None:
    """The date the mention's own clause gives, else, for a stance, that of its saying: "X said
    on Tuesday that Y backs Z" is a stance taken on Tuesday."""
    chain = short_of_next_leg(chain, reading)
    chains = [chain, clause_chain(speech)] if speech is not None else [chain]
    found = (
        event_date(told, reading.published, reading.triggers, reading.dates, future=future)
        for told in chains
    )
    return next((date for date in found if date is not None), None)


def date_of_hosting(clause: Token, reading: Reading, *, future: bool) -> EventDate | None:
    """ "The summit, which X hosted on Monday and Tuesday": the days the clause hosting a
    gathering holds it on; a day told only around the clause is another event's ("the trip
    came on Wednesday, after the summit which X hosted")."""
    start, end = clause.left_edge.i, clause.right_edge.i + 1
    if not any(start <= ent.start and ent.end <= end for ent in reading.dates):
        return None
    return own_date([clause], None, reading, future=future)


def previous_paragraph_start(token: Token, text: str) -> int:
    """Where the paragraph before the token's begins (-1 when it is the first)."""
    paragraph_start = max(text.rfind(PARAGRAPH_BREAK, 0, token.idx), 0)
    return text.rfind(PARAGRAPH_BREAK, 0, paragraph_start)


def is_day(date: EventDate | None) -> bool:
    return date is not None and date.precision is DatePrecision.DAY
