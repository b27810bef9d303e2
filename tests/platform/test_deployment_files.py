"""docker-compose.yml, the Dockerfile and scripts/run.sh start the same processes through scripts/serve.sh.

The files are read, not run: the commands each process would run come from `serve.sh --dry-run`.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shlex
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from config.celery import Queues
from config.env import ConfigurationError, Env, load_env

ROOT = Path(__file__).resolve().parents[2]
APP_ROLES = ("migrate", "web", "worker", "beat")
PROCESS_VARIABLES = ("PORT", "WEB_CONCURRENCY", "WORKER_CONCURRENCY", "DJANGO_SETTINGS_MODULE")


def _services() -> dict[str, Any]:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    services: dict[str, Any] = compose["services"]
    return services


def _serve(role: str, *, debug: bool = False, **environment: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "DEBUG": "true" if debug else "false",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "hire.example.com",
        **environment,
    }
    return subprocess.run(
        ["bash", "scripts/serve.sh", "--dry-run", role],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def _commands(role: str, *, debug: bool = False, **environment: str) -> list[list[str]]:
    result = _serve(role, debug=debug, **environment)
    assert result.returncode == 0, result.stderr
    return [shlex.split(line) for line in result.stdout.splitlines()]


def test_compose_runs_the_whole_product() -> None:
    assert {"postgres", "redis", "mailpit", "migrate", "web", "worker", "beat"} <= set(_services())


@pytest.mark.parametrize("role", APP_ROLES)
def test_each_app_service_is_the_image_started_by_serve_sh_with_its_role(role: str) -> None:
    service = _services()[role]

    assert service["command"] == ["bash", "scripts/serve.sh", role]
    assert service["build"] == "."
    assert service["env_file"] in (".env", [".env"])


@pytest.mark.parametrize("role", APP_ROLES)
def test_app_services_use_the_compose_database_broker_and_mail_server(role: str) -> None:
    environment = _services()[role]["environment"]

    assert re.fullmatch(r"postgres://hiring:.+@postgres:5432/hiring", environment["DATABASE_URL"])
    assert environment["REDIS_URL"] == "redis://redis:6379/0"
    assert (environment["EMAIL_BACKEND"], environment["EMAIL_HOST"]) == ("smtp", "mailpit")
    assert environment["DEBUG"] == "false"
    assert environment["DJANGO_SETTINGS_MODULE"] == "config.settings.production"


@pytest.mark.parametrize("role", ["web", "worker", "beat"])
def test_app_processes_start_after_healthy_services_and_a_successful_migration(role: str) -> None:
    depends_on = _services()[role]["depends_on"]

    assert depends_on["migrate"] == {"condition": "service_completed_successfully"}
    assert depends_on["postgres"] == {"condition": "service_healthy"}
    assert depends_on["redis"] == {"condition": "service_healthy"}


@pytest.mark.parametrize("service", ["postgres", "redis", "web", "worker"])
def test_long_running_services_have_a_health_check(service: str) -> None:
    assert _services()[service]["healthcheck"]["test"]


def test_the_web_health_check_calls_the_health_view_client() -> None:
    assert _services()["web"]["healthcheck"]["test"] == ["CMD", "python", "-m", "config.health"]


def test_the_worker_health_check_pings_this_worker() -> None:
    test = _services()["worker"]["healthcheck"]["test"]

    assert test[0] == "CMD-SHELL"
    assert "celery -A config inspect ping -d celery@$$HOSTNAME" in test[1]


@pytest.mark.parametrize(
    ("role", "program"),
    [
        ("web", ["gunicorn", "config.wsgi"]),
        ("worker", ["celery", "-A", "config", "worker"]),
        ("beat", ["celery", "-A", "config", "beat"]),
        ("migrate", ["python", "manage.py", "migrate", "--noinput"]),
    ],
)
def test_serve_sh_handles_each_role(role: str, program: list[str]) -> None:
    assert _commands(role)[0][: len(program)] == program


def test_serve_sh_refuses_an_unknown_role() -> None:
    result = _serve("webserver")

    assert result.returncode != 0
    assert "usage: bash scripts/serve.sh" in result.stderr


def test_web_in_production_is_gunicorn_on_every_interface_with_access_log() -> None:
    [command] = _commands("web", PORT="8123", WEB_CONCURRENCY="5")

    assert command[:2] == ["gunicorn", "config.wsgi"]
    assert command[command.index("--bind") + 1] == "0.0.0.0:8123"
    assert command[command.index("--workers") + 1] == "5"
    assert command[command.index("--access-logfile") + 1] == "-"


def test_web_in_debug_is_djangos_server_on_loopback_only() -> None:
    assert _commands("web", debug=True, PORT="8123") == [
        ["python", "manage.py", "runserver", "127.0.0.1:8123"]
    ]


def test_a_bad_debug_value_stops_serve_sh_naming_it() -> None:
    result = _serve("web", DEBUG="sometimes")

    assert result.returncode != 0
    assert result.stderr.startswith("Configuration error: DEBUG: ")
    assert result.stdout == ""


def test_the_worker_consumes_every_queue_named_in_config_celery() -> None:
    [command] = _commands("worker", WORKER_CONCURRENCY="3")

    assert command[command.index("-Q") + 1].split(",") == list(Queues.ALL)
    assert command[command.index("--concurrency") + 1] == "3"


def test_migrate_collects_static_files_only_when_debug_is_off() -> None:
    production = [command[2] for command in _commands("migrate")]
    debug = [command[2] for command in _commands("migrate", debug=True)]

    assert production == ["migrate", "createcachetable", "collectstatic"]
    assert debug == ["migrate", "createcachetable"]


def test_run_sh_starts_its_processes_through_serve_sh() -> None:
    run_sh = ROOT / "scripts" / "run.sh"
    if not run_sh.exists():
        pytest.skip("scripts/run.sh is not written yet: nothing to compare with docker-compose.yml")

    roles = set(re.findall(r"^\s*bash scripts/serve\.sh (\w+)", run_sh.read_text(encoding="utf-8"), re.M))

    assert {"migrate", "web", "worker", "beat"} <= roles


def _dockerfile_instructions() -> list[tuple[str, str]]:
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    joined = re.sub(r"\\\n", " ", text)  # continuation lines belong to the instruction above
    instructions = []
    for line in joined.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            keyword, _, argument = line.partition(" ")
            instructions.append((keyword.upper(), argument.strip()))
    return instructions


def test_the_image_starts_the_web_process_through_serve_sh() -> None:
    commands = [argument for keyword, argument in _dockerfile_instructions() if keyword == "CMD"]

    assert json.loads(commands[-1]) == ["bash", "scripts/serve.sh", "web"]


def test_the_image_is_slim_python_with_production_settings_and_runs_as_non_root() -> None:
    instructions = _dockerfile_instructions()
    env = " ".join(argument for keyword, argument in instructions if keyword == "ENV")
    users = [argument for keyword, argument in instructions if keyword == "USER"]

    assert instructions[0] == ("FROM", "python:3.11-slim")
    assert "DJANGO_SETTINGS_MODULE=config.settings.production" in env
    assert "SECRET_KEY" not in env
    assert users and users[-1] not in ("root", "0")


def test_the_image_installs_the_pinned_packages_and_collects_static_files() -> None:
    runs = [argument for keyword, argument in _dockerfile_instructions() if keyword == "RUN"]

    assert any(re.search(r"pip install -c constraints\.txt \.(\s|$)", run) for run in runs)
    assert not any("pip install" in run and ("-e " in run or "--editable" in run) for run in runs)
    assert any("collectstatic --noinput" in run and "SECRET_KEY=" in run for run in runs)


def test_the_build_context_leaves_out_local_state_and_secrets() -> None:
    ignored = (ROOT / ".dockerignore").read_text(encoding="utf-8").split()

    assert {".venv", "data", ".git", ".env"} <= set(ignored)


def _env_example() -> str:
    return (ROOT / ".env.example").read_text(encoding="utf-8")


def test_env_example_documents_every_variable() -> None:
    text = _env_example()
    variables = [name.upper() for name in Env.model_fields] + list(PROCESS_VARIABLES)
    assignment = re.compile(r"^#? ?[A-Z_]+=")
    comments = [line for line in text.splitlines() if line.startswith("#") and not assignment.match(line)]

    for variable in variables:
        assert re.search(rf"^(# )?{variable}=", text, re.M), f"{variable} has no line in .env.example"
        assert any(re.search(rf"\b{variable}\b", line) for line in comments), f"{variable} is not explained"


def test_env_example_is_valid_for_development_and_names_what_production_needs(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name in Env.model_fields:
        monkeypatch.delenv(name.upper(), raising=False)
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    example = ROOT / ".env.example"

    monkeypatch.setenv("DEBUG", "true")
    assert load_env(_env_file=example).debug is True

    monkeypatch.setenv("DEBUG", "false")
    with pytest.raises(ConfigurationError, match=r"SECRET_KEY: .*\n.*ALLOWED_HOSTS: "):
        load_env(_env_file=example)


def test_the_image_compiles_the_scoring_engine_from_its_own_copy_of_the_code() -> None:
    instructions = _dockerfile_instructions()
    copied_code = instructions.index(("COPY", ". ."))
    builds = [
        (n, argument)
        for n, (keyword, argument) in enumerate(instructions)
        if keyword == "RUN" and "scripts/build_engine.py" in argument
    ]
    ignored = (ROOT / ".dockerignore").read_text(encoding="utf-8").split()

    assert len(builds) == 1
    position, build = builds[0]
    assert position > copied_code  # it compiles the sources the image holds
    # The compiler is installed for the step and removed in the same layer; a failed build fails the image.
    assert "apt-get install" in build and "gcc" in build and "apt-get purge" in build
    assert "|| true" not in build
    # This machine's compiled files never reach the image.
    assert {"rubrics/engine/*.so", "rubrics/engine/_native.stamp"} <= set(ignored)
