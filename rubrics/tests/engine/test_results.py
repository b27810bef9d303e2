"""Ratings, overall score, recommendation, canonical JSON and versions."""

from __future__ import annotations

import json

import pytest

from rubrics.engine import (
    ENGINE_VERSION,
    Evidence,
    FlagHit,
    ItemInput,
    native,
    result_data,
    result_to_json,
    rubric_version_of,
    score_attempt,
)
from rubrics.engine.results import rating_for, recommend
from rubrics.tests.engine.inputs import checklist, flag, item, scoring_input

ONE_CONCEPT = checklist(("concept", ["reboot"], True, 1.0))


def three_items() -> list[ItemInput]:
    return [
        item("a", ONE_CONCEPT, competencies={"troubleshooting": 1.0}),
        item("b", ONE_CONCEPT, competencies={"troubleshooting": 0.5, "communication": 0.5}),
        item("c", {"type": "single_choice", "correct": "a"}, competencies={"communication": 1.0}),
    ]


@pytest.mark.parametrize(
    ("mean", "rating"),
    [
        (0.0, 1),
        (0.1999, 1),
        (0.2, 2),
        (0.3999, 2),
        (0.4, 3),
        (0.5999, 3),
        (0.6, 4),
        (0.7999, 4),
        (0.8, 5),
        (1.0, 5),
    ],
)
def test_competency_rating_thresholds(mean: float, rating: int) -> None:
    assert rating_for(mean) == rating


def test_competencies_are_rated_from_the_weighted_mean_of_their_items() -> None:
    inputs = scoring_input(*three_items(), competencies=("troubleshooting", "communication", "unused"))
    result = score_attempt(inputs, {"a": "reboot", "b": "no idea", "c": "a"})

    # troubleshooting: (1.0 * 1 + 0.0 * 0.5) / 1.5 = 0.67 -> 4; communication: (0 * 0.5 + 1 * 1) / 1.5 -> 4
    assert result.competencies == {"troubleshooting": 4, "communication": 4}


def test_overall_is_the_mean_item_score_with_unanswered_items_as_zero() -> None:
    result = score_attempt(scoring_input(*three_items()), {"a": "reboot", "c": "a"})

    assert result.items["b"].answered is False
    assert result.overall == 66.7


@pytest.mark.parametrize(
    ("overall", "warnings", "recommendation"),
    [
        (80.0, 0, "strong_advance"),
        (95.0, 1, "advance"),
        (65.0, 0, "advance"),
        (64.9, 0, "hold"),
        (45.0, 0, "hold"),
        (44.9, 0, "do_not_advance"),
    ],
)
def test_recommendation_thresholds(overall: float, warnings: int, recommendation: str) -> None:
    hits = [
        FlagHit(code="weak", title="Weak", severity="warning", item=None, evidence=None, reason="low")
    ] * warnings

    decided, reason = recommend(overall, hits)

    assert decided == recommendation
    assert f"{overall:.1f}" in reason


def test_any_disqualifier_means_do_not_advance_and_the_reason_names_it() -> None:
    unsafe = flag(
        "unsafe-security", {"type": "text", "items": ["all"], "phrasings": ["share the admin password"]}
    )
    inputs = scoring_input(item("a", ONE_CONCEPT), flags=(unsafe,))

    result = score_attempt(inputs, {"a": "I'd reboot, then share the admin password."})

    assert result.overall == 100.0
    assert result.recommendation == "do_not_advance"
    assert "unsafe-security" in result.recommendation_reason
    assert "share the admin password" in result.recommendation_reason


def test_points_are_the_score_times_the_sum_of_the_criteria_weights() -> None:
    rubric = checklist(("x", ["reboot"], True, 2.0), ("y", ["ping"], False, 1.5))
    result = score_attempt(scoring_input(item("a", rubric)), {"a": "reboot it"}).items["a"]

    assert (result.score, result.points, result.max_points) == (0.5714, 2.0, 3.5)


def test_the_same_answers_give_byte_identical_canonical_json() -> None:
    inputs = scoring_input(*three_items())
    answers = {"a": "Reboot it!", "b": "ping", "c": "b"}

    first = result_to_json(score_attempt(inputs, answers))

    assert result_to_json(score_attempt(inputs, dict(reversed(answers.items())))) == first
    data = json.loads(first)
    assert first == json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert data["engine_version"] == ENGINE_VERSION
    assert data["rubric_version"] == rubric_version_of(inputs)


def test_the_result_data_is_the_canonical_jsons_content_in_field_order() -> None:
    rule = {"type": "text", "items": ["a"], "phrasings": ["reboot"]}
    inputs = scoring_input(*three_items(), flags=(flag("weak", rule, severity="warning"),))
    result = score_attempt(inputs, {"a": "Reboot it!", "b": "ping", "c": "b"})

    data = result_data(result)

    assert data == json.loads(result_to_json(result))
    assert list(data) == [
        "playbook",
        "rubric_version",
        "engine_version",
        "items",
        "competencies",
        "red_flags",
        "overall",
        "recommendation",
        "recommendation_reason",
    ]
    assert data["items"]["a"]["criteria"][0]["evidence"] == {"start": 0, "end": 6, "quote": "Reboot"}
    assert data["red_flags"][0]["code"] == "weak" and data["items"]["a"]["red_flags"] == data["red_flags"]


def test_results_are_values_equal_by_their_fields() -> None:
    inputs = scoring_input(*three_items())
    first, again = (score_attempt(inputs, {"a": "Reboot it!", "b": "ping"}) for _ in range(2))
    other = score_attempt(inputs, {"a": "Reboot it!"})

    assert first == again and hash(first.items["a"].criteria[0]) == hash(again.items["a"].criteria[0])
    assert first != other and first.items["b"] != other.items["b"]
    assert Evidence(start=0, end=1, quote="a") == Evidence(start=0, end=1, quote="a")
    assert len({Evidence(start=0, end=1, quote="a"), Evidence(start=0, end=1, quote="a")}) == 1
    assert repr(Evidence(start=0, end=1, quote="a")) == "Evidence(0, 1, 'a')"


@pytest.mark.skipif(not native.compiled(), reason="compiled, assignment fails; in the source mypy refuses it")
def test_a_result_cannot_be_changed_once_built() -> None:
    result = score_attempt(scoring_input(*three_items()), {"a": "Reboot it!"})

    with pytest.raises(AttributeError):
        result.items["a"].criteria[0].met = False  # type: ignore[misc]


def test_the_rubric_version_is_the_content_hash_of_the_input() -> None:
    first = rubric_version_of(scoring_input(*three_items()))
    changed = rubric_version_of(
        scoring_input(*three_items()[:2], item("c", {"type": "single_choice", "correct": "b"}))
    )

    assert len(first) == 64 and int(first, 16) >= 0
    assert first == rubric_version_of(scoring_input(*three_items()))
    assert changed != first
