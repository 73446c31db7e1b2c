"""Who a trip belongs to and the states of people: names listed together, countries of
nationality, leaders of states, and parties among a list.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Span, Token

from stream.nlp import gazetteer
from stream.nlp.doctext import all_children, ancestors_of, conjuncts_of, kept_answers, subtree_of
from stream.nlp.entities.canonical import holds_office, styled_as_spouse
from stream.nlp.entities.matchers import PLACE_LABELS, PRONOUNS
from stream.nlp.entities.table import EntityTable, Referent, sole_namesake
from stream.nlp.lexicon import cue_words, role_words, title_words
from stream.nlp.pipeline import TRIGGERS_KEY
from stream.nlp.roles.actors import is_settlement
from stream.nlp.roles.appositions import referents, spouse_word
from stream.nlp.roles.reference import country_for_nationality, nationality, referent
from stream.nlp.roles.syntax import (
    NOUN_POS,
    SUBJECTS,
    Role,
    children,
    names_listed,
    prep_objects,
    with_conjuncts,
)


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


COUNTERPART_PREPS: dict[str, tuple[str, ...]] = {
    "meeting": ("with", "between"),
    "agreement": ("with", "between"),
    "invitation": (),
    "statement": ("for", "against", "with", "of", "to"),
}


def is_courtesy_call(noun: Token) -> bool:
    """ "A courtesy call on X", "a courtesy visit to X": a call paid in person on someone."""
    courtesy = any(
        c.dep_ in ("amod", "compound") and c.lower_ == "courtesy" for c in all_children(noun)
    )
    return courtesy and noun.lemma_ in ("call", "visit") and noun.pos_ in NOUN_POS


def agents_beside_the_first(trigger: Token, agents: list[Token]) -> list[Token]:
    """The agents told after the first; "were joined by A, B and C": each person who joins
    meets those joined, however the parse hangs the list (and the countries their names are
    told with, "Sudland's A", parsed as conjuncts, are none of them)."""
    if trigger.lemma_ in cue_words("joining"):
        return names_listed(agents)
    return [c for agent in agents for c in conjuncts_of(agent)]


def parties_among(
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
    leaders = {word: leaders_of_states(word, table) for word in words}
    words = [word for word in words if not leaders[word]]
    found = referents(words, table, excluding=actor_key)
    found += (ref for named in leaders.values() for ref in named if ref not in found)
    found += (ref for ref in named_with if ref not in found)
    if event_type == "statement":
        nations = (_nation_told_as_its_people(word, table) for word in words)
        found += (ref for ref in nations if ref is not None and ref not in found)
    # "Met Lorvian firefighters", "held talks with him and the Lorvian cabinet": people a
    # nationality tells without a name are no party, nor is their country (guide: unnamed
    # officials are left out); nor is a topic ("discussed the Lorvian crisis with X").
    # Statements keep the country: "support for the Lorvian economy" is aimed at Lorvia.
    unnamed = _countries_of_unnamed_people(words, table) if event_type == "meeting" else set()
    if event_type == "meeting":
        # "A dinner in honour of the Lorvian premier and his wife": the guest's spouse; "X and
        # his wife gave a dinner for Y": the host's, told among the parties themselves, when
        # someone else is met ("he and his wife met patients" meets no one named).
        spouses = [*(words if found else []), *(c for word in words for c in conjuncts_of(word))]
        found += (ref for ref in _spouses_beside(spouses, table) if ref not in found)
    return [
        ref
        for ref in found
        if not (is_settlement(ref) or _demonym_read_as_person(ref) or ref.key in unnamed)
    ]


def _nation_told_as_its_people(word: Token, table: EntityTable) -> Referent | None:
    """ "Stood with the Lorvian people": a stance toward a whole people is toward its country,
    where people told by a nationality are otherwise no party ("Lorvian officials")."""
    if word.lemma_.lower() != "people":
        return None
    adjectives = (table.at(c) for c in children(word, "amod", "compound") if c.ent_type_ == "NORP")
    countries = (country_for_nationality(a, table) for a in adjectives if a is not None)
    return next(filter(None, countries), None)


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
    countries = (country_for_nationality(a, table) for a in adjectives if a is not None)
    told = any(country is not None and country.key == found.key for country in countries)
    return found.key if told else None


def leaders_of_states(group: Token, table: EntityTable) -> list[Referent]:
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


def stance_targets(trigger: Token, preps: tuple[str, ...]) -> list[Token]:
    """Whom a stance is taken toward, beyond the trigger's own objects."""
    # "pledging support for X": the stance word is the verb's object, the target its own.
    stances = (d for d in children(trigger, "dobj") if d.lemma_ in cue_words("stance_noun"))
    found = [o for stance in stances for o in stance_objects(stance, preps)]
    things = (thing for obj in children(trigger, "dobj") for thing in with_conjuncts(obj))
    found += (owner for thing in things for owner in _owners_of_deed(thing))
    if trigger.lemma_ == "stand":  # "would always stand by X"
        found += prep_objects(trigger, "by", "behind")
    if trigger.lemma_ in cue_words("demand_verb"):
        # "Demanded that X withdraw": the one a demand is put to is told as its clause's
        # subject, not as the verb's object.
        found += (s for clause in children(trigger, "ccomp") for s in children(clause, "nsubj"))
    if trigger.lemma_ in ("be", "remain"):
        found += praised_as_partner(trigger)
    return found


