"""Exports: the pipeline's results as CSV, and a candidate report as PDF (WeasyPrint).

CSV cells that a spreadsheet would read as a formula (starting with =, +, -, @, or a tab or carriage
return) are prefixed with an apostrophe, so a candidate's name like `=HYPERLINK(...)` stays text (OWASP's
"CSV injection" advice). Numbers we write ourselves are left as numbers.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


class PdfUnavailable(Exception):
    """WeasyPrint, or the system libraries it needs (pango), is not installed on this server."""


def csv_cell(value: Any) -> str | int | float:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return value
    text = str(value)
    if text.startswith(FORMULA_PREFIXES):
        return "'" + text
    return text


def csv_text(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([csv_cell(cell) for cell in header])
    for row in rows:
        writer.writerow([csv_cell(cell) for cell in row])
    return buffer.getvalue()


def pdf_from_html(html: str, *, base_url: str) -> bytes:
    """The PDF of an HTML page. Raises PdfUnavailable when WeasyPrint or pango cannot be loaded."""
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as error:  # OSError: the pango shared libraries are missing
        raise PdfUnavailable(str(error)) from error
    document: bytes = HTML(string=html, base_url=base_url).write_pdf()
    return document
