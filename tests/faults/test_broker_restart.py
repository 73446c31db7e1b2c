"""The only broker stops mid-stream and comes back: the same worker process reconnects by
itself and finishes, every article enriched exactly once, the tables a clean run's."""

from __future__ import annotations

import time

import pytest

from stream.config import Settings
from stream.contracts import Article, EnrichedArticle
from stream.kafka.localbroker import BrokerCluster
from tests.faults.lifecycle import Workers
from tests.faults.outcome import wait_for_a_clean_finish, wait_until_enriched
from tests.integration.workers import create_all_topics, isolated_settings, publish_articles

pytestmark = [pytest.mark.faults, pytest.mark.integration]

PUBLISHED_BEFORE = 600
STOP_AFTER = 300
# Longer than the worker's session timeout (6 s), so its group membership has expired when
# the broker is back; short enough that the worker is expected to wait, not to give up.
OUTAGE_S = 15.0
TIMEOUT_S = 300.0
RESTART_TIMEOUT_S = 120.0


@pytest.fixture
def settings(kafka_single: BrokerCluster) -> Settings:
    settings = isolated_settings(kafka_single.bootstrap, partitions=6)
    create_all_topics(settings)
    return settings


def test_the_worker_rides_out_a_broker_restart(
    kafka_single: BrokerCluster,
    settings: Settings,
    workers: Workers,
    fault_articles: list[Article],
    clean_enrichment: dict[str, EnrichedArticle],
):
    worker = workers.start(settings, "worker")
    # The rest is published after the outage: it is mid-stream however fast the machine.
    before, after = fault_articles[:PUBLISHED_BEFORE], fault_articles[PUBLISHED_BEFORE:]
    publish_articles(settings, before)
    done_before_outage = wait_until_enriched(settings, STOP_AFTER, TIMEOUT_S, worker.log_tail)
    (node,) = kafka_single.node_ids
    kafka_single.stop_node(node)
    time.sleep(OUTAGE_S)  # the fault itself: the broker stays away this long
    assert worker.process.poll() is None, f"the worker gave up on the broker:\n{worker.log_tail()}"
    kafka_single.start_node(node, timeout=RESTART_TIMEOUT_S)
    publish_articles(settings, after)

    wait_for_a_clean_finish(settings, worker, clean_enrichment, TIMEOUT_S)
    assert worker.process.poll() is None, "the worker that finished is not the one started"
    print(f"broker stopped after {done_before_outage} of {len(fault_articles)} articles")
