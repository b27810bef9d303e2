"""The worker keeps its database session from one task to the next (a new PostgreSQL session for each
task cost the database more CPU than the scoring itself), and a session that broke between two tasks is
replaced before the next task's first query instead of failing it."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.db import connection

from tests.integration.probe_tasks import probe_backend_pid
from tests.integration.worker import CeleryWorker

pytestmark = [pytest.mark.integration]


def _session_of_next_task(worker: CeleryWorker, directory: Path, marker: str) -> int:
    probe_backend_pid.delay(str(directory), marker)
    target = directory / marker
    worker.wait_until(target.exists, what=f"the probe task {marker}")
    return int(target.read_text(encoding="utf-8"))


@pytest.mark.django_db(transaction=True)
def test_the_worker_reuses_its_session_and_replaces_one_that_broke(
    celery_worker: CeleryWorker, tmp_path: Path
) -> None:
    sessions = [_session_of_next_task(celery_worker, tmp_path, f"task-{n}") for n in range(5)]
    assert len(set(sessions)) == 1, f"one session for five tasks, not {sessions}"

    with connection.cursor() as cursor:  # as a database restart or an idle timeout would
        cursor.execute("SELECT pg_terminate_backend(%s)", [sessions[0]])
        assert cursor.fetchone() == (True,)

    replaced = _session_of_next_task(celery_worker, tmp_path, "after-the-break")
    assert replaced != sessions[0]
    assert _session_of_next_task(celery_worker, tmp_path, "and-then") == replaced
    assert "OperationalError" not in celery_worker.log_text()
