"""What differs between two answers of the actor tables, said per actor, type and event.

A table comparison that fails says which event is missing or extra in whose table, and which
field of a row or a profile changed, instead of only that the tables differ.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

SHOWN_DIFFERENCES = 20
SHOWN_VALUE_CHARS = 120

Row = Mapping[str, Any]


def row_differences(table: str, expected: Sequence[Row], got: Sequence[Row]) -> list[str]:
    """`table` names the actor and type; rows are told apart by `event_id`."""
    want = {row["event_id"]: row for row in expected}
    have = {row["event_id"]: row for row in got}
    found = [f"{table}: event {event} missing" for event in want if event not in have]
    found += [f"{table}: event {event} extra" for event in have if event not in want]
    for event in want.keys() & have.keys():
        found += field_differences(f"{table}: event {event}", want[event], have[event])
    if not found and list(want) != list(have):
        found.append(f"{table}: the same events in another order: {list(have)}, not {list(want)}")
    if not found and len(have) != len(got):
        found.append(f"{table}: an event listed twice: {[row['event_id'] for row in got]}")
    return found


def field_differences(where: str, expected: Row, got: Row) -> list[str]:
    return [
        f"{where}: {field} changed: expected {_short(expected.get(field))}, "
        f"got {_short(got.get(field))}"
        for field in sorted(expected.keys() | got.keys())
        if expected.get(field) != got.get(field)
    ]


def describe(differences: Sequence[str]) -> str:
    shown = "\n  ".join(differences[:SHOWN_DIFFERENCES])
    more = len(differences) - SHOWN_DIFFERENCES
    rest = f"\n  ... {more} more" if more > 0 else ""
    return f"{len(differences)} differences:\n  {shown}{rest}"


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= SHOWN_VALUE_CHARS else text[: SHOWN_VALUE_CHARS - 3] + "..."
