"""Cross-article resolution through Kafka: three reports of two visits, from a plain producer,
make two rows in the actor's table and show under the place and its country."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

from stream.codec import codec_for
from stream.config import Settings
from stream.contracts import Event
from tests.integration.workers import Worker, publish_raw, wait_for, wait_for_records, worker_env

pytestmark = pytest.mark.integration

TIMEOUT_S = 90.0
# One visit told twice at different precisions (a week, a day; the later article first), and
# a second visit to the same country in the same year: the NLP's own id is one for all three.
ARTICLES = [
    {
        "id": "march-week",
        "published": "2025-03-26",
        "text": "Moscow, March 26 (TASS) Russian Defence Minister Sergei Shoigu visited "
        "Pyongyang last week, the ministry said.",
    },
    {
        "id": "march-monday",
        "published": "2025-03-19",
        "text": "Seoul, March 19 (Yonhap) Sergei Shoigu arrived in Pyongyang on Monday for "
        "talks, officials said.",
    },
    {
        "id": "october",
        "published": "2025-10-30",
        "text": "Seoul, October 30 (Yonhap) Sergei Shoigu visited North Korea earlier this "
        "month, officials said.",
    },
]


@pytest.fixture(scope="module")
def resolved(settings: Settings, worker: Worker) -> dict[str, Event]:
    """The articles published as plain JSON; their events as news.events carries them."""
    publish_raw(settings, [(a["id"].encode(), json.dumps(a).encode()) for a in ARTICLES])
    records = wait_for_records(settings, settings.topic_events, len(ARTICLES), TIMEOUT_S)
    events = [codec_for(Event).loads(record.value) for record in records]
    assert len(events) == len(ARTICLES), [e.article_id for e in events]
    return {event.article_id: event for event in events}


def test_one_visit_reported_twice_has_one_id_and_the_other_visit_its_own(
    resolved: dict[str, Event],
):
    assert resolved["march-week"].event_id == resolved["march-monday"].event_id
    assert resolved["october"].event_id != resolved["march-week"].event_id
    assert len({event.mention_id for event in resolved.values()}) == 3
    assert resolved["march-week"].date and resolved["march-week"].date.precision == "week", (
        "news.events carries each article's own reading"
    )


def test_the_actor_has_two_visit_rows_with_two_and_one_sources(
    worker: Worker, resolved: dict[str, Event]
):
    rows = _rows_once_complete(worker, "/actors/sergei-shoigu/visits")
    assert [_summary(row) for row in rows] == [
        (resolved["october"].event_id, "2025-10", "North Korea", 1),
        (resolved["march-week"].event_id, "2025-03-17", "Pyongyang", 2),
    ]
    march = rows[1]
    assert march["date"]["precision"] == "day", "the day's report refines the week's"
    assert [s["article_id"] for s in march["sources"]] == ["march-monday", "march-week"]
    assert [c["status"] for c in march["status_history"]] == ["occurred"]


def test_the_country_shows_both_visits_and_the_city_its_own(
    settings: Settings, worker: Worker, resolved: dict[str, Event]
):
    country = _rows_once_complete(worker, "/places/north-korea/visits")
    assert [row["event_id"] for row in country] == [
        resolved["october"].event_id,
        resolved["march-week"].event_id,
    ]
    city = _rows_once_complete(worker, "/places/pyongyang/visits", sources=2)
    assert [row["event_id"] for row in city] == [resolved["march-week"].event_id]
    assert worker.get("/places/north-korea")["counts_by_type"]["visit"] == 2
    assert worker.get("/places?q=pyongyang")[0]["id"] == "pyongyang"

    printed = subprocess.run(
        [sys.executable, "-m", "stream", "place", "North Korea", "--visits", "--url", worker.url],
        env=worker_env(settings),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert printed.returncode == 0, printed.stderr
    visits = printed.stdout.split("Visits (2)")[1].splitlines()
    assert "2025-10" in visits[2] and "Sergei Shoigu" in visits[2]
    assert "2025-03-17" in visits[3] and "Pyongyang" in visits[3]


def _rows_once_complete(worker: Worker, path: str, sources: int = 3) -> list[dict[str, Any]]:
    """The rows at `path` once they count `sources` reporting articles in all."""
    seen: list[list[dict[str, Any]]] = [[]]

    def complete() -> bool:
        try:
            seen[0] = worker.get(path)
        except OSError:  # 404 until the first row arrives
            return False
        return sum(row["source_count"] for row in seen[0]) == sources

    wait_for(
        complete,
        TIMEOUT_S,
        lambda: f"{path}: {[_summary(r) for r in seen[0]]}\n" + worker.log_tail(),
    )
    return seen[0]


def _summary(row: dict[str, Any]) -> tuple[str, str | None, str | None, int]:
    date, place = row["date"], row["location"]
    return (
        row["event_id"],
        date and date["value"],
        place and place["name"],
        row["source_count"],
    )