def stance_objects(stance: Token, preps: tuple[str, ...]) -> list[Token]:
    """Whom a stance noun is toward. "Affirmed the support of Lorvia for Brenn": once a target
    is told, the "of" names who holds the stance, and the parser may hang the target on it or
    on the verb voicing it; with none ("condemnation of the raid"), the "of" is the target.
    "Support for reform in Brenn": a cause told by a common noun is aimed at the place it is
    in, wherever the parser hangs that place; one told as someone's ("Brenn's war in Vell") is
    aimed at its owner."""
    holders = list(prep_objects(stance, "of"))
    aimed = tuple(prep for prep in preps if prep != "of")
    voicing = [stance.head] if stance.dep_ == "dobj" else []
    found = [o for word in [stance, *holders, *voicing] for o in prep_objects(word, *aimed)]
    causes = [word for word in found if word.pos_ == "NOUN" and not _owned(word)]
    placed = [stance, *causes] if causes else []
    found += (o for word in placed for o in prep_objects(word, "in"))
    return found or holders


def owned_deeds(trigger: Token) -> list[Token]:
    """ "Backed Brenn's claim to Kesh", "condemned Brenn's rule and its seizure of Kesh": a
    stance on a deed told as a party's is aimed at that owner (read in `stance_targets`). What
    the deed is of or to is its content, no party, though the parser may hang it on the verb."""
    objects = (thing for obj in children(trigger, "dobj") for thing in with_conjuncts(obj))
    return [thing for thing in objects if _deed_noun(thing) and any(children(thing, "poss"))]


def _owners_of_deed(thing: Token) -> list[Token]:
    """ "Praised the Brenn leaders' courage", "backed the Lorvia Union efforts": a stance on what
    a party did or holds, told by a common noun, is taken toward that party, named as its
    owner or by a name set before it. (A nationality before it may tell people rather than a
    deed: "urged Lorvian investors to ..." names no party.)"""
    if thing.pos_ != "NOUN" or thing.lemma_ in cue_words("stance_noun"):
        return []
    owners = [c for c in children(thing, "poss") if c.lower_ not in PRONOUNS]
    owners += (c for c in children(thing, "compound") if c.ent_type_ in OWNER_LABELS)
    return owners


# The names that can own a deed: a state, a body or a person.
OWNER_LABELS = frozenset({"GPE", "ORG", "PERSON"})


# The prepositions by which a thing a stance is taken on tells whose or whom it concerns:
# "the efforts of X", "a role for X", "the reforms in X", "the blockade imposed by X".
_THING_PREPS = frozenset({"of", "for", "in", "to", "with", "against", "by", "on"})

# "Condemned the visit to X": a trip reacted to is aimed at its traveller, not where it went.
_TRIPS = frozenset({"visit", "trip", "tour", "journey", "stopover"})


