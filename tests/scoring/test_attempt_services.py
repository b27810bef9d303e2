"""Starting, saving and submitting an attempt: the server's clock, the sequence numbers, one submission."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta
from typing import Any

import pytest
from django.db import connection

from accounts.types import ApplicationError
from assessments.models import AssessmentVersion, Attempt, Response
from assessments.services import (
    SCORE_SUBMITTED_TASK,
    SCORING_SLOTS,
    attempt_start,
    attempt_submit,
    response_save,
)
from audit.models import AuditEvent
from config.celery import Queues
from tests.scoring.conftest import SentTask, StartedAttempt

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

TEXT_ITEM = "writing-angry-customer-email"


def _text_item(version: AssessmentVersion) -> str:
    assert TEXT_ITEM in version.item_slugs
    return TEXT_ITEM


def _answer(attempt: Attempt, slug: str) -> Any:
    return Response.objects.get(attempt=attempt, item_slug=slug).answer


def test_the_deadline_is_start_plus_time_limit_plus_accommodation_and_starting_again_keeps_it(
    started_attempt: StartedAttempt, t0: datetime
) -> None:
    attempt = started_attempt()
    assert attempt.status == Attempt.Status.IN_PROGRESS
    assert attempt.deadline_at == t0 + timedelta(seconds=1800)

    again = attempt_start(attempt_id=attempt.pk, now=t0 + timedelta(minutes=5))
    assert again.started_at == t0
    assert again.deadline_at == t0 + timedelta(seconds=1800)
    assert AuditEvent.objects.filter(action="attempt.started", target_id=str(attempt.pk)).count() == 1


def test_only_the_highest_sequence_number_is_kept(started_attempt: StartedAttempt, t0: datetime) -> None:
    attempt = started_attempt()
    slug = _text_item(attempt.assessment_version)
    at = t0 + timedelta(minutes=1)

    response_save(attempt_id=attempt.pk, item_slug=slug, answer="Dear Alex, second draft", seq=2, now=at)
    late = response_save(attempt_id=attempt.pk, item_slug=slug, answer="Dear Alex, first dr", seq=1, now=at)
    duplicate = response_save(attempt_id=attempt.pk, item_slug=slug, answer="something else", seq=2, now=at)

    assert late.seq == duplicate.seq == 2
    assert _answer(attempt, slug) == "Dear Alex, second draft"
    response_save(attempt_id=attempt.pk, item_slug=slug, answer="Dear Alex, third draft", seq=3, now=at)
    assert _answer(attempt, slug) == "Dear Alex, third draft"


def test_saves_within_the_grace_period_count_and_later_ones_are_refused_keeping_earlier_answers(
    started_attempt: StartedAttempt, t0: datetime
) -> None:
    attempt = started_attempt()
    slug = _text_item(attempt.assessment_version)
    deadline = t0 + timedelta(seconds=1800)

    response_save(attempt_id=attempt.pk, item_slug=slug, answer="in time", seq=1, now=deadline)
    response_save(
        attempt_id=attempt.pk,
        item_slug=slug,
        answer="in the grace",
        seq=2,
        now=deadline + timedelta(seconds=30),
    )
    with pytest.raises(ApplicationError, match="Time is up") as refused:
        response_save(
            attempt_id=attempt.pk,
            item_slug=slug,
            answer="too late",
            seq=3,
            now=deadline + timedelta(seconds=31),
        )

    assert "Every answer saved before the time ran out is kept" in refused.value.message
    assert refused.value.extra["code"] == "time_up"
    assert _answer(attempt, slug) == "in the grace"


def test_a_candidate_cannot_submit_after_the_grace_period_but_the_server_can(
    started_attempt: StartedAttempt,
    t0: datetime,
    django_capture_on_commit_callbacks: Any,
    sent_tasks: list[SentTask],
) -> None:
    attempt = started_attempt()
    too_late = t0 + timedelta(seconds=1800 + 31)

    with pytest.raises(ApplicationError, match="Time is up"):
        attempt_submit(attempt_id=attempt.pk, now=too_late)
    with django_capture_on_commit_callbacks(execute=True):
        submitted = attempt_submit(attempt_id=attempt.pk, submitted_by="server", now=too_late)

    assert submitted.status == Attempt.Status.SUBMITTED
    assert submitted.submitted_by == "server"
    assert [task.args for task in sent_tasks] == [[attempt.pk % SCORING_SLOTS]]


def test_an_answer_to_a_question_not_in_the_assessment_is_refused(
    started_attempt: StartedAttempt, t0: datetime
) -> None:
    attempt = started_attempt()
    with pytest.raises(ApplicationError, match="not a question of this assessment"):
        response_save(attempt_id=attempt.pk, item_slug="no-such-item", answer="x", seq=1, now=t0)
    assert not Response.objects.filter(attempt=attempt).exists()


def test_nothing_can_be_saved_after_submitting(started_attempt: StartedAttempt, t0: datetime) -> None:
    attempt = started_attempt()
    slug = _text_item(attempt.assessment_version)
    response_save(attempt_id=attempt.pk, item_slug=slug, answer="final words", seq=1, now=t0)
    attempt_submit(attempt_id=attempt.pk, now=t0 + timedelta(minutes=10))

    with pytest.raises(ApplicationError, match="already been submitted"):
        response_save(attempt_id=attempt.pk, item_slug=slug, answer="changed my mind", seq=2, now=t0)
    assert _answer(attempt, slug) == "final words"


def test_submitting_enqueues_scoring_only_when_the_transaction_commits(
    started_attempt: StartedAttempt,
    t0: datetime,
    django_capture_on_commit_callbacks: Any,
    sent_tasks: list[SentTask],
) -> None:
    attempt = started_attempt()

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        attempt_submit(attempt_id=attempt.pk, now=t0 + timedelta(minutes=25))
        assert sent_tasks == []  # still inside the transaction: a worker must not see it yet

    assert len(callbacks) == 1
    # The batch scoring task of the attempt's slot (SCORE_SUBMITTED_TASK), which claims it with the others.
    slot = attempt.pk % SCORING_SLOTS
    ((task),) = sent_tasks
    assert (task.name, task.args, task.queue) == (SCORE_SUBMITTED_TASK, [slot], Queues.SCORING)
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.SUBMITTED
    assert attempt.submitted_at == t0 + timedelta(minutes=25)
    assert attempt.submitted_by == "candidate"


def test_submitting_twice_is_one_submission_and_one_scoring_task(
    started_attempt: StartedAttempt,
    t0: datetime,
    django_capture_on_commit_callbacks: Any,
    sent_tasks: list[SentTask],
) -> None:
    attempt = started_attempt()

    with django_capture_on_commit_callbacks(execute=True):
        attempt_submit(attempt_id=attempt.pk, now=t0 + timedelta(minutes=25))
    with django_capture_on_commit_callbacks(execute=True):
        again = attempt_submit(attempt_id=attempt.pk, now=t0 + timedelta(minutes=26))

    assert again.submitted_at == t0 + timedelta(minutes=25)
    assert len(sent_tasks) == 1
    assert AuditEvent.objects.filter(action="attempt.submitted", target_id=str(attempt.pk)).count() == 1


@pytest.mark.django_db(transaction=True)
def test_parallel_submits_from_several_tabs_make_one_submission_and_one_scoring_task(
    started_attempt: StartedAttempt, t0: datetime, sent_tasks: list[SentTask]
) -> None:
    attempt = started_attempt()
    tabs = 6
    start = threading.Barrier(tabs)
    errors: list[BaseException] = []

    def submit() -> None:
        try:
            start.wait()
            attempt_submit(attempt_id=attempt.pk, now=t0 + timedelta(minutes=25))
        except BaseException as error:  # reported below, in the test's thread
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=submit) for _ in range(tabs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert [task.args for task in sent_tasks] == [[attempt.pk % SCORING_SLOTS]]
    assert AuditEvent.objects.filter(action="attempt.submitted", target_id=str(attempt.pk)).count() == 1
