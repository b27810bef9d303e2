"""A real Celery worker, in its own process, on the test command's throwaway Redis and test database.

The worker is the product's (`celery -A config worker`), started once per test session and stopped with
SIGTERM (SIGKILL if it does not stop). A failing test that used it gets the worker's log in its report.
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


@pytest.fixture(scope="session")
def celery_worker(django_db_setup: None, tmp_path_factory: pytest.TempPathFactory) -> Iterator[CeleryWorker]:
    if not os.environ.get("REDIS_URL"):
        pytest.skip(
            "integration tests need a real Redis in REDIS_URL: run them with bash scripts/test.sh, "
            "which starts a throwaway one"
        )
    from django.db import connection

    nodename = f"integration-{uuid.uuid4().hex[:8]}@pytest"
    log_path = tmp_path_factory.mktemp("celery-worker") / "worker.log"
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": database_url_for(connection.settings_dict),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    command = [
        sys.executable, "-m", "celery", "-A", "config", "worker",
        "--pool", "solo", "--concurrency", "1",
        "-Q", ",".join(Queues.ALL),
        "--include", "tests.integration.probe_tasks",
        "-n", nodename,
        "--without-gossip", "--without-mingle",
        "-l", "info",
    ]  # fmt: skip
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, cwd=ROOT, env=environment, stdout=log, stderr=subprocess.STDOUT)
    worker = CeleryWorker(process=process, nodename=nodename, log_path=log_path)
    try:
        deadline = time.monotonic() + READY_TIMEOUT
        while not answers_ping(nodename):
            if process.poll() is not None or time.monotonic() > deadline:
                stop(process)
                pytest.fail(f"the Celery worker did not become ready:\n{worker.log_text()}")
        yield worker
    finally:
        stop(process)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, Any, Any]:
    report = yield
    worker = getattr(item, "funcargs", {}).get("celery_worker")
    if report.failed and isinstance(worker, CeleryWorker):
        report.sections.append(("Celery worker log", worker.log_text()))
    return report
