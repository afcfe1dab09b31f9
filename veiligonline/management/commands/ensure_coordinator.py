"""Create (or reset) the demo coordinator login, and a demo moderator's, and print them.

For `make run` only.

The coordinator is what a real one is: staff in the "coordinator" group, not a
superuser. Their second factor uses a DEMO secret known to everyone who reads this
code: fine on a developer's machine with DEBUG on, refused anywhere else.
"""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse
from django.utils import translation

from accounts.demo import DEMO_TOTP_KEY, demo_device
from accounts.roles import COORDINATOR, sync_roles


class Command(BaseCommand):
    help = "Create the demo coordinator account 'coordinator' with a fresh password and print it."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="coordinator")
        parser.add_argument("--address", default="127.0.0.1:8000", help="where the portal runs")

    def handle(self, *args, username, address, **options):
        if not settings.DEBUG:
            raise CommandError(
                "Refusing to create a demo login with DEBUG off; use createsuperuser."
            )
        password = secrets.token_urlsafe(12)
        user, _created = get_user_model().objects.get_or_create(username=username)
        user.is_staff = True
        user.is_superuser = False  # daily work never needs a superuser
        user.set_password(password)
        user.save()
        if not Group.objects.filter(name=COORDINATOR).exists():
            sync_roles()
        user.groups.add(Group.objects.get(name=COORDINATOR))
        device = demo_device(user)
        self.stdout.write(
            self.style.SUCCESS(
                f"Coordinator login for http://{address}/admin/ — "
                f"username: {username}  password: {password}"
            )
        )
        self._second_step(username, device)
        self._moderator(address)

    def _second_step(self, username, device):
        self.stdout.write(
            f"  Second step (DEMO secret, development only): the code is printed by "
            f"`.venv/bin/python manage.py demo_otp --username {username}`, "
            f"or add this to an authenticator app: {device.config_url}"
            f"  (key {DEMO_TOTP_KEY})"
        )

    def _moderator(self, address):
        """The first demo moderator (from load_demo), with a fresh password, if there is one."""
        from moderators.models import Moderator

        moderator = (
            Moderator.objects.filter(
                is_active=True, user__email__endswith="@moderatoren.example.org"
            )
            .select_related("user")
            .order_by("pk")
            .first()
        )
        if moderator is None:
            return
        user = moderator.user
        password = secrets.token_urlsafe(12)
        user.set_password(password)
        user.save(update_fields=["password"])
        device = demo_device(user)
        with translation.override(user.language or "nl"):
            login_url = reverse("moderators:login")
        self.stdout.write(
            self.style.SUCCESS(
                f"Moderator login for http://{address}{login_url} — "
                f"e-mail: {user.email}  password: {password}"
            )
        )
        self._second_step(user.get_username(), device)
