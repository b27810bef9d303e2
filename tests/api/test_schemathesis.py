"""Schemathesis over the whole published schema, through the Django WSGI app, authenticated as the
organization's integration (a read and write API key, so fuzzed bodies reach the services behind every
write) and as a signed-in recruiter: no server error, and every response (status code, headers, body)
matches what the schema says. Examples are bounded so it runs in well under two minutes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
import schemathesis
from django.conf import settings as django_settings
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.test import Client
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from schemathesis.checks import positive_data_acceptance

from accounts.models import Membership, Organization
from api.models import ApiKey
from candidates.services import candidate_add
from candidates.tests.factories import pipeline_for
from interviews.tests.factories import interview_with_scorecard
from tests.api.conftest import MakeKey, ScoredAttempt
from tests.api.test_schema import OPERATIONS

pytestmark = pytest.mark.django_db

EXAMPLES_PER_OPERATION = 25


def _run_every_operation(schema: Any, headers: dict[str, str]) -> list[str]:
    """Each operation of the schema with its own bounded run; returns the operations exercised."""
    exercised = []
    for result in schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @hypothesis_settings(
            max_examples=EXAMPLES_PER_OPERATION,
            deadline=None,
            database=None,
            derandomize=True,
            suppress_health_check=list(HealthCheck),
        )
        def check(case: Any) -> None:
            # Every other check runs. A body the schema allows may still break a rule only the services
            # know (no such playbook, not invited yet): that is a 400 in the error shape, not a failure.
            case.call_and_validate(headers=headers, excluded_checks=[positive_data_acceptance])

        check()
        exercised.append(operation.label)
    return exercised


@pytest.fixture
def wsgi_schema(settings: Any) -> Iterator[Callable[[], Any]]:
    settings.API_KEY_RATE_LIMIT_PER_MINUTE = 100_000  # the run is one client; the 429 has its own test
    settings.ALLOWED_HOSTS = [*django_settings.ALLOWED_HOSTS, "localhost"]

    def load() -> Any:
        return schemathesis.openapi.from_wsgi("/api/schema/?format=json", get_wsgi_application())

    # As Django's test client does: a request's end must not close the connection that holds the test's
    # transaction (the data the requests read lives in it).
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield load
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def _hiring_objects(admin: Membership) -> None:
    """A pipeline with a candidate and an interview, so that ids 1, 2... name something to act on."""
    pipeline = pipeline_for(recruiter=admin)
    application = candidate_add(pipeline=pipeline, name="Ada", email="ada@example.org", added_by=admin.user)
    interview_with_scorecard(application=application, scheduled_by=admin)


def test_every_operation_with_an_api_key(
    wsgi_schema: Callable[[], Any],
    make_key: MakeKey,
    scored_attempt: ScoredAttempt,
    organization: Organization,
    admin: Membership,
) -> None:
    scored_attempt(organization)
    _hiring_objects(admin)
    _key, write_key = make_key(scope=ApiKey.Scope.READ_WRITE)

    exercised = _run_every_operation(wsgi_schema(), {"Authorization": f"Bearer {write_key}"})

    assert len(exercised) == len(OPERATIONS)


def test_every_operation_as_a_signed_in_recruiter(
    wsgi_schema: Callable[[], Any],
    recruiter: Membership,
    scored_attempt: ScoredAttempt,
    organization: Organization,
    admin: Membership,
) -> None:
    scored_attempt(organization)
    _hiring_objects(admin)
    client = Client()
    client.force_login(recruiter.user)
    cookie = (
        f"{django_settings.SESSION_COOKIE_NAME}={client.cookies[django_settings.SESSION_COOKIE_NAME].value}"
    )

    exercised = _run_every_operation(wsgi_schema(), {"Cookie": cookie})

    assert len(exercised) == len(OPERATIONS)
