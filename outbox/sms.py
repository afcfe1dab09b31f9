"""Text messages, with backends chosen by `SMS_BACKEND` as e-mail's are by `EMAIL_BACKEND`.

A backend is a class with `send_messages(messages) -> int` (how many went out), which
raises on failure so that the outbox retries. Ours:

- `outbox.sms.ConsoleBackend` prints each message (the zero-setup default);
- `outbox.sms.FileBackend` writes one file per message into `SMS_FILE_PATH` (tests);
- `outbox.sms.LocmemBackend` keeps them in `outbox.sms.sent` (unit tests);
- `outbox.sms.HttpApiBackend` posts each message as JSON to a provider's HTTPS API
  (`SMS_PROVIDER_URL`, `SMS_PROVIDER_TOKEN`, `SMS_SENDER`);
- `outbox.sms.NotConfiguredBackend`, the default when DEBUG is off: it refuses to
  send, so that a production site without a provider shows failed messages to its
  coordinators instead of writing texts to a folder nobody reads.

A provider whose API differs is one more class: post `message.to` (E.164,
"+32470123456") and `message.body` with a timeout, raise on any answer but success.
"""

from __future__ import annotations

import ipaddress
import json
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
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
        "Â": "A",
        "Ë": "E",
        "Ï": "I",
        "ÿ": "y",
        "Œ": "OE",
        "á": "a",
        "í": "i",
        "ó": "o",
        "ú": "u",
        "\u2009": " ",
        "\u2010": "-",
        "\u2011": "-",
        "\u2022": "-",
        "`": "'",
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


class NotConfiguredBackend(BaseSmsBackend):
    """Refuses every message: no SMS provider is configured for this site."""

    def send_messages(self, messages):
        raise ImproperlyConfigured(
            "No SMS provider is configured: set SMS_BACKEND to outbox.sms.HttpApiBackend "
            "with SMS_PROVIDER_URL and SMS_PROVIDER_TOKEN (see the README)."
        )


class SmsProviderError(RuntimeError):
    """The provider did not accept the message; the outbox retries it."""


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    # A redirect would resend the message (with its token) somewhere we did not choose.
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class HttpApiBackend(BaseSmsBackend):
    """A generic JSON-over-HTTPS SMS provider.

    Each message is one POST to `SMS_PROVIDER_URL` with `Authorization: Bearer
    <SMS_PROVIDER_TOKEN>` and the body

        {"from": SMS_SENDER, "to": "+32470123456", "text": "…", "reference": "vo-42"}

    Any answer other than 2xx, a redirect, a timeout or a refused connection raises,
    and the outbox retries the message with backoff. Most providers (Belgian-capable
    ones included) take this shape or one a few lines away from it; for another shape,
    subclass and override `payload()` or `headers()`. Only HTTPS is accepted, except to
    the machine itself (a local relay, or a test).
    """

    def __init__(self, url=None, token=None, sender=None, timeout=None, **kwargs):
        super().__init__(**kwargs)
        self.url = url or settings.SMS_PROVIDER_URL
        self.token = token or settings.SMS_PROVIDER_TOKEN
        self.sender = sender or settings.SMS_SENDER
        self.timeout = timeout or getattr(settings, "SMS_PROVIDER_TIMEOUT", 10)
        parts = urllib.parse.urlsplit(self.url or "")
        if not (self.url and self.token):
            raise ImproperlyConfigured(
                "HttpApiBackend needs SMS_PROVIDER_URL and SMS_PROVIDER_TOKEN."
            )
        if parts.scheme != "https" and not (
            parts.scheme == "http" and _is_loopback(parts.hostname or "")
        ):
            raise ImproperlyConfigured("SMS_PROVIDER_URL must be an https:// address.")
        self._opener = urllib.request.build_opener(_NoRedirects)

    def payload(self, message: SmsMessage) -> dict:
        return {
            "from": self.sender,
            "to": message.to,
            "text": message.body,
            "reference": message.reference,
        }

    def headers(self) -> dict:
        return {
            "Authorization": f"Bearer {self.token}",
            "Content-Type": "application/json; charset=utf-8",
            "Accept": "application/json",
        }

    def send_messages(self, messages):
        for message in messages:
            request = urllib.request.Request(  # noqa: S310 - https only, checked above
                self.url,
                data=json.dumps(self.payload(message)).encode(),
                headers=self.headers(),
                method="POST",
            )
            try:
                with self._opener.open(request, timeout=self.timeout) as response:
                    status = response.status
            except urllib.error.HTTPError as error:
                # The provider's own words help a coordinator; a few hundred characters.
                detail = error.read(300).decode("utf-8", "replace")
                raise SmsProviderError(f"the provider answered {error.code}: {detail}") from None
            except (urllib.error.URLError, TimeoutError, OSError) as error:
                reason = getattr(error, "reason", error)
                raise SmsProviderError(f"the provider could not be reached: {reason}") from None
            if not 200 <= status < 300:
                raise SmsProviderError(f"the provider answered {status}")
        return len(messages)


def get_connection(backend: str | None = None, **kwargs) -> BaseSmsBackend:
    return import_string(backend or settings.SMS_BACKEND)(**kwargs)


def send_sms(to: str, body: str, reference: str = "") -> int:
    return get_connection().send_messages([SmsMessage(to=to, body=body, reference=reference)])
