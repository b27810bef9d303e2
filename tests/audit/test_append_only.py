from __future__ import annotations

import pytest
from django.db import DatabaseError, connection, transaction

from accounts.models import Organization
from audit.models import AuditEvent, AuditLogIsAppendOnly
from audit.services import audit_record
from audit.types import AuditActor

pytestmark = pytest.mark.django_db


@pytest.fixture
def event(organization: Organization) -> AuditEvent:
    return audit_record(
        organization=organization, action="member.invited", actor=AuditActor.system(), data={"role": "admin"}
    )


def _unchanged(event: AuditEvent) -> bool:
    stored = AuditEvent.objects.get(pk=event.pk)
    return stored.data == {"role": "admin"} and stored.compute_hash() == stored.hash


def test_saving_an_existing_event_is_refused(event: AuditEvent) -> None:
    event.data = {"role": "interviewer"}

    with pytest.raises(AuditLogIsAppendOnly):
        event.save()

    assert _unchanged(event)


def test_deleting_an_event_is_refused(event: AuditEvent) -> None:
    with pytest.raises(AuditLogIsAppendOnly):
        event.delete()

    assert _unchanged(event)


def test_queryset_update_and_delete_are_refused(event: AuditEvent) -> None:
    with pytest.raises(AuditLogIsAppendOnly):
        AuditEvent.objects.filter(pk=event.pk).update(data={"role": "interviewer"})
    with pytest.raises(AuditLogIsAppendOnly):
        AuditEvent.objects.all().delete()
    with pytest.raises(AuditLogIsAppendOnly):
        AuditEvent.objects.bulk_update([event], ["data"])

    assert _unchanged(event)


def test_bulk_create_is_not_offered(organization: Organization, event: AuditEvent) -> None:
    with pytest.raises(AuditLogIsAppendOnly):
        AuditEvent.objects.bulk_create([AuditEvent(organization=organization, seq=2, action="x.y")])

    assert AuditEvent.objects.count() == 1


@pytest.mark.postgres
def test_the_database_refuses_a_raw_update(event: AuditEvent) -> None:
    forged = '{"role": "interviewer"}'
    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),  # the failed statement aborts only this block, not the test's transaction
        connection.cursor() as cursor,
    ):
        cursor.execute("UPDATE audit_auditevent SET data = %s::jsonb WHERE id = %s", [forged, event.pk])

    assert _unchanged(event)


@pytest.mark.postgres
def test_the_database_refuses_a_raw_delete(event: AuditEvent) -> None:
    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),  # the failed statement aborts only this block, not the test's transaction
        connection.cursor() as cursor,
    ):
        cursor.execute("DELETE FROM audit_auditevent WHERE id = %s", [event.pk])

    assert _unchanged(event)
