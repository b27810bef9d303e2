from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from pydantic import ValidationError

from audit.types import AuditActor


def test_a_user_is_named_by_full_name_and_email_as_they_are_now() -> None:
    user = get_user_model()(pk=42, email="ada@example.com", full_name="Ada Lovelace")

    actor = AuditActor.for_user(user)

    assert actor.kind == "user"
    assert actor.user_id == 42
    assert actor.actor_id == "42"
    assert actor.label == "Ada Lovelace <ada@example.com>"


def test_a_user_without_a_name_is_named_by_email() -> None:
    user = get_user_model()(pk=7, email="no-name@example.com", full_name="")

    assert AuditActor.for_user(user).label == "no-name@example.com"


def test_an_unsaved_user_cannot_be_an_actor() -> None:
    user = get_user_model()(email="ghost@example.com", full_name="Ghost")

    with pytest.raises(ValueError, match="saved"):
        AuditActor.for_user(user)


def test_an_attempt_is_named_by_its_label_and_id() -> None:
    actor = AuditActor.for_attempt(123, "Grace Hopper (candidate)")

    assert (actor.kind, actor.user_id, actor.actor_id, actor.label) == (
        "attempt",
        None,
        "123",
        "Grace Hopper (candidate)",
    )


def test_the_system_actor_has_a_default_label() -> None:
    assert AuditActor.system().label == "system"
    assert AuditActor.system("scoring worker").label == "scoring worker"


def test_actors_cannot_be_changed_once_made() -> None:
    actor = AuditActor.system()

    with pytest.raises(ValidationError):
        actor.label = "someone else"


def test_an_unknown_kind_is_refused() -> None:
    with pytest.raises(ValidationError):
        AuditActor(kind="robot", label="R2")  # type: ignore[arg-type]
