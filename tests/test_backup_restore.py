"""The backup is restored once, for real: deploy/backup.sh dumps the test database,
deploy/restore.sh restores it into a new database, and every table holds the same rows.

On PostgreSQL with pg_dump, pg_restore and createdb installed (CI); skipped otherwise.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import urllib.parse
from datetime import timedelta
from pathlib import Path

import psycopg2
import pytest
from django.db import connection
from django.utils import timezone

from trainings.models import Province, TrainingSession, Venue

ROOT = Path(__file__).resolve().parents[1]
TOOLS = ("pg_dump", "pg_restore", "createdb")

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="backups are of PostgreSQL"),
    pytest.mark.skipif(
        not all(shutil.which(tool) for tool in TOOLS), reason="pg_dump/pg_restore not installed"
    ),
]


def _url(name: str) -> str:
    db = connection.settings_dict
    user = urllib.parse.quote(db["USER"] or "")
    password = f":{urllib.parse.quote(db['PASSWORD'])}" if db["PASSWORD"] else ""
    auth = f"{user}{password}@" if user else ""
    return f"postgres://{auth}{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{name}"


def _row_counts(url: str) -> dict[str, int]:
    with psycopg2.connect(url) as conn, conn.cursor() as cursor:
        cursor.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
        )
        tables = [row[0] for row in cursor.fetchall()]
        counts = {}
        for table in tables:
            cursor.execute(f'SELECT count(*) FROM "{table}"')  # noqa: S608 - catalogue names
            counts[table] = cursor.fetchone()[0]
    conn.close()
    return counts


def _drop(name: str) -> None:
    conn = psycopg2.connect(_url("postgres"))
    conn.autocommit = True
    with conn.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    conn.close()


@pytest.mark.django_db(transaction=True)
def test_a_backup_restores_into_a_new_database_with_every_row(tmp_path, make_article):
    # Committed rows (a transactional test): pg_dump sees them.
    for _ in range(3):
        make_article()
    venue = Venue.objects.create(
        slug="bib",
        name="Bib",
        kind=Venue.Kind.LIBRARY,
        street="Straat 1",
        postcode="9000",
        municipality="Gent",
        province=Province.EAST_FLANDERS,
    )
    starts = timezone.now() + timedelta(days=5)
    TrainingSession.objects.create(
        venue=venue, starts_at=starts, ends_at=starts + timedelta(hours=2)
    )
    source = connection.settings_dict["NAME"]
    restored = f"{source}_restored"
    _drop(restored)
    env = {**os.environ, "DATABASE_URL": _url(source), "BACKUP_DIR": str(tmp_path)}
    try:
        done = subprocess.run(  # noqa: S603 - our own script
            ["sh", str(ROOT / "deploy" / "backup.sh")],
            env=env,
            check=True,
            capture_output=True,
            text=True,
            timeout=120,
        )
        dump = Path(done.stdout.strip().splitlines()[-1])
        assert dump.parent == tmp_path and dump.suffix == ".dump"
        assert oct(dump.stat().st_mode & 0o777) == "0o600"  # personal data: owner only
        assert not list(tmp_path.glob("*.partial"))

        subprocess.run(  # noqa: S603 - our own script
            ["sh", str(ROOT / "deploy" / "restore.sh"), str(dump), _url(restored)],
            env=env,
            check=True,
            capture_output=True,
            text=True,
            timeout=120,
        )
        before, after = _row_counts(_url(source)), _row_counts(_url(restored))
        assert before == after
        assert before["veiligonline_article"] > 0 and before["trainings_trainingsession"] > 0

        # restore.sh never writes into a database that exists.
        again = subprocess.run(  # noqa: S603
            ["sh", str(ROOT / "deploy" / "restore.sh"), str(dump), _url(restored)],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert again.returncode != 0 and _row_counts(_url(restored)) == after
    finally:
        _drop(restored)
