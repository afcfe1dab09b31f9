"""Dates, times and the programme's contact, written the way each language writes them.

One place for what every message (and any page that wants it) repeats: a French reader
expects "lundi 1er février" and "19 h 30", a Dutch one "maandag 1 februari" and
"19.30 uur". Django's date formats cannot say "1er" or drop zero minutes, hence these
filters. The time comes without "uur": the Dutch sentences around it add it once
("van 19.00 tot 21.00 uur").
"""

from __future__ import annotations

import re
from datetime import date, datetime

from django import template
from django.conf import settings
from django.utils import dateformat, timezone, translation

register = template.Library()

NBSP = "\u00a0"


def _local(value):
    # A date kept in a message's context (JSON) arrives as an ISO string.
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if isinstance(value, datetime) and timezone.is_aware(value):
        return timezone.localtime(value)
    return value


def _french() -> bool:
    return (translation.get_language() or settings.LANGUAGE_CODE).startswith("fr")


@register.filter
def day(value: date | datetime | str | None) -> str:
    """'donderdag 5 december', 'jeudi 5 décembre', 'lundi 1er février'."""
    if not value:
        return ""
    value = _local(value)
    if _french():
        number = "1er" if value.day == 1 else str(value.day)
        return f"{dateformat.format(value, 'l')} {number} {dateformat.format(value, 'F')}"
    return dateformat.format(value, "l j F")


@register.filter
def short_day(value: date | datetime | str | None) -> str:
    """'do 5/12', 'jeu. 5/12': a weekday and date short enough for a text message."""
    if not value:
        return ""
    value = _local(value)
    weekday = dateformat.format(value, "D")
    if _french():
        weekday = weekday.rstrip(".") + "."
    return f"{weekday} {value.day}/{value.month}"


@register.filter
def clock(value: datetime | str | None) -> str:
    """'19.00' in Dutch; '19 h' or '19 h 30' in French (no-break spaces: never split)."""
    if not value:
        return ""
    value = _local(value)
    if _french():
        if value.minute:
            return f"{value.hour}{NBSP}h{NBSP}{value.minute:02d}"
        return f"{value.hour}{NBSP}h"
    return f"{value.hour}.{value.minute:02d}"


@register.simple_tag
def programme_contact() -> dict:
    """Where to ask about a training or a request: the programme's own address and, when
    set, its phone number. Never Child Focus' 116 000: that line is for a child in danger."""
    return {"email": settings.HELP_EMAIL, "phone": getattr(settings, "CONTACT_PHONE", "")}


@register.filter
def local_date(value: date | datetime | str | None, format_string: str = "l j F Y") -> str:
    """Django's `date` filter, save that French writes the first of the month "1er"
    ("lundi 1er février 2027"); Dutch and the other days are as `date` writes them."""
    if not value:
        return ""
    value = _local(value)
    if _french() and value.day == 1:
        # An escaped literal in place of each unescaped "j" (the day without zero).
        format_string = re.sub(r"(?<!\\)j", r"\\1\\e\\r", format_string)
    return dateformat.format(value, format_string)
