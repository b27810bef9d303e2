"""Pipeline screens: the list, the pipeline form with its time estimate, the pipeline page with its
filters, sorting, pagination and bulk actions.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from accounts.permissions import Role, request_membership, role_required
from accounts.selectors import member_list
from accounts.types import ApplicationError
from assessments.selectors import playbook_get, playbook_list
from candidates import selectors, services
from candidates.forms import (
    ApplicationFilterForm,
    BulkActionForm,
    PipelineForm,
    form_error,
)
from candidates.models import Pipeline, Stage
from candidates.views.common import DECIDERS, MANAGERS, PAGE_SIZE, managed_pipeline_get_or_404, signed_in_user


@role_required()
def pipeline_list(request: HttpRequest) -> HttpResponse:
    membership = request_membership(request)
    archived = request.GET.get("archived") == "1"
    return render(
        request,
        "candidates/pipeline_list.html",
        {
            "pipelines": selectors.pipeline_list(membership=membership, archived=archived),
            "archived": archived,
            "can_manage": selectors.can_manage(membership),
            "is_interviewer": membership.role == Role.INTERVIEWER,
        },
    )


def _pipeline_form_page(
    request: HttpRequest, *, form: PipelineForm, spec: Any, pipeline: Pipeline | None, time_limit_minutes: Any
) -> HttpResponse:
    try:
        limit_seconds = int(time_limit_minutes) * 60
    except (TypeError, ValueError):
        limit_seconds = 1800
    estimate = selectors.time_estimate(
        spec=spec, item_slugs=form.chosen_items(), time_limit_seconds=limit_seconds
    )
    families: dict[str, list[Any]] = {}
    for item in form.item_choices:
        families.setdefault(item.family_label, []).append(item)
    return render(
        request,
        "candidates/pipeline_form.html",
        {
            "form": form,
            "spec": spec,
            "pipeline": pipeline,
            "estimate": estimate,
            "families": families,
            "chosen": set(form.chosen_items()),
            "has_invited": pipeline is not None and pipeline.current_assessment_version_id is not None,
        },
        status=400 if form.is_bound and form.errors else 200,
    )


@role_required(*MANAGERS)
def pipeline_create(request: HttpRequest) -> HttpResponse:
    """Step 1 picks the playbook (?playbook=slug); step 2 is the pipeline form with its items."""
    membership = request_membership(request)
    slug = request.POST.get("playbook") or request.GET.get("playbook") or ""
    ref = playbook_get(slug=slug) if slug else None
    if ref is None:
        if slug:
            messages.error(request, "That playbook is not in the library. Choose one of these.")
        return render(request, "candidates/pipeline_start.html", {"playbooks": playbook_list()})
    spec = ref.spec
    items = selectors.item_choices(spec=spec)
    members = member_list(organization=membership.organization)
    if request.method == "POST":
        form = PipelineForm(request.POST, items=items, members=members)
        if "estimate" not in request.POST and form.is_valid():
            try:
                pipeline = services.pipeline_create(
                    organization=membership.organization,
                    created_by=signed_in_user(request),
                    playbook_slug=spec.slug,
                    **form.service_arguments(),
                )
            except ApplicationError as error:
                form_error(form, error)
            else:
                _estimate_message(request, pipeline)
                messages.success(
                    request, f"Pipeline “{pipeline.name}” created. Add candidates to invite them."
                )
                return redirect("candidates:pipeline_detail", pipeline_id=pipeline.pk)
        return _pipeline_form_page(
            request,
            form=form,
            spec=spec,
            pipeline=None,
            time_limit_minutes=request.POST.get("time_limit_minutes"),
        )
    form = PipelineForm(
        initial={
            "name": spec.title,
            "items": list(spec.blueprint.items),
            "time_limit_minutes": spec.blueprint.time_limit_minutes,
        },
        items=items,
        members=members,
    )
    return _pipeline_form_page(
        request, form=form, spec=spec, pipeline=None, time_limit_minutes=spec.blueprint.time_limit_minutes
    )


def _estimate_message(request: HttpRequest, pipeline: Pipeline) -> None:
    estimate = selectors.time_estimate(
        spec=selectors.pipeline_spec(pipeline=pipeline),
        item_slugs=list(pipeline.item_slugs),
        time_limit_seconds=pipeline.time_limit_seconds,
    )
    if estimate.over:
        messages.warning(
            request,
            f"The chosen items are estimated at {estimate.minutes:g} minutes, "
            f"{estimate.over_by_minutes:g} over "
            f"the {estimate.limit_minutes:g}-minute limit: most candidates will not finish. Remove items or "
            "raise the limit before inviting.",
        )


@role_required(*MANAGERS)
def pipeline_edit(request: HttpRequest, pipeline_id: int) -> HttpResponse:
    membership = request_membership(request)
    pipeline = managed_pipeline_get_or_404(request, pipeline_id)
    spec = selectors.pipeline_spec(pipeline=pipeline)
    items = selectors.item_choices(spec=spec)
    members = member_list(organization=membership.organization)
    if request.method == "POST":
        form = PipelineForm(request.POST, items=items, members=members)
        if "estimate" not in request.POST and form.is_valid():
            try:
                pipeline = services.pipeline_update(
                    pipeline=pipeline, changed_by=signed_in_user(request), **form.service_arguments()
                )
            except ApplicationError as error:
                form_error(form, error)
            else:
                _estimate_message(request, pipeline)
                messages.success(request, "Pipeline saved. Candidates already invited keep their assessment.")
                return redirect("candidates:pipeline_detail", pipeline_id=pipeline.pk)
        return _pipeline_form_page(
            request,
            form=form,
            spec=spec,
            pipeline=pipeline,
            time_limit_minutes=request.POST.get("time_limit_minutes"),
        )
    form = PipelineForm(
        initial={
            "name": pipeline.name,
            "items": list(pipeline.item_slugs),
            "time_limit_minutes": pipeline.time_limit_seconds // 60,
            "grace_seconds": pipeline.grace_seconds,
            "link_validity_days": pipeline.link_validity_days,
            "reminder_hours_before": pipeline.reminder_hours_before,
            "hiring_managers": list(pipeline.hiring_managers.values_list("pk", flat=True)),
            "interviewers": list(pipeline.interviewers.values_list("pk", flat=True)),
        },
        items=items,
        members=members,
    )
    return _pipeline_form_page(
        request, form=form, spec=spec, pipeline=pipeline, time_limit_minutes=pipeline.time_limit_seconds // 60
    )


@require_POST
@role_required(*MANAGERS)
def pipeline_archive(request: HttpRequest, pipeline_id: int) -> HttpResponse:
    pipeline = managed_pipeline_get_or_404(request, pipeline_id)
    archive = request.POST.get("archived", "1") == "1"
    try:
        services.pipeline_archive(pipeline=pipeline, archived_by=signed_in_user(request), archived=archive)
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, f"“{pipeline.name}” is {'archived' if archive else 'back in the list'}.")
    return redirect("candidates:pipeline_detail", pipeline_id=pipeline.pk)


def _filters(form: ApplicationFilterForm) -> selectors.ApplicationFilters:
    if not form.is_valid():
        return selectors.ApplicationFilters()
    data = form.cleaned_data
    return selectors.ApplicationFilters(
        stage=data.get("stage") or "",
        score_min=data.get("score_min"),
        score_max=data.get("score_max"),
        red_flags=data.get("red_flags") or "",
        search=(data.get("q") or "").strip(),
        sort=data.get("sort") or selectors.DEFAULT_SORT,
    )


def _query_without(request: HttpRequest, *keys: str) -> str:
    params = [(key, value) for key, value in request.GET.items() if key not in keys and value]
    return urlencode(params)


@role_required()
def pipeline_detail(request: HttpRequest, pipeline_id: int) -> HttpResponse:
    membership = request_membership(request)
    pipeline = selectors.pipeline_get_or_404(membership=membership, pipeline_id=pipeline_id)
    filter_form = ApplicationFilterForm(request.GET or None, sort_choices=list(selectors.SORT_LABELS.items()))
    filters = _filters(filter_form) if request.GET else selectors.ApplicationFilters()
    blind = pipeline.blind_review and not selectors.can_manage(membership)
    if blind and (filters.search or filters.sort in selectors.NAME_SORTS):
        # Searching or sorting by name would tell a blind reviewer who is who.
        filters = replace(filters, search="", sort=selectors.DEFAULT_SORT)
    applications = selectors.application_list(membership=membership, pipeline=pipeline, filters=filters)
    page = Paginator(applications, PAGE_SIZE).get_page(request.GET.get("page"))
    counts = selectors.stage_counts(membership=membership, pipeline=pipeline)
    version_labels = selectors.pipeline_version_labels(pipeline=pipeline)
    rows = [
        {
            "application": application,
            "version_label": version_labels.get(application.assessment_version_id or 0, ""),
            "hidden": blind and application.decided_at is None,
            "blind_label": selectors.blind_label(application),
        }
        for application in page.object_list
    ]
    spec = selectors.pipeline_spec(pipeline=pipeline)
    can_manage = selectors.can_manage(membership)
    can_decide = selectors.pipeline_can_decide(membership=membership, pipeline=pipeline)
    estimate = selectors.time_estimate(
        spec=spec, item_slugs=list(pipeline.item_slugs), time_limit_seconds=pipeline.time_limit_seconds
    )
    return render(
        request,
        "candidates/pipeline_detail.html",
        {
            "pipeline": pipeline,
            "spec": spec,
            "page": page,
            "applications": page.object_list,
            "stage_counts": [(stage, counts[stage.value]) for stage in Stage],
            "total": sum(counts.values()),
            "not_invited": counts[Stage.ADDED.value],
            "rows": rows,
            "version_labels": version_labels,
            "filter_form": filter_form,
            "filters": filters,
            "page_query": _query_without(request, "page"),
            "can_manage": can_manage,
            "can_decide": can_decide,
            "bulk_form": BulkActionForm(),
            "estimate": estimate,
            "is_interviewer": membership.role == Role.INTERVIEWER,
            "blind": blind,
            "now": timezone.now(),
        },
    )


@require_POST
@role_required(*DECIDERS)
def pipeline_bulk(request: HttpRequest, pipeline_id: int) -> HttpResponse:
    membership = request_membership(request)
    pipeline = selectors.pipeline_get_or_404(membership=membership, pipeline_id=pipeline_id)
    form = BulkActionForm(request.POST)
    back = reverse("candidates:pipeline_detail", kwargs={"pipeline_id": pipeline.pk})
    query = request.POST.get("return_query", "")
    if query:
        back = f"{back}?{query}"
    if not form.is_valid():
        messages.error(request, "Choose what to do with the selected candidates.")
        return redirect(back)
    ids = form.cleaned_data["application"]
    if not ids:
        messages.error(request, "Select at least one candidate first (tick the boxes in the list).")
        return redirect(back)
    action = form.cleaned_data["action"]
    try:
        if action == "invite":
            if not selectors.can_manage(membership):
                raise ApplicationError("Only admins and recruiters send invitations.")
            batch = services.invitations_send(
                pipeline=pipeline, sent_by=signed_in_user(request), application_ids=ids
            )
            _invitation_message(request, batch.invited, batch.skipped)
        else:
            stage = action.removeprefix("move:")
            result = services.applications_stage_move(
                pipeline=pipeline,
                application_ids=ids,
                stage=stage,
                reason=form.cleaned_data["reason"],
                moved_by=signed_in_user(request),
            )
            label = Stage(stage).label.lower()
            messages.success(
                request,
                f"{result.moved} candidate{'s' if result.moved != 1 else ''} moved to {label}"
                + (
                    f"; {result.unchanged} already there or not in this pipeline."
                    if result.unchanged
                    else "."
                ),
            )
    except ApplicationError as error:
        messages.error(request, error.message)
    return redirect(back)


def _invitation_message(request: HttpRequest, invited: int, skipped: int) -> None:
    if invited:
        text = f"{invited} invitation{'s' if invited != 1 else ''} sent."
    else:
        text = "No invitation sent: everyone selected has been invited already."
    if invited and skipped:
        text += f" {skipped} already had one and {'was' if skipped == 1 else 'were'} skipped."
    (messages.success if invited else messages.info)(request, text)


@require_POST
@role_required(*MANAGERS)
def pipeline_invite(request: HttpRequest, pipeline_id: int) -> HttpResponse:
    """Invite everyone in the pipeline who has not been invited yet."""
    pipeline = managed_pipeline_get_or_404(request, pipeline_id)
    try:
        batch = services.invitations_send(pipeline=pipeline, sent_by=signed_in_user(request))
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        _invitation_message(request, batch.invited, batch.skipped)
    return redirect("candidates:pipeline_detail", pipeline_id=pipeline.pk)
