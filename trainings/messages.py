"""What the trainings tell parents and organisations, through the outbox.

Each kind has a context function, called when the message is sent: it reads the
registration or request as it is *then*, and returns None when the message is no
longer relevant (a reminder for a registration cancelled since, a "you moved up"
for someone who cancelled meanwhile). Registered with the outbox in `apps.py`.
"""

from __future__ import annotations

from datetime import UTC

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from outbox.kinds import Kind, register
from outbox.rendering import PREVIEW_CODE, previewing
from outbox.services import enqueue
from trainings.calendar import absolute, session_ics
from trainings.models import (
    BookingRequest,
    PrivateLink,
    Registration,
    TrainingSession,
)
from veiligonline.models import ProgrammeSettings


class Parent:
    """Kinds of message to a registered parent."""

    CONFIRMED = "registration_confirmed"
    WAITING = "waiting_list"
    MOVED_UP = "moved_up"
    CANCELLED = "registration_cancelled"
    SESSION_CANCELLED = "session_cancelled"
    SESSION_MOVED = "session_moved"
    REMINDER = "reminder"
    REMINDER_TODAY = "reminder_today"
    LINK_AGAIN = "link_again"
    LOST_LINKS = "lost_links"
    # Not a registered parent yet: a contact that a cap per contact refused (see
    # trainings.services._check_caps). Its subject is the session they asked for.
    REFUSED_LIMIT = "registration_refused_limit"


class Organisation:
    """Kinds of message to an organisation that asked for a training."""

    RECEIVED = "request_received"
    PLANNED = "request_planned"
    DECLINED = "request_declined"
    REMINDER = "request_reminder"
    SESSION_CANCELLED = "request_session_cancelled"
    # What was "asked; we tell you when it is confirmed" is now arranged: the moderator
    # who leads it, the interpreter, childcare (trainings.services.tell_organisation_arranged).
    ARRANGED = "request_arranged"


class Coordinators:
    """Kinds of message to the programme's coordinators (settings.COORDINATORS_EMAIL)."""

    FILLING_FAST = "session_filling_fast"


def coordinator_addresses() -> list[str]:
    """Where coordinators read the portal's notices: COORDINATORS_EMAIL, else ADMINS."""
    addresses = list(getattr(settings, "COORDINATORS_EMAIL", []) or [])
    return addresses or [address for _name, address in settings.ADMINS]


def tell_coordinators(kind: str, session: TrainingSession) -> None:
    """Record a notice about a session to every coordinator address, once per session."""
    for address in coordinator_addresses():
        enqueue(
            kind=kind,
            subject=session,
            channel="email",
            address=address,
            language=settings.LANGUAGE_CODE,
            dedupe_key=f"{kind}:session:{session.pk}:{contact_hash(address)}",
            topic=f"session:{session.pk}",
            context={"seats_taken": session.seats_taken, "capacity": session.capacity},
        )


def channel_for(registration: Registration) -> tuple[str, str]:
    """E-mail when we have an address; otherwise a text message to the mobile number."""
    if registration.email:
        return "email", registration.email
    return "sms", registration.phone


# Asking for the link again replaces every earlier link of those registrations when the
# message is SENT: the newest message sent carries the working link, and one that went
# astray stops working. Other kinds (confirmation, reminders) add a link of their own.
REPLACES_LINKS = {Parent.LINK_AGAIN, Parent.LOST_LINKS}


def tell_parent(
    kind: str, registration: Registration, *, once_per: str = "", context: dict | None = None
):
    """Record a message to a parent, once per (kind, registration[, once_per]).

    No code is made here: the private link is made when the message is sent
    (`_link_at_send`), so nothing in the outbox opens anyone's page while it waits.
    """
    channel, address = channel_for(registration)
    return enqueue(
        context=context or {},
        kind=kind,
        subject=registration,
        channel=channel,
        address=address,
        language=registration.language,
        dedupe_key=parent_key(kind, registration.pk, once_per),
        topic=f"session:{registration.session_id}",
    )


def parent_key(kind: str, registration_id: int, once_per: str = "") -> str:
    key = f"{kind}:registration:{registration_id}"
    return f"{key}:{once_per}" if once_per else key


def organisation_key(kind: str, booking_id: int, once_per: str = "") -> str:
    key = f"{kind}:request:{booking_id}"
    return f"{key}:{once_per}" if once_per else key


def contact_hash(contact: str) -> str:
    """A keyed hash of an e-mail address or phone number: a key that names no one."""
    return salted_hmac("trainings.lost_links", contact.strip().lower()).hexdigest()[:32]


