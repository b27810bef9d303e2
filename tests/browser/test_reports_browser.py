"""A hiring manager reads a scored pipeline in Chromium: the ranking, a report (with an answer full of HTML
and a script that must stay text), the comparison, a decision, and the CSV and PDF downloads."""

from __future__ import annotations

import contextlib
import csv
import io
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from accounts.models import Role
from accounts.tests.factories import DEFAULT_TEST_PASSWORD, MembershipFactory, OrganizationFactory
from assessments.services import playbook_files_load
from candidates.tests.factories import pipeline_for
from config.celery import app as celery_app
from tests.candidate.browser import serious_accessibility_violations
from tests.candidates.conftest import PLAYBOOK_DIRECTORY
from tests.reports.scoring import (
    HOSTILE_ANSWER,
    model_answers,
    partial_answers,
    scored_application,
    text_item_slug,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _no_capture(*, execute: bool) -> Any:
    return contextlib.nullcontext()  # outside a test transaction on_commit callbacks run at once


@pytest.fixture
def scored_pipeline(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    monkeypatch.setattr(celery_app, "send_task", lambda *args, **kwargs: None)  # scoring is run directly
    playbook_files_load(paths=[PLAYBOOK_DIRECTORY])
    organization = OrganizationFactory.create(name="Northwind Support", slug="northwind")
    recruiter = MembershipFactory.create(organization=organization, role=Role.RECRUITER)
    manager = MembershipFactory.create(
        organization=organization, role=Role.HIRING_MANAGER, user__email="max@northwind.example",
        user__full_name="Max Manager",
    )  # fmt: skip
    pipeline = pipeline_for(recruiter=recruiter, name="Support, Lisbon", hiring_manager_ids=[manager.pk])
    answers = model_answers(pipeline)
    answers[text_item_slug(pipeline)] = HOSTILE_ANSWER
    strong = scored_application(
        pipeline=pipeline, added_by=recruiter.user, name="Stella Strong", email="stella@example.org",
        answers=answers, capture=_no_capture,
    )  # fmt: skip
    weak = scored_application(
        pipeline=pipeline, added_by=recruiter.user, name="Walter Weak", email="walter@example.org",
        answers=partial_answers(pipeline, 3), capture=_no_capture,
    )  # fmt: skip
    return {"pipeline": pipeline, "strong": strong, "weak": weak, "manager_email": manager.user.email}


def test_a_hiring_manager_ranks_reads_compares_decides_and_exports(
    page: Page, live_server: Any, scored_pipeline: dict[str, Any], tmp_path: Path
) -> None:
    base = live_server.url
    pipeline, strong = scored_pipeline["pipeline"], scored_pipeline["strong"]
    page.goto(f"{base}/login/")
    page.get_by_label("Email address").fill(scored_pipeline["manager_email"])
    page.get_by_label("Password").fill(DEFAULT_TEST_PASSWORD)
    page.get_by_role("button", name="Sign in").click()

    # The ranking: the strong candidate first, a chart with a text alternative.
    page.goto(f"{base}/pipelines/{pipeline.pk}/results/")
    table = page.get_by_test_id("results-table")
    expect(table.locator("tbody tr").first).to_contain_text("Stella Strong")
    expect(table.locator("tbody tr")).to_have_count(2)
    expect(
        page.get_by_role("img", name="Overall scores of 2 candidates, in bands of 10 points")
    ).to_be_visible()

    # The report: the hostile answer is text, its script never ran.
    table.get_by_role("link", name="Stella Strong").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Stella Strong")
    expect(page.locator(".answer").filter(has_text='<script>document.title="pwned"</script>')).to_have_count(
        1
    )
    assert page.title() != "pwned"
    expect(page.locator(".answer b")).to_have_count(0)
    expect(page.get_by_test_id("recommendation")).to_contain_text("Why:")
    expect(page.get_by_role("img", name="Competency ratings (1 to 5)")).to_be_visible()
    assert serious_accessibility_violations(page) == []

    # The comparison of both candidates.
    page.goto(f"{base}/pipelines/{pipeline.pk}/results/")
    page.get_by_label("Compare Stella Strong").check()
    page.get_by_label("Compare Walter Weak").check()
    page.get_by_role("button", name="Compare the ticked candidates").click()
    expect(page.get_by_role("heading", name="By competency")).to_be_visible()
    expect(page.get_by_role("heading", name="By item")).to_be_visible()
    expect(page.locator("table.compare-table").first).to_contain_text("Walter Weak")

    # A decision on the report.
    page.goto(f"{base}/reports/applications/{strong.pk}/")
    page.get_by_label("Advance", exact=True).check()
    page.get_by_role("textbox", name="Reason").fill("Clear, calm answers; invite to interview.")
    page.get_by_role("button", name="Record the decision").click()
    expect(page.get_by_test_id("decision")).to_contain_text("Advance")
    expect(page.get_by_test_id("decision")).to_contain_text("Clear, calm answers; invite to interview.")
    expect(page.locator(".report-header .lead")).to_contain_text("Interview")

    # The PDF of the report, read back as text.
    with page.expect_download() as pdf_download:
        page.get_by_role("link", name="Download PDF").click()
    pdf_path = tmp_path / "report.pdf"
    pdf_download.value.save_as(pdf_path)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf_path.read_bytes())).pages)
    assert "Stella Strong" in text
    assert "Decision: Advance" in text
    assert '<script>document.title="pwned"</script>' in text

    # The CSV of the results.
    page.goto(f"{base}/pipelines/{pipeline.pk}/results/")
    with page.expect_download() as csv_download:
        page.get_by_role("link", name="Download CSV").click()
    csv_path = tmp_path / "results.csv"
    csv_download.value.save_as(csv_path)
    rows = list(csv.reader(io.StringIO(csv_path.read_text(encoding="utf-8"))))
    assert [row[1] for row in rows[1:]] == ["Stella Strong", "Walter Weak"]
    assert rows[1][rows[0].index("Decision")] == "Advance"
