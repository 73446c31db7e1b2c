"""Who travels together: accompanied and visiting parties, spouses, co-subjects, couples and
group words ("the two leaders").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from stream.nlp import gazetteer
from stream.nlp.doctext import all_children, ancestors_of, conjuncts_of, subtree_of, words_in
from stream.nlp.entities.matchers import PLACE_LABELS
from stream.nlp.entities.table import EntityTable, Referent
from stream.nlp.lexicon import cue_words, fold, role_words
from stream.nlp.roles.actors import (
    greeters_together_with,
    is_force,
    is_passive,
    passive_agents,
    subject_set_off_after_opening_phrase,
)
from stream.nlp.roles.appositions import fellow_heads, names_set_off, referents, spouse_word
from stream.nlp.roles.guests import (
    TRIP_NOUNS,
    called_visiting,
    is_meal,
    meal_guests,
    passengers_told_after,
)
from stream.nlp.roles.met_parties import _subjects, joined_with, next_names_listed_past_country
from stream.nlp.roles.owners import _is_group_of_people, spouse_named_of
from stream.nlp.roles.reference import referent
from stream.nlp.roles.syntax import (
    CLAUSES,
    NOUN_POS,
    RELATIVE_PRONOUNS,
    SEQUENCE_PREPS,
    SUBJECTS,
    Role,
    children,
    is_name_head,
    name_after,
    names_listed,
    prep_objects,
    titled_names,
    told_after_among,
    with_conjuncts,
)

LIST_PRONOUNS = frozenset({"them", "those", "these"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})


def presence_list(sentence: Span) -> list[Token]:
    """The persons a sentence lists as present at a gathering, when listing them is all it
    does: "Among those present were A and B", "Among them were A and B", "Taking part were A
    and B", "The leaders are attending, among them A and B", "Around the table sat A and B",
    "Among the guests was A", "A and B were among the 200 guests"."""
    root = sentence.root
    cue = _presence_cue(root) or _seat_told_first(root)
    if cue is None:
        return []
    # "A, who stood in for C, and B": whom a clause tells of is not listed present. The parse
    # may hang the clause on any name of the list, or on the verb.
    clauses = [c for c in sentence if c.dep_ in CLAUSES and c.i != root.i]
    told = {w.i for c in clauses for w in subtree_of(c)}
    after = [word for word in sentence if word.i > cue.i]
    listed = after if any(map(is_name_head, after)) else _guests_told_first(root, cue)
    return [word for word in listed if is_name_head(word) and word.i not in told]


def _guests_told_first(root: Token, cue: Token) -> list[Token]:
    """ "A and B were among the 40 guests": with no one named after "among the guests", the
    guests are the subjects told before the verb, when each of them is named. "Members of the
    cabinet and A were among the guests" tells of the company, not of the guests one by one."""
    subjects = [s for s in children(root, "nsubj") if s.i < root.i]
    listed = [word for s in subjects for word in with_conjuncts(s)]
    if not _among_guests(cue) or not listed or not all(map(_person_named, listed)):
        return []
    return [word for s in subjects for word in subtree_of(s)]


def _person_named(word: Token) -> bool:
    """A person's name, or an office told with the name of its holder ("the Speaker, A"); a
    group ("Members of the cabinet, A") is no one person."""
    holder = word.tag_ != "NNS" and any(map(is_name_head, children(word, "appos")))
    return is_name_head(word) or holder


def lists_guests(sentence: Span) -> bool:
    """Whether a sentence of presence lists guests by that word ("Among the guests was A", "A
    was among the 200 guests"), as the guests of a meal are told."""
    cue = _presence_cue(sentence.root)
    return cue is not None and _among_guests(cue)


def _among_guests(cue: Token) -> bool:
    return any(o.lemma_.lower() in cue_words("guest") for o in children(cue, "pobj"))


def _presence_cue(root: Token) -> Token | None:
    """The word after which a sentence of presence lists the present: "among" hung on the
    main verb ("among those present", "among them", "among the guests"), or "part" of an
    inverted "Taking part were"."""
    if root.lemma_ == "take" and root.i == root.sent.start:
        part = next((c for c in children(root, "dobj") if c.lower_ == "part"), None)
        inverted = any(c.lemma_ == "be" and c.i > root.i for c in all_children(root))
        return part if part is not None and inverted else None
    if root.lemma_ != "be" and root.lemma_ not in cue_words("attendance"):
        return None
    # "Among the 200 guests": those a meal or a gathering is given for, as a list's pronoun.
    listing = [*LIST_PRONOUNS, *cue_words("guest")]
    for prep in children(root, "prep"):
        pronouns = [
            o for o in children(prep, "pobj") if o.lower_ in listing or o.lemma_.lower() in listing
        ]
        if prep.lower_ == "among" and pronouns:
            return prep
    return None


