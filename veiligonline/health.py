"""A health check for the load balancer: is the database there, is the broker there?

Short timeouts, no personal data, never cached. 200 when both answer, 503 otherwise;
the body says which part failed, in a word.
"""

from __future__ import annotations

import logging

from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


def _database() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception as error:  # noqa: BLE001 - any failure means "not healthy"
        logger.warning("health: database %s", type(error).__name__)
        return False


def _broker() -> bool:
    from veiligonline.celery import app

    try:
        with app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, timeout=2)
        return True
    except Exception as error:  # noqa: BLE001
        logger.warning("health: broker %s", type(error).__name__)
        return False


@never_cache
@require_safe
def health(request):
    checks = {"database": _database(), "broker": _broker()}
    healthy = all(checks.values())
    return JsonResponse(
        {name: "ok" if ok else "unavailable" for name, ok in checks.items()},
        status=200 if healthy else 503,
    )
