"""Capacity under concurrent registrations, on PostgreSQL: row locks, real connections."""

import threading

import pytest
from django.db import connection, connections

from trainings.models import Registration
from trainings.services import register

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="row locks need PostgreSQL (SQLite has one writer)"
)


@pytest.mark.django_db(transaction=True)
def test_fifty_parents_at_once_for_ten_seats(make_session):
    session = make_session(capacity=10)
    barrier = threading.Barrier(50)
    errors = []

    def parent(n):
        try:
            barrier.wait()  # all fifty at the same moment, each on its own connection
            register(session_id=session.pk, name=f"Ouder {n}", email=f"ouder{n}@example.org")
        except Exception as error:  # noqa: BLE001 - every error is a failure of the test
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=parent, args=(n,)) for n in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    statuses = list(Registration.objects.values_list("status", flat=True))
    assert statuses.count(Registration.Status.CONFIRMED) == 10
    assert statuses.count(Registration.Status.WAITING) == 40
    session.refresh_from_db()
    assert session.seats_taken == 10
