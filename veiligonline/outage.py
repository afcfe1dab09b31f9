"""When the database is down: a quick, honest 503, never a frozen site or a bare 500.

Connections and statements have timeouts (settings: DB_CONNECT_TIMEOUT,
DB_STATEMENT_TIMEOUT_MS), so a database that hangs turns into an OperationalError
within seconds. Whatever raises it — a view, or a middleware such as the sessions' —
the visitor gets the bilingual "we'll be back" page with status 503 and Retry-After,
which tells browsers, crawlers and the load balancer to come back later. The page is
rendered without touching the database (no context processors, no footer query).
"""

from __future__ import annotations

import logging
import sys

from django.db import DatabaseError, InterfaceError, OperationalError
from django.template import loader
from django.views.defaults import server_error as django_server_error

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 120
_OUTAGE_ERRORS = (OperationalError, InterfaceError)


def is_outage(error: BaseException | None) -> bool:
    """A connection that failed or was lost; not a query that is wrong."""
    if isinstance(error, _OUTAGE_ERRORS):
        return True
    # psycopg2 reports a statement timeout as a DatabaseError subclass (QueryCanceled).
    return isinstance(error, DatabaseError) and "statement timeout" in str(error)


def unavailable(request=None):
    from django.http import HttpResponse

    response = HttpResponse(
        loader.get_template("503.html").render(), status=503, content_type="text/html"
    )
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    # We log one warning per outage request ourselves; Django would log an error (and
    # e-mail the admins) for every 5xx, flooding them while the database is down.
    response._has_been_logged = True
    return response


class DatabaseOutageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if is_outage(exception):
            # A warning, not an error: the site answers as designed; monitoring watches
            # the health check.
            logger.warning("database unavailable: %s", type(exception).__name__)
            return unavailable(request)
        return None


def server_error(request, template_name="500.html"):
    """handler500: an outage noticed outside a view (a middleware) is a 503 too."""
    error = sys.exc_info()[1]
    if is_outage(error):
        logger.warning("database unavailable: %s", type(error).__name__)
        return unavailable(request)
    return django_server_error(request, template_name=template_name)
