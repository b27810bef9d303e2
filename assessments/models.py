from __future__ import annotations

import uuid

from django.db import models


class Playbook(models.Model):
    """One role's playbook (product content shared by every organization, so not tenant data).

    Its content lives in versions; `current_version` is the one the library shows and new pipelines use.
    """

    slug = models.SlugField(max_length=100, unique=True)
    # Copied from the current version so that lists and admin need not parse the content.
    title = models.CharField(max_length=200)
    current_version = models.ForeignKey(
        "PlaybookVersion",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["title", "slug"]

    def __str__(self) -> str:
        return self.title or self.slug


class PlaybookVersion(models.Model):
    """The validated content of one playbook file, identified by its content hash. Never edited.

    Old versions stay: assessment versions are frozen from them, and a report must keep meaning what it
    meant when it was written.
    """

    playbook = models.ForeignKey(Playbook, on_delete=models.CASCADE, related_name="versions")
    # sha256 of the canonical JSON of `content` (sorted keys, no spaces, UTF-8).
    content_hash = models.CharField(max_length=64)
    # `PlaybookSpec.model_dump(mode="json", by_alias=True)`: parse back with `PlaybookSpec.model_validate`.
    content = models.JSONField()
    source_name = models.CharField(max_length=500)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["playbook", "content_hash"], name="playbook_version_unique_content"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.playbook.slug} @ {self.content_hash[:12]}"


class AssessmentVersion(models.Model):
    """The items and rubrics an organization's candidates are assessed on, frozen ("Frozen versions").

    `scoring_input` is everything the engine needs (`rubrics.engine.ScoringInput` dumped as JSON), copied out
    of the playbook version at freeze time, so a later playbook file changes neither an attempt in flight nor
    a report already written. `rubric_version` is that input's content hash: identical items and rubrics give
    the same hash, and a score report names the hash it was scored under. Never edited.
    """

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.PROTECT, related_name="assessment_versions"
    )
    playbook_version = models.ForeignKey(
        PlaybookVersion, on_delete=models.PROTECT, related_name="assessment_versions"
    )
    label = models.CharField(max_length=200, blank=True)
    scoring_input = models.JSONField()
    rubric_version = models.CharField(max_length=64, db_index=True)
    # In the order the candidate sees them; the same order as the items of `scoring_input`.
    item_slugs = models.JSONField()
    time_limit_seconds = models.PositiveIntegerField(default=1800)
    grace_seconds = models.PositiveIntegerField(default=30)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            # The timing is part of what a candidate is given, so a pipeline that changes only its time
            # limit gets a version of its own (issue 5) while keeping the rubric version its reports name.
            models.UniqueConstraint(
                fields=[
                    "organization",
                    "playbook_version",
                    "rubric_version",
                    "time_limit_seconds",
                    "grace_seconds",
                ],
                name="assessment_version_unique_content",
            ),
        ]

    def __str__(self) -> str:
        return self.label or f"assessment version {self.pk}"


