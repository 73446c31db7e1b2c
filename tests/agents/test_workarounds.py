"""Each override of faust or aiokafka internals (stream/workarounds/), on a real but unstarted
app whose Kafka clients are fakes: every test here fails when its workaround is removed."""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Mapping
from importlib import metadata
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import faust
import pytest
from aiokafka import TopicPartition
from aiokafka.consumer.subscription_state import TopicPartitionState
from aiokafka.errors import IllegalOperation, KafkaConnectionError, ProducerFenced
from faust.exceptions import ProducerSendError
from faust.streams import current_event
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types import TP
from faust.types.tuples import ConsumerMessage

from stream import workarounds
from stream.config import Settings
from stream.errors import DependencyError
from stream.workarounds.table_writes import writing_for
from stream.workarounds.transactions import (
    BrokerHighwaters,
    CoordinatorLookupRetries,
    DrainingProducerBuffer,
    ExactOffsetsConsumer,
    InputPartitionTransactions,
    input_partition,
    processing,
    write_changelogs_from,
)
from stream.worker.app import create_app

APP_ID = "probe"
RAW, ACTIVITY, ENRICHED = "probe.raw", "probe.activity", "probe.enriched"
AGENT_INPUTS = {RAW, ACTIVITY}
REPO = Path(__file__).parents[2]


class FakeBuffer:
    def __init__(self, calls: list[Any]) -> None:
        self._calls = calls

    async def flush(self) -> None:
        self._calls.append("flush buffer")


class FakeProducer:
    """What the transaction manager asks of faust's producer, recorded in order."""

    def __init__(self) -> None:
        self.calls: list[Any] = []
        self.buffer = FakeBuffer(self.calls)

    async def send(self, topic: str, key: Any, value: Any, partition: int | None,
                   timestamp: Any, headers: Any, *, transactional_id: str | None,
    ) -> None:  # fmt: skip
        self.calls.append(("send", topic, partition, transactional_id))

    async def commit_transactions(
        self, offsets: Mapping[str, Mapping[TP, int]], group_id: str, start_new_transaction: bool
    ) -> None:
        self.calls.append(("commit", {tid: dict(o) for tid, o in offsets.items()}))

    async def stop_transaction(self, transactional_id: str) -> None:
        self.calls.append(("stop producer", transactional_id))

    async def maybe_begin_transaction(self, transactional_id: str) -> None:
        self.calls.append(("begin", transactional_id))


@pytest.fixture
def app(monkeypatch: pytest.MonkeyPatch) -> faust.App:
    """An unstarted worker app: agents read RAW and ACTIVITY, every topic is in group 0
    (co-partitioned, as newsstream's are), and no Kafka client ever connects."""
    app = create_app(Settings(app_id=APP_ID, store_url="memory://"))
    monkeypatch.setattr(app.topics, "acks_enabled_for", lambda topic: topic in AGENT_INPUTS)
    monkeypatch.setattr(app.assignor, "group_for_topic", lambda topic: 0)
    monkeypatch.setattr(app.assignor, "is_standby", lambda tp: False)
    monkeypatch.setattr(app.consumer, "key_partition", lambda topic, key, partition: partition)
    app.consumer.transactions.producer = FakeProducer()
    app.consumer.in_transaction = True  # as in a worker: exactly once
    return app


def producer_calls(app: faust.App) -> list[Any]:
    return app.consumer.transactions.producer.calls


def ack(consumer: ExactOffsetsConsumer, tp: TP, *offsets: int) -> None:
    """As a stream acknowledges the records an agent took (they are tracked then)."""
    for offset in offsets:
        message = ConsumerMessage(tp.topic, tp.partition, offset, 0.0, 0, None, b"k", b"v", None)
        message.tracked = True
        assert consumer.ack(message), f"{tp}@{offset} not acknowledged"


# One transaction per input topic-partition (stream/workarounds/transactions.py).


def test_each_input_topic_partition_has_a_transaction_of_its_own(app: faust.App):
    changelog = TP(f"{APP_ID}-actor-visits-changelog", 0)
    tps = {TP(RAW, 0), TP(ACTIVITY, 0), changelog}
    ids = app.consumer.transactions._tps_to_transactional_ids(tps)
    assert ids == {f"{APP_ID}-{RAW}-0", f"{APP_ID}-{ACTIVITY}-0"}


async def test_a_record_joins_the_transaction_of_the_input_partition_that_made_it(app: faust.App):
    changelog = f"{APP_ID}-test-send-changelog"
    write_changelogs_from(ACTIVITY, [changelog])
    transactions = app.consumer.transactions
    with processing(TP(RAW, 1)):
        await transactions.send(ENRICHED, b"k", b"v", 2, None, None)
    await transactions.send(changelog, b"k", b"v", 0, None, None)  # from faust's buffer
    assert producer_calls(app) == [
        ("send", ENRICHED, 2, f"{APP_ID}-{RAW}-1"),
        ("send", changelog, 0, f"{APP_ID}-{ACTIVITY}-0"),
    ]


async def test_a_record_sent_outside_any_agent_is_refused(app: faust.App):
    with pytest.raises(faust.exceptions.ProducerSendError):
        await app.consumer.transactions.send(ENRICHED, b"k", b"v", 0, None, None)


async def test_commit_sends_buffered_table_writes_first_then_commits_per_input_partition(
    app: faust.App,
):
    await app.consumer.transactions.commit({TP(RAW, 0): 5, TP(ACTIVITY, 0): 9, TP(RAW, 1): 2})
    calls = producer_calls(app)
    assert calls[0] == "flush buffer", calls
    assert sorted(calls[1:], key=str) == [
        ("commit", {f"{APP_ID}-{ACTIVITY}-0": {TP(ACTIVITY, 0): 9}}),
        ("commit", {f"{APP_ID}-{RAW}-0": {TP(RAW, 0): 5}}),
        ("commit", {f"{APP_ID}-{RAW}-1": {TP(RAW, 1): 2}}),
    ]


