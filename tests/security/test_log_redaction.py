"""A candidate's link token never reaches a log line, whichever logger writes it: the lines of the real
console handler are captured while the link is refused in every way that logs its path (a CSRF refusal, a
revoked link), and gunicorn's access log line is built with gunicorn's own default format.

tests/candidate/test_link.py covers the "django.request" and "django.server" loggers through pytest's
capture; this file reads what the configured handler actually writes, so a logger nobody thought of (such
as "django.security.csrf") cannot leak it."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from gunicorn.config import Config

from assessments.log_redaction import RedactingGunicornLogger
from assessments.services import attempt_link_revoke
from tests.platform.test_tenant_isolation import World

pytestmark = pytest.mark.django_db


@pytest.fixture
def console() -> Iterator[io.StringIO]:
    """What settings.LOGGING's console handler (the process's stderr in production) writes."""
    handler = next(each for each in logging.getLogger().handlers if each.get_name() == "console")
    assert isinstance(handler, logging.StreamHandler)
    stream = io.StringIO()
    previous = handler.setStream(stream)
    try:
        yield stream
    finally:
        handler.setStream(previous)


def test_no_log_line_carries_the_token(world: World, console: io.StringIO) -> None:
    link = reverse("candidate:open", kwargs={"token": world.attempt_token})

    forged = Client(enforce_csrf_checks=True).post(link, {})  # django.security.csrf logs the path
    assert forged.status_code == 403
    attempt = world.application.attempt
    assert attempt is not None
    attempt_link_revoke(attempt_id=attempt.pk)
    revoked = Client().get(link)  # django.request logs the path of every 4xx
    assert revoked.status_code == 410

    written = console.getvalue()
    assert "Forbidden (CSRF cookie not set.): /a/[token]/" in written
    assert "Gone: /a/[token]/" in written
    assert world.attempt_token not in written


def test_gunicorn_access_log_with_its_default_format_carries_no_token(world: World) -> None:
    config = Config()
    config.set("accesslog", "-")
    logger = RedactingGunicornLogger(config)
    link = reverse("candidate:open", kwargs={"token": world.attempt_token})
    environ = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": f"{link}?utm_source=email",
        "PATH_INFO": link,
        "QUERY_STRING": "utm_source=email",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_REFERER": f"https://mail.example/redirect?to=https://hire.example.com{link}",
        "HTTP_USER_AGENT": "Mozilla/5.0",
        "REMOTE_ADDR": "203.0.113.4",
    }

    class Sent:
        status = "302 Found"
        sent = 0
        headers: list[tuple[str, str]] = []

    headers = [("REFERER", environ["HTTP_REFERER"]), ("USER-AGENT", environ["HTTP_USER_AGENT"])]
    atoms = logger.atoms(Sent(), headers, environ, timedelta(milliseconds=4))
    line = config.access_log_format % atoms

    assert world.attempt_token not in line
    assert '"GET /a/[token]/?utm_source=email HTTP/1.1" 302' in line
    assert '"https://mail.example/redirect?to=https://hire.example.com/a/[token]/"' in line
    assert world.attempt_token not in str(atoms)  # every atom, for a deployment's own format
