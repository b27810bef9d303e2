from __future__ import annotations

from django.db import models


class ScoreReport(models.Model):
    """One scoring of one attempt under one rubric version: the engine's whole result, kept as written.

    One report per attempt and rubric version (the unique constraint is what makes scoring idempotent when
    a task runs twice). Rescoring under a changed rubric adds a report and keeps the old one, so what a
    hiring manager read stays readable. Never edited.
    """

    class Recommendation(models.TextChoices):
        STRONG_ADVANCE = "strong_advance", "Strong advance"
        ADVANCE = "advance", "Advance"
        HOLD = "hold", "Hold"
        DO_NOT_ADVANCE = "do_not_advance", "Do not advance"

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.PROTECT, related_name="score_reports"
    )
    attempt = models.ForeignKey("assessments.Attempt", on_delete=models.PROTECT, related_name="score_reports")
    # sha256 of the scoring input (`rubrics.engine.rubric_version_of`): the "rubric's content hash".
    rubric_version = models.CharField(max_length=64)
    engine_version = models.CharField(max_length=32)
    # `rubrics.engine.AttemptResult`, parsed from its canonical JSON (`result_to_json`).
    result = models.JSONField()
    # Copied out of `result` so that lists can sort and filter without reading it.
    overall = models.FloatField()
    recommendation = models.CharField(max_length=20, choices=Recommendation.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "rubric_version"], name="score_report_one_per_attempt_and_rubric_version"
            ),
        ]
        indexes = [models.Index(fields=["organization", "-created_at"], name="score_report_org_newest")]

    def __str__(self) -> str:
        return f"{self.overall:g} ({self.get_recommendation_display()}) @ {self.rubric_version[:12]}"
