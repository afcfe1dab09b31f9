from __future__ import annotations

from django import forms
from django.contrib.auth import forms as auth_forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from moderators.services import report_problems
from veiligonline.admin_login import ThrottledAdminLoginForm
from veiligonline.lib.forms import AccessibleFormMixin


class LoginForm(AccessibleFormMixin, ThrottledAdminLoginForm):
    """The admin's throttle against password guessing, without its staff-only rule."""

    error_messages = {
        **ThrottledAdminLoginForm.error_messages,
        "invalid_login": _(
            "This e-mail address and password do not match an account. Check both and try "
            "again; passwords are case-sensitive."
        ),
    }

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        self.fields["username"].label = _("E-mail address")
        self.fields["username"].widget.attrs.update(
            {"autocomplete": "email", "inputmode": "email", "autocapitalize": "none"}
        )
        self.fields["password"].label = _("Password")

    def confirm_login_allowed(self, user):
        # Moderators are not staff: only the active check of a plain login applies.
        auth_forms.AuthenticationForm.confirm_login_allowed(self, user)


class PasswordResetForm(AccessibleFormMixin, forms.Form):
    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Type the e-mail address you log in with."),
            "invalid": _("This is not an e-mail address. Check for typing errors."),
        },
    )


class SetPasswordForm(AccessibleFormMixin, auth_forms.SetPasswordForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Plain words instead of Django's list (a list inside the help paragraph).
        self.fields["new_password1"].help_text = _(
            "At least 12 characters, not only digits, not a common password and not like "
            "your name or e-mail address."
        )
        self.fields["new_password1"].widget.attrs["autocomplete"] = "new-password"
        self.fields["new_password2"].widget.attrs["autocomplete"] = "new-password"

    def clean(self):
        # Django checks the strength on the confirmation field; a weak password is a
        # problem of the password itself, so its errors go there.
        self.validate_passwords("new_password1", "new_password2")
        self.validate_password_for_user(self.user, "new_password1")
        return self.cleaned_data


class DeclineForm(AccessibleFormMixin, forms.Form):
    reason = forms.CharField(
        label=_("Reason for declining"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("A few words help the coordinator plan: another date, too far, …"),
        error_messages={"required": _("Say in a few words why, so we can plan better.")},
    )


def _count(label):
    return forms.IntegerField(
        label=label,
        min_value=0,
        max_value=500,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
        error_messages={
            "required": _("Fill in a number; 0 when there were none."),
            "invalid": _("Fill in a whole number, such as 12."),
            "min_value": _("The number cannot be below 0."),
            "max_value": _("That is more than a session can hold; check the number."),
        },
    )


class ReportForm(AccessibleFormMixin, forms.Form):
    adults = _count(_("Adults present"))
    families = _count(_("Families"))
    disadvantaged_families = _count(_("Families from socially disadvantaged groups"))
    grandparents = _count(_("Grandparents"))
    children_in_childcare = _count(_("Children in childcare"))
    notes = forms.CharField(
        label=_("Notes"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("What went well, what to improve. No names, please."),
    )

    def __init__(self, *args, childcare: bool = True, capacity: int | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.childcare = childcare
        self.capacity = capacity
        if not childcare:
            self.fields["children_in_childcare"].help_text = _("This session had no childcare: 0.")

    def clean(self):
        cleaned = super().clean()
        counts = ("adults", "families", "disadvantaged_families", "grandparents")
        if all(name in cleaned for name in counts):
            problems = report_problems(
                {**cleaned, "children_in_childcare": 0}, capacity=self.capacity
            )
            if problems:
                raise ValidationError(problems)
        if cleaned.get("children_in_childcare"):
            problems = report_problems(
                {"children_in_childcare": cleaned["children_in_childcare"]},
                childcare=self.childcare,
            )
            if problems:
                self.add_error("children_in_childcare", problems)
        return cleaned
