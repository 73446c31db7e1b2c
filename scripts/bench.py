"""newsstream end to end, next to bare spaCy and a naive peer, on this machine (`make bench`).

Same corpus, model and cores for every run; it prints figures, asserts nothing, writes
bench/results/<UTC time>-<git sha>.json and prints the change against bench/baseline.json
(`--save-baseline` makes this run the baseline). The corpus is --articles distinct invented
wire stories (scripts/bench_corpus.py, seeded): new names, places, dates and event kinds, so
no cache warms on repeats and events merge only where a story is reported again.

1. limit: bare `nlp.pipe` (the Enricher's stock pipes, no Kafka, model already loaded), best
   of --batch-sizes with one process per core; then 1 process at that batch size.
2. naive peer: scripts/naive_peer.py (nlp(text) per message, one JSON result each, awaited),
   on the corpus published to a raw topic beforehand, under its own consumer group.
3. newsstream: --workers N workers (one enrichment process per core, shared among them) start
   from an empty consumer group on the same raw topic. With more than one worker the local
   cluster has 3 brokers and topics 3 replicas. A list (`--workers 1,2`) runs each in turn,
   on fresh topics; the figures below come from the first.
4. latency: with the workers of (3) still running, new articles of the same stream are
   published at half of the measured steady rate for --latency-seconds. An event's latency
   runs from its article's raw record timestamp (CreateTime, set by our producer) to the
   moment a read_committed consumer of ours first sees it on the events topic, i.e. when the
   resolver's transaction commits it. Both ends use this machine's wall clock; the consumer
   long-polls every 25 ms, which bounds the error. The enriched record's latency is printed
   too.
5. memory: peak resident set of all worker processes during (3) and (4), summed from /proc
   every 0.2 s: RSS (pages shared between processes count once per process) and PSS (they
   count in shares).
6. cpu: CPU time of the workers' main processes and of their enrichment processes within the
   steady window of (3), per article counted.

One window rule for every run: the clock starts at the first output (a yielded Doc, a record
our read_committed consumer sees); outputs within one poll (25 ms) of it are not counted, as
their work was done before the clock started. It stops at the last output, and for newsstream
when its tables have absorbed the last event (see `wait_until_absorbed`). So "steady" leaves
out start-up (model loading, forking, joining the group) for all runs alike; start-up, the
time from spawning to the first output, is printed apart, and "cold" counts everything.
The ratios use steady words/s: newsstream / limit with one process per core, and
newsstream / naive. The last line printed is
`ratio_limit=X ratio_naive=Y p99_ms=Z rss_mib=W` (p99 of event latency, peak RSS sum).

A broker is started on free ports unless KAFKA_BOOTSTRAP names one; everything started here
(broker, workers, naive peer) is stopped on the way out, on failure and on Ctrl-C too.
NEWSSTREAM_* variables in the environment reach the workers, except those set here.

    python scripts/bench.py [--articles 3000] [--latency-seconds 60] [--workers 1[,2,3]]
                            [--model NAME] [--quick] [--profile] [--save-baseline]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import logging
import math
import os
import platform
import re
import resource
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import ExitStack, suppress
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

import spacy
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.structs import ConsumerRecord

sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench_corpus, run as a script

from bench_corpus import DEFAULT_SEED, corpus

from stream.config import Settings, namespaced
from stream.contracts import Article
from stream.kafka.localbroker import (
    BOOTSTRAP_ENV,
    BrokerCluster,
    free_port,
    wait_for_bootstrap,
)
from stream.kafka.producer import encode, publish
from stream.kafka.topics import TopicSpec, create_topics, topic_specs
from stream.nlp.pipeline import DEFAULT_MODEL

ROOT = Path(__file__).resolve().parents[1]
RESULTS_DIR = ROOT / "bench" / "results"
BASELINE_PATH = ROOT / "bench" / "baseline.json"
CORES = os.cpu_count() or 1
QUICK = {"articles": 300, "latency_seconds": 10.0, "batch_sizes": "64"}
MULTI_WORKER_NODES = 3
WATCH_POLL_MS = 25
OTHERS_CPU_SHARE_WARNING = 0.05
FIRST_INSTANT_S = WATCH_POLL_MS / 1000
"""Outputs this close to the first are taken as seen at the same instant: not counted."""
ABSORB_POLL_S = 0.05
SAMPLE_S = 0.2
STOP_TIMEOUT_S = 20.0
LATENCY_FIRST_INDEX = 1_000_000
"""Latency articles come from far along the corpus stream: new ones, never in the corpus."""
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
WORKER_SETTINGS = (
    "bootstrap_servers", "app_id", "topic_raw", "topic_enriched", "topic_entities",
    "topic_events", "topic_dlq", "topic_reports", "topic_activity", "topic_places", "partitions",
    "replication_factor",
)  # fmt: skip


@dataclass(frozen=True)
class Rate:
    run: str
    processes: int
    batch: int | None
    seconds: float
    articles: int
    words: int
    startup_s: float | None = None
    """From spawning (or calling `nlp.pipe`) to the first output: left out of "steady"."""

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


def windowed(
    run: str,
    processes: int,
    batch: int | None,
    words: Mapping[str, int],
    arrivals: Mapping[str, float],
    spawned: float,
    end: float | None = None,
) -> tuple[Rate, Rate]:
    """The steady and cold rates of one run, by the one window rule of every run.

    `arrivals`: when each article's output was first seen; `end`: when the run's work was
    done, if later than the last output (newsstream's tables)."""
    first = min(arrivals.values())
    end = max(end or 0.0, max(arrivals.values()))
    later = [article_id for article_id, at in arrivals.items() if at > first + FIRST_INSTANT_S]
    steady = Rate(
        f"{run} steady", processes, batch, end - first, len(later),
        sum(words[article_id] for article_id in later), first - spawned,
    )  # fmt: skip
    cold = Rate(
        f"{run} cold", processes, batch, end - spawned, len(arrivals),
        sum(words[article_id] for article_id in arrivals),
    )  # fmt: skip
    return steady, cold


# --- 1. the limit ---------------------------------------------------------------------------


def measure_limit(corpus: Corpus, model: str, batch_sizes: Sequence[int]) -> list[Rate]:
    """Best steady `nlp.pipe` rate over the batch sizes with one process per core, then with
    1 process at the best batch size."""
    nlp = spacy.load(model, exclude=["senter"])  # the Enricher's stock pipes
    trials = [_pipe_rates(nlp, corpus, batch, CORES) for batch in batch_sizes]
    best = max(trials, key=lambda rates: rates[0].words_per_s)
    if CORES == 1:
        return list(best)
    return [*_pipe_rates(nlp, corpus, best[0].batch or batch_sizes[0], 1), *best]


def _pipe_rates(
    nlp: spacy.Language, corpus: Corpus, batch: int, processes: int
) -> tuple[Rate, Rate]:
    texts = [(article.text, article.id) for article in corpus.articles]
    arrivals: dict[str, float] = {}
    started = time.time()
    for _, article_id in nlp.pipe(texts, batch_size=batch, n_process=processes, as_tuples=True):
        arrivals[article_id] = time.time()
    return windowed("limit nlp.pipe", processes, batch, corpus.words, arrivals, started)


# --- processes and /proc --------------------------------------------------------------------


@dataclass
class Child:
    """A process we started, in its own process group so that its children go with it."""

    process: subprocess.Popen[bytes]
    started: float
    log: Path
    web_port: int | None = None
    """A worker's: its /metrics."""

    @classmethod
    def spawn(
        cls, command: list[str], env: dict[str, str], log: Path, web_port: int | None = None
    ) -> Child:
        started = time.time()
        process = subprocess.Popen(
            command, env=env, cwd=ROOT, stdout=log.open("wb"), stderr=subprocess.STDOUT,
            start_new_session=True,  # Ctrl-C reaches us only; we stop it in order
        )  # fmt: skip
        return cls(process, started, log, web_port)

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


def rss_bytes(pid: int) -> int:
    return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE_SIZE


def pss_bytes(pid: int) -> int:
    """Proportional set size: each shared page counts for a share, so sums do not overcount."""
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1]) * 1024
    return 0


