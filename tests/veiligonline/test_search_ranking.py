"""What a parent means comes first: the typed word, then the name's own subject.

With the demo advice (49 articles), on SQLite and on PostgreSQL alike.
"""

import pytest

from veiligonline.models import Article


def results(client, path, query):
    response = client.get(path, {"q": query})
    assert response.status_code == 200
    return response, list(response.context["page"].object_list)


def theme_slugs(article):
    return {theme.slug for theme in article.themes.all()}


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/nl/zoeken/", "/fr/recherche/"])
def test_fortnite_lists_gaming_advice_first_and_not_everything(parent, demo, path):
    response, found = results(parent, path, "Fortnite")
    assert found, "the gaming advice is found"
    # The first results are about gaming, not sextortion that happens to say "chat".
    for article in found[:5]:
        assert "gaming" in theme_slugs(article), article.slug
    gaming_count = sum("gaming" in theme_slugs(a) for a in found)
    assert [("gaming" in theme_slugs(a)) for a in found[:gaming_count]] == [True] * gaming_count
    # Its words ("chat", "jouer" …) no longer lead to nearly every article.
    assert response.context["page"].paginator.count < Article.objects.published().count() // 2 + 5
    page = response.content.decode()
    assert "/modules/gaming/" in page


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/nl/zoeken/", "/fr/recherche/"])
def test_an_article_naming_tiktok_comes_first(parent, demo, path):
    _response, found = results(parent, path, "TikTok")
    language = path[1:3]
    assert "TikTok" in getattr(found[0], f"title_{language}")


@pytest.mark.django_db
def test_the_typed_word_in_a_title_beats_the_names_words(parent, make_article, themes):
    from modules.models import Module
    from veiligonline.demo_content import synonyms as demo_synonyms
    from veiligonline.models import SearchSynonym, Theme, term_key

    Module.objects.create(
        number=4, slug="gaming", title_nl="Gamen", title_fr="Jeux", status="published"
    )
    gaming = make_article(
        themes=[themes["gaming"]], title_nl="Samen gamen", body_nl="Games en chat."
    )
    in_title = make_article(
        themes=[themes["privacy"]], title_nl="Fortnite en privacy", body_nl="Een tekst."
    )
    in_body = make_article(
        themes=[themes["privacy"]], title_nl="Iets anders", body_nl="Over Fortnite."
    )
    elsewhere = make_article(
        themes=[themes["cyberbullying"]], title_nl="Gepest", body_nl="Ook in games en chat."
    )
    demo_synonyms.load(SearchSynonym, Theme, Module, term_key)
    _response, found = results(parent, "/nl/zoeken/", "fortnite")
    slugs = [a.slug for a in found]
    assert slugs[:3] == [in_title.slug, in_body.slug, gaming.slug]
    # Another theme's article that only says the name's words in its text is not listed.
    assert elsewhere.slug not in slugs


@pytest.mark.django_db
def test_a_plain_word_search_is_unchanged(parent, demo):
    _response, found = results(parent, "/nl/zoeken/", "pesten")
    assert found
    for article in found:
        assert "pest" in (article.title_nl + article.summary_nl + article.body_nl).lower()
