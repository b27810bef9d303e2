"""Writes of accounts: organizations, team invitations and memberships. Every change is audited.

Team changes of one organization are serialised by locking its Organization row: two admins acting at
the same moment cannot both remove "the other" admin, or both invite the same address.
"""

from __future__ import annotations

import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify

from accounts.models import Membership, Organization, Role, TeamInvitation, User
from accounts.selectors import invitation_token_hash, team_invitation_refusal, user_get_by_email
from accounts.tasks import send_account_email
from accounts.types import ApplicationError
from audit.services import audit_record
from audit.types import AuditActor

INVITATION_LIFETIME = timedelta(days=7)
INVITATION_TOKEN_BYTES = 32


def _lock_organization(organization: Organization) -> Organization:
    return Organization.objects.select_for_update().get(pk=organization.pk)


def _role_checked(role: str) -> Role:
    if role not in Role.values:
        raise ApplicationError(
            f"“{role}” is not a role. Choose one of: {', '.join(str(label) for label in Role.labels)}.",
            extra={"field": "role"},
        )
    return Role(role)


def _email_checked(email: str) -> str:
    email = (email or "").strip().lower()
    try:
        validate_email(email)
    except ValidationError:
        raise ApplicationError("Enter a valid email address.", extra={"field": "email"}) from None
    return email


def _require_admin(*, organization: Organization, user: User) -> None:
    """Views already check the role; services check again so no other caller can skip it."""
    if not Membership.objects.filter(organization=organization, user=user, role=Role.ADMIN).exists():
        raise ApplicationError(f"Only an admin of {organization.name} can change its team.")


def _require_another_admin(*, membership: Membership) -> None:
    others = (
        Membership.objects.filter(organization_id=membership.organization_id, role=Role.ADMIN)
        .exclude(pk=membership.pk)
        .exists()
    )
    if not others:
        raise ApplicationError(
            f"{membership.user} is the only admin of {membership.organization.name}. Make another member an "
            "admin first: an organization always needs at least one admin.",
            extra={"code": "last_admin"},
        )


def _unique_slug(name: str) -> str:
    base = slugify(name)[:70] or "organization"
    slug, counter = base, 1
    while Organization.objects.filter(slug=slug).exists():
        counter += 1
        slug = f"{base}-{counter}"
    return slug


@transaction.atomic
def organization_create(
    *, name: str, slug: str | None = None, created_by: User | None = None
) -> Organization:
    """A new tenant. Its creator (when given) becomes its first admin."""
    name = (name or "").strip()
    if not name:
        raise ApplicationError("Give the organization a name.", extra={"field": "name"})
    if slug:
        slug = slugify(slug)
        if Organization.objects.filter(slug=slug).exists():
            raise ApplicationError(f"The short name “{slug}” is already taken.", extra={"field": "slug"})
    else:
        slug = _unique_slug(name)
    organization = Organization.objects.create(name=name, slug=slug)
    actor = AuditActor.for_user(created_by) if created_by is not None else AuditActor.system()
    audit_record(
        organization=organization,
        action="organization.created",
        actor=actor,
        target=organization,
        data={"name": name, "slug": slug},
    )
    if created_by is not None:
        membership = Membership.objects.create(user=created_by, organization=organization, role=Role.ADMIN)
        audit_record(
            organization=organization,
            action="member.added",
            actor=actor,
            target=membership,
            data={"email": created_by.email, "role": Role.ADMIN.value},
        )
    return organization


@transaction.atomic
def member_add(
    *, organization: Organization, user: User, role: str, added_by: AuditActor | None = None
) -> Membership:
    """Adds an existing user directly, without an invitation: for set-up commands, not for the web."""
    role = _role_checked(role)
    _lock_organization(organization)
    if Membership.objects.filter(organization=organization, user=user).exists():
        raise ApplicationError(f"{user.email} already is a member of {organization.name}.")
    membership = Membership.objects.create(user=user, organization=organization, role=role)
    audit_record(
        organization=organization,
        action="member.added",
        actor=added_by or AuditActor.system(),
        target=membership,
        data={"email": user.email, "role": role.value},
    )
    return membership


