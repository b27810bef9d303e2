"""Helpers of the candidate browser tests (tests/browser/test_candidate_*.py): an invitation with a real
link, answering each answer type the way a candidate does, and the axe-core accessibility check."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import Page, expect

from accounts.tests.factories import OrganizationFactory
from assessments.models import AssessmentVersion, Attempt, Playbook
from assessments.services import assessment_version_freeze, attempt_create, attempt_link_issue
from tests.scoring.conftest import PLAYBOOK_DIRECTORY, TSS

AXE = Path(__file__).resolve().parents[1] / "browser" / "vendor" / "axe.min.js"


@dataclass
class BrowserInvitation:
    attempt: Attempt
    token: str
    url: str

    def refreshed(self) -> Attempt:
        self.attempt.refresh_from_db()
        return self.attempt


def invitation(
    base_url: str,
    *,
    time_limit_seconds: int = 1800,
    grace_seconds: int = 30,
    accommodation_seconds: int = 0,
) -> BrowserInvitation:
    call_command("load_playbooks", str(PLAYBOOK_DIRECTORY), stdout=open("/dev/null", "w"))  # noqa: SIM115
    organization = OrganizationFactory.create(name="Northwind Support", slug="northwind")
    playbook_version = Playbook.objects.get(slug=TSS).current_version
    assert playbook_version is not None
    version: AssessmentVersion = assessment_version_freeze(
        organization=organization,
        playbook_version=playbook_version,
        item_slugs=None,
        time_limit_seconds=time_limit_seconds,
        grace_seconds=grace_seconds,
    )
    attempt = attempt_create(
        organization=organization,
        assessment_version=version,
        candidate_label="Grace Hopper",
        accommodation_seconds=accommodation_seconds,
        contact_name="Rita Recruiter",
        contact_email="rita@northwind.example",
        candidate_email="grace@example.com",
    )
    token = attempt_link_issue(attempt_id=attempt.pk, valid_until=timezone.now() + timedelta(days=7))
    attempt.refresh_from_db()
    return BrowserInvitation(attempt=attempt, token=token, url=f"{base_url}/a/{token}/")


def start(page: Page, invitation: BrowserInvitation) -> None:
    page.goto(invitation.url)
    page.get_by_label("I consent").check()
    page.get_by_role("button", name="Start").click()
    expect(page.get_by_role("link", name="Review and submit")).to_be_visible()
    expect(saved_status(page)).to_have_attribute("data-state", "saved")


def saved_status(page: Page) -> Any:
    return page.locator("[data-save-status]")


def wait_saved(page: Page) -> None:
    expect(saved_status(page)).to_have_attribute("data-state", "saved")


def go_to(page: Page, number: int, title: str) -> None:
    page.get_by_role("navigation", name="Questions").get_by_role("link", name=f"{number}. {title}").click()


def panel(page: Page, slug: str) -> Any:
    return page.locator(f"#q-{slug}")


def serious_accessibility_violations(page: Page) -> list[dict[str, Any]]:
    """axe-core's serious and critical violations on the page as it is now (WCAG 2.x A and AA rules)."""
    page.add_script_tag(path=str(AXE))
    violations: list[dict[str, Any]] = page.evaluate(
        """async () => {
            const result = await axe.run(document, {
                runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]},
                resultTypes: ["violations"],
            });
            return result.violations.map((violation) => ({
                id: violation.id,
                impact: violation.impact,
                help: violation.help,
                nodes: violation.nodes.slice(0, 5).map((node) => node.target.join(" ")),
            }));
        }"""
    )
    return [violation for violation in violations if violation["impact"] in ("serious", "critical")]


def wider_than(page: Page, width: int) -> list[str]:
    """What sticks out to the right of a `width`-pixel window (empty when nothing does): names the culprit."""
    if page.evaluate(f"document.documentElement.scrollWidth <= {width}"):
        return []
    return list(
        page.evaluate(
            """(width) => [...document.querySelectorAll('body *')]
                .filter((element) => element.getBoundingClientRect().right > width + 0.5)
                .slice(0, 10)
                .map((element) => `${element.tagName.toLowerCase()}.${element.className}: `
                    + element.textContent.trim().slice(0, 40))""",
            width,
        )
    ) or ["the page is wider than the window"]