# Prepositions that seat someone at a gathering's table: "around the table sat A and B".
SEATING_PREPS = frozenset({"around", "round", "at"})


def _seat_told_first(root: Token) -> Token | None:
    """ "Around the table sat A and B", "At the table were A and B": a sentence that opens on
    the gathering's seat, its subjects after the verb, lists who sat at the gathering."""
    if root.lemma_ not in ("be", "sit") or not any(s.i > root.i for s in children(root, "nsubj")):
        return None
    opening = [prep for prep in children(root, "prep") if prep.i == root.sent.start]
    seats = [
        seat
        for prep in opening
        if prep.lower_ in SEATING_PREPS
        for seat in children(prep, "pobj")
        if seat.lemma_ in cue_words("gathering_seat")
    ]
    return seats[0] if seats else None


def receives_a_group(trigger: Token) -> bool:
    """ "Hosted the leaders of the member states", "welcomed the delegations": the guests are
    told as a group of people, not by name."""
    guests = list(children(trigger, "dobj"))
    groups = cue_words("group_of_people") | {"delegation"}
    return bool(guests) and all(
        word.tag_ == "NNS" and word.lemma_.lower() in groups for word in guests
    )


def is_group_of_people(word: Token) -> bool:
    return _is_group_of_people(word)


def tells_a_meal(trigger: Token) -> bool:
    """ "Hosted a dinner for X", "offered a lunch in his honour", "hosted X for dinner", "a
    banquet hosted by Y": the occasion the trigger tells is a meal given, not talks held over
    one ("a working dinner")."""
    told = [trigger, *children(trigger, "dobj"), *prep_objects(trigger, "for")]
    if trigger.dep_ == "acl":
        told.append(trigger.head)
    return any(is_meal(word) and not _worked_over(word) for word in told)


def tells_a_state_meal(trigger: Token) -> bool:
    """ "Gave a state banquet in honour of X", "hosted a State dinner for X": the meal given
    is the formal occasion of a state visit, not a meal taken at its welcome or its talks."""
    told = [trigger, *children(trigger, "dobj"), *prep_objects(trigger, "for")]
    if trigger.dep_ == "acl":
        told.append(trigger.head)
    return any(
        is_meal(word) and any(left.lower_ == "state" for left in word.lefts) for word in told
    )


def _worked_over(meal: Token) -> bool:
    return any(word.lower_ == "working" for word in meal.lefts)


def place_hung_on_guest(trigger: Token, table: EntityTable) -> Referent | None:
    """ "Hosted a banquet in honour of X at the Tamar Hall": the parse may hang the place of
    a meal on its guest."""
    guests = meal_guests(trigger)
    # "A dinner in honour of X and his delegation at the State House": the parse may join the
    # delegation to the meal, and hang the place on it.
    meals = [word for word in [trigger, *children(trigger, "dobj")] if is_meal(word)]
    guests += (word for meal in meals for word in conjuncts_of(meal) if not is_meal(word))
    if trigger.lemma_ in cue_words("hosting") and receives_a_group(trigger):
        # "Hosted the leaders of A and the B partners at the Palace": on the group received,
        # or on a noun inside it, short of a clause of its own.
        guests += [
            word
            for group in children(trigger, "dobj")
            for word in subtree_of(group)
            if word.pos_ in NOUN_POS and not any(a.pos_ == "VERB" for a in _up_to(word, group))
        ]
    places = (
        referent(place, table, places=True)
        for guest in guests
        for place in prep_objects(guest, "at")
    )
    # "A dinner in honour of his two guests in the Hall of Mirrors": a building told with "in"
    # is the venue too; a town told so ("his guests in Oslo") may be where the guests live.
    venues = (
        referent(place, table, places=True)
        for guest in guests
        for place in prep_objects(guest, "in")
    )
    found = [
        *(ref for ref in places if ref is not None and ref.label in PLACE_LABELS),
        *(ref for ref in venues if ref is not None and ref.label == "FAC"),
    ]
    return next(iter(found), None)


def _up_to(word: Token, top: Token) -> list[Token]:
    """The words from `word` up the parse to `top`, `top` left out."""
    path: list[Token] = []
    while word.i != top.i and word.head.i != word.i:
        path.append(word)
        word = word.head
    return path


def forces_subject(trigger: Token) -> bool:
    """Whether troops, ships or police are what the clause is about: "soldiers will arrive"."""
    return trigger.pos_ not in NOUN_POS and any(is_force(s) for s in _subjects(trigger))


def forces_described(trigger: Token) -> bool:
    """Whether the trigger is a clause set on forces: "Chilean soldiers, stationed in Haiti",
    "soldiers, some of whom are stationed in X"; the forces are its head."""
    return trigger.dep_ in ("acl", "relcl") and is_force(trigger.head)


