"""Writes for assessments: loading role playbooks into versions; freezing assessment versions; attempts,
their answers and their submission."""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path

from django.db import models, transaction
from django.utils import timezone

from accounts.types import ApplicationError
from assessments.models import AssessmentVersion, Attempt, Playbook, PlaybookVersion, Response
from assessments.playbooks.loader import ValidatedPlaybook, playbook_files_validate
from assessments.playbooks.schema import PlaybookFileError
from assessments.selectors import scoring_input_for_playbook
from assessments.types import LoadOutcome, PlaybookLoadResult, PlaybookSpec
from audit.services import audit_record
from audit.types import AuditActor
from config.celery import Queues
from config.celery import app as celery_app

# From the module, not the package: import-linter's exception for assessments covers rubrics.engine.** only.
from rubrics.engine.inputs import Answer, ScoringInput, rubric_version_of


class PlaybookLoadError(Exception):
    """One or more playbook files are bad; nothing was loaded. `errors` has one entry per bad file."""

    def __init__(self, errors: list[PlaybookFileError]) -> None:
        self.errors = errors
        super().__init__("\n".join(str(error) for error in errors))


def _playbook_version_store(*, playbook: ValidatedPlaybook) -> PlaybookLoadResult:
    spec = playbook.spec
    record = Playbook.objects.select_for_update().filter(slug=spec.slug).first()
    created = record is None
    if record is None:
        record = Playbook.objects.create(slug=spec.slug, title=spec.title)

    version = PlaybookVersion.objects.filter(playbook=record, content_hash=playbook.content_hash).first()
    outcome: LoadOutcome
    if version is not None and record.current_version_id == version.pk:
        outcome = "unchanged"
    elif version is not None:
        # The file went back to content we already have: point at that version rather than copy it.
        outcome = "restored"
    else:
        version = PlaybookVersion.objects.create(
            playbook=record,
            content_hash=playbook.content_hash,
            content=playbook.content,
            source_name=playbook.source_name,
        )
        outcome = "created" if created else "new_version"

    if outcome != "unchanged":
        record.current_version = version
        record.title = spec.title
        record.save(update_fields=["current_version", "title", "updated_at"])
    return PlaybookLoadResult(
        slug=spec.slug, outcome=outcome, content_hash=playbook.content_hash, source_name=playbook.source_name
    )


@transaction.atomic
def playbooks_store(*, playbooks: list[ValidatedPlaybook]) -> list[PlaybookLoadResult]:
    """Store validated playbooks in one transaction; each gets a new version only if its content changed."""
    return [_playbook_version_store(playbook=playbook) for playbook in playbooks]


def playbook_files_load(*, paths: list[Path], base_dir: Path | None = None) -> list[PlaybookLoadResult]:
    """Validate every file, then load all of them in one transaction, or raise PlaybookLoadError."""
    outcome = playbook_files_validate(paths, base_dir=base_dir)
    if not outcome.ok:
        raise PlaybookLoadError(outcome.errors)
    return playbooks_store(playbooks=outcome.playbooks)


# --- Assessment versions, attempts and responses -----------------------------------------------------
#
# The candidate's side of an assessment (issue 6 adds the screens; issue 5 the pipelines that call these).
# Every state change locks the attempt row (`select_for_update`), so a save, a submit and a scoring of the
# same attempt happen one after another, never interleaved.

# The scoring task's name, the contract between this app and the one that scores (rubrics).
#
# Why a name and not the task: assessments sits below rubrics (DESIGN.md, enforced by import-linter), so it
# cannot import `rubrics.tasks.score_attempt_task`. Submitting must still ask for scoring in the submitting
# transaction, after commit (never before: a worker must not see an attempt that is not yet submitted).
# So assessments *declares* the message, a task name plus `[attempt_id]` on the scoring queue, and sends it
# by name with `send_task` from `transaction.on_commit`; rubrics *implements* it, registering its task under
# this very constant (`rubrics.tasks` imports it), so the two cannot drift apart silently, and a test checks
# that the name is a registered task. The alternative, a registry of post-submit hooks that rubrics fills in
# its AppConfig.ready, hides the dependency in start-up order and does nothing in a process that forgot to
# load rubrics; a named message is what the broker carries anyway.
SCORE_ATTEMPT_TASK = "rubrics.score_attempt"

