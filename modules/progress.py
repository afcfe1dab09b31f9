"""A parent's progress through the modules, kept without an account.

Progress lives in the parent's session (which survives closing the browser) as
plain data: per module, the keys of the steps done, the answers given, the
reflections written and the family agreement (suggestions by id, own lines as
typed). It points at step keys, never at positions, so a new version of a module
keeps it valid. Doing the last step to do finishes the module. When the parent
asks for a resume code, the same data is stored under that code and kept in step
with the session.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from modules.models import (
    AgreementSuggestion,
    Choice,
    Module,
    ModuleDayCount,
    QuestionDayCount,
    ResumeCode,
    Step,
    new_resume_code,
    resume_code_hash,
)

SESSION_KEY = "module_progress"
# The session keeps the code's keyed hash, never the code: shown once, written down.
CODE_SESSION_KEY = "module_resume_code_hash"
OLD_CODE_SESSION_KEY = "module_resume_code"  # sessions from before held the code itself
RESUME_CODE_LIFETIME = timedelta(days=365)
MAX_REFLECTION_LENGTH = 1000


def _now() -> str:
    return timezone.now().isoformat()


@dataclass(frozen=True)
class Agreement:
    """A family's agreement: the suggestions they ticked, by id, and what they wrote themselves.

    Suggestions are kept as references, so that the sheet shows them in the language of the
    page; the family's own lines stay as they typed them. A suggestion a coordinator has since
    deleted is left out.
    """

    suggestion_ids: tuple[int, ...] = ()
    own: tuple[str, ...] = ()

    @classmethod
    def from_data(cls, value) -> Agreement:
        if isinstance(value, dict):
            ids = tuple(i for i in value.get("suggestions", []) if isinstance(i, int))
            own = tuple(str(text) for text in value.get("own", []) if str(text).strip())
            return cls(ids, own)
        if isinstance(value, list):
            # Saved before suggestions were kept by reference: the texts as they were shown.
            # `matched` turns those that are a suggestion's text back into references.
            return cls((), tuple(str(text) for text in value if str(text).strip()))
        return cls()

    def to_data(self) -> dict:
        return {"suggestions": list(self.suggestion_ids), "own": list(self.own)}

    def matched(self, suggestions: Sequence[AgreementSuggestion]) -> Agreement:
        """The same agreement, with own lines that are a suggestion's text (in either
        language) counted as that suggestion."""
        by_text = {}
        for suggestion in suggestions:
            for text in (suggestion.text_nl, suggestion.text_fr):
                if text:
                    by_text.setdefault(text.strip(), suggestion.pk)
        ids = list(self.suggestion_ids)
        own = []
        for text in self.own:
            pk = by_text.get(text.strip())
            if pk is None:
                own.append(text)
            elif pk not in ids:
                ids.append(pk)
        return Agreement(tuple(ids), tuple(own))

    def items(self, suggestions: Iterable[AgreementSuggestion]) -> list[str]:
        """The lines of the agreement, suggestions in the active language, then the own ones."""
        chosen = set(self.suggestion_ids)
        return [s.text for s in suggestions if s.pk in chosen] + list(self.own)

    def __bool__(self) -> bool:
        return bool(self.suggestion_ids or self.own)


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
    def agreement(self) -> Agreement:
        return Agreement.from_data(self.data.get("agreement"))

    @property
    def has_progress(self) -> bool:
        """Whether the parent has begun this module: started it or done a step."""
        return self.started or bool(self.done)

    def all_done(self, steps: list[Step]) -> bool:
        return bool(steps) and {step.key for step in steps} <= self.done

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
    def code_hash(self) -> str | None:
        """The keyed hash of this browser's resume code, if it asked for one."""
        old = self.session.pop(OLD_CODE_SESSION_KEY, None)
        if old:
            self.session[CODE_SESSION_KEY] = resume_code_hash(old)
        return self.session.get(CODE_SESSION_KEY)

    @property
    def has_code(self) -> bool:
        return bool(self.code_hash)

    def _module_data(self, module: Module) -> dict:
        return self.data.setdefault(module.slug, {})

    def _save(self) -> None:
        self.session[SESSION_KEY] = self.data
        self.session.modified = True
        code_hash = self.code_hash
        if code_hash:
            ResumeCode.objects.filter(code_hash=code_hash).update(
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

    def complete(self, module: Module, step: Step, *, steps: list[Step]) -> None:
        """Mark a step done; when that was the last one to do, the module is finished.

        `steps` are the module's active steps: whatever the kind of the last step (a question,
        a reflection, the family agreement), doing it finishes the module, once.
        """
        data = self._module_data(module)
        if not data.get("started"):
            self.start(module)
            data = self._module_data(module)
        done = data.setdefault("done", [])
        if step.key not in done:
            done.append(step.key)
        if not data.get("finished") and self.of(module).all_done(steps):
            self.finish(module)  # counts the module finished, once, and saves
            return
        self._save()

    def restart(self, module: Module) -> None:
        """Go through a finished module again, from step 1.

        The quiz answers are cleared, so that each question is asked afresh. What the parent
        wrote (reflections, the family agreement) is kept and shown to change; the module
        stays finished, with its tip sheet, and is neither started nor finished again in
        the statistics.
        """
        data = self._module_data(module)
        data.pop("answers", None)
        data.pop("correct", None)
        self._save()

    def record_answer(
        self, module: Module, step: Step, choices: list[Choice], *, steps: list[Step]
    ) -> bool:
        """Store the parent's answer to a quiz question; return whether it was right."""
        data = self._module_data(module)
        data.setdefault("answers", {})[step.key] = [choice.pk for choice in choices]
        correct = is_right(step, choices)
        data.setdefault("correct", {})[step.key] = correct
        # One answer, right or wrong as the parent is told: a multiple-choice answer that
        # misses a right option is wrong, however many of its ticks were right.
        _increment(
            QuestionDayCount,
            {"step": step, "day": timezone.localdate()},
            answers=1,
            wrong=0 if correct else 1,
        )
        self.complete(module, step, steps=steps)
        return correct

    def record_reflection(
        self, module: Module, step: Step, text: str, *, steps: list[Step]
    ) -> None:
        data = self._module_data(module)
        data.setdefault("reflections", {})[step.key] = text[:MAX_REFLECTION_LENGTH]
        self.complete(module, step, steps=steps)

    def record_agreement(
        self, module: Module, step: Step, agreement: Agreement, *, steps: list[Step]
    ) -> None:
        """Keep the family's agreement; a new one replaces the earlier (shown to change)."""
        data = self._module_data(module)
        data["agreement"] = agreement.to_data()
        self.complete(module, step, steps=steps)

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
        """A new code for this browser's progress, to show once; the earlier code, if any,
        stops working (a parent who lost it asks again, and a code seen over a shoulder
        is worth nothing after that)."""
        previous = self.code_hash
        for _attempt in range(10):
            code = new_resume_code()
            try:
                with transaction.atomic():
                    if previous:
                        ResumeCode.objects.filter(code_hash=previous).delete()
                    ResumeCode.objects.create(
                        code_hash=resume_code_hash(code),
                        progress=self.data,
                        expires_at=timezone.now() + RESUME_CODE_LIFETIME,
                    )
            except IntegrityError:  # the same code drawn twice (1 in 10^16): draw again
                continue
            self.session[CODE_SESSION_KEY] = resume_code_hash(code)
            return code
        raise RuntimeError("could not draw a free resume code")

    def resume(self, code: str) -> bool:
        """Load the progress saved under a code into this session; False if unknown or expired."""
        saved = ResumeCode.objects.filter(
            code_hash=resume_code_hash(code), expires_at__gt=timezone.now()
        ).first()
        if saved is None:
            return False
        self.data = saved.progress
        self.session[CODE_SESSION_KEY] = saved.code_hash
        self.session[SESSION_KEY] = self.data
        self.session.modified = True
        return True


def is_right(step: Step, choices: list[Choice]) -> bool:
    """An answer is right when it ticks every right choice and no other."""
    return {choice.pk for choice in choices} == {c.pk for c in step.choices.all() if c.is_correct}


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
