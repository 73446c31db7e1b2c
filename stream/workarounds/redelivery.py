"""Drop records that faust delivers a second time within one partition assignment.

faust 0.15.3 resumes fetching before it seeks back to the committed offsets when a
rebalance ends (`Recovery._resume_streams`): records fetched in between are delivered again
after the seek. Within one assignment a partition's offsets only grow, so a record at or
below the last one processed is such a copy; processing it again would publish its outputs
twice, in the same transaction as the first.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from faust.types import TP, EventT


class Processed:
    """The last offset processed in each partition since it was assigned."""

    def __init__(self) -> None:
        self._last: dict[TP, int] = {}

    def unseen(self, events: Sequence[EventT]) -> list[EventT]:
        """The events not processed yet, marked processed from now on."""
        fresh: list[EventT] = []
        for event in events:
            tp, offset = event.message.tp, event.message.offset
            if offset > self._last.get(tp, -1):
                self._last[tp] = offset
                fresh.append(event)
        return fresh

    def forget(self, partitions: Iterable[TP]) -> None:
        """After a revocation: the partitions restart from their committed offsets."""
        for tp in partitions:
            self._last.pop(tp, None)
