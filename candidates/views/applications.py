"""One candidate: every pipeline they are in, their timeline, and the actions on each application (send
again, revoke, extend, extra time, remind, move).
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from accounts.permissions import request_membership, role_required
from accounts.types import ApplicationError
from candidates import selectors, services
from candidates.forms import (
    ExtendForm,
    ExtraTimeForm,
    StageMoveForm,
)
from candidates.models import Application, InvitationState, Stage
from candidates.views.common import DECIDERS, MANAGERS, signed_in_user


@role_required()
def candidate_detail(request: HttpRequest, candidate_id: Any) -> HttpResponse:
    membership = request_membership(request)
    candidate, applications = selectors.candidate_get_or_404(membership=membership, candidate_id=candidate_id)
    can_manage = selectors.can_manage(membership)
    # Blind review: a reviewer who may not yet know who this is sees the first hidden application's label.
    hidden = [
        app for app in applications if selectors.identity_hidden(membership=membership, application=app)
    ]
    rows = []
    for application in applications:
        can_decide = selectors.pipeline_can_decide(membership=membership, pipeline=application.pipeline)
        rows.append(
            {
                "application": application,
                "version_label": selectors.pipeline_version_labels(pipeline=application.pipeline).get(
                    application.assessment_version_id or 0, ""
                ),
                "can_decide": can_decide,
                "stage_form": StageMoveForm(prefix=f"stage-{application.pk}"),
                "extend_form": ExtendForm(
                    prefix=f"extend-{application.pk}",
                    initial={"valid_until": ExtendForm.suggested(application.link_expires_at)},
                ),
                "extra_form": ExtraTimeForm(prefix=f"extra-{application.pk}"),
                "link_open": application.attempt is not None
                and application.attempt.status in ("not_started", "in_progress"),
                "not_started": application.attempt is not None
                and application.attempt.status == "not_started",
            }
        )
    return render(
        request,
        "candidates/candidate_detail.html",
        {
            "candidate": candidate,
            "identity_hidden": bool(hidden),
            "display_name": selectors.blind_label(hidden[0]) if hidden else candidate.name,
            "rows": rows,
            "timeline": selectors.candidate_timeline(applications=applications),
            "can_manage": can_manage,
            "InvitationState": InvitationState,
            "now": timezone.now(),
        },
    )


def _application(request: HttpRequest, application_id: int) -> Application:
    return selectors.application_get_or_404(
        membership=request_membership(request), application_id=application_id
    )


def _back_to(application: Application) -> HttpResponse:
    url = reverse("candidates:candidate_detail", kwargs={"candidate_id": application.candidate.public_id})
    return redirect(f"{url}#application-{application.pk}")


def _done(request: HttpRequest, application: Application, text: str) -> HttpResponse:
    messages.success(request, text)
    return _back_to(application)


def _refused(request: HttpRequest, application: Application, error: ApplicationError) -> HttpResponse:
    messages.error(request, error.message)
    return _back_to(application)


@require_POST
@role_required(*MANAGERS)
def application_resend(request: HttpRequest, application_id: int) -> HttpResponse:
    application = _application(request, application_id)
    try:
        services.invitation_resend(application=application, sent_by=signed_in_user(request))
    except ApplicationError as error:
        return _refused(request, application, error)
    return _done(
        request,
        application,
        f"A new link was emailed to {application.candidate.email}; the old one no longer works.",
    )


@require_POST
@role_required(*MANAGERS)
def application_revoke(request: HttpRequest, application_id: int) -> HttpResponse:
    application = _application(request, application_id)
    try:
        services.invitation_revoke(application=application, revoked_by=signed_in_user(request))
    except ApplicationError as error:
        return _refused(request, application, error)
    return _done(
        request,
        application,
        f"{application.candidate.name}'s link no longer works. Send the invitation again to give a new one.",
    )


@require_POST
@role_required(*MANAGERS)
def application_extend(request: HttpRequest, application_id: int) -> HttpResponse:
    application = _application(request, application_id)
    form = ExtendForm(request.POST, prefix=f"extend-{application.pk}")
    if not form.is_valid():
        return _refused(
            request, application, ApplicationError("Choose the date until which the link should work.")
        )
    try:
        services.invitation_extend(
            application=application,
            valid_until=form.valid_until_moment(),
            extended_by=signed_in_user(request),
        )
    except ApplicationError as error:
        return _refused(request, application, error)
    return _done(
        request, application, f"The link now works until {form.valid_until_moment():%d %b %Y, %H:%M} UTC."
    )


@require_POST
@role_required(*MANAGERS)
def application_extra_time(request: HttpRequest, application_id: int) -> HttpResponse:
    application = _application(request, application_id)
    form = ExtraTimeForm(request.POST, prefix=f"extra-{application.pk}")
    if not form.is_valid():
        return _refused(
            request, application, ApplicationError("Enter the extra time as a number, in percent or minutes.")
        )
    amount, unit = form.cleaned_data["amount"], form.cleaned_data["unit"]
    try:
        updated = services.accommodation_grant(
            application=application,
            granted_by=signed_in_user(request),
            percent=amount if unit == "percent" else None,
            minutes=amount if unit == "minutes" else None,
        )
    except ApplicationError as error:
        return _refused(request, application, error)
    minutes = updated.accommodation_seconds / 60
    return _done(request, application, f"{application.candidate.name} now has {minutes:g} extra minutes.")


@require_POST
@role_required(*MANAGERS)
def application_remind(request: HttpRequest, application_id: int) -> HttpResponse:
    application = _application(request, application_id)
    try:
        services.reminder_send(application=application, sent_by=signed_in_user(request))
    except ApplicationError as error:
        return _refused(request, application, error)
    return _done(request, application, f"Reminder sent to {application.candidate.email}.")


@require_POST
@role_required(*DECIDERS)
def application_stage(request: HttpRequest, application_id: int) -> HttpResponse:
    application = _application(request, application_id)
    form = StageMoveForm(request.POST, prefix=f"stage-{application.pk}")
    if not form.is_valid():
        return _refused(request, application, ApplicationError("Choose a stage to move the candidate to."))
    try:
        moved = services.application_stage_move(
            application=application,
            stage=form.cleaned_data["stage"],
            reason=form.cleaned_data["reason"],
            moved_by=signed_in_user(request),
        )
    except ApplicationError as error:
        return _refused(request, application, error)
    label = Stage(form.cleaned_data["stage"]).label.lower()
    if not moved:
        messages.info(request, f"{application.candidate.name} already is in {label}.")
        return _back_to(application)
    return _done(request, application, f"{application.candidate.name} moved to {label}.")
