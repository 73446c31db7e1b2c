"""Exactly-once with faust 0.15.3: one transaction per input partition, exact offsets.

faust has one transaction per partition *number* ("{app}-{group}-{n}"), shared by every topic
with that partition count, and picks the transaction of a sent record from the partition it
is sent *to*. So a commit of one topic's offsets also committed what the other agents had sent
for their own, still uncommitted, input partition n; after a crash those inputs were processed
again and their outputs published twice. Kafka Streams' rule is restored here: one transaction
per input topic-partition, holding every output of it plus its offsets.

Its consumer could also commit offsets that no agent processed, losing records on a failover
or a restart, or commit behind what was processed, duplicating them: `ExactOffsetsConsumer`.
Its table recovery could stop before the end of a changelog, or not start: `BrokerHighwaters`
and `forget_local_tables`.
And aiokafka's producer stalls when a broker dies during a coordinator lookup: `Producer`.
"""

from __future__ import annotations

import asyncio
import shutil
from collections import defaultdict
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping, Set
from contextlib import contextmanager, suppress
from contextvars import ContextVar
from pathlib import Path
from typing import Any, Protocol, cast

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.errors import IllegalOperation, KafkaConnectionError, KafkaError, ProducerFenced
from aiokafka.producer.sender import Sender
from faust.exceptions import ProducerSendError
from faust.streams import current_event
from faust.transport.consumer import RecordMap, TransactionManager
from faust.transport.drivers import aiokafka
from faust.transport.producer import ProducerBuffer
from faust.types import TP, Message
from faust.types.tuples import FutureMessage, ack_lock
from mode.utils.futures import notify

from stream.workarounds.uncommitted import RestorableStore, UncommittedWrites

_input_partition: ContextVar[TP | None] = ContextVar("newsstream_input_partition", default=None)
# Changelog topic -> the input topic whose events write its table (co-partitioned with it).
_changelog_sources: dict[str, str] = {}


class TopicPartitionLike(Protocol):
    @property
    def topic(self) -> str: ...

    @property
    def partition(self) -> int: ...


@contextmanager
def processing(tp: TP) -> Iterator[None]:
    """Sends inside this block belong to the transaction of input partition `tp`."""
    token = _input_partition.set(tp)
    try:
        yield
    finally:
        _input_partition.reset(token)


def write_changelogs_from(source_topic: str, changelog_topics: Iterable[str]) -> None:
    """Declare that these tables change only while `source_topic` is processed.

    faust sends changelog records later, from its producer buffer, where no event is current:
    this names the transaction they belong to (that of the same partition of `source_topic`).
    """
    _changelog_sources.update(dict.fromkeys(changelog_topics, source_topic))


def fenced(error: BaseException | None) -> bool:
    """Whether `error` says a transactional producer of ours was fenced: another producer
    started with its transactional id (a worker given its partition), or the broker aborted
    a transaction that ran past its timeout. Such a producer can neither send nor commit
    again: aiokafka then refuses both as outside a transaction."""
    while error is not None:
        if isinstance(error, ProducerFenced):
            return True
        if isinstance(error, IllegalOperation) and str(error) in _OUTSIDE_A_TRANSACTION:
            return True
        error = error.__cause__
    return False


# aiokafka 0.14's refusals of a send and of a commit by a producer fenced earlier.
_OUTSIDE_A_TRANSACTION = (
    "Can't send messages while not in transaction",
    "Not in the middle of a transaction",
)


def input_partition() -> TP | None:
    """The partition named by `processing`, else that of the event faust is processing."""
    tp = _input_partition.get()
    if tp is None:
        event = current_event()
        tp = event.message.tp if event is not None else None
    return tp


