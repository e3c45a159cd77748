"""Fixtures of the browser tests: one Chromium per session, a fresh context and page per test.

The pages are served by pytest-django's ``live_server`` (a thread of the test process), so a
test can prepare rows with the factories, drive the browser, then read the database and the
mail outbox. Chromium is Debian's (``make test`` installs it when it is missing); Playwright's
own browser downloads are never used.
"""

from __future__ import annotations

import asyncio
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect, sync_playwright

CHROMIUM = os.environ.get("PALMARES_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
TIMEOUT_MS = 10_000


@dataclass
class Driver:
    """Chromium, and the event loop of Playwright's synchronous API that drives it."""

    browser: Browser
    loop: asyncio.AbstractEventLoop

    # Between two sync calls, Playwright leaves its loop marked as running in this thread, and
    # Django then refuses every database query ("you cannot call this from an async context").
    # Outside the browser tests the mark is taken off (parked), so that the other tests of a
    # pytest-xdist worker run as usual; during a browser test it is put back, and Django's
    # check is lifted for that test only (an environment variable would also reach the
    # subprocesses other tests start, e.g. ``manage.py check --deploy``, which reject it).
    def park(self) -> None:
        asyncio._set_running_loop(None)

    def wake(self) -> None:
        asyncio._set_running_loop(self.loop)


@pytest.fixture(scope="session")
def driver() -> Iterator[Driver]:
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"Chromium not found at {CHROMIUM}: apt-get install chromium (make test does)")
    expect.set_options(timeout=TIMEOUT_MS)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        driver = Driver(browser, asyncio.get_running_loop())
        driver.park()
        try:
            yield driver
        finally:
            driver.wake()
            browser.close()


@pytest.fixture
def browser(driver: Driver, monkeypatch: pytest.MonkeyPatch) -> Iterator[Browser]:
    """The session's Chromium, awake for one test."""
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    driver.wake()
    try:
        yield driver.browser
    finally:
        driver.park()


@pytest.fixture
def context(browser: Browser, live_server: Any) -> Iterator[BrowserContext]:
    context = browser.new_context(
        base_url=live_server.url, locale="en-GB", viewport={"width": 1280, "height": 900}
    )
    context.set_default_timeout(TIMEOUT_MS)
    context.set_default_navigation_timeout(TIMEOUT_MS)
    yield context
    context.close()


@pytest.fixture
def page(context: BrowserContext) -> Page:
    return context.new_page()
