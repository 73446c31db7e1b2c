"""Scoring the enricher against a gold-annotated folder (read by `stream.evaluation.goldsets`).

A predicted event matches a gold event when all three hold:

1. **type**: the same event type;
2. **parties**: the parties gold gives, no more and no fewer. Visits, invitations,
   statements and deployments have a direction: the actor names the gold actor and the
   counterparts name the gold counterparts one to one. Meetings and agreements have none:
   all participants name all gold participants one to one, whoever is the actor;
3. **sentence**: one of the prediction's evidence spans overlaps, in the article text, the
   gold evidence sentence or any of its `alt_evidence`. Gold events without evidence (the dev
   set) are matched on type and parties only, and the report says how many.

Names are compared without the extractor's alias table: both sides are folded the same
neutral way (`fold`), and a predicted entity names a gold name when the gold fold equals
the fold of the entity's name, its id, or a form the article prints at one of the entity's
own mentions. The last rule credits the extractor's reading of this article (it linked the
printed "Sergey Shoygu" to its entity "Sergei Shoigu"), not a table; its cost is that a
wrong merge of two printed names into one entity is credited too. A person's name also
names the fuller or reordered form gold writes from knowledge the article does not print:
"President Bush" is "George W. Bush", "Foreign Minister Fabius" is "Laurent Fabius",
"Fumio Kishida" is "Kishida Fumio", "King Abdullah" is "Abdullah II", when the shorter name
holds the longer one's surname and no word the longer one lacks (initials and generational
suffixes never count either way). Places and
organisations must fold alike: "Korea" is not "South Korea".

Each gold event matches at most one prediction and each prediction at most one gold event:
candidate pairs are taken greedily, best agreement first (the main evidence rather than an
alt, then the right place, date and status).

On matched pairs: status is right when it is the gold status or an `alt_status`; the date
when the predicted value, cut to the gold's precision, is the gold date or an `alt_dates`
entry (no date is right only for no date); the place when the gold place names the
predicted location, or its normalised `city` or `country` when the record carries them;
attribution, where gold annotates it, when the same names are given one to one.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from stream.contracts import Article, EnrichedArticle, EntityRef, Event, EventDate
from stream.evaluation.goldsets import GoldArticle, GoldDate, GoldEvent, Span, read_gold_folder
from stream.evaluation.report import Counts, Fate, Report

SYMMETRIC_TYPES = frozenset({"meeting", "agreement"})
LOCATION_NORMALISED_FIELDS = ("city", "country")
DATE_LENGTH = {"year": 4, "month": 7, "day": 10}

GENERATION_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

_POSSESSIVE = re.compile("['\u2019]s\\b")
_NON_WORD = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class Names:
    """The folded names each predicted entity answers to in one article (see the module doc)."""

    printed: dict[str, frozenset[str]]
    """Entity id -> the folded forms the article prints at its mentions."""

    def of(self, entity_id: str, name: str) -> frozenset[str]:
        return frozenset({fold(name), fold(entity_id), *self.printed.get(entity_id, ())})

    def __call__(self, ref: EntityRef) -> frozenset[str]:
        return self.of(ref.id, ref.name)

    def match(self, ref: EntityRef, gold_name: str) -> bool:
        wanted = fold(gold_name)
        forms = self(ref)
        if wanted in forms:
            return True
        return ref.label.value == "PERSON" and any(_same_person(f, wanted) for f in forms)


def _same_person(form: str, wanted: str) -> bool:
    """One name holds the other's surname and no word it lacks: "bush" and "george w bush"."""
    mine, theirs = _full_words(form), _full_words(wanted)
    if not mine or not theirs:
        return False
    shorter, longer = sorted((mine, theirs), key=len)
    return set(shorter) <= set(longer) and (shorter == longer or longer[-1] in shorter)


def _full_words(folded: str) -> list[str]:
    """The words of a name that can tell people apart: no initials, no "Jr." or "II"."""
    return [w for w in folded.split() if len(w) > 1 and w not in GENERATION_SUFFIXES]


class Enriches(Protocol):
    def enrich_many(self, articles: Iterable[Article]) -> Iterable[EnrichedArticle]: ...


