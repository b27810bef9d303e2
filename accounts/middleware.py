from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from accounts.selectors import membership_for

SESSION_ORGANIZATION_KEY = "organization_id"


class CurrentOrganizationMiddleware:
    """Sets `request.membership` and `request.organization` for a signed-in member (None otherwise).

    The chosen organization lives in the session, so any web process can serve the next request.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request.membership = None  # type: ignore[attr-defined]
        request.organization = None  # type: ignore[attr-defined]
        if request.user.is_authenticated:
            membership = membership_for(
                user=request.user,
                organization_id=request.session.get(SESSION_ORGANIZATION_KEY),
            )
            if membership is not None:
                request.membership = membership  # type: ignore[attr-defined]
                request.organization = membership.organization  # type: ignore[attr-defined]
        return self.get_response(request)