def cpu_seconds(pid: int) -> float:
    """User and system CPU time the process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


@dataclass(frozen=True)
class CpuUse:
    """CPU seconds of the workers' main processes and of their enrichment processes."""

    main_s: float
    enrichment_s: float

    @classmethod
    def of_trees(cls, roots: Sequence[int]) -> CpuUse:
        main = enrichment = 0.0
        for root in roots:
            head, *children = process_tree(root)
            with suppress(OSError):
                main += cpu_seconds(head)
            for pid in children:
                with suppress(OSError):
                    enrichment += cpu_seconds(pid)
        return cls(main, enrichment)

    def __sub__(self, earlier: CpuUse) -> CpuUse:
        return CpuUse(self.main_s - earlier.main_s, self.enrichment_s - earlier.enrichment_s)


@dataclass(frozen=True)
class Memory:
    rss_bytes: int
    pss_bytes: int
    processes: int

    @classmethod
    def of_trees(cls, roots: Sequence[int]) -> Memory:
        rss = pss = count = 0
        for root in roots:
            for pid in process_tree(root):
                with suppress(OSError):
                    rss += rss_bytes(pid)
                    pss += pss_bytes(pid)
                    count += 1
        return cls(rss, pss, count)


@dataclass
class Sampler:
    """Memory and CPU of the workers every SAMPLE_S: the peaks, and CPU at any moment."""

    roots: list[int]
    peak: Memory = field(default_factory=lambda: Memory(0, 0, 0))
    cpu: list[tuple[float, CpuUse]] = field(default_factory=list)

    async def run(self) -> None:
        while True:
            memory = Memory.of_trees(self.roots)
            if memory.rss_bytes > self.peak.rss_bytes:
                self.peak = Memory(memory.rss_bytes, max(memory.pss_bytes, self.peak.pss_bytes),
                                   memory.processes)  # fmt: skip
            elif memory.pss_bytes > self.peak.pss_bytes:
                self.peak = Memory(self.peak.rss_bytes, memory.pss_bytes, self.peak.processes)
            self.cpu.append((time.time(), CpuUse.of_trees(self.roots)))
            await asyncio.sleep(SAMPLE_S)

    def cpu_at(self, moment: float) -> CpuUse:
        """The last sample taken at or before `moment` (at most SAMPLE_S early)."""
        before = [use for at, use in self.cpu if at <= moment]
        return before[-1] if before else CpuUse(0.0, 0.0)


