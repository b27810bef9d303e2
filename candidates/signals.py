"""Signals apps above candidates listen to (the API's `application.stage_changed` webhook), since candidates
may not import them (DESIGN.md: dependencies point down). Other apps connect through
`candidates.services.application_stage_changed`, the public surface.

`application_stage_changed` is sent inside the transaction that moved the application, right after the
move, so a receiver's writes commit or roll back with it. Arguments: `application_id`, `organization_id`,
`pipeline_id`, `candidate_public_id` (str), `from_stage`, `to_stage`, `reason`, `at`.
"""

from __future__ import annotations

from django.dispatch import Signal

application_stage_changed = Signal()
