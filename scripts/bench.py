"""newsstream end to end, next to bare spaCy and a naive peer, on this machine (`make bench`).

Same corpus, model and cores for every run; it prints figures, asserts nothing, and writes
bench/results/<UTC time>-<git sha>.json. The corpus is the dev set repeated with distinct ids.

1. limit: bare `nlp.pipe` (the Enricher's stock pipes, no Kafka, model already loaded), best
   of --batch-sizes, with 1 process and with one per core.
2. newsstream: the corpus is published to fresh topics first, then a worker with one
   enrichment process per core starts from an empty consumer group.
3. naive peer: scripts/naive_peer.py (nlp(text) per message, one JSON result each, awaited)
   on the same raw topic, under its own consumer group.
4. latency: with the worker of (2) still running, articles are published at half of its
   measured rate for --latency-seconds; each one's latency runs from its raw record's
   timestamp (CreateTime, set by our producer) to the moment a read_committed consumer of
   ours first sees its EnrichedArticle. The article's entities and events commit in the same
   transaction, so this is also when its event records become visible. Both ends use this
   machine's wall clock; the consumer long-polls every 25 ms, which bounds the error.
5. memory: peak resident set of the worker and all its processes during (2), summed from /proc
   every 0.2 s (a sum of RSS: pages shared between the processes count once per process).
6. cpu: the CPU time the worker's main process and its enrichment processes have used by the
   end of (2), per article. With every core busy, the NLP gets what the rest leaves over.

Clocks of (2) and (3): "steady" runs from the first output record a read_committed consumer
sees to the last; records seen at that first instant are not counted, as their work was done
before the clock started. Like the limit's clock it leaves out model loading and joining the
group. "cold" runs from spawning the process to the last record seen, and counts everything.
The ratios use steady words/s: newsstream / limit with one process per core, and
newsstream / naive. The last line printed is `ratio_limit=X ratio_naive=Y p99_ms=Z`.

A broker is started on free ports unless KAFKA_BOOTSTRAP names one; everything started here
(broker, worker, naive peer) is stopped on the way out, on failure and on Ctrl-C too.
NEWSSTREAM_* variables in the environment reach the worker, except those set here.

    python scripts/bench.py [--articles 3000] [--latency-seconds 60] [--quick] [--profile]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import logging
import math
import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, suppress
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

import spacy
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from stream.config import Settings
from stream.contracts import Article
from stream.kafka.localbroker import BOOTSTRAP_ENV, BrokerCluster, free_port, wait_for_bootstrap
from stream.kafka.producer import encode, publish, repeated
from stream.kafka.topics import TopicSpec, create_topics, topic_specs
from stream.nlp.pipeline import DEFAULT_MODEL
from stream.sources import parse_record

ROOT = Path(__file__).resolve().parents[1]
DEV_DIR = ROOT / "tests" / "data" / "dev"
RESULTS_DIR = ROOT / "bench" / "results"
CORES = os.cpu_count() or 1
QUICK = {"articles": 165, "latency_seconds": 10.0, "batch_sizes": "64"}
WATCH_POLL_MS = 25
RSS_SAMPLE_S = 0.2
STOP_TIMEOUT_S = 20.0
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
WORKER_SETTINGS = (
    "bootstrap_servers", "app_id", "topic_raw", "topic_enriched", "topic_entities",
    "topic_events", "topic_dlq", "topic_reports", "topic_activity", "topic_places", "partitions",
)  # fmt: skip


@dataclass(frozen=True)
class Rate:
    run: str
    processes: int
    batch: int | None
    seconds: float
    articles: int
    words: int

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds


@dataclass(frozen=True)
class Corpus:
    articles: list[Article]
    words: dict[str, int] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "words", {a.id: len(a.text.split()) for a in self.articles})

    @property
    def total_words(self) -> int:
        return sum(self.words.values())


def dev_articles() -> list[Article]:
    return [
        parse_record(json.loads(path.read_text())["article"])
        for path in sorted(DEV_DIR.glob("*.json"))
    ]


def build_corpus(minimum: int) -> Corpus:
    base = dev_articles()
    return Corpus(list(repeated(base, -(-minimum // len(base)))))


# --- 1. the limit ---------------------------------------------------------------------------


def measure_limit(corpus: Corpus, model: str, batch_sizes: Sequence[int]) -> list[Rate]:
    """Best bare `nlp.pipe` time over the batch sizes, with 1 process and one per core."""
    nlp = spacy.load(model, exclude=["senter"])  # the Enricher's stock pipes
    texts = [article.text for article in corpus.articles]
    rates = []
    for processes in sorted({1, CORES}):
        seconds, batch = min(
            (_time_pipe(nlp, texts, batch, processes), batch) for batch in batch_sizes
        )
        rates.append(
            Rate("limit nlp.pipe", processes, batch, seconds, len(texts), corpus.total_words)
        )
    return rates


def _time_pipe(nlp: spacy.Language, texts: list[str], batch: int, processes: int) -> float:
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch, n_process=processes):
        pass
    return time.perf_counter() - started


# --- processes and /proc --------------------------------------------------------------------


@dataclass
class Child:
    """A process we started, in its own process group so that its children go with it."""

    process: subprocess.Popen[bytes]
    started: float
    log: Path

    @classmethod
    def spawn(cls, command: list[str], env: dict[str, str], log: Path) -> Child:
        started = time.time()
        process = subprocess.Popen(
            command, env=env, cwd=ROOT, stdout=log.open("wb"), stderr=subprocess.STDOUT,
            start_new_session=True,  # Ctrl-C reaches us only; we stop it in order
        )  # fmt: skip
        return cls(process, started, log)

    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self) -> None:
        if self.alive():
            self.process.terminate()
            with suppress(subprocess.TimeoutExpired):
                self.process.wait(STOP_TIMEOUT_S)
        with suppress(ProcessLookupError):  # whatever is left of the group, e.g. pool processes
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def log_tail(self, lines: int = 30) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])


def process_tree(root: int) -> list[int]:
    """`root` and all its descendants, parents first."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with suppress(OSError):
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            children.setdefault(parent, []).append(int(stat.parent.name))
    pids = [root]
    for pid in pids:  # grows while we walk it: breadth-first over the tree
        pids += children.get(pid, [])
    return pids


