"""The results page, the candidate report, comparison, decisions, blind review and the exports."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.models import Membership
from audit.models import AuditEvent
from candidates.models import Application, Pipeline, Stage
from candidates.services import pipeline_blind_review_set
from candidates.tests.factories import ApplicationFactory
from reports.exports import csv_cell
from tests.candidates.conftest import client_for
from tests.reports.scoring import (
    HOSTILE_ANSWER,
    model_answers,
    partial_answers,
    scored_application,
    text_item_slug,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def strong(pipeline: Pipeline, recruiter: Membership, django_capture_on_commit_callbacks: Any) -> Application:
    answers = model_answers(pipeline)
    answers[text_item_slug(pipeline)] = HOSTILE_ANSWER
    return scored_application(
        pipeline=pipeline, added_by=recruiter.user, name="Stella Strong", email="stella@example.org",
        answers=answers, capture=django_capture_on_commit_callbacks,
    )  # fmt: skip


@pytest.fixture
def weak(pipeline: Pipeline, recruiter: Membership, django_capture_on_commit_callbacks: Any) -> Application:
    return scored_application(
        pipeline=pipeline, added_by=recruiter.user, name="=cmd|' /C calc'!A0", email="weak@example.org",
        answers=partial_answers(pipeline, 2), capture=django_capture_on_commit_callbacks,
    )  # fmt: skip


def test_scoring_fills_the_rows_the_results_page_reads(strong: Application) -> None:
    assert strong.score_overall is not None
    assert strong.competency_ratings and all(1 <= value <= 5 for value in strong.competency_ratings.values())
    assert set(strong.item_scores) == set(strong.pipeline.item_slugs)
    assert strong.time_taken_seconds is not None
    assert strong.blind_number == 1


def test_results_rank_by_overall_with_a_distribution_chart(
    manager: Membership, strong: Application, weak: Application
) -> None:
    response = client_for(manager).get(reverse("reports:pipeline_results", args=[strong.pipeline_id]))
    assert response.status_code == 200
    body = response.content.decode()
    assert body.index("Stella Strong") < body.index("weak@example.org")
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img"' in body
    assert '<title id="score-distribution-title">Overall scores of 2 candidates' in body
    # Filtered to strong recommendations only, the weak candidate is gone.
    filtered = client_for(manager).get(
        reverse("reports:pipeline_results", args=[strong.pipeline_id]),
        {"min": "90"},
    )
    assert "weak@example.org" not in filtered.content.decode()


def test_an_interviewer_never_sees_the_ranking(interviewer: Membership, strong: Application) -> None:
    response = client_for(interviewer).get(reverse("reports:pipeline_results", args=[strong.pipeline_id]))
    assert response.status_code == 403


def test_the_report_escapes_the_answer_and_marks_evidence(manager: Membership, strong: Application) -> None:
    response = client_for(manager).get(reverse("reports:application_report", args=[strong.pk]))
    assert response.status_code == 200
    body = response.content.decode()
    assert "<script>document.title" not in body
    assert "&lt;script&gt;document.title=&quot;pwned&quot;&lt;/script&gt;&lt;b&gt;Bold?&lt;/b&gt;" in body
    assert '<mark class="evidence' in body
    assert "Model answer" in body
    assert "Audit timeline" in body
    assert AuditEvent.objects.filter(action="report.viewed", target_id=str(strong.pk)).exists()


def test_the_report_quotes_a_wrong_diagnosis_the_item_rules_out(
    pipeline: Pipeline, recruiter: Membership, manager: Membership, django_capture_on_commit_callbacks: Any
) -> None:
    answers = model_answers(pipeline)
    assert "detail-bounced-email" in answers
    answers["detail-bounced-email"] = "The customer's mailbox is full, so I'd wait a day and resend."
    application = scored_application(
        pipeline=pipeline, added_by=recruiter.user, name="Wendy Wrong", email="wendy@example.org",
        answers=answers, capture=django_capture_on_commit_callbacks,
    )  # fmt: skip

    body = client_for(manager).get(reverse("reports:application_report", args=[application.pk])).content
    missed = body.decode().split('<ul class="criteria criteria--missed">')
    assert any(
        "Does not blame a full mailbox" in part and "<q>mailbox is full</q>" in part and "at most 0.2" in part
        for part in missed[1:]
    )
    assert "(0 of 0)" not in body.decode()


def test_a_reject_decision_is_recorded_audited_and_moves_the_stage(
    manager: Membership, strong: Application
) -> None:
    client = client_for(manager)
    response = client.post(
        reverse("reports:decision", args=[strong.pk]), {"outcome": "reject", "reason": "Not the right fit."}
    )
    assert response.status_code == 302
    strong.refresh_from_db()
    assert strong.stage == Stage.REJECTED
    assert strong.stage_reason == "Not the right fit."
    event = AuditEvent.objects.get(action="report.decision_recorded", target_id=str(strong.pk))
    assert event.data["outcome"] == "reject"
    page = client.get(reverse("reports:application_report", args=[strong.pk])).content.decode()
    assert "Not the right fit." in page


def test_a_decision_needs_a_reason(manager: Membership, strong: Application) -> None:
    client_for(manager).post(
        reverse("reports:decision", args=[strong.pk]), {"outcome": "advance", "reason": " "}
    )
    strong.refresh_from_db()
    assert strong.stage == Stage.SCORED
    assert not AuditEvent.objects.filter(action="report.decision_recorded").exists()


def test_blind_review_hides_names_from_reviewers_until_a_decision(
    manager: Membership, recruiter: Membership, strong: Application, weak: Application
) -> None:
    pipeline_blind_review_set(pipeline=strong.pipeline, enabled=True, changed_by=recruiter.user)
    results = reverse("reports:pipeline_results", args=[strong.pipeline_id])
    report = reverse("reports:application_report", args=[strong.pk])
    csv_url = reverse("reports:results_csv", args=[strong.pipeline_id])
    compare = reverse("reports:compare", args=[strong.pipeline_id]) + f"?a={strong.pk}&a={weak.pk}"
    reviewer = client_for(manager)
    for url in (results, report, csv_url, compare):
        body = reviewer.get(url).content.decode()
        assert "Stella" not in body and "stella@example.org" not in body, url
    assert f"Candidate {strong.blind_number}" in reviewer.get(results).content.decode()
    # The recruiter still sees names.
    assert "Stella Strong" in client_for(recruiter).get(results).content.decode()
    # Once a decision is recorded, the reviewer sees who it was.
    reviewer.post(
        reverse("reports:decision", args=[strong.pk]), {"outcome": "hold", "reason": "Wait for more."}
    )
    assert "Stella Strong" in reviewer.get(report).content.decode()


def test_compare_shows_competencies_and_items_side_by_side(
    manager: Membership, strong: Application, weak: Application
) -> None:
    url = reverse("reports:compare", args=[strong.pipeline_id])
    response = client_for(manager).get(url, {"a": [strong.pk, weak.pk]})
    assert response.status_code == 200
    body = response.content.decode()
    assert "By competency" in body and "By item" in body
    assert body.count("of 5") >= 2
    assert client_for(manager).get(url, {"a": [strong.pk]}).status_code == 400


def test_the_csv_has_every_scored_candidate_and_neutralises_formulas(
    manager: Membership, strong: Application, weak: Application
) -> None:
    response = client_for(manager).get(reverse("reports:results_csv", args=[strong.pipeline_id]))
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][:4] == ["Rank", "Candidate", "Email", "Overall"]
    names = [row[1] for row in rows[1:]]
    assert names == ["Stella Strong", "'=cmd|' /C calc'!A0"]
    assert AuditEvent.objects.filter(action="report.results_csv_exported").count() == 1


@pytest.mark.parametrize(
    ("value", "expected"),
    [("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@SUM(A1)", "'@SUM(A1)"), ("Ann", "Ann"), (3.5, 3.5)],
)
def test_csv_cells_never_start_a_formula(value: Any, expected: Any) -> None:
    assert csv_cell(value) == expected


def test_the_pdf_is_a_pdf_of_the_report_and_is_audited(manager: Membership, strong: Application) -> None:
    from pypdf import PdfReader

    response = client_for(manager).get(reverse("reports:application_report_pdf", args=[strong.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "Stella Strong" in text
    assert "<script>document.title" in text  # as text, the way the candidate wrote it
    assert AuditEvent.objects.filter(action="report.pdf_exported", target_id=str(strong.pk)).exists()


def test_item_statistics_appear_from_five_scored_attempts(
    manager: Membership, pipeline: Pipeline, recruiter: Membership, django_capture_on_commit_callbacks: Any
) -> None:
    url = reverse("reports:item_statistics", args=[pipeline.pk])
    for number in range(5):
        if number == 4:
            assert "need at least 5 scored attempts" in client_for(manager).get(url).content.decode()
        scored_application(
            pipeline=pipeline, added_by=recruiter.user, name=f"Candidate {number}",
            email=f"c{number}@example.org",
            answers=partial_answers(pipeline, 2 + 2 * number), capture=django_capture_on_commit_callbacks,
        )  # fmt: skip
    body = client_for(manager).get(url).content.decode()
    assert "Facility" in body and "Discrimination" in body
    assert "need at least" not in body


def _bulk_scored(pipeline: Pipeline, count: int) -> None:
    ratings = dict.fromkeys(("customer-empathy", "troubleshooting"), 3)
    ApplicationFactory.create_batch(
        count,
        pipeline=pipeline,
        stage=Stage.SCORED,
        score_overall=70.0,
        score_recommendation="advance",
        red_flag_codes=["some-flag"],
        red_flag_count=1,
        competency_ratings=ratings,
        item_scores=dict.fromkeys(pipeline.item_slugs, 0.5),
        time_taken_seconds=1500,
        integrity_summary={
            "focus_lost_count": 1,
            "focus_lost_seconds": 4,
            "paste_count": 0,
            "paste_chars": 0,
        },
    )


def _queries(client: Any, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


def test_the_results_page_runs_the_same_queries_for_10_or_1000_candidates(
    manager: Membership, pipeline: Pipeline, django_assert_num_queries: Any
) -> None:
    client = client_for(manager)
    url = reverse("reports:pipeline_results", args=[pipeline.pk])
    _bulk_scored(pipeline, 10)
    small = _queries(client, url)
    _bulk_scored(pipeline, 990)
    with django_assert_num_queries(small):
        assert client.get(url).status_code == 200


def test_without_weasyprint_the_pdf_link_explains_what_to_install(
    manager: Membership, strong: Application, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "weasyprint", None)  # what a server without the package looks like
    response = client_for(manager).get(reverse("reports:application_report_pdf", args=[strong.pk]))
    assert response.status_code == 503
    body = response.content.decode()
    assert "The PDF cannot be made on this server" in body and "libpango-1.0-0" in body
    assert not AuditEvent.objects.filter(action="report.pdf_exported").exists()
