"""Writes of reports: decisions, and the audit events of reading and exporting reports.

A decision is recorded by the people who move candidates (admins, recruiters, the pipeline's hiring
managers). Reject moves the candidate to "rejected" through candidates' stage service (with the decision's
reason); advance moves a scored candidate on to "interview"; hold leaves the stage alone.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction

from accounts.types import ApplicationError
from audit.services import audit_record
from audit.types import AuditActor
from candidates.selectors import pipeline_can_decide
from candidates.services import application_decided_mark, application_stage_move
from reports.models import Decision

# Stages from which "advance" takes the candidate on to the interview (later stages stay where they are).
ADVANCE_FROM = ("added", "invited", "started", "submitted", "scored")
REASON_MAX = 2000


@transaction.atomic
def decision_record(*, application: Any, outcome: str, reason: str, membership: Any) -> Decision:
    """Record advance, hold or reject with the reason; audited "report.decision_recorded"."""
    if outcome not in Decision.Outcome.values:
        raise ApplicationError("Choose advance, hold or reject.", extra={"field": "outcome"})
    reason = " ".join((reason or "").split())
    if not reason:
        raise ApplicationError(
            "Say why: the reason is kept with the decision and shown on the report.",
            extra={"field": "reason"},
        )
    if len(reason) > REASON_MAX:
        raise ApplicationError(f"Keep the reason under {REASON_MAX} characters.", extra={"field": "reason"})
    if membership.organization_id != application.organization_id or not pipeline_can_decide(
        membership=membership, pipeline=application.pipeline
    ):
        raise ApplicationError(
            "Only admins, recruiters and this pipeline's hiring managers record decisions."
        )
    user = membership.user
    decision = Decision.objects.create(
        organization_id=application.organization_id,
        application=application,
        outcome=outcome,
        reason=reason,
        decided_by=user,
        decided_by_label=str(user)[:200],
    )
    application_decided_mark(application_id=application.pk)
    previous_stage = application.stage
    if outcome == Decision.Outcome.REJECT:
        application_stage_move(application=application, stage="rejected", reason=reason, moved_by=user)
    elif outcome == Decision.Outcome.ADVANCE and application.stage in ADVANCE_FROM:
        application_stage_move(application=application, stage="interview", reason=reason, moved_by=user)
    audit_record(
        organization=application.pipeline.organization,
        action="report.decision_recorded",
        actor=AuditActor.for_user(user),
        target=application,
        data={"decision": decision.pk, "outcome": outcome, "reason": reason, "stage_before": previous_stage},
    )
    return decision


def report_viewed_record(*, application: Any, membership: Any) -> None:
    audit_record(
        organization=application.pipeline.organization,
        action="report.viewed",
        actor=AuditActor.for_user(membership.user),
        target=application,
    )


def results_csv_export_record(*, pipeline: Any, membership: Any, rows: int, blind: bool) -> None:
    audit_record(
        organization=pipeline.organization,
        action="report.results_csv_exported",
        actor=AuditActor.for_user(membership.user),
        target=pipeline,
        data={"rows": rows, "names_hidden": blind},
    )


def report_pdf_export_record(*, application: Any, membership: Any, blind: bool) -> None:
    audit_record(
        organization=application.pipeline.organization,
        action="report.pdf_exported",
        actor=AuditActor.for_user(membership.user),
        target=application,
        data={"names_hidden": blind},
    )
