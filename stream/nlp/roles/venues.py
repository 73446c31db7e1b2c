"""Subjects governing a pair, leaders told as a group, and the venue, city or country a story
told last, which a bare "the city" or "the venue" then means.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from itertools import takewhile

from spacy.tokens import Token

from stream.nlp import gazetteer
from stream.nlp.doctext import all_children, ancestors_of, conjuncts_of, subtree_of, text_of
from stream.nlp.entities.matchers import PLACE_LABELS
from stream.nlp.entities.owners import SETTLEMENT_NOUNS, entity_span
from stream.nlp.entities.repair import of_name_end
from stream.nlp.entities.sites import BEARINGS
from stream.nlp.entities.table import EntityTable, Referent
from stream.nlp.lexicon import cue_words, fold, leader_words, role_words
from stream.nlp.roles.appositions import referents
from stream.nlp.roles.companions import LIST_PRONOUNS
from stream.nlp.roles.met_parties import _subjects
from stream.nlp.roles.reference import referent
from stream.nlp.roles.syntax import LIST_GLUE, SUBJECTS, children, prep_objects


def subjects_governing(trigger: Token, table: EntityTable) -> list[Referent]:
    """The joint subjects of a clause the trigger hangs from, which a "they" of the trigger's
    own clause means: "A and B agreed to step up patrols as they met in Oslo"."""
    for verb in ancestors_of(trigger):
        subject = next(children(verb, "nsubj", "nsubjpass"), None)
        if subject is not None and conjuncts_of(subject):
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
    joint_object = next((o for o in children(verb, "dobj") if conjuncts_of(o)), None)
    if joint_object is None or (subject is not None and conjuncts_of(subject)):
        return []
    found = referents([joint_object], table)
    return found if len(found) > 1 else []


def leaders_as_a_group(trigger: Token) -> Token | None:
    """ "The heads of state held talks", "the leaders met": the leaders the story has named,
    told with "the" and no count; "the leaders of the region" is a group of its own."""
    for word in _subjects(trigger):
        determined = any(c.dep_ == "det" and c.lower_ == "the" for c in all_children(word))
        counted = any(c.dep_ == "nummod" or c.lower_ in ("both", "all") for c in all_children(word))
        if word.tag_ == "NNS" and determined and not counted and _names_leaders(word):
            return word
    return None


def _names_leaders(word: Token) -> bool:
    governed = {of.lower_ for of in prep_objects(word, "of")}
    if word.lemma_.lower() == "head":
        return not governed.isdisjoint(("state", "government"))
    return word.lemma_.lower() in leader_words() and not governed and not conjuncts_of(word)


def met_one_by_one(trigger: Token) -> Token | None:
    """The group a meeting takes one member at a time: "met each leader", "received each of
    his guests", "received each of them" (those just told); none when it names no group of
    people."""
    for word in [*children(trigger, "dobj"), *prep_objects(trigger, "with")]:
        if word.lower_ == "each":
            word = next(prep_objects(word, "of"), word)
        elif not any(c.dep_ == "det" and c.lower_ == "each" for c in all_children(word)):
            continue
        people = cue_words("group_of_people") | cue_words("guest") | role_words()
        if word.lemma_.lower() in people or word.lower_ in LIST_PRONOUNS:
            return word
    return None


def listed_after(last: Token) -> list[Token]:
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
# "And from there to B": the stop before, named again as where the next leg starts.
FROM_THE_STOP_BEFORE = ("from", frozenset({"there", "here"}))
# The prepositions a venue is told after: "at the X Palace", "in the X Hall", "inside the X".
VENUE_HEADS = ("at", "in", "inside")


def stop_told_onward(last: Token) -> list[Token]:
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


def town_by_its_noun(word: Token, table: EntityTable) -> Referent | None:
    """The place "the town of Kell" names: the table's, or a town of its own when the model
    left the name unread or misread it."""
    # "And then to St Anne's Abbey": a stop named as a building is that building, whatever
    # the model made of the saint, as a venue "at St Anne's Abbey" is.
    found = _venue_named_before(word, table, heads=("to",)) or place_at(word, table)
    if found is not None or not _town_called(word):
        return found
    name = word.doc[word.i : (entity_span(word) or word.doc[word.i : word.i + 1]).end]
    return Referent(key=fold(name.text), label="GPE", name=name.text, mentions=[name])


# What the model may read a town's name as; only a name it left unread is a town unknown.
MISREAD_PLACE_LABELS = ("", "ORG", "PERSON", "PRODUCT")


def town_known_misread(word: Token, table: EntityTable) -> Referent | None:
    """The town or region the gazetteer knows by a proper name the model misread: a town
    named after a saint or a word ("San Telmo") may be read as a company."""
    if not is_proper_name(word) or word.ent_type_ not in MISREAD_PLACE_LABELS:
        return None
    name = word.doc[name_start(word) : word.i + 1]
    known = gazetteer.place(name.text)
    if known is None or known.kind not in ("city", "region"):
        return None
    # The table may hold the name as the company the model read it as, or not at all.
    town = table.place(known)
    told = town.mentions if name in town.mentions else [*town.mentions, name]
    return replace(town, label="GPE", place=known, mentions=told)


def is_proper_name(word: Token) -> bool:
    """A proper name, or a capitalised word the tagger read as a verb where no verb can stand:
    "drove together to Kell", Kell tagged a verb yet the object of "to"."""
    tagged_a_verb = word.pos_ == "VERB" and word.dep_ == "pobj"
    mid_sentence = word.i > word.sent.start
    return word.pos_ == "PROPN" or (tagged_a_verb and mid_sentence and word.is_title)


def name_start(word: Token) -> int:
    """Where the proper name ending at `word` begins: "Port Orla" from "Orla"."""
    parts = [c.i for c in all_children(word) if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return min([word.i, *parts])


def _onward_glue(word: Token) -> bool:
    """A word of the stretch between two stops: the glue, a date, a word of going on."""
    going = word.pos_ == "VERB" and word.lemma_ in cue_words("setting_off")
    # "the old mountain town of": what the place is called before its name.
    described = word.dep_ in ("amod", "compound") or word.lemma_.lower() in SETTLEMENT_NOUNS
    glue = word.lower_ in ONWARD_GLUE or word.ent_type_ == "DATE" or going or described
    return glue or _from_the_stop_before(word)


def _from_the_stop_before(word: Token) -> bool:
    """ "Flew to A on Monday, and from there to B": "from there" points back at the stop just
    told, so it joins the two stops as "then" does; "from Vik" names a place of its own."""
    start, back = FROM_THE_STOP_BEFORE
    doc = word.doc
    if word.lower_ == start:
        return word.i + 1 < len(doc) and doc[word.i + 1].lower_ in back
    return word.lower_ in back and word.i > 0 and doc[word.i - 1].lower_ == start


def place_at(
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
    venue = _building_told(token, table) if site and venues else None
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
        if is_macro_region(found):
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
        if found is not None and found.label in PLACE_LABELS and not is_macro_region(found):
            return found
    held = _place_held_in(token, table) if site else None
    return held or (_named_venue(token, table) if site else None)


def _building_told(token: Token, table: EntityTable) -> Referent | None:
    """The building a venue word tells: the one a room is in ("in the library of the Orla
    Palace"), or one written as a name ("at the Orla Palace")."""
    return (
        _building_of_part(token, table)
        or _venue_named_before(token, table)
        or _venue_named_first(token, table)
        or _venue_set_beside(token, table)
    )


def _building_of_part(part: Token, table: EntityTable) -> Referent | None:
    """ "In the library of the Orla Palace", "in a side room at the hotel", "in the airport's
    VIP lounge", "in the courtyard of the palace": a room or the grounds of a building the
    story names stand for that building; the room itself is no venue of its own."""
    if part.pos_ != "NOUN" or part.is_title:
        return None
    if part.lemma_.lower() not in cue_words("room") | cue_words("grounds"):
        return None
    owners = [
        *prep_objects(part, "of", "at"),
        *(c for c in children(part, "poss") if c.pos_ != "PRON"),
    ]
    for owner in owners:
        found = place_at(owner, table, site=True, venues=True)
        if found is not None and found.label == "FAC":
            return found
        if found is not None and found.label == "ORG" and _names_a_site(found):
            # "The library of the Orla Palace", read as an organisation: the building, told
            # in full if the story named it so before ("the Villa", "the Orla Villa").
            return _site_told_in_full(found.name, table) or replace(found, label="FAC")
    return None


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
        if found is not None and found.label in PLACE_LABELS and not is_macro_region(found):
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
            if found is not None and found.label in PLACE_LABELS and not is_macro_region(found):
                return found
    return None


def _city_told_before(token: Token, table: EntityTable) -> bool:
    """ "Sailed from X to the Baltic port": a definite city described by a wider place it lies
    by is a city the story has named already, not that wider place."""
    if token.pos_ != "NOUN" or token.lemma_ not in ("city", "town", "port"):
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in all_children(token)):
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
    if not bare_the(token):
        return None
    return _told_last(
        token, table, lambda found: found.place is not None and found.place.kind == "city"
    )