def sending_country(trigger: Token, table: EntityTable) -> Referent | None:
    """The country whose forces a clause is about, when they are its subject or the noun it
    describes: "U.S. marines will arrive in Malta", "a contingent of Texas-based soldiers",
    "Peru, whose soldiers are deployed in X". A body's own forces ("UN
    peacekeepers", "a Norlund Army contingent") are sent by the body when no country is."""
    forces = [s for s in _subjects(trigger) if is_force(s)]
    described = forces_described(trigger)
    forces += [trigger.head] if described else []
    # The clause set on the forces says where they are, not whose they are.
    told_of = set(subtree_of(trigger)) if described else set()
    bodies: list[Referent] = []
    for force in forces:
        for word in (w for w in subtree_of(force) if w.lower_ == "whose" or w not in told_of):
            found = table.at(_antecedent_of_whose(word))
            country = country_of_referent(found) if found is not None else None
            untold = found is None or found.label == "NORP"
            if country is None and untold and word.dep_ == "amod":
                # "Lorvian soldiers": a nationality the entity model left untagged, or took in
                # one name with the force ("Lorvian Marines").
                country = gazetteer.country_of_demonym(word.text)
            if country is not None:
                return table.place(country)
            if found is not None and found.label == "ORG" and _names_the_force(word, force):
                bodies.append(found)
    return next(iter(bodies), None)


def _names_the_force(word: Token, force: Token) -> bool:
    """ "UN peacekeepers", "the Norlund Defence Force": a body named in the force's own noun
    phrase; "the air force jet" set off after it names a craft, not whose the force is."""
    return word.i == force.i or (word.head.i == force.i and word.dep_ in ("compound", "amod"))


def _antecedent_of_whose(word: Token) -> Token:
    """ "Peru, whose soldiers ...": the "whose" of a relative clause stands for the noun the
    clause is set on."""
    clause = next((a for a in ancestors_of(word) if a.dep_ == "relcl"), None)
    return clause.head if word.lower_ == "whose" and clause is not None else word


def country_of_referent(found: Referent) -> gazetteer.Place | None:
    if found.label == "NORP":
        return gazetteer.country_of_demonym(found.name)
    if found.label in PLACE_LABELS:
        where = found.place or gazetteer.place(found.name)
        return gazetteer.country_of(where) if where is not None else None
    return None


def receiving_country(
    place: Referent, table: EntityTable, here: Referent | None = None
) -> Referent | None:
    """The country a deployment goes to: the country of its place. A base, camp or province
    the gazetteer cannot place lies in the country told as its owner ("Lorvia's north"), else
    in the one the story is filed from ("stationed at Camp Orla"); a sea or a world region
    lies in none."""
    where = place.place or gazetteer.place(place.name)
    if where is not None:
        return table.place(gazetteer.country_of(where))
    owner = next(filter(None, (_owning_country(m.root, table) for m in place.mentions)), None)
    if owner is not None:
        return owner
    if here is None or here.key == place.key or open_water_or_region(place):
        return None
    return receiving_country(here, table)


def receiving_state(
    sender: Referent, place: Referent, table: EntityTable, here: Referent | None
) -> Referent | None:
    """The country a sender's forces go to at a place; none when they are at home."""
    country = receiving_country(place, table, here)
    return None if country is None or _at_home(sender, country) else country


def _at_home(sender: Referent, country: Referent) -> bool:
    """ "Members of the Lorvia Police Service were deployed in Vik": a body named for a
    country, deployed in that country, goes to no other state."""
    home = country_of_referent(country)
    if sender.label != "ORG" or home is None:
        return False
    named = fold(sender.name)
    demonym = gazetteer.country_of_demonym(sender.name.split(" ", 1)[0])
    return named.startswith(fold(home.name) + " ") or demonym == home


def _owning_country(word: Token, table: EntityTable) -> Referent | None:
    owners = (table.at(owner) for owner in children(word, "poss"))
    countries = (country_of_referent(owner) for owner in owners if owner is not None)
    return next((table.place(country) for country in countries if country is not None), None)


def open_water_or_region(place: Referent) -> bool:
    """ "The Arabian Sea", "the Sahel": where forces patrol, in no one country."""
    last_word = place.name.lower().rsplit(" ", 1)[-1]
    return place.key in cue_words("macro_region") or last_word in cue_words("open_water")


def visiting_parties(sentence: Span, table: EntityTable) -> frozenset[str]:
    """Who a sentence calls visiting: "met with visiting Vietnamese Deputy Prime Minister X"."""
    called = (
        compound_head(word.head)
        for word in sentence
        if word.lower_ == "visiting" and word.dep_ in ("amod", "compound")
    )
    called = (*called, *(guest for word in sentence for guest in called_visiting(word)))
    found = (referent(word, table) or name_after(word, table) for word in called)
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


