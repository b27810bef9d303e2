"""`manage.py rescore_pipeline PIPELINE_ID`: score every scored attempt of a hiring pipeline again under
its playbook's current version (the "rescore a pipeline" of `manage.py rescore`), keeping every earlier
report, and update the scores the pipeline page filters and sorts by. One line per attempt: before -> after.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from audit.types import AuditActor
from candidates.models import Pipeline
from candidates.services import pipeline_rescore


class Command(BaseCommand):
    help = (
        "Score every scored attempt of a pipeline again under its playbook's current version: a new report "
        "for a changed rubric, the old one kept."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("pipeline_id", type=int, help="The pipeline's id (in its page's address).")

    def handle(self, *args: Any, **options: Any) -> None:
        pipeline = Pipeline.objects.select_related("organization").filter(pk=options["pipeline_id"]).first()
        if pipeline is None:
            raise CommandError(f"There is no pipeline {options['pipeline_id']}.")
        outcomes = pipeline_rescore(pipeline=pipeline, actor=AuditActor.system("manage.py rescore_pipeline"))
        if not outcomes:
            raise CommandError(
                f"Pipeline {pipeline.pk} ({pipeline.name}) has no scored attempt: only scored attempts "
                "can be rescored."
            )
        counts = {"rescored": 0, "unchanged": 0, "refused": 0}
        for outcome in outcomes:
            counts[outcome.status] += 1
            line = outcome.describe()
            self.stdout.write(self.style.WARNING(line) if outcome.status == "refused" else line)
        self.stdout.write(
            f"{pipeline.name}: {counts['rescored']} rescored, {counts['unchanged']} unchanged, "
            f"{counts['refused']} not rescored."
        )
        if counts["refused"]:
            raise CommandError(f"{counts['refused']} attempt(s) could not be rescored (see above).")
