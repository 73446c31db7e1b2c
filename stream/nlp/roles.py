"""Roles of an event read from the dependency parse: actor, counterparts, place, governing chain.

Every function takes the trigger token and the article's `EntityTable` and returns canonical
referents; a role the parse does not give is None (or empty), never a guess from word order,
except "he"/"his", which resolve to the last person who was the subject of a clause.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import takewhile

from spacy.tokens import Doc, Span, Token

from stream.nlp import gazetteer
from stream.nlp.doctext import text_of
from stream.nlp.entities import (
    BEARINGS,
    PLACE_LABELS,
    PRONOUNS,
    SETTLEMENT_NOUNS,
    EntityTable,
    Referent,
    after_office,
    entity_span,
    holds_office,
    of_name_end,
    office_set_off,
    sole_namesake,
    styled_as_spouse,
    subject_swept_into_time,
    travellers,
)
from stream.nlp.lexicon import (
    cue_words,
    fold,
    honorific_words,
    leader_words,
    office_styles,
    role_words,
    title_words,
)

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
# What an invitation "to" names when it names where to go, not whom it asks.
INVITED_TO_LABELS = frozenset({"GPE", "LOC", "FAC", "EVENT", "DATE"})
# How many words up from a phrase to the verb of its clause, through nouns and prepositions.
TRAVELLER_DEPTH = 8
# Links along which a trigger shares its clause (subject, date, status) with its head; any
# other link (advcl, ccomp, ROOT) ends the clause: "Lund visited Malta, NTB said" stops at
# "visited", so "said" lends it neither date nor status.
CLAUSE_LINKS = frozenset(
    {
        "conj",
        "xcomp",
        "relcl",
        "prep",
        "pobj",
        "dobj",
        "nsubj",
        "nsubjpass",
        "acl",
        "pcomp",
        "appos",
        "attr",
        "compound",
        "npadvmod",
    }
)
NOUN_POS = frozenset({"NOUN", "PROPN"})
# What joins the names of a list: "A, B, and C", "A as well as B".
LIST_GLUE = frozenset({",", "and", "as", "well"})
# The small words of an office's own phrase: "Minister of State for Trade and the Economy".
OFFICE_GLUE = frozenset({"of", "for", "and", "the", "&"})
# What an envoy is posted to: "Ambassador to Ruritania", "Envoy to the African Union".
POSTING_LABELS = frozenset({"GPE", "ORG", "LOC"})
# Where a common noun's name is: in apposition ("the defense secretary, Erik Nordby"), beside
# it, then "of" it, then its owner or nationality.
SEQUENCE_PREPS = frozenset({"before", "after", "upon", "while"})
# Links up a reported clause's chain of verbs, and how far up to go.
REPORTED_CHAIN = frozenset({"conj", "xcomp", "advcl", "acomp"})
MAX_CHAIN = 5
# Links up from a noun or participle to the verb of the clause its phrase stands in.
PHRASE_LINKS = frozenset({"pobj", "prep", "dobj", "acl", "npadvmod", "appos"})
# The words a title may take before a name ("Indonesian Deputy Prime Minister X").
TITLE_WORDS = 6
# How far before a name a list of countries and the names listed with it may begin.
LISTED_WORDS = 24
TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ", "PART"})
# Clauses of their own, and prepositions that lead to what an event is about, not where.
OTHER_CLAUSES = frozenset({"ccomp", "relcl", "advcl", "acl", "conj", "parataxis", "csubj"})
TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "against", "to", "from", "of"})
# Prepositions that lead to another event before or after this one ("after stops in X").
OTHER_TIME_PREPS = frozenset({"after", "before", "following", "since"})
ABOUT_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})
PART_SEARCHES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("appos",), ()),
    (("compound",), ()),
    ((), ("of",)),
    (("poss", "amod", "nmod"), ()),
)


@dataclass(frozen=True)
class Role:
    """A referent and whether the parse named it directly (True) or a heuristic found it."""

    referent: Referent
    from_parse: bool


def clause_chain(trigger: Token) -> list[Token]:
    """The trigger and the heads it shares a clause with, up to and including the clause's verb."""
    chain = [trigger]
    token = trigger
    while token.dep_ in CLAUSE_LINKS and token.head.i != token.i:
        token = token.head
        chain.append(token)
    return chain


def children(token: Token, *deps: str) -> Iterator[Token]:
    return (child for child in token.children if child.dep_ in deps)


def prep_objects(token: Token, *preps: str) -> Iterator[Token]:
    if not preps:
        return  # a search by dependency alone ("appos"): no child to walk for
    for prep in token.children:
        if _is_prep(prep, preps) or _repeated_prep(prep, preps):
            for each in [prep, *_repeated_after(prep)]:
                objects = [*children(each, "pobj"), *_called_visiting_after(each)]
                yield from objects or _stranded_object(each)


def _is_prep(word: Token, preps: tuple[str, ...]) -> bool:
    return word.dep_ in ("prep", "agent", "dative") and word.lower_ in preps


def _repeated_prep(word: Token, preps: tuple[str, ...]) -> bool:
    """ "Talks with A, its envoy, and with B": the repeated preposition is read as a conjunct
    of the verb rather than as a preposition of it, yet it governs a party all the same."""
    if word.dep_ != "conj" or word.pos_ != "ADP" or word.lower_ not in preps:
        return False
    return any(_is_prep(p, (word.lower_,)) for p in word.head.children if p.i < word.i)


def _repeated_after(prep: Token) -> list[Token]:
    """ "With A and with B": the second preposition may be read as a conjunct of the first."""
    return [
        c for c in prep.conjuncts if c.i > prep.i and c.pos_ == "ADP" and c.lower_ == prep.lower_
    ]


def _called_visiting_after(prep: Token) -> Iterator[Token]:
    """ "Talks with visiting Foreign Minister X": the parser reads "visiting" as a verb behind
    "with" and the guest as its object, yet the guest is the one talked with."""
    if prep.lower_ != "with":
        return
    for clause in children(prep, "pcomp"):
        if clause.lower_ == "visiting":
            yield from children(clause, "dobj")


def _stranded_object(prep: Token) -> Iterator[Token]:
    """The noun phrase right after a preposition the parser left without an object: in "summit
    with Norwegian Prime Minister Ane Haugen" the name is read as the subject of the next verb."""
    if any(prep.children) or prep.i + 1 >= len(prep.doc):
        return
    word = prep.doc[prep.i + 1]
    while word.dep_ in ("compound", "amod", "det") and word.head.i > word.i:
        word = word.head
    if word.pos_ in NOUN_POS:
        yield word


def with_conjuncts(token: Token) -> list[Token]:
    return [token, *token.conjuncts]


def referent(
    token: Token,
    table: EntityTable,
    *,
    places: bool = False,
    names_only: bool = False,
    excluding: str | None = None,
    owners: bool = True,
) -> Referent | None:
    """The entity a word stands for: itself, a pronoun's antecedent, or its name-bearing parts.

    "agencies TASS and ..." -> TASS (apposition), "Russia's war" -> Russia (possessor),
    "North Korean troops" -> North Korea (nationality), "city of Narvik" -> Narvik.
    With `names_only`, only the word itself or a name beside it counts ("a Russian minister"
    is not Russia). A pronoun never stands for the person keyed `excluding`. Without
    `owners`, a possessor or adjective is not the word's referent: "Egypt's support" is
    given by Egypt, not given in it.
    """
    found = _titled_member(token, table, places=places)
    if found is not None:
        return _country_for_nationality(found, table) if found.label == "NORP" else found
    if token.lower_ in PRONOUNS:
        return _pronoun_referent(token, table, excluding)
    # A delegation stands for who sends it, a plane for who flies in it.
    stands_for = not places and token.tag_ == "NN" and token.lemma_ in _standing_nouns()
    standing = None if places else _standing_for(token, table)
    if stands_for or standing is not None:
        return standing
    # "the defense secretary, Erik Nordby", "his guest": a name beside it, or whom it means.
    named = None if places else _named_or_meant(token, table)
    if named is not None:
        return named
    # "Pakistan's prime minister" or "Chinese officials" left unresolved are not Pakistan or
    # China: people are named, or dropped.
    person_noun = token.lemma_.lower() in role_words() | cue_words("person_noun")
    if person_noun and not names_only and token.tag_ == "NNS":
        # "Presidents A and B signed": the first of the names the plural office holds.
        body = _body_of_members(token, table) or next(iter(titled_names(token, table)), None)
        if body is not None:
            return body
    searches = PART_SEARCHES[:2] if names_only or person_noun else PART_SEARCHES
    if not owners:
        searches = PART_SEARCHES[:3]
    if places:
        # "the Adriatic resort of Zadar": the place named is the one after "of".
        searches = sorted(searches, key=lambda search: search[1] != ("of",))
    for deps, preps in searches:
        for part in [*children(token, *deps), *prep_objects(token, *preps)]:
            found = table.at(part)
            if found is not None and person_noun and found.label != "PERSON":
                continue  # "a U.S. secretary" is not the United States
            if found is not None and (not places or found.label in PLACE_LABELS):
                return _country_for_nationality(found, table) if found.label == "NORP" else found
    return None


def titled_names(office: Token, table: EntityTable) -> list[Referent]:
    """The people a plural office is told with: "Presidents A and B", "the presidents of X
    and Y, A and B". A clause on the office ("Presidents who met A") names others."""
    if office.tag_ != "NNS" or office.lemma_.lower() not in role_words():
        return []
    told = {w.i for c in office.subtree if c.dep_ in CLAUSES for w in c.subtree}
    found: list[Referent] = []
    for word in office.subtree:
        ref = table.at(word) if word.i not in told and word.dep_ != "compound" else None
        if ref is not None and ref.label == "PERSON" and ref not in found:
            found.append(ref)
    return found if len(found) > 1 else []


def names_set_off(people: Token, table: EntityTable) -> list[Referent]:
    """The people a plural noun of persons is set off with after a comma: "his envoys, A and
    B", "the speakers of both chambers, A of the Senate and B of the Assembly". Whoever the
    noun's own phrase names before the comma ("the envoys of X, A and B") is not among them,
    nor is anyone named in a clause on the noun."""
    plural_person = people.lemma_.lower() in role_words() | cue_words("person_noun")
    if people.tag_ != "NNS" or not plural_person:
        return []
    phrase = people.doc[people.i : people.right_edge.i + 1]
    comma = next((word.i for word in phrase if word.text == ","), None)
    if comma is None:
        return _names_hung_beside(people, table)
    told = {w.i for c in people.subtree if c.dep_ in CLAUSES for w in c.subtree}
    found: list[Referent] = []
    for word in people.doc[comma + 1 : people.right_edge.i + 1]:
        ref = table.at(word) if word.i not in told and word.dep_ != "compound" else None
        if ref is not None and ref.label == "PERSON" and ref not in found:
            found.append(ref)
    return found


def _names_hung_beside(people: Token, table: EntityTable) -> list[Referent]:
    """ "Held talks with his Lorvian and Tarvian counterparts, A and B": the parse may hang the
    names set off after the plural on a word above it, as the talks' apposition or a second
    object of their verb; they spell the plural out all the same."""
    after = people.right_edge.i + 1
    doc = people.doc
    if after + 1 >= people.sent.end or doc[after].text != ",":
        return []
    ancestors = set(people.ancestors)
    heads = [
        word
        for word in doc[after + 1 : people.sent.end]
        if word.dep_ in ("appos", "dobj")
        and word.head in ancestors
        and word.left_edge.i == after + 1
    ]
    names = [word for head in heads for word in names_listed([head])]
    found = [ref for word in names if (ref := table.at(word)) is not None]
    return [ref for i, ref in enumerate(found) if ref.label == "PERSON" and ref not in found[:i]]


def _titled_member(body: Token, table: EntityTable, *, places: bool) -> Referent | None:
    """The entity a word names, or, for a body, the person its "of" phrase ends in behind an
    office: "the Workers' Party of Ruritania General Secretary X", parsed with X as the
    object of "of"."""
    holder = None if places else _person_set_off(body, table) or _holder_printed_after(body, table)
    if holder is not None:
        return holder
    found = table.at(body)
    if found is None or found.label != "ORG" or places:
        return found
    traveller = _traveller_in_craft(body, table) if craft_told_flying(body) else None
    if traveller is not None:
        return traveller
    for word in prep_objects(body, "of"):
        person = table.at(word)
        offices = [c for c in word.children if c.dep_ == "compound" and c.i < word.i]
        titled = any(c.lower_ in role_words() for c in offices)
        if person is not None and person.label == "PERSON" and titled:
            return person
    if body.lower_ in role_words():
        # "by the Minister of External Affairs, Ana Pires": the model may read the office as a
        # body; the person it is set off with holds it and is the party.
        return _name_after(body, table) or found
    return found


def craft_told_flying(name: Token) -> bool:
    """ "Sky Falcon One touched down", "... left for Kell": a name the model reads as a body,
    told landing or leaving for a place, is a craft; a body does neither."""
    verb = name.head
    down = any(word.lower_ == "down" for word in verb.children)
    landing = verb.lemma_ == "land" or (verb.lemma_ == "touch" and down)
    leaving = verb.lemma_ in cue_words("departure") and any(prep_objects(verb, "for"))
    return name.dep_ == "nsubj" and (landing or leaving) and _names_a_vehicle(name)


def _traveller_in_craft(craft: Token, table: EntityTable) -> Referent | None:
    """Who a craft told flying carries: those told "with" it ("... left for Kell with the
    President on board"), else, in a sentence that names no one ("Sky Falcon One landed in
    the early afternoon"), the traveller told before; a sentence naming a party of its own
    tells them instead ("..., and Marek was met by Y")."""
    aboard = [
        w for prep in children(craft.head, "prep") if prep.lower_ == "with" for w in prep.subtree
    ]
    carried = [ref for w in aboard if (ref := table.at(w)) is not None and ref.label == "PERSON"]
    if carried:
        return carried[0]
    if any(word.ent_type_ == "PERSON" for word in craft.sent):
        return None
    return table.person_before(craft)


def _person_set_off(title: Token, table: EntityTable) -> Referent | None:
    """ "The Second Gentleman, Ado Kell, arrived", "the Prince Consort, Ado Kell": the model may
    read a title as a name or a body, or an office as a building ("the Governor-General"), but a
    name takes no "the"; the person set off beside it is the one the title stands for."""
    named = table.at(title)
    office = title.is_title and title.lower_ in title_words()
    labels = ("PERSON", "ORG", "FAC") if office else ("PERSON", "ORG")
    # "The Queen and the Duke of Kell, Prince Olaf,": a peerage is read as no name at all.
    peerage = named is None and title.is_title and title.lower_ in cue_words("peerage")
    if not peerage and (named is None or named.label not in labels):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in title.children):
        return None
    people = (table.at(word) for word in _set_off_after(title))
    found = next((ref for ref in people if ref is not None and ref.label == "PERSON"), None)
    doc, after = title.doc, title.i + 1
    if found is None and office and after < len(doc) and doc[after].text == ",":
        # The parse may hang the name set off after the office on the verb instead.
        found = _person_from(doc, after + 1, table)
    return found


def _set_off_after(title: Token) -> list[Token]:
    """The appositions that rename a title: "the Queen and the Duke of Kell, Prince Olaf," -
    the parser may hang the name set off after the last of coordinated titles on the first,
    but a name renames the title it follows."""
    coordinated = [title, *title.conjuncts]
    set_off = [word for each in coordinated for word in children(each, "appos")]
    return [
        word
        for word in set_off
        if max((each.i for each in coordinated if each.i < word.i), default=-1) == title.i
    ]


def _holder_printed_after(office: Token, table: EntityTable) -> Referent | None:
    """ "Was welcomed by the Leader of the Nation Ado Marek", "by the Head of State, His Highness
    Ado Marek": an office may be read as referring back to a leader named before, but the name
    printed after its own phrase holds it."""
    if office.ent_type_:
        return None
    past = after_office(office, office.i + 1)
    set_off = _person_from(office.doc, past, table) if past > office.i + 1 else None
    return set_off or _name_after_office(office, table)


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


def _pronoun_referent(token: Token, table: EntityTable, excluding: str | None) -> Referent | None:
    if _style_of_address(token):
        return _person_addressed(token, table)
    guest = _guest_told_by_pronoun(token, table, excluding)
    if guest is not None:
        return guest
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
    found = table.subject_before(token, excluding)
    carried = _traveller_carried_before(token, table, excluding)
    if carried is not None and (found is None or found[0] < carried[0]):
        return carried[1]
    if excluding is None or token.dep_ in SUBJECTS:
        bound = token.dep_ in SUBJECTS and found is not None
        if bound and _named_in_clause(token, found[1], table):
            return None
        return found[1] if found is not None else None
    if found is None:
        return _other_named_before(token, table, excluding)
    if found[0] < token.sent.start:
        # "Lund met Queen Ingrid at the palace, where she gave a dinner in his honour": an
        # object never reaches back past the one other person its own sentence names (a
        # subject goes on telling of the story's protagonist).
        other = _other_named_before(token, table, excluding)
        return other or _guest_received(token, table, excluding, found[1]) or found[1]
    told_before = [word for word in token.sent if word.i < token.i]
    if found[0] in _subject_told_with(told_before, table, excluding):
        # "X and his wife Y ..., before calling on her": a fellow traveller is no one called on.
        return _other_named_before(token, table, excluding)
    return found[1]


def _named_in_clause(pronoun: Token, person: Referent, table: EntityTable) -> bool:
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
        for word in _own_clause(pronoun.head)
    )


# Links to a clause of its own, whose names the subject of the clause above does not bind.
OWN_CLAUSES = frozenset({"advcl", "ccomp", "parataxis", "relcl", "csubj"})


def _own_clause(word: Token) -> list[Token]:
    """The words of the clause `word` heads, without the clauses of their own it holds (a verb
    joined by "and" is one; a name joined to a name is the same list)."""
    words = [word]
    for child in word.children:
        verb_joined = child.dep_ == "conj" and child.pos_ in ("VERB", "AUX")
        if child.dep_ not in OWN_CLAUSES and not verb_joined:
            words += _own_clause(child)
    return words


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
    for word in pronoun.doc[start : pronoun.i]:
        verb = word.head
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
    speaker = next(children(clause.head, "nsubj"), None)
    person = table.at(speaker) if speaker is not None else None
    return person if person is not None and person.label == "PERSON" else None


def _guest_received(
    pronoun: Token, table: EntityTable, host: str, last_subject: Referent
) -> Referent | None:
    """ "A spokesman said the talks were frank. ... On Thursday X received him": whom a host
    receives is the story's traveller, not the last person told speaking, who went nowhere."""
    if pronoun.dep_ != "dobj" or not is_welcome(pronoun.head):
        return None
    told = travellers(table.referents) | _trip_owners(table.referents)
    if last_subject.key in told:
        return None
    return _told_of_most([ref for ref in table.referents if ref.key in told and ref.key != host])


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


def _subject_told_with(words: list[Token], table: EntityTable, key: str) -> set[int]:
    """The words of the subject that names the person keyed `key`, among `words`."""
    for word in words:
        found = table.at(word)
        if found is None or found.key != key:
            continue
        subject = next((w for w in [word, *word.ancestors] if w.dep_ in SUBJECTS), None)
        if subject is not None:
            return {w.i for w in subject.subtree}
    return set()


def _person_addressed(style: Token, table: EntityTable) -> Referent | None:
    """The person a style of address stands before: the first name in its phrase, after the
    offices ("HE the Prime Minister and Foreign Minister Sheikh X")."""
    names = (word for word in style.subtree if word.i > style.i and word.ent_type_ == "PERSON")
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


def _named_or_meant(noun: Token, table: EntityTable) -> Referent | None:
    named = _name_after(noun, table) or _name_after_office(noun, table)
    return named or _guest_of_host(noun, table)


def _guest_of_host(noun: Token, table: EntityTable) -> Referent | None:
    """ "The King held talks with his guest": a host's guest is the story's visitor, the person
    it tells travelling other than the host; of several (a spouse, a trip long past), the one
    it tells of most. None, or a tie, is no one."""
    if noun.tag_ != "NN" or noun.lemma_.lower() not in cue_words("guest"):
        return None
    owner = next(children(noun, "poss"), None) or _host_of_the_guest(noun)
    host = referent(owner, table) if owner is not None else None
    if host is None or host.label != "PERSON":
        return None
    told = travellers(table.referents) | _trip_owners(table.referents)
    guests = [ref for ref in table.referents if ref.key in told and ref.key != host.key]
    return _told_of_most(guests)


