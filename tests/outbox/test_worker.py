"""A real Celery worker and beat, on Redis and PostgreSQL: every message once, even when
the worker is killed in the middle of a batch and two beats run by mistake.

The worker runs as a separate process on the test database (its name goes through
DATABASE_URL), with Django's file e-mail backend behind a 50 ms delay
(`tests.outbox.backends.SlowFileEmailBackend`), so that a SIGKILL lands while it is
"talking to the mail server" — not in the one-round-trip window between the backend
returning and the commit, which no design can close (see `outbox.delivery`).

Skipped unless DATABASE_URL is PostgreSQL and Redis answers; CI has both.
"""

from __future__ import annotations

import email
import email.policy
import os
import signal
import subprocess
import sys
import time
import urllib.parse
from datetime import timedelta
from pathlib import Path

import pytest
from django.db import connection
from django.utils import timezone

from outbox.models import Message
from outbox.services import enqueue
from trainings.messages import Parent
from trainings.models import Province, Registration, TrainingSession, Venue

ROOT = Path(__file__).resolve().parents[2]
BATCH = 40
SEPARATOR = b"\n" + b"-" * 79 + b"\n"  # what Django's file backend writes after each mail
# A Redis database of our own, flushed before and after (the CI's broker uses another).
REDIS_DB = int(os.environ.get("OUTBOX_WORKER_REDIS_DB", "14"))


def _redis_url() -> str:
    parts = urllib.parse.urlsplit(os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0")
    return f"redis://{parts.hostname or '127.0.0.1'}:{parts.port or 6379}/{REDIS_DB}"


def _redis_answers() -> bool:
    try:
        import redis

        return bool(redis.Redis.from_url(_redis_url(), socket_connect_timeout=1).ping())
    except Exception:  # noqa: BLE001 - any failure means: no Redis here
        return False


pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="the worker test runs on PostgreSQL"
    ),
    pytest.mark.skipif(not _redis_answers(), reason="the worker test needs Redis"),
]


def _database_url() -> str:
    db = connection.settings_dict  # the test database, once pytest-django created it
    user = urllib.parse.quote(db["USER"] or "")
    password = f":{urllib.parse.quote(db['PASSWORD'])}" if db["PASSWORD"] else ""
    auth = f"{user}{password}@" if user else ""
    return f"postgres://{auth}{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def _delivered(folder: Path) -> int:
    """How many mails the file backend has finished writing."""
    return sum(path.read_bytes().count(SEPARATOR) for path in folder.glob("*.log"))


def _mails(folder: Path) -> list:
    mails = []
    for path in folder.glob("*.log"):
        for chunk in path.read_bytes().split(SEPARATOR):
            if chunk.strip():
                mails.append(email.message_from_bytes(chunk, policy=email.policy.default))
    return mails


class Processes:
    """Celery processes started by the test, each in its own process group."""

    def __init__(self, env: dict, logs: Path):
        self.env = env
        self.logs = logs
        self.running: dict[str, subprocess.Popen] = {}

    def start(self, name: str, *arguments: str) -> None:
        log = (self.logs / f"{name}.log").open("ab")
        self.running[name] = subprocess.Popen(  # noqa: S603 - our interpreter, fixed arguments
            [sys.executable, "-m", "celery", "-A", "veiligonline", *arguments],
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # a group of its own: SIGKILL reaches the pool's children
        )

    def kill(self, name: str) -> None:
        process = self.running.pop(name)
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)

    def stop_all(self) -> None:
        for process in self.running.values():
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.running.values():
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=5)
        self.running.clear()

    def output(self) -> str:
        return "\n".join(
            f"--- {path.name}\n{path.read_text(errors='replace')[-3000:]}"
            for path in sorted(self.logs.glob("*.log"))
        )


def _worker(number: int) -> list[str]:
    return [
        "worker",
        "--loglevel=WARNING",
        "--pool=prefork",
        "--concurrency=1",
        f"--hostname=outbox-test-{number}@%h",
        "--without-gossip",
        "--without-mingle",
        "--without-heartbeat",
    ]


def _beat(folder: Path, number: int) -> list[str]:
    return [
        "beat",
        "--loglevel=WARNING",
        f"--schedule={folder / f'beat-{number}'}",
        f"--pidfile={folder / f'beat-{number}.pid'}",
    ]


def _wait_for(condition, *, timeout: float, every: float = 0.005):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(every)
    return False


def _parents_with_a_confirmation_due(count: int) -> list[int]:
    """Confirmed registrations whose confirmation is recorded and due."""
    venue = Venue.objects.create(
        slug="ontmoetingscentrum",
        name="Ontmoetingscentrum De Kring",
        kind=Venue.Kind.COMMUNITY_CENTRE,
        street="Kerkstraat 1",
        postcode="2000",
        municipality="Antwerpen",
        province=Province.ANTWERP,
    )
    # A month ahead: no reminder falls due during the test.
    starts = timezone.now() + timedelta(days=30)
    session = TrainingSession.objects.create(
        venue=venue, starts_at=starts, ends_at=starts + timedelta(hours=2), capacity=count
    )
    ids = []
    for number in range(count):
        registration = Registration.objects.create(
            session=session,
            name=f"Ouder {number}",
            email=f"ouder{number}@example.org",
            language="fr" if number % 3 == 0 else "nl",
            status=Registration.Status.CONFIRMED,
            reminders=False,
        )
        message = enqueue(
            kind=Parent.CONFIRMED,
            subject=registration,
            channel="email",
            address=registration.email,
            language=registration.language,
            dedupe_key=f"{Parent.CONFIRMED}:registration:{registration.pk}",
            topic=f"session:{session.pk}",
            # Due now, and not queued by this process: the test queues the tasks itself,
            # on the worker's broker (this process runs tasks eagerly).
            send_after=timezone.now(),
        )
        ids.append(message.pk)
    # Recorded two minutes ago, so that the sweep may take any whose task is lost.
    Message.objects.filter(pk__in=ids).update(created_at=timezone.now() - timedelta(minutes=2))
    return ids


