"""The page as an analyst meets it, in a real browser against a live worker with the seed."""

from __future__ import annotations

import re
import time

import pytest
from playwright.sync_api import Page, Response, expect

from stream.config import Settings
from stream.contracts import Article
from tests.browser.conftest import off_loop, screenshot
from tests.integration.workers import Worker, publish_articles

pytestmark = [pytest.mark.integration, pytest.mark.browser]

PAGE_BUDGET_BYTES = 200_000
LIVE_TIMEOUT_MS = 60_000
SECOND_ARTICLE = Article(
    id="browser-second",
    published="2025-04-09",
    text="Seoul, April 9 (Yonhap) Sergei Shoigu visited Beijing on April 8, officials said.",
)


def test_search_actor_timeline_and_a_live_event(
    page: Page, seeded: Worker, settings: Settings, console_errors: list[str]
):
    loaded: list[Response] = []
    page.on("response", lambda response: loaded.append(response))
    started = time.monotonic()
    page.goto(seeded.url)
    expect(page.locator(".events .event").first).to_be_visible()
    first_render_s = time.monotonic() - started
    weight = sum(len(response.body()) for response in loaded if response.ok)
    print(f"front page: first render {first_render_s * 1000:.0f} ms, {weight} bytes")
    assert weight < PAGE_BUDGET_BYTES
    expect(page.locator(".actors a").first).to_be_visible()
    screenshot(page, "front-1280")

    page.get_by_label("Search actors").fill("Shoigu")
    result = page.locator("#search-results a", has_text="Sergei Shoigu")
    expect(result).to_be_visible()
    screenshot(page, "search-1280")
    result.click()

    expect(page).to_have_url(re.compile(r"#/actor/sergei-shoigu$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Sergei Shoigu")
    visit = page.locator('.timeline .mark[data-type="visit"]', has_text="Pyongyang")
    expect(visit).to_have_attribute("aria-label", re.compile(r"occurred.*Pyongyang, 2025-03"))
    meeting = page.locator('.timeline .mark[data-type="meeting"]', has_text="Kim Jong-un")
    expect(meeting.first).to_be_visible()
    visit.click()
    expect(page.locator(".details")).to_contain_text("Pyongyang")
    expect(page.locator(".details blockquote")).to_contain_text("Pyongyang")
    screenshot(page, "actor-1280")

    page.locator(".details a", has_text="Pyongyang").click()
    expect(page).to_have_url(re.compile(r"#/place/pyongyang$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Pyongyang")
    came = page.locator("table.rows tr", has_text="Sergei Shoigu")
    expect(came.filter(has_text="visit").first).to_be_visible()
    expect(page.locator(".timeline .mark").first).to_be_visible()
    screenshot(page, "place-1280")
    page.go_back()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Sergei Shoigu")

    off_loop(publish_articles, settings, [SECOND_ARTICLE])
    beijing = page.locator('.timeline .mark[data-type="visit"]', has_text="Beijing")
    expect(beijing).to_be_visible(timeout=LIVE_TIMEOUT_MS)
    expect(page.locator("#status")).to_contain_text("last heard from the worker")
    screenshot(page, "actor-live-1280")
    assert console_errors == []


def test_pages_fit_a_phone_and_work_by_keyboard(
    page: Page, seeded: Worker, console_errors: list[str]
):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(seeded.url)
    expect(page.locator(".events .event").first).to_be_visible()
    page_width = page.evaluate("document.documentElement.scrollWidth")
    assert page_width <= 390, f"the front page is {page_width} px wide at 390"
    screenshot(page, "front-390")

    page.get_by_label("Search actors").fill("Kim")
    expect(page.locator("#search-results a").first).to_be_visible()
    page.keyboard.press("ArrowDown")
    expect(page.locator("#search-results a").first).to_be_focused()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#/actor/kim-"))

    page.goto(f"{seeded.url}/#/actor/sergei-shoigu")
    expect(page.locator(".timeline .mark").first).to_be_visible()
    page_width = page.evaluate("document.documentElement.scrollWidth")
    assert page_width <= 390, f"the actor page is {page_width} px wide at 390"
    page.locator(".timeline .mark").first.focus()
    page.keyboard.press("Enter")
    expect(page.locator(".details")).to_be_visible()
    screenshot(page, "actor-390")
    assert console_errors == []
