from __future__ import annotations

import re

import pytest
from django.conf import settings
from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.test import Client
from django.urls import reverse

from accounts.middleware import SESSION_ORGANIZATION_KEY
from accounts.models import Membership, Organization, Role, TeamInvitation, User
from accounts.services import member_invite
from accounts.tests.factories import (
    DEFAULT_TEST_PASSWORD,
    MembershipFactory,
    OrganizationFactory,
    UserFactory,
)
from audit.selectors import audit_event_list

pytestmark = pytest.mark.django_db


def _client_for(membership: Membership) -> Client:
    client = Client()
    client.force_login(membership.user)
    return client


# Sign in, sign out, password reset -------------------------------------------------------------------


def test_login_with_email_lands_on_the_dashboard_and_is_audited(client: Client, admin: Membership) -> None:
    response = client.post(
        reverse("accounts:login"),
        {"username": admin.user.email.upper(), "password": DEFAULT_TEST_PASSWORD},
        REMOTE_ADDR="203.0.113.7",
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:dashboard")
    event = audit_event_list(organization=admin.organization).first()
    assert event is not None
    assert (event.action, event.actor_user_id, event.ip) == ("user.logged_in", admin.user.pk, "203.0.113.7")


def test_login_with_a_wrong_password_says_so_and_is_not_audited(client: Client, admin: Membership) -> None:
    response = client.post(reverse("accounts:login"), {"username": admin.user.email, "password": "wrong"})

    assert response.status_code == 200
    assert "do not match an account" in response.content.decode()
    assert not audit_event_list(organization=admin.organization).exists()


def test_logout_is_a_post_signs_out_and_is_audited(admin: Membership) -> None:
    client = _client_for(admin)

    response = client.post(reverse("accounts:logout"))

    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:login")
    assert client.get(reverse("accounts:dashboard")).status_code == 302  # signed out
    event = audit_event_list(organization=admin.organization).first()
    assert event is not None
    assert (event.action, event.actor_user_id) == ("user.logged_out", admin.user.pk)


def test_password_reset_end_to_end_with_the_emailed_link(
    client: Client, admin: Membership, django_capture_on_commit_callbacks
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("accounts:password_reset"), {"email": admin.user.email})
    assert response["Location"] == reverse("accounts:password_reset_done")

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert isinstance(message, EmailMultiAlternatives)
    assert message.to == [admin.user.email]
    assert message.alternatives[0][1] == "text/html"
    match = re.search(re.escape(settings.SITE_URL) + r"(/reset/\S+/\S+/)", str(message.body))
    assert match is not None, message.body
    link_path = match.group(1)

    form_page = client.get(link_path, follow=True)
    assert "Choose a new password" in form_page.content.decode()
    new_password = "brand-new-passphrase-77"
    done = client.post(
        form_page.redirect_chain[-1][0], {"new_password1": new_password, "new_password2": new_password}
    )
    assert done["Location"] == reverse("accounts:password_reset_complete")

    assert Client().login(email=admin.user.email, password=new_password)
    assert not Client().login(email=admin.user.email, password=DEFAULT_TEST_PASSWORD)
    # The link works once.
    assert "no longer works" in client.get(link_path, follow=True).content.decode()


def test_password_reset_for_an_unknown_address_sends_nothing_and_reveals_nothing(
    client: Client, django_capture_on_commit_callbacks
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("accounts:password_reset"), {"email": "nobody@example.com"})

    assert response["Location"] == reverse("accounts:password_reset_done")
    assert mail.outbox == []


# role_required -------------------------------------------------------------------------------------------


def test_anonymous_visitors_are_sent_to_sign_in(client: Client) -> None:
    response = client.get(reverse("accounts:team"))

    assert response.status_code == 302
    assert response["Location"] == f"{reverse('accounts:login')}?next={reverse('accounts:team')}"


def test_a_recruiter_gets_a_helpful_403_on_admin_pages(recruiter: Membership) -> None:
    client = _client_for(recruiter)

    for name in ("accounts:team", "accounts:team_invite", "accounts:audit_log"):
        response = client.get(reverse(name))
        assert response.status_code == 403
        page = response.content.decode()
        assert "This page is for admins" in page
        assert "You are signed in as recruiter of Northwind Support" in page


def test_a_user_without_membership_is_told_to_ask_for_an_invitation() -> None:
    client = Client()
    client.force_login(UserFactory.create())

    response = client.get(reverse("accounts:dashboard"))

    assert response.status_code == 403
    assert "You are not a member of any organization yet" in response.content.decode()
    assert "ask your admin for an invitation" in response.content.decode().lower()


def test_navigation_shows_admin_pages_to_admins_only(admin: Membership, recruiter: Membership) -> None:
    admin_page = _client_for(admin).get(reverse("accounts:dashboard")).content.decode()
    recruiter_page = _client_for(recruiter).get(reverse("accounts:dashboard")).content.decode()

    assert reverse("accounts:audit_log") in admin_page
    assert reverse("accounts:team") in admin_page
    assert reverse("accounts:audit_log") not in recruiter_page
    assert reverse("accounts:team") not in recruiter_page


# Team pages -------------------------------------------------------------------------------------------


def test_admin_invites_from_the_team_page(admin: Membership, django_capture_on_commit_callbacks) -> None:
    client = _client_for(admin)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("accounts:team_invite"),
            {"email": "hire@example.com", "role": Role.INTERVIEWER},
            follow=True,
        )

    page = response.content.decode()
    assert "Invitation sent to hire@example.com" in page
    assert "hire@example.com" in page.split("Open invitations")[1]
    assert mail.outbox[0].to == ["hire@example.com"]


