"""The playbook library in a real Chromium: usable with the keyboard alone, and at 320 px wide."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import Browser, Page, expect

from accounts.tests.factories import MembershipFactory
from assessments.services import playbook_files_load
from assessments.tests.conftest import MINIMAL

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

def _signed_in_page(browser: Browser, base_url: str, *, width: int) -> Page:
    playbook_files_load(paths=[MINIMAL])
    membership = MembershipFactory.create(role="interviewer")
    # Signing in is tested by accounts; here the session is made directly and handed to the browser.
    client = Client()
    client.force_login(membership.user)
    context = browser.new_context(viewport={"width": width, "height": 800})
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": base_url,
            }
        ]
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    return page


def _tab_to(page: Page, text: str, *, limit: int = 80) -> None:
    """Press Tab until the focused element's text contains `text`, as a keyboard user would."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if text in page.evaluate("document.activeElement.textContent || document.activeElement.value || ''"):
            return
    raise AssertionError(f"Tab never reached an element with {text!r}")


def _wider_than(page: Page, width: int) -> list[str]:
    return list(
        page.evaluate(
            """(width) => [...document.querySelectorAll('body *')]
                .filter((element) => element.getBoundingClientRect().right > width + 0.5)
                .filter((element) => !element.closest('.table-wrap'))
                .slice(0, 10)
                .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)""",
            width,
        )
    )


def test_search_open_an_item_and_read_its_rubric_with_the_keyboard(browser: Browser, live_server) -> None:
    page = _signed_in_page(browser, live_server.url, width=1280)
    page.goto(f"{live_server.url}/playbooks/")

    page.get_by_role("searchbox", name="Search").focus()
    page.keyboard.type("compnay")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="1 matching playbook")).to_be_visible()
    _tab_to(page, "Bounced email")
    page.keyboard.press("Enter")

    page.wait_for_url(f"{live_server.url}/playbooks/test-support-role/#item-detail-bounce")
    item = page.locator("#item-detail-bounce")
    expect(item.get_by_text("Delivery failed: recipient not found at domain compnay.com.")).to_be_visible()
    model_answer = item.get_by_text("The domain is misspelled (compnay instead of company).")
    expect(model_answer).to_be_hidden()
    item.locator("summary").focus()
    page.keyboard.press("Enter")
    expect(model_answer).to_be_visible()
    expect(item.get_by_text("Spots the misspelled domain")).to_be_visible()


def test_library_pages_fit_a_320_px_screen(browser: Browser, live_server) -> None:
    page = _signed_in_page(browser, live_server.url, width=320)

    for path in ("/playbooks/", "/playbooks/test-support-role/", "/playbooks/test-support-role/print/"):
        page.goto(f"{live_server.url}{path}")
        assert page.evaluate("document.documentElement.scrollWidth") <= 320, (path, _wider_than(page, 320))
