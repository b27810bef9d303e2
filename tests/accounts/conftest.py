from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _tasks_run_eagerly(celery_eager: None) -> None:
    """Every test here runs enqueued tasks in-process (the root conftest's `celery_eager`)."""
