"""`counterparts`, `invitees` and the goers of a gathering: who an actor meets, joins, is
seen with or invites.
"""

from __future__ import annotations

from spacy.tokens import Token

from stream.nlp.doctext import all_children, ancestors_of, conjuncts_of, kept_answers, subtree_of
from stream.nlp.entities.matchers import PLACE_LABELS
from stream.nlp.entities.owners import entity_span
from stream.nlp.entities.table import EntityTable, Referent
from stream.nlp.lexicon import cue_words, role_words
from stream.nlp.roles.actors import (
    clause_verb,
    governing_verb,
    is_passive,
    parties_between,
    passive_agents,
)
from stream.nlp.roles.appositions import (
    folded_names,
    names_read_as_appositions,
    referents,
    split_name_conjuncts,
)
from stream.nlp.roles.guests import (
    _clause_subjects,
    hosts_of_a_guest_stay,
    is_meal,
    is_welcome,
    meal_guests,
)
from stream.nlp.roles.owners import (
    COUNTERPART_PREPS,
    _is_group_of_people,
    agents_beside_the_first,
    is_courtesy_call,
    owned_deeds,
    parties_among,
    stance_object_parties,
    stance_objects,
    stance_targets,
)
from stream.nlp.roles.reference import nationality
from stream.nlp.roles.syntax import (
    CLAUSES,
    HEADING_VERBS,
    INVITED_TO_LABELS,
    MAX_CHAIN,
    NOUN_POS,
    RELATIVE_PRONOUNS,
    SEQUENCE_PREPS,
    SUBJECTS,
    TRAVELLER_DEPTH,
    children,
    clause_chain,
    is_name_head,
    list_words,
    names_listed,
    prep_objects,
    span_holding,
    titled_names,
    with_conjuncts,
)


def counterparts(
    trigger: Token, table: EntityTable, event_type: str, actor_key: str | None = None
) -> list[Referent]:
    """The other parties: objects, "with"/"between" objects, subject conjuncts, targets, and
    those of a third state present at talks.

    Visits and deployments have none here: what follows them is a place. A pronoun among them
    is someone other than the actor (`actor_key`).
    """
    found = _parties_told(trigger, table, event_type, actor_key)
    if event_type == "statement" and not found:
        # "Condemned the blockade imposed by Lorvia": a stance taken toward a thing no party
        # is aimed at the first party the thing is told of.
        inside = stance_object_parties(trigger)
        found = parties_among(inside, [], table, event_type, actor_key)
        found = [ref for ref in found if ref.label != "EVENT"][:1]
    if event_type == "meeting":
        found += _present_from_other_states(trigger, table, found, actor_key)
    return found


def _parties_told(
    trigger: Token, table: EntityTable, event_type: str, actor_key: str | None
) -> list[Referent]:
    if event_type == "visit":
        return _hosts_visited_with(trigger, table, actor_key)
    preps = COUNTERPART_PREPS.get(event_type)
    if preps is None:
        return []
    words: list[Token] = []
    named_with: list[Referent] = []
    agents = list(prep_objects(trigger, "by")) if is_passive(trigger) else []
    # "Was greeted by A and B", "A and B were welcomed": those who welcome together, or are
    # welcomed together, are one side of the welcome, never each other's counterparts.
    one_side = is_welcome(trigger)
    if agents:
        # "hosted by X and Y": X is the actor (the first agent), Y a party beside it.
        words += _passive_subjects(trigger)
        words += [] if one_side else agents_beside_the_first(trigger, agents)
    elif event_type in ("meeting", "agreement") and not one_side:
        # "A and B signed deals after talks between X and Y": the talks' own parties, not the
        # clause's subjects (as for the actor).
        own_parties = len(parties_between(trigger, table)) > 1 and trigger.dep_ != "dobj"
        # "A and B met students": co-subjects meeting people named by no one are one side.
        one_side_met = event_type == "meeting" and meets_someone_unnamed(trigger, table)
        subjects = [] if own_parties or one_side_met else _subjects(trigger)
        words += [c for s in subjects for c in joined_with(s, subjects)]
        # "Presidents A and B held talks": each name the office is told with is a party.
        titled = [ref for s in subjects for ref in titled_names(s, table)]
        named_with = [ref for ref in titled if ref.key != actor_key]
    # "pledged U.S. support to ...": the stance itself, and the supporter named on it, are no
    # party; its "for"/"to" object is (read below).
    stances = cue_words("stance_noun")
    # "Discussed Lorvia's bid with X": what is discussed is the topic, never a party.
    discussed = trigger.lemma_ in cue_words("discussion")
    objects = [] if discussed else children(trigger, "dobj", "dative")
    deeds = owned_deeds(trigger) if event_type == "statement" else []
    words += (w for w in objects if w.lemma_ not in stances and w not in deeds)
    words += _object_read_as_subject(trigger)
    words += _object_swept_into_setting(trigger)
    # "received visiting X" read with "visiting" as a verb and X its object.
    words += (
        o
        for v in children(trigger, "xcomp")
        if v.lower_ == "visiting"
        for o in all_children(v)
        if o.dep_ == "dobj"
    )
    words += _aimed_by_prepositions(trigger, event_type, preps, deeds)
    words += _partners_of_text_signed(trigger, event_type)
    held = span_holding(trigger)
    if held.dep_ == "dobj":
        words += prep_objects(held.head, *preps)
        if held.head.lemma_ in ("grant", "give", "accord"):
            # "granted an audience to X", "X was accorded a welcome by Y"
            words += [*prep_objects(held.head, "to"), *prep_objects(trigger, "to")]
            words += children(held.head, "dative", "nsubjpass")
    if trigger.lemma_ == "call":  # "called on King Harald", "on" read as a particle or not
        words += prep_objects(trigger, "on")
        words += (
            o for on in children(trigger, "prt") if on.lower_ == "on" for o in all_children(on)
        )
    if trigger.lemma_ == "visit" and is_courtesy_call(trigger):  # "a courtesy visit to X"
        words += prep_objects(trigger, "to")
    if event_type == "meeting":
        words += _meeting_party_words(trigger, preps)
        words += meal_guests(trigger)
        goers = gathering_goers(trigger)
        # "the summit of the Initiative, which X hosted": the summit, and the "which" that
        # stands for it, are no party.
        held = [w for w in children(trigger, "dobj") if w.lower_ in RELATIVE_PRONOUNS]
        kept = [word for word in words if not (word in held or is_gathering(word))]
        words = [*(kept if goers else words), *goers]
        attending = attendees(trigger)
        # "Chaired a session of the Council, attended by A": the gathering is no party, nor the
        # body whose gathering it is (a body may be a host's guest, never its chair's). A host
        # of a meeting or a summit ("co-hosted the ministers' meeting with X") hosts no party.
        chaired = trigger.lemma_ not in cue_words("hosting")
        gathering = {
            word
            for word in children(trigger, "dobj", "nsubjpass")
            if attending
            or (is_gathering(word) and (chaired or word.lemma_ not in cue_words("body_noun")))
        }
        # "co-hosted the ministers' meeting with X": "with" hangs on the gathering.
        words += (word for held in gathering for word in prep_objects(held, *preps))
        members = members_named(trigger)
        # "Met leaders of the front-line states, including A": the named members are the
        # parties, not the states the group noun is of.
        gathering |= {word for word in words if _is_group_of_people(word)} if members else set()
        words = [*(word for word in words if word not in gathering), *attending, *members]
        words += group_heads(trigger)
        # "Hosted a Chinese dinner for X": a meal is no party, nor the cuisine it is told
        # with; its guests are read above.
        words = [word for word in words if not (_crowd(word) or is_meal(word))]
        at_table = [*_told_at_the_table(trigger), *present_for_a_part(trigger)]
        words = [word for word in words if word not in at_table]
    if event_type in ("meeting", "agreement"):
        # "held a meeting at the presidential palace with X": "with" hangs on the place.
        verb = trigger.head if trigger.dep_ == "dobj" else trigger
        places = [*prep_objects(verb, "at", "in"), *_second_objects(verb)]
        words += (word for place in places for word in prep_objects(place, *preps))
        words += gathering_guests(verb)
    if event_type == "statement":
        words += stance_targets(trigger, preps)
    if event_type == "invitation" and trigger.pos_ in NOUN_POS:
        # "X conveyed to Y an invitation from Z": the one who hands over another's
        # invitation is its messenger, not the one invited.
        handed = _handed_over(trigger)
        words += [] if handed else governing_subjects(trigger)
        words += [*invitees(trigger), *_handed_to(trigger)]
    return parties_among(words, named_with, table, event_type, actor_key)


