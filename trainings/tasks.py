"""Background work of the trainings: reminders before a session, forgetting after it."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from celery import shared_task
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from outbox.models import Message
from trainings.messages import Organisation as ToOrganisation
from trainings.messages import (
    Parent,
    organisation_key,
    parent_key,
    session_facts,
    tell_organisation,
    tell_parent,
)
from trainings.models import BookingRequest, Registration, TrainingSession

KEEP_AFTER_SESSION = timedelta(days=90)


@shared_task(acks_late=True)
def forget_past_registrations() -> int:
    """Delete registrations (name, contact, needs) of sessions that ended 90 days ago.

    The session keeps its seat count, so the programme's figures stay; nobody's
    details do.
    """
    _total, per_model = Registration.objects.filter(
        session__ends_at__lt=timezone.now() - KEEP_AFTER_SESSION
    ).delete()
    return per_model.get(Registration._meta.label, 0)


@shared_task(acks_late=True, ignore_result=True)
def queue_reminders() -> int:
    """The beat's sweep (every few minutes): record the reminders that are due now.

    A sweep, not a task per reminder with a long countdown: a countdown longer than
    the broker's visibility timeout is delivered again and again, and a session moved
    or a registration cancelled in the meantime would need the task found and revoked.
    Here the database says what is due; each message's unique key makes a second
    sweep (two beats by mistake, a retried task) record nothing more.
    """
    return record_due_reminders(now=timezone.now())


def local_morning(session: TrainingSession) -> datetime:
    """REMINDER_MORNING_HOUR on the session's own day, in Brussels (whatever its DST)."""
    local_day = timezone.localtime(session.starts_at).date()
    return datetime.combine(
        local_day, time(settings.REMINDER_MORNING_HOUR), tzinfo=timezone.get_default_timezone()
    )


def days_before(session: TrainingSession) -> datetime:
    """The same wall-clock time REMINDER_DAYS_BEFORE days earlier (not 72 hours: a
    session on the Sunday the clocks change is reminded at its own hour)."""
    local_start = timezone.localtime(session.starts_at)
    earlier = local_start.replace(tzinfo=None) - timedelta(days=settings.REMINDER_DAYS_BEFORE)
    return timezone.make_aware(earlier, timezone.get_default_timezone())


def due_kind(session: TrainingSession, registration_created, now: datetime) -> str | None:
    """Which reminder, if any, is due for one registration at `now`.

    - On the morning of the day (from REMINDER_MORNING_HOUR until the start): the
      reminder of the day, to everyone who registered before that morning.
    - Earlier, from REMINDER_DAYS_BEFORE days before: the reminder "in a few days",
      to those who registered before that moment (who registered since has just read
      the confirmation).
    A sweep that was down through the first window does not send a stale "in three
    days" on the day itself.
    """
    if now >= session.starts_at:
        return None
    morning = local_morning(session)
    if now >= morning:
        return Parent.REMINDER_TODAY if registration_created < morning else None
    opens = days_before(session)
    if now >= opens:
        return Parent.REMINDER if registration_created < opens else None
    return None


def record_due_reminders(*, now: datetime) -> int:
    """Record every reminder due at `now`; returns how many were recorded."""
    # Bounded: only sessions starting within the reminder window (and a day's margin
    # for the wall-clock arithmetic), found through the index on starts_at. Never a
    # scan of all registrations.
    horizon = now + timedelta(days=max(settings.REMINDER_DAYS_BEFORE, 1) + 1)
    sessions = {
        session.pk: session
        for session in TrainingSession.objects.filter(
            starts_at__gt=now, starts_at__lte=horizon
        ).exclude(status=TrainingSession.Status.CANCELLED)
    }
    if not sessions:
        return 0
    recorded = 0
    due: list[tuple[str, Registration, str]] = []
    registrations = Registration.objects.filter(
        session_id__in=list(sessions),
        status=Registration.Status.CONFIRMED,
        reminders=True,
    ).only("pk", "session_id", "created_at", "email", "phone", "language")
    for registration in registrations.iterator(chunk_size=500):
        session = sessions[registration.session_id]
        kind = due_kind(session, registration.created_at, now)
        if kind is not None:
            facts = session_facts(session)
            due.append((kind, registration, facts))
    # Skip what earlier sweeps recorded, with one query per batch rather than one
    # failing insert per registration every few minutes.
    for start in range(0, len(due), 500):
        batch = due[start : start + 500]
        keys = {
            parent_key(kind, registration.pk, facts): (kind, registration, facts)
            for kind, registration, facts in batch
        }
        known = set(
            Message.objects.filter(dedupe_key__in=list(keys)).values_list("dedupe_key", flat=True)
        )
        with transaction.atomic():
            for key, (kind, registration, facts) in keys.items():
                if key in known:
                    continue
                if tell_parent(kind, registration, once_per=facts, context={"facts": facts}):
                    recorded += 1
    recorded += _organisation_reminders(sessions, now)
    return recorded


def _organisation_reminders(sessions: dict, now: datetime) -> int:
    recorded = 0
    bookings = BookingRequest.objects.filter(
        session_id__in=list(sessions), status=BookingRequest.Status.PLANNED
    )
    for booking in bookings:
        session = sessions[booking.session_id]
        if not days_before(session) <= now < session.starts_at:
            continue
        facts = session_facts(session)
        key = organisation_key(ToOrganisation.REMINDER, booking.pk, facts)
        if Message.objects.filter(dedupe_key=key).exists():
            continue
        with transaction.atomic():
            if tell_organisation(
                ToOrganisation.REMINDER, booking, once_per=facts, context={"facts": facts}
            ):
                recorded += 1
    return recorded


@shared_task(acks_late=True)
def forget_closed_requests() -> int:
    """Anonymise booking requests held or declined REQUEST_RETENTION_DAYS ago (daily).

    Their contact person, notes and messages' addresses and texts go; the request stays
    with its figures. The privacy page states the number of days (it reads the setting).
    """
    from trainings.services import anonymise_request, closed_requests_to_forget

    ids = list(closed_requests_to_forget().values_list("pk", flat=True)[:1000])
    for request_id in ids:
        anonymise_request(request_id=request_id)
    return len(ids)
