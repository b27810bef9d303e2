from __future__ import annotations

from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client

from accounts.models import Membership, Organization, Role, User
from audit.selectors import audit_chain_verify, audit_event_list

pytestmark = pytest.mark.django_db

DEMO_CREDENTIALS = {
    "admin@demo.example": ("demo-admin-2026!", Role.ADMIN),
    "recruiter@demo.example": ("demo-recruiter-2026!", Role.RECRUITER),
    "manager@demo.example": ("demo-manager-2026!", Role.HIRING_MANAGER),
    "interviewer@demo.example": ("demo-interviewer-2026!", Role.INTERVIEWER),
}


def _run(*args: str) -> str:
    out = StringIO()
    call_command("demo_setup", *args, stdout=out)
    return out.getvalue()


def _snapshot() -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = list(Organization.objects.values_list("pk", "name", "slug"))
    rows += list(
        User.objects.order_by("pk").values_list("pk", "email", "password", "is_staff", "is_superuser")
    )
    rows += list(Membership.objects.order_by("pk").values_list("pk", "user_id", "organization_id", "role"))
    return rows


def test_demo_setup_refuses_to_run_without_debug(settings) -> None:
    settings.DEBUG = False

    with pytest.raises(CommandError, match="runs only when DEBUG is true"):
        _run()

    assert not Organization.objects.exists()


def test_demo_setup_creates_the_four_roles_and_prints_working_credentials() -> None:
    output = _run("--force")

    organization = Organization.objects.get(slug="demo")
    assert organization.name == "Demo Hiring Co"
    for email, (password, role) in DEMO_CREDENTIALS.items():
        assert email in output
        assert password in output
        assert Membership.objects.get(organization=organization, user__email=email).role == role
        assert Client().login(email=email, password=password), email
    assert f"{settings.SITE_URL}/login/" in output
    admin = User.objects.get(email="admin@demo.example")
    assert admin.is_staff and admin.is_superuser
    assert not User.objects.get(email="recruiter@demo.example").is_staff
    assert audit_chain_verify(organization=organization).ok


def test_demo_setup_twice_changes_nothing_and_prints_the_same_credentials() -> None:
    first = _run("--force")
    before = _snapshot()
    events_before = audit_event_list(organization=Organization.objects.get(slug="demo")).count()

    second = _run("--force")

    assert _snapshot() == before
    assert audit_event_list(organization=Organization.objects.get(slug="demo")).count() == events_before
    assert "nothing changed" in second
    table = first[first.index("Role") :]
    assert second[second.index("Role") :] == table


def test_demo_setup_puts_back_a_changed_demo_password_and_role() -> None:
    _run("--force")
    recruiter = User.objects.get(email="recruiter@demo.example")
    recruiter.set_password("something-else-entirely")
    recruiter.save()
    Membership.objects.filter(user=recruiter).update(role=Role.INTERVIEWER)

    output = _run("--force")

    assert "reset password of recruiter@demo.example" in output
    assert Client().login(email="recruiter@demo.example", password="demo-recruiter-2026!")
    assert Membership.objects.get(user=recruiter).role == Role.RECRUITER