def _host_of_the_guest(noun: Token) -> Token | None:
    """ "The King hosted a dinner in honour of the guest": "the guest" told as the object of a
    host's clause is the host's guest; the host is the clause's subject."""
    if noun.dep_ not in ("dobj", "pobj") or not any(c.lower_ == "the" for c in noun.children):
        return None
    verb = next((word for word in noun.ancestors if word.pos_ == "VERB"), None)
    return next(children(verb, "nsubj"), None) if verb is not None else None


def _told_of_most(people: list[Referent]) -> Referent | None:
    ranked = sorted(people, key=lambda ref: len(ref.mentions), reverse=True)
    if len(ranked) > 1 and len(ranked[0].mentions) == len(ranked[1].mentions):
        return None
    return ranked[0] if ranked else None


def _trip_owners(referents: Iterable[Referent]) -> frozenset[str]:
    """ "On the first day of the Lorvian president's state visit", "the visit of X": people
    whose trip the story names are on one, as much as those told travelling."""
    return frozenset(
        ref.key
        for ref in referents
        if ref.label == "PERSON"
        for span in ref.mentions
        if _owns_a_trip(span.root)
    )


def _owns_a_trip(word: Token) -> bool:
    if word.dep_ == "poss":
        return word.head.lemma_ in TRIP_NOUNS
    return word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.lemma_ in TRIP_NOUNS


def _standing_for(noun: Token, table: EntityTable) -> Referent | None:
    """A delegation stands for who sends it, a plane for who flies in it; "the two
    delegations, led by X and Y" each for its head (else for what a plural names); a company
    told by its nationality for the compatriot who travels."""
    company = _compatriot_traveller(noun, table)
    if company is not None:
        return company
    if noun.tag_ == "NNS" and noun.lemma_ == "delegation":
        return _head_of_delegation(noun, table)
    if noun.tag_ != "NN" or noun.lemma_ not in _standing_nouns():
        return None
    standing = _party_of_delegation if noun.lemma_ == "delegation" else _owner_of_vehicle
    return standing(noun, table)


def _compatriot_traveller(company: Token, table: EntityTable) -> Referent | None:
    """ "The Lorvian guests were driven to the palace": a travelling company told only by its
    nationality is the traveller of that country the story told before, not the country."""
    told = company.lemma_.lower() in cue_words("travelling_company") and any(
        word.lower_ == "the" for word in company.children
    )
    demonym = _modifier_labelled(company, table, "NORP") if told else None
    country = gazetteer.country_of_demonym(demonym.name) if demonym is not None else None
    if country is None:
        return None
    before = [
        ref
        for start, ref in zip(table.person_starts, table.person_refs, strict=True)
        if start < company.i
    ]
    code = country.country_code
    return next(
        (ref for ref in reversed(before) if code in nationality(ref, named_country=True)), None
    )


def _standing_nouns() -> frozenset[str]:
    return cue_words("vehicle") | {"delegation"}


def _owner_of_vehicle(vehicle: Token, table: EntityTable) -> Referent | None:
    """ "Her air force plane landed": its owner travels, not the force that flies it."""
    owner = next(children(vehicle, "poss"), None)
    return referent(owner, table) if owner is not None else None


def _party_of_delegation(delegation: Token, table: EntityTable) -> Referent | None:
    """Whom a delegation stands for: the body that sends it ("a Hamas delegation"), else, for
    "the delegation", the one told before; else its head ("a delegation headed by X"), else
    its country ("an Israeli delegation")."""
    sender = _modifier_labelled(delegation, table, "ORG")
    # "The Latvian delegation" with the demonym read as an organisation: a nationality.
    demonym = sender is not None and gazetteer.country_of_demonym(sender.name) is not None
    if sender is not None and not demonym:
        return sender
    told = _delegation_told_before(delegation, table)
    if told is not None:
        return told
    head = _head_of_delegation(delegation, table)
    if head is not None:
        return head
    country = _modifier_labelled(delegation, table, "NORP") or (sender if demonym else None)
    return _country_for_nationality(country, table) if country is not None else None


def _modifier_labelled(word: Token, table: EntityTable, label: str) -> Referent | None:
    found = (table.at(child) for child in word.children)
    return next((ref for ref in found if ref is not None and ref.label == label), None)


def _delegation_told_before(delegation: Token, table: EntityTable) -> Referent | None:
    if not any(word.lower_ == "the" for word in delegation.children):
        return None
    earlier = reversed(delegation.doc[: delegation.i])
    before = next((w for w in earlier if w.lemma_ == "delegation" and w.tag_ == "NN"), None)
    return _party_of_delegation(before, table) if before is not None else None


def _head_of_delegation(delegation: Token, table: EntityTable) -> Referent | None:
    leading = (w for w in delegation.subtree if w.dep_ == "acl" and w.lemma_ in ("head", "lead"))
    heads = (referent(agent, table) for verb in leading for agent in prep_objects(verb, "by"))
    return next((ref for ref in heads if ref is not None and ref.label == "PERSON"), None)


def _fellow_heads(delegations: Token) -> list[Token]:
    """ "The two delegations, led by X and Y, arrived": X's delegation is the subject's
    referent, Y's goes beside it."""
    if delegations.lemma_ != "delegation" or delegations.tag_ != "NNS":
        return []
    leading = (w for w in delegations.subtree if w.dep_ == "acl" and w.lemma_ in ("head", "lead"))
    return [c for verb in leading for agent in prep_objects(verb, "by") for c in agent.conjuncts]


def _body_of_members(people: Token, table: EntityTable) -> Referent | None:
    """ "The foreign ministers of the GCC", "her counterparts from Nordic Council
    states": the members of a body, told as a group, stand for the body."""
    for member_of in prep_objects(people, "of", "from"):
        for word in [member_of, *children(member_of, "compound")]:
            found = table.at(word)
            if found is not None and found.label == "ORG":
                return found
    return None


def _name_after_office(title: Token, table: EntityTable) -> Referent | None:
    """ "Minister of Defense Arne X", "Minister for Defence Ana Y": the parser hangs the name
    on the office's "of" or "for"."""
    if title.pos_ != "PROPN" or title.lower_ not in role_words():
        return None
    # "Prime Minister of the Republic of Ruritania Ivan Petrov": on the second "of".
    objects = list(prep_objects(title, "of", "for"))
    objects += (word for office in objects[:1] for word in prep_objects(office, "of"))
    # "minister of state for external affairs Ana Pires": or in apposition to its last object.
    objects += (word for office in objects for word in children(office, "appos"))
    people = (table.at(word) for word in objects)
    found = next((found for found in people if found is not None and found.label == "PERSON"), None)
    return (
        found or _name_after_second_office(title, table) or _name_after_office_phrase(title, table)
    )


def _name_after_office_phrase(title: Token, table: EntityTable) -> Referent | None:
    """ "Minister of State for External Affairs A. Pires": the parser may hang the office's
    second phrase, and the name after it, on the verb; the person printed right after the
    office's capitalised phrase holds it."""
    doc = title.doc
    word = title.i + 1
    if word >= len(doc) or doc[word].lower_ not in ("of", "for"):
        return None
    end = min(title.sent.end, word + 2 * TITLE_WORDS)
    while word < end and doc[word].ent_type_ != "PERSON":
        if not (doc[word].lower_ in OFFICE_GLUE or doc[word].is_title):
            return None
        word += 1
    return _person_from(doc, word, table) if word < end else None


def _name_after_second_office(title: Token, table: EntityTable) -> Referent | None:
    """ "Deputy Prime Minister and Foreign Minister Ivan Petrov": one holder of two offices,
    which the parser reads as a title coordinated with a titled name. A title with a
    determiner ("the minister and Envoy X") may be someone else."""
    if any(c.dep_ == "det" for c in title.children):
        return None
    conjoined = [word for word in title.conjuncts if word.i > title.i]
    if len(conjoined) != 1:
        return None
    name = conjoined[0]
    found = table.at(name)
    titled = any(
        c.dep_ == "compound" and c.lower_ in role_words() and c.i > title.i for c in name.children
    )
    return found if found is not None and found.label == "PERSON" and titled else None


def _name_after(noun: Token, table: EntityTable) -> Referent | None:
    """The person named right after a title the parser did not link to it: "Norway's foreign
    minister Ane Haugen", "Ecuador's top judge, Chief Justice Jorge Rivas". The name, not the
    title's country, is the party."""
    if noun.i + 1 >= len(noun.doc):
        return None
    office = noun.lemma_.lower() in role_words() | cue_words("person_noun")
    past = after_office(noun, noun.i + 1) if office else noun.i + 1
    if office and past == noun.i + 1:
        past = _past_posting(noun)
    if past > noun.i + 1:
        # "the chief of the army staff, Gen. Ana Pires": the name after the office's own phrase.
        return _person_from(noun.doc, past, table)
    titled = noun.pos_ == "PROPN" and noun.lower_ in role_words()
    if titled and noun.doc[noun.i + 1].text != ",":
        # "a call on President X" read with "President" alone as the object: the title's name.
        found = table.at(noun.doc[noun.i + 1])
        return found if found is not None and found.label == "PERSON" else None
    if noun.pos_ != "NOUN" and not titled:
        return None
    word = noun.doc[noun.i + 1]
    if word.lower_ == "of" and word.head.i == noun.i:
        # "the deputy governor of the Tamar region, Ali Hamad": past the office's "of".
        past = max(w.i for w in word.subtree) + 1
        if past + 1 >= len(noun.doc) or noun.doc[past].text != ",":
            return None
        word = noun.doc[past]
    after_comma = word.text == ","
    if after_comma and word.i + 1 < len(noun.doc):
        word = noun.doc[word.i + 1]
    while word.is_title and word.lower_ in title_words() and word.i + 1 < len(noun.doc):
        word = noun.doc[word.i + 1]  # "..., Prince Ali Hamad": the style is no part of it
    while word.dep_ == "compound" and word.head.i > word.i:
        word = word.head
    # "... the minister, Haugen said": a name after a comma that heads its own clause is not it.
    if after_comma and word.dep_ in SUBJECTS:
        return None
    found = table.at(word)
    return found if found is not None and found.label == "PERSON" else None


def _past_posting(office: Token) -> int:
    """Where the name after an envoy's posting begins: "Ambassador to Ruritania Ana Pires",
    "Special Envoy to the African Union Ali Hamad". Only a named place or body may stand
    between: in "Adviser to President X" the name is of someone else."""
    doc = office.doc
    start = office.i + 1
    if start >= len(doc) or doc[start].lower_ != "to":
        return start
    word = start + 1
    if word < len(doc) and doc[word].lower_ == "the":
        word += 1
    posting = word
    while word < office.sent.end and doc[word].ent_type_ in POSTING_LABELS:
        word += 1
    return word if word > posting else start


def _person_from(doc: Doc, start: int, table: EntityTable) -> Referent | None:
    """The person whose name starts at `start`, past any form of address or title ("Gen.",
    "Sultan")."""
    address = honorific_words() | role_words()
    while start < len(doc) and (
        _addresses(doc[start], address) or doc[start].text == "." or _owns_style(doc, start)
    ):
        start += 1
    found = table.at(doc[start]) if start < len(doc) else None
    return found if found is not None and found.label == "PERSON" else None


def _owns_style(doc: Doc, start: int) -> bool:
    """The "His" of "His Highness": a pronoun owning a form of address is part of it."""
    styled = start + 1 < len(doc) and doc[start + 1].lower_ in honorific_words()
    return styled and doc[start].lower_ in ("his", "her")


def _addresses(word: Token, address: frozenset[str]) -> bool:
    # A rank spelled out and capitalised ("General", "Admiral") is a title too.
    return word.lower_ in address or (word.is_title and word.lower_ in title_words())


def _country_for_nationality(norp: Referent, table: EntityTable) -> Referent | None:
    country = gazetteer.country_of_demonym(norp.name) or gazetteer.place(norp.name)
    if country is None or country.kind != "country":
        return None
    return table.place(country)


def referents(
    tokens: list[Token],
    table: EntityTable,
    *,
    names_only: bool = False,
    excluding: str | None = None,
) -> list[Referent]:
    """The referents of coordinated words: "A and B", "agencies TASS and Ria Novosti"."""
    found: list[Referent] = []
    for token in tokens:
        appositions = [c for a in children(token, "appos") for c in a.conjuncts]
        appositions += _names_read_as_appositions(token)
        listed = _folded_names(token) + with_conjuncts(token) + _dangling_conjunct(token)
        listed += _names_read_as_modifiers(token)
        for word in listed + appositions:
            # "Received the Brenners": a family told in the plural is each of its members.
            family = table.family_at(word)
            found += (member for member in family if member not in found)
            if (
                family
                or _owner_read_as_party(word)
                or _country_of_title_read_as_party(word)
                or _second_place_of_title(word)
                or _country_of_plural_office(word)
            ):
                continue
            ref = referent(word, table, names_only=names_only, excluding=excluding)
            if ref is not None and ref not in found:
                found.append(ref)
            # "Met the speakers, A and B": the plural stands for each name set off after it.
            set_off = names_set_off(word, table)
            if ref in set_off:
                found += (r for r in set_off if r not in found)
            if ref is None:
                found += (r for r in _named_among(word, table) if r not in found)
    return found


def _names_read_as_appositions(token: Token) -> list[Token]:
    """ "Hosted A, B, President C and D": the parser may read the second name of a list as an
    apposition to the first; a person's name never renames another person."""
    if token.ent_type_ != "PERSON":
        return []
    return [word for word in children(token, "appos") if word.ent_type_ == "PERSON"]


def _names_read_as_modifiers(token: Token) -> list[Token]:
    """ "With A, B, C and President D": the parser may hang the first names of a list on the
    last as a modifier of it; a person never modifies another person's name."""
    if token.ent_type_ != "PERSON":
        return []
    parts = [token, *children(token, "compound")]  # "... and President D": on the title
    return [
        word
        for part in parts
        for modifier in children(part, "nmod")
        if modifier.ent_type_ == "PERSON"
        for word in with_conjuncts(modifier)
        if word.ent_type_ in ("PERSON", "")  # "A and the B Commission": the body is no name
    ]


def _dangling_conjunct(token: Token) -> list[Token]:
    """ "With A, vice-president of X, and B, governor of Y, the agency said": after a long
    apposition the parser may keep the "and" on A yet hang the name after it elsewhere (as
    the subject of the report). A name right after an "and" left without a conjunct is A's
    conjunct all the same."""
    if token.ent_type_ != "PERSON" or any(c.dep_ == "conj" for c in token.children):
        return []
    coordinators = [c for c in token.children if c.dep_ == "cc" and c.i > token.i]
    if len(coordinators) != 1 or coordinators[0].i + 1 >= len(token.doc):
        return []
    name = entity_span(token.doc[coordinators[0].i + 1])
    if name is None or name.label_ != "PERSON":
        # A title may open the name ("and Sheikh B"): take the person named right after it.
        word = token.doc[coordinators[0].i + 1]
        while word.dep_ == "compound" and word.head.i > word.i and not word.ent_type_:
            word = word.head
        name = entity_span(word)
    if name is None or name.label_ != "PERSON":
        name = _person_after_title(token.doc[coordinators[0].i + 1])
    if name is None:
        return []
    head = name.root
    return [head] if head.head.i != token.i else []


def _person_after_title(word: Token) -> Span | None:
    """ "And Ruritanian President B": the person named after a demonym and an office."""
    doc = word.doc
    while word.i + 1 < len(doc) and (word.ent_type_ == "NORP" or _addresses(word, role_words())):
        word = doc[word.i + 1]
    name = entity_span(word)
    return name if name is not None and name.label_ == "PERSON" else None


def _folded_names(token: Token) -> list[Token]:
    """ "With Trade Minister A and Finance Minister B": the parser may fold the first name of
    a list into the title of the next one, as a modifier that keeps the list's "and"."""
    return [
        word
        for left in token.lefts
        for word in left.subtree
        if word.dep_ in ("nmod", "compound")
        and word.ent_type_ == "PERSON"
        and any(child.dep_ == "cc" for child in word.children)
    ]


def _owner_read_as_party(word: Token) -> bool:
    """ "Norway's Ane Haugen and Slovenia's Tina Kessler": a country read as one of the
    list is the owner of the name after its "'s"."""
    name = entity_span(word)
    end = name.end if name is not None else word.i + 1
    return word.dep_ == "conj" and end < len(word.doc) and word.doc[end].tag_ == "POS"


def _country_of_title_read_as_party(word: Token) -> bool:
    """ "President A and Ruritanian Prime Minister B": when the parser folds A into B's title,
    the country printed before B's office hangs on A as if it were listed with the names."""
    name = entity_span(word)
    end = name.end if name is not None else word.i + 1
    if word.dep_ != "conj" or word.ent_type_ not in ("GPE", "NORP") or end >= len(word.doc):
        return False
    office = word.doc[end]
    return office.is_title and office.lower_ in title_words() and office.dep_ == "compound"


def _second_place_of_title(word: Token) -> bool:
    """ "Archbishop A of Kell and All Lorvia": the parser may join the second place of the
    title's "of" to the holder, as if it were listed with the names."""
    if word.dep_ != "conj" or word.ent_type_ != "GPE" or word.head.ent_type_ != "PERSON":
        return False
    return any(
        place.ent_type_ == "GPE" and word.head.i < place.i < word.i
        for place in prep_objects(word.head, "of")
    )


def _country_of_plural_office(word: Token) -> bool:
    """ "The presidents of Lorvia, Brenn and Kell, A, B and C, who had all flown in": the parser
    may join the countries the plural office is "of" and the names of its holders into one
    list; a country there says whose office each holds, and is no party beside them."""
    if word.ent_type_ not in ("GPE", "NORP"):
        return False
    first = word
    while first.dep_ == "conj":
        first = first.head
    office = first.head.head if first.dep_ == "pobj" and first.head.lower_ == "of" else None
    if office is None or office.tag_ != "NNS":
        return False
    if office.lemma_.lower() not in role_words() | cue_words("person_noun"):
        return False
    return any(other.ent_type_ == "PERSON" for other in first.conjuncts)


def _named_among(people: Token, table: EntityTable) -> list[Referent]:
    """ "Ethiopian officials, including Prime Minister X": the unnamed group is no party, the
    one named among them is; so are those listed after a colon ("his counterparts: X and Y")."""
    if people.lemma_.lower() not in cue_words("person_noun"):
        return []
    words = [*prep_objects(people, "including"), *_listed_after_colon(people)]
    named = (table.at(w) for p in words for w in with_conjuncts(p))
    return [ref for ref in named if ref is not None and ref.label == "PERSON"]


def _listed_after_colon(people: Token) -> list[Token]:
    doc = people.doc
    if people.i + 2 >= len(doc) or doc[people.i + 1].text != ":":
        return []
    word = next((w for w in doc[people.i + 2 : people.sent.end] if w.ent_type_ == "PERSON"), None)
    while word is not None and word.dep_ == "compound" and word.head.i > word.i:
        word = word.head
    return [word] if word is not None else []


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
    return _verb_actor(speech, table) if speech is not None else None


def speech_verb(trigger: Token) -> Token | None:
    """The verb of saying that reports a stance: "said" in "Haugen said Norway supports X"."""
    clause = trigger.head if trigger.pos_ in NOUN_POS and trigger.dep_ == "dobj" else trigger
    # "said A is ready to work with B ... and supports B": up the reported
    # clause's own chain of verbs, not into a clause with a subject of its own.
    steps = 0
    while clause.dep_ in REPORTED_CHAIN and clause.head.i != clause.i and steps < MAX_CHAIN:
        if clause.dep_ != "conj" and any(c.dep_ in SUBJECTS for c in clause.children):
            break
        clause, steps = clause.head, steps + 1
    if clause.dep_ != "ccomp" or clause.head.lemma_ not in cue_words("stance_speech"):
        return None
    return clause.head


