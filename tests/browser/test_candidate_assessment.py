"""A candidate takes the whole assessment in Chromium: the emailed link, the landing page, every answer
type (by mouse and by keyboard), review, submit, the confirmation page and email; axe-core on each page."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core import mail
from playwright.sync_api import BrowserContext, Page, expect

from assessments.models import Attempt, Response
from assessments.services import SCORE_SUBMITTED_TASK
from config.celery import app as celery_app
from tests.candidate.browser import (
    go_to,
    invitation,
    panel,
    serious_accessibility_violations,
    wait_saved,
    wider_than,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def scoring_sends(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Task messages published by name (the scoring task), counted instead of sent."""
    sent: list[Any] = []

    def send_task(name: str, args: Any = None, kwargs: Any = None, **options: Any) -> None:
        sent.append((name, list(args or [])))

    monkeypatch.setattr(celery_app, "send_task", send_task)
    return sent


def test_a_candidate_takes_the_whole_assessment_and_submits_it(
    page: Page, live_server: Any, scoring_sends: list[Any]
) -> None:
    invited = invitation(live_server.url)

    response = page.goto(invited.url)
    assert response is not None
    assert page.url == f"{live_server.url}/a/attempt/"
    assert invited.token not in page.url
    assert response.headers["referrer-policy"] == "no-referrer"
    expect(page.get_by_role("heading", level=1)).to_have_text("Technical Support Specialist: assessment")
    expect(page.get_by_text("13 questions")).to_be_visible()
    expect(page.get_by_test_id("time-limit")).to_contain_text("Time limit: 30 minutes")
    assert invited.refreshed().status == Attempt.Status.NOT_STARTED
    assert serious_accessibility_violations(page) == []

    page.get_by_label("Whether they see an error message").check()
    page.get_by_role("button", name="Check my practice answer").click()
    expect(page.get_by_text("Practice only: nothing was saved.")).to_be_visible()
    assert Response.objects.count() == 0

    page.get_by_role("button", name="Start").click()
    expect(page.get_by_text("Tick the consent box to start").first).to_be_visible()
    assert invited.refreshed().status == Attempt.Status.NOT_STARTED
    page.get_by_label("I consent").check()
    page.get_by_role("button", name="Start").click()
    expect(page.get_by_role("button", name="Review and submit").first).to_be_visible()
    wait_saved(page)
    assert invited.refreshed().status == Attempt.Status.IN_PROGRESS
    expect(page.locator("[data-countdown]")).to_have_text(re.compile(r"^(29|30):\d\d$"))
    expect(page.get_by_role("navigation", name="Questions")).to_contain_text("0 of 13 answered")
    assert serious_accessibility_violations(page) == []

    # 1-4: best and worst pickers, by mouse.
    for number in range(1, 5):
        item = page.locator("[data-item]:visible")
        expect(item.get_by_role("heading", level=2)).to_contain_text(f"{number}.")
        item.get_by_role("group", name=re.compile("^Best response")).get_by_role("radio").nth(0).check()
        item.get_by_role("group", name=re.compile("^Worst response")).get_by_role("radio").nth(1).check()
        item.get_by_role("button", name="Next question").click()
    expect(page.get_by_role("navigation", name="Questions")).to_contain_text("4 of 4 answered")

    # 5-8: short written answers, with a word count.
    for number in range(5, 9):
        item = page.locator("[data-item]:visible")
        item.get_by_role("textbox").fill(f"Answer to question {number}: check the details first")
        expect(item.get_by_text("8 words")).to_be_visible()
        item.get_by_role("button", name="Next question").click()

    # 9-10: long written answers.
    for number in (9, 10):
        item = page.locator("[data-item]:visible")
        item.get_by_role("textbox").fill(f"Dear Alex,\n\nI am sorry about the outage. Reply {number}.")
        item.get_by_role("button", name="Next question").click()

    # 11: steps in order, reordered by mouse (drag) and by keyboard (move buttons).
    steps = panel(page, "tech-wifi-first-step")
    steps.get_by_label("Step 1", exact=True).fill("Restart the laptop")
    steps.get_by_label("Step 2", exact=True).fill("Forget the network and reconnect with the password")
    steps.get_by_label("Step 3", exact=True).fill("Check that Wi-Fi is switched on")
    steps.locator("li").nth(2).drag_to(steps.locator("li").nth(0))
    expect(steps.get_by_label("Step 1", exact=True)).to_have_value("Check that Wi-Fi is switched on")
    steps.get_by_role("button", name="Move step 2 down").press("Enter")
    expect(steps.get_by_label("Step 3", exact=True)).to_have_value("Restart the laptop")
    expect(steps.get_by_role("button", name="Move step 3 down")).to_be_disabled()
    steps.get_by_role("button", name="Next question").click()

    # 12: select all that apply.
    item = page.locator("[data-item]:visible")
    checkboxes = item.get_by_role("checkbox")
    checkboxes.nth(0).check()
    checkboxes.nth(2).check()
    item.get_by_role("button", name="Next question").click()

    # 13 is left unanswered: the review lists it.
    page.locator("[data-item]:visible").get_by_role("button", name="Review and submit").click()
    review = page.locator("[data-review]")
    expect(review).to_contain_text("You have answered 12 of 13 questions.")
    expect(review.get_by_role("link", name="Question 13: Suspected phishing email")).to_be_visible()
    review.get_by_role("link", name="Question 13: Suspected phishing email").click()
    page.locator("[data-item]:visible").get_by_role("textbox").fill("Do not click the link; report it.")
    page.get_by_role("link", name="Review and submit").click()
    expect(review).to_contain_text("You have answered all 13 questions.")
    wait_saved(page)

    review.get_by_role("button", name="Submit assessment").dblclick()
    expect(page.get_by_role("heading", name="Your assessment has been submitted")).to_be_visible()
    assert page.url == f"{live_server.url}/a/attempt/submitted/"
    assert serious_accessibility_violations(page) == []
    expect(page.locator("main")).not_to_contain_text("score")

    attempt = invited.refreshed()
    assert attempt.status == Attempt.Status.SUBMITTED
    assert attempt.submitted_by == Attempt.SubmittedBy.CANDIDATE
    answers = dict(Response.objects.filter(attempt=attempt).values_list("item_slug", "answer"))
    assert len(answers) == 13
    assert answers["tech-wifi-first-step"] == (
        "1. Check that Wi-Fi is switched on\n"
        "2. Forget the network and reconnect with the password\n"
        "3. Restart the laptop"
    )
    assert answers["tech-bug-escalation"] == ["a", "c"]
    assert answers["sjt-angry-customer"] == {"best": "a", "worst": "b"}
    assert answers["tech-phishing-report"] == "Do not click the link; report it."
    assert [name for name, _ in scoring_sends].count(SCORE_SUBMITTED_TASK) == 1
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["grace@example.com"]
    assert "was received" in mail.outbox[0].subject
    assert "score" not in mail.outbox[0].body.lower()


