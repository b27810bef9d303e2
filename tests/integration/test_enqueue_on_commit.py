"""Tasks are sent only when the transaction that asked for them commits, and a real worker then runs them."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis
from celery.signals import before_task_publish
from django.db import transaction

from config.celery import Queues
from tests.integration.probe_tasks import probe_write_marker
from tests.integration.worker import CeleryWorker

pytestmark = [pytest.mark.integration]


class RollBack(Exception):
    """Raised inside the transaction to roll it back, as any error in a service would."""


def _waiting_probe_messages() -> list[dict[str, Any]]:
    """Probe messages still queued in Redis, on any queue and priority (Kombu keeps one list for each)."""
    client = redis.Redis.from_url(os.environ["REDIS_URL"])
    waiting = []
    for queue in Queues.ALL:
        for key in [queue, *(f"{queue}\x06\x16{priority}" for priority in (3, 6, 9))]:
            for raw in client.lrange(key, 0, -1):
                message = json.loads(raw)
                if message["headers"].get("task") == probe_write_marker.name:
                    waiting.append(message)
    return waiting


@pytest.fixture
def published() -> Iterator[list[list[Any]]]:
    """The argument lists of every probe task this process sends to the broker."""
    sent: list[list[Any]] = []

    def record(sender: str | None = None, body: Any = None, **_: Any) -> None:
        if sender == probe_write_marker.name:
            sent.append(list(body[0]))  # message protocol 2: (args, kwargs, embed)

    before_task_publish.connect(record, weak=False)
    yield sent
    before_task_publish.disconnect(record)


@pytest.mark.django_db(transaction=True)
def test_a_task_is_sent_only_when_its_transaction_commits(
    celery_worker: CeleryWorker, tmp_path: Path, published: list[list[Any]]
) -> None:
    markers = str(tmp_path)

    with pytest.raises(RollBack), transaction.atomic():
        probe_write_marker.delay_on_commit(markers, "rolled-back")
        raise RollBack
    with transaction.atomic():
        probe_write_marker.delay_on_commit(markers, "committed")
        assert published == []  # nothing leaves before the commit

    celery_worker.wait_until((tmp_path / "committed").exists, what="marker from the committed task")

    # One worker process takes messages in order: had the rolled-back task been sent first, it would have
    # run before the committed one. It was never sent, so it never ran and nothing of it waits in Redis.
    assert not (tmp_path / "rolled-back").exists()
    assert published == [[markers, "committed"]]
    assert _waiting_probe_messages() == []
