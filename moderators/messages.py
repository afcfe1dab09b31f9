"""What the portal tells moderators, through the outbox (registered in `apps.py`).

The invitation and the password reset carry a one-time token from Django's token
generator, made when the message is SENT, in the delivery's transaction: it is derived
from the user's password hash, last login and the time, so it needs no storage, is void
once the password changes, and expires after settings.PASSWORD_RESET_TIMEOUT counted from
the sending, not from the recording. Nothing secret waits in the outbox; the text kept
after sending shows a placeholder where the token stood (outbox.delivery).
"""

from __future__ import annotations

from django.contrib.auth.tokens import default_token_generator
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext_lazy as _

from moderators.models import Assignment, Moderator
from outbox.kinds import Kind, register
from outbox.rendering import PREVIEW_CODE, previewing
from outbox.services import enqueue
from trainings.calendar import absolute
from trainings.messages import session_facts
from trainings.models import TrainingSession

INVITATION = "moderator_invitation"
PASSWORD_RESET = "moderator_password_reset"  # noqa: S105 - a message kind
ASSIGNMENT_INVITED = "moderator_assignment_invited"
SESSION_CANCELLED = "moderator_session_cancelled"
SESSION_MOVED = "moderator_session_moved"


def _token_context(moderator: Moderator) -> dict:
    # Only who it is for: the token itself is made when the message is sent.
    return {"uidb64": urlsafe_base64_encode(force_bytes(moderator.user.pk))}


def invite_to_portal(moderator: Moderator) -> bool:
    """Record an invitation to set a password; at most one a day per moderator."""
    return (
        enqueue(
            kind=INVITATION,
            subject=moderator,
            channel="email",
            address=moderator.user.email,
            language=moderator.user.language,
            dedupe_key=f"{INVITATION}:moderator:{moderator.pk}:{timezone.localdate()}",
            topic=f"moderator:{moderator.pk}",
            context=_token_context(moderator),
        )
        is not None
    )


def send_password_reset(moderator: Moderator) -> None:
    """At most one reset message an hour: asking again does not flood an inbox."""
    hour = timezone.now().strftime("%Y%m%d%H")
    enqueue(
        kind=PASSWORD_RESET,
        subject=moderator,
        channel="email",
        address=moderator.user.email,
        language=moderator.user.language,
        dedupe_key=f"{PASSWORD_RESET}:moderator:{moderator.pk}:{hour}",
        topic=f"moderator:{moderator.pk}",
        context=_token_context(moderator),
    )


def tell_invited(assignment: Assignment) -> None:
    moderator = assignment.moderator
    enqueue(
        kind=ASSIGNMENT_INVITED,
        subject=assignment,
        channel="email",
        address=moderator.user.email,
        language=moderator.user.language,
        dedupe_key=f"{ASSIGNMENT_INVITED}:assignment:{assignment.pk}",
        topic=f"session:{assignment.session_id}",
    )


def tell_session_cancelled(session_id: int) -> None:
    """Hooked into trainings.services.cancel_session (see `register_hooks`): every
    moderator invited for the session or leading it hears it is off, once."""
    for assignment in Assignment.objects.filter(
        session_id=session_id, status__in=Assignment.ACTIVE
    ).select_related("moderator__user"):
        moderator = assignment.moderator
        enqueue(
            kind=SESSION_CANCELLED,
            subject=assignment,
            channel="email",
            address=moderator.user.email,
            language=moderator.user.language,
            dedupe_key=f"{SESSION_CANCELLED}:session:{session_id}:moderator:{moderator.pk}",
            topic=f"session:{session_id}",
        )


