"""Scoring one attempt: every item, the red flags, the ratings and the recommendation."""

from __future__ import annotations

from collections.abc import Mapping

from rubrics.engine.flags import evaluate_flags
from rubrics.engine.inputs import (
    TEXT_ITEM_TYPES,
    Answer,
    AnswerError,
    ItemInput,
    PerInput,
    ScoringInput,
    checked_answer,
    is_answered,
    rubric_version_of,
)
from rubrics.engine.results import (
    ENGINE_VERSION,
    AttemptResult,
    ItemResult,
    competency_ratings,
    item_result,
    item_score,
    overall_of,
    recommend,
)
from rubrics.engine.scorers import Scored, score_item
from rubrics.engine.text import AnalysedText, analyse

# Hashing the input is a good part of an attempt's cost: done once per input.
_rubric_version = PerInput(rubric_version_of)


def score_attempt(scoring_input: ScoringInput, answers: Mapping[str, Answer]) -> AttemptResult:
    """Score every item of the input; items missing from `answers` are unanswered (score 0).

    Raises AnswerError for an answer slug that is not an item of the input, or an answer that does not
    fit its item (wrong type, unknown option key); the message names the slug.
    """
    known = {item.slug for item in scoring_input.items}
    unknown = sorted(slug for slug in answers if slug not in known)
    if unknown:
        raise AnswerError(
            f"unknown item {', '.join(unknown)}: the items of {scoring_input.playbook} are "
            f"{', '.join(item.slug for item in scoring_input.items)}"
        )
    checked: dict[str, Answer] = {}
    analysed: dict[str, AnalysedText] = {}
    for item in scoring_input.items:
        answer = checked_answer(item, answers.get(item.slug))
        if not is_answered(answer):
            continue
        checked[item.slug] = answer
        if item.type in TEXT_ITEM_TYPES and isinstance(answer, str):
            analysed[item.slug] = analyse(answer)

    # An unanswered text item is scored as an empty text: every criterion listed, none met.
    empty = analyse("")
    scored: list[tuple[ItemInput, bool, Scored]] = []
    for item in scoring_input.items:
        text = analysed.get(item.slug, empty) if item.type in TEXT_ITEM_TYPES else None
        scored.append((item, item.slug in checked, score_item(item, checked.get(item.slug), text)))
    # Flags, ratings and the overall score all read the rounded item scores that the result shows.
    scores = {item.slug: item_score(result.score, answered=answered) for item, answered, result in scored}
    hits = evaluate_flags(scoring_input, checked, analysed, scores)
    items: dict[str, ItemResult] = {}
    for item, answered, result in scored:
        items[item.slug] = item_result(
            slug=item.slug,
            answered=answered,
            score=result.score,
            max_points=result.max_points,
            criteria=result.criteria,
            red_flags=[hit for hit in hits if hit.item == item.slug],
        )

    overall = overall_of([scores[item.slug] for item in scoring_input.items])
    recommendation, reason = recommend(overall, hits)
    return AttemptResult(
        playbook=scoring_input.playbook,
        rubric_version=_rubric_version(scoring_input),
        engine_version=ENGINE_VERSION,
        items=items,
        competencies=competency_ratings(scoring_input, scores),
        red_flags=hits,
        overall=overall,
        recommendation=recommendation,
        recommendation_reason=reason,
    )
