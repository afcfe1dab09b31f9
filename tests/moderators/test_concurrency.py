"""Two coordinators assigning the same moderator at the same moment, on PostgreSQL."""

from __future__ import annotations

import threading

import pytest
from django.db import connection, connections

from moderators import services
from moderators.models import Assignment

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="row locks need PostgreSQL (SQLite has one writer)"
)


def race(calls):
    barrier = threading.Barrier(len(calls))
    outcomes, errors = [], []

    def run(call):
        try:
            barrier.wait()  # every coordinator at the same moment, each on its own connection
            outcomes.append(call())
        except services.Refused as refused:
            outcomes.append(refused)
        except Exception as error:  # noqa: BLE001 - any other error fails the test
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(call,)) for call in calls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    return outcomes


@pytest.mark.django_db(transaction=True)
def test_one_moderator_is_not_double_booked_by_two_coordinators(make_session, moderator):
    first = make_session()
    second = make_session(starts_at=first.starts_at, ends_at=first.ends_at)
    calls = [
        lambda session=session: services.invite(session_id=session.pk, moderator_id=moderator.pk)
        for session in [first, second] * 4
    ]
    outcomes = race(calls)
    assert sum(isinstance(outcome, Assignment) for outcome in outcomes) == 1
    assert Assignment.objects.filter(moderator=moderator).count() == 1


@pytest.mark.django_db(transaction=True)
def test_one_lead_per_session_under_concurrency(make_session, make_moderator):
    session = make_session()
    moderators = [make_moderator() for _ in range(6)]
    calls = [
        lambda moderator=moderator: services.invite(
            session_id=session.pk, moderator_id=moderator.pk
        )
        for moderator in moderators
    ]
    race(calls)
    assert Assignment.objects.filter(session=session, role="lead").count() == 1
