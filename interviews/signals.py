"""Signals interviews sends; other apps connect through `interviews.services`, which re-exports them."""

from __future__ import annotations

from django.dispatch import Signal

# Sent after the transaction that submitted (or amended) a scorecard commits, with keyword arguments
# organization_id, scorecard_id, interview_id, application_id, candidate_public_id, interviewer_membership_id,
# version, amended (bool), recommendation, submitted_at (ISO 8601). The API wires it to the
# "scorecard.submitted" webhook (interviews may not import api: it is above us).
scorecard_submitted = Signal()
