"""A worker of their own for the modules that share one: isolated topics, one subprocess."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from stream.config import Settings
from tests.integration.workers import Worker, create_all_topics, isolated_settings, start_worker


@pytest.fixture(scope="module")
def settings(kafka_bootstrap: str) -> Settings:
    settings = isolated_settings(kafka_bootstrap)
    create_all_topics(settings)
    return settings


@pytest.fixture(scope="module")
def worker(settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Worker]:
    worker = start_worker(settings, tmp_path_factory.mktemp("worker"))
    try:
        worker.wait_healthy()
        yield worker
    finally:
        worker.stop()
