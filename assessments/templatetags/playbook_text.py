"""`{{ text|prose }}`: playbook text as paragraphs.

Authors hard-wrap long text in YAML block scalars, so a line break after a long line is only layout and
becomes a space. A break after a short line was meant ("Hi Alex," or a signature in an email), a blank line
starts a new paragraph, and a line that starts a list entry ("- ", "1. ", "b) ") or a label ("Best: ",
"Worst: ") keeps its own line. Everything is escaped.
"""

from __future__ import annotations

import re

from django import template
from django.template.defaultfilters import linebreaks_filter
from django.utils.safestring import SafeString

register = template.Library()

# Shorter than this, a line was ended on purpose rather than wrapped at the editor's margin.
_WRAPPED_LINE_LENGTH = 60
_OWN_LINE = re.compile(r"^(?:[-*\u2022]\s|\d{1,2}[.)]\s|[a-z][.)]\s|[A-Z][\w'/&-]*(?: [\w'/&-]+){0,3}:\s)")


def reflow(text: str) -> str:
    paragraphs = []
    for paragraph in re.split(r"\n\s*\n", text.strip()):
        lines: list[str] = []
        previous = ""
        for line in (raw.strip() for raw in paragraph.splitlines()):
            if not line:
                continue
            if lines and len(previous) >= _WRAPPED_LINE_LENGTH and not _OWN_LINE.match(line):
                lines[-1] = f"{lines[-1]} {line}"
            else:
                lines.append(line)
            previous = line
        paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)


@register.filter
def prose(text: str | None) -> SafeString:
    return SafeString(linebreaks_filter(reflow(text or ""), autoescape=True))


@register.filter
def number(value: float | int | None) -> str:
    """1.5 -> "1.5", 2.0 -> "2", 0.25 -> "0.25": minutes and weights as an author wrote them."""
    if value is None:
        return ""
    return f"{float(value):g}"
