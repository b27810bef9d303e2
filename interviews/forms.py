"""The scheduling form and the scorecard form (built from the pipeline's playbook)."""

from __future__ import annotations

from typing import Any
from zoneinfo import available_timezones

from django import forms

from accounts.types import ApplicationError
from assessments.types import PlaybookSpec
from interviews.models import Recommendation
from interviews.types import QuestionAnswer, ScorecardInput

RATING_CHOICES = [(str(value), str(value)) for value in range(1, 6)]


def _time_zone_choices() -> list[tuple[str, str]]:
    return [(name, name.replace("_", " ")) for name in sorted(available_timezones())]


class ScheduleForm(forms.Form):
    starts_at = forms.DateTimeField(
        label="Date and time",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
        help_text="In the time zone below. Each interviewer's page also shows it in their own local time.",
    )
    time_zone = forms.ChoiceField(
        label="Time zone",
        initial="UTC",
        help_text="Your browser's time zone is chosen for you when the page opens.",
    )
    duration_minutes = forms.IntegerField(label="Length (minutes)", min_value=15, max_value=240, initial=45)
    interviewers = forms.MultipleChoiceField(
        label="Interviewers",
        widget=forms.CheckboxSelectMultiple,
        help_text="The pipeline's interviewers. Each gets an email with the time, the link and the kit.",
    )
    meeting_url = forms.CharField(
        label="Meeting link (optional)",
        required=False,
        max_length=500,
        widget=forms.URLInput(attrs={"placeholder": "https://"}),
        help_text="An https:// link to the video call, if there is one.",
    )

    def __init__(self, *args: Any, interviewers: list[Any], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        time_zone = self.fields["time_zone"]
        assert isinstance(time_zone, forms.ChoiceField)
        time_zone.choices = _time_zone_choices()
        # local_time.js preselects the scheduler's own zone, unless the form comes back with their choice.
        time_zone.widget.attrs["data-default-time-zone"] = "1"
        if self.is_bound:
            time_zone.widget.attrs["data-chosen"] = "1"
        field = self.fields["interviewers"]
        assert isinstance(field, forms.MultipleChoiceField)
        field.choices = [(str(each.pk), str(each.user)) for each in interviewers]


SERVICE_FIELDS = {"starts_at": "starts_at", "time_zone": "time_zone", "duration_minutes": "duration_minutes"}


def form_error(form: forms.Form, error: ApplicationError) -> None:
    field = str(error.extra.get("field", ""))
    form.add_error(field if field in form.fields else None, error.message)


class ScorecardForm(forms.Form):
    """One rating (1-5 radios) and notes per question, a checkbox and a note per red flag, the overall
    recommendation and a summary. Every field is optional here: a draft may be partial; the service says
    what a submission still needs (`scorecard_problems`), and `problems_add` puts that on the fields."""

    recommendation = forms.ChoiceField(
        label="Overall recommendation",
        choices=Recommendation.choices,
        required=False,
        widget=forms.RadioSelect,
    )
    summary = forms.CharField(
        label="Summary (optional)",
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="What the hiring team should know in two or three sentences.",
    )
    reason = forms.CharField(
        label="Why are you amending it?",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Kept with the new version; the earlier version stays readable.",
    )

    def __init__(self, *args: Any, spec: PlaybookSpec, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.spec = spec
        for number, question in enumerate(spec.interview_questions, start=1):
            self.fields[f"rating_{question.slug}"] = forms.ChoiceField(
                label=f"Rating for question {number}",
                choices=RATING_CHOICES,
                required=False,
                widget=forms.RadioSelect,
            )
            self.fields[f"notes_{question.slug}"] = forms.CharField(
                label=f"Notes for question {number}",
                required=False,
                max_length=5000,
                widget=forms.Textarea(attrs={"rows": 3}),
            )
        for flag in spec.red_flags:
            self.fields[f"flag_{flag.code}"] = forms.BooleanField(label=flag.title, required=False)
            self.fields[f"flagnote_{flag.code}"] = forms.CharField(
                label=f"What you saw ({flag.title})",
                required=False,
                max_length=5000,
                widget=forms.Textarea(attrs={"rows": 2}),
            )
        questions = [
            name
            for question in spec.interview_questions
            for name in (f"rating_{question.slug}", f"notes_{question.slug}")
        ]
        flags = [name for flag in spec.red_flags for name in (f"flag_{flag.code}", f"flagnote_{flag.code}")]
        self.order_fields([*questions, *flags, "recommendation", "summary", "reason"])

    @staticmethod
    def initial_from(
        *, ratings: dict[str, Any], red_flags: dict[str, str], recommendation: str, summary: str
    ) -> dict[str, Any]:
        initial: dict[str, Any] = {"recommendation": recommendation, "summary": summary}
        for slug, entry in ratings.items():
            if isinstance(entry, dict):
                if entry.get("rating"):
                    initial[f"rating_{slug}"] = str(entry["rating"])
                initial[f"notes_{slug}"] = entry.get("notes", "")
        for code, note in red_flags.items():
            initial[f"flag_{code}"] = True
            initial[f"flagnote_{code}"] = note
        return initial

    def scorecard_input(self) -> ScorecardInput:
        data = self.cleaned_data
        answers = {}
        for question in self.spec.interview_questions:
            rating = data.get(f"rating_{question.slug}") or ""
            notes = data.get(f"notes_{question.slug}") or ""
            if rating or notes:
                answers[question.slug] = QuestionAnswer(rating=int(rating) if rating else None, notes=notes)
        red_flags = {
            flag.code: data.get(f"flagnote_{flag.code}") or ""
            for flag in self.spec.red_flags
            if data.get(f"flag_{flag.code}")
        }
        return ScorecardInput(
            answers=answers,
            red_flags=red_flags,
            recommendation=data.get("recommendation") or "",
            summary=data.get("summary") or "",
        )

    def problems_add(self, problems: dict[str, str]) -> None:
        """Put the service's "what is missing" on the fields it is about."""
        for key, message in problems.items():
            kind, _, slug = key.partition(":")
            field = {"rating": f"rating_{slug}", "red_flag": f"flagnote_{slug}"}.get(kind, kind)
            self.add_error(field if field in self.fields else None, message)

    def question_rows(self, questions: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Each kit question (`interviews.selectors.kit_questions`) with its rating and notes fields."""
        return [
            {
                "question": question,
                "rating": self[f"rating_{question['slug']}"],
                "notes": self[f"notes_{question['slug']}"],
            }
            for question in questions
        ]

    def flag_rows(self) -> list[dict[str, Any]]:
        return [
            {"flag": flag, "ticked": self[f"flag_{flag.code}"], "note": self[f"flagnote_{flag.code}"]}
            for flag in self.spec.red_flags
        ]

    def error_links(self) -> list[tuple[str, str]]:
        """(anchor, message) for the error summary, in the page's order."""
        links = []
        for name, field in self.fields.items():
            for error in self.errors.get(name, []):
                anchor = f"{name}-legend" if isinstance(field.widget, forms.RadioSelect) else f"id_{name}"
                links.append((anchor, f"{field.label}: {error}"))
        links += [("scorecard-form", str(error)) for error in self.non_field_errors()]
        return links
