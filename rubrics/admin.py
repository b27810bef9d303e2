from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest

from rubrics.models import ScoreReport


@admin.register(ScoreReport)
class ScoreReportAdmin(admin.ModelAdmin):
    """Reports are written only by scoring (the worker, `manage.py rescore`): the admin only shows them."""

    list_display = ("attempt", "organization", "overall", "recommendation", "rubric_version", "created_at")
    list_filter = ("recommendation", "engine_version")
    search_fields = ("attempt__public_id", "attempt__candidate_label", "rubric_version")
    list_select_related = ("attempt", "organization")
    readonly_fields = [field.name for field in ScoreReport._meta.fields]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False
