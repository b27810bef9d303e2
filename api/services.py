"""Writes of the API app: API keys (created, revoked, used) and webhooks (endpoints, events, deliveries).

Webhook events are recorded as one delivery row per subscribed endpoint inside the transaction of the
change they report, and sent by `api.tasks.webhook_deliver_task` after it commits: a rolled-back change
sends nothing, and a committed one is delivered at least once (retries carry the same event id).
"""

from __future__ import annotations

import json
import logging
import secrets
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone

from accounts.permissions import Role
from accounts.selectors import membership_get
from accounts.types import ApplicationError
from api.models import ApiKey, WebhookDelivery, WebhookEndpoint
from api.selectors import (
    api_key_get_or_404,
    api_key_hash,
    webhook_delivery_get_or_404,
    webhook_endpoint_get_or_404,
    webhook_endpoints_subscribed,
    webhook_subscribed,
    webhook_subscriptions_forget,
)
from api.signing import webhook_signature_header
from api.targets import webhook_target_resolve
from api.types import WEBHOOK_EVENT_TYPES
from api.webhook_http import webhook_post
from assessments.selectors import attempt_public_id
from audit.services import audit_record
from audit.types import AuditActor
from rubrics.selectors import score_report_latest

logger = logging.getLogger(__name__)

API_KEY_PREFIX = "hak_"
API_KEY_SHOWN_PREFIX_LENGTH = 12
LAST_USED_RESOLUTION = timedelta(minutes=1)

WEBHOOK_SECRET_PREFIX = "whsec_"
WEBHOOK_TIMEOUT_SECONDS = 10.0
# Automatic tries per delivery (the first and the retries), waiting 30 s, 1, 2, 4, 8, 16 then 30 min
# between them; 30 min is the cap, below the broker's visibility timeout (an hour) for delayed tasks.
WEBHOOK_MAX_ATTEMPTS = 8
WEBHOOK_RETRY_BASE_SECONDS = 30
WEBHOOK_RETRY_CAP_SECONDS = 1800
WEBHOOK_USER_AGENT = "HiringAssessments-Webhooks/1"


def _require_admin(*, organization: models.Model, user: Any) -> None:
    """Views already check the role; services check again so that no other caller can skip it."""
    membership = membership_get(user=user, organization_id=organization.pk)
    if membership is None or membership.role != Role.ADMIN:
        raise ApplicationError("Only an admin of the organization can manage API keys and webhooks.")


# API keys --------------------------------------------------------------------------------------------


@transaction.atomic
def api_key_create(
    *, organization: models.Model, name: str, scope: str, created_by: Any
) -> tuple[ApiKey, str]:
    """A new key and its secret, which is returned here once and never stored (only its SHA-256 is)."""
    _require_admin(organization=organization, user=created_by)
    name = (name or "").strip()
    if not name:
        raise ApplicationError(
            "Give the key a name that says who uses it, for example “Greenhouse sync”.",
            extra={"field": "name"},
        )
    if len(name) > 100:
        raise ApplicationError("Keep the name under 100 characters.", extra={"field": "name"})
    if scope not in ApiKey.Scope.values:
        raise ApplicationError("Choose read only, or read and write.", extra={"field": "scope"})
    raw_key = API_KEY_PREFIX + secrets.token_urlsafe(32)
    api_key = ApiKey.objects.create(
        organization_id=organization.pk,
        name=name,
        prefix=raw_key[:API_KEY_SHOWN_PREFIX_LENGTH],
        secret_hash=api_key_hash(raw_key),
        scope=scope,
        created_by=created_by,
    )
    audit_record(
        organization=organization,
        action="api_key.created",
        actor=AuditActor.for_user(created_by),
        target=api_key,
        data={"name": name, "prefix": api_key.prefix, "scope": scope},
    )
    return api_key, raw_key


