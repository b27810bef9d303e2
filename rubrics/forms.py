"""The "try this rubric" form: one answer to one playbook item, in the shape the candidate would give it."""

from __future__ import annotations

from typing import Any

from django import forms

from assessments.types import Item
from rubrics.engine.inputs import TEXT_ITEM_TYPES

ANSWER_MAX_LENGTH = 20_000


class TryRubricForm(forms.Form):
    """Fields follow the item's type: `answer` (text), `best` and `worst`, `choice`, or `choices`.

    Validation only: the markup is `templates/rubrics/partials/try_panel.html`, which the playbook page
    renders for every item without a form object (assessments cannot import rubrics).
    """

    def __init__(self, *args: Any, item: Item, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.item = item
        choices = [(option.key, f"{option.key}. {option.text}") for option in item.options]
        if item.type in TEXT_ITEM_TYPES:
            self.fields["answer"] = forms.CharField(
                label="Candidate's answer",
                widget=forms.Textarea(attrs={"rows": 6}),
                max_length=ANSWER_MAX_LENGTH,
                help_text="Paste or type an answer as a candidate would write it. Nothing is saved.",
            )
        elif item.type == "best_worst":
            self.fields["best"] = forms.ChoiceField(
                label="Best response", choices=choices, widget=forms.RadioSelect
            )
            self.fields["worst"] = forms.ChoiceField(
                label="Worst response", choices=choices, widget=forms.RadioSelect
            )
        elif item.type == "single_choice":
            self.fields["choice"] = forms.ChoiceField(
                label="Answer picked", choices=choices, widget=forms.RadioSelect
            )
        else:
            # Picking nothing is an answer a candidate can give (and scores as such).
            self.fields["choices"] = forms.MultipleChoiceField(
                label="Options selected", choices=choices, widget=forms.CheckboxSelectMultiple, required=False
            )

    def answer(self) -> str | list[str] | dict[str, str]:
        """The validated answer in the engine's shape (call after is_valid())."""
        data = self.cleaned_data
        if self.item.type in TEXT_ITEM_TYPES:
            # Browsers send a textarea's line breaks as CRLF: folded, so the panel scores what a file would.
            return str(data["answer"]).replace("\r\n", "\n")
        if self.item.type == "best_worst":
            return {"best": data["best"], "worst": data["worst"]}
        if self.item.type == "single_choice":
            return str(data["choice"])
        return [str(key) for key in data["choices"]]

    def values(self) -> dict[str, Any]:
        """What was submitted, to fill the form in again beside the result."""
        if not self.is_bound:
            return {}
        return {
            "answer": self.data.get("answer", ""),
            "best": self.data.get("best", ""),
            "worst": self.data.get("worst", ""),
            "choice": self.data.get("choice", ""),
            "choices": self.data.getlist("choices") if hasattr(self.data, "getlist") else [],
        }
