"""The beat task submits every attempt still open past deadline + grace, browser or not, once, and two
sweeps at the same time never submit an attempt twice."""

from __future__ import annotations

import threading
from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.utils import timezone

from assessments.candidate_services import attempts_overdue_submit
from assessments.models import Attempt, Response
from assessments.services import SCORE_SUBMITTED_TASK, SCORING_SLOTS, attempt_start, response_save
from assessments.tasks import submit_overdue_attempts
from audit.models import AuditEvent
from config.celery import app as celery_app
from config.settings.base import CELERY_BEAT_SCHEDULE
from tests.candidate.conftest import Invite
from tests.scoring.conftest import SentTask

pytestmark = [pytest.mark.django_db]


def _started(invite: Invite, label: str, *, started_ago: timedelta) -> Attempt:
    attempt = invite(label=label).attempt
    return attempt_start(attempt_id=attempt.pk, now=timezone.now() - started_ago)


def test_the_sweep_submits_only_attempts_past_deadline_and_grace_keeping_their_answers(
    invite: Invite, sent_tasks: list[SentTask], django_capture_on_commit_callbacks: Any
) -> None:
    overdue = _started(invite, "Over", started_ago=timedelta(seconds=1800 + 31))
    in_grace = _started(invite, "Grace", started_ago=timedelta(seconds=1800 + 10))
    running = _started(invite, "Running", started_ago=timedelta(minutes=5))
    not_started = invite(label="Later").attempt
    response_save(
        attempt_id=overdue.pk,
        item_slug="writing-angry-customer-email",
        answer="written before the end",
        seq=1,
        now=timezone.now() - timedelta(minutes=2),
    )

    with django_capture_on_commit_callbacks(execute=True):
        assert submit_overdue_attempts() == 1

    statuses = dict(Attempt.objects.values_list("candidate_label", "status"))
    assert statuses == {
        overdue.candidate_label: Attempt.Status.SUBMITTED,
        in_grace.candidate_label: Attempt.Status.IN_PROGRESS,
        running.candidate_label: Attempt.Status.IN_PROGRESS,
        not_started.candidate_label: Attempt.Status.NOT_STARTED,
    }
    overdue.refresh_from_db()
    assert overdue.submitted_by == Attempt.SubmittedBy.SERVER
    assert Response.objects.get(attempt=overdue).answer == "written before the end"
    event = AuditEvent.objects.get(action="attempt.submitted", target_id=str(overdue.pk))
    assert event.actor_kind == "system"
    assert [task.args for task in sent_tasks if task.name == SCORE_SUBMITTED_TASK] == [
        [overdue.pk % SCORING_SLOTS]
    ]
    assert overdue.scoring_requested_at == overdue.submitted_at
    assert submit_overdue_attempts() == 0


def test_the_sweep_works_in_bounded_batches(invite: Invite) -> None:
    for n in range(5):
        _started(invite, f"Candidate {n}", started_ago=timedelta(hours=1))
    assert len(attempts_overdue_submit(limit=2)) == 2
    assert len(attempts_overdue_submit(limit=2)) == 2
    assert len(attempts_overdue_submit(limit=2)) == 1
    assert not Attempt.objects.filter(status=Attempt.Status.IN_PROGRESS).exists()


def test_the_sweep_is_the_beat_task_of_settings() -> None:
    entry = CELERY_BEAT_SCHEDULE["assessments.submit_overdue_attempts"]
    assert entry["task"] == submit_overdue_attempts.name == "assessments.submit_overdue_attempts"
    assert entry["schedule"] <= 30
    assert "assessments.submit_overdue_attempts" in celery_app.tasks


@pytest.mark.django_db(transaction=True)
@pytest.mark.postgres
def test_sweeps_on_several_machines_at_once_submit_each_attempt_once(
    invite: Invite, sent_tasks: list[SentTask]
) -> None:
    attempts = [_started(invite, f"Candidate {n}", started_ago=timedelta(hours=1)) for n in range(8)]
    barrier = threading.Barrier(4)
    submitted: list[int] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def sweep() -> None:
        try:
            barrier.wait()
            mine = attempts_overdue_submit()
            with lock:
                submitted.extend(mine)
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=sweep) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert sorted(submitted) == sorted(attempt.pk for attempt in attempts)
    assert AuditEvent.objects.filter(action="attempt.submitted").count() == 8
    # Scoring asked for each: a batch task for each slot (one each, however the sweeps raced), and every
    # attempt stamped for the reconciler should that task be lost.
    slots = sorted(task.args[0] for task in sent_tasks if task.name == SCORE_SUBMITTED_TASK)
    assert slots == sorted({attempt.pk % SCORING_SLOTS for attempt in attempts})
    assert not Attempt.objects.filter(pk__in=submitted, scoring_requested_at=None).exists()
