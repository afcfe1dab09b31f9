"""Searching the advice articles in the reader's language.

On PostgreSQL this is full-text search with the Dutch or French dictionary
(stemming: "pesten" finds "gepest", "jeux" finds "jeu"), ranked title first, over the
search vectors stored on each article (`Article.search_nl`/`search_fr`, GIN-indexed,
kept by `Article.save`): a search reads the index, it never recomputes the texts.
On SQLite, the zero-setup default, every word must occur somewhere in the
title, summary or text; good enough for a demo, and the same interface.

Names parents type (Fortnite, TikTok …) are `SearchSynonym` rows that coordinators
edit: a search for one also finds the words the advice uses for it and the articles of
its themes, and the results page points to its themes and module.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import reduce
from operator import and_, or_

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import F, Q, QuerySet

from modules.models import Module
from veiligonline.models import SEARCH_CONFIGS, Article, SearchSynonym, Theme, fold_words

MAX_QUERY_LENGTH = 200
# At most this many results are ranked and counted: the newest that match.
MAX_RESULTS = 200
MAX_WORDS = 10
# Longest synonym looked for, in words ("EA Sports FC").
MAX_TERM_WORDS = 3


def clean_query(raw: str) -> str:
    return " ".join((raw or "").split())[:MAX_QUERY_LENGTH]


@dataclass
class SearchResults:
    articles: QuerySet[Article]
    synonyms: list[SearchSynonym] = field(default_factory=list)

    @property
    def themes(self) -> list[Theme]:
        """The themes of the names found in the query, each once."""
        seen = {}
        for synonym in self.synonyms:
            for theme in synonym.themes.all():
                seen.setdefault(theme.pk, theme)
        return sorted(seen.values(), key=lambda theme: (theme.order, theme.slug))

    @property
    def modules(self) -> list[Module]:
        """The published modules of the names found in the query, each once."""
        seen = {}
        for synonym in self.synonyms:
            if synonym.module is not None and synonym.module.status == Module.Status.PUBLISHED:
                seen.setdefault(synonym.module.pk, synonym.module)
        return list(seen.values())


def _candidate_keys(query: str) -> list[str]:
    """Every run of up to MAX_TERM_WORDS words of the query, as keys: "eafc", "fc" …"""
    words = fold_words(query)[: MAX_WORDS * 2]
    return sorted(
        {
            "".join(words[i : i + n])
            for n in range(1, MAX_TERM_WORDS + 1)
            for i in range(len(words) - n + 1)
        }
    )


def matching_synonyms(query: str) -> list[SearchSynonym]:
    """The synonyms named in the query: one query, plus one for their themes if any."""
    keys = _candidate_keys(query)
    if not keys:
        return []
    return list(
        SearchSynonym.objects.filter(key__in=keys)
        .select_related("module")
        .prefetch_related("themes")
    )


def _in_synonym_themes(synonyms: list[SearchSynonym]) -> Q:
    theme_ids = SearchSynonym.themes.through.objects.filter(
        searchsynonym_id__in=[s.pk for s in synonyms]
    ).values("theme_id")
    return Q(
        pk__in=Article.themes.through.objects.filter(theme_id__in=theme_ids).values("article_id")
    )


def _bounded(matching: Q) -> Q:
    """The newest MAX_RESULTS published articles that match, as a condition on the key.

    Ranking reads each candidate's whole stored vector, and counting reads each match:
    bounding the candidates keeps a search as fast at 5,000 articles as at 50, even for
    a word found in nearly all of them. Such a search asks for another word anyway
    (the page says so, see `SearchResults.capped`).
    """
    newest = (
        Article.objects.published()
        .filter(matching)
        .order_by("-published_at", "-pk")
        .values("pk")[:MAX_RESULTS]
    )
    return Q(pk__in=newest)


def find(query: str, language: str) -> SearchResults:
    query = clean_query(query)
    if not query:
        return SearchResults(Article.objects.none())
    synonyms = matching_synonyms(query)
    if connection.vendor == "postgresql":
        config = SEARCH_CONFIGS[language]
        search_query = SearchQuery(query, config=config, search_type="websearch")
        for synonym in synonyms:
            for phrase in synonym.words(language):
                search_query |= SearchQuery(phrase, config=config, search_type="plain")
        # The stored vector: a rare word is looked up in its GIN index, a common one is
        # checked on the newest articles until MAX_RESULTS match (the planner chooses).
        matching = Q(**{f"search_{language}": search_query})
        if synonyms:
            matching |= _in_synonym_themes(synonyms)
        found = (
            Article.objects.filter(_bounded(matching))
            .annotate(rank=SearchRank(F(f"search_{language}"), search_query))
            .order_by("-rank", "slug")
        )
        return SearchResults(found, synonyms)
    fields = [f"title_{language}", f"summary_{language}", f"body_{language}"]

    def anywhere(text: str) -> Q:
        return reduce(or_, (Q(**{f"{name}__icontains": text}) for name in fields))

    matching = reduce(and_, (anywhere(word) for word in query.split()[:MAX_WORDS]))
    for synonym in synonyms:
        for phrase in synonym.words(language):
            matching |= anywhere(phrase)
    if synonyms:
        matching |= _in_synonym_themes(synonyms)
    return SearchResults(Article.objects.filter(_bounded(matching)).order_by("slug"), synonyms)


def search_articles(query: str, language: str) -> QuerySet[Article]:
    return find(query, language).articles
