"""One user model for everyone who logs in: coordinators (the admin) and moderators.

Parents and organisations never have an account. A custom model from the start, as
Django's documentation advises, so that second factors, roles and the moderator
profile hang off one table we own.
"""

from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    email = models.EmailField(_("e-mail address"), blank=True)
    language = models.CharField(
        _("language"),
        max_length=2,
        choices=[("nl", _("Dutch")), ("fr", _("French"))],
        default="nl",
        help_text=_("The language of the pages and messages this person receives."),
    )

    objects = UserManager()

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            # Moderators log in with their e-mail address: one account per address.
            models.UniqueConstraint(
                Lower("email"), condition=~models.Q(email=""), name="user_email_unique_ci"
            )
        ]
