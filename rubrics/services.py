"""Writes for rubrics: score reports, written by the scoring worker, by the reconciler's retries and by
rescoring under a changed rubric.

Scoring one attempt is one transaction: lock the attempt, read its answers, run the engine, write the
report, mark the attempt scored, audit. A worker that dies anywhere before the commit leaves nothing
behind, and the task (acknowledged late) or the reconciler runs it again. A second run finds the report
and writes nothing: one report per attempt and rubric version, held by a unique constraint.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Mapping
from datetime import datetime

from django.conf import settings
from django.db import IntegrityError, OperationalError, transaction

from accounts.types import ApplicationError
from assessments.services import (
    AttemptForScoring,
    assessment_version_refreeze_current,
    attempt_lock_for_scoring,
    attempt_mark_scored,
    attempt_scoring_overdue_claim,
    attempts_mark_scored,
    attempts_submitted_claim_for_scoring,
)
from audit.services import audit_batch, audit_record
from audit.types import AuditActor
from rubrics.engine import (
    Answer,
    AnswerError,
    AttemptResult,
    ScoringInput,
    result_data,
    rubric_version_of,
    score_attempt,
)
from rubrics.models import ScoreReport
from rubrics.selectors import score_report_latest, score_summary
from rubrics.types import RescoreOutcome

logger = logging.getLogger(__name__)

SCORING_ACTOR = AuditActor.system("scoring worker")
# The reconciler: an attempt still unscored this long after scoring was asked for is enqueued again.
RECONCILE_AFTER_SECONDS = 30
RECONCILE_BATCH = 200

# Test hook, off in production: see `_delay_for_tests`.
TEST_DELAY_VARIABLE = "SCORING_TEST_DELAY_SECONDS"


def _delay_for_tests() -> None:
    """Hold the attempt's lock for SCORING_TEST_DELAY_SECONDS before scoring, so that a test can kill a
    worker in the middle of a scoring (tests/integration/test_scoring_worker.py).

    Honoured only when settings.DEBUG or settings.SCORING_TEST_HOOKS is on, neither of which production
    allows (`check --deploy` refuses DEBUG); read from the environment on purpose, not from the typed
    settings, because it is not configuration of the product: only the test's worker process sets it.
    """
    if not (settings.DEBUG or getattr(settings, "SCORING_TEST_HOOKS", False)):
        return
    delay = os.environ.get(TEST_DELAY_VARIABLE, "")
    if delay:
        time.sleep(float(delay))


def _scorable_answers(
    scoring_input: ScoringInput, answers: Mapping[str, Answer]
) -> tuple[dict[str, Answer], list[str]]:
    """The answers the engine accepts, and the slugs of those it refuses.

    Saves are checked for shape, not against the item (an option key removed by a later playbook version
    only shows at rescoring). A refused answer counts as unanswered and is named in the audit event,
    rather than leaving the whole attempt unscored and its task failing forever.
    """
    usable = dict(answers)
    refused = []
    for slug, answer in answers.items():
        try:
            score_attempt(scoring_input, {slug: answer})
        except AnswerError:
            refused.append(slug)
            del usable[slug]
    return usable, refused


def _engine_result(locked: AttemptForScoring, scoring_input: ScoringInput) -> tuple[AttemptResult, list[str]]:
    try:
        return score_attempt(scoring_input, locked.answers), []
    except AnswerError:
        answers, refused = _scorable_answers(scoring_input, locked.answers)
        logger.warning(
            "attempt %s: answers to %s do not fit their items and count as unanswered",
            locked.attempt.public_id,
            ", ".join(refused),
        )
        return score_attempt(scoring_input, answers), refused


def _score_report_write(
    *,
    attempt_id: int,
    scoring_input: ScoringInput | None,
    rubric_version: str | None,
    action: str,
    actor: AuditActor,
    now: datetime | None,
    audit_extra: Mapping[str, object] | None = None,
) -> tuple[ScoreReport | None, bool]:
    """(report, written): the report for this attempt and rubric version, written unless it was there."""
    locked = attempt_lock_for_scoring(attempt_id=attempt_id)
    if locked is None:
        return None, False
    _delay_for_tests()
    return _score_locked(
        locked,
        scoring_input=scoring_input,
        rubric_version=rubric_version,
        action=action,
        actor=actor,
        now=now,
        audit_extra=audit_extra,
    )


def _score_locked(
    locked: AttemptForScoring,
    *,
    scoring_input: ScoringInput | None,
    rubric_version: str | None,
    action: str,
    actor: AuditActor,
    now: datetime | None,
    audit_extra: Mapping[str, object] | None = None,
) -> tuple[ScoreReport, bool]:
    """`_score_report_write` for an attempt its caller has locked and read."""
    attempt_id = locked.attempt.pk
    if scoring_input is None:
        scoring_input, rubric_version = locked.scoring_input, locked.rubric_version
    elif rubric_version is None:
        rubric_version = rubric_version_of(scoring_input)

    # A submitted attempt scored under its own version's rubric has no report for it yet: the attempt turns
    # scored in the very transaction that writes that report (and we hold its lock), so the look-up is
    # skipped on the worker's usual path. Anything else may have been scored before.
    first_scoring = (
        locked.attempt.status == locked.attempt.Status.SUBMITTED and rubric_version == locked.rubric_version
    )
    if not first_scoring:
        existing = ScoreReport.objects.filter(attempt_id=attempt_id, rubric_version=rubric_version).first()
        if existing is not None:
            return existing, False  # scored before: a redelivered task, the reconciler, a double rescore

    result, refused = _engine_result(locked, scoring_input)
    attempt = locked.attempt
    report = _report_of(locked, rubric_version, result)
    if first_scoring:
        # No report can be there (see above), so no savepoint to catch a duplicate: two statements fewer
        # on every scoring. Should one appear all the same, the error rolls the scoring back and the task's
        # next run finds the report.
        report.save(force_insert=True)
    else:
        try:
            with transaction.atomic():  # a savepoint: the duplicate's error must not doom the transaction
                report.save(force_insert=True)
        except IntegrityError:
            # Only reachable without the row lock (another writer that skipped it): theirs stands.
            return ScoreReport.objects.get(attempt_id=attempt.pk, rubric_version=rubric_version), False

    if rubric_version == locked.rubric_version:
        # Scored under its own version's rubric: the attempt is scored. A rescore under a newer rubric
        # leaves the status alone (it was scored already).
        attempt_mark_scored(attempt=attempt, report=report, now=now, integrity=locked.integrity)
    _scored_audit(locked, report, result, refused, action=action, actor=actor, audit_extra=audit_extra)
    return report, True


def _report_of(locked: AttemptForScoring, rubric_version: str, result: AttemptResult) -> ScoreReport:
    """The report of the engine's `result` for the attempt, not yet written."""
    attempt = locked.attempt
    return ScoreReport(
        organization_id=attempt.organization_id,
        attempt_id=attempt.pk,
        rubric_version=rubric_version,
        engine_version=result.engine_version,
        # The canonical JSON's content (`result_to_json`), without writing and parsing it again.
        result=result_data(result),
        overall=result.overall,
        recommendation=result.recommendation,
    )


