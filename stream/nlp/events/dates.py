"""`event_date`: the date of a mention, from its own phrase or from a governor, a sequence,
a measure ("two days later") or the clause it is told with.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from itertools import takewhile

from spacy.attrs import LOWER
from spacy.tokens import Span, Token

from stream.contracts import DatePrecision, EventDate
from stream.nlp.dates import count_of, resolve_date, shifted_by_days
from stream.nlp.doctext import all_children, ancestors_of, indices_where, subtree_of, words_of
from stream.nlp.events.mention import (
    AFTER_PREPS,
    DEPENDENT_LINKS,
    MEASURED_SPANS,
    PLACE_LINKS,
    SEQUEL_WORDS,
    SEQUENCE_MARKS,
    SETTINGS,
    SEVERAL_TIMES,
    _within,
    opened_by_where,
    setting_verb,
    short_of_origin,
    stay_returned_from,
)
from stream.nlp.events.status import _anchor, date_of_joined_verb, looks_ahead, resolve_told
from stream.nlp.lexicon import cue_words
from stream.nlp.roles.guests import guests_told_by
from stream.nlp.roles.stops import copula_hung_on_trip, stays_restating_trip, told_by_copula
from stream.nlp.roles.syntax import NOUN_POS, children, clause_chain, prep_objects


def told_when(clause: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ == "when" for c in all_children(clause))


def told_as_several(trigger: Token) -> bool:
    """A plural trip word, or a trip verb counted ("twice", "three times")."""
    if trigger.tag_ == "NNS":
        return True
    counts = [w for w in all_children(trigger) if w.dep_ in ("advmod", "npadvmod")]
    return any(w.lower_ in SEVERAL_TIMES or _counted_times(w) for w in counts)


def _counted_times(word: Token) -> bool:
    return word.lemma_ == "time" and any(c.dep_ in ("nummod", "amod") for c in all_children(word))


def event_date(
    chain: list[Token],
    published: dt.date,
    triggers: frozenset[int],
    dates: Sequence[Span],
    *,
    future: bool,
) -> EventDate | None:
    """The date phrase attached nearest to the trigger along its clause chain, resolved.

    Failing that, a date on a word that governs the clause ("exchanged a fist bump on Friday
    as he arrived"), unless that word is a reporting verb ("said on Friday that ...") or
    another event's trigger, whose date it is.
    """
    sentence = chain[0].sent
    latest = _latest_of_count(chain[0], dates)
    if latest is not None:
        return resolve_date(latest.text, published, future=future)
    dates = _past_start_of_count(dates, chain[0])
    chain = _short_of_the_inviting(chain)
    told_after = [*_copula_hung_on_trip(chain[0]), *stays_restating_trip(chain[0])]
    chain = [*short_of_origin(chain), *told_after]
    # "Had been X's guest in Kel in May 1961": the stay's time hangs on the guest noun.
    chain = [chain[0], *guests_told_by(chain[0]), *chain[1:]]
    # "his upcoming trip", "her last visit": a trip placed in time by its own adjective is not
    # on the date of the clause that mentions it ("spoke on Monday about his upcoming trip").
    placed = _placed_in_time(chain[0]) and not _timed_by_copula(chain[0])
    if placed:
        chain = list(takewhile(lambda token: token.pos_ not in ("VERB", "AUX"), chain))
    ancestors = [] if placed else ancestors_of(chain[-1])
    ranked = []
    told = _within(dates, sentence)
    restated = _when_clause_restating_a_date(chain, told)
    for ent in told:
        if _dates_the_report(ent, chain[-1]) or _last_time_before(ent, chain[0]):
            continue
        if _told_of_a_later_stop(ent, chain):
            continue
        anchor = (
            restated[0]
            if restated is not None and ent is restated[1]
            else _where_clause_ending_on(ent) or setting_verb(_anchor(ent), chain, triggers)
        )
        anchor = _sender_of_message(anchor, chain) or anchor
        anchor = _copula_of_predicate(anchor, chain)
        if anchor in chain:
            ranked.append((chain.index(anchor), abs(ent.start - chain[0].i), anchor, ent))
        elif anchor in ancestors and (
            _may_lend_date(anchor, triggers, chain[-1]) or _after_reported_verb(ent, chain[-1])
        ):
            rank = len(chain) + ancestors.index(anchor)
            ranked.append((rank, abs(ent.start - chain[0].i), anchor, ent))
    for rank, _, anchor, ent in sorted(ranked, key=lambda found: found[:2]):
        if rank >= len(chain):
            # "plans to fly on Saturday to attend talks": the governor's time is its own tense's.
            ahead = future or looks_ahead(anchor)
            resolved = resolve_told(ent, told, dates, published, future=ahead)
            if resolved is not None:
                resolved = stay_returned_from(resolved, [*chain, *ancestors], anchor)
                return _relative_to_governor(resolved, chain[-1])
            continue
        resolved = resolve_told(ent, told, dates, published, future=future)
        if resolved is not None:
            resolved = _measured_on_the_way(resolved, chain, anchor)
            resolved = _day_off_the_dated_verb(resolved, chain, anchor)
            return stay_returned_from(resolved, chain, anchor)
    if placed:
        return None  # "his upcoming trip ... in a speech Thursday": the speech's day, not its
    shared = date_of_joined_verb(chain, told, dates, published, future=future)
    shared = shared or _day_of_leaving(chain, told, dates, published, future=future)
    shared = shared or _day_of_the_occasion_before(chain, told, dates, published, future=future)
    return shared or _dependent_date(chain[0], published, dates, future=future)


def _copula_of_predicate(word: Token, chain: list[Token]) -> Token:
    """ "Then sails to Kell, where she is due by Friday for a dinner": the parser hangs the day
    on the predicate adjective, which times nothing of its own; the day is its copula's, and so
    of whatever the copula's clause tells ("for a dinner"). A word below the copula told as
    following on ("later", "then") keeps its own time, not the copula's."""
    if word.dep_ != "acomp" or word.pos_ != "ADJ" or word.head not in chain:
        return word
    below = chain[: chain.index(word.head)]
    following = any(c.lower_ in SEQUEL_WORDS for link in below for c in link.children)
    return word if following else word.head


def _day_of_leaving(
    chain: list[Token], told: list[Span], dates: Sequence[Span], published: dt.date, *, future: bool
) -> EventDate | None:
    leaving = next((ent for ent in told if _done_before_leaving(_anchor(ent), chain)), None)
    return resolve_told(leaving, told, dates, published, future=future) if leaving else None


def _day_of_the_occasion_before(
    chain: list[Token], told: list[Span], dates: Sequence[Span], published: dt.date, *, future: bool
) -> EventDate | None:
    """ "After an official welcome at the palace this morning, X and Y held talks": what is
    done after an occasion told with its day, and told with no day of its own, is done that
    day. Only a day: "after talks in May" tells no day the event keeps."""
    for ent in told:
        if not _fronted_occasion(_anchor(ent), chain):
            continue
        resolved = resolve_told(ent, told, dates, published, future=future)
        if resolved is not None and resolved.precision is DatePrecision.DAY:
            return resolved
    return None


def _fronted_occasion(word: Token, chain: list[Token]) -> bool:
    """The object of an "after"/"following" phrase set before the event's verb, or a setting
    inside it: "after a welcome on the square on Friday"."""
    if word.dep_ == "pobj" and word.head.lower_ in SETTINGS and word.head.head.pos_ in NOUN_POS:
        word = word.head.head
    link = word.head
    if word.dep_ not in ("pobj", "dobj") or link.lower_ not in AFTER_PREPS:
        return False
    verb = link.head
    return verb in chain and verb.pos_ in ("VERB", "AUX") and link.i < verb.i


def _sender_of_message(verb: Token, chain: list[Token]) -> Token | None:
    """ "Invited him to Kell in a letter sent in May", "in a message Y handed over last week":
    an invitation made by letter is made when the letter was sent, so the date of the verb
    that sends the message is the date of the word in the chain the message is hung on."""
    if verb.dep_ not in ("acl", "relcl"):
        return None
    message, link = verb.head, verb.head.head
    if message.dep_ != "pobj" or message.lemma_.lower() not in cue_words("remote"):
        return None
    return link.head if link.dep_ == "prep" and link.head in chain else None


def _done_before_leaving(verb: Token, chain: list[Token]) -> bool:
    """ "Before leaving Kell yesterday morning, X signed ...": what is done before a departure
    told with its day, and told with no day of its own ("is to be in Kell on Friday before
    leaving on Saturday"), is done that day. The leaving told as the event itself keeps its
    own day."""
    link = verb.head
    if verb.dep_ != "pcomp" or verb.lemma_ not in cue_words("departure") or verb in chain:
        return False
    return link.lower_ == "before" and link.head in chain


def _when_clause_restating_a_date(
    chain: list[Token], told: list[Span]
) -> tuple[Token, Span] | None:
    """ "Her second visit, after a first in May 1990, when she opened a port in Kell", "the call
    X paid on Kell last October, when he held talks with Y": a "when" clause set off right after
    a date tells what was done then, wherever the parser hangs the clause (on the date's verb,
    on the trip noun, on the one who paid it) and wherever it hangs the "when" inside it. The
    clause is the event's own, or one the event is told in; the date is that clause's."""
    for clause in chain:
        ent = _date_a_when_clause_follows(clause, told)
        if ent is not None:
            return clause, ent
    return None


def _date_a_when_clause_follows(clause: Token, told: list[Span]) -> Span | None:
    start = clause.left_edge.i
    if not _opened_by_when(clause) or start < 2:
        return None
    if clause.doc[start - 1].text != ",":
        return None
    return _date_set_off_before(start - 1, told) or _date_before_aside(clause.head, told)


def _date_set_off_before(comma: int, told: list[Span]) -> Span | None:
    return next((ent for ent in told if ent.end == comma), None)


def _date_before_aside(aside: Token, told: list[Span]) -> Span | None:
    """ "Last visited Kell in March 2022, weeks after the war began, when he met Y": the parser
    hangs the "when" clause on the aside that measures from the date, which still tells what
    was done on the date set off before the aside."""
    if aside.dep_ not in ("advcl", "relcl"):
        return None
    start = aside.left_edge.i
    if start < 1 or aside.doc[start - 1].text != ",":
        return None
    return _date_set_off_before(start - 1, told)


def _opened_by_when(clause: Token) -> bool:
    """ "..., when he held talks", "..., when as vice-president he visited Kell": the clause's
    first word is the adverb "when", which the parser may hang on a phrase inside the clause
    rather than on its verb."""
    first = clause.doc[clause.left_edge.i]
    return first.lower_ == "when" and (first.dep_ == "advmod" or told_when(clause))


def _since_parts(trigger: Token) -> list[Token]:
    """The "since" phrase or clause hung on a trigger or on its count ("three times since
    2016"), or a "since" clause: "since she took office"."""
    counts = [c for c in all_children(trigger) if c.dep_ in ("advmod", "npadvmod")]
    # "Have held three meetings since 2013": the count is the object of the verb told since.
    governor = [trigger.head] if trigger.dep_ == "dobj" else []
    heads = [trigger, *counts, *governor]
    phrases = [c for head in heads for c in children(head, "prep") if c.lower_ == "since"]
    clauses = [
        c
        for c in children(trigger, "advcl")
        if any(m.dep_ == "mark" and m.lower_ == "since" for m in all_children(c))
    ]
    return [*phrases, *clauses]


_RECENT = frozenset({"recently", "recent"})


def most_recently(trigger: Token) -> Token | None:
    """The "most recently" or "the most recent" told after a trigger in its sentence."""
    # Only the story's own "recent(ly)" are looked at, not every word after the trigger.
    doc = trigger.doc
    end = trigger.sent.end
    for i in indices_where(doc, LOWER, _RECENT):
        if trigger.i < i < end and doc[i - 1].lower_ == "most":
            return doc[i]
    return None


def _counted(trigger: Token) -> bool:
    """ "Three times since 2016", or "twice since 2016" with the count hung on "since"."""
    counts = [c for part in _since_parts(trigger) for c in all_children(part) if c.dep_ == "advmod"]
    return told_as_several(trigger) or any(c.lower_ in SEVERAL_TIMES for c in counts)


def _past_start_of_count(dates: Sequence[Span], trigger: Token) -> list[Span]:
    """The dates less those that start a count: "Has been to Kell three times since her party
    took office in 2016": the time in the "since" part starts the count of trips; it is not
    when any of them was. The count and its parts are the trigger's: read once, not per date."""
    if not _counted(trigger):
        return list(dates)
    recently = most_recently(trigger)
    parts = [(part.left_edge.i, part.right_edge.i) for part in _since_parts(trigger)]
    return [
        ent
        for ent in dates
        if (recently is not None and ent.start > recently.i)
        or not any(left <= ent.start <= right for left, right in parts)
    ]


def _latest_of_count(trigger: Token, dates: Sequence[Span]) -> Span | None:
    """ "Has been to Kell three times since 2016, most recently in April": a count of trips
    whose latest is dated tells that latest trip, on its date."""
    recently = most_recently(trigger)
    if recently is None or not _counted(trigger):
        return None
    after = [ent for ent in _within(dates, trigger.sent) if ent.start > recently.i]
    return after[0] if after else None


def _dependent_date(
    trigger: Token, published: dt.date, dates: Sequence[Span], *, future: bool
) -> EventDate | None:
    """An undated trigger shares the date of the phrase it leads into: "invited Lund to attend
    the meeting in August", "will travel to Moscow for talks in May". Only complements and
    prepositional objects carry it; a relative or reported clause has its own time."""
    found = []
    for ent in _within(dates, trigger.sent):
        depth = _dependent_depth(_anchor(ent), trigger)
        if depth is not None and not (future and _in_past_when_clause(_anchor(ent), trigger)):
            found.append((depth, ent.start, ent.text))
    for _, _, text in sorted(found):
        resolved = resolve_date(text, published, future=future)
        if resolved is not None:
            return resolved
    return None


def _in_past_when_clause(anchor: Token, trigger: Token) -> bool:
    """ "Invited Lund to visit Oslo when they held talks in May, and Lund accepted": a "when"
    clause told in the past times the inviting, not the trip still to come."""
    while anchor.i != trigger.i and anchor.head.i != anchor.i:
        if anchor.dep_ == "advcl" and anchor.tag_ == "VBD" and told_when(anchor):
            return True
        anchor = anchor.head
    return False


def _dependent_depth(anchor: Token, trigger: Token) -> int | None:
    """How many links down from the trigger the anchor sits, if every link is a complement."""
    depth = 0
    while anchor.i != trigger.i:
        # "the visit, which begins on May 4": a relative clause that only times the event.
        timing = anchor.dep_ == "relcl" and anchor.lemma_ in cue_words("timing_verb")
        if (anchor.dep_ not in DEPENDENT_LINKS and not timing) or anchor.head.i == anchor.i:
            return None
        if _sequence_link(anchor):
            return None
        anchor = anchor.head
        depth += 1
    return depth or None


def _sequence_link(word: Token) -> bool:
    """ "Flew to Lorn to brief X, before returning to Vadum on Saturday": what is told as
    coming before or after is another moment, whose date is its own."""
    if word.dep_ == "prep":
        return word.lower_ in SEQUENCE_MARKS
    return word.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in SEQUENCE_MARKS for c in all_children(word)
    )


