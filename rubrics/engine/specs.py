"""The rubric and red-flag rule shapes that a playbook item carries and the scoring engine consumes.

Pure Python + pydantic (no Django): the playbook schema in `assessments` validates files against these,
the frozen assessment versions store them as JSON, and the engine parses them back with `RubricSpec`.
Each model checks what it can see by itself (its own ids, weights, word bounds); whether an option key
exists on the item is checked by the playbook schema, which sees both the rubric and the item.

The shapes are the contract in `fixtures/playbooks/` (see the playbook format): unknown keys are errors.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, model_validator

from rubrics.engine.lexicon import FLAG_PHRASINGS

_OPTION_KEY = re.compile(r"^[a-z][a-z0-9]{0,7}$")
_IDENTIFIER = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def _option_key(value: str) -> str:
    if not _OPTION_KEY.match(value):
        raise ValueError(f"expected an option key such as 'a', 'b', 'c' (lowercase letters), got {value!r}")
    return value


def _identifier(value: str) -> str:
    if not _IDENTIFIER.match(value):
        raise ValueError(
            f"expected an id of lowercase letters, digits, '-' or '_' such as 'first-step', got {value!r}"
        )
    return value


def _slug(value: str) -> str:
    if not _SLUG.match(value):
        raise ValueError(
            f"expected a slug of lowercase letters, digits and single hyphens such as 'sjt-angry-customer', "
            f"got {value!r}"
        )
    return value


OptionKey = Annotated[str, AfterValidator(_option_key)]
Identifier = Annotated[str, AfterValidator(_identifier)]
Slug = Annotated[str, AfterValidator(_slug)]
# Non-blank text; surrounding whitespace (the newline YAML block scalars end with) is not content.
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Phrasing = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Weight = Annotated[float, Field(gt=0, le=100)]
Fraction = Annotated[float, Field(ge=0, le=1)]

Family = Literal["situational_judgment", "attention_to_detail", "written_communication", "technical_process"]
FAMILIES: tuple[Family, ...] = (
    "situational_judgment",
    "attention_to_detail",
    "written_communication",
    "technical_process",
)


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _duplicates(values: list[str]) -> list[str]:
    seen: set[str] = set()
    repeated: list[str] = []
    for value in values:
        if value in seen and value not in repeated:
            repeated.append(value)
        seen.add(value)
    return repeated


# --- Rubrics -----------------------------------------------------------------------------------------


class BestWorstRubric(_Spec):
    """Choose the best and the worst response: credit 0.5 for each."""

    type: Literal["best_worst"]
    best: OptionKey
    worst: OptionKey

    @model_validator(mode="after")
    def _best_is_not_worst(self) -> BestWorstRubric:
        if self.best == self.worst:
            raise ValueError(f"best and worst must be different options (both are {self.best!r})")
        return self

    def option_keys(self) -> list[str]:
        return [self.best, self.worst]


class SingleChoiceRubric(_Spec):
    type: Literal["single_choice"]
    correct: OptionKey

    def option_keys(self) -> list[str]:
        return [self.correct]


class MultiSelectRubric(_Spec):
    """Partial credit per correct pick; each wrong pick takes `wrong_pick_penalty` off (floored at 0)."""

    type: Literal["multi_select"]
    correct: list[OptionKey] = Field(min_length=1)
    wrong_pick_penalty: Fraction

    @model_validator(mode="after")
    def _correct_keys_unique(self) -> MultiSelectRubric:
        repeated = _duplicates(self.correct)
        if repeated:
            raise ValueError(f"correct lists an option more than once: {', '.join(repeated)}")
        return self

    def option_keys(self) -> list[str]:
        return list(self.correct)


class Step(_Spec):
    id: Identifier
    label: Text
    phrasings: list[Phrasing] = Field(min_length=1)


class OrderedStepsRubric(_Spec):
    """Open text scored for the first step, the order of the steps, and (the rest) coverage of the steps.

    `steps` are listed in the expected order.
    """

    type: Literal["ordered_steps"]
    steps: list[Step] = Field(min_length=2)
    first_step: Identifier
    # Other steps the source accepts as the first ("check Wi-Fi is on, or have them rejoin the right
    # network"): starting with one of them earns the first step's credit too.
    first_step_also: list[Identifier] = Field(default_factory=list)
    # Steps that restate what the scenario already says ("only this laptop is affected"): a finding, not an
    # act. Named, they count as steps covered, but not as the first step nor in the order (engine 1.53.0).
    findings: list[Identifier] = Field(default_factory=list)
    first_step_weight: Fraction
    order_weight: Fraction
    # What the item rules out, as in a checklist ("wait until the all-hands ends"; engine 1.66.0).
    contradictions: list[Contradiction] = Field(default_factory=list)

    @model_validator(mode="after")
    def _consistent(self) -> OrderedStepsRubric:
        ids = [step.id for step in self.steps]
        repeated = _duplicates(ids)
        if repeated:
            raise ValueError(f"step ids must be unique; repeated: {', '.join(repeated)}")
        _contradictions_fit(["first-step", "order", *(f"step-{i}" for i in ids)], self.contradictions)
        for field, first in [
            ("first_step", self.first_step),
            *(("first_step_also", f) for f in self.first_step_also),
            *(("findings", f) for f in self.findings),
        ]:
            if first not in ids:
                raise ValueError(f"{field} {first!r} is not one of the step ids ({', '.join(ids)})")
        if self.first_step in self.first_step_also or _duplicates(self.first_step_also):
            raise ValueError("first_step_also lists other steps than first_step, each once")
        if {self.first_step, *self.first_step_also} & set(self.findings) or _duplicates(self.findings):
            raise ValueError("findings lists steps other than the first steps, each once")
        if self.first_step_weight + self.order_weight > 1.0 + 1e-9:
            raise ValueError(
                "first_step_weight + order_weight must be at most 1 (the rest is coverage of the steps), "
                f"got {self.first_step_weight} + {self.order_weight}"
            )
        return self

    def option_keys(self) -> list[str]:
        return []


class Criterion(_Spec):
    id: Identifier
    label: Text
    phrasings: list[Phrasing] = Field(min_length=1)
    required: bool
    weight: Weight


class Contradiction(_Spec):
    """A wrong diagnosis or act that the item rules out ("blames DNS" for a 169.254 address, "tells staff
    to shut their laptops down" before an overnight update). Said as the candidate's own (negation read as
    red flags read it: a refusal, a condition or a question says nothing), it caps the item's score at
    `cap`, and the answer shows the quote. `label` says what a right answer does: "Does not blame DNS"."""

    id: Identifier
    label: Text
    phrasings: list[Phrasing] = Field(min_length=1)
    cap: Fraction = 0.2


def _contradictions_fit(ids: list[str], contradictions: list[Contradiction]) -> None:
    repeated = _duplicates(ids + [contradiction.id for contradiction in contradictions])
    if repeated:
        raise ValueError(f"criterion and contradiction ids must be unique; repeated: {', '.join(repeated)}")


class OrderConstraint(_Spec):
    """ "Mentions criterion `before` before criterion `after`" in the answer."""

    before: Identifier
    after: Identifier


class ChecklistRubric(_Spec):
    """Open text checked for concepts and expected actions, each matched by its phrasings."""

    type: Literal["checklist"]
    criteria: list[Criterion] = Field(min_length=1)
    order: list[OrderConstraint] = Field(default_factory=list)
    contradictions: list[Contradiction] = Field(default_factory=list)
    # None: the engine's default applies.
    pass_threshold: Fraction | None = None

    @model_validator(mode="after")
    def _consistent(self) -> ChecklistRubric:
        ids = [criterion.id for criterion in self.criteria]
        repeated = _duplicates(ids)
        if repeated:
            raise ValueError(f"criterion ids must be unique; repeated: {', '.join(repeated)}")
        _contradictions_fit(ids, self.contradictions)
        for index, constraint in enumerate(self.order):
            for end in ("before", "after"):
                ref = getattr(constraint, end)
                if ref not in ids:
                    raise ValueError(
                        f"order[{index}].{end} {ref!r} is not one of the criterion ids ({', '.join(ids)})"
                    )
            if constraint.before == constraint.after:
                raise ValueError(f"order[{index}] puts {constraint.before!r} before itself")
        return self

    def option_keys(self) -> list[str]:
        return []


WritingKind = Literal[
    "acknowledges_problem",
    "apologises_or_empathy",
    "explains_action",
    "next_update",
    "tells_what_to_do",
    "thanks_reader",
    "plain_language",
    "numbered_steps",
    "states_outcome",
    "mentions_fix",
    "custom",
]
WRITING_KINDS: tuple[str, ...] = WritingKind.__args__  # type: ignore[attr-defined]


class WritingCriterion(_Spec):
    id: Identifier
    kind: WritingKind
    label: Text
    weight: Weight
    # Added to the kind's built-in phrasings; a `custom` criterion has only these.
    phrasings: list[Phrasing] = Field(default_factory=list)
    # Only for kind plain_language: words the reader should not have to know.
    jargon: list[Phrasing] | None = None
    # What the message is for (the instruction, the time of the next update): while it is missing, the
    # item scores at most the required cap, as a checklist's required criterion.
    required: bool = False

    @model_validator(mode="after")
    def _kind_fits(self) -> WritingCriterion:
        if self.jargon is not None and self.kind != "plain_language":
            raise ValueError(f"jargon is only for kind plain_language (this criterion is {self.kind})")
        if self.kind == "custom" and not self.phrasings:
            raise ValueError("a custom criterion needs phrasings: it has no built-in ones")
        return self


class WritingRubric(_Spec):
    type: Literal["writing"]
    min_words: int = Field(ge=1)
    max_words: int = Field(ge=1)
    criteria: list[WritingCriterion] = Field(min_length=1)
    contradictions: list[Contradiction] = Field(default_factory=list)

    @model_validator(mode="after")
    def _consistent(self) -> WritingRubric:
        if self.min_words >= self.max_words:
            raise ValueError(f"min_words ({self.min_words}) must be less than max_words ({self.max_words})")
        ids = [criterion.id for criterion in self.criteria]
        repeated = _duplicates(ids)
        if repeated:
            raise ValueError(f"criterion ids must be unique; repeated: {', '.join(repeated)}")
        _contradictions_fit([*ids, "length"], self.contradictions)
        return self

    def option_keys(self) -> list[str]:
        return []


RubricSpec = Annotated[
    BestWorstRubric
    | SingleChoiceRubric
    | MultiSelectRubric
    | OrderedStepsRubric
    | ChecklistRubric
    | WritingRubric,
    Field(discriminator="type"),
]
RUBRIC_TYPES: tuple[str, ...] = (
    "best_worst",
    "single_choice",
    "multi_select",
    "ordered_steps",
    "checklist",
    "writing",
)


# --- Red-flag rules ----------------------------------------------------------------------------------


BuiltinFlagSet = Literal[
    "dismissive_tone", "credential_sharing", "security_bypass", "excess_privilege", "approval_bypass"
]
"""The engine's own red-flag phrasings (`lexicon.FLAG_PHRASINGS`), kept for every playbook at once."""


