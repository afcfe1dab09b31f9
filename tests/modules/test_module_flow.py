"""A parent goes through a module: start, answer, come back, resume elsewhere, finish."""

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from modules.models import (
    RESUME_ALPHABET,
    Choice,
    ModuleDayCount,
    QuestionDayCount,
    ResumeCode,
    Step,
    new_resume_code,
    resume_code_hash,
)
from modules.progress import SESSION_KEY


def step_url(module, key, language="nl"):
    with translation.override(language):
        return reverse("modules:step", kwargs={"slug": module.slug, "key": key})


def url(name, language="nl", **kwargs):
    with translation.override(language):
        return reverse(f"modules:{name}", kwargs=kwargs or None)


def choice(module, key, text):
    return Choice.objects.get(step__module=module, step__key=key, text_nl=text)


def walk_to(parent, module, key):
    """Do every step before `key` the quickest way."""
    for step in module.steps.order_by("order"):
        if step.key == key:
            return
        if step.kind == Step.Kind.QUESTION:
            right = [c.pk for c in step.choices.filter(is_correct=True)]
            parent.post(step_url(module, step.key), {"answer": right})
        else:
            parent.post(step_url(module, step.key), {"text": ""})


@pytest.mark.django_db
class TestGoingThrough:
    def test_the_list_shows_each_module_and_its_promise(self, parent, module):
        page = parent.get(url("list")).content.decode()
        assert "Gamen" in page and "Je weet hoe je over games praat." in page

    def test_start_leads_to_the_first_step_and_counts_once(self, parent, module):
        response = parent.post(url("start", slug=module.slug))
        assert response["Location"] == step_url(module, "intro")
        parent.post(url("start", slug=module.slug))
        assert ModuleDayCount.objects.get(module=module).started == 1

    def test_text_step_moves_on(self, parent, module):
        response = parent.post(step_url(module, "intro"))
        assert response["Location"] == step_url(module, "video")

    def test_the_video_comes_with_its_transcript(self, parent, module):
        walk_to(parent, module, "video")
        page = parent.get(step_url(module, "video")).content.decode()
        assert "Spreker: welkom bij de video." in page
        assert "<video" in page and 'preload="none"' in page

    def test_a_wrong_answer_gets_feedback_and_can_be_retried(self, parent, module):
        walk_to(parent, module, "pegi")
        wrong = choice(module, "pegi", "Moeilijkheid")
        response = parent.post(step_url(module, "pegi"), {"answer": str(wrong.pk)})
        assert response.status_code == 302
        page = parent.get(step_url(module, "pegi")).content.decode()
        assert "Uitleg bij Moeilijkheid." in page
        assert "?again=1" in page
        retry = parent.get(step_url(module, "pegi") + "?again=1").content.decode()
        assert 'type="radio"' in retry
        right = choice(module, "pegi", "PEGI 12")
        parent.post(step_url(module, "pegi"), {"answer": str(right.pk)})
        page = parent.get(step_url(module, "pegi")).content.decode()
        assert "Uitleg bij PEGI 12." in page and "?again=1" not in page
        counts = QuestionDayCount.objects.get(step__key="pegi")
        assert (counts.answers, counts.wrong) == (2, 1)

    def test_multiple_choice_needs_every_right_answer(self, parent, module):
        walk_to(parent, module, "risks")
        half = choice(module, "risks", "Aankopen")
        parent.post(step_url(module, "risks"), {"answer": [half.pk]})
        response = parent.get(step_url(module, "risks"))
        assert response.context["feedback"]["correct"] is False
        assert [c.text_nl for c in response.context["feedback"]["missed"]] == [
            "Chatten met vreemden"
        ]

    def test_answers_are_checked_on_the_server_in_french_too(self, parent, module):
        walk_to(parent, module, "pegi")
        right = choice(module, "pegi", "PEGI 12")
        parent.post(step_url(module, "pegi", "fr"), {"answer": str(right.pk)})
        page = parent.get(step_url(module, "pegi", "fr")).content.decode()
        assert "Explication PEGI 12." in page

    def test_leaving_and_coming_back_keeps_progress(self, parent, module):
        walk_to(parent, module, "risks")
        page = parent.get(module.get_absolute_url()).content.decode()
        assert "60%" in page


