"""Guests and their hosts: who is welcomed or received, who dines, who is honoured, and the
person a pronoun in a welcome stands for.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from stream.nlp.doctext import (
    all_children,
    ancestors_of,
    conjuncts_of,
    head_of,
    subtree_of,
    words_of,
)
from stream.nlp.entities.canonical import TRIP_NOUNS, travellers, trip_owners
from stream.nlp.entities.matchers import PRONOUNS
from stream.nlp.entities.table import (
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    EntityTable,
    Referent,
    in_own_clause,
    of_other_gender,
    subject_going_from_where,
    where_opening,
)
from stream.nlp.lexicon import cue_words, role_words, title_words
from stream.nlp.roles.syntax import (
    RELATIVE_PRONOUNS,
    SUBJECTS,
    children,
    names_a_vehicle,
    prep_objects,
    words_short_of,
)


def _style_of_address(token: Token) -> bool:
    """ "HE the Foreign Minister", "HE Sheikh X": agency copy writes "His Excellency" as "HE"
    in capitals before an office or a name; it is no "he" that refers back."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        token.text == "HE"
        and following is not None
        and (following.lower_ == "the" or following.is_title)
    )


def pronoun_referent(token: Token, table: EntityTable, excluding: str | None) -> Referent | None:
    if _style_of_address(token):
        return _person_addressed(token, table)
    above = _same_pronoun_above(token)
    if above is not None:
        return pronoun_referent(above, table, excluding)
    return _referent_told_before(token, table, excluding)


def _referent_told_before(
    token: Token, table: EntityTable, excluding: str | None
) -> Referent | None:
    """Whom a pronoun stands for when no same pronoun above it in its sentence tells: a guest,
    a traveller, a speaker, or the person told before it."""
    told = _guest_told_by_pronoun(token, table, excluding)
    told = told or _traveller_going_from_where(token, table, excluding)
    if told is not None:
        return told
    office = _office_governing(token)
    if office is not None:
        holder = table.at(office)
        return holder if holder is not None and holder.label == "PERSON" else None
    described = _person_described_by_clause(token, table)
    if described is not None:
        return described
    speaker = _speaker_told_of(token, table)
    if speaker is not None and speaker.key != excluding:
        return speaker
    newcomer = _new_office_holder(token, table)
    if newcomer is not None and newcomer.key != excluding:
        return newcomer
    found = table.subject_before(token, excluding)
    traveller = _traveller_told_before(token, table, excluding, found)
    if traveller is not None:
        return traveller
    if excluding is None or token.dep_ in SUBJECTS:
        bound = token.dep_ in SUBJECTS and found is not None
        if bound and named_in_clause(token, found[1], table):
            return None
        just_before = _other_named_just_before(token, table, excluding, found)
        return just_before or (found[1] if found is not None else None)
    if found is None:
        return _other_named_before(token, table, excluding)
    if found[0] < token.sent.start:
        # "Lund met Queen Ingrid at the palace, where she gave a dinner in his honour": an
        # object never reaches back past the one other person its own sentence names (a
        # subject goes on telling of the story's protagonist).
        other = _other_named_before(token, table, excluding)
        other = other or _other_named_just_before(token, table, excluding, found)
        return other or _guest_received(token, table, excluding, found[1]) or found[1]
    told_before = [word for word in token.sent if word.i < token.i]
    if found[0] in _subject_told_with(told_before, table, excluding):
        # "X and his wife Y ..., before calling on her": a fellow traveller is no one called on.
        return _other_named_before(token, table, excluding)
    return found[1]


def _same_pronoun_above(pronoun: Token) -> Token | None:
    """ "She last came to Kel in May, when she met X": a pronoun of a clause hung on one whose
    own subject is a pronoun of the same sex tells of the same person, whoever was named
    between: "he flew to Kel, where X received him", "she held her first talks". The nearest
    clause above that has a subject decides ("He met X, who said he ..." does not reach past
    "who")."""
    for clause in _clauses_a_pronoun_may_bind_to(pronoun):
        told = [word for word in children(clause, *SUBJECTS) if word.i < pronoun.i]
        if told:
            return told[0] if _same_sex_pronouns(told[0], pronoun) else None
    return None


