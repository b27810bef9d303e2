from __future__ import annotations

import re

import pytest
from django.core import mail
from django.core.management import call_command
from playwright.sync_api import Browser, Page, expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DEMO = {
    "admin": ("admin@demo.example", "demo-admin-2026!", "Admin"),
    "recruiter": ("recruiter@demo.example", "demo-recruiter-2026!", "Recruiter"),
    "hiring_manager": ("manager@demo.example", "demo-manager-2026!", "Hiring manager"),
    "interviewer": ("interviewer@demo.example", "demo-interviewer-2026!", "Interviewer"),
}


@pytest.fixture
def demo(live_server: object) -> None:
    call_command("demo_setup", "--force", stdout=open("/dev/null", "w"))  # noqa: SIM115


def _sign_in(page: Page, base_url: str, role: str) -> None:
    email, password, _label = DEMO[role]
    page.goto(f"{base_url}/login/")
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_test_id("role-badge")).to_be_visible()


def _has_no_horizontal_scroll(page: Page, width: int) -> bool:
    return bool(page.evaluate(f"document.documentElement.scrollWidth <= {width}"))


def _wider_than(page: Page, width: int) -> list[str]:
    """What sticks out to the right: makes a failure say which element to fix."""
    return list(
        page.evaluate(
            """(width) => [...document.querySelectorAll('body *')]
                .filter((element) => element.getBoundingClientRect().right > width + 0.5)
                .slice(0, 10)
                .map((element) => `${element.tagName.toLowerCase()}.${element.className}: `
                    + element.textContent.trim().slice(0, 40))""",
            width,
        )
    )


@pytest.mark.parametrize("role", list(DEMO))
def test_each_demo_role_lands_on_its_dashboard(page: Page, live_server, demo: None, role: str) -> None:
    _sign_in(page, live_server.url, role)

    assert page.url == f"{live_server.url}/"
    expect(page.get_by_role("heading", level=1)).to_have_text("Demo Hiring Co")
    expect(page.get_by_test_id("role-badge")).to_have_text(DEMO[role][2])
    nav = page.get_by_role("navigation", name="Main")
    expect(nav.get_by_role("link", name="Dashboard")).to_have_attribute("aria-current", "page")
    admin_links = [nav.get_by_role("link", name="Team"), nav.get_by_role("link", name="Audit log")]
    for link in admin_links:
        expect(link).to_have_count(1 if role == "admin" else 0)
    if role == "interviewer":
        expect(page.get_by_text("No interview is scheduled with you yet.")).to_be_visible()


def test_pages_fit_a_320px_screen_and_sign_in_works_with_the_keyboard(
    browser: Browser, live_server, demo: None
) -> None:
    context = browser.new_context(viewport={"width": 320, "height": 640})
    try:
        page = context.new_page()
        page.goto(f"{live_server.url}/login/")
        assert _has_no_horizontal_scroll(page, 320), _wider_than(page, 320)

        email, password, _label = DEMO["admin"]
        # The email field has focus on arrival; from there on, keys only.
        assert page.evaluate("document.activeElement.name") == "username"
        page.keyboard.type(email)
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.name") == "password"
        page.keyboard.type(password)
        page.keyboard.press("Enter")

        expect(page.get_by_test_id("role-badge")).to_have_text("Admin")
        for path in ("/", "/team/", "/team/invite/", "/audit/"):
            page.goto(f"{live_server.url}{path}")
            assert _has_no_horizontal_scroll(page, 320), (path, _wider_than(page, 320))
    finally:
        context.close()


def test_admin_invites_a_team_member_who_then_joins(
    browser: Browser, page: Page, live_server, demo: None
) -> None:
    _sign_in(page, live_server.url, "admin")

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Team").click()
    page.get_by_role("link", name="Invite a team member").click()
    page.get_by_label("Email address").fill("new.interviewer@example.com")
    page.get_by_label("Role").select_option("interviewer")
    page.get_by_role("button", name="Send the invitation").click()

    expect(page.get_by_text("Invitation sent to new.interviewer@example.com")).to_be_visible()
    invitations = page.get_by_role("table", name="Invitations not yet accepted")
    expect(invitations.get_by_role("row", name=re.compile("new.interviewer@example.com"))).to_contain_text(
        "Interviewer"
    )

    # The invitee opens the emailed link in their own browser and creates an account.
    assert len(mail.outbox) == 1
    link = re.search(r"https?://\S+/invitations/\S+/", str(mail.outbox[0].body))
    assert link is not None
    path = link.group(0).split("/invitations/", 1)[1]
    invitee = browser.new_context()
    try:
        invitee_page = invitee.new_page()
        invitee_page.goto(f"{live_server.url}/invitations/{path}")
        invitee_page.get_by_label("Full name").fill("Nina New")
        invitee_page.get_by_label("Choose a password").fill("orchard-lantern-31")
        invitee_page.get_by_label("Repeat the password").fill("orchard-lantern-31")
        invitee_page.get_by_role("button", name="Create my account and join").click()
        expect(invitee_page.get_by_text("Welcome to Demo Hiring Co")).to_be_visible()
        expect(invitee_page.get_by_test_id("role-badge")).to_have_text("Interviewer")
    finally:
        invitee.close()

    page.reload()
    expect(page.get_by_role("table", name="Invitations not yet accepted")).to_have_count(0)
    expect(page.get_by_role("row", name=re.compile("Nina New"))).to_be_visible()
