"""API v1: one view per operation, with nested Input (query filters) and Output serializers. Thin: reads go
through selectors, writes through services, errors through `api.errors` (one shape)."""

from __future__ import annotations

from typing import Any

from django.http import Http404
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.permissions import Role
from api.errors import DETAIL_ERRORS, LIST_ERRORS
from api.pagination import AuditSequenceCursorPagination, NewestFirstCursorPagination
from api.permissions import request_acting_membership, request_organization
from api.selectors import audit_event_api_list, score_report_api_list
from assessments.selectors import playbook_get, playbook_item_list, playbook_list
from candidates.selectors import applications_visible

STAFF_WHO_READ_RESULTS = (Role.ADMIN, Role.RECRUITER, Role.HIRING_MANAGER)
MAX_ID = 2**63 - 1  # PostgreSQL's bigint: a larger id names nothing


def _paginated(view: APIView, request: Request, queryset: Any, rows: Any) -> Response:
    paginator: NewestFirstCursorPagination = view.pagination_class()  # type: ignore[attr-defined]
    page: list[Any] | None = paginator.paginate_queryset(queryset, request, view=view)
    return paginator.get_paginated_response(rows(page or []))


# Playbooks -------------------------------------------------------------------------------------------

PLAYBOOK_EXAMPLE = {
    "slug": "technical-support-specialist",
    "title": "Technical Support Specialist",
    "level": "entry-level",
    "function": "Customer support",
    "summary": "Resolves customer technical issues by phone, email and chat.",
    "item_count": 17,
    "blueprint_minutes": 29.5,
    "time_limit_minutes": 30,
}


class PlaybookOutput(serializers.Serializer[Any]):
    slug = serializers.CharField()
    title = serializers.CharField()
    level = serializers.CharField()
    function = serializers.CharField()
    summary = serializers.CharField()
    item_count = serializers.IntegerField()
    blueprint_minutes = serializers.FloatField(
        help_text="Estimated minutes of the default 30-minute assessment."
    )
    time_limit_minutes = serializers.IntegerField()


class PlaybookListOutput(serializers.Serializer[Any]):
    next = serializers.URLField(allow_null=True)
    previous = serializers.URLField(allow_null=True)
    results = PlaybookOutput(many=True)


class PlaybookListApi(APIView):
    @extend_schema(
        operation_id="playbooks_list",
        summary="List the playbook library",
        description="Every role playbook of the library (the same for every organization), by title. "
        "The library is small, so one page holds all of it: `next` is always null.",
        parameters=[
            OpenApiParameter("search", str, description="Words to look for in titles, skills and items."),
        ],
        responses={200: PlaybookListOutput, **LIST_ERRORS},
        examples=[
            OpenApiExample(
                "Library",
                value={"next": None, "previous": None, "results": [PLAYBOOK_EXAMPLE]},
                response_only=True,
            )
        ],
        tags=["playbooks"],
    )
    def get(self, request: Request) -> Response:
        search = str(request.query_params.get("search", ""))[:200]
        summaries = playbook_list(search=search)
        rows = [summary.model_dump(exclude={"matching_items"}) for summary in summaries]
        return Response(PlaybookListOutput({"next": None, "previous": None, "results": rows}).data)


class PlaybookItemOutput(serializers.Serializer[Any]):
    slug = serializers.CharField()
    title = serializers.CharField()
    family = serializers.CharField()
    type = serializers.CharField()
    estimated_minutes = serializers.FloatField()


class PlaybookDetailOutput(PlaybookOutput):
    version = serializers.CharField(help_text="Content hash of the current version of the playbook file.")
    version_created_at = serializers.DateTimeField()
    items = PlaybookItemOutput(many=True)
    content = serializers.JSONField(
        help_text="The whole playbook as validated from its file (overview, competencies, items with "
        "rubrics and model answers, interview questions, scoring guidance)."
    )


class PlaybookDetailApi(APIView):
    @extend_schema(
        operation_id="playbooks_retrieve",
        summary="Read one playbook",
        description="The current version of one playbook: its items (slug, family, type, estimated minutes) "
        "and its whole validated content.",
        parameters=[
            OpenApiParameter(
                "slug",
                {"type": "string", "pattern": r"^[-a-zA-Z0-9_]+$"},
                OpenApiParameter.PATH,
                description="The playbook's slug.",
            )
        ],
        responses={200: PlaybookDetailOutput, **DETAIL_ERRORS},
        examples=[
            OpenApiExample(
                "Playbook",
                value={
                    **PLAYBOOK_EXAMPLE,
                    "version": "3f1c…",
                    "version_created_at": "2026-11-02T09:30:00Z",
                    "items": [
                        {
                            "slug": "sjt-angry-customer",
                            "title": "An angry customer on the phone",
                            "family": "situational_judgment",
                            "type": "best_worst",
                            "estimated_minutes": 2.0,
                        }
                    ],
                    "content": {"slug": "technical-support-specialist", "items": ["…"]},
                },
                response_only=True,
            )
        ],
        tags=["playbooks"],
    )
    def get(self, request: Request, slug: str) -> Response:
        version = playbook_get(slug=slug)
        if version is None:
            raise Http404
        spec = version.spec
        summary = next((row for row in playbook_list() if row.slug == spec.slug), None)
        data = {
            **(summary.model_dump(exclude={"matching_items"}) if summary else {}),
            "version": version.content_hash,
            "version_created_at": version.created_at,
            "items": [ref.model_dump() for ref in playbook_item_list(playbook_slug=spec.slug)],
            "content": spec.model_dump(mode="json"),
        }
        return Response(PlaybookDetailOutput(data).data)


