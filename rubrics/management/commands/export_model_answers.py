"""`manage.py export_model_answers PLAYBOOK`: the playbook's model answers as a `score_answers` file.

Text items get their model answer; choice items the keys their rubric credits. Scoring the file shows
whether each rubric recognises its own model answer, and it is a starting point for writing variants.
"""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from assessments.types import Item, PlaybookSpec
from rubrics.engine.specs import BestWorstRubric, MultiSelectRubric, SingleChoiceRubric
from rubrics.management.commands.score_answers import playbook_spec_or_error


def model_answer_for_item(item: Item) -> str | list[str] | dict[str, str]:
    rubric = item.rubric
    if isinstance(rubric, BestWorstRubric):
        return {"best": rubric.best, "worst": rubric.worst}
    if isinstance(rubric, SingleChoiceRubric):
        return rubric.correct
    if isinstance(rubric, MultiSelectRubric):
        return list(rubric.correct)
    return item.model_answer


def model_answers_for_playbook(spec: PlaybookSpec) -> dict[str, str | list[str] | dict[str, str]]:
    """In the playbook's item order, which is the order an author reads them in."""
    return {item.slug: model_answer_for_item(item) for item in spec.items}


class Command(BaseCommand):
    help = (
        "Print an answers file (the input of score_answers) made of a playbook's model answers: text items "
        "get their model answer, choice items the option keys their rubric credits."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("playbook", help="The playbook's slug, e.g. technical-support-specialist.")

    def handle(self, *args: Any, **options: Any) -> None:
        spec = playbook_spec_or_error(options["playbook"])
        self.stdout.write(json.dumps(model_answers_for_playbook(spec), indent=2, ensure_ascii=False))
