"""What the engine scores: one assessment's items, red flags and competencies, and the candidate's answers.

Everything needed, and nothing Django: `assessments` builds a `ScoringInput` from a frozen assessment
version or a playbook; the engine never reads a database.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping
from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, model_validator

from rubrics.engine.specs import Family, RedFlagRule, RubricSpec

ItemType = Literal["best_worst", "single_choice", "multi_select", "ordered_steps", "short_text", "long_text"]
TEXT_ITEM_TYPES = frozenset({"ordered_steps", "short_text", "long_text"})
CHOICE_ITEM_TYPES = frozenset({"best_worst", "single_choice", "multi_select"})
# Which rubric shapes fit which item type.
_RUBRICS_FOR_TYPE: dict[str, frozenset[str]] = {
    "best_worst": frozenset({"best_worst"}),
    "single_choice": frozenset({"single_choice"}),
    "multi_select": frozenset({"multi_select"}),
    "ordered_steps": frozenset({"ordered_steps"}),
    "short_text": frozenset({"checklist", "writing"}),
    "long_text": frozenset({"checklist", "writing"}),
}

Answer = str | list[str] | dict[str, str] | None
"""text items: str; best_worst: {"best": KEY, "worst": KEY} or [BEST, WORST]; single_choice: KEY;
multi_select: [KEY, ...]. None, a blank text or an empty selection is unanswered."""


class AnswerError(ValueError):
    """An answer that does not fit its item (wrong type, unknown option key) or an unknown item slug."""


class _Input(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class OptionInput(_Input):
    key: str
    text: str


class ItemInput(_Input):
    slug: str
    family: Family
    type: ItemType
    title: str
    rubric: RubricSpec
    options: list[OptionInput] = []
    competencies: dict[str, float]
    model_answer: str

    @model_validator(mode="after")
    def _rubric_fits_type(self) -> ItemInput:
        if self.rubric.type not in _RUBRICS_FOR_TYPE[self.type]:
            allowed = " or ".join(sorted(_RUBRICS_FOR_TYPE[self.type]))
            raise ValueError(
                f"item {self.slug}: a {self.type} item needs a {allowed} rubric, not {self.rubric.type}"
            )
        return self

    def option_text(self, key: str) -> str:
        return next((option.text for option in self.options if option.key == key), "")


class RedFlagInput(_Input):
    code: str
    title: str
    severity: Literal["warning", "disqualifier"]
    rules: list[RedFlagRule] = []


class CompetencyInput(_Input):
    slug: str
    name: str


class ScoringInput(_Input):
    playbook: str
    items: list[ItemInput]
    red_flags: list[RedFlagInput]
    competencies: list[CompetencyInput]

    @model_validator(mode="after")
    def _unique_slugs(self) -> ScoringInput:
        seen: set[str] = set()
        for item in self.items:
            if item.slug in seen:
                raise ValueError(f"item {item.slug} appears more than once")
            seen.add(item.slug)
        return self


def rubric_version_of(scoring_input: ScoringInput) -> str:
    """The rubric's content hash: sha256 hex of the input's canonical JSON (sorted keys, compact)."""
    canonical = json.dumps(
        scoring_input.model_dump(mode="json"), sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _keys_of(item: ItemInput) -> set[str]:
    return {option.key for option in item.options}


def _option_key(item: ItemInput, value: object, role: str) -> str:
    if not isinstance(value, str):
        raise AnswerError(f"{item.slug}: expected an option key as {role}, got {type(value).__name__}")
    if value not in _keys_of(item):
        known = ", ".join(sorted(_keys_of(item)))
        raise AnswerError(f"{item.slug}: unknown option key {value!r} as {role} (the options are {known})")
    return value


def checked_answer(item: ItemInput, answer: Answer) -> Answer:
    """The answer in its one canonical shape for the item, or AnswerError naming the item and the problem.

    best_worst -> {"best", "worst"}; single_choice -> key; multi_select -> sorted unique keys;
    text -> str. None stays None (unanswered).
    """
    if answer is None:
        return None
    if item.type in TEXT_ITEM_TYPES:
        if not isinstance(answer, str):
            raise AnswerError(f"{item.slug}: expected text, got {type(answer).__name__}")
        return answer
    if item.type == "best_worst":
        if isinstance(answer, Mapping):
            if set(answer) != {"best", "worst"}:
                raise AnswerError(
                    f"{item.slug}: expected {{'best': KEY, 'worst': KEY}}, got keys {sorted(answer)}"
                )
            best, worst = answer["best"], answer["worst"]
        elif isinstance(answer, list) and len(answer) == 2:
            best, worst = answer
        else:
            raise AnswerError(f"{item.slug}: expected {{'best': KEY, 'worst': KEY}} or [BEST, WORST]")
        return {"best": _option_key(item, best, "best"), "worst": _option_key(item, worst, "worst")}
    if item.type == "single_choice":
        if isinstance(answer, list) and len(answer) == 1:
            answer = answer[0]
        return _option_key(item, answer, "the choice")
    if not isinstance(answer, list):
        raise AnswerError(f"{item.slug}: expected a list of option keys, got {type(answer).__name__}")
    return sorted({_option_key(item, key, "a selection") for key in answer})


def is_answered(answer: Answer) -> bool:
    if answer is None:
        return False
    if isinstance(answer, str):
        return bool(answer.strip())
    return bool(answer)


_Value = TypeVar("_Value")


class PerInput(Generic[_Value]):
    """What is derived from a scoring input, kept for the last few inputs: a worker scores many attempts
    against one frozen input. Keyed by identity and holding the input, so an id is never reused while
    cached; the input is frozen, so what was derived from it cannot go stale."""

    def __init__(self, derive: Callable[[ScoringInput], _Value], size: int = 32) -> None:
        self._derive = derive
        self._size = size
        self._kept: OrderedDict[int, tuple[ScoringInput, _Value]] = OrderedDict()
        self._lock = threading.Lock()

    def __call__(self, scoring_input: ScoringInput) -> _Value:
        with self._lock:
            kept = self._kept.get(id(scoring_input))
            if kept is not None and kept[0] is scoring_input:
                self._kept.move_to_end(id(scoring_input))
                return kept[1]
        value = self._derive(scoring_input)
        with self._lock:
            self._kept[id(scoring_input)] = (scoring_input, value)
            while len(self._kept) > self._size:
                self._kept.popitem(last=False)
        return value
