"""The batch scoring a submission asks for (SCORE_SUBMITTED_TASK): one message per slot while none is on its
way, batches claimed past rows others hold, one transaction and one take of the audit chain's lock per
batch, a failing attempt that never holds up the others, and the reconciler's share left to it."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta
from typing import Any

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from kombu.exceptions import OperationalError as BrokerUnavailable

import rubrics.services
import rubrics.tasks
from assessments.models import Attempt
from assessments.services import (
    SCORE_SUBMITTED_TASK,
    SCORING_GATHER_SECONDS,
    SCORING_SLOTS,
    attempt_scoring_enqueue,
    scoring_kick_release,
)
from audit.models import AuditEvent
from config.celery import ProductTask, Queues, app
from rubrics.models import ScoreReport
from rubrics.services import RECONCILE_AFTER_SECONDS, score_submitted
from rubrics.tasks import BATCHES_PER_TASK, score_submitted_task
from tests.scoring.conftest import SentTask, SubmittedAttempt

pytestmark = pytest.mark.django_db


def _scored(*attempts: Attempt) -> list[str]:
    return [Attempt.objects.get(pk=attempt.pk).status for attempt in attempts]


def test_the_batch_task_is_registered_on_the_scoring_queue_with_the_reliability_defaults() -> None:
    app.loader.import_default_modules()
    assert app.tasks[SCORE_SUBMITTED_TASK] is score_submitted_task._get_current_object()
    assert score_submitted_task.queue == Queues.SCORING
    assert isinstance(score_submitted_task, ProductTask)
    assert score_submitted_task.acks_late and score_submitted_task.reject_on_worker_lost
    assert 0 < score_submitted_task.max_retries <= 10


def test_a_submission_sends_a_batch_task_only_when_none_is_on_its_way_for_its_slot(
    sent_tasks: list[SentTask],
) -> None:
    attempt_scoring_enqueue(8)
    attempt_scoring_enqueue(12)  # the same slot, its task not started yet: claimed by that task
    attempt_scoring_enqueue(9)  # another slot
    assert [(task.name, task.args) for task in sent_tasks] == [
        (SCORE_SUBMITTED_TASK, [8 % SCORING_SLOTS]),
        (SCORE_SUBMITTED_TASK, [9 % SCORING_SLOTS]),
    ]
    scoring_kick_release(slot=8 % SCORING_SLOTS)  # the task started: the next submission sends again
    attempt_scoring_enqueue(16)
    assert [task.args for task in sent_tasks] == [[0], [1], [0]]
    assert {task.queue for task in sent_tasks} == {Queues.SCORING}
    # Each carries its send time: the task waits until a moment after it, so that the submissions of that
    # moment join its batch.
    assert all(set(task.kwargs or {}) == {"sent_at"} for task in sent_tasks)


def test_a_batch_task_waits_until_a_moment_after_its_send_and_no_longer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    slept: list[float] = []
    monkeypatch.setattr(rubrics.tasks.time, "sleep", slept.append)
    monkeypatch.setattr(rubrics.tasks.time, "time", lambda: 1000.0)

    rubrics.tasks._gather(1000.0 - 0.05)  # sent 50 ms ago: waits the rest
    rubrics.tasks._gather(1000.0 - 5.0)  # waited in the queue: starts at once
    rubrics.tasks._gather(1000.0 + 60.0)  # a sender's clock ahead: never more than the gather time
    rubrics.tasks._gather(None)  # sent by an older release, or by hand

    assert slept == [pytest.approx(SCORING_GATHER_SECONDS - 0.05), SCORING_GATHER_SECONDS]


def test_a_broker_down_leaves_the_slot_free_for_the_next_submission(
    monkeypatch: pytest.MonkeyPatch, caplog: Any
) -> None:
    sent: list[list[Any]] = []

    def broker_down(*args: Any, **kwargs: Any) -> None:
        raise BrokerUnavailable("Error 111 connecting to localhost:6379. Connection refused.")

    monkeypatch.setattr(app, "send_task", broker_down)
    attempt_scoring_enqueue(20)  # not sent: logged, and the reconciler will find the attempt
    assert "the reconciler will enqueue it" in caplog.text
    monkeypatch.setattr(app, "send_task", lambda name, args=None, **_: sent.append(list(args or [])))
    attempt_scoring_enqueue(24)  # same slot: sent, since nothing is on its way
    assert sent == [[0]]


@pytest.mark.postgres
def test_a_batch_scores_each_waiting_attempt_once_in_one_take_of_the_chain_lock(
    submitted_attempt: SubmittedAttempt, t0: datetime
) -> None:
    attempts = [submitted_attempt(label=f"Candidate {n}") for n in range(5)]

    with CaptureQueriesContext(connection) as queries:
        claimed = score_submitted(now=t0 + timedelta(minutes=20))

    assert sorted(claimed) == sorted(attempt.pk for attempt in attempts)
    assert set(_scored(*attempts)) == {Attempt.Status.SCORED}
    for attempt in attempts:
        assert ScoreReport.objects.filter(attempt=attempt).count() == 1
        assert AuditEvent.objects.filter(action="attempt.scored", target_id=str(attempt.pk)).count() == 1
    head_locks = sum(
        'FROM "audit_auditchainhead"' in query["sql"] and "FOR UPDATE" in query["sql"]
        for query in queries.captured_queries
    )
    assert head_locks == 1
    assert score_submitted(now=t0 + timedelta(minutes=20)) == []  # nothing left: a second run writes nothing
    assert ScoreReport.objects.filter(attempt__in=attempts).count() == 5


@pytest.mark.postgres
def test_a_batch_takes_at_most_its_limit_oldest_first(
    submitted_attempt: SubmittedAttempt, t0: datetime
) -> None:
    attempts = [
        submitted_attempt(label=f"Candidate {n}", after=timedelta(minutes=20, seconds=n)) for n in range(4)
    ]
    claimed = score_submitted(limit=3, now=t0 + timedelta(minutes=20))
    assert claimed == [attempt.pk for attempt in attempts[:3]]
    assert _scored(*attempts) == [Attempt.Status.SCORED] * 3 + [Attempt.Status.SUBMITTED]


@pytest.mark.postgres
def test_attempts_waiting_longer_than_the_reconcilers_delay_are_left_to_it(
    submitted_attempt: SubmittedAttempt, t0: datetime
) -> None:
    attempt = submitted_attempt()
    later = t0 + timedelta(minutes=20, seconds=RECONCILE_AFTER_SECONDS + 1)
    assert score_submitted(now=later) == []
    assert _scored(attempt) == [Attempt.Status.SUBMITTED]


@pytest.mark.django_db(transaction=True)
@pytest.mark.postgres
def test_a_batch_skips_an_attempt_another_transaction_holds_and_scores_the_rest(
    submitted_attempt: SubmittedAttempt, t0: datetime
) -> None:
    held, free = submitted_attempt(label="Held"), submitted_attempt(label="Free")
    locked, release = threading.Event(), threading.Event()

    def hold() -> None:
        try:
            with transaction.atomic():
                Attempt.objects.select_for_update().get(pk=held.pk)
                locked.set()
                release.wait(timeout=30)
        finally:
            connection.close()

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert locked.wait(timeout=10)
        assert score_submitted(now=t0 + timedelta(minutes=20)) == [free.pk]
    finally:
        release.set()
        holder.join()
    assert _scored(held, free) == [Attempt.Status.SUBMITTED, Attempt.Status.SCORED]
    assert score_submitted(now=t0 + timedelta(minutes=20)) == [held.pk]  # its turn once the lock is gone


@pytest.mark.postgres
def test_an_attempt_whose_scoring_fails_does_not_hold_up_the_others(
    submitted_attempt: SubmittedAttempt, t0: datetime, monkeypatch: pytest.MonkeyPatch, caplog: Any
) -> None:
    good, broken, other = (submitted_attempt(label=label) for label in ("Good", "Broken", "Other"))
    real = rubrics.services._engine_result

    def engine(locked: Any, scoring_input: Any) -> Any:
        if locked.attempt.pk == broken.pk:
            raise ValueError("a bug met by this attempt only")
        return real(locked, scoring_input)

    monkeypatch.setattr(rubrics.services, "_engine_result", engine)
    claimed = score_submitted(now=t0 + timedelta(minutes=20))

    assert sorted(claimed) == sorted([good.pk, broken.pk, other.pk])
    assert _scored(good, broken, other) == [
        Attempt.Status.SCORED,
        Attempt.Status.SUBMITTED,
        Attempt.Status.SCORED,
    ]
    assert not ScoreReport.objects.filter(attempt=broken).exists()
    assert f"attempt {broken.pk} could not be scored" in caplog.text
    for attempt in (good, other):
        assert AuditEvent.objects.filter(action="attempt.scored", target_id=str(attempt.pk)).count() == 1


@pytest.mark.postgres
def test_the_task_releases_its_slot_scores_in_batches_and_hands_over_a_long_backlog(
    submitted_attempt: SubmittedAttempt, sent_tasks: list[SentTask], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rubrics.tasks, "SCORING_BATCH", 1)
    attempts = [submitted_attempt(label=f"Candidate {n}") for n in range(BATCHES_PER_TASK + 2)]
    sent_tasks.clear()
    slot = attempts[0].pk % SCORING_SLOTS
    attempt_scoring_enqueue(attempts[0].pk)
    assert [task.args for task in sent_tasks] == [[slot]]

    # The clock of these attempts is 20 minutes on (the fixture submits then): score as of then.
    real = rubrics.services.score_submitted
    monkeypatch.setattr(
        rubrics.tasks, "score_submitted", lambda limit: real(limit=limit, now=attempts[-1].submitted_at)
    )
    assert score_submitted_task.run(slot) == BATCHES_PER_TASK
    # Ten batches of one, two attempts left: the task asks again rather than run on.
    assert len(sent_tasks) == 2 and sent_tasks[1].name == SCORE_SUBMITTED_TASK
    assert score_submitted_task.run(sent_tasks[1].args[0]) == 2
    assert set(_scored(*attempts)) == {Attempt.Status.SCORED}


def test_the_task_refuses_a_slot_that_does_not_exist() -> None:
    with pytest.raises(ValueError, match="slot is 0 to"):
        score_submitted_task.run(SCORING_SLOTS)
