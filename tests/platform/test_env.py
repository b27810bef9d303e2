"""The environment is read by one typed object; a bad or missing value stops start-up naming the variable."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from config.env import DEBUG_ONLY_SECRET_KEY, ConfigurationError, Env, load_env

ROOT = Path(__file__).resolve().parents[2]
VARIABLES = [name.upper() for name in Env.model_fields]


@pytest.fixture
def production_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> pytest.MonkeyPatch:
    """Only the variables a production start-up needs, whatever the test command exported."""
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DEBUG", "false")
    monkeypatch.setenv("SECRET_KEY", secrets.token_urlsafe(50))
    monkeypatch.setenv("ALLOWED_HOSTS", "hire.example.com")
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    return monkeypatch


def _error_for(**overrides: object) -> str:
    with pytest.raises(ConfigurationError) as raised:
        load_env(_env_file=None, **overrides)
    return str(raised.value)


def test_a_complete_production_environment_loads(production_environment: pytest.MonkeyPatch) -> None:
    env = load_env(_env_file=None)

    assert env.debug is False
    assert env.allowed_hosts == ["hire.example.com"]


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("DATABASE_URL", "mysql://app@db.example.com/app"),
        ("DATABASE_URL", "postgres://app@db.example.com:5432"),
        ("REDIS_URL", "127.0.0.1:6379"),
        ("REDIS_URL", "http://127.0.0.1:6379/0"),
        ("SITE_URL", "hire.example.com"),
        ("EMAIL_PORT", "smtp"),
        ("EMAIL_PORT", "70000"),
        ("DEBUG", "maybe"),
        ("EMAIL_BACKEND", "carrier-pigeon"),
        ("LOG_LEVEL", "LOUD"),
    ],
)
def test_a_bad_value_is_refused_in_one_line_naming_the_variable(
    production_environment: pytest.MonkeyPatch, variable: str, value: str
) -> None:
    production_environment.setenv(variable, value)

    message = _error_for()

    assert message.splitlines() == [message]
    assert message.startswith(f"Configuration error: {variable}: ")


@pytest.mark.parametrize("variable", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_a_production_start_up_needs_the_variable(
    production_environment: pytest.MonkeyPatch, variable: str
) -> None:
    production_environment.delenv(variable)

    message = _error_for()

    assert message.startswith(f"Configuration error: {variable}: is required when DEBUG is off")


def test_debug_mode_runs_without_secret_key_on_a_key_production_would_refuse(
    production_environment: pytest.MonkeyPatch,
) -> None:
    production_environment.delenv("SECRET_KEY")
    production_environment.setenv("DEBUG", "true")

    env = load_env(_env_file=None)

    assert env.effective_secret_key == DEBUG_ONLY_SECRET_KEY
    assert env.effective_secret_key.startswith("django-insecure-")  # flagged by check --deploy


def test_debug_mode_runs_without_allowed_hosts_on_this_machine_only(
    production_environment: pytest.MonkeyPatch,
) -> None:
    production_environment.delenv("ALLOWED_HOSTS")
    production_environment.setenv("DEBUG", "true")

    env = load_env(_env_file=None)

    assert set(env.effective_allowed_hosts) <= {"localhost", "127.0.0.1", "[::1]", "testserver"}


def test_every_bad_variable_is_named_at_once(production_environment: pytest.MonkeyPatch) -> None:
    production_environment.setenv("EMAIL_PORT", "smtp")
    production_environment.setenv("SITE_URL", "hire.example.com")
    production_environment.delenv("SECRET_KEY")

    lines = _error_for().splitlines()

    assert [line.split(":")[1].strip() for line in lines] == ["SECRET_KEY", "SITE_URL", "EMAIL_PORT"]


def test_both_tls_and_ssl_for_email_is_refused(production_environment: pytest.MonkeyPatch) -> None:
    production_environment.setenv("EMAIL_USE_TLS", "true")
    production_environment.setenv("EMAIL_USE_SSL", "true")

    assert _error_for().startswith("Configuration error: EMAIL_USE_SSL: cannot be on with EMAIL_USE_TLS")


def test_secrets_are_never_repeated_in_the_message(production_environment: pytest.MonkeyPatch) -> None:
    password = "hunter2-" + secrets.token_hex(8)
    production_environment.setenv("DATABASE_URL", f"mysql://app:{password}@db.example.com/app")
    production_environment.setenv("REDIS_URL", f"{password}@127.0.0.1:6379")
    production_environment.setenv("CELERY_BROKER_URL", f"{password}@127.0.0.1:6379")
    production_environment.setenv("EMAIL_HOST_PASSWORD", password)
    production_environment.setenv("SECRET_KEY", password)
    production_environment.setenv("SITE_URL", "not a url")  # a non-secret bad value is shown, to help

    message = _error_for()

    assert password not in message
    for variable in ("DATABASE_URL", "REDIS_URL", "CELERY_BROKER_URL"):
        assert f"Configuration error: {variable}: " in message
    assert "(got 'not a url')" in message


def test_a_bad_value_in_the_env_file_is_named_too(
    production_environment: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("EMAIL_PORT=twenty-five\n", encoding="utf-8")

    with pytest.raises(ConfigurationError, match=r"^Configuration error: EMAIL_PORT: "):
        load_env(_env_file=env_file)


def test_without_database_url_the_database_is_an_sqlite_file_in_the_data_folder(
    production_environment: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    env = load_env(_env_file=None)

    assert env.effective_database_url == f"sqlite:///{tmp_path / 'data' / 'db.sqlite3'}"


def test_the_broker_is_redis_when_given_and_a_local_folder_otherwise(
    production_environment: pytest.MonkeyPatch,
) -> None:
    assert load_env(_env_file=None).broker_url.startswith("filesystem://")

    production_environment.setenv("REDIS_URL", "redis://127.0.0.1:6379/0")

    assert load_env(_env_file=None).broker_url == "redis://127.0.0.1:6379/0"


def test_manage_py_stops_with_one_line_naming_the_bad_variable_and_no_traceback(tmp_path: Path) -> None:
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": "mysql://x",
        "DATA_DIR": str(tmp_path),
    }

    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stderr.startswith("Configuration error: DATABASE_URL: must start with postgres://")