def tell_lost_links(*, contact: str, language: str, registration_ids: list[int]) -> None:
    """Record the 'your links' message to one contact, at most once an hour. Its links
    are made when it is sent, and replace the earlier ones then (REPLACES_LINKS)."""
    newest = Registration.objects.get(pk=registration_ids[-1])
    hour = timezone.now().strftime("%Y%m%d%H")
    enqueue(
        kind=Parent.LOST_LINKS,
        subject=newest,
        channel="email" if "@" in contact else "sms",
        address=contact,
        language=language,
        dedupe_key=f"{Parent.LOST_LINKS}:{contact_hash(contact)}:{hour}",
        context={"ids": registration_ids},
    )


def tell_refused(
    *, session: TrainingSession, email: str, phone: str, language: str, cap: str, count: int
) -> None:
    """Tell a contact why the registration they sent was not taken, at most once an hour.

    The page answered as it does for anyone; only the address or number itself learns
    that it holds as many places as one contact may. The dedupe key holds a keyed hash of
    the contact, never the contact (keys are kept and shown to coordinators).
    """
    contact = email or phone
    hour = timezone.now().strftime("%Y%m%d%H")
    enqueue(
        kind=Parent.REFUSED_LIMIT,
        subject=session,
        channel="email" if email else "sms",
        address=contact,
        language=language,
        dedupe_key=f"{Parent.REFUSED_LIMIT}:{contact_hash(contact)}:{hour}",
        topic=f"session:{session.pk}",
        context={"cap": cap, "count": count},
    )


def tell_organisation(
    kind: str, booking: BookingRequest, *, once_per: str = "", context: dict | None = None
):
    """Record a message to the organisation; its private link is made when it is sent."""
    return enqueue(
        context=context or {},
        kind=kind,
        subject=booking,
        channel="email",
        address=booking.contact_email,
        language=booking.language,
        dedupe_key=organisation_key(kind, booking.pk, once_per),
        topic=f"request:{booking.pk}",
    )


def session_facts(session: TrainingSession) -> str:
    """What identifies a session's date, times and place: a change means a new message.

    In UTC, so that the same moment gives the same text whether it was read from the
    database (UTC) or from a form (local time).
    """
    starts = session.starts_at.astimezone(UTC)
    ends = session.ends_at.astimezone(UTC)
    return f"{starts:%Y%m%dT%H%M}-{ends:%H%M}-{session.venue_id}"


# --- Context builders, called at send time in the recipient's language.


def registration_link(code: str) -> str:
    return absolute(reverse("trainings:registration", kwargs={"token": code}))


def _link_at_send(message, **owner) -> str:
    """A new code for the private link this message carries, made as it is sent.

    Called by the context builders, which the outbox runs inside the transaction that
    claims, sends and marks the message (outbox.delivery): a send that fails rolls the
    new link back with it, and a message waiting in the queue holds no code at all. A
    LINK_AGAIN or LOST_LINKS message replaces every earlier link of the registration
    (REPLACES_LINKS), so whatever order the queue delivers in, the newest such message
    sent holds the link that works. A coordinator's preview in the admin makes nothing.
    """
    if previewing(message):
        return PREVIEW_CODE
    return PrivateLink.issue(replace=message.kind in REPLACES_LINKS, **owner)


def _registration(message) -> Registration | None:
    return (
        Registration.objects.select_related("session__venue")
        .prefetch_related("session__modules")
        .filter(pk=message.subject_id)
        .first()
    )


def _parent_context(registration: Registration, message) -> dict:
    session = registration.session
    code = _link_at_send(message, registration=registration)
    return {
        # The outbox removes these from the text it keeps (outbox.rendering).
        "secrets": [code],
        "registration": registration,
        "session": session,
        "venue": session.venue,
        "modules": [module.title for module in session.modules.all()],
        "link": registration_link(code),
        "cancel_link": absolute(reverse("trainings:cancel", kwargs={"token": code})),
        "stop_reminders_link": absolute(
            reverse("trainings:stop_reminders", kwargs={"token": code})
        ),
        "starts_at": timezone.localtime(session.starts_at),
        "ends_at": timezone.localtime(session.ends_at),
    }


def _while(*statuses):
    """A context builder for a parent's message that holds while the status is one of these."""

    def build(message):
        registration = _registration(message)
        if registration is None or registration.status not in statuses:
            return None
        return _parent_context(registration, message)

    return build


def _upcoming_while(*statuses):
    """Same, and only before the session starts (no confirmation for a past evening)."""
    inner = _while(*statuses)

    def build(message):
        context = inner(message)
        if context is None or context["session"].starts_at <= timezone.now():
            return None
        if context["session"].status == TrainingSession.Status.CANCELLED:
            return None
        return context

    return build


