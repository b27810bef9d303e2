"""The candidates app's panel on each member's dashboard (registered with accounts.dashboard)."""

from __future__ import annotations

from typing import Any

from accounts.dashboard import DashboardPanel
from accounts.permissions import Role
from candidates.selectors import can_manage, pipeline_list

PANEL_PIPELINES = 6


def pipelines_panel(membership: Any) -> DashboardPanel | None:
    """Active pipelines with the stages that need someone (submitted and scored: to review and decide)."""
    if membership is None:
        return None
    if membership.role == Role.INTERVIEWER:
        return None  # the interviews app's panel lists their interviews
    pipelines = pipeline_list(membership=membership)
    return DashboardPanel(
        template="candidates/partials/dashboard_pipelines.html",
        context={
            "pipelines": pipelines[:PANEL_PIPELINES],
            "more": max(0, len(pipelines) - PANEL_PIPELINES),
            "can_manage": can_manage(membership),
            # Annotated by pipeline_list.
            "to_review": sum(
                getattr(p, "submitted_total", 0) + getattr(p, "scored_total", 0) for p in pipelines
            ),
        },
    )


def _waiting_for_review(pipeline: Any) -> int:
    # Counts annotated by pipeline_list.
    return int(getattr(pipeline, "submitted_total", 0)) + int(getattr(pipeline, "scored_total", 0))