def _scored_audit(
    locked: AttemptForScoring,
    report: ScoreReport,
    result: AttemptResult,
    refused: list[str],
    *,
    action: str,
    actor: AuditActor,
    audit_extra: Mapping[str, object] | None = None,
) -> None:
    data: dict[str, object] = {
        "report": report.pk,
        "rubric_version": report.rubric_version,
        "engine_version": result.engine_version,
        "overall": result.overall,
        "recommendation": result.recommendation,
        "recommendation_reason": result.recommendation_reason,
        "red_flags": sorted({flag.code for flag in result.red_flags}),
    }
    if refused:
        data["answers_not_scored"] = refused
    data.update(audit_extra or {})
    attempt = locked.attempt
    audit_record(organization=attempt.organization, action=action, actor=actor, target=attempt, data=data)


@transaction.atomic
@audit_batch()
def score_report_for_attempt(
    *, attempt_id: int, scoring_input: ScoringInput | None = None, now: datetime | None = None
) -> ScoreReport | None:
    """Score a submitted attempt, once: returns its report for the rubric version, written now or before.

    `scoring_input` None means the attempt's own assessment version (what the worker does). None is
    returned when the attempt no longer exists. Audited "attempt.scored" when a report is written; that
    event and the pipeline's stage move's are written together at the end (`audit_batch`).
    """
    report, _ = _score_report_write(
        attempt_id=attempt_id,
        scoring_input=scoring_input,
        rubric_version=None,
        action="attempt.scored",
        actor=SCORING_ACTOR,
        now=now,
    )
    return report


# The batch scoring (SCORE_SUBMITTED_TASK): attempts claimed and scored together, in one transaction and
# one audit batch, so that a submission pays for neither a task message nor a chain lock of its own.
SCORING_BATCH = 50


@transaction.atomic
@audit_batch()
def _score_submitted_batch(*, limit: int, now: datetime | None) -> list[int]:
    claimed = attempts_submitted_claim_for_scoring(
        limit=limit, fresher_than_seconds=RECONCILE_AFTER_SECONDS, now=now
    )
    if not claimed:
        return []
    _delay_for_tests()
    # Each attempt is submitted and claimed under its own version's rubric, so none has a report yet (see
    # `_score_locked`): the engine scores them all, then one statement writes each step for the batch (the
    # reports, the attempts marked scored and, through the signal, the pipeline rows and their moves).
    scored = []
    for locked in claimed:
        result, refused = _engine_result(locked, locked.scoring_input)
        scored.append((locked, _report_of(locked, locked.rubric_version, result), result, refused))
    ScoreReport.objects.bulk_create([report for _, report, _, _ in scored])
    attempts_mark_scored(
        scored=[(locked.attempt, report, locked.integrity) for locked, report, _, _ in scored], now=now
    )
    for locked, report, result, refused in scored:
        _scored_audit(locked, report, result, refused, action="attempt.scored", actor=SCORING_ACTOR)
    return [locked.attempt.pk for locked in claimed]


