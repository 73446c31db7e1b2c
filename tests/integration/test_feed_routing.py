"""The front page's feeds when two workers share the partitions: either worker answers with
both workers' events and actors, as search does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from stream.codec import codec_for
from stream.config import Settings
from stream.contracts import Event
from tests.integration.workers import (
    Worker,
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
ARTICLES = 20


@pytest.fixture
def settings(kafka_bootstrap: str) -> Settings:
    settings = isolated_settings(kafka_bootstrap, partitions=6)
    create_all_topics(settings)
    return settings


@pytest.fixture
def workers(settings: Settings, tmp_path: Path) -> Iterator[tuple[Worker, Worker]]:
    pair = (start_worker(settings, tmp_path, "first"), start_worker(settings, tmp_path, "second"))
    try:
        for worker in pair:
            worker.wait_healthy()
        yield pair
    finally:
        for worker in pair:
            worker.stop()


def test_either_worker_answers_the_feeds_for_both(
    settings: Settings, workers: tuple[Worker, Worker]
):
    from stream.nlp.enrich import Enricher

    first, second = workers
    articles = short_articles(ARTICLES, "feed")
    events = sum(len(enriched.events) for enriched in Enricher().enrich_many(articles))
    publish_articles(settings, articles)
    records = wait_for_records(settings, settings.topic_events, events, TIMEOUT_S)
    expected = {codec_for(Event).loads(record.value).event_id for record in records}  # resolved

    def settled() -> bool:
        """Both hold some of the events, and together every one the articles made."""
        local = [_ids(w, "/events?limit=100&scope=local") for w in workers]
        return all(local) and local[0] | local[1] == expected

    wait_for(settled, TIMEOUT_S, lambda: f"feeds never settled:\n{second.log_tail()}")
    for path in ("/events?limit=100", "/top-actors?limit=100"):
        local = [_ids(w, f"{path}&scope=local") for w in workers]
        assert _ids(first, path) == _ids(second, path) == local[0] | local[1], path
        assert local[0] != local[1], f"{path}: one worker holds every partition"


def _ids(worker: Worker, path: str) -> set[str]:
    try:
        answer: list[dict[str, Any]] = worker.get(path)
    except OSError:
        return set()
    return {item.get("event_id") or item["id"] for item in answer}
