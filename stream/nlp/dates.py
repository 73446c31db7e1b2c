"""Resolve a date phrase ("last week", "June last year", "on March 22") against a publication date.

The phrases are spaCy DATE entities. Rules of our own (regular expressions over the word tables
below) resolve them first. dateparser is only a fallback for explicit days written in forms the
rules do not know ("27/03/2025", "the 22nd of March"): on relative phrases it is wrong in the ways
the field notes record, and on bare numbers it invents dates ("80th" -> 1980, "9" -> September).

Conventions:
- A bare weekday, or a month without a year, is the nearest one on or before publication, or on
  or after it when `future` is set. Months compare as months: "March 28" in an article of
  March 27 stays in that March.
- "last" and "next" skip the current one: "last Thursday" on a Thursday is a week earlier.
  "Next Wednesday" is that day of the following week, also when this week's is still ahead.
- A week is given by its Monday. A range ("Monday and Tuesday", "March 3-5", "the weekend")
  keeps the value and precision of its first part; `start` and `end` cover all of it.
- "early", "mid-", "late", "the end of" do not narrow the period: "late last month" is last month.
"""

from __future__ import annotations

import datetime as dt
import re
from calendar import monthrange
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from dateparser.date import DateDataParser

from stream.contracts import DatePrecision, EventDate

MONTHS: dict[str, int] = {
    word: number
    for number, words in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for word in words
}
"""Month words and abbreviations, lower-case, to month numbers."""

WEEKDAYS: dict[str, int] = {
    name: number
    for number, name in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    )
}
"""Weekday names to `date.weekday()` numbers (Monday is 0)."""

PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night"})
"""Words that name a part of a day told after its weekday: "Wednesday night"."""

ORDINAL_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)", re.IGNORECASE)
"""A day of the month written as an ordinal: "13th", "1st"."""

# Lower-case, these are verbs ("may", "march on"); a month is printed capitalised.
_VERBS_THAT_NAME_MONTHS = frozenset({"may", "march", "mar"})

_COUNTS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

_DIRECTIONS: dict[str, int] = {
    "last": -1, "previous": -1, "past": -1, "this": 0, "current": 0, "next": 1, "coming": 1,
}  # fmt: skip

# The months a season spans, as the northern stories mostly tell them; winter, which straddles
# two years, is left unread.
_SEASONS: dict[str, tuple[int, int]] = {
    "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
}  # fmt: skip
SEASONS = frozenset(_SEASONS)
"""The season words a date phrase may be read by."""

_DAY_OFFSETS: dict[str, int] = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "yesterday": -1, "last night": -1, "last evening": -1, "the previous day": -1,
    "the day before": -1, "the day before yesterday": -2, "tomorrow": 1,
}  # fmt: skip

# A DATE entity is a few words; longer input is not a date phrase, and would make the range
# split and dateparser slow.
_LONGEST_PHRASE = 80

# Past mid-year, "the new year" is the one about to begin.
_MONTHS_BEFORE_A_NEW_YEAR = 6

# "Monday the 13th" is read in the month of publication or the next two in the reading direction.
_MONTHS_TO_MEET_A_WEEKDAY = 3

_ONE_DAY = dt.timedelta(days=1)
_SATURDAY, _SUNDAY = WEEKDAYS["saturday"], WEEKDAYS["sunday"]


@dataclass(frozen=True, slots=True)
class _Period:
    precision: DatePrecision
    start: dt.date
    end: dt.date


def _year(year: int) -> _Period:
    return _Period(DatePrecision.YEAR, dt.date(year, 1, 1), dt.date(year, 12, 31))


def _month(year: int, month: int) -> _Period:
    last_day = monthrange(year, month)[1]
    return _Period(DatePrecision.MONTH, dt.date(year, month, 1), dt.date(year, month, last_day))


def _week(day: dt.date) -> _Period:
    monday = day - dt.timedelta(days=day.weekday())
    return _Period(DatePrecision.WEEK, monday, monday + dt.timedelta(days=6))


def _day(day: dt.date) -> _Period:
    return _Period(DatePrecision.DAY, day, day)


