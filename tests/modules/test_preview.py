"""A coordinator previews a module's steps as parents see them, draft modules too.

A preview stores nothing: no progress in anyone's session, no counts in the statistics.
Anyone who is not staff gets exactly what parents get.
"""

import html
import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from modules.models import Choice, Module, ModuleDayCount, QuestionDayCount, Step
from modules.progress import SESSION_KEY
from tests.modules.test_module_flow import step_url, url, walk_to


def in_dutch(text):
    with translation.override("nl"):
        return gettext(text)


STEP_BANNER = in_dutch("Preview: this is how parents see this step. Answers are not saved.")
PAGE_BANNER = in_dutch("Preview: this is how parents see this page. Nothing is saved.")


def link(page, text):
    """The address of the link (or button link) whose text is `text`."""
    match = re.search(r'<a [^>]*href="([^"]+)"[^>]*>' + re.escape(text) + "</a>", page)
    assert match, f"no link {text!r}"
    return html.unescape(match[1])


def nothing_counted():
    return not ModuleDayCount.objects.exists() and not QuestionDayCount.objects.exists()


@pytest.fixture
def draft(module):
    module.status = Module.Status.DRAFT
    module.save()
    return module


@pytest.mark.django_db
class TestPreviewOfAStep:
    def test_the_banner_says_it_is_a_preview(self, coordinator, module):
        page = coordinator.get(step_url(module, "intro") + "?preview=1").content.decode()
        assert STEP_BANNER in page
        assert STEP_BANNER not in coordinator.get(step_url(module, "intro")).content.decode()

    def test_a_wrong_answer_shows_its_feedback_and_stores_nothing(self, coordinator, draft):
        wrong = Choice.objects.get(step__key="pegi", text_nl="Moeilijkheid")
        response = coordinator.post(step_url(draft, "pegi") + "?preview=1", {"answer": wrong.pk})
        assert response.status_code == 200
        page = response.content.decode()
        assert in_dutch("Not quite.") in page
        assert "Uitleg bij Moeilijkheid." in page and "Uitleg bij PEGI 12." in page
        assert STEP_BANNER in page
        # Trying again and going on stay in the preview.
        assert link(page, in_dutch("Try again")) == "?preview=1"
        assert link(page, in_dutch("Next step")) == step_url(draft, "risks") + "?preview=1"
        assert SESSION_KEY not in coordinator.session
        assert nothing_counted()

    def test_a_multiple_choice_answer_missing_a_right_one_is_wrong(self, coordinator, module):
        half = Choice.objects.get(step__key="risks", text_nl="Aankopen")
        response = coordinator.post(step_url(module, "risks") + "?preview=1", {"answer": [half.pk]})
        assert response.context["feedback"]["correct"] is False
        assert "Uitleg bij Chatten met vreemden." in response.content.decode()
        assert nothing_counted()

    def test_an_invalid_answer_is_refused_as_for_parents(self, coordinator, module):
        foreign = Step.objects.create(module=module, key="x", order=9, kind="question")
        other = Choice.objects.create(step=foreign, text_nl="a", feedback_nl="b", is_correct=True)
        response = coordinator.post(step_url(module, "pegi") + "?preview=1", {"answer": other.pk})
        assert response.status_code == 400
        assert response.context["form"].errors["answer"]

    def test_the_coordinators_own_progress_is_neither_shown_nor_changed(self, coordinator, module):
        walk_to(coordinator, module, "risks")  # as a parent, in the same browser
        saved = coordinator.session[SESSION_KEY]
        counted = QuestionDayCount.objects.get(step__key="pegi").answers
        page = coordinator.get(step_url(module, "pegi") + "?preview=1").content.decode()
        assert 'type="radio"' in page  # the question, not the feedback on the own answer
        right = Choice.objects.get(step__key="risks", text_nl="Niets")
        coordinator.post(step_url(module, "risks") + "?preview=1", {"answer": [right.pk]})
        coordinator.post(step_url(module, "reflect") + "?preview=1", {"text": "Geheim"})
        assert coordinator.session[SESSION_KEY] == saved
        assert QuestionDayCount.objects.get(step__key="pegi").answers == counted
        assert not QuestionDayCount.objects.filter(step__key="risks").exists()


