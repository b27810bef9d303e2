"""Settings shared by every environment. Values come from `config.env.Env`, never from os.environ directly."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import dj_database_url

from config.env import BASE_DIR, ConfigurationError, load_env

try:
    ENV = load_env()
except ConfigurationError as exc:  # stop start-up with the readable message, not a traceback
    sys.stderr.write(f"{exc}\n")
    raise SystemExit(2) from None

DEBUG = ENV.debug
SECRET_KEY = ENV.effective_secret_key
ALLOWED_HOSTS = ENV.effective_allowed_hosts
SITE_URL = ENV.site_url
CSRF_TRUSTED_ORIGINS = [SITE_URL]
DATA_DIR = ENV.data_dir

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "audit",
    "accounts",
    "assessments",
    "rubrics",
    "candidates",
    "interviews",
    "reports",
    "api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "accounts.middleware.CurrentOrganizationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "accounts.context_processors.organization",
                "config.dev_outbox.dev_outbox_flag",
            ],
        },
    },
]


def _database(url: str) -> dict[str, Any]:
    config: dict[str, Any] = dict(dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True))
    if config["ENGINE"] == "django.db.backends.sqlite3":
        # The embedded default: one file, several processes (web, worker, beat). WAL and a busy timeout
        # let them share it without "database is locked" errors.
        config["OPTIONS"] = {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
        config["CONN_MAX_AGE"] = 0
        # A fresh checkout has no data folder yet: create the one the database file lives in.
        Path(config["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    return config


DATABASES = {"default": _database(ENV.effective_database_url)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "accounts:dashboard"
LOGOUT_REDIRECT_URL = "accounts:login"
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # https://whitenoise.readthedocs.io/en/stable/django.html#add-compression-and-caching-support
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Nothing lives in a process's memory between requests: with Redis the cache (rate limits, locks) is
# shared by every web and worker process; without it, the database cache table is.
if ENV.redis_url:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": ENV.redis_url}
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "cache_entries"}
    }
SESSION_ENGINE = "django.contrib.sessions.backends.db"

# Request bodies: https://docs.djangoproject.com/en/5.2/ref/settings/#data-upload-max-memory-size
# The largest legitimate body is a candidate's autosave after a reconnect: every answer of an assessment at
# once (at most 18 items in the playbooks), each up to 100,000 characters (assessments.services), at up to
# 4 bytes a character in UTF-8: about 7.2 MB. A bigger body is refused before it is read: 413 with a JSON
# message on the candidate's save (assessments.candidate_views), Django's 400 page on a form.
DATA_UPLOAD_MAX_MEMORY_SIZE = 8_000_000
# Uploaded files up to this size are held in memory, bigger ones streamed to a temporary file: the CSV
# import takes at most 1 MB (candidates.csv_rows) and refuses a bigger file by its size, without reading it.
# https://docs.djangoproject.com/en/5.2/ref/settings/#file-upload-max-memory-size
FILE_UPLOAD_MAX_MEMORY_SIZE = 1_000_000

# Email ----------------------------------------------------------------------------------------------
EMAIL_BACKEND = {
    "file": "django.core.mail.backends.filebased.EmailBackend",
    "smtp": "django.core.mail.backends.smtp.EmailBackend",
    "console": "django.core.mail.backends.console.EmailBackend",
    "memory": "django.core.mail.backends.locmem.EmailBackend",
}[ENV.email_backend]
EMAIL_FILE_PATH = ENV.effective_email_file_path
EMAIL_HOST = ENV.email_host
EMAIL_PORT = ENV.email_port
EMAIL_HOST_USER = ENV.email_host_user
EMAIL_HOST_PASSWORD = ENV.email_host_password.get_secret_value()
EMAIL_USE_TLS = ENV.email_use_tls
EMAIL_USE_SSL = ENV.email_use_ssl
EMAIL_TIMEOUT = 20
DEFAULT_FROM_EMAIL = ENV.default_from_email
SERVER_EMAIL = ENV.default_from_email

# Celery: queue names and the task base class are in config/celery.py ----------------------------------
# https://docs.celeryq.dev/en/stable/django/first-steps-with-django.html
CELERY_BROKER_URL = ENV.broker_url
if CELERY_BROKER_URL.startswith("filesystem://"):
    # The embedded default: Kombu's filesystem transport needs no server; web, worker and beat share one
    # folder. https://docs.celeryq.dev/projects/kombu/en/stable/reference/kombu.transport.filesystem.html
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(ENV.broker_folder / "queue"),
        "data_folder_out": str(ENV.broker_folder / "queue"),
        "processed_folder": str(ENV.broker_folder / "processed"),
        "control_folder": str(ENV.broker_folder / "control"),
        "store_processed": False,
    }
else:
    # An unacknowledged task is delivered again after this long: longer than any task's hard time limit.
    CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_IGNORE_RESULT = True  # tasks write their results to the database, never to a result backend
CELERY_TIMEZONE = "UTC"
CELERY_ENABLE_UTC = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = 120
CELERY_TASK_TIME_LIMIT = 150
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
CELERY_BEAT_SCHEDULE_FILENAME = str(DATA_DIR / "celerybeat-schedule")
CELERY_BEAT_SCHEDULE: dict[str, dict[str, Any]] = {
    # Re-enqueue scoring of attempts submitted over 30 s ago and still unscored (rubrics.tasks). A beat
    # missed while no worker listened is dropped rather than piled up: the next one does the same work.
    "rubrics.reconcile_unscored": {
        "task": "rubrics.reconcile_unscored",
        # Every 10 s, for attempts unscored 30 s after scoring was asked for: a task lost with its worker
        # is scored again within about 40 s, even when workers keep dying (bench.faults).
        "schedule": 10.0,
        "options": {"expires": 9},
    },
    # Submit attempts still open past their deadline (assessments.tasks), browser or not.
    "assessments.submit_overdue_attempts": {
        "task": "assessments.submit_overdue_attempts",
        "schedule": 20.0,
        "options": {"expires": 15},
    },
    # Ask again for submission confirmation emails still unsent two minutes on (assessments.tasks).
    "assessments.resend_unsent_confirmations": {
        "task": "assessments.resend_unsent_confirmations",
        "schedule": 60.0,
        "options": {"expires": 50},
    },
    # Send the automatic reminders that are due (candidates.tasks): invitations about to expire.
    "candidates.send_due_reminders": {
        "task": "candidates.send_due_reminders",
        "schedule": 300.0,
        "options": {"expires": 240},
    },
    # Remind interviewers whose interview ended without their scorecard (interviews.tasks), once each.
    "interviews.remind_missing_scorecards": {
        "task": "interviews.remind_missing_scorecards",
        "schedule": 600.0,
        "options": {"expires": 540},
    },
}

# Django REST framework ------------------------------------------------------------------------------
# The API's conventions live in api/ (one error shape, API keys, per-key rate limits, cursor pages).
# https://www.django-rest-framework.org/api-guide/settings/
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "api.authentication.ApiKeyAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["api.permissions.OrganizationMember"],
    "DEFAULT_THROTTLE_CLASSES": ["api.throttling.ApiKeyRateThrottle"],
    "DEFAULT_PAGINATION_CLASS": "api.pagination.NewestFirstCursorPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["api.parsers.LimitedJSONParser"],
    "EXCEPTION_HANDLER": "api.errors.api_exception_handler",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}
# Requests per minute for one API key (api.throttling); a refused request gets 429 and Retry-After.
API_KEY_RATE_LIMIT_PER_MINUTE = 120

# OpenAPI 3 at /api/schema/; Swagger UI and Redoc from the vendored sidecar files, no CDN.
# https://drf-spectacular.readthedocs.io/en/latest/settings.html
SPECTACULAR_SETTINGS = {
    "TITLE": "Hiring Assessments API",
    "DESCRIPTION": (
        "Hiring pipelines, candidates and their applications, invitations, stage changes, interviews and "
        "scorecards, score reports, playbooks and the audit log of your organization. Authenticate with an "
        "API key (`Authorization: Bearer <key>`) created by an admin under API keys, or with a signed-in "
        "session. Every error has the shape `{\"error\": {\"code\", \"message\", \"fields\"}}`."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
}

# Webhook deliveries to private, loopback, link-local or reserved addresses are refused unless this is on
# (DEBUG and the test settings only: a receiver on this machine). Production turns it off explicitly.
WEBHOOKS_ALLOW_PRIVATE_TARGETS = DEBUG

# Headers every page gets. Links that carry secrets (invitations, password resets) never leave the site in
# a Referer. Candidate pages reached by a token set the stricter "no-referrer" themselves: applied to every
# page it would make Chromium send "Origin: null" with each form and fail Django's CSRF origin check.
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # Candidates' link tokens (/a/<token>/) never reach a log: runserver's access log ("django.server")
    # and Django's 4xx/5xx lines ("django.request") carry request paths. gunicorn's access log is redacted
    # by its logger class (scripts/serve.sh).
    "filters": {"candidate_links": {"()": "assessments.log_redaction.CandidateLinkFilter"}},
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        # Django's own runserver format (django.utils.log.DEFAULT_LOGGING), kept as it was.
        "django.server": {
            "()": "django.utils.log.ServerFormatter",
            "format": "[{server_time}] {message}",
            "style": "{",
        },
    },
    "handlers": {
        # On the handler too: a logger's own filter does not apply to its children's records, and other
        # loggers write paths as well ("django.security.csrf": "Forbidden (CSRF token missing.): /a/...").
        "console": {"class": "logging.StreamHandler", "formatter": "plain", "filters": ["candidate_links"]},
        "django.server": {"level": "INFO", "class": "logging.StreamHandler", "formatter": "django.server"},
    },
    "root": {"handlers": ["console"], "level": ENV.log_level},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        "django.request": {"filters": ["candidate_links"]},
        "django.server": {
            "handlers": ["django.server"],
            "level": "INFO",
            "propagate": False,
            "filters": ["candidate_links"],
        },
    },
}
