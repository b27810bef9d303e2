"""API keys and webhooks of an organization: how an applicant-tracking system reads and is told."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models


class ApiKey(models.Model):
    """A per-organization key for integrations. Only the SHA-256 of the secret is kept: the full key is
    shown once, at creation; `prefix` (the first characters) lets people tell keys apart afterwards."""

    class Scope(models.TextChoices):
        READ = "read", "Read only"
        READ_WRITE = "read_write", "Read and write"

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="api_keys"
    )
    name = models.CharField(max_length=100)
    prefix = models.CharField(max_length=16)
    secret_hash = models.CharField(max_length=64, unique=True)
    scope = models.CharField(max_length=20, choices=Scope.choices, default=Scope.READ)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # Written at most once a minute per key (api.services.api_key_mark_used): not on every request.
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None


class WebhookEndpoint(models.Model):
    """A URL of the organization's that receives signed events. The signing secret is kept as is (it is
    needed to sign every delivery) and shown to the admin once, when the endpoint is added."""

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="webhook_endpoints"
    )
    url = models.URLField(max_length=500)
    events = models.JSONField(default=list)
    secret = models.CharField(max_length=100)
    active = models.BooleanField(default=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.url


class WebhookDelivery(models.Model):
    """One event for one endpoint, and how its sending went. `event_id` is the receiver's de-duplication
    key: the same on every retry and on a re-send from the UI."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        RETRYING = "retrying", "Retrying"
        DELIVERED = "delivered", "Delivered"
        FAILED = "failed", "Failed"

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="webhook_deliveries"
    )
    endpoint = models.ForeignKey(WebhookEndpoint, on_delete=models.CASCADE, related_name="deliveries")
    event_id = models.UUIDField(default=uuid.uuid4, editable=False)
    event_type = models.CharField(max_length=50)
    payload = models.JSONField()
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    response_code = models.PositiveIntegerField(null=True, blank=True)
    duration_ms = models.PositiveIntegerField(null=True, blank=True)
    last_error = models.CharField(max_length=500, blank=True)
    next_retry_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            # One delivery per event and endpoint: a signal sent twice cannot enqueue the event twice.
            models.UniqueConstraint(fields=["endpoint", "event_id"], name="webhook_delivery_one_per_event"),
        ]
        indexes = [models.Index(fields=["organization", "-created_at"], name="webhook_delivery_org_newest")]

    def __str__(self) -> str:
        return f"{self.event_type} {self.event_id} → {self.endpoint_id}"
