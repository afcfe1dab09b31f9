"""Two workers on one message, on PostgreSQL: the second skips it at once, without waiting."""

from __future__ import annotations

import threading
import time
from datetime import timedelta

import pytest
from django.db import connection, connections
from django.utils import timezone

from outbox.delivery import deliver
from outbox.models import Message
from outbox.tasks import sweep
from tests.outbox.backends import GatedEmailBackend

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL"),
]


@pytest.mark.django_db(transaction=True)
def test_a_message_being_sent_is_skipped_by_others_without_waiting(probe, settings):
    settings.EMAIL_BACKEND = "tests.outbox.backends.GatedEmailBackend"
    GatedEmailBackend.reset()
    # Due, recorded a while ago: both a duplicate task and the sweep would take it.
    message = probe(send_after=timezone.now())
    Message.objects.filter(pk=message.pk).update(created_at=timezone.now() - timedelta(minutes=5))
    outcome = {}

    def first_worker():
        try:
            outcome["first"] = deliver(message.pk)
        finally:
            connections.close_all()

    worker = threading.Thread(target=first_worker)
    worker.start()
    try:
        assert GatedEmailBackend.entered.wait(timeout=10)  # inside the send, row locked
        started = time.monotonic()
        assert deliver(message.pk) == "skipped"  # a redelivered task, a retry
        assert sweep() == 0  # a beat: the row being sent is not queued again
        assert time.monotonic() - started < 1  # skipped, not waited for
    finally:
        GatedEmailBackend.gate.set()
        worker.join(timeout=10)

    assert outcome["first"] == "sent"
    assert len(GatedEmailBackend.sent) == 1
    message.refresh_from_db()
    assert (message.status, message.attempts) == (Message.Status.SENT, 1)
    assert deliver(message.pk) == "skipped"
