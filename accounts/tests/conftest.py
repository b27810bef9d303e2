from __future__ import annotations

from collections.abc import Iterator

import pytest

from accounts.models import Membership, Organization, Role
from accounts.tests.factories import MembershipFactory, OrganizationFactory
from config.celery import app as celery_app


@pytest.fixture(autouse=True)
def celery_eager() -> Iterator[None]:
    """Tasks run in the test process when enqueued, so an email sent by the worker lands in mail.outbox."""
    previous = (celery_app.conf.task_always_eager, celery_app.conf.task_eager_propagates)
    celery_app.conf.task_always_eager = True
    celery_app.conf.task_eager_propagates = True
    yield
    celery_app.conf.task_always_eager, celery_app.conf.task_eager_propagates = previous


@pytest.fixture
def organization(db: None) -> Organization:
    return OrganizationFactory.create(name="Northwind Support")


@pytest.fixture
def admin(organization: Organization) -> Membership:
    return MembershipFactory.create(organization=organization, role=Role.ADMIN, user__full_name="Ada Admin")


@pytest.fixture
def recruiter(organization: Organization) -> Membership:
    return MembershipFactory.create(
        organization=organization, role=Role.RECRUITER, user__full_name="Rita Recruiter"
    )


@pytest.fixture
def manager(organization: Organization) -> Membership:
    return MembershipFactory.create(
        organization=organization, role=Role.HIRING_MANAGER, user__full_name="Max Manager"
    )


@pytest.fixture
def interviewer(organization: Organization) -> Membership:
    return MembershipFactory.create(
        organization=organization, role=Role.INTERVIEWER, user__full_name="Ivan Interviewer"
    )
