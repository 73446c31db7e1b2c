"""The agents: iterate, call one function of `stream.worker.flow`, send or update a table.

raw articles --enrich--> enriched, entities, dead letters, event reports
event reports (keyed by type and participants) --resolve_events--> events, actor and place rows
actor rows (keyed by participant) --record_activity--> actor tables
place rows (keyed by place, and by its country) --record_places--> place tables
"""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Sequence
from contextlib import asynccontextmanager
from typing import Protocol, cast

from faust import StreamT
from faust.types import TP, EventT

from stream.contracts import ActorRowChange
from stream.errors import InternalError
from stream.workarounds.redelivery import Processed
from stream.workarounds.table_writes import writing_for
from stream.workarounds.transactions import ExactOffsetsConsumer, fenced, processing
from stream.worker import tables
from stream.worker.app import app, settings, topics
from stream.worker.enrichment import EnrichmentPool
from stream.worker.flow import (
    Enrich,
    Outgoing,
    decode_activity,
    decode_place_row,
    decode_report,
    enrich_messages,
    record_activities,
    resolve_reports,
)
from stream.worker.handlers import ErrorHandler, error_handler
from stream.worker.intake import RawMessage
from stream.worker.metrics import METRICS

pool: Enrich = EnrichmentPool(settings.spacy_model, settings.nlp_processes)
on_error: ErrorHandler = error_handler(settings.on_internal_error)

ENRICH_CHUNK_ARTICLES = 8
"""Articles per pool call. A batch's chunks all go to the pool at once, so every process has
queued work until the batch's end; small chunks shorten that end, when one process is left
working alone, and let the first outputs go out while the rest is parsed. Batches this size
parse nearly as fast with `nlp.pipe` as bigger ones, and a call costs ~1 ms of pickling."""

REPORT_BATCH = 500
"""Event reports resolved per transaction."""

ACTIVITY_BATCH = 500
"""Activity records merged into the tables per transaction."""

enriched_already = Processed()
resolved_already = Processed()
recorded_already = Processed()
placed_already = Processed()


@app.agent(topics.raw)
async def enrich(stream: StreamT[bytes]) -> None:
    await each_batch_committed_ahead(
        stream, settings.batch_size, settings.batch_window_s, start_enriching
    )


@app.agent(topics.reports, concurrency=1)
async def resolve_events(stream: StreamT[bytes]) -> None:
    await each_batch_committed(stream, REPORT_BATCH, settings.batch_window_s, resolve_batch)


@app.agent(topics.activity, concurrency=1)
async def record_activity(stream: StreamT[bytes]) -> None:
    # In batches, so that each table key is written once per batch (see `tables.record`).
    await each_batch_committed(
        stream, ACTIVITY_BATCH, settings.table_batch_window_s, record_activity_batch
    )


@app.agent(topics.places, concurrency=1)
async def record_places(stream: StreamT[bytes]) -> None:
    await each_batch_committed(
        stream, ACTIVITY_BATCH, settings.table_batch_window_s, record_places_batch
    )


def start_enriching(events: Sequence[EventT]) -> Enriching:
    return Enriching(chunks(enriched_already.unseen(events), ENRICH_CHUNK_ARTICLES))


async def resolve_batch(events: Sequence[EventT]) -> None:
    # Resolving is not idempotent (a report counts once more each time), so copies that
    # faust delivers again are dropped, as `enrich` drops them.
    for tp, batch in by_partition(resolved_already.unseen(events)):
        reports = [decode_report(raw_message(event), on_error) for event in batch]
        with writing_for(batch[-1]):
            resolved = resolve_reports(
                [report for report in reports if report is not None],
                tables.known_events_of,
                settings,
            )
            tables.store_known_events(resolved.known)
        with processing(tp):
            await send_all(resolved.outgoing)


async def record_activity_batch(events: Sequence[EventT]) -> None:
    # Profiles count events, so copies that faust delivers again are dropped.
    for _, batch in by_partition(recorded_already.unseen(events)):
        with writing_for(batch[-1]):
            changes = activity_changes(batch)
            await send_all(record_activities(changes, tables.record, settings, on_error))


async def record_places_batch(events: Sequence[EventT]) -> None:
    for _, batch in by_partition(placed_already.unseen(events)):
        rows = [decode_place_row(raw_message(event), on_error) for event in batch]
        with writing_for(batch[-1]):
            tables.record_places([row for row in rows if row is not None])


@app.on_partitions_revoked.connect
async def restart_from_committed_offsets(sender: object, revoked: set[TP], **_: object) -> None:
    enriched_already.forget(revoked)
    resolved_already.forget(revoked)
    recorded_already.forget(revoked)
    placed_already.forget(revoked)


@app.task
async def start_enrichment_processes() -> None:
    if isinstance(pool, EnrichmentPool):
        await pool.warm_up()
    # What start-up made (modules, the clients, the models' validators) lives as long as the
    # worker: out of the cyclic collector's way, whose full passes walked all of it again,
    # ~50 ms each, a millisecond of the main process per article. Still freed by refcount.
    gc.collect()
    gc.freeze()


