"""The development outbox: the emails the embedded set-up wrote to files, readable in the browser.

Only served when DEBUG is on and the file email backend is in use (see config/urls.py); in production
email goes out by SMTP and this page does not exist.
"""

from __future__ import annotations

import email
import email.policy
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

# Django's file backend separates messages in one file with a line of 79 dashes.
_SEPARATOR = "\n" + "-" * 79 + "\n"
_MAX_MESSAGES = 200


@dataclass(frozen=True)
class OutboxMessage:
    subject: str
    to: str
    sender: str
    date: str
    text: str
    file_name: str


def _text_body(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    return part.get_content() if part is not None else ""


def outbox_messages(folder: Path) -> list[OutboxMessage]:
    if not folder.is_dir():
        return []
    files = sorted(folder.glob("*.log"), key=lambda path: path.stat().st_mtime, reverse=True)
    messages: list[OutboxMessage] = []
    for path in files:
        chunks = path.read_text(encoding="utf-8", errors="replace").split(_SEPARATOR)
        for chunk in reversed(chunks):
            if not chunk.strip():
                continue
            parsed = email.message_from_string(chunk.strip("\n"), policy=email.policy.default)
            assert isinstance(parsed, EmailMessage)
            messages.append(
                OutboxMessage(
                    subject=str(parsed.get("Subject", "")),
                    to=str(parsed.get("To", "")),
                    sender=str(parsed.get("From", "")),
                    date=str(parsed.get("Date", "")),
                    text=_text_body(parsed),
                    file_name=path.name,
                )
            )
            if len(messages) >= _MAX_MESSAGES:
                return messages
    return messages


def dev_outbox_enabled() -> bool:
    return bool(settings.DEBUG) and settings.EMAIL_BACKEND.endswith("filebased.EmailBackend")


def dev_outbox_flag(request: HttpRequest) -> dict[str, bool]:
    """Template context: whether the navigation shows the Outbox link."""
    return {"dev_outbox_enabled": dev_outbox_enabled()}


@login_required
def dev_outbox(request: HttpRequest) -> HttpResponse:
    folder = Path(settings.EMAIL_FILE_PATH)
    context = {"messages_sent": outbox_messages(folder), "folder": folder.name}
    return render(request, "dev/outbox.html", context)
