"""Registering, cancelling and moving up: the writes that must hold under concurrency.

Every function locks the session row first (`select_for_update`), then counts and
writes in the same transaction, so two parents registering for the last seat at
the same moment are served one after the other. SQLite has no row locks, but it
allows one writer at a time, which gives the same order.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Count, Q, Sum
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.text import slugify
from django.views.decorators.debug import sensitive_variables

from trainings.messages import (
    Coordinators,
    Parent,
    session_facts,
    tell_coordinators,
    tell_lost_links,
    tell_organisation,
    tell_parent,
    tell_refused,
)
from trainings.messages import Organisation as ToOrganisation
from trainings.models import (
    BookingRequest,
    Organisation,
    Registration,
    TrainingSession,
    Venue,
    token_hashes,
)


class RegistrationRefused(Exception):
    """The session does not take registrations (cancelled, past or closed)."""


class CapReached(Exception):
    """One contact holds as many registrations, seats or waiting places as it may.

    `cap` names which ("registrations", "seats", "waiting"); `count` is its limit. Never
    shown on the page (see `register`): it goes to the contact itself, by message.
    """

    def __init__(self, cap: str, count: int):
        super().__init__("cap reached")
        self.cap = cap
        self.count = count


def _check_caps(*, email: str, phone: str, adults: int, waiting: bool) -> None:
    """Refuse a registration that takes one contact past the caps (settings.TRAININGS_CAPS).

    A family registers for one or two sessions; a script that fills sessions with one
    address or number is stopped here. Counted over the trainings to come, in the
    transaction that holds the session's lock. Two registrations of one contact for two
    different sessions lock different rows, so one may slip past the cap by one seat:
    the cap is against floods, not an exact quota.
    """
    caps = settings.TRAININGS_CAPS
    match = Q()
    if email:
        match |= Q(email__iexact=email)
    if phone:
        match |= Q(phone=phone)
    held = (
        Registration.objects.filter(
            match,
            status__in=[Registration.Status.CONFIRMED, Registration.Status.WAITING],
            session__starts_at__gt=timezone.now(),
        )
        .exclude(session__status=TrainingSession.Status.CANCELLED)
        .aggregate(
            registrations=Count("id"),
            seats=Sum("adults", default=0),
            waiting=Count("id", filter=Q(status=Registration.Status.WAITING)),
        )
    )
    if held["registrations"] + 1 > caps["registrations"]:
        raise CapReached("registrations", caps["registrations"])
    if held["seats"] + adults > caps["seats"]:
        raise CapReached("seats", caps["seats"])
    if waiting and held["waiting"] + 1 > caps["waiting"]:
        raise CapReached("waiting", caps["waiting"])


def _watch_filling(session: TrainingSession) -> None:
    """Tell the coordinators, once, when a session fills unusually fast.

    More than `share` of its seats taken within `minutes` is rare for real parents (a
    flyer shared in a school's group chat at most) and typical of a script: someone
    should look at the list. Only checked once the session is past that share anyway.
    """
    watch = settings.TRAININGS_FILLING_FAST
    if session.seats_taken <= session.capacity * watch["share"]:
        return
    since = timezone.now() - timedelta(minutes=watch["minutes"])
    recent = session.registrations.filter(
        status=Registration.Status.CONFIRMED, created_at__gte=since
    ).aggregate(seats=Sum("adults", default=0))["seats"]
    if recent > session.capacity * watch["share"]:
        tell_coordinators(Coordinators.FILLING_FAST, session)


@dataclass(frozen=True)
class Outcome:
    registration: Registration | None
    already_registered: bool = False
    # Whether the seats asked for fit, computed the same way for a new, a known and a
    # capped contact: the reply to the form must not tell them apart.
    fits: bool = True
    # Refused by a cap per contact: nothing stored, the reason sent to the contact.
    refused: bool = False


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


# A parent's details never show in an error report (Django's reporter hides these locals).
@sensitive_variables("name", "email", "phone", "childcare_ages", "needs")
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
    invited: bool = False,
) -> Outcome:
    """Register a parent: confirmed while seats last, else on the waiting list.

    `invited`: the parent came through a closed session's invite link, so a closed
    session takes them too (a cancelled or past one still does not).
    """
    email = email.strip().lower()
    with transaction.atomic():
        session = TrainingSession.objects.select_for_update().get(pk=session_id)
        if not session.accepts_registrations or not (session.is_open or invited):
            raise RegistrationRefused
        fits = session.seats_taken + adults <= session.capacity
        existing = _existing(session.pk, email, phone)
        if existing is not None:
            # Their private link again, at most once an hour, to the address itself.
            tell_parent(Parent.LINK_AGAIN, existing, once_per=timezone.now().strftime("%Y%m%d%H"))
            return Outcome(existing, already_registered=True, fits=fits)
        try:
            _check_caps(email=email, phone=phone, adults=adults, waiting=not fits)
        except CapReached as refusal:
            # A refusal on the page would tell a stranger that this contact holds seats
            # elsewhere. The page thanks as for anyone; the reason goes to the contact
            # itself, at most once an hour.
            tell_refused(
                session=session,
                email=email,
                phone=phone,
                language=language,
                cap=refusal.cap,
                count=refusal.count,
            )
            return Outcome(None, fits=fits, refused=True)
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
            return Outcome(_existing(session.pk, email, phone), already_registered=True, fits=fits)
        if fits:
            session.seats_taken += adults
            session.save(update_fields=["seats_taken"])
            tell_parent(Parent.CONFIRMED, registration)
            _watch_filling(session)
        else:
            tell_parent(Parent.WAITING, registration)
        return Outcome(registration, fits=fits)


def by_token(queryset, token: str):
    """The rows of `queryset` (registrations or requests) whose private link has this code.

    Looked up by keyed hash (`PrivateLink`): the database holds no code to compare with.
    """
    return queryset.filter(links__token_hash__in=token_hashes(token))


def stop_reminders(*, token: str) -> Registration:
    """The parent asked for no more reminders; confirmations and cancellations still go."""
    registration = by_token(Registration.objects, token).get()
    if registration.reminders:
        Registration.objects.filter(pk=registration.pk).update(reminders=False)
        registration.reminders = False
    return registration


def send_lost_links(*, contact: str, language: str) -> None:
    """Send the private links of this contact's current registrations, once an hour at most.

    Nothing is said to the person asking about whether any exist: the links go to the
    address or number itself. The dedupe key holds a keyed hash of the contact, never
    the contact (keys are kept and shown to coordinators).
    """
    match = Q(email__iexact=contact) if "@" in contact else Q(phone=contact)
    ids = list(
        Registration.objects.filter(match, session__starts_at__gt=timezone.now())
        .exclude(status=Registration.Status.CANCELLED)
        .exclude(session__status=TrainingSession.Status.CANCELLED)
        .order_by("session__starts_at")
        .values_list("pk", flat=True)[:20]
    )
    if not ids:
        return
    with transaction.atomic():
        tell_lost_links(contact=contact, language=language, registration_ids=ids)


def cancel(*, token: str | None = None, registration_id: int | None = None) -> Registration:
    """Cancel a registration by its private link's code (the parent) or its id (a
    coordinator), and move up whoever fits."""
    if token is not None:
        found = by_token(Registration.objects, token)
    else:
        found = Registration.objects.filter(pk=registration_id)
    with transaction.atomic():
        session_id = found.values_list("session_id", flat=True).get()
        session = TrainingSession.objects.select_for_update().get(pk=session_id)
        registration = found.get()
        if registration.status == Registration.Status.CANCELLED:
            return registration
        was_confirmed = registration.status == Registration.Status.CONFIRMED
        registration.status = Registration.Status.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save(update_fields=["status", "cancelled_at"])
        tell_parent(Parent.CANCELLED, registration)
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
            tell_parent(Parent.MOVED_UP, registration)


def fill_from_waiting_list(*, session_id: int) -> None:
    """After seats came free (a coordinator raised the capacity): move up whoever fits."""
    with transaction.atomic():
        session = TrainingSession.objects.select_for_update().get(pk=session_id)
        _move_up(session)
        session.save(update_fields=["seats_taken"])


# Other apps' callbacks, each called with the session's id inside the transaction that
# cancels or moves it (so what they record commits or rolls back with it). A hook and not
# an import: apps depend downwards (ENGINEERING.md), so trainings must not import
# moderators; moderators, which depends on trainings, adds itself here in its
# AppConfig.ready() to tell the moderators of the session.
SESSION_CANCELLED_HOOKS: list = []
SESSION_MOVED_HOOKS: list = []
# Called with (the session as it would be after a coordinator's change, its modules) before
# the change is saved; each returns the problems it sees, in plain words (moderators: an
# invited or accepted moderator no longer fits the changed time, modules, language or
# audience). The session admin refuses a change with problems.
SESSION_CHANGE_CHECKS: list = []


def change_problems(session: TrainingSession, modules) -> list[str]:
    """What other apps say a proposed change of this session would break."""
    return [problem for check in SESSION_CHANGE_CHECKS for problem in check(session, modules)]


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
            # Someone who waited had booked nothing: their message says so.
            was_waiting = registration.status == Registration.Status.WAITING
            registration.status = Registration.Status.CANCELLED
            registration.cancelled_at = now
            tell_parent(
                Parent.SESSION_CANCELLED, registration, context={"was_waiting": was_waiting}
            )
        Registration.objects.bulk_update(registrations, ["status", "cancelled_at"])
        booking = getattr(session, "booking_request", None)
        if booking is not None:
            # The organisation whose group it was is told too ("we contact you to find
            # another date"), and its request is open again, for a coordinator to plan anew.
            tell_organisation(ToOrganisation.SESSION_CANCELLED, booking)
            if booking.status == BookingRequest.Status.PLANNED:
                booking.status = BookingRequest.Status.RECEIVED
                booking.save(update_fields=["status"])
        for hook in SESSION_CANCELLED_HOOKS:
            hook(session.pk)
        return len(registrations)


def session_moved(*, session_id: int, was: TrainingSession | None = None) -> int:
    """A coordinator changed the date, times or venue: tell everyone who comes or waits.

    One message per registration and per new set of facts (`session_facts`): moving a
    session twice tells them twice, saving it again unchanged tells no one. Reminders
    recorded for the old facts are dropped when they would be sent; the reminder
    sweep records new ones. The organisation of a closed session gets its "planned"
    message again, with the new facts. Returns how many parents are told.
    `was` is the session as it stood before the change: its date and venue go into the
    messages ("was: …"), so people recognise the booking that moved.
    """
    with transaction.atomic():
        session = TrainingSession.objects.select_for_update().get(pk=session_id)
        if session.status == TrainingSession.Status.CANCELLED:
            return 0
        if session.starts_at <= timezone.now():
            return 0
        facts = session_facts(session)
        context = {"facts": facts}
        if was is not None:
            context["was"] = {"starts_at": was.starts_at.isoformat(), "venue": was.venue.name}
        registrations = list(
            session.registrations.filter(
                status__in=[Registration.Status.CONFIRMED, Registration.Status.WAITING]
            )
        )
        for registration in registrations:
            tell_parent(Parent.SESSION_MOVED, registration, once_per=facts, context=context)
        booking = BookingRequest.objects.filter(
            session=session, status=BookingRequest.Status.PLANNED
        ).first()
        if booking is not None:
            tell_organisation(ToOrganisation.PLANNED, booking, once_per=facts, context=context)
        for hook in SESSION_MOVED_HOOKS:
            hook(session.pk)
        return len(registrations)


def arranged_state(session: TrainingSession) -> dict:
    """What is arranged for a closed session that its organisation asked about: the lead
    moderator who accepted, the interpreter, childcare. Read through the session's
    assignments (the moderators app adds them; trainings imports nothing of it)."""
    lead = (
        session.assignments.filter(role="lead", status="accepted")
        .select_related("moderator")
        .first()
    )
    return {
        "moderator_name": lead.moderator.name if lead else "",
        "interpreter": session.interpreter_language,
        "childcare": session.childcare,
    }


def tell_organisation_arranged(*, session_id: int) -> bool:
    """Tell the organisation what is now arranged ("we tell you when it is confirmed").

    Called when a lead moderator accepts and when a coordinator ticks the interpreter or
    childcare. Once per state: accepting and saving again tell no one twice; nothing
    arranged yet tells no one. Returns whether a message was recorded.
    """
    with transaction.atomic():
        booking = (
            BookingRequest.objects.select_related("session")
            .filter(session_id=session_id, status=BookingRequest.Status.PLANNED)
            .first()
        )
        if booking is None:
            return False
        session = booking.session
        if (
            session.status == TrainingSession.Status.CANCELLED
            or session.starts_at <= timezone.now()
        ):
            return False
        state = arranged_state(session)
        if not any(state.values()):
            return False
        digest = salted_hmac("trainings.arranged", repr(sorted(state.items()))).hexdigest()[:16]
        message = tell_organisation(
            ToOrganisation.ARRANGED, booking, once_per=digest, context=state
        )
        return message is not None


# Belgian postcodes by province (bpost's ranges).
_PROVINCE_RANGES = [
    (1000, 1299, "brussels"),
    (1300, 1499, "walloon_brabant"),
    (1500, 1999, "flemish_brabant"),
    (2000, 2999, "antwerp"),
    (3000, 3499, "flemish_brabant"),
    (3500, 3999, "limburg"),
    (4000, 4999, "liege"),
    (5000, 5999, "namur"),
    (6000, 6599, "hainaut"),
    (6600, 6999, "luxembourg"),
    (7000, 7999, "hainaut"),
    (8000, 8999, "west_flanders"),
    (9000, 9999, "east_flanders"),
]


def province_of(postcode: str) -> str:
    number = int(postcode)
    return next(province for low, high, province in _PROVINCE_RANGES if low <= number <= high)


def free_slug(model, text: str) -> str:
    """A slug for a new row that no existing row has ("de-brug", "de-brug-2", …)."""
    base = (slugify(text) or "x")[:90]
    taken = set(model.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug


def plan_request(
    *,
    request_id: int,
    starts_at=None,
    organisation_id: int | None = None,
    venue_id: int | None = None,
    duration_hours: int = 2,
) -> TrainingSession:
    """Turn a booking request into a closed session for that organisation.

    `starts_at`: the date and time the coordinator chose (one of the preferred dates or
    another one agreed with the organisation); the first preferred date when not given.

    `organisation_id` / `venue_id`: the existing organisation and venue the coordinator
    chose as the same as the request's; None makes new ones from the request. Nothing is
    matched by name: a public form's name ("Basisschool De Linde" exists in many towns)
    must never attach a request, and its contact's details, to somebody else's record.
    A venue chosen in the request form itself is used as it is.
    """
    with transaction.atomic():
        request = BookingRequest.objects.select_for_update().get(pk=request_id)
        if request.session_id and request.session.status != TrainingSession.Status.CANCELLED:
            return request.session
        if organisation_id is not None:
            organisation = Organisation.objects.get(pk=organisation_id)
        else:
            organisation = Organisation.objects.create(
                slug=free_slug(Organisation, request.organisation_name),
                name=request.organisation_name,
                kind=request.organisation_kind,
                works_with_vulnerable_groups=request.works_with_vulnerable_groups,
                contact_name=request.contact_name,
                contact_email=request.contact_email,
                contact_phone=request.contact_phone,
                language=request.language,
                postcode=request.own_postcode,
                municipality=request.own_municipality,
            )
        venue = request.venue
        if venue is None and venue_id is not None:
            venue = Venue.objects.get(pk=venue_id)
        elif venue is None:
            venue = Venue.objects.create(
                slug=free_slug(Venue, f"{request.organisation_name} {request.own_postcode}"),
                name=request.organisation_name,
                kind=Venue.Kind.OTHER,
                street=request.own_address,
                postcode=request.own_postcode,
                municipality=request.own_municipality,
                province=province_of(request.own_postcode),
            )
        session = TrainingSession.objects.create(
            venue=venue,
            organisation=organisation,
            is_open=False,
            starts_at=starts_at or request.preferred_1,
            ends_at=(starts_at or request.preferred_1) + timedelta(hours=duration_hours),
            language=request.language,
            audience=request.audience,
            capacity=max(1, request.expected_parents),
            # Childcare and an interpreter are only asked for at this point: the session's
            # own fields say what is arranged, and parents read them on the invite page and
            # the flyer as promises. The coordinator ticks them once arranged; until then the
            # request keeps what was asked and the organisation reads "asked".
            childcare=False,
            interpreter_language="",
            # The organisation shares this link with its own parents (the session is
            # closed, so it is not listed and its public page is a 404).
            invite_token=secrets.token_urlsafe(16),
        )
        session.modules.set(request.modules.all())
        request.session = session
        request.status = BookingRequest.Status.PLANNED
        request.save(update_fields=["session", "status"])
        tell_organisation(ToOrganisation.PLANNED, request)
        return session


def record_closed(booking: BookingRequest) -> None:
    """The request was held or declined: from now its link's and its data's time runs."""
    if booking.closed_at is None:
        booking.closed_at = timezone.now()
        BookingRequest.objects.filter(pk=booking.pk, closed_at__isnull=True).update(
            closed_at=booking.closed_at
        )


def record_declined(booking: BookingRequest) -> None:
    """The organisation is told that its request was declined, and why (once)."""
    record_closed(booking)
    tell_organisation(ToOrganisation.DECLINED, booking)


def receive_request(form) -> BookingRequest:
    """Store an organisation's request and record its confirmation, together."""
    with transaction.atomic():
        booking = form.save()
        tell_organisation(ToOrganisation.RECEIVED, booking)
        return booking


