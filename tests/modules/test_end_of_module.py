"""The end of a module: the last step finishes it, leads to the tip sheet, and it shows as finished.

Going through a finished module again starts at step 1 and counts nothing twice.
"""

import html
import re

import pytest
from django.utils import translation
from django.utils.translation import gettext

from modules.models import Choice, ModuleDayCount, Step
from modules.progress import SESSION_KEY
from tests.modules.test_module_flow import step_url, url, walk_to


def say(text, language="nl"):
    with translation.override(language):
        return gettext(text)


def links(page):
    """Every link of the page's main content as (address, text without tags)."""
    page = page.split("<main", 1)[1].split("</main>", 1)[0]
    return [
        (html.unescape(href), re.sub(r"<[^>]+>", "", text).strip())
        for href, text in re.findall(r'<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', page, re.S)
    ]


def link_to(page, address):
    return [text for href, text in links(page) if href == address]


def counts(module):
    row = ModuleDayCount.objects.filter(module=module).first()
    return (row.started, row.finished) if row else (0, 0)


def finish(parent, module):
    """Do every step; return the response to the last one."""
    last = module.steps.filter(is_active=True).order_by("order", "id").last()
    walk_to(parent, module, last.key)
    if last.kind == Step.Kind.QUESTION:
        right = [c.pk for c in last.choices.filter(is_correct=True)]
        return parent.post(step_url(module, last.key), {"answer": right})
    return parent.post(step_url(module, last.key), {"text": "Samen praten."})


@pytest.mark.django_db
class TestTheLastStepFinishesTheModule:
    @pytest.mark.parametrize(
        "kind", [Step.Kind.TEXT, Step.Kind.TIP, Step.Kind.REFLECTION, Step.Kind.AGREEMENT]
    )
    def test_of_any_kind_and_leads_to_the_tip_sheet(self, parent, module, kind):
        Step.objects.create(module=module, key="last", order=9, kind=kind, title_nl="Laatste")
        response = finish(parent, module)
        assert response["Location"] == url("tips", slug=module.slug)
        assert parent.session[SESSION_KEY]["gaming"]["finished"]
        assert counts(module) == (1, 1)

    def test_a_question_as_last_step_finishes_it_and_shows_the_feedback_first(
        self, parent, other_module
    ):
        response = finish(parent, other_module)
        assert response["Location"] == step_url(other_module, "q") + "#feedback"
        assert counts(other_module) == (1, 1)
        page = parent.get(step_url(other_module, "q")).content.decode()
        assert link_to(page, url("tips", slug=other_module.slug)) == [say("See your tip sheet")]

    def test_the_family_agreement_leads_to_the_tip_sheet_not_a_dead_end(self, parent, social_media):
        response = finish(parent, social_media)
        assert response["Location"] == url("tips", slug=social_media.slug)
        page = parent.get(response["Location"]).content.decode()
        assert say("You finished this module. Well done!") in page
        assert say("Use your browser's print button to print this sheet on one page.") in page
        assert link_to(page, url("agreement", slug=social_media.slug)) == [
            say("Print our family agreement, to sign together")
        ]
        assert link_to(page, url("list")) == [say("Back to the modules")]

    def test_the_agreement_page_leads_back_to_the_tip_sheet(self, parent, social_media):
        finish(parent, social_media)
        page = parent.get(url("agreement", slug=social_media.slug)).content.decode()
        assert link_to(page, url("tips", slug=social_media.slug)) == [say("Your tip sheet")]
        assert link_to(page, step_url(social_media, "agreement")) == [say("Change our agreement")]
        assert link_to(page, social_media.get_absolute_url()) == [say("Back to the module")]

    def test_the_tip_sheet_links_to_the_module_and_shows_its_full_address(
        self, parent, social_media
    ):
        finish(parent, social_media)
        page = parent.get(url("tips", slug=social_media.slug)).content.decode()
        address = "http://testserver/nl/modules/social-media/"
        # Words on the screen; the address itself printed beside it on paper.
        assert link_to(page, address) == [say("Go through the module again")]
        assert f'<span class="d-none d-print-inline">: {address}</span>' in page

    def test_the_module_page_and_list_say_finished_and_link_the_tip_sheet(
        self, parent, social_media
    ):
        finish(parent, social_media)
        tips = url("tips", slug=social_media.slug)
        page = parent.get(social_media.get_absolute_url()).content.decode()
        assert say("You finished this module. Well done!") in page
        assert link_to(page, tips) == [say("Your tip sheet")]
        assert say("Go through it again") in page and say("Continue") not in page
        listing = parent.get(url("list")).content.decode()
        assert say("Finished") in listing
        assert link_to(listing, tips) == [f"{say('Your tip sheet')}: Sociale media"]

    def test_finished_is_counted_once(self, parent, social_media):
        finish(parent, social_media)
        parent.get(url("tips", slug=social_media.slug))
        parent.get(social_media.get_absolute_url())
        parent.post(url("start", slug=social_media.slug))  # go through it again
        finish(parent, social_media)
        parent.get(url("tips", slug=social_media.slug))
        assert counts(social_media) == (1, 1)

    def test_progress_of_every_step_done_but_not_finished_counts_as_finished(
        self, parent, social_media
    ):
        """Progress kept before modules were finished on their last step."""
        session = parent.session
        session[SESSION_KEY] = {
            "social-media": {
                "started": "2025-01-01T10:00:00+00:00",
                "done": ["intro", "age", "reflect", "agreement"],
            }
        }
        session.save()
        page = parent.get(social_media.get_absolute_url()).content.decode()
        assert say("You finished this module. Well done!") in page
        assert link_to(page, url("tips", slug=social_media.slug)) == [say("Your tip sheet")]
        parent.get(url("tips", slug=social_media.slug))
        assert counts(social_media) == (0, 1)


