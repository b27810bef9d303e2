"""The append-only, hash-chained audit log: one chain per organization.

Each event stores the hash of the event before it in the same organization, and its own hash over every
stored field. Changing, removing or reordering a row breaks the chain at that row, which
`manage.py verify_audit` finds. The ORM refuses updates and deletes here; on PostgreSQL a trigger
(migration 0002) refuses them for raw SQL too.
"""

from __future__ import annotations

import datetime
import hashlib
import ipaddress
import json
import math
from decimal import Decimal
from typing import Any, NoReturn

from django.conf import settings
from django.db import models

GENESIS_HASH = "0" * 64
USER_AGENT_MAX_LENGTH = 400
LABEL_MAX_LENGTH = 300


class AuditLogIsAppendOnly(Exception):
    """Raised on any attempt to change or remove an audit event through the ORM."""

    def __init__(self, message: str = "") -> None:
        super().__init__(message or "Audit events are append-only: they cannot be changed or deleted.")


class ActorKind(models.TextChoices):
    USER = "user", "User"
    ATTEMPT = "attempt", "Candidate's attempt"
    SYSTEM = "system", "System"


def clean_text(value: str) -> str:
    """Text PostgreSQL can store: a NUL or a lone surrogate (both can come from a client) would make the
    INSERT fail, and losing the audit event would lose the business write with it."""
    value = value.replace("\x00", "\ufffd")
    return value.encode("utf-8", "replace").decode("utf-8")


def canonical_data(value: Any) -> Any:
    """The form of `data` that comes back unchanged from PostgreSQL jsonb (and SQLite), so that the hash
    computed before the INSERT matches the one recomputed from the stored row.

    jsonb keeps numbers as `numeric`: 1e20 comes back as the integer 100000000000000000000 and 2.0 as 2.0,
    so a float with no fractional part is stored as the integer equal to its shortest decimal form.
    NaN and infinities have no JSON form: they become strings. Keys become strings, tuples lists, and
    anything else (dates, decimals, UUIDs) its string form.
    """
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            return str(value)
        if value.is_integer():
            return int(Decimal(repr(value)))
        return value
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {clean_text(str(key)): canonical_data(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [canonical_data(item) for item in value]
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    return clean_text(str(value))


def canonical_ip(value: str | None) -> str | None:
    """One spelling per address: PostgreSQL's inet and Python may write the same IPv6 address differently."""
    if not value:
        return None
    try:
        return ipaddress.ip_address(value).exploded
    except ValueError:
        return None


class AuditEventQuerySet(models.QuerySet["AuditEvent"]):
    def update(self, **kwargs: Any) -> NoReturn:
        raise AuditLogIsAppendOnly()

    def delete(self) -> NoReturn:
        raise AuditLogIsAppendOnly()

    def bulk_update(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise AuditLogIsAppendOnly()

    def bulk_create(self, *args: Any, **kwargs: Any) -> NoReturn:
        # Events are chained one by one under the chain head's lock: audit.services.audit_record.
        raise AuditLogIsAppendOnly("Record audit events with audit.services.audit_record, one at a time.")


AuditEventManager = models.Manager.from_queryset(AuditEventQuerySet)


class AuditEvent(models.Model):
    """Something that happened in an organization, who did it, to what, from where, and when."""

    # Organization and user are named by string: `audit` sits below `accounts` and cannot import it.
    # The unique (organization, seq) index serves lookups by organization: the FK needs no index of its own.
    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.PROTECT, related_name="audit_events", db_index=False
    )
    seq = models.PositiveBigIntegerField(help_text="Position in the organization's chain, from 1.")

    actor_kind = models.CharField(max_length=16, choices=ActorKind.choices)
    # SET_NULL would be an UPDATE, which the trigger refuses; without a database constraint a user can
    # still be deleted and the event keeps the id and the label it was written with.
    actor_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )
    actor_id = models.CharField(max_length=100, blank=True, help_text="User id or attempt id.")
    actor_label = models.CharField(max_length=LABEL_MAX_LENGTH, help_text="Who, as written at the time.")

    action = models.CharField(max_length=100, help_text='Dotted, e.g. "member.invited".')
    target_type = models.CharField(max_length=100, blank=True, help_text='"app_label.model"')
    target_id = models.CharField(max_length=100, blank=True)
    target_label = models.CharField(max_length=LABEL_MAX_LENGTH, blank=True)
    data = models.JSONField(default=dict, blank=True)

    ip = models.GenericIPAddressField(null=True, blank=True)
    user_agent = models.CharField(max_length=USER_AGENT_MAX_LENGTH, blank=True)
    created_at = models.DateTimeField()

    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64)

    objects = AuditEventManager()

    class Meta:
        constraints = [
            # Also the index behind "newest events of an organization" (PostgreSQL scans it backwards).
            models.UniqueConstraint(fields=["organization", "seq"], name="audit_event_unique_seq"),
        ]
        indexes = [
            models.Index(
                fields=["organization", "target_type", "target_id", "-seq"], name="audit_event_target_idx"
            ),
        ]

    def __str__(self) -> str:
        return f"#{self.seq} {self.action} by {self.actor_label}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise AuditLogIsAppendOnly()
        kwargs["force_insert"] = True
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise AuditLogIsAppendOnly()

    def hash_payload(self) -> dict[str, Any]:
        """Every stored field but `hash`, in a form that survives a round trip through the database."""
        created_at = self.created_at
        if created_at.tzinfo is None:  # only with USE_TZ off; the project runs in UTC
            created_at = created_at.replace(tzinfo=datetime.UTC)
        return {
            "organization_id": self.organization_id,
            "seq": self.seq,
            "actor_kind": self.actor_kind,
            "actor_user_id": None if self.actor_user_id is None else str(self.actor_user_id),
            "actor_id": self.actor_id,
            "actor_label": self.actor_label,
            "action": self.action,
            "target_type": self.target_type,
            "target_id": self.target_id,
            "target_label": self.target_label,
            "data": canonical_data(self.data),
            "ip": canonical_ip(self.ip),
            "user_agent": self.user_agent,
            "created_at": created_at.astimezone(datetime.UTC).isoformat(timespec="microseconds"),
            "prev_hash": self.prev_hash,
        }

    def compute_hash(self) -> str:
        canonical = json.dumps(self.hash_payload(), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class AuditChainHead(models.Model):
    """The newest link of an organization's chain. Appends lock this row, so they are serialised per
    organization and each costs O(1); the verifier also uses it to notice newest events that were deleted."""

    organization = models.OneToOneField(
        "accounts.Organization", on_delete=models.PROTECT, related_name="audit_chain_head"
    )
    last_seq = models.PositiveBigIntegerField(default=0)
    last_hash = models.CharField(max_length=64, default=GENESIS_HASH)

    def __str__(self) -> str:
        return f"audit chain of organization {self.organization_id} at #{self.last_seq}"
