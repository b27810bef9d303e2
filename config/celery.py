"""The Celery app, the defaults every task gets, and the queue names (the one place they are written).

Every task of the product derives from `ProductTask`: acknowledged late, re-queued when the worker process
dies, soft and hard time limits, capped retries with exponential backoff. Tasks are enqueued only after the
surrounding transaction commits: `task.delay_on_commit(...)` (Celery's DjangoTask), never `.delay()` inside
a transaction. Broker and schedule settings come from Django settings (`CELERY_*`, config/settings/base.py).
"""

from __future__ import annotations

import functools
import gc
import logging
import os
from pathlib import Path
from typing import Any

from celery import Celery
from celery.contrib.django.task import DjangoTask
from celery.signals import task_postrun, task_prerun, worker_process_init
from django.db import close_old_connections
from kombu import Queue
from kombu.exceptions import OperationalError as BrokerUnavailable

logger = logging.getLogger(__name__)

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

    def delay_on_commit(self, *args: Any, **kwargs: Any) -> None:
        """As Celery's, but a broker that cannot be reached when the transaction commits is logged, not
        raised: the request that committed has succeeded (an answer saved, a submission stored) and must
        say so, rather than turn into a server error after the fact. Errors of a task run eagerly still
        propagate."""
        from django.db import transaction

        transaction.on_commit(functools.partial(self._delay_or_log, args, kwargs))

    def _delay_or_log(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        try:
            self.delay(*args, **kwargs)
        except BrokerUnavailable:
            logger.warning("task %s not enqueued: the broker is unreachable", self.name, exc_info=True)


app = Celery("hiring", task_cls=ProductTask)
app.config_from_object("django.conf:settings", namespace="CELERY")
app.conf.update(
    # Each queue bound under its own name: without a routing key Celery binds them all under "default".
    task_queues=[Queue(name, routing_key=name) for name in Queues.ALL],
    task_default_queue=Queues.DEFAULT,
    # Celery's Django fixup closes every database connection before and after every task unless this is
    # set (celery/celery#4116, and the revert in #9824), so each task opened a new PostgreSQL session: in
    # the scoring benchmark that was 15 ms of the database's CPU per submission, more than the scoring
    # itself. With it set, the fixup closes them only every this many tasks, and `_connections_tidy`
    # below gives the workers Django's own rules (CONN_MAX_AGE, CONN_HEALTH_CHECKS) in between.
    CELERY_DB_REUSE_MAX=1000,
)
app.autodiscover_tasks()


@task_prerun.connect
@task_postrun.connect
def _connections_tidy(sender: Any = None, **_: object) -> None:
    """What Django does at each request's start and end, at each task's: drop a connection that is too
    old or broke, and check the next one's health before its first query (a database restarted between
    two tasks costs the next task a reconnect, not a failure). Not for a task run eagerly, inside its
    caller's request or transaction (as Celery's own fixup)."""
    if getattr(getattr(sender, "request", None), "is_eager", False):
        return
    close_old_connections()


# New container objects (lists, dicts, the engine's per-answer objects) between two collections of the
# youngest generation: Python's default is 700, which a scoring of one assessment passes several times over
# (tens of thousands of objects, nearly all freed at once by reference counting). Each collection walks the
# young objects alive at that moment, so fewer collections cost less: about 3.5% of the engine's
# instructions at 5,000 and 4.2% at 50,000 (callgrind, bench.scoring's assessments); the cyclic garbage
# waiting longer is at most this many objects.
YOUNG_OBJECTS_PER_COLLECTION = 10_000


def settle_the_heap() -> None:
    """A pool process starts forked from the worker with Django, the apps and the scoring engine loaded:
    objects that live as long as the process. The cyclic garbage collector's full collections walked all of
    them (over a hundred thousand), about 5% of the scoring engine's time (bench.scoring); frozen, they are
    left out of every collection (gc.freeze: Python's advice for a process that forks, also keeping the
    pages shared with the parent). Anything made later is collected as before, the youngest generation
    every `YOUNG_OBJECTS_PER_COLLECTION` new objects."""
    gc.freeze()
    _, middle, oldest = gc.get_threshold()
    gc.set_threshold(YOUNG_OBJECTS_PER_COLLECTION, middle, oldest)


@worker_process_init.connect
def _freeze_the_loaded_heap(**_: object) -> None:
    settle_the_heap()


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