class InputPartitionTransactions(TransactionManager):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.uncommitted = UncommittedWrites()

    def transactional_id(self, tp: TopicPartitionLike) -> str:
        return f"{self.app.conf.id}-{tp.topic}-{tp.partition}"

    def _tps_to_transactional_ids(self, tps: Set[TP]) -> set[str]:
        """The transactions to start or stop: those of agents' inputs, none for changelogs."""
        agent_input = self.app.topics.acks_enabled_for
        return {
            self.transactional_id(tpg)
            for tpg in self._tps_to_active_tpgs(tps)
            if agent_input(tpg.topic)
        }

    _generation: int | None = None
    _fenced = False
    _orphaned: frozenset[TP] = frozenset()

    def orphaned(self, tps: Iterable[TP]) -> None:
        """Batches of these partitions were acknowledged and will never be committed: their
        transactions are made anew at the next assignment, even if this worker keeps them."""
        self._orphaned = self._orphaned | set(tps)

    def on_fenced(self, error: BaseException) -> None:
        """A producer of ours was fenced: rejoin the group, whose rebalance makes every
        producer anew and seeks the partitions back to their committed offsets (Kafka
        Streams' answer to a fenced producer, `TaskMigratedException`)."""
        if not self._fenced:
            self.log.warning("A producer was fenced (%r): rejoining the group", error)
        self._fenced = True
        self.consumer.rejoin()

    async def on_rebalance(
        self, assigned: Set[TP], revoked: Set[TP], newly_assigned: Set[TP]
    ) -> None:
        # faust makes new producers only for partitions this worker did not have before the
        # rebalance, and begins a transaction again with the old producers of the others. But
        # a worker dropped from the group (a missed heartbeat on a busy machine) may get back
        # partitions that another worker held meanwhile: its producers for them started with
        # the same transactional ids, which fenced ours. The first send on such a partition
        # then failed ("Can't send messages while not in transaction"), the agent crashed with
        # its batch unacknowledged, nothing was committed after it, and the next rebalance
        # waited for those records forever. A generation this worker was not part of is such
        # a gap: then every producer of the assignment is made anew (its start fences any
        # other and aborts what it left open, as Kafka Streams does).
        generation, previous = self.app.consumer_generation_id, self._generation
        self._generation = generation
        fenced, self._fenced = self._fenced, False
        orphaned, self._orphaned = self._orphaned, frozenset()
        if kept := orphaned & set(assigned):  # `ExactOffsetsConsumer.on_partitions_revoked`
            self.log.info(
                "Batches acknowledged and never committed in %d kept partitions: their "
                "transactions are aborted and their table writes undone",
                len(kept),
            )
            revoked = set(revoked) | kept
        if fenced:  # `on_fenced`: the fenced producers can never send again
            revoked = set(revoked) | set(assigned)
        elif previous is not None and generation != previous + 1:
            self.log.info(
                "Generation %r after %r: this worker was out of the group in between, and "
                "its producers of the partitions it kept may be fenced: new ones for all",
                generation,
                previous,
            )
            revoked = set(revoked) | set(assigned)
        await super().on_rebalance(assigned, revoked, newly_assigned)

    # faust starts and stops the producers one after another, inside the assignment
    # callback, during which aiokafka sends no heartbeats (it starts its heartbeat task after
    # the callback). Each start is a connection, a coordinator lookup and an InitProducerId,
    # which waits for the broker to abort what a fenced predecessor left open: on a busy
    # machine twelve in a row outlasted a 6 s session, the worker was dropped, made them all
    # anew on rejoining (above), and was dropped again, round after round. Together, their
    # round trips overlap.
    async def _start_transactions(self, tids: Iterable[str]) -> None:
        await asyncio.gather(*(self.producer.maybe_begin_transaction(tid) for tid in tids))

    async def _stop_transactions(self, tids: Iterable[str]) -> None:
        tids = list(tids)
        # A producer stopped with its transaction open: the broker aborts it, and the local
        # stores must lose its writes too, before the recovery replays the changelogs.
        undone = self.uncommitted.undo(tids)
        if undone:
            self.log.info("Put back %d table keys written by transactions never committed", undone)
        await asyncio.gather(*(self.producer.stop_transaction(tid) for tid in tids))

    def before_write(self, store: RestorableStore, partition: int, key: Any, before: Any) -> None:
        """A table is about to overwrite `key`, whose value was `before` (`uncommitted`)."""
        tp = input_partition()
        if tp is None:
            raise ProducerSendError(f"a table write to {store!r} outside an agent: no transaction")
        self.uncommitted.record(self.transactional_id(tp), store, partition, key, before)

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
        # A changelog record may be sent by whichever task flushes faust's buffer.
        if topic in _changelog_sources and partition is not None:
            source: TP | None = TP(_changelog_sources[topic], partition)
        else:
            source = input_partition()
        if source is None:
            raise ProducerSendError(f"a record for {topic} sent outside an agent: no transaction")
        return await self.producer.send(
            topic,
            key,
            value,
            self.consumer.key_partition(topic, key, partition),
            timestamp,
            headers,
            transactional_id=self.transactional_id(source),
        )

    async def commit(self, offsets: Mapping[TP, int], start_new_transaction: bool = True) -> bool:
        # Table writes wait in faust's producer buffer: those of the events being committed
        # must be sent first, into the transaction that commits the events' offsets.
        await self.producer.buffer.flush()
        by_transaction: defaultdict[str, dict[TP, int]] = defaultdict(dict)
        for tp, offset in offsets.items():
            by_transaction[self.transactional_id(tp)][tp] = offset
        # One call a transaction, together: faust's commits them one after another (three
        # round trips each), and a failure left unknown which of them had committed.
        outcomes = await asyncio.gather(
            *(
                self.producer.commit_transactions(
                    {tid: tid_offsets},
                    self.app.conf.id,
                    start_new_transaction=start_new_transaction,
                )
                for tid, tid_offsets in by_transaction.items()
            ),
            return_exceptions=True,
        )
        errors = [error for error in outcomes if isinstance(error, BaseException)]
        done = [
            tid for tid, outcome in zip(by_transaction, outcomes, strict=True) if outcome is None
        ]
        self.uncommitted.committed(done)
        cast(ExactOffsetsConsumer, self.consumer).committed_here(
            {tp: offset for tid in done for tp, offset in by_transaction[tid].items()}
        )
        for error in errors:
            if not fenced(error):
                raise error
        if errors:
            # Another worker has these partitions now, or a transaction ran past its timeout
            # (a busy machine) and the broker aborted it. faust 0.15.3 crashed the worker;
            # nothing more is committed, and the partitions are processed again from their
            # committed offsets after the rebalance asked for here.
            self.on_fenced(errors[0])
            return False
        return True


