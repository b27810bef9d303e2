"""Reads for rubrics: score reports."""

from __future__ import annotations

import uuid
from typing import Any

from django.db.models import OuterRef, QuerySet, Subquery

from accounts.selectors import organization_scope
from rubrics.models import ScoreReport
from rubrics.types import ScoreSummary


def score_summary(report: ScoreReport) -> ScoreSummary:
    return ScoreSummary(
        report_id=report.pk,
        attempt_id=report.attempt_id,
        rubric_version=report.rubric_version,
        engine_version=report.engine_version,
        overall=report.overall,
        recommendation=report.recommendation,  # type: ignore[arg-type]  # choices are the Literal's values
        created_at=report.created_at,
    )


def score_report_list(*, attempt_id: int) -> QuerySet[ScoreReport]:
    """Every report of the attempt, newest first: its scoring, then any rescorings under newer rubrics."""
    return (
        ScoreReport.objects.filter(attempt_id=attempt_id)
        .select_related("attempt")
        .order_by("-created_at", "-id")
    )


def score_report_latest(*, attempt_id: int) -> ScoreReport | None:
    """The attempt's newest report (after a rescore, the one under the newest rubric), or None."""
    return score_report_list(attempt_id=attempt_id).first()


def score_summaries_latest(*, organization_id: int, attempt_ids: list[int]) -> dict[int, ScoreSummary]:
    """The newest report's headline for each of these attempts of the organization that has one, in one
    query (ranking and pipeline pages list many attempts)."""
    newest = ScoreReport.objects.filter(attempt_id=OuterRef("attempt_id")).order_by("-created_at", "-id")
    reports = ScoreReport.objects.filter(
        organization_id=organization_id, attempt_id__in=attempt_ids, pk=Subquery(newest.values("pk")[:1])
    )
    return {report.attempt_id: score_summary(report) for report in reports}


def rescorable_attempt_ids(
    *,
    attempt_public_id: str | None = None,
    assessment_version_id: int | None = None,
    playbook_slug: str | None = None,
) -> list[int]:
    """Attempts that have been scored, selected by one of: the attempt, its assessment version, its
    playbook. For `manage.py rescore`, an operator's command, so across organizations."""
    reports = ScoreReport.objects.all()
    if attempt_public_id is not None:
        reports = reports.filter(attempt__public_id=attempt_public_id)
    if assessment_version_id is not None:
        reports = reports.filter(attempt__assessment_version_id=assessment_version_id)
    if playbook_slug is not None:
        reports = reports.filter(attempt__assessment_version__playbook_version__playbook__slug=playbook_slug)
    return sorted(set(reports.values_list("attempt_id", flat=True)))


def score_report_list_for_organization(
    *, organization: Any, attempt_public_id: uuid.UUID | None = None
) -> QuerySet[ScoreReport]:
    """The organization's score reports with their attempts (one attempt's when asked), newest first."""
    reports = organization_scope(ScoreReport.objects.select_related("attempt"), organization=organization)
    if attempt_public_id is not None:
        reports = reports.filter(attempt__public_id=attempt_public_id)
    return reports.order_by("-created_at", "-pk")
