"""Size limits, each refused with a message that says the limit and what to do, never with a 500: a
candidate's answer (100,000 characters), a request body (settings.DATA_UPLOAD_MAX_MEMORY_SIZE: the
candidate's save gets its JSON error shape, a staff form Django's 400), and a recruiter's CSV file (1 MB,
5,000 candidates)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from assessments.models import Attempt, Playbook, PlaybookVersion, Response
from assessments.services import ANSWER_MAX_CHARS
from candidates.csv_rows import MAX_FILE_BYTES, MAX_ROWS
from candidates.models import Application
from tests.platform.test_tenant_isolation import World

pytestmark = pytest.mark.django_db

WIDEST_CHARACTER = "\U0001f600"  # 4 bytes in UTF-8, one character to the answer's limit


def _candidate_in_test(world: World) -> tuple[Client, Attempt]:
    client = Client()
    client.get(reverse("candidate:open", kwargs={"token": world.attempt_token}))
    started = client.post(reverse("candidate:start"), {"consent": "yes"})
    assert started.status_code == 302, started.content
    attempt = world.application.attempt
    assert attempt is not None
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.IN_PROGRESS
    return client, attempt


def _save_body(saves: list[dict[str, Any]]) -> bytes:
    # As the browser's JSON.stringify sends it: characters beyond ASCII as UTF-8, not \u escapes.
    return json.dumps({"saves": saves}, ensure_ascii=False).encode("utf-8")


def _save(client: Client, body: bytes) -> Any:
    return client.post(reverse("candidate:api_save"), body, content_type="application/json")


def _stored(attempt: Attempt, slug: str) -> Any:
    response = Response.objects.filter(attempt=attempt, item_slug=slug).first()
    return None if response is None else response.answer


def test_an_answer_over_the_limit_is_refused_by_the_save_endpoint_with_the_limit_named(world: World) -> None:
    client, attempt = _candidate_in_test(world)
    slug = attempt.assessment_version.item_slugs[0]

    refused = _save(client, _save_body([{"item": slug, "answer": "a" * (ANSWER_MAX_CHARS + 1), "seq": 1}]))

    assert refused.status_code == 200  # the batch is read; this answer alone is refused, by name
    [result] = refused.json()["results"]
    assert "seq" not in result
    assert result["error"] == f"The answer to {slug!r} is too long (at most {ANSWER_MAX_CHARS:,} characters)."
    assert _stored(attempt, slug) is None

    at_limit = _save(client, _save_body([{"item": slug, "answer": "a" * ANSWER_MAX_CHARS, "seq": 2}]))
    assert at_limit.json()["results"] == [{"item": slug, "seq": 2}]
    assert _stored(attempt, slug) == "a" * ANSWER_MAX_CHARS


def test_every_answer_at_its_limit_fits_in_one_save(world: World) -> None:
    """The largest save a candidate's page can send (every answer pending after a reconnect, each at the
    limit, in 4-byte characters) is under the request body limit, for the largest playbook too."""
    client, attempt = _candidate_in_test(world)
    slugs = attempt.assessment_version.item_slugs
    answer = WIDEST_CHARACTER * ANSWER_MAX_CHARS
    body = _save_body([{"item": slug, "answer": answer, "seq": 1} for slug in slugs])

    response = _save(client, body)

    assert response.status_code == 200
    assert response.json()["results"] == [{"item": slug, "seq": 1} for slug in slugs]
    most_items = max(len(version.content["items"]) for version in _playbook_versions())
    per_answer = len(body) / len(slugs)
    assert most_items * per_answer < settings.DATA_UPLOAD_MAX_MEMORY_SIZE, (
        f"a save of all {most_items} answers at the limit would be refused: raise DATA_UPLOAD_MAX_MEMORY_SIZE"
    )


def _playbook_versions() -> list[PlaybookVersion]:
    playbooks = Playbook.objects.exclude(current_version=None).select_related("current_version")
    versions = [playbook.current_version for playbook in playbooks if playbook.current_version is not None]
    assert versions
    return versions


def test_a_save_over_the_body_limit_gets_the_json_error_the_page_shows(world: World) -> None:
    client, attempt = _candidate_in_test(world)
    slug = attempt.assessment_version.item_slugs[0]
    _save(client, _save_body([{"item": slug, "answer": "kept", "seq": 1}]))
    body = _save_body([{"item": slug, "answer": "a" * settings.DATA_UPLOAD_MAX_MEMORY_SIZE, "seq": 2}])

    response = _save(client, body)

    assert response.status_code == 413
    assert response["Content-Type"] == "application/json"
    data = response.json()
    assert data["extra"] == {"code": "too_large", "max_bytes": settings.DATA_UPLOAD_MAX_MEMORY_SIZE}
    limit_mb = settings.DATA_UPLOAD_MAX_MEMORY_SIZE // 1_000_000
    assert f"at most {limit_mb} MB at once" in data["message"]
    assert f"{ANSWER_MAX_CHARS:,} characters an answer" in data["message"]
    assert "Shorten the longest answer" in data["message"]
    assert _stored(attempt, slug) == "kept"


def test_an_oversized_staff_form_post_is_a_400_not_a_500(world: World) -> None:
    client = Client()
    client.force_login(world.a_admin.user)
    url = reverse("candidates:candidate_add", kwargs={"pipeline_id": world.pipeline_id})

    too_long_a_name = "x" * settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    response = client.post(url, {"name": too_long_a_name, "email": "big@example.org"})

    assert response.status_code == 400
    assert "over the size limit" in response.content.decode()  # templates/400.html says what to do
    assert not Application.objects.filter(candidate__email="big@example.org").exists()


def test_an_oversized_api_body_is_a_413_in_the_api_error_shape(world: World) -> None:
    client = Client()
    client.force_login(world.a_admin.user)
    body = '{"name": "' + "x" * settings.DATA_UPLOAD_MAX_MEMORY_SIZE + '", "email": "big@example.org"}'
    url = f"/api/v1/pipelines/{world.pipeline_id}/candidates/"
    response = client.post(url, body, content_type="application/json", HTTP_X_CSRFTOKEN="unused")
    # Session writes need CSRF: with the check on, a token-less request is refused before parsing. The
    # test client skips CSRF checks, so the size check itself answers here.
    assert response.status_code == 413
    error = response.json()["error"]
    assert error["code"] == "too_large"
    assert "at most" in error["message"]
    assert not Application.objects.filter(candidate__email="big@example.org").exists()


def _upload(client: Client, world: World, data: bytes) -> Any:
    url = reverse("candidates:candidates_import", kwargs={"pipeline_id": world.pipeline_id})
    return client.post(url, {"file": SimpleUploadedFile("candidates.csv", data, content_type="text/csv")})


def test_a_csv_file_over_the_size_limit_is_refused_with_its_size_and_what_to_do(world: World) -> None:
    client = Client()
    client.force_login(world.a_recruiter.user)
    row = b"Ada Lovelace,ada@example.org\n"
    data = row * (3 * MAX_FILE_BYTES // len(row))

    response = _upload(client, world, data)

    assert response.status_code == 400
    page = response.content.decode()
    assert "This file is 3.0 MB: a file can be at most 1 MB (5,000 candidates)." in page
    assert "Split it into smaller files and import them one after another." in page
    assert response.context.get("preview") is None

    just_over = _upload(client, world, b"x" * (MAX_FILE_BYTES + 1))
    assert just_over.status_code == 400
    assert "This file is 1.1 MB" in just_over.content.decode()


def test_a_csv_file_with_too_many_rows_is_refused_with_the_limit(world: World) -> None:
    client = Client()
    client.force_login(world.a_recruiter.user)
    data = b"".join(f"Candidate {n},c{n}@example.org\n".encode() for n in range(MAX_ROWS + 1))
    assert len(data) <= MAX_FILE_BYTES

    response = _upload(client, world, data)

    assert response.status_code == 400
    assert (
        f"The file has more than {MAX_ROWS:,} rows. Split it into files of at most {MAX_ROWS:,} rows."
        in response.content.decode()
    )
    assert Application.objects.filter(pipeline_id=world.pipeline_id).count() == 2  # the world's two


def test_the_import_page_states_the_limits_before_the_upload(world: World) -> None:
    client = Client()
    client.force_login(world.a_recruiter.user)
    page = client.get(reverse("candidates:candidates_import", kwargs={"pipeline_id": world.pipeline_id}))
    assert f"At most 1 MB and {MAX_ROWS:,} candidates a file." in page.content.decode()
