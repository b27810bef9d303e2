"""Writes for assessments: loading role playbooks into versions; freezing assessment versions; attempts,
their answers and their submission."""

from __future__ import annotations

import hashlib
import logging
import secrets
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.db import connections, models, router, transaction
from django.db.models import Sum
from django.utils import timezone
from kombu.exceptions import OperationalError as BrokerUnavailable

from accounts.types import ApplicationError
from assessments.models import (
    AssessmentVersion,
    Attempt,
    AttemptActivity,
    Playbook,
    PlaybookVersion,
    Response,
)
from assessments.playbooks.loader import ValidatedPlaybook, playbook_files_validate
from assessments.playbooks.schema import PlaybookFileError
from assessments.selectors import attempts_integrity_totals, scoring_input_for_playbook
from assessments.signals import attempt_status_changed, attempts_status_changed
from assessments.types import LoadOutcome, PlaybookLoadResult, PlaybookSpec
from audit.services import audit_batch, audit_record, audit_record_many
from audit.types import AuditActor, AuditRecord
from config.celery import Queues
from config.celery import app as celery_app

# From the module, not the package: import-linter's exception for assessments covers rubrics.engine.** only.
from rubrics.engine.inputs import Answer, ScoringInput, rubric_version_of

logger = logging.getLogger(__name__)


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

# The same contract for the usual path: a submission asks for `SCORE_SUBMITTED_TASK` with `[slot]`, and
# the task scores every submitted attempt waiting for it, in batches (rubrics.services.score_submitted).
# One message per attempt would cost more than the scoring itself: sending, receiving and running a task
# message is about a millisecond of CPU on each side, and so is each transaction's audit chain lock. So a
# submission sends a message only when none is on its way for its slot: the slot's key in the shared cache
# says one is, from its send until the task starts (the task deletes the key first, then claims what is
# waiting, so a submission that found the key is claimed by that task). A lost message only delays: the key
# expires after SCORING_KICK_SECONDS, and the reconciler sends attempts still unscored 30 s after their
# submission one by one (`SCORE_ATTEMPT_TASK`), as it always did.
SCORE_SUBMITTED_TASK = "rubrics.score_submitted"
# Batch tasks that may be on their way at once: enough for every worker process of a machine or two to
# score at the same time (each claims rows the others skip), few enough that messages stay rare.
SCORING_SLOTS = 4
SCORING_KICK_SECONDS = 10
# The batch task waits until this long after the submission that sent it (the send time goes with the
# message as `sent_at`), so that the submissions of those moments find its key and join its batch. Without
# it, under a steady stream a task starts as soon as it is sent and claims the one or two attempts that came
# since the last, and each batch's fixed work (the task message, the claim, the transaction, the chain lock)
# is paid again for every few submissions. A fifth of a second is nothing beside the report's seconds. A
# wait in the task, not a countdown on the message: a worker holding countdown messages when Redis went down
# consumed nothing after it came back (`python -m bench.faults --only redis-stop`).
SCORING_GATHER_SECONDS = 0.2

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
    # The integrity signals' totals (`attempt_integrity_totals`), when the claim read them with the answers:
    # the "scored" signal carries them to the pipeline's row, which would read them otherwise.
    integrity: dict[str, int] | None = None


def _now(now: datetime | None) -> datetime:
    return now if now is not None else timezone.now()


def _actor_or_system(actor: AuditActor | None) -> AuditActor:
    return actor if actor is not None else AuditActor.system()


def _attempt_actor(attempt: Attempt) -> AuditActor:
    return AuditActor.for_attempt(str(attempt.public_id), attempt.candidate_label)


def _status_changed(attempt: Attempt, *, at: datetime) -> None:
    attempt_status_changed.send(
        sender=Attempt,
        attempt_id=attempt.pk,
        organization_id=attempt.organization_id,
        status=attempt.status,
        at=at,
        started_at=attempt.started_at,
        submitted_at=attempt.submitted_at,
    )


