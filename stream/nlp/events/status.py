"""The status of a mention: tense, negation, denials, cancellations and the status cue
words; and the anchor date a status is read against.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from spacy.tokens import Span, Token

from stream.contracts import DatePrecision, EventDate
from stream.nlp.dates import (
    ORDINAL_DAY,
    PARTS_OF_DAY,
    WEEKDAYS,
    YEAR_NUMBER,
    in_the_year_told,
    period_around,
    resolve_date,
    shifted_by_days,
    unit_named_by_article,
)
from stream.nlp.doctext import all_children, span_text, words_of
from stream.nlp.events.mention import (
    FINITE_TAGS,
    GOVERNOR_MODIFIERS,
    NAME_LINKS,
    SEQUEL_WORDS,
    TRIGGER_MODIFIERS,
    is_day_after,
    is_day_before,
    is_same_day,
)
from stream.nlp.lexicon import cue_words
from stream.nlp.roles.syntax import OTHER_TIME_PREPS, children, clause_chain


def status_cue(chain: list[Token]) -> tuple[str, int] | None:
    """The cue along the clause chain: a negation anywhere ("denied that X would visit"), else
    the nearest of speculation or plan ("potential visit", "preparing for", "will meet").

    The trigger's own lemma is not a cue ("invited" is an invitation that happened), but the
    words governing it are ("invited to visit" is a planned visit). Returns the cue's kind
    and its position on the chain (0: the trigger's own modifier).
    """
    chain = _own_tense(chain)
    words = [
        _cue_words(
            token,
            position,
            governs_subject=bool(position) and chain[position - 1].dep_ in ("nsubj", "nsubjpass"),
        )
        for position, token in enumerate(chain)
    ]
    if _gives_a_meal(chain):
        words[1] = words[1] - {chain[1].lemma_.lower()}
    if _held_by_a_schedule(chain[-1]):
        words[-1] = words[-1] | {"schedule"}
    # "Agreed on Monday to build a road, during a visit by X": the visit frames the agreeing,
    # which is past; what was agreed on lies ahead, the visit does not. So does a visit the
    # agreeing followed ("after X's visit") or a clause that dates it ("in May, when X visited").
    if len(chain) > 1 and _frames_in_time(chain):
        words = [
            found - {token.lemma_.lower()} if position > 1 and token.tag_ == "VBD" else found
            for position, (token, found) in enumerate(zip(chain, words, strict=True))
        ]
    scope = words[: _negation_reach(chain)]
    undone = denied(chain) or _plan_given_up(chain)
    if any(not found.isdisjoint(cue_words("negated")) for found in scope) or undone:
        return "negated", 0
    for position, found in enumerate(words[: _tense_reach(chain)]):
        for kind in ("speculated", "planned"):
            if not found.isdisjoint(cue_words(kind)):
                return _reported_intent(kind, found, chain[position]), position
    return None


def _tense_reach(chain: list[Token]) -> int:
    """How far up the chain a cue still times the event: a relative clause in a tense of its
    own ("X, who went to Kel in 2015 before coming to Vik, will not ...") is not timed by the
    clause it is told in."""
    for position, token in enumerate(chain[:-1]):
        if token.dep_ == "relcl" and token.tag_ in FINITE_TAGS:
            return position + 1
    return len(chain)


def _gives_a_meal(chain: list[Token]) -> bool:
    """ "The Queen offered a luncheon in his honour": the verb a meal is the object of gives
    it, as "hosted" does; it offers nothing still to come ("will offer" is told by its "will")."""
    meal = chain[0]
    return (
        len(chain) > 1
        and meal.dep_ == "dobj"
        and meal.head.i == chain[1].i
        and meal.lemma_.lower() in cue_words("meal")
    )


def _negation_reach(chain: list[Token]) -> int:
    """How far up the chain a "not" still denies the event: "X, who has been in Peru since
    May, did not comment" and "had not met since a visit by X to Lima" deny the comment and
    the meeting; the stay in a relative clause and the visit that times the meeting happened."""
    for position, token in enumerate(chain[:-1]):
        if token.dep_ == "relcl" and token.pos_ in ("VERB", "AUX") and not _infinitive(token):
            return position + 1
        if token.dep_ == "pobj" and token.head.lower_ in OTHER_TIME_PREPS:
            return position + 1
        if _unconfirmed_report(token):
            return position + 1
    return len(chain)


def _infinitive(verb: Token) -> bool:
    """ "No plans for X to travel": the parser may hang an infinitive on the noun as a
    relative clause; with no tense of its own it is the noun's content, which the noun's
    "no" denies, not a clause that keeps its own time."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in all_children(verb))


def _plan_given_up(chain: list[Token]) -> bool:
    """ "Has abandoned plans to stop in Kell", "hopes that X would call on Y were dashed": a
    plan or hope given up, as the object of the giving up or its passive subject, takes what
    it held along. ("Dashed to the airport" names no plan.)"""
    for word in chain[1:]:
        verb = word.head
        given_up = verb.lemma_.lower() in cue_words("giving_up")
        if word.lemma_.lower() in cue_words("plan_noun") and given_up:
            return word.dep_ == "dobj" or (
                word.dep_ == "nsubjpass" and any(c.dep_ == "auxpass" for c in all_children(verb))
            )
    return False


def _unconfirmed_report(word: Token) -> bool:
    """ "Reports that X might stop in Kell could not be confirmed": a report left unconfirmed
    is not denied, so what it tells stays as the report's own clause times it."""
    verb = word.head
    return (
        word.lemma_.lower() in cue_words("report_noun")
        and word.dep_ in ("nsubj", "nsubjpass")
        and verb.lemma_ == "confirm"
    )


def _copula_cue_words(kids: list[Token]) -> set[str]:
    """ "Is due in Oslo for talks", "is to stay on for talks": the copula's complement tells
    the time of what the clause is for, as an auxiliary would ("is to" is "will")."""
    words = {c.lemma_.lower() for c in kids if c.dep_ == "acomp"}
    to_infinitive = any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in all_children(c))
        for c in kids
    )
    return words | ({"will"} if to_infinitive else set())


