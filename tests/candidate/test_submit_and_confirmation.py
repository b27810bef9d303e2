"""Submitting: once, however often it is asked for; a confirmation page and email without any score."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.db import connection
from django.test import Client
from django.urls import reverse

from assessments.candidate_services import attempt_confirmation_email_send
from assessments.models import Attempt
from assessments.services import SCORE_SUBMITTED_TASK, attempt_submit
from assessments.tasks import attempt_confirmation_email_task
from audit.models import AuditEvent
from config.celery import Queues
from tests.candidate.conftest import Invite, save, start
from tests.scoring.conftest import SentTask

pytestmark = [pytest.mark.django_db]

EMAIL_TASK = "assessments.send_attempt_confirmation"


def test_double_clicks_and_retries_make_one_submission_one_scoring_and_one_email(
    invite: Invite, client: Client, sent_tasks: list[SentTask], django_capture_on_commit_callbacks: Any
) -> None:
    invited = invite()
    start(client, invited)
    save(client, ("writing-angry-customer-email", "Dear Alex", 1))

    with django_capture_on_commit_callbacks(execute=True):
        responses = [client.post(reverse("candidate:api_submit")) for _ in range(3)]

    assert [response.status_code for response in responses] == [200, 200, 200]
    assert responses[0].json() == {"redirect": reverse("candidate:done")}
    attempt = invited.refreshed()
    assert attempt.status == Attempt.Status.SUBMITTED
    assert attempt.submitted_by == Attempt.SubmittedBy.CANDIDATE
    assert AuditEvent.objects.filter(action="attempt.submitted", target_id=str(attempt.pk)).count() == 1
    assert [task.name for task in sent_tasks].count(SCORE_SUBMITTED_TASK) == 1
    emails = [task for task in sent_tasks if task.name == EMAIL_TASK]
    assert emails == [SentTask(name=EMAIL_TASK, args=[attempt.pk], queue=Queues.EMAIL)]
    assert save(client, ("writing-angry-customer-email", "after", 2)).json()["extra"]["code"] == "submitted"


def test_the_confirmation_page_and_email_say_it_was_received_and_never_show_a_score(
    invite: Invite, client: Client
) -> None:
    invited = invite()
    start(client, invited)
    client.post(reverse("candidate:api_submit"))

    page = client.get(reverse("candidate:done"))
    assert page.status_code == 200
    text = page.content.decode()
    assert "Your assessment has been submitted" in text
    assert "A confirmation has been emailed to you" in text
    assert "score" not in text.lower()
    assert page.headers["Referrer-Policy"] == "no-referrer"

    attempt_confirmation_email_task(invited.attempt.pk)  # what the worker runs
    attempt_confirmation_email_task(invited.attempt.pk)  # a retry sends nothing more
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["grace@example.com"]
    assert message.reply_to == ["rita@northwind.example"]
    assert (
        message.subject == "Your Technical Support Specialist assessment for Northwind Support was received"
    )
    assert "Hello Grace Hopper" in message.body
    assert "score" not in message.body.lower()
    assert isinstance(message, EmailMultiAlternatives)
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html" and "Northwind Support" in str(html)
    assert invited.refreshed().confirmation_emailed_at is not None


def test_no_email_is_asked_for_an_attempt_without_a_candidate_email(
    invite: Invite, client: Client, sent_tasks: list[SentTask], django_capture_on_commit_callbacks: Any
) -> None:
    invited = invite(candidate_email="")
    start(client, invited)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("candidate:api_submit"))
    assert [task.name for task in sent_tasks] == [SCORE_SUBMITTED_TASK]
    assert attempt_confirmation_email_send(attempt_id=invited.attempt.pk) is False
    assert "A confirmation has been emailed" not in client.get(reverse("candidate:done")).content.decode()


@pytest.mark.django_db(transaction=True)
@pytest.mark.postgres
def test_two_tabs_submitting_at_once_make_one_submission(
    invite: Invite, client: Client, sent_tasks: list[SentTask]
) -> None:
    invited = invite()
    start(client, invited)
    barrier = threading.Barrier(6)
    errors: list[BaseException] = []

    def submit() -> None:
        try:
            barrier.wait()
            attempt_submit(attempt_id=invited.attempt.pk)
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=submit) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert AuditEvent.objects.filter(action="attempt.submitted").count() == 1
    assert [task.name for task in sent_tasks].count(SCORE_SUBMITTED_TASK) == 1
    assert [task.name for task in sent_tasks].count(EMAIL_TASK) == 1
