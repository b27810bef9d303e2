from __future__ import annotations

from typing import Any

from django.apps import AppConfig


class ApiConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "api"
    verbose_name = "API and webhooks"

    def ready(self) -> None:
        # Through assessments' public services module (which sends it), not its `signals` internals.
        from assessments.services import attempt_status_changed, attempts_status_changed

        attempt_status_changed.connect(_attempt_status_changed, dispatch_uid="api.webhooks_attempt_events")
        attempts_status_changed.connect(_attempts_status_changed, dispatch_uid="api.webhooks_attempts_events")
        from candidates.services import application_stage_changed
        from interviews.services import scorecard_submitted

        scorecard_submitted.connect(_scorecard_submitted, dispatch_uid="api.webhooks_scorecard_events")
        application_stage_changed.connect(
            _application_stage_changed, dispatch_uid="api.webhooks_stage_events"
        )


def _attempt_status_changed(*, attempt_id: int, organization_id: int, status: str, at: Any, **_: Any) -> None:
    # Imported here: an AppConfig module is imported before the models are ready.
    from api.services import webhook_attempt_status_changed

    webhook_attempt_status_changed(
        attempt_id=attempt_id, organization_id=organization_id, status=status, at=at
    )


def _attempts_status_changed(*, changes: list[dict[str, Any]], **_: Any) -> None:
    for change in changes:
        _attempt_status_changed(**change)


def _application_stage_changed(
    *,
    application_id: int,
    organization_id: int,
    pipeline_id: int,
    candidate_public_id: str,
    from_stage: str,
    to_stage: str,
    reason: str,
    at: Any,
    **_: Any,
) -> None:
    from api.services import webhook_event_emit

    webhook_event_emit(
        organization_id=organization_id,
        event_type="application.stage_changed",
        payload={
            "application_id": application_id,
            "pipeline_id": pipeline_id,
            "candidate_id": candidate_public_id,
            "from_stage": from_stage,
            "to_stage": to_stage,
            "reason": reason,
            "at": at,
        },
    )


def _scorecard_submitted(
    *,
    organization_id: int,
    scorecard_id: int,
    interview_id: int,
    application_id: int,
    candidate_public_id: str,
    version: int,
    amended: bool,
    recommendation: str,
    submitted_at: Any,
    **_: Any,
) -> None:
    from api.services import webhook_event_emit

    webhook_event_emit(
        organization_id=organization_id,
        event_type="scorecard.submitted",
        payload={
            "scorecard_id": scorecard_id,
            "interview_id": interview_id,
            "application_id": application_id,
            "candidate_id": candidate_public_id,
            "version": version,
            "amended": amended,
            "recommendation": recommendation,
            "submitted_at": submitted_at,
        },
    )
