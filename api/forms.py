from __future__ import annotations

from django import forms

from api.models import ApiKey
from api.types import WEBHOOK_EVENT_TYPES


class ApiKeyCreateForm(forms.Form):
    name = forms.CharField(
        label="Name",
        max_length=100,
        help_text="Who or what uses the key, for example “Greenhouse sync”.",
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    scope = forms.ChoiceField(
        label="Access",
        choices=ApiKey.Scope.choices,
        initial=ApiKey.Scope.READ,
        widget=forms.RadioSelect,
        help_text="A read-only key is refused on any change (POST, PUT, PATCH, DELETE).",
    )


class WebhookEndpointCreateForm(forms.Form):
    url = forms.CharField(
        label="Receiver URL",
        max_length=500,
        help_text="Where to POST events, starting with https://. Private and internal addresses are refused.",
        widget=forms.URLInput(attrs={"autocomplete": "off", "inputmode": "url"}),
    )
    events = forms.MultipleChoiceField(
        label="Events",
        choices=[(event, f"{event}: {description}") for event, description in WEBHOOK_EVENT_TYPES.items()],
        widget=forms.CheckboxSelectMultiple,
        help_text="Choose at least one.",
    )
