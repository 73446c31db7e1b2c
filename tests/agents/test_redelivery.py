"""Re-delivered records are dropped until their partition is revoked (no Kafka needed)."""

from types import SimpleNamespace
from typing import Any

from faust.types import TP

from stream.workarounds.redelivery import Processed

RAW_0, RAW_1 = TP("raw", 0), TP("raw", 1)


def events(tp: TP, *offsets: int) -> list[Any]:
    return [SimpleNamespace(message=SimpleNamespace(tp=tp, offset=o)) for o in offsets]


def offsets(kept: list[Any]) -> list[tuple[int, int]]:
    return [(e.message.tp.partition, e.message.offset) for e in kept]


def test_new_records_pass_in_order():
    processed = Processed()
    assert offsets(processed.unseen(events(RAW_0, 0, 1, 2))) == [(0, 0), (0, 1), (0, 2)]
    assert offsets(processed.unseen(events(RAW_0, 3, 5))) == [(0, 3), (0, 5)]


def test_a_copy_of_a_processed_record_is_dropped():
    processed = Processed()
    processed.unseen(events(RAW_0, 10, 11, 12))
    assert offsets(processed.unseen(events(RAW_0, 11, 12, 13))) == [(0, 13)]


def test_a_copy_within_one_batch_is_dropped():
    processed = Processed()
    assert offsets(processed.unseen(events(RAW_0, 4, 5, 4, 5, 6))) == [(0, 4), (0, 5), (0, 6)]


def test_partitions_are_tracked_apart():
    processed = Processed()
    processed.unseen(events(RAW_0, 0, 1, 2, 3))
    assert offsets(processed.unseen(events(RAW_1, 0, 1))) == [(1, 0), (1, 1)]


def test_a_revoked_partition_restarts_from_its_committed_offset():
    processed = Processed()
    processed.unseen(events(RAW_0, 7, 8, 9) + events(RAW_1, 7, 8, 9))
    processed.forget({RAW_0})
    # Offsets 8 and 9 were processed in a transaction that was aborted: they come again.
    assert offsets(processed.unseen(events(RAW_0, 8, 9))) == [(0, 8), (0, 9)]
    assert offsets(processed.unseen(events(RAW_1, 8, 9))) == []
