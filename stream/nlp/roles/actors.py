"""`actor` and `speaker`: who does an event, through passives, infinitives, relative nouns
and reports for a body; and the agents of stance verbs.
"""

from __future__ import annotations

from spacy.tokens import Token

from stream.nlp import gazetteer
from stream.nlp.doctext import all_children, ancestors_of, conjuncts_of, subtree_of
from stream.nlp.entities.families import subject_swept_into_time
from stream.nlp.entities.matchers import PRONOUNS
from stream.nlp.entities.owners import entity_span
from stream.nlp.entities.table import EntityTable, Referent
from stream.nlp.lexicon import cue_words, role_words, title_words
from stream.nlp.roles.appositions import (
    folded_names,
    names_read_as_appositions,
    names_read_as_modifiers,
    owner_split_by_its_and,
    referents,
    split_name_conjuncts,
    spouse_word,
)
from stream.nlp.roles.guests import TRIP_NOUNS, _clause_subjects
from stream.nlp.roles.reference import nationality, referent
from stream.nlp.roles.syntax import (
    MAX_CHAIN,
    NOUN_POS,
    PHRASE_LINKS,
    RELATIVE_PRONOUNS,
    REPORTED_CHAIN,
    SEQUENCE_PREPS,
    SUBJECTS,
    Role,
    children,
    prep_objects,
    told_after_among,
    with_conjuncts,
)

# The heads a plan is told through: "is to greet", "is due to meet".
PLANNING_HEADS = frozenset({"be", "due"})
WAITING_HEADS = frozenset({"be", "wait", "stand", "line"})


def actor(trigger: Token, table: EntityTable) -> Role | None:
    if trigger.pos_ in NOUN_POS:
        return _noun_actor(trigger, table)
    if trigger.dep_ == "acl" and _held_forces(trigger.head):
        # "Has 1,500 soldiers deployed in X", "leads the battlegroup stationed at X": the
        # forces are those of whoever has or leads them (not of whoever met them there).
        return _verb_actor(trigger.head.head, table)
    # "... and is due in Quito": a predicate adjective's subject is its copula's, told there or
    # shared with the verb the copula is joined to.
    return _verb_actor(trigger.head if trigger.dep_ == "acomp" else trigger, table)


def speaker(trigger: Token, table: EntityTable) -> Role | None:
    """Who voices a stance told in reported speech: in "Haugen said Norway firmly supports
    Pakistan" or "pledging that the US would stand with Israel" the stance is the speaker's."""
    speech = speech_verb(trigger)
    voice = _verb_actor(speech, table) if speech is not None else None
    if voice is None or _taken_by_another(trigger, voice.referent, table):
        return None
    return voice


def _taken_by_another(trigger: Token, voice: Referent, table: EntityTable) -> bool:
    """ "Haugen said Lind pledged Norway's support": a stance reported of another person is
    theirs, and the one who reports it is its source; only a state or body told taking it
    ("said Norway supports X") takes it through the speaker's voice."""
    clause = trigger.head if trigger.pos_ in NOUN_POS and trigger.dep_ == "dobj" else trigger
    found = (referent(subject, table) for subject in children(clause, "nsubj"))
    return any(ref is not None and ref.label == "PERSON" and ref.key != voice.key for ref in found)


def speech_verb(trigger: Token) -> Token | None:
    """The verb of saying that reports a stance: "said" in "Haugen said Norway supports X"."""
    clause = trigger.head if trigger.pos_ in NOUN_POS and trigger.dep_ == "dobj" else trigger
    # "said A is ready to work with B ... and supports B": up the reported
    # clause's own chain of verbs, not into a clause with a subject of its own.
    steps = 0
    while clause.dep_ in REPORTED_CHAIN and clause.head.i != clause.i and steps < MAX_CHAIN:
        if clause.dep_ != "conj" and any(c.dep_ in SUBJECTS for c in all_children(clause)):
            break
        clause, steps = clause.head, steps + 1
    if clause.dep_ == "relcl":
        return _speech_told_to(clause)
    if clause.dep_ != "ccomp" or clause.head.lemma_ not in cue_words("stance_speech"):
        return None
    return clause.head


def _speech_told_to(clause: Token) -> Token | None:
    """ "Told reporters after the talks that Norway backs X", "assured the king that Norway
    supports X": the parser may hang the reported clause on the noun told to, as if "that"
    opened a relative clause. A clause with a subject of its own right after its "that",
    within what a verb of saying is told to, is what was said."""
    that = clause.doc[clause.left_edge.i]
    subject = next(children(clause, "nsubj"), None)
    if that.lower_ != "that" or subject is None or subject.left_edge.i != that.i + 1:
        return None
    told = clause.head
    while told.dep_ in ("pobj", "prep", "dobj", "dative") and told.head.i != told.i:
        told = told.head
        if told.pos_ in ("VERB", "AUX"):
            break
    said = told.lemma_ in cue_words("stance_speech") and not any(children(told, "ccomp"))
    return told if said and told.pos_ in ("VERB", "AUX") else None


def _person_told_by_who(verb: Token, table: EntityTable) -> Token:
    """ "Mr X, the former chairman of the Y Party, who met Z": the parser hangs the "who" on
    the body closing the apposition, but "who" tells a person, the one the apposition names."""
    antecedent = verb.head
    who = any(c.lower_ == "who" for c in children(verb, "nsubj", "nsubjpass"))
    found = referent(antecedent, table)
    if not who or found is None or found.label == "PERSON":
        return antecedent
    for above in ancestors_of(antecedent):
        if above.dep_ == "appos":
            named = referent(above.head, table)
            return above.head if named is not None and named.label == "PERSON" else antecedent
        if above.dep_ not in ("pobj", "prep"):
            return antecedent
    return antecedent


