"""Contracts of the API app: the webhook events an organization can subscribe to. No Django import."""

from __future__ import annotations

from typing import Final, Literal

WebhookEventType = Literal[
    "attempt.submitted",
    "attempt.scored",
    "application.stage_changed",
    "scorecard.submitted",
]

WEBHOOK_EVENT_TYPES: Final[dict[str, str]] = {
    "attempt.submitted": "A candidate submitted an assessment (or the server did, when time ran out).",
    "attempt.scored": "An attempt was scored: its score report can be read at /api/v1/results/.",
    "application.stage_changed": "A candidate's application moved to another stage of its pipeline.",
    "scorecard.submitted": "An interviewer filed a scorecard.",
}
