"""The tables' RocksDB stores open with bounded memory (`stream.worker.tables.STORE_OPTIONS`)."""

from pathlib import Path

import pytest

from stream.worker import tables

MIB = 1 << 20
TABLES = [tables.known_events, *tables.rows_by_type.values(), tables.profiles, tables.places]


@pytest.mark.filterwarnings("ignore::faust.exceptions.AlreadyConfiguredWarning")  # datadir
@pytest.mark.parametrize("table", TABLES, ids=lambda table: table.name)
def test_every_table_store_holds_under_a_mib_not_faust_defaults(
    table: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tables.app.conf, "datadir", tmp_path)
    store = table._new_store()  # the store faust opens for the table's partitions
    options = store.rocksdb_options
    held = options.write_buffer_size * options.max_write_buffer_number + options.block_cache_size
    assert held <= MIB, f"{table.name}: a database may hold {held / MIB:.2f} MiB"
