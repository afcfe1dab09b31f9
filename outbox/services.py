"""Enqueue a message: the one way the portal speaks to people."""

from __future__ import annotations

import logging
from contextlib import contextmanager
from contextvars import ContextVar
from functools import partial

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.db.models import F, Model
from django.utils import timezone

from outbox import kinds
from outbox.models import Message

logger = logging.getLogger(__name__)


def enqueue(
    *,
    kind: str,
    subject: Model,
    channel: str,
    address: str,
    language: str,
    dedupe_key: str,
    topic: str = "",
    context: dict | None = None,
    send_after=None,
) -> Message | None:
    """Record a message in the caller's transaction, and queue its delivery after commit.

    Returns the new row, or None when a message with this `dedupe_key` exists already
    (the event was recorded before: nothing more is sent).

    Put nothing secret in `context`: it is kept at rest. The code of a private link is
    made by the kind's context builder when the message is sent (outbox.delivery).
    """
    kinds.get(kind)  # an unknown kind is a programming error: fail here, not in the worker
    if not address:
        raise ValueError("A message needs an address.")
    message = Message(
        kind=kind,
        subject_type=ContentType.objects.get_for_model(subject),
        subject_id=subject.pk,
        channel=channel,
        address=address,
        language=language,
        dedupe_key=dedupe_key[:200],
        topic=topic,
        context=context or {},
        next_attempt_at=send_after or timezone.now(),
    )
    try:
        with transaction.atomic():
            message.save()
    except IntegrityError:
        return None
    if send_after is None and not _recording_only.get():
        transaction.on_commit(partial(queue_delivery, message.pk))
    return message


_recording_only = ContextVar("outbox_recording_only", default=False)


@contextmanager
def recording_only():
    """Record messages without queuing their delivery (demo data: nobody is to receive them).

    The rows are written as usual, so the admin shows what would have gone; the caller
    decides what becomes of them.
    """
    token = _recording_only.set(True)
    try:
        yield
    finally:
        _recording_only.reset(token)


def queue_delivery(message_id: int) -> None:
    """Hand the message to a worker. If the broker is down, the sweeper finds it later."""
    from outbox.tasks import deliver_message

    try:
        deliver_message.delay(message_id)
    except Exception as error:  # noqa: BLE001 - any broker error; the row is safe
        logger.warning("could not queue message %s (%s); the sweeper will", message_id, error)


def send_again(queryset) -> int:
    """Queue chosen messages once more (the admin's action); returns how many.

    Each gets a fresh set of tries and, for e-mail, a new Message-ID (`resends`): a
    copy someone asked for must not be dropped as a duplicate of the first.
    """
    chosen = list(queryset.values_list("pk", flat=True))
    with transaction.atomic():
        # A row being sent at this moment is locked: skip it rather than wait for it.
        ids = list(
            Message.objects.filter(pk__in=chosen)
            .select_for_update(skip_locked=True)
            .values_list("pk", flat=True)
        )
        Message.objects.filter(pk__in=ids).update(
            status=Message.Status.QUEUED,
            next_attempt_at=timezone.now(),
            last_error="",
            attempts=0,
            resends=F("resends") + 1,
        )
        for message_id in ids:
            transaction.on_commit(partial(queue_delivery, message_id))
    return len(ids)


def for_subject(subject: Model):
    return Message.objects.filter(
        subject_type=ContentType.objects.get_for_model(subject), subject_id=subject.pk
    )