# Beyond this an answer is not something a person typed in 30 minutes (about 50 pages of text).
ANSWER_MAX_CHARS = 100_000
ANSWER_MAX_KEYS = 50


@dataclass(frozen=True)
class AttemptForScoring:
    """What scoring needs, read under the attempt's row lock (see `attempt_lock_for_scoring`)."""

    attempt: Attempt
    scoring_input: ScoringInput
    rubric_version: str
    answers: dict[str, Answer]


def _now(now: datetime | None) -> datetime:
    return now if now is not None else timezone.now()


def _actor_or_system(actor: AuditActor | None) -> AuditActor:
    return actor if actor is not None else AuditActor.system()


def _attempt_actor(attempt: Attempt) -> AuditActor:
    return AuditActor.for_attempt(str(attempt.public_id), attempt.candidate_label)


def _attempt_locked(*, attempt_id: int) -> Attempt:
    attempt = (
        Attempt.objects.select_for_update(of=("self",))
        .select_related("assessment_version", "organization")
        # Tens of kilobytes that saves and submits never read (scoring reads it in its own query).
        .defer("assessment_version__scoring_input")
        .filter(pk=attempt_id)
        .first()
    )
    if attempt is None:
        raise ApplicationError("This assessment attempt does not exist.", extra={"attempt_id": attempt_id})
    return attempt


def _writes_refused_after(attempt: Attempt) -> datetime | None:
    if attempt.deadline_at is None:
        return None
    return attempt.deadline_at + timedelta(seconds=attempt.assessment_version.grace_seconds)


def _time_is_up(attempt: Attempt) -> ApplicationError:
    return ApplicationError(
        "Time is up for this assessment, so this change was not saved. "
        "Every answer saved before the time ran out is kept.",
        extra={
            "code": "time_up",
            "deadline_at": attempt.deadline_at.isoformat() if attempt.deadline_at else None,
        },
    )


@transaction.atomic
def assessment_version_freeze(
    *,
    organization: models.Model,
    playbook_version: PlaybookVersion,
    item_slugs: list[str] | None,
    time_limit_seconds: int = 1800,
    grace_seconds: int = 30,
    label: str = "",
    actor: AuditActor | None = None,
) -> AssessmentVersion:
    """Freeze these items of this playbook version, with their rubrics, into an assessment version.

    Identical inputs give the same version (get-or-create on the content hash of the scoring input and the
    timing), so freezing twice, or from two requests at once, never makes two. `item_slugs` None means the
    playbook's 30-minute blueprint. An unknown slug is refused with a message naming it.
    """
    if time_limit_seconds <= 0:
        raise ApplicationError("The time limit must be at least one second.")
    if grace_seconds < 0:
        raise ApplicationError("The grace period cannot be negative.")
    spec = PlaybookSpec.model_validate(playbook_version.content)
    slugs = list(spec.blueprint.items) if item_slugs is None else list(item_slugs)
    if not slugs:
        raise ApplicationError("An assessment needs at least one item.")
    if len(set(slugs)) != len(slugs):
        raise ApplicationError("An item can appear only once in an assessment.")
    try:
        scoring_input = scoring_input_for_playbook(spec=spec, item_slugs=slugs)
    except ValueError as exc:
        raise ApplicationError(str(exc), extra={"field": "item_slugs"}) from exc
    rubric_version = rubric_version_of(scoring_input)

    version, created = AssessmentVersion.objects.get_or_create(
        organization_id=organization.pk,
        playbook_version=playbook_version,
        rubric_version=rubric_version,
        time_limit_seconds=time_limit_seconds,
        grace_seconds=grace_seconds,
        defaults={
            "label": (label or f"{spec.title}: {len(slugs)} items, {time_limit_seconds // 60} min")[:200],
            "scoring_input": scoring_input.model_dump(mode="json"),
            "item_slugs": slugs,
        },
    )
    if created:
        audit_record(
            organization=organization,
            action="assessment_version.frozen",
            actor=_actor_or_system(actor),
            target=version,
            data={
                "playbook": spec.slug,
                "playbook_version": playbook_version.content_hash,
                "rubric_version": rubric_version,
                "items": slugs,
                "time_limit_seconds": time_limit_seconds,
                "grace_seconds": grace_seconds,
            },
        )
    return version