# --- Kafka ------------------------------------------------------------------------------------


def message_key(message: ConsumerRecord[bytes, bytes]) -> bytes:
    return message.key or b""


def event_mention(message: ConsumerRecord[bytes, bytes]) -> bytes:
    """An event record as "<article id>|<mention id>": one per report of an article; an event
    copied to each participant's key counts once."""
    event = json.loads(message.value or b"{}")
    return f"{event.get('article_id')}|{event.get('mention_id')}".encode()


class CommitWatcher:
    """A read_committed consumer of one topic that notes when it first sees each key."""

    def __init__(
        self,
        settings: Settings,
        topic: str,
        key_of: Callable[[ConsumerRecord[bytes, bytes]], bytes] = message_key,
    ) -> None:
        self._settings, self._topic, self._key_of = settings, topic, key_of
        self.seen: dict[bytes, float] = {}
        self.created: dict[bytes, float] = {}
        """Each key's record timestamp (CreateTime): when the worker sent it, before its commit."""
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

    async def wait_for(self, keys: set[bytes], timeout: float, sources: Sequence[Child]) -> None:
        deadline = time.monotonic() + timeout
        while not keys <= self.seen.keys():
            missing = len(keys - self.seen.keys())
            check_running(sources, deadline, f"{self._topic}: {missing} of {len(keys)} missing")
            await asyncio.sleep(0.1)

    async def wait_for_any(self, timeout: float, sources: Sequence[Child]) -> None:
        deadline = time.monotonic() + timeout
        while not self.seen:
            check_running(sources, deadline, f"{self._topic}: no record yet")
            await asyncio.sleep(0.05)

    async def _watch(self) -> None:
        while True:
            batches = await self._consumer.getmany(timeout_ms=WATCH_POLL_MS)
            now = time.time()
            for messages in batches.values():
                for message in messages:
                    key = self._key_of(message)
                    self.seen.setdefault(key, now)
                    self.created.setdefault(key, message.timestamp / 1000)


def check_running(sources: Sequence[Child], deadline: float, waiting_for: str) -> None:
    dead = [child for child in sources if not child.alive()]
    if dead or time.monotonic() > deadline:
        tail = (dead or list(sources))[0].log_tail()
        raise RuntimeError(f"{waiting_for} (processes dead: {len(dead)}):\n{tail}")


async def last_data_offsets(settings: Settings, topics: Sequence[str]) -> dict[TopicPartition, int]:
    """Per partition of `topics`, the offset of its last committed data record now.

    Read by a read_committed consumer up to the last stable offset: transaction markers take
    offsets too, so the end offset itself says nothing about where the last record is."""
    consumer = AIOKafkaConsumer(
        **settings.kafka_client_options(), isolation_level="read_committed",
        enable_auto_commit=False,
    )  # fmt: skip
    await consumer.start()
    try:
        partitions = [TopicPartition(t, p) for t in topics for p in range(settings.partitions)]
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        ends = await consumer.end_offsets(partitions)
        last: dict[TopicPartition, int] = {}
        while [tp for tp in partitions if await consumer.position(tp) < ends[tp]]:
            for tp, messages in (await consumer.getmany(timeout_ms=200)).items():
                last[tp] = messages[-1].offset
        return last
    finally:
        await consumer.stop()


async def wait_until_absorbed(
    settings: Settings, sources: Sequence[Child], timeout: float
) -> float:
    """Wait until the tables have absorbed every event, once every article is enriched; when.

    The chain has two hops after enrichment: `resolve_events` reads the reports topic and
    commits events and actor and place rows together with its offsets; `record_activity` and
    `record_places` read those rows and commit their table changes with their offsets. A hop
    is done when the group's committed offset has passed the last data record of every
    partition it reads. Once the reports are all committed (they commit with the enriched
    records we have seen), the rows topics grow no more once the first hop is done. Offsets
    committed by the workers are the ground truth under exactly-once, whatever the number
    of workers, and reading them needs nothing of the worker's API. The answer is at most
    ABSORB_POLL_S late, plus one request to the group coordinator."""
    deadline = time.monotonic() + timeout
    admin = AIOKafkaAdminClient(**settings.kafka_client_options())
    await admin.start()
    try:
        for hop in ((settings.topic_reports,), (settings.topic_activity, settings.topic_places)):
            last = await last_data_offsets(settings, hop)
            while True:
                committed = await admin.list_consumer_group_offsets(
                    settings.app_id, partitions=list(last)
                )
                if all(tp in committed and committed[tp].offset > offset
                       for tp, offset in last.items()):  # fmt: skip
                    break
                check_running(sources, deadline, f"tables of {hop}: offsets not committed")
                await asyncio.sleep(ABSORB_POLL_S)
        return time.time()
    finally:
        await admin.close()


