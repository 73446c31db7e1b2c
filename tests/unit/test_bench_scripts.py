"""The benchmark's corpus and window rule: what makes its figures fair, checked without timing."""

from __future__ import annotations

import sys
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import bench_corpus

import bench


def test_the_corpus_is_distinct_and_the_same_for_a_seed() -> None:
    articles = bench_corpus.corpus(3000)
    assert len({article.id for article in articles}) == 3000
    assert len({article.text for article in articles}) == 3000
    assert [a.text for a in bench_corpus.corpus(5, start=100)] == [
        a.text for a in articles[100:105]
    ]


def test_the_corpus_varies_its_parties_places_and_kinds() -> None:
    stories = [bench_corpus.story_of(bench_corpus.DEFAULT_SEED, i) for i in range(3000)]
    assert len(set(stories)) > 0.8 * len(stories)  # a few follow-ups report an event again
    assert len({story.place for story in stories}) > 500
    assert len({story.actor for story in stories}) > 2000
    assert {story.kind for story in stories} == set(bench_corpus.KINDS)


def test_the_window_leaves_out_start_up_and_the_first_instant() -> None:
    words = {"a": 10, "b": 20, "c": 30, "d": 40}
    arrivals = {"a": 105.0, "b": 105.01, "c": 106.0, "d": 107.0}
    steady, cold = bench.windowed("run", 1, None, words, arrivals, spawned=100.0, end=108.0)
    assert (steady.seconds, steady.articles, steady.words) == (3.0, 2, 70)
    assert steady.startup_s == 5.0
    assert (cold.seconds, cold.articles, cold.words) == (8.0, 4, 100)


def test_others_share_leaves_out_the_bench_s_own_processes() -> None:
    start = bench.CpuClock(machine_s=100.0, own_s=10.0, wall_s=0.0)
    end = bench.CpuClock(machine_s=130.0, own_s=25.0, wall_s=10.0)
    assert end.others_share_since(start) == 15.0 / (10.0 * bench.CORES)
    busy_only_with_itself = bench.CpuClock(machine_s=114.0, own_s=25.0, wall_s=10.0)
    assert busy_only_with_itself.others_share_since(start) == 0.0  # ticks lag rusage


def test_the_cpu_clock_counts_this_process_s_work() -> None:
    before = bench.CpuClock.now()
    sum(i * i for i in range(2_000_000))
    after = bench.CpuClock.now()
    assert after.own_s > before.own_s
    assert after.machine_s >= before.machine_s


def test_partition_commits_add_up_the_workers_metrics() -> None:
    pages = [
        'newsstream_partition_commits_total{topic="raw"} 3\n'
        'newsstream_records_in_total{topic="raw"} 40\n',
        'newsstream_partition_commits_total{topic="raw"} 2\n'
        'newsstream_partition_commits_total{topic="reports"} 7.0\n',
    ]

    class Metrics(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.end_headers()
            self.wfile.write(page_of[self.server.server_port].encode())

        def log_message(self, *args: object) -> None:
            pass

    servers = [HTTPServer(("127.0.0.1", 0), Metrics) for _ in pages]
    page_of = {server.server_port: page for server, page in zip(servers, pages, strict=True)}
    for server in servers:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        workers = [
            bench.Child(None, 0.0, Path(), server.server_port)  # type: ignore[arg-type]
            for server in servers
        ]
        assert bench.partition_commits(workers) == {"raw": 5.0, "reports": 7.0}
    finally:
        for server in servers:
            server.shutdown()
