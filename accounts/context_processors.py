from __future__ import annotations

from django.http import HttpRequest


def organization(request: HttpRequest) -> dict[str, object]:
    membership = getattr(request, "membership", None)
    return {
        "current_membership": membership,
        "current_organization": getattr(request, "organization", None),
        "current_role": membership.role if membership is not None else None,
    }
