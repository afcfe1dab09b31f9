from django.urls import translate_url

from veiligonline.lib.translation import LANGUAGE_CODES, active_language
from veiligonline.models import HelpContact

LANGUAGE_NAMES = {"nl": "Nederlands", "fr": "Français"}  # each in its own language


def site(request):
    language = active_language()
    path = request.get_full_path()
    return {
        "language_links": [
            {
                "code": code,
                "name": LANGUAGE_NAMES[code],
                "url": translate_url(path, code),
                "current": code == language,
            }
            for code in LANGUAGE_CODES
        ],
        "footer_contacts": _LazyFooterContacts(language),
        "nav_current": request.resolver_match.url_name if request.resolver_match else "",
    }


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