def tree_rss(root: int) -> tuple[int, int]:
    """Bytes resident in `root` and all its descendants now, and how many processes they are."""
    total, pids = 0, process_tree(root)
    for pid in pids:
        with suppress(OSError):
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE_SIZE
    return total, len(pids)


def cpu_seconds(pid: int) -> float:
    """User and system CPU time the process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


@dataclass(frozen=True)
class CpuUse:
    """CPU seconds of the worker's main process and of its enrichment processes."""

    main_s: float
    enrichment_s: float

    @classmethod
    def of_tree(cls, root: int) -> CpuUse:
        main, *children = process_tree(root)
        enrichment = 0.0
        for pid in children:
            with suppress(OSError):
                enrichment += cpu_seconds(pid)
        return cls(cpu_seconds(main), enrichment)


@dataclass
class PeakRss:
    root: int
    peak_bytes: int = 0
    processes: int = 0

    async def sample(self) -> None:
        while True:
            rss, processes = tree_rss(self.root)
            if rss > self.peak_bytes:
                self.peak_bytes, self.processes = rss, processes
            await asyncio.sleep(RSS_SAMPLE_S)


# --- Kafka ------------------------------------------------------------------------------------


class CommitWatcher:
    """A read_committed consumer of one topic that notes when it first sees each key."""

    def __init__(self, settings: Settings, topic: str) -> None:
        self._settings, self._topic = settings, topic
        self.seen: dict[bytes, float] = {}
        self._consumer = AIOKafkaConsumer(
            **settings.kafka_client_options(),
            isolation_level="read_committed",
            enable_auto_commit=False,
            fetch_max_wait_ms=WATCH_POLL_MS,
        )
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        await self._consumer.start()
        partitions = [TopicPartition(self._topic, p) for p in range(self._settings.partitions)]
        self._consumer.assign(partitions)
        await self._consumer.seek_to_beginning(*partitions)
        self._task = asyncio.create_task(self._watch())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with suppress(asyncio.CancelledError):
                await self._task
        await self._consumer.stop()

    async def wait_for(self, keys: set[bytes], timeout: float, source: Child) -> None:
        deadline = time.monotonic() + timeout
        while not keys <= self.seen.keys():
            if not source.alive() or time.monotonic() > deadline:
                missing = len(keys - self.seen.keys())
                raise RuntimeError(
                    f"{self._topic}: {missing} of {len(keys)} records missing "
                    f"(process alive: {source.alive()}):\n{source.log_tail()}"
                )
            await asyncio.sleep(0.1)

    async def _watch(self) -> None:
        while True:
            batches = await self._consumer.getmany(timeout_ms=WATCH_POLL_MS)
            now = time.time()
            for messages in batches.values():
                for message in messages:
                    self.seen.setdefault(message.key or b"", now)


