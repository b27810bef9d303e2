"""Invitations and their emails: inviting (which freezes the assessment version), sending again, revoking,
extending a link, extra time, reminders by hand and by beat, and the email log the worker writes.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.utils import timezone

from accounts.types import ApplicationError
from assessments.selectors import candidate_link_url
from assessments.services import (
    assessment_version_freeze,
    attempt_accommodation_set,
    attempt_create,
    attempt_link_extend,
    attempt_link_issue,
    attempt_link_revoke,
)
from audit.services import audit_record
from audit.types import AuditActor
from candidates.models import (
    Application,
    CandidateEmail,
    InvitationState,
    Pipeline,
    Stage,
)
from candidates.services.access import (
    _actor,
    _application_fresh,
    _application_locked,
    _applications_locked,
    _now,
    _pipeline_locked,
    _require_manager,
)
from candidates.services.stages import _stage_set
from candidates.types import InvitationBatch

logger = logging.getLogger(__name__)

REMINDER_ACTOR = AuditActor.system("automatic reminders")
ACCOMMODATION_MAX_PERCENT = 300
ACCOMMODATION_MAX_MINUTES = 600
REMINDER_BATCH = 200


def _pipeline_assessment_version(pipeline: Pipeline, *, actor: AuditActor) -> Any:
    """The version this pipeline's next invitation uses, frozen now if the settings changed (or on the
    first invitation). Freezing identical settings again gives back the same version."""
    if pipeline.current_assessment_version_id is not None:
        return pipeline.current_assessment_version
    version = assessment_version_freeze(
        organization=pipeline.organization,
        playbook_version=pipeline.playbook_version,
        item_slugs=list(pipeline.item_slugs),
        time_limit_seconds=pipeline.time_limit_seconds,
        grace_seconds=pipeline.grace_seconds,
        label=f"{pipeline.name}: {len(pipeline.item_slugs)} items, {pipeline.time_limit_seconds // 60} min",
        actor=actor,
    )
    pipeline.current_assessment_version = version
    pipeline.save(update_fields=["current_assessment_version", "updated_at"])
    return version


def _reminder_due(application: Application, pipeline: Pipeline, *, now: datetime) -> datetime | None:
    if not pipeline.reminder_hours_before or application.link_expires_at is None:
        return None
    due = application.link_expires_at - timedelta(hours=pipeline.reminder_hours_before)
    # A link that expires sooner than the reminder period gets no automatic reminder minutes after its
    # invitation: the invitation itself is the reminder.
    return due if due > now else None


def _email_context(application: Application, *, link_url: str, sent_by: Any | None) -> dict[str, Any]:
    pipeline = application.pipeline
    attempt = application.attempt
    contact_name = attempt.contact_name if attempt is not None else ""
    contact_email = attempt.contact_email if attempt is not None else ""
    if sent_by is not None:
        contact_name, contact_email = str(sent_by), sent_by.email
    version = application.assessment_version
    time_limit = version.time_limit_seconds if version is not None else pipeline.time_limit_seconds
    return {
        "candidate_name": application.candidate.name,
        "organization_name": pipeline.organization.name,
        "pipeline_name": pipeline.name,
        "link_url": link_url,
        "expires_at": application.link_expires_at,
        "time_limit_minutes": time_limit // 60,
        "extra_minutes": application.accommodation_seconds // 60,
        "contact_name": contact_name,
        "contact_email": contact_email,
    }


def _email_queue(
    *, application: Application, kind: str, raw_token: str, sent_by: Any | None
) -> CandidateEmail:
    """Render the email now (the token is known only here) and send it by the worker after commit."""
    from candidates.tasks import send_candidate_email_task

    template = "reminder" if kind == CandidateEmail.Kind.REMINDER else "invitation"
    context = _email_context(application, link_url=candidate_link_url(token=raw_token), sent_by=sent_by)
    context["is_resend"] = kind == CandidateEmail.Kind.RESEND
    subject = "".join(render_to_string(f"emails/candidates/{template}_subject.txt", context).splitlines())
    email = CandidateEmail.objects.create(
        organization_id=application.organization_id,
        application=application,
        kind=kind,
        to=application.candidate.email,
        subject=subject[:300],
        sent_by=sent_by,
    )
    send_candidate_email_task.delay_on_commit(
        email_id=email.pk,
        text_body=render_to_string(f"emails/candidates/{template}.txt", context),
        html_body=render_to_string(f"emails/candidates/{template}.html", context),
    )
    return email


@transaction.atomic
def invitations_send(
    *, pipeline: Pipeline, sent_by: Any, application_ids: Iterable[int] | None = None
) -> InvitationBatch:
    """Invite the chosen candidates of the pipeline (all of those not yet invited when `application_ids` is
    None): each gets an attempt at the pipeline's current assessment version and an email with its link.

    Idempotent: a candidate already invited is skipped (a resend is a separate action), so pressing
    "invite" twice, or two recruiters at once, sends one invitation each.
    """
    _require_manager(user=sent_by, organization_id=pipeline.organization_id)
    actor = _actor(sent_by)
    pipeline = _pipeline_locked(pipeline)
    asked = None if application_ids is None else sorted(set(application_ids))
    queryset = Application.objects.filter(
        pipeline=pipeline, invitation_state=InvitationState.NOT_SENT, stage=Stage.ADDED
    ).order_by("pk")
    if asked is not None:
        queryset = queryset.filter(pk__in=asked)
    applications = _applications_locked(queryset)
    skipped = (len(asked) - len(applications)) if asked is not None else 0
    if not applications:
        return InvitationBatch(invited=0, skipped=skipped)
    version = _pipeline_assessment_version(pipeline, actor=actor)
    now = timezone.now()
    valid_until = now + timedelta(days=pipeline.link_validity_days)
    for application in applications:
        application.pipeline = pipeline
        attempt = attempt_create(
            organization=pipeline.organization,
            assessment_version=version,
            candidate_label=application.candidate.name,
            candidate_email=application.candidate.email,
            accommodation_seconds=application.accommodation_seconds,
            contact_name=str(sent_by),
            contact_email=sent_by.email,
            actor=actor,
        )
        token = attempt_link_issue(attempt_id=attempt.pk, valid_until=valid_until, actor=actor, now=now)
        application.attempt = attempt
        application.assessment_version = version
        application.invitation_state = InvitationState.SENT
        application.invited_at = now
        application.link_expires_at = valid_until
        application.reminder_due_at = _reminder_due(application, pipeline, now=now)
        _stage_set(application, stage=Stage.INVITED, reason="", user=sent_by, label=str(sent_by), at=now)
        application.save()
        _email_queue(
            application=application, kind=CandidateEmail.Kind.INVITE, raw_token=token, sent_by=sent_by
        )
        audit_record(
            organization=pipeline.organization,
            action="candidate.invited",
            actor=actor,
            target=application,
            data={
                "email": application.candidate.email,
                "assessment_version": version.pk,
                "attempt": str(attempt.public_id),
                "link_valid_until": valid_until.isoformat(),
            },
        )
    return InvitationBatch(invited=len(applications), skipped=skipped, assessment_version_id=version.pk)


# Lock order. The attempt's own changes (start, submit, score) lock the attempt, then, through the
# `attempt_status_changed` receiver, the application. The link actions below therefore call the attempt's
# service first (which locks the attempt) and lock the application after it: the same order, so a resend
# at the moment the candidate presses Start waits instead of deadlocking.


def _require_invited(application: Application) -> Any:
    attempt = application.attempt
    if attempt is None:
        raise ApplicationError(f"{application.candidate.name} has not been invited yet: invite them first.")
    if attempt.status in ("submitted", "scored"):
        raise ApplicationError(
            f"{application.candidate.name} has already submitted the assessment: "
            "the link is no longer needed."
        )
    return attempt


@transaction.atomic
def invitation_resend(*, application: Application, sent_by: Any) -> CandidateEmail:
    """A new email with a new link, valid for the pipeline's full validity from now; the old link stops
    working (only the latest email opens the assessment)."""
    _require_manager(user=sent_by, organization_id=application.organization_id)
    attempt = _require_invited(_application_fresh(application))
    now = timezone.now()
    valid_until = now + timedelta(days=application.pipeline.link_validity_days)
    token = attempt_link_issue(attempt_id=attempt.pk, valid_until=valid_until, actor=_actor(sent_by), now=now)
    application = _application_locked(application)
    application.invitation_state = InvitationState.SENT
    application.link_expires_at = valid_until
    application.reminder_due_at = _reminder_due(application, application.pipeline, now=now)
    application.save()
    email = _email_queue(
        application=application, kind=CandidateEmail.Kind.RESEND, raw_token=token, sent_by=sent_by
    )
    audit_record(
        organization=application.pipeline.organization,
        action="candidate.invitation_resent",
        actor=_actor(sent_by),
        target=application,
        data={"email": application.candidate.email, "link_valid_until": valid_until.isoformat()},
    )
    return email


@transaction.atomic
def invitation_revoke(*, application: Application, revoked_by: Any) -> Application:
    """The emailed link stops working at once (a resend gives a new one). Revoking twice changes nothing."""
    _require_manager(user=revoked_by, organization_id=application.organization_id)
    current = _application_fresh(application)
    if current.attempt is None:
        raise ApplicationError(f"{current.candidate.name} has no invitation to revoke.")
    if current.invitation_state == InvitationState.REVOKED:
        return current
    attempt_link_revoke(attempt_id=current.attempt.pk, actor=_actor(revoked_by))
    application = _application_locked(application)
    application.invitation_state = InvitationState.REVOKED
    application.reminder_due_at = None
    application.save(update_fields=["invitation_state", "reminder_due_at"])
    audit_record(
        organization=application.pipeline.organization,
        action="candidate.invitation_revoked",
        actor=_actor(revoked_by),
        target=application,
        data={"email": application.candidate.email},
    )
    return application


@transaction.atomic
def invitation_extend(*, application: Application, valid_until: datetime, extended_by: Any) -> Application:
    """Keep the same link working until `valid_until`; the automatic reminder is set again for it."""
    _require_manager(user=extended_by, organization_id=application.organization_id)
    current = _application_fresh(application)
    attempt = _require_invited(current)
    if current.invitation_state == InvitationState.REVOKED:
        raise ApplicationError("This link was revoked: send the invitation again instead of extending it.")
    now = timezone.now()
    if valid_until <= now:
        raise ApplicationError("Choose a date in the future.", extra={"field": "valid_until"})
    attempt_link_extend(attempt_id=attempt.pk, valid_until=valid_until, actor=_actor(extended_by), now=now)
    application = _application_locked(application)
    previous = application.link_expires_at
    application.link_expires_at = valid_until
    application.reminder_due_at = _reminder_due(application, application.pipeline, now=now)
    application.save(update_fields=["link_expires_at", "reminder_due_at"])
    audit_record(
        organization=application.pipeline.organization,
        action="candidate.invitation_extended",
        actor=_actor(extended_by),
        target=application,
        data={"from": previous.isoformat() if previous else None, "to": valid_until.isoformat()},
    )
    return application


def accommodation_seconds_for(
    *, time_limit_seconds: int, percent: float | None, minutes: float | None
) -> int:
    """Extra time as seconds from a percentage of the time limit or a number of minutes (exactly one)."""
    if (percent is None) == (minutes is None):
        raise ApplicationError("Give the extra time either as a percentage or in minutes.")
    if percent is not None:
        if not 0 <= percent <= ACCOMMODATION_MAX_PERCENT:
            raise ApplicationError(
                f"Extra time is between 0 and {ACCOMMODATION_MAX_PERCENT}% of the time limit.",
                extra={"field": "percent"},
            )
        return round(time_limit_seconds * percent / 100)
    assert minutes is not None
    if not 0 <= minutes <= ACCOMMODATION_MAX_MINUTES:
        raise ApplicationError(
            f"Extra time is between 0 and {ACCOMMODATION_MAX_MINUTES} minutes.", extra={"field": "minutes"}
        )
    return round(minutes * 60)


@transaction.atomic
def accommodation_grant(
    *, application: Application, granted_by: Any, percent: float | None = None, minutes: float | None = None
) -> Application:
    """Extra time as an accommodation, before the invitation, before the start or during the attempt (the
    deadline moves at once). A percentage is of the candidate's time limit."""
    _require_manager(user=granted_by, organization_id=application.organization_id)
    current = _application_fresh(application)
    version = current.assessment_version
    time_limit = version.time_limit_seconds if version is not None else current.pipeline.time_limit_seconds
    seconds = accommodation_seconds_for(time_limit_seconds=time_limit, percent=percent, minutes=minutes)
    if current.attempt is not None:
        attempt_accommodation_set(
            attempt_id=current.attempt.pk, extra_seconds=seconds, actor=_actor(granted_by)
        )
    application = _application_locked(application)
    if application.attempt_id != (current.attempt.pk if current.attempt is not None else None):
        # Invited in between: the new attempt was created with the old extra time; give it the new one.
        assert application.attempt is not None
        attempt_accommodation_set(
            attempt_id=application.attempt.pk, extra_seconds=seconds, actor=_actor(granted_by)
        )
    previous = application.accommodation_seconds
    application.accommodation_seconds = seconds
    application.save(update_fields=["accommodation_seconds"])
    audit_record(
        organization=application.pipeline.organization,
        action="candidate.accommodation_granted",
        actor=_actor(granted_by),
        target=application,
        data={"from_seconds": previous, "to_seconds": seconds, "percent": percent, "minutes": minutes},
    )
    return application


