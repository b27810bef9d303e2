"""Contracts of assessments that other apps use: the playbook schema types and what the selectors return.

The playbook types are the validated file format (`assessments.playbooks.schema`); the rubric shapes they
carry are `rubrics.engine.specs`, re-exported here for convenience.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict

from assessments.playbooks.schema import (
    CHOICE_ITEM_TYPES,
    FAMILY_LABELS,
    LEVEL_LABELS,
    AdjacentRole,
    Anchors,
    Blueprint,
    Competency,
    InterviewQuestion,
    Item,
    ItemType,
    Option,
    PlaybookFileError,
    PlaybookSpec,
    RedFlag,
    Scenario,
    ScoringGuidance,
)
from rubrics.engine.specs import FAMILIES, Family, RedFlagRule, RubricSpec

__all__ = [
    "CHOICE_ITEM_TYPES",
    "FAMILIES",
    "FAMILY_LABELS",
    "IntegritySignals",
    "ItemIntegritySignals",
    "LEVEL_LABELS",
    "AdjacentRole",
    "Anchors",
    "Blueprint",
    "Competency",
    "Family",
    "InterviewQuestion",
    "Item",
    "ItemType",
    "Option",
    "PlaybookFileError",
    "PlaybookItemRef",
    "PlaybookLibrary",
    "PlaybookLoadResult",
    "PlaybookSpec",
    "PlaybookSummary",
    "PlaybookVersionRef",
    "RedFlag",
    "RedFlagRule",
    "RubricSpec",
    "Scenario",
    "ScoringGuidance",
]

LoadOutcome = Literal["created", "new_version", "restored", "unchanged"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class PlaybookLoadResult(_Frozen):
    """What loading one file did: `restored` means the file went back to an earlier version's content."""

    slug: str
    outcome: LoadOutcome
    content_hash: str
    source_name: str

    def describe(self) -> str:
        short = self.content_hash[:12]
        if self.outcome == "created":
            return f"{self.slug}: created (version {short})"
        if self.outcome == "new_version":
            return f"{self.slug}: new version {short}"
        if self.outcome == "restored":
            return f"{self.slug}: current version set back to earlier version {short}"
        return f"{self.slug}: unchanged"


class PlaybookItemRef(_Frozen):
    playbook_slug: str
    playbook_title: str
    slug: str
    title: str
    family: Family
    type: ItemType
    estimated_minutes: float

    @property
    def family_label(self) -> str:
        return FAMILY_LABELS[self.family]


class PlaybookSummary(_Frozen):
    """One row of the library list. `matching_items` is filled when the list is searched or filtered."""

    slug: str
    title: str
    level: str
    function: str
    summary: str
    item_count: int
    blueprint_minutes: float
    time_limit_minutes: int
    matching_items: list[PlaybookItemRef] = []

    @property
    def level_label(self) -> str:
        return LEVEL_LABELS.get(self.level, self.level)


class PlaybookLibrary(_Frozen):
    playbooks: list[PlaybookSummary]
    competency_choices: list[tuple[str, str]]  # (slug, name)


class PlaybookVersionRef(_Frozen):
    """One stored version of a playbook with its content parsed back into the schema types."""

    playbook_slug: str
    version_id: int
    content_hash: str
    source_name: str
    created_at: datetime
    is_current: bool
    spec: PlaybookSpec


class ItemIntegritySignals(_Frozen):
    """One item's integrity signals, summed over every browser the candidate used."""

    slug: str
    title: str
    seconds_on_item: int
    paste_count: int
    paste_chars: int
    largest_paste_chars: int


class IntegritySignals(_Frozen):
    """What the candidate's browser reported while they worked: context for a hiring manager, never a
    verdict (a lost focus is as often a notification as anything else). Items in the assessment's order."""

    attempt_public_id: str
    focus_lost_count: int
    focus_lost_seconds: int
    paste_count: int
    paste_chars: int
    items: list[ItemIntegritySignals]
