"""Contracts of rubrics that other apps use: what a score report looks like from outside, and what a
rescoring did. Plain pydantic, no Django."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict

Recommendation = Literal["strong_advance", "advance", "hold", "do_not_advance"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class ScoreSummary(_Frozen):
    """The headline of one score report (the full result is `ScoreReport.result`)."""

    report_id: int
    attempt_id: int
    rubric_version: str
    engine_version: str
    overall: float
    recommendation: Recommendation
    created_at: datetime


RescoreStatus = Literal["rescored", "unchanged", "refused"]


class RescoreOutcome(_Frozen):
    """One attempt's rescoring: its newest report before, the report for the current rubric after.

    `unchanged`: the playbook's current version gives the rubric version the attempt was already scored
    under, so no report was written. `refused`: nothing was written, `problem` says why.
    """

    attempt_public_id: str
    candidate_label: str
    status: RescoreStatus
    before: ScoreSummary | None = None
    after: ScoreSummary | None = None
    problem: str = ""

    def describe(self) -> str:
        who = f"{self.attempt_public_id} {self.candidate_label}"
        if self.status == "refused":
            return f"{who}: not rescored: {self.problem}"
        before = _headline(self.before)
        after = _headline(self.after)
        if self.status == "unchanged":
            return f"{who}: {after} (unchanged: the rubric has not changed)"
        return f"{who}: {before} -> {after}"


def _headline(summary: ScoreSummary | None) -> str:
    if summary is None:
        return "not scored"
    return f"{summary.overall:g} {summary.recommendation} @ {summary.rubric_version[:12]}"