def _reminder_send(application: Application, *, sent_by: Any | None, now: datetime) -> CandidateEmail:
    current = _application_fresh(application)
    attempt = _require_invited(current)
    if attempt.status != "not_started":
        raise ApplicationError(f"{current.candidate.name} has already started the assessment.")
    if current.invitation_state == InvitationState.REVOKED:
        raise ApplicationError("This invitation was revoked: send it again instead of a reminder.")
    expires = current.link_expires_at
    if expires is None or expires <= now:
        raise ApplicationError("The link has expired: extend it or send the invitation again.")
    actor = _actor(sent_by) if sent_by is not None else REMINDER_ACTOR
    # The reminder carries the link, and only a new token can be put in an email (tokens are stored hashed):
    # a new link with the same expiry, which the reminder says replaces the earlier one.
    token = attempt_link_issue(attempt_id=attempt.pk, valid_until=expires, actor=actor, now=now)
    application = _application_locked(application)
    application.reminder_due_at = None
    application.reminded_at = now
    application.save(update_fields=["reminder_due_at", "reminded_at"])
    email = _email_queue(
        application=application, kind=CandidateEmail.Kind.REMINDER, raw_token=token, sent_by=sent_by
    )
    audit_record(
        organization=application.pipeline.organization,
        action="candidate.reminded",
        actor=actor,
        target=application,
        data={"email": application.candidate.email, "automatic": sent_by is None},
    )
    return email


