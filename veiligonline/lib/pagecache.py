"""Public pages from the cache every worker shares (Redis in production, local memory in
`make run`), per language and per query string.

A page is kept only when nothing in it belongs to the visitor who asked first:

- GET (HEAD is answered from a kept GET), status 200, no cookie set, no
  `Cache-Control: private/no-store`;
- the visitor is not logged in, has no message pending (cookie or session), and their
  session holds nothing (no module progress, no resume code) and was not written;
- the CSRF token of a form (a per-visitor secret) is cut out and kept as a placeholder;
  each visitor who gets the kept page gets their own token put back in, and so does
  the anti-bot field's signed "form shown at" (a fresh moment per visitor).

Pages that show what the session holds (the module list shows progress) say so with
`session_sensitive=True`: a visitor whose session holds anything gets the page rendered
for them. Every other public page is served from the cache to an anonymous visitor
whatever their session holds, since the page does not show it.

Invalidation is by generation: each group ("content", "trainings") has a number in the
cache, part of every key of the pages that show it; `bump("content")` moves it on, so
every page of that group is rendered again on its next visit (the old entries expire
on their own). Pages are kept PAGE_CACHE_SECONDS at most, as a net for a write path
that forgot to bump.

A cache that fails (Redis down) never fails a page: it is rendered as if nothing were
kept. While the database is down, a visitor without a session cookie still gets the
kept pages: answering them touches no database.
"""

from __future__ import annotations

import hashlib
import logging
import re
import time
from functools import wraps

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.contrib.messages.storage.session import SessionStorage
from django.core import signing
from django.core.cache import cache
from django.db import DatabaseError, transaction
from django.http import HttpResponse
from django.middleware.csrf import (
    CSRF_SECRET_LENGTH,
    CSRF_TOKEN_LENGTH,
    _unmask_cipher_token,
    get_token,
)
from django.utils import translation

from veiligonline.lib import antibot

logger = logging.getLogger(__name__)

GROUPS = ("content", "trainings")
# Shows what the cache did, for tests, benchmarks and whoever reads the headers: hit
# (answered from the cache), stored (rendered and kept), bypass (rendered, not kept).
HEADER = "X-Page-Cache"
# Stands for the visitor's CSRF token in a kept page. Not HTML-escaped by anything and
# never typed by a coordinator in a text (a text holding it would show a token, no more).
TOKEN_PLACEHOLDER = "__vo_page_cache_csrf_token__"  # noqa: S105 - a marker, no secret
_TOKEN = re.compile(rf"(?<![A-Za-z0-9])[A-Za-z0-9]{{{CSRF_TOKEN_LENGTH}}}(?![A-Za-z0-9])")
# Headers the view set that are the page's own; cookies never are kept.
_KEPT_HEADERS = ("Content-Type", "Content-Language", "X-Robots-Tag")


def _seconds() -> int:
    return getattr(settings, "PAGE_CACHE_SECONDS", 600)


def _enabled() -> bool:
    return _seconds() > 0


def count_visit(request, *, from_cache: bool) -> None:
    """Called for every request of a public page, before the cache answers.

    Room for counting visitors without cookies later (the programme counts website
    visitors): a count taken here sees the visits the cache answers as well as those
    rendered. It must stay cheap (no database; an increment in the cache at most), must
    never store anything that identifies the visitor (no address, no user agent kept)
    and must never fail the page. It does nothing yet.
    """


# --- Generations ---------------------------------------------------------------------


def _generation_key(group: str) -> str:
    return f"pagecache:generation:{group}"


def _fresh_generation() -> int:
    # A new number that no earlier generation had, even after the key was evicted:
    # an evicted generation must never bring old pages back.
    return time.time_ns() // 1000


def generations(groups) -> tuple[int, ...]:
    keys = [_generation_key(group) for group in groups]
    found = cache.get_many(keys)
    missing = [key for key in keys if key not in found]
    for key in missing:
        cache.add(key, _fresh_generation(), timeout=None)
    if missing:
        found |= cache.get_many(missing)
    return tuple(int(found.get(key, 0)) for key in keys)


