"""API v1 for interviews and their submitted scorecards, read through interviews' selectors: the same rules
as the browser on who sees which interview, and on scorecard independence (an interviewer reads the others'
scorecards only once theirs is in; an API key acts as the admin who created it, so it reads them all)."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import OpenApiExample, extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api.apis import MAX_ID, _paginated
from api.errors import DETAIL_ERRORS, LIST_ERRORS
from api.pagination import NewestFirstCursorPagination
from api.permissions import request_acting_membership
from api.pipeline_apis import _checked_id, id_parameter
from candidates.selectors import blind_label, identity_hidden
from interviews.selectors import (
    interview_get_or_404,
    interview_kit,
    interviews_visible,
    person_label,
    scorecard_row,
    scorecards_visible,
)


class ScorecardQuestionOutput(serializers.Serializer[Any]):
    text = serializers.CharField()
    rating = serializers.IntegerField(allow_null=True, help_text="1 to 5; null when not rated.")
    notes = serializers.CharField(allow_blank=True)


class ScorecardFlagOutput(serializers.Serializer[Any]):
    code = serializers.CharField()
    title = serializers.CharField()
    note = serializers.CharField(allow_blank=True)


class ScorecardOutput(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    interviewer = serializers.CharField()
    interviewer_id = serializers.IntegerField(help_text="The interviewer's membership id.")
    version = serializers.IntegerField(help_text="1, then one more for each amendment.")
    submitted_at = serializers.DateTimeField(allow_null=True)
    recommendation = serializers.CharField(allow_blank=True)
    summary = serializers.CharField(allow_blank=True)
    questions = ScorecardQuestionOutput(many=True)
    red_flags = ScorecardFlagOutput(many=True)


class InterviewOutput(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    application_id = serializers.IntegerField()
    candidate_name = serializers.CharField(help_text='Under blind review, "Candidate N" until a decision.')
    scheduled_at = serializers.DateTimeField()
    ends_at = serializers.DateTimeField()
    duration_minutes = serializers.IntegerField()
    time_zone = serializers.CharField()
    meeting_url = serializers.CharField(allow_blank=True)
    interviewers = serializers.ListField(child=serializers.CharField())


class InterviewDetailOutput(InterviewOutput):
    scorecards = ScorecardOutput(many=True, help_text="The submitted scorecards you may read.")


def _interview_row(interview: Any, membership: Any) -> dict[str, Any]:
    application = interview.application
    hidden = identity_hidden(membership=membership, application=application)
    return {
        "id": interview.pk,
        "application_id": application.pk,
        "candidate_name": blind_label(application) if hidden else application.candidate.name,
        "scheduled_at": interview.scheduled_at,
        "ends_at": interview.ends_at,
        "duration_minutes": interview.duration_minutes,
        "time_zone": interview.time_zone,
        "meeting_url": interview.meeting_url,
        "interviewers": [person_label(assignment.membership) for assignment in interview.assignments.all()],
    }


INTERVIEW_EXAMPLE = {
    "id": 77,
    "application_id": 907,
    "candidate_name": "Grace Hopper",
    "scheduled_at": "2026-11-25T14:00:00Z",
    "ends_at": "2026-11-25T14:45:00Z",
    "duration_minutes": 45,
    "time_zone": "Europe/Lisbon",
    "meeting_url": "https://meet.example.com/support-77",
    "interviewers": ["Ivan Interviewer"],
}
SCORECARD_EXAMPLE = {
    "id": 301,
    "interviewer": "Ivan Interviewer",
    "interviewer_id": 15,
    "version": 1,
    "submitted_at": "2026-11-25T15:02:00Z",
    "recommendation": "hire",
    "summary": "Calm under pressure; clear written steps.",
    "questions": [
        {"text": "Tell us about a time you calmed an angry customer.", "rating": 4, "notes": "Good example."}
    ],
    "red_flags": [],
}


class InterviewListApi(APIView):
    pagination_class = NewestFirstCursorPagination

    class Input(serializers.Serializer[Any]):
        application = serializers.IntegerField(
            min_value=1, max_value=MAX_ID, required=False, help_text="Only this application's interviews."
        )

    @extend_schema(
        operation_id="interviews_list",
        summary="List interviews",
        description="The interviews you may see, newest first: with an API key, as an admin or a recruiter "
        "all of the organization's; as a hiring manager those of your pipelines; as an interviewer yours.",
        parameters=[Input],
        responses={200: InterviewOutput(many=True), **LIST_ERRORS},
        examples=[OpenApiExample("One page", value=INTERVIEW_EXAMPLE, response_only=True)],
        tags=["interviews"],
    )
    def get(self, request: Request) -> Response:
        membership = request_acting_membership(request)
        filters = self.Input(data=request.query_params)
        filters.is_valid(raise_exception=True)
        interviews = interviews_visible(membership=membership).select_related(
            "application__candidate", "application__pipeline"
        )
        if "application" in filters.validated_data:
            interviews = interviews.filter(application_id=filters.validated_data["application"])
        interviews = interviews.prefetch_related("assignments__membership__user")
        return _paginated(
            self,
            request,
            interviews,
            lambda page: InterviewOutput([_interview_row(each, membership) for each in page], many=True).data,
        )


class InterviewDetailApi(APIView):
    @extend_schema(
        operation_id="interviews_retrieve",
        summary="Read one interview and its scorecards",
        description="One interview with the submitted scorecards you may read: all of them with an API key, "
        "as an admin, a recruiter or the pipeline's hiring manager; as an interviewer, the others' only "
        "once yours is submitted. Drafts are never shown.",
        parameters=[id_parameter("interview_id", "The interview's id.")],
        responses={200: InterviewDetailOutput, **DETAIL_ERRORS},
        examples=[
            OpenApiExample(
                "Interview",
                value={**INTERVIEW_EXAMPLE, "scorecards": [SCORECARD_EXAMPLE]},
                response_only=True,
            )
        ],
        tags=["interviews"],
    )
    def get(self, request: Request, interview_id: int) -> Response:
        membership = request_acting_membership(request)
        interview = interview_get_or_404(membership=membership, interview_id=_checked_id(interview_id))
        application = interview.application
        spec = interview_kit(pipeline=application.pipeline)
        scorecards = [
            scorecard_row(scorecard, spec)
            for scorecard in scorecards_visible(membership=membership, application=application)
            if scorecard.interview_id == interview.pk and scorecard.status == "submitted"
        ]
        return Response(
            InterviewDetailOutput({**_interview_row(interview, membership), "scorecards": scorecards}).data
        )