def _frames_in_time(chain: list[Token]) -> bool:
    """The event is told as the time of what governs it: "during"/"after" it, or "when" it."""
    if chain[1].lower_ in ("during", "after", "following"):
        return True
    return chain[0].dep_ in ("relcl", "advcl") and any(
        c.dep_ == "advmod" and c.lower_ == "when" for c in chain[0].children
    )


def denied(chain: list[Token]) -> bool:
    """A clause told in a report denied, or as what a denial says: none of it is so."""
    return _denied_report(chain) or _denied_as_told(chain)


def _denied_report(chain: list[Token]) -> bool:
    """ "Reports that the minister would visit Oslo were denied", "the ministry dismissed
    reports that ...": a denial of the report the event is told in denies the event, whether
    the report is the denying verb's subject or its object."""
    report = next((t for t in chain[1:] if t.lemma_.lower() in cue_words("report_noun")), None)
    if report is None:
        return False
    verbs = [report.head] if report.dep_ in ("nsubj", "nsubjpass", "dobj") else []
    # The parser may hang "were dismissed" under the report noun itself.
    verbs += children(report, "advcl", "relcl")
    return any(verb.lemma_.lower() in cue_words("denial") for verb in verbs)


def _denied_as_told(chain: list[Token]) -> bool:
    """ "A spokesman denied that the minister would meet X": what a denial says is not so
    (the clause is the denying verb's content, which the chain does not climb past)."""
    clause = chain[-1]
    # What is denied follows the denying; "accused X of Y, a charge X rejects" is said.
    told_after = clause.i > clause.head.i
    return (
        clause.dep_ == "ccomp" and told_after and clause.head.lemma_.lower() in cue_words("denial")
    )


def cancels(verb: Token) -> bool:
    """ "Cancelled", "called off", "postponed": the verb, with its particle, is a negation."""
    particles = [c.lower_ for c in all_children(verb) if c.dep_ == "prt"]
    said = {verb.lemma_.lower(), *(f"{verb.lemma_.lower()} {p}" for p in particles)}
    return not said.isdisjoint(cue_words("negated"))


def _own_tense(chain: list[Token]) -> list[Token]:
    """A conjunct with an auxiliary of its own keeps its own tense: in "would be represented
    and Solberg had received an invitation" the invitation is no conditional. An infinitive's
    "to" is no tense: "is expected to visit X and to leave for Y" leaves as expected; nor is
    a bare "be": "is to hold talks with X and be received by Y" is received as planned."""
    for position, token in enumerate(chain):
        own = any(
            c.dep_ in ("aux", "auxpass") and c.lower_ not in ("to", "be")
            for c in all_children(token)
        )
        if token.dep_ == "conj" and own:
            return chain[: position + 1]
    return chain


