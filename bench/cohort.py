"""The candidates of the HTTP benchmarks: attempts at the Technical Support Specialist assessment, each with
a candidate session in the database as the emailed link would have left it.

The link itself (`/a/<token>/`) is not opened: it is rate-limited per client address (30 opens per 10
minutes, `candidate_views.LINK_OPENS_PER_WINDOW`, with no setting to raise it), and every benchmark
request comes from 127.0.0.1. So each candidate's browser is set up the way `link_open` leaves it, through
the same services: the attempt is created (`attempt_create`), bound to a fresh holder id
(`attempt_session_move`, what `attempt_link_open` does for the first browser), optionally started with
consent (`attempt_start_by_candidate`, what the Start button does), and given a session in Django's
session store (the database, as in production) holding the attempt and the holder under the keys the
candidate views read. The browser's CSRF cookie is a fresh secret, sent back in the X-CSRFToken header as
the test page's script does.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assessments.models import AssessmentVersion
    from candidates.models import Pipeline

TSS = "technical-support-specialist"


@dataclass(frozen=True)
class CandidateBrowser:
    attempt_id: int
    session_key: str
    csrf_secret: str

    def cookies(self) -> dict[str, str]:
        from django.conf import settings

        return {settings.SESSION_COOKIE_NAME: self.session_key, settings.CSRF_COOKIE_NAME: self.csrf_secret}


def assessment_version(*, organization_slug: str, time_limit_seconds: int) -> AssessmentVersion:
    """A fresh organization and the 30-minute Technical Support Specialist blueprint frozen for it."""
    from accounts.models import Organization
    from assessments.models import Playbook
    from assessments.services import assessment_version_freeze

    organization = Organization.objects.create(name="Benchmark Support", slug=organization_slug)
    playbook_version = Playbook.objects.get(slug=TSS).current_version
    if playbook_version is None:
        raise SystemExit(f"{TSS} was not loaded")
    return assessment_version_freeze(
        organization=organization,
        playbook_version=playbook_version,
        item_slugs=None,
        time_limit_seconds=time_limit_seconds,
    )


def benchmark_pipeline(*, organization_slug: str, name: str) -> Pipeline:
    """A fresh organization with a recruiter and a hiring manager, and a pipeline the recruiter made from the
    Technical Support Specialist playbook's default 30-minute blueprint, all through the product's own
    services (no test factories: the benchmarks run on the packages `scripts/run.sh` installs)."""
    from accounts.models import Role, User
    from accounts.services import member_add, organization_create
    from candidates.services import pipeline_create

    organization = organization_create(name="Benchmark Support", slug=organization_slug)
    people = {Role.RECRUITER: "Benchmark Recruiter", Role.HIRING_MANAGER: "Benchmark Manager"}
    recruiter, manager = (
        member_add(
            organization=organization,
            user=User.objects.create_user(f"{role.value}@{organization_slug}.bench.example", full_name=title),
            role=role,
        )
        for role, title in people.items()
    )
    return pipeline_create(
        organization=organization,
        created_by=recruiter.user,
        name=name,
        playbook_slug=TSS,
        hiring_manager_ids=[manager.pk],
    )


def candidate_browsers(*, version: AssessmentVersion, count: int, started: bool) -> list[CandidateBrowser]:
    from django.contrib.sessions.backends.db import SessionStore
    from django.middleware.csrf import CSRF_ALLOWED_CHARS, CSRF_SECRET_LENGTH
    from django.utils.crypto import get_random_string

    from assessments.candidate_services import (
        attempt_session_move,
        attempt_start_by_candidate,
        session_holder_new,
    )
    from assessments.candidate_views import SESSION_ATTEMPT, SESSION_HOLDER
    from assessments.services import attempt_create

    browsers = []
    for n in range(count):
        attempt = attempt_create(
            organization=version.organization,
            assessment_version=version,
            candidate_label=f"Benchmark candidate {n + 1}",
        )
        holder = session_holder_new()
        attempt_session_move(attempt_id=attempt.pk, holder=holder)
        if started:
            attempt_start_by_candidate(attempt_id=attempt.pk, holder=holder, privacy_consent=True)
        session = SessionStore()
        session[SESSION_ATTEMPT] = str(attempt.public_id)
        session[SESSION_HOLDER] = holder
        session.create()
        assert session.session_key is not None
        browsers.append(
            CandidateBrowser(
                attempt_id=attempt.pk,
                session_key=session.session_key,
                csrf_secret=get_random_string(CSRF_SECRET_LENGTH, allowed_chars=CSRF_ALLOWED_CHARS),
            )
        )
    return browsers
