"""`manage.py rescore`: a changed rubric gives attempts a new report; the old one stays."""

from __future__ import annotations

from collections.abc import Callable
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from assessments.models import AssessmentVersion, Attempt, Playbook
from assessments.services import playbook_files_load
from audit.models import AuditEvent
from rubrics.models import ScoreReport
from rubrics.services import score_report_for_attempt
from tests.scoring.conftest import PLAYBOOK_DIRECTORY, TSS, SubmittedAttempt

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

# The rubric of "Angry customer after an update" as shipped, and an author's change to it: the worst response
# is now the transfer to a manager, so the model answer's "worst: b" no longer earns its half.
SHIPPED_RUBRIC = "      best: a\n      worst: b\n    model_answer: |\n      Best: a. It calms"
CHANGED_RUBRIC = "      best: a\n      worst: e\n    model_answer: |\n      Best: a. It calms"


def _rescore(*args: str) -> str:
    stdout = StringIO()
    call_command("rescore", *args, stdout=stdout)
    return stdout.getvalue()


@pytest.fixture
def changed_playbook(tmp_path: Path) -> Callable[[], None]:
    """Load a new version of the playbook in which one blueprint item's rubric changed."""

    def change() -> None:
        text = (PLAYBOOK_DIRECTORY / f"{TSS}.yaml").read_text(encoding="utf-8")
        assert text.count(SHIPPED_RUBRIC) == 1
        changed = tmp_path / f"{TSS}.yaml"
        changed.write_text(text.replace(SHIPPED_RUBRIC, CHANGED_RUBRIC), encoding="utf-8")
        [result] = playbook_files_load(paths=[changed])
        assert result.outcome == "new_version"

    return change


def test_rescoring_under_a_changed_rubric_adds_a_report_and_keeps_the_old_one(
    submitted_attempt: SubmittedAttempt, changed_playbook: Callable[[], None]
) -> None:
    attempt = submitted_attempt(label="Ada Lovelace")
    old = score_report_for_attempt(attempt_id=attempt.pk)
    assert old is not None
    old_result = old.result
    changed_playbook()

    output = _rescore("--attempt", str(attempt.public_id))

    reports = ScoreReport.objects.filter(attempt=attempt).order_by("created_at", "id")
    assert [report.pk for report in reports][:1] == [old.pk]
    assert reports.count() == 2
    new = reports.last()
    assert new is not None
    assert new.rubric_version != old.rubric_version
    assert ScoreReport.objects.get(pk=old.pk).result == old_result
    assert (
        new.result["items"]["sjt-angry-customer"]["score"]
        < old_result["items"]["sjt-angry-customer"]["score"]
    )
    # The attempt still belongs to the version it was taken under; the new rubric is a version of its own.
    attempt.refresh_from_db()
    assert attempt.assessment_version.rubric_version == old.rubric_version
    assert AssessmentVersion.objects.filter(rubric_version=new.rubric_version).exists()
    assert attempt.status == Attempt.Status.SCORED

    assert (
        f"{attempt.public_id} Ada Lovelace: {old.overall:g} {old.recommendation} @ {old.rubric_version[:12]}"
        in output
    )
    assert f"-> {new.overall:g} {new.recommendation} @ {new.rubric_version[:12]}" in output
    [event] = AuditEvent.objects.filter(action="attempt.rescored", target_id=str(attempt.pk))
    assert event.data["previous_report"] == old.pk
    assert event.data["report"] == new.pk
    assert event.data["overall"] == new.overall
    assert event.actor_label == "manage.py rescore"


def test_rescoring_when_nothing_changed_writes_nothing(submitted_attempt: SubmittedAttempt) -> None:
    attempt = submitted_attempt()
    score_report_for_attempt(attempt_id=attempt.pk)

    output = _rescore("--attempt", str(attempt.public_id))

    assert "unchanged" in output
    assert ScoreReport.objects.filter(attempt=attempt).count() == 1
    assert not AuditEvent.objects.filter(action="attempt.rescored").exists()


def test_rescoring_a_playbook_covers_each_of_its_scored_attempts_once(
    submitted_attempt: SubmittedAttempt, changed_playbook: Callable[[], None]
) -> None:
    scored = [submitted_attempt(label=f"Candidate {n}") for n in range(2)]
    for attempt in scored:
        score_report_for_attempt(attempt_id=attempt.pk)
    unscored = submitted_attempt(label="Not yet scored")
    changed_playbook()

    output = _rescore("--playbook", TSS)
    again = _rescore("--playbook", TSS)

    assert "2 rescored, 0 unchanged" in output
    assert "0 rescored, 2 unchanged" in again
    assert not ScoreReport.objects.filter(attempt=unscored).exists()
    for attempt in scored:
        assert ScoreReport.objects.filter(attempt=attempt).count() == 2


def test_rescoring_by_assessment_version(
    submitted_attempt: SubmittedAttempt, changed_playbook: Callable[[], None]
) -> None:
    attempt = submitted_attempt()
    score_report_for_attempt(attempt_id=attempt.pk)
    changed_playbook()

    output = _rescore("--assessment-version", str(attempt.assessment_version_id))

    assert "1 rescored" in output


def test_an_attempt_with_no_report_cannot_be_rescored(submitted_attempt: SubmittedAttempt) -> None:
    attempt = submitted_attempt()
    with pytest.raises(CommandError, match="No scored attempt matches"):
        _rescore("--attempt", str(attempt.public_id))
    with pytest.raises(CommandError, match="UUID"):
        _rescore("--attempt", "not-a-uuid")


def test_rescore_needs_one_way_of_choosing_attempts(db: None) -> None:
    with pytest.raises(CommandError):
        _rescore()
    assert Playbook.objects.count() == 0
