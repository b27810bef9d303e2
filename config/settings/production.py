"""Production: what docker-compose.yml runs. Must pass `manage.py check --deploy` with no warning."""

from config.settings.base import *  # noqa: F403
from config.settings.base import ENV

# https://docs.djangoproject.com/en/5.2/howto/deployment/checklist/
SECURE_SSL_REDIRECT = ENV.secure_ssl_redirect
# A load balancer may probe the health check over plain HTTP from inside the network.
# https://docs.djangoproject.com/en/5.2/ref/settings/#secure-redirect-exempt
SECURE_REDIRECT_EXEMPT = [r"^healthz/$"]
# A TLS-terminating proxy in front of gunicorn tells us the original scheme.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = ENV.secure_hsts_seconds
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_AGE = 60 * 60 * 12

# Webhooks never reach this network's own machines (SSRF): public addresses only (api.targets).
WEBHOOKS_ALLOW_PRIVATE_TARGETS = False
