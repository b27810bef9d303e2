from __future__ import annotations

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from accounts.selectors import membership_list_for_user


def organization(request: HttpRequest) -> dict[str, object]:
    membership = getattr(request, "membership", None)
    user = getattr(request, "user", None)
    signed_in = user is not None and user.is_authenticated
    return {
        "current_membership": membership,
        "current_organization": getattr(request, "organization", None),
        "current_role": membership.role if membership is not None else None,
        # Lazy: queried only when a page renders the navigation (not for redirects or JSON).
        "user_memberships": SimpleLazyObject(
            lambda: membership_list_for_user(user=user) if signed_in else []  # type: ignore[arg-type]
        ),
    }
