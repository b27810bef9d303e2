"""The tenant isolation matrix, generated from the URL resolver: every URL of the product, built with
objects of organization A, tried as a member of organization B, as an anonymous visitor and as a
candidate's session.

New endpoints are covered without anyone remembering to add them: a route whose URL arguments have no
builder below fails `test_every_url_argument_has_a_builder`, and a route missing from the allowlists is
held to the strict rule. The allowlists are short, and each entry says why.

The rules:
- a member (admin) of B gets a 404 for every URL that names an object of A; on a URL that names no object
  (their own dashboard, the pipeline list) they get their own organization's page, which must not show a
  byte of A's data;
- an anonymous visitor is sent to the sign-in page (302), or gets 401/403;
- a candidate's session (an attempt of A opened through its emailed link) is refused the same way: it is
  not a signed-in member, so no staff page or API answers it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from accounts.models import Membership, Role
from accounts.services import member_invite
from accounts.tests.factories import MembershipFactory, OrganizationFactory
from assessments.services import attempt_start, attempt_submit, response_save
from candidates.models import Application
from candidates.services import candidate_add, invitations_send
from candidates.tests.factories import TSS, pipeline_for
from config.celery import app as celery_app
from interviews.tests.factories import interview_with_scorecard
from rubrics.services import score_report_for_attempt
from tests.candidates.helpers import emailed_link, token_of

pytestmark = pytest.mark.django_db

A_MARKERS = ("Aardvark Secret Hiring", "A-secret pipeline", "a-secret-candidate@example.org")
PROTECTED_CANDIDATE_SESSION_KEYS = ("candidate_attempt", "candidate_holder")  # assessments.candidate_views


@dataclass(frozen=True)
class Route:
    name: str  # "namespace:name", or the path for an unnamed route
    pattern: str
    kwargs: tuple[str, ...]
    view_module: str


def _routes(patterns: list[Any] | None = None, prefix: str = "", namespace: str = "") -> Iterator[Route]:
    for entry in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from _routes(entry.url_patterns, prefix + str(entry.pattern), inner)
        elif isinstance(entry, URLPattern):
            callback = entry.callback
            module = getattr(callback, "__module__", "") or ""
            yield Route(
                name=f"{namespace}{entry.name}" if entry.name else prefix + str(entry.pattern),
                pattern=prefix + str(entry.pattern),
                kwargs=tuple(entry.pattern.regex.groupindex),
                view_module=module,
            )


# Routes outside the matrix, each for a reason.
EXCLUDED_PREFIXES = {
    "admin/": "Django's admin: staff users only (is_staff), its own sign-in (tests/accounts/test_admin.py)",
    "dev/outbox/": "development only (DEBUG and the file email backend); never served in production",
}

# Pages that are the same for every organization: a member of B may read them with A's arguments.
NOT_ORGANIZATION_SPECIFIC = {
    "assessments:playbook_detail": "playbooks are product content shared by every organization",
    "assessments:playbook_print": "playbooks are product content shared by every organization",
    "rubrics:try_rubric": "scores a typed answer against a shared playbook item; stores nothing",
    "api:playbook_detail": "playbooks are product content shared by every organization",
}

# Pages a visitor reaches without signing in; each guards itself some other way.
PUBLIC = {
    "healthz/": "the health probe of load balancers",
    "accounts:login": "the sign-in page",
    "accounts:password_reset": "asks for an address; says the same whether or not it has an account",
    "accounts:password_reset_done": "a static confirmation",
    "accounts:password_reset_confirm": "the emailed one-time token is the credential",
    "accounts:password_reset_complete": "a static confirmation",
    "accounts:invitation_accept": "the emailed team-invitation token is the credential",
    "api:schema": "the published API contract",
    "api:docs": "the published API contract",
    "api:redoc": "the published API contract",
}

# The candidate-facing pages (issue 6): reached through the emailed link's token, then the candidate's own
# session; never through membership of an organization. tests/candidate covers who may open what there.
CANDIDATE_PAGES_NAMESPACE = "candidate:"


@dataclass
class World:
    """Organization A with one of everything a URL can name, and organization B with an admin."""

    a_admin: Membership
    a_recruiter: Membership
    b_admin: Membership
    pipeline_id: int
    application: Application
    scored_application: Application
    attempt_token: str
    team_invitation_id: int
    team_invitation_token: str
    score_report_id: int
    api_key_id: int
    endpoint_id: int
    delivery_id: int
    interview_id: int = 0
    scorecard_id: int = 0


# One builder per URL argument name. A route with an argument missing here fails the first test below.
KWARG_BUILDERS: dict[str, Callable[[World], Any]] = {
    "pipeline_id": lambda world: world.pipeline_id,
    "candidate_id": lambda world: world.application.candidate.public_id,
    "application_id": lambda world: world.application.pk,
    "membership_id": lambda world: world.a_recruiter.pk,
    "invitation_id": lambda world: world.team_invitation_id,
    "token": lambda world: world.team_invitation_token,
    "uidb64": lambda world: urlsafe_base64_encode(force_bytes(world.a_admin.user.pk)),
    "slug": lambda world: TSS,
    "playbook_slug": lambda world: TSS,
    "item_slug": lambda world: "sjt-angry-customer",
    "result_id": lambda world: world.score_report_id,
    "api_key_id": lambda world: world.api_key_id,
    "endpoint_id": lambda world: world.endpoint_id,
    "delivery_id": lambda world: world.delivery_id,
    "interview_id": lambda world: world.interview_id,
    "scorecard_id": lambda world: world.scorecard_id,
}
# Where one argument name means different things on different routes.
ROUTE_KWARG_BUILDERS: dict[tuple[str, str], Callable[[World], Any]] = {
    ("candidate:open", "token"): lambda world: world.attempt_token,
    ("accounts:password_reset_confirm", "token"): lambda world: "set-password",
}


def _url(route: Route, world: World) -> str:
    values = {
        name: ROUTE_KWARG_BUILDERS.get((route.name, name), KWARG_BUILDERS[name])(world)
        for name in route.kwargs
    }
    if ":" in route.name:
        return reverse(route.name, kwargs=values)
    return "/" + route.pattern


def _matrix_routes() -> list[Route]:
    return [
        route
        for route in _routes()
        if not any(route.pattern.startswith(prefix) for prefix in EXCLUDED_PREFIXES)
    ]


def test_every_url_argument_has_a_builder() -> None:
    missing = sorted(
        {
            f"{route.name}: <{name}>"
            for route in _matrix_routes()
            for name in route.kwargs
            if name not in KWARG_BUILDERS and (route.name, name) not in ROUTE_KWARG_BUILDERS
        }
    )
    assert not missing, (
        "These URL arguments have no builder in KWARG_BUILDERS: add one that returns an object of "
        "organization A, so the isolation matrix covers the new endpoint:\n" + "\n".join(missing)
    )


def test_the_allowlists_name_only_routes_that_exist() -> None:
    names = {route.name for route in _matrix_routes()}
    stale = sorted((set(NOT_ORGANIZATION_SPECIFIC) | set(PUBLIC)) - names)
    assert not stale, f"Allowlisted routes that no longer exist (remove them): {stale}"


@pytest.fixture
def world(django_capture_on_commit_callbacks: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[World]:
    from api.models import ApiKey
    from api.services import api_key_create, webhook_endpoint_create, webhook_event_emit
    from api.types import WEBHOOK_EVENT_TYPES
    from assessments.services import playbook_files_load
    from tests.candidates.conftest import PLAYBOOK_DIRECTORY

    monkeypatch.setattr(celery_app, "send_task", lambda *args, **kwargs: None)  # no broker for scoring
    previous = (celery_app.conf.task_always_eager, celery_app.conf.task_eager_propagates)
    celery_app.conf.task_always_eager, celery_app.conf.task_eager_propagates = True, True
    try:
        playbook_files_load(paths=[PLAYBOOK_DIRECTORY])
        organization_a = OrganizationFactory.create(name=A_MARKERS[0], slug="aardvark")
        organization_b = OrganizationFactory.create(name="Badger Hiring", slug="badger")
        a_admin = MembershipFactory.create(organization=organization_a, role=Role.ADMIN)
        a_recruiter = MembershipFactory.create(organization=organization_a, role=Role.RECRUITER)
        b_admin = MembershipFactory.create(organization=organization_b, role=Role.ADMIN)

        pipeline = pipeline_for(recruiter=a_recruiter, name=A_MARKERS[1])
        application = candidate_add(
            pipeline=pipeline, name="Secret Candidate", email=A_MARKERS[2], added_by=a_recruiter.user
        )
        scored = candidate_add(
            pipeline=pipeline,
            name="Scored Candidate",
            email="a-scored@example.org",
            added_by=a_recruiter.user,
        )
        with django_capture_on_commit_callbacks(execute=True):
            invitations_send(pipeline=pipeline, sent_by=a_recruiter.user, application_ids=[scored.pk])
            invitations_send(pipeline=pipeline, sent_by=a_recruiter.user, application_ids=[application.pk])
        attempt_token = token_of(emailed_link())
        scored.refresh_from_db()
        assert scored.attempt is not None
        attempt_start(attempt_id=scored.attempt.pk)
        response_save(
            attempt_id=scored.attempt.pk,
            item_slug=scored.attempt.assessment_version.item_slugs[0],
            answer="I would listen first.",
            seq=1,
        )
        attempt_submit(attempt_id=scored.attempt.pk)
        report = score_report_for_attempt(attempt_id=scored.attempt.pk)
        assert report is not None

        invitation, invitation_token = member_invite(
            organization=organization_a,
            email="new-hire@example.org",
            role=Role.RECRUITER,
            invited_by=a_admin.user,
        )
        api_key, _raw = api_key_create(
            organization=organization_a, name="A sync", scope=ApiKey.Scope.values[0], created_by=a_admin.user
        )
        event = next(iter(WEBHOOK_EVENT_TYPES))
        endpoint, _secret = webhook_endpoint_create(
            organization=organization_a, url="https://8.8.8.8/hooks", events=[event], created_by=a_admin.user
        )
        delivery_ids = webhook_event_emit(
            organization_id=organization_a.pk, event_type=event, payload={"a": 1}
        )
        interview, scorecard_id = interview_with_scorecard(application=scored, scheduled_by=a_admin)
        application.refresh_from_db()
        mail.outbox.clear()
        yield World(
            a_admin=a_admin,
            a_recruiter=a_recruiter,
            b_admin=b_admin,
            pipeline_id=pipeline.pk,
            application=application,
            scored_application=scored,
            attempt_token=attempt_token,
            team_invitation_id=invitation.pk,
            team_invitation_token=invitation_token,
            score_report_id=report.pk,
            api_key_id=api_key.pk,
            endpoint_id=endpoint.pk,
            delivery_id=delivery_ids[0],
            interview_id=interview.pk,
            scorecard_id=scorecard_id,
        )
    finally:
        celery_app.conf.task_always_eager, celery_app.conf.task_eager_propagates = previous


def _response(client: Client, url: str, *, post_if_get_not_allowed: bool = True) -> Any:
    response = client.get(url)
    if response.status_code == 405 and post_if_get_not_allowed:
        response = client.post(url, {})
    return response


def _login_redirect(response: Any) -> bool:
    return response.status_code == 302 and response["Location"].startswith(reverse("accounts:login"))


def _refused(response: Any) -> bool:
    return _login_redirect(response) or response.status_code in (401, 403)


def _leaks(response: Any) -> list[str]:
    body = response.content.decode("utf-8", errors="replace")
    return [marker for marker in A_MARKERS if marker in body]


def _staff_routes() -> list[Route]:
    return [route for route in _matrix_routes() if not route.name.startswith(CANDIDATE_PAGES_NAMESPACE)]


def test_a_member_of_another_organization_gets_404_for_every_object_of_a(world: World) -> None:
    problems = []
    for route in _staff_routes():
        url = _url(route, world)
        client = Client()
        client.force_login(world.b_admin.user)
        names_an_object = bool(route.kwargs)
        response = _response(client, url, post_if_get_not_allowed=names_an_object)
        strict = names_an_object and route.name not in NOT_ORGANIZATION_SPECIFIC and route.name not in PUBLIC
        if strict and response.status_code != 404:
            problems.append(f"{route.name} {url}: {response.status_code}, expected 404")
        # A public page opened by A's token shows A's name to whoever holds the token, by design.
        if route.name not in PUBLIC and (leaked := _leaks(response)):
            problems.append(f"{route.name} {url}: shows organization A's {leaked}")
    assert not problems, "\n".join(problems)


def test_an_anonymous_visitor_is_sent_to_sign_in_or_refused(world: World) -> None:
    problems = []
    for route in _staff_routes():
        if route.name in PUBLIC:
            continue
        url = _url(route, world)
        response = _response(Client(), url)
        if not _refused(response):
            problems.append(f"{route.name} {url}: {response.status_code}")
        elif leaked := _leaks(response):
            problems.append(f"{route.name} {url}: shows organization A's {leaked}")
    assert not problems, "Not refused to an anonymous visitor:\n" + "\n".join(problems)


def test_a_candidate_session_is_refused_every_staff_page_and_api(world: World) -> None:
    client = Client()
    # The candidate opens their emailed link, as the browser does: that is what gives them a session.
    landing = client.get(reverse("candidate:open", kwargs={"token": world.attempt_token}), follow=True)
    assert landing.status_code == 200
    assert all(key in client.session for key in PROTECTED_CANDIDATE_SESSION_KEYS), (
        "opening the link gave the candidate no session: update PROTECTED_CANDIDATE_SESSION_KEYS"
    )
    problems = []
    for route in _staff_routes():
        if route.name in PUBLIC:
            continue
        url = _url(route, world)
        response = _response(client, url)
        if not _refused(response):
            problems.append(f"{route.name} {url}: {response.status_code}")
        elif leaked := _leaks(response):
            problems.append(f"{route.name} {url}: shows organization A's {leaked}")
    assert not problems, "Not refused to a candidate's session:\n" + "\n".join(problems)


def test_the_candidate_pages_do_not_open_for_a_member_of_another_organization(world: World) -> None:
    """Membership of an organization opens no candidate page: without the token's session, B's admin is
    refused every candidate page except the link itself (which the token alone opens, by design)."""
    problems = []
    for route in _matrix_routes():
        if not route.name.startswith(CANDIDATE_PAGES_NAMESPACE) or route.name == "candidate:open":
            continue
        client = Client()
        client.force_login(world.b_admin.user)
        url = _url(route, world)
        response = _response(client, url)
        if response.status_code < 300 or _leaks(response):
            problems.append(f"{route.name} {url}: {response.status_code}")
    assert not problems, "\n".join(problems)
