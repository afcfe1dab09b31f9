"""Searching the advice articles in the reader's language.

On PostgreSQL this is full-text search with the Dutch or French dictionary
(stemming: "pesten" finds "gepest", "jeux" finds "jeu"), ranked title first.
On SQLite, the zero-setup default, every word must occur somewhere in the
title, summary or text; good enough for a demo, and the same interface.
"""

from __future__ import annotations

from functools import reduce
from operator import and_, or_

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Q, QuerySet

from veiligonline.models import Article

SEARCH_CONFIGS = {"nl": "dutch", "fr": "french"}
MAX_QUERY_LENGTH = 200


def clean_query(raw: str) -> str:
    return " ".join((raw or "").split())[:MAX_QUERY_LENGTH]


def search_articles(query: str, language: str) -> QuerySet[Article]:
    articles = Article.objects.published()
    query = clean_query(query)
    if not query:
        return articles.none()
    if connection.vendor == "postgresql":
        config = SEARCH_CONFIGS[language]
        vector = (
            SearchVector(f"title_{language}", weight="A", config=config)
            + SearchVector(f"summary_{language}", weight="B", config=config)
            + SearchVector(f"body_{language}", weight="C", config=config)
        )
        search_query = SearchQuery(query, config=config, search_type="websearch")
        return (
            articles.annotate(search=vector, rank=SearchRank(vector, search_query))
            .filter(search=search_query)
            .order_by("-rank", "slug")
        )
    fields = [f"title_{language}", f"summary_{language}", f"body_{language}"]
    words = query.split()[:10]
    conditions = [reduce(or_, (Q(**{f"{f}__icontains": w}) for f in fields)) for w in words]
    return articles.filter(reduce(and_, conditions)).order_by("slug")
