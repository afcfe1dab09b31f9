from __future__ import annotations

import contextlib
import os
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import InvalidPage, Paginator
from django.db import connection
from django.db.models import Prefetch, Q, prefetch_related_objects
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.crypto import salted_hmac
from django.views.decorators.http import require_safe

from trainings.views import upcoming_sessions
from veiligonline.forms import ArticleFilterForm, SearchForm
from veiligonline.lib import pagecache
from veiligonline.lib.pagecache import public_page
from veiligonline.lib.translation import active_language
from veiligonline.models import AgeGroup, Article, HelpContact, Page, Theme
from veiligonline.search import MAX_RESULTS, find


def _with_tags(articles):
    """Articles with their themes and age groups, in three queries whatever their number."""
    return articles.prefetch_related(
        Prefetch("themes", queryset=Theme.objects.all()),
        Prefetch("age_groups", queryset=AgeGroup.objects.all()),
    )


def _page_of(request, object_list):
    """The page asked for; a page that does not exist (`?page=999`, `?page=abc`) is a 404.

    Quietly showing page 1 or the last page instead would answer 200 for endless
    addresses with the same content, which search engines then index as duplicates.
    """
    paginator = Paginator(object_list, settings.ARTICLES_PER_PAGE)
    try:
        return paginator.page(request.GET.get("page") or 1)
    except InvalidPage:
        raise Http404("no such page") from None


def _set_canonical(request, page, **identifying) -> None:
    """Say which address is this page's own, for rel=canonical and hreflang (see base.html).

    Only what changes the content counts (known filters, a page past the first); tracking
    parameters, unknown filters and empty fields are left out, so that every way of
    reaching the same list names one address.
    """
    params = {name: value for name, value in identifying.items() if value}
    if page is not None and page.number > 1:
        params["page"] = page.number
    request.canonical_query = urlencode(params)


def _next_sessions(count: int) -> list:
    """The next trainings in the page's language first, then the others.

    Two bounded parts in one query (the first `count` in the page's language and the
    first `count` in the others, each read along the start-time index: EXPLAIN shows two
    index scans with a limit) rather than one that sorts every upcoming session by
    language first; at most 2 × count rows come back and are put in order here. The
    sessions' themes come in one more query. SQLite (development) takes no LIMIT inside
    a UNION: there the two parts are subqueries, fine at its size.
    """
    language = active_language()
    upcoming = upcoming_sessions().prefetch_related(None).order_by("starts_at")
    mine, others = upcoming.filter(language=language), upcoming.exclude(language=language)
    if connection.features.supports_slicing_ordering_in_compound:
        rows = list(mine[:count].union(others[:count], all=True))
    else:
        first = upcoming.values("pk")
        rows = list(
            upcoming.filter(
                Q(pk__in=first.filter(language=language)[:count])
                | Q(pk__in=first.exclude(language=language)[:count])
            )
        )
    rows.sort(key=lambda session: (session.language != language, session.starts_at))
    sessions = rows[:count]
    prefetch_related_objects(sessions, "modules")
    return sessions


@require_safe
@public_page(groups=("content", "trainings"))
def home(request):
    themes = list(Theme.objects.select_related("module"))
    age_groups = list(AgeGroup.objects.all())
    latest = list(_with_tags(Article.objects.published())[:4])
    next_sessions = _next_sessions(3)
    return render(
        request,
        "veiligonline/home.html",
        {
            "themes": themes,
            "age_groups": age_groups,
            "latest_articles": latest,
            "search_form": SearchForm(),
            "next_sessions": next_sessions,
        },
    )


@require_safe
@public_page(groups=("content",))
def article_list(request):
    themes = list(Theme.objects.all())
    age_groups = list(AgeGroup.objects.all())
    form = ArticleFilterForm(request.GET or None, themes=themes, age_groups=age_groups)
    articles = Article.objects.published()
    theme = age_group = None
    if form.is_bound and form.is_valid():
        theme = form.cleaned_data["theme"]
        age_group = form.cleaned_data["age"]
        if theme:
            articles = articles.filter(themes=theme)
        if age_group:
            articles = articles.filter(age_groups=age_group)
    page = _page_of(request, _with_tags(articles))
    _set_canonical(
        request, page, theme=theme.slug if theme else "", age=age_group.slug if age_group else ""
    )
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "veiligonline/article_list.html",
        {
            "form": form,
            "page": page,
            "theme": theme,
            "age_group": age_group,
            "themes": themes,
            "age_groups": age_groups,
            "filter_query": query.urlencode(),
        },
    )


@require_safe
@public_page(groups=("content",))
def article_detail(request, slug: str):
    article = get_object_or_404(
        _with_tags(Article.objects.select_related("related_module")), slug=slug
    )
    preview = not article.is_public
    if preview and not (request.user.is_authenticated and request.user.is_staff):
        raise Http404
    return render(
        request, "veiligonline/article_detail.html", {"article": article, "preview": preview}
    )


