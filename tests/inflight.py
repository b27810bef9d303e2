"""Requests the test live server is still answering, so browser tests can wait for them to end.

A page's background requests (autosave, clock syncs) may still be running in the live server's threads
when a browser test ends; the database flush that follows would then deadlock with them. The test settings
put `InflightRequests` first in the middleware, and the browser fixtures wait with `wait_until_idle`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

_idle = threading.Condition()
_count = 0


class InflightRequests:
    def __init__(self, get_response: Callable[[Any], Any]) -> None:
        self.get_response = get_response

    def __call__(self, request: Any) -> Any:
        global _count
        with _idle:
            _count += 1
        try:
            return self.get_response(request)
        finally:
            with _idle:
                _count -= 1
                _idle.notify_all()


def wait_until_idle(timeout: float = 10.0) -> bool:
    """Whether every request in progress ended within `timeout` seconds."""
    with _idle:
        return _idle.wait_for(lambda: _count == 0, timeout=timeout)
