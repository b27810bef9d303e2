from __future__ import annotations

from typing import Any

import pytest
from django.db import transaction
from django.http import HttpRequest
from django.test import RequestFactory

from accounts.models import Organization, User
from accounts.tests.factories import MembershipFactory, UserFactory
from audit.models import GENESIS_HASH, AuditEvent
from audit.selectors import audit_chain_verify, audit_event_list
from audit.services import audit_record, audit_record_many
from audit.types import AuditActor, AuditRecord

pytestmark = pytest.mark.django_db


def _record(
    organization: Organization,
    action: str = "test.happened",
    *,
    data: dict[str, Any] | None = None,
    request: HttpRequest | None = None,
) -> AuditEvent:
    return audit_record(
        organization=organization, action=action, actor=AuditActor.system(), data=data, request=request
    )


def test_each_event_links_to_the_one_before_it_in_its_organization(
    organization: Organization, other_organization: Organization
) -> None:
    first = _record(organization, "member.invited")
    elsewhere = _record(other_organization, "member.invited")
    second = _record(organization, "member.joined")

    assert (first.seq, first.prev_hash) == (1, GENESIS_HASH)
    assert (second.seq, second.prev_hash) == (2, first.hash)
    assert (elsewhere.seq, elsewhere.prev_hash) == (1, GENESIS_HASH)
    assert audit_chain_verify(organization=organization).ok
    assert audit_chain_verify(organization=organization).events_checked == 2


def test_the_event_says_who_did_what_to_which_object_from_where(organization: Organization) -> None:
    user = UserFactory.create(full_name="Ada Admin", email="ada@example.com")
    membership = MembershipFactory.create(organization=organization)
    request = RequestFactory().post(
        "/team/", REMOTE_ADDR="2001:DB8::1", HTTP_USER_AGENT="Mozilla/5.0 " + "x" * 1000
    )

    audit_record(
        organization=organization,
        action="member.role_changed",
        actor=AuditActor.for_user(user),
        target=membership,
        data={"from": "recruiter", "to": "admin"},
        request=request,
    )

    event = AuditEvent.objects.get()
    assert event.actor_kind == "user"
    assert event.actor_user == user
    assert event.actor_label == "Ada Admin <ada@example.com>"
    assert (event.target_type, event.target_id) == ("accounts.membership", str(membership.pk))
    assert event.target_label == str(membership)
    assert event.data == {"from": "recruiter", "to": "admin"}
    assert event.ip == "2001:db8::1"
    assert event.user_agent.startswith("Mozilla/5.0 ")
    assert len(event.user_agent) == 400


def test_a_forwarded_for_header_does_not_replace_the_peer_address(organization: Organization) -> None:
    request = RequestFactory().get("/", REMOTE_ADDR="10.1.2.3", HTTP_X_FORWARDED_FOR="203.0.113.9")

    event = _record(organization, request=request)

    event.refresh_from_db()
    assert event.ip == "10.1.2.3"


def test_the_hash_still_matches_after_a_round_trip_through_the_database(organization: Organization) -> None:
    data = {
        "answer": "Résumé — 日本語 ✓ \x00 end",
        "scores": {"technical": 4.5, "big": 1e20, "whole": 3.0, "tiny": 1e-7, "third": 1 / 3},
        "nested": [{"z": 1, "a": [True, None, -0.0]}, "text"],
        "huge": 10**30,
        "nan": float("nan"),
    }

    written = _record(organization, data=data)

    stored = AuditEvent.objects.get(pk=written.pk)
    assert stored.compute_hash() == stored.hash == written.hash
    assert stored.data["answer"] == "Résumé — 日本語 ✓ \ufffd end"
    assert stored.data["scores"]["technical"] == 4.5
    assert stored.data["scores"]["big"] == 10**20
    assert audit_chain_verify(organization=organization).ok


def test_an_event_rolled_back_with_its_transaction_leaves_no_gap(organization: Organization) -> None:
    _record(organization, "member.invited")
    with pytest.raises(RuntimeError), transaction.atomic():
        _record(organization, "member.removed")
        raise RuntimeError("the service failed after auditing")
    _record(organization, "member.joined")

    assert [(event.seq, event.action) for event in audit_event_list(organization=organization)] == [
        (2, "member.joined"),
        (1, "member.invited"),
    ]
    assert audit_chain_verify(organization=organization).ok


@pytest.mark.parametrize("action", ["", "Member.Invited", "invited", "member invited", "member."])
def test_actions_must_be_dotted_lowercase_words(organization: Organization, action: str) -> None:
    with pytest.raises(ValueError, match="dotted lowercase"):
        _record(organization, action)

    assert not AuditEvent.objects.exists()