@transaction.atomic
def assessment_version_refreeze_current(
    *, assessment_version_id: int, actor: AuditActor | None = None
) -> AssessmentVersion:
    """The same items and timing frozen again from the playbook's current version (for rescoring).

    Returns the version itself when the playbook has not changed since. Refused, naming the item, when the
    current playbook no longer has an item of this version.
    """
    version = AssessmentVersion.objects.select_related(
        "organization", "playbook_version__playbook__current_version"
    ).get(pk=assessment_version_id)
    current = version.playbook_version.playbook.current_version
    if current is None:
        raise ApplicationError(f"Playbook {version.playbook_version.playbook.slug!r} has no current version.")
    return assessment_version_freeze(
        organization=version.organization,
        playbook_version=current,
        item_slugs=list(version.item_slugs),
        time_limit_seconds=version.time_limit_seconds,
        grace_seconds=version.grace_seconds,
        label=version.label,
        actor=actor,
    )


@transaction.atomic
def attempt_create(
    *,
    organization: models.Model,
    assessment_version: AssessmentVersion,
    candidate_label: str,
    accommodation_seconds: int = 0,
    actor: AuditActor | None = None,
) -> Attempt:
    """A new, not yet started attempt at this assessment version (the clock starts at `attempt_start`)."""
    if assessment_version.organization_id != organization.pk:
        raise ApplicationError("This assessment version belongs to another organization.")
    label = " ".join(candidate_label.split())
    if not label:
        raise ApplicationError("Name the candidate: the audit log shows who took the assessment.")
    if accommodation_seconds < 0:
        raise ApplicationError("Extra time cannot be negative.")
    attempt = Attempt.objects.create(
        organization_id=organization.pk,
        assessment_version=assessment_version,
        candidate_label=label[:200],
        accommodation_seconds=accommodation_seconds,
    )
    audit_record(
        organization=organization,
        action="attempt.created",
        actor=_actor_or_system(actor),
        target=attempt,
        data={
            "attempt": str(attempt.public_id),
            "assessment_version": assessment_version.pk,
            "rubric_version": assessment_version.rubric_version,
            "accommodation_seconds": accommodation_seconds,
        },
    )
    return attempt


@transaction.atomic
def attempt_start(*, attempt_id: int, now: datetime | None = None) -> Attempt:
    """Start the clock: the deadline is now + time limit + accommodation, set once, on the server.

    Starting again (a reload, a second tab) changes nothing and returns the attempt as it is.
    """
    attempt = _attempt_locked(attempt_id=attempt_id)
    if attempt.status != Attempt.Status.NOT_STARTED:
        return attempt
    started_at = _now(now)
    allowed = attempt.assessment_version.time_limit_seconds + attempt.accommodation_seconds
    attempt.started_at = started_at
    attempt.deadline_at = started_at + timedelta(seconds=allowed)
    attempt.status = Attempt.Status.IN_PROGRESS
    attempt.save(update_fields=["started_at", "deadline_at", "status"])
    audit_record(
        organization=attempt.organization,
        action="attempt.started",
        actor=_attempt_actor(attempt),
        target=attempt,
        data={"deadline_at": attempt.deadline_at.isoformat(), "allowed_seconds": allowed},
    )
    return attempt


def _answer_checked(answer: object, *, item_slug: str) -> Answer:
    """The engine's answer shapes only, and of a size a person can type; whether the shape fits the item's
    type is the engine's check at scoring time (it names the slug)."""
    problem = f"The answer to {item_slug!r} is not a valid answer."
    if answer is None:
        return None
    if isinstance(answer, str):
        if len(answer) > ANSWER_MAX_CHARS:
            raise ApplicationError(
                f"The answer to {item_slug!r} is too long (at most {ANSWER_MAX_CHARS:,} characters)."
            )
        return answer
    if isinstance(answer, list):
        if len(answer) > ANSWER_MAX_KEYS or not all(
            isinstance(key, str) and len(key) <= 16 for key in answer
        ):
            raise ApplicationError(problem)
        return list(answer)
    if isinstance(answer, dict):
        if set(answer) - {"best", "worst"} or not all(
            isinstance(key, str) and len(key) <= 16 for key in answer.values()
        ):
            raise ApplicationError(problem)
        return dict(answer)
    raise ApplicationError(problem)


