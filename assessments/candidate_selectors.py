"""Reads of the candidate-facing side (issue 6): what a candidate sees of their assessment, their saved
answers and their clock.

A candidate sees the items' prompts, scenario material and options, and nothing of the rubrics, model
answers or scores: `CandidateItem` is built field by field from the frozen playbook version, so a field
added to the playbook schema later is not shown until someone decides it should be.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.utils import timezone

from assessments.models import Attempt, Response
from assessments.playbooks.presentation import SCENARIO_KIND_LABELS
from assessments.services import _writes_refused_after
from assessments.types import FAMILIES, FAMILY_LABELS, PlaybookSpec

# What the candidate is told about each answer type, beside the question.
ANSWER_TYPE_HINTS = {
    "best_worst": "Choose the best response and the worst response.",
    "single_choice": "Choose one answer.",
    "multi_select": "Select all that apply.",
    "ordered_steps": "Write your steps, then put them in the order you would take them.",
    "short_text": "A short written answer.",
    "long_text": "A written answer.",
}


@dataclass(frozen=True)
class CandidateOption:
    key: str
    text: str


@dataclass(frozen=True)
class CandidateScenario:
    kind_label: str
    sender: str
    subject: str
    body: str


@dataclass(frozen=True)
class CandidateItem:
    slug: str
    number: int
    family: str
    family_label: str
    type: str
    type_hint: str
    title: str
    prompt: str
    scenario: CandidateScenario | None
    options: list[CandidateOption]


@dataclass(frozen=True)
class CandidateSection:
    family: str
    label: str
    items: list[CandidateItem] = field(default_factory=list)


@dataclass(frozen=True)
class CandidateAssessment:
    """Everything the landing and test pages show about the assessment (not about the answers)."""

    organization_name: str
    role_title: str
    items: list[CandidateItem]
    sections: list[CandidateSection]
    time_limit_seconds: int
    accommodation_seconds: int
    grace_seconds: int

    @property
    def allowed_seconds(self) -> int:
        return self.time_limit_seconds + self.accommodation_seconds


def attempt_for_candidate(*, public_id: str, with_content: bool = True) -> Attempt | None:
    """The attempt a candidate's session is bound to, with what its pages need; None when it is gone.

    `with_content=False` is for the JSON endpoints (saves, the clock, activity, submit), called every few
    seconds per candidate: they need the timing of the version, not the playbook it was frozen from, whose
    content is the largest thing a candidate's request could read."""
    if with_content:
        queryset = Attempt.objects.select_related(
            "organization", "assessment_version__playbook_version"
        ).defer("assessment_version__scoring_input")
    else:
        queryset = Attempt.objects.select_related("organization", "assessment_version").defer(
            "assessment_version__scoring_input"
        )
    return queryset.filter(public_id=public_id).first()


def candidate_assessment(*, attempt: Attempt) -> CandidateAssessment:
    version = attempt.assessment_version
    spec = PlaybookSpec.model_validate(version.playbook_version.content)
    items: list[CandidateItem] = []
    for number, slug in enumerate(version.item_slugs, start=1):
        item = spec.item(slug)
        if item is None:  # frozen from this very version, so only a corrupted row gets here
            raise ValueError(f"{slug!r} is not an item of the playbook version this version was frozen from")
        scenario = None
        if item.scenario is not None and (item.scenario.body or item.scenario.subject):
            scenario = CandidateScenario(
                kind_label=SCENARIO_KIND_LABELS.get(item.scenario.kind, ""),
                sender=item.scenario.sender or "",
                subject=item.scenario.subject or "",
                body=item.scenario.body or "",
            )
        items.append(
            CandidateItem(
                slug=item.slug,
                number=number,
                family=item.family,
                family_label=FAMILY_LABELS[item.family],
                type=item.type,
                type_hint=ANSWER_TYPE_HINTS[item.type],
                title=item.title,
                prompt=item.prompt,
                scenario=scenario,
                options=[CandidateOption(key=option.key, text=option.text) for option in item.options],
            )
        )
    # Sections in the families' fixed order; items keep their frozen order within a section.
    sections = [
        CandidateSection(
            family=family,
            label=FAMILY_LABELS[family],
            items=[item for item in items if item.family == family],
        )
        for family in FAMILIES
    ]
    sections = [section for section in sections if section.items]
    # Number items in the order the candidate meets them (section by section).
    ordered = [item for section in sections for item in section.items]
    renumbered = {item.slug: number for number, item in enumerate(ordered, start=1)}
    items = [_renumbered(item, renumbered[item.slug]) for item in ordered]
    by_slug = {item.slug: item for item in items}
    sections = [
        CandidateSection(
            family=section.family,
            label=section.label,
            items=[by_slug[item.slug] for item in section.items],
        )
        for section in sections
    ]
    return CandidateAssessment(
        organization_name=attempt.organization.name,
        role_title=spec.title,
        items=items,
        sections=sections,
        time_limit_seconds=version.time_limit_seconds,
        accommodation_seconds=attempt.accommodation_seconds,
        grace_seconds=version.grace_seconds,
    )


def _renumbered(item: CandidateItem, number: int) -> CandidateItem:
    if item.number == number:
        return item
    return CandidateItem(**{**item.__dict__, "number": number})


def attempt_saved_answers(*, attempt_id: int) -> dict[str, dict[str, Any]]:
    """Each saved answer with its sequence number, by item slug: the server's half of resuming."""
    return {
        slug: {"answer": answer, "seq": seq}
        for slug, answer, seq in Response.objects.filter(attempt_id=attempt_id)
        .order_by()
        .values_list("item_slug", "answer", "seq")
    }


def attempt_clock(*, attempt: Attempt, holder: str, now: datetime | None = None) -> dict[str, Any]:
    """The attempt's time as the server sees it: what the candidate's countdown starts from at every sync.

    `seconds_remaining` is until the deadline; `seconds_until_closed` until deadline + grace, after which
    saves are refused. `holds_attempt` is whether this browser may still change answers.
    """
    moment = now if now is not None else timezone.now()
    remaining = closed = None
    if attempt.deadline_at is not None:
        remaining = max(0.0, (attempt.deadline_at - moment).total_seconds())
    refused_after = _writes_refused_after(attempt)
    if refused_after is not None:
        closed = max(0.0, (refused_after - moment).total_seconds())
    return {
        "status": attempt.status,
        "seconds_remaining": None if remaining is None else round(remaining, 1),
        "seconds_until_closed": None if closed is None else round(closed, 1),
        "allowed_seconds": attempt.assessment_version.time_limit_seconds + attempt.accommodation_seconds,
        "accommodation_seconds": attempt.accommodation_seconds,
        "holds_attempt": bool(holder) and attempt.active_holder == holder,
    }
