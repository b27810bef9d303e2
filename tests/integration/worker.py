"""A real Celery worker process for the integration tests (see conftest.py for the fixture)."""

from __future__ import annotations

import signal
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from config.celery import app

READY_TIMEOUT = 60.0
STOP_TIMEOUT = 20.0


@dataclass(frozen=True)
class CeleryWorker:
    process: subprocess.Popen[bytes]
    nodename: str
    log_path: Path

    def log_text(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def wait_until(self, condition: Callable[[], bool], *, what: str, timeout: float = 30.0) -> None:
        """Poll `condition` until it holds; fail with the worker's log when the deadline passes first."""
        deadline = time.monotonic() + timeout
        while not condition():
            if self.process.poll() is not None:
                pytest.fail(
                    f"the worker exited ({self.process.returncode}) before {what}:\n{self.log_text()}"
                )
            if time.monotonic() > deadline:
                pytest.fail(f"no {what} within {timeout:.0f} s")
            time.sleep(0.05)


def database_url_for(settings_dict: dict[str, Any]) -> str:
    """The URL of the database pytest-django created (NAME is the test database's name by now)."""
    if settings_dict["ENGINE"] != "django.db.backends.postgresql":
        pytest.skip(
            "integration tests need PostgreSQL that a worker process can share: run them with "
            "bash scripts/test.sh, which starts one"
        )
    credentials = quote(settings_dict["USER"] or "", safe="")
    if settings_dict["PASSWORD"]:
        credentials += ":" + quote(settings_dict["PASSWORD"], safe="")
    host = settings_dict["HOST"] or "localhost"
    port = f":{settings_dict['PORT']}" if settings_dict["PORT"] else ""
    at = "@" if credentials else ""
    return f"postgres://{credentials}{at}{host}{port}/{quote(settings_dict['NAME'], safe='')}"


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)  # warm shutdown: finish the task in hand, then exit
    try:
        process.wait(timeout=STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=STOP_TIMEOUT)


def answers_ping(nodename: str) -> bool:
    return bool(app.control.ping(destination=[nodename], timeout=0.5))
