"""Forms that tell assistive technology what is wrong: one mixin, one field template."""

from __future__ import annotations

from django import forms


class AccessibleFormMixin:
    """Bootstrap classes, and each input described by its help text and its error."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
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
