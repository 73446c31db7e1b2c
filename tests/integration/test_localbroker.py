"""The local Kafka cluster: serve, stop, restart from its storage, and survive a crashed node."""

import asyncio
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from stream.kafka.localbroker import (
    BOOTSTRAP_ENV,
    BrokerCluster,
    BrokerNotReadyError,
    StateDirMismatchError,
    fetch_metadata,
    free_port,
    main,
    wait_for_bootstrap,
)

pytestmark = pytest.mark.integration

CLIENT_TIMEOUT_S = 30.0
PARTITION_TIMEOUT_S = 60.0


async def _create_topic(bootstrap: str, topic: str, replication: int) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        new_topic = NewTopic(topic, num_partitions=1, replication_factor=replication)
        await admin.create_topics([new_topic])
    finally:
        await admin.close()


async def _partition_once(
    bootstrap: str, topic: str, condition: Callable[[dict[str, Any]], bool]
) -> dict[str, Any]:
    """Leader, replicas and ISR of the topic's only partition, once they meet the condition.

    Polls: a broker learns of a new topic, leader or ISR some time after the controller decides.
    """
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    deadline = time.monotonic() + PARTITION_TIMEOUT_S
    try:
        while True:
            [description] = await admin.describe_topics([topic])
            partitions = description["partitions"]
            if partitions and condition(partitions[0]):
                return dict(partitions[0])
            assert time.monotonic() < deadline, f"{topic} still {description}"
            await asyncio.sleep(0.5)
    finally:
        await admin.close()


async def _produce(bootstrap: str, topic: str, value: bytes) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", enable_idempotence=True)
    await producer.start()
    try:
        await asyncio.wait_for(producer.send_and_wait(topic, value), CLIENT_TIMEOUT_S)
    finally:
        await producer.stop()


async def _consume(bootstrap: str, topic: str, count: int) -> list[bytes]:
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest")
    await consumer.start()
    values: list[bytes] = []
    deadline = time.monotonic() + CLIENT_TIMEOUT_S
    try:
        while len(values) < count and time.monotonic() < deadline:
            batches = await consumer.getmany(timeout_ms=1000)
            values += [record.value for records in batches.values() for record in records]
    finally:
        await consumer.stop()
    assert len(values) >= count, f"read {values} from {topic} in {CLIENT_TIMEOUT_S}s"
    return values


@pytest.fixture(scope="module")
def single_node(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrokerCluster]:
    """A running one-node cluster; each test leaves it running."""
    cluster = BrokerCluster(tmp_path_factory.mktemp("single"), port=free_port(span=2))
    try:
        assert cluster.up() == [1]
        yield cluster
    finally:
        cluster.down()


async def test_up_fresh_state_dir_serves_produce_and_consume(single_node: BrokerCluster) -> None:
    await _create_topic(single_node.bootstrap, "fresh", replication=1)
    await _produce(single_node.bootstrap, "fresh", b"hello")

    assert await _consume(single_node.bootstrap, "fresh", count=1) == [b"hello"]


def test_up_when_running_starts_nothing(single_node: BrokerCluster) -> None:
    [before] = single_node.status()

    assert single_node.up() == []
    assert single_node.status() == [before]


async def test_up_after_down_keeps_topics_and_messages(single_node: BrokerCluster) -> None:
    await _create_topic(single_node.bootstrap, "durable", replication=1)
    await _produce(single_node.bootstrap, "durable", b"written before the restart")
    single_node.down()
    assert not single_node.status()[0].running

    began = time.monotonic()
    assert single_node.up() == [1]
    print(f"restart with cached jars and existing storage: {time.monotonic() - began:.1f}s")

    expected = [b"written before the restart"]
    assert await _consume(single_node.bootstrap, "durable", count=1) == expected


def test_up_with_stale_pid_file_starts_the_node(single_node: BrokerCluster) -> None:
    single_node.down()
    pid_file = single_node.state_dir / "node-1" / "kafka.pid"
    pid_file.write_text(f"{os.getpid()}\n")  # alive, but not a Kafka node

    assert not single_node.status()[0].running
    assert single_node.up() == [1]
    assert single_node.status()[0].pid != os.getpid()


def test_cli_status_and_bootstrap_find_the_recorded_cluster(
    single_node: BrokerCluster, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(BOOTSTRAP_ENV, raising=False)
    state_dir = ["--state-dir", str(single_node.state_dir)]

    assert main(["status", *state_dir]) == 0
    assert main(["bootstrap", *state_dir]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == single_node.bootstrap


def test_up_with_other_shape_on_same_state_dir_raises(single_node: BrokerCluster) -> None:
    reshaped = BrokerCluster(single_node.state_dir, port=single_node.port, nodes=3)

    with pytest.raises(StateDirMismatchError, match="holds a 1-node cluster"):
        reshaped.up()


def test_wait_for_bootstrap_without_broker_names_the_address() -> None:
    address = f"127.0.0.1:{free_port()}"

    with pytest.raises(BrokerNotReadyError, match=address):
        wait_for_bootstrap(address, timeout=0.5)


def test_kafka_bootstrap_fixture_answers_metadata(kafka_bootstrap: str) -> None:
    host, _, port = kafka_bootstrap.split(",")[0].rpartition(":")

    assert fetch_metadata(host, int(port)).broker_ids


async def test_three_nodes_with_leader_killed_accept_acks_all_and_heal(tmp_path: Path) -> None:
    cluster = BrokerCluster(tmp_path / "kafka", port=free_port(span=6), nodes=3)
    try:
        cluster.up()
        await _create_topic(cluster.bootstrap, "replicated", replication=3)
        partition = await _partition_once(
            cluster.bootstrap, "replicated", lambda p: p["leader"] >= 0
        )
        leader = partition["leader"]

        cluster.kill_node(leader)
        # acks=all succeeds with 2 of 3 replicas in sync because min.insync.replicas=2.
        await _produce(cluster.bootstrap, "replicated", b"one node down")
        cluster.start_node(leader)
        await _partition_once(cluster.bootstrap, "replicated", lambda p: len(p["isr"]) == 3)

        assert await _consume(cluster.bootstrap, "replicated", count=1) == [b"one node down"]
    finally:
        cluster.down()
