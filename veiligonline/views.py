from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Case, Prefetch, When
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from trainings.views import upcoming_sessions
from veiligonline.forms import ArticleFilterForm, SearchForm
from veiligonline.lib.translation import active_language
from veiligonline.models import AgeGroup, Article, HelpContact, Page, Theme
from veiligonline.search import search_articles


def _with_tags(articles):
    """Articles with their themes and age groups, in three queries whatever their number."""
    return articles.prefetch_related(
        Prefetch("themes", queryset=Theme.objects.all()),
        Prefetch("age_groups", queryset=AgeGroup.objects.all()),
    )


def _page_of(request, object_list):
    paginator = Paginator(object_list, settings.ARTICLES_PER_PAGE)
    return paginator.get_page(request.GET.get("page"))


@require_safe
def home(request):
    themes = list(Theme.objects.select_related("module"))
    age_groups = list(AgeGroup.objects.all())
    latest = list(_with_tags(Article.objects.published())[:4])
    # The next trainings in the page's language first, then the others.
    next_sessions = list(
        upcoming_sessions()
        .annotate(other_language=Case(When(language=active_language(), then=0), default=1))
        .order_by("other_language", "starts_at")[:3]
    )
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


@require_safe
def search(request):
    form = SearchForm(request.GET or None)
    query = ""
    page = None
    if form.is_bound and form.is_valid():
        query = form.cleaned_data["q"]
        if query:
            page = _page_of(request, _with_tags(search_articles(query, active_language())))
    return render(
        request,
        "veiligonline/search.html",
        {
            "form": form,
            "query": query,
            "page": page,
            "filter_query": urlencode({"q": query}) if query else "",
        },
    )


@require_safe
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
def page(request, slug: str):
    return render(request, "veiligonline/page.html", {"page": get_object_or_404(Page, slug=slug)})


def page_not_found(request, exception):
    response = render(request, "404.html", status=404)
    return response