def bump(*groups: str) -> None:
    """Every kept page of these groups is rendered again on its next visit."""
    for group in groups:
        if group not in GROUPS:
            raise ValueError(f"unknown page cache group: {group}")
        key = _generation_key(group)
        try:
            try:
                cache.incr(key)
            except ValueError:  # not there yet (or evicted)
                cache.set(key, _fresh_generation(), timeout=None)
        except Exception as error:  # noqa: BLE001 - a cache outage must not fail a save
            logger.warning("page cache: could not bump %s: %s", group, type(error).__name__)


def bump_after_commit(*groups: str) -> None:
    """Bump now, and again once the transaction commits.

    Now: this process and the tests see the change at once. After commit: a visitor who
    rendered the page between the first bump and the commit read the old rows and kept
    them under the new generation; the second bump drops that page.
    """
    bump(*groups)
    transaction.on_commit(lambda: bump(*groups))


# --- Who may be served a kept page ------------------------------------------------------


def _visitor_allows(request, *, session_sensitive: bool) -> bool:
    """Whether this visitor sees what every anonymous visitor sees on the page."""
    if CookieStorage.cookie_name in request.COOKIES:
        return False  # a message waits to be shown
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return True  # no session: anonymous, nothing kept for them (and no query)
    try:
        if request.user.is_authenticated:
            return False  # coordinators and moderators see previews, their own links
        session = request.session
        if SessionStorage.session_key in session:
            return False
        if session_sensitive and list(session.keys()):
            return False
    except DatabaseError:
        # The database is down: the kept page (what anyone anonymous sees) beats a 503.
        return not session_sensitive
    return True


def _may_store(request, response) -> bool:
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    if response.cookies:
        return False
    cache_control = response.get("Cache-Control", "")
    if any(word in cache_control for word in ("private", "no-store", "no-cache")):
        return False
    messages = getattr(request, "_messages", None)
    if messages is not None and getattr(messages, "added_new", False):
        return False
    if request.session.modified:
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        # Rendered for someone with a session: kept only if it holds nothing (no login).
        return not list(request.session.keys())
    return True


# The anti-bot fields' signed "form shown at" (veiligonline/lib/antibot.py): a kept copy
# would carry the moment the first visitor saw the form, so a script fetching the kept
# page would always look slow enough. Each visitor gets a value signed for their visit.
_STARTED = re.compile(r'(name="' + re.escape(antibot.STARTED_FIELD) + r'" value=")([^"]*)(")')
_STARTED_PLACEHOLDER = re.compile(r"__vo_page_cache_started:([a-z0-9_-]+)__")


def _without_started(content: str) -> str | None:
    def replace(match: re.Match) -> str:
        try:
            form = signing.loads(match.group(2), salt=antibot._SALT)["f"]
        except (signing.BadSignature, KeyError, TypeError):
            raise ValueError("unreadable anti-bot field") from None
        if not re.fullmatch(r"[a-z0-9_-]+", form):
            raise ValueError("unexpected form name")
        return f"{match.group(1)}__vo_page_cache_started:{form}__{match.group(3)}"

    try:
        return _STARTED.sub(replace, content)
    except ValueError:
        return None


def _without_token(request, content: str) -> str | None:
    """The page with every CSRF token of this visitor replaced by the placeholder.

    None when the visitor's secret would stay in the page in some other form: such a
    page is not kept.
    """
    secret = request.META.get("CSRF_COOKIE", "")
    if not secret:
        return content

    def replace(match: re.Match) -> str:
        token = match.group(0)
        return TOKEN_PLACEHOLDER if _unmask_cipher_token(token) == secret else token

    content = _TOKEN.sub(replace, content)
    if secret in content or len(secret) != CSRF_SECRET_LENGTH:
        return None
    return content


# --- The decorator ----------------------------------------------------------------------


def _key(request, gens: tuple[int, ...], groups) -> str:
    query = sorted(request.GET.lists())
    raw = repr((request.path, query, translation.get_language(), groups, gens))
    return "pagecache:page:" + hashlib.sha256(raw.encode()).hexdigest()


def _response_from(request, kept: dict) -> HttpResponse:
    content = kept["content"]
    if TOKEN_PLACEHOLDER in content:
        # This visitor's own token (and CSRF cookie, set by the middleware).
        content = content.replace(TOKEN_PLACEHOLDER, get_token(request))
    if "__vo_page_cache_started:" in content:
        content = _STARTED_PLACEHOLDER.sub(
            lambda match: antibot.started_value(match.group(1)), content
        )
    response = HttpResponse(content)
    for name, value in kept["headers"].items():
        response[name] = value
    response[HEADER] = "hit"
    return response