def _verb_actor(verb: Token, table: EntityTable, by_agent: bool = True) -> Role | None:
    """Who does what a verb tells; with `by_agent` false, a passive verb's own subject (or the
    one it shares), never the agent of its "by"."""
    told_by = passive_agents(verb) if by_agent else []
    agents = [agent for agent in told_by if referent(agent, table) is not None]
    if not agents and told_by and verb.lemma_ in cue_words("reception"):
        # "A and his wife B were greeted by Y", Y unread: the guests are greeted, and neither
        # is the other's host.
        return None
    # Without an agent, a passive subject is the actor: "Lund is expected to visit".
    subjects = agents or _clause_subjects(verb)
    for subject in subjects:
        found = referent(subject, table)
        if found is not None:
            return Role(found, from_parse=subject.lower_ not in PRONOUNS)
    relative = any(c.lower_ in RELATIVE_PRONOUNS for c in children(verb, "nsubj", "nsubjpass"))
    if verb.dep_ == "relcl" and relative:
        antecedent = _person_told_by_who(verb, table)
        # "The Turkish president, who arrived ...": a role noun stands for its holder.
        found = referent(antecedent, table) if antecedent.pos_ != "NOUN" else table.at(antecedent)
        if found is not None:
            return Role(found, from_parse=True)
        return _actor_of_relative_noun(verb.head, table)
    invitee = _invitee_of(verb, table)
    if invitee is not None:
        return Role(invitee, from_parse=True)
    named_for = _subject_after_for(verb, table) if verb.dep_ in ("relcl", "acl") else None
    if named_for is not None:
        return Role(named_for, from_parse=False)
    if verb.dep_ in ("relcl", "acl") and _is_infinitive(verb):
        # "left Quito on a special flight to visit Norway": the flight's traveller visits.
        holder = clause_verb(verb.head)
        shared = _verb_actor(holder, table) if holder is not None else None
        return Role(shared.referent, from_parse=False) if shared else None
    governor = governing_verb(verb)
    shares_subject = verb.dep_ in ("conj", "xcomp", "advcl", "pcomp") and governor.pos_ in (
        "VERB",
        "AUX",
    )
    if shares_subject and not subjects:
        return _actor_shared_with(verb, governor, table)
    return (
        _misread_main_verb(verb, table)
        or _subject_read_into_time(verb, table)
        or _subject_set_off_after_opening_phrase(verb, table)
    )


def _subject_set_off_after_opening_phrase(verb: Token, table: EntityTable) -> Role | None:
    subject = subject_set_off_after_opening_phrase(verb, table)
    found = referent(subject, table) if subject is not None else None
    return Role(found, from_parse=False) if found is not None else None


def subject_set_off_after_opening_phrase(verb: Token, table: EntityTable) -> Token | None:
    """ "At the palace, the Premier, A, held talks with B", "after a dinner at the lodge, the
    Governor, Sir A, received B": the parser may read an office and the name set off after it
    as appositions of the last noun of the phrase that opens the sentence, leaving the verb
    with no subject. An apposition that closes that phrase right before the verb, and names
    a person, is the subject."""
    start = _first_word_of_verb(verb)
    for prep in children(verb, "prep"):
        if prep.i > verb.i:
            break
        for word in subtree_of(prep):
            if word.dep_ != "appos" or not _ends_before(word, start):
                continue
            found = referent(word, table)
            if found is not None and found.label == "PERSON":
                return word
    return None


def _first_word_of_verb(verb: Token) -> int:
    """Where a verb's own words begin: "then held", "will not receive"."""
    told_first = ("aux", "neg", "advmod")
    return min(
        [verb.i, *(c.i for c in all_children(verb) if c.dep_ in told_first and c.i < verb.i)]
    )


def _ends_before(phrase: Token, start: int) -> bool:
    """Whether a phrase ends right before a word, with only punctuation between."""
    between = phrase.doc[phrase.right_edge.i + 1 : start]
    return all(word.is_punct for word in between)


def _actor_shared_with(verb: Token, governor: Token, table: EntityTable) -> Role | None:
    """The actor of a verb with no subject of its own, shared with the verb governing it."""
    going_on = _guest_going_on(verb, governor)
    if going_on is not None:
        shared = _verb_actor(going_on, table)
        return Role(shared.referent, from_parse=False) if shared else None
    # "invited X to visit": the object of the governing verb is the one who visits;
    # "will join X to take part": the subject does it too.
    joins = governor.lemma_ in cue_words("joining")
    invited = verb.dep_ == "xcomp" or _invitation_misread_as_purpose(verb, governor)
    objects = list(children(governor, "dobj")) if invited and not joins else []
    found = _object_who_goes(governor, objects, table)
    if objects:
        # An object nobody in the article fits ("invited officials to visit") is still
        # the one who visits: the inviter does not.
        return Role(found, from_parse=True) if found is not None else None
    # The governor's own subject, not its agent: "He was received by X and later met Y".
    subject = next(iter(_clause_subjects(governor)), None)
    found = referent(subject, table) if subject is not None else None
    if found is not None and _reports_for_a_body(verb, governor, found):
        # "..., before driving on to Y, the ministry said": the body does not travel; the
        # one told travelling in the clause the report hangs from does.
        told_on = sequence_governor(verb)
        shared = _verb_actor(told_on, table) if told_on not in (None, governor) else None
        return Role(shared.referent, from_parse=False) if shared else None
    if found is not None:
        return Role(found, from_parse=False)
    # "Arrived and was received by X before travelling to Y": the one received travels on,
    # and shares the subject of the verb the passive is joined to, not its agent.
    received = governor.dep_ == "conj" and bool(passive_agents(governor))
    shared = _verb_actor(governor.head if received else governor, table)
    return Role(shared.referent, from_parse=False) if shared else None


