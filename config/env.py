"""The product's configuration: one typed object read from the environment (and an optional `.env` file).

Every variable is documented in README.md and `.env.example`. A bad or missing value stops start-up with
a message that names the variable, instead of a traceback from deep inside Django.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, ValidationError, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

BASE_DIR = Path(__file__).resolve().parent.parent

# Used only when DEBUG is on and no SECRET_KEY is given, so that `scripts/run.sh` works out of the box.
# Django's own check flags the "django-insecure-" prefix, so this key can never pass `check --deploy`.
DEBUG_ONLY_SECRET_KEY = "django-insecure-local-development-key-never-used-in-production"


class ConfigurationError(Exception):
    """Raised with a readable message when the environment does not describe a runnable product."""


def _comma_list(value: object) -> object:
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return value


class Env(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=BASE_DIR / ".env",
        env_file_encoding="utf-8",
        case_sensitive=False,
        extra="ignore",
    )

    debug: bool = False
    # Validated even when absent (validate_default), so that "required unless DEBUG" is reported under the
    # variable's own name. Both rely on `debug` being declared first: pydantic validates in field order.
    secret_key: SecretStr | None = Field(default=None, validate_default=True)
    data_dir: Path = BASE_DIR / "data"
    database_url: str | None = None
    redis_url: str | None = None
    celery_broker_url: str | None = None
    allowed_hosts: Annotated[list[str], NoDecode] = Field(default_factory=list, validate_default=True)
    site_url: str = "http://localhost:8000"

    email_backend: Literal["file", "smtp", "console", "memory"] = "file"
    email_file_path: Path | None = None
    email_host: str = "localhost"
    email_port: int = Field(default=25, ge=1, le=65535)
    email_host_user: str = ""
    email_host_password: SecretStr = SecretStr("")
    email_use_tls: bool = False
    email_use_ssl: bool = Field(default=False, validate_default=True)
    default_from_email: str = "Hiring Assessments <no-reply@localhost>"

    secure_ssl_redirect: bool = True
    secure_hsts_seconds: int = Field(default=31_536_000, ge=0)
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"

    @field_validator("allowed_hosts", mode="before")
    @classmethod
    def _split_hosts(cls, value: object) -> object:
        return _comma_list(value)

    @field_validator("secret_key")
    @classmethod
    def _require_secret_key_in_production(
        cls, value: SecretStr | None, info: ValidationInfo
    ) -> SecretStr | None:
        if info.data.get("debug") is False and (value is None or not value.get_secret_value()):
            raise ValueError(
                "is required when DEBUG is off: set it to a long random string, for example the output of: "
                'python -c "import secrets; print(secrets.token_urlsafe(50))"'
            )
        return value

    @field_validator("allowed_hosts")
    @classmethod
    def _require_hosts_in_production(cls, value: list[str], info: ValidationInfo) -> list[str]:
        if info.data.get("debug") is False and not value:
            raise ValueError(
                "is required when DEBUG is off: list the host names that serve the site, comma-separated, "
                "for example hire.example.com"
            )
        return value

    @field_validator("email_use_ssl")
    @classmethod
    def _one_of_tls_or_ssl(cls, value: bool, info: ValidationInfo) -> bool:
        # Django refuses both at send time, deep inside a worker; say so at start-up instead.
        if value and info.data.get("email_use_tls"):
            raise ValueError("cannot be on with EMAIL_USE_TLS: port 465 wants SSL, port 587 wants TLS")
        return value

    @field_validator("database_url")
    @classmethod
    def _check_database_url(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        scheme = urlsplit(value).scheme
        if scheme not in {"sqlite", "postgres", "postgresql", "pgsql"}:
            raise ValueError(
                "must start with postgres:// or sqlite:/// "
                "(for example postgres://user:password@127.0.0.1:5432/assessments)"
            )
        if scheme != "sqlite" and not urlsplit(value).path.strip("/"):
            raise ValueError("names no database: add one after the host, for example .../assessments")
        return value

    @field_validator("redis_url")
    @classmethod
    def _check_redis_url(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        # It is the cache too, so it must be Redis (a broker of another kind goes in CELERY_BROKER_URL).
        if urlsplit(value).scheme not in {"redis", "rediss", "unix"}:
            raise ValueError("must be a Redis URL such as redis://127.0.0.1:6379/0")
        return value

    @field_validator("celery_broker_url")
    @classmethod
    def _check_broker_url(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        if "://" not in value:
            raise ValueError("must be a URL such as redis://127.0.0.1:6379/0")
        return value

    @field_validator("site_url")
    @classmethod
    def _check_site_url(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in {"http", "https"} or not parts.netloc:
            raise ValueError(
                "must be the address people use to reach the site, such as https://hire.example.com"
            )
        return value.rstrip("/")

    # Derived values ---------------------------------------------------------------------------------

    @property
    def effective_secret_key(self) -> str:
        if self.secret_key is not None and self.secret_key.get_secret_value():
            return self.secret_key.get_secret_value()
        return DEBUG_ONLY_SECRET_KEY

    @property
    def effective_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'db.sqlite3'}"

    @property
    def broker_url(self) -> str:
        """Redis when configured; otherwise Kombu's filesystem transport, which needs no server."""
        return self.celery_broker_url or self.redis_url or "filesystem://localhost//"

    @property
    def broker_folder(self) -> Path:
        return self.data_dir / "broker"

    @property
    def effective_allowed_hosts(self) -> list[str]:
        if self.allowed_hosts:
            return self.allowed_hosts
        return ["localhost", "127.0.0.1", "[::1]", "testserver"]

    @property
    def effective_email_file_path(self) -> Path:
        return self.email_file_path or self.data_dir / "outbox"


_SECRET_VARIABLES = {"SECRET_KEY", "EMAIL_HOST_PASSWORD", "DATABASE_URL", "REDIS_URL", "CELERY_BROKER_URL"}


def _variable_name(location: tuple[int | str, ...]) -> str:
    if not location:
        return "the environment"
    return str(location[0]).upper()


def load_env(**overrides: object) -> Env:
    """Read the environment; raise ConfigurationError naming each bad variable and what to do.

    The message has one line per bad variable and never repeats the value of a variable that can hold a
    secret (passwords ride inside DATABASE_URL and REDIS_URL too).
    """
    try:
        return Env(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        lines = []
        for error in exc.errors():
            message = error["msg"].removeprefix("Value error, ")
            name = _variable_name(error["loc"])
            value = error.get("input")
            shown = "" if name in _SECRET_VARIABLES or value in (None, "", []) else f" (got {value!r})"
            lines.append(
                f"Configuration error: {name}: {message}{shown}. "
                "Set it in the environment or in .env (see .env.example)."
            )
        raise ConfigurationError("\n".join(lines)) from None
