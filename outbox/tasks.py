"""Delivery tasks. They take a message's id; the database decides whether it is sent."""

from __future__ import annotations

from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.utils import timezone

from outbox import delivery
from outbox.models import Message


@shared_task(bind=True, acks_late=True, max_retries=None, ignore_result=True)
def deliver_message(self, message_id: int) -> str:
    try:
        return delivery.deliver(message_id)
    except Exception as error:  # noqa: BLE001 - any backend error is retried
        retry_in = delivery.record_failure(message_id, error)
        if retry_in is None:
            return "failed"
        # Countdowns stay within an hour (the broker's visibility timeout); the sweeper
        # catches any task that is lost all the same.
        raise self.retry(countdown=retry_in, exc=error) from error


@shared_task(acks_late=True, ignore_result=True)
def sweep(limit: int | None = None) -> int:
    """Queue delivery for every due message whose task was lost or never queued.

    A message is normally queued right after its transaction commits; this finds those
    that were recorded while the broker was down, whose task was lost, and the ones
    recorded for later (`send_after`). Due for a minute at least, so that it does not
    race the normal path; a duplicate task is harmless anyway (the claim in
    `outbox.delivery` lets one send).
    """
    limit = limit or settings.OUTBOX_SWEEP_BATCH
    now = timezone.now()
    due = Message.objects.filter(
        status=Message.Status.QUEUED,
        next_attempt_at__lte=now,
        # One recorded in the last minute is left to its own on-commit task.
        created_at__lt=now - timedelta(seconds=60),
    )
    ids = list(due.order_by("next_attempt_at").values_list("pk", flat=True)[:limit])
    for message_id in ids:
        deliver_message.delay(message_id)
    return len(ids)
