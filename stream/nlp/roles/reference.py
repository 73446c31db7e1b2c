"""`referent`: the canonical referent a word stands for, including nationalities, members of
a body, delegations and their heads.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span, Token

from stream.nlp import gazetteer
from stream.nlp.doctext import (
    all_children,
    ancestors_of,
    entities_of,
    span_text,
    subtree_of,
    words_of,
)
from stream.nlp.entities.matchers import PLACE_LABELS, PRONOUNS
from stream.nlp.entities.table import EntityTable, Referent, office_set_off, tells_talks
from stream.nlp.lexicon import cue_words, office_styles, role_words
from stream.nlp.roles.guests import HONOUR_WORDS, pronoun_referent, visitor_other_than
from stream.nlp.roles.syntax import (
    HEADING_VERBS,
    LISTED_WORDS,
    PART_SEARCHES,
    TITLE_POS,
    TITLE_WORDS,
    children,
    name_after,
    name_after_office,
    prep_objects,
    titled_member,
    titled_names,
)

# Where `nationality` keeps its answers on a Doc.
_NATIONALITIES_KEY = "newsstream_nationalities"


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
    found = _country_renamed_by_person(token, table, places) or titled_member(
        token, table, places=places
    )
    if found is not None:
        return country_for_nationality(found, table) if found.label == "NORP" else found
    if token.lower_ in PRONOUNS:
        return pronoun_referent(token, table, excluding)
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
    lemma = token.lemma_.lower()
    person_noun = lemma in role_words() or lemma in cue_words("person_noun")
    person_noun = person_noun or _office_style_noun(token)
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
                return country_for_nationality(found, table) if found.label == "NORP" else found
    return None


def _office_style_noun(noun: Token) -> bool:
    """ "The Ruritanian First Lady": an office told by its style names a person; the
    nationality before it says whose office it is, and is no party."""
    leading = " ".join(w.lower_ for w in noun.lefts if w.dep_ == "compound" and not w.ent_type_)
    return f"{leading} {noun.lower_}".strip() in office_styles()


def _country_renamed_by_person(token: Token, table: EntityTable, places: bool) -> Referent | None:
    """ "The Lorvian under secretary of state, A B, is expected": the parser may make the
    country heading the office the phrase's head and hang the holder's name on it as an
    apposition; a person's name never renames a country, so the phrase stands for the person."""
    if places or token.ent_type_ not in ("GPE", "NORP"):
        return None
    for name in children(token, "appos"):
        found = table.at(name)
        if found is not None and found.label == "PERSON":
            return found
    return None


def _named_or_meant(noun: Token, table: EntityTable) -> Referent | None:
    named = name_after(noun, table) or name_after_office(noun, table)
    return named or _guest_of_host(noun, table)


def _guest_of_host(noun: Token, table: EntityTable) -> Referent | None:
    """ "The King held talks with his guest": a host's guest is the story's visitor, the person
    it tells travelling other than the host; of several (a spouse, a trip long past), the one
    it tells of most. None, or a tie, is no one."""
    if noun.tag_ != "NN" or noun.lemma_.lower() not in cue_words("guest"):
        return None
    owner = next(children(noun, "poss"), None)
    owner = _hosts_told_as_their(owner) if owner is not None else _host_of_the_guest(noun)
    host = referent(owner, table) if owner is not None else None
    if host is None and _guest_going_alone(noun):
        return visitor_other_than("", table)
    if host is None or host.label != "PERSON":
        return None
    return visitor_other_than(host.key, table)


def _hosts_told_as_their(owner: Token) -> Token | None:
    """ "X and his wife gave a dinner for their guest": "their" names no one; the hosts it
    stands for are the subject of its clause, the first of them the host."""
    if owner.lower_ != "their":
        return owner
    verb = next((word for word in ancestors_of(owner) if word.pos_ in ("VERB", "AUX")), None)
    return next(children(verb, "nsubj"), None) if verb is not None else None


def _guest_going_alone(noun: Token) -> bool:
    """ "The guest leaves tomorrow for Kel", "the visitor flew on to Kel": "the guest" told as
    the subject of a clause with no host in it still means the story's visitor, the one it
    tells travelling most."""
    definite = any(c.lower_ == "the" for c in all_children(noun))
    return definite and noun.dep_ in ("nsubj", "nsubjpass") and not any(children(noun, "poss"))


def _host_of_the_guest(noun: Token) -> Token | None:
    """ "The King hosted a dinner in honour of the guest", "a dinner in the visitor's honour":
    "the guest" told as the object of a host's clause is the host's guest; the host is the
    clause's subject. "X and the visitor held talks": told beside the host, it is X's."""
    if not any(c.lower_ == "the" for c in all_children(noun)):
        return None
    if noun.dep_ == "conj" and noun.head.dep_ == "nsubj":
        return noun.head
    if noun.dep_ == "nsubj":
        return _met_by_the_guest(noun.head)
    honoured = noun.dep_ == "poss" and noun.head.lemma_.lower() in HONOUR_WORDS
    if noun.dep_ not in ("dobj", "pobj") and not honoured:
        return None
    verb = next((word for word in ancestors_of(noun) if word.pos_ == "VERB"), None)
    return next(children(verb, "nsubj"), None) if verb is not None else None


