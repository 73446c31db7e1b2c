"""Which worker a web request for a table key goes to: the one holding the key's rows."""

from __future__ import annotations

from typing import Any

from faust.app.router import Router
from faust.types import CollectionT


class InputKeyRouter(Router):
    """faust's router, looking for a table key on the partition its rows are in.

    faust takes the partition from the key as the table's changelog encodes it: JSON for a
    `str` key type (`"vladimir-putin"`, quotes included; faust's Table makes its schema's
    key serializer that of its key type). But a row is in the partition of the input record
    that wrote it, and every input topic is keyed by the raw id: another partition for most
    keys, so with two workers a request for such a key went to the worker without it (404).
    """

    @classmethod
    def _get_serialized_key(cls, table: CollectionT, key: Any) -> bytes:
        if isinstance(key, str):  # every table is keyed by an id, as its input records are
            return key.encode()
        return super()._get_serialized_key(table, key)