# --- Erasure and retention (GDPR): the person's details go, the counts stay.

ERASED_NAME = "—"


def _forget_messages(subject_type_model, ids) -> int:
    """Clear the address and texts of the messages about these rows; unsent ones are
    not sent any more. Returns how many messages were touched."""
    from django.contrib.contenttypes.models import ContentType

    from outbox.models import Message

    if not ids:
        return 0
    messages = Message.objects.filter(
        subject_type=ContentType.objects.get_for_model(subject_type_model), subject_id__in=ids
    )
    messages.filter(status=Message.Status.QUEUED).update(status=Message.Status.CANCELLED)
    return messages.update(address="", sent_subject="", sent_text="", context={}, last_error="")


def erase_registration(*, registration_id: int) -> Registration:
    """Erase a person's registration on their request: cancelled through `cancel` (so the
    waiting list moves up), then their details cleared. The row stays, with its seats
    and status, so that the session's counts and attendance figures stay true; its
    private links stop working and its messages lose address and text."""
    registration = Registration.objects.get(pk=registration_id)
    if registration.status != Registration.Status.CANCELLED:
        registration = cancel(registration_id=registration_id)
    with transaction.atomic():
        Registration.objects.filter(pk=registration_id).update(
            name=ERASED_NAME,
            email="",
            phone="",
            childcare_ages="",
            needs="",
            consent=False,
            reminders=False,
            erased_at=timezone.now(),
        )
        registration.links.all().delete()
        # Including the "cancelled" message `cancel` just recorded: nobody to send it to.
        _forget_messages(Registration, [registration_id])
    registration.refresh_from_db()
    return registration


