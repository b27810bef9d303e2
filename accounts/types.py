"""Contracts of accounts that other apps use: the one error type every service raises for a refused action.

Later apps raise `ApplicationError` from their own services too, so views (and the API's single error
shape) handle every refusal the same way (HackSoft Django Styleguide).
"""

from __future__ import annotations

from typing import Any


class ApplicationError(Exception):
    """An action the product refuses, with a message written for the person who tried it.

    `extra` carries structured details (for example the field at fault) for APIs; templates show `message`.
    """

    def __init__(self, message: str, extra: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.extra = extra or {}

    def __str__(self) -> str:
        return self.message
