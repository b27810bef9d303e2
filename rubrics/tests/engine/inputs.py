"""Hand-built engine inputs for the engine's own tests (no playbook files, no Django)."""

from __future__ import annotations

from typing import Any

from pydantic import TypeAdapter

from rubrics.engine import (
    Answer,
    AttemptResult,
    CompetencyInput,
    ItemInput,
    OptionInput,
    RedFlagInput,
    ScoringInput,
    score_attempt,
)
from rubrics.engine.matching import compile_phrasings, find_first
from rubrics.engine.specs import RedFlagRule, RubricSpec
from rubrics.engine.text import Reading, analyse

_RUBRIC = TypeAdapter(RubricSpec)
_RULE = TypeAdapter(RedFlagRule)

TEXT_TYPES = {"ordered_steps": "ordered_steps", "checklist": "short_text", "writing": "long_text"}


def item(
    slug: str,
    rubric: dict[str, Any],
    *,
    family: str = "technical_process",
    options: str = "abcdefg",
    competencies: dict[str, float] | None = None,
    item_type: str | None = None,
) -> ItemInput:
    kind = rubric["type"]
    return ItemInput(
        slug=slug,
        family=family,  # type: ignore[arg-type]
        type=item_type or TEXT_TYPES.get(kind, kind),  # type: ignore[arg-type]
        title=slug.replace("-", " ").capitalize(),
        rubric=_RUBRIC.validate_python(rubric),
        options=[] if kind in TEXT_TYPES else [OptionInput(key=key, text=f"Option {key}") for key in options],
        competencies=competencies or {"skill": 1.0},
        model_answer="",
    )


def flag(code: str, *rules: dict[str, Any], severity: str = "disqualifier") -> RedFlagInput:
    return RedFlagInput(
        code=code,
        title=code.replace("-", " ").capitalize(),
        severity=severity,  # type: ignore[arg-type]
        rules=[_RULE.validate_python(rule) for rule in rules],
    )


def scoring_input(
    *items: ItemInput, flags: tuple[RedFlagInput, ...] = (), competencies: tuple[str, ...] = ("skill",)
) -> ScoringInput:
    return ScoringInput(
        playbook="test-playbook",
        items=list(items),
        red_flags=list(flags),
        competencies=[CompetencyInput(slug=slug, name=slug.capitalize()) for slug in competencies],
    )


def score_one(rubric: dict[str, Any], answer: Answer, **kwargs: Any) -> AttemptResult:
    return score_attempt(scoring_input(item("the-item", rubric, **kwargs)), {"the-item": answer})


def met(result: AttemptResult, slug: str = "the-item") -> dict[str, bool]:
    return {criterion.id: criterion.met for criterion in result.items[slug].criteria}


def found(text: str, *phrasings: str, reading: Reading = "credit") -> str | None:
    """The quote of the first affirmative match of the phrasings in the text, or None."""
    match = find_first(analyse(text), compile_phrasings(phrasings), reading=reading)
    if match is None:
        return None
    assert text[match.start : match.end] != ""
    return text[match.start : match.end]


def checklist(
    *criteria: tuple[str, list[str], bool, float], order: tuple[tuple[str, str], ...] = ()
) -> dict[str, Any]:
    return {
        "type": "checklist",
        "criteria": [
            {
                "id": id_,
                "label": id_.replace("-", " "),
                "phrasings": phrasings,
                "required": required,
                "weight": weight,
            }
            for id_, phrasings, required, weight in criteria
        ],
        "order": [{"before": before, "after": after} for before, after in order],
    }
