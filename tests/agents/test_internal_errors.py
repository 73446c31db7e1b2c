"""Errors by kind: bad input is dead-lettered quietly; a bug of ours is logged with its
traceback, counted, and dead-lettered or raised as NEWSSTREAM_ON_INTERNAL_ERROR says."""

import datetime as dt
import logging
import pickle
from collections.abc import Sequence

import pytest

from stream.config import Settings
from stream.contracts import ActorRowChange, Article, DeadLetter
from stream.errors import EnrichmentError, InternalError
from stream.worker import flow
from stream.worker.enrichment import enrich_each
from stream.worker.flow import (
    TRACEBACK_LINES_KEPT,
    enrich_messages,
    record_activities,
    reports_of,
    resolve_reports,
)
from stream.worker.handlers import error_handler
from stream.worker.intake import RawMessage
from stream.worker.metrics import METRICS, Metrics
from tests.agents.fakes import FakeEnricher, FakePool, article_json, raw

SETTINGS = Settings()
SKIP_BUGS = error_handler("dead-letter")


@pytest.fixture(autouse=True)
def fresh_metrics(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(METRICS, "internal_errors", Metrics().internal_errors)
    monkeypatch.setattr(METRICS, "dead_letters", Metrics().dead_letters)


def article(text: str) -> Article:
    return Article(id="a1", published="2025-03-27", text=text)


def test_enrich_each_returns_a_rejection_as_is_and_a_bug_as_an_internal_error():
    rejected, buggy, fine = enrich_each(
        FakeEnricher(), [article("REJECT"), article("FAIL"), article("Shoigu met Kim.")]
    )
    assert isinstance(rejected, EnrichmentError)
    assert isinstance(buggy, InternalError)
    assert (buggy.error_type, buggy.message) == ("ValueError", "the parser choked")
    assert "in enrich" in buggy.traceback_text  # the frame that raised, not where it was caught
    assert not isinstance(fine, Exception)


def test_internal_error_survives_the_trip_back_from_a_pool_process():
    (error,) = enrich_each(FakeEnricher(), [article("FAIL")])
    assert isinstance(error, InternalError)
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.error_type, copy.message, copy.traceback_text) == (
        error.error_type, error.message, error.traceback_text,
    )  # fmt: skip


async def test_a_bug_in_the_nlp_is_dead_lettered_with_its_traceback_counted_and_logged(
    caplog: pytest.LogCaptureFixture,
):
    with caplog.at_level(logging.ERROR, logger="stream.worker.handlers"):
        outgoing = await enrich_messages(
            [raw(7, article_json("a1", "FAIL"))], FakePool(), SETTINGS, error_handler("dead-letter")
        )
    (letter,) = [o.value for o in outgoing]
    assert isinstance(letter, DeadLetter)
    assert (letter.error_type, letter.offset) == ("InternalError", 7)
    assert letter.reason.splitlines()[-1] == "ValueError: the parser choked"
    assert 1 < len(letter.reason.splitlines()) <= TRACEBACK_LINES_KEPT
    assert METRICS.internal_errors == {"ValueError": 1}
    (logged,) = caplog.records
    assert "news.articles.raw[0]@7" in logged.getMessage()
    assert "Traceback (most recent call last)" in logged.getMessage()


async def test_a_bug_in_stop_mode_raises_after_it_is_counted_and_logged(
    caplog: pytest.LogCaptureFixture,
):
    with (
        caplog.at_level(logging.ERROR, logger="stream.worker.handlers"),
        pytest.raises(InternalError),
    ):
        await enrich_messages(
            [raw(0, article_json("a1", "FAIL"))], FakePool(), SETTINGS, error_handler("stop")
        )
    assert METRICS.internal_errors == {"ValueError": 1}
    assert "ValueError: the parser choked" in caplog.text


async def test_bad_input_is_dead_lettered_in_stop_mode_too_and_counts_as_no_bug():
    outgoing = await enrich_messages(
        [raw(0, b"{oops"), raw(1, article_json("a2", "REJECT"))],
        FakePool(),
        SETTINGS,
        error_handler("stop"),
    )
    assert [o.value.error_type for o in outgoing] == ["NotJson", "EnrichmentError"]
    assert not METRICS.internal_errors


