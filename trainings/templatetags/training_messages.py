"""What the trainings' messages may promise, computed with the rules that keep the promise."""

from __future__ import annotations

from django import template
from django.conf import settings
from django.utils import timezone

from trainings.tasks import days_before, local_morning

register = template.Library()


@register.simple_tag
def reminders_coming(registration, session) -> dict:
    """Which reminders the sweep (trainings.tasks.due_kind) will send this registration.

    "early": the one REMINDER_DAYS_BEFORE ("days") days before, only to who registered
    before then; "morning": the one on the morning of the day, to who registered before
    that morning. Neither when reminders were stopped.
    """
    now = timezone.now()
    morning = local_morning(session)
    coming = registration.reminders and now < session.starts_at
    return {
        "morning": coming and registration.created_at < morning,
        "early": coming and registration.created_at < days_before(session) and now < morning,
        "days": settings.REMINDER_DAYS_BEFORE,
    }


@register.simple_tag
def reminders_ahead(session) -> dict:
    """The same, for someone who registers now (the registration and thank-you pages)."""
    now = timezone.now()
    return {
        "morning": now < local_morning(session),
        "early": now < days_before(session),
        "days": settings.REMINDER_DAYS_BEFORE,
    }
