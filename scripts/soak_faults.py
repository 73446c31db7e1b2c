"""The worker crash and failover tests, round after round, each under the next contention.

    python scripts/soak_faults.py --rounds 10 [--scenario cpu --scenario pause ...]

Round r is one pytest run of the fault tests in SOAK_TESTS with `--contention=SCENARIO`
(tests/faults/contention.py), SCENARIO taken from the scenarios in turn, so that ten rounds
cover each kind two or three times in the time of ten runs; its output, JUnit report and the
workers' logs stay under --out. At the end: per scenario and test, how many runs passed and
how long they took, then each failure with its message. Exits 1 if any run did not pass.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import click

REPO = Path(__file__).resolve().parents[1]
SOAK_TESTS = ["tests/faults/test_worker_crash.py", "tests/integration/test_worker_failover.py"]
SCENARIOS = ["cpu", "bursts", "pause", "memory"]
MESSAGE_CHARS = 1500


@dataclass(frozen=True)
class Outcome:
    scenario: str
    round: int
    test: str
    result: str  # passed, failed, error or skipped
    seconds: float
    message: str
    log: Path


def pytest_run(scenario: str, round_: int, out: Path) -> list[Outcome]:
    """One pytest run of SOAK_TESTS under `scenario`; the outcome of each test in it."""
    name = f"round{round_}-{scenario}"
    report, log = out / f"{name}.xml", out / f"{name}.log"
    command = [
        sys.executable, "-m", "pytest", "-m", "faults", *SOAK_TESTS,
        f"--contention={scenario}", f"--junitxml={report}", f"--basetemp={out / name}",
        "-p", "no:cacheprovider", "-rA",
    ]  # fmt: skip
    with log.open("wb") as output:
        subprocess.run(command, cwd=REPO, stdout=output, stderr=subprocess.STDOUT, check=False)
    if not report.exists():  # pytest itself broke: no test ran
        return [Outcome(scenario, round_, "(pytest)", "error", 0.0, log.read_text()[-500:], log)]
    return [_outcome(case, scenario, round_, log) for case in ET.parse(report).iter("testcase")]


def _outcome(case: ET.Element, scenario: str, round_: int, log: Path) -> Outcome:
    test = f"{case.get('classname', '').rsplit('.', 1)[-1]}::{case.get('name')}"
    seconds = float(case.get("time", 0.0))
    for result in ("failure", "error", "skipped"):
        if (found := case.find(result)) is not None:
            message = _error_lines(found.text or "") or found.get("message") or ""
            outcome = {"failure": "failed"}.get(result, result)
            return Outcome(scenario, round_, test, outcome, seconds, message[:MESSAGE_CHARS], log)
    return Outcome(scenario, round_, test, "passed", seconds, "", log)


def _error_lines(traceback: str) -> str:
    """pytest's `E` lines: the whole assertion message, which JUnit's message attribute cuts."""
    lines = [line[1:].strip() for line in traceback.splitlines() if line.startswith("E ")]
    return "\n".join(lines)


def summary(outcomes: list[Outcome], wall: dict[str, float]) -> str:
    by_case: dict[tuple[str, str], list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        by_case[outcome.scenario, outcome.test].append(outcome)
    lines = [f"{'scenario':8} {'passed':>7} {'median s':>9} {'max s':>7}  test"]
    for (scenario, test), runs in sorted(by_case.items()):
        passed = sum(run.result == "passed" for run in runs)
        times = [run.seconds for run in runs]
        lines.append(
            f"{scenario:8} {passed:>3}/{len(runs):<3} {statistics.median(times):9.0f} "
            f"{max(times):7.0f}  {test}"
        )
    lines.append("wall time per scenario: " + ", ".join(f"{s} {t:.0f} s" for s, t in wall.items()))
    for bad in (outcome for outcome in outcomes if outcome.result != "passed"):
        lines += [
            "",
            f"{bad.result.upper()}: {bad.test} under {bad.scenario}, round {bad.round} ({bad.log})",
            bad.message,
        ]
    return "\n".join(lines)


@click.command()
@click.option("--rounds", type=click.IntRange(min=1), default=3, show_default=True)
@click.option(
    "--scenario", "scenarios", multiple=True, type=click.Choice(SCENARIOS), default=SCENARIOS
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=lambda: REPO / ".cache" / "soak" / time.strftime("%Y%m%d-%H%M%S"),
)
def main(rounds: int, scenarios: tuple[str, ...], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    outcomes: list[Outcome] = []
    wall: dict[str, float] = defaultdict(float)
    for round_ in range(1, rounds + 1):
        scenario = scenarios[(round_ - 1) % len(scenarios)]
        started = time.monotonic()
        ran = pytest_run(scenario, round_, out)
        wall[scenario] += time.monotonic() - started
        outcomes += ran
        for outcome in ran:
            print(
                f"round {round_} {scenario:7} {outcome.result:7} {outcome.seconds:5.0f} s  "
                f"{outcome.test}",
                flush=True,
            )
    print()
    print(summary(outcomes, wall))
    print(f"\nreports and worker logs: {out}")
    sys.exit(0 if all(outcome.result == "passed" for outcome in outcomes) else 1)


if __name__ == "__main__":
    main()
