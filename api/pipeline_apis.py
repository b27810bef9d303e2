"""API v1 for pipelines, their candidates (applications), stage moves and invitations: the same services as
the recruiter screens (so the same validation, audit trail and emails), read through candidates' selectors
(so the same rules on who sees what, blind review included).

Each view looks up the object it names before it reads the body: another organization's object is a 404
whatever the request carries. Writes need a read and write key (or a session with its CSRF token) and the
role the browser needs for the same change; an API key acts as the admin who created it
(`api.permissions.request_acting_membership`)."""

from __future__ import annotations

from typing import Any

from django.http import Http404
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, extend_schema
from rest_framework import serializers, status
from rest_framework.exceptions import PermissionDenied
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api.apis import MAX_ID, _paginated
from api.errors import DETAIL_ERRORS, ERROR_400, LIST_ERRORS
from api.pagination import NewestFirstCursorPagination
from api.permissions import request_acting_membership
from candidates.selectors import (
    Stage,
    application_get_or_404,
    applications_visible,
    blind_label,
    can_manage,
    identity_hidden,
    pipeline_can_decide,
    pipeline_get_or_404,
    pipelines_visible,
)
from candidates.services import (
    ACCOMMODATION_MAX_MINUTES,
    ACCOMMODATION_MAX_PERCENT,
    MANUAL_STAGES,
    accommodation_grant,
    application_stage_move,
    candidate_add,
    invitation_extend,
    invitation_resend,
    invitation_revoke,
    invitations_send,
    pipeline_create,
    pipeline_update,
)

WRITE_ERRORS = {400: ERROR_400, **DETAIL_ERRORS}
MANAGERS_ONLY = "Only admins and recruiters can change pipelines and their candidates."


def id_parameter(name: str, description: str) -> OpenApiParameter:
    return OpenApiParameter(
        name,
        {"type": "integer", "minimum": 1, "maximum": MAX_ID},
        OpenApiParameter.PATH,
        description=description,
    )


def _checked_id(value: int) -> int:
    if value > MAX_ID:  # a larger id names nothing (and PostgreSQL's bigint would refuse it)
        raise Http404
    return value


def _require_manager(membership: Any) -> None:
    if not can_manage(membership):
        raise PermissionDenied(MANAGERS_ONLY)


def _id_list_field(help_text: str) -> serializers.ListField:
    return serializers.ListField(
        child=serializers.IntegerField(min_value=1, max_value=MAX_ID),
        max_length=500,
        required=False,
        help_text=help_text,
    )


# Pipelines ---------------------------------------------------------------------------------------------