def _clauses_a_pronoun_may_bind_to(pronoun: Token) -> list[Token]:
    """The clauses whose subject a pronoun may go on telling of: those above a subject's own;
    an owner's own and those above ("she held her talks"); those above an object's clause only
    where that clause has a subject of its own who is someone else ("where X received him"),
    never where it shares one ("He met X and thanked him": "him" is X)."""
    if pronoun.dep_ in SUBJECTS:
        return ancestors_of(pronoun.head)
    if pronoun.dep_ == "poss":
        return ancestors_of(pronoun)
    own = next(children(pronoun.head, *SUBJECTS), None)
    if pronoun.dep_ != "dobj" or own is None or _same_sex_pronouns(own, pronoun):
        return []
    return ancestors_of(pronoun.head)


def _same_sex_pronouns(word: Token, pronoun: Token) -> bool:
    return any(
        {word.lower_, pronoun.lower_} <= pronouns for pronouns in (MALE_PRONOUNS, FEMALE_PRONOUNS)
    )


def _traveller_going_from_where(
    pronoun: Token, table: EntityTable, excluding: str | None
) -> Referent | None:
    """ "X, the pontiff, flew in from Vadum, where he met Y": the "he" of a "where" clause on
    the place someone is told coming from is that traveller, though another person was named
    between; a family told travelling is its one member of the pronoun's sex."""
    subject = subject_going_from_where(pronoun)
    if subject is None:
        return None
    if subject.lower_ in PRONOUNS:
        told = pronoun_referent(subject, table, excluding)
        people = [] if told is None else [told]
    else:
        people = table.family_at(subject) or [ref for ref in [table.at(subject)] if ref]
    people = [
        person
        for person in people
        if person.label == "PERSON"
        and person.key != excluding
        and not of_other_gender(person, pronoun)
    ]
    return people[0] if len(people) == 1 else None


def _new_office_holder(pronoun: Token, table: EntityTable) -> Referent | None:
    """ "A was sworn in as president ... President B telephoned A. The new president wastes no
    time. He is to visit Lorn": a subject pronoun after "the new <office>" goes on telling of
    the one the story tells taking office, not of the last holder of that title it named."""
    if pronoun.dep_ not in SUBJECTS or pronoun.sent.start == 0:
        return None
    before = pronoun.doc[pronoun.sent.start - 1].sent
    told = [word for word in all_children(before.root) if word.dep_ in SUBJECTS]
    if not told or not _unnamed_new_office(told[0], table):
        return None
    return _person_taking_office(pronoun.doc, table)


def _unnamed_new_office(noun: Token, table: EntityTable) -> bool:
    new = any(word.dep_ == "amod" and word.lower_ == "new" for word in all_children(noun))
    return new and noun.lemma_.lower() in role_words() and table.at(noun) is None


def _person_taking_office(doc: Doc, table: EntityTable) -> Referent | None:
    """The one person the story tells sworn in or inaugurated ("A was sworn in"); of none or
    several, no one."""
    sworn = {
        ref.key: ref
        for verb in doc
        if verb.lemma_ in cue_words("taking_office")
        for word in children(verb, "nsubjpass")
        if (ref := table.at(word)) is not None and ref.label == "PERSON"
    }
    return next(iter(sworn.values())) if len(sworn) == 1 else None


def named_in_clause(pronoun: Token, person: Referent, table: EntityTable) -> bool:
    """ "He chaired the summit, attended by X and Y": a subject pronoun is never someone its own
    clause names after it (the clause would repeat no name), so "he" is neither X nor Y. A
    clause of its own within ("before X leaves office") may name them again."""
    # A word of the name itself: an honorific ("His Highness") may stand for anyone.
    name_words = set(re.split(r"[\s-]+", person.name.lower()))
    return any(
        word.i > pronoun.i
        and word.lower_ in name_words
        and (ref := table.at(word)) is not None
        and ref.key == person.key
        for word in words_short_of(pronoun.head, OWN_CLAUSES)
    )


# Links to a clause of its own, whose names the subject of the clause above does not bind.
OWN_CLAUSES = frozenset({"advcl", "ccomp", "parataxis", "relcl", "csubj"})