def public_page(groups=("content",), *, session_sensitive: bool = False):
    """Serve the view's page from the shared cache to anonymous visitors (see above).

    groups: what the page shows, of GROUPS; a bump of any of them renders it again.
    session_sensitive: the page shows what the visitor's session holds.
    """
    groups = tuple(groups)
    for group in groups:
        if group not in GROUPS:
            raise ValueError(f"unknown page cache group: {group}")

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if request.method not in ("GET", "HEAD") or not _enabled():
                return view(request, *args, **kwargs)
            allowed = _visitor_allows(request, session_sensitive=session_sensitive)
            count_visit(request, from_cache=allowed)
            if not allowed:
                response = view(request, *args, **kwargs)
                response[HEADER] = "bypass"
                return response
            try:
                key = _key(request, generations(groups), groups)
                kept = cache.get(key)
            except Exception as error:  # noqa: BLE001 - no cache: render as usual
                logger.warning("page cache unavailable: %s", type(error).__name__)
                return view(request, *args, **kwargs)
            if kept is not None:
                return _response_from(request, kept)
            response = view(request, *args, **kwargs)
            content = None
            if _may_store(request, response):
                content = _without_token(request, response.content.decode(response.charset))
                content = _without_started(content) if content is not None else None
            if content is None:
                response[HEADER] = "bypass"
                return response
            headers = {name: response[name] for name in _KEPT_HEADERS if name in response}
            try:
                cache.set(key, {"content": content, "headers": headers}, _seconds())
            except Exception as error:  # noqa: BLE001
                logger.warning("page cache unavailable: %s", type(error).__name__)
            response[HEADER] = "stored"
            return response

        return wrapper

    return decorator


# --- Bumps for rows written outside the admin's forms -----------------------------------


def connect_signals() -> None:
    """Bump the generations when rows the public pages show are saved or deleted.

    Why receivers, when the project keeps logic out of signals: what the cached pages
    show is written along many paths (admin forms and their inlines, admin actions, the
    services they call, the demo loader, data migrations, a shell), and a path that
    forgot to bump would show parents an old page for PAGE_CACHE_SECONDS. These
    receivers do nothing but move a number in the cache, never touch a row, and cannot
    fail a save. Bulk `QuerySet.update()` sends no signal: those few places (publishing
    articles and modules) call `bump_after_commit` themselves.
    """
    from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save

    from modules.models import Module
    from trainings.models import Registration, TrainingSession, Venue
    from veiligonline.models import (
        AgeGroup,
        Article,
        HelpContact,
        Page,
        ProgrammeSettings,
        SearchSynonym,
        Theme,
    )

    by_model = {
        Article: ("content",),
        Theme: ("content",),
        AgeGroup: ("content",),
        HelpContact: ("content",),
        Page: ("content",),
        SearchSynonym: ("content",),
        ProgrammeSettings: ("content",),
        # Modules are the trainings' themes too (the list's filter, each session's themes).
        Module: ("content", "trainings"),
        TrainingSession: ("trainings",),
        Venue: ("trainings",),
        Registration: ("trainings",),
    }

    def receiver_for(groups):
        def receiver(sender, **kwargs):
            if kwargs.get("raw"):
                return  # loaddata: the rows are not the site's yet
            bump_after_commit(*groups)

        return receiver

    for model, groups in by_model.items():
        receiver = receiver_for(groups)
        uid = f"pagecache:{model._meta.label}"
        post_save.connect(receiver, sender=model, weak=False, dispatch_uid=uid + ":save")
        post_delete.connect(receiver, sender=model, weak=False, dispatch_uid=uid + ":delete")
    for through, groups in (
        (Article.themes.through, ("content",)),
        (Article.age_groups.through, ("content",)),
        (TrainingSession.modules.through, ("trainings",)),
    ):
        m2m_changed.connect(
            receiver_for(groups),
            sender=through,
            weak=False,
            dispatch_uid=f"pagecache:{through._meta.label}",
        )

    # A deploy migrates: templates and code may have changed, so every page is new.
    def after_migrate(sender, **kwargs):
        if sender.name == "veiligonline":
            bump(*GROUPS)

    post_migrate.connect(after_migrate, weak=False, dispatch_uid="pagecache:migrate")
