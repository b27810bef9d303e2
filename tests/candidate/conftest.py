"""Fixtures for the candidate's side: the real playbooks, a frozen Technical Support Specialist blueprint,
and attempts with an emailed link, opened the way a candidate's browser opens them.

No task leaves this process: `sent_tasks` stands in for the broker (autouse), recording the scoring and
email tasks a submission asks for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.models import Organization
from assessments.models import AssessmentVersion, Attempt, Playbook
from assessments.services import (
    assessment_version_freeze,
    attempt_create,
    attempt_link_issue,
)
from config.celery import app as celery_app
from tests.scoring.conftest import TSS, SentTask


@pytest.fixture(autouse=True)
def sent_tasks(monkeypatch: pytest.MonkeyPatch) -> list[SentTask]:
    sent: list[SentTask] = []

    def send_task(name: str, args: Any = None, kwargs: Any = None, **options: Any) -> None:
        sent.append(SentTask(name=name, args=list(args or []), queue=options.get("queue")))

    monkeypatch.setattr(celery_app, "send_task", send_task)
    return sent


@pytest.fixture(autouse=True)
def fresh_rate_limits() -> None:
    cache.clear()


def freeze(
    organization: Organization, *, time_limit_seconds: int = 1800, grace_seconds: int = 30
) -> AssessmentVersion:
    playbook_version = Playbook.objects.get(slug=TSS).current_version
    assert playbook_version is not None
    return assessment_version_freeze(
        organization=organization,
        playbook_version=playbook_version,
        item_slugs=None,
        time_limit_seconds=time_limit_seconds,
        grace_seconds=grace_seconds,
    )


@pytest.fixture
def assessment_version(organization: Organization, playbooks: None) -> AssessmentVersion:
    return freeze(organization)


@dataclass
class Invitation:
    attempt: Attempt
    token: str

    @property
    def path(self) -> str:
        return reverse("candidate:open", kwargs={"token": self.token})

    def refreshed(self) -> Attempt:
        self.attempt.refresh_from_db()
        return self.attempt


Invite = Callable[..., Invitation]


@pytest.fixture
def invite(organization: Organization, assessment_version: AssessmentVersion) -> Invite:
    """A candidate invited by Rita: an attempt with a link valid for a week."""

    def make(
        label: str = "Grace Hopper",
        version: AssessmentVersion | None = None,
        accommodation_seconds: int = 0,
        candidate_email: str = "grace@example.com",
        valid_for: timedelta = timedelta(days=7),
    ) -> Invitation:
        attempt = attempt_create(
            organization=organization,
            assessment_version=version or assessment_version,
            candidate_label=label,
            accommodation_seconds=accommodation_seconds,
            contact_name="Rita Recruiter",
            contact_email="rita@northwind.example",
            candidate_email=candidate_email,
        )
        token = attempt_link_issue(attempt_id=attempt.pk, valid_until=timezone.now() + valid_for)
        attempt.refresh_from_db()
        return Invitation(attempt=attempt, token=token)

    return make


def open_link(client: Client, invitation: Invitation) -> Any:
    return client.get(invitation.path)


def start(client: Client, invitation: Invitation) -> Any:
    open_link(client, invitation)
    response = client.post(reverse("candidate:start"), {"consent": "yes"})
    assert response.status_code == 302, response.content[:500]
    return response


def save(client: Client, *saves: tuple[str, Any, int]) -> Any:
    return client.post(
        reverse("candidate:api_save"),
        data={"saves": [{"item": item, "answer": answer, "seq": seq} for item, answer, seq in saves]},
        content_type="application/json",
    )
