"""Fixtures for the API: two organizations (the second one only to prove it stays invisible), members of
each role, API keys, a scored attempt from the real playbooks, and a webhook receiver on 127.0.0.1.

Tasks run in this process when enqueued (eager), so a webhook delivery reaches the receiver during the
test; scoring messages sent by name are recorded instead of published."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone

from accounts.models import Membership, Organization, Role
from accounts.tests.factories import MembershipFactory, OrganizationFactory
from api.models import ApiKey
from api.services import api_key_create
from assessments.models import Attempt, Playbook
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
from rubrics.services import score_report_for_attempt

PLAYBOOK_DIRECTORY = Path(settings.BASE_DIR) / "fixtures" / "playbooks"
TSS = "technical-support-specialist"


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
def other_organization(db: None) -> Organization:
    return OrganizationFactory.create(name="Globex Hiring", slug="globex")


def _member(organization: Organization, role: str, name: str) -> Membership:
    return MembershipFactory.create(organization=organization, role=role, user__full_name=name)


@pytest.fixture
def admin(organization: Organization) -> Membership:
    return _member(organization, Role.ADMIN, "Ada Admin")


@pytest.fixture
def recruiter(organization: Organization) -> Membership:
    return _member(organization, Role.RECRUITER, "Rita Recruiter")


@pytest.fixture
def interviewer(organization: Organization) -> Membership:
    return _member(organization, Role.INTERVIEWER, "Ivan Interviewer")


@pytest.fixture
def other_admin(other_organization: Organization) -> Membership:
    return _member(other_organization, Role.ADMIN, "Otto Other")


def signed_in(membership: Membership) -> Client:
    client = Client()
    client.force_login(membership.user)
    return client


MakeKey = Callable[..., tuple[ApiKey, str]]


@pytest.fixture
def make_key(admin: Membership) -> MakeKey:
    def make(
        scope: str = ApiKey.Scope.READ, name: str = "ATS sync", by: Membership | None = None
    ) -> tuple[ApiKey, str]:
        creator = by or admin
        return api_key_create(
            organization=creator.organization, name=name, scope=scope, created_by=creator.user
        )

    return make


@pytest.fixture
def read_key(make_key: MakeKey) -> str:
    return make_key()[1]


def bearer(raw_key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {raw_key}"}


ScoredAttempt = Callable[..., Attempt]


@pytest.fixture
def scored_attempt(playbooks: None) -> ScoredAttempt:
    """An attempt of the organization answered with the playbook's model answers, submitted and scored."""

    def make(organization: Organization, label: str = "Grace Hopper") -> Attempt:
        playbook_version = Playbook.objects.get(slug=TSS).current_version
        assert playbook_version is not None
        version = assessment_version_freeze(
            organization=organization, playbook_version=playbook_version, item_slugs=None
        )
        spec = PlaybookSpec.model_validate(version.playbook_version.content)
        answers = model_answers_for_playbook(spec)
        start = timezone.now() - timedelta(minutes=25)
        attempt = attempt_create(organization=organization, assessment_version=version, candidate_label=label)
        attempt = attempt_start(attempt_id=attempt.pk, now=start)
        for slug in version.item_slugs:
            response_save(attempt_id=attempt.pk, item_slug=slug, answer=answers[slug], seq=1, now=start)
        attempt_submit(attempt_id=attempt.pk, now=start + timedelta(minutes=20))
        score_report_for_attempt(attempt_id=attempt.pk)
        attempt.refresh_from_db()
        return attempt

    return make


# The webhook receiver: outside the product, as an integrator would run it -------------------------------


@dataclass
class ReceivedRequest:
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Receiver:
    url: str
    requests: list[ReceivedRequest] = field(default_factory=list)
    # Status codes to answer, in order; 200 once they run out.
    answers: list[int] = field(default_factory=list)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    state = Receiver(url="")
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            with lock:
                state.requests.append(ReceivedRequest(self.path, dict(self.headers.items()), body))
                code = state.answers.pop(0) if state.answers else 200
            self.send_response(code)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/hooks/assessments"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
