"""One error shape everywhere: {"error": {"code", "message", "fields"}} for 400, 401, 403, 404, 429."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from rest_framework.test import APIRequestFactory

from accounts.models import Membership
from accounts.types import ApplicationError
from api.errors import api_exception_handler
from tests.api.conftest import bearer, signed_in

pytestmark = pytest.mark.django_db


def _error(response: Any) -> dict[str, Any]:
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "fields"}
    assert body["error"]["message"]
    return body["error"]


def test_a_bad_filter_is_400_naming_the_field(read_key: str) -> None:
    response = Client().get("/api/v1/audit-events/?since=yesterday", headers=bearer(read_key))

    assert response.status_code == 400
    error = _error(response)
    assert error["code"] == "invalid"
    assert list(error["fields"]) == ["since"]
    assert "since" in error["message"]


def test_a_cursor_that_is_not_ours_is_404_not_a_server_error(read_key: str) -> None:
    response = Client().get("/api/v1/results/?cursor=not-a-cursor", headers=bearer(read_key))

    assert response.status_code == 404
    assert "cursor" in _error(response)["message"]


def test_a_bad_attempt_id_is_400(read_key: str) -> None:
    response = Client().get("/api/v1/results/?attempt=42", headers=bearer(read_key))

    assert response.status_code == 400
    assert list(_error(response)["fields"]) == ["attempt"]


def test_no_credentials_is_401(db: None) -> None:
    response = Client().get("/api/v1/results/")

    assert response.status_code == 401
    assert _error(response)["code"] == "not_authenticated"
    assert response["WWW-Authenticate"] == 'Bearer realm="api"'


def test_a_malformed_authorization_header_is_401(db: None) -> None:
    response = Client().get("/api/v1/results/", headers={"Authorization": "Bearer two words"})

    assert response.status_code == 401
    assert _error(response)["code"] == "authentication_failed"


def test_a_role_that_may_not_read_results_is_403(interviewer: Membership) -> None:
    response = signed_in(interviewer).get("/api/v1/results/")

    assert response.status_code == 403
    error = _error(response)
    assert error["code"] == "permission_denied"
    assert "interviewer" in error["message"]


def test_the_audit_log_is_for_admins_in_the_browser(recruiter: Membership, admin: Membership) -> None:
    assert signed_in(recruiter).get("/api/v1/audit-events/").status_code == 403
    assert signed_in(admin).get("/api/v1/audit-events/").status_code == 200


def test_an_unknown_object_is_404(read_key: str) -> None:
    for path in ("/api/v1/results/999999/", "/api/v1/playbooks/no-such-playbook/"):
        response = Client().get(path, headers=bearer(read_key))
        assert response.status_code == 404
        assert _error(response)["code"] == "not_found"


def test_an_application_error_is_400_with_its_message_and_field() -> None:
    request = APIRequestFactory().get("/")
    error = ApplicationError("Choose at least one event to receive.", extra={"field": "events"})

    response = api_exception_handler(error, {"request": request, "view": None})

    assert response.status_code == 400
    assert response.data == {
        "error": {
            "code": "invalid",
            "message": "Choose at least one event to receive.",
            "fields": {"events": ["Choose at least one event to receive."]},
        }
    }


def test_too_many_requests_with_one_key_is_429_with_retry_after(
    read_key: str, settings: Any, make_key: Any
) -> None:
    settings.API_KEY_RATE_LIMIT_PER_MINUTE = 3
    client = Client()
    codes = [client.get("/api/v1/playbooks/", headers=bearer(read_key)).status_code for _ in range(4)]

    assert codes == [200, 200, 200, 429]
    refused = client.get("/api/v1/playbooks/", headers=bearer(read_key))
    assert refused.status_code == 429
    error = _error(refused)
    assert error["code"] == "throttled"
    assert 1 <= int(refused["Retry-After"]) <= 60
    assert f"{refused['Retry-After']} seconds" in error["message"]
    # The limit is per key: another key of the same organization is not held back.
    _, other_key = make_key(name="Second integration")
    assert client.get("/api/v1/playbooks/", headers=bearer(other_key)).status_code == 200


def test_the_limit_starts_afresh_in_each_test(read_key: str, settings: Any) -> None:
    """The count of the test above does not leak here (RATELIMIT_NAMESPACE is per test)."""
    settings.API_KEY_RATE_LIMIT_PER_MINUTE = 3
    assert Client().get("/api/v1/playbooks/", headers=bearer(read_key)).status_code == 200