def _reported_intent(kind: str, found: set[str], clause: Token) -> str:
    """ "Solberg said he would travel to Quito": a reported "would" is the future of the
    past, a plan, not a conditional."""
    modals = found & cue_words("speculated")
    if kind != "speculated" or not modals <= cue_words("reported_intent"):
        return kind
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    reported = clause.dep_ == "ccomp" and clause.head.lemma_ in cue_words("reporting")
    return "planned" if reported else kind


def _cue_words(token: Token, position: int, *, governs_subject: bool = False) -> set[str]:
    """The cue words on one word of the chain. A verb the event is the subject of says what
    the event did, not whether it happens: "the trip was aimed at ties" is no plan; its
    auxiliaries still tell the tense ("the trip will take him to X")."""
    deps = GOVERNOR_MODIFIERS if position else TRIGGER_MODIFIERS
    kids = all_children(token)  # read five times below
    words = {child.lemma_.lower() for child in kids if child.dep_ in deps}
    hedging = token.lemma_.lower() in cue_words("speculated")
    if not position and hedging and any(child.dep_ == "auxpass" for child in kids):
        # "Is expected in Oslo on Sunday": a stay told by a passive hedge is hedged by it.
        words.add(token.lemma_.lower())
    # "reportedly plans to visit": a hedge on a governing word hedges what it governs.
    words |= {
        child.lower_
        for child in kids
        if child.dep_ == "advmod" and child.lower_ in cue_words("hedge")
    }
    words |= {child.lower_ for child in kids if child.dep_ == "neg"}
    # "has no plans to travel": a governing noun denied by its determiner.
    words |= {c.lower_ for c in kids if c.dep_ == "det" and c.lower_ == "no"}
    if not position:
        # "No agreement was signed": a subject denied by its determiner denies its own verb
        # (not a verb further up: "no official said X would visit" tells of the visit).
        words |= _denied_subject(kids)
    words |= {
        mark.lower_
        for clause in kids
        if clause.dep_ == "advcl"
        for mark in all_children(clause)
        if mark.dep_ == "mark"
    }
    if position and not governs_subject and token.lemma_ == "be":
        words |= _copula_cue_words(kids)
    # A verb the event is the subject of still undoes it: "the visit was postponed". A time
    # is no cue by its name: "in May, when X met Y" is no "may".
    if position and (not governs_subject or cancels(token)) and token.ent_type_ != "DATE":
        words.add(token.lemma_.lower())
        # "called off his trip": the verb with its particle is the cue.
        words |= {f"{token.lemma_.lower()} {c.lower_}" for c in kids if c.dep_ == "prt"}
    return words


def _denied_subject(kids: list[Token]) -> set[str]:
    return {
        det.lower_
        for subject in kids
        if subject.dep_ in ("nsubj", "nsubjpass")
        for det in all_children(subject)
        if det.dep_ == "det" and det.lower_ == "no"
    }


def _held_by_a_schedule(clause: Token) -> bool:
    """ "The programme has him meeting X on Saturday": what a schedule holds lies ahead."""
    holder = clause.head
    return (
        clause.dep_ == "ccomp"
        and holder.lemma_ == "have"
        and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in cue_words("schedule_noun")
            for c in all_children(holder)
        )
    )


def date_of_joined_verb(
    chain: list[Token],
    told: list[Span],
    dates: Sequence[Span],
    published: dt.date,
    *,
    future: bool,
) -> EventDate | None:
    """ "Flew to Oslo and met Lund at the palace on Friday": a date told once at the end of
    verbs joined under one subject times them all, unless the later verb has a subject or a
    tense of its own ("arrived ... and will meet Lund on Friday") or follows on ("then")."""
    verb = next((word for word in chain if word.pos_ == "VERB"), None)
    if verb is None:
        return None
    for joined in children(verb, "conj"):
        own_words = any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in all_children(joined)
        )
        sequel = any(c.lower_ in SEQUEL_WORDS for c in all_children(joined))
        if own_words or sequel or joined.pos_ != "VERB" or joined.tag_ != verb.tag_:
            continue
        for ent in told:
            if _anchor(ent).i == joined.i:
                resolved = resolve_told(ent, told, dates, published, future=future)
                if resolved is not None:
                    return resolved
    return None


