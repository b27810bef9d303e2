"""Decisions hiring managers record on a candidate's report (issue 7)."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Decision(models.Model):
    """One decision on an application: advance, hold or reject, with the reason. Never edited: a changed
    mind is a new decision, and the report shows the newest with the ones before it."""

    class Outcome(models.TextChoices):
        ADVANCE = "advance", "Advance"
        HOLD = "hold", "Hold"
        REJECT = "reject", "Reject"

    organization = models.ForeignKey("accounts.Organization", on_delete=models.PROTECT, related_name="+")
    application = models.ForeignKey(
        "candidates.Application", on_delete=models.CASCADE, related_name="report_decisions"
    )
    outcome = models.CharField(max_length=20, choices=Outcome.choices)
    reason = models.TextField()
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_by_label = models.CharField(max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["application", "-created_at"], name="decision_application_newest")]

    def __str__(self) -> str:
        return f"{self.get_outcome_display()}: {self.reason[:40]}"