def tell_session_moved(session_id: int) -> None:
    """Hooked into trainings.services.session_moved: the moderators who lead the session
    get its new date, times and place, once per set of facts (moving it twice tells them
    twice; saving it unchanged tells no one). Those invited who have not answered yet are
    told too: their invitation still names the old date."""
    session = TrainingSession.objects.get(pk=session_id)
    facts = session_facts(session)
    for assignment in Assignment.objects.filter(
        session_id=session_id, status__in=[Assignment.Status.ACCEPTED, Assignment.Status.INVITED]
    ).select_related("moderator__user"):
        moderator = assignment.moderator
        enqueue(
            kind=SESSION_MOVED,
            subject=assignment,
            channel="email",
            address=moderator.user.email,
            language=moderator.user.language,
            dedupe_key=f"{SESSION_MOVED}:session:{session_id}:moderator:{moderator.pk}:{facts}",
            topic=f"session:{session_id}",
            context={"facts": facts},
        )


def register_hooks() -> None:
    """Called from AppConfig.ready(); idempotent (ready() may run more than once)."""
    from trainings import services

    if tell_session_cancelled not in services.SESSION_CANCELLED_HOOKS:
        services.SESSION_CANCELLED_HOOKS.append(tell_session_cancelled)
    if tell_session_moved not in services.SESSION_MOVED_HOOKS:
        services.SESSION_MOVED_HOOKS.append(tell_session_moved)
    from moderators.rules import change_problems

    if change_problems not in services.SESSION_CHANGE_CHECKS:
        services.SESSION_CHANGE_CHECKS.append(change_problems)


def _set_password_context(message) -> dict | None:
    moderator = message.subject
    if moderator is None or not moderator.is_active or not moderator.user.is_active:
        return None
    if previewing(message):
        token = PREVIEW_CODE  # a coordinator reading a queued message gets no working link
    else:
        token = default_token_generator.make_token(moderator.user)
    path = reverse(
        "moderators:set_password",
        kwargs={"uidb64": message.context["uidb64"], "token": token},
    )
    return {"moderator": moderator, "link": absolute(path), "secrets": [token]}


def _assignment_context(message) -> dict | None:
    assignment = message.subject
    if assignment is None or assignment.status != Assignment.Status.INVITED:
        return None  # answered or withdrawn meanwhile
    session = assignment.session
    if session.starts_at <= timezone.now() or session.status == session.Status.CANCELLED:
        return None
    return {
        "assignment": assignment,
        "session": session,
        "moderator": assignment.moderator,
        "link": absolute(reverse("moderators:session", kwargs={"pk": session.pk})),
    }


def _cancelled_context(message) -> dict | None:
    assignment = message.subject
    if assignment is None:
        return None
    session = assignment.session
    if session.status != TrainingSession.Status.CANCELLED:
        return None  # set back to planned meanwhile: nothing to say
    return {"assignment": assignment, "session": session, "moderator": assignment.moderator}


def _moved_context(message) -> dict | None:
    assignment = message.subject
    if assignment is None or assignment.status not in (
        Assignment.Status.ACCEPTED,
        Assignment.Status.INVITED,
    ):
        return None
    session = assignment.session
    if session.status == TrainingSession.Status.CANCELLED or session.starts_at <= timezone.now():
        return None
    if message.context.get("facts") != session_facts(session):
        return None  # moved again since: the message for the newest facts says it
    return {
        "assignment": assignment,
        "session": session,
        "moderator": assignment.moderator,
        "link": absolute(reverse("moderators:session", kwargs={"pk": session.pk})),
    }


def register_kinds() -> None:
    for kind in [
        Kind(
            INVITATION,
            _("Moderator invited to the portal"),
            "moderators/invitation",
            _set_password_context,
            channels=("email",),
        ),
        Kind(
            PASSWORD_RESET,
            _("Moderator password reset"),
            "moderators/password_reset",
            _set_password_context,
            channels=("email",),
        ),
        Kind(
            ASSIGNMENT_INVITED,
            _("Moderator asked to lead a session"),
            "moderators/assignment_invited",
            _assignment_context,
            channels=("email",),
        ),
        Kind(
            SESSION_CANCELLED,
            _("Session cancelled, to its moderators"),
            "moderators/session_cancelled",
            _cancelled_context,
            channels=("email",),
        ),
        Kind(
            SESSION_MOVED,
            _("Session moved, to its moderators"),
            "moderators/session_moved",
            _moved_context,
            channels=("email",),
        ),
    ]:
        register(kind)