@transaction.atomic
def api_key_revoke(*, organization: models.Model, api_key_id: int, revoked_by: Any) -> ApiKey:
    """Revoked keys stop working at once. Revoking twice changes nothing and is not audited twice."""
    _require_admin(organization=organization, user=revoked_by)
    api_key = api_key_get_or_404(organization=organization, api_key_id=api_key_id)
    api_key = ApiKey.objects.select_for_update().get(pk=api_key.pk)
    if api_key.revoked_at is not None:
        return api_key
    api_key.revoked_at = timezone.now()
    api_key.save(update_fields=["revoked_at"])
    audit_record(
        organization=organization,
        action="api_key.revoked",
        actor=AuditActor.for_user(revoked_by),
        target=api_key,
        data={"name": api_key.name, "prefix": api_key.prefix},
    )
    return api_key


def api_key_mark_used(*, api_key: ApiKey, now: datetime | None = None) -> bool:
    """Record the key's last use, at most once a minute: a busy integration does not write on every call.

    The conditional UPDATE keeps concurrent requests from writing the same minute twice."""
    moment = now or timezone.now()
    if api_key.last_used_at is not None and moment - api_key.last_used_at < LAST_USED_RESOLUTION:
        return False
    written = ApiKey.objects.filter(
        Q(last_used_at__isnull=True) | Q(last_used_at__lte=moment - LAST_USED_RESOLUTION), pk=api_key.pk
    ).update(last_used_at=moment)
    if written:
        api_key.last_used_at = moment
    return bool(written)


# Webhook endpoints --------------------------------------------------------------------------------------


def _events_checked(events: list[str]) -> list[str]:
    unknown = sorted(set(events) - set(WEBHOOK_EVENT_TYPES))
    if unknown:
        raise ApplicationError(
            f"Unknown event {', '.join(unknown)}. Choose among: {', '.join(WEBHOOK_EVENT_TYPES)}.",
            extra={"field": "events"},
        )
    if not events:
        raise ApplicationError("Choose at least one event to receive.", extra={"field": "events"})
    return [event for event in WEBHOOK_EVENT_TYPES if event in events]


@transaction.atomic
def webhook_endpoint_create(
    *, organization: models.Model, url: str, events: list[str], created_by: Any
) -> tuple[WebhookEndpoint, str]:
    """A new endpoint and its signing secret (returned once; kept, since every delivery is signed with it).

    The URL is refused when it points at a private, loopback or reserved address (`api.targets`)."""
    _require_admin(organization=organization, user=created_by)
    url = (url or "").strip()
    webhook_target_resolve(url)
    chosen = _events_checked(events)
    secret = WEBHOOK_SECRET_PREFIX + secrets.token_urlsafe(32)
    endpoint = WebhookEndpoint.objects.create(
        organization_id=organization.pk, url=url, events=chosen, secret=secret, created_by=created_by
    )
    webhook_subscriptions_forget()
    audit_record(
        organization=organization,
        action="webhook_endpoint.created",
        actor=AuditActor.for_user(created_by),
        target=endpoint,
        data={"url": url, "events": chosen},
    )
    return endpoint, secret


@transaction.atomic
def webhook_endpoint_set_active(
    *, organization: models.Model, endpoint_id: int, active: bool, changed_by: Any
) -> WebhookEndpoint:
    """Pause or resume an endpoint. A paused endpoint gets no new events; pending retries give up."""
    _require_admin(organization=organization, user=changed_by)
    endpoint = webhook_endpoint_get_or_404(organization=organization, endpoint_id=endpoint_id)
    if endpoint.active == active:
        return endpoint
    endpoint.active = active
    endpoint.save(update_fields=["active"])
    webhook_subscriptions_forget()
    audit_record(
        organization=organization,
        action="webhook_endpoint.resumed" if active else "webhook_endpoint.paused",
        actor=AuditActor.for_user(changed_by),
        target=endpoint,
        data={"url": endpoint.url},
    )
    return endpoint


# Events -------------------------------------------------------------------------------------------------


