"""Property tests of `parse_article`: any bytes in, an `Article` or a valid `DeadLetter` out.

The outputs are checked against their contracts by re-parsing their JSON with the pydantic
models that schemas/ is generated from (tests/unit/test_schemas.py keeps the two in step).
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from stream.config import Settings
from stream.contracts import Article, DeadLetter
from stream.worker.intake import (
    CONTROL_CHARACTER,
    ENGLISH,
    FUTURE_SLACK,
    KEPT_VALUE_MAX_BYTES,
    RawMessage,
    parse_article,
)

SETTINGS = Settings(max_article_bytes=4_000)
WRITTEN = dt.datetime(2025, 3, 28, 12, tzinfo=dt.UTC)
ERROR_TYPES = {
    "MissingValue", "TooLarge", "UndecodableBytes", "NotJson", "NotAnObject", "EmptyText",
    "SchemaViolation", "ControlCharacters", "UnsupportedLanguage", "FutureDate",
}  # fmt: skip

json_scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=20,
)
odd_text = st.text(
    st.characters(codec="utf-8") | st.sampled_from('\x00\x07\x1b\x7f\t\n\r\u2028<>&"\\'),
    max_size=80,
)
plain_text = st.text(st.characters(codec="utf-8", exclude_categories=["Cc"]), max_size=80)
dates = st.dates(min_value=dt.date(1, 1, 2), max_value=dt.date(9999, 12, 30))
past_dates = st.dates(max_value=WRITTEN.date()).map(str) | st.datetimes(
    max_value=dt.datetime(2025, 3, 27), timezones=st.timezones()
).map(dt.datetime.isoformat)
datelines = st.fixed_dictionaries(
    {"text": plain_text, "start": st.integers(0, 50), "end": st.integers(0, 50)},
    optional={"place": st.none() | plain_text, "agency": st.none() | plain_text},
)
valid_articles = st.fixed_dictionaries(
    {
        "id": plain_text.filter(str.strip),
        "published": past_dates,
        "text": plain_text.filter(str.strip),
    },
    optional={
        "title": st.none() | plain_text,
        "url": st.none() | plain_text,
        "source": st.none() | plain_text,
        "language": st.sampled_from(["en", "en-GB", "EN_us"]),
        "dateline": st.none() | datelines,
        "extra": json_values,
    },
)
broken_articles = st.fixed_dictionaries(
    {},
    optional={
        "id": st.text(max_size=300) | json_values,
        "published": dates.map(str)
        | past_dates
        | st.sampled_from(["9999-12-31", "", "today"])
        | json_values,
        "text": odd_text | json_values,
        "title": odd_text | json_values,
        "language": st.sampled_from(["ru", "de", "", "english"]) | json_values,
        "dateline": datelines | json_values,
    },
)
# Half valid, half a valid article with some fields broken: both branches of the parser.
near_articles = valid_articles | valid_articles.flatmap(
    lambda valid: broken_articles.map(lambda broken: {**valid, **broken})
)


def message(value: bytes | None, timestamp: dt.datetime | None = WRITTEN) -> RawMessage:
    return RawMessage("news.articles.raw", 2, 7, b"k\xff", value, timestamp)


def encode(document: Any, ensure_ascii: bool) -> bytes:
    return json.dumps(document, ensure_ascii=ensure_ascii).encode("utf-8", "surrogatepass")


def assert_valid_outcome(result: Article | DeadLetter, raw: RawMessage) -> None:
    """The outcome is one of the two contracts and its JSON reads back as the same record."""
    assert isinstance(result, Article | DeadLetter)
    assert type(result).model_validate_json(result.model_dump_json()) == result
    if isinstance(result, Article):
        assert_article_obeys_the_intake_rules(result, raw)
    else:
        assert_dead_letter_keeps_the_message(result, raw)


def assert_article_obeys_the_intake_rules(article: Article, raw: RawMessage) -> None:
    assert article.id and article.text.strip()
    assert not any(CONTROL_CHARACTER.search(value or "") for value in (article.id, article.text))
    assert ENGLISH.match(article.language)
    assert raw.timestamp is not None
    assert article.published_date - raw.timestamp.date() <= FUTURE_SLACK


def assert_dead_letter_keeps_the_message(letter: DeadLetter, raw: RawMessage) -> None:
    assert letter.error_type in ERROR_TYPES
    assert letter.reason
    assert (letter.topic, letter.partition, letter.offset) == (raw.topic, raw.partition, raw.offset)
    assert letter.key is not None and base64.b64decode(letter.key) == raw.key
    if raw.value is not None and len(raw.value) <= KEPT_VALUE_MAX_BYTES:
        assert letter.value is not None and base64.b64decode(letter.value) == raw.value


@settings(max_examples=500, deadline=None)
@given(value=st.none() | st.binary(max_size=5_000))
def test_parse_article_any_bytes_gives_a_valid_outcome(value: bytes | None):
    raw = message(value)
    assert_valid_outcome(parse_article(raw, SETTINGS), raw)


@settings(max_examples=150, deadline=None)
@given(document=json_values, ensure_ascii=st.booleans())
def test_parse_article_any_json_gives_a_valid_outcome(document: Any, ensure_ascii: bool):
    raw = message(encode(document, ensure_ascii))
    assert_valid_outcome(parse_article(raw, SETTINGS), raw)


@settings(max_examples=300, deadline=None)
@given(document=near_articles, ensure_ascii=st.booleans())
def test_parse_article_near_valid_json_gives_a_valid_outcome(
    document: dict[str, Any], ensure_ascii: bool
):
    raw = message(encode(document, ensure_ascii))
    assert_valid_outcome(parse_article(raw, SETTINGS), raw)


@settings(max_examples=150, deadline=None)
@given(document=near_articles, cut=st.integers(min_value=0))
def test_parse_article_truncated_json_gives_a_valid_outcome(document: dict[str, Any], cut: int):
    value = encode(document, ensure_ascii=False)
    raw = message(value[: cut % max(len(value), 1)])
    assert_valid_outcome(parse_article(raw, SETTINGS), raw)


@settings(max_examples=50, deadline=None)
@given(depth=st.integers(min_value=1, max_value=200_000), opener=st.sampled_from(["[", '{"a":']))
def test_parse_article_deeply_nested_json_gives_a_valid_outcome(depth: int, opener: str):
    closer = "]" if opener == "[" else "}"
    value = (opener * depth + "1" + closer * depth).encode()
    raw = message(value)
    assert_valid_outcome(parse_article(raw, Settings(max_article_bytes=2_000_000)), raw)


@settings(max_examples=100, deadline=None)
@given(document=near_articles)
def test_parse_article_of_its_own_output_gives_the_same_article(document: dict[str, Any]):
    first = parse_article(message(encode(document, ensure_ascii=False)), SETTINGS)
    if isinstance(first, Article):
        again = parse_article(message(first.model_dump_json().encode()), SETTINGS)
        assert again == first


@settings(max_examples=200, deadline=None)
@given(published=dates, written=st.datetimes(timezones=st.just(dt.UTC)) | st.none())
def test_parse_article_published_date_is_dead_lettered_only_when_in_the_future(
    published: dt.date, written: dt.datetime | None
):
    value = json.dumps({"id": "a", "published": str(published), "text": "Kim met Shoigu."})
    result = parse_article(message(value.encode(), written), SETTINGS)
    reference = (written or dt.datetime.now(dt.UTC)).date()
    in_future = published - reference > FUTURE_SLACK
    assert isinstance(result, DeadLetter) == in_future
    assert not in_future or result.error_type == "FutureDate"
