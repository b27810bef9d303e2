"""Interviewer emails and the scorecard reminders, on the workers (thin tasks, `ProductTask` defaults)."""

from __future__ import annotations

import smtplib

from django.db import OperationalError

from config.celery import ProductTask, Queues, app
from interviews.services import interview_email_deliver, scorecard_reminders_send_due

REMIND_MISSING_SCORECARDS_TASK = (
    "interviews.remind_missing_scorecards"  # scheduled in config/settings/base.py
)


# The message is rendered when it is queued (the interview may change later; the email says what was
# scheduled then). SMTP errors are retried with the shared capped backoff.
@app.task(
    base=ProductTask,
    name="interviews.send_interviewer_email",
    queue=Queues.EMAIL,
    autoretry_for=(smtplib.SMTPException, OSError),
    max_retries=4,
)
def send_interviewer_email_task(*, to: str, subject: str, text_body: str, html_body: str) -> None:
    interview_email_deliver(to=to, subject=subject, text_body=text_body, html_body=html_body)


# Every 10 minutes from beat. Safe on several machines at once (rows claimed with SKIP LOCKED).
@app.task(
    base=ProductTask,
    name=REMIND_MISSING_SCORECARDS_TASK,
    queue=Queues.DEFAULT,
    autoretry_for=(OperationalError,),
    max_retries=2,
)
def remind_missing_scorecards_task() -> int:
    return scorecard_reminders_send_due()