def travelled_with(party: Referent, sentence: Span, table: EntityTable) -> Referent | None:
    """Whom a sentence tells a party travelling with: "the foreign minister, who is travelling
    with the President", "X, the foreign minister, who flew in with him", "who accompanied the
    King". The clause says nothing of where; the one travelled with is on a trip the story
    tells, and the party with them."""
    for word in words_in(sentence):
        # "X, the foreign minister, who is travelling with Y": the clause may hang on the title.
        named = word.head if word.dep_ == "appos" else word
        told = table.at(named)
        if told is None or told.key != party.key:
            continue
        leader = _led_by(word, table, party.key)
        if leader is not None and leader.key != party.key:
            return leader
    return None


def _led_by(party: Token, table: EntityTable, key: str) -> Referent | None:
    """The person a clause on the word tells it going with or accompanying."""
    clauses = (
        going_with(clause, table, excluding=key) for clause in children(party, "relcl", "acl")
    )
    return next(filter(None, clauses), None)


def going_with(verb: Token, table: EntityTable, *, excluding: str) -> Referent | None:
    """The person a verb tells its subject (keyed `excluding`) going with or accompanying:
    "accompanied the King", "flew in with him" (never the subject itself)."""
    if verb.lemma_ == "accompany":
        led = children(verb, "dobj")
    elif verb.lemma_ in cue_words("motion"):
        led = prep_objects(verb, "with")
    else:
        return None
    found = (referent(word, table, excluding=excluding) for word in led)
    person = next((ref for ref in found if ref is not None), None)
    return person if person is not None and person.label == "PERSON" else None


def visitor_called_visiting(trigger: Token, table: EntityTable) -> Role | None:
    """ "received visiting Estonian Deputy Prime Minister X here": X is the one visiting, though the
    parser reads "visiting" as a verb of the receiver's."""
    if trigger.lower_ != "visiting" or trigger.dep_ not in ("xcomp", "amod", "acl"):
        return None
    guests = [*children(trigger, "dobj")] or ([trigger.head] if trigger.dep_ == "amod" else [])
    found = next(filter(None, (referent(compound_head(g), table) for g in guests)), None)
    return Role(found, from_parse=True) if found is not None and found.label == "PERSON" else None


def compound_head(word: Token) -> Token:
    """The name a title is compounded with: "visiting President Lajos Halász"."""
    while word.dep_ == "compound" and word.head.i != word.i:
        word = word.head
    return word


def fellow_travellers(trigger: Token, table: EntityTable) -> list[Referent]:
    """People who make the trip as its travellers, not as escorts: "travelled to Graz
    together with X and Y". A plain "with X" or "accompanied by X" is staff or an escort."""
    if trigger.pos_ in NOUN_POS:
        return []
    together = [c.i for c in all_children(trigger) if c.lower_ == "together"]
    # "Travelled by train together with X": the parser may hang the "with" on the vehicle,
    # but "travelled together to talks with X" met X there, and in "the two flew together
    # to Kel, with their wives" the "together" is the two's own, the wives companions.
    told = [(trigger, together), *((obj, []) for obj in prep_objects(trigger, "by", "to"))]
    # "The couple, together with X, flew to Kel": the parser hangs a "together with" set off
    # by commas on the subject, and X travels as much as the subject does.
    told += ((subject, []) for subject in _subjects(trigger))
    # "Was received by A, together with B": B greets beside A (see `greeters_together_with`).
    greeters = greeters_together_with(trigger)
    words = [
        obj
        for host, shared in told
        for prep in children(host, "prep")
        if prep.lower_ == "with" and _together_before(prep, shared)
        for obj in children(prep, "pobj")
        if obj not in greeters
    ]
    # "Together with the presidents of Lorvia and Brenn, A and B": each name the office holds.
    found = [ref for word in words for ref in _people_told_by(word, table)]
    return [ref for ref in found if ref.label == "PERSON"]


def spouses_told_with_group(
    trigger: Token, members: list[Referent], table: EntityTable
) -> list[Referent]:
    """ "The two leaders and their wives flew to Kel": spouses owned by "their", joined to a
    subject that stands for a group, are the members' spouses, each on the trip; each is the
    person the story names as a member's spouse."""
    told = any(
        word.lemma_.lower() in cue_words("spouse_noun")
        and word.tag_ == "NNS"
        and any(c.dep_ == "poss" and c.lower_ == "their" for c in all_children(word))
        for subject in _subjects(trigger)
        for word in conjuncts_of(subject)
    )
    spouses = (spouse_named_of(member, table) for member in members) if told else ()
    return [spouse for spouse in spouses if spouse is not None]


def _together_before(prep: Token, together: list[int]) -> bool:
    """Whether a "with" reads "together with": "together" just before it, or hung on it."""
    return prep.i - 1 in together or any(c.lower_ == "together" for c in all_children(prep))


