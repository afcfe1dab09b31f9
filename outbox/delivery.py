"""Sending one message, exactly once in practice.

The claim, the send and the mark happen in one database transaction:

    UPDATE message SET status='sent', attempts=attempts+1 WHERE id=%s AND status='queued'
    … render, hand to the e-mail or SMS backend …
    COMMIT

A second worker (a redelivered task, a retry, a second beat's duplicate) running the
same UPDATE waits for the first transaction and then matches no row: it sends
nothing. A worker killed before the backend accepted the message leaves no trace:
the database rolls back its transaction when its connection drops, and the message is
queued again for the next sweep. There is no "sending" state to get stuck in.

The window that remains: the backend accepted the message, and the worker dies (or
the database goes away) before COMMIT returns. The message was sent but its row
rolls back to queued and is sent again. SMTP and SMS gateways offer no way to make
sending and marking one act; the window is one round trip to the database, the
smallest it can be, because nothing else happens between the backend returning and
the commit. (Holding the transaction during the send costs a row lock on one
message for the seconds a send takes; the sweeper skips locked rows.)
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from outbox.models import Message
from outbox.rendering import render
from outbox.sms import SmsMessage
from outbox.sms import get_connection as get_sms_connection

logger = logging.getLogger(__name__)


def backoff(attempts: int) -> int:
    """Seconds before the next try: 1, 2, 4, 8 … minutes, at most an hour."""
    return min(60 * 2 ** max(attempts - 1, 0), 3600)


def deliver(message_id: int, *, email_connection=None, sms_connection=None) -> str:
    """Send the message if it is still queued and due. Returns what happened.

    Raises whatever the backend raised; the caller records the failure (in a new
    transaction, since this one rolled back).
    """
    now = timezone.now()
    with transaction.atomic():
        claimed = Message.objects.filter(
            pk=message_id, status=Message.Status.QUEUED, next_attempt_at__lte=now
        ).update(status=Message.Status.SENT, sent_at=now, attempts=F("attempts") + 1)
        if not claimed:
            return "skipped"
        message = Message.objects.get(pk=message_id)
        rendered = render(message)
        if rendered is None:
            Message.objects.filter(pk=message_id).update(
                status=Message.Status.CANCELLED, sent_at=None
            )
            return "obsolete"
        Message.objects.filter(pk=message_id).update(
            sent_subject=rendered.subject[:250], sent_text=rendered.text, last_error=""
        )
        reference = f"vo-{message.pk}"
        if message.channel == Message.Channel.SMS:
            connection = sms_connection or get_sms_connection()
            connection.send_messages(
                [SmsMessage(to=message.address, body=rendered.text, reference=reference)]
            )
        else:
            email = EmailMultiAlternatives(
                subject=rendered.subject,
                body=rendered.text,
                from_email=settings.DEFAULT_FROM_EMAIL,
                to=[message.address],
                headers={
                    # The same Message-ID if ever sent twice: mail clients show one.
                    "Message-ID": f"<{reference}@{settings.MESSAGE_ID_DOMAIN}>",
                    "Auto-Submitted": "auto-generated",
                },
                connection=email_connection or get_connection(),
            )
            email.attach_alternative(rendered.html, "text/html")
            for filename, content, mimetype in rendered.attachments:
                email.attach(filename, content, mimetype)
            email.send()
        # Nothing may run between the send above and the commit below: see the docstring.
    return "sent"


def record_failure(message_id: int, error: BaseException) -> int | None:
    """Count a failed try; seconds until the next one, or None when we give up."""
    with transaction.atomic():
        message = Message.objects.select_for_update().filter(pk=message_id).first()
        if message is None or message.status != Message.Status.QUEUED:
            return None
        message.attempts += 1
        message.last_error = f"{type(error).__name__}: {error}"[:2000]
        if message.attempts >= settings.OUTBOX_MAX_ATTEMPTS:
            message.status = Message.Status.FAILED
            delay = None
            logger.warning(
                "message %s failed for good after %s tries", message.pk, message.attempts
            )
        else:
            delay = backoff(message.attempts)
            message.next_attempt_at = timezone.now() + timedelta(seconds=delay)
            logger.warning("message %s failed, next try in %s s", message.pk, delay)
        message.save(update_fields=["attempts", "last_error", "status", "next_attempt_at"])
        return delay
