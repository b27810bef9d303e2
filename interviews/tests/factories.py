"""Helpers for interview tests: interviews are scheduled through the service (so they are ones a recruiter
could have scheduled), scorecards filled in as an interviewer would."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.utils import timezone

from candidates.selectors import pipeline_spec
from interviews.models import Interview
from interviews.services import interview_schedule
from interviews.types import QuestionAnswer, ScorecardInput


def interview_for(
    *,
    application: Any,
    scheduled_by: Any,
    interviewers: list[Any],
    starts_at: datetime | None = None,
    time_zone: str = "UTC",
    duration_minutes: int = 45,
    meeting_url: str = "",
) -> Interview:
    """An interview that started an hour ago (so scorecards can be submitted), unless `starts_at` says."""
    return interview_schedule(
        application=application,
        starts_at=starts_at or timezone.now() - timedelta(hours=1),
        time_zone=time_zone,
        duration_minutes=duration_minutes,
        interviewer_ids=[each.pk for each in interviewers],
        meeting_url=meeting_url,
        scheduled_by=scheduled_by.user,
    )


def scorecard_input(
    *,
    pipeline: Any,
    ratings: dict[str, int] | None = None,
    default: int = 3,
    red_flags: dict[str, str] | None = None,
    recommendation: str = "yes",
    summary: str = "",
) -> ScorecardInput:
    """A complete scorecard: every question rated `default` unless `ratings` names it."""
    spec = pipeline_spec(pipeline=pipeline)
    ratings = ratings or {}
    return ScorecardInput(
        answers={
            question.slug: QuestionAnswer(
                rating=ratings.get(question.slug, default), notes=f"Notes on {question.slug}"
            )
            for question in spec.interview_questions
        },
        red_flags=red_flags or {},
        recommendation=recommendation,
        summary=summary,
    )


def interview_with_scorecard(*, application: Any, scheduled_by: Any) -> tuple[Interview, int]:
    """An interview of the application with a new interviewer of its organization on the pipeline, and their
    submitted scorecard (for the tenant isolation matrix: objects every interview URL can name)."""
    from accounts.permissions import Role
    from accounts.tests.factories import MembershipFactory
    from interviews.services import scorecard_submit

    interviewer = MembershipFactory.create(organization=application.organization, role=Role.INTERVIEWER)
    application.pipeline.interviewers.add(interviewer)
    interview = interview_for(application=application, scheduled_by=scheduled_by, interviewers=[interviewer])
    scorecard = scorecard_submit(
        interview=interview, membership=interviewer, data=scorecard_input(pipeline=application.pipeline)
    )
    return interview, scorecard.pk
