"""Reads of reports: a pipeline's ranked results, one candidate's full report, a comparison, item statistics.

The results page reads only the application rows (candidates keeps each one's score headline, competency
ratings, item scores, time taken and integrity totals up to date when the attempt is scored), so a pipeline
of a thousand scored candidates is the same handful of queries as one of ten.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, F, FloatField, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.fields.json import KT
from django.db.models.functions import Floor, Least
from django.http import Http404
from django.utils.safestring import SafeString

from assessments.types import PlaybookSpec
from candidates.selectors import applications_visible, pipeline_spec
from reports.access import candidate_label, identity_visible
from reports.charts import Bar, bar_chart, column_chart
from reports.item_statistics import MINIMUM_ATTEMPTS, ItemStatistic, item_statistics
from reports.models import Decision

RECOMMENDATION_LABELS = {
    "strong_advance": "Strong advance",
    "advance": "Advance",
    "hold": "Hold",
    "do_not_advance": "Do not advance",
}
SEVERITY_ORDER = {"disqualifier": 0, "warning": 1}
SEVERITY_LABELS = {"disqualifier": "Disqualifier", "warning": "Warning"}
SORTS = {
    "rank": "Overall (highest first)",
    "score": "Overall (lowest first)",
    "time": "Time taken (shortest first)",
    "-time": "Time taken (longest first)",
    "flags": "Most red flags first",
    "stage": "Stage",
    "name": "Name (A to Z)",
}
DEFAULT_SORT = "rank"
COMPETENCY_SORT_PREFIX = "competency:"


# --- Shared pieces ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FlagLabel:
    code: str
    title: str
    severity: str

    @property
    def severity_label(self) -> str:
        return SEVERITY_LABELS.get(self.severity, self.severity.title())


@dataclass(frozen=True)
class PipelineContent:
    """What the pipeline's playbook says about its competencies and red flags, read once per page."""

    spec: PlaybookSpec

    @property
    def competencies(self) -> list[tuple[str, str]]:
        return [(competency.slug, competency.name) for competency in self.spec.competencies]

    def flag(self, code: str) -> FlagLabel:
        for flag in self.spec.red_flags:
            if flag.code == code:
                return FlagLabel(code=code, title=flag.title, severity=flag.severity)
        return FlagLabel(code=code, title=code, severity="warning")

    @property
    def disqualifier_codes(self) -> list[str]:
        return [flag.code for flag in self.spec.red_flags if flag.severity == "disqualifier"]

    def item_title(self, slug: str) -> str:
        item = self.spec.item(slug)
        return item.title if item is not None else slug


def pipeline_content(*, pipeline: Any) -> PipelineContent:
    return PipelineContent(spec=pipeline_spec(pipeline=pipeline))


def duration_text(seconds: int | None) -> str:
    if seconds is None:
        return ""
    minutes, rest = divmod(int(seconds), 60)
    return f"{minutes} min {rest:02d} s" if minutes else f"{rest} s"


def _times(count: int) -> str:
    return "once" if count == 1 else "twice" if count == 2 else f"{count} times"


def integrity_sentence(summary: dict[str, Any] | None) -> str:
    """The integrity totals as a sentence a hiring manager reads as context, never as a verdict."""
    if not summary:
        return "Not recorded for this attempt."
    parts = []
    focus, focus_seconds = int(summary.get("focus_lost_count", 0)), int(summary.get("focus_lost_seconds", 0))
    pastes, paste_chars = int(summary.get("paste_count", 0)), int(summary.get("paste_chars", 0))
    parts.append(
        f"left the window {_times(focus)}, {focus_seconds} s in total" if focus else "never left the window"
    )
    parts.append(
        f"pasted {_times(pastes)}, {paste_chars} characters in total" if pastes else "pasted nothing"
    )
    sentence = "; ".join(parts)
    return sentence[0].upper() + sentence[1:] + "."


def _latest_decision() -> Subquery:
    return Subquery(
        Decision.objects.filter(application=OuterRef("pk"))
        .order_by("-created_at", "-id")
        .values("outcome")[:1]
    )


# --- Results ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ResultFilters:
    stage: str = ""
    recommendation: str = ""
    red_flags: str = ""  # "", "any", "none", "disqualifier"
    score_min: float | None = None
    search: str = ""
    sort: str = DEFAULT_SORT

    @property
    def active(self) -> bool:
        return bool(
            self.stage or self.recommendation or self.red_flags or self.score_min is not None or self.search
        )


