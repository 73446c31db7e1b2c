"""The fault tests' reading of a run's output (tests/faults/outcome.py), without Kafka."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from stream.config import Settings
from tests.faults import outcome
from tests.faults.outcome import Published
from tests.integration.workers import Record

MAX_READINGS = 5


def records(count: int) -> list[Record]:
    return [Record(0, offset, None, b"", 0) for offset in range(count)]


def snapshot(events: int, activity: int) -> Published:
    """A reading of a run with 2 reports resolved into 2 events and 2 activity records."""
    return Published(
        arrivals={},
        enriched=records(2),
        entities=[],
        reports=records(2),
        events=records(events),
        activity=records(activity),
        places=[],
        dead_letters=[],
        settings=Settings(),
    )


@pytest.fixture
def readings(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Published]]:
    """The snapshots `Published.read` returns in turn; those it has returned are removed."""
    queue: list[Published] = []
    monkeypatch.setattr(Published, "read", classmethod(lambda cls, settings: queue.pop(0)))
    monkeypatch.setattr(Published, "expected_reports", lambda self, clean: records(2))
    monkeypatch.setattr(Published, "expected_resolution", lambda self: (records(2), records(2), []))
    monkeypatch.setattr(outcome, "wait_for", _without_pauses)
    yield queue


def _without_pauses(
    condition: Callable[[], bool], timeout: float, message: Callable[[], str], every: float = 0
) -> bool:
    """`wait_for` over the readings given, with no time between them."""
    for _ in range(MAX_READINGS):
        if condition():
            return True
    raise AssertionError(message())


def test_a_reading_taken_while_the_last_events_commit_is_not_the_result(
    readings: list[Published],
):
    # The topics are read one after another: the last transaction committed between the
    # reading of the events topic and that of the activity topic.
    torn, settled = snapshot(events=1, activity=2), snapshot(events=2, activity=2)
    readings.extend([torn, settled, snapshot(events=2, activity=2)])
    published = outcome.wait_until_routed(Settings(), {}, timeout=1.0)
    assert len(published.events) == 2, "a reading missing the last events was taken as final"
    assert not readings
