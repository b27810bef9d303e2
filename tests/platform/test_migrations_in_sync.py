"""Every model change has its migration: a field added without one would reach production unmigrated."""

from __future__ import annotations

import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_the_models_and_their_migrations_agree() -> None:
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)
