"""Coordinators write modules in the admin: questions that make sense, numbers parents see,
versions raised on purpose, indicator figures nobody can alter."""

import html
import re

import pytest
from django.contrib import admin
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext, ngettext

from modules.models import Choice, Module, ModuleDayCount, QuestionDayCount, Step
from tests.modules.test_module_flow import step_url, walk_to


def in_dutch(text, **params):
    with translation.override("nl"):
        return gettext(text) % params if params else gettext(text)


def change_form_data(response):
    """What the browser would send back from an admin change page, unchanged."""
    data = {}
    forms = [response.context["adminform"].form]
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        management = formset.management_form
        for name in management.fields:
            data[management.add_prefix(name)] = management[name].value()
        forms += formset.forms
    for form in forms:
        for field in form:
            value = field.value()
            if value is None:
                continue
            if isinstance(value, bool):
                if value:
                    data[field.html_name] = "on"
                continue
            data[field.html_name] = value
    return data


def choice_fields(data):
    """The inline prefixes of the step's answers, by their Dutch text."""
    prefixes = {}
    for name, value in data.items():
        match = re.fullmatch(r"(choices-\d+)-text_nl", name)
        if match:
            prefixes[value] = match[1]
    return prefixes


@pytest.mark.django_db
class TestQuestionsNeedRightAnswers:
    def post(self, coordinator, step, **changes):
        url = reverse("admin:modules_step_change", args=[step.pk])
        data = change_form_data(coordinator.get(url))
        prefixes = choice_fields(data)
        for text, is_correct in changes.pop("right", {}).items():
            key = f"{prefixes[text]}-is_correct"
            if is_correct:
                data[key] = "on"
            else:
                data.pop(key, None)
        for text in changes.pop("delete", []):
            data[f"{prefixes[text]}-DELETE"] = "on"
        data.update(changes)
        return coordinator.post(url, data)

    def test_the_unchanged_page_saves(self, coordinator, module):
        response = self.post(coordinator, Step.objects.get(key="risks"))
        assert response.status_code == 302

    def test_a_question_without_a_right_answer_is_refused(self, coordinator, module):
        step = Step.objects.get(key="pegi")
        response = self.post(coordinator, step, right={"PEGI 12": False})
        assert response.status_code == 200
        page = html.unescape(response.content.decode())
        assert (
            in_dutch(
                "Mark at least one answer as the right answer: parents are told whether their "
                "answer is right."
            )
            in page
        )
        assert Choice.objects.get(text_nl="PEGI 12").is_correct

    def test_deleting_the_only_right_answer_is_refused(self, coordinator, module):
        step = Step.objects.get(key="pegi")
        response = self.post(coordinator, step, delete=["PEGI 12"])
        assert response.status_code == 200
        assert step.choices.count() == 2

    @pytest.mark.parametrize("question_type", ["single", "true_false"])
    def test_one_right_answer_means_one(self, coordinator, module, question_type):
        step = Step.objects.get(key="pegi")
        response = self.post(
            coordinator, step, question_type=question_type, right={"Moeilijkheid": True}
        )
        assert response.status_code == 200
        page = html.unescape(response.content.decode())
        expected = in_dutch(
            "This question has one right answer, but %(count)d answers are marked as right. "
            "Mark only one, or choose the question type “Several right answers”.",
            count=2,
        )
        assert expected in page
        assert not Choice.objects.get(text_nl="Moeilijkheid").is_correct

    def test_several_right_answers_are_fine_for_a_multiple_choice_question(
        self, coordinator, module
    ):
        step = Step.objects.get(key="pegi")
        response = self.post(
            coordinator, step, question_type="multiple", right={"Moeilijkheid": True}
        )
        assert response.status_code == 302
        assert step.choices.filter(is_correct=True).count() == 2

    def test_other_kinds_of_step_are_not_checked(self, coordinator, module):
        step = Step.objects.get(key="pegi")
        response = self.post(coordinator, step, kind="text", right={"PEGI 12": False})
        assert response.status_code == 302


