"""Stages: the moves people make (interview, offer, hired; rejected and withdrawn with a reason), one at a
time or in bulk, and the moves the assessment makes by itself (started, submitted, scored: forward only).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db import connections, router, transaction
from django.db.models import Field
from django.utils import timezone

from accounts.types import ApplicationError
from assessments.selectors import attempt_integrity_totals, attempt_times
from audit.services import audit_record, audit_record_many
from audit.types import AuditActor, AuditRecord
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


def _stage_change(
    *,
    application: Application,
    from_stage: str,
    to_stage: str,
    reason: str,
    user: Any | None,
    label: str,
    at: datetime,
) -> StageChange:
    """The record of a move, not yet written."""
    return StageChange(
        application=application,
        from_stage=from_stage,
        to_stage=to_stage,
        reason=reason,
        changed_by=user,
        changed_by_label=label[:200],
        created_at=at,
    )


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
    change = _stage_change(
        application=application,
        from_stage=from_stage,
        to_stage=to_stage,
        reason=reason,
        user=user,
        label=label,
        at=at,
    )
    change.save(force_insert=True)
    return change


def _stage_set(
    application: Application, *, stage: str, reason: str, user: Any | None, label: str, at: datetime
) -> None:
    change = _stage_prepared(application, stage=stage, reason=reason, user=user, label=label, at=at)
    change.save(force_insert=True)
    _stage_announced(change)


def _stage_prepared(
    application: Application, *, stage: str, reason: str, user: Any | None, label: str, at: datetime
) -> StageChange:
    """The application moved to `stage` (not saved) and the record of the move (not written): for the
    caller to write, then announce (`_stage_announced`)."""
    previous = application.stage
    application.stage = stage
    application.stage_reason = reason
    application.stage_changed_at = at
    return _stage_change(
        application=application,
        from_stage=previous,
        to_stage=stage,
        reason=reason,
        user=user,
        label=label,
        at=at,
    )


def _stage_announced(change: StageChange) -> None:
    """The move's signal, once its record is written."""
    application = change.application
    application_stage_changed.send(
        sender=Application,
        application_id=application.pk,
        organization_id=application.organization_id,
        pipeline_id=application.pipeline_id,
        candidate_public_id=str(application.candidate.public_id),
        from_stage=change.from_stage,
        to_stage=str(change.to_stage),
        reason=change.reason,
        at=change.created_at,
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
    integrity: dict[str, int] | None = None,  # the attempt's integrity totals, when the sender read them
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
    if integrity is None:
        integrity = attempt_integrity_totals(attempt_id=application.attempt_id)
    application.integrity_summary = dict(integrity)


# What a stage change reads of the pipeline and the candidate (its event, its audit event's label and
# organization); any other field of them loads when read.
_PIPELINE_FIELDS = ("id", "organization_id", "name")
_CANDIDATE_FIELDS = ("id", "organization_id", "name", "email", "public_id")


def _application_of_attempt_locked(attempt_id: int) -> Application | None:
    """The attempt's application, its row locked until the transaction ends, with its pipeline (and that
    one's organization, id only) and its candidate."""
    return _applications_of_attempts_locked([attempt_id]).get(attempt_id)


def _applications_of_attempts_locked(attempt_ids: Sequence[int]) -> dict[int, Application]:
    """The attempts' applications by attempt id (attempts outside any pipeline have none), their rows
    locked until the transaction ends in the order of their ids, each with its pipeline (and that one's
    organization, id only) and its candidate.

    Every submission and scoring runs this: on PostgreSQL it is one plain statement, because building the
    ORM's locked read with its joins cost several times what the database takes to answer it."""
    database = router.db_for_write(Application)
    connection = connections[database]
    if connection.vendor != "postgresql":
        rows = (
            Application.objects.select_for_update(of=("self",))
            .select_related("pipeline__organization", "candidate")
            .filter(attempt_id__in=list(attempt_ids))
            .order_by("pk")
        )
        return {application.attempt_id: application for application in rows if application.attempt_id}
    quote = connection.ops.quote_name
    columns = [f"p.{quote(name)} AS {quote('pipeline__' + name)}" for name in _PIPELINE_FIELDS]
    columns += [f"c.{quote(name)} AS {quote('candidate__' + name)}" for name in _CANDIDATE_FIELDS]
    sql = (
        f"SELECT a.*, {', '.join(columns)} FROM {quote(Application._meta.db_table)} a "  # noqa: S608
        f"JOIN {quote(Pipeline._meta.db_table)} p ON p.{quote('id')} = a.{quote('pipeline_id')} "
        f"JOIN {quote(Candidate._meta.db_table)} c ON c.{quote('id')} = a.{quote('candidate_id')} "
        f"WHERE a.{quote('attempt_id')} = ANY(%s) ORDER BY a.{quote('id')} FOR UPDATE OF a"
    )
    organization_model = Pipeline._meta.get_field("organization").related_model
    found: dict[int, Application] = {}
    for application in Application.objects.raw(sql, [list(attempt_ids)]).using(database):
        values = application.__dict__
        pipeline = Pipeline.from_db(
            database, list(_PIPELINE_FIELDS), [values.pop(f"pipeline__{name}") for name in _PIPELINE_FIELDS]
        )
        candidate = Candidate.from_db(
            database,
            list(_CANDIDATE_FIELDS),
            [values.pop(f"candidate__{name}") for name in _CANDIDATE_FIELDS],
        )
        pipeline._state.fields_cache["organization"] = organization_model.from_db(
            database, ["id"], [pipeline.organization_id]
        )
        application._state.fields_cache.update(pipeline=pipeline, candidate=candidate)
        if application.attempt_id is not None:  # the query asked for these attempts' applications
            found[application.attempt_id] = application
    return found


def application_follow_attempt(
    *,
    attempt_id: int,
    status: str,
    at: datetime,
    started_at: datetime | None = None,
    submitted_at: datetime | None = None,
    report: Any = None,  # the score report (rubrics), from the "scored" signal
    integrity: dict[str, int] | None = None,
) -> Application | None:
    """The receiver of `attempt_status_changed`: started, submitted and scored move the candidate forward
    by themselves (never back, and never out of a stage a person chose). Runs inside the attempt's
    transaction, so the move commits or rolls back with the status change. `started_at` and `submitted_at`
    are the attempt's, `report` the one that scored it and `integrity` the attempt's integrity totals, when
    the sender has them (read otherwise)."""
    target = ATTEMPT_STATUS_STAGES.get(status)
    if target is None:
        return None
    application = _application_of_attempt_locked(attempt_id)
    if application is None:
        return None  # an attempt made outside any pipeline (the rubric tools, a test)
    followed = _followed(
        application,
        target=target,
        status=status,
        at=at,
        times=(started_at, submitted_at),
        report=report,
        integrity=integrity,
    )
    if followed.change is not None:
        followed.change.save(force_insert=True)
        _stage_announced(followed.change)
    application.save(update_fields=followed.fields)
    if followed.audit is not None:
        audit_record_many(  # last: the organization's audit chain stays locked from here to the commit
            organization=application.pipeline.organization, records=[followed.audit]
        )
    return application


def applications_follow_attempts(*, changes: Sequence[Mapping[str, Any]]) -> list[Application]:
    """The receiver of `attempts_status_changed` (a scoring batch): `application_follow_attempt` for each
    change, with one statement for all of the batch's applications at each step (their rows locked, the
    records of their moves, the rows written) instead of one each."""
    applications = _applications_of_attempts_locked([change["attempt_id"] for change in changes])
    followed: list[_Followed] = []
    for change in changes:
        target = ATTEMPT_STATUS_STAGES.get(change["status"])
        application = applications.get(change["attempt_id"])
        if target is None or application is None:
            continue
        followed.append(
            _followed(
                application,
                target=target,
                status=change["status"],
                at=change["at"],
                times=(change.get("started_at"), change.get("submitted_at")),
                report=change.get("report"),
                integrity=change.get("integrity"),
            )
        )
    if not followed:
        return []
    moves = [each.change for each in followed if each.change is not None]
    StageChange.objects.bulk_create(moves)
    for move in moves:
        _stage_announced(move)
    fields = list(dict.fromkeys(field for each in followed for field in each.fields))
    _applications_write([each.application for each in followed], fields)
    for each in followed:
        if each.audit is not None:
            audit_record_many(organization=each.application.pipeline.organization, records=[each.audit])
    return [each.application for each in followed]


def _applications_write(applications: list[Application], fields: list[str]) -> None:
    """Write `fields` of each application. On PostgreSQL one plain statement for them all (an UPDATE from a
    list of rows): Django's `bulk_update` builds a CASE expression for every field and row, and that cost
    more than saving the rows one by one."""
    database = router.db_for_write(Application)
    connection = connections[database]
    if connection.vendor != "postgresql" or len(applications) == 1:
        for application in applications:
            application.save(update_fields=fields)
        return
    quote = connection.ops.quote_name
    written: list[Field[Any, Any]] = []
    for name in fields:
        field = Application._meta.get_field(name)
        if not isinstance(field, Field) or not field.column:
            raise ValueError(f"{name!r} is not a column of the application")
        written.append(field)
    params: list[Any] = []
    for application in applications:
        params.append(application.pk)
        params += [
            field.get_db_prep_save(getattr(application, field.attname), connection) for field in written
        ]
    row = "(" + ", ".join(["%s"] * (1 + len(written))) + ")"
    columns = [str(field.column) for field in written]
    names = ", ".join(quote(column) for column in columns)
    # Each value cast to its column's type: a list of rows types a column by its values, and one that is
    # NULL or JSON text throughout would otherwise be text.
    assignments = ", ".join(
        f"{quote(column)} = v.{quote(column)}::{field.db_type(connection)}"
        for field, column in zip(written, columns, strict=True)
    )
    sql = (
        f"UPDATE {quote(Application._meta.db_table)} AS a SET {assignments} "  # noqa: S608
        f"FROM (VALUES {', '.join([row] * len(applications))}) AS v({quote('id')}, {names}) "
        f"WHERE a.{quote('id')} = v.{quote('id')}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


@dataclass
class _Followed:
    """An application moved after its attempt, in memory: the fields to write, the record of its stage move
    and that move's audit record (None when it stays where it is)."""

    application: Application
    fields: list[str]
    change: StageChange | None
    audit: AuditRecord | None


def _followed(
    application: Application,
    *,
    target: Stage,
    status: str,
    at: datetime,
    times: tuple[datetime | None, datetime | None],
    report: Any,
    integrity: dict[str, int] | None,
) -> _Followed:
    fields = ["reminder_due_at"]
    application.reminder_due_at = None
    if target == Stage.SCORED:
        known = times if times[0] and times[1] else None
        _score_headline_refresh(application, times=known, report=report, integrity=integrity)
        fields += SCORE_HEADLINE_FIELDS
    current = application.stage
    if current in AUTOMATIC_ORDER and AUTOMATIC_ORDER.index(Stage(current)) < AUTOMATIC_ORDER.index(target):
        change = _stage_prepared(
            application, stage=target, reason="", user=None, label="the assessment", at=at
        )
        fields += ["stage", "stage_reason", "stage_changed_at"]
        audit = AuditRecord(
            action="candidate.stage_changed",
            actor=ASSESSMENT_ACTOR,
            target=application,
            data={"from": current, "to": target.value, "attempt_status": status},
        )
        return _Followed(application, fields, change, audit)
    return _Followed(application, fields, None, None)
