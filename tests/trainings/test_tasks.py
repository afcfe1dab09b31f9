"""Registrations are forgotten three months after their session; the seat count stays."""

from datetime import timedelta

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
