"""After the tip sheet: keep it, get it by e-mail, find a training on the theme, read more.

A parent on a phone cannot easily print. The page offers a download, an e-mail through
the outbox (the address used once, deleted with the message), trainings on the module's
theme near them, and the advice of the module's themes.
"""

from __future__ import annotations

import html
import re
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from modules.messages import TIP_SHEET, forget_sent_tip_sheets
from outbox.models import Message
from tests.modules.test_end_of_module import finish
from veiligonline.models import Article, Theme


def tips_url(module, language="nl"):
    with translation.override(language):
        return reverse("modules:tips", kwargs={"slug": module.slug})


def text_of(page: str) -> str:
    main = page.split("<main", 1)[1].split("</main>", 1)[0]
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", main)).split())


@pytest.fixture
def finished(parent, module):
    """The gaming module, finished by this parent."""
    Theme.objects.create(slug="gaming", name_nl="Gamen", name_fr="Jeux vidéo", module=module)
    finish(parent, module)
    return module


def article(slug, theme_slug=None, *, published=True, module=None):
    item = Article.objects.create(
        slug=slug,
        status=Article.Status.PUBLISHED if published else Article.Status.DRAFT,
        published_at=timezone.now() - timedelta(days=1),
        title_nl=f"Artikel {slug}",
        title_fr=f"Article {slug}",
        summary_nl="Kort.",
        body_nl="Tekst.",
        related_module=module,
    )
    if theme_slug:
        item.themes.add(Theme.objects.get(slug=theme_slug))
    return item


@pytest.mark.django_db
class TestWhatComesAfterPrinting:
    def test_the_page_offers_every_next_step(self, parent, finished):
        on_theme = article("pegi", "gaming")
        article("draft", "gaming", published=False)
        Theme.objects.create(slug="privacy", name_nl="Privacy")
        article("cookies", "privacy")
        naming_it = article("loot-boxes", module=finished)
        page = parent.get(tips_url(finished)).content.decode()
        shown = text_of(page)
        assert "Download je tipsblad" in shown
        assert "Stuur mijn tipsblad naar mij via e-mail" in shown
        assert "We wissen het na 7 dagen, samen met de e-mail." in shown
        # Trainings on this module's theme, near a place the parent types.
        with translation.override("nl"):
            sessions = reverse("trainings:sessions")
        near = page.split('class="tip-sheet-near"', 1)[1].split("</form>", 1)[0]
        assert f'action="{sessions}"' in page.split('class="tip-sheet-near"', 1)[0][-200:]
        assert 'name="theme" value="gaming"' in near and 'name="place"' in near
        # The advice of the module's themes, and what names the module; nothing else.
        assert on_theme.title_nl in shown and naming_it.title_nl in shown
        assert "Artikel draft" not in shown and "Artikel cookies" not in shown

    def test_the_trainings_link_leads_to_the_filtered_list(self, parent, finished):
        from trainings.models import Province, TrainingSession, Venue

        venue = Venue.objects.create(
            slug="v",
            name="Buurthuis",
            kind=Venue.Kind.COMMUNITY_CENTRE,
            street="Straat 1",
            postcode="9000",
            municipality="Gent",
            province=Province.EAST_FLANDERS,
        )
        starts = timezone.now() + timedelta(days=10)
        on_theme = TrainingSession.objects.create(
            venue=venue, starts_at=starts, ends_at=starts + timedelta(hours=2)
        )
        on_theme.modules.add(finished)
        TrainingSession.objects.create(
            venue=venue, starts_at=starts, ends_at=starts + timedelta(hours=2)
        )
        with translation.override("nl"):
            listed = parent.get(reverse("trainings:sessions"), {"theme": "gaming", "place": "9000"})
        assert [s.pk for s in listed.context["page"].object_list] == [on_theme.pk]

    def test_the_download_is_the_tip_sheet_in_the_pages_language(self, parent, finished):
        response = parent.get(tips_url(finished, "fr"), {"download": "txt"})
        assert response["Content-Type"] == "text/plain; charset=utf-8"
        # Named in the page's language, as the parent will find it in their downloads.
        assert response["Content-Disposition"] == (
            'attachment; filename="fiche-conseils-jeux-video.txt"'
        )
        assert response["Cache-Control"] == "no-store"
        text = response.content.decode()
        assert "Ma fiche conseils : Jeux vidéo" in text
        assert "- Jouez ensemble." in text and "- Regardez PEGI." in text
        assert "Samen praten." in text  # the parent's own answer, on their own device


@pytest.mark.django_db
class TestSendMyTipSheetToMe:
    def test_it_goes_through_the_outbox_in_the_pages_language(
        self, parent, finished, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            response = parent.post(tips_url(finished, "fr"), {"email": "papa@example.org"})
        assert response.status_code == 302
        assert response["Location"] == tips_url(finished, "fr")  # no address in the URL
        message = Message.objects.get(kind=TIP_SHEET)
        assert (message.address, message.language, message.status) == (
            "papa@example.org",
            "fr",
            Message.Status.SENT,
        )
        assert "papa@example.org" not in message.dedupe_key
        sent = mail.outbox[0]
        assert sent.to == ["papa@example.org"]
        assert sent.subject == "Votre fiche conseils : Jeux vidéo"
        assert "- Jouez ensemble." in sent.body and "Regardez PEGI." in sent.alternatives[0][0]
        assert "Nous l'effaçons après 7 jours" in sent.body
        # What the parent wrote themselves goes with it, as on the page and the download.
        assert "Mes propres réponses" in sent.body and "Samen praten." in sent.body
        assert "Samen praten." in sent.alternatives[0][0]
        page = text_of(parent.get(response["Location"]).content.decode())
        assert "Merci. Votre fiche conseils est en route." in page
        assert "papa@example.org" not in page

    def test_twice_in_an_hour_is_one_message(self, parent, finished):
        for _ in range(2):
            parent.post(tips_url(finished), {"email": "mama@example.org"})
        assert Message.objects.filter(kind=TIP_SHEET).count() == 1

    def test_a_wrong_address_is_answered_at_the_top(self, parent, finished):
        response = parent.post(tips_url(finished), {"email": "mama@"})
        page = response.content.decode()
        assert response.status_code == 400
        assert re.search(r"<title>Fout: ", page)
        assert page.index('id="error-summary"') < page.index("<h1")
        assert '<a href="#id_email">' in page and 'value="mama@"' in page
        assert not Message.objects.exists()

    def test_a_light_limit_per_visitor(self, parent, finished):
        from django.core.cache import cache

        cache.clear()
        statuses = [
            parent.post(tips_url(finished), {"email": f"p{n}@example.org"}).status_code
            for n in range(6)
        ]
        assert statuses == [302] * 5 + [429]
        assert Message.objects.filter(kind=TIP_SHEET).count() == 5
        cache.clear()

    def test_the_address_goes_with_the_message_after_a_week(self, parent, finished):
        parent.post(tips_url(finished), {"email": "opa@example.org"})
        message = Message.objects.get(kind=TIP_SHEET)
        assert forget_sent_tip_sheets() == 0
        Message.objects.filter(pk=message.pk).update(created_at=timezone.now() - timedelta(days=8))
        assert forget_sent_tip_sheets() == 1
        assert not Message.objects.filter(address="opa@example.org").exists()

    def test_a_preview_sends_nothing(self, coordinator_client, module):
        url = tips_url(module) + "?preview=1"
        response = coordinator_client.post(url, {"email": "coordinator@example.org"})
        assert response.status_code == 302
        assert not Message.objects.exists()
