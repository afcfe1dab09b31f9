"""What parents read about a session, where it differs from what coordinators see."""

from datetime import date, timedelta
from functools import lru_cache

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
    """The date `days` working days after `moment` (no weekends, no Belgian public holidays)."""
    if not moment:
        return None
    return add_working_days(timezone.localtime(moment).date(), int(days))


def add_working_days(start: date, days: int) -> date:
    day = start
    while days > 0:
        day += timedelta(days=1)
        if day.weekday() < 5 and day not in belgian_public_holidays(day.year):
            days -= 1
    return day


def easter_sunday(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous algorithm, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * weekday_shift) // 433
    month = (h + weekday_shift - 7 * m + 90) // 25
    return date(year, month, (h + weekday_shift - 7 * m + 33 * month + 19) % 32)


@lru_cache(maxsize=8)
def belgian_public_holidays(year: int) -> frozenset[date]:
    """The ten legal public holidays of Belgium (belgium.be, "Feestdagen" / "Jours fériés")."""
    easter = easter_sunday(year)
    return frozenset(
        {
            date(year, 1, 1),  # New Year
            easter + timedelta(days=1),  # Easter Monday
            date(year, 5, 1),  # Labour Day
            easter + timedelta(days=39),  # Ascension
            easter + timedelta(days=50),  # Whit Monday
            date(year, 7, 21),  # National Day
            date(year, 8, 15),  # Assumption
            date(year, 11, 1),  # All Saints
            date(year, 11, 11),  # Armistice
            date(year, 12, 25),  # Christmas
        }
    )


# Words a parent writes when asking for an interpreter, in the languages they write in.
_INTERPRETER_WORDS = ("tolk", "interpr", "vertal", "traduc", "translat", "gebarentaal", "signes")


@register.filter
def asks_interpreter(needs: str) -> bool:
    """Whether what a parent typed under "anything we should know" asks for an interpreter."""
    text = (needs or "").casefold()
    return any(word in text for word in _INTERPRETER_WORDS)