# Results (score reports) -------------------------------------------------------------------------------


class EvidenceOutput(serializers.Serializer[Any]):
    start = serializers.IntegerField(help_text="Start of the quoted span in the answer (characters).")
    end = serializers.IntegerField()
    quote = serializers.CharField(allow_blank=True)


class CriterionOutput(serializers.Serializer[Any]):
    id = serializers.CharField()
    label = serializers.CharField()  # type: ignore[assignment]  # the criterion's label, not DRF's
    met = serializers.BooleanField()
    points = serializers.FloatField()
    max_points = serializers.FloatField()
    evidence = EvidenceOutput(allow_null=True)
    note = serializers.CharField(allow_blank=True)


class FlagOutput(serializers.Serializer[Any]):
    code = serializers.CharField()
    title = serializers.CharField()
    severity = serializers.CharField(help_text="disqualifier overrides a good score; warning does not.")
    item = serializers.CharField(allow_null=True)
    evidence = EvidenceOutput(allow_null=True)
    reason = serializers.CharField(allow_blank=True)


class ItemResultOutput(serializers.Serializer[Any]):
    slug = serializers.CharField()
    answered = serializers.BooleanField()
    score = serializers.FloatField(help_text="0 to 1.")
    points = serializers.FloatField()
    max_points = serializers.FloatField()
    criteria = CriterionOutput(many=True)
    red_flags = FlagOutput(many=True)


