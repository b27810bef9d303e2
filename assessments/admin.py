from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest

from assessments.models import (
    AssessmentVersion,
    Attempt,
    AttemptActivity,
    Playbook,
    PlaybookVersion,
    Response,
)


class _ReadOnlyAdmin(admin.ModelAdmin):
    """Playbooks change only through their files (`manage.py load_playbooks`), assessment versions are frozen,
    and attempts change only through their services (the clock, the sequence numbers, the audit log): the
    admin only shows them."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


@admin.register(Playbook)
class PlaybookAdmin(_ReadOnlyAdmin):
    list_display = ("title", "slug", "current_version", "updated_at")
    search_fields = ("title", "slug")


@admin.register(PlaybookVersion)
class PlaybookVersionAdmin(_ReadOnlyAdmin):
    list_display = ("playbook", "content_hash", "source_name", "created_at")
    list_filter = ("playbook",)
    search_fields = ("playbook__slug", "content_hash")
    list_select_related = ("playbook",)


@admin.register(AssessmentVersion)
class AssessmentVersionAdmin(_ReadOnlyAdmin):
    list_display = (
        "label",
        "organization",
        "playbook_version",
        "rubric_version",
        "time_limit_seconds",
        "created_at",
    )
    list_filter = ("organization",)
    search_fields = ("label", "rubric_version")
    list_select_related = ("organization", "playbook_version__playbook")


class _ReadOnlyInline(admin.TabularInline):
    extra = 0
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


class _ResponseInline(_ReadOnlyInline):
    model = Response
    fields = ("item_slug", "answer", "seq", "updated_at")
    readonly_fields = fields


class _ActivityInline(_ReadOnlyInline):
    """Integrity signals as each browser reported them (summed for hiring managers by the selector)."""

    model = AttemptActivity
    fields = (
        "item_slug",
        "source",
        "seconds_on_item",
        "paste_count",
        "paste_chars",
        "focus_lost_count",
        "focus_lost_seconds",
        "updated_at",
    )
    readonly_fields = fields


@admin.register(Attempt)
class AttemptAdmin(_ReadOnlyAdmin):
    list_display = ("candidate_label", "organization", "status", "started_at", "submitted_at", "scored_at")
    list_filter = ("status", "submitted_by", "organization")
    search_fields = ("candidate_label", "public_id")
    list_select_related = ("organization",)
    inlines = [_ResponseInline, _ActivityInline]