def bench_settings(bootstrap: str, replication: int) -> Settings:
    prefix = f"bench{uuid.uuid4().hex[:8]}"
    return Settings(
        NEWSSTREAM_BOOTSTRAP_SERVERS=bootstrap,  # the field is read by its aliases only
        **namespaced(prefix),
        replication_factor=replication,
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


# --- 2.-6. the streaming runs ---------------------------------------------------------------


def keys_of(articles: Sequence[Article]) -> set[bytes]:
    return {article.id.encode() for article in articles}


def decoded(seen: Mapping[bytes, float]) -> dict[str, float]:
    return {key.decode(): at for key, at in seen.items()}


def drain_timeout(corpus: Corpus) -> float:
    return 120.0 + corpus.total_words / 500  # far slower than any healthy run


async def run_naive(settings: Settings, corpus: Corpus, model: str, workdir: Path) -> list[Rate]:
    watcher = CommitWatcher(settings, naive_topic(settings))
    await watcher.start()
    command = [
        sys.executable, str(ROOT / "scripts" / "naive_peer.py"),
        "--bootstrap", settings.bootstrap_servers, "--source", settings.topic_raw,
        "--target", naive_topic(settings), "--group", f"{settings.app_id}-naive",
        "--model", model,
    ]  # fmt: skip
    peer = Child.spawn(command, {**os.environ, "PYTHONPATH": str(ROOT)}, workdir / "naive.log")
    try:
        await watcher.wait_for(keys_of(corpus.articles), drain_timeout(corpus), [peer])
    finally:
        peer.stop()
        await watcher.stop()
    arrivals = decoded(watcher.seen)
    return list(windowed("naive peer", 1, None, corpus.words, arrivals, peer.started))


def spawn_workers(settings: Settings, model: str, count: int, workdir: Path) -> list[Child]:
    """`count` workers of one app, sharing the cores' enrichment processes between them."""
    env = {f"NEWSSTREAM_{name.upper()}": str(getattr(settings, name)) for name in WORKER_SETTINGS}
    env |= {
        "NEWSSTREAM_NLP_PROCESSES": str(max(1, CORES // count)),
        "NEWSSTREAM_SPACY_MODEL": model,
        "PYTHONPATH": str(ROOT),
    }
    workers = []
    for index in range(count):
        port = free_port()
        command = [
            sys.executable, "-m", "stream", "worker", "--web-port", str(port),
            "--data-dir", str(workdir / f"{settings.app_id}-worker{index}"),
        ]  # fmt: skip
        log = workdir / f"{settings.app_id}-worker{index}.log"
        workers.append(Child.spawn(command, {**os.environ, **env}, log, port))
    return workers


COMMITS_METRIC = re.compile(r'^newsstream_partition_commits_total\{topic="([^"]+)"\} (\S+)$', re.M)


def partition_commits(workers: Sequence[Child]) -> dict[str, float]:
    """The workers' partition commits so far, by input topic: exactly-once, each is a
    transaction, about five Kafka requests of the main process and the broker's work."""
    commits: dict[str, float] = {}
    for worker in workers:
        url = f"http://127.0.0.1:{worker.web_port}/metrics"
        with urllib.request.urlopen(url, timeout=STOP_TIMEOUT_S) as response:
            for topic, count in COMMITS_METRIC.findall(response.read().decode()):
                commits[topic] = commits.get(topic, 0.0) + float(count)
    return commits


@dataclass(frozen=True)
class Latency:
    rate: float
    seconds: float
    articles: int
    events: int
    p50_ms: float
    p95_ms: float
    p99_ms: float
    enriched_p50_ms: float
    enriched_p99_ms: float
    stages_p50_ms: dict[str, float]
    """Where the time goes: publish -> each stage, medians (sent = the record's CreateTime)."""


PROFILE_RATE = 50
"""py-spy samples a second: few enough to leave the worker's speed alone (--nonblocking)."""
PROFILE_TOP = 15


def start_profiler(pid: int, output: Path, workdir: Path) -> Child:
    """py-spy sampling the worker's main process, where its agents, tables and clients run.

    Collapsed stacks (one line per stack and its sample count), which flamegraph.pl, inferno
    and speedscope draw, and which `profile_summary` can add up."""
    py_spy = Path(sys.executable).parent / "py-spy"
    command = [str(py_spy), "record", "--pid", str(pid), "--nonblocking", "--rate",
               str(PROFILE_RATE), "--format", "raw", "--output", str(output)]  # fmt: skip
    return Child.spawn(command, dict(os.environ), workdir / "py-spy.log")


def stop_profiler(profiler: Child, output: Path) -> None:
    profiler.process.send_signal(signal.SIGINT)  # py-spy writes its output on SIGINT
    with suppress(subprocess.TimeoutExpired):
        profiler.process.wait(STOP_TIMEOUT_S)
    profiler.stop()
    found = output.exists()
    print(f"worker profile: {output if found else 'none, ' + profiler.log_tail(3)}", flush=True)


WAITING = frozenset({"select", "wait", "_wait", "recv", "_recv_bytes", "poll", "_poll"})
"""Leaf functions of a thread that waits (py-spy does not always call those samples idle)."""
SCAFFOLDING_SHARE = 0.6
"""Functions in more of the samples than this are the event loop and the command line."""


def function_of(frame: str) -> str:
    """`name (path/file.py:123)` as `name (file.py)`: the lines of one function add up."""
    name, _, where = frame.partition(" (")
    return f"{name} ({Path(where.rsplit(':', 1)[0]).name})" if where else name


def is_waiting(function: str) -> bool:
    return function.split(" (")[0].rsplit(".", 1)[-1] in WAITING


def profile_summary(folded: Path, main_cpu_ms_per_article: float) -> Iterator[str]:
    """Where the main process's busy samples are: by leaf function (self) and by function
    on the stack (inclusive), each share turned into CPU ms per article of the steady window
    (the main process's measured CPU time, split in proportion to the samples)."""
    own: dict[str, int] = {}
    inclusive: dict[str, int] = {}
    for line in folded.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        functions = [function_of(frame) for frame in stack.split(";")]
        if not count.isdigit() or not functions or is_waiting(functions[-1]):
            continue
        own[functions[-1]] = own.get(functions[-1], 0) + int(count)
        for function in set(functions):
            inclusive[function] = inclusive.get(function, 0) + int(count)
    total = sum(own.values())
    if not total:
        return
    yield (
        f"main process profile: {total} busy samples, {main_cpu_ms_per_article:.1f} ms CPU "
        f"per article; self:"
    )
    for function, count in sorted(own.items(), key=lambda item: -item[1])[:PROFILE_TOP]:
        yield _profile_line(function, count / total, main_cpu_ms_per_article)
    yield "inclusive:"
    ranked = sorted(inclusive.items(), key=lambda item: -item[1])
    below = [(f, count) for f, count in ranked if count / total <= SCAFFOLDING_SHARE]
    for function, count in below[: 2 * PROFILE_TOP]:
        yield _profile_line(function, count / total, main_cpu_ms_per_article)


def _profile_line(function: str, share: float, ms_per_article: float) -> str:
    return f"  {share:6.1%} {share * ms_per_article:5.2f} ms  {function}"


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest rank: the smallest value with at least `fraction` of all values at or below it."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


@dataclass
class Watchers:
    enriched: CommitWatcher
    events: CommitWatcher

    @classmethod
    async def started(cls, settings: Settings) -> Watchers:
        watchers = cls(
            CommitWatcher(settings, settings.topic_enriched),
            CommitWatcher(settings, settings.topic_events, event_mention),
        )
        await watchers.enriched.start()
        await watchers.events.start()
        return watchers

    async def stop(self) -> None:
        await self.enriched.stop()
        await self.events.stop()


async def measure_latency(
    settings: Settings, watchers: Watchers, workers: list[Child], rate: float, seconds: float,
    seed: int,
) -> Latency:  # fmt: skip
    count = max(1, round(rate * seconds))
    articles = corpus(count, seed, start=LATENCY_FIRST_INDEX)
    published = await publish_paced(settings, articles, rate)
    await watchers.enriched.wait_for(set(published), 120.0 + seconds, workers)
    await wait_until_absorbed(settings, workers, 120.0 + seconds)
    events = [
        (at - published[key.split(b"|")[0]]) * 1000
        for key, at in watchers.events.seen.items()
        if key.split(b"|")[0] in published
    ]
    enriched = [(watchers.enriched.seen[key] - at) * 1000 for key, at in published.items()]
    p50, p95, p99 = (percentile(events or [math.nan], q) for q in (0.50, 0.95, 0.99))
    return Latency(
        rate, seconds, count, len(events), p50, p95, p99,
        percentile(enriched, 0.50), percentile(enriched, 0.99),
        stage_medians(watchers, published),
    )  # fmt: skip


def stage_medians(watchers: Watchers, published: Mapping[bytes, float]) -> dict[str, float]:
    """Median ms from publishing to each stage: the enriched record sent and committed, the
    article's first event sent and committed."""

    def first_event(moments: Mapping[bytes, float]) -> dict[bytes, float]:
        firsts: dict[bytes, float] = {}
        for key, at in moments.items():
            article = key.split(b"|")[0]
            firsts[article] = min(at, firsts.get(article, at))
        return firsts

    stages = {
        "enriched sent": watchers.enriched.created,
        "enriched committed": watchers.enriched.seen,
        "event sent": first_event(watchers.events.created),
        "event committed": first_event(watchers.events.seen),
    }
    return {
        stage: percentile([(at[key] - sent) * 1000 for key, sent in published.items() if key in at]
                          or [math.nan], 0.50)
        for stage, at in stages.items()
    }  # fmt: skip


@dataclass(frozen=True)
class NewsstreamRun:
    workers: int
    rates: tuple[Rate, Rate]
    cpu: CpuUse
    """Within the steady window."""
    peak: Memory
    latency: Latency | None
    commits_per_article: dict[str, float]
    """Partition commits (transactions) per article of the corpus, by input topic."""


async def prepared_topics(bootstrap: str, replication: int, corpus: Corpus) -> Settings:
    settings = bench_settings(bootstrap, replication)
    await create_bench_topics(settings)
    await publish(settings, [encode(article) for article in corpus.articles])
    return settings


async def run_newsstream(
    settings: Settings, corpus: Corpus, args: argparse.Namespace, workdir: Path, count: int,
    profile: Path | None, latency: bool,
) -> NewsstreamRun:  # fmt: skip
    watchers = await Watchers.started(settings)
    workers = spawn_workers(settings, args.model, count, workdir)
    sampler = Sampler([worker.process.pid for worker in workers])
    sampling = asyncio.create_task(sampler.run())
    profiler = None
    try:
        if profile:  # from the first output on: the steady window, not the start-up
            await watchers.enriched.wait_for_any(drain_timeout(corpus), workers)
            profiler = start_profiler(workers[0].process.pid, profile, workdir)
        await watchers.enriched.wait_for(keys_of(corpus.articles), drain_timeout(corpus), workers)
        absorbed = await wait_until_absorbed(settings, workers, drain_timeout(corpus))
        commits = partition_commits(workers)
        cpu_end = CpuUse.of_trees(sampler.roots)
        rates = windowed(
            f"newsstream x{count}", CORES, None, corpus.words, decoded(watchers.enriched.seen),
            min(worker.started for worker in workers), absorbed,
        )  # fmt: skip
        first_output = absorbed - rates[0].seconds
        cpu = cpu_end - sampler.cpu_at(first_output)
        if profiler and profile:
            stop_profiler(profiler, profile)
            if profile.exists():
                main_ms = cpu.main_s * 1000 / max(1, rates[0].articles)
                print(*profile_summary(profile, main_ms), sep="\n", flush=True)
        measured = None
        if latency:
            rate = rates[0].articles_per_s / 2
            measured = await measure_latency(
                settings, watchers, workers, rate, args.latency_seconds, args.seed
            )
    finally:
        sampling.cancel()
        if profiler:
            profiler.stop()
        for worker in workers:
            worker.stop()
        await watchers.stop()
    per_article = {topic: n / len(corpus.articles) for topic, n in sorted(commits.items())}
    return NewsstreamRun(count, rates, cpu, sampler.peak, measured, per_article)


@dataclass(frozen=True)
class StreamResults:
    naive: list[Rate]
    runs: list[NewsstreamRun]

    @property
    def main(self) -> NewsstreamRun:
        return self.runs[0]


async def measure_streams(
    bootstrap: str, corpus: Corpus, args: argparse.Namespace, workdir: Path, profile: Path | None
) -> StreamResults:
    replication = MULTI_WORKER_NODES if max(args.workers) > 1 else 1
    settings = await prepared_topics(bootstrap, replication, corpus)
    naive = await run_naive(settings, corpus, args.model, workdir)
    print(*list(table(naive))[1:], sep="\n", flush=True)
    runs = []
    for index, count in enumerate(args.workers):
        if index:
            settings = await prepared_topics(bootstrap, replication, corpus)
        run = await run_newsstream(
            settings, corpus, args, workdir, count, profile if not index else None, not index
        )
        print(*list(table(run.rates))[1:], sep="\n", flush=True)
        runs.append(run)
    return StreamResults(naive, runs)


# --- report -----------------------------------------------------------------------------------


def table(rates: Sequence[Rate]) -> Iterator[str]:
    yield (
        f"{'run':24}{'procs':>6}{'batch':>7}{'start-up':>9}{'seconds':>9}{'articles':>10}"
        f"{'art/s':>8}{'words/s':>9}"
    )
    for r in rates:
        batch = str(r.batch) if r.batch else "-"
        startup = f"{r.startup_s:.1f}" if r.startup_s is not None else "-"
        yield (
            f"{r.run:24}{r.processes:6}{batch:>7}{startup:>9}{r.seconds:9.1f}{r.articles:10}"
            f"{r.articles_per_s:8.1f}{r.words_per_s:9.0f}"
        )


def git(*args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=ROOT, capture_output=True, text=True, check=False
    ).stdout.strip()


def git_sha() -> str:
    sha = git("rev-parse", "--short", "HEAD") or "nogit"
    return f"{sha}-dirty" if git("status", "--porcelain", "--untracked-files=no") else sha


def machine() -> dict[str, Any]:
    """What a reader needs to judge whether figures from two runs can be compared."""
    cpu_model = next(
        (line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
         if line.startswith("model name")),
        platform.processor() or "unknown",
    )  # fmt: skip
    mem_kib = next(
        int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
        if line.startswith("MemTotal:")
    )  # fmt: skip
    return {
        "cores": CORES,
        "cpu_model": cpu_model,
        "ram_gib": round(mem_kib / 2**20, 1),
        "python": platform.python_version(),
        "loadavg_at_end": os.getloadavg(),
    }


@dataclass(frozen=True)
class CpuClock:
    """CPU seconds used on the whole machine and by this bench's own process tree: what
    other work took of the CPUs while the bench ran is the difference. The load average
    cannot tell, as the bench's own broker and workers count in it."""

    machine_s: float
    own_s: float
    wall_s: float

    @classmethod
    def now(cls) -> CpuClock:
        user, nice, system, _idle, _iowait, irq, softirq = map(
            int, Path("/proc/stat").read_text().split()[1:8]
        )
        busy_ticks = user + nice + system + irq + softirq
        own = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
        return cls(
            machine_s=busy_ticks / os.sysconf("SC_CLK_TCK"),
            # Children count once they have been waited for: the broker, the workers and,
            # through them, the NLP processes, all stopped before the bench reads this.
            own_s=sum(usage.ru_utime + usage.ru_stime for usage in own),
            wall_s=time.monotonic(),
        )

    def others_share_since(self, start: CpuClock) -> float:
        """The share of all cores that processes outside the bench used since `start`."""
        others_s = (self.machine_s - start.machine_s) - (self.own_s - start.own_s)
        return max(0.0, others_s) / ((self.wall_s - start.wall_s) * CORES)


def results_path(suffix: str) -> Path:
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    return RESULTS_DIR / f"{stamp}-{git_sha()}.{suffix}"


def limit_on_all_cores(limit: Sequence[Rate]) -> Rate:
    """The limit the ratio is taken against: steady, one process per core."""
    return next(r for r in limit if r.processes == CORES and r.run.endswith("steady"))


def figures(limit: list[Rate], streams: StreamResults) -> dict[str, float]:
    """The headline figures, flat, as compared against the baseline."""
    main = streams.main
    newsstream, naive, bare = main.rates[0], streams.naive[0], limit_on_all_cores(limit)
    assert main.latency is not None
    counted = max(1, newsstream.articles)
    result = {
        "limit_words_per_s": bare.words_per_s,
        "naive_words_per_s": naive.words_per_s,
        "newsstream_words_per_s": newsstream.words_per_s,
        "ratio_limit": newsstream.words_per_s / bare.words_per_s,
        "ratio_naive": newsstream.words_per_s / naive.words_per_s,
        "p50_ms": main.latency.p50_ms,
        "p95_ms": main.latency.p95_ms,
        "p99_ms": main.latency.p99_ms,
        "rss_mib": main.peak.rss_bytes / 2**20,
        "pss_mib": main.peak.pss_bytes / 2**20,
        "main_cpu_ms_per_article": main.cpu.main_s * 1000 / counted,
        "nlp_cpu_ms_per_article": main.cpu.enrichment_s * 1000 / counted,
        "newsstream_startup_s": newsstream.startup_s or 0.0,
        "transactions_per_article": sum(main.commits_per_article.values()),
    }
    for run in streams.runs:
        result[f"newsstream_x{run.workers}_words_per_s"] = run.rates[0].words_per_s
    return result


def compare(current: Mapping[str, float], baseline: Mapping[str, Any]) -> Iterator[str]:
    before = baseline.get("figures", {})
    was = baseline.get("machine", {})
    loads = [was.get(f"loadavg_at_{moment}", [math.nan])[0] for moment in ("start", "end")]
    yield (
        f"against bench/baseline.json ({baseline.get('sha')}, {baseline.get('date')}, "
        f"{was.get('cpu_model')}, {was.get('cores')} cores, load average "
        f"{loads[0]:.1f} -> {loads[1]:.1f}):"
    )
    for name, now in current.items():
        if before.get(name):
            change = (now - before[name]) / before[name] * 100
            yield f"  {name:34}{now:10.2f}  was {before[name]:10.2f}  {change:+6.1f}%"


def report(
    corpus: Corpus, args: argparse.Namespace, limit: list[Rate], streams: StreamResults
) -> None:
    main = streams.main
    latency = main.latency
    assert latency is not None
    print(*table([*limit, *streams.naive, *(r for run in streams.runs for r in run.rates)]),
          sep="\n")  # fmt: skip
    if len(streams.runs) > 1:
        print("throughput per number of workers (steady):")
        for run in streams.runs:
            steady = run.rates[0]
            print(f"  {run.workers} worker(s): {steady.articles_per_s:.1f} articles/s, "
                  f"{steady.words_per_s:.0f} words/s")  # fmt: skip
    print(
        f"latency: {latency.articles} articles at {latency.rate:.1f}/s for {latency.seconds:.0f} s "
        f"(half of newsstream's steady rate), publish -> event committed ({latency.events} "
        f"events): p50 {latency.p50_ms:.0f} ms, p95 {latency.p95_ms:.0f} ms, "
        f"p99 {latency.p99_ms:.0f} ms; -> enriched committed: p50 "
        f"{latency.enriched_p50_ms:.0f} ms, p99 {latency.enriched_p99_ms:.0f} ms"
    )
    print("  medians from publishing: " + ", ".join(
        f"{stage} {ms:.0f} ms" for stage, ms in latency.stages_p50_ms.items()))  # fmt: skip
    print(
        f"memory: workers' peak {main.peak.rss_bytes / 2**20:.0f} MiB RSS "
        f"({main.peak.pss_bytes / 2**20:.0f} MiB PSS) over {main.peak.processes} processes"
    )
    result = figures(limit, streams)
    bare = limit_on_all_cores(limit)
    print(
        f"cpu per article in the steady window: workers' main processes "
        f"{result['main_cpu_ms_per_article']:.1f} ms, enrichment processes "
        f"{result['nlp_cpu_ms_per_article']:.1f} ms; bare nlp.pipe "
        f"{bare.seconds * bare.processes * 1000 / bare.articles:.1f} ms (its wall time x procs)"
    )
    commits = ", ".join(f"{topic} {n:.2f}" for topic, n in main.commits_per_article.items())
    print(f"partition commits (exactly-once: transactions) per article by input topic: {commits}")
    bare_ms = bare.seconds * bare.processes * 1000 / bare.articles
    worker_ms = result["nlp_cpu_ms_per_article"] + result["main_cpu_ms_per_article"]
    print(
        f"newsstream/limit x{bare.processes} = {result['ratio_limit']:.2f} (target >= 0.9; "
        f"its CPU per article caps it at {bare_ms / worker_ms:.2f} on cores kept busy, the "
        f"broker's share not counted); newsstream/naive = {result['ratio_naive']:.2f} (bare "
        f"nlp.pipe on all cores would reach {bare.words_per_s / streams.naive[0].words_per_s:.2f})"
    )
    document = {
        "sha": git_sha(),
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": {
            **machine(),
            "loadavg_at_start": args.loadavg_at_start,
            "others_cpu_share": args.others_cpu_share,
        },
        "model": args.model,
        "seed": args.seed,
        "corpus": {"articles": len(corpus.articles), "words": corpus.total_words},
        "workers": args.workers,
        "figures": result,
        "rates": [asdict(r) for r in [*limit, *streams.naive]]
        + [asdict(r) for run in streams.runs for r in run.rates],
        "latency": asdict(latency),
        "peak_memory": asdict(main.peak),
        "worker_cpu_s_steady": asdict(main.cpu),
        "partition_commits_per_article": main.commits_per_article,
    }
    path = results_path("json")
    path.write_text(json.dumps(document, indent=2) + "\n")
    print(f"results: {path.relative_to(ROOT)}")
    if BASELINE_PATH.exists():
        print(*compare(result, json.loads(BASELINE_PATH.read_text())), sep="\n")
    else:
        print("no bench/baseline.json yet: --save-baseline makes this run the baseline")
    if args.save_baseline:
        BASELINE_PATH.write_text(json.dumps(document, indent=2) + "\n")
        print(f"baseline saved: {BASELINE_PATH.relative_to(ROOT)}")
    if args.others_cpu_share > OTHERS_CPU_SHARE_WARNING:
        print(
            f"warning: other work used {args.others_cpu_share:.0%} of the CPUs during the "
            f"bench, so these figures say more about it than about newsstream"
        )
    print(
        f"ratio_limit={result['ratio_limit']:.2f} ratio_naive={result['ratio_naive']:.2f} "
        f"p99_ms={latency.p99_ms:.0f} rss_mib={result['rss_mib']:.0f}"
    )


# --- main -----------------------------------------------------------------------------------


def start_broker(cleanup: ExitStack, workdir: Path, nodes: int, port: int | None) -> str:
    if external := os.environ.get(BOOTSTRAP_ENV):
        wait_for_bootstrap(external)
        return external
    # A cluster takes 2 ports per node from `port` on: a broker's and a controller's.
    port = port or free_port(span=2 * nodes)
    cluster = BrokerCluster(workdir / "kafka", port=port, nodes=nodes)
    cleanup.callback(cluster.down)
    cluster.up()
    return cluster.bootstrap


def stop_on_sigterm() -> None:
    """SIGTERM unwinds like Ctrl-C, so that the cleanup runs."""

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)


def worker_counts(text: str) -> list[int]:
    counts = [int(part) for part in text.split(",")]
    if not counts or min(counts) < 1:
        raise argparse.ArgumentTypeError(f"worker counts are positive integers: {text!r}")
    return counts


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000, help="corpus size")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="of the corpus")
    parser.add_argument("--latency-seconds", type=float, default=60.0)
    parser.add_argument("--batch-sizes", default="32,128", help="tried for the limit")
    parser.add_argument("--model", default=DEFAULT_MODEL, help="for every run")
    parser.add_argument(
        "--workers", type=worker_counts, default=[1],
        help="newsstream workers, or a list (1,2,3) to run each; more than one: 3 brokers",
    )  # fmt: skip
    parser.add_argument(
        "--broker-port", type=int, help="first port of the local cluster (default: free ones)"
    )
    parser.add_argument("--quick", action="store_true", help=f"a smoke run: {QUICK}")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="record the first worker's main process with py-spy during (3), as collapsed "
        "stacks next to the results (flamegraph.pl, inferno or speedscope draw them), and "
        "print the functions it spends its time in",
    )
    parser.add_argument(
        "--save-baseline", action="store_true", help="write this run to bench/baseline.json"
    )
    args = parser.parse_args(argv)
    if args.quick:
        vars(args).update(QUICK)
    return args


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    args.loadavg_at_start = os.getloadavg()
    started = CpuClock.now()  # others' work on the machine skews the figures
    stop_on_sigterm()
    # Leaders of new topics take a moment to settle; the clients retry and say so, loudly.
    logging.getLogger("aiokafka").setLevel(logging.ERROR)
    articles = Corpus(corpus(args.articles, args.seed))
    batch_sizes = [int(size) for size in args.batch_sizes.split(",")]
    print(
        f"newsstream bench: {len(articles.articles)} distinct articles, {articles.total_words} "
        f"words (scripts/bench_corpus.py, seed {args.seed}), model {args.model}, {CORES} cores, "
        f"workers {','.join(map(str, args.workers))}, load average "
        f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}",
        flush=True,
    )
    limit = measure_limit(articles, args.model, batch_sizes)
    print(*table(limit), sep="\n", flush=True)
    with ExitStack() as cleanup:
        workdir = Path(cleanup.enter_context(tempfile.TemporaryDirectory(prefix="bench-")))
        nodes = MULTI_WORKER_NODES if max(args.workers) > 1 else 1
        bootstrap = start_broker(cleanup, workdir, nodes, args.broker_port)
        profile = results_path("worker.folded") if args.profile else None
        streams = asyncio.run(measure_streams(bootstrap, articles, args, workdir, profile))
    args.others_cpu_share = CpuClock.now().others_share_since(started)
    report(articles, args, limit, streams)


if __name__ == "__main__":
    main()
