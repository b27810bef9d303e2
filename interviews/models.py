"""Interviews of an application, the people interviewing, and their scorecards with every submitted version.

A scorecard is the interviewer's own until they submit it: a draft (autosaved) that no one else reads.
Submitting writes version 1 and locks it; an amendment writes the next version, so what a hiring manager
read stays readable (`ScorecardVersion` rows are never edited).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Recommendation(models.TextChoices):
    STRONG_NO = "strong_no", "Strong no"
    NO = "no", "No"
    YES = "yes", "Yes"
    STRONG_YES = "strong_yes", "Strong yes"


class Interview(models.Model):
    """One structured interview of one application, at one time, with one or more interviewers."""

    organization = models.ForeignKey("accounts.Organization", on_delete=models.PROTECT, related_name="+")
    application = models.ForeignKey(
        "candidates.Application", on_delete=models.CASCADE, related_name="interviews"
    )
    scheduled_at = models.DateTimeField()
    duration_minutes = models.PositiveIntegerField(default=45)
    # scheduled_at + duration, stored so that the scorecard reminder finds ended interviews in one query.
    ends_at = models.DateTimeField()
    # The time zone the scheduler chose: the email and the page show the time in it beside UTC.
    time_zone = models.CharField(max_length=64, default="UTC")
    meeting_url = models.URLField(max_length=500, blank=True)
    interviewers = models.ManyToManyField(
        "accounts.Membership", through="InterviewAssignment", related_name="interviews"
    )
    scheduled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["scheduled_at", "id"]
        indexes = [
            models.Index(fields=["organization", "scheduled_at"], name="interview_org_time"),
            models.Index(fields=["ends_at"], name="interview_ends_at"),
        ]

    def __str__(self) -> str:
        return f"Interview {self.pk} at {self.scheduled_at:%Y-%m-%d %H:%M} UTC"


class InterviewAssignment(models.Model):
    """One interviewer on one interview: when they were invited and last reminded of their scorecard."""

    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="assignments")
    membership = models.ForeignKey("accounts.Membership", on_delete=models.CASCADE, related_name="+")
    invited_at = models.DateTimeField(null=True, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["interview", "membership"], name="interview_assignment_once"),
        ]

    def __str__(self) -> str:
        return f"{self.membership_id} on interview {self.interview_id}"


class Scorecard(models.Model):
    """One interviewer's scorecard for one interview: the current content, a draft until submitted.

    `ratings` maps question slug to {"rating": 1-5 or null, "notes": text}; `red_flags` maps a ticked red
    flag's code to its note.
    """

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        SUBMITTED = "submitted", "Submitted"

    organization = models.ForeignKey("accounts.Organization", on_delete=models.PROTECT, related_name="+")
    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="scorecards")
    interviewer = models.ForeignKey("accounts.Membership", on_delete=models.PROTECT, related_name="+")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.DRAFT)
    ratings = models.JSONField(default=dict, blank=True)
    red_flags = models.JSONField(default=dict, blank=True)
    recommendation = models.CharField(max_length=20, choices=Recommendation.choices, blank=True)
    summary = models.TextField(blank=True)
    # The number of the latest submitted version (0 while a draft).
    version = models.PositiveIntegerField(default=0)
    draft_saved_at = models.DateTimeField(null=True, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["interview", "interviewer"], name="scorecard_one_per_interviewer"
            ),
        ]

    def __str__(self) -> str:
        return f"Scorecard {self.pk} ({self.get_status_display()}, version {self.version})"


class ScorecardVersion(models.Model):
    """A submitted scorecard as it was at one submission or amendment. Never edited."""

    scorecard = models.ForeignKey(Scorecard, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    ratings = models.JSONField()
    red_flags = models.JSONField()
    recommendation = models.CharField(max_length=20, choices=Recommendation.choices)
    summary = models.TextField(blank=True)
    amendment_reason = models.TextField(blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    submitted_at = models.DateTimeField()

    class Meta:
        ordering = ["scorecard", "number"]
        constraints = [
            models.UniqueConstraint(fields=["scorecard", "number"], name="scorecard_version_once"),
        ]

    def __str__(self) -> str:
        return f"Scorecard {self.scorecard_id} version {self.number}"
