"""Tampering done behind the product's back (raw SQL with the trigger switched off) is found and named."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from accounts.models import Organization
from accounts.tests.factories import OrganizationFactory
from audit.models import AuditEvent
from audit.selectors import audit_chain_verify
from audit.services import audit_record
from audit.types import AuditActor

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

TRIGGER = "audit_auditevent_append_only"


@contextmanager
def _trigger_off() -> Iterator[None]:
    """What someone with database access could do; the test database user owns the table. The test's
    transaction rolls the change back even if the test fails half-way."""
    with connection.cursor() as cursor:
        # Django's foreign keys are deferred: their pending checks must run before the table can be altered.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute(f"ALTER TABLE audit_auditevent DISABLE TRIGGER {TRIGGER}")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"ALTER TABLE audit_auditevent ENABLE TRIGGER {TRIGGER}")


def _raw(sql: str, params: list[str | int]) -> None:
    with _trigger_off(), connection.cursor() as cursor:
        cursor.execute(sql, params)


def _events(organization: Organization, count: int) -> list[AuditEvent]:
    return [
        audit_record(
            organization=organization,
            action="attempt.saved",
            actor=AuditActor.for_attempt("77", "Candidate 77"),
            data={"question": n, "answer": f"answer {n}"},
        )
        for n in range(1, count + 1)
    ]


def _verify(*args: str) -> tuple[str, CommandError | None]:
    out = StringIO()
    try:
        call_command("verify_audit", *args, stdout=out, no_color=True)
    except CommandError as error:
        return out.getvalue(), error
    return out.getvalue(), None


def test_intact_chains_are_reported_ok(organization: Organization, other_organization: Organization) -> None:
    _events(organization, 3)
    _events(other_organization, 1)

    output, error = _verify()

    assert error is None
    assert output.splitlines() == [
        "OK  contoso: 1 event, chain intact",
        "OK  northwind: 3 events, chain intact",
    ]


def test_a_changed_event_is_named_and_the_command_fails(
    organization: Organization, other_organization: Organization
) -> None:
    events = _events(organization, 4)
    _events(other_organization, 2)
    changed = events[2]
    forged = json.dumps({"answer": "forged"})
    _raw("UPDATE audit_auditevent SET data = %s::jsonb WHERE id = %s", [forged, changed.pk])

    output, error = _verify()

    assert error is not None
    assert error.returncode == 1
    assert "1 of 2 audit chains are broken" in str(error)
    assert (
        f"BROKEN  northwind: event #3 (id {changed.pk}): stored hash does not match its contents: "
        "the row was changed after it was written."
    ) in output.splitlines()
    assert "OK  contoso: 2 events, chain intact" in output.splitlines()


def test_a_rewritten_event_with_a_recomputed_hash_breaks_the_next_link(organization: Organization) -> None:
    events = _events(organization, 3)
    forged = AuditEvent.objects.get(pk=events[1].pk)
    forged.data = {"answer": "forged"}
    _raw(
        "UPDATE audit_auditevent SET data = %s::jsonb, hash = %s WHERE id = %s",
        [json.dumps(forged.data), forged.compute_hash(), forged.pk],
    )

    verdict = audit_chain_verify(organization=organization)

    assert not verdict.ok
    assert verdict.first_broken_seq == 3
    assert verdict.first_broken_event_id == events[2].pk
    assert "its link to event #2 does not match" in verdict.problem


def test_a_deleted_event_leaves_a_gap_that_is_named(organization: Organization) -> None:
    events = _events(organization, 5)
    _raw("DELETE FROM audit_auditevent WHERE id = %s", [events[1].pk])

    output, error = _verify("--organization", "northwind")

    assert error is not None
    assert output.strip() == (
        f"BROKEN  northwind: event #2 is missing before event #3 (id {events[2].pk}): deleted from the log."
    )


def test_deleted_newest_events_are_noticed(organization: Organization) -> None:
    events = _events(organization, 5)
    _raw("DELETE FROM audit_auditevent WHERE id IN (%s, %s)", [events[3].pk, events[4].pk])

    verdict = audit_chain_verify(organization=organization)

    assert not verdict.ok
    assert verdict.first_broken_seq == 4
    assert verdict.problem == "events #4 to #5 are missing at the end of the log: deleted from the log."


def test_only_the_named_organization_is_checked(
    organization: Organization, other_organization: Organization
) -> None:
    events = _events(organization, 2)
    _events(other_organization, 2)
    _raw("DELETE FROM audit_auditevent WHERE id = %s", [events[0].pk])

    output, error = _verify("--organization", "contoso")

    assert error is None
    assert output.strip() == "OK  contoso: 2 events, chain intact"


def test_an_organization_without_events_is_ok() -> None:
    OrganizationFactory.create(slug="quiet")

    output, error = _verify("--organization", "quiet")

    assert error is None
    assert output.strip() == "OK  quiet: 0 events, chain intact"


def test_an_unknown_organization_is_a_clear_error() -> None:
    with pytest.raises(CommandError, match="No organization has the short name “nobody”"):
        call_command("verify_audit", "--organization", "nobody", stdout=StringIO())
