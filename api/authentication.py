"""API keys on the wire: `Authorization: Bearer <key>`. A valid key authenticates as its organization."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AnonymousUser
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework.authentication import BaseAuthentication, get_authorization_header
from rest_framework.exceptions import AuthenticationFailed
from rest_framework.request import Request

from api.models import ApiKey
from api.selectors import api_key_get_active
from api.services import api_key_mark_used


class ApiKeyPrincipal(AnonymousUser):
    """Who an API-key request is: the organization's integration, not a person (so no user row, no
    roles). Authenticated, so DRF's checks pass; `api.permissions` reads the key's scope."""

    def __init__(self, api_key: ApiKey) -> None:
        super().__init__()
        self.api_key = api_key

    @property
    def is_authenticated(self) -> bool:  # type: ignore[override]
        return True

    @property
    def is_anonymous(self) -> bool:  # type: ignore[override]
        return False

    def __str__(self) -> str:
        return f"API key {self.api_key.prefix}…"


class ApiKeyAuthentication(BaseAuthentication):
    def authenticate(self, request: Request) -> tuple[ApiKeyPrincipal, ApiKey] | None:
        parts = get_authorization_header(request).split()
        if not parts or parts[0].lower() != b"bearer":
            return None  # not ours: the session may authenticate the request
        if len(parts) != 2:
            raise AuthenticationFailed(
                "Send the key as one word after Bearer: “Authorization: Bearer <key>”."
            )
        api_key = api_key_get_active(raw_key=parts[1].decode("utf-8", errors="replace"))
        if api_key is None:
            raise AuthenticationFailed(
                "This API key is not valid: it is mistyped or was revoked. An admin can create a new one "
                "under API keys."
            )
        api_key_mark_used(api_key=api_key)
        return ApiKeyPrincipal(api_key), api_key

    def authenticate_header(self, request: Request) -> str:
        # Makes an unauthenticated request a 401 with this challenge, rather than a 403.
        return 'Bearer realm="api"'


class ApiKeyAuthenticationScheme(OpenApiAuthenticationExtension):
    target_class = "api.authentication.ApiKeyAuthentication"
    name = "ApiKey"

    def get_security_definition(self, auto_schema: Any) -> dict[str, str]:
        return {
            "type": "http",
            "scheme": "bearer",
            "description": "An API key of your organization, created by an admin under API keys: "
            "`Authorization: Bearer hak_…`. Read-only keys are refused on POST, PUT, PATCH and DELETE.",
        }
