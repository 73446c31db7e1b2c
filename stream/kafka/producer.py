"""Publishing articles to the raw topic: keyed by article id, idempotent, acks from all replicas."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from aiokafka import AIOKafkaProducer

from stream.config import Settings
from stream.contracts import Article

# Sends awaited together: enough to keep the producer's batches full, few enough to bound memory.
IN_FLIGHT_SENDS = 500


@dataclass(frozen=True)
class Outgoing:
    key: bytes
    value: bytes


@dataclass
class PublishSummary:
    records: int = 0
    bytes: int = 0
    seconds: float = 0.0

    @property
    def records_per_second(self) -> float:
        return self.records / self.seconds if self.seconds > 0 else 0.0

    def format(self) -> str:
        return (
            f"{self.records} records, {self.bytes} bytes in {self.seconds:.2f} s "
            f"({self.records_per_second:.1f} records/s)"
        )


def repeated(articles: list[Article], repeat: int) -> Iterator[Article]:
    """The articles `repeat` times; copies after the first get distinct ids, for load tests."""
    yield from articles
    for copy in range(1, repeat):
        for article in articles:
            yield article.model_copy(update={"id": f"{article.id}~{copy}"})


def encode(article: Article) -> Outgoing:
    return Outgoing(key=article.id.encode(), value=article.model_dump_json().encode())


async def publish(
    settings: Settings,
    messages: Iterable[Outgoing],
    *,
    rate: float | None = None,
    on_sent: Callable[[int], None] = lambda count: None,
) -> PublishSummary:
    """Send every message to the raw topic and wait until the broker has acknowledged all."""
    producer = AIOKafkaProducer(
        **settings.kafka_client_options(),
        acks="all",
        enable_idempotence=True,
        linger_ms=5,
        max_request_size=settings.max_article_bytes + 64_000,
    )
    summary = PublishSummary()
    started = time.perf_counter()
    await producer.start()
    try:
        pending: list[asyncio.Future[object]] = []
        for index, message in enumerate(messages):
            if rate:
                await _pace(started, index, rate)
            pending.append(await producer.send(settings.topic_raw, message.value, key=message.key))
            summary.records += 1
            summary.bytes += len(message.value)
            if len(pending) >= IN_FLIGHT_SENDS:
                await _settle(pending, on_sent)
        await _settle(pending, on_sent)
    finally:
        await producer.stop()
    summary.seconds = time.perf_counter() - started
    return summary


async def _settle(pending: list[asyncio.Future[object]], on_sent: Callable[[int], None]) -> None:
    await asyncio.gather(*pending)
    on_sent(len(pending))
    pending.clear()


async def _pace(started: float, index: int, rate: float) -> None:
    """Hold message `index` back until its slot under `rate` messages a second."""
    delay = started + index / rate - time.perf_counter()
    if delay > 0:
        await asyncio.sleep(delay)
