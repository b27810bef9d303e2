"""Item statistics of a pipeline's assessment, as Moodle's quiz statistics report computes them.

Pure Python (no Django), so the numbers can be checked by hand:

* facility: the mean score of the item over the scored attempts (scores are 0..1, so 0.85 means the
  candidates got 85% of it on average);
* discrimination: the corrected item-total correlation, Pearson's r between the item's score and the rest
  of the test (the sum of every other item's score), so an item is not correlated with itself. Undefined
  (None) when either varies not at all;
* flags: too easy (facility above 0.9), too hard (below 0.2), negative discrimination (the better the rest
  of the test, the worse this item: usually a wrong key or an ambiguous prompt).

Computed only from `MINIMUM_ATTEMPTS` scored attempts on: on fewer, the numbers say more about the few
candidates than about the items.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

MINIMUM_ATTEMPTS = 5
TOO_EASY_ABOVE = 0.9
TOO_HARD_BELOW = 0.2


@dataclass(frozen=True)
class ItemStatistic:
    slug: str
    attempts: int
    facility: float
    discrimination: float | None
    too_easy: bool
    too_hard: bool
    negative_discrimination: bool

    @property
    def flagged(self) -> bool:
        return self.too_easy or self.too_hard or self.negative_discrimination


def correlation(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Pearson's r, or None when either series is constant (or there are fewer than two values)."""
    n = len(xs)
    if n < 2 or n != len(ys):
        return None
    mean_x = sum(xs) / n
    mean_y = sum(ys) / n
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    sxx = sum((x - mean_x) ** 2 for x in xs)
    syy = sum((y - mean_y) ** 2 for y in ys)
    if sxx <= 1e-12 or syy <= 1e-12:
        return None
    return sxy / math.sqrt(sxx * syy)


def item_statistics(
    scores: Sequence[Mapping[str, float]], item_slugs: Sequence[str], *, minimum: int = MINIMUM_ATTEMPTS
) -> list[ItemStatistic] | None:
    """One statistic per item of `item_slugs`, in that order, from each attempt's {item slug: score 0..1}
    (a missing item counts as 0, as the engine scores an unanswered one); None below `minimum` attempts."""
    if len(scores) < minimum:
        return None
    matrix = [[float(attempt.get(slug, 0.0)) for slug in item_slugs] for attempt in scores]
    totals = [sum(row) for row in matrix]
    statistics = []
    for index, slug in enumerate(item_slugs):
        item = [row[index] for row in matrix]
        rest = [total - score for total, score in zip(totals, item, strict=True)]
        facility = sum(item) / len(item)
        discrimination = correlation(item, rest)
        statistics.append(
            ItemStatistic(
                slug=slug,
                attempts=len(item),
                facility=round(facility, 4),
                discrimination=None if discrimination is None else round(discrimination, 4),
                too_easy=facility > TOO_EASY_ABOVE,
                too_hard=facility < TOO_HARD_BELOW,
                negative_discrimination=discrimination is not None and discrimination < 0,
            )
        )
    return statistics
