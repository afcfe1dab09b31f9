"""Registering, cancelling and moving up: the writes that must hold under concurrency.

Every function locks the session row first (`select_for_update`), then counts and
writes in the same transaction, so two parents registering for the last seat at
the same moment are served one after the other. SQLite has no row locks, but it
allows one writer at a time, which gives the same order.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from trainings.models import OutgoingMessage, Registration, TrainingSession


class RegistrationRefused(Exception):
    """The session does not take registrations (cancelled, past or closed)."""


@dataclass(frozen=True)
class Outcome:
    registration: Registration
    already_registered: bool = False


def _record(kind: str, registration: Registration) -> None:
    OutgoingMessage.objects.get_or_create(kind=kind, registration=registration)


def _existing(session_id: int, email: str, phone: str) -> Registration | None:
    match = Q()
    if email:
        match |= Q(email__iexact=email)
    if phone:
        match |= Q(phone=phone)
    return (
        Registration.objects.filter(match, session_id=session_id)
        .exclude(status=Registration.Status.CANCELLED)
        .first()
    )


def register(
    *,
    session_id: int,
    name: str,
    email: str = "",
    phone: str = "",
    adults: int = 1,
    childcare_ages: str = "",
    needs: str = "",
    language: str = "nl",
    consent: bool = False,
) -> Outcome:
    """Register a parent: confirmed while seats last, else on the waiting list."""
    email = email.strip().lower()
    with transaction.atomic():
        session = TrainingSession.objects.select_for_update().get(pk=session_id)
        if not session.accepts_registrations or not session.is_open:
            raise RegistrationRefused
        existing = _existing(session.pk, email, phone)
        if existing is not None:
            return Outcome(existing, already_registered=True)
        fits = session.seats_taken + adults <= session.capacity
        registration = Registration(
            session=session,
            name=name,
            email=email,
            phone=phone,
            adults=adults,
            childcare_ages=childcare_ages,
            needs=needs,
            language=language,
            consent=consent,
            status=Registration.Status.CONFIRMED if fits else Registration.Status.WAITING,
        )
        try:
            with transaction.atomic():
                registration.save()
        except IntegrityError:
            # The unique constraints caught a double registration we did not see.
            return Outcome(_existing(session.pk, email, phone), already_registered=True)
        if fits:
            session.seats_taken += adults
            session.save(update_fields=["seats_taken"])
            _record(OutgoingMessage.Kind.CONFIRMED, registration)
        else:
            _record(OutgoingMessage.Kind.WAITING, registration)
        return Outcome(registration)


def cancel(*, token: str) -> Registration:
    """Cancel a registration by its private token, and move up whoever fits."""
    with transaction.atomic():
        session_id = Registration.objects.values_list("session_id", flat=True).get(token=token)
        session = TrainingSession.objects.select_for_update().get(pk=session_id)
        registration = Registration.objects.get(token=token)
        if registration.status == Registration.Status.CANCELLED:
            return registration
        was_confirmed = registration.status == Registration.Status.CONFIRMED
        registration.status = Registration.Status.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save(update_fields=["status", "cancelled_at"])
        _record(OutgoingMessage.Kind.CANCELLED, registration)
        if was_confirmed:
            session.seats_taken -= registration.adults
            _move_up(session)
            session.save(update_fields=["seats_taken"])
        return registration


def _move_up(session: TrainingSession) -> None:
    """Confirm people from the waiting list, first come first served, as long as they fit.

    Someone who needs more seats than are free is passed over (and keeps their
    place) in favour of the next person who fits.
    """
    if not session.accepts_registrations:
        return
    waiting = session.registrations.filter(status=Registration.Status.WAITING).order_by(
        "created_at", "id"
    )
    for registration in waiting:
        if session.seats_left == 0:
            break
        if registration.adults <= session.seats_left:
            registration.status = Registration.Status.CONFIRMED
            registration.save(update_fields=["status"])
            session.seats_taken += registration.adults
            _record(OutgoingMessage.Kind.MOVED_UP, registration)


def cancel_session(*, session_id: int) -> int:
    """Cancel a session: every registration is cancelled and told. Returns how many."""
    with transaction.atomic():
        session = TrainingSession.objects.select_for_update().get(pk=session_id)
        session.status = TrainingSession.Status.CANCELLED
        session.seats_taken = 0
        session.save(update_fields=["status", "seats_taken"])
        registrations = list(session.registrations.exclude(status=Registration.Status.CANCELLED))
        now = timezone.now()
        for registration in registrations:
            registration.status = Registration.Status.CANCELLED
            registration.cancelled_at = now
            _record(OutgoingMessage.Kind.SESSION_CANCELLED, registration)
        Registration.objects.bulk_update(registrations, ["status", "cancelled_at"])
        return len(registrations)
