"""The interviews section of the candidate report: independence, competencies beside the assessment's,
disagreement, joined red flags; and who sees which interview at all."""

from __future__ import annotations

from typing import Any

import pytest
from django.http import Http404

from accounts.models import Membership, Role
from accounts.tests.factories import MembershipFactory, OrganizationFactory
from assessments.services import attempt_start, attempt_submit, response_save
from candidates.models import Application, Pipeline
from candidates.services import invitations_send
from interviews.selectors import (
    interview_application_get_or_404,
    interview_get_or_404,
    interview_report_section,
    scorecard_get_or_404,
)
from interviews.services import scorecard_draft_save, scorecard_submit
from interviews.tests.factories import interview_for, scorecard_input
from rubrics.services import score_report_for_attempt

pytestmark = pytest.mark.django_db


@pytest.fixture
def interview(
    application: Application, recruiter: Membership, interviewer: Membership, interviewer_b: Membership
) -> Any:
    return interview_for(
        application=application, scheduled_by=recruiter, interviewers=[interviewer, interviewer_b]
    )


def _scored(application: Application, recruiter: Membership, answer: str, capture: Any) -> None:
    with capture(execute=True):
        invitations_send(
            pipeline=application.pipeline, sent_by=recruiter.user, application_ids=[application.pk]
        )
    application.refresh_from_db()
    attempt = application.attempt
    assert attempt is not None
    attempt_start(attempt_id=attempt.pk)
    response_save(attempt_id=attempt.pk, item_slug="writing-angry-customer-email", answer=answer, seq=1)
    attempt_submit(attempt_id=attempt.pk)
    assert score_report_for_attempt(attempt_id=attempt.pk) is not None
    application.refresh_from_db()


def test_an_interviewer_reads_the_others_scorecards_only_after_submitting_theirs(
    interview: Any,
    application: Application,
    interviewer: Membership,
    interviewer_b: Membership,
    pipeline: Pipeline,
) -> None:
    first = scorecard_submit(
        interview=interview,
        membership=interviewer,
        data=scorecard_input(pipeline=pipeline, default=5, summary="First's private view"),
    )
    scorecard_draft_save(
        interview=interview, membership=interviewer_b, data=scorecard_input(pipeline=pipeline)
    )

    before = interview_report_section(application=application, membership=interviewer_b)
    assert before is not None and before["withheld"] is True
    assert before["scorecards"] == [] and before["competencies"] == []
    assert "First's private view" not in repr(before)
    with pytest.raises(Http404):
        scorecard_get_or_404(membership=interviewer_b, scorecard_id=first.pk)

    scorecard_submit(
        interview=interview, membership=interviewer_b, data=scorecard_input(pipeline=pipeline, default=2)
    )
    after = interview_report_section(application=application, membership=interviewer_b)
    assert after is not None and after["withheld"] is False
    assert {card["interviewer"] for card in after["scorecards"]} == {"Ivan Interviewer", "Bea Interviewer"}
    assert scorecard_get_or_404(membership=interviewer_b, scorecard_id=first.pk) == first


def test_a_draft_is_read_by_no_one_but_its_author(
    interview: Any, application: Application, interviewer: Membership, manager: Membership, pipeline: Pipeline
) -> None:
    draft = scorecard_draft_save(
        interview=interview, membership=interviewer, data=scorecard_input(pipeline=pipeline)
    )
    section = interview_report_section(application=application, membership=manager)
    assert section is not None and section["submitted_count"] == 0 and section["scorecards"] == []
    with pytest.raises(Http404):
        scorecard_get_or_404(membership=manager, scorecard_id=draft.pk)


def test_the_hiring_manager_sees_competencies_beside_the_assessment_with_disagreement_and_joined_red_flags(
    application: Application,
    recruiter: Membership,
    interviewer: Membership,
    interviewer_b: Membership,
    manager: Membership,
    pipeline: Pipeline,
    django_capture_on_commit_callbacks: Any,
) -> None:
    _scored(
        application,
        recruiter,
        "That is user error, I would tell them to read the manual.",
        django_capture_on_commit_callbacks,
    )
    interview = interview_for(
        application=application, scheduled_by=recruiter, interviewers=[interviewer, interviewer_b]
    )
    scorecard_submit(
        interview=interview,
        membership=interviewer,
        data=scorecard_input(
            pipeline=pipeline, default=5, red_flags={"rudeness": "Mocked a user's question"}
        ),
    )
    scorecard_submit(
        interview=interview,
        membership=interviewer_b,
        data=scorecard_input(pipeline=pipeline, default=2, recommendation="no"),
    )
    section = interview_report_section(application=application, membership=manager)
    assert section is not None and section["withheld"] is False
    rows = {row["slug"]: row for row in section["competencies"]}
    empathy = rows["customer-empathy"]
    assert empathy["interview"] == 3.5
    assert sorted(entry["rating"] for entry in empathy["ratings"]) == [2, 5]
    assert empathy["disagreement"] is True and empathy["spread"] == 3
    assert section["disagreement_count"] == sum(1 for row in rows.values() if row["ratings"])
    assessed = [row for row in rows.values() if row["assessment"] is not None]
    assert assessed, "the assessment's competency ratings sit beside the interviews'"
    flags = {flag["code"]: flag for flag in section["red_flags"]}
    kinds = {source["kind"] for source in flags["rudeness"]["sources"]}
    assert kinds == {"assessment", "interview"}
    counts = {entry["value"]: entry["count"] for entry in section["recommendations"]}
    assert counts == {"strong_no": 0, "no": 1, "yes": 1, "strong_yes": 0}


def test_interviewers_one_apart_raise_no_disagreement(
    interview: Any,
    application: Application,
    interviewer: Membership,
    interviewer_b: Membership,
    manager: Membership,
    pipeline: Pipeline,
) -> None:
    scorecard_submit(
        interview=interview, membership=interviewer, data=scorecard_input(pipeline=pipeline, default=4)
    )
    scorecard_submit(
        interview=interview, membership=interviewer_b, data=scorecard_input(pipeline=pipeline, default=3)
    )
    section = interview_report_section(application=application, membership=manager)
    assert section is not None and section["disagreement_count"] == 0


def test_no_section_without_an_interview(application: Application, manager: Membership) -> None:
    assert interview_report_section(application=application, membership=manager) is None


def test_interviewers_see_only_their_interviews_and_other_organizations_nothing(
    interview: Any, application: Application, organization: Any, pipeline: Pipeline
) -> None:
    outsider = MembershipFactory.create(organization=organization, role=Role.INTERVIEWER)
    with pytest.raises(Http404):
        interview_get_or_404(membership=outsider, interview_id=interview.pk)
    with pytest.raises(Http404):
        interview_application_get_or_404(membership=outsider, application_id=application.pk)
    other_admin = MembershipFactory.create(organization=OrganizationFactory.create(), role=Role.ADMIN)
    with pytest.raises(Http404):
        interview_get_or_404(membership=other_admin, interview_id=interview.pk)
    assert interview_report_section(application=application, membership=other_admin) is None