def evaluate(enricher: Enriches, folder: Path, title: str | None = None) -> Report:
    """Enrich every article of a gold folder and score it against its gold."""
    golds = read_gold_folder(folder)
    predictions = list(enricher.enrich_many(gold.article for gold in golds))
    return score(golds, predictions, title or str(folder))


def score(
    golds: Sequence[GoldArticle], predictions: Sequence[EnrichedArticle], title: str
) -> Report:
    report = Report(title=title)
    for gold, predicted in zip(golds, predictions, strict=True):
        names = article_names(predicted, gold.article.text)
        report.articles += 1
        report.gold_events += len(gold.events)
        report.gold_with_evidence += sum(bool(event.evidence) for event in gold.events)
        _score_events(report, gold, predicted.events, names)
        _score_entities(report, gold, predicted, names)
    return report


def fold(name: str) -> str:
    """The neutral key of a name: no case, diacritics, punctuation, possessive, leading "the"
    or generational suffix.

    "The Kremlin's", "kremlin" and "KREMLIN" fold alike; so do "Kim Jong-un" and "Kim Jong Un",
    "U.S." and "US", "Erdoğan" and "Erdogan", "Joseph R. Biden, Jr." and "Joseph R. Biden".
    A suffix counts only after two names, so that "Abdullah II" keeps its regnal number.
    """
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    words = _NON_WORD.sub(" ", _POSSESSIVE.sub("", plain).replace(".", "")).split()
    if words[:1] == ["the"]:
        words = words[1:]
    if len(words) > 2 and words[-1] in GENERATION_SUFFIXES:
        words = words[:-1]
    return " ".join(words)


def article_names(predicted: EnrichedArticle, text: str) -> Names:
    printed: dict[str, frozenset[str]] = {}
    for entity in predicted.entities:
        forms = {fold(text[mention.start : mention.end]) for mention in entity.mentions}
        printed[entity.entity_id] = printed.get(entity.entity_id, frozenset()) | forms
    return Names(printed)


def failures(predicted: Event, gold: GoldEvent, names: Names) -> tuple[str, ...]:
    """Which match conditions the pair fails, of "type", "parties" and "sentence"."""
    failed = []
    if predicted.type.value != gold.type:
        failed.append("type")
    if not same_parties(predicted, gold, names):
        failed.append("parties")
    if gold.evidence and not overlaps(predicted, (*gold.evidence, *gold.alt_evidence)):
        failed.append("sentence")
    return tuple(failed)


def same_parties(predicted: Event, gold: GoldEvent, names: Names) -> bool:
    if gold.type in SYMMETRIC_TYPES:
        return names_one_to_one(predicted.participants, (gold.actor, *gold.counterparts), names)
    return names.match(predicted.actor, gold.actor) and names_one_to_one(
        predicted.counterparts, gold.counterparts, names
    )


def names_one_to_one(refs: Sequence[EntityRef], wanted: Sequence[str], names: Names) -> bool:
    """Whether each ref names a different one of the `wanted` names, and none is left over."""
    if not refs:
        return not wanted
    first, rest = refs[0], refs[1:]
    return any(
        names.match(first, name) and names_one_to_one(rest, [*wanted[:i], *wanted[i + 1 :]], names)
        for i, name in enumerate(wanted)
    )


def overlaps(predicted: Event, spans: Iterable[Span]) -> bool:
    return any(
        evidence.start < end and start < evidence.end
        for evidence in predicted.evidence
        for start, end in spans
    )


def status_right(predicted: Event, gold: GoldEvent) -> bool:
    return predicted.status.value in gold.statuses


def date_right(predicted: EventDate | None, gold: GoldEvent) -> bool:
    return any(_same_date(predicted, date) for date in gold.dates)


def place_right(predicted: EntityRef | None, gold: str | None, names: Names) -> bool:
    if predicted is None or gold is None:
        return predicted is None and gold is None
    # Fields the location may carry in a later record version; absent today.
    normalised = {getattr(predicted, name, None) for name in LOCATION_NORMALISED_FIELDS}
    return names.match(predicted, gold) or fold(gold) in {
        fold(v) for v in normalised if isinstance(v, str)
    }


