"""Second factor pages: prove it after the password, set it up once, renew recovery codes.

Coordinators see them in the admin's layout, moderators in the site's. The pages that
show a secret (the set-up key, the recovery codes) are never stored by a browser or a
proxy (no-store).
"""

from __future__ import annotations

from base64 import b32encode

import django_otp
import segno
from django.contrib import admin
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from django_otp.plugins.otp_static.models import StaticDevice

from accounts import audit, otp
from accounts.forms import CodeForm, SetupCodeForm


def _next(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("admin:index") if request.user.is_staff else "/"


def _logout_url(user) -> str | None:
    if user.is_staff:
        return reverse("admin:logout")
    try:
        return reverse("moderators:logout")
    except NoReverseMatch:
        return None


def _render(request, template: str, context: dict, *, status: int = 200):
    user = request.user
    base = {
        "base_template": "admin/base_site.html" if user.is_staff else "base.html",
        "next": _next(request),
        "logout_url": _logout_url(user),
    }
    if user.is_staff:
        base.update(admin.site.each_context(request))
        # Before the second step nothing of the admin is open: no sidebar or app list
        # that would only lead back to this page (and would show what is inside).
        base["is_nav_sidebar_enabled"] = False
        base["available_apps"] = []
        base["has_permission"] = False
    response = render(request, template, {**base, **context}, status=status)
    response["Cache-Control"] = "no-store"
    return response


def _wait_message(error: otp.Refused) -> str:
    if error.locked_until is None:
        return _("Too many wrong codes. Wait a minute, then try again.")
    seconds = max(1, int((error.locked_until - timezone.now()).total_seconds()) + 1)
    if error.failure_count < otp.MANY_WRONG_CODES:
        # django-otp makes one wait a second or two after a wrong code: that is no
        # punishment, and "too many" after one slip would frighten for nothing.
        return _(
            "That was quick: after a wrong code, wait %(seconds)s seconds before the next "
            "try. Then type the newest code."
        ) % {"seconds": seconds}
    return _("Too many wrong codes. Wait %(seconds)s seconds, then try the newest code.") % {
        "seconds": seconds
    }


def _verified(request, device) -> None:
    django_otp.login(request, device)
    # A new session key now that the session proves more: a key seen before (on a shared
    # computer, in a log) is worth nothing after this step.
    request.session.cycle_key()
    # Only now is the person logged in: the password alone was recorded as PASSWORD_OK.
    audit.record(request, audit.Action.LOGIN)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def verify(request):
    user = request.user
    if not user.is_authenticated:
        return redirect(_next(request))
    if user.is_verified():
        return redirect(_next(request))
    if not otp.has_second_factor(user):
        return redirect(f"{reverse('accounts:setup')}?{request.GET.urlencode()}")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            device = otp.check_code(user, form.cleaned_data["code"])
        except otp.Refused as error:
            form.add_error("code", _wait_message(error))
        else:
            if device is not None:
                _verified(request, device)
                if isinstance(device, StaticDevice):
                    audit.record(request, audit.Action.RECOVERY_CODE_USED)
                return redirect(_next(request))
            audit.record(request, audit.Action.SECOND_FACTOR_FAILED)
            form.add_error(
                "code",
                _(
                    "This code is not right. Type the newest code from the app, or a "
                    "recovery code you have not used before."
                ),
            )
    return _render(request, "accounts/verify.html", {"form": form, "title": _("Second step")})


def _secret_text(device) -> str:
    secret = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def setup(request):
    user = request.user
    if not user.is_authenticated:
        return redirect(_next(request))
    if otp.has_second_factor(user):
        # Replacing a device needs the old one (or a technical admin): never the password alone.
        return redirect(f"{reverse('accounts:verify')}?{request.GET.urlencode()}")
    device = otp.setup_device(user)
    form = SetupCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            confirmed = otp.confirm_setup(user, form.cleaned_data["code"])
        except otp.Refused as error:
            form.add_error("code", _wait_message(error))
        else:
            if confirmed is not None:
                codes = otp.new_recovery_codes(user)
                _verified(request, confirmed)
                audit.record(request, audit.Action.SECOND_FACTOR_SET_UP)
                return _render(
                    request,
                    "accounts/recovery_codes.html",
                    {"codes": codes, "title": _("Your recovery codes"), "just_set_up": True},
                )
            audit.record(request, audit.Action.SECOND_FACTOR_FAILED)
            form.add_error(
                "code",
                _("This code is not right. Check that the app shows the newest code and try it."),
            )
    qr = segno.make(device.config_url, error="m")
    context = {
        "form": form,
        "title": _("Set up the second step"),
        "qr_svg": qr.svg_inline(scale=4, dark="#000", light="#fff", omitsize=False),
        "secret": _secret_text(device),
    }
    return _render(request, "accounts/setup.html", context)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
@otp.second_factor_required
def recovery_codes(request):
    if not request.user.is_authenticated:
        return redirect(_next(request))
    if request.method == "POST":
        codes = otp.new_recovery_codes(request.user)
        audit.record(request, audit.Action.RECOVERY_CODES_RENEWED)
        return _render(
            request,
            "accounts/recovery_codes.html",
            {"codes": codes, "title": _("Your recovery codes")},
        )
    return _render(
        request,
        "accounts/recovery_codes.html",
        {"left": otp.recovery_codes_left(request.user), "title": _("Your recovery codes")},
    )


def permission_denied(request, exception=None):
    """The 403 page in the page's language (Django's own is a bare English "403 Forbidden").

    Staff refused an admin page see it in the admin's layout, with its menu, so they can
    go on; everyone else in the site's layout.
    """
    try:
        in_admin = request.path.startswith(reverse("admin:index"))
    except NoReverseMatch:
        in_admin = False
    if in_admin:
        context = {**admin.site.each_context(request), "title": _("No access")}
        return render(request, "admin/403.html", context, status=403)
    return render(request, "403.html", status=403)