def _relative_to_governor(date: EventDate, clause: Token) -> EventDate:
    """A clause "a day after"/"two days before" the dated one is that many days off its date:
    "held talks on Tuesday, a day after Lund hosted Haugen" -> Monday."""
    marks = [c.lower_ for c in all_children(clause) if c.dep_ in ("mark", "prep")]
    direction = -1 if "after" in marks else 1 if "before" in marks else 0
    for measure in children(clause, "npadvmod"):
        shifted = _shifted_by_measure(date, measure, direction)
        if shifted is not None:
            return shifted
    return date


def _measured_on_the_way(date: EventDate, chain: list[Token], anchor: Token) -> EventDate:
    """ "Held talks in Vik on Thursday, a day after meeting X in Kel": the parser hangs the
    gerund's "after" on the measure, which hangs on the dated verb or on the date itself; the
    gerund's event is that many days off that date."""
    for prep in chain[: chain.index(anchor)]:
        measure = prep.head
        if prep.dep_ != "prep" or measure.dep_ not in ("npadvmod", "appos"):
            continue
        direction = -1 if prep.lower_ == "after" else 1 if prep.lower_ == "before" else 0
        shifted = _shifted_by_measure(date, measure, direction)
        if shifted is not None:
            return shifted
    return date


def _day_off_the_dated_verb(date: EventDate, chain: list[Token], anchor: Token) -> EventDate:
    """ "Addressed parliament on Monday and visited Kell the following day": a day after or
    before, told on a verb below the one the date is told on, is that many days off its date
    (the model often reads no date in "the following day")."""
    for word in chain[: chain.index(anchor)]:
        for measure in children(word, "npadvmod"):
            phrase = " ".join(t.lower_ for t in subtree_of(measure))
            days = _days_off(phrase)
            if days:
                return shifted_by_days(date, days, phrase)
    return date


