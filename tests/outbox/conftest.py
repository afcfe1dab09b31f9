"""A kind of message of our own for the outbox's tests: "outbox_probe".

Its subject is a user account; the message is no longer relevant once the account is
deactivated (as a reminder is once its registration is cancelled). Its templates live
in tests/outbox/templates/, added to the template folders for these tests only.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from django.contrib.auth import get_user_model

from outbox import kinds
from outbox.services import enqueue

PROBE = "outbox_probe"
TEMPLATES = Path(__file__).parent / "templates"


def probe_context(message):
    user = get_user_model().objects.filter(pk=message.subject_id, is_active=True).first()
    if user is None:
        return None
    return {"name": message.context.get("name") or user.first_name}


def probe_attachments(message, context):
    return [("probe.txt", f"for {context['name']}".encode(), "text/plain")]


@pytest.fixture
def probe_kind(settings, monkeypatch):
    templates = [dict(engine) for engine in settings.TEMPLATES]
    templates[0]["DIRS"] = [*templates[0]["DIRS"], TEMPLATES]
    settings.TEMPLATES = templates
    kind = kinds.Kind(
        name=PROBE,
        label="Probe",
        template="outbox_probe/probe",
        context=probe_context,
        attachments=probe_attachments,
    )
    monkeypatch.setitem(kinds._KINDS, PROBE, kind)
    return kind


@pytest.fixture
def person(db, django_user_model):
    return django_user_model.objects.create_user(
        username="lieve", first_name="Lieve", email="lieve@example.org", password="x" * 20
    )


@pytest.fixture
def probe(probe_kind, person):
    """Record a probe message (committed at once, outside any test transaction's
    on-commit capture: call inside django_capture_on_commit_callbacks to deliver)."""
    counter = iter(range(1, 100_000))

    def make(*, channel="email", address=None, language="nl", key=None, **fields):
        if address is None:
            address = person.email if channel == "email" else "+32470123456"
        return enqueue(
            kind=PROBE,
            subject=person,
            channel=channel,
            address=address,
            language=language,
            dedupe_key=key or f"probe:{person.pk}:{next(counter)}",
            topic=f"user:{person.pk}",
            **fields,
        )

    return make