def test_invite_form_shows_the_refusal_next_to_the_email(admin: Membership, recruiter: Membership) -> None:
    response = _client_for(admin).post(
        reverse("accounts:team_invite"), {"email": recruiter.user.email, "role": Role.RECRUITER}
    )

    assert response.status_code == 200
    assert "already is a member" in response.content.decode()
    assert 'aria-invalid="true"' in response.content.decode()


def test_admin_changes_a_role_and_removes_a_member(admin: Membership, recruiter: Membership) -> None:
    client = _client_for(admin)

    client.post(reverse("accounts:member_change_role", args=[recruiter.pk]), {"role": Role.HIRING_MANAGER})
    recruiter.refresh_from_db()
    assert recruiter.role == Role.HIRING_MANAGER

    confirm = client.get(reverse("accounts:member_remove", args=[recruiter.pk]))
    assert "Remove from the team" in confirm.content.decode()
    assert Membership.objects.filter(pk=recruiter.pk).exists()  # GET only asks
    client.post(reverse("accounts:member_remove", args=[recruiter.pk]))
    assert not Membership.objects.filter(pk=recruiter.pk).exists()


def test_last_admin_protection_is_explained_on_the_team_page(admin: Membership) -> None:
    response = _client_for(admin).post(
        reverse("accounts:member_change_role", args=[admin.pk]), {"role": Role.RECRUITER}, follow=True
    )

    assert "is the only admin of Northwind Support" in response.content.decode()
    admin.refresh_from_db()
    assert admin.role == Role.ADMIN


def test_admin_of_another_organization_gets_404_for_this_organizations_team(
    organization: Organization, admin: Membership, recruiter: Membership
) -> None:
    invitation, _token = member_invite(
        organization=organization, email="pending@example.com", role=Role.RECRUITER, invited_by=admin.user
    )
    outsider = MembershipFactory.create(
        organization=OrganizationFactory.create(name="Other Co"), role=Role.ADMIN
    )
    client = _client_for(outsider)

    responses = [
        client.post(reverse("accounts:member_change_role", args=[recruiter.pk]), {"role": Role.ADMIN}),
        client.get(reverse("accounts:member_remove", args=[recruiter.pk])),
        client.post(reverse("accounts:member_remove", args=[recruiter.pk])),
        client.post(reverse("accounts:invitation_revoke", args=[invitation.pk])),
    ]

    assert [response.status_code for response in responses] == [404, 404, 404, 404]
    recruiter.refresh_from_db()
    invitation.refresh_from_db()
    assert recruiter.role == Role.RECRUITER
    assert invitation.revoked_at is None


