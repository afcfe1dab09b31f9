"""Forms that tell assistive technology what is wrong: one mixin, one field template."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

NUMBER_ONLY = ("min", "max", "step")
MAX_LENGTH = _("Use at most %(limit_value)d characters (now %(show_value)d).")


class AccessibleFormMixin:
    """Bootstrap classes, and each input described by its help text and its error."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field.widget, forms.NumberInput):
                # A number field cannot show back "abc" after an error (the browser drops
                # it), so what was typed would be lost: a text field with a number keypad.
                attrs = {k: v for k, v in field.widget.attrs.items() if k not in NUMBER_ONLY}
                field.widget = forms.TextInput(attrs={**attrs, "inputmode": "numeric"})
            if getattr(field, "max_length", None) and "max_length" not in field.error_messages:
                field.error_messages["max_length"] = MAX_LENGTH
            widget = field.widget
            if isinstance(widget, (forms.CheckboxInput, forms.RadioSelect)):
                # RadioSelect covers CheckboxSelectMultiple: each option gets the class.
                css = "form-check-input"
            elif isinstance(widget, forms.Select):
                css = "form-select"
            else:
                css = "form-control"
            if css:
                widget.attrs["class"] = css

    def full_clean(self):
        super().full_clean()
        for name, bound in ((name, self[name]) for name in self.fields):
            described = []
            if self.fields[name].help_text:
                described.append(f"{bound.auto_id}-help")
            if name in self.errors:
                described.append(f"{bound.auto_id}-error")
                self.fields[name].widget.attrs["aria-invalid"] = "true"
                classes = self.fields[name].widget.attrs.get("class", "")
                self.fields[name].widget.attrs["class"] = f"{classes} is-invalid".strip()
            if described:
                self.fields[name].widget.attrs["aria-describedby"] = " ".join(described)
