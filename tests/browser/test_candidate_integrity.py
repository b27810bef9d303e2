"""Integrity signals from a real browser: a paste (its size and item), a lost focus and the time on each
item reach the database as context for hiring managers; nothing happens to the candidate."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, expect

from assessments.selectors import attempt_integrity_signals
from config.celery import app as celery_app
from tests.candidate.browser import go_to, invitation, panel, start, wait_saved

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASTED = "Dear Alex, copied from somewhere else."


@pytest.fixture(autouse=True)
def no_broker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(celery_app, "send_task", lambda *args, **kwargs: None)


def test_pastes_lost_focus_and_time_per_item_are_recorded_and_nothing_is_blocked(
    page: Page, live_server: Any
) -> None:
    invited = invitation(live_server.url)
    page.clock.install()  # the page's clock is moved on below instead of waited for
    start(page, invited)
    go_to(page, 9, "Reply to an angry customer")
    area = panel(page, "writing-angry-customer-email").get_by_role("textbox")
    area.focus()
    # A paste as the browser fires it (the clipboard itself is not available to a headless test).
    area.evaluate(
        """(area, text) => {
            const data = new DataTransfer();
            data.setData("text/plain", text);
            area.dispatchEvent(new ClipboardEvent("paste", {clipboardData: data, bubbles: true}));
            area.value = text;
            area.dispatchEvent(new Event("input", {bubbles: true}));
        }""",
        PASTED,
    )
    page.clock.fast_forward("00:40")  # forty seconds on this question
    page.evaluate("() => { window.dispatchEvent(new Event('blur')); }")
    page.clock.fast_forward("00:20")  # twenty seconds in another window
    page.evaluate("() => { window.dispatchEvent(new Event('focus')); }")
    wait_saved(page)
    go_to(page, 6, "The bounced email")

    page.get_by_role("link", name="Review and submit").click()
    page.get_by_role("button", name="Submit assessment").click()
    expect(page.get_by_role("heading", name="Your assessment has been submitted")).to_be_visible()

    signals = attempt_integrity_signals(
        organization=invited.attempt.organization, attempt_id=invited.attempt.pk
    )
    assert signals is not None
    assert signals.focus_lost_count == 1
    assert signals.focus_lost_seconds >= 20
    by_slug = {item.slug: item for item in signals.items}
    pasted_into = by_slug["writing-angry-customer-email"]
    assert (pasted_into.paste_count, pasted_into.paste_chars) == (1, len(PASTED))
    assert pasted_into.seconds_on_item >= 40
    assert by_slug["detail-bounced-email"].paste_count == 0
