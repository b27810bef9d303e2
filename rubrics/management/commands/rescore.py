"""`manage.py rescore (--attempt UUID | --assessment-version ID | --playbook SLUG)`: score scored attempts
again under their playbook's current version, keeping every earlier report.

After a playbook file changes (`load_playbooks`), existing reports keep the rubric they were written under.
Rescoring freezes each attempt's items again from the current playbook version: when the rubrics changed,
that is a new rubric version and the attempt gets a new report beside the old one ("attempt.rescored" in
the audit log); when they did not, nothing is written. One line per attempt: before -> after.
"""

from __future__ import annotations

import uuid
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from audit.types import AuditActor
from rubrics.selectors import rescorable_attempt_ids
from rubrics.services import attempt_rescore


class Command(BaseCommand):
    help = (
        "Score scored attempts again under their playbook's current version: a new report for the new rubric "
        "version, the old report kept. Choose the attempts by attempt, assessment version or playbook. "
        "(Rescoring a hiring pipeline's attempts will be added with pipelines.)"
    )

    def add_arguments(self, parser: CommandParser) -> None:
        which = parser.add_mutually_exclusive_group(required=True)
        which.add_argument("--attempt", metavar="UUID", help="One attempt, by its public id.")
        which.add_argument(
            "--assessment-version",
            metavar="ID",
            type=int,
            help="Every scored attempt of an assessment version.",
        )
        which.add_argument(
            "--playbook", metavar="SLUG", help="Every scored attempt at any version of a playbook."
        )
        parser.add_argument(
            "--playbook-version",
            choices=["current"],
            default="current",
            help="The playbook version to rescore under (only 'current', the default, for now).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        attempt_public_id = options["attempt"]
        if attempt_public_id is not None:
            try:
                attempt_public_id = str(uuid.UUID(attempt_public_id))
            except ValueError:
                raise CommandError(
                    f"--attempt expects an attempt's UUID, not {attempt_public_id!r}"
                ) from None
        attempt_ids = rescorable_attempt_ids(
            attempt_public_id=attempt_public_id,
            assessment_version_id=options["assessment_version"],
            playbook_slug=options["playbook"],
        )
        if not attempt_ids:
            raise CommandError(
                "No scored attempt matches: only attempts with a score report can be rescored."
            )

        actor = AuditActor.system("manage.py rescore")
        counts = {"rescored": 0, "unchanged": 0, "refused": 0}
        for attempt_id in attempt_ids:
            outcome = attempt_rescore(attempt_id=attempt_id, actor=actor)
            counts[outcome.status] += 1
            line = outcome.describe()
            self.stdout.write(self.style.WARNING(line) if outcome.status == "refused" else line)
        rescored, unchanged, refused = counts["rescored"], counts["unchanged"], counts["refused"]
        self.stdout.write(f"{rescored} rescored, {unchanged} unchanged, {refused} not rescored.")
        if counts["refused"]:
            raise CommandError(f"{counts['refused']} attempt(s) could not be rescored (see above).")
