"""Coordinators manage the advice in the Django admin."""

import html
import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext

from modules.models import Module, Step
from veiligonline.lib.readability import score
from veiligonline.models import Article, HelpContact, Page

PLAIN_NL = "Je kind speelt graag. Dat is fijn. Speel eens mee. Vraag wat leuk is."
HARD_NL = (
    "De implementatie van geavanceerde beveiligingsmaatregelen vereist een grondige analyse "
    "van de bestaande infrastructurele en organisatorische randvoorwaarden."
)
BRUSSELS = ZoneInfo("Europe/Brussels")
NEW_YEAR_2030 = datetime(2030, 1, 1, 9, 0, tzinfo=BRUSSELS)

CHANGELIST = "admin:veiligonline_article_changelist"


def text_of(response) -> str:
    return html.unescape(response.content.decode())


def explained(text, language):
    """What the edit page says about a text: formula, score, target and verdict."""
    result = score(text, language)
    return gettext("%(formula)s %(value)s — target ≥ %(target)s: %(verdict)s") % {
        "formula": result.formula,
        "value": f"{result.value:.0f}",
        "target": f"{result.target:.0f}",
        "verdict": gettext("plain enough" if result.meets_target else "too difficult"),
    }


def parent_sees(article) -> bool:
    """A parent on a fresh browser (not the coordinator's) opens the article."""
    return Client().get(article.get_absolute_url()).status_code == 200


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
        page = coordinator.get(reverse(CHANGELIST)).content.decode()
        assert page.count("vo-score--ok") >= 2  # plain Dutch and plain French
        assert "vo-score--low" in page  # the difficult Dutch text
        assert "vo-score--none" in page  # the missing French text

    def test_the_list_columns_say_what_they_show(self, coordinator, make_article):
        make_article()
        page = text_of(coordinator.get(reverse(CHANGELIST)))
        for header in ("Plain language NL", "Plain language FR", "French complete"):
            assert f"<span>{gettext(header)}</span>" in page
        assert "<span>NL</span>" not in page and "<span>FR</span>" not in page

    def test_the_list_stays_compact(self, coordinator, make_article):
        article = make_article(summary_nl="Moeilijk.", body_nl=HARD_NL)
        page = text_of(coordinator.get(reverse(CHANGELIST)))
        value = f"{score(article.text_for_scoring('nl'), 'nl').value:.0f}"
        assert f">{value} · {gettext('too difficult')}</span>" in page
        # The formula and target are a tooltip there, not text in the column.
        assert f'title="{explained(article.text_for_scoring("nl"), "nl")}"' in page

    def test_the_edit_page_shows_the_score_and_target(self, coordinator, make_article):
        article = make_article(body_nl=HARD_NL)
        page = text_of(
            coordinator.get(reverse("admin:veiligonline_article_change", args=[article.pk]))
        )
        assert explained(article.text_for_scoring("nl"), "nl") in page
        assert explained(article.text_for_scoring("fr"), "fr") in page
        assert "Flesch–Douma" in page and "Kandel–Moles" in page
        assert "vo-score--low" in page

    def test_publish_action(self, coordinator, make_article):
        draft = make_article(status=Article.Status.DRAFT, published_at=None)
        Article.objects.filter(pk=draft.pk).update(published_at=None)
        coordinator.post(reverse(CHANGELIST), {"action": "publish", "_selected_action": [draft.pk]})
        draft.refresh_from_db()
        assert draft.status == Article.Status.PUBLISHED
        assert draft.published_at is not None
        assert draft.is_public
        assert parent_sees(draft)

    def test_publish_now_means_now_for_a_scheduled_article(self, coordinator, make_article):
        scheduled = make_article(status=Article.Status.DRAFT, published_at=NEW_YEAR_2030)
        assert not parent_sees(scheduled)
        before = timezone.now()
        response = coordinator.post(
            reverse(CHANGELIST),
            {"action": "publish", "_selected_action": [scheduled.pk]},
            follow=True,
        )
        scheduled.refresh_from_db()
        assert before <= scheduled.published_at <= timezone.now()
        assert scheduled.is_public and parent_sees(scheduled)
        assert gettext("%d article published: parents can see it now.") % 1 in text_of(response)

    def test_publish_keeps_the_date_of_a_live_article(self, coordinator, make_article):
        last_week = timezone.now() - timedelta(days=7)
        live = make_article(published_at=last_week)
        coordinator.post(reverse(CHANGELIST), {"action": "publish", "_selected_action": [live.pk]})
        live.refresh_from_db()
        assert live.published_at == last_week

    def test_unpublish_action(self, coordinator, make_article):
        live = make_article()
        coordinator.post(
            reverse(CHANGELIST), {"action": "unpublish", "_selected_action": [live.pk]}
        )
        live.refresh_from_db()
        assert live.status == Article.Status.DRAFT and not parent_sees(live)

    def test_the_list_shows_whether_parents_see_the_article(self, coordinator, make_article):
        make_article(title_nl="Nog in opmaak", status=Article.Status.DRAFT)
        make_article(title_nl="Later", published_at=NEW_YEAR_2030)
        make_article(title_nl="Al online", published_at=datetime(2024, 3, 5, tzinfo=BRUSSELS))
        undated = make_article(title_nl="Zonder datum")
        Article.objects.filter(pk=undated.pk).update(published_at=None)  # e.g. an import
        page = text_of(coordinator.get(reverse(CHANGELIST)))
        assert gettext("Not visible: no publication date") in page
        assert gettext("Scheduled for %(moment)s") % {"moment": "1 januari 2030 09:00"} in page
        assert gettext("Live since %(day)s") % {"day": "5 maart 2024"} in page
        assert f'<td class="field-visible">{Article.Status.DRAFT.label}</td>' in page

    @pytest.mark.parametrize(
        ("visibility", "shown"),
        [("live", "Al online"), ("scheduled", "Later"), ("draft", "Nog in opmaak")],
    )
    def test_filter_on_what_parents_see(self, coordinator, make_article, visibility, shown):
        make_article(title_nl="Nog in opmaak", status=Article.Status.DRAFT)
        make_article(title_nl="Later", published_at=NEW_YEAR_2030)
        make_article(title_nl="Al online")
        page = coordinator.get(reverse(CHANGELIST), {"visibility": visibility}).content.decode()
        titles = {"Nog in opmaak", "Later", "Al online"}
        assert f">{shown}<" in page
        assert not any(f">{title}<" in page for title in titles - {shown})

    def test_filter_on_missing_french(self, coordinator, make_article):
        make_article(title_nl="Vertaald")
        make_article(title_nl="Onvertaald", french=False)
        make_article(title_nl="Titel niet vertaald", title_fr="")
        page = coordinator.get(reverse(CHANGELIST), {"missing": "fr"}).content.decode()
        assert "Onvertaald" in page and ">Vertaald<" not in page
        assert "Titel niet vertaald" in page  # like the "French complete" column

    def test_themes_and_age_groups_are_checkbox_lists(
        self, coordinator, make_article, themes, age_groups
    ):
        article = make_article(themes=[themes["gaming"]])
        page = coordinator.get(
            reverse("admin:veiligonline_article_change", args=[article.pk])
        ).content.decode()
        assert 'type="checkbox" name="themes"' in page
        assert 'type="checkbox" name="age_groups"' in page
        assert f'name="themes" value="{themes["gaming"].pk}"' in page
        assert "selectfilter" not in page.lower()  # the English JavaScript selector
        assert "SelectFilter2.js" not in page
        # `required` on each box would make a browser demand that every box is ticked.
        checkboxes = re.findall(r"<input [^>]*name=\"(?:themes|age_groups)\"[^>]*>", page)
        assert len(checkboxes) == 5 and not any("required" in box for box in checkboxes)

    def test_adding_an_article_stores_the_ticked_themes(self, coordinator, themes, age_groups):
        response = coordinator.post(
            reverse("admin:veiligonline_article_add"),
            {
                "slug": "samen-gamen",
                "status": Article.Status.PUBLISHED,
                "published_at_0": "",
                "published_at_1": "",
                "themes": [themes["gaming"].pk, themes["privacy"].pk],
                "age_groups": [age_groups["6-9"].pk],
                "title_nl": "Samen gamen",
                "summary_nl": "Speel eens mee.",
                "body_nl": PLAIN_NL,
            },
        )
        assert response.status_code == 302, text_of(response)
        article = Article.objects.get(slug="samen-gamen")
        assert set(article.themes.values_list("slug", flat=True)) == {"gaming", "privacy"}
        assert list(article.age_groups.values_list("slug", flat=True)) == ["6-9"]
        # "Published" with an empty date means from now on, not never.
        assert article.is_public and parent_sees(article)

    def test_a_parent_cannot_reach_the_admin(self, parent, db):
        response = parent.get(reverse(CHANGELIST))
        assert response.status_code == 302
        assert "/admin/login/" in response["Location"]


