"""Which partition a table write belongs to, said by the agent: faust has no public way.

faust takes the store and changelog partition of a write from the event its stream is on;
a batch from `take_events` spans partitions, and its stream is on the batch's last event.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from contextlib import contextmanager

from faust.streams import _current_event  # no public setter
from faust.types import EventT


@contextmanager
def writing_for(event: EventT) -> Iterator[None]:
    """Table writes in this block go to `event`'s partition, as if faust were processing it."""
    token = _current_event.set(weakref.ref(event))
    try:
        yield
    finally:
        _current_event.reset(token)
