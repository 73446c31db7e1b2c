"""Contention for the fault tests: the machine kept busy while workers crash and recover.

`pytest --contention=NAME` (default: $NEWSSTREAM_CONTENTION, else none) runs each test marked
`faults` inside one scenario, started before the test's own fixtures (brokers of module
scope excepted) and stopped after them, whether the test passes or not:

- none: the machine as it is;
- cpu: one busy process per core for the whole test (`make test-faults`, CI);
- bursts: the same processes, stopped and continued at random, for 0.5 to 3 s each way;
- pause: the first worker to begin restoring its tables after a kill -9 is frozen, its NLP
  processes with it, for PAUSE_S, then continued: a stall at a point the kill sets off;
- memory: a balloon holding all but LEAVE_MIB of the machine's available memory.

A scenario that could not be kept up (a hog that died, a pause that found no recovery to
interrupt) fails the test at teardown: a pass must mean a pass under that contention.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, suppress
from pathlib import Path

import pytest

from tests.faults.hogs import mem_available_mib
from tests.faults.lifecycle import descendants
from tests.integration import workers as worker_processes
from tests.integration.workers import REPO, Worker, wait_for

CONTENTION_ENV = "NEWSSTREAM_CONTENTION"
BURST_S = (0.5, 3.0)
# Longer than the 6 s session timeout of the failover test's workers, so the group drops the
# frozen survivor mid-recovery and it must rejoin; shorter than the crash test's 15 s, where
# the restarted worker only stalls.
PAUSE_S = 10.0
WATCH_EVERY_S = 0.05
# Room for three brokers, two workers and this process with its spaCy model on a CI machine.
LEAVE_MIB = 3072
BALLOON_FILL_TIMEOUT_S = 120.0
BALLOON_SLACK_MIB = 512
# faust logs one of these at the start of each recovery of active tables (recovery.py).
RECOVERY_STARTS = (
    "Highwater for active changelog partitions",
    "Restoring state from changelog topics",
)


class ContentionLostError(AssertionError):
    """The scenario was not kept up for the whole test."""


@contextmanager
def hogs(*commands: list[str]) -> Iterator[list[subprocess.Popen[bytes]]]:
    """`python -m tests.faults.hogs COMMAND` for each command; killed on the way out, and
    checked to be alive then: one that died (the OOM killer's choice) took its load along."""
    started: list[subprocess.Popen[bytes]] = []
    try:
        for command in commands:
            started.append(
                subprocess.Popen(
                    [sys.executable, "-m", "tests.faults.hogs", *command],
                    cwd=REPO,
                    env={**os.environ, "PYTHONPATH": str(REPO)},
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                    start_new_session=True,  # none of the test's signals reach it
                )
            )
        yield started
        dead = [process for process in started if process.poll() is not None]
        if dead:
            process = dead[0]
            error = process.stderr.read().decode(errors="replace") if process.stderr else ""
            raise ContentionLostError(
                f"{len(dead)} hog(s) died during the test, e.g. {process.args[3:]} "
                f"with exit {process.returncode}: {error[-500:]}"
            )
    finally:
        for process in started:
            process.kill()  # SIGKILL ends a stopped process too
            process.wait()
            if process.stderr:
                process.stderr.close()


def spinners() -> AbstractContextManager[list[subprocess.Popen[bytes]]]:
    return hogs(*[["spin"] for _ in range(os.cpu_count() or 1)])


@contextmanager
def steady_cpu() -> Iterator[None]:
    with spinners():
        yield


@contextmanager
def cpu_bursts(seed: int | None = None) -> Iterator[None]:
    """The spinners, stopped and continued in turns of random length: load that comes and
    goes, as other jobs on a shared machine do."""
    seed = random.randrange(1 << 32) if seed is None else seed
    print(f"contention bursts: seed {seed}")  # shown with a failing test's output
    with spinners() as processes:
        done = threading.Event()
        toggling = threading.Thread(
            target=_burst, args=(processes, random.Random(seed), done), daemon=True
        )
        toggling.start()
        try:
            yield
        finally:
            done.set()
            toggling.join()


def _burst(processes: list[subprocess.Popen[bytes]], rng: random.Random, done: threading.Event):
    # The waits here are the load's rhythm, not a synchronisation: nothing waits on them.
    pids = [process.pid for process in processes]
    while not done.wait(rng.uniform(*BURST_S)):  # busy
        _signal_all(pids, signal.SIGSTOP)
        finished = done.wait(rng.uniform(*BURST_S))  # quiet
        _signal_all(pids, signal.SIGCONT)
        if finished:
            return


@contextmanager
def memory_balloon(leave_mib: int = LEAVE_MIB) -> Iterator[None]:
    with hogs(["balloon", "--leave-mib", str(leave_mib)]) as (balloon,):
        wait_for(
            lambda: (
                balloon.poll() is not None or mem_available_mib() < leave_mib + BALLOON_SLACK_MIB
            ),
            BALLOON_FILL_TIMEOUT_S,
            lambda: f"the balloon left {mem_available_mib()} MiB available, not {leave_mib}",
        )
        yield


class PauseAfterKill:
    """A worker observer: after a kill, the first worker (already running, or started later)
    whose log shows a recovery starting after that kill is frozen for `seconds`."""

    def __init__(self, seconds: float) -> None:
        self._seconds = seconds
        self._lock = threading.Lock()
        self._live: list[Worker] = []
        self._watched: dict[int, tuple[Worker, int]] = {}  # pid -> (worker, log offset)
        self._armed = False
        self.paused: Worker | None = None

    def started(self, worker: Worker) -> None:
        with self._lock:
            self._live.append(worker)
            if self._armed:
                self._watched[worker.process.pid] = (worker, 0)

    def killed(self, worker: Worker) -> None:
        with self._lock:
            self._armed = True
            for other in self._live:
                if other is not worker and other.process.poll() is None:
                    self._watched.setdefault(other.process.pid, (other, _size(other.log)))

    def watch(self, done: threading.Event) -> None:
        while self.paused is None and not done.wait(WATCH_EVERY_S):
            with self._lock:
                watched = list(self._watched.values())
            recovering = next((w for w, offset in watched if _recovery_started(w, offset)), None)
            if recovering is not None:
                self.paused = recovering
                self._freeze(recovering, done)

    def _freeze(self, worker: Worker, done: threading.Event) -> None:
        frozen = [worker.process.pid, *descendants(worker.process.pid)]
        _signal_all(frozen, signal.SIGSTOP)
        try:
            done.wait(self._seconds)  # the fault itself: the worker stays frozen this long
        finally:
            _signal_all(frozen, signal.SIGCONT)


@contextmanager
def paused_worker(seconds: float = PAUSE_S) -> Iterator[None]:
    pause = PauseAfterKill(seconds)
    done = threading.Event()
    watching = threading.Thread(target=pause.watch, args=(done,), daemon=True)
    worker_processes.observers.append(pause)
    watching.start()
    try:
        yield
        if pause.paused is None:
            raise ContentionLostError("no worker began a recovery after a kill: nothing was paused")
        print(f"contention pause: froze the worker on port {pause.paused.port} for {seconds} s")
    finally:
        done.set()
        watching.join()
        worker_processes.observers.remove(pause)


@contextmanager
def no_contention() -> Iterator[None]:
    yield


SCENARIOS: dict[str, Callable[[], AbstractContextManager[None]]] = {
    "none": no_contention,
    "cpu": steady_cpu,
    "bursts": cpu_bursts,
    "pause": paused_worker,
    "memory": memory_balloon,
}


def _recovery_started(worker: Worker, offset: int) -> bool:
    with worker.log.open("rb") as log:
        log.seek(offset)
        text = log.read().decode(errors="replace")
    return any(marker in text for marker in RECOVERY_STARTS)


def _size(path: Path) -> int:
    return path.stat().st_size if path.exists() else 0


def _signal_all(pids: list[int], signum: signal.Signals) -> None:
    for pid in pids:
        with suppress(ProcessLookupError):  # ended meanwhile: nothing left to stop
            os.kill(pid, signum)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--contention",
        choices=sorted(SCENARIOS),
        default=os.environ.get(CONTENTION_ENV, "none"),
        help=f"what else loads the machine during tests marked faults (${CONTENTION_ENV})",
    )


@pytest.fixture(autouse=True)
def contention(request: pytest.FixtureRequest) -> Iterator[str]:
    """The scenario of this run around each fault test; none around the others."""
    name = request.config.getoption("--contention")
    if request.node.get_closest_marker("faults") is None:
        name = "none"
    request.node.user_properties.append(("contention", name))
    with SCENARIOS[name]():
        yield name
