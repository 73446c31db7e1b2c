"""Reading a topic back from the start, as committed: for people and tests, not for agents."""

from __future__ import annotations

from dataclasses import dataclass

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from stream.config import Settings

POLL_TIMEOUT_MS = 500


@dataclass(frozen=True)
class Record:
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None


async def read_topic(settings: Settings, topic: str, limit: int | None = None) -> list[Record]:
    """Every committed record now on `topic` (up to `limit`), reading to the end and stopping.

    The end is each partition's last stable offset, so records of open or aborted
    transactions are neither returned nor waited for.
    """
    admin = AIOKafkaAdminClient(**settings.kafka_client_options())
    await admin.start()
    try:
        [description] = await admin.describe_topics([topic])
    finally:
        await admin.close()
    partitions = [TopicPartition(topic, p["partition"]) for p in description["partitions"]]
    consumer = AIOKafkaConsumer(
        **settings.kafka_client_options(),
        isolation_level="read_committed",
        enable_auto_commit=False,
    )
    await consumer.start()
    try:
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        ends = await consumer.end_offsets(partitions)
        return await _read_until(consumer, ends, limit)
    finally:
        await consumer.stop()


async def _read_until(
    consumer: AIOKafkaConsumer, ends: dict[TopicPartition, int], limit: int | None
) -> list[Record]:
    records: list[Record] = []
    while not await _reached(consumer, ends) and (limit is None or len(records) < limit):
        batches = await consumer.getmany(timeout_ms=POLL_TIMEOUT_MS)
        for messages in batches.values():
            records += [Record(m.partition, m.offset, m.key, m.value) for m in messages]
    return records if limit is None else records[:limit]


async def _reached(consumer: AIOKafkaConsumer, ends: dict[TopicPartition, int]) -> bool:
    for partition, end in ends.items():
        if await consumer.position(partition) < end:
            return False
    return True
