"""The autosave endpoint: batches, the highest sequence number kept, refusals after deadline + grace that
keep what was saved, CSRF, and the clock that every answer carries back."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from assessments.models import Attempt, Response
from assessments.services import attempt_accommodation_set
from tests.candidate.conftest import Invitation, Invite, save, start

pytestmark = [pytest.mark.django_db]

TEXT = "writing-angry-customer-email"
PICK = "sjt-angry-customer"


def _stored(invited: Invitation, slug: str) -> object:
    return Response.objects.get(attempt=invited.attempt, item_slug=slug).answer


def test_a_batch_is_saved_and_each_result_names_the_sequence_number_kept(
    invite: Invite, client: Client
) -> None:
    invited = invite()
    start(client, invited)

    response = save(client, (TEXT, "Dear Alex, second", 2), (PICK, {"best": "a", "worst": "b"}, 1))

    assert response.status_code == 200
    assert response.json()["results"] == [{"item": TEXT, "seq": 2}, {"item": PICK, "seq": 1}]
    assert response.json()["clock"]["seconds_remaining"] > 1700
    assert response.headers["Referrer-Policy"] == "no-referrer"
    late = save(client, (TEXT, "Dear Alex, first", 1), (TEXT, "duplicate", 2))
    assert late.json()["results"] == [{"item": TEXT, "seq": 2}, {"item": TEXT, "seq": 2}]
    assert _stored(invited, TEXT) == "Dear Alex, second"
    assert _stored(invited, PICK) == {"best": "a", "worst": "b"}


def test_a_bad_answer_is_refused_with_its_reason_and_the_rest_of_the_batch_is_saved(
    invite: Invite, client: Client
) -> None:
    invited = invite()
    start(client, invited)

    response = save(client, ("no-such-item", "x", 1), (TEXT, "kept", 1))

    results = response.json()["results"]
    assert "'no-such-item' is not a question of this assessment" in results[0]["error"]
    assert results[1] == {"item": TEXT, "seq": 1}
    assert _stored(invited, TEXT) == "kept"


def test_saves_after_deadline_and_grace_are_refused_clearly_and_nothing_earlier_is_lost(
    invite: Invite, client: Client
) -> None:
    invited = invite()
    start(client, invited)
    save(client, (TEXT, "saved in time", 1))
    Attempt.objects.filter(pk=invited.attempt.pk).update(deadline_at=timezone.now() - timedelta(seconds=31))

    refused = save(client, (TEXT, "too late", 2))

    assert refused.status_code == 409
    assert refused.json()["extra"]["code"] == "time_up"
    assert "Time is up" in refused.json()["message"]
    assert "Every answer saved before the time ran out is kept" in refused.json()["message"]
    assert _stored(invited, TEXT) == "saved in time"
    submit = client.post(reverse("candidate:api_submit"))
    assert submit.status_code == 409 and submit.json()["extra"]["code"] == "time_up"


def test_within_the_grace_period_a_save_still_counts(invite: Invite, client: Client) -> None:
    invited = invite()
    start(client, invited)
    Attempt.objects.filter(pk=invited.attempt.pk).update(deadline_at=timezone.now() - timedelta(seconds=10))

    response = save(client, (TEXT, "sent as the clock ran out", 1))

    assert response.status_code == 200
    assert response.json()["clock"]["seconds_remaining"] == 0
    assert _stored(invited, TEXT) == "sent as the clock ran out"


def test_saves_need_the_csrf_token(invite: Invite) -> None:
    invited = invite()
    browser = Client(enforce_csrf_checks=True)
    browser.get(invited.path)
    page = browser.post(reverse("candidate:start"), {"consent": "yes"})
    assert page.status_code == 403

    token_page = browser.get(reverse("candidate:attempt"))
    csrf = token_page.cookies["csrftoken"].value
    assert (
        browser.post(reverse("candidate:start"), {"consent": "yes", "csrfmiddlewaretoken": csrf}).status_code
        == 302
    )
    body = {"saves": [{"item": TEXT, "answer": "with token", "seq": 1}]}
    assert (
        browser.post(reverse("candidate:api_save"), body, content_type="application/json").status_code == 403
    )
    saved = browser.post(
        reverse("candidate:api_save"), body, content_type="application/json", headers={"X-CSRFToken": csrf}
    )
    assert saved.status_code == 200
    assert _stored(invited, TEXT) == "with token"


def test_extra_time_granted_mid_attempt_reaches_the_next_clock_sync(invite: Invite, client: Client) -> None:
    invited = invite()
    start(client, invited)
    before = client.get(reverse("candidate:api_clock")).json()["clock"]

    attempt_accommodation_set(attempt_id=invited.attempt.pk, extra_seconds=600)

    after = client.get(reverse("candidate:api_clock")).json()["clock"]
    assert before["allowed_seconds"] == 1800 and after["allowed_seconds"] == 2400
    assert after["seconds_remaining"] - before["seconds_remaining"] > 590
    assert after["holds_attempt"] is True


def test_the_clock_submits_an_attempt_whose_time_is_over(invite: Invite, client: Client) -> None:
    invited = invite()
    start(client, invited)
    save(client, (TEXT, "the last words", 1))
    Attempt.objects.filter(pk=invited.attempt.pk).update(deadline_at=timezone.now() - timedelta(seconds=60))

    clock = client.get(reverse("candidate:api_clock")).json()["clock"]

    assert clock["status"] == Attempt.Status.SUBMITTED
    attempt = invited.refreshed()
    assert attempt.submitted_by == Attempt.SubmittedBy.SERVER
    assert _stored(invited, TEXT) == "the last words"
    assert client.get(reverse("candidate:attempt")).headers["Location"] == reverse("candidate:done")
