"""Text messages: segment counting, plain GSM-7, the backends, a real provider's API."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.exceptions import ImproperlyConfigured

from outbox import sms
from outbox.delivery import deliver
from outbox.models import Message
from outbox.rendering import MessageTooLong, render
from outbox.tasks import deliver_message

# --- Segments: what the recipient's phone (and the provider's bill) counts.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 1),
        ("a" * 160, 1),
        ("a" * 161, 2),  # concatenated: 153 characters a segment
        ("a" * 306, 2),
        ("a" * 307, 3),
        ("€" * 80, 1),  # the extension set costs two septets each: 160
        ("€" * 81, 2),
        ("a" * 159 + "[", 2),  # one bracket too many
        ("ж" * 70, 1),  # not GSM-7: UCS-2, 70 a segment
        ("ж" * 71, 2),
        ("ж" * 134, 2),  # 67 a segment when concatenated
        ("ж" * 135, 3),
        ("a" * 69 + "ê", 1),  # one character outside GSM-7 turns it all to UCS-2
        ("a" * 70 + "ê", 2),
        ("😀" * 35, 1),  # outside the BMP: two UTF-16 units each
        ("😀" * 36, 2),
    ],
)
def test_segments(text, expected):
    assert sms.segments(text) == expected


def test_french_text_stays_in_gsm7():
    text = (
        "Votre séance « Réseaux sociaux » commence à 19\u00a0h — n\u2019oubliez pas\u202f! "
        "Fête, garçon, être, où, Noël, cœur…"
    )

    plain = sms.to_gsm7(text)

    assert plain == (
        'Votre séance " Réseaux sociaux " commence à 19 h - n\'oubliez pas ! '
        "Fete, garcon, etre, où, Noel, coeur..."
    )
    assert sms.is_gsm7(plain)
    assert not sms.is_gsm7(text)
    assert sms.segments(plain) == 1


def test_dutch_text_stays_in_gsm7():
    plain = sms.to_gsm7("België: geïnteresseerde ouders, financiële hulp, café")
    assert plain == "Belgie: geinteresseerde ouders, financiele hulp, café"
    assert sms.is_gsm7(plain)


# --- Backends.


def test_the_console_backend_prints_each_message(capsys):
    sent = sms.ConsoleBackend().send_messages(
        [sms.SmsMessage(to="+32470123456", body="Veilig Online: tot donderdag!")]
    )

    assert sent == 1
    out = capsys.readouterr().out
    assert "SMS to +32470123456 (1 segment(s))" in out
    assert "Veilig Online: tot donderdag!" in out


def test_the_file_backend_writes_one_file_per_message(probe, settings, tmp_path):
    settings.SMS_BACKEND = "outbox.sms.FileBackend"
    settings.SMS_FILE_PATH = str(tmp_path / "sms")
    first = probe(channel="sms", address="+32470111111")
    second = probe(channel="sms", address="+32470222222", language="fr")

    deliver(first.pk)
    deliver(second.pk)

    files = sorted((tmp_path / "sms").iterdir())
    assert len(files) == 2
    texts = sorted(path.read_text("utf-8") for path in files)
    assert texts[0].startswith("To: +32470111111\n\nVeilig Online: Dag Lieve.\n")
    assert texts[1].startswith("To: +32470222222\n\nVeilig Online: Bonjour Lieve.\n")
    assert {path.name.split("-")[1] for path in files} == {str(first.pk), str(second.pk)}


def test_an_sms_through_the_outbox_is_one_paragraph_a_line(probe, sms_in_memory):
    message = probe(channel="sms")

    assert deliver(message.pk) == "sent"

    [text] = sms_in_memory
    assert text.to == "+32470123456"
    assert text.body == f"Veilig Online: Dag Lieve.\nhttp://127.0.0.1:8000/probe/{message.pk}"
    assert text.reference == f"vo-{message.pk}"
    message.refresh_from_db()
    assert message.sent_text == text.body
    assert message.sent_subject == ""


def test_an_sms_longer_than_two_segments_is_refused_and_fails_at_once(probe, sms_in_memory):
    message = probe(channel="sms", context={"name": "Lieve " * 60})

    with pytest.raises(MessageTooLong):
        render(message)
    deliver_message.delay(message.pk)

    message.refresh_from_db()
    # No retry can shorten a text: failed at the first try, for a coordinator to see.
    assert message.status == Message.Status.FAILED
    assert message.attempts == 1
    assert message.last_error.startswith("MessageTooLong: outbox_probe needs 3 segments")
    assert sms_in_memory == []


def test_not_configured_fails_each_send_until_the_message_fails(probe, settings):
    settings.SMS_BACKEND = "outbox.sms.NotConfiguredBackend"
    settings.OUTBOX_MAX_ATTEMPTS = 2
    message = probe(channel="sms")

    deliver_message.delay(message.pk)
    message.refresh_from_db()
    assert (message.status, message.attempts) == (Message.Status.QUEUED, 1)
    assert message.last_error.startswith("ImproperlyConfigured: No SMS provider is configured")

    Message.objects.filter(pk=message.pk).update(next_attempt_at=message.created_at)
    deliver_message.delay(message.pk)
    message.refresh_from_db()
    assert (message.status, message.attempts) == (Message.Status.FAILED, 2)


def test_production_settings_default_to_not_configured(tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = {k: v for k, v in os.environ.items() if k not in {"SMS_BACKEND", "DEBUG"}} | {
        "DEBUG": "0",
        "SECRET_KEY": "x7#kq" * 12,
        "ALLOWED_HOSTS": "veiligonline.be",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; "
            "print(settings.SMS_BACKEND)",
        ],
        cwd=Path(__file__).resolve().parents[2],
        env=env | {"DJANGO_SETTINGS_MODULE": "veiligonline.settings"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.stdout.strip() == "outbox.sms.NotConfiguredBackend", result.stderr


# --- A provider's HTTP API, played by a server on this machine.


class Provider:
    """A JSON-over-HTTP SMS provider on 127.0.0.1 that records what it receives."""

    def __init__(self):
        self.received: list[dict] = []
        self.status = 202
        self.body = b'{"id": "abc"}'
        self.headers: dict = {}
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers["Content-Length"])
                provider.received.append(
                    {
                        "path": self.path,
                        "authorization": self.headers["Authorization"],
                        "content_type": self.headers["Content-Type"],
                        "json": json.loads(self.rfile.read(length)),
                    }
                )
                self.send_response(provider.status)
                for name, value in provider.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(provider.body)))
                self.end_headers()
                self.wfile.write(provider.body)

            def log_message(self, *args):
                pass  # the test's output stays quiet

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/v1/sms"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def provider(settings):
    provider = Provider()
    settings.SMS_BACKEND = "outbox.sms.HttpApiBackend"
    settings.SMS_PROVIDER_URL = provider.url
    settings.SMS_PROVIDER_TOKEN = "test-token"
    settings.SMS_SENDER = "VeiligOnl"
    yield provider
    provider.close()


def test_the_http_backend_posts_json_with_the_token(provider, probe):
    message = probe(channel="sms")

    assert deliver(message.pk) == "sent"

    [request] = provider.received
    assert request["path"] == "/v1/sms"
    assert request["authorization"] == "Bearer test-token"
    assert request["content_type"] == "application/json; charset=utf-8"
    assert request["json"] == {
        "from": "VeiligOnl",
        "to": "+32470123456",
        "text": f"Veilig Online: Dag Lieve.\nhttp://127.0.0.1:8000/probe/{message.pk}",
        "reference": f"vo-{message.pk}",
    }
    assert Message.objects.get(pk=message.pk).status == Message.Status.SENT


def test_a_provider_error_is_retried_with_its_words(provider, probe):
    provider.status = 503
    provider.body = b'{"error": "maintenance"}'
    message = probe(channel="sms")

    deliver_message.delay(message.pk)

    message.refresh_from_db()
    assert (message.status, message.attempts) == (Message.Status.QUEUED, 1)
    assert message.last_error == (
        'SmsProviderError: the provider answered 503: {"error": "maintenance"}'
    )


def test_a_redirect_is_not_followed(provider):
    provider.status = 302
    provider.headers = {"Location": provider.url + "/elsewhere"}

    with pytest.raises(sms.SmsProviderError, match="answered 302"):
        sms.send_sms("+32470123456", "Hallo")

    assert [request["path"] for request in provider.received] == ["/v1/sms"]


def test_an_unreachable_provider_raises(settings):
    unused = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    port = unused.server_port
    unused.server_close()  # nothing listens there any more

    backend = sms.HttpApiBackend(url=f"http://127.0.0.1:{port}/sms", token="t", timeout=2)
    with pytest.raises(sms.SmsProviderError, match="could not be reached"):
        backend.send_messages([sms.SmsMessage(to="+32470123456", body="Hallo")])


@pytest.mark.parametrize(
    ("url", "token"),
    [
        ("http://sms.example.com/send", "t"),  # the token would travel in clear
        ("ftp://127.0.0.1/send", "t"),
        ("https://sms.example.com/send", ""),
        ("", "t"),
    ],
)
def test_the_http_backend_refuses_an_unsafe_or_missing_configuration(url, token):
    with pytest.raises(ImproperlyConfigured):
        sms.HttpApiBackend(url=url, token=token)


def test_the_http_backend_accepts_https():
    backend = sms.HttpApiBackend(url="https://sms.example.com/send", token="t")
    assert backend.url == "https://sms.example.com/send"
