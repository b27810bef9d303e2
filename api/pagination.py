"""Cursor pagination: stable pages while rows are added; a cursor that is not one of ours is a 404."""

from __future__ import annotations

from typing import Any

from rest_framework.pagination import CursorPagination


class NewestFirstCursorPagination(CursorPagination):
    ordering = "-created_at"
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200

    # A cursor that was not one of our links names no page: 404 (in the error shape), as DRF does.
    invalid_cursor_message = "This cursor is not valid: follow the `next` or `previous` link of a page."

    def get_paginated_response_schema(self, schema: dict[str, Any]) -> dict[str, Any]:
        response = super().get_paginated_response_schema(schema)
        response["required"] = ["next", "previous", "results"]
        response["properties"]["next"]["example"] = "https://hire.example.com/api/v1/results/?cursor=cD0yMDI2"
        response["properties"]["previous"]["example"] = None
        return response


class AuditSequenceCursorPagination(NewestFirstCursorPagination):
    # The chain's own order: unique within the organization, so pages never skip or repeat an event.
    ordering = "-seq"
