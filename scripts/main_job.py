"""The main job behind `make run`: broker, topics, worker, seed replay, and the results.

Starts the local broker unless KAFKA_BOOTSTRAP names a cluster, creates the topics, starts a
worker in the background, replays seeds/, waits until the seed's events are in the actors'
tables, and prints the events and three actors' tables. The worker is stopped at the end
unless KEEP=1; the local broker keeps running ('make broker-down' stops it).
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path

from stream.config import get_settings
from stream.contracts import Event
from stream.kafka.localbroker import BrokerCluster
from stream.kafka.producer import encode, publish
from stream.kafka.readback import Record, read_topic
from stream.kafka.topics import create_topics, topic_specs
from stream.sources import SourceFailure, read_articles

ROOT = Path(__file__).resolve().parents[1]
SHOWN_ACTORS = ("Kim Jong-un", "Sergei Shoigu", "Andrey Rudenko")
WORKER_READY_TIMEOUT_S = 120.0
RESULTS_TIMEOUT_S = 180.0


def main() -> int:
    settings = get_settings()
    if not os.environ.get("KAFKA_BOOTSTRAP"):
        port = int(settings.bootstrap_servers.rsplit(":", 1)[1])
        BrokerCluster.from_state_dir(port=port).up()
        print(f"kafka ready at {settings.bootstrap_servers}")
    for report in asyncio.run(create_topics(settings, topic_specs(settings))):
        print(f"topic {report.name}: {'created' if report.created else 'exists'}")
    base_url = f"http://{settings.web_host}:{settings.web_port}"
    worker = start_worker()
    try:
        wait_until(lambda: healthy(base_url), WORKER_READY_TIMEOUT_S, "the worker to be healthy")
        articles = [item for item in read_articles([ROOT / "seeds"]) if _is_article(item)]
        summary = asyncio.run(publish(settings, [encode(article) for article in articles]))
        print(f"published {summary.format()}")
        wait_until(lambda: tables_ready(base_url), RESULTS_TIMEOUT_S, "the actors' tables")
        show_events(asyncio.run(read_topic(settings, settings.topic_events)))
        for name in SHOWN_ACTORS:
            print(f"\n== {name}")
            subprocess.run([sys.executable, "-m", "stream", "actor", name], check=False)
    finally:
        if os.environ.get("KEEP") == "1":
            print(f"\nworker keeps running (pid {worker.pid}); open the page:")
            print(f"  {base_url}/")
            print("or ask the JSON API (described at /openapi.json):")
            print(f"  curl '{base_url}/actors?q=Shoigu'")
            print(f"  curl '{base_url}/actors/kim-jong-un/visits?status=occurred'")
            print("  .venv/bin/stream actor 'Kim Jong-un' --meetings")
        else:
            worker.terminate()
            worker.wait(timeout=30)
    return 0


def start_worker() -> subprocess.Popen[bytes]:
    log = ROOT / ".cache" / "worker.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    print(f"starting the worker (log: {log.relative_to(ROOT)})")
    return subprocess.Popen(
        [sys.executable, "-m", "stream", "worker", "--data-dir", str(ROOT / ".cache" / "worker")],
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
    )


def wait_until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"gave up after {timeout:.0f} s waiting for {what}")
        time.sleep(0.5)


def healthy(base_url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{base_url}/health", timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


def tables_ready(base_url: str) -> bool:
    """Every shown actor has a profile: the seed went through enrichment and the tables."""
    for name in SHOWN_ACTORS:
        query = urllib.parse.urlencode({"q": name})
        try:
            with urllib.request.urlopen(f"{base_url}/actors?{query}", timeout=2) as response:
                if not json.load(response):
                    return False
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            return False
    return True


def show_events(records: list[Record]) -> None:
    print(f"\n== {len(records)} events on the events topic")
    for record in records:
        event = Event.model_validate_json(record.value or b"")
        others = ", ".join(c.name for c in event.counterparts)
        place = event.location.name if event.location else "-"
        when = event.date.value if event.date else "-"
        print(
            f"{event.type.value:<11} {event.actor.name:<18} {others or '-':<30} "
            f"{place:<22} {when:<10} {event.status.value}"
        )


def _is_article(item: object) -> bool:
    if isinstance(item, SourceFailure):
        print(f"skipped {item.where}: {item.reason}", file=sys.stderr)
        return False
    return True


if __name__ == "__main__":
    sys.exit(main())