def bench_settings(bootstrap: str) -> Settings:
    prefix = f"bench{uuid.uuid4().hex[:8]}"
    return Settings(
        NEWSSTREAM_BOOTSTRAP_SERVERS=bootstrap,  # the field is read by its aliases only
        app_id=prefix,
        topic_raw=f"{prefix}.raw",
        topic_enriched=f"{prefix}.enriched",
        topic_entities=f"{prefix}.entities",
        topic_events=f"{prefix}.events",
        topic_dlq=f"{prefix}.dlq",
        topic_reports=f"{prefix}.reports",
        topic_activity=f"{prefix}.activity",
        topic_places=f"{prefix}.places",
    )


def naive_topic(settings: Settings) -> str:
    return f"{settings.app_id}.naive"


async def create_bench_topics(settings: Settings) -> None:
    naive = TopicSpec(naive_topic(settings), settings.partitions, settings.replication_factor)
    await create_topics(settings, [*topic_specs(settings), naive])


async def publish_paced(
    settings: Settings, articles: list[Article], rate: float
) -> dict[bytes, float]:
    """Send `rate` articles a second; each key's record timestamp (CreateTime), in seconds."""
    producer = AIOKafkaProducer(
        **settings.kafka_client_options(), acks="all", enable_idempotence=True
    )
    await producer.start()
    try:
        started, sent = time.time(), []
        for index, article in enumerate(articles):
            delay = started + index / rate - time.time()
            if delay > 0:
                await asyncio.sleep(delay)
            message = encode(article)
            future = await producer.send(settings.topic_raw, message.value, key=message.key)
            sent.append((message.key, future))
        return {key: (await future).timestamp / 1000 for key, future in sent}
    finally:
        await producer.stop()


# --- 2.-5. the streaming runs ---------------------------------------------------------------


def keys_of(articles: Sequence[Article]) -> set[bytes]:
    return {article.id.encode() for article in articles}


def steady_and_cold(
    run: str, processes: int, corpus: Corpus, seen: dict[bytes, float], started: float
) -> list[Rate]:
    arrivals = {key.decode(): seen[key] for key in keys_of(corpus.articles)}
    first, last = min(arrivals.values()), max(arrivals.values())
    later = [article_id for article_id, at in arrivals.items() if at > first]
    later_words = sum(corpus.words[article_id] for article_id in later)
    return [
        Rate(f"{run} steady", processes, None, last - first, len(later), later_words),
        Rate(f"{run} cold", processes, None, last - started, len(arrivals), corpus.total_words),
    ]


def drain_timeout(corpus: Corpus) -> float:
    return 120.0 + corpus.total_words / 500  # far slower than any healthy run


async def run_naive(settings: Settings, corpus: Corpus, workdir: Path) -> list[Rate]:
    watcher = CommitWatcher(settings, naive_topic(settings))
    await watcher.start()
    command = [
        sys.executable, str(ROOT / "scripts" / "naive_peer.py"),
        "--bootstrap", settings.bootstrap_servers, "--source", settings.topic_raw,
        "--target", naive_topic(settings), "--group", f"{settings.app_id}-naive",
    ]  # fmt: skip
    peer = Child.spawn(command, {**os.environ, "PYTHONPATH": str(ROOT)}, workdir / "naive.log")
    try:
        await watcher.wait_for(keys_of(corpus.articles), drain_timeout(corpus), peer)
    finally:
        peer.stop()
        await watcher.stop()
    return steady_and_cold("naive peer", 1, corpus, watcher.seen, peer.started)


def spawn_worker(settings: Settings, workdir: Path) -> Child:
    env = {f"NEWSSTREAM_{name.upper()}": str(getattr(settings, name)) for name in WORKER_SETTINGS}
    env |= {"NEWSSTREAM_NLP_PROCESSES": str(CORES), "PYTHONPATH": str(ROOT)}
    command = [
        sys.executable, "-m", "stream", "worker", "--web-port", str(free_port()),
        "--data-dir", str(workdir / "worker-data"),
    ]  # fmt: skip
    return Child.spawn(command, {**os.environ, **env}, workdir / "worker.log")


@dataclass(frozen=True)
class Latency:
    rate: float
    seconds: float
    articles: int
    p50_ms: float
    p95_ms: float
    p99_ms: float


