"""Celery tasks of assessments: the deadline sweep (beat, every 20 s), the submission confirmation email
and the sweep that asks again for confirmation emails never sent (beat, every minute).

Thin: ids in, a service does the work (DESIGN.md "Scoring runs on Celery", STYLE.md rule 6).
"""

from __future__ import annotations

import logging
import smtplib

from django.db import transaction

from assessments.candidate_services import (
    attempt_confirmation_email_send,
    attempt_confirmations_unsent_claim,
    attempts_overdue_submit,
)
from config.celery import ProductTask, Queues, app

logger = logging.getLogger(__name__)


@app.task(base=ProductTask, name="assessments.submit_overdue_attempts", queue=Queues.DEFAULT)
def submit_overdue_attempts() -> int:
    """Submit, for the server, every attempt still open past its deadline + grace, browser or not.

    Safe on several machines at once: each attempt is locked with SKIP LOCKED, so two sweeps never submit
    the same attempt twice or wait on each other; a batch is bounded, and the next beat takes the rest.
    """
    submitted = attempts_overdue_submit()
    if submitted:
        logger.info("submitted %d attempts whose time ran out", len(submitted))
    return len(submitted)


@app.task(
    base=ProductTask,
    name="assessments.send_attempt_confirmation",
    queue=Queues.EMAIL,
    autoretry_for=(smtplib.SMTPException, OSError),
)
def attempt_confirmation_email_task(attempt_id: int) -> None:
    attempt_confirmation_email_send(attempt_id=attempt_id)


@app.task(
    base=ProductTask,
    name="assessments.resend_unsent_confirmations",
    queue=Queues.DEFAULT,
    soft_time_limit=20,
    time_limit=25,
)
def resend_unsent_confirmations() -> int:
    """Enqueue again the confirmation emails of submissions that have none yet, two minutes after they
    were asked for: a submission made while the broker was down still tells the candidate it arrived."""
    with transaction.atomic():
        claimed = attempt_confirmations_unsent_claim()
        for attempt_id in claimed:
            attempt_confirmation_email_task.delay_on_commit(attempt_id)
    if claimed:
        logger.info("asked again for %d unsent submission confirmations", len(claimed))
    return len(claimed)
