"""The beat task reminding interviewers whose interview ended without their scorecard."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from accounts.models import Membership
from audit.models import AuditEvent
from candidates.models import Application, Pipeline
from interviews.services import scorecard_submit
from interviews.tasks import remind_missing_scorecards_task
from interviews.tests.factories import interview_for, scorecard_input

pytestmark = pytest.mark.django_db


def test_only_interviewers_without_a_submitted_scorecard_are_reminded_once_after_the_end(
    application: Application,
    recruiter: Membership,
    interviewer: Membership,
    interviewer_b: Membership,
    pipeline: Pipeline,
    django_capture_on_commit_callbacks: object,
) -> None:
    ended = interview_for(
        application=application,
        scheduled_by=recruiter,
        interviewers=[interviewer, interviewer_b],
        starts_at=timezone.now() - timedelta(hours=2),
    )
    interview_for(  # not over yet: nobody is reminded about it
        application=application,
        scheduled_by=recruiter,
        interviewers=[interviewer],
        starts_at=timezone.now() - timedelta(minutes=10),
    )
    scorecard_submit(interview=ended, membership=interviewer, data=scorecard_input(pipeline=pipeline))
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):  # type: ignore[operator]
        assert remind_missing_scorecards_task.apply().get() == 1
    assert [message.to for message in mail.outbox] == [[interviewer_b.user.email]]
    assert "your scorecard for Casey Candidate" in mail.outbox[0].subject
    assert f"/interviews/{ended.pk}/" in mail.outbox[0].body
    assert AuditEvent.objects.filter(action="scorecard.reminder_sent").count() == 1
    with django_capture_on_commit_callbacks(execute=True):  # type: ignore[operator]
        assert remind_missing_scorecards_task.apply().get() == 0


def test_the_task_is_on_the_beat_schedule() -> None:
    from django.conf import settings

    entry = settings.CELERY_BEAT_SCHEDULE["interviews.remind_missing_scorecards"]
    assert entry["task"] == remind_missing_scorecards_task.name
