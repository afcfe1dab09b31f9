"""How fast the advice search answers with 50, 500 and 5,000 published articles.

    DEBUG=1 DATABASE_URL=postgres://postgres@127.0.0.1/veiligonline .venv/bin/python benchmarks/search.py

Creates a throw-away test database, fills it with copies of the demo articles (their
real Dutch and French texts, so that words match as often as they would), then times
searches through Django's test client (the whole view with rendering; median of N
requests) at each size. With the stored, GIN-indexed vectors the time should stay
about flat as the number of articles grows; before, it grew with every article.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

SIZES = (50, 500, 5000)
REPEAT = 15
QUERIES = [
    ("nl", "/nl/zoeken/", "lootboxen"),  # a rare word
    ("nl", "/nl/zoeken/", "gepest"),  # a theme's word
    ("nl", "/nl/zoeken/", "Fortnite"),  # a synonym: words and a theme
    ("nl", "/nl/zoeken/", "kind"),  # in nearly every article
    ("fr", "/fr/recherche/", "harcèlement"),
    ("fr", "/fr/recherche/", "jeux vidéo"),
    ("fr", "/fr/recherche/", "TikTok"),
]


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "veiligonline.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_test_environment
    from django.utils import timezone

    from veiligonline.management.commands.load_demo import demo_articles
    from veiligonline.models import Article, Theme

    if connection.vendor != "postgresql":
        print("This benchmark measures PostgreSQL's full-text search: set DATABASE_URL.")
        return 1
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, keepdb=False)
    try:
        call_command("load_demo", verbosity=0)  # themes, modules, synonyms, 49 articles
        source = demo_articles()
        themes = {theme.slug: theme for theme in Theme.objects.all()}
        through = Article.themes.through
        now = timezone.now()
        client = Client()
        print(f"PostgreSQL, median of {REPEAT} requests (ms), whole view with rendering")
        header = f"{'search':<28}" + "".join(f"{size:>10,}" for size in SIZES)
        print(header)
        results: dict[str, list[float]] = {}
        counts: dict[str, list[int]] = {}
        for size in SIZES:
            missing = size - Article.objects.count()
            start = Article.objects.count()
            created = Article.objects.bulk_create(
                Article(
                    slug=f"copy-{start + n}",
                    status=Article.Status.PUBLISHED,
                    published_at=now - timedelta(minutes=start + n),
                    **{
                        f"{field}_{lang}": data[lang][field]
                        for field in ("title", "summary", "body")
                        for lang in ("nl", "fr")
                    },
                )
                for n, data in (
                    (n, source[(start + n) % len(source)]) for n in range(max(missing, 0))
                )
            )
            through.objects.bulk_create(
                through(article_id=article.pk, theme_id=themes[slug].pk)
                for n, article in enumerate(created)
                for slug in source[(start + n) % len(source)]["themes"]
                if slug in themes
            )
            Article.objects.filter(pk__in=[a.pk for a in created]).refresh_search_vectors()
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
            for language, path, query in QUERIES:
                name = f"{language} {query}"
                timings = []
                for _ in range(REPEAT):
                    began = time.perf_counter()
                    response = client.get(path, {"q": query})
                    timings.append((time.perf_counter() - began) * 1000)
                results.setdefault(name, []).append(statistics.median(timings))
                counts.setdefault(name, []).append(response.context["page"].paginator.count)
        for name, timings in results.items():
            print(f"{name:<28}" + "".join(f"{ms:>10.1f}" for ms in timings))
        print(f"{'(results at each size)':<28}")
        for name, found in counts.items():
            print(f"{name:<28}" + "".join(f"{n:>10,}" for n in found))
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