# A frozen assessment version never changes (its content hash covers the items, rubrics and timing), so
# what the attempt's services read of it is kept per process by id: every save, submit and scoring of an
# attempt needs it, and a join plus Django building the query cost more than locking the row itself.
_VERSION_FIELDS = ("id", "organization_id", "playbook_version_id", "rubric_version", "item_slugs",
                   "time_limit_seconds", "grace_seconds")  # fmt: skip
_VERSIONS: OrderedDict[tuple[str, int], tuple[object, ...]] = OrderedDict()
_VERSIONS_SIZE = 256
_versions_lock = threading.Lock()


def _version_frozen(version_id: int, database: str) -> AssessmentVersion:
    """The attempt's version as if read with `defer("scoring_input", "label", "created_at")`: the fields
    that are left out load from the database if anything reads them."""
    key = (database, version_id)
    with _versions_lock:
        values = _VERSIONS.get(key)
        if values is not None:
            _VERSIONS.move_to_end(key)
    if values is None:
        values = AssessmentVersion.objects.using(database).values_list(*_VERSION_FIELDS).get(pk=version_id)
        with _versions_lock:
            _VERSIONS[key] = values
            while len(_VERSIONS) > _VERSIONS_SIZE:
                _VERSIONS.popitem(last=False)
    # A copy of the list: JSON values are mutable, and one caller's change must not reach the next.
    fields = [list(value) if isinstance(value, list) else value for value in values]
    return AssessmentVersion.from_db(database, list(_VERSION_FIELDS), fields)


def _attempt_locked_sql(database: str) -> str:
    connection = connections[database]
    quote = connection.ops.quote_name
    lock = " FOR UPDATE" if connection.features.has_select_for_update else ""
    return f"SELECT * FROM {quote(Attempt._meta.db_table)} WHERE {quote('id')} = %s{lock}"  # noqa: S608


def _attempt_locked_or_none(*, attempt_id: int) -> Attempt | None:
    """The attempt, its row locked until the transaction ends, with its assessment version (from the
    per-process copy) and its organization (id only; anything else of it loads when read).

    One plain statement: this runs on every save, submit and scoring, and building the ORM's query for a
    locked read with two joins took several times what the database needs to answer it."""
    database = router.db_for_write(Attempt)
    rows = Attempt.objects.raw(_attempt_locked_sql(database), [attempt_id]).using(database)
    attempt = next(iter(rows), None)
    if attempt is None:
        return None
    cache = attempt._state.fields_cache
    cache["assessment_version"] = _version_frozen(attempt.assessment_version_id, database)
    organization_model = Attempt._meta.get_field("organization").related_model
    cache["organization"] = organization_model.from_db(database, ["id"], [attempt.organization_id])
    return attempt


def _attempt_locked(*, attempt_id: int) -> Attempt:
    attempt = _attempt_locked_or_none(attempt_id=attempt_id)
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


def _check_session_holder(attempt: Attempt, session_holder: str | None) -> None:
    """A candidate's browser may change answers only while it holds the attempt (see Attempt.active_holder);
    None is a caller that is not a browser (the server's own submission, the services' tests)."""
    if session_holder is None or attempt.active_holder == session_holder:
        return
    raise ApplicationError(
        "This assessment is now open in another browser, so this window can no longer change answers. "
        "Continue in the other browser, or open the assessment here again to move it back.",
        extra={"code": "moved"},
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
    contact_name: str = "",
    contact_email: str = "",
    candidate_email: str = "",
    actor: AuditActor | None = None,
) -> Attempt:
    """A new, not yet started attempt at this assessment version (the clock starts at `attempt_start`).

    `contact_name` and `contact_email` are whom the candidate is told to contact when the link no longer
    works (the inviting recruiter). `candidate_email`, when given, receives the submission confirmation.
    The attempt has no link until `attempt_link_issue`.
    """
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
        contact_name=contact_name[:200],
        contact_email=contact_email,
        candidate_email=candidate_email.strip(),
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
    _status_changed(attempt, at=started_at)
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
    *,
    attempt_id: int,
    item_slug: str,
    answer: object,
    seq: int,
    now: datetime | None = None,
    session_holder: str | None = None,
) -> Response:
    """Save one answer if `seq` is the highest seen for it; returns the answer as stored.

    A save with a sequence number at or below the stored one is ignored (the stored response is returned,
    so the caller can tell the client which save won): duplicates and late arrivals are harmless. Refused,
    with the message shown to the candidate, before the start, after the submission, and after deadline +
    grace; nothing saved earlier is touched. With `session_holder` (a candidate's browser), refused unless
    that browser holds the attempt.

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
    _check_session_holder(attempt, session_holder)
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


def access_token_hash(token: str) -> str:
    """The stored form of an emailed link's token: SHA-256, hex."""
    return hashlib.sha256(token.encode("ascii", errors="replace")).hexdigest()


