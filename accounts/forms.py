from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.template.loader import render_to_string
from django.urls import reverse

from accounts.models import Role
from accounts.tasks import send_account_email
from accounts.types import ApplicationError

ROLE_HELP = (
    "Admins manage the team and see the audit log. Recruiters run pipelines and candidates. Hiring managers "
    "read results and decide. Interviewers run interviews and file scorecards."
)


class EmailAuthenticationForm(AuthenticationForm):
    """Django's sign-in form, asking for the email address (the username of this product)."""

    username = forms.EmailField(
        label="Email address",
        max_length=254,
        widget=forms.EmailInput(attrs={"autofocus": True, "autocomplete": "email"}),
    )
    password = forms.CharField(
        label="Password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": (
            "That email address and password do not match an account. Check both and try again, or reset "
            "your password."
        ),
    }

    def clean_username(self) -> str:
        # Addresses are stored in lower case; people type them however they like.
        return str(self.cleaned_data["username"]).strip().lower()


class AccountPasswordResetForm(PasswordResetForm):
    """Sends the reset email through the worker, after the request's transaction commits."""

    email = forms.EmailField(
        label="Email address", max_length=254, widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )

    def send_mail(
        self,
        subject_template_name: str,
        email_template_name: str,
        context: dict[str, Any],
        from_email: str | None,
        to_email: str,
        html_email_template_name: str | None = None,
    ) -> None:
        # Links point at the configured site address, never at whatever Host header the request carried.
        path = reverse(
            "accounts:password_reset_confirm", kwargs={"uidb64": context["uid"], "token": context["token"]}
        )
        context = {**context, "reset_url": f"{settings.SITE_URL}{path}", "site_url": settings.SITE_URL}
        subject = "".join(render_to_string(subject_template_name, context).splitlines())
        send_account_email.delay_on_commit(
            to=to_email,
            subject=subject,
            text_body=render_to_string(email_template_name, context),
            html_body=render_to_string(
                html_email_template_name or "emails/accounts/password_reset.html", context
            ),
        )


class MemberInviteForm(forms.Form):
    email = forms.EmailField(
        label="Email address", max_length=254, widget=forms.EmailInput(attrs={"autocomplete": "off"})
    )
    role = forms.ChoiceField(label="Role", choices=Role.choices, initial=Role.RECRUITER, help_text=ROLE_HELP)


class MemberRoleForm(forms.Form):
    role = forms.ChoiceField(label="Role", choices=Role.choices)


class OrganizationSwitchForm(forms.Form):
    organization_id = forms.IntegerField(min_value=1)


class InvitationAcceptForm(forms.Form):
    """For a person without an account yet: their name and a new password."""

    full_name = forms.CharField(
        label="Full name", max_length=200, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    password1 = forms.CharField(
        label="Choose a password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_validation.password_validators_help_text_html(),
    )
    password2 = forms.CharField(
        label="Repeat the password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        first, second = cleaned.get("password1"), cleaned.get("password2")
        if first and second and first != second:
            self.add_error("password2", "The two passwords are not the same.")
        return cleaned

    def add_application_error(self, error: ApplicationError) -> None:
        """Shows a service's refusal beside the field it is about (or above the form)."""
        field = {"password": "password1", "full_name": "full_name"}.get(str(error.extra.get("field", "")))
        messages = error.extra.get("messages") or [error.message]
        for message in messages:
            self.add_error(field, message)