def _traveller_carried_before(
    pronoun: Token, table: EntityTable, excluding: str | None
) -> tuple[int, Referent] | None:
    """ "A tour that took Lund to Lorn, where he met X, and to Vadum": the one a trip takes
    somewhere is whom its sentence tells of, whom a "he" or "his" told past it means; so does
    a subject "he" opening the next sentence ("... to Vadum. He then addressed students")."""
    found = None
    start = pronoun.sent.start
    if pronoun.dep_ in SUBJECTS:
        start = _start_of_pronoun_run(pronoun.sent)
    for word in words_of(pronoun.doc)[start : pronoun.i]:
        verb = head_of(word)
        carried = word.dep_ == "dobj" and verb.lemma_ in cue_words("carrier")
        # Told a sentence or more before, only a printed name outweighs the subjects since:
        # an office ("taken the Vice-President to Ghana") may have been read as another holder.
        named = word.lemma_.lower() not in role_words()
        carried = carried and (word.i >= pronoun.sent.start or named)
        carried = carried and any(prep_objects(verb, "to"))
        made = word.i >= pronoun.sent.start and _makes_trip_told_of(word, pronoun)
        person = table.at(word) if carried or made else None
        if person is not None and person.label == "PERSON" and person.key != excluding:
            found = (word.i, person)
    return found


def _traveller_told_before(
    pronoun: Token, table: EntityTable, excluding: str | None, found: tuple[int, Referent] | None
) -> Referent | None:
    """One a trip carries, or "the guest" told travelling, when told after the subject found."""
    carried = _traveller_carried_before(pronoun, table, excluding)
    if carried is not None and (found is None or found[0] < carried[0]):
        return carried[1]
    going = _guest_told_going_before(pronoun, table, excluding)
    if going is not None and (found is None or _outweighs(going[0], found[0], pronoun.doc)):
        return going[1]
    return None


def _guest_told_going_before(
    pronoun: Token, table: EntityTable, excluding: str | None
) -> tuple[int, Referent] | None:
    """ "The visitor flew on to Kel, where the mayor received him. On Wednesday he went to
    Vadum": "the guest" or "the visitor" told as a clause's own subject is the story's
    visitor, whom a subject "he" or "she" told after it goes on telling of."""
    if pronoun.dep_ not in SUBJECTS or pronoun.lower_ not in ("he", "she"):
        return None
    words = words_of(pronoun.doc)[_start_of_pronoun_run(pronoun.sent) : pronoun.i]
    guests = [word.i for word in words if _guest_as_own_subject(word)]
    visitor = visitor_other_than(excluding or "", table) if guests else None
    if visitor is None or of_other_gender(visitor, pronoun):
        return None
    return guests[-1], visitor


def _guest_as_own_subject(word: Token) -> bool:
    definite = any(c.lower_ == "the" for c in all_children(word))
    guest = word.tag_ == "NN" and word.lemma_.lower() in cue_words("guest") and definite
    return guest and word.dep_ in SUBJECTS and word.head.dep_ in ("ROOT", "conj")


def _outweighs(guest: int, found: int, doc: Doc) -> bool:
    """A guest told as a clause's own subject outweighs a person told before it, and one told
    after it in a relative or subordinate clause ("where the mayor received him")."""
    if found < guest:
        return True
    return doc[found].sent.start == doc[guest].sent.start and not in_own_clause(doc[found])


def _makes_trip_told_of(word: Token, pronoun: Token) -> bool:
    """ "A visit to Lorn by X in May, when he met Y", "X's trip to Lorn, where he met Y": the
    one who makes a trip is whom a "when" or "where" clause told after it means."""
    maker = word.dep_ == "poss" or (word.dep_ == "pobj" and word.head.lower_ == "by")
    trip = word.head if word.dep_ == "poss" else word.head.head
    if not maker or trip.lemma_ not in TRIP_NOUNS or pronoun.dep_ not in SUBJECTS:
        return False
    return pronoun.head.left_edge.lower_ in ("when", "where")


def _start_of_pronoun_run(sentence: Span) -> int:
    """Where the sentences a subject pronoun goes on from begin: back past each one before it
    whose own subject is a pronoun too, to the one that told who."""
    start = sentence.start
    while start > 0:
        before = sentence.doc[start - 1].sent
        start = before.start
        if not any(
            w.dep_ in SUBJECTS and w.head.dep_ == "ROOT" and w.lower_ in PRONOUNS for w in before
        ):
            break
    return start


