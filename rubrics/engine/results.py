"""What the engine returns, and how item scores add up to ratings, an overall score and a recommendation.

Documented rules (a hiring manager or a candidate may ask; every number here is part of ENGINE_VERSION):

* Item score: 0..1, rounded to 4 decimal places. Points = score x max points (from the unrounded
  score, then rounded to 4 places), where an item's max points
  is the sum of its criteria's weights (checklist and writing rubrics, with the engine's extra criteria),
  and 1 for choice items and ordered steps (their criteria are fractions of 1).
* Competency rating (1-5): the mean of the scores of the items that evidence the competency, weighted by
  each item's weight for it, rated by `RATING_THRESHOLDS`: below 0.2 -> 1, below 0.4 -> 2, below 0.6 ->
  3, below 0.8 -> 4, else 5. A competency that no item of the assessment evidences gets no rating (it is
  left out rather than guessed). Unanswered items count as 0.
* Overall: 100 x the plain mean of all item scores (unanswered = 0), 1 decimal place.
* Recommendation, first rule that applies: any disqualifier -> do_not_advance; overall >= 80 and no
  warning -> strong_advance; overall >= 65 -> advance (80+ with a warning lands here); overall >= 45 ->
  hold; else do_not_advance. The reason states the rule that decided.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Literal, TypedDict

from pydantic import BaseModel, ConfigDict

from rubrics.engine.inputs import ScoringInput

ENGINE_VERSION = "1.12.0"

RATING_THRESHOLDS: tuple[tuple[float, int], ...] = ((0.2, 1), (0.4, 2), (0.6, 3), (0.8, 4))
STRONG_ADVANCE_AT = 80.0
ADVANCE_AT = 65.0
HOLD_AT = 45.0
SCORE_DIGITS = 4
OVERALL_DIGITS = 1

Recommendation = Literal["strong_advance", "advance", "hold", "do_not_advance"]


class _Result(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Evidence(_Result):
    """A character span of the candidate's answer: `answer[start:end] == quote`."""

    start: int
    end: int
    quote: str


class CriterionResult(_Result):
    id: str
    label: str
    met: bool
    points: float
    max_points: float
    evidence: Evidence | None
    note: str = ""


class FlagHit(_Result):
    code: str
    title: str
    severity: str
    item: str | None
    evidence: Evidence | None
    reason: str


class ItemResult(_Result):
    slug: str
    answered: bool
    score: float
    points: float
    max_points: float
    criteria: list[CriterionResult]
    red_flags: list[FlagHit]


class AttemptResult(_Result):
    playbook: str
    rubric_version: str
    engine_version: str
    items: dict[str, ItemResult]
    competencies: dict[str, int]
    red_flags: list[FlagHit]
    overall: float
    recommendation: Recommendation
    recommendation_reason: str


# While an attempt is scored its results are plain dicts of these shapes, validated into the models above
# once, at the end (`score_attempt`): one validation of the whole result rather than one per criterion.
class EvidenceData(TypedDict):
    start: int
    end: int
    quote: str


class CriterionData(TypedDict):
    id: str
    label: str
    met: bool
    points: float
    max_points: float
    evidence: EvidenceData | None
    note: str


class ItemData(TypedDict):
    slug: str
    answered: bool
    score: float
    points: float
    max_points: float
    criteria: list[CriterionData]
    red_flags: list[FlagHit]


def rounded(value: float, digits: int = SCORE_DIGITS) -> float:
    """Round for output; -0.0 becomes 0.0 so that equal results print equally."""
    return round(value, digits) + 0.0


def item_result(
    *,
    slug: str,
    answered: bool,
    score: float,
    max_points: float,
    criteria: list[CriterionData],
    red_flags: list[FlagHit],
) -> ItemData:
    score = min(1.0, max(0.0, score)) if answered else 0.0
    return {
        "slug": slug,
        "answered": answered,
        "score": rounded(score),
        "points": rounded(score * max_points),  # from the unrounded score: 4/7 of 3.5 is 2.0, not 1.9999
        "max_points": rounded(max_points),
        "criteria": criteria,
        "red_flags": red_flags,
    }


def rating_for(mean: float) -> int:
    mean = round(mean, SCORE_DIGITS)
    for below, rating in RATING_THRESHOLDS:
        if mean < below:
            return rating
    return 5


def competency_ratings(scoring_input: ScoringInput, scores: dict[str, float]) -> dict[str, int]:
    ratings: dict[str, int] = {}
    for competency in scoring_input.competencies:
        weighted = total = 0.0
        for item in scoring_input.items:
            weight = item.competencies.get(competency.slug, 0.0)
            if weight > 0:
                weighted += weight * scores.get(item.slug, 0.0)
                total += weight
        if total > 0:
            ratings[competency.slug] = rating_for(weighted / total)
    return ratings


def overall_of(scores: Sequence[float]) -> float:
    if not scores:
        return 0.0
    return rounded(100 * sum(scores) / len(scores), OVERALL_DIGITS)


def _flag_summary(hit: FlagHit) -> str:
    where = f" in {hit.item}" if hit.item else ""
    said = f': "{hit.evidence.quote}"' if hit.evidence is not None else f" ({hit.reason})"
    return f"{hit.code}{where}{said}"


def recommend(overall: float, flags: Sequence[FlagHit]) -> tuple[Recommendation, str]:
    disqualifiers = [hit for hit in flags if hit.severity == "disqualifier"]
    warnings = [hit for hit in flags if hit.severity != "disqualifier"]
    if disqualifiers:
        named = "; ".join(_flag_summary(hit) for hit in disqualifiers)
        return "do_not_advance", f"Disqualifier: {named}. Any disqualifier means do not advance."
    if overall >= STRONG_ADVANCE_AT and not warnings:
        return (
            "strong_advance",
            f"Overall {overall:.1f} is at least {STRONG_ADVANCE_AT:.0f} with no red flags.",
        )
    if overall >= ADVANCE_AT:
        if overall >= STRONG_ADVANCE_AT:
            codes = ", ".join(sorted({hit.code for hit in warnings}))
            return "advance", (
                f"Overall {overall:.1f} is at least {STRONG_ADVANCE_AT:.0f}, but the warning(s) {codes} "
                f"limit it to advance."
            )
        return (
            "advance",
            f"Overall {overall:.1f} is at least {ADVANCE_AT:.0f} (below {STRONG_ADVANCE_AT:.0f}).",
        )
    if overall >= HOLD_AT:
        return "hold", f"Overall {overall:.1f} is at least {HOLD_AT:.0f} (below {ADVANCE_AT:.0f})."
    return "do_not_advance", f"Overall {overall:.1f} is below {HOLD_AT:.0f}."


def result_to_json(result: AttemptResult) -> str:
    """Canonical JSON: sorted keys, compact separators, numbers already rounded. Byte-identical for the
    same answers and rubric version."""
    return json.dumps(
        result.model_dump(mode="json"), sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
