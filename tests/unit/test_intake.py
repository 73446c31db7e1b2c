"""Every kind of bad raw message becomes a dead letter with its reason, never an exception."""

import base64
import datetime as dt
import json

import pytest

from stream.config import Settings
from stream.contracts import Article, DeadLetter
from stream.worker.intake import RawMessage, parse_article

SETTINGS = Settings(max_article_bytes=2_000)
GOOD = {"id": "a1", "published": "2025-03-27", "text": "Seoul, March 27 (IANS) Kim met Shoigu."}


WRITTEN = dt.datetime(2025, 3, 28, 23, 59, tzinfo=dt.UTC)


def message(value: bytes | None, key: bytes | None = b"a1") -> RawMessage:
    return RawMessage("news.articles.raw", partition=3, offset=42, key=key, value=value,
                      timestamp=WRITTEN)  # fmt: skip


def as_json(**changes: object) -> bytes:
    return json.dumps({**GOOD, **changes}).encode()


def test_parse_article_valid_json_gives_article():
    article = parse_article(message(as_json()), SETTINGS)
    assert isinstance(article, Article)
    assert article.id == "a1"


@pytest.mark.parametrize(
    ("value", "error_type", "reason_part"),
    [
        (None, "MissingValue", "no value"),
        (b"", "MissingValue", "no value"),
        (b"x" * 2_001, "TooLarge", "over the 2000 byte limit"),
        (b"\xff\xfe{\x00}", "UndecodableBytes", "not UTF-8"),
        (b"{not json", "NotJson", "not JSON"),
        (b"[1, 2]", "NotAnObject", "got list"),
        (b'"a string"', "NotAnObject", "got str"),
        (as_json(text=""), "EmptyText", "article text is empty"),
        (as_json(text="   \n "), "EmptyText", "article text is empty"),
        (as_json(published="yesterday"), "SchemaViolation", "published"),
        (json.dumps({"id": "a1", "text": "x"}).encode(), "SchemaViolation", "published"),
        (as_json(id=""), "SchemaViolation", "id"),
        (as_json(text=17), "SchemaViolation", "text"),
        (b"[" * 1_500, "NotJson", "nested too deeply"),
        (b'{"a":' * 300 + b"1" + b"}" * 300, "NotJson", "recursion limit"),
        (as_json(text="Kim\u0000 met Shoigu."), "ControlCharacters", "text"),
        (as_json(language="ru"), "UnsupportedLanguage", "'ru'"),
        (as_json(published="2025-03-30"), "FutureDate", "published 2025-03-30"),
    ],
)
def test_parse_article_bad_input_gives_dead_letter_with_reason(value, error_type, reason_part):
    result = parse_article(message(value), SETTINGS)
    assert isinstance(result, DeadLetter)
    assert result.error_type == error_type
    assert reason_part in result.reason
    assert (result.topic, result.partition, result.offset) == ("news.articles.raw", 3, 42)


def test_dead_letter_keeps_the_message_whole():
    value = b"{not json"
    result = parse_article(message(value, key=b"k\xff"), SETTINGS)
    assert base64.b64decode(result.value) == value
    assert base64.b64decode(result.key) == b"k\xff"
    assert result.value_text == "{not json"


def test_dead_letter_of_a_huge_value_keeps_a_preview_not_the_value():
    result = parse_article(message(b"x" * 300_000), Settings(max_article_bytes=1_000))
    assert result.error_type == "TooLarge"
    assert result.value is None
    assert len(result.value_text) == 500


@pytest.mark.parametrize("published", ["2025-03-29", "2025-03-29T23:00:00+14:00", "1999-01-01"])
def test_parse_article_published_up_to_a_day_after_the_record_gives_article(published):
    assert isinstance(parse_article(message(as_json(published=published)), SETTINGS), Article)


@pytest.mark.parametrize("text", ["Kim met\tShoigu.\r\n\nIn <b>Seoul</b>.", "Ким встретил Шойгу."])
def test_parse_article_odd_but_valid_text_gives_article(text):
    assert isinstance(parse_article(message(as_json(text=text)), SETTINGS), Article)
