"""Rate limits per API key, counted in the shared cache (accounts.ratelimit), so that every web process
counts the same key together. Requests with a session are not limited here."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from rest_framework.request import Request
from rest_framework.throttling import BaseThrottle

from accounts.ratelimit import RateLimit
from api.permissions import request_api_key

WINDOW_SECONDS = 60


def api_key_rate_limit() -> RateLimit:
    return RateLimit(
        scope="api-key", limit=int(settings.API_KEY_RATE_LIMIT_PER_MINUTE), window_seconds=WINDOW_SECONDS
    )


class ApiKeyRateThrottle(BaseThrottle):
    def __init__(self) -> None:
        self._wait: int | None = None

    def allow_request(self, request: Request, view: Any) -> bool:
        api_key = request_api_key(request)
        if api_key is None:
            return True
        limit = api_key_rate_limit()
        if limit.hit(str(api_key.pk)) > limit.limit:
            self._wait = limit.retry_after_seconds()
            return False
        return True

    def wait(self) -> float | None:
        return self._wait