def _invitation_email_send(*, invitation: TeamInvitation, raw_token: str) -> None:
    path = reverse("accounts:invitation_accept", kwargs={"token": raw_token})
    context = {
        "organization_name": invitation.organization.name,
        "inviter_name": str(invitation.invited_by) if invitation.invited_by else "An admin",
        "role_label": invitation.get_role_display(),
        "accept_url": f"{settings.SITE_URL}{path}",
        "expires_at": invitation.expires_at,
        "email": invitation.email,
    }
    subject = "".join(render_to_string("emails/accounts/team_invitation_subject.txt", context).splitlines())
    send_account_email.delay_on_commit(
        to=invitation.email,
        subject=subject,
        text_body=render_to_string("emails/accounts/team_invitation.txt", context),
        html_body=render_to_string("emails/accounts/team_invitation.html", context),
    )


@transaction.atomic
def member_invite(
    *, organization: Organization, email: str, role: str, invited_by: User, request: HttpRequest | None = None
) -> tuple[TeamInvitation, str]:
    """Invites a person by email. Returns the invitation and the raw token (which is stored only hashed).

    The email is queued after the transaction commits, so no one receives a link to a rolled-back row.
    """
    email = _email_checked(email)
    role = _role_checked(role)
    organization = _lock_organization(organization)
    _require_admin(organization=organization, user=invited_by)

    if Membership.objects.filter(organization=organization, user__email__iexact=email).exists():
        raise ApplicationError(
            f"{email} already is a member of {organization.name}.", extra={"field": "email"}
        )
    now = timezone.now()
    open_invitation = TeamInvitation.objects.filter(
        organization=organization, email__iexact=email, accepted_at__isnull=True, revoked_at__isnull=True
    ).first()
    if open_invitation is not None:
        if open_invitation.expires_at > now:
            raise ApplicationError(
                f"{email} already has an open invitation (valid until "
                f"{open_invitation.expires_at:%d %b %Y %H:%M} UTC). Revoke it first to send a new one.",
                extra={"field": "email"},
            )
        # An expired invitation cannot be used any more; closing it lets the admin simply invite again.
        open_invitation.revoked_at = now
        open_invitation.save(update_fields=["revoked_at"])

    raw_token = secrets.token_urlsafe(INVITATION_TOKEN_BYTES)
    invitation = TeamInvitation.objects.create(
        organization=organization,
        email=email,
        role=role,
        token_hash=invitation_token_hash(raw_token),
        invited_by=invited_by,
        expires_at=now + INVITATION_LIFETIME,
    )
    audit_record(
        organization=organization,
        action="member.invited",
        actor=AuditActor.for_user(invited_by),
        target=invitation,
        data={"email": email, "role": role.value},
        request=request,
    )
    _invitation_email_send(invitation=invitation, raw_token=raw_token)
    return invitation, raw_token


@transaction.atomic
def invitation_accept(
    *,
    raw_token: str,
    full_name: str = "",
    password: str = "",
    user: User | None = None,
    request: HttpRequest | None = None,
) -> Membership:
    """Turns an invitation into a membership.

    A new address gets an account with `full_name` and `password`. An address that already has an account
    joins with that account, and only while signed in as it (`user`): the link alone never grants access to
    an existing account.
    """
    token_hash = invitation_token_hash(raw_token or "")
    invitation = TeamInvitation.objects.select_for_update().filter(token_hash=token_hash).first()
    refusal = team_invitation_refusal(invitation=invitation)
    if invitation is None or refusal is not None:
        raise refusal or ApplicationError("This invitation link is not valid.")
    organization = invitation.organization

    existing = user_get_by_email(email=invitation.email)
    if existing is None:
        if user is not None:
            raise ApplicationError(
                f"This invitation is for {invitation.email}, but you are signed in as {user.email}. "
                "Sign out, then open the link again.",
                extra={"code": "wrong_user"},
            )
        member = _user_create_for_invitation(email=invitation.email, full_name=full_name, password=password)
    else:
        if user is None:
            raise ApplicationError(
                f"{invitation.email} already has an account. Sign in as {invitation.email} first, then open "
                "this link again to join.",
                extra={"code": "sign_in_required"},
            )
        if user.pk != existing.pk:
            raise ApplicationError(
                f"This invitation is for {invitation.email}, but you are signed in as {user.email}. "
                f"Sign out and sign in as {invitation.email} to accept it.",
                extra={"code": "wrong_user"},
            )
        member = existing

    _lock_organization(organization)
    if Membership.objects.filter(organization=organization, user=member).exists():
        raise ApplicationError(f"You already are a member of {organization.name}.", extra={"code": "member"})
    membership = Membership.objects.create(user=member, organization=organization, role=invitation.role)
    invitation.accepted_at = timezone.now()
    invitation.save(update_fields=["accepted_at"])
    audit_record(
        organization=organization,
        action="member.joined",
        actor=AuditActor.for_user(member),
        target=membership,
        data={"email": member.email, "role": invitation.role, "invitation_id": invitation.pk},
        request=request,
    )
    return membership


