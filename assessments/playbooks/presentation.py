"""A playbook arranged for reading: items grouped by family, option keys resolved to their text,
competency slugs to names. Templates cannot look values up by a variable key, so it is done here once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from assessments.playbooks.schema import (
    FAMILY_LABELS,
    LEVEL_LABELS,
    InterviewQuestion,
    Item,
    Option,
    PlaybookSpec,
)
from rubrics.engine.specs import FAMILIES, ChecklistRubric, OrderedStepsRubric, WritingRubric

ITEM_TYPE_LABELS = {
    "best_worst": "Choose the best and the worst response",
    "single_choice": "Single choice",
    "multi_select": "Select all that apply",
    "ordered_steps": "Open answer: steps in order",
    "short_text": "Short open answer",
    "long_text": "Written answer",
}
SCENARIO_KIND_LABELS = {
    "message": "Message",
    "email": "Email",
    "bounce": "Bounce message",
    "ticket": "Support ticket",
    "screenshot": "Screenshot (described)",
    "chat": "Chat",
    "log": "Log excerpt",
    "none": "",
}
WRITING_KIND_LABELS = {
    "acknowledges_problem": "Acknowledges the problem",
    "apologises_or_empathy": "Apologises or shows empathy",
    "explains_action": "Explains what is being done",
    "next_update": "Says when the next update comes",
    "tells_what_to_do": "Tells the reader what to do",
    "thanks_reader": "Thanks the reader",
    "plain_language": "Plain language",
    "numbered_steps": "Numbered steps",
    "states_outcome": "States the outcome",
    "mentions_fix": "Mentions the fix",
    "custom": "Specific point",
}
SEVERITY_LABELS = {"warning": "Warning", "disqualifier": "Disqualifier"}


@dataclass(frozen=True)
class OptionView:
    key: str
    text: str
    mark: str = ""  # "best", "worst", "correct" or "" (what the rubric says about this option)


@dataclass(frozen=True)
class CompetencyWeight:
    slug: str
    name: str
    percent: int


@dataclass(frozen=True)
class LabelledCriterion:
    label: str
    kind: str
    weight: float
    phrasings: list[str]
    jargon: list[str]
    required: bool = False


@dataclass
class ItemView:
    item: Item
    number: int
    family_label: str
    type_label: str
    scenario_label: str
    options: list[OptionView]
    competencies: list[CompetencyWeight]
    best: OptionView | None = None
    worst: OptionView | None = None
    correct: list[OptionView] = field(default_factory=list)
    incorrect: list[OptionView] = field(default_factory=list)
    first_step_label: str = ""
    order_rules: list[tuple[str, str]] = field(default_factory=list)
    writing_criteria: list[LabelledCriterion] = field(default_factory=list)


@dataclass(frozen=True)
class FamilySection:
    family: str
    label: str
    items: list[ItemView]


@dataclass(frozen=True)
class QuestionView:
    question: InterviewQuestion
    competencies: list[str]


@dataclass(frozen=True)
class AdjacentRoleView:
    title: str
    difference: str
    playbook: str | None  # a slug only when that playbook is in the library


@dataclass(frozen=True)
class PlaybookPage:
    spec: PlaybookSpec
    level_label: str
    families: list[FamilySection]
    questions: list[QuestionView]
    adjacent_roles: list[AdjacentRoleView]
    blueprint_items: list[ItemView]
    blueprint_minutes: float


def _marks(item: Item) -> dict[str, str]:
    rubric = item.rubric
    if rubric.type == "best_worst":
        return {rubric.best: "best", rubric.worst: "worst"}
    if rubric.type == "single_choice":
        return {rubric.correct: "correct"}
    if rubric.type == "multi_select":
        return dict.fromkeys(rubric.correct, "correct")
    return {}


def _option_views(options: list[Option], marks: dict[str, str]) -> list[OptionView]:
    return [
        OptionView(key=option.key, text=option.text, mark=marks.get(option.key, "")) for option in options
    ]


def _item_view(item: Item, *, number: int, competency_names: dict[str, str]) -> ItemView:
    options = _option_views(item.options, _marks(item))
    view = ItemView(
        item=item,
        number=number,
        family_label=FAMILY_LABELS[item.family],
        type_label=ITEM_TYPE_LABELS[item.type],
        scenario_label=SCENARIO_KIND_LABELS[item.scenario.kind] if item.scenario else "",
        options=options,
        competencies=[
            CompetencyWeight(slug=slug, name=competency_names.get(slug, slug), percent=round(weight * 100))
            for slug, weight in sorted(item.competencies.items(), key=lambda pair: -pair[1])
        ],
    )
    view.best = next((option for option in options if option.mark == "best"), None)
    view.worst = next((option for option in options if option.mark == "worst"), None)
    view.correct = [option for option in options if option.mark == "correct"]
    view.incorrect = [option for option in options if option.mark != "correct"]
    rubric = item.rubric
    if isinstance(rubric, OrderedStepsRubric):
        labels = {step.id: step.label for step in rubric.steps}
        view.first_step_label = " or ".join(
            labels[first] for first in [rubric.first_step, *rubric.first_step_also]
        )
    elif isinstance(rubric, ChecklistRubric):
        labels = {criterion.id: criterion.label for criterion in rubric.criteria}
        view.order_rules = [(labels[rule.before], labels[rule.after]) for rule in rubric.order]
    elif isinstance(rubric, WritingRubric):
        view.writing_criteria = [
            LabelledCriterion(
                label=criterion.label,
                kind=WRITING_KIND_LABELS[criterion.kind],
                weight=criterion.weight,
                phrasings=list(criterion.phrasings),
                jargon=list(criterion.jargon or []),
                required=criterion.required,
            )
            for criterion in rubric.criteria
        ]
    return view


def playbook_page(spec: PlaybookSpec, *, playbooks_in_library: set[str]) -> PlaybookPage:
    competency_names = {competency.slug: competency.name for competency in spec.competencies}
    views = {
        item.slug: _item_view(item, number=number, competency_names=competency_names)
        for number, item in enumerate(spec.items, start=1)
    }
    families = [
        FamilySection(
            family=family,
            label=FAMILY_LABELS[family],
            items=[views[item.slug] for item in spec.items if item.family == family],
        )
        for family in FAMILIES
    ]
    blueprint_items = [views[slug] for slug in spec.blueprint.items if slug in views]
    return PlaybookPage(
        spec=spec,
        level_label=LEVEL_LABELS.get(spec.level, spec.level),
        families=[section for section in families if section.items],
        questions=[
            QuestionView(
                question=question,
                competencies=[competency_names.get(slug, slug) for slug in question.competencies],
            )
            for question in spec.interview_questions
        ],
        adjacent_roles=[
            AdjacentRoleView(
                title=role.title,
                difference=role.difference,
                playbook=role.playbook if role.playbook in playbooks_in_library else None,
            )
            for role in spec.adjacent_roles
        ],
        blueprint_items=blueprint_items,
        blueprint_minutes=sum(view.item.estimated_minutes for view in blueprint_items),
    )
