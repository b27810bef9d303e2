"""Role-based access for HTML views: the public surface other apps use to protect their pages.

Usage (any app's views.py)::

    from accounts.permissions import Role, request_membership, role_required

    @role_required(Role.RECRUITER, Role.ADMIN)
    def pipeline_list(request):
        organization = request_membership(request).organization
        ...

    @role_required()          # any member of the current organization, whatever the role
    def dashboard(request): ...

What a visitor gets:
- not signed in: a redirect to the sign-in page, back here afterwards;
- signed in but a member of no organization: a page saying so (status 403), telling them to ask an admin
  for an invitation;
- a member with another role: 403 with a page naming the roles that may open it and their own role.

The current membership is chosen by `accounts.middleware.CurrentOrganizationMiddleware` (the organization
switcher stores the choice in the session). Objects of the organization are then read through
`accounts.selectors.organization_scope` / `organization_get_or_404`, so another organization's row is a 404.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar, cast

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.text import get_text_list

from accounts.models import Membership, Role

# Role is re-exported: other apps name roles through this public module, not through accounts.models.
__all__ = ["Role", "request_membership", "role_required"]

View = TypeVar("View", bound=Callable[..., HttpResponse])


def request_membership(request: HttpRequest) -> Membership:
    """The current membership of a request that passed `role_required` (never None there)."""
    membership = getattr(request, "membership", None)
    if membership is None:
        raise PermissionDenied("You are not a member of any organization.")
    return cast(Membership, membership)


def _role_labels(roles: tuple[str, ...]) -> str:
    labels = [str(Role(role).label).lower() for role in roles]
    return str(get_text_list([f"{label}s" for label in labels], "and"))


def role_required(*roles: str) -> Callable[[View], View]:
    """Lets through members of the current organization whose role is one of `roles` (any role if none)."""
    for role in roles:
        if role not in Role.values:
            raise ValueError(f"Unknown role {role!r}: use accounts.models.Role")

    def decorator(view: View) -> View:
        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            membership: Membership | None = getattr(request, "membership", None)
            if membership is None:
                return render(request, "accounts/no_membership.html", status=403)
            if roles and membership.role not in roles:
                raise PermissionDenied(
                    f"This page is for {_role_labels(roles)}. You are signed in as "
                    f"{membership.get_role_display().lower()} of {membership.organization.name}."
                )
            return view(request, *args, **kwargs)

        return cast(View, wrapper)

    return decorator