def _verb_actor(verb: Token, table: EntityTable) -> Role | None:
    agents = [agent for agent in _passive_agents(verb) if referent(agent, table) is not None]
    # Without an agent, a passive subject is the actor: "Lund is expected to visit".
    subjects = agents or _clause_subjects(verb)
    for subject in subjects:
        found = referent(subject, table)
        if found is not None:
            return Role(found, from_parse=subject.lower_ not in PRONOUNS)
    relative = any(c.lower_ in RELATIVE_PRONOUNS for c in children(verb, "nsubj", "nsubjpass"))
    if verb.dep_ == "relcl" and relative:
        # "The Turkish president, who arrived ...": a role noun stands for its holder.
        found = referent(verb.head, table) if verb.head.pos_ != "NOUN" else table.at(verb.head)
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
        holder = _clause_verb(verb.head)
        shared = _verb_actor(holder, table) if holder is not None else None
        return Role(shared.referent, from_parse=False) if shared else None
    governor = _governing_verb(verb)
    shares_subject = verb.dep_ in ("conj", "xcomp", "advcl", "pcomp") and governor.pos_ in (
        "VERB",
        "AUX",
    )
    if shares_subject and not subjects:
        # "invited X to visit": the object of the governing verb is the one who visits;
        # "will join X to take part": the subject does it too.
        joins = governor.lemma_ in cue_words("joining")
        objects = list(children(governor, "dobj")) if verb.dep_ == "xcomp" and not joins else []
        found = referent(objects[0], table) if objects else None
        if found is not None and found is _subject_referent(governor, table):
            # "He invited the visiting president to ...": nobody invites himself, so the role
            # was misread; "..., and that Y had accepted" names the one who goes.
            found = _acceptor(governor, table)
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
        received = governor.dep_ == "conj" and bool(_passive_agents(governor))
        shared = _verb_actor(governor.head if received else governor, table)
        return Role(shared.referent, from_parse=False) if shared else None
    return _misread_main_verb(verb, table) or _subject_read_into_time(verb, table)


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
    agents = _passive_agents(verb) or [s for s in children(verb, "nsubj") if not _is_passive(verb)]
    first = referent(agents[0], table) if agents else None
    if first is None:
        return []
    named = [word for agent in agents for word in _names_of(agent, first, table)]
    named += _agent_set_off_on_verb(verb, first, table)
    # "Received by X and by Y": each repeated "by" names an agent of its own.
    beside = [*agents[1:], *(c for word in named for c in word.conjuncts)]
    beside += (w for word in named for w in [*_names_read_as_modifiers(word), *_folded_names(word)])
    beside += _agents_joined_to_verb(verb, agents) if _is_passive(verb) else []
    beside += _agents_repeated_above(verb, agents) if _is_passive(verb) else []
    found = referents(beside, table, names_only=True)
    return [ref for ref in found if ref.key != first.key and ref.label == "PERSON"]


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


def _agents_repeated_above(verb: Token, agents: list[Token]) -> list[Token]:
    """ "At the foot of the steps he was received by A, its chairman, and by B": the parser may
    join the repeated "by" to a word the welcome hangs from (the phrase put before it) rather
    than to the verb; a "by" so joined after the agent still names one more agent."""
    if not agents:
        return []
    last = max(agent.i for agent in agents)
    return [
        word
        for above in verb.ancestors
        for by in children(above, "conj")
        if by.lower_ == "by" and by.pos_ == "ADP" and by.i > last
        for word in children(by, "pobj")
    ]


def _agent_set_off_on_verb(verb: Token, first: Referent, table: EntityTable) -> list[Token]:
    """ "Welcomed by the Head of State, His Highness Ivo Renn, and the Prime Minister": the
    parser may hang the agent's apposition, and whoever is joined to it, on the verb."""
    set_off = [c for c in children(verb, "npadvmod") if c.i > verb.i]
    return [word for word in set_off if referent(word, table, names_only=True) == first]


def _names_of(agent: Token, first: Referent, table: EntityTable) -> list[Token]:
    """ "By the President of Estonia Ivo Brandt and First Lady Ana Morel": the parser hangs the
    name under the office's "of", and whoever greets beside the name is joined to it there."""
    named = [
        word
        for word in agent.subtree
        if word.i != agent.i
        and word.ent_type_ == "PERSON"
        and word.head.ent_type_ != "PERSON"
        and referent(word, table, names_only=True) == first
    ]
    return [agent, *named]


def names_its_agent(verb: Token) -> bool:
    """Whether a passive verb names who does it: "they were met by X"."""
    return verb.pos_ not in NOUN_POS and bool(_passive_agents(verb))


def _passive_agents(verb: Token) -> list[Token]:
    """The "by" of a passive verb, else the one the parser hung on the verb's place."""
    if not _is_passive(verb):
        return []
    agents = list(prep_objects(verb, "by")) or _agents_on_place(verb)
    return [_office_named_after(agent) for agent in agents]


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
    hang the agent's "by" on the place, or on the thing the place is part of."""
    places = list(prep_objects(verb, "at", "on", "in"))
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
    for word in verb.ancestors:
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


def _subject_referent(verb: Token, table: EntityTable) -> Referent | None:
    subject = next(iter(_clause_subjects(verb)), None)
    return referent(subject, table) if subject is not None else None


def _acceptor(invite: Token, table: EntityTable) -> Referent | None:
    accepting = (
        w for w in invite.subtree if w.i > invite.i and w.lemma_ in cue_words("acceptance")
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
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
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
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _clause_verb(word: Token) -> Token | None:
    """The verb of the clause a word stands in: "left Quito on a flight" -> left."""
    for ancestor in word.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return ancestor
    return None


def _clause_subjects(verb: Token) -> list[Token]:
    subjects = _passengers_told_after(verb) or list(children(verb, "nsubj", "nsubjpass"))
    if len(subjects) > 1:
        # "On Sunday, the Feast of Saint Brom, the Pope flew": the phrase set off after the day
        # names the day, not a second subject.
        subjects = [subject for subject in subjects if not _names_the_day(subject)] or subjects
    if not subjects and verb.dep_ == "acomp":
        # "Lund is due in Bergen": a predicate adjective's subject is its copula's.
        subjects = list(children(verb.head, "nsubj", "nsubjpass"))
    named = [subject for subject in subjects if subject.lower_ not in RELATIVE_PRONOUNS]
    return named or _called_visiting(verb)


def _names_the_day(subject: Token) -> bool:
    doc = subject.doc
    start, end = subject.left_edge.i, subject.right_edge.i
    set_off = start >= 2 and doc[start - 1].text == "," and end + 1 < len(doc)
    return set_off and doc[start - 2].ent_type_ == "DATE" and doc[end + 1].text == ","


def _passengers_told_after(verb: Token) -> list[Token]:
    """ "The jet landed at Kel, and A and his wife B were met by C": a vehicle that lands carries
    the people the clause joined to the landing tells of; they are the travellers."""
    if verb.lemma_ not in cue_words("arrival"):
        return []
    vehicles = [word for word in children(verb, "nsubj") if _names_a_vehicle(word)]
    joined = [c for c in children(verb, "conj") if c.pos_ == "VERB"] if vehicles else []
    told = [word for clause in joined for word in children(clause, "nsubj", "nsubjpass")]
    return [word for word in told if word.ent_type_ == "PERSON"]


def _names_a_vehicle(word: Token) -> bool:
    """A vehicle no one is told owning ("the presidential jet"), or a craft's own name, which the
    model reads as a body or a product ("Air Force One")."""
    if word.lemma_ in cue_words("vehicle"):
        return not any(children(word, "poss"))
    return word.pos_ == "PROPN" and word.ent_type_ in ("ORG", "PRODUCT")


def _called_visiting(verb: Token) -> list[Token]:
    """ "Visiting Foreign Minister X met Y": the parser reads X as the object of a clausal
    subject "Visiting"."""
    return [
        guest
        for clause in children(verb, "csubj")
        if clause.lower_ == "visiting"
        for guest in children(clause, "dobj")
    ]


def _governing_verb(verb: Token) -> Token:
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
    if any(c.dep_ == "neg" for c in verb.children):
        # "X was not among the officials who greeted Y": X did not.
        return None
    found = next(filter(None, (referent(s, table) for s in children(verb, "nsubj"))), None)
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
    between = _parties_between(noun, table)
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
    return Role(found, from_parse=True) if found is not None and not _is_settlement(found) else None


def person_of_trip(noun: Token, table: EntityTable) -> Role | None:
    """ "The visit of X", "the visit to Lorn of X": a person named by a trip noun's own "of", or
    by the "of" the parser hangs on its place, is who made it ("a visit of two days" names
    nobody, nor does "the visit of a Lorvian delegation")."""
    found = next(filter(None, referents(trip_owners(noun), table)), None)
    return Role(found, from_parse=True) if found is not None and found.label == "PERSON" else None


def trip_owners(noun: Token) -> list[Token]:
    """The words after a trip's "of", or after the "of" hung on its place ("to Lorn of X")."""
    places = prep_objects(noun, "to")
    return [*prep_objects(noun, "of"), *(o for p in places for o in prep_objects(p, "of"))]


def _doer_of_governor(noun: Token, slot: Token, governor: Token, table: EntityTable) -> Role | None:
    """The doer a noun shares with the verb whose object it is: "held talks" are the
    subject's."""
    if slot.dep_ == "pobj" and noun.lemma_ in TRIP_NOUNS and _is_passive(governor):
        guest = _passive_subject(governor, table)
        if guest is not None:
            return guest
    reaction = reaction_to(noun)
    if reaction is not None:
        # "Thanked X for his visit": one who reacts to a trip is not who makes it; one thanked
        # or praised for it is.
        return thanked_for_it(reaction, table)
    if slot.dep_ in ("dobj", "pobj", "attr") and governor.pos_ in ("VERB", "AUX"):
        shared = _verb_actor(governor, table)
        # "Vadum is the last stop of the trip": the place a copula calls a stop is where the
        # trip goes, not who makes it.
        stop_named = slot.dep_ == "attr" and shared is not None
        return None if stop_named and shared.referent.label in PLACE_LABELS else shared
    return None


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


def _parties_between(noun: Token, table: EntityTable) -> list[Referent]:
    found = referents(list(prep_objects(noun, "between")), table)
    return [ref for ref in found if not _is_settlement(ref)]


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
    return _named_modifier(noun, table)


def _sole_person_of(description: Token, table: EntityTable) -> Role | None:
    """The one person of the article whose title gives the nationality a description names:
    "a Slovene head of state" is the Slovene president, when only one Slovene is named."""
    demonyms = [w for w in description.subtree if w.ent_type_ == "NORP"]
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


def _is_passive(verb: Token) -> bool:
    """ "was hosted by", and the reduced relative "a summit hosted in Bergen by X"."""
    reduced = verb.dep_ == "acl" and verb.tag_ == "VBN"
    return reduced or any(child.dep_ in ("nsubjpass", "auxpass") for child in verb.children)


HONOUR_WORDS = frozenset({"honour", "honor"})
# Nouns of a trip whose "of" names the traveller.
TRIP_NOUNS = ("visit", "trip", "tour", "arrival", "stay")
# The object forms a subject pronoun continues: "for her ... she", "him ... he".
SAME_PERSON_PRONOUNS = {"she": frozenset({"her"}), "he": frozenset({"him"})}
COUNTERPART_PREPS: dict[str, tuple[str, ...]] = {
    "meeting": ("with", "between"),
    "agreement": ("with", "between"),
    "invitation": (),
    "statement": ("for", "against", "with", "of", "to"),
}


def is_courtesy_call(noun: Token) -> bool:
    """ "A courtesy call on X", "a courtesy visit to X": a call paid in person on someone."""
    courtesy = any(c.dep_ in ("amod", "compound") and c.lower_ == "courtesy" for c in noun.children)
    return courtesy and noun.lemma_ in ("call", "visit") and noun.pos_ in NOUN_POS


def is_welcome(verb: Token) -> bool:
    """ "Received", "greeted", "welcomed": what hosts do to guests (not "hosted", whose object is
    a gathering, nor "met", which both sides do)."""
    return verb.lemma_ in cue_words("hosting") & cue_words("reception")


def counterparts(
    trigger: Token, table: EntityTable, event_type: str, actor_key: str | None = None
) -> list[Referent]:
    """The other parties: objects, "with"/"between" objects, subject conjuncts, targets.

    Visits and deployments have none here: what follows them is a place. A pronoun among them
    is someone other than the actor (`actor_key`).
    """
    if event_type == "visit":
        return _hosts_visited_with(trigger, table, actor_key)
    preps = COUNTERPART_PREPS.get(event_type)
    if preps is None:
        return []
    words: list[Token] = []
    named_with: list[Referent] = []
    agents = list(prep_objects(trigger, "by")) if _is_passive(trigger) else []
    # "Was greeted by A and B", "A and B were welcomed": those who welcome together, or are
    # welcomed together, are one side of the welcome, never each other's counterparts.
    one_side = is_welcome(trigger)
    if agents:
        # "hosted by X and Y": X is the actor (the first agent), Y a party beside it.
        words += _passive_subjects(trigger)
        words += [] if one_side else _agents_beside_the_first(trigger, agents)
    elif event_type in ("meeting", "agreement") and not one_side:
        # "A and B signed deals after talks between X and Y": the talks' own parties, not the
        # clause's subjects (as for the actor).
        own_parties = len(_parties_between(trigger, table)) > 1 and trigger.dep_ != "dobj"
        subjects = [] if own_parties else _subjects(trigger)
        words += [c for s in subjects for c in _joined_with(s, subjects)]
        # "Presidents A and B held talks": each name the office is told with is a party.
        titled = [ref for s in subjects for ref in titled_names(s, table)]
        named_with = [ref for ref in titled if ref.key != actor_key]
    # "pledged U.S. support to ...": the stance itself, and the supporter named on it, are no
    # party; its "for"/"to" object is (read below).
    stances = cue_words("stance_noun")
    # "Discussed Lorvia's bid with X": what is discussed is the topic, never a party.
    discussed = trigger.lemma_ in cue_words("discussion")
    objects = [] if discussed else children(trigger, "dobj", "dative")
    words += (w for w in objects if w.lemma_ not in stances)
    words += _object_read_as_subject(trigger)
    words += _object_swept_into_setting(trigger)
    # "received visiting X" read with "visiting" as a verb and X its object.
    words += (
        o
        for v in children(trigger, "xcomp")
        if v.lower_ == "visiting"
        for o in v.children
        if o.dep_ == "dobj"
    )
    words += prep_objects(trigger, *preps)
    if trigger.dep_ == "dobj":
        words += prep_objects(trigger.head, *preps)
        if trigger.head.lemma_ in ("grant", "give", "accord"):
            # "granted an audience to X", "X was accorded a welcome by Y"
            words += [*prep_objects(trigger.head, "to"), *prep_objects(trigger, "to")]
            words += children(trigger.head, "dative", "nsubjpass")
    if trigger.lemma_ == "call":  # "called on King Harald", "on" read as a particle or not
        words += prep_objects(trigger, "on")
        words += (o for on in children(trigger, "prt") if on.lower_ == "on" for o in on.children)
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
        # "Hosted a Chinese dinner for X": a meal is no party, nor the cuisine it is told
        # with; its guests are read above.
        words = [word for word in words if not (_crowd(word) or _is_meal(word))]
    if event_type in ("meeting", "agreement"):
        # "held a meeting at the presidential palace with X": "with" hangs on the place.
        verb = trigger.head if trigger.dep_ == "dobj" else trigger
        places = [*prep_objects(verb, "at", "in"), *_second_objects(verb)]
        words += (word for place in places for word in prep_objects(place, *preps))
        words += gathering_guests(verb)
    if event_type == "statement":
        words += _stance_targets(trigger, preps)
    if event_type == "invitation" and trigger.pos_ in NOUN_POS:
        words += [*governing_subjects(trigger), *invitees(trigger)]
    return _parties_among(words, named_with, table, event_type, actor_key)


def _agents_beside_the_first(trigger: Token, agents: list[Token]) -> list[Token]:
    """The agents told after the first; "were joined by A, B and C": each person who joins
    meets those joined, however the parse hangs the list (and the countries their names are
    told with, "Sudland's A", parsed as conjuncts, are none of them)."""
    if trigger.lemma_ in cue_words("joining"):
        return names_listed(agents)
    return [c for agent in agents for c in agent.conjuncts]


def _parties_among(
    words: list[Token],
    named_with: list[Referent],
    table: EntityTable,
    event_type: str,
    actor_key: str | None,
) -> list[Referent]:
    """The referents of the words gathered as parties, less those that are no party."""
    words = [word for word in words if not _office_country(word, words)]
    if event_type == "agreement":
        # "Signed the Vadum Declaration": a deal named like a party is what is signed.
        words = [word for word in words if not is_deal_text(word)]
    # "Hosted the heads of state of A, B and C": the leaders the story names of those states.
    leaders = {word: _leaders_of_states(word, table) for word in words}
    words = [word for word in words if not leaders[word]]
    found = referents(words, table, excluding=actor_key)
    found += (ref for named in leaders.values() for ref in named if ref not in found)
    found += (ref for ref in named_with if ref not in found)
    # "Met Lorvian firefighters", "held talks with him and the Lorvian cabinet": people a
    # nationality tells without a name are no party, nor is their country (guide: unnamed
    # officials are left out); nor is a topic ("discussed the Lorvian crisis with X").
    # Statements keep the country: "support for the Lorvian economy" is aimed at Lorvia.
    unnamed = _countries_of_unnamed_people(words, table) if event_type == "meeting" else set()
    if event_type == "meeting":
        # "A dinner in honour of the Lorvian premier and his wife": the guest's spouse.
        spouses = [c for word in words for c in word.conjuncts]
        found += (ref for ref in _spouses_beside(spouses, table) if ref not in found)
    return [
        ref
        for ref in found
        if not (_is_settlement(ref) or _demonym_read_as_person(ref) or ref.key in unnamed)
    ]


def _countries_of_unnamed_people(words: list[Token], table: EntityTable) -> set[str]:
    """The keys of the countries that only a nationality word gives among the parties: "Lorvian"
    in "Lorvian firefighters", a common noun with no name of its own. A country also named
    outright among them stays."""
    listed = [conjunct for word in words for conjunct in with_conjuncts(word)]
    named = {found.key for word in listed if (found := table.at(word)) is not None}
    return {key for word in listed if (key := _country_of_nationality_only(word, table))} - named


def _country_of_nationality_only(word: Token, table: EntityTable) -> str | None:
    """The key of the country a common noun stands for only by its nationality adjective."""
    if word.pos_ != "NOUN" or table.at(word) is not None:
        return None
    found = referent(word, table)
    if found is None or found.label not in PLACE_LABELS:
        return None
    adjectives = (table.at(c) for c in children(word, "amod") if c.ent_type_ == "NORP")
    countries = (_country_for_nationality(a, table) for a in adjectives if a is not None)
    told = any(country is not None and country.key == found.key for country in countries)
    return found.key if told else None


def _leaders_of_states(group: Token, table: EntityTable) -> list[Referent]:
    """ "The heads of state of A, B and C", "the presidents of A and B": for each state, the one
    person the story names of it (its leader, when it names several); nobody, when one of the
    states has no such person."""
    if not _is_group_of_people(group):
        return []
    offices = list(prep_objects(group, "of"))
    # "heads of state of A": the states are named after the office.
    governed = offices + [
        of
        for word in offices
        if word.lower_ in ("state", "government")
        for of in prep_objects(word, "of")
    ]
    states = [
        ref
        for word in governed
        for listed in with_conjuncts(word)
        if (ref := table.at(listed)) is not None
        and ref.place is not None
        and ref.place.kind == "country"
    ]
    leaders = [_leader_of(state, table) for state in states]
    if not states or None in leaders:
        return []
    return [leader for leader in leaders if leader is not None]


def _leader_of(state: Referent, table: EntityTable) -> Referent | None:
    """The one person the story names of the state, else the one of them printed as a leader."""
    people = [
        ref
        for ref in table.referents
        if ref.label == "PERSON"
        and (own := state_of_person(ref, table)) is not None
        and own.key == state.key
    ]
    if len(people) > 1:
        people = [ref for ref in people if holds_office(ref, frozenset({"leader"}))]
    return people[0] if len(people) == 1 else None


def _stance_targets(trigger: Token, preps: tuple[str, ...]) -> list[Token]:
    """Whom a stance is taken toward, beyond the trigger's own objects."""
    # "pledging support for X": the stance word is the verb's object, the target its own.
    stances = (d for d in children(trigger, "dobj") if d.lemma_ in cue_words("stance_noun"))
    found = [o for stance in stances for o in prep_objects(stance, *preps)]
    if trigger.lemma_ == "stand":  # "would always stand by X"
        found += prep_objects(trigger, "by", "behind")
    return found


def is_deal_text(word: Token) -> bool:
    """The text of a deal, named or not: "the treaty", "the Vadum Declaration"."""
    return word.lower_ in cue_words("deal_text") or word.lemma_.lower() in cue_words("deal_text")


CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp"})
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


def names_listed(heads: list[Token]) -> list[Token]:
    """The people named in the lists the words head. The list may be misparsed into
    appositions and modifiers, but a clause on a name ("with A, whose predecessor B ...")
    tells of others, and a possessor ("Sudland's A", the country read as a person) is whose
    the name is."""
    told = {w.i for head in heads for c in head.subtree if c.dep_ in CLAUSES for w in c.subtree}
    return [
        word
        for head in heads
        for word in _list_words(head)
        if is_name_head(word) and word.i not in told and word.dep_ != "poss"
    ]


def is_name_head(word: Token) -> bool:
    """The word a person's name hangs on, which stands for the whole name ("European Commission
    President Ursula von der Leyen" may be one name, "Commission" no person)."""
    name = entity_span(word) if word.ent_type_ == "PERSON" else None
    return name is not None and name.root.i == word.i


def _second_objects(verb: Token) -> list[Token]:
    """ "Hosted the meeting at Villa Serena, his residence in Tirana, with A and B": the parse may
    hang the place's apposition on the verb as an object after the first, and the "with" on
    it; a common noun there is no party but the place again."""
    objects = list(children(verb, "dobj"))
    return [word for word in objects[1:] if word.pos_ == "NOUN" and not word.ent_type_]


def _passive_subjects(verb: Token) -> list[Token]:
    """Who undergoes a passive: "X was met by Y", and in "X arrived ... and was met by Y" the
    subject the second verb shares with the first."""
    own = [_relative_antecedent(verb, word) for word in children(verb, "nsubjpass")]
    if own or verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return own
    subjects = children(verb.head, "nsubj", "nsubjpass")
    return [s for s in subjects if s.lower_ not in RELATIVE_PRONOUNS]


def _relative_antecedent(verb: Token, word: Token) -> Token:
    """ "Lorn's last guest was X, who was received by Y": the "who" of a relative clause telling
    a guest's welcome is the guest the clause is told of."""
    welcomed = verb.lemma_ in cue_words("hosting") | cue_words("reception")
    told_of = welcomed and verb.dep_ == "relcl" and word.lower_ in RELATIVE_PRONOUNS
    return verb.head if told_of and verb.head.pos_ in NOUN_POS else word


def _office_country(word: Token, words: list[Token]) -> bool:
    """ "Met Ruritania Prime Minister X" parsed with the country as an object of its own: a
    name printed right before an office that opens another object's name is that office's."""
    doc = word.doc
    after = word.i + 1
    if word.ent_type_ != "GPE" or after >= len(doc):
        return False
    office = doc[after]
    if not (office.is_title and office.lower_ in title_words()):
        return False
    return any(other.i > after and office in other.subtree for other in words)


def _demonym_read_as_person(ref: Referent) -> bool:
    """ "Sri Lankan President X" cut by the model after the demonym: no person is named so."""
    return ref.label == "PERSON" and gazetteer.country_of_demonym(ref.name) is not None


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
    if verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.children):
        return []
    heads = (
        head
        for prep in children(verb, "prep")
        if prep.lower_ in ("on", "in", "at")
        for head in children(prep, "pobj")
    )
    return [name for head in heads for name in _names_after_setting(head)]


