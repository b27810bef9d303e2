"""The landing page says what to expect; the clock starts only at Start, and only with consent."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from assessments.models import Attempt, Response
from assessments.types import PlaybookSpec
from audit.models import AuditEvent
from tests.candidate.conftest import Invite, open_link

pytestmark = [pytest.mark.django_db]


def test_the_landing_page_says_what_to_expect_and_the_clock_has_not_started(
    invite: Invite, client: Client
) -> None:
    invited = invite(accommodation_seconds=900)
    open_link(client, invited)

    page = client.get(reverse("candidate:attempt")).content.decode()

    assert "Northwind Support" in page
    assert "Technical Support Specialist: assessment" in page
    assert "13 questions" in page and "4 sections" in page
    assert "Situational judgment: 4 questions" in page
    assert "Time limit: 45 minutes" in page and "including 15 minutes of extra time granted to you" in page
    assert "saved automatically" in page and "When the time runs out" in page
    assert "I consent" in page and 'name="consent"' in page and "required" in page
    assert "Practice question" in page and "Does not count" in page
    assert ">Start</button>" in page
    attempt = invited.refreshed()
    assert attempt.status == Attempt.Status.NOT_STARTED and attempt.started_at is None


def test_start_without_consent_is_refused_with_the_reason_and_starts_no_clock(
    invite: Invite, client: Client
) -> None:
    invited = invite()
    open_link(client, invited)

    response = client.post(reverse("candidate:start"), {})

    assert response.status_code == 400
    assert "Tick the consent box to start" in response.content.decode()
    assert invited.refreshed().status == Attempt.Status.NOT_STARTED
    assert not AuditEvent.objects.filter(action="attempt.started").exists()


def test_start_with_consent_starts_the_clock_once_and_shows_the_test(invite: Invite, client: Client) -> None:
    invited = invite()
    open_link(client, invited)

    response = client.post(reverse("candidate:start"), {"consent": "yes"})
    assert response.status_code == 302
    again = client.post(reverse("candidate:start"), {"consent": "yes"})
    assert again.status_code == 302

    attempt = invited.refreshed()
    assert attempt.status == Attempt.Status.IN_PROGRESS
    assert attempt.privacy_consent_at is not None
    assert attempt.deadline_at is not None and attempt.started_at is not None
    assert (attempt.deadline_at - attempt.started_at).total_seconds() == 1800
    assert AuditEvent.objects.filter(action="attempt.started", target_id=str(attempt.pk)).count() == 1
    test_page = client.get(reverse("candidate:attempt"))
    assert test_page.status_code == 200
    assert "Review and submit" in test_page.content.decode()
    assert Response.objects.count() == 0


def test_the_test_page_shows_every_item_but_no_rubric_model_answer_or_score(
    invite: Invite, client: Client
) -> None:
    invited = invite()
    open_link(client, invited)
    client.post(reverse("candidate:start"), {"consent": "yes"})

    page = client.get(reverse("candidate:attempt")).content.decode()

    spec = PlaybookSpec.model_validate(invited.attempt.assessment_version.playbook_version.content)
    for slug in invited.attempt.assessment_version.item_slugs:
        item = spec.item(slug)
        assert item is not None
        assert f'id="q-{slug}"' in page
        assert item.model_answer[:60] not in page, slug
        for option in item.options:
            assert f'value="{option.key}"' in page
    assert "rubric" not in page.lower()
    assert "score" not in page.lower()
    assert 'data-type="best_worst"' in page and 'data-type="multi_select"' in page
    assert 'data-type="ordered_steps"' in page and 'data-type="long_text"' in page
    assert 'data-type="short_text"' in page