def _office_governing(pronoun: Token) -> Token | None:
    """ "His envoy prepared the ground last year, when she travelled to Kell": a subject
    pronoun of a clause hung on another whose subject is a person told by an office alone
    means that person, not someone named before them; an office no name resolves is no one."""
    clause = pronoun.head
    if pronoun.dep_ not in SUBJECTS or clause.dep_ != "advcl":
        return None
    subject = next(children(clause.head, *SUBJECTS), None)
    office = (
        subject is not None
        and subject.i < pronoun.i
        and subject.tag_ in ("NN", "NNP")
        and subject.lemma_.lower() in role_words() | cue_words("person_noun")
        and not subject.ent_type_
    )
    return subject if office else None


def _person_described_by_clause(pronoun: Token, table: EntityTable) -> Referent | None:
    """ "..., by X, who became the first minister to visit the park when he came to Kel": a
    subject pronoun in a clause hung on a relative clause means the person it describes."""
    clause = pronoun.head
    if pronoun.dep_ not in SUBJECTS or clause.dep_ != "advcl" or clause.head.dep_ != "relcl":
        return None
    relative = clause.head
    if not any(c.lower_ in RELATIVE_PRONOUNS for c in children(relative, *SUBJECTS)):
        return None
    person = table.at(relative.head)
    return person if person is not None and person.label == "PERSON" else None


def _speaker_told_of(pronoun: Token, table: EntityTable) -> Referent | None:
    """ "X said he had come to Kel to seek a truce": the subject pronoun of what a person named
    goes on to say is that person, not one told before (who may be whom the news is about)."""
    clause = pronoun.head
    if pronoun.dep_ not in SUBJECTS or clause.dep_ != "ccomp":
        return None
    # "He will fly to Kel, Y said": a source told after what it reports is no one told of.
    if clause.head.lemma_ not in cue_words("reporting") or clause.head.i > pronoun.i:
        return None
    speaker = _sayer(clause.head)
    person = table.at(speaker) if speaker is not None else None
    if person is None and speaker is not None:
        person = _invitee_accepting(speaker, table)
    return person if person is not None and person.label == "PERSON" else None


def _sayer(say: Token) -> Token | None:
    """Who says: the subject of the reporting verb, or, of a participle with none of its own
    ("Y accepted, saying he would come"), the subject of the verb it goes with."""
    speaker = next(children(say, "nsubj"), None)
    if speaker is None and say.dep_ == "advcl" and say.tag_ == "VBG":
        speaker = next(children(say.head, "nsubj"), None)
    return speaker


def _invitee_accepting(speaker: Token, table: EntityTable) -> Referent | None:
    """ "X invited Y to visit Kel, and the marshal accepted": an acceptor told by a title alone,
    joined to the invitation, is the one invited (the inviter accepts nothing)."""
    accepts = speaker.head
    invite = accepts.head
    if speaker.dep_ != "nsubj" or accepts.lemma_ not in cue_words("acceptance"):
        return None
    if accepts.dep_ != "conj" or invite.lemma_ != "invite":
        return None
    invited = next(children(invite, "dobj"), None)
    return table.at(invited) if invited is not None else None


def _guest_received(
    pronoun: Token, table: EntityTable, host: str, last_subject: Referent
) -> Referent | None:
    """ "A spokesman said the talks were frank. ... On Thursday X received him": whom a host
    receives is the story's traveller, not the last person told speaking, who went nowhere."""
    if pronoun.dep_ != "dobj" or not is_welcome(pronoun.head):
        return None
    told = travellers(table.referents) | trip_owners(table.referents)
    if last_subject.key in told:
        return None
    return told_of_most([ref for ref in table.referents if ref.key in told and ref.key != host])


