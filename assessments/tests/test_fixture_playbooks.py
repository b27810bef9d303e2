"""The product's own playbooks in fixtures/playbooks/: every file validates, and all of them load."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from assessments.models import Playbook
from assessments.playbooks.loader import PLAYBOOK_DIRECTORY, playbook_files_find
from assessments.playbooks.schema import parse_playbook_file
from assessments.selectors import playbook_get
from rubrics.engine.specs import FAMILIES

FIXTURE_DIRECTORY = Path(settings.BASE_DIR) / PLAYBOOK_DIRECTORY
FIXTURE_FILES = playbook_files_find([FIXTURE_DIRECTORY]) if FIXTURE_DIRECTORY.is_dir() else []


def test_there_are_playbook_fixtures() -> None:
    assert FIXTURE_FILES, f"no playbook files in {FIXTURE_DIRECTORY}"


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=[path.name for path in FIXTURE_FILES])
def test_fixture_file_validates(path: Path) -> None:
    spec = parse_playbook_file(path)

    assert path.stem == spec.slug, "a playbook file is named after its slug"
    assert spec.blueprint_minutes() <= spec.blueprint.time_limit_minutes
    assert {item.family for item in spec.blueprint_items()} == set(FAMILIES)


@pytest.mark.django_db
def test_load_playbooks_loads_every_fixture_and_is_idempotent() -> None:
    slugs = sorted(parse_playbook_file(path).slug for path in FIXTURE_FILES)

    first = io.StringIO()
    call_command("load_playbooks", stdout=first)
    second = io.StringIO()
    call_command("load_playbooks", stdout=second)

    assert sorted(Playbook.objects.values_list("slug", flat=True)) == slugs
    assert all(": created (version " in line for line in first.getvalue().splitlines())
    assert sorted(second.getvalue().splitlines()) == [f"{slug}: unchanged" for slug in slugs]
    for slug in slugs:
        version = playbook_get(slug=slug)
        assert version is not None and version.spec.slug == slug