def _names_after_setting(head: Token) -> list[Token]:
    setting = next((w for w in head.subtree if w.ent_type_ in SETTING_LABELS), None)
    if setting is None:
        return []
    end = entity_span(setting).end
    return [
        word
        for word in head.subtree
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
    return words + joined_parties(trigger) + _people_gathered(trigger) + _joiners(trigger)


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
    clause = next((w for w in [trigger, *trigger.ancestors] if any(children(w, "nsubj"))), None)
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
    clauses = [trigger, *trigger.conjuncts]
    if trigger.dep_ == "acl":
        gatherings.append(trigger.head)
        # "met for a summit chaired by X and attended by A": the parse may join "attended"
        # to the verb the gathering hangs from.
        framing = trigger.head.head.head if trigger.head.dep_ == "pobj" else None
        clauses += framing.conjuncts if framing is not None else []
    clauses += (c for g in gatherings for c in g.children if c.dep_ in ("acl", "relcl"))
    # "The summit, hosted by X, was attended by A and B": the gathering is the subject of
    # the attending, which the parse makes the main verb.
    clauses += (g.head for g in gatherings if g.dep_ == "nsubjpass" and g.head.i != g.i)
    listed: list[Token] = []
    for clause in clauses:
        if clause.lemma_ in cue_words("attendance"):
            listed += prep_objects(clause, "by")
        attending = clause.dep_ == "relcl" and any(
            word.lemma_ in cue_words("attendance") for word in clause.subtree
        )
        listed += children(clause, "nsubj", "nsubjpass") if attending else []
    # A long list of names, each behind its office ("Premier of the State Council of X A,
    # Prime Minister of Y B"), breaks the parse's chain of conjuncts: every person named in
    # the list attends, and the places in the offices do not.
    return [word for head in listed for word in _list_words(head) if word.ent_type_ == "PERSON"]


LIST_PRONOUNS = frozenset({"them", "those", "these"})


def presence_list(sentence: Span) -> list[Token]:
    """The persons a sentence lists as present at a gathering, when listing them is all it
    does: "Among those present were A and B", "Among them were A and B", "Taking part were A
    and B", "The leaders are attending, among them A and B"."""
    root = sentence.root
    cue = _presence_cue(root)
    if cue is None:
        return []
    told = {w.i for c in root.children if c.dep_ in CLAUSES for w in c.subtree}
    return [
        word for word in sentence if word.i > cue.i and is_name_head(word) and word.i not in told
    ]


def _presence_cue(root: Token) -> Token | None:
    """The word after which a sentence of presence lists the present: "among" hung on the
    main verb ("among those present", "among them"), or "part" of an inverted "Taking part
    were"."""
    if root.lemma_ == "take" and root.i == root.sent.start:
        part = next((c for c in children(root, "dobj") if c.lower_ == "part"), None)
        inverted = any(c.lemma_ == "be" and c.i > root.i for c in root.children)
        return part if part is not None and inverted else None
    if root.lemma_ != "be" and root.lemma_ not in cue_words("attendance"):
        return None
    for prep in children(root, "prep"):
        pronouns = [o for o in children(prep, "pobj") if o.lower_ in LIST_PRONOUNS]
        if prep.lower_ == "among" and pronouns:
            return prep
    return None


def receives_a_group(trigger: Token) -> bool:
    """ "Hosted the leaders of the member states", "welcomed the delegations": the guests are
    told as a group of people, not by name."""
    guests = list(children(trigger, "dobj"))
    groups = cue_words("group_of_people") | {"delegation"}
    return bool(guests) and all(
        word.tag_ == "NNS" and word.lemma_.lower() in groups for word in guests
    )


def members_named(trigger: Token) -> list[Token]:
    """The persons a meeting's group of people is told to include: "met leaders of the region,
    including A and B", "a dinner for leaders of 11 countries, among them A and B", "met X and
    the cabinet, including A and B" (a body's members are people too)."""
    clause = list(trigger.subtree)
    if not any(_is_group_of_people(word) or _is_body(word) for word in clause):
        return []
    named: list[Token] = []
    for prep in clause:
        if prep.dep_ != "prep" or prep.lower_ not in ("including", "among"):
            continue
        objects = list(children(prep, "pobj"))
        # "among them A and B": the names are what "among them" hangs on.
        heads = [prep.head] if prep.lower_ == "among" else objects
        named += (w for head in heads for w in _list_words(head) if w.ent_type_ == "PERSON")
    return named


def is_group_of_people(word: Token) -> bool:
    return _is_group_of_people(word)


def _crowd(word: Token) -> bool:
    """ "Met the Ruritanian diaspora", "met Ruritanian troops at the base": a crowd, or a unit
    of its troops, stands for no state or body that holds talks."""
    if word.ent_type_ == "PERSON":
        return False
    lemma = word.lemma_.lower()
    return lemma in cue_words("crowd") or (word.tag_ == "NNS" and lemma in cue_words("force_noun"))


def _is_group_of_people(word: Token) -> bool:
    """ "leaders", "heads of state": a plural noun of people that names no one."""
    return word.tag_ == "NNS" and word.lemma_.lower() in cue_words("group_of_people")


def _is_body(word: Token) -> bool:
    return word.tag_ == "NN" and word.lemma_.lower() in cue_words("body_noun")


def _list_words(head: Token) -> list[Token]:
    """The words of the list a word heads; when the rest of the sentence holds no verb, the
    parse may have hung the list's last names on the clause, and they are taken too."""
    words = list(head.subtree)
    rest = head.doc[words[-1].i + 1 : head.sent.end]
    if not any(word.pos_ in ("VERB", "AUX") for word in rest):
        words += rest
    return words


def meal_guests(trigger: Token) -> list[Token]:
    """Whom a meal is given for: "hosted a dinner for X", "a lunch in honour of X", "in his
    honour", "X attended a banquet hosted by Y". A meal given for a guest meets the guest."""
    meals = [word for word in children(trigger, "dobj") if _is_meal(word)]
    givers = [trigger]
    diners: list[Token] = []
    if trigger.dep_ == "acl" and _is_meal(trigger.head):
        meals.append(trigger.head)
        diners = _diners(trigger.head)
    if trigger.dep_ == "dobj" and _is_meal(trigger):
        # "Gave a banquet in honour of X": the meal is the trigger; the verb giving it may
        # hold the honour.
        meals, givers = [trigger], [trigger.head]
    if not meals:
        return []
    given = [*givers, *meals]
    return [
        *(guest for word in given for guest in prep_objects(word, "for")),
        *diners,
        *(guest for word in given for guest in _honoured(word)),
    ]


# Prepositions that tell someone going to a gathering ("flew in for the summit", "took part in
# the talks"), not one told about it ("before the summit"). "Spoke at a summit hosted by X and
# Y" stays the hosts' own meeting, as co-hosted summits are read elsewhere.
_GOING_TO = frozenset({"for", "in", "to"})


def gathering_goers(trigger: Token) -> list[Token]:
    """ "X flew to Kel for a summit hosted by Y", "X was in Kel for the forum chaired by Y", "X
    will attend the summit chaired by Y": the subject of the clause the gathering is told in goes
    to it, and meets its host."""
    if trigger.lemma_ not in cue_words("chairing") or not _names_its_host(trigger):
        return []
    gathering = _gathering_above(trigger.head)
    verb = _going_to(gathering) if gathering is not None else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return []
    return _clause_subjects(verb) or _subjects_among(verb)


def _names_its_host(clause: Token) -> bool:
    """A clause on a gathering that says who holds it: "hosted by Y", "which Y hosted"."""
    if clause.dep_ == "acl" or (clause.dep_ == "relcl" and _is_passive(clause)):
        return bool(_passive_agents(clause))
    # "which Lorvia will host" tells where it is held, not whom one meets there.
    held = any(word.lower_ in RELATIVE_PRONOUNS for word in children(clause, "dobj"))
    hosts = [word for word in children(clause, "nsubj") if word.ent_type_ not in PLACE_LABELS]
    return clause.dep_ == "relcl" and held and bool(hosts)


def _going_to(gathering: Token) -> Token | None:
    """The verb that takes someone to the gathering: "flew in for it", "took part in it",
    "attended it"."""
    if gathering.dep_ == "pobj" and gathering.head.lower_ in _GOING_TO:
        return gathering.head.head
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


def tells_a_meal(trigger: Token) -> bool:
    """ "Hosted a dinner for X", "offered a lunch in his honour", "hosted X for dinner", "a
    banquet hosted by Y": the occasion the trigger tells is a meal given, not talks held over
    one ("a working dinner")."""
    told = [trigger, *children(trigger, "dobj"), *prep_objects(trigger, "for")]
    if trigger.dep_ == "acl":
        told.append(trigger.head)
    return any(_is_meal(word) and not _worked_over(word) for word in told)


def _worked_over(meal: Token) -> bool:
    return any(word.lower_ == "working" for word in meal.lefts)


def _is_meal(word: Token) -> bool:
    return word.lemma_.lower() in cue_words("meal")


def _diners(meal: Token) -> list[Token]:
    """ "X attended a dinner hosted by Y", "X was at a lunch hosted by Y": the subject of the
    clause the meal is told in sits at it."""
    verb = meal.head.head if meal.dep_ == "pobj" else meal.head
    if meal.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return []
    return _clause_subjects(verb)


def _honoured(word: Token) -> list[Token]:
    """ "In honour of X", "in X's honour", "in his honour": the one honoured is the guest."""
    honours = [o for o in prep_objects(word, "in") if o.lemma_.lower() in HONOUR_WORDS]
    owners = [owner for honour in honours for owner in children(honour, "poss")]
    # The parse may hang the "of X" of "in honour of X" beside the honour, on the word it is in.
    after = {honour.i + 1 for honour in honours}
    beside = [
        o
        for of in word.children
        if of.i in after and of.dep_ == "prep" and of.lower_ == "of"
        for o in children(of, "pobj")
    ]
    return owners + [o for honour in honours for o in prep_objects(honour, "of")] + beside


def place_hung_on_guest(trigger: Token, table: EntityTable) -> Referent | None:
    """ "Hosted a banquet in honour of X at the Tamar Hall": the parse may hang the place of
    a meal on its guest."""
    guests = meal_guests(trigger)
    # "A dinner in honour of X and his delegation at the State House": the parse may join the
    # delegation to the meal, and hang the place on it.
    meals = [word for word in [trigger, *children(trigger, "dobj")] if _is_meal(word)]
    guests += (word for meal in meals for word in meal.conjuncts if not _is_meal(word))
    if trigger.lemma_ in cue_words("hosting") and receives_a_group(trigger):
        # "Hosted the leaders of A and the B partners at the Palace": on the group received,
        # or on a noun inside it, short of a clause of its own.
        guests += [
            word
            for group in children(trigger, "dobj")
            for word in group.subtree
            if word.pos_ in NOUN_POS and not any(a.pos_ == "VERB" for a in _up_to(word, group))
        ]
    places = (
        referent(place, table, places=True)
        for guest in guests
        for place in prep_objects(guest, "at")
    )
    return next((ref for ref in places if ref is not None and ref.label in PLACE_LABELS), None)


def _up_to(word: Token, top: Token) -> list[Token]:
    """The words from `word` up the parse to `top`, `top` left out."""
    path: list[Token] = []
    while word.i != top.i and word.head.i != word.i:
        path.append(word)
        word = word.head
    return path


def _hosts_visited_with(
    trigger: Token, table: EntityTable, actor_key: str | None
) -> list[Referent]:
    """ "For a hometown visit with Foreign Minister X": one visits with the host; one travels
    with a companion ("travel with X" names no counterpart)."""
    if trigger.lemma_ != "visit" or seen_in_company(trigger):
        return []
    found = referents(list(prep_objects(trigger, "with")), table, excluding=actor_key)
    return [ref for ref in found if ref.label == "PERSON"]


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


def forces_subject(trigger: Token) -> bool:
    """Whether troops, ships or police are what the clause is about: "soldiers will arrive"."""
    return trigger.pos_ not in NOUN_POS and any(_is_force(s) for s in _subjects(trigger))


def sending_country(trigger: Token, table: EntityTable) -> Referent | None:
    """The country whose forces a clause is about, when they are its subject: "U.S.
    marines will arrive in Malta", "a contingent of Texas-based soldiers"."""
    forces = [s for s in _subjects(trigger) if _is_force(s)]
    for force in forces:
        for word in force.subtree:
            found = table.at(word)
            country = _country_of_referent(found) if found is not None else None
            if country is not None:
                return table.place(country)
    return None


def _is_force(word: Token) -> bool:
    """ "Troops", "a battalion of paratroopers", "1,800 Fort Ord, Utah-based soldiers" (the
    soldiers read as the base's apposition)."""
    forces = cue_words("force_noun")
    told = [*prep_objects(word, "of"), *children(word, "appos")]
    return word.lemma_.lower() in forces or any(o.lemma_.lower() in forces for o in told)


def _held_forces(word: Token) -> bool:
    """Forces told as someone's: the object of a verb of having or leading them."""
    held = word.dep_ == "dobj" and word.head.lemma_ in cue_words("holding_forces")
    return held and _is_force(word)


def _country_of_referent(found: Referent) -> gazetteer.Place | None:
    if found.label == "NORP":
        return gazetteer.country_of_demonym(found.name)
    if found.label in PLACE_LABELS:
        where = found.place or gazetteer.place(found.name)
        return gazetteer.country_of(where) if where is not None else None
    return None


def receiving_country(place: Referent, table: EntityTable) -> Referent | None:
    """The country a deployment goes to: the country of its place."""
    where = place.place or gazetteer.place(place.name)
    return table.place(gazetteer.country_of(where)) if where is not None else None


def visiting_parties(sentence: Span, table: EntityTable) -> frozenset[str]:
    """Who a sentence calls visiting: "met with visiting Vietnamese Deputy Prime Minister X"."""
    called = (
        _compound_head(word.head)
        for word in sentence
        if word.lower_ == "visiting" and word.dep_ in ("amod", "compound")
    )
    called = (*called, *(guest for word in sentence for guest in _called_visiting(word)))
    found = (referent(word, table) or _name_after(word, table) for word in called)
    return frozenset(ref.key for ref in found if ref is not None and ref.label == "PERSON")


def accompanied_parties(sentence: Span, table: EntityTable) -> frozenset[str]:
    """Whom a sentence tells someone travelling with: "the foreign minister, who is accompanying
    the King, met X", "X, who accompanies the King, held talks" holds those talks on the
    King's trip. Only the active verb names the one travelled with as its object."""
    escorted = (
        obj for word in sentence if word.lemma_ == "accompany" for obj in children(word, "dobj")
    )
    found = (referent(word, table) for word in escorted)
    return frozenset(ref.key for ref in found if ref is not None and ref.label == "PERSON")


def visitor_called_visiting(trigger: Token, table: EntityTable) -> Role | None:
    """ "received visiting Estonian Deputy Prime Minister X here": X is the one visiting, though the
    parser reads "visiting" as a verb of the receiver's."""
    if trigger.lower_ != "visiting" or trigger.dep_ not in ("xcomp", "amod", "acl"):
        return None
    guests = [*children(trigger, "dobj")] or ([trigger.head] if trigger.dep_ == "amod" else [])
    found = next(filter(None, (referent(_compound_head(g), table) for g in guests)), None)
    return Role(found, from_parse=True) if found is not None and found.label == "PERSON" else None


def _compound_head(word: Token) -> Token:
    """The name a title is compounded with: "visiting President Lajos Halász"."""
    while word.dep_ == "compound" and word.head.i != word.i:
        word = word.head
    return word


def fellow_travellers(trigger: Token, table: EntityTable) -> list[Referent]:
    """People who make the trip as its travellers, not as escorts: "travelled to Graz
    together with X and Y". A plain "with X" or "accompanied by X" is staff or an escort."""
    if trigger.pos_ in NOUN_POS:
        return []
    together = [c.i for c in trigger.children if c.lower_ == "together"]
    # "Travelled by train together with X": the parser may hang the "with" on the vehicle,
    # but "travelled together to talks with X" met X there, and in "the two flew together
    # to Kel, with their wives" the "together" is the two's own, the wives companions.
    told = [(trigger, together), *((obj, []) for obj in prep_objects(trigger, "by", "to"))]
    words = [
        obj
        for host, shared in told
        for prep in children(host, "prep")
        if prep.lower_ == "with" and _together_before(prep, shared)
        for obj in children(prep, "pobj")
    ]
    # "Together with the presidents of Lorvia and Brenn, A and B": each name the office holds.
    found = [ref for word in words for ref in _people_told_by(word, table)]
    return [ref for ref in found if ref.label == "PERSON"]


def _together_before(prep: Token, together: list[int]) -> bool:
    """Whether a "with" reads "together with": "together" just before it, or hung on it."""
    return prep.i - 1 in together or any(c.lower_ == "together" for c in prep.children)


def _people_told_by(word: Token, table: EntityTable) -> list[Referent]:
    """The people a word names: the names a plural office is told with, else its referent."""
    return titled_names(word, table) or names_set_off(word, table) or referents([word], table)


def co_subjects(trigger: Token, table: EntityTable, event_type: str = "") -> list[Referent]:
    """The parties coordinated with a verb's subject: "X and Y will travel to Z" -> Y."""
    if trigger.pos_ in NOUN_POS:
        # "X and Y relaunched ties at a meeting in Z": both are at it.
        held_at = trigger.dep_ == "pobj" and trigger.head.lower_ in ("at", "during")
        held_at = held_at and event_type == "meeting"
        verb = trigger.head.head if held_at else None
        subjects = children(verb, "nsubj") if verb is not None and verb.pos_ == "VERB" else []
        conjuncts = [c for s in subjects for c in s.conjuncts]
    else:
        # "Was signed by X and his Ruritanian counterpart, Y": the agents are the doers.
        agents = _passive_agents(trigger)
        subjects = _passengers_told_after(trigger) or _subjects(trigger)
        subjects = subjects or _subjects_of_time_clause(trigger)
        subjects = _told_among_those(trigger) or subjects
        doers = agents or subjects
        conjuncts = [c for s in doers for c in _joined_with(s, doers)]
        conjuncts += [c for s in subjects for c in _fellow_heads(s)]
        conjuncts += _listed_before_relative(trigger)
        # "His envoys, A and B, arrived": each name set off after the plural subject does it.
        set_off = [ref for s in subjects for ref in names_set_off(s, table)]
        listed = referents(conjuncts, table) + set_off
        listed += _spouses_unnamed(conjuncts, table)
        return [ref for ref in listed if ref.label in ("PERSON", "GPE", "ORG")]
    return [ref for ref in referents(conjuncts, table) if ref.label in ("PERSON", "GPE", "ORG")]


def _spouses_unnamed(words: list[Token], table: EntityTable) -> list[Referent]:
    """ "X and his wife landed in Z", "X and the first lady will fly to Z": a spouse joined to
    a subject without a name is the person the story names as that subject's spouse."""
    found = []
    for word in words:
        if table.at(word) is not None or not _spouse_word(word):
            continue
        partner = next((table.at(c) for c in word.conjuncts if table.at(c) is not None), None)
        spouse = _spouse_named_of(partner, table) if partner is not None else None
        if spouse is not None and spouse not in found:
            found.append(spouse)
    return found


def _spouses_beside(words: list[Token], table: EntityTable) -> list[Referent]:
    """Like `_spouses_unnamed`, for a partner told by role alone ("the Lorvian premier and
    his wife"), whom the role stands for."""
    found = []
    for word in words:
        if table.at(word) is not None or not _spouse_word(word):
            continue
        partners = (referent(c, table) for c in word.conjuncts)
        partner = next((p for p in partners if p is not None and p.label == "PERSON"), None)
        spouse = _spouse_named_of(partner, table) if partner is not None else None
        if spouse is not None and spouse not in found:
            found.append(spouse)
    return found


def _spouse_word(word: Token) -> bool:
    """ "His wife", "her husband", "the first lady": a spouse told by role alone."""
    if word.lemma_.lower() in cue_words("spouse_noun"):
        return any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in word.children)
    leading = " ".join(w.lower_ for w in word.lefts if w.dep_ in ("amod", "compound"))
    return office_styles().get(f"{leading} {word.lower_}".strip()) == "spouse"


