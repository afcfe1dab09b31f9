"""Password rules, worded so that they reach the reader in their language.

Django 5.2 changed the message of its MinimumLengthValidator ("%d" where its Dutch and
French catalogues still have "%(min_length)d"), so the translation is never found and
Dutch and French readers got English. The same rule with a message of our own, in our
own catalogue.
"""

from __future__ import annotations

from django.contrib.auth import password_validation
from django.utils.translation import ngettext


class MinimumLengthValidator(password_validation.MinimumLengthValidator):
    def get_error_message(self):
        return ngettext(
            "This password is too short: use at least %(min_length)d character.",
            "This password is too short: use at least %(min_length)d characters.",
            self.min_length,
        ) % {"min_length": self.min_length}
