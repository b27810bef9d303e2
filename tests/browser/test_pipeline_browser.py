"""A recruiter runs a pipeline in Chromium, as a new recruiter would: signs in, creates a pipeline from the
Technical Support Specialist playbook, imports a CSV with one bad row, invites, and watches the candidate
(in a second browser context, from the emailed link) move to started and then submitted."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core import mail
from playwright.sync_api import Browser, FilePayload, Page, expect

from accounts.models import Role
from accounts.tests.factories import DEFAULT_TEST_PASSWORD, MembershipFactory, OrganizationFactory
from assessments.services import playbook_files_load
from config.celery import app as celery_app
from tests.candidates.conftest import PLAYBOOK_DIRECTORY

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CSV = (
    "name;email\n"
    "Ada Lovelace;ada@example.org\n"
    "Bob Broken;bob-at-example.org\n"
    "Grace Hopper;grace@example.org\n"
)
LINK = re.compile(r"https?://[^\s\"<>]+/a/[A-Za-z0-9_\-]+/")


@pytest.fixture
def scoring_sends(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Scoring is asked for by name on submission; counted here instead of published (no worker runs)."""
    sent: list[Any] = []

    def send_task(name: str, args: Any = None, kwargs: Any = None, **options: Any) -> None:
        sent.append((name, list(args or [])))

    monkeypatch.setattr(celery_app, "send_task", send_task)
    return sent


@pytest.fixture
def recruiter_email(live_server: Any, settings: Any) -> str:
    settings.SITE_URL = live_server.url  # emailed links point at the site: here, the test's live server
    playbook_files_load(paths=[PLAYBOOK_DIRECTORY])
    organization = OrganizationFactory.create(name="Northwind Support", slug="northwind")
    membership = MembershipFactory.create(
        organization=organization,
        role=Role.RECRUITER,
        user__email="rita@northwind.example",
        user__full_name="Rita Recruiter",
    )
    return str(membership.user.email)


def _invitation_link(to: str) -> str:
    message = next(message for message in mail.outbox if message.to == [to])
    found = LINK.search(str(message.body))
    assert found is not None, message.body
    return found.group(0)


def _stage_of(page: Page, email: str) -> Any:
    return page.get_by_test_id(f"application-{email}").get_by_test_id("stage")


def test_a_recruiter_creates_imports_invites_and_watches_the_candidate(
    page: Page, browser: Browser, live_server: Any, recruiter_email: str, scoring_sends: list[Any]
) -> None:
    base = live_server.url
    page.goto(f"{base}/login/")
    page.get_by_label("Email address").fill(recruiter_email)
    page.get_by_label("Password").fill(DEFAULT_TEST_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_test_id("role-badge")).to_have_text("Recruiter")

    # Create the pipeline from the playbook, its default assessment ticked, the estimate within the limit.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Pipelines").click()
    page.get_by_role("link", name="New pipeline").click()
    page.get_by_label("Technical Support Specialist").check()
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("Pipeline name").fill("Support Specialist, Lisbon")
    estimate = page.locator("[data-estimate]")
    expect(estimate).to_contain_text("of 30 minutes")
    expect(page.locator("[data-estimate-warning]")).to_be_hidden()
    expect(page.get_by_role("button", name="Update the estimate")).to_be_hidden()  # the script keeps it live
    page.get_by_role("button", name="Create the pipeline").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Support Specialist, Lisbon")

    # Import a CSV with one bad row: it is listed with its reason; confirming imports the two others.
    page.get_by_role("link", name="Import a CSV", exact=True).click()
    page.get_by_label("CSV file").set_input_files(
        files=FilePayload(name="candidates.csv", mimeType="text/csv", buffer=CSV.encode("utf-8"))
    )
    page.get_by_role("button", name="Preview the import").click()
    problems = page.get_by_test_id("csv-problems")
    expect(problems).to_contain_text("bob-at-example.org")
    expect(problems).to_contain_text("is not a valid email address")
    expect(problems.locator("tbody tr")).to_have_count(1)
    expect(page.get_by_test_id("csv-rows").locator("tbody tr")).to_have_count(2)
    page.get_by_role("button", name="Import 2 candidates").click()
    expect(page.get_by_text("2 candidates imported. 1 row was not imported")).to_be_visible()
    expect(page.get_by_test_id("count-added")).to_have_text("2")

    # Invite everyone not yet invited.
    page.get_by_role("button", name="Invite all not yet invited (2)").click()
    expect(page.get_by_text("2 invitations sent.")).to_be_visible()
    expect(_stage_of(page, "ada@example.org")).to_have_text("Invited")
    link = _invitation_link("ada@example.org")

    # The candidate, in a browser of their own, opens the emailed link and starts.
    candidate_context = browser.new_context(viewport={"width": 1280, "height": 800})
    try:
        candidate = candidate_context.new_page()
        candidate.goto(link)
        candidate.get_by_label("I consent").check()
        candidate.get_by_role("button", name="Start").click()
        expect(candidate.get_by_role("link", name="Review and submit")).to_be_visible()

        page.reload()
        expect(_stage_of(page, "ada@example.org")).to_have_text("Started")
        expect(_stage_of(page, "grace@example.org")).to_have_text("Invited")

        candidate.get_by_role("link", name="Review and submit").click()
        candidate.get_by_role("button", name="Submit assessment").click()
        expect(candidate.get_by_role("heading", name="Your assessment has been submitted")).to_be_visible()
    finally:
        candidate_context.close()

    page.reload()
    expect(_stage_of(page, "ada@example.org")).to_have_text("Submitted")
    expect(page.get_by_test_id("count-submitted")).to_have_text("1")
    assert [name for name, _args in scoring_sends] == ["rubrics.score_submitted"]

    # The candidate's page: the pipeline, and the timeline with the invitation email sent.
    page.get_by_role("link", name="Ada Lovelace").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ada Lovelace")
    expect(page.get_by_test_id("email-status").first).to_have_text("Sent")
    expect(page.get_by_text("Moved from started to submitted by the assessment")).to_be_visible()


