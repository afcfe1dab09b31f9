"""Search as parents type it (game and app names), and at the size the portal will grow to."""

from datetime import timedelta

import pytest
from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.utils import timezone

from modules.models import Module
from veiligonline.demo_content import synonyms as demo_synonyms
from veiligonline.models import Article, SearchSynonym, Theme, term_key
from veiligonline.search import find

on_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="stored search vectors are PostgreSQL's"
)


@pytest.fixture
def gaming_module(db):
    return Module.objects.create(
        number=4,
        slug="gaming",
        title_nl="Gamen",
        title_fr="Jeux vidéo",
        status=Module.Status.PUBLISHED,
    )


@pytest.fixture
def library(make_article, themes, gaming_module):
    """Advice as it is written: about gaming, never naming Fortnite."""
    gaming = make_article(
        themes=[themes["gaming"]],
        title_nl="Grenzen aan gamen",
        body_nl="Spreek samen af hoe lang je kind gamet.",
        title_fr="Des limites aux jeux vidéo",
        body_fr="Convenez ensemble du temps de jeu.",
    )
    chat_in_games = make_article(
        themes=[themes["privacy"]],
        title_nl="Chatten met onbekenden",
        body_nl="In veel games kan je kind chatten met vreemden.",
        title_fr="Parler à des inconnus",
        body_fr="Dans beaucoup de jeux vidéo, on peut parler à des inconnus.",
    )
    unrelated = make_article(
        themes=[themes["cyberbullying"]],
        title_nl="Gepest op school",
        body_nl="Wat je kan doen als je kind gepest wordt.",
        title_fr="Harcelé à l'école",
        body_fr="Que faire quand votre enfant est harcelé.",
    )
    # What the demo loader (and the migration) put in: Fortnite, Roblox, TikTok …
    demo_synonyms.load(SearchSynonym, Theme, Module, term_key)
    return {"gaming": gaming, "chat": chat_in_games, "unrelated": unrelated}


def search(client, path, query):
    response = client.get(path, {"q": query})
    assert response.status_code == 200
    return response


def slugs(response):
    return [article.slug for article in response.context["page"].object_list]


@pytest.mark.django_db
class TestNamesParentsType:
    @pytest.mark.parametrize("typed", ["Fortnite", "fortnite", "FORTNITE", " fortnite  "])
    def test_fortnite_finds_the_gaming_advice_and_module(self, parent, library, typed):
        response = search(parent, "/nl/zoeken/", typed)
        found = slugs(response)
        assert library["gaming"].slug in found
        assert library["unrelated"].slug not in found
        page = response.content.decode()
        assert "Interactieve module: Gamen" in page and "/nl/modules/gaming/" in page
        assert "?theme=gaming" in page

    def test_in_french_too(self, parent, library):
        response = search(parent, "/fr/recherche/", "Fortnite")
        assert library["gaming"].slug in slugs(response)
        assert "Module interactif" in response.content.decode()

    def test_a_name_of_two_words(self, parent, library):
        assert library["gaming"].slug in slugs(search(parent, "/nl/zoeken/", "ea fc"))
        assert library["gaming"].slug in slugs(search(parent, "/nl/zoeken/", "Among Us"))
        assert library["gaming"].slug in slugs(search(parent, "/nl/zoeken/", "mine craft"))

    def test_the_words_it_stands_for_find_articles_of_other_themes(self, parent, library):
        # Roblox → "chat": the article about chatting in games is under privacy.
        assert library["chat"].slug in slugs(search(parent, "/nl/zoeken/", "roblox"))

    def test_a_coordinator_adds_a_name(self, coordinator, library, themes):
        response = coordinator.post(
            "/admin/veiligonline/searchsynonym/add/",
            {
                "term": "Hay Day",
                "words_nl": "spelletjes, gamen",
                "words_fr": "jeux vidéo",
                "themes": [themes["gaming"].pk],
                "module": "",
            },
        )
        assert response.status_code == 302
        synonym = SearchSynonym.objects.get(key="hayday")
        assert list(synonym.themes.all()) == [themes["gaming"]]
        assert library["gaming"].slug in slugs(search(coordinator, "/nl/zoeken/", "hay day"))

    def test_a_name_twice_is_refused(self, coordinator, library):
        response = coordinator.post(
            "/admin/veiligonline/searchsynonym/add/", {"term": "Tik-Tok", "words_nl": "x"}
        )
        assert response.status_code == 200
        assert "al in de lijst" in response.content.decode()
        assert SearchSynonym.objects.get(key="tiktok").term == "TikTok"