def _spouse_named_of(partner: Referent, table: EntityTable) -> Referent | None:
    """The one person of the story who bears the partner's surname and is told as a spouse:
    "his wife, Ana Marek", "First Lady Ana Marek"; else the one told as the partner's own
    spouse, whatever her surname: "Marek is accompanied by his wife, Ana Lund"."""
    namesake = sole_namesake(
        partner,
        table.referents,
        lambda ref: styled_as_spouse(ref) or any(_told_as_spouse(span) for span in ref.mentions),
    )
    return namesake or _spouse_told_beside(partner, table)


def _spouse_told_beside(partner: Referent, table: EntityTable) -> Referent | None:
    """The one person set off after a spouse noun whose owner is the partner: the name the
    noun is joined to ("Marek and his wife, Ana Lund"), else the subject of its clause."""
    found = [
        ref
        for ref in table.referents
        if ref.label == "PERSON"
        and ref.key != partner.key
        and any(_owner_of_spouse_noun(span, table) == partner.key for span in ref.mentions)
    ]
    return found[0] if len(found) == 1 else None


def _owner_of_spouse_noun(name: Span, table: EntityTable) -> str | None:
    before = [w for w in name.doc[max(0, name.start - 2) : name.start] if w.text != ","]
    noun = before[-1] if before else None
    # Only "his wife", "her husband": an office's style ("the Second Gentleman") may be
    # another holder's spouse than the one told with it before.
    if noun is None or noun.lemma_.lower() not in cue_words("spouse_noun"):
        return None
    if not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in noun.children):
        return None
    if noun.dep_ == "conj":
        owner = table.at(noun.head)
        return owner.key if owner is not None else None
    clause = next((w for w in noun.ancestors if any(children(w, "nsubj", "nsubjpass"))), None)
    subjects = [] if clause is None else list(children(clause, "nsubj", "nsubjpass"))
    owners = [found.key for s in subjects if (found := table.at(s)) is not None]
    return owners[0] if len(owners) == 1 else None


def _told_as_spouse(name: Span) -> bool:
    """ "His wife, Ana Marek" or "his wife Ana Marek": a name set off right after a spouse noun."""
    before = [w for w in name.doc[max(0, name.start - 2) : name.start] if w.text != ","]
    return bool(before) and before[-1].lemma_.lower() in cue_words("spouse_noun")


def _told_among_those(verb: Token) -> list[Token]:
    """ "Among those who flew in were A, B and C": a relative clause on "those" after "among"
    tells of the subjects of the clause the "among" hangs on."""
    those = verb.head
    if verb.dep_ != "relcl" or those.lower_ != "those" or those.dep_ != "pobj":
        return []
    if those.head.lower_ != "among":
        return []
    return list(children(those.head.head, "nsubj"))


def _listed_before_relative(verb: Token) -> list[Token]:
    """ "A, B and C, who had all travelled to Z": a relative clause that says all or both of
    its subjects hangs on the last name of a list and tells every name listed. Without the
    word ("A and B, who arrived on Monday") it may tell the last alone, so no one else."""
    if verb.dep_ != "relcl" or not any(c.dep_ in SUBJECTS for c in verb.children):
        return []
    # The parser may hang the list's names on one another as appositions and modifiers.
    top = verb.head
    while top.dep_ in ("appos", "conj") and top.head.i < top.i:
        top = top.head
    told_all = any(c.lower_ in ("all", "both") and c.i > verb.head.i for c in verb.children)
    if not told_all and not _set_off_after_people(top):
        return []
    return [word for word in names_listed([top]) if word.i != verb.head.i]


def _set_off_after_people(name: Token) -> bool:
    """ "His two counterparts, A and B, who travelled to Z": a list set off after a plural noun
    of persons spells that noun out, and a relative clause on it tells of them all."""
    start = name.left_edge.i
    if start < 2 or name.doc[start - 1].text != ",":
        return False
    people = name.doc[start - 2]
    plural_person = people.lemma_.lower() in role_words() | cue_words("person_noun")
    return people.tag_ == "NNS" and plural_person


def _subjects_of_time_clause(verb: Token) -> list[Token]:
    """ "X and his wife Y landed ... before calling on Z": a clause of time behind a
    preposition shares the subject of the verb it hangs on, and so both call on Z."""
    if verb.dep_ != "pcomp" or verb.head.lower_ not in SEQUENCE_PREPS:
        return []
    return _subjects(verb.head.head)


def _joined_with(subject: Token, subjects: list[Token]) -> list[Token]:
    """The words coordinated with a subject, also where the parser loses the coordination:
    "A and Ruritanian President B held talks" may come out as two subjects of one verb, the
    "and" left on the first, or with A folded into B's title as a modifier keeping the "and"."""
    coordinated = any(c.dep_ == "cc" and c.i > word.i for word in subjects for c in word.children)
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
        *subject.conjuncts,
        *stray,
        *named,
        *renamed,
        *_folded_names(subject),
        *_split_name_conjuncts(subject),
    ]


def _next_names_read_as_appositions(subject: Token) -> list[Token]:
    """ "Lorvia's A, Brenn's B, C and D flew in": the parser may read the second name of a list
    as an apposition to the first; a person's name never renames another person. Only a name
    right after the first one's comma, in a list, is the next of it: an alias ("A, alias B")
    or names after a colon are not."""
    name = entity_span(subject)
    comma = name.end if name is not None else subject.i + 1
    if comma >= len(subject.doc) or subject.doc[comma].text != ",":
        return []
    renamed = [w for w in _names_read_as_appositions(subject) if w.left_edge.i == comma + 1]
    return renamed if any(word.conjuncts for word in [subject, *renamed]) else []


def _split_name_conjuncts(word: Token) -> list[Token]:
    """ "Von der Leyen and X travelled": the parser may split a name with particles and hang
    the list's "and" on another word of the name than the one it takes for the subject."""
    name = entity_span(word)
    if name is None:
        return []
    return [c for part in name if part.i != word.i for c in part.conjuncts if c.i >= name.end]


def clause_subjects(trigger: Token) -> list[Token]:
    """The subject words of a trigger's clause (see `_subjects`)."""
    return _subjects(trigger)


def _subjects(trigger: Token) -> list[Token]:
    """The subject words of a trigger's clause, shared through "to"-clauses and conjunctions:
    "Lund and Haugen are expected to sign", "Lund and Haugen held talks"."""
    verb = trigger.head if trigger.pos_ in NOUN_POS and trigger.dep_ == "dobj" else trigger
    if trigger.pos_ in NOUN_POS and (_told_in_sequence(trigger) or _doing_told_in(trigger)):
        verb = trigger.head.head  # "X and Y signed the deal after talks": they held the talks
    verb = joined_for(trigger) or verb
    while not any(children(verb, *SUBJECTS)) and verb.dep_ in ("xcomp", "conj"):
        verb = _governing_verb(verb)
    return list(children(verb, "nsubj", "nsubjpass"))


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
    if _is_passive(verb):
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
        and not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)
        and verb.pos_ == "VERB"
        and verb.lemma_ not in cue_words("reporting")
    )


def _told_in_sequence(noun: Token) -> bool:
    """ "signed ... after talks", "following a meeting": a noun told as what came before or
    after what its clause's subjects did."""
    head = noun.head
    # "during the meeting" is one told before; "during a meeting", one of their own.
    during = head.lower_ == "during" and not any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children
    )
    return (
        noun.dep_ == "pobj"
        and (head.lower_ in (*SEQUENCE_PREPS, "following") or during)
        and head.head.pos_ in ("VERB", "AUX")
    )


def group_word(trigger: Token) -> Token | None:
    """A plural phrase standing for parties named earlier, as the trigger's subject or "between"
    object: "the two leaders held talks", "both sides signed", "a call between the two men"."""
    words = [*_subjects(trigger), *prep_objects(trigger, "between")]
    if trigger.pos_ in NOUN_POS:
        # "The couple's only trip abroad was to Kel": the couple made the trip.
        words += (owner for owner in children(trigger, "poss") if is_the_couple(owner))
    if trigger.dep_ == "dobj":
        words += prep_objects(trigger.head, "between")
    return next((word for word in words if _is_group_anaphor(word)), None) or _number_holding(
        trigger
    )


def _number_holding(noun: Token) -> Token | None:
    """ "The two held talks with X": the parser may read the number and the verb of holding as
    modifiers of the talks; the number is then the subject standing for the group."""
    if noun.pos_ not in NOUN_POS or not any(c.lower_ == "the" for c in noun.children):
        return None
    held = any(c.dep_ == "amod" and c.lemma_ in ("hold", "have") for c in noun.children)
    counts = (c for c in noun.children if c.dep_ == "nummod" and _counts_a_group(c))
    return next(counts, None) if held else None


def _counted_alone(word: Token) -> bool:
    """ "The two met X": a number with no noun of its own stands for those told before."""
    return (
        word.dep_ in SUBJECTS
        and _counts_a_group(word)
        and any(c.lower_ == "the" for c in word.children)
    )


def _counts_a_group(word: Token) -> bool:
    return word.pos_ == "NUM" and word.lower_ in cue_words("group_quantifier")


def subjects_governing(trigger: Token, table: EntityTable) -> list[Referent]:
    """The joint subjects of a clause the trigger hangs from, which a "they" of the trigger's
    own clause means: "A and B agreed to step up patrols as they met in Oslo"."""
    for verb in trigger.ancestors:
        subject = next(children(verb, "nsubj", "nsubjpass"), None)
        if subject is not None and subject.conjuncts:
            found = referents([subject], table)
            return found if len(found) > 1 else []
    return []


def pair_governing(trigger: Token, table: EntityTable) -> list[Referent]:
    """The subject and the object of the clause a clause of time hangs from, which its "the
    two" or "they" means: "A told B of the offer when the two met in Oslo"."""
    verb = trigger.head
    if trigger.dep_ != "advcl" or verb.pos_ not in ("VERB", "AUX"):
        return []
    words = [*children(verb, "nsubj"), *children(verb, "dobj")]
    found = [referent(word, table) for word in words]
    people = [ref for ref in found if ref is not None and ref.label == "PERSON"]
    return people if len(words) == 2 and len({ref.key for ref in people}) == 2 else []


def objects_governing(trigger: Token, table: EntityTable) -> list[Referent]:
    """The joint objects of the clause a clause of time hangs from, which its "they" means
    when that clause's subject is one party: "X welcomed A and B as they arrived in Oslo"."""
    verb = trigger.head
    if trigger.dep_ != "advcl" or verb.pos_ not in ("VERB", "AUX"):
        return []
    subject = next(children(verb, "nsubj", "nsubjpass"), None)
    joint_object = next((o for o in children(verb, "dobj") if o.conjuncts), None)
    if joint_object is None or (subject is not None and subject.conjuncts):
        return []
    found = referents([joint_object], table)
    return found if len(found) > 1 else []


def leaders_as_a_group(trigger: Token) -> Token | None:
    """ "The heads of state held talks", "the leaders met": the leaders the story has named,
    told with "the" and no count; "the leaders of the region" is a group of its own."""
    for word in _subjects(trigger):
        determined = any(c.dep_ == "det" and c.lower_ == "the" for c in word.children)
        counted = any(c.dep_ == "nummod" or c.lower_ in ("both", "all") for c in word.children)
        if word.tag_ == "NNS" and determined and not counted and _names_leaders(word):
            return word
    return None


def _names_leaders(word: Token) -> bool:
    governed = {of.lower_ for of in prep_objects(word, "of")}
    if word.lemma_.lower() == "head":
        return not governed.isdisjoint(("state", "government"))
    return word.lemma_.lower() in leader_words() and not governed and not word.conjuncts


def met_one_by_one(trigger: Token) -> Token | None:
    """The group a meeting takes one member at a time: "met each leader", "received each of
    his guests", "received each of them" (those just told); none when it names no group of
    people."""
    for word in [*children(trigger, "dobj"), *prep_objects(trigger, "with")]:
        if word.lower_ == "each":
            word = next(prep_objects(word, "of"), word)
        elif not any(c.dep_ == "det" and c.lower_ == "each" for c in word.children):
            continue
        people = cue_words("group_of_people") | cue_words("guest") | role_words()
        if word.lemma_.lower() in people or word.lower_ in LIST_PRONOUNS:
            return word
    return None


def _is_group_anaphor(word: Token) -> bool:
    if word.lower_ in ("they", "both") or _counted_alone(word):
        return True
    if is_the_couple(word) or is_the_party_of_office(word):
        return True
    quantified = any(c.lower_ in cue_words("group_quantifier") for c in word.children)
    # "The two emirs", "both chancellors": any office told in the plural is a group.
    noun = word.lemma_ in cue_words("group_noun") | role_words()
    return word.tag_ == "NNS" and quantified and noun


def is_the_couple(word: Token) -> bool:
    """ "The couple", "the royal couple": a pair told before."""
    return word.lemma_.lower() == "couple" and any(c.lower_ == "the" for c in word.children)


def is_the_party_of_office(word: Token) -> bool:
    """ "The presidential party", "the royal party", or a bare "the party" once a trip is told:
    whoever travels with the one told before."""
    told = word.lemma_.lower() == "party" and any(c.lower_ == "the" for c in word.children)
    styles = [c.lower_ for c in word.children if c.dep_ in ("amod", "compound")]
    # A bare "the party" names no other body ("the ruling party"); a named party has modifiers.
    bare = all(c.dep_ == "det" for c in word.children)
    return told and (bare or any(style in cue_words("party_of_office") for style in styles))


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
    named += (c for c in invitation.children if c.dep_ == "acl" and c.ent_type_ == "PERSON")
    # Where the invitee is asked to go ("an invitation to Oslo") is no invitee.
    guests = [word for word in named if word.ent_type_ not in INVITED_TO_LABELS]
    if guests or invitation.dep_ != "pobj" or invitation.head.lower_ != "at":
        return guests
    return _traveller_above(invitation)


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


def _is_settlement(ref: Referent) -> bool:
    """Cities and sites are where things happen, not parties to them."""
    if ref.label in ("LOC", "FAC"):
        return True
    return ref.place is not None and ref.place.kind in ("city", "site")


def location(
    trigger: Token, table: EntityTable, event_type: str, dateline_end: int
) -> Referent | None:
    """Where it happens: a "to/in/at" place, a visited place, or the place "where" refers to."""
    return next(iter(destinations(trigger, table, event_type, dateline_end)), None)


def signing_witnesses(trigger: Token) -> list[Token]:
    """Who watched a signing: "the two leaders witnessed the signing of ...", "the presidents
    watched ministers sign agreements". Officials sign in their presence, for their states."""
    verb = trigger.head
    if trigger.dep_ not in ("dobj", "ccomp", "xcomp") or verb.lemma_ not in cue_words("witness"):
        return []
    return [word for subject in children(verb, "nsubj") for word in with_conjuncts(subject)]


def deal_parties(trigger: Token, table: EntityTable) -> list[Referent]:
    """The parties a signed text names itself: "the signing of a memorandum between Indonesia
    and Malaysia", "signed an agreement between the two governments" (left to the caller), or
    the signing names: "a memorandum was signed between A and B"."""
    texts = [*children(trigger, "dobj", "nsubjpass"), *prep_objects(trigger, "of")]
    # "A memorandum was signed between A and B": the parties hang on the signing itself.
    between = [word for text in [trigger, *texts] for word in prep_objects(text, "between")]
    return referents(between, table, names_only=True)


def state_of(word: Token, table: EntityTable) -> Referent | None:
    """The state a party word stands for: a state itself, "the Kenyan president", "Kenya's
    foreign minister", or a person whose title says whose ("Indonesian President X")."""
    found = table.at(word)
    if found is None:
        # "the Kenyan president": the role phrase stands for the person it was resolved to.
        people = {
            ref.key: ref
            for c in word.children
            if (ref := table.at(c)) is not None and ref.label == "PERSON"
        }
        found = next(iter(people.values())) if len(people) == 1 else None
    if found is not None and found.label == "PERSON":
        return state_of_person(found, table)
    if found is not None and found.place is not None and found.place.kind == "country":
        return found
    for part in children(word, "amod", "compound", "poss"):
        owner = table.at(part)
        if owner is None:
            continue
        country = _country_for_nationality(owner, table) if owner.label == "NORP" else owner
        if country is not None and country.place is not None and country.place.kind == "country":
            return country
    return None


def state_of_person(
    person: Referent, table: EntityTable, *, named_country: bool = False
) -> Referent | None:
    codes = nationality(person, named_country=named_country)
    return table.place(gazetteer.load().countries[codes[0]]) if len(codes) == 1 else None


def home_state(person: Referent, table: EntityTable) -> Referent | None:
    """The state a person is at home in: the one a title before their name gives ("Lorvian
    President A", "Lorvia's A"), else the one the story tells them holding office in, leading
    or inviting guests to ("A, the President of Lorvia", "A, who leads Lorvia", "A invited B
    to visit Lorvia"), or going back to ("A returned to Brenn"). Two such states, or none,
    leave it unknown."""
    codes = nationality(person, named_country=True) or sorted(
        {code for span in person.mentions for code in _states_told_held(span.root, table)}
    )
    return table.place(gazetteer.load().countries[codes[0]]) if len(codes) == 1 else None


def _states_told_held(name: Token, table: EntityTable) -> Iterator[str]:
    """Countries the sentence of one mention tells its person holding: an office "of" one set
    beside the name, one they govern, one they invite a guest to, one they go back to."""
    offices = [*children(name, "appos"), *([name.head] if name.dep_ == "appos" else [])]
    for office in offices:
        # "The Presidents of Lorvia, A, and of Brenn, B" pair offices and names by order.
        if office.lemma_.lower() in role_words() and office.tag_ not in ("NNS", "NNPS"):
            yield from _country_codes(prep_objects(office, "of"), table, cities=False)
    for verb in _verbs_of_subject(name):
        if verb.lemma_ in cue_words("governing"):
            yield from _country_codes(children(verb, "dobj"), table, cities=False)
        if verb.lemma_ == "invite":
            # "Invited B to visit Lorvia", "invited B to Brenn": a guest comes to the host's.
            trips = [*children(verb, "xcomp"), verb]
            places = [
                *(place for trip in trips for place in children(trip, "dobj")),
                *(place for trip in trips for place in prep_objects(trip, "to")),
            ]
            yield from _country_codes(places, table, cities=True)
        yield from _country_gone_back_to(verb, table)


def _country_gone_back_to(verb: Token, table: EntityTable) -> Iterator[str]:
    """ "Returned to Brenn", "flew back to Lorvia", "flew home to Vadum": a country one goes
    back to is one's own, and so is that of a capital one goes back to or of any place one
    goes home to. A return with a purpose ("returned to Brenn for the summit") may be a
    second trip there."""
    bound = [c for c in verb.children if c.dep_ in ("advmod", "npadvmod", "prt")]
    words = {word.lower_ for word in bound}
    if verb.lemma_ != "return" and not words & {"back", "home"}:
        return
    if any(prep_objects(verb, "for")) or any(children(verb, "advcl", "xcomp")):
        return
    # "Flew back to Lorvia": the parser may hang the "to" on "back".
    for word in (place for told in [verb, *bound] for place in prep_objects(told, "to")):
        found = table.at(word)
        place = found.place if found is not None else None
        if place is None:
            continue
        home = "home" in words or place.kind == "country"
        if home or place == gazetteer.capital_of(place.country_code):
            yield place.country_code


