"""Pipelines: creating and changing them (items, timing, people), archiving, rescoring their attempts."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from django.db import transaction
from django.utils import timezone

from accounts.permissions import Role
from accounts.selectors import member_list
from accounts.types import ApplicationError
from assessments.selectors import playbook_get, playbook_version_get
from assessments.types import PlaybookSpec
from audit.services import audit_record
from audit.types import AuditActor
from candidates.models import (
    Application,
    Pipeline,
)
from candidates.services.access import (
    _actor,
    _pipeline_locked,
    _require_manager,
)
from candidates.services.stages import SCORE_HEADLINE_FIELDS, _score_headline_refresh
from rubrics.services import attempt_rescore
from rubrics.types import RescoreOutcome

logger = logging.getLogger(__name__)

TIME_LIMIT_RANGE_MINUTES = (1, 240)
GRACE_RANGE_SECONDS = (0, 600)
LINK_VALIDITY_RANGE_DAYS = (1, 90)


def _spec_for(playbook_slug: str) -> tuple[int, PlaybookSpec]:
    ref = playbook_get(slug=playbook_slug)
    if ref is None:
        raise ApplicationError(
            f"There is no playbook “{playbook_slug}”. Choose one from the library.",
            extra={"field": "playbook"},
        )
    return ref.version_id, ref.spec


def _items_checked(spec: PlaybookSpec, item_slugs: list[str] | None) -> list[str]:
    if item_slugs is None:
        return list(spec.blueprint.items)
    slugs = list(dict.fromkeys(item_slugs))
    if not slugs:
        raise ApplicationError("Choose at least one assessment item.", extra={"field": "items"})
    known = {item.slug for item in spec.items}
    unknown = [slug for slug in slugs if slug not in known]
    if unknown:
        raise ApplicationError(
            f"{', '.join(unknown)} {'is not an item' if len(unknown) == 1 else 'are not items'} of the "
            f"{spec.title} playbook.",
            extra={"field": "items"},
        )
    # The candidate sees them in the playbook's order, whatever order they were ticked in.
    order = {item.slug: index for index, item in enumerate(spec.items)}
    return sorted(slugs, key=lambda slug: order[slug])


def _in_range(value: int, bounds: tuple[int, int], *, what: str, unit: str, field: str) -> int:
    low, high = bounds
    if not low <= value <= high:
        raise ApplicationError(f"{what} must be between {low} and {high} {unit}.", extra={"field": field})
    return value


def _settings_checked(
    *, time_limit_seconds: int, grace_seconds: int, link_validity_days: int, reminder_hours_before: int
) -> None:
    _in_range(
        time_limit_seconds // 60 if time_limit_seconds % 60 == 0 else -1,
        TIME_LIMIT_RANGE_MINUTES,
        what="The time limit (in whole minutes)",
        unit="minutes",
        field="time_limit_minutes",
    )
    _in_range(
        grace_seconds, GRACE_RANGE_SECONDS, what="The grace period", unit="seconds", field="grace_seconds"
    )
    _in_range(
        link_validity_days,
        LINK_VALIDITY_RANGE_DAYS,
        what="The link's validity",
        unit="days",
        field="link_validity_days",
    )
    if reminder_hours_before < 0 or reminder_hours_before >= link_validity_days * 24:
        raise ApplicationError(
            f"The reminder must come between 0 (no reminder) and {link_validity_days * 24 - 1} hours before "
            f"the link expires (links last {link_validity_days} days).",
            extra={"field": "reminder_hours_before"},
        )


def _members_checked(
    *, organization: Any, membership_ids: Iterable[int], roles: tuple[str, ...], what: str
) -> list[int]:
    ids = sorted(set(membership_ids))
    members = {membership.pk: membership for membership in member_list(organization=organization)}
    if any(pk not in members or members[pk].role not in roles for pk in ids):
        raise ApplicationError(
            f"Choose {what} among the members of this organization with that role.",
            extra={"field": what.replace(" ", "_")},
        )
    return ids


def _name_checked(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise ApplicationError(
            "Give the pipeline a name (for example the job title).", extra={"field": "name"}
        )
    return name[:200]


@transaction.atomic
def pipeline_create(
    *,
    organization: Any,
    created_by: Any,
    name: str,
    playbook_slug: str,
    item_slugs: list[str] | None = None,
    hiring_manager_ids: Iterable[int] = (),
    interviewer_ids: Iterable[int] = (),
    time_limit_seconds: int = 1800,
    grace_seconds: int = 30,
    link_validity_days: int = 7,
    reminder_hours_before: int = 48,
) -> Pipeline:
    """A pipeline hiring with this playbook. `item_slugs` None: the playbook's default 30-minute blueprint.

    Items whose estimated time adds up to more than the time limit are allowed (the form warns): the
    recruiter may know their candidates are quick.
    """
    _require_manager(user=created_by, organization_id=organization.pk)
    name = _name_checked(name)
    version_id, spec = _spec_for(playbook_slug)
    slugs = _items_checked(spec, item_slugs)
    _settings_checked(
        time_limit_seconds=time_limit_seconds,
        grace_seconds=grace_seconds,
        link_validity_days=link_validity_days,
        reminder_hours_before=reminder_hours_before,
    )
    managers = _members_checked(
        organization=organization,
        membership_ids=hiring_manager_ids,
        roles=(Role.HIRING_MANAGER,),
        what="hiring managers",
    )
    interviewers = _members_checked(
        organization=organization,
        membership_ids=interviewer_ids,
        roles=(Role.INTERVIEWER, Role.HIRING_MANAGER),
        what="interviewers",
    )
    pipeline = Pipeline.objects.create(
        organization=organization,
        name=name,
        playbook_slug=spec.slug,
        playbook_title=spec.title,
        playbook_version_id=version_id,
        item_slugs=slugs,
        time_limit_seconds=time_limit_seconds,
        grace_seconds=grace_seconds,
        link_validity_days=link_validity_days,
        reminder_hours_before=reminder_hours_before,
        created_by=created_by,
    )
    pipeline.hiring_managers.set(managers)
    pipeline.interviewers.set(interviewers)
    audit_record(
        organization=organization,
        action="pipeline.created",
        actor=_actor(created_by),
        target=pipeline,
        data={
            "name": name,
            "playbook": spec.slug,
            "items": slugs,
            "time_limit_seconds": time_limit_seconds,
            "grace_seconds": grace_seconds,
            "link_validity_days": link_validity_days,
            "reminder_hours_before": reminder_hours_before,
            "hiring_managers": managers,
            "interviewers": interviewers,
        },
    )
    return pipeline


@transaction.atomic
def pipeline_update(
    *,
    pipeline: Pipeline,
    changed_by: Any,
    name: str,
    item_slugs: list[str],
    hiring_manager_ids: Iterable[int],
    interviewer_ids: Iterable[int],
    time_limit_seconds: int,
    grace_seconds: int,
    link_validity_days: int,
    reminder_hours_before: int,
) -> Pipeline:
    """Change a pipeline. A change to the assessment (items, time limit, grace) applies to invitations sent
    from now on: candidates already invited keep the version frozen for them."""
    _require_manager(user=changed_by, organization_id=pipeline.organization_id)
    pipeline = _pipeline_locked(pipeline)
    name = _name_checked(name)
    spec = _pipeline_spec(pipeline)
    slugs = _items_checked(spec, item_slugs)
    _settings_checked(
        time_limit_seconds=time_limit_seconds,
        grace_seconds=grace_seconds,
        link_validity_days=link_validity_days,
        reminder_hours_before=reminder_hours_before,
    )
    managers = _members_checked(
        organization=pipeline.organization,
        membership_ids=hiring_manager_ids,
        roles=(Role.HIRING_MANAGER,),
        what="hiring managers",
    )
    interviewers = _members_checked(
        organization=pipeline.organization,
        membership_ids=interviewer_ids,
        roles=(Role.INTERVIEWER, Role.HIRING_MANAGER),
        what="interviewers",
    )
    before = {
        "name": pipeline.name,
        "items": list(pipeline.item_slugs),
        "time_limit_seconds": pipeline.time_limit_seconds,
        "grace_seconds": pipeline.grace_seconds,
        "link_validity_days": pipeline.link_validity_days,
        "reminder_hours_before": pipeline.reminder_hours_before,
        "hiring_managers": sorted(pipeline.hiring_managers.values_list("pk", flat=True)),
        "interviewers": sorted(pipeline.interviewers.values_list("pk", flat=True)),
    }
    after = {
        "name": name,
        "items": slugs,
        "time_limit_seconds": time_limit_seconds,
        "grace_seconds": grace_seconds,
        "link_validity_days": link_validity_days,
        "reminder_hours_before": reminder_hours_before,
        "hiring_managers": managers,
        "interviewers": interviewers,
    }
    changes = {key: {"from": before[key], "to": after[key]} for key in after if before[key] != after[key]}
    if not changes:
        return pipeline
    assessment_changed = bool({"items", "time_limit_seconds", "grace_seconds"} & set(changes))
    pipeline.name = name
    pipeline.item_slugs = slugs
    pipeline.time_limit_seconds = time_limit_seconds
    pipeline.grace_seconds = grace_seconds
    pipeline.link_validity_days = link_validity_days
    pipeline.reminder_hours_before = reminder_hours_before
    if assessment_changed:
        # The next invitation freezes the new settings; those already sent keep their version.
        pipeline.current_assessment_version = None
    pipeline.save()
    pipeline.hiring_managers.set(managers)
    pipeline.interviewers.set(interviewers)
    audit_record(
        organization=pipeline.organization,
        action="pipeline.updated",
        actor=_actor(changed_by),
        target=pipeline,
        data={"changes": changes, "new_assessment_version_on_next_invitation": assessment_changed},
    )
    return pipeline


def _pipeline_spec(pipeline: Pipeline) -> PlaybookSpec:
    ref = playbook_version_get(version_id=pipeline.playbook_version_id)
    if ref is None:  # protected by the foreign key; only a broken database gets here
        raise ApplicationError("This pipeline's playbook version no longer exists.")
    return ref.spec


@transaction.atomic
def pipeline_archive(*, pipeline: Pipeline, archived_by: Any, archived: bool = True) -> Pipeline:
    """Archive (or bring back) a pipeline: archived pipelines leave the list; nothing is deleted."""
    _require_manager(user=archived_by, organization_id=pipeline.organization_id)
    pipeline = _pipeline_locked(pipeline)
    if (pipeline.archived_at is not None) == archived:
        return pipeline
    pipeline.archived_at = timezone.now() if archived else None
    pipeline.save(update_fields=["archived_at", "updated_at"])
    audit_record(
        organization=pipeline.organization,
        action="pipeline.archived" if archived else "pipeline.unarchived",
        actor=_actor(archived_by),
        target=pipeline,
        data={"name": pipeline.name},
    )
    return pipeline


def pipeline_rescore(*, pipeline: Pipeline, actor: AuditActor) -> list[RescoreOutcome]:
    """Score every scored attempt of the pipeline again under its playbook's current version (rubrics'
    `attempt_rescore`: a new report for a changed rubric, the old one kept), then update the scores the
    pipeline page filters and sorts by."""
    outcomes = []
    applications = Application.objects.filter(
        pipeline=pipeline, attempt__isnull=False, score_overall__isnull=False
    )
    for application in applications.order_by("pk"):
        assert application.attempt_id is not None
        outcomes.append(attempt_rescore(attempt_id=application.attempt_id, actor=actor))
        with transaction.atomic():
            locked = Application.objects.select_for_update().get(pk=application.pk)
            _score_headline_refresh(locked)
            locked.save(update_fields=SCORE_HEADLINE_FIELDS)
    return outcomes


@transaction.atomic
def pipeline_blind_review_set(*, pipeline: Pipeline, enabled: bool, changed_by: Any) -> bool:
    """Turn blind review on or off (admins and recruiters). Returns whether anything changed. Audited."""
    _require_manager(user=changed_by, organization_id=pipeline.organization_id)
    pipeline = _pipeline_locked(pipeline)
    if pipeline.blind_review == enabled:
        return False
    pipeline.blind_review = enabled
    pipeline.save(update_fields=["blind_review", "updated_at"])
    audit_record(
        organization=pipeline.organization,
        action="pipeline.blind_review_changed",
        actor=_actor(changed_by),
        target=pipeline,
        data={"blind_review": enabled},
    )
    return True
