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

When the cache is down, the limits still hold and coordinators can still log in: the
counts come from the database instead, from the failed logins the audit trail records
anyway (under its own keyed hashes). We chose this over refusing every login during an
outage: a Redis restart must not lock the programme out of its admin, and an attacker
who could take Redis down must not get unlimited guesses either. Only if the database
fails too is the login refused, with a clear message, never a server error.
"""

from __future__ import annotations

import contextlib
import logging
from datetime import timedelta

from django.contrib.admin.forms import AdminAuthenticationForm
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import DatabaseError
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from accounts import audit
from accounts.audit import client_address
from accounts.models import AuditEvent

logger = logging.getLogger(__name__)

MAX_FAILURES = 5
MAX_FAILURES_PER_ADDRESS = 20
WINDOW = 15 * 60

_SALT = "veiligonline.admin_login"


def _digest(*parts: str) -> str:
    return salted_hmac(_SALT, "\n".join(parts), algorithm="sha256").hexdigest()


def pair_key(username: str, address: str) -> str:
    return f"login-failures:pair:{_digest(username.strip().lower(), address)}"


def address_key(address: str) -> str:
    return f"login-failures:address:{_digest(address)}"


class CacheDown(Exception):
    pass


def _cache(operation, *args):
    # Any backend error (Redis refusing the connection, timing out, a memcached gone) is
    # an outage to us: which exception class depends on the backend, hence the breadth.
    try:
        return operation(*args)
    except Exception as error:  # noqa: BLE001
        logger.warning("Admin login: the cache is unreachable (%s).", type(error).__name__)
        raise CacheDown from error


def _count_failure(key: str) -> None:
    # add() starts the window on the first failure; incr() keeps its expiry.
    if not cache.add(key, 1, WINDOW):
        try:
            cache.incr(key)
        except ValueError:  # expired between add() and incr()
            cache.set(key, 1, WINDOW)


def database_counts(username: str, address: str) -> dict[str, int]:
    """The failures in the window, from the audit trail: for when the cache is down."""
    since = timezone.now() - timedelta(seconds=WINDOW)
    address_hash = audit.keyed_hash(address)
    name_hash = audit.username_hash(username)
    failures = AuditEvent.objects.filter(
        action=AuditEvent.Action.LOGIN_FAILED, address_hash=address_hash, at__gte=since
    )
    # A successful login clears this username's count at this address, as in the cache.
    last_login = (
        AuditEvent.objects.filter(
            # The password was right (the second step is another throttle's business).
            action__in=[AuditEvent.Action.PASSWORD_OK, AuditEvent.Action.LOGIN],
            address_hash=address_hash,
            username__iexact=username.strip(),
            at__gte=since,
        )
        .order_by("-at")
        .values_list("at", flat=True)
        .first()
    )
    pair = failures.filter(username_hash=name_hash)
    if last_login is not None:
        pair = pair.filter(at__gt=last_login)
    return {"pair": pair.count(), "address": failures.count()}


class ThrottledAdminLoginForm(AdminAuthenticationForm):
    error_messages = {
        **AdminAuthenticationForm.error_messages,
        "throttled": _(
            "Too many failed attempts. For your safety, wait 15 minutes before you try again."
        ),
        "unavailable": _("Logging in is not possible right now; try again in a few minutes."),
    }

    def clean(self):
        username = self.cleaned_data.get("username") or ""
        address = client_address(self.request)
        keys = {"pair": pair_key(username, address), "address": address_key(address)}
        try:
            cached = _cache(cache.get_many, list(keys.values()))
            counts = {kind: cached.get(key, 0) for kind, key in keys.items()}
            cache_up = True
        except CacheDown:
            counts = self._database_counts(username, address)
            cache_up = False
        limits = {"pair": MAX_FAILURES, "address": MAX_FAILURES_PER_ADDRESS}
        for kind in keys:
            if counts[kind] >= limits[kind]:
                logger.warning("Admin login refused: too many failures (per %s).", kind)
                raise ValidationError(self.error_messages["throttled"], code="throttled")
        try:
            cleaned_data = super().clean()
        except ValidationError:
            # The audit trail has recorded the failure (the database count) already.
            if cache_up:
                with contextlib.suppress(CacheDown):
                    for key in keys.values():
                        _cache(_count_failure, key)
            raise
        # The right password clears this username's counter at this address, so earlier
        # typos do not add up; the address counter stays, or one known account could be
        # used to reset it between guesses at others.
        if cache_up:
            with contextlib.suppress(CacheDown):
                _cache(cache.delete, keys["pair"])
        return cleaned_data

    def _database_counts(self, username: str, address: str) -> dict[str, int]:
        try:
            return database_counts(username, address)
        except DatabaseError as error:
            logger.warning("Admin login refused: neither cache nor database answers.")
            raise ValidationError(self.error_messages["unavailable"], code="unavailable") from error