def _people_told_by(word: Token, table: EntityTable) -> list[Referent]:
    """The people a word names: the names a plural office is told with, else its referent."""
    return titled_names(word, table) or names_set_off(word, table) or referents([word], table)


def co_subjects(trigger: Token, table: EntityTable, event_type: str = "") -> list[Referent]:
    """The parties coordinated with a verb's subject: "X and Y will travel to Z" -> Y."""
    made_with = _verb_a_trip_is_made_with(trigger, event_type) or _verb_a_shared_trip_is_told_in(
        trigger, event_type
    )
    if made_with is not None:
        return co_subjects(made_with, table, event_type)
    if trigger.pos_ in NOUN_POS:
        # "X and Y relaunched ties at a meeting in Z": both are at it.
        held_at = trigger.dep_ == "pobj" and trigger.head.lower_ in ("at", "during")
        held_at = held_at and event_type == "meeting"
        verb = trigger.head.head if held_at else None
        subjects = children(verb, "nsubj") if verb is not None and verb.pos_ == "VERB" else []
        conjuncts = [c for s in subjects for c in conjuncts_of(s)]
    else:
        # "Was signed by X and his Ruritanian counterpart, Y": the agents are the doers.
        agents = passive_agents(trigger)
        subjects = passengers_told_after(trigger) or _subjects(trigger)
        subjects = subjects or _subjects_of_time_clause(trigger) or _subjects_of_participle(trigger)
        # "At the banquet the President and his daughter, A, received B": read into the phrase.
        subjects = subjects or _subject_read_into_opening_phrase(trigger, table)
        among = _told_among_those(trigger)
        subjects = among or subjects
        doers = agents or subjects
        conjuncts = [c for s in doers for c in joined_with(s, doers)]
        # "Among those who flew in were A of Lorvia, B of Brenn and C": each name listed.
        conjuncts += [c for s in among for c in next_names_listed_past_country(s)]
        conjuncts += [c for s in subjects for c in fellow_heads(s)]
        conjuncts += [c for s in subjects for c in _kin_joined_to_country_of(s)]
        conjuncts += _listed_before_relative(trigger)
        # "His envoys, A and B, arrived": each name set off after the plural subject does it.
        set_off = [ref for s in subjects for ref in names_set_off(s, table)]
        set_off += _family_set_off(subjects, table)
        set_off += _people_listed_among(among, table)
        listed = referents(conjuncts, table) + set_off
        listed += _spouses_unnamed(conjuncts, table)
        if among:
            listed = _named_in_sentence(listed, trigger)
        return [ref for ref in listed if ref.label in ("PERSON", "GPE", "ORG")]
    return [ref for ref in referents(conjuncts, table) if ref.label in ("PERSON", "GPE", "ORG")]


def _named_in_sentence(found: list[Referent], verb: Token) -> list[Referent]:
    """ "Among the leaders who flew in were Lorvia's Prime Minister, A, and Brenn's President,
    B": a list told among those who went names each of them. An office in it whose name the
    parser left unread is no one told before (the host of the gathering is the likeliest)."""
    sentence = verb.sent
    return [
        ref
        for ref in found
        if any(
            sentence.start <= m.start and m.end <= sentence.end and _names_someone(m)
            for m in ref.mentions
        )
    ]


def _names_someone(mention: Span) -> bool:
    """A mention that holds a name, not an office alone ("the President")."""
    return any(w.pos_ == "PROPN" and w.lemma_.lower() not in role_words() for w in mention)


def _subject_read_into_opening_phrase(verb: Token, table: EntityTable) -> list[Token]:
    subject = subject_set_off_after_opening_phrase(verb, table)
    return [subject] if subject is not None else []


def _verb_a_trip_is_made_with(trip: Token, event_type: str) -> Token | None:
    """ "X and Y paid a state visit to Z": a trip noun the object of an active verb is made by
    each of the verb's subjects, as "X and Y visited Z" is. A host's verb ("X and Y hosted a
    state visit by W") tells the guest's trip, not the subjects'."""
    verb = trip.head
    if event_type != "visit" or trip.pos_ not in NOUN_POS or trip.dep_ != "dobj":
        return None
    if trip.lemma_ not in TRIP_NOUNS:
        return None
    if verb.pos_ != "VERB" or verb.lemma_ in cue_words("hosting") or is_passive(verb):
        return None
    return verb


def _verb_a_shared_trip_is_told_in(trip: Token, event_type: str) -> Token | None:
    """ "X and his wife landed in Kel at the start of their state visit to Lorvia": a trip
    owned by "their" or "the couple's", told in a clause about what a pair did, is made by
    each of that clause's subjects, as the clause's own trip is. The verb the trip hangs
    on through prepositions ("at the start of", "on the last leg of"); a host's verb tells
    the guest's trip, not the subjects'."""
    if event_type != "visit" or trip.pos_ not in NOUN_POS or trip.lemma_ not in TRIP_NOUNS:
        return None
    if not any(o.lower_ == "their" or is_the_couple(o) for o in children(trip, "poss")):
        return None
    word = trip
    while word.dep_ == "pobj" or (word.dep_ == "prep" and word.head.pos_ in NOUN_POS):
        word = word.head
    verb = word.head if word.dep_ == "prep" else None
    if verb is None or verb.pos_ != "VERB" or verb.lemma_ in cue_words("hosting"):
        return None
    return None if is_passive(verb) else verb