def start_profiler(pid: int, output: Path, workdir: Path) -> Child:
    """py-spy sampling the worker's main process, where its agents, tables and clients run."""
    py_spy = Path(sys.executable).parent / "py-spy"
    command = [str(py_spy), "record", "--pid", str(pid), "--nonblocking", "--rate", "50",
               "--output", str(output)]  # fmt: skip
    return Child.spawn(command, dict(os.environ), workdir / "py-spy.log")


def stop_profiler(profiler: Child, output: Path) -> None:
    profiler.process.send_signal(signal.SIGINT)  # py-spy writes its flame graph on SIGINT
    with suppress(subprocess.TimeoutExpired):
        profiler.process.wait(STOP_TIMEOUT_S)
    profiler.stop()
    found = output.exists()
    print(f"worker profile: {output if found else 'none, ' + profiler.log_tail(3)}", flush=True)


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest rank: the smallest value with at least `fraction` of all values at or below it."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


async def measure_latency(
    settings: Settings, watcher: CommitWatcher, worker: Child, rate: float, seconds: float
) -> Latency:
    base = dev_articles()
    count = max(1, round(rate * seconds))
    articles = [
        base[i % len(base)].model_copy(update={"id": f"{base[i % len(base)].id}~latency{i}"})
        for i in range(count)
    ]
    published = await publish_paced(settings, articles, rate)
    await watcher.wait_for(set(published), 120.0 + seconds, worker)
    latencies = [(watcher.seen[key] - at) * 1000 for key, at in published.items()]
    p50, p95, p99 = (percentile(latencies, q) for q in (0.50, 0.95, 0.99))
    return Latency(rate, seconds, count, p50, p95, p99)


@dataclass(frozen=True)
class StreamResults:
    naive: list[Rate]
    newsstream: list[Rate]
    latency: Latency
    peak_rss_bytes: int
    worker_processes: int
    cpu: CpuUse


async def measure_streams(
    bootstrap: str, corpus: Corpus, latency_seconds: float, workdir: Path, profile: Path | None
) -> StreamResults:
    settings = bench_settings(bootstrap)
    await create_bench_topics(settings)
    await publish(settings, [encode(article) for article in corpus.articles])
    naive = await run_naive(settings, corpus, workdir)
    print(*list(table(naive))[1:], sep="\n", flush=True)
    watcher = CommitWatcher(settings, settings.topic_enriched)
    await watcher.start()
    worker = spawn_worker(settings, workdir)
    memory = PeakRss(worker.process.pid)
    sampler = asyncio.create_task(memory.sample())
    profiler = start_profiler(worker.process.pid, profile, workdir) if profile else None
    try:
        await watcher.wait_for(keys_of(corpus.articles), drain_timeout(corpus), worker)
        cpu = CpuUse.of_tree(worker.process.pid)
        sampler.cancel()
        if profiler and profile:
            stop_profiler(profiler, profile)
        newsstream = steady_and_cold("newsstream", CORES, corpus, watcher.seen, worker.started)
        rate = newsstream[0].articles_per_s / 2
        latency = await measure_latency(settings, watcher, worker, rate, latency_seconds)
    finally:
        sampler.cancel()
        if profiler:
            profiler.stop()
        worker.stop()
        await watcher.stop()
    return StreamResults(naive, newsstream, latency, memory.peak_bytes, memory.processes, cpu)


# --- report -----------------------------------------------------------------------------------


def table(rates: Sequence[Rate]) -> Iterator[str]:
    yield (
        f"{'run':22}{'procs':>6}{'batch':>7}{'seconds':>9}{'articles':>10}{'art/s':>8}"
        f"{'words/s':>9}"
    )
    for r in rates:
        batch = str(r.batch) if r.batch else "-"
        yield (
            f"{r.run:22}{r.processes:6}{batch:>7}{r.seconds:9.1f}{r.articles:10}"
            f"{r.articles_per_s:8.1f}{r.words_per_s:9.0f}"
        )


def git_sha() -> str:
    def git(*args: str) -> str:
        return subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True, check=False
        ).stdout.strip()

    sha = git("rev-parse", "--short", "HEAD") or "nogit"
    return f"{sha}-dirty" if git("status", "--porcelain", "--untracked-files=no") else sha


def results_path(suffix: str) -> Path:
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    return RESULTS_DIR / f"{stamp}-{git_sha()}.{suffix}"


def write_results(document: dict[str, Any]) -> Path:
    path = results_path("json")
    path.write_text(json.dumps(document, indent=2) + "\n")
    return path


