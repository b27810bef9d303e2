"""Shared pytest set-up for every test directory."""

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# Playwright's sync API runs an event loop in the test thread; the ORM calls the tests make around it
# are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(autouse=True)
def _rate_limits_per_test(settings: Any) -> None:
    """Each test counts its own sign-in failures and link openings (accounts.ratelimit), so that a test
    that trips a limit never throttles the next one on the shared cache."""
    settings.RATELIMIT_NAMESPACE = uuid.uuid4().hex
    # The same for the batch scoring's kick keys (assessments.services.SCORE_SUBMITTED_TASK).
    settings.SCORING_KICK_NAMESPACE = uuid.uuid4().hex


@pytest.fixture
def celery_eager() -> Iterator[None]:
    """Tasks run in the test process when enqueued (errors propagate), so an email a task sends lands in
    django.core.mail.outbox. Test folders whose code sends tasks use it for every test (autouse there)."""
    from config.celery import app as celery_app

    previous = (celery_app.conf.task_always_eager, celery_app.conf.task_eager_propagates)
    celery_app.conf.task_always_eager = True
    celery_app.conf.task_eager_propagates = True
    yield
    celery_app.conf.task_always_eager, celery_app.conf.task_eager_propagates = previous


# The playbooks and the organization most test folders start from (a folder's own conftest may override).
@pytest.fixture
def playbooks(db: None) -> None:
    """The three playbooks of fixtures/playbooks, loaded."""
    from django.conf import settings

    from assessments.services import playbook_files_load

    playbook_files_load(paths=[Path(settings.BASE_DIR) / "fixtures" / "playbooks"])


@pytest.fixture
def organization(db: None) -> Any:
    from accounts.tests.factories import OrganizationFactory

    return OrganizationFactory.create(name="Northwind Support", slug="northwind")
