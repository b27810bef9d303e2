"""Webhook deliveries on the workers: a thin task (a delivery id in, a service call), retried with
exponential backoff by the service's own schedule (`api.services.webhook_retry_delay`)."""

from __future__ import annotations

import logging

from django.db import OperationalError

from api.services import webhook_delivery_send
from config.celery import ProductTask, Queues, app

logger = logging.getLogger(__name__)

WEBHOOK_DELIVER_TASK = "api.webhook_deliver"


# The receiver's time-out (10 s) is well inside the soft limit. A lost database connection is retried by
# Celery's own backoff; a receiver's failure is retried on the service's schedule (apply_async below).
@app.task(
    base=ProductTask,
    name=WEBHOOK_DELIVER_TASK,
    queue=Queues.WEBHOOKS,
    autoretry_for=(OperationalError,),
    max_retries=3,
    soft_time_limit=45,
    time_limit=60,
)
def webhook_deliver_task(delivery_id: int, try_number: int = 1) -> str | None:
    outcome = webhook_delivery_send(delivery_id=delivery_id, try_number=try_number)
    if outcome is None:
        logger.info("webhook delivery %s is gone: nothing to send", delivery_id)
        return None
    if outcome.retry_in_seconds is not None:
        # A new message with the next try number: the count is ours, not Celery's (a re-send starts over).
        webhook_deliver_task.apply_async(
            args=[delivery_id], kwargs={"try_number": try_number + 1}, countdown=outcome.retry_in_seconds
        )
    return outcome.status
