"""The candidates app's panel on each member's dashboard (registered with accounts.dashboard)."""

from __future__ import annotations

from typing import Any

from accounts.dashboard import DashboardPanel
from accounts.permissions import Role
from candidates.models import Stage
from candidates.selectors import applications_visible, can_manage, pipeline_list

PANEL_PIPELINES = 6
PANEL_CANDIDATES = 10


def pipelines_panel(membership: Any) -> DashboardPanel | None:
    """Active pipelines with the stages that need someone (submitted and scored: to review and decide),
    or, for an interviewer, the candidates waiting for their interview."""
    if membership is None:
        return None
    if membership.role == Role.INTERVIEWER:
        waiting = list(
            applications_visible(membership=membership)
            .select_related("candidate", "pipeline")
            .order_by("-stage_changed_at", "-pk")[:PANEL_CANDIDATES]
        )
        return DashboardPanel(
            template="candidates/partials/dashboard_interviewer.html", context={"applications": waiting}
        )
    pipelines = pipeline_list(membership=membership)
    return DashboardPanel(
        template="candidates/partials/dashboard_pipelines.html",
        context={
            "pipelines": pipelines[:PANEL_PIPELINES],
            "more": max(0, len(pipelines) - PANEL_PIPELINES),
            "can_manage": can_manage(membership),
            "to_review": sum(p.submitted_total + p.scored_total for p in pipelines),
            "stage_interview": Stage.INTERVIEW.label,
        },
    )
