"""Brokers of the fault tests' own, which they may kill, and the articles they all stream."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from stream.config import Settings
from stream.contracts import Article, EnrichedArticle
from stream.kafka.localbroker import BrokerCluster, free_port
from tests.faults.lifecycle import Workers
from tests.integration.workers import create_all_topics, isolated_settings, short_articles

# Each node needs a broker and a controller port.
PORTS_PER_NODE = 2
CLUSTER_READY_TIMEOUT_S = 180.0  # three JVMs starting at once on two busy cores


@pytest.fixture(scope="module")
def kafka_cluster3(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrokerCluster]:
    """Three KRaft nodes: replication 3, min.insync.replicas 2; stopped whatever happens."""
    cluster = BrokerCluster(
        tmp_path_factory.mktemp("kafka3"), port=free_port(span=3 * PORTS_PER_NODE), nodes=3
    )
    try:
        cluster.up(timeout=CLUSTER_READY_TIMEOUT_S)
        yield cluster
    finally:
        cluster.down()


@pytest.fixture
def kafka_single(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrokerCluster]:
    """One node of this test's own, so that stopping it harms no other test."""
    cluster = BrokerCluster(tmp_path_factory.mktemp("kafka1"), port=free_port(span=PORTS_PER_NODE))
    try:
        cluster.up(timeout=CLUSTER_READY_TIMEOUT_S)
        yield cluster
    finally:
        cluster.down()


@pytest.fixture
def settings(kafka_bootstrap: str) -> Settings:
    """This test's own topics and group on the shared broker, with six partitions: room for
    two workers to share them."""
    settings = isolated_settings(kafka_bootstrap, partitions=6)
    create_all_topics(settings)
    return settings


@pytest.fixture(scope="session")
def fault_articles() -> list[Article]:
    """One-sentence articles (quick NLP); topics are per test, so the ids may repeat."""
    return short_articles(1000, "fault")


@pytest.fixture(scope="session")
def clean_enrichment(fault_articles: list[Article]) -> dict[str, EnrichedArticle]:
    """What the NLP layer makes of each article, in this process: the worker must publish it."""
    from stream.nlp.enrich import Enricher  # loads spaCy: only when a fault test runs

    return {e.article_id: e for e in Enricher().enrich_many(fault_articles)}


@pytest.fixture
def workers(tmp_path: Path) -> Iterator[Workers]:
    workers = Workers(tmp_path)
    try:
        yield workers
    finally:
        workers.stop_all()
