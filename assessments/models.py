from __future__ import annotations

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
