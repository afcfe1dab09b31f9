"""Rate limits on the public forms and the private-link pages, with django-ratelimit.

    from veiligonline.lib import limits

    if limits.exceeded(request, "registration", contacts=[email, phone]):
        ...  # re-render the form with limits.message(), status 429

Each limit counts per client address and, where a form names one, per contact (an
e-mail address or a phone number): one script cannot fill a session from one address,
nor from many addresses with one contact. The rates are chosen so that a real parent
never meets them; `settings.RATE_LIMITS` may change any of them.

The counters live in the cache under keyed hashes (HMAC-SHA256 with the secret key) of
the address or contact, never the value itself: the cache holds no address, and the small
IPv4 space cannot be hashed through to find one back (django-ratelimit would hash the
plain value with SHA-256 only). An IPv6 client is counted per /64, the block one home or
phone gets, or it could take a fresh address for every try.

When the cache is down (Redis unreachable) the public forms work without limits and a
warning is logged: refusing every parent during an outage would be worse than an hour
without limits, and the admin login has its own fallback to the database.
"""

from __future__ import annotations

import functools
import ipaddress
import logging
from collections.abc import Iterable

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _
from django_ratelimit.core import get_usage

from accounts.audit import client_address

logger = logging.getLogger(__name__)

_SALT = "veiligonline.limits"

# (per address, per contact); None: no limit of that kind. django-ratelimit's notation:
# "5/h" is five an hour, "3/d" three a day.
DEFAULT_RATES: dict[str, tuple[str | None, str | None]] = {
    # A family registers once or twice; a community centre's shared Wi-Fi, or a mobile
    # network that puts many phones behind one address, a group more. The caps per contact
    # (TRAININGS_CAPS) and the fast-filling notice keep one script from filling a session.
    "registration": ("10/h", "3/h"),
    "request": ("3/d", "3/d"),
    "resume-code": ("10/h", None),
    "lost-link": ("10/h", "5/h"),
    "password-reset": ("10/h", "3/h"),
    # Registration, cancel, stop-reminders, request, invitation, flyer and calendar feed
    # pages: generous, they only stop someone walking through tokens.
    "private-link": ("120/h", None),
}

MESSAGE = _(
    "You have sent this form many times in a short while. For your safety we stop here "
    "for now. Please try again in an hour, or write to us at %(email)s: we are glad to help."
)
MESSAGE_WITH_PHONE = _(
    "You have sent this form many times in a short while. For your safety we stop here "
    "for now. Please try again in an hour, or call us on %(phone)s: we are glad to help."
)


def message() -> str:
    """The refusal, in the page's language, with a way to reach a person."""
    phone = getattr(settings, "CONTACT_PHONE", "")
    if phone:
        return MESSAGE_WITH_PHONE % {"phone": phone}
    return MESSAGE % {"email": settings.HELP_EMAIL}


def rates(group: str) -> tuple[str | None, str | None]:
    return getattr(settings, "RATE_LIMITS", {}).get(group, DEFAULT_RATES[group])


def keyed(kind: str, value: str) -> str:
    """A keyed hash of an address or a contact: the only thing the cache keeps."""
    return salted_hmac(_SALT, f"{kind}:{value}", algorithm="sha256").hexdigest()


def address_of(request) -> str:
    """The client's address (honouring BEHIND_PROXY), an IPv6 one cut to its /64."""
    address = client_address(request)
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if ip.version == 6:
        return str(ipaddress.ip_network(f"{ip}/64", strict=False).network_address)
    return str(ip)


def normalised_contact(contact: str) -> str:
    """The same person however the contact was typed: case and spaces do not count."""
    return "".join((contact or "").split()).lower()


def _hit(request, group: str, rate: str, value: str) -> bool:
    usage = get_usage(
        request,
        group=group,
        key=lambda _group, _request: value,
        rate=rate,
        increment=True,
    )
    return bool(usage and usage["should_limit"])


def exceeded(request, group: str, *, contacts: Iterable[str] = ()) -> bool:
    """Count this try against the group's limits; True when one of them is exceeded.

    Every counter is incremented (the address and each contact), so a flood spread over
    several contacts is still counted per address, and the other way round.
    """
    return any(check(request, group, contacts=contacts))


def check(request, group: str, *, contacts: Iterable[str] = ()) -> tuple[bool, bool]:
    """Count this try; (the address is over its limit, a contact is over its limit).

    For the forms that only send something to the contact itself (lost link, password
    reset) a contact over its limit is answered as usual and sent nothing: a stranger
    who types someone's address many times must not be able to show that person a refusal.
    """
    per_address, per_contact = rates(group)
    by_address = []
    by_contact = []
    if per_address:
        by_address.append((per_address, keyed("address", address_of(request))))
    if per_contact:
        seen = {normalised_contact(c) for c in contacts if c and c.strip()}
        by_contact.extend((per_contact, keyed("contact", contact)) for contact in sorted(seen))
    try:
        address_over = any([_hit(request, group, rate, value) for rate, value in by_address])
        contact_over = any([_hit(request, group, rate, value) for rate, value in by_contact])
    except Exception as error:  # noqa: BLE001 - any cache backend's error is an outage to us
        # Fail open: a parent must be able to register while Redis restarts.
        logger.warning(
            "Rate limit %s not checked: the cache is unreachable (%s).", group, type(error).__name__
        )
        return False, False
    if address_over or contact_over:
        # The group only: never the address, the contact or the path (it may hold a token).
        logger.warning("Rate limit %s reached; the request was refused.", group)
    return address_over, contact_over


def too_many(request, *, status: int = 429) -> HttpResponse:
    """The friendly page for a private-link page asked too often, in the page's language."""
    response = render(request, "429.html", {"help_line": settings.HELP_LINE}, status=status)
    response["Retry-After"] = "3600"
    response["Cache-Control"] = "no-store"
    return response


def private_link(view):
    """For a view behind a private link: the 429 page when one address asks too often."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if exceeded(request, "private-link"):
            return too_many(request)
        return view(request, *args, **kwargs)

    return wrapper
