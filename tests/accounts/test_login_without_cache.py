"""With Redis down, the admin login neither answers 500 nor lets guesses through.

The cache points at a closed port: every cache call fails as it does in an outage.
"""

import socket

import pytest
from django.test import Client

from accounts.models import AuditEvent
from tests.accounts.conftest import password_login
from veiligonline.admin_login import MAX_FAILURES, MAX_FAILURES_PER_ADDRESS

pytestmark = pytest.mark.django_db


@pytest.fixture
def cache_down(settings):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # free, and closed once the probe is gone
    working = settings.CACHES
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    settings.BEHIND_PROXY = False
    yield
    # The cache back before the other fixtures' teardown, which empties it.
    settings.CACHES = working


def logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_the_right_password_still_logs_in(cache_down, staff_user):
    client = Client(REMOTE_ADDR="198.51.100.7")
    response = password_login(client)
    assert response.status_code == 302
    assert logged_in(client)


def test_the_limit_still_holds_counted_in_the_database(cache_down, staff_user):
    attacker = Client(REMOTE_ADDR="203.0.113.66")
    for _ in range(MAX_FAILURES):
        assert password_login(attacker, password="a guess").status_code == 200
    response = password_login(attacker)
    assert response.status_code == 200
    assert "15" in response.content.decode()
    assert not logged_in(attacker)
    # The coordinator, at their own address, is not locked out by the stranger.
    coordinator = Client(REMOTE_ADDR="198.51.100.7")
    assert password_login(coordinator).status_code == 302


def test_many_usernames_from_one_address_are_stopped_too(cache_down, staff_user):
    attacker = Client(REMOTE_ADDR="203.0.113.66")
    for number in range(MAX_FAILURES_PER_ADDRESS):
        password_login(attacker, username=f"user{number}", password="Welkom123")
    password_login(attacker)
    assert not logged_in(attacker)


def test_a_success_clears_the_earlier_typos(cache_down, staff_user):
    home = "198.51.100.7"
    for _ in range(MAX_FAILURES - 1):
        password_login(Client(REMOTE_ADDR=home), password="typo")
    assert password_login(Client(REMOTE_ADDR=home)).status_code == 302
    for _ in range(MAX_FAILURES - 1):
        password_login(Client(REMOTE_ADDR=home), password="typo")
    assert password_login(Client(REMOTE_ADDR=home)).status_code == 302


def test_the_database_count_holds_no_name_and_no_address(cache_down, staff_user):
    password_login(Client(REMOTE_ADDR="203.0.113.66"), password="a guess")
    event = AuditEvent.objects.get(action="login_failed")
    values = " ".join(str(v) for v in event.__dict__.values())
    assert "coco" not in values and "203.0.113" not in values and "a guess" not in values
    assert event.username_hash and event.address_hash
