"""The production settings pass Django's deployment checklist (`check --deploy`) with no warning at all."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _check_deploy(tmp_path: Path, **overrides: str) -> subprocess.CompletedProcess[str]:
    environment = {
        key: value
        for key, value in os.environ.items()
        # Settings that may weaken production on purpose (local compose trials) take their defaults here;
        # the test process's own DJANGO_ALLOW_ASYNC_UNSAFE (root conftest.py) is not production's.
        if key not in {"SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        DEBUG="false",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="hire.example.com",
        SITE_URL="https://hire.example.com",
        DATA_DIR=str(tmp_path),
    )
    environment.update(overrides)
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_production_settings_pass_the_deployment_checklist(tmp_path: Path) -> None:
    result = _check_deploy(tmp_path)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_the_checklist_fails_production_with_debug_on(tmp_path: Path) -> None:
    result = _check_deploy(tmp_path, DEBUG="true")

    assert result.returncode != 0
    assert "security.W018" in result.stdout + result.stderr


def test_the_checklist_fails_production_without_https_redirect(tmp_path: Path) -> None:
    result = _check_deploy(tmp_path, SECURE_SSL_REDIRECT="false")

    assert result.returncode != 0
    assert "security.W008" in result.stdout + result.stderr
