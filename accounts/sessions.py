"""Staff sessions last 30 minutes idle and 12 hours at most (see StaffSessionMiddleware)."""

from __future__ import annotations

from django.conf import settings
from django.utils import timezone

LOGIN_AT = "staff_login_at"
SEEN_AT = "staff_seen_at"


def now() -> int:
    return int(timezone.now().timestamp())


def start_staff_session(sender, request, user, **kwargs) -> None:
    """At every login the clock starts again, and the cookie lasts the idle time only."""
    if request is None or not hasattr(request, "session"):
        return
    request.session[LOGIN_AT] = request.session[SEEN_AT] = now()
    request.session.set_expiry(settings.STAFF_SESSION_IDLE)
