"""Candidates in pipelines: one by one, or a CSV file previewed and then imported. The same address is
one candidate per organization and one application per pipeline, whatever its case.
"""

from __future__ import annotations

import logging
from typing import Any

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from accounts.types import ApplicationError
from audit.services import audit_record
from candidates.csv_rows import CsvFileError, csv_rows_read, email_is_valid, email_normalized
from candidates.models import (
    Application,
    Candidate,
    Pipeline,
    Stage,
)
from candidates.services.access import (
    _actor,
    _pipeline_locked,
    _require_manager,
)
from candidates.services.stages import _stage_change_record
from candidates.types import CsvImportResult, CsvPreview

logger = logging.getLogger(__name__)


def _candidate_for(*, organization_id: int, name: str, email: str) -> Candidate:
    candidate = Candidate.objects.filter(organization_id=organization_id, email__iexact=email).first()
    if candidate is None:
        candidate = Candidate.objects.create(organization_id=organization_id, name=name, email=email)
    return candidate


def _application_add(*, pipeline: Pipeline, name: str, email: str, added_by: Any) -> Application:
    """The caller holds the pipeline's lock and checked the name, the address and that it is new here."""
    candidate = _candidate_for(organization_id=pipeline.organization_id, name=name, email=email)
    now = timezone.now()
    numbered = Application.objects.filter(pipeline=pipeline).aggregate(last=Max("blind_number"))["last"]
    application = Application.objects.create(
        organization_id=pipeline.organization_id,
        pipeline=pipeline,
        candidate=candidate,
        stage=Stage.ADDED,
        added_by=added_by,
        blind_number=(numbered or 0) + 1,
    )
    _stage_change_record(
        application=application,
        from_stage="",
        to_stage=Stage.ADDED,
        reason="",
        user=added_by,
        label=str(added_by),
        at=now,
    )
    audit_record(
        organization=pipeline.organization,
        action="candidate.added",
        actor=_actor(added_by),
        target=application,
        data={"pipeline": pipeline.pk, "candidate": str(candidate.public_id), "email": email},
    )
    return application


def _emails_in(pipeline: Pipeline) -> set[str]:
    return {
        email.lower()
        for email in Application.objects.filter(pipeline=pipeline).values_list("candidate__email", flat=True)
    }


@transaction.atomic
def candidate_add(*, pipeline: Pipeline, name: str, email: str, added_by: Any) -> Application:
    """Add one candidate to a pipeline (the organization's candidate with that address, or a new one)."""
    _require_manager(user=added_by, organization_id=pipeline.organization_id)
    email = email_normalized(email)
    name = " ".join((name or "").split())
    if not name:
        raise ApplicationError("Enter the candidate's name.", extra={"field": "name"})
    if len(name) > 200:
        raise ApplicationError("The name can be at most 200 characters.", extra={"field": "name"})
    if not email_is_valid(email):
        raise ApplicationError("Enter a valid email address.", extra={"field": "email"})
    pipeline = _pipeline_locked(pipeline)
    if Application.objects.filter(pipeline=pipeline, candidate__email__iexact=email).exists():
        raise ApplicationError(
            f"{email} is already in this pipeline: each candidate is in a pipeline once.",
            extra={"field": "email", "code": "duplicate"},
        )
    return _application_add(pipeline=pipeline, name=name, email=email, added_by=added_by)


def candidates_csv_preview(*, pipeline: Pipeline, data: bytes) -> CsvPreview:
    """What importing this file would do: the rows that would be added, the rows that would not and why."""
    try:
        return csv_rows_read(data, existing_emails=_emails_in(pipeline))
    except CsvFileError as exc:
        raise ApplicationError(str(exc), extra={"field": "file"}) from None


@transaction.atomic
def candidates_csv_import(*, pipeline: Pipeline, data: bytes, added_by: Any) -> CsvImportResult:
    """Add the valid rows of the file; the others are returned with their reasons, as in the preview.

    The file is read again under the pipeline's lock, so a row added since the preview (by a colleague, or
    by pressing confirm twice) is reported as a duplicate rather than added twice.
    """
    _require_manager(user=added_by, organization_id=pipeline.organization_id)
    pipeline = _pipeline_locked(pipeline)
    preview = candidates_csv_preview(pipeline=pipeline, data=data)
    for row in preview.rows:
        _application_add(pipeline=pipeline, name=row.name, email=row.email, added_by=added_by)
    audit_record(
        organization=pipeline.organization,
        action="candidates.imported",
        actor=_actor(added_by),
        target=pipeline,
        data={"imported": len(preview.rows), "refused_lines": [problem.line for problem in preview.problems]},
    )
    return CsvImportResult(imported=len(preview.rows), problems=preview.problems)


def application_decided_mark(*, application_id: int) -> None:
    """Note that a decision was recorded on the application (reports records the decision itself and
    audits it); under blind review, its reviewers see who the candidate is from now on."""
    Application.objects.filter(pk=application_id, decided_at__isnull=True).update(decided_at=timezone.now())
