"""Registrations are forgotten three months after their session; the seat count stays."""

from datetime import UTC, timedelta

import pytest
from django.utils import timezone

from trainings.models import Registration, TrainingSession
from trainings.services import register
from trainings.tasks import forget_past_registrations


@pytest.mark.django_db
def test_registrations_go_three_months_after_the_session(make_session):
    old, recent = make_session(), make_session()
    register(session_id=old.pk, name="Ann", email="ann@example.org")
    register(session_id=recent.pk, name="Bo", email="bo@example.org")
    now = timezone.now()
    TrainingSession.objects.filter(pk=old.pk).update(
        starts_at=now - timedelta(days=92), ends_at=now - timedelta(days=91, hours=22)
    )
    TrainingSession.objects.filter(pk=recent.pk).update(
        starts_at=now - timedelta(days=30), ends_at=now - timedelta(days=29, hours=22)
    )
    assert forget_past_registrations() == 1
    assert list(Registration.objects.values_list("name", flat=True)) == ["Bo"]
    old.refresh_from_db()
    assert old.seats_taken == 1  # the figure stays, the person does not


@pytest.mark.django_db(transaction=True)
def test_interpreter_languages_typed_before_become_choices():
    from datetime import datetime

    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    before = [("trainings", "0004_messages_to_organisations")]
    after = [("trainings", "0005_interpreter_languages")]
    executor.migrate(before)
    old = executor.loader.project_state(before).apps
    Venue = old.get_model("trainings", "Venue")
    Session = old.get_model("trainings", "TrainingSession")
    venue = Venue.objects.create(
        slug="v", name="V", kind="other", street="S 1", postcode="9000", municipality="Gent"
    )
    when = datetime(2030, 1, 7, 19, tzinfo=UTC)
    for typed in ("Arabisch", "turc", "Klingon"):
        Session.objects.create(
            venue=venue, starts_at=when, ends_at=when.replace(hour=21), interpreter_language=typed
        )
    executor.loader.build_graph()
    executor.migrate(after)
    new = executor.loader.project_state(after).apps
    converted = new.get_model("trainings", "TrainingSession").objects.order_by("id")
    # Known names become their code; what no list knows is kept in the notes.
    assert list(converted.values_list("interpreter_language", flat=True)) == ["ar", "tr", ""]
    assert converted.last().practical_nl == "Tolk / interprète: Klingon"
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
