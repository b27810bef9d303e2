"""Reads of the API app: keys, webhook endpoints and deliveries, and the organization's score reports and
audit events as the API lists them. Every read is scoped to one organization."""

from __future__ import annotations

import hashlib
import json
import threading
import uuid
from datetime import datetime
from typing import Any

from django.db import connections, models, router

from accounts.selectors import organization_get_or_404, organization_scope
from api.models import ApiKey, WebhookDelivery, WebhookEndpoint
from audit.selectors import audit_event_list
from audit.services import audit_batch_token
from rubrics.selectors import score_report_list_for_organization

DELIVERIES_SHOWN = 100


def api_key_hash(raw_key: str) -> str:
    """Only this hash of a key is stored: a leaked database row cannot be used to call the API."""
    return hashlib.sha256(raw_key.encode("utf-8")).hexdigest()


def api_key_get_active(*, raw_key: str) -> ApiKey | None:
    """The unrevoked key with this secret, with its organization; None for an unknown or revoked key."""
    if not raw_key:
        return None
    return (
        ApiKey.objects.select_related("organization")
        .filter(secret_hash=api_key_hash(raw_key), revoked_at__isnull=True)
        .first()
    )


def api_key_list(*, organization: models.Model) -> list[ApiKey]:
    return list(
        organization_scope(ApiKey.objects.select_related("created_by"), organization=organization)  # type: ignore[arg-type]
    )


def api_key_get_or_404(*, organization: models.Model, api_key_id: int) -> ApiKey:
    return organization_get_or_404(ApiKey.objects.all(), organization=organization, pk=api_key_id)  # type: ignore[arg-type]


def webhook_endpoint_list(*, organization: models.Model) -> list[WebhookEndpoint]:
    return list(organization_scope(WebhookEndpoint.objects.all(), organization=organization))  # type: ignore[arg-type]


def webhook_endpoint_get_or_404(*, organization: models.Model, endpoint_id: int) -> WebhookEndpoint:
    return organization_get_or_404(
        WebhookEndpoint.objects.all(),
        organization=organization,  # type: ignore[arg-type]
        pk=endpoint_id,
    )


class _Subscriptions(threading.local):
    """The organizations' subscribed events, read once in a service's unit of work (`audit_batch_token`):
    a submission asks twice (the attempt's event, the stage move's) and a scoring batch twice an attempt."""

    token: object | None = None
    events: dict[int, list[list[str]]]


_subscriptions = _Subscriptions()


def webhook_subscriptions_forget() -> None:
    """Drop what `webhook_subscribed` kept: an endpoint was created, paused or resumed."""
    _subscriptions.token = None


def _subscribed_events(organization_id: int) -> list[list[str]]:
    token = audit_batch_token()
    if token is not None and _subscriptions.token is token:
        kept = _subscriptions.events.get(organization_id)
        if kept is not None:
            return kept
    elif token is not None:
        _subscriptions.token, _subscriptions.events = token, {}
    connection = connections[router.db_for_read(WebhookEndpoint)]
    quote = connection.ops.quote_name
    sql = (
        f"SELECT {quote('events')} FROM {quote(WebhookEndpoint._meta.db_table)} "  # noqa: S608
        f"WHERE {quote('organization_id')} = %s AND {quote('active')}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [organization_id])
        rows = cursor.fetchall()
    # JSON comes back as text (Django decodes it in its own queries, not in a cursor's).
    events = [json.loads(value) if isinstance(value, str) else value for (value,) in rows]
    if token is not None:
        _subscriptions.events[organization_id] = events
    return events


def webhook_subscribed(*, organization_id: int, event_type: str) -> bool:
    """Whether any active endpoint of the organization asked for this event.

    Asked on every submission, scoring and stage change, and most organizations have no webhook: so one
    plain statement (building the ORM's query cost several times what the database takes to answer), and
    inside a service's unit of work (`audit_batch`) only once for each organization."""
    return any(event_type in events for events in _subscribed_events(organization_id))


def webhook_endpoints_subscribed(*, organization_id: int, event_type: str) -> list[WebhookEndpoint]:
    """Active endpoints of the organization that asked for this event (`webhook_subscribed` first, on a
    hot path: it answers whether there are any with one plain statement)."""
    return [
        endpoint
        for endpoint in WebhookEndpoint.objects.filter(organization_id=organization_id, active=True)
        if event_type in endpoint.events
    ]


def webhook_delivery_list(
    *, organization: models.Model, endpoint: WebhookEndpoint | None = None, limit: int = DELIVERIES_SHOWN
) -> list[WebhookDelivery]:
    deliveries = organization_scope(
        WebhookDelivery.objects.select_related("endpoint"),
        organization=organization,  # type: ignore[arg-type]
    )
    if endpoint is not None:
        deliveries = deliveries.filter(endpoint=endpoint)
    return list(deliveries.order_by("-created_at", "-id")[:limit])


def webhook_delivery_get_or_404(*, organization: models.Model, delivery_id: int) -> WebhookDelivery:
    return organization_get_or_404(
        WebhookDelivery.objects.select_related("endpoint"),
        organization=organization,  # type: ignore[arg-type]
        pk=delivery_id,
    )


def audit_event_api_list(
    *, organization: models.Model, action: str = "", since: datetime | None = None
) -> models.QuerySet[Any]:
    """The organization's audit events, newest first, narrowed to one action and to events from `since`."""
    events = audit_event_list(organization=organization)
    if action:
        events = events.filter(action=action)
    if since is not None:
        events = events.filter(created_at__gte=since)
    return events


def score_report_api_list(
    *, organization: models.Model, attempt_public_id: uuid.UUID | None = None
) -> models.QuerySet[Any]:
    """The organization's score reports, newest first, with their attempts; one attempt's when asked."""
    return score_report_list_for_organization(organization=organization, attempt_public_id=attempt_public_id)
