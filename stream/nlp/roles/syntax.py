"""The parse walks every role reads: clause chains, children and prepositional objects,
conjuncts, and the titled names and office phrases a role's word may stand in. The base of the
roles package; nothing here chooses a role.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from stream.nlp.doctext import (
    _children_of,
    all_children,
    conjuncts_of,
    head_of,
    subtree_of,
    words_of,
)
from stream.nlp.entities.owners import entity_span
from stream.nlp.entities.table import EntityTable, Referent, after_office
from stream.nlp.lexicon import cue_words, honorific_words, role_words, title_words

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
# The verbs that tell who heads a group set after it: "bishops led by A", "a delegation
# headed by B".
HEADING_VERBS = frozenset({"lead", "head"})
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
# The links by which a preposition hangs on the word it belongs to.
PREP_DEPS = ("prep", "agent", "dative")
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
    while (token.dep_ in CLAUSE_LINKS or _misread_noun_clause(token)) and not _is_root(token):
        token = head_of(token)
        chain.append(token)
    return chain


def _is_root(word: Token) -> bool:
    return head_of(word).i == word.i


def span_holding(noun: Token) -> Token:
    """ "Held three hours of talks", "a second round of talks": the parser makes the span the
    verb's object and hangs the talks on it by "of"; the span then stands in the clause for the
    talks, whose subject and "with" objects are the verb's."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return noun
    span = noun.head.head
    return span if span.pos_ == "NOUN" and span.lemma_ in cue_words("span_of_talks") else noun


def _misread_noun_clause(word: Token) -> bool:
    """ "There was never a plan for X to meet Y": the parser may hang the infinitive on the
    noun as an adverbial clause; a noun takes no adverbial clause, so it is the noun's own
    ("a plan to meet Y"), whose clause denies or plans it."""
    return word.dep_ == "advcl" and head_of(word).pos_ in NOUN_POS


def children(token: Token, *deps: str) -> Iterator[Token]:
    doc = token.doc
    words = words_of(doc)
    return (words[i] for i, dep, _ in _children_of(doc)[token.i] if dep in deps)


def told_after_among(verb: Token) -> list[Token]:
    """The people an "among" on `verb` lists: its subjects, or, when the parser reads the
    inverted "Among those who flew in were A and B" as a copula with an attribute, the
    attribute, which is the subject put last."""
    subjects = list(children(verb, "nsubj"))
    if subjects or verb.lemma_ != "be":
        return subjects
    return list(children(verb, "attr"))


def prep_objects(token: Token, *preps: str) -> Iterator[Token]:
    if not preps:
        return  # a search by dependency alone ("appos"): no child to walk for
    doc = token.doc
    # Only one of `preps` hung as a preposition or a conjunct can pass the tests: no Token
    # for the rest.
    for i, dep, lower in _children_of(doc)[token.i]:
        if lower not in preps or (dep not in PREP_DEPS and dep != "conj"):
            continue
        prep = words_of(doc)[i]
        if _is_prep(prep, preps) or _repeated_prep(prep, preps):
            for each in [prep, *_repeated_after(prep)]:
                objects = [*children(each, "pobj"), *_called_visiting_after(each)]
                yield from objects or _stranded_object(each)


def _is_prep(word: Token, preps: tuple[str, ...]) -> bool:
    return word.dep_ in PREP_DEPS and word.lower_ in preps


def _repeated_prep(word: Token, preps: tuple[str, ...]) -> bool:
    """ "Talks with A, its envoy, and with B": the repeated preposition is read as a conjunct
    of the verb rather than as a preposition of it, yet it governs a party all the same."""
    if word.dep_ != "conj" or word.pos_ != "ADP" or word.lower_ not in preps:
        return False
    return any(_is_prep(p, (word.lower_,)) for p in all_children(word.head) if p.i < word.i)


