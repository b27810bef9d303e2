"""GET /healthz/ tells docker-compose (and a load balancer) whether a web process can serve requests."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.db import OperationalError, connection, connections
from django.test import RequestFactory
from django.urls import resolve
from pytest_django import Settings

from config.health import health, probe


@pytest.fixture(autouse=True)
def _static_root(settings: Settings, tmp_path: Path) -> None:
    settings.STATIC_ROOT = tmp_path  # WhiteNoise warns about a missing folder when a handler starts


@pytest.mark.django_db
def test_health_answers_ok_when_the_database_answers() -> None:
    response = health(RequestFactory().get("/healthz/"))

    assert (response.status_code, response.content) == (200, b"ok")
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_health_answers_503_when_the_database_does_not(monkeypatch: pytest.MonkeyPatch) -> None:
    def unreachable() -> None:
        raise OperationalError("connection refused")

    monkeypatch.setattr(connection, "cursor", unreachable)

    response = health(RequestFactory().get("/healthz/"))

    assert response.status_code == 503


def test_the_product_serves_the_health_check_at_healthz() -> None:
    assert resolve("/healthz/").func is health


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def _serve(server: WSGIServer) -> None:
    try:
        server.serve_forever(poll_interval=0.05)
    finally:
        connections.close_all()  # this thread's connection, or the test database cannot be dropped


@contextmanager
def _web_process() -> Iterator[int]:
    """A real HTTP server running Django with the middleware as configured now (like one gunicorn worker)."""
    server = make_server("127.0.0.1", 0, WSGIHandler(), handler_class=_QuietHandler)
    thread = threading.Thread(target=_serve, args=(server,), daemon=True)
    thread.start()
    try:
        yield server.server_port
    finally:
        server.shutdown()
        thread.join(timeout=10)
        server.server_close()


@pytest.fixture
def production_http_settings(settings: Settings) -> Settings:
    settings.ROOT_URLCONF = "tests.platform.health_urls"
    settings.ALLOWED_HOSTS = [".hire.example.com"]
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_REDIRECT_EXEMPT = []  # the probe must get through without production's exemption
    return settings


@pytest.mark.django_db
def test_the_compose_probe_gets_through_https_redirect_and_host_check(
    production_http_settings: Settings,
) -> None:
    with _web_process() as port:
        assert probe(port=port, allowed_hosts=[".hire.example.com", "localhost"]) is True


@pytest.mark.django_db
def test_the_compose_probe_fails_when_the_site_would_refuse_its_host(
    production_http_settings: Settings,
) -> None:
    with _web_process() as port:
        assert probe(port=port, allowed_hosts=["other.example.com"]) is False


def test_the_compose_probe_fails_when_nothing_listens() -> None:
    with _web_process() as port:
        pass  # the server is gone again: its port is free

    assert probe(port=port, allowed_hosts=["localhost"], timeout=2) is False
