"""The interview pages over HTTP: kit and printable kit, scheduling, the scorecard form (errors, drafts
without JavaScript, the autosave endpoint, locking, amending), independence on the page, the dashboard
panel, calibration and tenant isolation."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.urls import reverse

from accounts.models import Membership, Role
from accounts.tests.factories import MembershipFactory, OrganizationFactory
from candidates.models import Application, Pipeline
from interviews.models import Interview, Scorecard
from interviews.services import scorecard_submit
from interviews.tests.factories import interview_for, scorecard_input
from tests.candidates.conftest import client_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def interview(
    application: Application, recruiter: Membership, interviewer: Membership, interviewer_b: Membership
) -> Interview:
    return interview_for(
        application=application,
        scheduled_by=recruiter,
        interviewers=[interviewer, interviewer_b],
        time_zone="America/New_York",
        meeting_url="https://meet.example.org/xyz",
    )


def _complete_post(
    pipeline: Pipeline, *, rating: int = 4, action: str = "submit", **extra: str
) -> dict[str, str]:
    from candidates.selectors import pipeline_spec

    data = {f"rating_{q.slug}": str(rating) for q in pipeline_spec(pipeline=pipeline).interview_questions}
    data.update({"recommendation": "yes", "action": action})
    data.update(extra)
    return data


def test_the_kit_shows_all_seven_questions_with_anchors_and_red_flags(
    pipeline: Pipeline, interviewer: Membership
) -> None:
    response = client_for(interviewer).get(reverse("interviews:kit", args=[pipeline.pk]))
    assert response.status_code == 200
    body = response.content.decode()
    assert body.count('data-testid="kit-question"') == 7
    assert "What to look for" in body and "Anchored scale" in body
    assert "Poor customer empathy or rudeness" in body
    printable = client_for(interviewer).get(reverse("interviews:kit_print", args=[pipeline.pk]))
    assert (
        printable.status_code == 200 and printable.content.decode().count('data-testid="kit-question"') == 7
    )
    assert 'class="site-header"' not in printable.content.decode()


def test_scheduling_through_the_form(
    application: Application, recruiter: Membership, interviewer: Membership
) -> None:
    client = client_for(recruiter)
    url = reverse("interviews:interview_schedule", args=[application.pk])
    refused = client.post(
        url,
        {
            "starts_at": "2031-03-02T14:30",
            "time_zone": "Europe/Lisbon",
            "duration_minutes": "45",
            "interviewers": [str(interviewer.pk)],
            "meeting_url": "http://insecure.example.org",
        },
    )
    assert refused.status_code == 200
    assert "must start with https://" in refused.content.decode()
    assert 'id="error-summary"' in refused.content.decode()
    response = client.post(
        url,
        {
            "starts_at": "2031-03-02T14:30",
            "time_zone": "Europe/Lisbon",
            "duration_minutes": "45",
            "interviewers": [str(interviewer.pk)],
            "meeting_url": "https://meet.example.org/1",
        },
    )
    interview = Interview.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse(
        "interviews:interview_detail", args=[interview.pk]
    )
    page = client.get(response["Location"]).content.decode()
    assert "14:30 (Europe/Lisbon)" in page and 'datetime="2031-03-02T14:30:00+00:00"' in page


def test_an_interviewer_cannot_schedule(
    application: Application, interviewer: Membership, interview: Interview
) -> None:
    response = client_for(interviewer).get(reverse("interviews:interview_schedule", args=[application.pk]))
    assert response.status_code == 403


def test_an_incomplete_submission_shows_an_error_summary_and_keeps_the_draft(
    interview: Interview, interviewer: Membership, pipeline: Pipeline
) -> None:
    client = client_for(interviewer)
    url = reverse("interviews:interview_detail", args=[interview.pk])
    response = client.post(
        url, {"rating_difficult-user": "4", "notes_difficult-user": "Calm and clear", "action": "submit"}
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert 'data-testid="error-summary"' in body
    assert "Rating for question 2: Rate question 2 from 1 to 5." in body
    assert 'href="#rating_juggling-priorities-legend"' in body
    assert "Overall recommendation: Choose your overall recommendation" in body
    scorecard = Scorecard.objects.get()
    assert scorecard.status == "draft" and scorecard.ratings["difficult-user"]["notes"] == "Calm and clear"


def test_save_draft_without_javascript_then_submit_locks_then_amend(
    interview: Interview, interviewer: Membership, pipeline: Pipeline
) -> None:
    client = client_for(interviewer)
    url = reverse("interviews:interview_detail", args=[interview.pk])
    saved = client.post(url, {"rating_difficult-user": "2", "action": "save_draft"})
    assert saved.status_code == 302
    page = client.get(url).content.decode()
    assert re.search(r'name="rating_difficult-user" value="2"[^>]*checked', page)
    assert client.post(url, _complete_post(pipeline)).status_code == 302
    locked = client.get(url).content.decode()
    assert 'data-testid="scorecard-locked"' in locked and 'name="action" value="submit"' not in locked
    missing_reason = client.post(url, _complete_post(pipeline, rating=5, action="amend"))
    assert missing_reason.status_code == 400 and "Say why you are amending" in missing_reason.content.decode()
    amended = client.post(
        url, _complete_post(pipeline, rating=5, action="amend", reason="Typo in question 3")
    )
    assert amended.status_code == 302
    scorecard = Scorecard.objects.get()
    assert scorecard.version == 2
    history = client.get(reverse("interviews:scorecard_history", args=[scorecard.pk])).content.decode()
    assert history.count('data-testid="scorecard-version"') == 2 and "Typo in question 3" in history


def test_autosave_saves_a_draft_and_refuses_once_submitted(
    interview: Interview, interviewer: Membership, pipeline: Pipeline
) -> None:
    client = client_for(interviewer)
    url = reverse("interviews:scorecard_autosave", args=[interview.pk])
    response = client.post(url, {"rating_difficult-user": "3", "notes_difficult-user": "typing"})
    assert response.status_code == 200 and response.json()["saved"] is True
    assert Scorecard.objects.get().ratings["difficult-user"] == {"rating": 3, "notes": "typing"}
    client.post(reverse("interviews:interview_detail", args=[interview.pk]), _complete_post(pipeline))
    late = client.post(url, {"rating_difficult-user": "1"})
    assert late.status_code == 409 and "locked" in late.json()["error"]
    assert Scorecard.objects.get().ratings["difficult-user"]["rating"] == 4


def test_the_interview_page_hides_the_other_scorecard_until_submitting(
    interview: Interview,
    interviewer: Membership,
    interviewer_b: Membership,
    manager: Membership,
    pipeline: Pipeline,
) -> None:
    scorecard_submit(
        interview=interview,
        membership=interviewer,
        data=scorecard_input(pipeline=pipeline, summary="Ivan's secret summary"),
    )
    url = reverse("interviews:interview_detail", args=[interview.pk])
    before = client_for(interviewer_b).get(url).content.decode()
    assert "Ivan's secret summary" not in before and 'data-testid="scorecards-withheld"' in before
    client_for(interviewer_b).post(url, _complete_post(pipeline, rating=1))
    after = client_for(interviewer_b).get(url).content.decode()
    assert "Ivan&#x27;s secret summary" in after
    assert 'data-testid="disagreement-flag"' in after
    manager_page = client_for(manager).get(
        reverse("interviews:application_interviews", args=[interview.application_id])
    )
    assert "Ivan&#x27;s secret summary" in manager_page.content.decode()


def test_other_interviewers_and_organizations_get_404(interview: Interview, organization: Any) -> None:
    outsider = MembershipFactory.create(organization=organization, role=Role.INTERVIEWER)
    stranger = MembershipFactory.create(organization=OrganizationFactory.create(), role=Role.ADMIN)
    for member in (outsider, stranger):
        client = client_for(member)
        assert client.get(reverse("interviews:interview_detail", args=[interview.pk])).status_code == 404
        assert (
            client.get(
                reverse("interviews:application_interviews", args=[interview.application_id])
            ).status_code
            == 404
        )
    assert (
        client_for(stranger)
        .get(reverse("interviews:kit", args=[interview.application.pipeline_id]))
        .status_code
        == 404
    )


def test_the_dashboard_shows_an_interviewer_their_upcoming_interviews(
    interview: Interview, interviewer: Membership
) -> None:
    body = client_for(interviewer).get(reverse("accounts:dashboard")).content.decode()
    assert 'data-testid="upcoming-interviews"' in body and "Casey Candidate" in body


def test_calibration_is_for_deciders(
    pipeline: Pipeline, manager: Membership, interviewer: Membership
) -> None:
    url = reverse("interviews:calibration", args=[pipeline.pk])
    assert client_for(interviewer).get(url).status_code == 403
    page = client_for(manager).get(url)
    assert page.status_code == 200 and 'data-testid="alpha-not-enough"' in page.content.decode()