def _user_create_for_invitation(*, email: str, full_name: str, password: str) -> User:
    full_name = (full_name or "").strip()
    if not full_name:
        raise ApplicationError("Enter your full name.", extra={"field": "full_name"})
    user = User(email=email, full_name=full_name)
    try:
        validate_password(password, user=user)
    except ValidationError as exc:
        raise ApplicationError(
            " ".join(exc.messages), extra={"field": "password", "messages": list(exc.messages)}
        ) from None
    user.set_password(password)
    user.save()
    return user


@transaction.atomic
def member_change_role(
    *, membership: Membership, role: str, changed_by: User, request: HttpRequest | None = None
) -> Membership:
    role = _role_checked(role)
    organization = _lock_organization(membership.organization)
    _require_admin(organization=organization, user=changed_by)
    locked = (
        Membership.objects.select_for_update()
        .select_related("user", "organization")
        .filter(pk=membership.pk, organization=organization)
        .first()
    )
    if locked is None:
        raise ApplicationError("This person is no longer a member of the team.")
    if locked.role == role:
        return locked
    if locked.role == Role.ADMIN:
        _require_another_admin(membership=locked)
    previous = locked.role
    locked.role = role
    locked.save(update_fields=["role"])
    audit_record(
        organization=organization,
        action="member.role_changed",
        actor=AuditActor.for_user(changed_by),
        target=locked,
        data={"email": locked.user.email, "from": previous, "to": role.value},
        request=request,
    )
    return locked


@transaction.atomic
def member_remove(*, membership: Membership, removed_by: User, request: HttpRequest | None = None) -> None:
    """Removes a person from the organization. Their account stays: they may belong to others."""
    organization = _lock_organization(membership.organization)
    _require_admin(organization=organization, user=removed_by)
    locked = (
        Membership.objects.select_for_update()
        .select_related("user", "organization")
        .filter(pk=membership.pk, organization=organization)
        .first()
    )
    if locked is None:
        raise ApplicationError("This person is no longer a member of the team.")
    if locked.role == Role.ADMIN:
        _require_another_admin(membership=locked)
    # Recorded before the delete, while the target row still exists to be described.
    audit_record(
        organization=organization,
        action="member.removed",
        actor=AuditActor.for_user(removed_by),
        target=locked,
        data={"email": locked.user.email, "role": locked.role},
        request=request,
    )
    locked.delete()


@transaction.atomic
def invitation_revoke(
    *, invitation: TeamInvitation, revoked_by: User, request: HttpRequest | None = None
) -> TeamInvitation:
    """Withdraws an open invitation: its link stops working. Revoking twice changes nothing."""
    organization = _lock_organization(invitation.organization)
    _require_admin(organization=organization, user=revoked_by)
    locked = (
        TeamInvitation.objects.select_for_update().filter(pk=invitation.pk, organization=organization).first()
    )
    if locked is None:
        raise ApplicationError("This invitation no longer exists.")
    if locked.accepted_at is not None:
        raise ApplicationError(
            f"{locked.email} already accepted this invitation. Remove them from the team instead."
        )
    if locked.revoked_at is not None:
        return locked
    locked.revoked_at = timezone.now()
    locked.save(update_fields=["revoked_at"])
    audit_record(
        organization=organization,
        action="member.invitation_revoked",
        actor=AuditActor.for_user(revoked_by),
        target=locked,
        data={"email": locked.email, "role": locked.role},
        request=request,
    )
    return locked


def user_login_record(*, user: User, organization: Organization | None, request: HttpRequest) -> None:
    """Audits a sign-in in the organization the person lands in (the audit log is per organization)."""
    if organization is None:
        return
    audit_record(
        organization=organization,
        action="user.logged_in",
        actor=AuditActor.for_user(user),
        target=user,
        request=request,
    )


def user_logout_record(*, user: User, organization: Organization | None, request: HttpRequest) -> None:
    if organization is None:
        return
    audit_record(
        organization=organization,
        action="user.logged_out",
        actor=AuditActor.for_user(user),
        target=user,
        request=request,
    )
