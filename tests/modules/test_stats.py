"""Coordinators see the use of the modules per period, without anyone's identity."""

import re
from datetime import date, timedelta

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse
from django.utils import timezone, translation

from modules import stats
from modules.models import Choice, ModuleDayCount, QuestionDayCount, Step
from tests.modules.test_module_flow import step_url, walk_to


def stats_page(client, language="nl", **params):
    with translation.override(language):
        url = reverse("admin:modules_module_use")
    return client.get(url, params).content.decode()


def hardest_rows(page):
    """The cells of the "questions most often answered wrong" table, as text."""
    table = page.split('class="hardest-questions"', 1)[1].split("</table>", 1)[0]
    body = table.split("<tbody>", 1)[1]
    return [
        [re.sub(r"<[^>]+>", "", cell).strip() for cell in re.findall(r"<td>(.*?)</td>", row)]
        for row in re.findall(r"<tr>(.*?)</tr>", body)
    ]


@pytest.mark.django_db
def test_started_and_finished_per_module_and_period(module, other_module):
    today = timezone.localdate()
    ModuleDayCount.objects.create(
        module=module, day=today, started=4, finished=2, finish_seconds=2 * 900
    )
    ModuleDayCount.objects.create(module=module, day=today - timedelta(days=40), started=10)
    ModuleDayCount.objects.create(module=other_module, day=today, started=1)
    recent = {u.module.slug: u for u in stats.module_use(today - timedelta(days=7), today)}
    assert (recent["gaming"].started, recent["gaming"].finished) == (4, 2)
    assert recent["gaming"].finish_rate == 0.5
    assert recent["gaming"].average_minutes == 15
    assert recent["cyberbullying"].started == 1
    assert stats.totals() == {"started": 15, "finished": 2}
    assert stats.totals(date(2000, 1, 1), date(2000, 12, 31)) == {"started": 0, "finished": 0}


@pytest.mark.django_db
def test_the_question_answered_wrong_most_comes_first(module):
    today = timezone.localdate()
    QuestionDayCount.objects.create(
        step=Step.objects.get(key="pegi"), day=today, answers=10, wrong=8
    )
    QuestionDayCount.objects.create(
        step=Step.objects.get(key="risks"), day=today, answers=4, wrong=1
    )
    QuestionDayCount.objects.create(
        step=Step.objects.get(key="risks"), day=today - timedelta(days=1), answers=6, wrong=0
    )
    hardest = stats.hardest_questions()
    assert [(r.step.key, r.answers, r.wrong) for r in hardest] == [
        ("pegi", 10, 8),
        ("risks", 10, 1),
    ]
    assert hardest[0].wrong_rate == 0.8
    # Per day: on the day before only the risks question was answered, never wrong.
    yesterday = today - timedelta(days=1)
    assert [
        (r.step.key, r.answers, r.wrong) for r in stats.hardest_questions(yesterday, yesterday)
    ] == [("risks", 6, 0)]


@pytest.mark.django_db
def test_a_multiple_choice_answer_missing_a_right_choice_counts_as_wrong(
    parent, coordinator_client, module
):
    walk_to(parent, module, "risks")
    half = Choice.objects.get(step__key="risks", text_nl="Aankopen")  # one of two right ones
    parent.post(step_url(module, "risks"), {"answer": [half.pk]})
    both = Choice.objects.filter(step__key="risks", is_correct=True)
    parent.post(step_url(module, "risks"), {"answer": [c.pk for c in both]})

    counts = QuestionDayCount.objects.get(step__key="risks")
    assert (counts.day, counts.answers, counts.wrong) == (timezone.localdate(), 2, 1)
    page = stats_page(coordinator_client)
    assert "foute antwoorden" in page  # the coordinator reads Dutch
    risks = next(row for row in hardest_rows(page) if "Vraag risks" in row[0])
    assert risks[1:] == ["2", "1", "50%"]


@pytest.mark.django_db
def test_the_admin_page_shows_the_figures(coordinator, module):
    ModuleDayCount.objects.create(
        module=module, day=timezone.localdate(), started=3, finished=1, finish_seconds=600
    )
    page = coordinator.get(reverse("admin:modules_module_use")).content.decode()
    assert "Gamen" in page and "33%" in page and "10,0" in page  # Dutch decimal comma


@pytest.mark.django_db
def test_percentages_of_questions_are_rounded_in_the_page(coordinator, module):
    QuestionDayCount.objects.create(
        step=Step.objects.get(key="pegi"), day=timezone.localdate(), answers=3, wrong=2
    )
    rows = hardest_rows(stats_page(coordinator))
    assert rows[0][1:] == ["3", "2", "67%"]


@pytest.mark.django_db
def test_counting_a_parent_stores_nothing_about_them(parent, module):
    parent.post(reverse("modules:start", kwargs={"slug": module.slug}))
    row = ModuleDayCount.objects.get()
    assert {f.name for f in row._meta.fields} == {
        "id",
        "module",
        "day",
        "started",
        "finished",
        "finish_seconds",
    }
    walk_to(parent, module, "risks")
    answers = QuestionDayCount.objects.get(step__key="pegi")
    assert {f.name for f in answers._meta.fields} == {"id", "step", "day", "answers", "wrong"}


@pytest.mark.django_db(transaction=True)
def test_old_tick_counts_are_carried_over_where_they_are_answers():
    executor = MigrationExecutor(connection)
    before = [("modules", "0002_steps_quiz_progress")]
    after = [("modules", "0003_answers_per_question_and_published_fingerprint")]
    executor.migrate(before)
    old = executor.loader.project_state(before).apps
    Module = old.get_model("modules", "Module")
    Step = old.get_model("modules", "Step")
    Choice = old.get_model("modules", "Choice")
    AnswerDayCount = old.get_model("modules", "AnswerDayCount")
    module = Module.objects.create(number=4, slug="gaming", title_nl="Gamen", status="published")
    day = date(2026, 11, 2)
    for key, question_type, ticks in [
        ("single", "single", [(True, 3), (False, 5)]),
        ("multiple", "multiple", [(True, 4), (True, 2), (False, 1)]),
    ]:
        step = Step.objects.create(
            module=module, key=key, kind="question", question_type=question_type, title_nl=key
        )
        for n, (correct, count) in enumerate(ticks):
            choice = Choice.objects.create(
                step=step, order=n, is_correct=correct, text_nl=str(n), feedback_nl="."
            )
            AnswerDayCount.objects.create(choice=choice, day=day, count=count)

    executor.loader.build_graph()
    executor.migrate(after)
    new = executor.loader.project_state(after).apps
    QuestionDayCount = new.get_model("modules", "QuestionDayCount")
    # One tick per answer: 8 answers, 5 of them wrong. Multiple-choice ticks cannot be
    # turned into answers, so they are left out rather than counted wrongly.
    carried = QuestionDayCount.objects.values_list("step__key", "day", "answers", "wrong")
    assert list(carried) == [("single", day, 8, 5)]
    # The module published before fingerprints existed now has one.
    assert new.get_model("modules", "Module").objects.get().published_fingerprint
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())


@pytest.mark.django_db
def test_a_period_that_ends_before_it_starts_is_explained(coordinator):
    page = stats_page(coordinator, start="2026-11-10", end="2026-11-01")
    assert "De einddatum ligt voor de begindatum." in page
