"""The enrich agent's next batches start while the one before is sent and committed, and a
commit takes the batches ready by then (`agents.each_batch_committed_ahead`), on a real but
unstarted app, without Kafka."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Sequence
from types import SimpleNamespace
from typing import Any

import faust
import pytest
from faust.types import TP
from faust.types.tuples import ConsumerMessage

from stream.config import Settings
from stream.worker import agents
from stream.worker.app import create_app
from stream.worker.metrics import METRICS, Metrics

RAW = "probe.raw"
TIMEOUT_S = 5.0


@pytest.fixture
def app(monkeypatch: pytest.MonkeyPatch) -> faust.App:
    app = create_app(Settings(app_id="probe", store_url="memory://"))
    monkeypatch.setattr(app.topics, "acks_enabled_for", lambda topic: True)
    monkeypatch.setattr(agents, "app", app)
    monkeypatch.setattr(METRICS, "partition_commits", Metrics().partition_commits)
    return app


def taken(tp: TP, *offsets: int) -> list[Any]:
    """Events as a stream delivers them: tracked, one reference each (the stream's)."""
    events = []
    for offset in offsets:
        message = ConsumerMessage(tp.topic, tp.partition, offset, 0.0, 0, None, b"k", b"v", None)
        message.tracked = True
        message.incref()
        events.append(SimpleNamespace(message=message))
    return events


class TakingStream:
    """faust's `take_events` as it acknowledges: a batch when the agent takes the next."""

    def __init__(self, consumer: Any, batches: Sequence[list[Any]]) -> None:
        self._consumer = consumer
        self._batches = batches
        self.acks_given = 0

    async def take_events(self, size: int, within: float) -> AsyncIterator[list[Any]]:
        for batch in self._batches:
            try:
                yield batch
            finally:
                for event in batch:
                    await self.ack(event)
        await asyncio.Event().wait()  # no more records: the agent waits, as on a quiet topic

    async def ack(self, event: Any) -> bool:
        self.acks_given += 1
        return event.message.ack(self._consumer)


class Started:
    """A started batch whose finish waits for the test's gate; ready when the test says."""

    def __init__(
        self, name: str, log: list[tuple[str, str]], gate: asyncio.Event, ready: set[str]
    ) -> None:
        self.name, self._log, self._gate, self._ready = name, log, gate, ready
        log.append(("start", name))

    def ready(self) -> bool:
        return self.name in self._ready

    async def finish(self) -> None:
        self._log.append(("finish", self.name))
        await self._gate.wait()

    def cancel(self) -> None:
        self._log.append(("cancel", self.name))


async def until(condition: Callable[[], bool], what: Callable[[], str]) -> None:
    async def poll() -> None:
        while not condition():
            await asyncio.sleep(0.001)

    try:
        await asyncio.wait_for(poll(), TIMEOUT_S)
    except TimeoutError:
        pytest.fail(what())


class Harness:
    def __init__(self, app: faust.App, batches: Sequence[list[Any]]) -> None:
        self.log: list[tuple[str, str]] = []
        self.gate = asyncio.Event()
        self.ready: set[str] = set()
        self.acked_at_commit: list[list[tuple[TP, int]]] = []
        self.stream = TakingStream(app.consumer, batches)
        self._names = {id(batch): f"batch {n}" for n, batch in enumerate(batches, 1)}
        consumer = app.consumer

        async def commit(partitions: set[TP]) -> bool:
            acked = [(tp, offset) for tp in sorted(partitions) for offset in consumer._acked[tp]]
            self.acked_at_commit.append(acked)
            self.log.append(("commit", f"{len(acked)} acked"))
            return True

        consumer.commit = commit  # type: ignore[method-assign]

    def start(self, events: Sequence[Any]) -> Started:
        return Started(self._names[id(events)], self.log, self.gate, self.ready)

    def run(self) -> asyncio.Task[None]:
        return asyncio.ensure_future(
            agents.each_batch_committed_ahead(self.stream, 2, 0.1, self.start)  # type: ignore[arg-type]
        )


async def stopped(task: asyncio.Task[None]) -> None:
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task


async def test_the_next_batch_starts_while_the_one_before_is_finished(app: faust.App):
    tp = TP(RAW, 0)
    first, second = taken(tp, 0, 1), taken(tp, 2, 3)
    harness = Harness(app, [first, second])
    running = harness.run()
    await until(
        lambda: ("start", "batch 2") in harness.log,
        lambda: f"the second batch did not start while the first was sent: {harness.log}",
    )
    assert ("finish", "batch 2") not in harness.log, "two batches sent at once"
    harness.gate.set()
    await until(
        lambda: len(harness.acked_at_commit) == 2,
        lambda: f"not both committed: {harness.log}",
    )
    sent_and_committed = [entry for entry in harness.log if entry[0] != "start"]
    assert sent_and_committed == [
        ("finish", "batch 1"),
        ("commit", "2 acked"),
        ("finish", "batch 2"),
        ("commit", "4 acked"),
    ]
    assert harness.log.index(("start", "batch 2")) < harness.log.index(("commit", "2 acked"))
    await stopped(running)


async def test_batches_enriched_by_the_commit_are_committed_with_it(app: faust.App):
    # One transaction per partition and commit: under load, commits that queued one behind
    # the other kept articles waiting longer than their parse did.
    tp = TP(RAW, 0)
    first, second, third = taken(tp, 0, 1), taken(tp, 2, 3), taken(tp, 4)
    harness = Harness(app, [first, second, third])
    running = harness.run()
    await until(
        lambda: ("start", "batch 3") in harness.log,
        lambda: f"the later batches did not start while the first was sent: {harness.log}",
    )
    harness.ready.add("batch 2")  # the third is still being enriched
    harness.gate.set()
    await until(
        lambda: len(harness.acked_at_commit) == 2,
        lambda: f"not two commits: {harness.log}",
    )
    sent_and_committed = [entry for entry in harness.log if entry[0] != "start"]
    assert sent_and_committed == [
        ("finish", "batch 1"),
        ("finish", "batch 2"),
        ("commit", "4 acked"),
        ("finish", "batch 3"),
        ("commit", "5 acked"),
    ]
    assert METRICS.partition_commits == {RAW: 2}, "one partition, committed twice"
    await stopped(running)


async def test_a_batch_taken_past_is_acknowledged_only_by_its_commit(app: faust.App):
    # faust's `take_events` acknowledged the first batch as the agent took the second: a
    # timer commit could then commit it while its records were still being sent.
    tp = TP(RAW, 0)
    first, second = taken(tp, 0, 1), taken(tp, 2, 3)
    harness = Harness(app, [first, second])
    running = harness.run()
    await until(
        lambda: harness.stream.acks_given >= 2,
        lambda: f"take_events never moved past the first batch: {harness.log}",
    )
    assert app.consumer._acked[tp] == [], "acknowledged before it was sent and committed"
    harness.gate.set()
    await until(
        lambda: len(harness.acked_at_commit) == 2,
        lambda: f"not both committed: {harness.log}",
    )
    assert harness.acked_at_commit == [[(tp, 0), (tp, 1)], [(tp, 0), (tp, 1), (tp, 2), (tp, 3)]]
    await stopped(running)


async def test_a_started_batch_of_partitions_being_revoked_is_given_up(app: faust.App):
    tp, other = TP(RAW, 0), TP(RAW, 1)
    first, second, third = taken(tp, 0), taken(tp, 1), taken(other, 0)
    harness = Harness(app, [first, second, third])
    running = harness.run()
    await until(
        lambda: ("start", "batch 2") in harness.log,
        lambda: f"the second batch did not start: {harness.log}",
    )
    app.consumer.revoking = frozenset({tp})  # the revocation waits for the agent's batches
    harness.gate.set()
    await until(
        lambda: ("finish", "batch 3") in harness.log,
        lambda: f"the third batch, of a partition kept, was not sent: {harness.log}",
    )
    assert ("cancel", "batch 2") in harness.log
    assert ("finish", "batch 2") not in harness.log, "a batch of a revoked partition was sent"
    assert not second[0].message.tracked, "given up, its record still holds up the revocation"
    assert not app.consumer.unacked
    await stopped(running)


async def test_a_commit_refused_is_not_counted(app: faust.App):
    # Refused twice: the worker is halted, or its producer fenced; nothing was committed.
    async def refused(partitions: set[TP]) -> bool:
        return False

    app.consumer.commit = refused  # type: ignore[method-assign]
    events = taken(TP(RAW, 0), 0)
    await agents.commit(TakingStream(app.consumer, [events]), events)  # type: ignore[arg-type]
    assert METRICS.partition_commits == {}
