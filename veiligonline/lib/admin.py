"""Admin helpers shared by every app whose content is written in Dutch and French."""

from __future__ import annotations

from django.contrib import admin
from django.db import models
from django.utils.html import format_html
from django.utils.translation import gettext as _

from veiligonline.lib import readability

# Addresses typed without a scheme get https://, never http://.
HTTPS_URLS = {models.URLField: {"assume_scheme": "https"}}


def score_badge(text: str, language: str):
    """The plain-language score of a text, green when it meets the target, red when not."""
    result = readability.score(text, language)
    if result is None:
        return format_html('<span class="vo-score vo-score--none">{}</span>', _("no text"))
    state = "ok" if result.meets_target else "low"
    label = _("plain enough") if result.meets_target else _("too difficult")
    return format_html(
        '<span class="vo-score vo-score--{}" title="{} ≥ {}">{} · {}</span>',
        state,
        result.formula,
        f"{result.target:.0f}",
        f"{result.value:.0f}",
        label,
    )


class ReadabilityAdminMixin:
    """Shows the Flesch–Douma (Dutch) and Kandel–Moles (French) score of `scored_text(obj, lang)`."""

    class Media:
        css = {"all": ["admin/veiligonline.css"]}

    def scored_text(self, obj, language: str) -> str:
        raise NotImplementedError

    @admin.display(description="NL")
    def score_nl(self, obj):
        return score_badge(self.scored_text(obj, "nl"), "nl")

    @admin.display(description="FR")
    def score_fr(self, obj):
        return score_badge(self.scored_text(obj, "fr"), "fr")
