"""Signals other apps listen to, since assessments may not import them (DESIGN.md: dependencies point down).

`attempt_status_changed` is sent inside the transaction that changed the status, right after the change,
so a receiver's writes (a pipeline moving the application to "started") commit or roll back with it.
Arguments: `attempt_id` (int), `organization_id` (int), `status` (an `Attempt.Status` value), `at` (the
time of the change), `started_at` and `submitted_at` (the attempt's, None until they happen: a receiver
that shows time taken needs no query of its own), and for "scored" `report`: the score report just
written (an object of the app that scores, which calls `attempt_mark_scored`), so that a receiver need
not read it back, and `integrity`: the attempt's integrity totals (`attempt_integrity_totals`) when the
scoring read them with its batch, else None.

`attempts_status_changed` is sent instead, once, when several attempts change together in one statement
(a scoring batch, `attempts_mark_scored`), so that a receiver can write for all of them at once: `changes`,
a list with one dict per attempt of the arguments `attempt_status_changed` would have had.
"""

from __future__ import annotations

from django.dispatch import Signal

attempt_status_changed = Signal()
attempts_status_changed = Signal()