@pytest.mark.django_db
class TestTampering:
    def test_a_choice_of_another_question_is_refused(self, parent, module, other_module):
        walk_to(parent, module, "pegi")
        foreign = Choice.objects.get(step__module=other_module, text_nl="Waar")
        response = parent.post(step_url(module, "pegi"), {"answer": str(foreign.pk)})
        assert response.status_code == 400
        assert response.context["form"].errors["answer"]
        assert "pegi" not in parent.session[SESSION_KEY]["gaming"].get("answers", {})

    @pytest.mark.parametrize("value", ["", "abc", "99999999"])
    def test_rubbish_answers_are_refused(self, parent, module, value):
        walk_to(parent, module, "pegi")
        response = parent.post(step_url(module, "pegi"), {"answer": value})
        assert response.status_code == 400

    def test_a_step_beyond_progress_redirects_to_where_the_parent_is(self, parent, module):
        parent.post(step_url(module, "intro"))
        response = parent.get(step_url(module, "reflect"))
        assert response["Location"] == step_url(module, "video")
        response = parent.post(step_url(module, "reflect"), {"text": "x"})
        assert response["Location"] == step_url(module, "video")

    def test_an_unknown_step_or_a_step_of_another_module_is_404(self, parent, module, other_module):
        assert parent.get(step_url(module, "nope")).status_code == 404
        assert parent.get(step_url(module, "q")).status_code == 404

    def test_a_draft_module_is_invisible(self, parent, module):
        module.status = module.Status.DRAFT
        module.save()
        assert parent.get(module.get_absolute_url()).status_code == 404
        assert "Gamen" not in parent.get(url("list")).content.decode()


@pytest.mark.django_db
class TestFinishing:
    def test_the_tip_sheet_waits_until_the_end(self, parent, module):
        parent.post(step_url(module, "intro"))
        response = parent.get(url("tips", slug=module.slug))
        assert response["Location"] == step_url(module, "video")

    def test_the_tip_sheet_has_tips_and_own_answers_and_counts_once(self, parent, module):
        walk_to(parent, module, "reflect")
        response = parent.post(step_url(module, "reflect"), {"text": "Ik speel eerst mee."})
        assert response["Location"] == url("tips", slug=module.slug)
        page = parent.get(url("tips", slug=module.slug)).content.decode()
        assert "Speel samen." in page and "Ik speel eerst mee." in page
        assert "/nl/modules/gaming/" in page
        parent.get(url("tips", slug=module.slug))
        counts = ModuleDayCount.objects.get(module=module)
        assert (counts.started, counts.finished) == (1, 1)

    def test_a_reflection_that_is_too_long_keeps_the_text(self, parent, module):
        walk_to(parent, module, "reflect")
        response = parent.post(step_url(module, "reflect"), {"text": "woord " * 300})
        assert response.status_code == 400
        assert "woord woord" in response.content.decode()