def _aimed_by_prepositions(
    trigger: Token, event_type: str, preps: tuple[str, ...], deeds: list[Token]
) -> list[Token]:
    """The trigger's own "with", "for", "to" objects; a stance noun's read as such. Beside a
    deed told as a party's, they are the deed's, hung on the verb by the parser."""
    if event_type == "statement" and trigger.lemma_ in cue_words("stance_noun"):
        return stance_objects(trigger, preps)
    return [] if deeds else list(prep_objects(trigger, *preps))


def _partners_of_text_signed(trigger: Token, event_type: str) -> list[Token]:
    """ "Signed a defence pact with Lorvia": the parser hangs "with" on the text signed."""
    if event_type != "agreement":
        return []
    texts = children(trigger, "dobj", "nsubjpass")
    return [word for text in texts for word in prep_objects(text, "with")]


def meets_someone_unnamed(trigger: Token, table: EntityTable) -> bool:
    """ "Met students at the university", "sat down with the Chancellor", "gave a dinner in
    honour of their guest", "joined the talks": whom the trigger tells being met is people the
    story names no one for (an office, a crowd or a guest it resolves to nobody), or talks of
    others. Its subjects are one side of that meeting, not each other's counterparts."""
    if trigger.pos_ in NOUN_POS:
        # "A and B joined the talks": talks held by others before they came in.
        return trigger.dep_ == "dobj" and trigger.head.lemma_ == "join"
    # "Met with their advisers": people told as the subjects' own come with them.
    told = [
        *children(trigger, "dobj"),
        *(word for word in prep_objects(trigger, "with") if not any(children(word, "poss"))),
        *meal_guests(trigger),
    ]
    # "Met Chancellor X and students", "with the envoy, X", "with leaders, among them X": a
    # person named among them is met by each subject.
    return not any(_names_a_person(word, table) for word in told) and any(
        _people_word(word) for word in told
    )


def _names_a_person(word: Token, table: EntityTable) -> bool:
    """Whether a phrase names a person anywhere in it (its head, an apposition, a member)."""
    found = (table.at(part) for part in subtree_of(word))
    return any(ref is not None and ref.label == "PERSON" for ref in found)


def _people_word(word: Token) -> bool:
    """An office ("the Chancellor"), a group of people ("leaders"), a guest or a crowd."""
    lemma = word.lemma_.lower()
    return (
        lemma in role_words()
        or lemma in cue_words("guest")
        or _is_group_of_people(word)
        or _crowd(word)
    )


def _present_from_other_states(
    trigger: Token, table: EntityTable, parties: list[Referent], actor_key: str | None
) -> list[Referent]:
    """ "A and B met in Kel, in the presence of C": one present whose state is none of the
    sides' (the host state's leader, a third state's envoy) sits at the talks; an aide of a side
    (its own ambassador), or one of no told state, is only present."""
    verb = trigger.head if trigger.dep_ == "dobj" else trigger
    presence = [noun for noun in prep_objects(verb, "in") if noun.lemma_ == "presence"]
    present = [word for noun in presence for word in prep_objects(noun, "of")]
    people = [ref for ref in referents(present, table) if ref.label == "PERSON"]
    if not people:
        return []  # the sides' states are read only for someone present
    sides = [*parties, *(ref for ref in table.referents if ref.key == actor_key)]
    states = {code for side in sides for code in nationality(side, named_country=True)}
    return [
        person
        for person in people
        if person not in sides
        and (own := nationality(person, named_country=True))
        and states
        and states.isdisjoint(own)
    ]


# The labels of a phrase of time or place an object may be swept into.
SETTING_LABELS = frozenset({"DATE", "TIME", "FAC", "GPE", "LOC"})


def is_gathering(word: Token) -> bool:
    """A summit, forum, session ...: also one printed in its own name ("the Lorvia-Brenn
    Summit"), whose proper noun keeps its capital in the lemma."""
    return word.lemma_.lower() in cue_words("gathering")


