import re
from functools import cache

from django.conf import settings
from django.http import Http404


@cache
def policy(video_origin: str = "") -> str:
    """Only our own origin: no third-party script, style, font, frame or beacon can load.

    The one exception is the module videos' host (settings.VIDEO_ORIGIN), allowed for
    video, audio and caption files only (media-src), never for scripts or frames.
    """
    return "; ".join(
        [
            "default-src 'self'",
            "img-src 'self' data:",
            "media-src 'self'" + (f" {video_origin}" if video_origin else ""),
            "style-src 'self'",
            "script-src 'self'",
            "font-src 'self'",
            "connect-src 'self'",
            "frame-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ]
    )


class ContentSecurityPolicyMiddleware:
    """Send a strict Content-Security-Policy on the public site (the admin keeps Django's own)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = "/admin/"

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path.startswith(self.admin_prefix) and not request.path.startswith(
            settings.STATIC_URL
        ):
            response.headers.setdefault(
                "Content-Security-Policy", policy(getattr(settings, "VIDEO_ORIGIN", ""))
            )
        return response


class OwnNotFoundPageMiddleware:
    """With DEBUG on (`make run`), a wrong address still shows the portal's own 404 page.

    Django's technical 404 page lists every URL pattern of the site: a newcomer who
    mistypes a private link should see what visitors see. SHOW_TECHNICAL_404=1 brings
    the technical page back for a developer who wants it. With DEBUG off Django already
    uses our handler404, and this does nothing.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    @staticmethod
    def _active() -> bool:
        return settings.DEBUG and not getattr(settings, "SHOW_TECHNICAL_404", False)

    def __call__(self, request):
        response = self.get_response(request)
        # No view matched: Django answered with its technical list of URL patterns.
        if (
            response.status_code == 404
            and request.resolver_match is None
            and not getattr(response, "is_own_404_page", False)
            and not request.path_info.startswith(("/admin/", settings.STATIC_URL))
            and self._active()
        ):
            return self._own_page(request, Http404())
        return response

    def process_exception(self, request, exception):
        # A view said "not found" (an unknown article, a mistyped private link).
        if isinstance(exception, Http404) and self._active():
            return self._own_page(request, exception)
        return None

    @staticmethod
    def _own_page(request, exception):
        from veiligonline.views import page_not_found

        return page_not_found(request, exception)


# French puts a (non-breaking) space before ? ! : ; and inside « »: a line must never
# start with one of them. Only text between tags changes, never a form field's content.
_UNTOUCHED = re.compile(r"(<(textarea|pre|code|script|style)\b.*?</\2>)", re.S | re.I)
_TEXT = re.compile(r">([^<]+)<")
_SPACE_BEFORE = re.compile(r" ([?!:;»])")
_SPACE_AFTER = re.compile(r"« ")


def _tie(match: re.Match) -> str:
    text = _SPACE_BEFORE.sub("\u00a0\\1", match.group(1))
    return ">" + _SPACE_AFTER.sub("«\u00a0", text) + "<"


def french_spacing(html: str) -> str:
    parts = _UNTOUCHED.split(html)
    # split() returns text, untouched block, its tag name, text, ...: the names are dropped.
    return "".join(
        _TEXT.sub(_tie, part) if n % 3 == 0 else part for n, part in enumerate(parts) if n % 3 != 2
    )


class FrenchTypographyMiddleware:
    """Non-breaking spaces in French pages, for the texts and the translations alike."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            getattr(request, "LANGUAGE_CODE", "") == "fr"
            and not response.streaming
            and response.get("Content-Type", "").startswith("text/html")
            and not response.has_header("Content-Encoding")
            and not request.path_info.startswith("/admin/")
        ):
            response.content = french_spacing(response.content.decode(response.charset))
        return response
