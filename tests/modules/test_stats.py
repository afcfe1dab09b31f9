"""Coordinators see the use of the modules per period, without anyone's identity."""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from modules import stats
from modules.models import AnswerDayCount, Choice, ModuleDayCount


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
    for text, count in [("Moeilijkheid", 8), ("PEGI 12", 2), ("Aankopen", 9), ("Niets", 1)]:
        AnswerDayCount.objects.create(
            choice=Choice.objects.get(text_nl=text), day=today, count=count
        )
    hardest = stats.hardest_questions()
    assert [r.step.key for r in hardest] == ["pegi", "risks"]
    assert hardest[0].wrong_rate == 0.8


@pytest.mark.django_db
def test_the_admin_page_shows_the_figures(coordinator, module):
    ModuleDayCount.objects.create(
        module=module, day=timezone.localdate(), started=3, finished=1, finish_seconds=600
    )
    page = coordinator.get(reverse("admin:modules_module_use")).content.decode()
    assert "Gamen" in page and "33%" in page and "10,0" in page  # Dutch decimal comma


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
