from __future__ import annotations

from typing import Any

import pytest

from accounts.models import Membership
from accounts.types import ApplicationError
from assessments.selectors import playbook_get
from audit.selectors import audit_event_list
from candidates.models import Pipeline
from candidates.selectors import pipeline_spec, time_estimate
from candidates.services import pipeline_create, pipeline_update
from candidates.tests.factories import TSS, pipeline_for

pytestmark = pytest.mark.django_db


def _update(pipeline: Pipeline, by: Membership, **changes: object) -> Pipeline:
    fields: dict[str, object] = {
        "name": pipeline.name,
        "item_slugs": list(pipeline.item_slugs),
        "hiring_manager_ids": list(pipeline.hiring_managers.values_list("pk", flat=True)),
        "interviewer_ids": list(pipeline.interviewers.values_list("pk", flat=True)),
        "time_limit_seconds": pipeline.time_limit_seconds,
        "grace_seconds": pipeline.grace_seconds,
        "link_validity_days": pipeline.link_validity_days,
        "reminder_hours_before": pipeline.reminder_hours_before,
    }
    fields.update(changes)
    return pipeline_update(pipeline=pipeline, changed_by=by.user, **fields)  # type: ignore[arg-type]


def test_a_new_pipeline_takes_the_playbooks_default_assessment_and_the_issue_defaults(
    pipeline: Pipeline, recruiter: Membership, manager: Membership, interviewer: Membership
) -> None:
    ref = playbook_get(slug=TSS)
    assert ref is not None
    assert pipeline.item_slugs == list(ref.spec.blueprint.items)
    assert (pipeline.time_limit_seconds, pipeline.grace_seconds) == (1800, 30)
    assert (pipeline.link_validity_days, pipeline.reminder_hours_before) == (7, 48)
    assert list(pipeline.hiring_managers.all()) == [manager]
    assert list(pipeline.interviewers.all()) == [interviewer]
    event = audit_event_list(organization=recruiter.organization).filter(action="pipeline.created").get()
    assert event.actor_user_id == recruiter.user.pk
    assert event.data["items"] == pipeline.item_slugs


def test_items_over_the_time_limit_are_allowed_and_the_estimate_says_by_how_much(
    playbooks: None, recruiter: Membership
) -> None:
    ref = playbook_get(slug=TSS)
    assert ref is not None
    every_item = [item.slug for item in ref.spec.items]

    pipeline = pipeline_for(recruiter=recruiter, item_slugs=every_item)

    estimate = time_estimate(
        spec=pipeline_spec(pipeline=pipeline),
        item_slugs=pipeline.item_slugs,
        time_limit_seconds=pipeline.time_limit_seconds,
    )
    assert estimate.item_count == len(every_item)
    assert estimate.over
    assert estimate.over_by_minutes == pytest.approx(estimate.minutes - 30)


def test_the_default_assessment_fits_its_time_limit(pipeline: Pipeline) -> None:
    estimate = time_estimate(
        spec=pipeline_spec(pipeline=pipeline), item_slugs=pipeline.item_slugs, time_limit_seconds=1800
    )
    assert not estimate.over
    assert 0 < estimate.minutes <= 30


@pytest.mark.parametrize(
    ("options", "field"),
    [
        ({"item_slugs": ["no-such-item"]}, "items"),
        ({"item_slugs": []}, "items"),
        ({"time_limit_seconds": 0}, "time_limit_minutes"),
        ({"time_limit_seconds": 90}, "time_limit_minutes"),
        ({"grace_seconds": -1}, "grace_seconds"),
        ({"link_validity_days": 0}, "link_validity_days"),
        ({"reminder_hours_before": 7 * 24}, "reminder_hours_before"),
        ({"playbook_slug": "astronaut"}, "playbook"),
        ({"name": "   "}, "name"),
    ],
)
def test_bad_settings_are_refused_naming_the_field(
    playbooks: None, recruiter: Membership, options: dict[str, Any], field: str
) -> None:
    with pytest.raises(ApplicationError) as refused:
        pipeline_for(recruiter=recruiter, **options)
    assert refused.value.extra["field"] == field


def test_hiring_managers_must_be_members_of_the_organization_with_that_role(
    playbooks: None, recruiter: Membership, interviewer: Membership
) -> None:
    with pytest.raises(ApplicationError, match="hiring managers"):
        pipeline_for(recruiter=recruiter, hiring_manager_ids=[interviewer.pk])


def test_a_member_of_another_organization_cannot_be_put_on_a_pipeline(
    playbooks: None, recruiter: Membership
) -> None:
    from accounts.models import Role
    from accounts.tests.factories import MembershipFactory

    stranger = MembershipFactory.create(role=Role.HIRING_MANAGER)
    with pytest.raises(ApplicationError):
        pipeline_for(recruiter=recruiter, hiring_manager_ids=[stranger.pk])


def test_only_admins_and_recruiters_create_pipelines(playbooks: None, manager: Membership) -> None:
    with pytest.raises(ApplicationError, match="Only admins and recruiters"):
        pipeline_create(
            organization=manager.organization, created_by=manager.user, name="X", playbook_slug=TSS
        )


def test_changing_the_assessment_clears_the_frozen_version_for_the_next_invitation(
    pipeline: Pipeline, recruiter: Membership
) -> None:
    pipeline.current_assessment_version_id = None
    updated = _update(pipeline, recruiter, time_limit_seconds=2400)
    assert updated.time_limit_seconds == 2400
    event = audit_event_list(organization=recruiter.organization).filter(action="pipeline.updated").get()
    assert event.data["changes"]["time_limit_seconds"] == {"from": 1800, "to": 2400}
    assert event.data["new_assessment_version_on_next_invitation"] is True


def test_an_update_that_changes_nothing_is_not_audited(pipeline: Pipeline, recruiter: Membership) -> None:
    _update(pipeline, recruiter)
    assert (
        not audit_event_list(organization=recruiter.organization).filter(action="pipeline.updated").exists()
    )
