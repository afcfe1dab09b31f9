"""Staff sessions: a second factor for every admin page, and short sessions.

Both run after django-otp's OTPMiddleware (which tells whether the session proved a
second factor). Only people with an account are concerned: parents and organisations
have none, and their session (module progress, 90 days) is left alone.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.db import DatabaseError
from django.urls import reverse
from django.utils.translation import gettext as _

from accounts import audit
from accounts.otp import second_factor_redirect
from accounts.sessions import LOGIN_AT, SEEN_AT, cookie_age, now

# Writing the session on every request is wasteful; the last activity moves by the minute.
_SEEN_RESOLUTION = 60


def _authenticated(request) -> bool:
    """Whether someone is logged in; False while the database is down.

    Reading the session here is the first database query of a request. If it fails, the
    view meets the same failure, where the outage middleware turns it into a calm 503
    (a failure raised in a middleware would be reported as a server error first). The
    session store's own expiry (idle time + GRACE) still ends an old session meanwhile.
    """
    try:
        return request.user.is_authenticated
    except DatabaseError:
        return False


class StaffSessionMiddleware:
    """Log out after STAFF_SESSION_IDLE seconds without a request, or STAFF_SESSION_MAX
    seconds after the login, whichever comes first (ASVS: 30 minutes and 12 hours).

    The session cookie of someone logged in expires after the idle time too, so that a
    closed laptop in a meeting room does not keep a coordinator's session for 90 days.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _authenticated(request):
            self._check(request)
        return self.get_response(request)

    @staticmethod
    def _check(request) -> None:
        session = request.session
        now_ = now()
        idle, longest = settings.STAFF_SESSION_IDLE, settings.STAFF_SESSION_MAX
        login_at = session.get(LOGIN_AT)
        seen_at = session.get(SEEN_AT)
        if login_at is None or seen_at is None:
            # A session from before this middleware, or a login in tests: it starts now.
            session[LOGIN_AT] = login_at = now_ if login_at is None else login_at
            session[SEEN_AT] = seen_at = now_
            session.set_expiry(cookie_age())
        if now_ - seen_at > idle or now_ - login_at > longest:
            if now_ - seen_at > idle:
                reason = _(
                    "You were logged out after %(minutes)s minutes without activity. "
                    "Please log in again."
                ) % {"minutes": idle // 60}
            else:
                reason = _(
                    "You were logged out: a session lasts %(hours)s hours at most. "
                    "Please log in again."
                ) % {"hours": longest // 3600}
            audit.record(request, audit.Action.SESSION_EXPIRED)
            logout(request)
            messages.info(request, reason)
            return
        if now_ - seen_at >= _SEEN_RESOLUTION:
            session[SEEN_AT] = now_
            session.set_expiry(cookie_age())


class SecondFactorMiddleware:
    """Every /admin/ address needs a session verified with a second factor.

    The admin's login and logout pages stay open: the login is the first step, and
    logging out must always work. The moderators' space uses the same check through
    `accounts.otp.second_factor_required` in its own decorator.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # No _authenticated() here: this check fails closed. With the database down the
        # error is raised from here, and handler500 still answers the outage's 503.
        if request.path.startswith(self._admin_root()) and request.path not in self._open():
            redirect = second_factor_redirect(request)
            if redirect is not None:
                return redirect
        return self.get_response(request)

    @staticmethod
    def _admin_root() -> str:
        return reverse("admin:index")

    @staticmethod
    def _open() -> set[str]:
        return {reverse("admin:login"), reverse("admin:logout")}
