"""A task for the integration tests only: it leaves a file behind, so a test can see that it ran.

The worker started by tests/integration/conftest.py loads this module with `--include`.
"""

from __future__ import annotations

from pathlib import Path

from config.celery import ProductTask, app


@app.task(base=ProductTask, name="tests.integration.probe_tasks.probe_write_marker")
def probe_write_marker(directory: str, marker: str) -> None:
    target = Path(directory) / marker
    # Written under another name and renamed, so the test never sees a half-written marker.
    partial = target.with_name(f".{marker}.partial")
    partial.write_text("ran\n", encoding="utf-8")
    partial.replace(target)


@app.task(base=ProductTask, name="tests.integration.probe_tasks.probe_backend_pid")
def probe_backend_pid(directory: str, marker: str) -> None:
    """Leave the id of the PostgreSQL session this task ran its query on."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        (pid,) = cursor.fetchone()
    target = Path(directory) / marker
    partial = target.with_name(f".{marker}.partial")
    partial.write_text(f"{pid}\n", encoding="utf-8")
    partial.replace(target)