def _guest_going_on(verb: Token, governor: Token) -> Token | None:
    """ "Landed at Y, where X greeted him, and flew on to Z": the parse may join the going to
    the greeting told of the place; it is the guest's, who goes on with no object of his own,
    so it shares the subject of the verb the "where" clause is told of."""
    if verb.dep_ != "conj" or governor.dep_ != "relcl" or any(children(verb, "dobj")):
        return None
    where = any(word.lower_ == "where" for word in children(governor, "advmod"))
    greeted = [word.lower_ for word in children(governor, "dobj")]
    if not (where and governor.lemma_ in cue_words("greeting") and greeted):
        return None
    told_of = clause_verb(governor.head)
    return told_of if greeted[0] in PRONOUNS else None


def _subject_read_into_time(verb: Token, table: EntityTable) -> Role | None:
    """ "On Sunday Tolu will travel to Lome": a verb with no subject, after a phrase of time
    that ends in a name the parse swept into it ("Sunday Tolu"), has that name as subject."""
    names = (prep.right_edge for prep in children(verb, "prep"))
    found = (table.at(name) for name in names if subject_swept_into_time(name))
    person = next((ref for ref in found if ref is not None and ref.label == "PERSON"), None)
    return Role(person, from_parse=False) if person is not None else None


def co_hosts(verb: Token, table: EntityTable) -> list[Referent]:
    """Those a welcome names beside its first agent or subject: "was met by X and his wife, Y",
    "received by X and Y", "X and his wife Y greeted him" -> Y."""
    subjects = [*children(verb, "nsubj")] or _subjects_of_the_plan(verb)
    agents = passive_agents(verb) or [s for s in subjects if not is_passive(verb)]
    first = referent(agents[0], table) if agents else None
    if first is None:
        return []
    named = [word for agent in agents for word in _names_of(agent, first, table)]
    named += _agent_set_off_on_verb(verb, first, table)
    # "Received by X and by Y": each repeated "by" names an agent of its own.
    beside = [*agents[1:], *(c for word in named for c in conjuncts_of(word))]
    beside += (w for word in named for w in [*names_read_as_modifiers(word), *folded_names(word)])
    beside += (w for word in named for w in _names_listed_in_apposition(word))
    beside += (w for word in named for w in split_name_conjuncts(word))
    beside += _agents_joined_to_verb(verb, agents) if is_passive(verb) else []
    beside += _names_hung_on_verb(verb, agents) if is_passive(verb) else []
    beside += _agents_repeated_above(verb, agents) if is_passive(verb) else []
    beside += (w for agent in agents for w in _agent_after_its_clause(agent))
    beside += (w for word in greeters_together_with(verb) for w in with_conjuncts(word))
    found = referents(beside, table, names_only=True)
    return [ref for ref in found if ref.key != first.key and ref.label == "PERSON"]


def _subjects_of_the_plan(verb: Token) -> list[Token]:
    """ "Where X and the First Lady, Y, are to meet them", "X is due to greet him": a welcome
    told through a plan has no subject of its own; its greeters are the subject of the "be"
    (or "due") of planning that heads it. So are those of a wait it is the purpose of ("X and
    Y stood at the runway to greet them", "X was waiting at the steps to receive him")."""
    head = verb
    while head.dep_ in ("xcomp", "acomp") and head.head.lemma_ in PLANNING_HEADS:
        head = head.head
    if head is verb and _purpose_of_a_wait(verb):
        head = verb.head
    return list(children(head, "nsubj")) if head is not verb else []


def _purpose_of_a_wait(verb: Token) -> bool:
    """A welcome told as an infinitive of purpose ("to meet them") of being or waiting there."""
    return (
        verb.dep_ == "advcl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in all_children(verb))
        and verb.head.lemma_ in WAITING_HEADS
    )


def _names_listed_in_apposition(greeter: Token) -> list[Token]:
    """ "By President A, Vice-President B and the Minister, C", "by President A, the Prime
    Minister, Mr B, and Cardinal C": the parser may read the next greeter of a list, or the
    office of the next, as the first one's apposition and join the rest of the list to it."""
    renamed = names_read_as_appositions(greeter)
    offices = list(children(greeter, "appos"))
    return [
        *renamed,
        *(w for office in offices for w in conjuncts_of(office)),
        *(w for office in offices if spouse_word(office) for w in _spouse_named(office)),
    ]


def _spouse_named(spouse: Token) -> list[Token]:
    """ "By General A, his wife B and Cardinal C": the parser reads "his wife" as A's
    apposition and hangs her name, and the greeters after it, on that noun."""
    return [w for name in children(spouse, "appos") for w in with_conjuncts(name)]


def _agents_joined_to_verb(verb: Token, agents: list[Token]) -> list[Token]:
    """ "Arrived and was received by the Governor of Kell, A, and the Archbishop of the city, B":
    after a long apposition the parser may join the next greeter to the verb, or to the verb
    the welcome is joined to, as if a clause of its own; a noun so joined after the agent is
    one more agent."""
    if not agents:
        return []
    last = max(agent.i for agent in agents)
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return [
        word
        for joined in verbs
        for word in children(joined, "conj")
        if word.i > last and word.pos_ in ("NOUN", "PROPN")
    ]


def _names_hung_on_verb(verb: Token, agents: list[Token]) -> list[Token]:
    """ "Was received by Vice-President A and Foreign Affairs Minister B": after a long title
    the parser may hang the next greeter's name on the welcome itself, as a bare noun phrase
    ("npadvmod") or an object a passive verb cannot have; a name so hung after the agent is
    one more agent."""
    if not agents:
        return []
    last = max(agent.i for agent in agents)
    return [
        word
        for word in children(verb, "npadvmod", "dobj")
        if word.i > last and word.pos_ == "PROPN"
    ]


