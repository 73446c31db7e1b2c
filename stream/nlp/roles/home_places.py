"""Home states, signing parties, arrival cities and capitals told last: the places a role
reads from a clause rather than from the trigger's own phrase.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from stream.nlp import gazetteer
from stream.nlp.doctext import all_children, conjuncts_of, subtree_of
from stream.nlp.entities.table import EntityTable, Referent
from stream.nlp.lexicon import cue_words, fold, role_words
from stream.nlp.roles.appositions import referents
from stream.nlp.roles.guests import pronoun_referent
from stream.nlp.roles.owners import state_of_person
from stream.nlp.roles.reference import country_for_nationality, nationality
from stream.nlp.roles.stops import ONWARD, venues_held_at
from stream.nlp.roles.syntax import (
    OTHER_CLAUSES,
    OTHER_TIME_PREPS,
    RELATIVE_PRONOUNS,
    SUBJECTS,
    TOPIC_PREPS,
    children,
    prep_objects,
    with_conjuncts,
)
from stream.nlp.roles.venues import _told_last, bare_the, place_at


def signing_witnesses(trigger: Token) -> list[Token]:
    """Who watched a signing: "the two leaders witnessed the signing of ...", "the presidents
    watched ministers sign agreements". Officials sign in their presence, for their states."""
    verb = trigger.head
    if trigger.dep_ not in ("dobj", "ccomp", "xcomp") or verb.lemma_ not in cue_words("witness"):
        return []
    return [word for subject in children(verb, "nsubj") for word in with_conjuncts(subject)]


def signing_officials(trigger: Token) -> list[Token]:
    """Whose unnamed officials sign: "ministers of Lorvia and Brenn signed", "Lorvian and
    Brennish officials signed", "was signed by officials of the two governments". Officials
    told by no name sign for their states, so the words naming those states are the parties';
    "the sides signed" names them itself."""
    agents = [word for agent in children(trigger, "agent") for word in children(agent, "pobj")]
    owners: list[Token] = []
    for signer in [*_signers(trigger), *agents]:
        of_whom = False
        for official in with_conjuncts(signer):
            if is_signing_side(official):
                owners.append(official)  # "the sides signed": the states told before
            if of_whom and official.ent_type_ == "GPE":
                # "Ministers of A and the B signed": the model joins B to the ministers.
                owners.append(official)
                continue
            if official.tag_ != "NNS" or official.lemma_.lower() not in cue_words(
                "signing_officials"
            ):
                continue
            if any(children(official, "appos")) or _names_beside(signer):
                continue  # "the ministers of A and B, X and Y": the named ones sign
            held = [*prep_objects(official, "of", "from"), *children(official, "amod")]
            owners += (word for owner in held for word in with_conjuncts(owner))
            of_whom = any(word.ent_type_ == "GPE" for word in prep_objects(official, "of"))
    return owners


def _signers(trigger: Token) -> list[Token]:
    """ "The two governments are expected to sign": a "to"-clause signs for the subject of the
    verb it completes."""
    verb = trigger
    while not any(children(verb, "nsubj")) and verb.dep_ == "xcomp" and verb.head.pos_ == "VERB":
        verb = verb.head
    return (
        list(children(verb, "nsubj", "nsubjpass"))
        if verb is not trigger
        else list(children(trigger, "nsubj"))
    )


def _names_beside(signer: Token) -> bool:
    """ "The ministers of A and B, X and Y", read with the names as conjuncts."""
    return any(word.ent_type_ == "PERSON" for word in conjuncts_of(signer))


def is_signing_side(word: Token) -> bool:
    """ "The sides", "the two countries", "both governments": the states told before."""
    return word.tag_ == "NNS" and word.lemma_.lower() in cue_words("signing_sides")


