"""`manage.py verify_audit [--organization SLUG]`: recomputes each organization's audit chain and names the
first broken link. Exits with status 1 when any chain is broken, so it can run from cron or CI."""

from __future__ import annotations

from typing import Any

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError, CommandParser

from audit.models import AuditChainHead, AuditEvent
from audit.selectors import audit_chain_verify


class Command(BaseCommand):
    help = "Checks that no audit event was changed, removed or reordered, organization by organization."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--organization", metavar="SLUG", help="Check only this organization.")

    def handle(self, *args: Any, **options: Any) -> None:
        # The audit app sits below accounts and cannot import it; the model is only needed for names.
        organization_model = apps.get_model("accounts", "Organization")
        slug = options.get("organization")
        if slug:
            organization = organization_model._default_manager.filter(slug=slug).first()
            if organization is None:
                raise CommandError(f"No organization has the short name “{slug}”.")
            organizations = [organization]
        else:
            # Every organization with a chain, including one whose chain head or events alone are left.
            ids = set(AuditChainHead.objects.values_list("organization_id", flat=True))
            ids |= set(AuditEvent.objects.order_by().values_list("organization_id", flat=True).distinct())
            organizations = list(organization_model._default_manager.filter(pk__in=ids).order_by("slug"))
            if not organizations:
                self.stdout.write("No audit events yet: nothing to check.")
                return

        broken = 0
        for organization in organizations:
            verdict = audit_chain_verify(organization=organization)
            if verdict.ok:
                count = verdict.events_checked
                self.stdout.write(
                    self.style.SUCCESS("OK")
                    + f"  {organization.slug}: {count} event{'s' if count != 1 else ''}, chain intact"
                )
            else:
                broken += 1
                self.stdout.write(self.style.ERROR("BROKEN") + f"  {organization.slug}: {verdict.problem}")
        if broken:
            chains = "audit chains are" if len(organizations) != 1 else "audit chain is"
            raise CommandError(
                f"{broken} of {len(organizations)} {chains} broken: keep a copy of the database as it is "
                "and find out who changed it."
            )
