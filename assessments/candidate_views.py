"""The candidate's pages, mounted at /a/ (issue 6): the emailed link, the landing page, the timed test, the
confirmation, and the JSON endpoints the test page saves through. Thin: the rules are in
`candidate_services`, `candidate_selectors` and `services`.

A candidate has no account. Opening the emailed link exchanges its token for a fresh session bound to the
attempt (`SESSION_ATTEMPT`) and to this browser (`SESSION_HOLDER`, see `Attempt.active_holder`), then
redirects to an address without the token. Every page here sends `Referrer-Policy: no-referrer` and
`Cache-Control: no-store`. Browsers send `Origin: null` with a form posted from a no-referrer page, which
Django's CSRF check refuses, so the pages post with `fetch(..., {referrerPolicy: "same-origin"})`
(static/js/candidate/).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.contrib.auth import logout
from django.core.cache import cache
from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts.types import ApplicationError
from assessments.candidate_selectors import (
    attempt_clock,
    attempt_for_candidate,
    attempt_saved_answers,
    candidate_assessment,
)
from assessments.candidate_services import (
    LinkRefused,
    attempt_activity_record,
    attempt_link_open,
    attempt_session_move,
    attempt_start_by_candidate,
    attempt_submit_if_overdue,
)
from assessments.models import Attempt
from assessments.services import ANSWER_MAX_CHARS, attempt_submit, response_save

SESSION_ATTEMPT = "candidate_attempt"
SESSION_HOLDER = "candidate_holder"

# Opening links, per client address: a candidate reopens their link a few times; guessing tokens takes
# billions of tries. Counted in the shared cache (Redis or the database), so every web process agrees.
LINK_OPENS_PER_WINDOW = 30
LINK_OPEN_WINDOW_SECONDS = 600
SAVES_PER_REQUEST_MAX = 50

View = Callable[..., HttpResponse]


def _candidate_headers(view: View) -> View:
    """Every candidate response: no Referer leaves the page, nothing is cached, nothing is indexed."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = view(request, *args, **kwargs)
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Robots-Tag"] = "noindex, nofollow"
        add_never_cache_headers(response)
        return response

    return wrapped


def _client_address(request: HttpRequest) -> str:
    # The address of the peer: behind a reverse proxy, that proxy must set REMOTE_ADDR to the client's
    # (gunicorn --forwarded-allow-ips); a header the client writes itself is never trusted here.
    return str(request.META.get("REMOTE_ADDR") or "unknown")


def _link_open_allowed(request: HttpRequest) -> bool:
    key = f"candidate:link-opens:{_client_address(request)}"
    cache.add(key, 0, timeout=LINK_OPEN_WINDOW_SECONDS)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=LINK_OPEN_WINDOW_SECONDS)
        count = 1
    return count <= LINK_OPENS_PER_WINDOW


def _bound_attempt(request: HttpRequest, *, with_content: bool = True) -> tuple[Attempt | None, str]:
    public_id = request.session.get(SESSION_ATTEMPT)
    holder = str(request.session.get(SESSION_HOLDER) or "")
    if not public_id:
        return None, holder
    return attempt_for_candidate(public_id=str(public_id), with_content=with_content), holder


def _no_session(request: HttpRequest) -> HttpResponse:
    return render(request, "assessments/candidate/no_session.html", status=403)


def _megabytes(request: HttpRequest) -> str:
    try:
        return f"{int(request.META.get('CONTENT_LENGTH') or 0) / 1_000_000:.1f}"
    except ValueError:
        return "?"


def _json_error(error: ApplicationError, *, status: int | None = None, **more: Any) -> JsonResponse:
    """The candidate pages' one error shape; a body over the size limit is 413, other bad input 400."""
    if status is None:
        status = 413 if error.extra.get("code") == "too_large" else 400
    return JsonResponse({"message": error.message, "extra": error.extra, **more}, status=status)


def _json_no_session() -> JsonResponse:
    return JsonResponse(
        {
            "message": "This browser is not signed in to an assessment any more. "
            "Open the link from your invitation email again; your saved answers are kept.",
            "extra": {"code": "no_session"},
        },
        status=403,
    )


