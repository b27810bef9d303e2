"""Writes of interviews: scheduling (and the interviewers' invitations), scorecard drafts, submission and
amendment, and the reminders to interviewers whose scorecard is missing after the interview.

Every change a person makes is audited with them as the actor ("interview.scheduled",
"scorecard.submitted", "scorecard.amended"); drafts are the interviewer's private notes and are not.
Submitting and amending send `scorecard_submitted` after the transaction commits (the API wires it to the
"scorecard.submitted" webhook: interviews may not import api).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from accounts.selectors import membership_get
from accounts.types import ApplicationError
from assessments.types import PlaybookSpec
from audit.services import audit_record
from audit.types import AuditActor
from candidates.selectors import pipeline_can_decide, pipeline_spec
from candidates.services import application_stage_move
from interviews.models import Interview, InterviewAssignment, Recommendation, Scorecard, ScorecardVersion
from interviews.selectors import person_label
from interviews.signals import scorecard_submitted
from interviews.types import QuestionAnswer, ScorecardInput

__all__ = [
    "EARLIEST_PAST_DAYS",
    "interview_email_deliver",
    "interview_schedule",
    "scorecard_amend",
    "scorecard_draft_save",
    "scorecard_problems",
    "scorecard_reminders_send_due",
    "scorecard_submit",
    "scorecard_submitted",
]

logger = logging.getLogger(__name__)

# Stages an application is moved on from when its first interview is scheduled ("earlier than interview").
STAGES_BEFORE_INTERVIEW = ("added", "invited", "started", "submitted", "scored")
STAGES_CLOSED = ("rejected", "withdrawn", "hired")
EARLIEST_PAST_DAYS = 30  # an interview held off the product can be recorded up to this long afterwards
DURATION_RANGE = (15, 240)
NOTES_MAX = 5000
REMINDER_BATCH = 200
REMINDER_WINDOW_DAYS = 14  # interviews that ended longer ago than this get no automatic reminder


def _actor(user: Any) -> AuditActor:
    return AuditActor.for_user(user)


def _interview_url(interview: Interview) -> str:
    return settings.SITE_URL.rstrip("/") + reverse("interviews:interview_detail", args=[interview.pk])


# --- scheduling -----------------------------------------------------------------------------------------


def _time_zone_checked(name: str) -> ZoneInfo:
    name = (name or "").strip()
    if name not in available_timezones():
        raise ApplicationError(
            f"“{name or '(empty)'}” is not a time zone we know. Choose one from the list, for example "
            "Europe/Berlin or America/New_York.",
            extra={"field": "time_zone"},
        )
    try:
        return ZoneInfo(name)
    except ZoneInfoNotFoundError:  # pragma: no cover - available_timezones() lists only loadable zones
        raise ApplicationError("That time zone cannot be loaded.", extra={"field": "time_zone"}) from None


def _meeting_url_checked(url: str) -> str:
    url = (url or "").strip()
    if url and not url.lower().startswith("https://"):
        raise ApplicationError(
            "The meeting link must start with https:// (a secure link). Copy it again from your video "
            "call tool, or leave it empty.",
            extra={"field": "meeting_url"},
        )
    return url[:500]


@transaction.atomic
def interview_schedule(
    *,
    application: Any,
    starts_at: datetime,
    time_zone: str,
    duration_minutes: int,
    interviewer_ids: Iterable[int],
    meeting_url: str = "",
    scheduled_by: Any,
    now: datetime | None = None,
) -> Interview:
    """Schedule an interview of the application with some of its pipeline's interviewers, and email them.

    `starts_at` without a time zone is read in `time_zone`. The application moves to the interview stage
    (through candidates' services) when it is at an earlier stage.
    """
    now = now or timezone.now()
    pipeline = application.pipeline
    membership = membership_get(user=scheduled_by, organization_id=pipeline.organization_id)
    if membership is None or not pipeline_can_decide(membership=membership, pipeline=pipeline):
        raise ApplicationError(
            "Only admins, recruiters and this pipeline's hiring managers can schedule its interviews."
        )
    zone = _time_zone_checked(time_zone)
    if timezone.is_naive(starts_at):
        starts_at = starts_at.replace(tzinfo=zone)
    if starts_at < now - timedelta(days=EARLIEST_PAST_DAYS):
        raise ApplicationError(
            f"That time is more than {EARLIEST_PAST_DAYS} days ago. Check the date: interviews can be "
            "recorded afterwards only within that time.",
            extra={"field": "starts_at"},
        )
    if not DURATION_RANGE[0] <= duration_minutes <= DURATION_RANGE[1]:
        raise ApplicationError(
            f"An interview lasts between {DURATION_RANGE[0]} and {DURATION_RANGE[1]} minutes.",
            extra={"field": "duration_minutes"},
        )
    url = _meeting_url_checked(meeting_url)
    wanted = sorted(set(interviewer_ids))
    if not wanted:
        raise ApplicationError("Choose at least one interviewer.", extra={"field": "interviewers"})
    interviewers = list(pipeline.interviewers.filter(pk__in=wanted).select_related("user"))
    if len(interviewers) != len(wanted):
        raise ApplicationError(
            "Interviewers are chosen among this pipeline's interviewers. Add the person to the pipeline "
            "first (edit the pipeline), then schedule.",
            extra={"field": "interviewers"},
        )
    if application.stage in STAGES_CLOSED:
        raise ApplicationError(
            f"The candidate is {application.get_stage_display().lower()}. Move them back to the interview "
            "stage first if you mean to interview them.",
            extra={"field": "stage"},
        )
    if application.stage in STAGES_BEFORE_INTERVIEW:
        application_stage_move(
            application=application, stage="interview", reason="Interview scheduled", moved_by=scheduled_by
        )
    interview = Interview.objects.create(
        organization_id=application.organization_id,
        application=application,
        scheduled_at=starts_at.astimezone(ZoneInfo("UTC")),
        ends_at=(starts_at + timedelta(minutes=duration_minutes)).astimezone(ZoneInfo("UTC")),
        duration_minutes=duration_minutes,
        time_zone=zone.key,
        meeting_url=url,
        scheduled_by=scheduled_by,
    )
    for interviewer in interviewers:
        assignment = InterviewAssignment.objects.create(
            interview=interview, membership=interviewer, invited_at=now
        )
        _email_queue(
            interview=interview, assignment=assignment, template="invitation", application=application
        )
    audit_record(
        organization=pipeline.organization,
        action="interview.scheduled",
        actor=_actor(scheduled_by),
        target=interview,
        data={
            "application_id": application.pk,
            "candidate": str(application.candidate.public_id),
            "scheduled_at": interview.scheduled_at.isoformat(),
            "time_zone": interview.time_zone,
            "duration_minutes": duration_minutes,
            "interviewers": [person_label(each) for each in interviewers],
            "meeting_link": bool(url),
        },
    )
    return interview


def _email_context(
    *, interview: Interview, assignment: InterviewAssignment, application: Any
) -> dict[str, Any]:
    return {
        "interviewer_name": person_label(assignment.membership),
        "candidate_name": application.candidate.name,
        "pipeline_name": application.pipeline.name,
        "organization_name": application.pipeline.organization.name,
        "starts_utc": interview.scheduled_at,
        "time_zone": interview.time_zone,
        "duration_minutes": interview.duration_minutes,
        "meeting_url": interview.meeting_url,
        "interview_url": _interview_url(interview),
    }


def _email_queue(
    *, interview: Interview, assignment: InterviewAssignment, template: str, application: Any
) -> None:
    """Render the email now and hand it to the worker once the transaction commits."""
    from interviews.tasks import send_interviewer_email_task

    context = _email_context(interview=interview, assignment=assignment, application=application)
    subject = "".join(render_to_string(f"emails/interviews/{template}_subject.txt", context).splitlines())
    send_interviewer_email_task.delay_on_commit(
        to=assignment.membership.user.email,
        subject=subject[:300],
        text_body=render_to_string(f"emails/interviews/{template}.txt", context),
        html_body=render_to_string(f"emails/interviews/{template}.html", context),
    )


def interview_email_deliver(*, to: str, subject: str, text_body: str, html_body: str) -> None:
    """Send one interviewer email (the worker). SMTP errors are raised for the task to retry."""
    message = EmailMultiAlternatives(
        subject=subject, body=text_body, from_email=settings.DEFAULT_FROM_EMAIL, to=[to]
    )
    message.attach_alternative(html_body, "text/html")
    message.send()


@transaction.atomic
def scorecard_reminders_send_due(*, now: datetime | None = None, limit: int = REMINDER_BATCH) -> int:
    """Email each interviewer whose interview ended without their submitted scorecard, once. Safe on
    several machines at once: rows are claimed with SKIP LOCKED and marked in the same transaction."""
    now = now or timezone.now()
    due = (
        InterviewAssignment.objects.select_for_update(skip_locked=True, of=("self",))
        .filter(
            reminded_at__isnull=True,
            interview__ends_at__lte=now,
            interview__ends_at__gte=now - timedelta(days=REMINDER_WINDOW_DAYS),
        )
        .select_related(
            "membership__user",
            "interview__application__candidate",
            "interview__application__pipeline__organization",
        )
        .order_by("interview__ends_at", "pk")[:limit]
    )
    submitted = set(
        Scorecard.objects.filter(status=Scorecard.Status.SUBMITTED, interview__ends_at__lte=now).values_list(
            "interview_id", "interviewer_id"
        )
    )
    sent = 0
    for assignment in due:
        if (assignment.interview_id, assignment.membership_id) in submitted:
            continue
        application = assignment.interview.application
        if application.stage in ("rejected", "withdrawn"):
            continue
        _email_queue(
            interview=assignment.interview,
            assignment=assignment,
            template="reminder",
            application=application,
        )
        assignment.reminded_at = now
        assignment.save(update_fields=["reminded_at"])
        audit_record(
            organization=application.pipeline.organization,
            action="scorecard.reminder_sent",
            actor=AuditActor.system("scorecard reminders"),
            target=assignment.interview,
            data={"interviewer": person_label(assignment.membership)},
        )
        sent += 1
    return sent


# --- scorecards -------------------------------------------------------------------------------------------


def _cleaned(spec: PlaybookSpec, data: ScorecardInput) -> ScorecardInput:
    """Only the playbook's questions and red flags, notes trimmed and capped."""
    questions = {question.slug for question in spec.interview_questions}
    flags = {flag.code for flag in spec.red_flags}
    recommendation = data.recommendation if data.recommendation in Recommendation.values else ""
    return ScorecardInput(
        answers={
            slug: QuestionAnswer(rating=answer.rating, notes=answer.notes.strip()[:NOTES_MAX])
            for slug, answer in data.answers.items()
            if slug in questions
        },
        red_flags={code: note.strip()[:NOTES_MAX] for code, note in data.red_flags.items() if code in flags},
        recommendation=recommendation,
        summary=data.summary.strip()[:NOTES_MAX],
    )


def scorecard_problems(*, spec: PlaybookSpec, data: ScorecardInput) -> dict[str, str]:
    """What must be filled in before a scorecard can be submitted, keyed by "rating:<question slug>",
    "red_flag:<code>" and "recommendation"; empty when it is complete."""
    problems: dict[str, str] = {}
    for number, question in enumerate(spec.interview_questions, start=1):
        answer = data.answers.get(question.slug)
        if answer is None or answer.rating is None:
            problems[f"rating:{question.slug}"] = f"Rate question {number} from 1 to 5."
    titles = {flag.code: flag.title for flag in spec.red_flags}
    for code, note in data.red_flags.items():
        if not note.strip():
            problems[f"red_flag:{code}"] = (
                f"Say what you saw for the red flag “{titles.get(code, code)}”, or untick it."
            )
    if data.recommendation not in Recommendation.values:
        problems["recommendation"] = "Choose your overall recommendation: strong no, no, yes or strong yes."
    return problems


def _stored(data: ScorecardInput) -> tuple[dict[str, Any], dict[str, str]]:
    ratings = {
        slug: {"rating": answer.rating, "notes": answer.notes} for slug, answer in data.answers.items()
    }
    return ratings, dict(data.red_flags)


def _scorecard_locked(*, interview: Interview, membership: Any) -> Scorecard:
    if not InterviewAssignment.objects.filter(interview=interview, membership=membership).exists():
        raise ApplicationError("Only the interviewers of this interview file scorecards for it.")
    scorecard, _ = Scorecard.objects.get_or_create(
        interview=interview, interviewer=membership, defaults={"organization_id": interview.organization_id}
    )
    return Scorecard.objects.select_for_update().get(pk=scorecard.pk)


@transaction.atomic
def scorecard_draft_save(*, interview: Interview, membership: Any, data: ScorecardInput) -> Scorecard:
    """Keep the interviewer's unfinished scorecard (the page autosaves it every few seconds)."""
    scorecard = _scorecard_locked(interview=interview, membership=membership)
    if scorecard.status == Scorecard.Status.SUBMITTED:
        raise ApplicationError(
            "Your scorecard is submitted and locked; nothing was saved. To change it, amend it and say why.",
            extra={"code": "submitted"},
        )
    data = _cleaned(pipeline_spec(pipeline=interview.application.pipeline), data)
    scorecard.ratings, scorecard.red_flags = _stored(data)
    scorecard.recommendation = data.recommendation
    scorecard.summary = data.summary
    scorecard.draft_saved_at = timezone.now()
    scorecard.save(update_fields=["ratings", "red_flags", "recommendation", "summary", "draft_saved_at"])
    return scorecard


def _version_write(
    scorecard: Scorecard, *, data: ScorecardInput, user: Any, reason: str, now: datetime
) -> ScorecardVersion:
    scorecard.ratings, scorecard.red_flags = _stored(data)
    scorecard.recommendation = data.recommendation
    scorecard.summary = data.summary
    scorecard.status = Scorecard.Status.SUBMITTED
    scorecard.version += 1
    scorecard.submitted_at = now
    scorecard.save()
    return ScorecardVersion.objects.create(
        scorecard=scorecard,
        number=scorecard.version,
        ratings=scorecard.ratings,
        red_flags=scorecard.red_flags,
        recommendation=scorecard.recommendation,
        summary=scorecard.summary,
        amendment_reason=reason,
        submitted_by=user,
        submitted_at=now,
    )


def _complete(interview: Interview, data: ScorecardInput) -> ScorecardInput:
    spec = pipeline_spec(pipeline=interview.application.pipeline)
    data = _cleaned(spec, data)
    problems = scorecard_problems(spec=spec, data=data)
    if problems:
        count = len(problems)
        raise ApplicationError(
            f"The scorecard is not complete: {count} thing{'s' if count != 1 else ''} to fix below.",
            extra={"problems": problems},
        )
    return data


def _signal_on_commit(scorecard: Scorecard, *, amended: bool) -> None:
    application = scorecard.interview.application
    payload = {
        "organization_id": scorecard.organization_id,
        "scorecard_id": scorecard.pk,
        "interview_id": scorecard.interview_id,
        "application_id": application.pk,
        "candidate_public_id": str(application.candidate.public_id),
        "interviewer_membership_id": scorecard.interviewer_id,
        "version": scorecard.version,
        "amended": amended,
        "recommendation": scorecard.recommendation,
        "submitted_at": scorecard.submitted_at.isoformat() if scorecard.submitted_at else "",
    }
    transaction.on_commit(lambda: scorecard_submitted.send(sender=Scorecard, **payload))


def _audit_data(scorecard: Scorecard) -> dict[str, Any]:
    return {
        "interview_id": scorecard.interview_id,
        "application_id": scorecard.interview.application_id,
        "version": scorecard.version,
        "recommendation": scorecard.recommendation,
        "ratings": {slug: entry.get("rating") for slug, entry in scorecard.ratings.items()},
        "red_flags": sorted(scorecard.red_flags),
    }


@transaction.atomic
def scorecard_submit(
    *, interview: Interview, membership: Any, data: ScorecardInput, now: datetime | None = None
) -> Scorecard:
    """Submit the scorecard: every question rated, a note for each ticked red flag, a recommendation.
    It is then locked (version 1); changes go through `scorecard_amend`."""
    now = now or timezone.now()
    scorecard = _scorecard_locked(interview=interview, membership=membership)
    if scorecard.status == Scorecard.Status.SUBMITTED:
        raise ApplicationError(
            "Your scorecard is already submitted. To change it, amend it and say why.",
            extra={"code": "submitted"},
        )
    if interview.scheduled_at > now:
        raise ApplicationError(
            f"The interview starts at {interview.scheduled_at:%d %b %Y, %H:%M} UTC: submit your scorecard "
            "after it. Your notes are kept as a draft until then.",
            extra={"code": "not_started"},
        )
    data = _complete(interview, data)
    _version_write(scorecard, data=data, user=membership.user, reason="", now=now)
    audit_record(
        organization=interview.application.pipeline.organization,
        action="scorecard.submitted",
        actor=_actor(membership.user),
        target=scorecard,
        data=_audit_data(scorecard),
    )
    _signal_on_commit(scorecard, amended=False)
    return scorecard


@transaction.atomic
def scorecard_amend(
    *, scorecard: Scorecard, membership: Any, data: ScorecardInput, reason: str, now: datetime | None = None
) -> Scorecard:
    """Change a submitted scorecard: a new version with the reason; earlier versions stay as they were."""
    now = now or timezone.now()
    if scorecard.interviewer_id != membership.pk:
        raise ApplicationError("Only the interviewer who filed a scorecard can amend it.")
    scorecard = (
        Scorecard.objects.select_for_update()
        .select_related("interview__application__pipeline")
        .get(pk=scorecard.pk)
    )
    if scorecard.status != Scorecard.Status.SUBMITTED:
        raise ApplicationError("Submit the scorecard first; a draft is simply saved again.")
    reason = (reason or "").strip()
    if not reason:
        raise ApplicationError(
            "Say why you are amending the scorecard: the reason is kept with the new version.",
            extra={"problems": {"reason": "Say why you are amending the scorecard."}},
        )
    data = _complete(scorecard.interview, data)
    previous = scorecard.recommendation
    _version_write(scorecard, data=data, user=membership.user, reason=reason[:2000], now=now)
    audit_record(
        organization=scorecard.interview.application.pipeline.organization,
        action="scorecard.amended",
        actor=_actor(membership.user),
        target=scorecard,
        data={**_audit_data(scorecard), "reason": reason[:2000], "previous_recommendation": previous},
    )
    _signal_on_commit(scorecard, amended=True)
    return scorecard