def _days_off(phrase: str) -> int:
    """+1 for "the next day", -1 for "the day before", 0 for any other phrase."""
    return (phrase in cue_words("day_after")) - (phrase in cue_words("day_before"))


def _shifted_by_measure(date: EventDate, measure: Token, direction: int) -> EventDate | None:
    counts = [count_of(c.lower_) for c in all_children(measure) if c.dep_ in ("det", "nummod")]
    if measure.lemma_ != "day" or not direction or not counts or counts[0] is None:
        return None
    phrase = " ".join(t.text for t in subtree_of(measure) if t.i <= measure.i)
    text = f"{phrase} {'after' if direction < 0 else 'before'}"
    return shifted_by_days(date, direction * counts[0], text)


def _told_of_a_later_stop(ent: Span, chain: list[Token]) -> bool:
    """ "Took him to Rome on Saturday, where he met X, and to Tirana on Sunday": the parser may
    join the next stop to the "where" clause told of the stop before; a date told past that stop
    is its day, not that of what was done where the clause says."""
    verb = next((word for word in chain if word.pos_ == "VERB"), None)
    if verb is None or verb.dep_ != "relcl":
        return False
    told_where = any(child.lower_ == "where" for child in all_children(verb))
    later = (
        stop
        for child in all_children(verb)
        if child.dep_ == "conj"
        for stop in [child, *_stop_led_into(child)]
        if stop.pos_ == "ADP" and stop.lower_ in ("to", "in")
    )
    return told_where and any(stop.i < ent.start for stop in later)


