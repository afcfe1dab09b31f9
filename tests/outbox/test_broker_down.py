"""A broker that is down never holds up the page that recorded a message."""

from __future__ import annotations

import socket
import time

import pytest

from outbox import services
from veiligonline.celery import app


@pytest.fixture
def broker_down(monkeypatch, no_logged_errors):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = f"redis://127.0.0.1:{probe.getsockname()[1]}/0"
    # Celery reads CELERY_BROKER_URL from the environment before its configuration.
    monkeypatch.setenv("CELERY_BROKER_URL", closed)
    saved = app.conf.broker_url, app.conf.task_always_eager
    app.conf.broker_url, app.conf.task_always_eager = closed, False
    app._pool = None
    yield
    app.conf.broker_url, app.conf.task_always_eager = saved
    app._pool = None


def test_queuing_with_the_broker_down_gives_up_quickly_and_says_so(broker_down, caplog):
    started = time.monotonic()
    services.queue_delivery(12345)
    elapsed = time.monotonic() - started
    assert elapsed < 6, f"the page waited {elapsed:.1f} s for the broker"
    assert "the sweeper will" in caplog.text
