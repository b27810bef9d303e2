"""Automatic reminders (beat) and by hand; the email task's retries and the failure it records."""

from __future__ import annotations

import smtplib
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.test import override_settings

from accounts.models import Membership
from accounts.types import ApplicationError
from assessments.services import access_token_hash, attempt_start
from audit.selectors import audit_event_list
from candidates.models import Application, CandidateEmail, Pipeline
from candidates.services import candidate_add, invitations_send, reminder_send, reminders_send_due
from candidates.tasks import EMAIL_MAX_RETRIES, SEND_DUE_REMINDERS_TASK, send_due_reminders_task
from config.celery import app as celery_app
from tests.candidates.helpers import emailed_link, token_of

pytestmark = pytest.mark.django_db


class RefusingBackend(BaseEmailBackend):
    """The SMTP side, out of the product: a mail server that answers every message with a 554."""

    def send_messages(self, email_messages: Any) -> int:
        raise smtplib.SMTPDataError(554, b"5.7.1 Message rejected as spam")


class FlakyBackend(BaseEmailBackend):
    """A mail server that drops the first connection, then accepts (delivering to the test outbox)."""

    calls = 0

    def send_messages(self, email_messages: Any) -> int:
        FlakyBackend.calls += 1
        if FlakyBackend.calls == 1:
            raise ConnectionRefusedError(111, "Connection refused")
        mail.outbox.extend(email_messages)
        return len(email_messages)


@pytest.fixture
def retries_run_eagerly() -> Iterator[None]:
    """Eager tasks retry in place only when errors are not propagated (Celery re-raises the Retry)."""
    previous = celery_app.conf.task_eager_propagates
    celery_app.conf.task_eager_propagates = False
    yield
    celery_app.conf.task_eager_propagates = previous


@pytest.fixture
def invited(
    pipeline: Pipeline, recruiter: Membership, django_capture_on_commit_callbacks: Any
) -> Callable[..., Application]:
    def make(name: str = "Ada Lovelace", email: str = "ada@example.org") -> Application:
        application = candidate_add(pipeline=pipeline, name=name, email=email, added_by=recruiter.user)
        with django_capture_on_commit_callbacks(execute=True):
            invitations_send(pipeline=pipeline, sent_by=recruiter.user, application_ids=[application.pk])
        application.refresh_from_db()
        return application

    return make


def test_the_beat_task_has_the_scheduled_name() -> None:
    from django.conf import settings

    assert settings.CELERY_BEAT_SCHEDULE[SEND_DUE_REMINDERS_TASK]["task"] == SEND_DUE_REMINDERS_TASK
    assert send_due_reminders_task.name == SEND_DUE_REMINDERS_TASK
    assert SEND_DUE_REMINDERS_TASK in celery_app.tasks


def test_a_reminder_is_due_48_hours_before_the_link_expires_and_is_sent_once(
    invited: Callable[..., Application], django_capture_on_commit_callbacks: Any
) -> None:
    ada = invited()
    assert ada.link_expires_at is not None
    expires = ada.link_expires_at
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        too_early = reminders_send_due(now=expires - timedelta(hours=49))
        due = reminders_send_due(now=expires - timedelta(hours=47))
        again = reminders_send_due(now=expires - timedelta(hours=46))

    assert (too_early, due, again) == (0, 1, 0)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject.startswith("Reminder:")
    email = CandidateEmail.objects.get(kind="reminder")
    assert (email.status, email.sent_by) == ("sent", None)
    ada.refresh_from_db()
    assert ada.attempt is not None
    # The reminder's link is the one that works now, until the same expiry.
    assert ada.attempt.access_token_hash == access_token_hash(token_of(emailed_link()))
    assert ada.attempt.link_expires_at == expires
    event = audit_event_list(organization=ada.organization).filter(action="candidate.reminded").get()
    assert (event.actor_kind, event.data["automatic"]) == ("system", True)


def test_a_candidate_who_started_gets_no_reminder(
    invited: Callable[..., Application], django_capture_on_commit_callbacks: Any
) -> None:
    ada = invited()
    assert ada.attempt is not None and ada.link_expires_at is not None
    attempt_start(attempt_id=ada.attempt.pk)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        sent = reminders_send_due(now=ada.link_expires_at - timedelta(hours=1))

    assert sent == 0
    assert mail.outbox == []


def test_a_pipeline_without_reminders_sends_none(
    playbooks: None, recruiter: Membership, django_capture_on_commit_callbacks: Any
) -> None:
    from candidates.tests.factories import pipeline_for

    quiet = pipeline_for(recruiter=recruiter, reminder_hours_before=0)
    application = candidate_add(pipeline=quiet, name="Ada", email="ada@example.org", added_by=recruiter.user)
    with django_capture_on_commit_callbacks(execute=True):
        invitations_send(pipeline=quiet, sent_by=recruiter.user)
        application.refresh_from_db()
        assert application.link_expires_at is not None
        assert reminders_send_due(now=application.link_expires_at - timedelta(minutes=5)) == 0


def test_a_reminder_by_hand_is_audited_with_its_sender(
    invited: Callable[..., Application], recruiter: Membership, django_capture_on_commit_callbacks: Any
) -> None:
    ada = invited()
    with django_capture_on_commit_callbacks(execute=True):
        email = reminder_send(application=ada, sent_by=recruiter.user)
    assert CandidateEmail.objects.get(pk=email.pk).status == "sent"
    assert "Rita Recruiter" in mail.outbox[-1].body
    assert (
        audit_event_list(organization=ada.organization)
        .filter(action="candidate.reminded", actor_user_id=recruiter.user.pk)
        .exists()
    )
    assert ada.attempt is not None
    attempt_start(attempt_id=ada.attempt.pk)
    with pytest.raises(ApplicationError, match="already started"):
        reminder_send(application=ada, sent_by=recruiter.user)


@override_settings(EMAIL_BACKEND="tests.candidates.test_reminders_and_emails.RefusingBackend")
def test_a_send_that_keeps_failing_is_retried_then_recorded_as_failed_with_the_reason(
    retries_run_eagerly: None, invited: Callable[..., Application]
) -> None:
    ada = invited()

    email = CandidateEmail.objects.get(application=ada)
    assert email.status == "failed"
    assert email.attempts == EMAIL_MAX_RETRIES + 1
    assert "554" in email.failure_reason and "spam" in email.failure_reason
    assert email.sent_at is None
    assert mail.outbox == []


@override_settings(EMAIL_BACKEND="tests.candidates.test_reminders_and_emails.FlakyBackend")
def test_a_send_that_fails_once_is_retried_and_sent(
    retries_run_eagerly: None, invited: Callable[..., Application]
) -> None:
    FlakyBackend.calls = 0
    ada = invited()

    email = CandidateEmail.objects.get(application=ada)
    assert (email.status, email.attempts, email.failure_reason) == ("sent", 2, "")
    assert [message.to for message in mail.outbox] == [["ada@example.org"]]