def test_team_page_query_count_does_not_grow_with_the_team(
    organization: Organization, admin: Membership, django_assert_max_num_queries
) -> None:
    MembershipFactory.create_batch(25, organization=organization)
    client = _client_for(admin)

    with django_assert_max_num_queries(12):
        response = client.get(reverse("accounts:team"))

    assert response.content.decode().count("Change<span") == 26


# Invitation acceptance ----------------------------------------------------------------------------------


def test_a_new_person_accepts_an_invitation_and_is_signed_in(
    client: Client, organization: Organization, admin: Membership
) -> None:
    _invitation, token = member_invite(
        organization=organization, email="newcomer@example.com", role=Role.RECRUITER, invited_by=admin.user
    )
    url = reverse("accounts:invitation_accept", args=[token])
    assert "Create my account and join" in client.get(url).content.decode()

    response = client.post(
        url,
        {
            "full_name": "Nora Newcomer",
            "password1": "lighthouse-marmalade-9",
            "password2": "lighthouse-marmalade-9",
        },
        follow=True,
    )

    page = response.content.decode()
    assert "Welcome to Northwind Support" in page
    assert "Recruiter" in page
    assert User.objects.get(email="newcomer@example.com").full_name == "Nora Newcomer"


def test_an_existing_account_is_asked_to_sign_in_before_joining(
    client: Client, organization: Organization, admin: Membership
) -> None:
    veteran = MembershipFactory.create(user__email="veteran@example.com").user
    _invitation, token = member_invite(
        organization=organization, email="veteran@example.com", role=Role.RECRUITER, invited_by=admin.user
    )
    url = reverse("accounts:invitation_accept", args=[token])

    page = client.get(url).content.decode()
    assert "Sign in as veteran@example.com" in page
    assert "password1" not in page

    client.force_login(veteran)
    client.post(url)
    assert Membership.objects.filter(user=veteran, organization=organization).exists()
    assert client.session[SESSION_ORGANIZATION_KEY] == organization.pk


def test_a_used_or_unknown_invitation_link_says_so(
    client: Client, organization: Organization, admin: Membership
) -> None:
    invitation, token = member_invite(
        organization=organization, email="gone@example.com", role=Role.RECRUITER, invited_by=admin.user
    )
    TeamInvitation.objects.filter(pk=invitation.pk).update(accepted_at=invitation.created_at)

    response = client.get(reverse("accounts:invitation_accept", args=[token]))

    assert response.status_code == 410
    assert "already been used" in response.content.decode()
    assert client.get(reverse("accounts:invitation_accept", args=["not-a-token"])).status_code == 404


# Organization switcher ----------------------------------------------------------------------------------


def test_a_member_of_two_organizations_switches_between_them(admin: Membership) -> None:
    second = MembershipFactory.create(
        user=admin.user, organization=OrganizationFactory.create(name="Zeta Labs")
    )
    client = _client_for(admin)
    assert "Zeta Labs" in client.get(reverse("accounts:dashboard")).content.decode()  # in the switcher

    client.post(reverse("accounts:organization_switch"), {"organization_id": second.organization_id})

    page = client.get(reverse("accounts:dashboard")).content.decode()
    assert "<h1>Zeta Labs</h1>" in page
    assert ">Recruiter<" in page


def test_switching_to_an_organization_you_do_not_belong_to_is_404(admin: Membership) -> None:
    other = OrganizationFactory.create()

    response = _client_for(admin).post(reverse("accounts:organization_switch"), {"organization_id": other.pk})

    assert response.status_code == 404


# Dashboards -------------------------------------------------------------------------------------------


def test_admin_dashboard_shows_real_counts_invitations_and_events(
    organization: Organization, admin: Membership, recruiter: Membership, interviewer: Membership
) -> None:
    MembershipFactory.create(organization=organization, role=Role.RECRUITER)
    member_invite(
        organization=organization, email="soon@example.com", role=Role.HIRING_MANAGER, invited_by=admin.user
    )

    page = _client_for(admin).get(reverse("accounts:dashboard")).content.decode()

    stats = re.findall(r'<span class="stat">(\d+)</span> <span>([^<]+)</span>', page)
    assert stats == [("1", "Admin"), ("2", "Recruiters"), ("0", "Hiring managers"), ("1", "Interviewer")]
    assert "soon@example.com" in page
    assert "member.invited" in page
    assert "Rita Recruiter" in page