def _repeated_after(prep: Token) -> list[Token]:
    """ "With A and with B": the second preposition may be read as a conjunct of the first."""
    return [
        c
        for c in conjuncts_of(prep)
        if c.i > prep.i and c.pos_ == "ADP" and c.lower_ == prep.lower_
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
    if _children_of(prep.doc)[prep.i] or prep.i + 1 >= len(prep.doc):
        return
    word = words_of(prep.doc)[prep.i + 1]
    while word.dep_ in ("compound", "amod", "det") and word.head.i > word.i:
        word = word.head
    if word.pos_ in NOUN_POS:
        yield word


def with_conjuncts(token: Token) -> list[Token]:
    return [token, *conjuncts_of(token)]


def words_short_of(head: Token, clause_deps: frozenset[str]) -> list[Token]:
    """The head and the words hanging on it, short of clauses of their own: those linked by
    one of `clause_deps`, and a verb joined by "and" (a name joined to a name is the same list)."""
    words = [head]
    for child in all_children(head):
        verb_joined = child.dep_ == "conj" and child.pos_ in ("VERB", "AUX")
        if child.dep_ not in clause_deps and not verb_joined:
            words += words_short_of(child, clause_deps)
    return words


def titled_names(office: Token, table: EntityTable) -> list[Referent]:
    """The people a plural office is told with: "Presidents A and B", "the presidents of X
    and Y, A and B". A clause on the office ("Presidents who met A") names others."""
    if office.tag_ != "NNS" or office.lemma_.lower() not in role_words():
        return []
    told = {w.i for c in subtree_of(office) if c.dep_ in CLAUSES for w in subtree_of(c)}
    found: list[Referent] = []
    for word in subtree_of(office):
        ref = table.at(word) if word.i not in told and word.dep_ != "compound" else None
        if ref is not None and ref.label == "PERSON" and ref not in found:
            found.append(ref)
    return found if len(found) > 1 else []


def titled_member(body: Token, table: EntityTable, *, places: bool) -> Referent | None:
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
        offices = [c for c in all_children(word) if c.dep_ == "compound" and c.i < word.i]
        titled = any(c.lower_ in role_words() for c in offices)
        if person is not None and person.label == "PERSON" and titled:
            return person
    if body.lower_ in role_words():
        # "by the Minister of External Affairs, Ana Pires": the model may read the office as a
        # body; the person it is set off with holds it and is the party.
        return name_after(body, table) or found
    return found


def craft_told_flying(name: Token) -> bool:
    """ "Sky Falcon One touched down", "... left for Kell": a name the model reads as a body,
    told landing or leaving for a place, is a craft; a body does neither."""
    verb = name.head
    landing = verb.lemma_ == "land"
    leaving = verb.lemma_ in cue_words("departure") and any(prep_objects(verb, "for"))
    return name.dep_ == "nsubj" and (landing or leaving) and names_a_vehicle(name)


def _traveller_in_craft(craft: Token, table: EntityTable) -> Referent | None:
    """Who a craft told flying carries: those told "with" it ("... left for Kell with the
    President on board"), else, in a sentence that names no one ("Sky Falcon One landed in
    the early afternoon"), the traveller told before; a sentence naming a party of its own
    tells them instead ("..., and Marek was met by Y")."""
    aboard = [
        w
        for prep in children(craft.head, "prep")
        if prep.lower_ == "with"
        for w in subtree_of(prep)
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
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in all_children(title)):
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
    coordinated = [title, *conjuncts_of(title)]
    set_off = [word for each in coordinated for word in children(each, "appos")]
    # "The Pontiff, who is travelling with his Secretary of State, Cardinal X,": a name set
    # off after a relative clause told of the title renames the clause's last noun, a
    # companion, not the title (the parser may hang it on the title all the same).
    clauses = [c for c in children(title, "relcl") if c.i > title.i]
    return [
        word
        for word in set_off
        if max((each.i for each in coordinated if each.i < word.i), default=-1) == title.i
        and not any(clause.i < word.i for clause in clauses)
    ]


def _holder_printed_after(office: Token, table: EntityTable) -> Referent | None:
    """ "Was welcomed by the Leader of the Nation Ado Marek", "by the Head of State, His Highness
    Ado Marek": an office may be read as referring back to a leader named before, but the name
    printed after its own phrase holds it."""
    if office.ent_type_:
        return None
    past = after_office(office, office.i + 1)
    set_off = _person_from(office.doc, past, table) if past > office.i + 1 else None
    return set_off or name_after_office(office, table)


def name_after_office(title: Token, table: EntityTable) -> Referent | None:
    """ "Minister of Defense Arne X", "Minister for Defence Ana Y": the parser hangs the name
    on the office's "of" or "for"."""
    if title.pos_ != "PROPN" or title.lower_ not in role_words():
        return None
    # "Prime Minister of the Republic of Ruritania Ivan Petrov": on the second "of".
    objects = list(prep_objects(title, "of", "for"))
    # "Commander in Chief Ana Y": an office's capitalised "in" phrase, not a place it is held in.
    objects += (word for word in prep_objects(title, "in") if _capitalised_after(title))
    objects += (word for office in objects[:1] for word in prep_objects(office, "of"))
    # "minister of state for external affairs Ana Pires": or in apposition to its last object.
    objects += (word for office in objects for word in children(office, "appos"))
    people = (table.at(word) for word in objects)
    found = next((found for found in people if found is not None and found.label == "PERSON"), None)
    return (
        found or _name_after_second_office(title, table) or _name_after_office_phrase(title, table)
    )


def _capitalised_after(title: Token) -> bool:
    """Whether the word after the title's next word is capitalised: "Commander in Chief"."""
    after = title.i + 2
    return after < len(title.doc) and title.doc[after].is_title


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
    if any(c.dep_ == "det" for c in all_children(title)):
        return None
    conjoined = [word for word in conjuncts_of(title) if word.i > title.i]
    if len(conjoined) != 1:
        return None
    name = conjoined[0]
    found = table.at(name)
    titled = any(
        c.dep_ == "compound" and c.lower_ in role_words() and c.i > title.i
        for c in all_children(name)
    )
    return found if found is not None and found.label == "PERSON" and titled else None


def name_after(noun: Token, table: EntityTable) -> Referent | None:
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
        past = max(w.i for w in subtree_of(word)) + 1
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


def names_a_vehicle(word: Token) -> bool:
    """A vehicle no one is told owning ("the presidential jet"), or a craft's own name, which the
    model reads as a body or a product ("Air Force One")."""
    if word.lemma_ in cue_words("vehicle"):
        return not any(children(word, "poss"))
    return word.pos_ == "PROPN" and word.ent_type_ in ("ORG", "PRODUCT")


def names_a_craft(word: Token) -> bool:
    """A craft told as the subject of a trip, never a traveller itself: a vehicle or a ship
    told by its kind ("the papal aircraft", "the royal yacht Vega", either word read as the
    head), a model told by its maker or airline ("a Norlund Air Lines DC-8": the airline
    makes no visit), a name the model reads as a body or a product and someone owns ("his
    Norlund Air DC-10"), or one told landing ("Sky Falcon One touched down")."""
    kinds = cue_words("vehicle") | cue_words("vessel")
    told = [word, *(c for c in all_children(word) if c.dep_ in ("compound", "appos"))]
    if any(told_word.lemma_.lower() in kinds for told_word in told):
        return True
    if word.pos_ not in ("PROPN", "NUM") or word.ent_type_ not in ("", "ORG", "PRODUCT"):
        return False
    model = any(c.isdigit() for c in word.text) and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in all_children(word)
    )
    body = word.ent_type_ != ""
    owned = body and any(children(word, "poss"))
    return model or owned or (body and word.head.lemma_ == "land")


