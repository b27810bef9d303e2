"""Scoring on a real worker: a submission is scored by the worker, and a worker killed in the middle of a
scoring leaves the attempt to be scored exactly once by the next one.

The killed worker holds the attempt's row lock inside its scoring transaction (made slow with
SCORING_TEST_DELAY_SECONDS, a test hook honoured only with DEBUG on; see rubrics.services). SIGKILL ends
it without a word: PostgreSQL rolls the transaction back and Redis keeps the message unacknowledged until
the visibility timeout (an hour). Production does not wait that long: the reconciler re-enqueues attempts
still unscored 30 s after submission. The test runs the reconciler as beat would 30 s later (its clock
moved on by 31 s instead of sleeping) and a fresh worker scores the attempt.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.db import OperationalError, transaction
from django.utils import timezone

from accounts.tests.factories import OrganizationFactory
from assessments.models import Attempt, Playbook
from assessments.services import (
    assessment_version_freeze,
    attempt_create,
    attempt_start,
    attempt_submit,
    playbook_files_load,
    response_save,
)
from assessments.types import PlaybookSpec
from audit.models import AuditEvent
from config.celery import Queues, app
from rubrics.management.commands.export_model_answers import model_answers_for_playbook
from rubrics.models import ScoreReport
from rubrics.services import TEST_DELAY_VARIABLE, scoring_reconcile
from tests.integration.conftest import start_celery_worker
from tests.integration.worker import CeleryWorker

pytestmark = [pytest.mark.integration, pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

TSS = "technical-support-specialist"
# Long enough never to finish on its own within the test, short enough that a leftover worker ends soon.
SLOW_SCORING_SECONDS = 45


def _submitted_attempt(label: str) -> Attempt:
    """A candidate who answered the blueprint with the model answers and submitted; the submission commits,
    so its scoring task is on the way to the broker when this returns."""
    playbook_files_load(paths=[Path(settings.BASE_DIR) / "fixtures" / "playbooks"])
    organization = OrganizationFactory.create()
    playbook_version = Playbook.objects.get(slug=TSS).current_version
    assert playbook_version is not None
    version = assessment_version_freeze(
        organization=organization, playbook_version=playbook_version, item_slugs=None
    )
    answers = model_answers_for_playbook(PlaybookSpec.model_validate(playbook_version.content))
    attempt = attempt_create(organization=organization, assessment_version=version, candidate_label=label)
    attempt_start(attempt_id=attempt.pk)
    for slug in version.item_slugs:
        response_save(attempt_id=attempt.pk, item_slug=slug, answer=answers[slug], seq=1)
    return attempt_submit(attempt_id=attempt.pk)


def _status(attempt: Attempt) -> str:
    return Attempt.objects.values_list("status", flat=True).get(pk=attempt.pk)


def _row_locked(attempt: Attempt) -> bool:
    """Whether another transaction (a worker's scoring) holds the attempt's row lock right now."""
    try:
        with transaction.atomic():
            list(Attempt.objects.select_for_update(nowait=True).filter(pk=attempt.pk).values_list("pk"))
    except OperationalError:
        return True
    return False


@pytest.fixture
def scoring_only_on_extra_workers(celery_worker: CeleryWorker) -> Iterator[None]:
    """The session's worker stops taking scoring tasks for the test, so the test decides which worker
    scores; it takes them again afterwards."""
    app.control.cancel_consumer(Queues.SCORING, destination=[celery_worker.nodename], reply=True, timeout=5)
    try:
        yield
    finally:
        app.control.add_consumer(Queues.SCORING, destination=[celery_worker.nodename], reply=True, timeout=5)


def test_a_submitted_attempt_is_scored_by_the_worker(celery_worker: CeleryWorker) -> None:
    attempt = _submitted_attempt("Ada Lovelace")

    celery_worker.wait_until(lambda: _status(attempt) == Attempt.Status.SCORED, what="scored attempt")

    [report] = ScoreReport.objects.filter(attempt=attempt)
    assert report.rubric_version == attempt.assessment_version.rubric_version
    assert AuditEvent.objects.filter(action="attempt.scored", target_id=str(attempt.pk)).count() == 1


def test_a_worker_killed_while_scoring_leaves_the_attempt_to_be_scored_once_by_the_next(
    scoring_only_on_extra_workers: None, extra_celery_workers: list[CeleryWorker], tmp_path: Path
) -> None:
    doomed = start_celery_worker(
        log_path=tmp_path / "worker-a.log",
        queues=(Queues.SCORING,),
        # The delay hook is honoured only with DEBUG on (or SCORING_TEST_HOOKS in the settings).
        environment={"DEBUG": "true", TEST_DELAY_VARIABLE: str(SLOW_SCORING_SECONDS)},
        own_process_group=True,
    )
    extra_celery_workers.append(doomed)

    attempt = _submitted_attempt("Grace Hopper")
    # A worker's start (Django set up, the broker joined) takes seconds alone and far longer while the rest
    # of the suite keeps both cores busy: a 30 s wait failed once under full-suite load.
    doomed.wait_until(
        lambda: _row_locked(attempt), what="worker A inside the scoring transaction", timeout=90
    )
    os.killpg(doomed.process.pid, signal.SIGKILL)
    doomed.process.wait(timeout=10)
    assert not ScoreReport.objects.filter(attempt=attempt).exists()
    assert _status(attempt) == Attempt.Status.SUBMITTED

    successor = start_celery_worker(log_path=tmp_path / "worker-b.log", queues=(Queues.SCORING,))
    extra_celery_workers.append(successor)
    # Beat's next run, 30 s on. PostgreSQL may need a moment to notice worker A's connection is gone and
    # release its lock; until then the reconciler skips the locked row, so ask until it is claimed.
    successor.wait_until(
        lambda: scoring_reconcile(now=timezone.now() + timedelta(seconds=31)) == [attempt.pk],
        what="the reconciler re-enqueueing the attempt",
        timeout=15,
    )
    successor.wait_until(lambda: _status(attempt) == Attempt.Status.SCORED, what="scored attempt", timeout=90)

    assert ScoreReport.objects.filter(attempt=attempt).count() == 1
    assert AuditEvent.objects.filter(action="attempt.scored", target_id=str(attempt.pk)).count() == 1
    assert "rubrics.score_attempt" in successor.log_text()  # B did it, not a leftover of A
