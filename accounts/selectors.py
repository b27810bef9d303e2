"""Reads for accounts, and the tenant scope every selector of every app goes through."""

from __future__ import annotations

import hashlib
from typing import TypeVar

from django.core.exceptions import ObjectDoesNotExist
from django.db import models
from django.http import Http404
from django.utils import timezone

from accounts.models import Membership, Organization, Role, TeamInvitation, User
from accounts.types import ApplicationError

M = TypeVar("M", bound=models.Model)


def organization_scope(
    queryset: models.QuerySet[M], *, organization: Organization, field: str = "organization"
) -> models.QuerySet[M]:
    """The only way the product reads tenant data: rows of this organization and no other.

    `field` is the lookup path to the organization when the model reaches it through a relation
    (for example "pipeline__organization").
    """
    if organization is None or organization.pk is None:
        return queryset.none()
    return queryset.filter(**{field: organization})


def organization_get_or_404(
    queryset: models.QuerySet[M], *, organization: Organization, field: str = "organization", **lookup: object
) -> M:
    """One row of this organization, or a 404: another organization's object does not exist for you."""
    try:
        return organization_scope(queryset, organization=organization, field=field).get(**lookup)
    except (ObjectDoesNotExist, ValueError, TypeError):
        raise Http404("Not found") from None


def membership_list_for_user(*, user: User) -> list[Membership]:
    return list(
        Membership.objects.filter(user=user).select_related("organization").order_by("organization__name")
    )


def membership_for(*, user: User, organization_id: int | None) -> Membership | None:
    """The user's membership in the given organization, or their first one when none is chosen yet."""
    memberships = Membership.objects.filter(user=user).select_related("organization")
    if organization_id is not None:
        chosen = memberships.filter(organization_id=organization_id).first()
        if chosen is not None:
            return chosen
    return memberships.order_by("organization__name", "pk").first()


def member_list(*, organization: Organization) -> list[Membership]:
    return list(
        organization_scope(Membership.objects.select_related("user"), organization=organization).order_by(
            "role", "user__full_name"
        )
    )


def team_invitation_open_list(*, organization: Organization) -> list[TeamInvitation]:
    return list(
        organization_scope(TeamInvitation.objects.all(), organization=organization)
        .filter(accepted_at__isnull=True, revoked_at__isnull=True)
        .select_related("invited_by")
        .order_by("-created_at")
    )


def role_counts(*, organization: Organization) -> dict[str, int]:
    counts = {role.value: 0 for role in Role}
    for membership in organization_scope(Membership.objects.all(), organization=organization).only("role"):
        counts[membership.role] += 1
    return counts


def invitation_token_hash(raw_token: str) -> str:
    """Only this hash of an invitation token is stored: a leaked database row cannot be used as a link."""
    return hashlib.sha256(raw_token.encode("utf-8")).hexdigest()


def team_invitation_get_by_token(*, raw_token: str) -> TeamInvitation | None:
    """The invitation an emailed link points to (whatever its state), or None for an unknown token."""
    if not raw_token:
        return None
    return (
        TeamInvitation.objects.select_related("organization", "invited_by")
        .filter(token_hash=invitation_token_hash(raw_token))
        .first()
    )


def member_get_or_404(*, organization: Organization, membership_id: int) -> Membership:
    return organization_get_or_404(
        Membership.objects.select_related("user", "organization"), organization=organization, pk=membership_id
    )


def team_invitation_get_or_404(*, organization: Organization, invitation_id: int) -> TeamInvitation:
    return organization_get_or_404(
        TeamInvitation.objects.select_related("organization"), organization=organization, pk=invitation_id
    )


def user_get_by_email(*, email: str) -> User | None:
    return User.objects.filter(email__iexact=email.strip()).first()


def membership_get(*, user: User, organization_id: int) -> Membership | None:
    """Exactly this membership (no fallback to another organization), or None."""
    return (
        Membership.objects.select_related("organization")
        .filter(user=user, organization_id=organization_id)
        .first()
    )


def team_invitation_refusal(*, invitation: TeamInvitation | None) -> ApplicationError | None:
    """Why this invitation cannot be accepted (None when it can): one wording for the page and the service."""
    if invitation is None:
        return ApplicationError(
            "This invitation link is not valid. Check that you opened the whole link from the email, "
            "or ask your admin for a new invitation.",
            extra={"code": "invalid"},
        )
    organization_name = invitation.organization.name
    if invitation.revoked_at is not None:
        return ApplicationError(
            f"This invitation was withdrawn by an admin of {organization_name}. Ask them for a new one.",
            extra={"code": "revoked"},
        )
    if invitation.accepted_at is not None:
        return ApplicationError(
            "This invitation has already been used. Sign in with your email address and password instead.",
            extra={"code": "used"},
        )
    if invitation.expires_at <= timezone.now():
        return ApplicationError(
            f"This invitation expired on {invitation.expires_at:%d %b %Y} (UTC). Ask an admin of "
            f"{organization_name} to invite you again.",
            extra={"code": "expired"},
        )
    return None
