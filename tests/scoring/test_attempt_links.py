"""The emailed link's token, its validity and revocation, extra time, and the status signal."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from typing import Any

import pytest

from accounts.models import Organization
from accounts.types import ApplicationError
from assessments.models import AssessmentVersion, Attempt
from assessments.selectors import candidate_link_url
from assessments.services import (
    attempt_accommodation_set,
    attempt_create,
    attempt_link_extend,
    attempt_link_issue,
    attempt_link_revoke,
    attempt_start,
    attempt_submit,
)
from assessments.signals import attempt_status_changed
from audit.models import AuditEvent
from tests.scoring.conftest import StartedAttempt

pytestmark = [pytest.mark.django_db]


def _attempt(organization: Organization, version: AssessmentVersion) -> Attempt:
    return attempt_create(
        organization=organization,
        assessment_version=version,
        candidate_label="Grace Hopper",
        contact_name="Rita Recruiter",
        contact_email="rita@northwind.example",
    )


def test_a_link_stores_only_the_hash_of_a_256_bit_token_and_a_new_link_replaces_the_old(
    organization: Organization, assessment_version: AssessmentVersion, t0: datetime
) -> None:
    attempt = _attempt(organization, assessment_version)
    first = attempt_link_issue(attempt_id=attempt.pk, valid_until=t0 + timedelta(days=7), now=t0)
    attempt.refresh_from_db()
    assert len(first) >= 43  # 32 random bytes, URL-safe base64
    assert attempt.access_token_hash == hashlib.sha256(first.encode()).hexdigest()
    assert first not in str(Attempt.objects.filter(pk=attempt.pk).values().get())

    second = attempt_link_issue(attempt_id=attempt.pk, valid_until=t0 + timedelta(days=7), now=t0)
    attempt.refresh_from_db()
    assert second != first
    assert attempt.access_token_hash == hashlib.sha256(second.encode()).hexdigest()
    events = AuditEvent.objects.filter(action="attempt.link_issued", target_id=str(attempt.pk))
    assert events.count() == 2
    assert all(first not in str(event.data) and second not in str(event.data) for event in events)
    assert candidate_link_url(token=second).endswith(f"/a/{second}/")


def test_revoking_and_extending_a_link(
    organization: Organization, assessment_version: AssessmentVersion, t0: datetime
) -> None:
    attempt = _attempt(organization, assessment_version)
    with pytest.raises(ApplicationError, match="no link yet"):
        attempt_link_extend(attempt_id=attempt.pk, valid_until=t0 + timedelta(days=9), now=t0)
    attempt_link_issue(attempt_id=attempt.pk, valid_until=t0 + timedelta(days=7), now=t0)
    extended = attempt_link_extend(attempt_id=attempt.pk, valid_until=t0 + timedelta(days=9), now=t0)
    assert extended.link_expires_at == t0 + timedelta(days=9)
    with pytest.raises(ApplicationError, match="in the future"):
        attempt_link_extend(attempt_id=attempt.pk, valid_until=t0 - timedelta(days=1), now=t0)

    revoked = attempt_link_revoke(attempt_id=attempt.pk, now=t0)
    assert revoked.link_revoked_at == t0
    with pytest.raises(ApplicationError, match="revoked"):
        attempt_link_extend(attempt_id=attempt.pk, valid_until=t0 + timedelta(days=10), now=t0)
    attempt_link_issue(attempt_id=attempt.pk, valid_until=t0 + timedelta(days=7), now=t0)
    attempt.refresh_from_db()
    assert attempt.link_revoked_at is None


def test_extra_time_before_the_start_and_during_the_attempt(
    organization: Organization, assessment_version: AssessmentVersion, t0: datetime
) -> None:
    attempt = _attempt(organization, assessment_version)
    attempt_accommodation_set(attempt_id=attempt.pk, extra_seconds=450)
    started = attempt_start(attempt_id=attempt.pk, now=t0)
    assert started.deadline_at == t0 + timedelta(seconds=1800 + 450)

    during = attempt_accommodation_set(attempt_id=attempt.pk, extra_seconds=900)
    assert during.deadline_at == t0 + timedelta(seconds=1800 + 900)
    with pytest.raises(ApplicationError, match="negative"):
        attempt_accommodation_set(attempt_id=attempt.pk, extra_seconds=-1)

    attempt_submit(attempt_id=attempt.pk, now=t0 + timedelta(minutes=10))
    with pytest.raises(ApplicationError, match="already been submitted"):
        attempt_accommodation_set(attempt_id=attempt.pk, extra_seconds=1200)
    assert AuditEvent.objects.filter(action="attempt.accommodation_set").count() == 2


def test_start_and_submit_send_the_status_signal_in_their_transaction(
    started_attempt: StartedAttempt, t0: datetime
) -> None:
    received: list[dict[str, Any]] = []

    def receiver(sender: object, **kwargs: Any) -> None:
        received.append(kwargs)

    attempt_status_changed.connect(receiver)
    try:
        attempt = started_attempt()
        attempt_submit(attempt_id=attempt.pk, now=t0 + timedelta(minutes=5))
        attempt_submit(attempt_id=attempt.pk, now=t0 + timedelta(minutes=6))  # a double click: no signal
    finally:
        attempt_status_changed.disconnect(receiver)
    assert [(event["attempt_id"], event["status"]) for event in received] == [
        (attempt.pk, "in_progress"),
        (attempt.pk, "submitted"),
    ]
    assert received[0]["organization_id"] == attempt.organization_id
