"""One real Kafka broker for the whole test session.

A single-node broker on a free port in a temporary state dir, started as `localbroker up`
starts it; or, when KAFKA_BOOTSTRAP is set, that cluster, untouched.
"""

import os
from collections.abc import Iterator

import pytest

from stream.kafka.localbroker import BOOTSTRAP_ENV, BrokerCluster, free_port, wait_for_bootstrap


@pytest.fixture(scope="session")
def kafka_bootstrap(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Bootstrap servers of a ready broker, stopped at the end of the session whatever happens."""
    if external := os.environ.get(BOOTSTRAP_ENV):
        wait_for_bootstrap(external)
        yield external
        return
    cluster = BrokerCluster(tmp_path_factory.mktemp("kafka"), port=free_port(span=2))
    try:
        cluster.up()
        yield cluster.bootstrap
    finally:
        cluster.down()
