"""Coordinators run sessions in the admin: fill, participants' CSV, cancelling."""

import csv
import io

import pytest
from django.urls import reverse

from trainings.models import OutgoingMessage, Registration
from trainings.services import register


@pytest.mark.django_db
def test_the_list_shows_how_full_each_session_is(coordinator, make_session):
    session = make_session(capacity=12)
    register(session_id=session.pk, name="A", email="a@example.org", adults=3)
    page = coordinator.get(reverse("admin:trainings_trainingsession_changelist")).content
    assert b"3 / 12" in page


@pytest.mark.django_db
def test_participant_export_is_safe_against_formulas(coordinator, make_session):
    session = make_session()
    register(
        session_id=session.pk,
        name='=HYPERLINK("http://x")',
        email="a@example.org",
        needs="+rolstoel",
    )
    register(session_id=session.pk, name="Bo", phone="+32470000001")
    response = coordinator.post(
        reverse("admin:trainings_trainingsession_changelist"),
        {"action": "export_participants", "_selected_action": [session.pk]},
    )
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert len(rows) == 3
    names = [row[1] for row in rows[1:]]
    assert '\'=HYPERLINK("http://x")' in names and "Bo" in names
    assert rows[1][6] == "'+rolstoel"
    assert rows[2][3] == "'+32470000001"


@pytest.mark.django_db
def test_cancelling_a_session_cancels_and_tells_everyone(coordinator, make_session):
    session = make_session(capacity=1)
    register(session_id=session.pk, name="A", email="a@example.org")
    register(session_id=session.pk, name="B", email="b@example.org")
    coordinator.post(
        reverse("admin:trainings_trainingsession_changelist"),
        {"action": "cancel_sessions", "_selected_action": [session.pk]},
    )
    session.refresh_from_db()
    assert session.status == "cancelled" and session.seats_taken == 0
    assert set(Registration.objects.values_list("status", flat=True)) == {"cancelled"}
    assert OutgoingMessage.objects.filter(kind="session_cancelled").count() == 2