def _agents_repeated_above(verb: Token, agents: list[Token]) -> list[Token]:
    """ "At the foot of the steps he was received by A, its chairman, and by B": the parser may
    join the repeated "by" to a word the welcome hangs from (the phrase put before it), or to
    the verb itself as if a clause of its own, rather than to the first "by"; a "by" so joined
    after the agent still names one more agent. "Arrived ... and was received by the Governor,
    A, and by the Archbishop, B": or hang it on the arrival the welcome is joined to, as a
    phrase of its own after an "and"."""
    if not agents:
        return []
    last = max(agent.i for agent in agents)
    return [
        word
        for above in [verb, *ancestors_of(verb)]
        for by in children(above, "conj", "prep")
        if by.lower_ == "by" and by.pos_ == "ADP" and by.i > last and _repeated_by(by)
        for word in children(by, "pobj")
    ]


def _repeated_by(by: Token) -> bool:
    """A "by" the parser joins as a conjunct, or one told right after an "and"."""
    return by.dep_ == "conj" or by.doc[by.i - 1].lower_ == "and"


def greeters_together_with(verb: Token) -> list[Token]:
    """ "Were received by A and his wife, together with B and C": a "together with" told after
    the agent of a passive welcome joins the greeters, not the guests (the parser hangs it on
    the verb all the same). So does one set off after the pronoun an active welcome greets
    ("X greeted him at the steps, together with Y"): the guest was told before, the greeters
    are the ones the clause lists."""
    agents = passive_agents(verb) or _guest_told_by_pronoun(verb)
    if not agents:
        return []
    last = max(agent.i for agent in agents)
    return [
        word
        for prep in children(verb, "prep")
        if prep.lower_ == "with"
        and prep.i > last
        and (
            prep.doc[prep.i - 1].lower_ == "together"
            or any(c.lower_ == "together" for c in all_children(prep))
        )
        for word in children(prep, "pobj")
    ]


def _guest_told_by_pronoun(verb: Token) -> list[Token]:
    """The pronoun an active welcome greets ("greeted him"), when a comma sets off what follows
    it; "received him together with his wife" may tell the wife a guest too."""
    if verb.lemma_ not in cue_words("greeting") | cue_words("reception") or is_passive(verb):
        return []
    guests = [w for w in children(verb, "dobj") if w.pos_ == "PRON"]
    set_off = any(w.is_punct and w.text == "," for w in verb.rights)
    return guests if set_off else []


def _agent_after_its_clause(agent: Token) -> list[Token]:
    """ "Received by A, who broke protocol to greet him with a hug, and B": the parser may hang
    the next greeter inside the relative clause told of the first. A name that ends the
    clause after a comma and "and", not closing a list of names, is one more agent."""
    found: list[Token] = []
    for clause in children(agent, "relcl"):
        words = list(subtree_of(clause))
        last = words[-1]
        while last.is_punct and last.i > clause.i:
            last = last.doc[last.i - 1]
        for word in words[2:]:
            comma, before = word.doc[word.i - 1], word.doc[word.i - 2]
            if word.lower_ != "and" or comma.text != "," or before.ent_type_ == "PERSON":
                continue
            name = last if last.ent_type_ == "PERSON" and last.i > word.i else None
            if name is not None and all(
                w.ent_type_ != "PERSON"
                for w in words
                if word.i < w.i < name.i and w.dep_ != "compound"
            ):
                found.append(name)
    return found


def _agent_set_off_on_verb(verb: Token, first: Referent, table: EntityTable) -> list[Token]:
    """ "Welcomed by the Head of State, His Highness Ivo Renn, and the Prime Minister": the
    parser may hang the agent's apposition, and whoever is joined to it, on the verb. "Landed
    and was received by the Governor, Mr A, the Chief Minister, Mr B, and ...": or on the verb
    the welcome is joined to, loosely."""
    joined = [verb.head] if verb.dep_ == "conj" else []
    set_off = [c for c in children(verb, "npadvmod") if c.i > verb.i]
    set_off += (c for above in joined for c in children(above, "npadvmod", "dep") if c.i > verb.i)
    return [word for word in set_off if referent(word, table, names_only=True) == first]


def _names_of(agent: Token, first: Referent, table: EntityTable) -> list[Token]:
    """ "By the President of Estonia Ivo Brandt and First Lady Ana Morel": the parser hangs the
    name under the office's "of", and whoever greets beside the name is joined to it there."""
    named = [
        word
        for word in subtree_of(agent)
        if word.i != agent.i
        and word.ent_type_ == "PERSON"
        and word.head.ent_type_ != "PERSON"
        and referent(word, table, names_only=True) == first
    ]
    return [agent, *named]


def names_its_agent(verb: Token) -> bool:
    """Whether a passive verb names who does it: "they were met by X"."""
    return verb.pos_ not in NOUN_POS and bool(passive_agents(verb))


def passive_agents(verb: Token) -> list[Token]:
    """The "by" of a passive verb, else the one the parser hung on the verb's place."""
    if not is_passive(verb):
        return []
    agents = list(prep_objects(verb, "by")) or _agents_on_place(verb)
    return [_office_named_after(_office_of_split_owner(agent)) for agent in agents]


def _office_of_split_owner(agent: Token) -> Token:
    """ "Hosted by Lorvia and Brenn's prime minister, A": when the parser splits a country's
    name at its "and", the office it owns is read as the agent's conjunct; that office is the
    agent, not the country."""
    name = entity_span(agent)
    if name is None or not owner_split_by_its_and(agent, name):
        return agent
    return name[-1].head


def _office_named_after(word: Token) -> Token:
    """ "Chaired by Ruritania's Prime Minister and Foreign Minister X": two offices of one person
    are parsed as a bare title joined to the name; the name is the agent. "Greeted by the Deputy
    Prime Minister and Minister of Foreign Affairs X": the name may end the second office's
    "of"."""
    if word.ent_type_ or word.lower_ not in title_words():
        return word
    offices = [c for c in children(word, "conj") if c.ent_type_ == "PERSON" or _is_office(c)]
    named = [name for office in offices for name in [_name_ending(office)] if name is not None]
    return named[0] if len(named) == 1 else word


