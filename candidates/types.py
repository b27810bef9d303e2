"""Contracts of candidates: what its services and selectors hand back (plain pydantic, no Django)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class CsvRow(_Frozen):
    """A row of an uploaded candidate list that can be imported. `line` is the line number in the file."""

    line: int
    name: str
    email: str


class CsvProblem(_Frozen):
    """A row that will not be imported, and why (written for the recruiter who has to fix the file)."""

    line: int
    text: str
    reason: str


class CsvPreview(_Frozen):
    rows: list[CsvRow]
    problems: list[CsvProblem]
    header_skipped: bool = False
    delimiter: str = ","

    @property
    def has_rows(self) -> bool:
        return bool(self.rows)


class CsvImportResult(_Frozen):
    imported: int
    problems: list[CsvProblem]


class InvitationBatch(_Frozen):
    """What one "invite" did: how many were invited now, and how many of those asked for were skipped
    because they already had an invitation (or left the pipeline)."""

    invited: int
    skipped: int
    assessment_version_id: int | None = None


class StageMoveResult(_Frozen):
    moved: int
    unchanged: int


class ItemChoice(_Frozen):
    """One item of a playbook as the pipeline form offers it."""

    slug: str
    title: str
    family: str
    family_label: str
    type: str
    estimated_minutes: float
    in_blueprint: bool


class TimeEstimate(_Frozen):
    """The chosen items' estimated time against the time limit."""

    minutes: float
    limit_minutes: float
    item_count: int

    @property
    def over(self) -> bool:
        return self.minutes > self.limit_minutes + 1e-9

    @property
    def over_by_minutes(self) -> float:
        return max(0.0, self.minutes - self.limit_minutes)
