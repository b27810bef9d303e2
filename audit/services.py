"""The one way to write the audit log. Every other app records its events through `audit_record`."""

from __future__ import annotations

import functools
import ipaddress
import re
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from django.db import connections, models, router, transaction
from django.db.models import Field
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
from audit.types import AuditActor, AuditRecord

_ACTION = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$")


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
    lock short. Everything that does not need the lock (checks, labels, the event's data) is done
    before it is taken; under it, one statement writes the event and moves the head (`_append`).
    If the transaction rolls back, the event goes with it and the chain has no gap.
    """
    event = _event_prepared(
        organization=organization, record=AuditRecord(action, actor, target, data), request=request
    )
    if not _deferred([event]):
        _chain([event])
    return event


def audit_record_many(*, organization: models.Model, records: Sequence[AuditRecord]) -> list[AuditEvent]:
    """Appends several events of one service, in this order, under one take of the chain head's lock
    (`audit_record` for each would take it at the first and hold it through the work between them)."""
    events = [_event_prepared(organization=organization, record=record, request=None) for record in records]
    if events and not _deferred(events):
        _chain(events)
    return events


class _Batch(threading.local):
    events: list[AuditEvent] | None = None
    database: str = ""
    depth = 0  # the savepoints open when the batch began
    token: object | None = None  # new for each batch: see `audit_batch_token`


_batch = _Batch()


@contextmanager
def audit_batch() -> Iterator[None]:
    """Write the events recorded inside it at its end, in the order they were recorded, under one take of
    each organization's chain lock and, on PostgreSQL, in one statement: a service whose work audits
    several times (its own events and those of the receivers of its signals) waits for the lock once and
    holds it for the shortest time.

    For the whole body of a service inside its transaction (`@transaction.atomic`), so that an error
    leaving the batch also leaves the transaction and rolls back the writes of the events it drops. An
    event recorded inside a savepoint opened within the batch is written at once (the savepoint may roll
    back without the batch knowing). Until the batch ends, the recorded events have no `pk` and no place
    in the chain. A batch inside a batch is part of the outer one."""
    if _batch.events is not None:
        yield
        return
    database = router.db_for_write(AuditEvent)
    connection = connections[database]
    if not connection.in_atomic_block:
        raise RuntimeError("audit_batch defers writes to its end: use it inside transaction.atomic")
    _batch.events, _batch.database, _batch.depth = [], database, len(connection.savepoint_ids)
    _batch.token = object()
    try:
        yield
        events = _batch.events
    finally:
        _batch.events, _batch.token = None, None
    for organization_id in dict.fromkeys(event.organization_id for event in events):
        _chain([event for event in events if event.organization_id == organization_id])


def audit_batch_token() -> object | None:
    """An object that stands for the current batch while it lasts (None outside one): a service's unit of
    work, in which a look-up that cannot change under it (an organization's webhook subscriptions) may be
    made once and kept. Another batch, even on the same thread, has another token."""
    return _batch.token


def _deferred(events: list[AuditEvent]) -> bool:
    """Whether the events wait for the end of the current batch (see `audit_batch`)."""
    pending = _batch.events
    if pending is None or len(connections[_batch.database].savepoint_ids) != _batch.depth:
        return False
    pending.extend(events)
    return True


def _event_prepared(
    *, organization: models.Model, record: AuditRecord, request: HttpRequest | None
) -> AuditEvent:
    """The event with everything but its place in the chain, checked and cleaned."""
    action, actor, target = record.action, record.actor, record.target
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

    return AuditEvent(
        organization_id=organization.pk,
        actor_kind=actor.kind,
        actor_user_id=actor.user_id,
        actor_id=actor.actor_id[:100],
        actor_label=clean_text(actor.label)[:LABEL_MAX_LENGTH],
        action=action,
        target_type=target_type,
        target_id=target_id[:100],
        target_label=target_label,
        # Stored in the form the database gives back, so the hash recomputed from the row matches.
        data=canonical_data(record.data or {}),
        ip=ip,
        user_agent=user_agent,
    )


# No savepoint of its own: an error here dooms the caller's transaction, business write included (it must
# not commit without its event), and two statements fewer go to the database on every audited write.
@transaction.atomic(savepoint=False)
def _chain(events: list[AuditEvent]) -> None:
    """Link the prepared events (all of one organization) to its chain under the chain head's lock, in
    order, and write them."""
    head = _head_locked(events[0].organization_id)
    for event in events:
        event.seq = head.last_seq + 1
        event.created_at = timezone.now()  # taken under the lock, so times follow the sequence
        event.prev_hash = head.last_hash
        event.hash = event.compute_hash()
        head.last_seq = event.seq
        head.last_hash = event.hash
    _append(events, head)


def _head_locked(organization_id: int) -> AuditChainHead:
    """The organization's chain head, locked until the transaction ends; made on its first event.

    On PostgreSQL the usual case (the head exists) is one plain statement: this runs on every audited
    write, and building the ORM's query costs more than the database takes to answer it."""
    database = router.db_for_write(AuditChainHead)
    connection = connections[database]
    if connection.vendor == "postgresql":
        meta = AuditChainHead._meta
        quote = connection.ops.quote_name
        fields = meta.concrete_fields
        columns = ", ".join(quote(str(field.column)) for field in fields)
        sql = (
            f"SELECT {columns} FROM {quote(meta.db_table)} "  # noqa: S608
            f"WHERE {quote('organization_id')} = %s FOR UPDATE"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [organization_id])
            row = cursor.fetchone()
        if row is not None:
            return AuditChainHead.from_db(database, [field.attname for field in fields], row)
    # The first event of the organization (or another database): two appenders may race to create the
    # head; get_or_create settles it under the unique constraint.
    head, _ = (
        AuditChainHead.objects.using(database)
        .select_for_update()
        .get_or_create(organization_id=organization_id)
    )
    return head


@functools.cache
def _append_sql(database: str, count: int) -> tuple[str, tuple[Field[Any, Any], ...]]:
    """The statement `_append` runs on PostgreSQL for `count` events, and the event's fields in the order
    of each event's parameters: built once per count from the models' metadata (identifiers only; every
    value is a parameter)."""
    quote = connections[database].ops.quote_name
    meta, head_meta = AuditEvent._meta, AuditChainHead._meta
    fields = tuple(field for field in meta.concrete_fields if not field.primary_key)
    columns = ", ".join(quote(str(field.column)) for field in fields)
    row = "(" + ", ".join(["%s"] * len(fields)) + ")"
    event_id, head_id = quote(str(meta.pk.column)), quote(str(head_meta.pk.column))
    sql = (
        f"WITH new_events AS (INSERT INTO {quote(meta.db_table)} ({columns}) "  # noqa: S608
        f"VALUES {', '.join([row] * count)} RETURNING {event_id}, {quote('seq')}) "
        f"UPDATE {quote(head_meta.db_table)} SET {quote('last_seq')} = %s, {quote('last_hash')} = %s "
        f"WHERE {head_id} = %s "
        f"RETURNING (SELECT array_agg({event_id} ORDER BY {quote('seq')}) FROM new_events)"
    )
    return sql, fields


# Statements are built for a power of two of events, up to this many: a scoring batch's hundred events go
# in three (64 + 32 + 4), and no more than eight statements are ever kept.
_APPEND_SQL_COUNTS = 128


def _append(events: list[AuditEvent], head: AuditChainHead) -> None:
    """Insert the events (already linked, in order) and move the chain head to the last: on PostgreSQL in
    one statement (the INSERT in a WITH, then the head's UPDATE), so the locked head waits one round trip
    for all of them."""
    database = router.db_for_write(AuditEvent)
    connection = connections[database]
    if connection.vendor != "postgresql" or not connection.features.can_return_columns_from_insert:
        for event in events:
            event.save(using=database)
        head.save(using=database, update_fields=["last_seq", "last_hash"])
        return
    first = 0
    while first < len(events):
        count = min(_APPEND_SQL_COUNTS, 1 << ((len(events) - first).bit_length() - 1))
        chunk = events[first : first + count]
        first += count
        last = chunk[-1]
        sql, fields = _append_sql(database, len(chunk))
        # Each value prepared as Django's own INSERT prepares it (JSON, addresses, times).
        params = [
            field.get_db_prep_save(field.pre_save(event, add=True), connection)
            for event in chunk
            for field in fields
        ]
        with connection.cursor() as cursor:
            cursor.execute(sql, (*params, last.seq, last.hash, head.pk))
            row = cursor.fetchone()
        ids = row[0] if row is not None else None
        if not ids or len(ids) != len(chunk):  # the head is locked by this transaction: it cannot be gone
            raise RuntimeError(f"audit chain head {head.pk} was not moved to event #{last.seq}")
        for event, pk in zip(chunk, ids, strict=True):
            event.pk = pk
            event._state.adding = False
            event._state.db = database


def _client_ip(request: HttpRequest) -> str | None:
    """The peer address, or none when it is not an address (PostgreSQL's inet would refuse the row)."""
    try:
        return str(ipaddress.ip_address(request.META.get("REMOTE_ADDR") or ""))
    except ValueError:
        return None
