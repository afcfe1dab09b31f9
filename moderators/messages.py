"""What the portal tells moderators, through the outbox (registered in `apps.py`).

The invitation and the password reset carry a one-time token made when the message is
recorded (Django's token generator: it is void once the password changes, and after
settings.PASSWORD_RESET_TIMEOUT), so it travels in the message's context, under "secret":
the outbox removes it, and blanks it in the text it keeps, once the message is sent. The
link is built when the message is sent, in the moderator's language; a message sent
again after that gets a fresh token.
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
from outbox.services import enqueue
from trainings.calendar import absolute

INVITATION = "moderator_invitation"
PASSWORD_RESET = "moderator_password_reset"  # noqa: S105 - a message kind
ASSIGNMENT_INVITED = "moderator_assignment_invited"


def _token_context(moderator: Moderator) -> dict:
    user = moderator.user
    return {
        "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
        "secret": {"token": default_token_generator.make_token(user)},
    }


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


def _set_password_context(message) -> dict | None:
    moderator = message.subject
    if moderator is None or not moderator.is_active or not moderator.user.is_active:
        return None
    token = (message.context.get("secret") or {}).get("token") or message.context.get("token")
    if not token or not default_token_generator.check_token(moderator.user, token):
        # Scrubbed after a first sending, or void since: a fresh one for this sending.
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
    ]:
        register(kind)