@pytest.mark.django_db
class TestStepNumbers:
    def labels(self, coordinator, **params):
        page = coordinator.get(reverse("admin:modules_step_changelist"), params)
        return re.findall(
            r"<a href=\"/admin/modules/step/\d+/change/[^\"]*\">([^<]+)</a>", page.content.decode()
        )

    def test_the_admin_numbers_steps_as_parents_see_them(self, coordinator, module):
        assert self.labels(coordinator) == [
            "4.1 Waarom gamen kinderen?",
            "4.2 Video",
            "4.3 Vraag pegi",
            "4.4 Vraag risks",
            "4.5 Wat zou jij doen?",
        ]
        # The first step (order 0) is step 1 for parents too.
        page = coordinator.get(step_url(module, "intro")).content.decode()
        assert in_dutch("Step %(number)s of %(total)s", number=1, total=5) in page

    def test_gaps_retired_steps_and_filters_do_not_shift_the_numbers(self, coordinator, module):
        Step.objects.filter(key="video").update(is_active=False)
        Step.objects.filter(key="reflect").update(order=40)
        labels = self.labels(coordinator, kind__exact="question")
        assert labels == ["4.2 Vraag pegi", "4.3 Vraag risks"]
        retired = self.labels(coordinator, is_active__exact="0")
        assert retired == [in_dutch("%(module)s.– %(title)s (retired)", module=4, title="Video")]
        page = coordinator.get(step_url(module, "pegi") + "?preview=1").content.decode()
        assert in_dutch("Step %(number)s of %(total)s", number=2, total=4) in page

    def test_the_module_page_labels_its_steps_the_same_way(self, coordinator, module):
        page = coordinator.get(reverse("admin:modules_module_change", args=[module.pk]))
        assert "4.3 Vraag pegi" in page.content.decode()

    def test_a_new_order_shows_the_new_number_straight_away(self, coordinator, module):
        step = Step.objects.get(key="intro")
        url = reverse("admin:modules_step_change", args=[step.pk])
        data = change_form_data(coordinator.get(url))
        data["order"] = 9
        response = coordinator.post(url, data, follow=True)
        assert "4.5 Waarom gamen kinderen?" in response.content.decode()

    def test_the_step_list_takes_a_constant_number_of_queries(
        self, coordinator, module, django_assert_max_num_queries
    ):
        for n in range(30):
            Step.objects.create(module=module, key=f"extra-{n}", order=10 + n, title_nl=f"E{n}")
        # session, user, count(s), steps with numbers, modules for the filter, ...
        with django_assert_max_num_queries(10):
            coordinator.get(reverse("admin:modules_step_changelist"))

    def test_the_demo_content_is_numbered_from_one(self, coordinator, demo):
        first = Step.objects.filter(module__number=5, is_active=True).order_by("order").first()
        page = coordinator.get(reverse("admin:modules_step_change", args=[first.pk]))
        assert f"5.1 {first.title_nl}" in page.content.decode()


def publish(client, *modules, confirm=False):
    data = {"action": "publish_new_version", "_selected_action": [m.pk for m in modules]}
    if confirm:
        data["post"] = "yes"
    return client.post(reverse("admin:modules_module_changelist"), data)


def confirm_from(client, page):
    """Press "Yes, I'm sure" on the confirmation page: send its form as it is."""
    form = page.split('<form method="post">', 1)[1].split("</form>", 1)[0]
    data = {}
    for name, value in re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form):
        data.setdefault(name, []).append(value)
    return client.post(reverse("admin:modules_module_changelist"), data, follow=True)


@pytest.mark.django_db
class TestPublishingANewVersion:
    def test_it_asks_first_and_publishes_after_yes(self, coordinator, module):
        response = publish(coordinator, module)
        assert response.status_code == 200
        page = response.content.decode()
        assert "4. Gamen" in page
        assert in_dutch("Yes, I’m sure") in page and in_dutch("No, take me back") in page
        assert reverse("admin:modules_module_changelist") in page  # the way back
        module.refresh_from_db()
        assert module.version == 1  # nothing happened yet

        done = confirm_from(coordinator, page)
        module.refresh_from_db()
        assert (module.status, module.version) == (Module.Status.PUBLISHED, 2)
        with translation.override("nl"):
            expected = ngettext("%d module published.", "%d modules published.", 1) % 1
        assert expected in done.content.decode()

    def test_an_unchanged_module_keeps_its_version(self, coordinator, module):
        publish(coordinator, module, confirm=True)
        response = publish(coordinator, module)
        assert response.status_code == 302  # nothing to confirm
        publish(coordinator, module, confirm=True)
        module.refresh_from_db()
        assert module.version == 2
        # New sort numbers in the same order change nothing parents see either.
        for step in module.steps.all():
            step.order = step.order * 10 + 1
            step.save()
        publish(coordinator, module, confirm=True)
        module.refresh_from_db()
        assert module.version == 2

    def test_a_changed_text_raises_the_version(self, coordinator, module):
        publish(coordinator, module, confirm=True)
        Choice.objects.filter(text_nl="PEGI 12").update(feedback_fr="Une meilleure explication.")
        page = publish(coordinator, module).content.decode()
        assert in_dutch(
            "content changed: version %(old)s becomes version %(new)s.", old=2, new=3
        ) in re.sub(r"\s+", " ", page)
        publish(coordinator, module, confirm=True)
        module.refresh_from_db()
        assert module.version == 3

    def test_a_new_module_is_first_published_as_version_one(self, coordinator, db):
        module = Module.objects.create(number=2, slug="relaties", title_nl="Relaties")
        confirm_from(coordinator, publish(coordinator, module).content.decode())
        module.refresh_from_db()
        assert (module.status, module.version) == (Module.Status.PUBLISHED, 1)

    def test_the_confirmation_says_what_happens_to_each_module(
        self, coordinator, module, other_module
    ):
        publish(coordinator, module, confirm=True)  # now at version 2, unchanged
        page = html.unescape(publish(coordinator, module, other_module).content.decode())
        text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", page))
        unchanged = in_dutch(
            "unchanged since version %(version)s was published; nothing happens.", version=2
        )
        raised = in_dutch("content changed: version %(old)s becomes version %(new)s.", old=1, new=2)
        assert f"4. Gamen: {unchanged}" in text
        assert f"5. Cyberpesten: {raised}" in text

    def test_progress_of_parents_survives(self, parent, coordinator_client, module):
        walk_to(parent, module, "risks")
        Step.objects.filter(key="video").update(is_active=False)
        publish(coordinator_client, module, confirm=True)
        assert parent.get(step_url(module, "risks")).status_code == 200