def test_a_deleted_user_stays_named_in_the_log_and_the_chain_holds(organization: Organization) -> None:
    user: User = UserFactory.create(full_name="Leaving Person", email="leaving@example.com")
    audit_record(organization=organization, action="user.logged_in", actor=AuditActor.for_user(user))

    user.delete()

    event = audit_event_list(organization=organization).get()
    assert event.actor_user is None
    assert event.actor_label == "Leaving Person <leaving@example.com>"
    assert audit_chain_verify(organization=organization).ok


def test_several_events_of_one_service_are_appended_in_order_under_one_lock(
    organization: Organization,
) -> None:
    first = _record(organization, "member.invited")
    target = MembershipFactory.create(organization=organization)

    events = audit_record_many(
        organization=organization,
        records=[
            AuditRecord("attempt.submitted", AuditActor.system("deadline"), target, {"answered": 3}),
            AuditRecord("attempt.integrity_summarised", AuditActor.system(), None, None),
        ],
    )

    assert [(event.seq, event.action) for event in events] == [
        (2, "attempt.submitted"),
        (3, "attempt.integrity_summarised"),
    ]
    assert events[0].prev_hash == first.hash and events[1].prev_hash == events[0].hash
    stored = AuditEvent.objects.get(pk=events[0].pk)
    assert (stored.target_id, stored.data, stored.actor_label) == (
        str(target.pk),
        {"answered": 3},
        "deadline",
    )
    assert audit_chain_verify(organization=organization).ok
    assert audit_record_many(organization=organization, records=[]) == []


def _chain_head_takes(queries: list[dict[str, Any]]) -> int:
    return sum(
        'FROM "audit_auditchainhead"' in query["sql"] and "FOR UPDATE" in query["sql"] for query in queries
    )


@pytest.mark.postgres
def test_a_batch_writes_its_events_at_its_end_in_order_under_one_take_of_the_lock(
    organization: Organization, other_organization: Organization
) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from audit.services import audit_batch

    first = _record(organization, "member.invited")
    first_elsewhere = _record(other_organization, "member.invited")
    with CaptureQueriesContext(connection) as queries, transaction.atomic(), audit_batch():
        a = _record(organization, "stage.moved")
        elsewhere = _record(other_organization, "member.invited")
        b, c = audit_record_many(
            organization=organization,
            records=[
                AuditRecord("attempt.submitted", AuditActor.system(), None, None),
                AuditRecord("attempt.integrity_summarised", AuditActor.system(), None, None),
            ],
        )
        assert (a.pk, b.pk, elsewhere.pk) == (None, None, None)  # not written yet
        assert AuditEvent.objects.count() == 2

    assert [(event.seq, event.prev_hash) for event in (a, b, c)] == [
        (2, first.hash),
        (3, a.hash),
        (4, b.hash),
    ]
    assert (elsewhere.seq, elsewhere.prev_hash) == (2, first_elsewhere.hash)
    assert _chain_head_takes(queries.captured_queries) == 2  # once per organization
    stored = list(AuditEvent.objects.filter(organization=organization).order_by("seq"))
    assert [(event.pk, event.action) for event in stored] == [
        (first.pk, "member.invited"),
        (a.pk, "stage.moved"),
        (b.pk, "attempt.submitted"),
        (c.pk, "attempt.integrity_summarised"),
    ]
    assert audit_chain_verify(organization=organization).ok
    assert audit_chain_verify(organization=other_organization).ok


def test_a_batch_that_fails_writes_nothing_and_its_transaction_rolls_back(organization: Organization) -> None:
    from audit.services import audit_batch

    with pytest.raises(RuntimeError), transaction.atomic(), audit_batch():
        MembershipFactory.create(organization=organization)
        _record(organization, "member.invited")
        raise RuntimeError("the service failed after auditing")
    _record(organization, "member.joined")

    assert [(event.seq, event.action) for event in audit_event_list(organization=organization)] == [
        (1, "member.joined")
    ]
    assert audit_chain_verify(organization=organization).ok


def test_an_event_in_a_savepoint_inside_a_batch_is_written_at_once_and_rolls_back_with_it(
    organization: Organization,
) -> None:
    from audit.services import audit_batch

    with transaction.atomic(), audit_batch():
        kept = _record(organization, "member.invited")
        with pytest.raises(RuntimeError), transaction.atomic():
            inside = _record(organization, "member.removed")
            assert inside.pk is not None  # written in its savepoint
            raise RuntimeError("the savepoint rolls back")
        with audit_batch():  # part of the outer batch
            later = _record(organization, "member.joined")
        assert kept.pk is None and later.pk is None

    assert [event.action for event in audit_event_list(organization=organization)][::-1] == [
        "member.invited",
        "member.joined",
    ]
    assert audit_chain_verify(organization=organization).ok


@pytest.mark.django_db(transaction=True)
def test_a_batch_needs_a_transaction() -> None:
    from audit.services import audit_batch

    with pytest.raises(RuntimeError, match="inside transaction.atomic"), audit_batch():
        pass  # pragma: no cover - not reached
