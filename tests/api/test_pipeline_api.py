"""The integrator's API for pipelines, candidates, invitations, stages and interviews: the same services as
the recruiter screens (validation, audit, emails), keys that may only read refused on writes, and another
organization's objects a 404 on every endpoint."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from accounts.models import Membership, Organization, Role
from accounts.tests.factories import MembershipFactory
from api.models import ApiKey
from assessments.models import Attempt
from assessments.services import attempt_start, attempt_submit, response_save
from assessments.types import PlaybookSpec
from audit.models import AuditEvent
from candidates.models import Application
from candidates.services import candidate_add, pipeline_blind_review_set
from candidates.tests.factories import TSS, pipeline_for
from interviews.tests.factories import interview_with_scorecard
from rubrics.management.commands.export_model_answers import model_answers_for_playbook
from rubrics.services import score_report_for_attempt
from tests.api.conftest import MakeKey, bearer, signed_in
from tests.candidates.helpers import emailed_link

pytestmark = pytest.mark.django_db


def _post(client: Client, path: str, key: str, body: dict[str, Any] | None = None) -> Any:
    return client.post(path, body or {}, content_type="application/json", headers=bearer(key))


def _patch(client: Client, path: str, key: str, body: dict[str, Any]) -> Any:
    return client.patch(path, body, content_type="application/json", headers=bearer(key))


@pytest.fixture
def write_key(make_key: MakeKey) -> str:
    return make_key(scope=ApiKey.Scope.READ_WRITE, name="ATS writes")[1]


def test_an_integrator_creates_a_pipeline_invites_a_candidate_and_polls_the_scored_result(
    playbooks: None,
    write_key: str,
    admin: Membership,
    organization: Organization,
    django_capture_on_commit_callbacks: Any,
) -> None:
    client = Client()

    created = _post(
        client,
        "/api/v1/pipelines/",
        write_key,
        {"name": "Support Specialist, Lisbon", "playbook": TSS, "time_limit_minutes": 30},
    )
    assert created.status_code == 201, created.json()
    pipeline = created.json()
    assert pipeline["playbook"] == TSS
    assert pipeline["items"]  # the playbook's default blueprint
    assert client.get(f"/api/v1/pipelines/{pipeline['id']}/", headers=bearer(write_key)).json() == pipeline

    added = _post(
        client,
        f"/api/v1/pipelines/{pipeline['id']}/candidates/",
        write_key,
        {"name": "Grace Hopper", "email": "grace@example.org"},
    )
    assert added.status_code == 201, added.json()
    application = added.json()
    assert application["stage"] == "added"
    assert application["candidate"]["email"] == "grace@example.org"
    assert application["attempt_id"] is None

    with django_capture_on_commit_callbacks(execute=True):
        invited = _post(client, f"/api/v1/pipelines/{pipeline['id']}/invitations/", write_key)
    assert invited.status_code == 200, invited.json()
    assert invited.json()["invited"] == 1
    assert [message.to for message in mail.outbox] == [["grace@example.org"]]
    assert emailed_link().startswith("http")

    application = client.get(f"/api/v1/applications/{application['id']}/", headers=bearer(write_key)).json()
    assert application["stage"] == "invited"
    assert application["attempt_id"]

    # The candidate takes the assessment (through the same services as the candidate's pages).
    attempt = Attempt.objects.get(public_id=application["attempt_id"])
    spec = PlaybookSpec.model_validate(attempt.assessment_version.playbook_version.content)
    answers = model_answers_for_playbook(spec)
    start = timezone.now() - timedelta(minutes=20)
    attempt_start(attempt_id=attempt.pk, now=start)
    for slug in attempt.assessment_version.item_slugs:
        response_save(attempt_id=attempt.pk, item_slug=slug, answer=answers[slug], seq=1, now=start)
    attempt_submit(attempt_id=attempt.pk, now=start + timedelta(minutes=15))
    score_report_for_attempt(attempt_id=attempt.pk)

    polled = client.get(f"/api/v1/results/?attempt={application['attempt_id']}", headers=bearer(write_key))
    assert polled.status_code == 200
    [result] = polled.json()["results"]
    assert result["attempt_id"] == application["attempt_id"]
    assert result["overall"] > 0
    assert result["items"]
    by_application = client.get(
        f"/api/v1/results/?application={application['id']}", headers=bearer(write_key)
    )
    assert [row["id"] for row in by_application.json()["results"]] == [result["id"]]
    scored = client.get(f"/api/v1/applications/{application['id']}/", headers=bearer(write_key)).json()
    assert scored["stage"] == "scored"
    assert scored["score"]["overall"] == result["overall"]

    # Every write was audited as the admin who created the key, as in the browser.
    actions = list(
        AuditEvent.objects.filter(organization=organization, actor_user=admin.user).values_list(
            "action", flat=True
        )
    )
    assert {"pipeline.created", "candidate.added", "candidate.invited"} <= set(actions)


def test_a_read_only_key_is_refused_every_write(playbooks: None, read_key: str, admin: Membership) -> None:
    pipeline = pipeline_for(recruiter=admin)
    application = candidate_add(pipeline=pipeline, name="Ada", email="ada@example.org", added_by=admin.user)
    client = Client()
    writes: list[tuple[str, dict[str, Any]]] = [
        ("/api/v1/pipelines/", {"name": "X", "playbook": TSS}),
        (f"/api/v1/pipelines/{pipeline.pk}/candidates/", {"name": "B", "email": "b@example.org"}),
        (f"/api/v1/pipelines/{pipeline.pk}/invitations/", {}),
        (f"/api/v1/applications/{application.pk}/stage/", {"stage": "interview"}),
        (f"/api/v1/applications/{application.pk}/invitation/accommodation/", {"minutes": 10}),
    ]
    for path, body in writes:
        response = _post(client, path, read_key, body)
        assert response.status_code == 403, path
        assert "read-only" in response.json()["error"]["message"]
    assert _patch(client, f"/api/v1/pipelines/{pipeline.pk}/", read_key, {"name": "Y"}).status_code == 403
    assert Application.objects.filter(pipeline=pipeline).count() == 1
    assert not mail.outbox


def test_service_rules_come_back_as_400_in_the_error_shape(
    playbooks: None, write_key: str, admin: Membership
) -> None:
    pipeline = pipeline_for(recruiter=admin)
    application = candidate_add(pipeline=pipeline, name="Ada", email="ada@example.org", added_by=admin.user)
    client = Client()

    rejected = _post(
        client, f"/api/v1/applications/{application.pk}/stage/", write_key, {"stage": "rejected"}
    )
    assert rejected.status_code == 400
    assert list(rejected.json()["error"]["fields"]) == ["reason"]

    duplicate = _post(
        client,
        f"/api/v1/pipelines/{pipeline.pk}/candidates/",
        write_key,
        {"name": "Ada again", "email": "ADA@example.org"},
    )
    assert duplicate.status_code == 400
    assert duplicate.json()["error"]["code"] == "duplicate"

    unknown = _post(client, "/api/v1/pipelines/", write_key, {"name": "X", "playbook": "no-such-role"})
    assert unknown.status_code == 400
    assert list(unknown.json()["error"]["fields"]) == ["playbook"]

    not_invited = _post(client, f"/api/v1/applications/{application.pk}/invitation/resend/", write_key)
    assert not_invited.status_code == 400
    assert "invite them first" in not_invited.json()["error"]["message"]

    moved = _post(
        client,
        f"/api/v1/applications/{application.pk}/stage/",
        write_key,
        {"stage": "rejected", "reason": "Chose another candidate."},
    )
    assert moved.status_code == 200
    assert moved.json()["stage"] == "rejected"
    assert moved.json()["stage_reason"] == "Chose another candidate."


def test_invitation_actions_and_a_partial_update(
    playbooks: None, write_key: str, admin: Membership, django_capture_on_commit_callbacks: Any
) -> None:
    pipeline = pipeline_for(recruiter=admin)
    application = candidate_add(pipeline=pipeline, name="Ada", email="ada@example.org", added_by=admin.user)
    other = candidate_add(pipeline=pipeline, name="Bob", email="bob@example.org", added_by=admin.user)
    client = Client()
    base = f"/api/v1/applications/{application.pk}/invitation"

    with django_capture_on_commit_callbacks(execute=True):
        sent = _post(
            client,
            f"/api/v1/pipelines/{pipeline.pk}/invitations/",
            write_key,
            {"application_ids": [application.pk]},
        )
        assert sent.json()["invited"] == 1
        resent = _post(client, f"{base}/resend/", write_key)
    assert resent.status_code == 200
    assert [message.to for message in mail.outbox] == [["ada@example.org"], ["ada@example.org"]]
    assert Application.objects.get(pk=other.pk).invitation_state == "not_sent"

    until = (timezone.now() + timedelta(days=20)).replace(microsecond=0)
    extended = _post(client, f"{base}/extend/", write_key, {"valid_until": until.isoformat()})
    assert extended.status_code == 200, extended.json()
    assert extended.json()["link_expires_at"].startswith(until.strftime("%Y-%m-%dT%H:%M"))

    extra = _post(client, f"{base}/accommodation/", write_key, {"percent": 50})
    assert extra.status_code == 200
    assert extra.json()["accommodation_minutes"] == 15
    both = _post(client, f"{base}/accommodation/", write_key, {"percent": 50, "minutes": 5})
    assert both.status_code == 400

    revoked = _post(client, f"{base}/revoke/", write_key)
    assert revoked.json()["invitation_state"] == "revoked"

    changed = _patch(client, f"/api/v1/pipelines/{pipeline.pk}/", write_key, {"link_validity_days": 14})
    assert changed.status_code == 200, changed.json()
    assert changed.json()["link_validity_days"] == 14
    assert changed.json()["name"] == pipeline.name
    assert changed.json()["items"] == list(pipeline.item_slugs)


def test_a_key_whose_creator_is_no_longer_a_manager_is_refused_clearly(
    playbooks: None, make_key: MakeKey, admin: Membership
) -> None:
    _key, raw = make_key(scope=ApiKey.Scope.READ_WRITE)
    Membership.objects.filter(pk=admin.pk).update(role=Role.INTERVIEWER)

    response = _post(Client(), "/api/v1/pipelines/", raw, {"name": "X", "playbook": TSS})

    assert response.status_code == 403
    error = response.json()["error"]
    assert "no longer an admin or recruiter" in error["message"]
    assert "create a new key" in error["message"]


def test_lists_filter_and_blind_review_hides_who_the_candidate_is(
    playbooks: None, write_key: str, admin: Membership, organization: Organization
) -> None:
    manager = MembershipFactory.create(organization=organization, role=Role.HIRING_MANAGER)
    pipeline = pipeline_for(recruiter=admin, hiring_manager_ids=[manager.pk])
    first = candidate_add(pipeline=pipeline, name="Ada", email="ada@example.org", added_by=admin.user)
    candidate_add(pipeline=pipeline, name="Bob", email="bob@example.org", added_by=admin.user)
    pipeline_blind_review_set(pipeline=pipeline, enabled=True, changed_by=admin.user)
    client = Client()

    by_email = client.get("/api/v1/applications/?email=ADA@example.org", headers=bearer(write_key)).json()
    assert [row["id"] for row in by_email["results"]] == [first.pk]
    assert by_email["results"][0]["candidate"]["name"] == "Ada"  # the key reads as an admin
    by_pipeline = client.get(
        f"/api/v1/applications/?pipeline={pipeline.pk}&stage=added", headers=bearer(write_key)
    )
    assert len(by_pipeline.json()["results"]) == 2

    as_manager = signed_in(manager).get(f"/api/v1/applications/{first.pk}/").json()
    assert as_manager["candidate"] == {
        "id": str(first.candidate.public_id),
        "name": f"Candidate {first.blind_number}",
        "email": None,
        "identity_hidden": True,
    }
    assert signed_in(manager).get("/api/v1/applications/?email=ada@example.org").json()["results"] == []


def test_interviews_show_submitted_scorecards_to_a_key(
    playbooks: None, read_key: str, admin: Membership
) -> None:
    pipeline = pipeline_for(recruiter=admin)
    application = candidate_add(pipeline=pipeline, name="Ada", email="ada@example.org", added_by=admin.user)
    interview, scorecard_id = interview_with_scorecard(application=application, scheduled_by=admin)
    client = Client()

    listed = client.get(f"/api/v1/interviews/?application={application.pk}", headers=bearer(read_key)).json()
    assert [row["id"] for row in listed["results"]] == [interview.pk]
    detail = client.get(f"/api/v1/interviews/{interview.pk}/", headers=bearer(read_key)).json()
    assert [card["id"] for card in detail["scorecards"]] == [scorecard_id]
    assert detail["scorecards"][0]["questions"]


def test_another_organizations_key_gets_404_on_every_new_endpoint(
    playbooks: None, admin: Membership, other_admin: Membership, make_key: MakeKey
) -> None:
    pipeline = pipeline_for(recruiter=admin)
    application = candidate_add(pipeline=pipeline, name="Ada", email="ada@example.org", added_by=admin.user)
    interview, _scorecard = interview_with_scorecard(application=application, scheduled_by=admin)
    _key, other_key = make_key(scope=ApiKey.Scope.READ_WRITE, by=other_admin)
    stage_before = Application.objects.get(pk=application.pk).stage
    client = Client()

    reads = [
        f"/api/v1/pipelines/{pipeline.pk}/",
        f"/api/v1/applications/{application.pk}/",
        f"/api/v1/interviews/{interview.pk}/",
    ]
    for path in reads:
        assert client.get(path, headers=bearer(other_key)).status_code == 404, path
    writes = [
        f"/api/v1/pipelines/{pipeline.pk}/candidates/",
        f"/api/v1/pipelines/{pipeline.pk}/invitations/",
        f"/api/v1/applications/{application.pk}/stage/",
        f"/api/v1/applications/{application.pk}/invitation/resend/",
        f"/api/v1/applications/{application.pk}/invitation/revoke/",
        f"/api/v1/applications/{application.pk}/invitation/extend/",
        f"/api/v1/applications/{application.pk}/invitation/accommodation/",
    ]
    for path in writes:
        assert _post(client, path, other_key, {"stage": "hired", "minutes": 5}).status_code == 404, path
    assert _patch(client, f"/api/v1/pipelines/{pipeline.pk}/", other_key, {"name": "Z"}).status_code == 404
    for path in ("/api/v1/pipelines/", "/api/v1/applications/", "/api/v1/interviews/"):
        assert client.get(path, headers=bearer(other_key)).json()["results"] == [], path
    assert (
        client.get(f"/api/v1/results/?application={application.pk}", headers=bearer(other_key)).json()[
            "results"
        ]
        == []
    )
    assert Application.objects.get(pk=application.pk).stage == stage_before
