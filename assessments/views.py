"""The playbook library: every member of an organization may read it (playbooks are product content)."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from accounts.permissions import role_required
from assessments.playbooks.presentation import playbook_page
from assessments.selectors import playbook_get, playbook_library, playbook_slugs_existing
from assessments.types import FAMILIES, FAMILY_LABELS

SEARCH_MAX_LENGTH = 200


@role_required()
def playbook_library_page(request: HttpRequest) -> HttpResponse:
    search = request.GET.get("q", "").strip()[:SEARCH_MAX_LENGTH]
    family = request.GET.get("family", "")
    competency = request.GET.get("competency", "")
    # An unknown filter value (an old link, a typo in the address) is ignored rather than matching nothing.
    if family not in FAMILIES:
        family = ""
    library = playbook_library(search=search, family=family, competency=competency)
    if competency not in {slug for slug, _name in library.competency_choices}:
        competency = ""
        library = playbook_library(search=search, family=family)
    return render(
        request,
        "assessments/playbook_list.html",
        {
            "playbooks": library.playbooks,
            "search": search,
            "family": family,
            "competency": competency,
            "filtered": bool(search or family or competency),
            "family_choices": [(value, FAMILY_LABELS[value]) for value in FAMILIES],
            "competency_choices": library.competency_choices,
        },
    )


def _playbook_context(slug: str, *, printing: bool) -> dict[str, object]:
    version = playbook_get(slug=slug)
    if version is None:
        raise Http404("No such playbook")
    spec = version.spec
    linked = {role.playbook for role in spec.adjacent_roles if role.playbook}
    page = playbook_page(
        spec, playbooks_in_library=playbook_slugs_existing(slugs=linked) if linked else set()
    )
    return {"page": page, "spec": spec, "version": version, "printing": printing}


@role_required()
def playbook_detail(request: HttpRequest, slug: str) -> HttpResponse:
    return render(request, "assessments/playbook_detail.html", _playbook_context(slug, printing=False))


@role_required()
def playbook_print(request: HttpRequest, slug: str) -> HttpResponse:
    return render(request, "assessments/playbook_print.html", _playbook_context(slug, printing=True))
