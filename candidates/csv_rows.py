"""Reading a recruiter's candidate list: a CSV of name and email, as spreadsheets really write it.

Tolerant of what spreadsheets do (a byte-order mark, ";" or "," or tab between columns, a header row or
none, either column first, spaces around values, blank lines, Windows line ends), and precise about what
it cannot use: each such row is reported with its line number and the reason, and the others still import.
The file is read line by line so that one line in another encoding spoils that line only.
"""

from __future__ import annotations

import csv
import re

from django.core.exceptions import ValidationError
from django.core.validators import validate_email

from candidates.types import CsvPreview, CsvProblem, CsvRow

MAX_FILE_BYTES = 1_000_000
MAX_ROWS = 5_000
_DELIMITERS = ",;\t"
_LINE_BREAK = re.compile(rb"\r\n|\r|\n")
_EMAIL_HEADERS = {"email", "e-mail", "email address", "e-mail address", "mail", "emailaddress"}
_NAME_HEADERS = {"name", "full name", "fullname", "candidate", "candidate name"}

WRONG_ENCODING = (
    "This row is not UTF-8 text (the file was probably saved as Windows-1252 or Latin-1): in your "
    "spreadsheet choose “Save as… CSV UTF-8”, then upload it again."
)


class CsvFileError(Exception):
    """The file as a whole cannot be read (too big, empty, not text)."""


def email_normalized(email: str) -> str:
    return (email or "").strip().lower()


def email_is_valid(email: str) -> bool:
    try:
        validate_email(email)
    except ValidationError:
        return False
    return True


def _sniffed_delimiter(lines: list[str]) -> str:
    sample = "\n".join(line for line in lines[:20] if line.strip())
    if not sample:
        return ","
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        counts = {delimiter: sample.count(delimiter) for delimiter in _DELIMITERS}
        best = max(counts, key=lambda delimiter: counts[delimiter])
        return best if counts[best] else ","


def _cells(line: str, delimiter: str) -> list[str]:
    row = next(csv.reader([line], delimiter=delimiter, skipinitialspace=True), [])
    cells = [cell.strip() for cell in row]
    while cells and not cells[-1]:  # "Ada,ada@example.com," from a spreadsheet with an empty column
        cells.pop()
    return cells


def _header_columns(cells: list[str]) -> tuple[int, int] | None:
    """(name column, email column) when this row is a header, else None."""
    labels = [" ".join(cell.casefold().replace("_", " ").split()) for cell in cells]
    if any("@" in cell for cell in cells):
        return None
    email_column = next((i for i, label in enumerate(labels) if label in _EMAIL_HEADERS), None)
    name_column = next((i for i, label in enumerate(labels) if label in _NAME_HEADERS), None)
    if email_column is None and name_column is None:
        return None
    if email_column is None:
        email_column = 1 - name_column if name_column in (0, 1) else 1
    if name_column is None:
        name_column = 1 - email_column if email_column in (0, 1) else 0
    return name_column, email_column


def _decoded_lines(data: bytes) -> list[str | None]:
    """Each line of the file as text, or None where the line is not UTF-8."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    lines: list[str | None] = []
    for raw in _LINE_BREAK.split(data):
        try:
            lines.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(None)
    return lines


def csv_rows_read(data: bytes, *, existing_emails: set[str]) -> CsvPreview:
    """Every row of the file, sorted into the importable and the refused (each with its reason).

    `existing_emails` are the (lower-case) addresses already in the pipeline: those rows are refused as
    duplicates, as is the second row of an address that appears twice in the file.
    """
    if len(data) > MAX_FILE_BYTES:
        raise CsvFileError(
            f"The file is {len(data) / 1_000_000:.1f} MB; at most {MAX_FILE_BYTES // 1_000_000} MB "
            f"({MAX_ROWS:,} candidates) can be imported at once. Split it into smaller files."
        )
    if b"\x00" in data[:4096]:
        raise CsvFileError(
            "This file is not a CSV text file (it looks like a spreadsheet or another binary format). "
            "Save it as “CSV UTF-8” and upload that."
        )
    lines = _decoded_lines(data)
    delimiter = _sniffed_delimiter([line for line in lines if line is not None])
    rows: list[CsvRow] = []
    problems: list[CsvProblem] = []
    seen: dict[str, int] = {}
    columns: tuple[int, int] | None = None
    header_skipped = False
    first_content = True
    for number, line in enumerate(lines, start=1):
        if line is None:
            problems.append(CsvProblem(line=number, text="(unreadable characters)", reason=WRONG_ENCODING))
            first_content = False
            continue
        if not line.strip():
            continue
        cells = _cells(line, delimiter)
        if not cells:
            continue
        if first_content:
            first_content = False
            columns = _header_columns(cells)
            if columns is not None:
                header_skipped = True
                continue
        if len(rows) + len(problems) >= MAX_ROWS:
            raise CsvFileError(
                f"The file has more than {MAX_ROWS:,} rows. Split it into files of at most {MAX_ROWS:,} rows."
            )
        text = line.strip()[:300]
        if len(cells) > 2:
            problems.append(
                CsvProblem(
                    line=number,
                    text=text,
                    reason=f"Too many columns ({len(cells)}): a row is a name and an email address. If the "
                    "name contains a comma, put it in double quotes.",
                )
            )
            continue
        name, email = _name_and_email(cells, columns)
        email = email_normalized(email)
        name = " ".join(name.split())
        if not email:
            problems.append(CsvProblem(line=number, text=text, reason="No email address in this row."))
            continue
        if not email_is_valid(email):
            problems.append(
                CsvProblem(line=number, text=text, reason=f"“{email}” is not a valid email address.")
            )
            continue
        if not name:
            problems.append(CsvProblem(line=number, text=text, reason="The candidate's name is missing."))
            continue
        if len(name) > 200:
            problems.append(
                CsvProblem(line=number, text=text, reason="The name is longer than 200 characters.")
            )
            continue
        if email in seen:
            problems.append(
                CsvProblem(
                    line=number,
                    text=text,
                    reason=f"Duplicate: {email} is already on line {seen[email]} of this file.",
                )
            )
            continue
        if email in existing_emails:
            problems.append(
                CsvProblem(line=number, text=text, reason=f"Duplicate: {email} is already in this pipeline.")
            )
            continue
        seen[email] = number
        rows.append(CsvRow(line=number, name=name, email=email))
    return CsvPreview(rows=rows, problems=problems, header_skipped=header_skipped, delimiter=delimiter)


def _name_and_email(cells: list[str], columns: tuple[int, int] | None) -> tuple[str, str]:
    if columns is not None:
        name_column, email_column = columns
        name = cells[name_column] if name_column < len(cells) else ""
        email = cells[email_column] if email_column < len(cells) else ""
        return name, email
    # No header: the cell with an "@" is the address, whichever column it is in.
    if len(cells) == 1:
        return ("", cells[0]) if "@" in cells[0] else (cells[0], "")
    first, second = cells
    if "@" in first and "@" not in second:
        return second, first
    return first, second