def _met_by_the_guest(verb: Token) -> Token | None:
    """ "The visitor held talks with X", "the guest met X", "the visitor called on X": whom
    "the guest" told as the subject meets is the host, and the guest the story's visitor
    other than that host."""
    talks = [word for word in (verb, *children(verb, "dobj")) if tells_talks(word)]
    partners = [partner for talk in talks for partner in prep_objects(talk, "with")]
    if verb.lemma_ == "meet":
        partners += children(verb, "dobj")
    if verb.lemma_ == "call":
        partners += prep_objects(verb, "on")
    return partners[0] if partners else None


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
        word.lower_ == "the" for word in all_children(company)
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
    return country_for_nationality(country, table) if country is not None else None


def _modifier_labelled(word: Token, table: EntityTable, label: str) -> Referent | None:
    found = (table.at(child) for child in all_children(word))
    return next((ref for ref in found if ref is not None and ref.label == label), None)


def _delegation_told_before(delegation: Token, table: EntityTable) -> Referent | None:
    if not any(word.lower_ == "the" for word in all_children(delegation)):
        return None
    earlier = reversed(delegation.doc[: delegation.i])
    before = next((w for w in earlier if w.lemma_ == "delegation" and w.tag_ == "NN"), None)
    return _party_of_delegation(before, table) if before is not None else None


def _head_of_delegation(delegation: Token, table: EntityTable) -> Referent | None:
    leading = (w for w in subtree_of(delegation) if w.dep_ == "acl" and w.lemma_ in HEADING_VERBS)
    heads = (referent(agent, table) for verb in leading for agent in prep_objects(verb, "by"))
    return next((ref for ref in heads if ref is not None and ref.label == "PERSON"), None)


def _body_of_members(people: Token, table: EntityTable) -> Referent | None:
    """ "The foreign ministers of the GCC", "her counterparts from Nordic Council
    states": the members of a body, told as a group, stand for the body."""
    for member_of in prep_objects(people, "of", "from"):
        for word in [member_of, *children(member_of, "compound")]:
            found = table.at(word)
            if found is not None and found.label == "ORG":
                return found
    return None


def country_for_nationality(norp: Referent, table: EntityTable) -> Referent | None:
    country = gazetteer.country_of_demonym(norp.name) or gazetteer.place(norp.name)
    if country is None or country.kind != "country":
        return None
    return table.place(country)


def nationality(person: Referent, *, named_country: bool = False) -> list[str]:
    """Countries a person's title gives just before the name: "Indonesian President X",
    "Kenya's Foreign Minister X", "the presidents of Lorvia and Norland, A and B" (each its
    own), and with `named_country` "U.S. President X"."""
    # Asked again and again of the same person (merging asks it of both events of every pair
    # it weighs): the answer depends only on where the person is named, in a Doc whose
    # annotations are final once the pipeline has run, so it is kept on that Doc.
    doc = person.mentions[0].doc if person.mentions else None
    if doc is None or any(span.doc is not doc for span in person.mentions):
        return _nationality_read(person, named_country=named_country)
    key = (named_country, tuple((span.start, span.end) for span in person.mentions))
    known: dict[tuple[bool, tuple[tuple[int, int], ...]], list[str]]
    known = doc.user_data.setdefault(_NATIONALITIES_KEY, {})
    if key not in known:
        known[key] = _nationality_read(person, named_country=named_country)
    return list(known[key])


def _nationality_read(person: Referent, *, named_country: bool) -> list[str]:
    codes: list[str] = []
    read: dict[Doc, tuple[Span, ...]] = {}

    def ents(doc: Doc) -> tuple[Span, ...]:
        # `Doc.ents` rebuilds every span on each call: one reading serves every mention.
        if doc not in read:
            read[doc] = entities_of(doc)
        return read[doc]

    for span in person.mentions:
        doc = span.doc
        # The words kept for the reading: `doc[i]` makes a Token anew at each call, and the
        # title before every mention of every person is walked word by word.
        words = words_of(doc)
        respective = _respective_country(doc, span, ents)
        if respective is not None and respective.country_code not in codes:
            codes.append(respective.country_code)
        # A role phrase names the country inside it: "the Kenyan president".
        i = span.end - 1 if span[0].ent_type_ != "PERSON" else span.start - 1
        # "Norway's minister of state for trade, X": the country is told before the office.
        office = office_set_off(doc, span.start) if span[0].ent_type_ == "PERSON" else None
        i = office.i if office is not None else i
        start = office.i + 1 if office is not None else span.start
        while i >= 0 and start - i <= TITLE_WORDS and title_word(words[i]):
            # "Trinidad and Tobago Prime Minister X": a country's own name may hold words that
            # are no title's; it is read from its first word.
            i = _name_start(doc, i)
            word = words[i]
            misread = _demonym_misread(doc, i)
            if misread is not None:
                if misread.country_code not in codes:
                    codes.append(misread.country_code)
                break
            if word.ent_type_ in ("NORP", "GPE") and word.ent_iob_ == "B":
                end = i + 1
                while end < len(doc) - 1 and words[end].ent_iob_ == "I":
                    end += 1
                name = span_text(doc[i:end])
                owner = words[end].lower_ == "'s"
                # "U.S. President X": a country's bare name set before the office is its
                # holder's state too, when the caller reads it so.
                bare = named_country and words[end].pos_ in TITLE_POS
                # "Presidents of Lorvia and Norland A and B": each name takes its own country.
                if len(_countries_listed(doc, i, end, ents(doc))) > 1:
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


