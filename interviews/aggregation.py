"""The arithmetic of interview scorecards: competency ratings from question ratings, disagreement, and the
calibration of interviewers. Pure Python (no Django), so it is tested on plain values.

A question rated r counts towards each competency it evidences with weight 1/n, n being the number of
competencies it evidences: a question about one competency says more about it than one shared between two.
An interviewer's rating of a competency is the weighted mean of their ratings of its questions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from statistics import mean

# Interviewers whose ratings of one competency differ by this much or more disagree (issue 8).
DISAGREEMENT_SPREAD = 2.0
# An interviewer whose ratings are on average this much above (below) the others' on the same candidates
# and questions is lenient (strict).
CALIBRATION_THRESHOLD = 0.5
# Krippendorff's alpha is computed once at least this many interviewers have each rated at least this
# many candidates that another of them rated too.
ALPHA_MIN_INTERVIEWERS = 2
ALPHA_MIN_SHARED_CANDIDATES = 5


def question_rating(entry: object) -> int | None:
    """The 1-5 rating stored for one question (`{"rating": 4, "notes": ...}`), or None when unrated."""
    if not isinstance(entry, Mapping):
        return None
    value = entry.get("rating")
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        return None
    return value


def competency_ratings(
    *, ratings: Mapping[str, object], question_competencies: Mapping[str, Sequence[str]]
) -> dict[str, float]:
    """One scorecard's rating of each competency its rated questions evidence (weighted mean, see above)."""
    weighted: dict[str, float] = {}
    weights: dict[str, float] = {}
    for slug, competencies in question_competencies.items():
        rating = question_rating(ratings.get(slug))
        if rating is None or not competencies:
            continue
        weight = 1 / len(competencies)
        for competency in competencies:
            weighted[competency] = weighted.get(competency, 0.0) + weight * rating
            weights[competency] = weights.get(competency, 0.0) + weight
    return {competency: round(weighted[competency] / weights[competency], 2) for competency in weighted}


@dataclass(frozen=True)
class CompetencySpread:
    mean: float | None
    spread: float
    disagreement: bool


def competency_spread(values: Iterable[float]) -> CompetencySpread:
    """The mean of the interviewers' ratings of one competency, and whether they differ by 2 or more."""
    values = list(values)
    if not values:
        return CompetencySpread(mean=None, spread=0.0, disagreement=False)
    spread = round(max(values) - min(values), 2)
    return CompetencySpread(
        mean=round(mean(values), 2), spread=spread, disagreement=spread >= DISAGREEMENT_SPREAD - 1e-9
    )


@dataclass(frozen=True)
class InterviewerCalibration:
    key: str
    ratings: int
    mean: float
    distribution: dict[int, int]
    shared: int
    mean_difference: float | None
    label: str  # "lenient", "strict", "in line" or "" when nothing is shared with others


def interviewer_calibration(
    units: Mapping[tuple[str, str], Mapping[str, int]], *, threshold: float = CALIBRATION_THRESHOLD
) -> list[InterviewerCalibration]:
    """Each interviewer against the others on the same units (a unit: one candidate's one question).

    `units` maps a unit to {interviewer key: rating}. An interviewer's mean difference is the mean, over
    the units someone else also rated, of their rating minus the others' mean rating of that unit.
    """
    by_rater: dict[str, list[int]] = {}
    differences: dict[str, list[float]] = {}
    for ratings in units.values():
        for rater, rating in ratings.items():
            by_rater.setdefault(rater, []).append(rating)
            others = [value for other, value in ratings.items() if other != rater]
            if others:
                differences.setdefault(rater, []).append(rating - mean(others))
    result = []
    for rater in sorted(by_rater):
        values = by_rater[rater]
        diffs = differences.get(rater, [])
        difference = round(mean(diffs), 2) if diffs else None
        if difference is None:
            label = ""
        elif difference >= threshold:
            label = "lenient"
        elif difference <= -threshold:
            label = "strict"
        else:
            label = "in line"
        result.append(
            InterviewerCalibration(
                key=rater,
                ratings=len(values),
                mean=round(mean(values), 2),
                distribution={score: values.count(score) for score in range(1, 6)},
                shared=len(diffs),
                mean_difference=difference,
                label=label,
            )
        )
    return result


def shared_candidate_counts(candidates_by_rater: Mapping[str, set[str]]) -> dict[str, int]:
    """For each interviewer, how many of the candidates they rated someone else rated too."""
    counts = {}
    for rater, candidates in candidates_by_rater.items():
        others: set[str] = set()
        for other, theirs in candidates_by_rater.items():
            if other != rater:
                others |= theirs
        counts[rater] = len(candidates & others)
    return counts


def enough_for_alpha(candidates_by_rater: Mapping[str, set[str]]) -> bool:
    counts = shared_candidate_counts(candidates_by_rater)
    qualified = [rater for rater, count in counts.items() if count >= ALPHA_MIN_SHARED_CANDIDATES]
    return len(qualified) >= ALPHA_MIN_INTERVIEWERS