def anonymise_request(*, request_id: int) -> BookingRequest:
    """Clear an organisation's contact person from a request (on request, or by retention).

    What the programme counts (themes, dates, parents expected, audience, its session)
    stays; who asked and how to reach them goes, with the notes they typed. The
    organisation's own record loses its contact too once no other live request of
    theirs needs it.
    """
    with transaction.atomic():
        booking = BookingRequest.objects.select_for_update().get(pk=request_id)
        if booking.anonymised_at is None:
            BookingRequest.objects.filter(pk=request_id).update(
                contact_name=ERASED_NAME,
                contact_email="",
                contact_phone="",
                notes="",
                anonymised_at=timezone.now(),
            )
        booking.links.all().delete()
        _forget_messages(BookingRequest, [request_id])
        organisation = booking.session.organisation if booking.session_id else None
        if (
            organisation is not None
            and not BookingRequest.objects.filter(
                session__organisation=organisation, anonymised_at__isnull=True
            )
            .exclude(pk=request_id)
            .exists()
        ):
            Organisation.objects.filter(pk=organisation.pk).update(
                contact_name="", contact_email="", contact_phone=""
            )
        booking.refresh_from_db()
        return booking


def closed_requests_to_forget(now=None):
    """Requests held or declined more than REQUEST_RETENTION_DAYS ago, not yet anonymised."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.REQUEST_RETENTION_DAYS)
    return BookingRequest.objects.filter(
        status__in=[BookingRequest.Status.HELD, BookingRequest.Status.DECLINED],
        closed_at__lt=cutoff,
        anonymised_at__isnull=True,
    )
