"""Scale the demo up: as many upcoming sessions and published articles as asked.

    DEBUG=1 DATABASE_URL=postgres://postgres@127.0.0.1/vo_bench \
        .venv/bin/python benchmarks/scale_demo.py [sessions] [articles]

Run after `manage.py migrate` and `manage.py load_demo` (benchmarks/load.py does all
three). The new sessions are spread over 300 venues at real Belgian postcodes (with
their coordinates), a quarter in French, over the next two years; the new articles are
copies of the demo's articles (their real Dutch and French texts, so that searches
match as often as they would), with their themes and stored search vectors. Bulk
inserts: a few seconds for 5,000 of each. Never run it on a production database.
"""

from __future__ import annotations

import os
import sys
from datetime import timedelta
from pathlib import Path


def scale(*, sessions: int, articles: int, stdout=sys.stdout) -> None:
    from django.db import connection, transaction
    from django.utils import timezone

    from modules.models import Module
    from trainings.geo import _places, coordinates_for
    from trainings.models import TrainingSession, Venue
    from veiligonline.management.commands.load_demo import demo_articles
    from veiligonline.models import Article, Theme

    now = timezone.now()
    with transaction.atomic():
        missing = sessions - TrainingSession.objects.filter(starts_at__gt=now).count()
        if missing > 0:
            postcodes = sorted(_places()[0])
            provinces = {
                "1": "brussels",
                "2": "antwerp",
                "3": "flemish_brabant",
                "4": "liege",
                "5": "namur",
                "6": "hainaut",
                "7": "hainaut",
                "8": "west_flanders",
                "9": "east_flanders",
            }
            venues = []
            for n in range(300):
                postcode = postcodes[(n * 37) % len(postcodes)]
                latitude, longitude = coordinates_for(postcode)
                venues.append(
                    Venue(
                        slug=f"bench-venue-{n}",
                        name=f"Ontmoetingscentrum {n}",
                        kind=Venue.Kind.COMMUNITY_CENTRE,
                        street=f"Dorpsstraat {n + 1}",
                        postcode=postcode,
                        municipality=f"Gemeente {postcode}",
                        province=provinces.get(postcode[0], "antwerp"),
                        latitude=latitude,
                        longitude=longitude,
                    )
                )
            # bulk_create skips Venue.save (which fills the coordinates): set above. A
            # second run (to scale further) reuses the venues of the first.
            kept = {v.slug: v for v in Venue.objects.filter(slug__startswith="bench-venue-")}
            Venue.objects.bulk_create([v for v in venues if v.slug not in kept])
            venues = list(Venue.objects.filter(slug__startswith="bench-venue-").order_by("pk"))
            modules = list(Module.objects.all())
            created = TrainingSession.objects.bulk_create(
                TrainingSession(
                    venue=venues[n % len(venues)],
                    starts_at=now + timedelta(hours=30 + n * 3),
                    ends_at=now + timedelta(hours=32 + n * 3),
                    language="fr" if n % 4 == 0 else "nl",
                    audience=["all", "disadvantaged", "grandparents"][n % 3],
                    childcare=n % 5 == 0,
                    capacity=15,
                    status=TrainingSession.Status.CONFIRMED,
                )
                for n in range(missing)
            )
            through = TrainingSession.modules.through
            through.objects.bulk_create(
                through(trainingsession_id=s.pk, module_id=modules[i % len(modules)].pk)
                for i, s in enumerate(created)
            )
        missing = articles - Article.objects.published().count()
        if missing > 0:
            source = demo_articles()
            themes = {theme.slug: theme for theme in Theme.objects.all()}
            start = Article.objects.filter(slug__startswith="bench-").count()
            created = Article.objects.bulk_create(
                Article(
                    slug=f"bench-{start + n}",
                    status=Article.Status.PUBLISHED,
                    published_at=now - timedelta(hours=24 + n),
                    **{
                        f"{field}_{lang}": source[n % len(source)][lang][field]
                        for field in ("title", "summary", "body")
                        for lang in ("nl", "fr")
                    },
                )
                for n in range(missing)
            )
            through = Article.themes.through
            through.objects.bulk_create(
                through(article_id=article.pk, theme_id=themes[slug].pk)
                for n, article in enumerate(created)
                for slug in source[n % len(source)]["themes"]
                if slug in themes
            )
            Article.objects.filter(pk__in=[a.pk for a in created]).refresh_search_vectors()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    stdout.write(
        f"{TrainingSession.objects.filter(starts_at__gt=now).count():,} upcoming sessions, "
        f"{Article.objects.published().count():,} published articles\n"
    )


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "veiligonline.settings")
    import django

    django.setup()
    sessions = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    articles = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
    scale(sessions=sessions, articles=articles)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
