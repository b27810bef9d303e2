"""Scorecards: drafts, what a submission needs, locking, amendments as audited versions, the signal."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from accounts.models import Membership
from accounts.types import ApplicationError
from audit.models import AuditEvent
from candidates.models import Application, Pipeline
from interviews.models import Scorecard, ScorecardVersion
from interviews.services import scorecard_amend, scorecard_draft_save, scorecard_submit, scorecard_submitted
from interviews.tests.factories import interview_for, scorecard_input
from interviews.types import QuestionAnswer, ScorecardInput

pytestmark = pytest.mark.django_db


@pytest.fixture
def interview(
    application: Application, recruiter: Membership, interviewer: Membership, interviewer_b: Membership
) -> Any:
    return interview_for(
        application=application, scheduled_by=recruiter, interviewers=[interviewer, interviewer_b]
    )


def test_a_draft_keeps_a_partial_scorecard_without_auditing_it(
    interview: Any, interviewer: Membership
) -> None:
    draft = ScorecardInput(answers={"difficult-user": QuestionAnswer(rating=4, notes="calm")})
    scorecard = scorecard_draft_save(interview=interview, membership=interviewer, data=draft)
    assert scorecard.status == "draft"
    assert scorecard.ratings == {"difficult-user": {"rating": 4, "notes": "calm"}}
    assert scorecard.draft_saved_at is not None
    assert not AuditEvent.objects.filter(action__startswith="scorecard.").exists()


def test_submitting_needs_every_question_rated_a_note_per_red_flag_and_a_recommendation(
    interview: Any, interviewer: Membership
) -> None:
    partial = ScorecardInput(
        answers={"difficult-user": QuestionAnswer(rating=4)}, red_flags={"rudeness": "  "}
    )
    with pytest.raises(ApplicationError) as caught:
        scorecard_submit(interview=interview, membership=interviewer, data=partial)
    problems = caught.value.extra["problems"]
    assert "rating:difficult-user" not in problems
    assert problems["rating:juggling-priorities"] == "Rate question 2 from 1 to 5."
    assert sum(key.startswith("rating:") for key in problems) == 6  # seven questions, one rated
    assert "red_flag:rudeness" in problems
    assert "recommendation" in problems
    assert not Scorecard.objects.filter(status="submitted").exists()


def test_submitting_locks_the_scorecard_and_writes_version_one(
    interview: Any, interviewer: Membership, pipeline: Pipeline
) -> None:
    scorecard = scorecard_submit(
        interview=interview,
        membership=interviewer,
        data=scorecard_input(pipeline=pipeline, red_flags={"rudeness": "Called it user error"}),
    )
    assert scorecard.status == "submitted" and scorecard.version == 1
    version = ScorecardVersion.objects.get(scorecard=scorecard)
    assert version.red_flags == {"rudeness": "Called it user error"}
    with pytest.raises(ApplicationError, match="submitted and locked"):
        scorecard_draft_save(interview=interview, membership=interviewer, data=ScorecardInput())
    with pytest.raises(ApplicationError, match="already submitted"):
        scorecard_submit(interview=interview, membership=interviewer, data=scorecard_input(pipeline=pipeline))
    event = AuditEvent.objects.get(action="scorecard.submitted")
    assert event.data["recommendation"] == "yes" and event.data["red_flags"] == ["rudeness"]


def test_an_amendment_is_a_new_audited_version_and_the_first_stays(
    interview: Any, interviewer: Membership, pipeline: Pipeline
) -> None:
    scorecard = scorecard_submit(
        interview=interview, membership=interviewer, data=scorecard_input(pipeline=pipeline)
    )
    with pytest.raises(ApplicationError, match="Say why"):
        scorecard_amend(
            scorecard=scorecard, membership=interviewer, data=scorecard_input(pipeline=pipeline), reason=" "
        )
    amended = scorecard_amend(
        scorecard=scorecard,
        membership=interviewer,
        data=scorecard_input(pipeline=pipeline, default=4, recommendation="strong_yes"),
        reason="Mixed up two candidates' notes",
    )
    assert amended.version == 2 and amended.recommendation == "strong_yes"
    versions = list(ScorecardVersion.objects.filter(scorecard=scorecard).order_by("number"))
    assert [v.recommendation for v in versions] == ["yes", "strong_yes"]
    assert versions[0].ratings["difficult-user"]["rating"] == 3
    assert versions[1].amendment_reason == "Mixed up two candidates' notes"
    event = AuditEvent.objects.get(action="scorecard.amended")
    assert event.data["version"] == 2 and event.data["previous_recommendation"] == "yes"


def test_only_the_author_amends(
    interview: Any, interviewer: Membership, interviewer_b: Membership, pipeline: Pipeline
) -> None:
    scorecard = scorecard_submit(
        interview=interview, membership=interviewer, data=scorecard_input(pipeline=pipeline)
    )
    with pytest.raises(ApplicationError, match="Only the interviewer"):
        scorecard_amend(
            scorecard=scorecard, membership=interviewer_b, data=scorecard_input(pipeline=pipeline), reason="x"
        )


def test_someone_not_on_the_interview_files_no_scorecard(
    interview: Any, manager: Membership, pipeline: Pipeline
) -> None:
    with pytest.raises(ApplicationError, match="Only the interviewers"):
        scorecard_draft_save(interview=interview, membership=manager, data=ScorecardInput())


def test_a_scorecard_is_submitted_only_after_the_interview_starts(
    application: Application, recruiter: Membership, interviewer: Membership, pipeline: Pipeline
) -> None:
    later = interview_for(
        application=application,
        scheduled_by=recruiter,
        interviewers=[interviewer],
        starts_at=timezone.now() + timedelta(days=2),
    )
    with pytest.raises(ApplicationError, match="submit your scorecard after it"):
        scorecard_submit(interview=later, membership=interviewer, data=scorecard_input(pipeline=pipeline))


def test_the_signal_is_sent_after_the_submission_commits(
    interview: Any, interviewer: Membership, pipeline: Pipeline, django_capture_on_commit_callbacks: Any
) -> None:
    received: list[dict[str, Any]] = []

    def receiver(**kwargs: Any) -> None:
        received.append(kwargs)

    scorecard_submitted.connect(receiver, dispatch_uid="test-receiver")
    try:
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            scorecard = scorecard_submit(
                interview=interview, membership=interviewer, data=scorecard_input(pipeline=pipeline)
            )
        assert received == []  # not before the commit
        for callback in callbacks:
            callback()
    finally:
        scorecard_submitted.disconnect(dispatch_uid="test-receiver")
    assert len(received) == 1
    assert received[0]["scorecard_id"] == scorecard.pk
    assert received[0]["organization_id"] == interview.organization_id
    assert received[0]["version"] == 1 and received[0]["amended"] is False