def _demonym_misread(doc: Doc, i: int) -> gazetteer.Place | None:
    """A nationality the model took for part of a name ("Sri Lankan" read as a PERSON) ending
    at `i`: the gazetteer knows its demonyms whatever label the model gave them."""
    # Only the whole of what the model labelled: "Japanese" inside an organisation's name is
    # no one's title.
    kept = words_of(doc)
    if i + 1 < len(doc) and kept[i + 1].ent_iob_ == "I":
        return None
    for start in range(max(0, i - 2), i + 1):
        words = kept[start : i + 1]
        if words[0].ent_type_ in ("NORP", "GPE") or words[0].ent_iob_ == "I":
            continue
        if not all(w.is_title for w in words):
            continue
        found = gazetteer.country_of_demonym(span_text(doc[start : i + 1]))
        if found is not None:
            return found
    return None


def _name_start(doc: Doc, i: int) -> int:
    words = words_of(doc)
    while i > 0 and words[i].ent_type_ in ("NORP", "GPE") and words[i].ent_iob_ == "I":
        i -= 1
    return i


def _countries_listed(doc: Doc, start: int, end: int, ents: tuple[Span, ...]) -> list[Span]:
    """The run of places named together that ends with the one at `start`..`end`:
    "Lorvia and Norland", "Lorvia, Norland and Tarsa"; `ents` are the Doc's entities."""
    places = [ent for ent in ents if ent.label_ in ("NORP", "GPE") and ent.end <= end]
    run = [place for place in places if place.start == start]
    if not run:
        return []
    for place in reversed(places):
        if place.end <= run[0].start and _only_joins(words_of(doc)[place.end : run[0].start]):
            run.insert(0, place)
    # "In Lima, Norwegian President X": a list of countries is of one kind, closed by "and".
    joined = len(run) > 1 and any(
        w.lower_ == "and" for w in words_of(doc)[run[-2].end : run[-1].start]
    )
    alike = len({place.label_ for place in run}) == 1
    return run if joined and alike and run[-1].end == end else run[-1:]


def _respective_country(
    doc: Doc, name: Span, ents: Callable[[Doc], tuple[Span, ...]]
) -> gazetteer.Place | None:
    """The country a name takes from a list of as many set before the list of names: "the
    presidents of Lorvia and Norland, A and B" gives B Norland; lists of unlike length none."""
    before = words_of(doc)[max(0, name.start - LISTED_WORDS) : name.start]
    # `Doc.ents` rebuilds every span: read it only where two lists may stand.
    if not any(w.lower_ == "and" for w in before) or not any(
        w.ent_type_ in ("GPE", "NORP") for w in before
    ):
        return None
    people = [ent for ent in ents(doc) if ent.label_ == "PERSON"]
    if not any(person.start == name.start for person in people):
        return None
    run = _run_around(people, name.start, doc)
    i = run[0].start - 1
    while i >= 0 and run[0].start - i <= TITLE_WORDS and doc[i].ent_type_ not in ("GPE", "NORP"):
        # A proper noun outside any name may be a name the model missed, shifting the lists.
        if doc[i].pos_ == "PROPN" or not (title_word(doc[i]) or doc[i].text == ","):
            return None
        i -= 1
    if i < 0 or doc[i].ent_type_ not in ("GPE", "NORP"):
        return None
    countries = _countries_listed(doc, _ent_start(doc, i), i + 1, ents(doc))
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
    while first > 0 and _only_joins(words_of(doc)[people[first - 1].end : people[first].start]):
        first -= 1
    while last < len(people) - 1 and _only_joins(
        words_of(doc)[people[last].end : people[last + 1].start]
    ):
        last += 1
    return people[first : last + 1]


def _ent_start(doc: Doc, i: int) -> int:
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    return i


def _only_joins(words: Sequence[Token]) -> bool:
    return len(words) > 0 and all(word.lower_ in (",", "and") for word in words)


def title_word(word: Token) -> bool:
    """A word of a title before a name; an "of" inside an office ("Secretary of State") too."""
    if word.pos_ in TITLE_POS | {"DET"}:
        return True
    doc = word.doc
    words = words_of(doc)
    inside = 0 < word.i < len(doc) - 1 and words[word.i - 1].is_title and words[word.i + 1].is_title
    return word.lower_ == "of" and inside