def _months_later(day: dt.date, months: int) -> _Period:
    index = day.year * 12 + day.month - 1 + months
    return _month(index // 12, index % 12 + 1)


_SHIFT_BY_UNIT: dict[str, Callable[[dt.date, int], _Period]] = {
    "day": lambda day, count: _day(day + dt.timedelta(days=count)),
    "week": lambda day, count: _week(day + dt.timedelta(weeks=count)),
    "month": _months_later,
    "year": lambda day, count: _year(day.year + count),
}


def _value(period: _Period) -> str:
    if period.precision is DatePrecision.YEAR:
        return f"{period.start.year:04d}"
    if period.precision is DatePrecision.MONTH:
        return f"{period.start.year:04d}-{period.start.month:02d}"
    return period.start.isoformat()


def _event_date(period: _Period, text: str) -> EventDate:
    return EventDate(
        value=_value(period),
        precision=period.precision,
        start=period.start,
        end=period.end,
        text=text,
    )


def _steps_in_cycle(current: int, target: int, cycle: int, direction: int, future: bool) -> int:
    """Signed steps from `current` to the nearest `target` in a cycle (weekdays, months).

    An unmarked phrase (direction 0) may land on `current` itself; "last"/"next" may not.
    """
    forward = direction > 0 or (direction == 0 and future)
    steps = (target - current) % cycle if forward else -((current - target) % cycle)
    if steps == 0 and direction != 0:
        return cycle * direction
    return steps


def _direction(match: re.Match[str]) -> int:
    word = match.groupdict().get("direction")
    return _DIRECTIONS[word.lower()] if word else 0


def _month_number(word: str) -> int | None:
    return None if word in _VERBS_THAT_NAME_MONTHS else MONTHS[word.lower()]


def _year_of_month(match: re.Match[str], month: int, published: dt.date, future: bool) -> int:
    if match["year"]:
        return int(match["year"])
    if match["year_direction"]:
        return published.year + _DIRECTIONS[match["year_direction"].lower()]
    steps = _steps_in_cycle(published.month - 1, month - 1, 12, _direction(match), future)
    return (published.year * 12 + published.month - 1 + steps) // 12


# Rule handlers: (match, published, future) -> period, or None when the match is no date.
_Handler = Callable[[re.Match[str], dt.date, bool], _Period | None]


def _fixed_day(match: re.Match[str], published: dt.date, future: bool) -> _Period:
    return _day(published + dt.timedelta(days=_DAY_OFFSETS[match["fixed"].lower()]))


def _relative_unit(match: re.Match[str], published: dt.date, future: bool) -> _Period:
    return _SHIFT_BY_UNIT[match["unit"].lower()](published, _direction(match))


def _units_ago(match: re.Match[str], published: dt.date, future: bool) -> _Period:
    count_word = match["count"].lower()
    count = int(count_word) if count_word.isdigit() else _COUNTS[count_word]
    return _SHIFT_BY_UNIT[match["unit"].lower()](published, -count)


def _weekday(match: re.Match[str], published: dt.date, future: bool) -> _Period:
    target = WEEKDAYS[match["weekday"].lower()]
    if match["direction"] and match["direction"].lower() == "next":
        return _day(_of_next_week(published, target))
    steps = _steps_in_cycle(published.weekday(), target, 7, _direction(match), future)
    return _day(published + dt.timedelta(days=steps))


def _weekday_the_nth(match: re.Match[str], published: dt.date, future: bool) -> _Period | None:
    """ "On Monday the 13th": the day of the month is the day meant, in the month nearest
    publication (in the reading direction) whose Nth falls on that weekday; a story filed on
    Wednesday the 22nd that tells of "Monday the 13th" is not telling of the 20th. Weekday and
    day that meet in no nearby month are left to the weekday alone."""
    target, number = WEEKDAYS[match["weekday"].lower()], int(match["day"])
    step = 1 if future else -1
    for months in range(_MONTHS_TO_MEET_A_WEEKDAY):
        year, month = divmod(published.year * 12 + published.month - 1 + step * months, 12)
        if number > monthrange(year, month + 1)[1]:
            continue
        day = dt.date(year, month + 1, number)
        on_the_right_side = day >= published if future else day <= published
        if on_the_right_side and day.weekday() == target:
            return _day(day)
    return None


def _of_next_week(published: dt.date, weekday: int) -> dt.date:
    """ "Next Wednesday" is the Wednesday of the week after publication's, even when this
    week's Wednesday is still ahead: read on a Tuesday it is eight days on, not tomorrow
    (which the writer would have called "tomorrow" or "Wednesday")."""
    monday = published - dt.timedelta(days=published.weekday())
    return monday + dt.timedelta(weeks=1, days=weekday)


def _weekend(match: re.Match[str], published: dt.date, future: bool) -> _Period:
    direction = _direction(match)
    # On a Sunday, "the weekend" is the one that began the day before.
    on_sunday = direction == 0 and published.weekday() == _SUNDAY
    reference = published - _ONE_DAY if on_sunday else published
    steps = _steps_in_cycle(reference.weekday(), _SATURDAY, 7, direction, future)
    saturday = reference + dt.timedelta(days=steps)
    return _Period(DatePrecision.DAY, saturday, saturday + _ONE_DAY)


def _month_day(match: re.Match[str], published: dt.date, future: bool) -> _Period | None:
    month = _month_number(match["month"])
    if month is None:
        return None
    year = _year_of_month(match, month, published, future)
    return _day(dt.date(year, month, int(match["day"])))


def _named_month(match: re.Match[str], published: dt.date, future: bool) -> _Period | None:
    month = _month_number(match["month"])
    if month is None:
        return None
    return _month(_year_of_month(match, month, published, future), month)


def _numbered_year(match: re.Match[str], published: dt.date, future: bool) -> _Period:
    return _year(int(match["year"]))


def _iso_date(match: re.Match[str], published: dt.date, future: bool) -> _Period:
    year, month = int(match["year"]), int(match["month_number"])
    if match["day"]:
        return _day(dt.date(year, month, int(match["day"])))
    return _month(year, month)


def _season(match: re.Match[str], published: dt.date, future: bool) -> _Period:
    """ "In the autumn", "next spring", "the summer of 1992": a season tells the calendar only
    its year. An unmarked one is the nearest season of that name on or before publication, or
    on or after it when `future` is set; "this" is publication's year; "last"/"next" skip the
    season under way."""
    if match["year"] or match["year_direction"]:
        return _year(_year_of_month(match, 1, published, future))
    first, last = _SEASONS[match["season"].lower()]
    direction, year = _direction(match), published.year
    if direction > 0:
        return _year(year + 1 if published.month >= first else year)
    if direction < 0:
        return _year(year - 1 if published.month <= last else year)
    if match["direction"]:  # "this summer"
        return _year(year)
    if future:
        return _year(year + 1 if published.month > last else year)
    return _year(year - 1 if published.month < first else year)


def _new_year(match: re.Match[str], published: dt.date, future: bool) -> _Period:
    """ "Early in the new year": the year whose New Year's Day lies nearest publication, the
    one about to begin in a story of December, the one just begun in a story of January."""
    about_to_begin = published.month > _MONTHS_BEFORE_A_NEW_YEAR
    return _year(published.year + 1 if about_to_begin else published.year)


def _one_of(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first so that "sept" wins over "sep"."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE | re.ASCII)


_MONTH = rf"(?P<month>{_one_of(MONTHS)})\.?"
_WEEKDAY = rf"(?P<weekday>{_one_of(WEEKDAYS)})"
_DIRECTION = rf"(?P<direction>{_one_of(_DIRECTIONS)})"
_COUNT = rf"(?P<count>\d{{1,3}}|{_one_of(_COUNTS)})"
_UNIT = r"(?P<unit>day|week|month|year)"
_CALENDAR_UNIT = r"(?P<unit>week|month|year)"  # not "day": "the day" refers back in the story
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_ORDINAL_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)"  # "Monday the 13th": the suffix says a day
_YEAR = r",?\s+(?:of\s+)?(?:(?P<year>\d{4})|(?P<year_direction>last|previous|this|next)\s+year)"
_YEAR_QUALIFIER = rf"(?:{_YEAR})?"  # "March 22, 2024", "June last year", "May of next year"
_PART_OF_DAY = rf"(?:{_one_of(PARTS_OF_DAY)})"
_LEADING_WEEKDAY = rf"(?:(?:{_one_of(WEEKDAYS)}),?\s+)?"  # "Thursday, March 27"

_RULES: tuple[tuple[re.Pattern[str], _Handler], ...] = (
    # "early yesterday morning", "tomorrow evening": the part of the day keeps the day.
    (_compile(rf"(?P<fixed>{_one_of(_DAY_OFFSETS)})(?:\s+{_PART_OF_DAY})?"), _fixed_day),
    (_compile(rf"(?:(?:(?:the\s+)?{_DIRECTION}|the)\s+)?weekend"), _weekend),
    (_compile(rf"(?:(?:the\s+)?{_DIRECTION}|the)\s+{_CALENDAR_UNIT}"), _relative_unit),
    (_compile(rf"{_COUNT}\s+{_UNIT}s?\s+ago"), _units_ago),
    (
        _compile(rf"(?:{_DIRECTION}\s+)?{_WEEKDAY}(?:\s+{_PART_OF_DAY})?"),
        _weekday,
    ),
    (_compile(rf"{_WEEKDAY},?\s+the\s+{_ORDINAL_DAY}"), _weekday_the_nth),
    (_compile(rf"{_LEADING_WEEKDAY}{_MONTH}\s+{_DAY}{_YEAR_QUALIFIER}"), _month_day),
    (
        _compile(rf"{_LEADING_WEEKDAY}(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MONTH}{_YEAR_QUALIFIER}"),
        _month_day,
    ),
    (_compile(rf"(?:{_DIRECTION}\s+)?{_MONTH}{_YEAR_QUALIFIER}"), _named_month),
    (
        _compile(
            rf"(?:(?:the\s+)?{_DIRECTION}\s+|the\s+)?(?P<season>{_one_of(_SEASONS)}){_YEAR_QUALIFIER}"
        ),
        _season,
    ),
    (_compile(r"(?:the\s+)?new\s+year"), _new_year),
    (_compile(r"(?:the\s+year\s+)?(?P<year>\d{4})"), _numbered_year),
    (_compile(r"(?P<year>\d{4})-(?P<month_number>\d{2})(?:-(?P<day>\d{2}))?"), _iso_date),
)

# Words before the date itself that do not move it: "in", "on", "earlier on", "the end of";
# a part of a month ("the third week of June") keeps the month; a word that only stresses
# how near the time is ("only last month", "just a year ago", "as recently as May") does not
# move it either.
_LEADING_FILLER = _compile(
    r"^(?:(?:on|in|at|during|by|of|earlier|later|early|mid|late|only|just|as\s+recently\s+as"
    r"|(?:the\s+)?(?:end|beginning|start|middle|turn)\s+of"
    r"|(?:the\s+)?(?:first|second|third|fourth|last|final)\s+(?:week|half|fortnight)\s+of)"
    r"\b[\s-]*)+"
)
# "At 10.25 this morning", "shortly after 9 a.m. yesterday": the clock time told before a day
# names an hour of it, not a day of its own. A bare number is not a clock time ("10 June").
_LEADING_CLOCK = _compile(
    r"^(?:(?:at|about|around|shortly|just|after|before)\s+)*"
    r"\d{1,2}(?:[.:]\d{2}\s*(?:[ap]\.?m\b\.?)?|\s*[ap]\.?m\b\.?|\s*o'clock)\s+(?=\S)"
)
_TRAILING_NOISE = _compile(r"(?:'s|[.,;:!?])+$")
_TYPOGRAPHY = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2019": "'"})

_RANGE = _compile(
    r"(?:between\s+|from\s+)?(?P<first>.+?)(?:\s*-+\s*|\s+(?:to|until|till|through|and)\s+)"
    r"(?P<last>.+)"
)
_BARE_DAY = _compile(rf"{_DAY}{_YEAR_QUALIFIER}")
_MONTH_WORD = _compile(rf"\b{_MONTH}")
_DAY_NUMBER = _compile(r"(?<![\w'])\d{1,2}(?:st|nd|rd|th)?\b")
_TRAILING_YEAR = _compile(rf"{_YEAR}$")

_DAY_WORD_AND_WEEKDAY = _compile(
    rf"(?P<day>today|tonight|tomorrow|yesterday)\s*[,(]\s*(?:{_one_of(WEEKDAYS)})\)?"
)
_NUMERIC_DATE = _compile(r"\d{1,4}[/.]\d{1,2}[/.]\d{1,4}")
_NUMBER = _compile(r"\d+")


_YEAR_TOLD_BEFORE: tuple[tuple[re.Pattern[str], int], ...] = (
    (_compile(rf"that\s+(?P<period>{_one_of(MONTHS)}|{_one_of(_SEASONS)}|year)"), 0),
    (_compile(rf"(?P<period>{_one_of(MONTHS)})\s+of\s+that\s+year"), 0),
    (_compile(r"the\s+following\s+year|a\s+year\s+later"), 1),
)
"""Phrases told against the year of a date told before them, and how many years on they are."""

YEAR_NUMBER = re.compile(r"\b\d{4}\b")


def in_the_year_told(phrase: str, year: int) -> str | None:
    """ "That December", "in February of that year", "the following year": a time told
    against a year the story named before ("to the Holy Land in January 1964, to Bombay that
    December"), written out in that year; not against the news's own year."""
    core = _LEADING_FILLER.sub("", _normalise(phrase))
    for pattern, years_on in _YEAR_TOLD_BEFORE:
        match = pattern.fullmatch(core)
        if match is None:
            continue
        period = match.groupdict().get("period")
        written = str(year + years_on)
        return written if period is None or period.lower() == "year" else f"{period} {written}"
    return None


def _normalise(phrase: str) -> str:
    spaced = " ".join(phrase.translate(_TYPOGRAPHY).split())
    return _TRAILING_NOISE.sub("", spaced)


def _resolve_single(text: str, published: dt.date, future: bool) -> _Period | None:
    core = _LEADING_FILLER.sub("", text)
    for pattern, handler in _RULES:
        match = pattern.fullmatch(core)
        if match is not None and (period := handler(match, published, future)) is not None:
            return period
    return None


def _share_month_and_year(first: str, last: str) -> tuple[str, str]:
    """A bare day shares the other end's month and year: "March 3-5, 2024", "May 9-10 next year".

    Only a bare day: "December 28 - January 3" spans a new year, read end by end.
    """
    if not (_BARE_DAY.fullmatch(first) or _BARE_DAY.fullmatch(last)):
        return first, last
    month = _MONTH_WORD.search(f"{first} {last}")
    first_day, last_day = _DAY_NUMBER.search(first), _DAY_NUMBER.search(last)
    if month is None or first_day is None or last_day is None:
        return first, last
    year = _TRAILING_YEAR.search(last) or _TRAILING_YEAR.search(first)
    qualifier = year[0] if year else ""
    return (
        f"{month['month']} {first_day[0]}{qualifier}",
        f"{month['month']} {last_day[0]}{qualifier}",
    )


def _resolve_range(text: str, published: dt.date, future: bool) -> _Period | None:
    match = _RANGE.fullmatch(text)
    if match is None:
        return None
    first_text, last_text = _share_month_and_year(match["first"], match["last"])
    first = _resolve_single(first_text, published, future)
    last = _resolve_single(last_text, published, future)
    if first is None or last is None:
        return None
    if last.end < first.start:
        # Each end alone may land on the wrong side of the other ("Monday and Tuesday" read on
        # a Monday, "March 3-5, 2024"): re-read one end against the other, the end that lies
        # in the reading direction first.
        forward = (first, _resolve_single(last_text, first.end, future))
        backward = (_resolve_single(first_text, last.start, future), last)
        first, last = _first_in_order((forward, backward) if future else (backward, forward))
    if first is None or last is None:
        return None
    return _Period(first.precision, first.start, last.end)


def _first_in_order(
    pairs: Iterable[tuple[_Period | None, _Period | None]],
) -> tuple[_Period | None, _Period | None]:
    for first, last in pairs:
        if first is not None and last is not None and first.start <= last.end:
            return first, last
    return None, None


def _is_day_or_year(number: str) -> bool:
    return len(number) == 4 or (len(number) <= 2 and int(number) <= 31)


def _looks_like_explicit_day(text: str) -> bool:
    numbers = _NUMBER.findall(text)
    # A number that can be neither a day nor a year ("80th") means the phrase is not a date.
    if not numbers or not all(map(_is_day_or_year, numbers)):
        return False
    if _NUMERIC_DATE.search(text):
        return True
    return any(_month_number(month["month"]) for month in _MONTH_WORD.finditer(text))


def _parse_explicit_day(text: str, published: dt.date, future: bool) -> _Period | None:
    if not _looks_like_explicit_day(text):
        return None
    settings = {
        "RELATIVE_BASE": dt.datetime.combine(published, dt.time()),
        "PREFER_DATES_FROM": "future" if future else "past",
    }
    try:
        found = DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    except Exception:  # third-party parsing of arbitrary text: no failure of it may stop a stream
        return None
    if found.date_obj is None or found.period != "day":
        return None
    return _day(found.date_obj.date())


def _resolve(text: str, published: dt.date, future: bool) -> _Period | None:
    # "tomorrow, Saturday", "today (Monday)": the weekday only repeats the day word.
    named = _DAY_WORD_AND_WEEKDAY.fullmatch(text)
    text = named.group("day") if named else _LEADING_CLOCK.sub("", text)
    # dateparser last: it is slow, and only trusted with explicit days.
    return (
        _resolve_range(text, published, future)
        or _resolve_single(text, published, future)
        or _parse_explicit_day(text, published, future)
    )


@lru_cache(maxsize=8192)
def resolve_date(phrase: str, published: dt.date, *, future: bool = False) -> EventDate | None:
    """The date `phrase` names, read against the `published` date; None when it names no time.

    `future` reads underspecified phrases ("Thursday", "May 9") forward from publication, as a
    planned event needs; otherwise they are read backward.
    """
    text = phrase.strip()
    if len(text) > _LONGEST_PHRASE:
        return None
    if isinstance(published, dt.datetime):
        published = published.date()
    try:
        period = _resolve(_normalise(text), published, future)
    except (ValueError, OverflowError):  # a day that does not exist, or a shift past year 9999
        return None
    if period is None:
        return _leading_weekday(text, published, future=future) or _first_of_run_on(
            text, published, future=future
        )
    return _event_date(period, text)


def _leading_weekday(text: str, published: dt.date, *, future: bool) -> EventDate | None:
    """ "Chaired on Tuesday the 38th session": the model may run a weekday into the words after
    it; the weekday alone still names the day."""
    first, _, rest = text.partition(" ")
    if not rest or first.lower() not in WEEKDAYS:
        return None
    return resolve_date(first, published, future=future)


def _first_of_run_on(text: str, published: dt.date, *, future: bool) -> EventDate | None:
    """ "In May, weeks after taking office": the model may run a date into the time words
    after its comma, which name no time of their own; the part before the comma still does."""
    first, comma, rest = text.partition(",")
    if not comma or not first.strip() or not rest.strip():
        return None
    return resolve_date(first, published, future=future)


def count_of(word: str) -> int | None:
    """A small count written as digits or a word: "a" and "one" -> 1, "two" -> 2."""
    lowered = word.lower()
    return int(lowered) if lowered.isdigit() else _COUNTS.get(lowered)


def shifted_by_days(date: EventDate, days: int, text: str) -> EventDate:
    """A day-precise date moved by `days` ("a day after" Tuesday is Monday); coarser dates stay."""
    if date.precision is not DatePrecision.DAY or days == 0:
        return date
    day = _day(date.start + dt.timedelta(days=days))
    return _event_date(day, text)


_PERIOD_AROUND: dict[str, Callable[[dt.date], _Period]] = {
    "week": _week,
    "month": lambda day: _month(day.year, day.month),
    "year": lambda day: _year(day.year),
}


def unit_named_by_article(phrase: str) -> str | None:
    """ "The week", "later in the week" -> "week": a period placed by its article alone, whose
    own time is the one the story has reached; None for any other phrase."""
    words = _LEADING_FILLER.sub("", _normalise(phrase.lower())).split()
    placed = len(words) == 2 and words[0] == "the" and words[1] in _PERIOD_AROUND
    return words[1] if placed else None


def period_around(date: EventDate, unit: str, text: str) -> EventDate | None:
    """The week, month or year a day-precise date falls in: "on Monday, and later in the week"
    is that Monday's week; None for a coarser date or another unit."""
    period_of = _PERIOD_AROUND.get(unit)
    if date.precision is not DatePrecision.DAY or period_of is None:
        return None
    period = period_of(date.start)
    return _event_date(period, text)
