from __future__ import annotations

import base64
import binascii
import math
from datetime import UTC, datetime, time, timedelta
from typing import Any

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils import timezone

from accounts.permissions import Role
from accounts.types import ApplicationError
from candidates.csv_rows import MAX_FILE_BYTES, MAX_ROWS
from candidates.models import Stage
from candidates.services import MANUAL_STAGES
from candidates.types import ItemChoice

STAGE_MOVE_CHOICES = [(stage.value, stage.label) for stage in MANUAL_STAGES]


def form_error(form: forms.Form, error: ApplicationError, *, fields: dict[str, str] | None = None) -> None:
    """Shows a service's refusal beside the field it is about (or above the form)."""
    field = str(error.extra.get("field", ""))
    field = (fields or {}).get(field, field)
    form.add_error(field if field in form.fields else None, error.message)


class PipelineForm(forms.Form):
    name = forms.CharField(
        label="Pipeline name",
        max_length=200,
        help_text="What your team calls this opening, for example “Support Specialist, Lisbon, Q3”.",
    )
    items = forms.MultipleChoiceField(
        label="Assessment items",
        help_text=(
            "The playbook's default assessment is ticked. Candidates see the items in the playbook's order."
        ),
    )
    time_limit_minutes = forms.IntegerField(
        label="Time limit (minutes)", min_value=1, max_value=240, initial=30
    )
    grace_seconds = forms.IntegerField(
        label="Grace period (seconds)",
        min_value=0,
        max_value=600,
        initial=30,
        help_text="Answers arriving this long after the time limit (a slow connection) are still accepted.",
    )
    link_validity_days = forms.IntegerField(
        label="Link validity (days)",
        min_value=1,
        max_value=90,
        initial=7,
        help_text="How long an invitation's link works. You can extend it for one candidate later.",
    )
    reminder_hours_before = forms.IntegerField(
        label="Automatic reminder (hours before the link expires)",
        min_value=0,
        max_value=2159,
        initial=48,
        help_text="Sent to candidates who have not started yet. 0 sends no reminder.",
    )
    hiring_managers = forms.TypedMultipleChoiceField(
        label="Hiring managers",
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="They see this pipeline's results and decide on its candidates.",
    )
    interviewers = forms.TypedMultipleChoiceField(
        label="Interviewers",
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="They see the candidates of this pipeline who reach the interview stage.",
    )

    def __init__(self, *args: Any, items: list[ItemChoice], members: list[Any], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        items_field = self.fields["items"]
        assert isinstance(items_field, forms.MultipleChoiceField)
        # Rendered by the template (grouped by family, with each item's minutes for the estimate).
        items_field.choices = [(item.slug, item.title) for item in items]
        self.item_choices = items
        managers = self.fields["hiring_managers"]
        interviewers = self.fields["interviewers"]
        assert isinstance(managers, forms.TypedMultipleChoiceField)
        assert isinstance(interviewers, forms.TypedMultipleChoiceField)
        managers.choices = [
            (member.pk, f"{member.user} ({member.user.email})")
            for member in members
            if member.role == Role.HIRING_MANAGER
        ]
        interviewers.choices = [
            (member.pk, f"{member.user} ({member.user.email}) · {member.get_role_display()}")
            for member in members
            if member.role in (Role.INTERVIEWER, Role.HIRING_MANAGER)
        ]
        if not managers.choices:
            managers.help_text = "Nobody in your organization has the hiring manager role yet."
        if not interviewers.choices:
            interviewers.help_text = "Nobody in your organization has the interviewer role yet."
        self.fields["time_limit_minutes"].widget.attrs["data-estimate-limit"] = ""

    def chosen_items(self) -> list[str]:
        value = self["items"].value() or []
        return [str(slug) for slug in value]

    def service_arguments(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {
            "name": data["name"],
            "item_slugs": list(data["items"]),
            "hiring_manager_ids": list(data["hiring_managers"]),
            "interviewer_ids": list(data["interviewers"]),
            "time_limit_seconds": data["time_limit_minutes"] * 60,
            "grace_seconds": data["grace_seconds"],
            "link_validity_days": data["link_validity_days"],
            "reminder_hours_before": data["reminder_hours_before"],
        }


class CandidateAddForm(forms.Form):
    name = forms.CharField(
        label="Full name", max_length=200, widget=forms.TextInput(attrs={"autocomplete": "off"})
    )
    email = forms.EmailField(
        label="Email address", max_length=254, widget=forms.EmailInput(attrs={"autocomplete": "off"})
    )


class CsvUploadForm(forms.Form):
    file = forms.FileField(
        label="CSV file",
        help_text=(
            "One candidate per row: name and email address, in either order, separated by commas or "
            "semicolons. A header row is optional. Save from your spreadsheet as “CSV UTF-8”. At most "
            f"{MAX_FILE_BYTES // 1_000_000} MB and {MAX_ROWS:,} candidates a file."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv,text/plain"}),
    )

    def clean_file(self) -> UploadedFile:
        """Refused by its size before a byte is read: a big file is on disk (FILE_UPLOAD_MAX_MEMORY_SIZE)."""
        uploaded: UploadedFile = self.cleaned_data["file"]
        size = uploaded.size or 0
        if size > MAX_FILE_BYTES:
            megabytes = math.ceil(size / 100_000) / 10  # 1,000,001 bytes is "1.1 MB", never "1.0 MB"
            raise forms.ValidationError(
                f"This file is {megabytes:,.1f} MB: a file can be at most {MAX_FILE_BYTES // 1_000_000} MB "
                f"({MAX_ROWS:,} candidates). Split it into smaller files and import them one after another.",
                code="too_large",
            )
        return uploaded


class CsvConfirmForm(forms.Form):
    """The previewed file, carried to the confirmation in the page itself (no server-side state)."""

    content = forms.CharField(widget=forms.HiddenInput)
    file_name = forms.CharField(widget=forms.HiddenInput, required=False, max_length=255)

    def clean_content(self) -> bytes:
        try:
            return base64.b64decode(self.cleaned_data["content"].encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError):
            raise forms.ValidationError("The file could not be read back: upload it again.") from None

    @staticmethod
    def encode(data: bytes) -> str:
        return base64.b64encode(data).decode("ascii")


class ApplicationFilterForm(forms.Form):
    q = forms.CharField(label="Name or email", required=False, max_length=200)
    stage = forms.ChoiceField(label="Stage", required=False, choices=[("", "All stages"), *Stage.choices])
    score_min = forms.FloatField(label="Score from", required=False, min_value=0, max_value=100)
    score_max = forms.FloatField(label="Score to", required=False, min_value=0, max_value=100)
    red_flags = forms.ChoiceField(
        label="Red flags",
        required=False,
        choices=[("", "Any"), ("any", "With red flags"), ("none", "Scored without red flags")],
    )
    sort = forms.ChoiceField(label="Sort by", required=False)

    def __init__(self, *args: Any, sort_choices: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        sort = self.fields["sort"]
        assert isinstance(sort, forms.ChoiceField)
        sort.choices = sort_choices


class BulkActionForm(forms.Form):
    ACTIONS = [
        ("invite", "Invite"),
        *((f"move:{value}", f"Move to {label.lower()}") for value, label in STAGE_MOVE_CHOICES),
    ]

    application = forms.TypedMultipleChoiceField(coerce=int, required=False)
    action = forms.ChoiceField(label="With the selected candidates", choices=ACTIONS)
    reason = forms.CharField(
        label="Reason (needed to reject or withdraw)",
        required=False,
        max_length=2000,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )

    def __init__(self, *args: Any, application_ids: list[int] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["application"]
        assert isinstance(field, forms.TypedMultipleChoiceField)
        # Any id may be posted; the services keep to this pipeline's applications.
        field.choices = [(str(pk), str(pk)) for pk in (application_ids or [])]
        field.validators = []
        field.valid_value = lambda value: str(value).isdigit()  # type: ignore[method-assign]


class StageMoveForm(forms.Form):
    stage = forms.ChoiceField(label="Move to", choices=STAGE_MOVE_CHOICES)
    reason = forms.CharField(
        label="Reason", required=False, max_length=2000, help_text="Needed to reject or withdraw."
    )


class ExtendForm(forms.Form):
    valid_until = forms.DateField(
        label="Link works until (date, UTC)", widget=forms.DateInput(attrs={"type": "date"})
    )

    def valid_until_moment(self) -> datetime:
        day = self.cleaned_data["valid_until"]
        return datetime.combine(day, time(23, 59), tzinfo=UTC)

    @staticmethod
    def suggested(link_expires_at: datetime | None) -> str:
        base = max(link_expires_at or timezone.now(), timezone.now())
        return (base + timedelta(days=7)).date().isoformat()


class ExtraTimeForm(forms.Form):
    amount = forms.FloatField(label="Extra time", min_value=0, max_value=600)
    unit = forms.ChoiceField(
        label="Unit", choices=[("percent", "% of the time limit"), ("minutes", "minutes")]
    )
