"""Create (or reset) the demo coordinator login and print it. For `make run` only.

The coordinator is what a real one is: staff in the "coordinator" group, not a
superuser. Their second factor uses a DEMO secret known to everyone who reads this
code: fine on a developer's machine with DEBUG on, refused anywhere else.
"""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from accounts.demo import second_step_hint
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
        self.stdout.write(
            self.style.SUCCESS(
                f"Coordinator login for http://{address}/admin/ — "
                f"username: {username}  password: {password}"
            )
        )
        self.stdout.write(second_step_hint(user))
