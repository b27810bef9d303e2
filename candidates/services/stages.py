"""Stages: the moves people make (interview, offer, hired; rejected and withdrawn with a reason), one at a
time or in bulk, and the moves the assessment makes by itself (started, submitted, scored: forward only).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from django.db import connections, router, transaction
from django.utils import timezone

from accounts.types import ApplicationError
from assessments.selectors import attempt_integrity_totals, attempt_times
from audit.services import audit_record
from audit.types import AuditActor
from candidates.models import (
    Application,
    Candidate,
    Pipeline,
    Stage,
    StageChange,
)
from candidates.services.access import (
    _actor,
    _application_locked,
    _applications_locked,
    _require_decider,
)
from candidates.signals import application_stage_changed
from candidates.types import StageMoveResult
from rubrics.selectors import score_report_latest

logger = logging.getLogger(__name__)

# Moves a person makes; the others (invited, started, submitted, scored) happen by themselves.
MANUAL_STAGES = (Stage.INTERVIEW, Stage.OFFER, Stage.HIRED, Stage.REJECTED, Stage.WITHDRAWN)
REASON_REQUIRED = (Stage.REJECTED, Stage.WITHDRAWN)
# The assessment moves an application forward along these, never back, and never out of a decision.
AUTOMATIC_ORDER = [Stage.ADDED, Stage.INVITED, Stage.STARTED, Stage.SUBMITTED, Stage.SCORED]
ATTEMPT_STATUS_STAGES = {"in_progress": Stage.STARTED, "submitted": Stage.SUBMITTED, "scored": Stage.SCORED}
ASSESSMENT_ACTOR = AuditActor.system("assessment")


def _stage_change_record(
    *,
    application: Application,
    from_stage: str,
    to_stage: str,
    reason: str,
    user: Any | None,
    label: str,
    at: datetime,
) -> StageChange:
    return StageChange.objects.create(
        application=application,
        from_stage=from_stage,
        to_stage=to_stage,
        reason=reason,
        changed_by=user,
        changed_by_label=label[:200],
        created_at=at,
    )


def _stage_set(
    application: Application, *, stage: str, reason: str, user: Any | None, label: str, at: datetime
) -> None:
    previous = application.stage
    application.stage = stage
    application.stage_reason = reason
    application.stage_changed_at = at
    _stage_change_record(
        application=application,
        from_stage=previous,
        to_stage=stage,
        reason=reason,
        user=user,
        label=label,
        at=at,
    )
    application_stage_changed.send(
        sender=Application,
        application_id=application.pk,
        organization_id=application.organization_id,
        pipeline_id=application.pipeline_id,
        candidate_public_id=str(application.candidate.public_id),
        from_stage=previous,
        to_stage=str(stage),
        reason=reason,
        at=at,
    )


def _stage_checked(stage: str, reason: str) -> tuple[Stage, str]:
    if stage not in MANUAL_STAGES:
        allowed = ", ".join(str(Stage(each).label).lower() for each in MANUAL_STAGES)
        raise ApplicationError(
            f"Candidates can be moved to {allowed}. Invited, started, submitted and scored follow the "
            "assessment by themselves.",
            extra={"field": "stage"},
        )
    reason = (reason or "").strip()
    if stage in REASON_REQUIRED and not reason:
        raise ApplicationError(
            f"Say why the candidate is {Stage(stage).label.lower()}: the reason is kept with the decision.",
            extra={"field": "reason"},
        )
    return Stage(stage), reason[:2000]


def _stage_move(application: Application, *, stage: Stage, reason: str, moved_by: Any, now: datetime) -> bool:
    if application.stage == stage:
        return False
    previous = application.stage
    _stage_set(application, stage=stage, reason=reason, user=moved_by, label=str(moved_by), at=now)
    if stage in (Stage.REJECTED, Stage.WITHDRAWN):
        application.reminder_due_at = None
    application.save(update_fields=["stage", "stage_reason", "stage_changed_at", "reminder_due_at"])
    audit_record(
        organization=application.pipeline.organization,
        action="candidate.stage_changed",
        actor=_actor(moved_by),
        target=application,
        data={"from": previous, "to": stage.value, "reason": reason},
    )
    return True


@transaction.atomic
def application_stage_move(*, application: Application, stage: str, reason: str = "", moved_by: Any) -> bool:
    """Move one candidate to interview, offer, hired, rejected or withdrawn (the last two need a reason).
    Returns whether anything changed."""
    checked, reason = _stage_checked(stage, reason)
    _require_decider(user=moved_by, pipeline=application.pipeline)
    application = _application_locked(application)
    return _stage_move(application, stage=checked, reason=reason, moved_by=moved_by, now=timezone.now())


@transaction.atomic
def applications_stage_move(
    *, pipeline: Pipeline, application_ids: Iterable[int], stage: str, reason: str = "", moved_by: Any
) -> StageMoveResult:
    """The same move for several candidates of one pipeline (ids of other pipelines are ignored)."""
    checked, reason = _stage_checked(stage, reason)
    _require_decider(user=moved_by, pipeline=pipeline)
    ids = sorted(set(application_ids))
    if not ids:
        raise ApplicationError("Select at least one candidate.")
    applications = _applications_locked(
        Application.objects.filter(pipeline=pipeline, pk__in=ids).order_by("pk")
    )
    now = timezone.now()
    moved = sum(
        _stage_move(application, stage=checked, reason=reason, moved_by=moved_by, now=now)
        for application in applications
    )
    return StageMoveResult(moved=moved, unchanged=len(ids) - moved)


# What `_score_headline_refresh` writes: the fields a caller saves after it.
SCORE_HEADLINE_FIELDS = [
    "score_overall",
    "score_recommendation",
    "red_flag_codes",
    "red_flag_count",
    "competency_ratings",
    "item_scores",
    "time_taken_seconds",
    "integrity_summary",
]


def _score_headline_refresh(
    application: Application,
    *,
    times: tuple[datetime | None, datetime | None] | None = None,
    report: Any = None,  # the score report (rubrics), from the "scored" signal
) -> None:
    """Copy the latest report's headline, ratings and item scores, the attempt's time taken and its
    integrity totals onto the application (the results page and the item statistics read only these)."""
    if application.attempt_id is None:
        return
    if report is None:
        report = score_report_latest(attempt_id=application.attempt_id)
    if report is None:
        return
    result = report.result or {}
    codes = sorted({str(flag.get("code", "")) for flag in result.get("red_flags", [])})
    application.score_overall = report.overall
    application.score_recommendation = report.recommendation
    application.red_flag_codes = codes
    application.red_flag_count = len(codes)
    application.competency_ratings = {
        str(slug): int(value) for slug, value in result.get("competencies", {}).items()
    }
    application.item_scores = {
        str(slug): float(item.get("score", 0.0)) for slug, item in result.get("items", {}).items()
    }
    started_at, submitted_at = times or attempt_times(attempt_id=application.attempt_id)
    if started_at is not None and submitted_at is not None:
        application.time_taken_seconds = max(0, round((submitted_at - started_at).total_seconds()))
    application.integrity_summary = attempt_integrity_totals(attempt_id=application.attempt_id)


# What a stage change reads of the pipeline and the candidate (its event, its audit event's label and
# organization); any other field of them loads when read.
_PIPELINE_FIELDS = ("id", "organization_id", "name")
_CANDIDATE_FIELDS = ("id", "organization_id", "name", "email", "public_id")


def _application_of_attempt_locked(attempt_id: int) -> Application | None:
    """The attempt's application, its row locked until the transaction ends, with its pipeline (and that
    one's organization, id only) and its candidate.

    Every submission and scoring runs this: on PostgreSQL it is one plain statement, because building the
    ORM's locked read with its joins cost several times what the database takes to answer it."""
    database = router.db_for_write(Application)
    connection = connections[database]
    if connection.vendor != "postgresql":
        return (
            Application.objects.select_for_update(of=("self",))
            .select_related("pipeline__organization", "candidate")
            .filter(attempt_id=attempt_id)
            .first()
        )
    quote = connection.ops.quote_name
    columns = [f"p.{quote(name)} AS {quote('pipeline__' + name)}" for name in _PIPELINE_FIELDS]
    columns += [f"c.{quote(name)} AS {quote('candidate__' + name)}" for name in _CANDIDATE_FIELDS]
    sql = (
        f"SELECT a.*, {', '.join(columns)} FROM {quote(Application._meta.db_table)} a "  # noqa: S608
        f"JOIN {quote(Pipeline._meta.db_table)} p ON p.{quote('id')} = a.{quote('pipeline_id')} "
        f"JOIN {quote(Candidate._meta.db_table)} c ON c.{quote('id')} = a.{quote('candidate_id')} "
        f"WHERE a.{quote('attempt_id')} = %s FOR UPDATE OF a"
    )
    application = next(iter(Application.objects.raw(sql, [attempt_id]).using(database)), None)
    if application is None:
        return None
    values = application.__dict__
    pipeline = Pipeline.from_db(
        database, list(_PIPELINE_FIELDS), [values.pop(f"pipeline__{name}") for name in _PIPELINE_FIELDS]
    )
    candidate = Candidate.from_db(
        database, list(_CANDIDATE_FIELDS), [values.pop(f"candidate__{name}") for name in _CANDIDATE_FIELDS]
    )
    organization_model = Pipeline._meta.get_field("organization").related_model
    pipeline._state.fields_cache["organization"] = organization_model.from_db(
        database, ["id"], [pipeline.organization_id]
    )
    application._state.fields_cache.update(pipeline=pipeline, candidate=candidate)
    return application