def test_recruiter_dashboard_shows_the_team_and_team_changes(
    organization: Organization, admin: Membership, recruiter: Membership, manager: Membership
) -> None:
    member_invite(
        organization=organization, email="soon@example.com", role=Role.INTERVIEWER, invited_by=admin.user
    )

    page = _client_for(recruiter).get(reverse("accounts:dashboard")).content.decode()

    assert "Northwind Support" in page
    assert 'data-testid="role-badge">Recruiter<' in page
    assert "Max Manager" in page
    assert "Ada Admin" in page
    assert "member.invited" in page
    assert "soon@example.com" in page


def test_interviewer_dashboard_has_an_honest_empty_state(
    interviewer: Membership, recruiter: Membership, manager: Membership
) -> None:
    page = _client_for(interviewer).get(reverse("accounts:dashboard")).content.decode()

    assert "No interview is scheduled with you yet." in page
    assert 'data-testid="role-badge">Interviewer<' in page
    assert "Rita Recruiter" in page
    assert "Max Manager" in page


def test_audit_log_lists_events_newest_first_with_chain_status(
    organization: Organization, admin: Membership
) -> None:
    for number in range(3):
        member_invite(
            organization=organization,
            email=f"p{number}@example.com",
            role=Role.RECRUITER,
            invited_by=admin.user,
        )

    client = _client_for(admin)
    page = client.get(reverse("accounts:audit_log")).content.decode()
    assert "Verify the chain" in page
    assert "Chain intact" not in page  # verifying reads the whole log: only when asked

    page = client.get(reverse("accounts:audit_log"), {"verify": "1"}).content.decode()

    assert "Chain intact" in page
    assert "All 3 events checked" in page
    assert page.index("p2@example.com") < page.index("p0@example.com")


def test_failed_sign_ins_are_limited_per_account_with_a_clear_429(client: Client, admin: Membership) -> None:
    for _ in range(10):
        response = client.post(reverse("accounts:login"), {"username": admin.user.email, "password": "wrong"})
        assert response.status_code == 200

    refused = client.post(
        reverse("accounts:login"), {"username": admin.user.email, "password": DEFAULT_TEST_PASSWORD}
    )
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) >= 60
    assert "Too many failed sign-in attempts" in refused.content.decode()
    assert "_auth_user_id" not in client.session  # even the right password waits out the window

    other = UserFactory.create(email="someone.else@example.com")
    allowed = Client().post(
        reverse("accounts:login"), {"username": other.email, "password": DEFAULT_TEST_PASSWORD}
    )
    assert allowed.status_code == 302  # another account from another client is not affected


def test_failed_sign_ins_are_limited_per_ip_across_accounts(client: Client) -> None:
    for number in range(50):
        client.post(
            reverse("accounts:login"),
            {"username": f"guess{number}@example.com", "password": "wrong"},
            REMOTE_ADDR="198.51.100.9",
        )
    refused = client.post(
        reverse("accounts:login"),
        {"username": "guess-new@example.com", "password": "wrong"},
        REMOTE_ADDR="198.51.100.9",
    )
    assert refused.status_code == 429


def test_a_successful_sign_in_clears_the_accounts_failures(client: Client, admin: Membership) -> None:
    for _ in range(9):
        client.post(reverse("accounts:login"), {"username": admin.user.email, "password": "wrong"})
    ok = client.post(
        reverse("accounts:login"), {"username": admin.user.email, "password": DEFAULT_TEST_PASSWORD}
    )
    assert ok.status_code == 302
    client.post(reverse("accounts:logout"))
    for _ in range(9):
        response = client.post(reverse("accounts:login"), {"username": admin.user.email, "password": "wrong"})
        assert response.status_code == 200