def _is_office(word: Token) -> bool:
    return not word.ent_type_ and word.lower_ in title_words()


def _name_ending(office: Token) -> Token | None:
    """The name an office phrase ends in: the office's own, or its "of" phrase's object."""
    if office.ent_type_ == "PERSON":
        return office
    return next((w for w in prep_objects(office, "of") if w.ent_type_ == "PERSON"), None)


def _agents_on_place(verb: Token) -> list[Token]:
    """ "Was greeted at X Airport by Y", "welcomed at the door of his plane by Y": the parser may
    hang the agent's "by" on the place, or on the thing the place is part of. "Welcomed with a
    salute at the Palace by Y": or on the honours the welcome is given with, or their place."""
    honours = list(prep_objects(verb, "with"))
    places = [*prep_objects(verb, "at", "on", "in"), *honours]
    places += (place for honour in honours for place in prep_objects(honour, "at", "on", "in"))
    places += (whole for place in places for whole in prep_objects(place, "of"))
    return [agent for place in places for agent in prep_objects(place, "by")]


def _misread_main_verb(verb: Token, table: EntityTable) -> Role | None:
    """ "Gen. X, who heads U.S. Army Pacific, called on Y": a past tense hung on a name as if
    it modified it is the name's own main verb. ("Returns the one X paid to Y": the parser
    may read the past tense as a participle on X, the object it took X for.)"""
    misread_participle = verb.tag_ == "VBN" and verb.head.dep_ == "dobj"
    if verb.dep_ not in ("acl", "relcl") or not (verb.tag_ == "VBD" or misread_participle):
        return None
    # Up through the relative clause it was hung inside ("who heads Fleet Command South").
    for word in ancestors_of(verb):
        found = table.at(word)
        if found is not None and found.label == "PERSON":
            return Role(found, from_parse=False)
        if word.dep_ not in ("relcl", "dobj", "pobj", "prep", "compound"):
            return None
    return None


def sequence_governor(verb: Token) -> Token | None:
    """The verb a clause of time behind "before"/"after" is told against: "will fly to X
    before driving on to Y" -> fly, even when the parser hangs it on a report that itself
    hangs from that verb ("will fly to X ..., before driving on to Y, the ministry said")."""
    head = verb.head
    if verb.dep_ != "pcomp" or head.dep_ != "prep" or head.lower_ not in SEQUENCE_PREPS:
        return None
    governor = _verb_told_against(head)
    reported = governor.lemma_ in cue_words("reporting") and governor.dep_ in ("advcl", "parataxis")
    if reported and governor.head.pos_ in ("VERB", "AUX"):
        governor = governor.head
    return governor if governor.pos_ in ("VERB", "AUX") else None


def _verb_told_against(sequence_prep: Token) -> Token:
    """ "Will leave for Kel for a short stay before flying to Vik", "will say Mass for the
    town's faithful, estimated at 9,000, before flying to Vik": the parser may hang a clause of
    time on a noun or participle of the phrase before it, but it is told against the verb of
    the clause that phrase stands in, whose subject travels on."""
    word = sequence_prep.head
    for _ in range(MAX_CHAIN):
        clause_verb = word.pos_ in ("VERB", "AUX") and word.dep_ != "acl"
        if clause_verb or word.dep_ not in PHRASE_LINKS or word.head.i == word.i:
            return word
        word = word.head
    return word


def _reports_for_a_body(verb: Token, governor: Token, subject: Referent) -> bool:
    reported = verb.dep_ == "pcomp" and governor.lemma_ in cue_words("reporting")
    return reported and subject.label != "PERSON"


def _invitation_misread_as_purpose(verb: Token, governor: Token) -> bool:
    """ "X invited Y today to visit Z": a word between the object and the infinitive may lead
    the parser to hang "to visit" as a purpose of the inviting; it is still what Y is asked
    to do, not what X sets out to do."""
    return verb.dep_ == "advcl" and _is_infinitive(verb) and governor.lemma_ == "invite"


def _object_who_goes(governor: Token, objects: list[Token], table: EntityTable) -> Referent | None:
    """ "Invited X to visit": the object of the governing verb is the one who visits."""
    found = referent(objects[0], table) if objects else None
    if found is not None and found is _subject_referent(governor, table):
        # "He invited the visiting president to ...": nobody invites himself, so the role
        # was misread; "..., and that Y had accepted" names the one who goes.
        return acceptor(governor, table)
    if found is None and objects and governor.lemma_ == "invite":
        # "Invited his host to visit Oslo, and the Kazakh leader accepted": an object that
        # names nobody is named by the one who takes the invitation up.
        found = acceptor(governor, table)
        return None if found is _subject_referent(governor, table) else found
    return found


def _subject_referent(verb: Token, table: EntityTable) -> Referent | None:
    subject = next(iter(_clause_subjects(verb)), None)
    return referent(subject, table) if subject is not None else None


def acceptor(invite: Token, table: EntityTable) -> Referent | None:
    """ "Invited X to visit Oslo, and the King accepted": who takes the invitation up."""
    accepting = (
        w for w in subtree_of(invite) if w.i > invite.i and w.lemma_ in cue_words("acceptance")
    )
    return next((found for w in accepting if (found := _subject_referent(w, table))), None)


