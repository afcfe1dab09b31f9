import re

from django.conf import settings

# Only our own origin: no third-party script, style, font, frame or beacon can load.
POLICY = "; ".join(
    [
        "default-src 'self'",
        "img-src 'self' data:",
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
            response.headers.setdefault("Content-Security-Policy", POLICY)
        return response


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
