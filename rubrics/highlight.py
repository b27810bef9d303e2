"""An answer as HTML with its evidence spans marked, every piece of the answer escaped: what the rubric
panel's "try this rubric" and the candidate reports both show.

Spans may overlap (a criterion and a red flag quoting the same words), so the text is cut at every span
boundary and each piece is marked by whatever covers it. After the piece where a span ends, its label
follows as visually hidden text, so a screen reader says what the highlight is evidence of.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe


@dataclass(frozen=True)
class EvidenceSpan:
    """A character span of the answer to highlight, and what it is evidence of."""

    start: int
    end: int
    label: str
    is_flag: bool


def evidence_marked(text: str, spans: list[EvidenceSpan], *, css: str) -> SafeString:
    """`text` with each span in a <mark class="{css}"> (and "{css}--flag" for red flags); spans outside
    the text are left out."""
    length = len(text)
    kept = [span for span in spans if 0 <= span.start < span.end <= length]
    cuts = sorted({0, length, *(span.start for span in kept), *(span.end for span in kept)})
    html: list[str] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        piece = escape(text[start:end])
        covering = [span for span in kept if span.start <= start and end <= span.end]
        if not covering:
            html.append(piece)
            continue
        classes = f"{css} {css}--flag" if any(span.is_flag for span in covering) else css
        title = escape("; ".join(dict.fromkeys(span.label for span in covering)))
        html.append(f'<mark class="{classes}" title="{title}">{piece}</mark>')
        ending = list(dict.fromkeys(span.label for span in covering if span.end == end))
        if ending:
            html.append(f'<span class="visually-hidden"> (evidence: {escape("; ".join(ending))})</span>')
    # Safe: every piece of the answer and every label went through escape(); the markup is ours.
    return mark_safe("".join(html))  # noqa: S308
