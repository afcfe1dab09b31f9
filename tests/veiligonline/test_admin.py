"""Coordinators manage the advice in the Django admin."""

import pytest
from django.urls import reverse

from veiligonline.lib.readability import score
from veiligonline.models import Article

PLAIN_NL = "Je kind speelt graag. Dat is fijn. Speel eens mee. Vraag wat leuk is."
HARD_NL = (
    "De implementatie van geavanceerde beveiligingsmaatregelen vereist een grondige analyse "
    "van de bestaande infrastructurele en organisatorische randvoorwaarden."
)


def test_readability_formulas():
    assert score(PLAIN_NL, "nl").meets_target
    assert not score(HARD_NL, "nl").meets_target
    assert score("Votre enfant joue. C'est bien. Jouez avec lui.", "fr").meets_target
    assert score("", "nl") is None


@pytest.mark.django_db
class TestArticleAdmin:
    def test_the_list_shows_a_score_per_language(self, coordinator, make_article):
        make_article(summary_nl="Kort.", body_nl=PLAIN_NL)
        make_article(summary_nl="Moeilijk.", body_nl=HARD_NL, french=False)
        page = coordinator.get(reverse("admin:veiligonline_article_changelist")).content.decode()
        assert page.count("vo-score--ok") >= 2  # plain Dutch and plain French
        assert "vo-score--low" in page  # the difficult Dutch text
        assert "vo-score--none" in page  # the missing French text

    def test_the_edit_page_shows_the_score_and_target(self, coordinator, make_article):
        article = make_article(body_nl=HARD_NL)
        page = coordinator.get(
            reverse("admin:veiligonline_article_change", args=[article.pk])
        ).content.decode()
        assert "Flesch–Douma" in page and "Kandel–Moles" in page
        assert "vo-score--low" in page
        assert "60" in page

    def test_publish_action(self, coordinator, make_article):
        draft = make_article(status=Article.Status.DRAFT, published_at=None)
        Article.objects.filter(pk=draft.pk).update(published_at=None)
        coordinator.post(
            reverse("admin:veiligonline_article_changelist"),
            {"action": "publish", "_selected_action": [draft.pk]},
        )
        draft.refresh_from_db()
        assert draft.status == Article.Status.PUBLISHED
        assert draft.published_at is not None
        assert draft.is_public

    def test_filter_on_missing_french(self, coordinator, make_article):
        make_article(title_nl="Vertaald")
        make_article(title_nl="Onvertaald", french=False)
        page = coordinator.get(
            reverse("admin:veiligonline_article_changelist"), {"missing": "fr"}
        ).content.decode()
        assert "Onvertaald" in page and ">Vertaald<" not in page

    def test_a_parent_cannot_reach_the_admin(self, parent, db):
        response = parent.get(reverse("admin:veiligonline_article_changelist"))
        assert response.status_code == 302
        assert "/admin/login/" in response["Location"]
