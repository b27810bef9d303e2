"""Webhooks as an integrator receives them: a receiver on 127.0.0.1 started by the test checks each
delivery's signature with its own few lines of code (not the product's), sees a retry after a 500 carry
the same Webhook-Id, and gets attempt events when a candidate submits and the attempt is scored."""

from __future__ import annotations

import hashlib
import hmac
import time
from typing import Any

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from accounts.models import Membership, Organization
from accounts.types import ApplicationError
from api.models import WebhookDelivery, WebhookEndpoint
from api.selectors import webhook_endpoints_subscribed, webhook_subscribed
from api.services import (
    WEBHOOK_MAX_ATTEMPTS,
    webhook_delivery_send,
    webhook_endpoint_create,
    webhook_endpoint_set_active,
    webhook_event_emit,
    webhook_retry_delay,
)
from api.targets import webhook_target_resolve
from audit.models import AuditEvent
from audit.services import audit_batch
from candidates.services import application_stage_move, candidate_add
from candidates.tests.factories import pipeline_for
from interviews.tests.factories import interview_with_scorecard
from tests.api.conftest import ReceivedRequest, Receiver, ScoredAttempt, signed_in

pytestmark = pytest.mark.django_db


def signature_is_valid(request: ReceivedRequest, secret: str, tolerance: int = 300) -> bool:
    """What the README tells an integrator to do."""
    parts = dict(part.split("=", 1) for part in request.headers["Webhook-Signature"].split(","))
    timestamp = int(parts["t"])
    if abs(time.time() - timestamp) > tolerance:
        return False
    expected = hmac.new(secret.encode(), f"{timestamp}.".encode() + request.body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, parts["v1"])


@pytest.fixture
def endpoint(admin: Membership, receiver: Receiver) -> tuple[WebhookEndpoint, str]:
    return webhook_endpoint_create(
        organization=admin.organization,
        url=receiver.url,
        events=["attempt.submitted", "attempt.scored", "application.stage_changed"],
        created_by=admin.user,
    )


def _emit(
    organization: Organization, capture: Any, event_type: str = "application.stage_changed"
) -> list[int]:
    with capture(execute=True):
        return webhook_event_emit(
            organization_id=organization.pk,
            event_type=event_type,
            payload={"application_id": "a1b2", "from_stage": "invited", "to_stage": "interview"},
        )


def test_a_delivery_is_signed_and_logged(
    endpoint: tuple[WebhookEndpoint, str],
    receiver: Receiver,
    organization: Organization,
    django_capture_on_commit_callbacks: Any,
) -> None:
    hook, secret = endpoint
    (delivery_id,) = _emit(organization, django_capture_on_commit_callbacks)

    (request,) = receiver.requests
    assert request.path == "/hooks/assessments"
    assert request.headers["Content-Type"] == "application/json"
    assert request.headers["Webhook-Event"] == "application.stage_changed"
    assert signature_is_valid(request, secret)
    assert not signature_is_valid(request, "whsec_someone-elses-secret")
    body = request.json()
    assert body["id"] == request.headers["Webhook-Id"]
    assert body["type"] == "application.stage_changed"
    assert body["data"] == {"application_id": "a1b2", "from_stage": "invited", "to_stage": "interview"}
    delivery = WebhookDelivery.objects.get(pk=delivery_id)
    assert str(delivery.event_id) == request.headers["Webhook-Id"]
    assert delivery.status == WebhookDelivery.Status.DELIVERED
    assert (delivery.attempts, delivery.response_code, delivery.last_error) == (1, 200, "")
    assert delivery.duration_ms is not None and delivery.delivered_at is not None


def test_a_tampered_body_fails_the_check(
    endpoint: tuple[WebhookEndpoint, str],
    receiver: Receiver,
    organization: Organization,
    django_capture_on_commit_callbacks: Any,
) -> None:
    _, secret = endpoint
    _emit(organization, django_capture_on_commit_callbacks)
    (request,) = receiver.requests
    tampered = ReceivedRequest(request.path, request.headers, request.body.replace(b"interview", b"hired"))
    assert not signature_is_valid(tampered, secret)


