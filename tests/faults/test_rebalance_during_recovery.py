"""A crashed worker restarted while the other one restores the partitions it took over.

Users meet this when a supervisor restarts a worker at once: the survivor is restoring the
dead worker's tables when the restarted worker joins, so the group rebalances in the middle
of that recovery, and again while the restarted worker restores its own. faust 0.15.3 ended
such a worker with `ConsistencyError` (a store offset above a changelog end of -1) or left
its tables short; here both workers must keep running with the usual session timeout, and
the output and tables must be those of a clean run.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from stream.config import Settings
from stream.contracts import Article, EnrichedArticle
from tests.faults.lifecycle import Workers
from tests.faults.outcome import wait_for_a_clean_finish
from tests.integration.hooked_worker import held_until, reached
from tests.integration.workers import (
    Worker,
    publish_articles,
    wait_for,
)

pytestmark = [pytest.mark.faults, pytest.mark.integration]

HELD = 300  # the article the doomed worker is killed on, in publication order
HOOKED_WORKER = "tests.integration.hooked_worker"
TIMEOUT_S = 300.0
RESTORING = "Restoring state from changelog topics"  # faust's log line as recovery reads


def test_restart_while_the_survivor_restores_the_partitions_it_took_over(
    settings: Settings,
    workers: Workers,
    fault_articles: list[Article],
    clean_enrichment: dict[str, EnrichedArticle],
    tmp_path: Path,
):
    gate = tmp_path / "gate"
    held = held_until(fault_articles[HELD], gate)
    articles = [*fault_articles[:HELD], held, *fault_articles[HELD + 1 :]]
    held_enriched = clean_enrichment[held.id].model_copy(update={"url": held.url})
    clean = {**clean_enrichment, held.id: held_enriched}
    pair = {
        name: workers.start(settings, name, main_module=HOOKED_WORKER)
        for name in ("first", "second")
    }
    publish_articles(settings, articles)
    wait_for(reached(gate).exists, TIMEOUT_S, lambda: "no worker reached the held article")
    holder = int(reached(gate).read_text())
    doomed = next(name for name, worker in pair.items() if worker.process.pid == holder)
    survivor = next(worker for name, worker in pair.items() if name != doomed)
    recoveries_before = _recoveries(survivor)

    workers.kill_9(pair[doomed])
    gate.touch()  # whoever takes the held article over goes on with it
    wait_for(
        lambda: _recoveries(survivor) > recoveries_before,
        TIMEOUT_S,
        lambda: f"the survivor never began restoring the taken-over tables:\n{survivor.log_tail()}",
        every=0.1,
    )
    restarted = workers.start(settings, doomed, main_module=HOOKED_WORKER)

    wait_for_a_clean_finish(settings, restarted, clean, TIMEOUT_S)
    for worker in (survivor, restarted):
        assert worker.process.poll() is None, f"a worker stopped:\n{worker.log_tail()}"


def _recoveries(worker: Worker) -> int:
    return worker.log.read_text(errors="replace").count(RESTORING)