@dataclass(frozen=True)
class ResultRow:
    rank: int
    application: Any
    label: str
    email: str
    identity_shown: bool
    decision: str
    ratings: list[int | None]
    flags: list[FlagLabel]
    integrity: str
    time_taken: str

    @property
    def recommendation_label(self) -> str:
        return RECOMMENDATION_LABELS.get(self.application.score_recommendation, "")


def results_queryset(
    *, membership: Any, pipeline: Any, filters: ResultFilters, content: PipelineContent
) -> QuerySet[Any]:
    """The scored candidates of the pipeline this member sees, filtered and sorted (not yet sliced)."""
    queryset = (
        applications_visible(membership=membership, pipeline=pipeline)
        .filter(score_overall__isnull=False)
        .select_related("candidate")
        .annotate(latest_decision=_latest_decision())
    )
    if filters.stage:
        queryset = queryset.filter(stage=filters.stage)
    if filters.recommendation in RECOMMENDATION_LABELS:
        queryset = queryset.filter(score_recommendation=filters.recommendation)
    if filters.red_flags == "any":
        queryset = queryset.filter(red_flag_count__gt=0)
    elif filters.red_flags == "none":
        queryset = queryset.filter(red_flag_count=0)
    elif filters.red_flags == "disqualifier":
        any_disqualifier = Q(pk__in=[])
        for code in content.disqualifier_codes:
            any_disqualifier |= Q(red_flag_codes__contains=[code])
        queryset = queryset.filter(any_disqualifier)
    if filters.score_min is not None:
        queryset = queryset.filter(score_overall__gte=filters.score_min)
    for word in filters.search.split()[:5]:
        queryset = queryset.filter(Q(candidate__name__icontains=word) | Q(candidate__email__icontains=word))
    return queryset.order_by(*_ordering(filters.sort, content))


def _ordering(sort: str, content: PipelineContent) -> list[Any]:
    if sort.startswith(COMPETENCY_SORT_PREFIX):
        slug = sort.removeprefix(COMPETENCY_SORT_PREFIX)
        if slug in dict(content.competencies):
            return [KT(f"competency_ratings__{slug}").desc(nulls_last=True), F("score_overall").desc(), "pk"]
    orderings: dict[str, list[Any]] = {
        "score": [F("score_overall").asc(), "pk"],
        "time": [F("time_taken_seconds").asc(nulls_last=True), "pk"],
        "-time": [F("time_taken_seconds").desc(nulls_last=True), "pk"],
        "flags": [F("red_flag_count").desc(), F("score_overall").desc(), "pk"],
        "stage": ["stage", F("score_overall").desc(), "pk"],
        "name": ["candidate__name", "pk"],
    }
    return orderings.get(sort, [F("score_overall").desc(), "pk"])


def result_rows(
    *, applications: Sequence[Any], membership: Any, pipeline: Any, content: PipelineContent, first_rank: int
) -> list[ResultRow]:
    rows = []
    for offset, application in enumerate(applications):
        decision = getattr(application, "latest_decision", None) or ""
        shown = identity_visible(membership=membership, pipeline=pipeline, decided=bool(decision))
        rows.append(
            ResultRow(
                rank=first_rank + offset,
                application=application,
                label=candidate_label(application, visible=shown),
                email=application.candidate.email if shown else "",
                identity_shown=shown,
                decision=dict(Decision.Outcome.choices).get(decision, ""),
                ratings=[application.competency_ratings.get(slug) for slug, _name in content.competencies],
                flags=sorted(
                    (content.flag(code) for code in application.red_flag_codes),
                    key=lambda flag: (SEVERITY_ORDER.get(flag.severity, 9), flag.title),
                ),
                integrity=integrity_sentence(application.integrity_summary),
                time_taken=duration_text(application.time_taken_seconds),
            )
        )
    return rows


@dataclass(frozen=True)
class Distribution:
    bars: list[Bar]
    chart: SafeString
    total: int


def score_distribution(*, queryset: QuerySet[Any], chart_id: str = "score-distribution") -> Distribution:
    """How many candidates scored 0-9, 10-19, ... 90-100 overall, in one aggregate query, as a chart."""
    counts = dict.fromkeys(range(10), 0)
    rows = (
        queryset.order_by()
        .annotate(band=Least(Floor(F("score_overall") / 10.0), Value(9.0), output_field=FloatField()))
        .values_list("band")
        .annotate(total=Count("pk"))
    )
    for band, total in rows:
        counts[int(band)] += total
    bars = [
        Bar(label=f"{band * 10}-{band * 10 + 9 if band < 9 else 100}", value=count, shown=str(count))
        for band, count in counts.items()
    ]
    total = sum(counts.values())
    chart = column_chart(
        chart_id=chart_id,
        title=f"Overall scores of {total} candidate{'s' if total != 1 else ''}, in bands of 10 points",
        bars=bars,
        y_label="candidates",
    )
    return Distribution(bars=bars, chart=chart, total=total)


