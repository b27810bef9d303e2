"""One webhook POST over a connection to the address `api.targets` checked (never re-resolved), with a
timeout, no redirects followed, and only the status code kept of the answer."""

from __future__ import annotations

import http.client
import socket
import ssl
import time
from dataclasses import dataclass

from api.targets import WebhookTarget

RESPONSE_BYTES_READ = 4096


@dataclass(frozen=True)
class PostResult:
    status_code: int | None
    duration_ms: int
    error: str


class _PinnedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, host: str, port: int, *, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, host: str, port: int, *, address: str, timeout: float) -> None:
        self._ssl_context = ssl.create_default_context()
        super().__init__(host, port, timeout=timeout, context=self._ssl_context)
        self._address = address

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        # Certificate checked against the host name of the URL, while connecting to the checked address.
        self.sock = self._ssl_context.wrap_socket(sock, server_hostname=self.host)


def webhook_post(
    *, target: WebhookTarget, body: bytes, headers: dict[str, str], timeout: float
) -> PostResult:
    connection: http.client.HTTPConnection
    if target.scheme == "https":
        connection = _PinnedHTTPSConnection(target.host, target.port, address=target.address, timeout=timeout)
    else:
        connection = _PinnedHTTPConnection(target.host, target.port, address=target.address, timeout=timeout)
    started = time.monotonic()
    try:
        connection.request("POST", target.path, body=body, headers=headers)
        response = connection.getresponse()
        response.read(RESPONSE_BYTES_READ)
        status: int | None = response.status
        error = "" if 200 <= response.status < 300 else f"The receiver answered HTTP {response.status}."
    except TimeoutError:
        status, error = None, f"No answer within {timeout:g} seconds."
    except (OSError, http.client.HTTPException) as exc:
        status, error = None, f"Could not deliver: {exc.__class__.__name__}: {exc}"[:500]
    finally:
        connection.close()
    return PostResult(status_code=status, duration_ms=int((time.monotonic() - started) * 1000), error=error)
