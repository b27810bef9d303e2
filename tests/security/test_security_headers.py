"""The headers and cookies a browser gets under the production settings, on a staff page and on a
candidate's page: HSTS, nosniff, a Referrer-Policy, no framing, and session and CSRF cookies that are
Secure, SameSite and (the session's) HttpOnly.

The values are the production settings module's own, read in a subprocess with a production environment
(as tests/platform/test_check_deploy.py runs `check --deploy`), then applied to this process's requests:
the pages need the test database, which only this process sees.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from http.cookies import Morsel
from pathlib import Path
from typing import Any

import pytest
from django.test import Client, override_settings
from django.urls import reverse

from accounts.tests.factories import DEFAULT_TEST_PASSWORD
from tests.platform.test_tenant_isolation import World

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
SECURITY_SETTINGS = (
    "MIDDLEWARE",
    "SECURE_SSL_REDIRECT",
    "SECURE_PROXY_SSL_HEADER",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "SECURE_REFERRER_POLICY",
    "SECURE_CROSS_ORIGIN_OPENER_POLICY",
    "X_FRAME_OPTIONS",
    "SESSION_COOKIE_SECURE",
    "SESSION_COOKIE_HTTPONLY",
    "SESSION_COOKIE_SAMESITE",
    "CSRF_COOKIE_SECURE",
    "CSRF_COOKIE_HTTPONLY",
    "CSRF_COOKIE_SAMESITE",
)
PRINT_SETTINGS = """
import json, sys
import django
django.setup()
from django.conf import settings
print(json.dumps({name: getattr(settings, name) for name in sys.argv[1:]}))
"""


def _production_settings(tmp_path: Path, **overrides: str) -> dict[str, Any]:
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        DEBUG="false",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="hire.example.com",
        SITE_URL="https://hire.example.com",
        DATA_DIR=str(tmp_path),
        **overrides,
    )
    result = subprocess.run(
        [sys.executable, "-c", PRINT_SETTINGS, *SECURITY_SETTINGS],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    values: dict[str, Any] = json.loads(result.stdout.splitlines()[-1])
    if values["SECURE_PROXY_SSL_HEADER"] is not None:
        values["SECURE_PROXY_SSL_HEADER"] = tuple(values["SECURE_PROXY_SSL_HEADER"])
    return values


@pytest.fixture(scope="module")
def production(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return _production_settings(tmp_path_factory.mktemp("production"))


# As the TLS-terminating proxy in front of gunicorn forwards a browser's HTTPS request.
HTTPS = {"X-Forwarded-Proto": "https"}


def _assert_page_headers(response: Any, production: dict[str, Any], *, referrer_policy: str) -> None:
    assert response.status_code == 200, response.status_code
    seconds = production["SECURE_HSTS_SECONDS"]
    assert response.headers["Strict-Transport-Security"] == f"max-age={seconds}; includeSubDomains; preload"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == referrer_policy
    framing_refused = response.headers.get("X-Frame-Options") == "DENY" or "frame-ancestors 'none'" in (
        response.headers.get("Content-Security-Policy", "")
    )
    assert framing_refused, dict(response.headers)


def _assert_cookie(cookie: Morsel[str], *, http_only: bool) -> None:
    assert cookie["secure"] is True, f"{cookie.key} is sent over plain HTTP too"
    assert cookie["samesite"] in ("Lax", "Strict"), f"{cookie.key}: SameSite={cookie['samesite']!r}"
    assert bool(cookie["httponly"]) is http_only, f"{cookie.key}: HttpOnly={cookie['httponly']!r}"


def test_production_settings_turn_every_protection_on(production: dict[str, Any]) -> None:
    assert "django.middleware.security.SecurityMiddleware" in production["MIDDLEWARE"]
    assert "django.middleware.clickjacking.XFrameOptionsMiddleware" in production["MIDDLEWARE"]
    assert production["SECURE_SSL_REDIRECT"] is True
    assert production["SECURE_HSTS_SECONDS"] >= 31_536_000  # a year: what HSTS preload lists ask for
    assert production["SESSION_COOKIE_SECURE"] is production["CSRF_COOKIE_SECURE"] is True
    assert production["SESSION_COOKIE_HTTPONLY"] is True


def test_hsts_follows_its_setting(tmp_path: Path) -> None:
    """HSTS is sent when configured: a deployment still trying HTTPS out may set SECURE_HSTS_SECONDS=0."""
    assert _production_settings(tmp_path, SECURE_HSTS_SECONDS="0")["SECURE_HSTS_SECONDS"] == 0
    values = _production_settings(tmp_path, SECURE_HSTS_SECONDS="600")
    with override_settings(**values):
        response = Client().get(reverse("accounts:login"), headers=HTTPS)
    assert response.headers["Strict-Transport-Security"] == "max-age=600; includeSubDomains; preload"


def test_a_plain_http_request_is_sent_to_https(production: dict[str, Any]) -> None:
    with override_settings(**production):
        response = Client().get(reverse("accounts:login"))
    assert response.status_code == 301
    assert response["Location"].startswith("https://")


def test_a_staff_page_and_its_cookies(world: World, production: dict[str, Any]) -> None:
    with override_settings(**production):
        client = Client()
        login_page = client.get(reverse("accounts:login"), headers=HTTPS)
        _assert_page_headers(login_page, production, referrer_policy="same-origin")
        _assert_cookie(client.cookies["csrftoken"], http_only=False)  # forms read no cookie; fetch may

        signed_in = client.post(
            reverse("accounts:login"),
            {"username": world.a_admin.user.email, "password": DEFAULT_TEST_PASSWORD},
            headers={**HTTPS, "Referer": "https://testserver/login/"},
        )
        assert signed_in.status_code == 302, signed_in.content
        _assert_cookie(signed_in.cookies["sessionid"], http_only=True)

        dashboard = client.get(reverse("accounts:dashboard"), headers=HTTPS)
        _assert_page_headers(dashboard, production, referrer_policy="same-origin")


def test_a_candidate_page_and_its_cookies(world: World, production: dict[str, Any]) -> None:
    with override_settings(**production):
        client = Client()
        link = client.get(reverse("candidate:open", kwargs={"token": world.attempt_token}), headers=HTTPS)
        assert link.status_code == 302
        assert link.headers["Referrer-Policy"] == "no-referrer"
        _assert_cookie(link.cookies["sessionid"], http_only=True)

        landing = client.get(reverse("candidate:attempt"), headers=HTTPS)
        _assert_page_headers(landing, production, referrer_policy="no-referrer")
        assert "no-store" in landing.headers["Cache-Control"]
        _assert_cookie(client.cookies["csrftoken"], http_only=False)
