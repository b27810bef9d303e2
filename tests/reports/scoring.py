"""Candidates taken through the real services: added, invited, started, answered, submitted and scored,
so the application carries what the scoring receiver writes (as in production)."""

from __future__ import annotations

from typing import Any

from assessments.selectors import playbook_version_get
from assessments.services import attempt_start, attempt_submit, response_save
from candidates.models import Application, Pipeline
from candidates.services import candidate_add, invitations_send
from rubrics.management.commands.export_model_answers import model_answers_for_playbook
from rubrics.services import score_report_for_attempt

HOSTILE_ANSWER = (
    '<script>document.title="pwned"</script><b>Bold?</b> I would listen to the customer, apologise, '
    "and explain the next steps clearly."
)


def model_answers(pipeline: Pipeline) -> dict[str, Any]:
    ref = playbook_version_get(version_id=pipeline.playbook_version_id)
    assert ref is not None
    answers = model_answers_for_playbook(ref.spec)
    return {slug: answers[slug] for slug in pipeline.item_slugs}


def text_item_slug(pipeline: Pipeline) -> str:
    ref = playbook_version_get(version_id=pipeline.playbook_version_id)
    assert ref is not None
    return next(slug for slug in pipeline.item_slugs if not ref.spec.item(slug).is_choice)  # type: ignore[union-attr]


def scored_application(
    *,
    pipeline: Pipeline,
    added_by: Any,
    name: str,
    email: str,
    answers: dict[str, Any],
    capture: Any,
) -> Application:
    application = candidate_add(pipeline=pipeline, name=name, email=email, added_by=added_by)
    with capture(execute=True):
        invitations_send(pipeline=pipeline, sent_by=added_by, application_ids=[application.pk])
    application.refresh_from_db()
    assert application.attempt_id is not None
    attempt_start(attempt_id=application.attempt_id)
    for seq, (slug, answer) in enumerate(answers.items(), start=1):
        response_save(attempt_id=application.attempt_id, item_slug=slug, answer=answer, seq=seq)
    attempt_submit(attempt_id=application.attempt_id)
    assert score_report_for_attempt(attempt_id=application.attempt_id) is not None
    application.refresh_from_db()
    return application


def partial_answers(pipeline: Pipeline, keep: int) -> dict[str, Any]:
    """The model answers of the first `keep` items only (the rest unanswered): a weaker candidate."""
    return dict(list(model_answers(pipeline).items())[:keep])