class PipelineOutput(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    name = serializers.CharField()
    playbook = serializers.CharField(help_text="The playbook's slug.")
    playbook_title = serializers.CharField()
    items = serializers.ListField(
        child=serializers.CharField(), help_text="Slugs of the assessment's items, in the candidate's order."
    )
    time_limit_minutes = serializers.IntegerField()
    grace_seconds = serializers.IntegerField()
    link_validity_days = serializers.IntegerField()
    reminder_hours_before = serializers.IntegerField(help_text="0: no automatic reminder.")
    hiring_manager_ids = serializers.ListField(child=serializers.IntegerField())
    interviewer_ids = serializers.ListField(child=serializers.IntegerField())
    blind_review = serializers.BooleanField()
    archived = serializers.BooleanField()
    created_at = serializers.DateTimeField()


def _pipeline_row(pipeline: Any) -> dict[str, Any]:
    return {
        "id": pipeline.pk,
        "name": pipeline.name,
        "playbook": pipeline.playbook_slug,
        "playbook_title": pipeline.playbook_title,
        "items": list(pipeline.item_slugs),
        "time_limit_minutes": pipeline.time_limit_seconds // 60,
        "grace_seconds": pipeline.grace_seconds,
        "link_validity_days": pipeline.link_validity_days,
        "reminder_hours_before": pipeline.reminder_hours_before,
        "hiring_manager_ids": sorted(member.pk for member in pipeline.hiring_managers.all()),
        "interviewer_ids": sorted(member.pk for member in pipeline.interviewers.all()),
        "blind_review": pipeline.blind_review,
        "archived": pipeline.archived_at is not None,
        "created_at": pipeline.created_at,
    }


PIPELINE_EXAMPLE = {
    "id": 41,
    "name": "Support Specialist, Lisbon",
    "playbook": "technical-support-specialist",
    "playbook_title": "Technical Support Specialist",
    "items": ["sjt-angry-customer", "written-password-reset"],
    "time_limit_minutes": 30,
    "grace_seconds": 30,
    "link_validity_days": 7,
    "reminder_hours_before": 48,
    "hiring_manager_ids": [12],
    "interviewer_ids": [12, 15],
    "blind_review": False,
    "archived": False,
    "created_at": "2026-11-20T09:00:00Z",
}


class PipelineSettingsInput(serializers.Serializer[Any]):
    """The settings a pipeline is created with, or changed to (PATCH: only those sent change)."""

    name = serializers.CharField(max_length=200)
    items = serializers.ListField(
        child=serializers.CharField(max_length=100),
        max_length=200,
        required=False,
        help_text="Item slugs of the playbook (see /api/v1/playbooks/{slug}/). Omitted on create: the "
        "playbook's default 30-minute blueprint.",
    )
    time_limit_minutes = serializers.IntegerField(min_value=1, max_value=240, required=False)
    grace_seconds = serializers.IntegerField(
        min_value=0, max_value=600, required=False, help_text="Saves accepted after the deadline."
    )
    link_validity_days = serializers.IntegerField(min_value=1, max_value=90, required=False)
    reminder_hours_before = serializers.IntegerField(
        min_value=0,
        max_value=90 * 24,
        required=False,
        help_text="Hours before the link expires when a reminder goes out; 0 for none.",
    )
    hiring_manager_ids = _id_list_field("Membership ids of hiring managers of the organization.")
    interviewer_ids = _id_list_field("Membership ids of interviewers (or hiring managers).")


class PipelineCreateInput(PipelineSettingsInput):
    playbook = serializers.RegexField(
        r"^[-a-zA-Z0-9_]+$", max_length=100, help_text="The slug of a playbook of the library."
    )


class PipelineListApi(APIView):
    pagination_class = NewestFirstCursorPagination

    class Input(serializers.Serializer[Any]):
        archived = serializers.BooleanField(
            required=False, default=False, help_text="true: the archived pipelines instead."
        )

    @extend_schema(
        operation_id="pipelines_list",
        summary="List pipelines",
        description="The organization's hiring pipelines you may see, newest first: with an API key or as "
        "an admin or recruiter, all of them; as a hiring manager or interviewer, those you are on.",
        parameters=[Input],
        responses={200: PipelineOutput(many=True), **LIST_ERRORS},
        examples=[OpenApiExample("One page", value=PIPELINE_EXAMPLE, response_only=True)],
        tags=["pipelines"],
    )
    def get(self, request: Request) -> Response:
        membership = request_acting_membership(request)
        filters = self.Input(data=request.query_params)
        filters.is_valid(raise_exception=True)
        pipelines = (
            pipelines_visible(membership=membership)
            .filter(archived_at__isnull=not filters.validated_data["archived"])
            .prefetch_related("hiring_managers", "interviewers")
        )
        return _paginated(
            self, request, pipelines, lambda page: PipelineOutput(map(_pipeline_row, page), many=True).data
        )

    @extend_schema(
        operation_id="pipelines_create",
        summary="Create a pipeline",
        description="A hiring pipeline from a playbook of the library, with the assessment's items (the "
        "playbook's default 30-minute blueprint when `items` is omitted), its timing and its people. "
        "Needs a read and write key, or an admin or recruiter. Audited as `pipeline.created`.",
        request=PipelineCreateInput,
        responses={201: PipelineOutput, **WRITE_ERRORS},
        examples=[
            OpenApiExample(
                "Create",
                value={
                    "name": "Support Specialist, Lisbon",
                    "playbook": "technical-support-specialist",
                    "time_limit_minutes": 30,
                    "link_validity_days": 7,
                },
                request_only=True,
            ),
            OpenApiExample("Created", value=PIPELINE_EXAMPLE, response_only=True, status_codes=["201"]),
        ],
        tags=["pipelines"],
    )
    def post(self, request: Request) -> Response:
        membership = request_acting_membership(request)
        _require_manager(membership)
        data = PipelineCreateInput(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        pipeline = pipeline_create(
            organization=membership.organization,
            created_by=membership.user,
            name=values["name"],
            playbook_slug=values["playbook"],
            item_slugs=values.get("items"),
            hiring_manager_ids=values.get("hiring_manager_ids", []),
            interviewer_ids=values.get("interviewer_ids", []),
            time_limit_seconds=values.get("time_limit_minutes", 30) * 60,
            grace_seconds=values.get("grace_seconds", 30),
            link_validity_days=values.get("link_validity_days", 7),
            reminder_hours_before=values.get("reminder_hours_before", 48),
        )
        return Response(PipelineOutput(_pipeline_row(pipeline)).data, status=status.HTTP_201_CREATED)


PIPELINE_ID = id_parameter("pipeline_id", "The pipeline's id.")


class PipelineDetailApi(APIView):
    @extend_schema(
        operation_id="pipelines_retrieve",
        summary="Read one pipeline",
        description="One pipeline: its playbook, the assessment's items and timing, and its people.",
        parameters=[PIPELINE_ID],
        responses={200: PipelineOutput, **DETAIL_ERRORS},
        examples=[OpenApiExample("Pipeline", value=PIPELINE_EXAMPLE, response_only=True)],
        tags=["pipelines"],
    )
    def get(self, request: Request, pipeline_id: int) -> Response:
        membership = request_acting_membership(request)
        pipeline = pipeline_get_or_404(membership=membership, pipeline_id=_checked_id(pipeline_id))
        return Response(PipelineOutput(_pipeline_row(pipeline)).data)

    @extend_schema(
        operation_id="pipelines_partial_update",
        summary="Change a pipeline",
        description="Change the fields sent; the others keep their values. A change to the assessment "
        "(items, time limit, grace) applies to invitations sent from now on: candidates already invited "
        "keep the version frozen for them. Audited as `pipeline.updated`.",
        parameters=[PIPELINE_ID],
        request=PipelineSettingsInput(partial=True),
        responses={200: PipelineOutput, **WRITE_ERRORS},
        examples=[
            OpenApiExample("Longer links", value={"link_validity_days": 14}, request_only=True),
            OpenApiExample("Changed", value=PIPELINE_EXAMPLE, response_only=True),
        ],
        tags=["pipelines"],
    )
    def patch(self, request: Request, pipeline_id: int) -> Response:
        membership = request_acting_membership(request)
        pipeline = pipeline_get_or_404(membership=membership, pipeline_id=_checked_id(pipeline_id))
        _require_manager(membership)
        data = PipelineSettingsInput(data=request.data, partial=True)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        current = _pipeline_row(pipeline)
        pipeline = pipeline_update(
            pipeline=pipeline,
            changed_by=membership.user,
            name=values.get("name", pipeline.name),
            item_slugs=values.get("items", current["items"]),
            hiring_manager_ids=values.get("hiring_manager_ids", current["hiring_manager_ids"]),
            interviewer_ids=values.get("interviewer_ids", current["interviewer_ids"]),
            time_limit_seconds=values["time_limit_minutes"] * 60
            if "time_limit_minutes" in values
            else pipeline.time_limit_seconds,
            grace_seconds=values.get("grace_seconds", pipeline.grace_seconds),
            link_validity_days=values.get("link_validity_days", pipeline.link_validity_days),
            reminder_hours_before=values.get("reminder_hours_before", pipeline.reminder_hours_before),
        )
        pipeline = pipeline_get_or_404(membership=membership, pipeline_id=pipeline.pk)
        return Response(PipelineOutput(_pipeline_row(pipeline)).data)


# Applications ------------------------------------------------------------------------------------------


class CandidateOutput(serializers.Serializer[Any]):
    id = serializers.UUIDField(help_text="The candidate's public id (one per person in the organization).")
    name = serializers.CharField(help_text='Under blind review, "Candidate 3" until a decision.')
    email = serializers.EmailField(allow_null=True, help_text="null under blind review until a decision.")
    identity_hidden = serializers.BooleanField()


class ScoreSummaryOutput(serializers.Serializer[Any]):
    overall = serializers.FloatField(help_text="0 to 100.")
    recommendation = serializers.CharField()
    red_flag_count = serializers.IntegerField()
    competencies = serializers.DictField(child=serializers.IntegerField(), help_text="Rating 1-5.")


class ApplicationOutput(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    pipeline_id = serializers.IntegerField()
    stage = serializers.ChoiceField(choices=Stage.choices)
    stage_reason = serializers.CharField(allow_blank=True)
    stage_changed_at = serializers.DateTimeField()
    candidate = CandidateOutput()
    invitation_state = serializers.CharField()
    invited_at = serializers.DateTimeField(allow_null=True)
    link_expires_at = serializers.DateTimeField(allow_null=True)
    accommodation_minutes = serializers.FloatField(help_text="Extra time granted, in minutes.")
    attempt_id = serializers.UUIDField(
        allow_null=True,
        help_text="The attempt's public id once invited: poll /api/v1/results/?attempt=<id>.",
    )
    score = ScoreSummaryOutput(allow_null=True, help_text="null until the attempt is scored.")
    created_at = serializers.DateTimeField()


def _application_row(application: Any, membership: Any) -> dict[str, Any]:
    hidden = identity_hidden(membership=membership, application=application)
    candidate = application.candidate
    attempt = application.attempt
    score = None
    if application.score_overall is not None:
        score = {
            "overall": application.score_overall,
            "recommendation": application.score_recommendation,
            "red_flag_count": application.red_flag_count,
            "competencies": dict(application.competency_ratings or {}),
        }
    return {
        "id": application.pk,
        "pipeline_id": application.pipeline_id,
        "stage": application.stage,
        "stage_reason": application.stage_reason,
        "stage_changed_at": application.stage_changed_at,
        "candidate": {
            "id": candidate.public_id,
            "name": blind_label(application) if hidden else candidate.name,
            "email": None if hidden else candidate.email,
            "identity_hidden": hidden,
        },
        "invitation_state": application.invitation_state,
        "invited_at": application.invited_at,
        "link_expires_at": application.link_expires_at,
        "accommodation_minutes": round(application.accommodation_seconds / 60, 2),
        "attempt_id": attempt.public_id if attempt is not None else None,
        "score": score,
        "created_at": application.created_at,
    }


def _application_response(membership: Any, application_id: int, code: int = status.HTTP_200_OK) -> Response:
    fresh = application_get_or_404(membership=membership, application_id=application_id)
    return Response(ApplicationOutput(_application_row(fresh, membership)).data, status=code)


APPLICATION_EXAMPLE = {
    "id": 907,
    "pipeline_id": 41,
    "stage": "scored",
    "stage_reason": "",
    "stage_changed_at": "2026-11-21T10:40:02Z",
    "candidate": {
        "id": "0d9c8a43-58a5-4d8e-a3e4-7f0c0b2f5e61",
        "name": "Grace Hopper",
        "email": "grace@example.org",
        "identity_hidden": False,
    },
    "invitation_state": "sent",
    "invited_at": "2026-11-20T09:05:00Z",
    "link_expires_at": "2026-11-27T09:05:00Z",
    "accommodation_minutes": 0.0,
    "attempt_id": "5b0f7f5e-3d0e-4b43-9b1a-2f6f3f1d8c11",
    "score": {
        "overall": 72.5,
        "recommendation": "advance",
        "red_flag_count": 0,
        "competencies": {"customer-empathy": 4, "troubleshooting": 3},
    },
    "created_at": "2026-11-20T09:01:00Z",
}
APPLICATION_ADDED_EXAMPLE = {
    **APPLICATION_EXAMPLE,
    "stage": "added",
    "invitation_state": "not_sent",
    "invited_at": None,
    "link_expires_at": None,
    "attempt_id": None,
    "score": None,
}


class CandidateAddApi(APIView):
    class CandidateAddInput(serializers.Serializer[Any]):
        name = serializers.CharField(max_length=200)
        email = serializers.EmailField(max_length=254)

    @extend_schema(
        operation_id="pipelines_candidates_create",
        summary="Add a candidate to a pipeline",
        description="Adds the organization's candidate with this address (or a new one) to the pipeline and "
        "returns the application, in the `added` stage: invite it next. A candidate is in a pipeline once: "
        "the same address again is a 400 with code `duplicate`. Audited as `candidate.added`.",
        parameters=[PIPELINE_ID],
        request=CandidateAddInput,
        responses={201: ApplicationOutput, **WRITE_ERRORS},
        examples=[
            OpenApiExample(
                "Add", value={"name": "Grace Hopper", "email": "grace@example.org"}, request_only=True
            ),
            OpenApiExample(
                "Added", value=APPLICATION_ADDED_EXAMPLE, response_only=True, status_codes=["201"]
            ),
        ],
        tags=["applications"],
    )
    def post(self, request: Request, pipeline_id: int) -> Response:
        membership = request_acting_membership(request)
        pipeline = pipeline_get_or_404(membership=membership, pipeline_id=_checked_id(pipeline_id))
        _require_manager(membership)
        data = self.CandidateAddInput(data=request.data)
        data.is_valid(raise_exception=True)
        application = candidate_add(
            pipeline=pipeline,
            name=data.validated_data["name"],
            email=data.validated_data["email"],
            added_by=membership.user,
        )
        return _application_response(membership, application.pk, status.HTTP_201_CREATED)


class ApplicationListApi(APIView):
    pagination_class = NewestFirstCursorPagination

    class Input(serializers.Serializer[Any]):
        pipeline = serializers.IntegerField(
            min_value=1, max_value=MAX_ID, required=False, help_text="Only this pipeline's candidates."
        )
        stage = serializers.ChoiceField(choices=Stage.choices, required=False)
        email = serializers.EmailField(
            max_length=254, required=False, help_text="Only this candidate (address, any case)."
        )

    @extend_schema(
        operation_id="applications_list",
        summary="List applications",
        description="Candidates in pipelines (one application per candidate and pipeline), newest first, "
        "with their stage, invitation, attempt id and score summary. Under blind review a hiring manager "
        "or interviewer sees `Candidate N` and no address until a decision is recorded.",
        parameters=[Input],
        responses={200: ApplicationOutput(many=True), **LIST_ERRORS},
        examples=[OpenApiExample("One page", value=APPLICATION_EXAMPLE, response_only=True)],
        tags=["applications"],
    )
    def get(self, request: Request) -> Response:
        membership = request_acting_membership(request)
        filters = self.Input(data=request.query_params)
        filters.is_valid(raise_exception=True)
        values = filters.validated_data
        applications = applications_visible(membership=membership).select_related(
            "candidate", "pipeline", "attempt"
        )
        if "pipeline" in values:
            applications = applications.filter(pipeline_id=values["pipeline"])
        if "stage" in values:
            applications = applications.filter(stage=values["stage"])
        if "email" in values:
            applications = applications.filter(candidate__email__iexact=values["email"])
            if not can_manage(membership):
                # Finding a blind candidate by their address would reveal who they are.
                applications = applications.exclude(pipeline__blind_review=True, decided_at__isnull=True)
        return _paginated(
            self,
            request,
            applications,
            lambda page: (
                ApplicationOutput(
                    [_application_row(application, membership) for application in page], many=True
                ).data
            ),
        )


APPLICATION_ID = id_parameter("application_id", "The application's id.")


class ApplicationDetailApi(APIView):
    @extend_schema(
        operation_id="applications_retrieve",
        summary="Read one application",
        description="One candidate in one pipeline: stage, candidate (blind review respected), invitation, "
        "the attempt's public id and its score summary. The full report is at "
        "/api/v1/results/?application=<id>.",
        parameters=[APPLICATION_ID],
        responses={200: ApplicationOutput, **DETAIL_ERRORS},
        examples=[OpenApiExample("Application", value=APPLICATION_EXAMPLE, response_only=True)],
        tags=["applications"],
    )
    def get(self, request: Request, application_id: int) -> Response:
        membership = request_acting_membership(request)
        return _application_response(membership, _checked_id(application_id))


class _ApplicationWriteApi(APIView):
    """A POST on one application: looked up first (404), then the role (403), then the body (400)."""

    def _application(self, request: Request, application_id: int) -> tuple[Any, Any]:
        membership = request_acting_membership(request)
        application = application_get_or_404(
            membership=membership, application_id=_checked_id(application_id)
        )
        _require_manager(membership)
        return membership, application


class ApplicationStageApi(APIView):
    class StageMoveInput(serializers.Serializer[Any]):
        stage = serializers.ChoiceField(choices=[(str(stage), stage.label) for stage in MANUAL_STAGES])
        reason = serializers.CharField(
            max_length=2000,
            required=False,
            allow_blank=True,
            default="",
            help_text="Needed for rejected and withdrawn: kept with the decision.",
        )

    @extend_schema(
        operation_id="applications_stage_create",
        summary="Move a candidate to another stage",
        description="Moves the candidate to interview, offer, hired, rejected or withdrawn (the last two "
        "need a `reason`); invited, started, submitted and scored follow the assessment by themselves. "
        "Admins, recruiters, the pipeline's hiring managers and read and write keys may. Moving to the "
        "stage the candidate is in changes nothing. Audited as `candidate.stage_changed`, and sent as the "
        "`application.stage_changed` webhook.",
        parameters=[APPLICATION_ID],
        request=StageMoveInput,
        responses={200: ApplicationOutput, **WRITE_ERRORS},
        examples=[
            OpenApiExample(
                "Reject",
                value={"stage": "rejected", "reason": "Chose a candidate with more phone support."},
                request_only=True,
            ),
            OpenApiExample(
                "Moved",
                value={**APPLICATION_EXAMPLE, "stage": "interview"},
                response_only=True,
            ),
        ],
        tags=["applications"],
    )
    def post(self, request: Request, application_id: int) -> Response:
        membership = request_acting_membership(request)
        application = application_get_or_404(
            membership=membership, application_id=_checked_id(application_id)
        )
        if not pipeline_can_decide(membership=membership, pipeline=application.pipeline):
            raise PermissionDenied(
                "Only admins, recruiters and this pipeline's hiring managers can move its candidates."
            )
        data = self.StageMoveInput(data=request.data)
        data.is_valid(raise_exception=True)
        application_stage_move(
            application=application,
            stage=data.validated_data["stage"],
            reason=data.validated_data["reason"],
            moved_by=membership.user,
        )
        return _application_response(membership, application.pk)


# Invitations -------------------------------------------------------------------------------------------


class InvitationBatchOutput(serializers.Serializer[Any]):
    invited = serializers.IntegerField(help_text="Candidates invited now (one email each).")
    skipped = serializers.IntegerField(
        help_text="Of those asked for, how many were not invited: already invited, or not in the pipeline."
    )
    assessment_version_id = serializers.IntegerField(
        allow_null=True, help_text="The frozen assessment version the invitations use."
    )


class InvitationSendApi(APIView):
    class InvitationSendInput(serializers.Serializer[Any]):
        application_ids = _id_list_field(
            "Applications of this pipeline to invite; omitted: every candidate not invited yet."
        )

    @extend_schema(
        operation_id="pipelines_invitations_create",
        summary="Invite candidates",
        description="Each chosen candidate of the pipeline (all those not yet invited when "
        "`application_ids` is omitted) gets an attempt at the pipeline's assessment, frozen now, and an "
        "email with their personal link. Idempotent: a candidate already invited is skipped (use "
        "`invitation/resend/` for a new link). Audited as `candidate.invited`.",
        parameters=[PIPELINE_ID],
        request=InvitationSendInput,
        responses={200: InvitationBatchOutput, **WRITE_ERRORS},
        examples=[
            OpenApiExample("Invite one", value={"application_ids": [907]}, request_only=True),
            OpenApiExample(
                "Sent", value={"invited": 1, "skipped": 0, "assessment_version_id": 88}, response_only=True
            ),
        ],
        tags=["invitations"],
    )
    def post(self, request: Request, pipeline_id: int) -> Response:
        membership = request_acting_membership(request)
        pipeline = pipeline_get_or_404(membership=membership, pipeline_id=_checked_id(pipeline_id))
        _require_manager(membership)
        data = self.InvitationSendInput(data=request.data)
        data.is_valid(raise_exception=True)
        batch = invitations_send(
            pipeline=pipeline,
            sent_by=membership.user,
            application_ids=data.validated_data.get("application_ids"),
        )
        return Response(InvitationBatchOutput(batch.model_dump()).data)


class InvitationResendApi(_ApplicationWriteApi):
    @extend_schema(
        operation_id="applications_invitation_resend_create",
        summary="Send the invitation again",
        description="A new email with a new link, valid for the pipeline's full validity from now; the old "
        "link stops working. Refused once the candidate has submitted. Audited as "
        "`candidate.invitation_resent`.",
        parameters=[APPLICATION_ID],
        request=None,
        responses={200: ApplicationOutput, **WRITE_ERRORS},
        examples=[OpenApiExample("Sent again", value=APPLICATION_EXAMPLE, response_only=True)],
        tags=["invitations"],
    )
    def post(self, request: Request, application_id: int) -> Response:
        membership, application = self._application(request, application_id)
        invitation_resend(application=application, sent_by=membership.user)
        return _application_response(membership, application.pk)


class InvitationRevokeApi(_ApplicationWriteApi):
    @extend_schema(
        operation_id="applications_invitation_revoke_create",
        summary="Revoke the invitation",
        description="The emailed link stops working at once (a resend gives a new one). Revoking twice "
        "changes nothing. Audited as `candidate.invitation_revoked`.",
        parameters=[APPLICATION_ID],
        request=None,
        responses={200: ApplicationOutput, **WRITE_ERRORS},
        examples=[
            OpenApiExample(
                "Revoked", value={**APPLICATION_EXAMPLE, "invitation_state": "revoked"}, response_only=True
            )
        ],
        tags=["invitations"],
    )
    def post(self, request: Request, application_id: int) -> Response:
        membership, application = self._application(request, application_id)
        invitation_revoke(application=application, revoked_by=membership.user)
        return _application_response(membership, application.pk)


class InvitationExtendApi(_ApplicationWriteApi):
    class InvitationExtendInput(serializers.Serializer[Any]):
        valid_until = serializers.DateTimeField(help_text="The link keeps working until then (ISO 8601).")

        def validate_valid_until(self, value: Any) -> Any:
            if value.year > 2999:
                raise serializers.ValidationError("Choose a date within the next few months.")
            return value

    @extend_schema(
        operation_id="applications_invitation_extend_create",
        summary="Extend the invitation's link",
        description="The same link keeps working until `valid_until` (in the future); the automatic "
        "reminder is set again for it. Audited as `candidate.invitation_extended`.",
        parameters=[APPLICATION_ID],
        request=InvitationExtendInput,
        responses={200: ApplicationOutput, **WRITE_ERRORS},
        examples=[
            OpenApiExample("Extend", value={"valid_until": "2026-12-04T17:00:00Z"}, request_only=True),
            OpenApiExample(
                "Extended",
                value={**APPLICATION_EXAMPLE, "link_expires_at": "2026-12-04T17:00:00Z"},
                response_only=True,
            ),
        ],
        tags=["invitations"],
    )
    def post(self, request: Request, application_id: int) -> Response:
        membership, application = self._application(request, application_id)
        data = self.InvitationExtendInput(data=request.data)
        data.is_valid(raise_exception=True)
        invitation_extend(
            application=application,
            valid_until=data.validated_data["valid_until"],
            extended_by=membership.user,
        )
        return _application_response(membership, application.pk)


class AccommodationApi(_ApplicationWriteApi):
    class AccommodationInput(serializers.Serializer[Any]):
        percent = serializers.FloatField(
            min_value=0,
            max_value=ACCOMMODATION_MAX_PERCENT,
            required=False,
            help_text="Extra time as a percentage of the time limit (give this or minutes).",
        )
        minutes = serializers.FloatField(
            min_value=0, max_value=ACCOMMODATION_MAX_MINUTES, required=False, help_text="Extra minutes."
        )

    @extend_schema(
        operation_id="applications_invitation_accommodation_create",
        summary="Grant extra time",
        description="Extra time as an accommodation: before the invitation, before the start or during the "
        "attempt (the deadline moves at once). Give `percent` of the time limit or `minutes`, not both. "
        "Audited as `candidate.accommodation_granted`.",
        parameters=[APPLICATION_ID],
        request=AccommodationInput,
        responses={200: ApplicationOutput, **WRITE_ERRORS},
        examples=[
            OpenApiExample("Half as long again", value={"percent": 50}, request_only=True),
            OpenApiExample(
                "Granted", value={**APPLICATION_EXAMPLE, "accommodation_minutes": 15.0}, response_only=True
            ),
        ],
        tags=["invitations"],
    )
    def post(self, request: Request, application_id: int) -> Response:
        membership, application = self._application(request, application_id)
        data = self.AccommodationInput(data=request.data)
        data.is_valid(raise_exception=True)
        accommodation_grant(
            application=application,
            granted_by=membership.user,
            percent=data.validated_data.get("percent"),
            minutes=data.validated_data.get("minutes"),
        )
        return _application_response(membership, application.pk)
