"""Session-wide fixtures: the model loads once per test session (about a second)."""

from __future__ import annotations

from pathlib import Path

import pytest

from stream.nlp.enrich import Enricher

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def enricher() -> Enricher:
    return Enricher()
