"""Staff sessions end after 30 minutes idle and 12 hours at most; parents keep theirs.

The clock is shifted, never slept on: django.utils.timezone.now is what the middleware
reads, and the fixture moves it.
"""

from datetime import timedelta

import pytest
from django.conf import settings
from django.utils import timezone

from accounts.models import AuditEvent
from accounts.sessions import GRACE
from tests.accounts.helpers import login_verified

pytestmark = pytest.mark.django_db


@pytest.fixture
def clock(monkeypatch):
    real_now = timezone.now
    shift = {"by": timedelta(0)}

    def shifted():
        return real_now() + shift["by"]

    monkeypatch.setattr(timezone, "now", shifted)

    class Clock:
        def advance(self, **kwargs):
            shift["by"] += timedelta(**kwargs)

    return Clock()


def logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_a_staff_session_cookie_lasts_the_idle_time(client, staff_user):
    login_verified(client, staff_user)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert client.session.get_expiry_age() == settings.STAFF_SESSION_IDLE + GRACE


def test_activity_keeps_the_session_alive(client, staff_user, clock):
    login_verified(client, staff_user)
    for _ in range(8):  # 8 × 20 minutes: more than 2 hours, never 30 minutes idle
        clock.advance(minutes=20)
        assert client.get("/admin/").status_code == 200
    assert logged_in(client)


def test_thirty_minutes_idle_logs_out(client, staff_user, clock):
    login_verified(client, staff_user)
    client.get("/admin/")
    clock.advance(minutes=31)
    response = client.get("/admin/trainings/trainingsession/", follow=True)
    assert not logged_in(client)
    assert response.redirect_chain[-1][0].startswith("/admin/login/")
    assert "30 minuten zonder activiteit" in response.content.decode()
    assert AuditEvent.objects.filter(action="session_expired", user=staff_user).exists()


def test_long_after_the_limit_the_stored_session_is_gone_too(client, staff_user, clock):
    login_verified(client, staff_user)
    client.get("/admin/")
    clock.advance(hours=1)
    assert client.get("/admin/").status_code == 302
    assert not logged_in(client)


def test_twelve_hours_is_the_most_even_when_active(client, staff_user, clock):
    login_verified(client, staff_user)
    for _ in range(12 * 3 + 1):  # every 20 minutes for 12 hours and 20 minutes
        clock.advance(minutes=20)
        client.get("/admin/")
    assert not logged_in(client)


def test_a_parents_session_is_left_alone(client, clock):
    session = client.session
    session["module_progress"] = {"1": ["intro"]}  # what a parent's browser keeps
    session.save()
    clock.advance(days=2)
    client.get("/nl/")
    assert client.session["module_progress"] == {"1": ["intro"]}
    assert client.session.get_expiry_age() == settings.SESSION_COOKIE_AGE
