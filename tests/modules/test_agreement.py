"""The family agreement: made, changed later without starting over, printed in the page's language.

Suggestions are kept as references, the family's own lines as they typed them.
"""

import re

import pytest
from django.utils import translation
from django.utils.translation import gettext

from modules.models import AgreementSuggestion
from modules.progress import SESSION_KEY
from tests.modules.test_module_flow import step_url, url, walk_to


def say(text, language="nl"):
    with translation.override(language):
        return gettext(text)


def suggestion(text_nl):
    return AgreementSuggestion.objects.get(text_nl=text_nl)


def ticked(page):
    """The texts of the ticked suggestions in the builder."""
    boxes = re.findall(
        r'<div class="form-check[^"]*">(<input [^>]*>)<label[^>]*>([^<]*)</label>', page
    )
    return [label for tag, label in boxes if " checked" in tag]


def sheet(page):
    """The lines of the printed agreement."""
    article = page.split('<article class="agreement-sheet">', 1)[1].split("</article>", 1)[0]
    return re.findall(r"<li>(.*?)</li>", article)


@pytest.fixture
def agreed(parent, social_media):
    """A parent who reached the builder and chose two suggestions and wrote one line."""
    walk_to(parent, social_media, "agreement")
    parent.post(
        step_url(social_media, "agreement"),
        {
            "chosen": [suggestion("Afspraak 0").pk, suggestion("Afspraak 2").pk],
            "own_1": "Geen gsm aan tafel bij oma.",
        },
    )
    return parent


@pytest.mark.django_db
class TestChangingTheAgreement:
    def test_the_builder_shows_what_was_chosen_and_written_before(self, agreed, social_media):
        page = agreed.get(step_url(social_media, "agreement")).content.decode()
        # Suggestions come in their topics' order: bedroom (2) before screen time (0).
        assert ticked(page) == ["Afspraak 2", "Afspraak 0"]
        assert 'name="own_1" id="id_own_1" maxlength="200"' in page
        assert 'value="Geen gsm aan tafel bij oma."' in page

    def test_saving_again_keeps_the_changes_not_the_earlier_list(self, agreed, social_media):
        agreed.post(
            step_url(social_media, "agreement"),
            {
                "chosen": [suggestion("Afspraak 2").pk, suggestion("Afspraak 1").pk],
                "own_1": "Geen gsm aan tafel, ook niet bij opa.",
                "own_2": "Zondag is schermvrij.",
            },
        )
        page = agreed.get(url("agreement", slug=social_media.slug)).content.decode()
        assert sheet(page) == [
            "Afspraak 2",
            "Afspraak 1",
            "Geen gsm aan tafel, ook niet bij opa.",
            "Zondag is schermvrij.",
        ]
        builder = agreed.get(step_url(social_media, "agreement")).content.decode()
        assert ticked(builder) == ["Afspraak 2", "Afspraak 1"]

    def test_unticking_everything_leaves_an_empty_agreement(self, agreed, social_media):
        agreed.post(step_url(social_media, "agreement"), {})
        page = agreed.get(url("agreement", slug=social_media.slug)).content.decode()
        assert say("You have not chosen any agreements yet.") in page


@pytest.mark.django_db
class TestTheLanguageOfTheSheet:
    def test_suggestions_are_kept_as_references_and_own_lines_as_typed(self, agreed):
        kept = agreed.session[SESSION_KEY]["social-media"]["agreement"]
        assert kept == {
            "suggestions": [suggestion("Afspraak 2").pk, suggestion("Afspraak 0").pk],
            "own": ["Geen gsm aan tafel bij oma."],
        }

    def test_after_switching_to_french_the_suggestions_are_in_french(self, agreed, social_media):
        page = agreed.get(url("agreement", "fr", slug=social_media.slug)).content.decode()
        assert sheet(page) == ["Accord 2", "Accord 0", "Geen gsm aan tafel bij oma."]
        tips = agreed.get(url("tips", "fr", slug=social_media.slug)).content.decode()
        assert "Accord 0" in tips and "Afspraak 0" not in tips

    def test_a_suggestion_changed_by_a_coordinator_shows_its_new_text(self, agreed, social_media):
        AgreementSuggestion.objects.filter(text_nl="Afspraak 0").update(text_nl="Afspraak nul")
        page = agreed.get(url("agreement", slug=social_media.slug)).content.decode()
        assert "Afspraak nul" in sheet(page) and "Afspraak 0" not in sheet(page)

    def test_a_deleted_suggestion_is_left_out(self, agreed, social_media):
        suggestion("Afspraak 0").delete()
        page = agreed.get(url("agreement", slug=social_media.slug)).content.decode()
        assert sheet(page) == ["Afspraak 2", "Geen gsm aan tafel bij oma."]

    def test_an_agreement_kept_as_texts_before_is_read_as_references(self, parent, social_media):
        """Agreements saved before suggestions were kept by reference: a list of texts."""
        walk_to(parent, social_media, "agreement")
        session = parent.session
        session[SESSION_KEY]["social-media"]["agreement"] = ["Accord 1", "Onze eigen regel"]
        session.save()
        builder = parent.get(step_url(social_media, "agreement")).content.decode()
        assert ticked(builder) == ["Afspraak 1"]
        assert 'value="Onze eigen regel"' in builder
        page = parent.get(url("agreement", slug=social_media.slug)).content.decode()
        assert sheet(page) == ["Afspraak 1", "Onze eigen regel"]


@pytest.mark.django_db
class TestWhatWeSayWeKeep:
    def test_the_page_says_it_is_kept_in_the_session_and_with_a_code(
        self, agreed, social_media, settings
    ):
        page = agreed.get(url("agreement", slug=social_media.slug)).content.decode()
        days = settings.SESSION_COOKIE_AGE // 86400
        assert days == 90
        with translation.override("nl"):
            expected = translation.ngettext(
                "We keep your agreement only in this browser's session, for up to %(days)s "
                "day, and with your code if you ask for one.",
                "We keep your agreement only in this browser's session, for up to %(days)s "
                "days, and with your code if you ask for one.",
                days,
            ) % {"days": days}
        assert expected in page
        assert "Nothing of it is kept" not in page
