"""The interviews app's panel on the dashboard (registered with accounts.dashboard): upcoming interviews."""

from __future__ import annotations

from typing import Any

from accounts.dashboard import DashboardPanel
from accounts.permissions import Role
from interviews.selectors import interview_list_upcoming

PANEL_INTERVIEWS = 8


def upcoming_interviews_panel(membership: Any) -> DashboardPanel | None:
    """An interviewer's interviews still to hold, or held without their scorecard, soonest first."""
    if membership is None or membership.role != Role.INTERVIEWER:
        return None
    interviews = interview_list_upcoming(membership=membership, limit=PANEL_INTERVIEWS)
    return DashboardPanel(
        template="interviews/partials/dashboard_upcoming.html", context={"interviews": interviews}
    )
