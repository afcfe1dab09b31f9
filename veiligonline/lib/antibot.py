"""Keeping simple bots out of the public forms, without a third-party captcha.

Two checks, both invisible to people:

- a honeypot: a text field no person sees or reaches (visually hidden, hidden from
  assistive technology, out of the tab order, not autofilled) that form-filling scripts
  fill in;
- a minimum fill time: the form carries the moment it was shown, signed with the secret
  key (django.core.signing), and a form sent back within `ANTIBOT_MIN_SECONDS` came from
  a script, not from a person reading the labels.

A form gets both with `{% antibot %}` (veiligonline/templatetags/antibot.py) inside its
<form>, and its view asks `antibot.verdict(request, "<form name>")`. A bot is stored
nowhere and gets the same neutral reply as a success where the form has one (nothing
tells it that it was caught), else a gentle "please send again". The warning logged names
the form and the reason only, never what was typed.
"""

from __future__ import annotations

import logging
import time
from enum import Enum

from django.conf import settings
from django.core import signing
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

HONEYPOT_FIELD = "website"
STARTED_FIELD = "form_started"
_SALT = "veiligonline.antibot"
# A form kept open longer than this (settings.ANTIBOT_MAX_SECONDS, 2 hours) is shown
# again, with what was typed and a fresh signed time. Short, so that one signed value a
# script fetched once cannot be reused for a day of posts; long enough for a parent who
# fills the form slowly.
MAX_AGE = 2 * 3600

# Said to a person who sent very quickly (a browser's autofill) or after hours: nothing
# they typed is wrong, and all of it is still in the form.
TRY_AGAIN = _(
    "Please send the form once more. We ask this sometimes to keep out automatic "
    "registrations. What you typed is still here."
)


class Verdict(Enum):
    PERSON = "person"
    HONEYPOT = "honeypot"  # a field no person can see was filled in: a bot, surely
    TOO_FAST = "too fast"  # sent back sooner than a person can read and type
    STALE = "stale"  # no signed time, a forged or an old one: show the form again

    @property
    def is_bot(self) -> bool:
        return self in (Verdict.HONEYPOT, Verdict.TOO_FAST)


def started_value(form: str) -> str:
    """The signed moment a form was shown, for its hidden field."""
    return signing.dumps({"f": form, "t": time.time()}, salt=_SALT, compress=True)


def verdict(request, form: str) -> Verdict:
    """Whether a POST of the named form came from a person, and if not, why."""
    if not getattr(settings, "ANTIBOT_ENABLED", True):
        return Verdict.PERSON
    if request.POST.get(HONEYPOT_FIELD, ""):
        return _log(form, Verdict.HONEYPOT)
    try:
        signed = signing.loads(request.POST.get(STARTED_FIELD, ""), salt=_SALT, max_age=_max_age())
        shown_at = float(signed["t"])
        if signed["f"] != form:
            raise ValueError("signed for another form")
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return _log(form, Verdict.STALE)
    if time.time() - shown_at < getattr(settings, "ANTIBOT_MIN_SECONDS", 3):
        return _log(form, Verdict.TOO_FAST)
    return Verdict.PERSON


def _max_age() -> int:
    return getattr(settings, "ANTIBOT_MAX_SECONDS", MAX_AGE)


def _log(form: str, result: Verdict) -> Verdict:
    logger.warning("Form %s refused: %s.", form, result.value)
    return result
