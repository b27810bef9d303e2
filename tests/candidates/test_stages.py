"""Stages: the assessment moves candidates to started, submitted and scored by itself (forward only); people
move them on, with a reason for rejected and withdrawn, one at a time or in bulk."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from accounts.models import Membership
from accounts.types import ApplicationError
from assessments.candidate_services import attempt_activity_record
from assessments.services import attempt_start, attempt_submit, response_save
from audit.selectors import audit_event_list
from candidates.models import Application, Pipeline, Stage, StageChange
from candidates.services import (
    application_stage_move,
    applications_stage_move,
    candidate_add,
    invitations_send,
)
from candidates.services.stages import SCORE_HEADLINE_FIELDS
from rubrics.services import score_report_for_attempt, score_submitted

pytestmark = pytest.mark.django_db


@pytest.fixture
def invited(
    pipeline: Pipeline, recruiter: Membership, django_capture_on_commit_callbacks: Any
) -> Callable[..., Application]:
    def make(name: str = "Ada Lovelace", email: str = "ada@example.org") -> Application:
        application = candidate_add(pipeline=pipeline, name=name, email=email, added_by=recruiter.user)
        with django_capture_on_commit_callbacks(execute=True):
            invitations_send(pipeline=pipeline, sent_by=recruiter.user, application_ids=[application.pk])
        application.refresh_from_db()
        return application

    return make


def _stages(application: Application) -> list[str]:
    return list(application.stage_changes.order_by("created_at", "pk").values_list("to_stage", flat=True))


def test_starting_submitting_and_scoring_move_the_candidate_by_themselves(
    invited: Callable[..., Application], sent_tasks: list[tuple[str, list[Any]]]
) -> None:
    ada = invited()
    assert ada.attempt is not None
    attempt_id = ada.attempt.pk

    attempt_start(attempt_id=attempt_id)
    ada.refresh_from_db()
    assert ada.stage == Stage.STARTED

    slug = ada.attempt.assessment_version.item_slugs[-1]
    response_save(attempt_id=attempt_id, item_slug=slug, answer="I would check the logs first.", seq=1)
    attempt_submit(attempt_id=attempt_id)
    ada.refresh_from_db()
    assert ada.stage == Stage.SUBMITTED

    score_report_for_attempt(attempt_id=attempt_id)
    ada.refresh_from_db()
    assert ada.stage == Stage.SCORED
    assert ada.score_overall is not None and ada.score_recommendation
    assert _stages(ada) == ["added", "invited", "started", "submitted", "scored"]
    moved = audit_event_list(organization=ada.organization).filter(action="candidate.stage_changed")
    assert list(moved.order_by("seq").values_list("data__to", flat=True)) == [
        "started",
        "submitted",
        "scored",
    ]
    assert set(moved.values_list("actor_kind", flat=True)) == {"system"}


@pytest.mark.postgres
def test_submitting_and_scoring_each_write_their_audit_events_in_one_take_of_the_chain_lock(
    invited: Callable[..., Application], sent_tasks: list[tuple[str, list[Any]]]
) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    ada = invited()
    assert ada.attempt is not None
    attempt_id = ada.attempt.pk
    attempt_start(attempt_id=attempt_id)

    def head_locks(queries: CaptureQueriesContext) -> int:
        return sum(
            'FROM "audit_auditchainhead"' in query["sql"] and "FOR UPDATE" in query["sql"]
            for query in queries.captured_queries
        )

    with CaptureQueriesContext(connection) as submitted:
        attempt_submit(attempt_id=attempt_id)
    with CaptureQueriesContext(connection) as scored:
        score_report_for_attempt(attempt_id=attempt_id)

    assert (head_locks(submitted), head_locks(scored)) == (1, 1)
    events = audit_event_list(organization=ada.organization).order_by("seq")
    assert list(events.values_list("action", flat=True))[-5:] == [
        "candidate.stage_changed",  # to submitted: the receiver's event first
        "attempt.submitted",
        "attempt.integrity_summarised",
        "candidate.stage_changed",  # to scored
        "attempt.scored",
    ]


def test_the_assessment_never_moves_a_decided_candidate_back(
    invited: Callable[..., Application], recruiter: Membership
) -> None:
    ada = invited()
    assert ada.attempt is not None
    application_stage_move(
        application=ada, stage="withdrawn", reason="Took another job", moved_by=recruiter.user
    )

    attempt_start(attempt_id=ada.attempt.pk)

    ada.refresh_from_db()
    assert ada.stage == Stage.WITHDRAWN
    assert ada.stage_reason == "Took another job"


@pytest.mark.parametrize("stage", ["rejected", "withdrawn"])
def test_rejected_and_withdrawn_need_a_reason(
    invited: Callable[..., Application], recruiter: Membership, stage: str
) -> None:
    with pytest.raises(ApplicationError, match="Say why") as refused:
        application_stage_move(application=invited(), stage=stage, reason="  ", moved_by=recruiter.user)
    assert refused.value.extra["field"] == "reason"


@pytest.mark.parametrize("stage", ["started", "scored", "added", "bogus"])
def test_automatic_stages_cannot_be_chosen_by_hand(
    invited: Callable[..., Application], recruiter: Membership, stage: str
) -> None:
    with pytest.raises(ApplicationError, match="by themselves"):
        application_stage_move(application=invited(), stage=stage, moved_by=recruiter.user)


def test_a_hiring_manager_on_the_pipeline_decides_and_is_the_audited_actor(
    invited: Callable[..., Application], manager: Membership
) -> None:
    ada = invited()
    assert application_stage_move(application=ada, stage="interview", moved_by=manager.user)
    ada.refresh_from_db()
    assert ada.stage == Stage.INTERVIEW
    change = StageChange.objects.filter(application=ada).last()
    assert change is not None and change.changed_by == manager.user
    event = audit_event_list(organization=ada.organization).filter(action="candidate.stage_changed").get()
    assert event.actor_user_id == manager.user.pk


def test_a_hiring_manager_not_on_the_pipeline_and_an_interviewer_cannot_move_candidates(
    invited: Callable[..., Application], interviewer: Membership, organization: Any
) -> None:
    from accounts.models import Role
    from accounts.tests.factories import MembershipFactory

    other_manager = MembershipFactory.create(organization=organization, role=Role.HIRING_MANAGER)
    ada = invited()
    for membership in (other_manager, interviewer):
        with pytest.raises(
            ApplicationError, match="Only admins, recruiters and this pipeline's hiring managers"
        ):
            application_stage_move(application=ada, stage="interview", moved_by=membership.user)


def test_bulk_moves_report_what_changed(
    invited: Callable[..., Application], pipeline: Pipeline, recruiter: Membership
) -> None:
    ada, alan, grace = invited(), invited("Alan", "alan@example.org"), invited("Grace", "grace@example.org")
    application_stage_move(
        application=ada, stage="rejected", reason="No right to work", moved_by=recruiter.user
    )

    result = applications_stage_move(
        pipeline=pipeline,
        application_ids=[ada.pk, alan.pk, grace.pk],
        stage="rejected",
        reason="Position filled",
        moved_by=recruiter.user,
    )

    assert (result.moved, result.unchanged) == (2, 1)
    assert set(Application.objects.values_list("stage", flat=True)) == {"rejected"}
    ada.refresh_from_db()
    assert ada.stage_reason == "No right to work"


def test_every_stage_change_is_signalled_for_the_apps_above(
    invited: Callable[..., Application], recruiter: Membership
) -> None:
    from candidates.services import application_stage_changed

    received: list[dict[str, Any]] = []

    def receiver(**kwargs: Any) -> None:
        received.append(kwargs)

    application_stage_changed.connect(receiver, dispatch_uid="test-stage-signal")
    try:
        ada = invited()
        assert ada.attempt is not None
        attempt_start(attempt_id=ada.attempt.pk)
        application_stage_move(
            application=ada, stage="rejected", reason="Role closed", moved_by=recruiter.user
        )
    finally:
        application_stage_changed.disconnect(dispatch_uid="test-stage-signal")

    assert [(event["from_stage"], event["to_stage"]) for event in received] == [
        ("added", "invited"),
        ("invited", "started"),
        ("started", "rejected"),
    ]
    assert received[-1]["reason"] == "Role closed"
    assert received[-1]["candidate_public_id"] == str(ada.candidate.public_id)


def _scored_row(application: Application) -> dict[str, Any]:
    application.refresh_from_db()
    row = {
        field: getattr(application, field) for field in SCORE_HEADLINE_FIELDS if field != "time_taken_seconds"
    }
    row.update(stage=application.stage, stage_reason=application.stage_reason, stages=_stages(application))
    row["events"] = list(
        audit_event_list(organization=application.organization)
        .filter(action="candidate.stage_changed", target_id=str(application.pk))
        .order_by("seq")
        .values_list("data", flat=True)
    )
    return row


@pytest.mark.postgres
def test_a_scoring_batch_moves_each_candidate_as_scoring_one_at_a_time_does_in_statements_it_shares(
    invited: Callable[..., Application], sent_tasks: list[tuple[str, list[Any]]]
) -> None:
    """The batch writes its candidates' rows, their stage moves and their events together: the same rows as
    one attempt's scoring writes, and no more statements for eight candidates than for two."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    answers = ["I would check the logs first.", "I would give him the admin password so he can get on."]
    people = [invited(name=f"Candidate {n}", email=f"candidate{n}@example.org") for n in range(12)]
    for n, person in enumerate(people):
        assert person.attempt is not None
        attempt_id = person.attempt.pk
        attempt_start(attempt_id=attempt_id)
        slug = person.attempt.assessment_version.item_slugs[-1]
        response_save(attempt_id=attempt_id, item_slug=slug, answer=answers[n % 2], seq=1)
        attempt_activity_record(
            attempt_id=attempt_id,
            source="tab1",
            reports={
                "": {"focus_lost_count": n % 2 + 1, "focus_lost_seconds": 7},
                slug: {"paste_count": n % 2},
            },
        )

    def submit_and_score(group: list[Application]) -> CaptureQueriesContext:
        for person in group:
            assert person.attempt is not None
            attempt_submit(attempt_id=person.attempt.pk)
        with CaptureQueriesContext(connection) as queries:
            assert len(score_submitted()) == len(group)
        return queries

    for person in people[:2]:  # one at a time: the worker's path for a single attempt
        assert person.attempt is not None
        attempt_submit(attempt_id=person.attempt.pk)
        score_report_for_attempt(attempt_id=person.attempt.pk)
    two = submit_and_score(people[2:4])
    eight = submit_and_score(people[4:])

    one_at_a_time = [_scored_row(person) for person in people[:2]]
    assert one_at_a_time[0] != one_at_a_time[1]  # the two answers and activities tell apart
    assert one_at_a_time[1]["integrity_summary"] == {
        "focus_lost_count": 2, "focus_lost_seconds": 7, "paste_count": 1, "paste_chars": 0
    }  # fmt: skip
    for n, person in enumerate(people[2:], start=2):
        assert _scored_row(person) == one_at_a_time[n % 2], person.candidate.name
        assert person.time_taken_seconds is not None

    def statements(queries: CaptureQueriesContext) -> tuple[list[str], int]:
        """The statements but the audit chain's inserts (a power of two of events each), and how many of
        those."""
        sql = [
            re.sub(r'"s\d+_x\d+"', "", " ".join(query["sql"].split()[:4]))
            for query in queries.captured_queries
        ]
        appends = [each for each in sql if each.startswith("WITH new_events AS")]
        return [each for each in sql if each not in appends], len(appends)

    (two_statements, two_appends), (eight_statements, eight_appends) = statements(two), statements(eight)
    assert eight_statements == two_statements
    assert (two_appends, eight_appends) == (1, 1)  # 4 and 16 events
