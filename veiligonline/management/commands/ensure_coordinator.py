"""Create (or reset) the demo coordinator login and print it. For `make run` only."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


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
        user.is_staff = user.is_superuser = True
        user.set_password(password)
        user.save()
        self.stdout.write(
            self.style.SUCCESS(
                f"Coordinator login for http://{address}/admin/ — "
                f"username: {username}  password: {password}"
            )
        )
