"""Reads of candidates: who sees which pipelines and candidates, the pipeline page's filtered list, a
candidate's timeline, and the pipeline form's items and time estimate.

Who sees what (issue 5): admins and recruiters every pipeline of their organization; hiring managers the
pipelines they are on; interviewers only the candidates they interview (until interviews exist: candidates
in the interview stage of pipelines that list them as interviewer). Everything else is a 404.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db.models import Count, Q, QuerySet
from django.http import Http404

from accounts.permissions import Role
from accounts.selectors import organization_get_or_404, organization_scope
from assessments.selectors import playbook_version_get
from assessments.types import FAMILY_LABELS, PlaybookSpec
from candidates.models import Application, Candidate, CandidateEmail, Pipeline, Stage, StageChange
from candidates.types import ItemChoice, TimeEstimate

MANAGING_ROLES = (Role.ADMIN, Role.RECRUITER)

SORTS = {
    "name": ("candidate__name", "pk"),
    "-name": ("-candidate__name", "-pk"),
    "email": ("candidate__email", "pk"),
    "stage": ("stage", "candidate__name", "pk"),
    "score": ("score_overall", "pk"),
    "-score": ("-score_overall", "-pk"),
    "added": ("created_at", "pk"),
    "-added": ("-created_at", "-pk"),
    "invited": ("invited_at", "pk"),
}
SORT_LABELS = {
    "-added": "Newest first",
    "added": "Oldest first",
    "name": "Name (A to Z)",
    "-name": "Name (Z to A)",
    "email": "Email",
    "stage": "Stage",
    "-score": "Score (highest first)",
    "score": "Score (lowest first)",
    "invited": "Invited (earliest first)",
}
DEFAULT_SORT = "-added"
NAME_SORTS = ("name", "-name", "email")


def can_manage(membership: Any) -> bool:
    return membership is not None and membership.role in MANAGING_ROLES


def pipelines_visible(*, membership: Any) -> QuerySet[Pipeline]:
    queryset = organization_scope(Pipeline.objects.all(), organization=membership.organization)
    if membership.role in MANAGING_ROLES:
        return queryset
    if membership.role == Role.HIRING_MANAGER:
        return queryset.filter(hiring_managers=membership)
    if membership.role == Role.INTERVIEWER:
        return queryset.filter(interviewers=membership)
    return queryset.none()


def pipeline_list(*, membership: Any, archived: bool = False) -> list[Pipeline]:
    """The pipelines this member sees, newest first, each with `application_total` and per-stage counts
    (`invited_total`, `submitted_total`, ...) of the candidates they may see."""
    stage_filter = Q()
    if membership.role == Role.INTERVIEWER:
        stage_filter = Q(applications__in=_interviewed_by(membership))
    counts = {
        f"{stage.value}_total": Count("applications", filter=stage_filter & Q(applications__stage=stage))
        for stage in Stage
    }
    queryset = (
        pipelines_visible(membership=membership)
        .filter(archived_at__isnull=not archived)
        .annotate(application_total=Count("applications", filter=stage_filter), **counts)
        .order_by("-created_at", "-pk")
    )
    return list(queryset)


def pipeline_get_or_404(*, membership: Any, pipeline_id: int) -> Pipeline:
    return organization_get_or_404(
        pipelines_visible(membership=membership).select_related("organization"),
        organization=membership.organization,
        pk=pipeline_id,
    )


def pipeline_can_decide(*, membership: Any, pipeline: Pipeline) -> bool:
    """Admins, recruiters and the pipeline's hiring managers move candidates between stages."""
    if membership.role in MANAGING_ROLES:
        return True
    return (
        membership.role == Role.HIRING_MANAGER and pipeline.hiring_managers.filter(pk=membership.pk).exists()
    )


def applications_visible(*, membership: Any, pipeline: Pipeline | None = None) -> QuerySet[Application]:
    queryset = organization_scope(Application.objects.all(), organization=membership.organization).filter(
        pipeline__in=pipelines_visible(membership=membership)
    )
    if pipeline is not None:
        queryset = queryset.filter(pipeline=pipeline)
    if membership.role == Role.INTERVIEWER:
        # The candidates they interview: interviews (the app above) point at applications, and this
        # follows that relation by name, without importing it.
        queryset = queryset.filter(pk__in=_interviewed_by(membership))
    return queryset


def _interviewed_by(membership: Any) -> QuerySet[Any]:
    return Application.objects.filter(interviews__interviewers=membership).values("pk")


@dataclass(frozen=True)
class ApplicationFilters:
    stage: str = ""
    score_min: float | None = None
    score_max: float | None = None
    red_flags: str = ""  # "", "any" (at least one), "none"
    search: str = ""
    sort: str = DEFAULT_SORT

    @property
    def active(self) -> bool:
        return bool(
            self.stage
            or self.score_min is not None
            or self.score_max is not None
            or self.red_flags
            or self.search
        )


