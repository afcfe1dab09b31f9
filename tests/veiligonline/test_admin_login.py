"""Coordinators' logins resist password guessing (counted in the cache: Redis in CI)."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from veiligonline.admin_login import MAX_FAILURES


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


def attempt(client, password, username="coordinator"):
    return client.post(reverse("admin:login"), {"username": username, "password": password})


def test_the_right_password_logs_in(client, staff):
    assert attempt(client, "the right password").status_code == 302


def test_after_too_many_failures_even_the_right_password_waits(client, staff):
    for _ in range(MAX_FAILURES):
        assert attempt(client, "wrong").status_code == 200
    response = attempt(client, "the right password")
    assert response.status_code == 200
    assert "15" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_other_usernames_are_not_locked_out(client, staff, django_user_model):
    django_user_model.objects.create_user(
        username="other", password="another password", is_staff=True
    )
    for _ in range(MAX_FAILURES):
        attempt(client, "wrong")
    assert attempt(client, "another password", username="other").status_code == 302


def cache_keys() -> list[str]:
    backend = cache._cache
    if hasattr(backend, "get_client"):  # Redis
        return [key.decode() for key in backend.get_client().keys("*")]
    return [str(key) for key in backend]  # in-process memory


def test_the_cache_holds_no_username(client, staff):
    attempt(client, "wrong")
    keys = cache_keys()
    assert any("login-failures" in key for key in keys)
    assert all("coordinator" not in key for key in keys)
