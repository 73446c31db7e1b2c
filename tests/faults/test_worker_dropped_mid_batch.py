"""A worker frozen past its session timeout in the middle of a batch, then continued.

The group drops it, and the other worker takes every partition over, starting transactional
producers that fence the frozen worker's; when it is continued, its rebalance waits for the
batch it was on, whose next send or commit fails on the fenced producer. faust 0.15.3's
agent crashed with that batch unacknowledged, and the rebalance waited for it forever: the
worker never processed again (issue #14). It must give the batch up and go on, and the output
and tables must be those of a clean run.
"""

from __future__ import annotations

import pytest

from stream.config import Settings
from stream.contracts import Article, EnrichedArticle
from tests.faults.lifecycle import (
    EVERY_PARTITION,
    Workers,
    crashed,
    frozen,
    log_tails,
    raw_partitions,
)
from tests.faults.outcome import enriched_ids, wait_for_a_clean_finish
from tests.integration.workers import (
    publish_articles,
    wait_for,
)

pytestmark = [pytest.mark.faults, pytest.mark.integration]

ARTICLES = 300
TIMEOUT_S = 300.0
FENCED = "A producer was fenced"  # stream.workarounds.transactions, when it gives a batch up


def test_a_worker_dropped_in_the_middle_of_a_batch_gives_it_up_and_goes_on(
    settings: Settings,
    workers: Workers,
    fault_articles: list[Article],
    clean_enrichment: dict[str, EnrichedArticle],
):
    articles = fault_articles[:ARTICLES]
    clean = {article.id: clean_enrichment[article.id] for article in articles}
    dropped = workers.start(settings, "first")
    wait_for(
        lambda: raw_partitions(settings, dropped) == EVERY_PARTITION,
        TIMEOUT_S,
        lambda: f"the first worker never held every partition:\n{dropped.log_tail()}",
    )
    publish_articles(settings, articles)
    wait_for(  # the first batches committed: it is in the middle of the stream
        lambda: len(enriched_ids(settings)) > 0,
        TIMEOUT_S,
        lambda: f"nothing enriched:\n{dropped.log_tail()}",
    )
    with frozen(dropped):
        other = workers.start(settings, "second")
        wait_for(
            lambda: raw_partitions(settings, other) == EVERY_PARTITION,
            TIMEOUT_S,
            lambda: f"the other worker never took every partition over:\n{other.log_tail()}",
        )
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
    # The continued worker is back in the group: it has some of the partitions.
    wait_for(
        lambda: raw_partitions(settings, dropped) not in (None, EVERY_PARTITION),
        TIMEOUT_S,
        lambda: f"the continued worker never rejoined:\n{log_tails(dropped, other)}",
    )