def _other_named_before(pronoun: Token, table: EntityTable, excluding: str) -> Referent | None:
    """The one person other than `excluding`, and those told with it as one subject, its
    sentence names before the pronoun: "X and his wife Y landed and were greeted by Z, before
    calling on her" calls on Z, whom the travellers are not."""
    words = [word for word in pronoun.sent if word.i < pronoun.i]
    beside = _subject_told_with(words, table, excluding)
    named = (table.at(word) for word in words if word.i not in beside)
    people = {ref.key: ref for ref in named if ref is not None and ref.label == "PERSON"}
    people.pop(excluding, None)
    return next(iter(people.values())) if len(people) == 1 else None


# A pronoun's links that stand for a person in their own right: "he flew", "invited him",
# "gave her a tour", "with him"; never an owner's ("his visit").
_STANDING_ALONE = SUBJECTS | {"dobj", "dative", "pobj"}


def _other_named_just_before(
    pronoun: Token, table: EntityTable, excluding: str | None, found: tuple[int, Referent] | None
) -> Referent | None:
    """ "Vell held talks with Mr. Tarno. During the talks she invited him to visit": a subject or
    object pronoun whose own sentence names no one before it tells of the one person of its
    gender the sentence just before names, not of a subject told further back (who would be
    named again): "The talks closed a busy week for the envoy. She had flown in ...".
    Of none or several, no one: the subject told before stands."""
    if pronoun.dep_ not in _STANDING_ALONE or found is None or pronoun.sent.start == 0:
        return None
    before = pronoun.doc[pronoun.sent.start - 1].sent
    own = (table.at(word) for word in pronoun.sent if word.i < pronoun.i)
    if found[0] >= before.start or any(ref is not None for ref in own):
        return None
    # "He came from Prague, where a summit hosted by X ...": a sentence whose subject is a
    # pronoun goes on telling of the protagonist, whom a later object pronoun means too.
    # A cleft's "it" or a relative "that" tells of no one ("It was X's visit that led Y ...").
    if any(word.dep_ in SUBJECTS and word.lower_ in PRONOUNS for word in all_children(before.root)):
        return None
    named = (table.at(word) for word in before)
    people = {
        ref.key: ref
        for ref in named
        if ref is not None and ref.label == "PERSON" and not of_other_gender(ref, pronoun)
    }
    if pronoun.dep_ in SUBJECTS:
        # A subject goes on telling of one the story tells doing things, never of a name read
        # as a person only where it is done to ("stood up for the Greens").
        acting = {ref.key for ref in table.person_refs}
        people = {key: ref for key, ref in people.items() if key in acting}
    people.pop(excluding, None)
    return next(iter(people.values())) if len(people) == 1 else None


def _subject_told_with(words: list[Token], table: EntityTable, key: str) -> set[int]:
    """The words of the subject that names the person keyed `key`, among `words`."""
    for word in words:
        found = table.at(word)
        if found is None or found.key != key:
            continue
        subject = next((w for w in [word, *ancestors_of(word)] if w.dep_ in SUBJECTS), None)
        if subject is not None:
            return {w.i for w in subtree_of(subject)}
    return set()


def _person_addressed(style: Token, table: EntityTable) -> Referent | None:
    """The person a style of address stands before: the first name in its phrase, after the
    offices ("HE the Prime Minister and Foreign Minister Sheikh X")."""
    names = (word for word in subtree_of(style) if word.i > style.i and word.ent_type_ == "PERSON")
    told = (table.at(word) for word in names)
    return next((ref for ref in told if ref is not None and ref.label == "PERSON"), None)


def _guest_told_by_pronoun(
    pronoun: Token, table: EntityTable, excluding: str | None
) -> Referent | None:
    """ "Mrs Lund will host a dinner for her at the castle. On Friday she flies to Bergen":
    after a host whose guest is told by a pronoun, the same pronoun as a subject goes on
    telling of the guest, not of the host."""
    found = table.subject_before(pronoun, excluding) if pronoun.dep_ in SUBJECTS else None
    if found is None:
        return None
    start, host = found
    verb = pronoun.doc[start]
    while verb.dep_ == "compound":
        verb = verb.head
    verb = verb.head
    if verb.lemma_ not in cue_words("hosting") or verb.sent.start > pronoun.sent.start:
        return None
    told = [*children(verb, "dobj"), *prep_objects(verb, "for"), *meal_guests(verb)]
    same = SAME_PERSON_PRONOUNS.get(pronoun.lower_, frozenset())
    guests = (table.person_before(word, host.key) for word in told if word.lower_ in same)
    return next((guest for guest in guests if guest is not None), None)