async def stop_uncommitted(reason: Exception) -> None:
    """Stop the worker and leave the current batch uncommitted: after a fix, the worker that
    takes over processes it again."""
    cast(ExactOffsetsConsumer, app.consumer).halt()
    await app.crash(reason)


async def each_batch_committed(
    stream: StreamT[bytes],
    size: int,
    within: float,
    handle: Callable[[Sequence[EventT]], Awaitable[None]],
) -> None:
    """Handle the stream batch by batch, committing each batch once it is handled.

    A batch whose producer was fenced is given up (`abandoned_if_fenced`); a bug with
    NEWSSTREAM_ON_INTERNAL_ERROR=stop stops the worker with the batch uncommitted.
    """
    async for events in stream.take_events(size, within=within):
        async with abandoned_if_fenced(events):
            try:
                await handle(events)
            except InternalError as bug:
                await stop_uncommitted(bug)
                return
            await commit(stream, events)


class StartedBatch(Protocol):
    def ready(self) -> bool: ...

    async def finish(self) -> None: ...

    def cancel(self) -> None: ...


class _StoppingError(Exception):
    """The worker is stopping on a bug, its batch left uncommitted (`stop_uncommitted`)."""


BATCHES_IN_FLIGHT = 8
"""Batches started and not yet committed. An arrival starts its batch at once instead of
waiting for the commits of those before it (with two, articles at half load waited for
commits longer than for their parse)."""


class StartedBatches:
    """The enrich agent's started batches, oldest first, at most `BATCHES_IN_FLIGHT`."""

    def __init__(self) -> None:
        self._batches: deque[tuple[Sequence[EventT], StartedBatch]] = deque()
        self._arrived = asyncio.Event()
        self._slots = asyncio.Semaphore(BATCHES_IN_FLIGHT)

    async def add(
        self, events: Sequence[EventT], start: Callable[[Sequence[EventT]], StartedBatch]
    ) -> None:
        await self._slots.acquire()
        self._batches.append((events, start(events)))
        self._arrived.set()

    async def oldest(self) -> tuple[Sequence[EventT], StartedBatch]:
        while not self._batches:
            self._arrived.clear()
            await self._arrived.wait()
        return self._batches.popleft()

    def next_ready(self) -> tuple[Sequence[EventT], StartedBatch] | None:
        if self._batches and self._batches[0][1].ready():
            return self._batches.popleft()
        return None

    def committed(self, batches: int) -> None:
        for _ in range(batches):
            self._slots.release()

    def cancel_all(self) -> None:
        while self._batches:
            self._batches.popleft()[1].cancel()


async def each_batch_committed_ahead(
    stream: StreamT[bytes],
    size: int,
    within: float,
    start: Callable[[Sequence[EventT]], StartedBatch],
) -> None:
    """As `each_batch_committed`, with later batches started while one is finished.

    Enrichment is pure work in other processes: started as soon as a batch is taken, it goes
    on while the batches before are sent and committed. Sends stay in batch order, and each
    commit takes the oldest batch with every later one enriched by the time it is sent
    (`finish_in_order`).
    """
    started = StartedBatches()
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(finish_in_order(stream, started))
            async for events in stream.take_events(size, within=within):
                held(events)
                await started.add(events, start)
    except BaseExceptionGroup as failed:  # the agent's own error, not a group of one
        if not isinstance(failed.exceptions[0], _StoppingError):
            raise failed.exceptions[0] from None
    finally:
        started.cancel_all()  # the worker stops: what was started is not sent


async def finish_in_order(stream: StreamT[bytes], started: StartedBatches) -> None:
    """Send the started batches in order, and commit them together as they are ready.

    A commit is a transaction per partition, tens of ms on a busy broker. Taking every batch
    ready by then, commits grow with the load instead of queueing one behind the other.
    """
    while True:
        batches = [await started.oldest()]
        committing: list[EventT] = []
        try:
            async with abandoned_if_fenced(committing):
                batch: tuple[Sequence[EventT], StartedBatch] | None = batches[0]
                while batch is not None:
                    await _send_unless_revoked(*batch, committing)
                    if (batch := started.next_ready()) is not None:
                        batches.append(batch)
                if committing:
                    await commit(stream, committing)
        finally:
            started.committed(len(batches))


async def _send_unless_revoked(
    events: Sequence[EventT], batch: StartedBatch, sent: list[EventT]
) -> None:
    if cast(ExactOffsetsConsumer, app.consumer).revoking.issuperset(
        event.message.tp for event in events
    ):
        give_up(events, batch)
        return
    sent.extend(events)  # before sending: a fenced producer abandons them with the rest
    try:
        await batch.finish()
    except InternalError as bug:
        await stop_uncommitted(bug)
        raise _StoppingError from bug