def gathering_guests(verb: Token) -> list[Token]:
    """ "Hosted the meeting at the Villa Serena, his residence, with A, B and C": the persons a
    hosted gathering is held "with", wherever the parse hangs the "with"."""
    if verb.lemma_ not in cue_words("hosting") | cue_words("chairing"):
        return []
    gatherings = [w for w in children(verb, "dobj") if is_gathering(w)]
    if not gatherings:
        return []
    # "chaired the summit at the Centre with X": the place may hang on the gathering.
    places = [*prep_objects(verb, "at", "in"), *_second_objects(verb)]
    places += (place for gathering in gatherings for place in prep_objects(gathering, "at", "in"))
    holders = [verb, *gatherings, *places]
    return names_listed([head for holder in holders for head in prep_objects(holder, "with")])


def _second_objects(verb: Token) -> list[Token]:
    """ "Hosted the meeting at Villa Serena, his residence in Tirana, with A and B": the parse may
    hang the place's apposition on the verb as an object after the first, and the "with" on
    it; a common noun there is no party but the place again."""
    objects = list(children(verb, "dobj"))
    return [word for word in objects[1:] if word.pos_ == "NOUN" and not word.ent_type_]


def _passive_subjects(verb: Token) -> list[Token]:
    """Who undergoes a passive: "X was met by Y", and in "X arrived ... and was met by Y" or
    "X is to be received by Y" the subject the passive shares with the verb above it."""
    own = [_relative_antecedent(verb, word) for word in children(verb, "nsubjpass")]
    if own or not _shares_subject_above(verb):
        return own
    subjects = children(_clause_of_subject(verb.head), "nsubj", "nsubjpass")
    return [
        s for s in map(_shared_relative_antecedent, subjects) if s.lower_ not in RELATIVE_PRONOUNS
    ]


def _shares_subject_above(verb: Token) -> bool:
    """A passive told without its own subject under a verb that has one: joined to it ("and
    was met by"), or its "is to"/"expected to" infinitive ("is to be received by")."""
    return verb.dep_ in ("conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX")


def _clause_of_subject(verb: Token) -> Token:
    """The verb whose subject an infinitive shares: "X is to hold talks with A and be received
    by B", "X flew in to settle the programme and was received by B"; the subject of "is" or
    "flew" is who the joined passive receives."""
    while not any(children(verb, *SUBJECTS)) and verb.head.i != verb.i and _infinitive(verb):
        verb = verb.head
    return verb


def _infinitive(verb: Token) -> bool:
    """A verb told with "to" under another: an "is to", "due to" or purpose infinitive."""
    told_with_to = any(c.dep_ == "aux" and c.lower_ == "to" for c in all_children(verb))
    return verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and told_with_to)


def _shared_relative_antecedent(subject: Token) -> Token:
    """ "X, who came in 1996 and was received by Y": the "who" the two verbs share stands for
    the noun its relative clause is told of."""
    clause = subject.head
    relative = subject.lower_ in RELATIVE_PRONOUNS and clause.dep_ == "relcl"
    return clause.head if relative and clause.head.pos_ in NOUN_POS else subject


def _relative_antecedent(verb: Token, word: Token) -> Token:
    """ "Lorn's last guest was X, who was received by Y": the "who" of a relative clause telling
    a guest's welcome is the guest the clause is told of."""
    welcomed = verb.lemma_ in cue_words("hosting") | cue_words("reception")
    told_of = welcomed and verb.dep_ == "relcl" and word.lower_ in RELATIVE_PRONOUNS
    return verb.head if told_of and verb.head.pos_ in NOUN_POS else word


def _object_read_as_subject(verb: Token) -> list[Token]:
    """ "X met Premier Y, who told him ...": the parser may read the object that a relative
    clause follows as a second subject; a subject after its verb, beside one before it, is
    the verb's object."""
    subjects = list(children(verb, "nsubj"))
    if verb.pos_ != "VERB" or not any(s.i < verb.i for s in subjects):
        return []
    return [s for s in subjects if s.i > verb.i and s.pos_ == "PROPN"]


def _object_swept_into_setting(verb: Token) -> list[Token]:
    """ "Received at the palace on Friday Foreign Minister X", "received at the Palace the
    Premier of Y, A and B": an object told after the time or the place may be swept into that
    phrase ("Friday ... X", "Palace ... A"), leaving the verb with none. The people named after
    the setting, and not in a phrase of their own ("at the Palace of King X"), are its objects."""
    if verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in all_children(verb)):
        return []
    heads = (
        head
        for prep in children(verb, "prep")
        if prep.lower_ in ("on", "in", "at")
        for head in children(prep, "pobj")
    )
    return [name for head in heads for name in _names_after_setting(head)]


def _names_after_setting(head: Token) -> list[Token]:
    setting = next((w for w in subtree_of(head) if w.ent_type_ in SETTING_LABELS), None)
    if setting is None:
        return []
    end = entity_span(setting).end
    return [
        word
        for word in subtree_of(head)
        if word.i >= end and is_name_head(word) and not _in_own_phrase(word, head)
    ]


def _in_own_phrase(word: Token, top: Token) -> bool:
    """Whether a phrase or clause below `top` holds the word: "the Palace of King X"."""
    while word.i != top.i:
        if word.dep_ in ("prep", "pobj", "poss") or word.dep_ in CLAUSES:
            return True
        word = word.head
    return False


def _meeting_party_words(trigger: Token, preps: tuple[str, ...]) -> list[Token]:
    """Parties of a meeting the parse hangs away from the trigger."""
    words: list[Token] = []
    if trigger.lemma_ in cue_words("discussion"):
        # "will discuss security issues with X": "with" hangs on what is discussed.
        words += (w for topic in children(trigger, "dobj") for w in prep_objects(topic, *preps))
    if _told_in_sequence(trigger) or _doing_told_in(trigger):
        # "X told Y during a meeting in Tokyo": the one X spoke to was at it; so are those X met
        # "in separate meetings".
        told = children(trigger.head.head, "dobj", "dative")
        words += (word for word in told if word.pos_ == "PROPN")
    words += _third_parties(trigger)
    words += joined_at_the_talks(trigger) + sitting_in(trigger)
    return words + joined_parties(trigger) + _people_gathered(trigger) + _joiners(trigger)


