"""The "try this rubric" panel in a real Chromium: with the keyboard alone, with and without JavaScript."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import Browser, BrowserContext, Page, expect

from accounts.tests.factories import MembershipFactory
from assessments.services import playbook_files_load

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PLAYBOOK_DIRECTORY = Path(settings.BASE_DIR) / "fixtures" / "playbooks"
PLAYBOOK_PATH = "/playbooks/technical-support-specialist/"
ANSWER = "The address has a typo: compnay.com instead of company.com. I'd correct it and resend the email."


def sign_in(context: BrowserContext, base_url: str, *, role: str) -> None:
    playbook_files_load(paths=[PLAYBOOK_DIRECTORY])
    client = Client()
    client.force_login(MembershipFactory.create(role=role).user)
    # Signing in is tested by accounts; here the session is made directly and handed to the browser.
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": base_url}])


def test_a_recruiter_pastes_an_answer_and_scores_it_with_the_keyboard(
    context: BrowserContext, page: Page, live_server
) -> None:
    sign_in(context, live_server.url, role="recruiter")
    page.goto(f"{live_server.url}{PLAYBOOK_PATH}#item-detail-bounced-email")
    item = page.locator("#item-detail-bounced-email")

    item.get_by_text("Model answer and rubric").focus()
    page.keyboard.press("Enter")
    item.get_by_label("Candidate's answer").focus()
    page.keyboard.insert_text(ANSWER)  # what a paste does: the text arrives in one input event
    page.keyboard.press("Tab")
    expect(item.get_by_role("button", name="Score this answer")).to_be_focused()
    page.keyboard.press("Enter")

    result = item.locator(".try-rubric__result")
    expect(result.get_by_role("heading", name=re.compile(r"^Score \d+%$"))).to_be_visible()
    spotted = result.locator(".try-criterion", has_text="Spots the misspelled domain")
    expect(spotted.locator(".badge")).to_have_text("Met")
    expect(result.locator(".try-result__answer mark").first).to_be_visible()
    highlighted = " ".join(result.locator(".try-result__answer mark").all_inner_texts())
    assert "compnay" in highlighted or "typo" in highlighted
    assert page.url.startswith(f"{live_server.url}{PLAYBOOK_PATH}"), (
        "the result came in place, on the same page"
    )
    expect(item.get_by_label("Candidate's answer")).to_have_value(ANSWER)


def test_without_javascript_the_form_posts_to_a_result_page_that_fits_320_px(
    browser: Browser, live_server
) -> None:
    context = browser.new_context(java_script_enabled=False, viewport={"width": 320, "height": 800})
    try:
        sign_in(context, live_server.url, role="hiring_manager")
        page = context.new_page()
        page.goto(f"{live_server.url}{PLAYBOOK_PATH}")
        item = page.locator("#item-detail-bounced-email")
        item.get_by_text("Model answer and rubric").click()
        item.get_by_label("Candidate's answer").fill(ANSWER)
        item.get_by_role("button", name="Score this answer").click()

        expect(page.get_by_role("heading", level=1)).to_have_text("Try the rubric: The bounced email")
        expect(
            page.locator(".try-criterion", has_text="Spots the misspelled domain").locator(".badge")
        ).to_have_text("Met")
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
    finally:
        context.close()
