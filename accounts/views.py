"""HTML views of accounts: sign-in, password reset, the dashboard, the team and the audit log. Thin: the
rules live in services.py and selectors.py."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.views import LoginView, LogoutView
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.views.decorators.http import require_POST

from accounts import services
from accounts.dashboard import dashboard_panels
from accounts.forms import (
    EmailAuthenticationForm,
    InvitationAcceptForm,
    MemberInviteForm,
    MemberRoleForm,
    OrganizationSwitchForm,
)
from accounts.middleware import SESSION_ORGANIZATION_KEY
from accounts.models import Membership, Role, User
from accounts.permissions import request_membership, role_required
from accounts.ratelimit import RateLimit
from accounts.selectors import (
    member_get_or_404,
    member_list,
    membership_for,
    membership_get,
    role_counts,
    team_invitation_get_by_token,
    team_invitation_get_or_404,
    team_invitation_open_list,
    team_invitation_refusal,
    user_get_by_email,
)
from accounts.types import ApplicationError
from audit.selectors import audit_chain_verify, audit_event_list

DASHBOARD_EVENTS = 10
AUDIT_LOG_PAGE_SIZE = 50


def _signed_in_user(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]


def _form_error(form: forms.Form, error: ApplicationError) -> None:
    field = error.extra.get("field")
    form.add_error(field if field in form.fields else None, error.message)


# Sign in and out -----------------------------------------------------------------------------------


# Failed sign-ins allowed per window, per address typed and per client IP (a shared office may have many
# people behind one IP, hence the higher limit there).
LOGIN_FAILURES_PER_ACCOUNT = RateLimit(scope="login-account", limit=10, window_seconds=900)
LOGIN_FAILURES_PER_IP = RateLimit(scope="login-ip", limit=50, window_seconds=900)


def _login_keys(request: HttpRequest) -> tuple[str, str]:
    typed = str(request.POST.get("username", "")).strip().lower()
    return typed, request.META.get("REMOTE_ADDR") or "unknown"


class AccountLoginView(LoginView):
    template_name = "registration/login.html"
    form_class = EmailAuthenticationForm
    redirect_authenticated_user = True

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        account, ip = _login_keys(request)
        if LOGIN_FAILURES_PER_ACCOUNT.exceeded(account) or LOGIN_FAILURES_PER_IP.exceeded(ip):
            wait = max(LOGIN_FAILURES_PER_ACCOUNT.retry_after_seconds(), 60)
            minutes = -(-wait // 60)
            form = self.get_form()
            form.errors.clear()
            form.add_error(
                None,
                f"Too many failed sign-in attempts. Wait {minutes} minute{'s' if minutes != 1 else ''} and "
                "try again, or reset your password below.",
            )
            response = self.render_to_response(self.get_context_data(form=form), status=429)
            response["Retry-After"] = str(wait)
            return response
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form: EmailAuthenticationForm) -> HttpResponse:  # type: ignore[override]
        account, ip = _login_keys(self.request)
        LOGIN_FAILURES_PER_ACCOUNT.hit(account)
        LOGIN_FAILURES_PER_IP.hit(ip)
        return super().form_invalid(form)

    def form_valid(self, form: EmailAuthenticationForm) -> HttpResponse:  # type: ignore[override]
        LOGIN_FAILURES_PER_ACCOUNT.reset(_login_keys(self.request)[0])
        response = super().form_valid(form)
        user = form.get_user()
        membership = membership_for(
            user=user, organization_id=self.request.session.get(SESSION_ORGANIZATION_KEY)
        )
        services.user_login_record(
            user=user, organization=membership.organization if membership else None, request=self.request
        )
        return response


class AccountLogoutView(LogoutView):
    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.user.is_authenticated:
            services.user_logout_record(
                user=_signed_in_user(request),
                organization=getattr(request, "organization", None),
                request=request,
            )
        response = super().post(request, *args, **kwargs)
        messages.info(request, "You are signed out.")
        return response


# Dashboard -------------------------------------------------------------------------------------------


def _members_by_role(members: list[Membership]) -> list[dict[str, Any]]:
    groups = []
    for role in Role:
        people = [member for member in members if member.role == role]
        groups.append({"role": role, "label": role.label, "members": people, "count": len(people)})
    return groups


@role_required()
def dashboard(request: HttpRequest) -> HttpResponse:
    membership = request_membership(request)
    organization = membership.organization
    members = member_list(organization=organization)
    context: dict[str, Any] = {
        "membership": membership,
        "organization": organization,
        "members": members,
        "member_groups": _members_by_role(members),
        "now": timezone.now(),
        "panels": dashboard_panels(membership),
    }
    if membership.role == Role.ADMIN:
        counts = role_counts(organization=organization)
        context.update(
            role_stats=[{"label": role.label, "count": counts[role.value]} for role in Role],
            invitations=team_invitation_open_list(organization=organization),
            events=list(audit_event_list(organization=organization, limit=DASHBOARD_EVENTS)),
            dashboard_template="accounts/dashboard/admin.html",
        )
    elif membership.role in (Role.RECRUITER, Role.HIRING_MANAGER):
        # Their pipelines come from the candidates app's panel; here, the team and its recent changes.
        team_events = audit_event_list(organization=organization).filter(action__startswith="member.")
        context.update(
            events=list(team_events[:DASHBOARD_EVENTS]),
            dashboard_template="accounts/dashboard/team_member.html",
        )
    else:
        context.update(
            member_groups=[group for group in context["member_groups"] if group["role"] != Role.INTERVIEWER],
            dashboard_template="accounts/dashboard/interviewer.html",
        )
    return render(request, "accounts/dashboard.html", context)


@require_POST
@role_required()
def organization_switch(request: HttpRequest) -> HttpResponse:
    form = OrganizationSwitchForm(request.POST)
    membership = None
    if form.is_valid():
        membership = membership_get(
            user=_signed_in_user(request), organization_id=form.cleaned_data["organization_id"]
        )
    if membership is None:
        raise Http404("You are not a member of that organization.")
    request.session[SESSION_ORGANIZATION_KEY] = membership.organization_id
    messages.success(request, f"You are now working in {membership.organization.name}.")
    return redirect("accounts:dashboard")


# Team ------------------------------------------------------------------------------------------------


@role_required(Role.ADMIN)
def team(request: HttpRequest) -> HttpResponse:
    membership = request_membership(request)
    organization = membership.organization
    members = member_list(organization=organization)
    return render(
        request,
        "accounts/team.html",
        {
            "organization": organization,
            "members": members,
            "admin_count": sum(1 for member in members if member.role == Role.ADMIN),
            "invitations": team_invitation_open_list(organization=organization),
            "role_choices": Role.choices,
            "now": timezone.now(),
        },
    )


@role_required(Role.ADMIN)
def team_invite(request: HttpRequest) -> HttpResponse:
    organization = request_membership(request).organization
    form = MemberInviteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            invitation, _token = services.member_invite(
                organization=organization,
                email=form.cleaned_data["email"],
                role=form.cleaned_data["role"],
                invited_by=_signed_in_user(request),
                request=request,
            )
        except ApplicationError as error:
            _form_error(form, error)
        else:
            messages.success(
                request,
                f"Invitation sent to {invitation.email} as {invitation.get_role_display().lower()}. "
                f"The link works until {invitation.expires_at:%d %b %Y} (UTC).",
            )
            return redirect("accounts:team")
    return render(request, "accounts/team_invite.html", {"form": form, "organization": organization})


@require_POST
@role_required(Role.ADMIN)
def member_change_role(request: HttpRequest, membership_id: int) -> HttpResponse:
    current = request_membership(request)
    target = member_get_or_404(organization=current.organization, membership_id=membership_id)
    form = MemberRoleForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose one of the roles to change it.")
        return redirect("accounts:team")
    try:
        changed = services.member_change_role(
            membership=target,
            role=form.cleaned_data["role"],
            changed_by=_signed_in_user(request),
            request=request,
        )
    except ApplicationError as error:
        messages.error(request, error.message)
        return redirect("accounts:team")
    messages.success(request, f"{changed.user} is now {changed.get_role_display().lower()}.")
    if changed.pk == current.pk and changed.role != Role.ADMIN:
        return redirect("accounts:dashboard")  # the team page is for admins, which you no longer are
    return redirect("accounts:team")


@role_required(Role.ADMIN)
def member_remove(request: HttpRequest, membership_id: int) -> HttpResponse:
    """GET asks for confirmation; POST removes."""
    current = request_membership(request)
    target = member_get_or_404(organization=current.organization, membership_id=membership_id)
    if request.method != "POST":
        return render(
            request, "accounts/member_remove_confirm.html", {"target": target, "is_self": target == current}
        )
    try:
        services.member_remove(membership=target, removed_by=_signed_in_user(request), request=request)
    except ApplicationError as error:
        messages.error(request, error.message)
        return redirect("accounts:team")
    messages.success(request, f"{target.user} no longer is a member of {current.organization.name}.")
    if target.pk == current.pk:
        request.session.pop(SESSION_ORGANIZATION_KEY, None)
        return redirect("accounts:dashboard")
    return redirect("accounts:team")


@require_POST
@role_required(Role.ADMIN)
def invitation_revoke(request: HttpRequest, invitation_id: int) -> HttpResponse:
    organization = request_membership(request).organization
    invitation = team_invitation_get_or_404(organization=organization, invitation_id=invitation_id)
    try:
        services.invitation_revoke(
            invitation=invitation, revoked_by=_signed_in_user(request), request=request
        )
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request, f"The invitation for {invitation.email} is revoked: its link no longer works."
        )
    return redirect("accounts:team")


def invitation_accept(request: HttpRequest, token: str) -> HttpResponse:
    """The page an emailed invitation link opens. Anyone with the link may see it; joining needs more."""
    invitation = team_invitation_get_by_token(raw_token=token)
    refusal = team_invitation_refusal(invitation=invitation)
    if invitation is None or refusal is not None:
        status = 404 if invitation is None else 410
        return render(request, "accounts/invitation_problem.html", {"problem": refusal}, status=status)

    signed_in = _signed_in_user(request) if request.user.is_authenticated else None
    has_account = user_get_by_email(email=invitation.email) is not None
    form = InvitationAcceptForm(request.POST or None) if not has_account and signed_in is None else None

    if request.method == "POST" and (form is None or form.is_valid()):
        try:
            membership = services.invitation_accept(
                raw_token=token,
                full_name=form.cleaned_data["full_name"] if form else "",
                password=form.cleaned_data["password1"] if form else "",
                user=signed_in,
                request=request,
            )
        except ApplicationError as error:
            if form is not None:
                form.add_application_error(error)
            else:
                messages.error(request, error.message)
                return redirect("accounts:invitation_accept", token=token)
        else:
            if signed_in is None:
                login(request, membership.user, backend="django.contrib.auth.backends.ModelBackend")
                services.user_login_record(
                    user=membership.user, organization=membership.organization, request=request
                )
            request.session[SESSION_ORGANIZATION_KEY] = membership.organization_id
            messages.success(
                request,
                f"Welcome to {membership.organization.name}. You joined as "
                f"{membership.get_role_display().lower()}.",
            )
            return redirect("accounts:dashboard")

    login_url = f"{reverse('accounts:login')}?{urlencode({'next': request.path})}"
    return render(
        request,
        "accounts/invitation_accept.html",
        {
            "invitation": invitation,
            "form": form,
            "has_account": has_account,
            "signed_in": signed_in,
            "signed_in_as_invitee": signed_in is not None
            and signed_in.email.lower() == invitation.email.lower(),
            "login_url": login_url,
        },
    )


# Audit log ---------------------------------------------------------------------------------------------


@role_required(Role.ADMIN)
def audit_log(request: HttpRequest) -> HttpResponse:
    organization = request_membership(request).organization
    page = Paginator(audit_event_list(organization=organization), AUDIT_LOG_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    # Verifying reads every event of the organization: done when asked for, not on every page view.
    chain = audit_chain_verify(organization=organization) if request.GET.get("verify") else None
    return render(
        request,
        "accounts/audit_log.html",
        {
            "organization": organization,
            "page": page,
            "events": page.object_list,
            "chain": chain,
        },
    )