def forget_local_tables(tabledir: Path) -> None:
    """Rebuild every table from its changelog, not from the stores a previous run left.

    A kill -9 leaves in the local stores the writes of transactions that were then aborted,
    and replaying the changelog does not undo them: a report counted twice. Under exactly-once
    faust 0.15.3 never records how far a store is committed (it files the offsets under the
    changelog partition and looks them up under the input partition), so it replays each
    changelog from its start anyway: starting empty costs nothing. Kafka Streams does the same
    after an unclean shutdown under exactly-once.
    """
    shutil.rmtree(tabledir, ignore_errors=True)


class BrokerHighwaters(aiokafka.AIOKafkaConsumerThread):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Partitions of the last fetch whose records faust has not handed on yet: their
        # position is already past those records (`ExactOffsetsConsumer.position`).
        self.handing_on: set[TP] = set()
        # The offset of the last record fetched from each partition since its last seek.
        self.fetched_to: dict[TP, int] = {}

    async def _fetch_records(
        self,
        consumer: AIOKafkaConsumer,
        active_partitions: Set[TP],
        timeout: float | None = None,
        max_records: int | None = None,
    ) -> RecordMap:
        records = await super()._fetch_records(
            consumer, active_partitions, timeout=timeout, max_records=max_records
        )
        # In the same step of this thread's loop as the position moved past them, so that
        # no position read here (`position` runs in this loop too) falls in between.
        self.handing_on.update(records)
        self.fetched_to.update((tp, batch[-1].offset) for tp, batch in records.items() if batch)
        return records

    async def _seek_wait(self, consumer: AIOKafkaConsumer, partitions: Mapping[TP, int]) -> None:
        # Here, in this thread's loop, so that no fetch from the new offsets comes in between.
        for tp in partitions:
            self.fetched_to.pop(tp, None)
        await super()._seek_wait(consumer, partitions)

    async def _highwaters(self, partitions: list[TP]) -> Mapping[TP, int]:
        # Where recovery stops. Under exactly-once faust takes the last stable offset the
        # latest fetch response carried: none for a partition not fetched since it was
        # assigned (recovery then reads nothing, and a worker taking over a partition starts
        # with an empty table), an old one for a partition fetched long ago (the table misses
        # what was committed since), and with a store offset above -1, `ConsistencyError`.
        # The broker's answer, asked at read_committed, is the last stable offset now.
        return dict(await self._ensure_consumer().end_offsets(list(partitions)))

    def rejoin(self) -> None:
        """Ask the consumer for a rebalance. From any thread, and at once: not through the
        consumer thread's queue, which a rebalance may be holding up."""
        with suppress(RuntimeError):  # its loop closed: the consumer stopped, no group
            self.thread_loop.call_soon_threadsafe(self._request_rejoin)

    def _request_rejoin(self) -> None:
        if self._consumer is not None:
            self._consumer._coordinator.request_rejoin()

    def verify_event_path(self, now: float, tp: TP) -> None:
        # faust's watch for stalled streams reads each partition's position, taking None for
        # "not known yet"; aiokafka 0.14 asserts that there is one. A partition sought back to
        # its first offset (`seek_to_committed`) has none until the fetcher resets it: the
        # watch, falling in between after a rebalance, crashed the consumer and the worker.
        subscription = self._ensure_consumer()._fetcher._subscriptions.subscription
        assignment = subscription.assignment if subscription is not None else None
        state = assignment.state_value(TopicPartition(*tp)) if assignment else None
        if state is not None and not state.has_valid_position:
            return None
        return super().verify_event_path(now, tp)


