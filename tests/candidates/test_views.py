"""The recruiter's screens, through the test client: the pipeline form, the pipeline page (filters, sorting,
constant queries at any size), import with preview and confirm, the candidate page, and who sees what."""

from __future__ import annotations

import io
from typing import Any

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.models import Membership, Role
from accounts.tests.factories import MembershipFactory
from audit.selectors import audit_event_list
from candidates.models import Application, Candidate, CandidateEmail, Pipeline, Stage
from candidates.services import application_stage_move, candidate_add, invitations_send
from candidates.tests.factories import TSS
from interviews.tests.factories import interview_for
from reports.services import decision_record
from tests.candidates.conftest import client_for

pytestmark = pytest.mark.django_db


def _page(pipeline: Pipeline, **query: Any) -> str:
    url = reverse("candidates:pipeline_detail", kwargs={"pipeline_id": pipeline.pk})
    return url + ("?" + "&".join(f"{key}={value}" for key, value in query.items()) if query else "")


# Creating a pipeline ---------------------------------------------------------------------------------


def test_the_form_preselects_the_default_assessment_and_shows_its_estimate(
    playbooks: None, recruiter: Membership
) -> None:
    client = client_for(recruiter)
    start = client.get(reverse("candidates:pipeline_create"))
    assert "Technical Support Specialist" in start.content.decode()

    response = client.get(reverse("candidates:pipeline_create") + f"?playbook={TSS}")

    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="item-sjt-angry-customer" data-minutes=' in html
    assert html.count('name="items"') > html.count("checked") - 1  # every item offered
    assert 'value="sjt-angry-customer" id="item-sjt-angry-customer"' in html
    assert "Estimated time:" in html and "of 30 minutes" in html
    assert "Over the limit" in html  # the warning's text is there, hidden until needed


def _form_data(pipeline_name: str, items: list[str], **extra: Any) -> dict[str, Any]:
    data = {
        "playbook": TSS,
        "name": pipeline_name,
        "items": items,
        "time_limit_minutes": 30,
        "grace_seconds": 30,
        "link_validity_days": 7,
        "reminder_hours_before": 48,
    }
    data.update(extra)
    return data