def office_of_style(craft: Token) -> frozenset[str] | None:
    """The office a craft's style tells its passenger by: "the papal aircraft" carries the
    pope."""
    styles = (STYLE_OFFICES.get(child.lower_) for child in all_children(craft))
    return next((office for office in styles if office is not None), None)


def passengers_carried(craft: Token) -> list[Token]:
    """ "The plane carrying A and B landed": those a craft is told carrying."""
    clauses = (clause for clause in children(craft, "acl") if clause.lemma_ in CARRYING)
    return [word for clause in clauses for word in children(clause, "dobj")]


def craft_of_known_travellers(craft: Token) -> bool:
    """A craft that tells whom it carries: by naming them, by its owner, by its style."""
    owned = any(children(craft, "poss"))
    return owned or office_of_style(craft) is not None or bool(passengers_carried(craft))


def craft_travelling(trigger: Token) -> Token | None:
    """The craft a trip is told of: "the jet landed at Y", "his DC-10 is due at Y"."""
    verb = trigger.head if trigger.dep_ == "acomp" else trigger
    return next((word for word in children(verb, "nsubj") if names_a_craft(word)), None)


CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp"})
# The office a craft's style names its passenger by (`office_of_style`).
STYLE_OFFICES = {
    "papal": frozenset({"pope"}),
    "presidential": frozenset({"president"}),
    "vice-presidential": frozenset({"vice president"}),
    "imperial": frozenset({"emperor"}),
    "royal": frozenset({"king", "queen"}),
}
# The verbs a craft is told carrying its passengers by.
CARRYING = frozenset({"carry", "bring", "bear"})


def names_listed(heads: list[Token]) -> list[Token]:
    """The people named in the lists the words head. The list may be misparsed into
    appositions and modifiers, but a clause on a name ("with A, whose predecessor B ...")
    tells of others, and a possessor ("Sudland's A", the country read as a person) is whose
    the name is."""
    told = {
        w.i for head in heads for c in subtree_of(head) if c.dep_ in CLAUSES for w in subtree_of(c)
    }
    return [
        word
        for head in heads
        for word in list_words(head)
        if is_name_head(word) and word.i not in told and word.dep_ != "poss"
    ]


def is_name_head(word: Token) -> bool:
    """The word a person's name hangs on, which stands for the whole name ("European Commission
    President Ursula von der Leyen" may be one name, "Commission" no person)."""
    name = entity_span(word) if word.ent_type_ == "PERSON" else None
    return name is not None and name.root.i == word.i


def list_words(head: Token) -> list[Token]:
    """The words of the list a word heads; when the rest of the sentence holds no verb, the
    parse may have hung the list's last names on the clause, and they are taken too."""
    words = list(subtree_of(head))
    rest = head.doc[words[-1].i + 1 : head.sent.end]
    if not any(word.pos_ in ("VERB", "AUX") for word in rest):
        words += rest
    return words
