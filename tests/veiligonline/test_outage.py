"""When the database or the broker is gone: a quick 503, and a health check that says so."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.db import OperationalError, connection

ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def database_gone():
    """Every query fails as it does when PostgreSQL has gone away mid-connection."""

    def refuse(execute, sql, params, many, context):
        raise OperationalError("server closed the connection unexpectedly")

    with connection.execute_wrapper(refuse):
        yield


@pytest.fixture
def allow_logged_errors(no_logged_errors):
    yield
    # Django logs every 5xx it answers; here that is the point of the test.
    no_logged_errors.records.clear()


@pytest.mark.django_db
def test_public_pages_answer_503_with_retry_after_when_the_database_is_gone(client, help_contact):
    with database_gone():
        response = client.get("/nl/")
    assert response.status_code == 503
    assert response["Retry-After"].isdigit()
    assert response["Cache-Control"] == "no-store"
    page = response.content.decode()
    assert "We zijn zo terug" in page and "Nous revenons bientôt" in page
    assert "116 000" in page


@pytest.mark.django_db
def test_an_outage_noticed_by_a_middleware_is_a_503_too(client):
    # The session middleware reads the session before any view runs.
    client.cookies["vo_session"] = "a" * 32
    with database_gone():
        response = client.get("/fr/")
    assert response.status_code == 503


@pytest.mark.django_db
def test_a_real_error_stays_a_500(client, allow_logged_errors):
    from django.db import ProgrammingError

    def wrong(execute, sql, params, many, context):
        raise ProgrammingError("column does not exist")

    client.raise_request_exception = False
    with connection.execute_wrapper(wrong):
        response = client.get("/nl/")
    assert response.status_code == 500


@pytest.mark.django_db
def test_health_check_says_ok_and_is_never_cached(client):
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "broker": "ok"}
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


@pytest.mark.django_db
def test_health_check_answers_503_without_the_database(client, allow_logged_errors):
    with database_gone():
        response = client.get("/health/")
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"


@pytest.mark.django_db
def test_health_check_answers_503_without_the_broker(client, allow_logged_errors, monkeypatch):
    from veiligonline.celery import app

    closed = f"redis://127.0.0.1:{_free_port()}/0"
    # Read before the environment changes: Celery reads CELERY_BROKER_URL from the
    # environment before its own configuration (CI sets it).
    saved = app.conf.broker_url
    monkeypatch.setenv("CELERY_BROKER_URL", closed)
    app.conf.broker_url = closed
    try:
        started = time.monotonic()
        response = client.get("/health/")
        elapsed = time.monotonic() - started
    finally:
        app.conf.broker_url = saved
    assert response.status_code == 503
    assert response.json() == {"database": "ok", "broker": "unavailable"}
    assert elapsed < 10


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_database_that_hangs_gives_an_error_within_seconds(tmp_path):
    """A server that accepts connections and never answers: connecting gives up quickly."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    port = server.getsockname()[1]
    accepted = []
    stop = threading.Event()

    def accept_and_say_nothing():
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(server.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept_and_say_nothing, daemon=True)
    thread.start()
    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://nobody@127.0.0.1:{port}/veiligonline",
        "DB_CONNECT_TIMEOUT": "2",
    }
    try:
        started = time.monotonic()
        result = subprocess.run(
            [
                sys.executable,
                "manage.py",
                "shell",
                "-c",
                "from django.db import connection; connection.ensure_connection()",
            ],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        elapsed = time.monotonic() - started
    finally:
        stop.set()
        thread.join()
        for conn in accepted:
            conn.close()
        server.close()
    assert accepted, "the client never reached the hanging server"
    assert result.returncode != 0
    assert "OperationalError" in result.stderr
    assert elapsed < 15, f"gave up after {elapsed:.1f} s"


@pytest.mark.django_db
def test_statements_have_a_time_limit_on_postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("statement timeouts are PostgreSQL's")
    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        assert cursor.fetchone()[0] == "5s"
