"""The health check: `GET /healthz/` answers 200 "ok" when this process can reach the database.

docker-compose.yml (and any load balancer) asks it whether a web process should get traffic. Run as a
module (`python -m config.health`) it is the client the compose health check runs inside the container.
"""

from __future__ import annotations

import os
import sys
import urllib.error
import urllib.request

from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET


@never_cache
@require_GET
def health(request: HttpRequest) -> HttpResponse:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return HttpResponse("database unavailable", status=503, content_type="text/plain")
    return HttpResponse("ok", content_type="text/plain")


def probe_host(allowed_hosts: list[str]) -> str:
    """A Host header Django accepts: the health check must not be refused as a DisallowedHost."""
    if not allowed_hosts or allowed_hosts[0] == "*":
        return "localhost"
    # ".example.com" allows example.com and its subdomains.
    return allowed_hosts[0].lstrip(".")


def probe(*, port: int, allowed_hosts: list[str], timeout: float = 5.0) -> bool:
    """Ask the web process on this machine for /healthz/, the way the TLS proxy in front of it would.

    X-Forwarded-Proto says the request came in over HTTPS (SECURE_PROXY_SSL_HEADER), so production's
    SECURE_SSL_REDIRECT does not answer with a redirect instead of the check.
    """
    request = urllib.request.Request(  # noqa: S310 - a fixed http:// URL on the loopback interface
        f"http://127.0.0.1:{port}/healthz/",
        headers={"Host": probe_host(allowed_hosts), "X-Forwarded-Proto": "https"},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return bool(response.status == 200 and response.read() == b"ok")
    except (urllib.error.URLError, OSError):
        return False


def main() -> int:
    from config.env import load_env

    env = load_env()
    healthy = probe(port=int(os.environ.get("PORT", "8000")), allowed_hosts=env.effective_allowed_hosts)
    if not healthy:
        print("unhealthy: /healthz/ did not answer 200 ok", file=sys.stderr)
    return 0 if healthy else 1


if __name__ == "__main__":
    sys.exit(main())