@transaction.atomic
def reminder_send(*, application: Application, sent_by: Any, now: datetime | None = None) -> CandidateEmail:
    """A reminder sent by hand to a candidate who has not started yet."""
    _require_manager(user=sent_by, organization_id=application.organization_id)
    return _reminder_send(application, sent_by=sent_by, now=_now(now))


def reminders_send_due(*, now: datetime | None = None, limit: int = REMINDER_BATCH) -> int:
    """Send the automatic reminders that are due (beat, every few minutes); returns how many were sent.

    Due: the link expires within the pipeline's reminder hours, the candidate has not started, and no
    reminder was sent for this link. Each reminder is first claimed by clearing its due time in a
    conditional UPDATE of its own, so beats on several machines never remind anyone twice (at most once:
    a process that dies between the claim and the send loses that reminder rather than repeating it), then
    sent in its own transaction, so one bad row does not stop the others.
    """
    moment = _now(now)
    due_ids = list(
        Application.objects.filter(
            reminder_due_at__lte=moment, stage=Stage.INVITED, invitation_state=InvitationState.SENT
        )
        .order_by("reminder_due_at", "pk")
        .values_list("pk", flat=True)[:limit]
    )
    sent = 0
    for application_id in due_ids:
        claimed = Application.objects.filter(
            pk=application_id, reminder_due_at__lte=moment, stage=Stage.INVITED
        ).update(reminder_due_at=None)
        if not claimed:
            continue  # another beat took it, or the candidate started meanwhile
        try:
            with transaction.atomic():
                _reminder_send(Application(pk=application_id), sent_by=None, now=moment)
            sent += 1
        except ApplicationError as exc:
            logger.info("no reminder for application %s: %s", application_id, exc.message)
    return sent