@pytest.mark.django_db
class TestResumeCode:
    def test_codes_avoid_look_alike_characters(self):
        assert not set("0O1IL2Z5S8B") & set(RESUME_ALPHABET)
        assert set(new_resume_code()) <= set(RESUME_ALPHABET)

    def test_resume_on_a_second_browser(self, parent, module):
        walk_to(parent, module, "risks")
        shown = parent.post(url("create_code"), follow=True).content.decode()
        code = re.search(r"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}", shown).group().replace("-", "")
        assert ResumeCode.objects.get().code_hash == resume_code_hash(code)
        # Progress made after the code was given travels too.
        right = [c.pk for c in Step.objects.get(key="risks").choices.filter(is_correct=True)]
        parent.post(step_url(module, "risks"), {"answer": right})

        other_device = Client()
        typed = " ".join([code[:4].lower(), code[4:]])  # as people type it
        response = other_device.post(url("resume"), {"code": typed})
        assert response.status_code == 302
        assert other_device.get(step_url(module, "reflect")).status_code == 200

    def test_the_new_code_never_travels_in_a_cookie_and_shows_once(self, parent, module):
        # The messages cookie is signed, not encrypted (security review).
        response = parent.post(url("create_code"))
        assert "messages" not in response.cookies
        shown = parent.get(response["Location"]).content.decode()
        code = re.search(r"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}", shown).group()
        assert "Schrijf" in shown or "Write" in shown
        assert code not in parent.get(url("list")).content.decode()  # once

    @pytest.mark.parametrize("typed", ["", "ABC", "AAAAAAAA"])
    def test_a_bad_code_says_so_and_keeps_what_was_typed(self, parent, db, typed):
        response = parent.post(url("resume"), {"code": typed})
        assert response.status_code == 400
        assert response.context["form"].errors["code"]
        assert f'value="{typed}"' in response.content.decode()

    def test_an_expired_code_is_refused(self, parent, db):
        ResumeCode.objects.create(
            code_hash=resume_code_hash("ACDEFGHJKMNP"),
            progress={},
            expires_at=timezone.now() - timedelta(days=1),
        )
        response = parent.post(url("resume"), {"code": "ACDE-FGHJ-KMNP"})
        assert response.status_code == 400


@pytest.mark.django_db
@pytest.mark.parametrize("extra_steps", [0, 30])
def test_a_step_page_runs_a_constant_number_of_queries(
    parent, module, extra_steps, django_assert_max_num_queries
):
    for n in range(extra_steps):
        step = Step.objects.create(
            module=module,
            key=f"extra-{n}",
            order=10 + n,
            kind=Step.Kind.QUESTION,
            question_type="single",
            title_nl=f"Extra {n}",
        )
        Choice.objects.create(step=step, text_nl="a", feedback_nl="b", is_correct=True)
    walk_to(parent, module, "pegi")
    # session, module, steps, choices, footer contacts (plus the session update)
    with django_assert_max_num_queries(6):
        assert parent.get(step_url(module, "pegi")).status_code == 200


@pytest.mark.django_db
class TestCoordinators:
    def test_preview_a_step_of_a_draft_module_without_saving(self, coordinator, module):
        module.status = module.Status.DRAFT
        module.save()
        response = coordinator.get(step_url(module, "reflect") + "?preview=1")
        assert response.status_code == 200
        assert "Je kind wil een game van 18." in response.content.decode()
        coordinator.post(step_url(module, "reflect") + "?preview=1", {"text": "x"})
        assert SESSION_KEY not in coordinator.session

    def test_a_parent_cannot_use_preview(self, parent, module):
        response = parent.get(step_url(module, "reflect") + "?preview=1")
        assert response.status_code == 302

    def test_a_new_version_keeps_the_progress_of_parents_halfway(
        self, parent, coordinator_client, module
    ):
        walk_to(parent, module, "risks")
        # The new version puts a new step first and retires the video.
        Step.objects.filter(module=module, key="video").update(is_active=False)
        Step.objects.create(
            module=module, key="new-intro", order=0, kind=Step.Kind.TEXT, title_nl="Nieuw"
        )
        Step.objects.filter(module=module, key="intro").update(order=1)
        coordinator_client.post(
            reverse("admin:modules_module_changelist"),
            {"action": "publish_new_version", "_selected_action": [module.pk], "post": "yes"},
        )
        module.refresh_from_db()
        assert module.version == 2
        # Done steps stay done; the parent is sent to the one new step they have not seen.
        response = parent.get(step_url(module, "risks"))
        assert response["Location"] == step_url(module, "new-intro")
        parent.post(step_url(module, "new-intro"))
        assert parent.get(step_url(module, "risks")).status_code == 200

    def test_the_step_admin_shows_scores_and_preview_links(self, coordinator, module):
        step = Step.objects.get(key="intro")
        page = coordinator.get(reverse("admin:modules_step_change", args=[step.pk])).content
        assert b"vo-score" in page and b"?preview=1" in page