def test_a_500_is_retried_with_the_same_webhook_id_and_body(
    endpoint: tuple[WebhookEndpoint, str],
    receiver: Receiver,
    organization: Organization,
    django_capture_on_commit_callbacks: Any,
) -> None:
    _, secret = endpoint
    receiver.answers = [500]

    (delivery_id,) = _emit(organization, django_capture_on_commit_callbacks)

    first, retry = receiver.requests
    assert first.headers["Webhook-Id"] == retry.headers["Webhook-Id"]
    assert first.body == retry.body
    assert signature_is_valid(first, secret) and signature_is_valid(retry, secret)
    delivery = WebhookDelivery.objects.get(pk=delivery_id)
    assert delivery.status == WebhookDelivery.Status.DELIVERED
    assert delivery.attempts == 2
    assert delivery.response_code == 200


def test_a_receiver_that_keeps_failing_is_given_up_on_after_the_last_try(
    endpoint: tuple[WebhookEndpoint, str], receiver: Receiver, organization: Organization
) -> None:
    receiver.answers = [503] * WEBHOOK_MAX_ATTEMPTS
    (delivery_id,) = webhook_event_emit(
        organization_id=organization.pk, event_type="application.stage_changed", payload={"x": 1}
    )

    outcome = webhook_delivery_send(delivery_id=delivery_id, try_number=1)
    assert outcome is not None and outcome.retry_in_seconds == webhook_retry_delay(1)
    delivery = WebhookDelivery.objects.get(pk=delivery_id)
    assert delivery.status == WebhookDelivery.Status.RETRYING
    assert delivery.last_error == "The receiver answered HTTP 503."
    assert delivery.next_retry_at is not None

    last = webhook_delivery_send(delivery_id=delivery_id, try_number=WEBHOOK_MAX_ATTEMPTS)
    assert last is not None and last.retry_in_seconds is None
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.next_retry_at) == (
        WebhookDelivery.Status.FAILED,
        2,
        None,
    )


def test_the_backoff_doubles_and_is_capped() -> None:
    delays = [webhook_retry_delay(n) for n in range(1, WEBHOOK_MAX_ATTEMPTS + 3)]
    assert delays[:4] == [30, 60, 120, 240]
    assert max(delays) == 1800
    assert delays == sorted(delays)


def test_only_subscribed_active_endpoints_of_the_organization_get_the_event(
    endpoint: tuple[WebhookEndpoint, str],
    receiver: Receiver,
    organization: Organization,
    other_admin: Membership,
    django_capture_on_commit_callbacks: Any,
) -> None:
    webhook_endpoint_create(
        organization=other_admin.organization,
        url=receiver.url,
        events=["application.stage_changed"],
        created_by=other_admin.user,
    )
    assert _emit(organization, django_capture_on_commit_callbacks, event_type="scorecard.submitted") == []
    assert len(_emit(organization, django_capture_on_commit_callbacks)) == 1
    assert len(receiver.requests) == 1


def test_a_rolled_back_change_sends_nothing(
    endpoint: tuple[WebhookEndpoint, str],
    receiver: Receiver,
    organization: Organization,
    django_capture_on_commit_callbacks: Any,
) -> None:
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        webhook_event_emit(
            organization_id=organization.pk, event_type="application.stage_changed", payload={"x": 1}
        )
        raise RuntimeError("the stage change failed")
    assert receiver.requests == []
    assert not WebhookDelivery.objects.exists()


def test_submitting_and_scoring_an_attempt_send_attempt_events(
    endpoint: tuple[WebhookEndpoint, str],
    receiver: Receiver,
    organization: Organization,
    scored_attempt: ScoredAttempt,
    django_capture_on_commit_callbacks: Any,
) -> None:
    _, secret = endpoint
    with django_capture_on_commit_callbacks(execute=True):
        attempt = scored_attempt(organization)

    events = {request.headers["Webhook-Event"]: request for request in receiver.requests}
    assert set(events) == {"attempt.submitted", "attempt.scored"}
    submitted = events["attempt.submitted"].json()["data"]
    scored = events["attempt.scored"].json()["data"]
    assert submitted["attempt_id"] == scored["attempt_id"] == str(attempt.public_id)
    report = attempt.score_reports.get()
    assert scored["result_id"] == report.pk
    assert scored["recommendation"] == report.recommendation
    assert scored["result_url"] == f"/api/v1/results/{report.pk}/"
    assert all(signature_is_valid(request, secret) for request in receiver.requests)


