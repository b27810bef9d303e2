"""Contracts of interviews: what a scorecard form hands to the services (plain pydantic, no Django)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class QuestionAnswer(_Frozen):
    """One question's rating (1-5, None while not rated) and the interviewer's notes."""

    rating: int | None = Field(default=None, ge=1, le=5)
    notes: str = ""


class ScorecardInput(_Frozen):
    """A scorecard as filled in: per question slug, a rating and notes; per ticked red flag code, a note."""

    answers: dict[str, QuestionAnswer] = {}
    red_flags: dict[str, str] = {}
    recommendation: str = ""
    summary: str = ""
