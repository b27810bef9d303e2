"""Factories for candidates. Pipelines are made through the service (it freezes nothing, but checks the
playbook and items), so a test's pipeline is one a recruiter could have made; load the playbooks first."""

from __future__ import annotations

from typing import Any

import factory
from factory.django import DjangoModelFactory

from accounts.tests.factories import OrganizationFactory
from candidates.models import Application, Candidate, Pipeline
from candidates.services import pipeline_create

TSS = "technical-support-specialist"


def pipeline_for(*, recruiter: Any, name: str = "Support Specialist, Lisbon", **options: Any) -> Pipeline:
    """A pipeline from the Technical Support Specialist playbook's default assessment, made by `recruiter`
    (a membership with the admin or recruiter role)."""
    options.setdefault("playbook_slug", TSS)
    return pipeline_create(
        organization=recruiter.organization, created_by=recruiter.user, name=name, **options
    )


class CandidateFactory(DjangoModelFactory[Candidate]):
    class Meta:
        model = Candidate

    organization = factory.SubFactory(OrganizationFactory)
    name = factory.Faker("name")
    email = factory.Sequence(lambda n: f"candidate{n}@example.org")


class ApplicationFactory(DjangoModelFactory[Application]):
    """A candidate added to an existing pipeline (pass `pipeline`), without the audit trail of
    `candidate_add`: for building large pipelines quickly."""

    class Meta:
        model = Application

    pipeline: Any = None
    organization = factory.LazyAttribute(lambda application: application.pipeline.organization)
    candidate = factory.SubFactory(
        CandidateFactory, organization=factory.SelfAttribute("..pipeline.organization")
    )