def joined_at_the_talks(trigger: Token) -> list[Token]:
    """Who is told joining talks, in the talks' own clause: "held talks at the palace, joined by
    A and B", "received X at the villa, joined by A", "talks began on Monday and were joined
    by A". They sit at the talks. A joining told as what came next ("before they were joined by
    A for a four-way meeting") is a meeting of its own, read apart; one told "later" is of a
    part of the talks, not of the talks told. (Those a meal or talks are "attended by" may be
    guests of a reception or aides looking on, and are left out.)"""
    verb = trigger.head if trigger.dep_ == "dobj" else trigger
    clauses = [word for word in subtree_of(verb) if _joins_the_talks(word, verb)]
    if trigger.dep_ in ("nsubj", "nsubjpass") and trigger.pos_ in NOUN_POS:
        # "Talks ... began in Kel and were joined by A": the talks are the shared subject.
        clauses += (
            word
            for word in conjuncts_of(trigger.head)
            if word.i > trigger.i and _joining(word) and not any(children(word, *SUBJECTS))
        )
    return names_listed([agent for clause in clauses for agent in prep_objects(clause, "by")])


def _joins_the_talks(word: Token, verb: Token) -> bool:
    """A participle of joining ("joined by A") told in the talks' own clause,
    with neither a subject nor a time or purpose of its own ("before ... joined by", "joined
    by A for a dinner")."""
    return (
        word.i != verb.i
        and _joining(word)
        and clause_verb(word) == verb
        and not any(children(word, "mark", *SUBJECTS))
        and not any(prep_objects(word, "for"))
        and not _told_later(word)
    )


def _told_later(word: Token) -> bool:
    """ "Joined later by A", "afterwards joined by A": a joining that came after the talks began."""
    return any(c.lower_ in ("later", "afterwards", "afterward") for c in children(word, "advmod"))


def _joining(word: Token) -> bool:
    """A passive verb of joining, told with its agents ("joined by A")."""
    joins = cue_words("joining")
    return word.pos_ == "VERB" and word.lemma_ in joins and any(prep_objects(word, "by"))


def sitting_in(trigger: Token) -> list[Token]:
    """ "Talked for four hours, with A and Minister B sitting in", "held talks, with A and B
    present": those told sitting in on talks, or present at them, are at them."""
    verb = _talks_verb(trigger)
    told = (_told_present(verb, word) for word in _presences(verb) if _seated(word))
    return [w for span in told for w in span if is_name_head(w)]


def present_for_a_part(trigger: Token) -> list[Token]:
    """ "Conferred for an hour, with the Ambassador, A, present for part of the time": an aide
    looking in on part of the talks is no party, though the parse may read the "with" as the
    one the talks were held with."""
    verb = _talks_verb(trigger)
    return [w for word in _presences(verb) if not _seated(word) for w in _told_present(verb, word)]


def _talks_verb(trigger: Token) -> Token:
    """The verb the talks are told with: "held two hours of talks" -> held."""
    if trigger.pos_ in ("VERB", "AUX"):
        return trigger
    return clause_verb(trigger) or trigger


def _presences(verb: Token) -> list[Token]:
    """The words telling someone sitting in on the talks, or present at them, in the talks'
    own clause."""
    return [
        word
        for word in subtree_of(verb)
        if (_sits_in(word) or (word.lower_ == "present" and word.pos_ in ("ADJ", "ADV")))
        and clause_verb(word) == verb
    ]


def _sits_in(word: Token) -> bool:
    return word.lemma_ == "sit" and any(c.lower_ == "in" for c in children(word, "prt"))


def _seated(word: Token) -> bool:
    """Sitting in, or present at the talks told whole (not "for part of the time")."""
    return _sits_in(word) or not any(part.lemma_ == "part" for part in prep_objects(word, "for"))


def _told_present(verb: Token, word: Token) -> list[Token]:
    """The words between the "with" and the word telling those named there present; the parse
    may hang the names anywhere in between."""
    doc = word.doc
    opener = next((w for w in reversed(doc[verb.i : word.i]) if w.lower_ == "with"), None)
    if opener is None:
        return []
    return list(doc[opener.i + 1 : word.i])


def _third_parties(trigger: Token) -> list[Token]:
    """Who mediates the talks, or is told taking part in them, sits at them: "held talks,
    mediated by X", "met under the mediation of X", "will meet A, with the participation of B
    and C". The phrase may hang on the talks or on their verb. (Those told only "in the
    presence of" the talks may be aides of a side, as an ambassador is, and are left out.)"""
    if _held_by_states(trigger):
        # "Lorvia and Tarvia agreed after talks mediated by X": the sides are states, and a
        # person beside them would mix a state's talks with a leader's.
        return []
    verb = trigger.head if trigger.dep_ == "dobj" else trigger
    holders = [trigger, verb] if verb is not trigger else [trigger]
    clauses = [
        c
        for holder in holders
        for c in children(holder, "acl", "advcl")
        if c.lemma_ in cue_words("mediating")
    ]
    found = [agent for clause in clauses for agent in prep_objects(clause, "by")]
    nouns = [
        n
        for holder in holders
        for n in prep_objects(holder, "under", "with", "through")
        if n.lemma_ in cue_words("taking_part_noun")
    ]
    return found + [of for noun in nouns for of in prep_objects(noun, "of")]


def _held_by_states(trigger: Token) -> bool:
    """Whether the subject of the clause that tells the talks names a state."""
    clause = next((w for w in [trigger, *ancestors_of(trigger)] if any(children(w, "nsubj"))), None)
    subjects = [] if clause is None else list(children(clause, "nsubj"))
    return any(word.ent_type_ == "GPE" for s in subjects for word in with_conjuncts(s))


def _people_gathered(trigger: Token) -> list[Token]:
    """ "Hosted a meeting of A, B and C": the people a gathering is "of" meet there (a body
    it is "of", "a session of the Council", is no party)."""
    gatherings = [trigger] if trigger.pos_ in NOUN_POS else list(children(trigger, "dobj"))
    named = (g for g in gatherings if is_gathering(g))
    return [w for g in named for w in prep_objects(g, "of") if w.ent_type_ == "PERSON"]