def _json_body(request: HttpRequest) -> dict[str, Any]:
    try:
        body = request.body
    except RequestDataTooBig as exc:
        # Over settings.DATA_UPLOAD_MAX_MEMORY_SIZE: Django's own answer would be its HTML 400 page, which
        # the test page cannot show; this one it shows beside the save status (static/js/candidate/test.js).
        raise ApplicationError(
            f"These answers are too large to save ({_megabytes(request)} MB; at most "
            f"{settings.DATA_UPLOAD_MAX_MEMORY_SIZE / 1_000_000:.0f} MB at once, and "
            f"{ANSWER_MAX_CHARS:,} characters an answer). Shorten the longest answer; what was saved "
            "before is kept.",
            extra={"code": "too_large", "max_bytes": settings.DATA_UPLOAD_MAX_MEMORY_SIZE},
        ) from exc
    try:
        data = json.loads(body or b"{}")
    except (ValueError, UnicodeDecodeError) as exc:
        raise ApplicationError("The request was not valid JSON.") from exc
    if not isinstance(data, dict):
        raise ApplicationError("The request must be a JSON object.")
    return data


# The link --------------------------------------------------------------------------------------------


@_candidate_headers
@require_GET
def link_open(request: HttpRequest, token: str) -> HttpResponse:
    if not _link_open_allowed(request):
        response = render(
            request,
            "assessments/candidate/too_many_opens.html",
            {"minutes": LINK_OPEN_WINDOW_SECONDS // 60},
            status=429,
        )
        response.headers["Retry-After"] = str(LINK_OPEN_WINDOW_SECONDS)
        return response
    outcome = (
        LinkRefused(reason="unknown")
        if len(token) > 128
        else attempt_link_open(
            token=token,
            previous_attempt=request.session.get(SESSION_ATTEMPT),
            previous_holder=request.session.get(SESSION_HOLDER),
        )
    )
    if isinstance(outcome, LinkRefused):
        return render(
            request,
            "assessments/candidate/link_refused.html",
            {"refusal": outcome},
            status=404 if outcome.reason == "unknown" else 410,
        )
    # A fresh session bound to this attempt only: a staff member's sign-in in this browser never rides
    # along with a candidate's session (logout flushes the session and its key).
    if request.user.is_authenticated:
        logout(request)
    else:
        request.session.flush()
    request.session[SESSION_ATTEMPT] = str(outcome.attempt.public_id)
    request.session[SESSION_HOLDER] = outcome.holder
    return redirect("candidate:attempt")


# Pages -----------------------------------------------------------------------------------------------


def _page_context(attempt: Attempt) -> dict[str, Any]:
    assessment = candidate_assessment(attempt=attempt)
    return {"attempt": attempt, "assessment": assessment, "organization_name": assessment.organization_name}


@_candidate_headers
@require_GET
def attempt_home(request: HttpRequest) -> HttpResponse:
    """Where a candidate's session lands: the landing page, the test, the question whether to move the
    attempt to this browser, or (once submitted) the confirmation."""
    attempt, holder = _bound_attempt(request)
    if attempt is None:
        return _no_session(request)
    if attempt_submit_if_overdue(attempt_id=attempt.pk):
        return redirect("candidate:done")
    if attempt.status in (Attempt.Status.SUBMITTED, Attempt.Status.SCORED):
        return redirect("candidate:done")
    context = _page_context(attempt)
    if attempt.active_holder != holder:
        return render(request, "assessments/candidate/move.html", context)
    if attempt.status == Attempt.Status.NOT_STARTED:
        return render(request, "assessments/candidate/landing.html", context)
    context["page_state"] = {
        "attempt": str(attempt.public_id),
        "items": [
            {"slug": item.slug, "type": item.type, "number": item.number, "title": item.title}
            for item in context["assessment"].items
        ],
        "answers": attempt_saved_answers(attempt_id=attempt.pk),
        "clock": attempt_clock(attempt=attempt, holder=holder),
        "urls": {
            "save": reverse("candidate:api_save"),
            "clock": reverse("candidate:api_clock"),
            "submit": reverse("candidate:api_submit"),
            "activity": reverse("candidate:api_activity"),
            "home": reverse("candidate:attempt"),
            "done": reverse("candidate:done"),
        },
    }
    return render(request, "assessments/candidate/test.html", context)


@_candidate_headers
@require_POST
def attempt_start_view(request: HttpRequest) -> HttpResponse:
    attempt, holder = _bound_attempt(request)
    if attempt is None:
        return _no_session(request)
    try:
        attempt_start_by_candidate(
            attempt_id=attempt.pk, holder=holder, privacy_consent=request.POST.get("consent") == "yes"
        )
    except ApplicationError as error:
        context = _page_context(attempt)
        context["start_error"] = error
        return render(request, "assessments/candidate/landing.html", context, status=400)
    return redirect("candidate:attempt")


@_candidate_headers
@require_POST
def attempt_move(request: HttpRequest) -> HttpResponse:
    attempt, holder = _bound_attempt(request)
    if attempt is None or not holder:
        return _no_session(request)
    attempt_session_move(attempt_id=attempt.pk, holder=holder)
    return redirect("candidate:attempt")


@_candidate_headers
@require_GET
def attempt_done(request: HttpRequest) -> HttpResponse:
    attempt, _holder = _bound_attempt(request)
    if attempt is None:
        return _no_session(request)
    if attempt.status not in (Attempt.Status.SUBMITTED, Attempt.Status.SCORED):
        return redirect("candidate:attempt")
    return render(request, "assessments/candidate/done.html", _page_context(attempt))


# JSON endpoints of the test page -------------------------------------------------------------------------


@_candidate_headers
@require_GET
def api_clock(request: HttpRequest) -> HttpResponse:
    """The server's clock for this attempt; submits it for the server when its time is over (the sweep
    would within seconds anyway)."""
    attempt, holder = _bound_attempt(request, with_content=False)
    if attempt is None:
        return _json_no_session()
    if attempt_submit_if_overdue(attempt_id=attempt.pk):
        attempt.refresh_from_db()
    return JsonResponse({"clock": attempt_clock(attempt=attempt, holder=holder)})


@_candidate_headers
@require_http_methods(["POST"])
def api_save(request: HttpRequest) -> HttpResponse:
    """Save a batch of answers, `{"saves": [{"item": slug, "answer": ..., "seq": n}, ...]}`. Each result
    names the sequence number the server keeps for that answer: the client calls an answer saved when that
    number is at least the one it sent. Committed before this responds (each save is its own transaction).
    """
    attempt, holder = _bound_attempt(request, with_content=False)
    if attempt is None:
        return _json_no_session()
    try:
        saves = _json_body(request).get("saves")
        if not isinstance(saves, list) or not 0 < len(saves) <= SAVES_PER_REQUEST_MAX:
            raise ApplicationError(f"Send between 1 and {SAVES_PER_REQUEST_MAX} saves.")
    except ApplicationError as error:
        return _json_error(error)
    results: list[dict[str, Any]] = []
    for save in saves:
        if not isinstance(save, dict) or not isinstance(save.get("item"), str):
            results.append({"item": None, "error": "A save names its item."})
            continue
        seq = save.get("seq")
        if isinstance(seq, bool) or not isinstance(seq, int):
            results.append({"item": save["item"], "error": "A save carries a whole sequence number."})
            continue
        try:
            stored = response_save(
                attempt_id=attempt.pk,
                item_slug=save["item"],
                answer=save.get("answer"),
                seq=seq,
                session_holder=holder,
            )
        except ApplicationError as error:
            if error.extra.get("code") in {"time_up", "moved", "submitted", "not_started"}:
                attempt.refresh_from_db()
                return _json_error(
                    error, status=409, results=results, clock=attempt_clock(attempt=attempt, holder=holder)
                )
            results.append({"item": save["item"], "error": error.message})
            continue
        results.append({"item": stored.item_slug, "seq": stored.seq})
    attempt.refresh_from_db()
    return JsonResponse({"results": results, "clock": attempt_clock(attempt=attempt, holder=holder)})


@_candidate_headers
@require_http_methods(["POST"])
def api_submit(request: HttpRequest) -> HttpResponse:
    attempt, holder = _bound_attempt(request, with_content=False)
    if attempt is None:
        return _json_no_session()
    try:
        attempt_submit(attempt_id=attempt.pk, session_holder=holder)
    except ApplicationError as error:
        attempt.refresh_from_db()
        return _json_error(error, status=409, clock=attempt_clock(attempt=attempt, holder=holder))
    return JsonResponse({"redirect": reverse("candidate:done")})


@_candidate_headers
@require_http_methods(["POST"])
def api_activity(request: HttpRequest) -> HttpResponse:
    """Integrity signals: `{"source": id, "reports": {slug or "": {counter: running total}}}`."""
    attempt, _holder = _bound_attempt(request, with_content=False)
    if attempt is None:
        return _json_no_session()
    try:
        data = _json_body(request)
        reports = data.get("reports")
        if not isinstance(reports, dict) or not all(isinstance(value, dict) for value in reports.values()):
            raise ApplicationError("The activity report maps item slugs to counters.")
        written = attempt_activity_record(
            attempt_id=attempt.pk, source=str(data.get("source") or ""), reports=reports
        )
    except ApplicationError as error:
        return _json_error(error)
    return JsonResponse({"recorded": written})
