"""Scoring on the workers: thin tasks (ids in, a service call), with the reliability defaults of
`config.celery.ProductTask` (acknowledged late, rejected and so re-queued when the worker dies, time limits,
capped retries with backoff)."""

from __future__ import annotations

import logging
import time

from django.db import OperationalError

from assessments.services import (
    SCORE_ATTEMPT_TASK,
    SCORE_SUBMITTED_TASK,
    SCORING_GATHER_SECONDS,
    SCORING_SLOTS,
    attempt_scoring_enqueue,
    scoring_kick_release,
)
from config.celery import ProductTask, Queues, app
from rubrics.services import SCORING_BATCH, score_report_for_attempt, score_submitted, scoring_reconcile

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


# What one batch task does before it hands over to a fresh message: bounded, so that a long backlog never
# makes one task outlive its time limit, and other messages on the queue get their turn.
BATCHES_PER_TASK = 10


# Sent by a submission when no batch task for its slot is on its way (see SCORE_SUBMITTED_TASK). It releases
# its slot first, then claims and scores batches until one comes back short: every attempt submitted before
# it started is claimed by it or by another worker. Rolled back and redelivered like any scoring task.
@app.task(
    base=ProductTask,
    name=SCORE_SUBMITTED_TASK,
    queue=Queues.SCORING,
    autoretry_for=(OperationalError,),
    max_retries=5,
)
def score_submitted_task(slot: int, sent_at: float | None = None) -> int:
    if not 0 <= int(slot) < SCORING_SLOTS:
        raise ValueError(f"slot is 0 to {SCORING_SLOTS - 1}, not {slot!r}")
    _gather(sent_at)
    scoring_kick_release(slot=int(slot))
    scored = 0
    for _ in range(BATCHES_PER_TASK):
        claimed = score_submitted(limit=SCORING_BATCH)
        scored += len(claimed)
        if len(claimed) < SCORING_BATCH:
            return scored
    # More may be waiting: ask again through the slot, as a submission would (the last attempt's id picks it).
    attempt_scoring_enqueue(claimed[-1])
    return scored


def _gather(sent_at: float | None) -> None:
    """Wait until SCORING_GATHER_SECONDS after the send, while the slot's key still says a task is on its
    way: submissions of those moments join this batch. Never longer (a task that waited in the queue starts
    at once; a clock ahead of this one's counts as no time)."""
    if sent_at is None:
        return
    wait = min(SCORING_GATHER_SECONDS, float(sent_at) + SCORING_GATHER_SECONDS - time.time())
    if wait > 0:
        time.sleep(wait)


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