def candidate_email_deliver(*, email_id: int, text_body: str, html_body: str) -> bool:
    """Send one queued email (the worker); False when it is gone or was sent already. SMTP errors are
    raised for the task to retry, after the try is counted on the row."""
    email = CandidateEmail.objects.filter(pk=email_id).first()
    if email is None or email.status == CandidateEmail.Status.SENT:
        return False
    CandidateEmail.objects.filter(pk=email_id).update(attempts=F("attempts") + 1)
    message = EmailMultiAlternatives(
        subject=email.subject, body=text_body, from_email=settings.DEFAULT_FROM_EMAIL, to=[email.to]
    )
    message.attach_alternative(html_body, "text/html")
    message.send()
    CandidateEmail.objects.filter(pk=email_id).update(
        status=CandidateEmail.Status.SENT, sent_at=timezone.now(), failure_reason=""
    )
    return True


def candidate_email_failed(*, email_id: int, reason: str, final: bool) -> None:
    """Record why a send failed; `final` when no retry is left: the timeline then shows it as failed."""
    update: dict[str, Any] = {"failure_reason": reason[:2000]}
    if final:
        update["status"] = CandidateEmail.Status.FAILED
    CandidateEmail.objects.filter(pk=email_id).exclude(status=CandidateEmail.Status.SENT).update(**update)
