"""The interview scorecards section of a report, as the interviews app (issue 8) provides it.

Interviews sit below reports: the report asks `interviews.selectors.interview_report_section` for the
section (None when the candidate has no interview yet) and renders `interviews/partials/report_section.html`
with it as `section`, which is that app's contract (it also decides whose scorecards this member may read).
"""

from __future__ import annotations

from typing import Any

from interviews.selectors import interview_report_section

TEMPLATE = "interviews/partials/report_section.html"


def interview_section(*, application: Any, membership: Any) -> dict[str, Any] | None:
    return interview_report_section(application=application, membership=membership)
