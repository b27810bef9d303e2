from __future__ import annotations

from datetime import timedelta

import pytest
from django.conf import settings
from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.utils import timezone

from accounts.models import Membership, Organization, Role, TeamInvitation, User
from accounts.selectors import invitation_token_hash
from accounts.services import (
    invitation_accept,
    invitation_revoke,
    member_change_role,
    member_invite,
    member_remove,
    organization_create,
)
from accounts.tests.factories import DEFAULT_TEST_PASSWORD, MembershipFactory, UserFactory
from accounts.types import ApplicationError
from audit.selectors import audit_chain_verify, audit_event_list

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "a-long-and-unusual-passphrase-42"


def _invite(organization: Organization, admin: Membership, email: str, role: str = Role.RECRUITER) -> str:
    _invitation, token = member_invite(
        organization=organization, email=email, role=role, invited_by=admin.user
    )
    return token


# organization_create ---------------------------------------------------------------------------------


def test_organization_create_makes_the_creator_its_admin_and_audits_it() -> None:
    founder = UserFactory.create(email="founder@example.com")

    organization = organization_create(name="Contoso Help Desk", created_by=founder)

    assert organization.slug == "contoso-help-desk"
    assert Membership.objects.get(organization=organization, user=founder).role == Role.ADMIN
    actions = [event.action for event in audit_event_list(organization=organization)]
    assert actions == ["member.added", "organization.created"]


def test_organization_create_gives_a_free_slug_when_the_name_is_taken() -> None:
    first = organization_create(name="Contoso")
    second = organization_create(name="Contoso")

    assert first.slug == "contoso"
    assert second.slug == "contoso-2"


# member_invite ---------------------------------------------------------------------------------------


def test_invite_stores_only_the_hash_of_the_token(organization: Organization, admin: Membership) -> None:
    invitation, token = member_invite(
        organization=organization,
        email="New.Person@Example.com",
        role=Role.INTERVIEWER,
        invited_by=admin.user,
    )

    invitation.refresh_from_db()
    assert len(token) >= 43  # 32 random bytes, URL-safe base64
    assert invitation.token_hash == invitation_token_hash(token)
    assert token not in invitation.token_hash
    assert not TeamInvitation.objects.filter(token_hash=token).exists()
    assert invitation.email == "new.person@example.com"
    assert invitation.expires_at - invitation.created_at == pytest.approx(
        timedelta(days=7), abs=timedelta(seconds=5)
    )


def test_invite_email_is_sent_only_after_commit_and_links_to_the_site(
    organization: Organization, admin: Membership, django_capture_on_commit_callbacks
) -> None:
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        _invitation, token = member_invite(
            organization=organization, email="new@example.com", role=Role.RECRUITER, invited_by=admin.user
        )
        assert mail.outbox == []

    assert len(callbacks) == 1
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert isinstance(message, EmailMultiAlternatives)
    assert message.to == ["new@example.com"]
    assert "Northwind Support" in message.subject
    accept_url = f"{settings.SITE_URL}/invitations/{token}/"
    assert accept_url in str(message.body)
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert accept_url in str(html)


def test_invite_rolled_back_sends_no_email(
    organization: Organization, admin: Membership, django_capture_on_commit_callbacks
) -> None:
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        _invite(organization, admin, "new@example.com")
        raise RuntimeError("the surrounding work failed")

    assert callbacks == []
    assert mail.outbox == []
    assert not TeamInvitation.objects.exists()


def test_invite_is_audited_with_the_inviting_admin(organization: Organization, admin: Membership) -> None:
    invitation, _token = member_invite(
        organization=organization, email="new@example.com", role=Role.HIRING_MANAGER, invited_by=admin.user
    )

    event = audit_event_list(organization=organization, target=invitation).get()
    assert event.action == "member.invited"
    assert event.actor_user_id == admin.user.pk
    assert event.data == {"email": "new@example.com", "role": "hiring_manager"}


def test_invite_refuses_an_existing_member(organization: Organization, admin: Membership) -> None:
    member = MembershipFactory.create(organization=organization, user__email="already@example.com")

    with pytest.raises(ApplicationError, match="already is a member"):
        _invite(organization, admin, member.user.email.upper())


def test_invite_refuses_an_address_with_an_open_invitation(
    organization: Organization, admin: Membership
) -> None:
    _invite(organization, admin, "twice@example.com")

    with pytest.raises(ApplicationError, match="already has an open invitation"):
        _invite(organization, admin, "Twice@example.com")
    assert TeamInvitation.objects.count() == 1


def test_invite_replaces_an_expired_invitation(organization: Organization, admin: Membership) -> None:
    _invite(organization, admin, "late@example.com")
    TeamInvitation.objects.update(expires_at=timezone.now() - timedelta(minutes=1))

    _invite(organization, admin, "late@example.com")

    assert TeamInvitation.objects.filter(revoked_at__isnull=False).count() == 1
    assert TeamInvitation.objects.filter(revoked_at__isnull=True).count() == 1


