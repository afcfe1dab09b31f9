"""Log a test client in as a person who has proven their second factor.

`client.force_login()` skips the password; this skips the code from the app, in the
same way: by writing into the session what a real login would have written.
"""

from __future__ import annotations

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice


def device_for(user) -> TOTPDevice:
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    return device or TOTPDevice.objects.create(user=user, name="test app", confirmed=True)


def login_verified(client, user):
    """force_login, then mark the session verified with a (new) confirmed device."""
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device_for(user).persistent_id
    session.save()
    return client


def current_code(device: TOTPDevice, *, offset: int = 0) -> str:
    """The code the person's app shows now (offset: steps later or earlier)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = totp.time + offset * device.step
    return f"{totp.token():0{device.digits}d}"
