"""Searching the advice articles in the reader's language.

On PostgreSQL this is full-text search with the Dutch or French dictionary
(stemming: "pesten" finds "gepest", "jeux" finds "jeu"), ranked title first, over the
search vectors stored on each article (`Article.search_nl`/`search_fr`, GIN-indexed,
kept by `Article.save`): a search reads the index, it never recomputes the texts.
On SQLite, the zero-setup default, every word must occur somewhere in the
title, summary or text; good enough for a demo, and the same interface.

Names parents type (Fortnite, TikTok …) are `SearchSynonym` rows that coordinators
edit: a search for one also finds the articles of its themes and, in other themes, the
articles whose title says the words the advice uses for it; what holds the typed word
itself comes first (see `find`). The results page points to its themes and module.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, reduce
from operator import and_, or_

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import Case, F, IntegerField, Q, QuerySet, Value, When
from django.db.models.lookups import GreaterThan

from modules.models import Module
from veiligonline.models import (
    SEARCH_CONFIGS,
    Article,
    SearchSynonym,
    Theme,
    fold_text,
    fold_words,
)

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
    # The queryset, or a function that builds it: building the ranking expressions costs
    # more than running a cached search (veiligonline.views.ranked_ids) does in all.
    found: QuerySet[Article] | Callable[[], QuerySet[Article]]
    synonyms: list[SearchSynonym] = field(default_factory=list)

    @cached_property
    def articles(self) -> QuerySet[Article]:
        return self.found() if callable(self.found) else self.found

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


def _synonym_theme_ids(synonyms: list[SearchSynonym]) -> list[int]:
    # Read from the themes `matching_synonyms` prefetched: no query of its own.
    return sorted({theme.pk for synonym in synonyms for theme in synonym.themes.all()})


def _module_theme_ids(synonyms: list[SearchSynonym]) -> list[int]:
    """The name's own subject: its themes that lead to its module (Fortnite: gaming,
    not screen time), or all its themes when it has no module."""
    ids = set()
    for synonym in synonyms:
        themes = list(synonym.themes.all())
        own = [t for t in themes if synonym.module_id and t.module_id == synonym.module_id]
        ids.update(theme.pk for theme in own or themes)
    return sorted(ids)


def _in_themes(theme_ids: list[int]) -> Q:
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


# How a search with a name in it is ordered (see `find`): what the parent typed comes
# first, title before summary before text; then the articles the name's themes hold;
# last, articles of other themes whose title carries one of the name's words.
TYPED_IN_TITLE, TYPED_IN_SUMMARY, TYPED_IN_TEXT, IN_MODULE_THEME, IN_NAME_THEMES, TITLE_ONLY = (
    range(6)
)
# ts_rank's weights, in PostgreSQL's order {D, C, B, A}: one field at a time.
ONLY = {"title": [0, 0, 0, 1], "summary": [0, 0, 1, 0], "body": [0, 1, 0, 0]}
# ts_rank may give a tiny positive number to what does not match at all.
MATCHES = 1e-6


def find(query: str, language: str) -> SearchResults:
    """The published articles for a query, the ones a parent means first.

    Without a name in it, a query finds the articles holding its words, ranked title
    first (PostgreSQL) or by slug (SQLite). With a name ("Fortnite"), the name's words
    ("gamen", "chat" …) are common: searched everywhere they found nearly every article,
    sextortion first. So they only lead to articles of the name's themes, or to an
    article elsewhere whose title says them (Roblox → "Chatten met onbekenden"), and
    those come after every article that holds the typed word itself.
    """
    query = clean_query(query)
    if not query:
        return SearchResults(Article.objects.none())
    synonyms = matching_synonyms(query)
    theme_ids = _synonym_theme_ids(synonyms)
    in_themes = _in_themes(theme_ids) if theme_ids else Q(pk__in=[])
    module_ids = _module_theme_ids(synonyms)
    in_module_theme = _in_themes(module_ids) if module_ids else Q(pk__in=[])
    find_in = _find_postgresql if connection.vendor == "postgresql" else _find_sqlite
    return SearchResults(
        lambda: find_in(query, language, synonyms, in_themes, in_module_theme), synonyms
    )


def _find_postgresql(query, language, synonyms, in_themes, in_module_theme) -> QuerySet[Article]:
    config = SEARCH_CONFIGS[language]
    vector = F(f"search_{language}")
    typed = SearchQuery(query, config=config, search_type="websearch")
    # The stored vector: a rare word is looked up in its GIN index, a common one is
    # checked on the newest articles until MAX_RESULTS match (the planner chooses).
    typed_found = Q(**{f"search_{language}": typed})
    phrases = [phrase for synonym in synonyms for phrase in synonym.words(language)]
    if not synonyms:
        return (
            Article.objects.filter(_bounded(typed_found))
            .annotate(rank=SearchRank(vector, typed))
            .order_by("-rank", "slug")
        )
    matching = typed_found | in_themes
    words = None
    if phrases:
        words = reduce(or_, (SearchQuery(p, config=config, search_type="plain") for p in phrases))
        # Outside the themes, only a title that says the words (read from the stored
        # vector's A weight; the GIN index finds the candidates).
        matching |= Q(**{f"search_{language}": words}) & Q(
            GreaterThan(SearchRank(vector, words, weights=ONLY["title"]), MATCHES)
        )
    found = Article.objects.filter(_bounded(matching)).annotate(
        **{
            f"typed_{name}": SearchRank(vector, typed, weights=weights)
            for name, weights in ONLY.items()
        },
        tier=Case(
            When(typed_title__gt=MATCHES, then=Value(TYPED_IN_TITLE)),
            When(typed_summary__gt=MATCHES, then=Value(TYPED_IN_SUMMARY)),
            When(typed_body__gt=MATCHES, then=Value(TYPED_IN_TEXT)),
            When(in_module_theme, then=Value(IN_MODULE_THEME)),
            When(in_themes, then=Value(IN_NAME_THEMES)),
            default=Value(TITLE_ONLY),
            output_field=IntegerField(),
        ),
        rank=SearchRank(vector, typed) + (SearchRank(vector, words) if words else Value(0.0)),
    )
    return found.order_by("tier", "-rank", "slug")


def _find_sqlite(query, language, synonyms, in_themes, in_module_theme) -> QuerySet[Article]:
    fields = {name: f"{name}_{language}" for name in ("title", "summary", "body")}

    def every_word_in(names, text_words) -> Q:
        return reduce(
            and_,
            (
                reduce(or_, (Q(**{f"{fields[n]}__folded__contains": fold_text(w)}) for n in names))
                for w in text_words
            ),
        )

    # Lower case and without accents on both sides: "video" finds "vidéo".
    typed_words = fold_words(query)[:MAX_WORDS] or query.split()[:MAX_WORDS]
    typed_found = every_word_in(fields, typed_words)
    if not synonyms:
        return Article.objects.filter(_bounded(typed_found)).order_by("slug")
    phrases = [phrase for synonym in synonyms for phrase in synonym.words(language)]
    matching = typed_found | in_themes
    words_in_text = Q(pk__in=[])
    if phrases:
        # Outside the themes, only a title that says the words (see `find`).
        matching |= reduce(
            or_, (Q(**{f"{fields['title']}__folded__contains": fold_text(p)}) for p in phrases)
        )
        words_in_text = reduce(or_, (every_word_in(fields, [p]) for p in phrases))
    found = Article.objects.filter(_bounded(matching)).annotate(
        tier=Case(
            When(every_word_in(["title"], typed_words), then=Value(TYPED_IN_TITLE)),
            When(every_word_in(["title", "summary"], typed_words), then=Value(TYPED_IN_SUMMARY)),
            When(typed_found, then=Value(TYPED_IN_TEXT)),
            When(in_module_theme, then=Value(IN_MODULE_THEME)),
            When(in_themes, then=Value(IN_NAME_THEMES)),
            default=Value(TITLE_ONLY),
            output_field=IntegerField(),
        ),
        # Within a tier, an article that also says the name's words comes first.
        says_words=Case(When(words_in_text, then=Value(0)), default=Value(1)),
    )
    return found.order_by("tier", "says_words", "slug")


def search_articles(query: str, language: str) -> QuerySet[Article]:
    return find(query, language).articles