def test_without_javascript_update_the_estimate_warns_when_over_and_saves_nothing(
    playbooks: None, recruiter: Membership
) -> None:
    from assessments.selectors import playbook_get

    ref = playbook_get(slug=TSS)
    assert ref is not None
    every_item = [item.slug for item in ref.spec.items]
    client = client_for(recruiter)

    response = client.post(
        reverse("candidates:pipeline_create"), _form_data("Everything", every_item, estimate="1")
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "estimate estimate--over" in html
    assert "data-estimate-warning hidden" not in html
    assert not Pipeline.objects.exists()


def test_creating_a_pipeline_over_the_limit_saves_it_with_a_warning(
    playbooks: None, recruiter: Membership, manager: Membership, interviewer: Membership
) -> None:
    from assessments.selectors import playbook_get

    ref = playbook_get(slug=TSS)
    assert ref is not None
    every_item = [item.slug for item in ref.spec.items]

    response = client_for(recruiter).post(
        reverse("candidates:pipeline_create"),
        _form_data(
            "Support, Lisbon", every_item, hiring_managers=[manager.pk], interviewers=[interviewer.pk]
        ),
        follow=True,
    )

    pipeline = Pipeline.objects.get()
    assert response.redirect_chain[-1][0] == _page(pipeline)
    assert "over the 30-minute limit" in response.content.decode()
    assert pipeline.item_slugs == every_item
    assert list(pipeline.hiring_managers.all()) == [manager]


def test_a_refused_pipeline_shows_the_error_beside_its_field(playbooks: None, recruiter: Membership) -> None:
    response = client_for(recruiter).post(reverse("candidates:pipeline_create"), _form_data("", []))
    assert response.status_code == 400
    assert "The pipeline was not saved" in response.content.decode()


# The pipeline page -----------------------------------------------------------------------------------


def _fill(pipeline: Pipeline, count: int) -> None:
    candidates = Candidate.objects.bulk_create(
        Candidate(
            organization=pipeline.organization, name=f"Candidate {n:04d}", email=f"c{n:04d}@example.org"
        )
        for n in range(count)
    )
    Application.objects.bulk_create(
        Application(
            organization=pipeline.organization,
            pipeline=pipeline,
            candidate=candidate,
            stage=[Stage.ADDED, Stage.INVITED, Stage.SCORED][n % 3],
            score_overall=(n % 100) if n % 3 == 2 else None,
            red_flag_count=1 if n % 9 == 2 else 0,
            red_flag_codes=["shares-credentials"] if n % 9 == 2 else [],
        )
        for n, candidate in enumerate(candidates)
    )


def _queries(client: Any, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_the_pipeline_page_takes_as_many_queries_for_1000_candidates_as_for_10(
    pipeline: Pipeline, recruiter: Membership, django_assert_num_queries: Any
) -> None:
    client = client_for(recruiter)
    _fill(pipeline, 10)
    small = _queries(client, _page(pipeline))
    small_filtered = _queries(
        client, _page(pipeline, stage="scored", sort="-score", red_flags="any", q="Cand")
    )

    _fill_more = 990
    Application.objects.filter(pipeline=pipeline).delete()
    Candidate.objects.all().delete()
    _fill(pipeline, 10 + _fill_more)

    with django_assert_num_queries(small):
        response = client.get(_page(pipeline))
    with django_assert_num_queries(small_filtered):
        client.get(_page(pipeline, stage="scored", sort="-score", red_flags="any", q="Cand"))
    with django_assert_num_queries(small):
        last = client.get(_page(pipeline, page=20))
    html = response.content.decode()
    assert 'data-testid="count-added">334<' in html
    assert "page 1 of 20" in html
    assert "Candidate 0999" in last.content.decode() or "Candidate 0000" in last.content.decode()


def test_filters_and_sorting_narrow_the_list(pipeline: Pipeline, recruiter: Membership) -> None:
    _fill(pipeline, 30)
    client = client_for(recruiter)

    stage = client.get(_page(pipeline, stage="invited")).content.decode()
    flagged = client.get(_page(pipeline, red_flags="any")).content.decode()
    searched = client.get(_page(pipeline, q="c0007%40example")).content.decode()
    nothing = client.get(_page(pipeline, q="nobody-by-this-name")).content.decode()

    assert "Candidate 0001" in stage and "Candidate 0000" not in stage and "Candidate 0002" not in stage
    assert "No candidate matches these filters." in nothing
    assert flagged.count("shares-credentials") == len([n for n in range(30) if n % 9 == 2])
    assert "Candidate 0007" in searched and "Candidate 0008" not in searched


def test_scores_filter_and_sort(pipeline: Pipeline, recruiter: Membership) -> None:
    _fill(pipeline, 30)
    html = (
        client_for(recruiter).get(_page(pipeline, score_min=10, score_max=20, sort="score")).content.decode()
    )
    shown = [n for n in range(30) if n % 3 == 2 and 10 <= n % 100 <= 20]
    positions = [html.index(f"Candidate {n:04d}") for n in shown]
    assert positions == sorted(positions)
    assert "Candidate 0023" not in html


def test_bulk_invite_and_bulk_move_from_the_page(
    pipeline: Pipeline, recruiter: Membership, django_capture_on_commit_callbacks: Any
) -> None:
    ada = candidate_add(pipeline=pipeline, name="Ada", email="ada@example.org", added_by=recruiter.user)
    alan = candidate_add(pipeline=pipeline, name="Alan", email="alan@example.org", added_by=recruiter.user)
    client = client_for(recruiter)
    bulk = reverse("candidates:pipeline_bulk", kwargs={"pipeline_id": pipeline.pk})

    with django_capture_on_commit_callbacks(execute=True):
        client.post(bulk, {"application": [ada.pk, alan.pk], "action": "invite"})
    refused = client.post(
        bulk, {"application": [ada.pk], "action": "move:rejected", "reason": ""}, follow=True
    )
    client.post(bulk, {"application": [ada.pk, alan.pk], "action": "move:rejected", "reason": "Role closed"})

    assert len(mail.outbox) == 2
    assert "Say why" in refused.content.decode()
    assert set(Application.objects.values_list("stage", "stage_reason")) == {("rejected", "Role closed")}


def test_invite_all_from_the_page_invites_only_the_uninvited(
    pipeline: Pipeline, recruiter: Membership, django_capture_on_commit_callbacks: Any
) -> None:
    candidate_add(pipeline=pipeline, name="Ada", email="ada@example.org", added_by=recruiter.user)
    url = reverse("candidates:pipeline_invite", kwargs={"pipeline_id": pipeline.pk})
    client = client_for(recruiter)
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(url, follow=True)
        second = client.post(url, follow=True)
    assert "1 invitation sent." in first.content.decode()
    assert "everyone selected has been invited already" in second.content.decode()
    assert len(mail.outbox) == 1


# Import ----------------------------------------------------------------------------------------------


def test_import_previews_each_bad_row_and_confirm_imports_the_valid_ones(
    pipeline: Pipeline, recruiter: Membership
) -> None:
    client = client_for(recruiter)
    url = reverse("candidates:candidates_import", kwargs={"pipeline_id": pipeline.pk})
    upload = io.BytesIO(b"name;email\nAda Lovelace;ada@example.org\nBob;not-an-email\n;anon@example.org\n")
    upload.name = "candidates.csv"

    preview = client.post(url, {"file": upload})

    html = preview.content.decode()
    assert preview.status_code == 200
    assert "“not-an-email” is not a valid email address." in html
    assert "The candidate&#x27;s name is missing." in html
    assert not Application.objects.exists()
    content = preview.context["confirm_form"]["content"].value()

    done = client.post(url, {"confirm": "1", "content": content, "file_name": "candidates.csv"}, follow=True)

    assert "1 candidate imported. 2 rows were not imported" in done.content.decode()
    assert list(Application.objects.values_list("candidate__email", flat=True)) == ["ada@example.org"]


def test_a_confirmation_that_was_tampered_with_imports_nothing(
    pipeline: Pipeline, recruiter: Membership
) -> None:
    url = reverse("candidates:candidates_import", kwargs={"pipeline_id": pipeline.pk})
    response = client_for(recruiter).post(url, {"confirm": "1", "content": "%%% not base64"}, follow=True)
    assert "Upload it again" in response.content.decode()
    assert not Application.objects.exists()


# The candidate page ----------------------------------------------------------------------------------


def test_the_candidate_page_shows_every_pipeline_and_a_failed_email_with_its_reason(
    pipeline: Pipeline, recruiter: Membership, django_capture_on_commit_callbacks: Any
) -> None:
    from candidates.tests.factories import pipeline_for

    other = pipeline_for(recruiter=recruiter, name="Night shift support")
    ada = candidate_add(pipeline=pipeline, name="Ada", email="ada@example.org", added_by=recruiter.user)
    candidate_add(pipeline=other, name="Ada", email="ada@example.org", added_by=recruiter.user)
    with django_capture_on_commit_callbacks(execute=True):
        invitations_send(pipeline=pipeline, sent_by=recruiter.user)
    CandidateEmail.objects.update(
        status="failed", failure_reason="The mail server answered 550: 'no such user'.", attempts=5
    )

    response = client_for(recruiter).get(
        reverse("candidates:candidate_detail", kwargs={"candidate_id": ada.candidate.public_id})
    )

    html = response.content.decode()
    assert pipeline.name in html and "Night shift support" in html
    assert "Failed" in html and "after 5 tries" in html and "550" in html
    assert "Moved from not invited yet to <strong>invited</strong> by Rita Recruiter" in html


def test_application_actions_redirect_back_to_the_candidate_and_are_audited(
    pipeline: Pipeline, recruiter: Membership, django_capture_on_commit_callbacks: Any
) -> None:
    ada = candidate_add(pipeline=pipeline, name="Ada", email="ada@example.org", added_by=recruiter.user)
    with django_capture_on_commit_callbacks(execute=True):
        invitations_send(pipeline=pipeline, sent_by=recruiter.user)
    client = client_for(recruiter)

    def post(name: str, data: dict[str, Any] | None = None) -> Any:
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(
                reverse(f"candidates:{name}", kwargs={"application_id": ada.pk}), data or {}, follow=True
            )

    assert "A new link was emailed" in post("application_resend").content.decode()
    assert "Reminder sent" in post("application_remind").content.decode()
    assert (
        "now has 9 extra minutes"
        in post(
            "application_extra_time", {f"extra-{ada.pk}-amount": 30, f"extra-{ada.pk}-unit": "percent"}
        ).content.decode()
    )
    assert (
        "The link now works until"
        in post("application_extend", {f"extend-{ada.pk}-valid_until": "2099-01-31"}).content.decode()
    )
    assert "no longer works" in post("application_revoke").content.decode()
    assert (
        "moved to interview"
        in post("application_stage", {f"stage-{ada.pk}-stage": "interview"}).content.decode()
    )
    actions = set(
        audit_event_list(organization=pipeline.organization)
        .filter(actor_user_id=recruiter.user.pk)
        .values_list("action", flat=True)
    )
    assert {
        "candidate.invitation_resent",
        "candidate.reminded",
        "candidate.accommodation_granted",
        "candidate.invitation_extended",
        "candidate.invitation_revoked",
        "candidate.stage_changed",
    } <= actions


# Roles -----------------------------------------------------------------------------------------------


def test_a_hiring_manager_sees_only_the_pipelines_they_are_on_and_decides(
    pipeline: Pipeline, recruiter: Membership, manager: Membership, organization: Any
) -> None:
    from candidates.tests.factories import pipeline_for

    elsewhere = pipeline_for(recruiter=recruiter, name="Not theirs")
    ada = candidate_add(pipeline=pipeline, name="Ada", email="ada@example.org", added_by=recruiter.user)
    client = client_for(manager)

    listing = client.get(reverse("candidates:pipeline_list")).content.decode()
    assert pipeline.name in listing and "Not theirs" not in listing
    assert client.get(_page(elsewhere)).status_code == 404
    page = client.get(_page(pipeline)).content.decode()
    assert "Add a candidate" not in page and "Apply to the selected" in page
    assert (
        client.get(reverse("candidates:candidate_add", kwargs={"pipeline_id": pipeline.pk})).status_code
        == 403
    )
    moved = client.post(
        reverse("candidates:application_stage", kwargs={"application_id": ada.pk}),
        {f"stage-{ada.pk}-stage": "interview"},
    )
    assert moved.status_code == 302
    ada.refresh_from_db()
    assert ada.stage == Stage.INTERVIEW


def test_an_interviewer_sees_only_the_candidates_they_interview(
    pipeline: Pipeline, recruiter: Membership, interviewer: Membership
) -> None:
    ada = candidate_add(
        pipeline=pipeline, name="Ada Interviewed", email="ada@example.org", added_by=recruiter.user
    )
    alan = candidate_add(
        pipeline=pipeline, name="Alan Waiting", email="alan@example.org", added_by=recruiter.user
    )
    application_stage_move(application=alan, stage="interview", moved_by=recruiter.user)  # someone else's
    interview_for(application=ada, scheduled_by=recruiter, interviewers=[interviewer])
    client = client_for(interviewer)

    page = client.get(_page(pipeline)).content.decode()

    assert "Ada Interviewed" in page and "Alan Waiting" not in page
    assert "Apply to the selected" not in page
    assert (
        client.get(
            reverse("candidates:candidate_detail", kwargs={"candidate_id": alan.candidate.public_id})
        ).status_code
        == 404
    )
    assert (
        client.get(
            reverse("candidates:candidate_detail", kwargs={"candidate_id": ada.candidate.public_id})
        ).status_code
        == 200
    )
    assert (
        client.post(
            reverse("candidates:application_stage", kwargs={"application_id": ada.pk}),
            {f"stage-{ada.pk}-stage": "offer"},
        ).status_code
        == 403
    )


def test_an_interviewer_not_on_the_pipeline_sees_nothing_of_it(pipeline: Pipeline, organization: Any) -> None:
    stranger = MembershipFactory.create(organization=organization, role=Role.INTERVIEWER)
    client = client_for(stranger)
    assert client.get(_page(pipeline)).status_code == 404
    assert pipeline.name not in client.get(reverse("candidates:pipeline_list")).content.decode()


def test_every_member_sees_the_pipelines_link(pipeline: Pipeline, manager: Membership) -> None:
    html = client_for(manager).get(reverse("accounts:dashboard")).content.decode()
    assert f'href="{reverse("candidates:pipeline_list")}"' in html


def test_blind_review_hides_who_the_candidate_is_from_hiring_managers_until_a_decision(
    pipeline: Pipeline, recruiter: Membership, manager: Membership
) -> None:
    ada = candidate_add(
        pipeline=pipeline, name="Ada Hidden", email="ada@example.org", added_by=recruiter.user
    )
    pipeline.blind_review = True
    pipeline.save(update_fields=["blind_review"])
    detail = reverse("candidates:candidate_detail", kwargs={"candidate_id": ada.candidate.public_id})
    reviewer = client_for(manager)

    for page in (
        reviewer.get(_page(pipeline)).content.decode(),
        reviewer.get(_page(pipeline, q="Ada")).content.decode(),  # no searching by name either
        reviewer.get(detail).content.decode(),
    ):
        assert "Ada Hidden" not in page and "ada@example.org" not in page
        assert f"Candidate {ada.blind_number or ada.pk}" in page
    recruiter_page = client_for(recruiter).get(_page(pipeline)).content.decode()
    assert "Ada Hidden" in recruiter_page  # recruiters add and email candidates: they always see names

    decision_record(
        application=ada, outcome="hold", reason="Waiting for the second round", membership=manager
    )
    assert "Ada Hidden" in reviewer.get(detail).content.decode()
    assert "Ada Hidden" in reviewer.get(_page(pipeline)).content.decode()
