"""Repairs of the parser's slips that hide who does what.

"On Friday Ada Lund and Erik Moen held talks": the small model reads "Friday Ada Lund" as one
noun phrase, the name as the object of "On" with the day as its modifier, and leaves the verb
without a subject; every reading of the sentence then loses both parties. Only a sentence's
opening preposition is looked at, so the repair costs a few words a sentence.

"Ada Lund last set foot in Kell in 1990": after "last" the model reads "set" as an adjective
and "set foot" as a noun phrase in apposition to the name, which it makes the head of the
sentence; the trip then has no verb. Only the word "foot" is looked at.

"Ada Lund drove up to Vik": the model hangs "to Vik" on the adverb, so the verb of going has no
place; the place is hung back on the verb (`conveyance` verbs, `way_adverb` adverbs only).

"The aircraft touched down at Vik", "stepped ashore at Vik": a verb and its particle that
together tell a landing (`landing_phrase` cues) take the lemma "land", so that every reading
of arrivals (triggers, arrival sites, crafts that land) takes them as it takes "landed".

"Ada Lund will lunch today with Erik Moen": the model reads a meal verb after a modal or "to"
as the noun of the meal, heading its own subject; the meal is then never a meeting. A meal
word (`meal_verb` cues) with a subject and an auxiliary of its own is made the verb it is.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from stream.nlp.lexicon import cue_words

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
TIME_LABELS = frozenset({"DATE", "TIME"})
# "Set foot in": the one idiom whose verb the model reads as an adjective of its object.
IDIOM_VERBS = frozenset({"set", "sets"})
IDIOM_OBJECT = "foot"
NAME_POS = frozenset({"PROPN", "NOUN"})
LANDING = "land"
PARTICLE_DEPS = frozenset({"prt", "advmod"})
AUXILIARIES = frozenset({"aux", "auxpass"})


def restore_subjects_read_as_dates(doc: Doc) -> Doc:
    """Give back its subject to each sentence that opens with "On <day> <name>" misread."""
    for sentence in doc.sents:
        _restore_subject(sentence)
    return doc


def _restore_subject(sentence: Span) -> None:
    opening = sentence[0]
    verb = opening.head
    if opening.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX"):
        return
    if any(child.dep_ in SUBJECTS for child in verb.children):
        return
    person = next((c for c in opening.children if c.dep_ == "pobj"), None)
    if person is None or person.ent_type_ != "PERSON":
        return
    days = _days_set_before(person, opening)
    if not days:
        return
    # The day closes the preposition's phrase; the name heads the verb's subject.
    *earlier, day = days
    day.head, day.dep_ = opening, "pobj"
    for word in earlier:
        word.head, word.dep_ = day, "compound"
    person.head, person.dep_ = verb, "nsubj"


def restore_verbs_read_as_modifiers(doc: Doc) -> Doc:
    """Make "set" the verb of each "<name> last set foot in <place>" read as a noun phrase."""
    for word in doc:
        if word.lower_ == IDIOM_OBJECT:
            _restore_idiom_verb(word)
    return doc


def read_landings_told_by_phrase(doc: Doc) -> Doc:
    """Give the lemma "land" to each verb whose particle after it makes a landing of it."""
    phrases = {tuple(phrase.split()) for phrase in cue_words("landing_phrase")}
    for verb in doc:
        if verb.pos_ == "VERB" and any(
            (verb.lemma_, particle.lower_) in phrases
            for particle in verb.rights
            if particle.dep_ in PARTICLE_DEPS
        ):
            verb.lemma_ = LANDING
    return doc


def read_meal_verbs_told_as_nouns(doc: Doc) -> Doc:
    """Make a verb of each meal word the model read as a noun though it has a subject and an
    auxiliary ("will lunch", "is to breakfast"): only a verb takes both."""
    meals = cue_words("meal_verb")
    for word in doc:
        if word.pos_ != "NOUN" or word.lemma_ not in meals:
            continue
        deps = {child.dep_ for child in word.children}
        if deps & SUBJECTS and deps & AUXILIARIES:
            word.pos_, word.tag_ = "VERB", "VB"
    return doc


def hang_destinations_on_their_verbs(doc: Doc) -> Doc:
    """Hang "to <place>" told after an adverb of the way ("drove up to", "rode out to") on the
    verb of going, where every reading of a leg looks for it."""
    verbs, adverbs = cue_words("conveyance"), cue_words("way_adverb")
    for prep in doc:
        way = prep.head
        if prep.dep_ != "prep" or prep.lower_ not in ("to", "into"):
            continue
        if way.lower_ not in adverbs or way.dep_ not in PARTICLE_DEPS:
            continue
        verb = way.head
        # "Drove straight up to": the adverb may itself hang on another adverb of the way.
        if verb.lower_ in adverbs and verb.dep_ in PARTICLE_DEPS:
            verb = verb.head
        if verb.pos_ == "VERB" and verb.lemma_ in verbs:
            prep.head = verb
    return doc


def _restore_idiom_verb(obj: Token) -> None:
    name = obj.head
    if obj.dep_ != "appos" or name.dep_ != "ROOT" or name.pos_ not in NAME_POS:
        return
    verb = obj.doc[obj.i - 1] if obj.i > 0 else obj
    if verb.head != obj or verb.dep_ != "amod" or verb.lower_ not in IDIOM_VERBS:
        return
    # Each word is hung under the verb only once the verb has left the name's phrase, so
    # that no step of the repair makes a loop.
    verb.head, verb.dep_, verb.pos_ = verb, "ROOT", "VERB"
    obj.head, obj.dep_ = verb, "dobj"
    name.head, name.dep_ = verb, "nsubj"
    for word in list(obj.children):
        # "last" set before the verb tells when, as an adverb of the verb would.
        word.head = verb
        if word.i < verb.i:
            word.dep_, word.pos_ = "advmod", "ADV"
    for word in [w for w in name.rights if w.i > obj.i]:
        word.head = verb


def _days_set_before(person: Token, opening: Token) -> list[Token]:
    """The time words hung on a name as its modifiers, right after the opening preposition:
    "Friday" in "On Friday Ada Lund"; [] when they do not follow it at once."""
    days = [
        child
        for child in person.lefts
        if child.dep_ in ("compound", "nmod") and child.ent_type_ in TIME_LABELS
    ]
    follows = bool(days) and days[0].i == opening.i + 1
    contiguous = all(b.i == a.i + 1 for a, b in pairwise(days))
    return days if follows and contiguous else []