def stance_object_parties(trigger: Token) -> list[Token]:
    """The names a stance's object tells of, in text order, where the object is a thing and
    not a party: "supports the efforts of X", "backed the X efforts", "condemned the blockade
    imposed by X"; or that a clause pledged names. A thing told as someone's ("X's efforts")
    is aimed at its owner, read elsewhere."""
    stance = trigger.lemma_ in cue_words("stance_noun") and trigger.pos_ in NOUN_POS
    held = list(prep_objects(trigger, "for", "to")) if stance else children(trigger, "dobj")
    things = [word for word in held if _thing_of_a_stance(word)]
    told = [word for thing in things for word in subtree_of(thing) if word is not thing]
    return [word for word in [*told, *_pledged_clause_words(trigger)] if _told_of_thing(word)]


def _thing_of_a_stance(word: Token) -> bool:
    """A common noun no party: not a stance (its holder and target are read as such), a trip
    (aimed at its traveller), a person told by a role ("the visitor"), nor anyone's."""
    return _deed_noun(word) and not any(children(word, "poss"))


def _deed_noun(word: Token) -> bool:
    """A common noun that tells a thing done or held: not a stance, a trip or a person."""
    lemma = word.lemma_.lower()
    return (
        word.pos_ == "NOUN"
        and lemma not in _TRIPS
        and lemma not in cue_words("stance_noun")
        and lemma not in role_words()
        and lemma not in cue_words("guest")
    )


def _pledged_clause_words(trigger: Token) -> list[Token]:
    """ "Pledged that Norlund would defend the fishing rights of Vestmark": a pledge told as a
    clause is toward whom the clause names beside its subject, the pledger's own side."""
    if trigger.lemma_ != "pledge" or any(children(trigger, "dobj")):
        return []
    # "Pledged that Norlund would stand with Vestmark": a stance of its own, read as such.
    statements = {
        span.root.i
        for span in trigger.doc.spans.get(TRIGGERS_KEY, [])
        if span.label_ == "statement"
    }
    clauses = [clause for clause in children(trigger, "ccomp") if clause.i not in statements]
    subjects = {
        w.i for clause in clauses for s in children(clause, *SUBJECTS) for w in subtree_of(s)
    }
    return [word for clause in clauses for word in subtree_of(clause) if word.i not in subjects]


def _told_of_thing(word: Token) -> bool:
    """A prepositional object, a name set before a noun ("the X efforts"), or, in a clause
    pledged, an object or owner ("give X aid", "respect X's borders")."""
    if word.dep_ == "pobj":
        return word.head.dep_ in ("prep", "agent") and word.head.lower_ in _THING_PREPS
    if word.dep_ in ("dative", "dobj", "poss"):
        return word.head.dep_ == "ccomp" or word.head.head.dep_ == "ccomp"
    return word.dep_ == "compound" and word.ent_type_ in ("GPE", "ORG")


def _owned(word: Token) -> bool:
    return any(children(word, "poss")) or next(prep_objects(word, "of"), None) is not None


def praised_as_partner(copula: Token) -> list[Token]:
    """'"Lorvia is a true friend of Brenn," X said': the one the speaker calls the friend of,
    else, with no "of" ("Brenn is our main partner"), the one called so."""
    praise = [
        noun
        for attr in children(copula, "attr")
        for noun in with_conjuncts(attr)
        if noun.lemma_ in cue_words("praise_noun")
    ]
    befriended = [word for noun in praise for word in prep_objects(noun, "of")]
    return befriended or (children(copula, "nsubj") if praise else [])


def is_deal_text(word: Token) -> bool:
    """The text of a deal, named or not: "the treaty", "the Vadum Declaration"."""
    return word.lower_ in cue_words("deal_text") or word.lemma_.lower() in cue_words("deal_text")


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
    return any(other.i > after and office in subtree_of(other) for other in words)


def is_generic_body(ref: Referent) -> bool:
    """ "The Government", "Parliament": a body named by its kind alone says neither whose it is
    nor which one, and is no party (guide: parties are named)."""
    words = [word for word in ref.name.lower().split() if word != "the"]
    return ref.label == "ORG" and bool(words) and all(w in cue_words("body_noun") for w in words)


