"""Text messages, with backends chosen by `SMS_BACKEND` as e-mail's are by `EMAIL_BACKEND`.

A backend is a class with `send_messages(messages) -> int` (how many went out), which
raises on failure so that the outbox retries. Ours:

- `outbox.sms.ConsoleBackend` prints each message (the zero-setup default);
- `outbox.sms.FileBackend` writes one file per message into `SMS_FILE_PATH` (tests);
- `outbox.sms.LocmemBackend` keeps them in `outbox.sms.sent` (unit tests).

A real provider is one more class: post `message.to` (E.164, "+32470123456") and
`message.body` to its API with a timeout, raise on any answer but success. See the
README for an example provider.
"""

from __future__ import annotations

import sys
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.utils.module_loading import import_string

# GSM 03.38: the basic set, and the extension set whose characters cost two septets.
GSM7_BASIC = (
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENDED = "^{}\\[~]|€\f"
MAX_SEGMENTS = 2

# Typography that has a plain GSM-7 equivalent: an SMS stays in GSM-7 (160 characters a
# segment) instead of falling back to UCS-2 (70) for one curly quote.
_TO_GSM7 = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u201c": '"',
        "\u201d": '"',
        "«": '"',
        "»": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2026": "...",
        "\u00a0": " ",
        "\u202f": " ",
        "ê": "e",
        "ë": "e",
        "â": "a",
        "î": "i",
        "ï": "i",
        "ô": "o",
        "û": "u",
        "ç": "c",
        "œ": "oe",
        "À": "A",
        "È": "E",
        "Ê": "E",
        "Ô": "O",
        "Î": "I",
        "Û": "U",
    }
)


def to_gsm7(text: str) -> str:
    """Replace typographic characters by their plain GSM-7 forms, where one exists.

    Accents GSM-7 lacks (ê, ç, ô) lose them: a French SMS stays readable, and costs
    half what the same text in UCS-2 would.
    """
    return text.translate(_TO_GSM7)


def is_gsm7(text: str) -> bool:
    return all(ch in GSM7_BASIC or ch in GSM7_EXTENDED for ch in text)


def segments(text: str) -> int:
    """How many SMS segments the text needs (concatenated SMS use a 6-octet header)."""
    if is_gsm7(text):
        length = sum(2 if ch in GSM7_EXTENDED else 1 for ch in text)
        single, multi = 160, 153
    else:
        length = sum(2 if ord(ch) > 0xFFFF else 1 for ch in text)
        single, multi = 70, 67
    if length <= single:
        return 1
    return -(-length // multi)


@dataclass
class SmsMessage:
    to: str
    body: str
    reference: str = ""


class BaseSmsBackend:
    def __init__(self, fail_silently: bool = False, **kwargs):
        self.fail_silently = fail_silently

    def send_messages(self, messages: list[SmsMessage]) -> int:
        raise NotImplementedError


class ConsoleBackend(BaseSmsBackend):
    _lock = threading.Lock()

    def send_messages(self, messages):
        with self._lock:
            for message in messages:
                sys.stdout.write(
                    f"SMS to {message.to} ({segments(message.body)} segment(s))\n"
                    f"{message.body}\n{'-' * 79}\n"
                )
            sys.stdout.flush()
        return len(messages)


class FileBackend(BaseSmsBackend):
    def __init__(self, file_path: str | None = None, **kwargs):
        super().__init__(**kwargs)
        self.path = Path(file_path or settings.SMS_FILE_PATH)
        self.path.mkdir(parents=True, exist_ok=True)

    def send_messages(self, messages):
        for message in messages:
            name = f"{message.reference or uuid.uuid4().hex}-{uuid.uuid4().hex[:8]}.sms"
            (self.path / name).write_text(f"To: {message.to}\n\n{message.body}\n", "utf-8")
        return len(messages)


sent: list[SmsMessage] = []


class LocmemBackend(BaseSmsBackend):
    def send_messages(self, messages):
        sent.extend(messages)
        return len(messages)


def get_connection(backend: str | None = None, **kwargs) -> BaseSmsBackend:
    return import_string(backend or settings.SMS_BACKEND)(**kwargs)


def send_sms(to: str, body: str, reference: str = "") -> int:
    return get_connection().send_messages([SmsMessage(to=to, body=body, reference=reference)])
