"""`manage.py rescore_pipeline PIPELINE_ID`: every scored attempt of one pipeline, and no other, rescored
under the changed playbook; the pipeline page's scores follow."""

from __future__ import annotations

from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from accounts.models import Membership
from assessments.services import attempt_start, attempt_submit, playbook_files_load, response_save
from assessments.types import PlaybookSpec
from candidates.models import Application, Pipeline
from candidates.services import candidate_add, invitations_send
from candidates.tests.factories import TSS, pipeline_for
from rubrics.management.commands.export_model_answers import model_answers_for_playbook
from rubrics.selectors import score_report_list
from rubrics.services import score_report_for_attempt
from tests.candidates.conftest import PLAYBOOK_DIRECTORY

pytestmark = pytest.mark.django_db

SHIPPED_RUBRIC = "      best: a\n      worst: b\n    model_answer: |\n      Best: a. It calms"
CHANGED_RUBRIC = "      best: a\n      worst: e\n    model_answer: |\n      Best: a. It calms"


def _scored(pipeline: Pipeline, recruiter: Membership, email: str, capture: Any) -> Application:
    application = candidate_add(
        pipeline=pipeline, name=email.split("@")[0], email=email, added_by=recruiter.user
    )
    with capture(execute=True):
        invitations_send(pipeline=pipeline, sent_by=recruiter.user, application_ids=[application.pk])
    application.refresh_from_db()
    attempt = application.attempt
    assert attempt is not None
    spec = PlaybookSpec.model_validate(attempt.assessment_version.playbook_version.content)
    answers = model_answers_for_playbook(spec)
    attempt_start(attempt_id=attempt.pk)
    for slug in attempt.assessment_version.item_slugs:
        response_save(attempt_id=attempt.pk, item_slug=slug, answer=answers[slug], seq=1)
    attempt_submit(attempt_id=attempt.pk)
    score_report_for_attempt(attempt_id=attempt.pk)
    application.refresh_from_db()
    return application


def test_rescoring_a_pipeline_rescores_its_attempts_only_and_updates_its_scores(
    pipeline: Pipeline, recruiter: Membership, tmp_path: Path, django_capture_on_commit_callbacks: Any
) -> None:
    ada = _scored(pipeline, recruiter, "ada@example.org", django_capture_on_commit_callbacks)
    alan = _scored(pipeline, recruiter, "alan@example.org", django_capture_on_commit_callbacks)
    other = pipeline_for(recruiter=recruiter, name="Elsewhere")
    outsider = _scored(other, recruiter, "grace@example.org", django_capture_on_commit_callbacks)
    before = ada.score_overall
    assert before is not None and ada.stage == "scored"
    text = (PLAYBOOK_DIRECTORY / f"{TSS}.yaml").read_text(encoding="utf-8")
    assert text.count(SHIPPED_RUBRIC) == 1
    changed = tmp_path / f"{TSS}.yaml"
    changed.write_text(text.replace(SHIPPED_RUBRIC, CHANGED_RUBRIC), encoding="utf-8")
    playbook_files_load(paths=[changed])

    stdout = StringIO()
    call_command("rescore_pipeline", str(pipeline.pk), stdout=stdout)

    output = stdout.getvalue()
    assert "2 rescored, 0 unchanged, 0 not rescored." in output
    for application in (ada, alan):
        assert application.attempt_id is not None
        assert score_report_list(attempt_id=application.attempt_id).count() == 2
    assert outsider.attempt_id is not None
    assert score_report_list(attempt_id=outsider.attempt_id).count() == 1
    ada.refresh_from_db()
    latest = score_report_list(attempt_id=ada.attempt_id or 0).first()
    assert latest is not None
    assert ada.score_overall == latest.overall
    assert ada.score_overall < before


def test_a_pipeline_without_scored_attempts_is_refused(pipeline: Pipeline) -> None:
    with pytest.raises(CommandError, match="has no scored attempt"):
        call_command("rescore_pipeline", str(pipeline.pk), stdout=StringIO())
    with pytest.raises(CommandError, match="no pipeline"):
        call_command("rescore_pipeline", "999999", stdout=StringIO())