def is_town_or_region(ref: Referent) -> bool:
    """ "Kel", "the Vadum region": a place below a state holds no talks and makes no trip; read
    as a party, it was the scene or the home of one (a state may stand for its government)."""
    return ref.label == "GPE" and ref.place is not None and ref.place.kind != "country"


def _demonym_read_as_person(ref: Referent) -> bool:
    """ "Sri Lankan President X" cut by the model after the demonym: no person is named so."""
    return ref.label == "PERSON" and gazetteer.country_of_demonym(ref.name) is not None


def _is_group_of_people(word: Token) -> bool:
    """ "leaders", "heads of state": a plural noun of people that names no one."""
    return word.tag_ == "NNS" and word.lemma_.lower() in cue_words("group_of_people")


def _spouses_beside(words: list[Token], table: EntityTable) -> list[Referent]:
    """Like `_spouses_unnamed`, for a partner told by role alone ("the Lorvian premier and
    his wife"), whom the role stands for; other kin so told ("the President and his
    daughter") are the one the story set off by name after the same word of kin."""
    found = []
    for word in words:
        kin = _kin_word(word)
        if table.at(word) is not None or not (spouse_word(word) or kin):
            continue
        partners = (referent(c, table) for c in _joined_before(word))
        partner = next((p for p in partners if p is not None and p.label == "PERSON"), None)
        if partner is None:
            continue
        told = _kin_told_beside(partner, table, {kin}) if kin else spouse_named_of(partner, table)
        if told is not None and told not in found:
            found.append(told)
    return found


def _joined_before(word: Token) -> list[Token]:
    """The words a word is joined to by "and": its conjuncts, else, for "Lind and his wife
    gave a banquet" read by the parser as two subjects of the verb, the subject before it
    that the "and" hangs on."""
    if conjuncts_of(word) or word.dep_ not in SUBJECTS:
        return list(conjuncts_of(word))
    return [
        other
        for other in all_children(word.head)
        if other.dep_ == word.dep_
        and other.i < word.i
        and any(c.dep_ == "cc" and c.lower_ == "and" for c in all_children(other))
    ]


def _kin_word(word: Token) -> str | None:
    """ "His daughter", "her son": the word of kin, other than a spouse's, that a pronoun owns."""
    lemma = word.lemma_.lower()
    if lemma not in cue_words("kin_noun") or lemma in cue_words("spouse_noun"):
        return None
    owned = any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in all_children(word))
    return lemma if owned else None


def spouse_named_of(partner: Referent, table: EntityTable) -> Referent | None:
    """The one person of the story who bears the partner's surname and is told as a spouse:
    "his wife, Ana Marek", "First Lady Ana Marek"; else the one told as the partner's own
    spouse, whatever her surname: "Marek is accompanied by his wife, Ana Lund"; else the one
    namesake told by a wife's style and her own name, "Mrs. Ana Marek" (a style any married
    namesake bears, a mother's too, so it yields to a spouse told outright)."""
    namesake = sole_namesake(
        partner,
        table.referents,
        lambda ref: styled_as_spouse(ref) or any(_told_as_spouse(span) for span in ref.mentions),
    )
    return (
        namesake
        or _kin_told_beside(partner, table, cue_words("spouse_noun"))
        or _wife_styled_by_name(partner, table)
    )


def _wife_styled_by_name(partner: Referent, table: EntityTable) -> Referent | None:
    """The one namesake told as "Mrs. Ana Marek", for a partner who is told as no one's spouse
    (a wife's namesake styled so is her mother-in-law, not her spouse)."""
    if _told_as_a_wife(partner):
        return None
    return sole_namesake(partner, table.referents, _told_as_a_wife)


def _told_as_a_wife(person: Referent) -> bool:
    """ "His wife, Ana Marek", "First Lady Ana Marek", "Mrs. Ana Marek"."""
    return styled_as_spouse(person) or any(
        _told_as_spouse(span) or _styled_as_a_wife_by_name(span) for span in person.mentions
    )


def _styled_as_a_wife_by_name(name: Span) -> bool:
    """ "Mrs. Ana Marek", "Madame Ana Marek": a wife's style printed before her own given name
    and the surname she shares with a partner. The style before a surname alone ("Mrs Marek")
    is how a woman who leads is told too, so it tells no one's spouse."""
    before = name.doc[name.start - 1] if name.start > 0 else None
    styled = before is not None and before.lower_ in cue_words("wife_style")
    return styled and len(name) > 1 and name[0].pos_ == "PROPN"


