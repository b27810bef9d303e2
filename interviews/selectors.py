"""Reads of interviews: who sees which interviews and scorecards, the interview kit, the report section
that joins interview scorecards with the assessment, and the calibration of a pipeline's interviewers.

Who sees what (issue 8):
- admins and recruiters see every interview of their organization; hiring managers those of the pipelines
  they are on; anyone else only the interviews they are an interviewer of. Everything else is a 404.
- scorecards are independent: an interviewer sees the other scorecards of a candidate only once they have
  submitted their own for that candidate. Admins, recruiters and the pipeline's hiring managers see all
  submitted scorecards. A draft is read by its author alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils import timezone

from accounts.permissions import Role
from accounts.selectors import organization_get_or_404, organization_scope
from assessments.types import InterviewQuestion, PlaybookSpec
from candidates.selectors import application_get_or_404, pipeline_can_decide, pipeline_spec
from interviews.aggregation import (
    ALPHA_MIN_INTERVIEWERS,
    ALPHA_MIN_SHARED_CANDIDATES,
    CALIBRATION_THRESHOLD,
    DISAGREEMENT_SPREAD,
    competency_ratings,
    competency_spread,
    enough_for_alpha,
    interviewer_calibration,
    question_rating,
    shared_candidate_counts,
)
from interviews.models import Interview, Recommendation, Scorecard
from rubrics.selectors import score_report_latest

MANAGING_ROLES = (Role.ADMIN, Role.RECRUITER)


def person_label(membership: Any) -> str:
    user = membership.user
    return str(user.full_name or user.email)


# --- visibility -------------------------------------------------------------------------------------


def interviews_visible(*, membership: Any) -> QuerySet[Interview]:
    queryset = organization_scope(Interview.objects.all(), organization=membership.organization)
    if membership.role in MANAGING_ROLES:
        return queryset
    mine = Q(assignments__membership=membership)
    if membership.role == Role.HIRING_MANAGER:
        mine |= Q(application__pipeline__hiring_managers=membership)
    return queryset.filter(mine).distinct()


def interview_get_or_404(*, membership: Any, interview_id: int) -> Interview:
    return organization_get_or_404(
        interviews_visible(membership=membership).select_related(
            "application__candidate", "application__pipeline__organization", "scheduled_by"
        ),
        organization=membership.organization,
        pk=interview_id,
    )


def interview_application_get_or_404(*, membership: Any, application_id: int) -> Any:
    """The application, for someone who may open its interviews page: those who see it on the candidates
    screens (admins, recruiters, its pipeline's hiring managers) and the interviewers of its interviews."""
    if membership.role in (*MANAGING_ROLES, Role.HIRING_MANAGER):
        return application_get_or_404(membership=membership, application_id=application_id)
    interview = (
        interviews_visible(membership=membership)
        .filter(application_id=application_id)
        .select_related("application__candidate", "application__pipeline__organization")
        .first()
    )
    if interview is None:
        raise Http404("Not found")
    return interview.application


def interview_can_schedule(*, membership: Any, pipeline: Any) -> bool:
    """Those who move candidates between stages schedule their interviews."""
    return bool(pipeline_can_decide(membership=membership, pipeline=pipeline))


def scorecards_see_all(*, membership: Any, application: Any) -> bool:
    """Whether this member reads every submitted scorecard of the candidate (see the module docstring)."""
    if membership.role in MANAGING_ROLES:
        return True
    if pipeline_can_decide(membership=membership, pipeline=application.pipeline):
        return True
    return Scorecard.objects.filter(
        interview__application=application, interviewer=membership, status=Scorecard.Status.SUBMITTED
    ).exists()


def interview_list_for_application(*, membership: Any, application: Any) -> list[Interview]:
    return list(
        interviews_visible(membership=membership)
        .filter(application=application)
        .prefetch_related("assignments__membership__user")
        .order_by("scheduled_at", "pk")
    )


def interview_list_upcoming(*, membership: Any, limit: int = 10) -> list[Interview]:
    """The member's own interviews that have not ended (or ended without their scorecard), soonest first."""
    now = timezone.now()
    interviews = (
        organization_scope(Interview.objects.all(), organization=membership.organization)
        .filter(assignments__membership=membership)
        .select_related("application__candidate", "application__pipeline")
        .order_by("scheduled_at", "pk")
    )
    submitted = set(
        Scorecard.objects.filter(interviewer=membership, status=Scorecard.Status.SUBMITTED).values_list(
            "interview_id", flat=True
        )
    )
    result = []
    for interview in interviews:
        if interview.ends_at >= now or interview.pk not in submitted:
            result.append(interview)
        if len(result) >= limit:
            break
    return result


def scorecard_own(*, membership: Any, interview: Interview) -> Scorecard | None:
    return Scorecard.objects.filter(interview=interview, interviewer=membership).first()


def scorecards_visible(*, membership: Any, application: Any) -> list[Scorecard]:
    """The scorecards of the candidate this member may read: all submitted ones when they see all, their
    own otherwise (a draft only ever to its author)."""
    queryset = (
        Scorecard.objects.filter(interview__application=application, organization=membership.organization)
        .select_related("interviewer__user", "interview")
        .order_by("interview__scheduled_at", "submitted_at", "pk")
    )
    if scorecards_see_all(membership=membership, application=application):
        return list(queryset.filter(Q(status=Scorecard.Status.SUBMITTED) | Q(interviewer=membership)))
    return list(queryset.filter(interviewer=membership))


def scorecard_get_or_404(*, membership: Any, scorecard_id: int) -> Scorecard:
    scorecard = organization_get_or_404(
        Scorecard.objects.select_related(
            "interview__application__pipeline", "interview__application__candidate", "interviewer__user"
        ),
        organization=membership.organization,
        pk=scorecard_id,
    )
    visible = {
        each.pk
        for each in scorecards_visible(membership=membership, application=scorecard.interview.application)
    }
    if scorecard.pk not in visible:
        raise Http404("Not found")
    return scorecard


# --- the kit -------------------------------------------------------------------------------------------


def interview_kit(*, pipeline: Any) -> PlaybookSpec:
    """The pipeline's playbook version: its interview questions, competencies and red flags."""
    return pipeline_spec(pipeline=pipeline)


def kit_questions(spec: PlaybookSpec) -> list[dict[str, Any]]:
    names = {competency.slug: competency.name for competency in spec.competencies}
    return [_question_row(question, names) for question in spec.interview_questions]


def _question_row(question: InterviewQuestion, names: dict[str, str]) -> dict[str, Any]:
    return {
        "slug": question.slug,
        "text": question.text,
        "look_for": question.look_for,
        "competencies": [names.get(slug, slug) for slug in question.competencies],
        "anchors": [(1, question.scale.one), (3, question.scale.three), (5, question.scale.five)],
    }


# --- the report section ---------------------------------------------------------------------------------


def _question_competencies(spec: PlaybookSpec) -> dict[str, list[str]]:
    return {question.slug: list(question.competencies) for question in spec.interview_questions}


def _assessment_result(application: Any) -> dict[str, Any]:
    if application.attempt_id is None:
        return {}
    report = score_report_latest(attempt_id=application.attempt_id)
    return dict(report.result or {}) if report is not None else {}


def scorecard_row(scorecard: Scorecard, spec: PlaybookSpec) -> dict[str, Any]:
    flag_titles = {flag.code: flag.title for flag in spec.red_flags}
    return {
        "id": scorecard.pk,
        "interviewer": person_label(scorecard.interviewer),
        "interviewer_id": scorecard.interviewer_id,
        "status": scorecard.status,
        "version": scorecard.version,
        "submitted_at": scorecard.submitted_at,
        "recommendation": scorecard.recommendation,
        "recommendation_label": Recommendation(scorecard.recommendation).label
        if scorecard.recommendation
        else "",
        "summary": scorecard.summary,
        "questions": [
            {
                "text": question.text,
                "rating": question_rating(scorecard.ratings.get(question.slug)),
                "notes": str((scorecard.ratings.get(question.slug) or {}).get("notes", "")),
            }
            for question in spec.interview_questions
        ],
        "red_flags": [
            {"code": code, "title": flag_titles.get(code, code), "note": note}
            for code, note in scorecard.red_flags.items()
        ],
    }


def scorecard_versions(*, scorecard: Scorecard, spec: PlaybookSpec) -> list[dict[str, Any]]:
    """Every submitted version of the scorecard, newest first, each shown as `scorecard_row` shows one."""
    rows = []
    for version in scorecard.versions.select_related("submitted_by").order_by("-number"):
        snapshot = Scorecard(
            pk=scorecard.pk,
            interviewer=scorecard.interviewer,
            status=Scorecard.Status.SUBMITTED,
            ratings=version.ratings,
            red_flags=version.red_flags,
            recommendation=version.recommendation,
            summary=version.summary,
            version=version.number,
            submitted_at=version.submitted_at,
        )
        row = scorecard_row(snapshot, spec)
        row["amendment_reason"] = version.amendment_reason
        rows.append(row)
    return rows


def interview_report_section(*, application: Any, membership: Any) -> dict[str, Any] | None:
    """The interviews part of a candidate's report, for `templates/interviews/partials/report_section.html`
    (include it with `section` set to this dict). None when the application has no interview yet.

    Keys: `application_id`; `interview_count`; `submitted_count` (submitted scorecards); `withheld`
    (True when this member must submit their own scorecard before reading the others': then only
    `own` is filled); `scorecards` (one row per visible submitted scorecard: interviewer, recommendation,
    per-question rating and notes, red flags); `competencies` (one row per playbook competency: `name`,
    `assessment` 1-5 or None, `interview` mean or None, `ratings` per interviewer, `spread`,
    `disagreement`); `disagreement_count`; `disagreement_threshold`; `red_flags` (each playbook red flag
    raised by the assessment or an interviewer: `title`, `severity`, `sources`); `recommendations`
    (label -> count).
    """
    organization = membership.organization
    if application.organization_id != organization.pk:
        return None
    interviews = list(Interview.objects.filter(application=application, organization=organization))
    if not interviews:
        return None
    spec = pipeline_spec(pipeline=application.pipeline)
    all_submitted = list(
        Scorecard.objects.filter(interview__in=interviews, status=Scorecard.Status.SUBMITTED)
        .select_related("interviewer__user")
        .order_by("submitted_at", "pk")
    )
    section: dict[str, Any] = {
        "application_id": application.pk,
        "interview_count": len(interviews),
        "submitted_count": len(all_submitted),
        "withheld": False,
        "own": None,
        "scorecards": [],
        "competencies": [],
        "disagreement_count": 0,
        "disagreement_threshold": DISAGREEMENT_SPREAD,
        "red_flags": [],
        "recommendations": [],
    }
    if not scorecards_see_all(membership=membership, application=application):
        own = Scorecard.objects.filter(interview__in=interviews, interviewer=membership).first()
        section["withheld"] = True
        section["own"] = scorecard_row(own, spec) if own is not None else None
        return section

    result = _assessment_result(application)
    assessed: dict[str, Any] = dict(result.get("competencies") or {})
    question_competencies = _question_competencies(spec)
    per_card = [
        (card, competency_ratings(ratings=card.ratings, question_competencies=question_competencies))
        for card in all_submitted
    ]
    rows = []
    for competency in spec.competencies:
        given = [
            (person_label(card.interviewer), values[competency.slug])
            for card, values in per_card
            if competency.slug in values
        ]
        ratings = [{"interviewer": name, "rating": rating} for name, rating in given]
        spread = competency_spread(rating for _, rating in given)
        rows.append(
            {
                "slug": competency.slug,
                "name": competency.name,
                "assessment": assessed.get(competency.slug),
                "interview": spread.mean,
                "ratings": ratings,
                "spread": spread.spread,
                "disagreement": spread.disagreement,
            }
        )
    section["competencies"] = rows
    section["disagreement_count"] = sum(1 for row in rows if row["disagreement"])
    section["scorecards"] = [scorecard_row(card, spec) for card in all_submitted]
    section["red_flags"] = _red_flags_joined(spec, result, all_submitted)
    counts = {choice.value: 0 for choice in Recommendation}
    for card in all_submitted:
        if card.recommendation in counts:
            counts[card.recommendation] += 1
    section["recommendations"] = [
        {"value": choice.value, "label": choice.label, "count": counts[choice.value]}
        for choice in Recommendation
    ]
    return section


def _red_flags_joined(
    spec: PlaybookSpec, result: dict[str, Any], scorecards: list[Scorecard]
) -> list[dict[str, Any]]:
    """Each red flag the assessment or an interviewer raised, in the playbook's order, with who raised it."""
    sources: dict[str, list[dict[str, str]]] = {}
    for hit in result.get("red_flags") or []:
        code = str(hit.get("code", ""))
        sources.setdefault(code, []).append(
            {"kind": "assessment", "by": "Assessment", "note": str(hit.get("reason", ""))}
        )
    for card in scorecards:
        for code, note in card.red_flags.items():
            sources.setdefault(code, []).append(
                {"kind": "interview", "by": person_label(card.interviewer), "note": str(note)}
            )
    rows = []
    known = set()
    for flag in spec.red_flags:
        known.add(flag.code)
        if flag.code in sources:
            rows.append(
                {
                    "code": flag.code,
                    "title": flag.title,
                    "severity": flag.severity,
                    "sources": sources[flag.code],
                }
            )
    for code, entries in sources.items():
        if code not in known:
            rows.append({"code": code, "title": code, "severity": "", "sources": entries})
    return rows


# --- calibration ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Calibration:
    """A pipeline's interviewers side by side. `alpha` is None until there are enough scorecards."""

    interviewers: list[dict[str, Any]]
    scorecard_count: int
    candidate_count: int
    alpha: float | None
    alpha_units: int
    shared_counts: dict[str, int]
    threshold: float = CALIBRATION_THRESHOLD
    min_interviewers: int = ALPHA_MIN_INTERVIEWERS
    min_shared_candidates: int = ALPHA_MIN_SHARED_CANDIDATES


def pipeline_calibration(*, pipeline: Any) -> Calibration:
    """Each interviewer's ratings against the others' on the same candidates and questions, and
    Krippendorff's alpha (ordinal) over every (candidate, question) rated by two or more interviewers,
    computed once at least 2 interviewers have each rated 5 candidates that another of them rated too."""
    scorecards = list(
        Scorecard.objects.filter(
            interview__application__pipeline=pipeline,
            organization_id=pipeline.organization_id,
            status=Scorecard.Status.SUBMITTED,
        )
        .select_related("interviewer__user", "interview")
        .order_by("submitted_at", "pk")
    )
    units: dict[tuple[str, str], dict[str, int]] = {}
    candidates_by_rater: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    for card in scorecards:
        rater = str(card.interviewer_id)
        names[rater] = person_label(card.interviewer)
        candidate = str(card.interview.application_id)
        candidates_by_rater.setdefault(rater, set()).add(candidate)
        for slug, entry in card.ratings.items():
            rating = question_rating(entry)
            if rating is not None:
                # A later scorecard of the same interviewer for the same candidate replaces the earlier.
                units.setdefault((candidate, slug), {})[rater] = rating
    rows = [
        {
            "name": names[entry.key],
            "ratings": entry.ratings,
            "mean": entry.mean,
            "distribution": [(score, entry.distribution[score]) for score in range(1, 6)],
            "shared": entry.shared,
            "mean_difference": entry.mean_difference,
            "label": entry.label,
        }
        for entry in interviewer_calibration(units)
    ]
    rows.sort(key=lambda row: str(row["name"]))
    shared = {names[rater]: count for rater, count in shared_candidate_counts(candidates_by_rater).items()}
    alpha = None
    multi = {unit: ratings for unit, ratings in units.items() if len(ratings) >= 2}
    if enough_for_alpha(candidates_by_rater) and multi:
        alpha = _krippendorff_alpha(multi)
    return Calibration(
        interviewers=rows,
        scorecard_count=len(scorecards),
        candidate_count=len({str(card.interview.application_id) for card in scorecards}),
        alpha=alpha,
        alpha_units=len(multi),
        shared_counts=shared,
    )


def _krippendorff_alpha(units: dict[tuple[str, str], dict[str, int]]) -> float | None:
    import krippendorff
    import numpy as np

    raters = sorted({rater for ratings in units.values() for rater in ratings})
    keys = sorted(units)
    matrix = np.full((len(raters), len(keys)), np.nan)
    for column, key in enumerate(keys):
        for row, rater in enumerate(raters):
            if rater in units[key]:
                matrix[row, column] = units[key][rater]
    values = {int(value) for value in matrix[~np.isnan(matrix)]}
    if len(values) < 2:
        return None  # every rating the same: alpha is undefined (no variation to agree on)
    return round(
        float(
            krippendorff.alpha(
                reliability_data=matrix, level_of_measurement="ordinal", value_domain=[1, 2, 3, 4, 5]
            )
        ),
        3,
    )
