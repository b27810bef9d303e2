"""Candidate lists as spreadsheets write them: each bad row is reported with its line and its reason, and
confirming imports the valid rows only."""

from __future__ import annotations

import pytest

from accounts.models import Membership
from accounts.types import ApplicationError
from audit.selectors import audit_event_list
from candidates.models import Application, Candidate, Pipeline
from candidates.services import candidate_add, candidates_csv_import, candidates_csv_preview

pytestmark = pytest.mark.django_db


def _reasons(pipeline: Pipeline, data: bytes) -> dict[int, str]:
    preview = candidates_csv_preview(pipeline=pipeline, data=data)
    return {problem.line: problem.reason for problem in preview.problems}


def _rows(pipeline: Pipeline, data: bytes) -> list[tuple[int, str, str]]:
    preview = candidates_csv_preview(pipeline=pipeline, data=data)
    return [(row.line, row.name, row.email) for row in preview.rows]


def test_a_clean_file_with_a_header_previews_every_row(pipeline: Pipeline) -> None:
    data = b"Name,Email\nAda Lovelace,ada@example.org\nAlan Turing,alan@example.org\n"
    preview = candidates_csv_preview(pipeline=pipeline, data=data)
    assert preview.header_skipped
    assert [(row.name, row.email) for row in preview.rows] == [
        ("Ada Lovelace", "ada@example.org"),
        ("Alan Turing", "alan@example.org"),
    ]
    assert preview.problems == []


def test_the_header_is_optional_and_the_email_column_may_come_first(pipeline: Pipeline) -> None:
    assert _rows(pipeline, b"ada@example.org,Ada Lovelace\nAlan Turing,alan@example.org") == [
        (1, "Ada Lovelace", "ada@example.org"),
        (2, "Alan Turing", "alan@example.org"),
    ]


def test_a_header_naming_the_columns_in_the_other_order_is_followed(pipeline: Pipeline) -> None:
    assert _rows(pipeline, b"E-mail;Full name\nada@example.org;Ada Lovelace\n") == [
        (2, "Ada Lovelace", "ada@example.org")
    ]


def test_bom_semicolons_spaces_and_windows_line_ends_are_tolerated(pipeline: Pipeline) -> None:
    data = (
        "\ufeffname ; email\r\n  Ada Lovelace ;  ADA@Example.org  \r\n\r\n"
        '"Hopper, Grace";grace@example.org\r\n'
    )
    assert _rows(pipeline, data.encode("utf-8")) == [
        (2, "Ada Lovelace", "ada@example.org"),
        (4, "Hopper, Grace", "grace@example.org"),
    ]


def test_a_bad_email_is_listed_with_its_reason(pipeline: Pipeline) -> None:
    reasons = _reasons(pipeline, b"name,email\nAda,ada@example.org\nBob,bob-at-example.org\n")
    assert list(reasons) == [3]
    assert "not a valid email address" in reasons[3]


def test_a_missing_name_is_listed(pipeline: Pipeline) -> None:
    reasons = _reasons(pipeline, b"name,email\n,nameless@example.org\nAda,ada@example.org\n")
    assert reasons == {2: "The candidate's name is missing."}


def test_a_missing_email_is_listed(pipeline: Pipeline) -> None:
    reasons = _reasons(pipeline, b"name,email\nAda Lovelace,\n")
    assert reasons == {2: "No email address in this row."}


def test_a_duplicate_in_the_file_names_the_first_line(pipeline: Pipeline) -> None:
    reasons = _reasons(pipeline, b"Ada,ada@example.org\nAda again,ADA@example.org\n")
    assert reasons == {2: "Duplicate: ada@example.org is already on line 1 of this file."}


def test_a_candidate_already_in_the_pipeline_is_a_duplicate(
    pipeline: Pipeline, recruiter: Membership
) -> None:
    candidate_add(pipeline=pipeline, name="Ada", email="ada@example.org", added_by=recruiter.user)
    reasons = _reasons(pipeline, b"Ada Lovelace,Ada@Example.org\n")
    assert reasons == {1: "Duplicate: ada@example.org is already in this pipeline."}


