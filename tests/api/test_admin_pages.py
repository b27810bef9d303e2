"""The admin's pages for API keys and webhooks: the secret is on the creation page only, revoking works at
once, the pages are for admins of the organization, and the navigation leads there."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from accounts.models import Membership
from api.models import ApiKey, WebhookEndpoint
from tests.api.conftest import MakeKey, Receiver, bearer, signed_in

pytestmark = pytest.mark.django_db


def test_an_admin_creates_a_key_sees_it_once_and_revokes_it(admin: Membership, playbooks: None) -> None:
    browser = signed_in(admin)
    assert 'href="/api/keys/"' in browser.get("/").content.decode()

    created = browser.post("/api/keys/new/", {"name": "Greenhouse sync", "scope": "read"})
    assert created.status_code == 200
    assert "no-store" in created["Cache-Control"]
    raw_key = re.search(r'value="(hak_[^"]+)"', created.content.decode()).group(1)  # type: ignore[union-attr]
    assert Client().get("/api/v1/playbooks/", headers=bearer(raw_key)).status_code == 200

    listing = browser.get("/api/keys/").content.decode()
    assert "Greenhouse sync" in listing and raw_key[:12] in listing
    assert raw_key not in listing

    api_key = ApiKey.objects.get()
    assert browser.post(f"/api/keys/{api_key.pk}/revoke/").status_code == 302
    assert "Revoked" in browser.get("/api/keys/").content.decode()
    assert Client().get("/api/v1/playbooks/", headers=bearer(raw_key)).status_code == 401


def test_the_form_says_what_is_missing(admin: Membership) -> None:
    response = signed_in(admin).post("/api/keys/new/", {"name": "", "scope": "read"})
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert not ApiKey.objects.exists()


def test_keys_and_webhooks_pages_are_for_admins_only(recruiter: Membership) -> None:
    browser = signed_in(recruiter)
    for path in ("/api/keys/", "/api/keys/new/", "/api/webhooks/", "/api/webhooks/new/"):
        assert browser.get(path).status_code == 403, path
    assert 'href="/api/keys/"' not in browser.get("/").content.decode()


def test_another_organizations_key_cannot_be_revoked(make_key: MakeKey, other_admin: Membership) -> None:
    api_key, _ = make_key()
    assert signed_in(other_admin).post(f"/api/keys/{api_key.pk}/revoke/").status_code == 404
    api_key.refresh_from_db()
    assert api_key.revoked_at is None


def test_an_admin_adds_a_webhook_endpoint_and_sees_its_secret_once(
    admin: Membership, receiver: Receiver
) -> None:
    browser = signed_in(admin)
    created = browser.post("/api/webhooks/new/", {"url": receiver.url, "events": ["attempt.scored"]})

    assert created.status_code == 200
    endpoint = WebhookEndpoint.objects.get()
    assert endpoint.secret in created.content.decode()
    assert endpoint.events == ["attempt.scored"]
    detail = browser.get(f"/api/webhooks/{endpoint.pk}/").content.decode()
    assert endpoint.secret not in detail
    assert receiver.url in browser.get("/api/webhooks/").content.decode()

    assert browser.post(f"/api/webhooks/{endpoint.pk}/active/", {"active": "0"}).status_code == 302
    endpoint.refresh_from_db()
    assert endpoint.active is False


def test_no_event_chosen_is_refused(admin: Membership, receiver: Receiver) -> None:
    response = signed_in(admin).post("/api/webhooks/new/", {"url": receiver.url})
    assert response.status_code == 200
    assert not WebhookEndpoint.objects.exists()