@asynccontextmanager
async def abandoned_if_fenced(events: Sequence[EventT]) -> AsyncIterator[None]:
    """Give a batch up if a producer it sends with was fenced, and go on with the next.

    A worker dropped from the group in the middle of a batch (missed heartbeats on a busy
    machine) is fenced by the worker given its partitions, while its rebalance waits for
    the batch: its next send fails ("Can't send messages while not in transaction"), or its
    commit (`ProducerFenced`). The agent crashed with the batch unacknowledged, and faust
    waited for it before the rebalance forever (issue #14). The batch is untracked instead,
    nothing of it committed, and the group rejoined: its partitions start again from their
    committed offsets, here or on the worker that has them now.
    """
    try:
        yield
    except Exception as error:
        if not fenced(error):
            raise
        consumer = cast(ExactOffsetsConsumer, app.consumer)
        consumer.abandon(event.message for event in events)
        consumer.transactions.on_fenced(error)


async def send_all(outgoing: Iterable[Outgoing]) -> None:
    # Not through faust's `Topic.send`: it yields to the event loop on every record (its
    # producer lookup sleeps), so the producers sent requests of a record or two.
    producer = app.consumer.transactions if app.in_transaction else app.producer
    for record in outgoing:
        key, value = record.encode()
        await producer.send(record.topic, key, value, None, None, None)
        METRICS.records_out[record.topic] += 1


class Enriching:
    """A batch's chunks, all handed to the pool at once; their outputs sent in order."""

    def __init__(self, chunks: Sequence[tuple[TP, list[EventT]]]) -> None:
        self._chunks = [
            (
                tp,
                asyncio.ensure_future(
                    enrich_messages(raw_messages(chunk), pool, settings, on_error)
                ),
            )
            for tp, chunk in chunks
        ]

    def ready(self) -> bool:
        """Every chunk enriched: `finish` only sends."""
        return all(task.done() for _, task in self._chunks)

    async def finish(self) -> None:
        """Send each chunk's outputs, in order, once it is done."""
        try:
            for tp, outgoing in self._chunks:
                with processing(tp):
                    await send_all(await outgoing)
        finally:
            self.cancel()  # after a failure: nothing more of this batch is sent

    def cancel(self) -> None:
        for _, task in self._chunks:
            task.cancel()


def give_up(events: Sequence[EventT], batch: StartedBatch) -> None:
    """Leave a batch started, not sent, whose partitions are being revoked.

    faust's revocation waits for every batch an agent took, inside the callback during which
    aiokafka sends no heartbeats: finishing the next batch too (a few seconds of parsing on
    a busy machine) could outlast the session. Nothing of it was sent: its partitions are
    processed again from their committed offsets, here or on the worker given them.
    """
    batch.cancel()
    cast(ExactOffsetsConsumer, app.consumer).abandon(event.message for event in events)


def held(events: Sequence[EventT]) -> None:
    """Keep `take_events` from acknowledging the batch when the agent takes the next one.

    It acknowledges a batch when its loop goes on; a batch still being sent then could be
    committed by faust's timer, and a crash would lose the rest of its records. Held, the
    batch is acknowledged only when `commit` releases it.
    """
    for event in events:
        event.message.incref()


async def commit(stream: StreamT[bytes], events: Sequence[EventT]) -> None:
    """Commit a batch now: per partition, its outputs and offsets in one transaction.

    faust would commit later on a timer, which may fall while the next batch's records are
    being sent: a crash then would replay that batch and publish its records twice. The
    timer cannot commit a batch halfway: its events are acknowledged only here.
    """
    for event in events:
        event.message.decref()  # `held`, if it was; this ack is the last then
        await stream.ack(event)
    partitions = {event.message.tp for event in events}
    # False first: a timer commit was running, ours comes after it; False again: the worker
    # is halted or its producer fenced, and nothing was committed.
    if await app.consumer.commit(partitions) or await app.consumer.commit(partitions):
        METRICS.partition_commits.update(tp.topic for tp in partitions)


def chunks(events: Sequence[EventT], size: int) -> list[tuple[TP, list[EventT]]]:
    """The events by partition, in offset order, cut into pieces of at most `size`."""
    return [
        (tp, batch[start : start + size])
        for tp, batch in by_partition(events)
        for start in range(0, len(batch), size)
    ]


def by_partition(events: Sequence[EventT]) -> list[tuple[TP, list[EventT]]]:
    batches: dict[TP, list[EventT]] = {}
    for event in events:
        batches.setdefault(event.message.tp, []).append(event)
    return list(batches.items())


def activity_changes(events: Sequence[EventT]) -> list[tuple[RawMessage, ActorRowChange]]:
    """The actor row changes of `events` with their records; undecodable ones are skipped."""
    messages = raw_messages(events)
    changes = [(message, decode_activity(message, on_error)) for message in messages]
    return [(message, change) for message, change in changes if change is not None]


def raw_messages(events: Sequence[EventT]) -> list[RawMessage]:
    return [raw_message(event) for event in events]


def raw_message(event: EventT) -> RawMessage:
    message = event.message
    METRICS.records_in[message.topic] += 1
    return RawMessage(
        topic=message.topic,
        partition=message.partition,
        offset=message.offset,
        key=message.key,
        value=message.value,
        timestamp=_timestamp(message.timestamp),
    )


def _timestamp(seconds: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(seconds, dt.UTC)
