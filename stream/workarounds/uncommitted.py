"""Table writes of transactions not committed yet, put back in the local store if they abort.

faust writes a table's local store at once, and its changelog inside the transaction of the
input partition being processed. When that transaction aborts (a producer fenced, a
generation the worker missed), the changelog loses the writes but the store keeps them. The
recovery after the rebalance replays the changelog over the store, which overwrites the keys
the changelog has and leaves the others: when the records were processed again, the events
they had made before the abort were already known, and reported as changed, not new (issue
#14). Kafka Streams wipes such a task's store and restores it whole; that was tried here and
kept a loaded worker busy past its session timeout (docs/known-issues.md). Here each key's
value from before its transaction is kept until the transaction commits, and put back when
its producer is stopped first.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol

import faust
from faust.stores import memory, rocksdb
from faust.streams import current_event
from faust.types import StoreT
from yarl import URL


class RestorableStore(Protocol):
    def put_back(self, partition: int, key: Any, previous: Any) -> None: ...


class UncommittedWrites:
    """For each open transaction, the stored value of every key it wrote, before it did."""

    def __init__(self) -> None:
        self._before: dict[str, dict[tuple[RestorableStore, int, Any], Any]] = {}

    def record(
        self, transactional_id: str, store: RestorableStore, partition: int, key: Any, before: Any
    ) -> None:
        writes = self._before.setdefault(transactional_id, {})
        writes.setdefault((store, partition, key), before)  # a later write keeps the first

    def committed(self, transactional_ids: Iterable[str]) -> None:
        for transactional_id in transactional_ids:
            self._before.pop(transactional_id, None)

    def undo(self, transactional_ids: Iterable[str]) -> int:
        """Put back what the transactions overwrote; returns how many keys."""
        undone = 0
        for transactional_id in transactional_ids:
            for (store, partition, key), before in self._before.pop(transactional_id, {}).items():
                store.put_back(partition, key, before)
                undone += 1
        return undone

    def __len__(self) -> int:
        return sum(map(len, self._before.values()))


def _record_before_write(store: Any, partition: int, key: Any, before: Any) -> None:
    if store.app.in_transaction:  # at least once, nothing is undone
        store.app.consumer.transactions.before_write(store, partition, key, before)


class RocksDBStore(rocksdb.Store):
    def _set(self, key: bytes, value: bytes | None) -> None:
        self._keep_before(key)
        super()._set(key, value)

    def _del(self, key: bytes) -> None:
        self._keep_before(key)
        super()._del(key)

    def _keep_before(self, key: bytes) -> None:
        event = current_event()
        assert event is not None, "a table write outside an agent"  # as faust's `_set`
        partition = event.message.partition
        _record_before_write(self, partition, key, self._db_for_partition(partition).get(key))

    def put_back(self, partition: int, key: bytes, previous: bytes | None) -> None:
        db = self._db_for_partition(partition)
        if previous is None:
            db.delete(key)
        else:
            db.put(key, previous)


_NO_PARTITION = -1  # one dict holds every partition


class MemoryStore(memory.Store):
    def __setitem__(self, key: Any, value: Any) -> None:
        _record_before_write(self, _NO_PARTITION, key, self.data.get(key))
        super().__setitem__(key, value)

    def __delitem__(self, key: Any) -> None:
        _record_before_write(self, _NO_PARTITION, key, self.data.get(key))
        super().__delitem__(key)

    def put_back(self, partition: int, key: Any, previous: Any) -> None:
        if previous is None:
            self.data.pop(key, None)
        else:
            self.data[key] = previous


_STORES: dict[str, type[RocksDBStore] | type[MemoryStore]] = {
    "rocksdb": RocksDBStore,
    "memory": MemoryStore,
}


class Table(faust.Table):
    """faust's table on a store that keeps what open transactions overwrote."""

    def _new_store_by_url(self, url: str | URL) -> StoreT:
        store_class = _STORES.get(URL(url).scheme)
        if store_class is None:
            return super()._new_store_by_url(url)
        return store_class(
            url,
            self.app,
            self,
            table_name=self.name,
            key_type=self.key_type,
            key_serializer=self.key_serializer,
            value_serializer=self.value_serializer,
            value_type=self.value_type,
            loop=self.loop,
            options=self.options,
        )
