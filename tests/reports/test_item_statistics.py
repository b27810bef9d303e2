"""Item statistics on numbers worked out by hand."""

from __future__ import annotations

import math

import pytest

from reports.item_statistics import correlation, item_statistics


def test_fewer_than_five_attempts_gives_no_statistics() -> None:
    assert item_statistics([{"a": 1.0}] * 4, ["a"]) is None


def test_facility_is_the_mean_score_and_flags_easy_and_hard_items() -> None:
    scores = [
        {"easy": 1.0, "hard": 0.0, "mid": 1.0},
        {"easy": 1.0, "hard": 0.0, "mid": 0.0},
        {"easy": 1.0, "hard": 0.5, "mid": 1.0},
        {"easy": 0.8, "hard": 0.0, "mid": 0.0},
        {"easy": 1.0, "hard": 0.0, "mid": 0.5},
    ]
    by_slug = {row.slug: row for row in item_statistics(scores, ["easy", "hard", "mid"]) or []}
    assert by_slug["easy"].facility == pytest.approx(0.96)
    assert by_slug["easy"].too_easy and not by_slug["easy"].too_hard
    assert by_slug["hard"].facility == pytest.approx(0.1)
    assert by_slug["hard"].too_hard and not by_slug["hard"].too_easy
    assert by_slug["mid"].facility == pytest.approx(0.5)
    assert not by_slug["mid"].too_easy and not by_slug["mid"].too_hard


def test_discrimination_is_the_correlation_with_the_rest_of_the_test() -> None:
    # Item x against the rest (y + z): rest = [0, 1, 1, 2, 2], x = [0, 0, 1, 1, 1].
    scores = [
        {"x": 0, "y": 0, "z": 0},
        {"x": 0, "y": 1, "z": 0},
        {"x": 1, "y": 0, "z": 1},
        {"x": 1, "y": 1, "z": 1},
        {"x": 1, "y": 1, "z": 1},
    ]
    x = item_statistics(scores, ["x", "y", "z"])[0]  # type: ignore[index]
    # By hand: mean x 0.6, mean rest 1.2; Sxy = 1.4, Sxx = 1.2, Syy = 2.8 -> r = 1.4 / sqrt(3.36) = 0.7638.
    assert x.discrimination == pytest.approx(round(1.4 / math.sqrt(1.2 * 2.8), 4))
    assert not x.negative_discrimination


def test_an_item_the_better_candidates_get_wrong_is_flagged() -> None:
    scores = [
        {"good": 1, "other": 1, "trap": 0},
        {"good": 1, "other": 1, "trap": 0},
        {"good": 0, "other": 0, "trap": 1},
        {"good": 0, "other": 1, "trap": 1},
        {"good": 0, "other": 0, "trap": 1},
    ]
    trap = next(row for row in item_statistics(scores, ["good", "other", "trap"]) or [] if row.slug == "trap")
    assert trap.discrimination is not None and trap.discrimination < 0
    assert trap.negative_discrimination and trap.flagged


def test_an_item_everyone_scores_the_same_on_has_no_discrimination() -> None:
    scores = [{"same": 1.0, "other": value} for value in (0.0, 0.5, 1.0, 0.2, 0.9)]
    same = item_statistics(scores, ["same", "other"])[0]  # type: ignore[index]
    assert same.discrimination is None
    assert not same.negative_discrimination


def test_a_missing_item_counts_as_zero() -> None:
    scores = [{"a": 1.0}, {"a": 1.0, "b": 1.0}, {"a": 0.0}, {"a": 0.0}, {"a": 1.0, "b": 1.0}]
    b = item_statistics(scores, ["a", "b"])[1]  # type: ignore[index]
    assert b.facility == pytest.approx(0.4)


def test_correlation_of_perfectly_related_series() -> None:
    assert correlation([1, 2, 3], [2, 4, 6]) == pytest.approx(1.0)
    assert correlation([1, 2, 3], [3, 2, 1]) == pytest.approx(-1.0)
    assert correlation([1, 1, 1], [1, 2, 3]) is None