def _the_island_told_last(token: Token, table: EntityTable) -> Referent | None:
    """ "The ceremony in Caldera, Norland. ... The prince toured the island in May": a bare
    "the island" is the island country, or a town of one, named last."""
    if token.pos_ != "NOUN" or token.lower_ != "island" or not bare_the(token):
        return None
    return _told_last(
        token, table, lambda found: found.place is not None and gazetteer.on_an_island(found.place)
    )


def bare_the(word: Token) -> bool:
    """ "The capital", "the city for the talks": the word with "the" and nothing that names
    which one; a purpose or time told after it ("for", "on") leaves it bare, "of" does not;
    nor does a clause after it ("in the capital, under which ...", "the city, where ...")."""
    said = [
        c.lower_
        for c in all_children(word)
        if c.dep_ not in ("relcl", "punct") and (c.dep_ != "prep" or c.lower_ == "of")
    ]
    return said == ["the"]


def _the_country_told_last(token: Token, table: EntityTable) -> Referent | None:
    """ "Last visited the Sultanate in 1979", "her first trip to the kingdom": a bare word
    for a kind of country is the country named last whose formal name carries the word
    ("the Sultanate of Ruritania"), or the country of a city named so."""
    if token.lower_ not in cue_words("country_kind") or token.dep_ == "compound":
        return None
    if not bare_the(token):
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