def _family_set_off(subjects: list[Token], table: EntityTable) -> list[Referent]:
    """ "Marek, his wife Ana and their daughters Lena and Mira landed": the names told with a
    word of kin set off after a subject are the subject's family, travelling with them. A
    word of kin with no name beside it ("Ana Lund, his wife, landed") renames the subject."""
    kin = [
        word for subject in subjects for word in children(subject, "appos") if _kin_of_someone(word)
    ]
    names = [word for noun in kin for word in subtree_of(noun) if _named_beside_kin(word, noun)]
    return [ref for ref in referents(names, table) if ref.label == "PERSON"]


def _kin_joined_to_country_of(subject: Token) -> list[Token]:
    """ "A of Lorvia and his wife, B, landed": the parser may join the word of kin to the
    country that tells where the subject is from instead of to the subject; a country has no
    wife, so the name set off beside the kin travels with the subject."""
    countries = [
        place
        for of in children(subject, "prep")
        if of.lower_ == "of"
        for place in children(of, "pobj")
        if place.ent_type_ in PLACE_LABELS
    ]
    kin = [word for place in countries for word in conjuncts_of(place) if _kin_of_someone(word)]
    # The names, not the word of kin: its conjuncts are the country's, not the subject's.
    return [word for noun in kin for word in subtree_of(noun) if _named_beside_kin(word, noun)]


def _kin_of_someone(word: Token) -> bool:
    """ "His wife", "their daughters": a word of kin owned by a pronoun."""
    owned = any(
        c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in all_children(word)
    )
    return owned and word.lemma_.lower() in cue_words("kin_noun")


def _named_beside_kin(word: Token, kin: Token) -> bool:
    """A name the parse hangs on the word of kin, or on a name or word of kin listed after it,
    by apposition or coordination (the parser may read "daughters" as a verb, its names as
    its object): not a name inside a clause or phrase of its own."""
    if word.i == kin.i or not is_name_head(word):
        return False
    while word.i != kin.i:
        if word.dep_ not in ("appos", "conj", "dobj"):
            return False
        word = word.head
    return True


def _spouses_unnamed(words: list[Token], table: EntityTable) -> list[Referent]:
    """ "X and his wife landed in Z", "X and the first lady will fly to Z": a spouse joined to
    a subject without a name is the person the story names as that subject's spouse."""
    found = []
    for word in words:
        if table.at(word) is not None or not spouse_word(word):
            continue
        partner = next((table.at(c) for c in conjuncts_of(word) if table.at(c) is not None), None)
        spouse = spouse_named_of(partner, table) if partner is not None else None
        if spouse is not None and spouse not in found:
            found.append(spouse)
    return found


def _told_among_those(verb: Token) -> list[Token]:
    """ "Among those who flew in were A, B and C", "among the leaders who flew in were A and
    B": a relative clause on "those", or on a plural noun of people, after "among" tells of
    the subjects of the clause the "among" hangs on."""
    if verb.dep_ != "relcl":
        return []
    people = _people_a_relative_tells_of(verb.head)
    if people.lower_ != "those" and not is_group_of_people(people):
        return []
    if people.dep_ != "pobj" or people.head.lower_ != "among":
        return []
    return told_after_among(people.head.head)


def _people_a_relative_tells_of(noun: Token) -> Token:
    """The noun of people a relative clause tells of: "the heads of state and government who
    flew in" are heads, though the parser hangs the clause on the last word of what they
    are heads of."""
    while noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head
    of = noun.head
    if noun.dep_ == "pobj" and of.lower_ == "of" and is_group_of_people(of.head):
        return of.head
    return noun


def _people_listed_among(among: list[Token], table: EntityTable) -> list[Referent]:
    """ "Among those who flew in were A of Lorvia, B of Brenn and C of Tarn": the parser may
    hang the names after the first on the countries told with them, out of reach of the
    first name's conjuncts; the whole list after "were" is of those who went, so each person
    named in it is one of them."""
    found: dict[str, Referent] = {}
    for word in among:
        for token in _members_of_list(word):
            ref = table.at(token)
            if ref is not None and ref.label == "PERSON" and not _country_told_of(token):
                found.setdefault(ref.key, ref)
    return list(found.values())