def application_list(
    *, membership: Any, pipeline: Pipeline, filters: ApplicationFilters
) -> QuerySet[Application]:
    """The pipeline page's rows: filtered, sorted, with each row's candidate in the same query (paginate
    the result: one count and one page query, whatever the pipeline's size)."""
    queryset = applications_visible(membership=membership, pipeline=pipeline).select_related("candidate")
    if filters.stage in Stage.values:
        queryset = queryset.filter(stage=filters.stage)
    if filters.score_min is not None:
        queryset = queryset.filter(score_overall__gte=filters.score_min)
    if filters.score_max is not None:
        queryset = queryset.filter(score_overall__lte=filters.score_max)
    if filters.red_flags == "any":
        queryset = queryset.filter(red_flag_count__gt=0)
    elif filters.red_flags == "none":
        queryset = queryset.filter(score_overall__isnull=False, red_flag_count=0)
    for word in filters.search.split()[:5]:
        queryset = queryset.filter(Q(candidate__name__icontains=word) | Q(candidate__email__icontains=word))
    return queryset.order_by(*SORTS.get(filters.sort, SORTS[DEFAULT_SORT]))


def stage_counts(*, membership: Any, pipeline: Pipeline) -> dict[str, int]:
    """How many of the candidates this member sees are in each stage (every stage present, zeros too)."""
    counts = {stage.value: 0 for stage in Stage}
    rows = (
        applications_visible(membership=membership, pipeline=pipeline)
        .order_by()
        .values_list("stage")
        .annotate(total=Count("pk"))
    )
    for stage, total in rows:
        counts[stage] = total
    return counts


def pipeline_version_labels(*, pipeline: Pipeline) -> dict[int, str]:
    """ "Version 1", "Version 2"... for the assessment versions the pipeline's invitations used, in the order
    they were first used: the pipeline page shows which candidates have which."""
    ordered = sorted(
        set(
            Application.objects.filter(pipeline=pipeline, assessment_version__isnull=False)
            .order_by()
            .values_list("assessment_version_id", flat=True)
            .distinct()
        )
    )
    return {version_id: f"Version {number}" for number, version_id in enumerate(ordered, start=1)}


def application_get_or_404(*, membership: Any, application_id: int) -> Application:
    return organization_get_or_404(
        applications_visible(membership=membership).select_related(
            "candidate", "pipeline__organization", "attempt"
        ),
        organization=membership.organization,
        pk=application_id,
    )


def candidate_get_or_404(*, membership: Any, candidate_id: Any) -> tuple[Candidate, list[Application]]:
    """The candidate and the applications of theirs this member sees; a 404 when they see none."""
    candidate = organization_get_or_404(
        Candidate.objects.all(), organization=membership.organization, public_id=candidate_id
    )
    applications = list(
        applications_visible(membership=membership)
        .filter(candidate=candidate)
        .select_related("pipeline", "attempt", "candidate")
        .order_by("-created_at", "-pk")
    )
    if not applications:
        raise Http404("Not found")
    return candidate, applications


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    kind: str  # "stage" or "email"
    pipeline_name: str
    stage_change: StageChange | None = None
    email: CandidateEmail | None = None


def candidate_timeline(*, applications: list[Application]) -> list[TimelineEntry]:
    """Stage changes and every email of these applications, newest first."""
    names = {application.pk: application.pipeline.name for application in applications}
    entries = [
        TimelineEntry(
            at=change.created_at,
            kind="stage",
            pipeline_name=names[change.application_id],
            stage_change=change,
        )
        for change in StageChange.objects.filter(application__in=applications).select_related("changed_by")
    ]
    entries += [
        TimelineEntry(
            at=email.created_at, kind="email", pipeline_name=names[email.application_id], email=email
        )
        for email in CandidateEmail.objects.filter(application__in=applications)
    ]
    return sorted(entries, key=lambda entry: entry.at, reverse=True)


def pipeline_spec(*, pipeline: Pipeline) -> PlaybookSpec:
    ref = playbook_version_get(version_id=pipeline.playbook_version_id)
    if ref is None:
        raise Http404("The pipeline's playbook version is missing.")
    return ref.spec


def item_choices(*, spec: PlaybookSpec) -> list[ItemChoice]:
    blueprint = set(spec.blueprint.items)
    return [
        ItemChoice(
            slug=item.slug,
            title=item.title,
            family=item.family,
            family_label=FAMILY_LABELS[item.family],
            type=item.type,
            estimated_minutes=item.estimated_minutes,
            in_blueprint=item.slug in blueprint,
        )
        for item in spec.items
    ]


def time_estimate(*, spec: PlaybookSpec, item_slugs: list[str], time_limit_seconds: int) -> TimeEstimate:
    chosen = [item for item in spec.items if item.slug in set(item_slugs)]
    return TimeEstimate(
        minutes=round(sum(item.estimated_minutes for item in chosen), 2),
        limit_minutes=time_limit_seconds / 60,
        item_count=len(chosen),
    )


def identity_hidden(*, membership: Any, application: Application) -> bool:
    """Blind review: the pipeline's reviewers (hiring managers, interviewers) do not see who the candidate
    is until a decision is recorded; admins and recruiters, who add and email candidates, always do."""
    return (
        application.pipeline.blind_review
        and membership.role not in MANAGING_ROLES
        and application.decided_at is None
    )


def blind_label(application: Application) -> str:
    return f"Candidate {application.blind_number or application.pk}"
