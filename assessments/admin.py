from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest

from assessments.models import Playbook, PlaybookVersion


class _ReadOnlyAdmin(admin.ModelAdmin):
    """Playbooks change only through their files (`manage.py load_playbooks`): the admin only shows them."""

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
