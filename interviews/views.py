"""Interview pages: the kit (and its printable copy), scheduling, an application's interviews, one
interview with the interviewer's scorecard (autosaved drafts, submission, amendment), a scorecard's
history, and a pipeline's calibration. Who sees what is decided in `interviews.selectors`."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from accounts.permissions import request_membership, role_required
from accounts.types import ApplicationError
from candidates.selectors import pipeline_get_or_404
from interviews import selectors, services
from interviews.forms import ScheduleForm, ScorecardForm, form_error
from interviews.models import Interview, Scorecard


@role_required()
def interview_list(request: HttpRequest) -> HttpResponse:
    membership = request_membership(request)
    mine = selectors.interview_list_upcoming(membership=membership, limit=50)
    others = [
        interview
        for interview in selectors.interviews_visible(membership=membership)
        .filter(ends_at__gte=timezone.now())
        .select_related("application__candidate", "application__pipeline")
        .order_by("scheduled_at", "pk")[:50]
        if interview not in mine
    ]
    return render(request, "interviews/interview_list.html", {"mine": mine, "others": others})


def _kit_context(request: HttpRequest, pipeline_id: int) -> dict[str, Any]:
    pipeline = pipeline_get_or_404(membership=request_membership(request), pipeline_id=pipeline_id)
    spec = selectors.interview_kit(pipeline=pipeline)
    return {"pipeline": pipeline, "spec": spec, "questions": selectors.kit_questions(spec)}


@role_required()
def kit(request: HttpRequest, pipeline_id: int) -> HttpResponse:
    return render(request, "interviews/kit.html", _kit_context(request, pipeline_id))


@role_required()
def kit_print(request: HttpRequest, pipeline_id: int) -> HttpResponse:
    return render(request, "interviews/kit_print.html", _kit_context(request, pipeline_id))


@role_required()
def calibration(request: HttpRequest, pipeline_id: int) -> HttpResponse:
    membership = request_membership(request)
    pipeline = pipeline_get_or_404(membership=membership, pipeline_id=pipeline_id)
    if not selectors.interview_can_schedule(membership=membership, pipeline=pipeline):
        raise PermissionDenied(
            "Interviewer calibration is for admins, recruiters and this pipeline's hiring managers."
        )
    return render(
        request,
        "interviews/calibration.html",
        {"pipeline": pipeline, "calibration": selectors.pipeline_calibration(pipeline=pipeline)},
    )


@role_required()
def application_interviews(request: HttpRequest, application_id: int) -> HttpResponse:
    membership = request_membership(request)
    application = selectors.interview_application_get_or_404(
        membership=membership, application_id=application_id
    )
    return render(
        request,
        "interviews/application_interviews.html",
        {
            "application": application,
            "interviews": selectors.interview_list_for_application(
                membership=membership, application=application
            ),
            "can_schedule": selectors.interview_can_schedule(
                membership=membership, pipeline=application.pipeline
            ),
            "section": selectors.interview_report_section(application=application, membership=membership),
        },
    )


@role_required()
def interview_schedule(request: HttpRequest, application_id: int) -> HttpResponse:
    membership = request_membership(request)
    application = selectors.interview_application_get_or_404(
        membership=membership, application_id=application_id
    )
    if not selectors.interview_can_schedule(membership=membership, pipeline=application.pipeline):
        raise PermissionDenied(
            "Only admins, recruiters and this pipeline's hiring managers schedule interviews."
        )
    interviewers = list(application.pipeline.interviewers.select_related("user").order_by("user__full_name"))
    form = ScheduleForm(request.POST or None, interviewers=interviewers)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            interview = services.interview_schedule(
                application=application,
                starts_at=timezone.make_naive(data["starts_at"])
                if timezone.is_aware(data["starts_at"])
                else data["starts_at"],
                time_zone=data["time_zone"],
                duration_minutes=data["duration_minutes"],
                interviewer_ids=[int(each) for each in data["interviewers"]],
                meeting_url=data["meeting_url"],
                scheduled_by=request.user,
            )
        except ApplicationError as error:
            form_error(form, error)
        else:
            messages.success(request, "The interview is scheduled and the interviewers have been emailed.")
            return redirect("interviews:interview_detail", interview_id=interview.pk)
    return render(
        request,
        "interviews/schedule.html",
        {"application": application, "form": form, "interviewers": interviewers},
    )


def _interview(request: HttpRequest, interview_id: int) -> Interview:
    return selectors.interview_get_or_404(membership=request_membership(request), interview_id=interview_id)


@role_required()
def interview_detail(request: HttpRequest, interview_id: int) -> HttpResponse:
    membership = request_membership(request)
    interview = _interview(request, interview_id)
    application = interview.application
    spec = selectors.interview_kit(pipeline=application.pipeline)
    assignments = list(interview.assignments.select_related("membership__user"))
    is_interviewer = any(each.membership_id == membership.pk for each in assignments)
    scorecard = (
        selectors.scorecard_own(membership=membership, interview=interview) if is_interviewer else None
    )
    amending = bool(scorecard and scorecard.status == Scorecard.Status.SUBMITTED and request.GET.get("amend"))
    form: ScorecardForm | None = None
    if is_interviewer:
        if request.method == "POST":
            form = ScorecardForm(request.POST, spec=spec)
            response = _scorecard_post(request, interview=interview, scorecard=scorecard, form=form)
            if response is not None:
                return response
            amending = request.POST.get("action") == "amend"
        elif scorecard is None or scorecard.status == Scorecard.Status.DRAFT or amending:
            initial = (
                ScorecardForm.initial_from(
                    ratings=scorecard.ratings,
                    red_flags=scorecard.red_flags,
                    recommendation=scorecard.recommendation,
                    summary=scorecard.summary,
                )
                if scorecard is not None
                else {}
            )
            form = ScorecardForm(initial=initial, spec=spec)
    elif request.method == "POST":
        raise PermissionDenied("Only the interviewers of this interview file scorecards for it.")
    locked = scorecard is not None and scorecard.status == Scorecard.Status.SUBMITTED and not amending
    questions = selectors.kit_questions(spec)
    shown = form if not locked else None
    return render(
        request,
        "interviews/interview_detail.html",
        {
            "interview": interview,
            "application": application,
            "assignments": assignments,
            "spec": spec,
            "questions": questions,
            "question_rows": shown.question_rows(questions) if shown is not None else [],
            "flag_rows": shown.flag_rows() if shown is not None else [],
            "is_interviewer": is_interviewer,
            "scorecard": scorecard,
            "form": shown,
            "amending": amending,
            "locked": locked,
            "own_row": selectors.scorecard_row(scorecard, spec) if locked and scorecard is not None else None,
            "section": selectors.interview_report_section(application=application, membership=membership),
            "can_schedule": selectors.interview_can_schedule(
                membership=membership, pipeline=application.pipeline
            ),
        },
        status=400 if form is not None and form.errors else 200,
    )


def _scorecard_post(
    request: HttpRequest, *, interview: Interview, scorecard: Scorecard | None, form: ScorecardForm
) -> HttpResponse | None:
    """Save, submit or amend; a redirect when it worked, None to show the form again with its errors."""
    membership = request_membership(request)
    action = request.POST.get("action", "save_draft")
    if not form.is_valid():
        return None
    data = form.scorecard_input()
    try:
        if action == "submit":
            services.scorecard_submit(interview=interview, membership=membership, data=data)
            messages.success(request, "Your scorecard is submitted and locked. You can now read the others'.")
        elif action == "amend":
            if scorecard is None:
                raise ApplicationError("There is no submitted scorecard to amend.")
            services.scorecard_amend(
                scorecard=scorecard,
                membership=membership,
                data=data,
                reason=form.cleaned_data.get("reason", ""),
            )
            messages.success(
                request, "Your scorecard is amended: a new version was kept beside the earlier one."
            )
        else:
            services.scorecard_draft_save(interview=interview, membership=membership, data=data)
            messages.success(request, "Draft saved. Only you can see it until you submit.")
    except ApplicationError as error:
        problems = error.extra.get("problems")
        if action == "submit" and isinstance(problems, dict):
            # Keep what was typed as the draft: the page shows the errors, the work is not lost.
            services.scorecard_draft_save(interview=interview, membership=membership, data=data)
        if isinstance(problems, dict):
            form.problems_add(problems)
        else:
            form.add_error(None, error.message)
        return None
    return redirect(
        reverse("interviews:interview_detail", kwargs={"interview_id": interview.pk}) + "#scorecard"
    )


@require_POST
@role_required()
def scorecard_autosave(request: HttpRequest, interview_id: int) -> HttpResponse:
    """The draft autosave of the scorecard page's script: JSON in both directions of success."""
    membership = request_membership(request)
    interview = _interview(request, interview_id)
    spec = selectors.interview_kit(pipeline=interview.application.pipeline)
    form = ScorecardForm(request.POST, spec=spec)
    if not form.is_valid():
        return JsonResponse({"saved": False, "error": "Some fields are too long to save."}, status=400)
    try:
        scorecard = services.scorecard_draft_save(
            interview=interview, membership=membership, data=form.scorecard_input()
        )
    except ApplicationError as error:
        return JsonResponse({"saved": False, "error": error.message}, status=409)
    saved_at = scorecard.draft_saved_at or timezone.now()
    return JsonResponse({"saved": True, "saved_at": saved_at.isoformat()})


@role_required()
def scorecard_history(request: HttpRequest, scorecard_id: int) -> HttpResponse:
    membership = request_membership(request)
    scorecard = selectors.scorecard_get_or_404(membership=membership, scorecard_id=scorecard_id)
    spec = selectors.interview_kit(pipeline=scorecard.interview.application.pipeline)
    return render(
        request,
        "interviews/scorecard_history.html",
        {"scorecard": scorecard, "versions": selectors.scorecard_versions(scorecard=scorecard, spec=spec)},
    )