def _members_of_list(head: Token) -> list[Token]:
    """The heads of the names a list hangs from its first: its conjuncts and appositions, also
    those the parser hangs on an "of <country>". Not what a relative clause in it tells ("C,
    who hands the chair to D"), nor the words that make up a name ("Sri Lankan President A")."""
    members: list[Token] = []
    todo = [head]
    while todo:
        word = todo.pop()
        members.append(word)
        for child in all_children(word):
            listed = child.dep_ in ("conj", "appos")
            of_country = child.dep_ == "prep" and child.lower_ == "of"
            of_country = of_country or (child.dep_ == "pobj" and word.lower_ == "of")
            if listed or of_country:
                todo.append(child)
    return members


def _country_told_of(token: Token) -> bool:
    """ "A of Kell": the name after "of" tells whose minister A is; a country the model takes
    for a person is still no one who went."""
    name = token
    while name.dep_ in ("compound", "flat") and name.head.i != name.i:
        name = name.head
    return name.dep_ == "pobj" and name.head.lower_ == "of"


def _listed_before_relative(verb: Token) -> list[Token]:
    """ "A, B and C, who had all travelled to Z": a relative clause that says all or both of
    its subjects hangs on the last name of a list and tells every name listed. Without the
    word ("A and B, who arrived on Monday") it may tell the last alone, so no one else."""
    if verb.dep_ != "relcl" or not any(c.dep_ in SUBJECTS for c in all_children(verb)):
        return []
    # The parser may hang the list's names on one another as appositions and modifiers.
    top = verb.head
    while top.dep_ in ("appos", "conj") and top.head.i < top.i:
        top = top.head
    told_all = any(c.lower_ in ("all", "both") and c.i > verb.head.i for c in all_children(verb))
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


def _subjects_of_participle(verb: Token) -> list[Token]:
    """ "X and his wife Y arrived in Kel, landing at the new airport, where Z was waiting": a
    participle with no subject of its own, set off after the verb it hangs on, tells what the
    verb's subjects did, so each of them lands, not the first one alone."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.head.pos_ != "VERB":
        return []
    if any(children(verb, *SUBJECTS)):
        return []
    return _subjects(verb.head)


def clause_subjects(trigger: Token) -> list[Token]:
    """The subject words of a trigger's clause (see `_subjects`)."""
    return _subjects(trigger)


def group_word(trigger: Token) -> Token | None:
    """A plural phrase standing for parties named earlier, as the trigger's subject or "between"
    object: "the two leaders held talks", "both sides signed", "a call between the two men"."""
    # "They fly to Kel before calling at Vik": a clause of time shares its verb's "they" (a
    # counted group, "the two leaders", may be a host and guest, whom the clause may part).
    shared = [word for word in _subjects_of_time_clause(trigger) if word.lower_ == "they"]
    subjects = [] if _owned_by_one(trigger) else _subjects(trigger) or shared
    words = [*subjects, *map(_antecedent_of_relative, subjects), *prep_objects(trigger, "between")]
    if trigger.pos_ in NOUN_POS:
        # "The couple's only trip abroad was to Kel": the couple made the trip.
        words += (owner for owner in children(trigger, "poss") if is_the_couple(owner))
    if trigger.dep_ == "dobj":
        words += prep_objects(trigger.head, "between")
    anaphors = (word for word in words if _is_group_anaphor(word) and not means_a_body(word))
    found = next(anaphors, None)
    return found or _number_holding(trigger) or _group_of_held(trigger)


def group_agent(trigger: Token) -> Token | None:
    """A passive, future or past, whose "by" names a counted group of leaders: the "by" told as a
    group of parties named earlier stands for them, as the subject of the active ("the two leaders
    signed") does."""
    agents = (word for word in passive_agents(trigger) if _is_group_anaphor(word))
    return next((word for word in agents if not means_a_body(word)), None)


def means_a_body(pronoun: Token) -> bool:
    """ "Norlandic troops have fought beside Kell since January, after they landed at Vik": a "they"
    whose nearest plural subject before it, in its own sentence or the one before, is a body of
    troops, ships or a party told by its noun means that body, not leaders told earlier (the
    pair who signed a treaty just before are not who landed)."""
    if pronoun.lower_ not in PLURAL_PRONOUNS:
        return False
    doc = pronoun.doc
    start = doc[pronoun.sent.start - 1].sent.start if pronoun.sent.start > 0 else 0
    for word in reversed(doc[start : pronoun.i]):
        subject = _antecedent_of_relative(word) if word.dep_ in SUBJECTS else None
        if subject is not None and _may_be_they(subject):
            return not conjuncts_of(subject) and _is_body(subject)
    return False


def _may_be_they(subject: Token) -> bool:
    """A subject a later "they" may take up: a plural, names joined, or a body told in the
    singular ("the delegation"); another "they" only passes its own antecedent on."""
    if subject.lower_ in PLURAL_PRONOUNS:
        return False
    plural = subject.tag_ in ("NNS", "NNPS") or bool(conjuncts_of(subject))
    return plural or _is_body(subject)


