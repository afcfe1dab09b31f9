"""Content in Dutch and French, stored as one column per language (title_nl, title_fr).

Two languages are fixed by the programme, so a column per language keeps every
query to one row and lets PostgreSQL search each column with its own dictionary.
`TranslatedField` reads the column of the active language and falls back to
Dutch, the default, when the French text is missing; templates ask
`obj.is_translated` to say so to the reader instead of showing an empty page.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import get_language

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
DEFAULT_LANGUAGE = settings.LANGUAGE_CODE


def active_language() -> str:
    language = (get_language() or DEFAULT_LANGUAGE)[:2]
    return language if language in LANGUAGE_CODES else DEFAULT_LANGUAGE


class TranslatedField:
    """Descriptor: `article.title` is `article.title_fr` on a French page, else `title_nl`."""

    def __init__(self, name: str):
        self.name = name

    def __set_name__(self, owner, attr):
        self.attr = attr

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = getattr(obj, f"{self.name}_{active_language()}", "")
        return value or getattr(obj, f"{self.name}_{DEFAULT_LANGUAGE}", "")


class TranslatedModel(models.Model):
    """Base for content whose `translation_required` fields exist in every language."""

    translation_required: tuple[str, ...] = ()

    class Meta:
        abstract = True

    def has_language(self, language: str) -> bool:
        return all(getattr(self, f"{name}_{language}", "") for name in self.translation_required)

    @property
    def is_translated(self) -> bool:
        """True when the active language has its own text (not the Dutch fallback)."""
        return self.has_language(active_language())

    @property
    def content_language(self) -> str:
        """The language the reader actually gets, for the lang attribute of the content."""
        language = active_language()
        return language if self.has_language(language) else DEFAULT_LANGUAGE

    @property
    def missing_languages(self) -> list[str]:
        return [code for code in LANGUAGE_CODES if not self.has_language(code)]
