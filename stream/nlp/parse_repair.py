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

"The two held talks with Erik Moen": the model may read "The two held talks" as one noun phrase,
"held" an adjective of "talks", and leave the sentence without a verb or subject. When such a
noun heads the sentence with a participle just before it and a counted word ("two", "pair")
with its article before that, the participle is made the verb, the counted word its subject.

"Ada Lund held talks with Erik Moen and with Ivo Marek": the model hangs the second "with" on
the verb, or on a day told before it, as a conjunct, though it repeats the first "with" (on
"talks"); read from "talks", the second party is lost. The repeated "with" is joined to the
first one, where every reading of the parties met looks for it.

"Ada Lund will lunch today with Erik Moen": the model reads a meal verb after a modal or "to"
as the noun of the meal, heading its own subject; the meal is then never a meeting. A meal
word (`meal_verb` cues) with a subject and an auxiliary of its own is made the verb it is.

"In the presence of the two heads of state, Lorvia and Brenn sealed a pact": the model may join
the names after the comma to the last noun of the phrase told before them, as its conjuncts or
its apposition, and leave the verb without a subject. When the verb has none and such a word
after a comma runs up to it (past the verb's own adverbs and auxiliaries), it is made the
verb's subject.

"In the middle of the afternoon Ada Lund and Erik Moen held talks", "On the margins of the forum
Lund and Moen held talks": with no comma, the model may glue the names to the time or occasion
that closes an opening phrase, as that noun's apposition or as a name the noun modifies, and
leave the verb without a subject. When the verb has none and such a name runs up to it, the
noun closes the phrase again and the name is made the verb's subject.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from stream.nlp.doctext import all_children, indices_where, subtree_of
from stream.nlp.lexicon import cue_words

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
TIME_LABELS = frozenset({"DATE", "TIME"})
# "Set foot in": the one idiom whose verb the model reads as an adjective of its object.
IDIOM_VERBS = frozenset({"set", "sets"})
IDIOM_OBJECT = "foot"
NAME_POS = frozenset({"PROPN", "NOUN"})
LANDING = "land"
PARTICLE_DEPS = frozenset({"prt", "advmod"})
DESTINATION_PREPS = frozenset({"to", "into"})
WITH = frozenset({"with"})
AUXILIARIES = frozenset({"aux", "auxpass"})
CLAUSE_POS = frozenset({"VERB", "AUX"})
# "The two", "the pair": a counted group the model may read as a modifier of "held talks".
COUNTED_POS = frozenset({"NUM", "NOUN"})
# What hangs on a clause rather than on its object: joined verbs, their "and", the full stop.
LINKS_OF_CLAUSE = frozenset({"conj", "cc", "punct"})
# What a verb's subject may stand apart from it by: "Lorvia and Brenn then signed", "are to".
VERB_OWN_LEFTS = frozenset({"advmod", "aux", "auxpass", "neg", "punct"})
# How the model joins the names after the comma to the phrase before them.
JOINED_AFTER_COMMA = frozenset({"conj", "appos"})
# How the model glues a name to the time or occasion told just before it.
GLUED_TO_NOUN = frozenset({"appos", "compound", "nmod"})


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
    if any(child.dep_ in SUBJECTS for child in all_children(verb)):
        return
    person = next((c for c in all_children(opening) if c.dep_ == "pobj"), None)
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


def restore_subjects_read_as_conjuncts(doc: Doc) -> Doc:
    """Give back its subject to each verb whose subject was joined to a phrase before it."""
    for verb in doc:
        if verb.pos_ in CLAUSE_POS and not any(c.dep_ in SUBJECTS for c in all_children(verb)):
            subject = _conjunct_before(verb)
            if subject is not None:
                _make_subject(subject, verb)
    return doc


def _make_subject(word: Token, verb: Token) -> None:
    passive = any(child.dep_ == "auxpass" for child in all_children(verb))
    word.head, word.dep_ = verb, "nsubjpass" if passive else "nsubj"


def _runs_up_to(word: Token, verb: Token) -> bool:
    """Whether only the verb's own adverbs, auxiliaries and marks stand between the end of the
    word's phrase and the verb."""
    own = {child.i for child in verb.lefts if child.dep_ in VERB_OWN_LEFTS}
    return all(i in own for i in range(word.right_edge.i + 1, verb.i))


def _conjunct_before(verb: Token) -> Token | None:
    """The name or noun after a comma that the model joined to a phrase of the verb's told
    before it, and whose own words run up to the verb: "Lorvia" in "In the presence of the two
    heads of state, Lorvia and Brenn sealed"."""
    doc = verb.doc
    for phrase in verb.lefts:
        if phrase.dep_ != "prep":
            continue
        for word in subtree_of(phrase):
            # Hung on the phrase's own noun: not "A and the ambassador, B" (B is who he is).
            joined = word.dep_ in JOINED_AFTER_COMMA and word.head.dep_ == "pobj"
            if not joined or word.pos_ not in NAME_POS or word.left_edge.i == 0:
                continue
            if doc[word.left_edge.i - 1].lower_ == "," and _runs_up_to(word, verb):
                return word
    return None


def restore_subjects_glued_to_times(doc: Doc) -> Doc:
    """Give back its subject to each verb whose subject was glued, with no comma, to the time
    or occasion that closes the sentence's opening phrase."""
    whens = cue_words("day_part") | cue_words("gathering")
    for sentence in doc.sents:
        opening, verb = sentence[0], sentence[0].head
        if opening.dep_ != "prep" or verb.pos_ not in CLAUSE_POS:
            continue
        if any(child.dep_ in SUBJECTS for child in all_children(verb)):
            continue
        for name in subtree_of(opening):
            if name.ent_type_ != "PERSON" or name.head.ent_type_ == "PERSON":
                continue
            if _runs_up_to(name, verb) and _unglue_name(name, whens):
                _make_subject(name, verb)
                break
    return doc


def _unglue_name(name: Token, whens: frozenset[str]) -> bool:
    """Hang the time glued to a name back where the name hung; False if none is glued.

    Either the name hangs on the time told before it ("the forum Lund", the name its
    apposition) or the time modifies the name, which the preposition then governs ("of the
    afternoon Lund"): there the time takes the name's place and the words before it."""
    noun = name.head
    if name.dep_ in GLUED_TO_NOUN and noun.i < name.i and _tells_when(noun, whens):
        return True
    if name.dep_ != "pobj":
        return False
    times = [w for w in name.lefts if w.dep_ in GLUED_TO_NOUN and _tells_when(w, whens)]
    if not times or any(w.ent_type_ == "PERSON" for w in name.lefts if w.i < times[-1].i):
        return False
    time = times[-1]
    for word in [w for w in name.lefts if w.i < time.i]:
        word.head = time
    time.head, time.dep_ = noun, "pobj"
    return True


def _tells_when(word: Token, whens: frozenset[str]) -> bool:
    return word.ent_type_ in TIME_LABELS or word.lower_ in whens


def restore_verbs_read_as_modifiers(doc: Doc) -> Doc:
    """Make "set" the verb of each "<name> last set foot in <place>" read as a noun phrase."""
    for word in (doc[i] for i in indices_where(doc, LOWER, frozenset([IDIOM_OBJECT]))):
        _restore_idiom_verb(word)
    return doc


def read_landings_told_by_phrase(doc: Doc) -> Doc:
    """Give the lemma "land" to each verb whose particle after it makes a landing of it."""
    phrases = {tuple(phrase.split()) for phrase in cue_words("landing_phrase")}
    verbs = frozenset(phrase[0] for phrase in phrases)
    for verb in (doc[i] for i in indices_where(doc, LEMMA, verbs)):
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
    for word in (doc[i] for i in indices_where(doc, LEMMA, cue_words("meal_verb"))):
        if word.pos_ != "NOUN":
            continue
        deps = {child.dep_ for child in all_children(word)}
        if deps & SUBJECTS and deps & AUXILIARIES:
            word.pos_, word.tag_ = "VERB", "VB"
    return doc


def hang_destinations_on_their_verbs(doc: Doc) -> Doc:
    """Hang "to <place>" told after an adverb of the way ("drove up to", "rode out to") on the
    verb of going, where every reading of a leg looks for it."""
    verbs, adverbs = cue_words("conveyance"), cue_words("way_adverb")
    for prep in (doc[i] for i in indices_where(doc, LOWER, DESTINATION_PREPS)):
        way = prep.head
        if prep.dep_ != "prep":
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


def restore_verbs_read_as_participles(doc: Doc) -> Doc:
    """Make "held" the verb of each "The two held talks ..." read as a noun phrase."""
    for sentence in doc.sents:
        root = sentence.root
        # "The two held talks ... and later called on B": the phrase may be read as the subject
        # of the verb joined after it.
        nouns = [root, *(w for w in root.lefts if w.dep_ in SUBJECTS and _joined_after(w, root))]
        for noun in nouns:
            _restore_participle_verb(noun, root)
    return doc


def _joined_after(noun: Token, verb: Token) -> bool:
    between = noun.doc[noun.i + 1 : verb.i]
    return any(word.dep_ == "cc" and word.head.i in (noun.i, verb.i) for word in between)


def _restore_participle_verb(noun: Token, root: Token) -> None:
    if noun.pos_ not in NAME_POS or noun.i < 3:
        return
    verb, subject = noun.doc[noun.i - 1], noun.doc[noun.i - 2]
    if verb.dep_ != "amod" or verb.tag_ != "VBN" or verb.head.i != noun.i:
        return
    if subject.head.i != noun.i or subject.pos_ not in COUNTED_POS:
        return
    if noun.doc[subject.i - 1].dep_ != "det":
        return
    # The verb heads the sentence; the words before it are its subject, the noun its object,
    # and a verb the phrase was the subject of is joined to it.
    verb.pos_, verb.tag_ = "VERB", "VBD"
    verb.head, verb.dep_ = verb, "ROOT"
    if root.i != noun.i:
        for word in [w for w in all_children(root) if w.dep_ in LINKS_OF_CLAUSE and w.i > root.i]:
            word.head = verb
        root.head, root.dep_ = verb, "conj"
    for word in [w for w in all_children(noun) if w.dep_ in LINKS_OF_CLAUSE]:
        word.head = verb
    for word in [w for w in noun.lefts if w.i < subject.i]:
        word.head = subject
    subject.head, subject.dep_ = verb, "nsubj"
    noun.head, noun.dep_ = verb, "dobj"


def join_repeated_withs(doc: Doc) -> Doc:
    """Join each "with" repeated after an "and" to the "with" it repeats, in the same clause."""
    for second in (doc[i] for i in indices_where(doc, LOWER, WITH)):
        if second.dep_ != "conj" or second.pos_ != "ADP":
            continue
        # "And then separately with B": a party set apart by words of order is read as met on
        # its own where the parser hangs it; only a bare "and with" repeats the first "with".
        if second.i == 0 or second.doc[second.i - 1].lower_ != "and":
            continue
        first = _with_repeated(second)
        if first is not None:
            second.head = first
    return doc


def _with_repeated(second: Token) -> Token | None:
    """The nearest "with" before `second` that hangs, as it does, in its clause's own words;
    none that `second` itself governs, which the parser would then hang in a loop."""
    clause = _clause_verb(second.head)
    earlier = [
        word
        for word in second.sent
        if word.i < second.i
        and word.lower_ == "with"
        and word.dep_ == "prep"
        and _clause_verb(word).i == clause.i
        and not word.is_ancestor(second)
        and not second.is_ancestor(word)
    ]
    return earlier[-1] if earlier else None


def _clause_verb(word: Token) -> Token:
    """The verb whose clause holds a word: itself if a verb, else the first verb above it."""
    while word.pos_ not in CLAUSE_POS and word.head.i != word.i:
        word = word.head
    return word


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
    for word in list(all_children(obj)):
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
