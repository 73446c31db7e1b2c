"""kill -9 of one broker of three mid-stream: nothing lost, nothing doubled, the cluster heals.

Topics have replication 3 and min.insync.replicas 2, so two nodes keep taking writes. The
node killed is the consumer group's coordinator, which also takes the offsets of every
transaction: the worker must find the new one, and the partitions led by the dead node move.
"""

from __future__ import annotations

import asyncio

import pytest
from aiokafka.admin import AIOKafkaAdminClient

from stream.config import Settings
from stream.contracts import Article, EnrichedArticle
from stream.kafka.localbroker import BrokerCluster
from stream.kafka.topics import topic_specs
from tests.faults.lifecycle import Workers
from tests.faults.outcome import Published, wait_for_a_clean_finish, wait_until_enriched
from tests.integration.workers import (
    create_all_topics,
    isolated_settings,
    publish_articles,
    wait_for,
)

pytestmark = [pytest.mark.faults, pytest.mark.integration]

REPLICATION = 3
PUBLISHED_BEFORE = 600
KILL_AFTER = 300
TIMEOUT_S = 300.0
RESTART_TIMEOUT_S = 120.0


@pytest.fixture
def settings(kafka_cluster3: BrokerCluster, monkeypatch: pytest.MonkeyPatch) -> Settings:
    # The worker reads it from its environment: the topics faust creates itself (its
    # assignor's) need it too, as min.insync.replicas 2 refuses writes to a single replica.
    monkeypatch.setenv("NEWSSTREAM_REPLICATION_FACTOR", str(REPLICATION))
    settings = isolated_settings(kafka_cluster3.bootstrap, partitions=6)
    assert settings.replication_factor == REPLICATION
    create_all_topics(settings)
    return settings


def test_kill_9_a_broker_of_three_mid_stream(
    kafka_cluster3: BrokerCluster,
    settings: Settings,
    workers: Workers,
    fault_articles: list[Article],
    clean_enrichment: dict[str, EnrichedArticle],
):
    worker = workers.start(settings, "worker")
    # The rest is published on the two nodes left: mid-stream however fast the machine.
    before, after = fault_articles[:PUBLISHED_BEFORE], fault_articles[PUBLISHED_BEFORE:]
    publish_articles(settings, before)
    wait_until_enriched(settings, KILL_AFTER, TIMEOUT_S, worker.log_tail)
    victim = asyncio.run(_group_coordinator(settings))
    kafka_cluster3.kill_node(victim)
    done_before_crash = len(Published.read(settings).enriched)
    publish_articles(settings, after)

    wait_for_a_clean_finish(settings, worker, clean_enrichment, TIMEOUT_S)
    assert worker.process.poll() is None, "the worker died with the broker"

    kafka_cluster3.start_node(victim, timeout=RESTART_TIMEOUT_S)
    topics = [spec.name for spec in topic_specs(settings)]
    lagging: list[str] = []

    def healed() -> bool:
        lagging[:] = asyncio.run(_under_replicated(settings, topics))
        return not lagging

    wait_for(healed, TIMEOUT_S, lambda: f"partitions short of {REPLICATION} in sync: {lagging}")
    print(f"killed node {victim} after {done_before_crash} of {len(fault_articles)} articles")


async def _group_coordinator(settings: Settings) -> int:
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.bootstrap_servers)
    await admin.start()
    try:
        return await admin.find_coordinator(settings.app_id)
    finally:
        await admin.close()


async def _under_replicated(settings: Settings, topics: list[str]) -> list[str]:
    """The partitions of `topics` (and Kafka's own) whose in-sync replicas are not all."""
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.bootstrap_servers)
    await admin.start()
    try:
        described = await admin.describe_topics(
            [*topics, "__consumer_offsets", "__transaction_state"]
        )
    finally:
        await admin.close()
    return [
        f"{topic['topic']}[{partition['partition']}]"
        for topic in described
        for partition in topic["partitions"]
        if len(partition["isr"]) < REPLICATION
    ]