@transaction.atomic
def response_save(
    *, attempt_id: int, item_slug: str, answer: object, seq: int, now: datetime | None = None
) -> Response:
    """Save one answer if `seq` is the highest seen for it; returns the answer as stored.

    A save with a sequence number at or below the stored one is ignored (the stored response is returned,
    so the caller can tell the client which save won): duplicates and late arrivals are harmless. Refused,
    with the message shown to the candidate, before the start, after the submission, and after deadline +
    grace; nothing saved earlier is touched.

    Not audited per save: an autosave every second or so per candidate would flood the log and, as every
    append takes the organization's chain lock, serialise the saves of every candidate of that
    organization. The audit log records the start and the submission; the answers themselves are the record.
    """
    if seq < 0:
        raise ApplicationError("The save's sequence number must not be negative.")
    answer = _answer_checked(answer, item_slug=item_slug)
    attempt = _attempt_locked(attempt_id=attempt_id)
    if attempt.status == Attempt.Status.NOT_STARTED:
        raise ApplicationError("This assessment has not been started yet.", extra={"code": "not_started"})
    if attempt.status in (Attempt.Status.SUBMITTED, Attempt.Status.SCORED):
        raise ApplicationError(
            "This assessment has already been submitted, so answers can no longer change.",
            extra={"code": "submitted"},
        )
    refused_after = _writes_refused_after(attempt)
    if refused_after is not None and _now(now) > refused_after:
        raise _time_is_up(attempt)
    if item_slug not in attempt.assessment_version.item_slugs:
        raise ApplicationError(
            f"{item_slug!r} is not a question of this assessment.", extra={"field": "item_slug"}
        )

    response = Response.objects.filter(attempt=attempt, item_slug=item_slug).first()
    if response is None:
        return Response.objects.create(attempt=attempt, item_slug=item_slug, answer=answer, seq=seq)
    if seq > response.seq:
        response.answer = answer
        response.seq = seq
        response.save(update_fields=["answer", "seq", "updated_at"])
    return response


def _score_attempt_enqueue(attempt_id: int) -> None:
    # By name (see SCORE_ATTEMPT_TASK); the queue is given here because a process that never imported
    # rubrics.tasks does not know the task's own options.
    celery_app.send_task(SCORE_ATTEMPT_TASK, args=[attempt_id], queue=Queues.SCORING)


@transaction.atomic
def attempt_submit(
    *, attempt_id: int, submitted_by: str = Attempt.SubmittedBy.CANDIDATE, now: datetime | None = None
) -> Attempt:
    """Submit the attempt once; scoring is enqueued when this transaction commits.

    Idempotent: double clicks, retries and two tabs all lock the row in turn, and only the first finds it
    open, so there is one submission, one audit event and one scoring task. The candidate's submit is
    refused after deadline + grace (their saved answers stay); the server's (`submitted_by="server"`, the
    deadline sweep) is not.
    """
    if submitted_by not in Attempt.SubmittedBy.values:
        raise ValueError(f"submitted_by is one of {Attempt.SubmittedBy.values}, not {submitted_by!r}")
    attempt = _attempt_locked(attempt_id=attempt_id)
    if attempt.status in (Attempt.Status.SUBMITTED, Attempt.Status.SCORED):
        return attempt
    if attempt.status == Attempt.Status.NOT_STARTED:
        raise ApplicationError("This assessment has not been started yet.", extra={"code": "not_started"})
    submitted_at = _now(now)
    refused_after = _writes_refused_after(attempt)
    if submitted_by == Attempt.SubmittedBy.CANDIDATE and refused_after and submitted_at > refused_after:
        raise _time_is_up(attempt)

    attempt.status = Attempt.Status.SUBMITTED
    attempt.submitted_at = submitted_at
    attempt.submitted_by = submitted_by
    attempt.scoring_requested_at = submitted_at
    attempt.save(update_fields=["status", "submitted_at", "submitted_by", "scoring_requested_at"])
    answered = Response.objects.filter(attempt_id=attempt.pk).exclude(answer=None).count()
    audit_record(
        organization=attempt.organization,
        action="attempt.submitted",
        actor=_attempt_actor(attempt)
        if submitted_by == Attempt.SubmittedBy.CANDIDATE
        else AuditActor.system("deadline"),
        target=attempt,
        data={
            "submitted_by": submitted_by,
            "answered": answered,
            "items": len(attempt.assessment_version.item_slugs),
        },
    )
    transaction.on_commit(partial(_score_attempt_enqueue, attempt.pk))
    return attempt


