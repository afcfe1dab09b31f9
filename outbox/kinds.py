"""The kinds of message, registered by the apps that send them.

An app describes each kind once, in its `AppConfig.ready()`:

    outbox.kinds.register(Kind(
        name="registration_confirmed",
        label=_("Registration confirmed"),
        template="trainings/registration_confirmed",
        context=confirmed_context,          # (message) -> dict, or None: no longer relevant
        attachments=calendar_attachment,    # (message, context) -> [(name, bytes, mimetype)]
        essential=True,                     # False: the recipient can stop it (reminders)
    ))

The templates are `emails/<template>-subject.txt`, `-body.txt`, `-body.html` and
`sms/<template>.txt`, rendered in the recipient's language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Attachment = tuple[str, bytes, str]


@dataclass(frozen=True)
class Kind:
    name: str
    label: Any
    template: str
    context: Callable[[Any], dict | None]
    attachments: Callable[[Any, dict], list[Attachment]] | None = None
    essential: bool = True
    channels: tuple[str, ...] = field(default=("email", "sms"))


_KINDS: dict[str, Kind] = {}


def register(kind: Kind) -> Kind:
    _KINDS[kind.name] = kind
    return kind


def get(name: str) -> Kind:
    try:
        return _KINDS[name]
    except KeyError:
        raise LookupError(f"No message kind {name!r} is registered.") from None


def label(name: str):
    kind = _KINDS.get(name)
    return kind.label if kind else name


def choices() -> list[tuple[str, Any]]:
    return sorted(((k.name, k.label) for k in _KINDS.values()), key=lambda c: str(c[1]))
