from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from accounts.models import Membership, Organization, Role, TeamInvitation, User
from accounts.services import member_invite
from accounts.tests.factories import DEFAULT_TEST_PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(admin: Membership) -> Client:
    User.objects.filter(pk=admin.user.pk).update(is_staff=True, is_superuser=True)
    client = Client()
    client.force_login(admin.user)
    return client


def test_every_accounts_model_has_working_admin_pages(
    staff_client: Client, organization: Organization, admin: Membership, recruiter: Membership
) -> None:
    invitation, _token = member_invite(
        organization=organization, email="pending@example.com", role=Role.RECRUITER, invited_by=admin.user
    )
    pages = [
        reverse("admin:accounts_user_changelist"),
        reverse("admin:accounts_user_add"),
        reverse("admin:accounts_user_change", args=[admin.user.pk]),
        reverse("admin:accounts_organization_changelist"),
        reverse("admin:accounts_organization_change", args=[organization.pk]),
        reverse("admin:accounts_membership_changelist"),
        reverse("admin:accounts_teaminvitation_changelist"),
        reverse("admin:accounts_teaminvitation_change", args=[invitation.pk]),
    ]

    assert [staff_client.get(page).status_code for page in pages] == [200] * len(pages)
    organization_page = staff_client.get(
        reverse("admin:accounts_organization_change", args=[organization.pk])
    )
    assert "Rita Recruiter" in organization_page.content.decode()  # the memberships inline


def test_invitation_token_hash_is_read_only_in_admin(
    staff_client: Client, organization: Organization, admin: Membership
) -> None:
    invitation, _token = member_invite(
        organization=organization, email="pending@example.com", role=Role.RECRUITER, invited_by=admin.user
    )

    page = staff_client.get(
        reverse("admin:accounts_teaminvitation_change", args=[invitation.pk])
    ).content.decode()

    assert invitation.token_hash in page
    assert 'name="token_hash"' not in page
    assert staff_client.get(reverse("admin:accounts_teaminvitation_add")).status_code == 403
    assert TeamInvitation.objects.count() == 1


def test_admin_creates_a_user_who_signs_in_with_the_email(staff_client: Client) -> None:
    response = staff_client.post(
        reverse("admin:accounts_user_add"),
        {
            "email": "Fresh.Person@Example.com",
            "full_name": "Fresh Person",
            "usable_password": "true",
            "password1": DEFAULT_TEST_PASSWORD,
            "password2": DEFAULT_TEST_PASSWORD,
            "memberships-TOTAL_FORMS": "0",
            "memberships-INITIAL_FORMS": "0",
        },
    )

    assert response.status_code == 302, response.context["adminform"].form.errors
    assert Client().login(email="fresh.person@example.com", password=DEFAULT_TEST_PASSWORD)