class GatedCommits(FakeProducer):
    """Commits that last until the test opens the gate; that of `fenced_tid` then fails."""

    def __init__(self, fenced_tid: str | None = None) -> None:
        super().__init__()
        self.gate = asyncio.Event()
        self.fenced_tid = fenced_tid

    async def commit_transactions(
        self, offsets: Mapping[str, Mapping[TP, int]], group_id: str, start_new_transaction: bool
    ) -> None:
        await super().commit_transactions(offsets, group_id, start_new_transaction)
        await self.gate.wait()
        if self.fenced_tid in offsets:
            raise ProducerFenced()


async def test_the_transactions_of_a_commit_commit_together(app: faust.App):
    producer = GatedCommits()
    app.consumer.transactions.producer = producer
    committing = asyncio.ensure_future(
        app.consumer.transactions.commit({TP(RAW, p): 1 for p in range(3)})
    )
    for _ in range(10):  # every task that can run, runs until it waits at the gate
        await asyncio.sleep(0)
    under_way = [call for call in producer.calls if call[0] == "commit"]
    assert len(under_way) == 3, f"{len(under_way)} of 3 commits under way while the first waits"
    producer.gate.set()
    assert await committing


# Table writes of a transaction that never commits (stream/workarounds/uncommitted.py).


def probe_table(app: faust.App) -> faust.Table:
    return app.Table(
        "probe-rows",
        schema=faust.Schema(key_type=str, key_serializer="raw", value_serializer="raw"),
        value_type=bytes,
        partitions=6,
        default=None,
    )


def stored(table: faust.Table, tp: TP, key: str) -> bytes | None:
    with writing_for(Event(tp)):
        return table.get(key)


def write(table: faust.Table, tp: TP, key: str, value: bytes) -> None:
    with writing_for(Event(tp)):
        table[key] = value