def deal_parties(trigger: Token, table: EntityTable) -> list[Referent]:
    """The parties a signed text names itself: "the signing of a memorandum between Indonesia
    and Malaysia", "signed an agreement between the two governments" (left to the caller), or
    the signing names: "a memorandum was signed between A and B"."""
    texts = [*children(trigger, "dobj", "nsubjpass"), *prep_objects(trigger, "of")]
    texts += _text_signed_elsewhere(trigger)
    # "A memorandum on fisheries between A and B is to be signed": with no signer named, the
    # parties may follow the text's topic ("X and Y signed a declaration on cooperation
    # between A and B" is X's and Y's).
    if not any(children(trigger, "nsubj", "agent")):
        texts += [topic for text in texts for topic in prep_objects(text, "of", "on")]
    # "A memorandum was signed between A and B": the parties hang on the signing itself.
    between = [word for text in [trigger, *texts] for word in prep_objects(text, "between")]
    return referents(between, table, names_only=True)


def deal_between(trigger: Token) -> list[Token]:
    """Every word a signed text is told "between": "the agreement between A and the enemy,
    signed ...", "a memorandum was signed between A and B"."""
    texts = [*children(trigger, "dobj", "nsubjpass"), *prep_objects(trigger, "of")]
    texts += _text_signed_elsewhere(trigger)
    return [
        word
        for text in [trigger, *texts]
        for owner in prep_objects(text, "between")
        for word in with_conjuncts(owner)
    ]


def _text_signed_elsewhere(trigger: Token) -> list[Token]:
    """The text a signing hangs from rather than holds: "a memorandum between A and B is to be
    signed" (the subject of "is"), "the treaty between A and B, signed by X" (the word the
    signing describes)."""
    if trigger.dep_ == "xcomp":
        return list(children(trigger.head, "nsubj", "nsubjpass"))
    return [trigger.head] if trigger.dep_ == "acl" else []


