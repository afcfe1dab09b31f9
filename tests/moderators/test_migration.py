"""The data migration: each session's moderator becomes its accepted lead, with a login."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

BEFORE = [
    ("moderators", "0002_certifications_assignments_reports"),
    ("trainings", "0007_outbox_reminders_invite_link"),
]
AFTER = [("moderators", "0003_logins_and_assignments_from_sessions")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_session_moderators_become_accepted_leads():
    old = migrate(BEFORE)
    Moderator = old.get_model("moderators", "Moderator")
    Venue = old.get_model("trainings", "Venue")
    TrainingSession = old.get_model("trainings", "TrainingSession")
    sofie = Moderator.objects.create(name="Sofie De Smet", email="Sofie@Example.org")
    julien = Moderator.objects.create(
        name="Julien Lambert", email="julien@example.org", is_active=False
    )
    venue = Venue.objects.create(
        slug="bib",
        name="Bib",
        kind="library",
        street="Kaai 1",
        postcode="9000",
        municipality="Gent",
        province="east_flanders",
    )
    starts = timezone.now() + timedelta(days=3)
    led = TrainingSession.objects.create(
        venue=venue, starts_at=starts, ends_at=starts + timedelta(hours=2), moderator=sofie
    )
    TrainingSession.objects.create(
        venue=venue, starts_at=starts, ends_at=starts + timedelta(hours=2)
    )

    try:
        new = migrate(AFTER)
        Assignment = new.get_model("moderators", "Assignment")
        Moderator = new.get_model("moderators", "Moderator")
        assignment = Assignment.objects.get()
        assert (assignment.session_id, assignment.moderator_id) == (led.pk, sofie.pk)
        assert (assignment.role, assignment.status) == ("lead", "accepted")
        sofie = Moderator.objects.select_related("user").get(pk=sofie.pk)
        assert sofie.user.email == "Sofie@Example.org" and not sofie.user.is_staff
        assert sofie.user.groups.filter(name="moderator").exists()
        assert not sofie.user.password.startswith("pbkdf2")  # unusable until they choose one
        julien = Moderator.objects.select_related("user").get(pk=julien.pk)
        assert not julien.user.is_active
        assert julien.calendar_token != sofie.calendar_token
    finally:
        migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