def test_invite_is_refused_to_a_non_admin(organization: Organization, recruiter: Membership) -> None:
    with pytest.raises(ApplicationError, match="Only an admin"):
        member_invite(
            organization=organization, email="x@example.com", role=Role.ADMIN, invited_by=recruiter.user
        )


def test_invite_refuses_an_unknown_role(organization: Organization, admin: Membership) -> None:
    with pytest.raises(ApplicationError, match="not a role"):
        _invite(organization, admin, "x@example.com", role="owner")


# invitation_accept -----------------------------------------------------------------------------------


def test_accept_creates_the_account_of_a_new_person(organization: Organization, admin: Membership) -> None:
    token = _invite(organization, admin, "newcomer@example.com", role=Role.INTERVIEWER)

    membership = invitation_accept(raw_token=token, full_name="  Nora Newcomer ", password=NEW_PASSWORD)

    user = User.objects.get(email="newcomer@example.com")
    assert membership.user == user
    assert membership.organization == organization
    assert membership.role == Role.INTERVIEWER
    assert user.full_name == "Nora Newcomer"
    assert user.check_password(NEW_PASSWORD)
    assert TeamInvitation.objects.get().accepted_at is not None
    event = audit_event_list(organization=organization).first()
    assert event is not None
    assert (event.action, event.actor_user_id) == ("member.joined", user.pk)


def test_accept_refuses_a_weak_password_and_creates_nothing(
    organization: Organization, admin: Membership
) -> None:
    token = _invite(organization, admin, "newcomer@example.com")

    with pytest.raises(ApplicationError) as caught:
        invitation_accept(raw_token=token, full_name="Nora Newcomer", password="12345678")

    assert caught.value.extra["field"] == "password"
    assert "too short" in caught.value.message
    assert not User.objects.filter(email="newcomer@example.com").exists()
    assert TeamInvitation.objects.get().accepted_at is None


def test_accept_adds_the_membership_to_the_signed_in_existing_account(
    organization: Organization, admin: Membership
) -> None:
    # A member of another organization.
    elsewhere = MembershipFactory.create(user__email="veteran@example.com")
    token = _invite(organization, admin, "veteran@example.com", role=Role.HIRING_MANAGER)

    membership = invitation_accept(raw_token=token, user=elsewhere.user)

    assert membership.user == elsewhere.user
    assert set(Membership.objects.filter(user=elsewhere.user).values_list("organization", flat=True)) == {
        elsewhere.organization_id,
        organization.pk,
    }
    assert elsewhere.user.check_password(DEFAULT_TEST_PASSWORD)  # the link did not touch the password


def test_accept_asks_an_existing_account_to_sign_in_first(
    organization: Organization, admin: Membership
) -> None:
    UserFactory.create(email="veteran@example.com")
    token = _invite(organization, admin, "veteran@example.com")

    with pytest.raises(ApplicationError, match="Sign in as veteran@example.com first"):
        invitation_accept(raw_token=token, full_name="Someone", password=NEW_PASSWORD)

    assert not Membership.objects.filter(
        organization=organization, user__email="veteran@example.com"
    ).exists()


def test_accept_refuses_someone_signed_in_with_another_email(
    organization: Organization, admin: Membership
) -> None:
    UserFactory.create(email="veteran@example.com")
    intruder = UserFactory.create(email="intruder@example.com")
    token = _invite(organization, admin, "veteran@example.com")

    with pytest.raises(ApplicationError, match="signed in as intruder@example.com"):
        invitation_accept(raw_token=token, user=intruder)

    assert not Membership.objects.filter(organization=organization, user=intruder).exists()


def test_accept_refuses_an_expired_invitation(organization: Organization, admin: Membership) -> None:
    token = _invite(organization, admin, "late@example.com")
    TeamInvitation.objects.update(expires_at=timezone.now() - timedelta(seconds=1))

    with pytest.raises(ApplicationError, match="expired") as caught:
        invitation_accept(raw_token=token, full_name="Lena Late", password=NEW_PASSWORD)

    assert caught.value.extra["code"] == "expired"
    assert not User.objects.filter(email="late@example.com").exists()


def test_accept_refuses_a_revoked_invitation(organization: Organization, admin: Membership) -> None:
    invitation, token = member_invite(
        organization=organization, email="gone@example.com", role=Role.RECRUITER, invited_by=admin.user
    )
    invitation_revoke(invitation=invitation, revoked_by=admin.user)

    with pytest.raises(ApplicationError, match="withdrawn"):
        invitation_accept(raw_token=token, full_name="Gina Gone", password=NEW_PASSWORD)


def test_accept_refuses_a_used_invitation(organization: Organization, admin: Membership) -> None:
    token = _invite(organization, admin, "once@example.com")
    invitation_accept(raw_token=token, full_name="Oona Once", password=NEW_PASSWORD)

    with pytest.raises(ApplicationError, match="already been used"):
        invitation_accept(raw_token=token, full_name="Oona Once", password=NEW_PASSWORD)
    assert Membership.objects.filter(user__email="once@example.com").count() == 1


def test_accept_refuses_an_unknown_token(db: None) -> None:
    with pytest.raises(ApplicationError, match="not valid"):
        invitation_accept(raw_token="made-up-token", full_name="X", password=NEW_PASSWORD)