def test_the_whole_assessment_can_be_done_with_the_keyboard_alone(page: Page, live_server: Any) -> None:
    invited = invitation(live_server.url)
    page.goto(invited.url)
    page.get_by_label("I consent").press("Space")
    page.get_by_role("button", name="Start").press("Enter")
    wait_saved(page)
    first = page.locator("[data-item]:visible")
    expect(first.get_by_role("heading", level=2)).to_contain_text("1.")

    for _ in range(13):
        item = page.locator("[data-item]:visible")
        kind = item.get_attribute("data-type")
        if kind == "best_worst":
            item.get_by_role("group", name=re.compile("^Best response")).get_by_role("radio").first.press(
                "Space"
            )
            worst = item.get_by_role("group", name=re.compile("^Worst response")).get_by_role("radio")
            worst.first.press("ArrowDown")  # arrow keys move within a radio group and pick
        elif kind == "multi_select":
            item.get_by_role("checkbox").first.press("Space")
        elif kind == "ordered_steps":
            item.get_by_label("Step 1", exact=True).press_sequentially("Check Wi-Fi is on")
            item.get_by_label("Step 2", exact=True).press_sequentially("Reconnect")
            item.get_by_role("button", name="Move step 2 up").press("Enter")
        else:
            item.get_by_role("textbox").press_sequentially("I would ask what the error says.")
        next_button = item.get_by_role("button", name="Next question")
        if next_button.count():
            next_button.press("Enter")
            # Moving on puts the keyboard focus on the next question's heading.
            expect(page.locator("[data-item]:visible h2")).to_be_focused()

    page.locator("[data-item]:visible").get_by_role("button", name="Review and submit").press("Enter")
    expect(page.locator("[data-review]")).to_contain_text("You have answered all 13 questions.")
    wait_saved(page)
    page.get_by_role("button", name="Submit assessment").press("Enter")
    expect(page.get_by_role("heading", name="Your assessment has been submitted")).to_be_visible()
    attempt = invited.refreshed()
    assert attempt.status == Attempt.Status.SUBMITTED
    answers = dict(Response.objects.filter(attempt=attempt).values_list("item_slug", "answer"))
    assert answers["tech-wifi-first-step"] == "1. Reconnect\n2. Check Wi-Fi is on"
    assert answers["sjt-angry-customer"] == {"best": "a", "worst": "b"}


def test_the_pages_are_usable_at_320_pixels(context: BrowserContext, live_server: Any) -> None:
    invited = invitation(live_server.url)
    page = context.new_page()
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(invited.url)
    assert wider_than(page, 320) == []
    page.get_by_label("I consent").check()
    page.get_by_role("button", name="Start").click()
    expect(page.get_by_role("link", name="Review and submit")).to_be_visible()
    assert wider_than(page, 320) == []
    go_to(page, 11, "Laptop will not connect to Wi-Fi")
    assert wider_than(page, 320) == []
    expect(panel(page, "tech-wifi-first-step").get_by_role("button", name="Move step 1 down")).to_be_visible()