def _reminder(message):
    context = _upcoming_while(Registration.Status.CONFIRMED)(message)
    if context is None or not context["registration"].reminders:
        return None
    # A session moved after the reminder was recorded: this reminder names the old
    # date; the sweep records one for the new date.
    if message.context.get("facts") != session_facts(context["session"]):
        return None
    return context


def _session_cancelled(message):
    registration = _registration(message)
    if registration is None or registration.session.status != TrainingSession.Status.CANCELLED:
        return None
    return _parent_context(registration, message)


def _session_moved(message):
    context = _upcoming_while(Registration.Status.CONFIRMED, Registration.Status.WAITING)(message)
    if context is None or message.context.get("facts") != session_facts(context["session"]):
        return None
    return context


def _lost_links(message):
    """Every current registration of one contact, as links; the subject is the newest."""
    registrations = [
        registration
        for registration in Registration.objects.filter(pk__in=message.context.get("ids", []))
        .exclude(status=Registration.Status.CANCELLED)
        .filter(session__starts_at__gt=timezone.now())
        .select_related("session__venue")
    ]
    if not registrations:
        return None
    codes = {
        registration.pk: _link_at_send(message, registration=registration)
        for registration in registrations
    }
    return {
        "secrets": list(codes.values()),
        "registrations": [
            {
                "registration": registration,
                "session": registration.session,
                "starts_at": timezone.localtime(registration.session.starts_at),
                "link": registration_link(codes[registration.pk]),
            }
            for registration in registrations
        ],
    }


def _refused_limit(message):
    """Why a registration was not taken; the session's facts name the one they chose."""
    session = (
        TrainingSession.objects.select_related("venue")
        .prefetch_related("modules")
        .filter(pk=message.subject_id)
        .first()
    )
    if session is None:
        return None
    return {
        "session": session,
        "venue": session.venue,
        "modules": [module.title for module in session.modules.all()],
        "starts_at": timezone.localtime(session.starts_at),
        "ends_at": timezone.localtime(session.ends_at),
        "cap": message.context.get("cap", "registrations"),
        "count": message.context.get("count", 0),
        # Their links, to cancel a place they no longer need; a bigger group asks for its own.
        "lost_link": absolute(reverse("trainings:lost_link")),
        "request_link": absolute(reverse("trainings:request_training")),
    }


def _calendar(message, context) -> list:
    session = context["session"]
    with translation.override(message.language):
        ics = session_ics(session, url=context["link"], alarm=True)
    return [(f"veiligonline-{session.pk}.ics", ics, "text/calendar")]


def _booking(message) -> BookingRequest | None:
    return (
        BookingRequest.objects.select_related("session__venue", "venue")
        .prefetch_related("modules", "session__modules")
        .filter(pk=message.subject_id)
        .first()
    )


def _request_context(booking: BookingRequest, message) -> dict:
    code = _link_at_send(message, booking=booking)
    context = {
        "secrets": [code],
        "booking": booking,
        "modules": [module.title for module in booking.modules.all()],
        "link": absolute(reverse("trainings:request", kwargs={"token": code})),
        "session": booking.session,
        # The answer we promise in "request received" (working days), as coordinators set it.
        "answer_days": ProgrammeSettings.current().answer_working_days,
        # Planning is one click: nothing is "confirmed" unless the cause says so.
        "moderator_name": message.context.get("moderator_name", ""),
    }
    session = booking.session
    if session is not None:
        context |= {
            "venue": session.venue,
            "starts_at": timezone.localtime(session.starts_at),
            "ends_at": timezone.localtime(session.ends_at),
        }
        if session.invite_token:
            context["invite_link"] = absolute(
                reverse("trainings:invite", kwargs={"token": session.invite_token})
            )
            context["flyer_link"] = absolute(reverse("trainings:flyer", kwargs={"token": code}))
    return context


def _request_while(*statuses, upcoming=False):
    def build(message):
        booking = _booking(message)
        if booking is None or booking.status not in statuses:
            return None
        if upcoming and (
            booking.session is None
            or booking.session.starts_at <= timezone.now()
            or booking.session.status == TrainingSession.Status.CANCELLED
        ):
            return None
        return _request_context(booking, message)

    return build


def _request_planned(message):
    """The "planned" message; sent again after a move, with the facts it was recorded for.

    A message recorded for facts that changed again since is dropped: the newer one
    tells the organisation the date that holds.
    """
    context = _request_while(BookingRequest.Status.PLANNED, upcoming=True)(message)
    facts = message.context.get("facts")
    if context is None or (facts and facts != session_facts(context["session"])):
        return None
    return context


