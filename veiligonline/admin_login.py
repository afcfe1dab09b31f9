"""The admin is protected against password guessing, without letting strangers lock us out.

Two limits, as django-axes does by default plus a looser one per address:

- after `MAX_FAILURES` failed logins for one username *from one address* within `WINDOW`
  seconds, that username is refused from that address, even with the right password. The
  coordinator logging in from their own address is not affected: knowing a coordinator's
  username is not enough to lock them out.
- after `MAX_FAILURES_PER_ADDRESS` failed logins from one address, whatever the usernames,
  that address is refused: trying one password on many usernames is slowed down too.

The counters live in the cache (Redis in production) under keyed hashes (HMAC with the
secret key) of the username and the address: the cache never holds a name or an address,
and the small IPv4 space cannot be hashed through to find them back. Nothing personal is
logged.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

MAX_FAILURES = 5
MAX_FAILURES_PER_ADDRESS = 20
WINDOW = 15 * 60

_SALT = "veiligonline.admin_login"


def behind_proxy() -> bool:
    return settings.BEHIND_PROXY


def client_address(request) -> str:
    """The address of the person logging in.

    Behind our proxy, REMOTE_ADDR is the proxy's address, and the proxy appends the address
    it sees to X-Forwarded-For. Entries left of it come from the client itself and can be
    forged, so a forged header cannot give anyone a fresh counter with every request: we
    take the last entry, the one our own proxy wrote (with one proxy in front, as in
    production, and with a proxy that replaces the header it is also the first).
    """
    if request is None:
        return ""
    if behind_proxy():
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        entries = [entry.strip() for entry in forwarded.split(",") if entry.strip()]
        if entries:
            return entries[-1]
    return request.META.get("REMOTE_ADDR", "")


def _digest(*parts: str) -> str:
    return salted_hmac(_SALT, "\n".join(parts), algorithm="sha256").hexdigest()


def pair_key(username: str, address: str) -> str:
    return f"login-failures:pair:{_digest(username.strip().lower(), address)}"


def address_key(address: str) -> str:
    return f"login-failures:address:{_digest(address)}"


def _count_failure(key: str) -> None:
    # add() starts the window on the first failure; incr() keeps its expiry.
    if not cache.add(key, 1, WINDOW):
        try:
            cache.incr(key)
        except ValueError:  # expired between add() and incr()
            cache.set(key, 1, WINDOW)


class ThrottledAdminLoginForm(AdminAuthenticationForm):
    error_messages = {
        **AdminAuthenticationForm.error_messages,
        "throttled": _(
            "Too many failed attempts. For your safety, wait 15 minutes before you try again."
        ),
    }

    def clean(self):
        username = self.cleaned_data.get("username") or ""
        address = client_address(self.request)
        keys = {"pair": pair_key(username, address), "address": address_key(address)}
        counts = cache.get_many(keys.values())
        limits = {"pair": MAX_FAILURES, "address": MAX_FAILURES_PER_ADDRESS}
        for kind, key in keys.items():
            if counts.get(key, 0) >= limits[kind]:
                logger.warning("Admin login refused: too many failures (per %s).", kind)
                raise ValidationError(self.error_messages["throttled"], code="throttled")
        try:
            cleaned_data = super().clean()
        except ValidationError:
            for key in keys.values():
                _count_failure(key)
            raise
        # The right password clears this username's counter at this address, so earlier
        # typos do not add up; the address counter stays, or one known account could be
        # used to reset it between guesses at others.
        cache.delete(keys["pair"])
        return cleaned_data
