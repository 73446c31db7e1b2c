"""The page when the worker cannot answer: a message, never a blank page."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, Route, expect

from stream.config import Settings
from tests.browser.conftest import screenshot
from tests.integration.workers import Worker, start_worker

pytestmark = [pytest.mark.integration, pytest.mark.browser]

NOT_READY = {"status": 503, "content_type": "application/json"}


@pytest.fixture
def own_worker(settings: Settings, tmp_path: Path) -> Iterator[Worker]:
    """A worker this test alone may stop."""
    worker = start_worker(settings, tmp_path, name="stopped")
    try:
        worker.wait_healthy()
        yield worker
    finally:
        worker.stop()


def test_page_says_the_worker_is_recovering(page: Page, worker: Worker):
    """Health and feeds answer 503 as they do while tables recover (the answers are replaced
    in the browser: a real recovery is too short to catch)."""

    def recovering(route: Route) -> None:
        if "/health" in route.request.url:
            route.fulfill(**NOT_READY, body=json.dumps({"ready": False}))
        else:
            route.fulfill(**NOT_READY, body=json.dumps({"error": "tables are recovering"}))

    page.route("**/health", recovering)
    page.route("**/events?*", recovering)
    page.goto(worker.url)
    expect(page.get_by_role("alert")).to_contain_text("recovering its tables")
    expect(page.locator("main")).to_contain_text("Cannot show this yet")
    screenshot(page, "recovering-1280")


def test_page_says_the_worker_stopped_answering(page: Page, own_worker: Worker):
    page.goto(own_worker.url)
    expect(page.locator("#status")).to_contain_text("live")
    own_worker.stop()
    expect(page.get_by_role("alert")).to_contain_text("does not answer", timeout=15_000)
    expect(page.locator("#status")).to_contain_text("offline · last heard from the worker")
    expect(page.locator("main h1")).to_have_text("Latest events")
    screenshot(page, "stopped-1280")
