"""Scheduling an interview: who may, what is checked, the stage move, the interviewers' emails, the audit."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.core import mail

from accounts.models import Membership
from accounts.types import ApplicationError
from audit.models import AuditEvent
from candidates.models import Application, Pipeline
from interviews.models import Interview
from interviews.services import interview_schedule
from interviews.tests.factories import interview_for

pytestmark = pytest.mark.django_db


def _schedule(
    application: Application, by: Membership, interviewers: list[Membership], **options: object
) -> Interview:
    values: dict[str, object] = {
        "starts_at": datetime(2031, 1, 15, 10, 0),
        "time_zone": "Europe/Berlin",
        "duration_minutes": 60,
        "interviewer_ids": [each.pk for each in interviewers],
        "meeting_url": "https://meet.example.org/abc",
        "scheduled_by": by.user,
    }
    values.update(options)
    return interview_schedule(application=application, **values)  # type: ignore[arg-type]


def test_scheduling_reads_the_time_in_the_chosen_zone_and_moves_the_candidate_to_interview(
    application: Application, recruiter: Membership, interviewer: Membership, interviewer_b: Membership
) -> None:
    assert application.stage == "added"
    interview = _schedule(application, recruiter, [interviewer, interviewer_b])
    # 10:00 in Berlin in January is 09:00 UTC.
    assert interview.scheduled_at == datetime(2031, 1, 15, 9, 0, tzinfo=UTC)
    assert interview.ends_at - interview.scheduled_at == timedelta(minutes=60)
    application.refresh_from_db()
    assert application.stage == "interview"
    last_change = application.stage_changes.last()
    assert last_change is not None and last_change.reason == "Interview scheduled"
    event = AuditEvent.objects.get(action="interview.scheduled")
    assert event.target_id == str(interview.pk)
    assert event.data["interviewers"] == ["Bea Interviewer", "Ivan Interviewer"]


def test_each_interviewer_gets_an_email_with_both_times_the_link_and_the_kit(
    application: Application,
    recruiter: Membership,
    interviewer: Membership,
    interviewer_b: Membership,
    django_capture_on_commit_callbacks: object,
) -> None:
    with django_capture_on_commit_callbacks(execute=True):  # type: ignore[operator]
        interview = _schedule(application, recruiter, [interviewer, interviewer_b])
    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        [interviewer.user.email, interviewer_b.user.email]
    )
    message = mail.outbox[0]
    assert "Casey Candidate" in message.subject
    assert "10:00 (Europe/Berlin)" in message.body
    assert "09:00 UTC" in message.body
    assert "https://meet.example.org/abc" in message.body
    assert f"/interviews/{interview.pk}/" in message.body
    html = message.alternatives[0][0]  # type: ignore[attr-defined]
    assert "https://meet.example.org/abc" in str(html)


def test_a_meeting_link_must_be_https(
    application: Application, recruiter: Membership, interviewer: Membership
) -> None:
    with pytest.raises(ApplicationError) as caught:
        _schedule(application, recruiter, [interviewer], meeting_url="http://meet.example.org/abc")
    assert caught.value.extra["field"] == "meeting_url"
    assert not Interview.objects.exists()


def test_interviewers_come_from_the_pipeline(
    application: Application, recruiter: Membership, admin: Membership
) -> None:
    with pytest.raises(ApplicationError, match="pipeline's interviewers"):
        _schedule(application, recruiter, [admin])
    with pytest.raises(ApplicationError, match="at least one interviewer"):
        _schedule(application, recruiter, [])


def test_an_unknown_time_zone_is_refused(
    application: Application, recruiter: Membership, interviewer: Membership
) -> None:
    with pytest.raises(ApplicationError, match="not a time zone"):
        _schedule(application, recruiter, [interviewer], time_zone="Mars/Olympus")


def test_interviewers_cannot_schedule_and_hiring_managers_of_the_pipeline_can(
    application: Application, interviewer: Membership, manager: Membership
) -> None:
    with pytest.raises(ApplicationError, match="Only admins"):
        _schedule(application, interviewer, [interviewer])
    assert _schedule(application, manager, [interviewer]).pk


def test_a_rejected_candidate_is_not_scheduled_and_a_later_stage_is_kept(
    application: Application, recruiter: Membership, interviewer: Membership, pipeline: Pipeline
) -> None:
    from candidates.services import application_stage_move

    application_stage_move(
        application=application, stage="rejected", reason="Withdrew", moved_by=recruiter.user
    )
    application.refresh_from_db()
    with pytest.raises(ApplicationError, match="rejected"):
        _schedule(application, recruiter, [interviewer])
    application_stage_move(application=application, stage="offer", moved_by=recruiter.user)
    application.refresh_from_db()
    interview_for(application=application, scheduled_by=recruiter, interviewers=[interviewer])
    application.refresh_from_db()
    assert application.stage == "offer"
