"""The production stack, started as production starts it: gunicorn, a Celery worker and
one beat, DEBUG=0, on PostgreSQL and Redis.

It serves the home page from gunicorn, a parent registers through HTTP (the session
page, its CSRF token and cookie, the form sent back after the anti-bot fill time), the
worker delivers the confirmation (Django's file e-mail backend), and everything stops
cleanly on SIGTERM. The processes use the test database (its name goes through
DATABASE_URL), so the test is transactional: they must see its rows.

Skipped unless DATABASE_URL is PostgreSQL and Redis answers (CI has both).
"""

from __future__ import annotations

import email
import email.policy
import http.client
import os
import re
import secrets
import signal
import subprocess
import sys
import time
import urllib.parse
from datetime import timedelta
from pathlib import Path

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone, translation

from trainings.models import Province, Registration, TrainingSession, Venue

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
# Redis databases of our own, flushed before (the outbox worker test uses 14).
CACHE_DB = int(os.environ.get("STACK_TEST_CACHE_DB", "12"))
BROKER_DB = int(os.environ.get("STACK_TEST_BROKER_DB", "13"))
FILL_SECONDS = 1  # the anti-bot minimum fill time for this run (settings.ANTIBOT_MIN_SECONDS)


def _redis(db: int) -> str:
    parts = urllib.parse.urlsplit(os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0")
    return f"redis://{parts.hostname or '127.0.0.1'}:{parts.port or 6379}/{db}"


def _redis_answers() -> bool:
    try:
        import redis

        return bool(redis.Redis.from_url(_redis(CACHE_DB), socket_connect_timeout=1).ping())
    except Exception:  # noqa: BLE001 - any failure means: no Redis here
        return False


pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="the production stack runs on PostgreSQL"
    ),
    pytest.mark.skipif(not _redis_answers(), reason="the production stack needs Redis"),
]


def _database_url() -> str:
    db = connection.settings_dict  # the test database, once pytest-django created it
    user = urllib.parse.quote(db["USER"] or "")
    password = f":{urllib.parse.quote(db['PASSWORD'])}" if db["PASSWORD"] else ""
    auth = f"{user}{password}@" if user else ""
    return f"postgres://{auth}{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Stack:
    """The processes, each in a group of its own, with their output in files."""

    def __init__(self, env: dict, logs: Path):
        self.env, self.logs = env, logs
        self.running: dict[str, subprocess.Popen] = {}

    def start(self, name: str, *command: str) -> None:
        log = (self.logs / f"{name}.log").open("ab")
        self.running[name] = subprocess.Popen(  # noqa: S603 - our own interpreter's tools
            list(command),
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def stop(self) -> dict[str, int]:
        """SIGTERM to each, as systemd stops a service; what each exited with."""
        for process in self.running.values():
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        codes = {}
        for name, process in self.running.items():
            try:
                codes[name] = process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                codes[name] = process.wait(timeout=5)
                codes[name] = f"killed after 20 s ({codes[name]})"
        self.running.clear()
        return codes

    def output(self) -> str:
        return "\n".join(
            f"--- {path.name}\n{path.read_text(errors='replace')[-3000:]}"
            for path in sorted(self.logs.glob("*.log"))
        )


class Browser:
    """Just enough of a browser: it keeps cookies, Secure ones too (plain HTTP on the
    loopback here, where production has TLS in front)."""

    def __init__(self, port: int):
        self.port = port
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, body: dict | None = None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=20)
        headers = {"Host": "127.0.0.1"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        data = None
        if body is not None:
            data = urllib.parse.urlencode(body)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn.request(method, path, body=data, headers=headers)
        response = conn.getresponse()
        content = response.read().decode("utf-8", errors="replace")
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name.strip()] = rest.split(";", 1)[0]
        conn.close()
        return response, content


def _wait_for(condition, *, timeout: float, every: float = 0.2) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(every)
    return False


def _mails(folder: Path) -> list:
    separator = b"\n" + b"-" * 79 + b"\n"  # what Django's file backend writes after each
    found = []
    for path in folder.glob("*.log"):
        for chunk in path.read_bytes().split(separator):
            if chunk.strip():
                found.append(email.message_from_bytes(chunk, policy=email.policy.default))
    return found


