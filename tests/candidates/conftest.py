"""Fixtures for pipelines: the real playbooks, an organization with one member of each role, a pipeline
from the Technical Support Specialist playbook. Emails are sent by the task, run in this process (eager),
into Django's test outbox; scoring messages are recorded instead of published."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.test import Client

from accounts.models import Membership, Organization, Role
from accounts.tests.factories import MembershipFactory
from candidates.models import Pipeline
from candidates.tests.factories import pipeline_for
from config.celery import app as celery_app

PLAYBOOK_DIRECTORY = Path(settings.BASE_DIR) / "fixtures" / "playbooks"


@pytest.fixture(autouse=True)
def _tasks_run_eagerly(celery_eager: None) -> None:
    """Every test here runs enqueued tasks in-process (the root conftest's `celery_eager`)."""


@pytest.fixture(autouse=True)
def sent_tasks(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, list[Any]]]:
    """Tasks sent by name (scoring, on submission) are recorded, not published to a broker."""
    sent: list[tuple[str, list[Any]]] = []

    def send_task(name: str, args: Any = None, kwargs: Any = None, **options: Any) -> None:
        sent.append((name, list(args or [])))

    monkeypatch.setattr(celery_app, "send_task", send_task)
    return sent


@pytest.fixture
def admin(organization: Organization) -> Membership:
    return MembershipFactory.create(organization=organization, role=Role.ADMIN, user__full_name="Ada Admin")


@pytest.fixture
def recruiter(organization: Organization) -> Membership:
    return MembershipFactory.create(
        organization=organization,
        role=Role.RECRUITER,
        user__full_name="Rita Recruiter",
        user__email="rita@northwind.example",
    )


@pytest.fixture
def manager(organization: Organization) -> Membership:
    return MembershipFactory.create(
        organization=organization, role=Role.HIRING_MANAGER, user__full_name="Max Manager"
    )


@pytest.fixture
def interviewer(organization: Organization) -> Membership:
    return MembershipFactory.create(
        organization=organization, role=Role.INTERVIEWER, user__full_name="Ivan Interviewer"
    )


@pytest.fixture
def pipeline(
    playbooks: None, recruiter: Membership, manager: Membership, interviewer: Membership
) -> Pipeline:
    return pipeline_for(
        recruiter=recruiter, hiring_manager_ids=[manager.pk], interviewer_ids=[interviewer.pk]
    )


def client_for(membership: Membership) -> Client:
    client = Client()
    client.force_login(membership.user)
    return client
