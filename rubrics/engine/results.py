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
from typing import Any, Final, Literal

from rubrics.engine.inputs import ScoringInput

ENGINE_VERSION = "1.138.0"

RATING_THRESHOLDS: tuple[tuple[float, int], ...] = ((0.2, 1), (0.4, 2), (0.6, 3), (0.8, 4))
STRONG_ADVANCE_AT = 80.0
ADVANCE_AT = 65.0
HOLD_AT = 45.0
SCORE_DIGITS = 4
OVERALL_DIGITS = 1
POINT_DIGITS = 6  # a criterion's points

Recommendation = Literal["strong_advance", "advance", "hold", "do_not_advance"]


# The result types are small classes compiled with the engine (native.COMPILED): the engine builds each
# one once, already typed (mypy checks every field and that none is assigned again), so there is nothing
# left to validate, and building one costs about what a tuple does. Equal when their fields are equal;
# `result_data` turns a result into its JSON content.


class _Value:
    """Equality, hashing and repr from the fields (`_fields`), like a frozen dataclass."""

    def _fields(self) -> tuple[object, ...]:
        raise NotImplementedError

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Value) and type(other) is type(self) and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash((type(self).__name__, self._fields()))

    def __repr__(self) -> str:
        return f"{type(self).__name__}{self._fields()!r}"


class Evidence(_Value):
    """A character span of the candidate's answer: `answer[start:end] == quote`."""

    def __init__(self, *, start: int, end: int, quote: str) -> None:
        self.start: Final = start
        self.end: Final = end
        self.quote: Final = quote

    def _fields(self) -> tuple[object, ...]:
        return (self.start, self.end, self.quote)


class CriterionResult(_Value):
    def __init__(
        self,
        *,
        id: str,
        label: str,
        met: bool,
        points: float,
        max_points: float,
        evidence: Evidence | None,
        note: str = "",
    ) -> None:
        self.id: Final = id
        self.label: Final = label
        self.met: Final = met
        self.points: Final = points
        self.max_points: Final = max_points
        self.evidence: Final = evidence
        self.note: Final = note

    def _fields(self) -> tuple[object, ...]:
        return (self.id, self.label, self.met, self.points, self.max_points, self.evidence, self.note)


class FlagHit(_Value):
    def __init__(
        self,
        *,
        code: str,
        title: str,
        severity: str,
        item: str | None,
        evidence: Evidence | None,
        reason: str,
    ) -> None:
        self.code: Final = code
        self.title: Final = title
        self.severity: Final = severity
        self.item: Final = item
        self.evidence: Final = evidence
        self.reason: Final = reason

    def _fields(self) -> tuple[object, ...]:
        return (self.code, self.title, self.severity, self.item, self.evidence, self.reason)


class ItemResult(_Value):
    def __init__(
        self,
        *,
        slug: str,
        answered: bool,
        score: float,
        points: float,
        max_points: float,
        criteria: list[CriterionResult],
        red_flags: list[FlagHit],
    ) -> None:
        self.slug: Final = slug
        self.answered: Final = answered
        self.score: Final = score
        self.points: Final = points
        self.max_points: Final = max_points
        self.criteria: Final = criteria
        self.red_flags: Final = red_flags

    def _fields(self) -> tuple[object, ...]:
        return (
            self.slug,
            self.answered,
            self.score,
            self.points,
            self.max_points,
            self.criteria,
            self.red_flags,
        )


class AttemptResult(_Value):
    def __init__(
        self,
        *,
        playbook: str,
        rubric_version: str,
        engine_version: str,
        items: dict[str, ItemResult],
        competencies: dict[str, int],
        red_flags: list[FlagHit],
        overall: float,
        recommendation: Recommendation,
        recommendation_reason: str,
    ) -> None:
        self.playbook: Final = playbook
        self.rubric_version: Final = rubric_version
        self.engine_version: Final = engine_version
        self.items: Final = items
        self.competencies: Final = competencies
        self.red_flags: Final = red_flags
        self.overall: Final = overall
        self.recommendation: Final = recommendation
        self.recommendation_reason: Final = recommendation_reason

    def _fields(self) -> tuple[object, ...]:
        return (
            self.playbook,
            self.rubric_version,
            self.engine_version,
            self.items,
            self.competencies,
            self.red_flags,
            self.overall,
            self.recommendation,
            self.recommendation_reason,
        )