def test_the_recruiter_pages_pass_axe_and_fit_a_320px_screen(
    browser: Browser, live_server: Any, recruiter_email: str
) -> None:
    from tests.candidate.browser import serious_accessibility_violations, wider_than

    context = browser.new_context(viewport={"width": 320, "height": 640})
    try:
        page = context.new_page()
        page.goto(f"{live_server.url}/login/")
        page.get_by_label("Email address").fill(recruiter_email)
        page.get_by_label("Password").fill(DEFAULT_TEST_PASSWORD)
        page.get_by_label("Password").press("Enter")
        expect(page.get_by_test_id("role-badge")).to_have_text("Recruiter")

        page.goto(f"{live_server.url}/pipelines/new/?playbook=technical-support-specialist")
        # Keyboard only: tick one more item with the space bar, and the estimate follows.
        estimate = page.locator("[data-estimate-text]")
        before = estimate.inner_text()
        page.locator("input[name=items]:not(:checked)").first.focus()
        page.keyboard.press("Space")
        expect(estimate).not_to_have_text(before)
        pages = {"pipeline form": page.url}
        page.get_by_label("Pipeline name").fill("Night shift support")
        page.get_by_role("button", name="Create the pipeline").press("Enter")
        expect(page.get_by_role("heading", level=1)).to_have_text("Night shift support")
        pipeline_url = page.url
        page.get_by_role("link", name="Import a CSV", exact=True).click()
        page.get_by_label("CSV file").set_input_files(
            files=FilePayload(name="candidates.csv", mimeType="text/csv", buffer=CSV.encode("utf-8"))
        )
        page.get_by_role("button", name="Preview the import").click()
        expect(page.get_by_test_id("csv-problems")).to_be_visible()
        pages["import preview"] = page.url
        assert wider_than(page, 320) == [], "import preview"
        assert serious_accessibility_violations(page) == [], "import preview"
        page.get_by_role("button", name="Import 2 candidates").click()
        pages.update(pipeline=pipeline_url, pipelines=f"{live_server.url}/pipelines/")

        for name, url in pages.items():
            page.goto(url)
            assert wider_than(page, 320) == [], name
            assert serious_accessibility_violations(page) == [], name
        page.goto(pipeline_url)
        page.get_by_role("link", name="Ada Lovelace").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Ada Lovelace")
        assert wider_than(page, 320) == [], "candidate page"
        assert serious_accessibility_violations(page) == [], "candidate page"
    finally:
        context.close()
