"""Acceptance on the gold dev set (tests/data/dev): the thresholds of the Enrichment issue."""

from __future__ import annotations

from pathlib import Path

import pytest

from stream.evaluate import HEADLINE_TYPES, EvaluationReport, evaluate
from stream.nlp.enrich import Enricher

DEV_DIR = Path(__file__).resolve().parents[1] / "data" / "dev"


@pytest.fixture(scope="module")
def report(enricher: Enricher) -> EvaluationReport:
    if not any(DEV_DIR.glob("*.json")):
        pytest.skip(f"no dev set in {DEV_DIR}")
    result = evaluate(enricher, DEV_DIR)
    print(result.format())
    return result


def test_dev_set_visits_and_meetings_f1_at_least_085(report: EvaluationReport) -> None:
    assert report.overall(HEADLINE_TYPES).f1 >= 0.85


def test_dev_set_all_event_types_f1_at_least_075(report: EvaluationReport) -> None:
    assert report.overall().f1 >= 0.75


def test_dev_set_status_accuracy_at_least_090(report: EvaluationReport) -> None:
    assert report.status_accuracy >= 0.9


def test_dev_set_date_accuracy_at_least_085(report: EvaluationReport) -> None:
    assert report.date_accuracy >= 0.85
