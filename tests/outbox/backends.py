"""Stand-ins for the outside world (an SMTP server that refuses, a slow one)."""

from __future__ import annotations

import os
import smtplib
import threading
import time

from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.backends.filebased import EmailBackend as FileEmailBackend


class RefusingEmailBackend(BaseEmailBackend):
    """An SMTP server that answers "try again later" to everything."""

    def send_messages(self, email_messages):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")


class SlowFileEmailBackend(FileEmailBackend):
    """Django's file backend behind a slow network: it waits before it writes.

    The integration test kills the worker while it waits, the way a real worker dies
    in the middle of an SMTP conversation (OUTBOX_SLOW_MAIL_SECONDS, 0.05 by default).
    """

    def send_messages(self, email_messages):
        time.sleep(float(os.environ.get("OUTBOX_SLOW_MAIL_SECONDS", "0.05")))
        return super().send_messages(email_messages)


class GatedEmailBackend(BaseEmailBackend):
    """A mail server that holds each message until the test opens the gate."""

    entered = threading.Event()
    gate = threading.Event()
    sent: list = []

    @classmethod
    def reset(cls):
        cls.entered = threading.Event()
        cls.gate = threading.Event()
        cls.sent = []

    def send_messages(self, email_messages):
        type(self).entered.set()
        if not type(self).gate.wait(timeout=10):
            raise TimeoutError("the test never opened the gate")
        type(self).sent.extend(email_messages)
        return len(email_messages)