def ranked_ids(query: str, language: str, results) -> list[int]:
    """The ids a search finds, best first (at most MAX_RESULTS).

    Kept in the shared cache under a keyed hash of the language, the query and the
    content's generation (a publication starts a new one; PAGE_CACHE_SECONDS bounds the
    rest): a search many parents make ("Fortnite") is ranked once, not for each of them.
    The cache holds article numbers only, never what was typed. Without a cache (down,
    or PAGE_CACHE_SECONDS=0) the search is simply ranked each time.
    """
    seconds = getattr(settings, "PAGE_CACHE_SECONDS", 600)
    key = None
    if seconds > 0:
        try:
            generation = pagecache.generations(("content",))
            typed = f"{language}\0{query}\0{generation}"
            key = "search:ids:" + salted_hmac("veiligonline.search", typed).hexdigest()
            kept = cache.get(key)
            if kept is not None:
                return kept
        except Exception:  # noqa: BLE001 - a cache outage must not stop a search
            key = None
    ids = list(results.articles.values_list("pk", flat=True))
    if key is not None:
        # Not kept this time (a cache outage): ranked again next time.
        with contextlib.suppress(Exception):
            cache.set(key, ids, seconds)
    return ids


@require_safe
def search(request):
    form = SearchForm(request.GET or None)
    query = ""
    page = None
    suggestions = {
        "suggested_themes": [],
        "suggested_modules": [],
        "all_themes": [],
        "results_capped": False,
    }
    if form.is_bound and form.is_valid():
        query = form.cleaned_data["q"]
        if query:
            results = find(query, active_language())
            # One ranked query for the ids (at most MAX_RESULTS), which also gives the
            # count; then this page's articles by id. Paginating the queryset itself would
            # rank and filter twice, once to count and once for the page.
            ranked = ranked_ids(query, active_language(), results)
            page = _page_of(request, ranked)
            shown = _with_tags(Article.objects.filter(pk__in=page.object_list)).in_bulk()
            page.object_list = [shown[pk] for pk in page.object_list if pk in shown]
            # Names such as "Fortnite" point to their themes and module; nothing found
            # points to every theme and the help page (veiligonline/search.py).
            suggestions = {
                "suggested_themes": results.themes,
                "suggested_modules": results.modules,
                "all_themes": list(Theme.objects.all()) if not page.object_list else [],
                "results_capped": page.paginator.count >= MAX_RESULTS,
            }
    _set_canonical(request, page, q=query)
    return render(
        request,
        "veiligonline/search.html",
        {
            "form": form,
            "query": query,
            "page": page,
            "filter_query": urlencode({"q": query}) if query else "",
            **suggestions,
        },
    )


@require_safe
@public_page(groups=("content",))
def help_contacts(request):
    language = active_language()
    contacts = list(HelpContact.objects.all())
    # Contacts that speak the reader's language first; the others stay listed below.
    for_reader = [c for c in contacts if getattr(c, f"serves_{language}")]
    others = [c for c in contacts if not getattr(c, f"serves_{language}")]
    return render(
        request, "veiligonline/help.html", {"contacts": for_reader, "other_contacts": others}
    )


@require_safe
@public_page(groups=("content",))
def page(request, slug: str):
    return render(request, "veiligonline/page.html", {"page": get_object_or_404(Page, slug=slug)})


def page_not_found(request, exception):
    response = render(request, "404.html", status=404)
    response.is_own_404_page = True
    return response


# Private links: the token in them is the only key, so search engines must never crawl them.
PRIVATE_LINKS = ["trainings:request", "trainings:registration", "trainings:invite"]
# Spaces behind a login, by URL namespace: the moderators' own pages.
PRIVATE_NAMESPACES = ["moderators"]


def _private_prefixes() -> list[str]:
    """Each private path's fixed start, in every language: /nl/aanvraag/, /fr/demande/ …"""
    from django.urls import NoReverseMatch, get_resolver, reverse
    from django.utils import translation

    prefixes = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            for name in PRIVATE_LINKS:
                try:
                    prefixes.append(reverse(name, args=["TOKEN"]).split("TOKEN")[0])
                except NoReverseMatch:
                    continue
            for namespace in PRIVATE_NAMESPACES:
                resolver = get_resolver()
                paths = []
                if namespace in resolver.namespace_dict or any(
                    namespace in getattr(sub, "namespace_dict", {}) for sub in resolver.url_patterns
                ):
                    for name in _names_in(namespace):
                        try:
                            paths.append(reverse(f"{namespace}:{name}"))
                        except NoReverseMatch:
                            continue
                if paths:
                    common = os.path.commonprefix(paths)
                    prefixes.append(common[: common.rfind("/") + 1])
    return sorted(set(prefixes))


def _names_in(namespace: str) -> list[str]:
    from django.urls import get_resolver

    def walk(resolver):
        for pattern in resolver.url_patterns:
            if getattr(pattern, "namespace", None) == namespace:
                return [n for n in pattern.reverse_dict if isinstance(n, str)]
            if hasattr(pattern, "url_patterns"):
                found = walk(pattern)
                if found:
                    return found
        return []

    return walk(get_resolver())


@require_safe
def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/"]
    lines += [f"Disallow: {prefix}" for prefix in _private_prefixes()]
    lines += ["", f"Sitemap: {settings.SITE_URL}{reverse('sitemap')}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
