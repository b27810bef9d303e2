"""CSRF on every state-changing route, generated from the URL resolver: a new form is covered without
anyone remembering to add it.

Every route of the product is sent a POST without a CSRF token by a signed-in browser session: an admin
of the organization that owns the objects in the URL, or, on the candidate pages under /a/, the candidate's
own session (from their emailed link). Each must answer 403 from the CSRF check, or 405 where the route takes
no POST at all. The API under /api/ takes API keys without CSRF by design (a key is not a cookie a browser
sends by itself), but the same API reached with a session cookie must enforce CSRF like any form.

The routes and their URL arguments come from the tenant isolation matrix (tests/platform), so one builder
per URL argument serves both.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import resolve, reverse
from rest_framework.views import APIView

from api.models import ApiKey
from api.services import api_key_create
from candidates.models import Application
from tests.platform.test_tenant_isolation import (
    CANDIDATE_PAGES_NAMESPACE,
    Route,
    World,
    _matrix_routes,
    _url,
)

pytestmark = pytest.mark.django_db

DJANGO_CSRF_REFUSAL = "CSRF verification failed"  # django.views.csrf's page (no 403_csrf.html here)
API_CSRF_REFUSAL = "CSRF Failed"  # rest_framework.authentication.SessionAuthentication.enforce_csrf

# Routes every run must find, so a broken route walk (or a renamed form) cannot pass by checking nothing.
MUST_BE_CHECKED = {
    "candidates:candidate_add",
    "candidates:candidates_import",
    "candidates:pipeline_bulk",
    "candidate:start",
    "candidate:api_save",
    "candidate:api_submit",
    "api:pipeline_candidate_add",
    "api:api_key_create",
    "accounts:login",
}


def _refused_for_csrf(response: Any) -> bool:
    if response.status_code != 403:
        return False
    body = response.content.decode("utf-8", errors="replace")
    return DJANGO_CSRF_REFUSAL in body or API_CSRF_REFUSAL in body


def _staff_client(world: World) -> Client:
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.a_admin.user)
    return client


def _candidate_client(world: World) -> Client:
    client = Client(enforce_csrf_checks=True)
    landing = client.get(reverse("candidate:open", kwargs={"token": world.attempt_token}), follow=True)
    assert landing.status_code == 200, "the candidate's emailed link did not open"
    return client


def _csrf_token(client: Client, world: World) -> str:
    """The token a page's form would carry (the cookie's value; Django accepts either)."""
    if "csrftoken" not in client.cookies:
        # A page with a form sets the CSRF cookie.
        client.get(reverse("candidates:candidate_add", kwargs={"pipeline_id": world.pipeline_id}))
    return client.cookies["csrftoken"].value


def _is_rest_api(route: Route, world: World) -> bool:
    """A Django REST framework view (JSON only); /api/keys/ and /api/webhooks/ are HTML forms."""
    view_class = getattr(resolve(_url(route, world)).func, "cls", None)
    return isinstance(view_class, type) and issubclass(view_class, APIView)


def _post(client: Client, route: Route, world: World, *, token: str = "") -> Any:
    """A POST as a forged cross-site request would send it: the browser's cookies (the session and the CSRF
    cookie), a body of the route's media type (JSON for the REST API), no token unless `token` is given."""
    headers = {"X-CSRFToken": token} if token else {}
    body = {"name": "Mallory", "email": "mallory@example.org"}
    if _is_rest_api(route, world):
        return client.post(_url(route, world), body, content_type="application/json", headers=headers)
    return client.post(_url(route, world), body, headers=headers)


def _takes_no_post(client: Client, route: Route, world: World) -> bool:
    """A page that renders its own 403 page (the API's HTML docs) says 405 once the token is there."""
    return _post(client, route, world, token=_csrf_token(client, world)).status_code == 405


def test_every_route_refuses_a_post_without_a_csrf_token(world: World) -> None:
    staff, candidate = _staff_client(world), _candidate_client(world)
    _csrf_token(staff, world)  # the victim's browser holds a CSRF cookie; the forged POST lacks the token
    checked: set[str] = set()
    problems = []
    for route in _matrix_routes():
        client = candidate if route.name.startswith(CANDIDATE_PAGES_NAMESPACE) else staff
        response = _post(client, route, world)
        checked.add(route.name)
        if response.status_code == 405 or _refused_for_csrf(response):
            continue
        if response.status_code == 403 and _takes_no_post(client, route, world):
            continue
        problems.append(
            f"{route.name} {_url(route, world)}: POST without a CSRF token answered {response.status_code}"
        )
    assert not problems, "These routes accept a POST without a CSRF token:\n" + "\n".join(problems)
    assert checked >= MUST_BE_CHECKED, f"routes not found by the walk: {sorted(MUST_BE_CHECKED - checked)}"


def test_the_admin_site_refuses_a_post_without_a_csrf_token(world: World) -> None:
    """Django's admin is outside the matrix (its URLs name models, not our objects); its forms are guarded
    the same way."""
    response = _staff_client(world).post(reverse("admin:login"), {"username": "x", "password": "y"})
    assert _refused_for_csrf(response), response.status_code


def test_the_same_post_with_the_token_is_accepted(world: World) -> None:
    """The refusals above are the CSRF check's, not something else's: with the token, the form works."""
    client = _staff_client(world)
    token = _csrf_token(client, world)
    response = client.post(
        reverse("candidates:candidate_add", kwargs={"pipeline_id": world.pipeline_id}),
        {"name": "Ada Lovelace", "email": "ada@example.org", "csrfmiddlewaretoken": token},
    )
    assert response.status_code == 302
    assert Application.objects.filter(candidate__email="ada@example.org").exists()


def test_the_api_enforces_csrf_with_a_session_and_not_with_an_api_key(world: World) -> None:
    url = reverse("api:pipeline_candidate_add", kwargs={"pipeline_id": world.pipeline_id})

    def add(client: Client, email: str, **headers: str) -> Any:
        body = {"name": "Ada", "email": email}
        return client.post(url, body, content_type="application/json", headers=headers)

    session = _staff_client(world)
    refused = add(session, "session-no-token@example.org")
    assert refused.status_code == 403
    assert API_CSRF_REFUSAL in refused.json()["error"]["message"]
    assert not Application.objects.filter(candidate__email="session-no-token@example.org").exists()

    token = _csrf_token(session, world)
    accepted = add(session, "session-token@example.org", **{"X-CSRFToken": token})
    assert accepted.status_code == 201, accepted.content

    _key, raw_key = api_key_create(
        organization=world.a_admin.organization,
        name="ATS",
        scope=ApiKey.Scope.READ_WRITE,
        created_by=world.a_admin.user,
    )
    with_key = add(Client(enforce_csrf_checks=True), "key@example.org", Authorization=f"Bearer {raw_key}")
    assert with_key.status_code == 201, with_key.content
