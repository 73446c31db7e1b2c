"""`referents` of a list of words: names set off by commas or appositions, names the parse
read as modifiers, and owners read as parties.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from stream.nlp.doctext import all_children, ancestors_of, conjuncts_of, subtree_of
from stream.nlp.entities.owners import entity_span
from stream.nlp.entities.table import EntityTable, Referent
from stream.nlp.lexicon import cue_words, office_styles, role_words, title_words
from stream.nlp.roles.reference import referent
from stream.nlp.roles.syntax import (
    CLAUSES,
    MAX_CHAIN,
    _addresses,
    children,
    names_listed,
    prep_objects,
    with_conjuncts,
)


def names_set_off(people: Token, table: EntityTable) -> list[Referent]:
    """The people a plural noun of persons is set off with after a comma: "his envoys, A and
    B", "the speakers of both chambers, A of the Senate and B of the Assembly". Whoever the
    noun's own phrase names before the comma ("the envoys of X, A and B") is not among them,
    nor is anyone named in a clause on the noun."""
    lemma = people.lemma_.lower()
    plural_person = lemma in role_words() or lemma in cue_words("person_noun")
    if people.tag_ != "NNS" or not plural_person:
        return []
    phrase = people.doc[people.i : people.right_edge.i + 1]
    comma = next((word.i for word in phrase if word.text == ","), None)
    if comma is None:
        return _names_hung_beside(people, table)
    told = {w.i for c in subtree_of(people) if c.dep_ in CLAUSES for w in subtree_of(c)}
    found: list[Referent] = []
    for word in people.doc[comma + 1 : people.right_edge.i + 1]:
        ref = table.at(word) if word.i not in told and word.dep_ != "compound" else None
        if ref is not None and ref.label == "PERSON" and ref not in found:
            found.append(ref)
    return found


def _names_hung_beside(people: Token, table: EntityTable) -> list[Referent]:
    """ "Held talks with his Lorvian and Tarvian counterparts, A and B": the parse may hang the
    names set off after the plural on a word above it, as the talks' apposition, a second
    object of their verb or an adverbial noun of it ("welcomed the two presidents, A and B, to
    Kel"); they spell the plural out all the same."""
    after = people.right_edge.i + 1
    doc = people.doc
    if after + 1 >= people.sent.end or doc[after].text != ",":
        return []
    ancestors = set(ancestors_of(people))
    heads = [
        word
        for word in doc[after + 1 : people.sent.end]
        if word.dep_ in ("appos", "dobj", "npadvmod")
        and word.head in ancestors
        # The comma setting the list off may hang on its first name or above it.
        and word.left_edge.i in (after, after + 1)
    ]
    names = [word for head in heads for word in names_listed([head])]
    found = [ref for word in names if (ref := table.at(word)) is not None]
    return [ref for i, ref in enumerate(found) if ref.label == "PERSON" and ref not in found[:i]]


def fellow_heads(delegations: Token) -> list[Token]:
    """ "The two delegations, led by X and Y, arrived": X's delegation is the subject's
    referent, Y's goes beside it."""
    if delegations.lemma_ != "delegation" or delegations.tag_ != "NNS":
        return []
    leading = (
        w for w in subtree_of(delegations) if w.dep_ == "acl" and w.lemma_ in ("head", "lead")
    )
    return [
        c for verb in leading for agent in prep_objects(verb, "by") for c in conjuncts_of(agent)
    ]


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
        appositions = [c for a in children(token, "appos") for c in conjuncts_of(a)]
        appositions += names_read_as_appositions(token)
        listed = folded_names(token) + with_conjuncts(token) + _dangling_conjunct(token)
        listed += names_read_as_modifiers(token)
        listed += names_hung_on_tails([*listed, *appositions, *children(token, "appos")])
        for word in listed + appositions:
            if excluding is not None and _subject_beside(word, token):
                continue
            # "Received the Brenners": a family told in the plural is each of its members.
            family = table.family_at(word)
            found += (member for member in family if member not in found)
            if (
                family
                or _owner_read_as_party(word)
                or _country_of_title_read_as_party(word)
                or _second_place_of_title(word)
                or _country_of_plural_office(word)
                or _country_of_listed_name(word)
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


def _subject_beside(word: Token, token: Token) -> bool:
    """ "When he and Vell held talks": a pronoun subject listed first beside a party is the one
    whose parties are read, not someone else it might stand for."""
    return (
        word != token and word.dep_ == "nsubj" and word.lower_ in ("he", "she") and word.i < token.i
    )


def names_read_as_appositions(token: Token) -> list[Token]:
    """ "Hosted A, B, President C and D": the parser may read the second name of a list as an
    apposition to the first; a person's name never renames another person."""
    if token.ent_type_ != "PERSON":
        return []
    return [word for word in children(token, "appos") if word.ent_type_ == "PERSON"]


def names_hung_on_tails(names: list[Token]) -> list[Token]:
    """ "Met A of Lorvia, B of Brenn and C of Kell", "met A, president of the council, and B,
    its speaker": the parser may join the next name of a list to the tail of the name before
    it, the country its "of" tells or the office set off after it. A person is never listed
    with a place or an office, so a name joined to one is the next of the list; the names found
    may carry tails of their own."""
    found: list[Token] = []
    for _ in range(MAX_CHAIN):
        added = [
            name
            for word in [*names, *found]
            for tail in _tails(word)
            for name in conjuncts_of(tail)
            if name.i > tail.i and name.ent_type_ == "PERSON" and name not in (*names, *found)
        ]
        if not added:
            break
        found += added
    return found


def _tails(name: Token) -> list[Token]:
    """What a person's name is told with after it: what its "of" tells ("A of Lorvia"), and an
    office set off as its apposition ("A, president of the council")."""
    if name.ent_type_ != "PERSON":
        return []
    places = [
        place
        for of in children(name, "prep")
        if of.lower_ == "of"
        for place in children(of, "pobj")
        if place.ent_type_ != "PERSON"  # "the son of A and B" is one person's parents
    ]
    offices = [word for word in children(name, "appos") if not word.ent_type_]
    return [*places, *offices]


def names_read_as_modifiers(token: Token) -> list[Token]:
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
    if token.ent_type_ != "PERSON" or any(c.dep_ == "conj" for c in all_children(token)):
        return []
    coordinators = [c for c in all_children(token) if c.dep_ == "cc" and c.i > token.i]
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


def folded_names(token: Token) -> list[Token]:
    """ "With Trade Minister A and Finance Minister B": the parser may fold the first name of
    a list into the title of the next one, as a modifier that keeps the list's "and"."""
    return [
        word
        for left in token.lefts
        for word in subtree_of(left)
        if word.dep_ in ("nmod", "compound")
        and word.ent_type_ == "PERSON"
        and any(child.dep_ == "cc" for child in all_children(word))
    ]


def split_name_conjuncts(word: Token) -> list[Token]:
    """ "Von der Leyen and X travelled", "received by President A B C and Minister D": the
    parser may split a name and hang the list's "and" on another word of the name than the
    one it takes for the subject or the agent."""
    name = entity_span(word)
    if name is None:
        return []
    return [c for part in name if part.i != word.i for c in conjuncts_of(part) if c.i >= name.end]


def _owner_read_as_party(word: Token) -> bool:
    """ "Norway's Ane Haugen and Slovenia's Tina Kessler": a country read as one of the
    list is the owner of the name after its "'s"."""
    name = entity_span(word)
    end = name.end if name is not None else word.i + 1
    owns = end < len(word.doc) and word.doc[end].tag_ == "POS"
    return owns and (word.dep_ == "conj" or owner_split_by_its_and(word, name))


def owner_split_by_its_and(word: Token, name: Span | None) -> bool:
    """ "Hosted by Lorvia and Brenn's prime minister, A": the parser may read the "and" inside
    a country's name as joining its first part to the office the country owns; the country
    is that office's owner, not a party listed beside its holder."""
    if name is None or len(name) < 3:
        return False
    last = name[-1]
    return last.dep_ == "poss" and last.head in conjuncts_of(word)


def _country_of_title_read_as_party(word: Token) -> bool:
    """ "President A and Ruritanian Prime Minister B": when the parser folds A into B's title,
    the country printed before B's office hangs on A as if it were listed with the names. So
    may the body printed before it ("A and Lorvia Affairs Office Director B"): whose office
    it is, not a party."""
    name = entity_span(word)
    end = name.end if name is not None else word.i + 1
    labels = ("GPE", "NORP", "ORG")
    if word.dep_ != "conj" or word.ent_type_ not in labels or end >= len(word.doc):
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
    return any(other.ent_type_ == "PERSON" for other in conjuncts_of(first))


def _country_of_listed_name(word: Token) -> bool:
    """ "A of Lorvia, B of Brenn and C of Kell": the parser may hang the next name of the list
    on the country told after the one before it, as its conjunct; the country says where that
    name is from, and is no party beside the names listed."""
    if word.ent_type_ not in ("GPE", "NORP") or word.dep_ != "pobj" or word.head.lower_ != "of":
        return False
    # The parser's own labels may call a name it does not know an organisation: a proper noun
    # that is no place is taken for a name.
    return _name_not_place(word.head.head) and any(map(_name_not_place, conjuncts_of(word)))


def _name_not_place(word: Token) -> bool:
    return word.pos_ == "PROPN" and word.ent_type_ not in ("GPE", "NORP", "LOC", "FAC")


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


def spouse_word(word: Token) -> bool:
    """ "His wife", "her husband", "the first lady": a spouse told by role alone."""
    if word.lemma_.lower() in cue_words("spouse_noun"):
        return any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in all_children(word))
    leading = " ".join(w.lower_ for w in word.lefts if w.dep_ in ("amod", "compound"))
    return office_styles().get(f"{leading} {word.lower_}".strip()) == "spouse"
