"""A real worker on the real broker, the seed published, and Debian's chromium to look at it.

Playwright drives the system browser (`executable_path`); its own browser download is not
reachable here. Without a chromium on PATH every test in this folder is skipped, saying so.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, sync_playwright

from stream.config import Settings
from stream.contracts import Article
from stream.sources import read_articles
from tests.integration.workers import (
    REPO,
    Worker,
    create_all_topics,
    isolated_settings,
    publish_articles,
    start_worker,
    wait_for,
)

CHROMIUM = shutil.which("chromium")
ARTIFACTS = REPO / ".cache" / "artifacts"
SEED = REPO / "seeds" / "000_98d7fe5aeb08b17c.txt"
TABLES_TIMEOUT_S = 90.0
T = TypeVar("T")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if CHROMIUM:
        return
    skip = pytest.mark.skip(reason="no chromium on PATH: apt-get install chromium")
    for item in items:
        if Path(item.path).is_relative_to(Path(__file__).parent):
            item.add_marker(skip)


@pytest.fixture(scope="module")
def settings(kafka_bootstrap: str) -> Settings:
    settings = isolated_settings(kafka_bootstrap)
    off_loop(create_all_topics, settings)
    return settings


@pytest.fixture(scope="module")
def worker(settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Worker]:
    worker = start_worker(settings, tmp_path_factory.mktemp("worker"))
    try:
        worker.wait_healthy()
        yield worker
    finally:
        worker.stop()


@pytest.fixture(scope="module")
def seeded(settings: Settings, worker: Worker) -> Worker:
    """The seed published and in the tables: Shoigu's visit to Pyongyang and his meeting with
    Kim Jong-un are there (each event's rows are written on their own, in either order)."""
    (article,) = read_articles([SEED])
    assert isinstance(article, Article)
    off_loop(publish_articles, settings, [article])
    for kind in ("visits", "meetings"):
        wait_for(
            lambda kind=kind: _has_rows(worker, f"/actors/sergei-shoigu/{kind}"),
            TABLES_TIMEOUT_S,
            lambda kind=kind: f"Shoigu's {kind} never reached the table:\n{worker.log_tail()}",
        )
    return worker


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Per module: Playwright's sync API keeps an event loop running in the main thread
    while it is open, which `asyncio.run` in the tests of other folders cannot share."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def console_errors() -> list[str]:
    return []


@pytest.fixture
def page(browser: Browser, console_errors: list[str]) -> Iterator[Page]:
    """A fresh 1280 px wide tab that records console errors and uncaught exceptions."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            console_errors.append(message.text)

    page.on("console", on_console)
    page.on("pageerror", lambda error: console_errors.append(str(error)))
    try:
        yield page
    finally:
        context.close()
        if console_errors:
            print(f"console errors: {console_errors}")


def off_loop(function: Callable[..., T], *args: object) -> T:
    """Run `function` in a thread of its own: Playwright's sync API keeps an event loop
    running in this one, and the Kafka helpers start theirs with `asyncio.run`."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(function, *args).result()


def screenshot(page: Page, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def _has_rows(worker: Worker, path: str) -> bool:
    try:
        return bool(worker.get(path))
    except OSError:
        return False