def test_an_admin_resends_a_delivery_from_the_page_with_the_same_webhook_id(
    endpoint: tuple[WebhookEndpoint, str],
    receiver: Receiver,
    organization: Organization,
    admin: Membership,
    recruiter: Membership,
    django_capture_on_commit_callbacks: Any,
) -> None:
    hook, _ = endpoint
    receiver.answers = [500] * WEBHOOK_MAX_ATTEMPTS
    (delivery_id,) = _emit(organization, django_capture_on_commit_callbacks)
    assert WebhookDelivery.objects.get(pk=delivery_id).status == WebhookDelivery.Status.FAILED
    tries = len(receiver.requests)

    page = signed_in(admin).get(f"/api/webhooks/{hook.pk}/")
    assert page.status_code == 200
    assert "Failed" in page.content.decode() and "HTTP 500" in page.content.decode()
    assert signed_in(recruiter).post(f"/api/webhooks/deliveries/{delivery_id}/resend/").status_code == 403
    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in(admin).post(f"/api/webhooks/deliveries/{delivery_id}/resend/")

    assert response.status_code == 302
    assert len(receiver.requests) == tries + 1
    assert receiver.requests[-1].headers["Webhook-Id"] == receiver.requests[0].headers["Webhook-Id"]
    assert WebhookDelivery.objects.get(pk=delivery_id).status == WebhookDelivery.Status.DELIVERED
    assert AuditEvent.objects.filter(action="webhook_delivery.resent").count() == 1


@pytest.mark.parametrize(
    "url",
    [
        "https://127.0.0.1/hooks",
        "https://localhost:8443/hooks",
        "https://10.1.2.3/hooks",
        "https://192.168.0.10/hooks",
        "https://169.254.169.254/latest/meta-data/",
        "https://[::1]/hooks",
        "https://[::ffff:127.0.0.1]/hooks",
        "https://0.0.0.0/hooks",
        "https://240.0.0.1/hooks",
    ],
)
def test_production_refuses_private_loopback_link_local_and_reserved_targets(settings: Any, url: str) -> None:
    settings.WEBHOOKS_ALLOW_PRIVATE_TARGETS = False
    with pytest.raises(ApplicationError) as refusal:
        webhook_target_resolve(url)
    assert refusal.value.extra["code"] == "private_target"
    assert "public internet" in refusal.value.message


def test_production_wants_https_and_accepts_a_public_address(settings: Any) -> None:
    settings.WEBHOOKS_ALLOW_PRIVATE_TARGETS = False
    with pytest.raises(ApplicationError, match="https://"):
        webhook_target_resolve("http://93.184.216.34/hooks")
    target = webhook_target_resolve("https://93.184.216.34/hooks?source=assessments")
    assert (target.address, target.port, target.path) == ("93.184.216.34", 443, "/hooks?source=assessments")


def test_production_refuses_at_send_time_too(
    endpoint: tuple[WebhookEndpoint, str], receiver: Receiver, organization: Organization, settings: Any
) -> None:
    """An endpoint saved while allowed (or whose DNS changed since) is not contacted."""
    (delivery_id,) = webhook_event_emit(
        organization_id=organization.pk, event_type="application.stage_changed", payload={"x": 1}
    )
    settings.WEBHOOKS_ALLOW_PRIVATE_TARGETS = False

    webhook_delivery_send(delivery_id=delivery_id)

    assert receiver.requests == []
    delivery = WebhookDelivery.objects.get(pk=delivery_id)
    assert delivery.status == WebhookDelivery.Status.RETRYING
    assert "https://" in delivery.last_error


def test_adding_an_internal_endpoint_in_production_is_refused_by_the_form(
    admin: Membership, settings: Any
) -> None:
    settings.WEBHOOKS_ALLOW_PRIVATE_TARGETS = False
    response = signed_in(admin).post(
        "/api/webhooks/new/", {"url": "https://169.254.169.254/latest", "events": ["attempt.scored"]}
    )
    assert response.status_code == 200
    assert "public internet" in response.content.decode()
    assert not WebhookEndpoint.objects.exists()


def test_a_stage_move_sends_application_stage_changed_with_public_ids(
    endpoint: tuple[WebhookEndpoint, str],
    receiver: Receiver,
    recruiter: Membership,
    playbooks: None,
    django_capture_on_commit_callbacks: Any,
) -> None:
    _, secret = endpoint
    pipeline = pipeline_for(recruiter=recruiter)
    application = candidate_add(
        pipeline=pipeline, name="Grace Hopper", email="grace@example.org", added_by=recruiter.user
    )
    with django_capture_on_commit_callbacks(execute=True):
        application_stage_move(
            application=application, stage="rejected", reason="Chose another offer", moved_by=recruiter.user
        )

    (request,) = [r for r in receiver.requests if r.headers["Webhook-Event"] == "application.stage_changed"]
    assert signature_is_valid(request, secret)
    data = request.json()["data"]
    assert data["candidate_id"] == str(application.candidate.public_id)
    assert (data["pipeline_id"], data["to_stage"], data["reason"]) == (
        pipeline.pk,
        "rejected",
        "Chose another offer",
    )


