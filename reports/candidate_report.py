"""One candidate's full report, as the report page, the PDF and the rescoring view read it.

Built from the application (candidates), its score reports (rubrics), the attempt's answers and integrity
signals (assessments), its decisions (here) and the audit log. Identity is decided once, here: under blind
review a reviewer's report names "Candidate 7" and carries no name, address or candidate-written label.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.utils.safestring import SafeString

from assessments import selectors as assessment_selectors
from assessments.selectors import attempt_answers, playbook_version_get
from assessments.types import FAMILY_LABELS, Item, PlaybookSpec
from audit.selectors import audit_event_list
from reports.access import candidate_label, identity_visible
from reports.models import Decision
from reports.selectors import (
    RECOMMENDATION_LABELS,
    SEVERITY_LABELS,
    SEVERITY_ORDER,
    CompetencyChart,
    PipelineContent,
    competency_chart,
    decision_list,
    duration_text,
    integrity_sentence,
)
from rubrics.highlight import EvidenceSpan, evidence_marked
from rubrics.selectors import score_report_list

TIMELINE_LIMIT = 200


@dataclass(frozen=True)
class FlagView:
    code: str
    title: str
    severity: str
    item_title: str
    quote: str
    reason: str

    @property
    def severity_label(self) -> str:
        return SEVERITY_LABELS.get(self.severity, self.severity.title())


@dataclass(frozen=True)
class CriterionView:
    label: str
    met: bool
    points: float
    max_points: float
    quote: str
    note: str


@dataclass(frozen=True)
class PickedOption:
    role: str
    key: str
    text: str


@dataclass(frozen=True)
class ItemView:
    number: int
    slug: str
    title: str
    family_label: str
    prompt: str
    scenario: Any
    answered: bool
    answer_html: SafeString | None
    picked: list[PickedOption]
    criteria: list[CriterionView]
    flags: list[FlagView]
    model_answer: str
    points: float
    max_points: float
    percent: int
    time_on_item: str
    pastes: str

    @property
    def met(self) -> list[CriterionView]:
        return [criterion for criterion in self.criteria if criterion.met]

    @property
    def missed(self) -> list[CriterionView]:
        return [criterion for criterion in self.criteria if not criterion.met]


@dataclass(frozen=True)
class ItemChange:
    title: str
    before_percent: int | None
    after_percent: int | None
    criteria_changes: list[str]


@dataclass(frozen=True)
class Rescoring:
    before_version: str
    after_version: str
    before_overall: float
    after_overall: float
    before_recommendation: str
    after_recommendation: str
    before_at: datetime
    after_at: datetime
    items: list[ItemChange]
    competencies: list[tuple[str, int | None, int | None]]


@dataclass(frozen=True)
class TimelineEvent:
    at: datetime
    action: str
    actor: str
    details: str


@dataclass
class CandidateReport:
    application: Any
    pipeline: Any
    label: str
    email: str
    identity_shown: bool
    scored: bool
    overall: float | None = None
    recommendation: str = ""
    recommendation_code: str = ""
    recommendation_reason: str = ""
    rubric_version: str = ""
    disqualifiers: list[FlagView] = field(default_factory=list)
    flags: list[FlagView] = field(default_factory=list)
    competencies: CompetencyChart = field(default_factory=CompetencyChart)
    items: list[ItemView] = field(default_factory=list)
    integrity_recorded: bool = False
    integrity: str = ""
    integrity_items: list[str] = field(default_factory=list)
    time_taken: str = ""
    decisions: list[Decision] = field(default_factory=list)
    rescorings: list[Rescoring] = field(default_factory=list)
    timeline: list[TimelineEvent] = field(default_factory=list)

    @property
    def decision(self) -> Decision | None:
        return self.decisions[0] if self.decisions else None


def _spec_of(application: Any) -> PlaybookSpec | None:
    version = application.assessment_version
    if version is None:
        return None
    ref = playbook_version_get(version_id=version.playbook_version_id)
    return ref.spec if ref is not None else None


def _integrity(application: Any) -> Any:
    # Issue 6's selector; an attempt made before integrity signals were recorded simply has none.
    reader = getattr(assessment_selectors, "attempt_integrity_signals", None)
    if reader is None or application.attempt_id is None:
        return None
    return reader(organization=application.pipeline.organization, attempt_id=application.attempt_id)


def _flag_view(flag: dict[str, Any], spec: PlaybookSpec | None) -> FlagView:
    evidence = flag.get("evidence") or {}
    item = spec.item(flag["item"]) if spec is not None and flag.get("item") else None
    return FlagView(
        code=str(flag.get("code", "")),
        title=str(flag.get("title", "")),
        severity=str(flag.get("severity", "warning")),
        item_title=item.title if item is not None else "",
        quote=str(evidence.get("quote", "")),
        reason=str(flag.get("reason", "")),
    )


def _picked(item: Item | None, answer: Any) -> list[PickedOption]:
    def text(key: str) -> str:
        return item.option_text(key) if item is not None else ""

    if isinstance(answer, dict):
        return [
            PickedOption(
                role=role.title(), key=str(answer.get(role, "")), text=text(str(answer.get(role, "")))
            )
            for role in ("best", "worst")
        ]
    if isinstance(answer, list):
        return [PickedOption(role="Selected", key=str(key), text=text(str(key))) for key in answer]
    return [PickedOption(role="Picked", key=str(answer), text=text(str(answer)))]


def _item_view(
    *,
    number: int,
    slug: str,
    result: dict[str, Any],
    spec: PlaybookSpec | None,
    answer: Any,
    attempt_flags: list[dict[str, Any]],
    seconds: int | None,
    pastes: str,
) -> ItemView:
    item = spec.item(slug) if spec is not None else None
    flags = list(result.get("red_flags", []))
    seen = {(flag.get("code"), str(flag.get("evidence"))) for flag in flags}
    flags += [
        flag for flag in attempt_flags
        if flag.get("item") == slug and (flag.get("code"), str(flag.get("evidence"))) not in seen
    ]  # fmt: skip
    flag_views = [_flag_view(flag, spec) for flag in flags]
    criteria = [
        CriterionView(
            label=str(criterion.get("label", "")),
            met=bool(criterion.get("met")),
            points=round(float(criterion.get("points", 0)), 2),
            max_points=round(float(criterion.get("max_points", 0)), 2),
            quote=str((criterion.get("evidence") or {}).get("quote", "")),
            note=str(criterion.get("note", "")),
        )
        for criterion in result.get("criteria", [])
    ]
    answered = bool(result.get("answered")) and answer is not None
    answer_html = None
    picked: list[PickedOption] = []
    if answered and isinstance(answer, str) and (item is None or not item.is_choice):
        spans = [
            EvidenceSpan(ev["start"], ev["end"], str(criterion.get("label", "")), is_flag=False)
            for criterion in result.get("criteria", [])
            if criterion.get("met") and (ev := criterion.get("evidence"))
        ] + [
            EvidenceSpan(ev["start"], ev["end"], f"red flag: {flag.get('title', '')}", is_flag=True)
            for flag in flags
            if (ev := flag.get("evidence"))
        ]
        answer_html = evidence_marked(answer, spans, css="evidence")
    elif answered:
        picked = _picked(item, answer)
    return ItemView(
        number=number,
        slug=slug,
        title=item.title if item is not None else slug,
        family_label=FAMILY_LABELS.get(item.family, "") if item is not None else "",
        prompt=item.prompt if item is not None else "",
        scenario=item.scenario
        if item is not None and item.scenario is not None and item.scenario.body
        else None,
        answered=answered,
        answer_html=answer_html,
        picked=picked,
        criteria=criteria,
        flags=flag_views,
        model_answer=item.model_answer if item is not None else "",
        points=round(float(result.get("points", 0)), 2),
        max_points=round(float(result.get("max_points", 0)), 2),
        percent=round(100 * float(result.get("score", 0))),
        time_on_item=duration_text(seconds) if seconds else "",
        pastes=pastes,
    )


def _rescoring(
    before: Any, after: Any, content: PipelineContent | None, spec: PlaybookSpec | None
) -> Rescoring:
    old, new = before.result or {}, after.result or {}
    changes = []
    old_items, new_items = old.get("items", {}), new.get("items", {})
    for slug in list(dict.fromkeys([*old_items, *new_items])):
        a, b = old_items.get(slug), new_items.get(slug)
        notes = []
        a_criteria = {c.get("id"): c for c in (a or {}).get("criteria", [])}
        b_criteria = {c.get("id"): c for c in (b or {}).get("criteria", [])}
        for criterion_id in dict.fromkeys([*a_criteria, *b_criteria]):
            x, y = a_criteria.get(criterion_id), b_criteria.get(criterion_id)
            if x is None and y is not None:
                notes.append(f"new criterion: {y.get('label')} ({'met' if y.get('met') else 'missed'})")
            elif y is None and x is not None:
                notes.append(f"criterion removed: {x.get('label')}")
            elif (
                x is not None
                and y is not None
                and (x.get("met") != y.get("met") or x.get("max_points") != y.get("max_points"))
            ):
                notes.append(
                    f"{y.get('label')}: {'met' if x.get('met') else 'missed'} ({x.get('points')} of "
                    f"{x.get('max_points')}) → {'met' if y.get('met') else 'missed'} ({y.get('points')} of "
                    f"{y.get('max_points')})"
                )
        a_score = None if a is None else round(100 * float(a.get("score", 0)))
        b_score = None if b is None else round(100 * float(b.get("score", 0)))
        if notes or a_score != b_score:
            item = spec.item(slug) if spec is not None else None
            changes.append(
                ItemChange(
                    title=item.title if item is not None else slug,
                    before_percent=a_score,
                    after_percent=b_score,
                    criteria_changes=notes,
                )
            )
    competencies = []
    names = dict(content.competencies) if content is not None else {}
    old_ratings, new_ratings = old.get("competencies", {}), new.get("competencies", {})
    for slug in dict.fromkeys([*old_ratings, *new_ratings]):
        if old_ratings.get(slug) != new_ratings.get(slug):
            competencies.append((names.get(slug, slug), old_ratings.get(slug), new_ratings.get(slug)))
    return Rescoring(
        before_version=before.rubric_version,
        after_version=after.rubric_version,
        before_overall=before.overall,
        after_overall=after.overall,
        before_recommendation=RECOMMENDATION_LABELS.get(before.recommendation, before.recommendation),
        after_recommendation=RECOMMENDATION_LABELS.get(after.recommendation, after.recommendation),
        before_at=before.created_at,
        after_at=after.created_at,
        items=changes,
        competencies=competencies,
    )


ACTION_LABELS = {
    "candidate.added": "Added to the pipeline",
    "candidate.stage_changed": "Stage changed",
    "invitation.sent": "Invitation sent",
    "attempt.started": "Assessment started",
    "attempt.submitted": "Assessment submitted",
    "attempt.scored": "Scored",
    "attempt.rescored": "Rescored",
    "report.viewed": "Report read",
    "report.decision_recorded": "Decision recorded",
    "report.pdf_exported": "Report downloaded as PDF",
}
# Data keys that may name the candidate: left out of a blind reviewer's timeline.
IDENTIFYING_KEYS = {"email", "name", "candidate", "to", "candidate_label", "contact_email"}


def _timeline(application: Any, *, identity_shown: bool) -> list[TimelineEvent]:
    organization = application.pipeline.organization
    events = list(audit_event_list(organization=organization, target=application, limit=TIMELINE_LIMIT))
    if application.attempt is not None:
        events += list(
            audit_event_list(organization=organization, target=application.attempt, limit=TIMELINE_LIMIT)
        )
    events.sort(key=lambda event: event.seq, reverse=True)
    timeline = []
    for event in events:
        actor = event.actor_label
        if event.actor_kind == "attempt":
            actor = "the candidate" if not identity_shown else actor
        data = event.data if isinstance(event.data, dict) else {}
        details = "; ".join(
            f"{key}: {value}"
            for key, value in sorted(data.items())
            if identity_shown or key not in IDENTIFYING_KEYS
            if isinstance(value, str | int | float | bool) and str(value) != ""
        )
        timeline.append(
            TimelineEvent(
                at=event.created_at,
                action=ACTION_LABELS.get(event.action, event.action),
                actor=actor,
                details=details[:300],
            )
        )
    return timeline


def candidate_report(
    *,
    application: Any,
    membership: Any,
    content: PipelineContent | None = None,
    chart_id: str = "competencies",
) -> CandidateReport:
    """Everything the report shows of one application this member may read (the caller scoped it)."""
    pipeline = application.pipeline
    decisions = decision_list(application=application)
    shown = identity_visible(membership=membership, pipeline=pipeline, decided=bool(decisions))
    report = CandidateReport(
        application=application,
        pipeline=pipeline,
        label=candidate_label(application, visible=shown),
        email=application.candidate.email if shown else "",
        identity_shown=shown,
        scored=False,
        decisions=decisions,
        time_taken=duration_text(application.time_taken_seconds),
    )
    report.timeline = _timeline(application, identity_shown=shown)
    if application.attempt_id is None:
        return report
    reports = list(score_report_list(attempt_id=application.attempt_id))
    if not reports:
        return report
    latest = reports[0]
    result = latest.result or {}
    spec = _spec_of(application)
    if content is None and spec is not None:
        content = PipelineContent(spec=spec)
    report.scored = True
    report.overall = latest.overall
    report.recommendation_code = latest.recommendation
    report.recommendation = RECOMMENDATION_LABELS.get(latest.recommendation, latest.recommendation)
    report.recommendation_reason = str(result.get("recommendation_reason", ""))
    report.rubric_version = latest.rubric_version
    attempt_flags = list(result.get("red_flags", []))
    report.flags = sorted(
        (_flag_view(flag, spec) for flag in attempt_flags),
        key=lambda flag: (SEVERITY_ORDER.get(flag.severity, 9), flag.title),
    )
    report.disqualifiers = [flag for flag in report.flags if flag.severity == "disqualifier"]
    if content is not None:
        report.competencies = competency_chart(
            ratings=dict(result.get("competencies", {})), content=content, chart_id=chart_id
        )
    signals = _integrity(application)
    seconds: dict[str, int] = {}
    pastes: dict[str, str] = {}
    if signals is not None:
        report.integrity_recorded = True
        report.integrity = integrity_sentence(
            {
                "focus_lost_count": signals.focus_lost_count,
                "focus_lost_seconds": signals.focus_lost_seconds,
                "paste_count": signals.paste_count,
                "paste_chars": signals.paste_chars,
            }
        )
        for item_signals in signals.items:
            seconds[item_signals.slug] = item_signals.seconds_on_item
            if item_signals.paste_count:
                text = (
                    f"pasted {item_signals.paste_count} time{'s' if item_signals.paste_count != 1 else ''}, "
                    f"{item_signals.paste_chars} characters "
                    f"(largest paste {item_signals.largest_paste_chars})"
                )
                pastes[item_signals.slug] = text
                report.integrity_items.append(f"{item_signals.title}: {text}.")
    else:
        report.integrity = "Not recorded for this attempt."
    answers = attempt_answers(attempt_id=application.attempt_id)
    items = result.get("items", {})
    order = list(application.assessment_version.item_slugs) if application.assessment_version else list(items)
    order += [slug for slug in items if slug not in order]
    report.items = [
        _item_view(
            number=number,
            slug=slug,
            result=items[slug],
            spec=spec,
            answer=answers.get(slug),
            attempt_flags=attempt_flags,
            seconds=seconds.get(slug),
            pastes=pastes.get(slug, ""),
        )
        for number, slug in enumerate([slug for slug in order if slug in items], start=1)
    ]
    report.rescorings = [
        _rescoring(before, after, content, spec) for after, before in zip(reports, reports[1:], strict=False)
    ]
    return report