def _is_body(word: Token) -> bool:
    lemma = word.lemma_.lower()
    bodies = cue_words("force_noun") | cue_words("travelling_party") | cue_words("body_of_many")
    return word.pos_ in NOUN_POS and word.ent_type_ != "PERSON" and lemma in bodies


def _owned_by_one(trigger: Token) -> bool:
    """ "The two men first met during the Prime Minister's visit": a trip or talks whose one
    named owner is told are that one's; the group the clause has for its subject did not make
    them together."""
    owners = children(trigger, "poss") if trigger.pos_ in NOUN_POS else iter(())
    return any(
        owner.pos_ == "PROPN"  # a named one ("Lund's", "the Minister's"), not "today's"
        and owner.tag_ != "NNPS"
        and not _is_group_anaphor(owner)
        for owner in owners
    )


def _antecedent_of_relative(subject: Token) -> Token:
    """ "The two leaders, who landed in Kel on Monday": a relative pronoun as subject stands
    for the noun its clause hangs on; any other subject stands for itself."""
    clause = subject.head
    relative = subject.lower_ in RELATIVE_PRONOUNS and clause.dep_ == "relcl"
    return clause.head if relative else subject


def _number_holding(noun: Token) -> Token | None:
    """ "The two held talks with X": the parser may read the number and the verb of holding as
    modifiers of the talks; the number is then the subject standing for the group."""
    if noun.pos_ not in NOUN_POS or not any(c.lower_ == "the" for c in all_children(noun)):
        return None
    held = any(c.dep_ == "amod" and c.lemma_ in ("hold", "have") for c in all_children(noun))
    counts = (c for c in all_children(noun) if c.dep_ == "nummod" and _counts_a_group(c))
    return next(counts, None) if held else None


def _group_of_held(noun: Token) -> Token | None:
    """ "The two heads of state held talks": the parser may read "state held talks" as what
    the heads are "of", with the verb of holding a modifier of the talks; the counted plural
    the "of" hangs from is then the subject standing for the group."""
    if noun.pos_ not in NOUN_POS or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    held = any(c.dep_ == "amod" and c.lemma_ in ("hold", "have") for c in all_children(noun))
    group = noun.head.head
    return group if held and _is_group_anaphor(group) else None


def _counted_alone(word: Token) -> bool:
    """ "The two met X": a number with no noun of its own stands for those told before."""
    return (
        word.dep_ in SUBJECTS
        and _counts_a_group(word)
        and any(c.lower_ == "the" for c in all_children(word))
    )


def _counts_a_group(word: Token) -> bool:
    return word.pos_ == "NUM" and word.lower_ in cue_words("group_quantifier")


def _is_group_anaphor(word: Token) -> bool:
    if word.lower_ in ("they", "both") or _counted_alone(word):
        return True
    if is_the_couple(word) or is_the_party_of_office(word):
        return True
    # "The visitors flew on to Kel": the company as the doer of a trip; "the visitors were
    # accorded a welcome" tells what was done for them, read with its hosts elsewhere.
    if is_the_visiting_company(word) and word.dep_ == "nsubj":
        return True
    quantified = any(c.lower_ in cue_words("group_quantifier") for c in all_children(word))
    # "The two emirs", "both chancellors": any office told in the plural is a group.
    noun = word.lemma_ in cue_words("group_noun") | role_words()
    return word.tag_ == "NNS" and quantified and noun


def is_the_couple(word: Token) -> bool:
    """ "The couple", "the royal couple": a pair told before."""
    return word.lemma_.lower() == "couple" and any(c.lower_ == "the" for c in all_children(word))


def is_the_visiting_company(word: Token) -> bool:
    """ "The visitors", "the royal guests", told with no count: the company told travelling
    before, as "the party" is ("the two guests" are counted, read elsewhere)."""
    told = any(c.dep_ == "det" and c.lower_ == "the" for c in all_children(word))
    counted = any(
        c.dep_ == "nummod" or c.lower_ in cue_words("group_quantifier") for c in all_children(word)
    )
    return word.tag_ == "NNS" and told and not counted and word.lemma_.lower() in cue_words("guest")


def is_the_party_of_office(word: Token) -> bool:
    """ "The presidential party", "the royal party", or a bare "the party" once a trip is told:
    whoever travels with the one told before."""
    told = word.lemma_.lower() == "party" and any(c.lower_ == "the" for c in all_children(word))
    styles = [c.lower_ for c in all_children(word) if c.dep_ in ("amod", "compound")]
    # A bare "the party" names no other body ("the ruling party"); a named party has modifiers.
    bare = all(c.dep_ == "det" for c in all_children(word))
    return told and (bare or any(style in cue_words("party_of_office") for style in styles))