def _verbs_of_subject(name: Token) -> list[Token]:
    """The verbs a name is the subject of: its own clause's, or a relative clause's told of
    it ("A, who leads Lorvia, ...")."""
    own = [name.head] if name.dep_ == "nsubj" and name.head.pos_ == "VERB" else []
    relative = [
        verb
        for verb in children(name, "relcl")
        if any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in verb.children)
    ]
    return own + relative


def _country_codes(words: Iterable[Token], table: EntityTable, *, cities: bool) -> Iterator[str]:
    """The countries the words name; with `cities`, those of the cities they name too."""
    for word in words:
        found = table.at(word)
        if found is None or found.place is None:
            continue
        if found.place.kind == "country" or (cities and found.place.kind == "city"):
            yield found.place.country_code


def nationality(person: Referent, *, named_country: bool = False) -> list[str]:
    """Countries a person's title gives just before the name: "Indonesian President X",
    "Kenya's Foreign Minister X", "the presidents of Lorvia and Norland, A and B" (each its
    own), and with `named_country` "U.S. President X"."""
    codes: list[str] = []
    for span in person.mentions:
        doc = span.doc
        respective = _respective_country(doc, span)
        if respective is not None and respective.country_code not in codes:
            codes.append(respective.country_code)
        # A role phrase names the country inside it: "the Kenyan president".
        i = span.end - 1 if span[0].ent_type_ != "PERSON" else span.start - 1
        # "Norway's minister of state for trade, X": the country is told before the office.
        office = office_set_off(doc, span.start) if span[0].ent_type_ == "PERSON" else None
        i = office.i if office is not None else i
        start = office.i + 1 if office is not None else span.start
        while i >= 0 and start - i <= TITLE_WORDS and _title_word(doc[i]):
            word = doc[i]
            if word.ent_type_ in ("NORP", "GPE") and word.ent_iob_ == "B":
                end = i + 1
                while end < len(doc) - 1 and doc[end].ent_iob_ == "I":
                    end += 1
                name = doc[i:end].text
                owner = doc[end].lower_ == "'s"
                # "U.S. President X": a country's bare name set before the office is its
                # holder's state too, when the caller reads it so.
                bare = named_country and doc[end].pos_ in TITLE_POS
                # "Presidents of Lorvia and Norland A and B": each name takes its own country.
                if len(_countries_listed(doc, i, end)) > 1:
                    break
                where = (
                    gazetteer.country_of_demonym(name)
                    if word.ent_type_ == "NORP"
                    else gazetteer.place(name)
                    if owner or bare
                    else None
                )
                if (
                    where is not None
                    and where.kind == "country"
                    and where.country_code not in codes
                ):
                    codes.append(where.country_code)
                break
            i -= 1
    return codes


def _countries_listed(doc: Doc, start: int, end: int) -> list[Span]:
    """The run of places named together that ends with the one at `start`..`end`:
    "Lorvia and Norland", "Lorvia, Norland and Tarsa"."""
    places = [ent for ent in doc.ents if ent.label_ in ("NORP", "GPE") and ent.end <= end]
    run = [place for place in places if place.start == start]
    if not run:
        return []
    for place in reversed(places):
        if place.end <= run[0].start and _only_joins(doc[place.end : run[0].start]):
            run.insert(0, place)
    # "In Lima, Norwegian President X": a list of countries is of one kind, closed by "and".
    joined = len(run) > 1 and any(w.lower_ == "and" for w in doc[run[-2].end : run[-1].start])
    alike = len({place.label_ for place in run}) == 1
    return run if joined and alike and run[-1].end == end else run[-1:]


def _respective_country(doc: Doc, name: Span) -> gazetteer.Place | None:
    """The country a name takes from a list of as many set before the list of names: "the
    presidents of Lorvia and Norland, A and B" gives B Norland; lists of unlike length none."""
    before = doc[max(0, name.start - LISTED_WORDS) : name.start]
    # `Doc.ents` rebuilds every span: read it only where two lists may stand.
    if not any(w.lower_ == "and" for w in before) or not any(
        w.ent_type_ in ("GPE", "NORP") for w in before
    ):
        return None
    people = [ent for ent in doc.ents if ent.label_ == "PERSON"]
    if not any(person.start == name.start for person in people):
        return None
    run = _run_around(people, name.start, doc)
    i = run[0].start - 1
    while i >= 0 and run[0].start - i <= TITLE_WORDS and doc[i].ent_type_ not in ("GPE", "NORP"):
        # A proper noun outside any name may be a name the model missed, shifting the lists.
        if doc[i].pos_ == "PROPN" or not (_title_word(doc[i]) or doc[i].text == ","):
            return None
        i -= 1
    if i < 0 or doc[i].ent_type_ not in ("GPE", "NORP"):
        return None
    countries = _countries_listed(doc, _ent_start(doc, i), i + 1)
    if len(countries) < 2 or len(countries) != len(run):
        return None
    country = countries[[person.start for person in run].index(name.start)]
    if country.label_ == "NORP":
        return gazetteer.country_of_demonym(country.text)
    where = gazetteer.place(country.text)
    return where if where is not None and where.kind == "country" else None


def _run_around(people: list[Span], start: int, doc: Doc) -> list[Span]:
    """The names listed together with the one at `start`: "A, B and C"."""
    at = next(k for k, person in enumerate(people) if person.start == start)
    first = last = at
    while first > 0 and _only_joins(doc[people[first - 1].end : people[first].start]):
        first -= 1
    while last < len(people) - 1 and _only_joins(doc[people[last].end : people[last + 1].start]):
        last += 1
    return people[first : last + 1]


def _ent_start(doc: Doc, i: int) -> int:
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    return i


def _only_joins(words: Span) -> bool:
    return len(words) > 0 and all(word.lower_ in (",", "and") for word in words)


def _title_word(word: Token) -> bool:
    """A word of a title before a name; an "of" inside an office ("Secretary of State") too."""
    if word.pos_ in TITLE_POS | {"DET"}:
        return True
    doc = word.doc
    inside = 0 < word.i < len(doc) - 1 and doc[word.i - 1].is_title and doc[word.i + 1].is_title
    return word.lower_ == "of" and inside


def is_arrival_site(place: Referent) -> bool:
    """An airport or a station: where a trip lands, not where it is to. The name may stop
    short of the word that says so: "landed at Tamarind Bay airport"."""
    # An unknown name before "airport" may be read as a town ("landed at Vik airport").
    unknown_town = place.label == "GPE" and place.place is None
    if place.label not in ("FAC", "ORG") and not unknown_town:
        return False
    sites = cue_words("arrival_site")
    after = (m.doc[m.end] for m in place.mentions if m.end < len(m.doc))
    return place.key.split()[-1] in sites or any(word.lower_ in sites for word in after)


def arrival_city(site: Referent, table: EntityTable) -> Referent | None:
    """The city an airport serves: the one the gazetteer gives, or the city or district its
    name begins with ("Northfield Airport", "Northfield-Jones International Airport")."""
    if site.place is not None and site.place.kind == "site" and site.place.city:
        known = gazetteer.place(site.place.city, [site.place.country_code])
        if known is not None and known.kind == "city":
            return table.place(known)
    towns = [_town_named(words) for words in _town_words(site.name)]
    # "Northfield-Vik Airport" serves the city of Northfield before a region of that name.
    ranked = sorted((town for town in towns if town is not None), key=lambda t: t.kind != "city")
    if ranked:
        return table.place(ranked[0])
    leading = _big_city_opening(site.name)
    return table.place(leading) if leading is not None else None


def _big_city_opening(name: str) -> gazetteer.Place | None:
    """ "Northfield Ivo Marek International Airport": an airport named for a person may carry
    its city's name first. Only a capital or a big city by its own name is read so; another
    town's name, or another spelling, is as likely the first name of the person it honours."""
    words = name.split()
    for end in range(len(words) - 2, 0, -1):
        opening = " ".join(words[:end])
        known = gazetteer.place(opening)
        if (
            known is not None
            and gazetteer.prominent_city(known)
            and fold(known.name) == fold(opening)
        ):
            return known
    return None


def _town_named(words: str) -> gazetteer.Place | None:
    """A city or district by its own name, or a big city by another ("Kiev"), not a
    small town whose other names include a word ("Air" of "Air Base"); an airport named for
    its country ("Ruritania International Airport") serves the capital."""
    known = gazetteer.place(words)
    if known is not None and known.kind == "country":
        return gazetteer.capital_of(known.country_code)
    if known is None or known.kind not in ("city", "region"):
        return None
    return known if fold(known.name) == fold(words) or gazetteer.prominent_city(known) else None


# Words between an airport's town and "Airport": "Northfield International Airport".
_SITE_WORDS = frozenset({"international", "regional", "domestic", "municipal", "military"})


def _town_words(name: str) -> Iterator[str]:
    """The leading words of an airport's name that may name its town, longest first: those
    before a dash or before a word that says what the site is ("Northfield-Jones Airport",
    "Northfield International Airport"). A name's first words alone ("Ivo" of "Ivo Marek
    International Airport") are a person's, not a town's."""
    words = re.split(r"(\s+|[\u2013-])", name)
    for end in range(len(words) - 2, 0, -2):
        dash = words[end].strip() != ""
        following = words[end + 1].lower()
        if dash or following in _SITE_WORDS or following in cue_words("arrival_site"):
            yield "".join(words[:end])


def clause_place(chain: list[Token], table: EntityTable, dateline_end: int) -> Referent | None:
    """A place the clause of a meeting or a signing gives, wherever the parser hung it:
    "talks between X and Y took place at Z", "met visiting X in Z". Other clauses (reported,
    relative, adverbial, infinitive: "to discuss the war in Z"), topics ("talks on security
    in Z") and the parties' own words ("Iraq's top cleric") are not the event's."""
    clause = next((t for t in chain if t.pos_ in ("VERB", "AUX")), chain[-1])
    for word in clause.subtree:
        if word.dep_ != "pobj" or word.head.lower_ not in ("in", "at") or word.idx < dateline_end:
            continue
        if not _told_in_clause(word.head, clause):
            continue
        found = _place_at(word, table)
        if found is not None:
            return found
    # "will travel to Rosario to celebrate the signing": the purpose of a trip is met there.
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    trip = clause.head
    if infinitive and clause.dep_ in ("advcl", "xcomp") and trip.lemma_ in cue_words("motion"):
        for word in prep_objects(trip, "to"):
            found = _place_at(word, table)
            if found is not None and word.idx >= dateline_end:
                return found
    return None


def framing_place(chain: list[Token], table: EntityTable, dateline_end: int) -> Referent | None:
    """A place the event's clause is set in rather than one it names itself: "was driven to
    the Alder Palace, where he held talks with X" (a "where" clause anywhere up the chain, not
    only on the trigger), and "In Ulm, Lund is scheduled to hold talks with X" (a place put
    before the subject, at the head of the sentence, which frames all of its main clause)."""
    for word in chain[1:]:
        if word.dep_ == "relcl" and any(c.lower_ == "where" for c in word.children):
            found = _place_at(word.head, table, site=True)
            if found is not None and word.head.idx >= dateline_end:
                return found
    for word in chain:
        for obj in _fronted_places(word):
            found = _place_at(obj, table)
            if found is not None and obj.idx >= dateline_end:
                return found
        if word.dep_ in ("relcl", "acl"):
            break  # a relative clause is framed by its own sentence part, not the main one
    return None


def _fronted_places(verb: Token) -> Iterator[Token]:
    """ "In Ulm, ...": the object of an "in"/"at" that opens the sentence and is closed off
    by a comma, hung on `verb`."""
    sentence = verb.sent
    opening = next((t for t in sentence if not (t.is_punct or t.is_space)), None)
    if opening is None or opening.head.i != verb.i or opening.i > verb.i:
        return
    if opening.dep_ != "prep" or opening.lower_ not in ("in", "at"):
        return
    for obj in children(opening, "pobj"):
        after = obj.right_edge.i + 1
        if after < len(verb.doc) and verb.doc[after].text == ",":
            yield obj


def _told_in_clause(prep: Token, clause: Token) -> bool:
    token = prep.head
    while token.i != clause.i:
        if token.dep_ in OTHER_CLAUSES or token.head.i == token.i:
            return False
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        if token.dep_ == "xcomp" and infinitive:
            return False
        if token.dep_ == "pobj" and token.head.lower_ in TOPIC_PREPS | OTHER_TIME_PREPS:
            return False
        token = token.head
    return True


def destinations(
    trigger: Token, table: EntityTable, event_type: str, dateline_end: int
) -> list[Referent]:
    """The place of the event, and for a visit every place coordinated with it: "will travel
    to Kenya and Tanzania" is two visits. A country after its own city ("Perth, Australia")
    names where the city is, not another leg."""
    # "sent a destroyer to the Middle East": a force goes to a region as it is.
    regions = event_type == "deployment"
    for token in _place_words(trigger, event_type):
        if token.idx < dateline_end:
            continue
        if not regions and _names_macro_region(token, table):
            return []  # "a trip to Africa": its stops are the visits, told elsewhere
        found = _place_at(
            token,
            table,
            site=token is not trigger,
            own=token is trigger,
            regions=regions,
            venues=event_type != "visit",
        )
        if found is None:
            continue
        places = [found]
        # The word that names the place: "tour of Australia, ..." finds it below the trigger.
        named = next((w for w in token.subtree if table.at(w) is found), token)
        legs = _place_conjuncts(named) if event_type == "visit" and named.pos_ in NOUN_POS else []
        told_as_object = _compound_head(named).dep_ in ("pobj", "dobj")
        # "is due in Quito on Saturday and in Bogota on Sunday": the next stop hangs on the copula.
        carried = carrying_verb(trigger) or (trigger.head if trigger.dep_ == "acomp" else trigger)
        legs += _next_legs(carried) if event_type == "visit" and told_as_object else []
        legs += _stops_listed_on(carried, named) if event_type == "visit" else []
        legs = sorted(dict.fromkeys(legs), key=lambda word: word.i)
        if event_type == "visit":
            last_told = max([named, *legs], key=lambda word: word.i)
            legs += _listed_after(last_told) or _stop_told_onward(last_told)
        last = named
        for leg in legs:
            place = _town_by_its_noun(leg, table)
            if place is None or place in places or _contains(place, places[-1]):
                continue
            if not _country_set_off(last, leg, place, places[-1]):
                places.append(place)
            last = leg
        return places
    return []


def _listed_after(last: Token) -> list[Token]:
    """ "To A, B, and C January 24", "stops in A and B as well as
    Oman": places the text lists on after the last one the parse joined, which a date or "as
    well as" led it astray from. A place that is a clause's subject is news of its own."""
    doc, listed = last.doc, []
    name = entity_span(last)
    start = name.end if name is not None else last.i + 1
    while start < len(doc):
        end = start
        while end < len(doc) and doc[end].lower_ in LIST_GLUE:
            end += 1
        glue = {word.lower_ for word in doc[start:end]}
        word = doc[end] if end < len(doc) else None
        if glue.isdisjoint({",", "and", "well"}) or word is None or word.ent_iob_ != "B":
            break
        name = entity_span(word)
        if name is None or name.label_ != "GPE" or name.root.dep_ in SUBJECTS:
            break
        listed.append(word)
        start = name.end
    return listed


# The words between one stop and the next told after it: "and went on to", "and, on Sunday,
# the town of", "and then to".
ONWARD_GLUE = frozenset({",", "and", "then", "on", "to", "the", "of"})


def _stop_told_onward(last: Token) -> list[Token]:
    """ "Flew to A and went on to the old city of B", "came to A and to B", "visited A on
    Friday and, on Sunday, the town of B": a place after an "and" that the traveller is
    taken "to", or that a "town of" names, is one more stop, however the parse hung it."""
    name = entity_span(last)
    doc, start = last.doc, name.end if name is not None else last.i + 1
    end, joined = start, False
    while end < last.sent.end and _onward_glue(doc[end]):
        joined = joined or doc[end].lower_ == "and"
        end += 1
    if not joined or end >= last.sent.end:
        return []
    word = doc[end]
    stop = entity_span(word) if word.ent_iob_ == "B" else None
    taken_to = doc[end - 1].lower_ == "to" and stop is not None and stop.label_ == "GPE"
    if (taken_to and stop.root.dep_ not in SUBJECTS) or _town_called(word):
        return [word]
    return []


def _town_called(word: Token) -> bool:
    """ "The town of Kell": a proper name a settlement noun names is a town, whatever the
    model read it as."""
    before = word.doc[word.i - 2 : word.i]
    return (
        word.pos_ == "PROPN"
        and word.is_title
        and len(before) == 2
        and before[1].lower_ == "of"
        and before[0].lemma_.lower() in SETTLEMENT_NOUNS
    )


def _town_by_its_noun(word: Token, table: EntityTable) -> Referent | None:
    """The place "the town of Kell" names: the table's, or a town of its own when the model
    left the name unread or misread it."""
    # "And then to St Anne's Abbey": a stop named as a building is that building, whatever
    # the model made of the saint, as a venue "at St Anne's Abbey" is.
    found = _venue_named_before(word, table, heads=("to",)) or _place_at(word, table)
    if found is not None or not _town_called(word):
        return found
    name = word.doc[word.i : (entity_span(word) or word.doc[word.i : word.i + 1]).end]
    return Referent(key=fold(name.text), label="GPE", name=name.text, mentions=[name])


def _onward_glue(word: Token) -> bool:
    """A word of the stretch between two stops: the glue, a date, a word of going on."""
    going = word.pos_ == "VERB" and word.lemma_ in cue_words("setting_off")
    # "the old mountain town of": what the place is called before its name.
    described = word.dep_ in ("amod", "compound") or word.lemma_.lower() in SETTLEMENT_NOUNS
    return word.lower_ in ONWARD_GLUE or word.ent_type_ == "DATE" or going or described


ONWARD = frozenset({"on", "onward", "onwards"})
# Words that tell a stop as one more beside the trip's own place: "also took her to Lund".
FURTHER_STOP_WORDS = frozenset({"also", "then", "later", "further"})
# Nouns for one place a trip stops at: "Lorn, the last stop of her tour".
STOP_NOUNS = frozenset({"stop", "stopover", "leg", "stage"})


def told_onward(place: Token) -> bool:
    """ "... and then on to Bergen": a stage of its own, after the stops told before it."""
    onward = place.head.head if place.head.lower_ == "to" else place
    return onward.dep_ == "conj" and onward.lower_ in ONWARD


def _next_legs(trigger: Token) -> list[Token]:
    """ "Will travel to Quito on May 12 and then to Arequipa on May 14": the parser joins
    the next leg's preposition to the verb's or the date's, somewhere below the trigger."""
    # "will visit Oslo from May 4 to 6 and then Bergen on May 7": the next stop
    # is parsed as the verb's own conjunct, its verb left out.
    elided = [word for word in children(trigger, "conj") if word.pos_ == "PROPN"]
    # "will fly to Oslo and then on to Sweden": the next leg hangs on a conjoined "on".
    onward = [
        place
        for word in trigger.subtree
        if word.dep_ == "conj" and word.lower_ in ONWARD
        for place in prep_objects(word, "to")
    ]
    return (
        [
            place
            for word in trigger.subtree
            if word.dep_ == "conj"
            and word.pos_ == "ADP"
            and word.lower_ in ("to", "in")
            and (
                _in_own_clause(word, trigger)
                or _joined_to_where_clause(word, trigger)
                or _joined_to_purpose_clause(word, trigger)
            )
            for place in children(word, "pobj")
        ]
        + onward
        + elided
        + _stops_after_dates(trigger)
    )


def _stops_listed_on(verb: Token, first: Token) -> list[Token]:
    """ "Took him to Lisbon on May 31, to Aachen on June 2, where he met X, and to Berlin": when
    the first stop hangs on the verb itself, so does each further "to" on it, and a "to" the
    parser hung past the verb's last word. A trip that names its own place ("a visit to Norway
    that will also bring him to Bergen") tells a later stop in another tense."""
    prep = _compound_head(first).head
    # "A tour that began in Kell and took him to Brno": the first stop is where it began.
    verbs = {verb.i, verb.head.i} if verb.dep_ == "conj" else {verb.i}
    if verb.pos_ != "VERB" or prep.dep_ != "prep" or prep.head.i not in verbs:
        return []
    return [*prep_objects(verb, "to"), *_stops_hung_past(verb)]