@pytest.mark.django_db
class TestWalkingThroughADraftModule:
    def test_from_the_module_page_to_the_tip_sheet_without_a_trace(self, coordinator, draft):
        page = coordinator.get(draft.get_absolute_url() + "?preview=1").content.decode()
        assert PAGE_BANNER in page
        address = link(page, in_dutch("Start"))
        assert address == step_url(draft, "intro") + "?preview=1"

        seen = []
        for key in ["intro", "video", "pegi", "risks", "reflect"]:
            response = coordinator.get(address)
            assert response.status_code == 200, key
            page = response.content.decode()
            assert STEP_BANNER in page
            seen.append(response.context["step"].key)
            if key != "intro":
                previous = link(page, in_dutch("Previous step"))
                assert previous.endswith("?preview=1")
                assert coordinator.get(previous).status_code == 200
            if key in ("pegi", "risks"):
                right = Choice.objects.filter(step__key=key, is_correct=True)
                answered = coordinator.post(address, {"answer": [c.pk for c in right]})
                assert in_dutch("Well done, that is right.") in answered.content.decode()
                address = link(answered.content.decode(), in_dutch("Next step"))
            else:
                # The step's own button sends the form: it leads to the next step, in preview.
                assert re.search(r'<form method="post" action="[^"]+\?preview=1"', page)
                address = coordinator.post(address, {"text": "iets"})["Location"]
        assert seen == ["intro", "video", "pegi", "risks", "reflect"]
        assert address == url("tips", slug=draft.slug) + "?preview=1"

        tips = coordinator.get(address)
        assert tips.status_code == 200
        assert "Speel samen." in tips.content.decode()
        assert PAGE_BANNER in tips.content.decode()
        assert SESSION_KEY not in coordinator.session
        assert nothing_counted()

    def test_view_on_site_opens_the_preview_of_a_draft(self, coordinator, draft):
        change = coordinator.get(reverse("admin:modules_module_change", args=[draft.pk]))
        address = link(change.content.decode(), in_dutch("View on site"))
        response = coordinator.get(address, follow=True)
        assert response.status_code == 200
        assert PAGE_BANNER in response.content.decode()
        assert "Gamen" in response.content.decode()

    def test_the_family_agreement_in_preview_is_shown_not_kept(self, coordinator, draft):
        Step.objects.create(
            module=draft, key="agreement", order=9, kind=Step.Kind.AGREEMENT, title_nl="Afspraken"
        )
        response = coordinator.post(
            step_url(draft, "agreement") + "?preview=1", {"own_1": "Geen gsm aan tafel"}
        )
        assert response.status_code == 200
        assert "Geen gsm aan tafel" in response.content.decode()
        assert PAGE_BANNER in response.content.decode()
        assert SESSION_KEY not in coordinator.session


@pytest.mark.django_db
class TestOnlyForStaff:
    @pytest.mark.parametrize("name", ["module", "tips", "agreement"])
    def test_a_parent_asking_for_a_preview_of_a_draft_gets_404(self, parent, draft, name):
        assert parent.get(url(name, slug=draft.slug) + "?preview=1").status_code == 404

    def test_a_parent_cannot_open_a_draft_step(self, parent, draft):
        assert parent.get(step_url(draft, "intro") + "?preview=1").status_code == 404

    def test_a_parent_who_answers_with_preview_in_the_address_is_counted(self, parent, module):
        walk_to(parent, module, "pegi")
        right = Choice.objects.get(step__key="pegi", text_nl="PEGI 12")
        response = parent.post(step_url(module, "pegi") + "?preview=1", {"answer": right.pk})
        assert response.status_code == 302
        assert QuestionDayCount.objects.get(step__key="pegi").answers == 1
        page = parent.get(step_url(module, "pegi") + "?preview=1").content.decode()
        assert STEP_BANNER not in page

    def test_staff_without_preview_in_the_address_see_what_parents_see(self, db):
        staff = Client()
        module = Module.objects.create(number=1, slug="draft", title_nl="Klad")
        staff.force_login(get_user_model().objects.create_user("staff", is_staff=True))
        assert staff.get(module.get_absolute_url()).status_code == 404