# Parsed scoring inputs by rubric version (their content hash, so an entry cannot go stale): a worker
# scores many attempts of one frozen version, and reading and validating its input is most of the cost
# outside the engine. The same object each time also lets the engine reuse what it derived from it.
_SCORING_INPUTS: OrderedDict[str, ScoringInput] = OrderedDict()
_SCORING_INPUTS_SIZE = 16
_scoring_inputs_lock = threading.Lock()


def _scoring_input_of(version: AssessmentVersion) -> ScoringInput:
    key = version.rubric_version
    with _scoring_inputs_lock:
        cached = _SCORING_INPUTS.get(key)
        if cached is not None:
            _SCORING_INPUTS.move_to_end(key)
            return cached
    stored = AssessmentVersion.objects.values_list("scoring_input", flat=True).get(pk=version.pk)
    parsed = ScoringInput.model_validate(stored)
    with _scoring_inputs_lock:
        _SCORING_INPUTS[key] = parsed
        while len(_SCORING_INPUTS) > _SCORING_INPUTS_SIZE:
            _SCORING_INPUTS.popitem(last=False)
    return parsed


def attempt_lock_for_scoring(*, attempt_id: int) -> AttemptForScoring | None:
    """Lock a submitted attempt for the caller's transaction and read what scoring needs; None when the
    attempt no longer exists. Must be called inside a transaction (the lock lasts until it ends).

    The lock serialises scorings of one attempt with each other and with a late save or submit, so two
    workers given the same attempt score it one after the other, and the second finds the first's report.
    """
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("attempt_lock_for_scoring holds a row lock: call it inside transaction.atomic")
    attempt = (
        Attempt.objects.select_for_update(of=("self",))
        .select_related("assessment_version", "organization")
        .defer("assessment_version__scoring_input")
        .filter(pk=attempt_id)
        .first()
    )
    if attempt is None:
        return None
    if attempt.status not in (Attempt.Status.SUBMITTED, Attempt.Status.SCORED):
        raise ApplicationError(
            "Only a submitted attempt can be scored.", extra={"attempt": str(attempt.public_id)}
        )
    version = attempt.assessment_version
    answers: dict[str, Answer] = dict(
        Response.objects.filter(attempt_id=attempt.pk).order_by().values_list("item_slug", "answer")
    )
    return AttemptForScoring(
        attempt=attempt,
        scoring_input=_scoring_input_of(version),
        rubric_version=version.rubric_version,
        answers=answers,
    )


def attempt_mark_scored(*, attempt_id: int, now: datetime | None = None) -> bool:
    """Move a submitted attempt to scored; the caller has just written its report, holding the attempt's
    lock from `attempt_lock_for_scoring`. Scored stays scored. Returns whether the status changed."""
    changed = Attempt.objects.filter(pk=attempt_id, status=Attempt.Status.SUBMITTED).update(
        status=Attempt.Status.SCORED, scored_at=_now(now)
    )
    return changed == 1


@transaction.atomic
def attempt_scoring_overdue_claim(
    *, now: datetime | None = None, older_than_seconds: float = 30, limit: int = 200
) -> list[int]:
    """Claim submitted attempts whose scoring was asked for over `older_than_seconds` ago and which are still
    unscored, oldest first, at most `limit`; returns their ids for the caller to enqueue again.

    "Unscored" is exact: an attempt turns scored in the very transaction that writes its report for its own
    version's rubric. Safe on several machines at once: rows another reconciler (or a worker scoring them)
    holds are skipped, and the claim stamps `scoring_requested_at`, so the next run leaves them alone for
    another `older_than_seconds` instead of piling up duplicate tasks behind a slow queue.
    """
    moment = _now(now)
    cutoff = moment - timedelta(seconds=older_than_seconds)
    ids = list(
        Attempt.objects.select_for_update(skip_locked=True)
        .filter(status=Attempt.Status.SUBMITTED, scoring_requested_at__lte=cutoff)
        .order_by("scoring_requested_at", "pk")
        .values_list("pk", flat=True)[:limit]
    )
    if ids:
        Attempt.objects.filter(pk__in=ids).update(scoring_requested_at=moment)
    return ids