def _invitee_of(verb: Token, table: EntityTable) -> Referent | None:
    """ "Extended an invitation to Y to visit Oslo": the trip hung on the invitation is the
    invitee's, whether the parser hangs "to Y" on the noun or on the verb that conveys it."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.lemma_ != "invitation" or not _is_infinitive(verb):
        return None
    carriers = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
    for word in (obj for carrier in carriers for obj in prep_objects(carrier, "to")):
        found = referent(word, table)
        if found is not None:
            return found
    return None


def _subject_after_for(verb: Token, table: EntityTable) -> Referent | None:
    """ "An invitation from X for Y to visit Z": the person between "for" and "to" does it,
    wherever the parser hung him."""
    to = next((c for c in all_children(verb) if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or to.i < 2:
        return None
    doc = verb.doc
    found = table.at(doc[to.i - 1])
    start = to.i - 1
    while start > 0 and found is not None and table.at(doc[start - 1]) is found:
        start -= 1
    named = found is not None and found.label == "PERSON"
    return found if named and start > 0 and doc[start - 1].lower_ == "for" else None


def _is_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in all_children(verb))


def clause_verb(word: Token) -> Token | None:
    """The verb of the clause a word stands in: "left Quito on a flight" -> left."""
    for ancestor in ancestors_of(word):
        if ancestor.pos_ in ("VERB", "AUX"):
            return ancestor
    return None


def governing_verb(verb: Token) -> Token:
    """The verb whose subject a "to"-clause shares, through a predicate adjective: "Lund is due
    to hold talks", "is set to sign", "is likely to visit"."""
    head = verb.head
    # "will travel to X before flying on to Y": a clause of time behind a preposition ("thanked
    # him for visiting" is the object's doing).
    # "joined X in meeting with Y": the one who joins meets.
    behind_preposition = (
        verb.dep_ == "pcomp"
        and head.dep_ == "prep"
        and (head.lower_ in SEQUENCE_PREPS or head.head.lemma_ in cue_words("joining"))
    )
    predicate_adjective = head.pos_ == "ADJ" and head.dep_ == "acomp"
    # "X is due to receive Y", "is about to sign", with the predicate read as a preposition.
    predicate_preposition = (
        verb.dep_ == "xcomp" and head.dep_ == "prep" and head.head.lemma_ == "be"
    )
    if behind_preposition and head.lower_ in SEQUENCE_PREPS:
        return _verb_told_against(head)
    return head.head if behind_preposition or predicate_adjective or predicate_preposition else head


def _actor_of_relative_noun(noun: Token, table: EntityTable) -> Role | None:
    """ "A trip which includes stops in X": the trip's traveller makes the stops. People told
    by a noun that names none of them ("the ten bloc leaders who attended") are not the body
    or country the noun is told with, but one told among them is one of them."""
    if noun.pos_ != "NOUN":
        # "Among those who flew in were A and B": told among them, A is one of them.
        return _one_among(noun, table) if noun.lower_ == "those" else None
    return _noun_actor(noun, table) if _thing_noun(noun) else _one_among(noun, table)


def _thing_noun(word: Token) -> bool:
    return word.lemma_.lower() not in role_words() | cue_words("person_noun")


def _one_among(people: Token, table: EntityTable) -> Role | None:
    """ "He was among the leaders who ...", "she was one of the ministers who ...": the
    subject told among the people is one of them, unless told not to be."""
    slot = people.head
    if slot.lower_ == "of" and slot.head.lower_ == "one":
        slot = slot.head.head if slot.head.dep_ == "pobj" else slot.head
    if people.dep_ != "pobj" or slot.lower_ not in ("among", "one"):
        return None
    verb = slot.head
    if any(c.dep_ == "neg" for c in all_children(verb)):
        # "X was not among the officials who greeted Y": X did not.
        return None
    found = next(filter(None, (referent(s, table) for s in told_after_among(verb))), None)
    return Role(found, from_parse=True) if found is not None else None


def _noun_actor(noun: Token, table: EntityTable) -> Role | None:
    return _voice_of_stance(noun, table) or _noun_doer(noun, table)


def _noun_doer(noun: Token, table: EntityTable) -> Role | None:
    owners = list(children(noun, "poss"))
    told = _doer_named_with(noun, table)
    if told is not None:
        return told
    agents = list(prep_objects(noun, "by"))
    if agents:
        # "talks during the first visit by a Finnish head of state": the doer is told, if not
        # by name, and is not the subject of the talks; the one Finn named, or nobody.
        return _traveller_restated(noun, table) or _sole_person_of(agents[0], table)
    between = parties_between(noun, table)
    if len(between) > 1 and noun.dep_ != "dobj":
        # "signed a deal during talks between X and Y": the talks' own parties, not the doer
        # of the clause they are told in (one who hosts or brokers talks has them as object).
        return Role(between[0], from_parse=True)
    for token in _doers(noun):
        found = referent(token, table)
        if found is not None:
            return Role(found, from_parse=True)
    slot = _first_conjunct(noun)
    governor = slot.head.head if slot.dep_ == "pobj" else slot.head
    named = table.at(governor) if slot.dep_ == "pobj" else None
    if named is not None and named.label == "PERSON":
        return Role(named, from_parse=True)  # "Lund, on a visit to Quito, said ..."
    shared = _doer_of_governor(noun, slot, governor, table)
    if shared is not None and shared.referent.label != "PERSON":
        # "X says Ruritania secured pledges following his talks with Y": the person "his"
        # stands for holds the talks, not the country that is the clause's subject.
        owner = next(filter(None, (referent(o, table) for o in owners)), None)
        shared = Role(owner, from_parse=False) if owner and owner.label == "PERSON" else shared
    if shared is not None:
        return shared
    if slot.dep_ == "pobj" and governor.pos_ == "NOUN" and governor is not slot:
        shared = _noun_actor(governor, table)  # "his trip with a visit to X"
        if shared is not None:
            return shared
    for token in owners:
        found = referent(token, table)
        if found is not None:
            return Role(found, from_parse=False)
    # "talks between X and Y", unless someone hosted or brokered them: the first named party
    # ("between the Oslo government and ..." names no party by its city).
    found = next(filter(None, referents(list(prep_objects(noun, "between")), table)), None)
    return Role(found, from_parse=True) if found is not None and not is_settlement(found) else None


