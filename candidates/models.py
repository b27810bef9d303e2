"""Hiring pipelines, the candidates in them (applications), their stages and every email sent to them.

An attempt knows nothing of pipelines (DESIGN.md): an application holds its attempt and mirrors what the
recruiter's screens need of it (the link's expiry, the stage the attempt's status moved it to, the headline
of its latest score report), so that a pipeline page of thousands of candidates is one query per page.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower

DEFAULT_TIME_LIMIT_SECONDS = 30 * 60
DEFAULT_GRACE_SECONDS = 30
DEFAULT_LINK_VALIDITY_DAYS = 7
DEFAULT_REMINDER_HOURS = 48


class Stage(models.TextChoices):
    """Where an application is. The order is the order of a hiring process; rejected and withdrawn end it."""

    ADDED = "added", "Not invited yet"
    INVITED = "invited", "Invited"
    STARTED = "started", "Started"
    SUBMITTED = "submitted", "Submitted"
    SCORED = "scored", "Scored"
    INTERVIEW = "interview", "Interview"
    OFFER = "offer", "Offer"
    HIRED = "hired", "Hired"
    REJECTED = "rejected", "Rejected"
    WITHDRAWN = "withdrawn", "Withdrawn"


class InvitationState(models.TextChoices):
    NOT_SENT = "not_sent", "Not sent"
    SENT = "sent", "Link sent"
    REVOKED = "revoked", "Link revoked"


class Pipeline(models.Model):
    """One opening being hired for: a playbook, the people deciding, and the assessment candidates take.

    The assessment settings (items, time limit, grace) are frozen into an assessment version by the first
    invitation; `current_assessment_version` is the version the next invitation uses, cleared when the
    settings change so that the next invitation freezes a new one and earlier candidates keep theirs.
    """

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.PROTECT, related_name="pipelines"
    )
    name = models.CharField(max_length=200)
    playbook_slug = models.SlugField(max_length=100)
    playbook_title = models.CharField(max_length=200)
    playbook_version = models.ForeignKey(
        "assessments.PlaybookVersion", on_delete=models.PROTECT, related_name="+"
    )
    hiring_managers = models.ManyToManyField(
        "accounts.Membership", related_name="pipelines_as_hiring_manager", blank=True
    )
    interviewers = models.ManyToManyField(
        "accounts.Membership", related_name="pipelines_as_interviewer", blank=True
    )
    # In the order the candidate sees them.
    item_slugs = models.JSONField()
    time_limit_seconds = models.PositiveIntegerField(default=DEFAULT_TIME_LIMIT_SECONDS)
    grace_seconds = models.PositiveIntegerField(default=DEFAULT_GRACE_SECONDS)
    link_validity_days = models.PositiveIntegerField(default=DEFAULT_LINK_VALIDITY_DAYS)
    # 0: no automatic reminder.
    reminder_hours_before = models.PositiveIntegerField(default=DEFAULT_REMINDER_HOURS)
    current_assessment_version = models.ForeignKey(
        "assessments.AssessmentVersion", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Blind review (issue 7): hiring managers and interviewers see "Candidate 7" instead of a name, an
    # address or anything else identifying, until a decision is recorded for that candidate.
    blind_review = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    archived_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.name


class Candidate(models.Model):
    """A person an organization assesses. One per email address and organization, whatever its case."""

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.PROTECT, related_name="candidates"
    )
    # What the candidate's page address uses; the integer key never leaves the server.
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(max_length=200)
    # Stored in lower case (see `candidates.services.email_normalized`).
    email = models.EmailField(max_length=254)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "email"]
        constraints = [
            models.UniqueConstraint(Lower("email"), "organization", name="candidate_one_per_email_and_org"),
        ]

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>"


class Application(models.Model):
    """A candidate in a pipeline: their stage, their invitation and their attempt (one of each)."""

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.PROTECT, related_name="applications"
    )
    pipeline = models.ForeignKey(Pipeline, on_delete=models.CASCADE, related_name="applications")
    candidate = models.ForeignKey(Candidate, on_delete=models.PROTECT, related_name="applications")
    stage = models.CharField(max_length=20, choices=Stage.choices, default=Stage.ADDED)
    stage_reason = models.TextField(blank=True)
    stage_changed_at = models.DateTimeField(auto_now_add=True)
    attempt = models.OneToOneField(
        "assessments.Attempt", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    assessment_version = models.ForeignKey(
        "assessments.AssessmentVersion", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    invitation_state = models.CharField(
        max_length=20, choices=InvitationState.choices, default=InvitationState.NOT_SENT
    )
    invited_at = models.DateTimeField(null=True, blank=True)
    # Mirrors of the attempt's link, written by the services that change it.
    link_expires_at = models.DateTimeField(null=True, blank=True)
    accommodation_seconds = models.PositiveIntegerField(default=0)
    # When the automatic reminder is due (link expiry minus the pipeline's reminder hours); cleared once
    # a reminder is sent, set again when the link changes.
    reminder_due_at = models.DateTimeField(null=True, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True)
    # The headline of the attempt's latest score report, for filtering and sorting the pipeline page.
    score_overall = models.FloatField(null=True, blank=True)
    score_recommendation = models.CharField(max_length=20, blank=True)
    red_flag_codes = models.JSONField(default=list, blank=True)
    red_flag_count = models.PositiveIntegerField(default=0)
    # More of the latest score report and of the attempt, written with the headline so that the results
    # page of a pipeline of thousands reads no report: {competency slug: 1-5}, {item slug: 0..1}, seconds
    # from start to submission, and the integrity signals' totals (empty when none were recorded).
    competency_ratings = models.JSONField(default=dict, blank=True)
    item_scores = models.JSONField(default=dict, blank=True)
    time_taken_seconds = models.PositiveIntegerField(null=True, blank=True)
    integrity_summary = models.JSONField(default=dict, blank=True)
    # "Candidate 7" under blind review: the order the candidate was added to the pipeline, from 1.
    blind_number = models.PositiveIntegerField(null=True, blank=True)
    # When the first decision on the candidate was recorded (reports): under blind review, reviewers see
    # who the candidate is from then on.
    decided_at = models.DateTimeField(null=True, blank=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["pipeline", "candidate"], name="application_one_per_pipeline"),
        ]
        indexes = [
            models.Index(fields=["pipeline", "stage"], name="application_pipeline_stage"),
            models.Index(fields=["reminder_due_at"], name="application_reminder_due"),
        ]

    def __str__(self) -> str:
        return f"{self.candidate} in {self.pipeline}"


class StageChange(models.Model):
    """One move of an application between stages: by a person, or by the assessment itself."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="stage_changes")
    from_stage = models.CharField(max_length=20, choices=Stage.choices, blank=True)
    to_stage = models.CharField(max_length=20, choices=Stage.choices)
    reason = models.TextField(blank=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Who, as the timeline names them ("Rita Recruiter", "the assessment").
    changed_by_label = models.CharField(max_length=200)
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.from_stage or '-'} → {self.to_stage}"


class CandidateEmail(models.Model):
    """Every email sent to a candidate, with what happened to it: the candidate's timeline shows these.

    The message itself is rendered when it is queued and handed to the task whole (it carries the link's
    token, which is never stored); this row keeps who, what, and whether it went out.
    """

    class Kind(models.TextChoices):
        INVITE = "invite", "Invitation"
        RESEND = "resend", "Invitation sent again"
        REMINDER = "reminder", "Reminder"

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed"

    organization = models.ForeignKey("accounts.Organization", on_delete=models.PROTECT, related_name="+")
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="emails")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    to = models.EmailField(max_length=254)
    subject = models.CharField(max_length=300)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.QUEUED)
    failure_reason = models.TextField(blank=True)
    # Sending tries so far (the task retries a failed send a few times before giving up).
    attempts = models.PositiveIntegerField(default=0)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} to {self.to} ({self.get_status_display()})"
