"""Writes of candidates: pipelines, candidates and their applications, invitations and their emails,
reminders, extra time and stage moves. Every change a person makes is audited with them as the actor.

Changes to one pipeline's applications (adding, importing, inviting) lock the pipeline row, so two
recruiters importing the same list at once, or pressing "invite all" twice, never make two applications or
two invitations of one candidate; the unique constraints hold the same line should anything skip the lock.

Other apps and the views import from here; the modules split the work by sub-domain.
"""

from candidates.services.access import MANAGING_ROLES
from candidates.services.applications import (
    application_decided_mark,
    candidate_add,
    candidates_csv_import,
    candidates_csv_preview,
)
from candidates.services.invitations import (
    ACCOMMODATION_MAX_MINUTES,
    ACCOMMODATION_MAX_PERCENT,
    accommodation_grant,
    accommodation_seconds_for,
    candidate_email_deliver,
    candidate_email_failed,
    invitation_extend,
    invitation_resend,
    invitation_revoke,
    invitations_send,
    reminder_send,
    reminders_send_due,
)
from candidates.services.pipelines import (
    pipeline_archive,
    pipeline_blind_review_set,
    pipeline_create,
    pipeline_rescore,
    pipeline_update,
)
from candidates.services.stages import (
    MANUAL_STAGES,
    REASON_REQUIRED,
    application_follow_attempt,
    application_stage_move,
    applications_follow_attempts,
    applications_stage_move,
)
from candidates.signals import application_stage_changed

__all__ = [
    "application_decided_mark",
    "ACCOMMODATION_MAX_MINUTES",
    "ACCOMMODATION_MAX_PERCENT",
    "MANAGING_ROLES",
    "MANUAL_STAGES",
    "REASON_REQUIRED",
    "accommodation_grant",
    "accommodation_seconds_for",
    "application_follow_attempt",
    "applications_follow_attempts",
    "application_stage_changed",
    "application_stage_move",
    "applications_stage_move",
    "candidate_add",
    "candidate_email_deliver",
    "candidate_email_failed",
    "candidates_csv_import",
    "candidates_csv_preview",
    "invitation_extend",
    "invitation_resend",
    "invitation_revoke",
    "invitations_send",
    "pipeline_archive",
    "pipeline_blind_review_set",
    "pipeline_create",
    "pipeline_rescore",
    "pipeline_update",
    "reminder_send",
    "reminders_send_due",
]