def attendees(trigger: Token) -> list[Token]:
    """Who attends a gathering its chair or host is told with: "X chaired the summit, attended
    by A and B", "the summit, chaired by X and attended by A", "X will host the summit, which A
    and B are to attend". The chair meets each of them."""
    if trigger.pos_ != "VERB" or trigger.lemma_ not in cue_words("chairing"):
        return []
    gatherings = list(children(trigger, "dobj", "nsubjpass"))
    clauses = [trigger, *conjuncts_of(trigger)]
    if trigger.dep_ == "acl":
        gatherings.append(trigger.head)
        # "met for a summit chaired by X and attended by A": the parse may join "attended"
        # to the verb the gathering hangs from.
        framing = trigger.head.head.head if trigger.head.dep_ == "pobj" else None
        clauses += conjuncts_of(framing) if framing is not None else []
    clauses += (c for g in gatherings for c in all_children(g) if c.dep_ in ("acl", "relcl"))
    # "The summit, hosted by X, was attended by A and B": the gathering is the subject of
    # the attending, which the parse makes the main verb.
    clauses += (g.head for g in gatherings if g.dep_ == "nsubjpass" and g.head.i != g.i)
    listed: list[Token] = []
    for clause in clauses:
        if clause.lemma_ in cue_words("attendance"):
            listed += prep_objects(clause, "by")
        attending = clause.dep_ == "relcl" and any(
            word.lemma_ in cue_words("attendance") for word in subtree_of(clause)
        )
        listed += children(clause, "nsubj", "nsubjpass") if attending else []
    # A long list of names, each behind its office ("Premier of the State Council of X A,
    # Prime Minister of Y B"), breaks the parse's chain of conjuncts: every person named in
    # the list attends, and the places in the offices do not.
    return [word for head in listed for word in list_words(head) if word.ent_type_ == "PERSON"]


def members_named(trigger: Token) -> list[Token]:
    """The persons a meeting's group of people is told to include: "met leaders of the region,
    including A and B", "a dinner for leaders of 11 countries, among them A and B", "met X and
    the cabinet, including A and B" (a body's members are people too)."""
    clause = list(subtree_of(trigger))
    if not any(_is_group_of_people(word) or _is_body(word) for word in clause):
        return []
    named: list[Token] = []
    for prep in clause:
        if prep.dep_ != "prep" or prep.lower_ not in ("including", "among"):
            continue
        if _told_in_another_doing(prep, trigger):
            continue
        objects = list(children(prep, "pobj"))
        # "among them A and B": the names are what "among them" hangs on.
        heads = [prep.head] if prep.lower_ == "among" else objects
        named += (w for head in heads for w in list_words(head) if w.ent_type_ == "PERSON")
    return named


def group_heads(trigger: Token) -> list[Token]:
    """The named heads of the groups a meeting is told with: "met the bishops, led by
    Cardinal A", "received the visiting delegation, headed by B". Unnamed people are no
    party, so the one person the group is told led by stands for it; a head told only by
    office ("led by its president") is no one, unless the office is set beside a name."""
    heads: list[Token] = []
    for group in subtree_of(trigger):
        if group.pos_ not in NOUN_POS or group.ent_type_ or _crowd(group):
            continue
        if _told_in_another_doing(group, trigger) or _in_subject(group, trigger):
            continue
        for verb in children(group, "acl"):
            if verb.lemma_ not in HEADING_VERBS or verb.tag_ != "VBN":
                continue
            for agent in prep_objects(verb, "by"):
                heads += _persons_named_at(agent)
    return heads


def _in_subject(word: Token, trigger: Token) -> bool:
    """ "The delegation, led by A, met B": a group told as the subject is the side that meets,
    read as the actor, never the other party."""
    while word != trigger and word.head != word:
        if word.dep_ in SUBJECTS:
            return True
        word = word.head
    return False


def _persons_named_at(word: Token) -> list[Token]:
    """The person a word names, or the names set beside it: "Cardinal A", "the Archbishop
    of Kell, Mgr B", "its president, C"."""
    if word.ent_type_ == "PERSON":
        return [word]
    return [name for name in children(word, "appos") if name.ent_type_ == "PERSON"]


# The links of a clause telling a doing of its own below the meeting's verb ("before sitting
# down with ...", "and then hosted ..."), not one telling of a group ("leaders who came").
_OWN_DOING_CLAUSES = frozenset({"pcomp", "advcl", "conj", "xcomp", "ccomp", "parataxis"})


def _told_in_another_doing(word: Token, trigger: Token) -> bool:
    """ "Met A and B separately, before sitting down with leaders, among them C and D": a group
    told in a clause of another doing below the meeting's verb is that doing's, which tells its
    own meeting; C and D are no parties of the first."""
    head = word.head
    while head != trigger and head.head != head:
        if head.pos_ == "VERB" and head.dep_ in _OWN_DOING_CLAUSES:
            return True
        head = head.head
    return False


def _crowd(word: Token) -> bool:
    """ "Met the Ruritanian diaspora", "met Ruritanian troops at the base": a crowd, or a unit
    of its troops, stands for no state or body that holds talks."""
    if word.ent_type_ == "PERSON":
        return False
    lemma = word.lemma_.lower()
    return lemma in cue_words("crowd") or (word.tag_ == "NNS" and lemma in cue_words("force_noun"))


def _told_at_the_table(trigger: Token) -> set[Token]:
    """ "Gave a dinner for X, with Y's music and a menu of ...", "a lunch for X, with about 40
    veterans at the table, among them Y": what a meal is told "with" is its fare and its table,
    not whom it is given for. Fare names no party (nor its maker, read through the "'s"), and
    a name told among a counted table is one diner of many, as the crowd itself is no guest."""
    dishes = [word for word in [trigger, *children(trigger, "dobj")] if is_meal(word)]
    if not dishes:
        return set()
    meal = dishes[0]
    giver = meal.head if meal.dep_ == "dobj" else meal
    told = [*prep_objects(giver, "with"), *prep_objects(meal, "with")]
    counted = any(
        word.tag_ == "NNS" and any(c.dep_ == "nummod" for c in all_children(word)) for word in told
    )
    return {word for word in told if counted or word.lemma_.lower() in cue_words("meal_fare")}


def _is_body(word: Token) -> bool:
    return word.tag_ == "NN" and word.lemma_.lower() in cue_words("body_noun")


# Prepositions that tell someone going to a gathering ("flew in for the summit", "took part in
# the talks"), not one told about it ("before the summit"). "Spoke at a summit hosted by X and
# Y" stays the hosts' own meeting, as co-hosted summits are read elsewhere.
_GOING_TO = frozenset({"for", "in", "to"})


