"""A real Celery worker, in its own process, on the test command's throwaway Redis and test database.

The worker is the product's (`celery -A config worker`), started once per test session and stopped with
SIGTERM (SIGKILL if it does not stop). A test that needs workers of its own (another environment, a worker
to kill) starts them with `start_celery_worker` and hands them to `extra_celery_workers` to be stopped.
A failing test that used any of them gets their logs in its report.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any

import pytest

from config.celery import Queues
from tests.integration.worker import READY_TIMEOUT, CeleryWorker, answers_ping, database_url_for, stop

ROOT = Path(__file__).resolve().parents[2]


def _require_redis() -> None:
    if not os.environ.get("REDIS_URL"):
        pytest.skip(
            "integration tests need a real Redis in REDIS_URL: run them with bash scripts/test.sh, "
            "which starts a throwaway one"
        )


def start_celery_worker(
    *,
    log_path: Path,
    queues: tuple[str, ...] = Queues.ALL,
    environment: dict[str, str] | None = None,
    own_process_group: bool = False,
) -> CeleryWorker:
    """Start the product's worker on the test database and wait until it answers a ping.

    `environment` is added to this process's; `own_process_group` puts the worker in a session of its own,
    so that a test can kill it and every process it started at once (`os.killpg`).
    """
    from django.db import connection

    nodename = f"integration-{uuid.uuid4().hex[:8]}@pytest"
    full_environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": database_url_for(connection.settings_dict),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        **(environment or {}),
    }
    command = [
        sys.executable, "-m", "celery", "-A", "config", "worker",
        "--pool", "solo", "--concurrency", "1",
        "-Q", ",".join(queues),
        "--include", "tests.integration.probe_tasks",
        "-n", nodename,
        "--without-gossip", "--without-mingle",
        "-l", "info",
    ]  # fmt: skip
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=full_environment,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=own_process_group,
        )
    worker = CeleryWorker(process=process, nodename=nodename, log_path=log_path)
    deadline = time.monotonic() + READY_TIMEOUT
    while not answers_ping(nodename):
        if process.poll() is not None or time.monotonic() > deadline:
            stop(process)
            pytest.fail(f"the Celery worker did not become ready:\n{worker.log_text()}")
    return worker


@pytest.fixture(scope="session")
def celery_worker(django_db_setup: None, tmp_path_factory: pytest.TempPathFactory) -> Iterator[CeleryWorker]:
    _require_redis()
    log_path = tmp_path_factory.mktemp("celery-worker") / "worker.log"
    worker = start_celery_worker(log_path=log_path)
    try:
        yield worker
    finally:
        stop(worker.process)


@pytest.fixture
def extra_celery_workers(django_db_setup: None, tmp_path: Path) -> Iterator[list[CeleryWorker]]:
    """Workers a test starts itself (`start_celery_worker(...)`, appended here): stopped after the test,
    and their logs attached to its report when it fails."""
    _require_redis()
    workers: list[CeleryWorker] = []
    yield workers
    for worker in workers:
        stop(worker.process)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, Any, Any]:
    report = yield
    funcargs = getattr(item, "funcargs", {})
    worker = funcargs.get("celery_worker")
    if report.failed and isinstance(worker, CeleryWorker):
        report.sections.append(("Celery worker log", worker.log_text()))
    if report.failed:
        for extra in funcargs.get("extra_celery_workers") or []:
            report.sections.append((f"Celery worker log ({extra.nodename})", extra.log_text()))
    return report