def _link_actor(actor: AuditActor | None) -> AuditActor:
    return _actor_or_system(actor)


@transaction.atomic
def attempt_link_issue(
    *, attempt_id: int, valid_until: datetime, actor: AuditActor | None = None, now: datetime | None = None
) -> str:
    """A new emailed link for the attempt: returns the raw token (256 random bits, URL-safe), which is
    never stored (only its SHA-256 is). A link issued before stops working: only the latest email opens
    the attempt. Clears a revocation. Refused once the attempt is submitted. Audited "attempt.link_issued"
    (without the token)."""
    attempt = _attempt_locked(attempt_id=attempt_id)
    if attempt.status in (Attempt.Status.SUBMITTED, Attempt.Status.SCORED):
        raise ApplicationError("This assessment has already been submitted, so it needs no new link.")
    if valid_until <= _now(now):
        raise ApplicationError("A link's validity must end in the future.")
    token = secrets.token_urlsafe(32)
    attempt.access_token_hash = access_token_hash(token)
    attempt.link_expires_at = valid_until
    attempt.link_revoked_at = None
    attempt.save(update_fields=["access_token_hash", "link_expires_at", "link_revoked_at"])
    audit_record(
        organization=attempt.organization,
        action="attempt.link_issued",
        actor=_link_actor(actor),
        target=attempt,
        data={"valid_until": valid_until.isoformat()},
    )
    return token


@transaction.atomic
def attempt_link_revoke(
    *, attempt_id: int, actor: AuditActor | None = None, now: datetime | None = None
) -> Attempt:
    """The emailed link stops working at once (an attempt in progress can no longer be opened with it).
    Revoking twice changes nothing. Audited "attempt.link_revoked"."""
    attempt = _attempt_locked(attempt_id=attempt_id)
    if attempt.link_revoked_at is not None:
        return attempt
    attempt.link_revoked_at = _now(now)
    attempt.save(update_fields=["link_revoked_at"])
    audit_record(
        organization=attempt.organization,
        action="attempt.link_revoked",
        actor=_link_actor(actor),
        target=attempt,
        data={},
    )
    return attempt


@transaction.atomic
def attempt_link_extend(
    *, attempt_id: int, valid_until: datetime, actor: AuditActor | None = None, now: datetime | None = None
) -> Attempt:
    """Move the link's expiry to `valid_until` (the same link keeps working). Refused for a revoked link
    (issue a new one instead) and for a time in the past. Audited "attempt.link_extended"."""
    attempt = _attempt_locked(attempt_id=attempt_id)
    if attempt.access_token_hash is None:
        raise ApplicationError("This attempt has no link yet: send the invitation first.")
    if attempt.link_revoked_at is not None:
        raise ApplicationError("This link was revoked: send a new invitation instead of extending it.")
    if valid_until <= _now(now):
        raise ApplicationError("A link's validity must end in the future.")
    previous = attempt.link_expires_at
    attempt.link_expires_at = valid_until
    attempt.save(update_fields=["link_expires_at"])
    audit_record(
        organization=attempt.organization,
        action="attempt.link_extended",
        actor=_link_actor(actor),
        target=attempt,
        data={"from": previous.isoformat() if previous else None, "to": valid_until.isoformat()},
    )
    return attempt


