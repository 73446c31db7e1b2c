"""The worker's counters, rendered in the Prometheus text format for `GET /metrics`.

A handful of counters and two histograms do not need a client library: the format is a
line per sample (https://prometheus.io/docs/instrumenting/exposition_formats/).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

LATENCY_BUCKETS_S = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
BATCH_BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128)


@dataclass
class Histogram:
    buckets: tuple[float, ...]
    counts: list[int] = field(default_factory=list)
    total: float = 0.0
    count: int = 0

    def observe(self, value: float) -> None:
        if not self.counts:
            self.counts = [0] * len(self.buckets)
        index = bisect_left(self.buckets, value)
        if index < len(self.buckets):
            self.counts[index] += 1
        self.total += value
        self.count += 1

    def lines(self, name: str) -> Iterator[str]:
        cumulative = 0
        for bound, count in zip(self.buckets, self.counts or [0] * len(self.buckets), strict=True):
            cumulative += count
            yield f'{name}_bucket{{le="{bound}"}} {cumulative}'
        yield f'{name}_bucket{{le="+Inf"}} {self.count}'
        yield f"{name}_sum {self.total}"
        yield f"{name}_count {self.count}"


@dataclass
class Metrics:
    records_in: Counter[str] = field(default_factory=Counter)
    records_out: Counter[str] = field(default_factory=Counter)
    dead_letters: Counter[str] = field(default_factory=Counter)
    internal_errors: Counter[str] = field(default_factory=Counter)
    partition_commits: Counter[str] = field(default_factory=Counter)
    """By input topic. Exactly-once, each is a transaction (~5 Kafka requests): the main
    process's and the broker's largest cost per article after the records themselves."""
    enrichment_seconds: Histogram = field(default_factory=lambda: Histogram(LATENCY_BUCKETS_S))
    batch_size: Histogram = field(default_factory=lambda: Histogram(BATCH_BUCKETS))

    def render(self, lag: Mapping[tuple[str, int], int]) -> str:
        return "\n".join([*self._lines(lag), ""])

    def _lines(self, lag: Mapping[tuple[str, int], int]) -> Iterator[str]:
        yield from _counter("newsstream_records_in_total", "topic", self.records_in)
        yield from _counter("newsstream_records_out_total", "topic", self.records_out)
        yield from _counter("newsstream_dead_letters_total", "error_type", self.dead_letters)
        yield from _counter("newsstream_internal_errors_total", "error_type", self.internal_errors)
        yield from _counter("newsstream_partition_commits_total", "topic", self.partition_commits)
        yield "# TYPE newsstream_enrichment_seconds histogram"
        yield from self.enrichment_seconds.lines("newsstream_enrichment_seconds")
        yield "# TYPE newsstream_batch_size histogram"
        yield from self.batch_size.lines("newsstream_batch_size")
        yield "# TYPE newsstream_consumer_lag gauge"
        for (topic, partition), records in sorted(lag.items()):
            yield f'newsstream_consumer_lag{{topic="{topic}",partition="{partition}"}} {records}'


def _counter(name: str, label: str, values: Counter[str]) -> Iterator[str]:
    yield f"# TYPE {name} counter"
    for key, count in sorted(values.items()):
        yield f'{name}{{{label}="{key}"}} {count}'


METRICS = Metrics()
"""The worker process's metrics (one worker per process, like prometheus_client's registry)."""
