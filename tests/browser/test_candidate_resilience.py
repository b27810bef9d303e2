"""What must not go wrong for a candidate on a bad day, in Chromium against the real server and
PostgreSQL: a reload, a dropped connection, a run-out clock, a wrong computer clock, extra time granted
mid-test, a second browser, and a save after the time is up. Each test reads the database afterwards."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone
from playwright.sync_api import Browser, BrowserContext, Page, expect

from assessments.models import Attempt, Response
from assessments.services import attempt_accommodation_set
from assessments.tasks import submit_overdue_attempts
from config.celery import app as celery_app
from tests.candidate.browser import (
    BrowserInvitation,
    go_to,
    invitation,
    panel,
    saved_status,
    start,
    wait_saved,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

EMAIL_ITEM = "writing-angry-customer-email"
SHORT_ITEM = "detail-bounced-email"


@pytest.fixture(autouse=True)
def no_broker(monkeypatch: pytest.MonkeyPatch) -> None:
    """The scoring task is published by name; nothing listens in these tests, so it is not sent."""
    monkeypatch.setattr(celery_app, "send_task", lambda *args, **kwargs: None)


def _stored(invited: BrowserInvitation, slug: str) -> Any:
    response = Response.objects.filter(attempt=invited.attempt, item_slug=slug).first()
    return None if response is None else response.answer


def _text(page: Page, slug: str) -> Any:
    return panel(page, slug).get_by_role("textbox")


def _move_deadline(invited: BrowserInvitation, *, from_now: timedelta) -> None:
    Attempt.objects.filter(pk=invited.attempt.pk).update(deadline_at=timezone.now() + from_now)


def test_a_reload_mid_test_resumes_every_answer_including_one_not_sent_yet(
    page: Page, live_server: Any
) -> None:
    invited = invitation(live_server.url)
    start(page, invited)
    go_to(page, 9, "Reply to an angry customer")
    _text(page, EMAIL_ITEM).fill("Dear Alex, I am sorry.")
    first = panel(page, "sjt-angry-customer")
    go_to(page, 1, "Angry customer after an update")
    first.get_by_role("group", name=re.compile("^Best response")).get_by_role("radio").nth(0).check()
    first.get_by_role("group", name=re.compile("^Worst response")).get_by_role("radio").nth(4).check()
    wait_saved(page)
    go_to(page, 6, "The bounced email")
    # Typed and reloaded at once, before the one-second autosave: the answer is only on this device.
    _text(page, SHORT_ITEM).fill("The domain is misspelled")
    page.reload()

    expect(page.get_by_role("navigation", name="Questions")).to_contain_text("3 of 13 answered")
    go_to(page, 9, "Reply to an angry customer")
    expect(_text(page, EMAIL_ITEM)).to_have_value("Dear Alex, I am sorry.")
    go_to(page, 1, "Angry customer after an update")
    expect(
        first.get_by_role("group", name=re.compile("^Worst response")).get_by_role("radio").nth(4)
    ).to_be_checked()
    go_to(page, 6, "The bounced email")
    expect(_text(page, SHORT_ITEM)).to_have_value("The domain is misspelled")
    wait_saved(page)
    assert _stored(invited, SHORT_ITEM) == "The domain is misspelled"
    assert _stored(invited, EMAIL_ITEM) == "Dear Alex, I am sorry."
    assert _stored(invited, "sjt-angry-customer") == {"best": "a", "worst": "e"}


def test_answers_typed_offline_are_kept_and_sent_on_reconnect(
    context: BrowserContext, page: Page, live_server: Any
) -> None:
    invited = invitation(live_server.url)
    start(page, invited)
    go_to(page, 9, "Reply to an angry customer")
    _text(page, EMAIL_ITEM).fill("Dear Alex,")
    wait_saved(page)

    context.set_offline(True)
    _text(page, EMAIL_ITEM).press_sequentially(" I am sorry about the outage.")
    go_to(page, 6, "The bounced email")
    _text(page, SHORT_ITEM).fill("The address has a typo")
    expect(saved_status(page)).to_have_attribute("data-state", "offline")
    expect(saved_status(page)).to_contain_text("kept on this device")
    assert _stored(invited, EMAIL_ITEM) == "Dear Alex,"
    assert _stored(invited, SHORT_ITEM) is None

    context.set_offline(False)
    wait_saved(page)
    assert _stored(invited, EMAIL_ITEM) == "Dear Alex, I am sorry about the outage."
    assert _stored(invited, SHORT_ITEM) == "The address has a typo"


def test_when_the_time_runs_out_the_server_submits_what_was_saved(page: Page, live_server: Any) -> None:
    invited = invitation(live_server.url, time_limit_seconds=120, grace_seconds=5)
    page.clock.install()
    start(page, invited)
    go_to(page, 6, "The bounced email")
    _text(page, SHORT_ITEM).fill("The domain is misspelled")
    wait_saved(page)

    # The page's own clock runs out first: it asks the server, whose clock alone decides.
    page.clock.fast_forward("02:10")
    expect(page.locator("[data-countdown]")).to_have_text(re.compile(r"^1:\d\d$"))
    assert invited.refreshed().status == Attempt.Status.IN_PROGRESS

    # The server's time runs out (moved, rather than waited for): the beat task submits it, browser or not.
    # The page is cut off meanwhile: a request of its own landing after the move would submit the attempt
    # first (any candidate request past the deadline does), or hold its row while the sweep skips it.
    page.context.set_offline(True)
    _move_deadline(invited, from_now=timedelta(seconds=-10))
    assert submit_overdue_attempts() == 1
    page.context.set_offline(False)
    attempt = invited.refreshed()
    assert attempt.status == Attempt.Status.SUBMITTED
    assert attempt.submitted_by == Attempt.SubmittedBy.SERVER
    assert _stored(invited, SHORT_ITEM) == "The domain is misspelled"

    page.clock.fast_forward("00:31")  # the next sync
    expect(page.get_by_role("heading", name="Your assessment has been submitted")).to_be_visible()
    expect(page.get_by_text("The time ran out, so the assessment was submitted for you")).to_be_visible()


@pytest.mark.parametrize("offset", [timedelta(hours=1), timedelta(hours=-1)], ids=["ahead", "behind"])
def test_a_computer_clock_wrong_by_an_hour_changes_nothing(
    page: Page, live_server: Any, offset: timedelta
) -> None:
    invited = invitation(live_server.url)
    page.clock.install(time=timezone.now() + offset)
    start(page, invited)
    expect(page.locator("[data-countdown]")).to_have_text(re.compile(r"^(29|30):\d\d$"))
    expect(page.locator("[data-time-warning]")).to_have_text("")
    go_to(page, 6, "The bounced email")
    _text(page, SHORT_ITEM).fill("The domain is misspelled")
    wait_saved(page)
    assert _stored(invited, SHORT_ITEM) == "The domain is misspelled"
    attempt = invited.refreshed()
    assert attempt.started_at is not None and attempt.deadline_at is not None
    assert abs((attempt.started_at - timezone.now()).total_seconds()) < 600
    assert attempt.deadline_at - attempt.started_at == timedelta(seconds=1800)


def test_warnings_at_a_fifth_and_a_twentieth_left_and_extra_time_reaches_the_countdown(
    page: Page, live_server: Any
) -> None:
    invited = invitation(live_server.url)
    page.clock.install()
    start(page, invited)
    warning = page.locator("[data-time-warning]")
    expect(warning).to_have_attribute("role", "alert")

    _move_deadline(invited, from_now=timedelta(minutes=5))  # 5 of 30 minutes left: under a fifth
    page.clock.fast_forward("00:31")
    expect(warning).to_contain_text("a fifth of your time")
    expect(page.locator("[data-countdown]")).to_have_text(re.compile(r"^[45]:\d\d$"))

    _move_deadline(invited, from_now=timedelta(seconds=80))  # under a twentieth
    page.clock.fast_forward("00:31")
    expect(warning).to_contain_text("Less than 1 minute left")

    attempt_accommodation_set(attempt_id=invited.attempt.pk, extra_seconds=1800)
    page.clock.fast_forward("00:31")
    # Started about now, 30 minutes plus 30 of extra time: about an hour left.
    expect(page.locator("[data-countdown]")).to_have_text(re.compile(r"^(59:\d\d|1:00:00)$"))


def test_a_second_browser_asks_then_takes_over_and_the_first_becomes_read_only(
    browser: Browser, page: Page, live_server: Any
) -> None:
    invited = invitation(live_server.url)
    start(page, invited)
    go_to(page, 9, "Reply to an angry customer")
    _text(page, EMAIL_ITEM).fill("Written in the first browser.")
    wait_saved(page)

    second_context = browser.new_context()
    try:
        second = second_context.new_page()
        second.goto(invited.url)
        expect(second.get_by_role("heading", level=1)).to_have_text(
            "Continue the assessment in this browser?"
        )
        # Asking moves nothing: the first browser still saves.
        _text(page, EMAIL_ITEM).fill("Still the first browser.")
        wait_saved(page)
        assert _stored(invited, EMAIL_ITEM) == "Still the first browser."

        second.get_by_role("button", name="Continue in this browser").click()
        go_to(second, 9, "Reply to an angry customer")
        expect(_text(second, EMAIL_ITEM)).to_have_value("Still the first browser.")

        _text(page, EMAIL_ITEM).fill("Typed in the first browser after the move.")
        expect(page.get_by_text("now open in another browser")).to_be_visible()
        expect(saved_status(page)).to_have_attribute("data-state", "readonly")
        expect(_text(page, EMAIL_ITEM)).to_have_js_property("readOnly", True)

        _text(second, EMAIL_ITEM).fill("Carried on in the second browser.")
        wait_saved(second)
        assert _stored(invited, EMAIL_ITEM) == "Carried on in the second browser."
    finally:
        second_context.close()


def test_a_save_after_the_deadline_and_grace_is_refused_and_earlier_answers_stay(
    page: Page, live_server: Any
) -> None:
    invited = invitation(live_server.url, grace_seconds=5)
    start(page, invited)
    go_to(page, 9, "Reply to an angry customer")
    _text(page, EMAIL_ITEM).fill("Saved in time.")
    wait_saved(page)

    _move_deadline(invited, from_now=timedelta(seconds=-30))
    _text(page, EMAIL_ITEM).fill("Too late.")
    # The save is refused ("time_up"); the page asks the server's clock, which submits what was saved
    # before the end, and the candidate is told so.
    expect(page.get_by_role("heading", name="Your assessment has been submitted")).to_be_visible()
    expect(page.get_by_text("every answer saved before then")).to_be_visible()
    attempt = invited.refreshed()
    assert attempt.status == Attempt.Status.SUBMITTED
    assert attempt.submitted_by == Attempt.SubmittedBy.SERVER
    assert _stored(invited, EMAIL_ITEM) == "Saved in time."