def gathering_goers(trigger: Token) -> list[Token]:
    """ "X flew to Kel for a summit hosted by Y", "X was in Kel for the forum chaired by Y", "X
    will attend the summit chaired by Y": the subject of the clause the gathering is told in goes
    to it, and meets its host."""
    verb = verb_going_to_gathering(trigger)
    if verb is None:
        return []
    # "X is to attend the summit hosted by Y": an infinitive's goer is its governing verb's subject.
    goers = _clause_subjects(_clause_of_subject(verb)) or _subjects_among(verb)
    # "X will open a fair in Kel before heading to the forum hosted by Y": a verb told in a
    # time phrase has the subject of the verb the phrase hangs on.
    if not goers and verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        goers = _clause_subjects(_clause_of_subject(verb.head.head))
    return goers


def verb_going_to_gathering(trigger: Token) -> Token | None:
    """ "X flew to Kel for a summit hosted by Y": the verb that takes someone to the gathering
    a clause naming its host or chair tells of ("flew")."""
    if trigger.lemma_ not in cue_words("chairing") or not _names_its_host(trigger):
        return None
    gathering = _gathering_above(trigger.head)
    verb = _going_to(gathering) if gathering is not None else None
    return verb if verb is not None and verb.pos_ in ("VERB", "AUX") else None


def _names_its_host(clause: Token) -> bool:
    """A clause on a gathering that says who holds it: "hosted by Y", "which Y hosted"."""
    if clause.dep_ == "acl" or (clause.dep_ == "relcl" and is_passive(clause)):
        return bool(passive_agents(clause))
    # "which Lorvia will host" tells where it is held, not whom one meets there.
    held = any(word.lower_ in RELATIVE_PRONOUNS for word in children(clause, "dobj"))
    hosts = [word for word in children(clause, "nsubj") if word.ent_type_ not in PLACE_LABELS]
    return clause.dep_ == "relcl" and held and bool(hosts)


def clause_hosting_gathering(trigger: Token) -> Token | None:
    """ "The Lorn Summit Conference, which X hosted at the palace on Monday": the relative
    clause that tells who hosted a gathering, and where and when it was held. The trigger may
    be a word inside the gathering's printed name ("Summit" of "the Lorn Summit Conference"),
    whose last word carries the clause."""
    gathering = trigger
    while gathering.dep_ == "compound" and is_gathering(gathering.head):
        gathering = gathering.head
    return next(
        (
            clause
            for clause in children(gathering, "relcl")
            if clause.lemma_ in cue_words("hosting")
            and not is_passive(clause)
            and _names_its_host(clause)
        ),
        None,
    )


def _going_to(gathering: Token) -> Token | None:
    """The verb that takes someone to the gathering: "flew in for it", "took part in it",
    "attended it", "flew in for its opening"."""
    moment = gathering.head.head
    if gathering.dep_ == "pobj" and gathering.head.lower_ == "of":
        gathering = moment if moment.lemma_.lower() in cue_words("gathering_moment") else gathering
    if gathering.dep_ == "pobj" and gathering.head.lower_ in _GOING_TO:
        return gathering.head.head
    # "spent three days at the forum", "was at the summit": one only stays at a gathering one
    # went to; "spoke at it" may be from afar.
    staying = gathering.head.head
    if gathering.dep_ == "pobj" and gathering.head.lower_ == "at":
        return staying if staying.lemma_ in cue_words("gathering_stay") else None
    going = cue_words("attendance") | cue_words("joining")
    if gathering.dep_ == "dobj" and gathering.head.lemma_ in going:
        return gathering.head
    return None


def _gathering_above(word: Token) -> Token | None:
    """The gathering a host's clause tells of, though the parse may hang the clause on a noun
    inside it: "a summit with the leaders of the Nordic states, hosted by Y"."""
    for _ in range(MAX_CHAIN):
        if word.lemma_.lower() in cue_words("gathering"):
            return word
        if word.dep_ != "pobj" or word.head.head.pos_ not in NOUN_POS:
            return None
        word = word.head.head
    return None


def _subjects_among(verb: Token) -> list[Token]:
    """ "He was among the leaders who flew in for it": the subject told among them."""
    slot = verb.head.head if verb.dep_ == "relcl" and verb.head.dep_ == "pobj" else None
    if slot is None or slot.lower_ != "among":
        return []
    return list(children(slot.head, "nsubj"))


def _hosts_visited_with(
    trigger: Token, table: EntityTable, actor_key: str | None
) -> list[Referent]:
    """ "For a hometown visit with Foreign Minister X": one visits with the host; one travels
    with a companion ("travel with X" names no counterpart)."""
    hosts = referents(hosts_of_a_guest_stay(trigger), table, excluding=actor_key)
    hosts = [ref for ref in hosts if ref.label == "PERSON" and ref.key != actor_key]
    if trigger.lemma_ != "visit" or seen_in_company(trigger):
        return hosts
    found = referents(list(prep_objects(trigger, "with")), table, excluding=actor_key)
    return [*(ref for ref in found if ref.label == "PERSON"), *hosts]


def seen_in_company(trigger: Token) -> bool:
    """ "Visited the old city with Prime Minister X": one who visits a place or a site with
    someone goes there in their company; that is neither a host received by nor talks with
    them (unlike "a visit with X", which has no place of its own). So does one who makes "a
    state visit to Lorvia with Queen Ane": the place the visit goes to is its own."""
    if trigger.lemma_ != "visit":
        return False
    visited = [*children(trigger, "dobj"), *prep_objects(trigger, "to")]
    return any(
        word.ent_type_ != "PERSON"
        and word.pos_ in ("NOUN", "PROPN")
        and word.lower_ not in role_words()  # "a courtesy visit to President X"
        for word in visited
    )


def joined_parties(trigger: Token) -> list[Token]:
    """ "Will join X and Y to participate in the consultations", "joined X in meeting with Y":
    those joined are at the meeting too."""
    joins = [t for t in clause_chain(trigger)[1:] if t.lemma_ in cue_words("joining")]
    # "joined the summit of the Initiative": a gathering joined is no one met.
    joined = (party for verb in joins[:1] for party in children(verb, "dobj"))
    return [party for party in joined if not is_gathering(party)]