@transaction.atomic
def attempt_accommodation_set(
    *, attempt_id: int, extra_seconds: int, actor: AuditActor | None = None
) -> Attempt:
    """Set the extra time granted as an accommodation, before or during the attempt. During it, the
    deadline moves at once (start + limit + accommodation), and the candidate's countdown picks it up at
    its next sync. Refused after submission, and when negative. Audited "attempt.accommodation_set"."""
    if extra_seconds < 0:
        raise ApplicationError("Extra time cannot be negative.")
    attempt = _attempt_locked(attempt_id=attempt_id)
    if attempt.status in (Attempt.Status.SUBMITTED, Attempt.Status.SCORED):
        raise ApplicationError("This assessment has already been submitted: extra time can no longer help.")
    previous = attempt.accommodation_seconds
    attempt.accommodation_seconds = extra_seconds
    fields = ["accommodation_seconds"]
    if attempt.started_at is not None:
        allowed = attempt.assessment_version.time_limit_seconds + extra_seconds
        attempt.deadline_at = attempt.started_at + timedelta(seconds=allowed)
        fields.append("deadline_at")
    attempt.save(update_fields=fields)
    audit_record(
        organization=attempt.organization,
        action="attempt.accommodation_set",
        actor=_actor_or_system(actor),
        target=attempt,
        data={
            "from_seconds": previous,
            "to_seconds": extra_seconds,
            "deadline_at": attempt.deadline_at.isoformat() if attempt.deadline_at else None,
        },
    )
    return attempt


def scoring_kick_key(slot: int) -> str:
    """The shared cache's key that says a batch scoring task for `slot` is on its way.
    SCORING_KICK_NAMESPACE: the test suite gives each test its own, so a key never outlives its test."""
    namespace = getattr(settings, "SCORING_KICK_NAMESPACE", "")
    return f"scoring-kick:{namespace}:{slot}"


def scoring_kick_release(*, slot: int) -> None:
    """Called by the batch task as it starts, before it claims anything (see SCORE_SUBMITTED_TASK)."""
    cache.delete(scoring_kick_key(slot))


def attempt_scoring_enqueue(attempt_id: int) -> None:
    """Ask for scoring of a submitted attempt (after its submission committed): a batch scoring task for the
    attempt's slot, unless one is already on its way and will claim this attempt too (SCORE_SUBMITTED_TASK).

    When the broker cannot be reached, the submission stands: it is committed, and the candidate must hear
    that it is in, not get an error for a task message. The attempt stays submitted with its
    `scoring_requested_at`, so the reconciler (`rubrics.reconcile_unscored`, every 30 s) enqueues it again
    once the broker is back. Raising here instead would turn the submit request into a server error after
    the commit: Django runs on_commit callbacks as the atomic block exits, still inside the view. The same
    holds when the shared cache is down: the message is sent without asking it.
    """
    slot = attempt_id % SCORING_SLOTS
    key = scoring_kick_key(slot)
    try:
        if not cache.add(key, attempt_id, timeout=SCORING_KICK_SECONDS):
            return  # a batch task for this slot is on its way and has not started: it will claim this one
    except Exception:  # noqa: BLE001 - any cache error: send anyway, a duplicate batch task only claims nothing
        logger.warning("scoring kick key unavailable; sending the batch task anyway", exc_info=True)
        key = ""
    # By name (see SCORE_ATTEMPT_TASK); the queue is given here because a process that never imported
    # rubrics.tasks does not know the task's own options.
    try:
        celery_app.send_task(
            SCORE_SUBMITTED_TASK,
            args=[slot],
            kwargs={"sent_at": timezone.now().timestamp()},
            queue=Queues.SCORING,
        )
    except BrokerUnavailable:
        if key:
            cache.delete(key)  # nothing is on its way: the next submission must send
        logger.warning(
            "scoring of attempt %s not enqueued: the broker is unreachable; the reconciler will enqueue it",
            attempt_id,
            exc_info=True,
        )


