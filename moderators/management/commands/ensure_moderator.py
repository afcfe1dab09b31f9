"""Give a demo moderator a fresh password and print the login. For `make run` only."""

import secrets

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import translation

from accounts.demo import second_step_hint
from moderators.demo import showcase_candidates
from moderators.models import Assignment


class Command(BaseCommand):
    help = "Reset the password of the demo moderator with the most to show, and print it."

    def add_arguments(self, parser):
        parser.add_argument("--address", default="127.0.0.1:8000", help="where the portal runs")

    def handle(self, *args, address, **options):
        if not settings.DEBUG:
            raise CommandError("Refusing to reset a demo login with DEBUG off.")
        # The one with most to show: a report to file and an open invitation first.
        moderator = (
            showcase_candidates()
            .filter(user__email__iendswith="@moderatoren.example.org")
            .select_related("user")
            .annotate(
                invited=Count("assignments", filter=Q(assignments__status="invited")),
                accepted=Count("assignments", filter=Q(assignments__status__in=Assignment.ACTIVE)),
            )
            .order_by("-report_due", "-invited_now", "-invited", "-accepted", "name")
            .first()
        )
        if moderator is None:
            self.stdout.write("No demo moderator: run `manage.py load_demo` first.")
            return
        password = secrets.token_urlsafe(12)
        moderator.user.set_password(password)
        moderator.user.save(update_fields=["password"])
        with translation.override(moderator.user.language):
            path = reverse("moderators:login")
        self.stdout.write(
            self.style.SUCCESS(
                f"Moderator login for http://{address}{path} — "
                f"e-mail: {moderator.user.email}  password: {password}"
            )
        )
        self.stdout.write(second_step_hint(moderator.user))  # the demo second factor
