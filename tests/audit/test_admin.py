from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from accounts.models import Organization
from accounts.tests.factories import UserFactory
from audit.models import AuditChainHead, AuditEvent
from audit.services import audit_record
from audit.types import AuditActor

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client: Client) -> Client:
    client.force_login(UserFactory.create(is_staff=True, is_superuser=True))
    return client


@pytest.fixture
def event(organization: Organization) -> AuditEvent:
    return audit_record(
        organization=organization, action="member.invited", actor=AuditActor.system("set-up command")
    )


def test_staff_can_read_the_log(staff_client: Client, event: AuditEvent) -> None:
    listing = staff_client.get(reverse("admin:audit_auditevent_changelist"))
    detail = staff_client.get(reverse("admin:audit_auditevent_change", args=[event.pk]))

    assert listing.status_code == 200
    assert "member.invited" in listing.content.decode()
    assert detail.status_code == 200
    assert event.hash in detail.content.decode()
    assert 'name="_save"' not in detail.content.decode()


def test_nobody_can_add_change_or_delete_events_in_the_admin(staff_client: Client, event: AuditEvent) -> None:
    add = staff_client.get(reverse("admin:audit_auditevent_add"))
    change = staff_client.post(
        reverse("admin:audit_auditevent_change", args=[event.pk]), {"action": "member.removed"}
    )
    delete = staff_client.post(reverse("admin:audit_auditevent_delete", args=[event.pk]), {"post": "yes"})

    assert add.status_code == 403
    assert change.status_code == 403
    assert delete.status_code == 403
    assert AuditEvent.objects.get(pk=event.pk).action == "member.invited"


def test_chain_heads_are_listed_read_only(staff_client: Client, event: AuditEvent) -> None:
    head = AuditChainHead.objects.get(organization=event.organization)
    listing = staff_client.get(reverse("admin:audit_auditchainhead_changelist"))
    change = staff_client.post(
        reverse("admin:audit_auditchainhead_change", args=[head.pk]), {"last_seq": "0"}
    )

    assert listing.status_code == 200
    assert event.hash in listing.content.decode()
    assert change.status_code == 403
    assert AuditChainHead.objects.get(pk=head.pk).last_seq == 1