# --- Item statistics -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemStatisticsPage:
    scored: int
    minimum: int
    rows: list[tuple[str, ItemStatistic]]  # (item title, statistic)


def pipeline_item_statistics(
    *, membership: Any, pipeline: Any, content: PipelineContent
) -> ItemStatisticsPage:
    """Facility and discrimination of each item of the pipeline, from every scored attempt's item scores
    (one query). Items are those of the pipeline's assessment, in its order."""
    scores = list(
        applications_visible(membership=membership, pipeline=pipeline)
        .filter(score_overall__isnull=False)
        .order_by("pk")
        .values_list("item_scores", flat=True)
    )
    slugs = list(pipeline.item_slugs)
    for attempt_scores in scores:  # items of an earlier assessment version that the current one dropped
        slugs += [slug for slug in attempt_scores if slug not in slugs]
    statistics = item_statistics(scores, slugs) or []
    return ItemStatisticsPage(
        scored=len(scores),
        minimum=MINIMUM_ATTEMPTS,
        rows=[(content.item_title(statistic.slug), statistic) for statistic in statistics],
    )


# --- Comparison ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ComparedCandidate:
    application: Any
    label: str
    recommendation: str
    decision: str


@dataclass(frozen=True)
class Comparison:
    candidates: list[ComparedCandidate]
    competencies: list[tuple[str, list[int | None]]]  # (name, a rating per candidate)
    items: list[tuple[str, list[float | None]]]  # (item title, a percentage per candidate)
    flags: list[list[FlagLabel]]  # per candidate


def comparison(
    *, membership: Any, pipeline: Any, application_ids: Sequence[int], content: PipelineContent
) -> Comparison:
    """Two to four candidates of the pipeline side by side, in the order asked; ids this member may not
    see are a 404 (as any other object of theirs would be)."""
    applications = {
        application.pk: application
        for application in applications_visible(membership=membership, pipeline=pipeline)
        .filter(pk__in=list(application_ids))
        .select_related("candidate")
        .annotate(latest_decision=_latest_decision())
    }
    if set(applications) != set(application_ids):
        raise Http404("No such candidate in this pipeline")
    ordered = [applications[pk] for pk in application_ids]
    candidates = []
    for application in ordered:
        decision = application.latest_decision or ""
        shown = identity_visible(membership=membership, pipeline=pipeline, decided=bool(decision))
        candidates.append(
            ComparedCandidate(
                application=application,
                label=candidate_label(application, visible=shown),
                recommendation=RECOMMENDATION_LABELS.get(application.score_recommendation, "Not scored"),
                decision=dict(Decision.Outcome.choices).get(decision, ""),
            )
        )
    slugs = list(pipeline.item_slugs)
    for application in ordered:
        slugs += [slug for slug in application.item_scores if slug not in slugs]
    return Comparison(
        candidates=candidates,
        competencies=[
            (name, [application.competency_ratings.get(slug) for application in ordered])
            for slug, name in content.competencies
        ],
        items=[
            (
                content.item_title(slug),
                [
                    round(100 * application.item_scores[slug]) if slug in application.item_scores else None
                    for application in ordered
                ],
            )
            for slug in slugs
        ],
        flags=[[content.flag(code) for code in application.red_flag_codes] for application in ordered],
    )


# --- Decisions -------------------------------------------------------------------------------------------


def decision_list(*, application: Any) -> list[Decision]:
    return list(
        Decision.objects.filter(application=application, organization_id=application.organization_id)
        .select_related("decided_by")
        .order_by("-created_at", "-id")
    )


@dataclass
class CompetencyChart:
    rows: list[tuple[str, int | None]] = field(default_factory=list)
    chart: SafeString | None = None


def competency_chart(*, ratings: dict[str, int], content: PipelineContent, chart_id: str) -> CompetencyChart:
    rows = [(name, ratings.get(slug)) for slug, name in content.competencies]
    bars = [
        Bar(label=name, value=float(rating or 0), shown=f"{rating} of 5" if rating else "not rated")
        for name, rating in rows
    ]
    return CompetencyChart(
        rows=rows,
        chart=bar_chart(chart_id=chart_id, title="Competency ratings (1 to 5)", bars=bars, maximum=5),
    )
