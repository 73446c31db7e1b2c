"""Workers of one test: started, crashed as the OOM killer would, and never left behind."""

from __future__ import annotations

import asyncio
import os
import re
import signal
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from aiokafka.admin import AIOKafkaAdminClient

from stream.config import Settings
from tests.integration.workers import Worker, start_worker, wait_for

HEALTHY_TIMEOUT_S = 180.0  # spaCy loading and table recovery on two busy cores
ASSIGNED = "Setting newly assigned partitions"  # aiokafka's log line, before the table of them
READY = "Worker ready"  # faust's log line once a rebalance's recovery is over
CRASHED = "Crashed reason="  # faust's log line when an agent dies
EVERY_PARTITION = "{0-5}"


class Workers:
    """Start workers in `directory`; `stop_all` ends every process any of them started."""

    def __init__(self, directory: Path) -> None:
        self._directory = directory
        self._started: list[Worker] = []
        self._orphans: set[int] = set()

    def start(self, settings: Settings, name: str, main_module: str = "stream") -> Worker:
        """A healthy worker whose tables live in `directory`/`name`-data."""
        log = self._directory / f"{name}.log"
        if log.exists():  # a restart under the same name: keep the crashed worker's log
            log.rename(log.with_suffix(f".{len(self._started)}.log"))
        worker = start_worker(settings, self._directory, name, main_module)
        self._started.append(worker)
        worker.wait_healthy(HEALTHY_TIMEOUT_S)
        return worker

    def kill_9(self, worker: Worker) -> None:
        """SIGKILL the worker's main process only, as a crash would. Its enrichment processes
        are not killed with it: they are remembered, to be ended by `stop_all`."""
        self._orphans |= descendants(worker.process.pid)
        worker.kill()

    def stop_all(self) -> None:
        for worker in self._started:
            self._orphans |= descendants(worker.process.pid)
            worker.stop()
        for pid in self._orphans:
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


def wait_until_group_empty(settings: Settings, timeout: float) -> None:
    """Wait until the broker has dropped every member of the worker's consumer group, as it
    does a crashed worker's after the session timeout."""
    wait_for(
        lambda: asyncio.run(_group_members(settings)) == 0,
        timeout,
        lambda: f"group {settings.app_id} still has members",
        every=0.5,
    )


async def _group_members(settings: Settings) -> int:
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.bootstrap_servers)
    await admin.start()
    try:
        responses = await admin.describe_consumer_groups([settings.app_id])
    finally:
        await admin.close()
    return sum(len(group["members"]) for r in responses for group in r.to_object()["groups"])


def descendants(pid: int) -> set[int]:
    """Every live process below `pid` (children, their children, ...), from /proc."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with suppress(OSError, ValueError, IndexError):
            # The command name in parentheses may hold spaces: the ppid follows its ')'.
            fields = stat.read_text().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found: set[int] = set()
    pending = [pid]
    while pending:
        for child in children.get(pending.pop(), []):
            if child not in found:
                found.add(child)
                pending.append(child)
    return found


@contextmanager
def frozen(worker: Worker) -> Iterator[None]:
    """The worker's main process stopped (no heartbeats), continued whatever happens."""
    os.kill(worker.process.pid, signal.SIGSTOP)
    try:
        yield
    finally:
        os.kill(worker.process.pid, signal.SIGCONT)


def raw_partitions(settings: Settings, worker: Worker) -> str | None:
    """The raw partitions of the worker's latest assignment, once its recovery is over."""
    text = worker.log.read_text(errors="replace")
    if ASSIGNED not in text:
        return None
    latest = text.rsplit(ASSIGNED, 1)[1]
    if READY not in latest:
        return None
    found = re.search(rf"\| {re.escape(settings.topic_raw)} +\| (\{{[^}}]*\}})", latest)
    return found.group(1) if found else None


def crashed(*workers: Worker) -> bool:
    return any(CRASHED in worker.log.read_text(errors="replace") for worker in workers)


def log_tails(*workers: Worker) -> str:
    return "\n".join(f"--- {worker.log.name}:\n{worker.log_tail(30)}" for worker in workers)