@pytest.mark.django_db
class TestPageAndHelpContactAdmin:
    def test_the_page_edit_page_explains_the_score(self, coordinator):
        page = Page.objects.create(slug="over", title_nl="Over ons", body_nl=HARD_NL)
        content = text_of(
            coordinator.get(reverse("admin:veiligonline_page_change", args=[page.pk]))
        )
        assert gettext("Plain language (Dutch)") in content
        assert explained(HARD_NL, "nl") in content
        assert gettext("no text") in content  # no French text yet

    def test_pages_can_be_searched(self, coordinator):
        Page.objects.create(slug="over", title_nl="Over ons", body_nl="Wie we zijn.")
        Page.objects.create(slug="privacy", title_nl="Privacy", body_nl="Je gegevens.")
        page = coordinator.get(reverse("admin:veiligonline_page_changelist"), {"q": "ons"})
        assert ">Over ons<" in page.content.decode()
        assert ">Privacy<" not in page.content.decode()

    def test_the_help_contact_form_starts_with_the_name(self, coordinator, help_contact):
        content = coordinator.get(
            reverse("admin:veiligonline_helpcontact_change", args=[help_contact.pk])
        ).content.decode()
        # Each Dutch text, the name first, before anything about the footer.
        assert content.index('name="name_nl"') < content.index('name="in_footer"')
        assert content.index('name="name_nl"') < content.index('name="helps_with_nl"')
        assert HelpContact.objects.count() == 1


@pytest.mark.django_db
def test_a_module_step_explains_its_score_and_lists_it_compactly(coordinator):
    """Steps share the readability columns: compact in the list, explained when edited."""
    module = Module.objects.create(
        number=1, slug="gamen", title_nl="Gamen", promise_nl="Je praat over games."
    )
    step = Step.objects.create(
        module=module, key="intro", title_nl="Waarom gamen?", body_nl=HARD_NL, body_fr=""
    )
    edit = text_of(coordinator.get(reverse("admin:modules_step_change", args=[step.pk])))
    assert gettext("Plain language (Dutch)") in edit
    assert explained(HARD_NL, "nl") in edit
    listing = text_of(coordinator.get(reverse("admin:modules_step_changelist")))
    assert f"<span>{gettext('Plain language NL')}</span>" in listing
    assert f"· {gettext('too difficult')}</span>" in listing
    assert f">{explained(HARD_NL, 'nl')}<" not in listing