class ResultOutput(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    attempt_id = serializers.UUIDField(help_text="The attempt's public id.")
    created_at = serializers.DateTimeField()
    playbook = serializers.CharField()
    rubric_version = serializers.CharField()
    engine_version = serializers.CharField()
    overall = serializers.FloatField(help_text="0 to 100.")
    recommendation = serializers.ChoiceField(choices=["strong_advance", "advance", "hold", "do_not_advance"])
    recommendation_reason = serializers.CharField()
    competencies = serializers.DictField(
        child=serializers.IntegerField(), help_text="Rating 1-5 per competency."
    )
    red_flags = FlagOutput(many=True)
    items = ItemResultOutput(many=True)


def _result_row(report: Any) -> dict[str, Any]:
    result = report.result
    return {
        "id": report.pk,
        "attempt_id": report.attempt.public_id,
        "created_at": report.created_at,
        "playbook": result.get("playbook", ""),
        "rubric_version": report.rubric_version,
        "engine_version": report.engine_version,
        "overall": report.overall,
        "recommendation": report.recommendation,
        "recommendation_reason": result.get("recommendation_reason", ""),
        "competencies": result.get("competencies", {}),
        "red_flags": result.get("red_flags", []),
        "items": list(result.get("items", {}).values()),
    }


RESULT_EXAMPLE = {
    "id": 812,
    "attempt_id": "5b0f7f5e-3d0e-4b43-9b1a-2f6f3f1d8c11",
    "created_at": "2026-11-20T14:02:11Z",
    "playbook": "technical-support-specialist",
    "rubric_version": "9c2e…",
    "engine_version": "1.138.0",
    "overall": 72.5,
    "recommendation": "advance",
    "recommendation_reason": "Overall 72.5 is at least 65.",
    "competencies": {"customer-empathy": 4, "troubleshooting": 3},
    "red_flags": [],
    "items": [
        {
            "slug": "written-password-reset",
            "answered": True,
            "score": 0.75,
            "points": 3.0,
            "max_points": 4.0,
            "criteria": [
                {
                    "id": "verifies-identity",
                    "label": "Verifies the customer's identity first",
                    "met": True,
                    "points": 1.0,
                    "max_points": 1.0,
                    "evidence": {"start": 0, "end": 38, "quote": "First I would confirm who is calling"},
                    "note": "",
                }
            ],
            "red_flags": [],
        }
    ],
}


class ResultListApi(APIView):
    allowed_roles = STAFF_WHO_READ_RESULTS
    pagination_class = NewestFirstCursorPagination

    class Input(serializers.Serializer[Any]):
        attempt = serializers.UUIDField(
            required=False, help_text="Only the reports of this attempt (public id)."
        )
        application = serializers.IntegerField(
            min_value=1,
            max_value=MAX_ID,
            required=False,
            help_text="Only the reports of this application's attempt (none before it is scored).",
        )

    @extend_schema(
        operation_id="results_list",
        summary="List score reports",
        description="The organization's score reports, newest first, each with its overall score, "
        "recommendation, competency ratings, red flags and every item's criteria with the evidence quoted "
        "from the answer. Poll with `?attempt=<id>` (or `?application=<id>`) after an `attempt.scored` "
        "webhook. An attempt rescored "
        "under a newer rubric has one report per rubric version.",
        parameters=[Input],
        responses={200: ResultOutput(many=True), **LIST_ERRORS},
        examples=[
            # One row: the OpenAPI generator wraps list examples in the page envelope itself.
            OpenApiExample("One page", value=RESULT_EXAMPLE, response_only=True)
        ],
        tags=["results"],
    )
    def get(self, request: Request) -> Response:
        filters = self.Input(data=request.query_params)
        filters.is_valid(raise_exception=True)
        reports = score_report_api_list(
            organization=request_organization(request),
            attempt_public_id=filters.validated_data.get("attempt"),
        )
        if "application" in filters.validated_data:
            application = (
                applications_visible(membership=request_acting_membership(request))
                .filter(pk=filters.validated_data["application"])
                .first()
            )
            reports = reports.filter(attempt_id=application.attempt_id if application is not None else None)
        return _paginated(
            self,
            request,
            reports,
            lambda page: ResultOutput([_result_row(report) for report in page], many=True).data,
        )


class ResultDetailApi(APIView):
    allowed_roles = STAFF_WHO_READ_RESULTS

    @extend_schema(
        operation_id="results_retrieve",
        summary="Read one score report",
        description="One score report of the organization, by the `id` that results list and the "
        "`attempt.scored` webhook give.",
        parameters=[
            OpenApiParameter(
                "result_id",
                {"type": "integer", "minimum": 1, "maximum": MAX_ID},
                OpenApiParameter.PATH,
                description="The report's id.",
            )
        ],
        responses={200: ResultOutput, **DETAIL_ERRORS},
        examples=[OpenApiExample("Report", value=RESULT_EXAMPLE, response_only=True)],
        tags=["results"],
    )
    def get(self, request: Request, result_id: int) -> Response:
        if result_id > MAX_ID:
            raise Http404
        report = (
            score_report_api_list(organization=request_organization(request)).filter(pk=result_id).first()
        )
        if report is None:
            raise Http404
        return Response(ResultOutput(_result_row(report)).data)


# Audit events ------------------------------------------------------------------------------------------


class AuditEventOutput(serializers.Serializer[Any]):
    seq = serializers.IntegerField(help_text="Position in the organization's hash chain, from 1.")
    created_at = serializers.DateTimeField()
    action = serializers.CharField()
    actor_kind = serializers.ChoiceField(choices=["user", "attempt", "system"])
    actor_label = serializers.CharField()
    target_type = serializers.CharField(allow_blank=True)
    target_id = serializers.CharField(allow_blank=True)
    target_label = serializers.CharField(allow_blank=True)
    data = serializers.JSONField()  # type: ignore[assignment]  # the event's data, not DRF's
    hash = serializers.CharField(help_text="SHA-256 of this event chained to the previous one.")


class AuditEventListApi(APIView):
    allowed_roles = (Role.ADMIN,)
    pagination_class = AuditSequenceCursorPagination

    class Input(serializers.Serializer[Any]):
        action = serializers.RegexField(
            r"^[a-z][a-z0-9_.]*$",
            max_length=100,
            required=False,
            help_text='Only this action, e.g. "api_key.created".',
        )
        since = serializers.DateTimeField(
            required=False, help_text="Only events at or after this time (ISO 8601)."
        )

    @extend_schema(
        operation_id="audit_events_list",
        summary="List audit events",
        description="The organization's append-only audit log, newest first (by its sequence number). "
        "Signed-in users need the admin role; API keys read it for their organization.",
        parameters=[Input],
        responses={200: AuditEventOutput(many=True), **LIST_ERRORS},
        examples=[
            OpenApiExample(
                "One page",
                value={
                    "seq": 124,
                    "created_at": "2026-11-20T14:02:11Z",
                    "action": "api_key.created",
                    "actor_kind": "user",
                    "actor_label": "Ada Admin <ada@example.com>",
                    "target_type": "api.apikey",
                    "target_id": "7",
                    "target_label": "Greenhouse sync (hak_AbCdEfGh…)",
                    "data": {"name": "Greenhouse sync", "prefix": "hak_AbCdEfGh", "scope": "read"},
                    "hash": "e3b0c442…",
                },
                response_only=True,
            )
        ],
        tags=["audit"],
    )
    def get(self, request: Request) -> Response:
        filters = self.Input(data=request.query_params)
        filters.is_valid(raise_exception=True)
        events = audit_event_api_list(
            organization=request_organization(request),
            action=filters.validated_data.get("action", ""),
            since=filters.validated_data.get("since"),
        )
        return _paginated(
            self,
            request,
            events,
            lambda page: AuditEventOutput(page, many=True).data,
        )
