"""Calibration of a pipeline's interviewers: leniency against the others, and Krippendorff's alpha once
enough scorecards exist."""

from __future__ import annotations

import pytest

from accounts.models import Membership
from candidates.models import Pipeline
from candidates.services import candidate_add
from interviews.selectors import pipeline_calibration
from interviews.services import scorecard_submit
from interviews.tests.factories import interview_for, scorecard_input

pytestmark = pytest.mark.django_db


def _rate_candidates(
    pipeline: Pipeline, recruiter: Membership, a: Membership, b: Membership, count: int, *, spread: bool
) -> None:
    for number in range(count):
        application = candidate_add(
            pipeline=pipeline,
            name=f"Candidate {number}",
            email=f"c{number}@example.org",
            added_by=recruiter.user,
        )
        interview = interview_for(application=application, scheduled_by=recruiter, interviewers=[a, b])
        base = 1 + number % 4  # candidates differ, so agreement means something
        scorecard_submit(
            interview=interview, membership=a, data=scorecard_input(pipeline=pipeline, default=base + 1)
        )
        other = base if spread else base + 1
        scorecard_submit(
            interview=interview, membership=b, data=scorecard_input(pipeline=pipeline, default=other)
        )


def test_with_four_shared_candidates_alpha_is_not_computed_and_the_counts_are_given(
    pipeline: Pipeline, recruiter: Membership, interviewer: Membership, interviewer_b: Membership
) -> None:
    _rate_candidates(pipeline, recruiter, interviewer, interviewer_b, 4, spread=True)
    calibration = pipeline_calibration(pipeline=pipeline)
    assert calibration.alpha is None
    assert calibration.shared_counts == {"Ivan Interviewer": 4, "Bea Interviewer": 4}
    assert calibration.scorecard_count == 8 and calibration.candidate_count == 4


def test_with_five_shared_candidates_alpha_is_computed_and_the_lenient_interviewer_named(
    pipeline: Pipeline, recruiter: Membership, interviewer: Membership, interviewer_b: Membership
) -> None:
    _rate_candidates(pipeline, recruiter, interviewer, interviewer_b, 5, spread=True)
    calibration = pipeline_calibration(pipeline=pipeline)
    assert calibration.alpha is not None and 0 < calibration.alpha < 1
    rows = {row["name"]: row for row in calibration.interviewers}
    assert rows["Ivan Interviewer"]["label"] == "lenient" and rows["Ivan Interviewer"]["mean_difference"] == 1
    assert rows["Bea Interviewer"]["label"] == "strict"


def test_identical_ratings_agree_perfectly(
    pipeline: Pipeline, recruiter: Membership, interviewer: Membership, interviewer_b: Membership
) -> None:
    _rate_candidates(pipeline, recruiter, interviewer, interviewer_b, 5, spread=False)
    calibration = pipeline_calibration(pipeline=pipeline)
    assert calibration.alpha == 1.0
    assert {row["label"] for row in calibration.interviewers} == {"in line"}