def _the_venue_told_last(token: Token, table: EntityTable, venues: bool) -> Referent | None:
    """ "Received X at the Orla Palace ... At the palace, they held talks", "met Y at the same
    venue": a bare building noun is the venue of that kind named last, "the venue" or "the
    same" one is the venue named last, in its paragraph or the one before. Only for
    `venues`: a trip goes to the town."""
    if not venues or token.pos_ != "NOUN" or token.is_title:
        return None
    # "At the palace, where they dined": a clause told after the noun says what was done
    # there, not which building it is.
    # "In the palace's library": the possessive ending is no word of which building.
    kinds = [c.lower_ for c in all_children(token) if c.dep_ not in ("punct", "relcl", "case")]
    grounds = [c for c in all_children(token) if c.dep_ == "compound"]
    if token.lemma_.lower() in cue_words("grounds") and len(grounds) == 1:
        # "On the palace lawns", "in the palace grounds": the grounds of the palace told.
        kinds, token = [c.lower_ for c in all_children(token) if c.dep_ == "det"], grounds[0]
    if kinds not in (["the"], ["the", "same"]):
        return None
    of_kind = partial(_building_of_kind, kind=token.lower_, name_ends=False)
    # "Received her at the same palace": a building of that kind told before, not the airport
    # told since; "the same building" names no kind a name carries, so it is the last venue.
    if kinds == ["the", "same"]:
        same = _told_last(token, table, of_kind) or _sole_told_before(token, table, of_kind)
        if same is not None:
            return same
    if token.lower_ == "venue" or kinds == ["the", "same"]:
        return _told_last(token, table, lambda found: found.label == "FAC")
    # "The resort", "the inn" name a building only when told back: "the Black Sea resort of
    # Vik" is a town, so they are no facility words the names of buildings are read by.
    if token.lower_ not in cue_words("facility") | cue_words("lodging"):
        return None
    last = _told_last(
        token,
        table,
        lambda found: _building_of_kind(found, token.lower_, name_ends=True),
    )
    # "Talks at the Orla Palace ... [paragraphs on] ... a banquet at the palace": further back,
    # the one building of that kind the story has named, "the Palace of Unity" too.
    return (
        last or _sole_told_before(token, table, of_kind) or _town_of_unnamed_building(token, table)
    )


