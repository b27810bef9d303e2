"""Fixtures for the scoring pipeline: the real playbooks, a frozen assessment version of the Technical
Support Specialist blueprint, and attempts driven through the services a candidate's browser will call.

No task leaves this process: `sent_tasks` stands in for the broker (autouse), recording what would have
been published, so a test sees exactly which scoring tasks a submission or the reconciler asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.utils import timezone

from accounts.models import Organization
from assessments.models import AssessmentVersion, Attempt, Playbook
from assessments.services import (
    assessment_version_freeze,
    attempt_create,
    attempt_start,
    attempt_submit,
    response_save,
)
from assessments.types import PlaybookSpec
from config.celery import app as celery_app
from rubrics.management.commands.export_model_answers import model_answers_for_playbook

PLAYBOOK_DIRECTORY = Path(settings.BASE_DIR) / "fixtures" / "playbooks"
TSS = "technical-support-specialist"


@dataclass(frozen=True)
class SentTask:
    name: str
    args: list[Any]
    queue: str | None
    kwargs: dict[str, Any] | None = None


@pytest.fixture(autouse=True)
def sent_tasks(monkeypatch: pytest.MonkeyPatch) -> list[SentTask]:
    """Every task message this process publishes, instead of publishing it (`Task.apply_async` and
    `send_task` by name both end in `Celery.send_task`)."""
    sent: list[SentTask] = []

    def send_task(name: str, args: Any = None, kwargs: Any = None, **options: Any) -> None:
        sent.append(
            SentTask(
                name=name,
                args=list(args or []),
                queue=options.get("queue"),
                kwargs=kwargs,
            )
        )

    monkeypatch.setattr(celery_app, "send_task", send_task)
    return sent


@pytest.fixture
def assessment_version(organization: Organization, playbooks: None) -> AssessmentVersion:
    """The Technical Support Specialist's 30-minute blueprint, frozen for Northwind."""
    playbook_version = Playbook.objects.get(slug=TSS).current_version
    assert playbook_version is not None
    return assessment_version_freeze(
        organization=organization, playbook_version=playbook_version, item_slugs=None
    )


@pytest.fixture
def model_answers(assessment_version: AssessmentVersion) -> dict[str, Any]:
    """The playbook's own model answers for the frozen items: what a strong candidate would write."""
    spec = PlaybookSpec.model_validate(assessment_version.playbook_version.content)
    answers = model_answers_for_playbook(spec)
    return {slug: answers[slug] for slug in assessment_version.item_slugs}


@pytest.fixture
def t0() -> datetime:
    return timezone.now().replace(microsecond=0)


StartedAttempt = Callable[..., Attempt]


@pytest.fixture
def started_attempt(
    organization: Organization, assessment_version: AssessmentVersion, t0: datetime
) -> StartedAttempt:
    """A candidate who opened the link and pressed Start at t0."""

    def make(label: str = "Ada Lovelace", started_at: datetime | None = None) -> Attempt:
        attempt = attempt_create(
            organization=organization, assessment_version=assessment_version, candidate_label=label
        )
        return attempt_start(attempt_id=attempt.pk, now=started_at or t0)

    return make


SubmittedAttempt = Callable[..., Attempt]


@pytest.fixture
def submitted_attempt(
    started_attempt: StartedAttempt, model_answers: dict[str, Any], t0: datetime
) -> SubmittedAttempt:
    """A candidate who answered every item with its model answer and submitted `after` into the test."""

    def make(
        label: str = "Ada Lovelace",
        answers: dict[str, Any] | None = None,
        after: timedelta = timedelta(minutes=20),
        started_at: datetime | None = None,
    ) -> Attempt:
        start = started_at or t0
        attempt = started_attempt(label=label, started_at=start)
        for slug, answer in (model_answers if answers is None else answers).items():
            response_save(attempt_id=attempt.pk, item_slug=slug, answer=answer, seq=1, now=start + after / 2)
        return attempt_submit(attempt_id=attempt.pk, now=start + after)

    return make