@pytest.mark.django_db(transaction=True)
def test_a_killed_worker_and_two_beats_deliver_every_message_once(tmp_path):
    import redis
    from celery import Celery

    mail = tmp_path / "mail"
    mail.mkdir()
    broker = _redis_url()
    redis.Redis.from_url(broker).flushdb()
    ids = _parents_with_a_confirmation_due(BATCH)

    env = {
        **os.environ,
        "DATABASE_URL": _database_url(),
        "CONN_MAX_AGE": "0",
        "CELERY_BROKER_URL": broker,
        "CELERY_TASK_ALWAYS_EAGER": "0",
        "EMAIL_BACKEND": "tests.outbox.backends.SlowFileEmailBackend",
        "EMAIL_FILE_PATH": str(mail),
        "OUTBOX_SLOW_MAIL_SECONDS": "0.05",
        "OUTBOX_SWEEP_SECONDS": "1",
        "SMS_BACKEND": "outbox.sms.FileBackend",
        "SMS_FILE_PATH": str(tmp_path / "sms"),
        "PYTHONPATH": str(ROOT),
        "DEBUG": "1",
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    processes = Processes(env, tmp_path)
    producer = Celery("outbox-worker-test", broker=broker)
    try:
        # 1. Each message's task, as the on-commit hook queues it; then one worker.
        # The address is given explicitly: Celery prefers the CELERY_BROKER_URL of this
        # process's environment (CI sets one) to the broker the app was made with.
        with producer.connection_for_write(url=broker) as broker_connection:
            for message_id in ids:
                producer.send_task(
                    "outbox.tasks.deliver_message", args=[message_id], connection=broker_connection
                )
        processes.start("worker-1", *_worker(1))

        # 2. SIGKILL in the middle of the batch, 25 ms after a mail was written: the
        # worker is then inside the next send (the backend's 50 ms), not in the window.
        assert _wait_for(lambda: _delivered(mail) >= BATCH // 4, timeout=30), processes.output()
        while True:
            seen = _delivered(mail)
            assert _wait_for(lambda seen=seen: _delivered(mail) > seen, timeout=5), (
                processes.output()
            )
            seen = _delivered(mail)
            time.sleep(0.025)
            if _delivered(mail) == seen:
                processes.kill("worker-1")
                break
        written_before_restart = _delivered(mail)
        assert 0 < written_before_restart < BATCH, "the kill must land in the middle"
        # The killed send left no trace: its transaction died with its connection.
        assert _wait_for(
            lambda: (
                Message.objects.filter(status=Message.Status.SENT).count() == written_before_restart
            ),
            timeout=10,
            every=0.1,
        ), (Message.objects.filter(status="sent").count(), written_before_restart)

        # 3. A new worker delivers the rest of the queue, but not the message whose
        # task was killed: Redis holds that task unacknowledged for the visibility
        # timeout (an hour), and the message stays queued in the database.
        processes.start("worker-2", *_worker(2))
        sent = Message.objects.filter(status=Message.Status.SENT)

        def settled():
            before = sent.count()
            time.sleep(1.5)
            return before == sent.count() and before > written_before_restart

        assert _wait_for(settled, timeout=30), processes.output()
        lost = list(Message.objects.filter(status=Message.Status.QUEUED).values_list("pk"))
        assert 1 <= len(lost) <= 2, lost  # the one being sent, perhaps one prefetched
        assert _delivered(mail) == sent.count()

        # 4. Two beats by mistake, each sweeping every second: the sweep finds the lost
        # message and queues it again (twice a second); it is sent once.
        processes.start("beat-1", *_beat(tmp_path, 1))
        processes.start("beat-2", *_beat(tmp_path, 2))
        assert _wait_for(
            lambda: sent.count() == BATCH,
            timeout=30,
            every=0.2,
        ), processes.output()
        time.sleep(3)  # several sweeps of both beats more: nothing is sent again
        assert _wait_for(lambda: _delivered(mail) == BATCH, timeout=5), processes.output()
    finally:
        processes.stop_all()
        redis.Redis.from_url(broker).flushdb()

    mails = _mails(mail)
    addresses = sorted(message["To"] for message in mails)
    assert addresses == sorted(f"ouder{number}@example.org" for number in range(BATCH))
    assert len({message["Message-ID"] for message in mails}) == BATCH
    sent = Message.objects.filter(pk__in=ids)
    assert {message.status for message in sent} == {Message.Status.SENT}
    # Each was sent by exactly one committed try (the killed one rolled back).
    assert {message.attempts for message in sent} == {1}
    assert "ERROR" not in processes.output().replace("--loglevel=", "")
