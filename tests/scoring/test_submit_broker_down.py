"""Submitting while the broker (Redis) is down: the submission stands, the reconciler scores it later, and
the sweep asks again for the confirmation email.

The broker is outside the product, so it is the one thing replaced here: `send_task` raises what Kombu
raises when Redis refuses the connection.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from kombu.exceptions import OperationalError as BrokerUnavailable

from assessments.candidate_services import (
    attempt_confirmation_email_send,
    attempt_confirmations_unsent_claim,
)
from assessments.models import Attempt
from assessments.services import (
    SCORE_ATTEMPT_TASK,
    attempt_create,
    attempt_start,
    attempt_submit,
    response_save,
)
from assessments.tasks import resend_unsent_confirmations
from config.celery import app as celery_app
from rubrics.services import scoring_reconcile
from tests.scoring.conftest import SentTask, StartedAttempt

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def test_a_submission_is_kept_when_the_broker_is_down_and_the_reconciler_enqueues_it_later(
    started_attempt: StartedAttempt,
    model_answers: dict[str, Any],
    t0: Any,
    sent_tasks: list[SentTask],
    monkeypatch: pytest.MonkeyPatch,
    django_capture_on_commit_callbacks: Any,
    caplog: pytest.LogCaptureFixture,
) -> None:
    attempt = started_attempt()
    for slug, answer in model_answers.items():
        response_save(attempt_id=attempt.pk, item_slug=slug, answer=answer, seq=1, now=t0)

    def broker_down(name: str, *args: Any, **kwargs: Any) -> None:
        raise BrokerUnavailable("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    with monkeypatch.context() as broken:
        broken.setattr(celery_app, "send_task", broker_down)
        with django_capture_on_commit_callbacks(execute=True):
            submitted = attempt_submit(attempt_id=attempt.pk, now=t0 + timedelta(minutes=20))

    attempt.refresh_from_db()
    assert submitted.status == attempt.status == Attempt.Status.SUBMITTED
    assert sent_tasks == []
    assert f"scoring of attempt {attempt.pk} not enqueued" in caplog.text

    # The broker is back (the recording `send_task` again): the reconciler's next run picks the attempt up.
    with django_capture_on_commit_callbacks(execute=True):
        claimed = scoring_reconcile(now=t0 + timedelta(minutes=20, seconds=31))

    assert claimed == [attempt.pk]
    assert [(task.name, task.args) for task in sent_tasks] == [(SCORE_ATTEMPT_TASK, [attempt.pk])]


def test_the_confirmation_email_of_a_submission_never_turns_it_into_an_error_when_the_broker_is_down(
    organization: Any,
    assessment_version: Any,
    t0: Any,
    sent_tasks: list[SentTask],
    monkeypatch: pytest.MonkeyPatch,
    django_capture_on_commit_callbacks: Any,
    caplog: pytest.LogCaptureFixture,
) -> None:
    attempt = attempt_create(
        organization=organization,
        assessment_version=assessment_version,
        candidate_label="Ada Lovelace",
        candidate_email="ada@example.org",
    )
    attempt_start(attempt_id=attempt.pk, now=t0)

    def broker_down(name: str, *args: Any, **kwargs: Any) -> None:
        raise BrokerUnavailable("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    with monkeypatch.context() as broken:
        broken.setattr(celery_app, "send_task", broker_down)
        with django_capture_on_commit_callbacks(execute=True):
            attempt_submit(attempt_id=attempt.pk, now=t0 + timedelta(minutes=20))

    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.SUBMITTED
    assert "not enqueued: the broker is unreachable" in caplog.text

    # The broker is back: two minutes on, the sweep asks for the email again, once; sent, it stops.
    assert attempt_confirmations_unsent_claim(now=t0 + timedelta(minutes=21, seconds=59)) == []
    with django_capture_on_commit_callbacks(execute=True):
        assert resend_unsent_confirmations.apply().get() == 0  # now, not two minutes on: nothing yet
    sent_tasks.clear()
    later = t0 + timedelta(minutes=22, seconds=1)
    assert attempt_confirmations_unsent_claim(now=later) == [attempt.pk]
    assert attempt_confirmations_unsent_claim(now=later + timedelta(seconds=60)) == []  # claimed just now
    assert attempt_confirmation_email_send(attempt_id=attempt.pk, now=later)
    assert attempt_confirmations_unsent_claim(now=later + timedelta(minutes=10)) == []
    assert attempt_confirmations_unsent_claim(now=later + timedelta(days=2)) == []


def test_the_sweep_enqueues_the_confirmation_email_of_a_submission_that_has_none(
    organization: Any,
    assessment_version: Any,
    t0: Any,
    sent_tasks: list[SentTask],
    django_capture_on_commit_callbacks: Any,
) -> None:
    """Through the beat task itself, with the real clock: a submission three minutes old, unsent."""
    attempt = attempt_create(
        organization=organization,
        assessment_version=assessment_version,
        candidate_label="Grace Hopper",
        candidate_email="grace@example.org",
    )
    three_minutes_ago = t0 - timedelta(minutes=3)
    attempt_start(attempt_id=attempt.pk, now=three_minutes_ago - timedelta(minutes=10))
    attempt_submit(attempt_id=attempt.pk, now=three_minutes_ago)
    without_email = attempt_create(
        organization=organization, assessment_version=assessment_version, candidate_label="No email"
    )
    attempt_start(attempt_id=without_email.pk, now=three_minutes_ago - timedelta(minutes=10))
    attempt_submit(attempt_id=without_email.pk, now=three_minutes_ago)
    sent_tasks.clear()

    with django_capture_on_commit_callbacks(execute=True):
        assert resend_unsent_confirmations.apply().get() == 1

    assert [(task.name, task.args) for task in sent_tasks] == [
        ("assessments.send_attempt_confirmation", [attempt.pk])
    ]
