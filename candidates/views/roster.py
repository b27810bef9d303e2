"""Adding candidates to a pipeline: one by one, or a CSV file previewed before it is imported."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from accounts.permissions import role_required
from accounts.types import ApplicationError
from candidates import services
from candidates.csv_rows import MAX_FILE_BYTES
from candidates.forms import (
    CandidateAddForm,
    CsvConfirmForm,
    CsvUploadForm,
    form_error,
)
from candidates.views.common import MANAGERS, managed_pipeline_get_or_404, signed_in_user


@role_required(*MANAGERS)
def candidate_add(request: HttpRequest, pipeline_id: int) -> HttpResponse:
    pipeline = managed_pipeline_get_or_404(request, pipeline_id)
    form = CandidateAddForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            application = services.candidate_add(
                pipeline=pipeline,
                name=form.cleaned_data["name"],
                email=form.cleaned_data["email"],
                added_by=signed_in_user(request),
            )
        except ApplicationError as error:
            form_error(form, error)
        else:
            messages.success(request, f"{application.candidate.name} is in the pipeline, not invited yet.")
            if "another" in request.POST:
                return redirect("candidates:candidate_add", pipeline_id=pipeline.pk)
            return redirect("candidates:pipeline_detail", pipeline_id=pipeline.pk)
    return render(
        request,
        "candidates/candidate_add.html",
        {"form": form, "pipeline": pipeline},
        status=400 if form.is_bound and form.errors else 200,
    )


@role_required(*MANAGERS)
def candidates_import(request: HttpRequest, pipeline_id: int) -> HttpResponse:
    """Upload (POST with a file) shows the preview; confirming (POST with the previewed file) imports."""
    pipeline = managed_pipeline_get_or_404(request, pipeline_id)
    context: dict[str, Any] = {"pipeline": pipeline}
    if request.method == "POST" and "confirm" in request.POST:
        confirm = CsvConfirmForm(request.POST)
        if confirm.is_valid():
            try:
                result = services.candidates_csv_import(
                    pipeline=pipeline, data=confirm.cleaned_data["content"], added_by=signed_in_user(request)
                )
            except ApplicationError as error:
                messages.error(request, error.message)
                return redirect("candidates:candidates_import", pipeline_id=pipeline.pk)
            text = f"{result.imported} candidate{'s' if result.imported != 1 else ''} imported."
            if result.problems:
                text += (
                    f" {len(result.problems)} row{'s were' if len(result.problems) != 1 else ' was'} "
                    "not imported "
                    "(see the preview's reasons)."
                )
            messages.success(request, text)
            return redirect("candidates:pipeline_detail", pipeline_id=pipeline.pk)
        messages.error(request, "The file could not be read back. Upload it again.")
        return redirect("candidates:candidates_import", pipeline_id=pipeline.pk)
    upload = CsvUploadForm(request.POST or None, request.FILES or None)
    context["form"] = upload
    if request.method == "POST" and upload.is_valid():
        uploaded = upload.cleaned_data["file"]
        data = uploaded.read(MAX_FILE_BYTES + 1)
        try:
            preview = services.candidates_csv_preview(pipeline=pipeline, data=data)
        except ApplicationError as error:
            form_error(upload, error)
        else:
            context.update(
                preview=preview,
                file_name=uploaded.name,
                confirm_form=CsvConfirmForm(
                    initial={"content": CsvConfirmForm.encode(data), "file_name": uploaded.name[:255]}
                ),
            )
    status = 400 if upload.is_bound and upload.errors else 200
    return render(request, "candidates/candidates_import.html", context, status=status)
