"""Stream workers as subprocesses, and bounded waits on what they publish (for worker tests)."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from stream.config import Settings, namespaced
from stream.contracts import Article
from stream.kafka.producer import encode, publish
from stream.kafka.topics import create_topics, topic_specs

REPO = Path(__file__).parents[2]
STARTUP_TIMEOUT_S = 90.0
STOP_TIMEOUT_S = 20.0
T = TypeVar("T")


def isolated_settings(bootstrap: str, partitions: int = 3) -> Settings:
    """Topics, consumer group and changelogs of this test alone, on the shared broker."""
    prefix = f"w{uuid.uuid4().hex[:8]}"
    return Settings(
        KAFKA_BOOTSTRAP=bootstrap,  # the field is read by its aliases only
        **namespaced(prefix),
        partitions=partitions,
        broker_session_timeout_s=6.0,
        batch_window_s=0.2,
        max_article_bytes=300_000,
    )


def create_all_topics(settings: Settings) -> None:
    asyncio.run(create_topics(settings, topic_specs(settings)))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def worker_env(settings: Settings) -> dict[str, str]:
    fields = [
        "bootstrap_servers", "app_id", "topic_raw", "topic_enriched", "topic_entities",
        "topic_events", "topic_dlq", "topic_reports", "topic_activity", "topic_places",
        "partitions", "broker_session_timeout_s", "batch_window_s", "max_article_bytes",
        "on_internal_error",
    ]  # fmt: skip
    env = {f"NEWSSTREAM_{name.upper()}": str(getattr(settings, name)) for name in fields}
    return {**os.environ, "PYTHONPATH": str(REPO), "NEWSSTREAM_NLP_PROCESSES": "1", **env}


@dataclass
class Worker:
    process: subprocess.Popen[bytes]
    port: int
    log: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def log_tail(self, lines: int = 40) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])

    def get(self, path: str, timeout: float = 5.0) -> Any:
        with urllib.request.urlopen(f"{self.url}{path}", timeout=timeout) as response:
            return json.load(response)

    def text(self, path: str, timeout: float = 5.0) -> str:
        with urllib.request.urlopen(f"{self.url}{path}", timeout=timeout) as response:
            return response.read().decode()

    def health(self, timeout: float = 1.0) -> int:
        try:
            with urllib.request.urlopen(f"{self.url}/health", timeout=timeout) as response:
                return int(response.status)
        except urllib.error.HTTPError as exc:
            return exc.code
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            return 0

    def wait_healthy(self, timeout: float = STARTUP_TIMEOUT_S) -> None:
        wait_for(
            lambda: self.process.poll() is None and self.health() == 200,
            timeout,
            lambda: (
                f"worker on {self.port} not healthy (exit {self.process.poll()}):\n"
                + self.log_tail()
            ),
        )

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def kill(self) -> None:
        self.process.kill()  # SIGKILL: no shutdown, no last commit
        self.process.wait()
        for observer in observers:
            observer.killed(self)


class WorkerObserver(Protocol):
    def started(self, worker: Worker) -> None: ...

    def killed(self, worker: Worker) -> None: ...


# Told of every worker started and killed: the fault tests' contention (tests/faults/
# contention.py) freezes a worker at a point a kill sets off, whichever test did the kill.
observers: list[WorkerObserver] = []


def start_worker(
    settings: Settings, directory: Path, name: str = "worker", main_module: str = "stream"
) -> Worker:
    """`python -m stream worker` (or `main_module`'s, which takes the same options)."""
    port = free_port()
    log = directory / f"{name}.log"
    process = subprocess.Popen(
        [sys.executable, "-m", main_module, "worker", "--web-port", str(port),
         "--data-dir", str(directory / f"{name}-data")],
        env=worker_env(settings),
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
        cwd=REPO,
    )  # fmt: skip
    worker = Worker(process, port, log)
    for observer in observers:
        observer.started(worker)
    return worker


def wait_for(
    condition: Callable[[], T], timeout: float, message: Callable[[], str], every: float = 0.25
) -> T:
    """Poll `condition` until it is truthy; fail with `message()` at the deadline."""
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"after {timeout:.0f} s: {message()}")
        time.sleep(every)


@dataclass(frozen=True)
class Record:
    partition: int
    offset: int
    key: bytes | None
    value: bytes
    timestamp: int  # ms


def arrival_times(settings: Settings) -> dict[str, dt.datetime]:
    """When each article reached Kafka, by id: the timestamp of its raw record, at which its
    activity records are seen."""
    return {
        record.key.decode(): dt.datetime.fromtimestamp(record.timestamp / 1000, dt.UTC)
        for record in committed(settings, settings.topic_raw)
        if record.key is not None
    }


def committed(settings: Settings, topic: str) -> list[Record]:
    """Every record of `topic` a read_committed consumer sees now, up to the stable end."""

    async def read() -> list[Record]:
        consumer = AIOKafkaConsumer(
            bootstrap_servers=settings.bootstrap_servers,
            isolation_level="read_committed",
            enable_auto_commit=False,
        )
        await consumer.start()
        try:
            # Our topics all have settings.partitions; asking metadata for them is racy.
            partitions = [TopicPartition(topic, p) for p in range(settings.partitions)]
            consumer.assign(partitions)
            await consumer.seek_to_beginning(*partitions)
            ends = await consumer.end_offsets(partitions)
            records: list[Record] = []
            while any([await consumer.position(tp) < end for tp, end in ends.items()]):
                for messages in (await consumer.getmany(timeout_ms=500)).values():
                    records += [
                        Record(m.partition, m.offset, m.key, m.value, m.timestamp) for m in messages
                    ]
            return records
        finally:
            await consumer.stop()

    return asyncio.run(read())


def wait_for_records(settings: Settings, topic: str, count: int, timeout: float) -> list[Record]:
    """Wait until `topic` holds at least `count` committed records."""
    seen: list[Record] = []

    def enough() -> bool:
        seen[:] = committed(settings, topic)
        return len(seen) >= count

    wait_for(enough, timeout, lambda: f"{topic} has {len(seen)} of {count} records", every=0.5)
    return seen


ACTORS = ["Sergei Shoigu", "Sergey Lavrov", "Andrey Rudenko", "Choe Son-hui", "Vladimir Putin"]
PLACES = ["Pyongyang", "Moscow", "Vladivostok", "Beijing", "Seoul"]


def short_articles(count: int, prefix: str) -> list[Article]:
    """Distinct one-sentence news items: cheap to enrich, and each with a meeting or a visit."""
    articles = []
    for i in range(count):
        actor, other = ACTORS[i % 5], ACTORS[(i + 2) % 5]
        place, day = PLACES[(i // 5) % 5], 1 + i % 27
        verb = f"met {other} in {place}" if i % 2 else f"visited {place}"
        text = f"Seoul, March 28 (Yonhap) {actor} {verb} on March {day}, officials said."
        articles.append(Article(id=f"{prefix}-{i}", published="2025-03-28", text=text))
    return articles


def publish_raw(settings: Settings, messages: list[tuple[bytes | None, bytes | None]]) -> None:
    """Any bytes, tombstones included, in order (one partition per key)."""

    async def send() -> None:
        producer = AIOKafkaProducer(
            bootstrap_servers=settings.bootstrap_servers, max_request_size=4_000_000
        )
        await producer.start()
        try:
            for key, value in messages:
                await producer.send_and_wait(settings.topic_raw, value, key=key)
        finally:
            await producer.stop()

    asyncio.run(send())


def publish_articles(settings: Settings, articles: list[Article]) -> None:
    asyncio.run(publish(settings, [encode(article) for article in articles]))
