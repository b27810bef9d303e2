"""The webhook signature: what a receiver checks to know a delivery came from us, unaltered and recent.

    Webhook-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" keyed with the secret>

The timestamp is inside the signed text, so a captured delivery cannot be replayed later with a fresh
`t`; receivers should refuse a `t` more than a few minutes away from their clock.
"""

from __future__ import annotations

import hashlib
import hmac

SIGNATURE_VERSION = "v1"
DEFAULT_TOLERANCE_SECONDS = 300


def webhook_signature(*, secret: str, timestamp: int, body: bytes) -> str:
    """The hex HMAC-SHA256 of `"<timestamp>.<body>"`."""
    signed = str(timestamp).encode("ascii") + b"." + body
    return hmac.new(secret.encode("utf-8"), signed, hashlib.sha256).hexdigest()


def webhook_signature_header(*, secret: str, timestamp: int, body: bytes) -> str:
    signature = webhook_signature(secret=secret, timestamp=timestamp, body=body)
    return f"t={timestamp},{SIGNATURE_VERSION}={signature}"


def webhook_signature_verify(
    *, secret: str, header: str, body: bytes, now: int, tolerance_seconds: int = DEFAULT_TOLERANCE_SECONDS
) -> bool:
    """What a receiver does (the README shows the same in a few lines): parse, check age, compare."""
    parts = dict(part.split("=", 1) for part in header.split(",") if "=" in part)
    try:
        timestamp = int(parts["t"])
    except (KeyError, ValueError):
        return False
    if abs(now - timestamp) > tolerance_seconds:
        return False
    expected = webhook_signature(secret=secret, timestamp=timestamp, body=body)
    return hmac.compare_digest(expected, parts.get(SIGNATURE_VERSION, ""))