def _town_of_unnamed_building(token: Token, table: EntityTable) -> Referent | None:
    """ "Was driven to the presidential palace in Vik ... received them at the palace": a
    building of the kind the story told by no name, only by the town it stands in, is that
    town's; the latest one told so."""
    for word in reversed(token.doc[: token.i]):
        if word.lower_ != token.lower_ or word.pos_ != "NOUN" or word.is_title:
            continue
        for town in prep_objects(word, "in"):
            found = table.at(town)
            if found is not None and found.label in ("GPE", "LOC") and not is_macro_region(found):
                return found
    return None


def _building_of_kind(found: Referent, kind: str, *, name_ends: bool) -> bool:
    """Whether a building is of the kind: its name ends with it (or, unless `name_ends`, holds
    it), or the story told the name once with the kind in small letters after it ("received
    her guest at the Grand Orla hotel ... a lunch at the hotel"), no part of the name. A
    building the model read as an organisation ("the Orla Palace" as ORG) is still one."""
    if found.label != "FAC" and not (found.label == "ORG" and _names_a_site(found)):
        return False
    words = fold(found.name).split()
    if (words[-1:] == [kind]) if name_ends else (kind in words):
        return True
    # "The Palacio de Vell", "the Istana Orla": a name in another language says "palace" in
    # its own word, set first.
    if kind == "palace" and words[:1] and words[0] in cue_words("palace_name"):
        return True
    return any(
        mention.end < len(mention.doc) and mention.doc[mention.end].lower_ == kind
        for mention in found.mentions
    )


def _told_last(
    token: Token,
    table: EntityTable,
    fits: Callable[[Referent], bool],
    *,
    where_told: Callable[[Token], bool] = lambda _: True,
) -> Referent | None:
    """The latest referent that fits, told before the word in its paragraph or the one before
    (at a word `where_told` accepts)."""
    text = text_of(token.doc)
    paragraph = max(text.rfind("\n\n", 0, token.idx), 0)
    since = text.rfind("\n\n", 0, paragraph)
    for word in reversed(token.doc[: token.i]):
        if word.idx <= since:
            break
        found = table.at(word)
        if found is not None and fits(found) and where_told(word):
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
        for c in all_children(token)
    )  # "at the Residence", "at his Lakeside House office"
    words = _venue_name_words(token)
    found = next((ref for word in words if (ref := table.at(word)) is not None), None)
    if found is None:
        venue = _unlabelled_venue(words, table) if determined or token.pos_ == "PROPN" else None
        return _described_venue(token, venue) if venue is not None else None
    if found.label not in ("PERSON", "ORG", "FAC") or found.place is not None:
        return None
    if not determined and len(found.mentions) != 1 and not _told_as_building(token, found):
        return None
    described = _described_venue(token, found)
    if found.label == "FAC" and described is found:
        return _city_of_site(token, found, table, over_town=over_town)
    # The organisation itself ("the State Department said") keeps its label elsewhere.
    return _city_of_site(token, replace(described, label="FAC"), table, over_town=over_town)


