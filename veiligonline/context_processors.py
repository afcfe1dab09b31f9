from urllib.parse import urlsplit

from django.conf import settings
from django.urls import Resolver404, resolve, reverse, translate_url
from django.utils import translation

from veiligonline.lib.translation import DEFAULT_LANGUAGE, LANGUAGE_CODES, active_language
from veiligonline.models import HelpContact

LANGUAGE_NAMES = {"nl": "Nederlands", "fr": "Français"}  # each in its own language


def _is_our_page(path: str) -> bool:
    """A path on this site that resolves to one of our pages.

    A mistyped or hostile path (`//elsewhere.example/…` is a link to another site) is
    never echoed into a link: the language switch then offers that language's home page.
    """
    if not path.startswith("/") or path.startswith("//") or "\\" in path:
        return False
    try:
        resolve(urlsplit(path).path)
    except Resolver404:
        return False
    return True


def _language_url(path: str, code: str) -> str:
    if _is_our_page(path):
        return translate_url(path, code)
    with translation.override(code):
        return reverse("veiligonline:home")


def site(request):
    language = active_language()
    path = request.get_full_path()
    return {
        "language_links": [
            {
                "code": code,
                "name": LANGUAGE_NAMES[code],
                "url": _language_url(path, code),
                "current": code == language,
            }
            for code in LANGUAGE_CODES
        ],
        "alternates": _Alternates(request),
        "site_url": settings.SITE_URL,
        "footer_contacts": _LazyFooterContacts(language),
        "nav_current": request.resolver_match.url_name if request.resolver_match else "",
    }


class _Alternates:
    """The page in every language, as absolute addresses (search engines need them absolute).

    A list view sets `request.canonical_query` to what identifies its page (known filters,
    a page number past the first), leaving out tracking and unknown parameters; each
    language's version carries the same query. Computed only when base.html asks, so
    after the view has run.
    """

    def __init__(self, request):
        self.request = request

    @property
    def query(self) -> str:
        return getattr(self.request, "canonical_query", "")

    @property
    def links(self) -> list[dict]:
        path, query = self.request.path, self.query
        if not _is_our_page(path):
            return []
        suffix = f"?{query}" if query else ""
        urls = {
            code: settings.SITE_URL + translate_url(path, code) + suffix for code in LANGUAGE_CODES
        }
        links = [{"hreflang": code, "url": url} for code, url in urls.items()]
        # Dutch is the programme's first language: the page for anyone else.
        links.append({"hreflang": "x-default", "url": urls[DEFAULT_LANGUAGE]})
        return links

    @property
    def canonical(self) -> str:
        if not _is_our_page(self.request.path):
            return ""
        query = self.query
        return settings.SITE_URL + self.request.path + (f"?{query}" if query else "")


class _LazyFooterContacts:
    """Queried only when a template shows the footer (not for e-mails or the admin)."""

    def __init__(self, language: str):
        self.language = language
        self._contacts = None

    def __iter__(self):
        if self._contacts is None:
            self._contacts = list(
                HelpContact.objects.filter(in_footer=True, **{f"serves_{self.language}": True})
            )
        return iter(self._contacts)
