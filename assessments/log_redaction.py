"""Keeps candidates' link tokens out of the logs (issue 6: "the token never appears in logs").

An emailed link is `/a/<token>/`, and whoever reads a log line holding it could open the candidate's
assessment. Two kinds of log line carry request paths:

* Django's own: "django.server" (runserver's access log) and "django.request" (every 4xx and 5xx, with the
  path). `CandidateLinkFilter` is attached to both in settings.LOGGING.
* gunicorn's access log, written by gunicorn itself, not through Django: scripts/serve.sh starts gunicorn
  with `--logger-class assessments.log_redaction.RedactingGunicornLogger`.

Both replace the token with "[token]". Only path segments long enough to be a token are touched (a token
is 43 characters; the fixed candidate paths such as /a/attempt/ are short words), so the logs still show
which page was asked for.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from gunicorn.glogging import Logger as GunicornLogger

TOKEN_IN_PATH = re.compile(r"(/a/)[A-Za-z0-9_\-%.~]{16,}")
REDACTED = r"\1[token]"


def redact_candidate_links(text: str) -> str:
    return TOKEN_IN_PATH.sub(REDACTED, text)


def _redacted(value: Any) -> Any:
    return redact_candidate_links(value) if isinstance(value, str) else value


class CandidateLinkFilter(logging.Filter):
    """Rewrites a record's message and arguments with candidates' link tokens replaced; drops nothing."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = redact_candidate_links(record.msg)
        if isinstance(record.args, dict):
            record.args = {key: _redacted(value) for key, value in record.args.items()}
        elif isinstance(record.args, tuple):
            record.args = tuple(_redacted(value) for value in record.args)
        return True


class RedactingGunicornLogger(GunicornLogger):
    """gunicorn's logger with the request line, path, query and Referer of each access-log line redacted."""

    def atoms(self, resp: Any, req: Any, environ: Any, request_time: Any) -> dict[str, Any]:
        atoms: dict[str, Any] = super().atoms(resp, req, environ, request_time)
        return {key: _redacted(value) for key, value in atoms.items()}