def state_of(word: Token, table: EntityTable) -> Referent | None:
    """The state a party word stands for: a state itself, "the Kenyan president", "Kenya's
    foreign minister", or a person whose title says whose ("Indonesian President X")."""
    found = table.at(word)
    if found is None:
        # "the Kenyan president": the role phrase stands for the person it was resolved to.
        people = {
            ref.key: ref
            for c in all_children(word)
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
        country = country_for_nationality(owner, table) if owner.label == "NORP" else owner
        if country is not None and country.place is not None and country.place.kind == "country":
            return country
    return None


def home_state(person: Referent, table: EntityTable) -> Referent | None:
    """The state a person is at home in: the one a title before their name gives ("Lorvian
    President A", "Lorvia's A"), else the one the story tells them holding office in, leading
    or inviting guests to ("A, the President of Lorvia", "A, who leads Lorvia", "A invited B
    to visit Lorvia"), or going back to ("A returned to Brenn"), else the seat of a former
    state a role phrase of theirs names ("the Soviet leader"). Two such states, or none,
    leave it unknown."""
    codes = (
        nationality(person, named_country=True)
        or sorted(
            {code for span in person.mentions for code in _states_told_held(span.root, table)}
            | set(_invited_to_as_pronoun(person, table))
        )
        or _seats_of_former_states(person)
    )
    return table.place(gazetteer.load().countries[codes[0]]) if len(codes) == 1 else None


def _seats_of_former_states(person: Referent) -> list[str]:
    """ "The Soviet leader": a role phrase told of the person names a state gone from the map,
    whose leaders were at home where its seat was (the country that holds it today)."""
    seats = {
        seat.country_code
        for span in person.mentions
        if span[0].ent_type_ != "PERSON"
        for word in span
        if word.ent_type_ == "NORP" and (seat := gazetteer.seat_of_former_state(word.text))
    }
    return sorted(seats)


def _states_told_held(name: Token, table: EntityTable) -> Iterator[str]:
    """Countries the sentence of one mention tells its person holding: an office "of" one set
    beside the name, one they govern, one they invite a guest to, one they go back to."""
    offices = [*children(name, "appos"), *([name.head] if name.dep_ == "appos" else [])]
    for office in offices:
        # "The Presidents of Lorvia, A, and of Brenn, B" pair offices and names by order.
        if office.lemma_.lower() in role_words() and office.tag_ not in ("NNS", "NNPS"):
            yield from _country_codes(prep_objects(office, "of"), table, cities=False)
    # "Emperor A of Lorvia": the state set after a titled name is the one the title is of.
    if name.doc[name.left_edge.i].lower_ in role_words():
        yield from _country_codes(prep_objects(name, "of"), table, cities=False)
        # "Emperor A and Empress B of Lorvia": the state closing two titled names is both's.
        yield from _country_codes(_state_closing_titled_pair(name), table, cities=False)
    for verb in _verbs_of_subject(name):
        if verb.lemma_ in cue_words("governing"):
            yield from _country_codes(children(verb, "dobj"), table, cities=False)
        yield from _countries_invited_to(verb, table)
        yield from _country_gone_back_to(verb, table)


def _countries_invited_to(verb: Token, table: EntityTable) -> Iterator[str]:
    """ "Invited B to visit Lorvia", "invited B to Brenn", "extended an invitation to B to visit
    Lorvia": a guest comes to the host's."""
    made = [
        noun
        for noun in children(verb, "dobj")
        if noun.lemma_ == "invitation" and verb.lemma_ in cue_words("invitation_made")
    ]
    for inviting in [verb] if verb.lemma_ == "invite" else made:
        trips = [*children(inviting, "xcomp", "acl"), inviting]
        places = [
            *(place for trip in trips for place in children(trip, "dobj")),
            *(place for trip in trips for place in prep_objects(trip, "to")),
        ]
        yield from _country_codes(places, table, cities=True)


def _invited_to_as_pronoun(person: Referent, table: EntityTable) -> Iterator[str]:
    """ "She invited B to visit Lorvia": the countries a pronoun that stands for the person
    invites a guest to."""
    doc = person.mentions[0].doc
    for word in doc:
        if word.dep_ != "nsubj" or word.lower_ not in ("he", "she"):
            continue
        codes = list(_countries_invited_to(word.head, table))
        meant = pronoun_referent(word, table, None) if codes else None
        if meant is not None and meant.key == person.key:
            yield from codes


def _state_closing_titled_pair(name: Token) -> list[Token]:
    """The state told "of" after the titled name joined to a titled name that has none of its
    own: "Lorvia" of "Emperor A and Empress B of Lorvia", read for A."""
    if any(prep_objects(name, "of")):
        return []
    pair = [
        word
        for word in children(name, "conj")
        if word.ent_type_ == "PERSON" and name.doc[word.left_edge.i].lower_ in role_words()
    ]
    return (
        [place for word in pair[:1] for place in prep_objects(word, "of")] if len(pair) == 1 else []
    )


def _country_gone_back_to(verb: Token, table: EntityTable) -> Iterator[str]:
    """ "Returned to Brenn", "flew back to Lorvia", "flew home to Vadum": a country one goes
    back to is one's own, and so is that of a capital one goes back to or of any place one
    goes home to. A return with a purpose ("returned to Brenn for the summit") may be a
    second trip there."""
    bound = [c for c in all_children(verb) if c.dep_ in ("advmod", "npadvmod", "prt")]
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
        if any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in all_children(verb))
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
    owner = _town_told_as_owner(site)
    if owner is not None:
        return table.place(owner)
    towns = [_town_named(words) for words in _town_words(site.name)]
    # "Northfield-Vik Airport" serves the city of Northfield before a region of that name.
    ranked = sorted((town for town in towns if town is not None), key=lambda t: t.kind != "city")
    if ranked:
        return table.place(ranked[0])
    leading = _big_city_opening(site.name)
    return table.place(leading) if leading is not None else None


def _town_told_as_owner(site: Referent) -> gazetteer.Place | None:
    """ "Landed at Vadum's Ivo Marek Airport": the town an airport is told as belonging to is
    the one it serves, whatever the model labelled the town (it may read it as a person)."""
    for mention in site.mentions:
        for owner in children(mention.root, "poss"):
            known = gazetteer.place(owner.text)
            if known is not None and known.kind == "city" and fold(known.name) == fold(owner.text):
                return known
    return None


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
    for word in subtree_of(clause):
        if word.dep_ != "pobj" or word.head.lower_ not in ("in", "at") or word.idx < dateline_end:
            continue
        if not _told_in_clause(word.head, clause):
            continue
        found = place_at(word, table)
        if found is not None:
            return found
    found = _venue_of_joined_verb(clause, table, dateline_end)
    if found is not None:
        return found
    # "will travel to Rosario to celebrate the signing": the purpose of a trip is met there.
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in all_children(clause))
    trip = clause.head
    if infinitive and clause.dep_ in ("advcl", "xcomp") and trip.lemma_ in cue_words("motion"):
        for word in prep_objects(trip, "to"):
            found = place_at(word, table)
            if found is not None and word.idx >= dateline_end:
                return found
    return None