def _where_clause_ending_on(ent: Span) -> Token | None:
    """ "Landed from Lorn, where she had conferred with its governor, Ola Brekke, on Friday": a date
    that closes a "where" clause, with no clause of the sentence's own between them, is the
    clause's time; the parser, after the names and commas, may hang it on the main verb."""
    sentence = ent.sent
    words = words_of(ent.doc)
    before = words[sentence.start : ent.start]
    told = [w for w in before if w.dep_ == "relcl" and opened_by_where(w)]
    closing = all(w.pos_ in ("PUNCT", "SPACE") for w in words[ent.end : sentence.end])
    if not told or not closing:
        return None
    clause = told[-1]
    if ent.root in subtree_of(clause):
        return None  # hung where it belongs already
    between = words[clause.right_edge.i + 1 : ent.start]
    # A word of a name the parser read as a verb (a particle such as "van") opens no clause.
    own = [w for w in between if not w.ent_type_]
    if any(w.pos_ in ("VERB", "AUX") or w.dep_ in ("cc", "conj", "mark") for w in own):
        return None  # "..., where he met X, and flew on to Y on Friday": a clause of its own
    return clause


def _stop_led_into(joined: Token) -> list[Token]:
    """ "..., where he met X, and in Vik yesterday morning for talks": the parser may join the
    next stop's day to the "where" clause, with the stop's "in" set before it."""
    return [c for c in children(joined, "prep") if c.i < joined.i]


