from __future__ import annotations

import pytest
from pytest_django import DjangoAssertNumQueries

from accounts.models import Organization
from accounts.tests.factories import MembershipFactory, UserFactory
from audit.selectors import audit_event_list
from audit.services import audit_record
from audit.types import AuditActor

pytestmark = pytest.mark.django_db


def test_events_come_newest_first_and_only_from_the_organization(
    organization: Organization, other_organization: Organization
) -> None:
    for action in ("member.invited", "member.joined", "member.removed"):
        audit_record(organization=organization, action=action, actor=AuditActor.system())
    audit_record(organization=other_organization, action="member.invited", actor=AuditActor.system())

    actions = [event.action for event in audit_event_list(organization=organization)]
    assert actions == ["member.removed", "member.joined", "member.invited"]
    assert [event.action for event in audit_event_list(organization=organization, limit=2)] == [
        "member.removed",
        "member.joined",
    ]


def test_the_trail_of_one_object(organization: Organization) -> None:
    watched = MembershipFactory.create(organization=organization)
    other = MembershipFactory.create(organization=organization)
    audit_record(organization=organization, action="member.added", actor=AuditActor.system(), target=watched)
    audit_record(organization=organization, action="member.added", actor=AuditActor.system(), target=other)
    audit_record(
        organization=organization, action="member.role_changed", actor=AuditActor.system(), target=watched
    )

    trail = audit_event_list(organization=organization, target=watched)

    assert [event.action for event in trail] == ["member.role_changed", "member.added"]


def test_listing_events_with_their_actors_takes_one_query(
    organization: Organization, django_assert_num_queries: DjangoAssertNumQueries
) -> None:
    for n in range(5):
        user = UserFactory.create(full_name=f"Person {n}")
        audit_record(organization=organization, action="user.logged_in", actor=AuditActor.for_user(user))

    with django_assert_num_queries(1):
        shown = [
            (event.actor_label, event.actor_user.email if event.actor_user else "", event.organization.name)
            for event in audit_event_list(organization=organization)
        ]

    assert len(shown) == 5
    assert all(email and name == "Northwind Support" for _label, email, name in shown)
