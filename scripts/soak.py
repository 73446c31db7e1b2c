"""A worker at half load for a long while: does its memory keep growing? (not run in CI)

Starts a local broker (unless KAFKA_BOOTSTRAP names one) and one worker, then publishes new
distinct articles (scripts/bench_corpus.py) at --rate articles a second: by default half the
steady rate in bench/baseline.json, the load of the bench's latency run. Each minute it prints
the resident set of every worker process and how many articles have come out enriched. At the
end it fits a line through the total RSS sampled after the warm-up (--warmup-minutes: model
loading, caches and table stores filling) and prints its slope and the growth it makes over
the measured stretch, as a share of the RSS at its start; the last line is

    soak: growth_pct=X slope_mib_per_min=Y minutes=Z verdict=stable|growing

where "growing" means more than --tolerance-pct. It asserts nothing.

    python scripts/soak.py [--minutes 20] [--rate R] [--broker-port P]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from contextlib import ExitStack, suppress
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench, bench_corpus

from bench_corpus import DEFAULT_SEED, articles

from bench import (
    BASELINE_PATH,
    Child,
    CommitWatcher,
    bench_settings,
    create_bench_topics,
    process_tree,
    rss_bytes,
    spawn_workers,
    start_broker,
    stop_on_sigterm,
)
from stream.config import Settings
from stream.kafka.producer import encode, publish
from stream.nlp.pipeline import DEFAULT_MODEL

SOAK_FIRST_INDEX = 2_000_000
"""Soak articles come from far along the corpus stream, after the bench's latency articles."""
SAMPLE_S = 10.0
FALLBACK_RATE = 2.0
"""Articles a second when there is no baseline to take half of."""


@dataclass(frozen=True)
class Sample:
    minute: float
    total_bytes: int


def half_baseline_rate() -> float | None:
    if not BASELINE_PATH.exists():
        return None
    baseline = json.loads(BASELINE_PATH.read_text())
    latency = baseline.get("latency") or {}
    return float(latency["rate"]) if "rate" in latency else None


def process_name(pid: int, root: int) -> str:
    if pid == root:
        return "main"
    with suppress(OSError):
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        if any(b"resource_tracker" in part for part in cmdline):
            return "tracker"
    return "nlp"


def rss_by_process(root: int) -> dict[str, int]:
    """RSS of each process of the worker now, named main, nlp<n> or tracker."""
    sizes: dict[str, int] = {}
    nlp = 0
    for pid in process_tree(root):
        name = process_name(pid, root)
        if name == "nlp":
            name, nlp = f"nlp{nlp}", nlp + 1
        with suppress(OSError):
            sizes[name] = rss_bytes(pid)
    return sizes


def fitted_slope(samples: Sequence[Sample]) -> tuple[float, float]:
    """Least-squares line through (minute, bytes): its slope (bytes a minute) and intercept."""
    n = len(samples)
    mean_x = sum(s.minute for s in samples) / n
    mean_y = sum(s.total_bytes for s in samples) / n
    spread = sum((s.minute - mean_x) ** 2 for s in samples)
    if spread == 0:
        return 0.0, mean_y
    slope = sum((s.minute - mean_x) * (s.total_bytes - mean_y) for s in samples) / spread
    return slope, mean_y - slope * mean_x


def verdict(samples: Sequence[Sample], warmup: float, tolerance_pct: float) -> str:
    measured = [s for s in samples if s.minute >= warmup]
    if len(measured) < 2:
        return "soak: too short to judge: run longer than the warm-up"
    slope, intercept = fitted_slope(measured)
    start, end = measured[0].minute, measured[-1].minute
    at_start = slope * start + intercept
    growth_pct = slope * (end - start) / at_start * 100
    judged = "growing" if growth_pct > tolerance_pct else "stable"
    return (
        f"soak: growth_pct={growth_pct:.1f} slope_mib_per_min={slope / 2**20:.2f} "
        f"minutes={end - start:.1f} verdict={judged}"
    )


async def soak(settings: Settings, args: argparse.Namespace, workdir: Path) -> list[Sample]:
    await create_bench_topics(settings)
    watcher = CommitWatcher(settings, settings.topic_enriched)
    await watcher.start()
    (worker,) = spawn_workers(settings, args.model, 1, workdir)
    stream = articles(args.seed, SOAK_FIRST_INDEX)
    count = round(args.rate * args.minutes * 60)
    messages = (encode(next(stream)) for _ in range(count))
    publishing = asyncio.create_task(publish(settings, messages, rate=args.rate))
    samples: list[Sample] = []
    try:
        await watch(worker, watcher, publishing, args, samples)
    finally:
        publishing.cancel()
        with suppress(asyncio.CancelledError):
            await publishing
        worker.stop()
        await watcher.stop()
    return samples


async def watch(
    worker: Child,
    watcher: CommitWatcher,
    publishing: asyncio.Task[object],
    args: argparse.Namespace,
    samples: list[Sample],
) -> None:
    started = time.monotonic()
    next_report = 1.0
    while (minute := (time.monotonic() - started) / 60) < args.minutes:
        if not worker.alive():
            raise RuntimeError(f"the worker died:\n{worker.log_tail()}")
        if publishing.done() and publishing.exception():
            raise RuntimeError(f"publishing failed: {publishing.exception()}")
        sizes = rss_by_process(worker.process.pid)
        samples.append(Sample(minute, sum(sizes.values())))
        if minute >= next_report:
            parts = " ".join(f"{name}={size / 2**20:.0f}" for name, size in sorted(sizes.items()))
            print(
                f"minute {minute:5.1f}: RSS MiB {parts} total={sum(sizes.values()) / 2**20:.0f}; "
                f"enriched {len(watcher.seen)}",
                flush=True,
            )
            next_report += 1
        await asyncio.sleep(SAMPLE_S)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=20.0)
    parser.add_argument("--warmup-minutes", type=float, default=3.0)
    parser.add_argument("--rate", type=float, help="articles/s (default: the bench's half load)")
    parser.add_argument("--tolerance-pct", type=float, default=5.0)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--broker-port", type=int, help="first port of the local broker")
    args = parser.parse_args()
    args.rate = args.rate or half_baseline_rate() or FALLBACK_RATE
    return args


def main() -> None:
    args = parse_args()
    stop_on_sigterm()
    logging.getLogger("aiokafka").setLevel(logging.ERROR)
    # Our watcher starts while the new topics' leaders settle; its fetcher retries, loudly.
    logging.getLogger("aiokafka.consumer.fetcher").setLevel(logging.CRITICAL)
    print(
        f"soak: one worker ({os.cpu_count()} enrichment processes), {args.rate:.2f} articles/s "
        f"for {args.minutes:g} min, warm-up {args.warmup_minutes:g} min, model {args.model}",
        flush=True,
    )
    with ExitStack() as cleanup:
        workdir = Path(cleanup.enter_context(tempfile.TemporaryDirectory(prefix="bench-soak-")))
        bootstrap = start_broker(cleanup, workdir, 1, args.broker_port)
        samples = asyncio.run(soak(bench_settings(bootstrap, 1), args, workdir))
    print(verdict(samples, args.warmup_minutes, args.tolerance_pct))


if __name__ == "__main__":
    main()