def joined_with(subject: Token, subjects: list[Token]) -> list[Token]:
    """The words coordinated with a subject, also where the parser loses the coordination:
    "A and Ruritanian President B held talks" may come out as two subjects of one verb, the
    "and" left on the first, or with A folded into B's title as a modifier keeping the "and"."""
    coordinated = any(
        c.dep_ == "cc" and c.i > word.i for word in subjects for c in all_children(word)
    )
    stray = [other for other in subjects if other.i != subject.i] if coordinated else []
    # "US President A and Ruritanian leader B ended their summit": the parse may take the
    # office for the subject, A for its apposition and B for A's conjunct.
    named = [
        word
        for name in children(subject, "appos")
        if name.ent_type_ == "PERSON" and any(children(name, "cc"))
        for word in children(name, "conj")
    ]
    renamed = _next_names_read_as_appositions(subject)
    return [
        *conjuncts_of(subject),
        *stray,
        *named,
        *renamed,
        *_names_joined_past_office(subject),
        *folded_names(subject),
        *split_name_conjuncts(subject),
    ]


def _names_joined_past_office(subject: Token) -> list[Token]:
    """ "A, the Lorvian Foreign Minister, who came with his president, and B signed", "A, the
    Secretary of State, and Foreign Minister B signed": the parser may hang the "and" of two
    people on the office set off after the first, reading B as the office's conjunct or as a
    second apposition of A. An office is never listed with a person, and a name told after an
    "and" never renames the one before it."""
    if subject.ent_type_ != "PERSON":
        return []
    appositions = list(children(subject, "appos"))
    offices = [word for word in appositions if word.ent_type_ != "PERSON"]
    joined = [c for office in offices for c in conjuncts_of(office) if c.ent_type_ == "PERSON"]
    after_and = [
        word
        for word in appositions
        if word.ent_type_ == "PERSON"
        and word.left_edge.i > 0
        and word.doc[word.left_edge.i - 1].lower_ == "and"
    ]
    return [*joined, *after_and]


def next_names_listed_past_country(subject: Token) -> list[Token]:
    """ "Among those who flew in were A of Lorvia, B of Brenn and C": in a list told among
    those who went, the first name's country may stand between it and the comma before the
    next name, which the parser reads as its apposition. (Elsewhere "A of Lorvia, B" is left
    to the first name alone.)"""
    return _next_names_read_as_appositions(subject, past_country=True)


def _next_names_read_as_appositions(subject: Token, *, past_country: bool = False) -> list[Token]:
    """ "Lorvia's A, Brenn's B, C and D flew in": the parser may read the second name of a list
    as an apposition to the first; a person's name never renames another person. Only a name
    right after the first one's comma, in a list, is the next of it: an alias ("A, alias B")
    or names after a colon are not."""
    name = entity_span(subject)
    comma = name.end if name is not None else subject.i + 1
    comma = _after_country_told_of(subject, comma) if past_country else comma
    if comma >= len(subject.doc) or subject.doc[comma].text != ",":
        return []
    renamed = [w for w in names_read_as_appositions(subject) if w.left_edge.i == comma + 1]
    return renamed if any(conjuncts_of(word) for word in [subject, *renamed]) else []


def _after_country_told_of(subject: Token, end: int) -> int:
    """Where "A of Lorvia" ends, given where the name A ends: after the country its "of"
    tells, or at the name's end when no country follows it."""
    of = subject.doc[end] if end < len(subject.doc) else None
    if of is None or of.lower_ != "of" or of.head.i != subject.i:
        return end
    country = next(children(of, "pobj"), None)
    place = entity_span(country) if country is not None else None
    return place.end if place is not None and place.label_ in PLACE_LABELS else end


def _subjects(trigger: Token) -> list[Token]:
    """The subject words of a trigger's clause, shared through "to"-clauses and conjunctions:
    "Lund and Haugen are expected to sign", "Lund and Haugen held talks"."""
    # Asked of a trigger 4.4 times a reading on average, by the group and companion rules.
    kept = kept_answers(trigger.doc, "subjects")
    if kept is None:
        return _subjects_read(trigger)
    if trigger.i not in kept:
        kept[trigger.i] = _subjects_read(trigger)
    return list(kept[trigger.i])  # a copy: callers may add to theirs


def _subjects_read(trigger: Token) -> list[Token]:
    held = span_holding(trigger) if trigger.pos_ in NOUN_POS else trigger
    verb = held.head if trigger.pos_ in NOUN_POS and held.dep_ == "dobj" else trigger
    if trigger.pos_ in NOUN_POS and (_told_in_sequence(trigger) or _doing_told_in(trigger)):
        verb = trigger.head.head  # "X and Y signed the deal after talks": they held the talks
    if trigger.pos_ in NOUN_POS and held.i != trigger.i and _span_told_after(held):
        verb = held.head.head  # "X and Y signed the deal after three hours of talks"
    if trigger.pos_ in NOUN_POS and gone_to_hold(held):
        verb = held.head.head  # "the two retired to the library for talks": they held them
    if trigger.pos_ in NOUN_POS and held.dep_ == "dobj" and _held_before_or_after(verb):
        verb = verb.head.head  # "the two walked down the avenue before holding talks"
    verb = joined_for(trigger) or verb
    if trigger.dep_ == "acomp":
        verb = trigger.head  # "they are due in Vik": the subject is the copula's
    while not any(children(verb, *SUBJECTS)) and verb.dep_ in ("xcomp", "conj"):
        verb = governing_verb(verb)
    return list(children(verb, "nsubj", "nsubjpass"))


def _held_before_or_after(verb: Token) -> bool:
    """ "Walked down the avenue before holding talks": a verb of holding (not of witnessing a
    signing) with no subject of its own, in a clause of time behind "before" or "after",
    holds the talks of the subjects of the verb the clause hangs on."""
    return (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and verb.lemma_ in cue_words("gathering_held")
        and verb.head.lower_ in SEQUENCE_PREPS
        and verb.head.head.pos_ in ("VERB", "AUX")
        and not any(children(verb, *SUBJECTS))
    )


def _span_told_after(span: Token) -> bool:
    """ "Signed the deal after three hours of talks": a span of talks told after its verb is
    talks of the verb's subjects; put ahead of it ("After three hours of talks, the ministers
    signed"), it is more often the span of the talks the story has told already."""
    return _told_in_sequence(span) and span.head.i > span.head.head.i