@pytest.mark.django_db
class TestNothingFound:
    def test_suggests_the_themes_and_the_help_page(self, parent, library, themes):
        response = search(parent, "/nl/zoeken/", "onbestaandwoord")
        assert slugs(response) == []
        page = response.content.decode()
        for theme in themes.values():
            assert f"?theme={theme.slug}" in page
        assert 'href="/nl/hulp/"' in page

    def test_results_do_not_list_every_theme(self, parent, library):
        response = search(parent, "/nl/zoeken/", "gepest")
        assert response.context["all_themes"] == []


@on_postgres
@pytest.mark.django_db
class TestStoredVector:
    def test_updated_when_an_article_is_saved(self, parent, library):
        article = library["unrelated"]
        assert slugs(search(parent, "/nl/zoeken/", "schermtijd")) == []
        article.body_nl = "Afspraken over schermtijd helpen."
        article.save()
        assert Article.objects.filter(
            search_nl=SearchQuery("schermtijd", config="vo_dutch")
        ).exists()
        assert slugs(search(parent, "/nl/zoeken/", "schermtijd")) == [article.slug]

    def test_filled_for_articles_written_without_save(self, library):
        Article.objects.update(search_nl=None, search_fr=None)
        Article.objects.all().refresh_search_vectors()
        assert not Article.objects.filter(search_nl=None).exists()

    def test_stemming(self, parent, library):
        # "Spreek" written, "spreken" typed; "limites" written, "limite" typed.
        assert slugs(search(parent, "/nl/zoeken/", "spreken")) == [library["gaming"].slug]
        assert slugs(search(parent, "/fr/recherche/", "limite")) == [library["gaming"].slug]

    def test_title_weighs_more_than_text(self, parent, make_article):
        in_text = make_article(title_nl="Iets anders", body_nl="Over wachtwoorden.")
        in_title = make_article(title_nl="Wachtwoorden", body_nl="Een tekst.")
        assert slugs(search(parent, "/nl/zoeken/", "wachtwoord")) == [in_title.slug, in_text.slug]


@on_postgres
@pytest.mark.django_db
def test_5000_articles_are_searched_through_the_index(themes):
    now = timezone.now()
    Article.objects.bulk_create(
        Article(
            slug=f"a-{n}",
            status=Article.Status.PUBLISHED,
            published_at=now,
            title_nl=f"Artikel {n}",
            summary_nl="Korte samenvatting.",
            body_nl="Praat met je kind." + (" Over lootboxen." if n % 500 == 0 else ""),
            title_fr=f"Article {n}",
            summary_fr="Résumé.",
            body_fr="Parlez avec votre enfant.",
        )
        for n in range(5000)
    )
    Article.objects.all().refresh_search_vectors()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE veiligonline_article")
    articles = find("lootboxen", "nl").articles
    plan = articles.explain()
    # The stored, indexed vector: no text is turned into a vector per row.
    assert "to_tsvector" not in plan
    assert "article_search_nl" in plan
    assert articles.count() == 10


@pytest.mark.django_db
def test_a_word_in_nearly_every_article_is_bounded(parent, make_article, monkeypatch):
    """Only the newest MAX_RESULTS matches are ranked and counted; the page says so."""
    monkeypatch.setattr("veiligonline.search.MAX_RESULTS", 3)
    monkeypatch.setattr("veiligonline.views.MAX_RESULTS", 3)
    now = timezone.now()
    articles = [
        make_article(body_nl="Praat met je kind.", published_at=now - timedelta(days=n))
        for n in range(1, 6)
    ]
    response = search(parent, "/nl/zoeken/", "praat")
    assert response.context["page"].paginator.count == 3
    assert sorted(slugs(response)) == sorted(a.slug for a in articles[:3])
    assert "de lijst toont de nieuwste" in response.content.decode()
    few = search(parent, "/nl/zoeken/", "artikel 4")
    assert "de lijst toont de nieuwste" not in few.content.decode()
