"""Build the engine's input from a real playbook file, by hand (no database): the tests of the engine
against the playbooks in fixtures/ use it."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from assessments.playbooks.schema import PlaybookSpec, parse_playbook_file
from rubrics.engine import CompetencyInput, ItemInput, OptionInput, RedFlagInput, ScoringInput
from rubrics.engine.specs import BestWorstRubric, MultiSelectRubric, SingleChoiceRubric

PLAYBOOK_DIRECTORY = Path(__file__).resolve().parents[2] / "fixtures" / "playbooks"
PLAYBOOK_SLUGS = sorted(path.stem for path in PLAYBOOK_DIRECTORY.glob("*.yaml"))
TSS = "technical-support-specialist"


@functools.cache
def playbook(slug: str) -> PlaybookSpec:
    return parse_playbook_file(PLAYBOOK_DIRECTORY / f"{slug}.yaml")


@functools.cache
def scoring_input(slug: str, items: tuple[str, ...] | None = None) -> ScoringInput:
    """All items of the playbook, or the given ones in that order."""
    spec = playbook(slug)
    chosen = (
        spec.items
        if items is None
        else [item for slug_ in items for item in spec.items if item.slug == slug_]
    )
    return ScoringInput(
        playbook=spec.slug,
        items=[
            ItemInput(
                slug=item.slug,
                family=item.family,
                type=item.type,
                title=item.title,
                rubric=item.rubric,
                options=[OptionInput(key=option.key, text=option.text) for option in item.options],
                competencies=dict(item.competencies),
                model_answer=item.model_answer,
            )
            for item in chosen
        ],
        red_flags=[
            RedFlagInput(code=flag.code, title=flag.title, severity=flag.severity, rules=list(flag.rules))
            for flag in spec.red_flags
        ],
        competencies=[CompetencyInput(slug=c.slug, name=c.name) for c in spec.competencies],
    )


def blueprint_input(slug: str) -> ScoringInput:
    return scoring_input(slug, tuple(playbook(slug).blueprint.items))


def model_answer_of(item: ItemInput) -> Any:
    """The right answer of an item: the rubric's keys for choice items, the model answer text otherwise."""
    rubric = item.rubric
    if isinstance(rubric, BestWorstRubric):
        return {"best": rubric.best, "worst": rubric.worst}
    if isinstance(rubric, SingleChoiceRubric):
        return rubric.correct
    if isinstance(rubric, MultiSelectRubric):
        return list(rubric.correct)
    return item.model_answer


def model_answers(scoring_input: ScoringInput) -> dict[str, Any]:
    return {item.slug: model_answer_of(item) for item in scoring_input.items}