class ExactOffsetsConsumer(aiokafka.Consumer):
    """faust's consumer, fixed to commit exactly the records its agents processed, and to
    recover its tables up to the end of their changelogs."""

    _halted = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Partitions with records given up (`abandon`), until the rebalance seeks them back:
        # none of their later records is acknowledged either. faust would commit over the
        # hole they leave when nothing was committed in the partition yet, or when it is one
        # record long.
        self._abandoned: set[TP] = set()
        # Partitions sought since the last assignment (`position`).
        self._sought: set[TP] = set()
        # The partitions of a revocation under way, which waits for the agents' batches.
        self.revoking: frozenset[TP] = frozenset()
        # The offsets this worker's own transactions last committed (`seek_to_committed`).
        self._committed_here: dict[TP, int] = {}

    def _new_consumer_thread(self) -> aiokafka.AIOKafkaConsumerThread:
        return BrokerHighwaters(self, loop=self.loop, beacon=self.beacon)

    async def getmany(self, timeout: float) -> AsyncIterator[tuple[TP, Message]]:
        # faust's fetch loop records the offsets between the last record read and the next as
        # a gap to commit over (aborted records, transaction markers), but takes a last offset
        # of 0 for "none read": records aborted right after a partition's first record left no
        # gap, commits stopped at offset 1, and the next owner of the partition processed the
        # records after the hole again, whose outputs had been committed (published twice).
        try:
            async for tp, message in super().getmany(timeout):
                if self._read_offset.get(tp) == 0 and self.app.topics.acks_enabled_for(tp.topic):
                    await self._add_gap(tp, 1, message.offset)
                yield tp, message  # resumed once the record is on its stream's queue
        finally:
            cast(BrokerHighwaters, self._thread).handing_on.clear()

    async def position(self, tp: TP) -> int | None:
        # Only faust's table recovery asks, and it takes a changelog partition whose position
        # reached the highwater for read to the end, whatever it has not seen being aborted
        # transactions' markers. It may ask before it has sought the partition to where its
        # reading starts, and a worker that stalled there (a busy machine, a pause) woke with
        # its 5 s timer due and asked at once: the position left from an earlier assignment
        # said "read", the changelog was never read, and a table stayed short for good. The
        # position also passes records as soon as they are fetched, before the recovery has
        # them. So: not at the end before this assignment's seek, nor while records are on
        # their way. And records handed on can still be dropped before the recovery has them
        # (a flow resumed mid-rebalance clears the changelog queue; a generation change ends
        # a batch): those are fetched again, from the last record the recovery applied.
        position = await super().position(tp)
        thread = cast(BrokerHighwaters, self._thread)
        if tp not in self._sought or tp in thread.handing_on:
            return -1  # asked again at the recovery's next idle turn
        if not self.app.tables.changelog_queue.empty():
            return -1
        applied = self.app.tables.recovery.active_offsets.get(tp, -1)
        if thread.fetched_to.get(tp, -1) > applied:
            await self.seek_wait({tp: applied + 1})
            return -1
        return position

    async def seek_wait(self, partitions: Mapping[TP, int]) -> None:
        await super().seek_wait(partitions)
        self._sought.update(partitions)

    async def on_partitions_assigned(self, assigned: Set[TP], generation_id: int = 0) -> None:
        self._sought.clear()  # a recovery follows, which seeks its partitions anew
        await super().on_partitions_assigned(assigned, generation_id)

    def halt(self) -> None:
        """Commit nothing from now on: the worker is stopping on a batch it did not finish.

        faust would commit it as done: a batch from `take_events` is acknowledged whole when
        the agent leaves it, and stopping commits everything acknowledged, with the open
        transactions. Uncommitted, those are aborted, and the batch is processed again.
        """
        self._halted = True

    async def commit(self, *args: Any, **kwargs: Any) -> bool:
        # faust runs one commit at a time, and a commit asked for while another runs waits
        # for it, then returns without committing, as if that one had committed everything.
        # It has not: it committed only what was acknowledged when it began, and only in the
        # partitions it was asked for (an agent commits its own). The batch an agent had just
        # acknowledged stayed uncommitted while its next batch was sent into the same
        # transactions, and the next commit (the timer's) committed those outputs with the
        # offsets of the batch before: after a crash the new owner processed that next batch
        # again, and its outputs were published twice. Commits queue here instead.
        while self._commit_fut is not None:
            await asyncio.wait([self._commit_fut])  # not cancelled if that commit is
        if self._halted:
            return False
        return bool(await super().commit(*args, **kwargs))

    def abandon(self, messages: Iterable[Message]) -> None:
        """Forget a batch the agent could not finish because its producer was fenced.

        faust waits, before a rebalance (`wait_empty`), until every record that reached an
        agent is acknowledged; acknowledged, it would be committed. A batch whose sends or
        commit failed on a fenced producer (`fenced`) is neither: its records are untracked,
        and its offsets forgotten, so nothing is committed for them and the rebalance goes
        on. Its transaction is aborted, and the records are processed again from the
        partition's committed offset, here or by the worker that has the partition now.
        """
        with ack_lock:
            for message in messages:
                message.tracked = False  # `ack` refuses it from now on
                message.acked = True  # and faust's `Message.ack` does not call it
                self._unacked_messages.discard(message)
                tp, offset = message.tp, message.offset
                self._abandoned.add(tp)
                if offset in self._acked_index.get(tp, ()):
                    self._acked_index[tp].discard(offset)
                    self._acked[tp].remove(offset)
        notify(self._waiting_for_ack)

    async def on_partitions_revoked(self, revoked: Set[TP]) -> None:
        self.revoking = frozenset(revoked)
        # faust clears the revoked partitions' acknowledged offsets before it waits for the
        # agents: a batch acknowledged whose commit had not run yet (queued behind another
        # agent's) then committed nothing. Its outputs and table writes stayed in the open
        # transaction of a partition this worker could keep, processed again from its
        # committed offset and committed with a later batch: a table counted it twice.
        cast(InputPartitionTransactions, self.transactions).orphaned(
            tp for tp in revoked if self._acked.get(tp)
        )
        try:
            await super().on_partitions_revoked(revoked)  # waits for every batch (`wait_empty`)
        finally:
            self.revoking = frozenset()
        self._abandoned.difference_update(revoked)

    def rejoin(self) -> None:
        """Ask for a rebalance: none follows if one is under way already."""
        cast(BrokerHighwaters, self._thread).rejoin()

    async def perform_seek(self) -> None:
        # After a rebalance faust resumes fetching the agents' partitions before it seeks them
        # back to their committed offsets. Records fetched in between reached the agents or
        # were dropped, and faust took the jump from the seek back to the next record fetched
        # at the old position for a gap (transaction markers) to commit over: records lost.
        # Fetching stops until the seek is done; the agents drop the copies (`redelivery`).
        self.stop_flow()
        await self.wait_for_stopped_flow()
        await super().perform_seek()

    def committed_here(self, offsets: Mapping[TP, int]) -> None:
        """Offsets that transactions of this worker committed (the broker said so)."""
        self._committed_here.update(offsets)

    async def seek_to_committed(self) -> Mapping[TP, int]:
        committed = dict(await super().seek_to_committed())
        # aiokafka reads committed offsets without KIP-447's `require_stable`: until the
        # markers of a committed transaction are written, the broker still answers with the
        # offset before it (33 reads in 300 right after a commit, on a busy machine here). A
        # worker keeping a partition through a rebalance could go back there and process its
        # last batch again: published twice. None goes back behind what this worker's own
        # transactions committed; a worker that had the partition since started after them.
        ahead = {
            tp: offset
            for tp, offset in self._committed_here.items()
            if tp in committed and offset > (committed[tp] or 0)
        }
        if ahead:
            await self._thread.seek_wait(ahead)
            committed.update(ahead)
        # faust skips fetched records of paused partitions, counting on this seek to fetch
        # them again; but aiokafka leaves a partition nobody committed yet where it is, past
        # records no one processed. Those go back to the start (auto_offset_reset=earliest).
        uncommitted = [
            tp for tp, offset in committed.items() if not offset and not self._is_changelog_tp(tp)
        ]
        if uncommitted:
            await self._thread.seek_to_beginning(*uncommitted)
        return committed

    def ack(self, message: Message) -> bool:
        # faust acknowledges the records its streams skip as fetched before a rebalance, so
        # a commit could pass them although they were never processed: they are fetched again.
        if not message.tracked:
            return False
        if message.tp in self._abandoned or message.tp in self.revoking:
            # A record is acknowledged once its outputs are sent: refused, they stay in the
            # partition's open transaction, which is aborted at the next assignment even if
            # the worker keeps the partition (`orphaned`); else a later commit there published
            # them with the records processed again from the committed offset. Refused are
            # the later records of a partition given up (`abandon`: a batch started ahead was
            # given up in a revocation while the one before it was being sent), and records
            # acknowledged during a revocation, which cleared the partition's gaps (records of
            # aborted transactions): acknowledged, a batch with such a hole committed the
            # offset before it with the outputs of every record after it.
            self.abandon([message])
            cast(InputPartitionTransactions, self.transactions).orphaned([message.tp])
            return False
        return super().ack(message)

    async def _add_gap(self, tp: TP, offset_from: int, offset_to: int) -> None:
        # faust passes the offset of the record after the gap as its last offset; that record
        # is then acknowledged twice, and the duplicate stops faust's search for consecutive
        # acknowledged offsets: each commit advanced one transaction only, falling behind.
        await super()._add_gap(tp, offset_from, offset_to - 1)


