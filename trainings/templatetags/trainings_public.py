"""What parents read about a session, where it differs from what coordinators see."""

from datetime import date, timedelta

from django import template
from django.utils import timezone

from trainings.forms import public_audience, public_audience_description, readable_phone

register = template.Library()

# Stored numbers are international ("+3291234567"); pages show them as people write them.
register.filter("readable_phone", readable_phone)


@register.filter
def audience_label(session) -> str:
    """The session's audience in parents' words ("Small group, extra time and help")."""
    return public_audience(session.audience)


@register.filter
def audience_description(session) -> str:
    """A sentence on what the session offers, for the audiences that need one."""
    return public_audience_description(session.audience)


@register.simple_tag
def programme_settings():
    """The programme's settings (price, answer time), as coordinators set them in the admin."""
    from veiligonline.models import ProgrammeSettings

    return ProgrammeSettings.current()


@register.filter
def working_days_later(moment, days: int):
    """The date `days` working days (Monday to Friday) after `moment`."""
    if not moment:
        return None
    return add_working_days(timezone.localtime(moment).date(), int(days))


def add_working_days(start: date, days: int) -> date:
    day = start
    while days > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


# Words a parent writes when asking for an interpreter, in the languages they write in.
_INTERPRETER_WORDS = ("tolk", "interpr", "vertal", "traduc", "translat", "gebarentaal", "signes")


@register.filter
def asks_interpreter(needs: str) -> bool:
    """Whether what a parent typed under "anything we should know" asks for an interpreter."""
    text = (needs or "").casefold()
    return any(word in text for word in _INTERPRETER_WORDS)