def visitor_other_than(host: str, table: EntityTable) -> Referent | None:
    """A host's guest: the story's visitor, the person it tells travelling (or whose trip it
    names) other than the host; of several (a spouse, a trip long past), the one it tells of
    most. None, or a tie, is no one."""
    told = travellers(table.referents) | trip_owners(table.referents)
    return told_of_most([ref for ref in table.referents if ref.key in told and ref.key != host])


def told_of_most(people: list[Referent]) -> Referent | None:
    ranked = sorted(people, key=lambda ref: len(ref.mentions), reverse=True)
    if len(ranked) > 1 and len(ranked[0].mentions) == len(ranked[1].mentions):
        return None
    return ranked[0] if ranked else None


def _clause_subjects(verb: Token) -> list[Token]:
    subjects = passengers_told_after(verb) or list(children(verb, "nsubj", "nsubjpass"))
    if len(subjects) > 1:
        # "On Sunday, the Feast of Saint Brom, the Pope flew": the phrase set off after the day
        # names the day, not a second subject.
        subjects = [subject for subject in subjects if not _names_the_day(subject)] or subjects
    if not subjects and verb.dep_ == "acomp":
        # "Lund is due in Bergen": a predicate adjective's subject is its copula's.
        subjects = list(children(verb.head, "nsubj", "nsubjpass"))
    named = [subject for subject in subjects if subject.lower_ not in RELATIVE_PRONOUNS]
    return named or called_visiting(verb)


def _names_the_day(subject: Token) -> bool:
    doc = subject.doc
    start, end = subject.left_edge.i, subject.right_edge.i
    set_off = start >= 2 and doc[start - 1].text == "," and end + 1 < len(doc)
    return set_off and doc[start - 2].ent_type_ == "DATE" and doc[end + 1].text == ","


def passengers_told_after(verb: Token) -> list[Token]:
    """ "The jet landed at Kel, and A and his wife B were met by C": a vehicle that lands carries
    the people the clause joined to the landing tells of; they are the travellers."""
    if verb.lemma_ not in cue_words("arrival"):
        return []
    vehicles = [word for word in children(verb, "nsubj") if names_a_vehicle(word)]
    joined = [c for c in children(verb, "conj") if c.pos_ == "VERB"] if vehicles else []
    # "..., and X was waiting at the steps", "and X greeted him": who waits or greets is met.
    hosting = cue_words("reception") | cue_words("awaiting")
    told = [
        word
        for clause in joined
        for word in children(clause, "nsubj", "nsubjpass")
        if word.dep_ == "nsubjpass" or clause.lemma_ not in hosting
    ]
    return [word for word in told if word.ent_type_ == "PERSON"]


def called_visiting(verb: Token) -> list[Token]:
    """ "Visiting Foreign Minister X met Y": the parser reads X as the object of a clausal
    subject "Visiting"."""
    return [
        guest
        for clause in children(verb, "csubj")
        if clause.lower_ == "visiting"
        for guest in children(clause, "dobj")
    ]


HONOUR_WORDS = frozenset({"honour", "honor"})
# The object forms a subject pronoun continues: "for her ... she", "him ... he".
SAME_PERSON_PRONOUNS = {"she": frozenset({"her"}), "he": frozenset({"him"})}


def is_welcome(verb: Token) -> bool:
    """ "Received", "greeted", "welcomed": what hosts do to guests (not "hosted", whose object is
    a gathering, nor "met", which both sides do)."""
    return verb.lemma_ in cue_words("hosting") & cue_words("reception")


