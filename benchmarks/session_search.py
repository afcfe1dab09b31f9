"""How fast the training search answers with 5,000 (or any number of) upcoming sessions.

    DEBUG=1 DATABASE_URL=postgres://postgres@127.0.0.1/veiligonline \
        .venv/bin/python benchmarks/session_search.py [sessions]

(`sessions`: 5,000 by default; run it with 64 too, the demo's number, to compare.)

Creates a throw-away test database, fills it with that many sessions at 200 venues (real
postcodes with their coordinates), then times each filter of the list page (the median of 15 requests through Django's test
client, the whole view with rendering) and prints the figures.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

CASES = {
    "no filter": {},
    "postcode 9000 (nearest first)": {"place": "9000"},
    "postcode 9000, page 10": {"place": "9000", "page": "10"},
    "postcode 6600 (few nearby)": {"place": "6600"},
    "municipality Luik": {"place": "Luik"},
    "4000 Liège, French, page 3": {"place": "4000 Liège", "language": "fr", "page": "3"},
    "unknown place (names)": {"place": "Gemeente 7"},
    "province": {"province": "antwerp"},
    "theme": {"theme": "m3"},
    "language": {"language": "fr"},
    "audience": {"audience": "grandparents"},
    "childcare": {"childcare": "on"},
    "date range": {"date_from": "", "date_to": ""},
    "everything combined": {"place": "9000", "theme": "m1", "language": "nl", "childcare": "on"},
}


def main() -> int:
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "veiligonline.settings")
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_test_environment
    from django.urls import reverse
    from django.utils import timezone, translation

    from modules.models import Module
    from trainings.geo import _places, coordinates_for
    from trainings.models import TrainingSession, Venue

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, keepdb=False)
    try:
        modules = [
            Module.objects.create(number=n, slug=f"m{n}", title_nl=f"M{n}") for n in range(1, 6)
        ]
        provinces = ["antwerp", "east_flanders", "west_flanders", "limburg", "brussels", "liege"]
        # Real postcodes spread over the country (bulk_create skips Venue.save, which
        # would fill the coordinates: set them here).
        postcodes = sorted(_places()[0])
        venues = Venue.objects.bulk_create(
            Venue(
                slug=f"v{n}",
                name=f"Venue {n}",
                kind="library",
                street="Straat 1",
                postcode=postcode,
                municipality="Gent" if n % 20 == 0 else f"Gemeente {n}",
                province=provinces[n % len(provinces)],
                latitude=coordinates_for(postcode)[0],
                longitude=coordinates_for(postcode)[1],
            )
            for n, postcode in ((n, postcodes[(n * 37) % len(postcodes)]) for n in range(200))
        )
        now = timezone.now()
        sessions = TrainingSession.objects.bulk_create(
            TrainingSession(
                venue=venues[n % 200],
                starts_at=now + timedelta(hours=2 + n),
                ends_at=now + timedelta(hours=4 + n),
                language="fr" if n % 4 == 0 else "nl",
                audience=["all", "disadvantaged", "grandparents"][n % 3],
                childcare=n % 5 == 0,
            )
            for n in range(total)
        )
        through = TrainingSession.modules.through
        through.objects.bulk_create(
            through(trainingsession_id=s.pk, module_id=modules[i % 5].pk)
            for i, s in enumerate(sessions)
        )
        CASES["date range"] = {
            "date_from": (now + timedelta(days=30)).date().isoformat(),
            "date_to": (now + timedelta(days=60)).date().isoformat(),
        }
        with translation.override("nl"):
            list_url = reverse("trainings:sessions")
        client = Client()
        print(f"{connection.vendor}, {total:,} upcoming sessions at 200 venues")
        print(f"{'filter':<32} {'median ms':>10} {'results':>8}")
        for name, params in CASES.items():
            timings = []
            for _ in range(15):
                start = time.perf_counter()
                response = client.get(list_url, params)
                timings.append((time.perf_counter() - start) * 1000)
            count = response.context["page"].paginator.count if response.context else "?"
            print(f"{name:<32} {statistics.median(timings):>10.1f} {count:>8}")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