async def test_a_bug_after_the_nlp_is_an_internal_error_too(monkeypatch: pytest.MonkeyPatch):
    def broken(*args: object) -> None:
        raise KeyError("participants")

    monkeypatch.setattr(flow, "reports_of", broken)
    outgoing = await enrich_messages(
        [raw(0, article_json("a1"))], FakePool(), SETTINGS, error_handler("dead-letter")
    )
    assert [o.value.error_type for o in outgoing] == ["InternalError"]
    assert METRICS.internal_errors == {"KeyError": 1}


async def test_a_bug_while_parsing_the_input_is_an_internal_error(
    monkeypatch: pytest.MonkeyPatch,
):
    def broken(*args: object) -> None:
        raise AttributeError("no such field")

    monkeypatch.setattr(flow, "parse_article", broken)
    outgoing = await enrich_messages(
        [raw(0, article_json("a1"))], FakePool(), SETTINGS, error_handler("dead-letter")
    )
    assert [o.value.error_type for o in outgoing] == ["InternalError"]


def test_metrics_show_internal_errors_by_type():
    metrics = Metrics()
    metrics.internal_errors["ValueError"] += 2
    assert 'newsstream_internal_errors_total{error_type="ValueError"} 2' in metrics.render({})


def test_metrics_show_partition_commits_by_input_topic():
    metrics = Metrics()
    metrics.partition_commits["news.articles.raw"] += 3
    assert 'newsstream_partition_commits_total{topic="news.articles.raw"} 3' in metrics.render({})


def test_on_internal_error_accepts_only_its_two_modes():
    assert Settings(on_internal_error="stop").on_internal_error == "stop"
    assert Settings().on_internal_error == "dead-letter"
    with pytest.raises(ValueError, match="dead-letter"):
        Settings(on_internal_error="ignore")


# The table agent: a bug while merging reports into the tables.


def activity_reports(*actor_ids: str) -> list[tuple[RawMessage, ActorRowChange]]:
    enriched = FakeEnricher().enrich(article("Shoigu met Kim."))
    reports = reports_of(enriched, dt.datetime.now(dt.UTC))
    resolved = resolve_reports(reports, lambda _: [], SETTINGS)
    template = next(o.value for o in resolved.outgoing if isinstance(o.value, ActorRowChange))
    changes = [
        template.model_copy(update={"row": template.row.model_copy(update={"actor_id": actor})})
        for actor in actor_ids
    ]
    return [
        (RawMessage(SETTINGS.topic_activity, 0, offset, c.row.actor_id.encode(), b"", None), c)
        for offset, c in enumerate(changes)
    ]


class TablesWithABug:
    """Records what is merged; merging a change of `broken_actor`'s row raises."""

    def __init__(self, broken_actor: str) -> None:
        self.broken_actor = broken_actor
        self.recorded: list[list[str]] = []

    def record(self, changes: Sequence[ActorRowChange]) -> None:
        self.recorded.append([change.row.actor_id for change in changes])
        if any(change.row.actor_id == self.broken_actor for change in changes):
            raise IndexError("row list index out of range")


def test_reports_merge_in_one_call_when_nothing_fails():
    tables = TablesWithABug(broken_actor="nobody")
    dead = record_activities(activity_reports("a", "b"), tables.record, SETTINGS, SKIP_BUGS)
    assert (dead, tables.recorded) == ([], [["a", "b"]])


def test_a_bug_while_merging_a_report_dead_letters_it_and_merges_the_others():
    tables = TablesWithABug(broken_actor="b")
    dead = record_activities(activity_reports("a", "b", "c"), tables.record, SETTINGS, SKIP_BUGS)
    assert tables.recorded == [["a", "b", "c"], ["a"], ["b"], ["c"]]
    (letter,) = [o.value for o in dead]
    assert (letter.error_type, letter.topic, letter.offset) == (
        "InternalError", SETTINGS.topic_activity, 1,
    )  # fmt: skip
    assert letter.reason.splitlines()[-1] == "IndexError: row list index out of range"
    assert METRICS.internal_errors == {"IndexError": 1}


def test_a_bug_while_merging_in_stop_mode_raises():
    tables = TablesWithABug(broken_actor="a")
    with pytest.raises(InternalError):
        record_activities(activity_reports("a"), tables.record, SETTINGS, error_handler("stop"))
