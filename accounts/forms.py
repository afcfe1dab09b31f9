from django import forms
from django.utils.translation import gettext_lazy as _

from veiligonline.lib.forms import AccessibleFormMixin

# The mixin points aria-describedby at the ids includes/field.html gives the help text and
# the error ("id_code-help"), where Django's own default names "id_code_helptext".


class CodeForm(AccessibleFormMixin, forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=40,
        help_text=_(
            "The 6 digits your authenticator app shows now, or one of your recovery codes."
        ),
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "autocapitalize": "none",
                "spellcheck": "false",
                "class": "form-control",
            }
        ),
    )


class SetupCodeForm(AccessibleFormMixin, forms.Form):
    code = forms.CharField(
        label=_("Code from the app"),
        max_length=12,
        help_text=_("The 6 digits the app shows for Veilig Online."),
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "class": "form-control",
            }
        ),
    )
