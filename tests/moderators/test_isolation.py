"""A moderator sees only their own: anything else answers 404, whatever the id."""

from __future__ import annotations

import pytest

from moderators.models import Assignment, AttendanceReport
from tests.moderators.conftest import url
from trainings.models import Registration

REPORT = {
    "adults": 3,
    "families": 3,
    "disadvantaged_families": 0,
    "grandparents": 0,
    "children_in_childcare": 0,
    "notes": "",
}


@pytest.fixture
def others_session(make_session, make_moderator):
    other = make_moderator(name="Marie Dubois")
    session = make_session(days=-1)
    Assignment.objects.create(session=session, moderator=other, status="accepted")
    Registration.objects.create(
        session=session, name="Zineb Geheim", email="z@example.org", status="confirmed"
    )
    return session


@pytest.mark.parametrize("name", ["session", "calendar", "report", "decline"])
def test_another_moderators_session_is_404(moderator_client, others_session, name):
    response = moderator_client.get(url(name, pk=others_session.pk))
    assert response.status_code == 404
    assert "Zineb" not in response.content.decode()


def test_posting_to_another_moderators_session_changes_nothing(
    moderator_client, others_session, make_session, moderator
):
    assert moderator_client.post(url("report", pk=others_session.pk), REPORT).status_code == 404
    assert moderator_client.post(url("accept", pk=others_session.pk)).status_code == 404
    assert (
        moderator_client.post(url("decline", pk=others_session.pk), {"reason": "x"}).status_code
        == 404
    )
    assert not AttendanceReport.objects.exists()
    # A session id slipped into the form of one's own report is ignored.
    own = make_session(days=-2)
    Assignment.objects.create(session=own, moderator=moderator, status="accepted")
    moderator_client.post(url("report", pk=own.pk), REPORT | {"session": others_session.pk})
    assert list(AttendanceReport.objects.values_list("session_id", flat=True)) == [own.pk]


def test_a_declined_or_withdrawn_session_is_no_longer_theirs(
    moderator_client, moderator, make_session
):
    session = make_session(days=2)
    Assignment.objects.create(session=session, moderator=moderator, status="withdrawn")
    assert moderator_client.get(url("session", pk=session.pk)).status_code == 404


def test_an_unknown_feed_token_is_404(client, moderator):
    assert client.get(url("feed", token="x" * 32)).status_code == 404
    moderator.is_active = False
    moderator.save()
    assert client.get(url("feed", token=moderator.calendar_token)).status_code == 404


def test_a_coordinator_has_no_moderator_space(coordinator):
    assert coordinator.get(url("home")).status_code == 404


def test_the_list_costs_the_same_for_many_sessions(
    moderator_client, moderator, make_session, django_assert_max_num_queries
):
    def count():
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            assert moderator_client.get(url("home")).status_code == 200
        return len(queries)

    for days in (3, 4):
        Assignment.objects.create(session=make_session(days=days), moderator=moderator)
    few = count()
    for days in range(5, 25):
        Assignment.objects.create(
            session=make_session(days=days), moderator=moderator, status="accepted"
        )
    for days in range(1, 6):
        Assignment.objects.create(
            session=make_session(days=-days), moderator=moderator, status="accepted"
        )
    assert count() == few
    with django_assert_max_num_queries(10):
        moderator_client.get(url("home"))


def test_walking_through_feed_tokens_is_stopped(settings, client, moderator):
    """A calendar app cannot log in, so the feed's token is its only key: one address
    guessing tokens meets the private-link limit, like every other private link."""
    settings.RATE_LIMITS = {"private-link": ("3/h", None)}
    statuses = [client.get(url("feed", token=f"guess{n:027d}")).status_code for n in range(3)]
    assert statuses == [404, 404, 404]
    # Even the right token is refused now: the guesser learns nothing from the next tries.
    response = client.get(url("feed", token=moderator.calendar_token))
    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
