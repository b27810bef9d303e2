"""One error shape for every API response that is not a success:

    {"error": {"code": "invalid", "message": "What is wrong and what to do.", "fields": {"name": ["..."]}}}

`fields` names the inputs at fault (empty when none is). Services' ApplicationError is a 400 with its
message; 401, 403, 404, 405, 429 and unexpected errors (500) come in the same shape.
"""

from __future__ import annotations

import logging
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import RequestDataTooBig
from django.http import Http404
from drf_spectacular.utils import OpenApiExample, OpenApiResponse
from rest_framework import exceptions, serializers, status
from rest_framework.response import Response
from rest_framework.views import exception_handler

from accounts.types import ApplicationError

logger = logging.getLogger(__name__)

_MESSAGES = {
    "not_authenticated": "Authenticate with an API key (Authorization: Bearer <key>) or sign in.",
    "not_found": "Not found: there is no such object in your organization.",
}


def error_body(code: str, message: str, fields: dict[str, list[str]] | None = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "fields": fields or {}}}


def _field_messages(detail: Any, prefix: str = "") -> dict[str, list[str]]:
    """Flatten DRF's nested validation detail into {"field" or "parent.field": [messages]}."""
    if isinstance(detail, dict):
        flat: dict[str, list[str]] = {}
        for key, value in detail.items():
            flat.update(_field_messages(value, f"{prefix}.{key}" if prefix else str(key)))
        return flat
    if isinstance(detail, list) and detail and all(not isinstance(item, dict | list) for item in detail):
        return {prefix or "non_field_errors": [str(item) for item in detail]}
    if isinstance(detail, list):
        flat = {}
        for index, value in enumerate(detail):
            flat.update(_field_messages(value, f"{prefix}.{index}" if prefix else str(index)))
        return flat
    return {prefix or "non_field_errors": [str(detail)]}


def api_exception_handler(exc: Exception, context: dict[str, Any]) -> Response:
    if isinstance(exc, ApplicationError):
        field = exc.extra.get("field")
        fields = {str(field): [exc.message]} if field else {}
        return Response(
            error_body(str(exc.extra.get("code", "invalid")), exc.message, fields),
            status=status.HTTP_400_BAD_REQUEST,
        )
    if isinstance(exc, RequestDataTooBig):
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE or 0
        return Response(
            error_body(
                "too_large",
                f"The request body is too large: at most {limit:,} bytes are accepted. "
                "Send fewer or shorter values per request.",
            ),
            status=status.HTTP_413_REQUEST_ENTITY_TOO_LARGE,
        )
    if isinstance(exc, Http404):
        exc = exceptions.NotFound(_MESSAGES["not_found"])
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied(str(exc) or None)

    response = exception_handler(exc, context)
    if response is None:
        logger.exception("unexpected error in %s", context.get("view"), exc_info=exc)
        return Response(
            error_body(
                "server_error", "Something went wrong on our side. Try again; if it goes on, tell us."
            ),
            status=status.HTTP_500_INTERNAL_SERVER_ERROR,
        )

    assert isinstance(exc, exceptions.APIException)  # exception_handler answers only those
    code = exc.default_code if isinstance(exc.default_code, str) else "error"
    if isinstance(exc, exceptions.ValidationError):
        fields = _field_messages(exc.detail)
        named = ", ".join(name for name in fields if name != "non_field_errors")
        message = (
            f"Check {named}: see fields for what is wrong."
            if named
            else "; ".join(message for messages in fields.values() for message in messages)
        )
        response.data = error_body("invalid", message, fields)
    elif isinstance(exc, exceptions.Throttled):
        wait_seconds = getattr(exc, "wait", None)
        wait = int(wait_seconds) if wait_seconds is not None else 60
        response.data = error_body(
            "throttled",
            f"Too many requests with this API key. Try again in {wait} seconds (see Retry-After).",
        )
    elif isinstance(exc, exceptions.NotAuthenticated):
        response.data = error_body(code, _MESSAGES["not_authenticated"])
    else:
        response.data = error_body(code, str(exc.detail))
    return response


# The shape in the OpenAPI document ------------------------------------------------------------------


class ErrorDetailSerializer(serializers.Serializer[Any]):
    code = serializers.CharField(
        help_text="Machine-readable: invalid, not_authenticated, permission_denied, …"
    )
    message = serializers.CharField(help_text="What is wrong and what to do, written for a person.")
    fields = serializers.DictField(  # type: ignore[assignment]  # the shape's key, not DRF's attribute
        child=serializers.ListField(child=serializers.CharField()),
        help_text="Messages per input at fault (`parent.child` for nested ones); empty when none is.",
    )


class ErrorSerializer(serializers.Serializer[Any]):
    error = ErrorDetailSerializer()


def _error(
    description: str, code: str, message: str, fields: dict[str, list[str]] | None = None
) -> OpenApiResponse:
    return OpenApiResponse(
        response=ErrorSerializer,
        description=description,
        examples=[OpenApiExample(code, value=error_body(code, message, fields), response_only=True)],
    )


ERROR_400 = _error(
    "The request is not valid: `fields` says which input and why.",
    "invalid",
    "Check since: see fields for what is wrong.",
    {
        "since": [
            "Datetime has wrong format. Use one of these formats instead: "
            "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z]."
        ]
    },
)
ERROR_401 = _error("No valid API key or session.", "not_authenticated", _MESSAGES["not_authenticated"])
ERROR_403 = _error(
    "Authenticated, but not allowed: a read-only key on a write, or a role that may not see this.",
    "permission_denied",
    "The API key hak_AbCdEfGh… is read-only. Ask an admin for a read and write key to make changes.",
)
ERROR_404 = _error("No such object in your organization.", "not_found", _MESSAGES["not_found"])
ERROR_429 = _error(
    "Too many requests with this API key; `Retry-After` gives the seconds to wait.",
    "throttled",
    "Too many requests with this API key. Try again in 42 seconds (see Retry-After).",
)
LIST_ERRORS = {
    400: ERROR_400,
    401: ERROR_401,
    403: ERROR_403,
    404: _error(
        "The cursor is not one of the `next` or `previous` links.",
        "not_found",
        "This cursor is not valid: follow the `next` or `previous` link of a page.",
    ),
    429: ERROR_429,
}
DETAIL_ERRORS = {401: ERROR_401, 403: ERROR_403, 404: ERROR_404, 429: ERROR_429}