def meal_guests(trigger: Token) -> list[Token]:
    """Whom a meal is given for: "hosted a dinner for X", "a lunch in honour of X", "in his
    honour", "X attended a banquet hosted by Y". A meal given for a guest meets the guest."""
    host_told = _guests_of_a_host_told_at_a_meal(trigger)
    if host_told:
        return host_told
    meals = [word for word in children(trigger, "dobj") if is_meal(word)]
    givers = [trigger]
    diners: list[Token] = []
    if trigger.dep_ == "acl" and is_meal(trigger.head):
        meals.append(trigger.head)
        diners = _diners(trigger.head)
    if trigger.dep_ == "dobj" and is_meal(trigger):
        # "Gave a banquet in honour of X": the meal is the trigger; the verb giving it may
        # hold the honour.
        meals, givers = [trigger], [trigger.head]
    if not meals:
        return []
    given = [*givers, *meals]
    return [
        *(guest for word in given for guest in prep_objects(word, "for")),
        *_guests_hung_on_the_venue(given),
        *diners,
        *_honoured([*given, *_participles_told_with(given)]),
    ]


def _guests_of_a_host_told_at_a_meal(trigger: Token) -> list[Token]:
    """ "X was host at dinner to Y", "was host to Y at a luncheon", "was host at a feast in
    honour of Y": a host told by the noun, at a meal, has as guests whom the host is "to" and
    whom the meal honours; the parse hangs either on the noun or on its copula."""
    if trigger.dep_ != "attr" or trigger.lemma_.lower() != "host":
        return []
    told = [trigger, trigger.head]
    meals = [meal for word in told for meal in prep_objects(word, "at") if is_meal(meal)]
    if not meals:
        return []
    return [
        *(guest for word in [*told, *meals] for guest in prep_objects(word, "to")),
        *_honoured([*told, *meals]),
    ]


def hosts_of_a_guest_stay(trigger: Token) -> list[Token]:
    """Whose guest a traveller is told staying as: "flew on to Kel, where he will be the guest
    of President X", "the tour began in Kel, where he spent the night as the guest of Governor
    Y", "he came in July, when he toured the country as the guest of Z". Read on the trip's own
    verb (or the verb a trip noun is the subject of), on its "when" clause and on a "where"
    clause of what it goes to; the clause of a place left ("from Kel, where ...") tells an
    earlier stay, whose own verb reads it."""
    verbs = [trigger, *([trigger.head] if trigger.dep_ in SUBJECTS else [])]
    told = [word for verb in verbs for word in all_children(verb) if word.dep_ == "prep"]
    objects = [obj for prep in told if prep.lower_ != "from" for obj in children(prep, "pobj")]
    # "In Kel, Lorvia, where ...": the clause may hang on the country told after the town.
    objects += [word for obj in objects for word in children(obj, "appos")]
    clauses = [clause for word in objects for clause in children(word, "relcl")]
    clauses += [clause for verb in verbs for clause in children(verb, "advcl")]
    opened = [clause for clause in clauses if _opened_by_where_or_when(clause)]
    return [host for verb in [*verbs, *opened] for host in hosts_whose_guest(verb)]


def _opened_by_where_or_when(clause: Token) -> bool:
    when = any(word.lower_ == "when" and word.i < clause.i for word in all_children(clause))
    return when or where_opening(clause) is not None


def hosts_whose_guest(verb: Token) -> list[Token]:
    """ "Had been the guests of X", "is to be the guest of X", "stayed as the guest of X": X,
    when told with a title (an office holder receives a guest of state; "the guests of the
    actress X" are a friend's). One attending a summit "as a guest of" its host is at the
    summit, not received by him."""
    if any(word.lemma_.lower() in cue_words("gathering") for word in children(verb, "dobj")):
        return []
    # "Is to be the guest of X": the guest is told on the "be" the clause's verb governs.
    copulas = [verb, *(word for word in children(verb, "xcomp") if word.lemma_ == "be")]
    # "Toured the country for nine days as the guest of X": the "as" may hang on the time.
    spans = [word for word in prep_objects(verb, "for") if word.ent_type_ == "DATE"]
    guests = [
        *(word for copula in copulas for word in children(copula, "attr")),
        *(word for told in [verb, *spans] for word in prep_objects(told, "as")),
    ]
    hosts = (
        host
        for guest in guests
        if guest.lemma_.lower() in cue_words("guest")
        # "Had been Mr. X's guest": the host may be told as the guest's possessor.
        for host in [*prep_objects(guest, "of"), *children(guest, "poss")]
    )
    return [host for host in hosts if _told_with_title(host)]