# member_change_role, member_remove, invitation_revoke ------------------------------------------------


def test_change_role_is_saved_and_audited_with_the_actor(
    organization: Organization, admin: Membership, recruiter: Membership
) -> None:
    changed = member_change_role(membership=recruiter, role=Role.HIRING_MANAGER, changed_by=admin.user)

    recruiter.refresh_from_db()
    assert changed.role == recruiter.role == Role.HIRING_MANAGER
    event = audit_event_list(organization=organization, target=recruiter).get()
    assert event.action == "member.role_changed"
    assert event.actor_user_id == admin.user.pk
    assert event.data["from"] == "recruiter"
    assert event.data["to"] == "hiring_manager"


def test_change_role_to_the_same_role_changes_nothing(
    organization: Organization, admin: Membership, recruiter: Membership
) -> None:
    member_change_role(membership=recruiter, role=Role.RECRUITER, changed_by=admin.user)

    assert not audit_event_list(organization=organization, target=recruiter).exists()


def test_the_last_admin_cannot_be_demoted(organization: Organization, admin: Membership) -> None:
    with pytest.raises(ApplicationError, match="only admin"):
        member_change_role(membership=admin, role=Role.RECRUITER, changed_by=admin.user)

    admin.refresh_from_db()
    assert admin.role == Role.ADMIN


def test_the_last_admin_cannot_be_removed(organization: Organization, admin: Membership) -> None:
    with pytest.raises(ApplicationError, match="always needs at least one admin"):
        member_remove(membership=admin, removed_by=admin.user)

    assert Membership.objects.filter(pk=admin.pk).exists()


def test_an_admin_can_step_down_when_another_admin_remains(
    organization: Organization, admin: Membership
) -> None:
    MembershipFactory.create(organization=organization, role=Role.ADMIN)

    member_change_role(membership=admin, role=Role.RECRUITER, changed_by=admin.user)

    admin.refresh_from_db()
    assert admin.role == Role.RECRUITER


def test_admins_of_other_organizations_do_not_count_for_the_last_admin_rule(
    organization: Organization, admin: Membership
) -> None:
    MembershipFactory.create(role=Role.ADMIN)  # an admin, but of another organization

    with pytest.raises(ApplicationError, match="only admin"):
        member_remove(membership=admin, removed_by=admin.user)


def test_remove_deletes_the_membership_keeps_the_account_and_audits(
    organization: Organization, admin: Membership, recruiter: Membership
) -> None:
    member_remove(membership=recruiter, removed_by=admin.user)

    assert not Membership.objects.filter(pk=recruiter.pk).exists()
    assert User.objects.filter(pk=recruiter.user.pk).exists()
    event = audit_event_list(organization=organization).first()
    assert event is not None
    assert (event.action, event.actor_user_id) == ("member.removed", admin.user.pk)
    assert event.data["email"] == recruiter.user.email
    assert audit_chain_verify(organization=organization).ok


def test_a_non_admin_cannot_remove_or_change_members(
    organization: Organization, admin: Membership, recruiter: Membership
) -> None:
    with pytest.raises(ApplicationError, match="Only an admin"):
        member_remove(membership=admin, removed_by=recruiter.user)
    with pytest.raises(ApplicationError, match="Only an admin"):
        member_change_role(membership=recruiter, role=Role.ADMIN, changed_by=recruiter.user)

    recruiter.refresh_from_db()
    assert recruiter.role == Role.RECRUITER


def test_revoke_closes_the_invitation_once_and_audits_it(
    organization: Organization, admin: Membership
) -> None:
    invitation, _token = member_invite(
        organization=organization, email="maybe@example.com", role=Role.RECRUITER, invited_by=admin.user
    )

    invitation_revoke(invitation=invitation, revoked_by=admin.user)
    invitation_revoke(invitation=invitation, revoked_by=admin.user)

    invitation.refresh_from_db()
    assert invitation.revoked_at is not None
    actions = [event.action for event in audit_event_list(organization=organization, target=invitation)]
    assert actions == ["member.invitation_revoked", "member.invited"]


def test_revoke_refuses_an_accepted_invitation(organization: Organization, admin: Membership) -> None:
    invitation, token = member_invite(
        organization=organization, email="joined@example.com", role=Role.RECRUITER, invited_by=admin.user
    )
    invitation_accept(raw_token=token, full_name="Jo Joined", password=NEW_PASSWORD)

    with pytest.raises(ApplicationError, match="Remove them from the team instead"):
        invitation_revoke(invitation=invitation, revoked_by=admin.user)


def test_every_team_change_keeps_the_audit_chain_intact(
    organization: Organization, admin: Membership
) -> None:
    token = _invite(organization, admin, "chain@example.com")
    membership = invitation_accept(raw_token=token, full_name="Chris Chain", password=NEW_PASSWORD)
    member_change_role(membership=membership, role=Role.ADMIN, changed_by=admin.user)
    member_remove(membership=admin, removed_by=membership.user)

    verification = audit_chain_verify(organization=organization)
    assert verification.ok
    assert verification.events_checked == 4