def resolve_told(
    ent: Span, told: list[Span], dates: Sequence[Span], published: dt.date, *, future: bool
) -> EventDate | None:
    """A date phrase resolved; "the next day" is the day after the date told before it in the
    sentence: "will hold talks on May 9 and call on X the following day" -> May 10. "The day
    before" is the day before that date: "landed on May 20, coming from Lorn, where he had
    met X the previous day" -> May 19; with no date before it in the sentence, it is counted
    from the day the story has reached, which this sentence does not know (not from the news).
    """
    if is_day_before(ent):
        return _day_off_a_day_told_before(ent, told, dates, published, -1, future=future)
    around = _period_of_a_day_told_before(ent, told, dates, published, future=future)
    if around is not None:
        return around
    resolved = resolve_date(explicit_date(ent, dates), published, future=future)
    if resolved is not None:
        return _through_day_joined(ent, resolved, dates, published, future=future)
    if is_day_after(ent):
        return _day_off_a_day_told_before(ent, told, dates, published, 1, future=future)
    if is_same_day(ent):
        return _day_told_before(ent, told, dates, published, future=future)
    return None


# Days joined to a day told ("on Saturday and Sunday") are one stretch only this close.
_DAYS_JOINED = 7
# What a date read over joined days says between them, so the merge can tell it from a range.
JOINED_DAYS = " and "


def _through_day_joined(
    ent: Span, first: EventDate, dates: Sequence[Span], published: dt.date, *, future: bool
) -> EventDate:
    """ "Talked on Saturday and Sunday": the model reads each day apart, but what was done on
    both lasts through the last of them; read as the first day alone it is no longer the same
    talks as those told by their last day ("ended last night")."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].lower_ != "and" or first.precision != DatePrecision.DAY:
        return first
    joined = next((e for e in dates if e.start == ent.end + 1 and e.label_ == "DATE"), None)
    if joined is None or joined.root.head.i != ent.root.i or joined.root.dep_ != "conj":
        return first
    last = resolve_date(joined.text, published, future=future)
    if last is None or last.precision != DatePrecision.DAY:
        return first
    if not 0 < (last.end - first.start).days <= _DAYS_JOINED:
        return first
    text = f"{first.text}{JOINED_DAYS}{last.text}"
    return first.model_copy(update={"end": last.end, "text": text})


def _period_of_a_day_told_before(
    ent: Span, told: list[Span], dates: Sequence[Span], published: dt.date, *, future: bool
) -> EventDate | None:
    """ "Will fly to Kell on Monday and to Vik later in the week": a period named by its
    article alone ("the week") is the one of the day told before it in the sentence, not the
    news's."""
    unit = unit_named_by_article(ent.text)
    if unit is None:
        return None
    day = _day_off_a_day_told_before(ent, told, dates, published, 0, future=future)
    return period_around(day, unit, ent.text) if day is not None else None


def _day_off_a_day_told_before(
    ent: Span,
    told: list[Span],
    dates: Sequence[Span],
    published: dt.date,
    days: int,
    *,
    future: bool,
) -> EventDate | None:
    """The day of the latest date told before `ent` in its sentence, `days` off."""
    days_told = [
        e for e in told if e.end <= ent.start and not (is_day_after(e) or is_day_before(e))
    ]
    for earlier in reversed(days_told):
        found = resolve_date(explicit_date(earlier, dates), published, future=future)
        if found is not None:
            return shifted_by_days(found, days, ent.text)
    return None


def _day_told_before(
    ent: Span, told: list[Span], dates: Sequence[Span], published: dt.date, *, future: bool
) -> EventDate | None:
    """ "Landed on Sunday night, arriving from Oslo, where he had met X earlier in the day",
    "who arrived on Thursday, met Y that evening": a part of the day told after a day in the
    same sentence is of that day."""
    before = [e for e in told if e.end <= ent.start and not is_day_after(e) and not is_same_day(e)]
    for earlier in reversed(before):
        found = resolve_date(explicit_date(earlier, dates), published, future=future)
        if found is not None and found.precision is DatePrecision.DAY:
            return found
    return None


def looks_ahead(verb: Token) -> bool:
    """A governing clause told as planned or expected ("plans to fly", "will travel")."""
    cue = status_cue(clause_chain(verb))
    return cue is not None and cue[0] in ("planned", "speculated")


