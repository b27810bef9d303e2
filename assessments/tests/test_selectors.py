"""Reading the library: search over titles, skills and item text; filters by item family and competency."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from assessments.playbooks.schema import parse_playbook_file
from assessments.selectors import (
    playbook_competency_choices,
    playbook_get,
    playbook_item_list,
    playbook_list,
)
from assessments.services import playbook_files_load
from assessments.tests.conftest import MINIMAL

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_playbooks(minimal_text: str, write_playbook: Callable[..., Path]) -> None:
    second = (
        minimal_text.replace("slug: test-support-role", "slug: help-desk-role")
        .replace("title: Test Support Role", "title: Help Desk Role")
        .replace("compnay.com", "exampel.org")
        .replace(
            "name: Troubleshooting\n      description: Diagnoses", "name: Patching\n      description: Keeps"
        )
    )
    playbook_files_load(paths=[MINIMAL, write_playbook(second, "second.yaml")])


def _listed(**filters: str) -> dict[str, list[str]]:
    return {
        summary.slug: [item.slug for item in summary.matching_items] for summary in playbook_list(**filters)
    }


def test_without_filters_every_playbook_is_listed_by_title(two_playbooks: None) -> None:
    summaries = playbook_list()

    assert [summary.title for summary in summaries] == ["Help Desk Role", "Test Support Role"]
    first = summaries[1]
    assert (first.item_count, first.blueprint_minutes, first.time_limit_minutes) == (6, 16, 30)
    assert (first.level_label, first.function) == ("Entry level", "Customer Service")
    assert all(not summary.matching_items for summary in summaries)


def test_search_finds_item_text_and_names_the_matching_items(two_playbooks: None) -> None:
    assert _listed(search="COMPNAY") == {"test-support-role": ["detail-bounce"]}


def test_search_finds_a_skill_of_the_playbook(two_playbooks: None) -> None:
    assert _listed(search="patching") == {"help-desk-role": []}


def test_every_word_of_a_search_must_match(two_playbooks: None) -> None:
    assert _listed(search="bounce exampel") == {"help-desk-role": ["detail-bounce"]}
    assert _listed(search="bounce nowhere") == {}


def test_family_filter_lists_that_familys_items(two_playbooks: None) -> None:
    assert _listed(family="technical_process") == {
        "help-desk-role": ["tech-wifi", "tech-bug-escalation"],
        "test-support-role": ["tech-wifi", "tech-bug-escalation"],
    }


def test_competency_filter_lists_the_items_that_evidence_it(two_playbooks: None) -> None:
    assert _listed(competency="integrity")["test-support-role"] == ["sjt-policy"]
    assert _listed(competency="no-such-competency") == {}


def test_search_and_filter_combine(two_playbooks: None) -> None:
    assert _listed(search="wi-fi", family="attention_to_detail") == {}
    assert _listed(search="wi-fi", family="technical_process", competency="troubleshooting") == {
        "help-desk-role": ["tech-wifi"],
        "test-support-role": ["tech-wifi"],
    }


def test_item_list_across_playbooks(two_playbooks: None) -> None:
    items = playbook_item_list(family="written_communication")

    assert [(item.playbook_slug, item.slug, item.family_label) for item in items] == [
        ("help-desk-role", "writing-outage", "Written communication"),
        ("test-support-role", "writing-outage", "Written communication"),
    ]
    assert [item.slug for item in playbook_item_list(playbook_slug="help-desk-role", search="exampel")] == [
        "detail-bounce"
    ]


def test_competency_choices_are_named_and_unique(two_playbooks: None) -> None:
    assert playbook_competency_choices() == [
        ("attention-to-detail", "Attention to detail"),
        ("communication", "Communication"),
        ("integrity", "Integrity"),
        ("troubleshooting", "Troubleshooting"),
    ]


def test_playbook_get_parses_the_current_version_back(two_playbooks: None) -> None:
    version = playbook_get(slug="test-support-role")

    assert version is not None and version.is_current
    assert version.spec == parse_playbook_file(MINIMAL)
    assert playbook_get(slug="no-such-playbook") is None
