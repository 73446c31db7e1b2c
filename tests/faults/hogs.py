"""Processes that contend with the workers for the machine, started by `tests.faults.contention`.

    python -m tests.faults.hogs spin                      # one core, busy
    python -m tests.faults.hogs balloon --leave-mib 3072  # memory, all but 3 GiB

Our own rather than stress-ng: nothing to install on CI, and the balloon follows what the
machine has available, where stress-ng's --vm-bytes is fixed when it starts. On a machine
others share, a fixed size taken while it was quiet can push their processes into the OOM
killer; the balloon gives memory back when they need it.
"""

from __future__ import annotations

import mmap
import time
from pathlib import Path

import click

MIB = 1 << 20
CHUNK_MIB = 64
BALLOON_POLL_S = 0.2


def spin() -> None:
    """Occupy one core: pure Python holds its own process's GIL, so one process per core."""
    while True:
        pass


def mem_available_mib() -> int:
    """What the kernel could give without swapping (free memory and page cache it can drop)."""
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemAvailable:"):
            return int(line.split()[1]) // 1024
    raise RuntimeError("no MemAvailable in /proc/meminfo")


def resident_chunk(mib: int) -> mmap.mmap:
    """`mib` MiB really in memory: MAP_POPULATE has the kernel give every page at once,
    faster than writing to each (a page is otherwise only given when first touched)."""
    flags = mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS | mmap.MAP_POPULATE
    return mmap.mmap(-1, mib * MIB, flags=flags)


def balloon(leave_mib: int) -> None:
    """Hold memory until only about `leave_mib` MiB is available to the rest of the machine,
    so that page cache (Kafka's segments, RocksDB's files, the model) is squeezed out; give a
    chunk back whenever others' needs take the machine below that."""
    # If the OOM killer must choose, the balloon goes first, not a worker or a broker.
    Path("/proc/self/oom_score_adj").write_text("1000")
    chunks: list[mmap.mmap] = []
    while True:
        available = mem_available_mib()
        if available > leave_mib + CHUNK_MIB:
            chunks.append(resident_chunk(CHUNK_MIB))
        elif available < leave_mib and chunks:
            chunks.pop().close()
        else:
            time.sleep(BALLOON_POLL_S)


@click.group()
def main() -> None:
    """Hogs of the fault tests' contention: each runs until it is killed."""


@main.command("spin")
def spin_command() -> None:
    spin()


@main.command("balloon")
@click.option("--leave-mib", type=int, required=True)
def balloon_command(leave_mib: int) -> None:
    balloon(leave_mib)


if __name__ == "__main__":
    main()
