"""Email of accounts (password reset, team invitations), sent by the worker on the email queue.

The message is rendered in the request, where the one-time link is known, and passed in whole: the task
never needs the raw token or reset link from anywhere else, and retrying it sends the same message.
"""

from __future__ import annotations

import logging
import smtplib

from django.conf import settings
from django.core.mail import EmailMultiAlternatives

from config.celery import ProductTask, Queues, app

logger = logging.getLogger(__name__)


@app.task(base=ProductTask, queue=Queues.EMAIL, autoretry_for=(smtplib.SMTPException, OSError))
def send_account_email(*, to: str, subject: str, text_body: str, html_body: str) -> None:
    message = EmailMultiAlternatives(
        subject=subject, body=text_body, from_email=settings.DEFAULT_FROM_EMAIL, to=[to]
    )
    message.attach_alternative(html_body, "text/html")
    message.send()
    logger.info("account email sent: %s", subject)
