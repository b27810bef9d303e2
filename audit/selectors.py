"""Reads of the audit log: an organization's events, and the check that its chain is whole."""

from __future__ import annotations

from collections.abc import Iterator

from django.db import connection, models, transaction

from audit.models import GENESIS_HASH, AuditChainHead, AuditEvent, AuditEventQuerySet
from audit.types import ChainVerification

VERIFY_CHUNK_SIZE = 2000


def audit_event_list(
    *, organization: models.Model, target: models.Model | None = None, limit: int | None = None
) -> AuditEventQuerySet:
    """The organization's events, newest first; only those about `target` when given."""
    events = (
        AuditEvent.objects.filter(organization_id=organization.pk)
        .select_related("organization", "actor_user")
        .order_by("-seq")
    )
    if target is not None:
        events = events.filter(
            target_type=f"{target._meta.app_label}.{target._meta.model_name}", target_id=str(target.pk)
        )
    if limit is not None:
        events = events[:limit]
    return events


def audit_chain_verify(*, organization: models.Model) -> ChainVerification:
    """Recomputes every hash of the organization's chain, in order, and names the first link that fails.

    Reads one consistent snapshot (REPEATABLE READ on PostgreSQL when not already inside a transaction),
    so events appended while it runs are neither half-seen nor mistaken for tampering.
    """
    # SET TRANSACTION must be the first statement of a transaction: only possible when this opens it.
    opens_transaction = not connection.in_atomic_block
    with transaction.atomic():
        if connection.vendor == "postgresql" and opens_transaction:
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        head = AuditChainHead.objects.filter(organization_id=organization.pk).first()
        events = (
            AuditEvent.objects.filter(organization_id=organization.pk)
            .order_by("seq")
            .iterator(chunk_size=VERIFY_CHUNK_SIZE)
        )
        try:
            return _verify(organization_id=organization.pk, head=head, events=events)
        finally:
            # Stopping at the first broken link leaves the server-side cursor open: close it while the
            # transaction that owns it is still alive, not later when the generator is collected.
            events.close()  # type: ignore[attr-defined]


def _verify(
    *, organization_id: int, head: AuditChainHead | None, events: Iterator[AuditEvent]
) -> ChainVerification:
    checked = 0
    expected_seq = 1
    previous_hash = GENESIS_HASH

    def broken(seq: int, event_id: int | None, problem: str) -> ChainVerification:
        return ChainVerification(
            organization_id=organization_id,
            ok=False,
            events_checked=checked,
            first_broken_seq=seq,
            first_broken_event_id=event_id,
            problem=problem,
        )

    for event in events:
        checked += 1
        where = f"event #{event.seq} (id {event.pk})"
        if event.seq != expected_seq:
            if event.seq > expected_seq:
                missing = (
                    f"event #{expected_seq} is"
                    if event.seq == expected_seq + 1
                    else f"events #{expected_seq} to #{event.seq - 1} are"
                )
                return broken(
                    expected_seq,
                    None,
                    f"{missing} missing before {where}: deleted from the log.",
                )
            return broken(event.seq, event.pk, f"{where} is out of sequence: #{expected_seq} was expected.")
        if event.compute_hash() != event.hash:
            return broken(
                event.seq,
                event.pk,
                f"{where}: stored hash does not match its contents: "
                "the row was changed after it was written.",
            )
        if event.prev_hash != previous_hash:
            before = "the start of the chain" if event.seq == 1 else f"event #{event.seq - 1}"
            return broken(
                event.seq,
                event.pk,
                f"{where}: its link to {before} does not match: {before} was rewritten or replaced.",
            )
        previous_hash = event.hash
        expected_seq += 1

    last_seq = expected_seq - 1
    if head is None and last_seq > 0:
        return broken(last_seq, None, "the record of where the chain ends is missing: it was deleted.")
    head_seq = head.last_seq if head is not None else 0
    if head_seq > last_seq:
        missing = (
            f"event #{head_seq} is"
            if head_seq == last_seq + 1
            else f"events #{last_seq + 1} to #{head_seq} are"
        )
        return broken(last_seq + 1, None, f"{missing} missing at the end of the log: deleted from the log.")
    if head_seq < last_seq:
        return broken(
            head_seq + 1,
            None,
            f"event #{head_seq + 1} and later were not written by the audit service: the chain ends at "
            f"#{head_seq}.",
        )
    if head is not None and head.last_hash != previous_hash:
        return broken(
            last_seq,
            None,
            f"event #{last_seq}, the newest, does not match the chain's recorded end: it was replaced.",
        )
    return ChainVerification(organization_id=organization_id, ok=True, events_checked=checked)