def _told_as_building(token: Token, found: Referent) -> bool:
    """ "At the Vell Bhavan", "at Orsk Court" told again and again: a name with a building
    noun in it, or one the story tells only as where things happen "at", is a building
    however often it is told; a party is met by name, not "at" it."""
    only_at = all(
        span.root.dep_ == "pobj" and span.root.head.lower_ == "at" for span in found.mentions
    )
    return only_at or _names_a_building(token)


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
    start = min(word.i for part in described for word in subtree_of(part))
    return replace(found, name=token.doc[start : token.i + 1].text)


def _venue_named_before(
    token: Token, table: EntityTable, heads: tuple[str, ...] = VENUE_HEADS
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
    start = min(word.i for name in names for word in subtree_of(name) if word.dep_ != "det")
    spanned = entity_span(token)
    if spanned is not None and spanned.start <= start:
        return None
    text = token.doc[start : token.i + 1].text
    return _building_called(text, table)


def _building_called(text: str, table: EntityTable) -> Referent:
    """The building a name tells: a site the gazetteer knows, else one of the story's own."""
    return _site_told_in_full(text, table) or Referent(key=fold(text), label="FAC", name=text)


def _venue_named_first(token: Token, table: EntityTable) -> Referent | None:
    """ "At the Casa del Orla in Vik", "at the Palacio de la Vell": a name that opens with a
    building word in another language ("casa", "palacio", "schloss") is one building told
    in full, whatever the model made of its parts (the opening word alone read as a firm),
    and the building, not the town its "in" names, is where the event is held."""
    if token.dep_ != "pobj" or token.head.lower_ not in VENUE_HEADS:
        return None
    if token.pos_ != "PROPN" or not token.is_title or token.ent_type_ in PLACE_LABELS:
        return None
    parts = [c for c in token.lefts if c.dep_ == "compound"]
    if not parts or parts[0].lower_ not in cue_words("facility_first"):
        return None
    name = token.doc[parts[0].i : token.i + 1]
    particles = cue_words("name_particle")
    if not all(word.is_title or word.lower_ in particles for word in name):
        return None
    return _building_called(name.text, table)


def _venue_set_beside(token: Token, table: EntityTable) -> Referent | None:
    """ "Received him at the new palace, the vast Orla Saray": a building told by its kind in
    lower case, its own name set beside it, is that named building, whatever the model made
    of the name; a party is met "at" a building, never "at" a person."""
    if token.dep_ != "pobj" or token.head.lower_ not in VENUE_HEADS:
        return None
    if token.pos_ != "NOUN" or token.lemma_.lower() not in cue_words("facility"):
        return None
    for name in children(token, "appos"):
        found = table.at(name)
        if name.pos_ != "PROPN" or not name.is_title or (found and found.place is not None):
            continue
        if found is not None and found.label not in ("PERSON", "ORG", "FAC"):
            continue
        start = min([name.i, *(c.i for c in name.lefts if c.dep_ == "compound")])
        text = token.doc[start : name.i + 1].text
        return _building_called(text, table)
    return None


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
    start = min(word.i for word in subtree_of(holder) if word.dep_ != "det")
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
    return _building_called(text, table)


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


def is_macro_region(place: Referent) -> bool:
    """A continent or world region ("a trip to Asia") frames a trip; its stops are the visits."""
    return place.key in cue_words("macro_region")


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
    return any(c.dep_ == "amod" and c.lower_ in _PART_WORDS for c in all_children(word))


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
    """ "The Orla Palace", "the Palacio de Vell", "the Kessa Valley": a name the model read as
    an organisation's that says it is a building or a tract of land, last or, in another
    language, first. A landmark ("the Vell Mosque") is left out: one toured is no stop of a
    trip of its own but a sight of the town visited."""
    words = ref.key.split()
    kinds = cue_words("facility") | cue_words("landform")
    return words[-1] in kinds or words[0] in cue_words("facility_first")


def _names_a_building(token: Token) -> bool:
    """ "The Casa Rosada", "the Orla Palace": a proper name with a building noun in it."""
    if token.pos_ != "PROPN":
        return False
    name = [*children(token, "compound"), token]
    return any(word.lower_ in cue_words("facility") for word in name)
