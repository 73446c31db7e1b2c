"""kill -9 of the only worker mid-batch, then a restart: exactly once, tables as a clean run's.

Restarted on its own data dir, the worker resumes its RocksDB tables; on an empty one it must
rebuild them from the changelog topics alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from stream.config import Settings
from stream.contracts import Article, EnrichedArticle
from tests.faults.lifecycle import Workers, wait_until_group_empty
from tests.faults.outcome import Published, enriched_ids, wait_for_a_clean_finish
from tests.integration.hooked_worker import held_until, reached
from tests.integration.workers import (
    publish_articles,
    wait_for,
)

pytestmark = [pytest.mark.faults, pytest.mark.integration]

HELD = 300  # the article the worker is killed on, in publication order
HOOKED_WORKER = "tests.integration.hooked_worker"
TIMEOUT_S = 300.0


@pytest.mark.parametrize(
    "restart_name", ["worker", "fresh"], ids=["same-data-dir", "empty-data-dir"]
)
def test_kill_9_the_only_worker_then_restart_it(
    settings: Settings,
    workers: Workers,
    fault_articles: list[Article],
    clean_enrichment: dict[str, EnrichedArticle],
    restart_name: str,
    tmp_path: Path,
):
    # One article is held in the NLP until the gate opens, which it never does: the worker
    # is killed mid-batch, its transactions open, however fast the machine.
    gate = tmp_path / "gate"
    held = held_until(fault_articles[HELD], gate)
    articles = [*fault_articles[:HELD], held, *fault_articles[HELD + 1 :]]
    # The NLP copies the url it holds on by into the enriched article, and reads no more of it.
    held_enriched = clean_enrichment[held.id].model_copy(update={"url": held.url})
    clean = {**clean_enrichment, held.id: held_enriched}
    doomed = workers.start(settings, "worker", main_module=HOOKED_WORKER)
    publish_articles(settings, articles)
    wait_for(reached(gate).exists, TIMEOUT_S, lambda: f"nothing held:\n{doomed.log_tail()}")
    workers.kill_9(doomed)
    done_before_crash = len(Published.read(settings).enriched)
    assert held.id not in enriched_ids(settings), "the held article's batch was committed"

    # A restart alone in its group: test_rebalance_during_recovery.py restarts at once.
    wait_until_group_empty(settings, 2 * settings.broker_session_timeout_s)
    restarted = workers.start(settings, restart_name)
    wait_for_a_clean_finish(settings, restarted, clean, TIMEOUT_S)
    print(f"killed after {done_before_crash} of {len(articles)} articles")