def test_a_submitted_scorecard_sends_scorecard_submitted(
    endpoint: tuple[WebhookEndpoint, str],
    receiver: Receiver,
    admin: Membership,
    recruiter: Membership,
    playbooks: None,
    django_capture_on_commit_callbacks: Any,
) -> None:
    hook, secret = endpoint
    hook.events = [*hook.events, "scorecard.submitted"]
    hook.save(update_fields=["events"])
    pipeline = pipeline_for(recruiter=recruiter)
    application = candidate_add(
        pipeline=pipeline, name="Grace Hopper", email="grace@example.org", added_by=recruiter.user
    )
    with django_capture_on_commit_callbacks(execute=True):
        interview, scorecard_id = interview_with_scorecard(application=application, scheduled_by=recruiter)

    (request,) = [r for r in receiver.requests if r.headers["Webhook-Event"] == "scorecard.submitted"]
    assert signature_is_valid(request, secret)
    data = request.json()["data"]
    assert (data["scorecard_id"], data["interview_id"], data["version"]) == (scorecard_id, interview.pk, 1)
    assert data["candidate_id"] == str(application.candidate.public_id)


def test_the_subscription_check_sees_only_active_endpoints_asking_for_the_event(
    endpoint: tuple[WebhookEndpoint, str], admin: Membership, organization: Organization
) -> None:
    """The one-statement check every submission, scoring and stage change runs before anything else."""
    created, _ = endpoint
    assert webhook_subscribed(organization_id=organization.pk, event_type="attempt.scored")
    assert not webhook_subscribed(organization_id=organization.pk, event_type="scorecard.submitted")
    assert not webhook_subscribed(organization_id=organization.pk + 1000, event_type="attempt.scored")

    webhook_endpoint_set_active(
        organization=organization, endpoint_id=created.pk, active=False, changed_by=admin.user
    )

    assert not webhook_subscribed(organization_id=organization.pk, event_type="attempt.scored")
    assert webhook_endpoints_subscribed(organization_id=organization.pk, event_type="attempt.scored") == []


def _subscription_reads(queries: CaptureQueriesContext) -> int:
    return sum('FROM "api_webhookendpoint"' in query["sql"] for query in queries.captured_queries)


def test_inside_one_unit_of_work_the_subscriptions_are_read_once_and_an_endpoint_change_is_seen(
    endpoint: tuple[WebhookEndpoint, str], admin: Membership, organization: Organization
) -> None:
    """A submission asks for its attempt's event and for the stage move's, a scoring batch for each of
    its attempts: one read of the organization's endpoints serves them all, until the work ends or an
    endpoint is paused, resumed or created."""
    created, _ = endpoint
    with transaction.atomic(), audit_batch(), CaptureQueriesContext(connection) as queries:
        assert webhook_subscribed(organization_id=organization.pk, event_type="attempt.submitted")
        assert webhook_subscribed(organization_id=organization.pk, event_type="application.stage_changed")
        assert not webhook_subscribed(organization_id=organization.pk, event_type="scorecard.submitted")
        assert _subscription_reads(queries) == 1
        assert not webhook_subscribed(organization_id=organization.pk + 1000, event_type="attempt.scored")
        assert _subscription_reads(queries) == 2  # another organization: its own read
        webhook_endpoint_set_active(
            organization=organization, endpoint_id=created.pk, active=False, changed_by=admin.user
        )
        assert not webhook_subscribed(organization_id=organization.pk, event_type="attempt.submitted")
    with transaction.atomic(), audit_batch(), CaptureQueriesContext(connection) as queries:
        assert not webhook_subscribed(organization_id=organization.pk, event_type="attempt.submitted")
        assert _subscription_reads(queries) == 1  # a new unit of work reads again
    created.active = True
    created.save(update_fields=["active"])  # outside any unit of work: the next one sees it
    with transaction.atomic(), audit_batch():
        assert webhook_subscribed(organization_id=organization.pk, event_type="attempt.submitted")
    with CaptureQueriesContext(connection) as queries:  # outside one: read on every call
        assert webhook_subscribed(organization_id=organization.pk, event_type="attempt.submitted")
        assert webhook_subscribed(organization_id=organization.pk, event_type="attempt.scored")
    assert _subscription_reads(queries) == 2