def joined_for(noun: Token) -> Token | None:
    """ "The two leaders were joined by A and B for a four-way meeting": the verb of joining
    whose purpose the gathering is; both who join and who are joined meet at it."""
    if noun.pos_ not in NOUN_POS or noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    verb = noun.head.head
    return verb if verb.lemma_ in cue_words("joining") and verb.pos_ == "VERB" else None


def _joiners(noun: Token) -> list[Token]:
    """Who joins the parties for the gathering: the agents of a passive "were joined by A and
    B", the subjects of an active "A and B joined them"."""
    verb = joined_for(noun)
    if verb is None:
        return []
    if is_passive(verb):
        return [word for agent in prep_objects(verb, "by") for word in with_conjuncts(agent)]
    subjects = list(children(verb, "nsubj"))
    return [*subjects, *children(verb, "dobj")] if subjects else []


def _doing_told_in(noun: Token) -> bool:
    """ "X and Y ended the feud in a meeting at the palace", "X met A and B in separate
    meetings": a gathering of their own (not "the meeting" told before) that the clause's
    subjects did something in; a source who "told reporters, in a meeting ..." reports it and
    was not at it."""
    verb = noun.head.head
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "in"
        and noun.lemma_ in cue_words("gathering")
        and not any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in all_children(noun)
        )
        and verb.pos_ == "VERB"
        and verb.lemma_ not in cue_words("reporting")
    )


def gone_to_hold(noun: Token) -> bool:
    """ "Withdrew to the study for an hour of talks", "went straight into talks", "sat down to
    talks": talks the clause's subjects moved to hold are theirs, though the verb only tells
    them moving."""
    verb = noun.head.head
    return (
        noun.dep_ == "pobj"
        and verb.pos_ == "VERB"
        and (
            (noun.head.lower_ in ("for", "into") and verb.lemma_ in cue_words("moving_to_talk"))
            # "Sat down to talks": "to" is what they sat down to, not where they went.
            or (noun.head.lower_ == "to" and verb.lemma_ in cue_words("sitting_to_talk"))
        )
    )


def _told_in_sequence(noun: Token) -> bool:
    """ "signed ... after talks", "following a meeting": a noun told as what came before or
    after what its clause's subjects did."""
    head = noun.head
    # "during the meeting" is one told before; "during a meeting", one of their own.
    during = head.lower_ == "during" and not any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in all_children(noun)
    )
    return (
        noun.dep_ == "pobj"
        and (head.lower_ in (*SEQUENCE_PREPS, "following") or during)
        and head.head.pos_ in ("VERB", "AUX")
    )


def handing(invitation: Token) -> bool:
    """ "Handed Y an invitation", "delivered an invitation": an invitation told as handed over."""
    return invitation.dep_ == "dobj" and invitation.head.lemma_ in cue_words("handing_over")


def made_or_handed(invitation: Token) -> Token | None:
    """The verb that tells an invitation made or carried: "extended an invitation", "the
    invitation was renewed by X", "an invitation extended by X", "handed Y an invitation"."""
    making = cue_words("invitation_made") | cue_words("handing_over")
    clauses = [verb for verb in all_children(invitation) if verb.dep_ in ("acl", "relcl")]
    held = [invitation.head] if invitation.dep_ in ("dobj", "nsubjpass") else []
    return next((verb for verb in [*held, *clauses] if verb.lemma_ in making), None)


def _handed_to(invitation: Token) -> list[Token]:
    """ "Handed Y an invitation to visit Oslo": whoever hands it, Y is the one invited (the
    parser may take Y for a second object)."""
    if not handing(invitation):
        return []
    return [word for word in children(invitation.head, "dative", "dobj") if word != invitation]


def _handed_over(invitation: Token) -> bool:
    """ "Conveyed to Y an invitation from Z", "handed Y a written invitation from Z": another's
    invitation carried by the verb's subject."""
    return handing(invitation) and any(prep_objects(invitation, "from"))


def governing_subjects(noun: Token) -> list[Token]:
    """The subjects of the verb a noun hangs from: "X arrived for a visit at the invitation of"."""
    token = noun
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX"):
            return list(children(token, "nsubj", "nsubjpass"))
        if token.dep_ not in ("pobj", "prep") and token.pos_ not in NOUN_POS:
            break
        token = token.head
    return []


def invitees(invitation: Token) -> list[Token]:
    """Whom an invitation noun is to: "extended an invitation to Y to visit Oslo", "the
    invitation for Y to visit", and "Y arrived on a state visit at the invitation of X": the
    traveller the phrase hangs from, however deep in the trip's phrase."""
    holders = [invitation, invitation.head] if invitation.dep_ == "dobj" else [invitation]
    named = [word for holder in holders for word in prep_objects(holder, "to", "for")]
    # "An invitation to Tamm to visit Oslo" may be parsed with the name as an infinitive.
    named += (c for c in all_children(invitation) if c.dep_ == "acl" and c.ent_type_ == "PERSON")
    # Where the invitee is asked to go ("an invitation to Oslo") is no invitee.
    guests = [word for word in named if word.ent_type_ not in INVITED_TO_LABELS]
    if guests or not reason_of_a_trip(invitation):
        return guests
    return _traveller_above(invitation)


def reason_of_a_trip(invitation: Token) -> bool:
    """ "Came at the invitation of X", "arrived on the invitation of his host", "at X's
    invitation": an invitation told as the reason a trip is made."""
    return (
        invitation.lemma_ == "invitation"
        and invitation.dep_ == "pobj"
        and invitation.head.lower_ in cue_words("invitation_reason")
    )


def _traveller_above(phrase: Token) -> list[Token]:
    """The subject of the verb a phrase hangs from through nouns and prepositions ("arrived on
    Monday at the start of a visit to X at ..."), through an infinitive ("is expected to visit
    X at ...") and a relative clause ("Y, who arrived ... at ...", Y)."""
    token = phrase
    for _ in range(TRAVELLER_DEPTH):
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            break
        if token.dep_ not in ("pobj", "prep") and token.pos_ not in NOUN_POS:
            return []
    while token.dep_ == "xcomp" and not any(children(token, "nsubj", "nsubjpass")):
        token = token.head
    subjects = list(children(token, "nsubj", "nsubjpass"))
    if token.dep_ == "relcl" and any(s.lower_ in RELATIVE_PRONOUNS for s in subjects):
        return [token.head]
    return subjects