def _stops_hung_past(verb: Token) -> list[Token]:
    """ "Took him to Maputo, where he met X, and to Pretoria on Friday": past a clause told of
    one stop, the parser may hang the next "to" on the sentence's main verb; it still goes on
    the list the verb began, right after its last word."""
    doc, stops = verb.doc, []
    end = verb.right_edge.i + 1
    while end - 1 > verb.i and doc[end - 1].lower_ in (",", "and"):
        end -= 1  # the verb may own the "and" that joins its own last stop
    while end < len(doc):
        glue = end
        while glue < len(doc) and doc[glue].lower_ in (",", "and"):
            glue += 1
        word = doc[glue] if glue < len(doc) else None
        if glue == end or word is None or word.lower_ != "to" or word.pos_ != "ADP":
            break
        place = next((w for w in children(word, "pobj") if w.ent_type_ in PLACE_LABELS), None)
        if place is None:
            break
        stops.append(place)
        end = word.right_edge.i + 1
    return stops


def _stops_after_dates(trigger: Token) -> list[Token]:
    """ "To X on Thursday and Y on Saturday": the parser joins the next stop to the date."""
    return [
        word
        for word in trigger.subtree
        if word.dep_ == "conj"
        and word.pos_ == "PROPN"
        and word.ent_type_ in PLACE_LABELS
        and word.head.ent_type_ in ("DATE", "TIME")
        and _in_own_clause(word, trigger)
    ]


def told_in_clause(word: Token, verb: Token) -> bool:
    """Whether a word below a verb belongs to the verb's own clause, not to one it governs."""
    while word.i != verb.i and word.head.i != word.i:
        if word.dep_ in OTHER_CLAUSES and word.pos_ in ("VERB", "AUX"):
            return False
        word = word.head
    return word.i == verb.i


def _joined_to_where_clause(word: Token, trigger: Token) -> bool:
    """ "Took him to Quito, where he met X, and to Bogota": the parser joins the next stop to the
    "where" clause told of the stop before, though it goes on the list of the trip's own."""
    clause = word.head
    told_where = any(child.lower_ == "where" for child in clause.children)
    return clause.dep_ == "relcl" and told_where and _in_own_clause(clause.head, trigger)


def _joined_to_purpose_clause(word: Token, trigger: Token) -> bool:
    """ "Goes on to Quito to see the old town, and to Cusco next week": the parser joins the
    next stop to the purpose told of the stop before ("to see"), though the trip goes on to it."""
    purpose = word.head
    infinitive = any(child.dep_ == "aux" and child.lower_ == "to" for child in purpose.children)
    return (
        purpose.dep_ == "advcl"
        and purpose.pos_ == "VERB"
        and infinitive
        and _in_own_clause(purpose.head, trigger)
    )


def _in_own_clause(word: Token, trigger: Token) -> bool:
    """Whether a word below the trigger is told in the trigger's clause, or in the clause that
    carries its trip on: "landed at the start of a tour that will bring her to X" does not
    land in X."""
    carrier = carrying_clause(trigger)
    while word.i != trigger.i and word.head.i != word.i:
        clause = word.dep_ in OTHER_CLAUSES and word.pos_ in ("VERB", "AUX")
        if clause and (carrier is None or word.i != carrier.i):
            return False
        word = word.head
    return True


def _place_conjuncts(token: Token) -> list[Token]:
    """Places listed with a place name, wherever the parser hung the "and": in "the Republic
    of Korea and Japan" it joins "Korea", not "Republic"; in "Australia, New Zealand and
    Malaysia" the second is an apposition (a country after its own city, "Perth,
    Australia", is left out by the caller)."""
    listed: list[Token] = []
    todo = [token]
    while todo:
        name = _name_tokens(todo.pop())
        for word in name:
            for other in [*word.conjuncts, *children(word, "appos")]:
                if other.i > name[-1].i and other not in listed:
                    listed.append(other)
                    todo.append(other)
    return sorted(listed, key=lambda word: word.i)


def _name_tokens(token: Token) -> list[Token]:
    name = entity_span(token)
    return list(name) if name is not None else [token]


def _place_at(
    token: Token,
    table: EntityTable,
    *,
    site: bool = False,
    own: bool = False,
    regions: bool = False,
    venues: bool = False,
) -> Referent | None:
    """The place a word names; with `site`, a word that is no place itself but stands in one
    ("NATO headquarters in Brussels") gives that place. An event's `own` word names its place
    in a compound ("the Quito visit"); its possessor is who does it ("Egypt's support",
    "Japan's deployment"), and a nationality says whose it is, not where. A world region
    ("the Middle East") is a place only with `regions`. With `venues` (talks, not trips: a
    trip goes to the town), a building the model named as something else is the place."""
    capital = _capital_named(token, table)
    if capital is not None:
        return capital
    venue = _venue_named_before(token, table) if site and venues else None
    if venue is not None:
        return _city_of_site(token, venue, table, over_town=True)
    if _city_told_before(token, table):
        return None
    told_last = (
        _the_city_told_last(token, table)
        or _the_island_told_last(token, table)
        or _the_country_told_last(token, table)
        or _the_venue_told_last(token, table, venues)
        or (_town_beside(token, table) if site else None)
    )
    if told_last is not None:
        return told_last
    found = table.at(token)
    if found is not None and found.label == "ORG" and _names_a_site(found):
        # "at the White House": an organisation named after its building is a site there.
        known = gazetteer.place(found.name)
        if found.place is None and known is not None and known.kind == "site":
            found.label, found.place = "FAC", known
        return _city_of_site(token, found, table, over_town=venues)
    found = referent(token, table, places=True, owners=not own)
    if found is not None and found.label in PLACE_LABELS:
        if _is_macro_region(found):
            return found if regions else None
        if venues and _building_named_alone(token, found, table):
            found = replace(_described_venue(token, found), label="FAC")
        return _city_of_site(token, found, table, over_town=venues)
    # "at the Casa Rosada in Vik": a building's own name is the place, not the town it is in.
    building = site and venues and _names_a_building(token)
    venue = _named_venue(token, table, over_town=True) if building else None
    if venue is not None:
        return venue
    for word in prep_objects(token, "in", "near", "outside") if site else ():
        found = table.at(word)
        if found is not None and found.label in PLACE_LABELS and not _is_macro_region(found):
            return found
    held = _place_held_in(token, table) if site else None
    return held or (_named_venue(token, table) if site else None)


def _town_beside(site: Token, table: EntityTable) -> Referent | None:
    """ "Landed at a Lorvian air base south of Kell", "near Kell": a site told by the town it
    lies by is there; a country naming the site's owner says whose it is, not where."""
    if table.at(site) is not None:
        return None
    bearings = (word for word in children(site, "advmod") if word.lower_ in BEARINGS)
    words = [
        *prep_objects(site, "near", "outside"),
        *(o for b in bearings for o in prep_objects(b, "of")),
    ]
    for word in words:
        found = table.at(word)
        if found is not None and found.label in PLACE_LABELS and not _is_macro_region(found):
            return found
    return None


def _place_held_in(gathering: Token, table: EntityTable) -> Referent | None:
    """ "Invited X to the summit that Lorvia will host in Vik", "the forum, which will be held
    in Vik", "the forum, which Vik will host": a clause telling of a gathering's holding says
    where it is."""
    if gathering.lemma_.lower() not in cue_words("gathering"):
        return None
    holding = cue_words("gathering_held") | {"host", "take"}
    for clause in children(gathering, "relcl"):
        if clause.lemma_ not in holding:
            continue
        hosts = children(clause, "nsubj") if clause.lemma_ == "host" else []
        for word in [*prep_objects(clause, "in", "at"), *hosts]:
            found = table.at(word)
            if found is not None and found.label in PLACE_LABELS and not _is_macro_region(found):
                return found
    return None


def _city_told_before(token: Token, table: EntityTable) -> bool:
    """ "Sailed from X to the Baltic port": a definite city described by a wider place it lies
    by is a city the story has named already, not that wider place."""
    if token.pos_ != "NOUN" or token.lemma_ not in ("city", "town", "port"):
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return False
    described = (table.at(word) for word in children(token, "compound", "amod", "nmod"))
    return any(
        place is not None
        and place.label in PLACE_LABELS
        and (place.place is None or place.place.kind not in ("city", "site"))
        for place in described
    )


def _the_city_told_last(token: Token, table: EntityTable) -> Referent | None:
    """ "It was her third trip to Brenn. In May she travelled to the city by car": a bare
    "the city" is the city named last, in its paragraph or the one before."""
    if token.pos_ != "NOUN" or token.lower_ not in ("city", "town"):
        return None
    if not _bare_the(token):
        return None
    return _told_last(
        token, table, lambda found: found.place is not None and found.place.kind == "city"
    )


def _the_island_told_last(token: Token, table: EntityTable) -> Referent | None:
    """ "The ceremony in Caldera, Norland. ... The prince toured the island in May": a bare
    "the island" is the island country, or a town of one, named last."""
    if token.pos_ != "NOUN" or token.lower_ != "island" or not _bare_the(token):
        return None
    return _told_last(
        token, table, lambda found: found.place is not None and gazetteer.on_an_island(found.place)
    )


def the_capital_told(verb: Token) -> Token | None:
    """ "Arrived in the capital": a bare "the capital", which names no country."""
    for word in prep_objects(verb, "in", "to", "into"):
        if word.lemma_.lower() == "capital" and _bare_the(word):
            return word
    return None


def _bare_the(word: Token) -> bool:
    """ "The capital", "the city for the talks": the word with "the" and nothing that names
    which one; a purpose or time told after it ("for", "on") leaves it bare, "of" does not."""
    said = [c.lower_ for c in word.children if c.dep_ != "prep" or c.lower_ == "of"]
    return said == ["the"]


def _the_country_told_last(token: Token, table: EntityTable) -> Referent | None:
    """ "Last visited the Sultanate in 1979", "her first trip to the kingdom": a bare word
    for a kind of country is the country named last whose formal name carries the word
    ("the Sultanate of Ruritania"), or the country of a city named so."""
    if token.lower_ not in cue_words("country_kind") or token.dep_ == "compound":
        return None
    if not _bare_the(token):
        return None
    # The style narrows the country enough to look back over the whole story.
    before = (table.at(word) for word in reversed(token.doc[: token.i]))
    styled = (_styled_country(ref, token.lower_) for ref in before if ref is not None)
    country = next((country for country in styled if country is not None), None)
    return table.place(country) if country is not None else None


def _styled_country(ref: Referent, style: str) -> gazetteer.Place | None:
    """The country a place is, or lies in, when its formal name carries the style."""
    if ref.place is None or ref.place.kind not in ("country", "city"):
        return None
    country = gazetteer.country_of(ref.place)
    return country if gazetteer.styled_as(country, style) else None


def capital_told_last(word: Token, table: EntityTable) -> Referent | None:
    """ "Landed in Vadum. ... On Tuesday she drove back to the capital": a bare "the capital" is
    the capital city named last, in its paragraph or the one before."""
    return _told_last(
        word, table, lambda found: found.place is not None and gazetteer.is_capital(found.place)
    )


def _the_venue_told_last(token: Token, table: EntityTable, venues: bool) -> Referent | None:
    """ "Received X at the Orla Palace ... At the palace, they held talks", "met Y at the same
    venue": a bare building noun is the venue of that kind named last, "the venue" or "the
    same" one is the venue named last, in its paragraph or the one before. Only for
    `venues`: a trip goes to the town."""
    if not venues or token.pos_ != "NOUN" or token.is_title:
        return None
    kinds = [c.lower_ for c in token.children]
    grounds = [c for c in token.children if c.dep_ == "compound"]
    if token.lemma_.lower() in cue_words("grounds") and len(grounds) == 1:
        # "On the palace lawns", "in the palace grounds": the grounds of the palace told.
        kinds, token = [c.lower_ for c in token.children if c.dep_ == "det"], grounds[0]
    if kinds not in (["the"], ["the", "same"]):
        return None
    if token.lower_ == "venue" or kinds == ["the", "same"]:
        return _told_last(token, table, lambda found: found.label == "FAC")
    if token.lower_ not in cue_words("facility"):
        return None
    last = _told_last(
        token,
        table,
        lambda found: found.label == "FAC" and fold(found.name).split()[-1] == token.lower_,
    )
    # "Talks at the Orla Palace ... [paragraphs on] ... a banquet at the palace": further back,
    # the one building of that kind the story has named, "the Palace of Unity" too.
    return last or _sole_told_before(
        token,
        table,
        lambda found: found.label == "FAC" and token.lower_ in fold(found.name).split(),
    )


def _told_last(
    token: Token, table: EntityTable, fits: Callable[[Referent], bool]
) -> Referent | None:
    """The latest referent that fits, told before the word in its paragraph or the one before."""
    text = text_of(token.doc)
    paragraph = max(text.rfind("\n\n", 0, token.idx), 0)
    since = text.rfind("\n\n", 0, paragraph)
    for word in reversed(token.doc[: token.i]):
        if word.idx <= since:
            break
        found = table.at(word)
        if found is not None and fits(found):
            return found
    return None


def _sole_told_before(
    token: Token, table: EntityTable, fits: Callable[[Referent], bool]
) -> Referent | None:
    """The one referent that fits told anywhere before the word; none when there are several."""
    found = {ref.key: ref for word in token.doc[: token.i] if (ref := table.at(word)) and fits(ref)}
    return next(iter(found.values())) if len(found) == 1 else None


def _named_venue(token: Token, table: EntityTable, *, over_town: bool = False) -> Referent | None:
    """ "held talks at the Residence", "at the state guesthouse": a name after "at the"
    that the model took for a person or an organisation is the building the talks are in.
    So is one it left unlabelled ("at the Alder Diwan", "at Vellabhavan"), and a name it
    told only once with no article ("at Linden Haus", "at Kongshuset", "at Parliament"):
    nobody is met "at" a person, and a party met by name is named again elsewhere."""
    if token.dep_ != "pobj" or token.head.lower_ != "at":
        return None
    office = _named_for_office(token)
    if office is not None:
        return _site_told_in_full(office, table) or Referent(fold(office), "FAC", office)
    determined = any(
        (c.dep_ == "det" and c.lower_ == "the") or (c.dep_ == "poss" and c.pos_ == "PRON")
        for c in token.children
    )  # "at the Residence", "at his Lakeside House office"
    words = _venue_name_words(token)
    found = next((ref for word in words if (ref := table.at(word)) is not None), None)
    if found is None:
        venue = _unlabelled_venue(words, table) if determined or token.pos_ == "PROPN" else None
        return _described_venue(token, venue) if venue is not None else None
    if found.label not in ("PERSON", "ORG", "FAC") or found.place is not None:
        return None
    if not determined and len(found.mentions) != 1:
        return None
    described = _described_venue(token, found)
    if found.label == "FAC" and described is found:
        return _city_of_site(token, found, table, over_town=over_town)
    # The organisation itself ("the State Department said") keeps its label elsewhere.
    return _city_of_site(token, replace(described, label="FAC"), table, over_town=over_town)


def _building_named_alone(token: Token, found: Referent, table: EntityTable) -> bool:
    """ "At the Vell Grand hotel", "at the Orla presidential palace": a building noun in lower
    case whose name the model tagged alone, as a site or as a town the gazetteer does not
    know. A known town names where the building stands ("the Oslo city hall")."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in cue_words("facility"):
        return False
    if table.at(token) is not None:
        return False
    return found.label == "FAC" or (found.label == "GPE" and found.place is None)


def _described_venue(token: Token, found: Referent) -> Referent:
    """ "At the Orla presidential palace", "at the Vell headquarters": the building is told by
    its name and the lower-case words that say what it is; the venue answers to both."""
    described = [c for c in token.lefts if c.dep_ not in ("det", "poss")]
    if token.pos_ == "PROPN" or not described:
        return found
    start = min(word.i for part in described for word in part.subtree)
    return replace(found, name=token.doc[start : token.i + 1].text)


def _venue_named_before(
    token: Token, table: EntityTable, heads: tuple[str, ...] = ("at", "in", "inside")
) -> Referent | None:
    """ "At the Speaker's House", "at St Anne's Hall", "at the Orla Palace": a building noun
    written as part of a name is one venue with the proper names set before it, whatever the
    model made of the names alone (an office, a saint, a district). A building noun in lower
    case only describes the venue its name is ("the Orla presidential palace"), names of a
    known city or country say where it stands ("the Oslo Office"), and an entity that spans
    them all is read as it is."""
    if token.dep_ != "pobj" or token.head.lower_ not in heads:
        return None
    if not token.is_title or token.lower_ not in cue_words("facility"):
        return None
    names = [c for c in children(token, "compound", "nmod", "poss") if c.pos_ == "PROPN"]
    if not names or any(_names_place_itself(name, table) for name in names):
        return None
    start = min(word.i for name in names for word in name.subtree if word.dep_ != "det")
    spanned = entity_span(token)
    if spanned is not None and spanned.start <= start:
        return None
    text = token.doc[start : token.i + 1].text
    return _site_told_in_full(text, table) or Referent(key=fold(text), label="FAC", name=text)


def _names_place_itself(word: Token, table: EntityTable) -> bool:
    """A venue of its own ("the Velmar Palace", Velmar a building: the noun describes it), or a
    known city or country the building stands in."""
    found = table.at(word)
    if found is None:
        return False
    known = found.place is not None and found.place.kind in ("city", "country")
    return known or found.label == "FAC"


def _named_for_office(token: Token) -> str | None:
    """ "At the Prime Minister's Office", "at the President's House": a building named after
    the office whose holder works there, not after the holder the office phrase stands for."""
    if token.pos_ != "PROPN" or not token.is_title:
        return None
    holders = (c for c in children(token, "poss") if c.is_title and c.lower_ in role_words())
    holder = next(holders, None)
    if holder is None:
        return None
    start = min(word.i for word in holder.subtree if word.dep_ != "det")
    return token.doc[start : token.i + 1].text


def _venue_name_words(token: Token) -> list[Token]:
    """The proper name itself, or the one a facility noun carries ("the Orla state palace")."""
    if token.pos_ == "PROPN":
        return [token]
    whole = _written_as_one([token])
    if len(whole) > 1 and whole[0].is_title:
        return [whole[0]]  # "the Qasr-e-Nur", its last part parsed as a common noun
    if token.lemma_.lower() not in cue_words("facility"):
        return []
    return [c for c in children(token, "compound", "nmod") if c.pos_ == "PROPN"]


def _unlabelled_venue(words: list[Token], table: EntityTable) -> Referent | None:
    """The proper name a word heads, when no entity covers any of it."""
    if not words:
        return None
    head = words[0]
    name = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [head]
    if any(table.at(word) is not None or word.ent_type_ or not word.is_title for word in name):
        return None
    whole = _written_as_one(name)
    if any(table.at(word) is not None or word.ent_type_ for word in whole):
        return None
    # "At the Presidency of the Republic": an "of" tail names the building further.
    text = head.doc[whole[0].i : of_name_end(head.doc, whole[-1].i + 1)].text
    return _site_told_in_full(text, table) or Referent(key=fold(text), label="FAC", name=text)


def _written_as_one(name: list[Token]) -> list[Token]:
    """ "At the Qasr-e-Nur": a name written as one hyphenated word is one name, however the
    parser split it into objects of the "at"."""
    doc = name[0].doc
    start, end = name[0].i, name[-1].i
    while start > 0 and _hyphen_joined(doc[start - 1], doc[start]):
        start -= 1
    while end + 1 < len(doc) and _hyphen_joined(doc[end], doc[end + 1]):
        end += 1
    return list(doc[start : end + 1])


def _hyphen_joined(left: Token, right: Token) -> bool:
    return not left.whitespace_ and "-" in (left.text, right.text)


def _site_told_in_full(text: str, table: EntityTable) -> Referent | None:
    """ "Signed at Brenn Castle ... met him at the Castle": the last words of the one site
    named in full are that site."""
    tail = " " + fold(text)
    fuller = [ref for ref in table.referents if ref.label == "FAC" and ref.key.endswith(tail)]
    return fuller[0] if len(fuller) == 1 else None


def _capital_named(token: Token, table: EntityTable) -> Referent | None:
    """ "The Uzbek capital", "Argentina's capital", "the capital of Peru": the country's
    capital city, as the gazetteer knows it."""
    if token.lemma_.lower() != "capital" or token.pos_ != "NOUN":
        return None
    owners = [*children(token, "amod", "poss", "compound", "nmod"), *prep_objects(token, "of")]
    for owner in owners:
        country = referent(owner, table, places=True)
        where = country.place if country is not None else None
        if where is None or where.kind != "country":
            # "the Zembian capital", whatever entity (if any) the model made of the demonym
            where = gazetteer.country_of_demonym(owner.text) or where
        capital = gazetteer.capital_of(where.country_code) if where else None
        if capital is not None and where is not None and where.kind == "country":
            return table.place(capital)
    return None


def _names_macro_region(token: Token, table: EntityTable) -> bool:
    found = table.at(token)
    return found is not None and _is_macro_region(found)


def _is_macro_region(place: Referent) -> bool:
    """A continent or world region ("a trip to Asia") frames a trip; its stops are the visits."""
    return place.key in cue_words("macro_region")


def _country_set_off(before: Token, word: Token, place: Referent, last: Referent) -> bool:
    """ "Proceed to Ravello, Italy", "landed in Nagpur, Maharashtra": a country, or a region of
    the place's own country, set off by a comma right after a place that is no country says
    where that place is, though the gazetteer does not know it."""
    if last.place is not None and last.place.kind in ("country", "region"):
        return False
    wider = place.place is not None and (
        place.place.kind == "country"
        or (
            place.place.kind == "region"
            and (last.place is None or last.place.country_code == place.place.country_code)
        )
    )
    if not wider:
        return False
    name = entity_span(before)
    end = name.end if name is not None else before.i + 1
    start = (entity_span(word) or word.doc[word.i : word.i + 1]).start
    return [w.text for w in word.doc[end:start]] == [","]


def _contains(outer: Referent, inner: Referent) -> bool:
    return (
        outer.place is not None
        and inner.place is not None
        and gazetteer.contains(outer.place, inner.place)
    )


def _city_of_site(
    token: Token, place: Referent, table: EntityTable, *, over_town: bool = False
) -> Referent:
    """ "at Linden House in Oslo": the venue is the place, and the article says which
    city it stands in. A place the gazetteer knows as a country or region is wider than a
    city ("an estate in Florida"); a name it does not know counts as a city, and then, with
    no country to tell, the city is the place of a trip. Talks held `over_town` stay at the
    venue, the most precise place told ("talks at the palace in Avlen")."""
    if place.label == "GPE":
        return place
    for word in list(prep_objects(token, "in")) or _city_right_after(token, table):
        found = table.at(word)
        if found is None or found.label != "GPE":
            continue
        if found.place is not None and found.place.kind == "city":
            if place.place is None:
                place.place = gazetteer.site_in(place.name, found.place)
            return place
        if found.place is None and not over_town and not _part_of_a_land(word):
            return found
    return place


# Words that make a place a part of a wider land: "in southern Vell", "in the far north of".
_PART_WORDS = frozenset({
    "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
    "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern",
    "south-western",
})  # fmt: skip


def _part_of_a_land(word: Token) -> bool:
    """ "The air base in southern Vell": a name told by its part is a land, not the town a
    site stands in; the site stays the place."""
    return any(c.dep_ == "amod" and c.lower_ in _PART_WORDS for c in word.children)


APPOSITION = 5  # words of a short description set off after a name: "his residence in X"


def _city_right_after(token: Token, table: EntityTable) -> list[Token]:
    """ "Held talks with X at the Orla Palace in Brenn": the parser may hang "in Brenn" on the
    talks, yet a known city named right after a venue tells where the venue stands."""
    name = entity_span(token)
    end = name.end if name is not None else token.i + 1
    doc = token.doc
    if end + 1 < len(doc) and doc[end].text == "," and _known_city(doc[end + 1], table):
        return [doc[end + 1]]  # "at the Orla Palace, Brenn": the city set off after the venue
    if end < len(doc) and doc[end].text == ",":
        # "at the Orla, his residence in Brenn": an apposition may say it, however parsed.
        described = takewhile(lambda word: not word.is_punct, doc[end + 1 : end + 1 + APPOSITION])
        end = next((word.i for word in described if word.lower_ == "in"), end)
    if end + 1 >= len(doc) or doc[end].lower_ != "in":
        return []
    return [doc[end + 1]] if _known_city(doc[end + 1], table) else []


def _known_city(word: Token, table: EntityTable) -> bool:
    found = table.at(word)
    return found is not None and found.place is not None and found.place.kind == "city"


def _names_a_site(ref: Referent) -> bool:
    return ref.key.split()[-1] in cue_words("facility")


def _names_a_building(token: Token) -> bool:
    """ "The Casa Rosada", "the Orla Palace": a proper name with a building noun in it."""
    if token.pos_ != "PROPN":
        return False
    name = [*children(token, "compound"), token]
    return any(word.lower_ in cue_words("facility") for word in name)


def carrying_clause(noun: Token) -> Token | None:
    """The relative clause that takes a trip's traveller on: "a tour that will bring her to X"
    tells the later stops, in its own tense."""
    carrier = _carrying_verb(noun) if noun.pos_ in NOUN_POS else None
    joined = carrier is not None and carrier.dep_ == "conj" and carrier.head.dep_ == "relcl"
    return carrier if carrier is not None and (carrier.dep_ == "relcl" or joined) else None


def carrying_verb(trigger: Token) -> Token | None:
    """The verb that takes a trip's traveller somewhere, for a trip told by a noun."""
    return _carrying_verb(trigger) if trigger.pos_ in NOUN_POS else None


