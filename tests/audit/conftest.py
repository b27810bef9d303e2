from __future__ import annotations

import pytest

from accounts.models import Organization
from accounts.tests.factories import OrganizationFactory


@pytest.fixture
def other_organization(db: None) -> Organization:
    return OrganizationFactory.create(name="Contoso Help Desk", slug="contoso")
