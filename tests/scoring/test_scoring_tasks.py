"""The scoring tasks as Celery sees them: the name assessments sends, the queue, the schedule, the retries."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.conf import settings
from django.db import OperationalError

from assessments.services import SCORE_ATTEMPT_TASK
from config.celery import ProductTask, Queues, app
from rubrics.models import ScoreReport
from rubrics.tasks import RECONCILE_UNSCORED_TASK, reconcile_unscored_task, score_attempt_task
from tests.scoring.conftest import SubmittedAttempt


def test_the_task_assessments_sends_by_name_is_the_scoring_task_on_the_scoring_queue() -> None:
    app.loader.import_default_modules()
    assert app.tasks[SCORE_ATTEMPT_TASK] is score_attempt_task._get_current_object()
    assert score_attempt_task.queue == Queues.SCORING
    assert isinstance(score_attempt_task, ProductTask)
    assert score_attempt_task.acks_late and score_attempt_task.reject_on_worker_lost
    assert OperationalError in score_attempt_task.autoretry_for
    assert 0 < score_attempt_task.max_retries <= 10


def test_beat_runs_the_reconciler_at_least_every_30_seconds() -> None:
    entries = [
        entry for entry in settings.CELERY_BEAT_SCHEDULE.values() if entry["task"] == RECONCILE_UNSCORED_TASK
    ]
    assert len(entries) == 1
    assert timedelta(seconds=entries[0]["schedule"]) <= timedelta(seconds=30)
    assert app.tasks[RECONCILE_UNSCORED_TASK] is reconcile_unscored_task._get_current_object()


@pytest.mark.django_db
@pytest.mark.postgres
def test_the_task_scores_the_attempt_it_is_given(submitted_attempt: SubmittedAttempt) -> None:
    attempt = submitted_attempt()
    score_attempt_task.run(attempt.pk)
    score_attempt_task.run(attempt.pk)  # delivered twice (a retry, a redelivery): still one report
    assert ScoreReport.objects.filter(attempt=attempt).count() == 1


@pytest.mark.django_db
def test_the_task_returns_quietly_when_the_attempt_is_gone(caplog: Any) -> None:
    score_attempt_task.run(987654321)
    assert "is gone" in caplog.text