@pytest.fixture(params=["memory://", "rocksdb://"])
def app_with_store(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> faust.App:
    app = create_app(Settings(app_id=APP_ID, store_url=request.param, data_dir=tmp_path))
    monkeypatch.setattr(app.topics, "acks_enabled_for", lambda topic: topic in AGENT_INPUTS)
    monkeypatch.setattr(app.assignor, "group_for_topic", lambda topic: 0)
    monkeypatch.setattr(app.assignor, "is_standby", lambda tp: False)
    monkeypatch.setattr(app.consumer, "key_partition", lambda topic, key, partition: partition)
    app.consumer.transactions.producer = FakeProducer()
    app.in_transaction = app.consumer.in_transaction = True  # as in a worker: exactly once
    return app


@pytest.fixture
def table(app_with_store: faust.App, monkeypatch: pytest.MonkeyPatch) -> faust.Table:
    """A table of `app_with_store` whose changelog records go nowhere."""
    table = probe_table(app_with_store)
    monkeypatch.setattr(table, "_send_changelog", lambda *args, **kwargs: None)
    return table


async def test_a_producer_stopped_before_its_commit_puts_back_what_its_transaction_wrote(
    app_with_store: faust.App, table: faust.Table
):
    # Its transaction is aborted, and with it the changelog records of these writes: the
    # local store must not keep them, or the records processed again find their own events.
    transactions = app_with_store.consumer.transactions
    raw0, raw1 = TP(RAW, 0), TP(RAW, 1)
    write(table, raw0, "kept", b"committed")
    write(table, raw1, "other", b"committed")
    assert await transactions.commit({raw0: 1, raw1: 1})
    write(table, raw0, "kept", b"aborted")
    write(table, raw0, "kept", b"aborted again")
    write(table, raw0, "new", b"aborted")
    write(table, raw1, "other", b"open")
    await transactions.on_rebalance({raw1}, revoked={raw0}, newly_assigned=set())
    assert stored(table, raw0, "kept") == b"committed"
    assert stored(table, raw0, "new") is None
    assert stored(table, raw1, "other") == b"open", "a transaction still open was undone"


async def test_a_write_is_put_back_only_if_its_own_transaction_failed_to_commit(
    app_with_store: faust.App, table: faust.Table, monkeypatch: pytest.MonkeyPatch
):
    transactions, raw0, raw1 = app_with_store.consumer.transactions, TP(RAW, 0), TP(RAW, 1)
    monkeypatch.setattr(app_with_store.consumer, "rejoin", lambda: None)
    transactions.producer = GatedCommits(fenced_tid=f"{APP_ID}-{RAW}-1")
    transactions.producer.gate.set()
    write(table, raw0, "committed", b"new")
    write(table, raw1, "fenced", b"new")
    assert not await transactions.commit({raw0: 1, raw1: 1})
    await transactions.on_rebalance(set(), revoked={raw0, raw1}, newly_assigned=set())
    assert stored(table, raw0, "committed") == b"new"
    assert stored(table, raw1, "fenced") is None


async def test_a_partition_kept_through_a_rebalance_gets_a_producer_of_its_own_again(
    app: faust.App,
):
    transactions, kept, new = app.consumer.transactions, TP(RAW, 0), TP(RAW, 1)
    tids = (f"{APP_ID}-{RAW}-0", f"{APP_ID}-{RAW}-1")
    app.consumer_generation_id = 1
    await transactions.on_rebalance({kept}, revoked=set(), newly_assigned={kept})
    app.consumer_generation_id = 2  # the next generation: nobody else had raw 0 meanwhile
    await transactions.on_rebalance({kept, new}, revoked=set(), newly_assigned={new})
    assert ("stop producer", tids[0]) not in producer_calls(app)
    producer_calls(app).clear()
    # Dropped from the group in generation 3, this worker had raw 0 back in generation 4:
    # another worker may have held it in 3, and its producer for raw 0 fenced ours. faust
    # began a transaction again with the fenced producer: the next send failed.
    app.consumer_generation_id = 4
    await transactions.on_rebalance({kept, new}, revoked=set(), newly_assigned=set())
    calls = producer_calls(app)
    for tid in tids:
        assert ("stop producer", tid) in calls, f"{tid}: the old producer was kept"
        assert calls.index(("stop producer", tid)) < calls.index(("begin", tid)), calls


async def test_a_batch_whose_acknowledgements_a_revocation_cleared_is_undone_if_kept(
    app: faust.App, monkeypatch: pytest.MonkeyPatch
):
    consumer, transactions = app.consumer, app.consumer.transactions
    orphaned, committed = TP(ACTIVITY, 0), TP(RAW, 0)
    tids = {tp: f"{APP_ID}-{tp.topic}-{tp.partition}" for tp in (orphaned, committed)}
    monkeypatch.setattr(consumer, "assignment", lambda: {orphaned, committed})
    app.consumer_generation_id = 1
    await transactions.on_rebalance({orphaned, committed}, revoked=set(), newly_assigned=set())
    ack(consumer, committed, 0)
    assert await consumer.commit({committed})
    # A batch acknowledged, its commit queued behind another agent's: faust's revocation
    # clears its acknowledgements (before it waits for the agents, stubbed here), and the
    # commit then finds nothing to commit. Its writes stay in the open transaction.
    ack(consumer, orphaned, 0, 1, 2)

    async def agents_waited_for(revoked: set[TP]) -> None:
        pass

    monkeypatch.setattr(consumer, "_on_partitions_revoked", agents_waited_for)
    await consumer.on_partitions_revoked({orphaned, committed})
    assert not await consumer.commit({orphaned})
    producer_calls(app).clear()
    app.consumer_generation_id = 2  # both partitions kept, no generation missed
    await transactions.on_rebalance({orphaned, committed}, revoked=set(), newly_assigned=set())
    calls = producer_calls(app)
    stop, begin = ("stop producer", tids[orphaned]), ("begin", tids[orphaned])
    assert stop in calls and calls.index(stop) < calls.index(begin), calls
    assert ("stop producer", tids[committed]) not in calls, "a committed partition restarted"


async def assigned_alone(app: faust.App, monkeypatch: pytest.MonkeyPatch, tp: TP) -> None:
    """`tp` the worker's one partition, with a producer of its own (generation 1)."""
    monkeypatch.setattr(app.consumer, "assignment", lambda: {tp})
    app.consumer_generation_id = 1
    await app.consumer.transactions.on_rebalance({tp}, revoked=set(), newly_assigned=set())


async def producer_calls_on_keeping(app: faust.App, tp: TP) -> list[Any]:
    """What the next assignment, which keeps `tp` (no generation missed), asks of producers."""
    producer_calls(app).clear()
    app.consumer_generation_id = 2
    await app.consumer.transactions.on_rebalance({tp}, revoked=set(), newly_assigned=set())
    return producer_calls(app)


async def test_a_batch_acknowledged_during_a_revocation_is_not_committed_but_undone(
    app: faust.App, monkeypatch: pytest.MonkeyPatch
):
    consumer, tp = app.consumer, TP(ACTIVITY, 0)
    await assigned_alone(app, monkeypatch, tp)
    # Offsets 3 to 11 held an aborted transaction's records: a gap, which faust forgets when
    # the revocation begins, while the agent still works on the batch.
    batch = tracked(consumer, tp, 0, 1, 2, 12, 13)

    async def agent_acknowledges_its_batch(revoked: set[TP]) -> None:
        for event in batch:
            consumer.ack(event.message)

    monkeypatch.setattr(consumer, "_on_partitions_revoked", agent_acknowledges_its_batch)
    await consumer.on_partitions_revoked({tp})
    assert not consumer._unacked_messages, "the revocation would wait for the batch forever"
    assert not await consumer.commit({tp}), producer_calls(app)
    tid = f"{APP_ID}-{ACTIVITY}-0"
    calls = await producer_calls_on_keeping(app, tp)
    assert ("stop producer", tid) in calls, "the batch's transaction was kept"


async def test_a_batch_sent_before_a_batch_given_up_is_undone_if_kept(
    app: faust.App, monkeypatch: pytest.MonkeyPatch
):
    consumer, tp = app.consumer, TP(RAW, 0)
    await assigned_alone(app, monkeypatch, tp)
    sent, started_ahead = tracked(consumer, tp, 0, 1, 2), tracked(consumer, tp, 3)

    async def agent_gives_up_the_next_batch_then_acknowledges_the_sent_one(
        revoked: set[TP],
    ) -> None:
        consumer.abandon(event.message for event in started_ahead)  # as `give_up` does
        for event in sent:
            consumer.ack(event.message)

    monkeypatch.setattr(
        consumer,
        "_on_partitions_revoked",
        agent_gives_up_the_next_batch_then_acknowledges_the_sent_one,
    )
    await consumer.on_partitions_revoked({tp})
    assert not consumer._unacked_messages, "the revocation would wait for the batches forever"
    tid = f"{APP_ID}-{RAW}-0"
    calls = await producer_calls_on_keeping(app, tp)
    assert ("stop producer", tid) in calls, "the sent batch's outputs were kept"


class GatedProducer(FakeProducer):
    """Producer starts and stops that last until the test opens the gate."""

    def __init__(self) -> None:
        super().__init__()
        self.gate = asyncio.Event()

    async def stop_transaction(self, transactional_id: str) -> None:
        await super().stop_transaction(transactional_id)
        await self.gate.wait()

    async def maybe_begin_transaction(self, transactional_id: str) -> None:
        await super().maybe_begin_transaction(transactional_id)
        await self.gate.wait()


async def test_a_rebalance_starts_and_stops_its_producers_together(app: faust.App):
    producer = GatedProducer()
    transactions = app.consumer.transactions
    transactions.producer = producer
    partitions = {TP(topic, p) for topic in AGENT_INPUTS for p in range(3)}
    for phase, rebalance in [
        ("begin", transactions.on_rebalance(partitions, set(), newly_assigned=partitions)),
        ("stop producer", transactions.on_rebalance(set(), partitions, newly_assigned=set())),
    ]:
        producer.gate.clear()
        running = asyncio.ensure_future(rebalance)
        for _ in range(10):  # every task that can run, runs until it waits at the gate
            await asyncio.sleep(0)
        started = [call for call in producer.calls if call[0] == phase]
        assert len(started) == len(partitions), (
            f"{phase}: {len(started)} of {len(partitions)} under way while the first waits"
        )
        producer.gate.set()
        await running
        producer.calls.clear()


def tracked(consumer: ExactOffsetsConsumer, tp: TP, *offsets: int) -> list[SimpleNamespace]:
    """Events of records that reached an agent: tracked, awaited by a rebalance."""
    events = []
    for offset in offsets:
        message = ConsumerMessage(tp.topic, tp.partition, offset, 0.0, 0, None, b"k", b"v", None)
        message.tracked = True
        consumer.track_message(message)
        events.append(SimpleNamespace(message=message))
    return events


@pytest.mark.parametrize(
    "failure",
    [
        IllegalOperation("Can't send messages while not in transaction"),
        ProducerSendError("Error while sending: ProducerFenced()"),
    ],
    ids=["send-after-fencing", "fenced-send"],
)
async def test_a_batch_whose_producer_was_fenced_is_given_up_uncommitted(
    app: faust.App, monkeypatch: pytest.MonkeyPatch, failure: Exception
):
    from stream.worker import agents

    if isinstance(failure, ProducerSendError):
        failure.__cause__ = ProducerFenced()  # as faust's producer raises it
    monkeypatch.setattr(agents, "app", app)
    consumer, transactions, tp = app.consumer, app.consumer.transactions, TP(RAW, 0)
    monkeypatch.setattr(consumer, "assignment", lambda: {tp})
    rejoins: list[bool] = []
    monkeypatch.setattr(consumer, "rejoin", lambda: rejoins.append(True))
    ack(consumer, tp, 0, 1, 2)
    assert await consumer.commit()

    async def fenced_send(*args: Any, **kwargs: Any) -> None:
        raise failure

    monkeypatch.setattr(transactions.producer, "send", fenced_send)
    batch = tracked(consumer, tp, 3)
    # Dropped from the group, the worker was fenced by the one given raw 0 while its
    # rebalance waited for this batch: the agent crashed, and the rebalance waited forever.
    async with agents.abandoned_if_fenced(batch):  # type: ignore[arg-type]
        with processing(tp):
            await transactions.send(ENRICHED, b"k", b"v", 0, None, None)
    assert not consumer.unacked
    assert rejoins  # whose rebalance makes new producers (if it has raw 0 still)
    for event in batch:  # `take_events` acknowledges the batch when the agent goes on
        event.message.ack(consumer)
    # The next batch, fetched before the rebalance: faust would commit over a hole of one.
    for event in tracked(consumer, tp, 4):
        event.message.ack(consumer)
    await consumer.commit()
    waited: list[bool] = []

    async def revoke(revoked: set[TP]) -> None:  # what faust does before the rebalance
        waited.append(True)
        await asyncio.wait_for(consumer.wait_empty(), timeout=5)

    monkeypatch.setattr(consumer, "_on_partitions_revoked", revoke)
    await consumer.on_partitions_revoked({tp})
    assert waited
    # Nothing committed past offset 3: raw 0 is processed again from there.
    assert producer_calls(app)[-1] == ("commit", {f"{APP_ID}-{RAW}-0": {tp: 3}})
    for event in tracked(consumer, tp, 3):  # after the seek back, in the next assignment
        event.message.ack(consumer)
    assert consumer._acked[tp] == [3]


async def test_an_error_of_another_kind_still_crashes_the_agent(
    app: faust.App, monkeypatch: pytest.MonkeyPatch
):
    from stream.worker import agents

    monkeypatch.setattr(agents, "app", app)
    batch = tracked(app.consumer, TP(RAW, 0), 3)
    with pytest.raises(ProducerSendError):
        async with agents.abandoned_if_fenced(batch):  # type: ignore[arg-type]
            raise ProducerSendError("Error while sending") from KafkaConnectionError()
    assert app.consumer.unacked


@pytest.mark.parametrize(
    "failure",
    [ProducerFenced(), IllegalOperation("Not in the middle of a transaction")],
    ids=["fenced-commit", "commit-after-fencing"],
)
async def test_a_fenced_commit_asks_for_a_rebalance_that_makes_every_producer_anew(
    app: faust.App, monkeypatch: pytest.MonkeyPatch, failure: Exception
):
    # A transaction that ran past its timeout on a busy machine was aborted by the broker,
    # and its producer fenced: faust 0.15.3 crashed the worker.
    transactions, raw, activity = app.consumer.transactions, TP(RAW, 0), TP(ACTIVITY, 0)
    rejoins: list[bool] = []
    monkeypatch.setattr(app.consumer, "rejoin", lambda: rejoins.append(True))
    app.consumer_generation_id = 1
    await transactions.on_rebalance({raw, activity}, revoked=set(), newly_assigned={raw, activity})

    async def fenced_commit(*args: Any, **kwargs: Any) -> None:
        raise failure

    monkeypatch.setattr(transactions.producer, "commit_transactions", fenced_commit)
    assert not await transactions.commit({raw: 5})
    assert rejoins
    producer_calls(app).clear()
    app.consumer_generation_id = 2  # no generation missed: only the rejoin says why
    await transactions.on_rebalance({raw, activity}, revoked=set(), newly_assigned=set())
    calls = producer_calls(app)
    for tid in (f"{APP_ID}-{RAW}-0", f"{APP_ID}-{ACTIVITY}-0"):
        assert ("stop producer", tid) in calls, f"{tid}: the fenced producer was kept"
        assert calls.index(("stop producer", tid)) < calls.index(("begin", tid)), calls


def test_a_rejoin_is_asked_of_the_group_coordinator_in_the_consumer_thread(app: faust.App):
    requested: list[bool] = []
    thread = app.consumer._new_consumer_thread()
    coordinator = SimpleNamespace(request_rejoin=lambda: requested.append(True))
    thread._consumer = SimpleNamespace(_coordinator=coordinator)
    app.consumer._thread = thread
    app.consumer.rejoin()
    assert not requested  # not here: in the consumer thread's loop, whose future it sets
    thread.thread_loop.run_until_complete(asyncio.sleep(0))
    assert requested
    thread.thread_loop.close()
    app.consumer.rejoin()  # a stopped consumer: no group to rejoin


# The consumer commits exactly what the agents processed (stream/workarounds/transactions.py).


async def test_fetching_stops_before_the_seek_to_the_committed_offsets(
    app: faust.App, monkeypatch: pytest.MonkeyPatch
):
    consumer = app.consumer
    fetching_during_seek: list[bool] = []

    async def seek_to_committed() -> dict[TP, int]:
        fetching_during_seek.append(consumer.flow_active)
        return {}

    monkeypatch.setattr(consumer, "seek_to_committed", seek_to_committed)
    assert consumer.flow_active
    await consumer.perform_seek()
    assert fetching_during_seek == [False]


class FakeConsumerThread:
    def __init__(self, committed: dict[TP, int | None]) -> None:
        self._committed = committed
        self.to_beginning: list[TP] = []
        self.sought: dict[TP, int] = {}

    async def seek_to_committed(self) -> dict[TP, int | None]:
        return self._committed

    async def seek_to_beginning(self, *partitions: TP) -> None:
        self.to_beginning += partitions

    async def seek_wait(self, partitions: Mapping[TP, int]) -> None:
        self.sought.update(partitions)


async def test_partitions_nobody_committed_go_back_to_their_first_offset(app: faust.App):
    table = app.Table("visits", partitions=3)
    uncommitted, committed, changelog = TP(RAW, 0), TP(RAW, 1), TP(table.changelog_topic_name, 0)
    thread = FakeConsumerThread({uncommitted: None, committed: 7, changelog: None})
    app.consumer._thread = thread
    await app.consumer.seek_to_committed()
    assert thread.to_beginning == [uncommitted]  # changelogs are faust's recovery's to seek


async def test_no_partition_is_sought_back_behind_what_this_worker_committed(
    app: faust.App, monkeypatch: pytest.MonkeyPatch
):
    kept, first, other = TP(RAW, 0), TP(RAW, 1), TP(RAW, 2)
    consumer = app.consumer
    monkeypatch.setattr(consumer, "assignment", lambda: {kept, first, other})
    ack(consumer, kept, 0, 1, 2)
    assert await consumer.commit()
    ack(consumer, kept, 3, 4, 5)
    ack(consumer, first, 0, 1)
    assert await consumer.commit()
    # A rebalance right after: the broker has not written the last transactions' markers
    # yet and answers with the offsets before them (none yet for `first`); `other` was
    # committed by another worker only.
    thread = FakeConsumerThread({kept: 3, first: None, other: 9})
    consumer._thread = thread
    assert await consumer.seek_to_committed() == {kept: 6, first: 2, other: 9}
    assert thread.sought == {kept: 6, first: 2}
    assert thread.to_beginning == []


class FakeReadCommittedConsumer:
    """aiokafka's consumer just after an assignment: nothing fetched, so no cached offsets."""

    def __init__(self, last_stable: dict[TP, int]) -> None:
        self._last_stable = last_stable

    def last_stable_offset(self, tp: TP) -> int | None:
        return None

    async def end_offsets(self, partitions: list[TP]) -> dict[TP, int]:
        return {tp: self._last_stable[tp] for tp in partitions}


async def test_recovery_reads_changelogs_up_to_the_brokers_last_stable_offset(app: faust.App):
    changelog = TP("probe-visits-changelog", 0)
    thread = app.consumer._new_consumer_thread()
    thread._consumer = FakeReadCommittedConsumer({changelog: 42})
    assert await thread._highwaters([changelog]) == {changelog: 42}


class FakeChangelogFetch:
    """One changelog partition behind faust's consumer thread: its records, and the position
    aiokafka keeps, which moves past each fetch as it is returned."""

    def __init__(self, app: faust.App, monkeypatch: pytest.MonkeyPatch, tp: TP, records: int):
        self.tp = tp
        self.records = [SimpleNamespace(offset=offset) for offset in range(records)]
        self.position = {tp: records}  # read to the end in an earlier assignment
        self.sought: list[int] = []
        fetcher = SimpleNamespace(
            _closed=False,
            _subscriptions=SimpleNamespace(fetch_context=contextlib.nullcontext),
            fetched_records=self._fetched_records,
        )
        kafka_consumer = SimpleNamespace(_closed=False, _fetcher=fetcher)
        thread = app.consumer._thread = app.consumer._new_consumer_thread()

        async def faust_getmany(consumer: Any, timeout: float) -> AsyncIterator[tuple[TP, Any]]:
            records = await thread._fetch_records(kafka_consumer, {tp}, timeout=timeout)
            for partition, batch in records.items():
                for record in batch:
                    yield partition, record

        async def faust_seek_wait(thread: Any, consumer: Any, partitions: Mapping[TP, int]) -> None:
            self.position.update(partitions)
            self.sought.extend(partitions.values())

        async def thread_position(partition: TP) -> int:
            return self.position[partition]

        async def thread_seek_wait(partitions: Mapping[TP, int]) -> None:
            await thread._seek_wait(kafka_consumer, partitions)

        async def faust_on_partitions_assigned(consumer: Any, *args: Any) -> None:
            return None

        monkeypatch.setattr(thread, "position", thread_position)
        monkeypatch.setattr(thread, "seek_wait", thread_seek_wait)
        monkeypatch.setattr(faust_aiokafka.AIOKafkaConsumerThread, "_seek_wait", faust_seek_wait)
        monkeypatch.setattr(faust_aiokafka.Consumer, "getmany", faust_getmany)
        monkeypatch.setattr(
            faust_aiokafka.Consumer, "on_partitions_assigned", faust_on_partitions_assigned
        )

    async def _fetched_records(self, *args: Any, **kwargs: Any) -> dict[TP, list[Any]]:
        batch = self.records[self.position[self.tp] :]
        self.position[self.tp] = len(self.records)
        return {self.tp: batch}


async def test_a_changelog_is_not_read_to_its_end_before_its_seek_or_with_records_on_their_way(
    app: faust.App, monkeypatch: pytest.MonkeyPatch
):
    # faust's recovery takes a changelog whose position reached the highwater for read to the
    # end; a worker that stalls in its recovery asks before the seek to where reading starts
    # (a position left from an earlier assignment), or wakes with fetched records not yet
    # handed on.
    changelog = TP("probe-visits-changelog", 0)
    fetch = FakeChangelogFetch(app, monkeypatch, changelog, records=2)
    applied = app.tables.recovery.active_offsets

    await app.consumer.on_partitions_assigned({changelog})
    assert await app.consumer.position(changelog) == -1  # faust's answer: 2, "read to the end"
    applied[changelog] = -1
    await app.consumer.seek_wait({changelog: 0})
    assert await app.consumer.position(changelog) == 0

    handing_on = app.consumer.getmany(timeout=1.0)
    assert (await anext(handing_on))[1].offset == 0
    assert await app.consumer.position(changelog) == -1  # faust's answer: 2
    applied[changelog] = 0
    assert (await anext(handing_on))[1].offset == 1
    assert await app.consumer.position(changelog) == -1  # handed on when the next is asked for
    with pytest.raises(StopAsyncIteration):
        await anext(handing_on)
    app.tables.changelog_queue.put_nowait(object())  # handed on, not yet read by the recovery
    assert await app.consumer.position(changelog) == -1
    app.tables.changelog_queue.get_nowait()
    applied[changelog] = 1
    assert await app.consumer.position(changelog) == 2

    await app.consumer.on_partitions_assigned({changelog})  # the next rebalance
    assert await app.consumer.position(changelog) == -1
    assert fetch.sought == [0]


async def test_changelog_records_dropped_on_their_way_are_fetched_again(
    app: faust.App, monkeypatch: pytest.MonkeyPatch
):
    # faust clears the changelog queue whenever its flow resumes, and a recovery that a new
    # rebalance overtook resumes it in the middle of the next one: records the consumer had
    # passed never reached the recovery, which took the changelog for read to the end.
    changelog = TP("probe-visits-changelog", 0)
    fetch = FakeChangelogFetch(app, monkeypatch, changelog, records=3)
    applied = app.tables.recovery.active_offsets

    await app.consumer.on_partitions_assigned({changelog})
    applied[changelog] = -1
    await app.consumer.seek_wait({changelog: 0})
    batch = [record async for _, record in app.consumer.getmany(timeout=1.0)]
    assert [record.offset for record in batch] == [0, 1, 2]
    applied[changelog] = 0  # the recovery applied the first; the flow's resume cleared the rest

    assert await app.consumer.position(changelog) == -1  # faust's answer: 3, "read to the end"
    assert fetch.sought == [0, 1], "not fetched again from the first record dropped"
    assert await app.consumer.position(changelog) == 1  # the seek forgot what was fetched
    batch = [record async for _, record in app.consumer.getmany(timeout=1.0)]
    assert [record.offset for record in batch] == [1, 2]
    applied[changelog] = 2
    assert await app.consumer.position(changelog) == 3


class FakeAssignment:
    active = True

    def __init__(self, states: dict[TopicPartition, TopicPartitionState]) -> None:
        self._states = states

    def state_value(self, tp: TopicPartition) -> TopicPartitionState | None:
        return self._states.get(tp)


async def test_a_partition_awaiting_its_first_offset_does_not_crash_the_stall_watch(
    app: faust.App,
):
    # Fetched in an earlier assignment (a highwater), then sought back to its first offset:
    # no position until the fetcher resets it, and aiokafka asserts when asked for one.
    tp, now = TP(RAW, 0), time.monotonic()
    state = TopicPartitionState(None)
    state.highwater, state.timestamp = 10, now * 1000  # polled just now
    assignment = FakeAssignment({TopicPartition(RAW, 0): state})
    thread = app.consumer._new_consumer_thread()
    thread._consumer = SimpleNamespace(
        _fetcher=SimpleNamespace(
            _subscriptions=SimpleNamespace(subscription=SimpleNamespace(assignment=assignment))
        )
    )
    thread.time_started = now
    assert not state.has_valid_position
    thread.verify_event_path(now, tp)  # faust's read an AssertionError, and the consumer crashed


async def test_a_worker_starts_without_the_table_stores_it_left(tmp_path: Path):
    app = create_app(Settings(app_id=APP_ID, data_dir=tmp_path))
    left = app.conf.tabledir / "visits-0.db"
    left.mkdir(parents=True)
    await app.on_first_start()
    assert app.conf.tabledir.is_dir()
    assert not left.exists()


class SlowChannel:
    """A topic whose sends wait until the test opens `gate`, as on a busy machine."""

    def __init__(self) -> None:
        self.gate = asyncio.Event()
        self.sent: list[object] = []

    async def publish_message(self, fut: object, wait: bool = False) -> None:
        await self.gate.wait()
        self.sent.append(fut)


class BufferedWrite:
    def __init__(self, channel: SlowChannel) -> None:
        self.message = SimpleNamespace(channel=channel)


async def test_flushing_the_table_writes_waits_until_every_one_is_sent():
    # Built in the test's event loop: a service runs its tasks in the loop it was made in.
    buffer, channel = DrainingProducerBuffer(), SlowChannel()
    buffer.app = SimpleNamespace(conf=SimpleNamespace(producer_threaded=False))
    await buffer.start()
    try:
        for _ in range(3):
            buffer.put(BufferedWrite(channel))
        flushing = asyncio.ensure_future(buffer.flush())
        # faust's flush gives up after 0.1 s per message: a commit would follow it at once.
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(asyncio.shield(flushing), timeout=1.0)
        channel.gate.set()
        await asyncio.wait_for(flushing, timeout=10.0)
        assert len(channel.sent) == 3
    finally:
        await buffer.stop()


class FencedChannel:
    async def publish_message(self, fut: object, wait: bool = False) -> None:
        raise IllegalOperation("Can't send messages while not in transaction")


async def test_a_table_write_on_a_fenced_producer_asks_for_a_rebalance_and_is_dropped():
    buffer, fences = DrainingProducerBuffer(), []
    transactions = SimpleNamespace(on_fenced=fences.append)
    buffer.app = SimpleNamespace(
        conf=SimpleNamespace(producer_threaded=False),
        consumer=SimpleNamespace(transactions=transactions),
    )
    await buffer.start()
    try:
        buffer.put(BufferedWrite(FencedChannel()))  # type: ignore[arg-type]
        buffer.put(BufferedWrite(FencedChannel()))  # type: ignore[arg-type]
        await asyncio.wait_for(buffer.flush(), timeout=10.0)  # raised, or ended the task
        assert len(fences) == 2
        assert not buffer._crash_reason
    finally:
        await buffer.stop()


def test_a_record_no_agent_took_is_not_acknowledged(app: faust.App):
    skipped = ConsumerMessage(RAW, 0, 3, 0.0, 0, None, b"k", b"v", None)
    assert not skipped.tracked
    assert not app.consumer.ack(skipped)
    ack(app.consumer, TP(RAW, 0), 4)
    assert app.consumer._acked[TP(RAW, 0)] == [4]


async def test_commits_pass_every_transaction_marker_at_once(
    app: faust.App, monkeypatch: pytest.MonkeyPatch
):
    tp, consumer = TP(RAW, 0), app.consumer
    monkeypatch.setattr(consumer, "assignment", lambda: {tp})
    # Two transactions of five records, each ended by a commit marker (offsets 5 and 11):
    # faust adds a gap from after the last record read to the next record fetched.
    ack(consumer, tp, 0, 1, 2, 3, 4)
    await consumer._add_gap(tp, 5, 6)
    ack(consumer, tp, 6, 7, 8, 9, 10)
    await consumer._add_gap(tp, 11, 12)
    ack(consumer, tp, 12)
    assert await consumer.commit()
    assert producer_calls(app)[-1] == ("commit", {f"{APP_ID}-{RAW}-0": {tp: 13}})


class Fetcher:
    """What faust's fetch loop checks between fetches: stopped once the test's records are in."""

    def __init__(self) -> None:
        self._stopped = asyncio.Event()


async def test_records_aborted_after_a_partitions_first_record_are_committed_over(
    app: faust.App, monkeypatch: pytest.MonkeyPatch
):
    tp, consumer, fetcher = TP(RAW, 0), app.consumer, Fetcher()
    monkeypatch.setattr(consumer, "assignment", lambda: {tp})
    # A read_committed fetch from the start of a partition: offset 0 committed, 1-9 aborted
    # (a fenced producer's), 10 committed. faust reads a last offset of 0 as "nothing read"
    # and recorded no gap: the commit stopped at 1 with 10 processed, its outputs committed,
    # and the partition's next owner processed 10 again (events published twice).
    fetched = [
        ConsumerMessage(RAW, 0, offset, 0.0, 0, None, b"k", b"v", None) for offset in (0, 10)
    ]

    async def one_fetch(self: Any, timeout: float) -> AsyncIterator[tuple[TP, Any]]:
        for message in fetched:
            yield tp, message
        fetcher._stopped.set()

    async def stream_takes(message: ConsumerMessage) -> None:
        ack(consumer, tp, message.offset)

    async def handed_on(taken: Any, suspended: Any) -> None:  # the flow is never suspended
        suspended.close()
        await taken

    monkeypatch.setattr(faust_aiokafka.Consumer, "getmany", one_fetch)
    monkeypatch.setattr(consumer, "callback", stream_takes)
    monkeypatch.setattr(consumer, "wait_first", handed_on)
    await asyncio.wait_for(consumer._drain_messages(fetcher), 10)
    assert await consumer.commit()
    assert producer_calls(app)[-1] == ("commit", {f"{APP_ID}-{RAW}-0": {tp: 11}})


async def test_a_halted_consumer_commits_nothing(app: faust.App, monkeypatch: pytest.MonkeyPatch):
    tp, consumer = TP(RAW, 0), app.consumer
    monkeypatch.setattr(consumer, "assignment", lambda: {tp})
    ack(consumer, tp, 0, 1, 2)
    consumer.halt()
    assert not await consumer.commit()
    assert not await consumer.commit(start_new_transaction=False)  # as a stopping worker does
    assert producer_calls(app) == []


async def test_a_commit_asked_for_while_another_runs_commits_after_it(
    app: faust.App, monkeypatch: pytest.MonkeyPatch
):
    consumer, raw, activity = app.consumer, TP(RAW, 0), TP(ACTIVITY, 0)
    monkeypatch.setattr(consumer, "assignment", lambda: {raw, activity})
    monkeypatch.setattr(consumer, "loop", asyncio.get_running_loop())  # of faust's futures
    producer = consumer.transactions.producer
    committed, running = producer.commit_transactions, asyncio.Event()
    release = asyncio.Event()

    async def slow_commit(*args: Any, **kwargs: Any) -> None:
        running.set()
        await release.wait()
        await committed(*args, **kwargs)

    monkeypatch.setattr(producer, "commit_transactions", slow_commit)
    ack(consumer, activity, 0)
    other_agent = asyncio.ensure_future(consumer.commit({activity}))
    await running.wait()
    # An agent commits its batch while another agent's commit runs: faust returned at once
    # after that one, with the batch uncommitted; its next batch then joined the transaction.
    ack(consumer, raw, 0, 1, 2)
    ours = asyncio.ensure_future(consumer.commit({raw}))
    await asyncio.sleep(0.01)
    release.set()
    assert await other_agent
    assert await ours
    assert producer_calls(app)[-1] == ("commit", {f"{APP_ID}-{RAW}-0": {raw: 3}})


# The ways in, and what the agents and tables do around faust.


async def test_the_worker_uses_every_override(app: faust.App):
    assert type(app.consumer) is ExactOffsetsConsumer
    assert type(app.consumer._new_consumer_thread()) is BrokerHighwaters
    assert type(app.producer.buffer) is DrainingProducerBuffer
    assert type(app.consumer.transactions) is InputPartitionTransactions
    producer = app.producer._new_producer(transactional_id=f"{APP_ID}-{RAW}-0")
    assert type(producer._sender) is CoordinatorLookupRetries
    assert type(probe_table(app).data).__module__ == "stream.workarounds.uncommitted"


def test_a_table_write_in_a_transaction_finds_its_producer_without_yielding(app: faust.App):
    app.in_transaction = True  # as in a worker under exactly-once
    lookup = app.maybe_start_producer()
    # A coroutine that never yields finishes on its first step.
    with pytest.raises(StopIteration) as finished:
        lookup.send(None)
    assert finished.value.value is app.consumer.transactions


def test_a_table_key_is_routed_to_the_partition_its_rows_are_in(
    app: faust.App, monkeypatch: pytest.MonkeyPatch
):
    from yarl import URL

    from stream.workarounds.routing import InputKeyRouter

    assert type(app.router) is InputKeyRouter
    table = app.Table(
        "probe-profiles",
        schema=faust.Schema(key_type=str, key_serializer="raw", value_serializer="json"),
        partitions=6,
    )
    looked_up: list[bytes] = []

    def key_store(topic: str, key: bytes) -> URL:
        looked_up.append(key)
        return URL("http://peer:6066")

    monkeypatch.setattr(app.assignor, "key_store", key_store)
    app.router.key_store(table.name, "vladimir-putin")
    # The bytes the input records are keyed by, which placed the rows: not '"vladimir-putin"'.
    assert looked_up == [b"vladimir-putin"]


class Event:
    """Enough of a faust event for `current_event` (held by weak reference)."""

    def __init__(self, tp: TP) -> None:
        self.message = ConsumerMessage(tp.topic, tp.partition, 0, 0.0, 0, None, None, b"", None)


def test_table_writes_belong_to_the_event_named():
    event = Event(TP(ACTIVITY, 2))
    with writing_for(event):
        assert current_event() is event
        assert input_partition() == TP(ACTIVITY, 2)
    assert current_event() is None


class FakeStream:
    def __init__(self) -> None:
        self.acked: list[Event] = []

    async def ack(self, event: Event) -> bool:
        self.acked.append(event)
        return True


async def test_an_agent_commits_its_batch_again_after_a_timer_commit(
    monkeypatch: pytest.MonkeyPatch,
):
    from stream.worker import agents

    attempts: list[set[TP]] = []

    async def commit(partitions: set[TP]) -> bool:
        attempts.append(set(partitions))
        return len(attempts) > 1  # the first meets a timer commit, and commits nothing

    monkeypatch.setattr(agents.app.consumer, "commit", commit)
    stream, batch = FakeStream(), [Event(TP(RAW, 0)), Event(TP(RAW, 1))]
    await agents.commit(stream, batch)  # type: ignore[arg-type]
    assert stream.acked == batch
    assert attempts == [{TP(RAW, 0), TP(RAW, 1)}] * 2


async def test_a_revoked_partition_is_processed_again_from_its_committed_offset():
    from stream.worker import agents

    batch = [Event(TP(RAW, 0))]
    assert agents.enriched_already.unseen(batch) == batch  # type: ignore[arg-type]
    assert agents.enriched_already.unseen(batch) == []  # type: ignore[arg-type]
    await agents.restart_from_committed_offsets(agents.app, revoked={TP(RAW, 0)})
    assert agents.enriched_already.unseen(batch) == batch  # type: ignore[arg-type]


# The index and the versions it was written for (stream/workarounds/).


@pytest.mark.parametrize("workaround", workarounds.WORKAROUNDS, ids=lambda w: w.ours)
def test_every_indexed_attribute_exists_upstream_and_here(workaround: workarounds.Workaround):
    for dotted in (workaround.upstream, workaround.ours):
        assert resolve(dotted) is not None, f"{dotted} no longer exists"
    path, test_name = workaround.guarded_by.split("::")
    assert f"def {test_name}(" in (REPO / path).read_text(), f"{workaround.guarded_by} is gone"


def resolve(dotted: str) -> object:
    """The object a dotted name names: a module, then attributes."""
    parts = dotted.split(".")
    for split in range(len(parts), 0, -1):
        try:
            found: object = importlib.import_module(".".join(parts[:split]))
        except ImportError:
            continue
        for attribute in parts[split:]:
            found = getattr(found, attribute)
        return found
    raise AssertionError(f"no module in {dotted}")


def test_the_installed_versions_are_those_the_workarounds_were_written_for():
    workarounds.check_versions()


def test_pyproject_pins_the_versions_the_workarounds_were_written_for():
    pyproject = (REPO / "pyproject.toml").read_text()
    for package, version in workarounds.WRITTEN_FOR.items():
        assert f'"{package}=={version}"' in pyproject, package


def test_another_faust_version_stops_the_app_with_what_was_expected_and_found(
    monkeypatch: pytest.MonkeyPatch,
):
    installed = metadata.version
    monkeypatch.setattr(
        metadata, "version", lambda p: "0.16.0" if p == "faust-streaming" else installed(p)
    )
    with pytest.raises(DependencyError) as refused:
        create_app(Settings(app_id=APP_ID))
    assert "faust-streaming==0.15.3" in str(refused.value)
    assert "faust-streaming 0.16.0 is installed" in str(refused.value)
    assert "aiokafka 0.14.0" not in str(refused.value)  # only what is wrong


def test_stream_worker_on_another_faust_version_ends_with_one_line_naming_both():
    # In a process of its own: the app is built when `stream worker` first imports it.
    fake_version = (
        "import importlib.metadata as m; installed = m.version; "
        "m.version = lambda p: '0.16.0' if p == 'faust-streaming' else installed(p); "
        "from stream.cli import main; main(['worker'])"
    )
    result = subprocess.run(
        [sys.executable, "-c", fake_version], capture_output=True, text=True, timeout=60, cwd=REPO
    )
    assert result.returncode == 1
    assert result.stderr.startswith("Error: newsstream's workarounds"), result.stderr
    assert "faust-streaming==0.15.3" in result.stderr and "0.16.0 is installed" in result.stderr
