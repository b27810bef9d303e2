"""The Celery app, the defaults every task gets, and the queue names (the one place they are written).

Every task of the product derives from `ProductTask`: acknowledged late, re-queued when the worker process
dies, soft and hard time limits, capped retries with exponential backoff. Tasks are enqueued only after the
surrounding transaction commits: `task.delay_on_commit(...)` (Celery's DjangoTask), never `.delay()` inside
a transaction. Broker and schedule settings come from Django settings (`CELERY_*`, config/settings/base.py).
"""

from __future__ import annotations

import os
from pathlib import Path

from celery import Celery
from celery.contrib.django.task import DjangoTask
from kombu import Queue

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")


class Queues:
    DEFAULT = "default"
    EMAIL = "email"
    SCORING = "scoring"
    WEBHOOKS = "webhooks"

    ALL = (DEFAULT, EMAIL, SCORING, WEBHOOKS)


class ProductTask(DjangoTask):
    """Base of every task: the reliability defaults live here, not repeated on each task.

    Subclasses (or `@app.task(autoretry_for=...)`) choose which errors are worth retrying; the backoff,
    the cap and the time limits are shared.
    """

    acks_late = True
    reject_on_worker_lost = True
    max_retries = 5
    retry_backoff = 2
    retry_backoff_max = 300
    retry_jitter = True
    soft_time_limit = 120
    time_limit = 150


app = Celery("hiring", task_cls=ProductTask)
app.config_from_object("django.conf:settings", namespace="CELERY")
app.conf.update(
    # Each queue bound under its own name: without a routing key Celery binds them all under "default".
    task_queues=[Queue(name, routing_key=name) for name in Queues.ALL],
    task_default_queue=Queues.DEFAULT,
)
app.autodiscover_tasks()


@app.on_after_configure.connect
def _prepare_local_folders(sender: Celery, **_: object) -> None:
    """Folders the local files need before first use: the filesystem transport's (the embedded default)
    and the one holding beat's schedule file (DATA_DIR, which a fresh checkout on PostgreSQL lacks)."""
    options = sender.conf.broker_transport_options or {}
    for key in ("data_folder_in", "data_folder_out", "processed_folder", "control_folder"):
        if key in options:
            Path(options[key]).mkdir(parents=True, exist_ok=True)
    schedule = sender.conf.beat_schedule_filename
    if schedule:
        Path(schedule).parent.mkdir(parents=True, exist_ok=True)
