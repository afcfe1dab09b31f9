"""What a parent reads after answering, and the answer options they tap."""

import re

import pytest
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext

from modules.models import Choice, Module, Step
from tests.modules.test_module_flow import step_url, walk_to


def say(text, language="nl"):
    with translation.override(language):
        return gettext(text)


def feedback_lines(page):
    """Each piece of feedback as plain text, one line per answer named."""
    section = page.split('id="feedback"', 1)[1].split("</section>", 1)[0]
    items = re.findall(r"<li>(.*?)</li>", section, re.S)
    return [" ".join(re.sub(r"<[^>]+>", " ", item).split()) for item in items]


def answer(parent, module, key, *texts, language="nl"):
    chosen = [Choice.objects.get(step__key=key, text_nl=text).pk for text in texts]
    parent.post(step_url(module, key, language), {"answer": chosen})
    return parent.get(step_url(module, key, language)).content.decode()


@pytest.mark.django_db
class TestFeedbackOnOneRightAnswer:
    @pytest.mark.parametrize("language", ["nl", "fr"])
    def test_a_wrong_answer_names_the_right_answer(self, parent, module, language):
        walk_to(parent, module, "pegi")
        page = answer(parent, module, "pegi", "Moeilijkheid", language=language)
        wrong = Choice.objects.get(step__key="pegi", is_correct=False)
        right = Choice.objects.get(step__key="pegi", is_correct=True)
        with translation.override(language):
            assert feedback_lines(page) == [
                f"{say('Your answer:', language)} {wrong.text} "
                f"{capfirst(say('not right', language))}. {wrong.feedback}",
                f"{say('The right answer:', language)} {right.text} {right.feedback}",
            ]
        assert say("this one is right too", language) not in page

    def test_true_or_false_is_a_question_with_one_right_answer(self, parent, other_module):
        page = answer(parent, other_module, "q", "Niet waar")
        lines = feedback_lines(page)
        assert lines[0].startswith(f"{say('Your answer:')} Niet waar")
        assert lines[1] == f"{say('The right answer:')} Waar Uitleg bij Waar."

    def test_a_right_answer_says_so(self, parent, module):
        walk_to(parent, module, "pegi")
        page = answer(parent, module, "pegi", "PEGI 12")
        assert say("Well done, that is right.") in page
        assert feedback_lines(page) == [
            f"{say('Your answer:')} PEGI 12 {capfirst(say('right'))}. Uitleg bij PEGI 12."
        ]


@pytest.mark.django_db
class TestFeedbackOnSeveralRightAnswers:
    def test_a_missed_right_answer_is_right_too(self, parent, module):
        walk_to(parent, module, "risks")
        page = answer(parent, module, "risks", "Aankopen", "Niets")
        assert feedback_lines(page) == [
            f"{say('You ticked:')} Aankopen {capfirst(say('right'))}. Uitleg bij Aankopen.",
            f"{say('You ticked:')} Niets {capfirst(say('not right'))}. Uitleg bij Niets.",
            f"{say('You did not tick:')} Chatten met vreemden "
            f"{capfirst(say('this one is right too'))}. Uitleg bij Chatten met vreemden.",
        ]
        assert say("The right answer:") not in page


@pytest.mark.django_db
class TestAnswerOptions:
    @pytest.mark.parametrize(("key", "kind"), [("pegi", "radio"), ("risks", "checkbox")])
    def test_each_option_is_a_bootstrap_check_beside_its_label(self, parent, module, key, kind):
        walk_to(parent, module, key)
        page = parent.get(step_url(module, key)).content.decode()
        options = re.findall(
            r'<div class="form-check answer-option"><input ([^>]*)><label class="form-check-label"',
            page,
        )
        assert len(options) == Choice.objects.filter(step__key=key).count()
        for attributes in options:
            assert f'type="{kind}"' in attributes and 'class="form-check-input"' in attributes

    def test_the_agreement_boxes_too(self, parent, social_media):
        walk_to(parent, social_media, "agreement")
        page = parent.get(step_url(social_media, "agreement")).content.decode()
        boxes = re.findall(r'<div class="form-check agreement-option"><input ([^>]*)>', page)
        assert len(boxes) == 3
        assert all('class="form-check-input"' in box for box in boxes)


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_demo_questions_give_their_instruction_once(coordinator, demo, language):
    """The form says how many answers to choose; the question's own text does not repeat it."""
    questions = Step.objects.filter(
        kind=Step.Kind.QUESTION, is_active=True, module__status=Module.Status.PUBLISHED
    ).select_related("module")
    assert questions.filter(question_type=Step.QuestionType.MULTIPLE).exists()
    for step in questions:
        instruction = say(
            "Choose every right answer."
            if step.question_type == Step.QuestionType.MULTIPLE
            else "Choose one answer.",
            language,
        )
        page = coordinator.get(step_url(step.module, step.key, language) + "?preview=1")
        text = re.sub(r"<[^>]+>", " ", page.content.decode())
        assert text.count(instruction) == 1, (step.module.slug, step.key)
