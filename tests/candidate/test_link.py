"""Opening the emailed link: the token for a session, refusals that say whom to contact, the rate limit,
no Referer, no token in any log, and no way from a candidate's session to a staff page."""

from __future__ import annotations

import io
import logging
import os
import secrets
import shlex
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.tests.factories import DEFAULT_TEST_PASSWORD, MembershipFactory
from assessments import candidate_views
from assessments.candidate_views import SESSION_ATTEMPT, SESSION_HOLDER
from assessments.log_redaction import CandidateLinkFilter, RedactingGunicornLogger, redact_candidate_links
from assessments.models import Attempt
from assessments.services import attempt_link_revoke
from audit.models import AuditEvent
from tests.candidate.conftest import Invite

pytestmark = [pytest.mark.django_db]


def test_the_link_exchanges_its_token_for_a_fresh_session_and_redirects_to_an_address_without_it(
    invite: Invite, client: Client
) -> None:
    invited = invite()
    client.get(reverse("accounts:login"))  # a session cookie from before, as a browser may have
    before = client.session.session_key

    response = client.get(invited.path)

    assert response.status_code == 302
    assert response.headers["Location"] == reverse("candidate:attempt")
    assert invited.token not in response.headers["Location"]
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert "no-store" in response.headers["Cache-Control"]
    session = client.session
    assert session.session_key != before
    assert session[SESSION_ATTEMPT] == str(invited.attempt.public_id)
    assert session[SESSION_HOLDER] == invited.refreshed().active_holder
    event = AuditEvent.objects.get(action="attempt.link_opened", target_id=str(invited.attempt.pk))
    assert invited.token not in str(event.data)

    landing = client.get(response.headers["Location"])
    assert landing.status_code == 200
    assert landing.headers["Referrer-Policy"] == "no-referrer"
    assert invited.token not in landing.content.decode()


def test_a_revoked_link_says_so_and_names_whom_to_contact(invite: Invite, client: Client) -> None:
    invited = invite()
    attempt_link_revoke(attempt_id=invited.attempt.pk)

    response = client.get(invited.path)

    assert response.status_code == 410
    page = response.content.decode()
    assert "This assessment link was withdrawn" in page
    assert "Rita Recruiter" in page and "rita@northwind.example" in page
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert SESSION_ATTEMPT not in client.session


def test_an_expired_link_says_so_unless_the_attempt_is_under_way(invite: Invite, client: Client) -> None:
    invited = invite()
    Attempt.objects.filter(pk=invited.attempt.pk).update(
        link_expires_at=timezone.now() - timedelta(minutes=1)
    )

    response = client.get(invited.path)

    assert response.status_code == 410
    assert "This assessment link has expired" in response.content.decode()
    assert "rita@northwind.example" in response.content.decode()

    Attempt.objects.filter(pk=invited.attempt.pk).update(
        status=Attempt.Status.IN_PROGRESS,
        started_at=timezone.now(),
        deadline_at=timezone.now() + timedelta(minutes=30),
    )
    assert client.get(invited.path).status_code == 302


def test_an_unknown_token_opens_nothing(invite: Invite, client: Client) -> None:
    invite()
    response = client.get(reverse("candidate:open", kwargs={"token": "x" * 43}))
    assert response.status_code == 404
    assert "This link does not open an assessment" in response.content.decode()
    assert SESSION_ATTEMPT not in client.session


