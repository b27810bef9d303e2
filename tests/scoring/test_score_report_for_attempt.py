"""Scoring a submitted attempt: one report per attempt and rubric version, all or nothing, audited."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

import pytest
from django.db import IntegrityError, transaction

from accounts.types import ApplicationError
from assessments.models import Attempt
from audit.models import AuditEvent
from audit.selectors import audit_chain_verify
from rubrics.engine import ENGINE_VERSION, ScoringInput, result_to_json, score_attempt
from rubrics.models import ScoreReport
from rubrics.services import score_report_for_attempt
from tests.scoring.conftest import StartedAttempt, SubmittedAttempt

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


class Crash(Exception):
    """A failure after the report was written and before the commit (a worker dying, a bug)."""


def _scored_events(attempt: Attempt) -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(action="attempt.scored", target_id=str(attempt.pk)))


def test_a_submitted_attempt_gets_a_report_and_becomes_scored(
    submitted_attempt: SubmittedAttempt, model_answers: dict[str, Any]
) -> None:
    attempt = submitted_attempt()

    report = score_report_for_attempt(attempt_id=attempt.pk)

    assert report is not None
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.SCORED
    assert attempt.scored_at is not None
    version = attempt.assessment_version
    assert report.rubric_version == version.rubric_version
    assert report.engine_version == ENGINE_VERSION
    assert report.organization_id == attempt.organization_id
    assert sorted(report.result["items"]) == sorted(version.item_slugs)
    assert report.overall == report.result["overall"]
    assert report.recommendation == report.result["recommendation"]
    # Model answers are what the rubric was written for: every item answered, a good overall score.
    assert all(item["answered"] for item in report.result["items"].values())


def test_scoring_twice_writes_one_report_with_the_result_the_engine_gives(
    submitted_attempt: SubmittedAttempt,
) -> None:
    attempt = submitted_attempt()

    first = score_report_for_attempt(attempt_id=attempt.pk)
    second = score_report_for_attempt(attempt_id=attempt.pk)

    assert first is not None and second is not None
    assert second.pk == first.pk
    assert ScoreReport.objects.filter(attempt=attempt).count() == 1
    assert len(_scored_events(attempt)) == 1
    # The stored result is the engine's canonical result for the same answers and rubric version.
    frozen = ScoringInput.model_validate(attempt.assessment_version.scoring_input)
    answers = {response.item_slug: response.answer for response in attempt.responses.all()}
    rescored = json.loads(result_to_json(score_attempt(frozen, answers)))
    assert ScoreReport.objects.get(pk=first.pk).result == rescored


def test_the_database_refuses_a_second_report_for_the_same_rubric_version(
    submitted_attempt: SubmittedAttempt,
) -> None:
    attempt = submitted_attempt()
    report = score_report_for_attempt(attempt_id=attempt.pk)
    assert report is not None

    with pytest.raises(IntegrityError), transaction.atomic():
        ScoreReport.objects.create(
            organization_id=report.organization_id,
            attempt_id=attempt.pk,
            rubric_version=report.rubric_version,
            engine_version=report.engine_version,
            result=report.result,
            overall=report.overall,
            recommendation=report.recommendation,
        )


def test_a_scoring_that_fails_before_commit_leaves_no_report_and_no_audit_event(
    submitted_attempt: SubmittedAttempt, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempt = submitted_attempt()

    def crash(**_: Any) -> None:
        raise Crash

    # The last step of the transaction, after the report and the status change.
    monkeypatch.setattr("rubrics.services.audit_record", crash)
    with pytest.raises(Crash):
        score_report_for_attempt(attempt_id=attempt.pk)

    assert not ScoreReport.objects.filter(attempt=attempt).exists()
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.SUBMITTED
    assert attempt.scored_at is None
    assert _scored_events(attempt) == []

    monkeypatch.undo()
    assert score_report_for_attempt(attempt_id=attempt.pk) is not None
    assert ScoreReport.objects.filter(attempt=attempt).count() == 1


def test_a_rolled_back_caller_takes_the_report_with_it(submitted_attempt: SubmittedAttempt) -> None:
    attempt = submitted_attempt()

    with pytest.raises(Crash), transaction.atomic():
        score_report_for_attempt(attempt_id=attempt.pk)
        raise Crash

    assert not ScoreReport.objects.filter(attempt=attempt).exists()
    assert Attempt.objects.get(pk=attempt.pk).status == Attempt.Status.SUBMITTED


def test_every_scoring_is_audited_with_its_outcome(submitted_attempt: SubmittedAttempt) -> None:
    attempt = submitted_attempt(label="Grace Hopper")

    report = score_report_for_attempt(attempt_id=attempt.pk)

    assert report is not None
    [event] = _scored_events(attempt)
    assert event.actor_kind == "system"
    assert event.target_type == "assessments.attempt"
    assert "Grace Hopper" in event.target_label
    assert event.data["overall"] == report.overall
    assert event.data["recommendation"] == report.recommendation
    assert event.data["rubric_version"] == report.rubric_version
    assert event.data["report"] == report.pk
    assert audit_chain_verify(organization=attempt.organization).ok


def test_an_answer_that_does_not_fit_its_item_counts_as_unanswered_and_is_named(
    submitted_attempt: SubmittedAttempt, model_answers: dict[str, Any]
) -> None:
    # The save checked the shape (a list of keys); only the engine knows "zz" is not an option of the item.
    answers = dict(model_answers, **{"tech-bug-escalation": ["zz"]})
    attempt = submitted_attempt(answers=answers)

    report = score_report_for_attempt(attempt_id=attempt.pk)

    assert report is not None
    assert report.result["items"]["tech-bug-escalation"]["answered"] is False
    assert report.result["items"]["sjt-angry-customer"]["answered"] is True
    [event] = _scored_events(attempt)
    assert event.data["answers_not_scored"] == ["tech-bug-escalation"]


def test_an_attempt_that_is_not_submitted_is_not_scored(started_attempt: StartedAttempt) -> None:
    attempt = started_attempt()
    with pytest.raises(ApplicationError, match="Only a submitted attempt"):
        score_report_for_attempt(attempt_id=attempt.pk)
    assert not ScoreReport.objects.exists()


def test_an_attempt_that_is_gone_gives_no_report() -> None:
    assert score_report_for_attempt(attempt_id=987654321) is None


def test_unanswered_items_score_zero(submitted_attempt: SubmittedAttempt, t0: datetime) -> None:
    attempt = submitted_attempt(answers={}, after=timedelta(minutes=2))

    report = score_report_for_attempt(attempt_id=attempt.pk)

    assert report is not None
    assert all(not item["answered"] and item["score"] == 0 for item in report.result["items"].values())
    assert report.recommendation == "do_not_advance"
