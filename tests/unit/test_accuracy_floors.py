"""Accuracy floors: the real enricher on the gold folders must not fall below these figures.

The floors sit just under what the extractor reached when they were set; raise them as it
improves (`make evaluate` prints the current figures). The realdev test reads
`../shared/realdev` beside the repository, where CI puts it, and skips without it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from stream.evaluation.evaluate import evaluate
from stream.evaluation.report import HEADLINE_TYPES, Report
from stream.nlp.enrich import Enricher

REPO = Path(__file__).resolve().parents[2]
DEV_DIR = REPO / "tests" / "data" / "dev"
FROZEN_DIR = REPO / "tests" / "data" / "frozen"
WIRE_DIR = REPO / "tests" / "data" / "wire"
WIRE2_DIR = REPO / "tests" / "data" / "wire2"
WIRE3_DIR = REPO / "tests" / "data" / "wire3"
WIRE4_DIR = REPO / "tests" / "data" / "wire4"
WIRE5_DIR = REPO / "tests" / "data" / "wire5"
REALDEV_DIR = REPO.parent / "shared" / "realdev"


@dataclass(frozen=True)
class Floors:
    visits_meetings_f1: float
    date_accuracy: float
    place_accuracy: float


FLOORS = {
    # dev is matched on type and parties only: its gold gives no evidence sentences.
    "dev": Floors(visits_meetings_f1=0.92, date_accuracy=0.87, place_accuracy=0.89),
    # Never read: this session's rules, none written on it, moved it from 0.67 to 0.70.
    "frozen": Floors(visits_meetings_f1=0.69, date_accuracy=0.81, place_accuracy=0.78),
    # The wire split is a tuning split: stories written in wire styles, tuned against.
    "wire": Floors(visits_meetings_f1=0.95, date_accuracy=0.92, place_accuracy=0.91),
    # The second wire split: its first score (0.76) was taken before any rule was tuned on it.
    "wire2": Floors(visits_meetings_f1=0.96, date_accuracy=0.93, place_accuracy=0.91),
    # The third: longer stories, events among quotes and background; first score 0.635.
    "wire3": Floors(visits_meetings_f1=0.92, date_accuracy=0.87, place_accuracy=0.89),
    # The fourth: real leaders in the styles of twenty outlets; first score 0.58.
    "wire4": Floors(visits_meetings_f1=0.81, date_accuracy=0.85, place_accuracy=0.85),
    # The fifth, from twenty more outlets; first score 0.675 (0.664 with the previous landing).
    "wire5": Floors(visits_meetings_f1=0.72, date_accuracy=0.87, place_accuracy=0.83),
    # Real readouts.
    "realdev": Floors(visits_meetings_f1=0.90, date_accuracy=0.87, place_accuracy=0.93),
}

pytestmark = pytest.mark.floors


@pytest.fixture(scope="module")
def dev_report(enricher: Enricher) -> Report:
    return evaluate(enricher, DEV_DIR, "dev")


@pytest.fixture(scope="module")
def frozen_report(enricher: Enricher) -> Report:
    return evaluate(enricher, FROZEN_DIR, "frozen")


@pytest.fixture(scope="module")
def wire_report(enricher: Enricher) -> Report:
    return evaluate(enricher, WIRE_DIR, "wire")


@pytest.fixture(scope="module")
def wire2_report(enricher: Enricher) -> Report:
    return evaluate(enricher, WIRE2_DIR, "wire2")


@pytest.fixture(scope="module")
def wire3_report(enricher: Enricher) -> Report:
    return evaluate(enricher, WIRE3_DIR, "wire3")


@pytest.fixture(scope="module")
def wire4_report(enricher: Enricher) -> Report:
    return evaluate(enricher, WIRE4_DIR, "wire4")


@pytest.fixture(scope="module")
def wire5_report(enricher: Enricher) -> Report:
    return evaluate(enricher, WIRE5_DIR, "wire5")


@pytest.fixture(scope="module")
def realdev_report(enricher: Enricher) -> Report:
    if not (REALDEV_DIR / "gold").is_dir():
        pytest.skip(f"no realdev folder at {REALDEV_DIR} (CI has one beside the clone)")
    return evaluate(enricher, REALDEV_DIR, "realdev")


@pytest.mark.parametrize(
    "report_name",
    [
        "dev_report",
        "frozen_report",
        "wire_report",
        "wire2_report",
        "wire3_report",
        "wire4_report",
        "wire5_report",
        "realdev_report",
    ],
)
def test_accuracy_floors_held(report_name: str, request: pytest.FixtureRequest) -> None:
    report: Report = request.getfixturevalue(report_name)
    floors = FLOORS[report.title]
    reached = Floors(
        visits_meetings_f1=report.overall(HEADLINE_TYPES).f1,
        date_accuracy=report.accuracy("date").rate,
        place_accuracy=report.accuracy("place").rate,
    )
    below = {
        name: f"{getattr(reached, name):.3f} < floor {floor:.2f}"
        for name, floor in vars(floors).items()
        if getattr(reached, name) < floor
    }
    assert not below, f"{report.title} fell below its floors: {below}\n{report.format()}"