def guests_told_by(copula: Token) -> list[Token]:
    """ "Was the guest of X in Kel in May", "had been X's guest in Kel": the guest noun of a
    copula, on which the stay's own place and time hang."""
    if copula.lemma_ != "be":
        return []
    return [word for word in children(copula, "attr") if word.lemma_.lower() in cue_words("guest")]


def guest_at_a_meal(copula: Token) -> bool:
    """ "Were the Mayor's guests at a supper": the meal is the meeting, and the
    guests went no further than its table."""
    guests = guests_told_by(copula)
    told = [copula, *guests] if guests else []
    return any(is_meal(place) for word in told for place in prep_objects(word, "at"))


def _told_with_title(name: Token) -> bool:
    """ "President X", "Mr. X", "the Prime Minister, X": a title heads the name or is before it."""
    return any(word.lower_ in title_words() for word in subtree_of(name) if word.i <= name.i)


def is_meal(word: Token) -> bool:
    return word.lemma_.lower() in cue_words("meal")


def _diners(meal: Token) -> list[Token]:
    """ "X attended a dinner hosted by Y", "X was at a lunch hosted by Y": the subject of the
    clause the meal is told in sits at it."""
    verb = meal.head.head if meal.dep_ == "pobj" else meal.head
    if meal.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return []
    return _clause_subjects(verb)


def _guests_hung_on_the_venue(given: list[Token]) -> list[Token]:
    """ "Gave a dinner at the palace for X", "in the Red Hall for the President and his wife":
    the parse may hang the guest's "for" on the venue the meal is given at or in. There it is
    read only when it names someone, since a venue's own "for" may tell what the venue is for
    ("at the hall for state occasions")."""
    venues = [venue for word in given for venue in prep_objects(word, "at", "in")]
    return [
        guest
        for venue in venues
        for guest in prep_objects(venue, "for")
        if _names_a_guest(guest) and not _list_read_in_part(guest)
    ]


def _list_read_in_part(guest: Token) -> bool:
    """ "For X and the five visiting leaders": a list of guests the parse breaks off after the
    first (joining the rest to the verb), or that goes on to a group told only by a plural,
    gives no word for some guests; read from an attachment already misread, it would make a
    meeting with only some of them."""
    doc = guest.doc
    after = guest.right_edge.i + 1
    broken_off = after < len(doc) and doc[after].dep_ == "cc" and doc[after].head.i != guest.i
    grouped = any(
        word.tag_ in ("NNS", "NNPS") and not word.ent_type_ for word in conjuncts_of(guest)
    )
    return broken_off or grouped


def _names_a_guest(word: Token) -> bool:
    """A person's name, a title or a word for guests: "X", "the President", "their guests"."""
    lemma = word.lemma_.lower()
    return word.ent_type_ == "PERSON" or lemma in role_words() or lemma in cue_words("guest")


def _participles_told_with(given: list[Token]) -> list[Token]:
    """ "Will give a dinner aboard the yacht X, moored in the harbour, in honour of Y": the parse
    may hang the honour on a participle set off beside the meal or its venue."""
    venues = [o for word in given for prep in children(word, "prep") for o in all_children(prep)]
    hung = [*given, *venues]
    return [
        clause
        for word in hung
        for clause in children(word, "advcl", "acl")
        # The tagger may read the participle as a past tense; a clause of its own has a subject.
        if clause.tag_ in ("VBN", "VBD") and not any(children(clause, "nsubj", "nsubjpass"))
    ]


def _honoured(given: list[Token]) -> list[Token]:
    """ "In honour of X", "in X's honour", "in his honour": the one honoured is the guest."""
    honours = [
        o for word in given for o in prep_objects(word, "in") if o.lemma_.lower() in HONOUR_WORDS
    ]
    owners = [owner for honour in honours for owner in children(honour, "poss")]
    # The parse may hang the "of X" of "in honour of X" beside the honour, on the word it is in
    # or on the meal the verb holding the honour gives ("gave a dinner [of X] in honour").
    after = {honour.i + 1 for honour in honours}
    beside = [
        o
        for word in given
        for of in all_children(word)
        if of.i in after and of.dep_ in ("prep", "dative") and of.lower_ == "of"
        for o in children(of, "pobj")
    ]
    return owners + [o for honour in honours for o in prep_objects(honour, "of")] + beside