def _kin_told_beside(
    partner: Referent, table: EntityTable, nouns: Collection[str]
) -> Referent | None:
    """The one person set off after a word of kin (one of `nouns`) whose owner is the
    partner: the name the noun is joined to ("Marek and his wife, Ana Lund", "Marek and his
    daughter, Eva"), else the subject of its clause."""
    found = [
        ref
        for ref in table.referents
        if ref.label == "PERSON"
        and ref.key != partner.key
        and any(_owner_of_kin_noun(span, table, nouns) == partner.key for span in ref.mentions)
    ]
    return found[0] if len(found) == 1 else None


def _owner_of_kin_noun(name: Span, table: EntityTable, nouns: Collection[str]) -> str | None:
    noun = _word_before_name(name)
    # Only a word of kin a pronoun owns ("his wife", "her daughter"): an office's style ("the
    # Second Gentleman") may be another holder's spouse than the one told with it before.
    if noun is None or noun.lemma_.lower() not in nouns:
        return None
    pronouns = [c for c in all_children(noun) if c.dep_ == "poss" and c.lower_ in ("his", "her")]
    if not pronouns:
        return None
    if noun.dep_ in ("nsubj", "nsubjpass"):
        # "He was met by X. His wife, Ana, and Y travelled with him": the spouse is the subject
        # herself, so her clause's subject is no partner; the "his" tells whose spouse she is.
        owner = referent(pronouns[0], table)
        return owner.key if owner is not None and owner.label == "PERSON" else None
    if noun.dep_ == "conj":
        # "Where he and his wife, Ana, will stay": the spouse is of whom the "he" stands for.
        partner = _person_of_the_country(noun.head)
        owner = referent(partner, table) if partner.lower_ in PRONOUNS else table.at(partner)
        return owner.key if owner is not None else None
    clause = next((w for w in ancestors_of(noun) if any(children(w, "nsubj", "nsubjpass"))), None)
    subjects = [] if clause is None else list(children(clause, "nsubj", "nsubjpass"))
    owners = [found.key for s in subjects if (found := table.at(s)) is not None]
    return owners[0] if len(owners) == 1 else None


def _person_of_the_country(word: Token) -> Token:
    """ "Chancellor A of Lorvia and his wife, B": the parse may join the spouse to the
    country told after the partner's name; a country has no wife, so the partner is the name
    the "of" hangs from."""
    prep = word.head
    if word.dep_ != "pobj" or prep.lower_ != "of" or word.ent_type_ not in PLACE_LABELS:
        return word
    return prep.head if prep.head.ent_type_ == "PERSON" else word


def _told_as_spouse(name: Span) -> bool:
    """ "His wife, Ana Marek" or "his wife Ana Marek": a name set off right after a spouse noun."""
    noun = _word_before_name(name)
    return noun is not None and noun.lemma_.lower() in cue_words("spouse_noun")


def _word_before_name(name: Span) -> Token | None:
    """The word a name is set off after, past a comma and the titles printed with it: "her
    husband, Prince Erik" is told after "husband"."""
    # Asked of every mention of every person for each partner whose kin is looked for: some
    # 415 times a reading in the tuning stories, for 15 names.
    kept = kept_answers(name.doc, "word_before_name")
    if kept is None:
        return _word_before_name_read(name)
    if name.start not in kept:
        kept[name.start] = _word_before_name_read(name)
    found: Token | None = kept[name.start]
    return found


def _word_before_name_read(name: Span) -> Token | None:
    start = name.start
    while start > 0 and name.doc[start - 1].lower_ in title_words():
        start -= 1
    before = [w for w in name.doc[max(0, start - 2) : start] if w.text != ","]
    return before[-1] if before else None


def state_of_person(
    person: Referent, table: EntityTable, *, named_country: bool = False
) -> Referent | None:
    codes = nationality(person, named_country=named_country)
    return table.place(gazetteer.load().countries[codes[0]]) if len(codes) == 1 else None
