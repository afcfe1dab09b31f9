"""The audit trail: `record(request_or_user, action, obj=None)` from anywhere.

    from accounts import audit
    audit.record(request, audit.Action.PUBLISH, queryset)

`obj` may be one model instance, a queryset or a list of instances (one row each), or
nothing. The label of an object is its type and number only ("#12 registration"): we
never call `str(obj)`, which for a registration would be a parent's name.

Passwords accepted, failed logins and logouts are recorded from Django's signals (see
`connect_signals`, called by the app config): every login form, the admin's and the
moderators', is covered without code of its own. "Logged in" is recorded only after the
second factor, by the second-factor page.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.conf import settings
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db import models
from django.http import HttpRequest
from django.utils import translation
from django.utils.crypto import salted_hmac

from accounts.models import AuditEvent

Action = AuditEvent.Action

_SALT = "accounts.audit"


def keyed_hash(value: str) -> str:
    """An HMAC of the value under the secret key: comparable, not reversible, not guessable
    through the small IPv4 space as a plain hash would be."""
    if not value:
        return ""
    return salted_hmac(_SALT, value, algorithm="sha256").hexdigest()[:32]


def username_hash(username: str) -> str:
    return keyed_hash(username.strip().lower())


def client_address(request) -> str:
    """The address of the person at the keyboard.

    Behind our proxy, REMOTE_ADDR is the proxy's address, and the proxy appends the address
    it sees to X-Forwarded-For. Entries left of it come from the client itself and can be
    forged, so a forged header cannot give anyone a fresh counter with every request: we
    take the last entry, the one our own proxy wrote (with one proxy in front, as in
    production, and with a proxy that replaces the header it is also the first).
    """
    if request is None:
        return ""
    if settings.BEHIND_PROXY:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        entries = [entry.strip() for entry in forwarded.split(",") if entry.strip()]
        if entries:
            return entries[-1]
    return request.META.get("REMOTE_ADDR", "")


def address_hash(request) -> str:
    return keyed_hash(client_address(request))


def _objects(obj) -> list[models.Model]:
    if obj is None:
        return []
    if isinstance(obj, models.Model):
        return [obj]
    if isinstance(obj, Iterable):
        return list(obj)
    raise TypeError(f"audit.record() takes a model instance or an iterable of them, not {obj!r}")


def label_for(instance: models.Model) -> str:
    # English model names (the code's language): the trail reads the same in every admin
    # language, and a model name never holds personal data.
    with translation.override(None):
        return f"#{instance.pk} {instance._meta.verbose_name}"[:120]


def record(request_or_user, action: str, obj=None, *, username_typed: str = "") -> list[AuditEvent]:
    """Write one event per object (or one without an object) and return them."""
    request = request_or_user if isinstance(request_or_user, HttpRequest) else None
    user = getattr(request, "user", None) if request is not None else request_or_user
    if user is not None and not getattr(user, "is_authenticated", False):
        user = None
    common = {
        "user": user,
        "username": user.get_username() if user is not None else "",
        "action": str(action),
        "address_hash": address_hash(request) if request is not None else "",
        "username_hash": username_hash(username_typed) if username_typed else "",
    }
    objects = _objects(obj)
    if not objects:
        return [AuditEvent.objects.create(**common)]
    return AuditEvent.objects.bulk_create(
        AuditEvent(
            **common,
            object_type=instance._meta.label_lower,
            object_id=str(instance.pk),
            object_label=label_for(instance),
        )
        for instance in objects
    )


def _logged_in(sender, request, user, **kwargs):
    # Django's login() runs after the password alone; everyone who logs in still has to
    # prove the second factor. "Logged in" is recorded by the second-factor page
    # (accounts.views._verified), once the session is really open.
    record(request if request is not None else user, Action.PASSWORD_OK)


def _logged_out(sender, request, user, **kwargs):
    # Sent before logout() forgets the user: request.user still names the account.
    if user is not None:
        record(request if request is not None else user, Action.LOGOUT)


def _login_failed(sender, credentials, request=None, **kwargs):
    # `credentials` has the password masked already; we keep only a keyed hash of the name.
    typed = str(credentials.get("username") or credentials.get("email") or "")
    record(request, Action.LOGIN_FAILED, username_typed=typed)


def connect_signals() -> None:
    user_logged_in.connect(_logged_in, dispatch_uid="accounts.audit.logged_in")
    user_logged_out.connect(_logged_out, dispatch_uid="accounts.audit.logged_out")
    user_login_failed.connect(_login_failed, dispatch_uid="accounts.audit.login_failed")
