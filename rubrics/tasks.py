"""Scoring on the workers: thin tasks (ids in, a service call), with the reliability defaults of
`config.celery.ProductTask` (acknowledged late, rejected and so re-queued when the worker dies, time limits,
capped retries with backoff)."""

from __future__ import annotations

import logging

from django.db import OperationalError

from assessments.services import SCORE_ATTEMPT_TASK
from config.celery import ProductTask, Queues, app
from rubrics.services import score_report_for_attempt, scoring_reconcile

logger = logging.getLogger(__name__)

RECONCILE_UNSCORED_TASK = "rubrics.reconcile_unscored"


# Named by assessments, which sends it by that name when an attempt is submitted (see SCORE_ATTEMPT_TASK).
# A lost database connection is worth retrying; anything else (a bug, a refused state) is not.
@app.task(
    base=ProductTask,
    name=SCORE_ATTEMPT_TASK,
    queue=Queues.SCORING,
    autoretry_for=(OperationalError,),
    max_retries=5,
)
def score_attempt_task(attempt_id: int) -> None:
    report = score_report_for_attempt(attempt_id=attempt_id)
    if report is None:
        logger.info("attempt %s is gone: nothing to score", attempt_id)


# Every 30 s from beat (CELERY_BEAT_SCHEDULE). Short limits: it only claims rows and sends messages, and a
# run that overlaps the next one is harmless (claims skip each other's rows).
@app.task(
    base=ProductTask,
    name=RECONCILE_UNSCORED_TASK,
    queue=Queues.SCORING,
    autoretry_for=(OperationalError,),
    max_retries=2,
    soft_time_limit=20,
    time_limit=25,
)
def reconcile_unscored_task() -> int:
    return len(scoring_reconcile())
