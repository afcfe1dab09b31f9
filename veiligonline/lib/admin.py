"""Admin helpers shared by every app whose content is written in Dutch and French."""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import RelatedFieldWidgetWrapper
from django.db import models
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from veiligonline.lib import readability

# Addresses typed without a scheme get https://, never http://.
HTTPS_URLS = {models.URLField: {"assume_scheme": "https"}}


class CheckboxListsMixin:
    """Many-to-many fields as plain checkbox lists: no JavaScript, fully translated."""

    formfield_overrides = {models.ManyToManyField: {"widget": forms.CheckboxSelectMultiple}}

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        # The admin wraps relation widgets for its "+" pop-up link (JavaScript). The wrapper
        # also puts `required` on every checkbox, and a browser then refuses the form until
        # every box is ticked: checkbox lists go without the wrapper.
        widget = getattr(formfield, "widget", None)
        if isinstance(widget, RelatedFieldWidgetWrapper) and isinstance(
            widget.widget, forms.CheckboxSelectMultiple
        ):
            formfield.widget = widget.widget
        return formfield


class ReadOnlyAdmin(admin.ModelAdmin):
    """Records the site keeps (counts, messages): never typed, changed or deleted by hand."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


def _verdict(result: readability.Score) -> str:
    return _("plain enough") if result.meets_target else _("too difficult")


def score_explained(result: readability.Score) -> str:
    """'Flesch–Douma 72 — target ≥ 60: plain enough', in the active language."""
    return _("%(formula)s %(value)s — target ≥ %(target)s: %(verdict)s") % {
        "formula": result.formula,
        "value": f"{result.value:.0f}",
        "target": f"{result.target:.0f}",
        "verdict": _verdict(result),
    }


def score_badge(text: str, language: str, *, explained: bool = False):
    """The plain-language score of a text, green when it meets the target, red when not.

    Compact ('72 · plain enough', the formula and target in a tooltip) for lists;
    `explained=True` spells out the formula and the target, for edit pages.
    """
    result = readability.score(text, language)
    if result is None:
        return format_html('<span class="vo-score vo-score--none">{}</span>', _("no text"))
    state = "ok" if result.meets_target else "low"
    if explained:
        return format_html(
            '<span class="vo-score vo-score--{}">{}</span>', state, score_explained(result)
        )
    return format_html(
        '<span class="vo-score vo-score--{}" title="{}">{} · {}</span>',
        state,
        score_explained(result),
        f"{result.value:.0f}",
        _verdict(result),
    )


# On edit pages the compact list columns are swapped for their explained versions, so an
# admin that names `score_nl` in `readonly_fields` or `fieldsets` gets the formula and the
# target there without changing anything. (The admin calls a display method with the object
# only, so the method itself cannot tell a list row from an edit page.)
_EXPLAINED = {"score_nl": "score_nl_explained", "score_fr": "score_fr_explained"}


def _explain_names(fields):
    return [
        tuple(_EXPLAINED.get(name, name) for name in field)
        if isinstance(field, (list, tuple))
        else _EXPLAINED.get(field, field)
        for field in fields
    ]


class ReadabilityAdminMixin:
    """Shows the Flesch–Douma (Dutch) and Kandel–Moles (French) score of `scored_text(obj, lang)`.

    `score_nl` and `score_fr` are compact list columns; named as read-only fields they show
    the formula and the target on the edit page.
    """

    class Media:
        css = {"all": ["admin/veiligonline.css"]}

    def scored_text(self, obj, language: str) -> str:
        raise NotImplementedError

    @admin.display(description=gettext_lazy("Plain language NL"))
    def score_nl(self, obj):
        return score_badge(self.scored_text(obj, "nl"), "nl")

    @admin.display(description=gettext_lazy("Plain language FR"))
    def score_fr(self, obj):
        return score_badge(self.scored_text(obj, "fr"), "fr")

    @admin.display(description=gettext_lazy("Plain language (Dutch)"))
    def score_nl_explained(self, obj):
        return score_badge(self.scored_text(obj, "nl"), "nl", explained=True)

    @admin.display(description=gettext_lazy("Plain language (French)"))
    def score_fr_explained(self, obj):
        return score_badge(self.scored_text(obj, "fr"), "fr", explained=True)

    def get_readonly_fields(self, request, obj=None):
        return _explain_names(super().get_readonly_fields(request, obj))

    def get_fieldsets(self, request, obj=None):
        return [
            (name, {**options, "fields": _explain_names(options["fields"])})
            for name, options in super().get_fieldsets(request, obj)
        ]