@pytest.mark.django_db
class TestIndicatorFigures:
    @pytest.fixture
    def counts(self, module):
        return ModuleDayCount.objects.create(
            module=module, day=timezone.localdate(), started=3, finished=1, finish_seconds=600
        )

    def test_they_cannot_be_added_changed_or_deleted(self, coordinator, counts):
        add = reverse("admin:modules_moduledaycount_add")
        change = reverse("admin:modules_moduledaycount_change", args=[counts.pk])
        delete = reverse("admin:modules_moduledaycount_delete", args=[counts.pk])
        assert coordinator.get(add).status_code == 403
        assert coordinator.post(change, {"started": 99}).status_code == 403
        assert coordinator.post(delete, {"post": "yes"}).status_code == 403
        page = coordinator.get(change).content.decode()
        assert 'name="started"' not in page  # shown, not editable
        counts.refresh_from_db()
        assert counts.started == 3

    def test_no_delete_action(self, coordinator, counts, rf, admin_user):
        request = rf.get(reverse("admin:modules_moduledaycount_changelist"))
        request.user = admin_user
        assert "delete_selected" not in admin.site._registry[ModuleDayCount].get_actions(request)
        coordinator.post(
            reverse("admin:modules_moduledaycount_changelist"),
            {"action": "delete_selected", "_selected_action": [counts.pk], "post": "yes"},
        )
        assert ModuleDayCount.objects.filter(pk=counts.pk).exists()

    def test_answer_counts_are_not_in_the_admin(self):
        assert QuestionDayCount not in admin.site._registry

    def test_the_admin_index_leads_to_the_statistics_page(self, coordinator, counts):
        index = coordinator.get(reverse("admin:index")).content.decode()
        changelist = reverse("admin:modules_moduledaycount_changelist")
        assert f'href="{changelist}"' in index
        assert in_dutch("Use of the modules") in index
        row = re.search(r'<tr class="model-moduledaycount">.*?</tr>', index, re.S)[0]
        assert "addlink" not in row and "changelink" not in row  # figures to read, not to edit
        response = coordinator.get(changelist, follow=True)
        assert response.redirect_chain[-1][0] == reverse("admin:modules_module_use")
        assert "33%" in response.content.decode()

    @pytest.mark.parametrize("language", ["nl", "fr"])
    def test_the_figures_use_the_coordinators_number_format(self, coordinator, counts, language):
        coordinator.cookies["vo_language"] = language
        page = coordinator.get(reverse("admin:modules_module_use")).content.decode()
        assert "10,0" in page and "10.0" not in page


@pytest.mark.django_db
class TestAQuestionGoesLiveOnlyWithItsAnswers:
    def test_turning_a_step_into_a_question_on_the_module_page_is_refused(
        self, coordinator, module
    ):
        url = reverse("admin:modules_module_change", args=[module.pk])
        data = change_form_data(coordinator.get(url))
        prefix = next(name.removesuffix("-key") for name, value in data.items() if value == "intro")
        data[f"{prefix}-kind"] = Step.Kind.QUESTION
        response = coordinator.post(url, data)
        assert response.status_code == 200
        assert in_dutch(
            "A question goes live only with its answers: save it as not active, add the "
            "answers on the step's own page, then make it active."
        ) in html.unescape(response.content.decode())
        assert Step.objects.get(key="intro").kind == Step.Kind.TEXT

    def test_a_module_with_an_unanswerable_question_is_not_published(self, coordinator, module):
        Step.objects.filter(key="intro").update(kind=Step.Kind.QUESTION)
        version = module.version
        response = publish(coordinator, module, confirm=True)
        assert response.status_code == 302
        module.refresh_from_db()
        assert module.version == version
