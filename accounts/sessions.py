"""Staff sessions last 30 minutes idle and 12 hours at most (see StaffSessionMiddleware)."""

from __future__ import annotations

from django.conf import settings
from django.utils import timezone

LOGIN_AT = "staff_login_at"
SEEN_AT = "staff_seen_at"


# The cookie and the stored session outlive the idle limit by a few minutes, so that the
# middleware (not the session store) is the one to end it, and can say why; the store
# still forgets it soon after. It also covers the minute by which the last activity moves.
GRACE = 5 * 60


def cookie_age() -> int:
    return settings.STAFF_SESSION_IDLE + GRACE


def now() -> int:
    return int(timezone.now().timestamp())


def start_staff_session(sender, request, user, **kwargs) -> None:
    """At every login the clock starts again, and the cookie lasts the idle time only."""
    if request is None or not hasattr(request, "session"):
        return
    request.session[LOGIN_AT] = request.session[SEEN_AT] = now()
    request.session.set_expiry(cookie_age())