@transaction.atomic
@audit_batch()
def attempt_submit(
    *,
    attempt_id: int,
    submitted_by: str = Attempt.SubmittedBy.CANDIDATE,
    now: datetime | None = None,
    session_holder: str | None = None,
) -> Attempt:
    """Submit the attempt once; scoring is enqueued when this transaction commits.

    Idempotent: double clicks, retries and two tabs all lock the row in turn, and only the first finds it
    open, so there is one submission, one audit event and one scoring task. The candidate's submit is
    refused after deadline + grace (their saved answers stay); the server's (`submitted_by="server"`, the
    deadline sweep) is not. With `session_holder` (a candidate's browser), refused unless that browser
    holds the attempt. The first submission also audits the integrity signals' summary and, when the
    attempt has a candidate email, enqueues the confirmation email (after commit).
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
    _check_session_holder(attempt, session_holder)

    attempt.status = Attempt.Status.SUBMITTED
    attempt.submitted_at = submitted_at
    attempt.submitted_by = submitted_by
    attempt.scoring_requested_at = submitted_at
    fields = ["status", "submitted_at", "submitted_by", "scoring_requested_at"]
    if attempt.candidate_email:
        attempt.confirmation_requested_at = submitted_at
        fields.append("confirmation_requested_at")
    attempt.save(update_fields=fields)
    answered = Response.objects.filter(attempt_id=attempt.pk).exclude(answer=None).count()
    integrity = _integrity_summary(attempt)
    # The receivers' events (the pipeline's stage move) come before this service's own in the chain.
    _status_changed(attempt, at=submitted_at)
    submitted = AuditRecord(
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
    # With the stage move's event, under one take of the chain's lock at the end of the work (`audit_batch`).
    audit_record_many(organization=attempt.organization, records=[submitted, integrity])
    transaction.on_commit(partial(attempt_scoring_enqueue, attempt.pk))
    if attempt.candidate_email:
        # Imported here: tasks.py calls this module's services, so a top-level import would be circular.
        from assessments.tasks import attempt_confirmation_email_task

        attempt_confirmation_email_task.delay_on_commit(attempt.pk)
    return attempt


def _integrity_summary(attempt: Attempt) -> AuditRecord:
    """One audit event with the totals, at submission: the signals arrive every few seconds while the
    candidate works, and one event each would flood the log and serialise the organization's saves on its
    chain lock."""
    rows = (
        AttemptActivity.objects.filter(attempt_id=attempt.pk)
        .values_list("item_slug")
        .order_by("item_slug")
        .annotate(Sum("focus_lost_count"), Sum("focus_lost_seconds"), Sum("paste_count"), Sum("paste_chars"))
    )
    totals = {"focus_lost_count": 0, "focus_lost_seconds": 0, "paste_count": 0, "paste_chars": 0}
    pasted_items = []
    for item_slug, *sums in rows:
        for name, value in zip(totals, sums, strict=True):
            totals[name] += value or 0
        if item_slug and sums[2]:  # pastes into a question
            pasted_items.append(item_slug)
    return AuditRecord(
        action="attempt.integrity_summarised",
        actor=AuditActor.system("integrity signals"),
        target=attempt,
        data={**totals, "pasted_items": pasted_items},
    )


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
    attempt = _attempt_locked_or_none(attempt_id=attempt_id)
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


def attempts_submitted_claim_for_scoring(
    *, limit: int, fresher_than_seconds: float, now: datetime | None = None
) -> list[AttemptForScoring]:
    """Lock up to `limit` submitted attempts that no one else holds, whose scoring was asked for within the
    last `fresher_than_seconds` (older ones are the reconciler's: one at a time, retries capped), oldest
    first, and read what scoring needs: the batch scoring's claim. Must be called inside a transaction.

    Three statements for the lot: the attempts (locked, skipping rows another worker, a late save or the
    reconciler holds), their answers, their integrity totals, and nothing more while each version's
    scoring input is cached.
    """
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("attempts_submitted_claim_for_scoring locks rows: call it in transaction.atomic")
    database = router.db_for_write(Attempt)
    connection = connections[database]
    quote = connection.ops.quote_name
    lock = ""
    if connection.features.has_select_for_update_skip_locked:
        lock = " FOR UPDATE SKIP LOCKED"
    elif connection.features.has_select_for_update:
        lock = " FOR UPDATE"
    sql = (
        f"SELECT * FROM {quote(Attempt._meta.db_table)} WHERE {quote('status')} = %s"  # noqa: S608
        f" AND {quote('scoring_requested_at')} >= %s"
        f" ORDER BY {quote('scoring_requested_at')}, {quote('id')} LIMIT %s{lock}"
    )
    cutoff = _now(now) - timedelta(seconds=fresher_than_seconds)
    attempts = list(Attempt.objects.raw(sql, [Attempt.Status.SUBMITTED, cutoff, limit]).using(database))
    if not attempts:
        return []
    answers: dict[int, dict[str, Answer]] = {attempt.pk: {} for attempt in attempts}
    rows = (
        Response.objects.using(database)
        .filter(attempt_id__in=list(answers))
        .order_by()
        .values_list("attempt_id", "item_slug", "answer")
    )
    for attempt_id, item_slug, answer in rows:
        answers[attempt_id][item_slug] = answer
    integrity = attempts_integrity_totals(attempt_ids=list(answers))
    organization_model = Attempt._meta.get_field("organization").related_model
    claimed = []
    for attempt in attempts:
        version = _version_frozen(attempt.assessment_version_id, database)
        cache_of = attempt._state.fields_cache
        cache_of["assessment_version"] = version
        cache_of["organization"] = organization_model.from_db(database, ["id"], [attempt.organization_id])
        claimed.append(
            AttemptForScoring(
                attempt=attempt,
                scoring_input=_scoring_input_of(version),
                rubric_version=version.rubric_version,
                answers=answers[attempt.pk],
                integrity=integrity[attempt.pk],
            )
        )
    return claimed


def attempt_mark_scored(
    *,
    attempt: Attempt,
    report: object,
    now: datetime | None = None,
    integrity: dict[str, int] | None = None,
) -> bool:
    """Move a submitted attempt to scored; the caller has just written its `report`, holding the
    attempt's lock from `attempt_lock_for_scoring` (which gave it `attempt`). Scored stays scored.
    Returns whether the status changed; the signal carries the report to its receivers, and `integrity`
    (the attempt's integrity totals) when the caller read them."""
    scored_at = _now(now)
    changed = Attempt.objects.filter(pk=attempt.pk, status=Attempt.Status.SUBMITTED).update(
        status=Attempt.Status.SCORED, scored_at=scored_at
    )
    if changed:
        attempt.status, attempt.scored_at = Attempt.Status.SCORED, scored_at
        attempt_status_changed.send(
            sender=Attempt,
            attempt_id=attempt.pk,
            organization_id=attempt.organization_id,
            status=Attempt.Status.SCORED,
            at=scored_at,
            started_at=attempt.started_at,
            submitted_at=attempt.submitted_at,
            report=report,
            integrity=integrity,
        )
    return changed == 1


def attempts_mark_scored(
    *, scored: Sequence[tuple[Attempt, object, dict[str, int] | None]], now: datetime | None = None
) -> None:
    """`attempt_mark_scored` for a scoring batch, in one statement: each (attempt, report, integrity) has
    just had its report written, its attempt claimed (`attempts_submitted_claim_for_scoring`, so it is
    submitted and locked). One `attempts_status_changed` signal carries them all to the receivers.

    Should any of them not be submitted after all, nothing is marked and RuntimeError is raised: the
    batch rolls back and its attempts are scored one by one (`rubrics.services.score_submitted`)."""
    if not scored:
        return
    scored_at = _now(now)
    ids = [attempt.pk for attempt, _, _ in scored]
    changed = Attempt.objects.filter(pk__in=ids, status=Attempt.Status.SUBMITTED).update(
        status=Attempt.Status.SCORED, scored_at=scored_at
    )
    if changed != len(set(ids)):
        raise RuntimeError(f"{len(ids) - changed} of the batch's attempts were not submitted and locked")
    changes = []
    for attempt, report, integrity in scored:
        attempt.status, attempt.scored_at = Attempt.Status.SCORED, scored_at
        changes.append(
            {
                "attempt_id": attempt.pk,
                "organization_id": attempt.organization_id,
                "status": Attempt.Status.SCORED,
                "at": scored_at,
                "started_at": attempt.started_at,
                "submitted_at": attempt.submitted_at,
                "report": report,
                "integrity": integrity,
            }
        )
    attempts_status_changed.send(sender=Attempt, changes=changes)


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
