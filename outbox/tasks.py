"""Delivery tasks. They take a message's id; the database decides whether it is sent."""

from __future__ import annotations

from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.db import transaction
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
        # catches any task that is lost all the same. The error is not passed on: Celery
        # would log it, and an SMTP refusal names the recipient. It is on the row.
        raise self.retry(countdown=retry_in) from None


@shared_task(acks_late=True, ignore_result=True)
def sweep(limit: int | None = None) -> int:
    """Queue delivery for every due message whose task was lost or never queued.

    A message is normally queued right after its transaction commits; this finds those
    recorded while the broker was down, those whose task was lost (a worker killed
    mid-send: with Redis, its task comes back only after the visibility timeout), and
    those recorded for later (`send_after`). A message recorded in the last minute is
    left to its own on-commit task. Rows being sent right now are locked and skipped.
    A duplicate task is harmless anyway (the claim in `outbox.delivery` lets one
    send), so two beats running by mistake cost work, never a second message.
    """
    limit = limit or settings.OUTBOX_SWEEP_BATCH
    now = timezone.now()
    due = Message.objects.filter(
        status=Message.Status.QUEUED,
        next_attempt_at__lte=now,
        created_at__lt=now - timedelta(seconds=60),
    )
    with transaction.atomic():
        ids = list(
            due.select_for_update(skip_locked=True)
            .order_by("next_attempt_at")
            .values_list("pk", flat=True)[:limit]
        )
    for message_id in ids:
        deliver_message.delay(message_id)
    return len(ids)