class TextFlagRule(_Spec):
    """Negation-aware phrase match in the candidate's text answers to `items` (slugs, or ["all"]): the
    playbook's own `phrasings` and those of the engine's `builtin` sets."""

    type: Literal["text"]
    items: list[Slug] = Field(min_length=1)
    phrasings: list[Phrasing] = Field(default_factory=list)
    builtin: list[BuiltinFlagSet] = Field(default_factory=list)

    @model_validator(mode="after")
    def _has_phrasings(self) -> TextFlagRule:
        if not self.phrasings and not self.builtin:
            raise ValueError("a text rule needs phrasings, builtin phrasing sets, or both")
        return self

    @property
    def all_items(self) -> bool:
        return self.items == ["all"]

    def every_phrasing(self) -> tuple[str, ...]:
        """The rule's own phrasings, then those of its builtin sets, in order."""
        return (*self.phrasings, *(text for name in self.builtin for text in FLAG_PHRASINGS[name]))


class OptionFlagRule(_Spec):
    """Picking one of `keys` as the best response (best_worst) or selecting it (choice items)."""

    type: Literal["option"]
    item: Slug
    keys: list[OptionKey] = Field(min_length=1)


class ScoreFlagRule(_Spec):
    """Weak fundamentals: the mean item score of a family below `below` (0-1)."""

    type: Literal["score"]
    family: Family
    below: Fraction


RedFlagRule = Annotated[TextFlagRule | OptionFlagRule | ScoreFlagRule, Field(discriminator="type")]
