"""Reads for assessments: the playbook library.

Playbooks are product content shared by every organization, so these reads take no organization.
The stored content is parsed back into `PlaybookSpec` (the schema it was validated with), so callers get
typed objects rather than raw JSON.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Max, Sum
from django.urls import reverse

from assessments.models import (
    AssessmentVersion,
    Attempt,
    AttemptActivity,
    Playbook,
    PlaybookVersion,
    Response,
)
from assessments.types import (
    FAMILIES,
    IntegritySignals,
    Item,
    ItemIntegritySignals,
    PlaybookItemRef,
    PlaybookLibrary,
    PlaybookSpec,
    PlaybookSummary,
    PlaybookVersionRef,
)

# From the module, not the package: the layers contract lets assessments import rubrics.engine's modules.
from rubrics.engine.inputs import CompetencyInput, ItemInput, OptionInput, RedFlagInput, ScoringInput

_JOINERS = str.maketrans("", "", "-\u2010\u2011\u00ad")


def _folded(text: str) -> str:
    # "Wi-Fi", "wifi" and "WiFi" are the same word to someone searching.
    return text.casefold().translate(_JOINERS)


def _words(search: str) -> list[str]:
    return _folded(search).split()


def _matches(words: list[str], texts: Iterable[str | None]) -> bool:
    haystack = _folded("\n".join(text for text in texts if text))
    return all(word in haystack for word in words)


def _playbook_texts(spec: PlaybookSpec) -> list[str]:
    """What a search over a playbook itself looks at (its items are searched separately)."""
    texts = [spec.title, spec.slug, spec.function, spec.summary, spec.overview.core_focus]
    for skill in [*spec.skills.hard, *spec.skills.soft, *spec.skills.attitude]:
        texts += [skill.name, skill.description]
    texts += [competency.name for competency in spec.competencies]
    texts += [tool.category for tool in spec.tools_and_systems]
    return texts


def _item_texts(item: Item) -> list[str | None]:
    texts: list[str | None] = [item.title, item.slug, item.prompt]
    if item.scenario is not None:
        texts += [item.scenario.sender, item.scenario.subject, item.scenario.body]
    texts += [option.text for option in item.options]
    return texts


def _item_ref(spec: PlaybookSpec, item: Item) -> PlaybookItemRef:
    return PlaybookItemRef(
        playbook_slug=spec.slug,
        playbook_title=spec.title,
        slug=item.slug,
        title=item.title,
        family=item.family,
        type=item.type,
        estimated_minutes=item.estimated_minutes,
    )


def _current_specs() -> list[PlaybookSpec]:
    playbooks = (
        Playbook.objects.filter(current_version__isnull=False)
        .select_related("current_version")
        .order_by("title", "slug")
    )
    return [
        PlaybookSpec.model_validate(playbook.current_version.content)
        for playbook in playbooks
        if playbook.current_version is not None
    ]


def _item_fits(item: Item, *, family: str, competency: str) -> bool:
    return (not family or item.family == family) and (not competency or competency in item.competencies)


def _summaries(
    specs: list[PlaybookSpec], *, search: str, family: str, competency: str
) -> list[PlaybookSummary]:
    words = _words(search)
    filtered = bool(family or competency)
    summaries = []
    for spec in specs:
        fitting = [item for item in spec.items if _item_fits(item, family=family, competency=competency)]
        if filtered and not fitting:
            continue
        matching = fitting if filtered else []
        if words:
            text_hits = [item for item in fitting if _matches(words, _item_texts(item))]
            if text_hits:
                matching = text_hits
            elif not _matches(words, _playbook_texts(spec)):
                continue
        summaries.append(
            PlaybookSummary(
                slug=spec.slug,
                title=spec.title,
                level=spec.level,
                function=spec.function,
                summary=spec.summary,
                item_count=len(spec.items),
                blueprint_minutes=spec.blueprint_minutes(),
                time_limit_minutes=spec.blueprint.time_limit_minutes,
                matching_items=[_item_ref(spec, item) for item in matching],
            )
        )
    return summaries


def playbook_list(*, search: str = "", family: str = "", competency: str = "") -> list[PlaybookSummary]:
    """The library, by title. Searching looks at titles, skills and item text; filters narrow the items.

    With a search or a filter, each playbook lists the items that match; a playbook whose own text matches
    the search is listed even when none of its items does.
    """
    return _summaries(_current_specs(), search=search, family=family, competency=competency)


def playbook_library(*, search: str = "", family: str = "", competency: str = "") -> PlaybookLibrary:
    """What the library page shows: `playbook_list` plus the competency filter's choices, from one read."""
    specs = _current_specs()
    return PlaybookLibrary(
        playbooks=_summaries(specs, search=search, family=family, competency=competency),
        competency_choices=_competency_choices(specs),
    )


