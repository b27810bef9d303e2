"""The one way to write the audit log. Every other app records its events through `audit_record`."""

from __future__ import annotations

import ipaddress
import re
from typing import Any

from django.db import models, transaction
from django.http import HttpRequest
from django.utils import timezone

from audit.models import (
    LABEL_MAX_LENGTH,
    USER_AGENT_MAX_LENGTH,
    AuditChainHead,
    AuditEvent,
    canonical_data,
    clean_text,
)
from audit.types import AuditActor

_ACTION = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$")


@transaction.atomic
def audit_record(
    *,
    organization: models.Model,
    action: str,
    actor: AuditActor,
    target: models.Model | None = None,
    data: dict[str, Any] | None = None,
    request: HttpRequest | None = None,
) -> AuditEvent:
    """Appends one event to the organization's chain and returns it.

    The organization's chain head stays locked until the surrounding transaction ends, so appends in
    one organization are serialised: call this last in a service, after its own writes, to keep the
    lock short. If the transaction rolls back, the event goes with it and the chain has no gap.
    """
    if not _ACTION.match(action):
        raise ValueError(f'Audit actions are dotted lowercase words, like "member.invited", not {action!r}.')
    if organization.pk is None:
        raise ValueError("Audit events belong to a saved organization.")

    target_type = target_id = target_label = ""
    if target is not None:
        if target.pk is None:
            raise ValueError("The audit target must be saved before it is audited.")
        target_type = f"{target._meta.app_label}.{target._meta.model_name}"
        target_id = str(target.pk)
        target_label = clean_text(str(target))[:LABEL_MAX_LENGTH]

    ip: str | None = None
    user_agent = ""
    if request is not None:
        # REMOTE_ADDR only: X-Forwarded-For is whatever the client wrote unless a trusted proxy set it.
        ip = _client_ip(request)
        user_agent = clean_text(request.META.get("HTTP_USER_AGENT", ""))[:USER_AGENT_MAX_LENGTH]

    head, _ = AuditChainHead.objects.select_for_update().get_or_create(organization_id=organization.pk)
    event = AuditEvent(
        organization_id=organization.pk,
        seq=head.last_seq + 1,
        actor_kind=actor.kind,
        actor_user_id=actor.user_id,
        actor_id=actor.actor_id[:100],
        actor_label=clean_text(actor.label)[:LABEL_MAX_LENGTH],
        action=action,
        target_type=target_type,
        target_id=target_id[:100],
        target_label=target_label,
        # Stored in the form the database gives back, so the hash recomputed from the row matches.
        data=canonical_data(data or {}),
        ip=ip,
        user_agent=user_agent,
        # Taken under the lock, so times follow the sequence.
        created_at=timezone.now(),
        prev_hash=head.last_hash,
    )
    event.hash = event.compute_hash()
    event.save()
    head.last_seq = event.seq
    head.last_hash = event.hash
    head.save(update_fields=["last_seq", "last_hash"])
    return event


def _client_ip(request: HttpRequest) -> str | None:
    """The peer address, or none when it is not an address (PostgreSQL's inet would refuse the row)."""
    try:
        return str(ipaddress.ip_address(request.META.get("REMOTE_ADDR") or ""))
    except ValueError:
        return None