def test_opening_links_is_rate_limited_per_address(
    invite: Invite, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(candidate_views, "LINK_OPENS_PER_WINDOW", 3)
    invited = invite()
    guesses = [client.get(reverse("candidate:open", kwargs={"token": f"guess{n:040d}"})) for n in range(3)]
    assert [response.status_code for response in guesses] == [404, 404, 404]

    refused = client.get(invited.path)
    assert refused.status_code == 429
    assert "Too many links opened" in refused.content.decode()
    assert int(refused.headers["Retry-After"]) > 0
    assert SESSION_ATTEMPT not in client.session

    elsewhere = Client(REMOTE_ADDR="198.51.100.9")
    assert elsewhere.get(invited.path).status_code == 302


def test_a_staff_sign_in_ends_at_a_candidate_link_and_a_candidate_session_reaches_no_staff_page(
    invite: Invite, client: Client
) -> None:
    invited = invite()
    member = MembershipFactory.create(organization=invited.attempt.organization)
    assert client.login(username=member.user.email, password=DEFAULT_TEST_PASSWORD)
    assert client.get(reverse("accounts:dashboard")).status_code == 200

    client.get(invited.path)

    for staff_page in (reverse("accounts:dashboard"), reverse("accounts:team"), "/playbooks/"):
        response = client.get(staff_page)
        assert response.status_code == 302, staff_page
        assert response.headers["Location"].startswith(reverse("accounts:login"))
    assert client.get(reverse("candidate:attempt")).status_code == 200


def test_candidate_pages_need_the_session_a_link_gives(client: Client) -> None:
    page = client.get(reverse("candidate:attempt"))
    assert page.status_code == 403
    assert "Open the link from your invitation email" in page.content.decode()
    api = client.get(reverse("candidate:api_clock"))
    assert api.status_code == 403
    assert api.json()["extra"]["code"] == "no_session"


def test_the_token_never_reaches_django_logs(
    invite: Invite, client: Client, caplog: pytest.LogCaptureFixture
) -> None:
    invited = invite()
    attempt_link_revoke(attempt_id=invited.attempt.pk)
    unknown = "Z" * 43
    with caplog.at_level(logging.INFO):
        client.get(invited.path)  # 410: Django logs the path of every 4xx
        client.get(reverse("candidate:open", kwargs={"token": unknown}))
    assert "/a/[token]/" in caplog.text
    assert invited.token not in caplog.text
    assert unknown not in caplog.text

    # runserver's access log line, as django.core.servers.basehttp writes it.
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    server_log = logging.getLogger("django.server")
    server_log.addHandler(handler)
    try:
        server_log.info('"%s" %s %s', f"GET /a/{invited.token}/ HTTP/1.1", "302", "0")
    finally:
        server_log.removeHandler(handler)
    assert invited.token not in stream.getvalue()
    assert "GET /a/[token]/ HTTP/1.1" in stream.getvalue()
    assert any(isinstance(each, CandidateLinkFilter) for each in server_log.filters)


class _GunicornConfig:
    """The few settings gunicorn's logger reads when it is built."""

    errorlog = "-"
    accesslog = "-"
    loglevel = "info"
    access_log_format = '%(h)s "%(r)s" %(s)s "%(f)s"'
    logconfig = None
    logconfig_dict: dict[str, object] = {}
    logconfig_json = None
    syslog = False
    capture_output = False
    disable_redirect_access_to_syslog = False
    user = 0
    group = 0

    def __getattr__(self, name: str) -> object:
        return None


class _Response:
    status = "302 Found"
    sent = 0
    headers: list[tuple[str, str]] = []


def test_gunicorn_access_log_lines_have_the_token_redacted() -> None:
    token = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde"
    logger = RedactingGunicornLogger(_GunicornConfig())
    environ = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": f"/a/{token}/",
        "PATH_INFO": f"/a/{token}/",
        "QUERY_STRING": "",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_REFERER": f"https://mail.example/?next=/a/{token}/",
        "REMOTE_ADDR": "203.0.113.4",
    }
    atoms = logger.atoms(_Response(), [], environ, timedelta(milliseconds=3))
    line = _GunicornConfig.access_log_format % atoms
    assert token not in line
    assert line == '203.0.113.4 "GET /a/[token]/ HTTP/1.1" 302 "https://mail.example/?next=/a/[token]/"'
    assert atoms["U"] == "/a/[token]/"
    # The fixed candidate pages stay readable in the log.
    assert (
        redact_candidate_links("GET /a/attempt/submitted/ HTTP/1.1") == "GET /a/attempt/submitted/ HTTP/1.1"
    )


def test_production_gunicorn_is_started_with_the_redacting_logger() -> None:
    root = Path(__file__).resolve().parents[2]
    env = {
        **os.environ,
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "hire.example.com",
    }
    result = subprocess.run(
        ["bash", "scripts/serve.sh", "--dry-run", "web"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    command = shlex.split(result.stdout.splitlines()[-1])
    assert command[0] == "gunicorn"
    assert command[command.index("--logger-class") + 1] == "assessments.log_redaction.RedactingGunicornLogger"
