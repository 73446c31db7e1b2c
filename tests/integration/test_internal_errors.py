"""A bug in newsstream's own code, planted in a real worker's NLP at an article the test
chooses: dead-lettered as `InternalError` and counted, or, in stop mode, the worker stops and
leaves the article uncommitted for a fixed worker to process."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from stream.codec import codec_for
from stream.config import Settings
from stream.contracts import DeadLetter, EnrichedArticle
from tests.integration.hooked_worker import (
    BUG_MESSAGE,
    TABLE_BUG_MARKER,
    TABLE_BUG_MESSAGE,
    with_a_bug,
)
from tests.integration.workers import (
    Worker,
    committed,
    create_all_topics,
    isolated_settings,
    publish_articles,
    short_articles,
    start_worker,
    wait_for,
    wait_for_records,
)

pytestmark = pytest.mark.integration

TIMEOUT_S = 120.0
BUGGY = "tests.integration.hooked_worker"
METRIC = f'newsstream_internal_errors_total{{error_type="{ZeroDivisionError.__name__}"}}'


@pytest.fixture
def started(tmp_path: Path) -> Iterator[list[Worker]]:
    """Workers this test starts, stopped at its end."""
    workers: list[Worker] = []
    try:
        yield workers
    finally:
        for worker in workers:
            worker.stop()


def start(settings: Settings, directory: Path, started: list[Worker], main_module: str) -> Worker:
    worker = start_worker(settings, directory, f"worker{len(started)}", main_module)
    started.append(worker)
    worker.wait_healthy()
    return worker


def enriched_ids(settings: Settings) -> set[str]:
    return {
        codec_for(EnrichedArticle).loads(r.value).article_id
        for r in committed(settings, settings.topic_enriched)
    }


def test_a_bug_is_dead_lettered_counted_and_logged_and_the_rest_goes_on(
    kafka_bootstrap: str, tmp_path: Path, started: list[Worker]
):
    settings = isolated_settings(kafka_bootstrap)
    create_all_topics(settings)
    worker = start(settings, tmp_path, started, BUGGY)
    first, buggy, last = short_articles(3, "bug")
    publish_articles(settings, [first, with_a_bug(buggy), last])

    (record,) = wait_for_records(settings, settings.topic_dlq, 1, TIMEOUT_S)
    letter = codec_for(DeadLetter).loads(record.value)
    assert (record.key, letter.error_type) == (buggy.id.encode(), "InternalError")
    assert letter.reason.splitlines()[-1] == f"ZeroDivisionError: {BUG_MESSAGE}"
    wait_for(
        lambda: enriched_ids(settings) == {first.id, last.id},
        TIMEOUT_S,
        lambda: f"enriched {sorted(enriched_ids(settings))}, not {first.id} and {last.id}",
    )
    metrics = worker.text("/metrics")
    assert f"{METRIC} 1" in metrics.splitlines(), metrics
    log = worker.log.read_text()
    assert "internal error on record" in log and "Traceback (most recent call last)" in log
    assert worker.health() == 200


def test_a_bug_in_stop_mode_stops_the_worker_and_a_fixed_worker_processes_the_article(
    kafka_bootstrap: str, tmp_path: Path, started: list[Worker]
):
    settings = isolated_settings(kafka_bootstrap).model_copy(update={"on_internal_error": "stop"})
    create_all_topics(settings)
    buggy_worker = start(settings, tmp_path, started, BUGGY)
    (article,) = short_articles(1, "stop")
    publish_articles(settings, [with_a_bug(article)])

    wait_for(
        lambda: buggy_worker.process.poll() is not None,
        TIMEOUT_S,
        lambda: f"the worker did not stop on the bug:\n{buggy_worker.log_tail()}",
    )
    assert buggy_worker.process.returncode != 0
    assert f"ZeroDivisionError: {BUG_MESSAGE}" in buggy_worker.log.read_text()
    assert not committed(settings, settings.topic_dlq), "stop mode dead-lettered the article"
    assert not enriched_ids(settings)

    start(settings, tmp_path, started, "stream")  # the bug fixed: the plain worker
    wait_for(
        lambda: enriched_ids(settings) == {with_a_bug(article).id},
        TIMEOUT_S,
        lambda: f"after the restart, enriched {sorted(enriched_ids(settings))}",
    )


def test_a_bug_in_the_tables_dead_letters_the_reports_and_the_rest_is_recorded(
    kafka_bootstrap: str, tmp_path: Path, started: list[Worker]
):
    settings = isolated_settings(kafka_bootstrap)
    create_all_topics(settings)
    worker = start(settings, tmp_path, started, BUGGY)
    articles = short_articles(6, "tables")
    fine = articles[0]  # Shoigu visits Pyongyang
    buggy = articles[5].model_copy(update={"id": TABLE_BUG_MARKER})  # Shoigu meets Rudenko
    publish_articles(settings, [fine, buggy])

    letters = [
        codec_for(DeadLetter).loads(record.value)
        for record in wait_for_records(settings, settings.topic_dlq, 2, TIMEOUT_S)
    ]  # one report for each of the meeting's two participants
    assert {(letter.topic, letter.error_type) for letter in letters} == {
        (settings.topic_activity, "InternalError")
    }
    assert all(letter.reason.endswith(f"IndexError: {TABLE_BUG_MESSAGE}") for letter in letters)
    visits = wait_for(
        lambda: _rows(worker, "/actors/sergei-shoigu/visits"),
        TIMEOUT_S,
        lambda: f"the fine article's visit never reached the table:\n{worker.log_tail()}",
    )
    assert [row["sources"][0]["article_id"] for row in visits] == [fine.id]
    assert f"{METRIC.replace('ZeroDivisionError', 'IndexError')} 2" in worker.text("/metrics")


def _rows(worker: Worker, path: str) -> list[dict[str, object]]:
    try:
        return worker.get(path)
    except OSError:  # a 404 until the actor has a row
        return []
