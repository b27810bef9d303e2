"""API keys: shown once, stored hashed, scoped to their organization, read-only where asked, revocable,
last use recorded without a write per request, every create and revoke audited."""

from __future__ import annotations

import hashlib
from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.models import Membership, Organization
from accounts.types import ApplicationError
from api.models import ApiKey
from api.services import api_key_mark_used, api_key_revoke
from audit.models import AuditEvent
from tests.api.conftest import MakeKey, ScoredAttempt, bearer, signed_in

pytestmark = pytest.mark.django_db


def test_a_new_key_is_returned_once_and_only_its_hash_is_kept(make_key: MakeKey, admin: Membership) -> None:
    api_key, raw_key = make_key(name="Greenhouse sync")

    assert raw_key.startswith("hak_") and len(raw_key) > 40
    stored = ApiKey.objects.get(pk=api_key.pk)
    assert stored.secret_hash == hashlib.sha256(raw_key.encode()).hexdigest()
    assert raw_key not in {stored.name, stored.prefix, stored.secret_hash}
    assert raw_key.startswith(stored.prefix)
    event = AuditEvent.objects.get(action="api_key.created")
    assert event.data == {"name": "Greenhouse sync", "prefix": stored.prefix, "scope": "read"}
    assert event.actor_user_id == admin.user_id
    assert raw_key not in str(event.data)


def test_only_an_admin_creates_keys(make_key: MakeKey, recruiter: Membership) -> None:
    with pytest.raises(ApplicationError, match="Only an admin"):
        make_key(by=recruiter)


def test_a_good_key_reads_its_organization_and_records_its_use(make_key: MakeKey, playbooks: None) -> None:
    api_key, raw_key = make_key()
    response = Client().get("/api/v1/playbooks/", headers=bearer(raw_key))

    assert response.status_code == 200
    assert any(row["slug"] == "technical-support-specialist" for row in response.json()["results"])
    api_key.refresh_from_db()
    assert api_key.last_used_at is not None


def test_last_use_is_written_at_most_once_a_minute(make_key: MakeKey) -> None:
    api_key, _ = make_key()
    first = timezone.now()

    assert api_key_mark_used(api_key=api_key, now=first) is True
    assert api_key_mark_used(api_key=api_key, now=first + timedelta(seconds=30)) is False
    # Another process holding an older copy of the row does not write inside the minute either.
    stale = ApiKey.objects.get(pk=api_key.pk)
    stale.last_used_at = None
    assert api_key_mark_used(api_key=stale, now=first + timedelta(seconds=40)) is False
    assert api_key_mark_used(api_key=api_key, now=first + timedelta(seconds=61)) is True
    api_key.refresh_from_db()
    assert api_key.last_used_at == first + timedelta(seconds=61)


def test_a_revoked_key_is_refused_with_401(
    make_key: MakeKey, admin: Membership, organization: Organization
) -> None:
    api_key, raw_key = make_key()
    api_key_revoke(organization=organization, api_key_id=api_key.pk, revoked_by=admin.user)
    response = Client().get("/api/v1/playbooks/", headers=bearer(raw_key))

    assert response.status_code == 401
    assert response.json()["error"]["code"] == "authentication_failed"
    assert "revoked" in response.json()["error"]["message"]
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert AuditEvent.objects.filter(action="api_key.revoked", target_id=str(api_key.pk)).count() == 1


def test_revoking_twice_is_audited_once(
    make_key: MakeKey, admin: Membership, organization: Organization
) -> None:
    api_key, _ = make_key()
    api_key_revoke(organization=organization, api_key_id=api_key.pk, revoked_by=admin.user)
    api_key_revoke(organization=organization, api_key_id=api_key.pk, revoked_by=admin.user)
    assert AuditEvent.objects.filter(action="api_key.revoked").count() == 1


def test_a_read_only_key_is_refused_on_a_write_with_403(make_key: MakeKey) -> None:
    _, read_only = make_key(scope=ApiKey.Scope.READ)
    _, read_write = make_key(scope=ApiKey.Scope.READ_WRITE, name="Writer")

    refused = Client().post(
        "/api/v1/results/", data={}, content_type="application/json", headers=bearer(read_only)
    )
    allowed = Client().post(
        "/api/v1/results/", data={}, content_type="application/json", headers=bearer(read_write)
    )

    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "permission_denied"
    assert "read-only" in refused.json()["error"]["message"]
    # The read and write key gets past the scope check: results simply have no POST.
    assert allowed.status_code == 405
    assert allowed.json()["error"]["code"] == "method_not_allowed"


def test_another_organizations_objects_are_404_and_never_listed(
    make_key: MakeKey,
    scored_attempt: ScoredAttempt,
    organization: Organization,
    other_organization: Organization,
    other_admin: Membership,
) -> None:
    ours = scored_attempt(organization)
    theirs = scored_attempt(other_organization, label="Someone Else")
    their_report = theirs.score_reports.get()
    _, raw_key = make_key()
    client = Client()

    detail = client.get(f"/api/v1/results/{their_report.pk}/", headers=bearer(raw_key))
    filtered = client.get(f"/api/v1/results/?attempt={theirs.public_id}", headers=bearer(raw_key))
    listed = client.get("/api/v1/results/", headers=bearer(raw_key))
    audit = client.get("/api/v1/audit-events/?page_size=200", headers=bearer(raw_key))

    assert detail.status_code == 404
    assert detail.json()["error"]["code"] == "not_found"
    assert filtered.json()["results"] == []
    assert [row["attempt_id"] for row in listed.json()["results"]] == [str(ours.public_id)]
    their_targets = {str(theirs.pk), str(their_report.pk)}
    assert audit.status_code == 200
    assert all(event["target_label"] != "Someone Else" for event in audit.json()["results"])
    assert not any(
        event["target_type"] == "assessments.attempt" and event["target_id"] in their_targets
        for event in audit.json()["results"]
    )
    # The other organization's own key sees its own report.
    _, their_key = make_key(by=other_admin)
    assert client.get(f"/api/v1/results/{their_report.pk}/", headers=bearer(their_key)).status_code == 200


def test_a_session_user_reads_their_current_organization(
    recruiter: Membership, scored_attempt: ScoredAttempt, organization: Organization
) -> None:
    attempt = scored_attempt(organization)
    response = signed_in(recruiter).get(f"/api/v1/results/?attempt={attempt.public_id}")

    assert response.status_code == 200
    (row,) = response.json()["results"]
    assert row["attempt_id"] == str(attempt.public_id)
    assert row["recommendation"] in {"strong_advance", "advance", "hold", "do_not_advance"}
    item = row["items"][0]
    assert {"slug", "answered", "score", "criteria", "red_flags"} <= item.keys()
    assert any(criterion["evidence"] for item in row["items"] for criterion in item["criteria"])


def test_listing_results_costs_the_same_queries_for_one_report_or_three(
    make_key: MakeKey,
    scored_attempt: ScoredAttempt,
    organization: Organization,
    django_assert_num_queries: Any,
) -> None:
    _, raw_key = make_key()
    client = Client()
    scored_attempt(organization)
    client.get("/api/v1/results/", headers=bearer(raw_key))  # the key's first use is written once a minute
    with CaptureQueriesContext(connection) as one:
        assert len(client.get("/api/v1/results/", headers=bearer(raw_key)).json()["results"]) == 1
    scored_attempt(organization, label="Second")
    scored_attempt(organization, label="Third")
    with django_assert_num_queries(len(one.captured_queries)):
        assert len(client.get("/api/v1/results/", headers=bearer(raw_key)).json()["results"]) == 3