def application_follow_attempt(
    *,
    attempt_id: int,
    status: str,
    at: datetime,
    started_at: datetime | None = None,
    submitted_at: datetime | None = None,
    report: Any = None,  # the score report (rubrics), from the "scored" signal
) -> Application | None:
    """The receiver of `attempt_status_changed`: started, submitted and scored move the candidate forward
    by themselves (never back, and never out of a stage a person chose). Runs inside the attempt's
    transaction, so the move commits or rolls back with the status change. `started_at` and `submitted_at`
    are the attempt's and `report` the one that scored it, when the sender has them (read otherwise)."""
    target = ATTEMPT_STATUS_STAGES.get(status)
    if target is None:
        return None
    application = _application_of_attempt_locked(attempt_id)
    if application is None:
        return None  # an attempt made outside any pipeline (the rubric tools, a test)
    fields = ["reminder_due_at"]
    application.reminder_due_at = None
    if target == Stage.SCORED:
        times = (started_at, submitted_at) if started_at and submitted_at else None
        _score_headline_refresh(application, times=times, report=report)
        fields += SCORE_HEADLINE_FIELDS
    current = application.stage
    if current in AUTOMATIC_ORDER and AUTOMATIC_ORDER.index(Stage(current)) < AUTOMATIC_ORDER.index(target):
        _stage_set(application, stage=target, reason="", user=None, label="the assessment", at=at)
        fields += ["stage", "stage_reason", "stage_changed_at"]
        application.save(update_fields=fields)
        audit_record(  # last: the organization's audit chain stays locked from here to the commit
            organization=application.pipeline.organization,
            action="candidate.stage_changed",
            actor=ASSESSMENT_ACTOR,
            target=application,
            data={"from": current, "to": target.value, "attempt_status": status},
        )
        return application
    application.save(update_fields=fields)
    return application
