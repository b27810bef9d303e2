"""Who may open what in reports, and the report of a rescored attempt."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.urls import reverse

from accounts.models import Membership, Role
from accounts.tests.factories import MembershipFactory, OrganizationFactory
from assessments.services import playbook_files_load
from audit.types import AuditActor
from candidates.models import Application, Pipeline
from candidates.services import pipeline_rescore
from candidates.tests.factories import TSS
from interviews.tests.factories import interview_for
from tests.candidates.conftest import PLAYBOOK_DIRECTORY, client_for
from tests.reports.scoring import model_answers, scored_application

pytestmark = pytest.mark.django_db

SHIPPED_RUBRIC = "      best: a\n      worst: b\n    model_answer: |\n      Best: a. It calms"
CHANGED_RUBRIC = "      best: a\n      worst: e\n    model_answer: |\n      Best: a. It calms"


@pytest.fixture
def scored(pipeline: Pipeline, recruiter: Membership, django_capture_on_commit_callbacks: Any) -> Application:
    return scored_application(
        pipeline=pipeline, added_by=recruiter.user, name="Ada Answer", email="ada@example.org",
        answers=model_answers(pipeline), capture=django_capture_on_commit_callbacks,
    )  # fmt: skip


def _urls(application: Application) -> list[tuple[str, str]]:
    pipeline_id, application_id = application.pipeline_id, application.pk
    return [
        ("get", reverse("reports:pipeline_results", args=[pipeline_id])),
        ("get", reverse("reports:results_csv", args=[pipeline_id])),
        ("get", reverse("reports:compare", args=[pipeline_id]) + f"?a={application_id}&a={application_id}"),
        ("get", reverse("reports:item_statistics", args=[pipeline_id])),
        ("post", reverse("reports:blind_review", args=[pipeline_id])),
        ("get", reverse("reports:application_report", args=[application_id])),
        ("get", reverse("reports:application_report_pdf", args=[application_id])),
        ("post", reverse("reports:decision", args=[application_id])),
    ]


def test_another_organization_gets_404_everywhere(scored: Application) -> None:
    outsider = MembershipFactory.create(organization=OrganizationFactory.create(), role=Role.ADMIN)
    client = client_for(outsider)
    for method, url in _urls(scored):
        response = getattr(client, method)(
            url, {"outcome": "reject", "reason": "x"} if method == "post" else {}
        )
        assert response.status_code == 404, url
    scored.refresh_from_db()
    assert scored.stage == "scored"


def test_an_interviewer_reads_only_the_reports_of_candidates_they_interview(
    interviewer: Membership, manager: Membership, scored: Application
) -> None:
    report = reverse("reports:application_report", args=[scored.pk])
    assert client_for(interviewer).get(report).status_code == 404
    client_for(manager).post(
        reverse("reports:decision", args=[scored.pk]), {"outcome": "advance", "reason": "Go"}
    )
    scored.refresh_from_db()
    assert scored.stage == "interview"
    assert client_for(interviewer).get(report).status_code == 404  # at interview, but not theirs yet
    interview_for(application=scored, scheduled_by=manager, interviewers=[interviewer])
    page = client_for(interviewer).get(report)
    assert page.status_code == 200
    assert "Record a decision" not in page.content.decode()
    assert (
        client_for(interviewer).get(reverse("reports:compare", args=[scored.pipeline_id])).status_code == 403
    )


def test_a_hiring_manager_of_another_pipeline_gets_404(organization: Any, scored: Application) -> None:
    other_manager = MembershipFactory.create(organization=organization, role=Role.HIRING_MANAGER)
    client = client_for(other_manager)
    assert client.get(reverse("reports:pipeline_results", args=[scored.pipeline_id])).status_code == 404
    assert client.get(reverse("reports:application_report", args=[scored.pk])).status_code == 404


def test_a_rescored_report_shows_both_rubric_versions_and_what_changed(
    manager: Membership, recruiter: Membership, scored: Application, tmp_path: Path
) -> None:
    before = scored.score_overall
    text = (PLAYBOOK_DIRECTORY / f"{TSS}.yaml").read_text(encoding="utf-8")
    assert text.count(SHIPPED_RUBRIC) == 1
    changed = tmp_path / f"{TSS}.yaml"
    changed.write_text(text.replace(SHIPPED_RUBRIC, CHANGED_RUBRIC), encoding="utf-8")
    playbook_files_load(paths=[changed])
    pipeline_rescore(pipeline=scored.pipeline, actor=AuditActor.for_user(recruiter.user))
    scored.refresh_from_db()
    assert scored.score_overall is not None and before is not None and scored.score_overall < before

    body = client_for(manager).get(reverse("reports:application_report", args=[scored.pk])).content.decode()
    assert "Rescoring" in body
    assert f"overall {before:.1f} → <strong>{scored.score_overall:.1f}</strong>" in body
    assert "Items whose score or criteria changed" in body
    # Both versions named (shortened hashes).
    assert body.count("Rubric version <code>") == 1 and "→ <code>" in body
    # The ranking reads the new score.
    ranking = client_for(manager).get(reverse("reports:pipeline_results", args=[scored.pipeline_id]))
    assert f"{scored.score_overall:.1f}" in ranking.content.decode()


def test_the_report_shows_the_interview_scorecards_once_there_are_interviews(
    interviewer: Membership, manager: Membership, recruiter: Membership, scored: Application
) -> None:
    from interviews.services import scorecard_submit
    from interviews.tests.factories import interview_for, scorecard_input

    report = reverse("reports:application_report", args=[scored.pk])
    assert 'id="interview-report-' not in client_for(manager).get(report).content.decode()
    client_for(manager).post(
        reverse("reports:decision", args=[scored.pk]), {"outcome": "advance", "reason": "Go"}
    )
    scored.refresh_from_db()
    interview = interview_for(application=scored, scheduled_by=recruiter, interviewers=[interviewer])
    scorecard_submit(
        interview=interview, membership=interviewer, data=scorecard_input(pipeline=scored.pipeline, default=4)
    )
    body = client_for(manager).get(report).content.decode()
    assert f'id="interview-report-{scored.pk}-heading">Interviews</h2>' in body