def playbook_item_list(
    *, playbook_slug: str = "", search: str = "", family: str = "", competency: str = ""
) -> list[PlaybookItemRef]:
    """Items of the current playbook versions, by playbook and then in file order."""
    words = _words(search)
    refs = []
    for spec in _current_specs():
        if playbook_slug and spec.slug != playbook_slug:
            continue
        for item in spec.items:
            if _item_fits(item, family=family, competency=competency) and (
                not words or _matches(words, _item_texts(item))
            ):
                refs.append(_item_ref(spec, item))
    return refs


def _competency_choices(specs: list[PlaybookSpec]) -> list[tuple[str, str]]:
    names: dict[str, str] = {}
    for spec in specs:
        for competency in spec.competencies:
            names.setdefault(competency.slug, competency.name)
    return sorted(names.items(), key=lambda pair: pair[1].casefold())


def playbook_competency_choices() -> list[tuple[str, str]]:
    """(slug, name) of every competency of the current playbooks, for a filter; first name wins on a clash."""
    return _competency_choices(_current_specs())


def playbook_family_choices() -> list[str]:
    return list(FAMILIES)


def _version_ref(version: PlaybookVersion, *, playbook: Playbook) -> PlaybookVersionRef:
    return PlaybookVersionRef(
        playbook_slug=playbook.slug,
        version_id=version.pk,
        content_hash=version.content_hash,
        source_name=version.source_name,
        created_at=version.created_at,
        is_current=playbook.current_version_id == version.pk,
        spec=PlaybookSpec.model_validate(version.content),
    )


def playbook_get(*, slug: str) -> PlaybookVersionRef | None:
    """The current version of a playbook, parsed; None when there is no such playbook (or no version yet)."""
    playbook = Playbook.objects.select_related("current_version").filter(slug=slug).first()
    if playbook is None or playbook.current_version is None:
        return None
    return _version_ref(playbook.current_version, playbook=playbook)


def playbook_version_get(*, version_id: int) -> PlaybookVersionRef | None:
    """Any stored version, current or not (assessment versions are frozen from a specific one)."""
    version = PlaybookVersion.objects.select_related("playbook").filter(pk=version_id).first()
    if version is None:
        return None
    return _version_ref(version, playbook=version.playbook)


def playbook_version_list(*, slug: str) -> list[PlaybookVersionRef]:
    """Every stored version of a playbook, newest first."""
    playbook = Playbook.objects.filter(slug=slug).first()
    if playbook is None:
        return []
    return [
        _version_ref(version, playbook=playbook)
        for version in playbook.versions.order_by("-created_at", "-id")
    ]


def playbook_slugs_existing(*, slugs: Iterable[str]) -> set[str]:
    """Which of these playbook slugs are in the library (adjacent roles link only to those)."""
    return set(
        Playbook.objects.filter(slug__in=list(slugs), current_version__isnull=False).values_list(
            "slug", flat=True
        )
    )


def scoring_input_for_playbook(*, spec: PlaybookSpec, item_slugs: list[str] | None = None) -> ScoringInput:
    """What the scoring engine needs from a playbook: its items (all, or `item_slugs` in that order),
    red flags and competencies, as the engine's pure-Python input types.

    Raises ValueError naming the first slug that is not an item of the playbook.
    """
    if item_slugs is None:
        items = list(spec.items)
    else:
        items = []
        for slug in item_slugs:
            item = spec.item(slug)
            if item is None:
                known = ", ".join(each.slug for each in spec.items)
                raise ValueError(f"{slug!r} is not an item of playbook {spec.slug!r} (its items: {known})")
            items.append(item)
    return ScoringInput(
        playbook=spec.slug,
        items=[
            ItemInput(
                slug=item.slug,
                family=item.family,
                type=item.type,
                title=item.title,
                rubric=item.rubric,
                options=[OptionInput(key=option.key, text=option.text) for option in item.options],
                competencies=dict(item.competencies),
                model_answer=item.model_answer,
            )
            for item in items
        ],
        red_flags=[
            RedFlagInput(code=flag.code, title=flag.title, severity=flag.severity, rules=list(flag.rules))
            for flag in spec.red_flags
        ],
        competencies=[
            CompetencyInput(slug=competency.slug, name=competency.name) for competency in spec.competencies
        ],
    )


def candidate_link_url(*, token: str) -> str:
    """The absolute address emailed to a candidate for their attempt's token (see `attempt_link_issue`)."""
    return settings.SITE_URL.rstrip("/") + reverse("candidate:open", kwargs={"token": token})


