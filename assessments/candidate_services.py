"""Writes of the candidate-facing side (issue 6): opening the emailed link, the one browser that holds an
attempt, starting with consent, integrity signals, the deadline sweep and the confirmation email.

The answer and submission rules themselves stay in `assessments.services` (`response_save`,
`attempt_submit`); these services add what a candidate's browser session needs around them.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.db.models import F, Value
from django.db.models.functions import Greatest
from django.template.loader import render_to_string
from django.utils import timezone

from accounts.types import ApplicationError
from assessments.models import Attempt, AttemptActivity
from assessments.services import (
    _attempt_actor,
    _attempt_locked,
    _check_session_holder,
    _writes_refused_after,
    access_token_hash,
    attempt_start,
    attempt_submit,
)
from assessments.types import PlaybookSpec
from audit.services import audit_record

logger = logging.getLogger(__name__)

# One browser reports its running totals under one source id; more than this many for one attempt is not
# a candidate reopening the page but something flooding the table.
ACTIVITY_SOURCES_MAX = 20
# No single report value may exceed a day (the counters are running totals of one 30-minute sitting).
ACTIVITY_VALUE_MAX = 86_400
ACTIVITY_FIELDS = (
    "seconds_on_item",
    "paste_count",
    "paste_chars",
    "largest_paste_chars",
    "focus_lost_count",
    "focus_lost_seconds",
)
OVERDUE_BATCH = 100

RefusalReason = Literal["unknown", "revoked", "expired"]


@dataclass(frozen=True)
class LinkRefused:
    """Why a link does not open the attempt, and whom the candidate should contact."""

    reason: RefusalReason
    contact_name: str = ""
    contact_email: str = ""
    organization_name: str = ""


@dataclass(frozen=True)
class LinkOpened:
    """The attempt the link opens, the holder id the browser's new session gets, and whether that browser
    holds the attempt now (False: it is open in another browser, and this one is asked before moving)."""

    attempt: Attempt
    holder: str
    holds_attempt: bool


def _now(now: datetime | None) -> datetime:
    return now if now is not None else timezone.now()


def session_holder_new() -> str:
    return secrets.token_hex(16)


@transaction.atomic
def attempt_link_open(
    *,
    token: str,
    previous_attempt: str | None = None,
    previous_holder: str | None = None,
    now: datetime | None = None,
) -> LinkOpened | LinkRefused:
    """Exchange an emailed link's token for the attempt it opens (the caller binds a fresh session to it).

    Refused when no attempt has this token, when the link was revoked, and when it expired before the
    candidate started (an attempt in progress can be reopened until its deadline: the deadline, not the
    invitation, governs a sitting under way). A browser that already held this attempt (same
    `previous_attempt` and `previous_holder`) keeps holding it; a new browser takes it only when no browser
    holds it yet. Audited "attempt.link_opened".
    """
    moment = _now(now)
    token_hash = access_token_hash(token)
    attempt_id = Attempt.objects.filter(access_token_hash=token_hash).values_list("pk", flat=True).first()
    if attempt_id is None:
        return LinkRefused(reason="unknown")
    attempt = _attempt_locked(attempt_id=attempt_id)
    reason: RefusalReason | None = None
    if attempt.link_revoked_at is not None:
        reason = "revoked"
    elif (
        attempt.link_expires_at is not None
        and attempt.link_expires_at <= moment
        and attempt.status == Attempt.Status.NOT_STARTED
    ):
        reason = "expired"
    if reason is not None:
        return LinkRefused(
            reason=reason,
            contact_name=attempt.contact_name,
            contact_email=attempt.contact_email,
            organization_name=attempt.organization.name,
        )

    same_browser = previous_attempt == str(attempt.public_id) and bool(previous_holder)
    holder = previous_holder if same_browser and previous_holder else session_holder_new()
    open_for_answers = attempt.status in (Attempt.Status.NOT_STARTED, Attempt.Status.IN_PROGRESS)
    if open_for_answers and attempt.active_holder == "":
        attempt.active_holder = holder
        attempt.save(update_fields=["active_holder"])
    holds = attempt.active_holder == holder
    audit_record(
        organization=attempt.organization,
        action="attempt.link_opened",
        actor=_attempt_actor(attempt),
        target=attempt,
        data={
            "status": attempt.status,
            "open_in_another_browser": open_for_answers and not holds,
        },
    )
    return LinkOpened(attempt=attempt, holder=holder, holds_attempt=holds)


@transaction.atomic
def attempt_session_move(*, attempt_id: int, holder: str) -> Attempt:
    """Move the attempt to this browser: from now on only it may change answers, and the browser that held
    it becomes read-only at its next save or sync. Audited "attempt.session_moved" when it moved."""
    attempt = _attempt_locked(attempt_id=attempt_id)
    if attempt.status not in (Attempt.Status.NOT_STARTED, Attempt.Status.IN_PROGRESS):
        return attempt
    if attempt.active_holder == holder:
        return attempt
    had_holder = bool(attempt.active_holder)
    attempt.active_holder = holder
    attempt.save(update_fields=["active_holder"])
    if had_holder:
        audit_record(
            organization=attempt.organization,
            action="attempt.session_moved",
            actor=_attempt_actor(attempt),
            target=attempt,
            data={"status": attempt.status},
        )
    return attempt


@transaction.atomic
def attempt_start_by_candidate(
    *, attempt_id: int, holder: str, privacy_consent: bool, now: datetime | None = None
) -> Attempt:
    """The candidate pressed Start: consent is required and recorded, then the clock starts
    (`attempt_start`; pressing Start again changes nothing)."""
    attempt = _attempt_locked(attempt_id=attempt_id)
    if attempt.status != Attempt.Status.NOT_STARTED:
        return attempt
    if not privacy_consent:
        raise ApplicationError(
            "Tick the consent box to start: the assessment cannot be taken without your consent.",
            extra={"field": "consent"},
        )
    _check_session_holder(attempt, holder)
    attempt.privacy_consent_at = _now(now)
    attempt.save(update_fields=["privacy_consent_at"])
    return attempt_start(attempt_id=attempt_id, now=now)


def _report_value(report: dict[str, object], field: str) -> int:
    value = report.get(field, 0)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ApplicationError(f"The activity report's {field!r} must be a number.")
    return max(0, min(int(value), ACTIVITY_VALUE_MAX))


def attempt_activity_record(
    *, attempt_id: int, source: str, reports: dict[str, dict[str, object]], now: datetime | None = None
) -> int:
    """Keep one browser's running totals of integrity signals; `reports` maps an item slug ("" for the
    attempt as a whole) to its counters. The higher value is kept for each counter, so a repeated report
    changes nothing. Accepted only while the attempt is in progress and before deadline + grace (ignored
    otherwise: returns 0). Returns how many rows were written.

    Not audited per report (every few seconds per candidate); `attempt_submit` audits the summary.
    """
    if not source or len(source) > 32 or not source.replace("-", "").isalnum():
        raise ApplicationError("The activity report needs a source id of at most 32 letters and digits.")
    attempt = (
        Attempt.objects.select_related("assessment_version")
        .defer("assessment_version__scoring_input")
        .filter(pk=attempt_id)
        .first()
    )
    if attempt is None:
        raise ApplicationError("This assessment attempt does not exist.")
    refused_after = _writes_refused_after(attempt)
    if attempt.status != Attempt.Status.IN_PROGRESS or (
        refused_after is not None and _now(now) > refused_after
    ):
        return 0
    known = set(attempt.assessment_version.item_slugs) | {""}
    unknown = sorted(set(reports) - known)
    if unknown:
        raise ApplicationError(f"{unknown[0]!r} is not a question of this assessment.")
    sources = set(AttemptActivity.objects.filter(attempt_id=attempt_id).values_list("source", flat=True))
    if source not in sources and len(sources) >= ACTIVITY_SOURCES_MAX:
        raise ApplicationError("Too many browsers reported activity for this attempt.")
    written = 0
    for item_slug, report in reports.items():
        values = {field: _report_value(report, field) for field in ACTIVITY_FIELDS}
        if not any(values.values()):
            continue
        with transaction.atomic():
            updated = AttemptActivity.objects.filter(
                attempt_id=attempt_id, source=source, item_slug=item_slug
            ).update(
                **{field: Greatest(F(field), Value(value)) for field, value in values.items()},
                updated_at=_now(now),
            )
            if not updated:
                try:
                    with transaction.atomic():
                        AttemptActivity.objects.create(
                            attempt_id=attempt_id, source=source, item_slug=item_slug, **values
                        )
                except IntegrityError:  # the same browser's report raced this one: keep the higher values
                    AttemptActivity.objects.filter(
                        attempt_id=attempt_id, source=source, item_slug=item_slug
                    ).update(**{field: Greatest(F(field), Value(value)) for field, value in values.items()})
        written += 1
    return written


def _overdue(attempt: Attempt, moment: datetime) -> bool:
    refused_after = _writes_refused_after(attempt)
    return (
        attempt.status == Attempt.Status.IN_PROGRESS and refused_after is not None and moment > refused_after
    )


def attempt_submit_if_overdue(*, attempt_id: int, now: datetime | None = None) -> bool:
    """Submit the attempt for the server (`submitted_by="server"`) if it is still open past deadline +
    grace; returns whether this call submitted it. Skips an attempt another process holds locked (it is
    being saved, submitted or swept: the next sweep looks again), so sweeps on several machines at once
    never wait on each other."""
    moment = _now(now)
    with transaction.atomic():
        attempt = (
            Attempt.objects.select_for_update(of=("self",), skip_locked=True)
            .select_related("assessment_version")
            .defer("assessment_version__scoring_input")
            .filter(pk=attempt_id)
            .first()
        )
        if attempt is None or not _overdue(attempt, moment):
            return False
        attempt_submit(attempt_id=attempt_id, submitted_by=Attempt.SubmittedBy.SERVER, now=moment)
        return True


def attempts_overdue_submit(*, now: datetime | None = None, limit: int = OVERDUE_BATCH) -> list[int]:
    """The deadline sweep: submit, for the server, every attempt still in progress past deadline + grace,
    oldest deadline first, at most `limit` per call; returns the ids it submitted. Each attempt is submitted
    in its own transaction, so one bad attempt cannot hold back the others."""
    moment = _now(now)
    # Grace is per assessment version (a few seconds to a minute): look past the longest there is, and let
    # `_overdue` decide each attempt exactly.
    candidates = list(
        Attempt.objects.filter(status=Attempt.Status.IN_PROGRESS, deadline_at__lt=moment)
        .order_by("deadline_at", "pk")
        .values_list("pk", flat=True)[: limit * 2]
    )
    submitted: list[int] = []
    for attempt_id in candidates:
        if len(submitted) >= limit:
            break
        if attempt_submit_if_overdue(attempt_id=attempt_id, now=moment):
            submitted.append(attempt_id)
    return submitted


# The sweep for confirmation emails never sent (the broker was down at submission, or the email task was
# lost): asked again this long after the last request, and not for submissions older than a day (an
# address that keeps failing is given up on, as the email task's own retries are).
CONFIRMATION_RETRY_AFTER_SECONDS = 120
CONFIRMATION_GIVE_UP_AFTER = timedelta(days=1)
CONFIRMATION_BATCH = 200


@transaction.atomic
def attempt_confirmations_unsent_claim(
    *,
    now: datetime | None = None,
    older_than_seconds: float = CONFIRMATION_RETRY_AFTER_SECONDS,
    limit: int = CONFIRMATION_BATCH,
) -> list[int]:
    """Claim submitted attempts whose confirmation email was asked for over `older_than_seconds` ago and
    is still unsent, submitted within the last day; returns their ids for the caller to enqueue again.

    Safe on several machines at once (rows another sweep holds are skipped), and the claim stamps
    `confirmation_requested_at`, so the next sweep leaves them alone for another `older_than_seconds`
    rather than piling up tasks behind a slow email queue.
    """
    moment = _now(now)
    ids = list(
        Attempt.objects.select_for_update(skip_locked=True)
        .filter(
            status__in=(Attempt.Status.SUBMITTED, Attempt.Status.SCORED),
            confirmation_emailed_at__isnull=True,
            confirmation_requested_at__lte=moment - timedelta(seconds=older_than_seconds),
            submitted_at__gte=moment - CONFIRMATION_GIVE_UP_AFTER,
        )
        .exclude(candidate_email="")
        .order_by("confirmation_requested_at", "pk")
        .values_list("pk", flat=True)[:limit]
    )
    if ids:
        Attempt.objects.filter(pk__in=ids).update(confirmation_requested_at=moment)
    return ids


def attempt_confirmation_email_send(*, attempt_id: int, now: datetime | None = None) -> bool:
    """Email the candidate that their assessment was received (never a score). Sent once: a retry after
    success finds `confirmation_emailed_at` set. Returns whether an email was sent.

    No row lock while sending: the mail server may take seconds, and scoring locks the same row.
    """
    attempt = (
        Attempt.objects.select_related("organization", "assessment_version__playbook_version")
        .defer("assessment_version__scoring_input")
        .filter(pk=attempt_id)
        .first()
    )
    if attempt is None or not attempt.candidate_email or attempt.confirmation_emailed_at is not None:
        return False
    if attempt.status not in (Attempt.Status.SUBMITTED, Attempt.Status.SCORED):
        return False
    spec = PlaybookSpec.model_validate(attempt.assessment_version.playbook_version.content)
    context = {
        "candidate_name": attempt.candidate_label,
        "organization_name": attempt.organization.name,
        "role_title": spec.title,
        "submitted_at": attempt.submitted_at,
        "by_server": attempt.submitted_by == Attempt.SubmittedBy.SERVER,
        "contact_name": attempt.contact_name,
        "contact_email": attempt.contact_email,
    }
    subject = " ".join(
        render_to_string("emails/assessments/attempt_confirmation_subject.txt", context).split()
    )
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string("emails/assessments/attempt_confirmation.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[attempt.candidate_email],
        reply_to=[attempt.contact_email] if attempt.contact_email else None,
    )
    message.attach_alternative(
        render_to_string("emails/assessments/attempt_confirmation.html", context), "text/html"
    )
    message.send()
    Attempt.objects.filter(pk=attempt_id, confirmation_emailed_at__isnull=True).update(
        confirmation_emailed_at=_now(now)
    )
    logger.info("submission confirmation emailed for attempt %s", attempt.public_id)
    return True


__all__ = [
    "LinkOpened",
    "LinkRefused",
    "attempt_activity_record",
    "attempt_confirmation_email_send",
    "attempt_confirmations_unsent_claim",
    "attempt_link_open",
    "attempt_session_move",
    "attempt_start_by_candidate",
    "attempt_submit_if_overdue",
    "attempts_overdue_submit",
    "session_holder_new",
]
