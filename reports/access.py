"""Who reads what in reports, and what they see of a candidate's identity (blind review).

* The results ranking, the comparison, the item statistics and the CSV: admins, recruiters and the
  pipeline's hiring managers. Interviewers never see the ranking: they read the report of a candidate they
  interview (candidates' `applications_visible` decides which), and nothing else here.
* Blind review (a pipeline setting) hides names, email addresses and anything else identifying from the
  reviewers (hiring managers and interviewers) until a decision is recorded for the candidate; they see
  "Candidate 7". Admins and recruiters still see names: they add, invite and email the candidates, so they
  know who they are anyway, and someone has to be able to answer the candidate.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied

from accounts.permissions import Role

MANAGING_ROLES = (Role.ADMIN, Role.RECRUITER)
RANKING_ROLES = (Role.ADMIN, Role.RECRUITER, Role.HIRING_MANAGER)


def ranking_allowed_or_403(*, membership: Any) -> None:
    if membership.role not in RANKING_ROLES:
        raise PermissionDenied(
            "The results of a pipeline are for its hiring managers, recruiters and admins. Interviewers "
            "read the reports of the candidates they interview."
        )


def identity_visible(*, membership: Any, pipeline: Any, decided: bool) -> bool:
    """Whether this member sees who the candidate is (name, email) on a report, a row or an export."""
    return not pipeline.blind_review or membership.role in MANAGING_ROLES or decided


def blind_label(application: Any) -> str:
    return f"Candidate {application.blind_number or application.pk}"


def candidate_label(application: Any, *, visible: bool) -> str:
    return str(application.candidate.name) if visible else blind_label(application)