def attempt_integrity_signals(*, organization: models.Model, attempt_id: int) -> IntegritySignals | None:
    """The integrity signals of one attempt of this organization (None for another organization's or a
    missing attempt): focus lost (count, seconds), pastes (count, characters, by item) and time per item.
    Recorded, never acted on automatically."""
    attempt = (
        Attempt.objects.filter(pk=attempt_id, organization_id=organization.pk)
        .select_related("assessment_version")
        .defer("assessment_version__scoring_input")
        .first()
    )
    if attempt is None:
        return None
    rows = (
        AttemptActivity.objects.filter(attempt_id=attempt.pk)
        .values("item_slug")
        .order_by("item_slug")
        .annotate(
            seconds=Sum("seconds_on_item"),
            pastes=Sum("paste_count"),
            chars=Sum("paste_chars"),
            largest=Max("largest_paste_chars"),
            focus_count=Sum("focus_lost_count"),
            focus_seconds=Sum("focus_lost_seconds"),
        )
    )
    by_item: dict[str, dict[str, int]] = {
        str(row["item_slug"]): {key: int(value or 0) for key, value in row.items() if key != "item_slug"}  # type: ignore[call-overload]
        for row in rows
    }
    stored = AssessmentVersion.objects.values_list("scoring_input", flat=True).get(
        pk=attempt.assessment_version_id
    )
    titles: dict[str, str] = {item["slug"]: item.get("title", item["slug"]) for item in stored["items"]}
    empty: dict[str, int] = {}
    items = [
        ItemIntegritySignals(
            slug=slug,
            title=titles.get(slug, slug),
            seconds_on_item=by_item.get(slug, empty).get("seconds", 0),
            paste_count=by_item.get(slug, empty).get("pastes", 0),
            paste_chars=by_item.get(slug, empty).get("chars", 0),
            largest_paste_chars=by_item.get(slug, empty).get("largest", 0),
        )
        for slug in attempt.assessment_version.item_slugs
    ]
    return IntegritySignals(
        attempt_public_id=str(attempt.public_id),
        focus_lost_count=sum(row.get("focus_count", 0) for row in by_item.values()),
        focus_lost_seconds=sum(row.get("focus_seconds", 0) for row in by_item.values()),
        paste_count=sum(item.paste_count for item in items),
        paste_chars=sum(item.paste_chars for item in items),
        items=items,
    )


def attempt_integrity_totals(*, attempt_id: int) -> dict[str, int]:
    """The totals of `attempt_integrity_signals` alone (what a pipeline's row shows): focus lost over the
    whole attempt, pastes into its questions."""
    return attempts_integrity_totals(attempt_ids=[attempt_id])[attempt_id]


def attempts_integrity_totals(*, attempt_ids: Iterable[int]) -> dict[int, dict[str, int]]:
    """`attempt_integrity_totals` for each of several attempts, in one statement (a scoring batch's).
    Summed here from the attempts' few activity rows (one per browser and question): cheaper than having
    the database aggregate with filters."""
    totals = {
        attempt_id: {"focus_lost_count": 0, "focus_lost_seconds": 0, "paste_count": 0, "paste_chars": 0}
        for attempt_id in attempt_ids
    }
    rows = AttemptActivity.objects.filter(attempt_id__in=list(totals)).values_list(
        "attempt_id", "item_slug", "focus_lost_count", "focus_lost_seconds", "paste_count", "paste_chars"
    )
    for attempt_id, item_slug, focus_count, focus_seconds, pastes, chars in rows:
        each = totals[attempt_id]
        each["focus_lost_count"] += focus_count
        each["focus_lost_seconds"] += focus_seconds
        if item_slug:
            each["paste_count"] += pastes
            each["paste_chars"] += chars
    return totals


def attempt_answers(*, attempt_id: int) -> dict[str, Any]:
    """The saved answer to each item of an attempt, by item slug (what a report shows beside its score)."""
    return dict(Response.objects.filter(attempt_id=attempt_id).order_by().values_list("item_slug", "answer"))


def attempt_times(*, attempt_id: int) -> tuple[datetime | None, datetime | None]:
    """When the attempt was started and submitted (either None while it has not been)."""
    times = Attempt.objects.filter(pk=attempt_id).values_list("started_at", "submitted_at").first()
    return times if times is not None else (None, None)


def attempt_public_id(*, attempt_id: int) -> str | None:
    """The public id (UUID) of an attempt: the only id of it that leaves the server."""
    value = Attempt.objects.filter(pk=attempt_id).values_list("public_id", flat=True).first()
    return None if value is None else str(value)
