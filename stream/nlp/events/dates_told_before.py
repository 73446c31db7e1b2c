"""Dates a mention refers back to: the eve, the next day, the story so far, and dates
told before for an occasion or a scene.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from spacy.tokens import Span, Token

from stream.contracts import EventDate, EventStatus
from stream.nlp import gazetteer
from stream.nlp.dates import WEEKDAYS, resolve_date, shifted_by_days
from stream.nlp.doctext import all_children, ancestors_of, span_text
from stream.nlp.entities.matchers import PLACE_LABELS
from stream.nlp.entities.table import Referent
from stream.nlp.events.gatherings import is_day, previous_paragraph_start
from stream.nlp.events.mention import (
    AFTER_PREPS,
    ORDINAL_DAYS,
    PARAGRAPH_BREAK,
    SEQUEL_WORDS,
    WORDS,
    Mention,
    Reading,
    _within,
    goes_on,
    is_day_after,
    is_day_before,
    told_where_left,
)
from stream.nlp.events.places import town_misread
from stream.nlp.events.records import first_since, is_definite
from stream.nlp.events.status import _anchor, explicit_date, resolve_told
from stream.nlp.lexicon import CueKind, cue_words, fold
from stream.nlp.roles.companions import accompanied_parties, visiting_parties
from stream.nlp.roles.reference import referent
from stream.nlp.roles.stops import headed_to
from stream.nlp.roles.syntax import NOUN_POS, Role, children, clause_chain, prep_objects
from stream.nlp.roles.venues import name_start


def _visitors(sentence: Span, reading: Reading) -> frozenset[str]:
    """Who the sentence tells on a trip: called visiting, or accompanied by a party of it."""
    said = reading.text[sentence.start_char : sentence.end_char].lower()
    visiting = visiting_parties(sentence, reading.table) if "visiting" in said else frozenset()
    accompanied = (
        accompanied_parties(sentence, reading.table) if "accompan" in said else frozenset()
    )
    return visiting | accompanied


def carries_another(trigger: Token) -> bool:
    """ "X flew the wounded to Y", "sailed his guests to Z": a verb of conveyance with
    an object carries that object; its subject, often the host, makes no trip of their own
    ("flew her own plane to Y" still does, and so does "drove the 40 kilometres to Y", whose
    object is how far, not what; nor does "flies the same evening to Y", whose object is
    when, or "sails up the river to Y", whose object is the way)."""
    if trigger.lemma_ not in cue_words("conveyance"):
        return False
    carried = [
        word
        for word in children(trigger, "dobj")
        if not _set_off(word) and not _tells_when(word) and not _way_along(word)
    ]
    return any(
        word.lemma_ not in cue_words("vehicle") and word.ent_type_ != "QUANTITY" for word in carried
    )


def _way_along(word: Token) -> bool:
    """ "Drove up the pass to Y", "sailed down the river from X to Y": an object told after a
    particle of direction is the way travelled, not what is carried along it."""
    particles = children(word.head, "prt")
    return any(p.lower_ in cue_words("way_along") and p.i < word.i for p in particles)


def _tells_when(word: Token) -> bool:
    """ "The same evening", "that night": the parser may take a time the trip is made at for
    its object when no date is read in it."""
    return word.ent_type_ in ("DATE", "TIME") or word.lower_ in {"day", *cue_words("day_part")}


def _set_off(word: Token) -> bool:
    """ "Will fly to Kell for talks with the head of Lorvia, Jan Olt": a name set off by a
    comma after the trip is an apposition the parser hung on the verb, not what is flown."""
    start = word.left_edge.i
    return start > 0 and word.doc[start - 1].text == "," and word.i > word.head.i


def place_trip_was_to(trip: Token, reading: Reading) -> Referent | None:
    """ "Her only trip abroad was to Kel": a trip noun told as being to a place went there,
    also where the parser hangs the "was" on the trip ("... since her coronation was to Kel")."""
    if trip.pos_ not in NOUN_POS:
        return None
    copulas = [trip.head] if trip.dep_ == "nsubj" else []
    copulas += (child for child in all_children(trip) if child.dep_ in ("advcl", "relcl", "acl"))
    for copula in (verb for verb in copulas if verb.lemma_ == "be"):
        for word in prep_objects(copula, "to"):
            found = referent(word, reading.table, places=True)
            if found is not None and found.label in PLACE_LABELS:
                return found
    return None


def destination_misread(trigger: Token, reading: Reading) -> Referent | None:
    """ "Will fly to Kell, Lorvia" read as a company, "travelled to Vikby" read as nothing:
    the proper name a traveller goes to is a place the model missed. The gazetteer's town or
    region when it knows one; a name it lacks, left unread by the model, is a town of its own
    (a town folded into the stay would lose its leg)."""
    if trigger.pos_ != "VERB":
        return None
    # "Landed in Kell" read as a person: where one arrives is as much the leg's town.
    arrived = trigger.lemma_ in cue_words("arrival")
    places = [*prep_objects(trigger, "to", *(("in", "at") if arrived else ())), *headed_to(trigger)]
    found = next(filter(None, (town_misread(word, reading) for word in places)), None)
    return found or _onward_stop_read_as_company(trigger)


def _onward_stop_read_as_company(trigger: Token) -> Referent | None:
    """ "Flew on to Vell", Vell read as a company the gazetteer does not know: where a leg
    going on from the last stop goes is a town; no one flies on to a company."""
    if not goes_on(trigger):
        return None
    for word in prep_objects(trigger, "to"):
        name = word.doc[name_start(word) : word.i + 1]
        unknown = gazetteer.place(name.text) is None and all(w.is_title for w in name)
        if word.pos_ == "PROPN" and word.ent_type_ == "ORG" and unknown:
            return Referent(key=fold(name.text), label="GPE", name=name.text, mentions=[name])
    return None


def date_told_around(
    event_type: str,
    trigger: Token,
    actor: Role,
    reading: Reading,
    earlier: list[Mention],
    status: EventStatus,
    happened: bool,
) -> EventDate | None:
    """The date of an event its own sentence does not date: "the next day", "at the time",
    the scene set before it, or, for what `happened`, the day the story has reached."""
    ahead = status is EventStatus.PLANNED
    linked = _date_of_occasion_linked(trigger, actor, reading, earlier, future=ahead)
    if linked is not None:
        return linked
    opening = _opening_back_reference(trigger.sent, reading.text)
    if opening is not None:
        # "Later", "afterwards": no time of its own to point at the eve told last.
        sequel = opening not in _opening_phrases()
        told = _day_told_last(trigger.sent, reading, earlier, future=ahead, past_the_eve=sequel)
        if told is not None:
            after = opening in cue_words("day_after")
            return shifted_by_days(told, 1, opening) if after else told
    date = None
    if _refers_back_in_time(trigger.sent, reading.text, "day_after"):
        date = _next_day(trigger, actor, earlier)
    if date is not None or (
        _onward_stage(event_type, trigger) and not _part_of_day_reached(trigger.sent, reading.text)
    ):
        return date
    if _refers_back_in_time(trigger.sent, reading.text, "anaphoric_date"):
        since = previous_paragraph_start(trigger, reading.text)
        pointing = _points_at_a_time_told(trigger.sent, reading.text)
        told = earlier if pointing else _past_the_eve(earlier)
        # "On Wednesday he laid a wreath. At midday X welcomed him": a scene dated just before,
        # with no event of its own, is the latest time told, later than any event before it.
        paragraph_start = reading.text.rfind(PARAGRAPH_BREAK, 0, trigger.idx)
        date = _date_of_scene_set_before(trigger, reading, future=ahead) or _date_referred_back_to(
            actor, told, since=since, paragraph_start=paragraph_start
        )
        if happened and not pointing and _part_of_day_reached(trigger.sent, reading.text):
            date = _not_before_the_day_told(date, trigger.sent, reading, earlier)
        if ahead and not pointing and _part_of_day_reached(trigger.sent, reading.text):
            date = _not_on_a_day_gone_by(date, trigger.sent, reading, earlier)
    if date is None and happened:
        date = _date_told_before(event_type, trigger, actor, reading, earlier)
    if date is None and status is EventStatus.PLANNED:
        date = _date_of_scene_set_before(trigger, reading, future=True)
    return date


def _not_before_the_day_told(
    date: EventDate | None, sentence: Span, reading: Reading, earlier: list[Mention]
) -> EventDate | None:
    """ "Arrived on Thursday. [the tour so far, a deal dated by the visit] This morning the two
    met. In the afternoon X flew on": a part of the day names the day the story has reached, so
    never one before the day told last in a sentence's own words (even one with no event of its
    own), nor a month or year instead of it. A day still ahead of the news ("is due to fly
    there on June 11") is one the story has not reached: nothing that happened took place on it."""
    told = _day_told_last(sentence, reading, earlier, future=False, in_the_present=False)
    if told is None or told.start > reading.published:
        return date
    if is_day(date) and date is not None and date.start >= told.start:
        return date
    return told


def _not_on_a_day_gone_by(
    date: EventDate | None, sentence: Span, reading: Reading, earlier: list[Mention]
) -> EventDate | None:
    """ "Today he lays a wreath; X said yesterday ... This evening he goes on to Vadum":
    what is still to come, timed by a part of the day, is of the latest day told that the news
    has not left behind, not of a day gone by that an earlier event or remark was told on."""
    if date is not None and date.start >= reading.published:
        return date
    told = _day_told_last(sentence, reading, earlier, future=True, since=reading.published)
    return told or date


# Verb tags of the present: "Today he brings the message to Y" tells the news day, not the
# day a narrative of what happened has reached.
PRESENT_TAGS = frozenset({"VBZ", "VBP"})

# Words by which an opening phrase points at the day told before: "that evening", "the same day".
TOLD_DAY_WORDS = frozenset({"that", "same"})
# Words after an opening "later" or "then" that begin a time of its own: "Later in the month".
OWN_TIME_LEADS = frozenset({"in", "on", "this", "that", "next", "last", "today", "tonight"})


def _opening_back_reference(sentence: Span, article: str) -> str | None:
    """ "Later, X received Y", "That evening X gave a dinner", "The next day X flew on": the
    phrase a sentence opens with to go on from the time told just before it. "In the evening"
    or "later in the day" name only the part of the day the story has reached, and "Later in
    the month" has a time of its own."""
    said = article[sentence.start_char : sentence.end_char].lower()
    words = WORDS.findall(said)
    text = f"{' '.join(words)} "
    for phrase in _opening_phrases():
        if text.startswith(f"{phrase} "):
            return phrase
    if len(words) > 1 and words[0] in SEQUEL_WORDS and words[1] not in OWN_TIME_LEADS:
        return words[0]
    return None


@cache
def _opening_phrases() -> tuple[str, ...]:
    """The day-after cues and the pointing ones that name a day or a part of it ("that
    evening", "the same day"), longest first, so a cue wins over a shorter one it begins with."""
    parts = {"day", *cue_words("day_part")}
    pointing = {
        phrase
        for phrase in cue_words("anaphoric_date")
        if parts & set(phrase.split()) and TOLD_DAY_WORDS & set(phrase.split())
    }
    return tuple(sorted(cue_words("day_after") | pointing, key=len, reverse=True))


def _day_told_last(
    sentence: Span,
    reading: Reading,
    earlier: list[Mention],
    *,
    future: bool,
    in_the_present: bool = True,
    past_the_eve: bool = False,
    since: dt.date | None = None,
) -> EventDate | None:
    """The day of the latest sentence before `sentence` that tells one in its own words: the
    day of its latest event dated there, else of its date phrase. "Arrived on Sunday evening
    and was welcomed by X. Later that evening ..." is Sunday, whatever day the lead is of or
    the welcome was taken to be of. A day weeks before one already told is a look back, not
    the story's day; "the next day" goes on from the day told before it. `past_the_eve`: for
    what is told with no time pointing back at the eve ("Later X met Y", "X signed"), the
    story is back at the day whose eve it told (see `_back_from_the_eve`). `since`: only a
    day from then on counts."""
    # By sentence start, each day with whether it is told in the past perfect; events outrank
    # date phrases.
    told: dict[int, tuple[EventDate, bool]] = {}
    eves: set[int] = set()
    done: set[int] = set()  # sentences whose day is that of something done, not of a byline
    latest: EventDate | None = None
    for ent in reading.dates:
        if ent.end > sentence.start or ent.start_char < reading.dateline_end:
            continue
        if _quoted(ent.start_char, reading.text) or _in_who_clause(_anchor(ent)):
            continue
        if told_where_left(_anchor(ent)):
            continue  # "flew in from Kell, where on Monday she met Y": a day left behind
        if not in_the_present and _anchor(ent).tag_ in PRESENT_TAGS:
            continue  # '"Today, words are not enough," X said': a day in a quote is not told
        found = resolve_told(
            ent, _within(reading.dates, ent.sent), reading.dates, reading.published, future=future
        )
        if found is None and latest is not None and is_day_after(ent):
            found = shifted_by_days(latest, 1, ent.text)
        if is_day(found):
            latest = found
            _tell(told, ent.sent.start, found, behind=_under_past_perfect(_anchor(ent)))
            _note_day_told(ent, eves, done)
    for mention in earlier:
        if _told_of_who_aside(mention):
            continue
        if mention.trigger.i < sentence.start and _dated_in_its_sentence(mention):
            behind = _under_past_perfect(mention.trigger)
            _tell(told, mention.trigger.sent.start, mention.date, behind=behind)
            done.add(mention.trigger.sent.start)
    if past_the_eve:
        told = _back_from_the_eve(told, eves, done)
    days = [told[start] for start in sorted(told)]
    plain = [day for day, _ in days]
    stories = [
        day
        for at, (day, behind) in enumerate(days)
        if not _looks_back(day, plain)
        and not (behind and _before_a_day_reached(day, plain[:at], reading.published))
        and (since is None or day.start >= since)
    ]
    return stories[-1] if stories else None


def _note_day_told(ent: Span, eves: set[int], done: set[int]) -> None:
    """Note the sentence of a day told as an eve, a landing at the close of its day, and as one
    something was done on (a verb's day, not a byline's)."""
    anchor = _anchor(ent)
    if _said_at_the_close_of_day(ent) and _landing(anchor):
        eves.add(ent.sent.start)
    if anchor.pos_ in ("VERB", "AUX"):
        done.add(ent.sent.start)


def _said_at_the_close_of_day(ent: Span) -> bool:
    """ "Yesterday afternoon", "late last night", "late on Sunday", "on Sunday" + "evening" (the
    parser may leave the part of the day outside the date phrase), told of a landing."""
    doc = ent.doc
    around = doc[max(ent.start - 2, 0) : min(ent.end + 1, len(doc))]
    return _LANDING_EVE.search(around.text.lower()) is not None


def _back_from_the_eve(
    told: dict[int, tuple[EventDate, bool]], eves: set[int], done: set[int]
) -> dict[int, tuple[EventDate, bool]]:
    """ "X held talks with Y today. [para] X arrived late last night and was met by Z. [para]
    Later X met W": an arrival at the close of the day before a day the story has already
    told is the eve of that day, background to it; what is told after it with no day of its own
    is back at the day told before, not at the eve. Talks or a dinner told on the eve ("held
    talks on Wednesday evening. Afterwards ...") are the scene the story goes on with. Only a
    day something was done on is one the eve is of: a byline's "Saturday, April 29" under the
    headline tells when the story was filed, not that the arrival of Friday afternoon was an eve."""
    back = dict(told)
    for start in sorted(eves & told.keys()):
        day, behind = told[start]
        day_after = day.start + dt.timedelta(days=1)
        before = (told[at][0] for at in sorted(told) if at < start and at in done)
        lead = next((other for other in before if other.start == day_after and is_day(other)), None)
        if lead is not None:
            back[start] = (lead, behind)
    return back


def _quoted(start: int, article: str) -> bool:
    """Whether `start` falls inside quotation marks opened earlier in its paragraph."""
    before = article[article.rfind(PARAGRAPH_BREAK, 0, start) + 1 : start]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def _before_a_day_reached(day: EventDate, before: list[EventDate], published: dt.date) -> bool:
    """Whether `day` lies before a day told ahead of it that the story had reached by the news
    (not one still ahead): told in the past perfect, it is a look back to an eve or earlier,
    however near."""
    return any(day.end < other.start <= published for other in before)


def _tell(
    told: dict[int, tuple[EventDate, bool]], start: int, day: EventDate, *, behind: bool
) -> None:
    """Keep `day` as the day of the sentence at `start`, unless it is told in the past perfect
    after a day the sentence tells of its own: "Landed yesterday, coming from Kell, where on
    Friday he had met X" is of yesterday."""
    if not (behind and start in told):
        told[start] = (day, behind)


def _under_past_perfect(word: Token) -> bool:
    """ "Arrived yesterday from Kell, where on Friday he had met X", "had flown in overnight from
    Kell, where he attended a summit on Thursday": a time told in the past perfect, or in a
    clause hung on one, lies behind the time the story tells."""
    verbs = (verb for verb in (word, *ancestors_of(word)) if verb.pos_ in ("VERB", "AUX"))
    return any(_had_done(verb) and not _landing(verb) for verb in verbs)


def _landing(verb: Token) -> bool:
    """ "Had touched down on Friday night, where X met him. Hours after landing ...": an arrival
    told in the past perfect mostly starts the stay the story then tells in order."""
    return verb.lemma_ in cue_words("arrival")


def _dated_in_its_sentence(mention: Mention) -> bool:
    """Whether a mention's day was read from its own sentence, not taken from one before."""
    date = mention.date
    return is_day(date) and date.text.lower() in span_text(mention.trigger.sent).lower()


def _looks_back(day: EventDate, days: list[EventDate]) -> bool:
    """A day weeks before the latest day told before it is a look back."""
    before = days[: days.index(day)]
    return any(day.end < other.start - FLASHBACK for other in before)


def weekday_of_the_day_after(
    trigger: Token,
    reading: Reading,
    earlier: list[Mention],
    date: EventDate | None,
    status: EventStatus,
) -> EventDate | None:
    """ "The next day, Friday, X drove out to Y": a weekday set off after an opening "the next
    day" is the first such day after the day told last, not the one nearest the news."""
    weekday = WEEKDAYS.get(date.text.lower()) if date is not None else None
    opening = _opening_back_reference(trigger.sent, reading.text)
    if weekday is None or opening not in cue_words("day_after"):
        return date
    ahead = status is EventStatus.PLANNED
    told = _day_told_last(trigger.sent, reading, earlier, future=ahead)
    if told is None:
        return date
    days_on = 1 + (weekday - told.start.weekday() - 1) % 7
    return shifted_by_days(told, days_on, date.text)


def day_before_the_day_told(
    trigger: Token, reading: Reading, earlier: list[Mention], status: EventStatus
) -> EventDate | None:
    """ "Landed in Kell on Friday. He flew in from Lorn, where he had attended a summit the day
    before": a day before told in the event's own clause, with no day before it in the sentence
    to count from, is the day before the one the story has reached, not before the news."""
    chain = clause_chain(trigger)
    phrase = next(
        (
            ent
            for ent in _within(reading.dates, trigger.sent)
            if is_day_before(ent) and _anchor(ent) in chain
        ),
        None,
    )
    if phrase is None:
        return None
    ahead = status is EventStatus.PLANNED
    told = _day_told_last(trigger.sent, reading, earlier, future=ahead)
    return shifted_by_days(told, -1, phrase.text) if told is not None else None


def _part_of_day_reached(sentence: Span, article: str) -> bool:
    """ "In the afternoon he flew on to Vadum": an onward stage timed by a part of the day the
    story has reached is of that day; only the day part tells it ("then" does not)."""
    said = article[sentence.start_char : sentence.end_char].lower()
    text = f" {' '.join(WORDS.findall(said))} "
    parts = {"day", *cue_words("day_part")}
    return any(
        f" {phrase} " in text and parts & set(phrase.split())
        for phrase in cue_words("anaphoric_date")
    )


def _onward_stage(event_type: str, trigger: Token) -> bool:
    """ "Will fly to Lorn on Monday and go on to Vadum": a trip told as going on from a stop
    is a later stage, at a time the text does not tell, not the time told before it ("go on
    to Vadum for a state visit": the visit is of that stage too)."""
    verb = next((w for w in clause_chain(trigger) if w.pos_ == "VERB"), None)
    if event_type != "visit" or verb is None:
        return False
    return goes_on(verb)


def _next_day(trigger: Token, actor: Role, earlier: list[Mention]) -> EventDate | None:
    """ "The next day, Moen traveled to Graz for meetings": the day after the latest event
    dated in an earlier sentence, which every event of this sentence shares."""
    start = trigger.sent.start
    same_sentence = [m for m in earlier if m.trigger.i >= start and m.date is not None]
    if same_sentence:
        return same_sentence[-1].date
    told = _date_referred_back_to(actor, [m for m in earlier if m.trigger.i < start])
    return shifted_by_days(told, 1, "the next day") if told is not None else None


def _date_referred_back_to(
    actor: Role, earlier: list[Mention], *, since: int = -1, paragraph_start: int = -1
) -> EventDate | None:
    """ "at the time", "later in the day": the date of the latest dated event of the same actor
    told after `since`, else of the latest dated event."""
    flashbacks = _flashbacks(earlier, paragraph_start)
    dated = [
        m
        for m in reversed(earlier)
        if m.date is not None and not _stay_counted_in(m) and id(m) not in flashbacks
    ]
    # "X, who held talks in Lima on Monday, arrived in Quito on Tuesday. He will meet Y later
    # in the day": the day the story is at is told in a main clause, not in a relative one.
    told = [m for m in dated if not _told_aside(m)] or dated
    # "On Wednesday the guest will tour the port. The host gives a dinner in the evening": the
    # host's talks told paragraphs back are not the day the story is at.
    own = [m for m in told if actor.referent.key in _participants(m) and m.trigger.idx > since]
    latest_own = next(iter(own), None)
    if latest_own is None:
        return next((m.date for m in told), None)
    return _day_moved_on_to(latest_own, told) or latest_own.date


def _day_moved_on_to(own: Mention, told: list[Mention]) -> EventDate | None:
    """ "Arrived on Thursday. On Friday morning the hosts received their guest. He then met X":
    a later day told after the actor's own latest dated event, with whoever in it (the parse
    may not see the actor in "their guest"), is the day the story has moved on to."""
    own_day = own.date
    if not is_day(own_day):
        return None
    return next(
        (
            m.date
            for m in told
            if m.trigger.i > own.trigger.i and is_day(m.date) and m.date.start > own_day.start
        ),
        None,
    )


_EVE = re.compile(r"\b(?:evening|night)\b")
# A landing after midday ends the day it is made on: "arrived yesterday afternoon and was met by
# X" told after a lead of today is the eve of the story's day, as much as one at night.
_LANDING_EVE = re.compile(r"\b(?:afternoon|evening|night|late)\b")


def _past_the_eve(earlier: list[Mention]) -> list[Mention]:
    """ "Held talks on Monday ... He had arrived on Sunday evening": what is told at the close of
    the day before a day the story has told already is its eve, after which the story's day
    begins again; the events told next with no day of their own are not of the eve."""
    return [m for m in earlier if not _on_the_eve(m, earlier)]


def _on_the_eve(mention: Mention, earlier: list[Mention]) -> bool:
    date = mention.date
    if date is None or not _at_the_close_of_day(mention):
        return False
    day_after = date.start + dt.timedelta(days=1)
    return any(
        m.trigger.i < mention.trigger.i and is_day(m.date) and m.date.start == day_after
        for m in earlier
    )


def _at_the_close_of_day(mention: Mention) -> bool:
    """ "On Sunday evening", "on Sunday night": the parser may read the part of the day as a
    time of its own, outside the date phrase."""
    text = mention.date.text if mention.date else ""
    told = re.search(rf"{re.escape(text)}(?:\s+\w+)?", span_text(mention.trigger.sent))
    return _EVE.search((told.group() if told else text).lower()) is not None


# Words by which a phrase that refers back in time points at the very time told before.
POINTING_WORDS = frozenset({"that", "same", "time", "then", "earlier"})


def _points_at_a_time_told(sentence: Span, article: str) -> bool:
    """ "That evening", "the same day", "at the time", "earlier in the day": the very time told
    before or a part of its day, eve or not; "in the evening" or "later in the day" name only
    the part of the day the story has reached. Only the phrase that refers back says which:
    "in the evening ... a dance that went on till late" still names the part of the day."""
    said = article[sentence.start_char : sentence.end_char].lower()
    text = f" {' '.join(WORDS.findall(said))} "
    return any(
        f" {phrase} " in text and POINTING_WORDS & set(phrase.split())
        for phrase in cue_words("anaphoric_date")
    )


def _told_aside(mention: Mention) -> bool:
    return any(word.dep_ == "relcl" for word in clause_chain(mention.trigger))


def _named_trip(trigger: Token, event_type: str) -> bool:
    return event_type == "visit" and trigger.pos_ in NOUN_POS


def _doings_of(actor: Role, earlier: list[Mention]) -> list[Mention]:
    """ "Rice arrived late Saturday ... talks believed to involve Sharif's visit to Washington":
    a trip named by a bare noun is dated by the story so far only as its own traveller's."""
    return [m for m in earlier if actor.referent.key in _participants(m)]


def _told_of_who(verb: Token) -> bool:
    """ "Holt, who arrived ...": a clause of who someone is, not "Lorn, where he spent a day"
    (a stop of its own)."""
    return verb.dep_ == "relcl" and any(c.lower_ == "who" for c in children(verb, "nsubj"))


def _date_of_story_so_far(
    trigger: Token, text: str, earlier: list[Mention], past_quiet_paragraphs: bool = False
) -> EventDate | None:
    """An undated event that happened, told after a dated one in an earlier sentence of the same
    paragraph or the one before, most likely happened then: "Lund arrived on Sunday. He held talks
    with Haugen". Within one sentence the parse has already said whose date is whose."""
    since = previous_paragraph_start(trigger, text)
    if past_quiet_paragraphs:
        since = min(since, _paragraph_told_last(earlier, text))
    paragraph_start = text.rfind(PARAGRAPH_BREAK, 0, trigger.idx)
    sentence_start = trigger.sent.start
    flashbacks = _flashbacks(earlier, paragraph_start)
    # "Y, who flew in on Tuesday, received her guest": a day told aside in a relative clause is
    # background to the scene; the story's day is told in main clauses, and only when none is
    # in reach does the aside's day carry.
    aside: EventDate | None = None
    for mention in reversed(earlier):
        if mention.trigger.idx <= since:
            break
        if id(mention) in flashbacks:
            continue
        dated = mention.date is not None and mention.status is EventStatus.OCCURRED
        dated = dated and not _stay_counted_in(mention)
        # "Had flown in overnight from Kell, where he attended a summit on Thursday": what is
        # told in or under the past perfect lies behind the story's day and does not carry on.
        dated = dated and not _past_perfect(mention.trigger)
        dated = dated and not _under_past_perfect(mention.trigger)
        # Across a paragraph break only the day of the news carries on, not a background date.
        carries = mention.trigger.idx > paragraph_start or is_day(mention.date)
        if dated and carries and mention.trigger.i < sentence_start:
            # "Arrived on Thursday. The others had flown in on Wednesday night. The leaders
            # met": after the eve the story is back at the day it had reached.
            day = _day_after_eve(mention, earlier) or mention.date
            if not _told_of_who_aside(mention):
                return day
            aside = aside or day
    return aside


def _told_of_who_aside(mention: Mention) -> bool:
    """A mention told in a "who" clause set off on a party of another clause ("Y, who flew in
    on Tuesday, received X"), or in a "where" clause on the place a trip came from ("flew in
    from Kell, where on Monday she met Y"): what was done there is behind the scene the story
    goes on with."""
    chain = clause_chain(mention.trigger)
    return any(_told_of_who(word) for word in chain) or told_where_left(mention.trigger)


def _in_who_clause(word: Token) -> bool:
    return any(_told_of_who(verb) for verb in (word, *ancestors_of(word)))


def _next_hour_of_day(event_type: str, trigger: Token) -> bool:
    """ "At four o'clock X received Y", "in the evening they signed": talks timed by the clock
    or a part of the day alone go on with the day the story has reached, however much
    background was told since. A trip so timed is mostly one told again, not the next doing."""
    if event_type == "visit":
        return False
    return any(
        word.ent_type_ == "TIME" or word.lower_ in cue_words("day_part") for word in trigger.sent
    )


def _paragraph_told_last(earlier: list[Mention], text: str) -> int:
    """Where the paragraph of the latest event told begins: "Landed on Monday. [a paragraph of
    who came with him] [the drive in] At four o'clock X received him for talks": the paragraphs
    between tell no event, so the story is still at the day of the landing."""
    if not earlier:
        return len(text)
    return text.rfind(PARAGRAPH_BREAK, 0, earlier[-1].trigger.idx)


# How far before a day the story has told a date must go back to be a look back, not its line.
FLASHBACK = dt.timedelta(days=7)


def _flashbacks(earlier: list[Mention], paragraph_start: int) -> set[int]:
    """The ids of mentions told as a look back before the paragraph: "Arrived on October 22 ...
    The treaty was signed on August 12. [paragraph] After the ceremony X held talks": an event
    dated weeks before a day the story has already told is background; past a paragraph break,
    what is told with no date of its own goes on from the story's day, not from the look back
    (within its paragraph a look back may be told on: "last came in July, when he ...")."""
    reached: dt.date | None = None
    found = set()
    for mention in earlier:
        date = mention.date
        if date is None or mention.status is not EventStatus.OCCURRED:
            continue
        if reached is not None and _looks_back_from(mention, reached):
            if mention.trigger.idx < paragraph_start:
                found.add(id(mention))
        elif is_day(date):
            reached = max(reached or date.start, date.start)
    return found


def _looks_back_from(mention: Mention, reached: dt.date) -> bool:
    """Whether a dated mention looks back from the day the story has reached: weeks before it,
    or before it at all when told in the past perfect ("Landed yesterday. She had been in Kell
    on Wednesday, where she met X")."""
    end = mention.date.end if mention.date else reached
    return end < reached - FLASHBACK or (end < reached and _under_past_perfect(mention.trigger))


def _stay_counted_in(mention: Mention) -> bool:
    """ "Held talks on Saturday, on the second day of a visit": the stay a day is counted in is
    dated by its first day, not by the day the story has reached."""
    trigger = mention.trigger
    day = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" else None
    if day is None or day.lemma_ != "day":
        return False
    return any(word.lower_ in ORDINAL_DAYS for word in children(day, "amod"))


def _day_after_eve(mention: Mention, earlier: list[Mention]) -> EventDate | None:
    """The day told before whose eve `mention` is, if it is told at the close of that eve."""
    if not _on_the_eve(mention, earlier):
        return None
    day_after = mention.date.start + dt.timedelta(days=1) if mention.date else None
    return next((m.date for m in earlier if is_day(m.date) and m.date.start == day_after), None)


def _date_told_before(
    event_type: str, trigger: Token, actor: Role, reading: Reading, earlier: list[Mention]
) -> EventDate | None:
    """The day an undated event that happened is told on: the scene set just before it, else
    the day the story has reached. Neither dates "has sent" (it tells that, not when) nor
    "the tour continues in X" (a schedule told in the present). An invitation told in the past
    perfect ("he had invited Y to Kell", "had accepted an invitation from Y") was made behind
    the news, at a time the story does not tell."""
    if _perfect(trigger) or _subject_of_present(trigger):
        return None
    if event_type in UNDATED_BY_THE_STORY and _past_perfect(trigger):
        return None
    told = _doings_of(actor, earlier) if _named_trip(trigger, event_type) else earlier
    # A scene whose event word made no event ("the hosts received their guest") sets the day of
    # talks told next; a trip told after a welcome is mostly the welcome's own arrival told
    # again, so for a visit any event word of the scene keeps it to the story so far.
    made = earlier if event_type != "visit" else None
    if _past_perfect(trigger) and told_where_left(trigger):
        # "Arrived on Sunday from Kell, where he had held talks with X": done before the trip
        # the story tells, on a day the story does not give.
        return None
    return (
        _date_of_scene_set_before(trigger, reading, earlier=made)
        or _date_of_own_trip_told_again(trigger, event_type, actor, earlier)
        or _date_of_story_so_far(
            trigger, reading.text, told, _next_hour_of_day(event_type, trigger)
        )
        or _day_of_the_lead(trigger, reading, earlier)
    )


# Events the story's day does not date when told in the past perfect: forces kept somewhere,
# invitations made behind the news.
UNDATED_BY_THE_STORY = frozenset({"deployment", "invitation"})


def story_day(
    event_type: str, trigger: Token, actor: Role, reading: Reading, earlier: list[Mention]
) -> EventDate | None:
    """The day the story had reached when an undated event that happened was told, however
    many paragraphs back that day was told: "Landed yesterday ... [paragraphs of the talks and
    the crowds] The two ministers signed a memorandum" is of yesterday. Not a trip named by a
    noun (mostly the trip told again), a force kept somewhere, nor what the past perfect or
    the present tells, and never a day after the news. An invitation is dated so only when told
    as made then; one, or a statement, by someone the story has not shown taking part is mostly
    made elsewhere, at a time of its own ("In Lorn, the opposition leader accused X of ...")."""
    if event_type == "deployment" or _named_trip(trigger, event_type):
        return None
    if event_type == "invitation" and not _invitation_made_then(trigger):
        return None
    # An invitation or a statement by someone the story has shown taking part goes on with
    # that day's programme ("Arrived on Monday ... [talks] X invited Y to visit Kell"); by
    # anyone else it may have been made any time, elsewhere.
    if event_type in ("statement", "invitation") and not _doings_of(actor, earlier):
        return None
    if _past_perfect(trigger) or _perfect(trigger) or _subject_of_present(trigger):
        return None
    if any(_modal(word) for word in (trigger, *ancestors_of(trigger))):
        return None  # "will go on with his visit, touring Kell": ahead, whatever was read
    if _after_an_occasion(trigger):
        return None  # "After the talks, X flew to Kell": timed by talks the story did not date
    told = _day_told_last(trigger.sent, reading, earlier, future=False, past_the_eve=True)
    return told if told is not None and told.start <= reading.published else None


def _invitation_made_then(trigger: Token) -> bool:
    """ "X invited Y to visit Kell", "X extended an invitation to Y": the inviting told as done
    in the story. A visit "at the invitation of X" or an invitation accepted was mostly made
    before the trip, at a time the story does not give."""
    if trigger.pos_ == "VERB":
        return True
    return trigger.dep_ == "dobj" and trigger.head.lemma_ in cue_words("invitation_made")


def _after_an_occasion(trigger: Token) -> bool:
    chain = clause_chain(trigger)
    verb = next((word for word in chain if word.pos_ in ("VERB", "AUX")), trigger)
    return any(is_definite(occasion) for occasion in prep_objects(verb, *AFTER_PREPS))


def _modal(verb: Token) -> bool:
    return any(c.tag_ == "MD" for c in children(verb, "aux"))


def _day_of_the_lead(trigger: Token, reading: Reading, earlier: list[Mention]) -> EventDate | None:
    """ "Lund stood yesterday at the memorial and spoke of peace. ... He landed at the airport
    and was met by Holt": a lead that tells no occasion still dates the day the story tells;
    what happened after it, before any event is dated, is of that day. A stance voiced in the
    lead ("and urged Y to ...") is said at the lead's scene and tells no occasion of its own: it
    keeps the lead's day from nothing. A dated trip or talks in the lead do (the story then goes
    on from them, and a background paragraph between breaks their day)."""
    if _past_perfect(trigger):
        return None
    after_dateline = (s for s in trigger.doc.sents if s.start_char >= reading.dateline_end)
    lead = next((s for s in after_dateline if _lead(s, reading)), None)
    if lead is None or lead.start >= trigger.sent.start or lead.root.pos_ not in ("VERB", "AUX"):
        return None
    if any(m.date is not None and not _stance_in(m, lead) for m in earlier):
        return None
    for ent in _within(reading.dates, lead):
        if _anchor(ent).i != lead.root.i:
            continue
        resolved = resolve_date(explicit_date(ent, reading.dates), reading.published, future=False)
        if is_day(resolved):
            return resolved
    return None


def _stance_in(mention: Mention, sentence: Span) -> bool:
    return mention.type == "statement" and mention.trigger.sent.start == sentence.start


def _date_of_own_trip_told_again(
    trigger: Token, event_type: str, actor: Role, earlier: list[Mention]
) -> EventDate | None:
    """ "Holt flew in on Wednesday night. ... Holt, who arrived wearing a vest, was blunter": a
    trip told aside in a relative clause, after the traveller's own dated trip, is that trip told
    again, not one of the day the story has reached."""
    if event_type != "visit" or not any(_told_of_who(word) for word in clause_chain(trigger)):
        return None
    own = [
        m
        for m in _doings_of(actor, earlier)
        if m.type == "visit" and m.actor.referent.key == actor.referent.key and is_day(m.date)
    ]
    return own[-1].date if own else None


# Prepositions that tie what a sentence tells to an occasion told before it: "after the
# talks", "following the signing", "before the ceremony", "during the banquet".
LINKING_PREPS = (*AFTER_PREPS, "before", "during")
# "At the end of the talks", "at the close of the Mass": a bound of the occasion, on its day.
OCCASION_BOUNDS = frozenset({"end", "close", "conclusion", "start", "opening"})


def _date_of_occasion_linked(
    trigger: Token, actor: Role, reading: Reading, earlier: list[Mention], *, future: bool
) -> EventDate | None:
    """ "After the talks, X and Y signed ...", "Speaking after the signing, X praised ...",
    "At the end of the talks X invited Y": what is tied by a preposition to an occasion the
    story named before is of the day that occasion was told on, not of the day the story has
    reached (stories often sum up the last day first, then tell the visit in order). A trip's
    occasion is dated by its arrival, not by the end or the course of the stay, and gives none."""
    for occasion in _occasions_linked(trigger, bounds=not future):
        if reading.trigger_types.get(occasion.i) == "visit":
            continue
        found = _day_occasion_was_told(occasion, actor, reading, earlier, future=future)
        if found is not None:
            return found
    return None


def _occasions_linked(trigger: Token, *, bounds: bool) -> list[Token]:
    """The definite occasions the event's clause is tied to, on its verb or on a participle
    beside it ("Speaking after the signing"), or by a phrase's own preposition ("at a press
    briefing after the talks"). With `bounds`, also those it is told at the end of: what is
    still ahead "at the end of the summit" falls on a last day the programme may not name."""
    chain = clause_chain(trigger)
    verb = next((word for word in chain if word.pos_ in ("VERB", "AUX")), trigger)
    heads = [verb, *(c for c in children(verb, "advcl") if c.tag_ == "VBG")]
    heads += [obj for head in list(heads) for obj in prep_objects(head, "at", "in")]
    found = []
    for head in heads:
        found += prep_objects(head, *LINKING_PREPS)
        for bound in prep_objects(head, "at") if bounds else ():
            if bound.lemma_ in OCCASION_BOUNDS:
                found += prep_objects(bound, "of")
    return [occasion for occasion in found if occasion.pos_ == "NOUN" and is_definite(occasion)]


def _day_occasion_was_told(
    occasion: Token, actor: Role, reading: Reading, earlier: list[Mention], *, future: bool
) -> EventDate | None:
    """The day of the latest telling of the occasion before its sentence: an event read from
    that word (a dinner is other talks) and dated to the day, the actor's own first, else a day
    told in that word's sentence on the word or the clause it is told in ("The formal talks
    took place on Monday morning")."""
    sentence_start = occasion.sent.start
    # What happened is tied to an occasion that happened, not to one still on the programme.
    told = [
        m
        for m in earlier
        if m.trigger.i < sentence_start
        and is_day(m.date)
        and (future or m.status is EventStatus.OCCURRED)
        and _names_occasion(m.trigger, occasion)
    ]
    own = [m for m in told if actor.referent.key in _participants(m)]
    if own or told:
        return (own or told)[-1].date
    doc = occasion.doc
    for word in reversed(doc[:sentence_start]):
        if word.idx < reading.dateline_end:
            break
        if not _names_occasion(word, occasion):
            continue
        # The parser may hang the occasion on a reported clause: "told X on Tuesday that ...,
        # in a speech" is still the telling's day.
        held = {word.i, *(w.i for w in ancestors_of(word))}
        for ent in _within(reading.dates, word.sent):
            if _anchor(ent).i in held:
                found = resolve_date(
                    explicit_date(ent, reading.dates), reading.published, future=future
                )
                if is_day(found):
                    return found
    return None


def _names_occasion(word: Token, occasion: Token) -> bool:
    """ "The talks" names talks told before; "the signing" names an agreement signed, "the
    meeting" talks where two met: a verbal noun names the doing of its verb."""
    if same_noun(word, occasion):
        return True
    lemma = occasion.lemma_.lower()
    return lemma.endswith("ing") and word.pos_ == "VERB" and word.lemma_.lower() == lemma[:-3]


def _subject_of_present(trigger: Token) -> bool:
    verb = trigger.head
    return trigger.dep_ == "nsubj" and verb.tag_ in ("VBZ", "VBP") and verb.lemma_ != "be"


def _date_of_scene_set_before(
    trigger: Token,
    reading: Reading,
    *,
    future: bool = False,
    earlier: list[Mention] | None = None,
) -> EventDate | None:
    """ "On Tuesday the ministry reacted within hours. Its spokesman accused X of ...": a
    sentence of the same paragraph that tells no event of its own but dates its main verb
    sets the scene for the undated event told right after it, and so does one that ends the
    paragraph before in the past. So does a programme: "Today, X is to address parliament.
    He will also hold talks with Y"."""
    sentence = trigger.sent
    held = trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB"  # "will hold talks"
    if sentence.start == 0 or not (trigger.pos_ == "VERB" or (future and held)):
        return None  # "It is X's first trip since ...": a trip named, not told happening
    before = trigger.doc[sentence.start - 1].sent
    if before.root.lemma_ in cue_words("reporting") or any(children(before.root, "ccomp")):
        return None  # "Y vowed last week that ...": what was said, not a scene
    between = reading.text[before.start_char : sentence.start_char]
    if PARAGRAPH_BREAK in between.rstrip() or before.start_char < reading.dateline_end:
        return None  # a "sentence" the parser ran across a paragraph break: a heading
    # The break between two paragraphs ends the sentence before it. "He will stay in the
    # capital until Sunday. [paragraph] X welcomed him": past it, a plan or a state sets no
    # scene; the day the story tells in the past goes on into the next paragraph ("Yesterday
    # X landed in Y. [paragraph] He was met by Z").
    if PARAGRAPH_BREAK in between and not _told_in_the_past(before.root):
        return None
    if _tells_an_event(before, reading, earlier):
        return None
    if _past_perfect(before.root) and not _past_perfect(trigger):
        return None  # "On Thursday night X had spoken to Y. While Z was landing": behind the news
    for ent in _within(reading.dates, before):
        if _anchor(ent).i != before.root.i or before.root.pos_ not in ("VERB", "AUX"):
            continue
        resolved = resolve_date(explicit_date(ent, reading.dates), reading.published, future=future)
        if is_day(resolved):
            return resolved
    return None


def _told_in_the_past(verb: Token) -> bool:
    """ "X landed", "X was met": a verb in the simple past, or one whose auxiliary is."""
    return verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in children(verb, "aux", "auxpass"))