class CoordinatorLookupRetries(Sender):
    """aiokafka's sender, retrying a coordinator lookup that lost its connection.

    aiokafka retries a lookup the broker answers with an error, but not one whose broker
    dies before it answers: the sender task of that transactional producer then ends, and
    its transaction can never commit again; the worker stalls. Found by killing a broker.
    """

    async def _find_coordinator(self, coordinator_type: Any, coordinator_key: str) -> int:
        while True:
            try:
                return await super()._find_coordinator(coordinator_type, coordinator_key)
            except KafkaError as error:
                if not isinstance(error.__cause__, KafkaConnectionError):
                    raise
            await self.client.force_metadata_update()
            await asyncio.sleep(self._retry_backoff)


class RetryingAIOKafkaProducer(AIOKafkaProducer):
    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        # Built in `__init__` from a dozen resolved options: re-classed rather than rebuilt.
        self._sender.__class__ = CoordinatorLookupRetries


class DrainingProducerBuffer(ProducerBuffer):
    """faust's buffer of table writes, whose `flush` returns once every write is sent.

    faust's waits 0.1 s for each message its background task sends and, on a busy machine
    where a send takes longer, returns with writes still buffered or being sent: they then
    joined the next transaction, not the one committing the batch that made them, and a
    kill -9 before that next commit lost them from the changelog (a table restored short).
    """

    def __post_init__(self) -> None:
        super().__post_init__()
        self._sending = 0
        self._all_sent = asyncio.Event()
        self._all_sent.set()

    async def flush(self) -> None:
        while not self.pending.empty():
            await self._send_pending(self.pending.get_nowait())
        await self._all_sent.wait()  # the one the background task may be sending

    async def _send_pending(self, fut: FutureMessage) -> None:
        # Counted before the first await: the background task calls this at once after
        # taking a message from the queue, so no message is ever out of the queue uncounted.
        self._sending += 1
        self._all_sent.clear()
        try:
            await super()._send_pending(fut)
        except Exception as error:
            # A table write of a transaction whose producer was fenced: it can never commit,
            # nor can the records that made the write, which are processed again after the
            # rebalance asked for here. Raised, it ended the buffer's task: the worker crashed.
            if not fenced(error):
                raise
            self.app.consumer.transactions.on_fenced(error)
        finally:
            self._sending -= 1
            if not self._sending:
                self._all_sent.set()


class Producer(aiokafka.Producer):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Built in faust's `__init__`, started with the producer: replaced before it starts.
        buffer = DrainingProducerBuffer(loop=self.loop, beacon=self.beacon)
        buffer.app = self.app
        self.buffer = buffer

    @property
    def _producer_type(self) -> type[AIOKafkaProducer]:
        return RetryingAIOKafkaProducer


class Transport(aiokafka.Transport):
    Consumer = ExactOffsetsConsumer
    Producer = Producer
    TransactionManager = InputPartitionTransactions
