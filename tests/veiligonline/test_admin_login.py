"""Coordinators' logins resist password guessing (counted in the cache: Redis in CI).

A username alone cannot lock a coordinator out: failures count per username *and* address,
with a looser limit per address across usernames.
"""

import logging

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from veiligonline.admin_login import (
    MAX_FAILURES,
    MAX_FAILURES_PER_ADDRESS,
    ThrottledAdminLoginForm,
)

ATTACKER = "203.0.113.66"
COORDINATOR_HOME = "198.51.100.7"
PROXY = "10.0.0.2"
PROXY_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")


@pytest.fixture(autouse=True)
def clean_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def staff(django_user_model, db):
    return django_user_model.objects.create_user(
        username="coordinator", password="the right password", is_staff=True
    )


@pytest.fixture
def not_behind_a_proxy(settings):
    settings.BEHIND_PROXY = False
    settings.SECURE_PROXY_SSL_HEADER = None


@pytest.fixture
def behind_a_proxy(settings):
    settings.BEHIND_PROXY = True
    settings.SECURE_PROXY_SSL_HEADER = PROXY_HEADER


def attempt(client, password, username="coordinator", **headers):
    return client.post(
        reverse("admin:login"), {"username": username, "password": password}, **headers
    )


def logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_the_right_password_logs_in(client, staff):
    assert attempt(client, "the right password").status_code == 302
    assert logged_in(client)


def test_after_too_many_failures_even_the_right_password_waits(client, staff):
    for _ in range(MAX_FAILURES):
        assert attempt(client, "wrong").status_code == 200
    response = attempt(client, "the right password")
    assert response.status_code == 200
    assert "15" in response.content.decode()
    assert not logged_in(client)


def test_the_lock_says_why_in_the_admin_language(client, staff):
    for _ in range(MAX_FAILURES):
        attempt(client, "wrong")
    response = attempt(client, "the right password")
    message = str(ThrottledAdminLoginForm.error_messages["throttled"])
    assert message in response.content.decode()


def test_other_usernames_are_not_locked_out(client, staff, django_user_model):
    django_user_model.objects.create_user(
        username="other", password="another password", is_staff=True
    )
    for _ in range(MAX_FAILURES):
        attempt(client, "wrong")
    assert attempt(client, "another password", username="other").status_code == 302


def test_a_stranger_cannot_lock_the_coordinator_out(staff, not_behind_a_proxy):
    stranger, coordinator = Client(REMOTE_ADDR=ATTACKER), Client(REMOTE_ADDR=COORDINATOR_HOME)
    for _ in range(MAX_FAILURES + 3):
        attempt(stranger, "a guess")
    # The stranger's address is locked for this username, even with the right password…
    attempt(stranger, "the right password")
    assert not logged_in(stranger)
    # …while the coordinator, at their own address, logs in as usual.
    assert attempt(coordinator, "the right password").status_code == 302
    assert logged_in(coordinator)


def test_one_address_trying_many_usernames_is_stopped(staff, not_behind_a_proxy):
    stranger = Client(REMOTE_ADDR=ATTACKER)
    for number in range(MAX_FAILURES_PER_ADDRESS):
        # Under the per-username limit each time: a different name per attempt.
        attempt(stranger, "Welkom123", username=f"user{number}")
    attempt(stranger, "the right password")
    assert not logged_in(stranger)
    coordinator = Client(REMOTE_ADDR=COORDINATOR_HOME)
    assert attempt(coordinator, "the right password").status_code == 302


def test_a_few_failures_at_many_addresses_lock_nobody(staff, not_behind_a_proxy):
    # Below both limits: spread over addresses, the coordinator can still log in anywhere.
    for number in range(MAX_FAILURES_PER_ADDRESS):
        attempt(Client(REMOTE_ADDR=f"192.0.2.{number + 1}"), "a guess")
    assert attempt(Client(REMOTE_ADDR="192.0.2.1"), "the right password").status_code == 302


def test_a_successful_login_clears_earlier_typos(staff, not_behind_a_proxy):
    for _ in range(MAX_FAILURES - 1):
        attempt(Client(REMOTE_ADDR=COORDINATOR_HOME), "typo")
    assert attempt(Client(REMOTE_ADDR=COORDINATOR_HOME), "the right password").status_code == 302
    for _ in range(MAX_FAILURES - 1):
        attempt(Client(REMOTE_ADDR=COORDINATOR_HOME), "typo")
    assert attempt(Client(REMOTE_ADDR=COORDINATOR_HOME), "the right password").status_code == 302


def test_behind_the_proxy_each_visitor_counts_on_their_own(staff, behind_a_proxy):
    stranger = Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=ATTACKER)
    coordinator = Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=COORDINATOR_HOME)
    for _ in range(MAX_FAILURES):
        attempt(stranger, "a guess")
    attempt(stranger, "the right password")
    assert not logged_in(stranger)
    assert attempt(coordinator, "the right password").status_code == 302


def test_a_forged_forwarded_header_does_not_reset_the_count(staff, behind_a_proxy):
    # Our proxy appends the address it sees; what the client put in front of it is forged.
    for number in range(MAX_FAILURES):
        forged = f"1.2.3.{number}, {ATTACKER}"
        attempt(Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forged), "a guess")
    stranger = Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=f"9.9.9.9, {ATTACKER}")
    attempt(stranger, "the right password")
    assert not logged_in(stranger)


def test_without_a_proxy_the_forwarded_header_is_ignored(staff, not_behind_a_proxy):
    for number in range(MAX_FAILURES):
        attempt(Client(REMOTE_ADDR=ATTACKER, HTTP_X_FORWARDED_FOR=f"1.2.3.{number}"), "a guess")
    stranger = Client(REMOTE_ADDR=ATTACKER, HTTP_X_FORWARDED_FOR="1.2.3.99")
    attempt(stranger, "the right password")
    assert not logged_in(stranger)


def cache_entries() -> dict[str, object]:
    backend = cache._cache
    if hasattr(backend, "get_client"):  # Redis
        client = backend.get_client()
        return {key.decode(): client.get(key) for key in client.keys("*")}
    return {str(key): value for key, value in backend.items()}  # in-process memory


def test_the_cache_holds_no_username_and_no_address(staff, not_behind_a_proxy):
    attempt(Client(REMOTE_ADDR=ATTACKER), "wrong")
    entries = cache_entries()
    assert any("login-failures" in key for key in entries)
    for key, value in entries.items():
        for secret in ("coordinator", ATTACKER, "203.0.113", "203_0_113"):
            assert secret not in key and secret not in str(value)


def test_no_username_or_address_is_logged(staff, not_behind_a_proxy, caplog):
    stranger = Client(REMOTE_ADDR=ATTACKER)
    with caplog.at_level(logging.DEBUG):
        for _ in range(MAX_FAILURES + 1):
            attempt(stranger, "a guess")
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "coordinator" not in logged and ATTACKER not in logged
