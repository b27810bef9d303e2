"""Two interviewers and a hiring manager in separate Chromium sessions, each signed in through the login
page: the first files a scorecard (after being told what is missing); the second cannot read it until
their own is in, their draft autosaves, and after submitting they see both; the hiring manager sees both
scorecards and the disagreement flag."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone
from playwright.sync_api import Browser, BrowserContext, Page, expect

from accounts.models import Role
from accounts.tests.factories import DEFAULT_TEST_PASSWORD, MembershipFactory, OrganizationFactory
from assessments.services import playbook_files_load
from candidates.services import candidate_add
from candidates.tests.factories import pipeline_for
from interviews.tests.factories import interview_for
from tests.candidates.conftest import PLAYBOOK_DIRECTORY

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

QUESTIONS = 7


@dataclass
class Setup:
    interviewer_a: str
    interviewer_b: str
    manager: str
    interview_id: int
    application_id: int


@pytest.fixture
def setup(live_server: Any, settings: Any) -> Setup:
    settings.SITE_URL = live_server.url
    playbook_files_load(paths=[PLAYBOOK_DIRECTORY])
    organization = OrganizationFactory.create(name="Northwind Support", slug="northwind")
    recruiter = MembershipFactory.create(organization=organization, role=Role.RECRUITER)
    manager = MembershipFactory.create(
        organization=organization,
        role=Role.HIRING_MANAGER,
        user__email="max@northwind.example",
        user__full_name="Max Manager",
    )
    first = MembershipFactory.create(
        organization=organization,
        role=Role.INTERVIEWER,
        user__email="ivan@northwind.example",
        user__full_name="Ivan First",
    )
    second = MembershipFactory.create(
        organization=organization,
        role=Role.INTERVIEWER,
        user__email="bea@northwind.example",
        user__full_name="Bea Second",
    )
    pipeline = pipeline_for(
        recruiter=recruiter, hiring_manager_ids=[manager.pk], interviewer_ids=[first.pk, second.pk]
    )
    application = candidate_add(
        pipeline=pipeline, name="Casey Candidate", email="casey@example.org", added_by=recruiter.user
    )
    interview = interview_for(
        application=application,
        scheduled_by=recruiter,
        interviewers=[first, second],
        starts_at=timezone.now() - timedelta(hours=1),
        time_zone="Europe/Berlin",
    )
    return Setup(
        interviewer_a=str(first.user.email),
        interviewer_b=str(second.user.email),
        manager=str(manager.user.email),
        interview_id=interview.pk,
        application_id=application.pk,
    )


@pytest.fixture
def contexts(browser: Browser) -> Iterator[list[BrowserContext]]:
    """One browser context per person (their own cookies), closed after the test."""
    opened: list[BrowserContext] = []
    yield opened
    for context in opened:
        context.close()


def _signed_in(browser: Browser, contexts: list[BrowserContext], base: str, email: str) -> Page:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    contexts.append(context)
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.goto(f"{base}/login/")
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password").fill(DEFAULT_TEST_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_test_id("role-badge")).to_be_visible()
    return page


def _rate_all(page: Page, rating: int, recommendation: str) -> None:
    for number in range(1, QUESTIONS + 1):
        page.get_by_role("group", name=f"Rating for question {number}").get_by_label(
            str(rating), exact=True
        ).check()
    page.get_by_role("group", name="Overall recommendation").get_by_label(recommendation, exact=True).check()


def test_two_interviewers_file_independently_and_the_hiring_manager_sees_the_disagreement(
    browser: Browser, contexts: list[BrowserContext], live_server: Any, setup: Setup
) -> None:
    base = live_server.url

    # The first interviewer finds the interview on their dashboard, learns what is missing, then submits.
    first = _signed_in(browser, contexts, base, setup.interviewer_a)
    panel = first.get_by_test_id("upcoming-interviews")
    expect(panel).to_contain_text("Casey Candidate")
    panel.get_by_role("link", name="Casey Candidate").click()
    expect(first.get_by_test_id("interview-time")).to_contain_text("Europe/Berlin")
    expect(first.get_by_test_id("interview-time")).to_contain_text("your time:")  # the browser's own zone
    expect(first.get_by_test_id("scorecard-question")).to_have_count(QUESTIONS)
    first.get_by_role("button", name="Submit scorecard").click()
    summary = first.get_by_test_id("error-summary")
    expect(summary).to_contain_text("Rate question 1 from 1 to 5.")
    expect(summary).to_contain_text("Choose your overall recommendation")
    _rate_all(first, 5, "Strong yes")
    first.get_by_label("Summary (optional)").fill("Ivan thinks Casey is excellent")
    first.get_by_role("button", name="Submit scorecard").click()
    expect(first.get_by_test_id("scorecard-locked")).to_be_visible()

    # The second interviewer cannot read it yet; their draft autosaves and survives a reload.
    second = _signed_in(browser, contexts, base, setup.interviewer_b)
    second.goto(f"{base}/interviews/{setup.interview_id}/")
    expect(second.get_by_test_id("scorecards-withheld")).to_be_visible()
    expect(second.get_by_text("Ivan thinks Casey is excellent")).to_have_count(0)
    second.get_by_label("Notes for question 1").fill("Blamed the user twice")
    second.get_by_label("Notes for question 2").focus()  # leaving the field saves the draft
    expect(second.locator("[data-autosave-status]")).to_contain_text("Draft saved")
    second.reload()
    expect(second.get_by_label("Notes for question 1")).to_have_value("Blamed the user twice")
    expect(second.get_by_text("Ivan thinks Casey is excellent")).to_have_count(0)
    _rate_all(second, 2, "No")
    second.get_by_role("button", name="Submit scorecard").click()
    expect(second.get_by_test_id("scorecard-locked")).to_be_visible()
    report = second.get_by_test_id("interview-report")
    expect(report).to_contain_text("Ivan First")
    second.get_by_text("Ivan First: Strong yes").click()
    expect(second.get_by_text("Ivan thinks Casey is excellent")).to_be_visible()

    # The hiring manager sees both scorecards and the disagreement.
    manager = _signed_in(browser, contexts, base, setup.manager)
    manager.goto(f"{base}/interviews/applications/{setup.application_id}/")
    report = manager.get_by_test_id("interview-report")
    expect(report).to_contain_text("2 scorecards submitted")
    expect(report.get_by_text("Ivan First: Strong yes")).to_be_visible()
    expect(report.get_by_text("Bea Second: No")).to_be_visible()
    expect(manager.get_by_test_id("disagreement-summary")).to_contain_text("Interviewers disagree")
    expect(report.get_by_test_id("disagreement-flag").first).to_be_visible()