def _deliver_on_commit(delivery_id: int) -> None:
    # Imported here: tasks import this module. Sent only once the surrounding transaction commits.
    from api.tasks import webhook_deliver_task

    webhook_deliver_task.delay_on_commit(delivery_id)


def webhook_event_emit(*, organization_id: int, event_type: str, payload: dict[str, Any]) -> list[int]:
    """Record one event for every active endpoint of the organization subscribed to it, and send each
    delivery once the surrounding transaction commits. Returns the deliveries' ids (none: no subscriber).

    Call it inside the transaction of the change it reports (a stage change, a scorecard filed): if that
    rolls back, nothing is sent. `payload` must be JSON-serialisable and carry public ids only."""
    if event_type not in WEBHOOK_EVENT_TYPES:
        raise ValueError(f"Unknown webhook event {event_type!r}: add it to api.types.WEBHOOK_EVENT_TYPES.")
    if not webhook_subscribed(organization_id=organization_id, event_type=event_type):
        return []  # the usual case, without a savepoint
    with transaction.atomic():
        return _webhook_deliveries_create(
            organization_id=organization_id, event_type=event_type, payload=payload
        )


def _webhook_deliveries_create(
    *, organization_id: int, event_type: str, payload: dict[str, Any]
) -> list[int]:
    endpoints = webhook_endpoints_subscribed(organization_id=organization_id, event_type=event_type)
    event_id = uuid.uuid4()
    data = json.loads(json.dumps(payload, default=str))
    ids = []
    for endpoint in endpoints:
        delivery = WebhookDelivery.objects.create(
            organization_id=organization_id,
            endpoint=endpoint,
            event_id=event_id,
            event_type=event_type,
            payload=data,
        )
        ids.append(delivery.pk)
        _deliver_on_commit(delivery.pk)
    return ids


def webhook_attempt_status_changed(
    *, attempt_id: int, organization_id: int, status: str, at: datetime
) -> None:
    """The receiver of `attempt_status_changed`: submitted and scored attempts become webhook events."""
    event_type = {"submitted": "attempt.submitted", "scored": "attempt.scored"}.get(str(status))
    if event_type is None:
        return
    # Most organizations have no webhook: find out before reading anything else.
    if not webhook_subscribed(organization_id=organization_id, event_type=event_type):
        return
    public_id = attempt_public_id(attempt_id=attempt_id)
    if public_id is None:
        return
    payload: dict[str, Any] = {"attempt_id": public_id, "status": str(status), "at": at.isoformat()}
    if event_type == "attempt.scored":
        report = score_report_latest(attempt_id=attempt_id)
        if report is not None:
            payload.update(
                result_id=report.pk,
                overall=report.overall,
                recommendation=report.recommendation,
                rubric_version=report.rubric_version,
                result_url=f"/api/v1/results/{report.pk}/",
            )
    webhook_event_emit(organization_id=organization_id, event_type=event_type, payload=payload)


# Deliveries ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DeliveryOutcome:
    status: str
    retry_in_seconds: int | None = None


def webhook_delivery_body(delivery: WebhookDelivery) -> bytes:
    """The JSON a receiver gets: the same bytes on every try, so a retry is recognisably the same event."""
    envelope = {
        "id": str(delivery.event_id),
        "type": delivery.event_type,
        "created_at": delivery.created_at.isoformat(),
        "data": delivery.payload,
    }
    return json.dumps(envelope, separators=(",", ":"), sort_keys=True).encode("utf-8")


def webhook_retry_delay(try_number: int) -> int:
    """Seconds to wait after the `try_number`-th failed try (1-based): doubling from 30 s, capped."""
    return int(min(WEBHOOK_RETRY_BASE_SECONDS * 2 ** (try_number - 1), WEBHOOK_RETRY_CAP_SECONDS))


