"""Page weight of the public pages: compressed HTML, and all a first visit fetches.

Targets (issue: foundation): each page's HTML at most 14 KB gzip-compressed (it fits
in the first round trips of a slow connection); a first visit at most 100 KB in all.

    make benchmark            # prints the figures for every public page, both languages

The tests in tests/test_page_weight.py use `measure()` to hold the same limits.
"""

from __future__ import annotations

import gzip
import os
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

HTML_LIMIT = 14 * 1024
FIRST_VISIT_LIMIT = 100 * 1024
_ASSET = re.compile(r'<(?:link[^>]+href|img[^>]+src|script[^>]+src)="(/static/[^"]+)"')


@dataclass
class Weight:
    path: str
    html: int
    assets: dict[str, int]

    @property
    def total(self) -> int:
        return self.html + sum(self.assets.values())


def _static_size(url: str) -> int:
    from django.conf import settings
    from django.contrib.staticfiles import finders

    name = url.removeprefix(settings.STATIC_URL)
    found = finders.find(name)
    if found is None:  # a hashed name from the manifest storage
        found = os.path.join(settings.STATIC_ROOT, name)
    data = Path(found).read_bytes()
    return len(gzip.compress(data, compresslevel=9))


def measure(client, path: str) -> Weight:
    response = client.get(path, HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200, (path, response.status_code)
    body = response.content
    if response.get("Content-Encoding") != "gzip":
        body = gzip.compress(body, compresslevel=9)
    html = gzip.decompress(body).decode()
    assets = {url: _static_size(url) for url in sorted(set(_ASSET.findall(html)))}
    return Weight(path=path, html=len(body), assets=assets)


def public_paths() -> list[str]:
    from django.urls import reverse
    from django.utils import translation

    from modules.models import Module
    from trainings.views import upcoming_sessions
    from veiligonline.models import Article

    article = Article.objects.published().order_by("slug").first()
    module = Module.objects.published().order_by("number").first()
    session = upcoming_sessions().order_by("starts_at").first()
    paths = []
    for language in ("nl", "fr"):
        with translation.override(language):
            paths += [
                reverse("veiligonline:home"),
                reverse("veiligonline:articles"),
                reverse("veiligonline:articles") + "?theme=gaming&age=13-15",
                article.get_absolute_url(),
                reverse("veiligonline:search") + "?q=game",
                reverse("veiligonline:help"),
                reverse("veiligonline:about"),
                reverse("veiligonline:privacy"),
                reverse("modules:list"),
                module.get_absolute_url(),
                reverse("trainings:sessions"),
                reverse("trainings:session", args=[session.pk]),
                reverse("trainings:request_training"),
            ]
    return paths


def main() -> int:
    tmp = tempfile.mkdtemp(prefix="vo-weight-")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "veiligonline.settings")
    os.environ["DATABASE_URL"] = f"sqlite:///{tmp}/db.sqlite3"
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import setup_test_environment

    setup_test_environment()
    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0)
    client = Client()
    worst_html = worst_total = 0
    print(f"{'page':<45} {'HTML gz':>9} {'first visit gz':>15}")
    for path in public_paths():
        weight = measure(client, path)
        worst_html, worst_total = max(worst_html, weight.html), max(worst_total, weight.total)
        print(f"{path:<45} {weight.html / 1024:>7.1f}KB {weight.total / 1024:>13.1f}KB")
    print(f"\nlargest HTML: {worst_html / 1024:.1f} KB (limit {HTML_LIMIT // 1024} KB)")
    print(
        f"largest first visit: {worst_total / 1024:.1f} KB (limit {FIRST_VISIT_LIMIT // 1024} KB)"
    )
    return 0 if worst_html <= HTML_LIMIT and worst_total <= FIRST_VISIT_LIMIT else 1


if __name__ == "__main__":
    raise SystemExit(main())
