"""Exactly-once sends: each record joins the transaction of the input partition it came from.

faust 0.15.3 picks the transaction of a sent record from the partition it is sent *to*, but
commits consumed offsets in the transaction of the partition they were read *from*. A record
keyed to another partition therefore lands in a transaction that commits with unrelated
offsets, or that another worker owns (the send fails), and records for topics the worker does
not consume are sent outside any transaction. Kafka Streams' rule is restored here: one
transaction per input partition, holding every output of that partition plus its offsets.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from faust.streams import current_event
from faust.transport.consumer import TransactionManager
from faust.transport.drivers import aiokafka
from faust.types import TP

_input_partition: ContextVar[TP | None] = ContextVar("newsstream_input_partition", default=None)


@contextmanager
def processing(tp: TP) -> Iterator[None]:
    """Sends inside this block belong to the transaction of input partition `tp`."""
    token = _input_partition.set(tp)
    try:
        yield
    finally:
        _input_partition.reset(token)


def input_partition() -> TP | None:
    """The partition named by `processing`, else that of the event faust is processing."""
    tp = _input_partition.get()
    if tp is None:
        event = current_event()
        tp = event.message.tp if event is not None else None
    return tp


class InputPartitionTransactions(TransactionManager):
    async def send(  # type: ignore[override]
        self,
        topic: str,
        key: bytes | None,
        value: bytes | None,
        partition: int | None,
        timestamp: float | None,
        headers: Any,
        *,
        transactional_id: str | None = None,
    ) -> Any:
        source = input_partition()
        if source is None:  # not inside an agent: faust's own choice
            return await super().send(topic, key, value, partition, timestamp, headers)
        group = self.app.assignor.group_for_topic(source.topic)
        return await self.producer.send(
            topic,
            key,
            value,
            self.consumer.key_partition(topic, key, partition),
            timestamp,
            headers,
            transactional_id=f"{self.app.conf.id}-{group}-{source.partition}",
        )


class Transport(aiokafka.Transport):
    TransactionManager = InputPartitionTransactions
