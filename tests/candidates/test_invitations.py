"""Inviting candidates: one attempt and one email each, a frozen assessment version, and the link actions
(resend, revoke, extend, extra time). Emails go through the real task into the test outbox."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.utils import timezone

from accounts.models import Membership
from accounts.types import ApplicationError
from assessments.services import access_token_hash, attempt_start
from audit.selectors import audit_event_list
from candidates.models import Application, CandidateEmail, InvitationState, Pipeline, Stage
from candidates.selectors import pipeline_version_labels
from candidates.services import (
    accommodation_grant,
    candidate_add,
    invitation_extend,
    invitation_resend,
    invitation_revoke,
    invitations_send,
    pipeline_update,
)
from tests.candidates.helpers import emailed_link, token_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def add(pipeline: Pipeline, recruiter: Membership) -> Callable[..., Application]:
    def make(name: str = "Ada Lovelace", email: str = "ada@example.org") -> Application:
        return candidate_add(pipeline=pipeline, name=name, email=email, added_by=recruiter.user)

    return make


def _invite(pipeline: Pipeline, by: Membership, capture: Any, ids: list[int] | None = None) -> Any:
    with capture(execute=True):
        return invitations_send(pipeline=pipeline, sent_by=by.user, application_ids=ids)


def test_inviting_all_sends_each_candidate_one_email_with_their_own_link(
    pipeline: Pipeline,
    recruiter: Membership,
    add: Callable[..., Application],
    django_capture_on_commit_callbacks: Any,
) -> None:
    ada, alan = add(), add("Alan Turing", "alan@example.org")

    batch = _invite(pipeline, recruiter, django_capture_on_commit_callbacks)

    assert (batch.invited, batch.skipped) == (2, 0)
    assert sorted(message.to[0] for message in mail.outbox) == ["ada@example.org", "alan@example.org"]
    message = next(message for message in mail.outbox if message.to == ["ada@example.org"])
    assert "Ada Lovelace" in message.body
    assert message.alternatives and message.alternatives[0][1] == "text/html"  # type: ignore[attr-defined]
    link = emailed_link(mail.outbox.index(message))
    assert link in message.alternatives[0][0]  # type: ignore[attr-defined]
    for application in (ada, alan):
        application.refresh_from_db()
        assert application.stage == Stage.INVITED
        assert application.invitation_state == InvitationState.SENT
        assert application.attempt is not None
        assert application.assessment_version_id == batch.assessment_version_id
        email = CandidateEmail.objects.get(application=application)
        assert (email.kind, email.status, email.attempts) == ("invite", "sent", 1)
        assert email.sent_at is not None
    ada.refresh_from_db()
    assert ada.attempt is not None
    assert ada.attempt.access_token_hash == access_token_hash(token_of(link))
    assert ada.attempt.contact_email == recruiter.user.email
    assert ada.attempt.candidate_email == "ada@example.org"  # for the confirmation email on submission
    invited = audit_event_list(organization=pipeline.organization).filter(action="candidate.invited")
    assert invited.count() == 2
    assert set(invited.values_list("actor_user_id", flat=True)) == {recruiter.user.pk}


def test_inviting_twice_never_sends_a_second_invitation(
    pipeline: Pipeline,
    recruiter: Membership,
    add: Callable[..., Application],
    django_capture_on_commit_callbacks: Any,
) -> None:
    ada = add()
    _invite(pipeline, recruiter, django_capture_on_commit_callbacks)

    again = _invite(pipeline, recruiter, django_capture_on_commit_callbacks)
    selected_again = _invite(pipeline, recruiter, django_capture_on_commit_callbacks, ids=[ada.pk])

    assert again.invited == 0
    assert (selected_again.invited, selected_again.skipped) == (0, 1)
    assert len(mail.outbox) == 1
    assert CandidateEmail.objects.count() == 1


def test_inviting_selected_candidates_leaves_the_others_uninvited(
    pipeline: Pipeline,
    recruiter: Membership,
    add: Callable[..., Application],
    django_capture_on_commit_callbacks: Any,
) -> None:
    ada, alan = add(), add("Alan Turing", "alan@example.org")

    batch = _invite(pipeline, recruiter, django_capture_on_commit_callbacks, ids=[alan.pk])

    assert batch.invited == 1
    ada.refresh_from_db()
    assert ada.stage == Stage.ADDED
    assert [message.to for message in mail.outbox] == [["alan@example.org"]]


def test_a_later_change_freezes_a_new_version_used_only_by_later_invitations(
    pipeline: Pipeline,
    recruiter: Membership,
    add: Callable[..., Application],
    django_capture_on_commit_callbacks: Any,
) -> None:
    ada = add()
    first = _invite(pipeline, recruiter, django_capture_on_commit_callbacks)
    pipeline.refresh_from_db()
    pipeline_update(
        pipeline=pipeline,
        changed_by=recruiter.user,
        name=pipeline.name,
        item_slugs=list(pipeline.item_slugs)[:-1],
        hiring_manager_ids=[],
        interviewer_ids=[],
        time_limit_seconds=25 * 60,
        grace_seconds=30,
        link_validity_days=7,
        reminder_hours_before=48,
    )
    alan = add("Alan Turing", "alan@example.org")

    second = _invite(pipeline, recruiter, django_capture_on_commit_callbacks)

    ada.refresh_from_db()
    alan.refresh_from_db()
    assert first.assessment_version_id != second.assessment_version_id
    assert ada.assessment_version_id == first.assessment_version_id
    assert alan.assessment_version_id == second.assessment_version_id
    assert ada.attempt is not None and alan.attempt is not None
    assert ada.attempt.assessment_version.time_limit_seconds == 1800
    assert alan.attempt.assessment_version.time_limit_seconds == 1500
    assert (
        len(alan.attempt.assessment_version.item_slugs) == len(ada.attempt.assessment_version.item_slugs) - 1
    )
    labels = pipeline_version_labels(pipeline=pipeline)
    assert labels == {first.assessment_version_id: "Version 1", second.assessment_version_id: "Version 2"}


def test_invitations_with_unchanged_settings_share_one_version(
    pipeline: Pipeline,
    recruiter: Membership,
    add: Callable[..., Application],
    django_capture_on_commit_callbacks: Any,
) -> None:
    add()
    first = _invite(pipeline, recruiter, django_capture_on_commit_callbacks)
    add("Alan Turing", "alan@example.org")
    second = _invite(pipeline, recruiter, django_capture_on_commit_callbacks)
    assert first.assessment_version_id == second.assessment_version_id


def test_a_resend_emails_a_new_link_and_the_old_one_stops_working(
    pipeline: Pipeline,
    recruiter: Membership,
    add: Callable[..., Application],
    django_capture_on_commit_callbacks: Any,
) -> None:
    ada = add()
    _invite(pipeline, recruiter, django_capture_on_commit_callbacks)
    first_token = token_of(emailed_link())

    with django_capture_on_commit_callbacks(execute=True):
        email = invitation_resend(application=ada, sent_by=recruiter.user)

    second_token = token_of(emailed_link())
    assert second_token != first_token
    assert mail.outbox[-1].subject.startswith("New link:")
    ada.refresh_from_db()
    assert ada.attempt is not None
    assert ada.attempt.access_token_hash == access_token_hash(second_token)
    assert (email.kind, CandidateEmail.objects.get(pk=email.pk).status) == ("resend", "sent")
    assert (
        audit_event_list(organization=pipeline.organization)
        .filter(action="candidate.invitation_resent", actor_user_id=recruiter.user.pk)
        .exists()
    )


def test_revoking_stops_the_link_and_a_resend_brings_one_back(
    pipeline: Pipeline,
    recruiter: Membership,
    add: Callable[..., Application],
    django_capture_on_commit_callbacks: Any,
) -> None:
    ada = add()
    _invite(pipeline, recruiter, django_capture_on_commit_callbacks)

    invitation_revoke(application=ada, revoked_by=recruiter.user)

    ada.refresh_from_db()
    assert ada.attempt is not None
    assert ada.invitation_state == InvitationState.REVOKED
    assert ada.attempt.link_revoked_at is not None
    with pytest.raises(ApplicationError, match="revoked"):
        invitation_extend(
            application=ada, valid_until=timezone.now() + timedelta(days=10), extended_by=recruiter.user
        )
    with django_capture_on_commit_callbacks(execute=True):
        invitation_resend(application=ada, sent_by=recruiter.user)
    ada.refresh_from_db()
    assert ada.attempt is not None
    assert ada.invitation_state == InvitationState.SENT and ada.attempt.link_revoked_at is None


def test_extending_moves_the_links_expiry_and_keeps_the_link(
    pipeline: Pipeline,
    recruiter: Membership,
    add: Callable[..., Application],
    django_capture_on_commit_callbacks: Any,
) -> None:
    ada = add()
    _invite(pipeline, recruiter, django_capture_on_commit_callbacks)
    ada.refresh_from_db()
    assert ada.attempt is not None
    token_hash = ada.attempt.access_token_hash
    later = timezone.now() + timedelta(days=14)

    invitation_extend(application=ada, valid_until=later, extended_by=recruiter.user)

    ada.refresh_from_db()
    assert ada.attempt is not None
    assert ada.link_expires_at == later
    assert ada.attempt.link_expires_at == later
    assert ada.attempt.access_token_hash == token_hash
    with pytest.raises(ApplicationError, match="future"):
        invitation_extend(
            application=ada, valid_until=timezone.now() - timedelta(hours=1), extended_by=recruiter.user
        )


def test_extra_time_as_a_percentage_before_the_invitation_is_given_to_the_attempt(
    pipeline: Pipeline,
    recruiter: Membership,
    add: Callable[..., Application],
    django_capture_on_commit_callbacks: Any,
) -> None:
    ada = add()
    accommodation_grant(application=ada, granted_by=recruiter.user, percent=25)
    _invite(pipeline, recruiter, django_capture_on_commit_callbacks)

    ada.refresh_from_db()
    assert ada.attempt is not None
    assert ada.accommodation_seconds == 450
    assert ada.attempt.accommodation_seconds == 450
    assert "plus 7 minutes of extra time" in mail.outbox[-1].body


def test_extra_time_in_minutes_during_the_attempt_moves_the_deadline(
    pipeline: Pipeline,
    recruiter: Membership,
    add: Callable[..., Application],
    django_capture_on_commit_callbacks: Any,
) -> None:
    ada = add()
    _invite(pipeline, recruiter, django_capture_on_commit_callbacks)
    ada.refresh_from_db()
    assert ada.attempt is not None
    started = attempt_start(attempt_id=ada.attempt.pk)
    assert started.deadline_at is not None and started.started_at is not None

    accommodation_grant(application=ada, granted_by=recruiter.user, minutes=10)

    ada.refresh_from_db()
    assert ada.attempt is not None and ada.attempt.deadline_at is not None
    assert ada.attempt.deadline_at - started.started_at == timedelta(seconds=1800 + 600)
    event = (
        audit_event_list(organization=pipeline.organization)
        .filter(action="candidate.accommodation_granted")
        .get()
    )
    assert (event.actor_user_id, event.data["to_seconds"]) == (recruiter.user.pk, 600)


@pytest.mark.parametrize("amounts", [{}, {"percent": 10, "minutes": 5}, {"percent": -5}, {"minutes": 100000}])
def test_extra_time_needs_one_sensible_amount(
    pipeline: Pipeline, recruiter: Membership, add: Callable[..., Application], amounts: dict[str, float]
) -> None:
    with pytest.raises(ApplicationError):
        accommodation_grant(application=add(), granted_by=recruiter.user, **amounts)


def test_hiring_managers_cannot_invite(
    pipeline: Pipeline, manager: Membership, add: Callable[..., Application]
) -> None:
    add()
    with pytest.raises(ApplicationError, match="Only admins and recruiters"):
        invitations_send(pipeline=pipeline, sent_by=manager.user)
