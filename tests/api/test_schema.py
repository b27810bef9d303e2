"""The published OpenAPI document: valid, every operation described with an example, readable in Swagger
UI and Redoc served from this site's own static files (no CDN)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.test import Client

pytestmark = pytest.mark.django_db

OPERATIONS = {
    ("/api/v1/playbooks/", "get"),
    ("/api/v1/playbooks/{slug}/", "get"),
    ("/api/v1/results/", "get"),
    ("/api/v1/results/{result_id}/", "get"),
    ("/api/v1/audit-events/", "get"),
    ("/api/v1/pipelines/", "get"),
    ("/api/v1/pipelines/", "post"),
    ("/api/v1/pipelines/{pipeline_id}/", "get"),
    ("/api/v1/pipelines/{pipeline_id}/", "patch"),
    ("/api/v1/pipelines/{pipeline_id}/candidates/", "post"),
    ("/api/v1/pipelines/{pipeline_id}/invitations/", "post"),
    ("/api/v1/applications/", "get"),
    ("/api/v1/applications/{application_id}/", "get"),
    ("/api/v1/applications/{application_id}/stage/", "post"),
    ("/api/v1/applications/{application_id}/invitation/resend/", "post"),
    ("/api/v1/applications/{application_id}/invitation/revoke/", "post"),
    ("/api/v1/applications/{application_id}/invitation/extend/", "post"),
    ("/api/v1/applications/{application_id}/invitation/accommodation/", "post"),
    ("/api/v1/interviews/", "get"),
    ("/api/v1/interviews/{interview_id}/", "get"),
}
WRITES_WITH_A_BODY = {
    (path, method)
    for path, method in OPERATIONS
    if method in ("post", "patch") and not path.endswith(("/resend/", "/revoke/"))
}


@pytest.fixture
def schema(tmp_path: Path) -> dict:
    target = tmp_path / "schema.yaml"
    # --validate checks the document against the OpenAPI 3 meta-schema; --fail-on-warn turns any
    # generator warning (an undescribed field, a guessed type) into a failure.
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(target))
    return yaml.safe_load(target.read_text())


def test_the_schema_validates_and_lists_every_operation(schema: dict) -> None:
    assert schema["openapi"].startswith("3.")
    found = {(path, method) for path, item in schema["paths"].items() for method in item}
    assert found == OPERATIONS
    assert "/api/v1/api-keys/" not in schema["paths"]


def test_every_operation_is_described_with_an_example_and_the_error_shape(schema: dict) -> None:
    for path, item in schema["paths"].items():
        for method, operation in item.items():
            name = f"{method.upper()} {path}"
            assert len(operation.get("description", "")) > 40, name
            assert operation.get("summary"), name
            success_code = "201" if "201" in operation["responses"] else "200"
            success = operation["responses"][success_code]["content"]["application/json"]
            assert success.get("examples"), f"{name} has no example"
            if (path, method) in WRITES_WITH_A_BODY:
                body = operation["requestBody"]["content"]["application/json"]
                assert body.get("examples"), f"{name} has no request example"
            codes = ("400", "401", "403", "404", "429") if method != "get" else ("401", "403", "429")
            for code in codes:
                error = operation["responses"][code]["content"]["application/json"]
                assert error["schema"] == {"$ref": "#/components/schemas/Error"}, name
                assert error.get("examples"), f"{name} {code} has no example"
            assert {"ApiKey": []} in operation["security"], name


def test_the_schema_is_public_and_the_readers_use_vendored_files(db: None) -> None:
    client = Client()
    schema = client.get("/api/schema/?format=json")
    assert schema.status_code == 200
    assert schema.json()["info"]["title"] == "Hiring Assessments API"

    for page in ("/api/docs/", "/api/redoc/"):
        html = client.get(page).content.decode()
        sources = re.findall(r'(?:src|href)="([^"]+)"', html)
        assert any("/static/drf_spectacular_sidecar/" in source for source in sources), page
        assert not [source for source in sources if source.startswith(("http:", "https:", "//"))], page
    assert finders.find("drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js")
    assert finders.find("drf_spectacular_sidecar/redoc/bundles/redoc.standalone.js")
