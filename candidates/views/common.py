"""What every recruiter screen shares: the roles that manage and decide, the signed-in user."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from accounts.permissions import Role, request_membership
from candidates import selectors
from candidates.models import Pipeline

PAGE_SIZE = 50
MANAGERS = (Role.ADMIN, Role.RECRUITER)
DECIDERS = (Role.ADMIN, Role.RECRUITER, Role.HIRING_MANAGER)


def signed_in_user(request: HttpRequest) -> Any:
    return request.user


def managed_pipeline_get_or_404(request: HttpRequest, pipeline_id: int) -> Pipeline:
    return selectors.pipeline_get_or_404(membership=request_membership(request), pipeline_id=pipeline_id)
