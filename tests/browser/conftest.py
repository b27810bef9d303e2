"""Playwright fixtures: one Chromium for the session, a fresh context (cookies, storage) for every test.

Playwright's bundled browsers are not installed: the system Chromium is launched (CHROMIUM_PATH).
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

from tests.inflight import wait_until_idle

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DEFAULT_TIMEOUT_MS = 15_000


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"), args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    context.set_default_timeout(DEFAULT_TIMEOUT_MS)
    yield context
    context.close()
    wait_until_idle()


@pytest.fixture(autouse=True)
def _live_server_idle_before_flush() -> Iterator[None]:
    """Torn down before the database is flushed (after the test's own contexts are closed): the pages may
    have left background requests (autosave, clock syncs) running in the live server."""
    yield
    wait_until_idle()


@pytest.fixture
def page(context: BrowserContext) -> Page:
    return context.new_page()


@pytest.fixture(autouse=True)
def _tasks_run_eagerly(celery_eager: None) -> None:
    """Every test here runs enqueued tasks in-process (the root conftest's `celery_eager`)."""
