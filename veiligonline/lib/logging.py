"""Logging that keeps private links, and personal data, out of the logs.

`RedactPrivateLinks` is a filter: a request line such as

    "GET /nl/inschrijving/3q2-Xf…/annuleren/ HTTP/1.1" 200

is written as "GET /nl/inschrijving/[private]/annuleren/ HTTP/1.1", and what a visitor
typed in a search or place box ("?q=…", "?place=…") as "?q=[typed]". It knows the
private-link paths from the URL patterns themselves (every language), so a path that is
renamed or translated stays covered. It is set on the console handler in settings
LOGGING, which Django's development server (`django.server`), `django.request` and
gunicorn's access log (`gunicorn.access`, when gunicorn runs with `--access-logfile -`:
LOGGING sends it through the same handler) all write to. `GUNICORN_LOGCONFIG` is the
same for gunicorn's own `logconfig_dict`, for a setup that configures gunicorn's
logging apart.

`ThrottledAdminEmailHandler` sends the error e-mails to ADMINS, at most
ERROR_MAILS_PER_WINDOW in ten minutes (counted in the cache): a failure on every
request must not send a thousand e-mails, nor get our mail server blocked. Only server
errors (ERROR and above: a 404 or 429 is no error of ours, and must not use up the
window a real one needs), and a short report: the log line and the traceback, with private
links redacted, and the view's name; never Django's full report, which carries the path,
the query string, the request's headers and the settings.
"""

from __future__ import annotations

import logging
import re
import traceback
from functools import lru_cache

from django.utils.log import AdminEmailHandler

PLACEHOLDER = "[private]"
TOKEN_MARK = "TOKEN0MARK"  # noqa: S105 - a marker in a pattern

# (URL name, its arguments, which of them is the secret)
_PRIVATE_URLS = [
    ("trainings:registration", {"token": TOKEN_MARK}),
    ("trainings:request", {"token": TOKEN_MARK}),
    ("trainings:invite", {"token": TOKEN_MARK}),
    ("moderators:feed", {"token": TOKEN_MARK}),
    ("moderators:set_password", {"uidb64": "UID0MARK", "token": TOKEN_MARK}),
]


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    """One expression for every private path, in every language, from the URL patterns."""
    from django.conf import settings
    from django.urls import NoReverseMatch, reverse
    from django.utils import translation

    prefixes = set()
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            for name, kwargs in _PRIVATE_URLS:
                try:
                    path = reverse(name, kwargs=kwargs)
                except NoReverseMatch:
                    continue
                # What comes before the secret (and the uid of a password link).
                before = path.split(TOKEN_MARK)[0].replace("UID0MARK/", "\0")
                prefixes.add(before)
    parts = []
    for prefix in sorted(prefixes, key=len, reverse=True):
        # Without the language prefix: the same path may be logged with or without it.
        tail = re.sub(r"^/[a-z]{2}/", "/", prefix)
        parts.append(re.escape(tail).replace("\\\0", "[^/\\s]+/").replace("\0", "[^/\\s]+/"))
    return re.compile("(" + "|".join(parts) + r")[^/?#\s\"'.]+")


# What a visitor typed in a search or place box may name a child ("mijn dochter Lisa
# Peeters sexting"): its value never reaches a log line, beside the client's address.
_TYPED = re.compile(r"([?&](?:q|place|email|phone|contact)=)[^&\s\"'#]*")
TYPED_PLACEHOLDER = "[typed]"


def redact(text: str) -> str:
    if not isinstance(text, str) or "/" not in text:
        return text
    text = _pattern().sub(lambda match: match.group(1) + PLACEHOLDER, text)
    return _TYPED.sub(lambda match: match.group(1) + TYPED_PLACEHOLDER, text)


def _redact_value(value):
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, bytes):
        return value
    return value


class RedactPrivateLinks(logging.Filter):
    """Replaces the secret part of private-link paths in a record (message and arguments)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            if isinstance(record.msg, str):
                record.msg = redact(record.msg)
            if isinstance(record.args, dict):
                record.args = {key: _redact_value(value) for key, value in record.args.items()}
                if isinstance(record.args.get("q"), str):
                    # gunicorn's %(q)s atom: the query string without its "?".
                    record.args["q"] = redact("/?" + record.args["q"])[2:]
            elif isinstance(record.args, tuple):
                record.args = tuple(_redact_value(value) for value in record.args)
            request = getattr(record, "request", None)
            if request is not None and hasattr(request, "path"):
                # Django's "Not Found: /…" and error records carry the request: what a
                # formatter or the e-mail handler shows of it goes through here too.
                record.request_path = redact(request.path)
        except Exception:  # noqa: BLE001, S110 - a log line is never lost to the filter
            pass
        return True


ERROR_MAILS_PER_WINDOW = 10
ERROR_MAIL_WINDOW = 600


class ThrottledAdminEmailHandler(AdminEmailHandler):
    """Django's error e-mail, at most ERROR_MAILS_PER_WINDOW per ten minutes.

    The count is kept in the cache, so all workers share it; when the cache is down the
    e-mail is sent (an error report is worth more than the limit).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.setLevel(logging.ERROR)

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno < logging.ERROR or self._over_limit():
            return
        message = redact(record.getMessage())
        lines = [message]
        request = getattr(record, "request", None)
        match = getattr(request, "resolver_match", None)
        if request is not None:
            view = match.view_name if match else "(no view)"
            lines.append(f"View: {view}, method {getattr(request, 'method', '?')}")
        if record.exc_info:
            lines.append("".join(traceback.format_exception(*record.exc_info)))
        subject = self.format_subject(f"{record.levelname}: {message}")
        self.send_mail(subject, redact("\n\n".join(lines)), fail_silently=True)

    def _over_limit(self) -> bool:
        from django.conf import settings
        from django.core.cache import cache

        limit = getattr(settings, "ERROR_MAILS_PER_WINDOW", ERROR_MAILS_PER_WINDOW)
        key = "error-mails"
        try:
            if cache.add(key, 1, ERROR_MAIL_WINDOW):
                return False
            return cache.incr(key) > limit
        except Exception:  # noqa: BLE001 - any cache error
            return False


# For gunicorn's `logconfig_dict` (gunicorn.conf.py), if its logging is set up apart:
#   from veiligonline.lib.logging import GUNICORN_LOGCONFIG as logconfig_dict
GUNICORN_LOGCONFIG = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"private_links": {"()": "veiligonline.lib.logging.RedactPrivateLinks"}},
    "handlers": {
        "access": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "filters": ["private_links"],
        },
        "error": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stderr",
            "filters": ["private_links"],
        },
    },
    "loggers": {
        "gunicorn.access": {"handlers": ["access"], "level": "INFO", "propagate": False},
        "gunicorn.error": {"handlers": ["error"], "level": "INFO", "propagate": False},
    },
}
