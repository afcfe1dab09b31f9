"""How fast one worker delivers reminders, and how many queries each message costs.

    .venv/bin/python benchmarks/outbox_delivery.py                    # SQLite
    DATABASE_URL=postgres://postgres@127.0.0.1/veiligonline .venv/bin/python benchmarks/outbox_delivery.py

Creates a throw-away test database. For batches of 100, 1,000 and 5,000 parents it
creates that many confirmed registrations for sessions two days ahead, lets the
reminder sweep (`trainings.tasks.record_due_reminders`) record their reminders, then
delivers every one the way a worker does — the `deliver_message` task's body, one
message id at a time, in this process — into Django's file e-mail backend (a temporary
folder; locmem would keep 5,000 e-mails in memory and time the garbage collector). It prints
messages per second and queries per message; the queries per message must not grow
with the batch (a constant number per message: claim, the kind's context, mark).

The broker is kombu's in-memory transport: the tasks queued after commit go nowhere,
so what is timed is delivery alone, not the broker.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

BATCHES = (100, 1_000, 5_000)
PER_SESSION = 50


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "veiligonline.settings")
    os.environ.setdefault("DEBUG", "1")  # a developer's machine, as `make` sets it
    os.environ.setdefault("DB_STATEMENT_TIMEOUT_MS", "0")  # migrations and bulk inserts
    os.environ["CELERY_BROKER_URL"] = "memory://"
    folder = tempfile.TemporaryDirectory(prefix="outbox-benchmark-")
    os.environ["EMAIL_FILE_PATH"] = folder.name
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test.utils import setup_test_environment
    from django.utils import timezone

    from outbox.models import Message
    from outbox.tasks import deliver_message
    from trainings.models import Province, Registration, TrainingSession, Venue
    from trainings.tasks import record_due_reminders

    setup_test_environment()
    # setup_test_environment switched e-mail to locmem; the benchmark writes files.
    settings.EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    old_name = connection.creation.create_test_db(
        verbosity=0, autoclobber=True, keepdb=False, serialize=False
    )
    queries = 0

    def count(execute, sql, params, many, context):
        nonlocal queries
        queries += 1
        return execute(sql, params, many, context)

    try:
        venue = Venue.objects.create(
            slug="bench",
            name="Buurthuis",
            kind=Venue.Kind.COMMUNITY_CENTRE,
            street="Lindestraat 12",
            postcode="9000",
            municipality="Gent",
            province=Province.EAST_FLANDERS,
        )
        print(f"{connection.vendor}: reminders delivered by one worker into file e-mail")
        # msg/s is wall-clock time (a shared machine slows it); CPU ms/msg is this
        # process alone (the database server's work, on PostgreSQL, is not in it).
        print(
            f"{'batch':>6} {'recorded s':>11} {'sent':>6} {'msg/s':>8} "
            f"{'CPU ms/msg':>11} {'queries/msg':>12}"
        )
        for size in BATCHES:
            now = timezone.now()
            sessions = TrainingSession.objects.bulk_create(
                TrainingSession(
                    venue=venue,
                    starts_at=now + timedelta(days=2, minutes=n),
                    ends_at=now + timedelta(days=2, hours=2, minutes=n),
                    capacity=PER_SESSION,
                    seats_taken=PER_SESSION,
                )
                for n in range(-(-size // PER_SESSION))
            )
            Registration.objects.bulk_create(
                Registration(
                    session=sessions[n // PER_SESSION],
                    name=f"Ouder {n}",
                    email=f"ouder{size}-{n}@example.org",
                    language="fr" if n % 3 == 0 else "nl",
                    status=Registration.Status.CONFIRMED,
                    created_at=now - timedelta(days=10),
                )
                for n in range(size)
            )
            started = time.perf_counter()
            recorded = record_due_reminders(now=timezone.now())
            recording = time.perf_counter() - started
            assert recorded == size, (recorded, size)
            ids = list(
                Message.objects.filter(status=Message.Status.QUEUED).values_list("pk", flat=True)
            )
            queries = 0
            with connection.execute_wrapper(count):
                started, cpu = time.perf_counter(), time.process_time()
                for message_id in ids:
                    deliver_message(message_id)  # the task's body, as the worker runs it
                elapsed = time.perf_counter() - started
                cpu = time.process_time() - cpu
            sent = sum(
                path.read_bytes().count(b"\n" + b"-" * 79 + b"\n")
                for path in Path(folder.name).iterdir()
            )
            for path in Path(folder.name).iterdir():
                path.unlink()
            assert sent == size, (sent, size)
            assert not Message.objects.filter(status=Message.Status.QUEUED).exists()
            print(
                f"{size:>6} {recording:>11.2f} {sent:>6} {sent / elapsed:>8.0f} "
                f"{1000 * cpu / sent:>11.1f} {queries / sent:>12.2f}"
            )
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        folder.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