def test_too_many_columns_is_listed_and_suggests_quotes(pipeline: Pipeline) -> None:
    reasons = _reasons(pipeline, b"Lovelace, Ada, ada@example.org\nAlan,alan@example.org\n")
    assert "Too many columns (3)" in reasons[1]
    assert "double quotes" in reasons[1]
    assert list(reasons) == [1]


def test_a_trailing_empty_column_is_not_too_many(pipeline: Pipeline) -> None:
    assert _rows(pipeline, b"Ada,ada@example.org,\n") == [(1, "Ada", "ada@example.org")]


def test_a_row_in_the_wrong_encoding_is_listed_and_the_others_still_import(pipeline: Pipeline) -> None:
    data = "José Álvarez,jose@example.org\n".encode("cp1252") + b"Ada,ada@example.org\n"
    preview = candidates_csv_preview(pipeline=pipeline, data=data)
    assert [problem.line for problem in preview.problems] == [1]
    assert "not UTF-8" in preview.problems[0].reason
    assert [row.email for row in preview.rows] == ["ada@example.org"]


def test_a_binary_file_is_refused_as_a_whole(pipeline: Pipeline) -> None:
    with pytest.raises(ApplicationError, match="not a CSV text file"):
        candidates_csv_preview(pipeline=pipeline, data=b"PK\x03\x04\x00\x00binary spreadsheet")


def test_confirming_imports_only_the_valid_rows_and_reports_the_rest(
    pipeline: Pipeline, recruiter: Membership
) -> None:
    data = b"name,email\nAda,ada@example.org\nBad,not-an-email\nAlan,alan@example.org\n"

    result = candidates_csv_import(pipeline=pipeline, data=data, added_by=recruiter.user)

    assert result.imported == 2
    assert [problem.line for problem in result.problems] == [3]
    emails = sorted(Application.objects.filter(pipeline=pipeline).values_list("candidate__email", flat=True))
    assert emails == ["ada@example.org", "alan@example.org"]
    events = audit_event_list(organization=pipeline.organization)
    assert events.filter(action="candidate.added", actor_user_id=recruiter.user.pk).count() == 2
    assert events.filter(action="candidates.imported").get().data["refused_lines"] == [3]


def test_importing_the_same_file_twice_adds_nobody_twice(pipeline: Pipeline, recruiter: Membership) -> None:
    data = b"Ada,ada@example.org\nAlan,alan@example.org\n"
    candidates_csv_import(pipeline=pipeline, data=data, added_by=recruiter.user)

    again = candidates_csv_import(pipeline=pipeline, data=data, added_by=recruiter.user)

    assert again.imported == 0
    assert len(again.problems) == 2
    assert Application.objects.filter(pipeline=pipeline).count() == 2


def test_a_candidate_in_two_pipelines_is_one_candidate(pipeline: Pipeline, recruiter: Membership) -> None:
    from candidates.tests.factories import pipeline_for

    other = pipeline_for(recruiter=recruiter, name="Support Specialist, Porto")
    candidate_add(pipeline=pipeline, name="Ada", email="ada@example.org", added_by=recruiter.user)
    candidates_csv_import(pipeline=other, data=b"Ada Lovelace,ADA@example.org\n", added_by=recruiter.user)

    candidate = Candidate.objects.get()
    assert candidate.applications.count() == 2


def test_adding_the_same_email_twice_is_refused(pipeline: Pipeline, recruiter: Membership) -> None:
    candidate_add(pipeline=pipeline, name="Ada", email="ada@example.org", added_by=recruiter.user)
    with pytest.raises(ApplicationError, match="already in this pipeline"):
        candidate_add(pipeline=pipeline, name="Ada L.", email=" Ada@EXAMPLE.org ", added_by=recruiter.user)
    assert Application.objects.filter(pipeline=pipeline).count() == 1
