"""The second factor, with django-otp: an authenticator app (TOTP) and ten recovery codes.

Everyone who logs in (coordinators in the admin, moderators in their space) proves a
second factor once per session, after the password. Someone without a confirmed device
is sent to set one up; someone with one cannot set up another without proving the first
(else a stolen password would be enough to replace it). A lost phone and lost codes are
handled by a technical admin, who deletes the device in the admin: the person then sets
up a new one at their next login.

Recovery codes are stored as keyed hashes (HMAC with the secret key), never in clear:
django-otp's static device compares what it is given with what it stores, so we give it
the hash of what was typed. Each code works once.

For views outside the admin: `second_factor_required` (a decorator) or
`second_factor_redirect(request)` (returns a redirect, or None when the session is
verified).
"""

from __future__ import annotations

import secrets
from functools import wraps
from urllib.parse import urlencode

from django.conf import settings
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.crypto import salted_hmac
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.demo import is_demo_device

RECOVERY_CODE_COUNT = 10
# No look-alikes (0/o, 1/l/i, 5/s, 2/z): read from paper and typed by hand.
_ALPHABET = "abcdefghjkmnpqrtuvwxy346789"
_CODE_LENGTH = 10  # 10 characters of 27: 47 bits; used once, throttled by django-otp
RECOVERY_DEVICE_NAME = "recovery codes"
APP_DEVICE_NAME = "authenticator app"


def _hash_code(code: str) -> str:
    # StaticToken.token holds 16 characters: 64 bits of the HMAC is plenty for a look-up.
    return salted_hmac("accounts.otp.recovery", code, algorithm="sha256").hexdigest()[:16]


def normalise_code(typed: str) -> str:
    """What a person types, as we store it: no spaces or dashes, lower case."""
    return "".join(ch for ch in typed.lower() if ch.isascii() and ch.isalnum())


def group(code: str) -> str:
    return f"{code[:5]}-{code[5:]}"


def totp_device(user, *, confirmed: bool = True) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=confirmed).order_by("pk").first()


def has_second_factor(user) -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def setup_device(user) -> TOTPDevice:
    """The unconfirmed device being set up: the same secret on every reload of the page."""
    device = totp_device(user, confirmed=False)
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)
    return device


def new_recovery_codes(user) -> list[str]:
    """Replace the person's recovery codes by ten new ones; return them (shown once)."""
    codes = [
        "".join(secrets.choice(_ALPHABET) for _ in range(_CODE_LENGTH))
        for _ in range(RECOVERY_CODE_COUNT)
    ]
    with transaction.atomic():
        device, _created = StaticDevice.objects.get_or_create(
            user=user, name=RECOVERY_DEVICE_NAME, defaults={"confirmed": True}
        )
        device.token_set.all().delete()
        StaticToken.objects.bulk_create(
            StaticToken(device=device, token=_hash_code(code)) for code in codes
        )
    return [group(code) for code in codes]


def recovery_codes_left(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


# From this many wrong codes in a row the wait is long enough to call it "too many".
MANY_WRONG_CODES = 3


class Refused(Exception):
    """The code cannot be checked now: django-otp's wait after a wrong code still runs."""

    def __init__(self, locked_until, failure_count: int = MANY_WRONG_CODES):
        super().__init__("throttled")
        self.locked_until = locked_until
        self.failure_count = failure_count


def _refused(data) -> Refused:
    data = data or {}
    return Refused(data.get("locked_until"), data.get("failure_count", MANY_WRONG_CODES))


def check_code(user, typed: str):
    """The device that accepts this code (an app code or a recovery code), or None.

    Raises Refused while django-otp's throttle holds (1, 2, 4, 8… seconds after each
    wrong code), so that a six-digit code cannot be guessed by trying them all.
    """
    code = normalise_code(typed)
    if code.isdigit() and len(code) == 6:
        device = totp_device(user)
        token = code
    else:
        device = StaticDevice.objects.filter(user=user, confirmed=True).first()
        token = _hash_code(code)
    if device is None or (is_demo_device(device) and not settings.DEBUG):
        return None  # the demo secret is public: worthless outside a developer's machine
    allowed, data = device.verify_is_allowed()
    if not allowed:
        raise _refused(data)
    with transaction.atomic():
        return device if device.verify_token(token) else None


def confirm_setup(user, typed: str) -> TOTPDevice | None:
    """Confirm the device being set up with a code from the app; None if the code is wrong."""
    device = totp_device(user, confirmed=False)
    code = normalise_code(typed)
    if device is None or not (code.isdigit() and len(code) == 6):
        return None
    allowed, data = device.verify_is_allowed()
    if not allowed:
        raise _refused(data)
    if not device.verify_token(code):
        return None
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    return device


def second_factor_redirect(request):
    """Where an authenticated person goes before a staff page: None when already verified."""
    user = request.user
    if not user.is_authenticated or (hasattr(user, "is_verified") and user.is_verified()):
        return None
    name = "accounts:verify" if has_second_factor(user) else "accounts:setup"
    return redirect(f"{reverse(name)}?{urlencode({'next': request.get_full_path()})}")


def second_factor_required(view):
    """For a view that an authenticated person reaches only with a verified session."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        return second_factor_redirect(request) or view(request, *args, **kwargs)

    return wrapper
