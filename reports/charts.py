"""Charts drawn on the server as inline SVG: no script, no library, readable by a screen reader.

Each chart is an `<svg role="img">` named by its `<title>` and described by its `<desc>` (which states every
value, so the picture is not the only place the numbers are); the pages put a data table beside each chart
as well. Every piece of text is escaped here, so the SVG is safe to mark as safe.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

BAR_COLOUR = "#2f5d8a"
FLAG_COLOUR = "#b3261e"
AXIS_COLOUR = "#5b6470"


@dataclass(frozen=True)
class Bar:
    label: str
    value: float  # 0 when there is nothing to draw
    shown: str  # the value as written on the chart ("12", "4 of 5", "not rated")


def _svg(*, chart_id: str, title: str, desc: str, width: int, height: int, body: list[str]) -> SafeString:
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 {width} {height}" '
        f'width="100%" preserveAspectRatio="xMinYMin meet" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" id="{chart_id}">'
        f'<title id="{chart_id}-title">{escape(title)}</title>'
        f'<desc id="{chart_id}-desc">{escape(desc)}</desc>'
    )
    # Safe: every text above and in `body` went through escape(); the markup is ours.
    return mark_safe(head + "".join(body) + "</svg>")  # noqa: S308


def column_chart(*, chart_id: str, title: str, bars: Sequence[Bar], y_label: str) -> SafeString:
    """Vertical bars (the score distribution): one column per bar, its value above it."""
    width, height, left, bottom, top = 640, 260, 40, 40, 20
    plot_height = height - bottom - top
    step = (width - left - 10) / max(1, len(bars))
    highest = max([bar.value for bar in bars] + [1.0])
    body = [
        f'<line x1="{left}" y1="{height - bottom}" x2="{width - 5}" y2="{height - bottom}" '
        f'stroke="{AXIS_COLOUR}" />',
        f'<text x="4" y="{top - 6}" font-size="11" fill="{AXIS_COLOUR}">{escape(y_label)}</text>',
    ]
    for index, bar in enumerate(bars):
        bar_height = plot_height * bar.value / highest
        x = left + index * step + step * 0.1
        y = height - bottom - bar_height
        body.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{step * 0.8:.1f}" height="{bar_height:.1f}" '
            f'fill="{BAR_COLOUR}" />'
        )
        centre = x + step * 0.4
        body.append(
            f'<text x="{centre:.1f}" y="{y - 4:.1f}" font-size="12" text-anchor="middle">'
            f"{escape(bar.shown)}</text>"
        )
        body.append(
            f'<text x="{centre:.1f}" y="{height - bottom + 16}" font-size="11" text-anchor="middle" '
            f'fill="{AXIS_COLOUR}">{escape(bar.label)}</text>'
        )
    desc = "; ".join(f"{bar.label}: {bar.shown}" for bar in bars)
    return _svg(chart_id=chart_id, title=title, desc=desc, width=width, height=height, body=body)


def bar_chart(*, chart_id: str, title: str, bars: Sequence[Bar], maximum: float) -> SafeString:
    """Horizontal bars on a fixed scale (competency ratings out of 5): label, bar, value."""
    row, label_width, value_width, width = 30, 230, 80, 640
    height = row * max(1, len(bars)) + 10
    plot = width - label_width - value_width
    body = []
    for index, bar in enumerate(bars):
        y = 5 + index * row
        length = plot * max(0.0, min(bar.value, maximum)) / maximum
        body.append(
            f'<text x="{label_width - 8}" y="{y + 18}" font-size="13" text-anchor="end">'
            f"{escape(bar.label)}</text>"
        )
        body.append(
            f'<rect x="{label_width}" y="{y + 4}" width="{plot}" height="18" fill="#e8ecf1" />'
            f'<rect x="{label_width}" y="{y + 4}" width="{length:.1f}" height="18" fill="{BAR_COLOUR}" />'
        )
        body.append(
            f'<text x="{label_width + plot + 8}" y="{y + 18}" font-size="13">{escape(bar.shown)}</text>'
        )
    desc = "; ".join(f"{bar.label}: {bar.shown}" for bar in bars)
    return _svg(chart_id=chart_id, title=title, desc=desc, width=width, height=height, body=body)
