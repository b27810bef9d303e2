"""`manage.py load_playbooks`: all files validated first, loaded in one transaction, versioned by content."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from assessments.models import Playbook, PlaybookVersion
from assessments.playbooks.loader import playbook_content, playbook_content_hash
from assessments.playbooks.schema import parse_playbook_file
from assessments.selectors import playbook_get, playbook_version_list
from assessments.tests.conftest import BAD, MINIMAL

pytestmark = pytest.mark.django_db

Write = Callable[..., Path]


def _load(*paths: Path) -> list[str]:
    out = io.StringIO()
    call_command("load_playbooks", *[str(path) for path in paths], stdout=out, stderr=io.StringIO())
    return out.getvalue().splitlines()


def test_first_load_creates_the_playbook_and_its_version() -> None:
    expected_hash = playbook_content_hash(playbook_content(parse_playbook_file(MINIMAL)))

    lines = _load(MINIMAL)

    assert lines == [f"test-support-role: created (version {expected_hash[:12]})"]
    playbook = Playbook.objects.get(slug="test-support-role")
    assert playbook.title == "Test Support Role"
    assert playbook.current_version is not None
    assert playbook.current_version.content_hash == expected_hash
    # Named relative to the project, as an author would type it.
    assert playbook.current_version.source_name == "assessments/tests/good_playbooks/minimal.yaml"


def test_loading_twice_changes_nothing() -> None:
    _load(MINIMAL)
    before = Playbook.objects.get(slug="test-support-role")

    lines = _load(MINIMAL)

    assert lines == ["test-support-role: unchanged"]
    assert PlaybookVersion.objects.count() == 1
    assert Playbook.objects.get(slug="test-support-role").updated_at == before.updated_at


def test_a_reformatted_file_with_the_same_content_is_unchanged(
    minimal_text: str, write_playbook: Write
) -> None:
    _load(MINIMAL)
    # Comments, quoting and trailing spaces are not content.
    reformatted = write_playbook(
        "# reformatted\n" + minimal_text.replace("title: Test Support Role", 'title: "Test Support Role"  ')
    )

    assert _load(reformatted) == ["test-support-role: unchanged"]


def test_a_changed_file_makes_a_new_current_version_and_keeps_the_old(
    minimal_text: str, write_playbook: Write
) -> None:
    _load(MINIMAL)
    first = Playbook.objects.get(slug="test-support-role").current_version
    assert first is not None
    changed = write_playbook(
        minimal_text.replace("title: Test Support Role", "title: Test Support Role (2025)")
    )

    lines = _load(changed)

    playbook = Playbook.objects.get(slug="test-support-role")
    assert playbook.current_version is not None
    second_hash = playbook.current_version.content_hash
    assert lines == [f"test-support-role: new version {second_hash[:12]}"]
    assert second_hash != first.content_hash
    assert playbook.title == "Test Support Role (2025)"
    versions = playbook_version_list(slug="test-support-role")
    assert [(version.content_hash, version.is_current) for version in versions] == [
        (second_hash, True),
        (first.content_hash, False),
    ]
    # The old version keeps its content for whatever was frozen from it.
    assert versions[1].spec.title == "Test Support Role"


def test_going_back_to_earlier_content_reuses_that_version(minimal_text: str, write_playbook: Write) -> None:
    _load(MINIMAL)
    first_hash = playbook_content_hash(playbook_content(parse_playbook_file(MINIMAL)))
    _load(write_playbook(minimal_text.replace("Test Support Role", "Renamed Role")))

    lines = _load(MINIMAL)

    assert lines == [f"test-support-role: current version set back to earlier version {first_hash[:12]}"]
    assert PlaybookVersion.objects.count() == 2
    version = playbook_get(slug="test-support-role")
    assert version is not None and version.content_hash == first_hash


def test_one_bad_file_loads_nothing_and_reports_every_bad_file(
    minimal_text: str, write_playbook: Write
) -> None:
    good = write_playbook(minimal_text, "good.yaml")
    bad = write_playbook(
        minimal_text.replace("slug: test-support-role", "slug: other-role").replace("best: b", "best: z"),
        "bad.yaml",
    )

    with pytest.raises(CommandError) as caught:
        _load(good, bad, BAD / "malformed.json")

    message = str(caught.value)
    assert message.startswith("2 playbook files failed validation; nothing was loaded.")
    assert (
        f"{bad}:" in message and "items[0].rubric.best: 'z' is not one of this item's option keys" in message
    )
    assert "assessments/tests/bad_playbooks/malformed.json:5: malformed JSON" in message
    assert not Playbook.objects.exists()
    assert not PlaybookVersion.objects.exists()


def test_two_files_with_the_same_playbook_slug_are_refused(minimal_text: str, write_playbook: Write) -> None:
    first = write_playbook(minimal_text, "one.yaml")
    second = write_playbook(minimal_text.replace("title: Test Support Role", "title: Copy"), "two.yaml")

    with pytest.raises(CommandError) as caught:
        _load(first, second)

    assert f"{second}: slug: duplicate playbook slug 'test-support-role': {first} has it too" in str(
        caught.value
    )
    assert not Playbook.objects.exists()


def test_a_directory_loads_every_playbook_file_in_it(
    minimal_text: str, write_playbook: Write, tmp_path: Path
) -> None:
    write_playbook(minimal_text, "folder/a.yaml")
    write_playbook(minimal_text.replace("slug: test-support-role", "slug: second-role"), "folder/b.yml")
    write_playbook("not a playbook", "folder/notes.txt")

    lines = _load(tmp_path / "folder")

    assert [line.split(":")[0] for line in lines] == ["test-support-role", "second-role"]


def test_a_missing_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="no such file or directory"):
        _load(tmp_path / "nowhere.yaml")
