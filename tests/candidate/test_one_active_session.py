"""One browser at a time: a second browser is asked before the attempt moves to it; the first then can no
longer change answers; the same browser reopening its link is not asked."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from assessments.models import Response
from audit.models import AuditEvent
from tests.candidate.conftest import Invite, save, start

pytestmark = [pytest.mark.django_db]

TEXT = "writing-angry-customer-email"


def test_a_second_browser_is_asked_and_on_confirming_the_first_becomes_read_only(invite: Invite) -> None:
    invited = invite()
    first, second = Client(), Client()
    start(first, invited)
    save(first, (TEXT, "from the first browser", 1))

    second.get(invited.path)
    question = second.get(reverse("candidate:attempt"))
    assert "Continue the assessment in this browser?" in question.content.decode()
    refused = save(second, (TEXT, "not yet moved", 5))
    assert refused.status_code == 409 and refused.json()["extra"]["code"] == "moved"
    assert save(first, (TEXT, "still the first", 2)).status_code == 200

    assert second.post(reverse("candidate:move")).status_code == 302
    assert "Review and submit" in second.get(reverse("candidate:attempt")).content.decode()

    read_only = save(first, (TEXT, "after the move", 3))
    assert read_only.status_code == 409
    assert read_only.json()["extra"]["code"] == "moved"
    assert "now open in another browser" in read_only.json()["message"]
    assert first.get(reverse("candidate:api_clock")).json()["clock"]["holds_attempt"] is False
    assert first.post(reverse("candidate:api_submit")).status_code == 409
    assert save(second, (TEXT, "from the second browser", 3)).status_code == 200
    assert Response.objects.get(attempt=invited.attempt, item_slug=TEXT).answer == "from the second browser"
    assert AuditEvent.objects.filter(action="attempt.session_moved").count() == 1


def test_reopening_the_link_in_the_same_browser_keeps_it_without_asking(
    invite: Invite, client: Client
) -> None:
    invited = invite()
    start(client, invited)
    holder = invited.refreshed().active_holder

    client.get(invited.path)

    assert invited.refreshed().active_holder == holder
    assert "Review and submit" in client.get(reverse("candidate:attempt")).content.decode()
    assert save(client, (TEXT, "still here", 1)).status_code == 200