def _doer_of_governor(noun: Token, slot: Token, governor: Token, table: EntityTable) -> Role | None:
    """The doer a noun shares with the verb whose object it is: "held talks" are the
    subject's."""
    # "Was received by X on the first day of a state visit": a part of the trip is the guest's
    # as much as the trip itself.
    if slot.dep_ == "pobj" and _names_a_trip(noun) and is_passive(governor):
        guest = _passive_subject(governor, table)
        if guest is not None:
            return guest
    if slot.dep_ == "pobj" and _hosts_actively(governor) and _names_a_trip(noun):
        # "X received Y at the palace at the start of a state visit": the host is at home, so
        # the trip is not theirs (talks they host are); the guest's trip is told by the
        # story's own trip words.
        return None
    reaction = reaction_to(noun)
    if reaction is not None:
        # "Thanked X for his visit": one who reacts to a trip is not who makes it; one thanked
        # or praised for it is.
        return thanked_for_it(reaction, table)
    if slot.dep_ in ("dobj", "pobj", "attr") and governor.pos_ in ("VERB", "AUX"):
        # "Was met by X before talks with Y": talks told in an adjunct of a passive are held
        # by the one the clause is about, its subject, not by the agent of its "by".
        adjunct = slot.dep_ == "pobj" and slot.head.dep_ != "agent"
        shared = _verb_actor(governor, table, by_agent=not adjunct)
        if shared is None or _names_a_part_of_it(slot, shared.referent):
            return None
        return shared
    return None


def _names_a_trip(noun: Token) -> bool:
    """ "A state visit", or a part of one: "the start of a state visit"."""
    parts_of = prep_objects(noun, "of")
    return noun.lemma_ in TRIP_NOUNS or any(word.lemma_ in TRIP_NOUNS for word in parts_of)


def _hosts_actively(verb: Token) -> bool:
    return verb.pos_ == "VERB" and verb.lemma_ in cue_words("hosting") and not is_passive(verb)


def _names_a_part_of_it(slot: Token, subject: Referent) -> bool:
    """Whether a copula calls the trip's part what its subject is: "Vadum is the last stop of
    the trip" names a place, "the Kell lecture was the last event of the tour" a thing done
    there, named for a town or a school; only a person so named makes the trip."""
    return slot.dep_ == "attr" and subject.label != "PERSON"


def reaction_to(noun: Token) -> Token | None:
    """The verb by which someone reacts to the trip a noun names: "protested against the
    visit", "condemned the trip", "thanked X for his visit"."""
    if noun.lemma_ not in TRIP_NOUNS:
        return None
    slot = _first_conjunct(noun)
    governor = slot.head.head if slot.dep_ == "pobj" else slot.head
    if slot.dep_ not in ("dobj", "pobj") or governor.pos_ != "VERB":
        return None
    return governor if governor.lemma_ in cue_words("reaction") else None


def thanked_for_it(reaction: Token, table: EntityTable) -> Role | None:
    """The party a reaction is aimed at, who made the trip: "praised Lund for the trip"."""
    found = next(filter(None, referents(list(children(reaction, "dobj")), table)), None)
    return Role(found, from_parse=True) if found is not None else None


def _traveller_restated(noun: Token, table: EntityTable) -> Role | None:
    """ "Lund flew to Oslo in May, the first visit by a Danish premier in a decade": a trip noun
    set beside the trip it sums up describes that trip's traveller, not another."""
    verb = noun.head
    beside = noun.dep_ in ("dobj", "appos", "npadvmod") and verb.pos_ == "VERB"
    if not beside or verb.lemma_ not in cue_words("motion"):
        return None
    return _verb_actor(verb, table)


def _passive_subject(verb: Token, table: EntityTable) -> Role | None:
    """ "Lund was welcomed on arrival by Moe": the trip is the one the welcome befalls, the
    passive subject's, never the agent's who stayed at home."""
    for subject in children(verb, "nsubjpass"):
        found = referent(subject, table)
        if found is not None and found.label == "PERSON":
            return Role(found, from_parse=True)
    return None


def parties_between(noun: Token, table: EntityTable) -> list[Referent]:
    found = referents(list(prep_objects(noun, "between")), table)
    return [ref for ref in found if not is_settlement(ref)]


def _first_conjunct(noun: Token) -> Token:
    """The noun whose place in the clause a conjoined noun shares: in "held a welcoming
    ceremony and talks with X" the talks are held too."""
    while noun.dep_ == "conj" and noun.head.pos_ in NOUN_POS:
        noun = noun.head
    return noun


def _doer_named_with(noun: Token, table: EntityTable) -> Role | None:
    """The doer named with the noun itself: its owner, its "by" agent, the giver of an
    invitation ("an invitation from X", "at the invitation of X") or a name before it."""
    named = [o for o in children(noun, "poss") if o.lower_ not in PRONOUNS]
    givers = prep_objects(noun, "from", "of") if noun.lemma_ == "invitation" else ()
    for token in [*named, *prep_objects(noun, "by"), *givers]:
        found = referent(token, table, names_only=True)
        if found is not None:
            return Role(found, from_parse=True)
    makers = (referent(maker, table) for maker in _makers_of_invitation(noun))
    made_by = next(filter(None, makers), None)
    return Role(made_by, from_parse=True) if made_by else _named_modifier(noun, table)


def _makers_of_invitation(noun: Token) -> list[Token]:
    """ "An invitation extended by X", "the invitation that X sent", "the invitation was renewed
    by X", "an invitation conveyed by X": who made it, told by the clause hung on the noun or by
    the passive it is the subject of. One who only carries another's invitation ("from Z") is
    left out: the giver named with the noun is read before."""
    if noun.lemma_ != "invitation":
        return []
    making = cue_words("invitation_made") | cue_words("handing_over")
    clauses = [verb for verb in all_children(noun) if verb.dep_ in ("acl", "relcl")]
    passive = [noun.head] if noun.dep_ == "nsubjpass" else []
    made = [verb for verb in [*clauses, *passive] if verb.lemma_ in making]
    return [
        maker
        for verb in made
        for maker in (passive_agents(verb) or list(children(verb, "nsubj")))
        if maker.lower_ not in RELATIVE_PRONOUNS
    ]


