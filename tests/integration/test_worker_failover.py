"""Two workers, one killed with SIGKILL mid-batch: exactly once, and the tables unchanged.

Slow (about a minute): 500 one-sentence articles, so that the NLP is quick.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from stream.codec import codec_for
from stream.config import Settings
from stream.contracts import ActorActivity, ActorRowChange, EnrichedArticle, EventReport
from stream.state.activity import upsert
from stream.worker.flow import resolve_reports
from tests.integration.hooked_worker import held_until, reached
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
from tests.table_diff import describe, row_differences

# A fault test (`make test-faults`, under its contention) kept here beside the worker tests.
pytestmark = [pytest.mark.faults, pytest.mark.integration]

ARTICLES = 500
HELD = 100  # the article the worker holding it is killed on, in publication order
TIMEOUT_S = 300.0


@pytest.fixture
def settings(kafka_bootstrap: str) -> Settings:
    settings = isolated_settings(kafka_bootstrap, partitions=6)
    create_all_topics(settings)
    return settings


@pytest.fixture
def workers(settings: Settings, tmp_path: Path) -> Iterator[tuple[Worker, Worker]]:
    pair = tuple(
        start_worker(settings, tmp_path, name, main_module="tests.integration.hooked_worker")
        for name in ("first", "second")
    )
    try:
        for worker in pair:
            worker.wait_healthy()
        yield pair
    finally:
        for worker in pair:
            worker.stop()


def test_kill_9_one_of_two_workers_loses_and_duplicates_nothing(
    settings: Settings, workers: tuple[Worker, Worker], tmp_path: Path
):
    # One article is held in the NLP: the worker holding it is killed mid-batch, however
    # fast the machine, and the survivor takes the article over once the gate opens.
    gate = tmp_path / "gate"
    articles = short_articles(ARTICLES, "failover")
    articles[HELD] = held_until(articles[HELD], gate)
    publish_articles(settings, articles)
    wait_for(
        reached(gate).exists,
        TIMEOUT_S,
        lambda: "no worker reached the held article:\n" + workers[0].log_tail(),
    )
    holder = int(reached(gate).read_text())
    doomed, survivor = workers if workers[0].process.pid == holder else workers[::-1]
    doomed.kill()
    gate.touch()

    expected_ids = {article.id for article in articles}
    wait_for(
        lambda: _enriched_ids(settings) >= expected_ids,
        TIMEOUT_S,
        lambda: (
            f"{len(expected_ids - _enriched_ids(settings))} articles never enriched:\n"
            + survivor.log_tail()
        ),
    )
    records = committed(settings, settings.topic_enriched)
    enriched = [codec_for(EnrichedArticle).loads(r.value) for r in records]
    duplicated = [i for i, n in Counter(e.article_id for e in enriched).items() if n > 1]
    assert not duplicated, f"{len(duplicated)} articles enriched twice, e.g. {duplicated[:3]}"
    # One hop later: the resolver publishes the events.
    events = sum(len(e.events) for e in enriched)
    event_records = wait_for_records(settings, settings.topic_events, events, TIMEOUT_S)
    assert len(event_records) == events, "events published twice"

    survivor.wait_healthy()
    expected = _clean_run_tables(settings)
    answered: Tables = {}

    def same() -> bool:
        answered.update(_tables(survivor, expected))
        return answered == expected

    def differences() -> str:
        found = [
            difference
            for table, rows in expected.items()
            for difference in row_differences(f"{table[0]} {table[1]}", rows, answered[table])
        ]
        return f"the survivor's tables differ from a clean run's: {describe(found)}"

    wait_for(same, TIMEOUT_S, differences)


def _enriched_ids(settings: Settings) -> set[str]:
    return {
        codec_for(EnrichedArticle).loads(r.value).article_id
        for r in committed(settings, settings.topic_enriched)
    }


Summary = dict[str, Any]
Tables = dict[tuple[str, str], list[Summary]]
SUMMARY_FIELDS = ("event_id", "status", "mention_count", "source_count")


def _clean_run_tables(settings: Settings) -> Tables:
    """What one worker that never crashed holds: the same pure functions over the same event
    reports, in the order the resolver read them."""
    records = sorted(
        committed(settings, settings.topic_reports), key=lambda r: (r.partition, r.offset)
    )
    reports = [codec_for(EventReport).loads(record.value) for record in records]
    rows: dict[tuple[str, str], list[ActorActivity]] = {}
    for outgoing in resolve_reports(reports, lambda key: [], settings).outgoing:
        if isinstance(change := outgoing.value, ActorRowChange):
            activity = change.row
            key = (activity.actor_id, f"{activity.type.value}s")
            rows[key] = upsert(rows.get(key, []), activity, limit=50)
    return {
        key: [_summary(row.model_dump(mode="json")) for row in kept] for key, kept in rows.items()
    }


def _tables(worker: Worker, expected: Tables) -> Tables:
    """The worker's rows of each table in `expected`; a table it cannot show has none."""
    tables: Tables = {}
    for actor, kind in expected:
        try:
            rows = worker.get(f"/actors/{actor}/{kind}?limit=50")
        except OSError:  # not answering yet, or a 404 while the tables recover
            rows = []
        tables[actor, kind] = [_summary(row) for row in rows]
    return tables


def _summary(row: dict[str, Any]) -> Summary:
    return {field: row[field] for field in SUMMARY_FIELDS}
