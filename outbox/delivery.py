"""Sending one message, exactly once in practice.

The claim, the send and the mark happen in one database transaction:

    SELECT … FROM message WHERE id=%s AND status='queued' AND due FOR UPDATE SKIP LOCKED
    … render …
    UPDATE message SET status='sent', attempts=attempts+1, … WHERE id=%s AND status='queued'
    … hand to the e-mail or SMS backend …
    COMMIT

A second worker (a redelivered task, a retry, a second beat's duplicate) finds the row
locked and skips it at once, without waiting; once the first commits, the row is no
longer queued and matches nothing. On SQLite, which has no row locks, the conditional
UPDATE is the guard: SQLite lets one writer at a time, and the second UPDATE, once it
runs, finds the row sent. A worker killed before the backend accepted the message
leaves no trace: the database rolls back its transaction when its connection drops,
the row is queued again, and the retry or the next sweep sends it. There is no
committed "sending" state to get stuck in.

The window that remains: the backend has accepted the message, and the worker dies
(or the database goes away) before COMMIT returns. The message went out, but its row
rolls back to queued and is sent again. SMTP and SMS gateways offer no way to make
sending and marking one act, so some window must remain; this one is one round trip
to the database, the smallest it can be, because nothing at all happens between the
backend returning and the commit. An e-mail sent twice this way carries the same
Message-ID both times (`Message.message_id`), so mail services and clients show one.

Private links: a message may carry codes that open someone's page (a parent's
registration, an organisation's request, a moderator's password link). They are made
when the message is sent, by the kind's context builder, inside the transaction below,
and exist in clear only in the text handed to the backend: a message waiting in the
queue holds none, a send that fails rolls its new link back, and the subject and text we
keep show a placeholder where they stood (the builder names them as "secrets"), so that
no one reading the outbox afterwards (a coordinator, a backup) holds a working link.
Rows recorded before this design may hold codes in their context under "secret": the
mark removes them, as does a message that will not be sent (obsolete, failed for good).

Holding the transaction during the send costs one row lock for the seconds a send
takes (EMAIL_TIMEOUT caps it); nothing waits for that lock, since the sweeper and
other workers skip locked rows.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.db.models import F
from django.template import TemplateDoesNotExist, TemplateSyntaxError
from django.utils import timezone

from outbox.models import Message
from outbox.rendering import MessageTooLong, render
from outbox.sms import SmsMessage
from outbox.sms import get_connection as get_sms_connection

logger = logging.getLogger(__name__)

# Errors that no retry can cure: a template to fix or shorten, a kind no app registers.
# The message is marked failed at once, with the error, for a coordinator to see.
PERMANENT_ERRORS = (MessageTooLong, LookupError, TemplateDoesNotExist, TemplateSyntaxError)


SECRET = "secret"  # noqa: S105 - the context key, not a password
PLACEHOLDER = "•••••"


def scrub(text: str, secrets: list[str]) -> str:
    """The text with every code of a private link replaced by a placeholder."""
    for secret in sorted({s for s in secrets if s and len(s) >= 8}, key=len, reverse=True):
        text = text.replace(secret, PLACEHOLDER)
    return text


def without_secrets(context: dict) -> dict:
    return {key: value for key, value in (context or {}).items() if key != SECRET}


def backoff(attempts: int) -> int:
    """Seconds before the next try: 1, 2, 4, 8 … minutes, at most an hour."""
    return min(60 * 2 ** max(attempts - 1, 0), 3600)


def deliver(message_id: int, *, email_connection=None, sms_connection=None) -> str:
    """Send the message if it is still queued and due. Returns what happened:
    "sent", "obsolete" (its cause says it is no longer relevant: marked cancelled)
    or "skipped" (sent, failed, not due yet, or being sent by another worker).

    Raises whatever rendering or the backend raised, after rolling back; the caller
    records the failure (`record_failure`, in a transaction of its own).
    """
    now = timezone.now()
    with transaction.atomic():
        message = (
            Message.objects.select_for_update(skip_locked=True)
            .filter(pk=message_id, status=Message.Status.QUEUED, next_attempt_at__lte=now)
            .first()
        )
        if message is None:
            return "skipped"
        rendered = render(message)
        if rendered is None:
            # Its cause no longer holds. A copy a coordinator asked for ("send again") of a
            # message sent before leaves that earlier send on record, as it was.
            Message.objects.filter(pk=message_id, status=Message.Status.QUEUED).update(
                status=Message.Status.SENT if message.sent_at else Message.Status.CANCELLED,
                last_error="",
                context=without_secrets(message.context),
            )
            return "obsolete"
        claimed = Message.objects.filter(pk=message_id, status=Message.Status.QUEUED).update(
            status=Message.Status.SENT,
            sent_at=now,
            attempts=F("attempts") + 1,
            sent_subject=scrub(rendered.subject, rendered.secrets)[:250],
            sent_text=scrub(rendered.text, rendered.secrets),
            context=without_secrets(message.context),
            last_error="",
        )
        if not claimed:
            return "skipped"  # SQLite only: another worker sent it while we rendered
        if message.channel == Message.Channel.SMS:
            connection = sms_connection or get_sms_connection()
            connection.send_messages(
                [SmsMessage(to=message.address, body=rendered.text, reference=f"vo-{message.pk}")]
            )
        else:
            email = EmailMultiAlternatives(
                subject=rendered.subject,
                body=rendered.text,
                from_email=settings.DEFAULT_FROM_EMAIL,
                to=[message.address],
                headers={
                    "Message-ID": message.message_id,
                    # Tells auto-responders and out-of-office replies not to answer.
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
    """Count a failed try; seconds until the next one, or None when there is none
    (given up, the error is permanent, or the row is no longer ours to count)."""
    with transaction.atomic():
        message = (
            Message.objects.select_for_update(skip_locked=True)
            .filter(pk=message_id, status=Message.Status.QUEUED)
            .only("pk", "attempts", "context")
            .first()
        )
        if message is None:
            return None  # sent meanwhile, or another worker holds it: not our try to count
        attempts = message.attempts + 1
        changes = {
            "attempts": attempts,
            # The error as a coordinator reads it in the admin; never written to the logs,
            # since an SMTP refusal names the recipient.
            "last_error": f"{type(error).__name__}: {error}"[:2000],
        }
        if attempts >= settings.OUTBOX_MAX_ATTEMPTS or isinstance(error, PERMANENT_ERRORS):
            changes["status"] = Message.Status.FAILED
            # Not sent: its codes go now ("send again" makes new links).
            changes["context"] = without_secrets(message.context)
            delay = None
            logger.warning(
                "message %s failed for good after %s tries (%s)",
                message_id,
                attempts,
                type(error).__name__,
            )
        else:
            delay = backoff(attempts)
            changes["next_attempt_at"] = timezone.now() + timedelta(seconds=delay)
            logger.warning(
                "message %s failed (%s), next try in %s s", message_id, type(error).__name__, delay
            )
        # Conditional, like the claim: on SQLite (no row locks) a row another worker sent
        # meanwhile is left as it is.
        if not Message.objects.filter(pk=message_id, status=Message.Status.QUEUED).update(
            **changes
        ):
            return None
        return delay
