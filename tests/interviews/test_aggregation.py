"""The arithmetic behind the report section and calibration, on plain values."""

from __future__ import annotations

from interviews.aggregation import (
    competency_ratings,
    competency_spread,
    enough_for_alpha,
    interviewer_calibration,
)

QUESTIONS = {"q1": ["empathy", "communication"], "q2": ["communication"], "q3": ["troubleshooting"]}


def test_a_question_counts_towards_each_competency_it_evidences_weighted_by_how_many() -> None:
    ratings = {"q1": {"rating": 5}, "q2": {"rating": 2}, "q3": {"rating": 4}}
    result = competency_ratings(ratings=ratings, question_competencies=QUESTIONS)
    assert result["empathy"] == 5
    # communication: q1 at weight 1/2 (5), q2 at weight 1 (2): (2.5 + 2) / 1.5 = 3
    assert result["communication"] == 3
    assert result["troubleshooting"] == 4


def test_unrated_questions_and_bad_values_are_left_out() -> None:
    ratings = {"q1": {"rating": None}, "q2": {"rating": 7}, "q3": {"rating": True}}
    assert competency_ratings(ratings=ratings, question_competencies=QUESTIONS) == {}


def test_interviewers_two_apart_disagree_and_one_apart_do_not() -> None:
    assert competency_spread([2, 4]).disagreement
    assert competency_spread([2, 4]).mean == 3
    assert not competency_spread([3, 4, 3.5]).disagreement
    assert competency_spread([]).mean is None


def test_a_rater_above_the_others_on_shared_units_is_lenient_and_one_below_strict() -> None:
    units = {
        ("c1", "q1"): {"kind": 5, "tough": 2, "fair": 4},
        ("c1", "q2"): {"kind": 4, "tough": 2, "fair": 3},
        ("c2", "q1"): {"kind": 5, "tough": 3, "fair": 4},
        ("c3", "q1"): {"alone": 3},
    }
    rows = {row.key: row for row in interviewer_calibration(units)}
    assert rows["kind"].label == "lenient"
    assert rows["tough"].label == "strict"
    assert rows["fair"].label == "in line"
    assert rows["alone"].label == "" and rows["alone"].mean_difference is None
    assert rows["kind"].distribution == {1: 0, 2: 0, 3: 0, 4: 1, 5: 2}


def test_alpha_needs_two_interviewers_with_five_shared_candidates_each() -> None:
    four = {"a": {"1", "2", "3", "4"}, "b": {"1", "2", "3", "4"}}
    five = {"a": {"1", "2", "3", "4", "5"}, "b": {"1", "2", "3", "4", "5", "6"}}
    assert not enough_for_alpha(four)
    assert enough_for_alpha(five)
    assert not enough_for_alpha({"a": {"1", "2", "3", "4", "5"}})