def _sole_person_of(description: Token, table: EntityTable) -> Role | None:
    """The one person of the article whose title gives the nationality a description names:
    "a Slovene head of state" is the Slovene president, when only one Slovene is named."""
    demonyms = [w for w in subtree_of(description) if w.ent_type_ == "NORP"]
    country = gazetteer.country_of_demonym(demonyms[0].text) if demonyms else None
    if country is None:
        return None
    people = [ref for ref in table.referents if ref.label == "PERSON"]
    fitting = [ref for ref in people if country.country_code in nationality(ref)]
    return Role(fitting[0], from_parse=False) if len(fitting) == 1 else None


def _named_modifier(noun: Token, table: EntityTable) -> Role | None:
    """ "The X visit", not "the Middle East trip"; a named meeting's words are its name.
    "Prime Minister Seo Ji-hwan held talks" misread as a name modifying "talks"."""
    for token in children(noun, "compound") if noun.pos_ != "PROPN" else ():
        found = table.at(token)
        if found is not None and found.label in ("PERSON", "ORG"):
            return Role(found, from_parse=True)
    for token in children(noun, "amod"):
        found = table.at(token)
        if found is not None and found.label == "PERSON":
            return Role(found, from_parse=False)
        if token.pos_ == "VERB" and any(children(token, "nsubj")):
            # "On Monday, X held talks with Y" misread with "held" modifying "talks".
            return _verb_actor(token, table)
    return None


def _voice_of_stance(noun: Token, table: EntityTable) -> Role | None:
    """ "Haugen expressed Norway's full support for Malta": the person who voices a stance,
    not the country he voices it for."""
    if noun.lemma_ not in cue_words("stance_noun") or noun.dep_ != "dobj":
        return None
    voiced = _verb_actor(noun.head, table)
    return voiced if voiced is not None and voiced.referent.label == "PERSON" else None


def _doers(noun: Token) -> list[Token]:
    """Words naming who does what a noun names: "the deployment of X", and the one a trip
    takes somewhere ("the trip took the secretary to Australia")."""
    # "The arrival in X of a delegation led by Y", "the visit of President Z": who travels.
    done_by = ("deployment", "dispatch", *TRIP_NOUNS)
    doers = list(prep_objects(noun, "of")) if noun.lemma_ in done_by else []
    if noun.lemma_ in TRIP_NOUNS:  # "a tour of Ruritania": where it goes, not who
        doers = [word for word in doers if word.ent_type_ not in ("GPE", "LOC", "FAC")]
    carrier = _carrying_verb(noun)
    return doers + (list(children(carrier, "dobj")) if carrier is not None else [])


def is_passive(verb: Token) -> bool:
    """ "was hosted by", and the reduced relative "a summit hosted in Bergen by X"."""
    reduced = verb.dep_ == "acl" and verb.tag_ == "VBN"
    # Its children's labels as read once for the Doc: no Token made for each child.
    return reduced or next(children(verb, "nsubjpass", "auxpass"), None) is not None


def is_force(word: Token) -> bool:
    """ "Troops", "a battalion of paratroopers", "1,800 Fort Ord, Utah-based soldiers" (the
    soldiers read as the base's apposition)."""
    forces = cue_words("force_noun")
    told = [*prep_objects(word, "of"), *children(word, "appos")]
    return word.lemma_.lower() in forces or any(o.lemma_.lower() in forces for o in told)


def _held_forces(word: Token) -> bool:
    """Forces told as someone's: the object of a verb of having or leading them."""
    held = word.dep_ == "dobj" and word.head.lemma_ in cue_words("holding_forces")
    return held and is_force(word)


def is_settlement(ref: Referent) -> bool:
    """Cities and sites are where things happen, not parties to them."""
    if ref.label in ("LOC", "FAC"):
        return True
    return ref.place is not None and ref.place.kind in ("city", "site")


def _clause_joined_past(clause: Token) -> list[Token]:
    """ "A trip that began at the summit in Kell, and took him to Brno": past a long relative
    clause the parser may join the next verb to the main clause; a verb with no subject of its
    own, right after the clause and its "and", goes on telling what the trip did."""
    doc = clause.doc
    after = clause.right_edge.i + 1
    while after < len(doc) and doc[after].lower_ in (",", "and"):
        after += 1
    if after == clause.right_edge.i + 1 or after >= len(doc):
        return []
    verb = doc[after]
    joined = verb.dep_ == "conj" and verb.pos_ == "VERB"
    return [verb] if joined and not any(c.dep_ in SUBJECTS for c in all_children(verb)) else []


def _carrying_verb(noun: Token) -> Token | None:
    """The verb a trip is the subject of when it takes its traveller somewhere: "the trip
    took the secretary to Australia", "his travels will take him to Malta"."""
    # "A tour that will also take him to Brno": the trip is the relative clause's subject.
    # "A tour that began in Kell and took him to Brno": a verb joined to the clause shares it.
    clauses = list(children(noun, "relcl"))
    verbs = [verb for clause in clauses for verb in [clause, *conjuncts_of(clause)]]
    verbs += [verb for clause in clauses for verb in _clause_joined_past(clause)]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "nsubj":
        noun = noun.head.head  # "the rest of the itinerary takes him to X": its part does
    if noun.dep_ in ("nsubj", "nsubjpass"):
        # "The trip was aimed at ... and took the secretary to X": the verbs share the subject.
        verbs += [noun.head, *conjuncts_of(noun.head)]
    return next((verb for verb in verbs if verb.lemma_ in cue_words("carrier")), None)
