"""The product's content: the three playbooks hold what recruiters are promised, by the slugs they use."""

from __future__ import annotations

from pathlib import Path

import pytest

from assessments.playbooks.schema import PlaybookSpec, parse_playbook_file

PLAYBOOKS = Path(__file__).resolve().parents[2] / "fixtures" / "playbooks"
FAMILIES = {"situational_judgment", "attention_to_detail", "written_communication", "technical_process"}

TSS_ITEMS = [
    "sjt-angry-customer", "sjt-conflicting-priorities", "sjt-unknown-issue", "sjt-policy-vs-demand",
    "sjt-repeated-issue", "sjt-premature-closure", "detail-multiple-requests", "detail-bounced-email",
    "detail-username-format", "detail-inconsistent-version", "writing-angry-customer-email",
    "writing-outage-announcement", "writing-clear-cache-instructions", "writing-ticket-resolution-note",
    "tech-wifi-first-step", "tech-admin-rights-request", "tech-bug-escalation", "tech-phishing-report",
]  # fmt: skip
TSS_RED_FLAGS = [
    "rudeness", "poor-communication", "weak-fundamentals", "policy-violation", "not-my-job",
    "blame-shifting", "unsafe-security",
]  # fmt: skip


def _spec(slug: str) -> PlaybookSpec:
    return parse_playbook_file(PLAYBOOKS / f"{slug}.yaml")


def test_technical_support_specialist_has_every_seed_item_and_red_flag() -> None:
    spec = _spec("technical-support-specialist")

    assert sorted(item.slug for item in spec.items) == sorted(TSS_ITEMS)
    assert sorted(flag.code for flag in spec.red_flags) == sorted(TSS_RED_FLAGS)
    assert len(spec.interview_questions) == 7


def test_seed_item_types_follow_the_seed() -> None:
    items = {item.slug: item for item in _spec("technical-support-specialist").items}

    assert {items[slug].type for slug in TSS_ITEMS if slug.startswith("sjt-")} == {"best_worst"}
    assert items["tech-bug-escalation"].type == "multi_select"
    assert items["tech-wifi-first-step"].type == "ordered_steps"
    assert {items[slug].type for slug in TSS_ITEMS if slug.startswith(("detail-", "writing-"))} <= {
        "short_text",
        "long_text",
    }


@pytest.mark.parametrize(
    "slug", ["technical-support-specialist", "it-support-specialist", "technical-support-technician"]
)
def test_each_default_blueprint_fits_thirty_minutes_and_covers_all_families(slug: str) -> None:
    spec = _spec(slug)
    items = {item.slug: item for item in spec.items}
    chosen = [items[item_slug] for item_slug in spec.blueprint.items]

    assert spec.blueprint.time_limit_minutes == 30
    assert sum(item.estimated_minutes for item in chosen) <= 30
    assert {item.family for item in chosen} == FAMILIES
    assert {item.family for item in spec.items} == FAMILIES
