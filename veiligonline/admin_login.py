"""The admin is protected against password guessing.

After `MAX_FAILURES` failed logins for one username within `WINDOW` seconds,
that username is refused, even with the right password, until the window has
passed. The counter lives in the cache (Redis in production) under a hash of the
username, so the cache never holds a name or an address.
"""

from __future__ import annotations

import hashlib

from django.contrib.admin.forms import AdminAuthenticationForm
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_FAILURES = 5
WINDOW = 15 * 60


def _key(username: str) -> str:
    digest = hashlib.sha256(username.strip().lower().encode()).hexdigest()
    return f"login-failures:{digest}"


class ThrottledAdminLoginForm(AdminAuthenticationForm):
    error_messages = {
        **AdminAuthenticationForm.error_messages,
        "throttled": _(
            "Too many failed attempts. For your safety, wait 15 minutes before you try again."
        ),
    }

    def clean(self):
        username = self.cleaned_data.get("username") or ""
        key = _key(username)
        if cache.get(key, 0) >= MAX_FAILURES:
            raise ValidationError(self.error_messages["throttled"], code="throttled")
        try:
            return super().clean()
        except ValidationError:
            # add() starts the window on the first failure; incr() keeps its expiry.
            if not cache.add(key, 1, WINDOW):
                try:
                    cache.incr(key)
                except ValueError:
                    cache.set(key, 1, WINDOW)
            raise