def _tells_an_event(sentence: Span, reading: Reading, earlier: list[Mention] | None) -> bool:
    """Whether a sentence tells an event of its own. Given the events read so far, only a word
    that made one counts: "On Friday morning the hosts received their guest. X met Y": an
    event word that yielded no event sets the scene as any other verb does. A record's
    infinitive ("becoming the first leader to visit X") names the trip the sentence tells by
    its own verbs, no event of its own."""
    words = [w for w in sentence if w.i in reading.triggers and not first_since(w)]
    visit_word = any(reading.trigger_types.get(word.i) == "visit" for word in words)
    if earlier is None or visit_word or _lead(sentence, reading):
        # A trip word's visit may be read after the talks told next ("landed at the airport,
        # where they were met by X"), so it counts whether or not it has made one yet.
        return bool(words)
    return any(sentence.start <= m.trigger.i < sentence.end for m in earlier)


def _lead(sentence: Span, reading: Reading) -> bool:
    """The story's opening sentence, right after its dateline: it sums up the day, so its event
    words name the events told in full after it, whether or not they made one there."""
    return WORDS.search(reading.text[reading.dateline_end : sentence.start_char]) is None


def _perfect(trigger: Token) -> bool:
    """ "North Korea has sent troops to Russia": the perfect tells that it happened, not when,
    so it does not take the day the story has reached."""
    auxiliaries = children(trigger, "aux")
    return trigger.tag_ == "VBN" and any(
        c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in auxiliaries
    )


