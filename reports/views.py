"""What hiring managers read: a pipeline's results, a candidate's report, a comparison, item statistics,
and the exports. Thin: who sees what is in `reports.access` and candidates' selectors, the rest in the
selectors and services here."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from accounts.permissions import request_membership, role_required
from accounts.types import ApplicationError
from candidates.selectors import application_get_or_404, pipeline_can_decide, pipeline_get_or_404
from candidates.services import pipeline_blind_review_set
from reports import selectors, services
from reports.access import MANAGING_ROLES, ranking_allowed_or_403
from reports.candidate_report import candidate_report
from reports.exports import PdfUnavailable, csv_text, pdf_from_html
from reports.interview_section import TEMPLATE as INTERVIEW_TEMPLATE
from reports.interview_section import interview_section
from reports.models import Decision

PAGE_SIZE = 50
STAGE_CHOICES = [
    ("scored", "Scored"),
    ("interview", "Interview"),
    ("offer", "Offer"),
    ("hired", "Hired"),
    ("rejected", "Rejected"),
    ("withdrawn", "Withdrawn"),
]


def _float(value: str | None) -> float | None:
    try:
        return None if value in (None, "") else max(0.0, min(100.0, float(str(value))))
    except ValueError:
        return None


def _filters(request: HttpRequest, *, search_allowed: bool) -> selectors.ResultFilters:
    query = request.GET
    return selectors.ResultFilters(
        stage=query.get("stage", "") if query.get("stage", "") in dict(STAGE_CHOICES) else "",
        recommendation=query.get("recommendation", ""),
        red_flags=query.get("flags", "") if query.get("flags", "") in ("any", "none", "disqualifier") else "",
        score_min=_float(query.get("min")),
        search=query.get("q", "").strip()[:200] if search_allowed else "",
        sort=query.get("sort", selectors.DEFAULT_SORT)[:120],
    )


def _names_searchable(membership: Any, pipeline: Any) -> bool:
    # Under blind review a reviewer searching by name would learn who is who: only managers may.
    return not pipeline.blind_review or membership.role in MANAGING_ROLES


@role_required()
@require_GET
def pipeline_results(request: HttpRequest, pipeline_id: int) -> HttpResponse:
    membership = request_membership(request)
    pipeline = pipeline_get_or_404(membership=membership, pipeline_id=pipeline_id)
    ranking_allowed_or_403(membership=membership)
    content = selectors.pipeline_content(pipeline=pipeline)
    searchable = _names_searchable(membership, pipeline)
    filters = _filters(request, search_allowed=searchable)
    queryset = selectors.results_queryset(
        membership=membership, pipeline=pipeline, filters=filters, content=content
    )
    page = Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("page"))
    rows = selectors.result_rows(
        applications=list(page.object_list),
        membership=membership,
        pipeline=pipeline,
        content=content,
        first_rank=page.start_index(),
    )
    query = request.GET.copy()
    query.pop("page", None)
    sorts = list(selectors.SORTS.items())
    if not searchable:
        sorts = [(key, label) for key, label in sorts if key != "name"]
    sorts += [
        (f"{selectors.COMPETENCY_SORT_PREFIX}{slug}", f"{name} (highest first)")
        for slug, name in content.competencies
    ]
    return render(
        request,
        "reports/pipeline_results.html",
        {
            "pipeline": pipeline,
            "content": content,
            "rows": rows,
            "page": page,
            "page_query": query.urlencode(),
            "filters": filters,
            "distribution": selectors.score_distribution(queryset=queryset),
            "sorts": sorts,
            "stages": STAGE_CHOICES,
            "recommendations": list(selectors.RECOMMENDATION_LABELS.items()),
            "searchable": searchable,
            "can_manage": membership.role in MANAGING_ROLES,
        },
    )


@role_required()
@require_GET
def results_csv(request: HttpRequest, pipeline_id: int) -> HttpResponse:
    membership = request_membership(request)
    pipeline = pipeline_get_or_404(membership=membership, pipeline_id=pipeline_id)
    ranking_allowed_or_403(membership=membership)
    content = selectors.pipeline_content(pipeline=pipeline)
    filters = _filters(request, search_allowed=_names_searchable(membership, pipeline))
    queryset = selectors.results_queryset(
        membership=membership, pipeline=pipeline, filters=filters, content=content
    )
    rows = selectors.result_rows(
        applications=list(queryset), membership=membership, pipeline=pipeline, content=content, first_rank=1
    )
    header = [
        "Rank", "Candidate", "Email", "Overall", "Recommendation",
        *[name for _slug, name in content.competencies],
        "Red flags", "Integrity", "Time taken (s)", "Stage", "Decision",
    ]  # fmt: skip
    body = [
        [
            row.rank,
            row.label,
            row.email,
            row.application.score_overall,
            row.recommendation_label,
            *[rating if rating is not None else "" for rating in row.ratings],
            "; ".join(f"{flag.title} ({flag.severity_label})" for flag in row.flags),
            row.integrity,
            row.application.time_taken_seconds,
            row.application.get_stage_display(),
            row.decision,
        ]
        for row in rows
    ]
    services.results_csv_export_record(
        pipeline=pipeline,
        membership=membership,
        rows=len(rows),
        blind=not all(row.identity_shown for row in rows),
    )
    response = HttpResponse(csv_text(header, body), content_type="text/csv; charset=utf-8")
    stamp = timezone.now().strftime("%Y%m%d")
    response["Content-Disposition"] = f'attachment; filename="pipeline-{pipeline.pk}-results-{stamp}.csv"'
    return response


@role_required()
@require_GET
def compare(request: HttpRequest, pipeline_id: int) -> HttpResponse:
    membership = request_membership(request)
    pipeline = pipeline_get_or_404(membership=membership, pipeline_id=pipeline_id)
    ranking_allowed_or_403(membership=membership)
    ids: list[int] = []
    for value in request.GET.getlist("a"):
        for part in value.split(","):
            if part.strip().isdigit() and int(part) not in ids:
                ids.append(int(part))
    context: dict[str, Any] = {"pipeline": pipeline, "comparison": None}
    if not 2 <= len(ids) <= 4:
        context["problem"] = "Choose two to four candidates to compare (tick them in the results table)."
        return render(request, "reports/compare.html", context, status=400)
    content = selectors.pipeline_content(pipeline=pipeline)
    context["comparison"] = selectors.comparison(
        membership=membership, pipeline=pipeline, application_ids=ids, content=content
    )
    return render(request, "reports/compare.html", context)


@role_required()
@require_GET
def item_statistics(request: HttpRequest, pipeline_id: int) -> HttpResponse:
    membership = request_membership(request)
    pipeline = pipeline_get_or_404(membership=membership, pipeline_id=pipeline_id)
    ranking_allowed_or_403(membership=membership)
    content = selectors.pipeline_content(pipeline=pipeline)
    page = selectors.pipeline_item_statistics(membership=membership, pipeline=pipeline, content=content)
    return render(request, "reports/item_statistics.html", {"pipeline": pipeline, "statistics": page})


@role_required(*MANAGING_ROLES)
@require_POST
def blind_review(request: HttpRequest, pipeline_id: int) -> HttpResponse:
    membership = request_membership(request)
    pipeline = pipeline_get_or_404(membership=membership, pipeline_id=pipeline_id)
    enabled = request.POST.get("blind_review") == "1"
    try:
        pipeline_blind_review_set(pipeline=pipeline, enabled=enabled, changed_by=membership.user)
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            "Blind review is on: hiring managers and interviewers see numbered candidates until a decision "
            "is recorded."
            if enabled
            else "Blind review is off: everyone who reads the results sees the candidates' names.",
        )
    return redirect("reports:pipeline_results", pipeline_id=pipeline.pk)


def _report_context(request: HttpRequest, application_id: int) -> tuple[Any, Any, dict[str, Any]]:
    membership = request_membership(request)
    application = application_get_or_404(membership=membership, application_id=application_id)
    report = candidate_report(application=application, membership=membership)
    section = interview_section(application=application, membership=membership)
    interview_html = (
        render_to_string(INTERVIEW_TEMPLATE, {"section": section}, request=request) if section else ""
    )
    return (
        membership,
        application,
        {
            "report": report,
            "pipeline": application.pipeline,
            "can_decide": pipeline_can_decide(membership=membership, pipeline=application.pipeline),
            "can_rank": membership.role != "interviewer",
            "outcomes": Decision.Outcome.choices,
            # The interviews app's template with its selector's dict as `section`: its contract (issue 8).
            "interview_section": interview_html,
        },
    )


@role_required()
@require_GET
def application_report(request: HttpRequest, application_id: int) -> HttpResponse:
    membership, application, context = _report_context(request, application_id)
    services.report_viewed_record(application=application, membership=membership)
    return render(request, "reports/application_report.html", context)


@role_required()
@require_GET
def application_report_pdf(request: HttpRequest, application_id: int) -> HttpResponse:
    membership, application, context = _report_context(request, application_id)
    html = render_to_string("reports/application_report_pdf.html", context, request=request)
    try:
        document = pdf_from_html(html, base_url=request.build_absolute_uri("/"))
    except PdfUnavailable as error:
        return render(
            request,
            "reports/pdf_unavailable.html",
            {"report": context["report"], "problem": str(error)},
            status=503,
        )
    services.report_pdf_export_record(
        application=application, membership=membership, blind=not context["report"].identity_shown
    )
    response = HttpResponse(document, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="candidate-report-{application.pk}.pdf"'
    return response


@role_required()
@require_POST
def decision(request: HttpRequest, application_id: int) -> HttpResponse:
    membership = request_membership(request)
    application = application_get_or_404(membership=membership, application_id=application_id)
    try:
        recorded = services.decision_record(
            application=application,
            outcome=request.POST.get("outcome", ""),
            reason=request.POST.get("reason", ""),
            membership=membership,
        )
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, f"Decision recorded: {recorded.get_outcome_display()}.")
    return redirect(
        reverse("reports:application_report", kwargs={"application_id": application.pk}) + "#decision"
    )
