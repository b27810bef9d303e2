from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management import call_command, get_commands
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.urls import reverse

from accounts.demo import DEMO_ACCOUNTS, demo_organization_ensure


class Command(BaseCommand):
    help = (
        "Creates the demo organization 'Demo Hiring Co' with an admin, a recruiter, a hiring manager and an "
        "interviewer, and prints their sign-in details. Safe to run again. Only when DEBUG is true."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even when DEBUG is false (tests). The demo passwords are public: never on a real site.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEBUG and not options["force"]:
            raise CommandError(
                "demo_setup creates accounts whose passwords are published, so it runs only when DEBUG is "
                "true. Set DEBUG=true for local development (or pass --force if you are sure)."
            )
        # The playbook library arrives with the assessments app; the demo uses it when it is there.
        if "load_playbooks" in get_commands():
            call_command("load_playbooks", stdout=self.stdout, stderr=self.stderr)

        result = demo_organization_ensure()
        if result.changes:
            self.stdout.write(
                f"Demo organization {result.organization.name}: " + "; ".join(result.changes) + "."
            )
        else:
            self.stdout.write(
                f"Demo organization {result.organization.name} is already set up: nothing changed."
            )

        rows = [("Role", "Email", "Password")] + [
            (str(account.role.label), account.email, account.password) for account in DEMO_ACCOUNTS
        ]
        widths = [max(len(row[column]) for row in rows) for column in range(3)]
        self.stdout.write("")
        for index, row in enumerate(rows):
            self.stdout.write(
                "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
            )
            if index == 0:
                self.stdout.write("  ".join("-" * width for width in widths))
        self.stdout.write("")
        self.stdout.write(f"Sign in at {settings.SITE_URL}{reverse('accounts:login')}")
        self.stdout.write(
            "The admin can also open Django admin at " + f"{settings.SITE_URL}{reverse('admin:index')}"
        )
