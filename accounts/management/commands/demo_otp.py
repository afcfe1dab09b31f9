"""Print the current second-factor code of a demo login (DEBUG on, demo secret only)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.demo import is_demo_device


class Command(BaseCommand):
    help = "Print the code a demo login's authenticator app would show now (development only)."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="coordinator")

    def handle(self, *args, username, **options):
        if not settings.DEBUG:
            raise CommandError("Demo codes exist only with DEBUG on.")
        user = get_user_model().objects.filter(username=username).first()
        devices = TOTPDevice.objects.filter(user=user, confirmed=True) if user else []
        device = next((d for d in devices if is_demo_device(d)), None)
        if device is None:
            # Never print the code of a real person's device.
            raise CommandError(f"{username!r} has no DEMO second factor (run ensure_coordinator).")
        totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
        seconds_left = device.step - int(totp.time - device.t0) % device.step
        self.stdout.write(f"{totp.token():0{device.digits}d}")
        self.stderr.write(f"(DEMO code for {username}, valid for {seconds_left} more seconds)")
