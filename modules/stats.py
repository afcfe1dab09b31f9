"""Use of the modules, counted without knowing who the parents are.

These are the figures behind the programme's indicator "parents using the online
modules" and the coordinators' view of which questions need a clearer text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import Q, Sum

from modules.models import Module, ModuleDayCount, QuestionDayCount, Step


@dataclass
class ModuleUse:
    module: Module
    started: int
    finished: int
    finish_seconds: int

    @property
    def finish_rate(self) -> float | None:
        return self.finished / self.started if self.started else None

    @property
    def finish_percent(self) -> float | None:
        rate = self.finish_rate
        return None if rate is None else 100 * rate

    @property
    def average_minutes(self) -> float | None:
        return self.finish_seconds / self.finished / 60 if self.finished else None


@dataclass
class QuestionResult:
    step: Step
    answers: int
    wrong: int

    @property
    def wrong_rate(self) -> float:
        return self.wrong / self.answers if self.answers else 0.0

    @property
    def wrong_percent(self) -> float:
        return 100 * self.wrong_rate


def _period(prefix: str, start: date | None, end: date | None) -> Q:
    condition = Q()
    if start:
        condition &= Q(**{f"{prefix}day__gte": start})
    if end:
        condition &= Q(**{f"{prefix}day__lte": end})
    return condition


def module_use(start: date | None = None, end: date | None = None) -> list[ModuleUse]:
    """Started, finished and time to finish per module in a period (both ends included)."""
    modules = Module.objects.annotate(
        started=Sum("day_counts__started", filter=_period("day_counts__", start, end), default=0),
        finished=Sum("day_counts__finished", filter=_period("day_counts__", start, end), default=0),
        seconds=Sum(
            "day_counts__finish_seconds", filter=_period("day_counts__", start, end), default=0
        ),
    ).order_by("number")
    return [ModuleUse(m, m.started, m.finished, m.seconds) for m in modules]


def totals(start: date | None = None, end: date | None = None) -> dict[str, int]:
    result = ModuleDayCount.objects.filter(_period("", start, end)).aggregate(
        started=Sum("started", default=0), finished=Sum("finished", default=0)
    )
    return {"started": result["started"], "finished": result["finished"]}


def hardest_questions(
    start: date | None = None, end: date | None = None, limit: int = 10
) -> list[QuestionResult]:
    """The questions most often answered wrong, by share of wrong answers.

    Counts answers, not ticks: each answer a parent submitted, right or wrong as they were told.
    """
    rows = (
        QuestionDayCount.objects.filter(_period("", start, end))
        .values("step")
        .annotate(answers=Sum("answers"), wrong=Sum("wrong"))
        .filter(answers__gt=0)
    )
    by_step = {row["step"]: row for row in rows}
    steps = Step.objects.filter(pk__in=by_step).with_numbers().select_related("module")
    results = [
        QuestionResult(step, by_step[step.pk]["answers"], by_step[step.pk]["wrong"])
        for step in steps
    ]
    results.sort(key=lambda r: (-r.wrong_rate, -r.answers, r.step.module.number, r.step.order))
    return results[:limit]
