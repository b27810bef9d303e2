"""Fixtures for interviews: those of the candidates tests (real playbooks, one member of each role, a
Technical Support Specialist pipeline) plus a second interviewer on the pipeline and a candidate in it."""

# ruff: noqa: F811  (fixtures imported from tests/candidates are requested by name as arguments below)
from __future__ import annotations

import pytest

from accounts.models import Membership, Organization, Role
from accounts.tests.factories import MembershipFactory
from candidates.models import Application, Pipeline
from candidates.services import candidate_add
from candidates.tests.factories import pipeline_for
from tests.candidates.conftest import (  # noqa: F401  (fixtures)
    _tasks_run_eagerly,
    admin,
    client_for,
    interviewer,
    manager,
    recruiter,
    sent_tasks,
)


@pytest.fixture
def interviewer_b(organization: Organization) -> Membership:
    return MembershipFactory.create(
        organization=organization,
        role=Role.INTERVIEWER,
        user__full_name="Bea Interviewer",
        user__email="bea@northwind.example",
    )


@pytest.fixture
def pipeline(
    playbooks: None,
    recruiter: Membership,
    manager: Membership,
    interviewer: Membership,
    interviewer_b: Membership,
) -> Pipeline:
    return pipeline_for(
        recruiter=recruiter,
        hiring_manager_ids=[manager.pk],
        interviewer_ids=[interviewer.pk, interviewer_b.pk],
    )


@pytest.fixture
def application(pipeline: Pipeline, recruiter: Membership) -> Application:
    return candidate_add(
        pipeline=pipeline, name="Casey Candidate", email="casey@example.org", added_by=recruiter.user
    )
