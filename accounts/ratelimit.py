"""Rate limits shared by every process: fixed-window counters in the shared cache (Redis, or the database
cache in the embedded set-up), so a limit holds across web processes and machines (DESIGN.md).

    limit = RateLimit(scope="login-ip", limit=30, window_seconds=900)
    if limit.exceeded(key):   # peek, without counting
        ...
    limit.hit(key)            # count one more event in the current window
"""

from __future__ import annotations

import hashlib
import math
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache


@dataclass(frozen=True)
class RateLimit:
    scope: str
    limit: int
    window_seconds: int

    def _window(self, now: float) -> int:
        return int(now // self.window_seconds)

    def _cache_key(self, key: str, window: int) -> str:
        # Hashed: a key may hold an email address or an IP, which have no place in cache key names.
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
        # RATELIMIT_NAMESPACE: the test suite gives each test its own, so counts never leak between tests.
        namespace = getattr(settings, "RATELIMIT_NAMESPACE", "")
        return f"ratelimit:{namespace}:{self.scope}:{window}:{digest}"

    def count(self, key: str, *, now: float | None = None) -> int:
        moment = time.time() if now is None else now
        return int(cache.get(self._cache_key(key, self._window(moment)), 0))

    def exceeded(self, key: str, *, now: float | None = None) -> bool:
        return self.count(key, now=now) >= self.limit

    def hit(self, key: str, *, now: float | None = None) -> int:
        """Count one event; returns the count in the current window, this one included."""
        moment = time.time() if now is None else now
        cache_key = self._cache_key(key, self._window(moment))
        # add() is a no-op when the key exists, so concurrent first hits do not reset each other.
        cache.add(cache_key, 0, timeout=self.window_seconds + 5)
        try:
            return int(cache.incr(cache_key))
        except ValueError:  # expired between add and incr
            cache.set(cache_key, 1, timeout=self.window_seconds + 5)
            return 1

    def reset(self, key: str, *, now: float | None = None) -> None:
        moment = time.time() if now is None else now
        cache.delete(self._cache_key(key, self._window(moment)))

    def retry_after_seconds(self, *, now: float | None = None) -> int:
        """Seconds until the current window ends (when a refused client may try again)."""
        moment = time.time() if now is None else now
        return max(1, math.ceil((self._window(moment) + 1) * self.window_seconds - moment))