def score_submitted(*, limit: int = SCORING_BATCH, now: datetime | None = None) -> list[int]:
    """Score up to `limit` submitted attempts waiting for it that no other worker holds, oldest first;
    returns the ids of the attempts claimed (each now has its report, or is left to the reconciler).

    One transaction for the batch: a worker that dies in it leaves every claimed attempt as it was, and the
    next batch or the reconciler takes them. Should one attempt's scoring fail (a bug, a refused state),
    the batch is rolled back and each of its attempts scored in a transaction of its own, so that one
    attempt never holds up the others; the failing one is logged and left, submitted, to the reconciler,
    whose one-attempt tasks retry a capped number of times. A lost database connection is raised, for the
    task's own retries.
    """
    try:
        return _score_submitted_batch(limit=limit, now=now)
    except OperationalError:
        raise
    except Exception:  # noqa: BLE001 - whatever failed, the other attempts of the batch must still be scored
        logger.exception("a batch scoring failed: scoring its attempts one by one")
    with transaction.atomic():
        ids = [
            locked.attempt.pk
            for locked in attempts_submitted_claim_for_scoring(
                limit=limit, fresher_than_seconds=RECONCILE_AFTER_SECONDS, now=now
            )
        ]
    for attempt_id in ids:
        try:
            score_report_for_attempt(attempt_id=attempt_id, now=now)
        except OperationalError:
            raise
        except Exception:  # noqa: BLE001 - logged with its attempt; the reconciler tries it again
            logger.exception("attempt %s could not be scored; the reconciler will try again", attempt_id)
    return ids


@transaction.atomic
def scoring_reconcile(
    *,
    now: datetime | None = None,
    older_than_seconds: float = RECONCILE_AFTER_SECONDS,
    limit: int = RECONCILE_BATCH,
) -> list[int]:
    """Enqueue scoring again for submitted attempts still unscored `older_than_seconds` after it was asked
    for: a task lost with its worker (Redis would redeliver it only after the visibility timeout, an hour),
    or never sent because the process died between commit and send. Returns the attempt ids enqueued.

    Safe on several machines at once (see `attempt_scoring_overdue_claim`); bounded to `limit` per run.
    """
    # Imported here: the task module calls these services, and this is the one service that sends a task.
    from rubrics.tasks import score_attempt_task

    attempt_ids = attempt_scoring_overdue_claim(now=now, older_than_seconds=older_than_seconds, limit=limit)
    for attempt_id in attempt_ids:
        score_attempt_task.delay_on_commit(attempt_id)
    if attempt_ids:
        logger.info("re-enqueued scoring of %d submitted but unscored attempts", len(attempt_ids))
    return attempt_ids


def attempt_rescore(*, attempt_id: int, actor: AuditActor, now: datetime | None = None) -> RescoreOutcome:
    """Score a scored attempt again under its playbook's current version: the same items frozen from the
    current content (a new rubric version when the rubrics changed), a new report for that version; the old
    report stays. Audited "attempt.rescored". Nothing is written when the rubric is unchanged, and an
    attempt whose items the current playbook lacks is refused with the reason (nothing written either).
    """
    before = score_report_latest(attempt_id=attempt_id)
    if before is None:
        raise ApplicationError("Only an attempt that has been scored can be rescored.")
    attempt = before.attempt
    public_id, label = str(attempt.public_id), attempt.candidate_label
    try:
        with transaction.atomic():
            version = assessment_version_refreeze_current(
                assessment_version_id=attempt.assessment_version_id, actor=actor
            )
            report, written = _score_report_write(
                attempt_id=attempt_id,
                scoring_input=ScoringInput.model_validate(version.scoring_input),
                rubric_version=version.rubric_version,
                action="attempt.rescored",
                actor=actor,
                now=now,
                audit_extra={
                    "previous_report": before.pk,
                    "previous_rubric_version": before.rubric_version,
                    "previous_overall": before.overall,
                    "previous_recommendation": before.recommendation,
                    "assessment_version": version.pk,
                },
            )
    except ApplicationError as exc:
        return RescoreOutcome(
            attempt_public_id=public_id,
            candidate_label=label,
            status="refused",
            before=score_summary(before),
            problem=exc.message,
        )
    if report is None:  # the attempt was deleted in between
        return RescoreOutcome(
            attempt_public_id=public_id,
            candidate_label=label,
            status="refused",
            before=score_summary(before),
            problem="the attempt no longer exists",
        )
    return RescoreOutcome(
        attempt_public_id=public_id,
        candidate_label=label,
        status="rescored" if written else "unchanged",
        before=score_summary(before),
        after=score_summary(report),
    )