def _evidence_data(evidence: Evidence | None) -> dict[str, Any] | None:
    if evidence is None:
        return None
    return {"start": evidence.start, "end": evidence.end, "quote": evidence.quote}


def _flag_data(hit: FlagHit) -> dict[str, Any]:
    return {
        "code": hit.code,
        "title": hit.title,
        "severity": hit.severity,
        "item": hit.item,
        "evidence": _evidence_data(hit.evidence),
        "reason": hit.reason,
    }


def _criterion_data(criterion: CriterionResult) -> dict[str, Any]:
    return {
        "id": criterion.id,
        "label": criterion.label,
        "met": criterion.met,
        "points": criterion.points,
        "max_points": criterion.max_points,
        "evidence": _evidence_data(criterion.evidence),
        "note": criterion.note,
    }


def _item_data(item: ItemResult) -> dict[str, Any]:
    return {
        "slug": item.slug,
        "answered": item.answered,
        "score": item.score,
        "points": item.points,
        "max_points": item.max_points,
        "criteria": [_criterion_data(criterion) for criterion in item.criteria],
        "red_flags": [_flag_data(hit) for hit in item.red_flags],
    }


def result_data(result: AttemptResult) -> dict[str, Any]:
    """The result as JSON content (plain dicts, lists, strings and numbers), fields in declaration order:
    what a score report stores and `result_to_json` writes."""
    return {
        "playbook": result.playbook,
        "rubric_version": result.rubric_version,
        "engine_version": result.engine_version,
        "items": {slug: _item_data(item) for slug, item in result.items.items()},
        "competencies": dict(result.competencies),
        "red_flags": [_flag_data(hit) for hit in result.red_flags],
        "overall": result.overall,
        "recommendation": result.recommendation,
        "recommendation_reason": result.recommendation_reason,
    }


def rounded(value: float, digits: int = SCORE_DIGITS) -> float:
    """Round for output; -0.0 becomes 0.0 so that equal results print equally."""
    if digits == SCORE_DIGITS:
        return _rounded_score(value)
    return round(value, digits) + 0.0


# `round(value, digits)` is exact and costs a conversion to decimal digits and back, several a criterion of
# every answer. The same few values come back (weights, their shares, 0 and 1): each is rounded once per
# process. Keyed by the value alone: equal values round alike (0.0 and -0.0 both to 0.0). Bounded.
_ROUNDED_SCORES: dict[float, float] = {}
_ROUNDED_POINTS: dict[float, float] = {}
_ROUNDED_HELD = 1 << 14


def _rounded_in(held: dict[float, float], value: float, digits: int) -> float:
    found = held.get(value)
    if found is None:
        found = round(value, digits) + 0.0
        if len(held) < _ROUNDED_HELD:
            held[value] = found
    return found


def _rounded_score(value: float) -> float:
    return _rounded_in(_ROUNDED_SCORES, value, SCORE_DIGITS)


def rounded_points(value: float) -> float:
    """A criterion's points or maximum as its result shows them: rounded to POINT_DIGITS (see `rounded`)."""
    return _rounded_in(_ROUNDED_POINTS, value, POINT_DIGITS)


def _clamped(score: float, *, answered: bool) -> float:
    return min(1.0, max(0.0, score)) if answered else 0.0


def item_score(score: float, *, answered: bool) -> float:
    """The item score a result shows: 0..1, rounded; 0 when unanswered."""
    return rounded(_clamped(score, answered=answered))


def item_result(
    *,
    slug: str,
    answered: bool,
    score: float,
    max_points: float,
    criteria: list[CriterionResult],
    red_flags: list[FlagHit],
) -> ItemResult:
    score = _clamped(score, answered=answered)
    return ItemResult(
        slug=slug,
        answered=answered,
        score=rounded(score),
        points=rounded(score * max_points),  # from the unrounded score: 4/7 of 3.5 is 2.0, not 1.9999
        max_points=rounded(max_points),
        criteria=criteria,
        red_flags=red_flags,
    )


def rating_for(mean: float) -> int:
    mean = _rounded_score(mean)
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
    return rounded(100 * sum(scores, 0.0) / len(scores), OVERALL_DIGITS)


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
    return json.dumps(result_data(result), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
