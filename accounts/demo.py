"""The demo organization that `manage.py demo_setup` creates: four people, one per role, known passwords.

The passwords are published in the README, so the command refuses to run unless DEBUG is on.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from accounts.models import Membership, Organization, Role, User
from accounts.selectors import user_get_by_email
from accounts.services import member_add, organization_create
from audit.services import audit_record
from audit.types import AuditActor

DEMO_ORGANIZATION_NAME = "Demo Hiring Co"
DEMO_ORGANIZATION_SLUG = "demo"


@dataclass(frozen=True)
class DemoAccount:
    role: Role
    email: str
    password: str
    full_name: str


DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount(Role.ADMIN, "admin@demo.example", "demo-admin-2026!", "Dana Admin"),
    DemoAccount(Role.RECRUITER, "recruiter@demo.example", "demo-recruiter-2026!", "Riley Recruiter"),
    DemoAccount(Role.HIRING_MANAGER, "manager@demo.example", "demo-manager-2026!", "Morgan Manager"),
    DemoAccount(Role.INTERVIEWER, "interviewer@demo.example", "demo-interviewer-2026!", "Ivy Interviewer"),
)


@dataclass(frozen=True)
class DemoSetupResult:
    organization: Organization
    changes: list[str]


@transaction.atomic
def demo_organization_ensure() -> DemoSetupResult:
    """Creates whatever of the demo is missing and repairs what drifted; a second run changes nothing.

    A demo password someone changed is set back, so the credentials printed are always the ones that work.
    """
    actor = AuditActor.system("demo_setup")
    changes: list[str] = []
    organization = Organization.objects.filter(slug=DEMO_ORGANIZATION_SLUG).first()
    if organization is None:
        organization = organization_create(name=DEMO_ORGANIZATION_NAME, slug=DEMO_ORGANIZATION_SLUG)
        changes.append(f"created organization {DEMO_ORGANIZATION_NAME}")

    for account in DEMO_ACCOUNTS:
        is_admin = account.role == Role.ADMIN
        user = user_get_by_email(email=account.email)
        if user is None:
            user = User.objects.create_user(
                account.email,
                account.password,
                full_name=account.full_name,
                is_staff=is_admin,
                is_superuser=is_admin,
            )
            changes.append(f"created user {account.email}")
        else:
            changed_fields = []
            if not user.check_password(account.password):
                user.set_password(account.password)
                changed_fields.append("password")
            for field, wanted in (("is_active", True), ("is_staff", is_admin), ("is_superuser", is_admin)):
                if getattr(user, field) != wanted:
                    setattr(user, field, wanted)
                    changed_fields.append(field)
            if changed_fields:
                user.save(update_fields=changed_fields)
                changes.append(f"reset {', '.join(changed_fields)} of {account.email}")

        membership = Membership.objects.filter(user=user, organization=organization).first()
        if membership is None:
            member_add(organization=organization, user=user, role=account.role, added_by=actor)
            changes.append(f"added {account.email} as {account.role.label}")
        elif membership.role != account.role:
            previous = membership.role
            membership.role = account.role
            membership.save(update_fields=["role"])
            audit_record(
                organization=organization,
                action="member.role_changed",
                actor=actor,
                target=membership,
                data={"email": user.email, "from": previous, "to": account.role.value},
            )
            changes.append(f"set the role of {account.email} back to {account.role.label}")
    return DemoSetupResult(organization=organization, changes=changes)