class Attempt(models.Model):
    """One candidate's sitting of an assessment version: its clock, its answers, its submission.

    An attempt knows nothing of pipelines (DESIGN.md): the pipeline that invited the candidate keeps the link.
    The server owns time: `deadline_at` is set once, at start, from the version's time limit plus any
    accommodation, and saves and submits are judged against it, never against the candidate's clock.
    """

    class Status(models.TextChoices):
        NOT_STARTED = "not_started", "Not started"
        IN_PROGRESS = "in_progress", "In progress"
        SUBMITTED = "submitted", "Submitted"
        SCORED = "scored", "Scored"

    class SubmittedBy(models.TextChoices):
        CANDIDATE = "candidate", "Candidate"
        SERVER = "server", "Server (time ran out)"

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.PROTECT, related_name="attempts"
    )
    assessment_version = models.ForeignKey(
        AssessmentVersion, on_delete=models.PROTECT, related_name="attempts"
    )
    # What links, sessions, the audit log and the API use; the integer key never leaves the server.
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    # Who is sitting it, as the audit log should name them (the candidate record lives above, in candidates).
    candidate_label = models.CharField(max_length=200)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.NOT_STARTED)
    # Extra time granted as an accommodation; part of the deadline.
    accommodation_seconds = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    deadline_at = models.DateTimeField(null=True, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    submitted_by = models.CharField(max_length=20, choices=SubmittedBy.choices, blank=True)
    # When scoring was last asked for: at submission, then by the reconciler while the attempt stays unscored.
    scoring_requested_at = models.DateTimeField(null=True, blank=True)
    scored_at = models.DateTimeField(null=True, blank=True)
    # The emailed link: only the SHA-256 (hex) of its 256-bit random token is kept. Issuing a new link (a
    # resend) replaces the hash, so only the latest emailed link opens the attempt.
    access_token_hash = models.CharField(max_length=64, unique=True, null=True, blank=True)
    link_expires_at = models.DateTimeField(null=True, blank=True)
    link_revoked_at = models.DateTimeField(null=True, blank=True)
    # Whom a candidate whose link no longer works should contact (the inviting recruiter).
    contact_name = models.CharField(max_length=200, blank=True)
    contact_email = models.EmailField(blank=True)
    # Where the submission confirmation goes; empty means no confirmation email.
    candidate_email = models.EmailField(blank=True)
    # The one browser session that may change answers ("One active session", issue 6): a random id the
    # candidate's session holds, not the session key (which is cycled). Opening the attempt in another
    # browser asks before moving it there; the browser it moved away from becomes read-only.
    active_holder = models.CharField(max_length=64, blank=True)
    privacy_consent_at = models.DateTimeField(null=True, blank=True)
    confirmation_emailed_at = models.DateTimeField(null=True, blank=True)
    # When the confirmation email was last asked for (at submission, then by the sweep that asks again
    # while it is unsent): see `attempt_confirmations_unsent_claim`.
    confirmation_requested_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            # The reconciler: submitted attempts still waiting for a score, oldest first.
            models.Index(fields=["status", "submitted_at"], name="attempt_status_submitted"),
            # The deadline sweep (issue 6): open attempts past their deadline.
            models.Index(fields=["status", "deadline_at"], name="attempt_status_deadline"),
        ]

    def __str__(self) -> str:
        return f"{self.candidate_label} ({self.public_id})"


class Response(models.Model):
    """The latest saved answer to one item of an attempt.

    Every save carries the client's per-answer sequence number and only a higher one replaces the answer,
    so duplicate and out-of-order saves cannot overwrite newer text (DESIGN.md "No lost answers").
    """

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="responses")
    item_slug = models.CharField(max_length=100)
    # The engine's answer shape: text, an option key, a list of keys, {"best": k, "worst": k}, or null.
    answer = models.JSONField(null=True)
    seq = models.PositiveBigIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["attempt_id", "id"]
        constraints = [
            models.UniqueConstraint(fields=["attempt", "item_slug"], name="response_one_per_attempt_item"),
        ]

    def __str__(self) -> str:
        return f"{self.item_slug} (seq {self.seq})"


class AttemptActivity(models.Model):
    """Integrity signals one browser reported for one item (or, with `item_slug` "", for the whole attempt).

    Recorded as context for hiring managers, never acted on automatically. Each browser ("source", a random
    id it keeps for the attempt) sends its running totals, and the server keeps the highest it has seen, so
    a retried or duplicated report never counts twice; totals are summed over sources when read.
    """

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="activities")
    source = models.CharField(max_length=32)
    item_slug = models.CharField(max_length=100, blank=True)
    seconds_on_item = models.PositiveIntegerField(default=0)
    paste_count = models.PositiveIntegerField(default=0)
    paste_chars = models.PositiveIntegerField(default=0)
    largest_paste_chars = models.PositiveIntegerField(default=0)
    focus_lost_count = models.PositiveIntegerField(default=0)
    focus_lost_seconds = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["attempt_id", "item_slug", "source"]
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "source", "item_slug"], name="attempt_activity_one_per_source_item"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.item_slug or 'attempt'} from {self.source}"
