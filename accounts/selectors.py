"""Reads for accounts, and the tenant scope every selector of every app goes through."""

from __future__ import annotations

from typing import TypeVar

from django.db import models
from django.http import Http404

from accounts.models import Membership, Organization, Role, TeamInvitation, User

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
    except (queryset.model.DoesNotExist, ValueError, TypeError):
        raise Http404("Not found") from None


def membership_list_for_user(*, user: User) -> list[Membership]:
    return list(Membership.objects.filter(user=user).select_related("organization").order_by("organization__name"))


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
        organization_scope(TeamInvitation.objects, organization=organization)
        .filter(accepted_at__isnull=True, revoked_at__isnull=True)
        .select_related("invited_by")
        .order_by("-created_at")
    )


def role_counts(*, organization: Organization) -> dict[str, int]:
    counts = {role.value: 0 for role in Role}
    for membership in organization_scope(Membership.objects, organization=organization).only("role"):
        counts[membership.role] += 1
    return counts
