"""Who may change pipelines and candidates, and the row locks the services take."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from django.utils import timezone

from accounts.permissions import Role
from accounts.selectors import membership_get
from accounts.types import ApplicationError
from audit.types import AuditActor
from candidates.models import (
    Application,
    Pipeline,
)

logger = logging.getLogger(__name__)

MANAGING_ROLES = (Role.ADMIN, Role.RECRUITER)


def _now(now: datetime | None) -> datetime:
    return now if now is not None else timezone.now()


def _actor(user: Any) -> AuditActor:
    return AuditActor.for_user(user)


def _role_of(*, user: Any, organization_id: int) -> tuple[Any, str | None]:
    membership = membership_get(user=user, organization_id=organization_id)
    return membership, membership.role if membership is not None else None


def _require_manager(*, user: Any, organization_id: int) -> None:
    """Views check roles already; services check again so no other caller can skip it."""
    _membership, role = _role_of(user=user, organization_id=organization_id)
    if role not in MANAGING_ROLES:
        raise ApplicationError("Only admins and recruiters of this organization can change its pipelines.")


def _require_decider(*, user: Any, pipeline: Pipeline) -> None:
    membership, role = _role_of(user=user, organization_id=pipeline.organization_id)
    if role in MANAGING_ROLES:
        return
    if role == Role.HIRING_MANAGER and pipeline.hiring_managers.filter(pk=membership.pk).exists():
        return
    raise ApplicationError(
        "Only admins, recruiters and this pipeline's hiring managers can move its candidates between stages."
    )


def _pipeline_locked(pipeline: Pipeline) -> Pipeline:
    return Pipeline.objects.select_for_update().get(pk=pipeline.pk)


def _applications_locked(queryset: Any) -> list[Application]:
    return list(
        queryset.select_for_update(of=("self",)).select_related(
            "candidate", "pipeline__organization", "attempt", "assessment_version"
        )
    )


def _application_locked(application: Application) -> Application:
    return _applications_locked(Application.objects.filter(pk=application.pk))[0]


def _application_fresh(application: Application) -> Application:
    return Application.objects.select_related(
        "candidate", "pipeline__organization", "attempt", "assessment_version"
    ).get(pk=application.pk)
