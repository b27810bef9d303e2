"""Integrity signals: recorded from the browser's running totals (a repeated report never counts twice),
summed over browsers for hiring managers, tenant-scoped, summarised once in the audit log."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from accounts.tests.factories import OrganizationFactory
from assessments.models import AttemptActivity
from assessments.selectors import attempt_integrity_signals, attempt_integrity_totals
from audit.models import AuditEvent
from tests.candidate.conftest import Invite, start

pytestmark = [pytest.mark.django_db]

TEXT = "writing-angry-customer-email"
SHORT = "detail-bounced-email"


def _report(client: Client, source: str, reports: dict[str, dict[str, int]]) -> int:
    response = client.post(
        reverse("candidate:api_activity"),
        {"source": source, "reports": reports},
        content_type="application/json",
    )
    assert response.status_code == 200, response.content
    return int(response.json()["recorded"])


def test_signals_are_running_totals_summed_over_browsers_and_read_by_item(
    invite: Invite, client: Client
) -> None:
    invited = invite()
    start(client, invited)
    first = {
        "": {"focus_lost_count": 2, "focus_lost_seconds": 40},
        TEXT: {"seconds_on_item": 120, "paste_count": 1, "paste_chars": 300, "largest_paste_chars": 300},
    }
    assert _report(client, "browserone", first) == 2
    assert _report(client, "browserone", first) == 2  # a retry
    _report(
        client,
        "browserone",
        {"": {"focus_lost_count": 3, "focus_lost_seconds": 55}, SHORT: {"seconds_on_item": 30}},
    )
    _report(client, "browsertwo", {TEXT: {"seconds_on_item": 15, "paste_count": 1, "paste_chars": 20}})

    signals = attempt_integrity_signals(
        organization=invited.attempt.organization, attempt_id=invited.attempt.pk
    )

    assert signals is not None
    assert (signals.focus_lost_count, signals.focus_lost_seconds) == (3, 55)
    assert (signals.paste_count, signals.paste_chars) == (2, 320)
    by_slug = {item.slug: item for item in signals.items}
    assert [item.slug for item in signals.items] == list(invited.attempt.assessment_version.item_slugs)
    assert by_slug[TEXT].seconds_on_item == 135
    assert by_slug[TEXT].largest_paste_chars == 300
    assert by_slug[TEXT].title == "Reply to an angry customer"
    assert by_slug[SHORT].seconds_on_item == 30 and by_slug[SHORT].paste_count == 0
    other = OrganizationFactory.create()
    assert attempt_integrity_signals(organization=other, attempt_id=invited.attempt.pk) is None


def test_the_totals_alone_are_the_signals_totals(invite: Invite, client: Client) -> None:
    """What a pipeline's row shows: focus lost over the attempt, pastes into its questions only."""
    invited = invite()
    start(client, invited)
    _report(client, "browserone", {"": {"focus_lost_count": 2, "focus_lost_seconds": 9, "paste_count": 4}})
    _report(client, "browserone", {TEXT: {"paste_count": 1, "paste_chars": 300}})
    _report(client, "browsertwo", {"": {"focus_lost_count": 1}, SHORT: {"paste_count": 2, "paste_chars": 7}})

    totals = attempt_integrity_totals(attempt_id=invited.attempt.pk)
    signals = attempt_integrity_signals(
        organization=invited.attempt.organization, attempt_id=invited.attempt.pk
    )

    assert totals == {"focus_lost_count": 3, "focus_lost_seconds": 9, "paste_count": 3, "paste_chars": 307}
    assert signals is not None
    assert totals == {
        "focus_lost_count": signals.focus_lost_count,
        "focus_lost_seconds": signals.focus_lost_seconds,
        "paste_count": signals.paste_count,
        "paste_chars": signals.paste_chars,
    }


def test_signals_are_audited_once_as_a_summary_at_submission(invite: Invite, client: Client) -> None:
    invited = invite()
    start(client, invited)
    for seconds in range(10, 60, 10):
        _report(
            client, "browserone", {"": {"focus_lost_count": seconds // 10, "focus_lost_seconds": seconds}}
        )
    _report(client, "browserone", {TEXT: {"paste_count": 2, "paste_chars": 80}})
    assert not AuditEvent.objects.filter(action="attempt.integrity_summarised").exists()

    client.post(reverse("candidate:api_submit"))

    event = AuditEvent.objects.get(action="attempt.integrity_summarised", target_id=str(invited.attempt.pk))
    assert event.data == {
        "focus_lost_count": 5,
        "focus_lost_seconds": 50,
        "paste_count": 2,
        "paste_chars": 80,
        "pasted_items": [TEXT],
    }
    assert _report(client, "browserone", {"": {"focus_lost_count": 9}}) == 0  # after submission: ignored


def test_bad_reports_are_refused_with_the_reason(invite: Invite, client: Client) -> None:
    invited = invite()
    start(client, invited)
    unknown = client.post(
        reverse("candidate:api_activity"),
        {"source": "browserone", "reports": {"nope": {"paste_count": 1}}},
        content_type="application/json",
    )
    assert unknown.status_code == 400 and "'nope' is not a question" in unknown.json()["message"]
    no_source = client.post(
        reverse("candidate:api_activity"),
        {"reports": {"": {"focus_lost_count": 1}}},
        content_type="application/json",
    )
    assert no_source.status_code == 400
    assert not AttemptActivity.objects.filter(attempt=invited.attempt).exists()