def at_precision(value: str, precision: str) -> str | None:
    """A predicted date value as gold would write it at `precision`; None if less precise."""
    if precision == "week":
        if len(value) < DATE_LENGTH["day"]:
            return None
        day = dt.date.fromisoformat(value)
        return (day - dt.timedelta(days=day.weekday())).isoformat()
    length = DATE_LENGTH[precision]
    return value[:length] if len(value) >= length else None


def _same_date(predicted: EventDate | None, gold: GoldDate | None) -> bool:
    if predicted is None or gold is None:
        return predicted is None and gold is None
    return at_precision(predicted.value, gold.precision) == gold.value


def _agreement(predicted: Event, gold: GoldEvent, names: Names) -> int:
    return (
        8 * overlaps(predicted, gold.evidence)
        + 4 * place_right(predicted.location, gold.location, names)
        + 2 * date_right(predicted.date, gold)
        + status_right(predicted, gold)
    )


def assign(predicted: Sequence[Event], gold: Sequence[GoldEvent], names: Names) -> dict[int, int]:
    """One-to-one matches, gold index -> prediction index, best agreement first."""
    candidates = sorted(
        (-_agreement(p, g, names), j, i)
        for i, p in enumerate(predicted)
        for j, g in enumerate(gold)
        if not failures(p, g, names)
    )
    pairs: dict[int, int] = {}
    for _, j, i in candidates:
        if j not in pairs and i not in pairs.values():
            pairs[j] = i
    return pairs


def _score_events(report: Report, gold: GoldArticle, predicted: list[Event], names: Names) -> None:
    pairs = assign(predicted, gold.events, names)
    fates = []
    for j, event in enumerate(gold.events):
        counts = report.events.setdefault(event.type, Counts())
        if j in pairs:
            counts.true_positives += 1
            fates.append(_matched(report, predicted[pairs[j]], event, names))
        else:
            counts.false_negatives += 1
            fates.append(_missed(predicted, event, names))
    extra = [p for i, p in enumerate(predicted) if i not in pairs.values()]
    for event in extra:
        report.events.setdefault(event.type.value, Counts()).false_positives += 1
    report.add_article(gold.article.id, gold.article.text, fates, extra)


def _matched(report: Report, predicted: Event, gold: GoldEvent, names: Names) -> Fate:
    checks = {
        "status": status_right(predicted, gold),
        "date": date_right(predicted.date, gold),
        "place": place_right(predicted.location, gold.location, names),
    }
    if gold.attributed_to is not None:
        checks["attribution"] = names_one_to_one(predicted.attributed_to, gold.attributed_to, names)
    for name, right in checks.items():
        report.accuracy(name).add(right)
    return Fate(gold, predicted, wrong=tuple(name for name, right in checks.items() if not right))


def _missed(predicted: list[Event], gold: GoldEvent, names: Names) -> Fate:
    """The nearest prediction: fewest failed conditions, the same type first."""
    ranked = sorted(
        (len(failed), "type" in failed, i, failed)
        for i, failed in enumerate(failures(p, gold, names) for p in predicted)
    )
    if not ranked:
        return Fate(gold, None, failed=("no prediction in the article",))
    _, _, i, failed = ranked[0]
    return Fate(gold, predicted[i], failed=failed or ("matched another gold event",))


def _score_entities(
    report: Report, gold: GoldArticle, predicted: EnrichedArticle, names: Names
) -> None:
    for label in gold.entity_labels:
        wanted = [fold(name) for entity_label, name in gold.entities if entity_label == label]
        found = [
            names.of(e.entity_id, e.name) for e in predicted.entities if e.label.value == label
        ]
        matched = _match_names(wanted, found)
        report.entities.setdefault(label, Counts()).add(
            Counts(matched, len(found) - matched, len(wanted) - matched)
        )


def _match_names(names: list[str], found: list[frozenset[str]]) -> int:
    """How many gold names a distinct predicted entity answers to."""
    unused = list(found)
    matched = 0
    for name in names:
        hit = next((forms for forms in unused if name in forms), None)
        if hit is not None:
            unused.remove(hit)
            matched += 1
    return matched
