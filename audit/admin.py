"""The audit log in the Django admin: readable by staff, changeable by nobody."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from audit.models import AuditChainHead, AuditEvent


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    list_display = ("created_at", "organization", "seq", "actor_label", "action", "target_label", "ip")
    list_filter = ("action", "actor_kind", "organization")
    search_fields = ("action", "actor_label", "target_label", "target_id")
    list_select_related = ("organization",)
    ordering = ("-id",)
    date_hierarchy = "created_at"
    show_full_result_count = False  # a COUNT(*) over the whole log on every page is not worth it

    def get_readonly_fields(self, request: HttpRequest, obj: AuditEvent | None = None) -> list[str]:
        return [field.name for field in AuditEvent._meta.fields]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(AuditChainHead)
class AuditChainHeadAdmin(admin.ModelAdmin):
    """Where each organization's chain ends; written only by the audit service."""

    list_display = ("organization", "last_seq", "last_hash")
    list_select_related = ("organization",)

    def get_readonly_fields(self, request: HttpRequest, obj: AuditChainHead | None = None) -> list[str]:
        return [field.name for field in AuditChainHead._meta.fields]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