@pytest.mark.django_db
class TestGoingThroughAgain:
    def test_starts_at_step_1(self, parent, social_media):
        finish(parent, social_media)
        response = parent.post(url("start", slug=social_media.slug))
        assert response["Location"] == step_url(social_media, "intro")

    def test_asks_the_questions_afresh_and_keeps_what_the_parent_wrote(self, parent, social_media):
        walk_to(parent, social_media, "reflect")
        parent.post(step_url(social_media, "reflect"), {"text": "Eerst praten we."})
        parent.post(step_url(social_media, "agreement"), {"own_1": "Geen gsm aan tafel."})
        parent.post(url("start", slug=social_media.slug))
        question = parent.get(step_url(social_media, "age")).content.decode()
        assert 'type="radio"' in question and 'id="feedback"' not in question
        reflection = parent.get(step_url(social_media, "reflect")).content.decode()
        assert "Eerst praten we." in reflection
        agreement = parent.get(step_url(social_media, "agreement")).content.decode()
        assert 'value="Geen gsm aan tafel."' in agreement
        # Still finished, with its tip sheet, while going through it again.
        assert parent.get(url("tips", slug=social_media.slug)).status_code == 200
        assert counts(social_media) == (1, 1)

    def test_the_module_page_says_what_going_through_again_does(self, parent, social_media):
        finish(parent, social_media)
        page = parent.get(social_media.get_absolute_url()).content.decode()
        assert (
            say(
                "You start again at step 1. The quiz questions are asked afresh; what you "
                "wrote yourself is kept, for you to change."
            )
            in page
        )

    def test_a_second_round_of_answers_is_counted_as_answers(self, parent, social_media):
        finish(parent, social_media)
        parent.post(url("start", slug=social_media.slug))
        wrong = Choice.objects.get(step__key="age", text_nl="Waar")
        parent.post(step_url(social_media, "age"), {"answer": wrong.pk})
        step = Step.objects.get(key="age")
        assert list(step.answer_counts.values_list("answers", "wrong")) == [(2, 1)]


@pytest.mark.django_db
class TestAFirstVisitToAStep:
    def test_lands_on_the_module_page_with_a_kind_word(self, parent, module):
        response = parent.get(step_url(module, "risks", "fr"), follow=True)
        assert response.redirect_chain == [(url("module", "fr", slug=module.slug), 302)]
        # French pages tie "word :" with a non-breaking space: compare words.
        page = " ".join(response.content.decode().split())
        assert html.escape(say("Start here: the module begins with step 1.", "fr")) in page
        assert say("Take the steps in order: here is where you left off.", "fr") not in page

    def test_with_progress_the_parent_is_sent_back_to_where_they_were(self, parent, module):
        walk_to(parent, module, "video")
        response = parent.get(step_url(module, "risks"), follow=True)
        assert response.redirect_chain == [(step_url(module, "video"), 302)]
        assert say("Take the steps in order: here is where you left off.") in (
            response.content.decode()
        )

    def test_the_first_step_opens_as_it_is(self, parent, module):
        assert parent.get(step_url(module, "intro")).status_code == 200

    def test_the_tip_sheet_before_starting_leads_to_the_module_page(self, parent, module):
        response = parent.get(url("tips", slug=module.slug))
        assert response["Location"] == module.get_absolute_url()
