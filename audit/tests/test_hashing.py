"""The hash of an event is computed before the INSERT and recomputed from the stored row: both must agree
for any data a service may pass, whichever way the database hands JSON back."""

from __future__ import annotations

import datetime
import json
import math
from decimal import Decimal
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from audit.models import GENESIS_HASH, AuditEvent, canonical_data, canonical_ip

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4),
    max_leaves=20,
)


def _jsonb_round_trip(value: Any) -> Any:
    """What PostgreSQL jsonb gives back: numbers go through `numeric`, so 1e20 returns as an integer."""
    return json.loads(json.dumps(value), parse_float=Decimal, parse_int=Decimal)


def _from_numeric(value: Any) -> Any:
    if isinstance(value, Decimal):
        # jsonb prints numeric without an exponent; json.loads then reads it as an int or a float.
        return json.loads(format(value, "f"))
    if isinstance(value, list):
        return [_from_numeric(item) for item in value]
    if isinstance(value, dict):
        return {key: _from_numeric(item) for key, item in value.items()}
    return value


def _event(**overrides: Any) -> AuditEvent:
    fields: dict[str, Any] = {
        "organization_id": 1,
        "seq": 1,
        "actor_kind": "system",
        "actor_id": "",
        "actor_label": "system",
        "action": "test.happened",
        "data": {},
        "created_at": datetime.datetime(2025, 3, 1, 12, 0, 0, 123456, tzinfo=datetime.UTC),
        "prev_hash": GENESIS_HASH,
    }
    fields.update(overrides)
    return AuditEvent(**fields)


@given(json_values)
def test_canonical_data_survives_a_jsonb_round_trip_unchanged(value: Any) -> None:
    stored = canonical_data({"value": value})

    assert _from_numeric(_jsonb_round_trip(stored)) == stored
    assert canonical_data(stored) == stored


def test_floats_that_jsonb_turns_into_integers_are_stored_as_those_integers() -> None:
    stored = canonical_data({"big": 1e20, "whole": 2.0, "part": 0.1, "tiny": 1e-7, "nan": math.nan})

    assert stored == {"big": 100000000000000000000, "whole": 2, "part": 0.1, "tiny": 1e-7, "nan": "nan"}


def test_text_postgresql_cannot_store_is_replaced_not_lost() -> None:
    assert canonical_data({"answer": "a\x00b", "key\x00": 1}) == {"answer": "a\ufffdb", "key\ufffd": 1}


def test_values_json_cannot_hold_are_stored_as_text() -> None:
    when = datetime.datetime(2025, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)

    assert canonical_data({"at": when, "amount": Decimal("1.50"), "ids": (1, 2)}) == {
        "at": "2025-01-02T03:04:05+00:00",
        "amount": "1.50",
        "ids": [1, 2],
    }


def test_one_address_has_one_spelling_in_the_hash() -> None:
    assert canonical_ip("2001:DB8::1") == canonical_ip("2001:0db8:0:0:0:0:0:1")
    assert canonical_ip("::ffff:1.2.3.4") == canonical_ip("::ffff:102:304")
    assert canonical_ip("not an address") is None


def test_the_hash_changes_with_every_stored_field() -> None:
    original = _event().compute_hash()
    changes: dict[str, Any] = {
        "organization_id": 2,
        "seq": 2,
        "actor_kind": "user",
        "actor_user_id": 5,
        "actor_id": "5",
        "actor_label": "Mallory",
        "action": "test.other",
        "target_type": "accounts.user",
        "target_id": "9",
        "target_label": "Someone",
        "data": {"a": 1},
        "ip": "10.0.0.1",
        "user_agent": "curl/8",
        "created_at": datetime.datetime(2025, 3, 1, 12, 0, 0, 123457, tzinfo=datetime.UTC),
        "prev_hash": "f" * 64,
    }

    for field, value in changes.items():
        assert _event(**{field: value}).compute_hash() != original, field


def test_the_hash_does_not_depend_on_key_order_or_time_zone() -> None:
    paris = datetime.timezone(datetime.timedelta(hours=1))
    same_moment_in_paris = datetime.datetime(2025, 3, 1, 13, 0, 0, 123456, tzinfo=paris)

    first = _event(data={"a": 1, "b": {"c": 2, "d": 3}})
    second = _event(data={"b": {"d": 3, "c": 2}, "a": 1}, created_at=same_moment_in_paris)

    assert first.compute_hash() == second.compute_hash()
