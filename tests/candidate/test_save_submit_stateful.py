"""A stateful property test of the save and submit services on the real PostgreSQL: random interleavings
of duplicate, out-of-order and concurrent saves and of 2-10 parallel submits always end with exactly one
submission, one scoring task, and the highest sequence number kept for every answer.

Each answer's text is a function of its item and sequence number, so "the highest sequence number kept"
is checked on the answer itself: a lower-numbered save that overwrote a higher one would show.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule, run_state_machine_as_test

import assessments.services
from accounts.models import Organization
from accounts.types import ApplicationError
from assessments.models import AssessmentVersion, Attempt, Response
from assessments.services import (
    attempt_create,
    attempt_start,
    attempt_submit,
    response_save,
)
from audit.models import AuditEvent
from config.celery import app as celery_app

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.postgres]

ITEMS = ["writing-angry-customer-email", "detail-bounced-email", "tech-wifi-first-step"]
items = st.sampled_from(ITEMS)
seqs = st.integers(min_value=0, max_value=40)
saves = st.tuples(items, seqs)


def text_of(item: str, seq: int) -> str:
    return f"{item} draft {seq}"


def run_at_once(jobs: list[Callable[[], Any]]) -> list[Any]:
    """Run the jobs in threads released together; each result is its return value or its exception."""
    barrier = threading.Barrier(len(jobs))
    results: list[Any] = [None] * len(jobs)

    def worker(index: int, job: Callable[[], Any]) -> None:
        try:
            barrier.wait()
            results[index] = job()
        except BaseException as error:  # noqa: BLE001 - returned to the caller, which checks it
            results[index] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(index, job)) for index, job in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


class ScoringSends:
    """Scoring asked for per attempt (`attempt_scoring_enqueue`, run when a submission commits; counted
    instead of sent to a broker), from any thread."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.by_attempt: dict[int, int] = {}

    def enqueue(self, attempt_id: int) -> None:
        with self.lock:
            self.by_attempt[attempt_id] = self.by_attempt.get(attempt_id, 0) + 1


class SaveAndSubmit(RuleBasedStateMachine):
    organization: Organization
    version: AssessmentVersion
    sends: ScoringSends

    def __init__(self) -> None:
        super().__init__()
        self.highest: dict[str, int] = {}
        self.submitted = False
        self.attempt_id = 0

    @initialize()
    def start(self) -> None:
        attempt = attempt_create(
            organization=self.organization, assessment_version=self.version, candidate_label="Property"
        )
        self.attempt_id = attempt_start(attempt_id=attempt.pk).pk

    def _saved(self, item: str, seq: int) -> None:
        self.highest[item] = max(self.highest.get(item, -1), seq)

    def _save(self, item: str, seq: int) -> Any:
        return response_save(attempt_id=self.attempt_id, item_slug=item, answer=text_of(item, seq), seq=seq)

    def _save_later(self, item: str, seq: int) -> Callable[[], Any]:
        return lambda: self._save(item, seq)

    @rule(save=saves)
    def save_one(self, save: tuple[str, int]) -> None:
        item, seq = save
        if self.submitted:
            with pytest.raises(ApplicationError, match="already been submitted"):
                self._save(item, seq)
            return
        stored = self._save(item, seq)
        self._saved(item, seq)
        assert stored.seq == self.highest[item]

    @rule(save=saves, times=st.integers(min_value=2, max_value=4))
    def save_duplicated(self, save: tuple[str, int], times: int) -> None:
        """The same save sent again and again (a retry after a lost response)."""
        for _ in range(times):
            self.save_one(save)

    @rule(batch=st.lists(saves, min_size=2, max_size=8))
    def save_concurrently(self, batch: list[tuple[str, int]]) -> None:
        results = run_at_once([self._save_later(item, seq) for item, seq in batch])
        for (item, seq), result in zip(batch, results, strict=True):
            if self.submitted:
                assert isinstance(result, ApplicationError), result
            else:
                assert isinstance(result, Response), result
                self._saved(item, seq)

    @rule(submitters=st.integers(min_value=2, max_value=10), racing=st.lists(saves, max_size=4))
    def submit_in_parallel(self, submitters: int, racing: list[tuple[str, int]]) -> None:
        """2-10 tabs press Submit at once, while saves may still be arriving."""
        jobs: list[Callable[[], Any]] = [lambda: attempt_submit(attempt_id=self.attempt_id)] * submitters
        jobs += [self._save_later(item, seq) for item, seq in racing]
        results = run_at_once(jobs)
        assert all(isinstance(result, Attempt) for result in results[:submitters]), results
        for (item, seq), result in zip(racing, results[submitters:], strict=True):
            # A save that won the lock before the submission counts; one that came after is refused.
            if isinstance(result, Response):
                assert not self.submitted
                self._saved(item, seq)
            else:
                assert isinstance(result, ApplicationError) and result.extra.get("code") == "submitted"
        self.submitted = True

    @invariant()
    def the_highest_sequence_number_is_kept_for_every_answer(self) -> None:
        if not self.attempt_id:
            return
        stored = {
            slug: (seq, answer)
            for slug, seq, answer in Response.objects.filter(attempt_id=self.attempt_id).values_list(
                "item_slug", "seq", "answer"
            )
        }
        assert stored == {item: (seq, text_of(item, seq)) for item, seq in self.highest.items()}

    @invariant()
    def at_most_one_submission(self) -> None:
        if not self.attempt_id:
            return
        submissions = AuditEvent.objects.filter(
            action="attempt.submitted", target_id=str(self.attempt_id)
        ).count()
        assert submissions == (1 if self.submitted else 0)
        assert self.sends.by_attempt.get(self.attempt_id, 0) == submissions

    def teardown(self) -> None:
        if not self.attempt_id:
            return
        if not self.submitted:
            self.submit_in_parallel(submitters=3, racing=[])
        self.at_most_one_submission()
        self.the_highest_sequence_number_is_kept_for_every_answer()
        attempt = Attempt.objects.get(pk=self.attempt_id)
        assert attempt.status == Attempt.Status.SUBMITTED
        assert self.sends.by_attempt[self.attempt_id] == 1


def test_random_interleavings_of_saves_and_submits_keep_the_highest_answer_and_submit_once(
    monkeypatch: pytest.MonkeyPatch,
    playbooks: None,
    organization: Organization,
    assessment_version: AssessmentVersion,
) -> None:
    sends = ScoringSends()
    monkeypatch.setattr(assessments.services, "attempt_scoring_enqueue", sends.enqueue)
    monkeypatch.setattr(celery_app, "send_task", lambda *args, **kwargs: None)  # the email's, by name
    SaveAndSubmit.organization = organization
    SaveAndSubmit.version = assessment_version
    SaveAndSubmit.sends = sends
    run_state_machine_as_test(
        SaveAndSubmit,
        settings=settings(
            max_examples=25,
            stateful_step_count=8,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
            database=None,
        ),
    )
