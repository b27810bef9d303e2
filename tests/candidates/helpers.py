from __future__ import annotations

import re

from django.core import mail

LINK = re.compile(r"https?://[^\s\"<>]+/a/[A-Za-z0-9_\-]+/")


def emailed_link(index: int = -1) -> str:
    """The candidate link in an email of the test outbox (the last one by default)."""
    found = LINK.search(str(mail.outbox[index].body))
    assert found is not None, mail.outbox[index].body
    return found.group(0)


def token_of(link: str) -> str:
    return link.rstrip("/").rsplit("/", 1)[-1]
