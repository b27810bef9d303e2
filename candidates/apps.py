from __future__ import annotations

from typing import Any

from django.apps import AppConfig


class CandidatesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "candidates"

    def ready(self) -> None:
        # Through assessments' public services module (which sends it), not its `signals` internals.
        from assessments.services import attempt_status_changed, attempts_status_changed

        attempt_status_changed.connect(
            _attempt_status_changed, dispatch_uid="candidates.application_follow_attempt"
        )
        attempts_status_changed.connect(
            _attempts_status_changed, dispatch_uid="candidates.applications_follow_attempts"
        )
        from accounts.dashboard import dashboard_panel_register
        from candidates.dashboard import pipelines_panel

        dashboard_panel_register("candidates.pipelines", pipelines_panel, order=10)


def _attempts_status_changed(*, changes: list[dict[str, Any]], **_: Any) -> None:
    from candidates.services import applications_follow_attempts

    applications_follow_attempts(changes=changes)


def _attempt_status_changed(
    *,
    attempt_id: int,
    status: str,
    at: Any,
    started_at: Any = None,
    submitted_at: Any = None,
    report: Any = None,
    integrity: dict[str, int] | None = None,
    **_: Any,
) -> None:
    # Imported here: an AppConfig module is imported before the models are ready.
    from candidates.services import application_follow_attempt

    application_follow_attempt(
        attempt_id=attempt_id,
        status=status,
        at=at,
        started_at=started_at,
        submitted_at=submitted_at,
        report=report,
        integrity=integrity,
    )
