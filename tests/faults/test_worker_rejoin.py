"""A worker frozen past its session timeout, then continued: it must rejoin and go on.

Users meet this on a busy machine, where a worker misses its heartbeats (issue #14): the group
drops it, and the other worker takes every partition over, starting transactional producers
for them, which fence the frozen worker's. faust 0.15.3 kept the fenced producers of the
partitions the continued worker got back: its first send failed ("Can't send messages while
not in transaction"), its agent crashed with the batch unacknowledged, nothing more was
committed, and the group's next rebalance waited for that batch forever. Here both workers
must keep going, and the output and tables must be those of a clean run.
"""

from __future__ import annotations

import pytest

from stream.config import Settings
from stream.contracts import Article, EnrichedArticle
from tests.faults.lifecycle import (
    ASSIGNED,
    EVERY_PARTITION,
    Workers,
    crashed,
    frozen,
    log_tails,
    raw_partitions,
)
from tests.faults.outcome import enriched_ids, wait_for_a_clean_finish
from tests.integration.workers import (
    Worker,
    publish_articles,
    wait_for,
)

pytestmark = [pytest.mark.faults, pytest.mark.integration]

ARTICLES = 300
TIMEOUT_S = 300.0


def test_a_worker_dropped_from_the_group_rejoins_and_goes_on(
    settings: Settings,
    workers: Workers,
    fault_articles: list[Article],
    clean_enrichment: dict[str, EnrichedArticle],
):
    articles = fault_articles[:ARTICLES]
    clean = {article.id: clean_enrichment[article.id] for article in articles}
    # Alone first, the dropped worker holds every partition: whichever it gets back later, it
    # had before, and faust keeps its producers for them.
    dropped = workers.start(settings, "first")
    wait_for(
        lambda: raw_partitions(settings, dropped) == EVERY_PARTITION,
        TIMEOUT_S,
        lambda: f"the first worker never held every partition:\n{dropped.log_tail()}",
    )
    assignments = _assignments(dropped)
    with frozen(dropped):
        other = workers.start(settings, "second")
        wait_for(
            lambda: raw_partitions(settings, other) == EVERY_PARTITION,
            TIMEOUT_S,
            lambda: f"the other worker never took every partition over:\n{other.log_tail()}",
        )
    wait_for(
        lambda: _assignments(dropped) > assignments and _shared(settings, dropped, other),
        TIMEOUT_S,
        lambda: f"the continued worker never got partitions back:\n{log_tails(dropped, other)}",
    )

    publish_articles(settings, articles)
    wait_for(
        lambda: len(enriched_ids(settings)) == len(articles) or crashed(dropped, other),
        TIMEOUT_S,
        lambda: (
            f"{len(enriched_ids(settings))} of {len(articles)} articles enriched:\n"
            + log_tails(dropped, other)
        ),
    )
    assert not crashed(dropped, other), f"an agent crashed:\n{log_tails(dropped, other)}"
    wait_for_a_clean_finish(settings, other, clean, TIMEOUT_S)
    for worker in (dropped, other):
        assert worker.process.poll() is None, f"a worker stopped:\n{worker.log_tail()}"


def _shared(settings: Settings, *pair: Worker) -> bool:
    """Each worker settled on a part of the raw partitions (three of six each)."""
    held = [raw_partitions(settings, worker) for worker in pair]
    return all(partitions not in (None, EVERY_PARTITION) for partitions in held)


def _assignments(worker: Worker) -> int:
    return worker.log.read_text(errors="replace").count(ASSIGNED)
