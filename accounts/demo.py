"""A known DEMO second factor for `make run`'s demo logins: with DEBUG on only.

Everyone who reads this file knows the secret, which is the point: a developer gets a
code without an app (`manage.py demo_otp`). A device with this key is never accepted
with DEBUG off (see `is_demo_device`, checked by demo_otp and at login).
"""

from __future__ import annotations

from base64 import b32decode

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django_otp.plugins.otp_totp.models import TOTPDevice

# Base32, as authenticator apps take it: "DEMO SECRET VEILIG ONLINE..." in spirit only.
DEMO_TOTP_KEY = "DEMOVEILIGONLINEDEMOVEILIGONLINE"
DEMO_DEVICE_NAME = "DEMO (development only)"


def _hex_key() -> str:
    return b32decode(DEMO_TOTP_KEY).hex()


def is_demo_device(device) -> bool:
    return isinstance(device, TOTPDevice) and device.key == _hex_key()


def demo_device(user) -> TOTPDevice:
    """Give the user the demo device (and no other app device): DEBUG only."""
    if not settings.DEBUG:
        raise PermissionDenied("A demo second factor exists only with DEBUG on.")
    TOTPDevice.objects.filter(user=user).exclude(key=_hex_key()).delete()
    device, _created = TOTPDevice.objects.update_or_create(
        user=user,
        key=_hex_key(),
        defaults={"name": DEMO_DEVICE_NAME, "confirmed": True},
    )
    return device


def second_step_hint(user) -> str:
    """Give the user the demo device and say how to get its code: for `make run`'s logins."""
    device = demo_device(user)
    return (
        f"  Second step (DEMO secret, development only): the code is printed by "
        f"`DEBUG=1 .venv/bin/python manage.py demo_otp --username {user.get_username()}`, "
        f"or add this to an authenticator app: {device.config_url}"
    )
