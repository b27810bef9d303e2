"""What other apps hand to the audit log and get back from it. No Django import: plain data."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, Protocol

from pydantic import BaseModel, ConfigDict

if TYPE_CHECKING:
    from django.db import models


class _Person(Protocol):
    """The little of a user the audit log reads (it cannot import accounts.User)."""

    @property
    def pk(self) -> Any: ...

    @property
    def email(self) -> str: ...

    def get_full_name(self) -> str: ...


class AuditActor(BaseModel):
    """Who did it: a signed-in user, a candidate through their attempt, or the system itself."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: Literal["user", "attempt", "system"]
    user_id: int | None = None
    actor_id: str = ""
    label: str

    @classmethod
    def for_user(cls, user: _Person) -> AuditActor:
        """The user as they are named now: later renames do not change what the log says."""
        if user.pk is None:
            raise ValueError("Only a saved, signed-in user can be an audit actor.")
        name = (user.get_full_name() or "").strip()
        email = user.email or ""
        label = f"{name} <{email}>" if name and email else (name or email or f"user {user.pk}")
        return cls(kind="user", user_id=user.pk, actor_id=str(user.pk), label=label)

    @classmethod
    def for_attempt(cls, attempt_id: str | int, label: str) -> AuditActor:
        return cls(kind="attempt", actor_id=str(attempt_id), label=label or f"attempt {attempt_id}")

    @classmethod
    def system(cls, label: str = "system") -> AuditActor:
        return cls(kind="system", label=label or "system")


class ChainVerification(BaseModel):
    """The verdict on one organization's chain. When broken, names the first link that does not hold."""

    model_config = ConfigDict(frozen=True)

    organization_id: int
    ok: bool
    events_checked: int
    first_broken_seq: int | None = None
    first_broken_event_id: int | None = None
    problem: str = ""


@dataclass(frozen=True)
class AuditRecord:
    """One event for `audit_record_many`: what `audit_record` takes, but the organization (one for all)."""

    action: str
    actor: AuditActor
    target: models.Model | None = None
    data: dict[str, Any] | None = None
