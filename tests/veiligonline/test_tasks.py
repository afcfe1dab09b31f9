"""Background work goes through the configured broker (filesystem by default, Redis in CI)."""

import time
from datetime import timedelta

import pytest
from celery.contrib.testing.worker import start_worker
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.utils import timezone

from veiligonline.celery import app
from veiligonline.tasks import clear_expired_sessions


def make_session(*, expired: bool) -> str:
    store = SessionStore()
    store["module_progress"] = {"1": "step-3"}
    store.create()
    if expired:
        Session.objects.filter(session_key=store.session_key).update(
            expire_date=timezone.now() - timedelta(days=1)
        )
    return store.session_key


@pytest.mark.django_db
def test_expired_sessions_are_cleared_and_live_ones_kept():
    old, current = make_session(expired=True), make_session(expired=False)
    assert clear_expired_sessions() == 1
    assert list(Session.objects.values_list("session_key", flat=True)) == [current]
    assert old != current


@pytest.mark.django_db(transaction=True)
def test_a_worker_runs_the_task_from_the_broker():
    expired = make_session(expired=True)
    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10):
        clear_expired_sessions.delay()
        deadline = time.monotonic() + 20
        while Session.objects.filter(session_key=expired).exists():
            assert time.monotonic() < deadline, "the worker did not run the task"
            time.sleep(0.1)
