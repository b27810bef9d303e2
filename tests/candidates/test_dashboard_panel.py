"""Each role's dashboard shows its pipelines (or, for interviewers, its candidates at interview)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from accounts.models import Membership, Role
from accounts.tests.factories import MembershipFactory
from candidates.models import Pipeline, Stage
from candidates.tests.factories import ApplicationFactory
from tests.candidates.conftest import client_for

pytestmark = pytest.mark.django_db


def _dashboard(membership: Membership) -> str:
    response = client_for(membership).get(reverse("accounts:dashboard"))
    assert response.status_code == 200
    return response.content.decode()


def test_recruiters_and_the_pipelines_hiring_managers_see_it_with_what_waits_for_review(
    pipeline: Pipeline, recruiter: Membership, manager: Membership
) -> None:
    ApplicationFactory.create(pipeline=pipeline, stage=Stage.SCORED)
    ApplicationFactory.create(pipeline=pipeline, stage=Stage.SUBMITTED)
    ApplicationFactory.create(pipeline=pipeline, stage=Stage.INVITED)

    for member in (recruiter, manager):
        page = _dashboard(member)
        assert pipeline.name in page
        assert "2 candidates submitted or scored, waiting for review" in page
        assert "3 candidates" in page


def test_a_hiring_manager_not_on_the_pipeline_sees_an_honest_empty_state(pipeline: Pipeline) -> None:
    outsider = MembershipFactory.create(organization=pipeline.organization, role=Role.HIRING_MANAGER)
    page = _dashboard(outsider)
    assert pipeline.name not in page
    assert "You are not on any pipeline yet" in page
