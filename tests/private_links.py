"""Private links in tests: codes are stored only as keyed hashes, and each message carries
its own code, so a test finds the link in what was sent and checks whom it opens."""

from __future__ import annotations

import re

from django.urls import reverse
from django.utils import translation

from trainings.models import BookingRequest, Registration
from trainings.services import by_token

MARK = "CODEMARK"


def codes_in(text: str, name: str, language: str) -> list[str]:
    """The codes of every link of this URL name (in this language) in the text."""
    with translation.override(language):
        before, after = reverse(name, kwargs={"token": MARK}).split(MARK)
    return re.findall(re.escape(before) + r"([A-Za-z0-9_-]{16,})" + re.escape(after), text)


def opens(owner, text: str, language: str, name: str | None = None) -> bool:
    """Whether the text holds a link (of `name`) whose code opens this registration or request."""
    model = type(owner)
    if name is None:
        name = "trainings:registration" if model is Registration else "trainings:request"
    queryset = Registration.objects if model is Registration else BookingRequest.objects
    return any(
        by_token(queryset, code).filter(pk=owner.pk).exists()
        for code in codes_in(text, name, language)
    )


def code_in(text: str, language: str, name: str = "trainings:registration") -> str:
    """The one code of this kind of link in the text (a message read by its recipient)."""
    (code,) = set(codes_in(text, name, language))
    return code


def give_link(owner) -> str:
    """A working code for this registration or request, as a message would carry, kept on
    the instance as `token` (what a test holding a message would read from it)."""
    from trainings.models import PrivateLink

    field = "registration" if isinstance(owner, Registration) else "booking"
    owner.token = PrivateLink.issue(**{field: owner})
    return owner.token