def _stage_told(noun: Token) -> Token | None:
    """The verb a trip is the subject of when it says where the trip goes on: "the tour
    began in Accra", "the tour will continue in Togo", "the last stop of a trip which began in
    Vadum"."""
    if noun.pos_ not in NOUN_POS:
        return None
    verbs = [noun.head] if noun.dep_ == "nsubj" else []
    verbs += [verb for verb in children(noun, "relcl") if _stage_made(verb)]
    return next((verb for verb in verbs if verb.lemma_ in cue_words("trip_stage")), None)


def _stage_made(verb: Token) -> bool:
    """ "The trip, which began in Vadum": a relative clause that tells what the trip itself
    did. Only a stage told past is read: the trip's own clause, whose time the stop takes, does
    not tell a stage still ahead ("which will end in Kell")."""
    relative = any(subject.lower_ in RELATIVE_PRONOUNS for subject in children(verb, "nsubj"))
    return relative and verb.tag_ == "VBD"


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
    return [verb] if joined and not any(c.dep_ in SUBJECTS for c in verb.children) else []


def _carrying_verb(noun: Token) -> Token | None:
    """The verb a trip is the subject of when it takes its traveller somewhere: "the trip
    took the secretary to Australia", "his travels will take him to Malta"."""
    # "A tour that will also take him to Brno": the trip is the relative clause's subject.
    # "A tour that began in Kell and took him to Brno": a verb joined to the clause shares it.
    clauses = list(children(noun, "relcl"))
    verbs = [verb for clause in clauses for verb in [clause, *clause.conjuncts]]
    verbs += [verb for clause in clauses for verb in _clause_joined_past(clause)]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "nsubj":
        noun = noun.head.head  # "the rest of the itinerary takes him to X": its part does
    if noun.dep_ in ("nsubj", "nsubjpass"):
        # "The trip was aimed at ... and took the secretary to X": the verbs share the subject.
        verbs += [noun.head, *noun.head.conjuncts]
    return next((verb for verb in verbs if verb.lemma_ in cue_words("carrier")), None)


# What a trip restated by its length is: "his first trip to Africa, a day in Accra".
STAY_LENGTHS = frozenset({"day", "night", "week", "hour", "afternoon", "morning", "evening"})
# Verbs of picking a trip's destination: "chose Vadum for her first visit abroad".
CHOOSING_VERBS = frozenset({"choose", "pick", "select"})


def _place_words(trigger: Token, event_type: str) -> Iterator[Token]:
    yield trigger  # "the Quito visit", or the place word of an elided conjunct
    yield from _stop_told_after_trip(trigger, event_type)
    yield from prep_objects(trigger, "to", "in", "at", "into", "inside", "near")
    yield from (o for o in prep_objects(trigger, "on") if o.lemma_.lower() in cue_words("grounds"))
    if trigger.pos_ in NOUN_POS and event_type == "visit":
        yield from prep_objects(trigger, "of")  # "a three-nation tour of Australia, ..."
    if trigger.lemma_ in cue_words("motion"):
        yield from _bound_for(trigger)
    if event_type == "visit" and told_by_copula(trigger):
        yield from _told_after_copula(trigger.head)
    if trigger.lemma_ == "return":
        yield from prep_objects(trigger, "from")  # "returned from Beijing": a visit made
    if trigger.pos_ in NOUN_POS:
        yield from _destinations_on_verb(trigger, event_type)
    stage = _stage_told(trigger) if event_type == "visit" else None
    if stage is not None:
        yield from prep_objects(stage, "to", "in", "at")
    if trigger.pos_ not in NOUN_POS and event_type == "visit":
        yield from children(trigger, "dobj")
    # "went to Vell, where she met Y in Brenn": the clause's own place, hung on its party,
    # is more precise than the place "where" stands for.
    own_party_places = list(_party_places(trigger, trigger))
    yield from own_party_places if trigger.dep_ == "relcl" else ()
    if trigger.dep_ == "relcl" and any(c.lower_ == "where" for c in trigger.children):
        yield trigger.head
    yield from _places_of_what_is_visited(trigger, event_type)
    yield from own_party_places  # its own parties before its head's places
    yield from _governing_places(trigger)
    # "met Lund during the Nordic summit in Bergen", "on the sidelines of the summit in Bergen"; but
    # "talks on trade and the situation in Ukraine" are about that place, not in it.
    occasions = [
        *prep_objects(trigger, "during"),
        *(o for on in prep_objects(trigger, "on") for o in prep_objects(on, "of")),
    ]
    for occasion in occasions:
        yield from (w for w in occasion.subtree if w.dep_ == "pobj" and w.head.lower_ == "in")
    if trigger.dep_ == "dobj":
        yield from _party_places(trigger.head, trigger)  # "held talks with Y in X"
    if event_type == "invitation":
        # "invited Y to visit X", "an invitation to visit X": where Y is invited.
        for visit in children(trigger, "xcomp", "acl"):
            yield from _place_words(visit, "visit")


def _destinations_on_verb(noun: Token, event_type: str) -> Iterator[Token]:
    """Where a trip told by a noun goes, when the parser hangs "to X" on a verb instead."""
    carrier = _carrying_verb(noun)
    begun = carrier is not None and carrier.dep_ == "conj"
    if begun and carrier.head.lemma_ in cue_words("trip_stage"):
        # "A tour that began in Kell and took him to Brno": where it began is its first stop.
        yield from prep_objects(carrier.head, "in", "at")
    if carrier is not None:
        yield from prep_objects(carrier, "to")
    if noun.dep_ == "dobj" and event_type == "visit":
        # "made his first trip abroad as premier to Tokyo": the verb the trip is made or paid
        # with.
        yield from prep_objects(noun.head, "to")
    chooser = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("for", "as") else None
    if chooser is not None and chooser.lemma_ in CHOOSING_VERBS and event_type == "visit":
        yield from children(chooser, "dobj")  # "chose Vadum for her first trip abroad"


def told_by_copula(noun: Token) -> bool:
    """ "The visit was her first to Quito", "his last trip was in 2019": a trip that is the
    subject of "be" has its place and time told in the copula's predicate."""
    return (
        noun.pos_ in NOUN_POS
        and noun.dep_ == "nsubj"
        and noun.head.lemma_ == "be"
        and noun.head.pos_ == "AUX"
    )


def copula_hung_on_trip(noun: Token) -> Token | None:
    """ "His only trip abroad since the election was to Kell in May", "... and his first trip
    as minister was to Kell": the parse may hang the copula that tells the trip on the trip
    left as the root ("since the election was"), or on the verb the trip is joined to, right
    after it. Either copula tells where and when the trip was."""
    if noun.pos_ not in NOUN_POS:
        return None
    hung = [c for c in children(noun, "advcl") if c.lemma_ == "be"] if noun.dep_ == "ROOT" else []
    if noun.dep_ == "conj":
        hung = [
            c
            for c in children(noun.head, "advcl")
            if c.lemma_ == "be" and c.left_edge.i == noun.right_edge.i + 1
        ]
    return hung[0] if hung else None


def _stop_told_after_trip(trip: Token, event_type: str) -> Iterator[Token]:
    """ "His first trip to Africa ... was to Accra", "his first trip to Africa, a day in Accra":
    the copula, or an apposition telling the stay's length, names the stop itself, before the
    region the trip is told to."""
    if event_type != "visit" or trip.pos_ not in NOUN_POS:
        return
    hung = copula_hung_on_trip(trip)
    if hung is not None:
        yield from _told_after_copula(hung)
    for stay in stays_restating_trip(trip):
        yield from prep_objects(stay, "in", "at")
    yield from _stops_the_trip_took_in(trip)
    yield from _place_a_stop_restates(trip)


def _place_a_stop_restates(stop: Token) -> Iterator[Token]:
    """ "Arrived on Thursday from Lorn, the last stop of a tour ...": a stop told beside the
    place a traveller went to or came from is a stop there. The parser may hang it on the
    sentence's subject; it still follows the place, past a comma. A stop told after a list
    ("drew attention from Kell and Vik, the first stop") restates none of it."""
    if stop.dep_ not in ("appos", "npadvmod") or stop.lemma_ not in STOP_NOUNS:
        return
    comma = stop.doc[stop.left_edge.i - 1] if stop.left_edge.i > 0 else None
    place = stop.doc[comma.i - 1] if comma is not None and comma.text == "," else None
    if place is not None and stop.head.i in (place.i, *(w.i for w in place.ancestors)):
        place = place if _travelled_to_or_from(place) else None
    elif place is not None and stop.head.ent_type_ in PLACE_LABELS:
        place = None  # hung on another place than the one it follows
    if place is not None and place.ent_type_ in PLACE_LABELS and _travelled_to_or_from(place):
        yield place


def _travelled_to_or_from(place: Token) -> bool:
    """ "Came from Lorn", "flew to Lorn": a place a verb of motion has as its own object."""
    # "arrived on Thursday night from Lorn": the "from" may hang on the time told before it.
    verb = next((word for word in place.ancestors if word.pos_ == "VERB"), None)
    return place.dep_ == "pobj" and verb is not None and verb.lemma_ in cue_words("motion")


def _stops_the_trip_took_in(trip: Token) -> Iterator[Token]:
    """ "Her state visit to Norway took her to Oslo, Bergen and Tromsø": the trip's own verb
    names its stops, more precisely than the country it was to. A stop told "also" ("a visit
    to Norway that also took her to Lund") is a further leg, read as one of its own."""
    carrier = _carrying_verb(trip)
    if carrier is None or trip.dep_ != "nsubj" or carrier.i != trip.head.i:
        return
    if any(word.lower_ in FURTHER_STOP_WORDS for word in carrier.children):
        return
    yield from prep_objects(carrier, "to")


def stays_restating_trip(trip: Token) -> list[Token]:
    """ "His first trip to Africa, a day in Accra in 2009": an apposition that tells the trip
    by the length of its stay, which says where and when it was."""
    return [stay for stay in children(trip, "appos") if stay.lemma_ in STAY_LENGTHS]


def _told_after_copula(copula: Token) -> Iterator[Token]:
    """Where the predicate of "the visit was ..." takes the trip: "was to Quito", "was her first
    to Quito", wherever the parse hangs the "to". A region ("her second to the Tarvian lakelands")
    sums up stops told as places of their own."""
    words = [copula, *children(copula, "attr")]
    words += [word for attr in words[1:] for word in children(attr, "amod")]
    for word in words:
        yield from (
            place for place in prep_objects(word, "to") if place.ent_type_ in ("GPE", "FAC")
        )


def _bound_for(trigger: Token) -> Iterator[Token]:
    """ "Left for Beijing", "flew out for Tokyo"; "left Quito on Monday evening for Lima",
    where the parse hangs "for" on the time, and "left Quito for Lima", where it hangs it on
    the place left."""
    yield from prep_objects(trigger, "for")
    for time in prep_objects(trigger, "on", "in", "at"):
        if time.ent_type_ in ("DATE", "TIME"):
            yield from prep_objects(time, "for")
    for origin in children(trigger, "dobj"):
        if origin.ent_type_ in ("GPE", "FAC", "LOC"):
            yield from prep_objects(origin, "for")


def _places_of_what_is_visited(trigger: Token, event_type: str) -> Iterator[Token]:
    """Where the thing visited or attended is, before any place of the clause the verb is
    joined to: "will visit the brigade's base in Rukla", "visit troops training near Rukla",
    "will participate in the forum of the region in Bergen"."""
    if trigger.pos_ == "VERB" and event_type == "visit":
        for visited in children(trigger, "dobj"):
            yield from (
                w
                for w in visited.subtree
                if w.dep_ == "pobj"
                and w.head.lower_ in ("in", "near", "at")
                and w.head.head.i != trigger.i
                and not _topic_of(w, visited)
            )
    if trigger.lemma_ in cue_words("attendance"):
        for occasion in [*children(trigger, "dobj"), *prep_objects(trigger, "in")]:
            yield from (
                w
                for w in occasion.subtree
                if w.dep_ == "pobj" and w.head.lower_ == "in" and not _topic_of(w, occasion)
            )


def _topic_of(word: Token, occasion: Token) -> bool:
    """Whether a word below an occasion tells what it is about: "a summit on the crisis in X",
    or what it remembers: "a ceremony marking the anniversary of the battle at X" is held
    wherever the text says, not on the old battlefield."""
    while word.i != occasion.i and word.head.i != word.i:
        if word.dep_ == "pobj" and word.head.lower_ in ABOUT_PREPS:
            return True
        if _remembered(word):
            return True
        word = word.head
    return False


def _remembered(word: Token) -> bool:
    """Whether a word tells what a word of commemoration remembers: "the anniversary of X",
    "in memory of X". "Celebrations marking the national day in Kel" may be parsed with the
    place on what is marked, so only the "of" phrase, which names the thing, counts."""
    told = word.dep_ == "prep" and word.lower_ == "of"
    return told and word.head.lemma_.lower() in cue_words("commemoration")


def _governing_places(trigger: Token) -> Iterator[Token]:
    """Places told on the word a trigger hangs from."""
    head = trigger.head
    if trigger.dep_ in ("conj", "advcl") and head.pos_ == "VERB":
        # "arrived in X and visited ...", "will lead a delegation in X to attend ..."
        yield from prep_objects(head, "to", "in", "at")
        for party in children(head, "dobj"):
            yield from prep_objects(party, "in", "at")
    # "had an audience at the palace shortly after his arrival": what came before or after
    # the governing event happened elsewhere, or at least not there.
    after_it = head.lower_ in (*SEQUENCE_PREPS, "following")
    if trigger.dep_ == "pobj" and head.head.pos_ == "VERB" and not after_it:
        # "arrived in X for talks", "leaves for X on a five-day trip"
        leaving = head.head.lemma_ in cue_words("motion")
        yield from prep_objects(head.head, "to", "in", "at", *(("for",) if leaving else ()))
    if trigger.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        yield from prep_objects(head, "in", "at")  # "held talks in X", "granted ... at X"
    timed = _verb_of_time_told(trigger)
    if timed is not None:
        # "Met X in Lima in October, when he attended the forum": the parser hangs the "when"
        # clause on the time, which the clause shares with the verb told at that time.
        yield from prep_objects(timed, "to", "in", "at")


def _verb_of_time_told(clause: Token) -> Token | None:
    """The verb a "when" clause's time is told on: "met X in Lima in October, when ..."."""
    time = clause.head
    when = any(c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children)
    if clause.dep_ != "relcl" or not when or time.ent_type_ not in ("DATE", "TIME"):
        return None
    verb = time.head.head if time.dep_ == "pobj" else time.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _party_places(verb: Token, trigger: Token) -> Iterator[Token]:
    """The parser hangs a place on the party next to it: "hosted Y in X", "talks with Y in X",
    "received by Y at X", and "hosted Y for talks at X". The trigger is no party of its own:
    "expressed support for Y's war in X" places nothing."""
    parties = [*children(verb, "dobj"), *prep_objects(verb, "with", "by", "between")]
    # "will travel with General X to Ethiopia": the destination hangs on the companion.
    moving = verb.lemma_ in cue_words("motion")
    # "talks with the Deputy Prime Minister and Foreign Minister X in Beijing": on the last;
    # "talks with her Czech counterpart X in Brno": on the name beside the role.
    named = [
        word
        for p in parties
        if p.i != trigger.i
        for word in [*p.conjuncts, *children(p, "appos")]
        if word.pos_ == "PROPN"
    ]
    for party in (p for p in [*parties, *named] if p.i != trigger.i):
        yield from prep_objects(party, "in", "at", *(("to",) if moving else ()))
        for purpose in prep_objects(party, "for"):
            yield from prep_objects(purpose, "in", "at")
