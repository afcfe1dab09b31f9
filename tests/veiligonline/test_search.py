"""Searching the advice in Dutch and French."""

import pytest
from django.db import connection

from veiligonline.models import Article

on_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="stemming needs PostgreSQL full-text search"
)


@pytest.fixture
def articles(make_article):
    return [
        make_article(
            title_nl="Samen gamen",
            body_nl="Spelletjes spelen met je kinderen is leuk.",
            title_fr="Jouer ensemble",
            body_fr="Les jeux vidéo en famille, c'est chouette.",
        ),
        make_article(
            title_nl="Als je kind gepest wordt",
            body_nl="Pesten op school en online.",
            title_fr="Quand votre enfant est harcelé",
            body_fr="Le harcèlement à l'école.",
        ),
        make_article(
            status=Article.Status.DRAFT,
            title_nl="Concept over gamen",
            body_nl="Nog niet klaar over spelletjes.",
            title_fr="Brouillon jeux",
            body_fr="Pas encore prêt, jeux vidéo.",
        ),
    ]


def found(parent, path, query):
    response = parent.get(path, {"q": query})
    assert response.status_code == 200
    return [article.slug for article in response.context["page"].object_list]


@pytest.mark.django_db
class TestSearch:
    def test_dutch_words_find_dutch_articles(self, parent, articles):
        assert found(parent, "/nl/zoeken/", "spelletjes") == [articles[0].slug]

    def test_french_words_find_french_articles(self, parent, articles):
        assert found(parent, "/fr/recherche/", "harcèlement") == [articles[1].slug]

    def test_words_typed_without_accents_find_the_same(self, parent, articles):
        # On a phone, "harcelement" or "video" is what many parents type.
        assert found(parent, "/fr/recherche/", "harcelement") == [articles[1].slug]
        assert found(parent, "/fr/recherche/", "jeux video") == [articles[0].slug]
        assert found(parent, "/fr/recherche/", "HARCÈLEMENT") == [articles[1].slug]

    def test_a_draft_is_never_found(self, parent, articles):
        assert articles[2].slug not in found(parent, "/nl/zoeken/", "spelletjes")

    def test_nothing_found_says_so_kindly(self, parent, articles):
        response = parent.get("/nl/zoeken/", {"q": "onbestaandwoord"})
        assert response.context["page"].paginator.count == 0
        assert "Niets gevonden" in response.content.decode()

    def test_an_empty_search_shows_the_form(self, parent, db):
        response = parent.get("/nl/zoeken/")
        assert response.status_code == 200
        assert response.context["page"] is None

    def test_what_was_typed_stays_in_the_box(self, parent, articles):
        page = parent.get("/nl/zoeken/", {"q": "samen <b>gamen</b>"}).content.decode()
        assert 'value="samen &lt;b&gt;gamen&lt;/b&gt;"' in page

    def test_too_long_a_query_is_refused_with_a_message_keeping_the_text(self, parent, db):
        response = parent.get("/nl/zoeken/", {"q": "a" * 250})
        assert response.context["form"].errors["q"]
        assert 'value="' + "a" * 250 in response.content.decode()

    @on_postgres
    def test_dutch_stemming(self, parent, articles):
        # "pesten" in the text, "gepest" in the title: the Dutch dictionary joins them.
        assert found(parent, "/nl/zoeken/", "pest") == [articles[1].slug]
        assert found(parent, "/nl/zoeken/", "kinderen spelen") == [articles[0].slug]

    @on_postgres
    def test_french_stemming(self, parent, articles):
        # "familles" and "jouez" meet "famille" and "Jouer" through the French stemmer.
        assert found(parent, "/fr/recherche/", "familles") == [articles[0].slug]
        assert found(parent, "/fr/recherche/", "jouez") == [articles[0].slug]
        assert found(parent, "/fr/recherche/", "harcelé") == [articles[1].slug]

    @on_postgres
    def test_title_matches_rank_first(self, parent, make_article):
        body_only = make_article(title_nl="Iets anders", body_nl="Hier gaat het over privacy.")
        in_title = make_article(title_nl="Privacy thuis", body_nl="Een tekst.")
        assert found(parent, "/nl/zoeken/", "privacy") == [in_title.slug, body_only.slug]