def _request_arranged(message):
    """What is arranged, as recorded; dropped when the interpreter or childcare changed
    again since (the message for the newer state says what holds)."""
    context = _request_while(BookingRequest.Status.PLANNED, upcoming=True)(message)
    if context is None:
        return None
    session = context["session"]
    recorded = message.context
    if (recorded.get("interpreter"), recorded.get("childcare")) != (
        session.interpreter_language,
        session.childcare,
    ):
        return None
    return context


def _request_session_cancelled(message):
    booking = _booking(message)
    if booking is None or booking.session is None:
        return None
    if booking.session.status != TrainingSession.Status.CANCELLED:
        return None
    return _request_context(booking, message)


def _filling_fast(message):
    session = (
        TrainingSession.objects.select_related("venue")
        .prefetch_related("modules")
        .filter(pk=message.subject_id)
        .first()
    )
    if session is None or session.status == TrainingSession.Status.CANCELLED:
        return None
    return {
        "session": session,
        "venue": session.venue,
        "modules": [module.title for module in session.modules.all()],
        "starts_at": timezone.localtime(session.starts_at),
        "seats_taken": message.context.get("seats_taken", session.seats_taken),
        "capacity": session.capacity,
        "minutes": settings.TRAININGS_FILLING_FAST["minutes"],
        "admin_link": absolute(
            reverse("admin:trainings_trainingsession_change", args=[session.pk])
        ),
    }


def register_kinds() -> None:
    confirmed = Registration.Status.CONFIRMED
    waiting = Registration.Status.WAITING
    cancelled = Registration.Status.CANCELLED
    for kind in [
        Kind(
            Parent.CONFIRMED,
            _("Registration confirmed"),
            "trainings/registration_confirmed",
            _upcoming_while(confirmed),
            attachments=_calendar,
        ),
        Kind(
            Parent.WAITING,
            _("On the waiting list"),
            "trainings/waiting_list",
            _upcoming_while(waiting),
        ),
        Kind(
            Parent.MOVED_UP,
            _("Moved up from the waiting list"),
            "trainings/moved_up",
            _upcoming_while(confirmed),
            attachments=_calendar,
        ),
        Kind(
            Parent.CANCELLED,
            _("Registration cancelled"),
            "trainings/registration_cancelled",
            _while(cancelled),
        ),
        Kind(
            Parent.SESSION_CANCELLED,
            _("Session cancelled"),
            "trainings/session_cancelled",
            _session_cancelled,
        ),
        Kind(
            Parent.SESSION_MOVED,
            _("Session moved"),
            "trainings/session_moved",
            _session_moved,
            attachments=_calendar,
        ),
        Kind(
            Parent.REMINDER,
            _("Reminder, a few days before"),
            "trainings/reminder",
            _reminder,
            essential=False,
        ),
        Kind(
            Parent.REMINDER_TODAY,
            _("Reminder, on the day"),
            "trainings/reminder_today",
            _reminder,
            essential=False,
        ),
        Kind(
            Parent.LINK_AGAIN,
            _("Private link sent again"),
            "trainings/link_again",
            _upcoming_while(confirmed, waiting),
        ),
        Kind(Parent.LOST_LINKS, _("Lost links sent"), "trainings/lost_links", _lost_links),
        Kind(
            Parent.REFUSED_LIMIT,
            _("Registration not taken: limit per contact"),
            "trainings/registration_refused_limit",
            _refused_limit,
        ),
        Kind(
            Organisation.RECEIVED,
            _("Request received"),
            "trainings/request_received",
            _request_while(BookingRequest.Status.RECEIVED),
        ),
        Kind(
            Organisation.PLANNED,
            _("Request planned"),
            "trainings/request_planned",
            _request_planned,
        ),
        Kind(
            Organisation.DECLINED,
            _("Request declined"),
            "trainings/request_declined",
            _request_while(BookingRequest.Status.DECLINED),
        ),
        Kind(
            Organisation.REMINDER,
            _("Reminder to the organisation"),
            "trainings/request_reminder",
            _request_while(BookingRequest.Status.PLANNED, upcoming=True),
            essential=False,
        ),
        Kind(
            Coordinators.FILLING_FAST,
            _("Session filling unusually fast (to coordinators)"),
            "trainings/session_filling_fast",
            _filling_fast,
            channels=("email",),
        ),
        Kind(
            Organisation.ARRANGED,
            _("Moderator, interpreter or childcare arranged (to the organisation)"),
            "trainings/request_arranged",
            _request_arranged,
        ),
        Kind(
            Organisation.SESSION_CANCELLED,
            _("Session cancelled (to the organisation)"),
            "trainings/request_session_cancelled",
            _request_session_cancelled,
        ),
    ]:
        register(kind)