def _last_time_before(ent: Span, trigger: Token) -> bool:
    """ "She is the first Chilean president to go to X since 2004": the year after "since" is
    when one last went, not when this visit is. ("Her first trip to X since 2010" names the
    earlier trip itself, and keeps the year, as does a "when" clause that tells it.)"""
    doc = ent.doc
    since = ent.start > 0 and doc[ent.start - 1].lower_ == "since"
    first = any(word.lower_ == "first" for word in words_of(doc)[ent.sent.start : trigger.i])
    return since and first and trigger.pos_ == "VERB" and not _when_told_after(ent, trigger)


def _when_told_after(ent: Span, trigger: Token) -> bool:
    """ "Her first trip to X since 2015, when she attended a forum in Y": a "when" clause told
    after the year is what happened then, on that year."""
    said_when = any(c.lower_ == "when" and c.dep_ == "advmod" for c in all_children(trigger))
    return said_when and ent.end <= trigger.i


def _dates_the_report(ent: Span, clause: Token) -> bool:
    """ "Lund said on Monday he would travel to Norway in July": a date between the reporting
    verb and the reported clause's subject dates the report, wherever the parser hangs it."""
    report = clause.head
    if clause.dep_ != "ccomp" or report.lemma_ not in cue_words("reporting"):
        return False
    subjects = [c.i for c in all_children(clause) if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and report.i < ent.start < min(subjects)


def _placed_in_time(trigger: Token) -> bool:
    if told_by_copula(trigger) and any(
        word.ent_type_ == "DATE" for word in prep_objects(trigger.head, "in", "on")
    ):
        return False  # "her last visit was in 2019": the copula tells when that trip was
    return trigger.pos_ in NOUN_POS and any(
        c.dep_ == "amod" and c.lower_ in cue_words("time_adjective") for c in all_children(trigger)
    )


def _timed_by_copula(trigger: Token) -> bool:
    """ "His previous visit to Lima was in November 2016", "... took place in June 2019": a
    trip that is the subject of "be" or "take place" is told its own time by it, whatever its
    adjective places it before or after; so is one with a time set off right after it ("her
    previous visit, in May 2017, was cut short")."""
    verb = trigger.head
    takes_place = verb.lemma_ == "take" and any(c.lower_ == "place" for c in all_children(verb))
    told = trigger.dep_ == "nsubj" and (verb.lemma_ == "be" or takes_place)
    return told or _time_set_off_after(trigger) or bool(_copula_hung_on_trip(trigger))


def _copula_hung_on_trip(trigger: Token) -> list[Token]:
    """ "Her previous visits to Kell as minister were in 2004 and 2009": the parse may hang the
    copula that tells the trip's time on the trip itself, or on the verb the trip is joined to."""
    copula = copula_hung_on_trip(trigger)
    return [copula] if copula is not None else []


def _time_set_off_after(trigger: Token) -> bool:
    doc = trigger.doc
    after = trigger.right_edge.i + 1
    if after + 2 >= len(doc) or doc[after].text != "," or doc[after + 1].lower_ not in ("in", "on"):
        return False
    return doc[after + 2].ent_type_ == "DATE" and doc[after + 1].head.i == trigger.head.i


def _after_reported_verb(ent: Span, clause: Token) -> bool:
    """ "X said Y would meet A and B, in Lima on Friday": a date the parser hangs on the
    reporting verb, told after the reported clause's verb, is that clause's."""
    report = clause.head
    reported = clause.dep_ == "ccomp" and report.lemma_ in cue_words("reporting")
    return reported and report.i < clause.i < ent.start


def _may_lend_date(governor: Token, triggers: frozenset[int], clause: Token) -> bool:
    """A governing word lends its date unless it reports ("said on Friday that ...") or is
    another event, whose date it is; but an event told as the purpose of another happens on
    it: "traveled to Oslo on Sunday to meet Lund"."""
    if governor.lemma_ in cue_words("reporting"):
        # "said on Tuesday that ... and accused X": an act coordinated with the saying is its
        # speaker's own, at the same time; a reported clause has its own.
        return clause.dep_ == "conj" and clause.head.i == governor.i
    # "Invited Y on Monday to visit Oslo": Monday is when Y was invited; the trip invited to
    # lies ahead, at a time only the trip's own words or the acceptance tell.
    if invited_by(clause, governor):
        return False
    # "will be in Galway on March 18 and will then travel to Cork": what follows is later.
    if clause.dep_ == "conj" and any(c.lower_ in SEQUEL_WORDS for c in all_children(clause)):
        return False
    return (
        governor.i not in triggers
        or purpose_of(clause, governor)
        or _when_of(clause, governor)
        or _measured_from(clause, governor)
        or _followed_on(clause, governor)
        or where_of(clause, governor)
        or (clause.i in triggers and _told_alongside(clause, governor))
    )


def where_of(clause: Token, governor: Token) -> bool:
    """ "Will visit Oslo on Friday, where he is due to tour a port": a "where" clause on the
    place of an event tells what is done there on that occasion, on its date."""
    opened = next((w for w in [clause, *ancestors_of(clause)] if opened_by_where(w)), None)
    if opened is None:
        return False
    word = opened.head
    while word.i != governor.i and word.dep_ in PLACE_LINKS and word.head.i != word.i:
        if word.dep_ == "pobj" and word.head.lower_ == "from":
            # "arrived in Suva on Sunday from Apia, where ...": what was done where the
            # traveller came from was done before the arrival, not on its day.
            return False
        word = word.head
    return word.i == governor.i


def _measured_from(clause: Token, governor: Token) -> bool:
    """ "Was received on Wednesday, hours after he held talks with X", "a day after": a clause
    set a measured time before or after a dated event is timed from that event's date."""
    if clause.dep_ != "advcl" or clause.head.i != governor.i:
        return False
    marked = any(c.dep_ == "mark" and c.lower_ in ("after", "before") for c in all_children(clause))
    measures = children(clause, "npadvmod")
    return marked and any(m.lemma_ in MEASURED_SPANS for m in measures)


def _followed_on(clause: Token, governor: Token) -> bool:
    """ "Signed a deal on Monday, after X held talks with Y", "welcomed him this morning before
    the two held talks": what a dated event followed on or led into, told in the simple past
    with no span between them, is of its day ("had held" is earlier)."""
    if clause.dep_ != "advcl" or clause.head.i != governor.i or clause.tag_ != "VBD":
        return False
    own = [c for c in all_children(clause) if c.dep_ in ("mark", "aux", "npadvmod")]
    return [c.lower_ for c in own] in (["after"], ["before"])


def _when_of(clause: Token, governor: Token) -> bool:
    """ "Visited Norway in 2014, when he attended a forum in Narvik": a "when" clause tells
    what happened on the occasion of the event it hangs from, on its date."""
    said_when = any(c.lower_ == "when" and c.dep_ == "advmod" for c in all_children(clause))
    return said_when and clause.dep_ == "advcl" and clause.head.i == governor.i


def _told_alongside(clause: Token, governor: Token) -> bool:
    """ "arrived in Oslo on Thursday, pledging support for Norway": an event told as a bare
    participle beside another happens with it (not "after meeting X", which has a word of its
    own, nor "resulting in the deployment", whose event is not the participle)."""
    own_words = any(c.dep_ in ("mark", "nsubj", "nsubjpass", "aux") for c in all_children(clause))
    return (
        clause.head.i == governor.i
        and clause.dep_ == "advcl"
        and clause.tag_ == "VBG"
        and not own_words
    )


def invited_by(clause: Token, governor: Token) -> bool:
    """ "Lund invited Adebayo to visit Oslo", "... to pay a state visit to Oslo": the clause
    is what the governor invites to."""
    return governor.lemma_ == "invite" and purpose_of(clause, governor)


def invited_to(trigger: Token) -> bool:
    """Whether the event is one invited to, which lies ahead at a time of its own."""
    chain = clause_chain(trigger)
    return any(invited_by(word, word.head) for word in chain)


def _short_of_the_inviting(chain: list[Token]) -> list[Token]:
    """ "At Monday's session X invited Y to visit Oslo": the chain of a trip invited to stops
    short of the inviting verb, whose time is the inviting's, not the trip's."""
    for end, word in enumerate(chain[:-1], start=1):
        if invited_by(word, chain[end]):
            return chain[:end]
    return chain


def purpose_of(clause: Token, governor: Token) -> bool:
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in all_children(clause))
    return clause.head.i == governor.i and clause.dep_ in ("advcl", "xcomp", "acl") and infinitive