def _past_perfect(trigger: Token) -> bool:
    """ "The two had spoken by phone on Sunday": the past perfect sets the scene
    behind the news; its day is not the one the story has reached. So does what a past perfect
    trip was for: "had flown up on Sunday to receive his guests"."""
    verbs = (word for word in (trigger, *ancestors_of(trigger)) if word.pos_ in ("VERB", "AUX"))
    verb = next((word for word in verbs if not _infinitive_of_purpose(word)), None)
    return verb is not None and _had_done(verb)


def _had_done(verb: Token) -> bool:
    """A verb in the past perfect: "had met", "had flown"."""
    return verb.tag_ == "VBN" and any(c.lower_ == "had" for c in children(verb, "aux"))


def _infinitive_of_purpose(verb: Token) -> bool:
    """ "to receive his guests": an infinitive hung on the verb it tells the purpose of has
    no tense of its own; it is of that verb's time."""
    return (
        verb.tag_ == "VB"
        and verb.dep_ in ("advcl", "xcomp")
        and any(c.tag_ == "TO" for c in children(verb, "aux"))
    )


def _refers_back_in_time(sentence: Span, article: str, kind: CueKind) -> bool:
    said = article[sentence.start_char : sentence.end_char].lower()
    text = f" {' '.join(WORDS.findall(said))} "
    return any(f" {phrase} " in text for phrase in cue_words(kind))


def same_noun(trigger: Token, phrase: Token) -> bool:
    return trigger.lemma_.lower() == phrase.lemma_.lower()


def _participants(mention: Mention) -> frozenset[str]:
    return frozenset([mention.actor.referent.key, *(ref.key for ref in mention.counterparts)])