def report(corpus: Corpus, model: str, limit: list[Rate], streams: StreamResults) -> None:
    newsstream, naive = streams.newsstream[0], streams.naive[0]
    ratio_limit = newsstream.words_per_s / limit[-1].words_per_s
    ratio_naive = newsstream.words_per_s / naive.words_per_s
    latency = streams.latency
    print(*table([*limit, *streams.naive, *streams.newsstream]), sep="\n")
    print(
        f"latency: {latency.articles} articles at {latency.rate:.1f}/s for {latency.seconds:.0f} s "
        f"(half of newsstream's steady rate), publish -> committed: "
        f"p50 {latency.p50_ms:.0f} ms, p95 {latency.p95_ms:.0f} ms, p99 {latency.p99_ms:.0f} ms"
    )
    print(
        f"memory: worker peak RSS {streams.peak_rss_bytes / 2**20:.0f} MiB "
        f"over {streams.worker_processes} processes (sum of RSS)"
    )
    per_article_ms = 1000 / len(corpus.articles)
    print(
        f"cpu per article, start-up included: worker main process "
        f"{streams.cpu.main_s * per_article_ms:.1f} ms, enrichment processes "
        f"{streams.cpu.enrichment_s * per_article_ms:.1f} ms; bare nlp.pipe "
        f"{limit[-1].seconds * limit[-1].processes * per_article_ms:.1f} ms (its wall time x procs)"
    )
    print(
        f"newsstream/limit x{limit[-1].processes} = {ratio_limit:.2f} (target >= 0.85); "
        f"newsstream/naive = {ratio_naive:.2f} (target >= 3; bare nlp.pipe on all cores "
        f"would reach {limit[-1].words_per_s / naive.words_per_s:.2f})"
    )
    path = write_results(
        {
            "sha": git_sha(),
            "machine": {"cores": CORES, "loadavg_at_end": os.getloadavg()},
            "model": model,
            "corpus": {"articles": len(corpus.articles), "words": corpus.total_words},
            "rates": [asdict(r) for r in [*limit, *streams.naive, *streams.newsstream]],
            "latency": asdict(latency),
            "peak_rss_bytes": streams.peak_rss_bytes,
            "worker_cpu_s": asdict(streams.cpu),
            "ratio_limit": ratio_limit,
            "ratio_naive": ratio_naive,
        }
    )
    print(f"results: {path.relative_to(ROOT)}")
    print(
        f"ratio_limit={ratio_limit:.2f} ratio_naive={ratio_naive:.2f} p99_ms={latency.p99_ms:.0f}"
    )


# --- main -----------------------------------------------------------------------------------


def start_broker(cleanup: ExitStack, workdir: Path) -> str:
    if external := os.environ.get(BOOTSTRAP_ENV):
        wait_for_bootstrap(external)
        return external
    cluster = BrokerCluster(workdir / "kafka", port=free_port(span=2))
    cleanup.callback(cluster.down)
    cluster.up()
    return cluster.bootstrap


def stop_on_sigterm() -> None:
    """SIGTERM unwinds like Ctrl-C, so that the cleanup runs."""

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000, help="corpus size, at least")
    parser.add_argument("--latency-seconds", type=float, default=60.0)
    parser.add_argument("--batch-sizes", default="32,128", help="tried for the limit")
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--quick", action="store_true", help=f"a smoke run: {QUICK}")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="record the worker's main process with py-spy during (2), as an SVG flame graph "
        "next to the results",
    )
    args = parser.parse_args(argv)
    if args.quick:
        vars(args).update(QUICK)
    return args


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    stop_on_sigterm()
    # Leaders of new topics take a moment to settle; the clients retry and say so, loudly.
    logging.getLogger("aiokafka").setLevel(logging.ERROR)
    corpus = build_corpus(args.articles)
    batch_sizes = [int(size) for size in args.batch_sizes.split(",")]
    print(
        f"newsstream bench: {len(corpus.articles)} articles, {corpus.total_words} words "
        f"(dev set repeated), model {args.model}, {CORES} cores, "
        f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}",
        flush=True,
    )
    limit = measure_limit(corpus, args.model, batch_sizes)
    print(*table(limit), sep="\n", flush=True)
    with ExitStack() as cleanup:
        workdir = Path(cleanup.enter_context(tempfile.TemporaryDirectory(prefix="bench-")))
        bootstrap = start_broker(cleanup, workdir)
        profile = results_path("worker.svg") if args.profile else None
        streams = asyncio.run(
            measure_streams(bootstrap, corpus, args.latency_seconds, workdir, profile)
        )
    report(corpus, args.model, limit, streams)


if __name__ == "__main__":
    main()
