"""The test command's settings: production-like parts (PostgreSQL, Redis) with fast password hashing."""

from config.settings.base import *  # noqa: F403
from config.settings.base import STATIC_ROOT

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Tests serve static files through the finders; an empty STATIC_ROOT keeps WhiteNoise from warning.
STATIC_ROOT.mkdir(parents=True, exist_ok=True)

# Lets an integration test slow one scoring run down on purpose (rubrics.services), to kill a worker mid-task.
SCORING_TEST_HOOKS = True

# The webhook tests run their receiver on 127.0.0.1; the SSRF tests turn this off to act as production.
WEBHOOKS_ALLOW_PRIVATE_TARGETS = True

# Counts the requests the live server is answering, so browser tests end only once they are done
# (tests/inflight.py): a request still running when the database is flushed would deadlock with it.
MIDDLEWARE = ["tests.inflight.InflightRequests", *MIDDLEWARE]  # noqa: F405
