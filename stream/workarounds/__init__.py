"""Every override of faust-streaming or aiokafka internals, and the versions it was written for.

faust 0.15.3 loses or duplicates records around crashes and rebalances (docs/known-issues.md);
newsstream replaces some of its private methods to prevent that. Each entry names the upstream
attribute replaced, ours, the fault, the upstream issue where one is known, and the test that
fails when the workaround is removed. A release may rename or rework any of them, so the
worker refuses to start on versions they were not written for (`check_versions`), and a test
checks that every attribute named here still exists.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata

from stream.errors import DependencyError

WRITTEN_FOR = {"faust-streaming": "0.15.3", "aiokafka": "0.14.0"}

_FAUST_TM = "faust.transport.consumer.TransactionManager"
_FAUST_CONSUMER = "faust.transport.drivers.aiokafka.Consumer"
_OUR_TM = "stream.workarounds.transactions.InputPartitionTransactions"
_OUR_CONSUMER = "stream.workarounds.transactions.ExactOffsetsConsumer"
_GUARDS = "tests/agents/test_workarounds.py::"
_NOT_READ_TO_THE_END = (
    "test_a_changelog_is_not_read_to_its_end_before_its_seek_or_with_records_on_their_way"
)


@dataclass(frozen=True)
class Workaround:
    upstream: str  # the faust or aiokafka attribute replaced, or whose behaviour is worked around
    ours: str
    fault: str
    guarded_by: str
    issue: str | None = None


WORKAROUNDS: tuple[Workaround, ...] = (
    Workaround(
        f"{_FAUST_TM}.transactional_id_format",
        f"{_OUR_TM}.transactional_id",
        "one transaction per partition number, shared by every input topic: one agent's "
        "commit commits what another sent but has not committed (duplicates after a crash)",
        _GUARDS + "test_each_input_topic_partition_has_a_transaction_of_its_own",
    ),
    Workaround(
        f"{_FAUST_TM}._tps_to_transactional_ids",
        f"{_OUR_TM}._tps_to_transactional_ids",
        "transactions are started for changelog partitions, which no agent reads",
        _GUARDS + "test_each_input_topic_partition_has_a_transaction_of_its_own",
    ),
    Workaround(
        f"{_FAUST_TM}.send",
        f"{_OUR_TM}.send",
        "a record joins the transaction of the partition it is sent to, not of the input "
        "partition whose processing made it",
        _GUARDS + "test_a_record_joins_the_transaction_of_the_input_partition_that_made_it",
    ),
    Workaround(
        f"{_FAUST_TM}.commit",
        f"{_OUR_TM}.commit",
        "table writes still in faust's producer buffer miss the transaction that commits "
        "the offsets of the events that made them",
        _GUARDS + "test_commit_sends_buffered_table_writes_first_then_commits_per_input_partition",
    ),
    Workaround(
        f"{_FAUST_TM}.on_rebalance",
        f"{_OUR_TM}.on_rebalance",
        "a worker keeps its producers for the partitions it had before a rebalance, though it "
        "may have been dropped from the group meanwhile (a generation it missed) and another "
        "worker's producers have fenced them: the first send failed, the agent crashed with its "
        "batch unacknowledged, nothing was committed after it, and the next rebalance waited "
        "for it forever",
        _GUARDS + "test_a_partition_kept_through_a_rebalance_gets_a_producer_of_its_own_again",
    ),
    Workaround(
        f"{_FAUST_TM}._start_transactions",
        f"{_OUR_TM}._start_transactions",
        "producers are started one after another inside the assignment callback, when aiokafka "
        "sends no heartbeats: on a busy machine a worker outlasted its session, was dropped, "
        "made every producer anew on rejoining, and was dropped again, round after round",
        _GUARDS + "test_a_rebalance_starts_and_stops_its_producers_together",
    ),
    Workaround(
        f"{_FAUST_TM}._stop_transactions",
        f"{_OUR_TM}._stop_transactions",
        "producers are stopped one after another inside the assignment callback (as above)",
        _GUARDS + "test_a_rebalance_starts_and_stops_its_producers_together",
    ),
    Workaround(
        "faust.transport.consumer.Consumer.wait_empty",
        "stream.worker.agents.abandoned_if_fenced",
        "a worker dropped from the group in the middle of a batch is fenced by the worker "
        "given its partitions while its rebalance waits for that batch: the next send fails "
        '("Can\'t send messages while not in transaction"), the agent crashes with the batch '
        "neither acknowledged nor forgotten, and the rebalance waits for it forever: the batch "
        "is untracked uncommitted, and its partitions' later records until the rebalance "
        "(`ExactOffsetsConsumer.abandon`), the group rejoined, and the agent goes on",
        _GUARDS + "test_a_batch_whose_producer_was_fenced_is_given_up_uncommitted",
    ),
    Workaround(
        "faust.stores.rocksdb.Store._set",
        "stream.workarounds.uncommitted.RocksDBStore._set",
        "a table write is stored at once, its changelog record inside the transaction: when "
        "the transaction aborts (a fenced producer, a generation missed), the store keeps the "
        "write, the recovery replays the changelog over it, and the records processed again "
        "meet the events they made themselves. Each key's value from before an open "
        "transaction is kept, and put back when its producer is stopped uncommitted "
        "(`InputPartitionTransactions._stop_transactions`)",
        _GUARDS + "test_a_producer_stopped_before_its_commit_puts_back_what_its_transaction_wrote",
    ),
    Workaround(
        "faust.stores.memory.Store.__setitem__",
        "stream.workarounds.uncommitted.MemoryStore.__setitem__",
        "(the same, for tables in memory)",
        _GUARDS + "test_a_producer_stopped_before_its_commit_puts_back_what_its_transaction_wrote",
    ),
    Workaround(
        "faust.tables.base.Collection._new_store_by_url",
        "stream.workarounds.uncommitted.Table._new_store_by_url",
        "(the tables of the app on those stores)",
        _GUARDS + "test_a_producer_stopped_before_its_commit_puts_back_what_its_transaction_wrote",
    ),
    Workaround(
        "faust.transport.drivers.aiokafka.Producer.commit_transactions",
        f"{_OUR_TM}.commit",
        "a commit's transactions are committed one after another, three round trips each, "
        "and a failure leaves unknown which of them committed: they commit together, and "
        "the writes of those that did are no longer put back",
        _GUARDS + "test_a_write_is_put_back_only_if_its_own_transaction_failed_to_commit",
    ),
    Workaround(
        f"{_FAUST_TM}.commit",
        f"{_OUR_TM}.on_fenced",
        "a commit whose producer was fenced (by another worker, or by the broker aborting a "
        "transaction past its timeout on a busy machine) crashes the worker: nothing is "
        "committed, and a rebalance is asked for, which makes every producer anew",
        _GUARDS + "test_a_fenced_commit_asks_for_a_rebalance_that_makes_every_producer_anew",
    ),
    Workaround(
        f"{_FAUST_CONSUMER}.perform_seek",
        f"{_OUR_CONSUMER}.perform_seek",
        "fetching resumes before the seek back to the committed offsets after a rebalance: "
        "records delivered twice, or skipped and committed over as a gap",
        _GUARDS + "test_fetching_stops_before_the_seek_to_the_committed_offsets",
        issue="faust-streaming/faust#216",
    ),
    Workaround(
        f"{_FAUST_CONSUMER}.seek_to_committed",
        f"{_OUR_CONSUMER}.seek_to_committed",
        "a partition nobody committed yet stays where it is, past records fetched while "
        "paused and thrown away: a taken-over partition is never processed",
        _GUARDS + "test_partitions_nobody_committed_go_back_to_their_first_offset",
    ),
    Workaround(
        "aiokafka.consumer.consumer.AIOKafkaConsumer.seek_to_committed",
        f"{_OUR_CONSUMER}.seek_to_committed",
        "committed offsets are read without KIP-447's require_stable (OffsetFetch v3): right "
        "after a transaction commits, the broker may answer with the offset before it, and a "
        "worker keeping the partition through a rebalance could process its last batch again "
        "(published twice). No partition is sought behind what this worker committed",
        _GUARDS + "test_no_partition_is_sought_back_behind_what_this_worker_committed",
    ),
    Workaround(
        f"{_FAUST_CONSUMER}.ack",
        f"{_OUR_CONSUMER}.ack",
        "records a stream skips as fetched before a rebalance are acknowledged, and "
        "committed without ever being processed",
        _GUARDS + "test_a_record_no_agent_took_is_not_acknowledged",
    ),
    Workaround(
        f"{_FAUST_CONSUMER}._add_gap",
        f"{_OUR_CONSUMER}._add_gap",
        "a gap left by transaction markers is recorded one offset too long: each commit "
        "advances one transaction only, and commits fall behind",
        _GUARDS + "test_commits_pass_every_transaction_marker_at_once",
        issue="faust-streaming/faust#606",
    ),
    Workaround(
        "faust.transport.consumer.Consumer._drain_messages",
        f"{_OUR_CONSUMER}.getmany",
        "no gap is recorded after a partition's first record (a last offset of 0 reads as "
        "none): with the records after it aborted, commits stop at offset 1 while later "
        "records' outputs are committed, and the partition's next owner publishes them again",
        _GUARDS + "test_records_aborted_after_a_partitions_first_record_are_committed_over",
    ),
    Workaround(
        "faust.transport.consumer.Consumer.on_partitions_revoked",
        f"{_OUR_CONSUMER}.on_partitions_revoked",
        "a revocation clears the acknowledged offsets of the revoked partitions before it "
        "waits for the agents: a batch acknowledged and not yet committed commits nothing, "
        "its writes stay in the open transaction of a partition the worker may keep, and "
        "are committed with a later batch after the partition is processed again",
        _GUARDS + "test_a_batch_whose_acknowledgements_a_revocation_cleared_is_undone_if_kept",
    ),
    Workaround(
        "faust.transport.consumer.Consumer.ack",
        f"{_OUR_CONSUMER}.ack",
        "a batch started ahead and given up in a revocation leaves its partition abandoned: "
        "the batch before it, sent meanwhile, was refused without its transaction being "
        "marked for abort, so a worker keeping the partition kept those outputs open, processed "
        "the batch again from the committed offset and committed both (published twice)",
        _GUARDS + "test_a_batch_sent_before_a_batch_given_up_is_undone_if_kept",
    ),
    Workaround(
        "faust.transport.consumer.Consumer.ack",
        f"{_OUR_CONSUMER}.ack",
        "a revocation clears the revoked partitions' gaps (offsets of aborted records) before "
        "it waits for the agents: a batch acknowledged meanwhile committed the offset before "
        "such a hole with the outputs of every record after it, which the partition's next "
        "owner processed again (published twice)",
        _GUARDS + "test_a_batch_acknowledged_during_a_revocation_is_not_committed_but_undone",
    ),
    Workaround(
        f"{_FAUST_CONSUMER}.commit",
        f"{_OUR_CONSUMER}.commit",
        "a worker stopping on a bug commits the batch it failed, acknowledged whole by "
        "`take_events` as the agent left it",
        _GUARDS + "test_a_halted_consumer_commits_nothing",
    ),
    Workaround(
        "faust.transport.consumer.Consumer.maybe_wait_for_commit_to_finish",
        f"{_OUR_CONSUMER}.commit",
        "a commit asked for while another runs returns after it without committing, though "
        "that one committed only its own partitions and what was acknowledged when it began: "
        "an agent's batch stayed uncommitted, its next batch's outputs joined the transaction, "
        "and the timer committed them with the batch's offsets (duplicates after a crash)",
        _GUARDS + "test_a_commit_asked_for_while_another_runs_commits_after_it",
    ),
    Workaround(
        "faust.transport.drivers.aiokafka.AIOKafkaConsumerThread._highwaters",
        "stream.workarounds.transactions.BrokerHighwaters._highwaters",
        "under exactly-once, table recovery ends at the last stable offset cached from the "
        "latest fetch: none for a partition just assigned (tables left empty after a restart "
        "or a take-over), an old one otherwise (tables missing what was committed since), "
        "and `ConsistencyError` when a rebalance falls during recovery",
        _GUARDS + "test_recovery_reads_changelogs_up_to_the_brokers_last_stable_offset",
    ),
    Workaround(
        "faust.transport.consumer.Consumer.position",
        f"{_OUR_CONSUMER}.position",
        "faust's table recovery takes a changelog partition whose position reached the "
        "highwater for read to the end, and may ask before its seek to where reading starts "
        "(a position left from an earlier assignment) or while fetched records are on their "
        "way: a worker stalled during its recovery kept a table short for good",
        _GUARDS + _NOT_READ_TO_THE_END,
    ),
    Workaround(
        "faust.tables.manager.TableManager.changelog_queue",
        f"{_OUR_CONSUMER}.position",
        "faust clears the changelog queue whenever its flow resumes, and a recovery overtaken "
        "by the next rebalance resumes it in the middle of that one: records the consumer had "
        "passed never reached the recovery, which then took their changelogs for read to the "
        "end (a table left short); they are fetched again from the last record applied",
        _GUARDS + "test_changelog_records_dropped_on_their_way_are_fetched_again",
    ),
    Workaround(
        "faust.transport.drivers.aiokafka.AIOKafkaConsumerThread._seek_wait",
        "stream.workarounds.transactions.BrokerHighwaters._seek_wait",
        "(and a seek forgets what was fetched before it)",
        _GUARDS + "test_changelog_records_dropped_on_their_way_are_fetched_again",
    ),
    Workaround(
        "faust.transport.consumer.Consumer.seek_wait",
        f"{_OUR_CONSUMER}.seek_wait",
        "(the other half of the above: which partitions were sought in this assignment)",
        _GUARDS + _NOT_READ_TO_THE_END,
    ),
    Workaround(
        "faust.transport.consumer.Consumer.on_partitions_assigned",
        f"{_OUR_CONSUMER}.on_partitions_assigned",
        "(and a new assignment forgets them)",
        _GUARDS + _NOT_READ_TO_THE_END,
    ),
    Workaround(
        "faust.transport.drivers.aiokafka.AIOKafkaConsumerThread._fetch_records",
        "stream.workarounds.transactions.BrokerHighwaters._fetch_records",
        "(and which partitions have records on their way)",
        _GUARDS + _NOT_READ_TO_THE_END,
    ),
    Workaround(
        "faust.transport.drivers.aiokafka.AIOKafkaConsumerThread.verify_event_path",
        "stream.workarounds.transactions.BrokerHighwaters.verify_event_path",
        "faust's watch for stalled streams asks aiokafka for the position of a partition that "
        "has none yet (sought back to its first offset after a rebalance), and aiokafka 0.14 "
        "asserts: the consumer crashed, and the worker with it",
        _GUARDS + "test_a_partition_awaiting_its_first_offset_does_not_crash_the_stall_watch",
    ),
    Workaround(
        "faust.transport.drivers.aiokafka.Consumer._new_consumer_thread",
        "stream.workarounds.transactions.ExactOffsetsConsumer._new_consumer_thread",
        "(the way in for the highwaters above)",
        _GUARDS + "test_the_worker_uses_every_override",
    ),
    Workaround(
        "faust.tables.manager.TableManager.persist_offset_on_commit",
        "stream.worker.app.NewsstreamApp.on_first_start",
        "under exactly-once the offsets a local store is committed to are filed under the "
        "changelog partition and looked up under the input one, so never found: stores are "
        "replayed from the changelog's start, over writes a kill -9 left of aborted "
        "transactions",
        _GUARDS + "test_a_worker_starts_without_the_table_stores_it_left",
    ),
    Workaround(
        "faust.transport.producer.ProducerBuffer.flush",
        "stream.workarounds.transactions.DrainingProducerBuffer.flush",
        "the flush before a commit gives up after 0.1 s per buffered table write: on a busy "
        "machine writes joined the next transaction, and a kill -9 lost them",
        _GUARDS + "test_flushing_the_table_writes_waits_until_every_one_is_sent",
    ),
    Workaround(
        "faust.transport.producer.ProducerBuffer._handle_pending",
        "stream.workarounds.transactions.DrainingProducerBuffer._send_pending",
        "a table write sent on a fenced producer ends the buffer's task, and the worker "
        "crashes: the write, which can never commit, is dropped and a rebalance asked for",
        _GUARDS + "test_a_table_write_on_a_fenced_producer_asks_for_a_rebalance_and_is_dropped",
    ),
    Workaround(
        "faust.transport.producer.Producer.__init__",
        "stream.workarounds.transactions.Producer.__init__",
        "(the way in for the buffer above)",
        _GUARDS + "test_the_worker_uses_every_override",
    ),
    Workaround(
        "aiokafka.producer.sender.Sender._find_coordinator",
        "stream.workarounds.transactions.CoordinatorLookupRetries._find_coordinator",
        "a coordinator lookup whose broker dies ends the sender task: the transactional "
        "producer can never commit again, and the worker stalls",
        "tests/agents/test_transactions.py::test_coordinator_lookup_retries_until_a_broker_answers",
    ),
    Workaround(
        "faust.transport.drivers.aiokafka.Producer._producer_type",
        "stream.workarounds.transactions.Producer._producer_type",
        "(the way in for the sender above: faust's producers are aiokafka's)",
        _GUARDS + "test_the_worker_uses_every_override",
    ),
    Workaround(
        "faust.App.maybe_start_producer",
        "stream.worker.app.NewsstreamApp.maybe_start_producer",
        "every table write asks for its producer through `mode`'s `stampede`, which yields to "
        "the event loop three times even when it only returns the transaction manager: a "
        "batch's writes went out in a produce request each (a main-process cost, no fault)",
        _GUARDS + "test_a_table_write_in_a_transaction_finds_its_producer_without_yielding",
    ),
    Workaround(
        "faust.App._new_transport",
        "stream.worker.app.NewsstreamApp._new_transport",
        "(the way in for the consumer, transactions and producer above)",
        _GUARDS + "test_the_worker_uses_every_override",
    ),
    Workaround(
        "faust.app.router.Router._get_serialized_key",
        "stream.workarounds.routing.InputKeyRouter._get_serialized_key",
        "a web request for a table key is routed by the key's JSON encoding, not by the raw "
        "key that placed its rows: with two workers, most actors were looked for on the "
        "worker without them (404)",
        _GUARDS + "test_a_table_key_is_routed_to_the_partition_its_rows_are_in",
    ),
    Workaround(
        "faust.streams._current_event",
        "stream.workarounds.table_writes.writing_for",
        "no public way to say which partition a table write belongs to: faust takes it "
        "from the event its stream is on, the last of a batch spanning partitions",
        _GUARDS + "test_table_writes_belong_to_the_event_named",
    ),
    Workaround(
        "faust.streams.Stream.take_events",
        "stream.worker.agents.commit",
        "the timer commit can fall while a batch is half sent (duplicates after a crash): "
        "a batch is acknowledged only when the agent commits it",
        _GUARDS + "test_an_agent_commits_its_batch_again_after_a_timer_commit",
    ),
    Workaround(
        "faust.streams.Stream.take_events",
        "stream.worker.agents.held",
        "a batch is acknowledged as soon as the agent takes the next: `enrich`, which parses "
        "the next batch while it sends and commits one, would let the timer commit a batch "
        "half sent. Held, it is acknowledged by its commit only",
        "tests/agents/test_batches_ahead.py::"
        "test_a_batch_taken_past_is_acknowledged_only_by_its_commit",
    ),
    Workaround(
        "faust.transport.consumer.Consumer.wait_empty",
        "stream.worker.agents.give_up",
        "a revocation waits for every batch an agent took, without heartbeats: a batch "
        "started ahead, of partitions being revoked, is given up unsent "
        "(`ExactOffsetsConsumer.revoking`)",
        "tests/agents/test_batches_ahead.py::"
        "test_a_started_batch_of_partitions_being_revoked_is_given_up",
    ),
    Workaround(
        "faust.transport.consumer.Consumer.perform_seek",
        "stream.workarounds.redelivery.Processed",
        "records fetched before the seek after a rebalance are delivered again: the "
        "enrich agent drops copies of records it processed in this assignment",
        "tests/agents/test_redelivery.py::test_a_copy_of_a_processed_record_is_dropped",
        issue="faust-streaming/faust#216",
    ),
    Workaround(
        "faust.App.on_partitions_revoked",
        "stream.worker.agents.restart_from_committed_offsets",
        "(the other half of the above: a revoked partition restarts from its committed "
        "offset, so its records are no copies then)",
        _GUARDS + "test_a_revoked_partition_is_processed_again_from_its_committed_offset",
    ),
)


def check_versions() -> None:
    """Refuse to run on faust or aiokafka versions the workarounds were not written for."""
    wrong = {p: _installed(p) for p, version in WRITTEN_FOR.items() if _installed(p) != version}
    if wrong:
        expected = ", ".join(f"{p}=={v}" for p, v in WRITTEN_FOR.items())
        installed = ", ".join(f"{p} {v}" for p, v in wrong.items())
        raise DependencyError(
            f"newsstream's workarounds of faust and aiokafka internals (stream/workarounds/) "
            f"were written for {expected}, but {installed} is installed. Install the pinned "
            f"versions (pip install -e .), or review every workaround for the new version."
        )


def _installed(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "none"
