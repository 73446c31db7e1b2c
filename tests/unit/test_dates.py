"""resolve_date: date phrases read against a publication date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stream.contracts import DatePrecision, EventDate
from stream.nlp.dates import MONTHS, WEEKDAYS, in_the_year_told, resolve_date

YEAR, MONTH, WEEK, DAY = (
    DatePrecision.YEAR,
    DatePrecision.MONTH,
    DatePrecision.WEEK,
    DatePrecision.DAY,
)
SEED_PUBLISHED = dt.date(2025, 3, 27)  # a Thursday

SEED_CASES = [
    ("on Thursday", False, "2025-03-27", DAY),
    ("last week", False, "2025-03-17", WEEK),
    ("Last week", False, "2025-03-17", WEEK),
    ("earlier this month", False, "2025-03", MONTH),
    ("Earlier this month", False, "2025-03", MONTH),
    ("June last year", False, "2024-06", MONTH),
    ("in June last year", False, "2024-06", MONTH),
    ("this year", False, "2025", YEAR),
    ("in 2019", False, "2019", YEAR),
    ("2023", False, "2023", YEAR),
    ("March 22", False, "2025-03-22", DAY),
    ("Earlier on March 22", False, "2025-03-22", DAY),
    ("May 9", True, "2025-05-09", DAY),
    ("last year", False, "2024", YEAR),
]

RELATIVE_CASES = [
    ("Thursday", False, "2025-03-27", DAY),
    ("Thursday", True, "2025-03-27", DAY),
    ("on Monday", False, "2025-03-24", DAY),
    ("on Monday", True, "2025-03-31", DAY),
    ("Thursday night", False, "2025-03-27", DAY),
    ("last Thursday", False, "2025-03-20", DAY),
    ("next Tuesday", False, "2025-04-01", DAY),
    ("next Thursday", True, "2025-04-03", DAY),
    ("today", False, "2025-03-27", DAY),
    ("yesterday", False, "2025-03-26", DAY),
    ("early yesterday morning", False, "2025-03-26", DAY),
    ("yesterday afternoon", False, "2025-03-26", DAY),
    ("last evening", False, "2025-03-26", DAY),
    ("tomorrow evening", True, "2025-03-28", DAY),
    ("the previous day", False, "2025-03-26", DAY),
    ("the day before yesterday", False, "2025-03-25", DAY),
    ("tomorrow", True, "2025-03-28", DAY),
    ("three days ago", False, "2025-03-24", DAY),
    ("this week", False, "2025-03-24", WEEK),
    ("next week", True, "2025-03-31", WEEK),
    ("two weeks ago", False, "2025-03-10", WEEK),
    ("a week ago", False, "2025-03-17", WEEK),
    ("last month", False, "2025-02", MONTH),
    ("late last month", False, "2025-02", MONTH),
    ("next month", True, "2025-04", MONTH),
    ("the previous month", False, "2025-02", MONTH),
    ("a year ago", False, "2024", YEAR),
    ("the end of the year", True, "2025", YEAR),
    ("by the end of the year", True, "2025", YEAR),
    ("the past year", False, "2024", YEAR),
]

CALENDAR_CASES = [
    ("on March 22", False, "2025-03-22", DAY),
    ("March 22nd", False, "2025-03-22", DAY),
    ("Thursday, March 27", False, "2025-03-27", DAY),
    ("May 9", False, "2024-05-09", DAY),
    ("March 28", False, "2025-03-28", DAY),
    ("22 March 2024", False, "2024-03-22", DAY),
    ("March 22, 2024", False, "2024-03-22", DAY),
    ("Sept. 12", False, "2024-09-12", DAY),
    ("Sept. 12", True, "2025-09-12", DAY),
    ("Oct 3", False, "2024-10-03", DAY),
    ("Oct 3", True, "2025-10-03", DAY),
    ("March 2024", False, "2024-03", MONTH),
    ("in June", False, "2024-06", MONTH),
    ("in June", True, "2025-06", MONTH),
    ("in March", False, "2025-03", MONTH),
    ("in February", True, "2026-02", MONTH),
    ("mid-June", False, "2024-06", MONTH),
    ("in mid-June", True, "2025-06", MONTH),
    ("last June", False, "2024-06", MONTH),
    ("last March", False, "2024-03", MONTH),
    ("next March", True, "2026-03", MONTH),
    ("June this year", False, "2025-06", MONTH),
    ("May", False, "2024-05", MONTH),
    ("early 2023", False, "2023", YEAR),
    ("2019", False, "2019", YEAR),
    ("the 22nd of March", False, "2025-03-22", DAY),
    ("the 9th of May", True, "2025-05-09", DAY),
    ("March 22 last year", False, "2024-03-22", DAY),
    ("Thursday's", False, "2025-03-27", DAY),
    ("2025-03-27", False, "2025-03-27", DAY),
    ("2024-03", False, "2024-03", MONTH),
]

DATEPARSER_CASES = [  # explicit days the rules leave to dateparser
    ("27/03/2025", False, "2025-03-27", DAY),
    ("22.03.2024", False, "2024-03-22", DAY),
    ("May the 9th", True, "2025-05-09", DAY),
]


@pytest.mark.parametrize(
    ("phrase", "future", "value", "precision"),
    SEED_CASES + RELATIVE_CASES + CALENDAR_CASES + DATEPARSER_CASES,
)
def test_resolve_date_phrase_at_seed_publication_gives_value_and_precision(
    phrase: str, future: bool, value: str, precision: DatePrecision
) -> None:
    resolved = resolve_date(phrase, SEED_PUBLISHED, future=future)

    assert resolved is not None
    assert (resolved.value, resolved.precision) == (value, precision)


@pytest.mark.parametrize(
    ("phrase", "future", "start", "end"),
    [
        ("last week", False, "2025-03-17", "2025-03-23"),
        ("earlier this month", False, "2025-03-01", "2025-03-31"),
        ("last month", False, "2025-02-01", "2025-02-28"),
        ("this year", False, "2025-01-01", "2025-12-31"),
        ("March 22", False, "2025-03-22", "2025-03-22"),
        ("Monday and Tuesday", False, "2025-03-24", "2025-03-25"),
        ("Monday and Tuesday", True, "2025-03-31", "2025-04-01"),
        ("from Monday to Wednesday", False, "2025-03-24", "2025-03-26"),
        ("between March 3 and 5", False, "2025-03-03", "2025-03-05"),
        ("March 3-5", False, "2025-03-03", "2025-03-05"),
        ("March 3\u20135, 2024", True, "2024-03-03", "2024-03-05"),
        ("3-5 March", False, "2025-03-03", "2025-03-05"),
        ("3-5 March 2024", True, "2024-03-03", "2024-03-05"),
        ("May 9-10 next year", False, "2026-05-09", "2026-05-10"),
        ("December 28 - January 3", False, "2024-12-28", "2025-01-03"),
        ("December 28 - January 3", True, "2025-12-28", "2026-01-03"),
        ("between 2019 and 2023", False, "2019-01-01", "2023-12-31"),
        ("the weekend", False, "2025-03-22", "2025-03-23"),
        ("the weekend", True, "2025-03-29", "2025-03-30"),
        ("next weekend", False, "2025-03-29", "2025-03-30"),
    ],
)
def test_resolve_date_span_at_seed_publication_covers_start_to_end(
    phrase: str, future: bool, start: str, end: str
) -> None:
    resolved = resolve_date(phrase, SEED_PUBLISHED, future=future)

    assert resolved is not None
    assert (resolved.start.isoformat(), resolved.end.isoformat()) == (start, end)


@pytest.mark.parametrize(
    ("phrase", "published", "future", "value"),
    [
        ("Monday and Tuesday", "2025-03-24", False, "2025-03-17"),  # read on a Monday
        ("Monday and Tuesday", "2025-03-26", True, "2025-03-31"),
        ("the weekend", "2025-03-23", False, "2025-03-22"),  # read on a Sunday
        ("the weekend", "2025-03-23", True, "2025-03-22"),
        ("last weekend", "2025-03-24", False, "2025-03-22"),
        ("on Thursday", "2025-03-28", False, "2025-03-27"),
        ("on Thursday", "2025-03-28", True, "2025-04-03"),
        ("last week", "2025-01-01", False, "2024-12-23"),
        ("last month", "2025-01-15", False, "2024-12"),
        ("next month", "2024-12-15", True, "2025-01"),
        ("in December", "2025-01-10", False, "2024-12"),
        ("in January", "2024-12-10", True, "2025-01"),
        ("yesterday", "2024-03-01", False, "2024-02-29"),
        # "next" names a weekday of the following week, even one still ahead this week.
        ("next Wednesday", "2025-03-25", True, "2025-04-02"),  # read on a Tuesday
        ("next Thursday", "2025-03-26", True, "2025-04-03"),  # read on a Wednesday
        ("next Monday", "2025-03-26", True, "2025-03-31"),
        ("next Saturday", "2025-03-29", True, "2025-04-05"),  # read on a Saturday
    ],
)
def test_resolve_date_across_weeks_months_and_years_gives_value(
    phrase: str, published: str, future: bool, value: str
) -> None:
    resolved = resolve_date(phrase, dt.date.fromisoformat(published), future=future)

    assert resolved is not None
    assert resolved.value == value


@pytest.mark.parametrize(
    "phrase",
    [
        "the 1990s",
        "80th anniversary",
        "80th",
        "recent months",
        "decades",
        "9",
        "may",
        "march on",
        "",
        "   ",
        "February 30",
        "Russia's 80th Victory Day anniversary on May 9",
        "May 9 80th",
        "the day",
    ],
)
def test_resolve_date_phrase_without_resolvable_time_gives_none(phrase: str) -> None:
    assert resolve_date(phrase, SEED_PUBLISHED) is None


def test_resolve_date_shift_past_year_9999_gives_none() -> None:
    assert resolve_date("tomorrow", dt.date.max) is None


def test_resolve_date_text_is_the_stripped_phrase() -> None:
    resolved = resolve_date("  on March 22 ", SEED_PUBLISHED)

    assert resolved is not None
    assert resolved.text == "on March 22"


def test_resolve_date_datetime_publication_reads_as_its_date() -> None:
    resolved = resolve_date("yesterday", dt.datetime(2025, 3, 27, 23, 59))

    assert resolved is not None
    assert (resolved.value, resolved.start) == ("2025-03-26", dt.date(2025, 3, 26))


_VALUE_LENGTH = {YEAR: 4, MONTH: 7, WEEK: 10, DAY: 10}


def _start_of_value(resolved: EventDate) -> dt.date:
    parts = [int(part) for part in resolved.value.split("-")]
    return dt.date(*parts, *[1] * (3 - len(parts)))


def _assert_well_formed(resolved: EventDate | None) -> None:
    if resolved is None:
        return
    assert resolved.start <= resolved.end
    assert len(resolved.value) == _VALUE_LENGTH[resolved.precision]
    assert resolved.start == _start_of_value(resolved)
    if resolved.precision is DatePrecision.WEEK:
        assert resolved.start.weekday() == 0


_DATE_WORDS = [
    *MONTHS, *(name.title() for name in MONTHS), *WEEKDAYS, "last", "next", "this", "the",
    "week", "weeks", "month", "year", "day", "ago", "and", "to", "-", "between", "weekend",
    "on", "in", "early", "mid-", "late", "of", "yesterday", "today", "two", "a", ",", "0",
    "1", "5", "29", "30", "31", "99", "2024", "0000", "9999", "1st", "/",
]  # fmt: skip
_date_like_phrases = st.lists(st.sampled_from(_DATE_WORDS), max_size=6).map(" ".join)
_publication_dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


@settings(max_examples=300, deadline=None)
@given(
    phrase=st.one_of(st.text(max_size=100), _date_like_phrases),
    published=_publication_dates,
    future=st.booleans(),
)
def test_resolve_date_any_text_gives_none_or_well_formed_date(
    phrase: str, published: dt.date, future: bool
) -> None:
    _assert_well_formed(resolve_date(phrase, published, future=future))


@pytest.mark.parametrize(
    "phrase", ["in the third week of June", "the last week of June", "the second half of June"]
)
def test_a_part_of_a_month_keeps_the_month(phrase: str) -> None:
    found = resolve_date(phrase, SEED_PUBLISHED, future=True)
    assert found is not None and (found.value, found.precision) == ("2025-06", MONTH)


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("only last month", "2025-02"),
        ("just a year ago", "2024"),
        ("as recently as May", "2024-05"),
    ],
)
def test_a_word_stressing_how_near_a_time_is_does_not_move_it(phrase: str, value: str) -> None:
    found = resolve_date(phrase, SEED_PUBLISHED)
    assert found is not None and found.value == value


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("4.15 this afternoon", "2025-03-27"),
        ("shortly after 6 a.m. yesterday", "2025-03-26"),
        ("at 7:05pm on Tuesday", "2025-03-25"),
        ("11 o'clock last night", "2025-03-26"),
    ],
)
def test_a_clock_time_told_before_a_day_is_an_hour_of_that_day(phrase: str, value: str) -> None:
    found = resolve_date(phrase, SEED_PUBLISHED)
    assert found is not None and (found.value, found.precision) == (value, DAY)


@pytest.mark.parametrize("phrase", ["tomorrow, Friday", "tomorrow (Friday)"])
def test_a_day_word_with_its_weekday_is_that_day(phrase: str) -> None:
    found = resolve_date(phrase, SEED_PUBLISHED, future=True)
    assert found is not None and (found.value, found.precision) == ("2025-03-28", DAY)


def test_a_weekday_run_into_the_words_after_it_still_names_the_day() -> None:
    found = resolve_date("Tuesday the 38th", dt.date(2025, 3, 27))
    assert found is not None and found.value == "2025-03-25"


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("in November, weeks", "2024-11"), ("Monday, days", "2025-03-24")],
)
def test_resolve_date_run_on_phrase_keeps_the_part_before_its_comma(
    phrase: str, value: str
) -> None:
    found = resolve_date(phrase, SEED_PUBLISHED)
    assert found is not None and found.value == value


class _FreshHeadToken:
    """A token whose `head` is a new object each time, as spaCy's may be once a Doc's token
    cache is rebuilt (a retokenized Doc): only its index says it is the root."""

    steps = 0

    def __init__(self, i: int, head_i: int) -> None:
        self.i, self._head_i, self.pos_, self.dep_, self.ent_type_ = i, head_i, "ADP", "prep", ""
        self.lower_ = "on"

    @property
    def head(self) -> _FreshHeadToken:
        _FreshHeadToken.steps += 1
        assert _FreshHeadToken.steps < 1000, "the walk up the parse did not stop at its root"
        return _FreshHeadToken(self._head_i, 0)


def test_a_date_anchor_walk_ends_at_a_root_that_is_not_the_same_object() -> None:
    from types import SimpleNamespace

    from stream.nlp.events.status import _anchor

    _FreshHeadToken.steps = 0
    # Compared by identity, the walk up from "on May 9" never reached the root and the
    # worker hung on the article for good.
    ent = SimpleNamespace(root=SimpleNamespace(head=_FreshHeadToken(2, 0)), end=5)
    assert _anchor(ent).i == 0


@pytest.mark.parametrize(
    ("phrase", "published", "future", "value"),
    [
        ("this autumn", "2025-03-27", True, "2025"),
        ("in the spring", "2025-11-24", True, "2026"),  # this year's is over
        ("in the summer", "2025-01-03", True, "2025"),
        ("in the autumn", "2025-02-10", False, "2024"),  # this year's has not come
        ("last autumn", "2025-03-16", False, "2024"),
        ("next summer", "2025-11-28", True, "2026"),
        ("the spring of 1992", "2025-03-27", False, "1992"),
    ],
)
def test_a_season_is_the_year_it_falls_in(
    phrase: str, published: str, future: bool, value: str
) -> None:
    found = resolve_date(phrase, dt.date.fromisoformat(published), future=future)
    assert found is not None and (found.value, found.precision) == (value, YEAR)


def test_winter_straddles_two_years_and_is_left_unread() -> None:
    assert resolve_date("this winter", SEED_PUBLISHED) is None


@pytest.mark.parametrize(
    ("phrase", "future", "value"),
    [
        # Read on Thursday 27 March 2025: the 10th of March was a Monday, the 14th of April is.
        ("Monday the 10th", False, "2025-03-10"),
        ("Wednesday, the 19th", False, "2025-03-19"),
        ("Monday the 14th", True, "2025-04-14"),
    ],
)
def test_a_weekday_with_its_day_of_the_month_is_that_day(
    phrase: str, future: bool, value: str
) -> None:
    found = resolve_date(phrase, SEED_PUBLISHED, future=future)
    assert found is not None and (found.value, found.precision) == (value, DAY)


@pytest.mark.parametrize(
    ("phrase", "published", "value"),
    [
        ("early in the new year", "2025-12-19", "2026"),  # the year about to begin
        ("the new year", "2025-01-08", "2025"),  # the year just begun
        ("new year", "2025-11-02", "2026"),
    ],
)
def test_the_new_year_is_the_one_whose_first_day_is_nearest(
    phrase: str, published: str, value: str
) -> None:
    found = resolve_date(phrase, dt.date.fromisoformat(published), future=True)
    assert found is not None and (found.value, found.precision) == (value, YEAR)


@pytest.mark.parametrize(
    ("phrase", "written"),
    [
        ("that December", "December 1964"),
        ("in February of that year", "February 1964"),
        ("early that spring", "spring 1964"),
        ("the following year", "1965"),
        ("next year", None),
        ("December", None),
    ],
)
def test_a_time_told_against_a_year_before_is_written_in_that_year(
    phrase: str, written: str | None
) -> None:
    assert in_the_year_told(phrase, 1964) == written
