"""The reconciler: submitted attempts left unscored for more than 30 s are enqueued again, once per run."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from assessments.services import SCORE_ATTEMPT_TASK
from rubrics.services import score_report_for_attempt, scoring_reconcile
from tests.scoring.conftest import SentTask, SubmittedAttempt

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def _enqueued(sent_tasks: list[SentTask]) -> list[int]:
    assert {task.name for task in sent_tasks} <= {SCORE_ATTEMPT_TASK}
    return sorted(task.args[0] for task in sent_tasks)


def test_attempts_unscored_for_over_30_seconds_are_enqueued_and_newer_ones_are_not(
    submitted_attempt: SubmittedAttempt,
    t0: datetime,
    sent_tasks: list[SentTask],
    django_capture_on_commit_callbacks,
) -> None:
    now = t0 + timedelta(minutes=30)
    forgotten = submitted_attempt(label="Forgotten", after=timedelta(minutes=30) - timedelta(seconds=31))
    fresh = submitted_attempt(label="Fresh", after=timedelta(minutes=30) - timedelta(seconds=29))
    scored = submitted_attempt(label="Scored", after=timedelta(minutes=10))
    score_report_for_attempt(attempt_id=scored.pk)

    with django_capture_on_commit_callbacks(execute=True):
        claimed = scoring_reconcile(now=now)

    assert claimed == [forgotten.pk]
    assert _enqueued(sent_tasks) == [forgotten.pk]
    assert fresh.pk not in claimed


def test_an_attempt_is_enqueued_again_only_after_another_30_seconds(
    submitted_attempt: SubmittedAttempt,
    t0: datetime,
    sent_tasks: list[SentTask],
    django_capture_on_commit_callbacks,
) -> None:
    attempt = submitted_attempt(after=timedelta(minutes=5))
    submitted_at = t0 + timedelta(minutes=5)

    with django_capture_on_commit_callbacks(execute=True):
        first = scoring_reconcile(now=submitted_at + timedelta(seconds=31))
        # A second beat, or a second machine's beat, right after: the claim keeps it from enqueueing again.
        second = scoring_reconcile(now=submitted_at + timedelta(seconds=32))
        later = scoring_reconcile(now=submitted_at + timedelta(seconds=62))

    assert (first, second, later) == ([attempt.pk], [], [attempt.pk])
    assert _enqueued(sent_tasks) == [attempt.pk, attempt.pk]


def test_nothing_is_enqueued_before_the_transaction_commits(
    submitted_attempt: SubmittedAttempt,
    t0: datetime,
    sent_tasks: list[SentTask],
    django_capture_on_commit_callbacks,
) -> None:
    attempt = submitted_attempt(after=timedelta(minutes=5))

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        scoring_reconcile(now=t0 + timedelta(minutes=6))

    assert sent_tasks == []
    assert len(callbacks) == 1
    callbacks[0]()
    assert _enqueued(sent_tasks) == [attempt.pk]


def test_a_run_is_bounded(
    submitted_attempt: SubmittedAttempt,
    t0: datetime,
    sent_tasks: list[SentTask],
    django_capture_on_commit_callbacks,
) -> None:
    attempts = [submitted_attempt(label=f"Candidate {n}", after=timedelta(minutes=n + 1)) for n in range(3)]

    with django_capture_on_commit_callbacks(execute=True):
        claimed = scoring_reconcile(now=t0 + timedelta(hours=1), limit=2)

    # Oldest first: the longest-waiting candidates are scored first.
    assert claimed == [attempts[0].pk, attempts[1].pk]
    assert len(sent_tasks) == 2