@pytest.mark.django_db(transaction=True)
def test_gunicorn_worker_and_beat_serve_register_and_confirm(tmp_path):
    import redis

    for db in (CACHE_DB, BROKER_DB):
        redis.Redis.from_url(_redis(db)).flushdb()
    venue = Venue.objects.create(
        slug="bib-leuven",
        name="Bibliotheek Tweebronnen",
        kind=Venue.Kind.LIBRARY,
        street="Rijschoolstraat 4",
        postcode="3000",
        municipality="Leuven",
        province=Province.FLEMISH_BRABANT,
    )
    starts = timezone.now() + timedelta(days=12)
    session = TrainingSession.objects.create(
        venue=venue, starts_at=starts, ends_at=starts + timedelta(hours=2), capacity=12
    )
    with translation.override("nl"):
        session_path = reverse("trainings:session", kwargs={"pk": session.pk})

    mail, static, var = tmp_path / "mail", tmp_path / "static", tmp_path / "var"
    for folder in (mail, static, var):
        folder.mkdir()
    port = _free_port()
    env = {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(40),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",  # plain HTTP on the loopback; production has TLS
        "DATABASE_URL": _database_url(),
        "CONN_MAX_AGE": "0",
        "REDIS_URL": _redis(CACHE_DB),
        "CELERY_BROKER_URL": _redis(BROKER_DB),
        "CELERY_TASK_ALWAYS_EAGER": "0",
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": str(mail),
        "SMS_BACKEND": "outbox.sms.FileBackend",
        "SMS_FILE_PATH": str(tmp_path / "sms"),
        "STATIC_ROOT": str(static),
        "VAR_DIR": str(var),
        "ANTIBOT_MIN_SECONDS": str(FILL_SECONDS),
        "PYTHONPATH": str(ROOT),
    }
    for name in ("DJANGO_ALLOW_ASYNC_UNSAFE", "PYTEST_VERSION", "PYTEST_CURRENT_TEST"):
        env.pop(name, None)  # the processes are production, not tests
    subprocess.run(  # noqa: S603 - with DEBUG=0 the pages name hashed static files
        [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
        cwd=ROOT,
        env=env,
        check=True,
        timeout=60,
    )
    stack = Stack(env, tmp_path)
    try:
        stack.start(
            "gunicorn",
            str(BIN / "gunicorn"),
            "veiligonline.wsgi",
            "--workers=2",
            f"--bind=127.0.0.1:{port}",
            "--graceful-timeout=10",
        )
        stack.start(
            "worker",
            sys.executable,
            "-m",
            "celery",
            "-A",
            "veiligonline",
            "worker",
            "--loglevel=INFO",
            "--concurrency=1",
            "--without-gossip",
            "--without-mingle",
        )
        stack.start(
            "beat",
            sys.executable,
            "-m",
            "celery",
            "-A",
            "veiligonline",
            "beat",
            "--loglevel=INFO",
            f"--schedule={var / 'celerybeat-schedule'}",
        )
        parent = Browser(port)

        def home_answers() -> bool:
            try:
                return parent.request("GET", "/nl/")[0].status == 200
            except OSError:
                return False

        assert _wait_for(home_answers, timeout=30), stack.output()
        response, page = parent.request("GET", "/nl/")
        assert "Veilig Online" in page and response.getheader("X-Page-Cache") in (
            "stored",
            "hit",
        )
        assert parent.request("GET", "/health/")[0].status == 200

        # The session page: its form, with this visitor's CSRF token and cookie.
        response, page = parent.request("GET", session_path)
        assert response.status == 200, page[:1000]
        form = page[page.index('<form method="post"') :]
        form = form[: form.index("</form>")]
        fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form))
        assert "csrfmiddlewaretoken" in fields and "csrftoken" in parent.cookies
        time.sleep(FILL_SECONDS + 0.2)  # a person reads the labels first
        response, page = parent.request(
            "POST",
            session_path,
            fields
            | {
                "name": "Lotte",
                "email": "lotte@example.org",
                "adults": "2",
                "consent": "on",
                "website": "",  # the honeypot, left empty as people leave it
            },
        )
        assert response.status == 302, page[:3000]
        registration = Registration.objects.get()
        assert registration.status == "confirmed" and registration.adults == 2

        # The worker delivers the confirmation through the broker.
        def confirmed() -> bool:
            return any(m["To"] == "lotte@example.org" for m in _mails(mail))

        assert _wait_for(confirmed, timeout=30), stack.output()
        assert all(process.poll() is None for process in stack.running.values()), stack.output()
    finally:
        codes = stack.stop()
    assert codes == {"gunicorn": 0, "worker": 0, "beat": 0}, (codes, stack.output())
