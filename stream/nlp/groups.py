"""Travelling parties told as one: "a delegation composed of A and B", "the mission includes A,
B and C", "X and a group of leaders". A party's noun as a clause's subject ("the delegation
arrived", "the mission will fly on") stands for the members the story names, and for nobody
when it names none or names the members of more than one party (never a guessed party)."""

from __future__ import annotations

from spacy.tokens import Token

from stream.nlp.doctext import all_children, ancestors_of, conjuncts_of
from stream.nlp.entities.table import EntityTable, Referent
from stream.nlp.lexicon import cue_words, leader_words
from stream.nlp.roles.appositions import referents
from stream.nlp.roles.companions import clause_subjects
from stream.nlp.roles.owners import leaders_of_states
from stream.nlp.roles.reference import referent
from stream.nlp.roles.syntax import (
    RELATIVE_PRONOUNS,
    children,
    names_listed,
    prep_objects,
    with_conjuncts,
)
from stream.nlp.roles.venues import leaders_as_a_group


def members_standing_for(trigger: Token, table: EntityTable) -> list[Referent]:
    """The people a travelling party among the trigger's subjects stands for, with anyone
    named beside it ("X and a group of leaders met Y" is X and the leaders); [] when no party
    is the subject or its members are not known."""
    subjects = [_antecedent_party(s) or s for s in clause_subjects(trigger)]
    words = [word for subject in subjects for word in with_conjuncts(subject)]
    if any(table.family_at(word) for word in words):
        # "The Brenners and Mr Haugen flew to Kel": each member of the family, and anyone beside.
        return [ref for ref in referents(words, table) if ref.label == "PERSON"]
    # "The leaders of A, B and C arrived": the leader the story names of each state.
    leaders = [
        ref for word in words if _names_leaders(word) for ref in leaders_of_states(word, table)
    ]
    if len(leaders) > 1:
        return leaders
    party = next((word for word in words if _stands_for_party(word)), None)
    if party is None:
        return _leaders_of_the_party(trigger, table)
    members = _members_listed(party, table) or _story_party(party, table)
    beside = [ref for ref in referents(words, table) if ref.label == "PERSON"]
    found = {ref.key: ref for ref in [*beside, *members]}
    return list(found.values()) if len(found) > 1 else []


def _names_leaders(group: Token) -> bool:
    """ "The presidents", "the heads of state", "the prime ministers": an office a leader holds
    ("the foreign ministers of A and B" are not the leaders the story names of A and B)."""
    offices = [group, *children(group, "compound")]
    return any(word.lemma_.lower() in leader_words() | {"head"} for word in offices)


def _leaders_of_the_party(trigger: Token, table: EntityTable) -> list[Referent]:
    """ "A group of leaders met X. ... The mission includes A and B. ... The leaders will fly
    on to Kel": "the leaders", told with no count, are the party the story lists, when it lists
    one."""
    leaders = leaders_as_a_group(trigger)
    members = _story_party(leaders, table) if leaders is not None else []
    return members if len(members) > 1 else []


def _antecedent_party(word: Token) -> Token | None:
    """ "A delegation composed of A and B, which met X": the parser hangs the "which" on the
    list's last name, but it is the party that met."""
    if word.lower_ not in RELATIVE_PRONOUNS or word.head.dep_ != "relcl":
        return None
    listed = word.head.head
    party = next((a for a in ancestors_of(listed) if _is_party_noun(a)), None)
    if party is None or listed.ent_type_ != "PERSON":
        return None
    return party if listed in _listing_words(party) else None


def _stands_for_party(word: Token) -> bool:
    """ "The delegation", "a group of leaders"; "both delegations" are told by count, read
    elsewhere."""
    counted = any(c.dep_ == "nummod" or c.lower_ in ("both", "two") for c in all_children(word))
    return not counted and _is_party_noun(word)


def _is_party_noun(word: Token) -> bool:
    return word.tag_ == "NN" and word.lemma_.lower() in cue_words("travelling_party")


def _members_listed(party: Token, table: EntityTable) -> list[Referent]:
    """Whom a party's noun is told to be made of: "the mission includes A and B", "a delegation
    composed of A and B", "made up of", "including A and B"."""
    listed = _listing_words(party)
    # "Ruritania's A": the member is the person, not the state owning the name.
    found = (referent(word, table, owners=False) for word in listed)
    people = list({ref.key: ref for ref in found if ref and ref.label == "PERSON"}.values())
    return people if len(people) > 1 else []


def _listing_words(party: Token) -> list[Token]:
    """The heads of the list a party's noun is told to be made of."""
    listed: list[Token] = []
    verb = party.head
    if party.dep_ == "nsubj" and _tells_members(verb):
        listed += [*children(verb, "dobj"), *prep_objects(verb, "of")]
    for child in all_children(party):
        if child.dep_ == "acl" and _tells_members(child):
            listed += [*children(child, "dobj"), *prep_objects(child, "of")]
            # The parser may hang the list's last name on the party's noun instead.
            listed += [c for c in conjuncts_of(party) if c.i > child.i]
        if child.dep_ == "prep" and child.lower_ == "including":
            listed += children(child, "pobj")
    return names_listed(listed)


def _tells_members(verb: Token) -> bool:
    """ "Includes", "is composed of", "consists of", "is made up of"."""
    made_up = verb.lemma_ == "make" and any(
        c.dep_ == "prt" and c.lower_ == "up" for c in all_children(verb)
    )
    return made_up or verb.lemma_ in cue_words("membership")


def _story_party(party: Token, table: EntityTable) -> list[Referent]:
    """The one party whose members the story lists, with the people told beside a party's
    noun ("X and a group of leaders"); [] when it lists the members of none or of several, or
    when a party told with "a" is a new one (its members listed before it are another's)."""
    parties = [word for word in party.doc if _is_party_noun(word)]
    listings = [word for word in parties if _members_listed(word, table)]
    # A party told as someone's stands for its head, its members being the head's company.
    if len(listings) != 1 or any(_has_head(word) for word in parties):
        return []
    (listing,) = listings
    introduced = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in all_children(party))
    if introduced and listing.i < party.i:
        return []
    beside = [
        ref
        for word in parties
        for ref in referents(conjuncts_of(word), table)
        if ref.label == "PERSON"
    ]
    return [*beside, *_members_listed(listing, table)]


def _has_head(party: Token) -> bool:
    """ "His delegation", "the delegation accompanying him", "a delegation led by X", "at the
    head of a delegation": a party told as someone's."""
    # "His delegation", "X's delegation"; "the continent's peace mission" has no one at its head.
    owners = (child for child in all_children(party) if child.dep_ == "poss")
    if any(owner.tag_ == "PRP$" or owner.ent_type_ == "PERSON" for owner in owners):
        return True
    if any(c.dep_ == "acl" and c.lemma_ in cue_words("heading") for c in all_children(party)):
        return True
    # The parser may read "X and the delegation accompanying him" as their accompanying him.
    subject = party.head if party.dep_ == "conj" else party
    if subject.dep_ == "nsubj" and subject.head.lemma_ in cue_words("heading"):
        return True
    headed = party.dep_ == "pobj" and party.head.lower_ == "of"
    return headed and party.head.head.lemma_ in cue_words("heading")
