"""A search many parents make is ranked once: its ids are kept in the shared cache under
a keyed hash, a publication starts afresh, and nothing a parent typed is kept."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from veiligonline.models import Article


def search(parent, query, language="nl"):
    with translation.override(language):
        path = reverse("veiligonline:search")
    response = parent.get(path, {"q": query})
    assert response.status_code == 200
    return [article.slug for article in response.context["page"].object_list]


@pytest.fixture(autouse=True)
def local_cache(settings):
    """Local memory, so that the whole cache can be read back (see below)."""
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    cache.clear()


@pytest.mark.django_db
def test_a_second_search_ranks_nothing_again(parent, make_article):
    make_article(slug="pesten-op-school", title_nl="Pesten op school")
    first = search(parent, "pesten")
    with CaptureQueriesContext(connection) as second:
        assert search(parent, "pesten") == first == ["pesten-op-school"]
    assert not any("rank" in q["sql"].lower() or "LIKE" in q["sql"] for q in second)


@pytest.mark.django_db
def test_what_is_published_or_taken_offline_shows_at_once(parent, make_article):
    make_article(slug="pesten-op-school", title_nl="Pesten op school")
    assert search(parent, "pesten") == ["pesten-op-school"]
    make_article(slug="online-pesten", title_nl="Online pesten")
    assert set(search(parent, "pesten")) == {"pesten-op-school", "online-pesten"}
    article = Article.objects.get(slug="online-pesten")
    article.status = Article.Status.DRAFT
    article.save()
    assert search(parent, "pesten") == ["pesten-op-school"]


@pytest.mark.django_db
def test_the_cache_keeps_no_word_a_parent_typed(parent, make_article):
    make_article(slug="pesten-op-school", title_nl="Pesten op school")
    search(parent, "mijn zoon Tobias wordt gepest")
    kept = " ".join(f"{key} {cache.get(key.split(':', 2)[-1])!r}" for key in list(cache._cache))
    assert "tobias" not in kept.lower() and "zoon" not in kept.lower()


@pytest.mark.django_db
def test_without_a_cache_the_search_still_answers(parent, make_article, settings):
    settings.PAGE_CACHE_SECONDS = 0
    make_article(slug="pesten-op-school", title_nl="Pesten op school")
    assert search(parent, "pesten") == ["pesten-op-school"]