def _venue_of_joined_verb(clause: Token, table: EntityTable, dateline_end: int) -> Referent | None:
    """ "When she and X fed ducks at the Orla Palace and held talks": a verb joined to the
    one before it, with no subject of its own, is done where the parties did that together;
    the venue the parse hangs on the first verb is the talks' too. What one party did alone
    ("laid a wreath at the memorial and held talks") may have been elsewhere."""
    verb = clause.head
    if clause.dep_ != "conj" or verb.pos_ != "VERB" or any(children(clause, *SUBJECTS)):
        return None
    if not any(_joint(subject) for subject in children(verb, "nsubj")):
        return None
    for word in venues_held_at(verb):
        found = place_at(word, table, site=True, venues=True)
        if found is not None and word.idx >= dateline_end:
            return found
    return None


def _joint(subject: Token) -> bool:
    """ "She and X", "the two leaders", "they": a subject of more than one party."""
    return (
        bool(conjuncts_of(subject)) or subject.tag_ in ("NNS", "NNPS") or subject.lower_ == "they"
    )


def framing_place(chain: list[Token], table: EntityTable, dateline_end: int) -> Referent | None:
    """A place the event's clause is set in rather than one it names itself: "was driven to
    the Alder Palace, where he held talks with X" (a "where" clause anywhere up the chain, not
    only on the trigger), and "In Ulm, Lund is scheduled to hold talks with X" (a place put
    before the subject, at the head of the sentence, which frames all of its main clause)."""
    for word in chain[1:]:
        if word.dep_ == "relcl" and any(c.lower_ == "where" for c in all_children(word)):
            found = place_at(word.head, table, site=True)
            if found is not None and word.head.idx >= dateline_end:
                return found
    for word in chain:
        for obj in _fronted_places(word):
            found = place_at(obj, table)
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
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in all_children(token))
        if token.dep_ == "xcomp" and infinitive:
            return False
        if token.dep_ == "pobj" and token.head.lower_ in TOPIC_PREPS | OTHER_TIME_PREPS:
            return False
        if token.dep_ == "pcomp" and _another_leg(token):
            return False
        token = token.head
    return True


def _another_leg(gerund: Token) -> bool:
    """ "Met X, before landing in Vik", "before flying on to Vik": a place the parties are told
    going to after the event is the next leg's, not the event's."""
    return gerund.head.lower_ == "before" and gerund.lemma_ in cue_words("motion")


def told_onward(place: Token) -> bool:
    """ "... and then on to Bergen": a stage of its own, after the stops told before it."""
    onward = place.head.head if place.head.lower_ == "to" else place
    return onward.dep_ == "conj" and onward.lower_ in ONWARD


def told_in_clause(word: Token, verb: Token) -> bool:
    """Whether a word below a verb belongs to the verb's own clause, not to one it governs."""
    while word.i != verb.i and word.head.i != word.i:
        if word.dep_ in OTHER_CLAUSES and word.pos_ in ("VERB", "AUX"):
            return False
        word = word.head
    return word.i == verb.i


def the_capital_told(verb: Token) -> Token | None:
    """ "Arrived in the capital": a bare "the capital", which names no country; "signed an
    agreement in the capital" tells it on the thing done."""
    done = [word for thing in children(verb, "dobj") for word in prep_objects(thing, "in")]
    for word in [*prep_objects(verb, "in", "to", "into"), *done]:
        if word.lemma_.lower() == "capital" and bare_the(word):
            return word
    return None


def capital_told_last(word: Token, table: EntityTable) -> Referent | None:
    """ "Landed in Vadum. ... On Tuesday she drove back to the capital": a bare "the capital" is
    the capital city named last, in its paragraph or the one before; not one a trip is told
    coming from ("travelled with her from Lorn"), which the party has left."""
    return _told_last(
        word,
        table,
        lambda found: found.place is not None and gazetteer.is_capital(found.place),
        where_told=lambda told: not (told.dep_ == "pobj" and told.head.lower_ == "from"),
    )
