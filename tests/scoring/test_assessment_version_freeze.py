"""Freezing a playbook's items into an assessment version: the same selection is the same version."""

from __future__ import annotations

import pytest

from accounts.models import Organization
from accounts.types import ApplicationError
from assessments.models import AssessmentVersion, Playbook, PlaybookVersion
from assessments.services import assessment_version_freeze
from audit.models import AuditEvent
from rubrics.engine import ScoringInput, rubric_version_of
from tests.scoring.conftest import TSS

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def _current(slug: str = TSS) -> PlaybookVersion:
    version = Playbook.objects.get(slug=slug).current_version
    assert version is not None
    return version


def test_freezing_the_same_items_twice_gives_the_same_version(
    organization: Organization, playbooks: None
) -> None:
    first = assessment_version_freeze(organization=organization, playbook_version=_current(), item_slugs=None)
    again = assessment_version_freeze(
        organization=organization, playbook_version=_current(), item_slugs=list(first.item_slugs)
    )

    assert again.pk == first.pk
    assert AssessmentVersion.objects.count() == 1
    assert AuditEvent.objects.filter(action="assessment_version.frozen").count() == 1


def test_the_frozen_input_is_the_playbook_blueprint_and_its_hash_is_the_rubric_version(
    organization: Organization, playbooks: None
) -> None:
    playbook_version = _current()
    version = assessment_version_freeze(
        organization=organization, playbook_version=playbook_version, item_slugs=None
    )

    frozen = ScoringInput.model_validate(version.scoring_input)
    assert [item.slug for item in frozen.items] == version.item_slugs
    assert version.item_slugs == playbook_version.content["blueprint"]["items"]
    assert version.rubric_version == rubric_version_of(frozen)
    assert version.time_limit_seconds == 1800
    assert version.grace_seconds == 30


def test_other_items_or_another_time_limit_make_another_version(
    organization: Organization, playbooks: None
) -> None:
    blueprint = assessment_version_freeze(
        organization=organization, playbook_version=_current(), item_slugs=None
    )
    fewer = assessment_version_freeze(
        organization=organization, playbook_version=_current(), item_slugs=blueprint.item_slugs[:3]
    )
    longer = assessment_version_freeze(
        organization=organization, playbook_version=_current(), item_slugs=None, time_limit_seconds=2700
    )

    assert len({blueprint.pk, fewer.pk, longer.pk}) == 3
    assert fewer.rubric_version != blueprint.rubric_version
    # Only the clock changed: the reports of both versions mean the same thing.
    assert longer.rubric_version == blueprint.rubric_version


def test_an_item_that_is_not_in_the_playbook_is_refused_by_name(
    organization: Organization, playbooks: None
) -> None:
    with pytest.raises(ApplicationError, match="no-such-item"):
        assessment_version_freeze(
            organization=organization,
            playbook_version=_current(),
            item_slugs=["sjt-angry-customer", "no-such-item"],
        )
    assert AssessmentVersion.objects.count() == 0
