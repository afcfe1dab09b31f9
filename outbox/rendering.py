"""Render a message in its recipient's language, from the kind's templates."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.conf import settings
from django.template import Context
from django.template.loader import get_template, render_to_string
from django.utils import translation

from outbox import kinds
from outbox.kinds import Attachment
from outbox.sms import MAX_SEGMENTS, segments, to_gsm7

_WHITESPACE = re.compile(r"[ \t\r\n]+")


class MessageTooLong(ValueError):
    """An SMS would need more segments than we allow: a template to shorten."""


@dataclass
class Rendered:
    subject: str
    text: str
    html: str = ""
    attachments: list[Attachment] = field(default_factory=list)
    # Codes of private links in the texts: sent, never kept (see outbox.delivery.scrub).
    secrets: list[str] = field(default_factory=list)


# What a link's code reads in a coordinator's preview of a message not sent yet: codes are
# made only when a message is sent (a preview must neither make a working link nor,
# for a "link again", void the parent's current one).
PREVIEW_CODE = "preview"
_PREVIEW_FLAG = "_outbox_preview"


def previewing(message) -> bool:
    """Whether this rendering is a preview (the admin), not a sending: make no codes."""
    return getattr(message, _PREVIEW_FLAG, False)


def base_context(message) -> dict:
    return {
        "message": message,
        "site_url": settings.SITE_URL,
        "programme": "Veilig Online",
        "help_line": settings.HELP_LINE,
        "help_email": settings.HELP_EMAIL,
    }


def render(message, *, preview: bool = False) -> Rendered | None:
    """The message's texts, or None when its kind says it is no longer relevant.

    Sending (outbox.delivery) renders inside the transaction that marks the message
    sent; a kind's context builder may make the codes of private links then. With
    `preview`, builders make none (see `previewing`).
    """
    setattr(message, _PREVIEW_FLAG, preview)
    kind = kinds.get(message.kind)
    with translation.override(message.language):
        specific = kind.context(message)
        if specific is None:
            return None
        # A kind names the codes it put in links as "secrets" (made as it is sent). Rows
        # recorded before codes were made at send time may still hold some in their
        # context under "secret": blanked as well.
        secrets = [*_values(message.context.get("secret")), *specific.pop("secrets", [])]
        context = base_context(message) | specific
        if message.channel == "sms":
            text = to_gsm7(_squash(render_plain(f"sms/{kind.template}.txt", context)))
            if segments(text) > MAX_SEGMENTS:
                raise MessageTooLong(f"{message.kind} needs {segments(text)} segments")
            return Rendered(subject="", text=text, secrets=secrets)
        name = f"emails/{kind.template}"
        # Collapse only the template's own whitespace: str.split() would also turn French
        # no-break spaces ("Rappel\u00a0:") into plain ones, and a colon then wraps alone.
        subject = _WHITESPACE.sub(" ", render_plain(f"{name}-subject.txt", context)).strip(" ")
        return Rendered(
            subject=subject,
            text=_tidy(render_plain(f"{name}-body.txt", context)),
            html=render_to_string(f"{name}-body.html", context),
            attachments=kind.attachments(message, context) if kind.attachments else [],
            secrets=secrets,
        )


def _values(secret) -> list[str]:
    """Every string in a message's "secret" (a code, or a dict or list of codes)."""
    if isinstance(secret, str):
        return [secret]
    if isinstance(secret, dict):
        return [value for item in secret.values() for value in _values(item)]
    if isinstance(secret, list | tuple):
        return [value for item in secret for value in _values(item)]
    return []


def render_plain(name: str, context: dict) -> str:
    """A plain-text template, without HTML escaping: in a subject, a text body or an
    SMS, "De Kleine Prins & co" must not arrive as "De Kleine Prins &amp; co"."""
    template = get_template(name)
    return template.template.render(Context(context, autoescape=False))


def _squash(text: str) -> str:
    """An SMS is one paragraph per line, with no blank lines or template indentation."""
    return "\n".join(line.strip() for line in text.strip().splitlines() if line.strip())


def _tidy(text: str) -> str:
    """Plain text: no trailing spaces, at most one empty line in a row."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    tidy: list[str] = []
    for line in lines:
        if line or (tidy and tidy[-1]):
            tidy.append(line)
    return "\n".join(tidy) + "\n"
