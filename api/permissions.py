"""Who may call an API view: an API key of the organization (read-only keys only read), or a signed-in
member of the current organization whose role the view allows."""

from __future__ import annotations

from typing import Any

from django.db import models
from rest_framework.exceptions import PermissionDenied
from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.request import Request

from accounts.permissions import Role
from accounts.selectors import membership_get
from api.models import ApiKey

# The roles that add candidates and run pipelines: what an API key acts as (through its creator).
KEY_ACTING_ROLES = (Role.ADMIN, Role.RECRUITER)


def request_api_key(request: Request) -> ApiKey | None:
    return request.auth if isinstance(request.auth, ApiKey) else None


def request_organization(request: Request) -> models.Model:
    """The organization every read of the request is scoped to (the view's permission has passed)."""
    api_key = request_api_key(request)
    if api_key is not None:
        return api_key.organization
    organization = getattr(request, "organization", None)
    if organization is None:  # pragma: no cover - OrganizationMember refused the request already
        raise RuntimeError("request_organization called on a request OrganizationMember did not allow")
    return organization


def request_acting_membership(request: Request) -> Any:
    """The membership the request reads and writes as, for the views that go through another app's
    services and selectors (which take a member: who sees what, and who is audited as the actor).

    A signed-in member is themselves. An API key acts as the admin who created it, for the whole
    organization: its writes are audited as theirs. If that person is no longer an admin or recruiter of
    the organization (they left, or their role changed), the key can no longer act for anyone: 403."""
    api_key = request_api_key(request)
    if api_key is None:
        return request.membership  # type: ignore[attr-defined]  # OrganizationMember checked it is set
    creator = api_key.created_by
    membership = (
        membership_get(user=creator, organization_id=api_key.organization_id) if creator is not None else None
    )
    if membership is None or membership.role not in KEY_ACTING_ROLES:
        who = str(creator) if creator is not None else "a person who was removed"
        raise PermissionDenied(
            f"The API key {api_key.prefix}… acts for {who}, who created it and is no longer an admin or "
            "recruiter of this organization. Ask an admin to create a new key, and revoke this one."
        )
    return membership


class OrganizationMember(BasePermission):
    """A view may narrow the roles that may call it with `allowed_roles` (signed-in users only: a key
    acts for the whole organization)."""

    message = "You do not have permission to do this."

    def has_permission(self, request: Request, view: Any) -> bool:
        api_key = request_api_key(request)
        if api_key is not None:
            if request.method not in SAFE_METHODS and api_key.scope != ApiKey.Scope.READ_WRITE:
                self.message = (
                    f"The API key {api_key.prefix}… is read-only. Ask an admin for a read and write key "
                    "to make changes."
                )
                return False
            return True
        if not (request.user and request.user.is_authenticated):
            return False
        membership = getattr(request, "membership", None)
        if membership is None:
            self.message = "You are not a member of any organization. Ask an admin for an invitation."
            return False
        roles: tuple[str, ...] = getattr(view, "allowed_roles", ())
        if roles and membership.role not in roles:
            labels = ", ".join(str(Role(role).label).lower() for role in roles)
            self.message = f"This is for {labels}s. You are {membership.get_role_display().lower()}."
            return False
        return True
