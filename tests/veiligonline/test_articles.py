"""Browsing the advice as a parent would, in Dutch and in French."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from veiligonline.models import Article


def url(name, language, **kwargs):
    with translation.override(language):
        return reverse(f"veiligonline:{name}", kwargs=kwargs or None)


def titles(response):
    return [article.title for article in response.context["page"].object_list]


@pytest.mark.django_db
class TestBrowse:
    def test_the_list_is_in_the_readers_language(self, parent, themes, age_groups, make_article):
        make_article(themes=[themes["gaming"]], age_groups=[age_groups["6-9"]])
        nl = parent.get(url("articles", "nl"))
        fr = parent.get(url("articles", "fr"))
        assert nl.status_code == fr.status_code == 200
        assert url("articles", "nl") == "/nl/advies/"
        assert url("articles", "fr") == "/fr/conseils/"
        assert "Artikel 1" in nl.content.decode() and "Gamen" in nl.content.decode()
        assert "Article 1" in fr.content.decode() and "Jeux vidéo" in fr.content.decode()
        assert '<html lang="fr">' in fr.content.decode()

    @pytest.mark.parametrize("language", ["nl", "fr"])
    def test_filters_combine(self, parent, themes, age_groups, make_article, language):
        gaming_young = make_article(themes=[themes["gaming"]], age_groups=[age_groups["6-9"]])
        gaming_teen = make_article(themes=[themes["gaming"]], age_groups=[age_groups["13-15"]])
        bullying_teen = make_article(
            themes=[themes["cyberbullying"]], age_groups=[age_groups["13-15"]]
        )
        base = url("articles", language)
        with translation.override(language):
            by_theme = titles(parent.get(base, {"theme": "gaming"}))
            by_age = titles(parent.get(base, {"age": "13-15"}))
            both = titles(parent.get(base, {"theme": "gaming", "age": "13-15"}))
            expected = {a.pk: a.title for a in (gaming_young, gaming_teen, bullying_teen)}
        assert sorted(by_theme) == sorted([expected[gaming_young.pk], expected[gaming_teen.pk]])
        assert sorted(by_age) == sorted([expected[gaming_teen.pk], expected[bullying_teen.pk]])
        assert both == [expected[gaming_teen.pk]]

    def test_a_filtered_list_has_a_shareable_url_and_keeps_the_choice(
        self, parent, themes, age_groups, make_article
    ):
        make_article(themes=[themes["gaming"]], age_groups=[age_groups["13-15"]])
        response = parent.get("/nl/advies/?theme=gaming&age=13-15")
        page = response.content.decode()
        assert '<option value="gaming" selected>' in page
        assert '<option value="13-15" selected>' in page
        assert "Gamen" in page

    def test_an_unknown_filter_value_says_so_and_shows_everything(
        self, parent, themes, make_article
    ):
        make_article(themes=[themes["gaming"]])
        response = parent.get("/nl/advies/", {"theme": "hacking"})
        assert response.status_code == 200
        assert response.context["form"].errors["theme"]
        assert len(titles(response)) == 1

    def test_the_list_pages_through_many_articles(self, parent, make_article, settings):
        for _ in range(settings.ARTICLES_PER_PAGE + 3):
            make_article()
        first = parent.get("/nl/advies/")
        second = parent.get("/nl/advies/", {"page": 2})
        assert len(titles(first)) == settings.ARTICLES_PER_PAGE
        assert len(titles(second)) == 3
        assert 'rel="next"' in first.content.decode()


@pytest.mark.django_db
class TestVisibility:
    def test_a_draft_is_invisible_to_parents(self, parent, make_article):
        draft = make_article(status=Article.Status.DRAFT, title_nl="Geheim concept")
        assert "Geheim concept" not in parent.get("/nl/advies/").content.decode()
        assert parent.get(draft.get_absolute_url()).status_code == 404

    def test_a_future_publication_is_invisible_until_its_date(self, parent, make_article):
        later = make_article(published_at=timezone.now() + timedelta(days=2), title_nl="Straks")
        assert "Straks" not in parent.get("/nl/advies/").content.decode()
        assert parent.get(later.get_absolute_url()).status_code == 404

    def test_a_coordinator_previews_a_draft(self, coordinator, make_article):
        draft = make_article(status=Article.Status.DRAFT)
        response = coordinator.get(draft.get_absolute_url())
        assert response.status_code == 200
        assert "Voorbeeld" in response.content.decode()


@pytest.mark.django_db
class TestArticlePage:
    def test_shows_text_prompts_and_sources(self, parent, make_article, themes):
        article = make_article(
            themes=[themes["gaming"]],
            body_nl="## Wat kan je doen?\n\n- Speel samen\n- Maak afspraken",
            talk_prompts_nl="Welk spel speel je graag?\nMet wie speel je?",
            sources="PEGI | https://pegi.info/nl",
        )
        page = parent.get(article.get_absolute_url()).content.decode()
        assert "<h2>Wat kan je doen?</h2>" in page
        assert "<li>Speel samen</li>" in page
        assert "Welk spel speel je graag?" in page
        assert 'href="https://pegi.info/nl"' in page

    def test_markup_in_the_text_is_sanitised(self, parent, make_article):
        article = make_article(
            body_nl=(
                "Hallo <script>alert('x')</script> wereld.\n\n"
                "<img src=x onerror=alert(1)> [klik](javascript:alert(1))"
            )
        )
        page = parent.get(article.get_absolute_url()).content.decode()
        # The only script is our own read-aloud file, loaded from our static files.
        assert page.count("<script") == page.count('<script src="/static/js/')
        assert "alert(" not in page
        assert "onerror" not in page
        assert "javascript:" not in page
        assert "Hallo" in page and "wereld." in page

    def test_a_missing_french_translation_is_said_not_broken(self, parent, make_article):
        article = make_article(french=False, title_nl="Alleen in het Nederlands")
        with translation.override("fr"):
            article_url = article.get_absolute_url()
        response = parent.get(article_url)
        page = response.content.decode()
        assert response.status_code == 200
        assert "Alleen in het Nederlands" in page
        assert 'lang="nl"' in page
        listing = parent.get("/fr/conseils/").content.decode()
        assert "Alleen in het Nederlands" in listing
        assert 'lang="nl"' in listing

    def test_the_language_switch_leads_to_the_same_article(self, parent, make_article):
        article = make_article()
        page = parent.get(article.get_absolute_url()).content.decode()
        assert f'href="/fr/conseils/{article.slug}/"' in page


@pytest.mark.django_db
class TestOtherPages:
    @pytest.mark.parametrize("language", ["nl", "fr"])
    def test_demo_pages_answer_in_both_languages(self, parent, demo, language):
        for name in ("home", "articles", "search", "help", "about", "privacy"):
            response = parent.get(url(name, language))
            assert response.status_code == 200, name
            assert f'<html lang="{language}">' in response.content.decode()

    def test_home_shows_themes_ages_and_help(self, parent, demo):
        page = parent.get("/nl/").content.decode()
        assert "Sociale media" in page
        assert "13 tot 15 jaar" in page
        assert "116 000" in page

    def test_help_lists_contacts_for_the_readers_language_first(self, parent, demo):
        nl = parent.get("/nl/hulp/").content.decode()
        fr = parent.get("/fr/aide/").content.decode()
        assert nl.index("Awel") < nl.index("Écoute-Enfants")
        assert fr.index("Écoute-Enfants") < fr.index("Awel")
        assert 'href="tel:116000"' in nl

    @pytest.mark.parametrize("language", ["nl", "fr"])
    def test_a_missing_page_is_friendly(self, parent, db, language):
        response = parent.get(f"/{language}/bestaat-niet/")
        assert response.status_code == 404
        assert f'<html lang="{language}">' in response.content.decode()
        assert response.context["request"]  # rendered with our layout, not Django's plain page

    def test_the_root_sends_to_dutch(self, parent, db):
        response = parent.get("/")
        assert response.status_code == 302
        assert response["Location"] == "/nl/"

    def test_no_third_party_resources_and_a_strict_policy(self, parent, demo):
        response = parent.get("/nl/")
        assert "default-src 'self'" in response["Content-Security-Policy"]
        page = response.content.decode()
        for tag in ('src="http', 'href="//', "<script"):
            assert tag not in page


def test_the_server_error_page_needs_no_context_and_speaks_both_languages():
    from django.template.loader import render_to_string

    page = render_to_string("500.html")
    assert "Er ging iets mis" in page and 'lang="fr"' in page


@pytest.mark.django_db
def test_french_pages_never_start_a_line_with_a_question_mark_or_colon(client, make_article):
    article = make_article(title_fr="Que faire ?", body_fr="Il vous dit : « Non ! »")
    with translation.override("fr"):
        page = client.get(article.get_absolute_url()).content.decode()
    assert "Que faire\u00a0?" in page and "dit\u00a0: «\u00a0Non\u00a0!\u00a0»" in page
    # Form fields keep exactly what a parent typed.
    search = client.get("/fr/recherche/", {"q": "quoi ?"}).content.decode()
    assert 'value="quoi ?"' in search
