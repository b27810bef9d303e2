"""Admin pages in the browser: API keys (list, create with the key shown once, revoke) and webhooks (list,
add with the signing secret shown once, pause, deliveries with status and duration, re-send). Thin: the
rules live in services.py and selectors.py."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from accounts.permissions import Role, request_membership, role_required
from accounts.types import ApplicationError
from api import services
from api.forms import ApiKeyCreateForm, WebhookEndpointCreateForm
from api.selectors import api_key_list as select_api_keys
from api.selectors import webhook_delivery_list, webhook_endpoint_get_or_404
from api.selectors import webhook_endpoint_list as select_webhook_endpoints
from api.signing import SIGNATURE_VERSION
from api.types import WEBHOOK_EVENT_TYPES


def _form_error(form: forms.Form, error: ApplicationError) -> None:
    field = error.extra.get("field")
    form.add_error(field if field in form.fields else None, error.message)


# API keys ---------------------------------------------------------------------------------------------


@role_required(Role.ADMIN)
def api_key_list(request: HttpRequest) -> HttpResponse:
    organization = request_membership(request).organization
    return render(
        request,
        "api/api_key_list.html",
        {"organization": organization, "keys": select_api_keys(organization=organization)},
    )


@never_cache
@role_required(Role.ADMIN)
def api_key_create(request: HttpRequest) -> HttpResponse:
    membership = request_membership(request)
    form = ApiKeyCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            api_key, raw_key = services.api_key_create(
                organization=membership.organization,
                name=form.cleaned_data["name"],
                scope=form.cleaned_data["scope"],
                created_by=membership.user,
            )
        except ApplicationError as error:
            _form_error(form, error)
        else:
            # Shown on this response only (never stored, never cached), hence no redirect.
            return render(request, "api/api_key_created.html", {"api_key": api_key, "raw_key": raw_key})
    return render(request, "api/api_key_create.html", {"form": form, "organization": membership.organization})


@require_POST
@role_required(Role.ADMIN)
def api_key_revoke(request: HttpRequest, api_key_id: int) -> HttpResponse:
    membership = request_membership(request)
    try:
        api_key = services.api_key_revoke(
            organization=membership.organization, api_key_id=api_key_id, revoked_by=membership.user
        )
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, f"The key {api_key} is revoked: requests with it are refused from now on.")
    return redirect("api:api_key_list")


# Webhooks ---------------------------------------------------------------------------------------------


@role_required(Role.ADMIN)
def webhook_endpoint_list(request: HttpRequest) -> HttpResponse:
    organization = request_membership(request).organization
    return render(
        request,
        "api/webhook_endpoint_list.html",
        {
            "organization": organization,
            "endpoints": select_webhook_endpoints(organization=organization),
            "event_types": WEBHOOK_EVENT_TYPES,
            "signature_version": SIGNATURE_VERSION,
        },
    )


@never_cache
@role_required(Role.ADMIN)
def webhook_endpoint_create(request: HttpRequest) -> HttpResponse:
    membership = request_membership(request)
    form = WebhookEndpointCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            endpoint, secret = services.webhook_endpoint_create(
                organization=membership.organization,
                url=form.cleaned_data["url"],
                events=form.cleaned_data["events"],
                created_by=membership.user,
            )
        except ApplicationError as error:
            _form_error(form, error)
        else:
            return render(
                request, "api/webhook_endpoint_created.html", {"endpoint": endpoint, "secret": secret}
            )
    return render(
        request, "api/webhook_endpoint_create.html", {"form": form, "organization": membership.organization}
    )


@role_required(Role.ADMIN)
def webhook_endpoint_detail(request: HttpRequest, endpoint_id: int) -> HttpResponse:
    organization = request_membership(request).organization
    endpoint = webhook_endpoint_get_or_404(organization=organization, endpoint_id=endpoint_id)
    return render(
        request,
        "api/webhook_endpoint_detail.html",
        {
            "endpoint": endpoint,
            "deliveries": webhook_delivery_list(organization=organization, endpoint=endpoint),
        },
    )


@require_POST
@role_required(Role.ADMIN)
def webhook_endpoint_set_active(request: HttpRequest, endpoint_id: int) -> HttpResponse:
    membership = request_membership(request)
    active = request.POST.get("active") == "1"
    try:
        endpoint = services.webhook_endpoint_set_active(
            organization=membership.organization,
            endpoint_id=endpoint_id,
            active=active,
            changed_by=membership.user,
        )
    except ApplicationError as error:
        messages.error(request, error.message)
        return redirect("api:webhook_endpoint_list")
    messages.success(request, f"{endpoint.url} is {'receiving events again' if active else 'paused'}.")
    return redirect("api:webhook_endpoint_detail", endpoint_id=endpoint.pk)


@require_POST
@role_required(Role.ADMIN)
def webhook_delivery_resend(request: HttpRequest, delivery_id: int) -> HttpResponse:
    membership = request_membership(request)
    try:
        delivery = services.webhook_delivery_resend(
            organization=membership.organization, delivery_id=delivery_id, resent_by=membership.user
        )
    except ApplicationError as error:
        messages.error(request, error.message)
        return redirect("api:webhook_endpoint_list")
    messages.success(request, f"{delivery.event_type} {delivery.event_id} is queued to be sent again.")
    return redirect("api:webhook_endpoint_detail", endpoint_id=delivery.endpoint_id)
