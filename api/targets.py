"""Where webhooks may go. A webhook URL is typed by a customer, so the server would otherwise fetch any
address it names: the cloud metadata service (169.254.169.254), the database, an admin port on loopback
(server-side request forgery). Every address the host resolves to must be public, checked when the URL is
saved and again right before each delivery (the DNS answer may have changed), and the connection goes to
the address that was checked, so a second DNS answer cannot swap it.

`settings.WEBHOOKS_ALLOW_PRIVATE_TARGETS` (DEBUG and tests only, off in production) lifts the address rule
and the https requirement so that a receiver on this machine can be used.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings

from accounts.types import ApplicationError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass(frozen=True)
class WebhookTarget:
    scheme: str
    host: str
    port: int
    path: str
    address: str  # the checked address the connection goes to


def _address_refused(address: IPAddress) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_reserved
        or address.is_multicast
        or address.is_unspecified
        or not address.is_global
    )


def webhook_target_resolve(url: str) -> WebhookTarget:
    """The URL's parts and a checked address to connect to; ApplicationError (field "url") if refused."""
    allow_private = bool(getattr(settings, "WEBHOOKS_ALLOW_PRIVATE_TARGETS", False))
    parts = urlsplit(url.strip())
    allowed_schemes = {"https", "http"} if allow_private else {"https"}
    if parts.scheme not in allowed_schemes or not parts.hostname:
        raise ApplicationError(
            "Enter the full address of your receiver, starting with https:// (for example "
            "https://ats.example.com/hooks/assessments).",
            extra={"field": "url", "code": "invalid_url"},
        )
    if parts.username or parts.password:
        raise ApplicationError(
            "Leave the user name and password out of the address: deliveries are signed instead.",
            extra={"field": "url", "code": "invalid_url"},
        )
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise ApplicationError(
            "The port in this address is not a number between 1 and 65535.", extra={"field": "url"}
        ) from None
    host = parts.hostname
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise ApplicationError(
            f"The host name {host} could not be found. Check the address for typos.",
            extra={"field": "url", "code": "unresolvable"},
        ) from None
    addresses = [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos]
    if not addresses:
        raise ApplicationError(f"The host name {host} has no address.", extra={"field": "url"})
    if not allow_private:
        refused = [str(address) for address in addresses if _address_refused(address)]
        if refused:
            listed = ", ".join(sorted(set(refused)))
            raise ApplicationError(
                f"{host} points to a private, loopback or reserved address ({listed}). "
                "Webhooks are only sent to addresses on the public internet.",
                extra={"field": "url", "code": "private_target"},
            )
    path = parts.path or "/"
    if parts.query:
        path = f"{path}?{parts.query}"
    return WebhookTarget(scheme=parts.scheme, host=host, port=port, path=path, address=str(addresses[0]))
