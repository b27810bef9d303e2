"""The "try this rubric" panel: staff score an answer to one playbook item and see why it scored so.

Nothing is stored. Without JavaScript the form posts and a full page comes back; `static/js/try_rubric.js`
posts the same form with the `X-Try-Rubric: fragment` header and swaps the returned result into the panel.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.safestring import SafeString
from django.views.decorators.http import require_http_methods

from accounts.permissions import role_required
from assessments.selectors import playbook_get, scoring_input_for_playbook
from assessments.types import Item, PlaybookSpec
from rubrics.engine import AnswerError, Evidence, FlagHit, ItemResult, score_attempt
from rubrics.forms import TEXT_ITEM_TYPES, TryRubricForm
from rubrics.highlight import EvidenceSpan, evidence_marked

FRAGMENT_HEADER = "X-Try-Rubric"
FRAGMENT_VALUE = "fragment"
SEVERITY_LABELS = {"warning": "Warning", "disqualifier": "Disqualifier"}


@dataclass(frozen=True)
class CriterionRow:
    label: str
    met: bool
    points: float
    max_points: float
    quote: str
    note: str


@dataclass(frozen=True)
class FlagRow:
    title: str
    severity: str
    severity_label: str
    quote: str
    reason: str


@dataclass(frozen=True)
class PickedOption:
    role: str  # "Best", "Worst", "Picked" or "Selected"
    key: str
    text: str


@dataclass(frozen=True)
class Trial:
    percent: int
    points: float
    max_points: float
    criteria: list[CriterionRow]
    flags: list[FlagRow]
    highlighted: SafeString | None  # text items: the answer with its evidence marked
    picked: list[PickedOption]  # choice items: what was chosen
    engine_version: str
    rubric_version: str

    @property
    def met_count(self) -> int:
        return sum(1 for criterion in self.criteria if criterion.met)


def highlighted_answer(text: str, spans: list[EvidenceSpan]) -> SafeString:
    """The answer with its evidence marked, in the panel's own marks."""
    return evidence_marked(text, spans, css="try-mark")


def _quote(evidence: Evidence | None) -> str:
    return evidence.quote if evidence is not None else ""


def _flags_of_item(result: ItemResult, attempt_flags: list[FlagHit], *, slug: str) -> list[FlagHit]:
    # Score rules (weak fundamentals across a family) are about a whole attempt: with one item scored
    # they would only echo its score, so only the flags this item raised are shown.
    flags = list(result.red_flags)
    seen = {(flag.code, flag.evidence) for flag in flags}
    for flag in attempt_flags:
        if flag.item == slug and (flag.code, flag.evidence) not in seen:
            flags.append(flag)
            seen.add((flag.code, flag.evidence))
    return flags


def _picked(item: Item, answer: str | list[str] | dict[str, str]) -> list[PickedOption]:
    if isinstance(answer, dict):
        pairs = [("Best", answer["best"]), ("Worst", answer["worst"])]
    elif isinstance(answer, list):
        pairs = [("Selected", key) for key in answer]
    else:
        pairs = [("Picked", answer)]
    return [PickedOption(role=role, key=key, text=item.option_text(key)) for role, key in pairs]


def _trial(spec: PlaybookSpec, item: Item, answer: str | list[str] | dict[str, str]) -> Trial:
    result = score_attempt(scoring_input_for_playbook(spec=spec, item_slugs=[item.slug]), {item.slug: answer})
    item_result = result.items[item.slug]
    flags = _flags_of_item(item_result, result.red_flags, slug=item.slug)
    highlighted = None
    if isinstance(answer, str):
        spans = [
            EvidenceSpan(criterion.evidence.start, criterion.evidence.end, criterion.label, is_flag=False)
            for criterion in item_result.criteria
            if criterion.met and criterion.evidence is not None
        ] + [
            EvidenceSpan(flag.evidence.start, flag.evidence.end, f"red flag: {flag.title}", is_flag=True)
            for flag in flags
            if flag.evidence is not None
        ]
        highlighted = highlighted_answer(answer, spans)
    return Trial(
        percent=round(item_result.score * 100),
        points=round(item_result.points, 2),
        max_points=round(item_result.max_points, 2),
        criteria=[
            CriterionRow(
                label=criterion.label,
                met=criterion.met,
                points=round(criterion.points, 2),
                max_points=round(criterion.max_points, 2),
                quote=_quote(criterion.evidence),
                note=criterion.note,
            )
            for criterion in item_result.criteria
        ],
        flags=[
            FlagRow(
                title=flag.title,
                severity=flag.severity,
                severity_label=SEVERITY_LABELS.get(flag.severity, flag.severity.title()),
                quote=_quote(flag.evidence),
                reason=flag.reason,
            )
            for flag in flags
        ],
        highlighted=highlighted,
        picked=[] if isinstance(answer, str) else _picked(item, answer),
        engine_version=result.engine_version,
        rubric_version=result.rubric_version,
    )


def _error_messages(form: TryRubricForm) -> list[str]:
    """Every problem with the submission on one list, for the result area the script fills in."""
    messages = []
    for name, errors in form.errors.items():
        label = form.fields[name].label if name in form.fields else None
        messages += [f"{label}: {error}" if label else str(error) for error in errors]
    return messages


def _playbook_item_or_404(playbook_slug: str, item_slug: str) -> tuple[PlaybookSpec, Item]:
    version = playbook_get(slug=playbook_slug)
    if version is None:
        raise Http404("No such playbook")
    item = version.spec.item(item_slug)
    if item is None:
        raise Http404("No such item in this playbook")
    return version.spec, item


@role_required()
@require_http_methods(["GET", "POST"])
def try_rubric(request: HttpRequest, playbook_slug: str, item_slug: str) -> HttpResponse:
    spec, item = _playbook_item_or_404(playbook_slug, item_slug)
    form = TryRubricForm(request.POST if request.method == "POST" else None, item=item)
    trial: Trial | None = None
    status = 200
    if form.is_bound:
        if form.is_valid():
            try:
                trial = _trial(spec, item, form.answer())
            except AnswerError as exc:
                form.add_error(None, str(exc))
        if trial is None:
            status = 400
    context = {
        "spec": spec,
        "item": item,
        "playbook_slug": spec.slug,
        "is_text": item.type in TEXT_ITEM_TYPES,
        "values": form.values(),
        "errors": form.errors,
        "non_field_errors": form.non_field_errors(),
        "error_messages": _error_messages(form),
        "trial": trial,
    }
    if request.headers.get(FRAGMENT_HEADER) == FRAGMENT_VALUE:
        return render(
            request, "rubrics/partials/try_result.html", {**context, "heading_tag": "h5"}, status=status
        )
    return render(request, "rubrics/try_rubric.html", {**context, "heading_tag": "h2"}, status=status)