def webhook_delivery_send(*, delivery_id: int, try_number: int = 1) -> DeliveryOutcome | None:
    """Send one delivery now and record how it went. `try_number` counts this run of automatic tries
    (1 for the first, or for a re-send from the page). Returns None when the delivery is gone, and says
    whether and when to try again otherwise. No lock is held while the receiver answers."""
    delivery = WebhookDelivery.objects.select_related("endpoint").filter(pk=delivery_id).first()
    if delivery is None:
        return None
    if delivery.status == WebhookDelivery.Status.DELIVERED:
        return DeliveryOutcome(status=delivery.status)
    endpoint = delivery.endpoint
    moment = timezone.now()
    if not endpoint.active:
        WebhookDelivery.objects.filter(pk=delivery.pk).update(
            status=WebhookDelivery.Status.FAILED,
            last_error="The endpoint is paused: not sent.",
            next_retry_at=None,
        )
        return DeliveryOutcome(status=WebhookDelivery.Status.FAILED)

    body = webhook_delivery_body(delivery)
    try:
        target = webhook_target_resolve(endpoint.url)
    except ApplicationError as refusal:
        status_code, duration_ms, error = None, 0, refusal.message
    else:
        timestamp = int(time.time())
        headers = {
            "Content-Type": "application/json",
            "User-Agent": WEBHOOK_USER_AGENT,
            "Webhook-Id": str(delivery.event_id),
            "Webhook-Event": delivery.event_type,
            "Webhook-Signature": webhook_signature_header(
                secret=endpoint.secret, timestamp=timestamp, body=body
            ),
        }
        result = webhook_post(target=target, body=body, headers=headers, timeout=WEBHOOK_TIMEOUT_SECONDS)
        status_code, duration_ms, error = result.status_code, result.duration_ms, result.error

    delivered = status_code is not None and 200 <= status_code < 300
    retry_in: int | None = None
    if delivered:
        status = WebhookDelivery.Status.DELIVERED
    elif try_number < WEBHOOK_MAX_ATTEMPTS:
        status = WebhookDelivery.Status.RETRYING
        retry_in = webhook_retry_delay(try_number)
    else:
        status = WebhookDelivery.Status.FAILED
    WebhookDelivery.objects.filter(pk=delivery.pk).update(
        status=status,
        attempts=models.F("attempts") + 1,
        response_code=status_code,
        duration_ms=duration_ms,
        last_error=error[:500],
        last_attempt_at=moment,
        delivered_at=moment if delivered else None,
        next_retry_at=moment + timedelta(seconds=retry_in) if retry_in is not None else None,
    )
    logger.info(
        "webhook %s %s to endpoint %s: try %s, %s, HTTP %s, %s ms%s",
        delivery.event_type,
        delivery.event_id,
        endpoint.pk,
        try_number,
        status,
        status_code if status_code is not None else "-",
        duration_ms,
        f", retry in {retry_in} s" if retry_in is not None else "",
    )
    return DeliveryOutcome(status=status, retry_in_seconds=retry_in)


@transaction.atomic
def webhook_delivery_resend(
    *, organization: models.Model, delivery_id: int, resent_by: Any
) -> WebhookDelivery:
    """Send a delivery again from the page (after the receiver was fixed, say): same event id, so a
    receiver that already has the event can recognise it, and a fresh run of automatic retries."""
    _require_admin(organization=organization, user=resent_by)
    delivery = webhook_delivery_get_or_404(organization=organization, delivery_id=delivery_id)
    if not delivery.endpoint.active:
        raise ApplicationError("This endpoint is paused. Resume it before sending its events again.")
    WebhookDelivery.objects.filter(pk=delivery.pk).update(
        status=WebhookDelivery.Status.PENDING, next_retry_at=None, delivered_at=None
    )
    delivery.refresh_from_db()
    audit_record(
        organization=organization,
        action="webhook_delivery.resent",
        actor=AuditActor.for_user(resent_by),
        target=delivery,
        data={"event_id": str(delivery.event_id), "event_type": delivery.event_type},
    )
    _deliver_on_commit(delivery.pk)
    return delivery
