"""Candidate emails and the automatic reminders, on the workers.

Thin tasks (ids in, a service call) with the reliability defaults of `config.celery.ProductTask`. The email
task retries a failed send (an SMTP error, a refused connection) with the shared capped exponential backoff
and writes every failure's reason on the email's row; when no retry is left the row says "failed", so the
recruiter sees it in the candidate's timeline instead of a task dying in a log.
"""

from __future__ import annotations

import logging
import smtplib
from typing import Any

from celery.utils.time import get_exponential_backoff_interval
from django.db import OperationalError

from candidates.services import candidate_email_deliver, candidate_email_failed, reminders_send_due
from config.celery import ProductTask, Queues, app

logger = logging.getLogger(__name__)

SEND_DUE_REMINDERS_TASK = "candidates.send_due_reminders"  # the name config/settings/base.py schedules
EMAIL_MAX_RETRIES = 4
EMAIL_ERRORS = (smtplib.SMTPException, OSError)


def _failure_reason(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        refused = "; ".join(
            f"{address}: {code} {message!r}" for address, (code, message) in exc.recipients.items()
        )
        return f"The mail server refused the address ({refused})."
    if isinstance(exc, smtplib.SMTPResponseException):
        return f"The mail server answered {exc.smtp_code}: {exc.smtp_error!r}."
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


# Retried by hand rather than with `autoretry_for`: each failed try must be written on the row (with the
# reason), and the last one must end quietly as "failed" rather than raise into whoever ran it (eagerly, in
# tests and the browser test, that is the request that queued it).
@app.task(
    base=ProductTask,
    bind=True,
    name="candidates.send_candidate_email",
    queue=Queues.EMAIL,
    max_retries=EMAIL_MAX_RETRIES,
)
def send_candidate_email_task(self: Any, *, email_id: int, text_body: str, html_body: str) -> None:
    try:
        candidate_email_deliver(email_id=email_id, text_body=text_body, html_body=html_body)
    except EMAIL_ERRORS as exc:
        final = self.request.retries >= self.max_retries
        candidate_email_failed(email_id=email_id, reason=_failure_reason(exc), final=final)
        if final:
            logger.warning("candidate email %s failed for good: %s", email_id, exc)
            return
        countdown = get_exponential_backoff_interval(
            factor=self.retry_backoff,
            retries=self.request.retries,
            maximum=self.retry_backoff_max,
            full_jitter=self.retry_jitter,
        )
        raise self.retry(exc=exc, countdown=countdown) from exc


# Every 5 minutes from beat (CELERY_BEAT_SCHEDULE). Safe on several machines at once (rows are claimed with
# SKIP LOCKED) and harmless when a run overlaps the next.
@app.task(
    base=ProductTask,
    name=SEND_DUE_REMINDERS_TASK,
    queue=Queues.DEFAULT,
    autoretry_for=(OperationalError,),
    max_retries=2,
    soft_time_limit=200,
    time_limit=230,
)
def send_due_reminders_task() -> int:
    return reminders_send_due()
