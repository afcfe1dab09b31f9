"""A parent's progress through the modules, kept without an account.

Progress lives in the parent's session (which survives closing the browser) as
plain data: per module, the keys of the steps done, the answers given and the
reflections written. It points at step keys, never at positions, so a new
version of a module keeps it valid. When the parent asks for a resume code,
the same data is stored under that code and kept in step with the session.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from modules.models import (
    AnswerDayCount,
    Choice,
    Module,
    ModuleDayCount,
    ResumeCode,
    Step,
    new_resume_code,
)

SESSION_KEY = "module_progress"
CODE_SESSION_KEY = "module_resume_code"
RESUME_CODE_LIFETIME = timedelta(days=365)
MAX_REFLECTION_LENGTH = 1000


def _now() -> str:
    return timezone.now().isoformat()


@dataclass
class ModuleProgress:
    data: dict

    @property
    def started(self) -> bool:
        return bool(self.data.get("started"))

    @property
    def finished(self) -> bool:
        return bool(self.data.get("finished"))

    @property
    def done(self) -> set[str]:
        return set(self.data.get("done", []))

    def answer(self, step_key: str) -> list[int] | None:
        return self.data.get("answers", {}).get(step_key)

    def reflection(self, step_key: str) -> str:
        return self.data.get("reflections", {}).get(step_key, "")

    @property
    def agreement(self) -> list[str]:
        return list(self.data.get("agreement", []))

    def reachable(self, steps: list[Step]) -> int:
        """Index of the furthest step the parent may open: the first one not done yet."""
        done = self.done
        for index, step in enumerate(steps):
            if step.key not in done:
                return index
        return len(steps) - 1

    def percent(self, steps: list[Step]) -> int:
        if not steps:
            return 0
        keys = {step.key for step in steps}
        return round(100 * len(self.done & keys) / len(steps))


class Progress:
    """All modules' progress of the parent behind one session."""

    def __init__(self, session):
        self.session = session
        self.data: dict = session.get(SESSION_KEY) or {}

    def of(self, module: Module) -> ModuleProgress:
        return ModuleProgress(self.data.get(module.slug, {}))

    @property
    def resume_code(self) -> str | None:
        return self.session.get(CODE_SESSION_KEY)

    def _module_data(self, module: Module) -> dict:
        return self.data.setdefault(module.slug, {})

    def _save(self) -> None:
        self.session[SESSION_KEY] = self.data
        self.session.modified = True
        code = self.resume_code
        if code:
            ResumeCode.objects.filter(code=code).update(
                progress=self.data,
                updated_at=timezone.now(),
                expires_at=timezone.now() + RESUME_CODE_LIFETIME,
            )

    # --- changes -----------------------------------------------------------------

    def start(self, module: Module) -> None:
        data = self._module_data(module)
        if not data.get("started"):
            data["started"] = _now()
            _count(module, started=1)
            self._save()

    def complete(self, module: Module, step: Step) -> None:
        data = self._module_data(module)
        if not data.get("started"):
            self.start(module)
            data = self._module_data(module)
        done = data.setdefault("done", [])
        if step.key not in done:
            done.append(step.key)
        self._save()

    def record_answer(self, module: Module, step: Step, choices: list[Choice]) -> bool:
        """Store the parent's answer to a quiz question; return whether it was right."""
        data = self._module_data(module)
        data.setdefault("answers", {})[step.key] = [choice.pk for choice in choices]
        right = {c.pk for c in step.choices.all() if c.is_correct}
        correct = {choice.pk for choice in choices} == right
        data.setdefault("correct", {})[step.key] = correct
        day = timezone.localdate()
        for choice in choices:
            _increment(AnswerDayCount, {"choice": choice, "day": day}, count=1)
        self.complete(module, step)
        return correct

    def record_reflection(self, module: Module, step: Step, text: str) -> None:
        data = self._module_data(module)
        data.setdefault("reflections", {})[step.key] = text[:MAX_REFLECTION_LENGTH]
        self.complete(module, step)

    def record_agreement(self, module: Module, step: Step, items: list[str]) -> None:
        data = self._module_data(module)
        data["agreement"] = items
        self.complete(module, step)

    def finish(self, module: Module) -> None:
        data = self._module_data(module)
        if data.get("finished"):
            return
        data["finished"] = _now()
        started = data.get("started")
        seconds = 0
        if started:
            seconds = max(0, int((timezone.now() - _parse(started)).total_seconds()))
        _count(module, finished=1, finish_seconds=seconds)
        self._save()

    # --- resume codes --------------------------------------------------------------

    def create_code(self) -> str:
        if self.resume_code and ResumeCode.objects.filter(code=self.resume_code).exists():
            return self.resume_code
        for _attempt in range(10):
            code = new_resume_code()
            try:
                with transaction.atomic():
                    ResumeCode.objects.create(
                        code=code,
                        progress=self.data,
                        expires_at=timezone.now() + RESUME_CODE_LIFETIME,
                    )
            except IntegrityError:  # the same code drawn twice: draw again
                continue
            self.session[CODE_SESSION_KEY] = code
            return code
        raise RuntimeError("could not draw a free resume code")

    def resume(self, code: str) -> bool:
        """Load the progress saved under a code into this session; False if unknown or expired."""
        saved = ResumeCode.objects.filter(
            code=normalise_code(code), expires_at__gt=timezone.now()
        ).first()
        if saved is None:
            return False
        self.data = saved.progress
        self.session[CODE_SESSION_KEY] = saved.code
        self.session[SESSION_KEY] = self.data
        self.session.modified = True
        return True


def normalise_code(raw: str) -> str:
    """Accept a code as people type it: lower case, spaces or dashes in between."""
    return "".join(ch for ch in (raw or "").upper() if ch.isalnum())


def _parse(value: str):
    from datetime import datetime

    return datetime.fromisoformat(value)


def _increment(model, lookup: dict, **amounts) -> None:
    # A conditional UPDATE first, so concurrent parents never lose a count; the row is
    # created on the first count of the day, and a race on that creation retried once.
    updates = {field: F(field) + amount for field, amount in amounts.items()}
    if model.objects.filter(**lookup).update(**updates):
        return
    try:
        with transaction.atomic():
            model.objects.create(**lookup, **amounts)
    except IntegrityError:
        model.objects.filter(**lookup).update(**updates)


def _count(module: Module, **amounts) -> None:
    _increment(ModuleDayCount, {"module": module, "day": timezone.localdate()}, **amounts)
