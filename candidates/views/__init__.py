"""The recruiter's screens: pipelines, their candidates, imports, invitations and stage moves. Thin: the
rules live in the services (writes) and selectors (who sees what)."""

from candidates.views.applications import (
    application_extend,
    application_extra_time,
    application_remind,
    application_resend,
    application_revoke,
    application_stage,
    candidate_detail,
)
from candidates.views.pipelines import (
    pipeline_archive,
    pipeline_bulk,
    pipeline_create,
    pipeline_detail,
    pipeline_edit,
    pipeline_invite,
    pipeline_list,
)
from candidates.views.roster import candidate_add, candidates_import

__all__ = [
    "application_extend",
    "application_extra_time",
    "application_remind",
    "application_resend",
    "application_revoke",
    "application_stage",
    "candidate_add",
    "candidate_detail",
    "candidates_import",
    "pipeline_archive",
    "pipeline_bulk",
    "pipeline_create",
    "pipeline_detail",
    "pipeline_edit",
    "pipeline_invite",
    "pipeline_list",
]