def _anchor(ent: Span) -> Token:
    """The word a date phrase modifies: "visit ... on May 9" -> visit, skipping the preposition,
    its adverb ("late on Wednesday") and the rest of the phrase ("on Sunday afternoon")."""
    head = ent.root.head
    if head.i == ent.end and head.lower_ in cue_words("day_part"):
        # "On Sunday morning Lund flew to Vik": the model may leave the part of the day out of
        # the phrase; the day hangs on it, and it on what the phrase dates.
        head = head.head
    if head.pos_ == "PROPN" and head.dep_ == "pobj" and ent.root.dep_ == "compound":
        # "where on Saturday Samoa and China signed": the parser ran the day into the names
        # after it, as the object of its preposition; the day still hangs on the verb.
        head = head.head
    # A verb read as a preposition ("a visit starting Wednesday") is one too.
    # `Token.head` makes a Token at each call: each step reads it once.
    while (above := head.head).i != head.i and (
        head.pos_ in ("ADP", "ADV") or head.dep_ == "prep" or head.ent_type_ in ("DATE", "TIME")
    ):
        head = above
    # A name takes no date: "X and Y on Sunday signed" dates the verb the names are subjects of;
    # nor does a word of a name the parser read as a verb of its own ("dos" in "Jose dos Santos").
    while (above := head.head).i != head.i and (
        (head.pos_ == "PROPN" and head.dep_ in NAME_LINKS) or head.ent_type_ == "PERSON"
    ):
        head = above
    return head


def explicit_date(ent: Span, dates: Sequence[Span]) -> str:
    """ "on Friday (April 26)": the date in brackets after a weekday is the one meant; "on
    Tuesday the 14th", the day of the month the model left out of the weekday's span; "on
    Wednesday night", after "On Wednesday the 15th" was told, that same Wednesday."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and _day_of_month_after(ent):
        return doc[ent.start : ent.end + 2].text
    told = _weekday_dated_before(ent, dates) or _in_a_year_told_before(ent, dates)
    if told is not None:
        return told
    if after is None or after.text != "(":
        return ent.text
    bracketed = next((e for e in dates if e.start == ent.end + 1 and e.label_ == "DATE"), None)
    return bracketed.text if bracketed is not None else ent.text


def _weekday_dated_before(ent: Span, dates: Sequence[Span]) -> str | None:
    """A bare weekday ("Wednesday", "Wednesday night") after the story dated that weekday by
    its day of the month ("On Wednesday the 15th"): the story tells its own week, which may
    lie before the week of publication, and the weekday is the one it dated."""
    weekday, *rest = [word.lower_ for word in ent]
    if weekday not in WEEKDAYS or not set(rest) <= PARTS_OF_DAY:
        return None
    doc = ent.doc
    for earlier in reversed([e for e in dates if e.end <= ent.start]):
        if earlier[0].lower_ != weekday:
            continue
        if len(earlier) == 1 and _day_of_month_after(earlier):
            return doc[earlier.start : earlier.end + 2].text
        if len(earlier) == 3 and _day_of_month_after(earlier[:1]):
            return earlier.text
    return None


_POINTERS = frozenset({"that", "the", "a"})


def _in_a_year_told_before(ent: Span, dates: Sequence[Span]) -> str | None:
    """ "That December", "the following year": the year is the one of the latest date told
    before that names its year. The model's span often leaves out the pointing word ("that",
    "the"), which is what ties the phrase to the year told."""
    before = ent.start > 0 and words_of(ent.doc)[ent.start - 1].lower_ in _POINTERS
    start = ent.start - 1 if before else None
    phrase = span_text(ent.doc[start : ent.end]) if start is not None else span_text(ent)
    for earlier in reversed([e for e in dates if e.end <= ent.start]):
        year = YEAR_NUMBER.search(span_text(earlier))
        if year is not None:
            return in_the_year_told(phrase, int(year.group()))
    return None


def _day_of_month_after(ent: Span) -> bool:
    """A lone weekday followed by "the" and an ordinal day: "Tuesday the 14th"."""
    doc = ent.doc
    if len(ent) != 1 or ent[0].lower_ not in WEEKDAYS or ent.end + 1 >= len(doc):
        return False
    article, day = doc[ent.end], doc[ent.end + 1]
    return article.lower_ == "the" and ORDINAL_DAY.fullmatch(day.text) is not None
